"""gettext PO/POT → :class:`UnitSet` (format "po").

One ``.po`` file is bilingual: ``msgid`` is the English source, ``msgstr`` the Pashto
translation.  A pair ``messages.pot`` (or ``en.po``) + ``ps.po`` also works: the units are
the source file's entries, and each takes the target file's ``msgstr`` of the entry with the
same ``msgctxt`` and ``msgid`` (the source text is the source entry's ``msgstr`` when it has
one, as in an ``en.po`` keyed by message ids, else its ``msgid``).

- ``msgctxt`` → :attr:`Unit.context`; the unit id is ``msgid``, or ``msgctxt|msgid`` when
  there is a context (readable in reports; the ``msgctxt`` is also its own field);
- ``#, fuzzy`` → state "fuzzy"; obsolete ``#~`` entries are skipped;
- ``c-format``/``objc-format``/``php-format`` → syntax "printf", ``python-format`` and
  ``python-brace-format`` → "python" (:attr:`Unit.syntaxes`);
- plural entries (``msgid_plural``, ``msgstr[0..n]``) → one unit per form, id ``…[n]``,
  :attr:`Unit.plural` "0", "1", …; form 0 translates ``msgid``, the others ``msgid_plural``;
- an empty ``msgstr`` → ``target`` None (untranslated);
- :attr:`Unit.line`/``column``: the opening quote of the ``msgstr`` text (its first
  non-empty string literal when the value starts with ``""``); ``source_line``: the ``msgid``.

polib (MIT) assembles the entries; a line scanner here checks every line first, so a syntax
error is one line ``FILE:LINE: …`` that names what is wrong.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

import polib

from ..errors import InputError
from ..text.reading import read_text_checked
from .base import Unit, UnitSet, reader

_STRING = r'"(?:[^"\\]|\\.)*"'
_KEYWORD_LINE = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(' + _STRING + r')\s*$')
_CONTINUATION = re.compile(_STRING + r'\s*$')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[[^\]]*\])?)(?=[\s\"]|$)")

_FLAG_SYNTAX = {"c-format": "printf", "objc-format": "printf", "php-format": "printf",
                "python-format": "python", "python-brace-format": "python"}


class _Positions:
    """Where each msgid and msgstr value is: the result of scanning the lines of a PO file
    (which also checks each line's syntax)."""

    def __init__(self):
        self.msgid_lines: list[int] = []
        self.msgid_cols: dict[int, int] = {}
        #: msgid line → {msgstr index (-1: plain msgstr): (line, column)}
        self.msgstrs: dict[int, dict[int, tuple[int, int]]] = {}
        #: line → keyword (to name an out-of-order keyword polib refuses)
        self.keywords: dict[int, str] = {}

    def entry(self, linenum: int) -> tuple[int, dict[int, tuple[int, int]]]:
        """(msgid line, msgstr positions) of the entry polib says starts at ``linenum``."""
        k = bisect.bisect_left(self.msgid_lines, linenum)
        if k == len(self.msgid_lines):
            return 0, {}
        mid = self.msgid_lines[k]
        return mid, self.msgstrs.get(mid, {})


def _scan(text: str, path: str) -> _Positions:
    """Check every line of a PO file and record where its msgid/msgstr values are."""
    pos = _Positions()
    value: Optional[list] = None        # [msgid line, index, line, col, empty-so-far] of the msgstr being read
    mid = 0
    expect_msgstr = False
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip().lstrip("\ufeff") if n == 1 else raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            continue            # comments, flags, references, previous (#|) and obsolete (#~) entries
        indent = len(raw) - len(raw.lstrip())
        m = _KEYWORD_LINE.match(line)
        if m:
            kw = m.group(1)
            pos.keywords[n] = kw
            col = indent + m.start(3) + 1
            if kw == "msgid":
                if expect_msgstr:
                    raise InputError(f"{path}:{n}: PO syntax error: msgid without a msgstr before it "
                                     f"(the entry at line {mid} has no msgstr)")
                mid = n
                pos.msgid_lines.append(n)
                pos.msgid_cols[n] = col
                expect_msgstr = True
                value = None
            elif kw.startswith("msgstr"):
                if not mid:
                    raise InputError(f"{path}:{n}: PO syntax error: {kw} without a msgid before it")
                index = int(m.group(2)) if m.group(2) is not None else -1
                empty = m.group(3) == '""'
                pos.msgstrs.setdefault(mid, {})[index] = (n, col)
                value = [mid, index, empty]
                expect_msgstr = False
            else:
                if kw == "msgctxt" and expect_msgstr:
                    raise InputError(f"{path}:{n}: PO syntax error: msgctxt without a msgstr before it "
                                     f"(the entry at line {mid} has no msgstr)")
                value = None
            continue
        if _CONTINUATION.match(line):
            if value is not None and value[2] and line[:2] != '""':
                # the msgstr began with "" and its text starts on this line
                pos.msgstrs[value[0]][value[1]] = (n, indent + 1)
                value[2] = False
            continue
        k = _KEYWORD.match(line)
        if k:
            what = f"{k.group(1)} needs one quoted string" if "[" not in k.group(1) or re.match(
                r"msgstr\[\d+\]", k.group(1)) else f"bad plural index in {k.group(1)}"
            raise InputError(f"{path}:{n}: PO syntax error: {what}, found {_clip(line)}")
        if line.startswith('"'):
            raise InputError(f"{path}:{n}: PO syntax error: unterminated or malformed string {_clip(line)}")
        raise InputError(f"{path}:{n}: PO syntax error: unexpected {_clip(line)} (expected msgctxt, msgid, "
                         "msgstr, a quoted string or a # comment)")
    if expect_msgstr:
        raise InputError(f"{path}:{mid}: PO syntax error: the last entry has no msgstr")
    return pos


def _clip(s: str, n: int = 40) -> str:
    s = s if len(s) <= n else s[:n] + "…"
    return repr(s)


def _parse(path: str, max_bytes: Optional[int]) -> tuple[polib.POFile, _Positions]:
    text, _digest = read_text_checked(path, max_bytes=max_bytes)
    pos = _scan(text, path)
    try:
        po = polib.pofile(text if "\n" in text else text + "\n", wrapwidth=0)
    except (OSError, ValueError, KeyError, IndexError) as exc:
        msg = str(exc)
        m = re.search(r"\(line (\d+)\)", msg)
        line = int(m.group(1)) if m else 0
        detail = msg.split(":", 1)[1].strip() if ":" in msg else ""
        if not detail and line in pos.keywords:
            detail = f"{pos.keywords[line]} is out of place here"
        raise InputError(f"{path}:{line or '?'}: PO syntax error: {detail or 'malformed entry'}") from None
    seen: dict[tuple, int] = {}
    for e in po:
        if e.obsolete:
            continue
        mid, _ = pos.entry(e.linenum)
        key = (e.msgctxt, e.msgid)
        if key in seen:
            raise InputError(f"{path}:{mid}: duplicate message definition of {_clip(e.msgid)}"
                             f"{' in context ' + _clip(e.msgctxt) if e.msgctxt is not None else ''} "
                             f"(first defined at line {seen[key]})")
        seen[key] = mid
    return po, pos


def _base_id(e: polib.POEntry) -> str:
    return e.msgid if e.msgctxt is None else f"{e.msgctxt}|{e.msgid}"


def _syntaxes(*entries) -> tuple[str, ...]:
    out: list[str] = []
    for e in entries:
        if e is None:
            continue
        for flag in e.flags:
            s = _FLAG_SYNTAX.get(flag.strip())
            if s and s not in out:
                out.append(s)
    return tuple(out)


def _nplurals(po: polib.POFile, default: int = 2) -> int:
    m = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    return int(m.group(1)) if m and 0 < int(m.group(1)) <= 6 else default


def _lang(po: polib.POFile, default: str) -> str:
    lang = po.metadata.get("Language", "").strip()
    return lang or default


def _notes(*entries) -> tuple[str, ...]:
    return tuple(n for e in entries if e is not None for n in (e.comment, e.tcomment) if n)


def _units(src: polib.POEntry, src_pos: _Positions, tgt: Optional[polib.POEntry], tgt_pos: Optional[_Positions],
           nplurals: int, pair: bool) -> list[Unit]:
    """The units of one entry: ``src`` gives the source text (its msgid; in a pair its msgstr
    when it has one), ``tgt`` the translation (the same entry for a bilingual file)."""
    src_line, _ = src_pos.entry(src.linenum)
    tgt_line, msgstrs = tgt_pos.entry(tgt.linenum) if tgt is not None and tgt_pos is not None else (0, {})
    base = dict(context=src.msgctxt, source_line=src_line, source_column=src_pos.msgid_cols.get(src_line, 0),
                state="fuzzy" if tgt is not None and "fuzzy" in tgt.flags else None,
                notes=_notes(src, tgt if tgt is not src else None), syntaxes=_syntaxes(src, tgt))
    if not src.msgid_plural:
        source = (src.msgstr or src.msgid) if pair else src.msgid
        target = tgt.msgstr if tgt is not None and tgt.msgstr else None
        line, col = msgstrs.get(-1, (tgt_line, 1) if tgt is not None else (0, 0))
        return [Unit(id=_base_id(src), source=source, target=target, line=line, column=col, **base)]
    forms = sorted(tgt.msgstr_plural) if tgt is not None and tgt.msgstr_plural else list(range(nplurals))
    units = []
    for i in forms:
        if pair and src.msgstr_plural.get(min(i, 1)):
            source = src.msgstr_plural[min(i, 1)]
        else:
            source = src.msgid if i == 0 else src.msgid_plural
        target = tgt.msgstr_plural.get(i) if tgt is not None else None
        line, col = msgstrs.get(i, (tgt_line, 1) if tgt is not None else (0, 0))
        units.append(Unit(id=f"{_base_id(src)}[{i}]", source=source, target=target or None, line=line,
                          column=col, plural=str(i), **base))
    return units


def _entries(po: polib.POFile) -> list[polib.POEntry]:
    return [e for e in po if not e.obsolete and e.msgid != ""]


@reader("po", (".po", ".pot"), bilingual=True)
def read_po(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    """A bilingual PO file (``target`` None), or a POT/``en.po`` + ``ps.po`` pair."""
    src_po, src_pos = _parse(source, max_bytes)
    if target is None:
        n = _nplurals(src_po)
        units = [u for e in _entries(src_po) for u in _units(e, src_pos, e, src_pos, n, pair=False)]
        return UnitSet(path=source, format="po", units=units, target_lang=_lang(src_po, "ps"),
                       meta={"plural_forms": src_po.metadata.get("Plural-Forms", "")})
    tgt_po, tgt_pos = _parse(target, max_bytes)
    by_key = {(e.msgctxt, e.msgid): e for e in _entries(tgt_po)}
    n = _nplurals(tgt_po)
    units, used = [], set()
    for e in _entries(src_po):
        t = by_key.get((e.msgctxt, e.msgid))
        used.add((e.msgctxt, e.msgid))
        units.extend(_units(e, src_pos, t, tgt_pos, n, pair=True))
    extra = [_base_id(e) for k, e in by_key.items() if k not in used]
    return UnitSet(path=source, format="po", units=units, target_path=target, target_lang=_lang(tgt_po, "ps"),
                   meta={"plural_forms": tgt_po.metadata.get("Plural-Forms", ""), "extra_target_keys": extra})
