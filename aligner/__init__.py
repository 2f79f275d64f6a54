"""aligner: English↔Pashto sentence alignment and translation QA."""
from .api import (align, align_documents, align_files, check, check_documents, check_files,
                  load_document, make_document)
from .model import AlignmentResult, Bead, Document, Finding, Sentence, Span

__version__ = "0.1.0"
__all__ = ["align", "align_documents", "align_files", "check", "check_documents", "check_files", "load_document", "make_document",
           "AlignmentResult", "Bead", "Document", "Finding", "Sentence", "Span", "__version__"]
