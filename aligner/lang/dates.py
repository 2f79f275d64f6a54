"""Date mentions in English and Pashto text, Gregorian and Afghan solar (Solar Hijri).

``find_dates(text, lang)`` returns :class:`DateMention` objects whose ``start``/``end``
are code-point offsets into the *original* text (matching runs on
:func:`aligner.text.normalize.normalize`'d text, so Pashto and Arabic-Indic digits, yeh/gaf
variants, ZWNJ and bidi marks do not matter).

Every month name, weekday name, date word and frame word comes from the data files in
``aligner/lang/data`` (``date_months.tsv``, ``date_weekdays.tsv``, ``date_markers.tsv``,
``date_day_words.tsv``); this module holds only the grammar.

What is recognised
* numeric: ``2025-06-17``, ``2025/6/17``, ``17/06/2025`` (``05/06/2025`` keeps both the
  day-first and the month-first reading as ``candidates``), ``۱۴۰۲/۱/۱`` (Solar Hijri by
  its year);
* English: ``June 9th``, ``June 9, 2025``, ``Sept. 30, 2018``, ``Jun-17-2025``,
  ``9 June 2025``, ``30th of September``, ``June 2017``, a month alone (``in June``; the
  ambiguous May/March only after a cue word), a year after a cue word (``in 2030``,
  ``by 2030``, ``in early 2018``); decades (``1980s``) and relative dates are skipped;
* Pashto: ``د ۲۰۲۳ کال د مارچ ۲۱مه``, ``د مارچ ۲۱مه``, ``۲۱ مارچ ۲۰۲۳``,
  ``د جون په نهمه نیټه`` (day as a word), ``جون-۱۷-۲۰۲۵``, ``د ۲۰۱۷ په دیسمبر کې``,
  ``د جون په میاشت کې``, a year with کال / م / میلادي / لمریز or framed as
  ``په ۲۰۳۰ کې``, ``تر ۲۰۳۰ پورې``, ``له ۲۰۱۱ راهیسې``; Solar Hijri dates with Pashto
  (وری … کب) or Dari (حمل … حوت) month names: ``د ۱۴۰۲ کال د وري ۱مه``, ``۱ حمل ۱۴۰۲``,
  ``د ۱۴۰۲ لمریز کال``.  Solar month names double as ordinary words (سرطان "cancer",
  جدي "serious"), so they count only next to a year, or a day marked as a date.

Solar Hijri dates are converted with ``jdatetime`` (the Iranian calendar agrees with the
Afghan solar calendar day for day: 1 Hamal 1402 = 21 March 2023).  A mention that cannot
be pinned to one Gregorian day carries every reading in ``candidates``: a bare SH year
1402 → (2023, None, None) and (2024, None, None); ``05/06/2025`` → 5 June and 6 May.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..text.normalize import NormText, fold, normalize, older_spellings
from .data import iter_rows
from .quantities import _year_span, extract_quantities

GREGORIAN = "gregorian"
SOLAR_HIJRI = "solar_hijri"

#: (year, month, day) in the Gregorian calendar; None = not stated.
Ymd = tuple[Optional[int], Optional[int], Optional[int]]

# Plausible years.  Four-digit numbers outside these ranges are never years.
_GREG_YEARS = range(1000, 2200)
_SH_YEARS = range(1200, 1500)
#: An unmarked 13xx/14xx year in Pashto is read as Solar Hijri (Afghan usage) but keeps its
#: literal Gregorian reading as a candidate.
_SH_DEFAULT_YEARS = range(1300, 1500)
#: A bare number framed as په … کې / تر … پورې (no کال) counts as a year only in this range:
#: "تر 1500 پورې" is more likely "up to 1,500".
_FRAMED_YEARS = range(1800, 2101)
#: SH years used to turn a solar day-and-month without a year into Gregorian month/day.
_SH_REFERENCE_YEARS = range(1395, 1410)


@dataclass(frozen=True)
class DateMention:
    """One date in a text.

    ``year``/``month``/``day`` are Gregorian (after conversion from Solar Hijri) and are the
    first of ``candidates``; ``original`` is the date as written, in ``calendar``.
    ``precision`` is the finest unit stated: 'day', 'month' or 'year' (a day and month
    without a year is 'day').  ``weekday`` is 0 (Monday) … 6 when a weekday name is
    written right before the date.

    ``impossible`` says why a date as written does not exist ("Mizan has 30 days", "there is
    no month 13"); such a date is still a mention (its numbers belong to it), its readings
    keep only the fields that exist, and the date checks compare it as written.
    """
    start: int
    end: int
    text: str
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    calendar: str
    original: tuple            # (year, month, day) as written, in ``calendar``
    precision: str
    weekday: Optional[int] = None
    candidates: tuple[Ymd, ...] = field(default=(), repr=False)
    impossible: str = ""

    def readings(self) -> tuple[Ymd, ...]:
        """All Gregorian (year, month, day) readings; None fields are unknown."""
        return self.candidates or ((self.year, self.month, self.day),)

    @property
    def bad_field(self) -> Optional[int]:
        """For an impossible date, the field that cannot be: 1 (month) or 2 (day)."""
        if not self.impossible:
            return None
        month = self.original[1]
        return 1 if month is not None and not 1 <= month <= 12 else 2


# --------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class MonthName:
    calendar: str
    month: int
    ambiguous: bool
    abbr: bool


@dataclass
class _Lexicon:
    months: dict            # lang -> {token tuple: MonthName}
    weekdays: dict          # lang -> {token tuple: weekday}
    markers: dict           # lang -> {token tuple: frozenset(roles)}
    day_words: dict         # {token tuple: (value, kind)}
    month_labels: dict      # (calendar, month) -> English label
    weekday_labels: dict    # weekday -> English label
    max_words: int


_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")


def _key(form: str, lang: str) -> tuple[str, ...]:
    text = fold(form) if lang == "ps" else form
    return tuple(t for t in _TOKEN.findall(text))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Load the date data files once."""
    months: dict = {"en": {}, "ps": {}}
    labels: dict = {}
    for form, lang, cal, month, *rest in iter_rows("date_months.tsv", 4):
        flags = set(rest[0].split(",")) if rest and rest[0] else set()
        name = MonthName(cal, int(month), "ambiguous" in flags, "abbr" in flags)
        months[lang][_key(form, lang)] = name
        if lang == "ps":                         # older orthography: مئ / می for مۍ (short: ambiguous)
            for old in older_spellings(fold(form)):
                months[lang].setdefault(_key(old, lang), name if len(old) > 3 else
                                        MonthName(cal, int(month), True, name.abbr))
        if "label" in flags:
            labels[(cal, int(month))] = form
    weekdays: dict = {"en": {}, "ps": {}}
    weekday_labels: dict = {}
    for form, lang, number, *rest in iter_rows("date_weekdays.tsv", 3):
        weekdays[lang][_key(form, lang)] = int(number)
        if rest and "label" in rest[0].split(","):
            weekday_labels[int(number)] = form
    markers: dict = {"en": {}, "ps": {}}
    for form, lang, role in iter_rows("date_markers.tsv", 3):
        key = _key(form, lang)
        markers[lang][key] = markers[lang].get(key, frozenset()) | {role}
    ordinal_suffixes = [k for k, roles in markers["ps"].items() if "ordinal" in roles and len(k) == 1]
    day_words: dict = {}
    for form, value, kind, *rest in iter_rows("date_day_words.tsv", 3):
        key = _key(form, "ps")
        forms = {key, ("".join(key),)}           # a ZWNJ-joined compound folds to one word
        day_words.update({k: (int(value), kind) for k in forms})
        if rest and rest[0] == "derive":
            for (suffix,) in ordinal_suffixes:
                for k in forms:
                    day_words[k[:-1] + (k[-1] + suffix,)] = (int(value), "ordinal")
    max_words = max(len(k) for table in (*months.values(), *weekdays.values(), *markers.values(), day_words)
                    for k in table)
    return _Lexicon(months, weekdays, markers, day_words, labels, weekday_labels, max_words)


def month_label(cal: str, month: int) -> str:
    return lexicon().month_labels.get((cal, month), str(month))


def weekday_label(weekday: int) -> str:
    return lexicon().weekday_labels.get(weekday, str(weekday))


# --------------------------------------------------------------------------- calendar

def sh_to_gregorian(year: int, month: int, day: int) -> Optional[tuple[int, int, int]]:
    """Convert an Afghan solar (Solar Hijri) date; None when it does not exist."""
    import jdatetime        # (here: ~10 ms of imports, locale too, for a text with no solar date)
    try:
        g = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None
    return (g.year, g.month, g.day)


def gregorian_to_sh(year: int, month: int, day: int) -> tuple[int, int, int]:
    import jdatetime
    j = jdatetime.date.fromgregorian(year=year, month=month, day=day)
    return (j.year, j.month, j.day)


def _sh_month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    import jdatetime
    return 30 if jdatetime.date(year, 1, 1).isleap() else 29


def sh_candidates(year: Optional[int], month: Optional[int], day: Optional[int]) -> tuple:
    """Gregorian readings of a (possibly partial) Solar Hijri date."""
    if year is not None and month is not None and day is not None:
        g = sh_to_gregorian(year, month, day)
        return (g,) if g else ()
    if year is not None and month is not None:
        first = sh_to_gregorian(year, month, 1)
        last = sh_to_gregorian(year, month, _sh_month_length(year, month))
        if not first or not last:
            return ()
        return tuple(dict.fromkeys([(first[0], first[1], None), (last[0], last[1], None)]))
    if year is not None:
        return ((year + 621, None, None), (year + 622, None, None))
    if month is not None and day is not None:
        out = []
        for ref in _SH_REFERENCE_YEARS:
            g = sh_to_gregorian(ref, month, day)
            if g:
                out.append((None, g[1], g[2]))
        return tuple(dict.fromkeys(out))
    return ()


_GREGORIAN_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _gregorian_month_length(year: int, month: int) -> int:
    """Days in a Gregorian month (1-12), as ``calendar.monthrange(year, month)[1]`` (the
    proleptic leap rule for any year), without importing :mod:`calendar` on every run."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _GREGORIAN_DAYS[month - 1]


def month_length(cal: str, year: Optional[int], month: int) -> int:
    """Days in a month (1-12) of either calendar; the leap length when the year is unknown."""
    if cal == SOLAR_HIJRI:
        if month == 12 and year is None:
            return 30
        try:
            return _sh_month_length(year, month)
        except (ValueError, OverflowError):
            return 30 if month == 12 else _sh_month_length(1403, month)
    return _gregorian_month_length(year if year and 1 <= year <= 9999 else 2024, month)


def impossibility(cal: str, y: Optional[int], m: Optional[int], d: Optional[int]) -> tuple[str, tuple]:
    """Why (cal, y, m, d) does not exist, and its Gregorian readings at the precision that
    does (the year, or the year and month); ("", ()) when nothing is wrong with it."""
    if m is not None and not 1 <= m <= 12:
        reason, m, d = f"there is no month {m}", None, None
    elif m is not None and d is not None and not 1 <= d <= month_length(cal, y, m):
        leap_month = 2 if cal == GREGORIAN else 12             # its length depends on the year
        where = month_label(cal, m) + (f" {y}" if y is not None and m == leap_month else "")
        reason, d = f"{where} has {month_length(cal, y, m)} days", None
    else:
        return "", ()
    if cal == SOLAR_HIJRI:
        return reason, sh_candidates(y, m, None)
    return reason, ((y, m, None),) if y is not None or m is not None else ()


def _valid_gregorian(month: Optional[int], day: Optional[int], year: Optional[int] = None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    limit = _gregorian_month_length(year if year else 2024, month)   # leap year if unknown
    return 1 <= day <= limit


# --------------------------------------------------------------------------- scanning

@dataclass
class _Item:
    """A token, or a run of tokens that form one lexicon entry."""
    start: int                 # offsets in the folded text
    end: int
    text: str
    num: Optional[int] = None          # integer value of a digit run that is not glued to others
    digits: int = 0
    month: Optional[MonthName] = None
    weekday: Optional[int] = None
    day_word: Optional[tuple] = None
    roles: frozenset = frozenset()
    used: bool = False

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()


_GLUE = ".,،:٫٬/"    # a digit run joined to another by one of these is part of a bigger number
_YEAR_RUN = re.compile(r"[12]\d{3}(?!\d)")


def _glued_after(s: str, a: int, b: int) -> bool:
    """The digit run s[a:b] continues as a bigger number (1,250  2.5  10:30).  "2,1968"
    (a day and a year without a space) is not one: digit groups have three digits."""
    if not (b + 1 < len(s) and s[b] in _GLUE and s[b + 1].isdigit()):
        return False
    return not (s[b] in ",،" and b - a <= 2 and _YEAR_RUN.match(s, b + 1))


def _glued_before(s: str, a: int, b: int) -> bool:
    if not (a >= 2 and s[a - 1] in _GLUE and s[a - 2].isdigit()):
        return False
    if s[a - 1] in ",،" and b - a == 4 and _YEAR_RUN.match(s, a):
        k = a - 1
        while k > 0 and s[k - 1].isdigit():
            k -= 1
        return a - 1 - k > 2
    return True


@lru_cache(maxsize=None)
def _en_day_ordinals() -> dict:
    """English ordinal words that can be a day of the month ("the first of May", "May
    fifteenth"), from the number lexicon (data/numbers_en.tsv): {word: 1 … 31}."""
    return {form: int(value) for form, value, cls, *_ in iter_rows("numbers_en.tsv", 3)
            if cls == "ordinal" and float(value).is_integer() and 1 <= int(float(value)) <= 31}


@lru_cache(maxsize=None)
def _first_words(lang: str) -> frozenset:
    """The words a month, weekday, marker or day-word entry of ``lang`` starts with: a token
    that is none of them is not looked up entry length by entry length."""
    lex = lexicon()
    return frozenset(k[0] for table in (lex.months[lang], lex.weekdays[lang], lex.markers[lang],
                                        lex.day_words if lang == "ps" else {}) for k in table if k)


class _Scanner:
    def __init__(self, text: str, lang: str):
        self.lang = lang
        self.norm: NormText = normalize(text)
        self.s = self.norm.text
        self.lex = lexicon()
        self.items = self._annotate()
        self.mentions: list[DateMention] = []
        self.spans: list[tuple[int, int]] = []       # items lo..hi of each mention

    # -- tokens and lexicon lookup
    def _annotate(self) -> list[_Item]:
        s, lex, lang = self.s, self.lex, self.lang
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(s)]
        tables = (lex.months[lang], lex.weekdays[lang], lex.markers[lang],
                  lex.day_words if lang == "ps" else {})
        firsts = _first_words(lang)
        items: list[_Item] = []
        i = 0
        while i < len(toks):
            found = None
            for n in range(min(lex.max_words, len(toks) - i) if toks[i][2] in firsts else 0, 0, -1):
                key = tuple(t[2] for t in toks[i:i + n])
                if n > 1 and any(toks[i + k + 1][0] - toks[i + k][1] > 1 for k in range(n - 1)):
                    continue            # multi-word entries: words at most one space apart
                if any(key in table for table in tables):
                    found = (n, key)
                    break
            if found:
                n, key = found
                it = _Item(toks[i][0], toks[i + n - 1][1], s[toks[i][0]:toks[i + n - 1][1]],
                           month=tables[0].get(key), weekday=tables[1].get(key),
                           roles=tables[2].get(key, frozenset()), day_word=tables[3].get(key))
                items.append(it)
                i += n
                continue
            a, b, t = toks[i]
            it = _Item(a, b, t)
            if t.isdigit():
                glued = _glued_after(s, a, b) or _glued_before(s, a, b)
                it.digits = len(t)
                if not glued and len(t) <= 9:      # days and years: a longer run is no part of a date
                    it.num = int(t)
            items.append(it)
            i += 1
        return items

    # -- helpers
    def item(self, k: int) -> Optional[_Item]:
        return self.items[k] if 0 <= k < len(self.items) and not self.items[k].used else None

    def adjacent(self, a: int, b: int) -> bool:
        """Items a and b touch (no space between)."""
        return self.items[a].end == self.items[b].start

    def has_role(self, k: int, *roles: str) -> bool:
        it = self.item(k)
        return it is not None and bool(it.roles & set(roles))

    def is_text(self, k: int, *texts: str) -> bool:
        it = self.item(k)
        return it is not None and it.text in texts

    def year_at(self, k: int) -> Optional[int]:
        it = self.item(k)
        if it is None or it.num is None or it.digits != 4:
            return None
        return it.num if it.num in _GREG_YEARS or it.num in _SH_YEARS else None

    def day_num_at(self, k: int) -> Optional[int]:
        it = self.item(k)
        if it is not None and it.num is None and self.lang == "en":
            # the first of May, May first (not "a third of October", "the first third of May")
            before = self.item(k - 1)
            if before is None or not (before.text.lower() == "the" or before.month is not None):
                return None
            return _en_day_ordinals().get(it.text.lower())
        if it is None or it.num is None or it.digits > 2 or not 1 <= it.num <= 31:
            return None
        nxt = self.item(k + 1)
        if nxt is not None and self.adjacent(k, k + 1) and nxt.text in (":", "%"):
            return None          # a time (10:30) or a percentage
        return it.num

    def add(self, lo: int, hi: int, cal: str, y, m, d, weekday=None, candidates=None, sh_default=False):
        """Record a mention over items lo..hi (inclusive) and mark them used.  A date that
        does not exist (day 31 of a 30-day month, month 13) is recorded as ``impossible``
        with the readings of what does exist: it is compared, never dropped."""
        reason = ""
        if candidates is None:
            reason, reduced = impossibility(cal, y, m, d)
            if reason:
                candidates = reduced
            else:
                candidates = sh_candidates(y, m, d) if cal == SOLAR_HIJRI else ((y, m, d),)
                if sh_default:
                    candidates = candidates + ((y, m, d),)
        if not candidates and not reason:
            return
        for k in range(lo, hi + 1):
            self.items[k].used = True
        a, b = self.norm.to_original(self.items[lo].start, self.items[hi].end)
        first = candidates[0] if candidates else (None, None, None)
        precision = "day" if d is not None else "month" if m is not None else "year"
        self.mentions.append(DateMention(a, b, self.norm.original[a:b], first[0], first[1], first[2],
                                         cal, (y, m, d), precision, weekday, tuple(candidates), reason))
        self.spans.append((lo, hi))

    # -- date ranges: the month and year written once for both ends
    def _day_with_suffix(self, j: int) -> Optional[tuple[int, int]]:
        """A bare day number at item j with its ordinal suffix / date word after it:
        (value, last item)."""
        d = self.day_num_at(j)
        if d is None:
            return None
        end = j
        if self.lang == "en":
            end = self._en_ordinal_end(j)
        else:
            while self.has_role(end + 1, "ordinal", "day") and end - j < 2:
                end += 1
        return d, end

    def _skip_range(self, j: int, step: int) -> Optional[int]:
        """From item j in direction ``step``, over range words (at least one) and, in
        Pashto, د: the first item after them, or None."""
        seen = steps = 0
        while self.has_role(j, "range") or (self.lang == "ps" and self.has_role(j, "of")):
            seen += self.has_role(j, "range")
            j += step
            steps += 1
            if steps > 3:
                return None
        return j if seen else None

    def range_year_ahead(self, hi: int, cal: str) -> Optional[int]:
        """The year of the end of a range that starts with the date ending at item ``hi``:
        10 September to 24 October 2025, 19 Sunbula to 2 Mizan 1404, September 10-24, 2025."""
        j = self._skip_range(hi + 1, 1)
        found = self._day_with_suffix(j) if j is not None else None
        if found is None:
            return None
        j = found[1] + 1
        it = self.item(j)
        if it is not None and it.month is not None:
            if it.month.calendar != cal:
                return None
            j += 1
        if self.is_text(j, ",", "،"):
            j += 1
        y = self.year_at(j)
        ok = y is not None and (y in _SH_YEARS if cal == SOLAR_HIJRI else y in _GREG_YEARS)
        return y if ok else None

    def range_year_behind(self, lo: int, cal: str) -> Optional[int]:
        """The year of the start of a range that ends with the date starting at item ``lo``:
        د ۱۴۰۴ کال د سنبلې له ۱۹ نه د میزان تر ۲ پورې."""
        j = self._skip_range(lo - 1, -1)
        if j is None or not 0 <= j < len(self.items) or not self.items[j].used:
            return None
        for (a, b), m in zip(self.spans, self.mentions):
            if b == j and m.calendar == cal and m.original[1] is not None:
                return m.original[0]
        return None

    def ranges(self) -> None:
        """The other end of a day range whose month (and year) is written once: the bare
        day before (10 to 24 September 2025, له ۱۰مې تر ۲۴مې سپټمبر) or after (September
        10-24, 2025; د سپتمبر له ۱۰ نه تر ۲۴ پورې) a date takes its month, year and calendar."""
        for (lo, hi), m in list(zip(self.spans, self.mentions)):
            y, mo, d = m.original
            if mo is None or d is None or m.weekday is not None:
                continue
            j = self._skip_range(lo - 1, -1)
            if j is not None:
                k = j
                while k > j - 2 and self.item(k) is not None and self.items[k].num is None \
                        and (self.items[k].roles & {"ordinal", "day"} or self.items[k].text in ("st", "nd", "rd", "th")):
                    k -= 1
                found = self._day_with_suffix(k)
                if found is not None and found[1] == j:
                    self.add(k, j, m.calendar, y, mo, found[0])
            last = self.items[hi]
            if not (last.num == d or last.roles & {"ordinal", "day"} or last.text in ("st", "nd", "rd", "th")):
                continue                # the other end follows the day, not the year (24 September 2025 and 3)
            j = self._skip_range(hi + 1, 1)
            found = self._day_with_suffix(j) if j is not None else None
            if found is not None and not (self.item(found[1] + 1) is not None and self.items[found[1] + 1].month):
                end = found[1]
                if self.is_text(end + 1, ",", "،") and y is not None and self.year_at(end + 2) == y:
                    end += 2
                self.add(j, end, m.calendar, y, mo, found[0])

    def coordinated(self) -> None:
        """Two months joined by "and"/"or" share the year written once: after the second
        (January and February 2020: the first takes it) or, in Pashto, before the first (د ۲۰۲۰
        کال په جنوري او فبروري میاشتو کې: the second, a bare month name, becomes a date)."""
        for idx in range(len(self.mentions) - 1, -1, -1):
            (lo, hi), m = self.spans[idx], self.mentions[idx]
            y, mo, d = m.original
            if d is not None or mo is None or m.weekday is not None or hi + 2 >= len(self.items) \
                    or "and" not in self.items[hi + 1].roles:
                continue
            if y is None:                       # January and February 2020
                nxt = next((n for (a, _), n in zip(self.spans, self.mentions) if a == hi + 2), None)
                if nxt is not None and nxt.calendar == m.calendar and nxt.original[0] is not None \
                        and nxt.original[1] is not None and nxt.original[1] > mo:
                    del self.spans[idx], self.mentions[idx]
                    self.add(lo, hi, m.calendar, nxt.original[0], mo, None)
            else:                               # د ۲۰۲۰ کال په جنوري او فبروري
                it = self.item(hi + 2)
                after = self.item(hi + 3)       # مۍ "May" (مې "my" too) after "مارچ او": a month
                if it is not None and it.month is not None and it.month.calendar == m.calendar \
                        and it.month.month > mo and (not it.month.ambiguous or after is None or after.is_punct
                                                     or bool(after.roles & {"month", "close"})):
                    self.add(hi + 2, hi + 2, m.calendar, y, it.month.month, None)

    def weekday_before(self, lo: int, links: tuple[str, ...]) -> tuple[int, Optional[int]]:
        """A weekday name written right before item ``lo`` (over link words / commas)."""
        k = lo - 1
        steps = 0
        while steps < 5 and self.item(k) is not None and (
                self.items[k].text in (",", "،", "(") or self.has_role(k, *links)):
            k -= 1
            steps += 1
        it = self.item(k)
        if it is not None and it.weekday is not None:
            return k, it.weekday
        return lo, None

    # -- shared: numeric dates
    _ISO = re.compile(r"(?<![\d/.,-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/])(?![.,-]\d)")
    _DMY = re.compile(r"(?<![\d/.,-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/])(?![.,-]\d)")

    def numeric(self) -> None:
        for rx, ymd in ((self._ISO, True), (self._DMY, False)):
            for m in rx.finditer(self.s):
                ks = [k for k, it in enumerate(self.items) if m.start() <= it.start and it.end <= m.end()]
                if not ks or any(self.items[k].used for k in ks):
                    continue
                if ymd:
                    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
                    readings = [(mo, d)]
                else:
                    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
                    readings = [(b, a)] + ([(a, b)] if a != b else [])   # day-first, then month-first
                written = readings[0]
                if y in _SH_DEFAULT_YEARS:
                    cands = [c for mo_, d_ in readings for c in sh_candidates(y, mo_, d_)]
                    readings = [r for r in readings if sh_candidates(y, *r)]
                    cal = SOLAR_HIJRI
                elif y in _GREG_YEARS:
                    readings = [r for r in readings if _valid_gregorian(r[0], r[1], y)]
                    cands = [(y, mo_, d_) for mo_, d_ in readings]
                    cal = GREGORIAN
                else:
                    continue
                if cands:
                    self.add(ks[0], ks[-1], cal, y, readings[0][0], readings[0][1], candidates=tuple(cands))
                elif 1 <= written[0] <= 19 and 1 <= written[1] <= 39:
                    # a date that cannot be, as a slip makes it (1402/13/05, 1402/01/32,
                    # 2023-02-30): kept, to be compared as written
                    self.add(ks[0], ks[-1], cal, y, written[0], written[1])

    # -- English
    def english(self) -> None:
        for k, it in enumerate(self.items):
            if it.month is not None and not it.used:
                self._en_month(k)
        for k, it in enumerate(self.items):
            if not it.used and self.year_at(k) is not None:
                self._en_year(k)

    def _en_ordinal_end(self, k: int) -> int:
        """Index of the last item of a day number: ``9`` or ``9th``."""
        nxt = self.item(k + 1)
        if nxt is not None and self.adjacent(k, k + 1) and nxt.text.lower() in ("st", "nd", "rd", "th"):
            return k + 1
        return k

    def _en_cued(self, k: int) -> bool:
        """A cue word before item k, over modifiers (in early 2018, mid-March, in the year 2020)."""
        j = k - 1
        steps = 0
        while steps < 3 and self.item(j) is not None and (self.has_role(j, "modifier") or self.items[j].text == "-"):
            j -= 1
            steps += 1
        return self.has_role(j, "cue") or (steps > 0 and self.has_role(j + 1, "modifier")
                                           and self.items[j + 1].text in ("early", "late", "mid"))

    def _en_month(self, k: int) -> None:
        name = self.items[k].month
        lo = hi = k
        if name.abbr and self.is_text(k + 1, ".") and self.adjacent(k, k + 1):
            hi = k + 1
        day = year = None
        # day after: June 9, June 9th, Jun-17
        j = hi + 1
        if self.is_text(j, "-") and self.adjacent(hi, j):
            j += 1
        d = self.day_num_at(j)
        if d is not None:
            day, hi = d, self._en_ordinal_end(j)
            j = hi + 1
            if self.is_text(j, ",", "-"):
                j += 1
        elif self.is_text(j, ","):
            j += 1
        y = self.year_at(j)
        if y is not None:
            year, hi = y, j
        # day before: 9 June, 9th June, 30th of September
        if day is None:
            j = k - 1
            if self.is_text(j, "of"):
                j -= 1
            if self.item(j) is not None and self.items[j].text.lower() in ("st", "nd", "rd", "th") \
                    and self.adjacent(j - 1, j):
                j -= 1
            d = self.day_num_at(j)
            if d is not None:
                day, lo = d, j
        if name.abbr and hi == k and day is None and year is None:
            return                                           # "Jun" alone, without a full stop
        if year is None and day is not None:
            year = self.range_year_ahead(hi, name.calendar)
        if name.calendar == SOLAR_HIJRI and (year is None or year not in _SH_YEARS):
            return                                           # "Pizza Hut 12": solar months need an SH year
        if name.ambiguous and day is None and year is None and not self._en_cued(k):
            return
        lo, weekday = self.weekday_before(lo, ("cue",))
        self.add(lo, hi, name.calendar, year, name.month, day, weekday)

    def _en_year(self, k: int) -> None:
        nxt = self.item(k + 1)
        if nxt is not None and self.adjacent(k, k + 1) and nxt.text[0].isalpha() and nxt.text not in ("AD", "CE"):
            return                                           # 1980s
        if not self._en_cued(k):
            return
        y = self.items[k].num
        hi = k
        cal = GREGORIAN
        if nxt is not None and "solar_hijri" in nxt.roles:
            cal, hi = SOLAR_HIJRI, k + 1
        elif nxt is not None and "gregorian" in nxt.roles:
            hi = k + 1
        if cal == GREGORIAN and y not in _GREG_YEARS:
            return
        self.add(k, hi, cal, y, None, None)

    # -- Pashto
    def pashto(self) -> None:
        for k, it in enumerate(self.items):
            if it.month is not None and not it.used:
                self._ps_month(k)
        for k, it in enumerate(self.items):
            if not it.used and self.year_at(k) is not None:
                self._ps_year(k)

    def _ps_day_after(self, j: int) -> Optional[tuple[int, int, bool]]:
        """A day at item j: (value, last item, marked as a date by مه / نېټه)."""
        d = self.day_num_at(j)
        it = self.item(j)
        if d is not None:
            end, marked = j, False
            if self.has_role(end + 1, "ordinal"):
                end, marked = end + 1, True
            if self.has_role(end + 1, "day"):
                end, marked = end + 1, True
            return d, end, marked
        if it is not None and it.day_word is not None:
            value, kind = it.day_word
            if self.has_role(j + 1, "day"):
                return value, j + 1, True
            nxt = self.item(j + 1)
            if kind == "ordinal" and (nxt is None or nxt.is_punct or self.has_role(j + 1, "after_day")):
                return value, j, True
        return None

    def _starts_next_date(self, j: int) -> bool:
        """Items from j on are "د <month>" / "په <month>": the year before them is theirs."""
        return self.has_role(j, "of") and self.item(j + 1) is not None and self.items[j + 1].month is not None

    def _ps_month_framed(self, k: int) -> bool:
        """A month name alone reads as a date only in a date frame: after د / په / تر / له /
        تېر …, and before a date or frame word (میاشت، کې، پورې، په، د …) or punctuation —
        which rules out the names جون "John / Jon" (له جون راهم) and مې (تریسا مې)."""
        if not self.has_role(k - 1, "of", "open"):
            return False
        nxt = self.item(k + 1)
        return nxt is None or nxt.is_punct or bool(nxt.roles)

    def _ps_month_word_after(self, k: int) -> bool:
        """The word "month" follows the name: د مې میاشت، د مې په میاشت کې."""
        j = k + 1
        while self.has_role(j, "link") and j - k <= 2:
            j += 1
        return self.has_role(j, "month")

    def _ps_year_after(self, j: int) -> Optional[tuple[int, int, set]]:
        """A year at item j with the year/calendar words after it: (year, last item, roles)."""
        y = self.year_at(j)
        if y is None:
            return None
        end, roles = j, set()
        while self.has_role(end + 1, "year", "gregorian", "solar_hijri") and end - j < 3:
            roles |= self.items[end + 1].roles & {"year", "gregorian", "solar_hijri"}
            end += 1
        return y, end, roles

    def _ps_month(self, k: int) -> None:
        name = self.items[k].month
        prev = self.item(k - 1)
        if name.ambiguous and prev is not None and prev.num is not None and self.adjacent(k - 1, k) \
                and self.year_at(k + 1) is None:
            return                      # ۱۰مې: the ordinal suffix glued to a day, not May
        lo = hi = k
        day = year = None
        marked = False
        # day after: د جون په ۹مه نېټه، د سپتمبر له لسم، جون-۱۷، د نومبر د 6 مې نېټې
        j = k + 1
        while self.has_role(j, "month", "link", "of") or (self.is_text(j, "-") and j == k + 1):
            j += 1
        found = self._ps_day_after(j)
        if found:
            day, hi, marked = found
        # year after: جون-۱۷-۲۰۲۵، ۲۱ مارچ ۲۰۲۳، د جون په ۲۰۱۷ کې
        j = hi + 1
        if day is not None:
            if self.is_text(j, ",", "،", "-"):
                j += 1
        elif not name.ambiguous:
            while self.has_role(j, "month", "link") or self.is_text(j, ",", "،", "-"):
                j += 1
                if j - hi > 3:
                    break
        after = self._ps_year_after(j)
        if after and not self._starts_next_date(after[1] + 1):
            year, hi = after[0], after[1]
        # day before: ۲۱ مارچ، ۱ حمل، ۲۱مه مارچ
        if day is None:
            j = k - 1
            if self.has_role(j, "ordinal") and self.day_num_at(j - 1) is not None:
                d, lo, marked = self.day_num_at(j - 1), j - 1, True
                day = d
            elif self.day_num_at(j) is not None and not (name.ambiguous and year is None):
                # "19 مې" is "19th" (مې the ordinal suffix) unless a year follows: 30 مې 2018
                day, lo = self.day_num_at(j), j
                marked = self.has_role(j + 1, "day")
        # year before: د ۲۰۲۳ کال د مارچ، د ۲۰۱۷ په دیسمبر، 2009 کال، جون میاشت
        if year is None:
            j = lo - 1
            steps = 0
            while steps < 4 and (self.has_role(j, "of", "year", "gregorian", "solar_hijri")
                                 or self.is_text(j, ",", "،")):
                j -= 1
                steps += 1
            y = self.year_at(j)
            if y is not None:
                year, lo = y, j
        if year is None and day is not None:
            year = self.range_year_behind(lo, name.calendar) or self.range_year_ahead(hi, name.calendar)
        # ambiguous names (مې "my", سرطان "cancer", جدي "serious") need a number next to them
        if name.ambiguous:
            if name.calendar == SOLAR_HIJRI:
                # a solar month needs a solar year or a day marked as a date; with a CE year
                # (a real SH/CE confusion, د ۲۰۲۳ کال د حمل ۱مه) it needs the marked day too
                if not (day is not None and marked) and (year is None or year not in _SH_YEARS):
                    return
            elif day is None and year is None and not self._ps_month_word_after(k):
                return
        if day is None and year is None and not self._ps_month_framed(k):
            return
        cal = name.calendar             # a CE year with a solar month is kept as written
        lo, weekday = self.weekday_before(lo, ("weekday_link",))
        self.add(lo, hi, cal, year, name.month, day, weekday)

    def _ps_year(self, k: int) -> None:
        """A year alone: with کال / م / میلادي / لمریز, or framed (په ۲۰۳۰ کې، تر ۲۰۳۰ پورې)."""
        after = self._ps_year_after(k)
        y, hi, roles = after
        lo = k
        # د میلادی کال ۲۰۱۱: calendar / year words before the number
        j = k - 1
        while self.has_role(j, "year", "gregorian", "solar_hijri") and k - j <= 2:
            roles = roles | (self.items[j].roles & {"year", "gregorian", "solar_hijri"})
            lo = j
            j -= 1
        if self.item(k + 1) is not None and self.adjacent(k, k + 1) and self.items[k + 1].text == "م":
            roles = roles | {"gregorian"}
        if not roles and not (y in _FRAMED_YEARS and self.has_role(k - 1, "open") and self.has_role(k + 1, "close")):
            return
        if "solar_hijri" in roles:
            self.add(lo, hi, SOLAR_HIJRI, y, None, None)
        elif "gregorian" not in roles and y in _SH_DEFAULT_YEARS:
            self.add(lo, hi, SOLAR_HIJRI, y, None, None, sh_default=True)
        elif y in _GREG_YEARS:
            self.add(lo, hi, GREGORIAN, y, None, None)


def find_dates(text: str, lang: str) -> list[DateMention]:
    """All date mentions in ``text`` ('en' or 'ps'), in text order."""
    if lang not in ("en", "ps"):
        raise ValueError(f"unsupported language {lang!r}")
    sc = _Scanner(text, lang)
    sc.numeric()
    if lang == "en":
        sc.english()
    else:
        sc.pashto()
    sc.coordinated()
    sc.ranges()
    return sorted(sc.mentions, key=lambda m: (m.start, m.end))


# --------------------------------------------------------------------------- loose evidence

@dataclass(frozen=True)
class DateEvidence:
    """Everything in a text that *could* be part of a date: every integer and every month
    name (including ambiguous ones and one-letter misspellings of Pashto names).  Used by the
    date checks to tell "the date is missing" from "the date is there in a form
    ``find_dates`` did not parse"."""
    numbers: frozenset
    months: frozenset           # (calendar, month)


def _near(word: str, form: str) -> bool:
    """One insertion, deletion or substitution apart (both at least 5 letters long)."""
    if min(len(word), len(form)) < 5 or abs(len(word) - len(form)) > 1 or word == form:
        return word == form
    if len(word) == len(form):
        return sum(a != b for a, b in zip(word, form)) == 1
    short, long_ = sorted((word, form), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def date_evidence(text: str, lang: str) -> DateEvidence:
    """The numbers (digits, grouped numbers, Pashto day words) and month names in ``text``."""
    s = fold(text)
    lex = lexicon()
    numbers = {int(n) for n in re.findall(r"\d+", s) if len(n) <= 4}
    numbers |= {int(re.sub(r"\D", "", n)) for n in re.findall(r"(?<![\d,٬])\d{1,3}(?:[,٬]\d{3}){1,3}(?![,٬]?\d)", s)}  # 2,000
    # a year range whose end keeps its last two digits (2021–25, 2019/20; 20-2019 typed right to
    # left): the end year is there in full
    for a, b in re.findall(r"(?<!\d)(\d{4})\s?[-–—/]\s?(\d{2})(?!\d)", s):
        if (span := _year_span(a, b)) is not None:
            numbers.add(span[1])
    for b, a in re.findall(r"(?<!\d)(\d{2})\s?[-–—]\s?(\d{4})(?!\d)", s):
        if (span := _year_span(a, b)) is not None:
            numbers.add(span[1])
    words = re.findall(r"[^\W\d_]+", s)
    months = set()
    table = lex.months[lang]
    lowered = {(k[0].lower() if lang == "en" else k[0]): v for k, v in table.items() if len(k) == 1}
    latin = {k[0].lower(): v for k, v in lex.months["en"].items() if len(k) == 1} if lang == "ps" else lowered
    for w in words:
        if w.isascii():                     # (a Pashto text may keep an English date: "March 3")
            if not w[0].isupper():
                continue                    # "may", "march": months are capitalised in English
            name = latin.get(w.lower())
            if name is not None:
                months.add((name.calendar, name.month))
            continue
        key = w.lower() if lang == "en" else w
        name = lowered.get(key)
        if name is None and lang == "ps":
            name = next((v for f, v in lowered.items() if v.calendar == GREGORIAN and _near(key, f)), None)
        if name is not None:
            months.add((name.calendar, name.month))
    # a day written as month/day or day/month without a year (9/11): its months may be named
    for a, b in re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", s):
        months.update((GREGORIAN, int(x)) for x in (a, b) if 1 <= int(x) <= 12)
    day_numbers = set()
    if lang == "ps":
        tokens = s.split()
        for n in (1, 2):
            for i in range(len(tokens) - n + 1):
                hit = lex.day_words.get(tuple(tokens[i:i + n]))
                if hit:
                    day_numbers.add(hit[0])
    return DateEvidence(frozenset(numbers | day_numbers), frozenset(months))


@lru_cache(maxsize=4096)
def _word_numbers(text: str, lang: str) -> frozenset:
    """The whole numbers a text writes in words (په دوه زرم کال = 2000, "nineteen ninety")."""
    return frozenset(int(q.value) for q in extract_quantities(text, lang)
                     if q.written != "digits" and q.value.denominator == 1 and 1 <= q.value <= 2200)


def with_word_numbers(ev: DateEvidence, text: str, lang: str) -> DateEvidence:
    """``ev`` and the numbers ``text`` writes in words: a year or a day said in words is there
    (asked only of a date that would otherwise be reported missing or extra)."""
    return DateEvidence(ev.numbers | _word_numbers(text, lang), ev.months)
