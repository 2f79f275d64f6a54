"""Loading the language data files shipped in ``aligner/lang/data`` (loaded once, cached)."""
from __future__ import annotations

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
