"""Issue 10, reports: the terminal list of findings with colour (item 5), the score's worst
segments with a word diff (item 8), control characters kept off the terminal (item 16),
XLSX that survives any character (item 17) and Markdown that cannot @mention or link (item 18).

Every result here is built by hand (no model): the CLI tests replace ``check_pair``."""
from __future__ import annotations

import io
import os
import re

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from aligner.cli import app
from aligner.model import AlignmentResult, Bead, Document, Finding, Sentence, Span
from aligner.report.markdown import render_markdown
from aligner.report.spreadsheet import HEADER, render_xlsx
from aligner.report.text import finding_line, finding_position, render_text, use_color
from aligner.score import render_score_text, score_alignment

runner = CliRunner()
#: control characters that must never reach a terminal (newline is the report's own)
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
HOSTILE = "\x1b]0;pwned\x07\x1b[2J"


def _doc(lines: list[str], lang: str, path: str | None = None) -> Document:
    text = "\n".join(lines) + "\n"
    sents, pos = [], 0
    for i, line in enumerate(lines):
        sents.append(Sentence(i, pos, pos + len(line), line, block=i))
        pos += len(line) + 1
    return Document(path, lang, text, sents, sha256="cd" * 32)


def _span(doc: Document, needle: str) -> Span:
    start = doc.text.index(needle)
    return Span(start, start + len(needle), needle)


def _result(en: list[str], ps: list[str], beads: list[Bead], findings=(), en_path="/d/a.en.txt",
            ps_path="/d/a.ps.txt") -> AlignmentResult:
    return AlignmentResult(_doc(en, "en", en_path), _doc(ps, "ps", ps_path), beads, "gold", "none",
                           findings=list(findings))


@pytest.fixture()
def checked() -> AlignmentResult:
    """Three beads: a number mismatch on line 2 of the Pashto, an omitted English sentence
    (line 3 of the English), and a term finding whose message quotes both values."""
    en = ["The plant opened.", "It makes 2 million tons a year.", "Nobody came to the opening."]
    ps = ["فابریکه پرانیستل شوه.", "هر کال ۳ ملیونه ټنه جوړوي."]
    res = _result(en, ps, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.85), Bead((2,), (), 0.7)])
    src, tgt = res.source, res.target
    res.findings = [
        Finding("NUM-MISMATCH", "number", "error", "number differs", _span(src, "2 million"),
                _span(tgt, "۳ ملیونه"), source_value=2000000, target_value=3000000, bead=1),
        Finding("OMIT-SENTENCE", "omission", "warning", "English sentence not translated",
                _span(src, "Nobody came to the opening."), None,
                source_value="Nobody came to the opening.", bead=2),
        Finding("TERM-FORBIDDEN", "terminology", "info", "English 'plant' is rendered as 'فابریکه'",
                _span(src, "plant"), _span(tgt, "فابریکه"), source_value="plant", target_value="فابریکه",
                bead=0),
    ]
    return res


# --------------------------------------------------------------------------- item 5

def test_text_report_ends_with_a_list_of_findings(checked):
    out = render_text(checked, width=120)
    tail = out[out.index("findings (3;"):].splitlines()
    assert "line:col in /d/a.ps.txt" in tail[0] and "en:line:col in /d/a.en.txt" in tail[0]
    rows = [line.split() for line in tail[1:]]
    # Pashto side's line:col; the English side's (marked en:) for the omission
    assert rows[0][:3] == ["2:8", "error", "NUM-MISMATCH"]
    assert "[en: 2000000 | ps: 3000000]" in tail[1]          # both values named
    assert rows[1][:3] == ["en:3:1", "warning", "OMIT-SENTENCE"]
    assert "English sentence not translated" in tail[2]
    assert rows[2][:3] == ["1:1", "info", "TERM-FORBIDDEN"]
    assert "[" not in tail[3]                     # the message already quotes both values
    for f in checked.findings:                   # the one position implementation agrees
        doc, (line, col) = finding_position(checked, f)
        span = f.target or f.source
        assert doc.text.splitlines()[line - 1][col - 1:].startswith(span.text)


def test_text_report_says_when_there_are_no_findings(checked):
    checked.findings = []
    out = render_text(checked, width=120)
    assert out.rstrip().endswith("no findings: every check passed")
    assert "no findings" not in render_text(checked, width=120, show_findings=False)   # align


