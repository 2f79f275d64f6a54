"""Sentence splitting for English and Pashto, structure-aware.

Blocks first, then sentences:

* plain text: every line is a block (article exports put a heading or paragraph
  per line; a line ending in a colon, as in "Core highlights of the project:",
  is therefore its own unit);
* one sentence per line (``segmented``): blank lines separate blocks, and in English an
  unpunctuated line (a headline) and the lines around it are separate blocks, so that the
  aligner does not merge a headline into the body.  Pashto lines often lack the final stop
  (84 of the NTREX body lines against 26 English), so no headline is guessed there;
* Markdown: ATX headings, list items and link reference definitions are blocks of their own,
  consecutive lines of a paragraph are joined, fenced code is skipped, and block markup
  (``#``, ``-``, ``>``, ``1.``) is never part of a sentence.  Inline markup (``**x**``,
  ``[text](url)``, `` `code` ``, HTML tags, ...; see markdown.py) is removed from the sentence
  *text*, which is what alignment and the checks match, while the sentence's ``start``/``end``
  stay offsets into the original file (covering its markup); the splitter runs on the stripped
  text, so ``**Done.** Next`` splits.

Inside a block a sentence ends at ``. ! ? ۔ ؟ …`` (plus closing quotes/brackets)
followed by white space, except after abbreviations and initials.  Numbers in any
digit script (``2.5``, ``۲.۵``, ``۲٫۵``) contain no white space and never split.
Field-notes §5.6 lists why no existing splitter is used: pysbd has no Pashto,
sentencex splits ``۲.۵`` and after initials.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..model import Sentence
from ..lang.data import iter_rows, load_wordset
from .lazyre import lazy
from .markdown import DEFINITION, MarkdownMarkup, Spans, merge, strip_markup
from .normalize import ARABIC_LETTERS, fold

_TERMINATORS = ".!?۔؟…"
# closing quotes/brackets, and the invisible format marks (LRM, RLM, ALM, ZWJ, ...)
# that Pashto text often carries after a full stop
_CLOSERS = "\"'”’»)]}›\u200e\u200f\u061c\u200b\u200c\u200d\u2069\u202c"
_OPENERS = "\"'“‘«([{‹"

_MD_HEADING = lazy(r"[ \t]{0,3}(#{1,6})[ \t]+")
_MD_ITEM = lazy(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = lazy(r"[ \t]*>[ \t]?")
_MD_FENCE = lazy(r"[ \t]*(```|~~~)")
_MD_RULE = lazy(r"[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$")
_MD_TABLE_SEP = lazy(r"[ \t]*\|?[ \t]*:?-{3,}")

_ARABIC_LETTER = re.compile(f"[{ARABIC_LETTERS}]")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Folded, lower-case abbreviation (no final stop) -> its kind (abbreviations_en.txt and
    abbreviations_en_dates.txt and abbreviations_ps.txt: ``always``, ``final``, ``end``, ``number``, ``month``,
    ``date``, ``title``, ``initial``, ``run``, ``era``)."""
    kinds: dict[str, str] = {}
    for name in ("abbreviations_en.txt", "abbreviations_en_dates.txt", "abbreviations_ps.txt"):
        for row in iter_rows(name):
            kinds[fold(row[0]).lower()] = row[1] if len(row) > 1 and row[1] else "always"
    return kinds


_MONTH_NAMES = frozenset("january february march april may june july august september october november "
                         "december".split())
_ROMAN = lazy(r"[IVXLC]{2,}\b")
#: an era written before the year ("c. AD 200", "fl. BC 320"): a number follows, so "c." goes on
_ERA_BEFORE = lazy(r"(?:AD|A\.D\.|BC|B\.C\.|BCE|CE)\s*\d")


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
        if DEFINITION.match(line):                            # [ref]: url "title"
            yield from flush()
            yield a, b, "item"
            continue
        m = _MD_QUOTE.match(line)
        pending.append((a + m.end() if m else a, b))
    yield from flush()


def _is_mark(ch: str) -> bool:
    """A combining mark (harakat: the kasra of وِي)."""
    return unicodedata.category(ch).startswith("M")


def _word_before(text: str, dot: int, start: int) -> tuple[int, str]:
    """The word (letters, inner stops) that ends right before ``dot``, without combining marks
    (وِي. is a word, not the initial ي.), and where it starts."""
    i = dot
    while i > start and (text[i - 1].isalpha() or text[i - 1] == "." or _is_mark(text[i - 1])):
        i -= 1
    return i, "".join(c for c in text[i:dot] if not _is_mark(c))


