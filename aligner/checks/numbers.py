"""Number and unit checks: every quantity of the source must survive into the target.

The quantities of both sides of a bead (:func:`aligner.lang.quantities.extract_quantities`) are
matched as a multiset, by value (order does not matter):

1. *equivalent* quantities pair up first: the same value under any reading of an ambiguous
   separator (Pashto ``1,250`` = 1.25 when the English says 1.25), the same amount in another
   unit of the dimension (3 GW = 3000 MW, 1.2 million t = 1,200,000 t), an imperial unit
   converted within 3 % (385 miles = 620 km), or the same number where only one side names a
   unit ("40 per cent" / "۴۰");
2. left-overs with the same number but incompatible units → ``UNIT-MISMATCH`` ("3 GW" vs
   "۳ میګاواټه", "£11 million" vs "11 میلیون ډالر");
3. left-overs of a compatible sort (percent ↔ percent, money ↔ money, year ↔ year, plain
   numbers with anything but years — or any two with the same significant digits: 20,000 ↔
   ۲۰۰۰) pair up, nearest position and same digits first → ``NUM-MISMATCH`` ("English 500,000 t
   is 600,000 t in Pashto");
4. the rest → ``NUM-MISSING`` (source only) and ``NUM-EXTRA`` (target only, a warning), except
   a figure left without partner in one bead that the bead before or after leaves without
   partner on the other side (the same amount): a figure moved across a sentence boundary
   (:func:`_moved_across`); and a source figure repeated after "the" that one of the two beads
   before gives and renders, where the target refers back with a demonstrative (دا کورونه for
   "the 120 houses": :func:`_said_before`).

Figures compare exactly (values are fractions.Fraction: 1,234,567 is not 1,234,568, however
many digits).  Tolerance applies only where the text approximates: under "about", "nearly",
شاوخوا … a figure of 3 or more significant digits matches its rounding ("about 1.2 million" ↔
1,234,567, "about 390" ↔ 385, but not "almost 44" ↔ "about 40"), and an
imperial unit matches its conversion within 3 %.  Matching is near-linear (each quantity meets
the nearest quantities that share a look-up key with it) and computed once per bead, shared by
every number code through :meth:`CheckContext.shared`.

Matched pairs whose approximation points opposite ways ("more than 40%" / "له ۴۰٪ څخه کم")
give ``NUM-APPROX`` (warning).

Noise control: quantities written as small number words, word ordinals and fractions, and bare
scale words ("one of the", "a million", "two sides", "first") are *weak* — they can absorb a
partner but are never reported missing or extra.  A weak word number of a definite value may
still be one side of a ``NUM-MISMATCH`` with a quantity of its own group and sort (issue 11):
a count of 2 or more with a count or a multiple (three ↔ څلورو, 3 ↔ څلورو, twice ↔ درې چنده),
a fraction with a fraction (half ↔ درېیمه برخه).  Quantities inside dates (found by
:mod:`aligner.lang.dates`, once per text and shared with the date checks through
:meth:`CheckContext.shared`) are weak too, dates being the date checks' business.  Digits of
names and codes (COVID-19, A320, "BBC Radio 4") and phone or ID numbers (0700 123 456) are
*labels*: they absorb the same digits on the other side and may be one side of a
``NUM-MISMATCH``, but are never reported missing or extra.  Homographs read as numbers only if
the other side agrees (``maybe``: اويا = او یا "or", درو, زر "gold" on their own) absorb the
same number and are never reported.

A Solar Hijri year (۱۳۸۲ کال, ۱۳۷۵ ل) also reads as the Gregorian years it overlaps, so it renders
a Gregorian year of the other side ("Afghanistan's 2004 constitution").  Rounding ("about") is
one-way: only the translation's figure may be the coarser one ("about 200" ↔ ۲۰۲ and
"approximately 130" ↔ تقریبا ۱۳۱ are changes, "nearly 1,234,567" ↔ نږدې ۱.۲ میلیونه a rounding).

Said another way, still the same quantity: a duration in another unit (90 minutes = یو نیم ساعت,
two decades = شل کاله: units.tsv, dimension duration), a fraction as a percentage (a third = ۳۳
سلنه), a speed as the distance of an hour (60 mph = په ساعت کې ۹۷ کیلومتره), a bare Solar Hijri
year of a Pashto text as the Gregorian years it overlaps (له ۱۳۷۵ څخه تر ۱۳۸۰ پورې), and a measure
restated in brackets in another unit ("5 miles (8 km)") counts once: the translation may keep either.

Every finding carries ``strength`` (:func:`evidence_strength`, read by checks/confidence.py): 1.0
for figures in digits of the same sort, a changed scale (20,000 ↔ ۲۰۰۰) or a unit replaced within
its dimension; each weaker piece of evidence multiplies it (:data:`WEAK_EVIDENCE`): a number in
words, a count of one to ten, a year or decade, digits of a name or code, an ordinal, fraction or
multiple, two quantities of different sorts, units of different dimensions, a weak number left
on the other side that may be the missing one's rendering, two units of one dimension whose
amounts are within :data:`LOOSE` (a loose conversion); for a number missing or added, what the
other side says instead (:func:`_context_marks`): an amount without a figure (several, څو، ګڼ
شمېر, zargona: ``vague_amount`` in quantity_cues.tsv), its digits outside any quantity read (a
hashtag, an address), the figure in the neighbouring pair's other side and not its own (a sentence
boundary moved), the number inside brackets (an aside); never below :data:`MIN_STRENGTH`.  A
``TIME-MISMATCH`` carries the strength of its two times (a clock time in words is weaker).

Measured on NTREX-128 en–ps (1,997 professional translation pairs): 26 findings, 23 of them
real translation errors (see tests/test_check_numbers.py).  Sentence probes of every kind of
issue 11 §2-3, correct and carelessly wrong: tests/test_numbers_kinds.py.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, Optional

from ..lang.quantities import (LANGS, Quantity, extract_quantities, format_quantity, format_value, int_digits,
                               vague_amount, whole_days_said)
from ..lang.respell import number_like
from ..model import Finding
from ..text.lazyre import lazy
from ..text.normalize import fold
from .base import CheckContext, Pair, PairCheck, register

from ..lang.dates import SOLAR_HIJRI
from .dates import dates_in, relative_date_before, says_relative_date, find_checked_dates as _find_dates

LANG_NAMES = {"en": "English", "ps": "Pashto"}

#: relative tolerance of an approximate unit conversion (385 miles ≈ 620 km)
CONVERTED = Fraction(3, 100)
#: how much less a match within rounding ("about 1.2 million" ↔ 1,234,567) scores than an exact one
ROUNDED = 1.0
#: most significant digits of a figure that another is read as a rounding of
ROUNDING_DIGITS = 15
#: candidate partners considered per item and look-up key, on each side of its position
NEAREST = 16


@dataclass(frozen=True)
class Item:
    """One comparable quantity of one side (a range contributes its two ends)."""
    q: Quantity                  # the quantity compared (a range end for ranges)
    whole: Quantity              # the quantity as found (the range itself for range ends)
    index: int                   # order on its side
    pos: float                   # relative position of its start in the side's text, 0..1
    passive: bool                # weak, name-like or in a date: may match, never reported alone
    pairable: bool               # may be reported as the one side of a mismatch (not weak, no date)
    # derived once, for matching
    sort: str = field(init=False, compare=False, repr=False)
    mantissa: Fraction = field(init=False, compare=False, repr=False)
    log: float = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "sort", _sort(self.q))
        object.__setattr__(self, "mantissa", _mantissa(self.q.value))
        object.__setattr__(self, "log", _log10(self.q.value))

    @property
    def approx(self) -> Optional[str]:
        return self.q.approx or self.whole.approx


@dataclass
class Comparison:
    """The outcome of matching the quantities of the two sides of a bead."""
    matched: list[tuple[Item, Item]] = field(default_factory=list)
    unit_mismatch: list[tuple[Item, Item]] = field(default_factory=list)
    mismatch: list[tuple[Item, Item]] = field(default_factory=list)
    missing: list[Item] = field(default_factory=list)
    extra: list[Item] = field(default_factory=list)
    #: every target quantity left unpaired, weak ones included (a small number word)
    target_left: list[Item] = field(default_factory=list)
    approx_changed: list[tuple[Item, Item]] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------
# Exact arithmetic helpers
# ----------------------------------------------------------------------------------------------

def _exp10(v: Fraction) -> int:
    """The e with 10**e <= |v| < 10**(e+1), for v != 0, exactly and for any size."""
    v = abs(v)
    e = math.floor(math.log10(v.numerator) - math.log10(v.denominator))   # ints of any size
    while Fraction(10) ** e > v:
        e -= 1
    while Fraction(10) ** (e + 1) <= v:
        e += 1
    return e


def _mantissa(v: Fraction) -> Fraction:
    """The significant digits of a value: 20,000 and 2000 → 2; 1,100 and 11,000 → 1.1."""
    if v == 0:
        return Fraction(0)
    return abs(v) / Fraction(10) ** _exp10(v)


def _log10(v: Fraction) -> float:
    """log10(|v| + 1) as a float, for any size (a cost term only)."""
    v = abs(v)
    if v < 10 ** 300:
        return math.log10(float(v) + 1)
    return math.log10(v.numerator) - math.log10(v.denominator)


@lru_cache(maxsize=1 << 16)
def _place(v: Fraction) -> Optional[Fraction]:
    """The place value of the last significant digit of ``v`` as written in decimals:
    1,200,000 → 100,000; 2.75 → 0.01; None for 0 and repeating decimals (1/3)."""
    if v == 0:
        return None
    den, twos, fives = v.denominator, 0, 0
    while den % 2 == 0:
        den, twos = den // 2, twos + 1
    while den % 5 == 0:
        den, fives = den // 5, fives + 1
    if den != 1:
        return None
    decimals = max(twos, fives)
    n = abs(v.numerator) * (10 ** decimals // v.denominator)
    zeros = 0
    step = 1
    while n % 10 ** step == 0:                  # trailing zeros, in doubling steps
        step *= 2
    while step:
        if n % 10 ** step == 0:
            n //= 10 ** step
            zeros += step
        else:
            step //= 2
    return Fraction(10) ** (zeros - decimals)


@lru_cache(maxsize=1 << 16)
def _roundings(v: Fraction) -> tuple[Fraction, ...]:
    """``v`` rounded (half up) to 1 … ROUNDING_DIGITS significant digits, coarser than it is."""
    if v == 0:
        return []
    place, e, out = _place(v), _exp10(v), []
    for digits in range(1, ROUNDING_DIGITS + 1):
        step = Fraction(10) ** (e + 1 - digits)
        if place is not None and step <= place:
            break
        r = math.floor(abs(v) / step + Fraction(1, 2)) * step
        out.append(r if v > 0 else -r)
    return tuple(out)


def _rounds_to(fine: Fraction, coarse: Fraction) -> bool:
    """``coarse`` is ``fine`` rounded: it has fewer significant decimals and ``fine`` lies
    within half its last place (1,234,567 → 1,200,000; 385 → 390 or 380 only if 380 ≤ 385 < 390+)."""
    place = _place(coarse)
    if place is None:
        return False
    fplace = _place(fine)
    if fplace is not None and fplace >= place:
        return False
    if fplace is not None and abs(fine) < 100 * fplace:
        return False          # fewer than 3 significant digits: 44 → "about 40" is a change
    return -place / 2 <= fine - coarse < place / 2


def _near(a: Fraction, b: Fraction, rel: Fraction) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b))


# ----------------------------------------------------------------------------------------------
# Matching
# ----------------------------------------------------------------------------------------------

def _value_match(va: Fraction, vb: Fraction, rounding) -> Optional[float]:
    """0 for the same figure, -ROUNDED when one is the other rounded (only with ``rounding``:
    the text approximates), None otherwise.  ``rounding`` "a" or "b" names the side that
    approximates, which alone may be the coarser figure; True lets either be."""
    if va == vb:
        return 0.0
    if rounding and ((rounding in (True, "b") and _rounds_to(va, vb))
                     or (rounding in (True, "a") and _rounds_to(vb, va))):
        return -ROUNDED
    return None


def equivalence(a: Quantity, b: Quantity, rounding: bool = False) -> Optional[float]:
    """How well ``a`` and ``b`` denote the same amount (higher is better), or None.

    Figures compare exactly; with ``rounding`` (one side says "about", "nearly" …) a figure
    also matches its rounding ("about 1.2 million" ↔ 1,234,567), scoring less: ``rounding``
    "a" or "b" says which side approximates (only its figure may be the rounded one: "about
    130" is no rounding of "about 131", nor "1.2 million" of "about 1,234,567"), True either.
    A clock time is never a rounding of another ("about 04:00" is not 04:01)."""
    if a.kind == "time" or b.kind == "time":
        rounding = False
    best: Optional[float] = None
    b_bases = [[(ub, ub.base(vb)) for ub in b.units] for vb in b.readings]
    for ia, va in enumerate(a.readings):
        a_bases = [(ua, ua.base(va)) for ua in a.units]
        for ib, vb in enumerate(b.readings):
            penalty = 0.2 * ((ia > 0) + (ib > 0))          # prefer primary readings
            score: Optional[float] = None
            same = _value_match(va, vb, rounding)
            if a.units and b.units:
                for ua, ba in a_bases:
                    for ub, bb in b_bases[ib]:
                        if ua.rephrases(ub) and same is not None:
                            score = max(score or 0.0, 1.5 + same)
                            continue
                        if (s := _speed_as_length(ua, va, ub, vb)) is not None:
                            score = max(score or 0.0, s)
                            continue
                        if not ua.compatible(ub):
                            continue
                        if ua.code == ub.code:              # the same unit: the figures compare
                            base = same                     # (rounding too: "about 30 t", 31 t)
                        else:                               # but "about 30 yards" is not 30 metres
                            base = 0.0 if ba == bb else None
                        if base is not None:
                            s = (3.0 if ua.code == ub.code else 2.5) + base
                        elif (ua.approx or ub.approx) and ua.code != ub.code and _near(ba, bb, CONVERTED):
                            s = 2.0
                        else:
                            continue
                        score = s if score is None else max(score, s)
            elif same is not None:
                score = 2.0 + same                          # only one side names a unit
            if score is not None:
                best = score - penalty if best is None else max(best, score - penalty)
    if best is None and _fraction_as_percent(a, b):
        best = 1.8
    return best


def _percent_readings(f: Fraction) -> tuple[Fraction, ...]:
    """The percentages a translator writes for a fraction below one: a third → 33, 33.3 or 34 %,
    a half → 50 %, three-quarters → 75 %."""
    if not 0 < f < 1:
        return ()
    p = f * 100
    return tuple(dict.fromkeys((p, Fraction(math.floor(p)), Fraction(math.ceil(p)),
                                Fraction(math.floor(p * 10 + Fraction(1, 2)), 10))))


def _fraction_as_percent(a: Quantity, b: Quantity) -> bool:
    """A fraction said as a percentage ("a third of the children" ↔ ۳۳ سلنه ماشومان)."""
    if {a.kind, b.kind} != {"fraction", "percent"}:
        return False
    f, p = (a, b) if a.kind == "fraction" else (b, a)
    return any(vp in _percent_readings(vf) for vf in f.readings for vp in p.readings)


def _speed_as_length(ua, va: Fraction, ub, vb: Fraction) -> Optional[float]:
    """A speed said as a distance "an hour" (60 mph ↔ په ساعت کې ۹۷ کیلومتره): the same
    kilometres (2.5), or within CONVERTED where one unit is converted approximately (2.0)."""
    if {ua.dimension, ub.dimension} != {"speed", "length"}:
        return None
    (us, vs), (ul, vl) = ((ua, va), (ub, vb)) if ua.dimension == "speed" else ((ub, vb), (ua, va))
    km_s, km_l = us.base(vs), ul.base(vl) / 1000
    if km_s == km_l:
        return 2.5
    if (us.approx or ul.approx) and _near(km_s, km_l, CONVERTED):
        return 2.0
    return None


def _units_clash(a: Quantity, b: Quantity) -> bool:
    """Both name units and no reading of one is compatible with a reading of the other
    at the same number (3 GW / 3 MW, £11m / 11m dollars, 40% / 40 t)."""
    if not (a.units and b.units):
        return False
    if not any(va == vb for va in a.readings for vb in b.readings):
        return False
    return equivalence(a, b) is None


_YEAR_TEXT = re.compile(r"\D*\d{4}\D*")


def _is_year(q: Quantity) -> bool:
    """Four plain digits between 1000 and 2100 ("2,000" with a separator is a count)."""
    return (q.kind in ("number", "decade") and not q.units and q.written == "digits"
            and q.value.denominator == 1 and 1000 <= q.value <= 2100
            and bool(_YEAR_TEXT.fullmatch(fold(q.text))))


def _sort(q: Quantity) -> str:
    """What kind of thing a quantity counts, for pairing left-overs into mismatches."""
    if q.kind in ("ordinal", "time"):
        return q.kind
    if q.units and q.units[0].dimension != "duration":
        return q.units[0].dimension              # (a duration counts like a plain number: seven-year ↔ شپږ کلن)
    if _is_year(q):
        return "year"
    return "plain"


def _sorts_pair(a: Item, b: Item) -> bool:
    sa, sb = a.sort, b.sort
    if (a.passive and not a.q.label) or (b.passive and not b.q.label):
        # a weak word number: only with its own group and sort (three ↔ څلورو, half ↔ 1/3)
        return _groups_pair(_group(a.q), _group(b.q)) and sa == sb
    if sa == sb or a.mantissa == b.mantissa:
        return True                                         # same digits: a dropped 0, a changed scale
    if a.q.units and b.q.units and any(ua.dimension == ub.dimension or ua.rephrases(ub)
                                       for ua in a.q.units for ub in b.q.units):
        return True
    return "plain" in (sa, sb)


_MARKER = re.compile(r"[(\[]\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}\s*[)\]]|^\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}\s*[)\]]")


_D = "[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}"
#: a citation: reference numbers in square brackets ([12, 13], [12–14]) or after "ref(s)." in
#: brackets ((refs. 3-5)); a translation may drop it or keep it as it is
_CITATION = re.compile(rf"\[\s*{_D}(?:\s*[,،;–-]\s*{_D})*\s*\]"
                       rf"|\(\s*(?:refs?\.?|references?)\s*{_D}(?:\s*[,،;–-]\s*{_D})*\s*\)", re.I)


def _citations(text: str) -> "_Spans":
    return _Spans(m.span() for m in _CITATION.finditer(text)) if text else _Spans(())


def _is_list_marker(text: str, q: Quantity) -> bool:
    """(1), [2], 3] or a leading "1)": an enumerator or footnote mark, not a quantity."""
    a, b = max(0, q.start - 2), min(len(text), q.end + 2)
    return bool(_MARKER.search(text[a:b])) and q.unit is None and q.value.denominator == 1 \
        and q.value < 100


class _Spans:
    """Does a span overlap any of a list of spans?  (bisect over the starts, with the running
    maximum of the ends: O(log n) a question)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach, top = [], -1
        for _, b in spans:
            top = max(top, b)
            self.reach.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1              # the last span starting before ``end``
        return k >= 0 and self.reach[k] > start


