"""Term bases and glossaries: loading (TSV, CSV, TBX) and inflection-tolerant matching.

A *term entry* is one concept: its English variants, the Pashto renderings that are
allowed, and the renderings that are forbidden (a known mistranslation, e.g. المونیم
"aluminium" for *alumina*).  The shipped term base is ``aligner/lang/data/terms_en_ps.tsv``
plus the names list ``aligner/lang/data/names_en_ps.tsv``;
users add their own glossaries as TSV, CSV or TBX files (see :func:`load_glossary`).

Matching (field notes §1.4: inflection is the first cause of term-checker false alarms):

* English: case-insensitive, whole-token, plural-tolerant (``emissions`` ~ ``emission``,
  ``refineries`` ~ ``refinery``); variants written in capitals (``EU``, ``US``, ``CBAM``) match
  case-sensitively, with or without dots (``U.S.``) and with a plural ``s`` (``AMs``).
  Entries of the name domains (``geo``, ``org``, ``person``) only match a capitalised word
  (``China`` but not ``china``, ``Turkey`` but not ``turkey``).
* Pashto: both sides are folded with :func:`aligner.text.normalize.normalize` (yeh/kaf/gaf/heh
  variants, ZWNJ, bidi marks, harakat) plus آ → ا, then each word of a rendering is matched as
  a *stem* followed by one inflectional ending (``ـه ـې ـی ـۍ ـو ـونه ـانو ـګانې ـایی`` …):
  الومینا, الومینې, الومیناوو all match the rendering الومینا.  The particles د / په / له are
  separate words and simply do not take part; a multi-word rendering also matches when it is
  written joined (کانکیندنه ~ کان کیندنه) and a single-word rendering when the text splits it
  in two.  Per-entry flags override this (``exact``: no endings; ``prefix``: any ending).
  Latin-script renderings (``EU``, ``CBAM``) are matched as Latin tokens in the Pashto text.

Every match carries offsets into the *original* text (through the offset map of
:func:`normalize`), so findings point at the words the user wrote.
"""
from __future__ import annotations

import marshal
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import InputError
from ..text.inflect import en_key
from ..text.normalize import ARABIC_SCRIPT, normalize, normalized_text
from ..text.tokens import EN_TERM_WORD as _EN_TOKEN
from ..text.tokens import LATIN_TERM_WORD as _LATIN_WORD
from ..text.tokens import PS_LETTER
from ..text.tokens import PS_LETTERS as _PS_WORD
from ..text.tokens import TERM_WORD as _ANY_WORD
from .data import data_path

#: The shipped term base (a data file, see its header for the format).
TERMBASE_NAME = "terms_en_ps.tsv"
#: The shipped names list (countries, cities, regions, organisations, brands; same format),
#: loaded with the term base.
NAMES_NAME = "names_en_ps.tsv"
#: The data files that make up :func:`default_glossary`, in order.
DEFAULT_FILES = (TERMBASE_NAME, NAMES_NAME)

#: Domains whose entries are names (countries, cities, regions, organisations): the entity
#: check uses them as a bilingual name list; the terminology check only applies their
#: forbidden renderings.
NAME_DOMAINS = frozenset({"geo", "org", "person"})

#: Per-entry flags understood in the sixth column of a term base row.
FLAGS = {
    "strict": "a source term whose allowed renderings are all absent is reported (TERM-MISSING)",
    "exact": "Pashto renderings match only as written (no inflectional endings)",
    "prefix": "Pashto renderings match as prefixes of a word (any ending)",
    "case": "English variants match case-sensitively",
}

# --------------------------------------------------------------------------------------
# Pashto side
# --------------------------------------------------------------------------------------

# (PS_LETTER, the letters of Pashto words after folding, and the word patterns: text/tokens.py)

#: Inflectional / derivational endings tolerated after a Pashto stem (folded spelling:
#: ي is already ی).  Noun plural and oblique (ـونه ـونو ـانو ـګانې ـو), feminine and
#: oblique vowels (ـه ـې ـی ـۍ), adjectival ـی / ـایی.  Longest first.
PS_ENDINGS = tuple(sorted({
    "", "ه", "ې", "ی", "ۍ", "و", "وو", "ونه", "ونو", "ونې", "ان", "انو", "انې",
    "ګان", "ګانو", "ګانې", "یان", "یانو", "یو", "ایی", "ای", "ایان", "ایانو", "ئی",
    "وی", "یې",
}, key=len, reverse=True))

#: Word-final vowels that inflection replaces (الومینه → الومینې, اتحادیه → اتحادیې).
_PS_FINAL_VOWELS = "هېیۍ"
#: Extra 1:1 folding on top of normalize(): آ → ا (offsets are unchanged).
_PS_EXTRA = str.maketrans({"\u0622": "\u0627"})


@lru_cache(maxsize=1 << 16)            # building the glossaries folds the same words again and again
def fold_ps(text: str) -> str:
    """Fold a Pashto word or phrase the way texts are folded for matching."""
    return normalized_text(text).translate(_PS_EXTRA)


@lru_cache(maxsize=1 << 16)            # (every word of every sentence of a document: the entity check's counts)
def ps_stem(word: str) -> str:
    """The part of a folded Pashto word that inflection keeps.

    A final ه/ې/ی/ۍ is dropped from words of four letters or more, a final ا from words of
    five or more (امریکا → امریکې); shorter words are their own stem.
    """
    if len(word) >= 4 and word[-1] in _PS_FINAL_VOWELS:
        return word[:-1]
    if len(word) >= 5 and word[-1] == "ا":
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)            # each rendering is asked twice (row check, matcher)
def _has_arabic(text: str) -> bool:
    # (folding turns no other script into Arabic letters: an English term is not folded)
    return bool(ARABIC_SCRIPT.search(text)) and bool(_PS_WORD.search(fold_ps(text)))


# --------------------------------------------------------------------------------------
# English side
# --------------------------------------------------------------------------------------

_EN_GAP = re.compile(r"[ \t\u00a0\-\u2010\u2011\u2013]*")   # what may separate the words of a term


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalnum()


