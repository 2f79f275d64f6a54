"""Negation recall mechanisms found on tuning plants (issue 11 §3, helper H11): each
mechanism has a wrong pair that is caught and a correct pair that stays clean."""
import pytest

from tests.test_negation_forms import findings


def codes(en: str, ps: str) -> list[str]:
    return [f.code for f in findings(en, ps)]


CAUGHT = [
    # "لږ تر لږه" (at least) is a set phrase: its تر opens no "تر … نه" (than) that the نه closes
    ("Walk for at least 30 minutes on five days of the week.",
     "د اونۍ په پنځو ورځو کې لږ تر لږه ۳۰ دقیقې پلی نه وګرځئ."),
    # a verbal noun after د with a head noun after it (د پاکولو ګولۍ "purification tablets"):
    # the نه is no spoken "د X نه" (from X) before the و-perfective
    ("The society distributed water purification tablets.",
     "ټولنې د اوبو د پاکولو ګولۍ نه ووېشلې."),
    # "unfortunately" is said by its own word (له بده مرغه): it is no source of a verb negation
    ("Unfortunately, they are requesting international assistance.",
     "له بده مرغه دوی نړیوالې مرستې نه غواړي."),
]

CLEAN = [
    ("Walk for at least 30 minutes on five days of the week.",
     "د اونۍ په پنځو ورځو کې لږ تر لږه ۳۰ دقیقې پلی وګرځئ."),
    ("The society distributed water purification tablets.",
     "ټولنې د اوبو د پاکولو ګولۍ ووېشلې."),
    ("Unfortunately, they are not requesting international assistance.",
     "له بده مرغه دوی نړیوالې مرستې نه غواړي."),
    # the spoken "د X نه" (from X) before a و-perfective stays a postposition
    ("He bought the book from his brother.", "هغه کتاب د خپل ورور نه واخیست."),
]


@pytest.mark.parametrize("en,ps", CAUGHT)
def test_an_added_negation_is_caught(en, ps):
    assert codes(en, ps) == ["NEG-ADDED"]


@pytest.mark.parametrize("en,ps", CLEAN)
def test_the_correct_pair_is_clean(en, ps):
    assert codes(en, ps) == []
