"""The LQA scorecard (aligner.review.lqa) of the seed pair, against a hand computation, and
where it shows: text, JSON, HTML, Markdown, JUnit and XLSX reports; its configuration table;
its gate."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook

import aligner
from aligner.config import ensure_config
from aligner.errors import InputError
from aligner.report import render
from aligner.review.decisions import Decision, DecisionSet, apply_decisions
from aligner.review.lqa import attach, scorecard
from aligner.baseline import fingerprints
from tests.helpers import SEED_CODES, SEEDS

ALIGNER = str(Path(sys.executable).parent / "aligner")
EN, PS = next(SEEDS.glob("000_*.txt")), next(SEEDS.glob("001_*.txt"))

# The hand computation.  The seed pair has three findings: two TERM-FORBIDDEN errors (alumina
# rendered as المونیم) and one NEG-AFFIX warning.  MQM defaults: error → major = 5 points,
# warning → minor = 1 point, so 2 × 5 + 1 × 1 = 11 penalty points.  The English file has 709
# words (`wc -w seeds/000_*.txt`; every one of its whitespace-separated tokens has a letter or
# a digit).  11 × 1000 / 709 = 15.5148… → 15.51 points per 1,000 words, above the default
# threshold of 10: fail.
SEED_WORDS = 709
SEED_PENALTY = 2 * 5 + 1 * 1
SEED_PER_1000 = 15.51


@pytest.fixture(scope="module")
def seed():
    result = aligner.check_files(str(EN), str(PS))
    assert [f.code for f in result.findings] == SEED_CODES
    return result


def test_seed_scorecard_equals_the_hand_computation(seed):
    assert len(EN.read_text(encoding="utf-8").split()) == SEED_WORDS        # wc -w
    card = scorecard(seed)
    assert card["counts"] == {"critical": 0, "major": 2, "minor": 1, "neutral": 0}
    assert card["penalty"] == SEED_PENALTY and card["source_words"] == SEED_WORDS
    assert card["per_1000_words"] == SEED_PER_1000 == round(SEED_PENALTY * 1000 / SEED_WORDS, 2)
    assert card["threshold"] == 10 and card["pass"] is False and card["basis"] == "all"


def test_configured_points_critical_codes_and_threshold(seed):
    config = ensure_config({"lqa": {"critical-codes": ["TERM"], "threshold": 80, "minor": 2}})
    card = attach(seed, config)
    # 2 critical × 25 + 1 minor × 2 = 52 → 52 × 1000 / 709 = 73.34
    assert card["counts"]["critical"] == 2 and card["penalty"] == 52
    assert card["per_1000_words"] == round(52_000 / SEED_WORDS, 2) == 73.34
    assert card["pass"] is True and card["gating"] is True
    seed.stats.pop("lqa")
    assert attach(seed, ensure_config({"lqa": {"info": "minor"}}))["penalty"] == SEED_PENALTY   # no info findings
    seed.stats.pop("lqa")


def test_confirmed_findings_only_when_decisions_exist(seed):
    result = aligner.check_files(str(EN), str(PS))
    fp = fingerprints(result)
    ds = DecisionSet([Decision(fp[0], "false-alarm"), Decision(fp[1], "real-error")])
    outcome = apply_decisions(result, ds)
    card = attach(result, None, outcome.verdicts)
    assert card["basis"] == "confirmed" and card["findings"] == 1 and card["unreviewed"] == 1
    assert card["penalty"] == 5 and card["per_1000_words"] == round(5000 / SEED_WORDS, 2)
    assert card["pass"] is True                                           # 7.05 ≤ 10


@pytest.mark.parametrize("table, words", [
    ({"threshold": -1}, "number from 0"), ({"treshold": 5}, "did you mean 'threshold'"),
    ({"major": "five"}, "number from 0"), ({"critical-codes": ["TERM-FORBIDEN"]}, "TERM-FORBIDDEN"),
    ({"info": "major"}, '"none" or "minor"'), ({"threshold": float("nan")}, "number from 0"),
])
def test_lqa_table_is_validated(table, words):
    with pytest.raises(InputError, match=words.replace("(", r"\(")):
        ensure_config({"lqa": table})


def test_reports_show_the_scorecard(seed):
    seed.stats.pop("lqa", None)
    attach(seed, None)
    text = render(seed, "text")
    assert (f"LQA (MQM, all findings): 11 penalty points (2 major, 1 minor) in {SEED_WORDS} source words = "
            f"{SEED_PER_1000:.2f} per 1,000 words; threshold 10: FAIL") in text
    data = json.loads(render(seed, "json"))
    assert data["lqa"]["per_1000_words"] == SEED_PER_1000 and "lqa" not in data["stats"]
    assert "❌ LQA (MQM, all findings): 11 penalty points" in render(seed, "markdown")
    html = render(seed, "html")
    assert 'id="lqa" data-lqa-pass="false"' in html and f"{SEED_PER_1000:.2f} (threshold 10)" in html
    suite = ET.fromstring(render(seed, "junit")).find("testsuite")
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["lqa_per_1000_words"] == str(SEED_PER_1000) and props["lqa_pass"] == "false"
    sheet = dict(load_workbook(io.BytesIO(render(seed, "xlsx")))["Report"].iter_rows(values_only=True))
    assert sheet["lqa_per_1000_words"] == SEED_PER_1000 and sheet["lqa_pass"] == "no"


def _check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([ALIGNER, "check", str(EN), str(PS), "--format", "json", *args], capture_output=True,
                          text=True, timeout=600, env=dict(os.environ, NO_COLOR="1"))


def test_lqa_threshold_gates_the_check():
    # only the NEG-AFFIX warning: 1 point in 709 words = 1.41 per 1,000
    plain = _check("--select", "NEG")
    assert plain.returncode == 0 and json.loads(plain.stdout)["lqa"]["per_1000_words"] == 1.41
    assert _check("--select", "NEG", "--lqa-threshold", "1").returncode == 1           # 1.41 > 1: fails
    assert _check("--select", "NEG", "--lqa-threshold", "1.5").returncode == 0
    assert _check("--select", "NEG", "--lqa-threshold", "1", "--fail-on", "never").returncode == 0
    bad = _check("--lqa-threshold", "-3")
    assert bad.returncode == 2 and "--lqa-threshold must be a number from 0" in bad.stderr


def test_audit_index_has_a_sortable_lqa_column(tmp_path):
    from tests.review_webdriver import Browser, available
    docs = tmp_path / "docs"
    docs.mkdir()
    ps = PS.read_text(encoding="utf-8")
    for name, text in (("park", ps), ("fixed", ps.replace("المونیم فابریکې", "الومینا فابریکې", 1))):
        (docs / f"{name}.en.txt").write_text(EN.read_text(encoding="utf-8"), encoding="utf-8")
        (docs / f"{name}.ps.txt").write_text(text, encoding="utf-8")
    proc = subprocess.run([ALIGNER, "audit", str(docs), "--out", str(tmp_path / "out"), "--format", "json,html"],
                          capture_output=True, text=True, timeout=600, env=dict(os.environ, NO_COLOR="1"))
    assert proc.returncode == 1, proc.stderr
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    lqa = {d["name"]: d["lqa"]["per_1000_words"] for d in index["documents"]}
    # park: 11 points (as the seed pair); fixed: one alumina error fewer, 6 points → 8.46
    assert lqa == {"park": SEED_PER_1000, "fixed": round(6000 / SEED_WORDS, 2)}
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f'data-value="{SEED_PER_1000}"' in html and "LQA /1,000 words" in html
    if not available():
        pytest.skip("/usr/bin/chromium or /usr/bin/chromedriver not installed")
    order = ("return Array.from(document.querySelectorAll('tbody tr'))"
             ".map(function (r) { return r.cells[6].getAttribute('data-value'); })")
    with Browser(tmp_path / "profile", tmp_path) as b:
        b.get((tmp_path / "out" / "index.html").as_uri())
        b.wait("return document.body.getAttribute('data-sortable')")
        b.click("th:nth-child(7)")                      # the LQA header: ascending
        assert b.js(order) == ["8.46", str(SEED_PER_1000)]
        b.click("th:nth-child(7)")                      # again: descending
        assert b.js(order) == [str(SEED_PER_1000), "8.46"]