def test_text_report_colours_severities_only_when_asked(checked):
    plain = render_text(checked, width=120)
    assert "\x1b" not in plain
    coloured = render_text(checked, width=120, color=True)
    assert "\x1b[1;31merror\x1b[0m" in coloured and "\x1b[33mwarning\x1b[0m" in coloured
    assert "\x1b[1;31mERROR\x1b[0m NUM-MISMATCH" in coloured           # the inline marker
    assert SGR.sub("", coloured) == plain


def test_use_color_needs_a_terminal_and_no_NO_COLOR(monkeypatch, tmp_path):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    master, slave = os.openpty()
    with open(slave, "w") as tty:
        assert use_color(None, tty) and use_color("-", tty)
        assert not use_color(tmp_path / "report.txt", tty)            # a file, not the terminal
        monkeypatch.setenv("NO_COLOR", "1")
        assert not use_color(None, tty)
    os.close(master)
    monkeypatch.delenv("NO_COLOR")
    assert not use_color(None, io.StringIO())                          # piped


def test_cli_check_text_lists_findings_without_colour_when_piped(checked, monkeypatch, tmp_path):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr("aligner.pipeline.check_pair", lambda *a, **k: checked)
    en, ps = tmp_path / "a.en.txt", tmp_path / "a.ps.txt"
    en.write_text("x\n", encoding="utf-8")
    ps.write_text("y\n", encoding="utf-8")
    res = runner.invoke(app, ["check", str(en), str(ps)])
    assert res.exit_code == 1
    assert "findings (3;" in res.stdout and "2:8" in res.stdout and "\x1b" not in res.stdout


def test_precommit_line_uses_the_shared_position(checked):
    assert finding_line(checked, checked.findings[0]) == "/d/a.ps.txt:2:8: error NUM-MISMATCH number differs"
    assert finding_line(checked, checked.findings[1]).startswith("/d/a.en.txt:3:1: warning OMIT-SENTENCE ")


# --------------------------------------------------------------------------- item 16

def _hostile_result() -> AlignmentResult:
    en = [f"Title{HOSTILE} here.", "Second\x1bc line."]
    ps = [f"سرلیک{HOSTILE} دلته.", "دویمه\x9b2J کرښه."]
    res = _result(en, ps, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.4)],
                  en_path=f"/d/evil{HOSTILE}\nFAKE: ok.en.txt", ps_path=f"/d/evil{HOSTILE}.ps.txt")
    src, tgt = res.source, res.target
    res.findings = [Finding("NUM-MISMATCH", "number", "error", f"bad {HOSTILE} message\nforged line",
                            _span(src, "Title"), _span(tgt, "سرلیک"), source_value=f"v{HOSTILE}",
                            target_value=["\x07", "x"], bead=0)]
    return res


@pytest.mark.parametrize("color", [False, True])
def test_text_report_neutralizes_control_characters(color):
    res = _hostile_result()
    out = SGR.sub("", render_text(res, width=100, **({"color": True} if color else {})))  # our colours aside
    assert not CONTROL.search(out)
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in out                       # shown, not obeyed
    assert "\nFAKE" not in out and "\\x0aFAKE: ok" in out              # no forged line
    line = finding_line(res, res.findings[0])                       # precommit
    assert not CONTROL.search(line) and "\n" not in line


def test_score_text_neutralizes_control_characters():
    res = _hostile_result()
    res.target = _doc(["سرلیک دلته.", "دویمه کرښه."], "ps", "/d/ref.ps.txt")
    out = render_score_text(score_alignment(res))
    assert not CONTROL.search(out) and "\\x1b]0;pwned" in out


# --------------------------------------------------------------------------- item 17

def test_xlsx_is_written_whatever_characters_the_input_holds(tmp_path, monkeypatch):
    bad = "\ufffe\uffff\ud800\x00\x1b\x0c"
    res = _result([f"Intro {bad} end."], [f"سریزه {bad} پای."], [Bead((0,), (0,), 0.9)])
    src, tgt = res.source, res.target
    res.findings = [Finding("FMT-X", "format", "error", f"message {bad}", _span(src, f"{bad} end"),
                            _span(tgt, bad), source_value=bad, target_value=[bad], bead=0)]
    wb = load_workbook(io.BytesIO(render_xlsx(res)))
    row = {h: c.value for h, c in zip(HEADER, wb["Findings"][2])}
    fffd = "\ufffd" * len(bad)
    assert row["source_span"] == f"{fffd} end" and row["target_span"] == fffd    # one for one
    assert row["target_sentences"] == f"سریزه {fffd} پای."
    assert row["source_start"] == src.text.index(bad)                          # offsets still true
    assert wb["Alignment"]["E2"].value == f"Intro {fffd} end."

    monkeypatch.setattr("aligner.pipeline.check_pair", lambda *a, **k: res)   # CLI: a file, no crash
    en, ps, out = tmp_path / "a.en.txt", tmp_path / "a.ps.txt", tmp_path / "r.xlsx"
    en.write_text("x\n", encoding="utf-8")
    ps.write_text("y\n", encoding="utf-8")
    r = runner.invoke(app, ["check", str(en), str(ps), "--format", "xlsx", "--output", str(out)])
    assert r.exit_code == 1, r.output
    assert load_workbook(out)["Findings"].max_row == 2


