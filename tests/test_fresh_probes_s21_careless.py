"""Mechanisms behind the hand-planted careless errors the checks missed on the tuning part of
``bench/data/handwritten3_careless`` (stop 21, ``bench/careless_recall.py``), each pinned by probes
written by hand for the mechanism, with correct renderings that must stay clean.

* "protect" is a weak English negation (Pashto often says it with a negated purpose clause), so a
  نه added to the verb that renders it (ساتي، ژغوري) was taken for that purpose clause; and "protect
  X against Y" made "against" a second weak negation: against after a verb of protection says
  "from" (negators.tsv shield; negation_renderings.tsv protect).
* "did not rule out" ↔ "امکان ردوي" (rejects the possibility): the word of possibility was taken
  for the litotes "not ruled out = possible" although a word of rejection stands beside it.
* A weekday named on its own (on Thursday ↔ د جمعې په ورځ) was never compared; only a weekday
  written right before a date was.
* Polarity data: برابر in its inflected forms (unequal ↔ برابرو), acquitted / convicted
  (بې ګناه، برائت ↔ مجرم، محکوم), raised / lowered as verbs.

First contact on the start code 86c7735 (this file run on its export): 4 of 16 careless pairs
caught, 14 of 14 correct pairs clean; now 16 of 16 and 14 of 14.
"""
import pytest

from tests.helpers import reported_codes as reported

CARELESS = [
    # a negation added to the verb of protection
    ('The vaccine protects children against measles.', 'واکسین ماشومان له شرې څخه نه ساتي.', 'NEG-'),
    ('Masks protect health workers.', 'ماسکونه روغتیايي کارکوونکي نه ساتي.', 'NEG-'),
    ('The new levee protects the village from floods.', 'نوی بند کلی له سېلابونو څخه نه ژغوري.', 'NEG-'),
    # "not rule out" rendered as "rules out"
    ('The minister did not rule out new elections.', 'وزیر د نویو ټاکنو امکان رد کړ.', 'NEG-'),
    ('Officials have not ruled out sabotage.', 'چارواکو د تخریب امکان رد کړی دی.', 'NEG-'),
    # a weekday changed
    ('The clinic is closed on Thursday.', 'کلینیک د جمعې په ورځ تړلی دی.', 'DATE-'),
    ('Voting starts on Saturday morning.', 'رایه ورکول د یکشنبې په سهار پیلېږي.', 'DATE-'),
    ('The talks, held on Tuesday and Wednesday, ended without a deal.',
     'خبرې اترې چې د دوشنبې او چهارشنبې په ورځو وشوې، پرته له هوکړې پای ته ورسېدې.', 'DATE-'),
    # polarity
    ('The unequal treaties weakened the court.', 'برابرو تړونونو دربار کمزوری کړ.', 'NEG-'),
    ('Women still face unequal pay.', 'ښځې لا هم له برابر معاش سره مخ دي.', 'NEG-'),
    ('The former minister was acquitted.', 'پخوانی وزیر مجرم اعلان شو.', 'NEG-'),
    ('The driver was convicted of manslaughter.', 'چلوونکی له ناقصدي وژنې برائت وموند.', 'NEG-'),
    ('The central bank lowered its policy rate.', 'مرکزي بانک خپله پالیسي نرخ لوړ کړ.', 'NEG-'),
    ('The company raised prices twice this year.', 'شرکت سږکال دوه ځله بیې ټیټې کړې.', 'NEG-'),
    ('The court acquitted both defendants.', 'محکمې دواړه تورن محکوم کړل.', 'NEG-'),
    ('Two doses protect about 97% of children.', 'دوه دوزه شاوخوا ۹۷٪ ماشومان نه ساتي.', 'NEG-'),
]

CLEAN = [
    ('The vaccine protects children against measles.', 'واکسین ماشومان له شرې څخه ساتي.'),
    ('The vaccine protects children against measles.', 'واکسین ماشومان د شرې پر وړاندې ساتي.'),
    ('Boil water to protect children from diarrhoea.', 'اوبه وخوټوئ ترڅو ماشومان په نس ناستې اخته نه شي.'),
    ('Health workers were vaccinated against polio.', 'روغتیايي کارکوونکي د پولیو پر ضد واکسین شول.'),
    ('Members voted against the bill.', 'غړو د قانون د مسودې پر ضد رایه ورکړه.'),
    ('The minister did not rule out new elections.', 'وزیر د نویو ټاکنو امکان رد نه کړ.'),
    ('A second wave cannot be ruled out.', 'د دویمې څپې امکان شته.'),
    ('The clinic is closed on Thursday.', 'کلینیک د پنجشنبې په ورځ تړلی دی.'),
    ('Talks resume in Dushanbe on Tuesday.', 'خبرې اترې د سه شنبې په ورځ په دوشنبې کې بیا پیلېږي.'),
    ('The Friday prayer was cancelled.', 'د جمعې لمونځ لغوه شو.'),
    ('The unequal treaties weakened the court.', 'نابرابرو تړونونو دربار کمزوری کړ.'),
    ('The former minister was acquitted.', 'پخوانی وزیر بې ګناه اعلان شو.'),
    ('The court acquitted him of murder but convicted him of theft.',
     'محکمې هغه له وژنې برائت ورکړ خو په غلا یې محکوم کړ.'),
    ('The central bank lowered its policy rate.', 'مرکزي بانک خپله پالیسي نرخ ټیټ کړ.'),
]


@pytest.mark.parametrize("en,ps,prefix", CARELESS)
def test_careless_rendering_is_caught(en, ps, prefix):
    assert any(c.startswith(prefix) for c in reported(en, ps))


@pytest.mark.parametrize("en,ps", CLEAN)
def test_correct_rendering_is_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith(("NEG-", "DATE-"))] == []
