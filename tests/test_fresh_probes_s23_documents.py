"""Issue 11: fresh document-level probes of the name and number checks (helper h2, session 23).

Written for this file (no corpus line, no held-out row read): short documents (2-4 sentences of
news, encyclopedia, health and legal text) as professional translators write them, restructured
across sentence boundaries: one English sentence split into two Pashto ones, two merged into one,
a name or a figure moved into the neighbouring sentence, a repeated name replaced by a pronoun or
a title (نوموړی, وزیر, د هغې په وینا), a name given once in full and then by surname.  Each runs
through the whole pipeline (split, embed, align, check: ``aligner.api.check``) and must come out
with no ENTITY-* or NUM-* warning or error.  The careless versions drop a name or a figure from
the whole document, swap a name, or change a figure that moved sentences; each must be caught by
an ENTITY-* or NUM-* code.

First contact on 3f85db9 (the start tree of session 23, rule 9, the whole file as it is now):
clean 17/26, caught 21/21 (19 by an ENTITY-/NUM- code; 1919 → 1929 moved by DATE-MISSING/EXTRA,
22 million dropped in a merge by OMIT-SENTENCE).  Missed on first contact, and the mechanisms:

* a figure moved across a sentence boundary (2.6 km said in the sentence before, "after 12 days"
  in the sentence after): NUM-MISSING in one bead and NUM-EXTRA of the same amount in the next.
  A figure left without partner that the bead before or after leaves without partner on the
  other side is the same figure, moved (numbers._moved_across); one dropped leaves nothing
  extra next door, one changed as it moved (12 → 15, 700 → 900) still matches nothing.
* a person said again by the title written next to the name in the sentence before
  (Foreign Minister Amir Khan Muttaqi ↔ د بهرنیو چارو وزیر … ; "Muttaqi asked" ↔ وزیر, "Wali
  will hand over" ↔ پلورونکی): entities._called_by_title (person nouns of
  reference_words_ps.tsv, agent nouns in ونکی; not where this English says the title word; the
  buyer for the seller is still caught).
* "Ahmadi says that ..." ↔ د هغې په وینا "according to her" (entities._according_to_pronoun,
  read by _carried_by_reference).
* the Nile just named, then "along the Nile" ↔ د سیند په اوږدو (the kind noun of a listed place
  alone, after the place was given and rendered in one of the two sentences before).
* left xfail: a place moved into the neighbouring sentence (Bamyan, Badakhshan: see MOVED) and
  a title the document never gives (امریکايي استازي for Khalilzad).

Now: clean 23/26 (3 xfail), caught 21/21.

Round 2 (CLEAN2 / CARELESS2, written after the fixes above; first contact on 3f85db9 clean 3/8,
caught 5/5): a person named in full, then by the surname, which Pashto leaves to the weak pronoun
یې, the agent of a past transitive verb ("In 1915, Swanson began acting" ↔ په ۱۹۱۵ کال کې یې …
پیل کړې).  Accepting یې when one of the two sentences before gives and renders the name and this
English has no personal or possessive pronoun (tried) silenced 2 real tuning omissions and 1
held-out one and removed no bench false alarm: not shipped, xfail (CLITIC), as is the subject
left to the verb's agreement alone (PRO_DROP).  Now clean 3/8 (5 xfail), caught 5/5.

Round 3 (CLEAN3 / CARELESS3; first contact on 3f85db9 clean 0/3, caught 3/3): a figure the English
repeats after "the" in the next sentence ("rebuild the 120 houses"), which the Pashto says once
and then refers back to (دا کورونه): numbers._said_before (given and rendered in one of the two
beads before, a Pashto demonstrative here; one changed, never given, or dropped where first given
is still caught).  Now clean 3/3, caught 3/3.

Whole file on 3f85db9: 9 failed, 49 passed, 8 xfailed (the xfails fail there too); now 58 passed,
8 xfailed.
"""
import pytest

from aligner.api import check

OWN = ("ENTITY-", "NUM-")
#: a careless version is caught by these too: a year is the date checks' (DATE-MISSING /
#: DATE-EXTRA), and a sentence whose figure was dropped as it merged may be left unaligned
CAUGHT = OWN + ("DATE-", "OMIT-SENTENCE")


