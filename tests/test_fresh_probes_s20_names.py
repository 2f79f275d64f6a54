"""Issue 11: fresh name probes (helper H4, session of 2026-12-07 afternoon, stop 20).

Written for this file (no corpus line), after grouping the tuning parts' false ENTITY-MISSING /
ENTITY-MISMATCH verdicts by the mechanism behind them, as *other* instances of each mechanism a
professional translator produces (news, health, legal, encyclopedic registers):

* ``homograph``: the Pashto has a common word spelt like a listed place or like another name of
  the document (شام "evening" ~ Syria's Sham, قطر "diameter" ~ Qatar, بوټان "boots" ~ Bhutan,
  الجزایر "the islands" of مجمع الجزایر ~ Algeria, شاهي "royal" ~ Shah, سند "document" ~ Sindh);
* ``description``: the Pashto names the referent of an English description or adjective
  ("the president" ↔ the president's name, "the UK" ↔ برتانیه/انګلستان, "Persian" ↔ ایراني);
* ``meaning``: a name translated by meaning (Horn of Africa ↔ د افریقا ښکر);
* ``demonym``: a demonym or adjective said by the country's name (Dutch ↔ د هالنډ);
* ``pronoun``: a name repeated in the English, carried in the Pashto by نوموړی / هغه / دغه ښار;
* ``spelling``: a name in a spelling variant Pashto writers use.

Every correct translation must come out with no ENTITY-* warning or error (other codes belong to
other checks); every careless one (a swapped name, a dropped name, a wrong country) must be
caught by an ENTITY-* code.

First contact (the code at 01e9bb8, before any change of this stop): 20 of 26 correct
translations clean (missed: the Arctic archipelago's مجمع الجزایر read as Algeria; "the coach"
rendered by the coach's name read as a name standing in for Salah; four names carried by
نوموړی / دغه ولایت / هغې after the sentence before gave them), 12 of 13 careless ones caught
(missed: New York dropped, its York near the light verb وکړه).  After the fixes of this stop
(entities._carried_by_reference, _described_here, ps_name_homographs.tsv, the perfective light
verbs in ps_common_words.txt): 26 of 26 clean, 13 of 13 caught.
"""
import pytest

from tests.helpers import reported_codes

OWN = ("ENTITY-",)


def reported(en, ps):
    return [c for c in reported_codes(en, ps) if c.startswith(OWN)]


