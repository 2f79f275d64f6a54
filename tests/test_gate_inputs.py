"""Input that cannot hurt (issue 10): non-text formats are named (item 7), only regular files
are read, within a size limit, with bounded reads (item 14), an unusable embedding cache is a
warning, not a failure (item 23)."""
import io
import os
import resource
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.embed import cache as cache_mod
from aligner.embed.cache import CachedEncoder, EmbeddingCache
from aligner.errors import InputError
from aligner.lang.glossary import load_glossary
from aligner.text import reading
from aligner.text.reading import read_document
from tests.helpers import ROOT, SEEDS

EN = next(SEEDS.glob("000_*.txt"))
PS = next(SEEDS.glob("001_*.txt"))
runner = CliRunner()


def _zip(entries: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


DOCX = _zip({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>",
             "word/document.xml": "<w:document><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>"})
XLSX = _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODT = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>"})
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"\x00" * 40
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 30


@pytest.mark.parametrize("data, what, advice", [
    (DOCX, "a Word document (DOCX)", "save it as plain text (UTF-8) or Markdown"),
    (DOCX[:300], "a Word document (DOCX)", "save it as plain text"),          # truncated archive
    (XLSX, "an Excel workbook (XLSX)", "export the sheet"),
    (ODT, "an OpenDocument text (ODT)", "save it as plain text"),
    (PDF, "a PDF document", "pdftotext"),
    (OLE, "a legacy Microsoft Office document (.doc, .xls or .ppt)", "save it as plain text"),
    (PNG, "a PNG image", "not images"),
    (b"{\\rtf1\\ansi Hello}", "an RTF document", "save it as plain text"),
    (_zip({"a.txt": "x"}), "a ZIP archive", "extract the documents"),
])
def test_binary_formats_are_named_with_what_to_do(tmp_path, data, what, advice):
    path = tmp_path / "doc.ps.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_document(path)
    message = str(exc.value)
    assert message.startswith(f"{path}: is {what}, not plain text; ") and advice in message
    assert "NUL byte" not in message and "\n" not in message


def test_cli_reads_a_docx_as_a_word_document(tmp_path):
    """A DOCX is read as one (issue 13); this one's XML lacks its namespace declaration: one
    line naming the file, the part and the line, exit 2."""
    path = tmp_path / "doc.ps.docx"
    path.write_bytes(DOCX)
    res = runner.invoke(app, ["check", str(EN), str(path)])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"aligner: error: {path}: word/document.xml:1: malformed XML")


def test_unknown_binary_still_says_binary(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"abc" + bytes(range(256)))
    with pytest.raises(InputError, match=r"binary data \(NUL byte at offset 3\)"):
        read_document(path)


# --- regular files only, size limit, bounded reads (item 14) ------------------------------------

def _in_thread(fn, timeout=10.0):
    """Run ``fn`` in a daemon thread; return ('done', value) / ('raised', exc) / ('hung', None)."""
    box = {}

    def target():
        try:
            box["r"] = ("done", fn())
        except BaseException as exc:        # noqa: BLE001 - reported to the test
            box["r"] = ("raised", exc)
    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(timeout)
    return box.get("r", ("hung", None))


@pytest.mark.parametrize("reader", [
    lambda p: read_document(p),
    lambda p: load_glossary(p),
    lambda p: __import__("aligner.audit", fromlist=["read_manifest"]).read_manifest(p, p.parent),
])
def test_a_fifo_is_refused_without_blocking(tmp_path, reader):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    try:
        kind, value = _in_thread(lambda: reader(fifo))
    finally:
        try:                                   # release a reader that blocked (the old behaviour)
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    assert kind == "raised" and isinstance(value, InputError), (kind, value)
    assert str(value) == f"{fifo}: is a FIFO (named pipe), not a regular file; only regular files are read"


def _limited():
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))      # the old code grew without end


def _cli(*args, env=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "aligner", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env={**os.environ, **(env or {})}, preexec_fn=_limited)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_as_input_or_glossary_and_a_fifo_as_input_are_exit_2(tmp_path):
    fifo = tmp_path / "pipe.ps.txt"
    os.mkfifo(fifo)
    for args, message in (
            (["check", str(EN), "/dev/zero"], "/dev/zero: is a character device, not a regular file"),
            (["check", str(EN), str(PS), "--glossary", "/dev/zero"],
             "/dev/zero: is a character device, not a regular file"),
            (["check", str(EN), str(fifo)], f"{fifo}: is a FIFO (named pipe), not a regular file")):
        r = _cli(*args, timeout=30)
        assert r.returncode == 2, (args, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"aligner: error: {message}"), r.stderr


