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
    assert sorted(words) == sorted(set(listed))
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
    monkeypatch.setattr(data, "read_data_bytes", lambda name: text.encode("utf-8"))
    load_wordset.cache_clear(), load_wordlist.cache_clear()
    try:
        assert set(load_wordlist("x")) == set(load_wordset("x")) == {"alpha", "beta", "gamma"}
    finally:
        load_wordset.cache_clear(), load_wordlist.cache_clear()


@pytest.mark.parametrize("text", ["a\nb\nc\n", "# h\n# h2\napple\nbanana\ncherry", "# only\n", "", "x",
                                  "# h\na b\nab\nb\n", "#\n!\n#x\n",
                                  # a header and words beyond ASCII: the bytes are bisected (UTF-8 orders
                                  # them as code points), from the byte after the header
                                  "# list → words\nabc\nzeta\né\nپښتو\nپښتون\n", "# →\nپښتو\nabc\n",
                                  "a\r\nb\r\n", "a\nb\u2028c\n"])
def test_sorted_text_has_the_lines_of_the_list(text, tmp_path, monkeypatch):
    """A sorted file is bisected in its bytes (data.SortedText) with the same answers as the
    list of its lines; an unsorted one (or one with blank or comment lines after its header,
    or other line breaks than \\n) is not taken for sorted."""
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path))
    raw = text.encode("utf-8")
    lines = text.splitlines()
    body = text[data._header_end(text):].splitlines()
    expected = {line for line in lines if line and not line.startswith("#")}
    ok = data._checked_sorted(raw)
    assert ok == (body == sorted(body) and all(x and not x.startswith("#") for x in body)
                  and "\r" not in text and "\u2028" not in text)
    assert data._checked_sorted(raw) == ok          # the marker file agrees
    if ok:
        st = data.SortedText(raw, data._header_end(raw))
        probes = sorted(expected) + ["", "#", "# h", "0", "a", "aa", "b ", "zz", "apple\nbanana", "\n", "é",
                                     "پښت", "پښتونه", "\ud800", "e"]
        assert set(st) == expected and len(st) == len(expected)
        assert all((w in st) == (w in expected) for w in probes)


def test_sorted_text_on_the_shipped_word_lists():
    for name in ("en_words.txt", "en_common_words.txt"):
        text = data.read_data(name)
        listed = WordList.from_lines(text.splitlines())
        st = load_wordlist(name)
        assert isinstance(st, data.SortedText)
        words = listed._words
        probes = words[::97] + [w + "s" for w in words[::101]] + [w[:-1] for w in words[::103]] + ["", "#", "zzzzz"]
        assert all((w in st) == (w in listed) for w in probes)
