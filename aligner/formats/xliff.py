"""XLIFF readers: 1.2 (``file/body/group/trans-unit``) and 2.0/2.1/2.2 (``file/unit/segment``).

A translation unit becomes a :class:`~.base.Unit` whose ``source``/``target`` keep their inline
elements exactly as the file writes them (``Click <g id="1">here</g>``) while the text between
them is XML-unescaped (``&amp;`` → ``&``); every inline element is a ``Code`` (kind ``tag``,
syntax ``xliff``) named by its family and id (``g#1``, ``x#2``, ``ph#3``, ``pc#1``; the two
halves of a pair share one name: ``bx``/``ex`` → ``bx#rid``, ``bpt``/``ept`` → ``bpt#id``,
``sc``/``ec`` → ``sc#id``, ``sm``/``em`` → ``sm#id``).  Elements holding native code
(1.2 ``ph bpt ept it``) are one code each, their content included, written as in the file.

Positions: lxml validates the file (:func:`aligner.formats.xml_safe.parse_xml`: no entities,
no DTD, no network); :func:`scan` then tokenizes the same text to find where every element's
tags start and end, so a unit's ``line``/``column`` is the exact 1-based position of its target
text (code points), and the XLIFF writer (:mod:`aligner.report.xliff`) can annotate the file
in place, leaving every other byte as it was.

1.2: ``target@state`` verbatim (``new``/``needs-translation`` carry it; the pipeline skips them
unless ``--include-untranslated``), ``translate="no"`` (inherited from groups) →
``translatable=False``, ``resname`` → ``key``, ``<note>`` → ``notes``; a trans-unit segmented
with ``<seg-source>``/``<mrk mtype="seg">`` gives one unit per segment (``tuid/mid``).
2.x: states on ``<segment>``; ``<ignorable>`` skipped; a unit of several segments gives one
Unit per segment, id ``unitid/segid`` (``unitid`` alone when it has one segment); ``unit@name``
→ ``key``.  ITS Localization Quality Issue markers (``mrk``/``sm``/``em`` carrying only
``its:locQualityIssue*`` annotations, as the XLIFF writer adds them) are review metadata, not
content: their tags are left out of the text, their content kept.
"""
from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterator, NamedTuple, Optional

from lxml import etree

from ..errors import InputError
from ..text.reading import read_bytes_checked
from .base import Code, Unit, UnitSet, reader
from .xml_safe import parse_xml

ITS_NS = "http://www.w3.org/2005/11/its"
XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
#: the id prefix of the annotations :mod:`aligner.report.xliff` writes
LQI_PREFIX = "aligner-lqi-"

SUPPORTED_1 = ("1.0", "1.1", "1.2")
SUPPORTED_2 = ("2.0", "2.1", "2.2")

# --- a position-keeping view of a parsed XML file ------------------------------------------

_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
                    r"|</[^>]*>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
_ESCAPE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def unescape(raw: str) -> str:
    """XML character data → text (the five predefined entities and character references;
    the parser has refused every other entity)."""
    def one(m: re.Match) -> str:
        ref = m.group(1)
        if ref[0] == "#":
            return chr(int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:]))
        return _NAMED[ref]
    return _ESCAPE.sub(one, raw) if "&" in raw else raw


def localname(el) -> str:
    tag = el.tag
    return tag[tag.rfind("}") + 1:]


class Token(NamedTuple):
    kind: str            # open | close | empty | text | cdata | other
    start: int
    end: int
    element: object = None


