"""Code-point offsets → 1-based (line, column): the one implementation every report uses
(text list, precommit lines, JUnit, SARIF).  Lines end at ``\\n`` (a ``\\r`` before it is part
of the line, as editors count it); the column counts code points from 1."""
from __future__ import annotations

import bisect
from typing import Optional


class Lines:
    """Offsets → positions for one text (line starts computed once; many lookups)."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def position_label(doc) -> str:
    """What a document's line:column means: "paragraph:char" for a DOCX (its text is one
    paragraph per line, ``Document.line_unit``), else "line:col"."""
    return "paragraph:char" if getattr(doc, "line_unit", "line") == "paragraph" else "line:col"


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text`` (one lookup)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Locator:
    """Where a finding sits in the files the user gave: 1-based (line, column) of its span
    on one side.  For a localization file (``result.unit_beads``), that is the position of
    the unit's text in its file (``Unit.line``/``column`` for the target,
    ``source_line``/``source_column`` for the source), since the checks' offsets point into
    the synthetic documents the units were laid out in (:mod:`aligner.keyed`)."""

    def __init__(self, result):
        self.result = result
        self.units = getattr(result, "unit_beads", None) or []
        self._lines = {}

    def _unit(self, f):
        if f.bead is not None and 0 <= f.bead < len(self.units):
            return self.units[f.bead]
        return None

    def position(self, f, side: str) -> Optional[tuple[int, int]]:
        span = f.target if side == "target" else f.source
        if self.units or f.unit is not None:
            unit = self._unit(f)
            if unit is not None:
                line, col = (unit.line, unit.column) if side == "target" else (unit.source_line, unit.source_column)
            elif f.unit is not None and side == "target":
                line, col = f.unit.get("line") or 0, f.unit.get("column") or 0
            else:
                line, col = 0, 0
            return (line, max(col, 1)) if line else None
        if span is None:
            return None
        doc = self.result.target if side == "target" else self.result.source
        lines = self._lines.get(side)
        if lines is None:
            lines = self._lines[side] = Lines(doc.text)
        return lines.position(span.start)
