"""The number and unit checks (aligner/checks/numbers.py): real errors caught, legitimate
variants left alone, and the false-alarm rate on 1,997 professional NTREX translations."""
from __future__ import annotations

import collections
import random
import re

import pytest

from aligner.checks.base import REGISTRY
from aligner.checks.numbers import (NumberApproximation, NumberExtra, NumberMismatch, NumberMissing,
                                    UnitMismatch, compare)
from aligner.lang.quantities import extract_quantities
from tests.helpers import context_from_lines, ntrex_lines, pair_from_texts, seed_lines

CHECKS = (NumberMismatch, NumberMissing, NumberExtra, UnitMismatch, NumberApproximation)
CODES = {c.code for c in CHECKS}


def run(en: str, ps: str):
    pair = pair_from_texts(en, ps)
    return [f for check in CHECKS for f in check().check_pair(pair, None)]


def codes(en: str, ps: str) -> list[str]:
    return sorted(f.code for f in run(en, ps))


def test_registered_with_stable_codes():
    for check in CHECKS:
        assert REGISTRY[check.code] is check
    assert NumberMismatch.severity == NumberMissing.severity == UnitMismatch.severity == "error"
    assert NumberExtra.severity == NumberApproximation.severity == "warning"
    assert UnitMismatch.category == "unit" and NumberMismatch.category == "number"


# --- the seed pair -------------------------------------------------------------------------------

SEED_CLEAN = [
    # (English, Pashto) fragments of seeds 000/001 that must stay clean
    ("a total investment of 12 billion US dollars", "چې ټولټال ۱۲ ملیارد امریکایي ډالر پانګونه لري"),
    ("It will also be equipped with a 3 GW renewable energy power generation facility",
     "دا به د ۳ ګیګاواټه نوي کیدونکي انرژۍ بریښنا تولید اسانتیا سره هم سمبال وي"),
    ("It is expected to create over 10000 local job opportunities",
     "تمه کیږي چې دا به د ۱۰۰۰۰ څخه ډیر محلي کاري فرصتونه رامینځته کړي"),
    ("an annual output of 2 million tons of alumina plant and 1 million tons of electrolytic aluminum plant",
     "د دوه ملیون ټنو المونیم فابریکې او یو ملیون ټنه الکترولیټیک المونیم فابریکه په کلني ډول تولید کړي"),
    ("promote a 30% -50% increase in the added value", "د 30٪ -50٪ اضافه ارزښت ته وده ورکړي"),
    ("the electricity price is only 1/3 of that of China’s coastal areas",
     "د بریښنا بیه یې د چین د ساحلي سیمو یوازې 1/3 ده"),
    ("approximately 1.2 million tons per year", "په کال کې ... شاوخوا 1.2 ملیون ټنه کم کړي"),
    ("reaching 70% within 5 years", "د 5 کلونو دننه 70٪ ته رسیدو هدف سره"),
    ("has fallen below 65%, but ... exceeds 25%", "له 65٪ څخه ښکته شوې، مګر ... له 25٪ څخه زیاته ده"),
    ("are among the top five in the world", "د نړۍ په پنځو غوره زیرمو کې دي"),
]


@pytest.mark.parametrize("en,ps", SEED_CLEAN)
def test_seed_fragments_clean(en, ps):
    assert run(en, ps) == []


def test_whole_seed_pair_has_no_number_findings():
    en, ps = seed_lines()
    ctx = context_from_lines(en, ps)
    assert [f for check in CHECKS for f in check().run(ctx)] == []


# --- legitimate variants are not flagged -------------------------------------------------------------

