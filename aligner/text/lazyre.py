"""Regular expressions compiled at their first use, not at import.

A module-level ``re.compile`` runs in every process that imports the module, whether the
pattern is used or not: the Markdown block patterns for a plain-text check, the placeholder
syntaxes of localization files for an article.  ``lazy(pattern, flags)`` is used like the
compiled pattern (``.match``, ``.search``, ``.finditer``, ``.sub``, …); the first attribute
asked for compiles it, and the compiled pattern's methods are then stored on the object, so
later calls cost what a compiled pattern's do.  Only for module constants whose uses call
their methods (it is not a ``re.Pattern``: ``re.sub(p, …)`` needs the compiled one).
"""
from __future__ import annotations

import re

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "groupindex", "groups")


class LazyPattern:
    """A pattern and its flags; compiled when first used."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags_given = flags

    def compiled(self) -> re.Pattern:
        return re.compile(self.pattern, self.flags_given)

    def __getattr__(self, name: str):
        # only reached for attributes not set yet: compile, then keep the bound methods
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.compiled()
        for attr in _METHODS:
            self.__dict__[attr] = getattr(compiled, attr)
        self.__dict__["flags"] = compiled.flags
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags_given})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
