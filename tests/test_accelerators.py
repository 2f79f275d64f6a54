"""Access keys in interface strings (GNOME ``_Save``, KDE/Qt ``&File``): the marker is masked
from the prose checks and the ``L10N-ACCEL`` rule compares it across the two sides.

Found on a real GNOME ``ps.po`` (stop 24, lead): ``D_on't Save`` → «ن_ه ساتل» was reported as a
lost negation (the checks read ``on't`` and ``ن``/``ه``), and the file's translator had typed
most markers after the last letter of the Pashto word («دوتنه_» for ``_File``), where GTK marks no
key and shows the ``_``.  The strings below are written for this test.  First contact (start
tree b663dac): the correct menu gave two NEG-MISSING false alarms (``D_on't Save`` → «ن_ه ساتل»,
``_Not Now`` → «اوس ن_ه»), and no rule reported a lost or misplaced key."""
from __future__ import annotations

from aligner.checks import accelerators
from aligner.pipeline import check_pair

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ps\\n"\n\n'


def _po(tmp_path, entries, name="ps.po"):
    body = "".join(f'msgid "{en}"\nmsgstr "{ps}"\n\n' for en, ps in entries)
    p = tmp_path / name
    p.write_text(HEADER + body, encoding="utf-8")
    return p


#: a GNOME menu: every English string marks one key
MENU = [
    ("_File", "_دوتنه"),
    ("_Edit", "س_مون"),
    ("Save _As…", "په بل _نوم ساتل…"),
    ("D_on't Save", "ن_ه ساتل"),
    ("_Close Without Saving", "له ساتلو پرته _بندول"),
    ("Don't show this message again", "دا پیغام بیا مه ښایئ"),
    ("_Never Ask Again", "بیا _هیڅکله مه پوښتئ"),
    ("_Not Now", "اوس ن_ه"),
]


def _by_unit(result, code=None):
    return {(f.unit["id"], f.code) for f in result.findings
            if f.severity in ("warning", "error") and (code is None or f.code == code)}


def test_file_marker_is_read_from_the_file_not_one_string():
    assert accelerators.file_marker([en for en, _ in MENU]) == "_"
    assert accelerators.file_marker(["&File", "&Quit", "Tom & Jerry", "R&&D"]) == "&"
    # one identifier, paths, a constant with several underscores: no access keys
    assert accelerators.file_marker(["Set the file_name option", "Use GTK_WRAP_NONE", "/usr/share_x"]) is None
    assert accelerators.file_marker(["_New"]) is None              # one string is not a convention
    assert accelerators.file_marker(["Fish &amp; chips", "A &#1578; B", "Salt & pepper"]) is None


def test_markers_in_source_and_target():
    assert [(c.start, c.role) for c in accelerators.find("D_on't Save", "_")] == [(1, "standalone")]
    assert accelerators.find("GTK_WRAP_NONE or file2_x", "_") == []
    assert [c.role for c in accelerators.find("ساتل_", "_", target=True)] == ["misplaced"]
    assert accelerators.find("ساتل_", "_") == []                    # a source never has a misplaced key


def test_a_correct_menu_is_clean_and_the_marker_is_no_lost_negation(tmp_path):
    result = check_pair(_po(tmp_path, MENU), None, {})
    assert _by_unit(result) == set()


def test_a_lost_or_misplaced_or_doubled_key_is_reported(tmp_path):
    entries = MENU + [
        ("_Open", "پرانیستل"),                  # no key at all
        ("_Print…", "چاپول_…"),                # marker after the last letter: a stray _
        ("_Quit", "_بندول او _وتل"),            # two keys for one item
    ]
    result = check_pair(_po(tmp_path, entries), None, {})
    found = {f.unit["id"]: f for f in result.findings if f.code == "L10N-ACCEL"}
    assert set(found) == {"_Open", "_Print…", "_Quit"}
    assert "marks none" in found["_Open"].message and found["_Open"].source_value == "O"
    assert "stray «_»" in found["_Print…"].message and found["_Print…"].target.text == "_"
    assert found["_Quit"].target_value == ["ب", "و"]
    assert all(f.severity == "warning" for f in found.values())


def test_kde_ampersand_keys(tmp_path):
    entries = [("&File", "&دوتنه"), ("&Quit", "وتل"), ("Tom & Jerry", "ټام او جیري")]
    result = check_pair(_po(tmp_path, entries), None, {})
    assert _by_unit(result) == {("&Quit", "L10N-ACCEL")}


def test_no_marker_file_is_untouched(tmp_path):
    # one underscore in one string: no access-key convention, nothing masked or reported
    entries = [("Set the file_name option", "د file_name غوراوی وټاکئ"), ("Save", "ساتل")]
    result = check_pair(_po(tmp_path, entries), None, {})
    assert not [f for f in result.findings if f.code == "L10N-ACCEL"]


def test_a_dropped_negation_in_a_marked_string_is_still_caught(tmp_path):
    entries = MENU + [("Do_n't Quit", "_وتل")]          # "don't" lost: the Pashto says "quit"
    result = check_pair(_po(tmp_path, entries), None, {})
    assert ("Do_n't Quit", "NEG-MISSING") in _by_unit(result)
