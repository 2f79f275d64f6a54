"""Antonyms a careless translator swaps (stop 21, from the hand-planted errors of
``bench/data/handwritten3_careless``, tuning part): compass directions, common / rare, strong /
weak, male / female, majority / minority, rich / poor, hot / cold, alive / dead
(``polarity_en_ps.tsv``; NEG-POLARITY compares a group's pole only where each side says one pole of
it and no verb negation turns it around).  The correct renderings below are the kinds the eight
tuning parts showed false at the first run of these rows (a kinship word says a sex: "men who
took slaves as wives" ↔ میرمنې; "cold, hotness" ↔ یخې او ګرمې; "common … abnormalities" ↔ غیر
معمولي) and homographs (عامه روغتیا "public health").

First contact on the start code 86c7735: 0 of 12 careless pairs caught, 12 of 12 correct pairs clean.
"""
import pytest

from tests.helpers import reported_codes as reported

CARELESS = [
    ('The village lies north of Kabul.', 'کلی د کابل په سوېل کې پروت دی.'),
    ('The camp is in the eastern part of the province.', 'کمپ د ولایت په لوېدیځه برخه کې دی.'),
    ('Serious side effects are very rare.', 'جدي جانبي اغېزې ډېرې عامې دي.'),
    ('Malaria is common in the lowlands.', 'ملاریا په ټیټو سیمو کې نادره ده.'),
    ('The storm was strong.', 'توپان کمزوری و.'),
    ('The economy remains weak.', 'اقتصاد لا هم پیاوړی دی.'),
    ('Most of the victims were women.', 'ډېری قربانیان نارینه وو.'),
    ('Two girls were injured.', 'دوه هلکان ټپیان شول.'),
    ('The minority party won the vote.', 'اکثریت ګوند رایه وګټله.'),
    ('The poorest families receive cash aid.', 'تر ټولو شتمنې کورنۍ نغدې مرستې ترلاسه کوي.'),
    ('The nights are cold in the desert.', 'په دښته کې شپې ګرمې دي.'),
    ('Rescuers found two miners alive.', 'ژغورونکو دوه کانکیندونکي مړه وموندل.'),
]

CLEAN = [
    ('The village lies north of Kabul.', 'کلی د کابل په شمال کې پروت دی.'),
    ('South Sudan and North Korea voted against.', 'جنوبي سوډان او شمالي کوریا مخالفه رایه ورکړه.'),
    ('Serious side effects are very rare.', 'جدي جانبي اغېزې ډېرې نادرې دي.'),
    ('Such cases are rare in public hospitals.', 'دا ډول پېښې په عامه روغتونونو کې لږې لیدل کېږي.'),
    ('Rare diseases are a public health challenge.', 'نادرې ناروغۍ د عامې روغتیا ننګونه ده.'),
    ('Sometimes men who took slaves as wives freed them.', 'ځینې وختونه هغو کسانو چې وینځې یې میرمنې نیولې وې، هغوی خوشې کړې.'),
    ('Lady Macbeth urged her husband to kill the king.', 'میرمن مکبیت خپل خاوند دې ته وهڅاوه چې پاچا ووژني.'),
    ('Climate change brings storms, drought, cold and heat.', 'د اقلیم بدلون توپانونه، وچکالي، یخې او ګرمې څپې راولي.'),
    ('Common laboratory abnormalities include low platelets.', 'عام لابراتواري غیر معمولي حالتونه د ټیټو صفحاتو شمېر دی.'),
    ('The storm was strong.', 'توپان قوي و.'),
    ('Most of the victims were women.', 'ډېری قربانیان ښځې وې.'),
    ('The nights are cold in the desert.', 'په دښته کې شپې سړې دي.'),
]


# second batch: positive / negative, public / private, urban / rural, domestic / foreign, full / empty,
# inside / outside.  First contact on 86c7735: 0 of 6 careless caught, 6 of 6 correct clean.
CARELESS_2 = [
    ('Three more patients tested positive.', 'درې نور ناروغان منفي وو.'),
    ('Most clinics in the district are private.', 'په ولسوالۍ کې ډېری کلینیکونه عمومي دي.'),
    ('Rural families were hit hardest.', 'ښاري کورنۍ تر ټولو ډېرې زیانمنې شوې.'),
    ('Domestic flights resumed on Monday.', 'بهرنۍ الوتنې د دوشنبې په ورځ بیا پیل شوې.'),
    ('The reservoir is almost empty.', 'زېرمه نږدې ډکه ده.'),
    ('Children should play indoors during the heatwave.', 'ماشومان باید د تودې څپې پر مهال بهر لوبې وکړي.'),
]
CLEAN_2 = [
    ('Three more patients tested positive.', 'درې نور ناروغان مثبت وو.'),
    ('The public and private sectors signed the plan.', 'عامه او خصوصي سکتورونو پلان لاسلیک کړ.'),
    ('Rural families were hit hardest.', 'کلیوالې کورنۍ تر ټولو ډېرې زیانمنې شوې.'),
    ('The contrast between the interior and exterior design is strict.', 'د دنني او بهرني ډیزاین ترمنځ توپیر سخت دی.'),
    ('The reservoir is almost empty.', 'زېرمه نږدې تشه ده.'),
    ('Children should play indoors during the heatwave.', 'ماشومان باید د تودې څپې پر مهال دننه لوبې وکړي.'),
]


@pytest.mark.parametrize("en,ps", CARELESS + CARELESS_2)
def test_swapped_antonym_is_caught(en, ps):
    assert "NEG-POLARITY" in reported(en, ps)


@pytest.mark.parametrize("en,ps", CLEAN + CLEAN_2)
def test_correct_rendering_is_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith("NEG-")] == []
