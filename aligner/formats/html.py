"""HTML documents through the article pipeline.

An HTML file stays itself: ``Document.text`` is the original HTML and every sentence's
``start``/``end`` point into it, so reports show line:column in the file the user wrote.
What the checks match is the visible text: tags, comments, declarations and the contents of
``<script>``, ``<style>`` and ``<template>`` are ``Document.markup`` (masked, like Markdown's
markup), and character references (``&amp;`` ``&#1578;`` ``&nbsp;``) are ``Document.replace``
spans read as the character they stand for (:func:`aligner.text.markdown.strip_markup`).

Blocks: the elements that start a new line in a browser (``p``, ``h1``–``h6``, ``li``,
``td``/``th``, ``div``, ``br``, ``title``, ``blockquote``, ``pre``, ``section`` …) end one block
and start the next; the aligner never merges across them.  Text inside ``h1``–``h6`` and
``title`` is a heading (one sentence), inside ``li``, ``dt``/``dd``, ``td``/``th`` an item.
Omitted end tags (``<li>a<li>b``, ``<p>a<p>b``) close what HTML closes.

The tokenizer is the standard library's :class:`html.parser.HTMLParser` (no network, no DTD,
no entities beyond HTML's named and numeric character references); attributes are markup, so
``lang``/``dir``, ``alt`` and ``title`` text is not checked.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Optional

from ..errors import InputError
from ..model import Sentence

#: elements that break the text into blocks (start and end tags)
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
    "noscript", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "title", "tr", "ul"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})
ITEMS = frozenset({"li", "dt", "dd", "td", "th"})
#: elements whose content is never text of the document
HIDDEN = frozenset({"script", "style", "template"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"})
#: an open <p> closes at the start of these (HTML's implied end tags, simplified)
_CLOSES_P = BLOCK_TAGS - {"br", "body", "html", "head", "title", "td", "th", "tr", "tbody", "thead", "tfoot",
                          "option", "caption", "dt", "dd", "li", "legend", "summary"} | {"dd", "dt", "li"}
#: a new item closes the open one unless one of these lies between them
_SCOPE = {"li": {"ul", "ol", "menu", "dir"}, "dt": {"dl"}, "dd": {"dl"}, "td": {"tr", "table"},
          "th": {"tr", "table"}, "tr": {"table", "tbody", "thead", "tfoot"}, "option": {"select"}}
_SAME = {"dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "td": {"td", "th"}, "th": {"td", "th"}}

_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
SUFFIXES = (".html", ".htm", ".xhtml")


def looks_like_html(text: str) -> bool:
    """Does the text start (after comments and white space) like an HTML page?"""
    return bool(_SNIFF.match(text[:4096]))


class _Events(HTMLParser):
    """Records where every token of the file starts: (offset, kind, tag).  The tokens are
    contiguous, so each one ends where the next starts."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.events: list[tuple[int, str, Optional[str]]] = []

    def _add(self, kind: str, tag: Optional[str] = None) -> None:
        line, col = self.getpos()
        self.events.append((self.line_starts[line - 1] + col, kind, tag))

    def handle_starttag(self, tag, attrs):
        self._add("start", tag)

    def handle_startendtag(self, tag, attrs):
        self._add("startend", tag)

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("data")

    def handle_entityref(self, name):
        self._add("ref")

    def handle_charref(self, name):
        self._add("ref")

    def handle_comment(self, data):
        self._add("markup")

    def handle_decl(self, decl):
        self._add("markup")

    def handle_pi(self, data):
        self._add("markup")

    def unknown_decl(self, data):
        self._add("markup")


def _tokens(text: str, name: str) -> list[tuple[int, int, str, Optional[str]]]:
    parser = _Events(text)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, IndexError) as exc:       # the tokenizer gave up
        line = parser.getpos()[0]
        raise InputError(f"{name}:{line}: malformed HTML ({exc or 'unexpected markup'})") from None
    events = parser.events
    out = []
    for k, (start, kind, tag) in enumerate(events):
        end = events[k + 1][0] if k + 1 < len(events) else len(text)
        out.append((start, end, kind, tag))
    return out


