"""Issue 11, quantities on unseen text: probe pairs written by helper Q for the mechanisms behind
the false alarms of the TICO-19 tuning part (health and science writing: PubMed statistics,
virus and gene names, seasons, fractions, approximations), in varied registers (health,
clinical, legal, technical, news, sport).  Not taken from any corpus: each CLEAN pair is a
correct translation that must come out with no number, unit or date warning; each WRONG pair
changes one quantity the way a careless translator does and must be caught by a number, unit
or date finding."""
from __future__ import annotations

from fractions import Fraction

import pytest

from aligner.lang.dates import find_dates
from aligner.lang.quantities import extract_quantities
from tests.test_numbers_probes_h5 import test_probe as _h5_probe

CLEAN = [
    # --- a season or fiscal year typed right to left in Pashto: 20-2019 is 2019–20 ------------
    ("The 2019–20 season was suspended in March.", "د 20-2019 فصل د مارچ په میاشت کې وځنډول شو."),
    ("The 2021-22 budget was approved by parliament.", "د ۲۲-۲۰۲۱ بودیجه د پارلمان له خوا تصویب شوه."),
    ("Figures for 2018–19 and 2019–20 are compared below.",
     "د 19-2018 او 20-2019 شمېرې لاندې سره پرتله شوې دي."),
    # --- digits of a name kept in Pashto letters (HKU1, OC43), numbered sub-items (1a, 1b) -----
    ("Human coronavirus HKU1 was first described in 2005.",
     "انساني کوروناوېروس ایچ کې یو1 لومړی ځل په ۲۰۰۵ کال کې تشریح شو."),
    ("Strain OC43 causes the common cold.", "د او سي43 ډول عادي زکام رامنځته کوي."),
    ("Reading frames 1a and 1b encode the replicase.", "د لوستلو چوکاټونه 1a او 1b ریپلیکیس جوړوي."),
    ("See items 2a and 2b of the form.", "د فورمې 2a او 2b توکي وګورئ."),
    ("In 2020, 300 cases were reported.", "په2020 کې 300 پېښې راپور شوې."),   # older orthography glues په
    # --- a number after # is a number; a hashtag is not ------------------------------------------
    ("Questions #1 and 2 remain open.", "د 1 او 2 شمېرو پوښتنې لا ځواب شوې نه دي."),
    ("The campaign used the tag #StayHome2020.", "کمپاین د #StayHome2020 نښه وکاروله."),
    # --- the digits of a name the code in brackets restates ------------------------------------
    ("Coronavirus disease 2019 (COVID-19) spread quickly.", "د کورونا ویروس ناروغي (COVID-19) په چټکۍ سره خپره شوه."),
    ("It is caused by severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2).",
     "دا د شدید حاد تنفسي سنډروم کورونا ویروس (SARS-CoV-2) له امله رامنځته کېږي."),
    # --- dozen, lakh spelled لاک ------------------------------------------------------------------
    ("Around two dozen MPs were infected.", "د پارلمان شاوخوا دوه درجن غړي اخته شول."),
    ("A dozen eggs cost 150 afghanis.", "یو درجن هګۍ ۱۵۰ افغانۍ بیه لري."),
    ("At least 126,000 cases were confirmed.", "لږ تر لږه یو لاک او شپږ ویشت زره پېښې تایید شوې."),
    ("The fund reached 300,000 rupees.", "صندوق درې لاکه روپیو ته ورسېد."),
    # --- fractions said as "x over the y-th part", with په or a cardinal ------------------------
    ("Two-thirds of the early cases were linked to the market.",
     "د لومړنیو پېښو دوه په دریمه برخه له بازار سره تړلې وې."),
    ("The two frames occupy the first two-thirds of the genome.",
     "دا دوه چوکاټونه د جینوم لومړۍ دوه پر درې برخه نیسي."),
    ("A two-thirds majority of the assembly is required.", "د جرګې د دوه پر درې برخې اکثریت ته اړتیا ده."),
    ("The patients were seen on the third day.", "ناروغان په دریمه ورځ ولیدل شول."),
    # --- an ordinal word that names a part ---------------------------------------------------------
    ("The genes sit in the last third of the genome.", "جینونه د جینوم په وروستۍ درېیمه برخه کې دي."),
    ("Most rain falls in the first quarter of the year.", "ډېر باران د کال په لومړۍ څلورمه برخه کې ورېږي."),
    # --- much fewer than; more than (with a compound verb کم کړي) ---------------------------------
    ("Fewer than 4,000 tests had been done by then.", "تر هغه وخته له ۴۰۰۰ څخه ډېر کم ازموینې شوې وې."),
    ("The plant will cut emissions by more than 40%.", "فابریکه به اخراج له ۴۰٪ څخه ډیر کم کړي."),
    ("Fewer than 50 beds were free.", "له ۵۰ څخه کم بسترونه خالي وو."),
    # --- a homograph number word and the digits that restate it -----------------------------------
    ("The sequence was released seven days later.", "اوه (7) ورځې وروسته ترتیب خپور شو."),
    # --- months sharing the year written once; a date kept in English --------------------------
    ("In January and February 2020, five million people lost their jobs.",
     "د ۲۰۲۰ کال په جنوري او فبروري میاشتو کې پنځه میلیونه کسان بېکاره شول."),
    ("Schools closed in March and April 2020.", "ښوونځي په مارچ او اپرېل ۲۰۲۰ کې وتړل شول."),
    ("According to a report on March 3, the stores had no plans.", "د March 3 د راپور له مخې، پلورنځیو هېڅ پلان نه درلود."),
    # --- citation numbers, dropped or kept -----------------------------------------------------------
    ("The virus spread quickly in Wuhan [12, 13].", "ویروس په ووهان کې په چټکۍ سره خپور شو."),
    ("Similar results were reported earlier [12–14].", "ورته پایلې مخکې هم راپور شوې وې [۱۲–۱۴]."),
    ("Masks reduce transmission (refs. 3-5).", "ماسکونه د ناروغۍ لېږد کموي."),
    # --- registers around the same mechanisms (legal, technical, news) -------------------------
    ("Article 5(1) applies to fiscal year 2022/23.", "د ۵مې مادې (۱) بند د ۲۳-۲۰۲۲ مالي کال ته اړه لري."),
    ("The H1N1 pandemic of 2009 killed thousands.", "د ۲۰۰۹ کال د H1N1 وبا زرګونه کسان ووژل."),
    ("Version 3.2 fixes 14 bugs.", "۳.۲ نسخه ۱۴ تېروتنې سموي."),
    # --- a century of runs; twofold and dual said with ګونه ----------------------------------------
    ("He scored a century against England.", "هغه د انګلستان پر وړاندې سل منډې جوړې کړې."),
    ("The bridge is more than a century old.", "دا پل له یوې پېړۍ څخه زیات زوړ دی."),
    ("Two centuries ago the valley was a lake.", "دوه پېړۍ وړاندې دره یو جهيل و."),
    ("Cases doubled within a week.", "په یوه اونۍ کې پېښې دوه ګونې شوې."),
    ("He holds dual citizenship.", "هغه دوه ګونی تابعیت لري."),
    ("In the 19th century, 1,000 people lived in the valley.", "په نولسمه پېړۍ کې په دره کې ۱۰۰۰ کسان اوسېدل."),
]

