"""Input readers → documents: a file or a string becomes a :class:`Document` with its
sentences (offsets into the original text), and a pair is refused when its languages are
plainly not the declared ones.  First stage of the pipeline (see :mod:`aligner.pipeline`)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple, Optional

from .errors import InputError
from .model import Document
from .text.reading import decode_bytes, read_bytes_checked
from .text.segment import segment, segment_blocks

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
#: the document kinds ``--input-format`` names for prose (the article pipeline)
DOCUMENT_KINDS = ("text", "markdown", "html", "docx")


class Input(NamedTuple):
    """A document file as read: its text (DOCX: one paragraph per line), the sha256 of its
    bytes, its kind (text, markdown, html, docx) and, for DOCX, its paragraph blocks
    ((start, end, kind) spans of ``text``)."""
    text: str
    sha256: str
    kind: str
    blocks: Optional[list] = None
    #: DOCX: (first paragraph, label) of the body and each header, footer, footnote, endnote
    parts: Optional[list] = None


def read_input(path, max_bytes: Optional[int] = None, *, input_format: Optional[str] = None,
               markdown: Optional[bool] = None) -> Input:
    """Read a document file of any kind the article pipeline takes.  The kind is
    ``input_format`` (text, markdown, html, docx) when given, else DOCX by its extension or
    content (a zip with ``word/``), HTML by its extension (.html .htm .xhtml) or content
    (``<!DOCTYPE html>``, ``<html>`` …), Markdown by its extension (or ``markdown=True``),
    else plain text.  Other binary files (PDF, XLSX, images …) are refused with advice; every
    failure is one InputError naming the file."""
    fmt = input_format.lower() if input_format else None
    if fmt is not None and fmt not in DOCUMENT_KINDS:
        raise InputError(f"{path}: {input_format!r} is not a document format ({', '.join(DOCUMENT_KINDS)})")
    data = read_bytes_checked(path, max_bytes=max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(path).suffix.lower()
    if fmt == "docx" or (fmt is None and _may_be_docx(suffix, data) and _is_docx(suffix, data)):
        from .formats import docx
        parts: list = []
        text, blocks = docx.read_docx(data, str(path), max_bytes, parts=parts)
        if not text.strip():
            raise InputError(f"{path}: the DOCX has no text")
        return Input(text, digest, "docx", blocks, parts)
    text = decode_bytes(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: is empty" if not text else f"{path}: contains only whitespace")
    if fmt is None:
        if markdown:
            fmt = "markdown"
        elif _may_be_html(suffix, text) and _is_html(suffix, text):
            fmt = "html"
        else:
            fmt = "markdown" if markdown is None and suffix in MARKDOWN_SUFFIXES else "text"
    return Input(text, digest, fmt)


def _may_be_docx(suffix: str, data: bytes) -> bool:
    """False when :func:`_is_docx` is: the suffix is none of DOCX's (each starts with ".doc" or
    ".dot") and the bytes do not open as a zip does, so that a plain-text check does not import
    the DOCX reader (zipfile, shutil, bz2, lzma)."""
    return suffix.startswith((".doc", ".dot")) or data.startswith(b"PK")


def _is_docx(suffix: str, data: bytes) -> bool:
    from .formats import docx
    return suffix in docx.SUFFIXES or docx.is_docx(data)


def _may_be_html(suffix: str, text: str) -> bool:
    """False when :func:`_is_html` is: the suffix is none of HTML's (each starts with ".htm" or
    ".xhtml") and the text does not open with "<" (nor does a page after its comments), so that
    a plain-text check does not import the HTML reader (html.parser, html.entities)."""
    return suffix.startswith((".htm", ".xhtml")) or text[:4096].lstrip().startswith("<")


def _is_html(suffix: str, text: str) -> bool:
    from .formats import html
    return suffix in html.SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and html.looks_like_html(text))


def make_document(text: str, lang: str, path: Optional[str] = None, *, segmented: bool = False,
                  markdown: Optional[bool] = None, sha256: Optional[str] = None, kind: Optional[str] = None,
                  blocks: Optional[list] = None, parts: Optional[list] = None) -> Document:
    """Split ``text`` into a Document.  ``kind`` (from :func:`read_input`): "html" (the text
    is HTML: tags masked, character references decoded for matching), "docx" (one paragraph
    per line, ``blocks`` its paragraphs), "markdown" or "text"; None: Markdown when
    ``markdown`` says so or the path's extension is a Markdown one."""
    if kind is None or kind in ("text", "markdown"):
        if markdown is None:
            markdown = kind == "markdown" or (kind is None and bool(path) and Path(path).suffix.lower() in MARKDOWN_SUFFIXES)
    doc = Document(path=path, lang=lang, text=text,
                   sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest())
    if kind == "html":
        from .formats.html import parse_html
        found, doc.markup, doc.replace = parse_html(text, path or lang + " text")
        doc.sentences = segment_blocks(text, found, lang, doc.markup, doc.replace, whole=segmented)
    elif kind == "docx":
        doc.sentences = segment_blocks(text, blocks, lang, whole=segmented)
        doc.line_unit = "paragraph"
        doc.parts = parts or []             # where the headers, footers and notes start
    else:
        doc.sentences, doc.markup, doc.code = segment(text, lang, markdown=markdown, segmented=segmented)
    if not doc.sentences:
        raise InputError(f"{path or lang + ' text'}: no sentences found")
    return doc


def load_document(path: str, lang: str, *, segmented: bool = False,
                  markdown: Optional[bool] = None, input_format: Optional[str] = None) -> Document:
    got = read_input(path, input_format=input_format, markdown=markdown)
    return make_document(got.text, lang, str(path), segmented=segmented, markdown=markdown, sha256=got.sha256,
                         kind=got.kind, blocks=got.blocks, parts=got.parts)


def _matching_text(doc: Document) -> str:
    """The text the language guess reads: the sentences' matching text when markup is masked."""
    if doc.markup or doc.replace:
        return "\n".join(s.text for s in doc.sentences)
    return doc.text


def check_languages(source: Document, target: Document) -> None:
    """Refuse a pair whose languages are plainly not the declared ones (swapped files,
    a Persian or English file given as the Pashto translation)."""
    from .text.langid import NAMES, detect
    gs, gt = detect(_matching_text(source)), detect(_matching_text(target))
    known = {"en", "ps", "fa", "ar"}
    if {source.lang, target.lang} <= known and gs.lang == target.lang and gt.lang == source.lang \
            and source.lang != target.lang:
        raise InputError(f"the files look swapped: {source.path or 'source'} is {NAMES[gs.lang]} and "
                         f"{target.path or 'target'} is {NAMES[gt.lang]}; give the {NAMES[source.lang]} file first")
    for doc, guess in ((source, gs), (target, gt)):
        if doc.lang in known and guess.lang in known and guess.lang != doc.lang and guess.confidence >= 0.6:
            raise InputError(f"{doc.path or doc.lang + ' text'}: expected {NAMES[doc.lang]} but the text looks "
                             f"{NAMES[guess.lang]} ({guess.detail}); use --{'source' if doc is source else 'target'}-lang "
                             "if that is intended")
