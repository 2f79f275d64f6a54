"""``aligner fix``: a corrected copy of the translation with the findings' suggestions applied.

A finding's ``suggestion`` (set by the checks that know the right rendering: a forbidden
term, a changed number, a changed date) replaces ``text[start:end]`` of the translation, in
the offsets of the file as decoded.  :func:`apply_fixes` re-reads the translation file (the
checked document has its suppression markers blanked; the copy keeps them), applies the
selected suggestions from the end backwards so earlier offsets hold, skips a suggestion that
overlaps one already applied, and encodes the copy as the file was (UTF-8, with its BOM if it
had one; UTF-16 with its BOM).  Nothing else of the file changes: line endings, markup,
markers and every other character are copied as they are.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..errors import InputError


@dataclass
class FixOutcome:
    content: bytes
    applied: int
    skipped: int
    by_code: dict[str, int] = field(default_factory=dict)
    text: str = ""


def selected(findings: Iterable, codes: Optional[list[str]] = None) -> list:
    """The findings with a suggestion whose code matches ``codes`` (all when empty)."""
    from ..checks.codes import code_matches
    return [f for f in findings if f.suggestion and (not codes or code_matches(f.code, codes))]


def apply_to_text(text: str, findings: Iterable) -> tuple[str, list, int]:
    """``text`` with the suggestions of ``findings`` applied; the findings applied and how
    many were skipped for overlapping an applied one (or pointing outside the text)."""
    todo = sorted(findings, key=lambda f: (f.suggestion["start"], f.suggestion["end"]), reverse=True)
    out, applied, skipped, floor = text, [], 0, len(text) + 1
    for f in todo:
        s = f.suggestion
        start, end, new = s.get("start"), s.get("end"), s.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(new, str)) \
                or not 0 <= start <= end <= len(text) or end > floor or (end == floor and start == end):
            skipped += 1
            continue
        out = out[:start] + new + out[end:]
        floor = start
        applied.append(f)
    return out, applied[::-1], skipped


def _encoding(raw: bytes) -> tuple[str, bytes]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8", b"\xef\xbb\xbf"
    if raw.startswith(b"\xff\xfe"):
        return "utf-16-le", b"\xff\xfe"
    if raw.startswith(b"\xfe\xff"):
        return "utf-16-be", b"\xfe\xff"
    return "utf-8", b""


def apply_fixes(result, target_path, codes: Optional[list[str]] = None) -> FixOutcome:
    """The corrected copy of ``target_path`` (the translation ``result`` checked)."""
    from ..text.reading import read_bytes_checked, read_document
    if getattr(result, "units", None) is not None:
        raise InputError("aligner fix works on text and Markdown documents; a localization file's "
                         "suggestions are in the report (SARIF fixes, JSON suggestion)")
    text, _ = read_document(target_path)
    if len(text) != len(result.target.text):
        raise InputError(f"{target_path}: changed while it was checked; run aligner fix again")
    fixed, applied, skipped = apply_to_text(text, selected(result.findings, codes))
    encoding, bom = _encoding(read_bytes_checked(target_path))
    return FixOutcome(bom + fixed.encode(encoding), len(applied), skipped,
                      dict(Counter(f.code for f in applied)), fixed)
