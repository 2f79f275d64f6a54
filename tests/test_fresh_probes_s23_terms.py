"""Term swaps outside the first sixteen classes of TERM-MISMATCH (issue 11, careless recall of
wrong terms): a careless translator renders a term of the source as another term of the same kind
in registers the classes did not cover: courts and parliaments, legal roles and instruments, public
money, schools and degrees, offices of government, weather and landforms, family relations,
vehicles, weapons, colours, sports, body parts, metals, languages, public buildings, livestock,
seasons, fruit, professions outside health and materials.

Probes written by hand for the mechanism (none of them is one of the planted errors of
``bench/data/handwritten3_careless``, which were not read): correct professional renderings, with
synonyms, spelling variants, inflected forms, two terms of one class and words the English accounts
for (parents ↔ مور او پلار, a roadside bomb ↔ د سړک غاړې ماین), that must come out clean, and
careless swaps that must be caught.

First contact on 3f85db9 (this file, copied out of the checkout, run on its export with
PYTHONPATH set to it), each batch scored before its data was written: the first draft clean 54/54,
caught 0/39; livestock, seasons and fruit clean 10/10, caught 0/7; professions outside health and
materials clean 8/8, caught 0/6; ten news sentences, written
last with no data after them, clean 10/10; two with د glued (older orthography) clean 2/2 and
a heart rendered as legs caught 0/1; the whole file clean 92/92, caught 0/56. Four careless probes
were rewritten after the first runs: two because their English named a word that accounts for
the swapped-in term (a court for a judge, a port for a ship), one because a helicopter rendered
الوتکه "aircraft" is its hypernym, no swap (it was caught only because کښته "down" matched
کښتۍ "ship", now matched as written), one because the data takes آس "horse" as
never evidence (it was written before any data).
Now clean 92/92, caught 56/56 (the glued heart came out as a swap for the eyes of
"turned away" until the renderings were also searched with د written apart).
"""
import pytest

from tests.helpers import reported_codes as reported

