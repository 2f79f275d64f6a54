"""Named entities: every English name needs a counterpart in the Pashto sentence.

Names are taken from the English side:

* names of the term base (rows of domain ``geo`` / ``org``: countries, capitals, regions,
  organisations — ``EU`` ↔ اروپايي اتحادیه) and of the user's glossaries;
* acronyms (``CBAM``, ``NATO``, ``COVID-19``, plural ``AMs``);
* runs of capitalised words that are not titles, institution words, calendar words or
  headline function words (``aligner/lang/data/en_not_names.txt``).  A capitalised word at
  the start of a sentence, after a colon or an opening quote, or in a Title-Case headline,
  is only taken when the same document also writes it capitalised in mid-sentence and never
  in lower case — otherwise it may be an ordinary word.  A name made only of ordinary words
  (*Eastern Hope*, *the Belt and Road*) is taken as translated and needs no counterpart.

A name has a counterpart in the Pashto sentence when one of its renderings from the
glossary is there, when it is copied in Latin script (``CBAM``, ``EU``), when an acronym is
spelled out by letter names (بي بي سي), or when a Pashto word or run of words renders one of
its words by sound (:mod:`aligner.lang.translit`: بیکټونوف ~ Bektonov).

Codes:

* ``ENTITY-MISMATCH`` (error): no counterpart, and the Pashto sentence renders instead
  another name of the same document that the English sentence does not mention (a swapped
  name: Bektonov ↔ لیو).
* ``ENTITY-MISSING`` (warning): no counterpart at all.

When in doubt the check stays silent: its false-alarm rate is measured on NTREX-128.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ..lang.data import load_wordset
from ..lang.glossary import PS_LETTER, Glossary, TermEntry, fold_ps, get_glossary
from ..lang.translit import (MATCH_THRESHOLD, STRONG_THRESHOLD, best_match, consonant_weight,
                             latin_units)
from ..text.normalize import normalize
from .base import Check, CheckContext, Pair, register

NOT_NAMES = "en_not_names.txt"

#: English word tokens: dotted acronyms (U.S.), words with inner apostrophes and hyphens.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*")
_PS_TOKEN = re.compile(f"[{PS_LETTER}]+|[A-Za-z][A-Za-z0-9]*")
#: What may stand between two words of one name.
_NAME_GAP = re.compile(r"[ \u00a0]")
#: Text before a token that makes it "sentence-initial like" (its capital says nothing).
_INITIAL_BEFORE = re.compile(r"(?:^|[.!?:;\u2014\u2013|…]|\s-)\s*[\"'“”‘’«(\[]*\s*$")
_OPEN_QUOTE = re.compile(r"[\"“‘«(\[]\s*$")

#: Endings of English common words that are capitalised in names but translated.
_COMMON_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ive", "ives", "ous",
                   "ship", "hood", "ical", "ance", "ists", "ency")

#: English letter names, spelled phonetically, to recognise acronyms spelled out in Pashto.
_LETTER_NAMES = {
    "A": "ei", "B": "bi", "C": "si", "D": "di", "E": "i", "F": "ef", "G": "ji", "H": "eich",
    "I": "ai", "J": "jei", "K": "kei", "L": "el", "M": "em", "N": "en", "O": "o", "P": "pi",
    "Q": "kiu", "R": "ar", "S": "es", "T": "ti", "U": "yu", "V": "vi", "W": "dabliu",
    "X": "eks", "Y": "wai", "Z": "zed",
}

#: A name word needs this much sound skeleton before its absence is reported.
_MIN_WEIGHT = 2.0
#: ... and this much before a Pashto word is said to render it instead of the right name.
_MIN_WEIGHT_MISMATCH = 3.0


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return load_wordset(NOT_NAMES)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    try:
        return load_wordset("abbreviations_en.txt")
    except FileNotFoundError:          # pragma: no cover - the file ships with the package
        return frozenset()


@dataclass
class Mention:
    """A name in the English text of a bead."""
    start: int
    end: int
    text: str
    kind: str                        # "glossary" | "acronym" | "name"
    words: tuple[str, ...]           # the words to look for by sound / in Latin script
    entry: Optional[TermEntry] = None

    @property
    def key(self) -> str:
        return " ".join(w.lower() for w in self.words) or self.text.lower()


@dataclass
class DocNames:
    """What the whole English document says about its words."""
    lower: set = field(default_factory=set)        # words written in lower case somewhere
    cap_mid: set = field(default_factory=set)      # words capitalised in mid-sentence


def _strip_possessive(tok: str) -> str:
    for suf in ("'s", "’s", "'", "’"):
        if tok.endswith(suf) and len(tok) > len(suf) + 1:
            return tok[: -len(suf)]
    return tok


def _is_acronym(tok: str) -> bool:
    core = tok.replace(".", "").split("-")[0]
    if core.endswith("s") and core[:-1].isupper():
        core = core[:-1]
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _acronym_core(tok: str) -> str:
    core = tok.replace(".", "").split("-")[0]
    if core.endswith("s") and len(core) > 2 and core[:-1].isupper():
        core = core[:-1]
    return core


def _looks_common(word: str) -> bool:
    w = word.lower()
    return w in _not_names() or (len(w) > 6 and w.endswith(_COMMON_ENDINGS))


def _sentence_starts(side) -> set[int]:
    return {s.start - side.offset for s in side.sentences}


def _is_headline(text: str) -> bool:
    words = [t for t in re.findall(r"[A-Za-z]+", text) if len(t) >= 4]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.6


def _initial_like(text: str, start: int, starts: set[int], prev_tok: Optional[str]) -> bool:
    if start in starts:
        return True
    before = text[max(0, start - 12):start]
    if _INITIAL_BEFORE.search(before) or not text[:start].strip():
        if prev_tok and before.rstrip(" \"'“”‘’«([").endswith(".") \
                and prev_tok.lower().rstrip(".") in _abbreviations():
            return False                  # "Mr. Adams", "St. Martin's"
        return True
    return False


def document_names(texts: Iterable[tuple[str, set[int]]]) -> DocNames:
    """Collect lower-case words and mid-sentence capitalised words of a document."""
    dn = DocNames()
    for text, starts in texts:
        head = _is_headline(text)
        prev = None
        for m in _TOKEN.finditer(text):
            tok = _strip_possessive(m.group())
            if tok[0].islower():
                dn.lower.add(tok.lower())
            elif tok[0].isupper() and not head and not _initial_like(text, m.start(), starts, prev):
                dn.cap_mid.add(tok.lower())
            prev = m.group()
    return dn


def extract_names(text: str, glossary: Glossary, doc: Optional[DocNames] = None,
                  starts: Optional[set[int]] = None) -> list[Mention]:
    """The names of an English text (see the module docstring for the rules)."""
    starts = starts if starts is not None else {0}
    doc = doc or document_names([(text, starts)])
    mentions: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for m in glossary.matcher.find_en(text):
        if m.entry.is_name or (m.entry.user and any(c.isupper() for c in m.form)):
            mentions.append(Mention(m.start, m.end, m.text, "glossary",
                                    tuple(w for w in re.findall(r"[A-Za-z]+", m.text)
                                          if not _looks_common(w)), m.entry))
            covered.append((m.start, m.end))
    head = _is_headline(text)
    shouting = sum(c.isupper() for c in text) > 0.5 * max(1, sum(c.isalpha() for c in text))
    run: list[tuple[int, int, str]] = []

    def flush():
        if run:
            s, e = run[0][0], run[-1][1]
            mentions.append(Mention(s, e, text[s:e], "name", tuple(w for _, _, w in run)))
            run.clear()

    prev_tok = None
    prev_end = -1
    for m in _TOKEN.finditer(text):
        s, e, raw = m.start(), m.end(), m.group()
        tok = _strip_possessive(raw)
        inside = any(a <= s < b for a, b in covered)
        gap_ok = prev_end >= 0 and _NAME_GAP.fullmatch(text[prev_end:s] or "x") is not None
        if not gap_ok:
            flush()
        if inside or not tok[0].isalpha():
            flush()
        elif _is_acronym(tok) and not shouting:
            flush()
            core = _acronym_core(tok)
            if core.lower() not in _not_names() and not re.fullmatch(r"[IVXLC]+", core):
                mentions.append(Mention(s, s + len(tok), tok, "acronym", (core,)))
        elif tok[0].isupper() and not shouting:
            parts = [p for p in tok.split("-") if p]
            name_parts = [p for p in parts if p[0].isupper() and not _looks_common(p)
                          and p.lower() not in doc.lower]
            if name_parts and (not (head or _initial_like(text, s, starts, prev_tok))
                               or all(p.lower() in doc.cap_mid for p in name_parts)):
                run.extend((s, s + len(tok), p) for p in name_parts)
            else:
                flush()
        else:
            flush()
        prev_tok, prev_end = raw, e
    flush()
    mentions.sort(key=lambda x: x.start)
    return mentions


class _Target:
    """The Pashto side of a bead, tokenised once for all lookups."""

    def __init__(self, text: str):
        self.text = text
        self.nt = normalize(text)
        folded = self.nt.text
        self.toks = [(m.start(), m.end(), m.group()) for m in _PS_TOKEN.finditer(folded)]
        self.ps = [(i, fold_ps(t)) for i, (_, _, t) in enumerate(self.toks) if not t[0].isascii()]
        self.ps_words = [w for _, w in self.ps]
        self.latin = {t.lower() for _, _, t in self.toks if t[0].isascii()}
        self.latin_raw = {t for _, _, t in self.toks if t[0].isascii()}

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of Pashto-word indices ``first..last`` (into ``self.ps``)."""
        a = self.toks[self.ps[first][0]][0]
        b = self.toks[self.ps[last][0]][1]
        return self.nt.to_original(a, b)


