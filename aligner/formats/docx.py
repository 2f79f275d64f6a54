"""DOCX documents through the article pipeline.

A Word document (a zip of XML parts) becomes plain text with ONE PARAGRAPH PER LINE, so a
report's line:column is paragraph:character (paragraph N counts every paragraph of the body
in document order, table cells' and empty ones included).  ``Document.path`` stays the
``.docx`` and its ``sha256`` is that of the file's bytes.

What is read, in document order: the body's paragraphs, the paragraphs of every table cell
(row by row, cell by cell, nested tables inside their cell), content controls, and the
paragraphs of text boxes (after the paragraph that anchors them).  Inside a paragraph: the
text of runs, hyperlinks, simple fields and tracked insertions; a tab is a tab, a line break
a space.  Deleted text (tracked deletions), field codes and drawings' own text are not read.

After the body, in this order: the headers, then the footers (each part once, in the order the
sections refer to them: default, first page, even pages), then the footnotes and the endnotes
(in the order of their parts, separators left out).  They follow the body so that its
paragraph numbers stay those Word shows; :func:`read_docx` fills ``parts`` with where each part
starts (paragraph number, label such as "header 1", "footnote 2"), and the paragraph number of
a finding past the body is counted on from the body's last paragraph.  Comments are not read:
they are reviewers' notes on the text (often in one of the two files only), not its content.

Blocks: every paragraph is a block.  A paragraph whose style is a heading (the built-in
"heading N", "Title", "Subtitle", or any style or paragraph with an outline level) is a
heading; a numbered or bulleted paragraph (``w:numPr``, directly or through its style, or a
"List …" style) and a table cell's paragraph are items.

Reading is bounded: the zip is read from memory (the input size limit applies to it), each
XML part may hold at most the input size limit uncompressed and is read with that bound (a
zip bomb or a huge ``document.xml`` is an InputError), and the XML is parsed by
:mod:`aligner.formats.xml_safe` (no entities, no DTD, no network).
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Optional

from ..errors import InputError
from ..text.lazyre import lazy

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
SUFFIXES = (".docx", ".docm", ".dotx")

#: an XML part compressed more than this many times is refused (a zip bomb), above 1 MB
MAX_RATIO = 200
#: elements whose content is not the paragraph's text
_SKIP = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "rPr", W + "pPr",
         W + "footnoteReference", W + "endnoteReference", W + "commentReference", _MC + "Fallback"}
_HEADING_NAME = lazy(r"(?:heading\s*\d|title|subtitle)$", re.I)
_LIST_NAME = lazy(r"list", re.I)


def is_docx(data: bytes) -> bool:
    """A zip whose entries include ``word/`` (the check :mod:`aligner.text.reading` does)."""
    from ..text.reading import identify_binary
    kind = identify_binary(data)
    return bool(kind) and "DOCX" in kind[0]


def _part(z: zipfile.ZipFile, name: str, path: str, limit: int) -> Optional[bytes]:
    """The bytes of the zip entry ``name`` (None if absent), bounded by ``limit``."""
    try:
        info = z.getinfo(name)
    except KeyError:
        return None
    where = f"{path}: {name}"
    if info.file_size > limit:
        raise InputError(f"{where} is {info.file_size} bytes uncompressed, larger than the {limit}-byte "
                         "limit for input files (set ALIGNER_MAX_INPUT_MB to raise it)")
    if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise InputError(f"{where} expands {info.file_size // max(info.compress_size, 1)} times "
                         "(a zip bomb?); refused")
    try:
        with z.open(info) as fh:
            data = fh.read(limit + 1)
    except RuntimeError as exc:                         # encrypted
        raise InputError(f"{where}: cannot read ({exc}); is the document password-protected?") from None
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError) as exc:
        raise InputError(f"{where}: damaged or unsupported zip entry ({exc})") from None
    if len(data) > limit:
        raise InputError(f"{where} is larger than the {limit}-byte limit for input files "
                         "(set ALIGNER_MAX_INPUT_MB to raise it)")
    return data


def _main_part(z: zipfile.ZipFile, path: str, limit: int) -> str:
    """The name of the main document part (``_rels/.rels`` officeDocument, else
    ``word/document.xml``)."""
    from .xml_safe import parse_xml
    rels = _part(z, "_rels/.rels", path, limit)
    if rels is not None:
        try:
            root = parse_xml(rels, f"{path}: _rels/.rels")
        except InputError:
            root = None
        for rel in (root if root is not None else ()):
            if (rel.get("Type") or "").endswith("/officeDocument") and rel.get("Target"):
                return rel.get("Target").lstrip("/")
    return "word/document.xml"


class _Styles:
    """Paragraph styles: which are headings and which are lists (following ``basedOn``)."""

    def __init__(self, root):
        self.styles: dict[str, tuple[str, bool, bool, Optional[str]]] = {}
        if root is None:
            return
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            name_el = st.find(W + "name")
            name = name_el.get(W + "val", "") if name_el is not None else ""
            ppr = st.find(W + "pPr")
            outline = ppr is not None and ppr.find(W + "outlineLvl") is not None and \
                (ppr.find(W + "outlineLvl").get(W + "val") or "9") < "9"
            numbered = ppr is not None and _numbered(ppr)
            based = st.find(W + "basedOn")
            self.styles[sid] = (name, outline, numbered, based.get(W + "val") if based is not None else None)

    def kind(self, sid: Optional[str]) -> str:
        seen = set()
        while sid and sid not in seen and len(seen) < 32:
            seen.add(sid)
            name, outline, numbered, based = self.styles.get(sid, ("", False, False, None))
            if outline or _HEADING_NAME.match(name or "") or re.fullmatch(r"Heading\d|Title|Subtitle", sid):
                return "heading"
            if numbered or _LIST_NAME.match(name or ""):
                return "item"
            sid = based
        return "sentence"


def _numbered(ppr) -> bool:
    num = ppr.find(W + "numPr")
    if num is None:
        return False
    nid = num.find(W + "numId")
    return nid is None or nid.get(W + "val") != "0"


def _text(el, out: list[str], boxes: list) -> None:
    """Append the text of a paragraph's content to ``out``; text boxes go to ``boxes``."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == W + "t" or tag == _M + "t":
            out.append(child.text or "")
        elif tag == W + "tab" or tag == W + "ptab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append(" ")
        elif tag == W + "noBreakHyphen":
            out.append("\u2011")
        elif tag == W + "txbxContent":
            boxes.append(child)
        else:
            _text(child, out, boxes)


