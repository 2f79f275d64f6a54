"""Issue 11 §4: calibrated confidence on every finding, in every report, as a filter
(``--min-confidence``, ``min-confidence``) and as the source of the severity.

Most tests build their results without a model (``tests/helpers.py``); the CLI tests run the
seed pair with the bundled model (the two alumina TERM-FORBIDDEN findings must stay errors).
The figures of the calibration itself are measured by ``bench/calibrate.py``."""
from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from aligner.checks import apply_config, run_checks
from aligner.checks.confidence import (CERTAIN_CODES, DATA, MIN_VERDICTS, Calibration, load_calibration,
                                       score_findings)
from aligner.cli import app
from aligner.config import load_config, merge_cli
from aligner.errors import InputError
from aligner.model import Finding
from aligner.report.html import render_html
from aligner.report.json_report import report_dict
from aligner.report.sarif import sarif_dict
from aligner.report.spreadsheet import HEADER, render_csv, render_xlsx

from .helpers import SEEDS, context_from_lines

runner = CliRunner()
EN_SEED = str(next(SEEDS.glob("000_*.txt")))
PS_SEED = str(next(SEEDS.glob("001_*.txt")))

#: a small document with translation errors of several kinds (number, negation, omission of a
#: name) and a correct sentence, aligned line by line
EN = ["The ministry said 250 schools were rebuilt in Kandahar last year.",
      "The new clinic does not charge poor families for medicine.",
      "Officials from Herat and Balkh attended the meeting."]
PS = ["وزارت وویل چې تېر کال په کندهار کې ۳۵۰ ښوونځي بیا جوړ شول.",
      "نوی کلینیک له بېوزلو کورنیو څخه د درملو پیسې اخلي.",
      "د هرات او بلخ چارواکو په غونډه کې ګډون وکړ."]


def _checked(config=None):
    ctx = context_from_lines(EN, PS)
    result = ctx.result
    result.findings = run_checks(result, config or {})
    return result


# --- every finding carries a confidence ------------------------------------------------------

def test_every_finding_has_a_confidence_in_0_1():
    result = _checked()
    codes = {f.code for f in result.findings}
    assert "NUM-MISMATCH" in codes                      # 250 → ۳۵۰
    for f in result.findings:
        assert f.confidence is not None and 0.0 <= f.confidence <= 1.0 and math.isfinite(f.confidence), f


def test_findings_from_outside_the_checks_get_one_too():
    """apply_config (also used for the suppression findings of the baseline module) scores
    every finding it keeps; findings about the tool itself are certain."""
    found = apply_config([Finding("SUPPRESS-NO-REASON", "format", "warning", "marker without a reason"),
                          Finding("NUM-MISMATCH", "number", "error", "x")], {})
    assert [f.confidence for f in found][0] == 1.0
    assert 0.0 <= found[1].confidence <= 1.0
    assert "SUPPRESS-NO-REASON" in CERTAIN_CODES and "CHECK-CRASHED" in CERTAIN_CODES


# --- the reports carry it -----------------------------------------------------------------------

def test_json_sarif_csv_xlsx_and_html_carry_the_confidence():
    result = _checked()
    assert result.findings
    confs = [f.confidence for f in result.findings]
    assert [d["confidence"] for d in report_dict(result)["findings"]] == confs

    sarif = sarif_dict(result)["runs"][0]["results"]
    assert [r["rank"] for r in sarif] == [round(c * 100, 1) for c in confs]
    assert all(0.0 <= r["rank"] <= 100.0 for r in sarif)
    assert [r["properties"]["confidence"] for r in sarif] == confs

    rows = list(csv.DictReader(io.StringIO(render_csv(result).lstrip("\ufeff"))))
    assert [float(r["confidence"]) for r in rows] == [round(c, 4) for c in confs]

    wb = load_workbook(io.BytesIO(render_xlsx(result)))
    col = HEADER.index("confidence")
    assert HEADER.index("severity") < col < HEADER.index("code")
    assert [row[col].value for row in wb["Findings"].iter_rows(min_row=2)] == [round(c, 4) for c in confs]

    html = render_html(result)
    assert 'id="min-confidence"' in html and 'type="range"' in html          # the filter
    assert html.index('id="min-confidence"') > html.index('data-filter="sev"')  # next to the severity one
    for c in confs:
        assert f'data-conf="{c:.4f}"' in html