CLEAN = [
    # --- homograph: a common Pashto word spelt like a listed place / another name of the document
    ('homograph', ['Syria has been at war for more than a decade.',
                   'In Aleppo, families gather every evening around a single lamp.'],
                  ['سوریه له یوې لسیزې ډېر وخت راهیسې په جګړه کې ده.',
                   'په حلب کې کورنۍ هر ماښام او شام د یوه څراغ شاوخوا راټولېږي.']),
    ('homograph', ['Qatar hosted the talks in 2020.',
                   'Engineers in Doha measured the diameter of each pipe before the pipeline was laid.'],
                  ['قطر په ۲۰۲۰ کال کې د خبرو کوربه و.',
                   'په دوحه کې انجنیرانو د نل لیکې له غځولو مخکې د هر نل قطر اندازه کړ.']),
    ('homograph', ['Bhutan is a small kingdom in the Himalayas.',
                   'At the festival in Paro, dancers wear heavy leather boots.'],
                  ['بوتان په همالیا کې یو کوچنی پاچاهي هېواد دی.',
                   'په پارو کې د جشن پر مهال نڅاګر د څرمنې درانه بوټان اغوندي.']),
    ('homograph', ['The Canadian Arctic Archipelago lies north of the mainland.'],
                  ['د کاناډا قطبي مجمع الجزایر د وچې شمال ته پروت دی.']),
    ('homograph', ['Zahir Shah was the last king of Afghanistan.',
                   'Colonel Hector Munro led the royal cavalry across the river.'],
                  ['ظاهر شاه د افغانستان وروستی پاچا و.',
                   'ډګروال هېکټر منرو شاهي سپاره له سیند څخه پورې وایستل.']),
    ('homograph', ['Floods in Sindh destroyed thousands of homes.',
                   'In Hyderabad, many families lost the documents of their land.'],
                  ['په سند کې سیلابونو په زرګونو کورونه ویجاړ کړل.',
                   'په حیدراباد کې ډېرو کورنیو د خپلې ځمکې سندونه له لاسه ورکړل.']),
    # --- description: the Pashto names the referent of an English description or adjective
    ('description', ['President Ashraf Ghani arrived in Herat on Sunday.',
                     "The president told the province's elders that the road would be finished next year."],
                    ['ولسمشر اشرف غني د یکشنبې په ورځ هرات ته ورسېد.',
                     'غني د ولایت مشرانو ته وویل چې سړک به راتلونکي کال بشپړ شي.']),
    ('description', ['Boris Johnson spoke to reporters in London.',
                     'The prime minister said the country would leave the EU in January.'],
                    ['بوریس جانسن په لندن کې خبریالانو ته خبرې وکړې.',
                     'جانسن وویل چې برتانیه به د جنورۍ په میاشت کې له اروپايي اتحادیې څخه ووځي.']),
    ('description', ['Persian poets wrote about the gardens of Shiraz.'],
                    ['ایراني شاعرانو د شیراز د باغونو په اړه شعرونه لیکلي دي.']),
    ('description', ['The Red Crescent sent tents to Badakhshan.',
                     'The society said more aid would reach the province next week.'],
                    ['سرې میاشتې بدخشان ته خیمې ولېږلې.',
                     'سرې میاشتې وویل چې نورې مرستې به راتلونکې اونۍ دغه ولایت ته ورسېږي.']),
    ('description', ['President Ashraf Ghani arrived in Herat on Sunday.',
                     "The president told Herat's elders that the road would be finished next year."],
                    ['ولسمشر اشرف غني د یکشنبې په ورځ هرات ته ورسېد.',
                     'غني د دغه ولایت مشرانو ته وویل چې سړک به راتلونکي کال بشپړ شي.']),
    ('description', ['Coach Jurgen Klopp praised Mohamed Salah after the match in Liverpool.',
                     'The coach said Salah had played his best game of the season.'],
                    ['روزونکي یورګن کلوپ په لیورپول کې له لوبې وروسته د محمد صلاح ستاینه وکړه.',
                     'کلوپ وویل چې نوموړي د فصل تر ټولو ښه لوبه وکړه.']),
    # --- meaning: a name translated by meaning
    ('meaning', ['Drought has hit the Horn of Africa for three years.'],
                ['وچکالۍ درې کاله د افریقا ښکر ځپلی دی.']),
    ('meaning', ['The Dead Sea is the lowest place on land.'],
                ['مړ سمندر پر وچه تر ټولو ټیټ ځای دی.']),
    ('meaning', ['Caravans on the Silk Road carried paper from China to the West.'],
                ['د ورېښمو پر لار کاروانونو له چین څخه لوېديځ ته کاغذ وړ.']),
    ('meaning', ['The Security Council met in New York on Friday.'],
                ['د امنیت شورا د جمعې په ورځ په نیویارک کې غونډه وکړه.']),
    # --- demonym: a demonym or adjective said by the country's name
    ('demonym', ['The Dutch government sent doctors to Kandahar.'],
                ['د هالنډ حکومت کندهار ته ډاکټران ولېږل.']),
    ('demonym', ['Pakistani officials closed the Torkham crossing on Monday.'],
                ['د پاکستان چارواکو د دوشنبې په ورځ د تورخم لاره وتړله.']),
    ('demonym', ['Chinese scientists reported the new virus in January.'],
                ['د چین ساینس پوهانو د جنورۍ په میاشت کې د نوي ویروس راپور ورکړ.']),
    ('demonym', ['Indian traders sell tea in Kabul markets.'],
                ['هندي سوداګر د کابل په بازارونو کې چای پلوري.']),
    # --- pronoun: a name repeated in the English, carried by a pronoun / reference in the Pashto
    ('pronoun', ['Malala Yousafzai was born in Swat in 1997.',
                 'In 2014 Yousafzai received the Nobel Peace Prize.'],
                ['ملاله یوسفزۍ په ۱۹۹۷ کال کې په سوات کې زېږېدلې ده.',
                 'هغې په ۲۰۱۴ کال کې د سولې نوبل جایزه ترلاسه کړه.']),
    ('pronoun', ['Kunduz lies on the road to Tajikistan.',
                 'Farmers in Kunduz grow rice and cotton.'],
                ['کندز د تاجکستان پر لار پروت دی.',
                 'د دغه ولایت بزګران وریجې او پنبه کري.']),
    ('pronoun', ['Dr. Amina Rahimi heads the hospital in Khost.',
                 'Rahimi said the hospital needed more nurses.'],
                ['ډاکټره امینه رحیمي په خوست کې د روغتون مشره ده.',
                 'نوموړې وویل چې روغتون نورو نرسانو ته اړتیا لري.']),
    # --- spelling: a name in a spelling variant Pashto writers use
    ('spelling', ['The outbreak began in Wuhan, in Hubei province.'],
                 ['ناروغي د هوبې ولایت په ووهان کې پیل شوه.']),
    ('spelling', ['Sweden and Norway signed the agreement in Oslo.'],
                 ['سوېډن او ناروې په اوسلو کې تړون لاسلیک کړ.']),
    ('spelling', ['The Zhou dynasty followed the Shang dynasty.'],
                 ['د ژو کورنۍ د شانګ کورنۍ پسې واکمنه شوه.']),
]


