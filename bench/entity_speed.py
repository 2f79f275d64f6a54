"""CPU time of the entity check against document length, and its findings for an A/B check.

The check runs on gold line alignments (line i ↔ line i, no model): all of NTREX-128 as one
document (1,997 lines), its first 250 / 500 / 1,000 lines (is it linear?), and every NTREX
document, FLoRes pseudo-document and TICO-19 document (``bench/corpora.py``) on its own.  Times are CPU
seconds (user + sys of this process) of ``entity_findings`` (the three ENTITY rules) with the language data loaded
before and the memo caches (sound units, scores, folded words) emptied before each run (a cold
document); the median of ``--repeat`` runs, with the load average beside them.  The cycle
collector keeps Python's defaults (as a library caller has it) unless ``--cli-gc`` sets it as
the ``aligner`` command does (``aligner.cli.main``).

``--documents`` also times the NTREX documents checked one by one (their sum: what an audit
pays; with ``--cli-gc`` the collector as the command has it, where a per-document cost of the
collector's handling shows).

``--findings FILE`` writes every entity finding (document, code, bead, spans, message) as
JSON, to compare two trees: ``--tree DIR`` imports ``aligner`` from DIR instead of this one
(e.g. ``git archive <commit> | tar -x -C /tmp/old``).

    python bench/entity_speed.py [--repeat 3] [--sizes 250,500,1000,all] [--documents] [--cli-gc]
                                 [--findings /tmp/new.json] [--tree /tmp/old]
"""
from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _clear_caches() -> None:
    """Empty the memo caches of the aligner's modules (sound units, scores, folded words: a
    cold document, as in a new process), not the language data (caches of at most 16 entries
    or unbounded: word lists, glossaries)."""
    for name, mod in list(sys.modules.items()):
        if not name.startswith("aligner") or mod is None:
            continue
        for obj in list(vars(mod).values()):
            if isinstance(obj, functools._lru_cache_wrapper) and obj.__module__ == name \
                    and (obj.cache_parameters()["maxsize"] or 0) > 16:
                obj.cache_clear()


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--findings", type=Path, default=None, help="write every entity finding here (JSON)")
    ap.add_argument("--tree", type=Path, default=ROOT, help="import aligner from this tree")
    ap.add_argument("--no-corpora", action="store_true", help="time only (no per-document findings)")
    ap.add_argument("--sizes", default="250,500,1000,all",
                    help="document lengths timed, in lines (comma-separated; all = the 1,997)")
    ap.add_argument("--documents", action="store_true",
                    help="also time the 123 NTREX documents checked one by one (the sum, as an audit "
                         "checks them; caches emptied before each pass)")
    ap.add_argument("--cli-gc", action="store_true",
                    help="the cycle collector as the aligner CLI sets it (gc.freeze() after loading, "
                         "threshold 500,000: aligner.cli.main) instead of Python's defaults")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.tree.resolve()))
    sys.path.insert(1, str(ROOT / "tests"))
    from helpers import context_from_lines  # noqa: E402  (a gold line alignment)

    try:
        from aligner.checks.entities import entity_findings  # noqa: E402
    except ImportError:          # a tree from before the ENTITY rules were split (A/B runs)
        from aligner.checks.entities import EntityCheck  # noqa: E402

        def entity_findings(ctx):
            return list(EntityCheck().run(ctx))
    from corpora import CorpusMissing, load  # noqa: E402
    import aligner  # noqa: E402
    assert Path(aligner.__file__).resolve().is_relative_to(args.tree.resolve()), aligner.__file__

    docs = load("ntrex")
    en = [x for d in docs for x in d.en]
    ps = [x for d in docs for x in d.ps]

    def run(e, p, cold=True):
        ctx = context_from_lines(e, p)
        if cold:
            _clear_caches()
        gc.collect()
        t0 = _cpu()
        out = entity_findings(ctx)
        return _cpu() - t0, out

    run(en[:40], ps[:40], cold=False)                # load the language data
    if args.cli_gc:
        gc.freeze()
        gc.set_threshold(500_000, 50, 100)
    rows = []
    for n in [len(en) if x == "all" else int(x) for x in args.sizes.split(",")]:
        times = [run(en[:n], ps[:n])[0] for _ in range(args.repeat)]
        load1 = os.getloadavg()[0]
        med = statistics.median(times)
        rows.append({"lines": n, "cpu_s_median": round(med, 3), "cpu_s": [round(t, 3) for t in times],
                     "ms_per_line": round(1000 * med / n, 3), "load1": round(load1, 1)})
        print(f"{n:5d} lines: {med:6.3f} CPU s (median of {args.repeat}: "
              f"{', '.join(f'{t:.3f}' for t in times)}), {1000 * med / n:.2f} ms/line, load {load1:.1f}",
              flush=True)
    if args.documents:
        times = []
        for _ in range(args.repeat):
            _clear_caches()
            gc.collect()
            t0 = _cpu()
            for d in docs:
                entity_findings(context_from_lines(d.en, d.ps))
            times.append(_cpu() - t0)
        load1 = os.getloadavg()[0]
        med = statistics.median(times)
        rows.append({"documents": len(docs), "lines": len(en), "cpu_s_median": round(med, 3),
                     "cpu_s": [round(t, 3) for t in times], "load1": round(load1, 1)})
        print(f"{len(docs)} documents one by one: {med:6.3f} CPU s (median of {args.repeat}: "
              f"{', '.join(f'{t:.3f}' for t in times)}), load {load1:.1f}", flush=True)
    result = {"tree": str(args.tree), "cli_gc": args.cli_gc, "timing": rows}
    if args.findings:
        def dump(fs):
            rows = [[f.code, f.bead, f.source and [f.source.start, f.source.end],
                     f.target and [f.target.start, f.target.end], f.message, f.strength] for f in fs]
            return sorted(rows, key=lambda row: json.dumps(row, ensure_ascii=False))
        found = {"ntrex-as-one": dump(run(en, ps, cold=False)[1])}
        if not args.no_corpora:
            for corpus in ("ntrex", "flores", "tico"):
                try:
                    cdocs = docs if corpus == "ntrex" else load(corpus)
                except CorpusMissing as e:
                    print(f"{corpus}: {e}")
                    continue
                for d in cdocs:
                    found[d.unit] = dump(run(d.en, d.ps, cold=False)[1])
        n_f = sum(len(v) for v in found.values())
        print(f"{n_f} entity findings in {len(found)} documents -> {args.findings}")
        result["findings"] = found
        args.findings.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
