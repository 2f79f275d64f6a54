"""Text bound for a terminal: control characters neutralized.

Documents and file names are hostile: an ESC/OSC sequence (``\\x1b]0;…\\x07``) copied to a
terminal retitles, clears or rewrites it, and a newline or carriage return inside a name
forges extra report lines.  :func:`safe` keeps every printable character (Pashto, bidi text,
emoji) and turns C0/C1 controls (newline and tab too, unless allowed) into visible
``\\xNN`` escapes, so nothing in the input can drive the terminal.
"""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_KEEP_LAYOUT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escape(m: re.Match) -> str:
    return f"\\x{ord(m.group()):02x}"


def safe(text: object, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown as ``\\xNN`` (newline and tab kept only
    with ``keep_newlines``, for text the report itself laid out)."""
    pattern = _CONTROL_KEEP_LAYOUT if keep_newlines else _CONTROL
    return pattern.sub(_escape, str(text))
