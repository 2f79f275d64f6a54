"""CI gating: stable finding fingerprints, baselines and suppressions.

**Fingerprints** identify a finding by what it is about, never by where it sits: the code,
the normalized text of the English sentence(s) its source span lies in (of the Pashto
sentence(s) for a finding with no source span), the normalized flagged Pashto words and
the two compared values.  Offsets, line numbers and bead indices are left out, so a
sentence inserted or removed elsewhere in either document changes no fingerprint.
Identical findings (same code, sentence, words and values) are told apart by count.

**Baselines** (``aligner.baseline/1``) record the fingerprints of the findings a document
pair has today, each entry with the pair's source and target paths; :func:`apply_baseline`
then reports only findings that are not in it, using only the entries of the pair being
checked (so a finding recorded for one file never hides the same finding in another).

**Suppressions** silence findings on purpose, and must say why:

* inline, in either file: ``<!-- aligner: ignore CODE[, CODE…] reason: why -->``.  After
  text on a line it covers that line; alone on its line it covers the next non-blank line.
  It covers findings whose span on that file's side (or, without a span there, whose
  aligned sentences) touch the covered line.  No code means every code; codes may be
  prefixes (``NUM``).  The marker itself is blanked (same length, so offsets hold)
  before sentence splitting and is never aligned or checked.
* in the configuration: ``[[tool.aligner.ignore]]`` tables with ``code``, optional
  ``text``, ``path`` and ``fingerprint`` (one finding: what ``aligner baseline import``
  writes for a reviewer's false alarm), and ``reason`` (see :mod:`aligner.config`).

A suppression without a reason still applies, but is itself reported as a
``SUPPRESS-NO-REASON`` warning, so ``--fail-on warning`` keeps unexplained ones out.
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .checks.codes import RUNNER_CODES, code_matches, is_known_pattern, known_codes, leaf_codes, suggest
from .errors import InputError
from .model import SEVERITY_RANK, AlignmentResult, Finding, Span
from .text import fold

BASELINE_SCHEMA = "aligner.baseline/1"
FINGERPRINT_VERSION = "1"

#: codes produced by this module and by the check runner (kept under this name for callers)
EXTRA_CODES = RUNNER_CODES

MARKER_RE = re.compile(r"<!--[ \t]*aligner:[ \t]*ignore\b(?P<body>[^\n]*?)-->", re.IGNORECASE)
_REASON_RE = re.compile(r"\breason\s*:\s*(?P<reason>.*)\Z", re.IGNORECASE | re.DOTALL)


# --- code patterns --------------------------------------------------------------------

def all_rule_codes() -> dict[str, tuple[str, str, str]]:
    """Every code a report may carry: the check plug-ins' codes plus :data:`EXTRA_CODES`."""
    return known_codes()


def codes_checked(config: Optional[dict]) -> list[str]:
    """The codes a run with ``config`` checks for (after disable/select/severity off)."""
    config = config or {}
    disabled = [c.upper() for c in config.get("disable", [])]
    selected = [c.upper() for c in config.get("select", [])]
    off = [k.upper() for k, v in (config.get("severity") or {}).items() if v == "off"]
    out = []
    for code in leaf_codes(c for c in all_rule_codes() if c != "CHECK-CRASHED"):
        if code_matches(code, disabled) or code_matches(code, off):
            continue
        if selected and not code_matches(code, selected):
            continue
        out.append(code)
    return out


# --- fingerprints ---------------------------------------------------------------------

def _norm(text: str) -> str:
    return " ".join(fold(text).casefold().split())


def _sentences_over(doc, span: Span) -> str:
    """The text of the sentences of ``doc`` that ``span`` touches."""
    def touches(s):
        if span.end > span.start:
            return s.start < span.end and s.end > span.start
        return s.start <= span.start <= s.end
    return " ".join(s.text for s in doc.sentences if touches(s))


