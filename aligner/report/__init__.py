"""Report layer: an AlignmentResult (with findings) → JSON, text, and other formats.

Every output format is registered in ``FORMATS``: name → "module:function", where the
function takes the result and returns ``str`` (text formats) or ``bytes`` (binary ones).
The CLI's ``--format`` accepts exactly these names.
"""
from __future__ import annotations

import importlib

from .json_report import SCHEMA, report_dict, write_json
from .text import render_text

FORMATS: dict[str, str] = {
    "text": "aligner.report.text:render_text",
    "json": "aligner.report.json_report:write_json",
    "sarif": "aligner.report.sarif:render_sarif",
    "junit": "aligner.report.junit:render_junit",
    "html": "aligner.report.html:render_html",
    "markdown": "aligner.report.markdown:render_markdown",
    "csv": "aligner.report.spreadsheet:render_csv",
    "xlsx": "aligner.report.spreadsheet:render_xlsx",
    "xliff": "aligner.report.xliff:render_xliff",
}


def render(result, fmt: str):
    """Render ``result`` in format ``fmt`` (a key of FORMATS)."""
    try:
        target = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)(result)


__all__ = ["SCHEMA", "FORMATS", "render", "report_dict", "write_json", "render_text"]
