"""Reading input files: bytes → text, with errors the user can act on."""
from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

from ..errors import InputError


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
        sample = data[:4096]
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if len(sample) >= 16 and max(odd, even) > 0.4 * len(sample) / 2 and min(odd, even) < 0.05 * len(sample):
            raise InputError(f"{name}: looks like UTF-16 without a byte-order mark (NUL bytes); "
                             "convert it to UTF-8, e.g. iconv -f UTF-16LE -t UTF-8")
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
