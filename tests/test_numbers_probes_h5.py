"""Issue 11, quantities: hand-written probe pairs in varied registers (health statistics, legal
texts with article and section numbers, technical specifications, finance, encyclopedic history,
sport, recipes, everyday prose).  Each CLEAN pair is English with the Pashto a professional
translator would write (number words in their inflected forms, ordinals, "one" as an article or
pronoun, vague plurals, fractions and multiples, South Asian counting, ranges, approximations,
percent and currency words, clock times, centuries, decades, ages, Solar Hijri years, digits of
codes, units written out, conversions, numbers a translator legitimately drops or adds); it must
come out with no number, unit or date warning.  Each WRONG pair changes one quantity the way a
careless translator does (a digit, an inflected number word, a unit, a decade, a century, a
fraction or multiple, a scale, a currency, a clock time) and must be caught by a number, unit or
date finding.  Written for issue 11 by helper H5 (not taken from any corpus)."""
from __future__ import annotations

import pytest

from fractions import Fraction

from aligner.lang.dates import SOLAR_HIJRI, find_dates
from aligner.lang.quantities import extract_quantities
from tests.test_numbers_kinds import _reported

CLEAN = [
    # --- health statistics ---------------------------------------------------------------------
    ("One in five children is malnourished.", "له هرو پنځو ماشومانو څخه یو یې خوارځواکی دی."),
    ("Vaccination coverage rose from 65% to 82% in 2022.",
     "په ۲۰۲۲ کال کې د واکسین پوښښ له ۶۵ سلنې څخه ۸۲ سلنې ته لوړ شو."),
    ("The clinic treated 1,250 patients in March.", "کلینیک د مارچ په میاشت کې ۱۲۵۰ ناروغانو ته درملنه وکړه."),
    ("Maternal mortality fell by half between 2000 and 2017.",
     "د ۲۰۰۰ او ۲۰۱۷ کلونو ترمنځ د میندو مړینه نیمایي ته راټیټه شوه."),
    ("Take one tablet twice a day for seven days.", "د اوو ورځو لپاره ورځې دوه ځله یوه ګولۍ وخورئ."),
    ("Children aged 6 to 59 months received vitamin A.",
     "له ۶ څخه تر ۵۹ میاشتو پورې عمر لرونکو ماشومانو ته ویټامین A ورکړل شو."),
    ("Nearly 40 per cent of the population lacks access to clean water.",
     "نږدې ۴۰ سلنه خلک پاکو اوبو ته لاسرسی نه لري."),
    ("The H5N1 strain was detected in 3 provinces.", "د H5N1 ډول په درېیو ولایتونو کې وموندل شو."),
    ("The fever usually lasts three to five days.", "تبه معمولا له درېیو تر پنځو ورځو پورې دوام کوي."),
    ("Each dose contains 0.5 ml of vaccine.", "هر دوز ۰.۵ ملي لیتره واکسین لري."),
    ("A body temperature above 38°C is a fever.", "د بدن له ۳۸ درجې سانتي ګراد څخه لوړه تودوخه تبه ده."),
    ("Hundreds of patients waited outside the hospital.", "سلګونه ناروغان د روغتون بهر انتظار کې وو."),
    ("About 2.5 million children were vaccinated against polio.",
     "شاوخوا دوه نیم میلیونه ماشومان د پولیو پر ضد واکسین شول."),
    ("No one was allowed to leave the ward.", "هیچا ته اجازه نه وه چې له وارډ څخه ووځي."),
    ("One of the nurses tested positive for COVID-19.", "له نرسانو څخه یوه د کووید-۱۹ ازموینه مثبته وه."),
    ("A 5-year-old boy died of measles.", "یو پنځه کلن هلک د شرې له امله مړ شو."),
    ("Infant mortality is 46 deaths per 1,000 live births.",
     "د نویو زیږېدلو ماشومانو د مړینې کچه په هرو زرو ژوندیو زیږونونو کې ۴۶ ده."),
    ("The vaccine is given in two doses, four weeks apart.",
     "واکسین په دوو دوزونو کې د څلورو اونیو په واټن ورکول کېږي."),
    ("Patients over 60 are at higher risk.", "له ۶۰ کلونو څخه زیات عمر لرونکي ناروغان ډېر په خطر کې دي."),
    ("A dozen health workers were injured.", "دولس روغتیايي کارکوونکي ټپیان شول."),
    ("Dozens of health workers were injured.", "لسګونه روغتیايي کارکوونکي ټپیان شول."),
    ("Twice as many women as men were infected.", "د نارینه وو په پرتله دوه چنده ښځې اخته شوې."),
    # --- legal ---------------------------------------------------------------------------------
    ("Article 22 of the Constitution prohibits discrimination.", "د اساسي قانون ۲۲مه ماده تبعیض منع کوي."),
    ("Article 22 of the Constitution prohibits discrimination.", "د اساسي قانون دوه ویشتمه ماده تبعیض منع کوي."),
    ("The offender shall be sentenced to up to three years in prison.",
     "مرتکب به تر درېیو کلونو پورې په بند محکوم شي."),
    ("The appeal must be filed within 30 days.", "استیناف باید په دېرشو ورځو کې وسپارل شي."),
    ("Chapter Three, Article 45", "درېیم فصل، ۴۵مه ماده"),
    ("The fine shall not exceed 50,000 afghanis.", "جریمه باید له پنځوس زره افغانیو څخه زیاته نه وي."),
    ("The law entered into force on 1 January 2020.", "دا قانون د ۲۰۲۰ کال د جنوري په لومړۍ نېټه نافذ شو."),
    ("A person under 18 years of age is a child.", "هغه کس چې عمر یې له ۱۸ کلونو کم وي، ماشوم ګڼل کېږي."),
    ("Both parties shall sign the contract.", "دواړه خواوې به تړون لاسلیک کړي."),
    ("The two countries signed the agreement.", "دواړو هېوادونو تړون لاسلیک کړ."),
    ("Paragraph 3 of Article 7 was amended.", "د اوومې مادې درېیم بند تعدیل شو."),
    ("The committee has seven members, one of whom is the chair.", "کمېټه اووه غړي لري چې یو یې رئیس دی."),
    ("Either party may end the contract with one month's notice.",
     "هره خوا کولی شي د یوې میاشتې په خبرتیا سره تړون فسخ کړي."),
    ("The decree was issued in 2019.", "فرمان په ۱۳۹۸ هجري لمریز کال کې صادر شو."),
    ("The 1964 Constitution established a parliament.", "د ۱۳۴۳ کال اساسي قانون پارلمان جوړ کړ."),
    ("The law has 12 chapters and 150 articles.", "دا قانون ۱۲ فصلونه او ۱۵۰ مادې لري."),
    ("A two-thirds majority is required.", "د دوه پر دریمې اکثریت ته اړتیا ده."),
    ("The court sentenced him to one and a half years.", "محکمې هغه په یو نیم کال بند محکوم کړ."),
    # --- technical -----------------------------------------------------------------------------
    ("The device weighs 1.2 kg.", "دا وسیله ۱.۲ کیلوګرامه وزن لري."),
    ("The battery lasts up to 10 hours.", "بیټرۍ تر لسو ساعتونو پورې دوام کوي."),
    ("It requires Windows 10 or later.", "دا وینډوز ۱۰ یا وروستۍ نسخې ته اړتیا لري."),
    ("The ISO 14001 standard covers environmental management.", "د ISO 14001 معیار چاپېریالي مدیریت پوښي."),
    ("Use an A4 sheet.", "یوه A4 پاڼه وکاروئ."),
    ("The F-16 can fly at 2,400 km/h.", "F-16 الوتکه په ساعت کې ۲۴۰۰ کیلومتره الوتلی شي."),
    ("Version 3.2 fixes two bugs.", "۳.۲ نسخه دوه تېروتنې سمې کوي."),
    ("The cable is 5 metres long.", "کېبل پنځه متره اوږد دی."),
    ("Set the oven to 180 °C.", "تنور په ۱۸۰ درجو سانتي ګراد برابر کړئ."),
    ("Call 119 in an emergency.", "په بیړني حالت کې ۱۱۹ ته زنګ ووهئ."),
    ("The road is 5 miles (8 km) long.", "سړک ۸ کیلومتره اوږد دی."),
    ("The speed limit is 60 km/h.", "د سرعت حد په ساعت کې ۶۰ کیلومتره دی."),
    ("The tank holds 20 gallons (about 75 litres).", "ټانک شاوخوا ۷۵ لیتره ځای لري."),
    ("ISBN 978-3-16-148410-0", "ISBN ۹۷۸-۳-۱۶-۱۴۸۴۱۰-۰"),
    ("The earthquake measured 6.1 on the Richter scale.", "د زلزلې شدت د ریښټر په معیار ۶.۱ درجې و."),
    ("It lies 1,000 metres above sea level.", "دا د سمندر له سطحې ۱۰۰۰ متره لوړ دی."),
    ("The country covers 652,000 km².", "هېواد ۶۵۲ زره کیلومتره مربع مساحت لري."),
    ("Kandahar is 500 km from Kabul.", "کندهار له کابل څخه ۵۰۰ کیلومتره لرې دی."),
    ("The phone has a 6.5-inch screen.", "تلیفون ۶.۵ انچه پرده لري."),
    ("The plant generates 100 megawatts.", "فابریکه سل میګاواټه برېښنا تولیدوي."),
    # --- finance -------------------------------------------------------------------------------
    ("The company earned $5 million in profit.", "شرکت پنځه میلیونه ډالر ګټه وکړه."),
    ("The company earned 5 million dollars in profit.", "شرکت ۵ میلیونه ډالر ګټه وکړه."),
    ("The ticket costs $5.", "ټکټ ۵ ډالر بیه لري."),
    ("Inflation reached 12.5 per cent in June.", "د جون په میاشت کې انفلاسیون ۱۲.۵ سلنې ته ورسېد."),
    ("Exports doubled in 2021.", "په ۲۰۲۱ کال کې صادرات دوه چنده شول."),
    ("The loan is worth 3 crore rupees.", "پور د درې کروړه روپیو په ارزښت دی."),
    ("Three lakh people were affected.", "درې لکه خلک اغېزمن شول."),
    ("Prices rose one and a half times.", "بیې یو نیم چنده لوړې شوې."),
    ("Remittances totalled $800 million, or 4% of GDP.",
     "استولې پیسې ۸۰۰ میلیونه ډالره، یا د ناخالص کورني تولید ۴ سلنه وې."),
    ("Revenue grew from 150 billion to 210 billion afghanis.",
     "عواید له ۱۵۰ میلیارده څخه ۲۱۰ میلیارده افغانیو ته لوړ شول."),
    ("A single share is worth €12.", "یوه ونډه ۱۲ یورو ارزښت لري."),
    ("The price has tripled.", "بیه درې چنده شوې ده."),
    ("A quarter of the budget comes from donors.", "د بودیجې څلورمه برخه له مرستندویانو څخه راځي."),
    ("Two thirds of the budget comes from donors.", "د بودیجې دوه پر درېیمه برخه له مرستندویانو څخه راځي."),
    ("between 5 and 10 per cent", "د ۵ او ۱۰ سلنې ترمنځ"),
    ("Over 200 families were displaced.", "له ۲۰۰ څخه زیاتې کورنۍ بې ځایه شوې."),
    ("The population of Kabul is about 4.5 million.", "د کابل نفوس شاوخوا څلور نیم میلیونه دی."),
    ("The G20 leaders pledged $1 trillion.", "د G20 مشرانو د یو ټریلیون ډالرو ژمنه وکړه."),
    ("Wages rose 30 percent.", "معاشونه ۳۰٪ لوړ شول."),
    # --- encyclopedic history ------------------------------------------------------------------
    ("The city was founded in the 4th century BC.", "ښار له میلاد څخه مخکې په څلورمه پېړۍ کې جوړ شو."),
    ("In the 1970s the economy grew rapidly.", "په ۱۹۷۰مو کلونو کې اقتصاد په چټکۍ وده وکړه."),
    ("In the 1970s the economy grew rapidly.", "د اویایمې لسیزې په اوږدو کې اقتصاد په چټکۍ وده وکړه."),
    ("The Durand Line was drawn in 1893.", "د ډیورنډ کرښه په ۱۸۹۳ کال کې وټاکل شوه."),
    ("The war lasted more than a decade.", "جګړه له یوې لسیزې څخه زیاته دوام وکړ."),
    ("He ruled for three decades.", "هغه درې لسیزې واکمني وکړه."),
    ("The Second World War ended in 1945.", "دویمه نړیواله جګړه په ۱۹۴۵ کې پای ته ورسېده."),
    ("In the early 20th century, trade expanded.", "د شلمې پېړۍ په لومړیو کې سوداګري پراخه شوه."),
    ("The king was 19 years old when he took the throne.", "پاچا نولس کلن و کله چې پر تخت کېناست."),
    ("The mosque dates from the twelfth century.", "دا جومات د دولسمې پېړۍ دی."),
    ("Afghanistan gained independence in 1919.", "افغانستان په ۱۲۹۸ لمریز کال کې خپلواکي ترلاسه کړه."),
    ("The Third Anglo-Afghan War began in 1919.", "درېیمه انګلیس-افغان جګړه په ۱۹۱۹ کال کې پیل شوه."),
    ("The region has been inhabited for thousands of years.", "دا سیمه له زرګونو کلونو راهیسې مېشته ده."),
    ("in the mid-1800s", "د نولسمې پېړۍ په نیمایي کې"),
    ("an 18th-century manuscript", "د اتلسمې پېړۍ یوه نسخه"),
    ("the 1st and 2nd centuries AD", "د میلادي لومړۍ او دوهمې پېړۍ"),
    ("Herat is the third-largest city.", "هرات درېیم لوی ښار دی."),
    ("World War I began in 1914.", "لومړۍ نړیواله جګړه په ۱۹۱۴ کې پیل شوه."),
    ("the civil war of the 1990s", "د نوي لسیزې کورنۍ جګړه"),
    # --- sport ---------------------------------------------------------------------------------
    ("Afghanistan beat Ireland by 5 wickets.", "افغانستان آیرلینډ ته په ۵ ویکټونو ماتې ورکړه."),
    ("The final score was 2–1.", "وروستۍ نتیجه ۲–۱ وه."),
    ("He scored 102 runs off 87 balls.", "هغه په ۸۷ توپونو ۱۰۲ منډې جوړې کړې."),
    ("She won gold in the 100 m race.", "هغې د ۱۰۰ متره منډې په سیالۍ کې د سرو زرو مډال وګاټه."),
    ("The team finished third.", "ټیم درېیم مقام خپل کړ."),
    ("It was their first win in a decade.", "دا په یوه لسیزه کې د دوی لومړۍ بریا وه."),
    ("He ran the marathon in 2 hours 5 minutes.", "هغه ماراتن په دوو ساعتونو او پنځو دقیقو کې ووهه."),
    ("The match starts at 3 p.m.", "لوبه د ورځې په ۳ بجو پیلیږي."),
    ("The match starts at 3 p.m.", "لوبه په ۱۵:۰۰ بجو پیلیږي."),
    ("Kick-off is at 15:00 local time.", "لوبه د ځایي وخت له مخې په ۱۵:۰۰ بجو پیلیږي."),
    ("They play at noon.", "دوی د غرمې په دولسو بجو لوبه کوي."),
    ("The club has won the league twice.", "کلب دوه ځله لیګ ګټلی دی."),
    # --- recipes -------------------------------------------------------------------------------
    ("Add two cups of flour and half a teaspoon of salt.", "دوه پیالې اوړه او نیمه چای کاچوغه مالګه ورزیاته کړئ."),
    ("Bake for 25–30 minutes.", "له ۲۵ تر ۳۰ دقیقو پورې یې پاخه کړئ."),
    ("Cut the chicken into 8 pieces.", "چرګ په اتو ټوټو ووهئ."),
    ("Add a dozen eggs.", "دولس هګۍ ورزیاتې کړئ."),
    ("Simmer for one and a half hours.", "یو نیم ساعت یې په ورو اور پاخه کړئ."),
    ("Serves 4.", "د څلورو کسانو لپاره."),
    ("Use 250 g of butter.", "۲۵۰ ګرامه کوچ وکاروئ."),
    ("Soak the rice for an hour.", "وریجې یو ساعت په اوبو کې واچوئ."),
    # --- "one", "a", vague and legitimately dropped or added numbers, times ---------------------
    ("One day, he left the village.", "یوه ورځ هغه له کلي ووت."),
    ("He is one of the best players in the world.", "هغه د نړۍ له غوره لوبغاړو څخه یو دی."),
    ("Several people were injured.", "څو کسان ټپیان شول."),
    ("A pair of shoes costs 500 afghanis.", "یوه جوړه بوټان ۵۰۰ افغانۍ بیه لري."),
    ("a 3-day conference", "درې ورځنی کنفرانس"),
    ("The meeting will be held on Monday at 10 a.m.", "غونډه به د دوشنبې په ورځ د سهار په لسو بجو جوړه شي."),
    ("The bus leaves at 6:30 in the morning.", "بس د سهار په شپږ نیمو بجو ځي."),
    ("The shop closes at 8 p.m.", "دوکان د ماښام په اتو بجو تړل کېږي."),
    ("the first two weeks", "لومړۍ دوه اونۍ"),
    ("Elections are held every five years.", "ټاکنې هر پنځه کاله وروسته ترسره کېږي."),
    ("The population doubled from 10 to 20 million.", "نفوس له ۱۰ څخه ۲۰ میلیونو ته دوه چنده شو."),
    ("The year 1402 began on 21 March 2023.", "د ۱۴۰۲ لمریز کال د ۲۰۲۳ کال د مارچ په ۲۱مه پیل شو."),
    ("The fifth-largest city", "پنځم لوی ښار"),
    ("It is a ten-minute walk.", "دا لس دقیقې پلې لار ده."),
    ("a half-day workshop", "نیمه ورځ ورکشاپ"),
]

