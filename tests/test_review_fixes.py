"""Suggested fixes (``Finding.suggestion``) and ``aligner fix``.

* TERM-FORBIDDEN suggests the entry's allowed rendering with the ending of the forbidden
  word it replaces, and the glossary then reads the fixed text as the allowed rendering;
* NUM-MISMATCH suggests the source value in the target's digit script and separators;
* DATE-MISMATCH suggests the source date in the calendar and month names the target uses;
* SARIF carries the suggestions as ``fixes`` and still validates against the 2.1.0 schema;
* ``aligner fix`` on the seed pair replaces both alumina renderings (المونیم) with الومینا
  and changes nothing else.
"""
from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import aligner
from aligner.checks.dates import DateMismatch
from aligner.checks.numbers import NumberMismatch
from aligner.checks.terminology import TerminologyCheck
from aligner.lang.glossary import get_glossary
from aligner.lang.respell import inflect_like, number_like
from aligner.report.sarif import sarif_dict
from tests.helpers import SEEDS, pair_from_texts

ALIGNER = str(Path(sys.executable).parent / "aligner")
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _apply(text: str, s: dict) -> str:
    return text[:s["start"]] + s["text"] + text[s["end"]:]


# --------------------------------------------------------------------------- terminology

@pytest.mark.parametrize("ending, expected", [
    ("", "الومینا"),            # direct case: as listed
    ("و", "الومیناوو"),         # oblique plural: consonant-final ـو is ـوو after ا
    ("ونه", "الومیناګانې"),     # plural
])
def test_forbidden_term_suggests_the_allowed_rendering_inflected(ending, expected):
    en = "The plant exports alumina to China."
    ps = f"فابریکه چین ته المونیم{ending} صادروي."
    [f] = [f for f in TerminologyCheck().check_pair(pair_from_texts(en, ps), None) if f.code == "TERM-FORBIDDEN"]
    s = f.suggestion
    assert ps[s["start"]:s["end"]] == "المونیم" + ending and s["text"] == expected
    fixed = _apply(ps, s)
    # the fixed word is read as the entry's allowed rendering, and the finding is gone
    alumina = [m for m in get_glossary().matcher.find_ps(fixed) if m.entry.label == "alumina"]
    assert [(m.kind, m.text) for m in alumina] == [("allowed", expected)]
    assert not [g for g in TerminologyCheck().check_pair(pair_from_texts(en, fixed), None)
                if g.code.startswith("TERM")]


def test_inflection_keeps_the_texts_letters():
    assert inflect_like("المونیمو", "المونیم", "الومینا") == "الومیناوو"
    assert inflect_like("المونیم", "المونیم", "د المونیم اکساید") == "د المونیم اکساید"   # uninflected
    assert inflect_like("امریکې", "امریکا", "متحده ایالات") == "متحده ایالاتې"           # on the stem


# --------------------------------------------------------------------------- numbers and dates

@pytest.mark.parametrize("en, ps, old, new", [
    ("The plant will produce 500,000 tons a year.", "دا فابریکه به په کال کې ۶۰۰٬۰۰۰ ټنه تولید کړي.",
     "۶۰۰٬۰۰۰", "۵۰۰٬۰۰۰"),
    ("The plant will produce 500,000 tons a year.", "دا فابریکه به په کال کې 600,000 ټنه تولید کړي.",
     "600,000", "500,000"),
    ("Exports reached 2.5 million tons.", "صادرات ۳٫۵ میلیونه ټنو ته ورسېدل.", "۳٫۵", "۲٫۵"),
    ("Exports grew by 40% last year.", "صادرات تېر کال ۴۵٪ زیات شول.", "۴۵", "۴۰"),
])
def test_changed_number_suggests_the_source_value_written_the_targets_way(en, ps, old, new):
    [f] = [f for f in NumberMismatch().check_pair(pair_from_texts(en, ps), None) if f.code == "NUM-MISMATCH"]
    s = f.suggestion
    assert (ps[s["start"]:s["end"]], s["text"]) == (old, new)
    fixed = _apply(ps, s)
    assert not list(NumberMismatch().check_pair(pair_from_texts(en, fixed), None))


