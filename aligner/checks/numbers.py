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
4. the rest → ``NUM-MISSING`` (source only) and ``NUM-EXTRA`` (target only, a warning).

Matched pairs whose approximation points opposite ways ("more than 40%" / "له ۴۰٪ څخه کم")
give ``NUM-APPROX`` (warning).

Noise control: quantities written as small number words, word ordinals and fractions, and bare
scale words ("one of the", "a million", "two sides", "first") are *weak* — they can absorb a
partner but are never reported; quantities inside dates (found by :mod:`aligner.lang.dates`)
are treated the same way, dates being the date checks' business.  Digits of names and codes
(COVID-19, A320, "BBC Radio 4") are *labels*: they absorb the same digits on the other side
and may be one side of a ``NUM-MISMATCH``, but are never reported missing or extra.

Measured on NTREX-128 en–ps (1,997 professional translation pairs): 26 findings, 23 of them
real translation errors (see tests/test_check_numbers.py).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ..lang.quantities import LANGS, Quantity, extract_quantities, format_quantity
from ..model import Finding
from ..text.normalize import fold
from .base import CheckContext, Pair, PairCheck, register

try:                                     # written by the dates work; optional until it exists
    from ..lang.dates import find_dates as _find_dates
except ImportError:                      # pragma: no cover - depends on the tree's state
    _find_dates = None

LANG_NAMES = {"en": "English", "ps": "Pashto"}

#: relative tolerance for "the same number", and for an approximate unit conversion
SAME = 1e-6
CONVERTED = 0.03


@dataclass(frozen=True)
class Item:
    """One comparable quantity of one side (a range contributes its two ends)."""
    q: Quantity                  # the quantity compared (a range end for ranges)
    whole: Quantity              # the quantity as found (the range itself for range ends)
    index: int                   # order on its side
    pos: float                   # relative position of its start in the side's text, 0..1
    passive: bool                # weak, name-like or in a date: may match, never reported alone
    pairable: bool               # may be reported as the one side of a mismatch (not weak, no date)

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
    approx_changed: list[tuple[Item, Item]] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------
# Matching
# ----------------------------------------------------------------------------------------------

def _same(a: float, b: float, rel: float = SAME) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def equivalence(a: Quantity, b: Quantity) -> Optional[float]:
    """How well ``a`` and ``b`` denote the same amount (higher is better), or None."""
    best: Optional[float] = None
    for ia, va in enumerate(a.readings):
        for ib, vb in enumerate(b.readings):
            penalty = 0.2 * ((ia > 0) + (ib > 0))          # prefer primary readings
            score: Optional[float] = None
            if a.units and b.units:
                for ua in a.units:
                    for ub in b.units:
                        if ua.rephrases(ub) and _same(va, vb):
                            score = max(score or 0.0, 1.5)
                            continue
                        if not ua.compatible(ub):
                            continue
                        if _same(ua.base(va), ub.base(vb)):
                            s = 3.0 if ua.code == ub.code else 2.5
                        elif (ua.approx or ub.approx) and ua.code != ub.code \
                                and _same(ua.base(va), ub.base(vb), CONVERTED):
                            s = 2.0
                        else:
                            continue
                        score = s if score is None else max(score, s)
            elif _same(va, vb):
                score = 2.0                                 # only one side names a unit
            if score is not None:
                best = score - penalty if best is None else max(best, score - penalty)
    return best


def _units_clash(a: Quantity, b: Quantity) -> bool:
    """Both name units and no reading of one is compatible with a reading of the other
    at the same number (3 GW / 3 MW, £11m / 11m dollars, 40% / 40 t)."""
    if not (a.units and b.units):
        return False
    if not any(_same(va, vb) for va in a.readings for vb in b.readings):
        return False
    return equivalence(a, b) is None


_YEAR_TEXT = re.compile(r"\D*\d{4}\D*")


def _is_year(q: Quantity) -> bool:
    """Four plain digits between 1000 and 2100 ("2,000" with a separator is a count)."""
    return (q.kind in ("number", "decade") and not q.units and q.written == "digits"
            and q.value == int(q.value) and 1000 <= q.value <= 2100
            and bool(_YEAR_TEXT.fullmatch(fold(q.text))))


