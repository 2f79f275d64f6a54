"""Embedding layer: the Encoder interface, its backends and the on-disk cache."""
from .base import Encoder, get_encoder, DEFAULT_MODEL
from .cache import EmbeddingCache, CachedEncoder

__all__ = ["Encoder", "get_encoder", "DEFAULT_MODEL", "EmbeddingCache", "CachedEncoder"]
