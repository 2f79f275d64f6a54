"""HTML and DOCX documents through the article pipeline (issue 13).

HTML: the document's text is the original HTML, sentences and findings point into it; tags,
comments and the contents of script/style/template are masked; character references are read
as their characters for matching.  DOCX: one paragraph per line (reports say paragraph:char),
headings, list items and table cells as blocks.  A correct Pashto translation comes out clean,
a planted number change is found at the number, hostile files are one-line errors (exit 2).

The Pashto texts are NTREX-128 news (tests/data/formats/README.md)."""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner.checks import run_checks
from aligner.checks.base import CheckContext
from aligner.cli import app
from aligner.documents import make_document, read_input
from aligner.errors import InputError
from aligner.formats.docx import read_docx
from aligner.formats.html import parse_html
from aligner.model import AlignmentResult, Bead
from aligner.text.markdown import strip_markup
from tests.helpers import ntrex_documents

DATA = Path(__file__).parent / "data" / "formats"
EN_HTML = DATA / "html" / "volcano.en.html"
PS_HTML = DATA / "html" / "volcano.ps.html"
sys.path.insert(0, str(DATA / "docx"))
from make_docx import STYLES, docx_bytes, para, run, table  # noqa: E402

runner = CliRunner()


def _gold(src, tgt) -> AlignmentResult:
    """Two documents with the same number of sentences, aligned i ↔ i (no model)."""
    assert len(src.sentences) == len(tgt.sentences), ([s.text for s in src.sentences], [s.text for s in tgt.sentences])
    return AlignmentResult(src, tgt, [Bead((i,), (i,), 1.0) for i in range(len(src.sentences))], "gold", "none")


def _html_doc(text: str, lang: str = "en", name: str = "x.html"):
    return make_document(text, lang, name, kind="html")


def _serious(findings) -> list:
    return [f for f in findings if f.severity in ("warning", "error")]


def _check_json(*args) -> tuple[int, dict]:
    res = runner.invoke(app, ["check", *map(str, args), "--format", "json"])
    assert res.exit_code in (0, 1), res.output
    return res.exit_code, json.JSONDecoder().raw_decode(res.output)[0]     # stderr notes may follow


# --- HTML -------------------------------------------------------------------------------------

def test_html_sentences_point_into_the_original_and_see_the_visible_text():
    text = EN_HTML.read_text(encoding="utf-8")
    doc = _html_doc(text)
    assert doc.text == text
    kinds = [(s.kind, s.text) for s in doc.sentences]
    assert kinds[0] == ("heading", "Volcano spews ash on Mexico City")          # <title>
    assert kinds[1] == ("heading", "Volcano spews ash on Mexico City")          # <h1>
    assert ("sentence", "Ash spewing from the Popocatepetl volcano has reached the southern neighborhoods "
                        "of Mexico's capital.") in kinds                            # &#39; and <a href=…>
    assert ("sentence", 'The volcano known as "Don Goyo" has been active since 1994.') in kinds   # &quot; <i lang>
    assert [k for k, _ in kinds].count("item") == 2                              # the two <li>
    for s in doc.sentences:
        original = text[s.start:s.end]
        assert strip_markup(text, doc.markup, s.start, s.end, doc.replace).text == s.text
        assert "<" not in s.text and "&" not in s.text
        assert original.lstrip("<").strip() and not original.startswith(("<p", "<li", "<h1"))
    seen = " ".join(s.text for s in doc.sentences)
    for hidden in ("12345", "font-family", "404", "Template 77", "NTREX", "example.org", "Mexico 2018"):
        assert hidden not in seen                      # script, style, comment, template, attributes


def test_html_translation_is_clean_through_the_cli():
    code, rep = _check_json(EN_HTML, PS_HTML)
    assert _serious_dicts(rep) == [], rep["findings"]
    assert code == 0
    # the report's sentence text is the original HTML; the matching text is "plain"
    tgt = PS_HTML.read_text(encoding="utf-8")
    for row in rep["sentences"]["target"]:
        assert row["text"] == tgt[row["start"]:row["end"]]
    assert any("<strong>" in r["text"] and "<" not in r["plain"] for r in rep["sentences"]["target"])


def _serious_dicts(rep) -> list:
    return [f for f in rep["findings"] if f["severity"] in ("warning", "error")]


