"""Date checks: every date in the source must come through, converted correctly, in the target.

Three plug-ins share one comparison per bead (:func:`compare_dates`):

``DATE-MISMATCH`` (error)
    a source date whose counterpart in the target says a different year, month, day or
    weekday after conversion to the Gregorian calendar ("English 9 June 2025 is 19 June
    2025 in Pashto"); a Solar Hijri year written as a Gregorian one or the other way round
    (years 621/622 apart) gets its own message; an extra target date that contradicts a
    source date (a wrong Solar Hijri date added beside the right Gregorian one) too.
``DATE-MISSING`` (error for a full date, warning for a month or year)
    a source date with no counterpart: neither a parsed date nor even its numbers and
    month name anywhere in the target.
``DATE-EXTRA`` (warning)
    a target date with no counterpart in the source.

``DATE-MISSING`` carries ``strength`` (:func:`missing_strength`): a full date dropped is the
clearest; a month or a year less so; lower again when the target says a date relative to now
(سږکال, پرون: ``date_relative.tsv``), names a weekday for a day, when the date is a bracketed aside,
or when the neighbouring pair's target has it and its source has not (a boundary moved).

Dates are compared at the precision both sides have: "2023" matches "21 March 2023",
"in June" matches "د جون په ۹مه"; a Solar Hijri date matches the Gregorian one it converts
to, so ``۱ حمل ۱۴۰۲`` added beside ``21 March 2023`` is fine.  Two mentions are
counterparts only if they agree on at least one field both state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Iterable, Optional

from ..lang.dates import (GREGORIAN, SOLAR_HIJRI, DateEvidence, DateMention, date_evidence, find_dates, lexicon,
                          gregorian_to_sh, month_label, weekday_label, with_word_numbers)
from ..lang.data import iter_rows
from ..lang.respell import date_like
from ..text.normalize import fold
from .base import CheckContext, Pair, PairCheck, register

LANG_NAMES = {"en": "English", "ps": "Pashto"}
SUPPORTED = frozenset(LANG_NAMES)
#: A Solar Hijri year is the Gregorian year minus 621 (before Nowruz: minus 622).
SH_OFFSETS = (621, 622)


@dataclass(frozen=True)
class DateIssue:
    code: str
    message: str
    source: Optional[DateMention] = None
    target: Optional[DateMention] = None
    severity: Optional[str] = None          # None: the check's default


# --------------------------------------------------------------------------- describing

def _describe_ymd(y, m, d, cal: str = GREGORIAN) -> str:
    parts = [str(d)] if d is not None else []
    if m is not None:
        parts.append(month_label(cal, m))
    if y is not None:
        parts.append(str(y))
    return " ".join(parts)


def describe(m: DateMention) -> str:
    """A date for messages: "9 June 2025", "June", "1 Hamal 1402 (= 21 March 2023)",
    "31 Mizan 1402 (no such date: Mizan has 30 days)"."""
    if m.impossible:
        y, mo, d = m.original
        written = _describe_ymd(y, mo, d, m.calendar) if m.bad_field == 2 else f"'{m.text}'"
        text = f"{written} (no such date: {m.impossible})"
    elif m.calendar == SOLAR_HIJRI:
        y, mo, d = m.original
        written = _describe_ymd(y, mo, d, SOLAR_HIJRI) + (" SH" if mo is None else "")
        converted = " or ".join(dict.fromkeys(_describe_ymd(*r) for r in m.readings()))
        text = f"{written} (= {converted})"
    else:
        text = _describe_ymd(*m.original)
        if len(m.readings()) > 1:
            text += " (or " + " or ".join(_describe_ymd(*r) for r in m.readings()[1:]) + ")"
    if m.weekday is not None:
        text = f"{weekday_label(m.weekday)}, {text}"
    return text


def _value(m: DateMention) -> dict:
    return {"text": m.text, "calendar": m.calendar, "original": list(m.original), "year": m.year,
            "month": m.month, "day": m.day, "precision": m.precision, "weekday": m.weekday,
            **({"impossible": m.impossible} if m.impossible else {})}


# --------------------------------------------------------------------------- comparing

def _fields_agree(a, b) -> tuple[bool, int]:
    """(compatible, number of fields both state) for two readings."""
    shared = 0
    for x, y in zip(a, b):
        if x is not None and y is not None:
            if x != y:
                return False, 0
            shared += 1
    return True, shared


def _states(m: DateMention, k: int) -> bool:
    return any(r[k] is not None for r in m.readings())


def shared_fields(a: DateMention, b: DateMention) -> int:
    """How many fields ``a`` and ``b`` both state and agree on, for the best pair of readings
    that agree on *every* field both state; 0 when they are not compatible.  A positive
    value means: the two are the same date at the precision both have.

    A date that does not exist agrees only with itself as written wherever the other date
    states the impossible field (31 Mizan 1402 is neither 5 Mizan 1402 nor 30 Mizan 1402);
    at a precision the other has (Mizan 1402, 1402) it agrees as usual."""
    if a.impossible and b.impossible and (a.calendar, a.original) == (b.calendar, b.original):
        return sum(x is not None for x in a.original)
    for x, y in ((a, b), (b, a)):
        if x.impossible and (y.impossible or _states(y, x.bad_field)):
            return 0
    best = 0
    for ra in a.readings():
        for rb in b.readings():
            ok, shared = _fields_agree(ra, rb)
            if ok:
                best = max(best, shared)
    return best


def compatible(a: DateMention, b: DateMention) -> bool:
    return shared_fields(a, b) > 0


def agreement(a: DateMention, b: DateMention) -> int:
    """How closely two *incompatible* dates are related: the most fields a pair of readings
    has in common (9 June 2025 vs 19 June 2025: 2), or 1 for a Solar Hijri / Gregorian year
    confusion (2023 vs "SH 2023")."""
    best = 0
    for ra in a.readings():
        for rb in b.readings():
            best = max(best, sum(x is not None and x == y for x, y in zip(ra, rb)))
    if not best and _sh_ce_confusion(a, b):
        best = 1
    return best


def loosely_present(m: DateMention, ev: DateEvidence) -> bool:
    """The numbers and month name of ``m`` (as written, or converted) occur in the other text
    (a date that does not exist: as written, its month as a name or a number)."""
    if m.impossible:
        y, mo, d = m.original
        return all(x is None or x in ev.numbers for x in (y, d)) and \
            (mo is None or mo in ev.numbers or (m.calendar, mo) in ev.months)
    readings = [(r, GREGORIAN) for r in m.readings()] + [(m.original, m.calendar)]
    for (y, mo, d), cal in readings:
        if y is not None:
            if cal != GREGORIAN:
                years = {y}
            elif mo is not None and d is not None:      # a day converts to one Solar Hijri year
                years = {y, gregorian_to_sh(y, mo, d)[0]}
            else:
                years = {y} | {y - k for k in SH_OFFSETS}
            if not years & ev.numbers:
                continue
        if mo is not None and (cal, mo) not in ev.months:
            continue
        if d is not None and d not in ev.numbers:
            continue
        return True
    return False


def _sh_ce_confusion(a: DateMention, b: DateMention) -> Optional[str]:
    """A note when one side's year is the other's in the wrong calendar (621/622 apart)."""
    for x, y in ((a, b), (b, a)):
        written = x.original[0]
        if written is None or y.year is None:
            continue
        if x.calendar == GREGORIAN and y.calendar == GREGORIAN and y.year - written in SH_OFFSETS:
            return (f"{written} is the Solar Hijri year of {y.year}, written as if it were "
                    f"a Gregorian (CE) year")
        if x.calendar == SOLAR_HIJRI and written in {r[0] for r in y.readings()}:
            return (f"{written} is the Gregorian (CE) year, written as a Solar Hijri year "
                    f"(SH {written} = {written + 621}/{written + 622}); "
                    f"the SH year is {written - 622}/{written - 621}")
    return None


def _mismatch_message(s: DateMention, t: DateMention, src: str, tgt: str, *, added: bool = False) -> str:
    if added:
        msg = f"{LANG_NAMES[tgt]} adds {describe(t)} beside {describe(s)}, but they differ"
    else:
        msg = f"{LANG_NAMES[src]} {describe(s)} is {describe(t)} in {LANG_NAMES[tgt]}"
    note = _sh_ce_confusion(s, t)
    return f"{msg}: Solar Hijri / Gregorian confusion — {note}" if note else msg


def _closest(m: DateMention, options: list[DateMention], m_len: int, o_len: int) -> DateMention:
    """Best counterpart: most fields in common, then same precision, then similar position."""
    pos = m.start / max(m_len, 1)
    return max(options, key=lambda o: (agreement(m, o), o.precision == m.precision,
                                       -abs(o.start / max(o_len, 1) - pos)))


_RANK = {"year": 0, "month": 1, "day": 2}


def _blank(text: str, mentions) -> str:
    """``text`` with the digits inside ``mentions`` replaced by spaces (offsets kept; month
    names stay: one name may serve two dates, "June 9 and June 19" ↔ د جون په ۹ … په ۱۹)."""
    if not mentions:
        return text
    chars = list(text)
    for m in mentions:
        for k in range(m.start, m.end):
            if chars[k].isdigit():
                chars[k] = " "
    return "".join(chars)


#: Pashto month names that are also the ordinal suffix after a number (folded): مې، می (May)
_ORDINAL_MONTHS = frozenset(fold(w) for w in ("مې", "می", "مۍ", "مه"))


@lru_cache(maxsize=1)
def _decade_words() -> frozenset:
    """The Pashto words for "decade" that make the number before them a decade (quantity_cues.tsv:
    decade_word): د ۱۹۹۰ مې لسیزه, the 1990s."""
    return frozenset(fold(r[1]) for r in iter_rows("quantity_cues.tsv", 3) if r[0] == "ps" and r[2] == "decade_word")


def _decade_ordinal(text: str, m: DateMention) -> bool:
    """Whether a Pashto year + month name is a decade with its ordinal suffix: "د ۱۹۹۰ مې لسیزې"
    (the 1990s), "د 1960 می لسیزې": مې / می before لسیزه is the suffix -th, not May."""
    if m.day is not None or m.year is None:
        return False
    words = fold(m.text).split()
    if len(words) < 2 or words[-1] not in _ORDINAL_MONTHS:
        return False
    nxt = re.match(r"\s*(\w+)", text[m.end:])
    return nxt is not None and fold(nxt.group(1)) in _decade_words()


def find_checked_dates(text: str, lang: str) -> tuple[DateMention, ...]:
    """:func:`aligner.lang.dates.find_dates` less the Pashto decades read as a year and May
    (:func:`_decade_ordinal`)."""
    found = tuple(find_dates(text, lang))
    if lang == "en" or not found:
        return found
    return tuple(m for m in found if not _decade_ordinal(text, m))


def dates_in(ctx: Optional[CheckContext], text: str, lang: str) -> tuple[DateMention, ...]:
    """The dates of ``text``, found once per run and shared through the check context by the
    date checks and the number checks (which leave the numbers inside dates to the date checks)."""
    if ctx is None:
        return find_checked_dates(text, lang)
    return ctx.shared("dates.find", (text, lang), lambda: find_checked_dates(text, lang))


@lru_cache(maxsize=4096)
def compare_dates(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str) -> tuple[DateIssue, ...]:
    """All date issues between a source and a target text (cached per pair of texts); see
    :func:`compare_found_dates`."""
    if src_lang not in SUPPORTED or tgt_lang not in SUPPORTED:
        return ()
    return compare_found_dates(src_text, src_lang, tgt_text, tgt_lang,
                               find_checked_dates(src_text, src_lang), find_checked_dates(tgt_text, tgt_lang))


def compare_found_dates(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str,
                        S: tuple, T: tuple) -> tuple[DateIssue, ...]:
    """All date issues between a source and a target text (cached per pair of texts).

    1. Each date's *best agreement* is the most fields it shares with a compatible date on
       the other side (0: none).
    2. An incompatible pair whose relatedness (:func:`agreement`) beats the best agreement
       of both members is a mismatch: in "29 September 2018 … 2017" ↔ "د 2017 کال د سپټمبر
       په 29 … 2018 کال" the years were swapped, although each year alone has a partner.
    3. A source date with no compatible partner: a mismatch with a related target date that
       has none either; silent if its numbers and month name occur anywhere in the target
       (parsed or not); otherwise missing.
    4. A target date with no compatible partner: silent if loosely present in the source;
       a mismatch if related to a source date (a wrong Solar Hijri date added beside a
       right Gregorian one); otherwise extra.
    5. A leftover source date and a leftover target date of the same precision are one date
       turned into another: a mismatch rather than a missing and an extra.
    """
    if src_lang not in SUPPORTED or tgt_lang not in SUPPORTED:
        return ()
    S, T = list(S), list(T)
    if not S and not T:
        return ()
    src, tgt = LANG_NAMES[src_lang], LANG_NAMES[tgt_lang]
    shared = [[shared_fields(s, t) for t in T] for s in S]
    # a date's best agreement counts only partners as precise as it is, when the other side has
    # any: "2025" agrees with every day of 2025, but where the other side also names days, a
    # day of the year must find its own ("Week 23 of 2025 (1–7 June)" ↔ "… (۶–۱۷ جوزا ۱۴۰۴،
    # ۱–۷ جون ۲۰۲۵)": 6 Jawza is 27 May, no day of the English)
    rank_s, rank_t = [_RANK[s.precision] for s in S], [_RANK[t.precision] for t in T]
    best_s = [max((shared[i][j] for j in range(len(T)) if rank_t[j] >= rank_s[i]), default=0)
              if any(r >= rank_s[i] for r in rank_t) else max(shared[i], default=0) for i in range(len(S))]
    best_t = [max((shared[i][j] for i in range(len(S)) if rank_s[i] >= rank_t[j]), default=0)
              if any(r >= rank_t[j] for r in rank_s) else max((shared[i][j] for i in range(len(S))), default=0)
              for j in range(len(T))]
    issues: list[DateIssue] = []
    done_s: set[int] = set()
    done_t: set[int] = set()

    # weekday: checked between best partners only
    for i, s in enumerate(S):
        for j, t in enumerate(T):
            if shared[i][j] and shared[i][j] == best_s[i] and s.weekday is not None \
                    and t.weekday is not None and s.weekday != t.weekday:
                issues.append(DateIssue("DATE-MISMATCH",
                                        f"{src} {describe(s)} is {describe(t)} in {tgt}: the weekday differs", s, t))

    # 2. conflicts closer than any agreement
    conflicts = []
    for i, s in enumerate(S):
        for j, t in enumerate(T):
            if not shared[i][j]:
                a = agreement(s, t)
                if a > best_s[i] and a > best_t[j]:
                    conflicts.append((-a, s.precision != t.precision, i, j))
    for _, _, i, j in sorted(conflicts):
        if i not in done_s and j not in done_t:
            done_s.add(i)
            done_t.add(j)
            issues.append(DateIssue("DATE-MISMATCH", _mismatch_message(S[i], T[j], src_lang, tgt_lang), S[i], T[j]))

    # 3. source dates without a partner.  The evidence of a loose presence leaves out the numbers
    # of the dates that found a partner: they are spoken for ("24 September 2025 (19 Sunbula to
    # 2 Mizan 1404)" has a 24, a Sunbula and a 1404, but no 24 Sunbula 1404)
    tgt_free = _blank(tgt_text, [t for j, t in enumerate(T) if best_t[j]])
    src_free = _blank(src_text, [s for i, s in enumerate(S) if best_s[i]])
    ev_t = date_evidence(tgt_free, tgt_lang)
    ev_s = date_evidence(src_free, src_lang)
    pending_s: list[DateMention] = []
    for i, s in enumerate(S):
        if i in done_s or best_s[i]:
            continue
        free = [j for j, t in enumerate(T) if j not in done_t and not best_t[j] and agreement(s, t)]
        if free:
            j = T.index(_closest(s, [T[j] for j in free], len(src_text), len(tgt_text)))
            done_t.add(j)
            issues.append(DateIssue("DATE-MISMATCH", _mismatch_message(s, T[j], src_lang, tgt_lang), s, T[j]))
        elif not (loosely_present(s, ev_t) or loosely_present(s, with_word_numbers(ev_t, tgt_free, tgt_lang))):
            pending_s.append(s)

    # 4. target dates without a partner
    pending_t: list[DateMention] = []
    for j, t in enumerate(T):
        if j in done_t or best_t[j] or loosely_present(t, ev_s) \
                or loosely_present(t, with_word_numbers(ev_s, src_free, src_lang)):
            continue
        related = [s for s in S if agreement(s, t)]
        if related:
            s = _closest(t, related, len(tgt_text), len(src_text))
            issues.append(DateIssue("DATE-MISMATCH", _mismatch_message(s, t, src_lang, tgt_lang, added=True), s, t))
        else:
            pending_t.append(t)

    # 5. one date turned into another, or missing / extra
    for s in pending_s:
        twin = next((t for t in pending_t if t.precision == s.precision), None)
        if twin is not None:
            pending_t.remove(twin)
            issues.append(DateIssue("DATE-MISMATCH", _mismatch_message(s, twin, src_lang, tgt_lang), s, twin))
        else:
            issues.append(DateIssue("DATE-MISSING", f"{src} {describe(s)} has no counterpart in {tgt}", s, None,
                                    severity="error" if s.precision == "day" else None))
    for t in pending_t:
        issues.append(DateIssue("DATE-EXTRA", f"{tgt} {describe(t)} has no counterpart in {src}", None, t))
    issues.sort(key=lambda x: x.source.start if x.source else x.target.start)
    return tuple(issues)


# --------------------------------------------------------------------------- plug-ins

class _DateCheck(PairCheck):
    category: ClassVar[str] = "date"

    def check_pair(self, pair: Pair, ctx: CheckContext) -> Iterable:
        src, tgt = pair.source, pair.target
        args = (src.text, src.lang, tgt.text, tgt.lang)
        if src.lang not in SUPPORTED or tgt.lang not in SUPPORTED:
            return
        # one date comparison per bead, on the dates found once per run (shared with the number checks)
        issues = compare_dates(*args) if ctx is None else ctx.shared(
            "dates.compare", args, lambda: compare_found_dates(
                *args, dates_in(ctx, src.text, src.lang), dates_in(ctx, tgt.text, tgt.lang)))
        for issue in issues:
            if issue.code != self.code:
                continue
            f = self.finding(
                issue.message, severity=issue.severity,
                source=pair.source.span(issue.source.start, issue.source.end) if issue.source else None,
                target=pair.target.span(issue.target.start, issue.target.end) if issue.target else None,
                source_value=_value(issue.source) if issue.source else None,
                target_value=_value(issue.target) if issue.target else None)
            if issue.code == "DATE-MISSING" and issue.source is not None:
                f.strength = missing_strength(issue.source, pair, ctx)
            if issue.code == "DATE-MISMATCH" and issue.source and issue.target:
                f.suggestion = _suggestion(pair, issue.source, issue.target,
                                           ctx.result.target.text if ctx is not None else pair.target.text)
            yield f


# --------------------------------------------------------------------------- strength of DATE-MISSING

#: the strength of a missing date by its precision (a full date dropped is the clearest), and the
#: factor of each weaker piece of evidence (see :func:`missing_strength`)
PRECISION_STRENGTH = {"day": 1.0, "month": 0.85, "year": 0.8}
WEAK_EVIDENCE = {
    "relative": 0.6,     # the target says a date relative to now (سږکال, پرون, تېر کال): it may render it
    "weekday": 0.7,      # a day of the source, and the target names a weekday: the day said by its name
    "aside": 0.8,        # the source date is in brackets: an aside a translation may leave out
    "moved": 0.5,        # a neighbouring pair's target has the date and its source has not: a boundary moved
}
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _relative_phrases(lang: str) -> frozenset:
    return frozenset(tuple(_WORDS.findall(fold(row[1]).lower())) for row in iter_rows("date_relative.tsv", 2)
                     if row[0] == lang)


@lru_cache(maxsize=None)
def _weekday_words(lang: str) -> frozenset:
    return frozenset(tuple(_WORDS.findall(fold(row[0]).lower())) for row in iter_rows("date_weekdays.tsv", 3)
                     if row[1] == lang and len(row[0]) > 3)


def _says(text: str, lang: str, phrases: frozenset) -> bool:
    words = _WORDS.findall(fold(text).lower())
    longest = max((len(p) for p in phrases), default=0)
    return any(tuple(words[i:i + n]) in phrases for i in range(len(words)) for n in range(1, longest + 1))


def says_relative_date(text: str, lang: str) -> bool:
    """Whether ``text`` says a date relative to now (سږکال, پرون, last year: ``date_relative.tsv``)."""
    return _says(text, lang, _relative_phrases(lang))


_OPEN_BRACKET_END = re.compile(r"[(\[]\s*$")


def relative_date_before(text: str, lang: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in brackets right after a date said relative to now,
    as its gloss: تېر کال (۲۰۲۳), "last year (2023)", سږکال (۱۴۰۲) (``date_relative.tsv``)."""
    m = _OPEN_BRACKET_END.search(text, 0, start)
    if m is None:
        return False
    words = _WORDS.findall(fold(text[max(0, m.start() - 60):m.start()]).lower())
    return any(tuple(words[-n:]) in _relative_phrases(lang) for n in range(1, min(4, len(words)) + 1))


