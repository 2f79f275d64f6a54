"""Issue 11 §2-§3, numbers, units and dates: one sentence pair per kind, written the way a
careful translator renders it (must come out clean) and the way a careless one errs (must be
caught).  Each pair exercises a mechanism, not a listed sentence: South Asian counting, number
words in every inflected form, "and a half", ordinals, digits of codes, currency symbols as
words, percent as words, approximations, decades and centuries, Solar Hijri years beside or
instead of Gregorian ones, ranges, units replaced while the number stays, and Pashto unit word
order.  Also pins ``Finding.strength`` of the number codes (checks/numbers.py:
``evidence_strength``)."""
from __future__ import annotations

import pytest

from tests.test_gate_numbers import findings

CLEAN = [
    # South Asian counting and scale words
    ("The project cost 500,000 rupees.", "د پروژې لګښت پنځه لکه روپۍ و."),
    ("The budget is 20 million rupees.", "بودیجه دوه کروړه روپۍ ده."),
    ("Rs 10 crore was spent.", "لس کروړه روپۍ ولګول شوې."),
    ("120,000 people", "یو لک او شل زره خلک"),
    ("in 2020, about 1.5 million", "په ۲۰۲۰ کې، شاوخوا ۱۵ لکه"),
    ("About 5,000 people attended the meeting.", "شاوخوا پنځه زره کسانو په غونډه کې ګډون وکړ."),
    ("1,500 people", "یو زر پنځه سوه خلک"),
    ("1,500 people", "زر او پنځه سوه خلک"),                      # زر "and" …: the number, not "gold"
    ("1,500 people", "یو زر او پنځه سوه خلک"),
    ("More than 3 million people were displaced.", "له درې میلیونه ډېر خلک بې ځایه شول."),
    ("More than 3 million people were displaced.", "له ۳ ملیونه ډېر خلک بې ځایه شول."),
    ("The bank lent $2 billion.", "بانک دوه بلیونه ډالر پور ورکړ."),
    ("The bank lent $2 billion.", "بانک ۲ ملیارده ډالر پور ورکړ."),
    ("The budget is 2 billion rupees.", "بودیجه دوه اربه روپۍ ده."),      # ارب, the Urdu billion
    ("10,000 soldiers", "لس هزار سرتېري"),                           # هزار, the Dari thousand
    ("half a million people", "نیم میلیون خلک"),
    ("in the year 2000", "په دوه زرم کال کې"),                      # the 2000th year, not 2/1000
    ("He tried twice.", "هغه دوه ځلې هڅه وکړه."),
    ("a 50-50 chance", "نیمایي چانس"),                               # even odds, not two fifties
    ("The match ended 1-1.", "لوبه مساوي پای ته ورسېده."),
    ("the first time", "اول ځل"),                                    # Dari ordinals
    ("for 15 days", "د پنځلسو ورځو لپاره"),
    # "and a half"
    ("He spent two and a half years in prison.", "هغه دوه نیم کاله په زندان کې تېر کړل."),
    ("He spent 2.5 years in prison.", "هغه دوه نیم کاله په زندان کې تېر کړل."),
    ("The population is 3.5 million.", "نفوس درې نیم میلیونه دی."),
    ("The road is 1.5 km long.", "سړک یو نیم کیلومتره اوږد دی."),
    ("$1.5 billion", "یو نیم میلیارد ډالره"),
    # the decimal point in words, fractions as "x over the y-th part"
    ("The city has a population of about 4.6 million.", "د ښار نفوس شاوخوا څلور اعشاریه شپږ میلیونه دی."),
    ("four point six million people", "۴.۶ میلیونه خلک"),
    ("three-quarters of the land", "د ځمکې درې پر څلورمه برخه"),
    ("two-thirds of the members", "د غړو دوه پر دریمه برخه"),
    # ordinals
    ("The 5th round of talks began.", "د خبرو پنځم پړاو پیل شو."),
    ("This is the second time.", "دا دویم ځل دی."),
    ("the 20th anniversary", "شلمه کلیزه"),
    ("in the 21st century", "په یوویشتمه پیړۍ کې"),
    ("under Article 12 of the law", "د قانون د ۱۲مې مادې له مخې"),
    # number words in their inflected forms
    ("It happened in two provinces.", "دا په دوو ولایتونو کې پېښ شول."),
    ("Fighting continued in four districts.", "جګړه په څلورو ولسوالیو کې دوام درلود."),
    ("After 10 days he returned.", "له لسو ورځو وروسته بېرته راغی."),
    ("He worked there for 20 years.", "هغه هلته د شلو کلونو لپاره کار وکړ."),
    ("The group of 100 people left.", "د سلو کسانو ډله لاړه."),
    ("The treatment takes 5 to 7 days.", "درملنه له پنځو تر اوو ورځو وخت نیسي."),
    ("65 years old", "پنځه شپېته کلن"),
    # digits of codes, identifiers, notations
    ("The company is certified to ISO 9001.", "شرکت د ایزو ۹۰۰۱ سند لري."),
    ("The COVID-19 vaccine arrived.", "د کووید-۱۹ واکسین ورسېد."),
    ("The COVID-19 vaccine arrived.", "د کرونا واکسین ورسېد."),
    ("The H1N1 virus spread.", "د H1N1 ویروس خپور شو."),
    ("The computer runs Windows 10.", "کمپیوټر وینډوز ۱۰ چلوي."),
    ("Print it on A4 paper.", "دا په اې فور کاغذ چاپ کړئ."),
    ("The cases rose in week 32 of 2023.", "پېښې د ۲۰۲۳ کال په ۳۲مه اونۍ کې زیاتې شوې."),
    ("Read chapter 2, verse 255.", "دوهم فصل، ۲۵۵ آیت ولولئ."),
    ("The G7 summit opened.", "د اوو صنعتي هېوادونو غونډه پیل شوه."),
    ("a Boeing 737 crashed", "یوه بوینګ ۷۳۷ الوتکه ولوېده"),
    ("Surah Al-Baqarah 2:255", "د البقره سورت ۲۵۵ آیت"),          # chapter:verse, not a clock
    ("Psalm 23:4", "د زبور ۲۳مه سندره، ۴ آیت"),
    ("a 24/7 service", "شپه او ورځ خدمت"),                          # a notation, not 24 ÷ 7
    ("a 10-year-old girl", "یوه لس کلنه نجلۍ"),                     # یوه "a", not 11
    ("Forty-year-old man", "یو څلوېښت کلن سړی"),
    # currency symbols as words, percent as words
    ("It costs $5 million.", "دا پنځه میلیونه ډالره لګښت لري."),
    ("It costs £300.", "دا ۳۰۰ پونډه لګښت لري."),
    ("It costs €40.", "دا ۴۰ یورو لګښت لري."),
    ("$10 million", "لس میلیونه امریکايي ډالر"),
    ("AFN 2,000", "دوه زره افغانۍ"),
    ("Prices rose by 40 percent.", "بیې ۴۰ فیصده لوړې شوې."),
    ("Prices rose by 40%.", "بیې څلوېښت سلنه لوړې شوې."),
    # approximations
    ("About 300 people died.", "شاوخوا ۳۰۰ کسان مړه شول."),
    ("About 300 people died.", "نږدې درې سوه کسان مړه شول."),
    ("nearly 1,234,567 people", "نږدې ۱.۲ میلیونه کسان"),          # the translation rounds
    # decades and centuries
    ("The house was built in the 1890s.", "کور د ۱۸۹۰ لسیزې کې جوړ شو."),
    ("in the 1990s", "د نوي لسیزې په اوږدو کې"),                   # the nineties, not "new"
    ("in the 1990s", "د ۹۰مې لسیزې په اوږدو کې"),
    ("in the 1980s", "د اتیایمې لسیزې په اوږدو کې"),
    ("It dates from the 19th century.", "دا د نولسمې پیړۍ ده."),
    # Solar Hijri years instead of or beside Gregorian ones
    ("The law was passed in 2021.", "قانون په ۱۴۰۰ لمریز کال تصویب شو."),
    ("Afghanistan's 2004 constitution", "د افغانستان د ۱۳۸۲ کال اساسي قانون"),
    ("In 1996, the Taliban took Kabul.", "په ۱۳۷۵ ل کال طالبانو کابل ونیو."),
    # a number in words and its figure restated in brackets are one quantity, either way round
    ("The contract runs for forty days.", "قرارداد د څلوېښتو (۴۰) ورځو لپاره دی."),
    ("The fee is 50 afghanis.", "فیس ۵۰ (پنځوس) افغانۍ دی."),
    ("The meeting is on 9 June 2025.", "غونډه د ۱۴۰۴ کال د جوزا په ۱۹مه (۹ جون ۲۰۲۵) ده."),
    ("It ran from 10 to 24 September 2025 (19 Sunbula to 2 Mizan 1404).",
     "دا د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۴ پورې (د ۱۴۰۴ کال د سنبلې له ۱۹ نه د میزان تر ۲ پورې) وه."),
    ("He came on June 9 and left on June 19.", "هغه د جون په ۹ راغی او په ۱۹ لاړ."),
    ("Week 23 of 2025 (1–7 June 2025)", "د ۲۰۲۵ کال ۲۳مه اونۍ (۱۱–۱۷ جوزا ۱۴۰۴، ۱–۷ جون ۲۰۲۵)"),
    # ranges and seasons
    ("The treatment takes 5-7 days.", "درملنه ۵ تر ۷ ورځې وخت نیسي."),
    ("the 2022/23 season", "د ۲۰۲۲-۲۰۲۳ فصل"),
    ("the 2022-23 season", "د ۲۰۲۲-۲۳ فصل"),
    ("in 2019–21", "په ۲۰۱۹-۲۰۲۱ کلونو کې"),
    # units, Pashto word order (the adjective after the unit word)
    ("The lake covers 5 square kilometres.", "جهيل ۵ کیلومتره مربع ساحه لري."),
    ("The dam holds 2 million cubic metres of water.", "بند دوه میلیونه متر مکعب اوبه لري."),
    ("The pump delivers 40 m³ per hour.", "پمپ په یوه ساعت کې ۴۰ متر مکعبه اوبه ورکوي."),
    ("10,000 square metres", "لس زره متر مربع"),
    ("5 km²", "۵ کیلو متره مربع"),                                  # the adjective after any length unit
    ("5 cubic centimetres", "۵ سانتي متره مکعب"),
    ("a dose of 500 mg", "د ۵۰۰ ملي ګرامو دوز"),                    # one listed form brings the others
    ("5 metric tonnes", "پنځه متریک ټنه"),
    ("temperature of 45 degrees Celsius", "د ۴۵ درجو سانتي ګراد تودوخه"),
    ("a 500-megawatt plant", "د ۵۰۰ میګاواټه برېښنا فابریکه"),
]

