"""SARIF 2.1.0 output, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

One run; ``tool.driver`` lists one rule per finding code (``all_codes()`` plus the codes of
:data:`aligner.baseline.EXTRA_CODES`), with the default severity as
``defaultConfiguration.level`` (error → error, warning → warning, info → note) and the
MQM/ITS category in ``properties``.  Each finding is a result located on the Pashto file
(the English span, if any, as a related location); a finding without a Pashto span, like
an omitted sentence, is located on the English file.  Regions carry 1-based lines and
columns and 0-based ``charOffset``/``charLength``, all counted in Unicode code points
(``run.columnKind = "unicodeCodePoints"``), over the text as decoded (BOM removed).
``partialFingerprints["alignerFingerprint/v1"]`` is the baseline fingerprint
(:func:`aligner.baseline.fingerprint`), so dashboards track a finding across edits;
``rank`` is the finding's calibrated confidence × 100 (SARIF's 0-100 priority; -1 when
unknown), the confidence itself is also in ``properties.confidence``;
``automationDetails.id`` (``aligner/<Pashto file>/``) gives each document pair its own
code-scanning category, so the logs of several pairs can be uploaded together.  A finding
with a suggested fix (``Finding.suggestion``) carries it as ``fixes``: one
``artifactChanges`` entry on the Pashto file whose replacement deletes the flagged region
(code-point ``charOffset``/``charLength`` and lines/columns) and inserts the corrected text.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from .. import __version__
from ..model import AlignmentResult, Span
from .positions import Lines, Locator

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "alignerFingerprint/v1"
SRCROOT = "%SRCROOT%"


def _rule_name(code: str) -> str:
    """``TERM-FORBIDDEN`` → ``TermForbidden`` (SARIF rule names are identifiers)."""
    return "".join(part.capitalize() for part in code.replace("_", "-").split("-") if part)


class _Lines(Lines):
    """:class:`aligner.report.positions.Lines` with SARIF regions."""

    def region(self, span: Span) -> dict:
        start_line, start_col = self.position(span.start)
        end_line, end_col = self.position(span.end)
        return {"startLine": start_line, "startColumn": start_col, "endLine": end_line,
                "endColumn": end_col, "charOffset": span.start, "charLength": span.end - span.start,
                "snippet": {"text": span.text}}


def _uri(path: Optional[str]) -> tuple[str, Optional[str]]:
    """A URI for ``path``: relative to the current directory when it lies below it (with
    ``uriBaseId`` %SRCROOT%), else an absolute file URI."""
    if not path:
        return "unknown", None
    p = Path(path)
    try:
        rel = p.resolve().relative_to(Path.cwd().resolve())
        return quote(rel.as_posix(), safe="/"), SRCROOT
    except ValueError:
        return p.resolve().as_uri(), None


def _artifact_location(path: Optional[str]) -> dict:
    uri, base = _uri(path)
    loc = {"uri": uri}
    if base:
        loc["uriBaseId"] = base
    return loc


def _location(doc, lines: _Lines, span: Optional[Span], message: Optional[str] = None,
              loc_id: Optional[int] = None, unit_pos: Optional[tuple[int, int]] = None) -> dict:
    physical = {"artifactLocation": _artifact_location(doc.path)}
    if unit_pos is not None:        # a localization unit: its text's place in the file
        physical["region"] = {"startLine": unit_pos[0], "startColumn": unit_pos[1]}
        if span is not None:
            physical["region"]["snippet"] = {"text": span.text}
    elif span is not None:
        physical["region"] = lines.region(span)
    loc = {"physicalLocation": physical}
    if loc_id is not None:
        loc["id"] = loc_id
    if message:
        loc["message"] = {"text": message}
    return loc


def _rules(result: AlignmentResult) -> tuple[list[dict], dict[str, int]]:
    from ..baseline import all_rule_codes
    codes = all_rule_codes()
    for f in result.findings:           # a code no plug-in declares still gets a rule
        codes.setdefault(f.code, (f.category, f.severity, f.code))
    rules, index = [], {}
    for code, (category, severity, description) in sorted(codes.items()):
        index[code] = len(rules)
        rules.append({"id": code, "name": _rule_name(code),
                      "shortDescription": {"text": description or code},
                      "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
                      "properties": {"category": category, "tags": ["translation", category]}})
    return rules, index


def _jsonable(value):
    return json.loads(json.dumps(value, ensure_ascii=False, default=lambda o: getattr(o, "__dict__", str(o))))


def _fix(result: AlignmentResult, lines: _Lines, suggestion: dict) -> dict:
    """A finding's suggested fix as a SARIF ``fix``: one replacement in the Pashto file."""
    start, end, text = suggestion["start"], suggestion["end"], suggestion["text"]
    old = result.target.text[start:end]
    region = lines.region(Span(start, end, old))
    return {"description": {"text": f"Replace '{old}' with '{text}'"},
            "artifactChanges": [{"artifactLocation": _artifact_location(result.target.path),
                                 "replacements": [{"deletedRegion": region, "insertedContent": {"text": text}}]}]}