# --------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TermEntry:
    """One concept of a term base or glossary."""
    english: tuple[str, ...]
    allowed: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    domain: str = ""
    note: str = ""
    flags: frozenset = frozenset()
    origin: str = ""            # "<file>:<row>" for messages
    user: bool = False          # from a user glossary (then every entry is mandatory)
    #: where each part came from, when entries were merged (see :meth:`Glossary.overlay`):
    #: (part, value, origin) with part "english" | "allowed" | "forbidden" | "overridden"
    provenance: tuple = ()

    def parts(self) -> list[tuple[str, str, str]]:
        """(part, value, origin) for every English variant and rendering of the entry."""
        if self.provenance:
            return list(self.provenance)
        return ([("english", v, self.origin) for v in self.english]
                + [("allowed", v, self.origin) for v in self.allowed]
                + [("forbidden", v, self.origin) for v in self.forbidden])

    def concept_keys(self) -> set[tuple[str, ...]]:
        """Case- and plural-insensitive keys of the English variants (one concept shares one)."""
        return {tuple(en_key(w) for w in _EN_TOKEN.findall(v)) for v in self.english}

    @property
    def label(self) -> str:
        return self.english[0]

    @property
    def strict(self) -> bool:
        """Whether an absent rendering is reported (TERM-MISSING)."""
        return self.user or "strict" in self.flags

    @property
    def is_name(self) -> bool:
        """A name (country, city, organisation…): a ``geo``/``org`` row, or a user entry
        without a domain whose English variants are all capitalised (Zhongrun)."""
        return self.domain in NAME_DOMAINS or (
            self.user and not self.domain and all(v[:1].isupper() for v in self.english))


@dataclass(frozen=True)
class TermMatch:
    """An occurrence of a variant (English) or a rendering (Pashto) in a text."""
    entry: TermEntry
    kind: str                   # "source" | "allowed" | "forbidden"
    form: str                   # the variant / rendering as listed in the glossary
    start: int                  # offsets into the original text
    end: int
    text: str                   # original[start:end]


@dataclass
class _EnPattern:
    entry: TermEntry
    form: str
    keys: tuple[str, ...]       # en_key of each word (or exact text for case-sensitive words)
    case: tuple[bool, ...]      # per word: match case-sensitively
    capital: bool               # the first matched word must be capitalised


@dataclass
class _PsPattern:
    entry: TermEntry
    kind: str                   # "allowed" | "forbidden"
    form: str
    words: tuple[str, ...]      # folded words (Pashto) or one Latin token
    stems: tuple[str, ...]
    mode: str                   # "stem" | "exact" | "prefix" | "latin"


@lru_cache(maxsize=1 << 14)
def _en_shape(form: str, case_all: bool) -> Optional[tuple]:
    """(keys, case, table key) of an English variant, or None when it has no word: computed
    once per variant (the term classes add each to several twin entries)."""
    words = _EN_TOKEN.findall(form)
    if not words:
        return None
    case = tuple(case_all or _is_acronym(w) for w in words)
    keys = tuple(w.replace(".", "") if c else en_key(w) for w, c in zip(words, case))
    return keys, case, keys[0].lower() if case[0] else keys[0]


@lru_cache(maxsize=1 << 14)
def _ps_shape(form: str, mode: str) -> Optional[tuple]:
    """How a rendering is matched, computed once per (rendering, mode) (the term classes add
    each to several twin entries): (table key, words, stems, joined) where joined is (words,
    stems) of a multi-word rendering written as one word, else None; for a Latin-script
    rendering (key, Latin words, (), None); None when it has no word."""
    if not _has_arabic(form):
        latin = _LATIN_WORD.findall(form)
        if not latin:
            return None
        return " ".join(w.replace(".", "").lower() for w in latin), tuple(latin), (), None
    words = tuple(_PS_WORD.findall(fold_ps(form)))
    if not words:
        return None
    stems = tuple(w if mode == "exact" or len(w) <= 2 else ps_stem(w) for w in words)
    joined = None
    if len(words) > 1:
        j = "".join(words)
        joined = ((j,), (j if mode == "exact" else ps_stem(j),))
    return stems[0][:3] if mode == "prefix" else stems[0], words, stems, joined


