"""How an audit stops: Ctrl-C (SIGINT) lets the pairs in progress finish (a second one stops
at once); SIGTERM stops at once.  Either way the index is written with what finished."""
from __future__ import annotations

import signal
import threading

#: exit status of an interrupted audit, by the signal that stopped it (128 + signal number)
EXIT_BY_SIGNAL = {"SIGINT": 130, "SIGTERM": 143}


class AuditInterrupted(KeyboardInterrupt):
    """Raised after an interrupted audit has written its index; ``.result`` has what finished,
    ``.signal`` is "SIGINT" (Ctrl-C) or "SIGTERM" and ``.exit_code`` 130 or 143."""

    def __init__(self, result):
        super().__init__("audit interrupted")
        self.result = result
        self.signal = result.stopped_by or "SIGINT"
        self.exit_code = EXIT_BY_SIGNAL.get(self.signal, 130)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread: the run stops as on Ctrl-C, but at once (the pairs
    in progress are abandoned, their worker processes ended)."""


class _SigtermAsInterrupt:
    """While active (main thread only), SIGTERM raises :class:`_Terminated`; after
    :meth:`quiet`, a further SIGTERM is only noted, so the index can still be written."""

    def __init__(self):
        self.previous = None
        self.raising = True

    def _handler(self, signum, frame):
        if self.raising:
            self.raising = False                # one stop request is enough
            raise _Terminated()

    def quiet(self) -> None:
        self.raising = False

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            try:
                self.previous = signal.signal(signal.SIGTERM, self._handler)
            except (ValueError, OSError):
                self.previous = None
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)