def test_sarif_rank_is_minus_one_without_confidence():
    result = _checked()
    result.findings[0].confidence = None
    assert sarif_dict(result)["runs"][0]["results"][0]["rank"] == -1.0


# --- severity from code and confidence ---------------------------------------------------------

def _cal(**kw) -> Calibration:
    base = dict(weights={"intercept": 0.0, "code": 1.0, "bead": 1.0, "strength": 1.0}, overall=0.7,
                groups={"error": 0.8, "warning": 0.7, "info": 0.7},
                codes={"NUM-MISMATCH": {"real": 20, "false": 1, "reliability": 0.9},
                       "OMIT-PARTIAL": {"real": 3, "false": 9, "reliability": 0.3},
                       "NEG-MISSING": {"real": 4, "false": 4, "reliability": 0.5}},
                low_confidence=0.5, bar=0.85, info_codes=frozenset({"OMIT-PARTIAL"}), fitted=True)
    base.update(kw)
    return Calibration(**base)


def test_confidence_follows_reliability_bead_score_and_strength():
    cal = _cal()
    f = lambda code, strength=None: Finding(code, "number", "error", "m", strength=strength)  # noqa: E731
    assert cal.confidence(f("NUM-MISMATCH"), 0.95) > cal.confidence(f("NEG-MISSING"), 0.95)   # the code
    assert cal.confidence(f("NUM-MISMATCH"), 0.95) > cal.confidence(f("NUM-MISMATCH"), 0.3)   # the bead
    assert cal.confidence(f("NUM-MISMATCH", 0.3), 0.95) < cal.confidence(f("NUM-MISMATCH"), 0.95)  # strength
    assert cal.confidence(f("NUM-MISMATCH", 1.0), 0.95) == cal.confidence(f("NUM-MISMATCH"), 0.95)  # None = 1
    # a code without verdicts borrows its severity group's rate
    assert cal.reliability("DATE-MISMATCH", "error") == 0.8
    assert cal.reliability("FMT-NEW-CODE", None) == 0.7


def test_low_confidence_is_one_level_lower_and_codes_below_the_bar_are_info():
    cal = _cal()
    err = Finding("NUM-MISMATCH", "number", "error", "m", confidence=0.3)
    warn = Finding("NEG-MISSING", "negation", "warning", "m", confidence=0.45)
    ok = Finding("NUM-MISMATCH", "number", "error", "m", confidence=0.9)
    partial = Finding("OMIT-PARTIAL", "omission", "warning", "m", confidence=0.99)
    certain = Finding("SUPPRESS-NO-REASON", "format", "warning", "m", confidence=0.1)
    assert cal.severity(err) == "warning"
    assert cal.severity(warn) == "info"
    assert cal.severity(ok) == "error"
    assert cal.severity(partial) == "info"              # the code cannot reach the bar
    assert cal.severity(certain) == "warning"
    assert cal.severity(Finding("X", "format", "info", "m", confidence=0.1)) == "info"


def test_configured_severity_wins_over_the_derived_one_and_derive_can_be_off(monkeypatch):
    cal = _cal(weights={"intercept": -6.0, "code": 1.0, "bead": 0.0, "strength": 1.0})   # everything is low
    import aligner.checks.confidence as confidence
    monkeypatch.setattr(confidence, "load_calibration", lambda path=None: cal)
    low = lambda: [Finding("NUM-MISMATCH", "number", "error", "m")]  # noqa: E731
    assert apply_config(low(), {})[0].severity == "warning"
    assert apply_config(low(), {"severity": {"NUM": "error"}})[0].severity == "error"
    assert apply_config(low(), {"derive_severity": False})[0].severity == "error"
    assert apply_config(low(), {"min_confidence": 0.5}) == []