def _next_token(text: str, k: int) -> tuple[int, str]:
    """The position and text of the token (up to white space) after the white space at ``k``."""
    while k < len(text) and (text[k].isspace() or text[k] in _INVISIBLE):
        k += 1
    e = k
    while e < len(text) and not text[e].isspace():
        e += 1
    return k, text[k:e]


def _is_letter_name(word: str) -> bool:
    """A single letter or a letter name written for an initial (ډي, ایف, یو)."""
    w = fold(word).lower()
    return (len(w) == 1 and w.isalpha() and w != "و") or _abbreviations().get(w) in ("initial", "run")


def _dotted_letter_name(token: str) -> bool:
    """``token`` is a letter name followed by its stop ("ایس.", "سي.", "S.")."""
    core = token.rstrip(_CLOSERS)
    return core.endswith(".") and _is_letter_name(core[:-1])


def _is_abbreviation(text: str, dot: int, block_start: int) -> bool:
    """Is the '.' at ``dot`` part of an abbreviation or an initial?"""
    i, word = _word_before(text, dot, block_start)
    if not word:
        return False
    key = fold(word).lower()
    kind = _abbreviations().get(key)
    k, following = _next_token(text, dot + 1)
    if len(key) == 1 and key.isalpha():
        # a single letter: an initial ("J. K. Rowling", Pashto "ع.", "هـ." after a year) - unless it
        # is a lowercase Latin word like "a." at a sentence end, which never happens before
        # an uppercase start in practice; keep it simple: initials do not split.
        # Pashto و is a word (the past copula: "… صادر شوي و.", and "and"), never an initial;
        # a listed lower-case letter abbreviates a word ("Grace v. Sessions": versus; "p. 12")
        if word.isupper() or (bool(_ARABIC_LETTER.match(word)) and key != "و"):
            return True
        if not word.islower() or kind is None:
            return False
    if "." in word and _ARABIC_LETTER.match(word):
        return True                         # ه.ش. ق.م. (dotted runs of letters, era markers)
    if kind == "end":
        # "etc.": goes on before a lower-case word or punctuation, ends before a capital
        return not following[:1].isupper()
    if "." in word or kind == "final":
        # "U.S.", "p.m.", "etc.", "Inc." can end a sentence: they do when a typical
        # sentence opener follows ("... in the U.S. He said")
        m = re.match(r"[A-Za-z]+", following)
        return not (m and m.group() in _starters())
    if kind in ("number", "month", "date"):
        # "No. 10", "Art. 5", "Oct. 5", "Sat. Oct. 5"; "Oh, no. I didn't", "… closed until Oct.
        # President Widodo …"; capitalised, "Fig." goes on before anything but a sentence opener
        if following[:1].isdigit() or _ROMAN.match(following) or _ERA_BEFORE.match(text, k):
            return True
        if kind == "number" and word[:1].isupper():
            m = re.match(r"[A-Za-z]+", following)
            return not (m and m.group() in _starters())
        nxt = following.rstrip(",")
        return kind == "date" and (nxt.rstrip(".").lower() in _MONTH_NAMES
                                   or _abbreviations().get(nxt.rstrip(".").lower()) == "month" and nxt.endswith("."))
    if kind == "run":
        # یو. ایس. ("U.S."): a letter name that is also a word is an initial only in a run
        if _dotted_letter_name(following):
            return True
        j = i
        while j > block_start and (text[j - 1].isspace() or text[j - 1] in _INVISIBLE):
            j -= 1
        return j > block_start and text[j - 1] == "." and _is_letter_name(_word_before(text, j - 1, block_start)[1])
    return kind is not None


def _glued_abbreviation(text: str, dot: int, start: int, end: int) -> bool:
    """A stop that a Pashto letter follows without a space but that is part of an abbreviation:
    one between two single letters, the second with its own stop (ه.ش. ق.م. ا.م.ر.), or after a
    listed word (ډاکټر.کریسټی: the space dropped after a title)."""
    _i, word = _word_before(text, dot, start)
    if "." in word and _ARABIC_LETTER.match(word):
        return True                         # the end of a dotted run: ۱۳۵۸ه.ش.کال
    before = fold(word)
    if len(before) > 1:
        return _is_abbreviation(text, dot, start)
    if before == "و":
        return False
    k = dot + 1
    while k < end and _is_mark(text[k]):
        k += 1
    return k + 1 < end and text[k].isalpha() and len(fold(text[k])) == 1 and text[k + 1] == "."


def _bare_question(text: str, i: int, j: int, start: int) -> bool:
    """A question mark (or ?!) with no closing quote or bracket after it, in a sentence that itself
    starts in lower case: a lower-case transcript ("and are you having a fever now? and are you
    …"), where a lower-case word after it starts the next question.  In capitalised text it goes
    on ("Why? she asked.", '"Why?" he asked')."""
    marks = text[i:j]
    first = text[start:i].lstrip(_OPENERS + " " + "".join(_INVISIBLE))[:1]
    return "?" in marks and all(c in "?!" or c in _INVISIBLE for c in marks) \
        and first.isascii() and first.islower()


