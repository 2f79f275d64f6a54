"""Issue 11 §2, quantities and dates in registers the corpora have little of (legal, education,
software help, humanitarian, finance): hand-written probe pairs by helper H3, not taken from any
corpus.  Mechanisms: number words in their inflected forms (دېرشو، دوو، دریو، شپېتو), South Asian
counting (لک، کروړ, "and a half": دوه نیم لکه، یو نیم کروړ), "and a half" with a unit (څلور نیم
ساعته، دوه نیمو میاشتو), ordinals (نهم ټولګی، یوولسم، یوویشتم), digits of codes, versions and
standards (ISO 9001:2015, Python 3.11, Form 1040, Wi-Fi 6, Error 404, port 8080), currency
symbols said as words ($ ډالر, £ پونډه, € یورو, ₹ روپۍ), Solar Hijri dates for Gregorian ones
(4 April 2019 = ۱۵ وری ۱۳۹۸), a hundred after "and" (زر او سل = 1,100).

Each CLEAN pair is a correct translation and must come out with no number, unit or date
warning; each WRONG pair changes one quantity as a careless translator does and must be caught."""
from __future__ import annotations

import pytest

from aligner.lang.quantities import extract_quantities
from tests.test_numbers_kinds import _reported

CLEAN = [
    ('Under Article 24 of the Constitution, every citizen has the right to education.', 'د اساسي قانون د ۲۴مې مادې له مخې، هر تبعه د زده کړې حق لري.'),
    ('The appeal must be filed within thirty days.', 'استیناف باید د دېرشو ورځو په موده کې وسپارل شي.'),
    ('The law was approved on 4 April 2019.', 'قانون د ۱۳۹۸ کال د وري په ۱۵مه تصویب شو.'),
    ('The court imposed a fine of 250,000 afghanis.', 'محکمې د دوه نیم لکه افغانیو جریمه ولګوله.'),
    ('Paragraph 3 of Section 12 applies to contracts signed before 2015.', 'د ۱۲مې برخې درېیم بند په هغو قراردادونو پلي کېږي چې له ۲۰۱۵ کال مخکې لاسلیک شوي.'),
    ('The school has 1,200 students in two shifts.', 'ښوونځی په دوو وختونو کې ۱۲۰۰ زده کوونکي لري.'),
    ('Grade 9 students take the exam in the second semester.', 'د نهم ټولګي زده کوونکي په دوهم سمستر کې ازموینه ورکوي.'),
    ('The exam lasts four and a half hours.', 'ازموینه څلور نیم ساعته دوام کوي.'),
    ('Half of the teachers are women.', 'نیمایي ښوونکي ښځې دي.'),
    ('Press Ctrl+F5 to reload the page.', 'د پاڼې د بیا راوړلو لپاره Ctrl+F5 کېکاږئ.'),
    ('The app requires Android 8.0 or later and 2 GB of RAM.', 'اپلیکېشن Android 8.0 یا ورپسې نسخې او ۲ ګیګابایټه RAM ته اړتیا لري.'),
    ('Error 404 means that the page was not found.', 'د 404 تېروتنه دا معنا لري چې پاڼه ونه موندل شوه.'),
    ('Set the port to 8080 in the settings file.', 'د تنظیماتو په فایل کې پورټ 8080 ته واړوئ.'),
    ('Save the file in UTF-8 format.', 'فایل په UTF-8 بڼه خوندي کړئ.'),
    ('About 3.5 million people need food aid.', 'شاوخوا ۳۵ لکه خلک خوراکي مرستو ته اړتیا لري.'),
    ('Dozens of families were displaced by the floods.', 'لسګونه کورنۍ د سېلابونو له امله بې ځایه شوې.'),
    ('Each family received 50 kg of flour and five litres of oil.', 'هرې کورنۍ ۵۰ کیلو ګرامه اوړه او پنځه لیټره غوړي ترلاسه کړل.'),
    ('One in three children is malnourished.', 'له هرو دریو ماشومانو څخه یو یې خوارځواکی دی.'),
    ('The province received 20 million rupees.', 'ولایت دوه کروړه روپۍ ترلاسه کړې.'),
    ('The company earned $4.2 million in 2022.', 'شرکت په ۲۰۲۲ کال کې ۴.۲ میلیونه ډالر ګټه وکړه.'),
    ('Inflation rose to 12% in the third quarter.', 'انفلاسیون په دریمه ربع کې ۱۲ سلنې ته لوړ شو.'),
    ('The loan carries an interest rate of 7.5% a year.', 'پور په کال کې ۷.۵ سلنه ګټه لري.'),
    ('The ticket costs €15.', 'ټکټ پنځلس یورو بیه لري.'),
    ('The committee has twenty-five members.', 'کمیټه پنځه ویشت غړي لري.'),
    ('Payments are due on the fifth day of each month.', 'تادیات د هرې میاشتې په پنځمه ورځ ورکول کېږي.'),
    ('Call the free hotline 119 for help.', 'د مرستې لپاره وړیا ۱۱۹ شمېرې ته زنګ ووهئ.'),
    ('The budget for fiscal year 1402 was approved.', 'د ۱۴۰۲ مالي کال بودیجه تصویب شوه.'),
    ('The course runs for one and a half years.', 'کورس یو نیم کال دوام کوي.'),
    ('Form W-8BEN must be filed every three years.', 'د W-8BEN فورمه باید په هرو دریو کلونو کې یو ځل وسپارل شي.'),
    ('The shelter can hold 2,500 people.', 'سرپناه کې دوه زره پنځه سوه کسان ځایېږي.'),
    ('The rate fell from 9.1% in 2021 to 6.4% in 2023.', 'کچه په ۲۰۲۱ کې له ۹.۱ سلنې څخه په ۲۰۲۳ کې ۶.۴ سلنې ته راټیټه شوه.'),
    ('Schools reopened on 21 March 2022, the first day of the new year.', 'ښوونځي د ۱۴۰۱ کال د وري په لومړۍ نېټه، د نوي کال په لومړۍ ورځ، بیا پرانیستل شول.'),
    ("The tenant must pay two and a half months' rent in advance.", 'کرایه دار باید د دوه نیمو میاشتو کرایه مخکې ورکړي.'),
    ('The contract is valid for three and a half years.', 'قرارداد د درې نیمو کلونو لپاره اعتبار لري.'),
    ('The project will cost Rs 1.5 crore.', 'پروژه به یو نیم کروړ روپۍ لګښت ولري.'),
    ('Nearly 2.5 lakh children were vaccinated.', 'نږدې دوه نیم لکه ماشومان واکسین شول.'),
    ('The company is certified under ISO 9001:2015.', 'شرکت د ISO 9001:2015 له مخې تصدیق شوی دی.'),
    ('Install Python 3.11 before running the script.', 'د سکریپټ له چلولو مخکې Python 3.11 نصب کړئ.'),
    ('Enter the code in the format ABC-1234.', 'کوډ په ABC-1234 بڼه ولیکئ.'),
    ('The router supports IPv6 and Wi-Fi 6.', 'روټر د IPv6 او Wi-Fi 6 ملاتړ کوي.'),
    ('Fill in Form 1040 by 15 April.', 'د اپرېل تر ۱۵مې پورې د 1040 فورمه ډکه کړئ.'),
    ('The fee is $25 per month.', 'فیس په میاشت کې پنځه ویشت ډالره دی.'),
    ('The fee is £40.', 'فیس څلوېښت پونډه دی.'),
    ('The donor pledged ₹2 crore.', 'مرسته کوونکي د دوو کروړو روپیو ژمنه وکړه.'),
    ('Prices rose by 3 per cent in the fourth quarter.', 'بیې په څلورمه ربع کې درې سلنه لوړې شوې.'),
    ('He finished eleventh in the national exam.', 'هغه په ملي ازموینه کې یوولسم شو.'),
    ('This is the twenty-first annual report.', 'دا یوویشتم کلنی راپور دی.'),
    ('Classes start at 8:30 a.m.', 'ټولګي د سهار په اته نیمو بجو پیلېږي.'),
    ('The decree was issued on 1 Hamal 1402.', 'فرمان د ۱۴۰۲ کال د حمل په لومړۍ نېټه صادر شو.'),
    ('The election was held on 28 September 2019.', 'ټاکنې د ۱۳۹۸ کال د تلې په ۶مه ترسره شوې.'),
    ('The ceasefire began on 15 August 2021.', 'اوربند د ۱۴۰۰ کال د اسد په ۲۴مه پیل شو.'),
    ('The rains came in the spring of 1400.', 'بارانونه د ۱۴۰۰ کال په پسرلي کې راغلل.'),
    ('Over 40 tonnes of aid arrived.', 'له څلوېښتو ټنو ډېرې مرستې ورسېدې.'),
    ('The clinic treated 60 patients a day.', 'کلینیک هره ورځ شپېته ناروغان درملنه کړل.'),
    ('Each of the 34 provinces sent two delegates.', 'هر یو له ۳۴ ولایتونو څخه دوه استازي ولېږل.'),
    ('The agency supports 1,100 schools in 12 provinces.', 'اداره په دولسو ولایتونو کې د زر او سلو ښوونځیو ملاتړ کوي.'),
    ('Read chapter 7 before the second lesson.', 'د دوهم درس مخکې اووم فصل ولولئ.'),
    ('Students need 60 credits to graduate.', 'زده کوونکي د فراغت لپاره شپېتو کریډیټونو ته اړتیا لري.'),
    ("The bank's profit doubled to $8 million.", 'د بانک ګټه دوه چنده شوه او اته میلیونه ډالرو ته ورسېده.'),
    ('The tax rate is 20% on incomes above 150,000 afghanis.', 'د یو لک او پنځوس زره افغانیو څخه پورته عاید باندې د مالیې کچه شل سلنه ده.'),
    ('The COVID-19 response plan needs US$ 200 million.', 'د COVID-19 د غبرګون پلان دوه سوه میلیونه امریکايي ډالرو ته اړتیا لري.'),
    ("Open Settings > Step 2 and select 'Language'.", "ترتیبات > دوهم ګام خلاص کړئ او 'ژبه' وټاکئ."),
]

