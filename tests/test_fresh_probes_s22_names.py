"""Issue 11: fresh name probes (helper H3 "names", session of 2026-12-07 evening, stop 22).

Written for this file (no corpus line, no held-out row read), as a professional translator writes
English → Pashto in encyclopedic, news, health, science, sport, business and culture registers,
full of names and name-like words in the ways that trip a name checker:

* ``meaning``: names rendered by meaning (prizes, wars, seas, ages, treaties, declarations,
  committees, towers, games), or partly by sound and partly by meaning;
* ``variant``: traditional Pashto / Arabic / Persian exonyms and spelling variants (ابن سینا،
  سکندر، مصر، یونان، آلمان/جرمني، بیت المقدس، ارسطو، افلاطون), names with Pashto plural or
  oblique endings (امریکایانو، جاپانیانو), adjectives of nationality (فرانسوي، رومي);
* ``latin``: names kept in Latin script with or without a gloss; identifiers with digits and
  hyphens;
* ``acronym``: acronyms rendered by their expansion or by meaning (WHO, UNICEF, NATO, UN, GDP,
  CEO, IMF);
* ``capital``: capitalised English words that are not names (sentence-initial adverbs, titles,
  weekdays, months, Title Case headlines) and names that are also place names (Jordan the
  player, Florence the nurse, Georgia the state);
* ``reference``: a name carried in the Pashto by a pronoun or a description where the English
  repeats it.

Every correct translation must come out with no ENTITY-* or UNTRANS-* warning or error; every
careless one (a name swapped for another city, country or person, a name dropped) must be
caught by an ENTITY-* code.

First contact on 3cf60b8 (the start tree, rule 9; each round scored there, rounds 1-3 before
any change, rounds 4-5 after the fixes for the rounds before): clean 132/142, caught 34/40
(round 1 clean 37/37, caught 13/14; round 2 clean 35/37, caught 9/12; round 3 clean 31/32,
caught 4/4; round 4 clean 22/24, caught 3/5; round 5 clean 7/12, caught 5/5).  Missed on first
contact, and the mechanisms:

* Pharaohs ↔ فرعونان reported missing: titles of rulers Pashto renders by its own word
  (pharaoh, caliph, tsar, czar, khedive) are now in en_not_names.txt.
* Jalaluddin Rumi ↔ مولانا جلال الدین بلخي (the name Afghans give him) read as a swap for
  Bactria: Rumi is listed (person) with مولانا / بلخي.
* Khattak ↔ خوشحال بابا after Khushal Khan Khattak ↔ خوشحال خان خټک: a person called again by
  another word of the full name just given (entities._named_by_another_word).
* Treaty of Versailles with Versailles dropped: ورسوله ("delivered") was heard as Versailles
  (the perfective forms of رسول / رسېدل are in ps_common_words.txt; Versailles is listed).
* Jupiter ↔ زحل, Cordoba ↔ غرناطه not caught: the planets (Arabic names) and the Andalusian
  cities (Arabic exonyms) are listed; مشتري "customer", زهره "gall", قزاقان "pirates" are
  homographs (ps_name_homographs.tsv).
* "The Turks and the Russians" ↔ ترکانو او ایرانیانو not caught: the animate plural of a
  place's people or adjective form (ایرانیانو, ترکانو) was taken for a common noun's plural
  (entities._plural_of, _PEOPLE_ENDINGS).
* Round 5: a person carried by a demonstrative and the noun of their calling (دې ډاکټرې,
  دې سندرغاړي: person nouns in reference_words_ps.tsv).  A name written in the Pashto of the
  neighbouring sentence whose English does not name it (Warsaw, Mazar-i-Sharif, the Amu Darya)
  stays xfail (MOVED): accepting it lost a real omission on the bench.
* Left xfail (strict): Spanish j said خ (Juan ↔ خوان, Jorge ↔ خورخه: letting j sound like خ
  makes Jalil ~ خلیل, Jan ~ خان); Pierre of Pierre Curie dropped where the one کوري serves
  both Curies; Voltaire (unlisted, seen once, no evidence) swapped for کانټ.

Now: clean 137/142 (5 xfail), caught 38/40 (2 xfail).
"""
import pytest

from tests.helpers import reported_codes

OWN = ("ENTITY-", "UNTRANS-")


def reported(en, ps):
    return [c for c in reported_codes(en, ps) if c.startswith(OWN)]


def as_list(x):
    return [x] if isinstance(x, str) else x


