"""Issue 11, item 3: Pashto number words in every inflected form, compounds and ordinals.

Each case is a real sentence pair: the correct translation must come out clean (no number or
date warning/error), and the same translation with one number word changed (in the same
inflection) must be reported by a number code.  The homographs of number words (یو "a", نه
"not"/"from", نوی "new", دري "Dari", زر "gold", درې/درو "valleys") stay clean.
"""
from __future__ import annotations

import pytest

from aligner.checks.dates import DateExtra, DateMismatch, DateMissing
from aligner.checks.numbers import NumberApproximation, NumberExtra, NumberMismatch, NumberMissing, UnitMismatch
from aligner.lang.quantities import extract_quantities
from tests.helpers import context_from_lines

CHECKS = (NumberMismatch, NumberMissing, NumberExtra, UnitMismatch, NumberApproximation,
          DateMismatch, DateMissing, DateExtra)


def reported(en: str, ps: str) -> list[str]:
    """Codes of the number and date warnings/errors on a one-line pair."""
    ctx = context_from_lines([en], [ps])
    return sorted(f.code for check in CHECKS for f in check().run(ctx) if f.severity in ("warning", "error"))


# (English, correct Pashto, the Pashto with one number word changed in the same form)
CHANGED = [
    # direct and oblique forms in the place of digits
    ("Two soldiers were wounded in the attack.", "په برید کې دوه سرتېري ټپیان شول.",
     "په برید کې درې سرتېري ټپیان شول."),
    ("The talks lasted for two days.", "خبرې اترې دوو ورځو ته وغځېدې.", "خبرې اترې دریو ورځو ته وغځېدې."),
    ("Four districts were affected by the floods.", "څلور ولسوالۍ د سېلابونو له امله زیانمنې شوې.",
     "پنځه ولسوالۍ د سېلابونو له امله زیانمنې شوې."),
    ("Aid was sent to four provinces.", "څلورو ولایتونو ته مرستې ولېږل شوې.", "پنځو ولایتونو ته مرستې ولېږل شوې."),
    ("Ten schools were reopened.", "لس ښوونځي بیا پرانیستل شول.", "دولس ښوونځي بیا پرانیستل شول."),
    ("The patient was treated for ten days.", "ناروغ لسو ورځو لپاره درملنه شو.", "ناروغ دولسو ورځو لپاره درملنه شو."),
    ("Twenty families received food.", "شل کورنیو خواړه ترلاسه کړل.", "دېرش کورنیو خواړه ترلاسه کړل."),
    ("The law was amended after twenty years.", "قانون له شلو کلونو وروسته تعدیل شو.",
     "قانون له دېرشو کلونو وروسته تعدیل شو."),
    ("A hundred people attended the meeting.", "په غونډه کې سل کسانو ګډون وکړ.", "په غونډه کې دوه سوه کسانو ګډون وکړ."),
    ("Seventy villages were without water.", "اویا کلي بې اوبو وو.", "اتیا کلي بې اوبو وو."),
    ("The disease spread in seventy villages.", "ناروغي په اویاو کلیو کې خپره شوه.",
     "ناروغي په اتیاو کلیو کې خپره شوه."),
    # homograph number words before a counted noun: درو "valleys", دري "Dari", اوو
    ("The clinic is open for three days.", "کلینیک درو ورځو لپاره پرانیستی دی.",
     "کلینیک څلورو ورځو لپاره پرانیستی دی."),
    ("The meeting lasted three days.", "غونډه دري ورځې دوام وکړ.", "غونډه څلور ورځې دوام وکړ."),
    ("The vaccine was given to seven children.", "واکسین اوو ماشومانو ته ورکړل شو.",
     "واکسین اتو ماشومانو ته ورکړل شو."),
    # an oblique homograph (اوو) agreeing with an oblique plural noun it counts (سیالیو)
    ("We will hold five fights instead of seven.", "موږ به د اوو سیالیو په ځای پنځه سیالۍ ولرو.",
     "موږ به د اتو سیالیو په ځای پنځه سیالۍ ولرو."),
    ("We will hold five fights instead of six.", "موږ به د شپږو سیالیو په ځای پنځه سیالۍ ولرو.",
     "موږ به د اوو سیالیو په ځای پنځه سیالۍ ولرو."),
    # compounds: tens after a unit, "and a half", 90s, hundreds with a scale, lakh
    ("Twenty-one people were arrested.", "یو ویشت کسان ونیول شول.", "دوه ویشت کسان ونیول شول."),
    ("The building is twenty-nine years old.", "ودانۍ نه ویشت کاله زړه ده.", "ودانۍ اته ویشت کاله زړه ده."),
    ("Ninety-two students passed the exam.", "دوه نوي زده کوونکو ازموینه بریالۍ کړه.",
     "درې نوي زده کوونکو ازموینه بریالۍ کړه."),
    ("The project took two and a half years.", "پروژه دوه نیم کاله ونیوله.", "پروژه درې نیم کاله ونیوله."),
    ("The road is three and a half kilometres long.", "سړک درې نیم کیلومتره اوږد دی.",
     "سړک څلور نیم کیلومتره اوږد دی."),
    ("Five thousand doses arrived.", "پنځه زره دوزونه راورسېدل.", "شپږ زره دوزونه راورسېدل."),
    ("About 200,000 people were displaced.", "شاوخوا دوه لکه خلک بې ځایه شول.", "شاوخوا درې لکه خلک بې ځایه شول."),
    # ordinals and their inflections
    ("This is the second phase of the programme.", "دا د پروګرام دوهم پړاو دی.", "دا د پروګرام درېیم پړاو دی."),
    ("The second round begins today.", "دویمه دوره نن پیل کېږي.", "درېیمه دوره نن پیل کېږي."),
    ("He finished third in the race.", "هغه په سیالۍ کې دریم شو.", "هغه په سیالۍ کې څلورم شو."),
    ("It happened in the fourth week.", "دا په څلورمه اونۍ کې وشول.", "دا په پنځمه اونۍ کې وشول."),
    ("The goal came in the first half.", "ګول په لومړۍ نیمایي کې وشو.", "ګول په دوهمه نیمایي کې وشو."),
    ("She came in seventh.", "هغه اوومه شوه.", "هغه اتمه شوه."),
    ("They are in the 21st century.", "دوی په یوویشتمه پېړۍ کې دي.", "دوی په دوه ویشتمه پېړۍ کې دي."),
    ("Students of the third grades took part.", "د دریمو ټولګیو زده کوونکو ګډون وکړ.",
     "د څلورمو ټولګیو زده کوونکو ګډون وکړ."),
    # a number word with its digits restated in brackets (legal style): either one changed
    ("Appeals are filed within thirty (30) days.", "شکایتونه په دېرشو (۳۰) ورځو کې ثبتېږي.",
     "شکایتونه په شلو (۳۰) ورځو کې ثبتېږي."),
    ("The notice is given five (5) days in advance.", "خبرتیا پنځه (۵) ورځې مخکې ورکول کېږي.",
     "خبرتیا پنځه (۶) ورځې مخکې ورکول کېږي."),
    # a numbered article or chapter is an ordinal in Pashto
    ("Article 3 – Conditions", "درېیمه ماده – شرطونه", "څلورمه ماده – شرطونه"),
    ("This regulation is issued under Article 12 of the Law.",
     "دا مقرره د قانون د دولسمې مادې له مخې صادرېږي.", "دا مقرره د قانون د دیارلسمې مادې له مخې صادرېږي."),
    ("Chapter One: General Provisions", "لومړی فصل: عمومي حکمونه", "دوهم فصل: عمومي حکمونه"),
]