def _glued_english(text: str, i: int, j: int, start: int, end: int) -> bool:
    """An English sentence end with no space before the next sentence: after a closing quote or
    bracket ('… he said."The …'), or a lower-case word glued to a capitalised sentence opener
    ("… cleaned with ash.The World …"); never inside a name or an identifier (ASP.NET,
    java.lang.String, U.S.A)."""
    m = re.match(r"[A-Za-z]+", text[j:end])
    opener = bool(m) and m.group() in _starters() and text[j + len(m.group()):j + len(m.group()) + 1].isspace()
    if any(c in _CLOSERS and c not in _INVISIBLE for c in text[i + 1:j]):
        return opener or text[i] in "?!"
    _k, word = _word_before(text, i, start)
    return opener and len(word) >= 2 and word.isalpha() and word.islower() and word.isascii()


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
                if ch == "." and (j == i + 1 or all(c in _INVISIBLE for c in text[i + 1:j])) \
                        and _is_abbreviation(text, i, sent_start):
                    split = False
                elif following.islower() and following.isascii() and not _bare_question(text, i, j, sent_start):
                    split = False          # "e.g. the", "approx. five", lowercase continuation
                elif ch == "…" and following.islower():
                    split = False
                else:
                    split = True
            elif ch in ".!?" and nxt.isascii() and nxt.isupper():
                split = _glued_english(text, i, j, sent_start, end)
            elif ch in "۔؟" or (ch in ".!?" and _ARABIC_LETTER.match(nxt)):
                # Pashto text often glues the next sentence to the full stop.
                split = (not text[i - 1:i].isdigit() or not nxt.isdigit()) \
                    and not (ch == "." and _glued_abbreviation(text, i, sent_start, end))
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


# a short Pashto sentence that is only a reported-speech clause ("د ملي هریکن مرکز وویل.",
# "هغه وایي.", "ده زیاته کړه،") closes the quotation before it: it belongs to that sentence
_SPEECH_TAIL_PS = lazy(
    r"(?:وویل|ووېل|ویل|وویلې|ویلي(?: دي| وو)?|وایي|وایی|وائي|زیاته کړه|زياته کړه|زیاته کړې|"
    r"راپور ورکړ|راپور ورکړی دی|څرګنده کړه|څرګند کړل|ټینګار وکړ|اعلان وکړ|ولیکل|لیکلي دي)"
    r"[\s\u200e\u200f\u200c]*[.۔!،,]?[\s\u200e\u200f\"'”’»)]*$")
_SPEECH_TAIL_WORDS = 6
# English: "Hammel added." / "CNN reported." after a closing quote
_SPEECH_TAIL_EN = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|added|says|adds|reported|wrote|explained|continued)\.$")
_QUOTE_END = ("\"", "”", "’", "'", "»")
_LONE_MARKS = re.compile(r"^[\s\"'“”‘’«»()\[\]{}‹›\u200e\u200f\u061c\u200b\u200c\u200d.!?۔؟…،,:;-]*$")

# a footnote or reference mark on its own ("(۲)", "[3]") after a full stop
_QUOTES = "\"'”’»“"
_NOTE_MARK = re.compile(r"^[(\[]\s*[0-9۰-۹٠-٩]{1,3}\s*[)\]][.۔]?$")


def _join_tails(text: str, spans, lang: str) -> list[tuple[int, int]]:
    """Re-attach pieces the splitter cut off a sentence: a span of nothing but quotes and marks
    (a closing quote after a space: ``… یم. "``), a footnote mark (``… ساتي. (۲)``), and a short
    reported-speech tail (Pashto; English after a closing quote)."""
    out: list[tuple[int, int]] = []
    for x, y in spans:
        # a closing quote detached by a space ("… یم. " ده زیاته کړه …") belongs to the sentence before
        q = x
        while q < y and text[q] in _INVISIBLE:
            q += 1
        if out and q + 1 < y and text[q] in _QUOTES and text[q + 1].isspace():
            out[-1] = (out[-1][0], q + 1)
            x = q + 1
            while x < y and (text[x].isspace() or text[x] in _INVISIBLE):
                x += 1
            if x >= y:
                continue
        piece = text[x:y]
        if out and (_LONE_MARKS.match(piece) or _NOTE_MARK.match(piece) or (
                lang == "ps" and len(piece.split()) <= _SPEECH_TAIL_WORDS and _SPEECH_TAIL_PS.search(piece)) or (
                lang == "en" and _SPEECH_TAIL_EN.match(piece)
                and text[out[-1][0]:out[-1][1]].rstrip().endswith(_QUOTE_END))):
            out[-1] = (out[-1][0], y)
        else:
            out.append((x, y))
    return out


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
    return segment(text, lang, markdown=markdown, segmented=segmented)[0]