CARELESS = [
    # courts, parliaments, legal roles and instruments
    ('The court rejected the appeal.',
     'پارلمان استیناف رد کړ.'),
    ('The judge postponed the hearing.',
     'څارنوال اورېدنه وځنډوله.'),
    ('The lawyer asked for more time.',
     'قاضي نور وخت وغوښت.'),
    ('Parliament approved the new law.',
     'پارلمان نوی فرمان تصویب کړ.'),
    ('The senate rejected the budget.',
     'ولسي جرګې بودیجه رد کړه.'),
    # public money
    ('The government raised the tax on fuel.',
     'حکومت پر تېلو تعرفه لوړه کړه.'),
    ('The bank approved a new loan for farmers.',
     'بانک د بزګرانو لپاره نوې بودیجه تصویب کړه.'),
    ('Teachers have not received their salaries.',
     'ښوونکو خپل پورونه نه دي ترلاسه کړي.'),
    # schools, universities, degrees
    ('The teachers went on strike.',
     'زده کوونکو اعتصاب وکړ.'),
    ('Most students in the village walk to school.',
     'په کلي کې ډېری زده کوونکي پوهنتون ته پیاده ځي.'),
    ('She completed her master\'s degree abroad.',
     'هغې په بهر کې خپله دوکتورا بشپړه کړه.'),
    # offices of government
    ('The president met the governor of Kandahar.',
     'ولسمشر د کندهار له ښاروال سره ولیدل.'),
    ('The prime minister resigned after the election.',
     'ولسمشر له ټاکنو وروسته استعفا وکړه.'),
    ('The mayor opened the new market.',
     'والي نوی بازار پرانیست.'),
    ('The king visited the hospital.',
     'ولسمشر له روغتون څخه لیدنه وکړه.'),
    # weather and landforms
    ('Heavy rain caused flooding in the north.',
     'درنې واورې په شمال کې سېلابونه رامنځته کړل.'),
    ('The drought destroyed most of the harvest.',
     'سېلاب د حاصلاتو ډېره برخه له منځه یوړه.'),
    ('The earthquake killed dozens of people.',
     'توپان په لسګونو کسان ووژل.'),
    ('The village is surrounded by mountains.',
     'کلی د ځنګلونو په منځ کې پروت دی.'),
    ('Nomads cross the desert every spring.',
     'کوچیان هر پسرلی له ځنګل څخه تېرېږي.'),
    ('The river flows into a lake.',
     'سیند په سمندر کې تویېږي.'),
    # family relations
    ('Her father works as a driver.',
     'د هغې ورور د موټر چلوونکي په توګه کار کوي.'),
    ('His mother died when he was young.',
     'د هغه خور هغه وخت مړه شوه چې هغه ځوان و.'),
    ('The farmer\'s sons were arrested.',
     'د بزګر لوڼې ونیول شوې.'),
    ('My sister lives in Kabul.',
     'زما مور په کابل کې اوسېږي.'),
    # vehicles
    ('The bus overturned on the highway.',
     'لارۍ په لویه لار اوښتې ده.'),
    ('The plane landed near the hospital.',
     'چورلکه د روغتون ترڅنګ کښته شوه.'),
    ('Most goods now travel by train.',
     'اوس ډېری توکي د کښتۍ په واسطه وړل کېږي.'),
    # weapons
    ('Police found a gun in his car.',
     'پولیسو د هغه په موټر کې یو بم وموند.'),
    # colours
    ('The building was painted white.',
     'ودانۍ په ژیړ رنګ رنګ شوې وه.'),
    ('She wore a green scarf.',
     'هغې نسواري دستمال اغوستی و.'),
    # sports
    ('Cricket is the most popular sport in the country.',
     'فوټبال په هېواد کې تر ټولو مشهوره لوبه ده.'),
    ('He won a gold medal in wrestling.',
     'هغه په بوکسنګ کې د سرو زرو مډال وګټه.'),
    # body parts
    ('He lost an eye in the blast.',
     'هغه په چاودنه کې یوه پښه له لاسه ورکړه.'),
    # languages
    ('The book was translated into Arabic.',
     'کتاب په فارسي ژباړل شوی دی.'),
    ('The letter was written in Russian.',
     'لیک په انګلیسي لیکل شوی و.'),
    # metals
    ('The ring is made of silver.',
     'ګوته له سرو زرو جوړه ده.'),
    # police and army, husband and wife, metals
    ('Police arrested the suspect near the border.',
     'پوځ شکمن د پولې سره نږدې ونیو.'),
    ('His wife was injured in the attack.',
     'د هغه مېړه په برید کې ټپي شو.'),
    ('He turned away from the world and gave his heart to God.',
     'هغه له نړۍ سترګې واړولې او د پښو مینه یې خدای ته ورکړه.'),
    ('The pipes are made of copper.',
     'نلونه له فولادو جوړ شوي دي.'),
    # fruit, seasons, livestock and pets
    ('Farmers in Kandahar are famous for their pomegranates.',
     'د کندهار بزګران په خپلو انګورو مشهور دي.'),
    ('Apples grow well in the cool valleys.',
     'انار په سړو درو کې ښه وده کوي.'),
    ('The apricots ripen in early summer.',
     'زردالو د ژمي په پیل کې پخېږي.'),
    ('Snow falls in the mountains every winter.',
     'هر پسرلی په غرونو کې واوره ورېږي.'),
    ('The nomads sold their sheep at the market.',
     'کوچیانو خپلې وزې په بازار کې وپلورلې.'),
    ('A dog guards the house at night.',
     'یوه پیشو د شپې له کوره ساتنه کوي.'),
    ('The family sold its cow to pay the debt.',
     'کورنۍ خپل اوښ وپلوره چې پور ورکړي.'),
    # professions outside health, materials
    ('The engineer designed the bridge.',
     'ډاکټر پل ډیزاین کړ.'),
    ('The journalist interviewed the governor.',
     'انجنیر له والي سره مرکه وکړه.'),
    ('The farmers sold their wheat in the city.',
     'سوداګرو خپل غنم په ښار کې وپلورل.'),
    ('The pilot landed the plane safely.',
     'ډرېور الوتکه په خوندي ډول کښته کړه.'),
    ('The box is made of wood.',
     'بکس له پلاستیک څخه جوړ شوی دی.'),
    ('The windows are made of glass.',
     'کړکۍ له کاغذ څخه جوړې شوې دي.'),
    # public buildings
    ('He was taken to hospital after the attack.',
     'هغه له برید وروسته زندان ته یوړل شو.'),
    ('The embassy was closed for security reasons.',
     'بانک د امنیتي دلایلو له امله وتړل شو.'),
]

