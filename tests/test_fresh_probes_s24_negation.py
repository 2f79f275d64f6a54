"""Issue 11: fresh negation probes (helper h4, session of 2026-12-07/08, s24).

Written for this file, before reading any rule, in news, encyclopedic, health and legal registers,
the way professional English->Pashto translators move negation: to another clause ("I don't think
it will work" <-> "فکر کوم چې ... ونه کړي"), to a negated verb for an English word of negative
meaning (lack <-> نه لري، refuse <-> ورنه کړې، deny <-> نه ده کړې، absent <-> حاضر نه و، avoid <->
ونه چلوي، forget <-> نه وې راوړې، ignore <-> پام ونه کړ، miss <-> ونه رسېد، prevent <-> پرېنښودل،
doubt <-> باور نه لري، useless <-> اغېز نه کوي، impossible <-> نشو ویلی، unsolved <-> نه ده حل شوې),
by meaning with no negation at all (litotes "not uncommon" <-> ډېر ځله، "no fewer than" <-> لږ تر
لږه، "not more than" <-> تر ډېره، "not ... except in writing" <-> یوازې، "not ... until Friday" <->
د جمعې په ورځ، "not only ... but also" <-> هم ... هم، "hardly" <-> ډېر لږ), by a negative
quantifier (no / nobody / nothing / not a single / little <-> هیڅ، یو ... هم، نشته), "no longer" <->
نور ... نه، "neither ... nor"، "unless" <-> که ... ونه، "without" <-> a negated clause, "rarely" <->
اکثره ... نه، "only" <-> له ... پرته ... نه، "before ... could" <-> لا نه وو ... چې، Pashto negation
an English "until / before / than / whether" calls for (تر هغه چې ... نه وي، تر څو چې ... نه وي، هیڅ ...
هومره ... نه دی، که نه)، نه as "from" (له سیند نه)، as "nine" (نه میاشتې، نه کلنه), negative verbs
glued (نشي، نشته، نلري، ورنکړ، رانغلل، پرېنښودل) or apart (نه شو، را ونه رسېد).  Every correct
translation must come out with no warning or error of any code (every registered check); the
careless ones (a negation dropped or added, in the same shapes) must be caught with the NEG code
named.

First contact on b663dac (this file run on /tmp/lead/s24/b_b663dac): first batch, scored before any
change, clean 74/78, caught 30/39; the whole file, with the later batches written after the first
fixes (each batch's own first contact in its comment), clean 151/190, caught 51/65; now clean
180/190, caught 57/65, the rest xfail strictly with the reason.
"""
import pytest

from tests.helpers import reported_codes as reported

FIRST_CONTACT = ("first contact on b663dac: clean 74/78, caught 30/39 (first batch); "
                 "whole file clean 151/190, caught 51/65")

#: an English word said as its opposite negated (safe ↔ ټپي نه شول "not injured"): the polarity groups
#: (polarity_en_ps.tsv, helper h3's) do not pair these words
POLE_SAID_NEGATED = "an English pole word said as its negated opposite, a pair the polarity groups lack"
#: a word of negative meaning lost (refused, unless) is not reported when the Pashto has any word of
#: privation (بېرته "back", له منځه "away", بند, کم …): reporting it anyway (tried) gave 5 new tuning
#: NEG-MISSING, 1 real (tico1623 asymptomatic) and 4 false (heart failure, forget about ↔ پرېږدئ,
#: exclude ↔ لیرې، refused ↔ هېر کړل), and 8 held-out ones unjudged
PRIVATIVE_GATE = ("a lost word of negative meaning is not reported beside any Pashto word of privation "
                  "(بېرته back, له منځه away): without that gate 4 of 5 new tuning findings were false")

