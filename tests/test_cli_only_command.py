"""``aligner check …`` lets typer build only the command it names (cli._only_command): its
help, usage errors and option errors are the same as with the whole CLI built, and every
other first argument still sees all the commands."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

import aligner.cli as cli


def _run(args, only):
    everything = cli._only_command(args[:1]) if only else None
    try:
        got = CliRunner().invoke(cli.app, args)
    finally:
        if everything is not None:
            cli.app.registered_commands, cli.app.registered_groups = everything
    return got.exit_code, got.output


@pytest.mark.parametrize("args", [
    ["check", "--help"],
    ["check"],                                       # missing argument
    ["check", "a.txt", "b.txt", "--format", "nope"],  # a bad option value
    ["check", "a.txt", "b.txt", "--max-bead", "9"],   # out of range
    ["check", "--no-such-option"],
    ["align", "--help"],
    ["codes", "--format", "json"],
])
def test_one_command_behaves_as_with_all_built(args):
    assert _run(args, only=True) == _run(args, only=False)


def test_other_first_arguments_keep_every_command():
    before = list(cli.app.registered_commands), list(cli.app.registered_groups)
    for first in (["--help"], ["--version"], ["chek"], ["baseline"], []):
        everything = cli._only_command(first)
        assert (list(cli.app.registered_commands), list(cli.app.registered_groups)) == before
        cli.app.registered_commands, cli.app.registered_groups = everything
    code, out = _run(["--help"], only=False)
    assert code == 0 and all(name in out for name in ("check", "align", "audit", "baseline", "codes"))


def test_only_the_named_command_is_registered_and_put_back():
    before = list(cli.app.registered_commands), list(cli.app.registered_groups)
    everything = cli._only_command(["check"])
    try:
        assert [c.callback.__name__ for c in cli.app.registered_commands] == ["check"]
        assert cli.app.registered_groups == []
    finally:
        cli.app.registered_commands, cli.app.registered_groups = everything
    assert (list(cli.app.registered_commands), list(cli.app.registered_groups)) == before