def fingerprint(finding: Finding, result: AlignmentResult) -> str:
    """A hex digest that survives edits elsewhere in either document (see module doc)."""
    if finding.source is not None:
        context = _sentences_over(result.source, finding.source) or finding.source.text
    elif finding.target is not None:
        context = _sentences_over(result.target, finding.target) or finding.target.text
    else:
        context = finding.message
    flagged = finding.target.text if finding.target is not None else ""
    values = json.dumps([finding.source_value, finding.target_value], ensure_ascii=False,
                        sort_keys=True, default=_plain)
    key = "\x1f".join((FINGERPRINT_VERSION, finding.code, _norm(context), _norm(flagged), _norm(values)))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()   # a lone surrogate too


def _plain(obj):
    if isinstance(obj, (set, frozenset, tuple)):
        return sorted(obj, key=repr) if isinstance(obj, (set, frozenset)) else list(obj)
    if hasattr(obj, "__dict__"):
        return vars(obj)
    return str(obj)


def fingerprints(result: AlignmentResult, findings: Optional[list[Finding]] = None) -> list[str]:
    """Fingerprints of ``findings`` (default: ``result.findings``), in order."""
    return [fingerprint(f, result) for f in (result.findings if findings is None else findings)]


# --- baselines ------------------------------------------------------------------------

@dataclass
class BaselineOutcome:
    """What :func:`apply_baseline` found: the findings not in the baseline, how many it hid,
    and the baseline entries that no longer occur (fixed since the baseline was made)."""
    new: list[Finding]
    suppressed: int
    fixed: int
    fixed_entries: list[dict] = field(default_factory=list)


def _display_path(path: Optional[str]) -> Optional[str]:
    """``path`` relative to the current directory when below it (posix), else absolute."""
    if not path:
        return None
    p = Path(path).resolve()
    try:
        return p.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def baseline_entries(result: AlignmentResult) -> list[dict]:
    """One baseline entry per finding of ``result`` (fingerprint, code, message, where)."""
    source, target = _display_path(result.source.path), _display_path(result.target.path)
    entries = []
    for f, fp in zip(result.findings, fingerprints(result)):
        span = f.target or f.source
        entries.append({"fingerprint": fp, "code": f.code, "severity": f.severity, "message": f.message,
                        "excerpt": span.text if span is not None else None,
                        "source": source, "target": target})
    return entries


def baseline_json(result: AlignmentResult, merge_with: Optional[list[dict]] = None) -> str:
    """The baseline file's content for the findings of ``result``.  ``merge_with`` (the
    entries of an existing baseline) keeps the entries of other document pairs, so one file
    can serve several pairs; those of this pair's target file are replaced."""
    from . import __version__
    entries = baseline_entries(result)
    if merge_with:
        target = _display_path(result.target.path)
        entries = [e for e in merge_with if e.get("target") != target] + entries
    data = {"schema": BASELINE_SCHEMA, "tool": {"name": "aligner", "version": __version__},
            "findings": entries}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def create_baseline(result: AlignmentResult, path) -> int:
    """Write a baseline of ``result.findings`` to ``path`` (atomically); returns the count."""
    import tempfile         # here: a check that writes no baseline does not load it (nor shutil, random)
    path = Path(path)
    content = baseline_json(result)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(result.findings)


def load_baseline(path) -> list[dict]:
    """The entries of a baseline file; a missing or malformed file is an InputError."""
    from .text.reading import read_bytes_checked
    path = Path(path)
    if not os.path.lexists(path):
        raise InputError(f"baseline {path}: no such file (create it with `aligner baseline create`)")
    try:
        data = json.loads(read_bytes_checked(path, what="baseline").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"baseline {path}: not a readable JSON file ({exc})")
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise InputError(f"baseline {path}: not an {BASELINE_SCHEMA} file")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
                                                for e in entries):
        raise InputError(f"baseline {path}: 'findings' must be a list of objects with a fingerprint")
    return entries


