"""Issue 11: fresh number probes (helper h5, session of 2026-12-07/08, s24).

Written for this file (no corpus line, no held-out row read), in news, encyclopedia, health,
finance and legal registers, around the ways professional translators move quantities between
English and Pashto: a figure restated in another unit or scale (3.5 km as 3,500 metres, $2.3
billion as 2,300 million, three centuries as 300 years), a compound number spelled out (یو زر دوه
سوه پنځوس), an age, a range, a span of years, "the 1990s", a century and its half, "hundreds of
thousands", "a couple of", "both", "once", "twice", "a single", "one of", ordinals, a year the
translator adds for clarity, a percent as a fraction and back, a date in the Solar Hijri calendar
beside or instead of the Gregorian one, a clock time (24-hour clock as "2:30 in the day"), a phone
or law number, a verse, clause or article number, numbers inside names (G7 said as "the seven
industrial countries", COVID-19 as "the corona virus", Boeing 747, Article 370, H5N1, B12, SDG 4).
Each correct pair runs through every registered check on a gold 1-1 alignment
(tests.helpers.reported_codes) and must come out with no warning or error of any code.  The
careless ones (a figure changed, dropped, doubled, a number word changed in an inflected form, an
invented figure added) must be caught by one of the codes named.

Whole file (six batches, 186 correct and 109 careless pairs): first contact on b663dac of the five
batches written before any change for them (1, 2, 4, 5, 6): clean 171/179, caught 91/101 with the
codes first written (96/101 with the codes widened to the ones that state the fault); now clean
185/186, caught 107/109 (3 xfail: a negation finding on a correct pair, a minus sign lost, a
hundreds' ordinal above SAID_NOWHERE_TO).  Per batch:

Batch 1 (CLEAN / CARELESS), first contact on b663dac (this file run on the start export, rule 9,
every probe written before any change): clean 71/74, caught 39/45 with the codes first written (42/45 with three expectations
widened to the codes that state the fault: 50 % → "a third" and 25 % → "a fifth" are reported as
the percent missing and the fraction extra, Goal 4 → پنځم "fifth" as the ordinal extra, "Goal 4"
being a name's digits).  The failures were five mechanisms:

* a clock time with its minutes said in words or digits after "and" (نهو بجو او پنځلسو دقیقو =
  9:15): read as the hour and a 15-minute duration, TIME-MISMATCH and NUM-EXTRA; now one clock time
  (quantities.py _and_minutes);
* a year the translator adds in brackets to a date said relative to now (تېر کال (۲۰۲۳) for "last
  year"): NUM-EXTRA; now not reported where the other side says a relative date too
  (numbers._glosses_relative, dates.relative_date_before);
* "once" was no number, so "once a week" → دوه ځله "twice" passed: numbers_en.tsv once = 1, a
  multiple (weak: never reported alone; a mismatch with a Pashto multiple or count);
* درې واړه "all three" for "both": درې alone is also "valley", so a درې left over was never reported;
  before واړه / واړو it is the number (numbers._said_nowhere, _ALL_OF);
* a figure invented for a vague English amount ("several people" → اووه کسان): a Pashto count word
  left over was excused whenever the English said an amount without a figure; now only when it
  stands beside another number word, the Pashto round guess (دوه درې ورځې "a few days", درې څلور
  کسان: numbers._beside_number).
Left: "failed" ↔ له کاره ووت "went out of work" gives NEG-MISSING (the negation check's; xfail).
Tried and not shipped: reporting an invented دوه "two" the English never names (the tuning careless
miss "12 ambulances" → "۱۲ امبولانسونه، دوه چورلکې"): 33 new findings on the tuning parts' lines,
nearly all false (دوه اړخیز "bilateral", "one or two", "both", دوه ګون والی "dualism", "neither").
Batch 1 now: clean 73/74 (1 xfail), caught 45/45.

Batch 2 (CLEAN2 / CARELESS2, written after those fixes: Afghan units, age groups, "one in three",
Roman regnal and war numbers, COP28, fiscal years, per 100,000, fractions as percentages, BC as
"years before the birth", Solar Hijri Nowruz), first contact on b663dac: clean 38/39, caught 20/22
(21/22 with the Solar Hijri day changed 1 → 10 counted as caught by its NUM-EXTRA of the 10th, the
date check reading only the month there).  Mechanisms: the Afghan seer (سېر, 7.066 kg, units.tsv,
approx: "a seer (about 7 kg)" ↔ د یو سېر); a Pashto ordinal left over where the English writes a
sequence number in Roman numerals is reported from a second up (World War I → دویمې نړیوالې
جګړې: numbers._sequence_romans; not a first, لومړنی being also "early, primary": with a first, 5
tuning lines would have been reported, all false, two of them World War I rendered right).  Now clean 39/39, caught 22/22.

Batch 4 (CLEAN4 / CARELESS4: words that carry a number by their meaning, South Asian digit
grouping and lakh/crore compounds, names holding a Dari number word), first contact on b663dac:
clean 20/24, caught 11/11.  Mechanisms: "2,45,000" and "1,20,00,000", the lakh grouping of
Pakistani and Indian English, read as one number (quantities._digit_readings); دوه سومه کلیزه, the
ordinal of the hundreds (200th), not "two" and the Dari "third" سومه (quantities._HUNDREDTH_PS);
half-century 50, quarter-final 8, semi-final 4 (numbers_stems.tsv).  Now clean 24/24, caught 11/11.
The day of the month as an oblique feminine ordinal (له لسمې نېټې "from the 10th", تر نهمې نېټې
پورې) was read by the date finder for 2 only (دوهمې): the Solar Hijri day changed 1 → 10 of batch 2
was left to NUM-EXTRA, a changed day in مې to the number check; date_day_words.tsv now lists the مې
forms of 3 to 10, and both are DATE-MISMATCH.
Batch 5 (CLEAN5 / CARELESS5: finance and statistics copy, legal drafting, dosing), first contact on
b663dac: clean 20/20, caught 11/12 with the codes first written, 12/12 with one widened (500 ml →
"one litre": the 500 ml reported missing, the Pashto یو "one" being weak); no change needed.
Batch 6 (CLEAN6 / CARELESS6: encyclopedia and science copy), first contact on b663dac: clean 22/22,
caught 10/11.  The miss is a minus sign lost (−273.15 °C → ۲۷۳.۱۵): the reader keeps no sign, so
"minus 5" and "5" compare equal, and منفي ۵ ↔ "minus 8" is caught only by its figure.  Left xfail:
a sign needs the negative markers of both languages (−, minus, منفي, "below zero", له صفر څخه ښکته)
and the renderings that carry the sign in a word instead ("-2.5% growth" ↔ ۲.۵ سلنه کمښت "a 2.5 %
decline"), and a look at the tuning lines shows the trap: a dash before digits after a space is
mostly a range (۵ - ۱۰ فیصده, ۳۰۰ - ۵۰۰ کلونو) or a code's (SARS-CoV -2, ایم آر این اې -1273), and
منفي is mostly "negative" of a test, an effect or a number in words; only two lines of 63 carry a
signed figure on both sides (-80 °C, -1.4 %), none on one side only.
Batch 3 (CLEAN3 / CARELESS3) was written after these fixes, to test them: clean 7/7, caught 7/8
(1 xfail: درې سومه "300th" for the bicentenary, a word number above SAID_NOWHERE_TO left over).
"""
import pytest

from tests.helpers import reported_codes as reported