def reported(en: str, ps: str, encoder, codes=OWN) -> list[str]:
    result = check(en, ps, encoder=encoder)
    return [f.code for f in result.findings
            if f.severity in ("warning", "error") and f.code.startswith(codes)]


#: a listed place written in the Pashto of the neighbouring sentence, whose English neither names
#: it nor says "the city" / "there": accepting it (entities._moved_to_neighbour, tried here with
#: listed forms only and a guard for the neighbour's own names and place references, as in s22
#: with sound matches) removed no false alarm of the nine bench corpora and silenced a real
#: held-out omission (nllbseed, aggregate figure), so it is not shipped
MOVED = pytest.mark.xfail(strict=True, reason="a place moved to the neighbouring sentence (see MOVED)")

# (register, English document, Pashto document)
CLEAN = [
    # a sentence split in two; the figures of the English sentence in the second Pashto one
    ('news', "On Monday, Health Minister Qalandar Ebad opened a 200-bed hospital in Kandahar that "
             "cost $12 million. The minister said it would serve about 1.5 million people. He thanked "
             "Japan for paying for the building.",
             "د عامې روغتیا وزیر قلندر عباد د دوشنبې په ورځ په کندهار کې یو ۲۰۰ بستریز روغتون پرانیست. "
             "د دې روغتون لګښت ۱۲ میلیون ډالره و. وزیر وویل چې دا روغتون به شاوخوا ۱.۵ میلیون خلکو ته "
             "خدمت وکړي. هغه له جاپان څخه مننه وکړه چې د ودانۍ لګښت یې ورکړ."),
    # two sentences merged into one
    ('news', "Heavy rain hit Nangarhar on Tuesday. The floods destroyed 35 houses. Officials said "
             "6 people died.",
             "د سه شنبې په ورځ په ننګرهار کې درنو بارانونو سېلابونه راوستل چې ۳۵ کورونه یې ویجاړ کړل. "
             "چارواکو وویل چې ۶ تنه مړه شوي دي."),
    # a figure moved into the sentence before
    ('encyclopedia', "The Salang Tunnel was completed in 1964. At 2.6 kilometres long, it links the "
                     "north of Afghanistan with Kabul. It lies at an altitude of 3,400 metres.",
                     "د سالنګ تونل چې ۲.۶ کیلومتره اوږد دی، په ۱۹۶۴ کال کې بشپړ شو. دا تونل د افغانستان "
                     "شمال له کابل سره نښلوي. دا تونل د ۳۴۰۰ مترو په لوړوالي کې پروت دی."),
    # a name moved into the sentence after
    pytest.param('encyclopedia', "The Band-e Amir lakes lie in the Hindu Kush, in Bamyan province. They "
                 "became the first national park of Afghanistan in 2009.",
                 "د بند امیر ډنډونه د هندوکش په غرونو کې پراته دي. دا ډنډونه چې د بامیان په ولایت کې "
                 "دي، په ۲۰۰۹ کال کې د افغانستان لومړنی ملي پارک شول.", marks=MOVED),
    # merged, figure and name of the second English sentence in the first Pashto one
    ('health', "Measles spreads quickly among children. Last year, 2,500 cases were reported in "
               "Herat. Most of the children had not been vaccinated.",
               "شری د ماشومانو تر منځ په چټکۍ خپرېږي او تېر کال په هرات کې یې ۲۵۰۰ پېښې ثبت شوې. "
               "ډېری ماشومانو واکسین نه وو اخیستي."),
    # the repeated surname said by a pronoun inside the sentence, then by نوموړې
    ('health', "Dr. Nilofar Ahmadi leads the maternity ward at Malalai Hospital. Ahmadi says that 40 "
               "babies are born there every day. Ahmadi trained in Peshawar.",
               "ډاکټرې نیلوفر احمدي د ملالۍ روغتون د زېږون برخې مشره ده. د هغې په وینا، هره ورځ هلته ۴۰ "
               "ماشومان زېږي. نوموړې په پېښور کې زده کړې کړې دي."),
    # a legal sentence split in two
    ('legal', "Under Article 12, the tenant must pay the rent of 15,000 afghanis by the fifth day of "
              "each month, and a late payment incurs a fine of 500 afghanis.",
              "د ۱۲ مادې له مخې، کرایه دار باید د هرې میاشتې تر پنځمې ورځې پورې ۱۵۰۰۰ افغانۍ کرایه "
              "ورکړي. که کرایه ناوخته ورکړل شي، ۵۰۰ افغانۍ جریمه به ورکول کېږي."),
    # a duration moved into the sentence before
    ('legal', "The contract begins on 1 March 2024. It runs for 36 months and may be renewed once. "
              "Either party may end it with 60 days' notice.",
              "دا تړون د ۲۰۲۴ کال د مارچ له لومړۍ نېټې څخه پیلېږي او ۳۶ میاشتې دوام کوي. دا یو ځل نوی "
              "کېدای شي. هره خوا کولای شي چې د ۶۰ ورځو په خبرتیا سره یې پای ته ورسوي."),
    # a full name, then the surname
    ('news', "Ashraf Ghani arrived in Tashkent on Thursday. Ghani met President Shavkat Mirziyoyev. "
             "The two leaders signed 10 agreements.",
             "اشرف غني د پنجشنبې په ورځ تاشکند ته ورسېد. غني له ولسمشر شوکت میرضیایف سره وکتل. "
             "دواړو مشرانو ۱۰ تړونونه لاسلیک کړل."),
    # the repeated name said by a title the English never gives (the translator's knowledge),
    # then by نوموړی
    pytest.param('news', "Zalmay Khalilzad met Taliban negotiators in Doha on Saturday. Khalilzad said "
                 "the talks had made progress. Khalilzad will brief officials in Kabul next week.",
                 "زلمي خلیلزاد د شنبې په ورځ په دوحه کې د طالبانو له مرکچیانو سره وکتل. امریکايي استازي "
                 "وویل چې په خبرو کې پرمختګ شوی دی. نوموړی به راتلونکې اونۍ په کابل کې چارواکو ته "
                 "معلومات ورکړي.", marks=pytest.mark.xfail(strict=True, reason=(
                     "a title the document never gives the person (امریکايي استازي, 'the US envoy') "
                     "cannot be told from another person's title (د طالبانو ویاند) without knowing "
                     "who Khalilzad is"))),
    # merged: the figure of the second English sentence in a relative clause of the first
    ('encyclopedia', "Herat is the third-largest city of Afghanistan. It has about 570,000 "
                     "inhabitants. The city is famous for its Friday Mosque.",
                     "هرات چې شاوخوا ۵۷۰۰۰۰ اوسېدونکي لري، د افغانستان درېیم لوی ښار دی. دا ښار په خپل "
                     "جامع جومات مشهور دی."),
    # merged: the name of the second English sentence in the first Pashto one
    ('encyclopedia', "Ahmad Shah Durrani founded the Durrani Empire in 1747. He made Kandahar his "
                     "capital. At its height, the empire stretched from Mashhad to Delhi.",
                     "احمد شاه دراني په ۱۷۴۷ کال کې د درانیانو امپراتوري جوړه کړه او کندهار یې خپله "
                     "پلازمېنه وګرځوله. دا امپراتوري په خپل عروج کې له مشهد څخه تر ډیلي پورې غځېدلې وه."),
    # split: the organisation said again by د دې سازمان
    ('health', "The World Health Organization says that 1.3 million people die in road accidents "
               "each year, and that most of them live in poor countries.",
               "د روغتیا نړیوال سازمان وايي چې هر کال ۱.۳ میلیون خلک د سړک په پېښو کې مري. د دې سازمان "
               "په وینا، ډېری یې په بېوزلو هېوادونو کې اوسېږي."),
    # a figure moved into the sentence after
    ('news', "Pakistan reopened the Torkham crossing on Friday after 12 days. Trucks began moving at "
             "8 a.m. About 600 trucks crossed on the first day.",
             "پاکستان د جمعې په ورځ د تورخم لاره بیا پرانیسته. دا لاره ۱۲ ورځې تړلې وه او لارۍ د سهار "
             "له ۸ بجو خوځېدل پیل کړل. په لومړۍ ورځ شاوخوا ۶۰۰ لارۍ تېرې شوې."),
    # a surname said by "this player"
    ('news', "Rashid Khan took 5 wickets against Ireland. Khan, 22, was named player of the match. "
             "Afghanistan won by 35 runs.",
             "راشد خان د ایرلنډ پر وړاندې ۵ ویکټونه واخیستل. دغه ۲۲ کلن لوبغاړی د لوبې غوره لوبغاړی "
             "وټاکل شو. افغانستان په ۳۵ منډو وګټله."),
    # names moved into the sentence before, the second Pashto sentence says همدلته
    pytest.param('news', "A powerful earthquake struck on Saturday morning. Its centre was near Jurm in "
                 "Badakhshan, officials said. At least 8 people were killed.",
                 "د شنبې په سهار د بدخشان د جرم ولسوالۍ سره نږدې یوه سخته زلزله وشوه. چارواکو وویل چې "
                 "د زلزلې مرکز همدلته و. لږ تر لږه ۸ تنه ووژل شول.", marks=MOVED),
    # a full name, then the surname said by هغې
    ('encyclopedia', "Malala Yousafzai was born in Mingora in 1997. In 2014, at the age of 17, "
                     "Yousafzai received the Nobel Peace Prize.",
                     "ملاله یوسفزۍ په ۱۹۹۷ کال کې په مینګوره کې زېږېدلې ده. هغې په ۲۰۱۴ کال کې د ۱۷ "
                     "کلنۍ په عمر د سولې نوبل جایزه ترلاسه کړه."),
    # merged: a figure and a name of the second English sentence in the first Pashto one
    ('news', "The UN said on Wednesday that it needs $4.4 billion for Afghanistan this year. The "
             "money would help 22 million people. Most of it is for food.",
             "ملګرو ملتونو د چهارشنبې په ورځ وویل چې سږکال افغانستان ته ۴.۴ میلیارد ډالرو ته اړتیا "
             "لري، ترڅو له ۲۲ میلیون خلکو سره مرسته وشي. ډېره برخه یې د خوړو لپاره ده."),
    # a figure moved into the sentence before; the last two English sentences merged
    ('encyclopedia', "The Kabul River rises in the Sanglakh range. It flows east for about 700 "
                     "kilometres. It joins the Indus near Attock.",
                     "کابل سیند چې شاوخوا ۷۰۰ کیلومتره اوږدوالی لري، د سنګلاخ له غرونو څخه سرچینه "
                     "اخلي. دا سیند ختیځ لور ته بهېږي او د اټک سره نږدې له سند سیند سره یوځای کېږي."),
    # merged: the surname's sentence joined to the full name's
    ('news', "Governor Gul Agha Sherzai visited the dam on Sunday. Sherzai said the dam would "
             "irrigate 30,000 hectares. Work on the dam began in 2019.",
             "والي ګل اغا شېرزی د یکشنبې په ورځ له بند څخه لیدنه وکړه او وې ویل چې دا بند به ۳۰۰۰۰ "
             "هکتاره ځمکه خړوبه کړي. پر دې بند کار په ۲۰۱۹ کال کې پیل شوی و."),
    # split: the names of the English sentence in the second Pashto sentence
    ('news', "Afghan carpets, woven mainly by women in Andkhoy and Aqcha, were exported to 40 "
             "countries last year.",
             "افغاني غالۍ تېر کال ۴۰ هېوادونو ته صادرې شوې. دا غالۍ ډېری په اندخوي او اقچه کې د ښځو "
             "له خوا اوبدل کېږي."),
    # the repeated surname said by the title
    ('news', "Foreign Minister Amir Khan Muttaqi met the Chinese ambassador in Kabul. Muttaqi asked "
             "China to invest in mining. Muttaqi also discussed a 2,000 km railway project.",
             "د بهرنیو چارو وزیر امیر خان متقي په کابل کې له چینايي سفیر سره وکتل. بهرنیو چارو وزیر "
             "له چین څخه وغوښتل چې د کانونو په برخه کې پانګونه وکړي. وزیر همداراز د ۲۰۰۰ کیلومتره "
             "اورګاډي د یوې پروژې په اړه خبرې وکړې."),
    # a year moved into the sentence after
    ('encyclopedia', "In 1919, Amanullah Khan became king. He declared the independence of "
                     "Afghanistan from Britain.",
                     "امان الله خان پاچا شو. هغه په ۱۹۱۹ کال کې له بریتانیا څخه د افغانستان خپلواکي "
                     "اعلان کړه."),
    # health: a dose moved across a split instruction
    ('health', "Give children under 5 years half a tablet of 250 mg twice a day for 3 days.",
               "له ۵ کلونو کم عمر ماشومانو ته د ۲۵۰ ملي ګرامه ګولۍ نیمه ورکړئ. دا دوا ورځ کې دوه ځله "
               "تر ۳ ورځو پورې ورکړئ."),
    # legal: the party named again by the role the contract gives it
    ('legal', "The seller, Ahmad Wali, agrees to sell the house at 14 Shahr-e Naw Street. Wali "
              "will hand over the keys within 10 days of payment.",
              "پلورونکی احمد ولي موافقه کوي چې د شهر نو سړک په ۱۴ نمبر کې خپل کور وپلوري. پلورونکی "
              "به د پیسو له ورکولو وروسته په ۱۰ ورځو کې کلي وسپاري."),
    # a river just named, called again by the noun of its kind alone (د سیند په اوږدو)
    ('encyclopedia', "The Nile flows north through Sudan and Egypt. Farmers along the Nile grow "
                     "cotton and wheat.",
                     "نیل سیند د سوډان او مصر له لارې شمال ته بهېږي. د سیند په اوږدو کې بزګران پنبه او "
                     "غنم کري."),
]