def missing_strength(s: DateMention, pair: Pair, ctx: Optional[CheckContext] = None) -> float:
    """How clear a DATE-MISSING is: :data:`PRECISION_STRENGTH` of the source date, times the factor
    of each weaker piece of evidence (:data:`WEAK_EVIDENCE`) the pair carries."""
    st = PRECISION_STRENGTH.get(s.precision, 1.0)
    tgt = pair.target
    marks = set()
    if says_relative_date(tgt.text, tgt.lang):
        marks.add("relative")
    if s.precision == "day" and s.weekday is None and _says(tgt.text, tgt.lang, _weekday_words(tgt.lang)):
        marks.add("weekday")
    src = pair.source.text
    a = max(src.rfind("(", 0, s.start), src.rfind("[", 0, s.start))
    if a >= 0 and max(src.rfind(")", a, s.start), src.rfind("]", a, s.start)) < 0 and re.search(r"[)\]]", src[s.end:]):
        marks.add("aside")
    if ctx is not None:
        pairs = ctx.pairs
        for k in (pair.index - 1, pair.index + 1):
            if 0 <= k < len(pairs) and pairs[k].source.text and pairs[k].target.text:
                nb = pairs[k]
                if any(compatible(s, t) for t in dates_in(ctx, nb.target.text, nb.target.lang)) and \
                        not any(compatible(s, x) for x in dates_in(ctx, nb.source.text, nb.source.lang)):
                    marks.add("moved")
    for m in marks:
        st *= WEAK_EVIDENCE[m]
    return round(max(0.3, st), 3)


