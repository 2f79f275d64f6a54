"""Localization units through the pipeline (issue 13): paired by id, every check on every
unit with placeholders masked, untranslated and draft units counted not checked, findings
carrying their unit in every report, and one-line errors for pairs that cannot be read."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.formats import Unit, UnitSet
from aligner.pipeline import check_pair, check_units

runner = CliRunner()

EN = {
    "delete-pages": "Delete $1 pages?",
    "new-messages": "You have 12 new messages.",
    "welcome": "Welcome, $1! You have 3 new files.",
    "search": "Search",
    "hello": "Hello $1",
}
PS = {
    "delete-pages": "$1 مخونه ړنګ کړئ؟",
    "new-messages": "تاسو ۱۳ نوي پیغامونه لرئ.",          # 12 → 13: a real error
    "welcome": "ښه راغلاست، $1! تاسو ۳ نوې دوتنې لرئ.",
    "search": "لټون",
}


def _pair(tmp_path, en=EN, ps=PS):
    meta = {"@metadata": {"authors": ["test"]}}
    (tmp_path / "en.json").write_text(json.dumps({**meta, **en}, ensure_ascii=False, indent="\t"), encoding="utf-8")
    (tmp_path / "ps.json").write_text(json.dumps({**meta, **ps}, ensure_ascii=False, indent="\t"), encoding="utf-8")
    return tmp_path / "en.json", tmp_path / "ps.json"


def test_units_pair_by_key_and_findings_carry_their_unit(tmp_path):
    en, ps = _pair(tmp_path)
    result = check_pair(en, ps, {})
    counts = result.stats["units"]
    assert counts["total"] == 5 and counts["checked"] == 4 and counts["untranslated"] == 1
    errors = [f for f in result.findings if f.severity in ("warning", "error")]
    assert [(f.code, f.unit["id"]) for f in errors] == [("NUM-MISMATCH", "new-messages")]
    unit = errors[0].unit
    line = ps.read_text(encoding="utf-8").splitlines()[unit["line"] - 1]
    assert '"new-messages"' in line and line[unit["column"] - 1:].startswith('"تاسو ۱۳')
    # $1 is a placeholder, never a number: the welcome message (1 placeholder, 3 files) is clean
    assert not [f for f in result.findings if f.unit["id"] == "welcome" and f.severity != "info"]


def test_reports_locate_units_in_the_file(tmp_path):
    en, ps = _pair(tmp_path)
    out = runner.invoke(app, ["check", str(en), str(ps), "--format", "json"])
    assert out.exit_code == 1, out.output
    report = json.loads(out.stdout)
    f = next(x for x in report["findings"] if x["code"] == "NUM-MISMATCH")
    assert f["unit"]["id"] == "new-messages" and f["unit"]["key"] == "new-messages"
    assert report["units"]["format"] == "json"
    assert [u["id"] for u in report["units"]["checked"]] == ["delete-pages", "new-messages", "welcome", "search"]
    sarif = json.loads(runner.invoke(app, ["check", str(en), str(ps), "--format", "sarif"]).stdout)
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "NUM-MISMATCH")
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (f["unit"]["line"], f["unit"]["column"])
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("ps.json")
    text = runner.invoke(app, ["check", str(en), str(ps)]).stdout
    assert "unit new-messages" in text and "unit search" not in text     # only units with findings
    assert "1 untranslated" in text
    assert f"{f['unit']['line']}:{f['unit']['column']}" in text


def test_draft_states_are_counted_and_checked_only_on_request():
    units = UnitSet(path="t.xlf", format="xliff12", units=[
        Unit("1", "Save 5 files", "۵ دوتنې خوندي کړئ", state="translated"),
        Unit("2", "Open 7 files", "۸ دوتنې پرانیزئ", state="needs-translation"),
        Unit("3", "Close", None),
    ])
    r = check_units(units, {})
    assert r.stats["units"]["skipped_state"] == {"needs-translation": 1} and r.stats["units"]["untranslated"] == 1
    assert not [f for f in r.findings if f.severity == "error"]
    r = check_units(units, {}, include_untranslated=True)
    assert [(f.code, f.unit["id"]) for f in r.findings if f.severity == "error"] == [("NUM-MISMATCH", "2")]


def test_empty_translation_is_one_finding_not_an_omission():
    units = UnitSet(path="t.xlf", format="xliff12", units=[
        Unit("a", "The river is 40 km long.", "", state="translated"),
        Unit("b", "Save", "خوندي کړئ", state="translated"),
    ])
    r = check_units(units, {})
    assert [(f.code, f.unit["id"]) for f in r.findings if f.severity != "info"] == [("L10N-EMPTY", "a")]
    assert r.stats["units"]["empty"] == 1


@pytest.mark.parametrize("files, message", [
    ({"en.json": '{"a": "Save"}', "ps.yml": "ps:\n  a: خوندي\n"}, "is JSON but"),
    ({"en.json": "{}", "ps.json": "{}"}, "no translation units found"),
])
def test_pairs_that_cannot_be_read_are_one_line(tmp_path, files, message):
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    out = runner.invoke(app, ["check", *paths])
    assert out.exit_code == 2
    lines = [x for x in out.output.strip().splitlines() if x.strip()]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in out.output


def test_one_document_alone_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("The river is long.\n", encoding="utf-8")
    out = runner.invoke(app, ["check", str(tmp_path / "a.txt")])
    assert out.exit_code == 2 and "not a localization file" in out.output


def test_translations_swapped_between_keys_are_stale_through_the_pipeline():
    """The encoder scores each unit pair; a translation pasted under the wrong key matches
    another unit's source better than its own (L10N-STALE on both keys); in place, clean."""
    src = ["The page was added to the category.", "The page was removed from the category.",
           "Your password has been changed successfully.",
           "The file could not be uploaded because it is too large.",
           "You must log in to edit this page.", "Search results for the selected namespace are shown below."]
    tgt = ["مخ کټګورۍ ته ور زیات شو.", "مخ له کټګورۍ څخه لرې شو.", "ستاسو پټنوم په بریالیتوب سره بدل شو.",
           "دوتنه پورته نه شوه ځکه چې ډېره لویه ده.", "د دې مخ د سمولو لپاره باید ننوځئ.",
           "د ټاکل شوي نوم‌ځای د لټون پایلې لاندې ښودل شوې دي."]

    def run(targets):
        units = UnitSet(path="x.json", format="json",
                        units=[Unit(f"k{i}", s, t, key=f"k{i}") for i, (s, t) in enumerate(zip(src, targets))])
        return check_units(units, {})

    assert not [f for f in run(tgt).findings if f.severity != "info"]
    swapped = list(tgt)
    swapped[2], swapped[3] = tgt[3], tgt[2]
    stale = sorted(f.unit["id"] for f in run(swapped).findings if f.code == "L10N-STALE")
    assert stale == ["k2", "k3"]