WRONG = [
    ('The appeal must be filed within thirty days.', 'استیناف باید د شلو ورځو په موده کې وسپارل شي.'),
    ('The law was approved on 4 April 2019.', 'قانون د ۱۳۹۸ کال د غویي په ۱۵مه تصویب شو.'),
    ('The court imposed a fine of 250,000 afghanis.', 'محکمې د دوه لکه افغانیو جریمه ولګوله.'),
    ('Grade 9 students take the exam in the second semester.', 'د لسم ټولګي زده کوونکي په دوهم سمستر کې ازموینه ورکوي.'),
    ('The exam lasts four and a half hours.', 'ازموینه درې نیم ساعته دوام کوي.'),
    ('About 3.5 million people need food aid.', 'شاوخوا ۲۵ لکه خلک خوراکي مرستو ته اړتیا لري.'),
    ('Each family received 50 kg of flour and five litres of oil.', 'هرې کورنۍ ۵۰ کیلو ګرامه اوړه او پنځه ګیلنه غوړي ترلاسه کړل.'),
    ('The company earned $4.2 million in 2022.', 'شرکت په ۲۰۲۲ کال کې ۴.۲ میلیارده ډالر ګټه وکړه.'),
    ('The loan carries an interest rate of 7.5% a year.', 'پور په کال کې ۵.۷ سلنه ګټه لري.'),
    ('The ticket costs €15.', 'ټکټ پنځلس ډالر بیه لري.'),
    ('The committee has twenty-five members.', 'کمیټه پنځه دېرش غړي لري.'),
    ('The province received 20 million rupees.', 'ولایت دوه لکه روپۍ ترلاسه کړې.'),
    ('The shelter can hold 2,500 people.', 'سرپناه کې دوه زره کسان ځایېږي.'),
    ('Inflation rose to 12% in the third quarter.', 'انفلاسیون په دریمه ربع کې ۲۱ سلنې ته لوړ شو.'),
    ('The course runs for one and a half years.', 'کورس دوه نیم کاله دوام کوي.'),
    ('The school has 1,200 students in two shifts.', 'ښوونځی په دوو وختونو کې ۱۰۰۰ زده کوونکي لري.'),
    ("The tenant must pay two and a half months' rent in advance.", 'کرایه دار باید د درې نیمو میاشتو کرایه مخکې ورکړي.'),
    ('The contract is valid for three and a half years.', 'قرارداد د دوه نیمو کلونو لپاره اعتبار لري.'),
    ('Nearly 2.5 lakh children were vaccinated.', 'نږدې درې نیم لکه ماشومان واکسین شول.'),
    ('The fee is $25 per month.', 'فیس په میاشت کې پنځه دېرش ډالره دی.'),
    ('The fee is £40.', 'فیس څلوېښت ډالره دی.'),
    ('The donor pledged ₹2 crore.', 'مرسته کوونکي د دریو کروړو روپیو ژمنه وکړه.'),
    ('He finished eleventh in the national exam.', 'هغه په ملي ازموینه کې دولسم شو.'),
    ('Classes start at 8:30 a.m.', 'ټولګي د سهار په نهه نیمو بجو پیلېږي.'),
    ('The election was held on 28 September 2019.', 'ټاکنې د ۱۳۹۸ کال د لړم په ۶مه ترسره شوې.'),
    ('Over 40 tonnes of aid arrived.', 'له څلوېښتو کیلو ګرامو ډېرې مرستې ورسېدې.'),
    ('The clinic treated 60 patients a day.', 'کلینیک هره ورځ پنځوس ناروغان درملنه کړل.'),
    ('The agency supports 1,100 schools in 12 provinces.', 'اداره په دولسو ولایتونو کې د زر او دوه سوو ښوونځیو ملاتړ کوي.'),
    ('Students need 60 credits to graduate.', 'زده کوونکي د فراغت لپاره اویا کریډیټونو ته اړتیا لري.'),
    ('The tax rate is 20% on incomes above 150,000 afghanis.', 'د یو لک او پنځوس زره افغانیو څخه پورته عاید باندې د مالیې کچه دېرش سلنه ده.'),
    ('Read chapter 7 before the second lesson.', 'د دوهم درس مخکې اتم فصل ولولئ.'),
    ('This is the twenty-first annual report.', 'دا شلم کلنی راپور دی.'),
]


