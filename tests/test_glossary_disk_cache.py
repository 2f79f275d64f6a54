"""The shipped glossary and its matcher read back from the disk cache (lang/glossary.py,
``_cached_default``) equal a fresh parse; a stale, foreign or damaged cache file is ignored."""
from __future__ import annotations

import os

import pytest

from aligner.lang import glossary as G


def _texts():
    return [G.data_path(n).read_text(encoding="utf-8") for n in G.DEFAULT_FILES]


def _shape(g):
    """Entries, and every matcher table with each pattern's entry as its index."""
    index = {id(e): i for i, e in enumerate(g.entries)}
    m = g.matcher
    tables = {name: {k: [(index[id(p.entry)],) + tuple(v for f, v in vars(p).items() if f != "entry") for p in pats]
                     for k, pats in getattr(m, name).items()}
              for name in G._PATTERN_TABLES}
    return g.entries, g.sources, g.skipped, tables


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path))
    G.default_glossary.cache_clear()
    yield tmp_path
    G.default_glossary.cache_clear()


def test_read_back_equals_parse(cache_dir):
    first = G.default_glossary()                  # parsed, then written
    path = cache_dir / "lang" / G._DISK_NAME
    assert path.is_file() and path.stat().st_mode & 0o077 == 0
    G.default_glossary.cache_clear()
    again = G._read_disk(path, G._disk_key(_texts()))
    assert again is not None and again._matcher is not None
    fresh = G._parse_default(_texts())
    assert _shape(again) == _shape(fresh) == _shape(first)
    # and the matcher read back finds what the parsed one finds
    for text, lang in (("The Ministry of Foreign Affairs met the United Nations in Kabul.", "en"),
                       ("د بهرنیو چارو وزارت په کابل کې له ملګرو ملتونو سره وکتل.", "ps")):
        assert [(t.entry.label, t.kind, t.start, t.end) for t in again.find(text, lang)] == \
               [(t.entry.label, t.kind, t.start, t.end) for t in fresh.find(text, lang)]



def test_derived_tables_read_back_equal_the_computed_ones(cache_dir):
    """The folded allowed renderings (meaning_of's index) and the two-word heads stored beside
    the entries equal what a fresh parse computes, and gloss a rendering the same way."""
    G.default_glossary()
    G.default_glossary.cache_clear()
    again = G._read_disk(cache_dir / "lang" / G._DISK_NAME, G._disk_key(_texts()))
    fresh = G._parse_default(_texts())
    assert again._folded_allowed == [[G.fold_ps(r) for r in e.allowed] for e in fresh.entries]
    assert again._matcher._long_heads == fresh.matcher._two_word_heads()
    renderings = [r for e in fresh.entries for r in (*e.allowed, *e.forbidden)][::7] + ["وزارت", "كابل", "x"]
    assert [again.meaning_of(r) for r in renderings] == [fresh.meaning_of(r) for r in renderings]
    assert again._by_rendering.keys() == fresh._by_rendering.keys()
    assert any(again.meaning_of(r) for r in renderings)


@pytest.mark.parametrize("damage", ["other key", "garbage", "group writable", "truncated"])
def test_a_bad_cache_file_is_ignored_and_replaced(cache_dir, damage):
    G.default_glossary()
    path = cache_dir / "lang" / G._DISK_NAME
    key = G._disk_key(_texts())
    if damage == "other key":
        G._write_disk(path, "0" * 64, G._parse_default(_texts()))
    elif damage == "garbage":
        path.write_bytes(b"\x00not marshal")
    elif damage == "group writable":
        os.chmod(path, 0o664)
    else:
        path.write_bytes(path.read_bytes()[:1000])
    assert G._read_disk(path, key) is None
    G.default_glossary.cache_clear()
    g = G.default_glossary()                      # parsed again, the file rewritten
    assert _shape(g) == _shape(G._parse_default(_texts()))
    if damage != "group writable":
        assert G._read_disk(path, key) is not None


def test_a_changed_data_file_changes_the_key():
    texts = _texts()
    assert G._disk_key(texts) != G._disk_key([texts[0] + "\n", texts[1]])


def test_an_unusable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(blocker))
    G.default_glossary.cache_clear()
    try:
        g = G.default_glossary()
        assert len(g.entries) > 500 and g._matcher is not None
    finally:
        G.default_glossary.cache_clear()


def test_cache_clear_command_removes_the_parsed_glossary_and_nothing_else(cache_dir):
    from typer.testing import CliRunner
    from aligner.cli import app
    G.default_glossary()
    path = cache_dir / "lang" / G._DISK_NAME
    keep = cache_dir / "lang" / "notes.txt"
    keep.write_text("a user's file", encoding="utf-8")
    assert path.is_file()
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert not path.exists() and keep.read_text(encoding="utf-8") == "a user's file"
    assert "lang" in result.output


def test_patterns_read_back_are_built_at_their_first_lookup(cache_dir):
    """The tables read from the cache build a key's patterns when it is first looked up (the
    same list after), and find in an English sentence and its Pashto translation what the
    parsed matcher finds; iterating a table builds the rest."""
    G.default_glossary()
    G.default_glossary.cache_clear()
    again = G._read_disk(cache_dir / "lang" / G._DISK_NAME, G._disk_key(_texts()))
    fresh = G._parse_default(_texts())
    m = again._matcher
    assert all(getattr(m, name)._built == {} for name in G._PATTERN_TABLES)
    pairs = (("The World Health Organization said the vaccine reached Kandahar and Herat.", "en"),
             ("د روغتیا نړیوال سازمان وویل چې واکسین کندهار او هرات ته ورسېد.", "ps"))
    for text, lang in pairs:
        assert [(t.entry.label, t.kind, t.start, t.end) for t in again.find(text, lang)] == \
               [(t.entry.label, t.kind, t.start, t.end) for t in fresh.find(text, lang)]
    built = sum(len(getattr(m, name)._built) for name in G._PATTERN_TABLES)
    assert 0 < built < sum(len(getattr(m, name)) for name in G._PATTERN_TABLES) // 10
    key = next(iter(m._ps._built))
    assert m._ps.get(key) is m._ps[key] and key in m._ps and m._ps.get("no such stem", ()) == ()
    assert _shape(again) == _shape(fresh)                                # (builds them all)
