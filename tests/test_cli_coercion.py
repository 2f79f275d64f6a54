"""The command line coerces plain parameters without pydantic (aligner.cli._plain_coercion),
with exactly the values and errors of typer's own pydantic adapters."""
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer import core

import aligner.cli as cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(ROOT / "seeds" / "000_b03a506ffbf9dd62.txt"), str(ROOT / "seeds" / "001_f1af6598c0c95f34.txt")]
SAMPLES = [None, "", "x", "text", "ü", "-", "4", "0.5", "abc", str(ROOT / "README.md"), str(ROOT),
           "/nonexistent/file.txt", "a\0b", 3, 0, 7, 1, 6, 0.5, -1.0, True, False, (), [], ("a", "b"),
           (str(ROOT / "README.md"),), ("x", 3)]


def _params():
    def walk(cmd):
        for p in getattr(cmd, "params", []):
            yield cmd.name, p
        for sub in getattr(cmd, "commands", {}).values():
            yield from walk(sub)
    return list(walk(typer.main.get_command(cli.app)))


def _outcome(runtime, value, param, ctx):
    try:
        return ("ok", type(runtime.coerce(value, param=param, ctx=ctx)).__name__,
                runtime.coerce(value, param=param, ctx=ctx))
    except Exception as exc:            # the error typer would show, as typer would show it
        return ("error", type(exc).__name__, str(getattr(exc, "message", exc)))


def test_every_parameter_coerces_as_typers_adapter_does():
    original = core.build_runtime_param.__closure__ and next(
        c.cell_contents for c in core.build_runtime_param.__closure__
        if getattr(c.cell_contents, "__name__", "") == "build_runtime_param")
    assert getattr(core.build_runtime_param, "plain", False) and original
    ctx = typer.main.get_command(cli.app).make_context("aligner", ["codes"], resilient_parsing=True)
    compared = 0
    for _, param in _params():
        plain = core.build_runtime_param(param.type_descriptor)
        real = original(param.type_descriptor)
        for value in SAMPLES:
            assert _outcome(plain, value, param, ctx) == _outcome(real, value, param, ctx), (param.name, value)
            compared += 1
    assert compared > 1000


def test_a_check_does_not_import_pydantic(tmp_path):
    """(A number given as text, --max-bead 2, still goes through typer's pydantic adapter.)"""
    code = ("import sys, aligner.cli\n"
            "try:\n    aligner.cli.app(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
            "print('pydantic' in sys.modules, code)")
    for args in (["check", *SEEDS, "--format", "json", "--disable", "NUM", "--plain"],
                 ["check", *SEEDS, "-o", str(tmp_path / "r.txt"), "--glossary", str(ROOT / "README.md")]):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                             env={"ALIGNER_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin",
                                  "PYTHONPATH": str(ROOT)})
        assert out.stdout.strip().splitlines()[-1] in ("False 1", "False 2"), out.stderr[-2000:]


@pytest.mark.parametrize("args, message", [
    (["check", "a.txt", "b.txt", "--max-bead", "9"], "Invalid value for '--max-bead'"),
    (["check", "a.txt", "b.txt", "--fail-on", "bogus"], "Invalid value for '--fail-on'"),
    (["check", "a.txt", "b.txt", "--min-confidence", "high"], "Invalid value for '--min-confidence'"),
])
def test_bad_values_still_get_typers_message(args, message):
    out = subprocess.run([sys.executable, "-m", "aligner.cli", *args], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2 and message in out.stderr