# --- second round: idioms without a figure (24/7, G20, zero, both), ages, options, codes, versions,
# standards, humanitarian indicators, basis points, a 12-hour clock (د ماسپښین په دوو بجو = 14:00),
# Solar Hijri dates of the Afghan courts, the colloquial کلدار (Pakistani rupee) -------------------
CLEAN += [
    ('The hotline is open 24/7.', 'بیړنی لیکه شپه او ورځ خلاصه ده.'),
    ('She was born in the 1980s.', 'هغه د ۱۹۸۰ لسیزې په اوږدو کې زېږېدلې ده.'),
    ('World War II ended in 1945.', 'دوهمه نړیواله جګړه په ۱۹۴۵ کال کې پای ته ورسېده.'),
    ('The G20 summit was held in Rome.', 'د شلو هېوادونو ډلې غونډه په روم کې جوړه شوه.'),
    ('A 12-year-old boy was injured.', 'یو دولس کلن هلک ټپي شو.'),
    ('Two out of three schools lack water.', 'له هرو دریو ښوونځیو څخه دوه یې اوبه نه لري.'),
    ('The fiscal year 2023-24 budget is ready.', 'د ۲۰۲۳-۲۴ مالي کال بودیجه چمتو ده.'),
    ('Only one in ten girls attends secondary school.', 'له هرو لسو نجونو څخه یوازې یوه منځني ښوونځي ته ځي.'),
    ('The law has 12 chapters and 150 articles.', 'قانون دولس فصلونه او یو سلو پنځوس مادې لري.'),
    ('The meeting was held on Monday, 3 March.', 'غونډه د مارچ په درېیمه، د دوشنبې په ورځ، جوړه شوه.'),
    ('Text HELP to 4040 for support.', 'د مرستې لپاره HELP ۴۰۴۰ ته ولېږئ.'),
    ('Press 1 for Pashto and 2 for Dari.', 'د پښتو لپاره ۱ او د دري لپاره ۲ کېکاږئ.'),
    ('The 3-day workshop trained 45 teachers.', 'درې ورځنۍ ورکشاپ ۴۵ ښوونکي وروزل.'),
    ('Half a million people were displaced.', 'نیم میلیون خلک بې ځایه شول.'),
    ('Zero cases were reported last week.', 'تېره اونۍ هېڅ پېښه ثبت نه شوه.'),
    ('Both parties signed the agreement.', 'دواړو خواوو تړون لاسلیک کړ.'),
    ('The first 100 days of the government.', 'د حکومت لومړۍ سل ورځې.'),
    ('Temperatures reached 45 degrees Celsius.', 'د تودوخې درجه ۴۵ درجو سانتي ګراد ته ورسېده.'),
    ("The children's ages ranged from 6 to 14.", 'د ماشومانو عمرونه له شپږو څخه تر څوارلسو کلونو پورې وو.'),
    ('The organization was founded 25 years ago.', 'دا سازمان پنځه ویشت کاله وړاندې جوړ شو.'),
    ('Salaries are paid on the 1st of every month.', 'معاشونه د هرې میاشتې په لومړۍ نېټه ورکول کېږي.'),
    ('A decade of war destroyed the schools.', 'لسو کلونو جګړې ښوونځي ویجاړ کړل.'),
    ('Section 3(2)(a) of the Act applies.', 'د قانون د ۳مې مادې د (۲) فقرې (a) بند پلي کېږي.'),
    ('Under Rule 14A, the bank must report within 7 days.', 'د 14A قاعدې له مخې، بانک باید په اوو ورځو کې راپور ورکړي.'),
    ('Students need a CGPA of 3.5 out of 4.', 'زده کوونکي له ۴ څخه ۳.۵ CGPA ته اړتیا لري.'),
    ('Revenue grew in Q3 2023.', 'عاید د ۲۰۲۳ کال په دریمه ربع کې لوړ شو.'),
    ('The central bank raised rates by 50 basis points.', 'مرکزي بانک د ګټې نرخ ۵۰ بنسټیز ټکي لوړ کړ.'),
    ('Press Ctrl+Alt+Del to restart.', 'د بیا پیلولو لپاره Ctrl+Alt+Del کېکاږئ.'),
    ('The server returned HTTP 500.', 'سرور HTTP 500 ځواب راکړ.'),
    ('Files are signed with SHA-256.', 'فایلونه په SHA-256 لاسلیک کېږي.'),
    ('Update to Windows 11 version 22H2.', 'وینډوز 11 د 22H2 نسخې ته تازه کړئ.'),
    ('The camera records 4K video at 60 fps.', 'کمره په ۶۰ fps کې 4K ویډیو ثبتوي.'),
    ('Use a 64-bit operating system.', '۶۴ بټه عملیاتي سیستم وکاروئ.'),
    ('Set the IP address to 192.168.0.1.', 'IP پته 192.168.0.1 ته وټاکئ.'),
    ('The district is in IPC Phase 4 (emergency).', 'ولسوالي د IPC په څلورم پړاو (بیړني حالت) کې ده.'),
    ('Each person needs at least 15 litres of water a day.', 'هر کس ورځې ته لږ تر لږه ۱۵ لیتره اوبو ته اړتیا لري.'),
    ('Children aged 6-59 months were screened.', 'د ۶ تر ۵۹ میاشتو عمر لرونکي ماشومان وکتل شول.'),
    ('Under-five mortality fell by a third.', 'د پنځو کلونو څخه د کم عمر ماشومانو مړینه درېیمه برخه راټیټه شوه.'),
    ('A child with MUAC below 115 mm is severely malnourished.', 'هغه ماشوم چې MUAC یې له ۱۱۵ ملي مترو څخه کم وي، سخت خوارځواکی دی.'),
    ('The bond pays a 5% coupon twice a year.', 'بانډ په کال کې دوه ځله ۵ سلنه ګټه ورکوي.'),
    ('The exchange rate was 70 afghanis to the dollar.', 'د تبادلې نرخ په یو ډالر ۷۰ افغانۍ وو.'),
    ('Tier 1 capital must be at least 6%.', 'د لومړۍ درجې پانګه باید لږ تر لږه ۶ سلنه وي.'),
    ('The session starts at 14:00.', 'ناسته د ماسپښین په دوو بجو پیلېږي.'),
    ('The exam has 40 multiple-choice questions.', 'ازموینه ۴۰ څو ځوابه پوښتنې لري.'),
    ('The first-grade textbook has 120 pages.', 'د لومړي ټولګي درسي کتاب ۱۲۰ مخونه لري.'),
    ('Nine out of ten respondents agreed.', 'له هرو لسو ځواب ورکوونکو څخه نهو موافقه وکړه.'),
    ('The case was adjourned until 1 Jawza 1403.', 'قضیه د ۱۴۰۳ کال د غبرګولي تر لومړۍ نېټې وځنډول شوه.'),
    ('The decree of 10 Asad 1399 was annulled.', 'د ۱۳۹۹ کال د زمري د لسمې نېټې فرمان لغوه شو.'),
    ('The deadline is 29 Hut 1402 (19 March 2024).', 'وروستۍ نېټه د ۱۴۰۲ کال د کب ۲۹مه ده.'),
]