def test_html_planted_number_change_is_found_at_the_number(tmp_path):
    bad = tmp_path / "volcano.ps.html"
    text = PS_HTML.read_text(encoding="utf-8").replace("<strong>\u200e183</strong>", "<strong>\u200e185</strong>")
    bad.write_text(text, encoding="utf-8")
    _, rep = _check_json(EN_HTML, bad)
    (f,) = _serious_dicts(rep)
    assert f["code"] == "NUM-MISMATCH"
    assert f["target"]["text"] == "185" and text[f["target"]["start"]:f["target"]["end"]] == "185"
    en = EN_HTML.read_text(encoding="utf-8")
    assert en[f["source"]["start"]:f["source"]["end"]] == "183"
    # the text report's line:col is the number's place in the HTML file
    res = runner.invoke(app, ["check", str(EN_HTML), str(bad)])
    line = text.count("\n", 0, f["target"]["start"]) + 1
    col = f["target"]["start"] - text.rfind("\n", 0, f["target"]["start"])
    assert re.search(rf"^\s+{line}:{col}\s+error\s+NUM-MISMATCH", res.output, re.M), res.output
    assert "line:col in" in res.output


def test_html_comment_suppression_marker(tmp_path):
    bad = tmp_path / "volcano.ps.html"
    text = PS_HTML.read_text(encoding="utf-8").replace("<strong>\u200e183</strong>", "<strong>\u200e185</strong>")
    line = next(x for x in text.splitlines() if "185" in x)
    bad.write_text(text.replace(line, line + " <!-- aligner: ignore NUM-MISMATCH reason: the source is wrong -->"),
                   encoding="utf-8")
    code, rep = _check_json(EN_HTML, bad)
    assert _serious_dicts(rep) == [] and code == 0
    assert rep["stats"]["suppressed"].get("inline") == 1


def test_html_numbers_in_script_style_comments_templates_and_attributes_are_not_checked():
    en = EN_HTML.read_text(encoding="utf-8")
    ps = PS_HTML.read_text(encoding="utf-8")
    result = _gold(_html_doc(en), _html_doc(ps, "ps"))
    base = {(f.code, f.target.text if f.target else None) for f in run_checks(result, {})}
    changed = (ps.replace("12345", "99999").replace("Ash 7.5", "Ash 9.9").replace("12 px, 99 %", "1 px")
               .replace("lines 272-278", "lines 1-2").replace("Template 77", "Template 78")
               .replace('?a=1&amp;b=2" title', '?a=1&amp;b=2" data-n="5" title'))
    assert changed.count("99999") == 1
    result = _gold(_html_doc(en), _html_doc(changed, "ps"))
    assert {(f.code, f.target.text if f.target else None) for f in run_checks(result, {})} == base


def test_html_character_references_are_matched_as_characters_and_reported_as_written():
    en = "<p>The plant will produce 183 megawatts &amp; employ 45 people.</p>"
    ps = "<p>فابریکه به &#1777;&#1784;&#1779; میګاواټه بریښنا تولیدوي&nbsp;او ۴۵ کسان به &#x0628;وګماري.</p>"
    src, tgt = _html_doc(en), _html_doc(ps, "ps")
    assert tgt.sentences[0].text == "فابریکه به ۱۸۳ میګاواټه بریښنا تولیدوي\xa0او ۴۵ کسان به بوګماري."
    assert src.sentences[0].text == "The plant will produce 183 megawatts & employ 45 people."
    assert _serious(run_checks(_gold(src, tgt), {})) == []
    bad = ps.replace("&#1779;", "&#1781;")                       # ۱۸۳ → ۱۸۵, written as references
    found = [f for f in run_checks(_gold(src, _html_doc(bad, "ps")), {}) if f.code.startswith("NUM-")]
    assert len(found) == 1
    f = found[0]
    assert f.target.text.startswith("&#1777;&#1784;&#1781;") and bad[f.target.start:f.target.end] == f.target.text
    # spans of the matching text map back through the references
    ctx = CheckContext(_gold(src, _html_doc(bad, "ps")), {})
    side = ctx.pairs[0].target
    a = side.text.index("بوګماري")
    span = side.span(a, a + len("بوګماري"))
    assert span.text == "&#x0628;وګماري" and bad[span.start:span.end] == span.text


