"""Spreadsheet reports: one row per finding, for reviewers who work in Excel or LibreOffice.

``render_csv(result) -> str``: RFC 4180 CSV (``\\r\\n`` line ends) preceded by a UTF-8 BOM,
so Excel detects UTF-8 and shows Pashto instead of mojibake. Written by the csv module.

``render_xlsx(result) -> bytes`` (needs openpyxl): the same columns on a "Findings" sheet
with the header frozen, an autofilter, column widths, wrapped text and the Pashto columns
right-to-left (``readingOrder=2``); a second sheet "Alignment" lists every bead side by side.

Both carry the bead's full English and Pashto text (as it stands in the file), the code,
category, severity, the finding's calibrated confidence (0-1), message, and each span's text with its code-point offsets into the file.

Spreadsheet formula injection: a text cell starting with ``= + - @`` would run as a formula
in Excel. In CSV such cells get a leading apostrophe (Excel's own "text" marker); in XLSX
they are stored as explicit strings, so the text is kept exactly, except for what XML 1.0
cannot hold (C0 controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates):
each such character becomes U+FFFD, one for one, so the offsets still match the file.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from ..model import AlignmentResult, Finding
from .html import LOW_CONFIDENCE, RTL_LANGS, bead_text, lang_name, locate_bead, unit_label

BOM = "\ufeff"

#: (column header, width in characters for XLSX)
COLUMNS: list[tuple[str, int]] = [
    ("finding", 8), ("bead", 6), ("bead_score", 9), ("severity", 10), ("confidence", 11), ("category", 13),
    ("code", 18),
    ("message", 50), ("source_sentences", 60), ("target_sentences", 60),
    ("source_span", 22), ("source_start", 9), ("source_end", 9),
    ("target_span", 22), ("target_start", 9), ("target_end", 9),
    ("source_value", 16), ("target_value", 16),
    # the review columns: the finding's baseline fingerprint and localization unit, then what
    # the reviewer fills in (``verdict`` from a drop-down list), read back by
    # ``aligner baseline import`` / ``check --decisions`` (aligner.review.decisions)
    ("fingerprint", 12), ("unit", 16), ("verdict", 14), ("note", 40), ("reviewer", 14),
]
HEADER = [name for name, _ in COLUMNS]
#: columns holding target-language text (right-to-left when the target is, e.g., Pashto)
TARGET_TEXT_COLUMNS = ("target_sentences", "target_span", "target_value")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: every character outside XML 1.0's Char production (openpyxl refuses them when saving)
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with each character XML cannot hold replaced by U+FFFD (same length)."""
    return NOT_XML.sub("\ufffd", text)


def _value(v: Any) -> Any:
    """A finding's source/target value as a cell: plain scalars as is, the rest as JSON."""
    if v is None or isinstance(v, (str, int, float)):
        return v
    try:
        return json.dumps(v, ensure_ascii=False, default=lambda o: getattr(o, "__dict__", str(o)))
    except (TypeError, ValueError):
        return str(v)


def finding_rows(result: AlignmentResult) -> list[list[Any]]:
    """One row of ``HEADER`` values per finding (None for an absent span or value; the
    review columns empty)."""
    from ..baseline import fingerprints
    rows = []
    for n, (f, fp) in enumerate(zip(result.findings, fingerprints(result)), 1):
        k = locate_bead(result, f)
        bead = result.beads[k] if k is not None else None
        rows.append([
            f"F{n}", k, round(bead.score, 4) if bead else None, f.severity,
            round(f.confidence, 4) if f.confidence is not None else None, f.category, f.code, f.message,
            bead_text(result.source, bead.source) if bead else "",
            bead_text(result.target, bead.target) if bead else "",
            *_span_cells(f, "source"), *_span_cells(f, "target"),
            _value(f.source_value), _value(f.target_value),
            fp, unit_label(f) or None, None, None, None,
        ])
    return rows


def _span_cells(f: Finding, side: str) -> list[Any]:
    span = getattr(f, side)
    return [None, None, None] if span is None else [span.text, span.start, span.end]


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, str) and v.startswith(_FORMULA_START):
        return "'" + v
    return v