@pytest.mark.parametrize("en,ps", [
    ("nine people died", "نهه کسان مړه شول"),                                   # number in words
    ("9 people died", "نهه کسان مړه شول"),
    ("twenty-one schools", "یوویشت ښوونځي"),
    ("1,250 people", "۱٬۲۵۰ کسان"),                                              # Arabic group separator
    ("2.5 million", "۲٫۵ میلیونه"),                                              # Arabic decimal separator
    ("a 1.25 percent rise", "د 1,25 سلنه زیاتوالی"),                              # comma decimal reading
    ("12 billion dollars", "دولس ملیارده ډالر"),
    ("3 GW", "۳۰۰۰ میګاواټه"),                                                   # unit conversion
    ("1.2 million tonnes", "۱٬۲۰۰٬۰۰۰ ټنه"),
    ("40% of them", "د دوی ۴۰ سلنه"),
    ("a third of the budget", "د بودیجې دریمه برخه"),
    ("from 5 to 7 years", "له ۵ تر ۷ کاله"),
    ("385 miles south", "620 کیلومتره سویل ته"),                                 # imperial converted
    ("winds of 85 miles per hour", "په ساعت کې 85 مایله باد"),                    # speed rephrased
    ("a high of 100 degrees Fahrenheit", "تر ۳۸ درجو سانتي ګراد پورې تودوخه"),        # °F → °C converted
    ("New York could reach 80 degrees", "نیویارک شاید ۲۷ درجو ته ورسېږي"),          # bare US degrees
    ("New York could reach 80 degrees", "نیویارک شاید 80 درجو ته ورسېږي"),          # kept as is
    ("at 3 p.m. on Wednesday", "د ماسپښین په 3 بجو"),
    ("at 3 p.m. on Wednesday", "د ورځې په 15 بجو"),                             # 24-hour clock
    ("one of the best players", "تر ټولو ښه لوبغاړی"),                            # idiomatic "one" dropped
    ("the two sides agreed", "دواړو خواوو موافقه وکړه"),
    ("a decade later", "یوه لسیزه وروسته"),
    ("COVID-19 cases rose", "د کرونا ۱۹ پېښې زیاتې شوې"),                          # code digits absorb
    ("he told BBC Radio 4 yesterday", "هغه پرون بي بي سي ته وویل"),                # name-like number
    ("He did not see the 9 men", "هغه ۹ سړي ونه لیدل"),                          # نه is "not"
])
def test_legitimate_variants_clean(en, ps):
    assert run(en, ps) == []


# --- errors are caught ------------------------------------------------------------------------------

def test_changed_digit():
    f, = run("It will produce 500,000 tons a year.", "دا به په کال کې ۶۰۰٬۰۰۰ ټنه تولید کړي.")
    assert f.code == "NUM-MISMATCH" and f.severity == "error"
    assert f.message == "English 500,000 t is 600,000 t in Pashto"
    assert (f.source_value, f.target_value) == (500000, 600000)
    assert f.source.text == "500,000 tons" and f.target.text == "۶۰۰٬۰۰۰ ټنه"


def test_temperature_scale_and_value_changes():
    f, = run("It reached 100 degrees Fahrenheit.", "تودوخه ۵۰ درجو سانتي ګراد ته ورسېده.")
    assert f.code == "NUM-MISMATCH" and f.message == "English 100 °F is 50 °C in Pashto"
    f, = run("It was 30 °C in Kabul.", "په کابل کې هوا ۳۰ درجې فارنهایټ وه.")
    assert f.code == "UNIT-MISMATCH"


def test_changed_scale_word():
    f, = run("a total investment of 12 billion US dollars", "ټولټال ۱۲ ملیون امریکایي ډالر پانګونه")
    assert f.code == "NUM-MISMATCH"
    assert f.message == "English 12 billion USD is 12 million USD in Pashto"


def test_changed_scale_word_in_words():
    assert codes("2 million tons of alumina", "دوه ملیارد ټنو الومینا") == ["NUM-MISMATCH"]


def test_dropped_number():
    f, = run("It will create over 10000 jobs and 300 km of roads.",
             "دا به د ۱۰۰۰۰ څخه ډیر دندې او سړکونه جوړ کړي.")
    assert f.code == "NUM-MISSING" and f.source.text == "300 km"
    assert f.message == "English 300 km is missing from the Pashto"


