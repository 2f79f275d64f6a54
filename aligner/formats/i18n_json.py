"""JSON i18n key files → :class:`UnitSet` (format "json"): a monolingual pair ``en.json`` +
``ps.json`` paired by key.

- flat and nested objects: a nested key is its dotted path (``menu.file.open``), an array
  item its index (``steps.0``); numbers, booleans and null are not messages;
- MediaWiki style: the top-level ``@metadata`` object (and any other top-level ``@…`` key,
  as in ARB files) is skipped; :attr:`UnitSet.syntaxes` is ``("mediawiki",)`` when a file has
  ``@metadata`` or its values use ``$1`` / ``{{PLURAL:…}}``;
- i18next (``{{name}}``, ``$t(key)``, plural suffixes ``_zero _one _two _few _many _other``,
  ``_ordinal_…``, v3 ``_plural``; gender context suffixes ``friend_male``): syntaxes
  ``("i18next",)``; a plural key's :attr:`Unit.plural` is its category (``"one"``), a context
  key's :attr:`Unit.context` its context; a plural form the target needs and the English lacks
  (``_few``) is checked against the English ``_other``;
- nested plural objects (``"inbox": {"one": …, "other": …}``) are plural forms too;
- ICU MessageFormat-looking values (``{n, plural, …}``, ``{name}``): ``("icu",)``; Flutter
  ``.arb`` files are read the same way (their ``@@locale`` and ``@key`` entries skipped);
- WebExtension/Chrome ``_locales/*/messages.json`` (``{"key": {"message": …, "description":
  …}}``): one unit per key, the description as a note.

Keys only in the source → units with ``target`` None (untranslated); keys only in the target
are not units: they are listed in ``UnitSet.meta["extra_target_keys"]``.  A duplicate key
(which ``json`` would silently resolve to its last value) is an InputError naming the file and
line; malformed JSON is ``FILE:LINE:COL: …``.  :attr:`Unit.line`/``column`` is the opening
quote of the target value in the target file (``source_line``/``source_column`` in the source).
"""
from __future__ import annotations

import bisect
import json
import re
from json.decoder import scanstring
from json.scanner import NUMBER_RE
from typing import Optional

from ..errors import InputError
from ..text.reading import read_text_checked
from .base import Unit, UnitSet, reader

MAX_DEPTH = 100
_WEBEXT_FIELDS = {"message", "description", "placeholders"}
_WS = re.compile(r"[ \t\n\r]*")
_PLURAL = re.compile(r"^(?P<base>.+?)(?P<sep>[_.])(?P<cat>(?:ordinal_)?(?:zero|one|two|few|many|other)|plural)$")

_MEDIAWIKI = re.compile(r"\$\d|\{\{\s*(?:PLURAL|GENDER|GRAMMAR|int|SITENAME)\s*[:|}]")
_I18NEXT = re.compile(r"\{\{\s*-?\s*[\w.]+\s*(?:,[^{}]*)?\}\}|\$t\(")
_ICU = re.compile(r"\{\s*\w+\s*,\s*(?:plural|select|selectordinal|number|date|time)\b|\{\s*[A-Za-z_]\w*\s*\}")


class _Str:
    """A string value and the offset of its opening quote."""
    __slots__ = ("value", "pos")

    def __init__(self, value: str, pos: int):
        self.value, self.pos = value, pos