class TermMatcher:
    """Finds the entries of a glossary in English and Pashto texts."""

    def __init__(self, entries: Sequence[TermEntry]):
        self._en: dict[str, list[_EnPattern]] = {}
        self._ps: dict[str, list[_PsPattern]] = {}       # first-word stem → patterns
        self._ps_prefix: dict[str, list[_PsPattern]] = {}  # first three letters → "prefix" patterns
        self._ps_joined: dict[str, list[_PsPattern]] = {}  # multi-word renderings, joined
        self._latin: dict[str, list[_PsPattern]] = {}    # Latin renderings, by key
        self._long_heads: Optional[dict] = None          # see _two_word_heads()
        for entry in entries:
            for form in entry.english:
                self._add_en(entry, form)
            for kind, forms in (("allowed", entry.allowed), ("forbidden", entry.forbidden)):
                for form in forms:
                    self._add_ps(entry, kind, form)

    # -- building --------------------------------------------------------------------
    def _add_en(self, entry: TermEntry, form: str) -> None:
        shape = _en_shape(form, "case" in entry.flags)
        if shape is None:
            return
        keys, case, first = shape
        pat = _EnPattern(entry, form, keys, case, capital=entry.is_name and not case[0])
        self._en.setdefault(first, []).append(pat)

    def _add_ps(self, entry: TermEntry, kind: str, form: str) -> None:
        mode = "exact" if "exact" in entry.flags else "prefix" if "prefix" in entry.flags else "stem"
        shape = _ps_shape(form, mode)
        if shape is None:
            return
        key, words, stems, joined = shape
        if not stems:                                   # Latin-script rendering
            self._latin.setdefault(key, []).append(_PsPattern(entry, kind, form, words, (), "latin"))
            return
        pat = _PsPattern(entry, kind, form, words, stems, mode)
        (self._ps_prefix if mode == "prefix" else self._ps).setdefault(key, []).append(pat)
        if joined is not None:
            jpat = _PsPattern(entry, kind, form, *joined, mode)
            self._ps_joined.setdefault(joined[1][0], []).append(jpat)

    # -- English ---------------------------------------------------------------------
    def find_en(self, text: str) -> list[TermMatch]:
        """Occurrences of English variants, overlaps resolved (longest first, then leftmost)."""
        toks = [(m.start(), m.end(), m.group()) for m in _EN_TOKEN.finditer(text)]
        cands: list[tuple[int, int, int, _EnPattern]] = []
        for i, (s, e, w) in enumerate(toks):
            for pat in _en_first_hits(self, w):
                n = len(pat.keys)
                if i + n > len(toks):
                    continue
                if pat.capital and not w[0].isupper():
                    continue
                ok = True
                for k in range(n):
                    ts, te, tw = toks[i + k]
                    if k and not _EN_GAP.fullmatch(text[toks[i + k - 1][1]:ts]):
                        ok = False
                        break
                    if pat.case[k]:
                        tp = tw.replace(".", "")
                        if tp != pat.keys[k] and not (tp.endswith("s") and tp[:-1] == pat.keys[k]):
                            ok = False
                            break
                    elif en_key(tw) != pat.keys[k]:
                        ok = False
                        break
                if ok:
                    cands.append((s, toks[i + n - 1][1], n, pat))
        chosen = _resolve([(s, e, n, pat) for s, e, n, pat in cands])
        return [TermMatch(p.entry, "source", p.form, s, e, text[s:e]) for s, e, _, p in chosen]

    def _en_first_hits(self, w: str) -> tuple:
        """The patterns an English token may start (by its key, lower case, less a plural s)."""
        plain = w.replace(".", "")
        lookups = {en_key(w), plain.lower(), (plain[:-1] if plain.endswith("s") else plain).lower()}
        return tuple(pat for lookup in lookups for pat in self._en.get(lookup, ()))

    # -- Pashto ----------------------------------------------------------------------
    def find_ps(self, text: str, entries: Optional[Iterable[TermEntry]] = None) -> list[TermMatch]:
        """Occurrences of allowed and forbidden renderings in a Pashto text.

        ``entries`` restricts the search to those entries.  Overlaps are resolved longest
        first; a span that is a rendering of several entries (allowed for one, forbidden for
        another) yields one match per (entry, kind).  (The text is searched once for every
        entry, see :func:`_ps_candidates`; a restricted search keeps those of ``entries``.)
        """
        cands = _ps_candidates(self, text)
        if entries is not None:
            wanted = {id(e) for e in entries}
            cands = [c for c in cands if id(c[3].entry) in wanted]
        if not cands:
            return []
        nt = ps_text(text)[0]
        chosen = _resolve(cands, keep_same_span=True)
        out = []
        for s, e, _, pat in chosen:
            a, b = nt.to_original(s, e)
            out.append(TermMatch(pat.entry, pat.kind, pat.form, a, b, text[a:b]))
        return out

    def _scan_ps(self, text: str) -> tuple:
        """Every candidate rendering in a Pashto text, overlaps not resolved, in text order:
        (start, end, tokens, pattern) in the folded text."""
        nt, folded, toks = ps_text(text)
        cands: list[tuple[int, int, int, _PsPattern]] = []
        heads = self._two_word_heads()

        def consider(pat: _PsPattern, i: int, span_tokens: int = 1):
            n = len(pat.words)
            j = i + span_tokens
            for k in range(1, n):
                if j >= len(toks) or not _ps_word_matches(toks[j][2], pat.words[k], pat.stems[k], pat.mode):
                    return
                j += 1
            cands.append((toks[i][0], toks[j - 1][1], j - i, pat))

        for i, (s, e, w) in enumerate(toks):
            if w[0].isascii():
                for key_len in (3, 2, 1):
                    if i + key_len > len(toks):
                        continue
                    seq = toks[i:i + key_len]
                    if not all(t[2][0].isascii() for t in seq):
                        continue
                    key = " ".join(t[2].replace(".", "").lower() for t in seq)
                    for pat in self._latin.get(key, ()):
                        if not _latin_matches([t[2] for t in seq], pat.words):
                            continue
                        cands.append((seq[0][0], seq[-1][1], key_len, pat))
                    key2 = key[:-1] if key.endswith("s") else None   # plural acronym: AMs
                    for pat in self._latin.get(key2, ()) if key2 else ():
                        if _latin_matches([t[2] for t in seq], pat.words, plural=True):
                            cands.append((seq[0][0], seq[-1][1], key_len, pat))
                continue
            # renderings whose first word is this one (and multi-word renderings written as
            # one word, کانکیندنه ~ کان کیندنه): looked up once per word
            hits, singles, seconds = _ps_first_hits(self, w)
            if hits:
                nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
                if nxt[:1] and nxt[0] in seconds:
                    for pat in hits:
                        if len(pat.words) == 1:
                            cands.append((s, e, 1, pat))
                        elif nxt.startswith(pat.stems[1]):
                            consider(pat, i)     # (a word matches a rendering's word only from its stem on)
                else:                            # (the next word continues none of them: د is the
                    for pat in singles:          # first word of 31 renderings)
                        cands.append((s, e, 1, pat))
            # a one-word rendering written as two words (long renderings only)
            # (a word of four letters or more begins the two as it begins: its first four
            # letters must begin a long rendering)
            if i + 1 < len(toks) and (len(w) < 4 or w[:4] in heads) and not toks[i + 1][2][0].isascii() \
                    and folded[e:toks[i + 1][0]].strip() == "":
                both = w + toks[i + 1][2]
                if len(both) >= 6 and both[:4] in heads and any(
                        both.startswith(st) and len(both) - len(st) <= _STEM_CUT for st in heads[both[:4]]):
                    for stem in _stem_candidates(both):
                        for pat in self._ps.get(stem, ()):
                            if len(pat.words) == 1 and len(pat.words[0]) >= 6 and \
                                    _ps_word_matches(both, pat.words[0], pat.stems[0], pat.mode):
                                consider(pat, i, 2)
        return tuple(cands)

    def _two_word_heads(self) -> dict[str, tuple[str, ...]]:
        """The stems of the one-word renderings of six letters or more (five letters at
        least), by their first four letters: two words written apart can only be one of them
        if they begin with such a stem, at most ``_STEM_CUT`` letters shorter than they (the
        stems a match is looked up by, :func:`_stem_candidates`, are such prefixes)."""
        if self._long_heads is None:
            heads: dict[str, set] = {}
            for pats in self._ps.values():
                for pat in pats:
                    if len(pat.words) == 1 and len(pat.words[0]) >= 6:
                        heads.setdefault(pat.stems[0][:4], set()).add(pat.stems[0])
            self._long_heads = {h: tuple(sorted(v)) for h, v in heads.items()}
        return self._long_heads

    def _first_hits(self, w: str) -> tuple:
        """The patterns whose first word a folded Pashto word ``w`` is (or inflects), in the
        order :meth:`_scan_ps` considers them: by stem, by prefix, joined renderings."""
        hits = []
        for stem in _stem_candidates(w):
            for pat in self._ps.get(stem, ()):
                if _ps_word_matches(w, pat.words[0], pat.stems[0], pat.mode):
                    hits.append(pat)
        for pat in self._ps_prefix.get(w[:3], ()):
            if _ps_word_matches(w, pat.words[0], pat.stems[0], pat.mode):
                hits.append(pat)
        for stem in _stem_candidates(w):
            for pat in self._ps_joined.get(stem, ()):
                if _ps_word_matches(w, pat.words[0], pat.stems[0], pat.mode):
                    hits.append(pat)
        return tuple(hits)

    def find(self, text: str, lang: str) -> list[TermMatch]:
        return self.find_en(text) if lang.startswith("en") else self.find_ps(text)


