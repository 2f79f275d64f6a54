"""FMT-DOUBLED-WORD strength (issue 11): a doubled word is reported with the strength of the
evidence that it is a slip.  A doubled multi-letter function word (چې چې، او او) is a slip; a
doubled one-letter particle (د د) is nearly always one but may be an unlisted word written apart;
a word that is also another word (ته "to" / "you", دې "this" / the optative particle) can be two
words in a row: lower.  Reduplication is never reported (tests/test_gate_untranslated.py)."""
import pytest

from aligner.checks.format import FormatCheck, doubled_strength
from aligner.checks.confidence import load_calibration
from tests.helpers import context_from_lines


def doubled(en, ps):
    return [f for f in FormatCheck().run(context_from_lines([en], [ps])) if f.code == "FMT-DOUBLED-WORD"]


@pytest.mark.parametrize("en, ps, strength", [
    ("He said that the road is closed.", "هغه وویل چې چې سړک تړل شوی دی.", None),
    ("The report of the bank was late.", "د د بانک راپور وځنډېد.", 0.8),
    ("Tell him yourself.", "هغه ته ته پخپله ووایه.", 0.5),
    ("He should continue this work.", "هغه دې دې کار ته دوام ورکړي.", 0.5),
])
def test_doubled_word_strength(en, ps, strength):
    (f,) = doubled(en, ps)
    assert f.strength == strength


def test_strength_orders_the_confidence():
    cal = load_calibration()
    strong = cal.confidence(doubled("He said that.", "هغه وویل چې چې.")[0], 0.9, "warning")
    one_letter = cal.confidence(doubled("Of the bank.", "د د بانک.")[0], 0.9, "warning")
    homograph = cal.confidence(doubled("Tell him.", "هغه ته ته ووایه.")[0], 0.9, "warning")
    assert strong >= one_letter >= homograph
    assert doubled_strength("چې") == 1.0 and doubled_strength("د") < 1.0


def test_orthographic_split_and_reduplication_stay_clean():
    assert doubled("Visitors wait outside the building.", "لیدونکي د ودانۍ د د باندې انتظار باسي.") == []
    assert doubled("The water rose slowly.", "اوبه ورو ورو لوړې شوې.") == []
    assert doubled("Sometimes it rains.", "کله کله باران اوري.") == []