def test_suffix_table_matches_the_readers_and_documents_import_no_reader():
    import subprocess
    import sys

    from aligner.formats import READERS, SUFFIX_MODULES, _load
    _load()
    registered = {suffix: fn.__module__.rsplit(".", 1)[1] for fn, suffixes, _s, _b in READERS.values()
                  for suffix in suffixes}
    assert registered == SUFFIX_MODULES
    code = ("import sys; from aligner.pipeline import is_unit_input; "
            "assert not is_unit_input('a.txt') and not is_unit_input('a.md'); "
            "print(sorted(m for m in sys.modules if m.startswith(('lxml', 'polib', 'ruamel')) "
            "or m.rsplit('.', 1)[-1] in set(__import__('aligner.formats').formats.READER_MODULES)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_literal_one_in_the_singular_form_is_the_variable_not_a_number():
    """MediaWiki messages write the one-form as "1 …" ({{PLURAL:$1|1 hidden category|$1 hidden
    categories}}, real messages of MediaWiki's ps.json; GPL-2.0-or-later text used as test
    data): that "1" is the count, not an extra number.  Where $1 is also printed outside the
    wrapper the count shows twice (a real fault), and other numbers are still compared."""
    units = UnitSet(path="x.json", format="json", syntaxes=("mediawiki",), units=[
        Unit("hiddencategories", "This page is a member of {{PLURAL:$1|1 hidden category|$1 hidden categories}}:",
             "دا مخ د {{PLURAL:$1|1 پټې وېشنيزې|$1 پټو وېشنيزو}} غړی دی:"),
        Unit("twice", "$1 {{PLURAL:$1|change|changes}}", "$1 {{PLURAL:$1|1 بدلون|$1 بدلونونه}}"),
        Unit("days", "Show the last {{PLURAL:$1|1 change|$1 changes}} in 2 days",
             "وروستي {{PLURAL:$1|1 بدلون|$1 بدلونونه}} په ۳ ورځو کې ښکاره کړئ"),
    ])
    result = check_units(units, {})
    found = sorted((f.unit["id"], f.code, f.target.text) for f in result.findings if f.severity != "info")
    assert found == [("days", "NUM-MISMATCH", "۳ ورځو"), ("twice", "NUM-EXTRA", "1")]
    from aligner.keyed import plural_one_digits
    text = units.units[0].target
    assert [text[a:b] for a, b in plural_one_digits(text, ("mediawiki",))] == ["1"]
    assert plural_one_digits(text, ("mediawiki",))[0][0] == text.index("1 پټې")
