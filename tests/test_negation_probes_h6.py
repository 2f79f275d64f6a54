"""Negation probes of helper H6 (stop 17, after the nllbseed2 first contact): sentences written
for this file, none taken from a corpus.

Kinds: the postposition نه "from" closing a د-phrase before another د-phrase, before an
adjective that takes "from" (different, separate) with its copula, and after nouns joined by
یا / او; English words negative by an in- prefix or by meaning (inflexible, inexact,
teetotaler, exclusion) said by a Pashto negated verb or noun; a verb negated by dis- (dislike)
said with a negated verb beside an unrelated privative.  A correct pair must come out clean; a
pair whose negation is really added or lost must still be caught.
"""
import pytest

from tests.test_gate_negation import neg_codes

PROBES = [
    # نه "from" before another د-phrase
    ("The meaning of the whole is built from its parts.", "د هغه د برخو نه د ټول مفهوم جوړېږي.", []),
    ("He asked his students to write a letter.", "هغه د خپلو زده کوونکو نه د یو لیک د لیکلو غوښتنه وکړه.", []),
    ("The meaning of the whole is built from its parts.", "د هغه د برخو نه د ټول مفهوم نه جوړېږي.", ["NEG-ADDED"]),
    # نه "from" before an adjective of separation and its copula
    ("The new method is different from the old one.", "نوې طریقه زوړ میتود نه مختلفه ده.", []),
    ("The new method is different from the old one.", "نوې طریقه د زوړ میتود نه مختلفه نه ده.", ["NEG-ADDED"]),
    # نه "from" after nouns joined by یا inside one د-phrase
    ("Grain was brought from the village or the market.", "غله به د کلي یا بازار نه راوړې شوې.", []),
    ("Food was brought from Pakistan and Iran.", "خوراکي توکي د پاکستان او ایران نه راوړل شوي دي.", []),
    ("Grain was brought from the village or the market.", "غله به د کلي یا بازار څخه نه راوړې شوې.",
     ["NEG-ADDED"]),
    # English negative by prefix or meaning, Pashto by a negated verb
    ("Prices are relatively inflexible in the short run.", "په لنډ مهال کې بیې نسبتاً انعطاف منونکې نه وي.", []),
    ("Prices are relatively flexible in the short run.", "په لنډ مهال کې بیې نسبتاً انعطاف منونکې نه وي.",
     ["NEG-ADDED"]),
    ("The copy was inexact.", "دا کاپي دقیقه نه وه.", []),
    ("The copy was exact.", "دا کاپي دقیقه نه وه.", ["NEG-ADDED"]),
    ("My father is a teetotaler.", "زما پلار هېڅ شراب نه څښي.", []),
    ("My father is a heavy drinker.", "زما پلار هېڅ شراب نه څښي.", ["NEG-ADDED"]),
    # dis- verbs said by a negated verb beside a privative for another word
    ("He disliked the noisy city.", "هغه بې ارامه ښار نه خوښاوه.", []),
    ("He liked the noisy city.", "هغه بې ارامه ښار نه خوښاوه.", ["NEG-ADDED"]),
    # exclusion said by its noun
    ("Some children face exclusion from school.", "ځینې ماشومان له ښوونځي څخه د اخراج سره مخ دي.", []),
    ("Some children face exclusion from school.", "ځینې ماشومان په ښوونځي کې له ستونزو سره مخ دي.", ["NEG-MISSING"]),
]


@pytest.mark.parametrize("en,ps,codes", PROBES, ids=[f"{i}-{p[0][:30]}" for i, p in enumerate(PROBES)])
def test_probe(en, ps, codes):
    assert neg_codes(en, ps) == codes


def test_a_negation_after_a_closed_from_phrase_is_kept():
    # "له X څخه نه جلا کوي" (does not separate from X): the phrase has its postposition already
    assert neg_codes("This filter does not separate the virus from the blood.",
                     "دا فلټر ویروس له وینې څخه نه جلا کوي.") == []
    assert neg_codes("This filter separates the virus from the blood.",
                     "دا فلټر ویروس له وینې څخه نه جلا کوي.") == ["NEG-ADDED"]


def test_a_negation_word_ending_a_title_in_title_case_negates_nothing():
    # "her film Now or Never" rendered by sound: no negation lost; a lower-case never still counts
    assert neg_codes("She became famous with her 1925 film Now or Never.",
                     "هغه په ۱۹۲۵ کال د خپل فلم ناو اور نېور سره مشهوره شوه.") == []
    assert neg_codes("She said she would act again now or never.",
                     "هغې وویل چې بیا به اوس اداکاري وکړي.") == ["NEG-MISSING"]


def test_a_contrastive_not_said_by_a_word_of_contrast():
    # "X, not Y" ↔ "د Y برخلاف X" (contrary to Y): the contrast is kept
    assert neg_codes("Prices on the map are given in dollars, not the local currency.",
                     "په نقشه کې د محلي پیسو برخلاف بیې په ډالرو ورکړل شوې دي.") == []
    assert neg_codes("Prices on the map are given in dollars, not the local currency.",
                     "په نقشه کې بیې په ډالرو او محلي پیسو ورکړل شوې دي.") == ["NEG-MISSING"]


def test_a_na_right_after_a_coordinator_negates_the_next_member():
    # "د X تولید او نه ویشلو" (produce and do not distribute): the نه after او is no postposition
    assert neg_codes("Many firms make and sell bicycles.", "ډېر شرکتونه د بایسکلونو تولید او نه پلورلو.") \
        == ["NEG-ADDED"]


def test_a_negated_compound_verb_before_an_infinitive_is_a_negation():
    """"کار نه اخیستل کېږي" (is not used: the compound کار اخیستل negated) is no "taken from work":
    before an infinitive, a نه reads as "from" only after a noun in the oblique."""
    assert neg_codes("This tool cannot be used on old computers.",
                     "له دې وسیلې څخه په زړو کمپیوټرونو کې کار نه اخیستل کېږي.") == []
    assert "NEG-MISSING" in neg_codes("This tool cannot be used on old computers.",
                                      "له دې وسیلې څخه په زړو کمپیوټرونو کې کار اخیستل کېږي.")
    assert neg_codes("These samples were taken from the patients' blood.",
                     "دا نمونې د ناروغانو د وینې نه اخیستل شوې.") == []
