"""The pipeline that runs a check, one way through the layers:

input files → documents and sentences (:mod:`aligner.documents`) → embeddings
(:mod:`aligner.embed`) → alignment (:mod:`aligner.align`) → findings (:mod:`aligner.checks`,
then suppressions and the baseline of :mod:`aligner.baseline`) → the caller, which renders
a report (:mod:`aligner.report`).  :func:`check_pair` is what ``aligner check``, ``baseline
create``, ``precommit`` and ``audit`` run for each document pair; :mod:`aligner.api` is the
public face of the same functions.
"""
from __future__ import annotations

import time
from typing import Optional

from .align import AlignParams, AlignStats, align_vectors
from .baseline import apply_baseline, apply_suppressions, codes_checked, scan_markers
from .config import ensure_config
from .documents import check_languages, make_document
from .embed import CachedEncoder, EmbeddingCache, get_encoder
from .errors import InputError
from .model import AlignmentResult, Document
from .text import fold, read_document
from .text.reading import MB

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


def check_documents(source: Document, target: Document, *, config: Optional[dict] = None,
                    **kwargs) -> AlignmentResult:
    """Align, then run every QA check; the findings land in ``result.findings``."""
    from .checks import run_checks
    config = ensure_config(config, "check config")
    if config.get("glossaries"):
        from .lang.glossary import get_glossary
        get_glossary(config["glossaries"])      # a malformed glossary fails before the model runs
    result = align_documents(source, target, **kwargs)
    if (config or {}).get("check_related", True):
        check_related(result)
    result.findings = run_checks(result, config or {})
    return result


def check_pair(source, target, config: Optional[dict] = None, *, baseline=None,
               source_lang: str = "en", target_lang: str = "ps", segmented: bool = False,
               markdown: Optional[bool] = None, **align_kwargs) -> AlignmentResult:
    """Check a document pair the way ``aligner check`` does: read both files, blank and
    collect their suppression markers, align and run the checks with ``config`` (as from
    :func:`aligner.config.load_config`), apply the suppressions, then the ``baseline``
    file if one is given.  ``config["model"]``/``["backend"]`` choose the encoder unless
    ``align_kwargs`` does.  ``result.stats`` gains ``codes_checked``, ``suppressed`` and
    (with a baseline) ``baseline``."""
    config = ensure_config(config)
    limit = int(config["max_input_mb"] * MB) if config.get("max_input_mb") else None
    docs, markers = [], []
    for path, lang in ((source, source_lang), (target, target_lang)):
        text, digest = read_document(path, max_bytes=limit)
        try:
            masked, found = scan_markers(text)
        except InputError as exc:
            raise InputError(f"{path}: {exc}")
        docs.append(make_document(masked, lang, str(path), segmented=segmented, markdown=markdown,
                                  sha256=digest))
        markers.append(found)
    if config.get("check_languages", True):
        check_languages(docs[0], docs[1])
    align_kwargs.setdefault("model", config.get("model"))
    align_kwargs.setdefault("backend", config.get("backend") or "auto")
    result = check_documents(docs[0], docs[1], config=config, **align_kwargs)
    result.findings, counts = apply_suppressions(result, config, markers[0], markers[1])
    result.stats["codes_checked"] = sorted(set(codes_checked(config)) | {f.code for f in result.findings})
    result.stats["suppressed"] = counts
    if baseline:
        outcome = apply_baseline(result.findings, baseline, result)
        result.findings = outcome.new
        result.stats["baseline"] = {"path": str(baseline), "suppressed": outcome.suppressed,
                                    "fixed": outcome.fixed}
    return result
