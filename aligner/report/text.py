"""Readable side-by-side text output for the terminal."""
from __future__ import annotations

import shutil
import textwrap

from ..model import AlignmentResult

LOW_CONFIDENCE = 0.5


def _wrap(text: str, width: int) -> list[str]:
    text = " ".join(text.split())
    return textwrap.wrap(text, width) or [""]


def render_text(result: AlignmentResult, width: int | None = None, show_findings: bool = True) -> str:
    width = width or min(shutil.get_terminal_size((120, 20)).columns, 160)
    col = max(20, (width - 12) // 2)
    src, tgt = result.source, result.target
    out = [f"{src.path or 'source'} ({src.lang}, {len(src.sentences)} sentences)  ↔  "
           f"{tgt.path or 'target'} ({tgt.lang}, {len(tgt.sentences)} sentences)",
           f"model: {result.model_name} ({result.backend})", ""]
    by_bead: dict[int, list] = {}
    for f in result.findings:
        if f.bead is not None:
            by_bead.setdefault(f.bead, []).append(f)
    for k, bead in enumerate(result.beads):
        s_text = " ".join(src.sentences[i].text for i in bead.source)
        t_text = " ".join(tgt.sentences[j].text for j in bead.target)
        left = _wrap(s_text, col) if bead.source else ["(no source sentence: ADDED in target)"]
        right = _wrap(t_text, col) if bead.target else ["(no target sentence: OMITTED)"]
        flag = " ?" if bead.score < LOW_CONFIDENCE else "  "
        label = f"{bead.kind:>4}{flag}"
        ids = (f"[{','.join(str(i) for i in bead.source) or '-'}|"
               f"{','.join(str(j) for j in bead.target) or '-'}] score {bead.score:.2f}")
        out.append(f"{label} {ids}")
        for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))):
            out.append(f"      {a:<{col}} │ {b}")
        if show_findings:
            for f in by_bead.get(k, []):
                out.append(f"      ▲ {f.severity.upper()} {f.code}: {f.message}")
        out.append("")
    counts = {}
    for b in result.beads:
        counts[b.kind] = counts.get(b.kind, 0) + 1
    out.append("beads: " + ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items())))
    low = sum(1 for b in result.beads if b.score < LOW_CONFIDENCE)
    out.append(f"low-confidence beads (score < {LOW_CONFIDENCE}): {low}")
    if show_findings and result.findings:
        sev = {}
        for f in result.findings:
            sev[f.severity] = sev.get(f.severity, 0) + 1
        out.append("findings: " + ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
    return "\n".join(out) + "\n"