@pytest.mark.parametrize("html, expected", [
    ("<h2>Title</h2><p>One. Two.</p>", [("heading", "Title"), ("sentence", "One."), ("sentence", "Two.")]),
    ("<ul><li>a one<li>b two</ul><p>after", [("item", "a one"), ("item", "b two"), ("sentence", "after")]),
    ("<table><tr><td>5 km<td>6 km<tr><th>x</table>", [("item", "5 km"), ("item", "6 km"), ("item", "x")]),
    ("<p>line one<br>line two</p>", [("sentence", "line one"), ("sentence", "line two")]),
    ("<div>a<div>b</div>c</div>", [("sentence", "a"), ("sentence", "b"), ("sentence", "c")]),
    ("<h1>Big <b>news</b></h1><p>Un<b>bro</b>ken word.", [("heading", "Big news"), ("sentence", "Unbroken word.")]),
    ("<p>a<p>b<h3>c</h3>d", [("sentence", "a"), ("sentence", "b"), ("heading", "c"), ("sentence", "d")]),
    ("<pre>x = 1\ny = 2</pre>", [("sentence", "x = 1\ny = 2")]),
    ("<p dir=rtl lang=ps>سلام <span dir=ltr lang=en>OK</span>.</p>", [("sentence", "سلام OK.")]),
])
def test_html_blocks_and_kinds(html, expected):
    doc = _html_doc(html)
    assert [(s.kind, s.text) for s in doc.sentences] == expected
    assert len({s.block for s in doc.sentences if s.kind != "sentence"}) == sum(k != "sentence" for k, _ in expected)


def test_html_is_detected_by_extension_content_or_input_format(tmp_path):
    page = "<!DOCTYPE html><html><body><p>The plant makes 150 megawatts.</p></body></html>\n"
    for name in ("a.html", "a.htm", "a.txt", "a"):
        (tmp_path / name).write_text(page, encoding="utf-8")
        assert read_input(tmp_path / name).kind == "html"
    frag = tmp_path / "frag.txt"
    frag.write_text("<p>The plant makes 150 megawatts.</p>\n", encoding="utf-8")
    assert read_input(frag).kind == "text"                          # a fragment is not sniffed
    assert read_input(frag, input_format="html").kind == "html"
    assert read_input(tmp_path / "a.html", input_format="text").kind == "text"
    md = tmp_path / "a.md"
    md.write_text(page, encoding="utf-8")
    assert read_input(md).kind == "markdown"                         # Markdown may hold HTML
    with pytest.raises(InputError, match="not a document format"):
        read_input(frag, input_format="pdf")


def test_input_format_option_reads_a_fragment_as_html(tmp_path):
    en, ps = tmp_path / "en.txt", tmp_path / "ps.txt"
    en.write_text("<p>The plant will produce <b>150</b> megawatts &amp; heat.</p>\n", encoding="utf-8")
    ps.write_text("<p>فابریکه به <b>۱۵۰</b> میګاواټه بریښنا او تودوخه تولیدوي.</p>\n", encoding="utf-8")
    _, rep = _check_json(en, ps, "--input-format", "html")
    assert rep["sentences"]["source"][0]["plain"] == "The plant will produce 150 megawatts & heat."
    _, rep = _check_json(en, ps)                   # a fragment in a .txt is text: the tags stay
    assert "<b>" in rep["sentences"]["source"][0]["text"] and "plain" not in rep["sentences"]["source"][0]


@pytest.mark.parametrize("html, visible", [
    ("<p>Kept 5.</p><!-- never closed 7 <p>gone 8</p>", ["Kept 5."]),
    ("<p>Kept 5.</p><script>var a = '<p>9</p>'", ["Kept 5."]),
    ("<p>Kept 5.</p><style>p::after { content: '</p>7' }", ["Kept 5."]),
    # no internal DTD subset in HTML: the doctype ends at its first ">" and "]>" is text (as in a
    # browser); the entity is never declared nor expanded
    ("<!DOCTYPE html [<!ENTITY x \"BOOM BOOM BOOM\">]><p>Kept &x; 5.</p>", ["]>", "Kept &x; 5."]),
    ("<p>Kept " + "<span>" * 20000 + "5." + "</span>" * 20000 + "</p>", ["Kept 5."]),
    ("<p title='" + "x" * 100000 + "'>Kept 5.</p>", ["Kept 5."]),
    ("<p>Kept <5 and >3 & 4 < 6.</p>", ["Kept <5 and >3 & 4 < 6."]),
    ("<p>Kept &#0; &#xD800; &#99999999; 5.</p>", ["Kept \ufffd \ufffd \ufffd 5."]),
    ("</p></li></div><p>Kept 5.</p></p></body>", ["Kept 5."]),
    ("<template><template></template><p>hidden</p></template><p>Kept 5.</p>", ["Kept 5."]),
])
def test_hostile_or_malformed_html_reads_without_surprises(html, visible):
    doc = _html_doc(html)
    assert [s.text for s in doc.sentences] == visible
    for s in doc.sentences:
        assert strip_markup(html, doc.markup, s.start, s.end, doc.replace).text == s.text


