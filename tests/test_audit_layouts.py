"""`aligner audit` pairs locale layouts (issue 13): en.json ↔ ps.json, locales/en/*.json ↔
locales/ps/*.json, messages.pot ↔ ps.po (beside it or in ps/LC_MESSAGES), values/strings.xml ↔
values-ps/strings.xml, and every other bilingual file (XLIFF, TMX, a PO alone) as a pair of its
own; each is checked through the unit pipeline, and correct translations come out clean."""
import json
from pathlib import Path

import pytest

from aligner.audit import audit_directory, discover_pairs
from tests.helpers import ROOT

LAYOUTS = ROOT / "tests" / "data" / "audit-layouts"

#: name → (source, target or None, input format the layout recognised; None: by the files)
EXPECTED = {
    "app/src/main/res/strings": ("app/src/main/res/values/strings.xml", "app/src/main/res/values-ps/strings.xml", None),
    "docs/note": ("docs/note.en.txt", "docs/note.ps.txt", None),
    "gettext/notes.pot": ("gettext/notes.pot", "gettext/ps/LC_MESSAGES/notes.po", "po"),
    "i18n/en.json": ("i18n/en.json", "i18n/ps.json", "json"),
    "locales/app": ("locales/en/app.json", "locales/ps/app.json", None),
    "misc/extra-ps.po": ("misc/extra-ps.po", None, "po"),
    "po/messages.pot": ("po/messages.pot", "po/ps.po", "po"),
    "tm/health.tmx": ("tm/health.tmx", None, "tmx"),
    "tm/ui.xlf": ("tm/ui.xlf", None, "xliff12"),
}


def rel(path):
    return None if path is None else path.relative_to(LAYOUTS).as_posix()


def test_every_locale_layout_is_paired():
    pairs, unpaired = discover_pairs(LAYOUTS)
    got = {p.name: (rel(p.source), rel(p.target), p.input_format) for p in pairs}
    assert got == EXPECTED
    # a template without a catalog and a JSON file of no layout stay unpaired, with the reason
    assert {u.path: u.reason for u in unpaired} == {"misc/lonely.pot": "matches no naming pattern",
                                                     "misc/settings.json": "matches no naming pattern"}
    assert len({p.stem for p in pairs}) == len(pairs)


def test_layouts_follow_the_languages(tmp_path):
    (tmp_path / "fa.json").write_text('{"a": "x"}', encoding="utf-8")
    (tmp_path / "en.json").write_text('{"a": "Hello"}', encoding="utf-8")
    (tmp_path / "ps.json").write_text('{"a": "سلام"}', encoding="utf-8")
    pairs, unpaired = discover_pairs(tmp_path, source_lang="en", target_lang="fa")
    assert [(p.name, p.target.name) for p in pairs] == [("en.json", "fa.json")]
    assert [u.path for u in unpaired] == ["ps.json"]


def test_a_pattern_pair_is_not_taken_again_by_a_layout(tmp_path):
    for name, text in (("a.en.po", "Save"), ("a.ps.po", "خوندي کول")):
        (tmp_path / name).write_text(f'msgid "{text}"\nmsgstr "{text}"\n', encoding="utf-8")
    pairs, unpaired = discover_pairs(tmp_path)
    assert [(p.name, p.source.name, p.target.name) for p in pairs] == [("a", "a.en.po", "a.ps.po")]
    assert unpaired == []


@pytest.mark.slow
def test_an_audit_checks_every_layout_as_a_localization_file(tmp_path, encoder):
    result = audit_directory(LAYOUTS, out_dir=tmp_path / "out", encoder=encoder, progress=False)
    by_name = {d["name"]: d for d in result.documents}
    assert set(by_name) == set(EXPECTED)
    for name, d in by_name.items():
        assert d["status"] == "ok", (name, d["error"])
        report = json.loads((tmp_path / "out" / d["reports"]["json"]).read_text(encoding="utf-8"))
        if EXPECTED[name][2] is not None or name.startswith(("app/", "locales/")):
            assert report["findings"] == [] or all(f.get("unit") for f in report["findings"]), name
        assert d["counts"]["error"] == 0, (name, d["codes"])        # correct translations: no error
    assert by_name["tm/ui.xlf"]["target"] is None
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert [u["path"] for u in index["unpaired"]] == ["misc/lonely.pot", "misc/settings.json"]
