"""Quantities in English and Pashto text: numbers, number words, units and currencies.

``extract_quantities(text, lang)`` finds every quantity a translation checker should compare
and returns :class:`Quantity` objects whose ``start``/``end`` are code-point offsets into the
*original* text (matching happens on :func:`aligner.text.normalize` output and is mapped back).

What is read (field-notes §5):

* digits of any script (ASCII, Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹) with the separators
  ``, ، ٬ . ٫`` and thin / no-break spaces.  A separator that can be read two ways keeps both
  readings: ``value`` is the primary one, ``candidates`` the others (Pashto ``1,250`` is 1250 or
  1.25; ``1.250`` is 1.25 or 1250), to be resolved against the other side of a translation;
* number words, cardinal and ordinal, with their oblique/feminine forms
  (``data/numbers_en.tsv``, ``data/numbers_ps.tsv``): "twenty-one", "ninth", دوه ویشت, نهمه,
  پنځلسو, نه ویشتو (29), شلمي (older spelling of شلمې), glued older-orthography forms (دیوه = د یوه,
  اویاکلن = 70-year-old); scale words after digits or words ("12 billion", "$12bn", ۱۲ ملیارد,
  دوه ملیون, پنځه زره) and South Asian counting (۳ لکه او ۸۲ زره = 382,000, دوه کروړه = 20 million);
  a homograph number word (درو, اوو, زر) is a number before a counted noun
  (``data/counted_nouns_ps.txt``: درو ورځو) or an oblique plural it agrees with (اوو سیالیو);
  an English number after a numbered noun (``data/numbered_nouns_en.txt``: "Article 3") is an ordinal;
* the decimal point in words (څلور اعشاریه شپږ میلیونه, "four point six"), "half a million"
  (نیم میلیون), ارب (billion) and هزار after a count, دوه زرم کال (the 2000th year), یوه + a tens
  or teen word also read as the article and the tens (یوه لس کلنه: a ten-year-old);
* multiples: "twice", "doubled", "three times", "2-fold", درې چنده, دوه برابره, دوه ځله;
* percentages (``%`` ``٪`` "per cent" سلنه "په سلو کې"), fractions ("1/3", "a third",
  "two-thirds", "half", دریمه برخه, نیم), ranges ("30%-50%", "2020–2025", "from 5 to 7",
  له ۵ تر ۷, "د ۵ او ۷ ترمنځ"), seasons and fiscal years ("2022/23", "2019–21"), clock times
  ("7 a.m.", "7.55am", "12:30"), decades ("1930s"; د ۱۹۹۰ لسیزه, د نوي لسیزې, د ۹۰مې لسیزې);
  fractions as "x over the y-th part" (درې پر څلورمه برخه = 3/4);
* units and currencies before or after the number (``data/units.tsv``), with every reading of
  an ambiguous form ("pound": GBP or lb; "$": any dollar);
* approximation cues ("more than", "about", "up to", "له … څخه ډیر", شاوخوا, نږدې, کابو)
  from ``data/quantity_cues.tsv``;
* durations as units (units.tsv, dimension duration: "90 minutes", یو نیم ساعت, "two decades",
  شل کاله, "half a century", "a year and a half", پنځه کلن), except after a calendar year (د ۱۳۷۱
  او ۱۳۷۵ کلونو); a count of ten or less stays weak with one;
* clock times said by a word (noon, midnight, غرمه) or by a number word before بجې (لسو بجو;
  شپږ نیمې بجې = 6:30); English decade words (the nineties: 1990, 1890 or the age 90); "the
  1800s" also as the 19th century; هرو زرو (per thousand); له X څخه Y ته as a range.

What is deliberately *not* a quantity: English "a"/"an" on their own, Pashto نه ("not"; 9 is نهه),
plural round numbers without a count ("thousands of", زرګونه, ملیونونه), words that are only
numbers in a number context (نوي "new"/90, زر "gold"/1000 …, flagged ``ambig`` in the data),
digits inside names and codes (CO2, G20, A320, COVID-19, 4x4, 5G), references and notations
(Surah 2:255, Psalm 23:4, 9/11, 24/7; equal pairs 50-50 and 1-1 are odds or a draw), phone and ID numbers
(0700 123 456, +93 70 …), URLs, e-mail addresses and @handles.  A negated comparison reads the
other way: "not less than 20", "couldn't be more than 20", له ۲۰ مترو کم نه وي.

A quantity written in words with a small value (≤ 10: "one of the", "two sides", یوه ورځ), an
ordinal or a fraction word, or a bare scale word ("a million") is marked ``weak``: it may
match a quantity on the other side but a checker should not report it when it has no partner,
because translators routinely drop or paraphrase such words.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ..text.normalize import NormText, fold, normalize, older_spellings
from .data import cached_tables, data_path, iter_rows, load_wordset

#: the endings of a Pashto ordinal (م masculine, مه feminine, مې oblique or plural, مو plural oblique)
_ORDINAL_ENDING = re.compile(r"م[هېو]?$")

__all__ = ["Quantity", "UnitReading", "extract_quantities", "format_quantity", "format_value"]

LANGS = ("en", "ps")


# ----------------------------------------------------------------------------------------------
# Public data classes
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UnitReading:
    """One reading of a unit or currency form."""
    code: str            # canonical code: 't', 'GW', 'USD', '%', ...
    dimension: str       # mass, power, energy, length, area, volume, speed, currency, percent
    factor: Fraction     # size of one unit in the dimension's base unit (1 for currencies)
    approx: bool = False  # an imperial/US unit that translators convert approximately
    offset: Fraction = Fraction(0)  # added before scaling: °F → °C is (v - 32) × 5/9

    def base(self, value: Fraction) -> Fraction:
        """``value`` of this unit in the dimension's base unit."""
        return (value + self.offset) * self.factor

    def compatible(self, other: "UnitReading") -> bool:
        """Same dimension, and for money the same currency (currencies are never converted)."""
        if self.dimension != other.dimension:
            return False
        return self.dimension != "currency" or self.code == other.code

    def rephrases(self, other: "UnitReading") -> bool:
        """A speed and its length unit: "85 mph" said as "85 miles an hour" in other words."""
        pair = {self.dimension, other.dimension}
        if pair != {"speed", "length"}:
            return False
        speed, length = (self, other) if self.dimension == "speed" else (other, self)
        return speed.code == f"{length.code}/h"


@dataclass(frozen=True)
class Quantity:
    """A quantity found in a text.

    ``value`` is the primary reading (for a range: its low end, with ``high`` its high end);
    ``candidates`` are further readings of an ambiguous number (``1,250`` in Pashto may be
    1.25).  ``unit``/``dimension`` describe the primary unit reading; ``units`` holds all of
    them.  ``parts`` of a range are its two ends as quantities of their own.

    Values are exact (:class:`fractions.Fraction`): ``1.2 million`` is 1200000 and
    ``1,234,567`` is not ``1,234,568``, however many digits a number has.
    """
    start: int
    end: int
    text: str
    value: Fraction
    high: Optional[Fraction] = None
    kind: str = "number"        # number | ordinal | percent | fraction | range | money | measure | time | decade
    unit: Optional[str] = None
    dimension: Optional[str] = None
    approx: Optional[str] = None  # over | under | about
    candidates: tuple[Fraction, ...] = ()
    units: tuple[UnitReading, ...] = ()
    written: str = "digits"     # digits | words | mixed
    weak: bool = False
    label: bool = False         # digits right after a capitalised word: Radio 4, Category 1
    maybe: bool = False         # a homograph read as a number only if the other side agrees
    parts: tuple["Quantity", ...] = ()

    @property
    def readings(self) -> tuple[Fraction, ...]:
        """All readings of the value, primary first."""
        return (self.value,) + self.candidates


# ----------------------------------------------------------------------------------------------
# Data files
# ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Word:
    value: Fraction
    cls: str
    flags: frozenset


@dataclass(frozen=True)
class _UnitForm:
    readings: tuple[UnitReading, ...]
    position: str          # pre | post | both


@dataclass
class _Lexicon:
    lang: str
    words: dict                     # folded lower-case surface -> _Word
    units_ci: dict                  # tuple of lower-case tokens -> _UnitForm
    units_cs: dict                  # tuple of tokens as written -> _UnitForm (case-sensitive rows)
    unit_maxlen: int
    cues: dict                      # role -> {tuple of lower-case tokens: value}
    cue_maxlen: int
    glued_suffixes: frozenset       # Latin words (lower case) that may follow digits without a space
    glued_suffixes_cs: frozenset    # ... and case-sensitive ones (GW, kWh, t)
    derived: dict = field(default_factory=dict)   # glued forms met so far (دیوه, اویاکلن) -> _Word | None
    counted: frozenset = frozenset()  # nouns that are counted (data/counted_nouns_<lang>.txt): درو ورځو
    #: the tokens a unit form can start with (as written, lower case) and, per cue role, the
    #: tokens its phrases start and end with: most tokens are neither, and are passed at once
    unit_firsts: tuple = (frozenset(), frozenset())
    cue_ends: dict = field(default_factory=dict)
    #: short function words (function_words.tsv: د، په، له، تر …), which a number may be glued to
    particles: frozenset = frozenset()
    #: the Pashto names of Latin letters (translit.LETTER_NAMES_PS: یو، سي، ایچ), which spell a code
    letter_names: frozenset = frozenset()


_TOKEN_RE = re.compile(
    r"(?P<num>(?<!\d[ \u00a0])\d{1,3}(?:[ \u00a0]\d{3}(?![\d.,\u066b\u066c\u060c]\d|\d))+(?![\d.,\u066b\u066c\u060c]\d|\d)"
    r"|\d+(?:(?:[.,\u066b\u066c\u060c]|\u202f(?=\d{3}(?!\d)))\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<sp>\s+)"
    r"|(?P<sym>.)",
    re.S,
)
_LATIN = re.compile(r"[A-Za-z]")
_GROUP_SPACES = "\u00a0\u2007\u2009\u202f"
#: "years" in the plural: after a tens ordinal it names a decade (د شلمې پېړۍ په شپېتمو کلونو کې, the 1960s)
_YEARS_PLURAL = frozenset(fold(w) for w in ("کلونو", "کلونه", "کلنو"))


@dataclass
class _Tok:
    kind: str        # num | word | sym
    text: str        # folded text as written
    low: str         # lower case
    start: int       # offsets into the folded text
    end: int
    glued: bool      # no white space between the previous token and this one


def _tokenize(s: str, nt: Optional[NormText] = None) -> list[_Tok]:
    """Tokens of folded text ``s``.  With ``nt`` (the normalization ``s`` came from), two tokens
    count as glued only if nothing stood between them in the original either: the direction
    marks of "ABC\u200f3.26" are removed by folding but still separate a name from a number."""
    toks: list[_Tok] = []
    glued = False
    for m in _TOKEN_RE.finditer(s):
        kind = m.lastgroup
        if kind == "sp":
            glued = False
            continue
        t = m.group()
        g = glued and bool(toks)
        if g and nt is not None and nt.ends[m.start() - 1] != nt.starts[m.start()]:
            g = False
        toks.append(_Tok(kind, t, t.lower(), m.start(), m.end(), g))
        glued = True
    return toks