@lru_cache(maxsize=1 << 12)           # one Pashto sentence is searched once per name it has
def ps_text(text: str):
    """A Pashto text folded for matching (its NormText), with آ folded too, and its words
    (start, end, word) in that text; memoized (Target and find_ps fold each sentence once)."""
    nt = normalize(text)
    folded = nt.text.translate(_PS_EXTRA)
    return nt, folded, tuple([(*m.span(), m.group()) for m in _ANY_WORD.finditer(folded)])


@lru_cache(maxsize=1 << 12)           # the entity check and the term check search each sentence
def _ps_candidates(matcher: TermMatcher, text: str) -> tuple:
    """``matcher._scan_ps(text)``, memoized: a sentence is searched once, for every entry."""
    return matcher._scan_ps(text)


@lru_cache(maxsize=1 << 16)
def _en_first_hits(matcher: TermMatcher, word: str) -> tuple:
    """``matcher._en_first_hits(word)``, memoized."""
    return matcher._en_first_hits(word)


@lru_cache(maxsize=1 << 16)
def _ps_first_hits(matcher: TermMatcher, word: str) -> tuple[tuple, tuple, str]:
    """``matcher._first_hits(word)``, memoized (the words of a document repeat); with those
    of one word among them, and the first letters of the others' second words (stems), so
    that a next word beginning with none of them is not compared with each."""
    hits = matcher._first_hits(word)
    return (hits, tuple(pat for pat in hits if len(pat.words) == 1),
            "".join(sorted({pat.stems[1][0] for pat in hits if len(pat.words) > 1})))


#: How many letters :func:`_stem_candidates` may cut off a token: the longest ending, and
#: the final vowel of what is left.
_STEM_CUT = max(map(len, PS_ENDINGS)) + 1


@lru_cache(maxsize=1 << 16)
def _stem_candidates(token: str) -> tuple[str, ...]:
    """Stems a Pashto token may have, each once: the token less one of the endings, and
    their stems (a tuple, in the order of the set they are gathered in: the garbage
    collector stops tracking a tuple of strings, not a set)."""
    out = {token, ps_stem(token)}
    for end in PS_ENDINGS:
        if end and token.endswith(end) and len(token) - len(end) >= 2:
            stem = token[:len(token) - len(end)]
            out.add(stem)
            out.add(ps_stem(stem))
    return tuple(out)


def _ps_word_matches(token: str, word: str, stem: str, mode: str) -> bool:
    """Whether a folded Pashto token is ``word`` itself or an inflected form of it."""
    if token == word:
        return True
    if mode == "exact":
        return False
    if mode == "prefix":
        return token.startswith(stem)
    if len(stem) <= 2:            # very short words: plural/oblique only
        return token.startswith(word) and token[len(word):] in ("و", "ونه", "ونو")
    for base in (word, stem):
        if token.startswith(base) and token[len(base):] in PS_ENDINGS:
            return True
    return False


def _latin_matches(tokens: list[str], words: tuple[str, ...], plural: bool = False) -> bool:
    """Latin renderings in Pashto text: acronyms case-sensitively, other words not."""
    if len(tokens) != len(words):
        return False
    for k, (t, w) in enumerate(zip(tokens, words)):
        t, w = t.replace(".", ""), w.replace(".", "")
        if plural and k == len(words) - 1 and t.endswith("s"):
            t = t[:-1]
        if _is_acronym(w) or len(w) <= 3:
            if t != w:
                return False
        elif t.lower() != w.lower():
            return False
    return True


def _resolve(cands, keep_same_span: bool = False):
    """Pick non-overlapping candidates: more tokens first, then longer, then leftmost.

    With ``keep_same_span`` every candidate with exactly the chosen span is kept too (one
    span may be a rendering of several entries)."""
    order = sorted(cands, key=lambda c: (-c[2], -(c[1] - c[0]), c[0]))
    chosen: list = []
    taken: list[tuple[int, int]] = []
    seen = set()
    for c in order:
        s, e = c[0], c[1]
        key = (s, e, id(c[3].entry), getattr(c[3], "kind", "source"))
        if key in seen:
            continue
        if (s, e) in taken and keep_same_span:
            chosen.append(c)
            seen.add(key)
            continue
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(c)
        seen.add(key)
    chosen.sort(key=lambda c: (c[0], c[1]))
    return chosen


# --------------------------------------------------------------------------------------
# Glossaries
# --------------------------------------------------------------------------------------

class Glossary:
    """A list of term entries with a matcher over them."""

    def __init__(self, entries: Sequence[TermEntry], sources: Sequence[str] = (), skipped: Sequence[str] = ()):
        self.entries: list[TermEntry] = list(entries)
        self.sources: list[str] = list(sources)
        #: rows of named-column term bases that could not be used: "file: row N: why"
        self.skipped: list[str] = list(skipped)
        self._matcher: Optional[TermMatcher] = None
        self._by_rendering: Optional[dict[str, list[TermEntry]]] = None
        #: per entry, its allowed renderings folded (read from the disk cache; else folded
        #: when :meth:`meaning_of` first needs them)
        self._folded_allowed: Optional[list] = None

    def __len__(self) -> int:
        return len(self.entries)

    def __add__(self, other: "Glossary") -> "Glossary":
        return Glossary(self.entries + other.entries, self.sources + other.sources, self.skipped + other.skipped)

    def overlay(self, other: "Glossary") -> "Glossary":
        """This glossary with ``other`` (a user glossary) winning entry by entry: an entry
        of ``other`` that shares an English variant with entries here is merged into each
        of them by :func:`merge_entries` (its forbidden renderings forbid, its allowed ones
        allow, whatever this glossary said); the others are added."""
        entries = list(self.entries)
        by_key: dict[tuple, list[int]] = {}
        for i, e in enumerate(entries):
            for k in e.concept_keys():
                by_key.setdefault(k, []).append(i)
        for u in other.entries:
            hits = sorted({i for k in u.concept_keys() for i in by_key.get(k, ())})
            if not hits:
                for k in u.concept_keys():
                    by_key.setdefault(k, []).append(len(entries))
                entries.append(u)
                continue
            for i in hits:
                entries[i] = merge_entries(entries[i], u)
        return Glossary(entries, self.sources + other.sources, self.skipped + other.skipped)

    @property
    def matcher(self) -> TermMatcher:
        if self._matcher is None:
            self._matcher = TermMatcher(self.entries)
        return self._matcher

    def find(self, text: str, lang: str) -> list[TermMatch]:
        return self.matcher.find(text, lang)

    def meaning_of(self, rendering: str, exclude: Optional[TermEntry] = None) -> Optional[str]:
        """The English label of an entry that *allows* ``rendering`` (to gloss a wrong term)."""
        if self._by_rendering is None:
            idx: dict[str, list[TermEntry]] = {}
            folded = self._folded_allowed
            if folded is None or len(folded) != len(self.entries):
                folded = [[fold_ps(r) for r in e.allowed] for e in self.entries]
            for e, forms in zip(self.entries, folded):
                for f in forms:
                    idx.setdefault(f, []).append(e)
            self._by_rendering = idx
        for e in self._by_rendering.get(fold_ps(rendering), ()):
            if e is not exclude:
                return e.label
        return None


