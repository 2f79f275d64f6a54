"""XLIFF 1.2 and 2.x readers (aligner.formats.xliff) and the ``--format xliff`` writer
(aligner.report.xliff): units, inline codes, states, positions, hostile and broken files, and
the round trip parse → annotate → parse again with an independent reader (plain lxml, below)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from lxml import etree

from aligner.errors import InputError
from aligner.formats import detect_format, read_units
from aligner.model import AlignmentResult, Bead, Document, Finding, Sentence
from aligner.report import render
from aligner.report.xliff import SEVERITY_SCORES, its_type
from tests.helpers import ROOT

DATA = ROOT / "tests" / "data" / "formats" / "xliff"
X12 = DATA / "app-1.2.ps.xlf"
X21 = DATA / "app-2.1.ps.xlf"
ITS = "http://www.w3.org/2005/11/its"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


# --- an independent reader: plain lxml, none of the project's code -----------------------------

def _local(el) -> str:
    return etree.QName(el).localname


def _esc(text: str, attr: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attr else text


def _is_lqi(el) -> bool:
    return _local(el) == "mrk" and any(etree.QName(a).namespace == ITS for a in el.attrib)


def _markup(el, escape_text: bool) -> str:
    """``el`` serialized as the test files write it: double-quoted attributes in order,
    ``<x/>`` for an empty element."""
    attrs = "".join(f' {etree.QName(a).localname}="{_esc(v, True)}"' for a, v in el.attrib.items())
    body = _content(el, escape_text)
    if not body and not len(el):
        return f"<{_local(el)}{attrs}/>"
    return f"<{_local(el)}{attrs}>{body}</{_local(el)}>"


NATIVE = {"ph", "bpt", "ept", "it"}          # XLIFF 1.2 elements whose content is original code


def _content(el, escape_text: bool = False, native_text: bool = False) -> str:
    """The inline content of ``el``: text unescaped, inline elements as written (the content
    of a 1.2 native-code element stays escaped).  ``native_text``: a file the writer built,
    whose bpt/ept/ph hold the original markup as their text."""
    out = [_esc(el.text or "") if escape_text else (el.text or "")]
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif native_text and _local(child) in ("bpt", "ept", "ph"):
            out.append(child.text or "")
        elif _is_lqi(child):
            out.append(_content(child, escape_text, native_text))
        else:
            out.append(_markup(child, escape_text or _local(child) in NATIVE))
        out.append(_esc(child.tail or "") if escape_text else (child.tail or ""))
    return "".join(out)


def _issues(el, root) -> list[tuple[str, str, str]]:
    local = {etree.QName(a).localname: v for a, v in el.attrib.items() if etree.QName(a).namespace == ITS}
    if "locQualityIssuesRef" in local:
        ref = local["locQualityIssuesRef"].lstrip("#")
        lst = next(e for e in root.iter(f"{{{ITS}}}locQualityIssues") if e.get(XML_ID) == ref)
        return [(i.get("locQualityIssueType"), i.get("locQualityIssueComment"), i.get("locQualityIssueSeverity"))
                for i in lst.iter(f"{{{ITS}}}locQualityIssue")]
    if "locQualityIssueType" in local:
        return [(local["locQualityIssueType"], local["locQualityIssueComment"], local["locQualityIssueSeverity"])]
    return []


def independent_read(path_or_bytes, native_text: bool = False) -> tuple[list[tuple], list[tuple]]:
    """(units, issues) of an XLIFF 1.2/2.x file: units as (id, source, target), issues as
    (unit id, type, comment, severity)."""
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    units, issues = [], []
    if root.get("version", "").startswith("1"):
        for tu in root.iter("{*}trans-unit"):
            source, target = tu.find("{*}source"), tu.find("{*}target")
            units.append((tu.get("id"), _content(source, native_text=native_text),
                          None if target is None else _content(target, native_text=native_text)))
            for t, c, s in _issues(target if target is not None else tu, root):
                issues.append((tu.get("id"), t, c, s))
        return units, issues
    for unit in root.iter("{*}unit"):
        segs = unit.findall("{*}segment")
        for k, seg in enumerate(segs, 1):
            uid = unit.get("id") if len(segs) == 1 else f"{unit.get('id')}/{seg.get('id') or k}"
            source, target = seg.find("{*}source"), seg.find("{*}target")
            units.append((uid, _content(source), None if target is None else _content(target)))
            for mrk in (target.iter("{*}mrk") if target is not None else ()):
                for t, c, s in _issues(mrk, root):
                    issues.append((uid, t, c, s))
    return units, issues


# --- helpers --------------------------------------------------------------------------------------

def _result(units, findings) -> AlignmentResult:
    doc = Document(units.path, "en", "")
    return AlignmentResult(doc, Document(units.path, "ps", ""), [], "test", "none", findings=findings, units=units)


def _finding(code, category, severity, message, unit) -> Finding:
    return Finding(code, category, severity, message, unit=unit.ref())


def _expected(findings) -> list[tuple]:
    return [(f.unit["id"], its_type(f), f"{f.code}: {f.message}", str(SEVERITY_SCORES[f.severity])) for f in findings]


def _as_units(us) -> list[tuple]:
    return [(u.id, u.source, u.target) for u in us.units]


# --- XLIFF 1.2 ---------------------------------------------------------------------------------------

def test_xliff12_units_keys_states_notes():
    us = read_units(X12)
    assert (us.format, us.source_lang, us.target_lang) == ("xliff12", "en", "ps")
    assert us.meta["target_language"] == "ps-AF"
    by = {u.id: u for u in us.units}
    assert list(by) == ["login.title", "login.password", "login.help", "upload.failed", "upload.size", "upload.bold",
                        "upload.link", "upload.term", "search.button", "search.empty", "search.hint", "brand.name"]
    pw = by["login.password"]
    assert pw.key == "login.password" and pw.state == "translated"
    assert pw.source == "Your password must be at least 8 characters long."
    assert pw.target == "ستاسو پټنوم باید لږ تر لږه ۸ توري اوږد وي."
    assert pw.notes == ("Shown under the password field.",)
    assert by["login.help"].state == "signed-off"
    assert by["search.button"].state == "new" and by["search.button"].target == ""
    assert by["search.empty"].state == "needs-translation"
    assert by["search.hint"].target is None and by["search.hint"].state is None
    assert by["brand.name"].translatable is False and by["login.title"].translatable is True
    assert by["upload.size"].source == "Files larger than 25 MB & archives are refused.<x id=\"2\"/>"


def test_xliff12_inline_codes_are_kept_as_written_and_named():
    by = {u.id: u for u in read_units(X12).units}
    help_ = by["login.help"]
    assert help_.target == 'د پټنوم د بیا ټاکلو لپاره <g id="1">دلته</g> کلیک وکړئ.'
    assert [(c.name, c.role, help_.target[c.start:c.end]) for c in help_.target_codes] == [
        ("g#1", "open", '<g id="1">'), ("g#1", "close", "</g>")]
    assert all(c.kind == "tag" and c.syntax == "xliff" for c in help_.target_codes)
    ph = by["upload.failed"]                       # native code: one code, its content escaped as written
    assert [(c.name, c.role, ph.source[c.start:c.end]) for c in ph.source_codes] == [
        ("ph#1", "standalone", '<ph id="1">&lt;b&gt;%s&lt;/b&gt;</ph>')]
    assert [(c.name, c.role) for c in by["upload.bold"].target_codes] == [("bpt#3", "open"), ("bpt#3", "close")]
    assert [(c.name, c.role) for c in by["upload.link"].source_codes] == [("bx#1", "open"), ("bx#1", "close")]
    assert [(c.name, c.role) for c in by["upload.size"].target_codes] == [("x#2", "standalone")]
    assert [(c.name, c.role) for c in by["upload.term"].target_codes] == [("mrk#t1", "open"), ("mrk#t1", "close")]
    for u in by.values():                         # every code spans markup of its own text
        for text, codes in ((u.source, u.source_codes), (u.target, u.target_codes)):
            for c in codes:
                assert text[c.start:c.end].startswith("<") and text[c.start:c.end].endswith(">")


def test_positions_point_at_the_target_text():
    lines = X12.read_text(encoding="utf-8").splitlines()
    for u in read_units(X12).units:
        if u.target:
            assert lines[u.line - 1][u.column - 1:].startswith(u.target[:5]), u.id
        assert lines[u.source_line - 1][u.source_column - 1:].startswith(u.source[:5]), u.id
    hint = {u.id: u for u in read_units(X12).units}["search.hint"]      # no target: the trans-unit
    assert lines[hint.line - 1][hint.column - 1:].startswith('<trans-unit id="search.hint"')


def test_markup_is_kept_byte_for_byte_and_unusual_spelling_survives(tmp_path):
    f = tmp_path / "odd.xlf"
    f.write_text("<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file original='a' "
                 "source-language='en' target-language='ps' datatype='plaintext'><body>"
                 "<trans-unit id='a'><source>Go <x id='1' ctype=\"lb\" />&#x41;<![CDATA[<b>&]]></source>"
                 "<target>ځه <x id='1' ctype=\"lb\" />&#65;<![CDATA[<b>&]]><!-- note --></target></trans-unit>"
                 "</body></file></xliff>", encoding="utf-8")
    (u,) = read_units(f).units
    assert u.source == "Go <x id='1' ctype=\"lb\" />A<b>&"
    assert u.target == "ځه <x id='1' ctype=\"lb\" />A<b>&"
    assert [(c.name, u.target[c.start:c.end]) for c in u.target_codes] == [("x#1", "<x id='1' ctype=\"lb\" />")]
    assert (u.line, u.column) == (1, f.read_text(encoding="utf-8").index("ځه") + 1)


def test_utf16_file_reads_the_same(tmp_path):
    text = X12.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    f = tmp_path / "app.xlf"
    f.write_bytes(text.encode("utf-16"))
    a, b = read_units(X12), read_units(f)
    assert _as_units(a) == _as_units(b)
    assert [(u.line, u.column) for u in a.units] == [(u.line, u.column) for u in b.units]


def test_xliff12_seg_source_gives_one_unit_per_segment():
    us = read_units(DATA / "segmented-1.2.ps.xlf")
    assert _as_units(us) == [("tu-7/1", "Boil water for one minute.", "اوبه یوه دقیقه وخوټوئ."),
                             ("tu-7/2", "Let it cool before drinking.", "تر څښلو مخکې یې پرېږدئ چې سړې شي.")]


# --- XLIFF 2.x ----------------------------------------------------------------------------------------

def test_xliff2_segments_states_and_codes():
    us = read_units(X21)
    assert us.format == "xliff2" and us.meta["version"] == "2.1"
    by = {u.id: u for u in us.units}
    assert list(by) == ["welcome/s1", "welcome/s2", "welcome/s3", "book", "vaccine", "term", "draft", "logo"]
    assert [by[k].state for k in ("welcome/s1", "welcome/s2", "welcome/s3")] == ["final", "reviewed", "translated"]
    assert by["welcome/s2"].target == "موږ له سهار ۸ بجو څخه تر ماسپښین ۴ بجو پورې پرانیستي یو."
    assert by["welcome/s1"].key == "home.welcome"
    assert by["draft"].state == "initial" and by["draft"].target is None
    assert by["logo"].translatable is False
    assert by["book"].notes == ("Button label, keep it short.",)
    assert [(c.name, c.role) for c in by["book"].target_codes] == [("pc#1", "open"), ("pc#1", "close")]
    assert [(c.name, c.role) for c in by["vaccine"].source_codes] == [("sc#1", "open"), ("sc#1", "close")]
    assert [(c.name, c.role) for c in by["welcome/s3"].target_codes] == [("ph#1", "standalone")]
    assert [(c.name, c.role) for c in by["term"].target_codes] == [("mrk#m1", "open"), ("mrk#m1", "close")]
    lines = X21.read_text(encoding="utf-8").splitlines()
    for u in us.units:
        if u.target:
            assert lines[u.line - 1][u.column - 1:].startswith(u.target[:5])


def test_xliff2_sm_em_codes_and_review_markers(tmp_path):
    f = tmp_path / "review.xlf"
    f.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" '
                 'version="2.0" srcLang="en" trgLang="ps"><file id="f"><unit id="u"><segment state="reviewed">'
                 '<source>Take <sm id="m1" type="term"/>two tablets<em startRef="m1"/> daily.</source>'
                 '<target>هره ورځ <sm id="m1" type="term"/>دوه ګولۍ<em startRef="m1"/> '
                 '<sm id="r1" its:locQualityIssueType="style" its:locQualityIssueComment="Reviewer"/>وخورئ<em startRef="r1"/>.'
                 '</target></segment></unit></file></xliff>', encoding="utf-8")
    (u,) = read_units(f).units
    assert [(c.name, c.role) for c in u.source_codes] == [("sm#m1", "open"), ("sm#m1", "close")]
    # another tool's review marker (ITS LQI on sm/em) is metadata, not a code of the translation
    assert u.target == 'هره ورځ <sm id="m1" type="term"/>دوه ګولۍ<em startRef="m1"/> وخورئ.'
    assert [(c.name, c.role) for c in u.target_codes] == [("sm#m1", "open"), ("sm#m1", "close")]


def test_detection_by_suffix_and_content(tmp_path):
    assert detect_format(X12) == "xliff12"
    assert detect_format(X21) == "xliff2"
    other = tmp_path / "app.xliff"
    shutil.copy(X21, other)
    assert detect_format(other) == "xliff2"
    assert detect_format(X21, "xliff") == "xliff2"
    assert read_units(X21, input_format="xliff12").format == "xliff2"     # the file says what it is


# --- bad and hostile files: one line naming the file and the place -----------------------------------

@pytest.mark.parametrize("name, message", [
    ("malformed.xlf", "malformed.xlf:6: malformed XML: Opening and ending tag mismatch"),
    ("entity-bomb.xlf", "entity-bomb.xlf:3: the XML declares entities"),
    ("external-entity.xlf", "external-entity.xlf:2: the XML declares entities"),
    ("version-3.xlf", "version-3.xlf:3: unsupported XLIFF version '3.0'"),
    ("not-xliff.xlf", "not-xliff.xlf:2: not an XLIFF file: the root element is <resources>"),
])
def test_bad_files_are_one_line_input_errors(name, message):
    with pytest.raises(InputError) as err:
        read_units(DATA / "bad" / name)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_an_external_dtd_is_never_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    os.mkfifo(dtd)                 # opening it would block: the parse finishing shows it is never opened
    f = tmp_path / "a.xlf"
    f.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE xliff SYSTEM "{dtd}">\n<xliff version="1.2"><file original="a" '
                 'source-language="en" target-language="ps" datatype="plaintext"><body><trans-unit id="1">'
                 '<source>Hi</source>\n<target>&greeting;</target></trans-unit></body></file></xliff>', encoding="utf-8")
    outcome = []

    def parse():
        try:
            read_units(f)
        except InputError as exc:
            outcome.append(str(exc))
    worker = threading.Thread(target=parse, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():          # unblock the reader before failing
        with open(dtd, "w"):
            pass
        pytest.fail("the parser opened the external DTD")
    assert outcome and outcome[0].startswith(f"{f}:4: the XML refers to the entity &greeting;")


def test_size_limit_applies():
    with pytest.raises(InputError, match="larger than"):
        read_units(X12, max_bytes=1000)


def test_cli_exit_2_one_line_for_an_unknown_version():
    run = subprocess.run([sys.executable, "-m", "aligner", "check", str(DATA / "bad" / "version-3.xlf")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "unsupported XLIFF version '3.0'" in run.stderr


# --- the writer: ITS 2.0 annotations, round trips -------------------------------------------------------

def _findings_12(us):
    by = {u.id: u for u in us.units}
    return [
        _finding("NUM-MISMATCH", "number", "error", "the number 8 stands as ۹ in the translation", by["login.password"]),
        _finding("TERM-MISSING", "terminology", "warning", 'no rendering of "password" & <b>', by["login.password"]),
        _finding("FMT-QUESTION", "punctuation", "info", "a question lost its question mark", by["login.title"]),
        _finding("UNTRANS-COPY", "untranslated", "error", "the target is a copy of the source", by["search.empty"]),
    ]


def test_xliff12_annotations_round_trip():
    us = read_units(X12)
    findings = _findings_12(us)
    out = render(_result(us, findings), "xliff")
    root = etree.fromstring(out)
    assert root.nsmap["its"] == ITS and root.get(f"{{{ITS}}}version") == "2.0"
    units, issues = independent_read(out)
    assert units == _as_units(us)
    assert sorted(issues) == sorted(_expected(findings))
    title = next(t for t in root.iter("{*}target") if t.getparent().get("id") == "login.title")
    assert title.get(f"{{{ITS}}}locQualityIssueType") == "typographical"
    assert title.get(f"{{{ITS}}}locQualityIssueSeverity") == "10"
    pw = next(t for t in root.iter("{*}target") if t.getparent().get("id") == "login.password")
    assert pw.get(f"{{{ITS}}}locQualityIssuesRef", "").startswith("#")       # two issues: standoff


def test_annotating_changes_nothing_else_and_is_idempotent(tmp_path):
    us = read_units(X12)
    out = render(_result(us, _findings_12(us)), "xliff")
    original = X12.read_text(encoding="utf-8").splitlines()
    annotated = out.decode("utf-8").splitlines()
    # every original line is still there, in order (annotations only add attributes and lines)
    changed = [line for line in original if line not in annotated]
    assert len(changed) == 4          # the root and three annotated targets
    again = tmp_path / "again.xlf"
    again.write_bytes(out)
    us2 = read_units(again)
    assert _as_units(us2) == _as_units(us)
    assert render(_result(us2, _findings_12(us2)), "xliff") == out
    assert render(_result(us, []), "xliff") == X12.read_bytes()            # nothing found: the file itself


def test_another_tools_annotation_is_kept(tmp_path):
    text = X12.read_text(encoding="utf-8").replace(
        '<target state="translated">ننوتل</target>',
        '<target state="translated" xmlns:its="http://www.w3.org/2005/11/its" its:locQualityIssueType="style" '
        'its:locQualityIssueComment="Reviewer: use the imperative" its:locQualityIssueSeverity="30">ننوتل</target>')
    f = tmp_path / "reviewed.xlf"
    f.write_text(text, encoding="utf-8")
    us = read_units(f)
    finding = _finding("FMT-QUESTION", "punctuation", "info", "a question lost its question mark", us.units[0])
    _units, issues = independent_read(render(_result(us, [finding]), "xliff"))
    assert sorted(issues) == sorted([("login.title", "style", "Reviewer: use the imperative", "30")]
                                    + _expected([finding]))


ONE_LINE = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" '
            'target-language="ps" datatype="html"><body><trans-unit id="t1"><source>Open 3 files</source>'
            '<target>۴ دوتنې پرانیزئ</target></trans-unit><trans-unit id="t2"><source>Boil water. Let it cool.</source>'
            '<seg-source><mrk mtype="seg" mid="1">Boil water.</mrk> <mrk mtype="seg" mid="2">Let it cool.</mrk>'
            '</seg-source></trans-unit></body></file></xliff>')


def test_compact_file_segments_without_target_and_a_legacy_encoding(tmp_path):
    f = tmp_path / "compact.xlf"
    f.write_bytes(b'<?xml version="1.0" encoding="windows-1252"?>' + ONE_LINE.replace("۴ دوتنې پرانیزئ", "4 fichiers")
                  .replace("files", "files \u00e9t\u00e9").encode("cp1252"))
    us = read_units(f)
    assert [u.id for u in us.units] == ["t1", "t2/1", "t2/2"] and us.units[0].source == "Open 3 files été"
    findings = [_finding("NUM-MISMATCH", "number", "error", "English 3 is ۴ in Pashto", us.units[0]),
                _finding("TERM-MISSING", "terminology", "warning", "«دوتنه» is missing", us.units[0]),
                _finding("L10N-EMPTY", "untranslated", "warning", "no translation", us.units[1]),
                _finding("L10N-EMPTY", "untranslated", "warning", "no translation", us.units[2])]
    out = render(_result(us, findings), "xliff")
    assert b"&#1780;" in out and b"&#1583;" in out           # Pashto as character references in cp1252
    units, issues = independent_read(out)
    by_tu = {("t2" if i[0].startswith("t2") else i[0], *i[1:]) for i in _expected(findings)}
    assert set(issues) == by_tu                              # the two segments' issue once on their trans-unit
    again = tmp_path / "again.xlf"
    again.write_bytes(out)
    assert render(_result(read_units(again), findings), "xliff") == out
    assert render(_result(read_units(again), []), "xliff").replace(
        b' xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"', b"") == f.read_bytes()


def test_utf16_with_a_bom_and_no_declaration(tmp_path):
    f = tmp_path / "bom16.xlf"
    f.write_bytes(ONE_LINE.encode("utf-16"))
    assert read_units(f).units[0].target == "۴ دوتنې پرانیزئ"


def test_xliff2_annotations_round_trip(tmp_path):
    us = read_units(X21)
    by = {u.id: u for u in us.units}
    findings = [
        _finding("TIME-MISMATCH", "date", "error", "a clock time changed (4 p.m. ↔ ۴ بجو)", by["welcome/s2"]),
        _finding("NUM-MISSING", "number", "error", "the number 8 has no counterpart", by["welcome/s2"]),
        _finding("FMT-DOUBLED-WORD", "format", "warning", "a function word written twice", by["book"]),
    ]
    out = render(_result(us, findings), "xliff")
    units, issues = independent_read(out)
    assert units == _as_units(us)
    assert sorted(issues) == sorted(_expected(findings))
    again = tmp_path / "again.xlf"
    again.write_bytes(out)
    us2 = read_units(again)                       # the project's reader: the markers are not content
    assert _as_units(us2) == _as_units(us)
    assert [u.target_codes for u in us2.units] == [u.target_codes for u in us.units]
    assert render(_result(us2, findings), "xliff") == out


def test_an_untranslated_unit_is_annotated_on_its_trans_unit():
    us = read_units(X12)
    hint = next(u for u in us.units if u.id == "search.hint")
    finding = _finding("L10N-EMPTY", "untranslated", "warning", "no translation", hint)
    out = render(_result(us, [finding]), "xliff")
    tu = next(t for t in etree.fromstring(out).iter("{*}trans-unit") if t.get("id") == "search.hint")
    assert tu.get(f"{{{ITS}}}locQualityIssueType") == "untranslated"
    assert independent_read(out)[1] == _expected([finding])


FORMATS = ROOT / "tests" / "data" / "formats"


@pytest.mark.parametrize("files", [
    ("po/ps.po",), ("po/messages.pot", "po/ps.po"), ("json/i18next/en.json", "json/i18next/ps.json"),
    ("json/mediawiki/en.json", "json/mediawiki/ps.json"), ("yaml/en.yml", "yaml/ps.yml"),
    ("android/values/strings.xml", "android/values-ps/strings.xml"),
])
def test_other_formats_round_trip_through_a_new_xliff(files):
    us = read_units(*(FORMATS / f for f in files))
    translated = [u for u in us.units if u.target]
    findings = [_finding("NUM-MISMATCH", "number", "error", "2 ≠ ۳", translated[0]),
                _finding("PH-MISSING", "placeholder", "error", "the translation drops %s", translated[-1]),
                _finding("L10N-END-PUNCT", "punctuation", "warning", "ends with ? ↔ .", translated[-1])]
    out = render(_result(us, findings), "xliff")
    units, issues = independent_read(out, native_text=True)
    assert units == _as_units(us)
    assert sorted(issues) == sorted(_expected(findings))


def test_its_types_and_severities():
    assert its_type(Finding("NUM-MISMATCH", "number", "error", "")) == "numbers"
    assert its_type(Finding("TERM-FORBIDDEN", "terminology", "error", "")) == "terminology"
    assert its_type(Finding("OMIT-SENTENCE", "omission", "error", "")) == "omission"
    assert its_type(Finding("ENTITY-MISMATCH", "entity", "error", "")) == "inconsistent-entities"
    assert its_type(Finding("FMT-DOUBLED-WORD", "format", "warning", "")) == "duplication"
    assert its_type(Finding("X-NEW", "something-new", "warning", "")) == "uncategorized"
    assert SEVERITY_SCORES == {"error": 80, "warning": 50, "info": 10}


def test_document_pair_becomes_xliff_beads():
    en, ps = "The clinic opened in 2019. It has 40 beds.", "کلینیک په ۲۰۱۹ کې پرانیستل شو. دا ۴۰ بسترې لري."
    src = Document("a.en.txt", "en", en, [Sentence(0, 0, 26, en[:26]), Sentence(1, 27, len(en), en[27:])])
    tgt = Document("a.ps.txt", "ps", ps, [Sentence(0, 0, 31, ps[:31]), Sentence(1, 32, len(ps), ps[32:])])
    finding = Finding("NUM-MISMATCH", "number", "error", "40 ≠ 41", bead=1)
    result = AlignmentResult(src, tgt, [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9)], "m", "b", findings=[finding])
    units, issues = independent_read(render(result, "xliff"))
    assert units == [("b1", en[:26], ps[:31]), ("b2", en[27:], ps[32:])]
    assert issues == [("b2", "numbers", "NUM-MISMATCH: 40 ≠ 41", "80")]


@pytest.mark.slow
@pytest.mark.parametrize("original, old, new, unit", [
    (X21, "ماسپښین ۴ بجو", "ماسپښین ۵ بجو", "welcome/s2"),
    (ROOT / "tests" / "data" / "formats" / "tmx" / "health-en-ps.tmx", "۲۰ ثانیې", "۲۵ ثانیې", "hw-002"),
])
def test_pipeline_on_xliff2_and_tmx_plants_round_trips(tmp_path, original, old, new, unit):
    from aligner.pipeline import check_pair
    clean = check_pair(str(original), None, {})
    assert not [f for f in clean.findings if f.severity == "error"]          # a correct file: no error
    planted = tmp_path / original.name
    planted.write_text(original.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    result = check_pair(str(planted), None, {})
    assert unit in {f.unit["id"] for f in result.findings if f.category in ("number", "date") and f.severity == "error"}
    units, issues = independent_read(render(result, "xliff"), native_text=original.suffix == ".tmx")
    assert units == _as_units(read_units(planted))
    assert sorted(issues) == sorted(_expected(result.findings))


@pytest.mark.slow
def test_pipeline_finds_planted_numbers_and_the_annotation_round_trips(tmp_path):
    from aligner.pipeline import check_pair
    planted = DATA / "planted-1.2.ps.xlf"
    result = check_pair(str(planted), None, {})
    found = {(f.code, f.unit["id"]) for f in result.findings if f.severity != "info"}
    assert ("NUM-MISMATCH", "clinic.hours") in found and ("NUM-MISMATCH", "clinic.fee") in found
    assert not {uid for _c, uid in found} & {"clinic.beds", "clinic.doctors"}      # correct units stay clean
    units, issues = independent_read(render(result, "xliff"))
    assert units == _as_units(read_units(planted))
    assert sorted(issues) == sorted(_expected(result.findings))
    out = tmp_path / "checked.xlf"               # the command line: exit 1 (errors), the annotated file
    run = subprocess.run([sys.executable, "-m", "aligner", "check", str(planted), "--format", "xliff",
                          "--output", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 1, run.stderr
    assert independent_read(out.read_bytes())[1] == sorted(issues, key=lambda i: [u[0] for u in units].index(i[0]))