CLEAN = [
    # --- meaning: names rendered by meaning, or partly by sound and partly by meaning
    ('meaning', 'Nelson Mandela received the Nobel Peace Prize in 1993.',
                'نیلسن منډېلا په ۱۹۹۳ کال کې د سولې نوبل جایزه ترلاسه کړه.'),
    ('meaning', 'The Cold War ended when the Soviet Union collapsed in 1991.',
                'سړه جګړه هغه مهال پای ته ورسېده چې په ۱۹۹۱ کال کې شوروي اتحاد ړنګ شو.'),
    ('meaning', 'The Black Sea is linked to the Mediterranean through the Bosphorus.',
                'تور سمندر د باسفورس له لارې له مدیترانې سمندر سره نښلي.'),
    ('meaning', 'In the Middle Ages, Baghdad was a great centre of learning.',
                'په منځنیو پېړیو کې بغداد د علم یو لوی مرکز و.'),
    ('meaning', 'The International Committee of the Red Cross visited prisoners in Kandahar.',
                'د سره صلیب نړیوالې کمېټې په کندهار کې له بندیانو سره لیدنه وکړه.'),
    ('meaning', 'The Treaty of Versailles ended the First World War.',
                'د ورسای تړون لومړۍ نړیواله جګړه پای ته ورسوله.'),
    ('meaning', 'The Universal Declaration of Human Rights was adopted in 1948.',
                'د بشري حقونو نړیواله اعلامیه په ۱۹۴۸ کال کې تصویب شوه.'),
    ('meaning', 'Oil tankers cross the Persian Gulf and the Red Sea every day.',
                'د تېلو ټانکرې هره ورځ له خلیج فارس او سره سمندر څخه تېرېږي.'),
    ('meaning', 'The Eiffel Tower was built for the World Fair of 1889.',
                'د ایفل برج د ۱۸۸۹ کال د نړیوال نندارتون لپاره جوړ شو.'),
    ('meaning', 'The Summer Olympics were held in Tokyo in 2021.',
                'د دوبي المپیک لوبې په ۲۰۲۱ کال کې په توکیو کې ترسره شوې.'),
    ('meaning', 'The Great Wall of China is more than 20,000 kilometres long.',
                'د چین لوی دیوال له ۲۰۰۰۰ کیلومترو ډېر اوږد دی.'),
    # --- variant: exonyms and traditional spellings, endings, adjectives of nationality
    ('variant', 'Avicenna was born near Bukhara in 980.',
                'ابن سینا په ۹۸۰ کال کې د بخارا سره نږدې زېږېدلی و.'),
    ('variant', 'Alexander the Great crossed the Hindu Kush with his army.',
                'سکندر اعظم له خپل لښکر سره له هندوکش څخه تېر شو.'),
    ('variant', 'Egypt and Greece signed a gas agreement in Athens.',
                'مصر او یونان په اتن کې د ګازو یو تړون لاسلیک کړ.'),
    ('variant', 'Germany and Japan were allies in the Second World War.',
                'آلمان او جاپان په دویمه نړیواله جګړه کې متحدین وو.'),
    ('variant', "Germany's exports to China fell last year.",
                'چین ته د جرمني صادرات تېر کال کم شول.'),
    ('variant', 'Pilgrims from many countries visit Jerusalem every year.',
                'له ډېرو هېوادونو زائرین هر کال بیت المقدس ته ورځي.'),
    ('variant', 'Thousands of Americans and Japanese visited the temples of Kyoto.',
                'په زرګونو امریکایانو او جاپانیانو د کیوټو له معبدونو لیدنه وکړه.'),
    ('variant', 'French and Roman architects shaped the churches of the city.',
                'فرانسوي او رومي معمارانو د ښار کلیساګانې جوړې کړې.'),
    ('variant', 'Aristotle studied under Plato in Athens.',
                'ارسطو په اتن کې د افلاطون شاګرد و.'),
    ('variant', 'Napoleon invaded Russia in 1812.',
                'ناپلیون په ۱۸۱۲ کال کې پر روسیې یرغل وکړ.'),
    ('variant', 'Mecca and Medina are the holiest cities of Islam.',
                'مکه او مدینه د اسلام تر ټولو سپېڅلي ښارونه دي.'),
    # --- latin: names kept in Latin script, with or without a gloss; identifiers
    ('latin', 'The app runs on Android and iOS phones.',
              'دا اپلیکېشن په Android او iOS تلیفونونو کار کوي.'),
    ('latin', 'Researchers at CERN trained the model with PyTorch.',
              'په CERN (د اټومي څېړنو اروپايي مرکز) کې څېړونکو دا ماډل د PyTorch په مرسته وروزه.'),
    ('latin', 'Flight PK-785 from Islamabad landed in Kabul at noon.',
              'له اسلام اباد څخه د PK-785 الوتکه د غرمې په کابل کې کښته شوه.'),
    # --- acronym: rendered by expansion or by meaning
    ('acronym', 'WHO and UNICEF launched a polio campaign in Nangarhar.',
                'د روغتیا نړیوال سازمان او یونیسف په ننګرهار کې د پولیو کمپاین پیل کړ.'),
    ('acronym', 'NATO troops left Afghanistan in 2021.',
                'د ناټو ځواکونو په ۲۰۲۱ کال کې افغانستان پرېښود.'),
    ('acronym', 'The UN said that GDP had fallen by 20 percent.',
                'ملګرو ملتونو وویل چې ناخالص کورني تولید ۲۰ سلنه راټیټ شوی دی.'),
    ('acronym', 'The CEO of Siemens visited Berlin on Monday.',
                'د زیمنس اجرایوي رییس د دوشنبې په ورځ برلین ته سفر وکړ.'),
    ('acronym', 'The IMF approved a loan for Pakistan.',
                'د پیسو نړیوال صندوق پاکستان ته یو پور تصویب کړ.'),
    # --- capital: capitalised words that are not names; names that are also place names
    ('capital', 'Meanwhile, President Biden met Chancellor Scholz on Thursday.',
                'په همدې حال کې ولسمشر بایډن د پنجشنبې په ورځ له صدراعظم شولتز سره وکتل.'),
    ('capital', 'Heavy Rains Cause Floods In Northern Provinces',
                'درنو بارانونو په شمالي ولایتونو کې سېلابونه راوستل'),
    ('capital', 'Michael Jordan won six championships with the Chicago Bulls.',
                'مایکل جورډن د شیکاګو بلز سره شپږ اتلولۍ وګټلې.'),
    ('capital', 'Florence Nightingale nursed wounded soldiers in the Crimea.',
                'فلورنس نایټینګېل په کریمیا کې د ټپي سرتیرو پالنه وکړه.'),
    ('capital', 'Atlanta is the capital of Georgia.',
                'اټلانټا د جورجیا ایالت پلازمېنه ده.'),
    # --- reference: the Pashto carries a repeated name by a pronoun or a description
    ('reference', ['Avicenna wrote the Canon of Medicine.',
                   "Avicenna's book was taught in Europe for centuries."],
                  ['ابن سینا د طب قانون ولیکه.',
                   'د نوموړي کتاب د پېړیو په اوږدو کې په اروپا کې تدریسېده.']),
    ('reference', ['Japan has one of the oldest populations in the world.',
                   "Japan's government wants more young workers."],
                  ['جاپان د نړۍ تر ټولو زړو نفوسونو څخه یو لري.',
                   'د دغه هېواد حکومت ډېر ځوان کارګران غواړي.']),
]