@pytest.mark.parametrize("en,ps,changed", CHANGED, ids=[c[0][:40] for c in CHANGED])
def test_number_word_clean_and_changed(en, ps, changed):
    assert reported(en, ps) == [], "the correct translation must be clean"
    assert any(c.startswith("NUM-") for c in reported(en, changed)), f"not caught: {changed}"


def test_english_ordinal_changed():
    """The English side changed: "third" where the Pashto says دوهم."""
    assert reported("This is the second phase.", "دا دوهم پړاو دی.") == []
    assert "NUM-MISMATCH" in reported("This is the third phase.", "دا دوهم پړاو دی.")


# homographs of number words in correct translations: nothing to report
CLEAN = [
    ("A man came from Kabul.", "یو سړی له کابل نه راغی."),           # یو "a", نه "from"
    ("He is a doctor.", "هغه یو ډاکټر دی."),
    ("He did not come from the city.", "هغه له ښار نه رانغی."),
    ("He has not arrived yet.", "هغه لا نه دی راغلی."),
    ("Nine people were injured.", "نهه کسان ټپیان شول."),
    ("Happy New Year!", "نوی کال مو مبارک!"),                          # نوی "new", not 90
    ("Two new schools were built.", "دوه نوي ښوونځي جوړ شول."),        # not 92
    ("Dari is spoken in Kabul.", "دري ژبه په کابل کې ویل کېږي."),     # Dari, not 3
    ("Gold prices rose sharply.", "د سرو زرو بیې ډېرې لوړې شوې."),      # gold, not 1000
    ("They walked in the valleys for days.", "دوی د ورځو لپاره په درو کې ګرځېدل."),
    ("Las Vegas is a city in Nevada.", "لاس ویګاس د نیواډا یو ښار دی."),
    ("First, wash your hands with soap.", "لومړی خپل لاسونه په صابون ومینځئ."),
    ("Secondly, the law applies to everyone.", "دوهم دا چې قانون په ټولو پلي کېږي."),
    ("This happened during the Second World War.", "دا د دوهمې نړیوالې جګړې پر مهال وشول."),
    ("For the first time in ten years, the river froze.", "په لسو کلونو کې د لومړي ځل لپاره سیند یخ شو."),
    ("Take two tablets three times a day.", "په ورځ کې درې ځله دوه ګولۍ وخورئ."),
    ("one and a half million people", "یو نیم میلیون خلک"),
    ("Abercrombie is in his first season.", "ابریکرومبي په خپل لمړي سیزن کې دی."),   # لمړی = لومړی
    ("He was seventh at the end of the race.", "هغه د سیالۍ په پای کې اوم و."),       # اوم = اووم
]


