"""aligner: English↔Pashto sentence alignment and translation QA."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["align", "align_documents", "align_files", "check", "check_documents", "check_files", "load_document", "make_document",
           "AlignmentResult", "Bead", "Document", "Finding", "Sentence", "Span", "__version__"]

# The public names load on first use (PEP 562), so that ``aligner --help`` or importing
# ``aligner.errors`` does not import the pipeline, numpy and the language data.
_LAZY = {**{n: ".api" for n in __all__[:8]}, **{n: ".model" for n in __all__[8:14]}}

if TYPE_CHECKING:
    from .api import (align, align_documents, align_files, check, check_documents, check_files,
                      load_document, make_document)
    from .model import AlignmentResult, Bead, Document, Finding, Sentence, Span


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aligner' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
