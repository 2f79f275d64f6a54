"""Issue 11, item 3: names and units a careless translator gets wrong (stop 17, helper H5).

Each case is an English sentence with its correct Pashto, which must come out clean, and a
careless Pashto, which must be reported: a name replaced by a similar-sounding other name, a
demonym changed, a given name or surname replaced by another person's, a unit replaced while
the number stays (km ↔ miles, °C ↔ °F, kg ↔ pounds, MW ↔ GW, hectares ↔ acres, litres ↔
gallons, metres ↔ feet).  Every registered check runs, as a reviewer sees it.  The sentences
are written for this file; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from aligner.checks import run_checks
from tests.helpers import context_from_lines

NAME_CODES = {"ENTITY-MISMATCH", "ENTITY-MISSING", "ENTITY-SPELLING", "TERM-FORBIDDEN"}
UNIT_CODES = {"UNIT-MISMATCH"}


def reported(en: str, ps: str) -> set[str]:
    """Codes of every warning and error all registered checks give on one pair."""
    found = run_checks(context_from_lines([en], [ps]).result, {})
    return {f.code for f in found if f.severity in ("warning", "error")}


# (English, correct Pashto, careless Pashto, codes of which one must be reported)
CASES = [
    # --- a name replaced by a similar-sounding other name ---
    pytest.param("The minister travelled to Austria last week.",
                 "وزیر تېره اونۍ اتریش ته سفر وکړ.",
                 "وزیر تېره اونۍ استرالیا ته سفر وکړ.", NAME_CODES, id="austria-to-australia"),
    pytest.param("The delegation arrived in Slovakia on Tuesday.",
                 "پلاوی د سه شنبې په ورځ سلواکیا ته ورسېد.",
                 "پلاوی د سه شنبې په ورځ سلوانیا ته ورسېد.", NAME_CODES, id="slovakia-to-slovenia"),
    # --- a demonym changed ---
    pytest.param("Iranian officials met the delegation in Kabul on Monday.",
                 "ایراني چارواکو د دوشنبې په ورځ په کابل کې له پلاوي سره وکتل.",
                 "عراقي چارواکو د دوشنبې په ورځ په کابل کې له پلاوي سره وکتل.", NAME_CODES,
                 id="iranian-to-iraqi"),
    pytest.param("Swedish engineers built the new bridge.",
                 "سویډني انجینرانو نوی پل جوړ کړ.",
                 "سویسي انجینرانو نوی پل جوړ کړ.", NAME_CODES, id="swedish-to-swiss"),
    # --- a person's name part replaced by another person's ---
    # a surname that is also an English word (pence), after a title: still a name
    pytest.param("Vice President Mike Pence visited the troops in Kabul.",
                 "مرستیال ولسمشر مایک پېنس په کابل کې له سرتېرو سره ولیدل.",
                 "مرستیال ولسمشر مایک جانسن په کابل کې له سرتېرو سره ولیدل.", NAME_CODES,
                 id="common-word-surname-after-title"),
    # a short middle name (Jay ~ جې) between the given name and the replaced part
    pytest.param("Stephen Jay Gould wrote about evolution.",
                 "سټیفن جې ګولډ د تکامل په اړه لیکلي دي.",
                 "سټیفن جې مارټینز د تکامل په اړه لیکلي دي.", NAME_CODES, id="surname-after-middle-name"),
    pytest.param("Stephen Jay Gould wrote about evolution.",
                 "سټیفن جې ګولډ د تکامل په اړه لیکلي دي.",
                 "ولید جې ګولډ د تکامل په اړه لیکلي دي.", NAME_CODES, id="given-name-before-middle-name"),
    # the word in the given name's place sounds a little like the surname, which has its own
    # better rendering: it is no second rendering of the surname
    pytest.param("Joseph Frank Keaton was an American actor.",
                 "جوزف فرانک کیټون یو امریکایی لوبغاړی و.",
                 "کاوانو فرانک کیټون یو امریکایی لوبغاړی و.", NAME_CODES, id="given-name-sentence-initial"),
    # the surname's only near rendering is واکسین, which renders "vaccine"
    pytest.param("The study led by Neil Ferguson says a vaccine is needed.",
                 "د نیل فرګوسن په مشرۍ مطالعه وایي چې واکسین ته اړتیا ده.",
                 "د نیل کاوانو په مشرۍ مطالعه وایي چې واکسین ته اړتیا ده.", NAME_CODES,
                 id="surname-near-a-loanword"),
    # a one-word name before the noun of an institution named after it
    pytest.param("She studied medicine at Stanford University.",
                 "هغې د سټانفورډ په پوهنتون کې طب ولوست.",
                 "هغې د هارورډ په پوهنتون کې طب ولوست.", NAME_CODES, id="name-before-university"),
    # ... whose Pashto noun (پوهنتون) sounds a little like the name: no misspelling of it
    pytest.param("He teaches economics at Princeton University.",
                 "هغه د پرینسټون په پوهنتون کې اقتصاد تدریسوي.",
                 "هغه د بوکانن په پوهنتون کې اقتصاد تدریسوي.", NAME_CODES, id="name-like-its-institution-noun"),
    # another person's hyphenated name in a given name's place is one word, not its last piece
    pytest.param("The claimant is the son of Mohammad Karim.",
                 "مدعي د محمد کریم زوی دی.",
                 "مدعي د اولسن-لي کریم زوی دی.", NAME_CODES, id="hyphenated-name-in-given-names-place"),
    # a listed country is not heard in a word beginning unlike its listed forms (سینه, "chest")
    pytest.param("Many pneumonia patients were reported in Wuhan, China.",
                 "په چین کې د ووهان په ښار کې د سینه بغل ډېر ناروغان ثبت شول.",
                 "په ګانسو کې د ووهان په ښار کې د سینه بغل ډېر ناروغان ثبت شول.", NAME_CODES,
                 id="country-not-heard-in-common-word"),
    # --- a unit replaced, the number kept ---
    pytest.param("The new road between the two towns is 120 km long.",
                 "د دواړو ښارګوټو ترمنځ نوی سړک ۱۲۰ کیلومتره اوږد دی.",
                 "د دواړو ښارګوټو ترمنځ نوی سړک ۱۲۰ میله اوږد دی.", UNIT_CODES, id="km-to-miles"),
    pytest.param("In July the temperature in Jalalabad reached 45 °C.",
                 "د جولای په میاشت کې په جلال اباد کې تودوخه ۴۵ درجې سانتي ګراد ته ورسېده.",
                 "د جولای په میاشت کې په جلال اباد کې تودوخه ۴۵ درجې فارنهایټ ته ورسېده.", UNIT_CODES,
                 id="celsius-to-fahrenheit"),
    pytest.param("Each sack of flour weighs 50 kilograms.",
                 "د اوړو هره بوجۍ ۵۰ کیلوګرامه وزن لري.",
                 "د اوړو هره بوجۍ ۵۰ پونډه وزن لري.", UNIT_CODES, id="kg-to-pounds"),
    pytest.param("The dam will produce 800 megawatts of electricity.",
                 "دا بند به ۸۰۰ میګاواټه بریښنا تولید کړي.",
                 "دا بند به ۸۰۰ ګیګاواټه بریښنا تولید کړي.", UNIT_CODES, id="mw-to-gw"),
    pytest.param("Farmers planted saffron on 3,000 hectares of land.",
                 "بزګرانو په ۳۰۰۰ هکتاره ځمکه کې زعفران وکرل.",
                 "بزګرانو په ۳۰۰۰ ایکړه ځمکه کې زعفران وکرل.", UNIT_CODES, id="hectares-to-acres"),
    pytest.param("The tank holds 200 litres of water.",
                 "دا ټانک ۲۰۰ لیتره اوبه نیسي.",
                 "دا ټانک ۲۰۰ ګیلنه اوبه نیسي.", UNIT_CODES, id="litres-to-gallons"),
    pytest.param("The wall is 30 metres high.",
                 "دا دېوال ۳۰ متره لوړ دی.",
                 "دا دېوال ۳۰ فټه لوړ دی.", UNIT_CODES, id="metres-to-feet"),
]


@pytest.mark.parametrize("en, good, bad, codes", CASES)
def test_careless_name_or_unit_caught_correct_clean(en, good, bad, codes):
    assert reported(en, good) == set()
    assert reported(en, bad) & codes


def test_spelling_of_listed_name_without_its_first_vowel_still_found():
    # a listed country written without the vowel before s + consonant (سپین for اسپانیا), or
    # with ch as sh, still begins like its listed forms: no missing name
    assert reported("Spain and Portugal closed their border.", "سپين او پرتګال خپله پوله وتړله.") == set()
    assert reported("The port of Chabahar handles Afghan transit goods.",
                    "د شابهار بندر د افغانستان ترانزیټي توکي لېږدوي.") == set()
