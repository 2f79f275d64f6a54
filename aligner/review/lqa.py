"""The LQA scorecard: MQM-style penalty points per 1,000 source words against a threshold.

Each finding costs the points of its MQM severity:

* ``error`` findings are **major** (5 points by default);
* ``warning`` findings are **minor** (1 point);
* ``info`` findings cost nothing by default (``info = "minor"`` makes them minor): info is
  where a finding goes when its code cannot reach the precision bar or its confidence is
  low, so it is a hint for the reviewer, not an error of the translation;
* an ``error`` finding of a code listed in ``critical-codes`` (codes or prefixes, e.g.
  ``["NUM-MISMATCH", "NEG"]``) is **critical** (25 points); at a lower severity such a code
  maps as above, since its confidence alone lowered it.

The penalty total per 1,000 source words (words: whitespace-separated tokens with a letter
or digit in them, as ``wc -w`` or a word processor counts, in the source document's
sentences: Markdown markup left out) is compared with the
threshold: at or below it the translation passes.  When reviewer decisions were applied
(``check --decisions``) the scorecard counts only the findings the reviewer confirmed as
real errors (``basis: "confirmed"``), otherwise every finding reported (``basis: "all"``).

Configuration (``[tool.aligner.lqa]``; ``--lqa-threshold`` overrides ``threshold``)::

    [tool.aligner.lqa]
    threshold = 10          # penalty points per 1,000 source words that still pass
    minor = 1               # points per minor, major and critical finding
    major = 5
    critical = 25
    critical-codes = ["NUM-MISMATCH"]
    info = "none"           # "none" | "minor"

A threshold set in the configuration or on the command line makes a failing scorecard fail
``aligner check`` (exit 1, unless ``--fail-on never``); with the default threshold the
scorecard is reported only.
"""
from __future__ import annotations

import math
import re
from typing import Any, Optional, Sequence

from ..errors import InputError

DEFAULTS = {"threshold": 10.0, "minor": 1.0, "major": 5.0, "critical": 25.0, "critical-codes": [], "info": "none"}
MQM_SEVERITIES = ("critical", "major", "minor", "neutral")
_ALNUM = re.compile(r"[^\W_]")


