"""Input readers → documents: a file or a string becomes a :class:`Document` with its
sentences (offsets into the original text), and a pair is refused when its languages are
plainly not the declared ones.  First stage of the pipeline (see :mod:`aligner.pipeline`)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from .errors import InputError
from .model import Document
from .text import read_document
from .text.segment import segment

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


def make_document(text: str, lang: str, path: Optional[str] = None, *, segmented: bool = False,
                  markdown: Optional[bool] = None, sha256: Optional[str] = None) -> Document:
    if markdown is None:
        markdown = bool(path) and Path(path).suffix.lower() in MARKDOWN_SUFFIXES
    doc = Document(path=path, lang=lang, text=text,
                   sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest())
    doc.sentences, doc.markup, doc.code = segment(text, lang, markdown=markdown, segmented=segmented)
    if not doc.sentences:
        raise InputError(f"{path or lang + ' text'}: no sentences found")
    return doc


def load_document(path: str, lang: str, *, segmented: bool = False,
                  markdown: Optional[bool] = None) -> Document:
    text, digest = read_document(path)
    return make_document(text, lang, str(path), segmented=segmented, markdown=markdown, sha256=digest)


def check_languages(source: Document, target: Document) -> None:
    """Refuse a pair whose languages are plainly not the declared ones (swapped files,
    a Persian or English file given as the Pashto translation)."""
    from .text.langid import NAMES, detect
    gs, gt = detect(source.text), detect(target.text)
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
