"""The term classes of TERM-MISMATCH read back from the disk cache (checks/terminology.py,
``_cached_classes``, issue 14: parsed once, not in every check) equal a fresh parse of the data
file: the same entries, terms and matcher tables, the same matches and the same findings on real
Pashto; a stale, foreign or damaged cache file is ignored, a changed data file or matching code
changes the key.

First contact on b663dac (the PAIRS run on its export, where the term classes are parsed in every
check): the same findings, the 4 careless swaps caught and the 4 correct renderings clean; the
cache itself is new in this change."""
from __future__ import annotations

import os

import pytest

from aligner.checks import terminology as T
from aligner.lang import glossary as G
from aligner.lang.data import cache_dir as lang_cache_dir, clear_cache, data_path
from tests.helpers import reported_codes as reported


def _text():
    return data_path(T.TERM_CLASSES_NAME).read_text(encoding="utf-8")


def _shape(tc):
    """Every entry, the term of each (by position), the twins and both matchers' tables with each
    pattern's entry as its number."""
    entries = tc._entries
    index = {id(e): i for i, e in enumerate(entries)}
    terms = list({id(t): t for t in tc.terms.values()}.values())
    number = {id(t): k for k, t in enumerate(terms)}

    def tables(m):
        return {name: {k: [(index[id(p.entry)],) + tuple(v for f, v in vars(p).items() if f != "entry")
                           for p in pats] for k, pats in getattr(m, name).items()}
                for name in G._PATTERN_TABLES}
    return (entries, [(index[id(t.entry)], t.evidence, t.accounts, t.meaning) for t in terms],
            [number[id(tc.terms[id(e)])] for e in entries],
            [(number[t], [index[id(e)] for e in es]) for t, es in tc._twins.items()],
            tables(tc.matcher), tables(tc.evidence_matcher),
            tc.matcher._two_word_heads(), tc.evidence_matcher._two_word_heads())


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(tmp_path))
    T.term_classes.cache_clear()
    yield tmp_path / "lang" / T._DISK_NAME
    T.term_classes.cache_clear()


#: correct renderings and careless swaps (real Pashto, written for this test)
PAIRS = [
    ("The patient had a stroke last year.", "ناروغ پروسږکال سکته وکړه."),                 # correct
    ("The patient had a stroke last year.", "ناروغ پروسږکال مرګي درلوده."),               # stroke → epilepsy
    ("Malaria and tuberculosis are common in the province.",
     "ملاریا او نري رنځ په ولایت کې عام دي."),                                             # correct
    ("Malaria is common in the province.", "په ولایت کې شری عامه ده."),                   # malaria → measles
    ("The bacterium spreads through water.", "ویروس د اوبو له لارې خپرېږي."),             # bacterium → virus
    ("The judge postponed the hearing.", "قاضي اورېدنه وځنډوله."),                        # correct
    ("The judge postponed the hearing.", "څارنوال اورېدنه وځنډوله."),                     # judge → prosecutor
    ("Doctors treated his liver and lungs.", "ډاکټرانو د هغه ځیګر او سږي درملنه وکړه."),   # correct
]


def test_read_back_equals_parse(cache):
    first = T.term_classes()                      # parsed, then written
    assert cache.is_file() and cache.stat().st_mode & 0o077 == 0
    again = T._read_classes(cache, T._disk_key(_text()))
    fresh = T.TermClasses(_text())
    assert again is not None
    assert _shape(again) == _shape(fresh) == _shape(first)
    for en, ps in PAIRS:                           # the matchers read back find what the parsed ones find
        for a, b in ((again.matcher, fresh.matcher), (again.evidence_matcher, fresh.evidence_matcher)):
            assert [(m.entry, m.kind, m.form, m.start, m.end)
                    for m in a.find_en(en)] == [(m.entry, m.kind, m.form, m.start, m.end) for m in b.find_en(en)]
            assert [(m.entry, m.kind, m.form, m.start, m.end) for m in a.find_ps(ps)] == \
                   [(m.entry, m.kind, m.form, m.start, m.end) for m in b.find_ps(ps)]


def test_findings_are_the_same_read_back_or_parsed(cache, monkeypatch):
    """TERM-MISMATCH on real pairs, with the term classes parsed and read back from the cache."""
    T.term_classes()                                # written
    T.term_classes.cache_clear()
    read_back = [reported(en, ps) for en, ps in PAIRS]
    assert T.term_classes() is not None and cache.is_file()
    T.term_classes.cache_clear()
    monkeypatch.setattr(T, "_read_classes", lambda path, key: None)     # parse every time
    parsed = [reported(en, ps) for en, ps in PAIRS]
    assert read_back == parsed
    codes = ["TERM-MISMATCH" in r for r in parsed]
    assert codes == [False, True, False, True, True, False, True, False]


@pytest.mark.parametrize("damage", ["other key", "garbage", "group writable", "truncated"])
def test_a_bad_cache_file_is_ignored_and_replaced(cache, damage):
    T.term_classes()
    key = T._disk_key(_text())
    if damage == "other key":
        T._write_classes(cache, "0" * 64, T.TermClasses(_text()))
    elif damage == "garbage":
        cache.write_bytes(b"\x00not marshal")
    elif damage == "group writable":
        os.chmod(cache, 0o664)
    else:
        cache.write_bytes(cache.read_bytes()[:1000])
    assert T._read_classes(cache, key) is None
    T.term_classes.cache_clear()
    T.term_classes()                                # parsed again and the file rewritten
    assert T._read_classes(cache, key) is not None


def test_a_changed_data_file_changes_the_key():
    text = _text()
    assert T._disk_key(text) == T._disk_key(text)
    assert T._disk_key(text) != T._disk_key(text + "\nfruit\tquince\t\tبهي\tquince\n")


def test_an_unusable_cache_folder_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ALIGNER_CACHE_DIR", str(blocker))     # a file where the folder should be
    T.term_classes.cache_clear()
    try:
        assert _shape(T.term_classes()) == _shape(T.TermClasses(_text()))
    finally:
        T.term_classes.cache_clear()


def test_cache_clear_removes_the_term_classes(cache):
    T.term_classes()
    other = lang_cache_dir() / "keep.txt"
    other.write_text("x")
    assert cache.is_file() and clear_cache() > 0
    assert not cache.exists() and other.exists()
