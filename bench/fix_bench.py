"""How good are the suggested fixes (``Finding.suggestion``, ``aligner fix``)?  Measured on
planted errors, where the right text is known: the planted copy of a correct translation.

For each category whose check suggests a fix (``number`` and ``percent`` → NUM-MISMATCH,
``date`` → DATE-MISMATCH, ``term`` → TERM-FORBIDDEN), plants are made exactly as
``bench/plant_errors.py`` makes them (same documents, sites, seed), the planted document is
checked, and every suggestion of the expected code on the planted bead is applied.  Counted:

* ``caught``: a finding of the expected code on the planted bead;
* ``suggested``: of those, how many carry a suggestion;
* ``restored``: the fixed document is the original translation again, character for
  character (a term plant may be fixed with another allowed rendering than the original one,
  so terms also count ``accepted``);
* ``accepted``: re-checking the fixed document leaves no finding of the expected code on
  the bead and no new warning or error there;
* ``wrong``: a suggestion was applied and the re-check still flags the bead, or a new
  warning or error appeared.

    python bench/fix_bench.py                      # NTREX + seeds, 20 plants per category
    python bench/fix_bench.py --limit 40 --json bench/results/fix_bench.json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from aligner.review.fix import apply_to_text  # noqa: E402

import plant_errors as pe  # noqa: E402

CODES = {"number": "NUM-MISMATCH", "percent": "NUM-MISMATCH", "date": "DATE-MISMATCH", "term": "TERM-FORBIDDEN"}


def measure(p: pe.Plant) -> dict:
    code = CODES[p.category]
    pe.evaluate(p)
    hits = [f for f in p.on_bead if f.code == code]
    row = {"case": p.case.name, "what": p.what, "caught": bool(hits), "suggested": False, "restored": False,
           "accepted": False, "wrong": False}
    fixes = [f for f in hits if f.suggestion]
    if not fixes:
        return row
    row["suggested"] = True
    fixed, applied, _ = apply_to_text(p.ps, fixes)
    row["restored"] = fixed == p.case.ps
    row["fix"] = [(p.ps[f.suggestion["start"]:f.suggestion["end"]], f.suggestion["text"]) for f in applied]
    again = p.case.check(p.en, fixed)
    beads = pe.planted_beads(p, again)
    before = pe.clean_codes(p.case, p.clean_bead)
    on = pe.findings_on(again, beads)
    left = [f for f in on if f.code == code]
    new = [f for f in on if f.severity in ("warning", "error") and f.code not in before]
    row["accepted"] = not left and not new
    row["wrong"] = not row["accepted"]
    return row


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=20, help="plants per category on NTREX")
    ap.add_argument("--seed-limit", type=int, default=10, help="plants per category on the seeds")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--categories", default=",".join(CODES))
    ap.add_argument("--show", action="store_true", help="print every plant that was not restored")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    groups = {"ntrex": pe.ntrex_cases(), "seeds": pe.seed_cases()}
    for cases in groups.values():
        for c in cases:
            pe.ensure_clean(c)
    names = pe.collect_names(groups["ntrex"] + groups["seeds"])
    table, rows_out = [], {}
    for cat in [c for c in args.categories.split(",") if c]:
        rows = []
        for group, limit in (("ntrex", args.limit), ("seeds", args.seed_limit)):
            plants, _ = pe.select(groups[group], cat, limit, args.seed, names, lambda case: [])
            rows += [measure(p) for p in plants]
        rows_out[cat] = rows
        n = len(rows)
        count = {k: sum(r[k] for r in rows) for k in ("caught", "suggested", "restored", "accepted", "wrong")}
        table.append((cat, n, count))
        if args.show:
            for r in rows:
                if r["caught"] and not r["restored"]:
                    print(f"  [{cat}] {r['case']}: {r['what']} → suggested {r.get('fix')}; accepted={r['accepted']}")
    print(f"{'category':<10} {'plants':>6} {'caught':>6} {'suggested':>9} {'restored':>8} {'accepted':>8} {'wrong':>5}")
    for cat, n, c in table:
        print(f"{cat:<10} {n:>6} {c['caught']:>6} {c['suggested']:>9} {c['restored']:>8} {c['accepted']:>8} {c['wrong']:>5}")
    print(f"({time.perf_counter() - t0:.0f} s; suggested/restored/accepted/wrong count caught plants)")
    if args.json:
        args.json.write_text(json.dumps({"table": [{"category": cat, "plants": n, **c} for cat, n, c in table],
                                         "rows": rows_out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