def test_number_in_another_unit_gets_no_suggestion():
    assert number_like("۲۰۰۰ میګاواټه", 2000, 3) == (0, 4, "۳")      # the helper would write it …
    en, ps = "The wind farm has 3 GW of capacity.", "د باد فارم ۲ میګاواټه ظرفیت لري."
    found = [f for f in NumberMismatch().check_pair(pair_from_texts(en, ps), None)]
    assert found and all(f.suggestion is None for f in found)          # … but GW ≠ MW: no fix offered


@pytest.mark.parametrize("en, ps, old, new", [
    ("The deal was signed on 9 June 2025 in Astana.", "تړون د ۲۰۲۵ کال د جون په ۱۹مه په آستانه کې لاسلیک شو.",
     "۱۹", "۹"),
    ("The line opened on 21 March 2023.", "کرښه د ۱۴۰۲ کال د ثور په ۱مه پرانیستل شوه.", "ثور", "حمل"),  # Dari names
    ("The line opened on 21 March 2023.", "کرښه د ۱۴۰۲ کال د غویی په ۱مه پرانیستل شوه.", "غویی", "وری"),  # Pashto
    ("The line opened on 21 March 2023.", "کرښه د ۲۰۲۳ کال د اپریل په ۲۱مه پرانیستل شوه.", "اپریل", "مارچ"),
])
def test_changed_date_suggests_the_source_date_in_the_targets_calendar(en, ps, old, new):
    [f] = [f for f in DateMismatch().check_pair(pair_from_texts(en, ps), None)]
    s = f.suggestion
    assert (ps[s["start"]:s["end"]], s["text"]) == (old, new)
    assert not list(DateMismatch().check_pair(pair_from_texts(en, _apply(ps, s)), None))


# --------------------------------------------------------------------------- SARIF

def test_sarif_carries_fixes_and_validates(tmp_path):
    en, ps = tmp_path / "a.en.txt", tmp_path / "a.ps.txt"
    en.write_text("The plant will produce 500,000 tons of alumina a year.\n"
                  "The deal was signed on 9 June 2025 in Astana.\n", encoding="utf-8")
    ps.write_text("دا فابریکه به په کال کې ۶۰۰٬۰۰۰ ټنه المونیم تولید کړي.\n"
                  "تړون د ۲۰۲۵ کال د جون په ۱۹مه په آستانه کې لاسلیک شو.\n", encoding="utf-8")
    result = aligner.check_files(str(en), str(ps))
    log = sarif_dict(result)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    fixes = {r["ruleId"]: r["fixes"] for r in log["runs"][0]["results"] if "fixes" in r}
    assert set(fixes) == {"NUM-MISMATCH", "TERM-FORBIDDEN", "DATE-MISMATCH"}
    text = result.target.text
    for code, new in (("NUM-MISMATCH", "۵۰۰٬۰۰۰"), ("TERM-FORBIDDEN", "الومینا"), ("DATE-MISMATCH", "۹")):
        [fix] = fixes[code]
        [change] = fix["artifactChanges"]
        assert change["artifactLocation"]["uri"].endswith("a.ps.txt")
        [rep] = change["replacements"]
        region = rep["deletedRegion"]
        assert rep["insertedContent"]["text"] == new
        assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == region["snippet"]["text"]
        assert fix["description"]["text"].startswith("Replace ")


def test_seed_sarif_with_fixes_validates():
    result = aligner.check_files(str(next(SEEDS.glob("000_*.txt"))), str(next(SEEDS.glob("001_*.txt"))))
    log = sarif_dict(result)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    with_fix = [r for r in log["runs"][0]["results"] if "fixes" in r]
    assert [r["ruleId"] for r in with_fix] == ["TERM-FORBIDDEN", "TERM-FORBIDDEN"]


