"""Sentence splitting for English and Pashto, structure-aware.

Blocks first, then sentences:

* plain text: every line is a block (article exports put a heading or paragraph
  per line; a line ending in a colon, as in "Core highlights of the project:",
  is therefore its own unit);
* one sentence per line (``segmented``): blank lines separate blocks, and in English an
  unpunctuated line (a headline) and the lines around it are separate blocks, so that the
  aligner does not merge a headline into the body.  Pashto lines often lack the final stop
  (84 of the NTREX body lines against 26 English), so no headline is guessed there;
* Markdown: ATX headings and list items are blocks of their own, consecutive
  lines of a paragraph are joined, fenced code is skipped, and markup
  (``#``, ``-``, ``>``, ``1.``) is never part of a sentence.

Inside a block a sentence ends at ``. ! ? ۔ ؟ …`` (plus closing quotes/brackets)
followed by white space, except after abbreviations and initials.  Numbers in any
digit script (``2.5``, ``۲.۵``, ``۲٫۵``) contain no white space and never split.
Field-notes §5.6 lists why no existing splitter is used: pysbd has no Pashto,
sentencex splits ``۲.۵`` and after initials.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Sentence
from ..lang.data import load_wordset
from .normalize import ARABIC_LETTERS

_TERMINATORS = ".!?۔؟…"
# closing quotes/brackets, and the invisible format marks (LRM, RLM, ALM, ZWJ, ...)
# that Pashto text often carries after a full stop
_CLOSERS = "\"'”’»)]}›\u200e\u200f\u061c\u200b\u200c\u200d\u2069\u202c"
_OPENERS = "\"'“‘«([{‹"

_MD_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+")
_MD_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"[ \t]*>[ \t]?")
_MD_FENCE = re.compile(r"[ \t]*(```|~~~)")
_MD_RULE = re.compile(r"[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$")
_MD_TABLE_SEP = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")

_ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load_wordset("abbreviations_en.txt"))


_SENTENCE_FINAL_ABBREV = {"etc", "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "bros"}


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    return load_wordset("sentence_starters_en.txt")


def _lines(text: str):
    """Yield (start, end) of each line's content (without its line terminator)."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            end = n
            if pos < n:
                yield pos, (end - 1 if text.endswith("\r") else end)
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        yield pos, end
        pos = nl + 1


def _blocks(text: str, markdown: bool):
    """Yield (start, end, kind) blocks; spans exclude block markup."""
    pending: list[tuple[int, int]] = []     # lines of the markdown paragraph being read
    in_fence = False

    def flush():
        if pending:
            yield pending[0][0], pending[-1][1], "sentence"
            pending.clear()

    for a, b in _lines(text):
        line = text[a:b]
        if not line.strip():
            yield from flush()
            continue
        if not markdown:
            yield a, b, "sentence"
            continue
        if _MD_FENCE.match(line):
            yield from flush()
            in_fence = not in_fence
            continue
        if in_fence or _MD_RULE.match(line) or _MD_TABLE_SEP.match(line):
            continue
        m = _MD_HEADING.match(line)
        if m:
            yield from flush()
            trail = re.search(r"[ \t]+#+[ \t]*$", line)      # closing hashes
            yield a + m.end(), (a + trail.start() if trail else b), "heading"
            continue
        m = _MD_ITEM.match(line)
        if m:
            yield from flush()
            yield a + m.end(), b, "item"
            continue
        if line.lstrip().startswith("|"):                     # table row: cells are units
            yield from flush()
            for cm in re.finditer(r"[^|]+", line):
                if cm.group().strip():
                    yield a + cm.start(), a + cm.end(), "item"
            continue
        m = _MD_QUOTE.match(line)
        pending.append((a + m.end() if m else a, b))
    yield from flush()


