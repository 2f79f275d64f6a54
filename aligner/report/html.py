"""A self-contained HTML review page: the two texts side by side, every finding highlighted.

``render_html(result)`` returns one HTML file with inline CSS and JS and no external
requests (system fonts only), built from ``templates/review.html.j2`` with jinja2
autoescaping: every piece of document text reaches the page escaped.

The page has

* a summary: findings by severity and by category, the model, alignment confidence, the two
  files (name, language, sentence count, sha256 prefix);
* filters (severity, category, a minimum confidence slider, "only rows that need
  attention"): checkboxes and a range input driven by a few lines of inline JS; without JS
  the filters stay hidden and everything is shown. Each finding shows its calibrated
  confidence next to its severity;
* the alignment table, one row per bead (``id="bead-N"``), the Pashto cell ``dir="rtl"
  lang="ps"``. Every finding's source and target span is highlighted at its exact code-point
  offsets: the bead's text is cut into segments at *all* span boundaries, so overlapping
  spans become consecutive ``<mark>`` elements (never nested or crossing tags), each carrying
  the classes and tooltip of every finding covering it. 1-0 / 0-1 beads show a visible gap,
  low-confidence beads (score < 0.5) are flagged;
* the findings table, each row linking to its bead.

The helpers ``bead_range``, ``locate_bead``, ``excerpt_parts`` and ``summarize`` are shared
with the Markdown and spreadsheet reports.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import jinja2
from markupsafe import Markup

from .. import __version__
from ..model import CATEGORIES, SEVERITIES, SEVERITY_RANK, AlignmentResult, Bead, Document, Finding

#: beads scoring below this are flagged as low-confidence (same threshold as the text report)
LOW_CONFIDENCE = 0.5

#: languages written right to left (the ``dir`` of their column)
RTL_LANGS = frozenset({"ps", "fa", "prs", "ar", "ur", "sd", "ckb", "ug", "he", "yi", "dv"})

LANG_NAMES = {"en": "English", "ps": "Pashto", "fa": "Persian", "prs": "Dari", "ar": "Arabic",
              "ur": "Urdu", "de": "German", "fr": "French", "ru": "Russian", "zh": "Chinese"}

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
    autoescape=True,                      # the template is *.html.j2: select_autoescape would miss it
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


# --------------------------------------------------------------------------- shared helpers

def lang_name(code: str) -> str:
    return LANG_NAMES.get(code, code)


def bead_range(doc: Document, indices: tuple[int, ...]) -> Optional[tuple[int, int]]:
    """Code-point range of the document covered by a bead side (first sentence start to last
    sentence end, the whitespace between its sentences included); None for an empty side."""
    if not indices:
        return None
    return doc.sentences[indices[0]].start, doc.sentences[indices[-1]].end


def bead_text(doc: Document, indices: tuple[int, ...]) -> str:
    """The full text of a bead side, as it stands in the document."""
    rng = bead_range(doc, indices)
    return doc.text[rng[0]:rng[1]] if rng else ""


def locate_bead(result: AlignmentResult, finding: Finding) -> Optional[int]:
    """The bead a finding belongs to: ``finding.bead`` when set, else the bead whose text
    contains the start of the finding's source (or target) span; None if there is none."""
    if finding.bead is not None and 0 <= finding.bead < len(result.beads):
        return finding.bead
    for span, side, doc in ((finding.source, "source", result.source),
                            (finding.target, "target", result.target)):
        if span is None:
            continue
        for k, bead in enumerate(result.beads):
            rng = bead_range(doc, getattr(bead, side))
            if rng and rng[0] <= span.start < max(rng[1], rng[0] + 1):
                return k
    return None


