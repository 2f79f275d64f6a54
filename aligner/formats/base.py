"""Units: the shape every localization file becomes (XLIFF, TMX, PO, JSON/YAML i18n,
Android strings).  A reader turns one bilingual file, or a monolingual source/target pair
of the same format, into a :class:`UnitSet`: translation units with ids, their source and
target text, where they sit in the file, their state, and the inline codes and
placeholders inside their text.

Texts keep their inline markup as it is written in the file (``Click <g id="1">here</g>``,
``Delete %1$s?``, ``{{PLURAL:$1|page|pages}}``); ``Unit.source_codes``/``target_codes``
mark those spans (:class:`Code`), so the checks can compare them and the prose checks can
mask them (``%1$s`` is never a number, ``<b>`` never a word).

Readers register themselves with :func:`reader`; :func:`aligner.formats.read_units`
finds the reader by ``--input-format``, the extension or the content.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass(frozen=True)
class Code:
    """An inline code or placeholder: ``text[start:end]`` of its unit's source or target.

    ``name`` is what makes two codes the same across the two sides: ``%1$s``, ``$1``,
    ``{name}``, ``{{count}}``, ``g#1`` (XLIFF ``<g id="1">``), ``<b>``.  ``role`` says whether
    it opens or closes a pair (``open``/``close``) or stands alone.  ``syntax`` names its
    family: printf, python, icu, i18next, mediawiki, android, xliff, tmx, html, markdown.
    """
    start: int
    end: int
    name: str
    role: str = "standalone"      # open | close | standalone
    syntax: str = ""
    kind: str = "placeholder"     # placeholder | tag


@dataclass
class Unit:
    """One translation unit (a message, a trans-unit/segment, a PO entry, a plural form)."""
    id: str                          # unique within the set: the key, resname, tuid or msgctxt+msgid
    source: str                      # source text, inline markup as written
    target: Optional[str]            # None: no translation at all ("" is an empty translation)
    key: Optional[str] = None        # key files: the (dotted) key; XLIFF resname
    context: Optional[str] = None    # PO msgctxt
    line: int = 0                    # 1-based line/column of the target text in its file
    column: int = 0                  # (of the unit when it has no target); 0 = unknown
    source_line: int = 0             # where the source text is (the source file for a
    source_column: int = 0           # monolingual pair)
    state: Optional[str] = None      # XLIFF state, "fuzzy" for PO, None when unknown
    source_codes: tuple[Code, ...] = ()
    target_codes: tuple[Code, ...] = ()
    notes: tuple[str, ...] = ()
    plural: Optional[str] = None     # plural form of the target ("one", "other", PO index "1")
    #: placeholder syntaxes this unit's text uses, when the file says so (PO ``#, c-format``,
    #: MediaWiki JSON, Android): the placeholder analysis looks for these first
    syntaxes: tuple[str, ...] = ()
    translatable: bool = True

    def ref(self) -> dict:
        """The ``unit`` field of a finding: id, key or msgctxt, line and column."""
        d = {"id": self.id}
        if self.key is not None:
            d["key"] = self.key
        if self.context is not None:
            d["msgctxt"] = self.context
        d["line"] = self.line
        d["column"] = self.column
        return d


@dataclass
class UnitSet:
    path: str                        # the bilingual file, or the source file of a pair
    format: str                      # xliff12 | xliff2 | tmx | po | json | yaml | android
    units: list[Unit] = field(default_factory=list)
    source_lang: str = "en"
    target_lang: str = "ps"
    target_path: Optional[str] = None    # a monolingual pair: the target file
    #: the default placeholder syntaxes of the whole file (MediaWiki JSON: ("mediawiki",))
    syntaxes: tuple[str, ...] = ()
    meta: dict = field(default_factory=dict)

    @property
    def translated(self) -> list[Unit]:
        return [u for u in self.units if u.target is not None]


#: format name → (reader, suffixes, sniff).  A reader is ``read(source, target=None, *,
#: max_bytes=None) -> UnitSet``: ``target`` is given for a monolingual pair and is None for a
#: bilingual file.  ``sniff(head: str) -> bool`` tells the format from the first 4 KB.
READERS: dict[str, tuple[Callable, tuple[str, ...], Optional[Callable[[str], bool]], bool]] = {}


def reader(name: str, suffixes: tuple[str, ...], *, sniff: Optional[Callable[[str], bool]] = None,
           bilingual: bool = False):
    """Register a reader function for format ``name``."""
    def deco(fn):
        READERS[name] = (fn, suffixes, sniff, bilingual)
        return fn
    return deco
