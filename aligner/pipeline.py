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
from .documents import check_languages, make_document, read_input
from .embed import CachedEncoder, EmbeddingCache, get_encoder
from .embed.base import encode_meanwhile
from .errors import InputError
from .model import AlignmentResult, Document
from .text import fold
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


def prefetch_encoder(model=None, backend="auto", cache: bool | str = True) -> None:
    """Start loading the encoder in a background thread when every text will be embedded
    (no cache, or its file not created yet), so that it loads while the input is read and
    split; the first ``encode`` waits for it (``AutoEncoder.prepare``)."""
    store = EmbeddingCache(cache if isinstance(cache, str) else None) if cache else None
    if store is not None and store.path.exists():
        return
    prepare = getattr(_encoder(model, backend or "auto", store).encoder, "prepare", None)
    if prepare is not None:
        prepare()


def align_documents(source: Document, target: Document, *, model: Optional[str] = None,
                    backend: str = "auto", max_bead: int = 3, cache: bool | str = True,
                    encoder=None, params: Optional[AlignParams] = None, meanwhile=None) -> AlignmentResult:
    """Align two split documents. ``encoder`` overrides model/backend/cache (for tests);
    ``meanwhile()`` runs while the sentences are embedded (``embed.base.encode_meanwhile``)."""
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
    vecs = encode_meanwhile(encoder, src_texts + tgt_texts, meanwhile)
    stats.seconds_encode = time.perf_counter() - t0
    S, T = vecs[:len(src_texts)], vecs[len(src_texts):]
    blocks = ([s.block for s in source.sentences], [s.block for s in target.sentences])
    beads = align_vectors(S, T, src_texts, tgt_texts, p, embed=encoder.encode, stats=stats, blocks=blocks)
    stats.encoder_texts = getattr(encoder, "texts_encoded", 0) - before
    result = AlignmentResult(source, target, beads, model_name=getattr(encoder, "name", "custom"),
                             backend=getattr(encoder, "backend", "custom"),
                             stats={"sentences_source": len(src_texts), "sentences_target": len(tgt_texts),
                                    "anchors": stats.anchors, "dp_cells": stats.cells,
                                    "texts_embedded": stats.encoder_texts,
                                    "texts_requested": len(src_texts) + len(tgt_texts) + stats.extra_texts,
                                    "seconds_encode": round(stats.seconds_encode, 3),
                                    "seconds_align": round(stats.seconds_align, 3)})
    result.embed = encoder.encode     # for checks that compare a pair with a part of it (OMIT-PARTIAL)
    return result


#: language data the checks parse at their first pair (functions without arguments, each
#: computed once a process): loaded by :func:`_prepare_checks` while the encoder runs instead
#: of after it.  With a fresh cache folder the two word lists are also checked for order
#: there (lang.data._checked_sorted, ~0.1 CPU s under load): the largest part.
WARM_UP = (("aligner.text.langid", "_english_words"), ("aligner.checks.analyses.names", "common_english"),
           ("aligner.checks.analyses.names", "ordinary_words"), ("aligner.lang.dates", "lexicon"),
           ("aligner.checks.negation", "_lexicon"))


def _prepare_checks(config: dict) -> None:
    """What the checks load before their first pair (their modules, the glossary, the
    language data of :data:`WARM_UP`), done while the encoder runs."""
    import importlib

    from .checks import load_checks
    from .lang.glossary import get_glossary
    load_checks()
    get_glossary(config.get("glossaries"))
    for module, name in WARM_UP:
        getattr(importlib.import_module(module), name)()


def check_documents(source: Document, target: Document, *, config: Optional[dict] = None,
                    **kwargs) -> AlignmentResult:
    """Align, then run every QA check; the findings land in ``result.findings``."""
    from .checks import run_checks
    config = ensure_config(config, "check config")
    if config.get("glossaries"):
        from .lang.glossary import get_glossary
        get_glossary(config["glossaries"])      # a malformed glossary fails before the model runs
    result = align_documents(source, target, meanwhile=lambda: _prepare_checks(config), **kwargs)
    if (config or {}).get("check_related", True):
        check_related(result)
    result.findings = run_checks(result, config or {})
    return result