def _same_file(recorded, actual: Optional[str], bases: tuple[Path, ...]) -> bool:
    """Is the path ``recorded`` in a baseline entry the file ``actual``?  A relative path is
    tried against each of ``bases`` (the current folder, where it was written; the baseline's
    folder)."""
    if not actual or not isinstance(recorded, str) or not recorded:
        return False
    want = Path(actual).resolve()
    rec = Path(recorded)
    candidates = [rec] if rec.is_absolute() else [b / rec for b in bases]
    return any(c.resolve() == want for c in candidates)


def entries_for_pair(entries: list[dict], result: AlignmentResult, baseline_dir: Optional[Path] = None) -> list[dict]:
    """The entries of a baseline that belong to the document pair of ``result``: those whose
    recorded ``target`` (and ``source``, when recorded) is this pair's file.  An entry that
    records neither path (written by hand or by an old version) applies to every pair."""
    bases = (Path.cwd(),) + ((baseline_dir,) if baseline_dir is not None else ())
    out = []
    for e in entries:
        src, tgt = e.get("source"), e.get("target")
        if src is None and tgt is None:
            out.append(e)
        elif _same_file(tgt, result.target.path, bases) and \
                (src is None or _same_file(src, result.source.path, bases)):
            out.append(e)
    return out


def apply_baseline(findings: list[Finding], path, result: AlignmentResult) -> BaselineOutcome:
    """Drop the findings recorded in the baseline at ``path``.

    ``result`` supplies the documents the fingerprints are computed against.  Each baseline
    entry hides at most one finding, so a third occurrence of a twice-recorded finding is new.
    Only the entries recorded for this document pair count (see :func:`entries_for_pair`):
    one baseline file may serve many pairs without one pair's findings hiding another's.
    """
    entries = entries_for_pair(load_baseline(path), result, Path(path).parent)
    remaining = Counter(e["fingerprint"] for e in entries)
    new, hidden = [], 0
    for f in findings:
        fp = fingerprint(f, result)
        if remaining[fp] > 0:
            remaining[fp] -= 1
            hidden += 1
        else:
            new.append(f)
    fixed_entries = []
    for e in entries:
        if remaining[e["fingerprint"]] > 0:
            remaining[e["fingerprint"]] -= 1
            fixed_entries.append(e)
    return BaselineOutcome(new, hidden, len(fixed_entries), fixed_entries)


# --- suppressions ---------------------------------------------------------------------

@dataclass(frozen=True)
class Marker:
    """An inline ``<!-- aligner: ignore … -->`` marker in one input file."""
    start: int               # offsets of the marker in the text
    end: int
    text: str
    codes: tuple[str, ...]   # empty: every code
    reason: str
    scope: tuple[int, int]   # the line it covers: [start, end) offsets


def scan_markers(text: str) -> tuple[str, list[Marker]]:
    """Find the suppression markers of ``text``; return the text with every marker blanked
    (replaced by spaces, so offsets are unchanged) and the markers."""
    found = list(MARKER_RE.finditer(text))
    if not found:
        return text, []
    chars = list(text)
    for m in found:
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    masked = "".join(chars)
    markers = []
    for m in found:
        body = m["body"].strip()
        reason = ""
        r = _REASON_RE.search(body)
        if r:
            reason = r["reason"].strip()
            body = body[:r.start()]
        codes = tuple(c.upper() for c in re.split(r"[\s,]+", body) if c)
        bad = [c for c in codes if not is_known_pattern(c)]
        if bad:
            near = suggest(bad[0])
            hint = f"; did you mean {near}?" if near else ""
            raise InputError(f"suppression marker {m.group()!r}: {bad[0]!r} is not a check code{hint} "
                             "(write `<!-- aligner: ignore CODE reason: why -->`; `aligner codes` lists them)")
        markers.append(Marker(m.start(), m.end(), m.group(), codes, reason, _scope(masked, m.start())))
    return masked, markers


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _scope(masked: str, pos: int) -> tuple[int, int]:
    start, end = _line_at(masked, pos)
    if masked[start:end].strip():
        return start, end                       # trailing marker: its own line
    while end < len(masked):                    # standalone marker: the next non-blank line
        start, end = _line_at(masked, end + 1)
        if masked[start:end].strip():
            return start, end
    return start, end