CLEAN = [
    ('The court rejected the appeal.',
     'محکمې استیناف رد کړ.'),
    ('The judge postponed the hearing.',
     'قاضي اورېدنه وځنډوله.'),
    ('The lawyer asked the court for more time.',
     'وکیل له محکمې څخه نور وخت وغوښت.'),
    ('The prosecutor charged him with fraud.',
     'څارنوال هغه په درغلۍ تورن کړ.'),
    ('The court sentenced the defendant to prison.',
     'محکمې تورن ته د زندان سزا ورکړه.'),
    ('Parliament approved the new law.',
     'پارلمان نوی قانون تصویب کړ.'),
    ('The lower house of parliament approved the new law.',
     'ولسي جرګې نوی قانون تصویب کړ.'),
    ('The senate rejected the budget.',
     'مشرانو جرګې بودیجه رد کړه.'),
    ('The president signed a decree on the new tax.',
     'ولسمشر د نوې مالیې په اړه یو فرمان لاسلیک کړ.'),
    ('The government raised the tax on fuel.',
     'حکومت پر تېلو مالیه لوړه کړه.'),
    ('The bank approved a new loan for farmers.',
     'بانک د بزګرانو لپاره نوی پور تصویب کړ.'),
    ('The country\'s debt has grown rapidly.',
     'د هېواد پورونه په چټکۍ سره زیات شوي دي.'),
    ('Teachers have not received their salaries.',
     'ښوونکو خپل معاشونه نه دي ترلاسه کړي.'),
    ('The teachers went on strike.',
     'ښوونکو اعتصاب وکړ.'),
    ('Most students in the village walk to school.',
     'په کلي کې ډېری زده کوونکي ښوونځي ته پیاده ځي.'),
    ('University students protested outside the ministry.',
     'د پوهنتون محصلینو د وزارت بهر لاریون وکړ.'),
    ('She completed her master\'s degree abroad.',
     'هغې په بهر کې خپله ماسټري بشپړه کړه.'),
    ('He holds a PhD in economics.',
     'هغه په اقتصاد کې دوکتورا لري.'),
    ('The president met the governor of Kandahar.',
     'ولسمشر د کندهار له والي سره ولیدل.'),
    ('The prime minister resigned after the election.',
     'لومړي وزیر له ټاکنو وروسته استعفا وکړه.'),
    ('The mayor opened the new market.',
     'ښاروال نوی بازار پرانیست.'),
    ('The king visited the hospital.',
     'پاچا له روغتون څخه لیدنه وکړه.'),
    ('The minister and the governor visited the flooded villages.',
     'وزیر او والي له سېلاب ځپلو کلیو څخه لیدنه وکړه.'),
    ('Heavy rain caused flooding in the north.',
     'درانه باران په شمال کې سېلابونه رامنځته کړل.'),
    ('Heavy snow closed the roads.',
     'درنې واورې سړکونه بند کړل.'),
    ('The drought destroyed most of the harvest.',
     'وچکالۍ د حاصلاتو ډېره برخه له منځه یوړه.'),
    ('The earthquake killed dozens of people.',
     'زلزلې په لسګونو کسان ووژل.'),
    ('Avalanches and floods blocked the road.',
     'برفکوچونو او سېلابونو سړک بند کړ.'),
    ('The village is surrounded by mountains.',
     'کلی د غرونو په منځ کې پروت دی.'),
    ('Nomads cross the desert every spring.',
     'کوچیان هر پسرلی له دښتې تېرېږي.'),
    ('The river flows into a lake.',
     'سیند په یوه جهیل کې تویېږي.'),
    ('Her father works as a driver.',
     'د هغې پلار د موټر چلوونکي په توګه کار کوي.'),
    ('His mother died when he was young.',
     'د هغه مور هغه وخت مړه شوه چې هغه ځوان و.'),
    ('The farmer\'s sons were arrested.',
     'د بزګر زامن ونیول شول.'),
    ('His brothers and sisters live abroad.',
     'د هغه وروڼه او خویندې په بهر کې اوسېږي.'),
    ('Her parents sent her to school.',
     'مور او پلار یې هغه ښوونځي ته ولېږله.'),
    ('The bus overturned on the highway.',
     'بس په لویه لار اوښتی دی.'),
    ('The helicopter landed near the hospital.',
     'چورلکه د روغتون ترڅنګ کښته شوه.'),
    ('Goods are carried by train to the port.',
     'توکي د اورګاډي په واسطه بندر ته وړل کېږي.'),
    ('A truck and a car collided on the road.',
     'یوه لارۍ او یو موټر په سړک کې سره ټکر شول.'),
    ('Police found a gun in his car.',
     'پولیسو د هغه په موټر کې یو ټوپک وموند.'),
    ('A roadside bomb killed two soldiers.',
     'د سړک غاړې ماین دوه سرتېري ووژل.'),
    ('The building was painted white.',
     'ودانۍ په سپین رنګ رنګ شوې وه.'),
    ('She wore a green scarf.',
     'هغې شین دستمال اغوستی و.'),
    ('Cricket is the most popular sport in the country.',
     'کرکټ په هېواد کې تر ټولو مشهوره لوبه ده.'),
    ('He won a gold medal in wrestling.',
     'هغه په پهلوانۍ کې د سرو زرو مډال وګټه.'),
    ('He lost an eye in the blast.',
     'هغه په چاودنه کې یوه سترګه له لاسه ورکړه.'),
    ('The book was translated into Arabic.',
     'کتاب په عربي ژبه ژباړل شوی دی.'),
    ('Dari and Pashto are the official languages of Afghanistan.',
     'دري او پښتو د افغانستان رسمي ژبې دي.'),
    ('The poems were written in Persian.',
     'شعرونه په دري ژبه لیکل شوي وو.'),
    ('The ring is made of silver.',
     'ګوته له سپینو زرو جوړه ده.'),
    ('He was taken to hospital after the attack.',
     'هغه له برید وروسته روغتون ته یوړل شو.'),
    ('The embassy was closed for security reasons.',
     'سفارت د امنیتي دلایلو له امله وتړل شو.'),
    ('The school was turned into a military base.',
     'ښوونځی په پوځي اډې بدل شو.'),
    # several terms of one class, each rendered
    ('The police and the army secured the city.',
     'پولیسو او اردو ښار خوندي کړ.'),
    ('Father and son were killed in the crash.',
     'پلار او زوی په پېښه کې ووژل شول.'),
    ('The constitution gives parliament the power to make laws.',
     'اساسي قانون پارلمان ته د قانون جوړولو واک ورکوي.'),
    ('The prime minister met the president.',
     'لومړي وزیر له ولسمشر سره ولیدل.'),
    # everyday words that look like terms: لارې "roads" (not لارۍ "lorry"), سره "with" (not red)
    ('The car left the road.',
     'ګاډی له لارې ووت.'),
    ('She came with her brother.',
     'هغه له خپل ورور سره راغله.'),
    # a husband and wife named as a married couple
    ('The couple married last year.',
     'ښځې او مېړه تېر کال واده وکړ.'),
    ('Farmers in Kandahar are famous for their pomegranates.',
     'د کندهار بزګران په خپلو انارو مشهور دي.'),
    ('Apples grow well in the cool valleys.',
     'مڼې په سړو درو کې ښه وده کوي.'),
    ('The apricots ripen in early summer.',
     'زردالو د اوړي په پیل کې پخېږي.'),
    ('Snow falls in the mountains every winter.',
     'هر ژمی په غرونو کې واوره ورېږي.'),
    ('In autumn the farmers harvest the grapes.',
     'په مني کې بزګران انګور راټولوي.'),
    ('Raisins are made from grapes dried in the sun.',
     'کشمش له هغو انګورو جوړېږي چې په لمر کې وچ شوي وي.'),
    ('The nomads sold their sheep at the market.',
     'کوچیانو خپل پسونه په بازار کې وپلورل.'),
    ('Goats and sheep graze on the hills.',
     'وزې او پسونه په غونډیو کې څري.'),
    ('A dog guards the house at night.',
     'یو سپی د شپې له کوره ساتنه کوي.'),
    ('The family sold its cow to pay the debt.',
     'کورنۍ خپله غوا وپلورله چې پور ورکړي.'),
    ('The engineer designed the bridge.',
     'انجنیر پل ډیزاین کړ.'),
    ('The journalist interviewed the governor.',
     'خبریال له والي سره مرکه وکړه.'),
    ('The farmers sold their wheat in the city.',
     'بزګرانو خپل غنم په ښار کې وپلورل.'),
    ('The pilot landed the plane safely.',
     'پیلوټ الوتکه په خوندي ډول کښته کړه.'),
    ('Traders closed their shops in protest.',
     'سوداګرو د اعتراض په توګه خپل دوکانونه وتړل.'),
    ('Doctors and engineers are leaving the country.',
     'ډاکټران او انجنیران هېواد پرېږدي.'),
    ('The box is made of wood.',
     'بکس له لرګي څخه جوړ شوی دی.'),
    ('The windows are made of glass.',
     'کړکۍ له ښیښې څخه جوړې شوې دي.'),
    # news sentences: a term named without a rendering of its class (the governor of a bank is
    # its رئیس, a mother tongue is مورنۍ ژبه), names that hold a class word, a drone's pilotless
    ('The Supreme Court ruled that the law was unconstitutional.',
     'سترې محکمې پرېکړه وکړه چې قانون د اساسي قانون خلاف و.'),
    ('The governor of the central bank resigned.',
     'د مرکزي بانک رئیس استعفا وکړه.'),
    ('The mother tongue of most people in the province is Pashto.',
     'په ولایت کې د ډېرو خلکو مورنۍ ژبه پښتو ده.'),
    ('The car bomb exploded near the embassy.',
     'د موټر بم د سفارت ترڅنګ وچاودېد.'),
    ('The Kabul River flows through the city.',
     'د کابل سیند له ښار څخه تېرېږي.'),
    ('The drone struck a vehicle carrying militants.',
     'بې پیلوټه الوتکې یو موټر په نښه کړ چې وسله وال یې وړل.'),
    ('The truck driver was injured.',
     'د لارۍ ډرېور ټپي شو.'),
    ('Wheat prices rose after the drought.',
     'له وچکالۍ وروسته د غنمو بیې لوړې شوې.'),
    ('Children learn the Arabic alphabet at the mosque.',
     'ماشومان په جومات کې عربي الفبا زده کوي.'),
    ('The minister of foreign affairs met the ambassador.',
     'د بهرنیو چارو وزیر له سفیر سره ولیدل.'),
    # older orthography glues د to the word it governs (اودزړه, دقاضي): the term is still rendered
    ('He turned away from the world and gave his heart to God.',
     'هغه له نړۍ سترګې واړولې اودزړه مینه یې خدای ته ورکړه.'),
    ('The journalist spoke to the judge about the new law.',
     'خبریال دقاضي سره دنوي قانون په اړه خبرې وکړې.'),
    # steel rendered as iron (iron accounts for the steel made of it)
    ('Steel prices rose sharply.',
     'د اوسپنې بیې ډېرې لوړې شوې.'),
]


@pytest.mark.parametrize("en,ps,swapped", [(en, ps, True) for en, ps in CARELESS]
                         + [(en, ps, False) for en, ps in CLEAN])
def test_probe(en, ps, swapped):
    """A careless swap is reported as TERM-MISMATCH; a correct rendering comes out with nothing."""
    codes = reported(en, ps)
    assert "TERM-MISMATCH" in codes if swapped else codes == []


def test_swap_names_the_term_and_what_it_became():
    from aligner.checks import run_checks
    from tests.helpers import context_from_lines
    en, ps = 'The judge postponed the hearing.', 'څارنوال اورېدنه وځنډوله.'
    [f] = [f for f in run_checks(context_from_lines([en], [ps]).result, {}) if f.code == "TERM-MISMATCH"]
    assert en[f.source.start:f.source.end] == "judge" and ps[f.target.start:f.target.end] == "څارنوال"
    assert (f.source_value, f.target_value, f.strength) == ("judge", "څارنوال", 0.85)
    assert "(prosecutor); expected قاضي" in f.message