def _restates_words(text: str, q: Quantity, word_ends: set) -> bool:
    """Digits in brackets right after a number in words ("five (5) days", پنځو (۵) ورځو): the
    same figure restated, as legal and official texts write it, not an enumerator."""
    k = text.rfind("(", 0, q.start)
    return k >= 0 and not text[k + 1:q.start].strip() and text[:k].rstrip() and \
        len(text[:k].rstrip()) in word_ends


_OPEN, _CLOSE = re.compile(r"\s*[(\[]\s*"), re.compile(r"\s*[)\]]")


def _restated(text: str, qs: list[Quantity]) -> dict[int, bool]:
    """A number in words and the digits in brackets that restate it ("ten (10) days", لسو (۱۰)
    ورځو, or the other way round: ۱۰ (لس)): {index of the words in ``qs``: do the two agree}.
    Agreeing, they are one quantity; disagreeing (څلورو (۵)), the words are a figure of their own.
    A homograph that is a number only by context (اوه "oh" or 7) restated by agreeing digits, اوه
    (7) ورځې, is the number: the digits stand for both."""
    out: dict[int, bool] = {}
    if not text:
        return out
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if {a.written, b.written} != {"words", "digits"} or a.parts or b.parts \
                or "ordinal" in (a.kind, b.kind) or not _OPEN.fullmatch(text, a.end, b.start) \
                or not _CLOSE.match(text, b.end):
            continue
        w, d = (a, b) if a.written == "words" else (b, a)
        agree = bool(set(w.readings) & set(d.readings))
        if w.maybe and not agree:
            continue                               # اوه (۵): "oh", not a figure of its own
        out[i if w is a else i + 1] = agree
    return out