@dataclass
class XmlMap:
    """A parsed XML file with the position of every tag: ``text`` is the decoded file,
    ``tokens`` its markup and character data in order, ``where[element]`` the indexes of the
    element's opening and closing token (the same index for an empty element)."""
    path: str
    text: str
    root: object
    encoding: str
    tokens: list = field(default_factory=list)
    where: dict = field(default_factory=dict)
    _newlines: list = field(default_factory=list)

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column (code points) of offset ``pos`` of ``text``."""
        i = bisect_right(self._newlines, pos - 1)
        return i + 1, pos - (self._newlines[i - 1] + 1 if i else 0) + 1

    def inner(self, el) -> tuple[int, int]:
        """Offsets of the content of ``el`` (after its start tag, before its end tag)."""
        o, c = self.where[el]
        return self.tokens[o].end, (self.tokens[c].start if c != o else self.tokens[o].end)

    def outer(self, el) -> tuple[int, int]:
        o, c = self.where[el]
        return self.tokens[o].start, self.tokens[c].end


def _bom_encoding(data: bytes) -> Optional[str]:
    """The encoding a byte-order mark says (which wins over a missing or wrong declaration)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                      (codecs.BOM_UTF8, "UTF-8"), (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if data.startswith(bom):
            return name
    return None


def _decode(data: bytes, encoding: str, path: str) -> str:
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot decode the XML as {encoding} ({exc.__class__.__name__})") from None
    return text[1:] if text.startswith("\ufeff") else text


def scan(data: bytes, path: str) -> XmlMap:
    """Parse ``data`` safely and map every element to its tags' offsets."""
    root = parse_xml(data, path)
    ref = next(root.iter(etree.Entity), None)
    if ref is not None:                    # declared in an external DTD, which is never loaded
        raise InputError(f"{path}:{ref.sourceline}: the XML refers to the entity {ref.text}, which is never "
                         "resolved (only &lt; &gt; &amp; &quot; &apos; and character references are)")
    encoding = _bom_encoding(data) or root.getroottree().docinfo.encoding or "UTF-8"
    text = _decode(data, encoding, path)
    m = XmlMap(path, text, root, encoding)
    m._newlines = [nl.start() for nl in re.finditer("\n", text)]
    elements = list(root.iter(tag=etree.Element))
    k = 0
    stack: list = []
    tokens, where = m.tokens, m.where
    append = tokens.append
    pos = 0
    for t in _TOKEN.finditer(text):
        s, e = t.span()
        if s > pos and stack:
            append(Token("text", pos, s))
        pos = e
        c1 = text[s + 1]
        if c1 == "/":
            el, o = stack.pop()
            where[el] = (o, len(tokens))
            append(Token("close", s, e, el))
        elif c1 == "!":
            append(Token("cdata" if text.startswith("<![CDATA[", s) else "other", s, e))
        elif c1 == "?":
            append(Token("other", s, e))
        else:
            if k == len(elements):        # cannot happen for a file lxml accepted
                raise InputError(f"{path}: cannot locate the elements of the file")
            el = elements[k]
            k += 1
            if text[e - 2] == "/":
                where[el] = (len(tokens), len(tokens))
                append(Token("empty", s, e, el))
            else:
                stack.append((el, len(tokens)))
                append(Token("open", s, e, el))
    if k != len(elements) or stack:
        raise InputError(f"{path}: cannot locate the elements of the file")
    return m


def read_map(path: str, max_bytes: Optional[int] = None) -> XmlMap:
    return scan(read_bytes_checked(path, max_bytes=max_bytes), path)


# --- inline content → text + codes ---------------------------------------------------------

#: name a code: element → (name, role) for its opening tag or whole element
Namer = Callable[[object, str], tuple[str, str]]


def inline(m: XmlMap, el, syntax: str, namer: Namer, *, native: frozenset = frozenset(),
           paired: frozenset = frozenset(), transparent: Callable[[object], bool] = lambda e: False
           ) -> tuple[str, tuple[Code, ...]]:
    """The content of ``el`` as a unit text and its codes.  Character data is unescaped;
    child elements are kept as written: a ``native`` element (one holding original code, such
    as ``ph``) whole, as one code; a ``paired`` element's tags as an open and a close code
    (an empty ``<g/>`` gives both, the close one empty); any other tag as one code with the
    role ``namer`` gives it; ``transparent`` elements' tags are left out."""
    o, c = m.where[el]
    out: list[str] = []
    codes: list[Code] = []
    length = 0
    text = m.text
    i = o + 1
    while i < c:
        t = m.tokens[i]
        raw = text[t.start:t.end]
        if t.kind == "text":
            piece = unescape(raw)
        elif t.kind == "cdata":
            piece = raw[9:-3]
        elif t.kind == "other":
            i += 1
            continue
        else:
            child = t.element
            local = localname(child)
            if transparent(child):
                i += 1
                continue
            if local in native and t.kind != "close":
                end = m.where[child][1]
                raw = text[t.start:m.tokens[end].end]
                name, role = namer(child, "open")
                codes.append(Code(length, length + len(raw), name, role, syntax, "tag"))
                i = end
            elif local in paired:
                name, _ = namer(child, "open")
                role = "close" if t.kind == "close" else "open"
                codes.append(Code(length, length + len(raw), name, role, syntax, "tag"))
                if t.kind == "empty":
                    codes.append(Code(length + len(raw), length + len(raw), name, "close", syntax, "tag"))
            else:
                if t.kind == "close":          # the end tag of a non-paired element with content
                    name, role = namer(child, "close")
                else:
                    name, role = namer(child, "open")
                codes.append(Code(length, length + len(raw), name, role, syntax, "tag"))
            piece = raw
        out.append(piece)
        length += len(piece)
        i += 1
    return "".join(out), tuple(codes)


def _key(el, *attrs: str) -> Optional[str]:
    return next((el.get(a) for a in attrs if el.get(a) is not None), None)


def _named(family: str, key: Optional[str]) -> str:
    return f"{family}#{key}" if key is not None else family


_ROLE_12 = {"bx": ("bx", "open", ("rid", "id")), "ex": ("bx", "close", ("rid", "id")),
            "bpt": ("bpt", "open", ("rid", "id")), "ept": ("bpt", "close", ("rid", "id")),
            "x": ("x", "standalone", ("id",)), "ph": ("ph", "standalone", ("id",)),
            "it": ("it", "standalone", ("id",)), "g": ("g", "open", ("id",)),
            "mrk": ("mrk", "open", ("mid", "mtype")), "sub": ("sub", "open", ())}
_ROLE_2 = {"sc": ("sc", "open", ("id",)), "ec": ("sc", "close", ("startRef", "id")),
           "sm": ("sm", "open", ("id",)), "em": ("sm", "close", ("startRef",)),
           "ph": ("ph", "standalone", ("id",)), "pc": ("pc", "open", ("id",)),
           "mrk": ("mrk", "open", ("id",)), "cp": ("cp", "standalone", ("hex",))}


def _namer(table: dict) -> Namer:
    def namer(el, which: str) -> tuple[str, str]:
        local = localname(el)
        family, role, attrs = table.get(local, (local, "standalone", ("id",)))
        if el.get("isolated") == "yes":       # 2.x sc/ec whose partner is in another segment
            role = "standalone"
        if which == "close" and role == "open":
            role = "close"
        return _named(family, _key(el, *attrs)), role
    return namer


_NAMER_12 = _namer(_ROLE_12)
_NAMER_2 = _namer(_ROLE_2)
_NATIVE_12 = frozenset({"ph", "bpt", "ept", "it"})
_PAIRED_12 = frozenset({"g", "mrk", "sub"})
_PAIRED_2 = frozenset({"pc", "mrk"})


def is_lqi_marker(el) -> bool:
    """An ITS Localization Quality Issue marker: a ``mrk``/``sm``/``em`` whose only job is
    to carry ``its:locQualityIssue*`` annotations (review metadata, not content)."""
    local = localname(el)
    if local == "em":
        ref = el.get("startRef")
        top = next((a for a in el.iterancestors() if localname(a) in ("source", "target")), None)
        return top is not None and any(sm.get("id") == ref and is_lqi_marker(sm) for sm in top.iter("{*}sm"))
    if local not in ("mrk", "sm"):
        return False
    if el.get("type", "its:generic") != "its:generic" or el.get("mtype", "x-its") != "x-its":
        return False
    return any(etree.QName(a).namespace == ITS_NS and etree.QName(a).localname.startswith("locQualityIssue")
               for a in el.attrib)


# --- the XLIFF structure ---------------------------------------------------------------------

@dataclass
class Segment:
    """One unit of the file as the reader and the writer see it: the elements holding its
    source and target text (``target`` None: no translation) and the unit element around."""
    id: str
    container: object          # 1.2 trans-unit, 2.x unit
    source: object
    target: object
    owner: object              # 1.2 trans-unit, 2.x segment (holds the state)
    key: Optional[str] = None
    state: Optional[str] = None
    translatable: bool = True
    notes: tuple[str, ...] = ()


def version_of(m: XmlMap) -> int:
    """1 or 2, or an InputError naming the file and the root's line."""
    root = m.root
    line = root.sourceline or 1
    local, ns = localname(root), etree.QName(root).namespace
    if local != "xliff":
        raise InputError(f"{m.path}:{line}: not an XLIFF file: the root element is <{local}>, not <xliff>")
    version = (root.get("version") or "").strip()
    if version in SUPPORTED_1 or (not version and ns == XLIFF12_NS):
        return 1
    if version in SUPPORTED_2 or (not version and ns and ns.startswith("urn:oasis:names:tc:xliff:document:2")):
        return 2
    raise InputError(f"{m.path}:{line}: unsupported XLIFF version {version or '(none)'!r}; "
                     f"supported: {', '.join(SUPPORTED_1[1:] + SUPPORTED_2)}")


def _children(el, name: str, ns: Optional[str]) -> list:
    return list(el.iterchildren(f"{{{ns}}}{name}" if ns else name))


def _translatable(el, stop) -> bool:
    while el is not None:
        value = el.get("translate")
        if value is not None:
            return value.strip().lower() != "no"
        if el is stop:
            break
        el = el.getparent()
    return True


def _notes(el, ns) -> tuple[str, ...]:
    return tuple(" ".join("".join(n.itertext()).split()) for n in el.iter(f"{{{ns}}}note" if ns else "note"))


def _unique(ids: dict, wanted: str) -> str:
    n = ids.get(wanted, 0) + 1
    ids[wanted] = n
    return wanted if n == 1 else f"{wanted}#{n}"


def segments(m: XmlMap) -> Iterator[Segment]:
    """The units of an XLIFF file in document order (1.2 or 2.x), with their elements."""
    version = version_of(m)
    ns = etree.QName(m.root).namespace
    ids: dict = {}
    if version == 1:
        for ordinal, tu in enumerate(m.root.iter(f"{{{ns}}}trans-unit" if ns else "trans-unit"), 1):
            tuid = tu.get("id") or f"#{ordinal}"
            common = dict(key=tu.get("resname"), translatable=_translatable(tu, m.root),
                          notes=_notes(tu, ns))
            source = next(iter(_children(tu, "source", ns)), None)
            target = next(iter(_children(tu, "target", ns)), None)
            state = target.get("state") if target is not None else None
            segs = _seg_pairs(tu, target, ns)
            if segs:
                for mid, s, t in segs:
                    yield Segment(_unique(ids, tuid if len(segs) == 1 else f"{tuid}/{mid}"), tu, s, t, tu,
                                  state=state, **common)
            elif source is not None:
                yield Segment(_unique(ids, tuid), tu, source, target, tu, state=state, **common)
        return
    for ordinal, unit in enumerate(m.root.iter(f"{{{ns}}}unit"), 1):
        uid = unit.get("id") or f"#{ordinal}"
        segs = _children(unit, "segment", ns)
        common = dict(key=unit.get("name"), translatable=_translatable(unit, m.root),
                      notes=_notes(unit, ns))
        for k, seg in enumerate(segs, 1):
            source = next(iter(_children(seg, "source", ns)), None)
            if source is None:
                continue
            target = next(iter(_children(seg, "target", ns)), None)
            sid = uid if len(segs) == 1 else f"{uid}/{seg.get('id') or k}"
            yield Segment(_unique(ids, sid), unit, source, target, seg, state=seg.get("state"), **common)


def _seg_pairs(tu, target, ns) -> list:
    """1.2 segmentation: ``<seg-source>`` and the target split by ``<mrk mtype="seg">``."""
    seg_source = next(iter(_children(tu, "seg-source", ns)), None)
    if seg_source is None:
        return []
    mrk = f"{{{ns}}}mrk" if ns else "mrk"
    src = [e for e in seg_source.iter(mrk) if e.get("mtype") == "seg"]
    if not src:
        return []
    tgt = {e.get("mid"): e for e in target.iter(mrk) if e.get("mtype") == "seg"} if target is not None else {}
    return [(e.get("mid") or str(k), e, tgt.get(e.get("mid"))) for k, e in enumerate(src, 1)]


def _lang(tag: Optional[str], default: str) -> str:
    return (tag or default).replace("_", "-").split("-")[0].lower() or default


def read_xliff(path: str, max_bytes: Optional[int] = None) -> UnitSet:
    m = read_map(path, max_bytes)
    version = version_of(m)
    ns = etree.QName(m.root).namespace
    if version == 1:
        first = next(iter(_children(m.root, "file", ns)), None)
        src_tag = first.get("source-language") if first is not None else None
        tgt_tag = first.get("target-language") if first is not None else None
        kw = dict(namer=_NAMER_12, native=_NATIVE_12, paired=_PAIRED_12)
    else:
        src_tag, tgt_tag = m.root.get("srcLang"), m.root.get("trgLang")
        kw = dict(namer=_NAMER_2, paired=_PAIRED_2)
    kw["transparent"] = is_lqi_marker
    units = []
    for seg in segments(m):
        source, source_codes = inline(m, seg.source, "xliff", **kw)
        s_line, s_col = m.line_col(m.inner(seg.source)[0])
        if seg.target is not None:
            target, target_codes = inline(m, seg.target, "xliff", **kw)
            line, col = m.line_col(m.inner(seg.target)[0])
        else:
            target, target_codes = None, ()
            line, col = m.line_col(m.outer(seg.owner)[0])
        units.append(Unit(id=seg.id, source=source, target=target, key=seg.key, line=line, column=col,
                          source_line=s_line, source_column=s_col, state=seg.state,
                          source_codes=source_codes, target_codes=target_codes, notes=seg.notes,
                          translatable=seg.translatable))
    return UnitSet(path=path, format="xliff12" if version == 1 else "xliff2", units=units,
                   source_lang=_lang(src_tag, "en"), target_lang=_lang(tgt_tag, "ps"),
                   meta={"version": m.root.get("version"), "encoding": m.encoding,
                         "source_language": src_tag, "target_language": tgt_tag})


def _is_v2_head(head: str) -> bool:
    return bool(re.search(r"<(?:\w+:)?xliff\b[^>]*\bversion\s*=\s*[\"']2\.", head)
                or "urn:oasis:names:tc:xliff:document:2." in head)


def _sniff12(head: str) -> bool:
    # every .xlf file that is not XLIFF 2 comes here, so that a wrong root or an unknown
    # version is named by the reader (with its line) rather than "not a localization file"
    return not _is_v2_head(head)


@reader("xliff12", (".xlf", ".xliff", ".xlif", ".sdlxliff", ".mqxliff"), sniff=_sniff12, bilingual=True)
def read_xliff12(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    """XLIFF 1.2, also as Trados (``.sdlxliff``) and memoQ (``.mqxliff``) write it (a 2.x file
    given as ``--input-format xliff12`` is read as what it is)."""
    return read_xliff(source, max_bytes)


@reader("xliff2", (".xlf", ".xliff", ".xlif"), sniff=_is_v2_head, bilingual=True)
def read_xliff2(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    """XLIFF 2.0/2.1/2.2."""
    return read_xliff(source, max_bytes)
