"""Issue 10, items 3 and 4: a client glossary overrules the shipped term base entry by
entry (and `aligner terms` shows the effective entry with where each part came from);
--version, -h, `aligner codes`, help text printed as written."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner import __version__
from aligner.checks import run_checks
from aligner.checks.codes import known_codes
from aligner.cli import app
from aligner.report import FORMATS
from tests.helpers import context_from_lines

runner = CliRunner()

EN = ["China mines bauxite in Guinea for the Belt and Road plan."]
PS = ["چین په ګینه کې د کمربند او سړک پلان لپاره باکسایټ استخراجوي."]
ALUMINA_EN = ["The refinery produced 500,000 tonnes of alumina."]
ALUMINA_PS = ["پالایشګاه ۵۰۰،۰۰۰ ټنه المونیم تولید کړ."]


def glossary(tmp_path: Path, rows: str) -> str:
    path = tmp_path / "client.tsv"
    path.write_text("en\tps\tforbidden\n" + rows, encoding="utf-8")
    return str(path)


def term_findings(en, ps, paths=()):
    ctx = context_from_lines(en, ps)
    return [(f.code, f.target.text if f.target else None)
            for f in run_checks(ctx.result, {"glossaries": list(paths)}) if f.code.startswith("TERM")]


def test_shipped_base_allows_what_the_client_forbids(tmp_path):
    assert term_findings(EN, PS) == []
    g = glossary(tmp_path, "bauxite\t\tباکسایټ\nBelt and Road\t\tکمربند او سړک\n")
    assert sorted(term_findings(EN, PS, [g])) == [("TERM-FORBIDDEN", "باکسایټ"),
                                                   ("TERM-FORBIDDEN", "کمربند او سړک")]


def test_client_allows_what_the_shipped_base_forbids(tmp_path):
    assert ("TERM-FORBIDDEN", "المونیم") in term_findings(ALUMINA_EN, ALUMINA_PS)
    g = glossary(tmp_path, "alumina\tالمونیم\t\n")
    assert term_findings(ALUMINA_EN, ALUMINA_PS, [g]) == []


def test_client_allowed_renderings_replace_the_shipped_ones(tmp_path):
    en = ["Guinea exports bauxite."]
    ps = ["ګینه باکسایت صادروي."]               # a shipped spelling, not the client's
    assert term_findings(en, ps) == []
    g = glossary(tmp_path, "bauxite\tبوکسایټ\t\n")
    assert term_findings(en, ps, [g]) == [("TERM-MISSING", None)]
    assert term_findings(en, ["ګینه بوکسایټ صادروي."], [g]) == []


def test_later_glossary_wins_over_an_earlier_one(tmp_path):
    first = glossary(tmp_path, "bauxite\t\tباکسایټ\n")
    second = tmp_path / "second.tsv"
    second.write_text("bauxite\tباکسایټ\n", encoding="utf-8")
    assert term_findings(EN, PS, [first]) == [("TERM-FORBIDDEN", "باکسایټ")]
    assert term_findings(EN, PS, [first, str(second)]) == []


def test_terms_command_prints_the_effective_entry_and_its_origins(tmp_path):
    g = glossary(tmp_path, "bauxite\t\tباکسایټ\n")
    res = runner.invoke(app, ["terms", "Bauxite", "--glossary", g])
    assert res.exit_code == 0, res.output
    assert re.search(r"forbidden\s+باکسایټ\s+.*client\.tsv: row 2", res.output)
    assert re.search(r"overridden\s+باکسایټ\s+allowed in terms_en_ps\.tsv: row \d+, forbidden by .*client\.tsv", res.output)
    assert re.search(r"allowed\s+باکسایت\s+terms_en_ps\.tsv", res.output)
    data = json.loads(runner.invoke(app, ["terms", "باکسایټ", "-g", g, "-f", "json"]).output)
    assert data[0]["forbidden"] == ["باکسایټ"] and "باکسایټ" not in data[0]["allowed"]
    assert {"part": "forbidden", "value": "باکسایټ", "origin": f"{g}: row 2"} in data[0]["parts"]
    missing = runner.invoke(app, ["terms", "no-such-term-xyz"])
    assert missing.exit_code == 2 and "no term-base entry" in missing.output


# --- item 4: discovery -------------------------------------------------------------------

def test_version_and_short_help():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.strip() == f"aligner {__version__}"
    for args in (["-h"], ["check", "-h"], ["audit", "-h"], ["baseline", "create", "-h"], ["cache", "-h"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and "Usage:" in res.output, args


def test_help_keeps_square_brackets_and_names_every_format():
    out = " ".join(runner.invoke(app, ["check", "--help"]).output.split())
    assert "pyproject.toml with a [tool.aligner] table, searched upwards" in out
    for fmt in FORMATS:
        assert fmt in out
    audit = " ".join(runner.invoke(app, ["audit", "--help"]).output.split())
    assert "severity or above [default: fail-on from the configuration, else error]" in audit


def test_codes_command_lists_every_code_in_text_and_json():
    res = runner.invoke(app, ["codes"])
    assert res.exit_code == 0
    lines = res.output.strip().splitlines()
    assert len(lines) == len(known_codes())
    assert any(re.match(r"NUM-MISMATCH\s+number\s+error\s+\S", line) for line in lines)
    rows = json.loads(runner.invoke(app, ["codes", "--format", "json"]).output)
    assert {r["code"] for r in rows} == set(known_codes())
    tf = next(r for r in rows if r["code"] == "TERM-FORBIDDEN")
    assert tf["category"] == "terminology" and tf["severity"] == "error" and tf["description"]
