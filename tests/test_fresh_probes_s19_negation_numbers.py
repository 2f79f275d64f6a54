"""Issue 11: fresh negation, number and date probes (helper H2, session 19, 2026-12-07).

Written for this file, after grouping the tuning parts' false NEG-*/NUM-*/DATE-* verdicts by the
mechanism behind them, as *other* instances of each mechanism a professional translator produces
(health, legal, technical and news registers), none of them taken from a corpus:

* an English word of difficulty, privation or protection said in Pashto by a negated verb
  ("have difficulty swallowing" ↔ "نه شي تېرولی", "too weak to stand" ↔ "… چې ودرېدای نه شو",
  "escaped injury" ↔ "ټپي نه شو", "boycotted" ↔ "ګډون ونه کړ");
* Pashto نه as the postposition "from / than" in "د … نه" before a verb (Peshawar usage without
  له: "د ډوډۍ نه وروسته", "د ډاکټر نه پوښتنه وکړئ");
* a number said another way (یو کم دېرش = 29, دوه نیم = 2.5, لکه = 100,000, کروړ = 10 million,
  درجن = 12) or glued to a word (۲۰۱۹کال، ۳۰کلن);
* words that hold a number word but name no number (place-value words سلیز/لسیز, سلګونه,
  سل "tuberculosis", زر "gold", دره/درې "valley", لکه "such as");
* "No." the abbreviation of number, and dates whose year is shared by two months or written in
  the Solar Hijri calendar.

Every correct translation must come out with no NEG-*, NUM-* or DATE-* warning or error (other
codes belong to other checks); every careless one (a dropped نه, an added نه, a flipped or changed
number, a changed date) must be caught.
"""
import pytest

from tests.helpers import reported_codes as reported

OWN = ("NEG-", "NUM-", "DATE-")


