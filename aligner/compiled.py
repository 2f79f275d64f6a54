"""What the CLI compiled at every start, compiled once: the methods ``@dataclass`` generates
and the programs of regular expressions.

* Python 3.11's :mod:`dataclasses` writes each generated method (``__init__``, ``__repr__``,
  ``__eq__``, a frozen class's ``__setattr__`` …) as source text and compiles it with ``exec``:
  the ~60 dataclasses a warm ``aligner check`` creates (its own and typer's, ~110 KB of text)
  cost ~160 M instructions of parsing and compiling, ~7 % of the run.  The ``dataclasses``
  module gets an ``exec`` that takes the code of a text it has seen before from the table and
  otherwise compiles it exactly as ``exec`` does (file name ``<string>``, no future flags:
  ``dataclasses`` has none to pass on).
* :mod:`re` parses a pattern and generates its matcher program (a list of integers) in
  Python: the ~180 patterns of a warm check (the checks', the language data's, typer's and
  numpy's) are ~45 ms CPU, ~6 %.  ``re._compiler.compile`` is replaced by one that hands the
  program stored for a (pattern, flags) to ``_sre.compile``, as ``re`` itself does after
  generating it (the program is validated there again); str patterns only, not DEBUG nor
  LOCALE.

The objects are the same (equal patterns, the same code objects); only the compiling is
skipped.  :func:`install` is called by the CLI only, before it imports typer.  The table is a
``marshal`` file beside this module's ``.pyc`` (``__pycache__/compiled.<cache tag>.marshal``:
it holds code objects, so it is kept where the compiled modules are, read only when it is the
user's own and nobody else may write it, and not written when Python writes no bytecode),
written back at exit when the process compiled something the table lacked.  A file of another
Python, unreadable or damaged, is ignored (and rewritten); a Python whose ``re`` or
``dataclasses`` is not the expected one is left alone.
"""
from __future__ import annotations

import builtins
import sys
from types import CodeType

#: more entries than this in a table (texts of code that changed since): keep only this run's
MAX_ENTRIES = 5000

_tables: dict = {"dataclasses": {}, "re": {}}
_used: dict = {"dataclasses": {}, "re": {}}
_missed = False
_path = None


def _version() -> tuple:
    import importlib.util

    import _sre
    return (importlib.util.MAGIC_NUMBER, _sre.MAGIC, sys.version)


def _table_path():
    import importlib.util
    import os
    try:
        pyc = importlib.util.cache_from_source(__file__)
    except (NotImplementedError, ValueError):       # no cache tag, no source path
        return None
    return os.path.join(os.path.dirname(pyc), f"compiled.{sys.implementation.cache_tag}.marshal")


def _load(path) -> dict:
    import marshal

    from .output import read_private
    try:
        data = read_private(path)
        if data is None:
            return {}
        version, dc, rx = marshal.loads(data)
        if version != _version() or not isinstance(dc, dict) or not isinstance(rx, dict):
            return {}
        return {"dataclasses": {k: v for k, v in dc.items() if type(k) is str and type(v) is CodeType},
                "re": {k: v for k, v in rx.items() if type(k) is tuple and type(v) is tuple and len(v) == 4}}
    except Exception:           # missing, unreadable, another format, damaged: compile as before
        return {}


def _exec(source, globals=None, locals=None, /, **kwargs):
    """``exec`` for :mod:`dataclasses`: a text's code compiled once a table, not every run."""
    global _missed
    if type(source) is str and not kwargs:
        code = _tables["dataclasses"].get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _missed = True
        _used["dataclasses"][source] = code
        source = code
    return builtins.exec(source, globals, locals, **kwargs)


def _regex_compiler(original):
    """``re._compiler.compile`` of Python 3.11, with the programs of str patterns kept."""
    import _sre
    from re import _compiler, _parser
    skip = _compiler.SRE_FLAG_DEBUG | _compiler.SRE_FLAG_LOCALE

    def compile_regex(p, flags=0):
        global _missed
        if type(p) is not str or type(flags) is not int or flags & skip:
            return original(p, flags)
        key = (p, flags)
        stored = _tables["re"].get(key)
        if stored is None:
            parsed = _parser.parse(p, flags)            # as _compiler.compile does
            code = [int(op) for op in _compiler._code(parsed, flags)]     # opcodes: int subclasses
            groupindex = parsed.state.groupdict
            indexgroup = [None] * parsed.state.groups
            for k, i in groupindex.items():
                indexgroup[i] = k
            stored = (int(flags | parsed.state.flags), code, int(parsed.state.groups - 1),
                      (dict(groupindex), tuple(indexgroup)))
            _missed = True
        _used["re"][key] = stored
        final, code, groups, (groupindex, indexgroup) = stored
        return _sre.compile(p, final, code, groups, groupindex, indexgroup)

    return compile_regex


def _save() -> None:
    import marshal
    import os

    from .output import atomic_write
    if not _missed or _path is None or sys.dont_write_bytecode:
        return
    tables = []
    for name in ("dataclasses", "re"):
        table = {**_tables[name], **_used[name]}
        tables.append(table if len(table) <= MAX_ENTRIES else dict(_used[name]))
    try:
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        atomic_write(_path, marshal.dumps((_version(), *tables)), private=True)
    except (OSError, ValueError):           # a read-only install: compile every run, as before
        pass


def _expected_re() -> bool:
    """``re`` as this module knows it (3.11: ``_compiler.compile`` parses, generates the code
    with ``_code`` and hands it to ``_sre.compile``)."""
    from re import _compiler, _parser
    return sys.version_info[:2] == (3, 11) and all(
        callable(getattr(m, n, None)) for m, n in ((_compiler, "compile"), (_compiler, "_code"), (_parser, "parse")))


def install() -> None:
    """Route ``dataclasses``' ``exec`` and ``re``'s compiling through the table (once a process)."""
    global _path
    import dataclasses
    import re
    if _path is not None:
        return
    path = _table_path()
    if path is None:
        return
    import atexit
    _path = path
    _tables.update(_load(path))
    dataclasses.exec = _exec                # found before the builtin by _create_fn's lookup
    if _expected_re():
        re._compiler.compile = _regex_compiler(re._compiler.compile)
    atexit.register(_save)