def test_unfitted_calibration_changes_no_severity():
    cal = Calibration()
    f = Finding("NUM-MISMATCH", "number", "error", "m", strength=0.5)
    f.confidence = cal.confidence(f, 0.8)
    assert f.confidence == pytest.approx(0.4)           # bead score × strength
    assert cal.severity(f) == "error"


def test_shipped_calibration_is_fitted_and_its_info_codes_are_computed():
    """The data file is what bench/calibrate.py wrote: fitted on tuning verdicts (also those of
    findings that no longer fire), and every code it sends to info has enough verdicts and a low
    chance of reaching the bar (not hand-picked)."""
    assert DATA.is_file()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    cal = load_calibration()
    fo = data["fitted_on"]
    assert cal.fitted and fo["parts"] == "tuning" and fo["verdicts"] > 100
    assert 0 < fo["still_firing"] < fo["verdicts"]
    for code in data["info_codes"]:
        e = data["codes"][code]
        assert e["real"] + e["false"] >= MIN_VERDICTS and e["p_reach_info_bar"] < data["cannot_reach"], code
    for code, e in data["codes"].items():
        assert 0.0 < e["reliability"] < 1.0
    assert 0.0 <= cal.low_confidence <= _calibrate().MAX_LOW_CONFIDENCE   # 0: lowering gained nothing
    assert all(data["weights"][k] >= 0 for k in ("code", "bead", "strength"))


# --- the fit itself (bench/calibrate.py) -------------------------------------------------------

def _calibrate():
    import importlib
    import sys
    bench = str(Path(__file__).resolve().parent.parent / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("calibrate")


def test_refitting_the_recorded_inputs_reproduces_the_shipped_calibration():
    """confidence.json is exactly fit() of bench/results/calibrate.inputs.json (tuning verdicts only)."""
    calibrate = _calibrate()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    inputs = json.loads(calibrate.INPUTS.read_text(encoding="utf-8"))["rows"]
    assert len(inputs) == data["fitted_on"]["verdicts"]
    refit = calibrate.fit(inputs, data["cannot_reach"], data["info_bar"])
    assert json.loads(json.dumps(refit, ensure_ascii=False)) == data


def test_gate_table_counts_what_min_confidence_keeps(capsys):
    """bench/calibrate.py --gate: per threshold t, the judged warnings and errors of confidence >= t
    (info and unjudged left out) and the plants caught by a finding of confidence >= t."""
    calibrate = _calibrate()

    def row(part, conf, verdict, derived="warning"):
        return {"part": part, "confidence": conf, "verdict": verdict, "derived": derived, "corpus": "c"}
    rows = [row("held-out", 0.85, "real"), row("held-out", 0.65, "false"), row("held-out", 0.55, "real"),
            row("held-out", 0.95, "false", derived="info"), row("held-out", 0.9, "unjudged"),
            row("tuning", 0.75, "real")]
    sentences = {"c/held-out": 500, "c/tuning": 1000}

    class Fixed:                               # a calibration giving each planted finding its strength
        def confidence(self, finding, *_):
            return finding.strength
    plants = [{"category": "number", "found": [{"code": "NUM-MISMATCH", "category": "number", "severity": "warning",
                                                "strength": 0.9, "bead": 0.9, "ctx": {}}]},
              {"category": "negation", "found": [{"code": "NEG-MISSING", "category": "negation",
                                                  "severity": "warning", "strength": 0.55, "bead": 0.9, "ctx": {}}]},
              {"category": "negation", "found": []}]
    out = calibrate.gate_table(rows, sentences, ["tuning", "held-out"], ["c"], Fixed(), plants)
    assert out["0.0"]["held-out"] == {"real": 2, "false": 1, "sentences": 500, "false_per_1000": 2.0,
                                      "precision": 0.667}
    assert out["0.6"]["held-out"]["real"] == 1 and out["0.6"]["held-out"]["false"] == 1
    assert out["0.8"]["held-out"] == {"real": 1, "false": 0, "sentences": 500, "false_per_1000": 0.0,
                                      "precision": 1.0}
    assert out["0.8"]["tuning"]["real"] == 0 and out["0.7"]["tuning"]["real"] == 1
    assert out["0.5"]["planted"]["negation"] == {"caught": 1, "planted": 2}
    assert out["0.6"]["planted"]["negation"]["caught"] == 0 and out["0.6"]["planted"]["all"]["caught"] == 1
    assert "planted lowest negation" in capsys.readouterr().out


def test_confidence_is_monotone_in_its_evidence_and_bands_rise():
    """More reliable code, surer bead, stronger evidence: never a lower confidence.  On the
    cross-validated tuning verdicts, the share real rises from the low bands to the high ones."""
    cal = load_calibration()
    grid = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95]
    for rel in grid:
        row = [cal.predict(rel, b) for b in grid]
        assert row == sorted(row)
    for b in grid:
        col = [cal.predict(r, b) for r in grid]
        assert col == sorted(col)
    assert cal.predict(0.8, 0.9, 0.3) <= cal.predict(0.8, 0.9, 1.0)
    table = json.loads(DATA.read_text(encoding="utf-8"))["reliability_cv"]

    def share(lo, hi):
        sel = [b for b in table if lo <= float(b["band"].split("-")[0]) < hi]
        n, real = sum(b["n"] for b in sel), sum(b["real"] for b in sel)
        assert n >= 5, (lo, hi, table)
        return real / n
    low, mid, high = share(0.0, 0.6), share(0.6, 0.8), share(0.8, 1.01)
    assert low <= mid <= high and high >= 0.85


