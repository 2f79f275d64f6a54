"""DOCX headers, footers, footnotes and endnotes: read after the body (whose paragraph
numbers stay Word's), each part once, separators left out, comments not read; a finding in
a footnote is reported at its paragraph, counted on from the body.

The text is NTREX-128's news story 12 (CC BY-SA 4.0: the farmer and the 550-pound hog) and its
Pashto, as tests/test_formats_documents.py uses story 17; the files are built with tests/data/formats/docx/make_docx.py."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from typer.testing import CliRunner

from aligner.cli import app
from aligner.formats.docx import read_docx
from tests.helpers import ntrex_documents

sys.path.insert(0, str(Path(__file__).parent / "data" / "formats" / "docx"))
from make_docx import NS, docx_bytes, para, run  # noqa: E402

runner = CliRunner()
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _note(kind: str, nid: int, text: str, sep: str = "") -> str:
    attr = f' w:type="{sep}"' if sep else ""
    body = para("<w:r><w:separator/></w:r>") if sep else para(f'<w:r><w:{kind}Ref/></w:r>', text)
    return f'<w:{kind} w:id="{nid}"{attr}>{body}</w:{kind}>'


def build(lines: list[str], header: str, footer: str, foot: list[str], end: str, comment: str) -> bytes:
    """Body: heading + 3 paragraphs (the second with a footnote reference); a default header
    referred to by two sections (read once), a footer, two footnotes after Word's two separators,
    one endnote, and a comment (not read)."""
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/>'
            '<w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>')
    body = (para(lines[0], style="Heading1") + para(lines[1])
            + para(lines[2], '<w:r><w:footnoteReference w:id="1"/></w:r>',
                   '<w:commentRangeStart w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>')
            + f'<w:p><w:pPr>{sect}</w:pPr>{run(lines[3])}</w:p>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdH" Type="{REL}header" Target="header1.xml"/>'
            f'<Relationship Id="rIdF" Type="{REL}footer" Target="footer1.xml"/>'
            f'<Relationship Id="rIdN" Type="{REL}footnotes" Target="footnotes.xml"/>'
            f'<Relationship Id="rIdE" Type="{REL}endnotes" Target="/word/endnotes.xml"/>'
            f'<Relationship Id="rIdC" Type="{REL}comments" Target="comments.xml"/>'
            f'<Relationship Id="rIdL" Type="{REL}hyperlink" Target="https://example.org/" TargetMode="External"/>'
            '</Relationships>')
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    notes = "".join(_note("footnote", k + 1, t) for k, t in enumerate(foot))
    return docx_bytes(body, extra={
        "word/_rels/document.xml.rels": rels,
        "word/header1.xml": f"{head}<w:hdr {NS}>{para(header)}</w:hdr>",
        "word/footer1.xml": f"{head}<w:ftr {NS}>{para(footer)}</w:ftr>",
        "word/footnotes.xml": (f"{head}<w:footnotes {NS}>" + _note("footnote", -1, "", "separator")
                               + _note("footnote", 0, "", "continuationSeparator") + notes + "</w:footnotes>"),
        "word/endnotes.xml": (f"{head}<w:endnotes {NS}>" + _note("endnote", -1, "", "separator")
                              + _note("endnote", 1, end) + "</w:endnotes>"),
        "word/comments.xml": f'{head}<w:comments {NS}><w:comment w:id="0" w:author="R">{para(comment)}</w:comment></w:comments>',
    })


def _story():
    _, en, ps = ntrex_documents()[12]
    assert "550 pound" in en[7] and "550" in ps[7]
    return en, ps


def _files(tmp_path, ps_footnote_change=None):
    en, ps = _story()
    src = build(en[:4], en[4], en[5], [en[6], en[7]], en[8], "Check the figure.")
    foot = [ps[6], ps[7]]
    if ps_footnote_change:
        foot[1] = foot[1].replace(*ps_footnote_change)
    tgt = build(ps[:4], ps[4], ps[5], foot, ps[8], "دا شمېره وګورئ.")
    a, b = tmp_path / "story.en.docx", tmp_path / "story.ps.docx"
    a.write_bytes(src)
    b.write_bytes(tgt)
    return a, b, en, ps


def test_parts_after_the_body_in_order_and_once(tmp_path):
    a, _, en, _ = _files(tmp_path)
    parts: list = []
    text, blocks = read_docx(a.read_bytes(), str(a), parts=parts)
    assert text.split("\n") == en[:9]                       # no separator, no comment, the header once
    assert parts == [(1, "body"), (5, "header 1"), (6, "footer 1"), (7, "footnote 1"), (8, "footnote 2"),
                     (9, "endnote 1")]
    assert len(blocks) == 9 and blocks[0][2] == "heading"


def test_a_number_changed_in_a_footnote_is_reported_at_its_paragraph(tmp_path):
    (tmp_path / "clean").mkdir()
    a, b, _, _ = _files(tmp_path / "clean")
    clean = json.loads(runner.invoke(app, ["check", str(a), str(b), "--format", "json"]).stdout)
    assert not [f for f in clean["findings"] if f["code"].startswith("NUM") and f["severity"] != "info"]
    a, b, _, _ = _files(tmp_path, ("550", "560"))          # footnote 2 is paragraph 8
    res = runner.invoke(app, ["check", str(a), str(b), "--format", "sarif"])
    assert res.exit_code == 1, res.output
    hits = [r for r in json.loads(res.output)["runs"][0]["results"] if r["ruleId"].startswith("NUM-")]
    assert hits and {h["locations"][0]["physicalLocation"]["region"]["startLine"] for h in hits} == {8}
    text = runner.invoke(app, ["check", str(a), str(b)]).output
    assert re.search(r"^\s+8:\d+ \(footnote 2\)\s+\w+\s+NUM-", text, re.M), text