def test_extra_number_is_a_warning():
    f, = run("The plant opened.", "فابریکه په ۲۰۲۰ کې پرانیستل شوه، ۵۰۰ کسان پکې کار کوي.")
    assert (f.code, f.severity, f.target.text) == ("NUM-EXTRA", "warning", "۵۰۰")


def test_changed_unit():
    f, = run("It will also be equipped with a 3 GW facility", "دا به د ۳ میګاواټه اسانتیا سره سمبال وي")
    assert f.code == "UNIT-MISMATCH" and f.category == "unit"
    assert f.message == "English 3 GW is 3 MW in Pashto"
    assert (f.source_value, f.target_value) == ("GW", "MW")


def test_changed_currency():
    # NTREX line 76: the pound became a dollar
    f, = run("pulls out of £11million deal", "له یوه 11 میلیون ډالري معاملې څخه بهر شوه")
    assert f.code == "UNIT-MISMATCH" and "GBP" in f.message and "USD" in f.message


def test_changed_percent():
    assert codes("reducing carbon emissions by more than 40%", "د کاربن اخراج له 45٪ څخه ډیر کم کړي") \
        == ["NUM-MISMATCH"]


def test_number_word_dropped_nine_is_not_na():
    # the Pashto has only the negator نه: the 9 is gone
    assert codes("9 people were not hurt", "خلک ټپي نه شول") == ["NUM-MISSING"]


def test_approximation_direction():
    f, = run("more than 40% of the park", "د پارک له 40٪ څخه کم")
    assert (f.code, f.severity) == ("NUM-APPROX", "warning")
    assert codes("about 40% of the park", "د پارک له 40٪ څخه کم") == []     # neutral vs directed


def test_spans_use_document_offsets():
    en = ["Nothing here.", "It cost 500 dollars."]
    ps = ["هیڅ نشته.", "دا ۶۰۰ ډالره ارزښت لري."]
    ctx = context_from_lines(en, ps)
    f, = NumberMismatch().run(ctx)
    assert f.bead == 1
    assert "\n".join(en)[f.source.start:f.source.end] == "500 dollars" == f.source.text
    assert "\n".join(ps)[f.target.start:f.target.end] == "۶۰۰ ډالره" == f.target.text


def test_pairing_follows_digits_and_currency():
    # NTREX 1221: both scale words dropped; each source amount pairs with its own target amount
    found = run("staggering €3.1billion ($3.6bn) - up from initial €2.2 billion",
                "له 2.2 بلیونه یورو څخه 3.1 یورو (3.6 ډالرو) ته پورته شوی دی")
    assert sorted(f.message for f in found) == ["English 3.1 billion EUR is 3.1 EUR in Pashto",
                                                "English 3.6 billion USD is 3.6 USD in Pashto"]


# --- NTREX: real errors found, few false alarms ----------------------------------------------------------

