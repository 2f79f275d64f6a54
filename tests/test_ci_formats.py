"""SARIF 2.1.0 and JUnit XML reports (the CI gates' output formats).

The SARIF schema in tests/data/sarif-schema-2.1.0.json is the OASIS SARIF TC's
``Schemata/sarif-schema-2.1.0.json`` (oasis-tcs/sarif-spec, errata01), copied unchanged.
"""
import copy
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

import aligner
from aligner.baseline import EXTRA_CODES, fingerprint
from aligner.pipeline import check_pair
from aligner.checks import all_codes
from aligner.cli import app
from aligner.model import AlignmentResult, Bead, Document, Finding, Sentence, Span
from aligner.report import FORMATS, render
from aligner.report.sarif import sarif_dict
from tests.helpers import ROOT, SEED_CODES, SEEDS

EN = next(SEEDS.glob("000_*.txt"))
PS = next(SEEDS.glob("001_*.txt"))
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
runner = CliRunner()


@pytest.fixture(scope="session")
def seed_result():
    """The seed pair checked once through the public API."""
    return aligner.check_files(str(EN), str(PS))


@pytest.fixture
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_vendored_schema_is_the_sarif_2_1_0_schema():
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    assert SCHEMA["definitions"]["run"]["properties"]["columnKind"]["enum"] == ["utf16CodeUnits",
                                                                               "unicodeCodePoints"]


def test_formats_registered():
    assert FORMATS["sarif"] == "aligner.report.sarif:render_sarif"
    assert FORMATS["junit"] == "aligner.report.junit:render_junit"


def test_sarif_validates_against_the_schema(seed_result, in_root):
    log = json.loads(render(seed_result, "sarif"))
    validate(log)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "aligner"
    assert run["tool"]["driver"]["version"] == aligner.__version__
    assert run["automationDetails"] == {"id": "aligner/seeds/001_f1af6598c0c95f34.txt/"}


def test_the_schema_rejects_a_broken_log(seed_result, in_root):
    """The validation above can fail: a wrong level or a zero line number is caught."""
    log = sarif_dict(seed_result)
    bad = copy.deepcopy(log)
    bad["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)
    bad = copy.deepcopy(log)
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)


def test_sarif_region_of_the_alumina_finding(seed_result, in_root):
    run = sarif_dict(seed_result)["runs"][0]
    terms = [r for r in run["results"] if r["ruleId"] == "TERM-FORBIDDEN"]
    assert len(terms) == 2
    ps_lines = PS.read_text(encoding="utf-8").split("\n")
    en_lines = EN.read_text(encoding="utf-8").split("\n")
    expected = [(1, 311, 310), (3, 72, 707)]          # (line, column, offset) of each المونیم
    for result, (line, column, offset) in zip(terms, expected):
        assert result["level"] == "error"
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "seeds/001_f1af6598c0c95f34.txt"
        region = loc["region"]
        assert region == {"startLine": line, "startColumn": column, "endLine": line, "endColumn": column + 7,
                          "charOffset": offset, "charLength": 7, "snippet": {"text": "المونیم"}}
        assert ps_lines[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1] == "المونیم"
        related = result["relatedLocations"][0]["physicalLocation"]
        assert related["artifactLocation"]["uri"] == "seeds/000_b03a506ffbf9dd62.txt"
        r = related["region"]
        assert en_lines[r["startLine"] - 1][r["startColumn"] - 1:r["endColumn"] - 1] == "alumina"


def test_sarif_one_rule_per_code(seed_result, in_root):
    run = sarif_dict(seed_result)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    codes = {**all_codes(), **EXTRA_CODES}
    assert [r["id"] for r in rules] == sorted(codes)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for rule in rules:
        category, severity, description = codes[rule["id"]]
        assert rule["defaultConfiguration"]["level"] == levels[severity]
        assert rule["properties"]["category"] == category
        assert rule["shortDescription"]["text"] == description
        assert rule["name"].isidentifier()
    by_id = {r["id"]: r for r in rules}
    assert by_id["FMT-BIDI-MARKS"]["defaultConfiguration"]["level"] == "note"
    assert by_id["TERM-FORBIDDEN"]["name"] == "TermForbidden"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_fingerprints_are_the_baseline_fingerprints(seed_result, in_root):
    run = sarif_dict(seed_result)["runs"][0]
    got = [r["partialFingerprints"]["alignerFingerprint/v1"] for r in run["results"]]
    assert got == [fingerprint(f, seed_result) for f in seed_result.findings]
    assert len(set(got)) == len(got)