WRONG += [
    ('The law has 12 chapters and 150 articles.', 'قانون دولس فصلونه او یو سلو شپېته مادې لري.'),
    ("The children's ages ranged from 6 to 14.", 'د ماشومانو عمرونه له شپږو څخه تر شپاړسو کلونو پورې وو.'),
    ('The organization was founded 25 years ago.', 'دا سازمان پنځه دېرش کاله وړاندې جوړ شو.'),
    ('Temperatures reached 45 degrees Celsius.', 'د تودوخې درجه ۴۵ درجو فارنهایټ ته ورسېده.'),
    ('Half a million people were displaced.', 'یو میلیون خلک بې ځایه شول.'),
    ('Under Rule 14A, the bank must report within 7 days.', 'د 14A قاعدې له مخې، بانک باید په اتو ورځو کې راپور ورکړي.'),
    ('Students need a CGPA of 3.5 out of 4.', 'زده کوونکي له ۴ څخه ۲.۵ CGPA ته اړتیا لري.'),
    ('The central bank raised rates by 50 basis points.', 'مرکزي بانک د ګټې نرخ ۵ بنسټیز ټکي لوړ کړ.'),
    ('Each person needs at least 15 litres of water a day.', 'هر کس ورځې ته لږ تر لږه ۱۵ ګیلنه اوبو ته اړتیا لري.'),
    ('Children aged 6-59 months were screened.', 'د ۶ تر ۵۹ کلونو عمر لرونکي ماشومان وکتل شول.'),
    ('The session starts at 14:00.', 'ناسته د ماسپښین په درېیو بجو پیلېږي.'),
    ('The case was adjourned until 1 Jawza 1403.', 'قضیه د ۱۴۰۳ کال د چنګاښ تر لومړۍ نېټې وځنډول شوه.'),
    ('The decree of 10 Asad 1399 was annulled.', 'د ۱۳۹۸ کال د زمري د لسمې نېټې فرمان لغوه شو.'),
    ('The exchange rate was 70 afghanis to the dollar.', 'د تبادلې نرخ په یو ډالر ۷۰ کلداري وو.'),
]


