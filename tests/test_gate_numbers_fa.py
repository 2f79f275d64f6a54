"""Issue 11 §2-§3, numbers, units and dates on text the tool has never seen.

False-alarm kinds: each pair below is a correct translation (written for these tests in the style
of health, legal and news text) and must come out clean.  Recall kinds: each pair is a wrong
translation and must be caught with the code given.  34 of the 60 cases fail on the code before
this change; the others pin kinds the issue names that already held (currency words, compound
units, identifiers, unit swaps).
"""
from __future__ import annotations

import pytest

import aligner.checks.dates as date_checks
from aligner.checks.dates import DateExtra, DateMismatch, DateMissing
from aligner.checks.numbers import NumberApproximation, NumberExtra, NumberMismatch, NumberMissing, UnitMismatch
from aligner.lang.quantities import extract_quantities
from tests.helpers import context_from_lines

CHECKS = (NumberMismatch, NumberMissing, NumberExtra, UnitMismatch, NumberApproximation,
          DateMismatch, DateMissing, DateExtra)


def codes(en: str, ps: str) -> list[str]:
    ctx = context_from_lines([en], [ps])
    return sorted(f.code for check in CHECKS for f in check().run(ctx))


CLEAN = {
    # number words in their oblique forms, older spellings and glued forms
    "oblique teen": ("The court gives the defendant 15 days to reply.",
                     "محکمه مدعی علیه ته د ځواب لپاره پنځلسو ورځو وخت ورکوي."),
    "oblique nineteen": ("19 people were injured in the crash.", "په پېښه کې نولسو کسانو ته ژوبله ورسېده."),
    "oblique three": ("The textbooks are divided into 3 groups.", "درسي کتابونه پر درو ډلو وېشل شوي دي."),
    "oblique hundred": ("Kits were given to 100 families.", "سلو کورنیو ته کڅوړې ورکړل شوې."),
    "nine in twenty-nine": ("The outbreak reached 29 districts.", "خپرېدنه نه ویشتو ولسوالیو ته ورسېده."),
    "glued -year-old": ("In my 70 years of life I have not seen such a flood.",
                        "په خپل اویاکلن ژوند کې مې داسې سېلاب نه دی لیدلی."),
    "glued d + one": ("The fee is 1% of the price.", "فیس د بیې په سلو کې د دیوه فیصد دی."),
    "teen in two words": ("The clinic treated 18 children.", "کلینیک اته لس ماشومان درملنه کړل."),
    # South Asian counting
    "lakh in words": ("The society distributed 1.2 million water tablets.",
                      "ټولنې دولس لکه د اوبو د پاکولو ګولۍ ووېشلې."),
    "lakh and thousand in digits": ("The campaign reached 382,000 people.",
                                    "کمپاین ۳ لکه او ۸۲ زره کسانو ته ورسېد."),
    "lakh and thousand in words": ("He claims 350,000 afghanis in damages.",
                                   "هغه د زیان په توګه درې لکه او پنځوس زره افغانۍ غواړي."),
    "lakh after digits": ("The price of 1.5 million afghanis was not paid.", "د ۱۵ لکه افغانیو بیه ورنکړل شوه."),
    "crore": ("The bridge cost 20 million rupees.", "پل دوه کروړه روپۍ لګښت درلود."),
    # and a half
    "two and a half": ("The trip takes 2.5 hours.", "سفر دوه نیم ساعته وخت نیسي."),
    "one and a half": ("The project took one and a half years.", "پروژې یو نیم کال وخت ونیو."),
    # ordinals
    "ordinal old spelling": ("It began at the start of the 20th century.", "دا د شلمي پېړۍ په پیل کې پیل شو."),
    "ordinal with e": ("This was the 2nd round of the campaign.", "دا د کمپاین دوېم پړاو و."),
    # homographs
    "or written together": ("There is no record of the land or of the trees.",
                            "د ځمکې اويا د ونو په اړه هیڅ ثبت نشته."),
    "shoot, not twenty": ("The player hits the ball hard.", "لوبغاړی بال ویشتو ته چمتو دی."),
    "nine districts with na": ("Nine districts have remained free of cases.",
                               "نه ولسوالۍ له پېښو پاکې پاتې شوې دي."),
    "hundred per cent idiom": ("Nobody believes that all the news will be true.",
                               "هېڅوک باور نه لري چې ټول خبرونه به سل په سلو کې رښتیا وي."),
    "hundred thousands": ("Officials receive hundred thousands of dollars each month.",
                          "چارواکي هره میاشت په سلهاوو زرو ډالر ترلاسه کوي."),
    # identifiers and notations
    "phone number": ("For help, call 0700 123 456.", "د مرستې لپاره ۰۷۰۰۱۲۳۴۵۶ ته زنګ ووهئ."),
    "week of the year": ("Epidemiological week 23 of 2025.", "د ۲۰۲۵ کال ۲۳مه اپیډیمیولوژیکه اونۍ."),
    "model and standard": ("The X-200 pump is certified under ISO 9001 and IEC 60364.",
                           "د X-200 پمپ د ISO 9001 او IEC 60364 له مخې تصدیق شوی دی."),
    "version": ("Install version 3.2.1 of the software.", "د سافټویر 3.2.1 نسخه نصب کړئ."),
    # currency words and compound units
    "dollar word": ("Each kit costs $25.", "هره کڅوړه ۲۵ ډالره بیه لري."),
    "euro word": ("Each kit costs €25.", "هره کڅوړه ۲۵ یورو بیه لري."),
    "pound word": ("Each kit costs £25.", "هره کڅوړه ۲۵ پونډه بیه لري."),
    "cubic metres": ("The tank holds 20 cubic metres.", "ټانک ۲۰ متر مکعب ګنجایش لري."),
    # bounds
    "not less than = at least": ("The floor area shall be not less than 20 square metres.",
                                 "د فرش مساحت باید لږ تر لږه ۲۰ مربع متره وي."),
    "not less than, negated in Pashto": ("The floor area shall be not less than 20 square metres.",
                                         "د فرش مساحت باید له ۲۰ مربع مترو کم نه وي."),
    "not more than, negated": ("The dead could not be more than twenty.", "مړي له شلو زیات نه وو."),
    "must not exceed": ("The dose must not exceed 4 tablets a day.", "دوز باید په ورځ کې تر ډېره ۴ ګولۍ وي."),
    # fractions and multiples said the same way
    "third": ("A third of the land is dry.", "د ځمکې درېیمه برخه وچه ده."),
    "doubled": ("Prices doubled in a year.", "بیې په یوه کال کې دوه چنده شوې."),
    "twice": ("Output is twice as high.", "تولید دوه برابره لوړ دی."),
    "twofold": ("The pipeline will double the capacity.", "پایپلاین به ظرفیت دوه ګونه کړي."),
    "times, hyphenated": ("The five-times winner came back.", "پنځه ځله ګټونکی بېرته راغی."),
}


