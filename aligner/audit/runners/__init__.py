"""Where the pairs of an audit run: a runner takes the pairs still to check and hands back each
one's index entry (its reports written) through ``record``, in the calling thread.

* :class:`~.local.SerialRunner`: in this process;
* :class:`~.local.PoolRunner`: a pool of local worker processes (``--jobs N``);
* :class:`~.dask.DaskRunner`: a Dask distributed cluster (``--scheduler tcp://HOST:8786``).

A runner lets ``KeyboardInterrupt`` through once it has recorded what it can (Ctrl-C: the
pairs in progress finish first, unless it is a SIGTERM, :class:`aligner.audit.signals._Terminated`).
Another engine (Ray, a batch system) is one more module with the same ``run`` method.

Batches.  Each task is a *batch* of pairs: the worker first encodes the sentences of the whole
batch in large requests (:meth:`aligner.audit.pair.PairRunner.warm`), then aligns, checks and
reports pair by pair from the embedding cache.  :func:`make_batches` cuts the pairs into batches
of similar size, a few per worker.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Protocol, Sequence

from ..options import AuditOptions
from ..pairing import PairSpec

#: a batch holds at most this many bytes of input (about 1,300 sentences of news text)
BATCH_BYTES = 256 * 1024
#: batches per worker, at least (a short tail when the last ones finish)
BATCHES_PER_WORKER = 3


@dataclass
class RunContext:
    """What every runner needs to check a pair."""
    options: AuditOptions
    out_dir: Path
    formats: list
    base: Path                       # the audited folder
    encoder: Any = None              # a ready encoder for in-process runs (tests)
    batch: Optional[int] = None      # pairs per task; None: by size (:func:`make_batches`)


class Runner(Protocol):
    def run(self, todo: Sequence[PairSpec], ctx: RunContext, record: Callable[[dict], None],
            note: Callable[[str], None]) -> None:
        """Check every pair of ``todo``; call ``record(outcome)`` once per pair, after its
        reports are written; ``note(text)`` for a line to show the user."""


def size_of(spec: PairSpec) -> int:
    total = 0
    for path in spec.paths:
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def make_batches(todo: Sequence[PairSpec], workers: int = 1, batch: Optional[int] = None,
                 by_size: bool = False) -> list[list[PairSpec]]:
    """Cut ``todo`` into batches of consecutive pairs: ``batch`` pairs each when given, else
    of about equal input size (at most :data:`BATCH_BYTES`, at least
    :data:`BATCHES_PER_WORKER` per worker).  ``by_size``: largest pairs first (a pool's tail
    is shorter), else in the given order."""
    order = sorted(todo, key=lambda s: -size_of(s)) if by_size else list(todo)
    if not order:
        return []
    if batch:
        return [order[k:k + batch] for k in range(0, len(order), batch)]
    sizes = [size_of(s) for s in order]
    target = max(1, min(BATCH_BYTES, sum(sizes) // max(1, workers * BATCHES_PER_WORKER)))
    out: list[list[PairSpec]] = [[]]
    filled = 0
    for spec, size in zip(order, sizes):
        if out[-1] and filled + size > target:
            out.append([])
            filled = 0
        out[-1].append(spec)
        filled += size
    return out


def get_runner(jobs: int = 1, scheduler: Optional[str] = None, pairs: int = 0) -> Runner:
    """The runner for ``--jobs`` / ``--scheduler``."""
    if scheduler:
        from .dask import DaskRunner
        return DaskRunner(scheduler)
    from .local import PoolRunner, SerialRunner
    if jobs == 1 or pairs <= 1:
        return SerialRunner()
    return PoolRunner(jobs)