@pytest.mark.parametrize("en,ps", CLEAN)
def test_correct_renderings_are_clean(en, ps):
    assert [(f.code, f.message) for f in _reported(en, ps)] == []


@pytest.mark.parametrize("en,ps", WRONG)
def test_careless_renderings_are_caught(en, ps):
    assert {f.category for f in _reported(en, ps)} & {"number", "unit", "date"}


def test_a_hundred_after_and_joins_the_thousand():
    """زر او سل is 1,100 (direct and oblique), as زر او پنځه سوه is 1,500."""
    for text in ("زر او سل ښوونځي", "د زر او سلو ښوونځیو", "یو زر او سل"):
        assert [q.value for q in extract_quantities(text, "ps")] == [1100]
    assert [q.value for q in extract_quantities("دوه زره او سل", "ps")] == [2100]


def test_a_pashto_clock_time_is_twelve_hour():
    """N بجې (and o'clock) reads N or N + 12: 14:00 is دوو بجو, 2 p.m. is not درېیو بجو."""
    (q,) = extract_quantities("د ماسپښین په دوو بجو", "ps")
    assert q.kind == "time" and set(q.readings) == {2, 14}
    (q,) = extract_quantities("په ۷ بجو", "ps")
    assert set(q.readings) == {7, 19}
    (q,) = extract_quantities("په ۱۹ بجو", "ps")
    assert set(q.readings) == {19}