#: codes of the article pipeline that do not apply to key-paired units (a unit's counterpart
#: is known by its id; an untranslated unit is counted, not reported as an omission)
NOT_FOR_UNITS = ("OMIT-SENTENCE", "ADD-SENTENCE", "ALIGN-LOW-CONFIDENCE")


def check_units(units, config: Optional[dict] = None, *, include_untranslated: bool = False,
                model: Optional[str] = None, backend: str = "auto", cache: bool | str = True,
                encoder=None) -> AlignmentResult:
    """Check a localization file's units (:class:`aligner.formats.UnitSet`), paired by id.

    Each checked unit is one bead (see :mod:`aligner.keyed`); the encoder scores each
    pair (``Bead.similarity``, which the stale-translation rule reads); every check runs;
    each finding gets its unit's ``unit`` reference.  ``result.stats["units"]`` counts the
    units checked, untranslated, skipped by state and empty."""
    import numpy as np

    from .checks import run_checks
    from .keyed import select_units, unit_documents
    from .model import Bead
    config = ensure_config(config, "check config")
    if config.get("glossaries"):
        from .lang.glossary import get_glossary
        get_glossary(config["glossaries"])
    checked, counts = select_units(units, include_untranslated)
    src, tgt, pairs = unit_documents(units, checked)
    if encoder is None:
        store = None
        if cache:
            store = EmbeddingCache(cache if isinstance(cache, str) else None)
        encoder = _encoder(model, backend, store)
    t0 = time.perf_counter()
    src_texts = [embedding_text(s.text) for s in src.sentences]
    tgt_texts = [embedding_text(s.text) for s in tgt.sentences]
    vecs = np.asarray(encoder.encode(src_texts + tgt_texts), dtype=np.float32) if src_texts else None
    seconds = time.perf_counter() - t0
    beads = []
    if vecs is not None:
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.where(norms == 0, 1, norms)
        S, T = vecs[:len(src_texts)], vecs[len(src_texts):]
    for s_ids, t_ids in pairs:
        sim = float(S[s_ids[0]] @ T[t_ids[0]]) if s_ids and t_ids else None
        beads.append(Bead(s_ids, t_ids, 1.0, sim))
    result = AlignmentResult(src, tgt, beads, model_name=getattr(encoder, "name", "custom"),
                             backend=getattr(encoder, "backend", "custom"),
                             stats={"sentences_source": len(src.sentences), "sentences_target": len(tgt.sentences),
                                    "seconds_encode": round(seconds, 3), "units": counts})
    result.units = units
    result.unit_beads = checked
    #: the units' normalised sentence vectors (source, target), for the stale-translation rule
    result.unit_vectors = (S, T) if vecs is not None else None
    run_config = dict(config)
    run_config["disable"] = list(config.get("disable") or []) + list(NOT_FOR_UNITS)
    result.findings = run_checks(result, run_config)
    for f in result.findings:
        if f.bead is not None and f.unit is None and 0 <= f.bead < len(checked):
            f.unit = checked[f.bead].ref()
    from .checks import apply_config
    from .keyed import file_findings                  # the file as a whole (L10N-NOT-TRANSLATABLE)
    result.findings += apply_config(file_findings(units), run_config, result)
    return result


def _check_unit_file(source, target, config: dict, *, input_format, include_untranslated, baseline,
                     **align_kwargs) -> AlignmentResult:
    from .formats import read_units
    limit = int(config["max_input_mb"] * MB) if config.get("max_input_mb") else None
    units = read_units(source, target, input_format=input_format, max_bytes=limit)
    align_kwargs.setdefault("model", config.get("model"))
    align_kwargs.setdefault("backend", config.get("backend") or "auto")
    align_kwargs.pop("max_bead", None)
    align_kwargs.pop("params", None)
    result = check_units(units, config, include_untranslated=include_untranslated, **align_kwargs)
    return _gate(result, config, [], [], baseline, not_run=NOT_FOR_UNITS)