def _suggestion(pair: Pair, s: DateMention, t: DateMention, context: str = "") -> Optional[dict]:
    """The fix of a changed date: the source date converted to the target's calendar, its
    fields rewritten in the target's digits and month names (only the fields the target
    states; nothing when the source date is ambiguous or the target's cannot be rewritten)."""
    if t.impossible or s.impossible or len(s.readings()) > 1:
        return None
    if t.calendar == s.calendar:
        new = s.original
    elif t.calendar == SOLAR_HIJRI:
        if None in (s.year, s.month, s.day):
            return None
        new = gregorian_to_sh(s.year, s.month, s.day)
    else:
        new = (s.year, s.month, s.day)
    new = tuple(n if o is not None else None for o, n in zip(t.original, new))
    if any(o is not None and n is None for o, n in zip(t.original, new)):
        return None
    written = pair.target.text[t.start:t.end]
    edits = date_like(written, t.calendar, t.original, new, context)
    if not edits:
        return None
    a, b = edits[0][0], edits[-1][1]
    text, pos = "", a
    for start, end, repl in edits:
        text += written[pos:start] + repl
        pos = end
    span = pair.target.span(t.start + a, t.start + b)
    return {"start": span.start, "end": span.end, "text": text}


@lru_cache(maxsize=None)
def _weekday_names(lang: str) -> tuple:
    """((token tuple, weekday number), ...) of the weekday names of ``lang`` that stand on their
    own, from the date lexicon: English full names (the labels, lower case), every Pashto form."""
    lex = lexicon()
    table = lex.weekdays.get(lang, {})
    if lang == "en":
        labels = {(form,) for form in lex.weekday_labels.values()}
        return tuple((tuple(x.lower() for x in k), day) for k, day in table.items() if k in labels)
    return tuple(table.items())


