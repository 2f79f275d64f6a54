"""Importing decisions into a project's own configuration (pyproject.toml with [tool.aligner]),
the decisions file round trip, and the unit id of localization findings in the HTML and XLSX
reports."""
from __future__ import annotations

import io
import json
import shutil
import tomllib

import pytest
from openpyxl import load_workbook

import aligner
from aligner.baseline import fingerprints
from aligner.config import load_config
from aligner.errors import InputError
from aligner.report.html import render_html
from aligner.report.spreadsheet import HEADER, render_xlsx
from aligner.review.decisions import (Decision, DecisionSet, apply_decisions, decisions_json, import_decisions,
                                      load_decisions, parse_decisions_xlsx)
from tests.helpers import SEED_CODES, SEEDS

PYPROJECT = """[project]
name = "docs"

[tool.aligner]
fail-on = "error"   # the gate

[tool.other]
x = 1
"""


@pytest.fixture
def pair(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "docs" / "park.en.txt")
    shutil.copy(next(SEEDS.glob("001_*.txt")), tmp_path / "docs" / "park.ps.txt")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = aligner.check_files("docs/park.en.txt", "docs/park.ps.txt")
    assert [f.code for f in result.findings] == SEED_CODES
    return result


def _decisions(result, verdicts) -> DecisionSet:
    fps = fingerprints(result)
    return DecisionSet([Decision(fps[i], v, note, "Nadia", "2026-12-06T11:00:00Z", result.findings[i].code,
                                 result.findings[i].severity, result.findings[i].message,
                                 result.findings[i].target.text) for i, v, note in verdicts],
                       result.source.path, result.target.path, origin="review")


def test_import_into_pyproject(pair, tmp_path):
    ds = _decisions(pair, [(0, "false-alarm", 'client "style" guide\nline two'), (1, "real-error", ""),
                           (2, "accepted", "")])
    out = import_decisions(ds)
    assert out.config_path.resolve() == (tmp_path / "pyproject.toml").resolve() and not out.config_created
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith(PYPROJECT.split("[tool.aligner]")[0])            # the rest of the file as it was
    data = tomllib.loads(text)
    table = data["tool"]["aligner"]
    assert data["tool"]["other"] == {"x": 1} and table["fail-on"] == "error"
    assert table["baseline"] == "aligner-baseline.json"
    assert table["ignore"] == [{"code": "TERM-FORBIDDEN", "fingerprint": fingerprints(pair)[0],
                                "path": "docs/park.ps.txt", "reason": 'client "style" guide line two'}]
    config = load_config(tmp_path / "docs")                                  # valid for the next check
    assert config["ignore"][0]["fingerprint"] == fingerprints(pair)[0]
    again = aligner.check_files("docs/park.en.txt", "docs/park.ps.txt", config=config, baseline=config["baseline"])
    assert [f.target.start for f in again.findings] == [pair.findings[1].target.start]
    assert again.stats["suppressed"]["config"] == 1 and again.stats["baseline"]["suppressed"] == 1
    # the same suppression does not reach another file with the same sentence
    shutil.copy(tmp_path / "docs" / "park.ps.txt", tmp_path / "docs" / "copy.ps.txt")
    other = aligner.check_files("docs/park.en.txt", "docs/copy.ps.txt", config=config)
    assert [f.code for f in other.findings] == SEED_CODES
    # a second import changes nothing
    assert import_decisions(ds).suppressions_added == 0
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text


def test_import_refuses_an_inline_ignore_array_and_writes_nothing(pair, tmp_path):
    broken = PYPROJECT.replace('fail-on = "error"', 'fail-on = "error"\nignore = [{code = "FMT", reason = "x"}]')
    (tmp_path / "pyproject.toml").write_text(broken, encoding="utf-8")
    with pytest.raises(InputError, match="nothing written"):
        import_decisions(_decisions(pair, [(0, "false-alarm", "why")]))
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == broken


def test_decisions_file_round_trip_and_apply(pair, tmp_path):
    ds = _decisions(pair, [(0, "false-alarm", "n"), (2, "accepted", "")])
    (tmp_path / "d.json").write_text(decisions_json(ds), encoding="utf-8")
    back = load_decisions(tmp_path / "d.json")
    assert [d.to_dict() for d in back.decisions] == [d.to_dict() for d in ds.decisions]
    assert (back.source, back.target) == ("docs/park.en.txt", "docs/park.ps.txt")
    result = aligner.check_files("docs/park.en.txt", "docs/park.ps.txt", decisions=str(tmp_path / "d.json"))
    assert [f.code for f in result.findings] == ["TERM-FORBIDDEN"]
    assert result.stats["decisions"]["hidden_false_alarms"] == 1 and result.stats["decisions"]["hidden_accepted"] == 1
    assert result.stats["lqa"]["basis"] == "confirmed" and result.stats["lqa"]["findings"] == 0


def test_unfilled_xlsx_has_no_decisions(pair):
    ds = parse_decisions_xlsx(render_xlsx(pair), "r.xlsx")
    assert ds.decisions == [] and (ds.source, ds.target) == ("docs/park.en.txt", "docs/park.ps.txt")


def test_unit_id_shown_in_html_and_xlsx(pair):
    pair.findings[0].unit = {"id": "park.headline", "line": 3, "column": 7}
    html = render_html(pair)
    assert '<span class="unit" title="localization unit">park.headline</span>' in html and ">Unit</th>" in html
    ws = load_workbook(io.BytesIO(render_xlsx(pair)))["Findings"]
    col = HEADER.index("unit") + 1
    assert [ws.cell(row=r, column=col).value for r in (2, 3, 4)] == ["park.headline", None, None]


def test_hostile_reviewer_and_note_cannot_rewrite_the_configuration(pair, tmp_path):
    ds = _decisions(pair, [(0, "false-alarm", 'ok"""\n[tool.aligner]\nfail-on = "never"\r\x7f')])
    ds.decisions[0].reviewer = 'Eve\n[tool.aligner]\nfail-on = "never"\r'
    import_decisions(ds)
    table = tomllib.loads((tmp_path / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["aligner"]
    assert table["fail-on"] == "error" and len(table["ignore"]) == 1
    assert table["ignore"][0]["reason"] == 'ok""" [tool.aligner] fail-on = "never" \x7f'
    assert load_config(tmp_path / "docs")["fail_on"] == "error"