WRONG = [
    # a digit changed
    ("Vaccination coverage rose from 65% to 82% in 2022.",
     "په ۲۰۲۲ کال کې د واکسین پوښښ له ۶۵ سلنې څخه ۸۷ سلنې ته لوړ شو."),
    ("The clinic treated 1,250 patients in March.", "کلینیک د مارچ په میاشت کې ۱۵۲۰ ناروغانو ته درملنه وکړه."),
    ("Article 22 of the Constitution prohibits discrimination.", "د اساسي قانون ۲۳مه ماده تبعیض منع کوي."),
    ("He scored 102 runs off 87 balls.", "هغه په ۷۸ توپونو ۱۰۲ منډې جوړې کړې."),
    ("Inflation reached 12.5 per cent in June.", "د جون په میاشت کې انفلاسیون ۱۵.۲ سلنې ته ورسېد."),
    ("Infant mortality is 46 deaths per 1,000 live births.",
     "د نویو زیږېدلو ماشومانو د مړینې کچه په هرو زرو ژوندیو زیږونونو کې ۶۴ ده."),
    ("Version 3.2 fixes two bugs.", "۳.۳ نسخه دوه تېروتنې سمې کوي."),
    ("The law has 12 chapters and 150 articles.", "دا قانون ۱۲ فصلونه او ۱۰۵ مادې لري."),
    ("Afghanistan gained independence in 1919.", "افغانستان په ۱۹۱۸ کال کې خپلواکي ترلاسه کړه."),
    ("The Second World War ended in 1945.", "دویمه نړیواله جګړه په ۱۹۴۶ کې پای ته ورسېده."),
    ("between 5 and 10 per cent", "د ۵ او ۱۵ سلنې ترمنځ"),
    ("Over 200 families were displaced.", "له ۳۰۰ څخه زیاتې کورنۍ بې ځایه شوې."),
    ("Patients over 60 are at higher risk.", "له ۷۰ کلونو څخه زیات عمر لرونکي ناروغان ډېر په خطر کې دي."),
    ("Bake for 25–30 minutes.", "له ۲۵ تر ۳۵ دقیقو پورې یې پاخه کړئ."),
    # a number word in an inflected form, but the wrong number
    ("Take one tablet twice a day for seven days.", "د اتو ورځو لپاره ورځې دوه ځله یوه ګولۍ وخورئ."),
    ("The appeal must be filed within 30 days.", "استیناف باید په شلو ورځو کې وسپارل شي."),
    ("The battery lasts up to 10 hours.", "بیټرۍ تر دولسو ساعتونو پورې دوام کوي."),
    ("The king was 19 years old when he took the throne.", "پاچا اتلس کلن و کله چې پر تخت کېناست."),
    ("The committee has seven members, one of whom is the chair.", "کمېټه نهه غړي لري چې یو یې رئیس دی."),
    ("He ran the marathon in 2 hours 5 minutes.", "هغه ماراتن په دوو ساعتونو او پنځلسو دقیقو کې ووهه."),
    ("The two countries signed the agreement.", "درېیو هېوادونو تړون لاسلیک کړ."),
    ("The vaccine is given in two doses, four weeks apart.",
     "واکسین په دوو دوزونو کې د شپږو اونیو په واټن ورکول کېږي."),
    ("A 5-year-old boy died of measles.", "یو شپږ کلن هلک د شرې له امله مړ شو."),
    ("Add two cups of flour and half a teaspoon of salt.", "درې پیالې اوړه او نیمه چای کاچوغه مالګه ورزیاته کړئ."),
    ("Cut the chicken into 8 pieces.", "چرګ په شپږو ټوټو ووهئ."),
    ("The fine shall not exceed 50,000 afghanis.", "جریمه باید له شپېته زره افغانیو څخه زیاته نه وي."),
    ("The offender shall be sentenced to up to three years in prison.",
     "مرتکب به تر پنځو کلونو پورې په بند محکوم شي."),
    # ordinals, centuries, decades
    ("Chapter Three, Article 45", "څلورم فصل، ۴۵مه ماده"),
    ("The city was founded in the 4th century BC.", "ښار له میلاد څخه مخکې په پنځمه پېړۍ کې جوړ شو."),
    ("The mosque dates from the twelfth century.", "دا جومات د دیارلسمې پېړۍ دی."),
    ("In the 1970s the economy grew rapidly.", "په ۱۹۶۰مو کلونو کې اقتصاد په چټکۍ وده وکړه."),
    ("In the 1970s the economy grew rapidly.", "د اتیایمې لسیزې په اوږدو کې اقتصاد په چټکۍ وده وکړه."),
    ("in the mid-1800s", "د اتلسمې پېړۍ په نیمایي کې"),
    ("Herat is the third-largest city.", "هرات دوهم لوی ښار دی."),
    ("Paragraph 3 of Article 7 was amended.", "د اتمې مادې درېیم بند تعدیل شو."),
    # fractions and multiples
    ("A quarter of the budget comes from donors.", "د بودیجې درېیمه برخه له مرستندویانو څخه راځي."),
    ("Simmer for one and a half hours.", "دوه نیم ساعته یې په ورو اور پاخه کړئ."),
    ("The price has tripled.", "بیه دوه چنده شوې ده."),
    ("Exports doubled in 2021.", "په ۲۰۲۱ کال کې صادرات درې چنده شول."),
    ("Take one tablet twice a day for seven days.", "د اوو ورځو لپاره ورځې درې ځله یوه ګولۍ وخورئ."),
    ("A two-thirds majority is required.", "د درې پر څلورمې اکثریت ته اړتیا ده."),
    ("The population of Kabul is about 4.5 million.", "د کابل نفوس شاوخوا درې نیم میلیونه دی."),
    ("Maternal mortality fell by half between 2000 and 2017.",
     "د ۲۰۰۰ او ۲۰۱۷ کلونو ترمنځ د میندو مړینه درېیمه برخه ته راټیټه شوه."),
    # units, currencies and scales
    ("Kandahar is 500 km from Kabul.", "کندهار له کابل څخه ۵۰۰ میله لرې دی."),
    ("Set the oven to 180 °C.", "تنور په ۱۸۰ درجو فارنهایټ برابر کړئ."),
    ("Use 250 g of butter.", "۲۵۰ کیلوګرامه کوچ وکاروئ."),
    ("The road is 5 miles (8 km) long.", "سړک ۸ میله اوږد دی."),
    ("The company earned $5 million in profit.", "شرکت پنځه میلیونه افغانۍ ګټه وکړه."),
    ("The loan is worth 3 crore rupees.", "پور د درې لکه روپیو په ارزښت دی."),
    ("Three lakh people were affected.", "درې کروړه خلک اغېزمن شول."),
    ("Revenue grew from 150 billion to 210 billion afghanis.",
     "عواید له ۱۵۰ میلیونه څخه ۲۱۰ میلیارده افغانیو ته لوړ شول."),
    ("The tank holds 20 gallons.", "ټانک ۲۰ لیتره ځای لري."),
    ("The plant generates 100 megawatts.", "فابریکه سل ګیګاواټه برېښنا تولیدوي."),
    ("The phone has a 6.5-inch screen.", "تلیفون ۶.۵ سانتي متره پرده لري."),
    # dates, years and clock times
    ("The 1964 Constitution established a parliament.", "د ۱۳۵۳ کال اساسي قانون پارلمان جوړ کړ."),
    ("The law entered into force on 1 January 2020.", "دا قانون د ۲۰۲۰ کال د جنوري په دوهمه نېټه نافذ شو."),
    ("The match starts at 3 p.m.", "لوبه د ورځې په ۴ بجو پیلیږي."),
    ("The bus leaves at 6:30 in the morning.", "بس د سهار په اوه نیمو بجو ځي."),
    ("The shop closes at 8 p.m.", "دوکان د ماښام په نهو بجو تړل کېږي."),
]

