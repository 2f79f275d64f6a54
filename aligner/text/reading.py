"""Reading input files: bytes → text, with errors the user can act on.

Every file the tool reads on a user's behalf (documents, glossaries, manifests, baselines)
goes through :func:`read_bytes_checked`: regular files only (a FIFO, device or socket is
refused without being opened in a way that could block), at most :func:`max_input_bytes`
bytes (default 32 MB, ``ALIGNER_MAX_INPUT_MB`` or :func:`set_max_input_bytes` to change it),
and the read itself bounded, so ``/dev/zero`` or a file that grows while it is read cannot
exhaust memory.  :func:`decode_bytes` then names what a non-text file is (PDF, Word, an
image …) and what to do about it (a DOCX document itself is read by
:mod:`aligner.formats.docx` through :func:`aligner.documents.read_input`).
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import stat
from pathlib import Path
from typing import Optional

from ..errors import InputError

MB = 1 << 20
DEFAULT_MAX_INPUT_MB = 32
MAX_INPUT_ENV = "ALIGNER_MAX_INPUT_MB"
_max_input_override: Optional[int] = None


def set_max_input_bytes(n: Optional[int]) -> None:
    """Set the size limit for every input file in bytes (None: back to the environment /
    default).  Used by the configuration; a non-positive value is an InputError."""
    global _max_input_override
    if n is not None:
        if isinstance(n, bool) or not isinstance(n, int) or n <= 0:
            raise InputError(f"the input size limit must be a positive number of bytes, got {n!r}")
    _max_input_override = n


def max_input_bytes() -> int:
    """The size limit for input files: :func:`set_max_input_bytes`, else ``ALIGNER_MAX_INPUT_MB``
    (megabytes of 2**20 bytes, may be fractional), else 32 MB.  A bad environment value is an
    InputError (exit 2)."""
    if _max_input_override is not None:
        return _max_input_override
    raw = os.environ.get(MAX_INPUT_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_MAX_INPUT_MB * MB
    try:
        mb = float(raw)
    except ValueError:
        mb = float("nan")
    if not (mb > 0) or mb == float("inf") or mb * MB < 1:
        raise InputError(f"{MAX_INPUT_ENV}={raw.strip()!r}: expected a positive number of megabytes, e.g. 64")
    return int(mb * MB)


def _megabytes(n: int) -> str:
    """A size for a message: "812 bytes", "4.8 KB", "1.5 MB", "32 MB"."""
    if n < 1024:
        return f"{n} bytes"
    if n < MB:
        return f"{n / 1024:.1f} KB"
    return f"{n / MB:.1f} MB" if n < 10 * MB else f"{n / MB:.0f} MB"


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    return next((label for test, label in _KINDS if test(mode)), "not a regular file")


def read_bytes_checked(path: str | os.PathLike, what: str = "input", max_bytes: Optional[int] = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them (default:
    :func:`max_input_bytes`).  Every failure is one :class:`InputError` naming ``path`` (and
    ``what`` it is, e.g. "glossary", unless it is the plain "input"): missing, a directory, a
    FIFO/device/socket (refused after ``os.stat``, never opened blocking), too large,
    unreadable."""
    limit = max_input_bytes() if max_bytes is None else max_bytes
    label = "" if what == "input" else f" {what}"
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such{label} file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read{label} ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory, expected a{label or ' text'} file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: is {_kind(st.st_mode)}, not a regular file; only regular files are read")
    too_big = (f"{path}: is larger than the {_megabytes(limit)} limit for{label or ' input'} files "
               f"(set {MAX_INPUT_ENV} to raise it)")
    if st.st_size > limit:
        raise InputError(too_big.replace("is larger", f"is {_megabytes(st.st_size)}, larger", 1))
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, open does not hang
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot read{label} ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{path}: is not a regular file; only regular files are read")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputError(f"{path}: cannot read{label} ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if total > limit:                      # it grew after the stat (or lied about its size)
        raise InputError(too_big)
    return b"".join(chunks)


# --- what a file that is not text is ---------------------------------------------------

_PLAIN = "save it as plain text (UTF-8) or Markdown and check that"

#: (magic prefix, description, advice); checked in order
_MAGIC = (
    (b"%PDF-", "a PDF document", "export its text (e.g. `pdftotext -enc UTF-8 FILE out.txt`) "
                                    "or save it from the source application as plain text (UTF-8)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document (.doc, .xls or .ppt)", _PLAIN),
    (b"{\\rtf", "an RTF document", _PLAIN),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "aligner reads text, not images"),
    (b"\xff\xd8\xff", "a JPEG image", "aligner reads text, not images"),
    (b"GIF87a", "a GIF image", "aligner reads text, not images"),
    (b"GIF89a", "a GIF image", "aligner reads text, not images"),
    (b"II*\x00", "a TIFF image", "aligner reads text, not images"),
    (b"MM\x00*", "a TIFF image", "aligner reads text, not images"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it (gunzip) and check the text inside"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "decompress it (unxz) and check the text inside"),
    (b"(\xb5/\xfd", "a zstd-compressed file", "decompress it (unzstd) and check the text inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract the documents and check them"),
    (b"Rar!\x1a\x07", "a RAR archive", "extract the documents and check them"),
    (b"SQLite format 3\x00", "an SQLite database", "aligner reads text documents"),
    (b"\x7fELF", "an executable (ELF)", "aligner reads text documents"),
)