@pytest.mark.parametrize("en,ps", CLEAN, ids=[c[0][:40] for c in CLEAN])
def test_homographs_and_correct_translations_clean(en, ps):
    assert reported(en, ps) == []


def test_readings():
    """What the parser reads: the forms as values, the homographs as 'maybe' at most."""
    def read(s):
        return [(q.text, q.value, q.kind, q.maybe) for q in extract_quantities(s, "ps", include_labels=True)]
    assert read("په اویاو کلیو کې") == [("اویاو", 70, "number", False)]
    assert read("په درو ورځو کې") == [("درو ورځو", 3, "measure", False)]   # ورځو: a duration unit
    assert read("د درو په منځ کې") == [("درو", 3, "number", True)]           # valleys: only if the English agrees
    assert read("نوی کال") == [("نوی", 90, "number", True)]
    assert read("د اوو سیالیو په ځای") == [("اوو", 7, "number", False)]     # agrees with سیالیو
    assert read("د درو او غرونو") == [("درو", 3, "number", True)]           # "and" is no noun
    q = extract_quantities("دوه نوي کورونه", "ps")[0]
    assert (q.text, q.readings) == ("دوه نوي", (2, 92))                     # two new, or 92
    assert [(q.value, q.kind) for q in extract_quantities("Article 12 of the Law", "en", include_labels=True)] \
        == [(12, "ordinal")]
    assert [(q.value, q.kind) for q in extract_quantities("د دریمو ټولګیو", "ps")] == [(3, "ordinal")]