WRONG = [
    ('meaning', 'Nelson Mandela received the Nobel Peace Prize in 1993.',
                'مهاتما ګاندي په ۱۹۹۳ کال کې د سولې نوبل جایزه ترلاسه کړه.'),
    ('meaning', 'The Treaty of Versailles ended the First World War.',
                'تړون لومړۍ نړیواله جګړه پای ته ورسوله.'),
    ('meaning', 'In the Middle Ages, Baghdad was a great centre of learning.',
                'په منځنیو پېړیو کې دمشق د علم یو لوی مرکز و.'),
    ('variant', 'Avicenna was born near Bukhara in 980.',
                'ابن سینا په ۹۸۰ کال کې د سمرقند سره نږدې زېږېدلی و.'),
    ('variant', 'Egypt and Greece signed a gas agreement in Athens.',
                'مصر او ترکیه په اتن کې د ګازو یو تړون لاسلیک کړ.'),
    ('variant', 'Germany and Japan were allies in the Second World War.',
                'آلمان او ایټالیا په دویمه نړیواله جګړه کې متحدین وو.'),
    ('variant', 'Pilgrims from many countries visit Jerusalem every year.',
                'له ډېرو هېوادونو زائرین هر کال مکې ته ورځي.'),
    ('variant', 'Aristotle studied under Plato in Athens.',
                'ارسطو په اتن کې د سقراط شاګرد و.'),
    ('variant', 'Napoleon invaded Russia in 1812.',
                'ناپلیون په ۱۸۱۲ کال کې پر پولنډ یرغل وکړ.'),
    ('acronym', 'WHO and UNICEF launched a polio campaign in Nangarhar.',
                'د روغتیا نړیوال سازمان په ننګرهار کې د پولیو کمپاین پیل کړ.'),
    ('acronym', 'NATO troops left Afghanistan in 2021.',
                'د ناټو ځواکونو په ۲۰۲۱ کال کې عراق پرېښود.'),
    ('capital', 'Meanwhile, President Biden met Chancellor Scholz on Thursday.',
                'په همدې حال کې ولسمشر بایډن د پنجشنبې په ورځ له صدراعظم مرکل سره وکتل.'),
    ('capital', 'Florence Nightingale nursed wounded soldiers in the Crimea.',
                'فلورنس نایټینګېل په قفقاز کې د ټپي سرتیرو پالنه وکړه.'),
    ('reference', ['Japan has one of the oldest populations in the world.',
                   "Japan's government wants more young workers."],
                  ['جاپان د نړۍ تر ټولو زړو نفوسونو څخه یو لري.',
                   'د چین حکومت ډېر ځوان کارګران غواړي.']),
]