WRONG = [
    # --- homograph contexts: a name swapped, dropped, or a wrong country
    ('homograph', ['Qatar hosted the talks in 2020.'],
                  ['کویټ په ۲۰۲۰ کال کې د خبرو کوربه و.']),
    ('homograph', ['Syria has been at war for more than a decade.'],
                  ['عراق له یوې لسیزې ډېر وخت راهیسې په جګړه کې دی.']),
    ('homograph', ['Bhutan is a small kingdom in the Himalayas.'],
                  ['نېپال په همالیا کې یو کوچنی پاچاهي هېواد دی.']),
    # --- description contexts
    ('description', ['President Ashraf Ghani arrived in Herat on Sunday.',
                     'Ghani told the elders of Herat that the road would be finished next year.'],
                    ['ولسمشر اشرف غني د یکشنبې په ورځ هرات ته ورسېد.',
                     'غني د کندهار مشرانو ته وویل چې سړک به راتلونکي کال بشپړ شي.']),
    ('description', ['Persian poets wrote about the gardens of Shiraz.'],
                    ['ایراني شاعرانو د اصفهان د باغونو په اړه شعرونه لیکلي دي.']),
    # --- meaning contexts: a name dropped or swapped
    ('meaning', ['Drought has hit the Horn of Africa and Yemen for three years.'],
                ['وچکالۍ درې کاله د افریقا ښکر او عمان ځپلی دی.']),
    ('meaning', ['The Security Council met in New York on Friday.'],
                ['د امنیت شورا د جمعې په ورځ په ژنېو کې غونډه وکړه.']),
    # --- demonym contexts: a wrong country
    ('demonym', ['The Dutch government sent doctors to Kandahar.'],
                ['د ډنمارک حکومت کندهار ته ډاکټران ولېږل.']),
    ('demonym', ['The Swedish constitution of 1772 was still in force.'],
                ['د سویس د ۱۷۷۲ کال اساسي قانون لا هم نافذ و.']),
    # --- pronoun contexts: a name dropped where the Pashto has no reference, or swapped
    ('pronoun', ['Malala Yousafzai was born in Swat in 1997.',
                 'In 2014 Yousafzai received the Nobel Peace Prize.'],
                ['ملاله یوسفزۍ په ۱۹۹۷ کال کې په سوات کې زېږېدلې ده.',
                 'په ۲۰۱۴ کال کې اشرف غني د سولې نوبل جایزه ترلاسه کړه.']),
    ('pronoun', ['Kunduz lies on the road to Tajikistan.',
                 'Farmers in Kunduz grow rice and cotton.'],
                ['کندز د تاجکستان پر لار پروت دی.',
                 'د تاجکستان بزګران وریجې او پنبه کري.']),
    # --- spelling contexts: a name swapped for a near one
    ('spelling', ['Sweden and Norway signed the agreement in Oslo.'],
                 ['سوېډن او ناروې په کوپنهاګن کې تړون لاسلیک کړ.']),
    ('spelling', ['The outbreak began in Wuhan, in Hubei province.'],
                 ['ناروغي د هوبې ولایت په شانګهای کې پیل شوه.']),
]


