"""Parse hostile XML safely: no entity resolution, no DTD loading, no network, bounded size.

Every XML reader (XLIFF, TMX, Android) parses through :func:`parse_xml`.  A document that
declares entities (a "billion laughs" bomb, an external entity pointing at a file or URL) is
refused outright rather than parsed with the entities left unexpanded: a localization file
has no reason to carry a DTD with entities.
"""
from __future__ import annotations

import re

from lxml import etree

from ..errors import InputError

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.I)


def parser() -> etree.XMLParser:
    # collect_ids stays at its default: collect_ids=False makes libxml2 load the external DTD of a
    # <!DOCTYPE x SYSTEM "file"> (any local file, relative to the working directory) despite load_dtd=False
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=False, remove_pis=False)


def parse_xml(data: bytes, path: str) -> etree._Element:
    """The root element of ``data`` (the bytes of ``path``), or an InputError naming the
    file and the line: malformed XML, or a DTD that declares entities."""
    m = _ENTITY_DECL.search(data) or _DOCTYPE.search(data)
    if m:
        line = data.count(b"\n", 0, m.start()) + 1
        raise InputError(f"{path}:{line}: the XML declares entities in a DTD (refused: entity expansion "
                         "and external entities are never resolved)")
    try:
        return etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None) or (exc.position[0] if getattr(exc, "position", None) else "?")
        msg = str(exc.msg if hasattr(exc, "msg") else exc).split(", line ")[0]
        raise InputError(f"{path}:{line}: malformed XML: {msg}") from None