# second batch: ages and decades of life, compound adjectives with a count, numbered things
# (type, stage, grade, district), Solar Hijri dates for Gregorian ones, conversions in brackets,
# South Asian money, negative temperatures, "one in N" and "N out of M"
CLEAN += [
    ("He died in his 60s.", "هغه د شپېتو کلونو په عمر کې مړ شو."),
    ("the economic boom of the 2010s", "د ۲۰۱۰مې لسیزې اقتصادي وده"),
    ("One in three women has experienced violence.", "له هرو درېیو ښځو څخه یوې له تاوتریخوالي سره مخ شوې ده."),
    ("Three out of four patients recovered.", "له هرو څلورو ناروغانو څخه درې روغ شول."),
    ("a 24-hour curfew", "د ۲۴ ساعتونو لپاره ګرځېدو بندیز"),
    ("a three-member committee", "درې کسیزه کمېټه"),
    ("a two-storey house", "دوه پوړیز کور"),
    ("the ten-point plan", "لس ټکیز پلان"),
    ("a 1,000-bed hospital", "زر بستریز روغتون"),
    ("Type 2 diabetes is common.", "د دوهم ډول شکر ناروغي عامه ده."),
    ("Stage 3 cancer", "د درېیمې مرحلې سرطان"),
    ("Grade 10 students sat the exam.", "د لسم ټولګي زده کوونکو ازموینه ورکړه."),
    ("Police District 13 was attacked.", "پر دیارلسمې امنیې ناحیې برید وشو."),
    ("The Taliban entered Kabul on 15 August 2021.", "طالبان د ۱۴۰۰ کال د اسد په ۲۴مه کابل ته ننوتل."),
    ("The year begins on 21 March.", "کال د حمل په لومړۍ نېټه پیلیږي."),
    ("Bake at 450°F (230°C).", "په ۲۳۰ درجو سانتي ګراد یې پاخه کړئ."),
    ("He is six feet tall.", "هغه ۱.۸ متره لوړ دی."),
    ("The fine is ₹5 lakh.", "جریمه پنځه لکه روپۍ ده."),
    ("Temperatures fell to -10°C.", "تودوخه تر منفي ۱۰ درجو سانتي ګراد ښکته شوه."),
    ("Twenty thousand people marched.", "شل زره خلکو لاریون وکړ."),
    ("Tens of thousands of people fled.", "لسګونه زره خلک وتښتېدل."),
    ("Hundreds of thousands of children are out of school.", "سلګونه زره ماشومان له ښوونځي بهر دي."),
    ("The iPhone 15 was released.", "آیفون ۱۵ خپور شو."),
    ("PM2.5 levels were high.", "د PM2.5 کچه لوړه وه."),
    ("It costs £3m.", "دا درې میلیونه پونډه لګښت لري."),
    ("a litre of milk", "یو لیتر شیدې"),
    ("Add 2 tablespoons of oil.", "دوه لوی کاچوغې غوړي ورزیات کړئ."),
    ("The team won 3-2.", "ټیم ۳-۲ وګاټه."),
    ("He scored a hat-trick.", "هغه درې ګولونه وکړل."),
    ("The first of May is a holiday.", "د مۍ لومړۍ نېټه رخصتي ده."),
    ("A few days later he returned.", "یو څو ورځې وروسته بېرته راغی."),
    ("Once upon a time there was a king.", "یو وخت یو پاچا و."),
    ("First of all, wash your hands.", "تر ټولو لومړی، خپل لاسونه ومینځئ."),
    ("Resolution 2593 was adopted.", "۲۵۹۳ پرېکړه لیک تصویب شو."),
    ("a 10% increase", "لس سلنه زیاتوالی"),
    ("The fiscal year 1402 budget", "د ۱۴۰۲ مالي کال بودیجه"),
    ("A third of the wheat was lost.", "د غنمو درېیمه برخه له منځه ولاړه."),
    ("Unemployment is above 20 per cent.", "بې کاري له شلو سلنو څخه لوړه ده."),
    ("He has one son and two daughters.", "هغه یو زوی او دوې لوڼې لري."),
    ("She gave birth to twins.", "هغې دوه غبرګوني ماشومان وزېږول."),
]