#: round 2 (single sentences: demonyms and adjectives of peoples and empires, names translated
#: by meaning, spelling variants), first contact at 23fd89b: 27 of 27 clean
ROUND2 = [
 # demonyms / adjectives of places and peoples
 (['Roman engineers built aqueducts across the empire.'], ['رومي انجنیرانو په ټوله امپراتورۍ کې د اوبو لښتي جوړ کړل.']),
 (['Byzantine churches are famous for their domes.'], ['بیزانسي کلیساګانې د خپلو ګنبدونو له امله مشهورې دي.']),
 (['Pashtun elders met the governor in Jalalabad.'], ['پښتنو مشرانو په جلال اباد کې له والي سره وکتل.']),
 (['Arab traders brought spices to East Africa.'], ['عرب سوداګرو ختیځې افریقا ته مصالحې راوړې.']),
 (['Islamic art avoids images of people.'], ['اسلامي هنر د انسانانو له انځورونو ډډه کوي.']),
 (['Mughal emperors built gardens in Kabul.'], ['مغل پاچایانو په کابل کې باغونه جوړ کړل.']),
 (['The Ottoman army besieged Vienna in 1683.'], ['عثماني لښکرو په ۱۶۸۳ کال کې ویانا محاصره کړه.']),
 (['Soviet troops left Afghanistan in 1989.'], ['شوروي ځواکونو په ۱۹۸۹ کال کې افغانستان پرېښود.']),
 (['Greek philosophers asked what the world is made of.'], ['یوناني فیلسوفانو پوښتنه کوله چې نړۍ له څه جوړه ده.']),
 (['Buddhist monks lived in the caves of Bamiyan.'], ['بودايي راهبان د بامیان په سمڅو کې اوسېدل.']),
 (['European farmers grow wheat and barley.'], ['اروپايي بزګران غنم او اوربشې کري.']),
 (['Latin American countries exported coffee.'], ['د لاتیني امریکا هېوادونو قهوه صادروله.']),
 # names translated by meaning
 (['The World Food Programme delivered flour to Bamiyan.'], ['د خوړو نړیوال پروګرام بامیان ته اوړه ورسول.']),
 (['The Ministry of Public Health opened a clinic in Khost.'], ['د عامې روغتیا وزارت په خوست کې یو کلینیک پرانیست.']),
 (['The Great Wall was built to keep out northern tribes.'], ['لوی دیوال د شمالي قبیلو د مخنیوي لپاره جوړ شو.']),
 (['The Cape of Good Hope lies at the southern tip of Africa.'], ['د نېک امید سر د افریقا په سویلي څوکه کې پروت دی.']),
 (['Doctors Without Borders runs a hospital in Lashkar Gah.'], ['بې پولو ډاکټران په لښکرګاه کې یو روغتون چلوي.']),
 (['The Supreme Court rejected the appeal on Tuesday.'], ['سترې محکمې د سه شنبې په ورځ استیناف رد کړ.']),
 (['The Black Death killed millions in Europe.'], ['تور مرګ په اروپا کې میلیونونه خلک ووژل.']),
 (['The Renaissance began in Florence.'], ['بیا راژوندي کېدل په فلورانس کې پیل شول.']),
 (['The Enlightenment changed European thought.'], ['د روڼاندۍ دورې اروپايي فکر بدل کړ.']),
 # spelling variants
 (['Mazar-i-Sharif is the largest city in the north.'], ['مزار شریف په شمال کې تر ټولو لوی ښار دی.']),
 (['The Hindu Kush rises above Salang.'], ['هندوکش د سالنګ له پاسه لوړ شوی دی.']),
 (['Tehran and Riyadh restored ties.'], ['تهران او ریاض خپلې اړیکې بیا ټینګې کړې.']),
 (['Bangladesh and Myanmar share a border.'], ['بنګله دېش او میانمار ګډه پوله لري.']),
 (['Ibn Sina wrote the Canon of Medicine.'], ['ابن سینا د طب قانون کتاب ولیکه.']),
 (['Jalaluddin Rumi was born in Balkh.'], ['جلال الدین رومي په بلخ کې زېږېدلی و.']),
]