def _is_abbreviation(text: str, dot: int, block_start: int) -> bool:
    """Is the '.' at ``dot`` part of an abbreviation or an initial?"""
    i = dot
    while i > block_start and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        # a single letter: an initial ("J. K. Rowling", Pashto "ع.") - unless it is a
        # lowercase Latin word like "a." at a sentence end, which never happens before
        # an uppercase start in practice; keep it simple: initials do not split.
        return word.isupper() or bool(_ARABIC_LETTER.match(word))
    if "." in word or word.lower() in _SENTENCE_FINAL_ABBREV:
        # "U.S.", "p.m.", "etc.", "Inc." can end a sentence: they do when a typical
        # sentence opener follows ("... in the U.S. He said")
        k = dot + 1
        while k < len(text) and text[k].isspace():
            k += 1
        m = re.match(r"[A-Za-z]+", text[k:k + 20])
        return not (m and m.group() in _starters())
    return word.lower() in _abbreviations()


def _split_block(text: str, start: int, end: int):
    """Yield (start, end) sentence spans inside one block."""
    i = start
    sent_start = start
    while i < end:
        ch = text[i]
        if ch in _TERMINATORS:
            j = i + 1
            while j < end and (text[j] in _TERMINATORS):
                j += 1
            while j < end and text[j] in _CLOSERS:
                j += 1
            if j >= end:
                break
            nxt = text[j]
            split = False
            if nxt.isspace():
                k = j
                while k < end and text[k].isspace():
                    k += 1
                if k >= end:
                    break
                following = text[k]
                if ch == "." and j == i + 1 and _is_abbreviation(text, i, sent_start):
                    split = False
                elif following.islower() and following.isascii():
                    split = False          # "e.g. the", "approx. five", lowercase continuation
                elif ch == "…" and following.islower():
                    split = False
                else:
                    split = True
            elif ch in "۔؟" or (ch in ".!?" and _ARABIC_LETTER.match(nxt)):
                # Pashto text often glues the next sentence to the full stop.
                split = not text[i - 1:i].isdigit() or not nxt.isdigit()
            if split:
                yield sent_start, j
                k = j
                while k < end and text[k].isspace():
                    k += 1
                sent_start = k
                i = k
                continue
            i = j
            continue
        i += 1
    if sent_start < end:
        yield sent_start, end


_INVISIBLE = frozenset("\u200e\u200f\u061c\u200b\u200c\u200d\u2066\u2067\u2068\u2069"
                       "\u202a\u202b\u202c\u202d\u202e\ufeff")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop surrounding white space and invisible marks; keep what closes the sentence."""
    while a < b and (text[a].isspace() or text[a] in _INVISIBLE):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in _INVISIBLE):
        b -= 1
    return a, b


def _is_heading_line(line: str) -> bool:
    """A line of one-sentence-per-line input that is a headline: it ends without sentence
    punctuation (a period, question mark, ... or a colon, possibly before closing quotes)."""
    end = line.rstrip(_CLOSERS + " \t")
    return bool(end) and end[-1] not in _TERMINATORS + ":;,"


def split_sentences(text: str, lang: str = "en", markdown: bool = False,
                    segmented: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences whose spans point into ``text``.

    ``segmented``: the input is one sentence per line (each non-empty line is one sentence).
    """
    out: list[Sentence] = []
    if segmented:
        block = 0
        for a, b in _lines(text):
            a, b = _trim(text, a, b)
            if a < b:
                kind = "heading" if lang == "en" and _is_heading_line(text[a:b]) else "sentence"
                if out and out[-1].block == block and out[-1].kind != kind:
                    block += 1      # headlines and body text are separate blocks
                out.append(Sentence(len(out), a, b, text[a:b], kind, block))
            elif out and out[-1].block == block:
                block += 1          # a blank line separates paragraphs
        return out
    for block, (bs, be, kind) in enumerate(_blocks(text, markdown)):
        bs, be = _trim(text, bs, be)
        if bs >= be:
            continue
        spans = [(bs, be)] if kind == "heading" else list(_split_block(text, bs, be))
        for a, b in spans:
            a, b = _trim(text, a, b)
            if a < b:
                out.append(Sentence(len(out), a, b, text[a:b], kind, block))
    return out
