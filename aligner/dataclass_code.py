"""The methods ``@dataclass`` generates, compiled once instead of at every start of the CLI.

Python 3.11's :mod:`dataclasses` writes each generated method (``__init__``, ``__repr__``,
``__eq__``, a frozen class's ``__setattr__`` …) as source text and compiles it with ``exec``:
the ~60 dataclasses a warm ``aligner check`` creates (its own and typer's, ~110 KB of text)
cost ~180 M instructions of parsing and compiling, ~8 % of the run.  :func:`install` (the CLI
only, before it imports typer) gives the ``dataclasses`` module an ``exec`` that takes the
code of a text it has seen before from a table (text -> code object) and otherwise compiles
it exactly as ``exec`` does (file name ``<string>``, no future flags: ``dataclasses`` has
none to pass on).  The classes are the same; only the compiling is skipped.

The table is a ``marshal`` file beside this module's ``.pyc`` (``__pycache__/
dataclass_code.<cache tag>.marshal``; it holds code objects, so it is kept where the
compiled modules are and read only when it is the user's own and nobody else may write
it), written back at exit when the process compiled a text the table lacked.  A file of
another bytecode version, unreadable or damaged is ignored (and rewritten).
"""
from __future__ import annotations

import builtins
import sys
from types import CodeType

#: more entries than this (texts of code that no longer exists): keep only this run's
MAX_ENTRIES = 5000

_table: dict = {}
_used: dict = {}
_missed = False
_path = None


def _table_path():
    import importlib.util
    import os
    try:
        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):       # no cache tag, no source path
        return None
    return os.path.join(os.path.dirname(pyc), f"dataclass_code.{sys.implementation.cache_tag}.marshal")


def _load(path) -> dict:
    import importlib.util
    import marshal

    from .output import read_private
    try:
        data = read_private(path)
        if data is None:
            return {}
        magic, table = marshal.loads(data)
        if magic != importlib.util.MAGIC_NUMBER or not isinstance(table, dict):
            return {}
        return {k: v for k, v in table.items() if type(k) is str and type(v) is CodeType}
    except Exception:           # missing, unreadable, another format, damaged: compile as before
        return {}


def _exec(source, globals=None, locals=None, /, **kwargs):
    """``exec`` for :mod:`dataclasses`: a text's code compiled once a table, not every run."""
    global _missed
    if type(source) is str and not kwargs:
        code = _table.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _missed = True
        _used[source] = code
        source = code
    return builtins.exec(source, globals, locals, **kwargs)


def _save() -> None:
    import importlib.util
    import marshal
    import os

    from .output import atomic_write
    if not _missed or _path is None or sys.dont_write_bytecode:
        return
    table = {**_table, **_used}
    if len(table) > MAX_ENTRIES:
        table = dict(_used)
    try:
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        atomic_write(_path, marshal.dumps((importlib.util.MAGIC_NUMBER, table)), private=True)
    except (OSError, ValueError):           # a read-only install: compile every run, as before
        pass


def install() -> None:
    """Route the ``exec`` of :mod:`dataclasses` through the table (once a process)."""
    global _path
    import dataclasses
    if _path is not None or getattr(dataclasses, "exec", None) is _exec:
        return
    path = _table_path()
    if path is None:
        return
    import atexit
    _path = path
    _table.update(_load(path))
    dataclasses.exec = _exec                # found before the builtin by _create_fn's lookup
    atexit.register(_save)
