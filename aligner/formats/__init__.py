"""Input readers for localization files: XLIFF 1.2/2.x, TMX, gettext PO, JSON and YAML
i18n key files, Android ``strings.xml`` → :class:`UnitSet` (see :mod:`.base`).

:func:`detect_format` tells a unit format from ``--input-format``, the extension or the
content; :func:`read_units` reads a bilingual file (``target=None``) or a monolingual
pair.  Every reader reads bytes through :func:`aligner.text.reading.read_bytes_checked`
(size limit, binary refusal) and raises :class:`aligner.errors.InputError` with one line
naming the file and the place for a malformed file.  XML is parsed with entity resolution,
DTD loading and network access off.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Optional

from ..errors import InputError
from .base import READERS, Code, Unit, UnitSet, reader

__all__ = ["Code", "Unit", "UnitSet", "reader", "detect_format", "read_units", "UNIT_FORMATS",
           "is_bilingual"]

#: reader modules, imported on first use (each registers its formats)
READER_MODULES = ("xliff", "tmx", "po", "i18n_json", "i18n_yaml", "android")

#: every unit format name ``--input-format`` accepts
UNIT_FORMATS = ("xliff", "xliff12", "xliff2", "tmx", "po", "json", "yaml", "android")
#: bilingual formats that also read as a source/target pair (messages.pot + ps.po)
PAIRABLE_FORMATS = ("po",)
#: document formats (prose through the article pipeline)
DOCUMENT_FORMATS = ("text", "markdown", "html", "docx")


#: which reader module reads which suffix, so that detecting a document (.txt, .md, .html,
#: .docx) imports no reader (lxml, polib, ruamel.yaml) at all; a test keeps it in step with the
#: suffixes the readers register
SUFFIX_MODULES = {".xml": "android", ".json": "i18n_json", ".arb": "i18n_json", ".yml": "i18n_yaml",
                  ".yaml": "i18n_yaml", ".po": "po", ".pot": "po", ".tmx": "tmx", ".xlf": "xliff",
                  ".xliff": "xliff", ".xlif": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff"}


def _load(modules=READER_MODULES) -> dict:
    for name in modules:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    return READERS


def _head(path: str | Path, n: int = 4096) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read(n)
    except OSError:
        return ""
    return data.decode("utf-8", "replace").lstrip("\ufeff")


def detect_format(path: str | Path, input_format: Optional[str] = None) -> Optional[str]:
    """The unit format of ``path`` (a key of READERS), or None for a document (text,
    Markdown, HTML, DOCX).  ``input_format`` (``--input-format``) wins; "xliff" lets the
    content choose between 1.2 and 2.x."""
    suffix = Path(path).suffix.lower()
    if not input_format and suffix not in SUFFIX_MODULES:
        return None
    readers = _load() if input_format else _load((SUFFIX_MODULES[suffix],))
    if input_format:
        fmt = input_format.lower()
        if fmt in DOCUMENT_FORMATS:
            return None
        if fmt == "xliff":
            head = _head(path)
            return "xliff2" if 'version="2' in head or "version='2" in head else "xliff12"
        if fmt not in readers:
            raise InputError(f"unknown input format {input_format!r}; use one of "
                             f"{', '.join(UNIT_FORMATS + DOCUMENT_FORMATS)}")
        return fmt
    head = None
    for name, (_fn, suffixes, sniff, _bi) in readers.items():
        if suffix in suffixes:
            if sniff is None:
                return name
            head = _head(path) if head is None else head
            if sniff(head):
                return name
    return None


def is_bilingual(fmt: str) -> bool:
    return READERS[fmt][3]


def read_units(source: str | Path, target: Optional[str | Path] = None, *,
               input_format: Optional[str] = None, max_bytes: Optional[int] = None) -> UnitSet:
    """Read a bilingual file (``target`` None) or a monolingual source/target pair."""
    fmt = detect_format(source, input_format)
    if fmt is None:
        raise InputError(f"{source}: not a localization file format (XLIFF, TMX, PO, JSON, YAML, Android XML)")
    fn, _suffixes, _sniff, bilingual = READERS[fmt]
    if target is None and not bilingual:
        raise InputError(f"{source}: a {fmt} file holds one language; give the source and the target file")
    if target is not None and bilingual and fmt not in PAIRABLE_FORMATS:
        raise InputError(f"{source}: a {fmt} file holds both languages; give it alone")
    if target is not None and not input_format:
        other = detect_format(target)
        if other is not None and other != fmt:
            raise InputError(f"{source} is {NAMES.get(fmt, fmt)} but {target} is {NAMES.get(other, other)}; "
                             "give two files of the same format")
    units = fn(str(source), str(target) if target is not None else None, max_bytes=max_bytes)
    if not units.units:
        raise InputError(f"{source}: no translation units found")
    return units


#: format names as a translator knows them (messages)
NAMES = {"xliff12": "XLIFF 1.2", "xliff2": "XLIFF 2", "tmx": "TMX", "po": "gettext PO", "json": "JSON",
         "yaml": "YAML", "android": "Android XML"}
