"""Loading the language data files shipped in ``aligner/lang/data`` (loaded once, cached)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache


def data_path(name: str):
    return _data_dir() / name


@lru_cache(maxsize=1)
def _data_dir():
    """The package's data folder: beside this module when it is one on disk (as
    ``importlib.resources`` finds it, without importing it: ~5 ms with tempfile and random),
    else through ``importlib.resources`` (a zip or another loader)."""
    import os
    folder = os.path.join(os.path.dirname(__file__), "data")
    if os.path.isdir(folder):
        from pathlib import Path
        return Path(folder)
    from importlib import resources
    return resources.files("aligner.lang") / "data"


@lru_cache(maxsize=None)
def read_data(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def read_data_bytes(name: str) -> bytes:
    """The bytes of a data file (UTF-8), not decoded: :func:`load_wordlist` bisects them."""
    return data_path(name).read_bytes()


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

    def __iter__(self):
        return iter(self._words)

    @classmethod
    def from_lines(cls, lines: list[str]) -> "WordList":
        """The non-empty lines that are not ``#`` comments, as they are (not stripped)."""
        words = sorted(lines)
        del words[bisect_left(words, "#"):bisect_left(words, "$")]      # the lines starting with #
        del words[:bisect_left(words, "\x00")]                          # the empty lines
        return cls(words)


#: whitespace other than \n and the space (a tab, a line break str.splitlines knows, …)
_OTHER_SPACE = re.compile(r"[^\S\n ]")


class SortedText:
    """A :class:`WordList` whose lines are bisected in the file's bytes themselves (from
    ``start``, the end of its leading comments): no list of 65,000 str to split and sort (~5 ms
    a list), and no text to decode (~7 ms for each of the two 600 KB lists: UTF-8 orders bytes
    as code points, so the bytes bisect as the text would).  Used only for a file whose lines
    there are checked sorted, non-empty and not comments (:func:`_checked_sorted`)."""
    __slots__ = ("_text", "_start")

    def __init__(self, text: bytes, start: int):
        self._text, self._start = text, start

    def __contains__(self, word: str) -> bool:
        return _sorted_text_has(self, word)

    def _bisect(self, word: str) -> bool:
        if "\n" in word:
            return False
        t, lo, hi = self._text, self._start, len(self._text)
        word = word.encode("utf-8", "surrogatepass")    # (a lone surrogate is on no line)
        while lo < hi:                  # lo: a line start; hi: a line start or the end
            mid = (lo + hi) // 2
            s = t.rfind(b"\n", lo, mid) + 1 or lo
            e = t.find(b"\n", mid, hi)
            if e < 0:
                e = hi
            line = t[s:e]
            if line == word:
                return True
            if line < word:
                lo = e + 1
            else:
                hi = s
        return False

    def __iter__(self):
        return iter(self._text[self._start:].decode("utf-8").splitlines())

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=1 << 16)             # (a document asks about the same words again and again)
def _sorted_text_has(words: SortedText, word: str) -> bool:
    """``word in words``: a :class:`SortedText` bisected once per word."""
    return words._bisect(word)


