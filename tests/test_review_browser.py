"""The review loop end to end, on the seed pair (000 English, 001 its published Pashto):
a reviewer marks verdicts in the HTML page in a real headless Chromium (real clicks and
typing through chromedriver), the page keeps them in localStorage across a reload and
exports ``aligner.decisions/1``; ``check --decisions`` and ``aligner baseline import`` then
hide the false alarm while the real error still fails the gate.  The same through the XLSX
report filled in with openpyxl.

The seed pair's findings: F1 and F2 are *alumina* rendered as المونیم (TERM-FORBIDDEN
errors, sentences 1 and 3), F3 *de-Sinicize* rendered without its negation (NEG-AFFIX
warning).  F1 is marked a false alarm, F2 a real error.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from openpyxl import load_workbook

import aligner
from aligner.baseline import fingerprints
from tests.helpers import SEED_CODES, SEEDS
from tests.review_webdriver import Browser, available, wait_for_file

ALIGNER = str(Path(sys.executable).parent / "aligner")
EN, PS = "park.en.txt", "park.ps.txt"


@pytest.fixture(scope="module")
def seed_prints() -> list[str]:
    result = aligner.check_files(str(next(SEEDS.glob("000_*.txt"))), str(next(SEEDS.glob("001_*.txt"))))
    assert [f.code for f in result.findings] == SEED_CODES
    return fingerprints(result)


@pytest.fixture
def project(tmp_path) -> Path:
    """A folder with the seed pair under new names and no configuration above it."""
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / EN)
    shutil.copy(next(SEEDS.glob("001_*.txt")), tmp_path / PS)
    return tmp_path


def run(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([ALIGNER, *args], cwd=folder, capture_output=True, text=True, env=env, timeout=600)


def check_json(folder: Path, *extra: str) -> tuple[int, dict, str]:
    proc = run(folder, "check", EN, PS, "--format", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def alumina_targets(report: dict) -> list[int]:
    return [f["target"]["start"] for f in report["findings"] if f["code"] == "TERM-FORBIDDEN"]


def test_browser_verdicts_export_import_and_gate(project, seed_prints):
    if not available():
        pytest.skip("/usr/bin/chromium or /usr/bin/chromedriver not installed")
    proc = run(project, "check", EN, PS, "--format", "html", "--output", "review.html")
    assert proc.returncode == 1, proc.stderr
    downloads = project / "downloads"
    downloads.mkdir()
    page = (project / "review.html").as_uri()
    with Browser(project / "profile", downloads) as b:
        b.get(page)
        b.wait("return document.body.getAttribute('data-review-loaded')")
        assert b.js("return document.getElementById('review-count').textContent") == "0 of 3 reviewed"
        fps = b.js("return Array.from(document.querySelectorAll('table.findings tr[data-fp]'))"
                   ".map(function (r) { return r.getAttribute('data-fp'); })")
        assert fps == seed_prints                        # the page keys verdicts by the baseline fingerprints
        b.type("#reviewer", "Nadia (LQA)")
        b.click('button.verdict[data-for="0"][data-verdict="false-alarm"]')
        b.type('input.note[data-for="0"]', "client glossary allows it here")
        b.click('button.verdict[data-for="1"][data-verdict="real-error"]')
        assert b.js("return document.getElementById('review-count').textContent") == "2 of 3 reviewed"
        # the scorecard as the verdicts stand: only F2 (major, 5 points) in 709 words
        assert b.js("return document.getElementById('lqa-live').textContent") == "7.05 per 1,000 words: pass"
        # kept while the page is open: a reload (file://) shows the same verdicts and note
        b.get(page)
        b.wait("return document.body.getAttribute('data-review-loaded')")
        pressed = b.js("return Array.from(document.querySelectorAll('button.verdict[aria-pressed=\"true\"]'))"
                       ".map(function (x) { return x.getAttribute('data-for') + ':' + x.getAttribute('data-verdict'); })")
        assert sorted(pressed) == ["0:false-alarm", "1:real-error"]
        assert b.js("return document.querySelector('input.note[data-for=\"0\"]').value") == \
            "client glossary allows it here"
        assert b.js("return document.getElementById('reviewer').value") == "Nadia (LQA)"
        b.click("#export-decisions")
        exported = wait_for_file(downloads, "*.decisions.json")
        shown = b.js("return document.getElementById('decisions-json').value")
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert json.loads(shown)["decisions"] == data["decisions"]
    assert exported.name == f"{PS}.decisions.json"
    assert data["schema"] == "aligner.decisions/1"
    assert data["source"]["path"] == EN and data["target"]["path"] == PS
    got = {d["fingerprint"]: d for d in data["decisions"]}
    assert set(got) == {seed_prints[0], seed_prints[1]}
    assert got[seed_prints[0]]["verdict"] == "false-alarm"
    assert got[seed_prints[0]]["note"] == "client glossary allows it here"
    assert got[seed_prints[1]]["verdict"] == "real-error"
    assert all(d["reviewer"] == "Nadia (LQA)" and d["time"].endswith("Z") and d["code"] == "TERM-FORBIDDEN"
               for d in data["decisions"])
    shutil.copy(exported, project / "decisions.json")

    # applied directly: the false alarm is hidden, the real error still fails the gate
    _, before, _ = check_json(project)
    code, report, err = check_json(project, "--decisions", "decisions.json")
    assert code == 1
    assert [f["code"] for f in report["findings"]] == ["TERM-FORBIDDEN", "NEG-AFFIX"]
    assert alumina_targets(report) == alumina_targets(before)[1:]
    assert report["lqa"]["basis"] == "confirmed" and report["lqa"]["penalty"] == 5
    assert "1 false alarm(s) and 0 accepted finding(s) hidden, 1 confirmed, 1 not reviewed" in err

    # imported for good: the next plain `check` hides the false alarm and still fails
    proc = run(project, "baseline", "import", "decisions.json")
    assert proc.returncode == 0, proc.stderr
    assert "1 false alarm(s) → suppressions" in proc.stderr and "1 real error(s) stay reported" in proc.stderr
    config = tomllib.loads((project / "aligner.toml").read_text(encoding="utf-8"))
    assert config["ignore"] == [{"code": "TERM-FORBIDDEN", "fingerprint": seed_prints[0], "path": PS,
                                 "reason": "client glossary allows it here"}]
    code, report, err = check_json(project)
    assert code == 1
    assert alumina_targets(report) == alumina_targets(before)[1:]
    assert "1 suppressed (config)" in err
    assert not [f for f in report["findings"] if f["code"] == "SUPPRESS-NO-REASON"]
    assert report["lqa"]["basis"] == "all" and report["lqa"]["penalty"] == 6     # 5 (F2) + 1 (F3)
    # importing again adds nothing
    assert "0 false alarm(s)" in run(project, "baseline", "import", "decisions.json").stderr
    assert len(tomllib.loads((project / "aligner.toml").read_text(encoding="utf-8"))["ignore"]) == 1

    # edits elsewhere in both files keep the decision: a new first line, other sentences moved
    for name, line in ((EN, "Editor's note: this report was revised."), (PS, "د مدیر یادونه: دا راپور بیا کتل شوی.")):
        path = project / name
        path.write_text(line + "\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    code, report, _ = check_json(project)
    assert code == 1
    term = [f for f in report["findings"] if f["code"] == "TERM-FORBIDDEN"]
    assert len(term) == 1 and term[0]["target"]["start"] == alumina_targets(before)[1] + len(
        "د مدیر یادونه: دا راپور بیا کتل شوی.\n")


def _fill(xlsx: Path, verdicts: dict[int, tuple[str, str]], reviewer: str) -> None:
    """Fill the review columns of an XLSX report like a reviewer would (row n+2 = finding n)."""
    wb = load_workbook(xlsx)
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in ("verdict", "note", "reviewer")}
    for n, (verdict, note) in verdicts.items():
        ws.cell(row=n + 2, column=col["verdict"], value=verdict)
        ws.cell(row=n + 2, column=col["note"], value=note or None)
        ws.cell(row=n + 2, column=col["reviewer"], value=reviewer)
    wb.save(xlsx)


def test_xlsx_verdicts_import_and_gate(project, seed_prints):
    proc = run(project, "check", EN, PS, "--format", "xlsx", "--output", "review.xlsx")
    assert proc.returncode == 1, proc.stderr
    wb = load_workbook(project / "review.xlsx")
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    assert [ws.cell(row=r, column=header.index("fingerprint") + 1).value for r in (2, 3, 4)] == seed_prints
    # the verdict column has the drop-down list over every finding's row
    verdict_col = ws.cell(row=1, column=header.index("verdict") + 1).column_letter
    [dv] = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"real error,false alarm,accepted"'
    assert str(dv.sqref) == f"{verdict_col}2:{verdict_col}4"
    report_sheet = dict(wb["Report"].iter_rows(values_only=True))
    assert report_sheet["source"] == EN and report_sheet["target"] == PS
    wb.close()

    _fill(project / "review.xlsx", {0: ("false alarm", "client glossary allows it here"),
                                    1: ("real error", ""), 2: ("accepted", "known, style")}, "Nadia")
    _, before, _ = check_json(project)
    code, report, err = check_json(project, "--decisions", "review.xlsx")
    assert code == 1
    assert [f["code"] for f in report["findings"]] == ["TERM-FORBIDDEN"]
    assert alumina_targets(report) == alumina_targets(before)[1:]
    assert report["lqa"]["basis"] == "confirmed" and report["lqa"]["penalty"] == 5

    proc = run(project, "baseline", "import", "review.xlsx")
    assert proc.returncode == 0, proc.stderr
    text = (project / "aligner.toml").read_text(encoding="utf-8")
    config = tomllib.loads(text)
    assert config["baseline"] == "aligner-baseline.json"
    assert [(e["fingerprint"], e["reason"]) for e in config["ignore"]] == \
        [(seed_prints[0], "client glossary allows it here")]
    baseline = json.loads((project / "aligner-baseline.json").read_text(encoding="utf-8"))
    assert [(e["fingerprint"], e["code"], e["target"]) for e in baseline["findings"]] == \
        [(seed_prints[2], "NEG-AFFIX", PS)]
    code, report, err = check_json(project)
    assert code == 1                                     # the real error still fails
    assert [f["code"] for f in report["findings"]] == ["TERM-FORBIDDEN"]
    assert alumina_targets(report) == alumina_targets(before)[1:]
    assert "1 suppressed (config)" in err and "1 known finding(s) hidden" in err


def test_bad_decisions_are_one_line_errors(project, seed_prints):
    (project / "wrong.json").write_text('{"schema": "aligner.baseline/1", "findings": []}', encoding="utf-8")
    (project / "verdict.json").write_text(json.dumps({
        "schema": "aligner.decisions/1", "source": {"path": EN}, "target": {"path": PS},
        "decisions": [{"fingerprint": seed_prints[0], "verdict": "maybe"}]}), encoding="utf-8")
    for name, words in (("wrong.json", "not an aligner.decisions/1 file"), ("verdict.json", "is not a verdict"),
                        ("missing.json", "no such decisions file")):
        proc = run(project, "check", EN, PS, "--decisions", name)
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    proc = run(project, "baseline", "import", "verdict.json")
    assert proc.returncode == 2 and not (project / "aligner.toml").exists()