WRONG += [
    ("He died in his 60s.", "هغه د اویا کلونو په عمر کې مړ شو."),
    ("the economic boom of the 2010s", "د ۲۰۰۰مې لسیزې اقتصادي وده"),
    ("One in three women has experienced violence.", "له هرو څلورو ښځو څخه یوې له تاوتریخوالي سره مخ شوې ده."),
    ("Three out of four patients recovered.", "له هرو پنځو ناروغانو څخه درې روغ شول."),
    ("a 24-hour curfew", "د ۴۸ ساعتونو لپاره ګرځېدو بندیز"),
    ("a three-member committee", "پنځه کسیزه کمېټه"),
    ("Type 2 diabetes is common.", "د لومړي ډول شکر ناروغي عامه ده."),
    ("Stage 3 cancer", "د څلورمې مرحلې سرطان"),
    ("Grade 10 students sat the exam.", "د نهم ټولګي زده کوونکو ازموینه ورکړه."),
    ("Police District 13 was attacked.", "پر دولسمې امنیې ناحیې برید وشو."),
    ("The Taliban entered Kabul on 15 August 2021.", "طالبان د ۱۴۰۰ کال د اسد په ۲۵مه کابل ته ننوتل."),
    ("Bake at 450°F (230°C).", "په ۴۵۰ درجو سانتي ګراد یې پاخه کړئ."),
    ("He is six feet tall.", "هغه شپږ متره لوړ دی."),
    ("The fine is ₹5 lakh.", "جریمه پنځه کروړه روپۍ ده."),
    ("Twenty thousand people marched.", "دوه زره خلکو لاریون وکړ."),
    ("The iPhone 15 was released.", "آیفون ۱۴ خپور شو."),
    ("It costs £3m.", "دا درې میلیونه ډالره لګښت لري."),
    ("The team won 3-2.", "ټیم ۳-۱ وګاټه."),
    ("a 10% increase", "شل سلنه زیاتوالی"),
    ("Unemployment is above 20 per cent.", "بې کاري له دېرشو سلنو څخه لوړه ده."),
    ("He has one son and two daughters.", "هغه یو زوی او درې لوڼې لري."),
    ("The first of May is a holiday.", "د مۍ دوهمه نېټه رخصتي ده."),
]