CLEAN = [
    # --- difficulty / privation / protection said by a negated Pashto verb
    ('difficulty', 'Some patients have difficulty swallowing tablets.',
     'ځینې ناروغان ګولۍ په اسانۍ نه شي تېرولی.'),
    ('difficulty', 'Many older adults have trouble sleeping at night.',
     'ډېر زاړه کسان د شپې په سمه توګه خوب نه شي کولی.'),
    ('difficulty', 'The witness had a hard time recalling the exact date.',
     'شاهد دقیقه نېټه په اسانۍ سره نه شوه رایادولی.'),
    ('difficulty', 'Rescuers struggled to reach the village after the landslide.',
     'ژغورونکي د ځمکې له ښوییدو وروسته په اسانۍ کلي ته ونه رسېدل.'),
    ('too_to', 'The patient was too weak to stand.',
     'ناروغ دومره کمزوری و چې ودرېدای نه شو.'),
    ('too_to', 'The file is too large to upload.',
     'فایل دومره لوی دی چې پورته کېدای نه شي.'),
    ('too_to', 'It is too early to say whether the treatment works.',
     'لا اوس نه شو ویلی چې درملنه اغېز لري که نه.'),
    ('escaped', 'The driver escaped injury.',
     'موټر چلوونکی ټپي نه شو.'),
    ('boycott', 'The opposition boycotted the vote.',
     'اپوزیسیون په رایې اچونې کې ګډون ونه کړ.'),
    ('silent', 'The ministry remained silent on the matter.',
     'وزارت په دې اړه هېڅ ونه ویل.'),
    ('beyond', 'The car was damaged beyond repair.',
     'موټر دومره زیانمن شوی و چې بیا جوړېدای نه شو.'),
    ('far_from', 'The results are far from perfect.',
     'پایلې هېڅ بشپړې نه دي.'),
    ('optional', 'This field is optional.',
     'د دې ځای ډکول اړین نه دي.'),
    ('closed', 'Banks will be closed on Friday.',
     'بانکونه به د جمعې په ورځ کار نه کوي.'),
    ('out_of_stock', 'The medicine is out of stock.',
     'دا درمل په زېرمه کې نشته.'),
    ('loss', 'Loss of appetite is common after surgery.',
     'له جراحي وروسته ډېری ناروغان اشتها نه لري.'),
    ('missed_dose', 'If you miss a dose, take it as soon as you remember.',
     'که مو یو خوراک په خپل وخت وانه خیست، هر کله چې مو را په یاد شو، وې خورئ.'),
    ('forget', 'Patients often forget to take their evening dose.',
     'ډېری ناروغان د ماښام خوراک له هېرې نه اخلي.'),
    ('stalled', 'Peace talks stalled last month.',
     'د سولې خبرې تېره میاشت مخ ته ولاړې نه شوې.'),
    ('negative_test', 'His test came back negative.',
     'د هغه په ازموینه کې ویروس ونه موندل شو.'),
    ('shielded', 'Diplomats are protected from arrest in the host country.',
     'ډیپلوماتان په کوربه هېواد کې نه شي نیول کېدای.'),
    ('free_of', 'The clinic is now free of debt.',
     'کلینیک اوس هېڅ پور نه لري.'),
    ('waive', 'The buyer waives any claim against the seller.',
     'پېرودونکی د پلورونکي پر وړاندې هېڅ دعوه نه کوي.'),
    # --- نه "from / than" before a verb
    ('neh_from', 'Take one tablet after meals.',
     'د ډوډۍ نه وروسته یوه ګولۍ واخلئ.'),
    ('neh_from', 'Ask your doctor before taking this medicine.',
     'د دې درمل تر خوړلو مخکې د خپل ډاکټر نه پوښتنه وکړئ.'),
    ('neh_from', 'He returned from Peshawar last week.',
     'هغه تېره اونۍ د پېښور نه راستون شو.'),
    ('neh_from', 'Remove the battery from the device.',
     'بیټري د آلې نه وباسئ.'),
    ('neh_from', 'The village gets its water from a well.',
     'کلی خپلې اوبه د کوهي نه اخلي.'),
    ('neh_than', 'Her fever was higher than yesterday.',
     'د هغې تبه د پرون نه لوړه وه.'),
    # --- numbers said another way
    ('said_otherwise', 'The hospital has 29 beds.',
     'روغتون یو کم دېرش بستره لري.'),
    ('said_otherwise', 'He was 48 years old.',
     'هغه دوه کم پنځوس کلن و.'),
    ('said_otherwise', 'The project cost 2.5 million afghanis.',
     'د پروژې لګښت دوه نیم میلیونه افغانۍ و.'),
    ('said_otherwise', 'The fine is 250,000 afghanis.',
     'جریمه دوه نیم لکه افغانۍ ده.'),
    ('said_otherwise', 'About 1.5 million people were displaced.',
     'شاوخوا پنځلس لکه خلک بې ځایه شول.'),
    ('said_otherwise', 'The province has a population of 4 million.',
     'د ولایت نفوس څلوېښت لکه دی.'),
    ('said_otherwise', 'The budget is 20 million rupees.',
     'بودجه دوه کروړه روپۍ ده.'),
    ('said_otherwise', 'About a dozen protesters were injured.',
     'شاوخوا دولس لاریون کوونکي ټپیان شول.'),
    ('said_otherwise', 'The dose was doubled.',
     'خوراک دوه چنده شو.'),
    ('said_otherwise', 'One in five adults smokes.',
     'له هرو پنځو لویانو څخه یو سګرټ څکوي.'),
    ('said_otherwise', 'Half a million children need vaccines.',
     'نیم میلیون ماشومان واکسینو ته اړتیا لري.'),
    # --- numbers glued to words
    ('glued', 'The law was passed in 2019.',
     'قانون په ۲۰۱۹کال کې تصویب شو.'),
    ('glued', 'A 30-year-old woman was injured.',
     'یوه ۳۰کلنه ښځه ټپي شوه.'),
    ('glued', 'The office is on the 12th floor.',
     'دفتر په ۱۲م پوړ کې دی.'),
    # --- number words that name no number
    ('place_value', 'Write the digit in the hundreds place.',
     'عدد د سلیزو په خانه کې ولیکئ.'),
    ('place_value', 'Round the number to the nearest ten.',
     'عدد تر ټولو نږدې لسیز ته ګرد کړئ.'),
    ('homograph', 'Tuberculosis patients must take their medicine for six months.',
     'د سل ناروغان باید شپږ میاشتې خپل درمل وخوري.'),
    ('homograph', 'The price of gold rose this week.',
     'په دې اونۍ کې د سرو زرو بیه لوړه شوه.'),
    ('homograph', 'Residents of the valley fled their homes.',
     'د درې اوسېدونکي له خپلو کورونو وتښتېدل.'),
    ('homograph', 'Vulnerable groups, such as children and the elderly, need extra care.',
     'زیانمنونکې ډلې، لکه ماشومان او زاړه خلک، زیاتې پاملرنې ته اړتیا لري.'),
    ('homograph', 'The two countries signed a bilateral agreement.',
     'دواړو هېوادونو یو دوه اړخیز تړون لاسلیک کړ.'),
    ('homograph', 'The government took a unilateral decision.',
     'حکومت یو اړخیزه پرېکړه وکړه.'),
    ('homograph', 'Thousands of people attended the funeral.',
     'په جنازه کې زرګونو خلکو ګډون وکړ.'),
    # --- "No." the abbreviation of number
    ('number_sign', 'Resolution No. 2231 was adopted in 2015.',
     'د امنیت شورا ۲۲۳۱ ګڼه پرېکړه لیک په ۲۰۱۵ کال تصویب شو.'),
    ('number_sign', 'See Decree No. 14 of the Ministry of Health.',
     'د عامې روغتیا وزارت ۱۴ نمبر فرمان وګورئ.'),
    ('number_sign', 'Room no. 4 is on the left.',
     'څلورمه کوټه کیڼ لاس ته ده.'),
    # --- dates
    ('date_shared_year', 'Between March and May 2021, prices doubled.',
     'د ۲۰۲۱ کال د مارچ او مۍ میاشتو ترمنځ بیې دوه چنده شوې.'),
    ('date_word_day', 'The elections will be held on 5 May.',
     'ټاکنې به د مۍ په پنځمه نېټه ترسره شي.'),
    ('date_hijri', 'The decree was issued on 21 March 2023 (1 Hamal 1402).',
     'فرمان د ۱۴۰۲ کال د حمل په لومړۍ (د ۲۰۲۳ کال د مارچ ۲۱) صادر شو.'),
    ('date_decade', 'The movement began in the mid-1970s.',
     'دا غورځنګ د ۱۹۷۰ مې لسیزې په نیمایي کې پیل شو.'),
    ('date_range', 'The clinic is closed from 1 to 5 April.',
     'کلینیک د اپرېل له ۱ نه تر ۵ پورې تړلی وي.'),
]


