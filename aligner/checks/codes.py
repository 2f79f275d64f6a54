"""The catalogue of finding codes: what exists, how patterns select codes, and refusing
a pattern that selects nothing.

A *code pattern* (``--select``, ``--disable``, ``severity`` keys, suppressions) is an exact
code (``NUM-MISMATCH``), a prefix (``NUM``, ``NUM-*``) or ``ALL``/``*``.  A pattern that
matches no known code is almost always a typo, and a typo in a gate must not turn it
green: :func:`validate_patterns` refuses it with the nearest known code suggested.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..errors import InputError

#: codes produced by the check runner and the suppression layer rather than by a plug-in
RUNNER_CODES: dict[str, tuple[str, str, str]] = {
    "SUPPRESS-NO-REASON": ("format", "warning", "a suppression (inline marker or config ignore) gives no reason"),
    "CHECK-CRASHED": ("format", "error", "a check failed with an internal error"),
    # about a localization file as a whole (aligner.keyed.file_findings), not one unit pair
    "L10N-NOT-TRANSLATABLE": ("format", "warning",
                              'a resource marked translatable="false" in the source is translated all the same'),
}

_PATTERN_RE = re.compile(r"\A(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-?\*?|\*|ALL)\Z")


def code_matches(code: str, patterns: Iterable[str]) -> bool:
    """Exact code, prefix (``NUM``, ``NUM-``, ``NUM-*``), or ``ALL``/``*``."""
    return any(code == p or code.startswith(p.rstrip("*-") + "-") or p in ("ALL", "*") for p in patterns)


def known_codes() -> dict[str, tuple[str, str, str]]:
    """Every code a report may carry: (category, default severity, description)."""
    from . import all_codes
    return {**all_codes(), **RUNNER_CODES}


def leaf_codes(codes) -> list[str]:
    """``codes`` without umbrella codes (a check's own code when it only emits sub-codes,
    like ``TERM`` for ``TERM-FORBIDDEN``/``TERM-MISSING``)."""
    codes = sorted(codes)
    return [c for c in codes if not any(o.startswith(c + "-") for o in codes)]


def is_known_pattern(pattern: str) -> bool:
    """Does ``pattern`` (upper case) select at least one known code?"""
    if not _PATTERN_RE.match(pattern):
        return False
    return pattern in ("ALL", "*") or any(code_matches(c, [pattern]) for c in known_codes())


def suggest(pattern: str) -> str | None:
    """The known code or prefix nearest to ``pattern`` (for "did you mean …?")."""
    import difflib          # here: only a code nobody knows needs it
    codes = list(known_codes())
    prefixes = sorted({c.split("-")[0] for c in codes})
    candidates = codes + prefixes
    close = difflib.get_close_matches(pattern.rstrip("*-"), candidates, n=1, cutoff=0.8)
    if close:
        return close[0]
    stem = next((p for p in sorted(prefixes, key=len, reverse=True) if pattern.startswith(p)), None)
    if stem:                                    # NUMBER → NUM, TERMS → TERM
        return stem
    for cutoff in (0.6, 0.3):
        best = difflib.get_close_matches(pattern.rstrip("*-"), candidates, n=1, cutoff=cutoff)
        if best:
            return best[0]
    return None


def validate_patterns(patterns: Iterable[str], where: str) -> list[str]:
    """``patterns`` upper-cased; an unknown one is an :class:`InputError` (exit 2) naming
    ``where`` (an option or a configuration key) and the nearest known code."""
    out = []
    for raw in patterns:
        pattern = str(raw).strip().upper()
        if not is_known_pattern(pattern):
            near = suggest(pattern)
            hint = f"; did you mean {near}?" if near else ""
            raise InputError(f"{where}: unknown check code {str(raw)!r}{hint} "
                             "(`aligner codes` lists every code)")
        out.append(pattern)
    return out