# third batch: fractions said as percentages, multiples of decades and centuries said in years,
# durations converted, numbered names, imperial units converted by the translator
CLEAN += [
    ("A third of the children are stunted.", "۳۳ سلنه ماشومان لنډ قده دي."),
    ("Half of the voters stayed home.", "۵۰ سلنه رای ورکوونکي په کور کې پاتې شول."),
    ("A quarter of the wells are dry.", "۲۵ سلنه څاګانې وچې دي."),
    ("The war lasted two decades.", "جګړه شل کاله دوام وکړ."),
    ("The dynasty ruled for three centuries.", "دې کورنۍ درې سوه کاله واکمني وکړه."),
    ("Half a century has passed since then.", "له هغه وخته پنځوس کاله تېر شوي دي."),
    ("The film runs 90 minutes.", "فلم یو نیم ساعت دی."),
    ("Results are expected within 48 hours.", "پایلې به په دوو ورځو کې معلومې شي."),
    ("He spent a year and a half in hospital.", "هغه اته لس میاشتې په روغتون کې تېرې کړې."),
    ("Mount Everest is 29,032 feet (8,849 m) high.", "د ایورسټ غر ۸۸۴۹ متره لوړ دی."),
    ("The lake covers 250 square miles (650 km²).", "جهيل ۶۵۰ مربع کیلومتره ساحه لري."),
    ("The car was doing 60 mph.", "موټر په ساعت کې ۹۷ کیلومتره تګ درلود."),
    ("Apollo 11 landed on the Moon in 1969.", "اپولو ۱۱ په ۱۹۶۹ کال کې سپوږمۍ ته ښکته شو."),
    ("The Thirty Years' War devastated Germany.", "دېرش کلنې جګړې آلمان وران کړ."),
    ("He won the Formula One title.", "هغه د فورمولا ۱ اتلولي وګټله."),
    ("The Group of 77 met in New York.", "د ۷۷ هېوادونو ډله په نیویارک کې سره راټوله شوه."),
    ("Prices rose tenfold.", "بیې لس چنده لوړې شوې."),
    ("The cost quadrupled.", "لګښت څلور چنده شو."),
    ("The budget was halved.", "بودیجه نیمایي شوه."),
    ("It is 1 billion dollars.", "دا زر میلیونه ډالره دي."),
    ("a 5,000-strong force", "پنځه زره کسیز ځواک"),
    ("Women aged 15 to 49", "له ۱۵ تر ۴۹ کلنۍ پورې ښځې"),
    ("a 15th-century poet", "د پنځلسمې پېړۍ یو شاعر"),
    ("the Saur Revolution of 1978", "د ۱۳۵۷ کال د ثور انقلاب"),
    ("Fever above 100°F needs care.", "له ۳۸ درجو سانتي ګراد څخه لوړه تبه پاملرنې ته اړتیا لري."),
    ("The fee is 100 afghanis.", "فیس سل افغانۍ دی."),
    ("He lived there for a fortnight.", "هغه هلته دوه اونۍ پاتې شو."),
    ("Seven people, including two children, died.", "اووه کسان چې دوه ماشومان پکې شامل دي، مړه شول."),
]