def merge_entries(base: TermEntry, over: TermEntry) -> TermEntry:
    """``base`` overruled by ``over`` (a later, user glossary's entry for the same concept).

    * a rendering ``over`` forbids is forbidden, even if ``base`` allowed it;
    * a rendering ``over`` allows is allowed, even if ``base`` forbade it;
    * when ``over`` lists allowed renderings, they replace ``base``'s allowed list (a client
      glossary says which rendering to use); when it lists only forbidden ones, ``base``'s
      other allowed renderings stay;
    * English variants are pooled; domain and note come from ``over`` when it gives them.
    ``provenance`` records where each part came from, overruled parts included.
    """
    over_allowed = {fold_ps(r) for r in over.allowed}
    over_forbidden = {fold_ps(r) for r in over.forbidden}
    parts = []
    english = list(base.english)
    for part, value, origin in base.parts():
        if part == "english":
            parts.append((part, value, origin))
        elif part == "overridden":
            parts.append((part, value, origin))
        elif part == "allowed" and (fold_ps(value) in over_forbidden or over.allowed):
            if fold_ps(value) not in over_allowed:
                parts.append(("overridden", value, f"allowed in {origin}, "
                              + (f"forbidden by {over.origin}" if fold_ps(value) in over_forbidden
                                 else f"replaced by the allowed renderings of {over.origin}")))
        elif part == "forbidden" and fold_ps(value) in over_allowed:
            parts.append(("overridden", value, f"forbidden in {origin}, allowed by {over.origin}"))
        else:
            parts.append((part, value, origin))
    for v in over.english:
        if v not in english:
            english.append(v)
            parts.append(("english", v, over.origin))
    for kind, values in (("allowed", over.allowed), ("forbidden", over.forbidden)):
        for v in values:
            parts = [p for p in parts if not (p[0] in ("allowed", "forbidden") and fold_ps(p[1]) == fold_ps(v))]
            parts.append((kind, v, over.origin))
    allowed = tuple(v for part, v, _ in parts if part == "allowed")
    forbidden = tuple(v for part, v, _ in parts if part == "forbidden")
    return TermEntry(tuple(english), allowed, forbidden, over.domain or base.domain, over.note or base.note,
                     base.flags | over.flags, over.origin, user=base.user or bool(over.allowed),
                     provenance=tuple(parts))


def _split_cell(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


_HEADER_EN = {"en", "english", "source", "term", "source term", "en-us", "en_us", "en-gb", "eng"}
_HEADER_PS = {"ps", "pashto", "target", "target term", "translation", "ps-af", "ps_af", "pus",
              "allowed", "allowed_ps", "allowed ps"}


def _is_header(row: Sequence[str]) -> bool:
    return len(row) >= 2 and row[0].strip().lower().lstrip("#").strip() in _HEADER_EN \
        and row[1].strip().lower() in _HEADER_PS


def _entry_from_row(row: Sequence[str], where: str, user: bool) -> TermEntry:
    """Build an entry from the cells (en, ps, forbidden, domain, note, flags)."""
    cells = [c.strip() for c in row]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) < 2:
        raise InputError(f"{where}: expected at least 2 columns (en, ps[, forbidden, domain, note, flags]), "
                         f"got {len(cells)}: {list(row)!r}")
    if len(cells) > 6:
        raise InputError(f"{where}: expected at most 6 columns (en, ps, forbidden, domain, note, flags), "
                         f"got {len(cells)}")
    cells += [""] * (6 - len(cells))
    en, allowed, forbidden = _split_cell(cells[0]), _split_cell(cells[1]), _split_cell(cells[2])
    if not en:
        raise InputError(f"{where}: the English column is empty")
    if any(_has_arabic(v) for v in en):
        raise InputError(f"{where}: the English column contains Arabic-script text "
                         f"(columns swapped?): {cells[0]!r}")
    if not allowed and not forbidden:
        raise InputError(f"{where}: no Pashto rendering (allowed or forbidden) for {cells[0]!r}")
    for v in allowed + forbidden:
        if not _has_arabic(v) and not _LATIN_WORD.search(v):
            raise InputError(f"{where}: {v!r} is not a Pashto or Latin-script term")
    flags = frozenset(f.strip().lower() for f in re.split(r"[,\s]+", cells[5]) if f.strip())
    unknown = flags - set(FLAGS)
    if unknown:
        raise InputError(f"{where}: unknown flag(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(FLAGS)})")
    return TermEntry(en, allowed, forbidden, cells[3].lower(), cells[4], flags, where, user)


def _iter_tsv(text: str):
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, line.split("\t")


def _iter_csv(text: str, name: str = "<glossary>"):
    first = next((line for line in text.splitlines() if line.strip()), "")
    # spreadsheet exports in many locales separate by ";" (the Arabic ؛ is another character)
    delimiter = ";" if first.count(";") > first.count(",") else ","
    import csv
    import io
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"{name}: row {reader.line_num}: malformed CSV ({exc})") from None
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        yield reader.line_num, row


def _rows_to_entries(rows, name: str, user: bool, skipped: Optional[list] = None) -> list[TermEntry]:
    """Entries of TSV/CSV rows: the positional layout (en, ps[, forbidden, domain, note,
    flags], optional header; a malformed row is an InputError), or, when the first row names
    its columns some other way (``sourceString,targetString``, ``English,Pashto,Notes``,
    ``source,target,description``, ``en-US,ps-AF`` …), those columns (see
    :func:`_named_columns`; a row that cannot be used is skipped and listed in ``skipped``)."""
    entries = []
    first = True
    columns = None
    for lineno, row in rows:
        if first:
            first = False
            columns = _named_columns(row)
            if columns is not None or _is_header(row):
                continue
        if columns is not None:
            entry = _entry_from_named(row, columns, f"{name}: row {lineno}", user, skipped)
            if entry is not None:
                entries.append(entry)
            continue
        entries.append(_entry_from_row(row, f"{name}: row {lineno}", user))
    return entries


