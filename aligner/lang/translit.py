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


def _c(classes: str, indel: float = 1.0, text: str = "", weight: Optional[float] = None) -> Unit:
    return Unit(frozenset(classes.split()), (), indel, indel if weight is None else weight, text)


def _v(letters: str, indel: float, text: str) -> Unit:
    return Unit(frozenset(), tuple((ch, 0.0) for ch in letters), indel, 0.3, text)


def _ascii(word: str) -> str:
    w = unicodedata.normalize("NFKD", word)
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", w.lower().replace("ø", "o").replace("ß", "ss"))


@lru_cache(maxsize=65536)
def latin_units(word: str) -> tuple[Unit, ...]:
    """Cut a Latin-script word into sound units."""
    w = _ascii(word)
    # merge doubled consonants (Harrison → Harison); keep doubled vowels (ee, oo)
    w = re.sub(r"([b-df-hj-np-tv-z])\1+", r"\1", w)
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


@lru_cache(maxsize=262144)
def similarity(latin: str, pashto: str) -> float:
    """Score in [0, 1]: how well the Pashto word(s) render the sound of the Latin word."""
    lu = latin_units(latin)
    pw = "".join(_PS_WORD.findall(fold_ps(pashto)))
    pu = ps_units(pw)
    if not lu or not pu:
        return 0.0
    n, m = len(lu), len(pu)
    # D[i][j]: cost of aligning lu[:i] with pu[:j]
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + pu[j - 1].indel
    prev2 = prev
    for i in range(1, n + 1):
        cur = [prev[0] + lu[i - 1].indel] + [0.0] * m
        li = lu[i - 1]
        for j in range(1, m + 1):
            pj = pu[j - 1]
            best = prev[j] + li.indel
            c = cur[j - 1] + pj.indel
            if c < best:
                best = c
            s = _sub(li, pj)
            if s < INF:
                c = prev[j - 1] + s
                if c < best:
                    best = c
            # two adjacent consonants written the other way round (Mayorga ~ مایوګرا)
            if i > 1 and j > 1 and li.classes and lu[i - 2].classes:
                s1, s2 = _sub(li, pu[j - 2]), _sub(lu[i - 2], pj)
                if s1 < INF and s2 < INF:
                    c = prev2[j - 2] + s1 + s2 + _TRANSPOSE
                    if c < best:
                        best = c
            cur[j] = best
        prev2, prev = prev, cur
    cost = prev[m]
    # a trailing inflectional ending (مقدونیې, روسیې, امریکایی) is nearly free: the last DP
    # row holds the cost of stopping before it
    for end in _FREE_ENDINGS:
        k = len(end)
        if k < m and pw.endswith(end):
            alt = prev[m - k] + 0.1 * k
            if alt < cost:
                cost = alt
    lw = sum(u.weight for u in lu)
    pwt = sum(u.weight for u in pu)
    norm = (lw + pwt) / 2
    return max(0.0, 1.0 - cost / norm) if norm else 0.0


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
    ``min_score``.
    """
    lu = latin_units(latin)
    if not lu:
        return None
    lw = sum(u.weight for u in lu)
    common = common_words()
    best: Optional[Match] = None
    for i in range(len(tokens)):
        joined = ""
        for k in range(max_join):
            if i + k >= len(tokens) or tokens[i + k] in common:
                break
            joined += tokens[i + k]
            if k == 0 and len(joined) >= 5 and joined.startswith("ال") and not latin.lower().startswith(("al", "el")):
                joined = joined[2:]          # Arabic article: النصره ~ Nusra
            # cheap bound: the Pashto side cannot be much longer than the Latin one
            if len(joined) > 2 * len(lu) + 4:
                break
            if len(joined) * 3 < lw:
                continue
            s = similarity(latin, joined)
            if s >= min_score and (best is None or s > best.score):
                best = Match(s, i, i + k)
    return best


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
