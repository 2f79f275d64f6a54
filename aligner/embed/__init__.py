"""Embedding layer: the Encoder interface, its backends and the on-disk cache.

The names load on first use (numpy, sqlite3 and the backends are not imported with the
package), so that :mod:`aligner.embed.early` can start the encoder before them."""
from __future__ import annotations

from importlib import import_module

__all__ = ["Encoder", "get_encoder", "DEFAULT_MODEL", "EmbeddingCache", "CachedEncoder"]
_HOME = {"Encoder": "base", "get_encoder": "base", "DEFAULT_MODEL": "base",
         "EmbeddingCache": "cache", "CachedEncoder": "cache"}


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
