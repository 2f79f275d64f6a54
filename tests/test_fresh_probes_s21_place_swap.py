"""An unlisted place put for a listed one (stop 21, from the hand-planted errors of
``bench/data/handwritten3_careless``, tuning part: "a goldsmith from Mainz" ↔ د ستراسبورګ).

A one-word name with no evidence of its own (not listed, used once, not foreign-looking) was never
reported: many capitalised words are no names.  Now, after a preposition of place, where the Pashto
renders it by no word and names a listed place the English does not, ENTITY-MISMATCH reports one
place put for another (strength of "no own evidence").  Not where the listed place is the name's
own family (a Malay village ↔ په مالیزیا کې) or part of its rendering by sound (Mesoamerica ↔
مېسو امريکه): the two false alarms of the tuning parts at the rule's first run.

First contact on the start code 86c7735: 2 of 4 careless pairs caught (Gwadar and Bamyan are listed
places; the unlisted Mainz was not reported), 7 of 7 correct pairs clean.
"""
import pytest

from tests.helpers import reported_codes as reported

CARELESS = [
    ('Gutenberg was a goldsmith from Mainz.', 'ګوتنبرګ د ستراسبورګ یو زرګر و.'),
    ('The printer moved to Mainz in 1448.', 'چاپګر په ۱۴۴۸ کال کې پاریس ته لاړ.'),
    ('The delegation arrived from Gwadar on Monday.', 'پلاوی د دوشنبې په ورځ له کراچۍ څخه راورسېد.'),
    ('She taught at a school near Bamyan.', 'هغې د هرات سره نږدې په یوه ښوونځي کې تدریس کاوه.'),
]

CLEAN = [
    ('Gutenberg was a goldsmith from Mainz.', 'ګوتنبرګ د ماینز یو زرګر و.'),
    ('Gutenberg was a goldsmith from Mainz.', 'ګوتنبرګ د آلمان د ماینز ښار یو زرګر و.'),
    ('The printer moved to Mainz in 1448.', 'چاپګر په ۱۴۴۸ کال کې ماینز ته لاړ.'),
    ('All Muslims in the Malay village want to be prayed for.', 'په مالیزیا کې ټول مسلمانان غواړي چې دعا وشي.'),
    ('Civilizations developed in Mesoamerica.', 'په مېسو امريکه کښې تهذيبونه جوړ شول.'),
    ('She taught at a school near Bamyan.', 'هغې د بامیان سره نږدې په یوه ښوونځي کې تدریس کاوه.'),
    ('The delegation arrived from Gwadar on Monday.', 'پلاوی د دوشنبې په ورځ له ګوادر څخه راورسېد.'),
]


@pytest.mark.parametrize("en,ps", CARELESS)
def test_place_put_for_another_is_caught(en, ps):
    assert "ENTITY-MISMATCH" in reported(en, ps)


@pytest.mark.parametrize("en,ps", CLEAN)
def test_place_rendered_is_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith("ENTITY")] == []