def test_size_limit_default_env_and_setter(tmp_path, monkeypatch):
    monkeypatch.delenv("ALIGNER_MAX_INPUT_MB", raising=False)
    assert reading.max_input_bytes() == 32 << 20
    big = tmp_path / "big.ps.txt"
    big.write_bytes(("د افغانستان " * 200 + "\n").encode() * 10)          # about 42 KB
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "0.01")                       # about 10 KB
    with pytest.raises(InputError, match=r"is 43\.0 KB, larger than the 10\.2 KB limit for input files "
                                          r"\(set ALIGNER_MAX_INPUT_MB to raise it\)"):
        read_document(big)
    monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", "1")
    assert read_document(big)[0].startswith("د افغانستان")
    for bad in ("abc", "0", "-3", "nan", "inf", "1e-9"):
        monkeypatch.setenv("ALIGNER_MAX_INPUT_MB", bad)
        with pytest.raises(InputError, match="ALIGNER_MAX_INPUT_MB=.*expected a positive number of megabytes"):
            read_document(big)
    try:
        reading.set_max_input_bytes(1000)                                            # the setter wins over the env
        with pytest.raises(InputError, match="larger than"):
            reading.read_bytes_checked(big, "glossary")
        with pytest.raises(InputError):
            reading.set_max_input_bytes(0)
    finally:
        reading.set_max_input_bytes(None)


def test_cli_size_limit_and_bad_env_are_exit_2(tmp_path):
    big = tmp_path / "big.ps.txt"
    big.write_bytes(PS.read_bytes() * 3)                                     # about 23 KB
    r = _cli("check", str(EN), str(big), env={"ALIGNER_MAX_INPUT_MB": "0.01"})
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert r.stderr.startswith(f"aligner: error: {big}: is 22.3 KB, larger than the 10.2 KB limit"), r.stderr
    r = _cli("check", str(EN), str(PS), env={"ALIGNER_MAX_INPUT_MB": "lots"})
    assert r.returncode == 2 and r.stderr.strip() == (
        "aligner: error: ALIGNER_MAX_INPUT_MB='lots': expected a positive number of megabytes, e.g. 64")


def test_reads_are_bounded_even_when_the_size_lies(tmp_path, monkeypatch):
    """A file that grows after the stat (or reports size 0, as /proc files do) is still read
    only up to limit + 1 bytes."""
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 5000)
    real_stat, reads = os.stat, []

    def lying_stat(p, *a, **k):
        st = real_stat(p, *a, **k)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 0,
                               st.st_atime, st.st_mtime, st.st_ctime))
    real_read = os.read

    def counting_read(fd, n):
        data = real_read(fd, n)
        reads.append(len(data))
        return data
    monkeypatch.setattr(reading.os, "stat", lying_stat)
    monkeypatch.setattr(reading.os, "read", counting_read)
    with pytest.raises(InputError, match="larger than the"):
        reading.read_bytes_checked(path, max_bytes=100)
    assert sum(reads) == 101


def test_missing_and_directory_messages_are_kept(tmp_path):
    with pytest.raises(InputError, match=r": no such file$"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match=r"is a directory, expected a text file"):
        read_document(tmp_path)
    with pytest.raises(InputError, match=r"nope.tsv: no such glossary file"):
        load_glossary(tmp_path / "nope.tsv")


# --- an unusable cache is a warning (item 23) ---------------------------------------------------

class _FakeEncoder:
    name, backend, cache_id, dim = "fake", "fake", "fake/1", 4

    def encode(self, texts):
        return np.eye(4, dtype=np.float32)[[len(t) % 4 for t in texts]]


@pytest.mark.parametrize("how", ["file", "uncreatable"])
def test_unusable_cache_warns_once_and_runs_without_it(tmp_path, monkeypatch, capsys, how):
    if how == "file":
        blocker = tmp_path / "cache"
        blocker.write_text("not a folder", encoding="utf-8")
        cache_dir, reason = blocker, f"{blocker} is a file, not a folder"
    else:
        (tmp_path / "ro").mkdir()
        (tmp_path / "ro").chmod(0o500)
        cache_dir, reason = tmp_path / "ro" / "sub" / "cache", None
        if os.access(tmp_path / "ro", os.W_OK):
            pytest.skip("running as root: permissions do not apply")
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(cache_dir))
    monkeypatch.setattr(cache_mod, "_warned", set())
    enc = CachedEncoder(_FakeEncoder(), EmbeddingCache())
    for _ in range(3):
        out = enc.encode(["a", "bb", "a"])
        assert out.shape == (3, 4) and (out[0] == out[2]).all()
    assert EmbeddingCache().usable() is False
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("aligner: warning: embedding cache ")
    assert err[0].endswith("(check ALIGNER_CACHE_DIR); running without the cache")
    if reason:
        assert reason in err[0]


@pytest.mark.slow
def test_cli_check_with_a_file_as_cache_dir_runs(tmp_path):
    blocker = tmp_path / "cachefile"
    blocker.write_text("x", encoding="utf-8")
    r = _cli("check", str(EN), str(PS), "-f", "json", env={"ALIGNER_CACHE_DIR": str(blocker)}, timeout=120)
    assert r.returncode == 1, r.stderr                                     # the seed pair's two errors
    assert r.stderr.count("embedding cache") == 1 and "running without the cache" in r.stderr
    assert '"TERM-FORBIDDEN"' in r.stdout