CLEAN = [
    # negation moved to another clause
    ('moved', "I don't think the plan will work.",
     'زه فکر کوم چې دا پلان به کار ونه کړي.'),
    ('moved', 'The minister does not believe the figures are accurate.',
     'وزیر باور لري چې دا ارقام دقیق نه دي.'),
    ('moved_unlikely', 'The bill is unlikely to pass.',
     'داسې نه ښکاري چې لایحه دې تصویب شي.'),
    # litotes and bounds: English negation, Pashto none
    ('litotes', 'Side effects of the drug are not uncommon.',
     'د دې درملو جانبي عوارض ډېر ځله لیدل کېږي.'),
    ('litotes', 'The decision was not without controversy.',
     'دا پرېکړه له شخړو ډکه وه.'),
    ('no_fewer_than', 'No fewer than forty people were arrested.',
     'لږ تر لږه څلوېښت کسان ونیول شول.'),
    ('not_more_than', 'The fine is not more than ten thousand afghanis.',
     'جریمه تر ډېره لس زره افغانۍ ده.'),
    ('not_except', 'This agreement shall not be amended except in writing.',
     'په دې تړون کې بدلون یوازې په لیکلي ډول راوستل کېدای شي.'),
    ('not_until', 'The results will not be known until Friday.',
     'پایلې به د جمعې په ورځ معلومې شي.'),
    ('not_only', 'The law protects not only workers but also their families.',
     'دا قانون هم د کارګرانو او هم د هغوی د کورنیو ساتنه کوي.'),
    ('not_only', 'The flood destroyed not only homes but also schools.',
     'سیلاب نه یوازې کورونه بلکې ښوونځي هم ویجاړ کړل.'),
    ('unless_only', 'Applications will not be accepted unless they are signed.',
     'یوازې لاسلیک شوي غوښتنلیکونه منل کېږي.'),
    # negative quantifiers
    ('no_quantifier', 'No student passed the exam.',
     'هیڅ زده کوونکی په ازموینه کې بریالی نه شو.'),
    ('not_a_single', 'Not a single shop was open.',
     'یو دوکان هم خلاص نه و.'),
    ('nothing', 'Nothing is known about his fate.',
     'د هغه د برخلیک په اړه هیڅ معلومات نشته.'),
    ('little', 'Little is known about the disease.',
     'د دې ناروغۍ په اړه ډېر معلومات نشته.'),
    ('hardly_any', 'There is hardly any food left in the camp.',
     'په کمپ کې نږدې هیڅ خواړه نه دي پاتې.'),
    ('not_everyone', 'Not everyone agrees with the new rules.',
     'ټول له نویو مقرراتو سره موافق نه دي.'),
    ('nobody_but', 'Nobody but the president can sign the order.',
     'له ولسمشر پرته بل څوک دا فرمان نشي لاسلیکولی.'),
    # no longer, neither nor, nor
    ('no_longer', 'The bridge is no longer safe for lorries.',
     'دا پل نور د لاریو لپاره خوندي نه دی.'),
    ('no_longer', 'The shop no longer sells tobacco.',
     'دا دوکان نور تنباکو نه پلوري.'),
    ('stop_no_longer', 'The ministry stopped paying the teachers.',
     'وزارت نور ښوونکو ته معاش نه ورکوي.'),
    ('neither_nor', 'Neither the police nor the army commented on the attack.',
     'پر برید نه پولیسو او نه اردو څه تبصره وکړه.'),
    ('neither', 'Neither candidate won a majority.',
     'هیڅ یو نوماند اکثریت ترلاسه نه کړ.'),
    ('nor', 'The ministry did not respond, nor did the embassy.',
     'وزارت ځواب ونه ورکړ، سفارت هم ځواب ونه ورکړ.'),
    # unless, without
    ('unless', 'Unless it rains soon, the wheat harvest will fail.',
     'که ژر باران ونه اوري، د غنمو حاصل به له منځه لاړ شي.'),
    ('unless', 'The drug should not be given to children unless a doctor prescribes it.',
     'دا درمل باید ماشومانو ته ور نه کړل شي، مګر دا چې ډاکټر یې وړاندیز وکړي.'),
    ('without', 'He left the country without telling his family.',
     'هغه خپلې کورنۍ ته له ویلو پرته هېواد پرېښود.'),
    ('without_clause', 'The children went to school without eating breakfast.',
     'ماشومان ښوونځي ته ولاړل او ناشته یې نه وه کړې.'),
    ('without_legal', 'No person shall be arrested without a court order.',
     'هیڅوک پرته له قضايي حکم نشي نیول کېدای.'),
    # hardly, rarely, only, before ... could
    ('hardly', 'The town has hardly changed since the war.',
     'ښارګوټی له جګړې راهیسې ډېر لږ بدل شوی دی.'),
    ('rarely', 'Such cases are rarely reported to the police.',
     'داسې پېښې اکثره پولیسو ته نه راپور کېږي.'),
    ('only_until', 'Only in 1990 were women allowed to vote.',
     'ښځو تر ۱۹۹۰ کال پورې د رایې ورکولو حق نه درلود.'),
    ('before_could', 'The building collapsed before the residents could escape.',
     'اوسېدونکي لا نه وو وتلي چې ودانۍ ونړېده.'),
    ('before', 'The fire was put out before it reached the houses.',
     'اور مړ شو او کورونو ته ونه رسېد.'),
    # verbs of negative meaning said with a negated verb
    ('fail', 'The rains failed to arrive this spring.',
     'سږ پسرلی باران ونه شو.'),
    ('fail', 'The team failed to qualify for the final.',
     'ټیم د پای لوبې ته د رسېدو په هڅه کې ناکام شو.'),
    ('refuse', 'The landlord refused to return the deposit.',
     'د کور خاوند امانت پیسې بېرته ورنه کړې.'),
    ('deny', 'The company denies any wrongdoing.',
     'شرکت وايي چې هیڅ غلطي یې نه ده کړې.'),
    ('deny', 'The prisoners were denied access to lawyers.',
     'بندیانو ته د وکیلانو د لیدو اجازه ور نه کړل شوه.'),
    ('lack', 'Many schools lack trained teachers.',
     'ډېری ښوونځي روزل شوي ښوونکي نه لري.'),
    ('lack', 'The report lacks detail.',
     'راپور کافي جزییات نلري.'),
    ('absent', 'The opposition leader was absent from the vote.',
     'د اپوزیسیون مشر د رایې ورکولو پر مهال حاضر نه و.'),
    ('absent', 'Symptoms are often absent in the early stages.',
     'په لومړیو پړاوونو کې اکثره نښې نه لیدل کېږي.'),
    ('prevent', 'Heavy snow prevented aid trucks from reaching the valley.',
     'درنو واورو پرېنښودل چې د مرستو لارۍ درې ته ورسېږي.'),
    ('avoid', 'Patients should avoid driving after taking this medicine.',
     'ناروغان باید د دې درملو له خوړلو وروسته موټر ونه چلوي.'),
    ('avoid', 'The new road avoids the city centre.',
     'نوی سړک د ښار له مرکز څخه نه تېرېږي.'),
    ('ignore', 'The government ignored the warnings.',
     'حکومت اخطارونو ته پام ونه کړ.'),
    ('forget', 'Many voters forgot to bring their identity cards.',
     'ډېرو رایه ورکوونکو خپلې تذکرې له ځانه سره نه وې راوړې.'),
    ('miss', 'He missed the flight.',
     'هغه الوتکې ته ونه رسېد.'),
    ('unsolved', 'The case remains unsolved.',
     'دا قضیه تر اوسه نه ده حل شوې.'),
    ('doubt', 'Experts doubt that the dam will be finished on time.',
     'کارپوهان باور نه لري چې بند به په خپل وخت بشپړ شي.'),
    ('useless', 'Antibiotics are useless against flu.',
     'انټي بیوټیک پر زکام اغېز نه کوي.'),
    ('impossible', 'It is impossible to say how many people died.',
     'دا نشو ویلی چې څومره کسان مړه شوي دي.'),
    # rhetorical and question forms
    ('rhetorical', 'Surely nobody believes these figures.',
     'آیا څوک په دې ارقامو باور کوي؟'),
    ('question', "Isn't it time the government acted?",
     'آیا وخت نه دی رسېدلی چې حکومت اقدام وکړي؟'),
    # Pashto negation an English until / before / than / whether calls for
    ('until', 'Stay indoors until the storm passes.',
     'تر هغه چې توپان تېر شوی نه وي، له کوره مه وځئ.'),
    ('until', 'The shops stayed closed until the curfew ended.',
     'تر هغو چې د ګرځېدو بندیز پای ته نه و رسېدلی، دوکانونه تړلي پاتې شول.'),
    ('before', 'Wash your hands before you eat.',
     'تر څو چې لاسونه مو نه وي مینځلي، ډوډۍ مه خورئ.'),
    ('than', 'The new hospital is bigger than any other in the province.',
     'په ټول ولایت کې بل هیڅ روغتون د نوي روغتون هومره لوی نه دی.'),
    ('than_ever', 'Prices are higher than ever.',
     'بیې تر دې مخکې هېڅکله دومره لوړې نه وې.'),
    ('whether', 'The ministry will decide whether to close the schools.',
     'وزارت به پرېکړه وکړي چې ښوونځي وتړل شي که نه.'),
    ('whether', 'Ask the patient whether he is allergic to penicillin.',
     'له ناروغ وپوښتئ چې پنسلین ورته حساسیت لري که نه.'),
    # نه as "from" and as "nine"
    ('from', 'The samples were taken from the river.',
     'نمونې له سیند نه واخیستل شوې.'),
    ('from', 'Water is leaking from the roof.',
     'له چت نه اوبه څاڅي.'),
    ('nine', 'The project will take nine months.',
     'پروژه به نه میاشتې وخت ونیسي.'),
    ('nine', 'The girl is nine years old.',
     'نجلۍ نه کلنه ده.'),
    # negative verbs glued or apart
    ('glued', 'The patient cannot walk.',
     'ناروغ نشي ګرځېدلی.'),
    ('glued', 'The bank did not give him a loan.',
     'بانک هغه ته پور ورنکړ.'),
    ('glued', 'The guests did not come.',
     'مېلمانه رانغلل.'),
    ('apart', 'The letter did not arrive on time.',
     'لیک په خپل وخت را ونه رسېد.'),
    ('apart', 'The office did not open today.',
     'دفتر نن پرانیستل نه شو.'),
    ('never_again', 'The weapon was never found.',
     'وسله بیا پیدا نه شوه.'),
    ('never', 'I have never seen such rain.',
     'ما داسې باران چېرته نه دی لیدلی.'),
    ('not_yet', 'The government has not yet decided.',
     'حکومت لا تر اوسه پرېکړه نه ده کړې.'),
    ('no_hospital', 'There is no hospital in the district.',
     'په ولسوالۍ کې روغتون نشته.'),
    ('prohibitive', 'Do not take more than two tablets a day.',
     'په ورځ کې له دوو ګولیو زیاتې مه خورئ.'),
    ('may_not', 'The tenant may not sublet the flat.',
     'کرایه دار حق نه لري چې اپارتمان بل چا ته په کرایه ورکړي.'),
    # second batch, written after the first fixes: the same shapes in other words (first contact on
    # b663dac: clean 3/7)
    ('not_except', 'Visitors may not enter the ward except during visiting hours.',
     'لیدونکي یوازې د لیدنې په ساعتونو کې وارډ ته ننوتلی شي.'),
    ('nobody_but', 'Nobody but the judge may read the file.',
     'یوازې قاضي کولی شي دا دوسیه ولولي.'),
    ('rhetorical', 'Nothing can justify the killing of civilians.',
     'څه شی کولی شي د ملکي وګړو وژل توجیه کړي؟'),
    ('until', 'Rinse the wound before you apply the cream.',
     'تر هغه چې زخم مو نه وي مینځلی، کریم پرې مه لګوئ.'),
    ('glued_come', 'The delegation did not come to the talks.',
     'پلاوی خبرو ته رانغی.'),
    ('glued_come', 'Many teachers did not come to work on Monday.',
     'ډېر ښوونکي د دوشنبې په ورځ کار ته رانغلل.'),
    ('held', 'The police did not stop the convoy.',
     'پولیسو د کاروان مخه ونه نیوه.'),
    # third batch (first contact on b663dac: clean 16/25): English with no negation that Pashto says
    # with one ("before dawn" ↔ لا سهار نه و شوی چې, "only after" ↔ تر … پورې … نه, "the first time" ↔
    # تر دې مخکې هېڅکله … نه, "stay away" ↔ مه ورنږدې کېږئ), and an English pole said as its negated
    # opposite (safe ↔ ټپي نه شول)
    ('before_dawn', 'The earthquake struck before dawn.', 'لا سهار نه و شوی چې زلزله وشوه.'),
    ('only_after', 'The bill was passed only after a long debate.', 'لایحه تر اوږدو بحثونو پورې تصویب نه شوه.'),
    ('purpose', 'Keep the medicine where children cannot reach it.',
     'درمل داسې ځای کې وساتئ چې ماشومان ورته لاس ونه رسوي.'),
    ('stay_away', 'Stay away from the river during the flood.', 'د سیلاب پر مهال سیند ته مه ورنږدې کېږئ.'),
    ('closed', 'The store is closed on Fridays.', 'دوکان د جمعې په ورځ نه پرانیستل کېږي.'),
    ('silent', 'The patient remained silent.', 'ناروغ هیڅ ونه ویل.'),
    ('stay_home', 'Stay at home if you are sick.', 'که ناروغ یاست، له کوره مه وځئ.'),
    ('cancelled', 'All flights were cancelled.', 'هیڅ الوتنه ونه شوه.'),
    ('first_time', 'It was the first time a woman had led the party.',
     'تر دې مخکې هېڅکله یوې ښځې د ګوند مشري نه وه کړې.'),
    ('calm', 'Remain calm.', 'مه وارخطا کېږئ.'),
    ('postponed', 'All exams were postponed.', 'هیڅ ازموینه په خپل وخت ونه شوه.'),
    ('same', 'The price stayed the same.', 'بیه بدله نه شوه.'),
    ('quiet', 'The night passed quietly.', 'شپه پرته له کومې پېښې تېره شوه.'),
    ('unanswered', 'Her letters went unanswered.', 'د هغې لیکونو ته ځواب ورنه کړل شو.'),
    ('optional', 'Attendance is optional.', 'ګډون اجباري نه دی.'),
    ('until_paid', 'The goods stay at the port until the duty is paid.',
     'تر هغه چې محصول نه وي ورکړل شوی، توکي په بندر کې پاتې کېږي.'),
    ('only_when', 'Call the doctor only when the fever is high.',
     'تر هغه چې تبه لوړه نه وي، ډاکټر ته مه زنګ وهئ.'),
    ('before_leaving', 'Switch off the lights before leaving.',
     'تر څو چې څراغونه مو نه وي مړه کړي، له کوټې مه وځئ.'),
    pytest.param('everyone_safe', 'Everyone on the bus was safe.', 'په بس کې هیڅوک ټپي نه شول.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (safe ↔ injured)")),
    pytest.param('blocked', 'The road remains blocked.', 'لاره لا هم نه ده خلاصه شوې.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (blocked ↔ open)")),
    pytest.param('despite', 'Despite the rain, the match went ahead.', 'سره له دې چې باران و، لوبه ونه ځنډول شوه.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (go ahead ↔ postpone)")),
    pytest.param('kept_secret', 'The results were kept secret.', 'پایلې خلکو ته ونه ښودل شوې.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (secret ↔ shown)")),
    pytest.param('alone', 'She lives alone.', 'هغه له هیچا سره نه اوسېږي.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (alone ↔ with someone)")),
    pytest.param('free_clinic', 'Treatment at the clinic is free.', 'په کلینیک کې درملنه پیسې نه غواړي.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (free ↔ costs money)")),
    pytest.param('at_large', 'The suspect is still at large.', 'شکمن تر اوسه نه دی نیول شوی.',
                 marks=pytest.mark.xfail(strict=True, reason="'still X' said as 'not yet' un-X (تر اوسه نه دی نیول "
                                         "شوی): accepting it would hide 'still open' ↔ 'تر اوسه نه دی خلاص'")),
    # fourth batch (first contact on b663dac: clean 12/13): few / little / fewer said with a negated
    # verb, only ↔ له … پرته بل هیڅوک، too … to ↔ دومره … چې نه، instead of / rather than ↔ نه X،
    # "under five" ↔ "پنځه کلونو ته نه وي رسېدلی" (has not reached five)
    ('few', 'Few people know the history of the fort.', 'ډېر خلک د کلا په تاریخ نه پوهېږي.'),
    ('only_survivor', 'He was the only survivor of the crash.',
     'له هغه پرته په پېښه کې بل هیڅوک ژوندی پاتې نه شو.'),
    ('too_to', 'The water is too dirty to drink.', 'اوبه دومره ناولې دي چې نه څښل کېږي.'),
    ('instead', 'He took the bus instead of the train.', 'هغه بس ونیو، نه اورګاډی.'),
    ('rather_than', 'The money went to the army rather than to schools.', 'پیسې اردو ته ورکړل شوې، نه ښوونځیو ته.'),
    ('remains_seen', 'It remains to be seen whether the truce will hold.',
     'لا معلومه نه ده چې اوربند به دوام وکړي که نه.'),
    ('unknown', 'The cause of the fire is unknown.', 'د اور د لګېدو لامل نه دی معلوم.'),
    ('little', 'There was little rain last winter.', 'تېر ژمي ډېر باران ونه شو.'),
    ('keep_closed', 'Keep the windows closed at night.', 'د شپې کړکۍ مه خلاصوئ.'),
    ('without_fail', 'Take one tablet every morning without fail.',
     'هر سهار یوه ګولۍ وخورئ او هیڅ ورځ یې مه پرېږدئ.'),
    ('under_age', 'Children under five must be vaccinated.',
     'هغه ماشومان چې عمر یې پنځه کلونو ته نه وي رسېدلی، باید واکسین شي.'),
    ('fewer', 'Fewer girls than boys attend secondary school.',
     'د هلکانو په پرتله ډېرې نجونې منځني ښوونځي ته نه ځي.'),
    ('hard_to', 'It is hard to find work in the city.', 'په ښار کې کار په اسانۍ نه پیدا کېږي.'),
    # fifth batch (first contact on b663dac: clean 10/12): English negation that Pashto says with
    # none (not a few ↔ ډېرو، do not forget ↔ یاد مو وي، never failed ↔ تل، not all ↔ یوازې ځینې،
    # no other ↔ یوازې، not … until March ↔ د مارچ په میاشت کې)
    ('not_a_few', 'Not a few farmers sold their land.', 'ډېرو بزګرانو خپلې ځمکې وپلورلې.'),
    ('dont_forget', 'Do not forget to take your medicine.', 'یاد مو وي چې خپل درمل وخورئ.'),
    ('never_fail', 'He never failed to visit his mother on Fridays.', 'هغه به تل د جمعې په ورځ خپلې مور ته ورته.'),
    ('no_smoking', 'No smoking in the hospital.', 'په روغتون کې سګرټ څکول منع دي.'),
    ('not_all', 'Not all patients respond to the drug.', 'یوازې ځینې ناروغان دې درملو ته ځواب ورکوي.'),
    ('not_every', 'Not every district has a hospital.', 'یوازې په ځینو ولسوالیو کې روغتون شته.'),
    ('hardly_ever', 'It hardly ever snows in the south.', 'په سویل کې ډېر کم واوره اوري.'),
    ('no_need', 'There is no need to panic.', 'د وارخطا کېدو اړتیا نشته.'),
    ('not_necessarily', 'A high fever is not necessarily dangerous.', 'لوړه تبه حتمي خطرناکه نه ده.'),
    ('cannot_overstate', 'The importance of clean water cannot be overstated.', 'د پاکو اوبو اهمیت ډېر زیات دی.'),
    ('no_other', 'No other country has sent troops.', 'یوازې دې هېواد سرتېري لېږلي دي.'),
    ('not_until', 'The road was not reopened until March.', 'سړک د مارچ په میاشت کې بیا پرانیستل شو.'),
    # sixth batch (first contact on b663dac: clean 13/20): English words whose meaning is a negation,
    # said with a negated verb (blind ↔ سترګو نه ویني، deaf، immune، exempt، quit، abandoned، reluctant،
    # abstain، boycott، withhold، silent، barren، vacant), and نه "from" closing a د-phrase
    ('blind', 'The old man is blind.', 'زوړ سړی سترګو نه ویني.'),
    ('deaf', 'The child was born deaf.', 'ماشوم داسې وزېږېد چې غوږونه یې نه اورېدل.'),
    ('empty', 'The village was empty when the soldiers arrived.', 'کله چې سرتېري ورسېدل، په کلي کې هیڅوک نه و.'),
    ('immune', 'Vaccinated children are immune to measles.', 'واکسین شوي ماشومان په شري نه اخته کېږي.'),
    ('exempt', 'Farmers are exempt from this tax.', 'بزګران دا مالیه نه ورکوي.'),
    ('quit', 'He quit smoking last year.', 'هغه پرون کال سګرټ څکول پرېښودل او نور یې نه څکوي.'),
    ('abandoned', 'The house has been abandoned for years.', 'په دې کور کې له کلونو راهیسې هیڅوک نه اوسېږي.'),
    ('reluctant', 'Many families are reluctant to send their daughters to school.',
     'ډېرې کورنۍ نه غواړي خپلې لوڼې ښوونځي ته ولېږي.'),
    ('abstain', 'Three members abstained.', 'درې غړو رایه ورنه کړه.'),
    ('boycott', 'The opposition boycotted the election.', 'اپوزیسیون په ټاکنو کې ګډون ونه کړ.'),
    ('withhold', 'The donors withheld the funds.', 'مرسته کوونکو پیسې ورنه کړې.'),
    ('silent', 'The law is silent on this question.', 'قانون د دې پوښتنې په اړه څه نه وايي.'),
    ('barren', 'The land is barren.', 'په دې ځمکه کې هیڅ نه شنه کېږي.'),
    ('vacant', 'Two seats in parliament remain vacant.', 'په پارلمان کې دوه څوکۍ لا تر اوسه نه دي ډکې شوې.'),
    ('from_de', 'The idea came from his teacher.', 'دا نظر د هغه د ښوونکي نه راغلی و.'),
    ('from_this', 'After this, the king moved to Kandahar.', 'د دې نه وروسته پاچا کندهار ته ولاړ.'),
    ('from_them', 'She learned weaving from them.', 'هغې اوبدل د دوی نه زده کړل.'),
    ('from_city', 'Many people fled from the city.', 'ډېر خلک د ښار نه وتښتېدل.'),
    ('from_well', 'Water is drawn from a deep well.', 'اوبه د یوې ژورې کوهۍ نه ایستل کېږي.'),
    ('differ_from', 'This dialect is different from the others.', 'دا لهجه د نورو نه توپیر لري.'),
    # seventh batch (first contact on b663dac: clean 11/20): set phrases whose negation says a
    # positive (nothing short of, nothing less than, no secret, in no time, never-ending), failure
    # said by عدم (heart failure ↔ د زړه عدم کفایه), titles, "No." before a number, the prohibitive
    ('title', 'She starred in the film Nothing Lasts Forever.', 'هغې د نتینګ لاسټس فارېور په فلم کې رول لوبولی.'),
    ('title', 'He wrote the novel No Country for Old Men.', 'هغه د نو کنټري فار اولډ مین ناول ولیکه.'),
    ('no_abbrev', 'The council adopted Resolution No. 1325.', 'شورا ۱۳۲۵ شمېره پرېکړه لیک تصویب کړ.'),
    ('prohibitive', "Don't touch your eyes with unwashed hands.", 'په نامینځلو لاسونو خپلو سترګو ته لاس مه وروړئ.'),
    ('failed_broke', 'The engine failed shortly after take-off.', 'له الوتلو لږ وروسته انجن خراب شو.'),
    ('heart_failure', 'Heart failure is common in older people.', 'د زړه عدم کفایه په زړو خلکو کې عامه ده.'),
    ('nothing_short', 'Her recovery was nothing short of a miracle.', 'د هغې رغېدل په رښتیا یوه معجزه وه.'),
    ('no_longer_than', 'The meeting should last no longer than an hour.', 'غونډه باید تر ډېره یو ساعت دوام وکړي.'),
    ('no_secret', 'It is no secret that the ministry is short of money.',
     'ټولو ته څرګنده ده چې وزارت د پیسو کمښت لري.'),
    ('in_no_time', 'The news spread in no time.', 'خبر ډېر ژر خپور شو.'),
    ('nothing_less', 'The decision was nothing less than a betrayal.', 'دا پرېکړه په بشپړه توګه خیانت و.'),
    ('never_ending', 'People are tired of a never-ending war.', 'خلک له تلپاتې جګړې ستړي شوي دي.'),
    ('no_fly', 'The UN declared a no-fly zone over the city.',
     'ملګرو ملتونو د ښار پر سر د الوتنو د بندیز سیمه اعلان کړه.'),
    ('not_least', 'The plan failed for many reasons, not least the cost.',
     'پلان د ډېرو لاملونو له امله ناکام شو چې یو مهم یې لګښت و.'),
    ('no_wonder', 'No wonder prices are rising.', 'د حیرانتیا خبره نه ده چې بیې لوړېږي.'),
    ('nothing_to_do', 'The attack had nothing to do with the election.', 'برید له ټاکنو سره هیڅ اړیکه نه درلوده.'),
    ('nonetheless', 'The road was dangerous; nonetheless, the convoy set off.', 'لاره خطرناکه وه، خو بیا هم کاروان روان شو.'),
    ('no_one_else', 'She, and no one else, made the decision.', 'یوازې هغې دا پرېکړه وکړه.'),
    pytest.param('failed_organ', 'His kidneys failed.', 'د هغه پښتورګو کار پرېښود.',
                 marks=pytest.mark.xfail(strict=True, reason="'failed' said as 'stopped working' (کار پرېښود): "
                                         "پرېښودل as a rendering of fail would take 'stopped paying' for 'failed to pay'")),
    pytest.param('cannot_wait', 'The children cannot wait for the holidays.',
                 'ماشومان په ډېره بې صبرۍ د رخصتیو انتظار باسي.',
                 marks=pytest.mark.xfail(strict=True, reason="'cannot wait' (eager) is also the literal 'we cannot "
                                         "wait for the government to act': no idiom")),
    # eighth batch (first contact on b663dac: clean 12/15): English with no negation word whose meaning
    # Pashto says with one (as well as ↔ نه یوازې … بلکې، as soon as ↔ لا … نه و چې، too late ↔ په وخت
    # ونه رسېده، fell short of ↔ ونه رسېدې، short of staff ↔ کافي … نه لري، yet to ↔ لا تر اوسه نه)
    ('as_well_as', 'The storm damaged houses as well as roads.', 'توپان نه یوازې کورونه بلکې سړکونه هم زیانمن کړل.'),
    ('as_soon_as', 'As soon as the rain stopped, the farmers went out.', 'باران لا بند شوی نه و چې بزګران ووتل.'),
    ('except_two', 'All members voted except two.', 'دوو غړو رایه ورنه کړه، نورو ټولو ورکړه.'),
    ('beyond_repair', 'The damage is beyond repair.', 'زیان نه جبرانېدونکی دی.'),
    ('too_late', 'Help arrived too late.', 'مرسته په وخت ونه رسېده.'),
    ('fell_short', 'Donations fell short of the target.', 'مرستې هدف ته ونه رسېدې.'),
    ('out_of_stock', 'The medicine is out of stock.', 'دا دوا په زېرمه کې نشته.'),
    ('lost', 'The team lost the match.', 'ټیم لوبه ونه ګټله.'),
    ('missing', 'Ten people are still missing.', 'لس کسان لا تر اوسه نه دي پیدا شوي.'),
    ('wrong', 'The address on the letter was wrong.', 'د لیک پته سمه نه وه.'),
    ('differ', 'The two reports differ.', 'دواړه راپورونه یو شان نه دي.'),
    ('short_of', 'The hospital is short of staff.', 'روغتون کافي کارکوونکي نه لري.'),
    ('far_from', 'The war is far from over.', 'جګړه لا ډېره لرې ده چې پای ته ورسېږي.'),
    ('yet_to', 'The bodies have yet to be identified.', 'د مړو هویت لا تر اوسه نه دی معلوم شوی.'),
    pytest.param('off', 'The lights were off.', 'څراغونه بل نه وو.',
                 marks=pytest.mark.xfail(strict=True, reason=POLE_SAID_NEGATED + " (off ↔ on)")),
]

# careless renderings: (English, Pashto, the NEG codes any one of which must be reported)
CARELESS = [
    # a negation dropped
    ('The bridge is no longer safe for lorries.', 'دا پل اوس هم د لاریو لپاره خوندي دی.', ('NEG-MISSING',)),
    ('No student passed the exam.', 'ټول زده کوونکي په ازموینه کې بریالي شول.', ('NEG-MISSING',)),
    ('Neither the police nor the army commented on the attack.',
     'پولیسو او اردو دواړو پر برید تبصره وکړه.', ('NEG-MISSING',)),
    pytest.param('The landlord refused to return the deposit.', 'د کور خاوند امانت پیسې بېرته ورکړې.', ('NEG-MISSING',),
                 marks=pytest.mark.xfail(strict=True, reason=PRIVATIVE_GATE)),
    ('Many schools lack trained teachers.', 'ډېری ښوونځي روزل شوي ښوونکي لري.', ('NEG-MISSING',)),
    ('The opposition leader was absent from the vote.',
     'د اپوزیسیون مشر د رایې ورکولو پر مهال حاضر و.', ('NEG-MISSING', 'NEG-POLARITY')),
    ('Patients should avoid driving after taking this medicine.',
     'ناروغان باید د دې درملو له خوړلو وروسته موټر وچلوي.', ('NEG-MISSING',)),
    ('Many voters forgot to bring their identity cards.',
     'ډېرو رایه ورکوونکو خپلې تذکرې له ځانه سره راوړې وې.', ('NEG-MISSING',)),
    pytest.param('The case remains unsolved.', 'دا قضیه حل شوې ده.', ('NEG-MISSING', 'NEG-AFFIX'),
                 marks=pytest.mark.xfail(strict=True, reason="un- word with no polarity group for its base (solved ↔ حل): NEG-AFFIX, not NEG-MISSING's lexical table")),
    ('The children went to school without eating breakfast.',
     'ماشومان ښوونځي ته ولاړل او ناشته یې کړې وه.', ('NEG-MISSING',)),
    ('The government has not yet decided.', 'حکومت پرېکړه کړې ده.', ('NEG-MISSING',)),
    ('The police did not find the weapon.', 'پولیسو وسله پیدا کړه.', ('NEG-MISSING',)),
    ('The bank did not give him a loan.', 'بانک هغه ته پور ورکړ.', ('NEG-MISSING',)),
    ('There is no hospital in the district.', 'په ولسوالۍ کې روغتون شته.', ('NEG-MISSING',)),
    ('Not a single shop was open.', 'ټول دوکانونه خلاص وو.', ('NEG-MISSING',)),
    ('The weapon was never found.', 'وسله وروسته پیدا شوه.', ('NEG-MISSING',)),
    ('Do not take more than two tablets a day.', 'په ورځ کې له دوو ګولیو زیاتې وخورئ.', ('NEG-MISSING',)),
    ('The tenant may not sublet the flat.',
     'کرایه دار حق لري چې اپارتمان بل چا ته په کرایه ورکړي.', ('NEG-MISSING',)),
    ('The company denies any wrongdoing.', 'شرکت وايي چې غلطي یې کړې ده.', ('NEG-MISSING',)),
    ('The government ignored the warnings.', 'حکومت اخطارونو ته پام وکړ.', ('NEG-MISSING',)),
    pytest.param('He missed the flight.', 'هغه الوتکې ته ورسېد.', ('NEG-MISSING',),
                 marks=pytest.mark.xfail(strict=True, reason="'miss' is as often 'long for' (یادول) or 'lose' (له لاسه ورکول): no lexical row")),
    pytest.param('Experts doubt that the dam will be finished on time.',
                 'کارپوهان باور لري چې بند به په خپل وخت بشپړ شي.', ('NEG-MISSING',),
                 marks=pytest.mark.xfail(strict=True, reason="'doubt' has no lexical row: 'little doubt', "
                                         "'beyond doubt' say the opposite (ډاډه، باور) and are no idioms yet")),
    ('The guests did not come.', 'مېلمانه راغلل.', ('NEG-MISSING',)),
    ('Nothing is known about his fate.', 'د هغه د برخلیک په اړه معلومات شته.', ('NEG-MISSING',)),
    # a negation added
    ('The samples were taken from the river.', 'نمونې له سیند څخه نه وې اخیستل شوې.', ('NEG-ADDED',)),
    ('The rains arrived early this spring.', 'سږ پسرلي بارانونه وخت مخکې رانغلل.', ('NEG-ADDED',)),
    ('The government listened to the warnings.', 'حکومت اخطارونو ته غوږ ونه نیو.', ('NEG-ADDED',)),
    ('The patient can walk.', 'ناروغ نشي ګرځېدلی.', ('NEG-ADDED',)),
    ('The letter arrived on time.', 'لیک په خپل وخت را ونه رسېد.', ('NEG-ADDED',)),
    ('The office opened today.', 'دفتر نن پرانیستل نه شو.', ('NEG-ADDED',)),
    pytest.param('They brought food for the children.', 'هغوی ماشومانو ته خواړه رانه وړل.', ('NEG-ADDED',),
                 marks=pytest.mark.xfail(strict=True, reason="separate رانه before وړل is also 'from me' (پیسې یې رانه وړې, took money from me): kept weak")),
    ('The shop still sells tobacco.', 'دا دوکان نور تنباکو نه پلوري.', ('NEG-ADDED',)),
    ('Everyone agrees with the new rules.', 'ټول له نویو مقرراتو سره موافق نه دي.', ('NEG-ADDED',)),
    pytest.param('The drug works against flu.', 'دا درمل پر زکام اغېز نه کوي.', ('NEG-ADDED',),
                 marks=pytest.mark.xfail(strict=True, reason="'against' said by پر (on), a preposition too common to count as its rendering: the weak English 'against' may be what the Pashto نه renders")),
    ('The talks will resume next week.', 'خبرې به راتلونکې اونۍ بیا پیل نه شي.', ('NEG-ADDED',)),
    ('Symptoms appear in the early stages.', 'په لومړیو پړاوونو کې نښې نه ښکاري.', ('NEG-ADDED',)),
    ('He knew about the plan.', 'هغه د پلان په اړه نه پوهېده.', ('NEG-ADDED',)),
    ('Experts believe that the dam will be finished on time.',
     'کارپوهان باور نه لري چې بند به په خپل وخت بشپړ شي.', ('NEG-ADDED',)),
    ('It is possible to say how many people died.',
     'دا نشو ویلی چې څومره کسان مړه شوي دي.', ('NEG-ADDED', 'NEG-POLARITY')),
    # second batch: the same shapes, and guards of the first fixes (an "only" with no "except",
    # a question that the English asks too, a negation with no until clause before it); first
    # contact on b663dac: caught 5/9
    ('The museum is not open on Fridays.', 'موزیم یوازې د جمعې په ورځ پرانیستی وي.', ('NEG-MISSING',)),
    ('Nobody believes these figures.', 'ټول په دې ارقامو باور کوي.', ('NEG-MISSING',)),
    ('Does nobody believe these figures?', 'آیا څوک په دې ارقامو باور کوي؟', ('NEG-MISSING',)),
    ('Wash your hands before you eat.', 'لاسونه مه مینځئ، مخکې له دې چې ډوډۍ وخورئ.', ('NEG-ADDED',)),
    pytest.param('Unless it rains soon, the wheat harvest will fail.',
                 'که ژر باران واوري، د غنمو حاصل به له منځه لاړ شي.', ('NEG-MISSING',),
                 marks=pytest.mark.xfail(strict=True, reason=PRIVATIVE_GATE)),
    ('The guests came.', 'مېلمانه رانغلل.', ('NEG-ADDED',)),
    ('The delegation came to the talks.', 'پلاوی خبرو ته رانغی.', ('NEG-ADDED',)),
    ('The police held the suspect overnight.', 'پولیسو شکمن د شپې لپاره ونه نیو.', ('NEG-ADDED',)),
    pytest.param('The police stopped the convoy.', 'پولیسو د کاروان مخه ونه نیوه.', ('NEG-ADDED',),
                 marks=pytest.mark.xfail(strict=True, reason="'stopped' is a weak English negation that may be "
                                         "what a Pashto نه says ('stopped paying' ↔ نور … نه ورکوي); مخه "
                                         "as its rendering would also take 'stopped them from entering' ↔ مخه یې "
                                         "ونیوه چې ننه وځي")),
    ('The landlord refused to sign the contract.', 'د کور خاوند تړون لاسلیک کړ.', ('NEG-MISSING',)),
    # third batch: guards of the never-before and until-clause readings
    ('The first patients were treated on Monday.', 'لومړني ناروغان د دوشنبې په ورځ درملنه نه شول.', ('NEG-ADDED',)),
    ('Switch off the lights before leaving.', 'څراغونه مه مړه کوئ، بیا له کوټې ووځئ.', ('NEG-ADDED',)),
    ('The road remains open.', 'لاره لا هم نه ده خلاصه شوې.', ('NEG-ADDED', 'NEG-POLARITY')),
    ('Call the doctor when the fever is high.', 'کله چې تبه لوړه وي، ډاکټر ته زنګ مه وهئ.', ('NEG-ADDED',)),
    ('Children over five must be vaccinated.',
     'هغه ماشومان چې عمر یې پنځه کلونو ته نه وي رسېدلی، باید واکسین شي.', ('NEG-ADDED',)),
    ('No other country has sent troops.', 'ټولو هېوادونو سرتېري لېږلي دي.', ('NEG-MISSING',)),
    ('Do not forget to take your medicine.', 'خپل درمل هېر کړئ.', ('NEG-MISSING',)),
    ('Not all patients respond to the drug.', 'ټول ناروغان دې درملو ته ځواب ورکوي.', ('NEG-MISSING',)),
    # sixth batch: a word of negative meaning beside its own rendering and an added negation, a
    # negation with no such word, and one after a closed "from" phrase
    ('The old man is blind.', 'زوړ سړی ړوند نه دی.', ('NEG-ADDED',)),
    ('The land is barren.', 'دا ځمکه شاړه نه ده.', ('NEG-ADDED',)),
    ('Two seats in parliament remain vacant.', 'په پارلمان کې دوه څوکۍ لا تر اوسه خالي نه دي.', ('NEG-ADDED',)),
    ('The old man can see.', 'زوړ سړی سترګو نه ویني.', ('NEG-ADDED',)),
    ('Many families are happy to send their daughters to school.',
     'ډېرې کورنۍ نه غواړي خپلې لوڼې ښوونځي ته ولېږي.', ('NEG-ADDED',)),
    ('Water is drawn from a deep well.', 'اوبه له یوې ژورې کوهۍ څخه نه ایستل کېږي.', ('NEG-ADDED',)),
    ('There was no time to escape.', 'د تېښتې لپاره وخت و.', ('NEG-MISSING',)),
    ('Donations reached the target.', 'مرستې هدف ته ونه رسېدې.', ('NEG-ADDED',)),
]


@pytest.mark.parametrize("kind,en,ps", CLEAN)
def test_correct_translation_is_clean(kind, en, ps):
    assert reported(en, ps) == []


@pytest.mark.parametrize("en,ps,codes", CARELESS)
def test_careless_translation_is_caught(en, ps, codes):
    assert set(codes) & set(reported(en, ps))