@pytest.mark.parametrize("data, message", [
    ("<!-- all of it a comment <p>1</p>", "no sentences found"),
    ("<html><head><script>only 5 code</script></head></html>", "no sentences found"),
    (b"%PDF-1.7\n%\xe2\xe3\n", "is a PDF document, not plain text"),
    (b"<p>\xff\xfe broken</p>", "not valid UTF-8"),
    (b"", "is empty"),
])
def test_bad_html_files_are_one_line_errors_exit_2(tmp_path, data, message):
    good = tmp_path / "en.html"
    good.write_text("<p>The plant makes 150 megawatts.</p>", encoding="utf-8")
    bad = tmp_path / "ps.html"
    bad.write_bytes(data.encode() if isinstance(data, str) else data)
    res = runner.invoke(app, ["check", str(good), str(bad)])
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"aligner: error: {bad}") and message in lines[0], lines


# --- DOCX -------------------------------------------------------------------------------------

def _volcano_lines():
    _, en, ps = ntrex_documents()[17]
    assert en[0] == "Volcano spews ash on Mexico City"
    return en, ps


def _docx_body(lines) -> str:
    """Heading, two paragraphs (one in two runs around a proofing mark), an empty paragraph,
    a table of two cells, a numbered paragraph and a last paragraph: 7 paragraphs."""
    h, b = lines[0], lines[1:]
    return (para(h, style="Heading1") + para(b[0])
            + para(b[1][:40], '<w:proofErr w:type="spellStart"/>', b[1][40:]) + para()
            + table([[b[2], b[3]]]) + para(b[4], numbered=True) + para(b[5]))


@pytest.fixture()
def docx_pair(tmp_path):
    en, ps = _volcano_lines()
    src, tgt = tmp_path / "volcano.en.docx", tmp_path / "volcano.ps.docx"
    src.write_bytes(docx_bytes(_docx_body(en)))
    tgt.write_bytes(docx_bytes(_docx_body(ps)))
    return src, tgt, en, ps


def test_docx_text_is_one_paragraph_per_line(docx_pair):
    src, _, en, _ = docx_pair
    got = read_input(src)
    assert got.kind == "docx"
    assert got.text.split("\n") == [en[0], en[1], en[2], "", en[3], en[4], en[5], en[6]]
    doc = make_document(got.text, "en", str(src), kind=got.kind, blocks=got.blocks)
    assert doc.line_unit == "paragraph" and doc.path == str(src)
    import hashlib
    assert got.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert [s.kind for s in doc.sentences] == ["heading", "sentence", "sentence", "item", "item", "item", "sentence"]
    assert [doc.text.count("\n", 0, s.start) + 1 for s in doc.sentences] == [1, 2, 3, 5, 6, 7, 8]