def render_csv(result: AlignmentResult) -> str:
    """The findings as CSV text starting with a UTF-8 BOM (write it encoded as UTF-8)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in finding_rows(result):
        writer.writerow([_csv_cell(v) for v in row])
    return BOM + buf.getvalue()


def render_xlsx(result: AlignmentResult) -> bytes:
    """The findings (and the whole alignment) as an Excel workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rtl_target = result.target.lang.split("-")[0].lower() in RTL_LANGS
    rtl_source = result.source.lang.split("-")[0].lower() in RTL_LANGS
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="37474F")
    ltr = Alignment(wrap_text=True, vertical="top", readingOrder=1)
    rtl = Alignment(wrap_text=True, vertical="top", horizontal="right", readingOrder=2)
    fills = {"error": PatternFill("solid", fgColor="FFD6D6"), "warning": PatternFill("solid", fgColor="FFE9A8"),
             "info": PatternFill("solid", fgColor="D6E8FF")}

    def put(ws, row: int, col: int, value: Any, align: Alignment):
        if isinstance(value, str):        # control characters, U+FFFE/U+FFFF are not allowed in XLSX XML
            value = xml_text(value)
        cell = ws.cell(row=row, column=col, value=value)
        if isinstance(value, str):
            cell.data_type = "s"          # text stays text even if it starts with '='
        cell.alignment = align
        return cell

    def header(ws, names: list[str], widths: list[int], rtl_cols: set[int]):
        for c, (name, width) in enumerate(zip(names, widths), 1):
            cell = put(ws, 1, c, name, rtl if c in rtl_cols else ltr)
            cell.font, cell.fill = head_font, head_fill
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "A2"

    wb = Workbook()
    ws = wb.active
    ws.title = "Findings"
    rtl_cols = {HEADER.index(name) + 1 for name in TARGET_TEXT_COLUMNS} if rtl_target else set()
    if rtl_source:
        rtl_cols |= {HEADER.index(n) + 1 for n in ("source_sentences", "source_span", "source_value")}
    header(ws, HEADER, [w for _, w in COLUMNS], rtl_cols)
    sev_col = HEADER.index("severity") + 1
    rows = finding_rows(result)
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            put(ws, r, c, value, rtl if c in rtl_cols else ltr)
        fill = fills.get(row[sev_col - 1])
        if fill:
            ws.cell(row=r, column=sev_col).fill = fill
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADER))}{len(rows) + 1}"
    _review_columns(ws, result, len(rows))

    al = wb.create_sheet("Alignment")
    names = ["bead", "kind", "score", "low_confidence",
             f"source ({lang_name(result.source.lang)})", f"target ({lang_name(result.target.lang)})", "findings"]
    header(al, names, [6, 6, 8, 8, 70, 70, 30], ({6} if rtl_target else set()) | ({5} if rtl_source else set()))
    codes: dict[int, list[str]] = {}
    for f in result.findings:
        k = locate_bead(result, f)
        if k is not None:
            codes.setdefault(k, []).append(f.code)
    for k, bead in enumerate(result.beads):
        values = [k, bead.kind, round(bead.score, 4), "yes" if bead.score < LOW_CONFIDENCE else "",
                  bead_text(result.source, bead.source), bead_text(result.target, bead.target),
                  ", ".join(codes.get(k, []))]
        for c, value in enumerate(values, 1):
            put(al, k + 2, c, value, rtl if (c == 6 and rtl_target) or (c == 5 and rtl_source) else ltr)
    al.auto_filter.ref = f"A1:G{len(result.beads) + 1}"

    _report_sheet(wb, result, put, ltr)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _review_columns(ws, result: AlignmentResult, n: int) -> None:
    """The verdict drop-down (a list validation over the findings' rows) and a hint."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from ..review.decisions import LABELS
    col = get_column_letter(HEADER.index("verdict") + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(LABELS.values()) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="verdict",
                        error="Choose " + ", ".join(LABELS.values()) + " (or leave it empty).",
                        promptTitle="verdict", prompt="Is this finding a real error, a false alarm, or accepted?",
                        showInputMessage=True)
    ws.add_data_validation(dv)
    if n:
        dv.add(f"{col}2:{col}{n + 1}")
    fill = PatternFill("solid", fgColor="FFF8E1")
    for name in ("verdict", "note", "reviewer"):
        c = HEADER.index(name) + 1
        for r in range(2, n + 2):
            ws.cell(row=r, column=c).fill = fill
    ws[f"{col}1"].comment = Comment("Pick a verdict per finding, then run `aligner baseline import THIS.xlsx` "
                                    "(false alarms → suppressions, accepted → baseline) or "
                                    "`aligner check … --decisions THIS.xlsx`.", "aligner")


def _report_sheet(wb, result: AlignmentResult, put, align) -> None:
    """A "Report" sheet naming the document pair (read back when the filled workbook is imported)."""
    from .. import __version__
    from ..review.decisions import REPORT_SHEET
    from ..review.lqa import scorecard_of
    ws = wb.create_sheet(REPORT_SHEET)
    rows = [("tool", f"aligner {__version__}"), ("source", result.source.path), ("source_sha256", result.source.sha256),
            ("target", result.target.path), ("target_sha256", result.target.sha256),
            ("model", f"{result.model_name} ({result.backend})")]
    card = scorecard_of(result)
    if card is not None:
        rows += [("lqa_basis", card["basis"]), ("lqa_penalty", card["penalty"]), ("lqa_source_words", card["source_words"]),
                 ("lqa_per_1000_words", card["per_1000_words"]), ("lqa_threshold", card["threshold"]),
                 ("lqa_pass", "yes" if card["pass"] else "no")]
    for r, (key, value) in enumerate(rows, 1):
        put(ws, r, 1, key, align)
        put(ws, r, 2, value, align)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70