#: round 2 (harder: traditional Arabic-Persian names of planets, cities and people, feasts and
#: books, partly-translated institutions, sport and business names, acronyms by expansion,
#: nationality nouns with Pashto plural endings), written after round 1 came out 37/37 clean
CLEAN2 = [
    ('variant', 'Mars and Jupiter can be seen in the evening sky this month.',
                'مریخ او مشتري سږه میاشت د ماښام په اسمان کې لیدل کېدای شي.'),
    ('variant', 'Venus is hotter than Mercury, although Mercury is closer to the Sun.',
                'زهره له عطارد څخه ګرمه ده، که څه هم عطارد لمر ته نږدې دی.'),
    ('variant', 'The Great Mosque of Cordoba was built when Andalusia was ruled by Muslims.',
                'د قرطبې لوی جومات هغه وخت جوړ شو چې اندلس د مسلمانانو تر واکمنۍ لاندې و.'),
    ('variant', 'Saladin recaptured Jerusalem from the Crusaders in 1187.',
                'صلاح الدین ایوبي په ۱۱۸۷ کال کې بیت المقدس له صلیبیانو څخه بېرته ونیو.'),
    ('variant', 'Tamerlane made Samarkand the capital of his empire.',
                'تیمور لنګ سمرقند د خپلې امپراتورۍ پلازمېنه وګرځوله.'),
    ('variant', 'Muslims around the world celebrate Eid al-Fitr at the end of Ramadan.',
                'د نړۍ مسلمانان د روژې د میاشتې په پای کې کوچنی اختر لمانځي.'),
    ('variant', 'The Torah, the Bible and the Quran all tell the story of Noah.',
                'تورات، انجیل او قرآن ټول د نوح علیه السلام کیسه بیانوي.'),
    ('variant', 'The Turks and the Russians fought many wars over the Caucasus.',
                'ترکانو او روسانو د قفقاز پر سر ډېرې جګړې وکړې.'),
    ('variant', 'The British and the French divided the Levant after 1918.',
                'انګرېزانو او فرانسویانو له ۱۹۱۸ کال وروسته شام سره ووېشه.'),
    ('variant', 'Spanish and Portuguese sailors reached India by sea.',
                'هسپانوي او پرتګالي بېړیوانان د سمندر له لارې هند ته ورسېدل.'),
    ('variant', 'The Pharaohs of Egypt were buried in the Valley of the Kings.',
                'د مصر فرعونان د پاچایانو په دره کې ښخ شول.'),
    ('meaning', 'The Pacific Ocean is larger than all the land on Earth.',
                'ارام سمندر د ځمکې له ټولې وچې څخه لوی دی.'),
    ('meaning', 'The Sahara is the largest hot desert in the world.',
                'لویه صحرا د نړۍ تر ټولو لویه ګرمه دښته ده.'),
    ('meaning', 'The White House and the Kremlin agreed to resume the talks.',
                'سپینې ماڼۍ او کرملین موافقه وکړه چې خبرې بیا پیل کړي.'),
    ('meaning', 'The International Space Station orbits the Earth every 90 minutes.',
                'نړیوال فضايي سټېشن هر ۹۰ دقیقې وروسته د ځمکې شاوخوا یو ځل ګرځي.'),
    ('meaning', 'The Asian Development Bank will fund a new road in Badakhshan.',
                'د آسیا پراختیايي بانک به په بدخشان کې د یوه نوي سړک لګښت ورکړي.'),
    ('meaning', 'Kabul Polytechnic University opened a new engineering faculty.',
                'د کابل پولیتخنیک پوهنتون د انجنیرۍ یوه نوې پوهنځی پرانیست.'),
    ('meaning', 'Hamid Karzai International Airport reopened to civilian flights.',
                'د حامد کرزي نړیوال هوايي ډګر بیا ملکي الوتنو ته پرانیستل شو.'),
    ('meaning', 'The Afghanistan Cricket Board named Rashid Khan as captain for the Asia Cup.',
                'د افغانستان د کرکټ بورډ راشد خان د آسیا جام لپاره کپتان وټاکه.'),
    ('meaning', 'Real Madrid beat Barcelona in the Champions League.',
                'ریال مادرید د اروپا د اتلانو په لیګ کې بارسلونا ته ماتې ورکړه.'),
    ('meaning', 'Temperatures in Jalalabad reached 45 degrees Celsius.',
                'په جلال اباد کې د تودوخې درجه ۴۵ سانتي ګراد ته ورسېده.'),
    ('meaning', "Parkinson's disease and Alzheimer's disease affect older people.",
                'د پارکینسن ناروغي او الزایمر زیاتره زاړه خلک اخته کوي.'),
    ('acronym', 'UNHCR and WFP helped returnees at the Torkham crossing.',
                'د کډوالو لپاره د ملګرو ملتونو عالي کمیشنرۍ او د خوړو نړیوال پروګرام د تورخم په لاره کې له راستنېدونکو سره مرسته وکړه.'),
    ('acronym', 'The UAE and the USSR never shared a border.',
                'متحده عربي اماراتو او شوروي اتحاد هېڅکله ګډه پوله نه درلوده.'),
    ('acronym', 'The ICRC said that ISIS had attacked the prison.',
                'د سره صلیب نړیوالې کمېټې وویل چې داعش پر زندان برید کړی و.'),
    ('acronym', 'An NGO in Herat trains women as midwives.',
                'په هرات کې یوه نادولتي موسسه ښځو ته د قابلګۍ زده کړه ورکوي.'),
    ('acronym', 'The WTO and the World Bank published new trade figures.',
                'د سوداګرۍ نړیوال سازمان او نړیوال بانک د سوداګرۍ نوې شمېرې خپرې کړې.'),
    ('capital', 'Yesterday, the Minister of Finance presented the budget to Parliament.',
                'پرون د مالیې وزیر بودیجه پارلمان ته وړاندې کړه.'),
    ('capital', 'Prophet Muhammad was born in Mecca.',
                'حضرت محمد (ص) په مکه کې زېږېدلی و.'),
    ('capital', 'Sunni and Shia scholars met in Kabul during Muharram.',
                'سني او شیعه عالمانو د محرم په میاشت کې په کابل کې غونډه وکړه.'),
    ('capital', 'New Vaccine Campaign Reaches Remote Villages Of Nuristan',
                'د واکسین نوی کمپاین د نورستان لرې پرتو کلیو ته ورسېد'),
    ('capital', 'Georgia and Armenia are neighbours in the Caucasus.',
                'ګرجستان او ارمنستان په قفقاز کې ګاونډي دي.'),
    ('latin', 'Students can apply through the portal at www.moe.gov.af until 15 March.',
              'زده کوونکي کولای شي د مارچ تر ۱۵ مې نېټې پورې د www.moe.gov.af له لارې غوښتنه وکړي.'),
    ('latin', 'The Boeing 737 MAX was grounded after two crashes.',
              'د بوینګ 737 MAX الوتکې له دوو پېښو وروسته له الوتنې منع شوې.'),
    ('latin', 'Toyota and Samsung opened offices in Dubai.',
              'ټویوټا او سامسونګ په دوبۍ کې دفترونه پرانیستل.'),
    ('reference', ['Jalaluddin Rumi was born in Balkh.',
                   "Rumi's poems have been translated into many languages."],
                  ['مولانا جلال الدین بلخي په بلخ کې زېږېدلی و.',
                   'د مولانا شعرونه په ډېرو ژبو ژباړل شوي دي.']),
    ('reference', ['The Amu Darya forms much of the northern border.',
                   'The Amu Darya is fed by glaciers in the Pamirs.'],
                  ['آمو سیند د شمالي پولې ډېره برخه جوړوي.',
                   'دغه سیند د پامیر له یخچالونو څخه اوبه اخلي.']),
]

