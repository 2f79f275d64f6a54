"""Reading input files: bytes → text, with errors the user can act on."""
from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

from ..errors import InputError


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
    """Decode UTF-8 (or UTF-16 with a BOM); drop a leading BOM; keep line endings."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\x00" in data:
        pos = data.index(b"\x00")
        for enc in ("utf-16-le", "utf-16-be"):
            if _looks_like_text(data[:8192], enc):
                label = enc.upper().replace("-LE", "LE").replace("-BE", "BE")      # iconv's names
                raise InputError(f"{name}: looks like {label} without a byte-order mark; convert it "
                                 f"to UTF-8, e.g. iconv -f {label} -t UTF-8")
        raise InputError(f"{name}: binary data (NUL byte at offset {pos}); expected UTF-8 text")
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


def read_document(path: str | os.PathLike) -> tuple[str, str]:
    """Return (text, sha256 of the raw bytes) for ``path``."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})")
    text = decode_bytes(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: is empty" if not text else f"{path}: contains only whitespace")
    return text, hashlib.sha256(data).hexdigest()
