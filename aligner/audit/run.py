"""One audit run: find the pairs, skip the finished ones, run the rest on a runner (this
process, a pool of local processes, a Dask cluster), write the index."""
from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import InputError, ModelError
from .index import AuditResult, rank_documents, write_index
from .options import DEFAULT_OUT, FAILED, MODEL_ERROR, OK, AuditOptions, remove_reports, resolve_formats
from .pair import _empty_outcome
from .pairing import PairSpec, Unpaired, discover_pairs, outside_error, parse_shard, read_manifest, select_shard
from .resume import previous_index, resumable
from .runners import RunContext, get_runner
from .signals import AuditInterrupted, _SigtermAsInterrupt, _Terminated


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: Optional[bool], total: int, resumed: int):
        from rich.console import Console
        console = Console(stderr=True)
        self.enabled = console.is_terminal if enabled is None else enabled
        self.bar = None
        self.errors = self.failed = 0
        if self.enabled and total:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            self.bar = Progress(SpinnerColumn(), TextColumn("[bold]audit[/]"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                                TextColumn("{task.description}"), console=console, transient=False)
            self.task = self.bar.add_task(f"{resumed} resumed" if resumed else "", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.__exit__(*exc)

    def advance(self, outcome: dict) -> None:
        if outcome["status"] != OK:
            self.failed += 1
        elif outcome["counts"].get("error"):
            self.errors += 1
        if self.bar:
            from rich.markup import escape
            self.bar.update(self.task, advance=1, description=(
                f"{escape(outcome['name'])}  ·  {self.errors} with errors, {self.failed} failed"))

    def note(self, text: str) -> None:
        if self.bar:
            self.bar.console.print(text)



def audit_directory(directory: str | os.PathLike, *, manifest: Optional[str | os.PathLike] = None,
                    patterns: Optional[Sequence[str]] = None, out_dir: str | os.PathLike = DEFAULT_OUT,
                    formats: Iterable[str] = ("json",), jobs: int = 1, resume: bool = True,
                    options: Optional[AuditOptions] = None, progress: Optional[bool] = None,
                    encoder=None, allow_outside: bool = False, scheduler: Optional[str] = None,
                    shard: Optional[str | tuple[int, int]] = None, batch: Optional[int] = None) -> AuditResult:
    """Audit every document pair of ``directory``; write the reports and the index into
    ``out_dir``; return the ranked outcomes.

    ``jobs``: worker processes (1: in this process; 0: one per CPU).  ``encoder``: a
    ready encoder to use in-process (tests; only with ``jobs=1``).  ``progress``: show a
    progress bar on stderr (None: when stderr is a terminal).  ``allow_outside``: read pair
    files outside ``directory`` (a manifest's ``../x`` or absolute path, a symlink pointing
    out); without it such a pair fails without being read.  Raises :class:`AuditInterrupted`
    on Ctrl-C or SIGTERM (after writing the index), :class:`ModelError` when the model cannot
    be loaded, :class:`InputError` for a bad folder, manifest, pattern or format.  The report
    folder is created only when there is a pair to report.

    ``scheduler``: a Dask scheduler address (``tcp://HOST:8786``): the pairs run on its
    workers (see :mod:`aligner.audit.runners.dask`).  ``shard``: ``"K/N"`` or (K, N), check
    only the K-th of N deterministic parts of the pairs (by a hash of each pair's name; see
    :func:`aligner.audit.merge.merge_indexes`).  ``batch``: pairs per task (None: by size).
    """
    t0 = time.perf_counter()
    options = options or AuditOptions()
    directory = Path(directory)
    if not directory.exists():
        raise InputError(f"{directory}: no such folder")
    if not directory.is_dir():
        raise InputError(f"{directory}: is not a folder")
    out = Path(out_dir)
    if out.resolve() == directory.resolve():
        raise InputError(f"--out {out_dir}: the reports need their own folder, not the audited one")
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out_dir}: exists and is not a folder")
    # every usage error before anything is written
    write_formats, notes = resolve_formats(formats)
    jobs = (os.cpu_count() or 1) if jobs <= 0 else jobs
    shard = parse_shard(shard) if isinstance(shard, str) else shard
    if shard:
        parse_shard(f"{shard[0]}/{shard[1]}")
    if batch is not None and batch < 1:
        raise InputError(f"--batch {batch}: must be at least 1")
    from ..text.reading import max_input_bytes
    max_input_bytes()                                  # a bad ALIGNER_MAX_INPUT_MB: one error for the run
    if options.config.get("baseline"):
        from ..baseline import load_baseline
        load_baseline(options.config["baseline"])     # a bad baseline is one error, not one per pair
    if options.config.get("decisions"):
        from ..review.decisions import load_decision_sets
        load_decision_sets(options.config["decisions"])   # a bad decisions file: one error, before any pair
    if manifest is not None:
        specs = read_manifest(manifest, directory, source_lang=options.source_lang)
        unpaired: list[Unpaired] = []
    else:
        specs, unpaired = discover_pairs(directory, patterns, source_lang=options.source_lang,
                                         target_lang=options.target_lang, exclude=[out])
    found = len(specs)
    if shard:
        specs = select_shard(specs, shard)
        unpaired = unpaired if shard[0] == 1 else []       # listed once, by the first shard
    settings = options.settings()
    extra = {"shard": f"{shard[0]}/{shard[1]}" if shard else None, "scheduler": scheduler or "local"}
    if not specs and not (shard and found):            # nothing to report: write nothing
                                                       # (an empty shard still writes its index, for merge)
        return AuditResult(directory=directory, out_dir=out, manifest=Path(manifest) if manifest else None,
                           documents=[], unpaired=unpaired, pending=[], settings=settings,
                           formats=write_formats, jobs=jobs, seconds=time.perf_counter() - t0, notes=notes,
                           created=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                           index_written=False, **extra)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out {out_dir}: cannot create ({exc.strerror})")

    outcomes: dict[str, dict] = {}
    if not allow_outside:                              # refused unread: their text never reaches a report
        for spec in specs:
            error = outside_error(spec, directory)
            if error:
                outcomes[spec.name] = refused = _empty_outcome(spec, directory)
                refused.update(status=FAILED, error=error, error_type="InputError")
                remove_reports(out, spec.stem)
    specs_left = [s for s in specs if s.name not in outcomes]
    if options.cache and not _cache_usable(options.cache):
        options = replace(options, cache=False)        # warned once here, not once per worker
    todo: list[PairSpec] = []
    if resume:
        prev = previous_index(out)
        same = prev is None or prev.get("settings") == settings
        if not same:
            notes.append("the settings changed since the previous run in this folder: every pair was checked again")
        from ..embed import DEFAULT_MODEL
        expected = options.model or DEFAULT_MODEL
        if expected == "intfloat/multilingual-e5-small":
            expected = DEFAULT_MODEL
        for spec in specs_left:
            got = resumable(spec, out, write_formats, directory, expected) if same else None
            if got:
                outcomes[spec.name] = got
            else:
                todo.append(spec)
    else:
        todo = list(specs_left)

    stopped_by = None
    with _SigtermAsInterrupt() as sigterm:
        with _Progress(progress, len(todo), len(outcomes)) as bar:
            ctx = RunContext(options, out, write_formats, directory, encoder=encoder, batch=batch)
            try:
                get_runner(jobs, scheduler, len(todo)).run(
                    todo, ctx, lambda outcome: _record(outcome, outcomes, bar, out), bar.note)
            except KeyboardInterrupt as exc:
                stopped_by = "SIGTERM" if isinstance(exc, _Terminated) else "SIGINT"
        sigterm.quiet()                                # the index is written whatever comes now
        consistency = None
        if stopped_by is None:                         # across the files: once every pair is in
            from .consistency import run as across_files
            consistency = across_files(out, specs, list(outcomes.values()), options.config, directory)
        result = AuditResult(
            directory=directory, out_dir=out, manifest=Path(manifest) if manifest else None,
            documents=rank_documents(outcomes.values()),
            unpaired=unpaired, pending=[s.name for s in specs if s.name not in outcomes],
            settings=settings, formats=write_formats, jobs=jobs, seconds=time.perf_counter() - t0,
            notes=notes, interrupted=stopped_by is not None, stopped_by=stopped_by,
            created=datetime.now(timezone.utc).replace(microsecond=0).isoformat(), consistency=consistency,
            **extra)
        write_index(result)
    if result.interrupted:
        raise AuditInterrupted(result)
    return result



def _cache_usable(cache) -> bool:
    from ..embed import EmbeddingCache
    return EmbeddingCache(cache if isinstance(cache, str) else None).usable()


def _record(outcome: dict, outcomes: dict, bar: _Progress, out_dir: Optional[Path] = None) -> None:
    if outcome["status"] == MODEL_ERROR:
        raise ModelError(outcome["error"])
    if outcome["status"] != OK and out_dir is not None:
        remove_reports(out_dir, outcome["stem"])      # e.g. its worker died: no stale report survives
    outcomes[outcome["name"]] = outcome
    bar.advance(outcome)

