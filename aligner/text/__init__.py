"""Text layer: reading files, normalization for matching, sentence splitting."""
from .normalize import NormText, fold, normalize
from .reading import read_document, decode_bytes
from .segment import split_sentences

__all__ = ["NormText", "fold", "normalize", "read_document", "decode_bytes", "split_sentences"]