WRONG = [
    ("The project cost 500,000 rupees.", "د پروژې لګښت پنځوس لکه روپۍ و."),
    ("Rs 10 crore was spent.", "لس لکه روپۍ ولګول شوې."),
    ("120,000 people", "یو لک او دېرش زره خلک"),
    # a number in words that its bracketed figure contradicts (the figure itself right)
    ("The tenant has 7 days to reply.", "کرایه دار د ځواب لپاره اته (۷) ورځې وخت لري."),
    ("The fee is 50 afghanis.", "فیس ۵۰ (شپېته) افغانۍ دی."),
    ("1,500 people", "یو زر شپږ سوه خلک"),
    ("The bank lent $2 billion.", "بانک دوه میلیونه ډالر پور ورکړ."),
    ("The budget is 2 billion rupees.", "بودیجه دوه کروړه روپۍ ده."),
    ("half a million people", "یو میلیون خلک"),
    ("He tried twice.", "هغه درې ځلې هڅه وکړه."),
    ("the first time", "دوم ځل"),
    ("They met for two days and both sides agreed.",                  # "both" absorbs no count
     "دوی د درېیو ورځو لپاره سره ولیدل او دواړو خواوو موافقه وکړه."),
    ("for 15 days", "د شپاړسو ورځو لپاره"),
    ("The score was 3-2.", "نتیجه ۳-۱ وه."),
    ("1.5 percent", "دوه نیم سلنه"),
    ("He spent two and a half years in prison.", "هغه درې نیم کاله په زندان کې تېر کړل."),
    ("The population is 3.5 million.", "نفوس درې میلیونه دی."),
    ("The city has a population of about 4.6 million.", "د ښار نفوس شاوخوا څلور اعشاریه اته میلیونه دی."),
    ("three-quarters of the land", "د ځمکې دوه پر دریمه برخه"),
    ("The 5th round of talks began.", "د خبرو شپږم پړاو پیل شو."),
    ("in the 21st century", "په شلمه پیړۍ کې"),
    ("under Article 12 of the law", "د قانون د ۱۳مې مادې له مخې"),
    ("It happened in two provinces.", "دا په درېیو ولایتونو کې پېښ شول."),
    ("After 10 days he returned.", "له دولسو ورځو وروسته بېرته راغی."),
    ("He worked there for 20 years.", "هغه هلته د دېرشو کلونو لپاره کار وکړ."),
    ("The group of 100 people left.", "د دوه سوو کسانو ډله لاړه."),
    ("The treatment takes 5 to 7 days.", "درملنه له پنځو تر نهو ورځو وخت نیسي."),
    ("The computer runs Windows 10.", "کمپیوټر وینډوز ۱۱ چلوي."),
    ("Surah Al-Baqarah 2:255", "د البقره سورت ۲۵۶ آیت"),
    ("a 10-year-old girl", "یوه دولس کلنه نجلۍ"),
    ("It costs $5 million.", "دا پنځه میلیونه یورو لګښت لري."),
    ("Rs. 5,000", "پنځه زره افغانۍ"),
    ("Prices rose by 40%.", "بیې پنځوس سلنه لوړې شوې."),
    ("About 300 people died.", "نږدې څلور سوه کسان مړه شول."),
    ("approximately 130 miles", "تقریبا ۱۳۱ میله"),                 # both approximate: same figure due
    ("about 1.2 million people", "شاوخوا ۱٬۲۳۴٬۵۶۷ کسان"),          # no precision invented
    ("about 1.2 million people", "۱٬۲۳۴٬۵۶۷ کسان"),
    ("we'd have about 200 people", "موږ به ۲۰۲ کسان ولرو"),
    ("in the 1990s", "د اتیایمې لسیزې په اوږدو کې"),
    ("in the 1990s", "د ۱۹۸۰مې لسیزې په اوږدو کې"),
    ("It dates from the 19th century.", "دا د شلمې پیړۍ ده."),
    ("The law was passed in 2021.", "قانون په ۱۳۹۰ لمریز کال تصویب شو."),
    ("In 1996, the Taliban took Kabul.", "په ۱۳۸۵ ل کال طالبانو کابل ونیو."),
    ("Week 23 of 2025 (1–7 June 2025)", "د ۲۰۲۵ کال ۲۳مه اونۍ (۶–۱۷ جوزا ۱۴۰۴، ۱–۷ جون ۲۰۲۵)"),
    ("The defendant must appear on 20 Mizan 1404 (12 October 2025).",
     "مدعی علیه باید د ۱۴۰۵ کال د میزان په ۲۰مه (۱۲ اکتوبر ۲۰۲۵) حاضر شي."),
    ("The treatment takes 5-7 days.", "درملنه له ۵ تر ۹ ورځو وخت نیسي."),
    ("It ran from 10 to 24 September 2025 (19 Sunbula to 2 Mizan 1404).",   # numbers of matched
     "دا د ۲۰۲۵ کال د سپتمبر له ۱۰ نه تر ۲۴ پورې (د ۱۴۰۴ کال د سنبلې له ۲۴ نه د میزان تر ۲ پورې) وه."),
    # a unit replaced while the number stays
    ("The road is 50 kilometres long.", "سړک ۵۰ میله اوږد دی."),
    ("The tank holds 50 litres.", "ټانک ۵۰ ګیلنه ځای لري."),
    ("The plant produces 100 MW of electricity.", "فابریکه ۱۰۰ ګیګاواټه برېښنا تولیدوي."),
    ("The farm has 200 hectares of land.", "فارم ۲۰۰ ایکړه ځمکه لري."),
    ("temperature of 45 degrees Celsius", "د ۴۵ درجو فارنهایټ تودوخه"),
    ("10,000 square metres", "لس زره متر"),
    ("5 km²", "۵ کیلو متره"),
    ("a dose of 500 mg", "د ۵۰۰ ګرامو دوز"),
    ("5 ml", "۵ لیتره"),
    ("Give 5 ml of the syrup.", "د شربت ۵ ملي ګیلنه ورکړئ."),       # a prefix written apart, unit changed
    ("he weighs 70 kg", "د هغه وزن ۷۰ پونډه دی"),
]