def _group(q: Quantity) -> Optional[str]:
    """What a quantity written in words may be compared with although it is weak: a fraction
    with a fraction (half ↔ درېیمه برخه), a multiple with a multiple (twice ↔ درې چنده), a count
    of 2 or more with a count (three ↔ څلورو, 3 ↔ څلورو), an ordinal with an ordinal
    (third ↔ څلورم, second ↔ لومړی, 3rd ↔ دوهمه), a clock time with a clock time (8 p.m. ↔ نهو
    بجو); None for the rest (one, a million, homographs)."""
    if q.kind == "ordinal" and not q.maybe and q.value >= 1 and q.value.denominator == 1:
        return "ordinal"                   # third ↔ څلورم, second ↔ لومړی, Article 3 ↔ څلورمه ماده
    if q.maybe or q.label:
        return None
    if q.kind == "time":
        return "time"                      # 8 p.m. ↔ نهو بجو, 6:30 ↔ اوه نیمې بجې, noon ↔ دوو بجو
    if q.kind in ("fraction", "multiple"):
        return q.kind
    if q.kind in ("number", "measure", "money") and q.value != 1 and q.value > 0:
        return "count"
    return None


def _items(qs: list[Quantity], text_len: int, dates: list[tuple[int, int]], text: str = "",
           sh_years: Iterable[tuple[int, int, int, tuple]] = (), solar: bool = False) -> list[Item]:
    items: list[Item] = []
    in_dates = _Spans(dates)
    cited = _citations(text)
    word_ends = {q.end for q in qs if q.written == "words"}
    sh = list(sh_years)
    restated = _restated(text, qs)
    for n, q in enumerate(qs):
        if restated.get(n):
            continue                               # the digits beside it stand for both
        if n in restated:
            q = replace(q, weak=False)             # a word the digits beside it contradict
        if sh:
            q = _with_gregorian_years(q, sh)
        if solar:
            q = _solar_year_readings(q)
        in_date = in_dates.overlaps(q.start, q.end) or cited.overlaps(q.start, q.end) \
            or (text and _is_list_marker(text, q) and not _restates_words(text, q, word_ends))
        for part in (q.parts or (q,)):
            weak = q.weak or part.weak or in_date or q.maybe
            # a weak word number of a definite value may still be one side of a mismatch with
            # a quantity of its own group (see _group); dates and homographs never are
            words_pairable = weak and not in_date and not q.maybe and not q.parts and _group(q) is not None \
                and (q.written == "words" or q.kind == "multiple")
            items.append(Item(part, q, len(items), part.start / max(text_len, 1),
                              passive=weak or q.label, pairable=not weak or words_pairable))
    return items


def _dates(text: str, lang: str, finder=None) -> tuple[list[tuple[int, int]], list[tuple[int, int, int, tuple]]]:
    """The spans of the dates of ``text``, and of its Solar Hijri dates (start, end, year as
    written, the Gregorian years it may be)."""
    if not text:
        return [], []
    found = (finder or _find_dates)(text, lang)
    sh = [(d.start, d.end, d.original[0], tuple(sorted({r[0] for r in d.readings() if r[0] and r[0] != d.original[0]})))
          for d in found if d.calendar == SOLAR_HIJRI and d.original[0]]
    return [(d.start, d.end) for d in found], sh


#: Solar Hijri years a Pashto text may name without کال or لمریز (له ۱۳۷۵ څخه تر ۱۳۸۰ پورې)
SOLAR_YEARS = range(1300, 1500)


def _solar_year_readings(q: Quantity) -> Quantity:
    """A bare four-digit year of the Solar Hijri era in a Pashto text (no date reader took it:
    a range of years, کلونو after it) also reads as the Gregorian years it overlaps (621 or 622
    later), so that it renders the English year ("from 1996 to 2001" ↔ له ۱۳۷۵ څخه تر ۱۳۸۰ پورې)."""
    parts = tuple(_solar_year_readings(p) for p in q.parts)
    if parts != q.parts:
        q = replace(q, parts=parts)
    if not (_is_year(q) and q.value in SOLAR_YEARS):
        return q
    greg = tuple(q.value + k for k in (621, 622) if q.value + k not in q.readings)
    return replace(q, candidates=q.candidates + greg) if greg else q


def _with_gregorian_years(q: Quantity, sh: list[tuple[int, int, int, tuple]]) -> Quantity:
    """A Solar Hijri year (۱۳۸۲ کال, ۱۳۷۵ ل) also reads as the Gregorian years it overlaps, so
    that it renders a Gregorian year of the other side that no date reader took for a date
    ("Afghanistan's 2004 constitution" ↔ د ۱۳۸۲ کال اساسي قانون)."""
    for a, b, year, greg in sh:
        if a <= q.start and q.end <= b and q.value == year and greg and not q.parts:
            return replace(q, candidates=q.candidates + tuple(Fraction(y) for y in greg if Fraction(y) not in q.candidates))
    return q


def _weak_pair(s: Item, t: Item) -> bool:
    """Two weak word numbers that may still be a mismatch: same group, neither a label (but an
    ordinal label, "Article 12" in mid-sentence, may meet a word ordinal: دیارلسمه ماده)."""
    return not any(x.q.label and x.q.kind != "ordinal" for x in (s, t)) and _groups_pair(_group(s.q), _group(t.q))


def _groups_pair(ga: Optional[str], gb: Optional[str]) -> bool:
    """Groups that may be each other's mistranslation: the same one, or a count and a multiple
    ("six consecutive times" ↔ اته ځله)."""
    return ga is not None and gb is not None and (ga == gb or {ga, gb} == {"count", "multiple"})


def _mismatch_cost(s: Item, t: Item) -> float:
    """How unlikely it is that ``t`` is ``s`` mistranslated: far apart, different digits,
    different units and different sizes all cost."""
    cost = abs(s.pos - t.pos)
    cost += 0.05 * abs(s.log - t.log)
    if s.sort != t.sort:
        cost += 0.5                                         # a year for a count: possible, unlikely
    if s.mantissa == t.mantissa:
        cost -= 0.5
    if s.q.unit and t.q.unit and {u.code for u in s.q.units} & {u.code for u in t.q.units}:
        cost -= 0.3
    return cost


#: the score of two figures written with the same digits and separators in the same places, the
#: separators' glyphs aside (Fig. 1,1 ↔ 1،1; 2.5 ↔ 2,5): copied, whatever each side's reading
SAME_DIGITS = 1.9
_SEPARATORS = re.compile(r"[,\u060c\u066b\u066c.]")


_GLYPHS = str.maketrans({"\u060c": ",", "\u066c": ",", "\u066b": "."})
_FIGURE = lazy(r"\d+(?:[.,]\d+)+")


def _figure_text(q: Quantity) -> Optional[str]:
    """The digits of a figure written with a separator, as written (ASCII digits, the Arabic
    comma and separators as "," and "."), scale words and units aside: "1.716" of "1.716
    billion" and of 1.716 ملیونه; None without a separator."""
    if q.written != "digits" or q.parts or q.kind == "time":
        return None
    m = _FIGURE.search(q.text.translate(_DIGITS).translate(_GLYPHS))
    return m.group() if m else None


def _read_alike(s: Quantity, t: Quantity) -> bool:
    """Two figures written with the same digits and the same separators in the same places
    ("1.716 billion" ↔ 1.716 ملیونه) are one figure copied, read the same way: they are equal
    only if their first readings are (the translation's "1.716" is not 1,716 thousand because
    the English says billion where it says million)."""
    fs = _figure_text(s)
    if fs is None or fs != _figure_text(t):
        return True
    return equivalence(replace(s, candidates=()), replace(t, candidates=()), rounding="b") is not None


def _written_form(it: Item) -> Optional[str]:
    """The digits of a figure written in digits with a separator in it, the separators as "|"
    (ASCII digits): None for any other quantity."""
    q = it.whole
    if q.written != "digits" or q.parts:
        return None
    text = q.text.translate(_DIGITS)
    if not _SEPARATORS.search(text) or re.search(r"[^\W\d_]", text):
        return None                      # (no scale word or unit: 4.2 million is not ۴.۲ میلیارده)
    form = re.sub(r"[^0-9|]", "", _SEPARATORS.sub("|", text))
    return form if re.fullmatch(r"\d+(?:\|\d+)+", form) else None


class _Side:
    """The items of one side, with the matching state (which are still free)."""

    def __init__(self, items: list[Item]):
        self.items = items
        self.free = set(range(len(items)))

    def value_keys(self, i: int) -> set:
        """Keys under which item i meets items of the same figure: its readings, and its
        amounts in the base unit of each dimension (3 GW and 3000 MW meet)."""
        q = self.items[i].q
        keys = {("v", v) for v in q.readings}
        if (form := _written_form(self.items[i])) is not None:
            keys.add(("w", form))
        if q.kind == "fraction":
            keys.update(("v", p) for v in q.readings for p in _percent_readings(v))
        for u in q.units:
            dim = (u.dimension, u.code if u.dimension == "currency" else "")
            keys.update(("b", dim, u.base(v)) for v in q.readings)
        return keys

    def rounding_keys(self, i: int, filed: bool) -> set:
        """Keys for figures within rounding.  An item is filed under ("r", r) for each of its
        roundings r (and under its figures, :meth:`value_keys`); it is looked up under
        ("v", r) — a coarser figure it rounds to — and under ("r", its figures) — finer
        figures that round to it."""
        q = self.items[i].q
        if filed:
            return {("r", r) for v in q.readings for r in _roundings(v)}
        return {("v", r) for v in q.readings for r in _roundings(v)} | {("r", v) for v in q.readings}