FIRST_CONTACT = ("first contact on b663dac: batch 1 clean 71/74, caught 39/45 (42/45 with three codes widened); "
                 "batch 2 clean 38/39, caught 20/22 (21/22); batch 4 clean 20/24, caught 11/11; "
                 "batch 5 clean 20/20, caught 11/12 (12/12); batch 6 clean 22/22, caught 10/11")

MIS = ['NUM-MISMATCH']

CLEAN = [
    # a figure restated in another unit or scale
    ('unit', 'The runway is 3.5 km long.',
     'د الوتکو د کښته کېدو پټۍ درې زره او پنځه سوه متره اوږده ده.'),
    ('scale', 'The company earned $2.3 billion last year.',
     'شرکت تېر کال ۲۳۰۰ میلیونه ډالره عاید ترلاسه کړ.'),
    ('unit', 'The storm dumped 250 mm of rain in one night.',
     'توپان په یوه شپه کې ۲۵ سانتي متره باران وورولو.'),
    ('unit_bracket', 'The aircraft flew at 35,000 feet (about 10,700 metres).',
     'الوتکه د شاوخوا ۱۰۷۰۰ مترو په لوړوالي الوتله.'),
    ('century_years', 'The empire lasted nearly three centuries.',
     'دا امپراتوري نږدې درې سوه کاله دوام وکړ.'),
    # spelled out or in digits
    ('word_digit', 'Forty-two people were rescued from the rubble.',
     'له کنډوالو څخه ۴۲ کسان وژغورل شول.'),
    ('compound_words', 'The school has 1,250 pupils.',
     'دا ښوونځی یو زر دوه سوه پنځوس زده کوونکي لري.'),
    ('compound_words', 'The ministry received 36 complaints.',
     'وزارت ته شپږدېرش شکایتونه رسېدلي دي.'),
    ('compound_words', 'The Amu Darya is about 2,400 km long.',
     'د امو سیند شاوخوا دوه زره او څلور سوه کیلومتره اوږد دی.'),
    # ages
    ('age', 'The 67-year-old former minister died on Sunday.',
     'پخوانی ۶۷ کلن وزیر د یکشنبې په ورځ مړ شو.'),
    ('age', 'Girls aged 12 and older can receive the vaccine.',
     'دولس کلنې او تر دې لویې نجونې کولای شي واکسین ترلاسه کړي.'),
    ('age', 'He became king at the age of nineteen.',
     'هغه په ۱۹ کلنۍ کې پاچا شو.'),
    # ranges and spans
    ('range', 'Each session lasts 45 to 60 minutes.',
     'هره غونډه له ۴۵ څخه تر ۶۰ دقیقو پورې دوام کوي.'),
    ('range_obl', 'Between 3,000 and 4,000 workers lost their jobs.',
     'له درې زرو تر څلور زرو پورې کارګرو خپلې دندې له لاسه ورکړې.'),
    ('span_hijri', 'Nadir Shah ruled from 1929 to 1933.',
     'نادر شاه له ۱۳۰۸ څخه تر ۱۳۱۲ لمریز کال پورې پاچاهي وکړه.'),
    ('span_dash', 'The First Anglo-Afghan War (1839–1842) ended in defeat for Britain.',
     'د انګرېز او افغان لومړۍ جګړه (۱۸۳۹–۱۸۴۲) د برتانیا په ماتې پای ته ورسېده.'),
    ('decade', 'Many families left the country in the 1990s.',
     'ډېرو کورنیو د ۱۹۹۰مو کلونو په اوږدو کې هېواد پرېښود.'),
    ('century_half', 'The city was rebuilt in the second half of the 18th century.',
     'دا ښار د اتلسمې پېړۍ په دویمه نیمایي کې بیا ورغول شو.'),
    ('century_digits', 'Water will be the main challenge of the 21st century.',
     'اوبه به د ۲۱مې پېړۍ اصلي ننګونه وي.'),
    # vague amounts, a couple, both
    ('hundreds_thousands', 'Hundreds of thousands of people lack clean water.',
     'سلګونه زره خلک پاکو اوبو ته لاسرسی نه لري.'),
    ('couple', 'A couple of weeks later, the road was reopened.',
     'یوه دوه اونۍ وروسته لار بیا پرانیستل شوه.'),
    ('both', 'Both hospitals were damaged in the earthquake.',
     'په زلزله کې دواړه روغتونونه زیانمن شول.'),
    ('both', 'Both of his parents are doctors.',
     'مور او پلار یې دواړه ډاکټران دي.'),
    # once, twice, single
    ('twice', 'The committee meets twice a year.',
     'کمېټه په کال کې دوه ځله غونډه کوي.'),
    ('once', 'The drug is taken once a week.',
     'دا درمل په اونۍ کې یو ځل اخیستل کېږي.'),
    ('single', 'A single dose protects for ten years.',
     'یو دوز د لسو کلونو لپاره ساتنه کوي.'),
    # one of, first, second
    ('one_of_implicit', 'She is one of the few women judges in the country.',
     'هغه په هېواد کې له هغو لږو ښځینه قاضیانو څخه ده.'),
    pytest.param('one_of', 'One of the two engines failed.',
                 'له دوو انجنونو څخه یو یې له کاره ووت.',
                 marks=pytest.mark.xfail(strict=True, reason="NEG-MISSING: 'failed' rendered by له کاره ووت "
                                         "'went out of work' (the negation check's, not a number finding)")),
    ('first', 'It was the first time in 40 years that the river froze.',
     'په ۴۰ کلونو کې دا لومړی ځل و چې سیند کنګل شو.'),
    ('second', 'The second phase of the project will start next year.',
     'د پروژې دوهم پړاو به راتلونکی کال پیل شي.'),
    ('second', 'The country ranks second in the region.',
     'دا هېواد په سیمه کې دوهم ځای لري.'),
    # a year the translator adds for clarity
    ('year_added', 'The law was passed last year.',
     'دا قانون تېر کال (۲۰۲۳) تصویب شو.'),
    ('year_added', 'The ministry announced the results in March.',
     'وزارت پایلې د ۲۰۲۴ کال د مارچ په میاشت کې اعلان کړې.'),
    # percent as a fraction and back
    ('pct_fraction', 'About 50% of the population lives in rural areas.',
     'شاوخوا نیمایي نفوس په کلیو کې ژوند کوي.'),
    ('pct_fraction', '25 per cent of the budget is spent on security.',
     'د بودیجې څلورمه برخه پر امنیت لګول کېږي.'),
    ('fraction_pct', 'Half the wells have dried up.',
     '۵۰ سلنه څاګانې وچې شوې دي.'),
    # the Solar Hijri calendar
    ('hijri_date', 'The election was held on 28 September 2019.',
     'ټاکنې د ۱۳۹۸ لمریز کال د تلې په ۶مه ترسره شوې.'),
    ('hijri_beside', 'The decree was issued on 1 January 2022.',
     'فرمان د ۲۰۲۲ کال د جنورۍ په لومړۍ نېټه (د ۱۴۰۰ لمریز کال د مرغومي ۱۱مه) صادر شو.'),
    ('hijri_year', 'Kabul University was founded in 1932.',
     'کابل پوهنتون په ۱۳۱۱ لمریز کال کې تاسیس شو.'),
    ('hijri_month', 'Schools reopen on 21 March.',
     'ښوونځي د وري په لومړۍ نېټه بیا پرانیستل کېږي.'),
    # clock times
    ('clock_words', 'The ceremony begins at 9:15 am.',
     'مراسم د سهار په نهو بجو او پنځلسو دقیقو پیلېږي.'),
    ('clock_obl', 'Polling stations open at 7 am and close at 4 pm.',
     'د رایې ورکولو مرکزونه د سهار په اوو بجو پرانیستل کېږي او د ماسپښین په څلورو بجو تړل کېږي.'),
    ('clock_24h', 'The flight departs at 14:30.',
     'الوتکه د ورځې په دوه نیمو بجو الوځي.'),
    # phone, law, verse, clause and article numbers
    ('phone', 'Call 119 to report a crime.',
     'د جرم د راپور ورکولو لپاره ۱۱۹ شمېرې ته زنګ ووهئ.'),
    ('phone', 'For help, call the hotline on 0700 123 456.',
     'د مرستې لپاره ۰۷۰۰۱۲۳۴۵۶ شمېرې ته زنګ ووهئ.'),
    ('law_no', 'Law No. 12 of 2015 regulates mining.',
     'د ۲۰۱۵ کال د ۱۲ ګڼې قانون د کانونو چارې تنظیموي.'),
    ('verse', 'Verse 255 of Surah Al-Baqarah is known as Ayat al-Kursi.',
     'د البقرې سورت ۲۵۵ ایت د ایت الکرسي په نوم پېژندل کېږي.'),
    ('article', 'Article 370 gave Kashmir a special status.',
     '۳۷۰ مادې کشمیر ته ځانګړی حیثیت ورکړی و.'),
    ('article_words', 'Under Article 22 of the Constitution, all citizens are equal.',
     'د اساسي قانون د دوه ویشتمې مادې له مخې ټول اتباع برابر دي.'),
    ('clause', 'Under clause 4.2, payment is due within 14 days.',
     'د ۴.۲ بند له مخې، تادیه باید په ۱۴ ورځو کې وشي.'),
    # numbers inside names
    ('g7_meaning', 'G7 leaders met in Japan.',
     'د اوو صنعتي هېوادونو مشرانو په جاپان کې سره ولیدل.'),
    ('covid_meaning', 'More than 7,000 people died of COVID-19 in Afghanistan.',
     'په افغانستان کې له اوو زرو ډېر کسان د کرونا ویروس له امله مړه شول.'),
    ('boeing', 'A Boeing 747 landed safely in Kabul.',
     'یوه بوینګ 747 الوتکه په کابل کې په خوندي ډول کښته شوه.'),
    ('olympics', 'Afghan athletes competed at the Paris 2024 Olympics.',
     'افغان ورزشکارانو د ۲۰۲۴ کال د پاریس په المپیک لوبو کې سیالي وکړه.'),
    ('sdg', 'Sustainable Development Goal 4 is about quality education.',
     'د دوامداره پراختیا څلورم هدف د باکیفیته زده کړې په اړه دی.'),
    ('virus_code', 'The H5N1 bird flu virus was found on two farms.',
     'د مرغانو د انفلوینزا H5N1 ویروس په دوو فارمونو کې وموندل شو.'),
    ('vitamin', 'Vitamin B12 deficiency can cause anaemia.',
     'د B12 ویټامین کمښت کولای شي د وینې د کمښت لامل شي.'),
    # finance
    ('fin_implicit_one', 'The afghani traded at 70.5 to the dollar.',
     'افغانۍ د یوه ډالر په وړاندې په ۷۰.۵ افغانیو معامله شوه.'),
    ('fin_quarter', 'The bank\'s assets grew by a quarter to $8 billion.',
     'د بانک شتمنۍ څلورمه برخه زیاتې شوې او اته میلیارده ډالرو ته ورسېدې.'),
    ('fin_points', 'Interest rates were cut by 0.25 percentage points.',
     'د سود نرخونه ۰.۲۵ سلنه ټیټ شول.'),
    ('fin_double', 'Revenue doubled to 120 billion afghanis.',
     'عواید دوه برابره شول او ۱۲۰ میلیارده افغانیو ته ورسېدل.'),
    # health
    ('health_range', 'Children should sleep 9 to 11 hours a night.',
     'ماشومان باید هره شپه له نهو تر یوولسو ساعتونو پورې ویده شي.'),
    ('health_dose', 'Give the child 5 ml of syrup every 8 hours.',
     'ماشوم ته هر اته ساعته وروسته پنځه ملي لیتره شربت ورکړئ.'),
    ('health_temp', 'A normal body temperature is about 37 °C.',
     'د بدن عادي تودوخه شاوخوا ۳۷ درجې سانتي ګراد ده.'),
    ('health_decimal_words', 'The baby weighed 3.2 kilograms at birth.',
     'ماشوم د زېږېدو پر مهال درې اعشاریه دوه کیلوګرامه وزن درلود.'),
    ('health_months', 'Children receive the measles vaccine at 9 and 18 months of age.',
     'ماشومان د شري واکسین په نهه او اتلس میاشتنۍ کې ترلاسه کوي.'),
    # legal
    ('legal_month', 'The contract may be ended with one month\'s notice.',
     'تړون د یوې میاشتې له مخکینۍ خبرتیا سره فسخه کېدای شي.'),
    ('legal_lakh', 'Offenders face up to five years in prison and a fine of 100,000 afghanis.',
     'سرغړونکي به تر پنځو کلونو پورې بند او د یو لک افغانیو جریمې سره مخ شي.'),
    ('legal_days', 'The law entered into force 90 days after its publication.',
     'دا قانون د خپرېدو له نېټې ۹۰ ورځې وروسته نافذ شو.'),
    # encyclopedia and news
    ('height', 'Mount Everest is 8,849 metres high.',
     'د اېورسټ غر ۸۸۴۹ متره لوړ دی.'),
    ('year_z', 'Khushal Khan Khattak was born in 1613.',
     'خوشال خان خټک په ۱۶۱۳ ز کال زېږېدلی دی.'),
    ('of', 'Three of the five suspects were women.',
     'له پنځو شکمنو څخه درې یې ښځې وې.'),
    ('toll', 'Nearly 1,000 people were killed and more than 1,500 injured in the quake.',
     'په زلزله کې نږدې زر کسان ووژل شول او له ۱۵۰۰ ډېر ټپیان شول.'),
    ('aid', 'The province received 40 tonnes of food and 500 blankets.',
     'ولایت ته ۴۰ ټنه خواړه او پنځه سوه کمپلې ورسېدې.'),
]