def sarif_dict(result: AlignmentResult) -> dict:
    from ..baseline import fingerprints
    rules, rule_index = _rules(result)
    src_lines, tgt_lines = _Lines(result.source.text), _Lines(result.target.text)
    where = Locator(result)
    units = bool(getattr(result, "unit_beads", None))
    results = []
    for f, fp in zip(result.findings, fingerprints(result)):
        tpos = where.position(f, "target") if units else None
        spos = where.position(f, "source") if units else None
        if f.target is not None or f.source is None:
            primary = _location(result.target, tgt_lines, f.target, unit_pos=tpos)
            related = [_location(result.source, src_lines, f.source, "English source", 1, unit_pos=spos)] \
                if f.source else []
        else:                           # no Pashto span (an omission): locate on the English file
            primary = _location(result.source, src_lines, f.source, unit_pos=spos)
            related = []
        entry = {"ruleId": f.code, "ruleIndex": rule_index[f.code], "level": LEVELS.get(f.severity, "warning"),
                 "rank": round(f.confidence * 100, 1) if f.confidence is not None else -1.0,
                 "message": {"text": f.message}, "locations": [primary],
                 "partialFingerprints": {FINGERPRINT_KEY: fp},
                 "properties": {"category": f.category, "severity": f.severity, "confidence": f.confidence,
                                "bead": f.bead,
                                "sourceValue": _jsonable(f.source_value),
                                "targetValue": _jsonable(f.target_value)}}
        if f.unit is not None:
            entry["properties"]["unit"] = f.unit
        if related:
            entry["relatedLocations"] = related
        if f.suggestion and not units:      # a unit's offsets are not the file's: no fix region
            entry["fixes"] = [_fix(result, tgt_lines, f.suggestion)]
        results.append(entry)
    crashed = [f.message for f in result.findings if f.code == "CHECK-CRASHED"]
    invocation = {"executionSuccessful": not crashed}
    if crashed:
        invocation["toolExecutionNotifications"] = [{"level": "error", "message": {"text": m}} for m in crashed]
    run = {
        "tool": {"driver": {"name": "aligner", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "artifacts": [{"location": _artifact_location(doc.path), "roles": ["analysisTarget"],
                       "properties": {"lang": doc.lang, "sha256": doc.sha256}}
                      for doc in (result.target, result.source)],
        # one code-scanning category per document pair: GitHub rejects an upload with two runs
        # of the same tool and category, and closes a category's alerts only when it is re-uploaded
        "automationDetails": {"id": f"aligner/{_uri(result.target.path)[0]}/"},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"model": result.model_name, "backend": result.backend,
                       "source": result.source.path, "target": result.target.path},
    }
    if "baseline" in result.stats:
        run["properties"]["baseline"] = result.stats["baseline"]
    from ..review.lqa import scorecard_of
    card = scorecard_of(result)
    if card is not None:
        run["properties"]["lqa"] = card
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(result: AlignmentResult) -> str:
    """The SARIF 2.1.0 log of ``result`` as JSON text."""
    return json.dumps(sarif_dict(result), ensure_ascii=False, indent=2) + "\n"