class _Index:
    """Items of one side by look-up key, each key's items in order of position."""

    def __init__(self, side: _Side, members: Iterable[int], keys):
        self.by_key: dict = {}
        for j in members:
            for key in keys(j):
                self.by_key.setdefault(key, []).append(j)
        for lst in self.by_key.values():
            lst.sort(key=lambda j: side.items[j].pos)
        self.pos = {key: [side.items[j].pos for j in lst] for key, lst in self.by_key.items()}

    def near(self, key, pos: float, n: int = NEAREST) -> list[int]:
        """Up to ``n`` items of ``key`` on either side of ``pos``."""
        lst = self.by_key.get(key)
        if not lst:
            return []
        k = bisect_left(self.pos[key], pos)
        return lst[max(0, k - n):k + n]

    def scan(self, key) -> list[int]:
        return self.by_key.get(key, [])


def _amounts(u, v: Fraction) -> list[tuple[str, Fraction]]:
    """(dimension, amount in its base unit) of ``v`` in unit ``u``; a speed is also the length it
    covers in an hour (km/h → m), which Pashto says as په ساعت کې N کیلومتره."""
    out = [(u.dimension, u.base(v))]
    if u.dimension == "speed":
        out.append(("length", u.base(v) * 1000))
    return out


class _Conversions:
    """The measures of one side by dimension, in order of their amount in the base unit: an
    imperial amount and its approximate metric conversion (385 miles, 620 km) meet by a
    range look-up within CONVERTED."""

    def __init__(self, side: _Side):
        self.any: dict = {}            # dimension -> sorted [(base amount, item)]
        self.imperial: dict = {}       # the same, for units translators convert approximately
        for j, it in enumerate(side.items):
            for u in it.q.units:
                if u.dimension == "currency":
                    continue
                for v in it.q.readings:
                    for dim, amount in _amounts(u, v):
                        self.any.setdefault(dim, []).append((amount, j))
                        if u.approx:
                            self.imperial.setdefault(dim, []).append((amount, j))
        for table in (self.any, self.imperial):
            for lst in table.values():
                lst.sort()

    def near(self, q: Quantity, n: int = NEAREST // 4) -> set[int]:
        """Items whose amount is within CONVERTED of one of ``q``'s, where one side's unit is
        approximate (the ``n`` nearest in amount on either side)."""
        out: set[int] = set()
        for u in q.units:
            if u.dimension == "currency":
                continue
            for v in q.readings:
                for dim, amount in _amounts(u, v):
                    lst = (self.any if u.approx else self.imperial).get(dim)
                    if not lst:
                        continue
                    x = abs(amount)
                    lo = bisect_left(lst, (x * (1 - CONVERTED), -1))
                    hi = bisect_right(lst, (x / (1 - CONVERTED), math.inf))
                    if amount < 0:
                        lo, hi = 0, len(lst)         # a negative amount: rare, look at all
                    mid = bisect_left(lst, (x,), lo, hi)
                    out.update(j for _, j in lst[max(lo, mid - n):min(hi, mid + n)])
        return out


def _greedy(cands: list[tuple], src: _Side, tgt: _Side, out: list) -> None:
    """Take candidate pairs (sort key …, i, j) best first while both ends are free."""
    for *_, i, j in sorted(cands):
        if i in src.free and j in tgt.free:
            src.free.discard(i)
            tgt.free.discard(j)
            out.append((src.items[i], tgt.items[j]))


#: the score of a year against the last two digits of it in a code or name of the other side
YEAR_IN_CODE = 0.5


def _year_in_code(s: Item, t: Item) -> bool:
    """A year and a name's or code's digits that are its last two ("Coronavirus disease 2019" ↔
    کوویډ-۱۹, Euro 2024 ↔ یورو ۲۴): one year, abbreviated in the name."""
    for a, b in ((s, t), (t, s)):
        if b.q.label and not a.q.label and _is_year(a.q) and b.q.value == a.q.value % 100 \
                and b.q.written == "digits":
            return True
    return False


def _match_equivalent(src: _Side, tgt: _Side, out: Comparison) -> None:
    """Stage 1: equivalent quantities pair up, best score first, then like with like, then
    the nearer.  Candidates come from look-ups (each item meets the nearest items that share
    a figure, a base amount or a rounding with it, and the measures its conversion may be),
    so the work is near-linear; a second pass pairs any item whose nearest candidates were
    all taken."""
    rounding = any(it.approx == "about" for it in src.items + tgt.items)

    def year_key(side: _Side, i: int) -> set:
        q = side.items[i].q          # a year meets the digits of a name that may abbreviate it
        return {("v", Fraction(int(q.value) % 100))} if _is_year(q) else set()

    def index_keys(j: int) -> set:
        return tgt.value_keys(j) | (tgt.rounding_keys(j, filed=True) if rounding else set()) | year_key(tgt, j)

    def query_keys(i: int) -> set:
        return src.value_keys(i) | (src.rounding_keys(i, filed=False) if rounding else set()) | year_key(src, i)

    index = _Index(tgt, range(len(tgt.items)), index_keys)
    conversions = _Conversions(tgt)
    # equivalence depends on readings and units only: computed once per pair of those
    signature: dict = {}
    sig_s = [signature.setdefault((it.q.readings, it.q.units), len(signature)) for it in src.items]
    sig_t = [signature.setdefault((it.q.readings, it.q.units), len(signature)) for it in tgt.items]
    memo: dict = {}

    def candidate(i: int, j: int):
        s, t = src.items[i], tgt.items[j]
        if {s.q.kind, t.q.kind} in ({"ordinal", "multiple"}, {"ordinal", "fraction"}):
            return None                      # "doubled" is no دوهمه "second", "a third" no دریم
        # only the translation's figure may be the rounded one: a translator may round a figure
        # ("1,234,567" or "nearly 1,234,567" ↔ نږدې ۱.۲ میلیونه) but cannot make one more precise
        # ("about 200" ↔ ۲۰۲, "approximately 130" ↔ تقریبا ۱۳۱)
        approx = "b" if s.approx == "about" or t.approx == "about" else False
        key = (sig_s[i], sig_t[j], approx)
        if key not in memo:
            memo[key] = equivalence(s.q, t.q, rounding=approx)
        score = memo[key]
        if score is not None and (s.q.candidates or t.q.candidates) and not _read_alike(s.q, t.q):
            score = None                 # 1.716 billion ↔ 1.716 ملیونه: the same digits, another scale
        if score is None and (form := _written_form(s)) is not None and form == _written_form(t) \
                and {u.code for u in s.q.units} == {u.code for u in t.q.units}:
            score = SAME_DIGITS          # 1,1 ↔ 1،1: the digits copied, the separator read another way
        if score is None and _year_in_code(s, t):
            score = YEAR_IN_CODE
        if score is None:
            return None
        # ties: like with like (weak with weak, a time with a time), then the nearer
        return (-score, s.passive != t.passive, s.q.kind != t.q.kind, abs(s.pos - t.pos), i, j)

    cands, seen = [], set()
    src_keys = [query_keys(i) for i in range(len(src.items))]
    for i, s in enumerate(src.items):
        found = conversions.near(s.q)
        for key in src_keys[i]:
            found.update(index.near(key, s.pos))
        for j in found:
            seen.add((i, j))
            c = candidate(i, j)
            if c is not None:
                cands.append(c)
    _greedy(cands, src, tgt, out.matched)
    # second pass: a free item may still have an equivalent free partner beyond its nearest
    budget = 64 * (len(src.items) + len(tgt.items))      # bounded work on absurd input
    for i in sorted(src.free):
        best = None
        for key in src_keys[i]:
            for j in index.scan(key):
                if budget <= 0:
                    return
                if j in tgt.free and (i, j) not in seen:
                    budget -= 1
                    seen.add((i, j))
                    c = candidate(i, j)
                    if c is not None and (best is None or c < best):
                        best = c
        if best is not None:
            _greedy([best], src, tgt, out.matched)


def _match_clashes(src: _Side, tgt: _Side, out: Comparison) -> None:
    """Stage 2: the same number with incompatible units, nearest first."""
    def with_units(side: _Side) -> list[int]:
        return [i for i in sorted(side.free) if side.items[i].q.units]

    def keys(side: _Side, i: int) -> set:
        return {v for v in side.items[i].q.readings}

    index = _Index(tgt, with_units(tgt), lambda j: keys(tgt, j))
    cands, seen = [], set()
    for i in with_units(src):
        s = src.items[i]
        for key in keys(src, i):
            for j in index.near(key, s.pos):
                t = tgt.items[j]
                if (i, j) not in seen and not (s.passive and t.passive) and _units_clash(s.q, t.q):
                    cands.append((abs(s.pos - t.pos), i, j))
                seen.add((i, j))
    _greedy(cands, src, tgt, out.unit_mismatch)


def _match_mismatches(src: _Side, tgt: _Side, out: Comparison) -> None:
    """Stage 3: different numbers of the same sort in each other's place, cheapest first (one
    may be name-like: "Radio 4" against "راډیو ۵", but at least one must be a plain active
    quantity).  Each item meets the nearest free items by position, by significant digits
    and by unit; rounds repeat over what is left while they pair anything."""
    for _ in range(8):
        active_s = [i for i in sorted(src.free) if src.items[i].pairable]
        active_t = [j for j in sorted(tgt.free) if tgt.items[j].pairable]
        if not active_s or not active_t:
            return

        def keys(side: _Side, i: int) -> set:
            it = side.items[i]
            return {("all",), ("m", it.mantissa)} | {("u", u.code) for u in it.q.units}

        index = _Index(tgt, active_t, lambda j: keys(tgt, j))
        cands, seen = [], set()
        for i in active_s:
            s = src.items[i]
            for key in keys(src, i):
                for j in index.near(key, s.pos):
                    t = tgt.items[j]
                    if (i, j) not in seen and (not (s.passive and t.passive) or _weak_pair(s, t)) \
                            and _sorts_pair(s, t):
                        cands.append((_mismatch_cost(s, t), i, j))
                    seen.add((i, j))
        before = len(out.mismatch)
        _greedy(cands, src, tgt, out.mismatch)
        if len(out.mismatch) == before:
            return


_BRACKET_GAP = re.compile(r"\s*[(\[]\s*[^\W\d]*\.?\s*[^\W\d]*\s*")


def _conversion_twins(side: _Side, text: str) -> list[tuple[int, int]]:
    """Measures restated in another unit in brackets right after them ("5 miles (8 km)", "20
    gallons (about 75 litres)", ۸ کیلومتره (۵ میله)): one quantity said twice, the translation may
    keep either.  Pairs of item indices; the bracketed amount must be the other's conversion
    (within CONVERTED, or a tenth under "about" or when one unit is imperial / US: public
    guidance rounds such restatements, "two metres (six feet)", "1 metre (3 feet)")."""
    out = []
    items = side.items
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        if a.whole is a.q and b.whole is b.q and a.q.units and b.q.units \
                and _BRACKET_GAP.fullmatch(text, a.q.end, b.q.start):
            rel = Fraction(1, 10) if b.approx == "about" or a.approx == "about" else CONVERTED
            if any(ua.dimension == ub.dimension != "currency" and ua.code != ub.code
                   and _near(ua.base(va), ub.base(vb), Fraction(1, 10) if ua.approx or ub.approx else rel)
                   for ua in a.q.units for ub in b.q.units for va in a.q.readings for vb in b.q.readings):
                out.append((i, i + 1))
    return out


def _absorb_twins(side: _Side, twins: list[tuple[int, int]], other: _Side) -> None:
    """A measure and its bracketed conversion: when one found its partner and the other did
    not, and the other side has no free measure of that dimension left (that could be the
    second one changed), the second is the same amount said again: not missing."""
    for i, k in twins:
        if (i in side.free) == (k in side.free):
            continue
        left = i if i in side.free else k
        dims = {u.dimension for u in side.items[left].q.units}
        if not any(dims & {u.dimension for u in other.items[j].q.units} for j in other.free):
            side.free.discard(left)


#: how closely a Pashto number word must sound like a Latin word of the other side to be read as
#: its transliteration (at least the name matcher's threshold for that word)
SOUNDED = 0.85
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


@lru_cache(maxsize=1 << 14)
def _names_quantity(word: str) -> bool:
    """Does the English ``word`` alone say a quantity (a number word, a unit)?"""
    return bool(extract_quantities(word, "en", include_labels=True))


def _sounded(qs: list[Quantity], lang: str, other: str) -> list[Quantity]:
    """A Pashto number word of one word that sounds like a Latin-script word of the other side
    (نونس "19" for *Nunes*, اتلس "18" for *atlas*) is that word transliterated: a number only if the
    other side says it (``maybe``, as a homograph)."""
    if lang != "ps" or not qs or not other:
        return qs
    one_word = [q.written == "words" and not q.maybe and not q.parts and len(q.text.split()) == 1 for q in qs]
    if not any(one_word):
        return qs                   # no number word that could be a transliteration
    # (not the other side's number words: ملیونه is "million" borrowed, and a number; asked only
    # of a word that sounds like the number word: reading every English word for quantities was
    # most of this check's time)
    latin = set(_LATIN_WORDS.findall(other))
    if not latin:
        return qs
    from ..lang.translit import match_threshold, sounds_like
    out = []
    for q, candidate in zip(qs, one_word):
        if candidate and any(sounds_like(w, q.text, max(SOUNDED, match_threshold(w))) and not _names_quantity(w)
                             for w in latin):
            q = replace(q, maybe=True)
        out.append(q)
    return out


@lru_cache(maxsize=None)
def _other_senses() -> dict:
    """folded Pashto number word → the beginnings of the English words that say its other sense
    (number_senses_ps.tsv: سل "tuberculosis", زر "gold", درې "valley")."""
    from ..lang.data import iter_rows
    return {fold(row[0]): tuple(row[1].lower().split()) for row in iter_rows("number_senses_ps.tsv", 2)}


def _other_sense(qs: list[Quantity], lang: str, other: str) -> list[Quantity]:
    """A Pashto number word whose other sense the English sentence says ("TB patients" ↔ د سل
    ناروغان, not 100 patients; "the price of gold" ↔ د سرو زرو بیه) is that word: a number only if
    the other side says it (``maybe``, as a homograph).  Only the word alone: with a unit after it
    (درې پېړۍ, three centuries) it counts."""
    if lang != "ps" or not qs or not other:
        return qs
    senses = _other_senses()
    words = [w.lower() for w in _LETTERS.findall(other)]
    out = []
    for q in qs:
        first = fold(q.text).split()
        if q.written == "words" and not q.maybe and not q.parts and len(first) == 1 and first[0] in senses \
                and any(w.startswith(senses[first[0]]) for w in words):
            q = replace(q, maybe=True)
        out.append(q)
    return out


def _figures_named(v: Fraction) -> set[int]:
    """The whole numbers a value names: 4 of 4 and of the ordinal 4th, 3 of a third, 2 and 3 of
    two-thirds."""
    return {x for x in (v.numerator, v.denominator) if x > 1} if v > 0 else set()


@lru_cache(maxsize=None)
def _number_stems(lang: str) -> tuple:
    """(word start, values) of numbers_stems.tsv for ``lang``: words that name a number without
    being a quantity (trilateral, quarterly, a week)."""
    from ..lang.data import data_path, iter_rows
    if not data_path("numbers_stems.tsv").is_file():
        return ()
    return tuple((fold(row[1]).lower(), frozenset(int(x) for x in row[2].split("|")))
                 for row in iter_rows("numbers_stems.tsv", 3) if row[0] == lang)


_ROMAN_WORD = lazy(r"\b([IVXLC]{2,7})\b|\b[A-Z][a-z]+ ([IVX])\b")
_ROMAN = lazy(r"C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


#: a one-letter Roman numeral after two capitalised words: World War I, Queen Elizabeth I, Pope John
#: Paul I (not the pronoun of "Then I went")
_NAMED_ROMAN = lazy(r"\b[A-Z][a-z]+ [A-Z][a-z]+ ([IVX])\b")


def _sequence_romans(text: str) -> frozenset:
    """The sequence numbers an English ``text`` writes in Roman numerals after a name (George V, Louis
    XIV, World War I, Elizabeth II): where one is, a Pashto ordinal left over is its rendering
    changed, even a second (World War I ↔ دویمه نړیواله جګړه; not a first: لومړنی is also "early,
    primary")."""
    out = {v for m in _ROMAN_WORD.finditer(text) if m.group(1) and (v := _roman(m.group(1))) is not None}
    out.update(v for m in _NAMED_ROMAN.finditer(text) if (v := _roman(m.group(1))) is not None)
    return frozenset(out)


def _roman(word: str) -> Optional[int]:
    """The value of an upper-case Roman numeral up to 399 (IV, IX, XIV), None for anything else."""
    if not word or not _ROMAN.fullmatch(word):
        return None
    total = 0
    for a, b in zip(word, word[1:] + " "):
        va, vb = _ROMAN_VALUES[a], _ROMAN_VALUES.get(b, 0)
        total += -va if va < vb else va
    return total


@lru_cache(maxsize=None)
def _lexicon_rows(lang: str) -> tuple:
    """The rows of the number lexicon of ``lang`` (numbers_<lang>.tsv, then ordinals_<lang>.tsv),
    parsed once: (file, folded word, value or None, kind, flags)."""
    from ..lang.data import data_path, iter_rows
    out = []
    values: dict = {}           # each written value parsed once (Fraction(str) is ~20 µs; ~1,250 rows)
    for name in (f"numbers_{lang}.tsv", f"ordinals_{lang}.tsv"):
        if not data_path(name).is_file():
            continue
        for row in iter_rows(name, 3):
            written = row[1]
            if written not in values:
                try:
                    values[written] = Fraction(written)
                except (ValueError, ZeroDivisionError):
                    values[written] = None
            value = values[written]
            flags = frozenset(row[3].split(",")) if len(row) > 3 else frozenset()
            out.append((name.split("_")[0], fold(row[0]).lower(), value, row[2], flags))
    return tuple(out)


@lru_cache(maxsize=None)
def _word_numbers(lang: str) -> tuple:
    """(every folded surface of the number words of ``lang``, the ones flagged noun)."""
    rows = _lexicon_rows(lang)
    return (frozenset(w for _f, w, _v, _k, _fl in rows),
            frozenset(w for _f, w, _v, _k, flags in rows if "noun" in flags))


@lru_cache(maxsize=None)
def _homograph_numbers(lang: str) -> dict:
    """folded word → value of the number words of ``lang`` that the reader takes as numbers only
    in some places (numbers_<lang>.tsv flags ambig, lead, strict, after: نه "not" and 9, اوه "oh"
    and 7, درو "valleys" and 3): wherever they stand they may be the figure (نه ولسوالۍ, nine
    districts)."""
    return {w: v for f, w, v, _k, flags in _lexicon_rows(lang)
            if f == "numbers" and v is not None and flags & {"ambig", "lead", "strict", "after"}}


@lru_cache(maxsize=4096)
def _figures_said(text: str, lang: str) -> frozenset:
    """Every whole number ``text`` names in any way: the figures of every reading of every
    quantity (labels, dates and weak words included), a fraction's parts, a fraction's
    percentage, loose digits, and words that name a number (numbers_stems.tsv)."""
    out: set = set()
    for v in _values(text, lang):
        out |= _figures_named(v)
        if 0 < v < 1:
            out.update(int(p) for p in _percent_readings(v))
        elif v.denominator == 1 and 1000 <= v <= 2100:
            out.add(int(v) // 100 + 1)   # a year's or decade's century: 1960s ↔ د شلمې پېړۍ په شپېتمو کلونو
    out.update(int(d) for d in _loose_digits(text, lang))
    if lang != "en" and re.search(r"[A-Za-z]", text):
        # English number words kept in Latin script in the translation ("six televison شبکه")
        out.update(x for v in _values(text, "en") for x in _figures_named(v))
    if lang == "en":
        # a regnal or sequence number in Roman numerals: George V ↔ جورج پنځم, Amenhotep IV
        out.update(v for m in _ROMAN_WORD.finditer(text) if (v := _roman(m.group(1) or m.group(2))) is not None)
    homographs = _homograph_numbers(lang)
    words = _LETTERS.findall(fold(text).lower())
    out.update(x for w in words if w in homographs for x in _figures_named(homographs[w]))
    return frozenset(out | _stem_figures(text, lang))


@lru_cache(maxsize=4096)
def _stem_figures(text: str, lang: str) -> frozenset:
    """The numbers the words of ``text`` name by their stem (numbers_stems.tsv): trilateral 3,
    Twelver 12, سلیز "of the hundreds" 100."""
    stems = _number_stems(lang)
    out: set = set()
    if stems:
        low = fold(text).lower()
        # a hyphenated compound is one word too: semi-annual, bi-annual
        for word in _LETTERS.findall(low) + [w.replace("-", "") for w in _HYPHENED.findall(low)]:
            for stem, values in stems:
                if word.startswith(stem):
                    out |= values
    return frozenset(out)


def _named_by_stem(it: Item, other: str, other_lang: str) -> bool:
    """A number in words left without partner whose figure a word of the other side names by its
    stem: "the hundred's digit" ↔ د سلیز رقم, "Twelver Shias" ↔ دولس امامي شیعه ګان — the word
    renders the number (digits are not said so)."""
    q = it.q
    if q.written != "words" or q.parts or q.value.denominator != 1 or not other:
        return False
    return int(q.value) in _stem_figures(other, other_lang)


def _said_by_phrase(it: Item, other: str, other_lang: str) -> bool:
    """A duration left without partner that the other side says by a phrase without a figure:
    "open 24 hours a day" ↔ شپه او ورځ خلاص دی, ۲۴ ساعته ↔ "round the clock" (a whole day and
    night, quantity_cues.tsv whole_day)."""
    q = it.q
    if q.dimension != "duration" or q.parts or q.high is not None or not other:
        return False
    days = {u.base(q.value) for u in q.units if u.dimension == "duration"}
    return not days.isdisjoint(whole_days_said(other, other_lang))


def _glosses_relative(it: Item, text: str, lang: str, other: str, other_lang: str) -> bool:
    """A year left without partner that glosses, in brackets, a date its own side says relative
    to now, where the other side says one too: "passed last year" ↔ تېر کال (۲۰۲۳) تصویب شو (the
    translator names the year for the reader)."""
    q = it.whole
    return it.sort == "year" and relative_date_before(text, lang, q.start) and says_relative_date(other, other_lang)


#: the weak word numbers that are reported when the other side never says their figure: a count,
#: multiple or ordinal of at least this, a fraction other than a half (one, two, first, second,
#: double and half are too often idiom: "one of", "both", "at first", "half the town")
SAID_NOWHERE_FROM = 3
#: ... and at most this: a larger figure in words is a compound the reader may have taken in part
#: (نورلس سوه اويايمې لسيزې, the 1970s misspelt, read as 170th)
SAID_NOWHERE_TO = 100


#: "all N": a Pashto number word before واړه / واړو / واړې is the number (درې واړه "all three"),
#: not its homograph noun (درې "valley")
_ALL_OF = re.compile(r"\s+(?:واړه|واړو|واړې|واړي)(?!\w)".translate(str.maketrans({"ي": "ی"})))
_NUMBER_WORD_GAP = re.compile(r"\s*(?:[-–،,/]|\s(?:یا|او)\s)?\s*$")


def _beside_number(text: str, q: Quantity) -> bool:
    """Whether the number word ``q`` of a Pashto ``text`` stands next to another number word, a
    round guess said by two figures (دوه درې ورځې "a few days", درې څلور کسان, لس شل کاله), not one
    figure."""
    surfaces = _word_numbers("ps")[0]
    before = _LETTERS.findall(fold(text[max(0, q.start - 20):q.start]).lower())
    after = _LETTERS.findall(fold(text[q.end:q.end + 20]).lower())
    gap_before = fold(text[max(0, q.start - 20):q.start])
    if before and before[-1] in surfaces and gap_before.rstrip().endswith(before[-1]):
        return True
    if before and len(before) >= 2 and before[-1] in ("یا", "او") and before[-2] in surfaces:
        return True
    if after and after[0] in surfaces:
        return True
    return len(after) >= 2 and after[0] in ("یا", "او") and after[1] in surfaces


def _said_nowhere(it: Item, other: str, other_lang: str, own: str = "") -> bool:
    """A weak number in words of a definite value (a count, an ordinal, a fraction or a multiple:
    see _group) left without partner, whose figure the other side does not name in any form
    (:func:`_figures_said`), nor misspelt, nor says an amount without a figure instead: the
    number was changed or dropped ("Third Sector" ↔ څلورم سکتور, "a third angel" ↔ نیمایي
    پرښته, دوه ګون والی turned into څلور ګون والی)."""
    q = it.q
    if not (it.passive and it.pairable) or q.label or q.maybe or not other:
        return False
    group = _group(q)
    v = q.value
    if group == "fraction":
        if not 0 < v < 1 or v == Fraction(1, 2):
            return False
    elif group in ("count", "ordinal", "multiple"):
        low = 2 if group == "ordinal" and other_lang == "en" and _sequence_romans(other) else SAID_NOWHERE_FROM
        if v.denominator != 1 or not low <= v <= SAID_NOWHERE_TO:
            return False
    else:
        return False
    lang = "en" if re.search(r"[A-Za-z]", q.text) else "ps"
    words = _LETTERS.findall(fold(q.text).lower())
    surfaces, nouns = _word_numbers(lang)
    if lang == "ps" and words and (words[0] not in surfaces
                                   or (words[0] in nouns and len(words) == 1 and q.kind != "multiple"
                                       and not _ALL_OF.match(fold(own[q.end:q.end + 12])))):
        return False                     # درې "valley" alone (درې واړه "all three" is the number); داتمه: glued
    named = _figures_named(v) | ({int(p) for p in _percent_readings(v)} if group == "fraction" else set())
    if named & _figures_said(other, other_lang):
        return False                     # (a quarter ↔ ۲۵ کاله, ۲۵ سلنه: its percentage is said)
    if _misspelt(other, other_lang, q.readings):
        return False
    if vague_amount(other, other_lang) and not (
            lang == "ps" and other_lang == "en" and group == "count" and own and not _beside_number(own, q)):
        return False                     # "seven" ↔ څو "several"; but "several" ↔ اووه is a figure invented
    if lang == "en" and other_lang != "en":
        # an English number word in a title transliterated (Three Little Words ↔ تهري لټل ورډز)
        from ..lang.translit import match_threshold, sounds_like
        others = set(_LETTERS.findall(other))
        if any(sounds_like(w, o, match_threshold(w)) for w in re.findall(r"[A-Za-z]{3,}", q.text)
               for o in others if not re.search(r"[A-Za-z]", o)):
            return False
    return True


def compare(source: str, source_lang: str, target: str, target_lang: str, dates=None) -> Comparison:
    """Match the quantities of ``source`` and ``target`` (see the module docstring).

    Near-linear in the number of quantities; the checks share one result per bead through
    the check context (:meth:`CheckContext.shared`).  ``dates(text, lang)`` gives the dates of a
    text (default: :func:`aligner.lang.dates.find_dates`; the checks pass the run's shared ones)."""
    src_dates, src_sh = _dates(source, source_lang, dates)
    tgt_dates, tgt_sh = _dates(target, target_lang, dates)
    src_q = _sounded(extract_quantities(source, source_lang, include_labels=True), source_lang, target)
    tgt_q = _other_sense(_sounded(extract_quantities(target, target_lang, include_labels=True), target_lang, source),
                         target_lang, source)
    src = _Side(_items(src_q, len(source), src_dates, source, src_sh, solar=source_lang == "ps"))
    tgt = _Side(_items(tgt_q, len(target), tgt_dates, target, tgt_sh, solar=target_lang == "ps"))
    out = Comparison()

    # 1. equivalent quantities (a measure restated in brackets in another unit counts once)
    _match_equivalent(src, tgt, out)
    # two readings of one written figure ("1,1" read as 1 and 1): matched once, matched both
    for side, k in ((src, 0), (tgt, 1)):
        spans = {(p[k].q.start, p[k].q.end) for p in out.matched}
        side.free -= {i for i in side.free if (side.items[i].q.start, side.items[i].q.end) in spans}
    _absorb_twins(src, _conversion_twins(src, source), tgt)
    _absorb_twins(tgt, _conversion_twins(tgt, target), src)
    for s, t in out.matched:
        if s.approx and t.approx and not (s.passive and t.passive) \
                and {s.approx, t.approx} == {"over", "under"}:
            out.approx_changed.append((s, t))
    # 2. same number, incompatible units
    _match_clashes(src, tgt, out)
    # 3. different numbers of the same sort in each other's place
    _match_mismatches(src, tgt, out)
    out.mismatch.sort(key=lambda p: p[0].index)
    # 4. the rest, unless weak, name-like or in a date; a weak word number only if the other
    #    side never says its figure (څلورم سکتور for "Third Sector", "a third" for نیمایي)
    out.missing = [src.items[i] for i in sorted(src.free)
                   if (not src.items[i].passive or _said_nowhere(src.items[i], target, target_lang, source))
                   and not _named_by_stem(src.items[i], target, target_lang)
                   and not _said_by_phrase(src.items[i], target, target_lang)
                   and not _glosses_relative(src.items[i], source, source_lang, target, target_lang)]
    out.extra = [tgt.items[j] for j in sorted(tgt.free)
                 if (not tgt.items[j].passive or _said_nowhere(tgt.items[j], source, source_lang, target))
                 and not _named_by_stem(tgt.items[j], source, source_lang)
                 and not _said_by_phrase(tgt.items[j], source, source_lang)
                 and not _glosses_relative(tgt.items[j], target, target_lang, source, source_lang)]
    out.target_left = [tgt.items[j] for j in sorted(tgt.free)]
    return out


# ----------------------------------------------------------------------------------------------
# The checks
# ----------------------------------------------------------------------------------------------

def _name(lang: str) -> str:
    return LANG_NAMES.get(lang, lang)


def _plain(v: Fraction):
    """A finding's value for reports (JSON and the rest): an int or a float where they hold
    it exactly, else its decimal digits (or their abbreviation) as a string."""
    if v.denominator == 1:
        if abs(v) < 10 ** 15:
            return int(v)
        return format_value(v) if abs(v) >= 10 ** 4000 else ("-" if v < 0 else "") + int_digits(v.numerator)
    return float(v) if Fraction(1, 10 ** 300) < abs(v) < 10 ** 300 else format_value(v)


def _first_difference(a: Fraction, b: Fraction) -> str:
    """" (from digit N on)" when two long integers look the same abbreviated."""
    if a.denominator != 1 or b.denominator != 1:
        return ""
    da, db = int_digits(a.numerator), int_digits(b.numerator)
    if len(da) != len(db):
        return ""
    k = next(k for k, (x, y) in enumerate(zip(da, db)) if x != y)
    return f" (the digits differ from digit {k + 1} of {len(da)} on)"


def _compare_pair(pair: Pair, ctx: Optional[CheckContext]) -> Comparison:
    """The bead's quantity matching, computed once per run and shared by every number check."""
    src, tgt = pair.source, pair.target
    args = (src.text, src.lang, tgt.text, tgt.lang)
    if ctx is None:
        return compare(*args)
    return ctx.shared("numbers.compare", args,
                      lambda: compare(*args, lambda text, lang: dates_in(ctx, text, lang)))


# ----------------------------------------------------------------------------------------------
# Strength of the evidence (Finding.strength, see checks/confidence.py)
# ----------------------------------------------------------------------------------------------

#: each kind of weaker evidence multiplies the strength by its factor; the floor keeps a
#: finding with several at a readable level
WEAK_EVIDENCE = {
    "words": 0.7,        # a number written in words: inflected, glued, older spellings, paraphrase
    "small": 0.7,        # a count from one to ten: Pashto renders these loosely (a/one, both, a few)
    "year": 0.8,         # a year-like figure: a calendar converted, a year said another way
    "label": 0.5,        # digits that may belong to a name or code (Windows 10, Radio 4)
    "kind": 0.7,         # an ordinal, a fraction, a multiple or a decade
    "sorts": 0.7,        # a mismatch between two quantities of different sorts (a year and a count)
    "dimension": 0.6,    # the same figure with units of different dimensions (40 % and 40 t)
    "left": 0.7,         # the other side keeps a weak number that may be its rendering
    "loose": 0.6,        # two units of one dimension, amounts within LOOSE (6 months ↔ ۲۴ اونۍ)
    # what the other side says instead (missing and extra numbers, :func:`_context_marks`):
    "vague": 0.6,        # an amount without a figure there (several, dozens of, څو، ګڼ شمېر، زرګونه)
    "trace": 0.5,        # its digits there, outside any quantity read (glued to a word, in a code)
    "moved": 0.5,        # a neighbouring pair has it on the other side and not on its own: a boundary moved
    "aside": 0.8,        # in brackets: an aside a translation may leave out or add (a gloss, a conversion)
    "relative": 0.6,     # a year, and the other side says a date relative to now (سږکال, last year)
}
#: relative difference under which two amounts in different units of one dimension may be a
#: loose conversion rather than a changed figure
LOOSE = Fraction(15, 100)


def _loose_conversion(a: Quantity, b: Quantity) -> bool:
    """Different units of one dimension whose amounts are within LOOSE of each other."""
    return any(ua.dimension == ub.dimension != "currency" and ua.code != ub.code
               and _near(ua.base(va), ub.base(vb), LOOSE)
               for ua in a.units for ub in b.units for va in a.readings for vb in b.readings)
MIN_STRENGTH = 0.3


def _weak_marks(it: Item) -> set:
    q, marks = it.q, set()
    if it.whole.written in ("words", "mixed"):
        marks.add("words")
    if q.value.denominator == 1 and 0 <= q.value <= 10 and q.kind in ("number", "ordinal", "measure", "money"):
        marks.add("small")
    if it.sort == "year" or q.kind == "decade":
        marks.add("year")
    if q.label or it.whole.label:
        marks.add("label")
    if q.kind in ("ordinal", "fraction", "multiple", "decade"):
        marks.add("kind")
    return marks


_DIGITS = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                        "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9", "01234567890123456789")
_DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def _quantities(text: str, lang: str) -> tuple:
    return tuple(extract_quantities(text, lang, include_labels=True)) if text else ()


@lru_cache(maxsize=4096)
def _loose_digits(text: str, lang: str) -> frozenset:
    """The digit runs of ``text`` (in ASCII digits) outside every quantity read in it: digits
    glued to a word (ایچ کې یو1), inside a code (1a), in a form the reader does not take."""
    chars = list(text)
    for q in _quantities(text, lang):
        chars[q.start:q.end] = " " * (q.end - q.start)
    return frozenset(m.group().lstrip("0") or "0" for m in _DIGIT_RUN.finditer("".join(chars).translate(_DIGITS)))


@lru_cache(maxsize=4096)
def _values(text: str, lang: str) -> frozenset:
    """Every reading of every quantity of ``text`` (labels and weak words included)."""
    return frozenset(v for q in _quantities(text, lang) for p in (q.parts or (q,)) for v in p.readings)


@lru_cache(maxsize=None)
def _number_forms(lang: str) -> dict:
    """value → the one-word number words of ``lang`` (numbers_<lang>.tsv, ordinals_<lang>.tsv),
    folded, of four letters or more."""
    out: dict = {}
    for _f, word, value, kind, _fl in _lexicon_rows(lang):
        if " " in word or len(word) < 4 or kind in ("vague", "article", "scale", "partnoun", "multiple") \
                or value is None:
            continue
        out.setdefault(value, set()).add(word)
    return out


_LETTERS = re.compile(r"[^\W\d_]+")
_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
#: a word this long one letter from a number word is that number misspelt (shorter words are too
#: often other words one letter away: پنجه "paw" / پنځه, اوده "asleep" / اووه)
MISSPELT_LETTERS = 5


def _misspelt(text: str, lang: str, values) -> bool:
    """Whether ``text`` has a word, outside every quantity read in it, one letter from a number
    word of one of ``values`` (اوالس for اوولس "17"; a year's hundreds: نورلس for نولس in نولس سوه
    اویایمه لسیزه, the 1970s): the number is there, misspelt."""
    from ..text.distance import edit_distance
    forms = _number_forms(lang)
    wanted = set()
    for v in values:
        wanted |= forms.get(v, set())
        if v.denominator == 1 and 1100 <= v < 2100:
            wanted |= forms.get(Fraction(int(v) // 100), set())
    if not wanted or not text:
        return False
    chars = list(text)
    for q in _quantities(text, lang):
        chars[q.start:q.end] = " " * (q.end - q.start)
    for word in _LETTERS.findall(fold("".join(chars)).lower()):
        if len(word) >= MISSPELT_LETTERS and any(abs(len(word) - len(f)) <= 1 and edit_distance(word, f) == 1
                                                 for f in wanted):
            return True
    return False


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside round or square brackets."""
    a = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    return a >= 0 and max(text.rfind(")", a, start), text.rfind("]", a, start)) < 0 \
        and bool(re.search(r"[)\]]", text[end:]))


def _context_marks(it: Item, own, other, ctx: Optional[CheckContext], pair: Optional[Pair], source: bool) -> set:
    """Marks of weaker evidence from the context of a number left without partner: ``own`` and
    ``other`` are the (text, lang) of its side and of the other side of the pair; ``source``
    whether it is a source number (missing) or a target one (extra)."""
    marks = set()
    text, lang = own
    otext, olang = other
    if vague_amount(otext, olang):
        marks.add("vague")
    if it.sort == "year" and says_relative_date(otext, olang):
        marks.add("relative")
    q = it.whole
    if q.written in ("digits", "mixed") and q.value.denominator == 1 and q.value >= 0:
        written = _DIGIT_RUN.findall(text[q.start:q.end].translate(_DIGITS))
        if written and ("".join(written).lstrip("0") or "0") in _loose_digits(otext, olang):
            marks.add("trace")
    if _bracketed(text, q.start, q.end):
        marks.add("aside")
    if ctx is not None and pair is not None:
        pairs = ctx.pairs
        for k in (pair.index - 1, pair.index + 1):
            if not 0 <= k < len(pairs):
                continue
            nb = pairs[k]
            mine, theirs = (nb.source, nb.target) if source else (nb.target, nb.source)
            if set(it.q.readings) & _values(theirs.text, theirs.lang) \
                    and not set(it.q.readings) & _values(mine.text, mine.lang):
                marks.add("moved")
    return marks


def _moved_across(it: Item, pair: Pair, ctx: Optional[CheckContext], source: bool) -> bool:
    """Whether the figure ``it``, left without partner in its bead (a source number missing when
    ``source``, else a target number extra), is the one the bead before or after leaves without
    partner on the other side: the same amount (:func:`equivalence`), missing there from the
    target or extra there in it.  Translators move a figure across a sentence boundary (*"It is
    2.6 km long"* said in the sentence before, *"after 12 days"* in the sentence after); the
    neighbour's own source does not claim it (it is extra there), so it renders this source's
    figure.  A figure dropped leaves nothing extra next door; one changed as it moved (700 ↔ ۹۰۰)
    matches nothing there.  Not for localization units (no neighbours)."""
    if ctx is None or ctx.units:
        return False
    pairs = ctx.pairs
    for k in (pair.index - 1, pair.index + 1):
        if not 0 <= k < len(pairs):
            continue
        nb = pairs[k]
        if nb.source.lang not in LANGS or nb.target.lang not in LANGS or not nb.source.text.strip() \
                or not nb.target.text.strip():
            continue
        there = _compare_pair(nb, ctx)
        for o in (there.extra if source else there.missing):
            a, b = (it.q, o.q) if source else (o.q, it.q)
            if equivalence(a, b) is not None:
                return True
    return False


#: an English figure repeated after a definite determiner ("the 120 houses", "these $5,000")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|this|that)\s+[$£€]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _ps_demonstratives() -> frozenset:
    """Pashto demonstratives that refer back ("these houses" دا کورونه, دغو ماشومانو, یاد "the
    said"), folded: the determiners of ``reference_words_ps.tsv`` less the possessive خپل ("own")."""
    from ..lang.data import iter_rows
    return frozenset(fold(r[0].strip()) for r in iter_rows("reference_words_ps.tsv", 3)
                     if r[1].strip() == "determiner" and not r[2].strip().startswith("own"))


def _said_before(it: Item, pair: Pair, ctx: Optional[CheckContext]) -> bool:
    """Whether the source figure ``it``, missing here, repeats after a definite determiner a figure
    that one of the two beads before gives and renders (matched there), and this target refers back
    with a demonstrative: "Floods destroyed 120 houses. The government will rebuild the 120 houses"
    ↔ "... ۱۲۰ کورونه ویجاړ کړل. حکومت به دا کورونه ... بیا جوړ کړي".  Translators do not repeat a
    figure the reader was just given; a figure dropped where it was first given, changed, or
    repeated without a demonstrative in the target is still reported."""
    if ctx is None or ctx.units or pair.index < 1:
        return False
    src = pair.source.text
    if _DEFINITE_BEFORE.search(src[:it.whole.start]) is None:
        return False
    if not any(w in _ps_demonstratives() for w in re.findall(r"[\u0600-\u06FF\u200c]+", fold(pair.target.text))):
        return False
    pairs = ctx.pairs
    for k in (pair.index - 1, pair.index - 2):
        if k < 0 or k >= len(pairs):
            continue
        nb = pairs[k]
        if nb.source.lang not in LANGS or nb.target.lang not in LANGS or not nb.source.text.strip() \
                or not nb.target.text.strip():
            continue
        if any(equivalence(it.q, s2.q) is not None for s2, _ in _compare_pair(nb, ctx).matched):
            return True
    return False


def evidence_strength(*items: Optional[Item], extra: Iterable[str] = ()) -> float:
    """How clear a number finding is, from 1.0 (figures in digits, of the same sort, nothing
    on either side that could explain them) down to MIN_STRENGTH: the product of the
    :data:`WEAK_EVIDENCE` factors of the marks its quantities carry (each mark once)."""
    marks = set(extra)
    for it in items:
        if it is not None:
            marks |= _weak_marks(it)
    st = 1.0
    for m in marks:
        st *= WEAK_EVIDENCE[m]
    return round(max(MIN_STRENGTH, st), 3)


class _QuantityCheck(PairCheck):
    """Shared plumbing: every quantity check reads the same :func:`compare` result."""
    category = "number"
    #: the run's context while a pair is checked (None outside a run)
    ctx: Optional[CheckContext] = None

    def check_pair(self, pair: Pair, ctx: CheckContext) -> Iterable[Finding]:
        src, tgt = pair.source, pair.target
        if src.lang not in LANGS or tgt.lang not in LANGS:
            return ()                    # no number lexicon for this language: nothing to say
        cmp = _compare_pair(pair, ctx)
        self.ctx = ctx
        return self.findings(cmp, pair, _name(src.lang), _name(tgt.lang))

    def findings(self, cmp: Comparison, pair: Pair, sname: str, tname: str) -> Iterable[Finding]:
        raise NotImplementedError

    @staticmethod
    def spans(pair: Pair, s: Optional[Item], t: Optional[Item]):
        return (pair.source.span(s.q.start, s.q.end) if s else None,
                pair.target.span(t.q.start, t.q.end) if t else None)


@register
class NumberMismatch(_QuantityCheck):
    code = "NUM-MISMATCH"
    severity = "error"
    description = "a source number stands in the target with a different value"
    codes = {
        "NUM-MISMATCH": ("number", "error", "a source number stands in the target with a different value"),
        "TIME-MISMATCH": ("date", "error", "a clock time changed (7 p.m. ↔ ۸ بجې)"),
    }

    def findings(self, cmp, pair, sname, tname):
        for s, t in cmp.mismatch:
            sspan, tspan = self.spans(pair, s, t)
            clock = s.q.kind == "time" and t.q.kind == "time"
            # a clock time is shown as written: 7 p.m. is also 19:00, ۸ بجې 8 or 20 o'clock
            shown = format_quantity(s.q), format_quantity(t.q)
            what = (f"time '{s.q.text}' is '{t.q.text}'" if clock
                    else f"{shown[0]} is {shown[1]}" + (_first_difference(s.q.value, t.q.value)
                                                        if shown[0] == shown[1] else ""))
            f = self.finding(f"{sname} {what} in {tname}",
                             code="TIME-MISMATCH" if clock else "NUM-MISMATCH",
                             source=sspan, target=tspan,
                             source_value=_plain(s.q.value), target_value=_plain(t.q.value))
            if clock:
                f.strength = evidence_strength(s, t)    # a clock time in words is weaker evidence
            else:
                f.suggestion = _suggestion(pair, s, t)
                # a scale changed (20,000 ↔ ۲۰۰۰) is clear whatever else; different sorts are not
                extra = () if s.mantissa == t.mantissa or s.sort == t.sort else ("sorts",)
                if _loose_conversion(s.q, t.q):
                    extra += ("loose",)
                f.strength = evidence_strength(s, t, extra=extra) if s.mantissa != t.mantissa else \
                    evidence_strength(*(x for x in (s, t) if x.q.label), extra=extra)
            yield f


def _suggestion(pair: Pair, s: Item, t: Item) -> Optional[dict]:
    """The fix of a changed number: the source value written the target's way (digit script,
    separators, a scale word after it kept), when both have the same unit and kind."""
    if s.q.unit != t.q.unit or s.q.kind != t.q.kind:
        return None
    fix = number_like(pair.target.text[t.q.start:t.q.end], t.q.value, s.q.value)
    if fix is None:
        return None
    span = pair.target.span(t.q.start + fix[0], t.q.start + fix[1])
    return {"start": span.start, "end": span.end, "text": fix[2]}


def _kept_in_latin(text: str, q: Quantity, other: str) -> bool:
    """Whether a number written in words (Three, twenty-one) stands in ``other`` as the same
    Latin-script words: a title or name kept in Latin script ("And Baby Makes Three")."""
    written = text[q.start:q.end].strip()
    if len(written) < 3 or not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", written):
        return False
    return re.search(r"(?<![A-Za-z])" + re.escape(written) + r"(?![A-Za-z])", other, re.I) is not None


@register
class NumberMissing(_QuantityCheck):
    code = "NUM-MISSING"
    severity = "error"
    description = "a source number has no counterpart in the target"

    def findings(self, cmp, pair, sname, tname):
        # a value the source repeats, the target says once ("3 awards for his 3 films" ↔ "د درې
        # واړو فلمونو"): not missing while no target quantity is left that could be its changed copy
        said = set() if cmp.target_left else {(m.q.value, m.q.units) for m, _ in cmp.matched}
        for s in cmp.missing:
            if (s.q.value, s.q.units) in said:
                continue
            if _misspelt(pair.target.text, pair.target.lang, s.q.readings):
                continue                 # its number word is there, one letter off (اوالس for اوولس)
            if _kept_in_latin(pair.source.text, s.q, pair.target.text):
                continue                 # "And Baby Makes Three" kept in Latin script in the Pashto
            if _moved_across(s, pair, self.ctx, source=True):
                continue                 # said in the neighbouring sentence's translation instead
            if _said_before(s, pair, self.ctx):
                continue                 # "the 120 houses" given just before ↔ دا کورونه "these houses"
            sspan, _ = self.spans(pair, s, None)
            f = self.finding(f"{sname} {format_quantity(s.q)} is missing from the {tname}",
                             source=sspan, source_value=_plain(s.q.value))
            # a weak number left on the other side (a number word, a homograph) may render it;
            # the indefinite یو/یوه ("a") left over says nothing about a count above one
            left = any(t.passive and (t.q.value != 1 or s.q.value == 1) for t in cmp.target_left)
            marks = _context_marks(s, (pair.source.text, pair.source.lang), (pair.target.text, pair.target.lang),
                                   self.ctx, pair, source=True)
            f.strength = evidence_strength(s, extra=marks | ({"left"} if left else set()))
            yield f


@register
class NumberExtra(_QuantityCheck):
    code = "NUM-EXTRA"
    severity = "warning"
    description = "a target number has no counterpart in the source"

    def findings(self, cmp, pair, sname, tname):
        for t in cmp.extra:
            if _moved_across(t, pair, self.ctx, source=False):
                continue                 # the figure of the neighbouring sentence's source, moved here
            _, tspan = self.spans(pair, None, t)
            f = self.finding(f"{tname} {format_quantity(t.q)} has no counterpart in the {sname}",
                             target=tspan, target_value=_plain(t.q.value))
            f.strength = evidence_strength(t, extra=_context_marks(
                t, (pair.target.text, pair.target.lang), (pair.source.text, pair.source.lang), self.ctx, pair,
                source=False))
            yield f


_APPROX_WORDS = {"over": "more than", "under": "less than / up to", "about": "about"}


@register
class NumberApproximation(_QuantityCheck):
    code = "NUM-APPROX"
    severity = "warning"
    description = "a number's approximation points the other way (more than ↔ less than)"

    def findings(self, cmp, pair, sname, tname):
        for s, t in cmp.approx_changed:
            sspan, tspan = self.spans(pair, s, t)
            yield self.finding(
                f"{sname} says {_APPROX_WORDS[s.approx]} {format_quantity(s.q)}, "
                f"{tname} says {_APPROX_WORDS[t.approx]}",
                source=sspan, target=tspan, source_value=s.approx, target_value=t.approx)


@register
class UnitMismatch(_QuantityCheck):
    code = "UNIT-MISMATCH"
    category = "unit"
    severity = "error"
    description = "the same number with a different unit or currency"

    def findings(self, cmp, pair, sname, tname):
        for s, t in cmp.unit_mismatch:
            sspan, tspan = self.spans(pair, s, t)
            f = self.finding(f"{sname} {format_quantity(s.q)} is {format_quantity(t.q)} in {tname}",
                             source=sspan, target=tspan,
                             source_value=s.q.unit, target_value=t.q.unit)
            # 3 GW ↔ ۳ میګاواټه (one dimension) is clear; 40 % ↔ ۴۰ ټنه may be two quantities
            same_dim = any(ua.dimension == ub.dimension for ua in s.q.units for ub in t.q.units)
            f.strength = evidence_strength(*(x for x in (s, t) if x.q.label or x.whole.written != "digits"),
                                           extra=() if same_dim else ("dimension",))
            yield f