def segment(text: str, lang: str = "en", markdown: bool = False,
            segmented: bool = False) -> tuple[list[Sentence], Spans, Spans]:
    """The sentences of ``text`` and, for Markdown, the document's markup mask (sorted spans of
    inline markup characters, see markdown.py) and its code spans (their contents).  A
    sentence's ``text`` is ``text[start:end]`` without the markup in it (the two are equal for
    plain text)."""
    out: list[Sentence] = []
    md = MarkdownMarkup(text) if markdown else None
    mask: list[tuple[int, int]] = []

    def add(a: int, b: int, kind: str, block: int, whole: bool = False) -> None:
        """Add the sentences of the block ``a:b`` (one sentence if ``whole``)."""
        a, b = _trim(text, a, b)
        if a >= b:
            return
        if md is None:
            spans = [(a, b)] if whole else _join_tails(text, _split_block(text, a, b), lang)
            for x, y in spans:
                x, y = _trim(text, x, y)
                if x < y:
                    out.append(Sentence(len(out), x, y, text[x:y], kind, block))
            return
        markers, inline = md.block(a, b)
        markup = merge(markers + inline)
        mask.extend(markup)
        _block_sentences(out, strip_markup(text, markup, a, b), a, b, inline, kind, block, lang, whole)

    if segmented:
        block = 0
        for a, b in _lines(text):
            a, b = _trim(text, a, b)
            if a < b:
                line = strip_markup(text, merge(sum(md.block(a, b), ())), a, b).text if md else text[a:b]
                kind = "heading" if lang == "en" and _is_heading_line(line) else "sentence"
                if out and out[-1].block == block and out[-1].kind != kind:
                    block += 1      # headlines and body text are separate blocks
                add(a, b, kind, block, whole=True)
            elif out and out[-1].block == block:
                block += 1          # a blank line separates paragraphs
        return out, merge(mask), merge(md.code if md else ())
    for block, (bs, be, kind) in enumerate(_blocks(text, markdown)):
        add(bs, be, kind, block, whole=kind == "heading")
    return out, merge(mask), merge(md.code if md else ())


def _block_sentences(out: list[Sentence], plain, a: int, b: int, markup: Spans, kind: str, block: int,
                     lang: str, whole: bool) -> None:
    """Append the sentences of the block ``a:b`` whose matching text is ``plain`` (a NormText
    of ``text[a:b]``): split it (one sentence if ``whole``), map each sentence back to document
    offsets and widen it over the ``markup`` right around it."""
    p = plain.text
    lo = a                                   # the previous sentence's end
    for x, y in ([(0, len(p))] if whole else _join_tails(p, _split_block(p, 0, len(p)), lang)):
        x, y = _trim(p, x, y)
        if x >= y:
            continue
        s, e = plain.to_original(x, y)
        s, e = _widen(markup, a + s, a + e, lo, b)
        out.append(Sentence(len(out), s, e, p[x:y], kind, block))
        lo = e


def segment_blocks(text: str, blocks, lang: str = "en", markup: Spans = (),
                   replace: tuple[tuple[int, int, str], ...] = (), whole: bool = False) -> list[Sentence]:
    """The sentences of documents whose reader found the blocks (HTML elements, DOCX
    paragraphs): ``blocks`` are (start, end, kind) spans of ``text`` in order; a block's
    matching text is its text without the ``markup`` spans and with the ``replace``
    substitutions (:func:`strip_markup`); a heading is one sentence; offsets stay in ``text``.
    Blocks without text are dropped (they take no block number).  ``whole``: every block is
    one sentence (``--segmented``)."""
    out: list[Sentence] = []
    block = 0
    for a, b, kind in blocks:
        n = len(out)
        _block_sentences(out, strip_markup(text, markup, a, b, replace), a, b, markup, kind, block, lang,
                         whole=whole or kind == "heading")
        block += len(out) > n
    return out


def _widen(markup: Spans, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    """Extend the sentence ``s:e`` over markup right before and after it (``**`` of ``**Bold.**``,
    ``](url)`` of a link ending it), not past ``lo`` (the previous sentence) or ``hi``."""
    k = bisect_right(markup, (s, s)) - 1
    while k >= 0 and markup[k][1] == s and markup[k][0] >= lo:
        s = markup[k][0]
        k -= 1
    k = bisect_left(markup, (e, e))
    while k < len(markup) and markup[k][0] == e and markup[k][1] <= hi:
        e = markup[k][1]
        k += 1
    return s, e