@pytest.mark.parametrize("kind", sorted(CLEAN))
def test_correct_translation_is_clean(kind):
    en, ps = CLEAN[kind]
    assert codes(en, ps) == []


CAUGHT = {
    "oblique word changed": ("The textbooks are divided into 3 groups.", "درسي کتابونه پر څلورو ډلو وېشل شوي دي.",
                             "NUM-MISMATCH"),
    "word for word": ("Three districts were affected.", "څلور ولسوالۍ اغېزمنې شوې.", "NUM-MISMATCH"),
    "oblique teen changed": ("The court gives fifteen days to reply.",
                             "محکمه د ځواب لپاره شپاړسو ورځو وخت ورکوي.", "NUM-MISMATCH"),
    "lakh changed": ("The society distributed 1.2 million tablets.", "ټولنې دیارلس لکه ګولۍ ووېشلې.",
                     "NUM-MISMATCH"),
    "half → third": ("Half of the children were vaccinated.", "د ماشومانو درېیمه برخه واکسین شول.",
                     "NUM-MISMATCH"),
    "third → quarter": ("A third of the land is dry.", "د ځمکې څلورمه برخه وچه ده.", "NUM-MISMATCH"),
    "doubled → tripled": ("Prices doubled in a year.", "بیې په یوه کال کې درې چنده شوې.", "NUM-MISMATCH"),
    "twice → three times": ("Output is twice as high.", "تولید درې برابره لوړ دی.", "NUM-MISMATCH"),
    "one and a half → two and a half": ("The project took one and a half years.", "پروژې دوه نیم کاله وخت ونیو.",
                                        "NUM-MISMATCH"),
    "multiple beside a range": ("Ratings have more than doubled to 1.05 million.",
                                "د لیدونکو شمېر درې چنده او ۱.۰۵ میلیون ته زیات شوی.", "NUM-MISMATCH"),
    "hyphenated times": ("The five-times winner came back.", "څلور ځله ګټونکی بېرته راغی.", "NUM-MISMATCH"),
    "count ↔ times": ("The team has lost six consecutive times.", "ټیم اته ځله وبایلله.", "NUM-MISMATCH"),
    "triple ↔ twofold": ("The pipeline will triple the capacity.", "پایپلاین به ظرفیت دوه ګونه کړي.",
                         "NUM-MISMATCH"),
    "km → miles": ("The road is 40 km long.", "سړک ۴۰ میله اوږد دی.", "UNIT-MISMATCH"),
    "litres → gallons": ("The tank holds 40 litres.", "ټانک ۴۰ ګیلنه ګنجایش لري.", "UNIT-MISMATCH"),
    "MW → GW": ("The plant produces 40 MW.", "فابریکه ۴۰ ګیګاواټه تولیدوي.", "UNIT-MISMATCH"),
    "hectares → acres": ("The farm covers 40 hectares.", "فارم ۴۰ ایکړه ځمکه لري.", "UNIT-MISMATCH"),
    "cubic metres → metres": ("The tank holds 20 cubic metres.", "ټانک ۲۰ متره ګنجایش لري.", "UNIT-MISMATCH"),
    "at least → at most": ("The floor area shall be not less than 20 square metres.",
                           "د فرش مساحت باید تر ډېره ۲۰ مربع متره وي.", "NUM-APPROX"),
}


