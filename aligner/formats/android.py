"""Android ``strings.xml`` → :class:`UnitSet` (format "android"): a monolingual pair
``values/strings.xml`` + ``values-ps/strings.xml`` paired by resource name.

- ``<string name="k">`` → unit ``k``; ``<plurals name="k">`` items → units ``k[one]``,
  ``k[other]`` (key ``k``, :attr:`Unit.plural` the quantity; a quantity the target has and the
  English lacks is checked against the English ``other``); ``<string-array name="k">`` items →
  units ``k.0``, ``k.1``…;
- a ``product`` variant (``<string name="k" product="tablet">``) is unit ``k#tablet``;
- ``formatted="false"`` (aapt does not read the resource as a format string: several
  non-positional ``%s %s`` allowed) on the translation's resource gives the unit the syntax
  ``android-unformatted``: its ``%s`` are still compared as placeholders (the string may still
  be formatted at run time), but PH-ANDROID-FORMAT (aapt2 refuses several non-positional
  substitutions in a format string) does not apply;
- ``translatable="false"`` resources are not units; one the translation has all the same is
  listed in ``meta["translated_not_translatable"]`` (its first unit's id, key, line and column
  in the target, its name and line in the source, ``copy``: every text the same as the
  source's), which :func:`aligner.keyed.file_findings`
  reports as ``L10N-NOT-TRANSLATABLE``; a value that is only a reference
  (``@string/app_name``) is a unit with ``translatable`` False;
- texts are as written: XML character references and entities of the XML itself decoded,
  Android escapes (``\\n \\' \\" \\@ \\? \\uXXXX``) and ``%1$s`` kept (the placeholder analysis
  reads them with syntax "android", :attr:`UnitSet.syntaxes`);
- inline elements (``<b>``, ``<i>``, ``<u>``, ``<xliff:g id="n">``) are written back as tags and
  marked as tag codes (kind "tag", syntax "android", named ``<b>``, ``<xliff:g>``); HTML inside
  ``<![CDATA[…]]>`` (or escaped as ``&lt;b&gt;``) is marked the same way;
- :attr:`Unit.line`/``column`` is where the text starts (just after the start tag).

The XML is parsed by :func:`aligner.formats.xml_safe.parse_xml`: entities, DTDs and network
access are refused.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from lxml import etree

from ..errors import InputError
from ..text.reading import read_bytes_checked
from .base import Code, Unit, UnitSet, reader
from .xml_safe import parse_xml

_HIDDEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.S)
_HTML_TAG = re.compile(r"<(/)?([A-Za-z][\w:.-]*)(?:\s[^<>]*?)?\s*(/)?>")
#: HTML elements without a closing tag that Android's Html.fromHtml knows
_VOID = {"br", "hr", "img", "wbr"}
_REFERENCE = re.compile(r"^\s*@(?:[\w.]+:)?[\w]+/[\w.]+\s*$")


def _sniff(head: str) -> bool:
    return "<resources" in head


def _qname(el) -> str:
    local = etree.QName(el).localname
    return f"{el.prefix}:{local}" if el.prefix else local


class _Text:
    """The text of one resource value with its tag codes."""

    def __init__(self):
        self.parts: list[str] = []
        self.codes: list[Code] = []
        self.length = 0

    def add(self, s: str, code: Optional[tuple[str, str]] = None) -> None:
        if code is not None:
            self.codes.append(Code(self.length, self.length + len(s), code[0], code[1], "android", "tag"))
        elif s:
            for m in _HTML_TAG.finditer(s):          # HTML in CDATA or escaped text
                void = m.group(3) or m.group(2).lower() in _VOID
                role = "standalone" if void else ("close" if m.group(1) else "open")
                self.codes.append(Code(self.length + m.start(), self.length + m.end(), f"<{m.group(2)}>",
                                       role, "android", "tag"))
        self.parts.append(s)
        self.length += len(s)

    def element(self, el) -> None:
        self.add(el.text or "")
        for child in el:
            if not isinstance(child.tag, str):       # a comment or processing instruction
                self.add(child.tail or "")
                continue
            name = _qname(child)
            attrs = "".join(f' {_attr_name(child, k)}="{_attr_value(v)}"' for k, v in child.attrib.items())
            if len(child) == 0 and not child.text:
                self.add(f"<{name}{attrs}/>", (f"<{name}>", "standalone"))
            else:
                self.add(f"<{name}{attrs}>", (f"<{name}>", "open"))
                self.element(child)
                self.add(f"</{name}>", (f"<{name}>", "close"))
            self.add(child.tail or "")

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _attr_name(el, key: str) -> str:
    if key.startswith("{"):
        ns, local = key[1:].split("}", 1)
        prefix = next((p for p, u in el.nsmap.items() if u == ns and p), None)
        return f"{prefix}:{local}" if prefix else local
    return key


def _attr_value(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


class _Resources:
    """One strings.xml: its messages (id → (key, text, codes, line, column, plural, translatable))."""

    def __init__(self, path: str, max_bytes: Optional[int]):
        self.path = path
        data = read_bytes_checked(path, max_bytes=max_bytes)
        root = parse_xml(data, path)
        if not isinstance(root.tag, str) or etree.QName(root).localname != "resources":
            raise InputError(f"{path}:{root.sourceline or 1}: not an Android resource file "
                             f"(the root element is <{_qname(root) if isinstance(root.tag, str) else '?'}>, "
                             "expected <resources>)")
        text = data.decode("utf-8", "replace")
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._text_start = self._locate(root, _HIDDEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text))
        self.messages: dict[str, tuple] = {}
        #: resource id → its resource's name (``k`` for ``k[one]``, ``k.0``, ``k#tablet``)
        self.names: dict[str, str] = {}
        #: resources marked ``translatable="false"``: name → (line, column)
        self.fixed: dict[str, tuple[int, int]] = {}
        self.fixed_messages: dict[str, tuple] = {}
        for el in root:
            if not isinstance(el.tag, str):
                continue
            tag, name = etree.QName(el).localname, el.get("name")
            if not name:
                continue
            self._name = name
            self._store = self.messages
            if el.get("translatable") == "false":
                self.fixed.setdefault(name, self._position(el))
                self._store = self.fixed_messages        # read, to tell a translation from a copy
            self._formatted = el.get("formatted") != "false"
            if el.get("product") not in (None, "default"):      # a variant: <string name="x" product="tablet">
                name = f"{name}#{el.get('product')}"
            if tag == "string":
                self._add(name, name, el, None)
            elif tag == "plurals":
                for item in el:
                    if isinstance(item.tag, str) and etree.QName(item).localname == "item" and item.get("quantity"):
                        self._add(f"{name}[{item.get('quantity')}]", name, item, item.get("quantity"))
            elif tag == "string-array":
                items = [i for i in el if isinstance(i.tag, str) and etree.QName(i).localname == "item"]
                for k, item in enumerate(items):
                    self._add(f"{name}.{k}", f"{name}.{k}", item, None)

    def _locate(self, root, masked: str) -> dict:
        """element → offset where its text starts (just after its start tag), found by walking
        the start tags in document order over the text with comments and CDATA blanked."""
        out, cursor, patterns = {}, 0, {}
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            name = _qname(el)
            if name not in patterns:
                patterns[name] = re.compile(r"<" + re.escape(name) + r"(?=[\s/>])[^>]*>")
            m = patterns[name].search(masked, cursor)
            if m is None:
                continue
            out[el] = m.end()
            cursor = m.end()
        return out

    def _position(self, el) -> tuple[int, int]:
        offset = self._text_start.get(el)
        if offset is None:
            return el.sourceline or 0, 1
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def _add(self, uid: str, key: str, el, plural: Optional[str]) -> None:
        if uid in self.messages or uid in self.fixed_messages:
            first = (self.messages.get(uid) or self.fixed_messages[uid])[3]
            raise InputError(f"{self.path}:{el.sourceline}: duplicate resource {uid!r} (first at line {first})")
        t = _Text()
        t.element(el)
        line, col = self._position(el)
        self._store[uid] = (key, t.text, tuple(t.codes), line, col, plural, not _REFERENCE.match(t.text),
                            self._formatted)
        self.names[uid] = self._name


@reader("android", (".xml",), sniff=_sniff)
def read_android(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    """The strings of ``source`` (values/strings.xml) paired by name with ``target``
    (values-ps/strings.xml)."""
    if target is None:
        raise InputError(f"{source}: an Android strings.xml holds one language; give the source "
                         "(values/strings.xml) and the target (values-ps/strings.xml)")
    src, tgt = _Resources(source, max_bytes), _Resources(target, max_bytes)
    units, extra, fixed = [], [], {}
    for uid, (key, text, codes, sl, sc, plural, translatable, _formatted) in src.messages.items():
        t = tgt.messages.get(uid)
        units.append(_unit(uid, key, text, codes, sl, sc, t, plural, translatable))
    for uid, t in tgt.messages.items():
        if uid in src.messages:
            continue
        other = src.messages.get(f"{t[0]}[other]") if t[5] else None
        if other is not None:     # a quantity the English does not have: against its "other"
            units.append(_unit(uid, t[0], other[1], other[2], other[3], other[4], t, t[5], other[6]))
        elif tgt.names[uid] in src.fixed:
            # translatable="false" in the English, in the translation all the same (Android lint's
            # ExtraTranslation): L10N-NOT-TRANSLATABLE (aligner.keyed.file_findings), once per resource
            name = tgt.names[uid]
            own = src.fixed_messages.get(uid)
            copied = own is not None and own[1].strip() == t[1].strip()
            if name in fixed:
                fixed[name]["copy"] = fixed[name]["copy"] and copied
                continue
            line, col = src.fixed[name]
            fixed[name] = {"id": uid, "key": t[0], "line": t[3], "column": t[4], "name": name,
                           "source_line": line, "source_column": col, "copy": copied}
        else:
            extra.append(uid)
    return UnitSet(path=source, format="android", units=units, target_path=target, syntaxes=("android",),
                   meta={"extra_target_keys": extra, "translated_not_translatable": list(fixed.values())})


def _unit(uid, key, text, codes, sl, sc, t, plural, translatable) -> Unit:
    return Unit(id=uid, key=key, source=text, source_codes=codes, source_line=sl, source_column=sc,
                target=t[1] if t else None, target_codes=t[2] if t else (), line=t[3] if t else 0,
                column=t[4] if t else 0, plural=plural, translatable=translatable,
                syntaxes=("android-unformatted",) if t and not t[7] else ())