def _sort(q: Quantity) -> str:
    """What kind of thing a quantity counts, for pairing left-overs into mismatches."""
    if q.kind in ("ordinal", "time"):
        return q.kind
    if q.units:
        return q.units[0].dimension
    if _is_year(q):
        return "year"
    return "plain"


def _mantissa(v: float) -> float:
    """The significant digits of a value: 20,000 and 2000 → 2.0; 1,100 and 11,000 → 1.1."""
    if v == 0:
        return 0.0
    return round(abs(v) / 10 ** math.floor(math.log10(abs(v))), 6)


def _sorts_pair(a: Quantity, b: Quantity) -> bool:
    sa, sb = _sort(a), _sort(b)
    if sa == sb or _mantissa(a.value) == _mantissa(b.value):
        return True                                         # same digits: a dropped 0, a changed scale
    if a.units and b.units and any(ua.dimension == ub.dimension or ua.rephrases(ub)
                                   for ua in a.units for ub in b.units):
        return True
    return "plain" in (sa, sb)


_MARKER = re.compile(r"[(\[]\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}\s*[)\]]|^\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}\s*[)\]]")


def _is_list_marker(text: str, q: Quantity) -> bool:
    """(1), [2], 3] or a leading "1)": an enumerator or footnote mark, not a quantity."""
    a, b = max(0, q.start - 2), min(len(text), q.end + 2)
    return bool(_MARKER.search(text[a:b])) and q.unit is None and q.value == int(q.value) < 100


def _items(qs: list[Quantity], text_len: int, dates: list[tuple[int, int]], text: str = "") -> list[Item]:
    items: list[Item] = []
    for q in qs:
        in_date = any(q.start < b and a < q.end for a, b in dates) or (text and _is_list_marker(text, q))
        for part in (q.parts or (q,)):
            weak = q.weak or part.weak or in_date
            items.append(Item(part, q, len(items), part.start / max(text_len, 1),
                              passive=weak or q.label, pairable=not weak))
    return items


def _date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    if _find_dates is None or not text:
        return []
    return [(d.start, d.end) for d in _find_dates(text, lang)]


def _mismatch_cost(s: Item, t: Item) -> float:
    """How unlikely it is that ``t`` is ``s`` mistranslated: far apart, different digits,
    different units and different sizes all cost."""
    cost = abs(s.pos - t.pos)
    cost += 0.05 * abs(math.log10(abs(s.q.value) + 1) - math.log10(abs(t.q.value) + 1))
    if _sort(s.q) != _sort(t.q):
        cost += 0.5                                         # a year for a count: possible, unlikely
    if _mantissa(s.q.value) == _mantissa(t.q.value):
        cost -= 0.5
    if s.q.unit and t.q.unit and {u.code for u in s.q.units} & {u.code for u in t.q.units}:
        cost -= 0.3
    return cost


