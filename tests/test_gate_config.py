"""Issue 10, items 2 and 22: a typo cannot turn the gate green, and the configuration is
validated against one schema (one-line errors naming key and file, exit 2)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.config import load_config
from aligner.errors import InputError
from tests.helpers import SEEDS

runner = CliRunner()
EN = str(next(SEEDS.glob("000_*.txt")))
PS = str(next(SEEDS.glob("001_*.txt")))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(res) -> str:
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1, res.output
    assert "Traceback" not in res.output
    return lines[0]


# --- item 2: unknown codes and prefixes ------------------------------------------------

@pytest.mark.parametrize("option, typo, near", [
    ("--select", "NUM-MISMACH", "NUM-MISMATCH"),
    ("--disable", "TERM-FORBIDEN", "TERM-FORBIDDEN"),
    ("--select", "NUMBER", "NUM"),
])
def test_unknown_code_on_the_command_line_is_exit_2_with_a_suggestion(option, typo, near):
    res = runner.invoke(app, ["check", EN, PS, option, typo])
    assert res.exit_code == 2
    line = one_line_error(res)
    assert typo in line and f"did you mean {near}?" in line and option in line


def test_unknown_code_without_a_near_one_is_still_refused():
    res = runner.invoke(app, ["check", EN, PS, "--disable", "FOO"])
    assert res.exit_code == 2 and "unknown check code 'FOO'" in one_line_error(res)


def test_known_codes_prefixes_and_all_are_accepted(tmp_path):
    cfg = write(tmp_path / "aligner.toml", 'select = ["NUM", "TERM-*", "ENTITY-MISSING"]\n'
                                          'disable = ["ALL"]\nseverity = { "FMT" = "off" }\n')
    config = load_config(tmp_path, cfg)
    assert config["select"] == ["NUM", "TERM-*", "ENTITY-MISSING"] and config["disable"] == ["ALL"]


@pytest.mark.parametrize("toml, key", [
    ('select = ["NUM-MISMACH"]\n', "select"),
    ('disable = ["FOO"]\n', "disable"),
    ('severity = { "NUM-MISMACH" = "off" }\n', "severity"),
    ('[[ignore]]\ncode = "NUM-EXTRAA"\nreason = "x"\n', "ignore #1 code"),
])
def test_unknown_code_in_the_configuration_is_exit_2(tmp_path, toml, key):
    cfg = write(tmp_path / "aligner.toml", toml)
    res = runner.invoke(app, ["check", EN, PS, "--config", str(cfg)])
    assert res.exit_code == 2
    line = one_line_error(res)
    assert str(cfg) in line and key in line and "unknown check code" in line and "did you mean" in line


def test_unknown_code_in_an_inline_suppression_is_exit_2(tmp_path):
    ps = write(tmp_path / "t.ps.txt", Path(PS).read_text(encoding="utf-8")
               + "\n<!-- aligner: ignore NUM-MISMACH reason: typo -->\n")
    res = runner.invoke(app, ["check", EN, str(ps)])
    assert res.exit_code == 2 and "did you mean NUM-MISMATCH?" in one_line_error(res)


# --- item 22: one schema for the whole configuration ------------------------------------

@pytest.mark.parametrize("toml, needle", [
    ('copy = { threshold = "abc" }\n', "copy.threshold must be a number from 0 to 100"),
    ('copy = { threshold = 1e400 }\n', "copy.threshold must be a finite number"),
    ('copy = { threshold = nan }\n', "copy.threshold must be a finite number"),
    ('copy = { threshold = 150 }\n', "copy.threshold must be from 0 to 100"),
    ('copy = { treshold = 60 }\n', "unknown key 'treshold' in [tool.aligner] copy"),
    ('copy = 60\n', "copy must be a table"),
    ('fail-on = "errors"\n', "fail-on must be error or warning or info or never"),
    ('model = 3\n', "model must be a non-empty string"),
    ('max-input-mb = -1\n', "max-input-mb must be from"),
    ('severty = {}\n', "unknown key 'severty' in [tool.aligner]; did you mean 'severity'?"),
    ("a = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
])
def test_bad_configuration_values_are_one_line_exit_2(tmp_path, toml, needle):
    cfg = write(tmp_path / "aligner.toml", toml)
    with pytest.raises(InputError) as err:
        load_config(tmp_path, cfg)
    assert str(cfg) in str(err.value) and needle in str(err.value)
    res = runner.invoke(app, ["check", EN, PS, "--config", str(cfg)])
    assert res.exit_code == 2, res.output
    assert needle in one_line_error(res)


def test_a_valid_check_option_reaches_the_check(tmp_path):
    cfg = write(tmp_path / "aligner.toml", "copy = { threshold = 60 }\n")
    assert load_config(tmp_path, cfg)["copy"] == {"threshold": 60.0}


def test_the_python_api_validates_its_config_like_a_file():
    from aligner.config import ensure_config
    with pytest.raises(InputError, match=r"copy\.threshold must be a number"):
        ensure_config({"copy": {"threshold": "abc"}})
    with pytest.raises(InputError, match="did you mean NUM-MISMATCH"):
        ensure_config({"select": ["NUM-MISMACH"]})
    with pytest.raises(InputError, match="unknown key 'selct'"):
        ensure_config({"selct": ["NUM"]})
    ok = ensure_config({"disable": ["fmt"], "fail_on": "warning", "copy": {"threshold": 60},
                        "check_languages": False})
    assert ok["disable"] == ["FMT"] and ok["fail_on"] == "warning" and ok["copy"] == {"threshold": 60.0}
    assert ok["check_languages"] is False and ensure_config(ok) is ok


def test_max_input_mb_from_the_configuration_bounds_the_inputs(tmp_path):
    cfg = write(tmp_path / "aligner.toml", "max-input-mb = 0.001\n")       # about 1 KB
    res = runner.invoke(app, ["check", EN, PS, "--config", str(cfg)])
    assert res.exit_code == 2
    line = one_line_error(res)
    assert "limit" in line and EN in line


def test_the_pipeline_has_no_import_cycle():
    """One way through the layers: baseline (findings → gate) never imports the API or the
    pipeline; the API is a thin face over the pipeline."""
    import ast
    from tests.helpers import ROOT
    for module, banned in (("baseline", {"api", "pipeline", "cli"}), ("documents", {"api", "pipeline", "cli"}),
                           ("pipeline", {"api", "cli"})):
        tree = ast.parse((ROOT / "aligner" / f"{module}.py").read_text(encoding="utf-8"))
        imported = {(node.module or "").split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.level == 1}
        assert not imported & banned, (module, imported & banned)
