"""Readable side-by-side text output for the terminal.

``render_text(result)`` prints every bead side by side with its findings marked inline,
then (for ``aligner check``) a compact list of the findings, one line each::

    3:72   error    TERM-FORBIDDEN  English 'alumina' is rendered as forbidden 'المونیم' …

with the position in the Pashto file (``en:line:col`` in the English file for a finding
that has no Pashto span, e.g. an omitted sentence) and both values of the finding, or a
"no findings" line.  Severities are coloured when ``color`` is true: the CLI decides
that with :func:`use_color` (a terminal on stdout, ``NO_COLOR`` unset), since the string
may as well go to a file.

Everything taken from the documents, their names and the findings goes through
:func:`aligner.report.terminal.safe`, so no control sequence in the input reaches the
terminal.  :func:`finding_position` is the one place that turns a finding into a line and
column (the ``precommit`` lines use it too, via :func:`finding_line`).
"""
from __future__ import annotations

import json
import os
import sys
import textwrap
from typing import Any, Optional

from ..model import AlignmentResult, Document, Finding
from .terminal import safe
from .positions import Locator, position_label

LOW_CONFIDENCE = 0.5

#: ANSI SGR colour of each severity (bold red, yellow, cyan)
SEVERITY_COLORS = {"error": "1;31", "warning": "33", "info": "36"}
#: a value longer than this is shortened in the findings list
VALUE_CHARS = 40


def use_color(output: Any = None, stream=None) -> bool:
    """Whether text for ``output`` (None or ``-``: ``stream``, default stdout) should be
    coloured: only on a terminal, never when ``NO_COLOR`` is set (https://no-color.org)
    or ``TERM`` is ``dumb``."""
    if output is not None and str(output) != "-":
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    stream = stream if stream is not None else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):       # no isatty, or a closed stream
        return False


def _paint(text: str, sgr: Optional[str], color: bool) -> str:
    return f"\x1b[{sgr}m{text}\x1b[0m" if color and sgr else text


def _severity(sev: str, color: bool, upper: bool = False, width: int = 0) -> str:
    label = safe(sev.upper() if upper else sev)
    return _paint(label, SEVERITY_COLORS.get(sev), color) + " " * max(0, width - len(label))


# --------------------------------------------------------------------------- positions

def finding_position(result: AlignmentResult, f: Finding) -> tuple[Document, Optional[tuple[int, int]]]:
    """Where ``f`` is reported: the Pashto (target) document and its span's 1-based
    (line, column), or the English document's when the finding has no target span (an
    omission); the position is None for a finding without any span."""
    side = "target" if f.target is not None or f.source is None else "source"
    doc = result.target if side == "target" else result.source
    if f.unit is None and (f.target if side == "target" else f.source) is None:
        return doc, None
    return doc, Locator(result).position(f, side)


def finding_line(result: AlignmentResult, f: Finding) -> str:
    """``path:line:column: severity CODE message`` (the ``precommit`` format), terminal-safe."""
    doc, pos = finding_position(result, f)
    where = doc.path or doc.lang
    if pos is not None:
        where = f"{where}:{pos[0]}:{pos[1]}"
    return safe(f"{where}: {f.severity} {f.code} {f.message}")


# --------------------------------------------------------------------------- the findings list