@lru_cache(maxsize=4096)
def compare(source: str, source_lang: str, target: str, target_lang: str) -> Comparison:
    """Match the quantities of ``source`` and ``target`` (see the module docstring)."""
    src = _items(extract_quantities(source, source_lang, include_labels=True), len(source),
                 _date_spans(source, source_lang), source)
    tgt = _items(extract_quantities(target, target_lang, include_labels=True), len(target),
                 _date_spans(target, target_lang), target)
    out = Comparison()
    free_s, free_t = set(range(len(src))), set(range(len(tgt)))

    # 1. equivalent quantities
    cands = []
    for i, s in enumerate(src):
        for j, t in enumerate(tgt):
            score = equivalence(s.q, t.q)
            if score is not None:
                # ties: like with like (weak with weak, a time with a time), then the nearer
                cands.append((-score, s.passive != t.passive, s.q.kind != t.q.kind,
                              abs(s.pos - t.pos), i, j))
    for *_, i, j in sorted(cands):
        if i in free_s and j in free_t:
            free_s.discard(i)
            free_t.discard(j)
            out.matched.append((src[i], tgt[j]))
    for s, t in out.matched:
        if s.approx and t.approx and not (s.passive and t.passive) \
                and {s.approx, t.approx} == {"over", "under"}:
            out.approx_changed.append((s, t))

    # 2. same number, incompatible units
    pairs = sorted((abs(src[i].pos - tgt[j].pos), i, j) for i in free_s for j in free_t
                   if not (src[i].passive and tgt[j].passive) and _units_clash(src[i].q, tgt[j].q))
    for _, i, j in pairs:
        if i in free_s and j in free_t:
            free_s.discard(i)
            free_t.discard(j)
            out.unit_mismatch.append((src[i], tgt[j]))

    # 3. different numbers of the same sort in each other's place (one may be name-like:
    #    "Radio 4" against "راډیو ۵", but at least one must be a plain active quantity)
    active_s = [i for i in sorted(free_s) if src[i].pairable]
    active_t = [j for j in sorted(free_t) if tgt[j].pairable]
    pairs = sorted((_mismatch_cost(src[i], tgt[j]), i, j)
                   for i in active_s for j in active_t
                   if not (src[i].passive and tgt[j].passive) and _sorts_pair(src[i].q, tgt[j].q))
    for _, i, j in pairs:
        if i in free_s and j in free_t:
            free_s.discard(i)
            free_t.discard(j)
            out.mismatch.append((src[i], tgt[j]))
    out.mismatch.sort(key=lambda p: p[0].index)

    # 4. the rest, unless weak, name-like or in a date
    out.missing = [src[i] for i in sorted(free_s) if not src[i].passive]
    out.extra = [tgt[j] for j in sorted(free_t) if not tgt[j].passive]
    return out


# ----------------------------------------------------------------------------------------------
# The checks
# ----------------------------------------------------------------------------------------------

def _name(lang: str) -> str:
    return LANG_NAMES.get(lang, lang)


def _plain(v: float):
    return int(v) if v == int(v) else v


class _QuantityCheck(PairCheck):
    """Shared plumbing: every quantity check reads the same cached :func:`compare` result."""
    category = "number"

    def check_pair(self, pair: Pair, ctx: CheckContext) -> Iterable[Finding]:
        src, tgt = pair.source, pair.target
        if src.lang not in LANGS or tgt.lang not in LANGS:
            return ()                    # no number lexicon for this language: nothing to say
        cmp = compare(src.text, src.lang, tgt.text, tgt.lang)
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
            what = (f"time '{s.q.text}' is '{t.q.text}'" if clock
                    else f"{format_quantity(s.q)} is {format_quantity(t.q)}")
            yield self.finding(f"{sname} {what} in {tname}",
                               code="TIME-MISMATCH" if clock else "NUM-MISMATCH",
                               source=sspan, target=tspan,
                               source_value=_plain(s.q.value), target_value=_plain(t.q.value))


@register
class NumberMissing(_QuantityCheck):
    code = "NUM-MISSING"
    severity = "error"
    description = "a source number has no counterpart in the target"

    def findings(self, cmp, pair, sname, tname):
        for s in cmp.missing:
            sspan, _ = self.spans(pair, s, None)
            yield self.finding(f"{sname} {format_quantity(s.q)} is missing from the {tname}",
                               source=sspan, source_value=_plain(s.q.value))


@register
class NumberExtra(_QuantityCheck):
    code = "NUM-EXTRA"
    severity = "warning"
    description = "a target number has no counterpart in the source"

    def findings(self, cmp, pair, sname, tname):
        for t in cmp.extra:
            _, tspan = self.spans(pair, None, t)
            yield self.finding(f"{tname} {format_quantity(t.q)} has no counterpart in the {sname}",
                               target=tspan, target_value=_plain(t.q.value))


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
            yield self.finding(f"{sname} {format_quantity(s.q)} is {format_quantity(t.q)} in {tname}",
                               source=sspan, target=tspan,
                               source_value=s.q.unit, target_value=t.q.unit)