#: round 3 (small documents: a name rendered by sound in one sentence, by meaning, by its kind
#: noun, by a title or by a reference in the next), first contact at 23fd89b: 11 of 12 clean
#: (the Kabul River carried by دغه سیند "this river" while the English has "their crops": the
#: possessive blocked the reference; only خپل is now blocked by an English possessive)
ROUND3 = [
 # an organisation rendered by sound once, by meaning next
 (['Doctors from Médecins Sans Frontières arrived in Kunduz.', 'Médecins Sans Frontières said the hospital was full.'],
  ['د مېډیسنز سانس فرنټیرز ډاکټران کندز ته ورسېدل.', 'بې پولو ډاکټرانو وویل چې روغتون ډک دی.']),
 # a person by full name, then by title + surname in English, Pashto by title only
 (['General Sami Sadat commanded the army corps in Helmand.', 'General Sadat said the roads were safe.'],
  ['جنرال سمیع سادات په هلمند کې د اردو د قول اردو قوماندان و.', 'جنرال سادات وویل چې سړکونه خوندي دي.']),
 # a place in Latin script once, in Pashto next
 (['The WHO office in Geneva issued guidance.', 'Geneva asked countries to share data.'],
  ['په ژنیو کې د روغتیا نړیوال سازمان دفتر لارښوونه خپره کړه.', 'ژنیو هېوادونو ته وویل چې معلومات شریک کړي.']),
 # demonym next to the country in another sentence
 (['Turkmenistan sells gas to China.', 'Turkmen officials signed a new deal in Beijing.'],
  ['ترکمنستان چین ته ګاز پلوري.', 'ترکمن چارواکو په بېجینګ کې نوی تړون لاسلیک کړ.']),
 (['Uzbekistan opened a railway to Mazar.', 'Uzbek engineers will train Afghan workers.'],
  ['ازبکستان مزار ته د اورګاډي پټلۍ پرانیسته.', 'ازبک انجنیران به افغان کارګرانو ته روزنه ورکړي.']),
 # a person by surname, rendered with a spelling variant in the second sentence
 (['Abdul Rashid Dostum returned to Sheberghan.', 'Dostum told supporters he would stay.'],
  ['عبدالرشید دوستم شبرغان ته ستون شو.', 'دوستم خپلو پلویانو ته وویل چې پاتې به شي.']),
 # a river named by sound once, then by the kind noun
 (['The Kabul River floods every spring.', 'Farmers along the Kabul River lost their crops.'],
  ['د کابل سیند هر پسرلی سیلاب کوي.', 'د دغه سیند په غاړه بزګرانو خپل فصلونه له لاسه ورکړل.']),
 # a company rendered by sound, then "the company"
 (['Roshan launched a new mobile network in Herat.', 'Roshan said the service would reach Farah next year.'],
  ['روشن په هرات کې نوې ګرځنده شبکه پیل کړه.', 'دغه شرکت وویل چې خدمت به راتلونکي کال فراه ته ورسېږي.']),
 # a university by sound once, by meaning next
 (['Kabul University reopened in March.', 'Students at Kabul University returned to classes.'],
  ['کابل پوهنتون د مارچ په میاشت کې بیا پرانیستل شو.', 'د کابل پوهنتون زده کوونکي بېرته ټولګیو ته راستانه شول.']),
 # a person named, then pronoun-only sentence in both languages
 (['Fatima Gailani led the Red Crescent for years.', 'Gailani later joined the peace talks in Doha.'],
  ['فاطمه ګیلاني د کلونو لپاره د سرې میاشتې مشري کوله.', 'نوموړې وروسته په دوحه کې د سولې خبرو کې ګډون وکړ.']),
 (['Ahmad Shah Massoud was killed in 2001.', 'Massoud had fought the Soviets in Panjshir.'],
  ['احمد شاه مسعود په ۲۰۰۱ کال کې ووژل شو.', 'هغه په پنجشیر کې له شورویانو سره جګړه کړې وه.']),
 (['Hamid Karzai became president in 2004.', 'Karzai served two terms.'],
  ['حامد کرزی په ۲۰۰۴ کال کې ولسمشر شو.', 'هغه دوه دورې دنده ترسره کړه.']),
]


