"""FMT-*: format hygiene (info or warning).

Brackets and quotes, URLs and e-mails, a number written in two digit scripts, a
question that lost its question mark, doubled function words, and invisible
direction marks.

Doubled words.  Pashto reduplicates open-class words on purpose: nouns, adjectives, adverbs and
numerals are doubled for a distributive, iterative or intensive sense (ورو ورو "slowly", کله کله
"sometimes", بېل بېل "separately", ځای ځای "here and there", یو یو "one by one", لوی لوی "big
ones").  So a word written twice is reported only when it is a closed-class word whose doubling
is never grammatical: a preposition or postposition, a conjunction, a clitic, an auxiliary
(``function_words.tsv``: د د، په په، چې چې، کوي کوي), and not one of the grammatical doublings of
``reduplication_ps.tsv`` (د دې سره سره "despite this"; له … نه نه, the postposition before the
negator; د د باندې, the second د beginning دباندې "outside" written apart).  A doubled
one-letter particle (د د) and a word that is also another word (ته "to" / "you": هغه ته ته ووایه)
are reported with a lower ``strength``.  The two words must be adjacent in what the reader sees: a placeholder between them
(masked from the matching text) is filled with a value, so "د {{SITENAME}} د ګڼون" and
"په $2 په $3 بجو" are no doubling, while markup that shows nothing (a wiki link's target, a
wrapper's braces) leaves the doubling visible.

URLs.  A link localized to the translation's language (``en.wikipedia.org`` →
``ps.wikipedia.org``, ``/en/`` → ``/ps/``, ``lang=en`` → ``lang=ps``) is the same link, and so is
one with or without the slash closing its path (``…/pubmed/`` ↔ ``…/pubmed``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..lang.data import iter_rows
from ..text import fold
from ..text.lazyre import lazy
from .base import Check, PairCheck, register
from .placeholders import find_placeholders

_URL_OR_MAIL = re.compile(r"(?:https?://|www\.)[^\s()<>\"'«»]+[^\s()<>\"'«».,;:!?،۔؟]|[\w.+-]+@[\w-]+\.[\w.]*\w")
_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_BIDI = re.compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}


@lru_cache(maxsize=1)
def _function_words():
    """Closed-class words whose doubling is a slip, per language, minus the grammatical
    doublings of ``reduplication_ps.tsv``."""
    out = {"en": set(), "ps": set()}
    for row in iter_rows("function_words.tsv", 2):
        out[row[0]].add(fold(row[1]))
    out["ps"] -= {fold(row[0]) for row in iter_rows("reduplication_ps.tsv", 1) if len(row) < 3}
    return out


@lru_cache(maxsize=1)
def _joined_after() -> dict:
    """{word: next words}: rows of ``reduplication_ps.tsv`` with a third column, a word whose
    second copy begins a word written apart (د د باندې = د دباندې "of outside")."""
    return {fold(row[0]): frozenset(fold(x) for x in row[2].split())
            for row in iter_rows("reduplication_ps.tsv", 1) if len(row) >= 3}


@lru_cache(maxsize=1)
def _homographs() -> frozenset:
    """Function words that are also another word (``function_words.tsv``, third column
    ``homograph``): two copies can be two words in a row (هغه ته ته ووایه)."""
    return frozenset(fold(row[1]) for row in iter_rows("function_words.tsv", 2)
                     if len(row) >= 3 and row[2] == "homograph")


#: strength of a doubled word that may be two words in a row (a homograph), and of a doubled
#: one-letter particle (د د: a slip the reader corrects at once, or an unlisted word written apart)
HOMOGRAPH_STRENGTH = 0.5
ONE_LETTER_STRENGTH = 0.8


def doubled_strength(word: str) -> float:
    """How sure a doubled ``word`` is a slip (:attr:`Finding.strength`)."""
    w = fold(word)
    if w in _homographs():
        return HOMOGRAPH_STRENGTH
    return ONE_LETTER_STRENGTH if len(w) == 1 else 1.0


def doubled_slip(word: str, lang: str = "ps") -> bool:
    """Is ``word`` written twice a slip (a doubled function word), rather than a reduplication?"""
    return fold(word) in _function_words()["ps" if lang == "ps" else "en"]


#: the opening of a MediaWiki/ICU-style wrapper ({{PLURAL:$1|, {{GENDER:$2|): it shows nothing,
#: its variable chooses a form
_WRAPPER_OPEN = lazy(r"\{\{\s*[^{}|:$]+:\s*\$?\w*\s*\|")


def _value_between(original: str, syntaxes: Callable[[], tuple]) -> bool:
    """Whether a placeholder (a value filled in when the text is shown) stands in ``original``,
    the text that spans two words, so that the words are not adjacent on screen; ``syntaxes()``
    gives the placeholder syntaxes to look for."""
    if not re.search(r"[^\w\s]", original):
        return False                        # two words and spaces: nothing between
    rest = _WRAPPER_OPEN.sub(" ", original)
    return any(c.kind == "placeholder" for c in find_placeholders(rest, syntaxes()))


def _url_key(url: str, langs: tuple[str, ...]) -> str:
    """``url`` lower-cased with a language code of ``langs`` as a host label or a path or
    query value replaced by ``*``: the same link in another language edition; without a slash
    closing its path (``…/pubmed/`` and ``…/pubmed`` are the same page)."""
    u = url.lower()
    for lang in langs:
        u = re.sub(rf"(?<=//){lang}(?=[.-])|(?<=[/=]){lang}(?=[/&#]|$)", "*", u)
    return re.sub(r"(?<=[^/])/+(?=[?#]|$)", "", u)


def _script(ch: str) -> str:
    if "0" <= ch <= "9":
        return "ASCII"
    if "\u0660" <= ch <= "\u0669":
        return "Arabic-Indic"
    return "Extended Arabic-Indic"


@register
class FormatCheck(PairCheck):
    code = "FMT-BRACKETS"
    category = "format"
    severity = "info"
    description = "Brackets, quotes, URLs, digit scripts, question marks, doubled words."
    codes = {
        "FMT-BRACKETS": ("format", "info", "brackets differ between the two sides or are unbalanced"),
        "FMT-URL": ("format", "warning", "a URL or e-mail of the source is missing or changed"),
        "FMT-DIGIT-SCRIPT": ("format", "warning", "one number written in two digit scripts"),
        "FMT-QUESTION": ("punctuation", "info", "a question lost its question mark"),
        "FMT-DOUBLED-WORD": ("format", "warning", "a function word written twice"),
    }

    def check_pair(self, pair, ctx):
        src, tgt = pair.source.text, pair.target.text
        for o, c in _PAIRS.items():
            if tgt.count(o) != tgt.count(c) and src.count(o) == src.count(c):
                yield self.finding(f"Unbalanced '{o}{c}' in the Pashto sentence "
                                   f"({tgt.count(o)} opening, {tgt.count(c)} closing)",
                                   code="FMT-BRACKETS", target=pair.target.whole,
                                   source_value=[src.count(o), src.count(c)],
                                   target_value=[tgt.count(o), tgt.count(c)])
        # URLs from the original text: a Markdown link's URL is not in the matching text
        tgt_urls = {m.group().lower() for m in _URL_OR_MAIL.finditer(pair.target.original)}
        langs = tuple(dict.fromkeys(x for x in (pair.source.lang, pair.target.lang) if x and x.isalpha()))
        tgt_keys = {_url_key(u, langs) for u in tgt_urls}
        for m in _URL_OR_MAIL.finditer(pair.source.original):
            if m.group().lower() not in tgt_urls and _url_key(m.group(), langs) not in tgt_keys:
                yield self.finding(f"'{m.group()}' is not in the Pashto sentence"
                                   + (f" (it has {', '.join(sorted(tgt_urls))})" if tgt_urls else ""),
                                   code="FMT-URL", source=pair.source.original_span(m.start(), m.end()),
                                   target=pair.target.whole, source_value=m.group(),
                                   target_value=sorted(tgt_urls) or None)
        for m in _NUMBER.finditer(tgt):
            scripts = {_script(ch) for ch in m.group() if ch.isdigit()}
            if len(scripts) > 1:
                yield self.finding(f"'{m.group()}' mixes {' and '.join(sorted(scripts))} digits",
                                   code="FMT-DIGIT-SCRIPT", target=pair.target.span(m.start(), m.end()),
                                   target_value=m.group())
        if src.rstrip().endswith("?") and "?" not in tgt and "؟" not in tgt:
            yield self.finding("The English sentence is a question; the Pashto has no '؟'",
                               code="FMT-QUESTION", source=pair.source.whole, target=pair.target.whole)
        lang = "ps" if pair.target.lang == "ps" else "en"
        prev = None
        for m in _WORD.finditer(tgt):
            w = fold(m.group())
            if (prev is not None and w == prev[0] and tgt[prev[1]:m.start()].strip() == ""
                    and doubled_slip(m.group(), lang) and not _written_apart(w, tgt, m.end(), lang)):
                span = pair.target.span(prev[2], m.end())
                if not _value_between(span.text, lambda: _syntaxes(pair, ctx)):
                    f = self.finding(f"'{m.group()}' is written twice", code="FMT-DOUBLED-WORD",
                                     target=span, target_value=m.group())
                    strength = doubled_strength(m.group())
                    if strength < 1.0:
                        f.strength = strength
                    yield f
            prev = (w, m.end(), m.start())


def _written_apart(word: str, text: str, end: int, lang: str) -> bool:
    """Whether the second copy of ``word`` (ending at ``end``) and the word after it are one
    word written apart, listed in ``reduplication_ps.tsv``: "د د باندې" is "د دباندې"."""
    nxt = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    return lang == "ps" and nxt is not None and fold(nxt.group()) in _joined_after().get(word, ())


def _syntaxes(pair, ctx) -> tuple:
    """The placeholder syntaxes of the pair's unit (of its file), () for a document."""
    if ctx is None:
        return ()
    unit = ctx.unit(pair)
    units = getattr(ctx.result, "units", None)
    return tuple(getattr(unit, "syntaxes", ()) or getattr(units, "syntaxes", ()) or ())


@register
class BidiMarksCheck(Check):
    code = "FMT-BIDI-MARKS"
    category = "format"
    severity = "info"
    description = "Invisible direction marks (LRM, RLM, ALM, embeddings) in the translation."

    def run(self, ctx):
        doc = ctx.result.target
        marks = list(_BIDI.finditer(doc.text))
        if marks:
            first = marks[0]
            from ..model import Span
            yield self.finding(f"The Pashto text carries {len(marks)} invisible direction marks "
                               f"(U+{ord(first.group()):04X} first); they can break search and copy-paste",
                               target=Span(first.start(), first.end(), first.group()),
                               target_value=len(marks))