class _Reader:
    def __init__(self, styles: _Styles):
        self.styles = styles
        self.paragraphs: list[tuple[str, str]] = []

    def paragraph(self, p, in_table: bool) -> None:
        out: list[str] = []
        boxes: list = []
        _text(p, out, boxes)
        text = re.sub(r"[\r\n\v\f\x85\u2028\u2029]", " ", "".join(out))
        ppr = p.find(W + "pPr")
        kind = "sentence"
        if ppr is not None:
            style = ppr.find(W + "pStyle")
            kind = self.styles.kind(style.get(W + "val") if style is not None else None)
            lvl = ppr.find(W + "outlineLvl")
            if lvl is not None and (lvl.get(W + "val") or "9") < "9":
                kind = "heading"
            elif kind == "sentence" and _numbered(ppr):
                kind = "item"
        if kind == "sentence" and in_table:
            kind = "item"
        self.paragraphs.append((text, kind))
        for box in boxes:
            self.container(box, in_table)

    def container(self, el, in_table: bool) -> None:
        """The paragraphs of a body, cell, content control or text box, in order."""
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, in_table)
            elif tag == W + "tbl":
                for row in _children(child, W + "tr"):
                    for cell in _children(row, W + "tc"):
                        self.container(cell, True)
            elif tag in _WRAPPERS:
                self.container(child, in_table)


