"""Parsed language tables kept in the cache folder (aligner.lang.data.cached_tables): read back
only while valid (same key, the user's own file, only the tables' classes), built again
otherwise; the quantity lexicon read back equals the one parsed from the data files."""
import os
import pickle
from dataclasses import dataclass
from fractions import Fraction

import pytest

from aligner.lang import data
from aligner.lang import quantities as Q


@dataclass(frozen=True)
class Row:
    value: Fraction
    flags: frozenset


CLASSES = (("fractions", "Fraction"), (__name__, "Row"))


def table():
    return {"eleven": Row(Fraction(11), frozenset({"a"})), "half": Row(Fraction(1, 2), frozenset())}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path))
    return tmp_path / "lang"


def built(log):
    def build():
        log.append(1)
        return table()
    return build


def test_built_once_then_read_back(cache):
    log = []
    first = data.cached_tables("probe", built(log), CLASSES)
    again = data.cached_tables("probe", built(log), CLASSES)
    assert first == again == table() and log == [1]
    assert again is not first                         # (read from the file)
    path = cache / "tables-1-probe.pickle"
    assert path.is_file() and not path.stat().st_mode & 0o077


def test_another_key_builds_again(cache, monkeypatch):
    log = []
    data.cached_tables("probe", built(log), CLASSES)
    monkeypatch.setattr(data, "_sources_stamp", lambda: "a data file changed")
    assert data.cached_tables("probe", built(log), CLASSES) == table() and log == [1, 1]
    assert data.cached_tables("probe", built(log), CLASSES) == table() and log == [1, 1]


def test_a_damaged_file_is_built_again(cache):
    log = []
    data.cached_tables("probe", built(log), CLASSES)
    (cache / "tables-1-probe.pickle").write_bytes(b"not a pickle")
    assert data.cached_tables("probe", built(log), CLASSES) == table() and log == [1, 1]


def test_a_file_others_may_write_is_not_read(cache):
    log = []
    data.cached_tables("probe", built(log), CLASSES)
    os.chmod(cache / "tables-1-probe.pickle", 0o666)
    assert data.cached_tables("probe", built(log), CLASSES) == table() and log == [1, 1]


class Boom:
    def __reduce__(self):
        return (os.getcwd, ())          # a call the cache must never make


def test_only_the_tables_classes_are_read_back(cache):
    log = []
    path = cache / "tables-1-probe.pickle"
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps((data._tables_key("probe"), {"x": Boom()})))
    os.chmod(path, 0o600)
    assert data.cached_tables("probe", built(log), CLASSES) == table() and log == [1]
    # (and a table holding another class than those named is not cached as readable)
    assert data.cached_tables("probe", built(log), CLASSES[:1]) == table() and log == [1, 1]


def test_an_unusable_cache_folder_builds_every_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(blocker))        # (lang/ cannot be made in a file)
    log = []
    assert data.cached_tables("probe", built(log), CLASSES) == table()
    assert data.cached_tables("probe", built(log), CLASSES) == table() and log == [1, 1]


def test_clear_cache_removes_the_tables(cache):
    data.cached_tables("probe", built([]), CLASSES)
    assert data.clear_cache() > 0 and not (cache / "tables-1-probe.pickle").exists()


@pytest.mark.parametrize("lang", ["en", "ps"])
def test_the_quantity_lexicon_read_back_equals_the_parsed_one(cache, lang):
    parsed = Q._parse_lexicon(lang)
    for _ in range(2):                                  # written, then read back
        got = data.cached_tables(f"quantities-{lang}", lambda: Q._parse_lexicon(lang), Q._LEXICON_CLASSES)
        assert got == parsed and got.derived == {}
    assert (cache / f"tables-1-quantities-{lang}.pickle").is_file()