def cache_dir():
    """The user's cache folder (``ALIGNER_CACHE_DIR``, else ``$XDG_CACHE_HOME/aligner`` or
    ``~/.cache/aligner``: the folder of :mod:`aligner.embed.cache`), for what is derived from
    the data files (see :func:`_checked_sorted`, :func:`aligner.lang.glossary.default_glossary`)."""
    import os
    from pathlib import Path
    base = os.environ.get("ALIGNER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "aligner")
    return Path(base) / "lang"


def clear_cache() -> int:
    """Delete what :func:`cache_dir` holds (the parsed glossary and term classes, the
    sorted-list markers, the parsed tables of :func:`cached_tables`);
    return the number of bytes freed. Only those files: anything else there is left alone."""
    freed = 0
    folder = cache_dir()
    if not folder.is_dir():
        return 0
    for p in folder.iterdir():
        if p.is_file() and not p.is_symlink() and (p.name.startswith(("sorted-1-", "glossary.marshal",
                                                                      "term_classes.marshal", _TABLES_PREFIX))):
            freed += p.stat().st_size
            p.unlink()
    return freed


def _header_end(text) -> int:
    """The offset after the leading ``#`` comment lines (of a str or of bytes)."""
    hash_, nl = ("#", "\n") if isinstance(text, str) else (b"#", b"\n")
    start = 0
    while text.startswith(hash_, start):
        end = text.find(nl, start)
        if end < 0:
            return len(text)
        start = end + 1
    return start


def _checked_sorted(raw: bytes) -> bool:
    """Whether the lines of the UTF-8 file ``raw`` after its leading comments are sorted, none
    empty, a comment or with white space to strip (other than \\n and inner spaces; so no \\r
    either); checked once per content (its sha256 recorded by an empty file in
    :func:`cache_dir`, trusted only when it is the user's own; any error: check again)."""
    import hashlib
    import os
    digest = hashlib.sha256(raw).hexdigest()
    marker = cache_dir() / f"sorted-1-{digest}"
    try:
        st = os.stat(marker)
        if st.st_uid == os.getuid() and not st.st_mode & 0o022:
            return True
    except OSError:
        pass
    text = raw.decode("utf-8")
    start = _header_end(text)
    if _OTHER_SPACE.search(text, start) or " \n" in text or "\n " in text or text.endswith(" ") \
            or text.startswith(" ", start):
        return False                                    # (fields or spaces to strip)
    lines = text[start:].splitlines()
    if not (lines == sorted(lines) and all(line and not line.startswith("#") for line in lines)):
        return False
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch(mode=0o600)
    except OSError:
        pass
    return True


@lru_cache(maxsize=None)
def load_wordlist(name: str):
    """:func:`load_wordset` as a :class:`WordList` or :class:`SortedText` (the same words)."""
    raw = read_data_bytes(name)
    if _checked_sorted(raw):
        return SortedText(raw, _header_end(raw))        # every line is its word, in order
    text = read_data(name)
    if _OTHER_SPACE.search(text) or " " in text and (
            " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" ")):
        return WordList(sorted(load_wordset(name)))     # fields or spaces to strip: row by row
    return WordList.from_lines(text.splitlines())       # every line is its word


# -- parsed tables kept in the cache folder ------------------------------------------------------

#: Files of :func:`cached_tables` in :func:`cache_dir` start with this (and end in .pickle).
_TABLES_PREFIX = "tables-1-"


def _tables_key(tag: str) -> str:
    """What the cached tables ``tag`` are valid for (see :func:`_sources_stamp`)."""
    import hashlib
    return hashlib.sha256(f"{_TABLES_PREFIX}|{tag}|{_sources_stamp()}".encode()).hexdigest()


@lru_cache(maxsize=1)
def _sources_stamp() -> str:
    """The package and Python versions, and the name, size and modification time of every
    language data file and of every module of ``aligner.lang`` and ``aligner.text`` (the
    parsing code), hashed: any change there builds the cached tables again (once a process)."""
    import hashlib
    import os
    import sys
    from pathlib import Path

    from .. import __version__
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for folder in (here / "data", here, here.parent / "text"):
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if entry.is_file() and (folder.name == "data" or entry.name.endswith(".py")):
                st = entry.stat()
                h.update(f"\0{folder.name}/{entry.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()


def cached_tables(tag: str, build, classes):
    """``build()``, or the same read back from the cache folder (:func:`cache_dir`), where it
    is written (atomically) the first time: tables parsed from the language data once, not
    in every run.  The file is used only while its key (:func:`_tables_key`) is the current
    one, it is the user's own and not writable by others; only ``classes`` (``(module,
    name)`` pairs: the tables' own classes) and builtins are read back from it.  ``tag`` names
    the tables (one file each).  Any error: ``build()``."""
    try:
        key = _tables_key(tag)
        path = cache_dir() / f"{_TABLES_PREFIX}{tag}.pickle"
    except (OSError, ValueError):
        return build()
    got = _read_tables(path, key, classes)
    if got is not None:
        return got[0]
    value = build()
    _write_tables(path, key, value)
    return value


def _read_tables(path, key: str, classes):
    """``(tables,)`` from ``path`` if it holds them for ``key``, else None."""
    import io
    import pickle

    from ..output import read_private

    allowed = frozenset(classes)

    class _Tables(pickle.Unpickler):
        def find_class(self, module, name):
            if (module, name) not in allowed:
                raise pickle.UnpicklingError(f"{module}.{name} is not a table class")
            return super().find_class(module, name)

    try:
        data = read_private(path)
        if data is None:
            return None
        stored_key, value = _Tables(io.BytesIO(data)).load()
        return (value,) if stored_key == key else None
    except Exception:           # missing, unreadable, another format, tampered with: build again
        return None


def _write_tables(path, key: str, value) -> None:
    import pickle
    from ..output import atomic_write
    try:
        data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data, private=True)
    except (OSError, ValueError, pickle.PicklingError):
        pass                    # a read-only or unusable cache folder: build every time