#: Translation errors in NTREX that the checks must report (0-based line, code).  Each was read
#: and confirmed: a dropped scale word, a dropped zero, a wrong digit, a changed currency.
NTREX_REAL_ERRORS = {
    (75, "UNIT-MISMATCH"), (76, "UNIT-MISMATCH"), (82, "UNIT-MISMATCH"),     # £11m → 11m dollars
    (131, "UNIT-MISMATCH"),                                                  # 30 yards → 30 metres
    (230, "NUM-MISMATCH"),                                                   # 20.4 million → 20.4
    (955, "UNIT-MISMATCH"),                                                  # £500 → 500 euros
    (1221, "NUM-MISMATCH"),                                                  # €3.1bn → 3.1 euros
    (1273, "UNIT-MISMATCH"),                                                 # €100m → $100m
    (1339, "UNIT-MISMATCH"), (1344, "UNIT-MISMATCH"), (1394, "UNIT-MISMATCH"),  # £ → euros
    (1397, "NUM-MISMATCH"), (1401, "NUM-MISMATCH"),                          # 20,000 → ۲۰۰۰
    (1602, "NUM-MISMATCH"),                                                  # 7.6 → ۷،۸
    (1603, "NUM-MISMATCH"),                                                  # 1,100 → ۱۱۰۰۰
    (1943, "NUM-MISMATCH"),                                                  # $200 billion → million
    (1589, "NUM-MISSING"), (1604, "NUM-MISSING"),                            # dropped distances
    (1258, "NUM-MISSING"),                                                   # "Ronaldo, 33," dropped
    (1636, "NUM-MISSING"),                                                   # "22-count indictment" dropped
    (213, "NUM-MISMATCH"),                                                   # half an inch → 1.5
    (1704, "NUM-MISMATCH"), (1740, "NUM-MISMATCH"),                          # first lap → دویم, second goal → لومړی
    # stop 16: number words dropped, their figure nowhere in the Pashto (weak words said nowhere)
    (596, "NUM-MISSING"), (1706, "NUM-MISSING"),                             # fifth try, took fourth: dropped
    (709, "NUM-MISSING"), (1210, "NUM-MISSING"), (1975, "NUM-MISSING"),      # "now it's four", the four vessels, all four
    (793, "NUM-MISSING"),                                                    # seven minutes → او دقیقې
    (1244, "NUM-MISSING"),                                                   # eight of ten species → پنځو نوعو
}


@pytest.fixture(scope="module")
def ntrex_findings():
    en, ps = ntrex_lines()
    assert len(en) == len(ps) == 1997
    ctx = context_from_lines(en, ps)
    return [f for check in CHECKS for f in check().run(ctx)]


def test_ntrex_real_errors_found(ntrex_findings):
    found = {(f.bead, f.code) for f in ntrex_findings}
    assert NTREX_REAL_ERRORS <= found


def test_ntrex_false_alarm_rate(ntrex_findings):
    by_code = collections.Counter(f.code for f in ntrex_findings)
    print("NTREX NUM/UNIT findings by code:", dict(by_code))
    noise = [f for f in ntrex_findings if (f.bead, f.code) not in NTREX_REAL_ERRORS]
    for f in noise:
        print(f"  not a number error: [{f.bead}] {f.code}: {f.message}")
    # measured: 26 findings, 23 real errors; the other 3 are note markers "(۱)", "(۲)" and a
    # stray "1]" that the Pashto added (NUM-EXTRA warnings): 1.5 per 1,000 pairs
    # (stop 16: +7 real, number words dropped: see NTREX_REAL_ERRORS)
    assert len(ntrex_findings) <= 37
    assert len(noise) / 1997 * 1000 <= 3.0


# --- planted errors on NTREX ------------------------------------------------------------------------------

_DIGITS = {chr(b + d): (b, d) for b in (0x30, 0x660, 0x6F0) for d in range(10)}
_SCALE_SWAP = {"ملیون": "ملیارد", "میلیون": "میلیارد", "ملیارد": "ملیون", "میلیارد": "میلیون",
               "بیلیون": "میلیون", "بلیون": "ملیون"}
_UNIT_SWAP = {"امریکایي ډالر": "یورو", "امریکایي ډالرو": "یوروګانو", "ډالر": "یورو", "ډالره": "یورو", "ډالرو": "یورو", "ډالري": "یورو", "یورو": "ډالر",
              "پونډه": "ډالره", "ټنه": "کیلوګرامه", "ټنو": "کیلوګرامو", "ګیګاواټه": "میګاواټه",
              "متره": "کیلومتره", "کیلومتره": "متره", "مایله": "کیلومتره", "سلنه": "ډالره", "سلنې": "ډالره",
              "%": " ډالر", "٪": " ډالر"}


def _bump_digit(s: str) -> str:
    """Change the last non-zero digit of a number (a lone 0 becomes 3), keeping its script."""
    for i in reversed(range(len(s))):
        if s[i] in _DIGITS and _DIGITS[s[i]][1]:
            base, d = _DIGITS[s[i]]
            return s[:i] + chr(base + ((d + 1) % 10 or 2)) + s[i + 1:]
    i = max(i for i in range(len(s)) if s[i] in _DIGITS)
    return s[:i] + chr(_DIGITS[s[i]][0] + 3) + s[i + 1:]


