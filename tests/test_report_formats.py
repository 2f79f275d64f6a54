"""The human-facing report formats (HTML, Markdown, CSV, XLSX): each parses back and puts the
seed pair's alumina → المونیم TERM-FORBIDDEN findings at their exact offsets; document text
is escaped; overlapping spans keep the markup well formed."""
from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

import aligner
from aligner.cli import app
from aligner.model import AlignmentResult, Bead, Document, Finding, Sentence, Span
from aligner.report import FORMATS, render
from aligner.report.html import bead_range, render_html, segment
from aligner.report.markdown import render_markdown
from aligner.report.spreadsheet import HEADER, render_csv, render_xlsx
from tests.helpers import SEEDS

EN = next(SEEDS.glob("000_*.txt"))
PS = next(SEEDS.glob("001_*.txt"))


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def seed_result() -> AlignmentResult:
    return aligner.check_files(str(EN), str(PS))


@pytest.fixture(scope="session")
def alumina(seed_result) -> list[Finding]:
    found = [f for f in seed_result.findings
             if f.code == "TERM-FORBIDDEN" and f.source and f.source.text == "alumina"]
    assert len(found) >= 2, "the seed pair has two alumina → المونیم renderings"
    for f in found:
        assert f.target.text == "المونیم"
    return found


def _doc(lines: list[str], lang: str) -> Document:
    text = "\n".join(lines) + "\n"
    sents, pos = [], 0
    for i, line in enumerate(lines):
        sents.append(Sentence(i, pos, pos + len(line), line, block=i))
        pos += len(line) + 1
    return Document(f"/tmp/{lang}|doc.txt", lang, text, sents, sha256="ab" * 32)


def _span(doc: Document, needle: str, occurrence: int = 0, length: int | None = None) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(needle, start + 1)
    end = start + (len(needle) if length is None else length)
    return Span(start, end, doc.text[start:end])


@pytest.fixture()
def tricky() -> AlignmentResult:
    """A hand-built result: markup and table metacharacters in the text, overlapping and
    zero-length spans, an omission, an addition, a low-confidence bead, a finding without bead."""
    src = _doc(['Intro <script>alert("x")</script> & "q".',
                "The alumina plant | makes 2 million tons.",
                "=SUM(A1) only English here."], "en")
    tgt = _doc(['سریزه <script>alert("x")</script>.',
                "د المونیم فابریکه | ۲ ملیونه ټنه جوړوي.",
                "یوازې پښتو جمله."], "ps")
    beads = [Bead((0,), (0,), 0.91, 0.8), Bead((1,), (1,), 0.88, 0.8),
             Bead((2,), (), 0.75), Bead((), (2,), 0.31)]
    findings = [
        Finding("TERM-FORBIDDEN", "terminology", "error", "alumina → المونیم <b>bold</b> | pipe",
                _span(src, "alumina"), _span(tgt, "المونیم"), bead=1),
        Finding("NUM-MISMATCH", "number", "error", "overlaps the term",
                _span(src, "alumina plant | makes 2"), _span(tgt, "المونیم فابریکه"), bead=1),
        Finding("FMT-PIPE", "format", "info", "nested inside both",
                _span(src, "plant"), _span(tgt, "فابریکه | ۲"), bead=1),
        Finding("FMT-POINT", "punctuation", "warning", "zero-length span",
                _span(src, "makes", length=0), _span(tgt, "ملیونه", length=0), bead=1),
        Finding("UNTRANS-WORD", "untranslated", "warning", "located by its span (no bead index)",
                None, _span(tgt, "script", 0), bead=None),
        Finding("OMIT-SENTENCE", "omission", "error", "no Pashto sentence",
                Span(src.sentences[2].start, src.sentences[2].end, src.sentences[2].text), None, bead=2),
        Finding("ADD-SENTENCE", "addition", "warning", "no English sentence",
                None, Span(tgt.sentences[2].start, tgt.sentences[2].end, tgt.sentences[2].text), bead=3),
    ]
    return AlignmentResult(src, tgt, beads, "test-model", "none", findings)


# --------------------------------------------------------------------------- HTML parsing

VOID = {"meta", "br", "input", "col", "img", "hr", "link", "wbr", "source", "area", "base"}