WRONG = [
    ("The 2019–20 season was suspended in March.", "د 21-2019 فصل د مارچ په میاشت کې وځنډول شو."),
    ("The 2021-22 budget was approved by parliament.", "د ۲۳-۲۰۲۲ بودیجه د پارلمان له خوا تصویب شوه."),
    ("Questions #1 and 2 remain open.", "د 1 او 3 شمېرو پوښتنې لا ځواب شوې نه دي."),
    ("Of 200 patients [7], 30 died.", "له ۲۰۰ ناروغانو څخه ۴۰ مړه شول [۷]."),
    ("He paid 300 dollars for the test.", "هغه د ازموینې لپاره ډالر400 ورکړل."),   # a word glued to digits, no name
    ("In 2020, 300 cases were reported.", "په2020 کې 400 پېښې راپور شوې."),
    ("Around two dozen MPs were infected.", "د پارلمان شاوخوا درې درجن غړي اخته شول."),
    ("Around two dozen MPs were infected.", "د پارلمان شاوخوا دوه غړي اخته شول."),
    ("At least 126,000 cases were confirmed.", "لږ تر لږه یو لاک او شپږ زره پېښې تایید شوې."),
    ("Two-thirds of the early cases were linked to the market.",
     "د لومړنیو پېښو دوه په څلورمه برخه له بازار سره تړلې وې."),
    ("The genes sit in the last third of the genome.", "جینونه د جینوم په وروستۍ څلورمه برخه کې دي."),
    ("Fewer than 4,000 tests had been done by then.", "تر هغه وخته له ۴۰۰۰ څخه ډېر ازموینې شوې وې."),
    ("The sequence was released seven days later.", "اوه (8) ورځې وروسته ترتیب خپور شو."),
    ("In January and February 2020, five million people lost their jobs.",
     "د ۲۰۲۱ کال په جنوري او فبروري میاشتو کې پنځه میلیونه کسان بېکاره شول."),
    ("According to a report on March 3, the stores had no plans.", "د March 5 د راپور له مخې، پلورنځیو هېڅ پلان نه درلود."),
    ("The mortality was 1.44% (95% CI: 1.10-1.86%).", "مړینه 1.44% وه (95% CI: 1.10-1.68%)."),
    ("Malaysia donated 18 million gloves.", "مالیزیا ملیونه دستکشې ډالۍ کړې."),
    ("The 1890s flu pandemic may have been a coronavirus.", "د ۱۹۸۰ لسیزې د انفلوینزا وبا ښایي کوروناوېروس وه."),
    ("Version 3.2 fixes 14 bugs.", "۳.۲ نسخه ۱۶ تېروتنې سموي."),
    ("He scored a century against England.", "هغه د انګلستان پر وړاندې ۵۰ منډې جوړې کړې."),
    ("In the 19th century, 1,000 people lived in the valley.", "په نولسمه پېړۍ کې په دره کې ۱۰۰ کسان اوسېدل."),
    ("Two centuries ago the valley was a lake.", "درې پېړۍ وړاندې دره یو جهيل و."),
    ("Cases doubled within a week.", "په یوه اونۍ کې پېښې درې ګونې شوې."),
]