WRONG2 = [
    ('variant', 'Mars and Jupiter can be seen in the evening sky this month.',
                'مریخ او زحل سږه میاشت د ماښام په اسمان کې لیدل کېدای شي.'),
    ('variant', 'Saladin recaptured Jerusalem from the Crusaders in 1187.',
                'صلاح الدین ایوبي په ۱۱۸۷ کال کې دمشق له صلیبیانو څخه بېرته ونیو.'),
    ('variant', 'Tamerlane made Samarkand the capital of his empire.',
                'تیمور لنګ بخارا د خپلې امپراتورۍ پلازمېنه وګرځوله.'),
    ('variant', 'The Turks and the Russians fought many wars over the Caucasus.',
                'ترکانو او ایرانیانو د قفقاز پر سر ډېرې جګړې وکړې.'),
    ('variant', 'The Great Mosque of Cordoba was built when Andalusia was ruled by Muslims.',
                'د غرناطې لوی جومات هغه وخت جوړ شو چې اندلس د مسلمانانو تر واکمنۍ لاندې و.'),
    ('meaning', 'The Afghanistan Cricket Board named Rashid Khan as captain for the Asia Cup.',
                'د افغانستان د کرکټ بورډ محمد نبي د آسیا جام لپاره کپتان وټاکه.'),
    ('meaning', 'Real Madrid beat Barcelona in the Champions League.',
                'ریال مادرید د اروپا د اتلانو په لیګ کې اتلیټیکو ته ماتې ورکړه.'),
    ('meaning', 'The White House and the Kremlin agreed to resume the talks.',
                'سپینې ماڼۍ او بیجینګ موافقه وکړه چې خبرې بیا پیل کړي.'),
    ('acronym', 'UNHCR and WFP helped returnees at the Torkham crossing.',
                'د خوړو نړیوال پروګرام د تورخم په لاره کې له راستنېدونکو سره مرسته وکړه.'),
    ('capital', 'Georgia and Armenia are neighbours in the Caucasus.',
                'ګرجستان او آذربایجان په قفقاز کې ګاونډي دي.'),
    ('capital', 'Prophet Muhammad was born in Mecca.',
                'حضرت محمد (ص) په مدینه کې زېږېدلی و.'),
    ('latin', 'Toyota and Samsung opened offices in Dubai.',
              'ټویوټا او سامسونګ په دوحه کې دفترونه پرانیستل.'),
]


