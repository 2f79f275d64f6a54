"""Loading the language data files shipped in ``aligner/lang/data`` (loaded once, cached)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources


def data_path(name: str):
    return _data_dir() / name


@lru_cache(maxsize=1)
def _data_dir():
    return resources.files("aligner.lang") / "data"      # (resolving the package: once)


@lru_cache(maxsize=None)
def read_data(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def iter_rows(name: str, min_fields: int = 1):
    """Yield tab-separated rows of a data file, skipping blank lines and ``#`` comments."""
    for lineno, line in enumerate(read_data(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < min_fields:
            raise ValueError(f"{name}:{lineno}: expected {min_fields} tab-separated fields")
        yield fields


@lru_cache(maxsize=None)
def load_wordset(name: str) -> frozenset[str]:
    """The first field of every row (as :func:`iter_rows` gives it; the word lists have
    tens of thousands of rows, so without building the other fields)."""
    return frozenset(line.split("\t", 1)[0].strip() for line in read_data(name).splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


class WordList:
    """A word list of tens of thousands of lines for membership tests (``word in words``):
    its lines sorted and looked up by bisection.  Building a set hashes every word (~20 ms
    for 65,000); a check looks up a few hundred."""
    __slots__ = ("_words",)

    def __init__(self, sorted_words: list[str]):
        self._words = sorted_words

    def __contains__(self, word: str) -> bool:
        i = bisect_left(self._words, word)
        return i < len(self._words) and self._words[i] == word

    def __len__(self) -> int:
        return len(self._words)

    @classmethod
    def from_lines(cls, lines: list[str]) -> "WordList":
        """The non-empty lines that are not ``#`` comments, as they are (not stripped)."""
        words = sorted(lines)
        del words[bisect_left(words, "#"):bisect_left(words, "$")]      # the lines starting with #
        del words[:bisect_left(words, "\x00")]                          # the empty lines
        return cls(words)


#: whitespace other than \n and the space (a tab, a line break str.splitlines knows, …)
_OTHER_SPACE = re.compile(r"[^\S\n ]")


@lru_cache(maxsize=None)
def load_wordlist(name: str) -> WordList:
    """:func:`load_wordset` as a :class:`WordList` (the same words)."""
    text = read_data(name)
    if _OTHER_SPACE.search(text) or " " in text and (
            " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" ")):
        return WordList(sorted(load_wordset(name)))     # fields or spaces to strip: row by row
    return WordList.from_lines(text.splitlines())       # every line is its word