# --- term bases with named columns (CAT-tool, TBX-ish and term-base CSV exports) ------------

def _column_key(cell: str) -> str:
    return re.sub(r"[\s_.\-]+", "", cell.strip().lstrip("\ufeff#").strip().lower())


#: header cell (lowercase, without spaces, ``_``, ``-`` and ``.``) → field of a term entry
_COLUMNS = {
    "en": {"sourcestring", "source", "sourceterm", "sourcetext", "sourcesegment", "src", "term",
           "english", "englishterm", "en", "eng", "enus", "engb"},
    "ps": {"targetstring", "target", "targetterm", "targettext", "targetsegment", "tgt",
           "translation", "pashto", "pashtoterm", "ps", "psaf", "pus", "pbt", "pbu", "allowed", "allowedps"},
    "forbidden": {"forbidden", "forbiddenps", "deprecated", "deprecatedterm", "donotuse", "notallowed"},
    "domain": {"domain", "subject", "subjectfield", "category"},
    "note": {"note", "notes", "description", "definition", "comment", "comments", "context"},
    "flags": {"flags"},
    "source_lang": {"sourcelang", "sourcelanguage", "srclang", "sourcelocale"},
    "target_lang": {"targetlang", "targetlanguage", "tgtlang", "targetlocale"},
    "id": {"id", "stringid", "termid", "entryid", "conceptid", "key"},
}
_FIELD_OF = {key: fld for fld, keys in _COLUMNS.items() for key in keys}
_POSITIONAL = ("forbidden", "domain", "note", "flags")


def _named_columns(row: Sequence[str]) -> Optional[dict[str, int]]:
    """The columns of a header row that is not the positional layout: field → index (the
    first column of each field), or None.  A column named by a language code (``en-US``,
    ``ps_AF``, ``pus``) is that language's."""
    if len(row) < 2:
        return None
    fields = []
    for cell in row:
        fld = _FIELD_OF.get(_column_key(cell))
        if fld is None and cell.strip():
            fld = _lang_group(cell)
        fields.append(fld)
    if "en" not in fields or "ps" not in fields:
        return None
    if fields[0] == "en" and fields[1] == "ps" and \
            all(f == p for f, p in zip(fields[2:], _POSITIONAL)) and len(fields) <= 6:
        return None                    # en, ps[, forbidden, domain, note, flags]: positional
    columns: dict[str, int] = {}
    for i, fld in enumerate(fields):
        if fld is not None:
            columns.setdefault(fld, i)
    return columns


def _entry_from_named(row: Sequence[str], columns: dict[str, int], where: str, user: bool,
                      skipped: Optional[list]) -> Optional[TermEntry]:
    """The entry of one row of a named-column term base, or None (the reason appended to
    ``skipped``) for a row that is not English→Pashto or cannot be used."""
    def cell(fld: str) -> str:
        i = columns.get(fld)
        return row[i].strip() if i is not None and i < len(row) else ""

    if cell("id"):
        where = f"{where} (id {cell('id')})"
    en, ps = "en", "ps"
    langs = (_lang_group(cell("source_lang")) if cell("source_lang") else "en",
             _lang_group(cell("target_lang")) if cell("target_lang") else "ps")
    reason = None
    if langs == ("ps", "en"):
        en, ps = "ps", "en"            # a Pashto→English row of the same term base
    elif langs != ("en", "ps"):
        reason = f"not English→Pashto ({cell('source_lang') or '?'}→{cell('target_lang') or '?'})"
    if reason is None and not cell(en):
        reason = "no English term"
    elif reason is None and not cell(ps) and not cell("forbidden"):
        reason = "no Pashto term"
    if reason is None:
        try:
            return _entry_from_row([cell(en), cell(ps), cell("forbidden"), cell("domain"), cell("note"),
                                    cell("flags")], where, user)
        except InputError as exc:
            reason = str(exc)[len(where) + 2:] if str(exc).startswith(where) else str(exc)
    if skipped is not None:
        skipped.append(f"{where}: {reason}")
    return None


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DEPRECATED = ("deprecated", "superseded", "forbidden", "rejected", "obsolete")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lang_group(code: str) -> Optional[str]:
    code = code.strip().lower().replace("_", "-")
    if code == "en" or code.startswith("en-") or code == "eng":
        return "en"
    if code == "ps" or code.startswith("ps-") or code in ("pus", "pbt", "pbu"):
        return "ps"
    return None


