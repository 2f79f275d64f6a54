"""False alarms on real software localization: MediaWiki's en.json ↔ ps.json (issue 13).

``../shared/data/mediawiki-i18n`` holds MediaWiki 1.39's interface messages: 4,458 English,
2,969 translated into Pashto by volunteers (read its README: some findings are real faults of
the volunteer translation).  The bench checks the pair the way ``aligner check en.json
ps.json`` does, splits the messages by a seeded hash of their key (``bench/splits.py``,
corpus name ``mediawiki``: tuning / held-out) and compares every warning and error with
the hand verdicts in ``bench/data/mediawiki_verdicts.tsv`` (key, code, Pashto words where it
points, verdict real/false, why).  It prints per part the findings read, false alarms per
1,000 translated messages and precision, and per code; findings with no verdict are listed
as unread (``--unread``) and never counted as either.

    .venv/bin/python bench/mediawiki_bench.py                   # figures
    .venv/bin/python bench/mediawiki_bench.py --unread          # findings to judge, TSV rows
    .venv/bin/python bench/mediawiki_bench.py --json bench/results/mediawiki.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from splits import PARTS, part_of  # noqa: E402
from verdicts import clean, load_verdicts  # noqa: E402

DATA = BENCH.parent.parent / "shared" / "data" / "mediawiki-i18n"
VERDICTS = BENCH / "data" / "mediawiki_verdicts.tsv"


def key_of(f) -> tuple:
    """What identifies a finding across runs: message key, code, and where it points: the
    Pashto words, or ``en:`` and the English words when the finding points at a short span of
    the English and at more than 40 characters of the Pashto (a dropped placeholder or
    negation points at the whole translation: the English span tells two such findings of one
    message apart); first 80 characters, whitespace collapsed."""
    unit = (f.unit or {}).get("key") or (f.unit or {}).get("id") or ""
    tgt = clean(f.target.text) if f.target is not None else ""
    src = clean(f.source.text) if f.source is not None else ""
    if src and (not tgt or (len(tgt) > 40 and len(src) <= 40)):
        where = "en:" + src
    else:
        where = tgt
    return unit, f.code, where[:80]


def run(en: Path = DATA / "en.json", ps: Path = DATA / "ps.json"):
    from aligner.pipeline import check_pair
    t0 = time.perf_counter()
    result = check_pair(en, ps, {})
    return result, time.perf_counter() - t0


def figures(result, verdicts: dict) -> tuple[dict, list]:
    checked = result.unit_beads
    sizes = Counter(part_of("mediawiki", u.key or u.id) for u in checked)
    parts = {p: {"messages": sizes[p], "read": 0, "real": 0, "false": 0, "unread": 0,
                 "by_code": defaultdict(lambda: {"real": 0, "false": 0, "unread": 0})} for p in PARTS}
    unread = []
    for f in result.findings:
        if f.severity not in ("warning", "error"):
            continue
        k = key_of(f)
        part = part_of("mediawiki", k[0])
        row = parts[part]
        v = verdicts.get(k)
        if v is None:
            row["unread"] += 1
            row["by_code"][f.code]["unread"] += 1
            unread.append((part, k, f))
            continue
        verdict = v[0]
        row["read"] += 1
        row[verdict] = row.get(verdict, 0) + 1
        row["by_code"][f.code][verdict] += 1
    out = {}
    for p, row in parts.items():
        row["by_code"] = {c: dict(v) for c, v in sorted(row["by_code"].items())}
        row["false_per_1k"] = round(1000 * row["false"] / row["messages"], 2) if row["messages"] else None
        row["precision"] = round(row["real"] / row["read"], 3) if row["read"] else None
        out[p] = row
    return out, unread


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unread", action="store_true", help="print the findings without a verdict as TSV rows")
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args(argv)
    result, seconds = run()
    out, unread = figures(result, load_verdicts(VERDICTS, key_columns=3))
    units = result.stats.get("units", {})
    print(f"MediaWiki en.json ↔ ps.json: {units.get('total')} messages, {units.get('checked')} checked, "
          f"{units.get('untranslated')} untranslated; {seconds:.1f} s")
    for p, row in out.items():
        print(f"{p:9} {row['messages']:5} messages  read {row['read']:3}  real {row['real']:3}  false {row['false']:3}  "
              f"unread {row['unread']:3}  false/1k {row['false_per_1k']}  precision {row['precision']}")
        for code, v in row["by_code"].items():
            print(f"          {code:18} real {v['real']:3} false {v['false']:3} unread {v['unread']:3}")
    if a.unread:
        for part, k, f in unread:
            print("\t".join([k[0], k[1], k[2], "?", f"[{part}] {clean(f.message)[:160]}"]))
    if a.json:
        load = [round(x, 1) for x in os.getloadavg()]
        Path(a.json).write_text(json.dumps({"seconds": round(seconds, 1), "load_average": load,
                                            "units": units, "parts": out},
                                           ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