#: elements that only wrap paragraphs, rows or cells (content controls, custom XML, insertions)
_WRAPPERS = (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag")


def _children(el, tag: str):
    """The ``tag`` children of ``el``, also inside content controls and custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
#: footnotes and endnotes that are not notes: the separator lines Word draws above them
_NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def _relationships(z: zipfile.ZipFile, main: str, path: str, limit: int) -> dict[str, tuple[str, str]]:
    """The main part's relationships: {rId: (type's last word, part name in the zip)}."""
    from .xml_safe import parse_xml
    folder, _, base = main.rpartition("/")
    rels = _part(z, f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels", path, limit)
    out: dict[str, tuple[str, str]] = {}
    if rels is None:
        return out
    try:
        root = parse_xml(rels, f"{path}: {base}.rels")
    except InputError:
        return out
    for rel in root:
        target, kind = rel.get("Target") or "", (rel.get("Type") or "").rsplit("/", 1)[-1]
        if not target or rel.get("TargetMode") == "External":
            continue
        name = target.lstrip("/") if target.startswith("/") else "/".join(
            x for x in ((folder + "/") if folder else "").split("/") + target.split("/") if x)
        out[rel.get("Id") or ""] = (kind, _normpath(name))
    return out


def _normpath(name: str) -> str:
    parts: list[str] = []
    for x in name.split("/"):
        if x == "..":
            if parts:
                parts.pop()
        elif x and x != ".":
            parts.append(x)
    return "/".join(parts)


def _extra_parts(root, rels: dict, z, path: str, limit: int):
    """(label, element whose paragraphs are read) of the headers, footers, footnotes and
    endnotes, in the order of :mod:`this module's <aligner.formats.docx>` doc."""
    from .xml_safe import parse_xml
    seen: set[str] = set()
    for ref, kind in ((W + "headerReference", "header"), (W + "footerReference", "footer")):
        n = 0
        for el in root.iter(ref):
            rel = rels.get(el.get(_R + "id") or "")
            if rel is None or rel[1] in seen:
                continue
            seen.add(rel[1])
            data = _part(z, rel[1], path, limit)
            if data is not None:
                n += 1
                yield f"{kind} {n}", parse_xml(data, f"{path}: {rel[1]}")
    for kind in ("footnote", "endnote"):
        for _rid, (rtype, name) in rels.items():
            if rtype != kind + "s" or name in seen:
                continue
            seen.add(name)
            data = _part(z, name, path, limit)
            if data is None:
                continue
            n = 0
            for note in parse_xml(data, f"{path}: {name}").iter(W + kind):
                if note.get(W + "type") in _NOTE_SEPARATORS:
                    continue
                n += 1
                yield f"{kind} {n}", note


def part_at(parts: list, paragraph: int) -> str:
    """`` (footnote 2)`` for a paragraph number past the body (``parts`` as :func:`read_docx`
    fills it), '' in the body."""
    label = "body"
    for first, name in parts:
        if first > paragraph:
            break
        label = name
    return "" if label == "body" else f" ({label})"


def read_docx(data: bytes, path: str, max_bytes: Optional[int] = None,
              parts: Optional[list] = None) -> tuple[str, list[tuple[int, int, str]]]:
    """The text of the DOCX ``data`` (one paragraph per line) and its blocks
    ((start, end, kind), one per paragraph).  ``parts``, when given, receives (first paragraph
    number, label) for the body ("body") and each header, footer, footnote and endnote."""
    from ..text.reading import max_input_bytes
    from .xml_safe import parse_xml
    limit = max_input_bytes() if max_bytes is None else max_bytes
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):      # OLE: legacy .doc, or encrypted
        raise InputError(f"{path}: not a DOCX (a legacy .doc or a password-protected document); "
                         "save it from Word as .docx without a password")
    if not data.startswith(b"PK"):
        raise InputError(f"{path}: not a DOCX (not a zip archive)")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{path}: not a DOCX (not a zip archive)") from None
    with z:
        name = _main_part(z, path, limit)
        doc = _part(z, name, path, limit)
        if doc is None:
            raise InputError(f"{path}: not a DOCX (the zip has no {name})")
        styles_xml = _part(z, "word/styles.xml", path, limit)
        root = parse_xml(doc, f"{path}: {name}")
        try:
            styles = _Styles(parse_xml(styles_xml, f"{path}: word/styles.xml") if styles_xml else None)
        except InputError:
            styles = _Styles(None)                # headings then come from outline levels only
        body = root.find(W + "body")
        if root.tag != W + "document" or body is None:
            raise InputError(f"{path}: not a DOCX ({name} is not a WordprocessingML document)")
        reader = _Reader(styles)
        reader.container(body, False)
        found = [(1, "body")]
        for label, el in _extra_parts(root, _relationships(z, name, path, limit), z, path, limit):
            found.append((len(reader.paragraphs) + 1, label))
            reader.container(el, False)
    if parts is not None:
        parts.extend(found)
    lines, blocks, pos = [], [], 0
    for text, kind in reader.paragraphs:
        lines.append(text)
        blocks.append((pos, pos + len(text), kind))
        pos += len(text) + 1
    return "\n".join(lines), blocks
