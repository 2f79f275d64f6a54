"""gettext PO reader (aligner/formats/po.py): bilingual .po, a messages.pot + ps.po pair,
contexts, fuzzy, plural forms, format flags, positions and one-line syntax errors."""
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.formats import detect_format, read_units

DATA = Path(__file__).parent / "data" / "formats" / "po"
PS_PO = DATA / "ps.po"
POT = DATA / "messages.pot"


def by_id(units):
    return {u.id: u for u in units.units}


def test_bilingual_po_units_contexts_fuzzy_plurals_and_untranslated():
    us = read_units(PS_PO)
    assert detect_format(PS_PO) == "po" and detect_format(POT) == "po"
    assert us.format == "po" and us.target_lang == "ps" and us.target_path is None
    u = by_id(us)
    # obsolete "#~" entries are not units; the header is not a unit
    assert "Old message" not in u and "" not in u
    assert list(u) == ["Save", "menu|Open %s", "dialog|Open %s", "Delete {name} permanently?",
                       "%d file[0]", "%d file[1]", "Settings", "%d day left[0]", "%d day left[1]"]
    assert u["Save"].target == "خوندي کول" and u["Save"].context is None
    # one msgid in two contexts: two units, the context in the id and in its own field
    assert u["menu|Open %s"].context == "menu" and u["menu|Open %s"].target == "%s پرانیزئ"
    assert u["dialog|Open %s"].target == "د %s دوتنه پرانیزئ"          # continuation lines joined
    assert u["menu|Open %s"].ref() == {"id": "menu|Open %s", "msgctxt": "menu", "line": 21, "column": 8}
    assert u["menu|Open %s"].notes == ("Menu item: open a file",)
    # format flags → syntaxes
    assert u["menu|Open %s"].syntaxes == ("printf",)
    assert u["dialog|Open %s"].syntaxes == ("python",)
    assert u["Delete {name} permanently?"].syntaxes == ("python",)
    assert u["Save"].syntaxes == ()
    # fuzzy keeps its translation and says so
    assert u["Delete {name} permanently?"].state == "fuzzy"
    assert u["Delete {name} permanently?"].target == "{name} ړنګ کړئ؟"
    assert u["Save"].state is None
    # plural forms: form 0 translates msgid, form 1 msgid_plural
    f0, f1 = u["%d file[0]"], u["%d file[1]"]
    assert (f0.plural, f0.source, f0.target) == ("0", "%d file", "%d دوتنه")
    assert (f1.plural, f1.source, f1.target) == ("1", "%d files", "%d دوتنې")
    # empty msgstr → untranslated (None), for plain and plural entries
    assert u["Settings"].target is None
    assert u["%d day left[0]"].target is None and u["%d day left[1]"].target is None
    assert len(us.translated) == 6
    assert us.meta["plural_forms"] == "nplurals=2; plural=(n != 1);"


def test_positions_point_at_the_msgstr_and_msgid():
    u = by_id(read_units(PS_PO))
    lines = PS_PO.read_text(encoding="utf-8").split("\n")

    def at(line, col):
        return lines[line - 1][col - 1:]

    save = u["Save"]
    assert (save.line, save.column) == (14, 8) and at(save.line, save.column) == '"خوندي کول"'
    assert (save.source_line, save.source_column) == (13, 7) and at(13, 7) == '"Save"'
    # a msgstr that starts with "" points at its first continuation line
    dialog = u["dialog|Open %s"]
    assert dialog.line == 27 and at(dialog.line, dialog.column).startswith('"د %s')
    assert lines[dialog.line - 2] == 'msgstr ""'
    # each plural form at its own msgstr[n]
    assert lines[u["%d file[0]"].line - 1].startswith("msgstr[0]")
    assert lines[u["%d file[1]"].line - 1].startswith("msgstr[1]")
    assert at(u["%d file[1]"].line, u["%d file[1]"].column) == '"%d دوتنې"'


def test_pot_and_po_pair_by_context_and_msgid():
    us = read_units(POT, PS_PO)
    assert us.path == str(POT) and us.target_path == str(PS_PO)
    u = by_id(us)
    # the template's entries are the units; translations come from ps.po at ps.po's lines
    assert u["menu|Open %s"].target == "%s پرانیزئ" and u["menu|Open %s"].line == 21
    assert u["menu|Open %s"].source_line == 15          # the msgid in messages.pot
    assert u["dialog|Open %s"].target == "د %s دوتنه پرانیزئ"
    assert u["Delete {name} permanently?"].state == "fuzzy"
    assert u["%d file[1]"].target == "%d دوتنې" and u["%d file[1]"].source == "%d files"
    # in the template only: untranslated, no target position
    assert u["Export"].target is None and u["Export"].line == 0 and u["Export"].source_line == 42
    assert us.meta["extra_target_keys"] == []


