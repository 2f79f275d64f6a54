"""Probes of helper H6 (stop 17, after the nllbseed2 first contact): sentences written for this
file, none taken from a corpus.

Numbers: a number word inside a title kept in Latin script in the Pashto; three written درے (the
final ے of the Peshawar and Urdu-lettered spelling); shapes named by their corners (څلور ګوټه,
square) and grades (third-rate) are no counts.  Dates: the ordinal suffix مې / می before لسیزه
(the 1990s) is not the month May.  Latin script kept: a translation that keeps names and terms in
Latin is no copy; a lower-case word inside a title or name kept in title case, an acronym's
expansion after it in brackets, an English word beside its rendering by sound are not
untranslated.  Each correct pair comes out clean; the wrong one is still caught.
"""
import pytest

from aligner.checks import run_checks
from tests.helpers import context_from_lines


def codes(en: str, ps: str, select: list[str]) -> list[str]:
    ctx = context_from_lines([en], [ps])
    return sorted(f.code for f in run_checks(ctx.result, {"select": select}))


PROBES = [
    # a number word inside a title kept in Latin script
    (["NUM"], "Her next film was Three Days of Rain (1998).",
     "د هغې بل فلم په (1998) کې Three Days of Rain و.", []),
    (["NUM"], "Her next film lasted three days.", "د هغې بل فلم یوه ورځ دوام وکړ.", ["NUM-MISSING"]),
    # درے for درې
    (["NUM"], "The temple was built around 300 BC.", "دا معبد تقریباً درے سوه کاله مخکې له میلاده جوړ شو.", []),
    (["NUM"], "The temple was built around 300 BC.", "دا معبد تقریباً درے زره کاله مخکې له میلاده جوړ شو.",
     ["NUM-MISMATCH"]),
    # shapes named by their corners, grades
    (["NUM"], "The tower was square and tall.", "برج څلور ګوټه او لوړ و.", []),
    (["NUM"], "The tower had four floors.", "برج پنځه پوړونه درلودل.", ["NUM-MISMATCH"]),
    (["NUM"], "They played in third-rate theatres.", "دوی په بې ارزښته تیاترونو کې لوبې کولې.", []),
    (["NUM"], "They played in three theatres.", "دوی په بې ارزښته تیاترونو کې لوبې کولې.", ["NUM-MISSING"]),
    # the ordinal suffix before لسیزه is no month
    (["DATE", "NUM"], "The style spread in the 1990s.", "دا سبک د ۱۹۹۰ مې لسیزې په اوږدو کې خپور شو.", []),
    (["DATE", "NUM"], "The style spread in the 1980s.", "دا سبک د 1990 می لسیزې په اوږدو کې خپور شو.",
     ["NUM-MISMATCH"]),
    (["DATE"], "The law was passed in May 1990.", "قانون د ۱۹۹۰ مې په میاشت کې تصویب شو.", []),
    (["DATE"], "The law was passed in May 1990.", "قانون د ۱۹۹۱ مې په میاشت کې تصویب شو.", ["DATE-MISMATCH"]),
]


@pytest.mark.parametrize("select,en,ps,expected", PROBES, ids=[f"{i}-{p[1][:28]}" for i, p in enumerate(PROBES)])
def test_numbers_and_dates(select, en, ps, expected):
    assert codes(en, ps, select) == expected


LATIN = [
    # a translation keeping names and terms in Latin is no copy
    ("The film, directed by Sidney Lumet and produced by Henry Fonda, starred Henry Fonda, Lee J. Cobb, Ed Begley, "
     "E. G. Marshall, Jack Warden, Martin Balsam and John Fiedler.",
     "دغه فلم، د Sidney Lumet له خوا جوړ او د Henry Fonda له خوا تولید شوی، چې Henry Fonda, Lee J. Cobb, Ed Begley, "
     "E. G. Marshall, Jack Warden, Martin Balsam او John Fiedler پکې رولونه لوبولي.", []),
    ("The LED (light-emitting diode) was first shown by Nick Holonyak in 1962.",
     "LED (light-emitting diode په 1962 کې د Nick Holonyak له خوا لومړی ځل وښودل شو.", []),
    # an English sentence left in English with a Pashto opening is still a copy
    ("The play was written by Arthur Miller and staged in New York in 1949.",
     "دغه ډرامه: The play was written by Arthur Miller and staged in New York in 1949.",
     ["UNTRANS-COPY", "UNTRANS-SENTENCE"]),
    # small words of a title or name kept in title case
    ("He won an award for his role in Gone with the Wind.",
     "هغه په Gone with the Wind فلم کې د خپل رول له امله جایزه وګټله.", []),
    ("Buildings by Ludwig van Beethoven's admirers were rare.",
     "د Ludwig van Beethoven د مینه والو ودانۍ لږې وې.", []),
    ("He bought a wooden boat with the money.", "هغه په پیسو یوه wooden boat واخیسته.", ["UNTRANS-WORD"]),
    # an English word beside its rendering by sound
    ("The canon of the time was narrow.", "د هغه وخت کانن canon محدود و.", []),
    ("The canon of the time was narrow.", "د هغه وخت لړلیک canon محدود و.", ["UNTRANS-WORD"]),
]


@pytest.mark.parametrize("en,ps,expected", LATIN, ids=[f"{i}-{p[0][:28]}" for i, p in enumerate(LATIN)])
def test_latin_script_kept(en, ps, expected):
    assert codes(en, ps, ["UNTRANS"]) == expected


def test_a_reference_of_authors_with_initials_is_not_judged_a_copy():
    ref = "Khan, A., Durrani, S. and Wardak, M. (2019)."
    assert codes(ref, ref, ["UNTRANS-COPY"]) == []
    # a sentence with initials and English prose is still judged
    en = "The report by A. Khan and S. Durrani was published in 2019 by the ministry."
    assert codes(en, en, ["UNTRANS-COPY"]) == ["UNTRANS-COPY"]


def test_a_short_word_beside_a_pashto_word_of_like_sound_is_still_untranslated():
    # "care" sounds like کړي (does): a short English word next to a common Pashto word is no gloss
    assert codes("The clinic will provide primary care to the villagers.",
                 "کلینیک به کلیوالو ته لومړنۍ care کړي.", ["UNTRANS"]) == ["UNTRANS-WORD"]