def _number(value: Any, where: str, maximum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= maximum:
        raise InputError(f"{where} must be a number from 0 to {maximum:g}")
    return float(value)


def parse_settings(value: Any, where: str = "lqa", fill: bool = True) -> dict:
    """Validate an ``lqa`` table (see the module doc); returns the settings given, with the
    defaults for the others when ``fill``."""
    from ..checks.codes import validate_patterns
    if not isinstance(value, dict):
        raise InputError(f"{where} must be a table of: {', '.join(DEFAULTS)}")
    out = dict(DEFAULTS) if fill else {}
    for key, item in value.items():
        if key not in DEFAULTS:
            import difflib
            near = difflib.get_close_matches(key, list(DEFAULTS), n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise InputError(f"{where}: unknown key {key!r}{hint} (known: {', '.join(DEFAULTS)})")
        if key == "critical-codes":
            if isinstance(item, str):
                item = [item]
            if not isinstance(item, list) or not all(isinstance(c, str) for c in item):
                raise InputError(f"{where}.critical-codes must be a list of check codes or prefixes")
            out[key] = validate_patterns(item, f"{where}.critical-codes")
        elif key == "info":
            if item not in ("none", "minor"):
                raise InputError(f"{where}.info must be \"none\" or \"minor\"")
            out[key] = item
        elif key == "threshold":
            out[key] = _number(item, f"{where}.threshold", 1e6)
        else:
            out[key] = _number(item, f"{where}.{key}", 1e4)
    return out


def source_words(result) -> int:
    """Words of the source document: whitespace-separated tokens with a letter or digit, in
    its sentences' text (Markdown markup left out)."""
    return sum(1 for s in result.source.sentences for token in s.text.split() if _ALNUM.search(token))


def mqm_severity(finding, settings: dict) -> str:
    from ..checks.codes import code_matches
    if finding.severity == "error":
        return "critical" if code_matches(finding.code, settings["critical-codes"]) else "major"
    if finding.severity == "warning":
        return "minor"
    return "minor" if settings["info"] == "minor" else "neutral"


def scorecard(result, settings: Optional[dict] = None, verdicts: Optional[Sequence[Optional[str]]] = None,
              threshold_set: bool = False) -> dict:
    """The scorecard of ``result.findings``.  ``verdicts`` (aligned with the findings; from
    :func:`aligner.review.decisions.apply_decisions`) restricts it to confirmed real errors."""
    settings = settings or dict(DEFAULTS)
    findings = list(result.findings)
    basis = "all"
    if verdicts is not None:
        findings = [f for f, v in zip(result.findings, verdicts) if v == "real-error"]
        basis = "confirmed"
    counts = {s: 0 for s in MQM_SEVERITIES}
    for f in findings:
        counts[mqm_severity(f, settings)] += 1
    points = {s: settings[s] for s in ("critical", "major", "minor")}
    penalty = sum(counts[s] * points[s] for s in points)
    words = source_words(result)
    per_1000 = penalty * 1000 / words if words else (0.0 if not penalty else math.inf)
    per_1000 = round(per_1000, 2) if math.isfinite(per_1000) else per_1000
    card = {"model": "MQM", "basis": basis, "findings": len(findings), "counts": counts,
            "points": points, "critical_codes": list(settings["critical-codes"]), "info": settings["info"],
            "penalty": round(penalty, 2), "source_words": words,
            "per_1000_words": per_1000 if math.isfinite(per_1000) else None,
            "threshold": settings["threshold"], "pass": per_1000 <= settings["threshold"],
            "gating": threshold_set}
    if verdicts is not None:
        card["unreviewed"] = sum(v is None for v in verdicts)
    return card


def parse_threshold(value: Any, where: str = "--lqa-threshold") -> float:
    return _number(value, where, 1e6)


def finding_points(finding, card: dict) -> float:
    """The penalty points ``finding`` costs under the settings a scorecard was made with."""
    settings = {"critical-codes": card.get("critical_codes") or [], "info": card.get("info", "none")}
    sev = mqm_severity(finding, settings)
    return card["points"].get(sev, 0.0)


def settings_of(config: Optional[dict]) -> tuple[dict, bool]:
    """The LQA settings of a configuration (defaults filled in) and whether its threshold
    was set on purpose (configuration or ``--lqa-threshold``)."""
    lqa = (config or {}).get("lqa") or {}
    settings = dict(DEFAULTS)
    settings.update(lqa)
    return settings, "threshold" in lqa or (config or {}).get("lqa_threshold") is not None


def attach(result, config: Optional[dict] = None, verdicts=None) -> dict:
    """Compute the scorecard with ``config``'s settings and keep it in ``result.stats["lqa"]``,
    where every report finds it."""
    settings, explicit = settings_of(config)
    if (config or {}).get("lqa_threshold") is not None:
        settings["threshold"] = config["lqa_threshold"]
    card = scorecard(result, settings, verdicts, threshold_set=explicit)
    result.stats["lqa"] = card
    return card


def scorecard_of(result) -> Optional[dict]:
    """The scorecard a report shows: the one attached by :func:`attach`, else one with the
    default settings for a checked result (None for a bare alignment)."""
    card = result.stats.get("lqa") if isinstance(result.stats, dict) else None
    if card is not None:
        return card
    if "codes_checked" in (result.stats or {}) or result.findings:
        return scorecard(result)
    return None


def fails(card: Optional[dict]) -> bool:
    """Does ``card`` fail a gate (a failing scorecard whose threshold was set on purpose)?"""
    return bool(card) and card.get("gating", False) and not card.get("pass", True)


def summary_line(card: dict) -> str:
    """One line for text reports: ``LQA (MQM, all findings): 11 penalty points … FAIL``."""
    parts = [f"{n} {s}" for s, n in card["counts"].items() if n and s != "neutral"]
    per = card["per_1000_words"]
    per_text = f"{per:.2f}" if per is not None else "∞"
    basis = "confirmed real errors" if card["basis"] == "confirmed" else "all findings"
    verdict = "PASS" if card["pass"] else "FAIL"
    return (f"LQA (MQM, {basis}): {card['penalty']:g} penalty points"
            f"{' (' + ', '.join(parts) + ')' if parts else ''} in {card['source_words']} source words = "
            f"{per_text} per 1,000 words; threshold {card['threshold']:g}: {verdict}")