#: round 4 (small documents: "the capital", "the country", "the prime minister", "the group"
#: said by a name in the Pashto; a listed place's form inside a common phrase), first contact
#: after the round 3 fix: 6 of 6 clean
ROUND4 = [
 # "the capital" / "the country" named by the translator, another name carried by a reference
 (['Heavy snow fell in Kabul on Monday.', 'Schools in the capital and in Paghman were closed.'],
  ['د دوشنبې په ورځ په کابل کې درنه واوره وورېده.', 'په کابل او پغمان کې ښوونځي وتړل شول.']),
 (['Norway hosted the conference in Oslo.', 'The country has given aid to Afghanistan since 2001.'],
  ['ناروې په اوسلو کې د کنفرانس کوربه و.', 'ناروې له ۲۰۰۱ کال راهیسې افغانستان ته مرسته کړې ده.']),
 (['Prime Minister Imran Khan visited Kabul in November.', 'The prime minister met President Ghani at the Arg.'],
  ['لومړي وزیر عمران خان د نومبر په میاشت کې کابل ته سفر وکړ.', 'عمران خان په ارګ کې له ولسمشر غني سره وکتل.']),
 (['The Taliban captured Kunduz in 2015.', 'The group held the city for two weeks.'],
  ['طالبانو په ۲۰۱۵ کال کې کندز ونیو.', 'طالبانو دغه ښار دوه اونۍ په واک کې درلود.']),
 # a listed place form inside a common phrase
 (['Archaeologists mapped every island of the Greek archipelago.'],
  ['لرغون پېژندونکو د یونان د مجمع الجزایر هره ټاپو نقشه کړه.']),
 (['Every evening, Ahmad walked from Karte Se to the river.', 'Ahmad Zia said the walk kept him healthy.'],
  ['احمد هر ماښام له کارته سه څخه سیند ته تلو.', 'احمد ضیا وویل چې دغه ګرځېدل یې روغ ساتي.']),
]


@pytest.mark.parametrize("kind,en,ps", CLEAN)
def test_correct_translation_is_clean(kind, en, ps):
    assert reported(en, ps) == []


@pytest.mark.parametrize("en,ps", ROUND2 + ROUND3 + ROUND4)
def test_correct_translation_is_clean_rounds_2_4(en, ps):
    assert reported(en, ps) == []


#: careless versions of round 3 documents: a name dropped with no reference left, or swapped.
#: Written after the round 3 fix: 2 of 4 caught (a surname used again alone, Dostum at the start
#: of a sentence, Gailani mid-sentence, was no name "due" there); now 4 of 4
#: (entities._word_of_rendered_name: a word the document renders by sound as a word of a
#: longer name is due where it stands)
WRONG3 = [
    (['The Kabul River floods every spring.', 'Farmers along the Kabul River lost their crops.'],
     ['د کابل سیند هر پسرلی سیلاب کوي.', 'بزګرانو خپل فصلونه له لاسه ورکړل.']),
    (['Abdul Rashid Dostum returned to Sheberghan.', 'Dostum told supporters he would stay.'],
     ['عبدالرشید دوستم شبرغان ته ستون شو.', 'کرزي خپلو پلویانو ته وویل چې پاتې به شي.']),
    (['Hamid Karzai became president in 2004.', 'Karzai served two terms.'],
     ['حامد کرزی په ۲۰۰۴ کال کې ولسمشر شو.', 'مسعود دوه دورې دنده ترسره کړه.']),
    (['Fatima Gailani led the Red Crescent for years.', 'Gailani later joined the peace talks in Doha.'],
     ['فاطمه ګیلاني د کلونو لپاره د سرې میاشتې مشري کوله.', 'وروسته په دوحه کې د سولې خبرو کې ګډون وکړ.']),
]


@pytest.mark.parametrize("en,ps", WRONG3)
def test_careless_translation_is_caught_round_3(en, ps):
    assert reported(en, ps), "not caught"


@pytest.mark.parametrize("kind,en,ps", WRONG)
def test_careless_translation_is_caught(kind, en, ps):
    assert reported(en, ps), "not caught"
