"""Does a Pashto-script word render a Latin-script name?  (Bektonov ~ بیکټونوف)

Pashto renders foreign names by sound, with much freedom: short vowels are dropped or
written with ا / و / ی, w and v both become و (or ف at the end: -ov → وف), x becomes ش (pinyin)
or کس, q becomes ک or ق or چ (pinyin), names may be split into syllables (Yongxing ~
یونګ شینګ) and take inflectional endings (مقدونیې).  So the comparison is a weighted edit
distance between two *sound-class* sequences rather than a string comparison:

* the Latin name is cut into units (digraphs sh ch zh kh gh ph th …; doubled letters merged);
  each consonant unit is a set of acceptable classes (``c`` before e/i = {S, CH, K}, ``j`` =
  {J, ZH, Y}, ``x`` = {K, SH} followed by an optional S, …), each vowel unit its letter;
* each Pashto letter is a unit too: consonants have a class (ت ټ ط → T, ق ک → K, ش ښ → SH, …),
  the letters ا ع و ی ې ۍ ه can stand for vowels (و and ی also for the consonants w/v and y);
* substituting a unit for one of a *near* class costs a little (b/p, t/d, s/z, j/zh, k/g, …),
  leaving a Latin vowel unwritten costs little, a Pashto vowel letter the Latin does not have
  costs a bit more, a consonant present on one side only costs 1;
* a trailing Pashto inflectional ending (ـې ـو ـانو ـایی …) is almost free, and two adjacent
  consonants written in the other order cost half a consonant (Mayorga ~ مایوګرا).

:func:`similarity` turns the cost into a score in [0, 1] (1 = same sound skeleton);
:func:`best_match` finds, in a tokenised Pashto text, the token or run of up to three tokens
(never a common word such as د or داسې, ``data/ps_common_words.txt``) that best renders a
Latin word; :func:`match_threshold` says from which score that is a rendering, by the length
of the name (calibrated on the NTREX-128 English–Pashto news test set); :func:`spelled_acronym`
recognises acronyms spelled out by letter names (بي بي سي).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..text.tokens import PS_LETTERS as _PS_WORD
from .data import read_data
from .glossary import PS_ENDINGS, fold_ps

#: Score from which a Pashto word is taken to render a Latin name word, by how much sound
#: skeleton the Latin word has (see :func:`match_threshold`).  Calibrated on NTREX-128: a
#: name word scored against an *unrelated* Pashto sentence reaches these scores in 0–5 % of
#: cases (the shorter the name, the more often), against its own translation in 87–89 %.
THRESHOLDS = ((5.0, 0.60), (4.0, 0.62), (3.0, 0.68), (2.0, 0.74), (0.0, 0.85))
#: A stricter score, for asserting that a Pashto word renders a *different* name.
STRONG_THRESHOLD = 0.85

INF = 1e9
#: Cost of writing two adjacent consonants in the other order.
_TRANSPOSE = 0.5


@dataclass(frozen=True)
class Unit:
    """One sound unit: consonant classes or vowel letters, and edit costs."""
    classes: frozenset          # consonant classes (empty for a pure vowel)
    vowels: tuple = ()          # ((vowel letter, cost), ...) for units that can be vowels
    indel: float = 1.0          # cost of the unit having no counterpart on the other side
    weight: float = 1.0         # its share of the length used to normalise the score
    text: str = ""

    def vowel_cost(self, letters) -> float:
        best = INF
        for v, c in self.vowels:
            if v in letters and c < best:
                best = c
        return best


# ------------------------------------------------------------------------------------
# Latin side
# ------------------------------------------------------------------------------------

_VOWELS = "aeiou"


@lru_cache(maxsize=None)                 # (a few hundred kinds of unit: made once each)
def _c(classes: str, indel: float = 1.0, text: str = "", weight: Optional[float] = None) -> Unit:
    return Unit(frozenset(classes.split()), (), indel, indel if weight is None else weight, text)


@lru_cache(maxsize=None)
def _v(letters: str, indel: float, text: str) -> Unit:
    return Unit(frozenset(), tuple((ch, 0.0) for ch in letters), indel, 0.3, text)


_NOT_A_TO_Z = re.compile(r"[^a-z]")
_DOUBLED_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1+")


def _ascii(word: str) -> str:
    w = unicodedata.normalize("NFKD", word)
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    return _NOT_A_TO_Z.sub("", w.lower().replace("ø", "o").replace("ß", "ss"))


@lru_cache(maxsize=65536)
def latin_units(word: str) -> tuple[Unit, ...]:
    """Cut a Latin-script word into sound units."""
    w = _ascii(word)
    # merge doubled consonants (Harrison → Harison); keep doubled vowels (ee, oo)
    w = _DOUBLED_CONSONANT.sub(r"\1", w)
    units: list[Unit] = []
    i, n = 0, len(w)

    def nxt(k: int) -> str:
        return w[k] if k < n else ""

    while i < n:
        ch = w[i]
        tri, di = w[i:i + 3], w[i:i + 2]
        if tri == "sch":          # Schmidt ~ شمیت, Fleischer ~ فلیسچر
            units.append(_c("SH S", text=tri)); units.append(_c("CH K", indel=0.3, weight=0.3)); i += 3; continue
        if tri == "tch":
            units.append(_c("CH", text=tri)); i += 3; continue
        if di == "sh":
            units.append(_c("SH", text=di)); i += 2; continue
        if di == "ch":
            units.append(_c("CH K SH", text=di)); i += 2; continue
        if di == "zh":
            units.append(_c("ZH J", text=di)); i += 2; continue
        if di == "kh":
            units.append(_c("X K", text=di)); i += 2; continue
        if di == "gh":
            units.append(_c("GH G", indel=1.0 if i == 0 else 0.5, text=di)); i += 2; continue
        if di == "ph":
            units.append(_c("F P", text=di)); i += 2; continue
        if di == "th":
            units.append(_c("T S D", text=di)); i += 2; continue
        if di == "dh":
            units.append(_c("D Z", text=di)); i += 2; continue
        if di == "cz":            # Czech cz: Czeisler ~ سیزلر
            units.append(_c("CH S TS", text=di)); i += 2; continue
        if di == "ck":
            units.append(_c("K", text=di)); i += 2; continue
        if di == "qu":
            units.append(_c("K", text="q")); units.append(_c("W", indel=0.3, text="u")); i += 2; continue
        if di == "wh":
            units.append(_c("W", indel=0.5, text=di)); i += 2; continue
        if ch in _VOWELS:
            if ch == "e" and i == n - 1 and n > 3 and units and units[-1].classes:
                units.append(_v("e", 0.0, ch))           # silent final e (George, Rose)
            else:
                units.append(_v(ch, 0.4 if i == 0 else 0.15, ch))
            i += 1
            continue
        if ch == "y":
            if (i == 0 and nxt(1) in _VOWELS) or (i > 0 and w[i - 1] in _VOWELS and nxt(i + 1) in _VOWELS):
                units.append(_c("Y", indel=0.4, text=ch))
            else:
                units.append(_v("ie", 0.15, ch))
            i += 1
            continue
        if ch == "x":
            if i == 0:
                units.append(_c("SH S Z", text=ch))
            else:
                units.append(_c("K SH", text=ch)); units.append(_c("S", indel=0.3, weight=0.3, text=""))
            i += 1
            continue
        if ch == "c":
            units.append(_c("S CH K" if nxt(i + 1) in ("e", "i", "y") else "K", text=ch)); i += 1; continue
        if ch == "g":
            units.append(_c("G J" if nxt(i + 1) in ("e", "i", "y") else "G", text=ch)); i += 1; continue
        if ch == "q":
            units.append(_c("K CH", text=ch)); i += 1; continue
        if ch == "j":
            units.append(_c("J ZH Y", text=ch)); i += 1; continue
        if ch == "h":
            units.append(_c("H", indel=0.25, text=ch)); i += 1; continue
        if ch == "w":
            units.append(_c("W", indel=0.5, text=ch)); i += 1; continue
        if ch == "v":
            units.append(_c("W F", text=ch)); i += 1; continue
        if ch == "s" and i == n - 1 and i > 0 and w[i - 1] not in _VOWELS:
            units.append(_c("S Z", indel=0.5, text=ch)); i += 1; continue   # Adams ~ ادم
        simple = {"b": "B", "d": "D", "f": "F", "k": "K", "l": "L", "m": "M", "n": "N",
                  "p": "P", "r": "R", "s": "S", "t": "T", "z": "Z"}
        units.append(_c(simple[ch], text=ch))
        i += 1
    return tuple(units)


# ------------------------------------------------------------------------------------
# Pashto side
# ------------------------------------------------------------------------------------

_ALL_VOWELS = "aeiou"


def _pv(classes: str, vowels: dict, ins: float, weight: float = 0.3) -> Unit:
    return Unit(frozenset(classes.split()), tuple(vowels.items()), ins, weight)


_PS_UNITS: dict[str, Unit] = {}
for _letters, _cls in (("ب", "B"), ("پ", "P"), ("تټط", "T"), ("ث", "S T"), ("ج", "J"),
                       ("چ", "CH"), ("څ", "TS S CH"), ("ځ", "DZ Z J"), ("ح", "H"), ("خ", "X"),
                       ("دډ", "D"), ("ذضظ", "Z D"), ("رړ", "R"), ("ز", "Z"), ("ژ", "ZH"),
                       ("ږ", "ZH G"), ("سص", "S"), ("ش", "SH"), ("ښ", "SH X"), ("غ", "GH"),
                       ("ف", "F"), ("قک", "K"), ("ګ", "G"), ("ل", "L"), ("م", "M"),
                       ("نڼ", "N")):
    for _ch in _letters:
        _PS_UNITS[_ch] = Unit(frozenset(_cls.split()), (), 1.0, 1.0)
_PS_UNITS["ا"] = _pv("", {"a": 0.0, "e": 0.15, "i": 0.15, "o": 0.1, "u": 0.2}, 0.25)
_PS_UNITS["ع"] = _pv("", {"a": 0.1, "e": 0.1, "i": 0.1, "o": 0.1, "u": 0.1}, 0.15)
_PS_UNITS["ء"] = _pv("", {"a": 0.2, "e": 0.2, "i": 0.2, "o": 0.2, "u": 0.2}, 0.1)
_PS_UNITS["و"] = _pv("W", {"o": 0.0, "u": 0.0, "a": 0.6, "e": 0.7, "i": 0.7}, 0.35)
_PS_UNITS["ی"] = _pv("Y", {"i": 0.0, "e": 0.0, "a": 0.4, "o": 0.7, "u": 0.7}, 0.35)
_PS_UNITS["ې"] = _pv("", {"e": 0.0, "i": 0.1, "a": 0.3}, 0.3)
_PS_UNITS["ۍ"] = _pv("", {"e": 0.1, "i": 0.1, "a": 0.3}, 0.3)
_PS_UNITS["ئ"] = _pv("Y", {"e": 0.1, "i": 0.1, "a": 0.3}, 0.3)
_PS_UNITS["ے"] = _pv("", {"e": 0.0, "i": 0.2, "a": 0.3}, 0.3)
_PS_UNITS["ه"] = _pv("H", {"a": 0.0, "e": 0.0, "i": 0.4}, 0.3)

# near sound classes: substitution cost (symmetric)
_NEAR: dict[frozenset, float] = {}
for _a, _b, _cost in (("B", "P", 0.3), ("P", "F", 0.6), ("B", "W", 0.6), ("F", "W", 0.3),
                      ("T", "D", 0.5), ("S", "Z", 0.35), ("S", "SH", 0.5), ("S", "TS", 0.3),
                      ("Z", "ZH", 0.3), ("Z", "DZ", 0.2), ("J", "ZH", 0.3), ("J", "DZ", 0.4),
                      ("J", "Z", 0.5), ("J", "CH", 0.4), ("CH", "SH", 0.4), ("CH", "TS", 0.3),
                      ("SH", "ZH", 0.4), ("K", "G", 0.4), ("K", "X", 0.4), ("G", "GH", 0.2),
                      ("GH", "X", 0.4), ("X", "H", 0.3), ("K", "GH", 0.5), ("T", "TS", 0.4),
                      ("Y", "J", 0.5), ("K", "CH", 0.5), ("L", "R", 0.8), ("M", "N", 0.7), ("D", "Z", 0.5)):
    _NEAR[frozenset((_a, _b))] = _cost


@lru_cache(maxsize=65536)
def ps_units(word: str) -> tuple[Unit, ...]:
    """Sound units of a (folded) Pashto word; characters that are not letters are dropped."""
    units = []
    for ch in fold_ps(word):
        u = _PS_UNITS.get(ch)
        if u is not None:
            units.append(u)
        elif _PS_WORD.match(ch):
            units.append(Unit(frozenset({"?" + ch}), (), 1.0, 1.0))
    return tuple(units)


def _sub(lu: Unit, pu: Unit) -> float:
    if not lu.classes:                      # Latin vowel
        return pu.vowel_cost([v for v, _ in lu.vowels]) if pu.vowels else INF
    if lu.classes & pu.classes:
        return 0.0
    best = INF
    for a in lu.classes:
        for b in pu.classes:
            c = _NEAR.get(frozenset((a, b)))
            if c is not None and c < best:
                best = c
    return best


# endings whose letters are nearly free at the end of a Pashto rendering
_FREE_ENDINGS = tuple(e for e in PS_ENDINGS if e)
_LONGEST_ENDING = max(map(len, _FREE_ENDINGS))
#: ... by their last letter (a rendering is only compared with the endings it can have)
_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _e in _FREE_ENDINGS:
    _ENDINGS_BY_LAST[_e[-1]] = _ENDINGS_BY_LAST.get(_e[-1], ()) + (_e,)


class _Latin:
    """A Latin word prepared for scoring: its units' costs, and for each Pashto letter met
    so far the cost of substituting it for each unit (one table lookup per DP cell).
    Its tables of numbers are tuples: the cycle collector stops tracking a tuple of floats,
    not a list, and a document leaves thousands of them in memos (each full collection
    visits every tracked object).

    It also gives a cheap lower bound of the cost against a run of Pashto words, so that
    :func:`best_match` scores only the runs that may beat the best one found: each Latin
    consonant costs at least its cheapest counterpart among the run's consonant classes (or
    being unwritten), each Pashto letter at least its cheapest counterpart among the Latin
    units (or being unwritten); the cost is at least the larger of the two sums.  A
    trailing inflectional ending the run ends with costs 0.1 a letter: the Pashto part of
    the bound is taken with the ending that lowers it most (or none)."""
    __slots__ = ("units", "n", "indel", "cons", "swaps", "lw", "subs", "col0", "costs", "options", "least",
                 "kinds", "pieces", "saved", "by_mask", "rel")

    def __init__(self, units: tuple[Unit, ...]):
        self.units = units
        self.n = len(units)
        self.indel = tuple([u.indel for u in units])
        self.cons = tuple([bool(u.classes) for u in units])
        # swaps[i]: units i-1 and i (1-based) are two consonants that may be written swapped
        self.swaps = (False, False) + tuple([self.cons[i - 1] and self.cons[i - 2] for i in range(2, self.n + 1)])
        self.lw = sum(u.weight for u in units)
        self.subs: dict[str, tuple[float, ...]] = {}
        col = [0.0]
        for u in units:                          # D[i][0]: every Latin unit unwritten
            col.append(col[-1] + u.indel)
        self.col0 = tuple(col)
        # per unit: its substitution cost by Pashto letter (shared by the units of every word
        # that sound alike); per consonant unit: (cost, class mask) of its Pashto
        # counterparts, cheapest first, ending with being unwritten
        self.costs = [_unit_costs(u) for u in units]
        self.options = [_options(u.classes, u.indel) for u in units if u.classes]
        self.least = _Memo(self._least)           # Pashto letter -> its least cost
        self.kinds = list({id(c): c for c in self.costs}.values())   # (each kind of unit once)
        self.pieces: dict[str, float] = {}        # Pashto word -> piece()
        self.saved: dict[str, tuple] = {}          # Pashto word -> saved_of()
        self.by_mask: dict[int, float] = {}       # class mask & rel -> latin_bound()
        # the classes that count in latin_bound(): the others are dropped from a mask first
        self.rel = 0
        for opts in self.options:
            for _, bit in opts[:-1]:
                self.rel |= bit

    def sub_row(self, ch: str) -> tuple[float, ...]:
        row = self.subs.get(ch)
        if row is None:
            row = self.subs[ch] = tuple([costs[ch] for costs in self.costs])
        return row

    def latin_bound(self, mask: int) -> float:
        """The least cost of the Latin consonants against Pashto letters of classes ``mask``
        (``mask & rel``: the classes of no Latin consonant's counterpart make no difference)."""
        total = self.by_mask.get(mask)
        if total is None:
            total = 0.0
            for opts in self.options:
                for cost, bit in opts:
                    if bit & mask:
                        total += cost
                        break
                else:
                    total += opts[-1][0]
            self.by_mask[mask] = total
        return total

    def _least(self, ch: str) -> float:
        """The least cost of a Pashto letter against the units of this word (or unwritten)."""
        best = _ps_unit(ch).indel
        for costs in self.kinds:
            c = costs[ch]
            if c < best:
                best = c
        return best

    def piece(self, piece: str) -> float:
        """A Pashto word for the bound, against this Latin word: the sum of its letters'
        least costs.  What does not depend on the Latin word is in :func:`_runs`."""
        got = self.pieces[piece] = sum(map(self.least.__getitem__, piece))
        return got

    def saved_of(self, piece: str) -> tuple[float, ...]:
        """For the last ``c`` letters of a Pashto word (up to five, the longest ending): how
        much less they may cost in a trailing ending, at 0.1 a letter, ``saved[c]`` (asked
        only of the words a run's ending reaches into)."""
        least = self.least
        saved = [0.0]
        for ch in reversed(piece[-_LONGEST_ENDING:]):
            saved.append(saved[-1] + least[ch] - 0.1)
        got = self.saved[piece] = tuple(saved)
        return got


class _Memo(dict):
    """A table that computes a missing value once: ``fn(key)``."""
    __slots__ = ("fn",)

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        value = self[key] = self.fn(key)
        return value


#: Near classes, both ways round: ((a, b), cost).
_NEAR_PAIRS = tuple(((a, b), c) for pair, c in _NEAR.items() for a, b in (tuple(pair), tuple(pair)[::-1]))
_CLASS_BITS: dict[str, int] = {}
#: (Latin unit classes, vowels) -> {Pashto letter: substitution cost}
_UNIT_COSTS: dict[tuple, _Memo] = {}


def _unit_costs(u: Unit) -> _Memo:
    """The substitution costs of a kind of Latin unit (classes and vowels), shared by every
    word that has one."""
    costs = _UNIT_COSTS.get((u.classes, u.vowels))
    if costs is None:
        costs = _UNIT_COSTS[u.classes, u.vowels] = _Memo(lambda ch: _sub(u, _ps_unit(ch)))
    return costs


@lru_cache(maxsize=None)
def _options(classes: frozenset, indel: float) -> list[tuple[float, int]]:
    """(cost, class mask) of the Pashto counterparts of a Latin consonant, cheapest first,
    ending with being unwritten (matched by any mask)."""
    opts = {_class_bit(c): 0.0 for c in classes}
    for (a, b), cost in _NEAR_PAIRS:
        if a in classes and b not in classes:
            bit = _class_bit(b)
            opts[bit] = min(opts.get(bit, INF), cost)
    return sorted((c, bit) for bit, c in opts.items() if c < indel) + [(indel, -1)]


def _class_bit(cls: str) -> int:
    bit = _CLASS_BITS.get(cls)
    if bit is None:
        bit = _CLASS_BITS[cls] = 1 << len(_CLASS_BITS)
    return bit


@lru_cache(maxsize=65536)
def _piece(piece: str) -> tuple[bool, int, float, tuple[int, ...], tuple[str, ...]]:
    """A Pashto word for the bound: whether it is letters only (scored letter by letter),
    the mask of its letters' consonant classes, its letters' weight, and the trailing
    endings it ends with (as :meth:`_Scorer.score` has them): the lengths of those shorter
    than it, and those it is the tail of (they may reach into the words before it)."""
    mask, weight = 0, 0.0
    for ch in piece:
        w, m = _LETTER_INFO.get(ch) or _letter_info(ch)
        weight += w
        mask |= m
    inner = tuple(len(e) for e in _ENDINGS_BY_LAST.get(piece[-1:], ()) if len(e) < len(piece) and piece.endswith(e))
    outer = tuple(e for e in (_ENDINGS_BY_LAST.get(piece[-1], ()) if piece else _FREE_ENDINGS)
                  if len(e) >= len(piece) and e.endswith(piece))
    # (letters only: a word of letters that folding keeps as they are, or as _ps_letters has it)
    return _PLAIN_LETTERS.issuperset(piece) or _ps_letters(piece) == piece, mask, weight, inner, outer


#: Pashto letter -> (its unit's weight, the mask of its consonant classes), filled on first use.
_LETTER_INFO: dict[str, tuple[float, int]] = {}


def _letter_info(ch: str) -> tuple[float, int]:
    got = _LETTER_INFO[ch] = (_ps_unit(ch).weight, _letter_mask(ch))
    return got


@lru_cache(maxsize=None)
def _letter_mask(ch: str) -> int:
    """The mask of a Pashto letter's consonant classes."""
    mask = 0
    for c in _ps_unit(ch).classes:
        mask |= _class_bit(c)
    return mask


@lru_cache(maxsize=65536)
def _latin(latin: str) -> Optional[_Latin]:
    units = latin_units(latin)
    return _Latin(units) if units else None


#: Pashto letter -> (its unit's cost of having no Latin counterpart, its weight), filled on first use.
_PS_COSTS: dict[str, tuple[float, float]] = {}


def _ps_costs(ch: str) -> tuple[float, float]:
    u = _ps_unit(ch)
    got = _PS_COSTS[ch] = (u.indel, u.weight)
    return got


@lru_cache(maxsize=None)
def _ps_unit(ch: str) -> Unit:
    return _PS_UNITS.get(ch) or Unit(frozenset({"?" + ch}), (), 1.0, 1.0)


@lru_cache(maxsize=65536)
def _ps_letters(pashto: str) -> str:
    """The letters of a Pashto word or phrase that carry sound (folded, nothing else)."""
    return "".join(_PS_WORD.findall(fold_ps(pashto)))


#: The letters that :func:`_ps_letters` keeps as they are (in the Pashto letters, folding
#: changes none of them, none is a combining mark): a word of these alone is its own letters.
_PLAIN_LETTERS = frozenset(ch for ch in map(chr, range(0x0600, 0x0700))
                           if not unicodedata.combining(ch) and _PS_WORD.fullmatch(ch)
                           and "".join(_PS_WORD.findall(fold_ps(ch))) == ch)


class _Scorer:
    """The weighted edit distance of a Latin word against a Pashto text that grows letter
    by letter: column ``j`` of the DP holds the cost of aligning every prefix of the Latin
    units with the first ``j`` Pashto letters, so a run of tokens extends the run before it
    instead of being scored from its start (best_match)."""
    __slots__ = ("lat", "col", "col2", "row_prev", "last", "letters", "pwt")

    def __init__(self, lat: _Latin):
        self.lat = lat
        self.col = lat.col0                      # column j
        self.col2: Optional[list[float]] = None  # column j - 1
        self.row_prev: Optional[list[float]] = None   # substitution costs of letter j
        self.last = [lat.col0[-1]]               # D[n][j] for every j so far
        self.letters = ""
        self.pwt = 0                             # the Pashto letters' weight (as sum() adds it)

    def extend(self, letters: str) -> None:
        lat = self.lat
        ind, n, subs = lat.indel, lat.n, lat.subs
        swaps = lat.swaps[1:]                    # swaps[i - 1]: units i - 1 and i
        any_swap = True in swaps
        prev, prev2, sprev = self.col, self.col2, self.row_prev
        last = self.last
        pwt = self.pwt
        for ch in letters:
            pind, wt = _PS_COSTS.get(ch) or _ps_costs(ch)
            srow = subs.get(ch) or lat.sub_row(ch)
            left = prev[0] + pind
            cur = [left]
            # (an impossible substitution costs INF: it never gives the least cost)
            if prev2 is None or not any_swap:
                for d, up, diag, s in zip(ind, prev[1:], prev, srow):
                    best = left + d                       # a Latin unit unwritten
                    c = up + pind                         # a Pashto letter with no Latin unit
                    if c < best:
                        best = c
                    c = diag + s
                    if c < best:
                        best = c
                    cur.append(best)
                    left = best
            else:
                for i, d, up, diag, s, sw in zip(range(1, n + 1), ind, prev[1:], prev, srow, swaps):
                    best = left + d
                    c = up + pind
                    if c < best:
                        best = c
                    c = diag + s
                    if c < best:
                        best = c
                    # two adjacent consonants written the other way round (Mayorga ~ مایوګرا)
                    if sw:
                        c = prev2[i - 2] + sprev[i - 1] + srow[i - 2] + _TRANSPOSE
                        if c < best:
                            best = c
                    cur.append(best)
                    left = best
            prev2, prev, sprev = prev, cur, srow
            last.append(left)
            pwt += wt
        self.pwt = pwt
        self.col, self.col2, self.row_prev = prev, prev2, sprev
        self.letters += letters

    def score(self) -> float:
        m = len(self.letters)
        if not m:
            return 0.0
        last = self.last
        cost = last[m]
        # a trailing inflectional ending (مقدونیې, روسیې, امریکایی) is nearly free: the last
        # DP row holds the cost of stopping before it
        for end in _ENDINGS_BY_LAST.get(self.letters[-1], ()):
            k = len(end)
            if k < m and self.letters.endswith(end):
                alt = last[m - k] + 0.1 * k
                if alt < cost:
                    cost = alt
        norm = (self.lat.lw + self.pwt) / 2
        return max(0.0, 1.0 - cost / norm) if norm else 0.0


@lru_cache(maxsize=262144)
def similarity(latin: str, pashto: str) -> float:
    """Score in [0, 1]: how well the Pashto word(s) render the sound of the Latin word.

    Sound classes are aligned by a weighted edit distance (substitution within a class is
    free, between near classes cheap; see the module docstring), normalised by the two
    words' sound weight."""
    lat = _latin(latin)
    pw = _ps_letters(pashto)
    if lat is None or not pw:
        return 0.0
    sc = _Scorer(lat)
    sc.extend(pw)
    return sc.score()


def sounds_like(latin: str, pashto: str, threshold: float) -> bool:
    """Whether ``similarity(latin, pashto) >= threshold``; a pair whose cheap upper bound of
    the score (:class:`_Latin`: each Pashto letter's least cost, the Latin consonants' least
    cost against the classes present, a trailing ending at 0.1 a letter) stays below it is
    not scored (most pairs asked are unrelated words)."""
    lat = _latin(latin)
    pw = _ps_letters(pashto)
    if lat is None or not pw:
        return 0.0 >= threshold
    least = lat.pieces.get(pw)
    if least is None:
        least = lat.piece(pw)
    _, mask, weight, inner, _ = _piece(pw)
    ending = 0.0
    if inner:
        saved = lat.saved.get(pw) or lat.saved_of(pw)
        for c in inner:
            if saved[c] > ending:
                ending = saved[c]
    cost = max(least - ending, lat.latin_bound(mask & lat.rel))
    norm = (lat.lw + weight) / 2
    if (1.0 - cost / norm if cost < norm else 0.0) < threshold - 1e-9:
        return False
    return similarity(latin, pashto) >= threshold


def consonant_weight(latin: str) -> float:
    """How much sound skeleton a Latin word has (consonant units count 1, weak ones less)."""
    return sum(u.weight for u in latin_units(latin) if u.classes)


def match_threshold(latin: str) -> float:
    """The score from which a Pashto rendering of ``latin`` is accepted: short words need
    a closer match (Li, Wu are found by chance in many Pashto sentences; Bektonov is not)."""
    w = consonant_weight(latin)
    for floor, threshold in THRESHOLDS:
        if w >= floor:
            return threshold
    return THRESHOLDS[-1][1]


@dataclass(frozen=True)
class Match:
    score: float
    first: int          # index of the first Pashto token used
    last: int           # index of the last one (inclusive)


COMMON_WORDS = "ps_common_words.txt"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded Pashto words that never render a name (particles, pronouns, auxiliaries)."""
    words = set()
    for line in read_data(COMMON_WORDS).splitlines():
        if not line.lstrip().startswith("#"):
            words.update(fold_ps(w) for w in line.split())
    return frozenset(words)


def best_match(latin: str, tokens: Sequence[str], max_join: int = 3,
               min_score: float = 0.0) -> Optional[Match]:
    """The token, or run of up to ``max_join`` adjacent tokens, that best renders ``latin``.

    ``tokens`` are folded Pashto words.  Runs containing a common word (د, په, داسې …, see
    :func:`common_words`) are not considered.  Returns ``None`` if nothing scores at least
    ``min_score``.  (The same question about the same tokens is answered once.)
    """
    if _latin(latin) is None:
        return None
    return _best_match(latin, tuple(tokens), max_join, min_score)


@lru_cache(maxsize=4096)                 # (a sentence is asked about each of its names)
def _runs(tokens: tuple[str, ...], max_join: int, strip_article: bool) -> tuple:
    """The runs of ``tokens`` that :func:`best_match` may score, and what their bound needs
    that does not depend on the Latin word (see :func:`_window`), per first token ``i`` that
    is not a common word: ``(i, pieces, steps)``."""
    out = []
    common = common_words()
    # (a run stops before a common word: the window is cut there, so that the same words
    # before it make one window whatever follows, as in the masked copies of a sentence)
    stops = [k for k, t in enumerate(tokens) if t in common] + [len(tokens)]
    s = 0
    for i in range(len(tokens)):
        if stops[s] == i:
            s += 1
            continue                         # (a run never starts at a common word)
        w = _window(tokens[i:min(i + max_join, stops[s])], strip_article)
        if w is not None:
            out.append((i,) + w)
    return tuple(out)


@lru_cache(maxsize=65536)                # (the same words in a row: in many sentences and
def _window(tokens: tuple[str, ...], strip_article: bool) -> Optional[tuple]:   # masked copies)
    """The runs from the first of ``tokens`` (None if it is a common word): their pieces and
    one step per run length ``k + 1``: (its joined length, letters only?, mask of its
    consonant classes, its letters' weight, the trailing endings it ends with, each as the
    pieces it takes letters from, last first: ``((piece, letters), ...)``, the joined run)."""
    common = common_words()
    if tokens[0] in common:
        return None
    joined = ""
    mask, weight, plain = 0, 0.0, True
    pieces: list[str] = []
    steps = []
    lengths = []
    for k, piece in enumerate(tokens):
        if piece in common:
            break
        joined += piece
        if k == 0 and len(joined) >= 5 and joined.startswith("ال") and strip_article:
            joined = piece = joined[2:]          # Arabic article: النصره ~ Nusra
        pieces.append(piece)
        ok, m, w, inner, outer = _piece(piece)
        plain = plain and ok
        mask |= m
        weight += w
        lengths.append(len(piece))
        ends = _inner_ends(inner, k)             # endings inside this piece
        if outer:
            ends = list(ends)
            for end in outer:                    # ... and those that reach into the pieces before
                if len(end) < len(joined) and joined.endswith(end):
                    segs, need, j = [], len(end), k
                    while need:
                        c = min(need, lengths[j])
                        segs.append((j, c))
                        need -= c
                        j -= 1
                    ends.append(tuple(segs))
            ends = tuple(ends)
        steps.append((len(joined), plain, mask, weight, ends, joined))
    return tuple(pieces), tuple(steps)


@lru_cache(maxsize=None)
def _inner_ends(inner: tuple[int, ...], k: int) -> tuple:
    """The endings of lengths ``inner`` inside piece ``k`` of a run, as :func:`_window` has them."""
    return tuple(((k, c),) for c in inner)


@lru_cache(maxsize=32768)
def _best_match(latin: str, tokens: tuple[str, ...], max_join: int, min_score: float) -> Optional[Match]:
    lat = _latin(latin)
    lw = lat.lw
    # every run of tokens that may be scored, with a cheap upper bound of its score (the
    # Pashto letters' part); the Latin consonants' part is added when the run comes up
    # (and first, with a floor: see below)
    runs = []           # (-bound, i, k, mask, norm, cost)
    run_pieces: dict[int, tuple] = {}
    run_joined: dict[tuple, str] = {}
    longest = 2 * lat.n + 4
    pget, piece, by_mask, rel = lat.pieces.get, lat.piece, lat.by_mask, lat.rel
    sget, saved_of = lat.saved.get, lat.saved_of
    floor = min_score - 1e-9
    latin_first = floor > 0.0
    for i, pieces, steps in _runs(tokens, max_join, not latin.lower().startswith(("al", "el"))):
        if latin_first:
            # the longest run of the window first: a shorter one has fewer consonant classes
            # and less weight, so its Latin-consonant bound is no higher; when the longest one
            # (letters only, not too long) stays below the floor, so does every run here
            length, plain, mask, weight, _, _ = steps[-1]
            if plain and length <= longest:
                norm = (lw + weight) / 2
                m = mask & rel
                lb = by_mask.get(m)
                if lb is None:
                    lb = lat.latin_bound(m)
                if (1.0 - lb / norm if lb < norm else 0.0) < floor:
                    continue
        letters = 0.0
        taken = 0                                # (the pieces whose least costs are in letters)
        run_pieces[i] = pieces
        for k, (length, plain, mask, weight, ends, joined) in enumerate(steps):
            # cheap bound: the Pashto side cannot be much longer than the Latin one
            if length > longest:
                break
            if length * 3 < lw:
                continue
            norm = (lw + weight) / 2
            if plain and norm > 0:
                if latin_first:
                    # with a floor, the Latin consonants' part of the bound first (one
                    # lookup by mask: most runs lack a consonant of the name): a run it
                    # keeps below the floor is never scored, so its letters are not summed
                    m = mask & rel
                    lb = by_mask.get(m)
                    if lb is None:
                        lb = lat.latin_bound(m)
                    if (1.0 - lb / norm if lb < norm else 0.0) < floor:
                        continue
                while taken <= k:                # (the letters' least costs, in order)
                    least = pget(pieces[taken])
                    if least is None:
                        least = piece(pieces[taken])
                    letters += least
                    taken += 1
                ending = 0.0                     # (the ending that saves most, or none)
                for segs in ends:
                    d = 0.0
                    for j, c in segs:
                        d += (sget(pieces[j]) or saved_of(pieces[j]))[c]
                    if d > ending:
                        ending = d
                cost = letters - ending
                bound = 1.0 - cost / norm if cost < norm else 0.0
                if bound >= floor:
                    runs.append((-bound, i, k, mask, norm, cost))
            else:
                runs.append((-1.0, i, k, None, 0.0, 0.0))
                run_joined[i, k] = joined
    runs.sort()
    best_score, found = -1.0, []
    state: dict[int, tuple[_Scorer, list[float]]] = {}
    least_score = max(best_score, min_score) - 1e-9
    for neg, i, k, mask, norm, cost in runs:
        if -neg < least_score:
            break                                    # no run left can reach the best one
        if mask is not None:
            mask &= rel
            lb = by_mask.get(mask)
            if lb is None:
                lb = lat.latin_bound(mask)
            if lb > cost:
                if (1.0 - lb / norm if lb < norm else 0.0) < least_score:
                    continue                         # (its whole bound cannot reach it)
            s = _run_score(lat, run_pieces[i], k, state, i)
        else:
            s = similarity(latin, run_joined[i, k])  # (not letters only: scored whole)
        if s > best_score:
            best_score, found = s, [(i, k)]
            least_score = max(best_score, min_score) - 1e-9
        elif s == best_score:
            found.append((i, k))
    if not found or best_score < min_score:
        return None
    i, k = min(found)                                # the first of the best runs, in text order
    return Match(best_score, i, i + k)


def _run_score(lat: _Latin, pieces: tuple, k: int, state: dict, i: int) -> float:
    """The score of the run ``pieces[:k + 1]`` (letters only) from token ``i``: the DP of
    the runs from token i goes on from where the shorter run left it (``state[i]``: its
    scorer and the score of each run so far)."""
    if i not in state:
        state[i] = (_Scorer(lat), [], [0])
    scorer, scores, done = state[i]      # done[0]: the pieces the scorer has taken
    if len(scores) > k:
        return scores[k]
    memo = _scored_runs(lat)
    while len(scores) <= k:
        key = pieces[:len(scores) + 1]
        s = memo.get(key)
        if s is None:
            while done[0] < len(key):    # (catching up on runs whose score was known)
                scorer.extend(pieces[done[0]])
                done[0] += 1
            s = memo[key] = scorer.score()
        scores.append(s)
    return scores[k]


@lru_cache(maxsize=65536)                # (emptied with the other memos: a cold document)
def _scored_runs(lat: _Latin) -> dict:
    """The runs of pieces already scored against ``lat`` → their score: the same words come
    up again in the masked and respelled copies of a sentence and in each pass over it, so
    a run is scored once per Latin word (the DP is the same)."""
    return {}


def is_transliteration(latin: str, pashto: str, threshold: Optional[float] = None) -> bool:
    """Whether ``pashto`` (one or more words) renders the Latin name ``latin`` (one or more).

    A one-word name is compared with the Pashto words joined (یونګ شینګ ~ Yongxing); in a
    multi-word name each Latin word takes its best run of Pashto words, and the name matches
    when the average score reaches the average threshold.  ``threshold`` overrides the
    length-dependent :func:`match_threshold`.
    """
    lat_words = [w for w in re.findall(r"[A-Za-z\u00c0-\u024f]+", latin) if latin_units(w)]
    ps_words = _PS_WORD.findall(fold_ps(pashto))
    if not lat_words or not ps_words:
        return False
    limits = [threshold if threshold is not None else match_threshold(w) for w in lat_words]
    if len(lat_words) == 1:
        return similarity(lat_words[0], "".join(ps_words)) >= limits[0]
    scores = []
    for w in lat_words:
        m = best_match(w, ps_words)
        scores.append(m.score if m else 0.0)
    return sum(scores) / len(scores) >= sum(limits) / len(limits)


#: How Pashto spells the names of Latin letters (folded spellings: ي → ی).
LETTER_NAMES_PS = {
    "A": ("ای", "اې", "ایه"), "B": ("بی", "بې"), "C": ("سی", "سې", "ثی"), "D": ("ډی", "دی", "ډې"),
    "E": ("ای", "یی", "اې"), "F": ("اف", "ایف", "اېف"), "G": ("جی", "جې"),
    "H": ("ایچ", "اېچ", "اچ"), "I": ("ای", "آی", "اي"), "J": ("جې", "جی"), "K": ("کې", "کی"),
    "L": ("ال", "ایل", "اېل"), "M": ("ام", "ایم", "اېم"), "N": ("ان", "این", "اېن"),
    "O": ("او",), "P": ("پی", "پې"), "Q": ("کیو",), "R": ("ار", "آر"),
    "S": ("اس", "ایس", "اېس"), "T": ("ټی", "تی", "ټې"), "U": ("یو",), "V": ("وی", "وې"),
    "W": ("ډبلیو", "دبلیو", "ډبلیوو"), "X": ("ایکس", "اکس", "اېکس"), "Y": ("وای",),
    "Z": ("زیډ", "زېډ", "زید", "زی"),
}


def spelled_acronym(acronym: str, tokens: Sequence[str]) -> Optional[tuple[int, int]]:
    """Where ``tokens`` (folded Pashto words) spell out the letters of ``acronym``
    (BBC ~ بي بي سي, FBI ~ ایف بي آی).  Up to three letters must be spelled in order; a
    longer acronym may lose one letter or have two letters swapped (MSNBC ~ ایم این سي بي).
    Returns the first and last token index, or None."""
    letters = [c for c in acronym.upper() if c in LETTER_NAMES_PS]
    if len(letters) < 2:
        return None
    names = {fold_ps(f): c for c, forms in LETTER_NAMES_PS.items() for f in forms}
    # maximal runs of tokens that are letter names (a form may name several letters: ای)
    i = 0
    while i < len(tokens):
        if tokens[i] not in names:
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j] in names:
            j += 1
        run = tokens[i:j]
        if len(letters) <= 3:
            for k in range(len(run) - len(letters) + 1):
                if all(_names_letter(run[k + n], c) for n, c in enumerate(letters)):
                    return i + k, i + k + len(letters) - 1
        elif len(letters) - 1 <= len(run) <= len(letters) + 1:
            remaining = list(letters)
            hits = 0
            for t in run:
                for c in remaining:
                    if _names_letter(t, c):
                        remaining.remove(c)
                        hits += 1
                        break
            if hits >= len(letters) - 1:
                return i, j - 1
        i = j
    # the letter names written as one word: joined by a zero-width non-joiner (سی‌اس‌اس, which
    # folding removes) or typed without spaces, the genitive د glued in front (دآی‌پی پته)
    for i, tok in enumerate(tokens):
        if _spells(tok, letters) or (tok.startswith("د") and _spells(tok[1:], letters)):
            return i, i
    return None


def _spells(word: str, letters: Sequence[str]) -> bool:
    """Whether ``word`` is the names of ``letters`` written one after another, in order (the
    positions of ``word`` each letter name can end at, letter by letter: linear in both)."""
    ends = {0}
    for c in letters:
        forms = {fold_ps(x) for x in LETTER_NAMES_PS[c]}
        ends = {e + len(f) for e in ends for f in forms if word.startswith(f, e)}
        if not ends:
            return False
    return len(word) in ends


def _names_letter(token: str, letter: str) -> bool:
    return token in {fold_ps(f) for f in LETTER_NAMES_PS[letter]}