class _Doc:
    """One JSON file: its messages (dotted key → _Str, in file order) and offset → position."""

    def __init__(self, path: str, max_bytes: Optional[int]):
        self.path = path
        self.text, _digest = read_text_checked(path, max_bytes=max_bytes)
        self.starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        try:
            json.loads(self.text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}") from None
        except RecursionError:
            raise InputError(f"{path}: JSON nested too deeply (more than {MAX_DEPTH} levels)") from None
        i = _WS.match(self.text, 0).end()
        if self.text[i:i + 1] != "{":
            line, col = self.position(i)
            raise InputError(f"{path}:{line}:{col}: expected a JSON object of messages (key: text) at the top")
        self.metadata = False
        self.messages: dict[str, _Str] = {}
        self.notes: dict[str, str] = {}
        tree, _end = self._value(i, 0)
        if not self._webextension(tree):
            self._flatten(tree, "", True)

    def _webextension(self, tree: list) -> bool:
        """A WebExtension/Chrome ``messages.json`` (every message an object with a
        ``"message"`` string, and maybe a ``"description"``): one message per key, its
        description a note."""
        def is_message(v) -> bool:
            return (isinstance(v, list) and any(k == "message" and isinstance(x, _Str) for k, _p, x in v)
                    and all(k in _WEBEXT_FIELDS for k, _p, _x in v))
        if not tree or not all(is_message(v) for _k, _pos, v in tree):
            return False
        for key, _pos, value in tree:
            fields = {k: x for k, _p, x in value}
            self.messages[key] = fields["message"]
            if isinstance(fields.get("description"), _Str):
                self.notes[key] = fields["description"].value
        return True

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    # -- a small JSON scanner that keeps positions and sees duplicate keys (the text is
    #    already known to be valid JSON)
    def _value(self, i: int, depth: int):
        s = self.text
        ch = s[i]
        if ch == '"':
            value, end = scanstring(s, i + 1)
            return _Str(value, i), end
        if ch == "{":
            if depth >= MAX_DEPTH:
                raise InputError(f"{self.path}:{self.position(i)[0]}: JSON nested too deeply (more than {MAX_DEPTH} levels)")
            items: list[tuple[str, int, object]] = []
            seen: dict[str, int] = {}
            i = _WS.match(s, i + 1).end()
            if s[i] == "}":
                return items, i + 1
            while True:
                key, j = scanstring(s, i + 1)
                if key in seen:
                    line, col = self.position(i)
                    raise InputError(f"{self.path}:{line}:{col}: duplicate key {key!r} "
                                     f"(first at line {self.position(seen[key])[0]})")
                seen[key] = i
                j = _WS.match(s, j).end() + 1          # the colon
                j = _WS.match(s, j).end()
                value, j = self._value(j, depth + 1)
                items.append((key, i, value))
                j = _WS.match(s, j).end()
                if s[j] == "}":
                    return items, j + 1
                i = _WS.match(s, j + 1).end()          # after the comma
        if ch == "[":
            if depth >= MAX_DEPTH:
                raise InputError(f"{self.path}:{self.position(i)[0]}: JSON nested too deeply (more than {MAX_DEPTH} levels)")
            values = []
            i = _WS.match(s, i + 1).end()
            if s[i] == "]":
                return tuple(values), i + 1
            while True:
                value, j = self._value(i, depth + 1)
                values.append(value)
                j = _WS.match(s, j).end()
                if s[j] == "]":
                    return tuple(values), j + 1
                i = _WS.match(s, j + 1).end()
        for word in ("true", "false", "null"):
            if s.startswith(word, i):
                return None, i + len(word)
        m = NUMBER_RE.match(s, i)
        return None, m.end()

    def _flatten(self, node, prefix: str, top: bool = False, key_pos: int = 0) -> None:
        if isinstance(node, _Str):
            if prefix in self.messages:
                line, col = self.position(key_pos)
                raise InputError(f"{self.path}:{line}:{col}: duplicate key {prefix!r} (a dotted key and a "
                                 f"nested one name the same message; first at line "
                                 f"{self.position(self.messages[prefix].pos)[0]})")
            self.messages[prefix] = node
        elif isinstance(node, list):           # an object: (key, offset, value)
            for key, pos, value in node:
                if top and key.startswith("@"):
                    self.metadata = self.metadata or key == "@metadata"
                    continue
                self._flatten(value, f"{prefix}.{key}" if prefix else key, key_pos=pos)
        elif isinstance(node, tuple):          # an array
            for k, value in enumerate(node):
                self._flatten(value, f"{prefix}.{k}" if prefix else str(k), key_pos=key_pos)


