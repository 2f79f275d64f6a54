"""YAML i18n key files → :class:`UnitSet` (format "yaml"): a monolingual pair ``en.yml`` +
``ps.yml`` paired by key.

- Rails style: a single locale root key (``en:`` … / ``ps:`` …) is dropped from the keys and
  names the language; files without one (Symfony ``messages.en.yaml``) are read as they are;
- nested keys are dotted (``activerecord.errors.messages.blank``), sequence items indexed
  (``date.day_names.0``); only string values are messages;
- a mapping whose keys are CLDR plural categories (``one:``/``other:``, Rails and
  rails-i18n style) gives units with :attr:`Unit.plural` set; a category the target has and
  the English lacks is checked against the English ``other``;
- anchors, aliases and ``<<`` merge keys are followed, bounded: a file whose aliases expand
  to more than :data:`MAX_VALUES` values (a "billion laughs" bomb) or refer to themselves is
  refused; tags never construct objects (ruamel.yaml's round-trip loader);
- a Ruby symbol value (``:day`` in Rails ``date.order``) is a unit with ``translatable`` False;
- a malformed file or a duplicate key is ``FILE:LINE:COL: …``.

:attr:`Unit.line`/``column`` is where the target value starts (its opening quote, or the
``|``/``>`` of a block scalar), from ruamel.yaml's position records.
"""
from __future__ import annotations

import re
from typing import Optional

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ..errors import InputError
from ..text.reading import read_text_checked
from .base import Unit, UnitSet, reader

#: at most this many values are visited in one file (aliases can multiply them)
MAX_VALUES = 200_000
_LOCALE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
#: a Ruby symbol (Rails ``date.order: [:day, :month, :year]``): configuration, not text
_SYMBOL = re.compile(r"^:[A-Za-z_]\w*$")


class _File:
    """One YAML file: its messages (dotted key → (text, line, column, plural category))."""

    def __init__(self, path: str, max_bytes: Optional[int]):
        self.path = path
        text, _digest = read_text_checked(path, max_bytes=max_bytes)
        try:
            data = YAML(typ="rt", pure=True).load(text)
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"{mark.line + 1}:{mark.column + 1}" if mark is not None else "?"
            what = (exc.problem or exc.context or "malformed").split("\n")[0]
            raise InputError(f"{path}:{where}: malformed YAML: {what}") from None
        except (YAMLError, RecursionError, ValueError) as exc:
            raise InputError(f"{path}: malformed YAML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
        if data is None:
            data = CommentedMap()
        if not isinstance(data, CommentedMap):
            raise InputError(f"{path}:1: expected a YAML mapping of messages (key: text) at the top")
        self.lang: Optional[str] = None
        if len(data) == 1:
            (root_key,) = data.keys()
            if isinstance(root_key, str) and _LOCALE.match(root_key) and isinstance(data[root_key], CommentedMap):
                self.lang = root_key
                data = data[root_key]
        self.messages: dict[str, tuple[str, int, int, Optional[str]]] = {}
        self._visited = 0
        self._walk(data, "", [], None)

    def _count(self) -> None:
        self._visited += 1
        if self._visited > MAX_VALUES:
            raise InputError(f"{self.path}: YAML aliases expand to more than {MAX_VALUES:,} values "
                             "(refused: an alias bomb?)")

    def _walk(self, node, prefix: str, stack: list, plural: Optional[str]) -> None:
        if id(node) in stack:
            raise InputError(f"{self.path}: a YAML alias refers to itself at {prefix or 'the top'!r} (refused)")
        stack.append(id(node))
        if isinstance(node, CommentedMap):
            keys = [str(k) for k in node]
            is_plural = bool(keys) and set(keys) <= _CATEGORIES and "other" in keys
            for k in node:
                self._count()
                key = f"{prefix}.{k}" if prefix else str(k)
                value = node[k]
                if isinstance(value, str):
                    line, col = _position(node, k)
                    self._add(key, value, line, col, str(k) if is_plural else None)
                else:
                    self._walk(value, key, stack, None)
        elif isinstance(node, CommentedSeq):
            for i, value in enumerate(node):
                self._count()
                key = f"{prefix}.{i}" if prefix else str(i)
                if isinstance(value, str):
                    try:
                        line, col = node.lc.item(i)
                        line, col = line + 1, col + 1
                    except (KeyError, AttributeError, TypeError):
                        line, col = 0, 0
                    self._add(key, value, line, col, None)
                else:
                    self._walk(value, key, stack, None)
        stack.pop()

    def _add(self, key: str, value: str, line: int, col: int, plural: Optional[str]) -> None:
        if key in self.messages:
            raise InputError(f"{self.path}:{line}:{col}: duplicate key {key!r} (a dotted key and a nested one "
                             f"name the same message; first at line {self.messages[key][1]})")
        self.messages[key] = (str(value), line, col, plural)


def _position(node: CommentedMap, key) -> tuple[int, int]:
    """1-based (line, column) where the value of ``key`` starts (a merged key: in the mapping
    it was merged from)."""
    try:
        line, col = node.lc.value(key)
        return line + 1, col + 1
    except (KeyError, AttributeError, TypeError):
        pass
    for merged in getattr(node, "merge", None) or ():
        merged = merged[1] if isinstance(merged, tuple) else merged      # older ruamel: (index, map)
        if isinstance(merged, CommentedMap) and key in merged:
            return _position(merged, key)
    return 0, 0


@reader("yaml", (".yml", ".yaml"))
def read_yaml(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    """The messages of ``source`` (English) paired by key with those of ``target`` (Pashto)."""
    if target is None:
        raise InputError(f"{source}: a YAML key file holds one language; give the source and the target file")
    src, tgt = _File(source, max_bytes), _File(target, max_bytes)
    units, extra = [], []
    for key, (text, sl, sc, plural) in src.messages.items():
        t = tgt.messages.get(key)
        units.append(Unit(id=key, key=key, source=text, target=t[0] if t else None, line=t[1] if t else 0,
                          column=t[2] if t else 0, source_line=sl, source_column=sc, plural=plural,
                          translatable=not _SYMBOL.match(text)))
    for key, (text, line, col, plural) in tgt.messages.items():
        if key in src.messages:
            continue
        other = src.messages.get(key.rsplit(".", 1)[0] + ".other") if plural else None
        if other is not None:     # a plural form the English does not have: against its "other"
            units.append(Unit(id=key, key=key, source=other[0], target=text, line=line, column=col,
                              source_line=other[1], source_column=other[2], plural=plural))
        else:
            extra.append(key)
    return UnitSet(path=source, format="yaml", units=units, target_path=target,
                   source_lang=src.lang or "en", target_lang=tgt.lang or "ps",
                   meta={"extra_target_keys": extra})
