"""QA checks: plug-ins with stable codes, run over an aligned document pair.

``run_checks(result, config)`` imports every check module (each registers its
classes), runs them, gives every finding its calibrated ``confidence`` and the severity
that follows from it (:mod:`aligner.checks.confidence`), applies the configuration
(disabled codes, severity overrides, ``min-confidence``) and returns the findings sorted
by position.
"""
from __future__ import annotations

import importlib
import traceback

from ..errors import AlignerError
from ..model import SEVERITIES, Finding
from .codes import code_matches
from .base import REGISTRY, Check, CheckContext, Pair, PairCheck, Side, register

CHECK_MODULES = ("numbers", "dates", "terminology", "entities", "omission", "negation",
                 "untranslated", "copy", "format", "units")

__all__ = ["run_checks", "apply_config", "all_codes", "REGISTRY", "Check", "PairCheck", "CheckContext", "Pair",
           "Side", "register", "load_checks"]


def load_checks() -> dict[str, type[Check]]:
    for name in CHECK_MODULES:
        importlib.import_module(f"{__name__}.{name}")
    return REGISTRY


def all_codes() -> dict[str, tuple[str, str, str]]:
    """Every finding code: (category, default severity, description)."""
    out = {}
    for cls in load_checks().values():
        out[cls.code] = (cls.category, cls.severity, cls.description)
        out.update(cls.codes)
    return dict(sorted(out.items()))


def apply_config(findings: list[Finding], config: dict, result=None) -> list[Finding]:
    """Apply ``disable`` and ``select``, give each finding its ``confidence`` (from the
    bead of ``result`` when given) and the severity that follows from it, then apply
    ``severity`` (code or prefix → level or "off"; it wins over the derived severity) and
    ``min_confidence`` (findings below it are dropped) from ``config``; used for every
    finding, from the checks or from elsewhere."""
    from .confidence import score_findings
    disabled = [c.upper() for c in config.get("disable", [])]
    selected = [c.upper() for c in config.get("select", [])]
    overrides = {k.upper(): v for k, v in (config.get("severity") or {}).items()}
    min_conf = config.get("min_confidence")
    kept = [f for f in findings
            if not (code_matches(f.code, disabled) or (selected and not code_matches(f.code, selected)))]
    score_findings(kept, result, derive=config.get("derive_severity", True))
    out = []
    for f in kept:
        sev = overrides.get(f.code) or next((v for k, v in overrides.items() if code_matches(f.code, [k])), None)
        if sev == "off":
            continue
        if sev in SEVERITIES:
            f.severity = sev
        if min_conf is not None and f.confidence is not None and f.confidence < min_conf:
            continue
        out.append(f)
    return out


def run_checks(result, config: dict | None = None) -> list[Finding]:
    config = config or {}
    disabled = [c.upper() for c in config.get("disable", [])]
    ctx = CheckContext(result, config)
    findings: list[Finding] = []
    for code, cls in load_checks().items():
        own_codes = {code, *cls.codes}
        if all(code_matches(c, disabled) for c in own_codes):
            continue
        try:
            produced = list(cls().run(ctx))
        except AlignerError:         # the user's input (a glossary row, ...): a one-line error
            raise
        except Exception as exc:     # a broken check must fail loudly, not silently pass
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            findings.append(Finding("CHECK-CRASHED", "format", "error",
                                    f"internal error in check {code}: {type(exc).__name__}: {exc} "
                                    f"({tb.filename.rsplit('/', 1)[-1]}:{tb.lineno})", confidence=1.0))
            continue
        findings.extend(apply_config(produced, config, result))
    findings.sort(key=lambda f: (f.bead if f.bead is not None else 1 << 30,
                                 f.source.start if f.source else -1, f.target.start if f.target else -1, f.code))
    return findings
