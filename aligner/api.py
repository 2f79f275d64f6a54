"""The Python API: documents → sentences → embeddings → alignment (→ findings).

>>> from aligner import align
>>> result = align(english_text, pashto_text)
>>> for bead in result.beads: ...
"""
from __future__ import annotations

from typing import Optional

from .documents import MARKDOWN_SUFFIXES, check_languages, load_document, make_document
from .model import AlignmentResult
from .pipeline import (align_documents, check_documents, check_pair, check_related, embedding_text)

__all__ = ["align", "align_files", "check", "check_files", "align_documents", "check_documents",
           "make_document", "load_document", "check_languages", "check_related", "embedding_text",
           "MARKDOWN_SUFFIXES"]


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


def check(source_text: str, target_text: str, *, source_lang: str = "en", target_lang: str = "ps",
          segmented: bool = False, markdown: bool = False, config: Optional[dict] = None,
          **kwargs) -> AlignmentResult:
    """Align two texts and check them. Keyword arguments as for :func:`align_documents`."""
    src = make_document(source_text, source_lang, segmented=segmented, markdown=markdown)
    tgt = make_document(target_text, target_lang, segmented=segmented, markdown=markdown)
    return check_documents(src, tgt, config=config, **kwargs)


def check_files(source_path: str, target_path: str, *, source_lang: str = "en", target_lang: str = "ps",
                segmented: bool = False, markdown: Optional[bool] = None, config: Optional[dict] = None,
                baseline: Optional[str] = None, decisions: Optional[str] = None, **kwargs) -> AlignmentResult:
    """Check two files the way ``aligner check`` does: read them, honour inline
    suppression markers, refuse swapped or wrong-language files, align, run the checks,
    apply suppressions from ``config`` and, if given, the ``baseline`` file and the reviewer
    ``decisions`` (:mod:`aligner.review.decisions`); ``result.stats["lqa"]`` is the LQA
    scorecard (:mod:`aligner.review.lqa`)."""
    from .config import ensure_config
    from .review import finish_check
    config = ensure_config(config)
    result = check_pair(source_path, target_path, config, baseline=baseline, source_lang=source_lang,
                        target_lang=target_lang, segmented=segmented, markdown=markdown, **kwargs)
    finish_check(result, config, decisions)
    return result
