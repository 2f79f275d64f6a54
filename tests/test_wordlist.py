"""WordList (aligner.lang.data): the big word lists looked up by bisection hold exactly the
words of the sets they replace."""
from importlib import resources

import pytest

from aligner.lang import data
from aligner.lang.data import WordList, load_wordlist, load_wordset

DATA_FILES = sorted(p.name for p in (resources.files("aligner.lang") / "data").iterdir()
                    if p.name.endswith((".txt", ".tsv")))


@pytest.mark.parametrize("name", DATA_FILES)
def test_load_wordlist_has_the_words_of_load_wordset(name):
    words, listed = load_wordset(name), load_wordlist(name)
    assert sorted(words) == sorted(set(listed._words))
    probes = sorted(words)[:50] + ["", "#", " ", "zzzz-not-a-word"] + [w + "\x01" for w in sorted(words)[:5]]
    assert all((w in words) == (w in listed) for w in probes)


@pytest.mark.parametrize("text", ["", "\n", "# comment\nword\n\n#x\nother", "b\na\n#\n\x00\n a\nb ", "$\n!\n#!\n"])
def test_from_lines_keeps_non_empty_non_comment_lines_as_they_are(text):
    wl = WordList.from_lines(text.splitlines())
    expected = {line for line in text.splitlines() if line and not line.startswith("#")}
    assert set(wl._words) == expected and len(wl) == len(wl._words)
    assert all(w in wl for w in expected) and "" not in wl and "#x" not in wl


def test_lines_with_spaces_or_tabs_are_read_row_by_row(monkeypatch):
    text = "# header\nalpha\t1\n beta \ngamma\n"
    monkeypatch.setattr(data, "read_data", lambda name: text)
    load_wordset.cache_clear(), load_wordlist.cache_clear()
    try:
        assert set(load_wordlist("x")._words) == set(load_wordset("x")) == {"alpha", "beta", "gamma"}
    finally:
        load_wordset.cache_clear(), load_wordlist.cache_clear()