class Page(HTMLParser):
    """Checks nesting (every end tag closes the innermost open element) and collects the
    alignment cells with the exact text and mark positions inside them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.elements: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.cells: dict[tuple[int, str], dict] = {}
        self.scripts: list[str] = []
        self._row = None
        self._col = 0
        self._cell = None
        self._mark = None
        self._script = None
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        self.elements.append((tag, a))
        if "id" in a:
            assert a["id"] not in self.ids, f"duplicate id {a['id']}"
            self.ids.add(a["id"])
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "tr" and a.get("id", "").startswith("bead-"):
            self._row, self._col = int(a["id"][5:]), 0
        elif tag == "td" and self._row is not None and "text" in a.get("class", "").split():
            side = "source" if self._col == 0 else "target"
            self._col += 1
            self._cell = self.cells[(self._row, side)] = {"attrs": a, "text": "", "marks": []}
        elif tag == "mark" and self._cell is not None:
            self._mark = {"attrs": a, "offset": len(self._cell["text"]), "text": ""}
            self._cell["marks"].append(self._mark)
        elif tag == "script":
            self._script = ""

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()
        if tag == "mark":
            self._mark = None
        elif tag == "td":
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag == "script":
            self.scripts.append(self._script)
            self._script = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell["text"] += data
        if self._mark is not None:
            self._mark["text"] += data
        if self._script is not None:
            self._script += data

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def _classes(attrs: dict) -> set[str]:
    return set(attrs.get("class", "").split())


def _assert_cells_match_documents(page: Page, result: AlignmentResult):
    """Every non-empty bead cell holds exactly the document text of its bead side."""
    for k, bead in enumerate(result.beads):
        for side, doc in (("source", result.source), ("target", result.target)):
            cell = page.cells[(k, side)]
            rng = bead_range(doc, getattr(bead, side))
            if rng is None:
                assert "gap" in _classes(cell["attrs"])
                other = "Pashto" if side == "target" else "English"
                assert cell["text"] == f"— no {other} sentence —"
            else:
                assert cell["text"] == doc.text[rng[0]:rng[1]]
                assert cell["attrs"]["lang"] == doc.lang
                assert cell["attrs"]["dir"] == ("rtl" if doc.lang == "ps" else "ltr")


# --------------------------------------------------------------------------- HTML

def test_html_seed_highlights_alumina_at_its_offsets(seed_result, alumina):
    html = render_html(seed_result)
    page = Page(html)
    assert page.errors == []
    _assert_cells_match_documents(page, seed_result)
    for f in alumina:
        for side, doc, span, word in (("source", seed_result.source, f.source, "alumina"),
                                      ("target", seed_result.target, f.target, "المونیم")):
            bead = seed_result.beads[f.bead]
            start = bead_range(doc, getattr(bead, side))[0]
            cell = page.cells[(f.bead, side)]
            marks = [m for m in cell["marks"] if m["offset"] == span.start - start]
            assert len(marks) == 1, (side, cell["marks"])
            m = marks[0]
            assert m["text"] == word
            assert {"TERM-FORBIDDEN", "sev-error"} <= _classes(m["attrs"])
            assert "TERM-FORBIDDEN" in m["attrs"]["title"] and f.message in m["attrs"]["title"]
        assert page.cells[(f.bead, "target")]["attrs"]["dir"] == "rtl"
        assert page.cells[(f.bead, "target")]["attrs"]["lang"] == "ps"
        assert page.cells[(f.bead, "source")]["attrs"]["lang"] == "en"
        # the findings table links to the row, and the row exists
        assert page.find("a", href=f"#bead-{f.bead}")
        assert f"bead-{f.bead}" in page.ids


def test_html_summary_and_self_contained(seed_result):
    html = render_html(seed_result)
    page = Page(html)
    text = re.sub(r"\s+", " ", html)
    assert seed_result.model_name in text and f"({seed_result.backend})" in text
    for doc in (seed_result.source, seed_result.target):
        assert doc.sha256[:12] in text
        assert doc.path.rsplit("/", 1)[-1] in text
    for sev in ("error", "warning", "info"):
        n = sum(f.severity == sev for f in seed_result.findings)
        assert f'data-count-sev="{sev}">{n}<' in html
    n_term = sum(f.category == "terminology" for f in seed_result.findings)
    assert n_term >= 2 and f'data-count-cat="terminology">{n_term}<' in html
    mean = sum(b.score for b in seed_result.beads) / len(seed_result.beads)
    assert f"data-mean-score>{mean:.3f}<" in html
    assert "data-low-count>0<" in html
    # nothing is fetched: no external scripts, styles, images or fonts
    assert not page.find("link") and not page.find("img")
    assert all("src" not in a for _, a in page.elements)
    assert "@import" not in html and "url(" not in html and "http" not in html.split("<body")[0]
    # every in-page link has a target
    for _, a in page.elements:
        if a.get("href", "").startswith("#"):
            assert a["href"][1:] in page.ids, a["href"]
    # filters: present, hidden until JS runs; nothing else hidden (JS off shows everything)
    form = page.find("form", id="filters")
    assert form and "hidden" in form[0]
    assert [a for t, a in page.elements if "hidden" in a and t != "form"] == []
    assert page.find("input", value="error") and page.find("input", value="terminology")
    assert len(page.scripts) == 1 and "data-review-ready" in page.scripts[0]


def test_html_escapes_document_text(tricky):
    html = render_html(tricky)
    page = Page(html)
    assert page.errors == []
    assert len(page.scripts) == 1                    # only the page's own script
    assert '<script>alert("x")' not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html         # messages are escaped too
    _assert_cells_match_documents(page, tricky)      # … and read back as the original text


def test_html_overlapping_spans(tricky):
    page = Page(render_html(tricky))
    assert page.errors == []
    for k, bead in enumerate(tricky.beads):
        for side, doc in (("source", tricky.source), ("target", tricky.target)):
            rng = bead_range(doc, getattr(bead, side))
            if rng is None:
                continue
            cell = page.cells[(k, side)]
            covering = [set() for _ in cell["text"]]
            points = set()
            for i, f in enumerate(tricky.findings):
                span = getattr(f, side)
                if span is None:
                    continue
                if span.start == span.end and rng[0] <= span.start <= rng[1]:
                    points.add((span.start - rng[0], i))
                for p in range(max(span.start, rng[0]), min(span.end, rng[1])):
                    covering[p - rng[0]].add(i)
            seen = [set() for _ in cell["text"]]
            seen_points = set()
            for m in cell["marks"]:
                ids = {int(x) for x in m["attrs"]["data-f"].split()}
                if not m["text"]:
                    assert "point" in _classes(m["attrs"])
                    seen_points |= {(m["offset"], i) for i in ids}
                for p in range(m["offset"], m["offset"] + len(m["text"])):
                    seen[p] = ids
                codes = {tricky.findings[i].code for i in ids}
                assert codes <= _classes(m["attrs"])
                worst = max((tricky.findings[i].severity for i in ids), key=["info", "warning", "error"].index)
                assert f"sev-{worst}" in _classes(m["attrs"])
            assert seen == covering, (k, side)
            assert seen_points == points
    # "plant" is covered by NUM-MISMATCH and FMT-PIPE; "alumina" by those two and TERM-FORBIDDEN
    plant = [m for m in page.cells[(1, "source")]["marks"] if m["text"] == "plant"]
    assert len(plant) == 1 and plant[0]["attrs"]["data-f"] == "1 2"
    alumina = [m for m in page.cells[(1, "source")]["marks"] if m["text"] == "alumina"]
    assert len(alumina) == 1 and alumina[0]["attrs"]["data-f"] == "0 1"


def test_html_gaps_low_confidence_and_unindexed_finding(tricky):
    html = render_html(tricky)
    page = Page(html)
    assert page.cells[(2, "target")]["text"] == "— no Pashto sentence —"
    assert page.cells[(3, "source")]["text"] == "— no English sentence —"
    low = page.find("tr", id="bead-3")[0]
    assert "low" in _classes(low) and low.get("data-low") == "1"
    assert "low" not in _classes(page.find("tr", id="bead-2")[0])
    # the finding with bead=None was located by its span (in bead 0) and listed there
    notes = [a for t, a in page.elements if t == "li" and a.get("data-finding") == "4"]
    assert len(notes) == 1
    assert page.find("a", href="#bead-0")
    assert [m for m in page.cells[(0, "target")]["marks"] if m["text"] == "script"]


def test_html_without_findings_is_valid():
    src, tgt = _doc(["One."], "en"), _doc(["یو."], "ps")
    result = AlignmentResult(src, tgt, [Bead((0,), (0,), 0.99, 0.9)], "m", "b")
    page = Page(render_html(result))
    assert page.errors == [] and page.cells[(0, "target")]["text"] == "یو."
    assert "No findings." in render_html(result)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab پښ\n", min_size=0, max_size=30),
       st.integers(0, 40),
       st.lists(st.tuples(st.integers(-5, 45), st.integers(0, 12)), max_size=6))
def test_segment_property(text, base, raw):
    spans = [(base + s, base + s + length, i) for i, (s, length) in enumerate(raw)]
    pieces = segment(text, base, spans)
    assert "".join(p for p, _ in pieces) == text
    pos = 0
    for piece, ids in pieces:
        if piece:
            for p in range(pos, pos + len(piece)):
                expect = {i for s, e, i in spans if s <= base + p < e}
                assert set(ids) == expect
        else:       # an empty piece marks zero-length spans at this position
            assert ids and all(spans[i][0] == spans[i][1] == base + pos for i in ids)
        pos += len(piece)


# --------------------------------------------------------------------------- Markdown

def _md_rows(md: str) -> list[list[str]]:
    return [[c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
            for line in md.splitlines() if line.startswith("|")]


def test_markdown_seed(seed_result, alumina):
    md = render_markdown(seed_result)
    n_err = sum(f.severity == "error" for f in seed_result.findings)
    assert md.startswith("### ❌ ") and f"{n_err} errors" in md.splitlines()[0]
    rows = _md_rows(md)
    header = rows[0]
    assert header == ["#", "code", "category", "message", "English", "Pashto", "bead"]
    assert all(len(r) == len(header) for r in rows)
    hits = [r for r in rows if r[1] == "`TERM-FORBIDDEN`" and "**alumina**" in r[4]]
    assert len(hits) == len(alumina)
    for row, f in zip(hits, alumina):
        assert "**alumina**" in row[4] and "**المونیم**" in row[5]
        assert row[6] == str(f.bead)
        # the bold word is the flagged occurrence: the text just before it matches the file
        before = row[4].split("**alumina**")[0].lstrip("…").replace("\\", "")
        assert seed_result.source.text[:f.source.start].replace("\n", " ").endswith(before)
        before_ps = row[5].split("**المونیم**")[0].lstrip("…").replace("\\", "")
        assert seed_result.target.text[:f.target.start].replace("\n", " ").endswith(before_ps)
    if n_err <= 10:                      # a short error list is shown, not folded
        assert f"**❌ {n_err} errors**" in md


def test_markdown_escapes_pipes_and_html(tricky):
    md = render_markdown(tricky)
    assert "<script>" not in md and "<b>bold" not in md
    assert "\\|" in md
    tables = [[]]
    for line in md.splitlines():
        if line.startswith("|"):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    for table in filter(None, tables):
        widths = {len(r) for r in _md_rows("\n".join(table))}
        assert len(widths) == 1, table          # an unescaped | would add a cell
    # non-error groups are folded; the pipe-bearing file name sits in a code span
    assert "<details><summary>" in md and "</details>" in md
    assert "`en|doc.txt`" in md


def test_markdown_collapses_long_lists(tricky):
    many = [Finding("NUM-EXTRA", "number", "error", f"extra number {i}", None,
                    Span(0, 2, tricky.target.text[0:2]), bead=0) for i in range(12)]
    result = AlignmentResult(tricky.source, tricky.target, tricky.beads, "m", "b", many)
    md = render_markdown(result)
    assert "<details open><summary>❌ 12 errors</summary>" in md
    assert md.count("extra number") == 12


# --------------------------------------------------------------------------- CSV

def _csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_csv_seed(seed_result, alumina):
    text = render_csv(seed_result)
    rows = _csv_rows(text)
    assert list(rows[0].keys()) == HEADER
    assert len(rows) == len(seed_result.findings)
    hits = [r for r in rows if r["code"] == "TERM-FORBIDDEN" and r["source_span"] == "alumina"]
    assert len(hits) == len(alumina)
    for r, f in zip(hits, alumina):
        assert (r["severity"], r["category"], r["message"]) == ("error", "terminology", f.message)
        s0, s1, t0, t1 = (int(r[k]) for k in ("source_start", "source_end", "target_start", "target_end"))
        assert seed_result.source.text[s0:s1] == "alumina" and (s0, s1) == (f.source.start, f.source.end)
        assert seed_result.target.text[t0:t1] == "المونیم" and (t0, t1) == (f.target.start, f.target.end)
        assert r["target_span"] == "المونیم"
        bead = seed_result.beads[int(r["bead"])]
        rs, rt = bead_range(seed_result.source, bead.source), bead_range(seed_result.target, bead.target)
        assert r["source_sentences"] == seed_result.source.text[rs[0]:rs[1]]
        assert r["target_sentences"] == seed_result.target.text[rt[0]:rt[1]]
        assert r["source_sentences"][s0 - rs[0]:s1 - rs[0]] == "alumina"
        assert r["target_sentences"][t0 - rt[0]:t1 - rt[0]] == "المونیم"


def test_csv_quoting_and_formula_guard(tricky):
    rows = _csv_rows(render_csv(tricky))
    assert len(rows) == len(tricky.findings)
    omit = next(r for r in rows if r["code"] == "OMIT-SENTENCE")
    assert omit["source_sentences"] == "'=SUM(A1) only English here."   # not a formula in Excel
    assert omit["target_sentences"] == "" and omit["target_start"] == ""
    term = next(r for r in rows if r["code"] == "TERM-FORBIDDEN")
    assert term["message"] == "alumina → المونیم <b>bold</b> | pipe"
    assert term["source_sentences"] == "The alumina plant | makes 2 million tons."
    unindexed = next(r for r in rows if r["code"] == "UNTRANS-WORD")
    assert unindexed["bead"] == "0"                                      # located by its span


# --------------------------------------------------------------------------- XLSX

def test_xlsx_seed(seed_result, alumina):
    wb = load_workbook(io.BytesIO(render_xlsx(seed_result)))
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    assert header == HEADER
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{chr(ord('A') + len(HEADER) - 1)}{len(seed_result.findings) + 1}"
    col = {name: i for i, name in enumerate(header)}
    rows = [[c for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(rows) == len(seed_result.findings)
    hits = [r for r in rows if r[col["code"]].value == "TERM-FORBIDDEN" and r[col["source_span"]].value == "alumina"]
    assert len(hits) == len(alumina)
    for r, f in zip(hits, alumina):
        assert r[col["target_span"]].value == "المونیم"
        assert (r[col["source_start"]].value, r[col["target_start"]].value) == (f.source.start, f.target.start)
        t0 = r[col["target_start"]].value
        assert seed_result.target.text[t0:r[col["target_end"]].value] == "المونیم"
        for name in ("target_sentences", "target_span"):
            assert r[col[name]].alignment.readingOrder == 2
            assert r[col[name]].alignment.horizontal == "right"
        assert r[col["source_sentences"]].alignment.readingOrder != 2
        assert "alumina" in r[col["source_sentences"]].value
    assert ws.column_dimensions["H"].width >= 40          # the sentence columns are wide
    al = wb["Alignment"]
    assert al.max_row == len(seed_result.beads) + 1
    assert al.cell(row=2 + alumina[0].bead, column=7).value.startswith("TERM-FORBIDDEN")
    assert al.cell(row=2, column=6).alignment.readingOrder == 2


def test_xlsx_keeps_formula_like_text_as_text(tricky):
    ws = load_workbook(io.BytesIO(render_xlsx(tricky)))["Findings"]
    col = HEADER.index("source_sentences") + 1
    values = [ws.cell(row=r, column=col) for r in range(2, ws.max_row + 1)]
    cell = next(c for c in values if c.value and c.value.startswith("=SUM"))
    assert cell.value == "=SUM(A1) only English here." and cell.data_type == "s"


# --------------------------------------------------------------------------- registry and CLI

def test_formats_registered(seed_result):
    assert {"html", "markdown", "csv", "xlsx"} <= set(FORMATS)
    for name, kind in (("html", str), ("markdown", str), ("csv", str), ("xlsx", bytes)):
        assert isinstance(render(seed_result, name), kind)


@pytest.mark.parametrize("fmt, suffix", [("html", "html"), ("markdown", "md"), ("csv", "csv"), ("xlsx", "xlsx")])
def test_cli_writes_each_format(tmp_path, fmt, suffix):
    out = tmp_path / f"r.{suffix}"
    res = CliRunner().invoke(app, ["check", str(EN), str(PS), "--format", fmt, "--output", str(out)])
    assert res.exit_code == 1, res.output          # 1: the seed pair has errors
    data = out.read_bytes()
    if fmt == "xlsx":
        assert data[:2] == b"PK"
        assert load_workbook(io.BytesIO(data))["Findings"].max_row >= 3
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf") and "المونیم".encode() in data
    else:
        assert "المونیم".encode() in data and b"alumina" in data