#: round 3 (eponyms and name-like common nouns rendered by meaning, works and prizes, periods and
#: movements, titles, capitalised words that are not names, acronyms of general vocabulary and of
#: Afghan institutions by their expansion), written after rounds 1-2 were scored
CLEAN3 = [
    ('meaning', 'The surgeon repaired the torn Achilles tendon.',
                'جراح د پوندې شلېدلی وتر ورغاوه.'),
    ('meaning', 'The baby was delivered by Caesarean section.',
                'ماشوم د سزارین عملیات له لارې وزېږول شو.'),
    ('meaning', 'The egg travels through the Fallopian tube to the womb.',
                'هګۍ د رحم له نل څخه رحم ته ځي.'),
    ('meaning', 'Children with Down syndrome need early support.',
                'هغه ماشومان چې ډاون سنډروم لري ژر ملاتړ ته اړتیا لري.'),
    ('meaning', 'The Stone Age ended when people learned to work metal.',
                'ډبرین عصر هغه وخت پای ته ورسېد چې خلکو د فلزاتو کار زده کړ.'),
    ('meaning', 'The Industrial Revolution began in Britain.',
                'صنعتي انقلاب په برتانیه کې پیل شو.'),
    ('meaning', 'The Arab Spring began in Tunisia in 2010.',
                'عربي پسرلی په ۲۰۱۰ کال کې په تونس کې پیل شو.'),
    ('meaning', 'Afghanistan uses the Solar Hijri calendar, not the Gregorian calendar.',
                'افغانستان لمریز هجري کلیز کاروي، نه میلادي کلیز.'),
    ('meaning', 'Roman numerals are still used on clocks.',
                'رومي عددونه لا هم پر ساعتونو کارول کېږي.'),
    ('meaning', 'The Shahnameh and One Thousand and One Nights were translated into Pashto.',
                'شاهنامه او زر یوه شپه پښتو ته ژباړل شوي دي.'),
    ('meaning', 'She won the Nobel Prize in Literature and two Academy Awards.',
                'هغې د ادبیاتو نوبل جایزه او دوه اسکار جایزې وګټلې.'),
    ('meaning', 'Hundreds of people gathered in Red Square and Tiananmen Square.',
                'په سلګونو خلک په سور چوک او تیانانمن چوک کې راټول شول.'),
    ('meaning', 'Prices fell sharply on Black Friday.',
                'د تورې جمعې په ورځ بیې په چټکۍ راټیټې شوې.'),
    ('meaning', 'Brent crude rose to 90 dollars a barrel.',
                'د برنټ خام تېل په هره بېرل کې ۹۰ ډالرو ته لوړ شول.'),
    ('meaning', 'Gothic cathedrals and Baroque palaces fill the old town.',
                'ګوتیک کلیساګانې او باروک ماڼۍ زوړ ښار ډک کړی دی.'),
    ('meaning', 'Euclidean geometry is taught in every school.',
                'اقلیدسي هندسه په هر ښوونځي کې تدریسېږي.'),
    ('capital', 'The Prophet prayed in the Kaaba after the conquest of Mecca.',
                'پیغمبر (ص) د مکې له فتحې وروسته په کعبه کې لمونځ وکړ.'),
    ('capital', 'Every year millions of Muslims perform the Hajj.',
                'هر کال ملیونونه مسلمانان حج ادا کوي.'),
    ('capital', 'The Dalai Lama fled to India in 1959.',
                'دالای لاما په ۱۹۵۹ کال کې هند ته وتښتېد.'),
    ('capital', 'However, Western doctors doubted the results.',
                'خو لوېدیځو ډاکټرانو په پایلو شک وکړ.'),
    ('capital', 'Today, Eastern Europe imports less Russian gas.',
                'نن ورځ ختیځه اروپا لږ روسي ګاز واردوي.'),
    ('capital', 'Traditional Chinese Medicine uses many herbs.',
                'دودیز چینايي طب ډېر بوټي کاروي.'),
    ('acronym', 'HIV/AIDS cases rose in the region last year.',
                'تېر کال په سیمه کې د اېچ آی وي/ایډز پېښې زیاتې شوې.'),
    ('acronym', 'The patient was moved to the ICU.',
                'ناروغ د جدي پاملرنې څانګې ته یوړل شو.'),
    ('acronym', 'Your BMI should be between 18 and 25.',
                'ستاسو د بدن د کتلې شاخص باید له ۱۸ او ۲۵ ترمنځ وي.'),
    ('acronym', 'She earned a PhD in chemistry at Kabul University.',
                'هغې په کابل پوهنتون کې په کیمیا کې د دوکتورا سند ترلاسه کړ.'),
    ('acronym', 'Three MPs from Helmand joined the committee.',
                'له هلمند څخه د پارلمان درې غړي کمېټې ته ورګډ شول.'),
    ('acronym', 'USAID and UNAMA funded the survey of IDPs.',
                'د امریکا د نړیوالې پراختیا ادارې او په افغانستان کې د ملګرو ملتونو د مرستندویه ماموریت د کورني بې ځایه شویو کسانو سروې تمویل کړه.'),
    ('acronym', 'The MoPH opened 20 new clinics.',
                'د عامې روغتیا وزارت ۲۰ نوي کلینیکونه پرانیستل.'),
    ('acronym', 'Customers can withdraw cash from any ATM.',
                'پېرودونکي کولای شي له هر اې ټي ایم ماشین څخه نغدې پیسې وباسي.'),
    ('reference', ['Ahmad Shah Durrani founded the Durrani Empire in 1747.',
                   'Ahmad Shah Baba is buried in Kandahar.'],
                  ['احمد شاه دراني په ۱۷۴۷ کال کې د دراني امپراتورۍ بنسټ کېښود.',
                   'احمد شاه بابا په کندهار کې ښخ دی.']),
    ('reference', ['Khushal Khan Khattak wrote poems about honour.',
                   'Khattak also fought the Mughals.'],
                  ['خوشحال خان خټک د ننګ په اړه شعرونه ولیکل.',
                   'خوشحال بابا له مغلو سره هم جګړې وکړې.']),
]

WRONG3 = [
    ('meaning', 'The Arab Spring began in Tunisia in 2010.',
                'عربي پسرلی په ۲۰۱۰ کال کې په مصر کې پیل شو.'),
    ('meaning', 'The Industrial Revolution began in Britain.',
                'صنعتي انقلاب په فرانسه کې پیل شو.'),
    ('capital', 'The Dalai Lama fled to India in 1959.',
                'دالای لاما په ۱۹۵۹ کال کې نېپال ته وتښتېد.'),
    ('reference', ['Khushal Khan Khattak wrote poems about honour.',
                   'Khattak also fought the Mughals.'],
                  ['خوشحال خان خټک د ننګ په اړه شعرونه ولیکل.',
                   'خوشحال بابا له صفویانو سره هم جګړې وکړې.']),
]


#: Spanish j (and g before e/i) is said خ (Juan ↔ خوان, Jorge ↔ خورخه); letting j sound like خ
#: would make Jalil ~ خلیل (Khalil) and Jan ~ خان (Khan), Afghan names a careless swap confuses
SPANISH_J = pytest.mark.xfail(strict=True, reason="Spanish j said خ: not heard (see SPANISH_J)")