def _plants(en: str, ps: str, rng: random.Random):
    """(kind, mutated Pashto, expected code) for one clean NTREX pair."""
    cmp = compare(en, "en", ps, "ps")
    if cmp.mismatch or cmp.unit_mismatch or cmp.missing or cmp.extra:
        return
    matched = [t for s, t in cmp.matched if not (s.passive or t.passive)]
    if not matched:
        return
    t = rng.choice(matched)
    q = t.q
    if q.written == "digits":
        m = re.search(r"\d[\d.,٬٫،]*", ps[q.start:q.end])
        if m:
            a, b = q.start + m.start(), q.start + m.end()
            kind = "percent" if q.unit == "%" else "digit"
            want = "TIME-MISMATCH" if q.kind == "time" else "NUM-MISMATCH"     # 7 p.m. ↔ ۸ بجې
            yield kind, ps[:a] + _bump_digit(ps[a:b]) + ps[b:], want
        yield "drop", ps[:t.whole.start] + ps[t.whole.end:], "NUM-MISSING"
    for x in extract_quantities(ps, "ps"):
        words = re.findall(r"[^\W\d_]+", ps[x.start:x.end])
        hit = next(((w, stem) for w in words for stem in _SCALE_SWAP if w.startswith(stem)), None)
        if hit:
            word, stem = hit
            i = ps.index(word, x.start)
            new = word.replace(stem, _SCALE_SWAP[stem], 1)
            yield "scale", ps[:i] + new + ps[i + len(word):], "NUM-MISMATCH"
            break
    for x in extract_quantities(ps, "ps"):
        text = ps[x.start:x.end]
        hit = next((u for u in sorted(_UNIT_SWAP, key=len, reverse=True)
                    if x.units and re.search(rf"(?<!\w){re.escape(u)}(?!\w)", text)), None)
        if hit:
            i = x.start + re.search(rf"(?<!\w){re.escape(hit)}(?!\w)", text).start()
            yield "unit", ps[:i] + _UNIT_SWAP[hit] + ps[i + len(hit):], "UNIT-MISMATCH"
            break


def test_planted_errors_recall():
    en, ps = ntrex_lines()
    rng = random.Random(7)
    planted = collections.Counter()
    caught = collections.Counter()
    for e, p in zip(en, ps):
        for kind, mutated, want in _plants(e, p, rng):
            planted[kind] += 1
            caught[kind] += want in codes(e, mutated)
    recall = {k: caught[k] / planted[k] for k in planted}
    print("planted:", dict(planted), "recall:", {k: round(v, 3) for k, v in recall.items()})
    assert planted["digit"] > 200 and planted["drop"] > 200 and planted["percent"] > 20
    assert planted["scale"] > 20 and planted["unit"] > 50
    # measured: digit 1.00, drop 1.00, percent 1.00, scale 0.96, unit 1.00
    assert all(r >= 0.93 for r in recall.values()), recall


def test_about_does_not_round_a_clock_time():
    """"at about 04:00" is approximate, but a clock time changed by a minute is still a change
    (found by bench/formats_bench.py's planted numbers); "about 4 a.m." ↔ ۴ بجې stays clean."""
    from aligner.api import check
    changed = check("The boy was found at about 04:00 BST on Saturday.",
                    "هلک د شنبې په ورځ شاوخوا ‎04:01 BST بجو وموندل شو.", segmented=True)
    assert [f.code for f in changed.findings if f.severity == "error"] == ["TIME-MISMATCH"]
    same = check("The boy was found at about 4 a.m. on Saturday.",
                 "هلک د شنبې په ورځ د سهار شاوخوا ۴ بجې وموندل شو.", segmented=True)
    assert not [f for f in same.findings if f.severity != "info"]
