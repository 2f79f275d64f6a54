"""FMT-DOUBLED-WORD: a doubled function word is a slip, a word written apart is not (issue 11)."""
import pytest

from aligner.checks import run_checks
from tests.helpers import context_from_lines


def fmt_codes(en: str, ps: str) -> list[str]:
    ctx = context_from_lines([en], [ps])
    return [f.code for f in run_checks(ctx.result, {"select": ["FMT-DOUBLED-WORD"]})]


@pytest.mark.parametrize("en,ps", [
    # the second د begins an adverb written apart in the older orthography: د دباندې, د دننه
    ("Visitors wait in the yard outside the building.", "لیدونکي د ودانۍ د د باندې انګړ کې انتظار باسي."),
    ("The cables run inside the wall.", "کېبلونه د دېوال د د ننه تېرېږي."),
    # reduplication of open-class words
    ("The water level rose slowly.", "د اوبو کچه ورو ورو لوړه شوه."),
])
def test_words_written_apart_and_reduplication_are_clean(en, ps):
    assert fmt_codes(en, ps) == []


@pytest.mark.parametrize("en,ps", [
    ("The results of the survey were published.", "د د سروې پایلې خپرې شوې."),
    ("The team arrived and started work.", "ټیم ورسېد او او کار یې پیل کړ."),
])
def test_a_doubled_function_word_is_reported(en, ps):
    assert fmt_codes(en, ps) == ["FMT-DOUBLED-WORD"]