def _en(k: int) -> str:
    """The English document of CLEAN[k] (a plain row or a pytest.param)."""
    return getattr(CLEAN[k], "values", CLEAN[k])[1]


# (register, English document, Pashto document): a name or figure dropped, swapped or changed
CARELESS = [
    ('encyclopedia', _en(2),      # 2.6 km dropped from the whole document
     "د سالنګ تونل په ۱۹۶۴ کال کې بشپړ شو. دا تونل د افغانستان شمال له کابل سره نښلوي. دا تونل د "
     "۳۴۰۰ مترو په لوړوالي کې پروت دی."),
    ('news', _en(13),             # moved, and 12 days became 15
     "پاکستان د جمعې په ورځ د تورخم لاره بیا پرانیسته. دا لاره ۱۵ ورځې تړلې وه او لارۍ د سهار له ۸ "
     "بجو خوځېدل پیل کړل. په لومړۍ ورځ شاوخوا ۶۰۰ لارۍ تېرې شوې."),
    ('encyclopedia', _en(3),      # Bamyan dropped from the whole document
     "د بند امیر ډنډونه د هندوکش په غرونو کې پراته دي. دا ډنډونه په ۲۰۰۹ کال کې د افغانستان لومړنی "
     "ملي پارک شول."),
    ('encyclopedia', _en(3),      # moved, and Bamyan became Ghazni
     "د بند امیر ډنډونه د هندوکش په غرونو کې پراته دي. دا ډنډونه چې د غزني په ولایت کې دي، په ۲۰۰۹ "
     "کال کې د افغانستان لومړنی ملي پارک شول."),
    ('news', _en(8),              # Tashkent became Samarkand
     "اشرف غني د پنجشنبې په ورځ سمرقند ته ورسېد. غني له ولسمشر شوکت میرضیایف سره وکتل. دواړو "
     "مشرانو ۱۰ تړونونه لاسلیک کړل."),
    ('news', _en(15),             # moved, and Badakhshan dropped
     "د شنبې په سهار د جرم ولسوالۍ سره نږدې یوه سخته زلزله وشوه. چارواکو وویل چې د زلزلې مرکز "
     "همدلته و. لږ تر لږه ۸ تنه ووژل شول."),
    ('news', _en(17),             # merged, and 22 million dropped
     "ملګرو ملتونو د چهارشنبې په ورځ وویل چې سږکال افغانستان ته ۴.۴ میلیارد ډالرو ته اړتیا لري، "
     "ترڅو له خلکو سره مرسته وشي. ډېره برخه یې د خوړو لپاره ده."),
    ('encyclopedia', _en(11),     # merged, and Kandahar became Herat
     "احمد شاه دراني په ۱۷۴۷ کال کې د درانیانو امپراتوري جوړه کړه او هرات یې خپله پلازمېنه "
     "وګرځوله. دا امپراتوري په خپل عروج کې له مشهد څخه تر ډیلي پورې غځېدلې وه."),
    ('health', _en(5),            # Peshawar became Quetta
     "ډاکټرې نیلوفر احمدي د ملالۍ روغتون د زېږون برخې مشره ده. د هغې په وینا، هره ورځ هلته ۴۰ "
     "ماشومان زېږي. نوموړې په کوټه کې زده کړې کړې دي."),
    ('encyclopedia', _en(18),     # moved, and 700 km became 900 km
     "کابل سیند چې شاوخوا ۹۰۰ کیلومتره اوږدوالی لري، د سنګلاخ له غرونو څخه سرچینه اخلي. دا سیند "
     "ختیځ لور ته بهېږي او د اټک سره نږدې له سند سیند سره یوځای کېږي."),
    ('news', _en(1),              # merged, and 35 houses became 53
     "د سه شنبې په ورځ په ننګرهار کې درنو بارانونو سېلابونه راوستل چې ۵۳ کورونه یې ویجاړ کړل. "
     "چارواکو وویل چې ۶ تنه مړه شوي دي."),
    ('news', _en(19),             # merged, and 30,000 hectares became 3,000
     "والي ګل اغا شېرزی د یکشنبې په ورځ له بند څخه لیدنه وکړه او وې ویل چې دا بند به ۳۰۰۰ هکتاره "
     "ځمکه خړوبه کړي. پر دې بند کار په ۲۰۱۹ کال کې پیل شوی و."),
    ('news', _en(0),              # split, and $12 million dropped
     "د عامې روغتیا وزیر قلندر عباد د دوشنبې په ورځ په کندهار کې یو ۲۰۰ بستریز روغتون پرانیست. "
     "وزیر وویل چې دا روغتون به شاوخوا ۱.۵ میلیون خلکو ته خدمت وکړي. هغه له جاپان څخه مننه وکړه "
     "چې د ودانۍ لګښت یې ورکړ."),
    ('encyclopedia', _en(22),     # moved, and 1919 became 1929
     "امان الله خان پاچا شو. هغه په ۱۹۲۹ کال کې له بریتانیا څخه د افغانستان خپلواکي اعلان کړه."),
    ('news', _en(20),             # split, and Aqcha became Shibirghan
     "افغاني غالۍ تېر کال ۴۰ هېوادونو ته صادرې شوې. دا غالۍ ډېری په اندخوي او شبرغان کې د ښځو له "
     "خوا اوبدل کېږي."),
    ('news', _en(21),             # Muttaqi dropped from the second sentence, no title left
     "د بهرنیو چارو وزیر امیر خان متقي په کابل کې له چینايي سفیر سره وکتل. له چین څخه غوښتنه وشوه "
     "چې د کانونو په برخه کې پانګونه وکړي. وزیر همداراز د ۲۰۰۰ کیلومتره اورګاډي د یوې پروژې په اړه "
     "خبرې وکړې."),
    ('legal', _en(24),            # Wali, the seller, became the buyer
     "پلورونکی احمد ولي موافقه کوي چې د شهر نو سړک په ۱۴ نمبر کې خپل کور وپلوري. پېرودونکی به د "
     "پیسو له ورکولو وروسته په ۱۰ ورځو کې کلي وسپاري."),
    ('encyclopedia', _en(25),     # the Nile became the Kabul river
     "نیل سیند د سوډان او مصر له لارې شمال ته بهېږي. د کابل سیند په اوږدو کې بزګران پنبه او غنم "
     "کري."),
    ('encyclopedia', "Farmers along the Nile grow cotton and wheat.",   # never named before
     "د سیند په اوږدو کې بزګران پنبه او غنم کري."),
    # dropped, and written next door only where that sentence's English names it too
    ('news', "Fighting broke out in Kunduz on Monday. The Taliban entered the city of Kunduz at night.",
     "د دوشنبې په ورځ جګړه ونښته. طالبان د شپې د کندز ښار ته ننوتل."),
    # dropped, the same figure next door is that sentence's own
    ('news', "Prices rose 5 percent in May. Wages rose 5 percent in June.",
     "په مۍ کې بیې لوړې شوې. په جون کې معاشونه ۵ سلنه لوړ شول."),
]


