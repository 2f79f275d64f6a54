"""Markdown markup inside blocks: the spans of markup characters, for matching only.

The splitter (segment.py) already keeps block markup (``#``, ``-``, ``1.``, the first ``>``,
fences, rules, table pipes) out of the sentences.  This module finds the markup *inside* a
block, so that alignment and every check see ``Driven by green energy: …`` and ``source``
where the file has ``**Driven by green energy**: …`` and ``[source](https://…)``.

The result is a *mask*: sorted, disjoint ``(start, end)`` spans of markup characters in the
document's original text, computed once per document.  Markup is only ever removed, never
rewritten, so :func:`strip_markup` returns the remaining text together with an offset map (a
:class:`~aligner.text.normalize.NormText`) and every span found in the stripped text maps back
to the original file.

What counts as markup (CommonMark / GFM, simplified):

* emphasis ``*x*`` ``**x**`` ``_x_`` ``__x__`` and strikethrough ``~~x~~``: the delimiters
  (CommonMark's flanking rules, so ``snake_case`` and ``a * b`` stay; a ``*`` between two
  alphanumerics one of which is a digit is arithmetic, ``2*3*4``, never emphasis; a single
  ``~`` is "approximately", ``~5 km``, never strikethrough);
* code spans: the backticks only.  The code text stays in the sentence: a translation keeps it
  untranslated, so it matches itself on both sides (numbers and names in it are compared); its
  span is recorded (``MarkdownMarkup.code``, ``Document.code``) so that the untranslated check
  does not flag code left in Latin letters;
* links ``[text](url "title")``: the brackets, URL and title go, the text stays; images
  ``![alt](src)``: the alt text stays; reference links ``[text][ref]``, ``[text][]`` and
  ``[ref]`` when ``ref`` is defined in the document; autolinks ``<https://…>``: the angle
  brackets go, the URL (which is the visible text) stays;
* inline HTML tags and comments, backslash escapes (the backslash), hard-break backslashes;
* ``>`` markers at the start of a quoted paragraph's continuation lines (and nested ``> >``);
* a link reference definition ``[ref]: url "title"`` is a unit of its own whose text is its
  URL and title, so that the format check still compares the URLs of the two sides.

Link URLs are not in the stripped text; the format check (FMT-URL) therefore looks for URLs in
the original text of each side (``Side.original``), where link destinations are present.

Not handled: HTML entities (``&amp;`` would need replacing, not removing), HTML comments that
span a blank line, emphasis pairing across a link's boundary is allowed (CommonMark forbids it).
markdown-it-py is not used for the inline parse: its inline tokens carry no offsets at all,
and it turns ``2*3*4`` into emphasis.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from typing import Iterable, Optional

from .lazyre import lazy
from .normalize import NormText

Spans = tuple[tuple[int, int], ...]

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

#: a link reference definition line: [label]: destination "optional title"
DEFINITION = lazy(
    r"[ \t]{0,3}\[((?:[^\[\]\\\n]|\\.){0,999}[^\s\[\]\\](?:[^\[\]\\\n]|\\.){0,999}|\\.)\]:"
    r"[ \t]*(<[^<>\n]*>|[^\s<]\S*)"
    r"(?:[ \t]+(\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$", re.M)
_QUOTE_MARKERS = lazy(r"(?:[ \t]{0,3}>[ \t]?)+")
_AUTOLINK = lazy(
    r"<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>\x00-\x1f]*"
    r"|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>")
_HTML = lazy(
    r"<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>"
    r"|</[A-Za-z][A-Za-z0-9-]*\s*>")
_MAX_TAG = 1024          # longest HTML tag, autolink or reference label looked for
_REF_TAIL = lazy(r"\[((?:[^\[\]\\]|\\.){0,999})\]")


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def _punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch)[0] in "PS"


def merge(spans: Iterable[tuple[int, int]]) -> Spans:
    """Sorted, disjoint spans (touching and overlapping spans joined, empty ones dropped)."""
    out: list[list[int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def strip_markup(text: str, spans: Spans, start: int = 0, end: Optional[int] = None,
                 replace: tuple[tuple[int, int, str], ...] = ()) -> NormText:
    """``text[start:end]`` without the markup ``spans`` (document offsets, as from
    :class:`MarkdownMarkup`), with the map back: ``original`` is ``text[start:end]`` and a span
    of the stripped text maps with ``to_original`` to offsets relative to ``start``.
    ``replace``: sorted (start, end, string) spans read as ``string`` (HTML character
    references, ``Document.replace``); each character of ``string`` maps to the whole span."""
    end = len(text) if end is None else end
    keep: list[int] = []
    pos = start
    k = bisect_left(spans, (start, -1))
    if k and spans[k - 1][1] > start:
        k -= 1
    while pos < end:
        if k < len(spans) and spans[k][0] < end:
            a, b = spans[k]
            keep.extend(range(pos, max(pos, a)))
            pos = max(pos, b)
            k += 1
        else:
            keep.extend(range(pos, end))
            pos = end
    k = bisect_left(replace, (start,))
    if k < len(replace) and replace[k][0] < end:
        return _substitute(text, keep, start, end, replace, k)
    plain = "".join(text[i] for i in keep)
    rel = [i - start for i in keep]
    return NormText(text[start:end], plain, rel, [i + 1 for i in rel])


def _substitute(text: str, keep: list[int], start: int, end: int, replace, k: int) -> NormText:
    """:func:`strip_markup`'s result when replacements fall in ``start:end``."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(keep):
        pos = keep[i]
        while k < len(replace) and replace[k][1] <= pos:
            k += 1
        if k < len(replace) and replace[k][0] <= pos:
            a, b, string = replace[k]
            chars.extend(string)
            starts.extend([max(a, start) - start] * len(string))
            ends.extend([min(b, end) - start] * len(string))
            while i < len(keep) and keep[i] < b:
                i += 1
            continue
        chars.append(text[pos])
        starts.append(pos - start)
        ends.append(pos + 1 - start)
        i += 1
    return NormText(text[start:end], "".join(chars), starts, ends)