@pytest.mark.parametrize("en,ps,wrong", [(en, ps, False) for en, ps in CLEAN] + [(en, ps, True) for en, ps in WRONG])
def test_probe(en, ps, wrong):
    """A correct rendering has no warning at all; a careless one has a quantity finding (the
    same judgement as the H5 probes)."""
    _h5_probe(en, ps, wrong)


def _read(text: str, lang: str):
    return [(q.text, q.kind, q.value, q.high) for q in extract_quantities(text, lang)]


def test_readings_behind_the_probes():
    """One reading per mechanism, so that a probe passing by accident shows."""
    assert _read("20-2019 NBA", "ps") == [("20-2019", "range", 2019, 2020)]
    assert _read("ایچ کې یو1", "ps") == [("یو", "number", 1, None)]        # the word, never the glued digit
    assert _read("frames 1a and 1b", "en") == []
    assert _read("#1 and 2", "en") == [("1", "number", 1, None), ("2", "number", 2, None)]
    assert _read("دوه درجن", "ps") == [("دوه درجن", "number", 24, None)]
    assert _read("یو لاک او شپږ ویشت زره", "ps") == [("یو لاک او شپږ ویشت زره", "number", 126000, None)]
    assert _read("دوه په دریمه برخه", "ps")[0][1:3] == ("fraction", Fraction(2, 3))
    assert _read("دوه پر درې برخه", "ps")[0][1:3] == ("fraction", Fraction(2, 3))
    assert [k for _, k, *_ in _read("دوه په دریمه ورځ", "ps")] == ["number", "ordinal"]
    assert _read("the last third of it", "en") == [("third", "fraction", Fraction(1, 3), None)]
    assert _read("the third of five", "en")[0][1] == "ordinal"
    (q,) = extract_quantities("له ۴۰۰۰ څخه ډېر کم", "ps")
    assert q.approx == "under"
    (q,) = extract_quantities("له ۴۰٪ څخه ډیر کم کړي", "ps")
    assert q.approx == "over"
    named, plain, _ = extract_quantities("disease 2019 (COVID-19) and 3 (three)", "en")
    assert named.label and named.value == 2019 and not plain.label
    # a letter's name glued to digits is a code (HKU1); another word glued to them is not
    assert [q.text for q in extract_quantities("په لومړي سر2003 کی", "ps")][-1] == "2003"
    # "a century" / "his century" may be 100 (runs); "the 19th century", "last century" never
    (c,) = extract_quantities("He scored a century.", "en", include_labels=True)
    assert c.maybe and c.value == 100
    assert extract_quantities("in the last century", "en", include_labels=True) == []
    assert [q.value for q in extract_quantities("in the 19th century", "en", include_labels=True)] == [19]


def test_months_share_the_year_written_once():
    assert [d.original for d in find_dates("In January and February 2020", "en")] == [(2020, 1, None), (2020, 2, None)]
    assert [d.original for d in find_dates("د ۲۰۲۰ کال په جنوري او فبروري میاشتو کې", "ps")] == \
        [(2020, 1, None), (2020, 2, None)]
    assert [d.original for d in find_dates("in May and April 2020", "en")] == [(None, 5, None), (2020, 4, None)]
