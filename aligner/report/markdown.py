"""A GitHub-flavoured Markdown report, short enough for a pull-request comment.

``render_markdown(result)`` gives

* a heading with the verdict and a one-line summary (findings by severity, files, model,
  alignment confidence);
* one table of findings per severity (code, category, message, the English and Pashto
  excerpts with the flagged span in **bold**, the bead); a table longer than
  ``COLLAPSE_AFTER`` rows, and every table below ``error``, is folded into ``<details>``;
* the low-confidence and unmatched beads, folded.

Document text is untrusted: every cell escapes Markdown and HTML metacharacters (``|``
included, so a ``|`` in a sentence cannot break the table) and collapses line breaks, and
:func:`inert` defuses what GitHub would act on in plain text: an ``@mention`` (it would
notify that user or team when the report is posted), a bare URL, ``www.`` or e-mail
address (autolinked), and an issue reference ``#123``.  A zero-width space (U+200B) after
the ``@``, the scheme, ``www`` or ``#`` breaks the pattern while the text reads the same.
Control characters are shown as ``\\xNN`` escapes (:func:`aligner.report.terminal.safe`).
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import SEVERITY_RANK, AlignmentResult
from .terminal import safe
from .html import (LOW_CONFIDENCE, bead_range, bead_text, excerpt_parts, lang_name, locate_bead,
                   summarize)

#: tables longer than this are collapsed into <details>
COLLAPSE_AFTER = 10

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#+!~|])")
_ICONS = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}
ZWSP = "\u200b"
#: where GitHub would act on plain text: @mention (and e-mail autolink), URL scheme, www.
#: autolink, #123 issue reference; a zero-width space goes at the lookahead position
_ACTIVE = re.compile(r"(?<=@)|(?i:\b(?:https?|ftp|mailto|xmpp)(?=:))|(?i:\bwww(?=\.))|(?<=#)(?=\d)")


def inert(text: str) -> str:
    """``text`` with @mentions, bare links and issue references defused (see module doc)."""
    return _ACTIVE.sub(lambda m: m.group() + ZWSP, text)


def md_escape(text: str) -> str:
    """Escape ``text`` for a GFM table cell: entities for ``& < >``, backslashes for Markdown
    punctuation (``|`` among them), whitespace runs (line breaks too) folded to one space."""
    text = safe(" ".join(text.split())) if text.strip() else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return inert(_MD_SPECIAL.sub(r"\\\1", text))


def md_code(text: str, in_table: bool = True) -> str:
    """``text`` as an inline code span (its content is literal: no backslash escapes apply),
    fenced by more backticks than it contains; in a table cell ``|`` still needs ``\\|``."""
    text = safe(" ".join(text.split()))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    if in_table:
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def md_excerpt(before: str, span: str, after: str) -> str:
    """An excerpt with the span in bold. Bold markers hug the span (``**`` next to a space
    would not render), so surrounding whitespace stays outside them."""
    if not span.strip():
        return md_escape(before + span + after)
    return f"{md_escape(before)}{' ' if before[-1:].isspace() else ''}**{md_escape(span)}**" \
           f"{' ' if after[:1].isspace() else ''}{md_escape(after)}"


def _name(doc) -> str:
    return Path(doc.path).name if doc.path else f"{doc.lang} text"


def _excerpt(doc, indices, span) -> str:
    if span is None:
        return ""
    rng = bead_range(doc, indices) if indices else None
    if rng and rng[0] <= span.start and span.end <= rng[1]:
        return md_excerpt(*excerpt_parts(doc.text[rng[0]:rng[1]], span.start - rng[0], span.end - rng[0]))
    return md_excerpt("", span.text, "")


def _folded(summary_line: str, body: list[str], open_: bool = False) -> list[str]:
    # GitHub needs a blank line after <summary> for the Markdown inside to render.
    return [f"<details{' open' if open_ else ''}><summary>{summary_line}</summary>", "", *body, "", "</details>", ""]


def render_markdown(result: AlignmentResult) -> str:
    """The Markdown report for ``result`` (ends with a newline)."""
    s = summarize(result)
    src, tgt = result.source, result.target
    worst = next((sev for sev, n in s.by_severity.items() if n), None)
    verdict = f"{_ICONS[worst]} " if worst in _ICONS else "✅ "
    out = [f"### {verdict}Translation QA: {s.severity_phrase()}", ""]
    files = " ↔ ".join(f"{md_code(_name(d), False)} ({md_escape(lang_name(d.lang))}, {len(d.sentences)} sentences, "
                       f"sha256 `{(d.sha256 or '')[:12]}`)" for d in (src, tgt))
    out.append(f"{files} · model {md_code(result.model_name, False)} ({md_escape(result.backend)}) · "
               f"{s.beads} beads, mean confidence {s.mean_score:.2f}, "
               f"{len(s.low_confidence)} below {LOW_CONFIDENCE}, {s.omitted} omitted, {s.added} added")
    out.append("")
    from ..review.lqa import scorecard_of, summary_line
    card = scorecard_of(result)
    if card is not None:
        out.append(("✅ " if card["pass"] else "❌ ") + md_escape(summary_line(card)))
        out.append("")
    if s.by_category:
        out.append("By category: " + ", ".join(f"{md_escape(c)} {n}" for c, n in s.by_category.items()))
        out.append("")

    if not result.findings:
        out.append("No findings.")
        out.append("")
    numbered = list(enumerate(result.findings, 1))
    for sev in sorted(s.by_severity, key=lambda v: -SEVERITY_RANK.get(v, 0)):
        group = [(n, f) for n, f in numbered if f.severity == sev]
        if not group:
            continue
        table = [f"| # | code | category | message | {md_escape(lang_name(src.lang))} | "
                 f"{md_escape(lang_name(tgt.lang))} | bead |",
                 "|---|---|---|---|---|---|---|"]
        for n, f in group:
            k = locate_bead(result, f)
            bead = result.beads[k] if k is not None else None
            table.append("| " + " | ".join([
                f"F{n}", md_code(f.code), md_escape(f.category), md_escape(f.message),
                _excerpt(src, bead.source if bead else (), f.source),
                _excerpt(tgt, bead.target if bead else (), f.target),
                str(k) if k is not None else "–",
            ]) + " |")
        label = f"{_ICONS.get(sev, '')} {len(group)} {sev}{'s' if len(group) != 1 and sev != 'info' else ''}".strip()
        if sev == "error" and len(group) <= COLLAPSE_AFTER:
            out += [f"**{label}**", "", *table, ""]
        else:
            out += _folded(label, table, open_=sev == "error")

    attention = [(k, b) for k, b in enumerate(result.beads)
                 if b.score < LOW_CONFIDENCE or not b.source or not b.target]
    if attention:
        rows = [f"| bead | kind | score | {md_escape(lang_name(src.lang))} | {md_escape(lang_name(tgt.lang))} |",
                "|---|---|---|---|---|"]
        for k, b in attention:
            en, ps = bead_text(src, b.source), bead_text(tgt, b.target)
            rows.append(f"| {k} | {b.kind} | {b.score:.2f} | {md_escape(_short(en)) or '*(none)*'} | "
                        f"{md_escape(_short(ps)) or '*(none)*'} |")
        out += _folded(f"{len(attention)} unmatched or low-confidence bead{'s' if len(attention) != 1 else ''}", rows)
    return "\n".join(out).rstrip("\n") + "\n"


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