@pytest.mark.parametrize("kind", sorted(CAUGHT))
def test_wrong_translation_is_caught(kind):
    en, ps, code = CAUGHT[kind]
    assert code in codes(en, ps)


def test_homographs_are_numbers_only_for_the_checker():
    # اويا "or" and درو alone are read only as "maybe" quantities, and only for the checker
    assert extract_quantities("د ځمکې اويا د ونو شمېر", "ps") == []
    q, = extract_quantities("د ځمکې اويا د ونو شمېر", "ps", include_labels=True)
    assert q.maybe and q.value == 70
    q, = extract_quantities("اویا زره کسان", "ps")
    assert q.value == 70_000 and not q.maybe
    # نه is nine only before ویشت, a hundred or a scale word
    assert [q.value for q in extract_quantities("هغه نه ویشت کلن دی", "ps")] == [29]
    assert extract_quantities("هغه نه دی راغلی", "ps") == []


def test_dates_are_found_once_per_text(monkeypatch):
    """The number and the date checks share one date finding per text (CheckContext.shared)."""
    import aligner.checks.numbers as numbers
    calls = []
    real = date_checks.find_dates

    def counting(text, lang):
        calls.append((text, lang))
        return real(text, lang)

    monkeypatch.setattr(date_checks, "find_dates", counting)
    monkeypatch.setattr(numbers, "_find_dates", counting)
    ctx = context_from_lines(["On 9 June 2025, 40 people came."], ["د ۲۰۲۵ کال د جون په ۹مه، ۴۰ کسان راغلل."])
    found = [f for check in CHECKS for f in check().run(ctx)]
    assert found == []
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 2