def excerpt_parts(text: str, start: int, end: int, context: int = 60) -> tuple[str, str, str]:
    """``(before, span, after)`` around ``text[start:end]`` with at most ``context`` characters
    on each side, cut at a space where possible and marked with an ellipsis; whitespace runs
    (line breaks included) become single spaces."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    before, mid, after = text[:start], text[start:end], text[end:]
    if len(before) > context:
        cut = before[-context:]
        space = cut.find(" ")
        before = "…" + (cut[space + 1:] if 0 <= space < context // 2 else cut)
    if len(after) > context:
        cut = after[:context]
        space = cut.rfind(" ")
        after = (cut[:space] if space > context // 2 else cut) + "…"
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    return " ".join(before.split()) + lead, " ".join(mid.split()), trail + " ".join(after.split())


@dataclass
class Summary:
    """The numbers every report leads with."""
    by_severity: dict[str, int]            # every severity, most severe first (zeros included)
    by_category: dict[str, int]            # categories present, in CATEGORIES order
    by_code: dict[str, int]
    beads: int
    bead_kinds: dict[str, int]
    mean_score: float
    low_confidence: list[int]              # bead indices with score < LOW_CONFIDENCE
    omitted: int                           # 1-0 beads
    added: int                             # 0-1 beads

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())

    def severity_phrase(self) -> str:
        """e.g. ``2 errors, 1 warning, 0 info``."""
        return ", ".join(f"{n} {sev}{'s' if n != 1 and sev != 'info' else ''}"
                         for sev, n in self.by_severity.items())


def summarize(result: AlignmentResult) -> Summary:
    sev = {s: 0 for s in sorted(SEVERITIES, key=lambda s: -SEVERITY_RANK[s])}
    cat: dict[str, int] = {}
    code: dict[str, int] = {}
    for f in result.findings:
        sev[f.severity] = sev.get(f.severity, 0) + 1
        cat[f.category] = cat.get(f.category, 0) + 1
        code[f.code] = code.get(f.code, 0) + 1
    order = {c: i for i, c in enumerate(CATEGORIES)}
    cat = dict(sorted(cat.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    kinds: dict[str, int] = {}
    for b in result.beads:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    scores = [b.score for b in result.beads]
    return Summary(
        by_severity=sev, by_category=cat, by_code=dict(sorted(code.items())),
        beads=len(result.beads), bead_kinds=dict(sorted(kinds.items())),
        mean_score=sum(scores) / len(scores) if scores else 0.0,
        low_confidence=[k for k, b in enumerate(result.beads) if b.score < LOW_CONFIDENCE],
        omitted=sum(1 for b in result.beads if b.source and not b.target),
        added=sum(1 for b in result.beads if b.target and not b.source),
    )


# --------------------------------------------------------------------------- highlighting

@dataclass
class Piece:
    """A run of text covered by exactly the same findings (``ids``: 0-based indices into
    ``result.findings``); ``ids`` empty means plain text. A zero-length span becomes an empty
    piece rendered as a caret-like marker."""
    text: str
    ids: tuple[int, ...] = ()
    classes: str = ""
    title: str = ""

    @property
    def data(self) -> str:
        return " ".join(str(i) for i in self.ids)


def segment(text: str, base: int, spans: list[tuple[int, int, int]]) -> list[tuple[str, tuple[int, ...]]]:
    """Cut ``text`` (which starts at document offset ``base``) at every boundary of ``spans``
    (``(start, end, finding_id)`` in document offsets, clipped to the text) and return
    ``(piece, ids covering it)`` in order. Concatenating the pieces gives back ``text``.
    Zero-length spans inside the text yield an empty piece at their position."""
    n = len(text)
    clipped, points = [], []
    for start, end, fid in spans:
        if start == end:
            if 0 <= start - base <= n:
                points.append((start - base, fid))
            continue
        s, e = max(0, start - base), min(n, end - base)
        if s < e:
            clipped.append((s, e, fid))
    cuts = sorted({0, n, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped), *(p for p, _ in points)})
    out: list[tuple[str, tuple[int, ...]]] = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        here = tuple(sorted({fid for p, fid in points if p == a}))
        if here:
            out.append(("", here))
        if b is None:
            break
        if a < b:
            ids = tuple(sorted({fid for s, e, fid in clipped if s <= a and b <= e}))
            if out and out[-1][1] == ids and ids == ():
                out[-1] = (out[-1][0] + text[a:b], ())
            else:
                out.append((text[a:b], ids))
    return out


def _pieces(text: str, base: int, spans: list[tuple[int, int, int]], findings: list[Finding]) -> list[Piece]:
    pieces = []
    for chunk, ids in segment(text, base, spans):
        if not ids:
            pieces.append(Piece(chunk))
            continue
        fs = [findings[i] for i in ids]
        worst = max(fs, key=lambda f: SEVERITY_RANK.get(f.severity, 0)).severity
        classes = ["hl", f"sev-{worst}", *sorted({f.code for f in fs}), *sorted({f"cat-{f.category}" for f in fs})]
        if not chunk:
            classes.append("point")
        title = "\n".join(f"F{i + 1} {f.severity.upper()} {f.code}: {f.message}" for i, f in zip(ids, fs))
        pieces.append(Piece(chunk, ids, " ".join(classes), title))
    return pieces


# --------------------------------------------------------------------------- view model

@dataclass
class SideView:
    lang: str
    dir: str
    name: str                       # "English", "Pashto"
    indices: tuple[int, ...]
    pieces: list[Piece] = field(default_factory=list)
    heading: bool = False

    @property
    def empty(self) -> bool:
        return not self.indices

    @property
    def label(self) -> str:
        if not self.indices:
            return "–"
        a, b = self.indices[0] + 1, self.indices[-1] + 1
        return str(a) if a == b else f"{a}–{b}"


@dataclass
class FindingView:
    id: int                         # 0-based index into result.findings
    finding: Finding
    bead: Optional[int]
    source_excerpt: tuple[str, str, str]
    target_excerpt: tuple[str, str, str]
    fingerprint: str = ""           # the baseline fingerprint: what a reviewer's verdict is keyed by
    #: the suggested fix as (words replaced, replacement), or None
    fix: Optional[tuple[str, str]] = None

    @property
    def unit_label(self) -> str:
        """The localization unit's id (or key / msgctxt) for a unit input; '' for documents."""
        return unit_label(self.finding)

    @property
    def number(self) -> str:
        return f"F{self.id + 1}"

    @property
    def confidence_attr(self) -> str:
        """The confidence for the page's filter (``data-conf``; empty when unknown)."""
        c = self.finding.confidence
        return "" if c is None else f"{c:.4f}"

    @property
    def confidence_text(self) -> str:
        c = self.finding.confidence
        return "" if c is None else f"{c:.2f}"