class _Blocks:
    """The open elements, and the blocks they make.  Every operation is O(1) amortized (an
    index of where each tag is open), so hostile nesting stays linear."""

    def __init__(self):
        self.stack: list[str] = []
        self.kinds: list[str] = []               # the block kind inside stack[:i + 1]
        self.where: dict[str, list[int]] = {}    # tag → its positions in the stack
        self.blocks: list[tuple[int, int, str]] = []
        self.start = 0

    def kind(self) -> str:
        return self.kinds[-1] if self.kinds else "sentence"

    def boundary(self, start: int, end: int, kind: str) -> None:
        """A block element's tag at ``start:end``: the block before it ends there."""
        if self.start < start:
            self.blocks.append((self.start, start, kind))
        self.start = end

    def _last(self, tags) -> int:
        return max((self.where[t][-1] for t in tags if self.where.get(t)), default=-1)

    def _pop_to(self, i: int) -> None:
        while len(self.stack) > i:
            self.where[self.stack.pop()].pop()
            self.kinds.pop()

    def open(self, tag: str) -> None:
        st = self.stack
        if tag in _CLOSES_P and st and st[-1] == "p":
            self._pop_to(len(st) - 1)
        if tag in HEADINGS and st and st[-1] in HEADINGS:
            self._pop_to(len(st) - 1)
        if tag in _SCOPE:
            same = self._last(_SAME.get(tag, (tag,)))
            if same > self._last(_SCOPE[tag]):
                self._pop_to(same)
        if tag not in VOID:
            kind = "heading" if tag in HEADINGS else "item" if tag in ITEMS else self.kind()
            self.where.setdefault(tag, []).append(len(st))
            st.append(tag)
            self.kinds.append(kind)

    def close(self, tag: str) -> None:
        if self.where.get(tag):
            self._pop_to(self.where[tag][-1])


def parse_html(text: str, name: str = "input") -> tuple[list[tuple[int, int, str]], tuple, tuple]:
    """The blocks ((start, end, kind) in order), markup spans and character-reference
    replacements of the HTML ``text``: what :func:`aligner.text.segment.segment_blocks` takes.
    Markup spans are one per token (touching, not merged), so a sentence widens over the
    tags around it up to its block's edge."""
    markup: list[tuple[int, int]] = []
    replace: list[tuple[int, int, str]] = []
    blocks = _Blocks()
    hidden: Optional[str] = None            # inside <script>/<style>/<template>: until its end tag
    depth = 0
    for start, end, kind, tag in _tokens(text, name):
        if hidden is not None:
            markup.append((start, end))
            if kind == "start" and tag == hidden:
                depth += 1
            elif kind == "end" and tag == hidden:
                depth -= 1
                if depth == 0:
                    hidden = None
            continue
        if kind == "data":
            if text.startswith("<!--", start) and text.find("-->", start + 4) < 0:
                markup.append((start, len(text)))         # a comment never closed: to the end
                break
            continue
        if kind == "ref":
            raw = text[start:end]
            value = html.unescape(raw)
            if value != raw:
                replace.append((start, end, value))
            continue
        markup.append((start, end))
        if kind == "markup":
            continue
        if tag in HIDDEN and kind == "start":
            hidden, depth = tag, 1
            continue
        before = blocks.kind()
        if kind != "end":
            blocks.open(tag)
        if kind != "start":
            blocks.close(tag)
        if tag in BLOCK_TAGS:
            blocks.boundary(start, end, before)
    blocks.boundary(len(text), len(text), blocks.kind())
    return blocks.blocks, tuple(markup), tuple(replace)      # contiguous tokens: disjoint, in order


def html_sentences(text: str, lang: str, name: str = "input") -> tuple[list[Sentence], tuple, tuple]:
    """The sentences, markup spans and replacements of an HTML document."""
    from ..text.segment import segment_blocks
    blocks, markup, replace = parse_html(text, name)
    return segment_blocks(text, blocks, lang, markup, replace), markup, replace
