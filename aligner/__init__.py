"""aligner: English↔Pashto sentence alignment and translation QA."""
from __future__ import annotations

import importlib
import sys
import types
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


class _Package(types.ModuleType):
    """The package module: importing the subpackage ``aligner.align`` must not replace the
    public function ``aligner.align`` (the import system sets the parent's attribute to the
    submodule; eager imports used to rebind the function afterwards)."""

    def __setattr__(self, name, value):
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