#: round 4 (names rendered by how they are said, not spelt: French and German silent letters,
#: Spanish j / x, Chinese pinyin and older forms, Arabic names with the article, Indian cities by
#: their older names), written after the fixes for rounds 1-3
CLEAN4 = [
    ('sound', 'Descartes and Rousseau influenced Voltaire.',
              'دیکارت او روسو پر ولتر اغېز درلود.'),
    ('sound', 'Nietzsche admired the poetry of Goethe.',
              'نیچه د ګوته شاعرۍ ته په درنه سترګه کتل.'),
    ('sound', 'Montesquieu wrote about the separation of powers.',
              'مونتسکیو د قواوو د تفکیک په اړه ولیکل.'),
    ('sound', 'Joan of Arc was burned in Rouen in 1431.',
              'ژاندارک په ۱۴۳۱ کال کې په روان کې وسوځول شوه.'),
    ('sound', 'President Hollande met Jacques Chirac in Bordeaux.',
              'ولسمشر اولاند په بوردو کې له ژاک شیراک سره وکتل.'),
    ('sound', 'Sartre and Camus argued in the cafés of Paris.',
              'سارتر او کامو د پاریس په کافې ګانو کې بحثونه کول.'),
    ('sound', 'Renault and Peugeot build cars in Morocco.',
              'رینو او پژو په مراکش کې موټر جوړوي.'),
    ('sound', 'The Louvre and Notre-Dame attract millions of visitors.',
              'لوور او نوتردام میلیونونه لیدونکي راکاږي.'),
    pytest.param('sound', 'Juan Carlos and José Luis were born in Guadalajara.',
              'خوان کارلوس او خوسه لویس په ګوادالاخارا کې زېږېدلي دي.', marks=SPANISH_J),
    pytest.param('sound', 'Jorge Luis Borges lived in Buenos Aires.',
              'خورخه لویس بورخس په بوینس آیرس کې اوسېده.', marks=SPANISH_J),
    ('sound', 'Xi Jinping visited Guangzhou and Chongqing.',
              'شي جین پینګ له ګوانګژو او چونګ کینګ څخه لیدنه وکړه.'),
    ('sound', 'Most Uyghurs live in Xinjiang.',
              'ډېری اویغوران په سینکیانګ کې ژوند کوي.'),
    ('sound', 'Khrushchev and Gorbachev both visited Kabul.',
              'خروشچوف او ګورباچوف دواړو کابل ته سفر کړی و.'),
    ('sound', 'Al Jazeera opened an office in Abu Dhabi.',
              'الجزیرې په ابوظبي کې یو دفتر پرانیست.'),
    ('sound', 'Hamas and Hezbollah condemned the attack.',
              'حماس او حزب الله برید وغانده.'),
    ('sound', 'The Muslim Brotherhood was founded in Egypt in 1928.',
              'اخوان المسلمین په ۱۹۲۸ کال کې په مصر کې جوړ شو.'),
    ('sound', 'Ships sail from Bombay to Madras and Calcutta.',
              'بېړۍ له بمبۍ څخه مدراس او کلکتې ته ځي.'),
    ('sound', 'Zinedine Zidane and Thierry Henry won the World Cup with France.',
              'زین الدین زیدان او تیري هانري له فرانسې سره نړیوال جام وګاټه.'),
    ('sound', 'Tchaikovsky and Dostoevsky lived in Saint Petersburg.',
              'چایکوفسکي او داستایوفسکي په سنت پیټرزبورګ کې اوسېدل.'),
    ('sound', 'Leonardo da Vinci painted the Mona Lisa.',
              'لیوناردو داوینچي د مونالیزا انځور جوړ کړ.'),
    ('sound', 'Copernicus and Galileo said that the Earth moves around the Sun.',
              'کوپرنیک او ګالیله وویل چې ځمکه د لمر شاوخوا ګرځي.'),
    ('sound', 'Marie Curie worked with Pierre Curie in Paris.',
              'ماري کوري په پاریس کې له پیر کوري سره کار کاوه.'),
    ('sound', 'Atatürk moved the capital from Istanbul to Ankara.',
              'اتاترک پلازمېنه له استانبول څخه انقرې ته ولېږدوله.'),
    ('sound', 'Allama Iqbal and Rabindranath Tagore wrote poetry in several languages.',
              'علامه اقبال او رابندرناته ټاګور په څو ژبو شعرونه ولیکل.'),
]

WRONG4 = [
    ('sound', 'Sartre and Camus argued in the cafés of Paris.',
              'سارتر او کامو د لندن په کافې ګانو کې بحثونه کول.'),
    ('sound', 'Xi Jinping visited Guangzhou and Chongqing.',
              'شي جین پینګ له ګوانګژو او شانګهای څخه لیدنه وکړه.'),
    ('sound', 'Atatürk moved the capital from Istanbul to Ankara.',
              'اتاترک پلازمېنه له استانبول څخه ازمیر ته ولېږدوله.'),
    pytest.param('sound', 'Marie Curie worked with Pierre Curie in Paris.',
                 'ماري کوري په پاریس کې کار کاوه.', marks=pytest.mark.xfail(strict=True, reason=(
                     "a given name dropped is tolerated (Donald Trump ↔ ټرمپ); that the one کوري "
                     "renders the Curie of two persons is not seen"))),
    pytest.param('sound', 'Descartes and Rousseau influenced Voltaire.',
                 'دیکارت او روسو پر کانټ اغېز درلود.', marks=pytest.mark.xfail(strict=True, reason=(
                     "Voltaire, unlisted, named once and with no evidence of a name, is not due; "
                     "کانټ renders no name of the document"))),
]


#: round 5 (small documents: a name written in the Pashto of the sentence before or after, whose
#: English does not name it, as translators regroup two sentences; a person carried by a
#: demonstrative and the noun of their calling, دې ډاکټرې "this doctor"), written after round 4
#: a name written in the Pashto of the sentence before or after, whose English does not name it:
#: accepting a rendering there (entities, tried in s22) also silenced a real omission on the
#: bench (a name dropped here and named in a neighbour whose English describes it), so not done
MOVED = pytest.mark.xfail(strict=True, reason="a name moved to the neighbouring sentence (see MOVED)")

