"""Code-point offsets → 1-based (line, column): the one implementation every report uses
(text list, precommit lines, JUnit, SARIF).  Lines end at ``\\n`` (a ``\\r`` before it is part
of the line, as editors count it); the column counts code points from 1."""
from __future__ import annotations

import bisect


class Lines:
    """Offsets → positions for one text (line starts computed once; many lookups)."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text`` (one lookup)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