#: round 2 (written after the fixes above): a person named in full, then by the surname that
#: Pashto leaves to the weak pronoun یې (the agent of a past transitive verb) or to the verb's
#: agreement alone (pro-drop)
CLITIC = pytest.mark.xfail(strict=True, reason=(
    "the weak pronoun یې for a person just named: accepting it (tried in s23) silenced 2 real tuning "
    "omissions (ntrex, nllbseed2) and 1 held-out one, and removed no bench false alarm"))
PRO_DROP = pytest.mark.xfail(strict=True, reason=(
    "the subject left to the verb's agreement (مېشت شو, 'settled'): every Pashto sentence without a "
    "subject would carry any person named before"))
CLEAN2 = [
    pytest.param('encyclopedia', "Gloria Swanson was born in Chicago in 1899. In 1915, Swanson began "
                 "acting in films.",
                 "ګلوریا سوانسن په ۱۸۹۹ کال کې په شیکاګو کې زېږېدلې وه. په ۱۹۱۵ کال کې یې په فلمونو کې لوبې "
                 "پیل کړې.", marks=CLITIC),
    pytest.param('encyclopedia', "Marie Curie studied in Paris. In 1903, Curie won the Nobel Prize in "
                 "Physics.",
                 "ماري کوري په پاریس کې زده کړې وکړې. په ۱۹۰۳ کال کې یې د فزیک نوبل جایزه وګټله.", marks=CLITIC),
    pytest.param('encyclopedia', "Ibn Battuta left Tangier in 1325. Over 30 years, Ibn Battuta travelled "
                 "about 120,000 km.",
                 "ابن بطوطه په ۱۳۲۵ کال کې له طنجې ووت. په ۳۰ کلونو کې یې شاوخوا ۱۲۰۰۰۰ کیلومتره سفر وکړ.",
                 marks=CLITIC),
    ('encyclopedia', "Abdul Ghafar Khan founded the Khudai Khidmatgar movement. Ghafar Khan spent 27 "
                     "years in prison.",
     "عبدالغفار خان د خدايي خدمتګار غورځنګ جوړ کړ. ده ۲۷ کاله په زندان کې تېر کړل."),
    ('health', "Dr. Tedros said the virus was spreading quickly. Tedros urged countries to test every "
               "suspected case.",
     "ډاکټر تېدروس وویل چې ویروس په چټکۍ خپرېږي. هغه له هېوادونو وغوښتل چې هره شکمنه پېښه معاینه کړي."),
    ('health', "Louis Pasteur developed a vaccine against rabies in 1885. Pasteur first tested it on a boy.",
     "لوئي پاستور په ۱۸۸۵ کال کې د لېوني سپي د ناروغۍ پر ضد واکسین جوړ کړ. لومړی یې دا واکسین پر یوه "
     "هلک وازمایه."),
    pytest.param('encyclopedia', "Rumi was born in Balkh in 1207. Later, Rumi settled in Konya, where "
                 "Rumi wrote the Masnavi.",
                 "مولانا جلال الدین بلخي په ۱۲۰۷ کال کې په بلخ کې زېږېدلی و. وروسته په قونیه کې مېشت شو او "
                 "هلته یې مثنوي ولیکله.", marks=PRO_DROP),
    pytest.param('news', "Mohammad Nabi scored 50 runs. Nabi also took two wickets.",
                 "محمد نبي ۵۰ منډې جوړې کړې. دوه ویکټونه یې هم واخیستل.", marks=CLITIC),
]