def _show_value(v: Any) -> str:
    """A finding's value, short: a date's text, a list joined, a number rounded."""
    if isinstance(v, dict) and "text" in v:
        v = v["text"]
    if isinstance(v, float):
        text = f"{v:.2f}".rstrip("0").rstrip(".") if not v.is_integer() else str(int(v))
    elif isinstance(v, (list, tuple)):
        text = ", ".join(_show_value(x) for x in v)
    elif isinstance(v, (str, int)):
        text = str(v)
    else:
        try:
            text = json.dumps(v, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = str(v)
    text = " ".join(text.split())
    return text if len(text) <= VALUE_CHARS else text[:VALUE_CHARS - 1].rstrip() + "…"


def _values(result: AlignmentResult, f: Finding) -> str:
    """`` [en: x | ps: y]`` for the values the message does not already quote ('' if none)."""
    parts = []
    for doc, v in ((result.source, f.source_value), (result.target, f.target_value)):
        if v is None:
            continue
        shown = _show_value(v)
        if shown and shown not in f.message:
            parts.append(f"{doc.lang}: {shown}")
    return f" [{' | '.join(parts)}]" if parts else ""


def findings_list(result: AlignmentResult, color: bool = False) -> list[str]:
    """The compact list closing the report: a heading, then ``line:col severity CODE
    message [values]`` per finding; or one "no findings" line."""
    if not result.findings:
        return [_paint("no findings: every check passed", "32", color)]
    src, tgt = result.source, result.target
    rows = []
    for f in result.findings:
        doc, pos = finding_position(result, f)
        where = "-" if pos is None else f"{pos[0]}:{pos[1]}"
        if doc is src and pos is not None:
            where = f"{src.lang}:{where}"
        if pos is not None and len(getattr(doc, "parts", None) or ()) > 1:
            from ..formats.docx import part_at
            where += part_at(doc.parts, pos[0])       # "8:3 (footnote 2)": a DOCX part after the body
        rows.append((safe(where), f))
    pos_w = max(len(w) for w, _ in rows)
    sev_w = max(len(f.severity) for _, f in rows)
    code_w = max(len(f.code) for _, f in rows)
    out = [f"findings ({len(rows)}; {position_label(tgt)} in {safe(tgt.path or tgt.lang)}, "
           f"{safe(src.lang)}:{position_label(src)} in {safe(src.path or src.lang)}):"]
    for where, f in rows:
        out.append(f"  {where:<{pos_w}}  {_severity(f.severity, color, width=sev_w)}  "
                   f"{safe(f.code):<{code_w}}  {safe(f.message)}{safe(_values(result, f))}")
    return out


# --------------------------------------------------------------------------- the report

def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(safe(" ".join(text.split())), width) or [""]


def terminal_columns(fallback: int) -> int:
    """``shutil.get_terminal_size((fallback, …)).columns`` without importing shutil (and its
    bz2, lzma): ``$COLUMNS`` when a positive number, else the width of the terminal on the
    process's stdout when it has one and it is not 0, else ``fallback``."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or fallback


def render_text(result: AlignmentResult, width: int | None = None, show_findings: bool = True,
                color: bool = False) -> str:
    """The side-by-side report (findings inline and listed at the end when
    ``show_findings``); ANSI colours only when ``color``."""
    width = width or min(terminal_columns(120), 160)
    col = max(20, (width - 12) // 2)
    src, tgt = result.source, result.target
    if getattr(result, "units", None) is not None:
        title = (f"{src.path or 'source'}" + (f"  ↔  {tgt.path}" if tgt.path and tgt.path != src.path else "")
                 + f" ({result.units.format}, {len(result.units.units)} units, {src.lang} → {tgt.lang})")
    else:
        title = (f"{src.path or 'source'} ({src.lang}, {len(src.sentences)} sentences)  ↔  "
                 f"{tgt.path or 'target'} ({tgt.lang}, {len(tgt.sentences)} sentences)")
    out = [safe(title),
           safe(f"model: {result.model_name} ({result.backend})"), ""]
    by_bead: dict[int, list] = {}
    for f in result.findings:
        if f.bead is not None:
            by_bead.setdefault(f.bead, []).append(f)
    is_units = getattr(result, "units", None) is not None
    units = getattr(result, "unit_beads", None) or []
    for k, bead in enumerate(result.beads):
        if units and k not in by_bead:
            continue                # a localization file: only the units with findings
        s_text = " ".join(src.sentences[i].text for i in bead.source)
        t_text = " ".join(tgt.sentences[j].text for j in bead.target)
        left = _wrap(s_text, col) if bead.source else ["(no source sentence: ADDED in target)"]
        right = _wrap(t_text, col) if bead.target else ["(no target sentence: OMITTED)"]
        if units:                   # the unit's texts as written, placeholders and tags included
            u = units[k]
            left = _wrap(u.source, col)
            right = _wrap(u.target, col) if u.target.strip() else ["(empty translation)"]
            sim = f"similarity {bead.similarity:.2f}" if bead.similarity is not None else ""
            out.append(safe(f"unit {u.id}  (line {u.line}) {sim}"))
        else:
            flag = " ?" if bead.score < LOW_CONFIDENCE else "  "
            label = f"{bead.kind:>4}{flag}"
            ids = (f"[{','.join(str(i) for i in bead.source) or '-'}|"
                   f"{','.join(str(j) for j in bead.target) or '-'}] score {bead.score:.2f}")
            out.append(f"{label} {ids}")
        for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))):
            out.append(f"      {a:<{col}} │ {b}")
        if show_findings:
            for f in by_bead.get(k, []):
                out.append(f"      ▲ {_severity(f.severity, color, upper=True)} {safe(f.code)}: {safe(f.message)}")
        out.append("")
    if is_units:
        n = result.stats.get("units") or {}
        skipped = sum((n.get("skipped_state") or {}).values())
        out.append(f"units: {n.get('total', len(units))} in the file, {len(units)} checked "
                   f"({len(units) - len(by_bead)} clean), {n.get('untranslated', 0)} untranslated, "
                   f"{skipped} skipped by state, {n.get('empty', 0)} empty")
    else:
        counts = {}
        for b in result.beads:
            counts[b.kind] = counts.get(b.kind, 0) + 1
        out.append("beads: " + ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items())))
        low = sum(1 for b in result.beads if b.score < LOW_CONFIDENCE)
        out.append(f"low-confidence beads (score < {LOW_CONFIDENCE}): {low}")
    if show_findings:
        if result.findings:
            sev = {}
            for f in result.findings:
                sev[f.severity] = sev.get(f.severity, 0) + 1
            out.append("findings: " + ", ".join(f"{_severity(k, color)} {v}" for k, v in sorted(sev.items())))
        out += [""] + findings_list(result, color)
        from ..review.lqa import scorecard_of, summary_line
        card = scorecard_of(result)
        if card is not None:
            out.append(summary_line(card))
    return "\n".join(out) + "\n"