WRONG += [
    ("A third of the children are stunted.", "۴۳ سلنه ماشومان لنډ قده دي."),
    ("Half of the voters stayed home.", "۳۰ سلنه رای ورکوونکي په کور کې پاتې شول."),
    ("The war lasted two decades.", "جګړه دېرش کاله دوام وکړ."),
    ("The dynasty ruled for three centuries.", "دې کورنۍ دوه سوه کاله واکمني وکړه."),
    ("Mount Everest is 29,032 feet (8,849 m) high.", "د ایورسټ غر ۸۸۴۹ فټه لوړ دی."),
    ("Apollo 11 landed on the Moon in 1969.", "اپولو ۱۱ په ۱۹۶۸ کال کې سپوږمۍ ته ښکته شو."),
    ("Prices rose tenfold.", "بیې دوه چنده لوړې شوې."),
    ("It is 1 billion dollars.", "دا سل میلیونه ډالره دي."),
    ("Women aged 15 to 49", "له ۱۵ تر ۴۵ کلنۍ پورې ښځې"),
    ("the Saur Revolution of 1978", "د ۱۳۶۷ کال د ثور انقلاب"),
    ("Seven people, including two children, died.", "نهه کسان چې دوه ماشومان پکې شامل دي، مړه شول."),
]

# fourth batch: Solar Hijri ranges, decades of war, notations (9/11, 140/90, 4x100), tournaments
# named by their year, doses per kilogram, "one" as a pronoun, numbered ranks
CLEAN += [
    ("The Taliban ruled from 1996 to 2001.", "طالبانو له ۱۳۷۵ څخه تر ۱۳۸۰ پورې حکومت وکړ."),
    ("The civil war lasted from 1992 to 1996.", "کورنۍ جګړه د ۱۳۷۱ او ۱۳۷۵ کلونو ترمنځ وه."),
    ("in the late 1970s", "د ۱۹۷۰مې لسیزې په وروستیو کې"),
    ("Forty years of war destroyed the country.", "څلورو لسیزو جګړې هېواد وران کړ."),
    ("Nearly four decades of conflict", "نږدې څلویښت کاله شخړه"),
    ("The dose is 10 mg per kilogram.", "دوز په هر کیلوګرام کې ۱۰ ملي ګرامه دی."),
    ("His blood pressure was 140/90.", "د هغه د وینې فشار ۱۴۰/۹۰ و."),
    ("She ran the 4x100 m relay.", "هغې د ۴x۱۰۰ متره منډه وکړه."),
    ("Euro 2020 was played in 2021.", "د اروپا ۲۰۲۰ جام په ۲۰۲۱ کې ولوبول شو."),
    ("The 9/11 attacks changed the world.", "د سپتمبر د یوولسمې بریدونو نړۍ بدله کړه."),
    ("The patients were seen one by one.", "ناروغان یو په یو وکتل شول."),
    ("They helped one another.", "دوی له یو بل سره مرسته وکړه."),
    ("He was ranked No. 1 in the world.", "هغه د نړۍ لومړی نمبر لوبغاړی و."),
    ("The first 10 days are the hardest.", "لومړۍ لس ورځې تر ټولو سختې دي."),
    ("The talks were bilateral.", "خبرې اترې دوه اړخیزې وې."),
    ("The bus leaves at 2:30 a.m.", "بس د شپې په دوه نیمو بجو ځي."),
    ("Take it every 6 hours.", "هر شپږ ساعته وروسته یې وخورئ."),
    ("Take it three times a day.", "ورځې درې ځله یې وخورئ."),
    ("More than 4 million Afghans are refugees.", "له ۴ میلیونو ډېر افغانان کډوال دي."),
    ("a two-week campaign", "دوه اونیز کمپاین"),
    ("Temperatures dropped to minus 5.", "تودوخه منفي پنځو درجو ته راټیټه شوه."),
    ("It opened on 1 Hamal 1402 (21 March 2023).", "دا د ۱۴۰۲ کال د حمل په لومړۍ نېټه پرانیستل شو."),
    ("Between 10 and 15 years in prison", "له ۱۰ څخه تر ۱۵ کلونو پورې بند"),
]

WRONG += [
    ("The Taliban ruled from 1996 to 2001.", "طالبانو له ۱۳۷۵ څخه تر ۱۳۸۵ پورې حکومت وکړ."),
    ("Forty years of war destroyed the country.", "درېیو لسیزو جګړې هېواد وران کړ."),
    ("The dose is 10 mg per kilogram.", "دوز په هر کیلوګرام کې ۱۰۰ ملي ګرامه دی."),
    ("The first 10 days are the hardest.", "لومړۍ شل ورځې تر ټولو سختې دي."),
    ("Take it every 6 hours.", "هر اته ساعته وروسته یې وخورئ."),
    ("More than 4 million Afghans are refugees.", "له ۴۰ میلیونو ډېر افغانان کډوال دي."),
    ("a two-week campaign", "دوه میاشتنی کمپاین"),
    ("It opened on 1 Hamal 1402 (21 March 2023).", "دا د ۱۴۰۲ کال د ثور په لومړۍ نېټه پرانیستل شو."),
    ("Between 10 and 15 years in prison", "له ۱۰ څخه تر ۱۵ میاشتو پورې بند"),
    ("The bus leaves at 2:30 a.m.", "بس د شپې په درې نیمو بجو ځي."),
]

