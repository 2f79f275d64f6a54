"""``aligner check`` without typer: the command's work, and a plain path for its usual command lines.

A warm ``aligner check A B`` spent ~8 % of its instructions importing typer (and the
``subprocess``, ``shutil``, ``difflib``, ``platform``, ``uuid``, ``datetime`` it imports) and
building and parsing the click command, before any sentence was read.  :func:`fast_check`
(called by :mod:`aligner.cli` when it runs as the program, before it imports typer) parses
the command lines it fully understands itself, those of :func:`parse_check`, into the values
typer would give :func:`aligner.cli.check` (the test compares the two on many command lines),
runs :func:`run_check` and leaves the process.  Anything else (``--help``, a number option,
``--opt=value``, a bad value, an unknown option) returns and typer parses, helps and fails as
always.  Messages go through ``typer.echo``, imported only when there is one to print.

This module imports nothing heavy: :mod:`aligner.cli` imports it before typer.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

from .errors import EXIT_INTERNAL, AlignerError, InputError
from .output import atomic_write

#: ``--fail-on`` values (:class:`aligner.cli.FailOn`)
FAIL_ON = ("error", "warning", "info", "never")


def echo(message: str, err: bool = False) -> None:
    """``typer.echo``, the one the typer commands use (typer imported for the first message)."""
    import typer
    typer.echo(message, err=err)


def guarded(fn, keep: tuple = ()) -> int:
    """Run ``fn`` turning every failure into one line and an exit code: ``fn``'s own when it
    returns an int, else 0; exceptions of ``keep`` pass (typer's ``Exit``)."""
    try:
        code = fn()
        return code if type(code) is int else 0
    except keep:
        raise
    except AlignerError as exc:
        echo(f"aligner: error: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        echo("aligner: interrupted", err=True)
        return 130
    except BrokenPipeError:        # `aligner codes | head`: the reader left; not an error
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except Exception as exc:       # a bug: one line, the traceback only on request
        if os.environ.get("ALIGNER_DEBUG"):
            raise
        echo(f"aligner: internal error: {type(exc).__name__}: {exc} "
             "(set ALIGNER_DEBUG=1 for the traceback)", err=True)
        return EXIT_INTERNAL


def configure(source: Path, config_file: Optional[Path], **cli) -> dict:
    """The configuration for SOURCE (file found or given) with command-line values applied."""
    from .config import load_config, merge_cli
    return merge_cli(load_config(Path(source).parent, config_file), **cli)


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
        atomic_write(out, content)
    except OSError as exc:
        raise InputError(f"--output {output}: cannot write ({exc.strerror})")


def note_glossary(config: dict) -> None:
    """One line on stderr when term-base rows could not be used (another language pair, no
    English or no Pashto term): how many, and the first with its reason."""
    if config.get("glossaries"):
        from .lang.glossary import get_glossary
        from .report.terminal import safe
        skipped = get_glossary(config["glossaries"]).skipped
        if skipped:
            echo(safe(f"aligner: glossary: {len(skipped)} row(s) skipped; first: {skipped[0]}"), err=True)


def note_gate(result) -> None:
    """One line on stderr about what suppressions and the baseline hid."""
    hidden = result.stats.get("suppressed") or {}
    parts = [f"{n} suppressed ({kind})" for kind, n in hidden.items() if n]
    if "baseline" in result.stats:
        b = result.stats["baseline"]
        parts.append(f"baseline {b['path']}: {b['suppressed']} known finding(s) hidden, {b['fixed']} fixed")
    if "decisions" in result.stats:
        d = result.stats["decisions"]
        parts.append(f"decisions {d['path']}: {d['hidden_false_alarms']} false alarm(s) and {d['hidden_accepted']} "
                     f"accepted finding(s) hidden, {d['confirmed']} confirmed, {d['unreviewed']} not reviewed")
    if parts:
        echo("aligner: " + "; ".join(parts), err=True)


def run_check(source: Path, target: Optional[Path], *, format: str, output: Optional[Path],
              fail_on: Optional[str], min_confidence: Optional[float], config_file: Optional[Path],
              baseline: Optional[Path], glossary: list, disable: list, select: list, segmented: bool,
              markdown: Optional[bool], source_lang: str, target_lang: str, model: Optional[str],
              backend: Optional[str], max_bead: int, cache: bool, input_format: Optional[str],
              include_untranslated: bool, decisions: Optional[Path], lqa_threshold: Optional[float]) -> int:
    """``aligner check``: align, check, write the report; 1 when findings (or the LQA
    scorecard) fail the check, else 0.  The parameters are :func:`aligner.cli.check`'s
    (``fail_on`` as its value)."""
    from .embed import early
    config = configure(source, config_file, glossaries=glossary, disable=disable, select=select,
                       model=model, backend=backend, fail_on=fail_on, baseline=baseline,
                       min_confidence=min_confidence)
    from .pipeline import check_pair, prefetch_encoder
    prefetch_encoder(config.get("model"), config.get("backend"), cache)   # loads while we import, read
    from .baseline import exceeds
    from .report import render, render_text
    from .report.text import use_color
    from .review import finish_check
    from .review.lqa import fails, parse_threshold
    if lqa_threshold is not None:
        config["lqa_threshold"] = parse_threshold(lqa_threshold)
    result = check_pair(source, target, config, baseline=config["baseline"], source_lang=source_lang,
                        target_lang=target_lang, segmented=segmented, markdown=markdown,
                        max_bead=max_bead, cache=cache, input_format=input_format,
                        include_untranslated=include_untranslated)
    if cache:
        early.remember_inputs()      # these files' sentences are cached: no early load next time
    card = finish_check(result, config, decisions)
    content = render_text(result, color=use_color(output)) if format == "text" else render(result, format)
    protected = [p for p in (source, target, *glossary, decisions) if p is not None] \
        + ([Path(config["baseline"])] if config["baseline"] else [])
    write_output(content, output, protected)
    note_gate(result)
    note_glossary(config)
    if exceeds(result.findings, config["fail_on"]) or (config["fail_on"] != "never" and fails(card)):
        return 1
    return 0


# -- the plain command line ------------------------------------------------------------------------

#: the values :func:`aligner.cli.check` gets when an option is not given (its typer defaults)
DEFAULTS = dict(target=None, format="text", output=None, fail_on=None, min_confidence=None, config_file=None,
                baseline=None, glossary=[], disable=[], select=[], segmented=False, markdown=None,
                source_lang="en", target_lang="ps", model=None, backend=None, max_bead=3, cache=True,
                input_format=None, include_untranslated=False, decisions=None, lqa_threshold=None)
#: options taking a value: name -> (parameter, kind); kind "path", "str", "list-path", "list-str",
#: "format" or "fail_on"
_VALUED = {"-f": ("format", "format"), "--format": ("format", "format"), "-o": ("output", "path"),
           "--output": ("output", "path"), "--fail-on": ("fail_on", "fail_on"),
           "--config": ("config_file", "path"), "--baseline": ("baseline", "path"),
           "-g": ("glossary", "list-path"), "--glossary": ("glossary", "list-path"),
           "--disable": ("disable", "list-str"), "--select": ("select", "list-str"),
           "--source-lang": ("source_lang", "str"), "--target-lang": ("target_lang", "str"),
           "--model": ("model", "str"), "--backend": ("backend", "str"),
           "--input-format": ("input_format", "str"), "--decisions": ("decisions", "path")}
#: flags: name -> (parameter, value)
_FLAGS = {"--segmented": ("segmented", True), "--no-segmented": ("segmented", False),
          "--markdown": ("markdown", True), "--plain": ("markdown", False),
          "--cache": ("cache", True), "--no-cache": ("cache", False),
          "--include-untranslated": ("include_untranslated", True)}


def _plain_path(value: str) -> Optional[Path]:
    """``Path(value)`` as typer gives it for a plain path parameter; None when typer might say
    more (an empty value, a NUL, a path it would find unreadable)."""
    if not value or "\0" in value or value == "-":
        return None
    try:
        if os.path.exists(value) and not os.access(value, os.R_OK):
            return None
    except (OSError, ValueError):
        return None
    return Path(value)


def parse_check(args: list[str]) -> Optional[dict]:
    """The parameters of :func:`run_check` for ``args`` (``["check", …]``) when every argument
    is one this parser knows in the form it knows (positional files; the options above, each
    once but the repeatable lists, their value as the next argument); otherwise None, and typer
    parses (help, errors, ``--opt=value``, the number options, ``--``, …)."""
    if not args or args[0] != "check":
        return None
    params: dict = {}
    positional: list[Path] = []
    lists: dict[str, list] = {}
    i, n = 1, len(args)
    while i < n:
        a = args[i]
        if a in _FLAGS:
            name, value = _FLAGS[a]
            if name in params:
                return None
            params[name] = value
            i += 1
            continue
        if a in _VALUED:
            if i + 1 >= n:
                return None
            name, kind = _VALUED[a]
            raw = args[i + 1]
            if raw.startswith("-") and raw != "-":
                return None
            if kind == "format":
                from .report import FORMATS
                if raw not in FORMATS:
                    return None
                value = raw
            elif kind == "fail_on":
                if raw not in FAIL_ON:
                    return None
                value = raw
            elif kind in ("path", "list-path"):
                if raw == "-" and a in ("-o", "--output"):
                    value = Path(raw)
                else:
                    value = _plain_path(raw)
                    if value is None:
                        return None
            else:
                if raw == "-":
                    return None
                value = raw
            if kind.startswith("list-"):
                lists.setdefault(name, []).append(value)
            elif name in params:
                return None
            else:
                params[name] = value
            i += 2
            continue
        if a.startswith("-"):
            return None
        path = _plain_path(a)
        if path is None or len(positional) == 2:
            return None
        positional.append(path)
        i += 1
    if not positional:
        return None
    return {**DEFAULTS, "source": positional[0], "target": positional[1] if len(positional) > 1 else None,
            **params, **lists}


def end(code) -> None:
    """Leave with ``code`` as ``sys.exit`` would, without the interpreter's teardown: freeing
    the modules, the language data and the ONNX session one object at a time took ~0.2 s
    after a seed check had written its report (measured under load 12: 0.25 s vs 0.07 s).
    The threads are joined and the ``atexit`` handlers run first, as at a normal exit."""
    import atexit
    import threading
    shutdown, run_exitfuncs = getattr(threading, "_shutdown", None), getattr(atexit, "_run_exitfuncs", None)
    if shutdown is None or run_exitfuncs is None:        # another Python: the normal way out
        sys.exit(code)
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    if code != 130:
        # not after Ctrl-C: a KeyboardInterrupt raised in the middle of an import can leave
        # the import lock held, and a thread still loading the model would then never end
        # (seen: a cold check interrupted while the checks were loading hung at exit)
        shutdown()
        run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120                           # as Python does when stdout cannot be flushed
    os._exit(code or 0)


def collector_settings() -> None:
    """A command allocates hundreds of thousands of long-lived objects (modules, language data,
    glossary patterns) and frees most of the rest by reference counting: the cycle collector's
    default threshold (700) ran ~130 collections over them in one warm seed check (~35 ms of
    ~400); objects allocated since still get collected, 500,000 at a time.  The first young
    collection scans everything allocated since the start, nearly all of it long-lived data: at
    100,000 a warm seed check (~115,000 container objects, 394 of them cyclic garbage) still
    ran one, ~25-35 ms of CPU under load for nothing; a collection of 500,000 costs in
    proportion, so a longer run pays about the same per object as before."""
    import gc
    gc.freeze()
    gc.set_threshold(500_000, 50, 100)


def fast_check(args: list[str]) -> None:
    """Run ``aligner check`` and leave the process when :func:`parse_check` knows ``args``;
    otherwise return (typer then parses them)."""
    params = parse_check(args)
    if params is None:
        return
    from .embed import early
    collector_settings()
    early.normal_interrupts()
    end(guarded(lambda: run_check(**params)))