def test_docx_translation_is_clean_and_reports_paragraph_positions(docx_pair, tmp_path):
    src, tgt, _, ps = docx_pair
    code, rep = _check_json(src, tgt)
    assert _serious_dicts(rep) == [] and code == 0, rep["findings"]
    assert rep["target"]["path"] == str(tgt)
    bad = tmp_path / "bad.ps.docx"
    bad.write_bytes(docx_bytes(_docx_body([line.replace("\u200e183", "\u200e185") for line in ps])))
    res = runner.invoke(app, ["check", str(src), str(bad)])
    assert res.exit_code == 1, res.output
    col = ps[2].index("\u200e183") + 2                            # paragraph 3, after the LRM mark
    assert re.search(rf"^\s+3:{col}\s+error\s+NUM-MISMATCH\s+English 183 is 185 in Pashto", res.output, re.M), res.output
    assert f"paragraph:char in {bad}" in res.output
    sarif = json.loads(runner.invoke(app, ["check", str(src), str(bad), "--format", "sarif"]).output)
    (hit,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "NUM-MISMATCH"]
    region = hit["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (3, col)


def test_docx_structure_styles_lists_tables_and_what_is_not_text():
    styles_extra = STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="Kop1">'
                                  '<w:name w:val="heading 1"/></w:style></w:styles>')
    body = (
        para("Localized heading", style="Kop1")
        + para("Inherited heading", style="MyHead")
        + para('<w:pPr><w:outlineLvl w:val="1"/></w:pPr>', "Outline heading")
        + para("Bulleted", numbered=True)
        + para("List style", style="ListParagraph")
        + para("Kept ", '<w:del w:id="1" w:author="a"><w:r><w:delText>deleted 99 </w:delText></w:r></w:del>',
               '<w:ins w:id="2" w:author="a"><w:r><w:t>inserted </w:t></w:r></w:ins>',
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 77 </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
               '<w:hyperlink r:id="rId9"><w:r><w:t>, link</w:t></w:r></w:hyperlink>',
               '<w:r><w:tab/><w:t>tab</w:t><w:br/><w:t>break</w:t></w:r>')
        + table([["a1", "b1"], ["a2", para("c1") + table([["nested"]]) + para("c2")]])
        + para("Anchor", '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
               + para("Box text.") + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
               '<w:txbxContent>' + para("Box text.") + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
        + '<w:sdt><w:sdtPr/><w:sdtContent>' + para("In a content control") + '</w:sdtContent></w:sdt>')
    text, blocks = read_docx(docx_bytes(body, styles_extra), "s.docx")
    assert [(text[a:b], k) for a, b, k in blocks] == [
        ("Localized heading", "heading"), ("Inherited heading", "heading"), ("Outline heading", "heading"),
        ("Bulleted", "item"), ("List style", "item"),
        ("Kept inserted 3, link\ttab break", "sentence"),
        ("a1", "item"), ("b1", "item"), ("a2", "item"), ("c1", "item"), ("nested", "item"), ("c2", "item"),
        ("Anchor", "sentence"), ("Box text.", "sentence"), ("In a content control", "sentence")]
    # without styles.xml, headings come from outline levels and Heading N style ids
    text, blocks = read_docx(docx_bytes(para("H", style="Heading1") + para("P"), styles=None), "s.docx")
    assert [k for _, _, k in blocks] == ["heading", "sentence"]


@pytest.mark.parametrize("name, expected", [
    ("par-known-styles.docx", [("no specified style", "sentence"), ("missing style", "sentence"),
                               ("Heading 1", "heading"), ("Body Text", "sentence"), ("", "sentence")]),
    ("par-hyperlinks.docx", [("No hyperlinks", "sentence"), ("One awesome hyperlink.", "sentence"),
                             ("Three hyperlinks: the first one here, the second one, and the third.", "sentence")]),
    ("blk-paras-and-tables.docx", [("", "item")] * 4 + [
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "sentence"), ("Text before", "item"),
        ("Table", "item"), ("Between", "item"), ("Text after", "item"),
        ("Donec semper facilisis metus finibus malesuada.", "sentence"), ("", "item"), ("", "sentence"),
        # after the body: its header (a table of two cells) and its footer
        ("Left-side", "item"), ("Right-side", "item"), ("", "sentence"), ("", "sentence"),
        ("Copyright", "item"), ("Page-number", "item"), ("", "sentence")]),
])
def test_docx_files_saved_by_word(name, expected):
    """Files Word wrote (python-docx's test files, MIT): styles, hyperlinks, tables around text."""
    text, blocks = read_docx((DATA / "docx" / name).read_bytes(), name)
    assert [(text[a:b], k) for a, b, k in blocks] == expected
    assert text.count("\n") == len(blocks) - 1


def test_docx_by_content_and_input_format(tmp_path, docx_pair):
    src = docx_pair[0]
    odd = tmp_path / "report.bin"
    odd.write_bytes(src.read_bytes())
    assert read_input(odd).kind == "docx"                            # a zip with word/
    assert read_input(odd, input_format="docx").kind == "docx"
    with pytest.raises(InputError, match=r"is a Word document \(DOCX\), not plain text; documents read it as DOCX"):
        read_input(odd, input_format="text")