# --------------------------------------------------------------------------- item 18

ACTIVE = ("Thanks @octocat and @org/team, write to a@b.example; see https://evil.example/x, "
          "www.evil.example, #123, <img src=x onerror=alert(1)> <b>bold</b> [click](https://e.example) "
          "![pic](https://e.example/p.png) <https://auto.example>")


def test_markdown_leaves_no_mention_link_or_html_active():
    from markdown_it import MarkdownIt
    res = _result([f"Intro. {ACTIVE}"], [f"سریزه. {ACTIVE}"], [Bead((0,), (0,), 0.3)],
                  en_path="/d/@someone.en.txt", ps_path="/d/a.ps.txt")
    src, tgt = res.source, res.target
    res.findings = [Finding("FMT-X", "format", "error", f"message {ACTIVE}", _span(src, ACTIVE),
                            _span(tgt, ACTIVE), bead=0)]
    md = render_markdown(res)
    outside_code = re.sub(r"`+[^`]*`+", "", md)
    assert not re.search(r"@[A-Za-z0-9]", outside_code)                  # no @mention, no e-mail
    assert not re.search(r"(?i)https?://|www\.|#\d", outside_code)       # no autolink, no #123
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    for tag in ("<a ", "<img", "<b>", "<script"):
        assert tag not in html
    assert "octocat" in md and "evil.example" in md                      # the text is still there


# --------------------------------------------------------------------------- item 8

def test_score_worst_segments_show_the_differing_words_and_never_chrf_100():
    ref = ["دا یوه اوږده جمله ده چې د کلیو او ښارونو ترمنځ د سړکونو د جوړولو په اړه خبرې کوي او "
           "بیا په پای کې د حکومت نوی پلان هم یادوي.",
           "دویمه جمله بېخي سمه ده.", "درېیمه جمله هم سمه ده."]
    hyp = list(ref)
    hyp[0] = ref[0].replace("نوی پلان", "زوړ پلان")          # one word, far beyond 70 characters
    beads = [Bead((i,), (i,), 0.9) for i in range(3)]
    res = AlignmentResult(_doc(hyp, "ps", "/d/hyp.ps.txt"), _doc(ref, "ps", "/d/ref.ps.txt"), beads,
                          "gold", "none")
    scored = score_alignment(res)
    assert [s.index for s in scored.worst()] == [0]
    out = render_score_text(scored, top=20)
    assert "lowest 1 of 3" in out and out.count("hyp: ") == 1 and "#1 " not in out
    assert "[-نوی-] {+زوړ+}" in out                            # removed / added words
    assert "حکومت" in out.rsplit("diff:", 1)[1]                    # with context around the change

    same = score_alignment(AlignmentResult(_doc(ref, "ps"), _doc(ref, "ps"), beads, "gold", "none"))
    out = render_score_text(same)
    assert "hyp: " not in out and "no worst segments: all 3 segments score chrF 100" in out


def test_one_position_implementation_for_every_report():
    """The text list, precommit, JUnit and SARIF all take line:col from report/positions.py."""
    from aligner.report import junit, sarif, text as text_report
    from aligner.report.positions import Lines, Locator, line_col
    sample = "سلام\r\nد ۲۰۲۵ کال\n\nEnd line\n"
    lines = Lines(sample)
    for offset in range(len(sample) + 1):
        assert lines.position(offset) == line_col(sample, offset)
    assert line_col(sample, sample.index("۲۰۲۵")) == (2, 3)
    assert issubclass(sarif._Lines, Lines)
    assert junit.Locator is Locator and text_report.Locator is Locator and sarif.Locator is Locator
    doc = Document(path=None, lang="ps", text=sample)
    result = AlignmentResult(doc, doc, [], "m", "b")
    f = Finding("NUM-MISMATCH", "number", "error", "x", target=Span(sample.index("End"), sample.index("End") + 3, "End"))
    assert Locator(result).position(f, "target") == (4, 1)