def _tbx_entries(text: str, name: str, user: bool) -> list[TermEntry]:
    """Entries of a TBX file (TBX v2 ``termEntry/langSet/tig|ntig`` or TBX v3 / TBX-Basic
    ``conceptEntry|termEntry / langSec / termSec``).  A Pashto term whose
    ``administrativeStatus`` / ``normativeAuthorization`` is deprecated (or superseded)
    becomes a forbidden rendering; other statuses (preferred, admitted, …) are allowed.
    Entries without both an English and a Pashto term are not about this language pair
    and are skipped."""
    import xml.etree.ElementTree as ET          # a TBX glossary only: not on every run
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise InputError(f"{name}: row {line}: not well-formed XML ({exc})") from None
    if _local(root.tag).lower() not in ("martif", "tbx"):
        raise InputError(f"{name}: not a TBX file (root element <{_local(root.tag)}>)")
    entries = []
    n = 0
    for node in root.iter():
        if _local(node.tag) not in ("termEntry", "conceptEntry"):
            continue
        n += 1
        where = f"{name}: row {n} (entry {node.get('id') or n})"
        terms = {"en": [], "ps": []}
        domain = ""
        note = ""
        for child in node.iter():
            tag = _local(child.tag)
            if tag == "descrip" and (child.get("type") or "").lower() in ("subjectfield", "subject field"):
                domain = (child.text or "").strip()
            elif tag == "descrip" and (child.get("type") or "").lower() == "definition":
                note = (child.text or "").strip()
        for sec in node:
            if _local(sec.tag) not in ("langSet", "langSec"):
                continue
            lang = _lang_group(sec.get(_XML_LANG) or sec.get("lang") or "")
            if lang is None:
                continue
            for grp in sec.iter():
                if _local(grp.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term_el = next((t for t in grp.iter() if _local(t.tag) == "term"), None)
                if term_el is None:
                    continue
                term = "".join(term_el.itertext()).strip()
                if not term:
                    raise InputError(f"{where}: empty <term> in the {lang} section")
                status = ""
                for tn in grp.iter():
                    if _local(tn.tag) in ("termNote", "descrip") and (tn.get("type") or "") in (
                            "administrativeStatus", "normativeAuthorization"):
                        status = (tn.text or "").strip().lower()
                terms[lang].append((term, any(d in status for d in _DEPRECATED)))
        if not terms["en"] or not terms["ps"]:
            continue
        en = tuple(t for t, _ in terms["en"])
        allowed = tuple(t for t, dep in terms["ps"] if not dep)
        forbidden = tuple(t for t, dep in terms["ps"] if dep)
        row = ["|".join(en), "|".join(allowed), "|".join(forbidden), domain.replace("\t", " "), note.replace("\t", " ")]
        entries.append(_entry_from_row(row, where, user))
    return entries


def parse_glossary(text: str, fmt: str, name: str = "<glossary>", user: bool = True) -> Glossary:
    """Parse glossary ``text`` in format ``fmt`` ("tsv", "csv" or "tbx")."""
    text = text.lstrip("\ufeff")
    skipped: list[str] = []
    if fmt == "tbx":
        entries = _tbx_entries(text, name, user)
    elif fmt == "csv":
        entries = _rows_to_entries(_iter_csv(text, name), name, user, skipped)
    elif fmt == "tsv":
        entries = _rows_to_entries(_iter_tsv(text), name, user, skipped)
    else:
        raise InputError(f"{name}: unknown glossary format {fmt!r} (use .tsv, .csv or .tbx)")
    if not entries and skipped:
        raise InputError(f"{name}: no usable English→Pashto entry ({len(skipped)} row(s) skipped; "
                         f"first: {skipped[0][len(name) + 2:]})")
    return Glossary(entries, [name], skipped)


def _guess_format(path: Path, text: str) -> str:
    ext = path.suffix.lower()
    if ext in (".tbx", ".xml"):
        return "tbx"
    if ext == ".csv":
        return "csv"
    if ext in (".tsv", ".tab"):
        return "tsv"
    head = text.lstrip("\ufeff").lstrip()
    if head.startswith("<"):
        return "tbx"
    return "tsv" if "\t" in head.split("\n", 1)[0] else "csv"


def load_glossary(path, user: bool = True) -> Glossary:
    """Load a glossary file (TSV, CSV or TBX, by extension or content).

    TSV / CSV columns: ``en``, ``ps`` (allowed renderings), optional ``forbidden``,
    ``domain``, ``note``, ``flags``; several variants in one cell are separated by ``|``;
    a header row is optional.  Malformed rows raise :class:`InputError` naming the file
    and the row.
    """
    p = Path(path)
    try:
        from ..text.reading import read_bytes_checked      # regular files only, size-limited
        raw = read_bytes_checked(p, what="glossary")
    except OSError as exc:
        raise InputError(f"{p}: cannot read glossary ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: glossary is not UTF-8 (byte {exc.start})") from None
    return parse_glossary(text, _guess_format(p, text), str(p), user)


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The shipped English–Pashto term base and names list (``data/terms_en_ps.tsv`` and
    ``data/names_en_ps.tsv``), loaded once (from the disk cache of :func:`_cached_default`
    when it holds them)."""
    texts = [data_path(name).read_text(encoding="utf-8") for name in DEFAULT_FILES]
    return _cached_default(texts, lambda: _parse_default(texts))


def _parse_default(texts: Sequence[str]) -> Glossary:
    g = Glossary([], [])
    for name, text in zip(DEFAULT_FILES, texts):
        g = g + parse_glossary(text, "tsv", name, user=False)
    return g


# --- the parsed shipped glossary and its matcher, cached on disk ------------------------------
# Parsing the two files and building the matcher (~5,000 patterns) is ~40 ms of every run; the
# same entries and patterns read back with ``marshal`` (plain tuples, lists and str only: no
# pickle, nothing executable) take ~12 ms.  Two tables derived from them are kept too (format 2):
# each entry's allowed renderings folded (the index of :meth:`Glossary.meaning_of`: 3,600 folds
# when a forbidden rendering is first glossed) and the two-word heads of :meth:`TermMatcher.
# _two_word_heads` (a pass over every pattern at the first Pashto sentence).  Format 3 keeps the
# patterns of each table key marshalled apart, built at the key's first lookup (:class:`_LazyPatterns`).
# The file lives in the user's cache folder
# (ALIGNER_CACHE_DIR, else ~/.cache/aligner), is keyed by the sha256 of the data files and of
# the code that parses and matches (this module, text/normalize, text/inflect, text/tokens),
# the package and Python versions, and is used only when it is the user's own, not writable by
# others, and holds exactly that key; any error means: parse the files (and rewrite it).
_DISK_FORMAT = 3
_DISK_NAME = "glossary.marshal"
_PATTERN_TABLES = ("_en", "_ps", "_ps_prefix", "_ps_joined", "_latin")


def code_key(head: str, modules: Sequence[Path], texts: Sequence[str]) -> str:
    """The key of tables parsed from data and cached on disk (the shipped glossary here, the term
    classes in checks/terminology.py): the sha256 of ``head`` (the cache's name and format), the
    package and Python versions, the code that parses and matches (``modules``, then
    text/normalize, text/inflect and text/tokens) and the data ``texts``."""
    import hashlib
    import sys

    from .. import __version__
    h = hashlib.sha256(f"{head}|{__version__}|{sys.version}".encode())
    text_dir = Path(__file__).resolve().parent.parent / "text"
    for code in (*modules, text_dir / "normalize.py", text_dir / "inflect.py", text_dir / "tokens.py"):
        h.update(code.read_bytes())
    for text in texts:
        h.update(b"\0" + text.encode("utf-8"))
    return h.hexdigest()


def cached_on_disk(name: str, key, parse, read, write):
    """``parse()``, or what ``read(path, key())`` gives back from the file ``name`` of the cache
    folder (None: missing, stale or damaged), which ``write(path, key, value)`` fills when it
    lacked it.  A cache folder that cannot be used: ``parse()``."""
    from .data import cache_dir
    try:
        path, k = cache_dir() / name, key()
    except (OSError, ValueError):
        return parse()
    got = read(path, k)
    if got is None:
        got = parse()
        write(path, k, got)
    return got


def _disk_key(texts: Sequence[str]) -> str:
    return code_key(f"{_DISK_NAME}|{_DISK_FORMAT}|{DEFAULT_FILES}", (Path(__file__),), texts)


def _cached_default(texts: Sequence[str], parse) -> Glossary:
    """``parse()`` (the shipped glossary, its matcher built), or the same read from disk."""
    return cached_on_disk(_DISK_NAME, lambda: _disk_key(texts), parse, _read_disk, _write_disk)


def _read_disk(path: Path, key: str) -> Optional[Glossary]:
    import marshal
    from ..output import read_private
    try:
        data = read_private(path)
        if data is None:
            return None
        stored_key, sources, rows, tables, folded, heads = marshal.loads(data)
        if stored_key != key:
            return None
        entries = [TermEntry(tuple(en), tuple(al), tuple(fb), str(dom), str(note), frozenset(flags), str(origin),
                             bool(user)) for en, al, fb, dom, note, flags, origin, user in rows]
        m = matcher_from_tables(entries, tables, heads)
        if not all(isinstance(x, str) for e in entries for x in (*e.english, *e.allowed, *e.forbidden)) \
                or len(folded) != len(entries):
            return None
        g = Glossary(entries, [str(s) for s in sources])
        g._folded_allowed = [list(f) for f in folded]
    except Exception:           # missing, unreadable, another format, tampered with: parse again
        return None
    g._matcher = m
    return g


def matcher_from_tables(entries: Sequence[TermEntry], tables, heads) -> TermMatcher:
    """A :class:`TermMatcher` over ``entries`` from what :func:`matcher_tables` gave (read back
    with ``marshal``): each table key's patterns are built at its first lookup."""
    m = TermMatcher([])
    en_rows, *ps_tables = tables

    def en_patterns(pats):
        return [_EnPattern(entries[i], form, tuple(keys), tuple(case), bool(cap))
                for i, form, keys, case, cap in pats]

    def ps_patterns(pats):
        return [_PsPattern(entries[i], kind, form, tuple(words), tuple(stems), mode)
                for i, kind, form, words, stems, mode in pats]
    m._en = _LazyPatterns(dict(en_rows), en_patterns)
    for name, table in zip(_PATTERN_TABLES[1:], ps_tables, strict=True):
        setattr(m, name, _LazyPatterns(dict(table), ps_patterns))
    m._long_heads = {str(h): tuple(stems) for h, stems in heads}
    return m


def matcher_tables(m: TermMatcher, index: dict) -> tuple[list, list]:
    """The pattern tables of ``m`` (each key's patterns marshalled apart, entries by their
    number in ``index``: ``id(entry)`` → number) and its two-word heads, for
    :func:`matcher_from_tables`."""
    tables = [[(k, marshal.dumps([(index[id(p.entry)], p.form, p.keys, p.case, p.capital) for p in pats]))
               for k, pats in m._en.items()]]
    for name in _PATTERN_TABLES[1:]:
        tables.append([(k, marshal.dumps([(index[id(p.entry)], p.kind, p.form, p.words, p.stems, p.mode)
                                          for p in pats]))
                       for k, pats in getattr(m, name).items()])
    return tables, list(m._two_word_heads().items())


class _LazyPatterns(Mapping):
    """A pattern table of :class:`TermMatcher` read from the disk cache (key → the marshalled
    patterns): a key's patterns are built at its first lookup, then kept.  The seed pair looks
    up ~1,900 keys, ~130 of them in the tables, for ~400 of the ~6,400 patterns (building them
    all, ~15 ms, was most of reading the cache); iterating builds them all."""
    __slots__ = ("_raw", "_built", "_make")

    def __init__(self, raw: dict, make):
        self._raw, self._built, self._make = raw, {}, make

    def get(self, key, default=None):
        got = self._built.get(key)
        if got is None:
            blob = self._raw.get(key)
            if blob is None:
                return default
            got = self._built[key] = self._make(marshal.loads(blob))
        return got

    def __getitem__(self, key):
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key) -> bool:
        return key in self._raw

    def __iter__(self):
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _write_disk(path: Path, key: str, g: Glossary) -> None:
    import marshal
    from ..output import atomic_write
    index = {id(e): i for i, e in enumerate(g.entries)}
    if len(index) != len(g.entries) or g.skipped or any(e.provenance for e in g.entries):
        return
    rows = [(e.english, e.allowed, e.forbidden, e.domain, e.note, tuple(sorted(e.flags)), e.origin, e.user)
            for e in g.entries]
    try:
        tables, heads = matcher_tables(g.matcher, index)                 # (heads: _scan_ps's table)
        folded = [[fold_ps(r) for r in e.allowed] for e in g.entries]     # meaning_of's index
        data = marshal.dumps((key, g.sources, rows, tables, folded, heads))
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data, private=True)
    except (OSError, ValueError):
        pass                    # a read-only or unusable cache folder: parse every time


