"""TMX reader (aligner.formats.tmx): English/Pashto variants, ids, inline codes, positions,
bad files, and the round trip TMX → ``--format xliff`` (a new XLIFF 1.2 file with ITS 2.0
annotations) → an independent lxml reader."""
from __future__ import annotations

import pytest

from aligner.errors import InputError
from aligner.formats import detect_format, read_units
from aligner.model import Finding
from aligner.report import render
from tests.helpers import ROOT
from tests.test_formats_xliff import _expected, _result, independent_read

DATA = ROOT / "tests" / "data" / "formats" / "tmx"
TMX = DATA / "health-en-ps.tmx"


def test_units_english_source_pashto_target():
    us = read_units(TMX)
    assert (us.format, us.source_lang, us.target_lang) == ("tmx", "en", "ps")
    assert detect_format(TMX) == "tmx"
    by = {u.id: u for u in us.units}
    # hw-007 has no English variant; the tu without tuid is the 5th: its ordinal is its id
    assert list(by) == ["hw-001", "hw-002", "hw-003", "hw-004", "5", "hw-006"]
    assert us.meta["skipped_no_source"] == 1
    assert by["hw-001"].source == "Wash your hands often."
    assert by["hw-001"].target == "خپل لاسونه په مکرر ډول ومينځئ."
    assert by["hw-001"].notes == ("Poster headline.",)
    assert by["5"].target == "کله چې ناروغ یاست، په کور کې پاتې شئ."           # lang="PS" (TMX 1.1–1.3)
    assert by["hw-006"].target is None                                       # fa-AF only: untranslated
    assert by["hw-004"].source == 'Keep <hi x="3" type="x-emphasis">two metres</hi> apart & wear a mask.'


def test_inline_codes():
    by = {u.id: u for u in read_units(TMX).units}
    u = by["hw-002"]
    assert [(c.name, c.role, u.target[c.start:c.end]) for c in u.target_codes] == [
        ("bpt#1", "open", '<bpt i="1" x="1">&lt;b&gt;</bpt>'), ("bpt#1", "close", '<ept i="1">&lt;/b&gt;</ept>')]
    assert all(c.kind == "tag" and c.syntax == "tmx" for c in u.target_codes)
    assert [(c.name, c.role) for c in by["hw-003"].source_codes] == [("ph#2", "standalone")]
    assert [(c.name, c.role) for c in by["hw-004"].target_codes] == [("hi#3", "open"), ("hi#3", "close")]


def test_positions_point_at_the_seg_text():
    lines = TMX.read_text(encoding="utf-8").splitlines()
    for u in read_units(TMX).units:
        assert lines[u.source_line - 1][u.source_column - 1:].startswith(u.source[:6])
        if u.target:
            assert lines[u.line - 1][u.column - 1:].startswith(u.target[:6])


@pytest.mark.parametrize("name, message", [
    ("malformed.tmx", "malformed.tmx:7: malformed XML: Opening and ending tag mismatch"),
    ("entity.tmx", "entity.tmx:2: the XML declares entities"),
    ("version-2.tmx", "version-2.tmx:2: unsupported TMX version '2.0'"),
    ("no-pashto.tmx", "no-pashto.tmx: no Pashto (ps) translation in any <tu>; languages found: en, fr"),
])
def test_bad_files(name, message):
    with pytest.raises(InputError) as err:
        read_units(DATA / "bad" / name)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_pashto_to_english_memory_still_checks_english_to_pashto(tmp_path):
    f = tmp_path / "ps-en.tmx"
    f.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ps-AF" datatype="plaintext" segtype="sentence" '
                 'adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu tuid="a">'
                 '<tuv xml:lang="ps-AF"><seg>ښار ته ښه راغلاست.</seg></tuv><tuv xml:lang="en-GB"><seg>Welcome to the city.</seg>'
                 '</tuv></tu></body></tmx>', encoding="utf-8")
    (u,) = read_units(f).units
    assert (u.source, u.target) == ("Welcome to the city.", "ښار ته ښه راغلاست.")


def test_not_a_tmx_root(tmp_path):
    f = tmp_path / "x.tmx"
    f.write_text('<?xml version="1.0"?>\n<xliff version="1.2"/>\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.tmx:2: not a TMX file: the root element is <xliff>"):
        read_units(f)


def test_round_trip_through_xliff():
    us = read_units(TMX)
    by = {u.id: u for u in us.units}
    findings = [Finding("NUM-MISMATCH", "number", "error", "20 stands as ۲۵", unit=by["hw-002"].ref()),
                Finding("TERM-MISSING", "terminology", "warning", "fever: no rendering", unit=by["hw-003"].ref()),
                Finding("UNTRANS-WORD", "untranslated", "warning", "English word left: MB", unit=by["hw-003"].ref())]
    out = render(_result(us, findings), "xliff")
    units, issues = independent_read(out, native_text=True)
    assert units == [(u.id, u.source, u.target) for u in us.units]
    assert sorted(issues) == sorted(_expected(findings))
    assert b'<bpt id="1">&lt;bpt i="1" x="1"&gt;&amp;lt;b&amp;gt;&lt;/bpt&gt;</bpt>' in out   # codes stay codes
