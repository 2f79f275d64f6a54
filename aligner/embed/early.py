"""Start loading the default encoder as the very first thing ``aligner check`` does.

A check with a fresh embedding cache embeds every sentence, and the ONNX engine (importing
numpy and onnxruntime, creating the session, reading the tokenizer tables) is on the way to
the first batch.  :func:`start_for_cli` runs before the command line module imports typer,
numpy or the pipeline: it reads ``sys.argv`` only, and when the command is ``check``, names no
``--model`` or ``--backend`` (whose engines load their own way) and the embedding cache file
does not exist yet (or ``--no-cache``), it starts the load in a daemon thread.
:meth:`aligner.embed.base.AutoEncoder.prepare` (the ``auto`` backend, the default) then
takes that load instead of starting its own (:func:`take`).  When nothing takes it (a
configuration file chose another backend, the input was refused), the process ends without
waiting for it (``cli._end`` leaves with ``os._exit``).

This module imports nothing heavy: it is imported before typer and numpy.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

CACHE_ENV = "ALIGNER_CACHE_DIR"
#: what the loaded engine depends on besides the installed packages
_ENV_KEYS = ("ALIGNER_MODEL_DIR", CACHE_ENV, "XDG_CACHE_HOME", "HOME", "OMP_NUM_THREADS")


def default_cache_dir() -> Path:
    """The embedding cache folder: ``$ALIGNER_CACHE_DIR``, else ``$XDG_CACHE_HOME/aligner``
    or ``~/.cache/aligner``."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "aligner"


def default_cache_file() -> Path:
    return default_cache_dir() / "embeddings.sqlite"


#: the inputs of checks whose sentences are all in the cache: ``<cache file>.inputs``, one key
#: a line, the most recent last (see :func:`inputs_key`); at most this many are kept
INPUTS_SUFFIX, MAX_INPUTS = ".inputs", 512
#: options whose value is a file that is not an input (it may change from run to run)
_NOT_INPUTS = ("-o", "--output", "--baseline", "--decisions", "--config")
_MAX_INPUT_BYTES = 8 << 20


def inputs_key(args: list[str]) -> str | None:
    """A key of the files a ``check`` command line reads (every argument naming a regular file,
    but the values of :data:`_NOT_INPUTS`): sha256 of their contents in order; None when there
    is none or one is too big to hash at start-up."""
    import hashlib
    h, n, skip = hashlib.sha256(b"aligner-inputs-1"), 0, False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a.split("=", 1)[0] in _NOT_INPUTS:
            skip = "=" not in a
            continue
        if a.startswith("-"):
            continue
        try:
            if not os.path.isfile(a):            # an option's value, a missing file
                continue
            if os.path.getsize(a) > _MAX_INPUT_BYTES:
                return None
            with open(a, "rb") as fh:
                h.update(hashlib.sha256(fh.read()).digest())
            n += 1
        except OSError:
            return None
    return h.hexdigest()[:32] if n else None


def _inputs_file() -> Path:
    return Path(str(default_cache_file()) + INPUTS_SUFFIX)


def _known_inputs() -> list[str]:
    try:
        return _inputs_file().read_text("ascii").split()
    except (OSError, ValueError):
        return []


_pending_key: str | None = None


def remember_inputs() -> None:
    """After a check that used the cache: its inputs' sentences are all in it now, so the next
    check of the same files needs no early load (see :func:`wants_early_load`)."""
    global _pending_key
    key, _pending_key = _pending_key, None
    if key is None:
        return
    known = _known_inputs()
    if key in known:
        return
    keys = (known + [key])[-MAX_INPUTS:]
    path = _inputs_file()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text("\n".join(keys) + "\n", "ascii")
        os.replace(tmp, path)
    except OSError:                             # an unusable cache folder: nothing remembered
        try:
            tmp.unlink()
        except OSError:
            pass


_job = None
_lock = threading.Lock()


def _env_key() -> tuple:
    return tuple(os.environ.get(k) for k in _ENV_KEYS)


def _load_default():
    from .base import _small_encoder
    return _small_encoder()


def wants_early_load(args: list[str]) -> bool:
    """True for ``check …`` with the default model and backend and texts to embed: with
    ``--no-cache``, without a cache file yet, or with input files not checked with this cache
    before (a new article: the key of its files is not among those :func:`remember_inputs`
    wrote)."""
    if not args or args[0] != "check":
        return False
    for a in args[1:]:
        if a == "--":
            break
        if a in ("-h", "--help") or a.split("=", 1)[0] in ("--model", "--backend"):
            return False
    if "--no-cache" in args:
        return True
    global _pending_key
    try:
        _pending_key = inputs_key(args)
        if not default_cache_file().exists():
            return True
    except OSError:
        return False
    # a cache in use: load early unless these very files were checked with it before
    return _pending_key is not None and _pending_key not in _known_inputs()


def start(fn=_load_default) -> None:
    """Start loading the default engine (``fn``) now, once per process."""
    global _job
    with _lock:
        if _job is None:
            from .jobs import background
            _job = background(fn, "aligner-encoder-early", daemon=True)
            _job.key = _env_key()


def start_for_cli(argv: list[str] | None = None) -> None:
    """Start the early load when the command line is a check that will embed every text."""
    try:
        if wants_early_load(list(sys.argv[1:] if argv is None else argv[1:])):
            start()
    except Exception:                         # never in the way of the command itself
        pass


def take():
    """The early load (running or done) if one was started for this environment, once; else
    None."""
    global _job
    with _lock:
        job, _job = _job, None
    if job is not None and job.key != _env_key():
        return None
    return job


def _interrupted(signum, frame) -> None:
    """Ctrl-C while the command line module is still importing: what ``cli._run`` does later
    (one line, exit 130), at once: a KeyboardInterrupt raised inside an import would print a
    traceback, and could leave an import lock held that the loading thread then waits on."""
    try:
        sys.stderr.write("aligner: interrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(130)


def quiet_interrupts() -> None:
    """Until :func:`normal_interrupts`: Ctrl-C ends the process with one line and exit 130."""
    import signal
    try:
        signal.signal(signal.SIGINT, _interrupted)
    except (ValueError, OSError):               # not the main thread, or no signals here
        pass


def normal_interrupts() -> None:
    """Ctrl-C raises KeyboardInterrupt again (the command handles it), if
    :func:`quiet_interrupts` had changed it."""
    import signal
    try:
        if signal.getsignal(signal.SIGINT) is _interrupted:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    except (ValueError, OSError):
        pass


def launched_as_program(module_name: str, module_file: str) -> bool:
    """True when the CLI module runs as the program (``python -m aligner.cli``, ``python -m
    aligner``, the ``aligner`` script), not when it is imported by a test or a library."""
    if module_name == "__main__":
        return True
    prog = sys.argv[0] if sys.argv else ""
    name = os.path.basename(prog)
    if name in ("aligner", "aligner.exe", "aligner-script.py"):
        return True
    return name == "__main__.py" and os.path.dirname(os.path.abspath(prog)) == os.path.dirname(
        os.path.abspath(module_file))