@dataclass
class RowView:
    index: int
    bead: Bead
    source: SideView
    target: SideView
    findings: list[FindingView]
    low: bool

    @property
    def worst(self) -> str:
        if not self.findings:
            return ""
        return max((fv.finding.severity for fv in self.findings), key=lambda s: SEVERITY_RANK.get(s, 0))


def _side_view(doc: Document, indices: tuple[int, ...], spans, findings) -> SideView:
    rtl = doc.lang.split("-")[0].lower() in RTL_LANGS
    view = SideView(doc.lang, "rtl" if rtl else "ltr", lang_name(doc.lang), indices)
    rng = bead_range(doc, indices)
    if rng:
        start, end = rng
        view.pieces = _pieces(doc.text[start:end], start,
                              [(s, e, i) for s, e, i in spans if s < end and e > start
                               or (s == e and start <= s <= end)], findings)
        view.heading = all(doc.sentences[i].kind == "heading" for i in indices)
    return view


def _excerpt(doc: Document, indices, span) -> tuple[str, str, str]:
    if span is None:
        return ("", "", "")
    rng = bead_range(doc, indices) if indices else None
    if rng and rng[0] <= span.start and span.end <= rng[1]:
        return excerpt_parts(doc.text[rng[0]:rng[1]], span.start - rng[0], span.end - rng[0])
    return ("", " ".join(span.text.split()), "")


def unit_label(f: Finding) -> str:
    """The id of ``f``'s localization unit (``id``, else ``key``, else ``msgctxt``); ''."""
    u = f.unit or {}
    for key in ("id", "key", "msgctxt"):
        if u.get(key) not in (None, ""):
            return str(u[key])
    return ""


def suggestion_parts(result: AlignmentResult, f: Finding) -> Optional[tuple[str, str]]:
    """``(text replaced, replacement)`` of ``f``'s suggested fix, or None."""
    s = f.suggestion
    if not s or not (0 <= s.get("start", -1) <= s.get("end", -1) <= len(result.target.text)):
        return None
    return result.target.text[s["start"]:s["end"]], s.get("text", "")


