"""JUnit XML output, for CI systems that show test results (Jenkins, GitLab, Azure, …).

A ``<testsuites>`` root with one ``<testsuite>`` per document pair; in it one
``<testcase>`` per check code that ran (``classname`` ``aligner.<category>``, ``name`` the
code).  A code with error or warning findings fails, its ``<failure>`` listing every
finding with its position in the Pashto (or English) file and both excerpts; a code with
only info findings passes and lists them in ``<system-out>``; a code without findings
passes.  ``<properties>`` name the model, the backend and both files.

Which codes ran comes from ``result.stats["codes_checked"]`` (set by ``aligner check``
from the configuration), else every code of every check plug-in.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable

from ..model import AlignmentResult, Finding
from .positions import Locator

FAILING = ("error", "warning")
# characters XML 1.0 does not allow, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _codes(result: AlignmentResult) -> dict[str, str]:
    """code → category for every code that ran, plus every code that has findings."""
    from ..baseline import all_rule_codes, leaf_codes
    known = all_rule_codes()
    ran = result.stats.get("codes_checked") or leaf_codes(c for c in known if c != "CHECK-CRASHED")
    out = {c: known.get(c, ("format",))[0] for c in ran}
    for f in result.findings:
        out.setdefault(f.code, f.category)
    return dict(sorted(out.items()))


def _excerpt(doc, span, pos) -> str:
    if span is None:
        return "—"
    where = f"{doc.path or doc.lang}:%d:%d" % pos if pos else (doc.path or doc.lang)
    return f"{' '.join(span.text.split())!s}  ({where})"


def _describe(result: AlignmentResult, f: Finding, where: Locator) -> str:
    unit = f"  Unit:    {f.unit['id']}\n" if f.unit else ""
    return _xml(f"{f.severity.upper()} {f.code}: {f.message}\n{unit}"
                f"  English: {_excerpt(result.source, f.source, where.position(f, 'source'))}\n"
                f"  Pashto:  {_excerpt(result.target, f.target, where.position(f, 'target'))}")


def junit_suite(result: AlignmentResult) -> ET.Element:
    """The ``<testsuite>`` element for one checked document pair."""
    name = f"{result.source.path or 'source'} ↔ {result.target.path or 'target'}"
    by_code: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_code.setdefault(f.code, []).append(f)
    suite = ET.Element("testsuite", name=_xml(name))
    props = ET.SubElement(suite, "properties")
    for key, value in (("model", result.model_name), ("backend", result.backend),
                       ("source", result.source.path or ""), ("target", result.target.path or ""),
                       ("source_lang", result.source.lang), ("target_lang", result.target.lang)):
        ET.SubElement(props, "property", name=key, value=_xml(str(value)))
    from ..review.lqa import scorecard_of
    card = scorecard_of(result)
    if card is not None:                 # the LQA scorecard (aligner.review.lqa)
        for key in ("basis", "penalty", "source_words", "per_1000_words", "threshold", "pass"):
            value = card[key]
            ET.SubElement(props, "property", name=f"lqa_{key}",
                          value=str(value).lower() if isinstance(value, bool) else str(value))
    failures = 0
    where = Locator(result)
    codes = _codes(result)
    for code, category in codes.items():
        case = ET.SubElement(suite, "testcase", classname=f"aligner.{category}", name=code,
                             file=result.target.path or "")
        found = by_code.get(code, [])
        failing = [f for f in found if f.severity in FAILING]
        if failing:
            failures += 1
            worst = "error" if any(f.severity == "error" for f in failing) else "warning"
            failure = ET.SubElement(case, "failure", type=worst,
                                    message=_xml(f"{len(failing)} {code} finding(s): {failing[0].message}"))
            failure.text = "\n\n".join(_describe(result, f, where) for f in failing)
        notes = [f for f in found if f.severity not in FAILING]
        if notes:
            ET.SubElement(case, "system-out").text = "\n\n".join(_describe(result, f, where) for f in notes)
    suite.set("tests", str(len(codes)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


def render_junit_results(results: Iterable[AlignmentResult]) -> str:
    """JUnit XML for several checked pairs (one testsuite each)."""
    root = ET.Element("testsuites", name="aligner")
    tests = failures = 0
    for result in results:
        suite = junit_suite(result)
        root.append(suite)
        tests += int(suite.get("tests"))
        failures += int(suite.get("failures"))
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render_junit(result: AlignmentResult) -> str:
    """JUnit XML for one checked pair."""
    return render_junit_results([result])