@lru_cache(maxsize=None)
def _weekday_index(lang: str) -> tuple:
    """The weekday names of ``lang`` as a lookup: ({token tuple: weekday} (the first name listed
    for a tuple wins), {first tokens}, the most tokens of a name)."""
    by_key: dict = {}
    for key, day in _weekday_names(lang):
        by_key.setdefault(key, day)
    return by_key, frozenset(k[0] for k in by_key), max((len(k) for k in by_key), default=0)


_HARAKAT = re.compile("[\u064b-\u0652\u0670]")
_MARKED_WORDS = re.compile("(?:[^\\W\\d_]|[\u064b-\u0652\u0670])+")   # words with their vowel marks (دجُمعې)
#: English names a Pashto weekday form also spells: دوشنبه is Monday and Dushanbe
_WEEKDAY_HOMOGRAPHS = {0: re.compile(r"\bDushanbe\b")}


def weekdays_named(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, weekday) of every weekday name in ``text`` on its own (Thursday, د پنجشنبې
    په ورځ), Monday = 0; English names only capitalised."""
    by_key, firsts, longest = _weekday_index(lang)
    if not by_key:
        return []
    words = list(_MARKED_WORDS.finditer(text))
    folded = [_HARAKAT.sub("", fold(w.group()).lower()) for w in words]
    if lang == "ps":                     # the older spelling glues د to its noun: دجمعې
        folded = [w[1:] if w.startswith("د") and w not in firsts and w[1:] in firsts else w for w in folded]
    out, k = [], 0
    while k < len(words):
        if folded[k] not in firsts:
            k += 1
            continue
        for n in range(min(longest, len(words) - k), 0, -1):
            hit = by_key.get(tuple(folded[k:k + n]))
            if hit is not None and (lang != "en" or words[k].group()[:1].isupper()):
                out.append((words[k].start(), words[k + n - 1].end(), hit))
                k += n
                break
        else:
            k += 1
    return out


def weekday_conflict(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str):
    """The first weekday the source names that the target does not, and the first the target
    names that the source does not, when there are both: ((start, end, day), (start, end, day))
    ("on Thursday" ↔ "د جمعې په ورځ", Friday), else None.  A Pashto دوشنبه where the English
    names Dushanbe is the city."""
    s_days = weekdays_named(src_text, src_lang)
    t_days = weekdays_named(tgt_text, tgt_lang)
    if not s_days or not t_days:
        return None
    en = src_text if src_lang == "en" else tgt_text
    if src_lang == "en":
        t_days = [d for d in t_days if not (d[2] in _WEEKDAY_HOMOGRAPHS and _WEEKDAY_HOMOGRAPHS[d[2]].search(en))]
    else:
        s_days = [d for d in s_days if not (d[2] in _WEEKDAY_HOMOGRAPHS and _WEEKDAY_HOMOGRAPHS[d[2]].search(en))]
    lost = [d for d in s_days if d[2] not in {x[2] for x in t_days}]
    new = [d for d in t_days if d[2] not in {x[2] for x in s_days}]
    return (lost[0], new[0]) if lost and new else None


@register
class DateMismatch(_DateCheck):
    code = "DATE-MISMATCH"
    severity = "error"
    description = "A date (after Solar Hijri conversion) or a weekday named on its own differs between source and target."

    def check_pair(self, pair: Pair, ctx: CheckContext) -> Iterable:
        found = list(super().check_pair(pair, ctx))
        yield from found
        if any("weekday" in f.message for f in found):
            return
        src, tgt = pair.source, pair.target
        if src.lang not in SUPPORTED or tgt.lang not in SUPPORTED:
            return
        conflict = weekday_conflict(src.text, src.lang, tgt.text, tgt.lang)
        if conflict is None:
            return
        (a, b, day_s), (c, d, day_t) = conflict
        f = self.finding(
            f"{LANG_NAMES[src.lang]} '{src.text[a:b]}' ({weekday_label(day_s)}) is '{tgt.text[c:d]}' "
            f"({weekday_label(day_t)}) in {LANG_NAMES[tgt.lang]}: the weekday differs",
            severity="warning", source=src.span(a, b), target=tgt.span(c, d),
            source_value=weekday_label(day_s), target_value=weekday_label(day_t))
        f.strength = WEEKDAY_STRENGTH
        yield f


#: the strength of a weekday named differently on its own (no date beside it to confirm the day)
WEEKDAY_STRENGTH = 0.8


@register
class DateMissing(_DateCheck):
    code = "DATE-MISSING"
    severity = "warning"
    description = "A source date has no counterpart in the target (error for a full date)."


@register
class DateExtra(_DateCheck):
    code = "DATE-EXTRA"
    severity = "warning"
    description = "A target date has no counterpart in the source."
