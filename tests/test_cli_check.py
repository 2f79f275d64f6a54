"""``aligner check`` without typer (aligner.cli_check): the plain command lines parse to exactly
the values typer gives ``check``, everything else is left to typer, and a check run either way
writes the same report, messages and exit code.  Also: what a warm check no longer imports."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import aligner.cli as cli
from aligner.cli_check import parse_check
from aligner.report.text import terminal_columns

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds" / "000_b03a506ffbf9dd62.txt"), str(ROOT / "seeds" / "001_f1af6598c0c95f34.txt")]
README = str(ROOT / "README.md")
A, B = SEEDS

PLAIN = [
    ["check", A, B],
    ["check", A],
    ["check", "seeds/000_b03a506ffbf9dd62.txt", "seeds/001_f1af6598c0c95f34.txt"],     # relative
    ["check", "/nonexistent/a.txt", "b.txt"],                                        # typer does not look
    ["check", A, B, "-f", "json", "-o", "/tmp/report.json"],
    ["check", A, B, "--format", "sarif", "--output", "-"],
    ["check", "--segmented", A, "--no-cache", B, "--plain"],
    ["check", A, B, "--fail-on", "warning", "--disable", "NUM", "--disable", "FMT", "--select", "NEG"],
    ["check", A, B, "-g", README, "--glossary", README, "--config", README, "--baseline", "b.json",
     "--decisions", "d.json"],
    ["check", A, B, "--source-lang", "en", "--target-lang", "ps", "--model", "m", "--backend", "onnx",
     "--input-format", "text", "--include-untranslated", "--markdown", "--cache", "--no-segmented"],
    ["check", str(ROOT), B, "--fail-on", "never", "-f", "text"],                      # a folder: typer passes it
]

LEFT_TO_TYPER = [
    [], ["check"], ["check", "--help"], ["check", A, B, "-h"], ["align", A, B], ["--version"],
    ["check", A, B, "--format=json"], ["check", A, B, "-fjson"], ["check", A, B, "--max-bead", "2"],
    ["check", A, B, "--min-confidence", "0.5"], ["check", A, B, "--lqa-threshold", "5"],
    ["check", A, B, "-f", "nope"], ["check", A, B, "--fail-on", "bogus"], ["check", A, B, A],
    ["check", A, B, "--"], ["check", A, B, "-f", "json", "-f", "text"], ["check", "", B], ["check", "a\0b", B],
    ["check", A, B, "--segmented", "--no-segmented"], ["check", A, B, "--no-such-option"],
    ["check", A, B, "--disable"], ["check", A, B, "-o", "--format"], ["check", "-", B],
    ["check", A, B, "--source-lang", "-"], ["check", A, B, "--model", "-x"],
]


def _typer_values(args):
    """The values typer's ``check`` hands to run_check for ``args``."""
    got = {}

    def record(source, target, **kw):
        got.update(source=source, target=target, **kw)
        return 0
    original = cli.run_check
    cli.run_check = record
    try:
        res = CliRunner().invoke(cli.app, args)
    finally:
        cli.run_check = original
    assert res.exit_code == 0, res.output
    return got


@pytest.mark.parametrize("args", PLAIN)
def test_a_plain_command_line_gets_typers_values(args):
    mine = parse_check(args)
    assert mine is not None
    theirs = _typer_values(args)
    assert mine == theirs
    assert {k: type(v) for k, v in mine.items()} == {k: type(v) for k, v in theirs.items()}


@pytest.mark.parametrize("args", LEFT_TO_TYPER)
def test_anything_else_is_left_to_typer(args):
    assert parse_check(args) is None


def _run(args, env, importtime=False):
    return subprocess.run([sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "aligner.cli",
                           *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def _report(out: str) -> str:
    return "\n".join(line for line in out.splitlines() if '"seconds_' not in line)


def test_a_check_without_typer_writes_what_typer_s_check_writes(tmp_path):
    """The seed pair (Pashto translation of an English article): the plain path (``-f json``)
    and typer's (``--format=json``, which the plain parser leaves to typer) give the same
    report, exit code and stderr; the plain path imports no typer.  Errors alike too."""
    env = {**os.environ, "ALIGNER_CACHE_DIR": str(tmp_path / "cache"), "PYTHONHASHSEED": "0"}
    env.pop("ALIGNER_DEBUG", None)
    first = _run(["check", *SEEDS, "-f", "json"], env)                     # fills the cache
    plain = _run(["check", *SEEDS, "-f", "json"], env, importtime=True)
    typer_ = _run(["check", *SEEDS, "--format=json"], env, importtime=True)
    assert first.returncode == plain.returncode == typer_.returncode == 1, typer_.stderr[-2000:]
    assert '"findings"' in plain.stdout
    assert _report(plain.stdout) == _report(typer_.stdout)                 # (the first one embedded)
    imported = [line.split("|")[-1].strip() for line in plain.stderr.splitlines() if line.startswith("import time:")]
    assert "typer" not in imported and "aligner.pipeline" in imported
    assert "typer" in [line.split("|")[-1].strip() for line in typer_.stderr.splitlines()
                       if line.startswith("import time:")]
    text_plain, text_typer = _run(["check", *SEEDS], env), _run(["check", *SEEDS, "--fail-on=error"], env)
    assert (text_plain.returncode, text_plain.stdout, text_plain.stderr) == \
        (text_typer.returncode, text_typer.stdout, text_typer.stderr)
    missing = [str(tmp_path / "missing.txt"), SEEDS[1]]
    bad_plain, bad_typer = _run(["check", *missing], env), _run(["check", *missing, "--format=text"], env)
    assert bad_plain.returncode == bad_typer.returncode == 2
    assert bad_plain.stderr == bad_typer.stderr and bad_plain.stderr.startswith("aligner: error: ")
    out = tmp_path / "r.json"
    written = _run(["check", *SEEDS, "-f", "json", "-o", str(out), "--fail-on", "never"], env)
    assert written.returncode == 0 and written.stdout == "" and _report(out.read_text("utf-8")) == _report(plain.stdout)


@pytest.mark.parametrize("columns", [None, "", "abc", "0", "-5", "73", "400"])
@pytest.mark.parametrize("lines", [None, "x", "30"])
def test_terminal_columns_are_shutils(monkeypatch, columns, lines):
    for name, value in (("COLUMNS", columns), ("LINES", lines)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert terminal_columns(120) == shutil.get_terminal_size((120, 20)).columns


def test_a_warm_text_check_imports_no_typer_calendar_zip_or_tempfile():
    """Reading a text pair, the pipeline, the checks and the text report load none of these
    (typer: the CLI's plain path; jdatetime: at the first solar date; zipfile: a DOCX input;
    tempfile, shutil, difflib, importlib.resources: writing a baseline, a code suggestion)."""
    code = ("import sys; import aligner.pipeline, aligner.report.text, aligner.baseline; "
            "from aligner.documents import read_input; from aligner.checks import load_checks; load_checks(); "
            "k = [read_input(p).kind for p in sys.argv[1:]]; "
            "from aligner.lang.dates import sh_to_gregorian; from aligner.lang.data import read_data; "
            "read_data('numbers_en.tsv'); "
            "mods = ('typer', 'jdatetime', 'zipfile', 'tempfile', 'shutil', 'difflib', 'importlib.resources'); "
            "print(k, [m for m in mods if m in sys.modules], sh_to_gregorian(1402, 1, 1), "
            "'jdatetime' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, *SEEDS], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout.strip()
    assert out == "['text', 'text'] [] (2023, 3, 21) True"