def _en2(k: int) -> str:
    return getattr(CLEAN2[k], "values", CLEAN2[k])[1]


CARELESS2 = [
    ('encyclopedia', _en2(0),     # Swanson dropped, the verb made passive
     "ګلوریا سوانسن په ۱۸۹۹ کال کې په شیکاګو کې زېږېدلې وه. په ۱۹۱۵ کال کې په فلمونو کې لوبې پیل شوې."),
    ('encyclopedia', _en2(1),     # Curie dropped, the prize "was given"
     "ماري کوري په پاریس کې زده کړې وکړې. په ۱۹۰۳ کال کې د فزیک نوبل جایزه ورکړل شوه."),
    ('news', _en2(7),             # Nabi became Rashid Khan
     "محمد نبي ۵۰ منډې جوړې کړې. راشد خان دوه ویکټونه هم واخیستل."),
    ('news', _en2(7),                  # ... and the resumptive یې kept
     "محمد نبي ۵۰ منډې جوړې کړې. راشد خان دوه ویکټونه یې هم واخیستل."),
    ('encyclopedia', _en2(0),     # Swanson became Charlie Chaplin
     "ګلوریا سوانسن په ۱۸۹۹ کال کې په شیکاګو کې زېږېدلې وه. په ۱۹۱۵ کال کې چارلي چاپلین په فلمونو کې "
     "لوبې پیل کړې."),
]


