"""Issue 15 leftovers: a filled CSV report (`check -f csv`) is read back as decisions, and
`--decisions` works on `precommit` and `audit` as on `check` — on the seed pair (the park
article and its Pashto, whose two TERM-FORBIDDEN errors and one NEG-AFFIX warning are known)."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.errors import InputError
from aligner.review.decisions import load_decisions
from tests.helpers import SEEDS

runner = CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "docs" / "park.en.txt")
    shutil.copy(next(SEEDS.glob("001_*.txt")), tmp_path / "docs" / "park.ps.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _filled_csv(project, verdicts: dict, delimiter=",", encoding="utf-8-sig"):
    """The pair's CSV report with the reviewer's verdicts (by row: finding F1, F2 …)."""
    res = runner.invoke(app, ["check", "docs/park.en.txt", "docs/park.ps.txt", "-f", "csv", "-o", "r.csv",
                              "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO((project / "r.csv").read_text(encoding="utf-8-sig"))))
    assert [r["code"] for r in rows] == ["TERM-FORBIDDEN", "TERM-FORBIDDEN", "NEG-AFFIX"]
    for r in rows:
        r["verdict"] = verdicts.get(r["finding"], "")
        r["note"] = "=the client's word" if r["verdict"] else ""
    path = project / "review.csv"
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=delimiter)
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.mark.parametrize("delimiter,encoding", [(",", "utf-8-sig"), (";", "utf-8"), ("\t", "utf-8")])
def test_a_filled_csv_report_is_read_back(project, delimiter, encoding):
    path = _filled_csv(project, {"F1": "false alarm", "F3": "Real error"}, delimiter, encoding)
    ds = load_decisions(path)
    assert [(d.code, d.verdict) for d in ds.decisions] == [("TERM-FORBIDDEN", "false-alarm"),
                                                          ("NEG-AFFIX", "real-error")]
    assert ds.decisions[0].note == "=the client's word" and ds.target is None
    res = runner.invoke(app, ["check", "docs/park.en.txt", "docs/park.ps.txt", "-f", "json",
                              "--decisions", str(path)])
    codes = [f["code"] for f in json.loads(res.stdout)["findings"]]
    assert codes == ["TERM-FORBIDDEN", "NEG-AFFIX"] and res.exit_code == 1     # one error left


def test_a_bad_csv_is_one_line(project):
    (project / "bad.csv").write_text("finding,code,message\nF1,NUM,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'fingerprint' column"):
        load_decisions(project / "bad.csv")
    path = _filled_csv(project, {"F1": "maybe"})
    res = runner.invoke(app, ["check", "docs/park.en.txt", "docs/park.ps.txt", "--decisions", str(path)])
    assert res.exit_code == 2 and "row 2 verdict: 'maybe' is not a verdict" in res.output
    assert "Traceback" not in res.output


def test_precommit_applies_decisions(project):
    both = _filled_csv(project, {"F1": "false alarm", "F2": "accepted"})
    res = runner.invoke(app, ["precommit", "docs/park.ps.txt"])
    assert res.exit_code == 1 and res.stdout.count("TERM-FORBIDDEN") == 2
    res = runner.invoke(app, ["precommit", "docs/park.ps.txt", "--decisions", str(both)])
    assert res.exit_code == 0, res.output
    assert "TERM-FORBIDDEN" not in res.stdout and "NEG-AFFIX" in res.stdout
    assert "1 false alarm(s) and 1 accepted finding(s) hidden" in res.output
    res = runner.invoke(app, ["precommit", "docs/park.ps.txt", "--decisions", "missing.json"])
    assert res.exit_code == 2 and "missing.json" in res.output


def test_audit_applies_decisions_to_the_pair_they_review(project):
    """A decisions file exported for docs/park.* applies there and not to a copy of the pair."""
    shutil.copytree(project / "docs", project / "copy")
    both = _filled_csv(project, {"F1": "false alarm", "F2": "accepted"})
    ds = load_decisions(both)
    exported = {"schema": "aligner.decisions/1", "source": {"path": "docs/park.en.txt"},
                "target": {"path": "docs/park.ps.txt"}, "decisions": [d.to_dict() for d in ds.decisions]}
    (project / "review.json").write_text(json.dumps(exported), encoding="utf-8")
    res = runner.invoke(app, ["audit", "run", ".", "--out", "out", "--decisions", "review.json",
                              "--pattern", "{name}.en.txt={name}.ps.txt"])
    assert res.exit_code == 1, res.output                      # docs' two errors hidden, copy's not
    index = json.loads((project / "out" / "index.json").read_text(encoding="utf-8"))
    assert {d["name"]: d["counts"]["error"] for d in index["documents"]} == {"copy/park": 2, "docs/park": 0}
    docs = next(d for d in index["documents"] if d["name"] == "docs/park")
    assert docs["lqa"]["basis"] == "confirmed" and docs["lqa"]["penalty"] == 0
    res = runner.invoke(app, ["audit", "run", ".", "--out", "out2", "--decisions", "nope.xlsx"])
    assert res.exit_code == 2 and "nope.xlsx" in res.output and not (project / "out2").exists()