WRONG = [
    # a dropped نه
    ('The patient could not stand without help.', 'ناروغ پرته له مرستې ودرېدای شو.', 'NEG-'),
    ('Do not take this medicine with alcohol.', 'دا درمل له الکولو سره واخلئ.', 'NEG-'),
    ('The court did not accept the appeal.', 'محکمې استیناف ومانه.', 'NEG-'),
    ('Children under five should not fast.', 'له پنځو کلونو کم عمر ماشومان دې روژه ونیسي.', 'NEG-'),
    pytest.param('The patient was too weak to stand.', 'ناروغ ډېر کمزوری و او ودرېد.', 'NEG-',
                 marks=pytest.mark.xfail(strict=True, reason="کمزوری (کم + زور, of little strength) is itself a "
                                         "word of privation, which keeps a lost negation quiet")),
    ('The water was too hot to drink.', 'اوبه ډېرې تودې وې او ومې څښلې.', 'NEG-'),
    ('Some patients have difficulty swallowing tablets.', 'ځینې ناروغان ګولۍ په اسانۍ تېروي.', 'NEG-'),
    # an added نه
    ('The update deletes old files.', 'تازه کول زړې فایلونه نه ړنګوي.', 'NEG-'),
    ('The minister confirmed the report.', 'وزیر راپور تایید نه کړ.', 'NEG-'),
    ('The vaccine is effective during pregnancy.', 'واکسین د امیندوارۍ پر مهال اغېزمن نه دی.', 'NEG-'),
    ('The box is light enough to carry.', 'بکس دومره سپک دی چې پورته کېدای نه شي.', 'NEG-'),
    ('He returned from Peshawar last week.', 'هغه تېره اونۍ پېښور ته راستون نه شو.', 'NEG-'),
    # an affix lost
    pytest.param('The results were inconclusive.', 'پایلې قطعي وې.', 'NEG-',
                 marks=pytest.mark.xfail(strict=True, reason="no polarity pair conclusive ↔ قطعي: an in- word "
                                         "rendered by its positive antonym is caught only for listed poles")),
    ('His test came back negative.', 'د هغه ازموینه منفي نه وه.', 'NEG-'),
    ('Banks will be closed on Friday.', 'بانکونه به د جمعې په ورځ بند نه وي.', 'NEG-'),
    # a changed number
    ('The hospital has 29 beds.', 'روغتون ۹۲ بستره لري.', 'NUM-'),
    ('He was 48 years old.', 'هغه څلور کم پنځوس کلن و.', 'NUM-'),
    ('The fine is 250,000 afghanis.', 'جریمه ۲۵ زره افغانۍ ده.', 'NUM-'),
    ('About 1.5 million people were displaced.', 'شاوخوا پنځه لکه خلک بې ځایه شول.', 'NUM-'),
    ('The project cost 2.5 million afghanis.', 'د پروژې لګښت دوه میلیونه افغانۍ و.', 'NUM-'),
    ('Take 2 tablets three times a day.', 'ورځې درې ځله ګولۍ واخلئ.', 'NUM-'),
    ('Unemployment rose to 15 percent.', 'بېکاري ۵۱ سلنې ته لوړه شوه.', 'NUM-'),
    ('A 30-year-old woman was injured.', 'یوه ۳۵کلنه ښځه ټپي شوه.', 'NUM-'),
    ('Two-thirds of the budget goes to salaries.', 'د بودجې درېیمه برخه معاشونو ته ځي.', 'NUM-'),
    ('Tuberculosis killed 100 people in the district.', 'په ولسوالۍ کې د سل ناروغۍ لس کسان ووژل.', 'NUM-'),
    ('Resolution No. 2231 was adopted in 2015.', 'د امنیت شورا ۲۲۱۳ ګڼه پرېکړه لیک په ۲۰۱۵ کال تصویب شو.', 'NUM-'),
    # a changed date
    ('The elections will be held on 5 May.', 'ټاکنې به د مۍ په شپږمه نېټه ترسره شي.', ('DATE-', 'NUM-')),
    ('The decree was issued on 21 March 2023.', 'فرمان د ۲۰۲۳ کال د اپرېل په ۲۱ صادر شو.', ('DATE-', 'NUM-')),
    ('Between March and May 2021, prices doubled.', 'د ۲۰۲۰ کال د مارچ او مۍ میاشتو ترمنځ بیې دوه چنده شوې.', ('DATE-', 'NUM-')),
]



