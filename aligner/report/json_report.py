"""The versioned JSON report contract, ``aligner.report/1``."""
from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import AlignmentResult, Finding

SCHEMA = "aligner.report/1"


def _side(doc) -> dict:
    return {"path": doc.path, "lang": doc.lang, "sha256": doc.sha256}


def _sentences(doc) -> list[dict]:
    """``text`` is always ``doc.text[start:end]`` (the contract); a Markdown sentence whose
    markup was stripped for matching also carries that text as ``plain``."""
    out = []
    for s in doc.sentences:
        row = {"index": s.index, "start": s.start, "end": s.end, "text": doc.text[s.start:s.end], "kind": s.kind}
        if s.text != row["text"]:
            row["plain"] = s.text
        out.append(row)
    return out


def _span(span) -> Any:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def finding_dict(f: Finding) -> dict:
    return {"code": f.code, "category": f.category, "severity": f.severity, "message": f.message,
            "source": _span(f.source), "target": _span(f.target),
            "source_value": f.source_value, "target_value": f.target_value, "bead": f.bead,
            "confidence": f.confidence, "unit": f.unit, "suggestion": f.suggestion}


def report_dict(result: AlignmentResult) -> dict:
    return {
        "schema": SCHEMA,
        "tool": {"name": "aligner", "version": __version__},
        "source": _side(result.source),
        "target": _side(result.target),
        "model": {"name": result.model_name, "backend": result.backend},
        "sentences": {"source": _sentences(result.source), "target": _sentences(result.target)},
        "alignment": [{"source": list(b.source), "target": list(b.target), "score": b.score,
                       "similarity": b.similarity} for b in result.beads],
        "findings": [finding_dict(f) for f in result.findings],
        "stats": {k: v for k, v in result.stats.items() if k != "lqa"},
    } | ({"units": _units(result)} if getattr(result, "units", None) is not None else {}) | _lqa(result)


def _lqa(result: AlignmentResult) -> dict:
    """``{"lqa": scorecard}`` for a checked result (:mod:`aligner.review.lqa`), else {}."""
    from ..review.lqa import scorecard_of
    card = scorecard_of(result)
    return {"lqa": card} if card is not None else {}


def _units(result: AlignmentResult) -> dict:
    """For a localization file: its format and the checked units in bead order (id, key or
    msgctxt, line, column, state)."""
    u = result.units
    return {"format": u.format, "source_path": u.path, "target_path": u.target_path,
            "checked": [dict(unit.ref(), state=unit.state) for unit in result.unit_beads]}


def write_json(result: AlignmentResult) -> str:
    return json.dumps(report_dict(result), ensure_ascii=False, indent=2, default=_default) + "\n"


def _default(obj):
    if hasattr(obj, "__dict__"):
        return obj.__dict__
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    return str(obj)