def _phrase_key(phrase: str, lower: bool = True) -> tuple[str, ...]:
    return tuple(t.low if lower else t.text for t in _tokenize(fold(phrase)))


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    """The number words, units and cues of ``lang``: parsed from the data files once, then
    read back from the cache folder while neither they nor the code change
    (:func:`aligner.lang.data.cached_tables`)."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r} (expected one of {LANGS})")
    return cached_tables(f"quantities-{lang}", lambda: _parse_lexicon(lang), _LEXICON_CLASSES)


#: The classes of a _Lexicon (what cached_tables may read back).
_LEXICON_CLASSES = (("fractions", "Fraction"), (__name__, "_Lexicon"), (__name__, "_Word"),
                    (__name__, "_UnitForm"), (__name__, "UnitReading"))


def _parse_lexicon(lang: str) -> _Lexicon:
    words: dict[str, _Word] = {}
    for file_lang in (lang, "en"):
        for row in iter_rows(f"numbers_{file_lang}.tsv", 3):
            flags = frozenset(f for f in (row[3].split(",") if len(row) > 3 else ()) if f)
            if file_lang != lang and row[2] != "scale":
                continue        # Pashto text borrows Latin scale words and abbreviations: 2.8bn
            key = fold(row[0]).lower()
            words.setdefault(key, _Word(_fraction(row[1]), row[2], flags))
    if data_path(f"ordinals_{lang}.tsv").is_file():     # compound ordinals in one word (یوویشتمه)
        for row in iter_rows(f"ordinals_{lang}.tsv", 3):
            words.setdefault(fold(row[0]).lower(), _Word(_fraction(row[1]), row[2], frozenset()))
    if lang == "ps":
        # ordinals spelt with a vowel letter before the ending or without it: پنځلسېمې = پنځلسمې
        # "15th", شپاړسیم; درېمې = درېیمې "3rd" (the ی of the stem dropped)
        for key, w in list(words.items()):
            m = _ORDINAL_ENDING.search(key)
            if w.cls != "ordinal" or m is None or len(key) < 5:
                continue
            stem, ending = key[:m.start()], key[m.start():]
            if stem.endswith("ېی") or stem.endswith("یی"):
                words.setdefault(stem[:-1] + ending, w)
            elif w.value >= 11 and stem[-1:] not in "ېیيئاوه":
                for vowel in "ېی":
                    words.setdefault(stem + vowel + ending, w)
        # older orthography writes ې and a final ۍ with ی / ي / ئ: شلمي = شلمې "20th", درییو;
        # a variant of three letters or fewer is left out (دری is also "Dari")
        for key, w in list(words.items()):
            for old in older_spellings(key):
                if len(old) >= 4 or w.cls == "ordinal":
                    words.setdefault(old, w)

    readings_ci: dict[tuple, list] = {}
    readings_cs: dict[tuple, list] = {}
    positions: dict[tuple, str] = {}
    for row in iter_rows("units.tsv", 6):
        surface, ulang, code, dim, factor, position = row[:6]
        flags = set(row[6].split(",")) if len(row) > 6 and row[6] else set()
        if ulang not in (lang, "*") and not (lang != "en" and ulang == "en"):
            continue            # English unit rows are Latin script: Pashto text uses them too
        case = "case" in flags
        key = _phrase_key(surface, lower=not case)
        offset = next((Fraction(f.split("=", 1)[1]) for f in flags if f.startswith("offset=")), Fraction(0))
        reading = UnitReading(code, dim, _number(factor), "approx" in flags, offset)
        table = readings_cs if case else readings_ci
        keys = [key]
        if ulang == "ps" and key[-1].endswith("ه") and len(key[-1]) >= 4 and "exact" not in flags:
            stem = key[-1][:-1]                 # ګرامه → ګرام, ګرامو: the other inflections
            keys += [key[:-1] + (stem,), key[:-1] + (stem + "و",)]
        if ulang == "ps":                        # older orthography: ورځي for ورځې, سلني for سلنې
            keys += [k[:-1] + (old,) for k in list(keys) for old in sorted(older_spellings(k[-1]))
                     if len(old) >= 4]
        for k, extra in zip(keys, (False,) + (True,) * (len(keys) - 1)):
            if extra and (k in readings_ci or (True, k) in positions):
                continue                         # a listed form keeps its own readings
            lst = table.setdefault(k, [])
            if reading not in lst:
                lst.append(reading)
            positions.setdefault((case, k), position) if extra else positions.__setitem__((case, k), position)
    units_ci = {k: _UnitForm(tuple(v), positions[(False, k)]) for k, v in readings_ci.items()}
    units_cs = {k: _UnitForm(tuple(v), positions[(True, k)]) for k, v in readings_cs.items()}
    unit_maxlen = max(len(k) for k in list(units_ci) + list(units_cs))

    cues: dict[str, dict] = {}
    for row in iter_rows("quantity_cues.tsv", 3):
        clang, phrase, role = row[:3]
        if clang not in (lang, "*"):
            continue
        cues.setdefault(role, {})[_phrase_key(phrase)] = row[3] if len(row) > 3 else ""
    cue_maxlen = max(len(k) for table in cues.values() for k in table)

    glued = {key for key, w in words.items() if w.cls == "scale" and _LATIN.match(key)}
    for role in ("ordsuffix", "time", "decade"):
        glued.update(k[0] for k in cues.get(role, {}) if k and _LATIN.match(k[0]))
    glued.update(k[0] for k in units_ci if k and _LATIN.match(k[0]))
    glued_cs = frozenset(k[0] for k in units_cs if k and _LATIN.match(k[0]))
    counted = load_wordset(f"counted_nouns_{lang}.txt") if data_path(f"counted_nouns_{lang}.txt").is_file() \
        else frozenset()
    return _Lexicon(lang, words, units_ci, units_cs, unit_maxlen, cues, cue_maxlen,
                    frozenset(glued), glued_cs, counted=counted,
                    unit_firsts=(frozenset(k[0] for k in units_cs if k), frozenset(k[0] for k in units_ci if k)),
                    cue_ends={role: (frozenset(k[0] for k in table if k), frozenset(k[-1] for k in table if k))
                              for role, table in cues.items()},
                    particles=frozenset(fold(row[1]).lower() for row in iter_rows("function_words.tsv", 2)
                                        if row[0] == lang),
                    letter_names=_letter_names() if lang == "ps" else frozenset())


def _letter_names() -> frozenset:
    from .translit import LETTER_NAMES_PS        # (translit is heavier: loaded only with the lexicon)
    return frozenset(fold(f).lower() for forms in LETTER_NAMES_PS.values() for f in forms)



@lru_cache(maxsize=None)
def _numbered_nouns() -> frozenset:
    return load_wordset("numbered_nouns_en.txt")


def _number(text: str) -> Fraction:
    """A factor of units.tsv: a decimal number or a fraction (5/9), exactly."""
    num, _, den = text.partition("/")
    return _fraction(num) / _fraction(den) if den else _fraction(num)


@lru_cache(maxsize=None)
def _fraction(text: str) -> Fraction:
    """Fraction(text), parsed once per distinct text of the data files (the number and
    ordinal tables repeat their values: 2,000 rows, a few hundred values)."""
    return Fraction(text)


# ----------------------------------------------------------------------------------------------
# Reading digit strings
# ----------------------------------------------------------------------------------------------

_SEP_GROUP_ONLY = {"\u066c", "\u202f", " ", "\u00a0"}   # ٬, thin/no-break spaces, a space (50 000)
_SEP_DECIMAL_ONLY = {"\u066b"}              # ٫
_SEP_COMMA = {",", "\u060c"}                # , and ، (used both ways in Pashto text)


#: The longest digit run read as a number.  A run of up to this many digits is read exactly
#: (10 followed by 400 zeros, 300 groups of 1,000); a longer run is not a quantity any real
#: text contains, and reading it would cost time out of proportion, so it is skipped.
MAX_DIGITS = 100_000
_CHUNK = 600          # digits converted by one int() call: below any int-string limit (>= 640)
_CHUNK_LIMIT = 10 ** _CHUNK


def _int(digits: str) -> int:
    """The integer of a digit string of any length up to :data:`MAX_DIGITS` (divide and
    conquer: no int-string length limit is hit and a long run costs well under quadratic time)."""
    if len(digits) <= _CHUNK:
        return int(digits)
    half = len(digits) // 2
    return _int(digits[:half]) * 10 ** (len(digits) - half) + _int(digits[half:])


def int_digits(n: int) -> str:
    """The decimal digits of ``abs(n)``, for integers of any size (the inverse of :func:`_int`)."""
    n = abs(n)
    if n < _CHUNK_LIMIT:
        return str(n)
    half = (n.bit_length() * 30103) // 200000             # about half the digits: n // 10**half >= 1
    hi, lo = divmod(n, 10 ** half)
    return int_digits(hi) + int_digits(lo).rjust(half, "0")


def _decimal(head: str, tail: str) -> Fraction:
    """``head.tail`` exactly."""
    return Fraction(_int(head + tail), 10 ** len(tail))


def _digit_readings(s: str, lang: str) -> Optional[list[Fraction]]:
    """All readings of a digit string with separators, primary first; None = not one number.

    None means the separators do not form a number (``5,6`` in English, ``2,1968``,
    ``30.09.2018``): the caller reads the digit groups as separate numbers.  Readings are
    exact; the caller has made sure the string has at most :data:`MAX_DIGITS` digits.
    """
    groups = re.split(r"[^\d]", s)
    seps = re.findall(r"[^\d]", s)
    if not seps:
        return [Fraction(_int(s))]
    kinds = set(seps)

    def grouped(gs: Sequence[str]) -> bool:
        # thousands (1,250,000), or the South Asian lakh grouping (2,45,000 = 245,000; 1,20,00,000
        # = 12,000,000: pairs after the first thousand), as Pakistani and Indian English write figures
        return 1 <= len(gs[0]) <= 3 and all(len(g) == 3 for g in gs[1:]) \
            or len(gs) >= 3 and 1 <= len(gs[0]) <= 2 and len(gs[-1]) == 3 and all(len(g) == 2 for g in gs[1:-1])

    def join(gs: Sequence[str]) -> Fraction:
        return Fraction(_int("".join(gs)))

    # An explicit Arabic decimal separator: the last separator; all others group.
    if kinds & _SEP_DECIMAL_ONLY:
        if seps.count("\u066b") != 1 or seps[-1] != "\u066b":
            return None
        int_groups = groups[:-1]
        if len(int_groups) > 1 and not grouped(int_groups):
            return None
        return [_decimal("".join(int_groups), groups[-1])]
    if kinds <= _SEP_GROUP_ONLY:
        return [join(groups)] if grouped(groups) else None
    # Two kinds of separator (1,234.5 / 1.234,5): the last one is the decimal mark.
    plain = {("," if c in _SEP_COMMA else c) for c in kinds - _SEP_GROUP_ONLY}
    if len(plain) == 2:
        last = "," if seps[-1] in _SEP_COMMA else seps[-1]
        if sum(1 for c in seps if ("," if c in _SEP_COMMA else c) == last) != 1:
            return None
        int_groups = groups[:-1]
        if not grouped(int_groups):
            return None
        return [_decimal("".join(int_groups), groups[-1])]
    if len(plain) != 1:
        return None
    sep = plain.pop()
    if len(seps) > 1:                       # 1,250,000 / 1.250.000: grouping only
        return [join(groups)] if grouped(groups) else None
    head, tail = groups
    if sep == ".":
        readings = [_decimal(head, tail)]
        if len(tail) == 3 and grouped(groups) and head != "0":
            readings.append(join(groups))               # 1.250 as in de/ps-latn: 1250
        return readings
    # comma or Arabic comma, once
    if len(tail) == 3 and grouped(groups) and head != "0":
        readings = [join(groups)]
        if lang == "ps":
            readings.append(_decimal(head, tail))       # CLDR ps-latn decimal comma
        return readings
    if lang == "ps" and len(tail) <= 3:
        return [_decimal(head, tail)]                   # ۲،۷ سلنه = 2.7 %
    return None


# ----------------------------------------------------------------------------------------------
# The parser
# ----------------------------------------------------------------------------------------------

@dataclass
class _Raw:
    """A quantity while it is being read (offsets are token indices)."""
    t0: int                      # first token of the expression (currency prefix included)
    t1: int                      # one past its last token
    value: Fraction
    candidates: list = field(default_factory=list)
    kind: str = "number"
    units: tuple = ()
    written: str = "digits"
    weak: bool = False
    label: bool = False
    maybe: bool = False          # a homograph (زر "gold", درو, او یا): a number if the other side says so
    approx: Optional[str] = None
    count: Fraction = Fraction(0)  # the value before the scale word ("12" of "12 billion")
    scale: Fraction = Fraction(1)
    explicit_count: bool = True  # False for "a million", bare "million"
    parts: tuple = ()
    time_word: bool = False      # noon, midnight, غرمه: a clock time said by a word alone


#: the Pashto ordinal of the hundreds after a count (دوه سوم، پنځه سومه کلیزه = 200th, 500th); on its
#: own سوم / سومه is the Dari "third" (numbers_ps.tsv)
_HUNDREDTH_PS = frozenset(fold(w) for w in "سوم سومه سومې سومو سومی".split())
_OPPOSITE = {"over": "under", "under": "over"}
_PS_TER = fold("تر")
#: possessives that may stand for the article before a "det" number word: his century (100 runs)
_POSSESSIVES = frozenset("his her their its my your our".split())
#: a Pashto negator, or an auxiliary negated in one word, opening the verb after a comparison
_PS_NEGATED_AUX = frozenset(fold(w) for w in "نه مه نشي نشی نشو نشوه نشول نشته ندی نده ندي".split())
_COPULAS = frozenset("be been being is are was were".split())
_SENTENCE_OPENERS = set(".!?:;\"'“‘«(—–-۔؟")
# (an e-mail address is tried only where its run of name characters starts: one attempt per
# run, not per character, keeps a long digit run linear; a hashtag has a letter: "#1" is number 1)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|@\w[\w.]*|#(?=\w*[^\W\d])\w[\w.]*"
                     r"|<[^<>\n]{1,200}>", re.I)

#: denominators a fraction in digits is written with (1/12 a month, 3/16 inch, 7/100)
_DENOMINATORS = frozenset(range(2, 11)) | {12, 16, 20, 25, 32, 50, 64, 100, 1000}


def _plausible_fraction(a: int, b: int) -> bool:
    """a/b reads as an amount: a proper fraction of a usual denominator (1/3, 3/4, 5/16,
    7/100), not a notation such as 9/11 or 24/7."""
    return b in _DENOMINATORS and 0 < a < b


_SI_PREFIX = {Fraction(1, 1000): "m", Fraction(1, 100): "c", Fraction(10 ** 6): "M", Fraction(10 ** 9): "G"}


def _raised(u: UnitReading, power: int) -> UnitReading:
    """A length unit squared or cubed by the adjective after it (Pashto word order: کیلومتره
    مربع, متره مکعبه): an area in m², a volume in litres (1 m³ = 1000 l)."""
    if power == 2:
        return UnitReading(f"{u.code}2", "area", u.factor ** 2, u.approx)
    return UnitReading(f"{u.code}3", "volume", u.factor ** 3 * 1000, u.approx)


def _year_span(first: str, second: str) -> Optional[tuple[int, int]]:
    """2022/23, 2019-21, ۲۰۲۲-۲۰۲۳: a year and a later year, the later one maybe written with
    its last two digits only (then it is the first one after the first year that ends so)."""
    if not (first.isdigit() and second.isdigit() and len(first) == 4 and len(second) in (2, 4)):
        return None
    y, z = int(first), int(second)
    if not 1000 <= y <= 2100:
        return None
    if len(second) == 2:
        z = y - y % 100 + z
        if z <= y:
            z += 100
    return (y, z) if y < z <= y + 10 else None


def _short(digits: str) -> bool:
    """At most :data:`MAX_DIGITS` digits (a token is counted by its length: separators are few)."""
    return len(digits) <= MAX_DIGITS


class _Parser:
    def __init__(self, nt: NormText, lang: str, labels: bool = False):
        self.lang = lang
        self.labels = labels
        self.lex = _lexicon(lang)
        self.nt = nt
        work = list(nt.text)
        for i, ch in enumerate(work):
            if ch == " " and nt.original[nt.starts[i]] in _GROUP_SPACES:
                work[i] = "\u202f"
        self.toks = _tokenize("".join(work), nt)
        self.blocked = self._blocked_tokens()

    # --- helpers ----------------------------------------------------------------------------

    def _blocked_tokens(self) -> set[int]:
        """Token indices inside URLs, e-mail addresses, @handles and markup tags."""
        spans = [m.span() for m in _URL_RE.finditer(self.nt.text)]
        if not spans:
            return set()
        return {i for i, t in enumerate(self.toks) if any(a <= t.start < b for a, b in spans)}

    def word(self, i: int) -> Optional[_Word]:
        if 0 <= i < len(self.toks) and self.toks[i].kind == "word":
            low = self.toks[i].low
            w = self.lex.words.get(low)
            if w is None and len(low) > 3 and (self.lex.cues.get("glued_prefix") or self.lex.cues.get("glued_suffix")):
                w = self.glued_word(low)
            return w
        return None

    def glued_word(self, low: str) -> Optional[_Word]:
        """A number word with a particle or an ending glued to it in older orthography: دیوه
        (د یوه), اویاکلن (اویا + کلن "-year-old").  Only cardinals are split off."""
        lex = self.lex
        if low in lex.derived:
            return lex.derived[low]
        found = None
        for (suffix,) in (k for k in lex.cues.get("glued_suffix", {}) if len(k) == 1):
            if low.endswith(suffix) and len(low) > len(suffix) + 1:
                w = lex.words.get(low[:-len(suffix)])
                if w is not None and w.cls in ("unit", "teen", "tens", "hundred"):
                    found = _Word(w.value, w.cls, w.flags - {"ambig", "lead", "strict"})
                    break
        if found is None:
            for (prefix,) in (k for k in lex.cues.get("glued_prefix", {}) if len(k) == 1):
                rest = low[len(prefix):]
                if low.startswith(prefix) and len(rest) >= 2:
                    w = lex.words.get(rest)
                    if w is not None and w.cls in ("unit", "teen", "tens", "hundred", "ordinal") \
                            and not w.flags & {"lead", "after"}:
                        found = w
                        break
        if len(lex.derived) < 100_000:
            lex.derived[low] = found
        return found

    def match_cue(self, i: int, role: str, verbs: bool = False) -> tuple[int, str] | None:
        """Longest cue phrase of ``role`` starting at token i: (number of tokens, value).  With
        ``verbs``, a longer cue whose last word a light verb follows gives way to a shorter one:
        in له ۴۰٪ څخه ډیر کم کړي ("reduce by more than 40 %") کم is part of the verb کم کړي, so
        the cue is څخه ډیر (more than), not څخه ډیر کم (much less than)."""
        table = self.lex.cues.get(role)
        if not table or 0 <= i < len(self.toks) and self.toks[i].low not in self.lex.cue_ends[role][0]:
            return None
        found = None
        light = self.lex.cues.get("light_verb", {}) if verbs else {}
        for n in range(min(self.lex.cue_maxlen, len(self.toks) - i), 0, -1):
            key = tuple(t.low for t in self.toks[i:i + n])
            if key in table:
                if not (light and i + n < len(self.toks) and (self.toks[i + n].low,) in light):
                    return n, table[key]
                found = found or (n, table[key])
        return found

    def match_cue_before(self, i: int, role: str) -> tuple[int, str] | None:
        """Longest cue phrase of ``role`` ending just before token i."""
        table = self.lex.cues.get(role)
        if not table or 0 < i <= len(self.toks) and self.toks[i - 1].low not in self.lex.cue_ends[role][1]:
            return None
        for n in range(min(self.lex.cue_maxlen, i), 0, -1):
            key = tuple(t.low for t in self.toks[i - n:i])
            if key in table:
                return n, table[key]
        return None

    def match_unit(self, i: int, positions: tuple[str, ...]) -> tuple[int, _UnitForm] | None:
        """Longest unit form starting at token i usable in one of ``positions``."""
        toks = self.toks
        if 0 <= i < len(toks) and toks[i].text not in self.lex.unit_firsts[0] \
                and toks[i].low not in self.lex.unit_firsts[1]:
            return None             # no unit form starts with this token
        for n in range(min(self.lex.unit_maxlen, len(toks) - i), 0, -1):
            seg = toks[i:i + n]
            if any(t.kind == "num" for t in seg):
                # "m2", "km2": the only digits allowed are glued unit exponents
                if not all(t.kind != "num" or (t.glued and t.text in "23") for t in seg):
                    continue
            form = self.lex.units_cs.get(tuple(t.text for t in seg))
            if form is None:
                form = self.lex.units_ci.get(tuple(t.low for t in seg))
            if form is not None and form.position in positions + ("both",):
                return n, form
        return None

    def chain_end(self, i: int) -> int:
        """One past the last token glued to token i through letters, digits, - . / :"""
        toks = self.toks
        j = i + 1
        while j < len(toks) and toks[j].glued and (toks[j].kind != "sym" or toks[j].text in "-./:_"):
            if toks[j].kind == "sym" and not (j + 1 < len(toks) and toks[j + 1].glued
                                               and toks[j + 1].kind != "sym"):
                break
            j += 1
        return j

    def is_code(self, i: int) -> bool:
        """Digits at token i that belong to a name or code (CO2, A320, COVID-19, 4x4, 5G)."""
        toks = self.toks
        t = toks[i]
        if t.glued and i > 0:
            prev = toks[i - 1]
            if prev.kind == "word" and _LATIN.match(prev.text):
                return True                                   # A320, CO2, G20
            if prev.kind == "word" and self.lang == "ps" and prev.low in self.lex.letter_names \
                    and prev.low not in self.lex.particles:
                return True                                   # ایچ کې یو1 (HKU1), او سي43 (OC43): a letter's name
                                                              # glued to digits (not ډالر300, سر2003, په2020)
            if prev.text == "-" and i > 1 and prev.glued and toks[i - 2].kind in ("word", "num"):
                before = toks[i - 2]
                if before.kind == "num":
                    return False                              # 2020-2025, 1-0: ranges/scores
                if _LATIN.match(before.text) and (before.text.islower()
                                                  or (before.low,) in self.lex.cues.get("hyphen_prefix", {})):
                    return False                              # mid-2019, par-3, Mid-2019
                return True                                   # COVID-19, F-16, Jun-17, کوویډ-۱۹
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.glued and nxt.kind == "word" and _LATIN.match(nxt.text):
            if nxt.low not in self.lex.glued_suffixes and nxt.text not in self.lex.glued_suffixes_cs:
                return True                                   # 4x4, 5G, 3D
            if self._lettered(i) and any(self._lettered(k) and abs(ord(toks[k + 1].low) - ord(nxt.low)) == 1
                                         for k in range(max(0, i - 4), min(len(toks), i + 5)) if k != i):
                return True                                   # 1a and 1b, 2a/2b: numbered sub-items (not $5m and 3k)
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is not None and after.glued and after.kind == "num":
                return True                                   # B2B-like chains: 4k2
        return False

    def _lettered(self, k: int) -> bool:
        """Digits at token k with one Latin letter glued after them and nothing glued after
        that (1a, 2b): the form of a numbered sub-item, if another one stands near it."""
        toks = self.toks
        return toks[k].kind == "num" and toks[k].text.isdigit() and k + 1 < len(toks) \
            and toks[k + 1].glued and toks[k + 1].kind == "word" and len(toks[k + 1].text) == 1 \
            and _LATIN.match(toks[k + 1].text) is not None \
            and not (k + 2 < len(toks) and toks[k + 2].glued and toks[k + 2].kind != "sym")

    # --- reading ----------------------------------------------------------------------------

    def run(self) -> list[_Raw]:
        out: list[_Raw] = []
        i, n = 0, len(self.toks)
        while i < n:
            if i in self.blocked:
                i += 1
                continue
            idiom = self.match_cue(i, "idiom")
            if idiom is not None:
                i += idiom[0]
                continue
            res = self.read_at(i)
            if res is None:
                i += 1
                continue
            raws, nxt = res
            out.extend(raws)
            i = max(nxt, i + 1)
        return self.merge_ranges(self._and_minutes(self._and_a_fraction(self._drop_restated_time_words(out))))

    def _and_a_fraction(self, raws: list[_Raw]) -> list[_Raw]:
        """A whole number and a fraction below one said as one amount, the unit after either:
        joined by "and" ("two and a quarter hours", "365 and a quarter days", ۳۶۵ ورځې او یو پاو,
        دوه ساعته او نیم = 2.5 h), or the fraction first and a fraction_above cue (پاو باندې درې
        ډالره = $3.25), as "two and a half" (one amount already) is.  Not before "of" (five and a
        quarter of the rest are two amounts)."""
        out: list[_Raw] = []
        for b in raws:
            a = out[-1] if out else None
            if a is not None and a.t1 < b.t0 and not a.label and not b.label:
                whole, frac = (a, b) if b.kind == "fraction" else (b, a)
                joined = (whole is a and (cn := self.match_cue(a.t1, "connector")) is not None
                          and self.toks[a.t1].text != "-" and a.t1 + cn[0] == b.t0      # and / او
                          and not (b.t1 < len(self.toks) and self.toks[b.t1].low == "of")) \
                    or (frac is a and (cue := self.match_cue(a.t1, "fraction_above")) is not None
                        and a.t1 + cue[0] == b.t0 and a.written == "words")
                if joined and frac.kind == "fraction" and 0 < frac.value < 1 and whole.kind in ("number", "measure", "money", "percent") \
                        and whole.value.denominator == 1 and whole.value > 0 and whole.scale == 1 \
                        and not (whole.units and frac.units and whole.units[0].code != frac.units[0].code):
                    whole.value += frac.value
                    whole.count = whole.value
                    whole.candidates = [c + frac.value for c in whole.candidates]
                    if not whole.units and frac.units:
                        whole.units = frac.units
                    if whole.units and whole.kind == "number":
                        dims = {u.dimension for u in whole.units}
                        whole.kind = "percent" if whole.units[0].dimension == "percent" \
                            else "money" if "currency" in dims else "measure"
                    whole.t0, whole.t1 = a.t0, b.t1
                    whole.approx = whole.approx or frac.approx
                    whole.maybe = whole.maybe and frac.maybe
                    out[-1] = whole
                    continue
            out.append(b)
        return out

    def _and_minutes(self, raws: list[_Raw]) -> list[_Raw]:
        """A clock hour and then its minutes joined by "and": نهو بجو او پنځلسو دقیقو, ۹ بجې او ۱۵
        دقیقې (9:15) is one clock time, read like 9.15 as "9:15" is (the minutes alone would be a
        duration the English never says)."""
        out: list[_Raw] = []
        for b in raws:
            a = out[-1] if out else None
            if a is not None and a.kind == "time" and not a.time_word and a.value.denominator == 1 \
                    and b.kind == "measure" and b.scale == 1 and b.value.denominator == 1 \
                    and 0 < b.value < 60 and b.units and all(u.code == "min" for u in b.units) \
                    and not b.approx and a.t1 < b.t0 \
                    and (cn := self.match_cue(a.t1, "connector")) is not None \
                    and self.toks[a.t1].text != "-" and a.t1 + cn[0] == b.t0:
                m = Fraction(int(b.value), 100)
                a.value += m
                a.count = a.value
                a.candidates = [c + m for c in a.candidates]
                a.t1 = b.t1
                continue
            out.append(b)
        return out

    def _tens_ordinal_at(self, k: int) -> bool:
        """A Pashto ordinal of the tens (ویشتم, دېرشمه …) at token k: a unit word before it makes
        one ordinal (اوه ویشتم = 27th), the homograph اوه included."""
        w = self.word(k)
        return self.lang == "ps" and w is not None and w.cls == "ordinal" and 20 <= w.value < 100 \
            and w.value % 10 == 0

    def _year_like(self, raw: _Raw) -> bool:
        """Four plain digits that may be a calendar year (1000-2100, no separator, no scale)."""
        return raw.written == "digits" and raw.scale == 1 and raw.t1 == raw.t0 + 1 \
            and raw.value.denominator == 1 and 1000 <= raw.value <= 2100 and self.toks[raw.t0].text.isdigit()

    def _unit_and_a_half(self, i: int) -> tuple[list[_Raw], int] | None:
        """"A year and a half", "an hour and a half" at token i: one and a half of the unit."""
        w = self.lex.words.get(self.toks[i].low)       # (an article is never a glued form)
        if w is None or w.cls != "article":
            return None
        um = self.match_unit(i + 1, ("post",))
        if um is None:
            return None
        k = i + 1 + um[0]
        cn = self.match_cue(k, "connector") if k < len(self.toks) else None
        if cn is None or self.toks[k].text == "-" or (h := self._half_after(k + cn[0])) is None:
            return None
        raw = _Raw(i, h + 1, Fraction(3, 2), kind="measure", units=um[1].readings, written="words",
                   count=Fraction(3, 2), explicit_count=False)
        raw.approx = self.approx_of(raw.t0, raw.t1)
        raw.weak = self.is_weak(raw)
        return [raw], raw.t1

    @staticmethod
    def _drop_restated_time_words(raws: list[_Raw]) -> list[_Raw]:
        """A clock word next to the clock time it names is one time: د غرمې په دولسو بجو, "12
        noon" (the word is dropped when a time of the same hour is at most 3 tokens away)."""
        if not any(r.time_word for r in raws):
            return raws
        times = [r for r in raws if r.kind == "time" and not r.time_word]

        def restated(w: _Raw) -> bool:
            hours = {w.value, *w.candidates}
            return any((x.t0 - w.t1 <= 3 and x.t0 >= w.t1 or w.t0 - x.t1 <= 3 and w.t0 >= x.t1)
                       and hours & {x.value, *x.candidates} for x in times)
        return [r for r in raws if not (r.time_word and restated(r))]

    def read_at(self, i: int) -> tuple[list[_Raw], int] | None:
        toks = self.toks
        t = toks[i]
        # a currency (or other unit) written before the number: $5, US$ 12bn, £2.8bn
        if t.kind != "num":
            um = self.match_unit(i, ("pre",))
            if um is not None:
                k = i + um[0]
                if k < len(toks) and toks[k].kind == "num" and k not in self.blocked:
                    res = self.read_number(k, prefix_units=um[1].readings)
                    if res is not None:
                        raws, nxt = res
                        if raws:
                            raws[0].t0 = i
                        return raws, nxt
                    return None
        if t.kind == "num":
            return self.read_number(i)
        if t.kind == "word":
            half = self._unit_and_a_half(i)
            if half is not None:
                return half
            tw = self.match_cue(i, "time_word") if t.low in self.lex.cue_ends.get("time_word", ((),))[0] else None
            if tw is not None:                   # noon, midnight, غرمه: a clock time in a word
                values = [Fraction(v) for v in tw[1].split("|")]
                return [_Raw(i, i + tw[0], values[0], candidates=values[1:], kind="time",
                             written="words", weak=True, count=values[0], time_word=True)], i + tw[0]
            return self.read_words(i)
        return None

    def read_number(self, i: int, prefix_units: tuple = ()) -> tuple[list[_Raw], int] | None:
        toks = self.toks
        t = toks[i]
        if self.is_code(i):
            end = self.chain_end(i)
            if not self.labels:
                return [], end
            # the digits of a name or code, kept as labels only: COVID-19, A320, 6-foot-6
            return [_Raw(k, k + 1, v[0], label=True)
                    for k in range(i, end) if toks[k].kind == "num"
                    and _short(toks[k].text) and (v := _digit_readings(toks[k].text, self.lang)) is not None], end
        # fractions 1/3 and clock times 12:30; parts of a/b/c or h:m:s chains stay plain numbers
        if i + 2 < len(toks) and toks[i + 1].glued and toks[i + 2].glued and toks[i + 2].kind == "num" \
                and toks[i + 1].text in "/:" and not (i and toks[i].glued and toks[i - 1].text in "/:") \
                and not (i + 3 < len(toks) and toks[i + 3].glued and toks[i + 3].text in "/:"):
            op, t2 = toks[i + 1].text, toks[i + 2].text
            if op == "/" and (span := _year_span(t.text, t2)) is not None:
                # 2022/23, 2022/2023: a season or a fiscal year, two years (not 2022 ÷ 23)
                lo = _Raw(i, i + 1, Fraction(span[0]), count=Fraction(span[0]))
                hi = _Raw(i + 2, i + 3, Fraction(span[1]), count=Fraction(span[1]))
                return [_Raw(i, i + 3, lo.value, kind="range", count=lo.value, parts=(lo, hi))], i + 3
            if (op == ":" and t.text.isdigit() and t2.isdigit() and self._reference(i, t2)) \
                    or (op == "/" and t.text.isdigit() and t2.isdigit()
                                                     and not _plausible_fraction(int(t.text), int(t2))):
                # a reference or a notation, not an amount: John 3:16, Al-Baqarah 2:255, 9/11, 24/7
                if not self.labels:
                    return [], i + 3
                return [_Raw(k, k + 1, Fraction(int(toks[k].text)), label=True) for k in (i, i + 2)], i + 3
            if op == "/" and t.text.isdigit() and t2.isdigit() and int(t2):
                v = Fraction(int(t.text), int(t2))
                raw = _Raw(i, i + 3, v, kind="fraction", count=v)
                return [self.finish(raw, prefix_units)], raw.t1
            if op == ":" and t.text.isdigit() and len(t.text) <= 2 and t2.isdigit() and len(t2) == 2:
                v = int(t.text) + Fraction(int(t2), 100)  # 7:55 reads like 7.55 (am/pm style)
                raw = _Raw(i, i + 3, v, kind="time", count=v)
                if (tm := self.match_cue(i + 3, "time")) is not None and 1 <= v < 13 \
                        and (tm[1] == "pm" and v < 12 or tm[1] == "clock" and self.lang == "ps"):
                    # ۲:۳۰ بجې, 2:30 pm: a 12-hour clock, also 14:30 (the day's part, د ماسپښین,
                    # said in words or not at all)
                    raw.candidates.append(v + 12)
                    raw.t1 += tm[0]
                return [self.finish(raw, prefix_units)], raw.t1
        if not _short(t.text):
            return [], i + 1                 # an absurdly long digit run: see MAX_DIGITS
        ident = self.identifier_end(i)
        if ident is not None:                # 0700 123 456, +93 70 123 4567: a phone or ID number
            if not self.labels:
                return [], ident
            digits = "".join(str(int(ch)) for k in range(i, ident) if toks[k].kind == "num" for ch in toks[k].text)
            return [_Raw(i, ident, Fraction(_int(digits)), label=True)], ident
        readings = _digit_readings(t.text, self.lang)
        if readings is not None and t.text.isdigit() and i + 2 < len(toks) \
                and (dw := self.match_cue(i + 1, "decimal_word")) is not None:
            k = i + 1 + dw[0]                # ۳ اعشاریه ۸ = 3.8, "3 point 8": the point said between digits
            if k < len(toks) and toks[k].kind == "num" and toks[k].text.isdigit() and _short(toks[k].text) \
                    and k not in self.blocked:
                v = _decimal(t.text, toks[k].text)
                raw = _Raw(i, k + 1, v, count=v)
                raw.t1 = self.read_scale(k + 1, raw, prefix_units)
                return [self.finish(raw, prefix_units)], raw.t1
        if readings is None:
            # not one number: read its digit groups as separate plain numbers
            out = []
            for m in re.finditer(r"\d+", t.text):
                out.append(_Raw(i, i + 1, Fraction(_int(m.group()))))
            return [self.finish(r, prefix_units, core_only=True) for r in out], i + 1
        raw = _Raw(i, i + 1, readings[0], candidates=list(readings[1:]), count=readings[0])
        raw.t1 = self.read_scale(i + 1, raw, prefix_units)
        raw.t1 = self.read_tail(raw)
        return [self.finish(raw, prefix_units)], raw.t1

    def identifier_end(self, i: int) -> Optional[int]:
        """One past the digit groups of a phone or identification number starting at token i
        (a plain digit run with a leading 0 of 3+ digits, or digits after a glued "+", with the
        groups that follow it after one space or a hyphen), or None.  Such digits are not an
        amount: they are compared as one identifier (0700 123 456 = ۰۷۰۰۱۲۳۴۵۶)."""
        toks = self.toks
        t = toks[i]
        if not t.text.isdigit():
            return None
        plus = i > 0 and t.glued and toks[i - 1].text == "+" and not (i > 1 and toks[i - 1].glued
                                                                     and toks[i - 2].kind == "num")
        if not (plus or (len(t.text) >= 3 and t.text[0] in "0\u0660\u06f0")):
            return None
        j = i + 1
        while j < len(toks):
            if toks[j].kind == "num" and toks[j].text.isdigit() and not toks[j].glued \
                    and self.nt.text[toks[j - 1].end:toks[j].start] == " ":
                j += 1
            elif toks[j].text == "-" and toks[j].glued and j + 1 < len(toks) and toks[j + 1].glued \
                    and toks[j + 1].kind == "num" and toks[j + 1].text.isdigit():
                j += 2
            else:
                break
        if plus and j == i + 1:
            return None                      # "+5": a sign, not a phone number
        return j

    def read_tail(self, raw: _Raw) -> int:
        """South Asian counting in digits: ``۳ لکه او ۸۲ زره`` = 382,000 — after a scale word, a
        smaller amount with its own smaller scale word adds up, with "and" between them or none
        (``۳ لکه ۶۲ زره`` = 362,000, ``۲ کروړه ۵۰ لکه`` = 25 million, ``۲ میلیونه ۳۰۰ زره``, "1
        crore 20 lakh"), as the same amount in words does (درې لکه دوه شپېته زره); after a scale said
        in words too (درې لکه ۶۲ زره, read_words)."""
        toks, j = self.toks, raw.t1
        if raw.scale < 1000 or j >= len(toks):
            return j
        cn = self.match_cue(j, "connector")
        if cn is not None and toks[j].text == "-":
            return j
        k = j + (cn[0] if cn is not None else 0)
        if k >= len(toks) or toks[k].kind != "num" or k in self.blocked or not _short(toks[k].text):
            return j
        readings = _digit_readings(toks[k].text, self.lang)
        if not readings:
            return j
        sub = _Raw(k, k + 1, readings[0], count=readings[0])
        end = self.read_scale(k + 1, sub, ())
        if not (1 < sub.scale < raw.scale and sub.value < raw.scale):
            return j
        raw.value += sub.value
        raw.candidates = [c + sub.value for c in raw.candidates]
        return end

    def read_scale(self, j: int, raw: _Raw, prefix_units: tuple) -> int:
        """Scale words after the digits at j - 1: 12 billion, 2.8bn, £125m, ۱۲ ملیارد, ۵ زره."""
        toks = self.toks
        last_scale = raw.scale
        while j < len(toks):
            w = self.word(j)
            if w is None or w.cls not in ("scale", "hundred"):
                break
            if "abbr" in w.flags or "money" in w.flags:
                if not (toks[j].glued and toks[j - 1].kind == "num"):
                    break                             # "12 bn", "5 m": not an abbreviation here
                if "money" in w.flags and not prefix_units:
                    # 5m, 10M, 50k without a currency: metres or a count? keep both readings
                    raw.candidates.append(raw.value * w.value)
                    break
            if w.cls == "hundred":
                if last_scale != 1 or w.value != 100:
                    break
                raw.value *= 100
                raw.candidates = [c * 100 for c in raw.candidates]
                raw.scale = last_scale = Fraction(100)
                j += 1
                continue
            if w.value > last_scale:                 # 5 hundred thousand, ۵ زره ملیونه
                raw.value *= w.value
                raw.candidates = [c * w.value for c in raw.candidates]
                raw.scale = last_scale = raw.scale * w.value
            elif w.value < last_scale:
                break
            # an equal scale restates the one before ("2.8bn بیلیونو"): absorb it
            j += 1
            if last_scale > 1 and j + 1 < len(toks) and toks[j].text in "-‐" and toks[j].glued \
                    and toks[j + 1].glued and (nw := self.word(j + 1)) is not None and nw.cls == "scale" \
                    and not nw.flags & {"abbr", "money", "pl"} and nw.value > last_scale:
                j += 1                                # $26 thousand-million: a thousand million, 10⁹
        return j

    def read_words(self, i: int) -> tuple[list[_Raw], int] | None:
        """A number written in words starting at token i (or None)."""
        toks = self.toks
        w0 = self.word(i)
        if w0 is None:
            return None
        if w0.cls == "vague":
            if self.lang != "en":
                return [], i + 1
            # hundreds, thousands: no figure, but the round number it is plural of; a "maybe"
            # quantity that absorbs that number on the other side ("one of millions" ↔ په یو ملیون
            # کې یو, "several hundreds of yards" ↔ څو سل ګونو) and is never reported.  Not the
            # Pashto سلګونه, لسګونه: a figure of the English rendered by them is lost ("10 people"
            # ↔ لسګونه خلک)
            return [_Raw(i, i + 1, w0.value, written="words", weak=True, maybe=True, count=w0.value)], i + 1
        if w0.cls == "decades":                  # the nineties, in his sixties: 1990s, 1890s, age 90
            v = w0.value
            raw = _Raw(i, i + 1, 1900 + v, candidates=[1800 + v, v], kind="decade", written="words",
                       weak=True, count=1900 + v)
            return [raw], i + 1
        if w0.cls == "multiple":                 # twice, double, threefold
            raw = _Raw(i, i + 1, w0.value, kind="multiple", written="words", count=w0.value)
            return [self.finish(raw, ())], i + 1
        maybe = False
        alt: Optional[Fraction] = None       # a second reading of the whole (دوه نوي: 2 or 92)
        article = False                      # یوه څلوېښت کلنه: 41, or یوه "a" and 40
        total, group = Fraction(0), Fraction(0)
        last: Optional[str] = None
        last_scale = Fraction(0)
        kind = "number"
        explicit = True
        ambig_only = True
        nwords = 0
        j = i
        value: Optional[Fraction] = None

        def is_num_word(k: int, classes: tuple[str, ...]) -> bool:
            w = self.word(k)
            return w is not None and w.cls in classes and "abbr" not in w.flags and "money" not in w.flags

        while j < len(toks):
            tok = toks[j]
            w = self.word(j)
            if w is None or "abbr" in w.flags or "money" in w.flags:
                if nwords and last in ("unit", "teen", "tens", "combo", "hundred") and value is None:
                    dec = self._decimal_words(j)
                    if dec is not None:              # څلور اعشاریه شپږ = 4.6, "four point six"
                        frac, k = dec
                        group += frac
                        last = "combo"
                        nwords += k - j
                        j = k
                        continue
                    over = self._over_ordinal(j)
                    if over is not None and last in ("unit", "teen"):   # درې پر څلورمه برخه = 3/4
                        den, k = over
                        value, kind = group / den, "fraction"
                        nwords += k - j
                        j = k
                        break
                sub = self.match_cue(j, "subtract") if last == "unit" else None
                if sub is not None and is_num_word(j + sub[0], ("tens",)) \
                        and self.word(j + sub[0]).value > group % 10:
                    unit = group % 10            # یو کم دېرش = 29, دوه کم پنځوس = 48: a unit "less"
                    group += self.word(j + sub[0]).value - 2 * unit   # than a tens word
                    last = "combo"
                    nwords += sub[0] + 1
                    j += sub[0] + 1
                    continue
                if tok.text == "-" and self.lang == "ps" and last == "unit" and tok.glued \
                        and j + 1 < len(toks) and toks[j + 1].glued and is_num_word(j + 1, ("tens",)):
                    j += 1                       # شپږ-دېرش = 36: the unit first, hyphenated as in English
                    continue
                # connectors between number words: "hundred and five", "سل او پنځوس", "twenty-one"
                cn = self.match_cue(j, "connector")
                if cn is not None and nwords:
                    k = j + cn[0]
                    if tok.text == "-" and not (tok.glued and k < len(toks) and toks[k].glued):
                        break
                    if last in ("hundred", "scale") and is_num_word(k, ("unit", "teen", "tens")):
                        j = k
                        continue
                    if last == "scale" and tok.text != "-" and is_num_word(k, ("hundred",)):
                        j = k                    # زر او سل = 1,100: a bare hundred after "and"
                        continue
                    if tok.text == "-" and last in ("tens", "article", "unit", "teen") and \
                            is_num_word(k, ("unit", "ordinal", "denominator", "fraction")):
                        j = k
                        continue
                    if tok.text != "-" and last in ("unit", "teen", "tens", "combo", "hundred") \
                            and self._half_after(k) is not None:
                        j = k
                        continue
                break
            cls, v = w.cls, w.value
            if cls == "article":
                nxt = j + 1
                if nxt < len(toks) and toks[nxt].text == "-":
                    nxt += 1
                if last is None and is_num_word(nxt, ("hundred", "scale", "ordinal", "denominator", "fraction")) \
                        and self.match_cue(nxt, "idiom") is None:   # not "a" before an idiom (a third-rate film)
                    group, last, explicit = Fraction(1), "article", False
                    j += 1
                    continue
                if last in ("unit", "teen", "tens", "combo", "hundred") and self.word(nxt) is not None \
                        and self.word(nxt).cls == "fraction":
                    j += 1                       # "one and a half"
                    continue
                break
            if cls in ("vague", "multiple"):
                if cls == "vague" and last == "hundred" and nwords == 1:
                    return [], j + 1             # "hundred thousands of dollars": vague
                break
            if "strict" in w.flags and not self._scale_or_unit_at(j + 1):
                if nwords == 0:                  # نوي "new" on its own: 90 only if the other side
                    maybe = True                 # says so (a homograph, as زر "gold")
                elif last == "unit" and cls == "tens" and self.lang == "ps":
                    alt = group + v              # دوه نوي: 92, or "two new" (دوه نوي کورونه)
                    break
                else:
                    break                        # 90 for sure only in نوي زره, نوي ټنه
            if "lead" in w.flags and not self._lead_at(j + 1):
                if not nwords and self.lang == "ps" and j + 1 < len(toks) \
                        and self.match_unit(j + 1, ("post",)) is not None:
                    maybe = True                 # نه کیلوګرامه: a verb is negated, never a unit, so
                else:                            # 9 kg if the other side says so
                    break                        # نه "not": 9 only in نه ویشت, نه سوه, نه زره
            if "after" in w.flags and not nwords:
                break                            # لکه "like": a lakh only after a count
            if "det" in w.flags and last != "article" and not (j and toks[j - 1].low in _POSSESSIVES):
                break                            # "a century", "his century"; not "the 19th century"
            if "ambig" in w.flags and not nwords and not (
                    self._scale_or_unit_at(j + 1) or is_num_word(j + 1, ("unit", "teen", "tens", "hundred"))
                    or (cls == "unit" and self._tens_ordinal_at(j + 1))
                    or self._counted_at(j + 1) or self._oblique_noun_after(j)
                    or (cls == "unit" and self._decimal_words(j + 1) is not None)   # اوه اعشاریه دوه = 7.2
                    or (cls == "unit" and self._half_then_unit(j + 1))   # اوو نیمو بجو = 7:30, اوه نیم کاله
                    or (w.cls in ("scale", "hundred") and self._and_number_at(j + 1))):
                maybe = True                     # زر "gold", اوه "oh", درو on their own: this word only
            if "ambig" not in w.flags:
                ambig_only = False
            if cls == "unit":
                if last in (None, "hundred", "scale"):
                    group += v
                    last = "unit"
                elif last == "tens" and self.lang == "en":
                    group += v
                    last = "combo"
                else:
                    break
            elif cls == "teen":
                if last in (None, "hundred", "scale"):
                    group += v
                    last = "teen"
                elif last == "unit" and self.lang == "ps" and v == 10 and group % 100 < 10:
                    article = article or (nwords == 1 and group == 1)
                    group += v                  # اته لس, پنځه لس = 18, 15 written apart
                    last = "teen"
                else:
                    break
            elif cls == "tens":
                if last in (None, "hundred", "scale"):
                    group += v
                    last = "tens"
                elif last == "unit" and self.lang == "ps":
                    article = article or (nwords == 1 and group == 1)
                    group += v                  # پنځه دېرش = 35, دوه ویشت = 22
                    last = "combo"
                else:
                    break
            elif cls == "hundred":
                if last in (None, "article") or (last == "scale" and not group and j
                                                 and self.match_cue(j - 1, "connector") is not None):
                    group = (group or 1) * v
                elif last in ("unit", "teen", "tens", "combo"):
                    group *= v
                else:
                    break
                last = "hundred"
            elif cls == "scale":
                if last == "scale" and v == last_scale:
                    j += 1                       # restated scale word
                    nwords += 1
                    continue
                if last is None and "pl" in w.flags:
                    if self.match_cue_before(j, "every") is None:
                        # "millions of", ملیونونه: vague, in English a maybe quantity as the vague class above
                        if self.lang != "en" and "obl" not in w.flags:
                            return [], j + 1
                        return [_Raw(j, j + 1, v, written="words", weak=True, maybe=True, count=v)], j + 1
                    explicit = False             # په هرو زرو: per (one) thousand, not "thousands"
                    total += v
                    group, last_scale, last = Fraction(0), v, "scale"
                    nwords += 1
                    j += 1
                    continue
                if last is None:
                    explicit = False
                if last == "scale" and v > last_scale and group == 0:
                    total *= v
                elif last in (None, "article", "unit", "teen", "tens", "combo", "hundred"):
                    total += (group or 1) * v
                else:
                    break
                group, last_scale, last = Fraction(0), v, "scale"
            elif cls == "fraction":
                if last in ("unit", "teen", "tens", "combo", "hundred") and v == 0.5:
                    group += Fraction(1, 2)      # یو نیم = 1.5, "one and a half"
                    last = "combo"
                elif last in (None, "article"):
                    scale_at = self._scale_after_fraction(j + 1)
                    if scale_at is not None and v == Fraction(1, 2):   # half a million, نیم میلیون
                        k, sv = scale_at
                        group, total, last_scale, last = Fraction(0), (group or 1) * v * sv, sv, "scale"
                        nwords += k - j
                        j = k
                        continue
                    value, kind = (group or 1) * v, "fraction"
                    j += 1
                    nwords += 1
                    break
                else:
                    break
            elif cls == "ordinal":
                if last is None:
                    nxt_w = self.word(j + 1)
                    if nxt_w is not None and nxt_w.cls == "partnoun":   # دریمه برخه = 1/3
                        value, kind = 1 / v, "fraction"
                        j += 2
                        nwords += 2
                        break
                    if 2 < v <= 10 and self._part_of(j):                  # the last third of
                        value, kind = 1 / v, "fraction"
                        j += 1
                        nwords += 1
                        break
                    value, kind = v, "ordinal"
                    j += 1
                    nwords += 1
                    break
                if last == "tens" and v < 10:
                    value, kind = group + v, "ordinal"      # twenty-first
                elif last == "unit" and self.lang == "ps" and v >= 20 and v % 10 == 0 and v < 100:
                    value, kind = group + v, "ordinal"      # پنځه ویشتم = 25th
                elif last in ("hundred", "scale"):
                    value, kind = total + group + v, "ordinal"
                elif last in ("unit", "teen") and self.lang == "ps" and v >= 100 and v.denominator == 1 \
                        and (self.word(j + 1) is None or self.word(j + 1).cls != "partnoun"):
                    value, kind = group * v, "ordinal"      # دوه زرم کال: the year 2000, not 2/1000
                elif last in ("unit", "teen", "tens", "combo") and self.lang == "ps" and tok.low in _HUNDREDTH_PS:
                    value, kind = group * 100, "ordinal"    # دوه سومه کلیزه: the 200th (سوم alone: "third")
                elif last in ("article", "unit", "teen") and "noden" not in w.flags:
                    value, kind = group / v, "fraction"     # a third, one fifth, دوه دریمې برخې
                    if self.word(j + 1) is not None and self.word(j + 1).cls == "partnoun":
                        j += 1
                        nwords += 1
                else:
                    break
                j += 1
                nwords += 1
                break
            elif cls == "denominator":
                if last in ("article", "unit", "teen", "tens", "combo"):
                    value, kind = group / v, "fraction"     # two-thirds, three quarters
                    j += 1
                    nwords += 1
                elif last is None and "alone" in w.flags:
                    value, kind, maybe = 1 / v, "fraction", True   # پاو on its own: a quarter
                    j += 1
                    nwords += 1
                break
            else:                                # partnoun on its own, anything else
                break
            nwords += 1
            j += 1
            if maybe:
                break
        if value is None:
            if last in (None, "article"):
                return None
            value = total + group
        if nwords == 0:
            return None
        if alt is not None and kind == "number":
            j += 1                               # the span covers both words
        raw = _Raw(i, j, value, kind=kind, written="words", count=value, explicit_count=explicit)
        if alt is not None and kind == "number":
            raw.candidates.append(total + alt)
        if article and kind == "number" and not last_scale:
            raw.candidates.append(value - 1)     # یوه لس کلنه نجلۍ: "a ten-year-old girl"
        if kind == "number" and last_scale and value >= last_scale:
            raw.scale, raw.count = last_scale, value / last_scale   # "seven million": 7 × 10⁶
        raw.t1 = j
        if kind == "number" and raw.scale >= 1000 and alt is None:
            raw.t1 = self.read_tail(raw)         # درې لکه ۶۲ زره: words, then digits, one amount
        q = self.finish(raw, ())
        if ambig_only and not q.units and q.kind != "multiple" and not self._counted_at(q.t1) \
                and not (nwords == 1 and self._oblique_noun_after(i)) and \
                (nwords == 1 or len({t.low for t in toks[i:j]}) == 1):
            q.maybe = True                       # only ambiguous words (زر "gold", درو): needs a unit,
                                                 # another number word (اویا زره) or the other side
        if maybe and nwords == 1:               # a homograph alone: the other side must agree
            q.maybe = True
        return [q], q.t1

    def _reference(self, i: int, after: str) -> bool:
        """N:M at token i is a chapter and verse (Al-Baqarah 2:255, Psalm 23:4), not a clock
        time: M cannot be minutes (3 digits; 12:60 stays a clock time, written wrong), or a
        numbered noun stands before it (numbered_nouns_en.txt: Chapter, Psalm, Surah)."""
        if not after.isdigit():
            return False
        return len(after) > 2 or self._numbered_noun_before(i)

    def _part_of(self, k: int) -> bool:
        """The ordinal word at token k names a part: a word that picks a part stands before it
        and "of" after it ("the last third of the genome", "the first fifth of", quantity_cues
        role part_before) — a fraction, not a rank."""
        toks = self.toks
        return k >= 1 and k + 1 < len(toks) and toks[k + 1].low == "of" \
            and (toks[k - 1].low,) in self.lex.cues.get("part_before", {})

    def _scale_after_fraction(self, k: int) -> Optional[tuple[int, Fraction]]:
        """A scale word (a million, میلیون) at token k, an article may stand before it: one past
        it and its value, or None ("half a million" = 500,000)."""
        w = self.word(k)
        if w is not None and w.cls == "article":
            k += 1
            w = self.word(k)
        if w is None or w.cls != "scale" or w.flags & {"abbr", "money", "pl", "after", "ambig"}:
            return None
        return k + 1, w.value

    def _decimal_words(self, k: int) -> Optional[tuple[Fraction, int]]:
        """The decimal part after a decimal word at token k ("point six", اعشاریه پنځه ویشت):
        (its value as a fraction below one, one past its last token), or None.  The digits after
        the point are read as one number: اعشاریه پنځه ویشت = .25."""
        dw = self.match_cue(k, "decimal_word") if k < len(self.toks) else None
        if dw is None:
            return None
        j, n, last = k + dw[0], 0, None
        while j < len(self.toks):
            w = self.word(j)
            # (an ambiguous word is the digit after the point: یو اعشاریه اوه = 1.7, اوه "oh" nowhere)
            if w is None or w.flags & {"abbr", "money", "strict", "lead"}:
                break
            if w.cls in ("unit", "teen") and last is None:
                n, last = n + int(w.value), w.cls
            elif w.cls == "tens" and last in (None, "unit") and (last is None or self.lang == "ps"):
                n, last = n + int(w.value), "tens"
            elif w.cls == "unit" and last == "tens" and self.lang == "en":
                n, last = n + int(w.value), "unit"
            else:
                break
            j += 1
        if last is None or n == 0:
            return None
        return Fraction(n, 10 ** len(str(n))), j

    def _over_ordinal(self, k: int) -> Optional[tuple[Fraction, int]]:
        """"Over" and an ordinal (a part noun may follow) at token k: the denominator of a
        Pashto fraction (درې پر څلورمه برخه = 3/4) and one past its last token, or None.  With the
        part noun after it the denominator may be a cardinal (دوه پر درې برخه = 2/3) and "over"
        may be په (a cue valued ``partnoun``: دوه په دریمه برخه = 2/3, never without برخه)."""
        ov = self.match_cue(k, "fraction_over") if k < len(self.toks) else None
        if ov is None:
            return None
        j = k + ov[0]
        w = self.word(j)
        if w is None or w.cls not in ("ordinal", "unit", "teen", "tens") or not 2 <= w.value <= 100 \
                or w.flags & {"ambig", "strict", "lead", "after"}:
            return None
        nxt = self.word(j + 1)
        part = nxt is not None and nxt.cls == "partnoun"
        if not part and (w.cls != "ordinal" or ov[1] == "partnoun"):
            return None                     # دوه په دریمه ورځ: "on the third day", no fraction
        return w.value, j + 1 + part

    def _and_number_at(self, k: int) -> bool:
        """"And" and a number word below a hundred's multiple at token k: زر او پنځه سوه = 1,500,
        the scale word before it is the number (not زر "gold")."""
        cn = self.match_cue(k, "connector") if k < len(self.toks) else None
        if cn is None or self.toks[k].text == "-":
            return False
        w = self.word(k + cn[0])
        return w is not None and w.cls in ("unit", "teen", "tens", "hundred") and not (w.flags & {"abbr", "money"})

    def _lead_at(self, k: int) -> bool:
        """A tens word 20 (نه ویشت = 29), a hundred or a scale word at token k."""
        w = self.word(k)
        if w is None or w.flags & {"abbr", "money"}:
            return False
        return (w.cls == "tens" and w.value == 20) or w.cls in ("hundred", "scale")

    def _counted_at(self, k: int) -> bool:
        """A counted noun at token k (کسان, ورځو): the ambiguous number word before it counts."""
        return 0 <= k < len(self.toks) and self.toks[k].kind == "word" and self.toks[k].low in self.lex.counted

    def _oblique_noun_after(self, i: int) -> bool:
        """An oblique number word (درو, اوو: ending in و) right before a word in the oblique plural
        (ending in و, 3+ letters, no number word: سیالیو, لوبو, نمرو): they agree as a count and
        its noun do (اوو لوبو "seven games"), so the homograph is the number."""
        toks = self.toks
        if self.lang != "ps" or i + 1 >= len(toks) or not toks[i].low.endswith("و") \
                or toks[i + 1].kind != "word" or toks[i + 1].glued:
            return False
        nxt = toks[i + 1].low
        return len(nxt) >= 3 and nxt.endswith("و") and self.word(i + 1) is None

    def _scale_or_unit_at(self, k: int) -> bool:
        if k < len(self.toks) and self.match_cue(k, "decade_word") is not None:
            return True                          # نوي لسیزه: ninety, not "new"
        w = self.word(k)
        if w is not None and w.cls in ("scale", "hundred") and not (w.flags & {"abbr", "money"}):
            return True
        return k < len(self.toks) and self.match_unit(k, ("post",)) is not None

    def _half_then_unit(self, k: int) -> bool:
        """A half at k and then a clock time word or a unit (نیمو بجو, نیم کاله): the number word
        before it is the count of a measure or an hour (اوو نیمو بجو, 7:30)."""
        h = self._half_after(k)
        return h is not None and h + 1 < len(self.toks) and (
            self.match_cue(h + 1, "time") is not None or self._scale_or_unit_at(h + 1))

    def _half_after(self, k: int) -> Optional[int]:
        """Token index of "half"/نیم at k or after an article at k ("and a half")."""
        w = self.word(k)
        if w is not None and w.cls == "article":
            k += 1
            w = self.word(k)
        if w is not None and w.cls == "fraction" and w.value == 0.5:
            return k
        return None

    def finish(self, raw: _Raw, prefix_units: tuple, core_only: bool = False) -> _Raw:
        """Suffixes after the number: ordinal suffix, am/pm, decade, percent/unit, approximation."""
        toks = self.toks
        j = raw.t1
        if not core_only and raw.kind == "number" and raw.written == "digits" and j < len(toks):
            nxt = toks[j]
            sfx = self.match_cue(j, "ordsuffix")
            follow = toks[j + sfx[0]] if sfx is not None and j + sfx[0] < len(toks) else None
            if sfx is not None and (nxt.glued or self.lang == "ps") and raw.value < 1000 \
                    and raw.value == int(raw.value) and raw.scale == 1 \
                    and (follow is None or not follow.glued or follow.kind == "sym"):
                raw.kind = "ordinal"                  # 9th, ۹مه, 30 مې (not the م of میاشت)
                j += sfx[0]
            elif (tm := self.match_cue(j, "time")) is not None and raw.scale == 1 \
                    and raw.value <= (24 if tm[1] == "clock" else 12):
                raw.kind = "time"
                if tm[1] == "pm" and raw.value < 12 or tm[1] == "clock" and 1 <= raw.value < 12:
                    raw.candidates.append(raw.value + 12)  # ۲ بجې, 2 o'clock: a 12-hour clock, 2 or 14
                j += tm[0]
            elif (dc := self.match_cue(j, "decade")) is not None and nxt.glued and raw.value >= 10 \
                    and raw.value % 10 == 0:
                raw.kind = "decade"
                j += dc[0]
                if raw.value <= 90:
                    # the 80's, the '60s: the years of the 20th century first, as a Pashto decade
                    # word reads them (د 80 لسیزې: _decade), then the 19th, the 21st, or an age
                    v = raw.value
                    raw.value = raw.count = 1900 + v
                    raw.candidates = [1800 + v, v] + ([2000 + v] if v <= 20 else [])
                if self.lang == "en" and 1000 <= raw.value <= 2100 and raw.value % 100 == 0:
                    # the 1800s are also the 19th century (د نولسمې پېړۍ): its ordinal
                    raw.candidates.append(raw.value // 100 + 1)
        elif not core_only and raw.kind == "number" and raw.written == "words" and raw.scale == 1 \
                and j < len(toks) and (tm := self.match_cue(j, "time")) is not None and tm[1] == "clock" \
                and 1 <= raw.value <= 24 and raw.value.denominator in (1, 2):
            raw.kind = "time"                    # لسو بجو; شپږ نیمې بجې is 6:30, read like 6.30
            if raw.value.denominator == 2:
                raw.value = raw.count = math.floor(raw.value) + Fraction(30, 100)
            if 1 <= raw.value < 12:
                raw.candidates.append(raw.value + 12)  # دوو بجو: a 12-hour clock, 2 or 14 o'clock
            j += tm[0]
        if not core_only and raw.kind in ("number", "ordinal") and j < len(toks) \
                and (dw := self.match_cue(j, "decade_word")) is not None and self._decade(raw):
            j += dw[0]                               # د نوي لسیزې, د ۹۰مې لسیزې, د ۱۹۹۰ لسیزه
        elif not core_only and raw.kind == "ordinal" and j < len(toks) and toks[j].text in _YEARS_PLURAL \
                and 20 <= raw.value <= 90 and self._decade(raw):
            j += 1                                   # په شپېتمو کلونو کې: "in the sixties" (years, not a duration)
        if not core_only and raw.kind == "number" and raw.scale == 1 and j < len(toks) \
                and (mu := self.match_cue(j, "multiplier")) is not None \
                and (toks[j].text != "-" or toks[j].glued):
            raw.kind = "multiple"                    # three times, 2-fold, درې چنده, دوه برابره
            j += mu[0]
        units = tuple(prefix_units)
        if not core_only and j < len(toks) and raw.kind in ("number", "fraction"):
            um = self.match_unit(j, ("post",))
            if um is None and raw.kind == "fraction" and (art := self.word(j)) is not None \
                    and art.cls == "article" and (um2 := self.match_unit(j + 1, ("post",))) is not None:
                um = (um2[0] + 1, um2[1])                       # half a century, half an hour
            if um is None and raw.kind == "fraction" and toks[j].low == "of" and j + 2 < len(toks) \
                    and (art := self.word(j + 1)) is not None and art.cls == "article" \
                    and (um2 := self.match_unit(j + 2, ("post",))) is not None:
                um = (um2[0] + 2, um2[1])                       # a quarter of an hour (پنځلس دقیقې)
            if um is None and toks[j].text == "-" and toks[j].glued and j + 1 < len(toks) \
                    and toks[j + 1].glued:
                um = self.match_unit(j + 1, ("post",))          # a 7,000-ton ship, a 3-GW plant
                um = (um[0] + 1, um[1]) if um is not None else None
            link = self.match_cue(j, "unit_link") if um is None else None
            if link is not None and j + link[0] < len(toks):
                um2 = self.match_unit(j + link[0], ("post",))   # ۵ ملیونه د ډالرو
                if um2 is not None and all(r.dimension == "currency" for r in um2[1].readings):
                    um = (um2[0] + link[0], um2[1])
            if um is None and (px := self.match_cue(j, "unit_prefix")) is not None \
                    and (um2 := self.match_unit(j + px[0], ("post",))) is not None:
                # ملي ګیلنه, میګا ټنه: a metric prefix written apart before a unit with no listed
                # prefixed form (the unit as written, scaled, so that a changed unit shows)
                f = Fraction(px[1])
                sym = _SI_PREFIX.get(f, "")
                um = (px[0] + um2[0], _UnitForm(tuple(UnitReading(f"{sym}{r.code}", r.dimension, r.factor * f,
                                                                  r.approx, r.offset)
                                                      for r in um2[1].readings if r.dimension != "currency"),
                                                um2[1].position))
                if not um[1].readings:
                    um = None
            if um is not None and all(r.dimension == "duration" for r in um[1].readings) and self._year_like(raw):
                um = None                            # د ۱۳۷۱ او ۱۳۷۵ کلونو: calendar years, not a duration
            if um is not None:
                post = um[1].readings
                if units:
                    both = tuple(u for u in units if any(u.compatible(p) for p in post))
                    if both:
                        units = both
                        j += um[0]
                    elif all(u.dimension == "currency" for u in units + post):
                        units = post                 # $65 ميليونه یورو: the currency named in words
                        j += um[0]                   # is what a reader takes (not the symbol)
                else:
                    units = post
                    j += um[0]
        if units and j < len(toks) and all(u.dimension == "length" for u in units) \
                and (pw := self.match_cue(j, "power")) is not None:
            units = tuple(_raised(u, int(pw[1])) for u in units)   # کیلو متره مربع, متره مکعبه
            j += pw[0]
        raw.units = units
        raw.t1 = j
        if units:
            if units[0].dimension == "percent":
                raw.kind = "percent" if raw.kind == "number" else raw.kind
            elif any(u.dimension == "currency" for u in units):
                raw.kind = "money" if raw.kind == "number" else raw.kind
            elif raw.kind == "number":
                raw.kind = "measure"
        raw.approx = self.approx_of(raw.t0, raw.t1)
        if raw.approx == "over" and self._over_a_period(raw):
            raw.approx = None                    # "repaid over 24 months": during, not more than
        raw.weak = self.is_weak(raw)
        raw.label = raw.written == "digits" and not prefix_units and (self.after_name(raw.t0)
                                                                     or self._code_in_brackets_after(raw))
        if raw.kind == "number" and not raw.units and raw.scale == 1 and raw.value.denominator == 1 \
                and 1 <= raw.value < 1000 and self._numbered_noun_before(raw.t0):
            raw.kind = "ordinal"                 # Article 3 = the third article (درېیمه ماده)
        return raw

    @staticmethod
    def _decade(raw: _Raw) -> bool:
        """A number (or ordinal) before a word for "decade" names the decade: a year ending in 0
        as it is, a tens 10-90 (the Pashto way of saying "the nineties": د نوي لسیزې, د ۹۰مې
        لسیزې) the years of the 20th century first, then the 19th and, for the tens that
        have been decades since, the 21st.  Returns whether ``raw`` became a decade."""
        v = raw.value
        if raw.scale != 1 or v.denominator != 1 or v % 10:
            return False
        if 1000 <= v <= 2100:
            raw.kind, raw.candidates = "decade", []
        elif 10 <= v <= 90 and not (v == 10 and raw.kind == "number" and raw.written == "words"):
            raw.kind = "decade"                       # (لس لسیزې is "ten decades")
            raw.value = 1900 + v
            raw.candidates = [1800 + v] + ([2000 + v] if v <= 20 else [])
        else:
            return False
        raw.count = raw.value
        return True

    def _code_in_brackets_after(self, raw: _Raw) -> bool:
        """A number named again by the code in brackets after it, whose last digits it ends
        with: "Coronavirus disease 2019 (COVID-19)", "coronavirus 2 (SARS-CoV-2)" — the digits
        of a name spelled out, which a translation may give by the code alone."""
        toks = self.toks
        if raw.kind != "number" or raw.units or raw.t1 != raw.t0 + 1 or raw.t1 >= len(toks) \
                or toks[raw.t1].text not in "([" or not toks[raw.t0].text.isdigit():
            return False
        for k in range(raw.t1 + 1, min(len(toks), raw.t1 + 12)):
            if toks[k].text in ")]":
                last = toks[k - 1]
                return k - 1 > raw.t1 + 1 and last.kind == "num" and last.glued and last.text.isdigit() \
                    and toks[raw.t0].text.endswith(last.text) \
                    and any(toks[m].kind == "word" for m in range(raw.t1 + 1, k - 1))
            if toks[k].text in "([" or not toks[k].glued and k > raw.t1 + 1:
                return False
        return False

    def _numbered_noun_before(self, i: int) -> bool:
        """An English noun whose number is an ordinal right before token i ("Article 3")."""
        return self.lang == "en" and i >= 1 and self.toks[i - 1].kind == "word" \
            and self.toks[i - 1].low in _numbered_nouns()

    def after_name(self, i: int) -> bool:
        """Token i follows a capitalised Latin word inside an English sentence ("BBC Radio 4",
        "Category 1", "Windows 10"): the number is probably part of a name.  (In Pashto text a
        Latin name before a number says nothing: the word order is not English.)"""
        toks = self.toks
        if self.lang != "en" or i < 2 or toks[i].glued:
            return False
        prev = toks[i - 1]
        if not (prev.kind == "word" and _LATIN.match(prev.text) and prev.text[0].isupper()):
            return False
        if (prev.low,) in self.lex.cues.get("approx_pre", {}) or (prev.low,) in self.lex.cues.get("not_name", {}) \
                or self.match_unit(i - 1, ("pre",)):
            return False
        before = toks[i - 2]
        return not (before.kind == "sym" and before.text in _SENTENCE_OPENERS)

    def _over_a_period(self, raw: _Raw) -> bool:
        """Whether the approx_pre word before ``raw`` spans a period (quantity_cues.tsv: extent):
        a duration right after a verb of spreading (extent_verb: "repaid over 24 months", "held
        over two days"), not followed by a word that makes it a comparison (extent_not: "paid over
        2 days late", "held over 200 years ago")."""
        ext = self.match_cue_before(raw.t0, "extent")
        if ext is None or not raw.units or any(u.dimension != "duration" for u in raw.units):
            return False
        if raw.t1 < len(self.toks) and self.match_cue(raw.t1, "extent_not") is not None:
            return False
        return self.match_cue_before(raw.t0 - ext[0], "extent_verb") is not None

    def approx_of(self, t0: int, t1: int) -> Optional[str]:
        pre = self.match_cue_before(t0, "approx_pre")
        if pre is not None:
            if pre[1] in _OPPOSITE and self.negated_before(t0 - pre[0]):
                return _OPPOSITE[pre[1]]         # "couldn't be more than 20" = at most 20
            return pre[1]
        toks = self.toks
        post = self.match_cue(t1, "approx_post") if t1 < len(toks) else None
        if post is not None:
            far = self.match_cue(t1, "approx_far")
            return far[1] if far is not None and far[0] > post[0] else post[1]   # زیات نه: not more
        than = self.comparative_after_ter(t0, t1)
        if than is not None:
            return than
        k = t1
        for _ in range(4):                      # "له ۱۰ کسانو څخه ډیر": a few words may intervene
            if k >= len(toks):
                break
            far = self.match_cue(k, "approx_far", verbs=True)
            if far is not None:
                if far[1] in _OPPOSITE and self.negated_after(k + far[0]):
                    return _OPPOSITE[far[1]]     # "له ۲۵ نه زیاته نه شي": must not exceed 25
                return far[1]
            if toks[k].kind != "word":
                break
            k += 1
        return None

    def comparative_after_ter(self, t0: int, t1: int) -> Optional[str]:
        """The Pashto comparative "than X" with تر: تر ۵۰۰ لږو کسانو (fewer than 500 people), تر ۴۰٪
        کم (under 40 %), "تر ۲۰ کم نه" (not under 20 = at least 20).  تر must stand right before the
        number and not end a range ("۱۰ تر ۲۰", a number before it), the comparison word right after
        the number and its unit (quantity_cues.tsv approx_than)."""
        toks = self.toks
        if self.lang != "ps" or t0 < 1 or t1 >= len(toks) or toks[t0 - 1].low != _PS_TER \
                or t0 > 1 and toks[t0 - 2].kind == "num":
            return None
        than = self.match_cue(t1, "approx_than")
        if than is None:
            return None
        if than[1] in _OPPOSITE and self.negated_after(t1 + than[0]):
            return _OPPOSITE[than[1]]
        return than[1]

    def negated_after(self, k: int) -> bool:
        """A Pashto verb negation starts at token k, right after a comparison ("له ۲۵ نه زیاته
        نه شي", must not be more than 25 = at most 25)."""
        return self.lang == "ps" and k < len(self.toks) and self.toks[k].low in _PS_NEGATED_AUX

    def negated_before(self, k: int) -> bool:
        """An English negation ends just before token k, a copula or modal may stand between:
        "not more than", "cannot be more than", "couldn't be less than", "is never below"."""
        if self.lang != "en":
            return False
        toks = self.toks
        if k > 0 and toks[k - 1].low in _COPULAS:
            k -= 1
        if k > 0 and toks[k - 1].low in ("not", "never", "cannot"):
            return True
        return k > 2 and toks[k - 1].low == "t" and toks[k - 2].text in "'’" and toks[k - 3].low.endswith("n")

    def is_weak(self, raw: _Raw) -> bool:
        if raw.written != "words":
            return False
        if raw.kind == "percent" and raw.value == 100:
            return True                          # "a hundred per cent", سل په سلو کې: "completely"
        if raw.units and raw.value != 1 and not all(u.dimension == "duration" for u in raw.units):
            return False                         # (a duration is weak as its count: "two days")
        if not raw.explicit_count or raw.kind in ("ordinal", "fraction"):
            return True
        return raw.value <= 10

    # --- ranges -----------------------------------------------------------------------------

    def merge_ranges(self, raws: list[_Raw]) -> list[_Raw]:
        out: list[_Raw] = []
        k = 0
        while k < len(raws):
            a = raws[k]
            b = raws[k + 1] if k + 1 < len(raws) else None
            if b is not None and self._even_pair(a, b):
                a.label = b.label = True           # 50-50, 1-1: odds or a draw (نیمایي، مساوي)
            if b is not None and (m := self.range_between(a, b)) is not None:
                out.append(m)
                k += 2
            else:
                if b is not None:
                    self._share_scale(a, b)
                out.append(a)
                k += 1
        return out

    #: words that join two figures sharing the scale word after the second: "1.6 and 2.7 billion"
    _JOINERS = frozenset(["and", "or", "to", fold("او"), fold("یا"), fold("تر")])

    def _share_scale(self, a: _Raw, b: _Raw) -> None:
        """A bare figure joined to the next one by and/or/to, the next one carrying a scale word
        ("between 1.6 and 2.7 billion years", د 1.6 او 2.7 ملیارد کاله, "2 or 3 million"), not read
        as a range here: the scale is the first figure's too (as in a range), its bare figure a
        second reading."""
        if a.written != "digits" or a.scale != 1 or a.units or a.kind != "number" or b.scale <= 1 \
                or b.t0 != a.t1 + 1 or self.toks[a.t1].low not in self._JOINERS or not a.value < b.count:
            return
        a.candidates = [a.value] + [c * b.scale for c in a.candidates]
        a.value *= b.scale
        a.scale = b.scale

    def _even_pair(self, a: _Raw, b: _Raw) -> bool:
        """Two equal figures in digits joined by a hyphen or a slash (50-50, 1-1, 50/50): a
        notation for even odds or a drawn score, rendered in words ("half", "a draw")."""
        return a.written == b.written == "digits" and a.value == b.value and not (a.units or b.units) \
            and a.kind == b.kind == "number" and b.t0 == a.t1 + 1 and self.toks[a.t1].text in "-–/" \
            and self.toks[a.t1].glued and self.toks[b.t0].glued

    def range_between(self, a: _Raw, b: _Raw) -> Optional[_Raw]:
        if a.t1 >= b.t0 or a.kind in ("range", "ordinal", "time", "multiple") \
                or b.kind in ("ordinal", "time", "multiple"):        # "doubled to 1.05 million"
            return None
        mid = self.match_cue(a.t1, "range_mid")
        if mid is None or a.t1 + mid[0] != b.t0:
            return None
        if mid[1] == "between":
            pre = self.match_cue_before(a.t0, "range_pre")
            post = self.match_cue(b.t1, "range_post") if b.t1 < len(self.toks) else None
            if not ((pre and pre[1] == "between") or (post and post[1] == "between")):
                return None
        elif mid[1] == "fromto":                # له ۱۰ څخه ۲۰ میلیونو ته: both ends framed
            pre = self.match_cue_before(a.t0, "range_pre")
            post = self.match_cue(b.t1, "range_post") if b.t1 < len(self.toks) else None
            if not (pre and pre[1] == "fromto" and post and post[1] == "fromto"):
                return None
        lo, hi = replace(a), replace(b)
        if a.written == "words" and b.written == "words" and (a.weak or b.weak):
            return None                         # "one to one", "two and three" stay apart
        if self.lang == "ps" and a.written == b.written == "digits" and self.toks[a.t1].text in "-–" \
                and not (a.units or b.units) and a.scale == b.scale == 1 and a.t1 == a.t0 + 1 \
                and b.t1 == b.t0 + 1 and (span := _year_span(self.toks[b.t0].text, self.toks[a.t0].text)):
            lo, hi = replace(b), replace(a)     # 20-2019, ۲۰۲۰-۲۰۱۹: the season 2019–20 typed right to left
            lo.value = lo.count = Fraction(span[0])
            hi.value = hi.count = Fraction(span[1])
            lo.candidates = hi.candidates = []
            return _Raw(a.t0, b.t1, lo.value, kind="range", written="digits", label=a.label,
                        approx=a.approx or b.approx, count=lo.count, parts=(lo, hi))
        if a.written == b.written == "digits" and not (a.units or b.units) and a.scale == b.scale == 1 \
                and (span := _year_span(self.toks[a.t0].text, self.toks[b.t0].text)) is not None \
                and b.t1 == b.t0 + 1 and a.t1 == a.t0 + 1:
            hi.value = hi.count = Fraction(span[1])   # 2019-21: 2019 to 2021
            hi.candidates = []
        # propagate the scale and unit of the high end to a bare low end: 5 to 7 million, 30-50%
        if lo.scale == 1 and hi.scale > 1 and lo.count < hi.count:
            lo.value *= hi.scale
            lo.candidates = [c * hi.scale for c in lo.candidates]
            lo.scale = hi.scale
        if not lo.units and hi.units:
            lo.units = hi.units
            lo.kind = hi.kind if lo.kind == "number" else lo.kind
        if not hi.units and lo.units:
            hi.units = lo.units
            hi.kind = lo.kind if hi.kind == "number" else hi.kind
        if not lo.value < hi.value:
            return None                         # 1-0 is a score, 7 to 5 a change
        # a range is its own bound: "over" of a period before it ("repaid over 6 to 36 months";
        # quantity_cues.tsv: extent) and "up to" closing its high end (له ۶ تر ۳۶ میاشتو پورې,
        # from 6 to 36 months) say no approximation of it
        approx = (None if a.approx == "over" and self.match_cue_before(a.t0, "extent") else a.approx) \
            or (None if b.approx == "under" else b.approx)
        return _Raw(a.t0, b.t1, lo.value, kind="range", units=lo.units,
                    written=a.written if a.written == b.written else "mixed",
                    weak=a.weak and b.weak, label=a.label, approx=approx, count=lo.count, parts=(lo, hi))


# ----------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------

def _to_quantity(raw: _Raw, p: _Parser) -> Quantity:
    toks = p.toks
    fs, fe = toks[raw.t0].start, toks[raw.t1 - 1].end
    start, end = p.nt.to_original(fs, fe)
    unit = raw.units[0] if raw.units else None
    parts = tuple(_to_quantity(x, p) for x in raw.parts)
    return Quantity(
        start=start, end=end, text=p.nt.original[start:end], value=raw.value,
        high=parts[1].value if parts else None, kind=raw.kind,
        unit=unit.code if unit else None, dimension=unit.dimension if unit else None,
        approx=raw.approx, candidates=tuple(c for c in dict.fromkeys(raw.candidates) if c != raw.value),
        units=tuple(raw.units), written=raw.written, weak=raw.weak, label=raw.label, parts=parts,
        maybe=raw.maybe,
    )


def extract_quantities(text: str, lang: str,
                       exclude: Optional[Iterable[tuple[int, int]]] = None,
                       include_labels: bool = False) -> list[Quantity]:
    """All quantities in ``text`` (``lang`` "en" or "ps"), in text order.

    ``exclude``: (start, end) spans of the original text (dates, names) whose quantities are
    skipped — a quantity overlapping any of them is left out.
    ``include_labels``: also return the digits of names and codes (COVID-19, A320, CO2) as
    quantities with ``label=True``, and homographs that are numbers only if the other side
    agrees (زر "gold", درو, اویا "or") with ``maybe=True``.  They are not quantities, but a checker can let them absorb
    the same digits on the other side, where the name may be written differently.
    """
    if not text:
        return []
    p = _Parser(normalize(text), lang, labels=include_labels)
    out = [_to_quantity(r, p) for r in p.run() if include_labels or not r.maybe]
    if exclude:
        spans = list(exclude)
        out = [q for q in out if not any(q.start < b and a < q.end for a, b in spans)]
    return out


# ----------------------------------------------------------------------------------------------
# Formatting for messages
# ----------------------------------------------------------------------------------------------

_SCALE_NAMES = ((10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"))
#: a whole part of more digits than this is shown abbreviated: 1000000000…0000001 (401 digits)
LONG_DIGITS = 24


def _exact(x: Fraction, places: int) -> Optional[str]:
    """``x`` (>= 0) written out exactly with at most ``places`` decimals, digits grouped from
    10,000 on; None when it needs more decimals."""
    n = x * 10 ** places
    if n.denominator != 1:
        return None
    whole, frac = divmod(n.numerator, 10 ** places)
    head = f"{whole:,}" if whole >= 10000 else str(whole)
    tail = str(frac).rjust(places, "0").rstrip("0") if frac else ""
    return f"{head}.{tail}" if tail else head


def format_value(v) -> str:
    """A short human form: 500,000 · 1.2 million · 12 billion · 0.333 · 1000000000…0000001
    (401 digits).  Exact for what it shows: two different numbers never look the same unless
    they differ beyond the digits an abbreviation or a repeating decimal shows."""
    if isinstance(v, float) and (v != v or math.isinf(v)):
        return str(v)
    v = Fraction(v)
    sign, a = ("-" if v < 0 else ""), abs(v)
    whole = a.numerator // a.denominator
    if whole >= 10 ** LONG_DIGITS:
        digits = int_digits(whole)
        more = "" if a.denominator == 1 else " and a fraction"
        return f"{sign}{digits[:10]}…{digits[-7:]} ({len(digits)} digits{more})"
    for size, name in _SCALE_NAMES:
        if a >= size:
            x = _exact(a / size, 3)
            if x is not None and "," not in x:
                return f"{sign}{x} {name}"
    x = _exact(a, 10)
    if x is not None:
        return sign + x
    return f"{float(v):,.6g}" if a >= 1 else f"{float(v):.3g}"


def format_quantity(q: Quantity, value: Optional[Fraction] = None) -> str:
    """``value`` (default: the quantity's) with the quantity's primary unit: "500,000 t", "40%"."""
    v = q.value if value is None else value
    if q.kind == "range" and value is None and q.high is not None:
        s = f"{format_value(v)}–{format_value(q.high)}"
    else:
        s = format_value(v)
    if q.kind == "ordinal":
        s += "."
    elif q.kind == "time" and value is None:
        s = f"{int(v)}:{round((v - int(v)) * 100):02d}"
    if q.unit == "%":
        return s + "%"
    if q.unit:
        return f"{s} {q.unit}"
    return s


# ----------------------------------------------------------------------------------------------
# Amounts said without a figure
# ----------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _cue_phrases(lang: str, role: str) -> tuple:
    """(phrase as a tuple of folded lower-case words, its value column or "") of the rows of
    quantity_cues.tsv with ``role`` for ``lang``."""
    out = []
    for row in iter_rows("quantity_cues.tsv", 3):
        if row[2] == role and row[0] in (lang, "*"):
            words = tuple(_WORD.findall(fold(row[1]).lower()))
            if words:
                out.append((words, row[3] if len(row) > 3 else ""))
    return tuple(out)


def _phrases_in(text: str, phrases) -> set:
    """Which of ``phrases`` (tuples of folded lower-case words) ``text`` says."""
    if not phrases or not text:
        return set()
    words = _WORD.findall(fold(text).lower())
    longest = max(len(p) for p in phrases)
    return {tuple(words[i:i + n]) for i in range(len(words)) for n in range(1, longest + 1)} & set(phrases)


@lru_cache(maxsize=None)
def _vague_phrases(lang: str) -> frozenset:
    """The phrases of ``lang`` that say an amount without a figure, as tuples of folded lower-case
    words: quantity_cues.tsv role ``vague_amount`` and the number words of class ``vague``."""
    out = {p for p, _v in _cue_phrases(lang, "vague_amount")}
    path = f"numbers_{lang}.tsv"
    if data_path(path).is_file():
        out |= {tuple(_WORD.findall(fold(row[0]).lower())) for row in iter_rows(path, 3) if row[2] == "vague"}
    return frozenset(p for p in out if p)


@lru_cache(maxsize=4096)
def vague_amount(text: str, lang: str) -> bool:
    """Whether ``text`` says an amount without a figure ("several", "dozens of", څو، ګڼ شمېر،
    زرګونه): a figure of the other side may be rendered by it."""
    return bool(_phrases_in(text, _vague_phrases(lang)))


@lru_cache(maxsize=None)
def _whole_day_phrases(lang: str) -> dict:
    """{phrase: days} of quantity_cues.tsv role ``whole_day``: a whole day and night, or every day
    of a week, said without a figure (شپه او ورځ, "round the clock"; د اونۍ ټولې ورځې)."""
    return {p: Fraction(v) for p, v in _cue_phrases(lang, "whole_day") if v}


@lru_cache(maxsize=4096)
def whole_days_said(text: str, lang: str) -> frozenset:
    """The spans in days (1, 7) that ``text`` says by a whole-day phrase without a figure."""
    table = _whole_day_phrases(lang)
    return frozenset(table[p] for p in _phrases_in(text, table))