# Round 2, written after round 1's fixes and run before the next ones (first contact: 35 of 47
# correct translations clean; the failures: "too X for Y to", "mild" / "minor" / "safe" said by a
# negated opposite (سخت نه، جدي نه، زیان نه رسوي), "expires" ↔ اعتبار نه لري, and the nouns of
# compound verbs that take "from X" (د X نه زده کوي، ګټه اخلي، ډار لري، کار اخلي، پټ شو)).
CLEAN_2 = [
    ('The patient found it hard to breathe at night.',
     'ناروغ د شپې په اسانۍ ساه نه شوه اخیستلی.'),
    ('Many families struggle to afford food.',
     'ډېرې کورنۍ د خوړو پیسې نه شي ورکولی.'),
    ('The bridge is too narrow for trucks to cross.',
     'پل دومره تنګ دی چې لارۍ ترې نه شي تېرېدای.'),
    ('The road is impassable in winter.',
     'په ژمي کې له دې سړک نه تېرېدل کېږي.'),
    ('The defendant remained silent throughout the hearing.',
     'تورن د اورېدنې په اوږدو کې هېڅ ونه ویل.'),
    ('Members abstained from the vote.',
     'غړو په رایه ورکولو کې برخه وانه خیسته.'),
    ('The app stopped responding.',
     'اپلیکیشن نور ځواب نه ورکوي.'),
    ('The device is out of warranty.',
     'د دې وسیلې تضمین نور اعتبار نه لري.'),
    ('The printer ran out of paper.',
     'په پرنټر کې کاغذ پاتې نه شو.'),
    ('The suspect evaded arrest for months.',
     'شکمن تر څو میاشتو ونه نیول شو.'),
    ('Most cases are mild.',
     'ډېری پېښې سختې نه دي.'),
    ('The injury was minor.',
     'ټپ جدي نه و.'),
    ('The risk is low.',
     'خطر ډېر نه دی.'),
    ('Symptoms usually disappear within a week.',
     'نښې معمولاً په یوه اونۍ کې له منځه ځي.'),
    ('The drug is safe for children.',
     'دا درمل ماشومانو ته زیان نه رسوي.'),
    ('The meeting was postponed until next week.',
     'غونډه تر راتلونکې اونۍ پورې ونه شوه.'),
    ('Few people attended the meeting.',
     'په غونډه کې ډېرو خلکو ګډون ونه کړ.'),
    ('The law forbids child labour.',
     'قانون اجازه نه ورکوي چې ماشومان کار وکړي.'),
    ('The company denied any wrongdoing.',
     'شرکت وویل چې هېڅ غلط کار یې نه دی کړی.'),
    ('The offer expires on Friday.',
     'دا وړاندیز له جمعې وروسته اعتبار نه لري.'),
    pytest.param('Keep the vaccine cold.',
                 'واکسین ګرم مه پرېږدئ.',
                 marks=pytest.mark.xfail(strict=True, reason="keep cold ↔ ګرم مه پرېږدئ (do not leave warm): "
                                         "no antonym pair cold ↔ warm")),
    ('The data were incomplete.',
     'معلومات بشپړ نه وو.'),
    ('The results remain uncertain.',
     'پایلې لا هم معلومې نه دي.'),
    ('Wash your hands before eating.',
     'تر خوړلو مخکې خپل لاسونه ومینځئ.'),
    ('Wash your hands before eating.',
     'خوړو نه مخکې لاسونه ومینځئ.'),
    ('He resigned before the vote.',
     'هغه تر رایې اچونې مخکې استعفا وکړه.'),
    ('The patient recovered after the surgery.',
     'ناروغ د جراحۍ نه وروسته روغ شو.'),
    ('The soldiers retreated from the town.',
     'سرتېري د ښار نه شاته شول.'),
    ('The medicine is made from plants.',
     'دا درمل د بوټو نه جوړېږي.'),
    ('Children learn from their parents.',
     'ماشومان د خپلو مور او پلار نه زده کوي.'),
    ('The rate fell from 12% to 9%.',
     'کچه له ۱۲٪ نه ۹٪ ته راټیټه شوه.'),
    ('It is better than nothing.',
     'دا تر هېڅ نه ښه دی.'),
    ('The river is deeper than it looks.',
     'سیند د هغه څه نه ژور دی چې ښکاري.'),
    ('Whether or not you agree, the rule applies.',
     'که موافق یاست که نه، دا قاعده پلي کېږي.'),
    ('Children learn from their parents.',
     'ماشومان د خپلو مور او پلار نه زده کوي.'),
    ('Farmers benefit from the new canal.',
     'بزګران د نوي کانال نه ګټه اخلي.'),
    ('Many people are afraid of dogs.',
     'ډېر خلک د سپیو نه ډار لري.'),
    ('The company uses solar panels.',
     'شرکت د لمریزو پینلونو نه کار اخلي.'),
    ('Patients often complain of headaches.',
     'ناروغان اکثره د سر د درد نه شکایت کوي.'),
    ('She was tired of waiting.',
     'هغه د انتظار نه ستړې شوې وه.'),
    ('He escaped from prison.',
     'هغه د زندان نه وتښتېد.'),
    ('The villagers fled from the floods.',
     'کلیوال د سېلابونو نه وتښتېدل.'),
    ('Protect your skin from the sun.',
     'خپل پوستکی د لمر نه وساتئ.'),
    ('The goods were imported from China.',
     'توکي د چین نه وارد شول.'),
    ('They were released from custody.',
     'هغوی د توقیف نه خوشې شول.'),
    ('He inherited the house from his father.',
     'هغه کور د خپل پلار نه په میراث یووړ.'),
    ('The child hid from his mother.',
     'ماشوم د خپلې مور نه پټ شو.'),
]

WRONG_2 = [
    ('Most cases are severe.', 'ډېری پېښې سختې نه دي.', 'NEG-'),
    ('The injury was serious.', 'ټپ جدي نه و.', 'NEG-'),
    ('Farmers do not benefit from the canal.', 'بزګران د کانال نه ګټه اخلي.', 'NEG-'),
    ('The bridge is wide enough for trucks to cross.', 'پل دومره پلن دی چې لارۍ ترې نه شي تېرېدای.', 'NEG-'),
    ('The drug is harmful to children.', 'دا درمل ماشومانو ته زیان نه رسوي.', 'NEG-'),
    ('The child did not hide from his mother.', 'ماشوم د خپلې مور نه پټ شو.', 'NEG-'),
]


@pytest.mark.parametrize("en,ps", [p[1:] for p in CLEAN] + CLEAN_2)
def test_correct_translation_is_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith(OWN)] == []


@pytest.mark.parametrize("en,ps,family", WRONG + WRONG_2)
def test_wrong_translation_is_caught(en, ps, family):
    assert any(c.startswith(family) for c in reported(en, ps))
