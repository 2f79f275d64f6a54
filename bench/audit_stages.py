"""Where ``aligner audit``'s time goes, per stage and per check (issue 14).

Runs the real command (``aligner audit --jobs 1``, in this process, so that every stage can be
timed) on the NTREX-128 documents written as ``docNNN.en.txt`` / ``docNNN.ps.txt`` (as
``bench/audit_bench.py`` does) with a fresh embedding cache, and charges the process's CPU
seconds (all threads: the encoder's too) and the wall time to the stage running at that moment
(self time: a stage called inside another is taken out of the outer one):

* ``read+split``: reading and splitting a pair (``pipeline.read_pair``);
* ``encode``: the encoder (``CachedEncoder.encode``: the batch requests of ``PairRunner.warm``
  and each pair's own, answered from the cache after a warm-up);
* ``align``: the alignment DP (``pipeline.align_vectors``);
* ``check:<CODE>``: each check class's ``run`` (the per-run analyses it asks first, e.g. the
  entity names on ``CheckContext.shared``, are charged to it);
* ``review+lqa``, ``report dict``, ``render``, ``write``; ``other``: the rest (the pool of the
  audit, pairing, the index, the model's first load is in ``encode``).

With ``--jobs 2`` the command's two workers would each pay this; a stage's share of the
one-process CPU is its share of the two-worker audit's CPU, roughly.

    python bench/audit_stages.py [--docs 40] [--code /tmp/base] [--json FILE]
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


class Clock:
    """Self CPU and wall time per stage (a stack: the inner stage's time is not the outer's)."""

    def __init__(self):
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.stack = ["other"]
        self.texts = 0                      # texts the model embedded (cache misses)
        self.engines: set = set()
        self.t = (time.process_time(), time.perf_counter())

    def _charge(self):
        c, w = time.process_time(), time.perf_counter()
        top = self.stack[-1]
        self.cpu[top] = self.cpu.get(top, 0.0) + c - self.t[0]
        self.wall[top] = self.wall.get(top, 0.0) + w - self.t[1]
        self.t = (c, w)

    def enter(self, name):
        self._charge()
        self.stack.append(name)
        self.calls[name] = self.calls.get(name, 0) + 1

    def leave(self):
        self._charge()
        self.stack.pop()

    def wrap(self, fn, name, consume=False):
        @functools.wraps(fn)
        def timed(*a, **k):
            self.enter(name)
            try:
                out = fn(*a, **k)
                return list(out) if consume else out      # (a check's run is a generator)
            finally:
                self.leave()
        timed.__wrapped_stage__ = True
        return timed


def patch(clock: Clock) -> None:
    import aligner.pipeline as pipeline
    from aligner.audit import pair as pair_mod
    from aligner.checks import load_checks
    from aligner.embed import CachedEncoder
    import aligner.report as report
    import aligner.review as review

    pipeline.read_pair = clock.wrap(pipeline.read_pair, "read+split")
    pipeline.align_vectors = clock.wrap(pipeline.align_vectors, "align")
    plain_encode = clock.wrap(CachedEncoder.encode, "encode")

    def encode(self, texts, *a, **k):          # (and how many texts reach the model, on which engine)
        texts = list(texts)
        hits = self.cache_hits
        out = plain_encode(self, texts, *a, **k)
        clock.texts += len(texts) - (self.cache_hits - hits)
        clock.engines.add(str(getattr(self.encoder, "backend", "?")))
        return out
    CachedEncoder.encode = encode
    for code, cls in load_checks().items():
        cls.run = clock.wrap(cls.run, f"check:{code}", consume=True)
    review.finish_check = clock.wrap(review.finish_check, "review+lqa")
    report.report_dict = clock.wrap(report.report_dict, "report dict")
    report.render = clock.wrap(report.render, "render")
    pair_mod.write_reports = clock.wrap(pair_mod.write_reports, "write")
    pair_mod.json = type("J", (), {"dumps": staticmethod(clock.wrap(json.dumps, "report dict")),
                                   "loads": staticmethod(json.loads)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=None, help="only the first N documents")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose aligner is timed")
    ap.add_argument("--format", default="json")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    import aligner
    assert Path(aligner.__file__).resolve().is_relative_to(args.code.resolve()), aligner.__file__
    from audit_bench import write_corpus
    from align_bench import load_ntrex

    with tempfile.TemporaryDirectory(prefix="audit-stages-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "ntrex"
        corpus.mkdir()
        n = write_corpus(corpus, args.docs)
        sentences = sum(len(en) + len(ps) for _, en, ps in load_ntrex()[:n])
        os.environ["ALIGNER_CACHE_DIR"] = str(tmp / "cache")
        load0 = os.getloadavg()[0]
        clock = Clock()
        patch(clock)
        from aligner import cli
        sys.argv = ["aligner", "audit", str(corpus), "--out", str(tmp / "out"), "--jobs", "1",
                    "--format", args.format, "--no-progress", "--fail-on", "never"]
        c0, w0 = time.process_time(), time.perf_counter()
        clock.t = (c0, w0)
        cli.collector_settings()          # (the cycle collector as the command sets it)
        try:
            cli.app(args=sys.argv[1:], standalone_mode=False)
        except SystemExit:
            pass
        clock._charge()
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        index = json.loads((tmp / "out" / "index.json").read_text(encoding="utf-8"))
    f = index["totals"]["findings"]
    print(f"{n} pairs, {sentences} sentences; code {args.code}; load {load0:.2f} -> {os.getloadavg()[0]:.2f}; "
          f"{f['error']} E / {f['warning']} W / {f['info']} I")
    print(f"total: {cpu:.1f} CPU s, {wall:.1f} s wall, {sentences / wall:.1f} sentences/s (one process)")
    enc = clock.cpu.get("encode", 0.0)
    print(f"encoder: {clock.texts} texts embedded on {', '.join(sorted(clock.engines))}, "
          f"{clock.texts / enc if enc else 0:.1f} texts per CPU s of the encode stage (model load included)")
    print(f"{'stage':<28} {'CPU s':>8} {'share':>6} {'wall s':>8} {'calls':>6} {'ms CPU/pair':>11}")
    rows = sorted(clock.cpu.items(), key=lambda kv: -kv[1])
    for name, c in rows:
        print(f"{name:<28} {c:8.2f} {100 * c / cpu:5.1f}% {clock.wall[name]:8.2f} {clock.calls.get(name, 0):6d} "
              f"{1000 * c / n:11.1f}")
    if args.json:
        args.json.write_text(json.dumps({"pairs": n, "sentences": sentences, "cpu": cpu, "wall": wall,
                                         "load_before": load0, "texts_embedded": clock.texts,
                                         "engines": sorted(clock.engines), "stages": {k: {"cpu": v, "wall": clock.wall[k],
                                                                             "calls": clock.calls.get(k, 0)}
                                                                         for k, v in rows}}, indent=1) + "\n")


if __name__ == "__main__":
    main()