def _script_json(data) -> Markup:
    """``data`` as JSON safe inside a <script> element (no ``</script>``, no ``<!--``)."""
    import json
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _review_data(result: AlignmentResult, fviews: list[FindingView]) -> dict:
    """What the page's review script needs: the report's key (localStorage) and, per
    finding, what goes into an ``aligner.decisions/1`` export."""
    from ..review.decisions import LABELS, SCHEMA
    from ..review.lqa import finding_points, scorecard_of
    card = scorecard_of(result)
    src, tgt = result.source, result.target
    key = "|".join((src.path or "", tgt.path or "", "" if (src.path or tgt.path) else (tgt.sha256 or "")))
    return {"schema": SCHEMA, "tool": __version__, "key": "aligner-review:" + key,
            "source": {"path": src.path, "sha256": src.sha256}, "target": {"path": tgt.path, "sha256": tgt.sha256},
            "labels": LABELS,
            "lqa": None if card is None else {"words": card["source_words"], "threshold": card["threshold"],
                                              "basis": card["basis"]},
            "findings": [{"id": fv.id, "fingerprint": fv.fingerprint, "code": fv.finding.code,
                          "points": finding_points(fv.finding, card) if card is not None else 0,
                          "severity": fv.finding.severity, "message": fv.finding.message,
                          "excerpt": (fv.finding.target or fv.finding.source).text
                          if (fv.finding.target or fv.finding.source) else None} for fv in fviews]}


def _file_info(doc: Document) -> dict:
    return {"name": Path(doc.path).name if doc.path else f"({doc.lang} text)",
            "path": doc.path or "", "lang": doc.lang, "lang_name": lang_name(doc.lang),
            "sentences": len(doc.sentences), "sha": (doc.sha256 or "")[:12],
            "sha256": doc.sha256 or ""}


def build_view(result: AlignmentResult) -> dict:
    """Everything the template needs, computed once (the template only loops and prints)."""
    from ..baseline import fingerprints
    from ..review.lqa import scorecard_of
    findings = result.findings
    prints = fingerprints(result)
    src_spans = [(f.source.start, f.source.end, i) for i, f in enumerate(findings) if f.source is not None]
    tgt_spans = [(f.target.start, f.target.end, i) for i, f in enumerate(findings) if f.target is not None]
    fviews = []
    for i, f in enumerate(findings):
        k = locate_bead(result, f)
        bead = result.beads[k] if k is not None else None
        fviews.append(FindingView(
            i, f, k,
            _excerpt(result.source, bead.source if bead else (), f.source),
            _excerpt(result.target, bead.target if bead else (), f.target),
            prints[i], suggestion_parts(result, f)))
    by_bead: dict[int, list[FindingView]] = {}
    for fv in fviews:
        if fv.bead is not None:
            by_bead.setdefault(fv.bead, []).append(fv)
    rows = [RowView(k, bead,
                    _side_view(result.source, bead.source, src_spans, findings),
                    _side_view(result.target, bead.target, tgt_spans, findings),
                    sorted(by_bead.get(k, []), key=lambda fv: -SEVERITY_RANK.get(fv.finding.severity, 0)),
                    bead.score < LOW_CONFIDENCE)
            for k, bead in enumerate(result.beads)]
    summary = summarize(result)
    severities = [s for s in summary.by_severity]
    return {
        "tool_version": __version__,
        "title": f"Translation review: {_file_info(result.source)['name']} ↔ {_file_info(result.target)['name']}",
        "source": _file_info(result.source),
        "target": _file_info(result.target),
        "source_dir": "rtl" if result.source.lang.split("-")[0].lower() in RTL_LANGS else "ltr",
        "target_dir": "rtl" if result.target.lang.split("-")[0].lower() in RTL_LANGS else "ltr",
        "model_name": result.model_name,
        "backend": result.backend,
        "summary": summary,
        "severities": severities,
        "rows": rows,
        "findings": fviews,
        "low_threshold": LOW_CONFIDENCE,
        "lqa": scorecard_of(result),
        "review": _script_json(_review_data(result, fviews)),
        "verdict_labels": _verdict_labels(),
        "has_units": any(fv.unit_label for fv in fviews),
    }


def _verdict_labels() -> list[tuple[str, str]]:
    from ..review.decisions import LABELS
    return list(LABELS.items())


def render_html(result: AlignmentResult) -> str:
    """The review page for ``result`` as one self-contained HTML document."""
    return _ENV.get_template("review.html.j2").render(**build_view(result))