def _strength_rows(stale_false: int = 0) -> list:
    """NUM-MISMATCH verdicts whose findings still fire: strong ones (1.0) real, weak ones (0.3)
    mostly false; ENTITY-MISSING ones all of strength 0.5, half real; and ``stale_false``
    verdicts of findings that no longer fire (no strength), all false."""
    rows = []

    def add(unit, code, verdict, n, strength, current=True):
        for i in range(n):
            rows.append({"corpus": "a" if i % 2 else "b", "unit": f"{unit}{i}", "code": code, "verdict": verdict,
                         "current": current, "bead": None if not current else 0.8 + 0.15 * (i % 3) / 2,
                         "strength": strength})
    add("s", "NUM-MISMATCH", "real", 30, 1.0)
    add("w", "NUM-MISMATCH", "false", 12, 0.3)
    add("x", "NUM-MISMATCH", "real", 3, 0.3)
    add("e", "ENTITY-MISSING", "real", 15, 0.5)
    add("f", "ENTITY-MISSING", "false", 15, 0.5)
    add("o", "NUM-MISMATCH", "false", stale_false, None, current=False)
    return rows


def test_strength_is_read_against_the_codes_typical_strength_and_stale_verdicts_do_not_fit_it():
    """A weaker finding than its code's typical one is less often real (w_strength > 0); a code whose
    findings all have the same strength keeps its measured rate (no double counting); a verdict whose
    finding no longer fires has no strength, so its strength term is 0 (it does not pull w_strength)."""
    calibrate = _calibrate()
    rows = _strength_rows(stale_false=20)
    data = calibrate.fit(rows, 0.0, 0.5)
    cal = Calibration.from_dict(data)
    assert data["weights"]["strength"] > 0
    assert data["strength_fitted_on"]["still_firing"] == len(rows) - 20
    # ENTITY-MISSING: every finding at 0.5, its typical strength: confidence at 0.5 = its rate's prediction
    assert data["codes"]["ENTITY-MISSING"]["typical_strength"] == pytest.approx(0.5, abs=0.05)
    ent = lambda s: Finding("ENTITY-MISSING", "name", "warning", "m", strength=s)  # noqa: E731
    typical = data["codes"]["ENTITY-MISSING"]["typical_strength"]
    rel = data["codes"]["ENTITY-MISSING"]["reliability"]
    assert cal.confidence(ent(typical), 0.9) == pytest.approx(cal.predict(rel, 0.9, 1.0, 1.0), abs=1e-4)
    # NUM-MISMATCH: weak below strong
    num = lambda s: Finding("NUM-MISMATCH", "number", "error", "m", strength=s)  # noqa: E731
    assert cal.confidence(num(0.3), 0.9) < cal.confidence(num(1.0), 0.9)
    # the stale verdicts: strength term 0 whatever the typical strength, and the typical strengths
    # are those of the findings still firing only
    X, _ = calibrate._design(rows, [0.5] * len(rows), [0.6] * len(rows))
    assert all(x == 0.0 for x, r in zip(X[:, 3], rows) if not r["current"])
    assert all(x != 0.0 for x, r in zip(X[:, 3], rows) if r["current"])
    _, per_code = calibrate.typical_strengths(rows, 0.0)
    assert per_code["NUM-MISMATCH"] == pytest.approx(math.exp((30 * math.log(1.0) + 15 * math.log(0.3)) / 45))