# fifth batch: compound number words in their oblique forms, feminine one, older spellings of
# ordinals, scale words in the oblique, numbers restated as words and digits
CLEAN += [
    ("The bill passed with 25 votes.", "لایحه په پنځه ویشتو رایو تصویب شوه."),
    ("It was shared with 200 schools.", "له دوه سوو ښوونځیو سره شریک شو."),
    ("Aid reached 3,000 families.", "مرسته درې زرو کورنیو ته ورسېده."),
    ("It cost 4 lakh rupees.", "دا د څلورو لکو روپیو لګښت درلود."),
    ("She is the first woman minister.", "هغه لومړنۍ ښځینه وزیره ده."),
    ("the first round of voting", "د رایو اچونې ړومبی پړاو"),
    ("He married one woman.", "هغه له یوې ښځې سره واده وکړ."),
    ("The 15 members met.", "پنځلس غړي سره کېناستل."),
    ("in the 11th grade", "په یوولسم ټولګي کې"),
    ("the 27th amendment", "اوه ویشتم تعدیل"),
    ("for 35 years", "د پنځه دېرش کلونو لپاره"),
    ("He wrote 48 books.", "هغه اته څلوېښت کتابونه ولیکل."),
    ("The contract lasts ninety days.", "قرارداد نوي ورځې دوام کوي."),
    ("The fee is sixty dollars.", "فیس شپېته ډالره دی."),
    ("The fine is 500 afghanis (five hundred afghanis).", "جریمه ۵۰۰ (پنځه سوه) افغانۍ ده."),
    ("At least 70 people died.", "لږ تر لږه اویا کسان مړه شول."),
    ("The tower has 80 floors.", "برج اتیا پوړونه لري."),
    ("He is in his nineties.", "هغه د نوي کلونو په عمر کې دی."),
]

WRONG += [
    ("The bill passed with 25 votes.", "لایحه په شپږ ویشتو رایو تصویب شوه."),
    ("It was shared with 200 schools.", "له درې سوو ښوونځیو سره شریک شو."),
    ("Aid reached 3,000 families.", "مرسته څلورو زرو کورنیو ته ورسېده."),
    ("It cost 4 lakh rupees.", "دا د پنځو لکو روپیو لګښت درلود."),
    ("for 35 years", "د پنځه څلوېښت کلونو لپاره"),
    ("He wrote 48 books.", "هغه اته دېرش کتابونه ولیکل."),
    ("The contract lasts ninety days.", "قرارداد اتیا ورځې دوام کوي."),
    ("At least 70 people died.", "لږ تر لږه اتیا کسان مړه شول."),
    ("The tower has 80 floors.", "برج اویا پوړونه لري."),
    ("the 27th amendment", "اته ویشتم تعدیل"),
    ("in the 11th grade", "په دولسم ټولګي کې"),
]

# sixth batch: legal references in ranges and lists, deposits and fees in months, pregnancy weeks
CLEAN += [
    ("Articles 12 and 13 apply.", "۱۲مه او ۱۳مه ماده پلي کېږي."),
    ("Sections 3 to 5 were repealed.", "له درېیمې تر پنځمې مادې لغوه شوې."),
    ("within three (3) working days", "د درېیو (۳) کاري ورځو په موده کې"),
    ("The deposit is one month's rent.", "امانت د یوې میاشتې کرایه ده."),
    ("Rent is due on the 5th of every month.", "کرایه د هرې میاشتې په پنځمه نېټه ورکول کېږي."),
    ("The penalty is three months' rent.", "جریمه د درېیو میاشتو کرایه ده."),
    ("The baby was born at 37 weeks.", "ماشوم د امېندوارۍ په ۳۷مه اونۍ کې وزېږېد."),
    ("Two doses are given 28 days apart.", "دوه دوزونه د ۲۸ ورځو په واټن ورکول کېږي."),
    ("Children under 5 are most at risk.", "له پنځو کلونو کم عمر ماشومان تر ټولو ډېر په خطر کې دي."),
    ("The tenant pays twice the deposit.", "کرایه دار د امانت دوه چنده ورکوي."),
]

WRONG += [
    ("Articles 12 and 13 apply.", "۱۲مه او ۱۴مه ماده پلي کېږي."),
    ("within three (3) working days", "د پنځو (۵) کاري ورځو په موده کې"),
    ("The penalty is three months' rent.", "جریمه د درېیو اونیو کرایه ده."),
    ("The baby was born at 37 weeks.", "ماشوم د امېندوارۍ په ۳۲مه اونۍ کې وزېږېد."),
    ("Two doses are given 28 days apart.", "دوه دوزونه د ۲۱ ورځو په واټن ورکول کېږي."),
    ("Rent is due on the 5th of every month.", "کرایه د هرې میاشتې په لسمه نېټه ورکول کېږي."),
]

# seventh batch: news style (scores, juries, goals, "some 300", zero, house numbers, targets)
CLEAN += [
    ("A 12-member jury heard the case.", "دولس کسیزې جرګې دا قضیه واورېده."),
    ("Afghanistan won 2-0.", "افغانستان دوه صفر وګټل."),
    ("He scored in the 90th minute.", "هغه په ۹۰مه دقیقه کې ګول وکړ."),
    ("One in 10 adults has diabetes.", "له هرو لسو لویانو څخه یو د شکرې ناروغي لري."),
    ("The prime minister lives at No. 10.", "لومړی وزیر په لسم نمبر کې اوسېږي."),
    ("Sustainable Development Goal 3 is health.", "د پایدارې پراختیا درېیم هدف روغتیا ده."),
    ("Some 300 people gathered.", "شاوخوا ۳۰۰ کسان راټول شول."),
    ("There were zero deaths.", "هیڅ مړینه نه وه."),
    ("Oil sold at $30 a barrel.", "تېل په یوه بېرل ۳۰ ډالره خرڅ شول."),
    ("Growth slowed in the third quarter.", "وده په درېیمه ربع کې ورو شوه."),
    ("Saudi Vision 2030 was announced.", "د سعودي عربستان د ۲۰۳۰ لید اعلان وشو."),
    ("The S-400 system was delivered.", "د S-400 سیسټم وسپارل شو."),
]