def _stamp(path) -> tuple:
    try:
        st = os.stat(path)
        return (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), None, None)


@lru_cache(maxsize=16)
def _combined(stamps: tuple) -> Glossary:
    g = default_glossary()
    for path, _, _ in stamps:
        g = g.overlay(load_glossary(path))        # a user glossary wins, entry by entry
    return g


def get_glossary(paths: Optional[Sequence] = None) -> Glossary:
    """The shipped term base overlaid by the user glossaries at ``paths``, in order, each
    winning over what came before it entry by entry (cached per file state)."""
    if not paths:
        return default_glossary()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _combined(tuple(_stamp(p) for p in paths))


def lookup_entries(word: str, paths: Optional[Sequence] = None) -> list[TermEntry]:
    """The effective entries (see :func:`get_glossary`) whose English variants share a key
    with ``word`` (case- and plural-insensitive) or whose Pashto renderings include it
    (folded), allowed, forbidden or overridden."""
    g = get_glossary(paths)
    key = tuple(en_key(w) for w in _EN_TOKEN.findall(word))
    folded = fold_ps(word.strip())
    out = []
    for e in g.entries:
        if (key and key in e.concept_keys()) or (_has_arabic(word) and any(
                part != "english" and fold_ps(value) == folded for part, value, _ in e.parts())):
            out.append(e)
    return out


def find_terms(text: str, lang: str, glossary: Optional[Glossary] = None) -> list[TermMatch]:
    """Term occurrences in ``text`` (``lang`` "en" or "ps"), with original-text offsets."""
    return (glossary or default_glossary()).find(text, lang)
