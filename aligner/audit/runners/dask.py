"""The audit on a Dask distributed cluster (``aligner audit DIR --scheduler tcp://HOST:8786``;
the ``aligner[dask]`` extra: dask and distributed).

A worker plugin loads the model once per worker; each task is a batch of pairs (``--batch 1``:
one pair per task) that the worker encodes together, then checks and renders pair by pair,
writing nothing: the reports come back to the client as the tasks finish (``as_completed``),
and the client writes them and the index exactly as a local run does.  A task is a pure
function of its pairs, so when a worker dies the scheduler runs its tasks again elsewhere and
each pair is still reported once.  Ctrl-C or SIGTERM cancels the tasks not yet back; the index
lists their pairs as pending, and the same command continues where it stopped.

The workers read the pair files at the paths the client gives: every machine needs the
audited folder at the same path (a shared or synced file system)."""
from __future__ import annotations

import hashlib
import os
import shutil
import threading
from pathlib import Path
from typing import Callable, Optional, Sequence

from ...errors import AlignerError, InputError
from ..options import INTERNAL, MODEL_ERROR, AuditOptions
from ..pair import PairRunner, _empty_outcome, write_reports
from ..pairing import PairSpec
from . import RunContext, make_batches

try:                                   # the extra is optional: a plain base class without it
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:                    # pragma: no cover - without aligner[dask]
    WorkerPlugin = object

# worker-process state: one PairRunner per audit configuration (key), loaded by the plugin
_RUNNERS: dict[str, PairRunner] = {}
_ERRORS: dict[str, str] = {}
_LOCK = threading.Lock()               # a worker with several threads checks one batch at a time


def _load_runner(key: str, options: AuditOptions, formats: list, base: str) -> Optional[PairRunner]:
    with _LOCK:
        if key not in _RUNNERS and key not in _ERRORS:
            try:
                _RUNNERS[key] = PairRunner(options, Path(base), formats, Path(base))
            except Exception as exc:
                _ERRORS[key] = str(exc) if isinstance(exc, AlignerError) else f"{type(exc).__name__}: {exc}"
        return _RUNNERS.get(key)


class AlignerWorkerPlugin(WorkerPlugin):
    """Loads the encoder of an audit configuration once, when a worker starts (or joins)."""

    def __init__(self, key: str, options: AuditOptions, formats: list, base: str):
        self.key, self.options, self.formats, self.base = key, options, formats, base

    def setup(self, worker=None):
        _load_runner(self.key, self.options, self.formats, self.base)


def check_batch(batch: list[PairSpec], key: str, options: AuditOptions, formats: list,
                base: str, columns: int = 120) -> list[tuple[dict, dict]]:
    """The Dask task: check the pairs of ``batch`` on this worker; (index entry, reports) each.
    ``columns``: the client's terminal width, which the text report is laid out for."""
    runner = _load_runner(key, options, formats, base)
    if runner is None:
        out = []
        for spec in batch:
            o = _empty_outcome(spec, Path(base))
            o.update(status=MODEL_ERROR, error=_ERRORS.get(key) or "the worker could not load the model")
            out.append((o, {}))
        return out
    with _LOCK:
        before = os.environ.get("COLUMNS")
        os.environ["COLUMNS"] = str(columns)
        try:
            if len(batch) > 1:
                runner.warm(batch)
            return [runner.check(spec) for spec in batch]
        finally:
            if before is None:
                os.environ.pop("COLUMNS", None)
            else:
                os.environ["COLUMNS"] = before


def config_key(options: AuditOptions, formats: list, base: Path) -> str:
    return hashlib.sha256(repr((options, list(formats), str(base))).encode("utf-8")).hexdigest()[:16]


def connect(address: str):
    """A Dask client for ``address``; one-line errors for a missing extra or a scheduler that
    does not answer."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'aligner[dask]' (dask and distributed)")
    try:
        return Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"--scheduler {address}: cannot connect ({exc})")


class DaskRunner:
    """Pairs as tasks on the Dask cluster at ``address`` (``tcp://HOST:8786``)."""

    def __init__(self, address: str):
        self.address = address

    def run(self, todo: Sequence[PairSpec], ctx: RunContext, record: Callable[[dict], None],
            note: Callable[[str], None]) -> None:
        if not todo:
            return
        from distributed import as_completed
        client = connect(self.address)
        futures = {}
        try:
            key = config_key(ctx.options, ctx.formats, ctx.base)
            args = (key, ctx.options, list(ctx.formats), str(ctx.base))
            client.register_plugin(AlignerWorkerPlugin(*args), name=f"aligner-audit-{key}")
            workers = max(1, sum(client.nthreads().values()))
            columns = shutil.get_terminal_size((120, 20)).columns     # as a local run lays out text reports
            for batch in make_batches(todo, workers, ctx.batch, by_size=True):
                futures[client.submit(check_batch, batch, *args, columns, pure=False)] = batch
            for fut in as_completed(list(futures), loop=client.loop):
                for outcome, files in _results_of(fut, futures[fut], ctx.base):
                    record(write_reports(ctx.out_dir, outcome, files))
        finally:
            for fut in futures:
                if not fut.done():
                    fut.cancel()
            client.close()


def _results_of(fut, batch: list[PairSpec], base: Path) -> list[tuple[dict, dict]]:
    try:
        return fut.result()
    except Exception as exc:            # e.g. KilledWorker: the task killed too many workers
        out = []
        for spec in batch:
            o = _empty_outcome(spec, base)
            o.update(status=INTERNAL, error=f"{type(exc).__name__}: {exc}", error_type=type(exc).__name__)
            out.append((o, {}))
        return out