def _extent(finding: Finding, result: AlignmentResult, side: str) -> Optional[tuple[int, int]]:
    """Where ``finding`` sits on ``side``: its span, else the sentences of its bead."""
    span = getattr(finding, side)
    if span is not None:
        return span.start, span.end
    if finding.bead is not None and 0 <= finding.bead < len(result.beads):
        ids = getattr(result.beads[finding.bead], side)
        if ids:
            sents = getattr(result, side).sentences
            return sents[ids[0]].start, sents[ids[-1]].end
    return None


def _covered(marker: Marker, extent: Optional[tuple[int, int]], code: str) -> bool:
    if extent is None or (marker.codes and not code_matches(code, marker.codes)):
        return False
    a, b = marker.scope
    s, e = extent
    return (s < b and e > a) if e > s else a <= s <= b


def _ignore_matches(entry: dict, finding: Finding, result: AlignmentResult) -> bool:
    if not code_matches(finding.code, [entry["code"]]):
        return False
    if entry.get("fingerprint") and fingerprint(finding, result) != entry["fingerprint"]:
        return False
    if entry.get("path"):
        base = Path(entry["base"])
        names = []
        for doc in (result.source, result.target):
            if doc.path:
                p = Path(doc.path).resolve()
                try:
                    names.append(p.relative_to(base.resolve()).as_posix())
                except ValueError:
                    names.append(p.as_posix())
        if not any(fnmatch.fnmatch(n, entry["path"]) for n in names):
            return False
    if entry.get("text"):
        needle = _norm(entry["text"])
        hay = []
        for span, doc in ((finding.source, result.source), (finding.target, result.target)):
            if span is not None:
                hay += [span.text, _sentences_over(doc, span)]
        for value in (finding.source_value, finding.target_value):
            if value is not None:
                hay.append(json.dumps(value, ensure_ascii=False, default=_plain))
        if not any(needle in _norm(h) for h in hay):
            return False
    return True


def apply_suppressions(result: AlignmentResult, config: Optional[dict], source_markers=(),
                       target_markers=()) -> tuple[list[Finding], dict]:
    """``result.findings`` without the suppressed ones, plus a ``SUPPRESS-NO-REASON``
    warning for every suppression that gives no reason; and counts by kind."""
    config = config or {}
    kept, counts = [], {"inline": 0, "config": 0}
    ignores = config.get("ignore") or []
    for f in result.findings:
        if any(_covered(m, _extent(f, result, "source"), f.code) for m in source_markers) or \
                any(_covered(m, _extent(f, result, "target"), f.code) for m in target_markers):
            counts["inline"] += 1
        elif any(_ignore_matches(e, f, result) for e in ignores):
            counts["config"] += 1
        else:
            kept.append(f)
    extra = []
    for side, markers in (("source", source_markers), ("target", target_markers)):
        for m in markers:
            if not m.reason:
                span = Span(m.start, m.end, m.text)
                extra.append(Finding("SUPPRESS-NO-REASON", "format", "warning",
                                     f"suppression marker without a reason: {m.text} "
                                     "(write `reason: …` inside the marker)",
                                     source=span if side == "source" else None,
                                     target=span if side == "target" else None))
    for e in ignores:
        if not e["reason"]:
            what = f"code = {e['code']!r}" + (f", text = {e['text']!r}" if e.get("text") else "")
            where = config.get("config_path") or "the configuration"
            extra.append(Finding("SUPPRESS-NO-REASON", "format", "warning",
                                 f"{where}: [[tool.aligner.ignore]] #{e['index']} ({what}) has no reason"))
    from .checks import apply_config
    return kept + apply_config(extra, config), counts


def exceeds(findings, fail_on: Optional[str]) -> bool:
    """Is there a finding at or above ``fail_on`` (error | warning | info; never → False)?"""
    fail_on = fail_on or "error"
    if fail_on == "never":
        return False
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK.get(f.severity, 0) >= threshold for f in findings)