def _zip(entries: dict, method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("word/document.xml", "w") as fh:
            chunk = b"<w:p/>" * (1 << 16)
            for _ in range(64):                                      # 24 MB of XML in ~25 KB
                fh.write(chunk)
    return buf.getvalue()


DOC_XML = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>')


@pytest.mark.parametrize("data, message", [
    (b"This is plain text, not a zip.", "not a DOCX (not a zip archive)"),
    (b"PK\x03\x04 truncated", "not a DOCX (not a zip archive)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "not a DOCX (a legacy .doc or a password-protected"),
    (_zip({"word/other.xml": "<x/>"}), "not a DOCX (the zip has no word/document.xml)"),
    (_zip({"word/document.xml": "<w:document><w:body>"}), "word/document.xml:1: malformed XML"),
    (_zip({"word/document.xml": '<!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                                 + DOC_XML.format("&b;")}), "declares entities in a DTD"),
    (_zip({"word/document.xml": '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                 + DOC_XML.format("&x;")}), "declares entities in a DTD"),
    (_zip({"word/document.xml": "<root><body/></root>"}), "is not a WordprocessingML document"),
    (_zip({"word/document.xml": DOC_XML.format("  ")}), "the DOCX has no text"),
    (_bomb(), "word/document.xml expands"),
])
def test_bad_docx_files_are_one_line_errors_exit_2(tmp_path, docx_pair, data, message):
    bad = tmp_path / "bad.ps.docx"
    bad.write_bytes(data)
    res = runner.invoke(app, ["check", str(docx_pair[0]), str(bad)])
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"aligner: error: {bad}: ") and message in lines[0], lines


def test_a_document_xml_over_the_size_limit_is_refused(docx_pair):
    data = docx_pair[0].read_bytes()
    with pytest.raises(InputError, match=r"word/document.xml is \d+ bytes uncompressed, larger than the 1000-byte"):
        read_docx(data, "x.docx", max_bytes=1000)


def test_a_zip_entry_that_lies_about_its_size_is_still_bounded(docx_pair):
    """The central directory says 100 bytes; the stream holds more: the read stops at the limit."""
    data = bytearray(_zip({"word/document.xml": DOC_XML.format("x" * 5000)}, zipfile.ZIP_DEFLATED))
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo("word/document.xml")
    central = data.rindex(b"PK\x01\x02")
    data[central + 24:central + 28] = (100).to_bytes(4, "little")     # uncompressed size field
    with pytest.raises(InputError) as exc:
        read_docx(bytes(data), "x.docx", max_bytes=1000)
    assert "x.docx: word/document.xml" in str(exc.value) and "\n" not in str(exc.value)
    assert info.file_size > 1000


# --- a plain-text input does not load the HTML reader ----------------------------------------

def test_html_sniff_prefilter_never_hides_a_page():
    """``_may_be_html`` (no import) is True whenever the HTML reader's own test is."""
    from aligner.documents import _is_html, _may_be_html
    texts = ["کابل کې باران وورېد.\n", "  \n\t<!DOCTYPE html><html><body><p>سلام</p></body></html>",
             "\ufeff<html>", "\xa0\u2028<html lang='ps'>", "<!-- یادونه --> \n<body>متن</body>",
             "<p>یوازې یوه کرښه</p>", "Kabul <b>is</b> a city.", " " * 5000 + "<html>", "", "<"]
    for suffix in (".txt", ".md", ".html", ".htm", ".xhtml", ""):
        for text in texts:
            assert _may_be_html(suffix, text) or not _is_html(suffix, text), (suffix, text[:20])
    assert _is_html(".txt", "<!-- یادونه --> \n<body>متن</body>")
    assert not _may_be_html(".txt", "کابل کې باران وورېد.\n")


def test_plain_text_input_does_not_import_html_parser(tmp_path):
    import subprocess
    import sys
    page = tmp_path / "page.txt"
    page.write_text("<!-- د ښار خبرونه -->\n<html><body><p>په کابل کې ۲۰ زره کسان دي.</p></body></html>\n",
                    encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("په کابل کې ۲۰ زره کسان دي.\nښار لوی دی.\n", encoding="utf-8")
    code = ("import sys; from aligner.documents import read_input; k = read_input(sys.argv[1]).kind; "
            "print(k, 'html.parser' in sys.modules)")
    root = Path(__file__).resolve().parent.parent
    out = [subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, text=True, check=True,
                          cwd=root).stdout.split() for p in (plain, page)]
    assert out == [["text", "False"], ["html", "True"]]