def test_an_old_calibration_file_without_typical_strengths_reads_strength_as_before():
    """A confidence.json written before the typical strengths: the strength term is log(strength)."""
    cal = _cal()
    assert cal.typical("NUM-MISMATCH") == 1.0
    f = Finding("NUM-MISMATCH", "number", "error", "m", strength=0.5)
    x = cal.features(0.9, 0.95, 0.5)
    assert x[2] == pytest.approx(math.log(0.5))
    assert cal.confidence(f, 0.95) == pytest.approx(cal.predict(0.9, 0.95, 0.5), abs=1e-4)


def test_a_code_with_few_verdicts_cannot_rise_above_its_prior_bound():
    """A code measured on 2 verdicts, both real, keeps close to its group's rate: its reliability is
    at most the Beta posterior's (2 + m·s) / (2 + s), below a code with 40 real verdicts of 44, and
    its confidence stays below that of the well-measured code on the same bead."""
    calibrate = _calibrate()
    rows = []
    def add(corpus, unit, code, verdict, n):
        for i in range(n):
            rows.append({"corpus": corpus, "unit": f"{unit}{i}", "code": code, "verdict": verdict,
                         "current": True, "bead": 0.7 + 0.25 * ((i * 7) % 10) / 10, "strength": None})
    add("a", "d", "NUM-MISMATCH", "real", 40)
    add("a", "e", "NUM-MISMATCH", "false", 4)
    add("b", "f", "ENTITY-MISSING", "real", 20)
    add("b", "g", "ENTITY-MISSING", "false", 20)
    add("a", "h", "DATE-MISMATCH", "real", 2)
    data = calibrate.fit(rows, 0.0, 0.5)
    cal = Calibration.from_dict(data)
    s = data["prior"]["code"]
    m = data["groups"]["error"]
    few = data["codes"]["DATE-MISMATCH"]
    assert few["real"] == 2 and few["false"] == 0
    assert few["reliability"] <= (2 + m * s) / (2 + s) + 1e-4
    assert few["reliability"] < data["codes"]["NUM-MISMATCH"]["reliability"]
    f = lambda code: Finding(code, "number", "error", "m")  # noqa: E731
    assert cal.confidence(f("DATE-MISMATCH"), 0.99) < cal.confidence(f("NUM-MISMATCH"), 0.99)
    # and in the shipped fit: a code with fewer than MIN_VERDICTS verdicts stays below 0.9
    shipped = load_calibration()
    for code, e in json.loads(DATA.read_text(encoding="utf-8"))["codes"].items():
        if e["real"] + e["false"] < MIN_VERDICTS:
            assert shipped.predict(e["reliability"], 0.99) < 0.9, code