def _synthetic(findings):
    """Two English lines, one Pashto line starting with an astral emoji; bead 0 is an omission."""
    en, ps = "Omitted sentence here.\nKept one.", "😀 ساتل شوی.\n"
    src = Document("en.txt", "en", en, [Sentence(0, 0, 22, en[:22]), Sentence(1, 23, len(en), en[23:])])
    tgt = Document("ps.txt", "ps", ps, [Sentence(0, 0, len(ps) - 1, ps[:-1])])
    return AlignmentResult(src, tgt, [Bead((0,), (), 0.9), Bead((1,), (0,), 0.9)], "m", "b", findings)


def test_sarif_omission_is_located_on_the_english_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    en = "Omitted sentence here.\nKept one."
    omission = Finding("OMIT-SENTENCE", "omission", "error", "English sentence not translated",
                       source=Span(0, 22, en[:22]), bead=0)
    log = sarif_dict(_synthetic([omission]))
    validate(log)
    result = log["runs"][0]["results"][0]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "en.txt"
    assert loc["region"]["startLine"] == 1 and loc["region"]["startColumn"] == 1
    assert loc["region"]["endColumn"] == 23
    assert "relatedLocations" not in result


def test_sarif_columns_count_code_points_not_utf16_units(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ps = "😀 ساتل شوی.\n"                 # the emoji is 1 code point, 2 UTF-16 units
    word = ps.index("ساتل")
    f = Finding("UNTRANS-WORD", "untranslated", "warning", "x", target=Span(word, word + 4, "ساتل"), bead=1)
    region = sarif_dict(_synthetic([f]))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == 3 and region["endColumn"] == 7 and region["charOffset"] == 2


def test_sarif_uri_outside_the_current_directory_is_absolute(seed_result, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    log = sarif_dict(seed_result)
    validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == PS.resolve().as_uri()


def test_junit_parses_and_lists_every_code(seed_result):
    root = ET.fromstring(render(seed_result, "junit"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["model"] == "multilingual-e5-small"
    assert props["source"] == str(EN) and props["target"] == str(PS)
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert "TERM-FORBIDDEN" in cases and "NUM-MISMATCH" in cases and "OMIT-SENTENCE" in cases
    assert "TERM" not in cases                      # umbrella codes are not test cases
    assert int(suite.get("tests")) == len(cases)
    assert "NEG-AFFIX" in cases
    failed = {name for name, c in cases.items() if c.find("failure") is not None}
    assert failed == set(SEED_CODES) == {"TERM-FORBIDDEN", "NEG-AFFIX"}
    assert suite.get("failures") == "2"
    affix = cases["NEG-AFFIX"].find("failure")              # a warning fails its case too
    assert affix.get("type") == "warning" and affix.text.count("NEG-AFFIX") == 1
    assert "Sinicize" in affix.text and cases["NEG-AFFIX"].get("classname") == "aligner.negation"
    failure = cases["TERM-FORBIDDEN"].find("failure")
    assert failure.get("type") == "error"
    assert "المونیم" in failure.text and "alumina" in failure.text
    assert failure.text.count("TERM-FORBIDDEN") == 2
    assert cases["TERM-FORBIDDEN"].get("classname") == "aligner.terminology"


def test_junit_lists_only_the_codes_that_ran(tmp_path):
    result = check_pair(EN, PS, {"select": ["NUM"]})
    suite = ET.fromstring(render(result, "junit")).find("testsuite")
    names = [c.get("name") for c in suite.findall("testcase")]
    assert names and all(n.startswith("NUM-") for n in names)
    assert suite.get("failures") == "0"


def test_junit_info_findings_pass_with_output():
    info = Finding("FMT-BIDI-MARKS", "format", "info", "marks \x0b here", target=Span(0, 2, "😀 "), bead=1)
    root = ET.fromstring(render(_synthetic([info]), "junit"))
    case = [c for c in root.iter("testcase") if c.get("name") == "FMT-BIDI-MARKS"][0]
    assert case.find("failure") is None
    assert "marks" in case.find("system-out").text


@pytest.mark.parametrize("fmt", ["sarif", "junit"])
def test_cli_formats(fmt, in_root):
    res = runner.invoke(app, ["check", str(EN.relative_to(ROOT)), str(PS.relative_to(ROOT)), "-f", fmt])
    assert res.exit_code == 1                       # the two TERM-FORBIDDEN errors
    if fmt == "sarif":
        log = json.loads(res.stdout)
        validate(log)
        assert [r["ruleId"] for r in log["runs"][0]["results"]] == SEED_CODES
    else:
        assert ET.fromstring(res.stdout).find("testsuite").get("failures") == "2"   # TERM-FORBIDDEN, NEG-AFFIX


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = {h["id"]: h for h in hooks}["aligner-check"]
    assert hook["entry"] == "aligner precommit" and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("docs/intro.en.md") and files.search("docs/intro.ps.md")
    assert files.search("ps/intro.md") and files.search("a/en/b.txt")
    assert not files.search("README.md") and not files.search("aligner/cli.py")