def _syntaxes(docs: list[_Doc]) -> tuple[str, ...]:
    values = [m.value for d in docs for m in d.messages.values()]
    if any(d.metadata for d in docs) or any(_MEDIAWIKI.search(v) for v in values):
        return ("mediawiki",)
    keys = [k for d in docs for k in d.messages]
    if any(_I18NEXT.search(v) for v in values) or any(sep == "_" for _b, _c, sep in _plural_keys(keys).values()):
        return ("i18next",)
    if any(_ICU.search(v) for v in values):
        return ("icu",)
    return ()


def _plural_keys(keys) -> dict[str, tuple[str, str, str]]:
    """key → (base, category, separator) for the keys that are plural forms: a CLDR category
    suffix on a base that has at least two forms (i18next ``item_one`` + ``item_other``, or
    nested ``item.one`` + ``item.other``), or i18next v3 ``_plural`` beside its base key."""
    keyset = set(keys)
    found: dict[str, tuple[str, str, str]] = {}
    bases: dict[tuple[str, str], int] = {}
    matches = {k: m for k in keyset if (m := _PLURAL.match(k))}
    for m in matches.values():
        bases[m["base"], m["sep"]] = bases.get((m["base"], m["sep"]), 0) + 1
    for k, m in matches.items():
        if m["cat"] == "plural":
            if m["sep"] == "_" and m["base"] in keyset:
                found[k] = (m["base"], "other", "_")
        elif bases[m["base"], m["sep"]] >= 2 and (m["sep"] == "_" or not m["cat"].startswith("ordinal")):
            found[k] = (m["base"], m["cat"], m["sep"])
    return found


_GENDER_CONTEXTS = {"male", "female", "neuter", "neutral", "masculine", "feminine"}


def _contexts(keys, plurals: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """key → context for i18next gender context keys: ``friend_male`` beside ``friend`` (or
    beside ``friend_one``/``friend_other``).  Other suffixes are not taken as contexts:
    ``error_network`` beside ``error`` is more likely a key of its own."""
    bases = {plurals[k][0] if k in plurals else k for k in keys}
    out = {}
    for k in keys:
        stem = plurals[k][0] if k in plurals else k
        head, sep, ctx = stem.rpartition("_")
        if sep and head in bases and ctx in _GENDER_CONTEXTS:
            out[k] = ctx
    return out


@reader("json", (".json", ".arb"))
def read_json(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    """The messages of ``source`` (English) paired by key with those of ``target`` (Pashto)."""
    if target is None:
        raise InputError(f"{source}: a JSON key file holds one language; give the source and the target file")
    src, tgt = _Doc(source, max_bytes), _Doc(target, max_bytes)
    syntaxes = _syntaxes([src, tgt])
    i18next = syntaxes == ("i18next",)
    plurals = _plural_keys(list(src.messages) + list(tgt.messages))
    contexts = _contexts(list(src.messages), plurals) if i18next else {}
    units = []
    for key, s in src.messages.items():
        t = tgt.messages.get(key)
        units.append(_unit(key, s, t, src, tgt, plurals.get(key), contexts.get(key)))
    extra = []
    for key, t in tgt.messages.items():
        if key in src.messages:
            continue
        p = plurals.get(key)
        other = src.messages.get(f"{p[0]}{p[2]}other") if p and p[1] != "other" else None
        if other is not None:      # a plural form the English does not have: against its "other"
            units.append(_unit(key, other, t, src, tgt, p, None))
        else:
            extra.append(key)
    return UnitSet(path=source, format="json", units=units, target_path=target, syntaxes=syntaxes,
                   meta={"extra_target_keys": extra})


def _unit(key: str, s: _Str, t: Optional[_Str], src: _Doc, tgt: _Doc, plural, context) -> Unit:
    sl, sc = src.position(s.pos)
    line, col = tgt.position(t.pos) if t is not None else (0, 0)
    note = src.notes.get(key)
    return Unit(id=key, key=key, source=s.value, target=t.value if t is not None else None, line=line,
                column=col, source_line=sl, source_column=sc, plural=plural[1] if plural else None,
                context=context, notes=(note,) if note else ())