#: round 3: a figure the English repeats after "the" in the next sentence, which the Pashto says
#: once and then refers back to (دا کورونه "these houses", دغو ماشومانو, دا پیسې)
CLEAN3 = [
    ('news', "Floods destroyed 120 houses in Kunar. The government will rebuild the 120 houses before winter.",
     "سېلابونو په کونړ کې ۱۲۰ کورونه ویجاړ کړل. حکومت به دا کورونه تر ژمي مخکې بیا جوړ کړي."),
    ('health', "The clinic vaccinated 3,500 children in May. The 3,500 children will receive a second "
               "dose in June.",
     "کلینیک د مۍ په میاشت کې ۳۵۰۰ ماشومان واکسین کړل. دغو ماشومانو ته به د جون په میاشت کې دویم ډوز "
     "ورکړل شي."),
    ('legal', "The buyer shall pay $5,000 on signing. The $5,000 shall not be refunded.",
     "پېرودونکی به د لاسلیک پر مهال ۵۰۰۰ ډالره ورکوي. دا پیسې به بېرته نه ورکول کېږي."),
]
CARELESS3 = [
    ('news', CLEAN3[0][1],             # repeated, and changed
     "سېلابونو په کونړ کې ۱۲۰ کورونه ویجاړ کړل. حکومت به ۱۰۰ کورونه تر ژمي مخکې بیا جوړ کړي."),
    ('news', "Floods destroyed houses in Kunar. The government will rebuild the 120 houses before winter.",
     "سېلابونو په کونړ کې کورونه ویجاړ کړل. حکومت به دا کورونه تر ژمي مخکې بیا جوړ کړي."),  # never given
    ('health', CLEAN3[1][1],           # dropped where it was first given
     "کلینیک د مۍ په میاشت کې ماشومان واکسین کړل. دغو ۳۵۰۰ ماشومانو ته به د جون په میاشت کې دویم ډوز "
     "ورکړل شي."),
]


ALL_CLEAN = CLEAN + CLEAN2 + CLEAN3
ALL_CARELESS = CARELESS + CARELESS2 + CARELESS3
_IDS = [f"r{r}_{k}" for r, rows in enumerate((CLEAN, CLEAN2, CLEAN3), 1) for k in range(len(rows))]
_CARELESS_IDS = [f"r{r}_{k}" for r, rows in enumerate((CARELESS, CARELESS2, CARELESS3), 1) for k in range(len(rows))]


@pytest.mark.parametrize("register,en,ps", ALL_CLEAN, ids=_IDS)
def test_restructured_translation_is_clean(register, en, ps, encoder):
    assert reported(en, ps, encoder) == []


@pytest.mark.parametrize("register,en,ps", ALL_CARELESS, ids=_CARELESS_IDS)
def test_careless_translation_is_caught(register, en, ps, encoder):
    assert reported(en, ps, encoder, CAUGHT), "not caught"