WRONG += [
    ("A 12-member jury heard the case.", "لس کسیزې جرګې دا قضیه واورېده."),
    ("He scored in the 90th minute.", "هغه په ۸۰مه دقیقه کې ګول وکړ."),
    ("One in 10 adults has diabetes.", "له هرو پنځو لویانو څخه یو د شکرې ناروغي لري."),
    ("Some 300 people gathered.", "شاوخوا ۵۰۰ کسان راټول شول."),
    ("Oil sold at $30 a barrel.", "تېل په یوه بېرل ۳۰ یورو خرڅ شول."),
]


@pytest.mark.parametrize("en,ps,wrong", [(en, ps, False) for en, ps in CLEAN] + [(en, ps, True) for en, ps in WRONG])
def test_probe(en, ps, wrong):
    """A professional rendering has no warning at all; a careless one has a quantity finding."""
    found = _reported(en, ps)
    if wrong:
        assert {f.category for f in found} & {"number", "unit", "date"}, "the changed quantity is not caught"
    else:
        assert [(f.code, f.message) for f in found] == []


def test_probe_table_size():
    """The table is the learning material of issue 11 for quantities: at least 120 pairs."""
    assert len(CLEAN) + len(WRONG) >= 120 and len(set(CLEAN)) == len(CLEAN) and len(set(WRONG)) == len(WRONG)


def _read(text: str, lang: str):
    return [(q.text, q.kind, q.value, q.candidates) for q in extract_quantities(text, lang, include_labels=True)]


def test_mechanisms_read_what_the_probes_need():
    """The readings behind the probes, one per mechanism added for them."""
    # a clock time said by a word, a number word before بجې, "X and a half o'clock" = X:30
    assert _read("at noon", "en") == [("noon", "time", 12, ())]
    # (بجې is a 12-hour clock: 6:30 or 18:30)
    assert _read("په شپږ نیمو بجو", "ps") == [("شپږ نیمو بجو", "time", Fraction(63, 10), (Fraction(183, 10),))]
    assert [k for _, k, *_ in _read("د غرمې په دولسو بجو", "ps")] == ["time"]        # one time, not two
    # "the 1800s" is also the 19th century
    assert _read("in the 1800s", "en") == [("1800s", "decade", 1800, (19,))]
    # every + a plural scale word: per thousand
    assert [(t, v) for t, _, v, _ in _read("په هرو زرو ژوندیو زیږونونو کې", "ps")] == [("زرو", 1000)]
    # له X څخه Y ته is a range; the scale of its high end carries to the low end
    (text, kind, value, _), = [r for r in _read("له ۱۰ څخه ۲۰ میلیونو ته", "ps")]
    assert (kind, value) == ("range", 10_000_000)
    # a noun whose number is an ordinal in Pashto: Police District 13 = دیارلسمه ناحیه
    assert _read("Police District 13 was attacked.", "en")[0][1:3] == ("ordinal", 13)


def test_calendar_words_the_probes_need():
    """هجري لمریز marks a Solar Hijri year; an English ordinal word is a day next to a month."""
    (d,) = find_dates("فرمان په ۱۳۹۸ هجري لمریز کال کې صادر شو.", "ps")
    assert (d.calendar, d.original) == (SOLAR_HIJRI, (1398, None, None))
    (d,) = find_dates("The first of May is a holiday.", "en")
    assert d.original == (None, 5, 1)
    assert [x.original for x in find_dates("the first time in May", "en")] == [(None, 5, None)]


def test_a_conversion_in_brackets_is_said_once():
    """"5 miles (8 km)": the translation may keep either; with both kept, a changed one shows."""
    assert _reported("The road is 5 miles (8 km) long.", "سړک ۵ میله اوږد دی.") == []
    codes = {f.code for f in _reported("The road is 5 miles (8 km) long.", "سړک ۵ میله (۹ کیلومتره) اوږد دی.")}
    assert codes & {"NUM-MISMATCH", "NUM-EXTRA", "NUM-MISSING", "UNIT-MISMATCH"}


def test_clock_times_in_words_are_compared_with_strength():
    """8 p.m. ↔ نهو بجو is a changed time, its strength lowered for the number in words."""
    f, = _reported("The shop closes at 8 p.m.", "دوکان د ماښام په نهو بجو تړل کېږي.")
    assert f.code == "TIME-MISMATCH" and 0.3 <= f.strength < 1.0


def test_durations_fractions_and_speeds_meet_their_conversions():
    """A duration in another unit, a fraction as a percentage, a speed as the distance of an
    hour, a bare Solar Hijri year as its Gregorian one; each also compared when changed."""
    from aligner.checks.numbers import compare
    def matched(en, ps):
        c = compare(en, "en", ps, "ps")
        return [(s.q.text, t.q.text) for s, t in c.matched], c.missing + c.extra + [x for p in c.mismatch for x in p]
    assert matched("It took 90 minutes.", "یو نیم ساعت یې ونیو.") == ([("90 minutes", "یو نیم ساعت")], [])
    assert matched("for two decades", "د شلو کلونو لپاره") == ([("two decades", "شلو کلونو")], [])
    assert matched("A third voted.", "۳۳ سلنه رایه ورکړه.")[1] == []
    assert matched("at 60 mph", "په ساعت کې ۹۷ کیلومتره")[1] == []
    assert matched("from 1996 to 2001", "له ۱۳۷۵ څخه تر ۱۳۸۰ پورې")[1] == []
    assert matched("from 1996 to 2001", "له ۱۳۷۵ څخه تر ۱۳۸۵ پورې")[1] != []
    # a calendar year before کلونو is no duration
    assert [q.unit for q in extract_quantities("د ۱۳۷۱ او ۱۳۷۵ کلونو ترمنځ", "ps")][0] is None
    # "a third of October" is a fraction, not the 3rd of October
    assert [d.original for d in find_dates("through the first a third of October", "en")] == [(None, 10, None)]


def test_units_in_the_older_orthography():
    """FLoRes-style older spellings of Pashto unit words (ي for ې) carry their unit."""
    assert [(q.value, q.unit) for q in extract_quantities("پنځه سلني او درې ورځي", "ps")] == [(5, "%"), (3, "d")]
    assert _reported("It took 3 days.", "درې ورځي یې ونیولې.") == []
    assert {f.code for f in _reported("It took 3 days.", "درې مياشتي یې ونیولې.")} & {"UNIT-MISMATCH", "NUM-MISMATCH"}


def test_a_loose_conversion_is_weaker_evidence_than_a_changed_figure():
    """6 months ↔ ۲۴ اونۍ (168 vs 183 days) may be a translator's rounding: reported, at a lower
    strength than 6 months ↔ ۱۰ اونۍ."""
    loose, = _reported("It lasts 6 months.", "دا ۲۴ اونۍ دوام کوي.")
    changed, = _reported("It lasts 6 months.", "دا ۱۰ اونۍ دوام کوي.")
    assert loose.code == changed.code == "NUM-MISMATCH" and 0.3 <= loose.strength < changed.strength
