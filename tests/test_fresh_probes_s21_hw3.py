"""Fixes for the first-contact false alarms of the tuning part of ``bench/data/handwritten3`` (stop 21),
each pinned by probes written by hand for its mechanism, not by the corpus line itself.

* °C / °F: the letter after a degree sign is the scale of a temperature (a unit), not a name.  The
  start code (86c7735) took "C" for a name once the document kept "°C" in Latin on another line,
  and reported it missing where the Pashto says سانتي ګراد (first contact of the two-line probes
  below: 0 of 2 clean; the careless one, a province dropped beside the unit, was caught).
* "failed" of a machine is "broke down" (خرابېدل، خراب شو: negation_lexical.tsv), no negation to carry;
  "incomplete" said by نیمګړی / ناتمام (polarity_en_ps.tsv) beside a بشپړ that renders "completed".
  First contact on 86c7735: 1 of 4 correct pairs clean (the pair without "completed"), 3 of 3
  careless ones caught.
"""
import pytest

from tests.helpers import reported_codes as reported

HEAT_EN = ["Temperatures in Kandahar and Helmand are expected to exceed 45 °C this week.",
           "Its signs include a body temperature above 40 °C, confusion and fainting."]


CLEAN_S21 = [
    ('The old pumps failed often in winter.', 'زاړه پمپونه به په ژمي کې ډېر ځله خرابېدل.'),
    ('The generator failed twice during the storm.', 'جنراتور د توپان پر مهال دوه ځله خراب شو.'),
    ('The bridge was completed in 1990, but the road remains incomplete.',
     'پل په ۱۹۹۰ کال کې بشپړ شو، خو سړک لا هم نیمګړی دی.'),
    ('The data are incomplete.', 'معلومات نیمګړي دي.'),
]
CARELESS_S21 = [
    ('The old pumps failed often in winter.', 'زاړه پمپونه به په ژمي کې ډېر ځله کار کاوه.', 'NEG-'),
    ('The bridge was completed in 1990, but the road remains incomplete.',
     'پل په ۱۹۹۰ کال کې بشپړ شو، خو سړک لا هم بشپړ دی.', 'NEG-'),
    ('The data are incomplete.', 'معلومات بشپړ دي.', 'NEG-'),
]


@pytest.mark.parametrize("en,ps", CLEAN_S21)
def test_broke_down_and_incomplete_are_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith("NEG-")] == []


@pytest.mark.parametrize("en,ps,prefix", CARELESS_S21)
def test_lost_failure_or_incompleteness_is_caught(en, ps, prefix):
    assert any(c.startswith(prefix) for c in reported(en, ps))


# A name rendered by meaning and glossed once with its Latin form in brackets: the words before the
# bracket are the document's rendering of it ("د زرین ښکر (Golden Horn)"), found again where the
# name comes back without the gloss (spellings._glossed_rendering).  First contact on 86c7735: 0 of 2
# documents clean, the careless one (the name dropped in the later line) caught.
GLOSSED_EN = ["A chain was stretched across the entrance to the Golden Horn.",
              "The fleet later sailed into the Golden Horn at night."]


# (English lines, Pashto lines) documents: correct ones with no ENTITY finding, careless ones with an
# ENTITY-MISSING (the °C documents, then the glossed names)
ENTITY_CLEAN = [
    (HEAT_EN, ["تمه کېږي چې پدې اونۍ کې په کندهار او هلمند کې تودوخه له ۴۵ درجو سانتي ګراد واوړي.",
               "د هغې نښې له ۴۰ °C لوړه د بدن تودوخه، ګډوډي او بې هوښه کېدل دي."]),
    (["The thermostat shows 104 °F (40 °C).", "At 45 ºC outdoor work must stop."],
     ["ترموسټاټ ۱۰۴ درجې فارنهایټ (۴۰ درجې سانتي ګراد) ښيي.", "په ۴۵ ºC کې باید د باندې کار ودرېږي."]),
    (GLOSSED_EN, ["د زرین ښکر (Golden Horn) د ننوتو پر خوله یو ځنځیر غځول شوی و.",
                  "بېړۍ وروسته د شپې زرین ښکر ته ننوتلې."]),
    (["The Sublime Porte issued a decree.", "Envoys waited for weeks at the Sublime Porte."],
     ["لوړې دروازې (Sublime Porte) یو فرمان صادر کړ.", "استازو څو اونۍ په لوړې دروازې کې انتظار وکړ."]),
]
ENTITY_CARELESS = [
    (HEAT_EN, ["تمه کېږي چې پدې اونۍ کې په کندهار کې تودوخه له ۴۵ درجو سانتي ګراد واوړي.",
               "د هغې نښې له ۴۰ °C لوړه د بدن تودوخه، ګډوډي او بې هوښه کېدل دي."]),
    (GLOSSED_EN, ["د زرین ښکر (Golden Horn) د ننوتو پر خوله یو ځنځیر غځول شوی و.",
                  "بېړۍ وروسته د شپې سمندر ته ننوتلې."]),
]


@pytest.mark.parametrize("en,ps", ENTITY_CLEAN)
def test_unit_letters_and_glossed_names_are_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith("ENTITY")] == []


@pytest.mark.parametrize("en,ps", ENTITY_CARELESS)
def test_a_name_dropped_beside_them_is_caught(en, ps):
    assert "ENTITY-MISSING" in reported(en, ps)