# --------------------------------------------------------------------------- aligner fix

def _run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([ALIGNER, *args], cwd=folder, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, NO_COLOR="1"))


def test_fix_seed_replaces_both_alumina_renderings_and_nothing_else(tmp_path):
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "en.txt")
    shutil.copy(next(SEEDS.glob("001_*.txt")), tmp_path / "ps.txt")
    original = (tmp_path / "ps.txt").read_bytes()
    proc = _run(tmp_path, "fix", "en.txt", "ps.txt", "--output", "fixed.txt")
    assert proc.returncode == 0, proc.stderr
    assert "2 fix(es) applied (TERM-FORBIDDEN ×2)" in proc.stderr
    assert (tmp_path / "ps.txt").read_bytes() == original                # the input is untouched
    before, after = original.decode("utf-8"), (tmp_path / "fixed.txt").read_text(encoding="utf-8")
    starts = [f.target.start for f in aligner.check_files(str(tmp_path / "en.txt"), str(tmp_path / "ps.txt")).findings
              if f.code == "TERM-FORBIDDEN"]
    assert [before[a:a + 7] for a in starts] == ["المونیم", "المونیم"]
    # the diff: every changed character lies inside one of the two alumina renderings …
    sm = difflib.SequenceMatcher(None, before, after, autojunk=False)
    changed = [(i1, i2) for tag, i1, i2, _, _ in sm.get_opcodes() if tag != "equal"]
    assert changed and all(any(a <= i1 and i2 <= a + 7 for a in starts) for i1, i2 in changed)
    # … and each of them now reads الومینا (uninflected there, like the word it replaced)
    assert len(after) == len(before) and [after[a:a + 7] for a in starts] == ["الومینا", "الومینا"]
    assert after == before[:starts[0]] + "الومینا" + before[starts[0] + 7:starts[1]] + "الومینا" + before[starts[1] + 7:]
    # and the corrected copy passes the terminology check
    fixed = aligner.check_files(str(tmp_path / "en.txt"), str(tmp_path / "fixed.txt"))
    assert not [f for f in fixed.findings if f.code.startswith("TERM")]


def test_fix_refuses_to_overwrite(tmp_path):
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "en.txt")
    shutil.copy(next(SEEDS.glob("001_*.txt")), tmp_path / "ps.txt")
    original = (tmp_path / "ps.txt").read_bytes()
    proc = _run(tmp_path, "fix", "en.txt", "ps.txt", "--output", "ps.txt", "--force")
    assert proc.returncode == 2 and "one of the input files" in proc.stderr
    (tmp_path / "out.txt").write_text("keep me", encoding="utf-8")
    proc = _run(tmp_path, "fix", "en.txt", "ps.txt", "--output", "out.txt")
    assert proc.returncode == 2 and "exists; pass --force" in proc.stderr
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "keep me"
    proc = _run(tmp_path, "fix", "en.txt", "ps.txt", "--output", "out.txt", "--force", "--select", "NUM")
    assert proc.returncode == 0 and "0 fix(es) applied" in proc.stderr
    assert (tmp_path / "out.txt").read_bytes() == original            # nothing selected: an exact copy
    assert (tmp_path / "ps.txt").read_bytes() == original


def test_date_fix_spells_the_month_as_the_translation_does():
    en = "Exports rose in October. The deal was signed on 9 October 2024."
    ps = "صادرات په اکټوبر کې لوړ شول. تړون د ۲۰۲۴ کال د نومبر په ۹مه لاسلیک شو."
    [f] = [f for f in DateMismatch().check_pair(pair_from_texts(en, ps), None)]
    s = f.suggestion
    assert (ps[s["start"]:s["end"]], s["text"]) == ("نومبر", "اکټوبر")     # not the list's first, اکتوبر
