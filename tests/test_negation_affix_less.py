"""Issue 11 (helper H12): a negated English upper bound ("not exceed N", "no more than N") is
said by a Pashto bound phrase (تر ډېره، تر زیاته، تر X پورې) without a negation, and an English
-less word (painless, useless) rendered by its positive base (دردناک، ګټور) loses its negation.
Each mechanism: a correct pair that stays clean and a wrong pair that is caught."""
import pytest

from tests.test_negation_forms import findings


def codes(en: str, ps: str) -> set[str]:
    return {f.code for f in findings(en, ps)}


PAIRS = [
    # "must not be more than two" = "at most two"; "more than two" with no bound is wrong
    # ("no more than" / "not more than" are weak idioms of negators.tsv: never NEG-MISSING)
    ("The daily dose must not be more than two tablets.",
     "ورځنی دوز باید تر ډېره دوه ګولۍ وي.",
     "ورځنی دوز باید له دوو ګولیو زیات وي.", "NEG-MISSING"),
    # "tar X pore" (up to X) bounds the number as well
    ("The loan must not exceed ten thousand afghanis.",
     "پور باید تر لسو زرو افغانیو پورې وي.",
     "پور باید له لسو زرو افغانیو زیات وي.", "NEG-MISSING"),
    # -less with a three-letter base (use-less): بې ګټې is right, ګټور (useful) is the lost affix
    ("These old maps are useless.",
     "دا زاړه نقشې بې ګټې دي.",
     "دا زاړه نقشې ګټورې دي.", "NEG-AFFIX"),
    ("The new test is painless for children.",
     "نوې ازموینه د ماشومانو لپاره بې درده ده.",
     "نوې ازموینه د ماشومانو لپاره دردناکه ده.", "NEG-AFFIX"),
]


@pytest.mark.parametrize("en,ok,bad,code", PAIRS)
def test_the_correct_rendering_is_clean(en, ok, bad, code):
    assert not codes(en, ok) & {"NEG-MISSING", "NEG-ADDED", "NEG-AFFIX", "NEG-POLARITY"}


@pytest.mark.parametrize("en,ok,bad,code", PAIRS)
def test_the_wrong_rendering_is_caught(en, ok, bad, code):
    assert code in codes(en, bad)


def test_words_that_are_not_privatives_stay_quiet():
    # unless / bless / regardless have no listed base: no -less reading
    assert not codes("Stay home unless the fever drops.", "تر هغه چې تبه ټیټه نه شي کور کې پاتې شئ.") & {"NEG-AFFIX"}
    assert not codes("Regardless of the cost, the clinic stays open.",
                     "بې له دې چې لګښت څومره وي، کلینیک پرانیستی پاتې کېږي.") & {"NEG-AFFIX", "NEG-POLARITY"}
