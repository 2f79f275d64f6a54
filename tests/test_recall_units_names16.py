"""Stop 16 (issue 11): units and names a careless translator swaps, and what must stay clean.

Every pair runs through EVERY registered check (as a reviewer sees it).  The wrong translations
keep the number and swap the unit or the name; each comes with its correct translation, which
must come out clean.  The sentences are written for this file; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from aligner.checks import run_checks
from tests.helpers import context_from_lines


def reported(en, ps) -> list[str]:
    """Codes of every warning and error all registered checks give on one pair."""
    found = run_checks(context_from_lines([en], [ps]).result, {})
    return sorted(f.code for f in found if f.severity in ("warning", "error"))


# (English, correct Pashto, careless Pashto, the code the careless one must give)
CASES = [
    # square miles named in Pashto with the adjective مربع before or after the unit
    pytest.param("The lake covers 40 square kilometres.",
                 "جهیل ۴۰ مربع کیلومتره ساحه نیسي.",
                 "جهیل ۴۰ مربع میله ساحه نیسي.", "UNIT-MISMATCH", id="sq-km-to-sq-miles"),
    pytest.param("The reserve covers 40 square miles.",
                 "دا ساتنځی ۴۰ مربع میله ساحه نیسي.",
                 "دا ساتنځی ۴۰ مربع کیلومتره ساحه نیسي.", "UNIT-MISMATCH", id="sq-miles-to-sq-km"),
    # the surname of a person an institution is named after swapped for another name: the
    # Pashto noun of the institution (پوهنتون, ښوونځی, مرکز) renders "University", not the name
    pytest.param("She teaches at Johns Hopkins University in Baltimore.",
                 "هغه په بالتیمور کې د جانز هاپکنز پوهنتون کې تدریس کوي.",
                 "هغه په بالتیمور کې د جانز ماریو پوهنتون کې تدریس کوي.", "ENTITY-MISSING",
                 id="university-surname-swapped"),
    pytest.param("He graduated from the Harvard Kennedy School last year.",
                 "هغه پروسږکال د هارورډ کینیډي ښوونځي څخه فارغ شو.",
                 "هغه پروسږکال د هارورډ ډیانې ښوونځي څخه فارغ شو.", "ENTITY-MISSING",
                 id="school-name-swapped"),
    pytest.param("The forest covers 15 square kilometres.",
                 "ځنګل ۱۵ کیلومتر مربع ساحه نیسي.",
                 "ځنګل ۱۵ میل مربع ساحه نیسي.", "UNIT-MISMATCH", id="sq-km-after-to-sq-mile"),
]


@pytest.mark.parametrize("en, good, bad, code", CASES)
def test_wrong_unit_or_name_caught_correct_clean(en, good, bad, code):
    assert reported(en, good) == []
    assert code in reported(en, bad)


def test_square_miles_converted_to_square_kilometres_clean():
    # 40 square miles is about 104 square kilometres: a conversion, not an error
    assert reported("The reserve covers 40 square miles.",
                    "دا ساتنځی شاوخوا ۱۰۴ مربع کیلومتره ساحه نیسي.") == []


def test_descriptor_translated_by_meaning_before_company_clean():
    # a company's descriptor (Telecom, Air) rendered by meaning before the noun of its kind
    assert reported("Roshan Telecom Company expanded its network.",
                    "د روشن مخابراتي شرکت خپله شبکه پراخه کړه.") == []
    assert reported("Kam Air Company added new flights.",
                    "کام هوايي شرکت نوې الوتنې زیاتې کړې.") == []


def reported_doc(en: list, ps: list) -> list[str]:
    found = run_checks(context_from_lines(en, ps).result, {})
    return sorted(f.code for f in found if f.severity in ("warning", "error"))


def test_title_without_full_stop_is_no_rendering_of_the_name():
    # British style writes "Prof" / "Dr" without a full stop: پروفیسور renders the title, so a
    # surname swapped for another name of the document is still caught
    en = ["Paul Smith runs the sleep laboratory at the hospital.",
          "'People have a right to know,' Prof Kaiser added."]
    good = ["پاول سمیټ په روغتون کې د خوب لابراتوار چلوي.",
            "پروفیسور کایزر زیاته کړه، 'خلک د پوهېدو حق لري.'"]
    bad = ["پاول سمیټ په روغتون کې د خوب لابراتوار چلوي.",
           "پروفیسور پاول زیاته کړه، 'خلک د پوهېدو حق لري.'"]
    assert reported_doc(en, good) == []
    assert "ENTITY-MISMATCH" in reported_doc(en, bad)
    # ... and a title kept with its name stays clean
    assert reported_doc(["Dr Harrowgate opened the new clinic."],
                        ["ډاکټر هاروګیټ نوی کلینیک پرانیست."]) == []