def test_pair_keeps_target_only_entries_out_of_the_units(tmp_path):
    pot = tmp_path / "messages.pot"
    po = tmp_path / "ps.po"
    pot.write_text('msgid "Yes"\nmsgstr ""\n\nmsgid "No"\nmsgstr ""\n', encoding="utf-8")
    po.write_text('msgid "Yes"\nmsgstr "هو"\n\nmsgctxt "old"\nmsgid "Maybe"\nmsgstr "شاید"\n', encoding="utf-8")
    us = read_units(pot, po)
    assert [(u.id, u.target) for u in us.units] == [("Yes", "هو"), ("No", None)]
    assert us.meta["extra_target_keys"] == ["old|Maybe"]


def test_en_po_with_message_keys_gives_the_english_msgstr_as_source(tmp_path):
    en, ps = tmp_path / "en.po", tmp_path / "ps.po"
    en.write_text('msgid "greeting.hello"\nmsgstr "Hello"\n', encoding="utf-8")
    ps.write_text('msgid "greeting.hello"\nmsgstr "سلام"\n', encoding="utf-8")
    (u,) = read_units(en, ps).units
    assert (u.id, u.source, u.target) == ("greeting.hello", "Hello", "سلام")


@pytest.mark.parametrize("text, where, words", [
    ('msgid "a"\nmsgstr "b\n', ":2:", "msgstr needs one quoted string"),
    ('msgid "a"\nmsgsrt "b"\n', ":2:", "unexpected 'msgsrt"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', ":4:", "duplicate message definition of 'a' (first defined at line 1)"),
    ('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', ":3:", "msgid without a msgstr"),
    ('msgstr "a"\n', ":1:", "msgstr without a msgid"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[x] "y"\n', ":3:", "bad plural index"),
    ('msgid "a"\nmsgstr "b"\nmsgid_plural "c"\n', ":3:", "msgid_plural is out of place"),
    ('msgid "a"\nmsgstr "b"\n"unterminated\n', ":3:", "unterminated or malformed string"),
    ('msgid "a"\n', ":1:", "the last entry has no msgstr"),
])
def test_syntax_errors_are_one_line_naming_file_and_line(tmp_path, text, where, words):
    bad = tmp_path / "bad.po"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_units(bad)
    msg = str(exc.value)
    assert "\n" not in msg and msg.startswith(f"{bad}{where}") and words in msg


def test_duplicate_msgid_in_different_contexts_is_fine(tmp_path):
    po = tmp_path / "ps.po"
    po.write_text('msgctxt "a"\nmsgid "Open"\nmsgstr "پرانیزئ"\n\nmsgctxt "b"\nmsgid "Open"\nmsgstr "خلاص"\n',
                  encoding="utf-8")
    assert [u.id for u in read_units(po).units] == ["a|Open", "b|Open"]


def test_po_reads_alone_or_as_a_pair():
    assert len(read_units(PS_PO).units) == 9
    assert len(read_units(POT, PS_PO).units) == 10


def test_checked_end_to_end_clean_and_with_a_dropped_placeholder(tmp_path, encoder):
    """Through the pipeline: the correct translations come out clean; a dropped %s is
    reported on its unit, at the msgstr's line."""
    from aligner.pipeline import check_units
    loud = lambda r: [f for f in r.findings if f.severity in ("warning", "error")]
    assert loud(check_units(read_units(POT, PS_PO), encoder=encoder)) == []
    bad = tmp_path / "ps.po"
    bad.write_text(PS_PO.read_text(encoding="utf-8").replace('msgstr "%s پرانیزئ"', 'msgstr "پرانیزئ"'),
                   encoding="utf-8")
    found = loud(check_units(read_units(POT, bad), encoder=encoder))
    assert [(f.code, f.unit["id"], f.unit["msgctxt"], f.unit["line"]) for f in found] == \
        [("PH-MISSING", "menu|Open %s", "menu", 21)]


def test_a_real_pashto_po_file_reads_with_msgfmt_s_counts():
    """GNOME gdk-pixbuf's ps.po (LGPL-2.1-or-later, see tests/data/formats/README.md):
    `msgfmt --statistics` says 25 translated, 4 fuzzy, 173 untranslated messages; 4 of the
    202 are plural entries (two units each)."""
    us = read_units(DATA / "gdk-pixbuf-ps.po")
    assert len(us.units) == 202 + 4 and us.target_lang == "ps"
    translated = us.translated
    assert len(translated) == 25 + 4
    assert sum(u.state == "fuzzy" for u in translated) == 4
    assert sum(u.plural is not None for u in us.units) == 8
    u = by_id(us)["Failed to open file '%s': %s"]
    assert u.syntaxes == ("printf",) and u.target == "%s :دوتنه پرانيستلو کې پاتې راغی '%s'"
    assert text_at_line(DATA / "gdk-pixbuf-ps.po", u.line).startswith('msgstr "%s :دوتنه')


def text_at_line(path, line):
    return Path(path).read_text(encoding="utf-8").split("\n")[line - 1]