# --- --min-confidence and min-confidence ---------------------------------------------------------

def _seed(*args):
    return runner.invoke(app, ["check", EN_SEED, PS_SEED, "-f", "json", *args])


@pytest.fixture(scope="module")
def seed_findings():
    res = _seed()
    assert res.exit_code == 1, res.output
    return json.loads(res.stdout)["findings"]


def test_seed_alumina_findings_stay_errors(seed_findings):
    alumina = [f for f in seed_findings if f["code"] == "TERM-FORBIDDEN"]
    assert len(alumina) == 2
    assert all(f["severity"] == "error" and 0.5 <= f["confidence"] <= 1.0 for f in alumina)
    assert all(0.0 <= f["confidence"] <= 1.0 for f in seed_findings)


def test_min_confidence_hides_low_findings_and_changes_the_exit_code(seed_findings):
    errors = [f["confidence"] for f in seed_findings if f["severity"] == "error"]
    above = min(1.0, max(f["confidence"] for f in seed_findings) + 0.001)
    res = _seed("--min-confidence", str(above))
    assert res.exit_code == 0, res.output               # every error hidden: the gate passes
    assert json.loads(res.stdout)["findings"] == []
    below = min(errors)
    res = _seed("--min-confidence", str(below))
    assert res.exit_code == 1
    kept = json.loads(res.stdout)["findings"]
    assert all(f["confidence"] >= below for f in kept)
    assert [f["confidence"] for f in seed_findings if f["confidence"] >= below] == [f["confidence"] for f in kept]


def test_min_confidence_in_the_configuration(tmp_path, seed_findings):
    above = min(1.0, max(f["confidence"] for f in seed_findings) + 0.001)
    conf = tmp_path / "aligner.toml"
    conf.write_text(f"min-confidence = {above}\n", encoding="utf-8")
    res = _seed("--config", str(conf))
    assert res.exit_code == 0 and json.loads(res.stdout)["findings"] == []
    res = _seed("--config", str(conf), "--min-confidence", "0")      # the command line wins
    assert res.exit_code == 1 and len(json.loads(res.stdout)["findings"]) == len(seed_findings)
    assert load_config(tmp_path)["min_confidence"] == above
    assert merge_cli(load_config(tmp_path), min_confidence=0.25)["min_confidence"] == 0.25


@pytest.mark.parametrize("value", ["nan", "1.5", "-0.1", "abc", "inf"])
def test_bad_min_confidence_is_exit_2(value):
    for cmd in (["check", EN_SEED, PS_SEED], ["baseline", "create", EN_SEED, PS_SEED, "-o", "/tmp/unused.json"],
                ["precommit", EN_SEED], ["audit", str(SEEDS)]):
        res = runner.invoke(app, [*cmd, "--min-confidence", value])
        assert res.exit_code == 2, (cmd, value, res.output)


@pytest.mark.parametrize("value", ["2", '"high"', "nan", "true"])
def test_bad_min_confidence_in_the_configuration_is_exit_2(tmp_path, value):
    conf = tmp_path / "aligner.toml"
    conf.write_text(f"min-confidence = {value}\n", encoding="utf-8")
    with pytest.raises(InputError, match="min-confidence"):
        load_config(tmp_path)
    res = _seed("--config", str(conf))
    assert res.exit_code == 2 and "min-confidence" in res.output


def test_score_findings_keeps_an_existing_confidence():
    f = Finding("NUM-MISMATCH", "number", "error", "m", confidence=0.77)
    score_findings([f], None, derive=False)
    assert f.confidence == 0.77 and f.severity == "error"
