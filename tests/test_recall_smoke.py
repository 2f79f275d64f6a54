"""Recall smoke test: one planted error of each category in the seed 003 test translation
(bench/data/seed003.ps.txt) must be caught on its bead by a finding of its category.

The full measurement (NTREX-128 and all seeds, many plants per category) is
``bench/plant_errors.py``; this test plants by hand, one error at a time, and runs the whole
pipeline (split, embed, align, check) on the document each time.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import plant_errors as pe  # noqa: E402

pytestmark = pytest.mark.slow          # runs the bundled model (~10-30 s on a cold cache)

EN = next((ROOT / "seeds").glob("003_*.txt"))
PS = ROOT / "bench" / "data" / "seed003.ps.txt"
OTHER = ROOT / "bench" / "data" / "seed002.ps.txt"


@pytest.fixture(scope="module")
def case(encoder):
    c = pe.Case("seed003", "seeds", EN.read_text(encoding="utf-8"), PS.read_text(encoding="utf-8"), False)
    c.clean = c.check(encoder=encoder)
    return c


def _plants(case):
    inserted = OTHER.read_text(encoding="utf-8").splitlines()[6].split(". ")[0] + "."
    return [
        pe.plant_replace(case, "number", "۱۵ ملیون ټنو", "۱۸ ملیون ټنو"),
        pe.plant_replace(case, "scale", "۱۵ ملیون ټنو", "۱۵ ملیارد ټنو"),
        pe.plant_replace(case, "unit", "۱۵ ملیون ټنو", "۱۵ ملیون کیلوګرامو"),
        pe.plant_replace(case, "percent", "۲۵٪ تعرفه", "۳۵٪ تعرفه"),
        pe.plant_replace(case, "date", "مارچ-۲۹-۲۰۲۵", "اپریل-۲۹-۲۰۲۵"),
        pe.plant_replace(case, "name", "د امریکا حکومت", "د جاپان حکومت"),
        # the reference error of seed 001: alumina rendered as aluminium
        pe.plant_replace(case, "term", "د المونیم او الومینا", "د المونیم او المونیم"),
        pe.plant_sentence_omission(case, "سربېره پر دې، د المونیم او الومینا"),
        pe.plant_sentence_addition(case, "که څه هم چین د باکسایټ", inserted),
        # a negation lost: the English says the plan does not emphasize it, the Pashto that it does
        # (NEG-MISSING, a warning; a negation added in Pashto would be NEG-ADDED)
        pe.plant_replace(case, "negation", "The plan also emphasizes actively", "The plan does not emphasize actively",
                         side="en"),
        pe.plant_replace(case, "untranslated", "د باکسایټ پراخې زیرمې", "د bauxite reserves"),
        # demand for aluminium is rising → falling (an opposite word, no negation particle)
        pe.plant_replace(case, "polarity", "غوښتنه مخ په زیاتېدو ده", "غوښتنه مخ په کمېدو ده"),
        # a negative prefix added in the English: central government → non-governmental
        pe.plant_replace(case, "affix", "nine central government departments", "nine non-governmental departments",
                         side="en"),
        # a Pashto number word in its oblique form: nine (نهو) → eight (اتو) departments
        pe.plant_replace(case, "numword", "حکومت نهو ادارو", "حکومت اتو ادارو"),
        # a percentage turned into a fraction of another value in the English: 30% → a third
        pe.plant_replace(case, "fraction", "at least 30% of electrolytic", "at least a third of electrolytic",
                         side="en"),
    ]


def test_clean_seed003_has_no_errors(case):
    errors = [f"{f.code}: {f.message}" for f in case.clean.findings if f.severity == "error"]
    assert errors == []
    assert all(b.source and b.target for b in case.clean.beads)


def test_one_plant_of_each_category_is_caught(case, encoder):
    plants = _plants(case)
    # seed 003 states no ordinal ("third", درېیم): that category is planted on NTREX by
    # bench/plant_errors.py and pinned by tests/test_number_words.py
    # "clause" (a Pashto clause deleted with its mark) is a measured category, not a gate: about
    # half are caught (bench/results/recall.md); tests/test_partial_omission.py pins the kinds caught
    assert {p.category for p in plants} == set(pe.CATEGORIES) - {"ordinal", "clause"}
    missed = []
    for p in plants:
        assert not pe.pre_existing(p), p.what
        pe.evaluate(p, encoder=encoder)
        assert p.beads, f"{p.category}: no bead found for {p.what}"
        if not p.caught:
            missed.append(pe.describe(p))
    assert not missed, "\n\n".join(missed)