def _word_variants(word: str) -> list[str]:
    """A name word and the stems of its demonym / possessive forms."""
    out = [word]
    w = word
    for suf, rep in (("ians", "ia"), ("ian", "ia"), ("eans", "e"), ("ean", "e"), ("ese", ""),
                     ("ish", ""), ("ans", "a"), ("an", "a"), ("i", ""), ("s", "")):
        if w.lower().endswith(suf) and len(w) - len(suf) >= 3:
            out.append(w[: len(w) - len(suf)] + rep)
    return out


def _sound_match(word: str, target: _Target) -> Optional[tuple[float, int, int]]:
    best = None
    for v in _word_variants(word):
        m = best_match(v, target.ps_words)
        if m and (best is None or m.score > best[0]):
            best = (m.score, m.first, m.last)
    return best


def find_counterpart(mention: Mention, target: _Target, glossary: Glossary) -> bool:
    """Whether the Pashto side has a counterpart of ``mention``."""
    if mention.entry is not None:
        if glossary.matcher.find_ps(target.text, entries=[mention.entry]):
            return True
    if mention.kind == "acronym":
        core = mention.words[0]
        if core in target.latin_raw or core.lower() in target.latin or \
                (core + "s") in target.latin_raw:
            return True
        spelled = "".join(_LETTER_NAMES.get(c, "") for c in core.upper() if c.isalpha())
        for cand in (spelled, core.lower()):
            m = best_match(cand, target.ps_words, max_join=max(3, len(core)))
            if m and m.score >= MATCH_THRESHOLD:
                return True
        return False
    for w in mention.words or re.findall(r"[A-Za-z]+", mention.text):
        if w.lower() in target.latin:
            return True
        m = _sound_match(w, target)
        if m and m[0] >= MATCH_THRESHOLD:
            return True
    return False


