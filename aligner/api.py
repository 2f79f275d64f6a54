"""The Python API: documents → sentences → embeddings → alignment (→ findings).

>>> from aligner import align
>>> result = align(english_text, pashto_text)
>>> for bead in result.beads: ...
"""
from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Optional

from .align import AlignParams, AlignStats, align_vectors
from .embed import CachedEncoder, EmbeddingCache, get_encoder
from .errors import InputError
from .model import AlignmentResult, Document
from .text import fold, read_document
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


#: below this share of sentences in confident beads the two texts are not translations
UNRELATED_SHARE = 0.3


def check_related(result: AlignmentResult) -> None:
    """Refuse to report hundreds of findings on two texts that are not translations."""
    n = len(result.source.sentences) + len(result.target.sentences)
    if n < 8:
        return
    good = sum(len(b.source) + len(b.target) for b in result.beads
               if b.source and b.target and b.score >= 0.5)
    if good / n < UNRELATED_SHARE:
        raise InputError(f"{result.source.path or 'source'} and {result.target.path or 'target'} do not look like "
                         f"translations of each other: only {good} of {n} sentences align with confidence")


def embedding_text(sentence_text: str) -> str:
    """What the encoder sees: the folded sentence (digits ASCII, letter variants unified)."""
    return " ".join(fold(sentence_text).split())


_ENCODERS: dict = {}


def _encoder(model, backend, cache):
    key = (model, backend, str(cache.path) if cache else None)
    enc = _ENCODERS.get(key)
    if enc is None:
        enc = CachedEncoder(get_encoder(model, backend), cache)
        _ENCODERS[key] = enc
    return enc


def align_documents(source: Document, target: Document, *, model: Optional[str] = None,
                    backend: str = "auto", max_bead: int = 3, cache: bool | str = True,
                    encoder=None, params: Optional[AlignParams] = None) -> AlignmentResult:
    """Align two split documents. ``encoder`` overrides model/backend/cache (for tests)."""
    if encoder is None:
        store = None
        if cache:
            store = EmbeddingCache(cache if isinstance(cache, str) else None)
        encoder = _encoder(model, backend, store)
    p = params or AlignParams(max_bead=max_bead)
    src_texts = [embedding_text(s.text) for s in source.sentences]
    tgt_texts = [embedding_text(s.text) for s in target.sentences]
    stats = AlignStats()
    before = getattr(encoder, "texts_encoded", 0)
    t0 = time.perf_counter()
    vecs = encoder.encode(src_texts + tgt_texts)
    stats.seconds_encode = time.perf_counter() - t0
    S, T = vecs[:len(src_texts)], vecs[len(src_texts):]
    blocks = ([s.block for s in source.sentences], [s.block for s in target.sentences])
    beads = align_vectors(S, T, src_texts, tgt_texts, p, embed=encoder.encode, stats=stats, blocks=blocks)
    stats.encoder_texts = getattr(encoder, "texts_encoded", 0) - before
    return AlignmentResult(source, target, beads, model_name=getattr(encoder, "name", "custom"),
                           backend=getattr(encoder, "backend", "custom"),
                           stats={"sentences_source": len(src_texts), "sentences_target": len(tgt_texts),
                                  "anchors": stats.anchors, "dp_cells": stats.cells,
                                  "texts_embedded": stats.encoder_texts,
                                  "texts_requested": len(src_texts) + len(tgt_texts) + stats.extra_texts,
                                  "seconds_encode": round(stats.seconds_encode, 3),
                                  "seconds_align": round(stats.seconds_align, 3)})


def align(source_text: str, target_text: str, *, source_lang: str = "en", target_lang: str = "ps",
          segmented: bool = False, markdown: bool = False, **kwargs) -> AlignmentResult:
    """Align two texts given as strings. Keyword arguments as for :func:`align_documents`."""
    src = make_document(source_text, source_lang, segmented=segmented, markdown=markdown)
    tgt = make_document(target_text, target_lang, segmented=segmented, markdown=markdown)
    return align_documents(src, tgt, **kwargs)


def align_files(source_path: str, target_path: str, *, source_lang: str = "en", target_lang: str = "ps",
                segmented: bool = False, markdown: Optional[bool] = None, **kwargs) -> AlignmentResult:
    src = load_document(source_path, source_lang, segmented=segmented, markdown=markdown)
    tgt = load_document(target_path, target_lang, segmented=segmented, markdown=markdown)
    check_languages(src, tgt)
    return align_documents(src, tgt, **kwargs)


def check_documents(source: Document, target: Document, *, config: Optional[dict] = None,
                    **kwargs) -> AlignmentResult:
    """Align, then run every QA check; the findings land in ``result.findings``."""
    from .checks import run_checks
    from .config import ensure_config
    config = ensure_config(config, "check config")
    if config.get("glossaries"):
        from .lang.glossary import get_glossary
        get_glossary(config["glossaries"])      # a malformed glossary fails before the model runs
    result = align_documents(source, target, **kwargs)
    if (config or {}).get("check_related", True):
        check_related(result)
    result.findings = run_checks(result, config or {})
    return result


def check(source_text: str, target_text: str, *, source_lang: str = "en", target_lang: str = "ps",
          segmented: bool = False, markdown: bool = False, config: Optional[dict] = None,
          **kwargs) -> AlignmentResult:
    """Align two texts and check them. Keyword arguments as for :func:`align_documents`."""
    src = make_document(source_text, source_lang, segmented=segmented, markdown=markdown)
    tgt = make_document(target_text, target_lang, segmented=segmented, markdown=markdown)
    return check_documents(src, tgt, config=config, **kwargs)


def check_files(source_path: str, target_path: str, *, source_lang: str = "en", target_lang: str = "ps",
                segmented: bool = False, markdown: Optional[bool] = None, config: Optional[dict] = None,
                baseline: Optional[str] = None, **kwargs) -> AlignmentResult:
    """Check two files the way ``aligner check`` does: read them, honour inline
    suppression markers, refuse swapped or wrong-language files, align, run the checks,
    apply suppressions from ``config`` and, if given, the ``baseline`` file."""
    from .baseline import check_pair
    return check_pair(source_path, target_path, config or {}, baseline=baseline, source_lang=source_lang,
                      target_lang=target_lang, segmented=segmented, markdown=markdown, **kwargs)