CARELESS = [
    ('The runway is 3.5 km long.',
     'د الوتکو د کښته کېدو پټۍ درې سوه او پنځوس متره اوږده ده.', MIS),
    ('The storm dumped 250 mm of rain in one night.',
     'توپان په یوه شپه کې ۲۵ ملي متره باران وورولو.', MIS),
    ('The empire lasted nearly three centuries.',
     'دا امپراتوري نږدې دوه سوه کاله دوام وکړ.', MIS),
    ('The school has 1,250 pupils.',
     'دا ښوونځی یو زر دوه سوه زده کوونکي لري.', MIS),
    ('The ministry received 36 complaints.',
     'وزارت ته شپاړس شکایتونه رسېدلي دي.', MIS),
    ('The 67-year-old former minister died on Sunday.',
     'پخوانی ۷۶ کلن وزیر د یکشنبې په ورځ مړ شو.', MIS),
    ('Girls aged 12 and older can receive the vaccine.',
     'دیارلس کلنې او تر دې لویې نجونې کولای شي واکسین ترلاسه کړي.', MIS),
    ('Each session lasts 45 to 60 minutes.',
     'هره غونډه له ۴۵ څخه تر ۹۰ دقیقو پورې دوام کوي.', MIS),
    ('Between 3,000 and 4,000 workers lost their jobs.',
     'له درې زرو تر څلور لکو پورې کارګرو خپلې دندې له لاسه ورکړې.', MIS),
    ('Nadir Shah ruled from 1929 to 1933.',
     'نادر شاه له ۱۹۲۹ څخه تر ۱۹۳۹ کال پورې پاچاهي وکړه.', MIS + ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA']),
    ('Many families left the country in the 1990s.',
     'ډېرو کورنیو د ۱۹۸۰مو کلونو په اوږدو کې هېواد پرېښود.', MIS + ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA']),
    ('The city was rebuilt in the second half of the 18th century.',
     'دا ښار د نولسمې پېړۍ په دویمه نیمایي کې بیا ورغول شو.', MIS + ['DATE-MISMATCH']),
    ('Both hospitals were damaged in the earthquake.',
     'په زلزله کې درې واړه روغتونونه زیانمن شول.', MIS + ['NUM-EXTRA']),
    ('The committee meets twice a year.',
     'کمېټه په کال کې درې ځله غونډه کوي.', MIS),
    ('The drug is taken once a week.',
     'دا درمل په اونۍ کې دوه ځله اخیستل کېږي.', MIS + ['NUM-EXTRA']),
    ('A single dose protects for ten years.',
     'یو دوز د پنځو کلونو لپاره ساتنه کوي.', MIS),
    ('One of the two engines failed.',
     'له درېیو انجنونو څخه یو یې له کاره ووت.', MIS),
    ('It was the first time in 40 years that the river froze.',
     'په ۱۴ کلونو کې دا لومړی ځل و چې سیند کنګل شو.', MIS),
    ('The country ranks second in the region.',
     'دا هېواد په سیمه کې درېیم ځای لري.', MIS),
    ('About 50% of the population lives in rural areas.',
     'شاوخوا درېیمه برخه نفوس په کلیو کې ژوند کوي.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('25 per cent of the budget is spent on security.',
     'د بودیجې پنځمه برخه پر امنیت لګول کېږي.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('The election was held on 28 September 2019.',
     'ټاکنې د ۱۳۹۷ لمریز کال د تلې په ۶مه ترسره شوې.', ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA'] + MIS),
    ('Kabul University was founded in 1932.',
     'کابل پوهنتون په ۱۳۲۱ لمریز کال کې تاسیس شو.', ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA'] + MIS),
    ('Schools reopen on 21 March.',
     'ښوونځي د وري په لسمه نېټه بیا پرانیستل کېږي.', ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA'] + MIS),
    ('Polling stations open at 7 am and close at 4 pm.',
     'د رایې ورکولو مرکزونه د سهار په اوو بجو پرانیستل کېږي او د ماسپښین په پنځو بجو تړل کېږي.',
     MIS + ['TIME-MISMATCH']),
    ('The flight departs at 14:30.',
     'الوتکه د ورځې په درې نیمو بجو الوځي.', MIS + ['TIME-MISMATCH']),
    ('Call 119 to report a crime.',
     'د جرم د راپور ورکولو لپاره ۱۱۰ شمېرې ته زنګ ووهئ.', MIS),
    ('Article 370 gave Kashmir a special status.',
     '۳۷ مادې کشمیر ته ځانګړی حیثیت ورکړی و.', MIS),
    ('Under Article 22 of the Constitution, all citizens are equal.',
     'د اساسي قانون د دولسمې مادې له مخې ټول اتباع برابر دي.', MIS),
    ('G7 leaders met in Japan.',
     'د اتو صنعتي هېوادونو مشرانو په جاپان کې سره ولیدل.', MIS + ['NUM-EXTRA']),
    ('More than 7,000 people died of COVID-19 in Afghanistan.',
     'په افغانستان کې له اوو سوو ډېر کسان د کرونا ویروس له امله مړه شول.', MIS),
    ('Sustainable Development Goal 4 is about quality education.',
     'د دوامداره پراختیا پنځم هدف د باکیفیته زده کړې په اړه دی.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('Revenue doubled to 120 billion afghanis.',
     'عواید درې برابره شول او ۱۲۰ میلیارده افغانیو ته ورسېدل.', MIS),
    ('Interest rates were cut by 0.25 percentage points.',
     'د سود نرخونه ۲.۵ سلنه ټیټ شول.', MIS),
    ('Give the child 5 ml of syrup every 8 hours.',
     'ماشوم ته هر اته ساعته وروسته پنځلس ملي لیتره شربت ورکړئ.', MIS),
    ('Children should sleep 9 to 11 hours a night.',
     'ماشومان باید هره شپه نهه ساعته ویده شي.', ['NUM-MISSING']),
    ('Offenders face up to five years in prison and a fine of 100,000 afghanis.',
     'سرغړونکي به تر پنځو کلونو پورې بند او د لس لکو افغانیو جریمې سره مخ شي.', MIS),
    ('The law entered into force 90 days after its publication.',
     'دا قانون د خپرېدو له نېټې ۹ ورځې وروسته نافذ شو.', MIS),
    ('Mount Everest is 8,849 metres high.',
     'د اېورسټ غر ۸۴۸۹ متره لوړ دی.', MIS),
    ('The province received 40 tonnes of food and blankets.',
     'ولایت ته ۴۰ ټنه خواړه او ۵۰۰ کمپلې ورسېدې.', ['NUM-EXTRA']),
    ('Nearly 1,000 people were killed and more than 1,500 injured in the quake.',
     'په زلزله کې نږدې زر کسان ووژل شول او ګڼ شمېر نور ټپیان شول.', ['NUM-MISSING']),
    ('The ministry hired 150 midwives.',
     'وزارت ۳۰۰ قابلې وګمارلې.', MIS),
    ('The aid reached families in 14 districts.',
     'مرسته د څلوېښتو ولسوالیو کورنیو ته ورسېده.', MIS),
    ('Doctors examined 80 children.',
     'ډاکټرانو د اتلسو ماشومانو معاینه وکړه.', MIS),
    ('Several people were injured in the blast.',
     'په چاودنه کې اووه کسان ټپیان شول.', ['NUM-EXTRA']),
]


# batch 2 (written after the first fixes; first contact scored on b663dac before any change for it)
CLEAN2 = [
    ('jerib', 'The farmers planted wheat on 500 hectares.',
     'بزګرانو په ۲۵۰۰ جریبه ځمکه غنم وکرل.'),
    ('seer', 'A seer (about 7 kg) of flour now costs 600 afghanis.',
     'اوس د یو سېر اوړو بیه ۶۰۰ افغانۍ ده.'),
    ('per_person', 'Income per person is about $400 a year.',
     'د هر کس کلنی عاید شاوخوا ۴۰۰ ډالره دی.'),
    ('age_group', 'Women aged 15 to 49 were surveyed.',
     'له ۱۵ تر ۴۹ کلنۍ پورې ښځې وپوښتل شوې.'),
    ('one_in_three', 'One in three children under five is stunted.',
     'له پنځو کلونو کم عمره هر درېیم ماشوم قد لنډی دی.'),
    ('ratio_fold', 'Boys outnumber girls in secondary schools by three to one.',
     'په منځنیو ښوونځیو کې د هلکانو شمېر د نجونو درې چنده دی.'),
    ('twenty_some', 'She was in her twenties when she entered parliament.',
     'کله چې پارلمان ته ننوته، عمر یې شل او څو کاله و.'),
    ('below_zero', 'Temperatures dropped to five degrees below zero.',
     'تودوخه منفي پنځه درجو ته ټیټه شوه.'),
    ('latitude', 'Kabul lies at 34 degrees north latitude.',
     'کابل په ۳۴ درجې شمالي عرض البلد کې پروت دی.'),
    ('cop_ordinal', 'The COP28 climate summit was held in Dubai.',
     'د اقلیم د بدلون په اړه د ملګرو ملتونو ۲۸مه غونډه په دوبۍ کې جوړه شوه.'),
    ('regnal', 'Queen Elizabeth II died in 2022.',
     'ملکه الیزابت دوهمه په ۲۰۲۲ کال کې مړه شوه.'),
    ('ww1', 'The treaty was signed after World War I.',
     'دا تړون له لومړۍ نړیوالې جګړې وروسته لاسلیک شو.'),
    ('fiscal', 'The budget for fiscal year 2023-24 is $6 billion.',
     'د ۲۰۲۳-۲۴ مالي کال بودیجه شپږ میلیارده ډالره ده.'),
    ('score_words', 'Afghanistan won by three goals to two.',
     'افغانستان لوبه په ۳-۲ وګټله.'),
    ('shirt', 'He wears the number 10 shirt.',
     'هغه لس نمبر کمیس اغوندي.'),
    ('motorway', 'The accident happened on the M1 motorway.',
     'پېښه د M1 لویې لارې پر سر وشوه.'),
    ('per_100k', 'Maternal mortality fell to 620 per 100,000 births.',
     'د میندو مړینه په هرو سلو زرو زېږونونو کې ۶۲۰ ته راټیټه شوه.'),
    ('ratio_one', 'There is one doctor for every 3,500 people.',
     'د هرو ۳۵۰۰ کسانو لپاره یو ډاکټر شته.'),
    ('of_total', 'Of the 27 provinces affected, 12 are in the north.',
     'په اغېزمنو ۲۷ ولایتونو کې دولس یې په شمال کې دي.'),
    ('half_year', 'Exports rose in the first half of 2023.',
     'د ۲۰۲۳ کال په لومړۍ نیمایي کې صادرات زیات شول.'),
    ('fraction_pct', 'Three-quarters of the wheat is grown in the north.',
     'د غنمو ۷۵ سلنه په شمال کې کرل کېږي.'),
    ('fraction_pct', 'Only a tenth of the roads are paved.',
     'یوازې لس سلنه سړکونه پاخه دي.'),
    ('clock_evening', 'The shops close at 8 in the evening.',
     'دوکانونه د ماښام په اتو بجو تړل کېږي.'),
    ('hours_half', 'The journey takes two and a half hours.',
     'سفر دوه نیم ساعته وخت نیسي.'),
    ('hour_minutes', 'The flight takes 1 hour 45 minutes.',
     'الوتنه یو ساعت او ۴۵ دقیقې وخت نیسي.'),
    ('years_centuries', 'The mosque was built 300 years ago.',
     'دا جومات درې پېړۍ وړاندې جوړ شوی.'),
    ('tonnes_kg', 'The truck carried 12 tonnes of rice.',
     'لارۍ ۱۲ زره کیلوګرامه وریجې وړلې.'),
    ('lakh_million', 'The house sold for 2.5 million rupees.',
     'کور په ۲۵ لکه روپیو وپلورل شو.'),
    ('pct_points', 'Unemployment rose by two percentage points to 14%.',
     'بې کاري دوه سلنه زیاته شوه او ۱۴ سلنې ته ورسېده.'),
    ('rank', 'Afghanistan ranks 180th out of 191 countries.',
     'افغانستان له ۱۹۱ هېوادونو څخه په ۱۸۰م ځای کې دی.'),
    ('tie', 'The vote was split 50-50.',
     'رایې ۵۰ په ۵۰ ووېشل شوې.'),
    ('dozen_price', 'Eggs cost 150 afghanis a dozen.',
     'د دولسو هګیو بیه ۱۵۰ افغانۍ ده.'),
    ('bc_years', 'Alexander crossed the Hindu Kush in 329 BC.',
     'سکندر له میلاد څخه ۳۲۹ کاله مخکې هندوکش تېر کړ.'),
    ('dose', 'Take 500 mg twice daily for 7 days.',
     'د اوو ورځو لپاره په ورځ کې دوه ځله ۵۰۰ ملي ګرامه واخلئ.'),
    ('visits', 'Women should visit a clinic at least four times during pregnancy.',
     'ښځې باید د امیندوارۍ پر مهال لږ تر لږه څلور ځله کلینیک ته ورشي.'),
    ('age_months', 'Babies under six months should only be breastfed.',
     'له شپږو میاشتو کم عمره ماشومانو ته باید یوازې د مور شیدې ورکړل شي.'),
    ('term', 'The president is elected for a five-year term.',
     'ولسمشر د پنځو کلونو لپاره ټاکل کېږي.'),
    ('two_thirds', 'A two-thirds majority is needed to amend the constitution.',
     'د اساسي قانون د تعدیل لپاره د غړو د دوو پر درېیمې برخې رایو ته اړتیا ده.'),
    ('hijri_nowruz', 'The new law takes effect on 21 March 2023.',
     'نوی قانون د ۱۴۰۲ لمریز کال د وري له لومړۍ نېټې نافذېږي.'),
]

CARELESS2 = [
    ('The farmers planted wheat on 500 hectares.',
     'بزګرانو په ۵۰۰ جریبه ځمکه غنم وکرل.', MIS + ['UNIT-MISMATCH']),
    ('Women aged 15 to 49 were surveyed.',
     'له ۱۵ تر ۴۵ کلنۍ پورې ښځې وپوښتل شوې.', MIS),
    ('One in three children under five is stunted.',
     'له پنځو کلونو کم عمره هر څلورم ماشوم قد لنډی دی.', MIS + ['NUM-EXTRA', 'NUM-MISSING']),
    ('The COP28 climate summit was held in Dubai.',
     'د اقلیم د بدلون په اړه د ملګرو ملتونو ۲۷مه غونډه په دوبۍ کې جوړه شوه.', MIS),
    ('Queen Elizabeth II died in 2022.',
     'ملکه الیزابت درېیمه په ۲۰۲۲ کال کې مړه شوه.', MIS + ['NUM-EXTRA']),
    ('The treaty was signed after World War I.',
     'دا تړون له دویمې نړیوالې جګړې وروسته لاسلیک شو.', MIS + ['NUM-EXTRA']),
    ('The budget for fiscal year 2023-24 is $6 billion.',
     'د ۲۰۲۳-۲۴ مالي کال بودیجه شپږ میلیونه ډالره ده.', MIS),
    ('Maternal mortality fell to 620 per 100,000 births.',
     'د میندو مړینه په هرو لسو زرو زېږونونو کې ۶۲۰ ته راټیټه شوه.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('There is one doctor for every 3,500 people.',
     'د هرو ۵۳۰۰ کسانو لپاره یو ډاکټر شته.', MIS),
    ('Three-quarters of the wheat is grown in the north.',
     'د غنمو ۷۰ سلنه په شمال کې کرل کېږي.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('The mosque was built 300 years ago.',
     'دا جومات درې لسیزې وړاندې جوړ شوی.', MIS + ['UNIT-MISMATCH']),
    ('The house sold for 2.5 million rupees.',
     'کور په ۲.۵ لکه روپیو وپلورل شو.', MIS),
    ('Unemployment rose by two percentage points to 14%.',
     'بې کاري دوه سلنه زیاته شوه او ۱۲ سلنې ته ورسېده.', MIS),
    ('Afghanistan ranks 180th out of 191 countries.',
     'افغانستان له ۱۹۱ هېوادونو څخه په ۱۰۸م ځای کې دی.', MIS),
    ('Take 500 mg twice daily for 7 days.',
     'د اوو ورځو لپاره په ورځ کې درې ځله ۵۰۰ ملي ګرامه واخلئ.', MIS),
    ('The new law takes effect on 21 March 2023.',
     'نوی قانون د ۱۴۰۲ لمریز کال د وري له لسمې نېټې نافذېږي.', ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA', 'NUM-EXTRA'] + MIS),
    ('Babies under six months should only be breastfed.',
     'له شپږو کلونو کم عمره ماشومانو ته باید یوازې د مور شیدې ورکړل شي.', MIS + ['UNIT-MISMATCH']),
    ('He wears the number 10 shirt.',
     'هغه اوه نمبر کمیس اغوندي.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('Of the 27 provinces affected, 12 are in the north.',
     'په اغېزمنو ۲۷ ولایتونو کې ۲۱ یې په شمال کې دي.', MIS),
    ('Police arrested the suspects after a long chase.',
     'پولیسو شکمن کسان له درې ساعته تعقیب وروسته ونیول.', ['NUM-EXTRA']),
    ('The truck carried 12 tonnes of rice.',
     'لارۍ ۱۲ کیلوګرامه وریجې وړلې.', MIS + ['UNIT-MISMATCH']),
    ('Alexander crossed the Hindu Kush in 329 BC.',
     'سکندر له میلاد څخه ۲۳۹ کاله مخکې هندوکش تېر کړ.', MIS + ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA']),
]


# batch 3, written after the fixes of batches 2 and 4 (the Afghan seer, 7.066 kg in Kabul; semi-finals,
# half-century, lakh grouping, the hundreds' ordinal; the day of the month as an oblique ordinal in مې)
CLEAN3 = [
    ('day_oblique', 'The office will reopen on 5 April.',
     'دفتر به د اپرېل له پنځمې نېټې بیا پرانیستل شي.'),
    ('day_oblique', 'Registration closes on 9 May.',
     'نوم لیکنه د مۍ تر نهمې نېټې پورې دوام کوي.'),
    ('hijri_day_oblique', 'The new rules apply from 30 March 2023.',
     'نوي مقررات د ۱۴۰۲ لمریز کال د وري له لسمې نېټې پلي کېږي.'),
    ('semi_final', 'Afghanistan reached the semi-finals.',
     'افغانستان د څلورو غوره ټیمونو پړاو ته ورسېد.'),
    ('indian_grouping', 'The contract is worth Rs 1,20,00,000.',
     'دا قرارداد د یو کروړ شل لکه روپیو ارزښت لري.'),
    ('seer', 'Each family received 70 kg of wheat.',
     'هرې کورنۍ ته لس سېره غنم ورکړل شول.'),
    ('seer', 'A kilo of meat costs 500 afghanis, and a seer 3,500.',
     'د یو کیلو غوښې بیه ۵۰۰ افغانۍ او د یو سېر ۳۵۰۰ افغانۍ ده.'),
]

CARELESS3 = [
    ('The office will reopen on 5 April.',
     'دفتر به د اپرېل له اتمې نېټې بیا پرانیستل شي.', ['DATE-MISMATCH']),
    ('Registration closes on 9 May.',
     'نوم لیکنه د مۍ تر اوومې نېټې پورې دوام کوي.', ['DATE-MISMATCH']),
    ('Afghanistan reached the semi-finals.',
     'افغانستان د اتو غوره ټیمونو پړاو ته ورسېد.', ['NUM-EXTRA']),
    ('Nabi made a half-century.',
     'نبي شپېته منډې جوړې کړې.', ['NUM-EXTRA']),
    pytest.param('The city marked the bicentenary of the poet\'s birth.',
                 'ښار د شاعر د زېږون درې سومه کلیزه ولمانځله.', ['NUM-EXTRA', 'NUM-MISMATCH'],
                 marks=pytest.mark.xfail(strict=True, reason="a number word above SAID_NOWHERE_TO (100) left over is "
                                         "never reported (a compound the reader may have taken in part)")),
    ('The contract is worth Rs 1,20,00,000.',
     'دا قرارداد د ۱۲ لکو روپیو ارزښت لري.', MIS),
    ('Each family received 70 kg of wheat.',
     'هرې کورنۍ ته اووه سېره غنم ورکړل شول.', MIS + ['UNIT-MISMATCH']),
    ('A seer (about 7 kg) of flour now costs 600 afghanis.',
     'اوس د یو کیلو اوړو بیه ۶۰۰ افغانۍ ده.', MIS + ['NUM-MISSING']),
]

# batch 4: words that carry a number by their meaning (hat-trick, square, octagonal, centenary,
# septuagenarian, quarter-finals, the Hundred Years' War, the Quad), South Asian digit grouping and
# lakh/crore compounds, and place and people names that hold a (Dari) number word
CLEAN4 = [
    ('hat_trick', 'He scored a hat-trick in the final.',
     'هغه په وروستۍ لوبه کې درې ګوله ووهل.'),
    ('half_century', 'Zadran made a half-century in 40 balls.',
     'زدراڼ په ۴۰ توپونو کې پنځوس منډې جوړې کړې.'),
    ('quarter_finals', 'The team was knocked out in the quarter-finals.',
     'ټیم د اتو غوره ټیمونو په پړاو کې له سیالۍ ووت.'),
    ('octagonal', 'The tomb has an octagonal dome.',
     'مقبره یو اته ګوټی ګنبد لري.'),
    ('hexagonal', 'Bees build hexagonal cells.',
     'مچۍ شپږ ګوټي خونې جوړوي.'),
    ('centenary', 'The school celebrated its centenary last month.',
     'ښوونځي تېره میاشت خپله سلمه کلیزه ولمانځله.'),
    ('bicentenary', 'The city marked the bicentenary of the poet\'s birth.',
     'ښار د شاعر د زېږون دوه سومه کلیزه ولمانځله.'),
    ('septuagenarian', 'The septuagenarian leader was re-elected.',
     'اویا کلن مشر بیا وټاکل شو.'),
    ('triplets', 'A woman in Khost gave birth to triplets.',
     'په خوست کې یوې ښځې درې غبرګوني ماشومان وزېږول.'),
    ('named_war', "The Hundred Years' War lasted 116 years.",
     'سل کلنه جګړه ۱۱۶ کاله دوام وکړ.'),
    ('named_war', 'Israel captured the territory in the Six-Day War.',
     'اسراییلو دا سیمه په شپږ ورځنۍ جګړه کې ونیوله.'),
    ('quad', 'Leaders of the Quad met in Tokyo.',
     'د څلورو هېوادونو د ډلې مشرانو په ټوکیو کې سره ولیدل.'),
    ('p5', 'The five permanent members hold a veto.',
     'پنځه دایمي غړي د ویټو حق لري.'),
    ('g77', 'The Group of 77 represents developing countries.',
     'د ۷۷ هېوادونو ډله د مخ پر ودې هېوادونو استازیتوب کوي.'),
    ('indian_grouping', 'The district has 2,45,000 registered voters.',
     'په ولسوالۍ کې دوه لکه پنځه څلوېښت زره ثبت شوي رایه ورکوونکي دي.'),
    ('lakh_thousands', 'About 125,000 people were vaccinated.',
     'شاوخوا ۱ لکه ۲۵ زره کسان واکسین شول.'),
    ('crore_lakh', 'The scheme will cost 25 million rupees.',
     'په دې طرحه به ۲ کروړه ۵۰ لکه روپۍ لګښت راشي.'),
    ('place_hazara', 'Most Hazaras live in central Afghanistan.',
     'ډېری هزاره ګان د افغانستان په مرکزي برخه کې ژوند کوي.'),
    ('place_char_asiab', 'The clinic in Char Asiab treated 40 patients.',
     'په چهارآسیاب کې کلینیک ۴۰ ناروغانو ته درملنه وکړه.'),
    ('place_chaharbolak', 'Floods hit Chahar Bolak district.',
     'سېلابونو چهاربولک ولسوالۍ ته زیان ورساوه.'),
    ('place_seh_darak', 'Shops in Shash Darak reopened on Sunday.',
     'د شش درک دوکانونه د یکشنبې په ورځ بیا پرانیستل شول.'),
    ('decimal_system', 'The decimal system uses ten digits.',
     'لسیز سیسټم لس عددونه کاروي.'),
    ('millennium', 'The city is more than a millennium old.',
     'دا ښار له زرو کلونو ډېر زوړ دی.'),
    ('quarantine', 'Travellers must quarantine for 14 days.',
     'مسافرین باید ۱۴ ورځې قرنطین کې تېرې کړي.'),
]

CARELESS4 = [
    ('He scored a hat-trick in the final.',
     'هغه په وروستۍ لوبه کې څلور ګوله ووهل.', MIS + ['NUM-EXTRA']),
    ('The tomb has an octagonal dome.',
     'مقبره یو شپږ ګوټی ګنبد لري.', MIS + ['NUM-EXTRA']),
    ('The school celebrated its centenary last month.',
     'ښوونځي تېره میاشت خپله پنځوسمه کلیزه ولمانځله.', MIS + ['NUM-EXTRA']),
    ('The septuagenarian leader was re-elected.',
     'اتیا کلن مشر بیا وټاکل شو.', MIS + ['NUM-EXTRA']),
    ("The Hundred Years' War lasted 116 years.",
     'سل کلنه جګړه ۱۰۶ کاله دوام وکړ.', MIS),
    ('Israel captured the territory in the Six-Day War.',
     'اسراییلو دا سیمه په اوه ورځنۍ جګړه کې ونیوله.', MIS + ['NUM-EXTRA']),
    ('The district has 2,45,000 registered voters.',
     'په ولسوالۍ کې دوه لکه پنځوس زره ثبت شوي رایه ورکوونکي دي.', MIS),
    ('About 125,000 people were vaccinated.',
     'شاوخوا ۱ لکه ۵۲ زره کسان واکسین شول.', MIS + ['NUM-EXTRA']),
    ('The scheme will cost 25 million rupees.',
     'په دې طرحه به ۲ کروړه ۵ لکه روپۍ لګښت راشي.', MIS + ['NUM-EXTRA']),
    ('The clinic in Char Asiab treated 40 patients.',
     'په چهارآسیاب کې کلینیک ۱۴ ناروغانو ته درملنه وکړه.', MIS),
    ('Travellers must quarantine for 14 days.',
     'مسافرین باید ۴۰ ورځې قرنطین کې تېرې کړي.', MIS),
]

# batch 5: finance and statistics copy (ranges of percentages, contraction as a minus, year-on-year,
# 1.5 °C, a one-in-100-year flood), legal drafting (figures in words beside digits, sub-clauses),
# health dosing by weight and age
CLEAN5 = [
    ('pct_range', 'Prices are expected to rise by 10-15%.',
     'تمه کېږي چې بیې له لسو تر پنځلسو سلنو پورې لوړې شي.'),
    ('pct_between', 'Growth will be between 5% and 7%.',
     'وده به د ۵ او ۷ سلنې ترمنځ وي.'),
    ('contraction', 'The economy contracted by 2.5% last year.',
     'تېر کال اقتصاد ۲.۵ سلنه کم شو.'),
    ('negative_growth', 'Growth was -2.5% in 2021.',
     'په ۲۰۲۱ کال کې وده منفي ۲.۵ سلنه وه.'),
    ('yoy', 'Inflation was 9.1% year on year in June.',
     'د جون په میاشت کې انفلاسیون د تېر کال په پرتله ۹.۱ سلنه و.'),
    ('per_capita', 'GDP per capita fell to $370.',
     'د سړي سر ناخالص کورني تولید ۳۷۰ ډالرو ته راټیټ شو.'),
    ('warming', 'The agreement aims to limit warming to 1.5 °C.',
     'د دې تړون موخه دا ده چې تودوخه یو نیم درجې سانتي ګراد ته محدوده کړي.'),
    ('return_period', 'It was a one-in-100-year flood.',
     'دا هغه سېلاب و چې په سلو کلونو کې یو ځل راځي.'),
    ('legal_words_digits', 'The lease runs for three (3) years.',
     'د اجارې موده درې (۳) کاله ده.'),
    ('legal_subclause', 'See section 3(2)(b) of the Act.',
     'د قانون د ۳مې مادې د ۲مې فقرې (ب) جز وګورئ.'),
    ('legal_amount_words', 'The buyer shall pay 50,000 (fifty thousand) afghanis.',
     'پېرودونکی به ۵۰۰۰۰ (پنځوس زره) افغانۍ ورکوي.'),
    ('dose_weight', 'Give 10 mg per kilogram of body weight.',
     'د بدن د وزن په هر کیلوګرام کې لس ملي ګرامه ورکړئ.'),
    ('dose_age', 'Children aged 2 to 5 years should take half a tablet.',
     'له دوو تر پنځو کلونو پورې ماشومان باید نیمه ګولۍ وخوري.'),
    ('son_age', 'His 3-year-old son was also injured.',
     'د هغه درې کلن زوی هم ټپي شو.'),
    ('weeks_preg', 'The vaccine is safe after 12 weeks of pregnancy.',
     'دا واکسین د امیندوارۍ له دولسو اونیو وروسته خوندي دی.'),
    ('ml_litre', 'Mix 500 ml of water with one packet of ORS.',
     'د ORS یو پاکټ له نیم لیتر اوبو سره ګډ کړئ.'),
    ('km_speed', 'The wind reached 120 km/h.',
     'باد په ساعت کې ۱۲۰ کیلومترو سرعت ته ورسېد.'),
    ('altitude', 'The pass is 3,878 metres above sea level.',
     'دا کوتل د سمندر له سطحې ۳۸۷۸ متره لوړ دی.'),
    ('minutes_hours', 'The operation lasted 90 minutes.',
     'عملیات یو نیم ساعت دوام وکړ.'),
    ('days_weeks', 'Symptoms appear within 14 days.',
     'نښې نښانې په دوو اونیو کې راښکاره کېږي.'),
]

CARELESS5 = [
    ('Prices are expected to rise by 10-15%.',
     'تمه کېږي چې بیې له لسو تر پنځوسو سلنو پورې لوړې شي.', MIS),
    ('Growth will be between 5% and 7%.',
     'وده به د ۵ او ۹ سلنې ترمنځ وي.', MIS),
    ('Inflation was 9.1% year on year in June.',
     'د جون په میاشت کې انفلاسیون د تېر کال په پرتله ۹۱ سلنه و.', MIS),
    ('The agreement aims to limit warming to 1.5 °C.',
     'د دې تړون موخه دا ده چې تودوخه دوه نیم درجې سانتي ګراد ته محدوده کړي.', MIS),
    ('It was a one-in-100-year flood.',
     'دا هغه سېلاب و چې په لسو کلونو کې یو ځل راځي.', MIS + ['NUM-MISSING', 'NUM-EXTRA']),
    ('The lease runs for three (3) years.',
     'د اجارې موده درې (۵) کاله ده.', MIS + ['NUM-EXTRA']),
    ('The buyer shall pay 50,000 (fifty thousand) afghanis.',
     'پېرودونکی به ۵۰۰۰۰ (پنځه زره) افغانۍ ورکوي.', MIS + ['NUM-EXTRA']),
    ('Give 10 mg per kilogram of body weight.',
     'د بدن د وزن په هر کیلوګرام کې سل ملي ګرامه ورکړئ.', MIS),
    ('His 3-year-old son was also injured.',
     'د هغه اته کلن زوی هم ټپي شو.', MIS),
    ('Mix 500 ml of water with one packet of ORS.',
     'د ORS یو پاکټ له یو لیتر اوبو سره ګډ کړئ.', MIS + ['NUM-MISSING']),
    ('The operation lasted 90 minutes.',
     'عملیات دوه نیم ساعته دوام وکړ.', MIS),
    ('Symptoms appear within 14 days.',
     'نښې نښانې په دوو ورځو کې راښکاره کېږي.', MIS),
]

# batch 6: encyclopedia and science copy (lifespans in brackets, "born 1962", "c. 1200", millennia
# BC, the mid-1800s, 3D / 5G / 16-bit / CO2 / H2O, disease types and stages, storm categories)
CLEAN6 = [
    ('lifespan', 'Abdul Ghaffar Khan (1890–1988) led a non-violent movement.',
     'عبدالغفار خان (۱۸۹۰–۱۹۸۸) د عدم تشدد غورځنګ مشري کوله.'),
    ('born', 'Rahman Baba\'s translator (born 1962) lives in Peshawar.',
     'د رحمان بابا ژباړونکی (زېږېدلی ۱۹۶۲) په پېښور کې اوسېږي.'),
    ('circa', 'The fort was built c. 1200.',
     'کلا شاوخوا په ۱۲۰۰ کال کې جوړه شوې وه.'),
    ('millennium_bc', 'Farming began here in the 3rd millennium BC.',
     'دلته کرنه له میلاد څخه دمخه په درېیمه زریزه کې پیل شوه.'),
    ('mid_century', 'The railway was planned in the mid-1800s.',
     'د اورګاډي پټلۍ د نولسمې پېړۍ په منځ کې پلان شوه.'),
    ('three_d', 'Doctors used a 3D printer to make the implant.',
     'ډاکټرانو د دې پیوند د جوړولو لپاره درې اړخیز چاپګر وکاراوه.'),
    ('five_g', '5G networks are not yet available in Afghanistan.',
     'د پنځم نسل شبکې لا په افغانستان کې نشته.'),
    ('bits', 'The game ran on a 16-bit console.',
     'دا لوبه په ۱۶ بیټي کنسول چلېده.'),
    ('co2', 'Cars release CO2 into the air.',
     'موټر کاربن ډای اکساید هوا ته خپروي.'),
    ('h2o', 'The molecule of water, H2O, has three atoms.',
     'د اوبو مالیکول درې اتومونه لري.'),
    ('diabetes_type', 'Type 2 diabetes is common in adults.',
     'د دوهم ډول شکر ناروغي په لویانو کې عامه ده.'),
    ('cancer_stage', 'The cancer was found at stage 4.',
     'سرطان په څلورم پړاو کې وموندل شو.'),
    ('category', 'A Category 5 cyclone hit the coast.',
     'د پنځمې درجې توپان ساحل ووهه.'),
    ('alert_level', 'The city is on a level 3 alert.',
     'ښار د درېیمې درجې خبرتیا په حالت کې دی.'),
    ('big_bang', 'The universe formed about 13.8 billion years ago.',
     'کائنات شاوخوا ۱۳.۸ میلیارده کاله وړاندې جوړ شوی.'),
    ('absolute_zero', 'Absolute zero is −273.15 °C.',
     'مطلق صفر منفي ۲۷۳.۱۵ درجې سانتي ګراد دی.'),
    ('ph', 'Pure water has a pH of 7.',
     'خالصې اوبه د ۷ pH لري.'),
    ('formula_one', 'He won his first Formula One race in 2010.',
     'هغه په ۲۰۱۰ کال کې د فارمولا ۱ خپله لومړۍ سیالي وګټله.'),
    ('film_title', 'Apollo 13 is a film about a failed moon mission.',
     'اپولو ۱۳ د سپوږمۍ د یوې ناکامې ماموریت په اړه فلم دی.'),
    ('light_years', 'The star is 640 light-years from Earth.',
     'دا ستوری له ځمکې ۶۴۰ نوري کاله لرې دی.'),
    ('reign', 'Ahmad Shah Durrani ruled for 25 years, from 1747 to 1772.',
     'احمد شاه دراني ۲۵ کاله، له ۱۷۴۷ څخه تر ۱۷۷۲ پورې، پاچاهي وکړه.'),
    ('population_density', 'The province has 120 people per square kilometre.',
     'په دې ولایت کې په هر مربع کیلومتر کې ۱۲۰ تنه اوسېږي.'),
]

CARELESS6 = [
    ('Abdul Ghaffar Khan (1890–1988) led a non-violent movement.',
     'عبدالغفار خان (۱۸۹۰–۱۹۸۹) د عدم تشدد غورځنګ مشري کوله.', MIS + ['DATE-MISMATCH', 'DATE-MISSING', 'DATE-EXTRA']),
    ('Farming began here in the 3rd millennium BC.',
     'دلته کرنه له میلاد څخه دمخه په دوهمه زریزه کې پیل شوه.', MIS + ['NUM-EXTRA', 'DATE-MISMATCH']),
    ('The railway was planned in the mid-1800s.',
     'د اورګاډي پټلۍ د شلمې پېړۍ په منځ کې پلان شوه.', MIS + ['NUM-EXTRA', 'DATE-MISMATCH']),
    ('5G networks are not yet available in Afghanistan.',
     'د څلورم نسل شبکې لا په افغانستان کې نشته.', MIS + ['NUM-EXTRA']),
    ('Type 2 diabetes is common in adults.',
     'د لومړي ډول شکر ناروغي په لویانو کې عامه ده.', MIS + ['NUM-EXTRA', 'NUM-MISSING']),
    ('The cancer was found at stage 4.',
     'سرطان په درېیم پړاو کې وموندل شو.', MIS + ['NUM-EXTRA']),
    ('A Category 5 cyclone hit the coast.',
     'د درېیمې درجې توپان ساحل ووهه.', MIS + ['NUM-EXTRA']),
    ('The universe formed about 13.8 billion years ago.',
     'کائنات شاوخوا ۱۳.۸ میلیونه کاله وړاندې جوړ شوی.', MIS),
    pytest.param('Absolute zero is −273.15 °C.',
                 'مطلق صفر ۲۷۳.۱۵ درجې سانتي ګراد دی.', MIS,
                 marks=pytest.mark.xfail(strict=True, reason="a minus sign lost: quantities carry no sign "
                                         "(−273.15 and ۲۷۳.۱۵ read alike; see the docstring)")),
    ('The star is 640 light-years from Earth.',
     'دا ستوری له ځمکې ۴۶۰ نوري کاله لرې دی.', MIS),
    ('Ahmad Shah Durrani ruled for 25 years, from 1747 to 1772.',
     'احمد شاه دراني ۲۶ کاله، له ۱۷۴۷ څخه تر ۱۷۷۲ پورې، پاچاهي وکړه.', MIS),
]

@pytest.mark.parametrize("kind,en,ps", CLEAN + CLEAN2 + CLEAN3 + CLEAN4 + CLEAN5 + CLEAN6)
def test_correct_translation_is_clean(kind, en, ps):
    assert reported(en, ps) == []


@pytest.mark.parametrize("en,ps,codes", CARELESS + CARELESS2 + CARELESS3 + CARELESS4 + CARELESS5 + CARELESS6)
def test_careless_translation_is_caught(en, ps, codes):
    got = reported(en, ps)
    assert set(codes) & set(got), got


def test_probes_run_on_this_tree():
    import aligner
    print("aligner from", aligner.__file__)
