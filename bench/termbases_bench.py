"""Real CSV term bases through ``--glossary`` (issue 13): how many entries each of the two
TICO-19 COVID-19 term bases (``../shared/data/termbases-covid``) yields, how many rows are
skipped and why, what ``aligner check`` reports on the seed pairs (seeds/000 ↔ seeds/001 and 002-004 ↔
bench/data/seed00N.ps.txt) with no glossary and with each term base, and what the terminology
check adds with each term base on NTREX (gold line alignment), with hand verdicts.

    python bench/termbases_bench.py            # prints a Markdown report
    python bench/termbases_bench.py --write    # also writes bench/results/termbases.md
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERMBASES = ROOT.parent / "shared" / "data" / "termbases-covid"
#: the seed pairs: the published translation 000 ↔ 001, and 002-004 with the Pashto
#: translations in bench/data (bench/data/README.md)
SEED_PAIRS = [(ROOT / "seeds" / "000_b03a506ffbf9dd62.txt", ROOT / "seeds" / "001_f1af6598c0c95f34.txt")] + [
    (next((ROOT / "seeds").glob(f"{n}_*.txt")), ROOT / "bench" / "data" / f"seed{n}.ps.txt")
    for n in ("002", "003", "004")]


def check(en: Path, ps: Path, glossary: Path | None) -> dict:
    argv = [sys.executable, "-m", "aligner", "check", str(en), str(ps), "--format", "json"]
    if glossary is not None:
        argv += ["--glossary", str(glossary)]
    out = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    if out.returncode not in (0, 1):
        raise SystemExit(f"aligner check failed ({out.returncode}): {out.stderr.strip()}")
    return json.loads(out.stdout)


def _key(f: dict) -> tuple:
    return (f["code"], (f["target"] or {}).get("start"), (f["source"] or {}).get("start"))


VERDICTS = ROOT / "bench" / "data" / "termbases_verdicts.tsv"


def load_verdicts() -> dict:
    """(term base, NTREX line, English term) → (verdict, why), read by hand."""
    out = {}
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            base, row, term, verdict, why = line.split("\t")
            out[(base, int(row), term)] = (verdict, why)
    return out


def ntrex_terms(files) -> list[str]:
    """The terminology check alone on NTREX (1,997 pairs, gold line alignment) with each term
    base: the findings a term base adds, each with its hand verdict."""
    from aligner.checks.terminology import TerminologyCheck
    from tests.helpers import context_from_lines, ntrex_lines
    en, ps = ntrex_lines()
    key = lambda f: (f.code, f.bead, f.source.start if f.source else None)     # noqa: E731
    base = {key(f) for f in TerminologyCheck().run(context_from_lines(en, ps))}
    verdicts = load_verdicts()
    lines = ["", "## NTREX (1,997 pairs, gold line alignment), terminology check alone", "",
             "The seed articles are about aluminium and energy: no COVID-19 term occurs in them.  NTREX news (2019) has "
             "health, disaster and general words the term bases list, so it shows what such a term base "
             "adds on real text.  Verdicts: `bench/data/termbases_verdicts.tsv` (read by hand).", "",
             "| term base | findings added | per 1,000 pairs | real | false | unjudged |", "|---|---|---|---|---|---|"]
    detail = []
    for path in files:
        found = [f for f in TerminologyCheck().run(context_from_lines(en, ps, {"glossaries": [str(path)]}))
                 if key(f) not in base]
        counts = {"real": 0, "false": 0, "?": 0}
        for f in found:
            verdict, why = verdicts.get((path.name, f.bead + 1, f.source.text), ("?", ""))
            counts[verdict if verdict in counts else "?"] += 1
            detail.append(f"- `{path.name}` line {f.bead + 1}: {f.code} {f.source.text!r} (expected "
                          f"{f.message.rsplit('expected ', 1)[-1].rstrip(')')}): **{verdict}** {why}")
        lines.append(f"| `{path.name}` | {len(found)} | {1000 * len(found) / len(en):.1f} | {counts['real']} | "
                     f"{counts['false']} | {counts['?']} |")
    return lines + [""] + detail


def main() -> str:
    sys.path.insert(0, str(ROOT))
    from aligner.lang.glossary import load_glossary
    lines = ["# Real CSV term bases (`../shared/data/termbases-covid`) through `--glossary`", "",
             "`python bench/termbases_bench.py --write`", "",
             "| term base | data rows | entries | rows skipped |", "|---|---|---|---|"]
    files = sorted(TERMBASES.glob("*.csv"))
    for path in files:
        g = load_glossary(path)
        rows = sum(1 for line in path.read_text(encoding="utf-8-sig").splitlines()[1:] if line.strip())
        lines.append(f"| `{path.name}` | {rows} | {len(g)} | {len(g.skipped)} |")
        for why in g.skipped[:5]:
            lines.append(f"|  | skipped: {why} | | |")
    lines += ["", "## `aligner check` on the seed pairs", ""]
    for en, ps in SEED_PAIRS:
        base = check(en, ps, None)
        known = {_key(f) for f in base["findings"]}
        lines.append(f"- `{en.name}` ↔ `{ps.relative_to(ROOT)}`: {len(base['findings'])} findings without a term base "
                     f"({', '.join(sorted(f['code'] for f in base['findings'])) or 'none'})")
        for path in files:
            rep = check(en, ps, path)
            new = [f for f in rep["findings"] if _key(f) not in known]
            gone = len(known - {_key(f) for f in rep["findings"]})
            lines.append(f"  - with `--glossary {path.name}`: {len(rep['findings'])} findings, {len(new)} new, "
                         f"{gone} no longer reported")
            for f in new:
                src = (f["source"] or {}).get("text", "")
                tgt = (f["target"] or {}).get("text", "")
                lines.append(f"    - {f['severity']} {f['code']}: {f['message']} (en {src!r}, ps {tgt!r})")
    lines += ntrex_terms(files)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    report = main()
    print(report, end="")
    if "--write" in sys.argv:
        (ROOT / "bench" / "results" / "termbases.md").write_text(report, encoding="utf-8")