#: ZIP-based formats: (entry name or prefix, description, advice)
_ZIP_KINDS = (
    ("word/", "a Word document (DOCX)", "documents read it as DOCX (a .docx name or --input-format docx); "
                                        "elsewhere " + _PLAIN),
    ("xl/", "an Excel workbook (XLSX)", "export the sheet as UTF-8 text or CSV, one segment per line, "
                                       "and check that (with --segmented)"),
    ("ppt/", "a PowerPoint presentation (PPTX)", _PLAIN),
)
_ODF = {"application/vnd.oasis.opendocument.text": "an OpenDocument text (ODT)",
        "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (ODS)",
        "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (ODP)",
        "application/epub+zip": "an EPUB e-book"}


def _zip_kind(data: bytes) -> tuple[str, str]:
    import zipfile          # here: a text input does not load it (nor shutil, bz2, lzma)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            mimetype = z.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, NotImplementedError, ValueError):
        # a truncated archive: the local headers near the start still name the entries
        names, mimetype = [], ""
        head = data[:65536]
        for prefix, _, _ in _ZIP_KINDS:
            if b"PK\x03\x04" in head and prefix.encode() in head:
                names.append(prefix)
        if b"mimetypeapplication/" in head:
            start = head.index(b"mimetype") + len(b"mimetype")
            mimetype = head[start:start + 64].split(b"PK")[0].decode("ascii", "replace").strip()
    if mimetype in _ODF:
        return _ODF[mimetype], _PLAIN
    for prefix, what, advice in _ZIP_KINDS:
        if any(n.startswith(prefix) for n in names):
            return what, advice
    return "a ZIP archive", "extract the documents and check them"


def identify_binary(data: bytes) -> Optional[tuple[str, str]]:
    """(what the file is, what to do) for a known non-text format by its magic bytes, else None."""
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "a WebP image", "aligner reads text, not images"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":        # not just any text starting "BZh"
        return "a bzip2-compressed file", "decompress it (bunzip2) and check the text inside"
    for magic, what, advice in _MAGIC:
        if data.startswith(magic):
            return what, advice
    return None


def _looks_like_text(sample: bytes, encoding: str) -> bool:
    """Does ``sample`` decode in ``encoding`` to text made of letters, digits, punctuation
    and white space (the test for UTF-16 without a byte-order mark)?"""
    sample = sample[:len(sample) // 2 * 2]
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    if len(text) < 8:
        return False
    good = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return good / len(text) > 0.97 and any(ch.isalpha() for ch in text)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode UTF-8 (or UTF-16 with a BOM); drop a leading BOM; keep line endings.  A known
    non-text format (PDF, DOCX, an image …) is an InputError saying what it is and what to do."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise InputError(f"{name}: is UTF-32 text; convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})")
    known = identify_binary(data)
    if known:
        what, advice = known
        raise InputError(f"{name}: is {what}, not plain text; {advice}")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\x00" in data:
        pos = data.index(b"\x00")
        for enc in ("utf-16-le", "utf-16-be"):
            if _looks_like_text(data[:8192], enc):
                label = enc.upper().replace("-LE", "LE").replace("-BE", "BE")      # iconv's names
                raise InputError(f"{name}: looks like {label} without a byte-order mark; convert it "
                                 f"to UTF-8, e.g. iconv -f {label} -t UTF-8")
        raise InputError(f"{name}: binary data (NUL byte at offset {pos}), not a format aligner knows; "
                         "expected UTF-8 text or Markdown")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        hint = ""
        try:
            data.decode("cp1256")
            hint = "; it may be Windows-1256 (Arabic): iconv -f CP1256 -t UTF-8"
        except UnicodeDecodeError:
            pass
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{bad} at offset {exc.start}){hint}")


def read_text_checked(path: str | os.PathLike, what: str = "input",
                      max_bytes: Optional[int] = None) -> tuple[str, str]:
    """(text, sha256 of the raw bytes) of ``path``: :func:`read_bytes_checked` then
    :func:`decode_bytes`."""
    data = read_bytes_checked(path, what, max_bytes)
    return decode_bytes(data, str(path)), hashlib.sha256(data).hexdigest()


def read_document(path: str | os.PathLike, max_bytes: Optional[int] = None) -> tuple[str, str]:
    """Return (text, sha256 of the raw bytes) for ``path``; empty or blank files are errors.
    ``max_bytes``: the size limit (default :func:`max_input_bytes`)."""
    text, digest = read_text_checked(path, max_bytes=max_bytes)
    if not text.strip():
        raise InputError(f"{path}: is empty" if not text else f"{path}: contains only whitespace")
    return text, digest