CLEAN5 = [
    pytest.param('document', ['Marie Curie was born in Warsaw in 1867.',
                              'She moved to Paris in 1891.'],
                 ['ماري کوري په ۱۸۶۷ کال کې زېږېدلې وه.',
                  'هغه چې په وارسا کې زېږېدلې وه، په ۱۸۹۱ کال کې پاریس ته ولاړه.'], marks=MOVED),
    pytest.param('document', ['The river rises in the Pamirs.',
                              'The Amu Darya then flows west to the Aral Sea.'],
                 ['آمو سیند له پامیر غرونو څخه سرچینه اخلي.',
                  'بیا دا سیند لوېدیځ لور ته د ارال سمندر پر لور بهېږي.'], marks=MOVED),
    pytest.param('document', ['The festival is held every spring in Mazar-i-Sharif.',
                              'Thousands of pilgrims come to the Blue Mosque.'],
                 ['دا جشن هر پسرلی جوړېږي.',
                  'په زرګونو زائرین د مزار شریف روضې ته راځي.'], marks=MOVED),
    ('document', ['Einstein was born in Ulm.',
                  'Einstein later worked in Bern as a patent clerk.'],
                 ['انشټاین د آلمان په اولم ښار کې زېږېدلی و.',
                  'وروسته یې په برن کې د اختراعاتو په دفتر کې د کارمند په توګه کار وکړ.']),
    ('document', ['Rashid Khan took four wickets.',
                  'Afghanistan won by 20 runs.',
                  'Khan was named player of the match.'],
                 ['راشد خان څلور ویکټونه واخیستل.',
                  'افغانستان په ۲۰ منډو وګټله.',
                  'نوموړی د لوبې غوره لوبغاړی وټاکل شو.']),
    ('document', ['The company was founded by Steve Jobs and Steve Wozniak.',
                  'Jobs later became the CEO.'],
                 ['شرکت سټیو جابز او سټیو وزنیاک جوړ کړ.',
                  'جابز وروسته د شرکت اجرایوي رئیس شو.']),
    ('document', ['Kabul is the capital of Afghanistan.',
                  'Kabul has about five million people.'],
                 ['کابل د افغانستان پلازمېنه ده.',
                  'دغه ښار شاوخوا پنځه میلیونه وګړي لري.']),
    ('document', ['In 1919, Amanullah Khan declared independence.',
                  'The king then introduced reforms.'],
                 ['په ۱۹۱۹ کال کې امان الله خان خپلواکي اعلان کړه.',
                  'امان الله خان بیا اصلاحات راوستل.']),
    ('document', ['Dr. Sima Samar chaired the commission.',
                  'Samar, a physician from Jaghori, had run clinics for refugees.'],
                 ['ډاکټر سیما ثمر د کمیسیون مشره وه.',
                  'دې ډاکټرې چې د جاغوري اوسېدونکې ده، د کډوالو لپاره یې کلینیکونه چلول.']),
    ('document', ['The Panama Canal opened in 1914.',
                  'The canal links the Atlantic and the Pacific.'],
                 ['د پاناما کانال په ۱۹۱۴ کال کې پرانیستل شو.',
                  'دغه کانال اتلانتیک او ارام سمندر سره نښلوي.']),
    ('document', ['Ahmad Zahir was a famous singer.',
                  'Zahir, the son of a prime minister, recorded more than twenty albums.'],
                 ['احمد ظاهر یو مشهور سندرغاړی و.',
                  'دې سندرغاړي چې د یوه صدراعظم زوی و، تر شلو ډېر البومونه ثبت کړل.']),
    ('document', ['Greta Thunberg began her strike in Stockholm.',
                  'The Swedish activist was 15 at the time.'],
                 ['ګریټا تونبرګ خپله اعتصاب په سټاکهولم کې پیل کړ.',
                  'دغه سویډنۍ فعاله هغه وخت ۱۵ کلنه وه.']),
]

WRONG5 = [
    ('document', ['Marie Curie was born in Warsaw in 1867.', 'She moved to Paris in 1891.'],
                 ['ماري کوري په ۱۸۶۷ کال کې زېږېدلې وه.', 'هغه په ۱۸۹۱ کال کې پاریس ته ولاړه.']),
    ('document', ['The river rises in the Pamirs.', 'The Amu Darya then flows west to the Aral Sea.'],
                 ['دا سیند له پامیر غرونو څخه سرچینه اخلي.', 'بیا دا سیند لوېدیځ لور ته د ارال سمندر پر لور بهېږي.']),
    ('document', ['The festival is held every spring in Mazar-i-Sharif.', 'Thousands of pilgrims come to the Blue Mosque.'],
                 ['دا جشن هر پسرلی جوړېږي.', 'په زرګونو زائرین د هرات روضې ته راځي.']),
    ('document', ['Marie Curie was born in Warsaw in 1867.', 'She moved to Paris in 1891.'],
                 ['ماري کوري په ۱۸۶۷ کال کې زېږېدلې وه.', 'هغه چې په برلین کې زېږېدلې وه، په ۱۸۹۱ کال کې پاریس ته ولاړه.']),
    ('document', ['Dr. Sima Samar chaired the commission.', 'Samar, a physician from Jaghori, had run clinics for refugees.'],
                 ['ډاکټر سیما ثمر د کمیسیون مشره وه.', 'حبیبه سرابي چې د جاغوري اوسېدونکې ده، د کډوالو لپاره یې کلینیکونه چلول.']),
]


@pytest.mark.parametrize("kind,en,ps", CLEAN + CLEAN2 + CLEAN3 + CLEAN4 + CLEAN5)
def test_correct_translation_is_clean(kind, en, ps):
    assert reported(as_list(en), as_list(ps)) == []


@pytest.mark.parametrize("kind,en,ps", WRONG + WRONG2 + WRONG3 + WRONG4 + WRONG5)
def test_careless_translation_is_caught(kind, en, ps):
    assert [c for c in reported(as_list(en), as_list(ps)) if c.startswith("ENTITY-")], "not caught"
