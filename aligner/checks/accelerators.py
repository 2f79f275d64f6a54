"""Access keys in interface strings: pure analysis (what GTK/GNOME write ``_Save``, Qt, KDE and
Windows ``&Save``: the marked letter is the key that opens the menu item).

The marker sits *inside* the text, often inside a word (``D_on't Save``, ``Re_place``), so
every prose check would read ``D_on't`` as the token ``on't`` and the Pashto ``ن_ه`` as no
``نه``.  :func:`file_marker` decides which marker a localization file uses (never guessed
from one string: an identifier ``file_name`` or ``AT&T`` is not an access key), and
:func:`find` gives the marker's :class:`~aligner.formats.base.Code` spans
(``kind="accelerator"``) in a source or a target text; :mod:`aligner.keyed` adds them to the
unit's codes, so the prose checks skip the marker and read ``Don't`` and ``نه``, and
``L10N-ACCEL`` (:mod:`aligner.checks.units`) compares the two sides.

A marker counts when it is glued to a letter: before it (``_Save``, ``D_on't``,
``سا_تل``) or, in a translation only, after it (``بندول_``: a marker typed at the wrong end of
a right-to-left word, which the toolkit shows as a stray ``_`` and no key).  Not a marker:
one of several in a token (``GTK_WRAP_NONE``, ``__init__``), a token with digits, a slash,
a dot or ``@`` (paths, file names, addresses), ``&`` of a character reference (``&amp;``,
``&#1578;``) or between spaces (``Tom & Jerry``), and a doubled marker (``__``, ``&&``: a literal
one).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..formats.base import Code

#: the markers the toolkits use
MARKERS = ("_", "&")
#: source strings that must mark a key, at least, before a file is said to use a marker (one
#: ``_New`` is not a convention; menus have many)
MIN_UNITS = 2

_LETTER = r"[^\W\d_]"
_TOKEN = re.compile(r"\S+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _plain_token(token: str, marker: str) -> bool:
    """May ``token`` carry an access key (one marker, no digits, paths or addresses)?"""
    if token.count(marker) != 1 or any(ch.isdigit() for ch in token):
        return False
    core = token.strip("\"'()[]{}<>«»“”‘’.,:;!?؟،؛…")
    return not any(ch in core for ch in "/\\@=") and "." not in core.strip(".")


def find(text: str, marker: str, *, target: bool = False) -> list[Code]:
    """The access-key markers ``marker`` of ``text``: a Code per marker (``name`` "accelerator",
    ``role`` "standalone" when a letter follows it, "misplaced" when only a letter before it does,
    which only a translation may have)."""
    out: list[Code] = []
    if not text or marker not in text:
        return out
    for m in _TOKEN.finditer(text):
        token = m.group()
        if marker not in token or not _plain_token(token, marker):
            continue
        k = token.index(marker)
        if marker == "&" and _ENTITY.match(token, k):
            continue
        after = token[k + 1:k + 2]
        before = token[k - 1:k] if k else ""
        if after and re.match(_LETTER, after):
            role = "standalone"
        elif target and before and re.match(_LETTER, before):
            role = "misplaced"
        else:
            continue
        pos = m.start() + k
        out.append(Code(pos, pos + 1, "accelerator", role, "accelerator", "accelerator"))
    return out


def file_marker(sources: Iterable[str]) -> Optional[str]:
    """The marker the file's source strings use for access keys, None when none: the one that
    marks a key in at least :data:`MIN_UNITS` strings, each marking one key only, and in more
    strings than where it appears twice or more (a marker is one per string)."""
    best, best_n = None, 0
    texts = [s for s in sources if s]
    for marker in MARKERS:
        one = many = 0
        for s in texts:
            if marker not in s:
                continue
            n = len(find(s, marker))
            if n == 1:
                one += 1
            elif n > 1:
                many += 1
        if one >= MIN_UNITS and one > many and one > best_n:
            best, best_n = marker, one
    return best