def _reportable(mention: Mention) -> bool:
    """Whether a missing counterpart of ``mention`` is worth a finding."""
    if mention.kind == "acronym":
        return len(mention.words[0]) >= 2
    if mention.kind == "glossary":
        return True
    return any(consonant_weight(w) >= _MIN_WEIGHT for w in mention.words)


@register
class EntityCheck(Check):
    code = "ENTITY"
    category = "entity"
    severity = "warning"
    description = "Names of the English text without a counterpart in the Pashto translation"
    codes = {
        "ENTITY-MISSING": ("entity", "warning",
                           "a name of the English sentence has no counterpart in the Pashto sentence"),
        "ENTITY-MISMATCH": ("entity", "error",
                            "the Pashto sentence renders a different name of the document instead"),
    }

    def run(self, ctx: CheckContext) -> Iterable:
        glossary = get_glossary(ctx.config.get("glossaries"))
        pairs = [p for p in ctx.pairs if p.source.sentences and p.target.sentences]
        starts = {p.index: _sentence_starts(p.source) for p in pairs}
        doc = document_names((p.source.text, starts[p.index]) for p in ctx.pairs if p.source.sentences)
        per_pair = {p.index: extract_names(p.source.text, glossary, doc, starts[p.index]) for p in pairs}
        # every name of the document, by key, for ENTITY-MISMATCH
        all_names: dict[str, Mention] = {}
        for ms in per_pair.values():
            for m in ms:
                if m.kind == "name" and any(consonant_weight(w) >= _MIN_WEIGHT_MISMATCH for w in m.words):
                    all_names.setdefault(m.key, m)
        for p in pairs:
            mentions = per_pair[p.index]
            if not mentions:
                continue
            target = _Target(p.target.text)
            for f in self._check(p, mentions, target, glossary, all_names):
                f.bead = p.index
                yield f

    def _check(self, pair: Pair, mentions: list[Mention], target: _Target, glossary: Glossary,
               all_names: dict[str, Mention]):
        missing = [m for m in mentions if not find_counterpart(m, target, glossary)]
        if not missing:
            return
        here_words = {w.lower() for m in mentions for w in m.words}
        # Pashto words that render names of this sentence are not evidence of a swap
        claimed: set[int] = set()
        for m in mentions:
            if m in missing:
                continue
            for w in m.words:
                sm = _sound_match(w, target)
                if sm and sm[0] >= MATCH_THRESHOLD:
                    claimed.update(range(sm[1], sm[2] + 1))
        for m in missing:
            if not _reportable(m):
                continue
            other = None
            if m.kind == "name":
                other = self._swapped(m, target, all_names, here_words, claimed)
            src = pair.source.span(m.start, m.end)
            if other is not None:
                name, (a, b) = other
                yield self.finding(
                    f"English name '{m.text}' is not rendered; the Pashto has "
                    f"'{pair.target.text[a:b]}', which renders '{name}', another name of the document",
                    code="ENTITY-MISMATCH", source=src, target=pair.target.span(a, b),
                    source_value=m.text, target_value=name)
            else:
                what = {"acronym": "acronym", "glossary": "name"}.get(m.kind, "name")
                hint = ""
                if m.entry is not None and m.entry.allowed:
                    hint = f" (expected e.g. {m.entry.allowed[0]})"
                yield self.finding(
                    f"English {what} '{m.text}' has no counterpart in the Pashto sentence{hint}",
                    code="ENTITY-MISSING", source=src, source_value=m.text)

    @staticmethod
    def _swapped(m: Mention, target: _Target, all_names: dict[str, Mention], here: set[str],
                 claimed: set[int]):
        best = None
        for key, other in all_names.items():
            if any(w.lower() in here for w in other.words):
                continue
            for w in other.words:
                if consonant_weight(w) < _MIN_WEIGHT_MISMATCH or not latin_units(w):
                    continue
                sm = _sound_match(w, target)
                if not sm or sm[0] < STRONG_THRESHOLD:
                    continue
                if any(i in claimed for i in range(sm[1], sm[2] + 1)):
                    continue
                if best is None or sm[0] > best[0]:
                    best = (sm[0], other.text, target.span(sm[1], sm[2]))
        return None if best is None else (best[1], best[2])