class _Delim:
    __slots__ = ("pos", "count", "char", "full", "opens", "closes")

    def __init__(self, pos, count, char, opens, closes):
        self.pos, self.count, self.char, self.full = pos, count, char, count
        self.opens, self.closes = opens, closes


class MarkdownMarkup:
    """The markup finder for one document (it knows the document's reference labels)."""

    def __init__(self, text: str):
        self.text = text
        self.labels = {_label(m.group(1)) for m in DEFINITION.finditer(text)}
        #: the contents of the code spans found so far (text a translation leaves as it is)
        self.code: list[tuple[int, int]] = []

    # --- blocks ---------------------------------------------------------------------------

    def definition(self, start: int, end: int) -> Optional[list[tuple[int, int]]]:
        """The markup of a reference definition line (None if ``start:end`` is not one)."""
        m = DEFINITION.match(self.text, start, end)
        if not m:
            return None
        out = [(start, m.start(2))]                       # "[label]: "
        if m.group(2).startswith("<"):
            out += [(m.start(2), m.start(2) + 1), (m.end(2) - 1, m.end(2))]
        if m.group(3):
            out += [(m.start(3), m.start(3) + 1), (m.end(3) - 1, m.end(3))]
        return out

    def block(self, start: int, end: int) -> tuple[Spans, Spans]:
        """The markup inside one block (a paragraph, heading, item or table cell): the ``>``
        markers opening its lines, and the inline markup."""
        found = self.definition(start, end)
        if found is not None:
            return (), merge(found)
        t = self.text
        lines: list[tuple[int, int]] = []        # quote markers opening the block's lines
        pos = start
        while pos < end:
            m = _QUOTE_MARKERS.match(t, pos, end)
            if m:
                lines.append((pos, m.end()))
            nl = t.find("\n", pos, end)
            if nl < 0:
                break
            pos = nl + 1
        return merge(lines), merge(self._inline(start, end, lines))

    # --- inline ---------------------------------------------------------------------------

    def _inline(self, start: int, end: int, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
        t = self.text
        mask: list[tuple[int, int]] = []
        delims: list[_Delim] = []
        brackets: list[tuple[int, bool]] = []      # open '[' / '![': (position, image)
        self._ticks: Optional[dict[int, list[int]]] = None    # backtick runs by length (lazy)
        self._no_more: dict[str, int] = {}         # no unescaped char c at or after _no_more[c]
        self._inactive = 0                         # '[' openers below this index are inside a link
        skip_at = {a: b for a, b in skip}
        i = start
        while i < end:
            if i in skip_at:
                i = skip_at[i]
                continue
            c = t[i]
            if c == "\\":
                if i + 1 < end and t[i + 1] in _ASCII_PUNCT:
                    mask.append((i, i + 1))
                    i += 2
                    continue
                if i + 1 == end or t[i + 1] in "\r\n":           # hard line break
                    mask.append((i, i + 1))
                i += 1
                continue
            if c == "`":
                n = self._run(i, end, "`")
                close = self._closing_ticks(i + n, start, end, n)
                if close is not None:
                    mask += [(i, i + n), (close, close + n)]
                    self.code.append((i + n, close))
                    i = close + n
                else:
                    i += n
                continue
            if c == "<":
                stop = min(end, i + _MAX_TAG)
                m = _AUTOLINK.match(t, i, stop)
                if m:
                    mask += [(i, i + 1), (m.end() - 1, m.end())]
                    i = m.end()
                    continue
                m = _HTML.match(t, i, stop)
                if m is None and t.startswith("<!--", i):
                    close = self._find("-->", i + 4, end)
                    if close is not None:
                        mask.append((i, close + 3))
                        i = close + 3
                        continue
                if m:
                    mask.append((i, m.end()))
                    i = m.end()
                    continue
            elif c == "!" and t.startswith("[", i + 1) and i + 1 < end:
                brackets.append((i, True))
                i += 2
                continue
            elif c == "[":
                brackets.append((i, False))
            elif c == "]" and brackets:
                i = self._close_bracket(i, end, brackets, mask)
                continue
            elif c in "*_~":
                n = self._run(i, end, c)
                d = self._delimiter(i, n, c, start, end)
                if d is not None:
                    delims.append(d)
                i += n
                continue
            i += 1
        mask += self._emphasis(delims)
        return mask

    def _run(self, i: int, end: int, ch: str) -> int:
        j = i
        while j < end and self.text[j] == ch:
            j += 1
        return j - i

    def _closing_ticks(self, i: int, start: int, end: int, n: int) -> Optional[int]:
        """The next run of exactly ``n`` backticks at or after ``i`` (runs indexed once)."""
        if self._ticks is None:
            self._ticks = {}
            for m in re.finditer("`+", self.text[start:end]):
                self._ticks.setdefault(len(m.group()), []).append(start + m.start())
        runs = self._ticks.get(n, [])
        k = bisect_left(runs, i)
        return runs[k] if k < len(runs) else None

    def _find(self, what: str, i: int, end: int) -> Optional[int]:
        """The next unescaped ``what`` at or after ``i`` (None, remembered, when there is none)."""
        t = self.text
        if i >= self._no_more.get(what, end + 1):
            return None
        j = i
        while True:
            j = t.find(what, j, end)
            if j < 0:
                self._no_more[what] = min(i, self._no_more.get(what, i))
                return None
            k = j
            while k > i and t[k - 1] == "\\":
                k -= 1
            if (j - k) % 2 == 0:
                return j
            j += 1

    def _close_bracket(self, i: int, end: int, brackets: list, mask: list) -> int:
        """At a ']': a link or image if a destination or a defined label follows."""
        t = self.text
        opener, image = brackets.pop()
        if not image and len(brackets) < self._inactive:
            return i + 1                                     # links do not contain links
        inner = opener + (2 if image else 1)
        tail = None
        if t.startswith("(", i + 1) and i + 1 < end:
            tail = self._destination(i + 1, end)
        elif t.startswith("[", i + 1) and i + 1 < end:
            m = _REF_TAIL.match(t, i + 1, min(end, i + 1 + _MAX_TAG))
            if m and _label(m.group(1) or t[inner:i]) in self.labels:
                tail = m.end()
        if tail is None and _label(t[inner:i]) in self.labels:
            tail = i + 1                                     # shortcut reference [ref]
        if tail is None:
            return i + 1
        mask += [(opener, inner), (i, tail)]
        if not image:
            self._inactive = len(brackets)
        return tail

    def _destination(self, i: int, end: int) -> Optional[int]:
        """``(dest "title")`` starting at the '(' at ``i``: the position after its ')'.

        A bare destination ends at white space, at a ')' it did not open, or at '[' or ']'
        (CommonMark allows brackets in it; stopping there keeps every scan linear, and a URL
        writes them percent-encoded); a title needs its closing quote."""
        t = self.text
        j = self._space(i + 1, end)
        if j < end and t[j] == "<":
            k = j + 1
            while k < end and t[k] not in "<>\n":
                k += 2 if t[k] == "\\" else 1
            if k >= end or t[k] != ">":
                return None
            j = k + 1
        else:
            depth = 0
            while j < end and not t[j].isspace() and ord(t[j]) >= 0x20 and t[j] not in "[]":
                if t[j] == "\\" and j + 1 < end:
                    j += 2
                    continue
                if t[j] == "(":
                    depth += 1
                elif t[j] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                j += 1
            if depth:
                return None
        k = self._space(j, end)
        if k < end and t[k] in "\"'(" and k > j:
            m = self._find(")" if t[k] == "(" else t[k], k + 1, end)
            if m is None:
                return None
            k = self._space(m + 1, end)
        return k + 1 if k < end and t[k] == ")" else None

    def _space(self, j: int, end: int) -> int:
        t = self.text
        newline = False
        while j < end and t[j] in " \t\r\n":
            if t[j] == "\n":
                if newline:
                    break
                newline = True
            j += 1
        return j

    def _delimiter(self, i: int, n: int, c: str, start: int, end: int) -> Optional[_Delim]:
        t = self.text
        if c == "~" and n != 2:
            return None                                       # ~5 km: approximately
        before = t[i - 1] if i > start else " "
        after = t[i + n] if i + n < end else " "
        if c == "*" and before.isalnum() and after.isalnum() and (before.isdigit() or after.isdigit()):
            return None                                       # 2*3*4: arithmetic
        left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
        right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
        if c == "_":
            opens = left and (not right or _punct(before))
            closes = right and (not left or _punct(after))
        else:
            opens, closes = left, right
        return _Delim(i, n, c, opens, closes) if opens or closes else None

    @staticmethod
    def _emphasis(delims: list[_Delim]) -> list[tuple[int, int]]:
        """CommonMark's delimiter matching, simplified: the delimiters of matched pairs.  As in
        CommonMark, a failed search for an opener is remembered (``bottom``), so that many
        closers without openers cost linear time."""
        mask: list[tuple[int, int]] = []
        stack: list[_Delim] = []
        bottom: dict[tuple, int] = {}             # below this stack index no opener fits
        for d in delims:
            if d.closes:
                key = (d.char, d.opens, d.full % 3)
                while d.count:
                    k = len(stack) - 1
                    floor = bottom.get(key, 0)
                    while k >= floor:
                        o = stack[k]
                        if o.char == d.char and not (
                                (o.closes or d.opens) and (o.full + d.full) % 3 == 0
                                and (o.full % 3 or d.full % 3) and d.char != "~"):
                            break
                        k -= 1
                    if k < floor:
                        bottom[key] = len(stack)
                        break
                    o = stack[k]
                    use = 2 if o.count >= 2 and d.count >= 2 else 1
                    mask += [(o.pos + o.count - use, o.pos + o.count), (d.pos, d.pos + use)]
                    o.count -= use
                    d.pos += use
                    d.count -= use
                    del stack[k + 1:]
                    if not o.count:
                        stack.pop()
                    for other in bottom:
                        bottom[other] = min(bottom[other], len(stack))
            if d.count and d.opens:
                stack.append(d)
        return mask