def _gate(result: AlignmentResult, config: dict, source_markers, target_markers, baseline,
          not_run=()) -> AlignmentResult:
    """Apply the suppressions and the baseline; record what ran and what was hidden."""
    result.findings, counts = apply_suppressions(result, config, source_markers, target_markers)
    result.stats["codes_checked"] = sorted((set(codes_checked(config)) - set(not_run))
                                           | {f.code for f in result.findings})
    result.stats["suppressed"] = counts
    if baseline:
        outcome = apply_baseline(result.findings, baseline, result)
        result.findings = outcome.new
        result.stats["baseline"] = {"path": str(baseline), "suppressed": outcome.suppressed,
                                    "fixed": outcome.fixed}
    return result


def is_unit_input(path, input_format: Optional[str] = None) -> bool:
    """True when ``path`` is a localization file (XLIFF, TMX, PO, JSON, YAML, Android)."""
    from .formats import detect_format
    return detect_format(path, input_format) is not None


def read_pair(source, target, config: dict, *, source_lang: str = "en", target_lang: str = "ps",
              segmented: bool = False, markdown: Optional[bool] = None,
              input_format: Optional[str] = None) -> tuple[list[Document], list]:
    """:func:`check_pair`'s first step for two documents (not localization files): read both
    files, blank and collect their suppression markers, split them; check their languages.
    Returns the two documents and their markers; raises :class:`InputError` as the check would."""
    limit = int(config["max_input_mb"] * MB) if config.get("max_input_mb") else None
    docs, markers = [], []
    for path, lang in ((source, source_lang), (target, target_lang)):
        got = read_input(path, max_bytes=limit, input_format=input_format, markdown=markdown)
        try:
            masked, found = scan_markers(got.text)
        except InputError as exc:
            raise InputError(f"{path}: {exc}")
        docs.append(make_document(masked, lang, str(path), segmented=segmented, markdown=markdown,
                                  sha256=got.sha256, kind=got.kind, blocks=got.blocks, parts=got.parts))
        markers.append(found)
    if config.get("check_languages", True):
        check_languages(docs[0], docs[1])
    return docs, markers


def check_pair(source, target=None, config: Optional[dict] = None, *, baseline=None,
               source_lang: str = "en", target_lang: str = "ps", segmented: bool = False,
               markdown: Optional[bool] = None, input_format: Optional[str] = None,
               include_untranslated: bool = False, read=None, **align_kwargs) -> AlignmentResult:
    """Check a document pair the way ``aligner check`` does: read both files, blank and
    collect their suppression markers, align and run the checks with ``config`` (as from
    :func:`aligner.config.load_config`), apply the suppressions, then the ``baseline``
    file if one is given.  ``config["model"]``/``["backend"]`` choose the encoder unless
    ``align_kwargs`` does.  ``result.stats`` gains ``codes_checked``, ``suppressed`` and
    (with a baseline) ``baseline``.

    A localization file (XLIFF, TMX, PO alone, or a pair of JSON/YAML/Android/PO files; by
    extension, content or ``input_format``) goes through :func:`check_units` instead;
    ``target`` is None for a bilingual file.  ``read``: what :func:`read_pair` returned for this
    pair with the same arguments (``aligner audit`` reads a batch's pairs before encoding them)."""
    config = ensure_config(config)
    if target is None or is_unit_input(source, input_format):
        return _check_unit_file(source, target, config, input_format=input_format,
                                include_untranslated=include_untranslated, baseline=baseline, **align_kwargs)
    if read is None:
        read = read_pair(source, target, config, source_lang=source_lang, target_lang=target_lang,
                         segmented=segmented, markdown=markdown, input_format=input_format)
    docs, markers = read
    align_kwargs.setdefault("model", config.get("model"))
    align_kwargs.setdefault("backend", config.get("backend") or "auto")
    result = check_documents(docs[0], docs[1], config=config, **align_kwargs)
    return _gate(result, config, markers[0], markers[1], baseline)