def _reported(en: str, ps: str):
    return [f for f in findings(en, ps) if f.severity in ("warning", "error")]


@pytest.mark.parametrize("en,ps", CLEAN)
def test_correct_renderings_are_clean(en, ps):
    assert [(f.code, f.message) for f in _reported(en, ps)] == []


@pytest.mark.parametrize("en,ps", WRONG)
def test_careless_renderings_are_caught(en, ps):
    assert {f.category for f in _reported(en, ps)} & {"number", "unit", "date"}


def _one(en: str, ps: str, code: str):
    f, = [f for f in _reported(en, ps) if f.code == code]
    return f


def test_strength_full_for_digits_and_scales():
    """Figures in digits of the same sort, a scale changed (20,000 ↔ ۲۰۰۰), a unit replaced
    within its dimension: the clearest evidence."""
    assert _one("The population was 1,234,567 in total.", "نفوس ټولټال ۱٬۲۳۴٬۵۶۸ و.", "NUM-MISMATCH").strength == 1.0
    assert _one("20,000 people", "۲۰۰۰ خلک", "NUM-MISMATCH").strength == 1.0
    assert _one("3 GW", "۳ میګاواټه", "UNIT-MISMATCH").strength == 1.0
    assert _one("He paid 300 dollars.", "هغه پیسې ورکړې.", "NUM-MISSING").strength == 1.0


def test_strength_lower_for_weaker_evidence():
    """A small count in words, digits of a name or code, a year, a number left on the other
    side that may render the missing one: each lowers the strength (never below the floor)."""
    words = _one("It happened in two provinces.", "دا په درېیو ولایتونو کې پېښ شول.", "NUM-MISMATCH").strength
    code = _one("The computer runs Windows 10.", "کمپیوټر وینډوز ۱۱ چلوي.", "NUM-MISMATCH").strength
    small = _one("He has 5 sons.", "هغه زامن لري.", "NUM-MISSING").strength
    year = _one("The 1950 census counted them.", "د ۱۹۶۰ سرشمېرنې هغوی وشمېرل.", "NUM-MISMATCH").strength
    assert 0.3 <= code < words < 1.0
    assert small < 1.0 and year < 1.0
    clear = _one("He has 25 sons.", "هغه زامن لري.", "NUM-MISSING").strength
    assert clear == 1.0 > small
