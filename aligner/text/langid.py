"""Which language is a text in?  Enough to catch swapped or wrong files.

Latin vs Arabic script by letter counts; inside the Arabic script, Pashto is told
from Persian (Dari) and Arabic by the letters only Pashto has (ټ ډ ړ ږ ښ ګ ڼ ځ څ ې ۍ)
and by frequent function words (data file ``langid.tsv``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.data import iter_rows

from .inflect import english_lemmas
from .inflect import english_stems  # noqa: F401  (the word list's inflection rules)
from .normalize import ARABIC_WORD as _ARABIC_WORD


@dataclass
class LangGuess:
    lang: str           # en | ps | fa | ar | unknown
    confidence: float   # 0..1
    detail: str


@lru_cache(maxsize=1)
def _evidence():
    ev: dict[str, dict[str, set]] = {}
    for lang, kind, item in iter_rows("langid.tsv", 3):
        ev.setdefault(lang, {"letter": set(), "word": set()})[kind].add(item)
    return ev


def detect(text: str, sample: int = 20000) -> LangGuess:
    text = text[:sample]
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff" and ch.isalpha())
    letters = latin + arabic
    if letters < 20:
        return LangGuess("unknown", 0.0, "too little text")
    if latin > 0.7 * letters:
        return LangGuess("en", latin / letters, f"{100 * latin // letters}% Latin letters")
    if arabic < 0.5 * letters:
        return LangGuess("unknown", 0.3, "mixed scripts")
    ev = _evidence()
    words = _ARABIC_WORD.findall(text)
    nwords = max(len(words), 1)
    scores = {}
    for lang, e in ev.items():
        letter_hits = sum(text.count(ch) for ch in e["letter"])
        word_hits = sum(1 for w in words if w in e["word"])
        scores[lang] = letter_hits / max(arabic, 1) * 20 + word_hits / nwords * 10
    best = max(scores, key=scores.get)
    total = sum(scores.values()) or 1.0
    return LangGuess(best, scores[best] / total,
                     ", ".join(f"{k} {v:.2f}" for k, v in sorted(scores.items(), key=lambda x: -x[1])))


NAMES = {"en": "English", "ps": "Pashto", "fa": "Persian (Dari)", "ar": "Arabic", "unknown": "unknown"}


# --- English words --------------------------------------------------------------------------------
# Is a Latin-script word an ordinary English word (one a translation should not leave in English),
# or something a dictionary does not know (an identifier, a command, an account or product name,
# a Latin species epithet)?  Data: ``en_words.txt`` (SCOWL size 70, regular inflections folded;
# their rules: aligner.text.inflect.english_stems).


#: auxiliaries with a contracted negation (wouldn't, didn't): the part before the apostrophe
_NEGATED_AUXILIARIES = frozenset("would could should did does do was were is are has have had must need might".split())


@lru_cache(maxsize=1)
def _english_words():
    """The lines of en_words.txt but comments, for ``word in _english_words()``."""
    from ..lang.data import load_wordlist
    return load_wordlist("en_words.txt")


def english_word(word: str) -> bool:
    """Whether ``word`` (any case; possessive 's, a contraction (wouldn't, we've), a hyphenated
    compound: each part of at least two letters) is an ordinary English dictionary word or a
    regular inflection of one."""
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "n't", "'re", "'ve", "'ll", "'d", "'m"):      # democracy's, wouldn't, we've
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            w = w[:-len(suffix)]
            break
    else:
        if w.endswith("n") and w[:-1] in _NEGATED_AUXILIARIES:        # wouldn (wouldn't cut at ')
            w = w[:-1]
    w = w.strip("'")
    parts = [p for p in w.split("-") if len(p) >= 2]
    if not parts or not all(p.isascii() and p.isalpha() for p in parts):
        return False
    return all(_known(p, 2) for p in parts)


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    from ..lang.data import iter_rows
    prefixes, suffixes = [], []
    for row in iter_rows("en_affixes.tsv", 2):
        if row[0] == "prefix":
            prefixes.append(row[1])
        else:
            suffixes.append((row[1], row[2] if len(row) > 2 else ""))
    return tuple(prefixes), tuple(suffixes)


def _known(word: str, depth: int) -> bool:
    """``word`` is listed, a regular inflection of a listed word, or (``depth`` affixes deep) a
    listed word with a derivational prefix or suffix (``en_affixes.tsv``)."""
    words = _english_words()
    if word in words or any(s in words for s in english_stems(word) if depth == 2 or len(s) >= 4):
        return True                 # (a base under an affix has four letters or more: post+gres)
    if depth == 0:
        return False
    prefixes, suffixes = _affixes()
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= 4 and _known(word[len(p):], depth - 1):
            return True
    for suffix, base_end in suffixes:
        if word.endswith(suffix):
            base = word[:-len(suffix)] + base_end
            if len(base) >= 4 and _known(base, depth - 1):
                return True
    return False


# --- How common an English word is ------------------------------------------------------------------
# The evidence that tells English prose left untranslated (hospital, meeting, because: words every
# reader meets daily) from a term kept in Latin script on purpose (polymerase, taxa, firmware: words
# met in a field's texts only).  Data: the ``wordfreq`` package (Apache-2.0 code; its English list,
# CC BY-SA 4.0, is read from the installed package, never copied into this project), merged from
# Wikipedia, subtitles, news, books, web text and social media.  Imported on the first question
# only (about 0.1 CPU s to import and 0.1 CPU s to read the English list): a check that finds no
# word to ask about never pays for it.


@lru_cache(maxsize=1)
def _zipf():
    """wordfreq's ``zipf_frequency``, or None when the package is not installed."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:          # pragma: no cover - a declared dependency; without it no evidence
        return None
    return zipf_frequency


@lru_cache(maxsize=1 << 12)
def english_commonness(word: str) -> float | None:
    """How common the English word ``word`` is in general English, on the Zipf scale (log10 of
    its occurrences per billion words: *people* 6.3, *hospital* 5.1, *kernel* 3.6, *firmware*
    3.2, *polymerase* 3.0, *taxa* 2.9; 0 for a word the lists never saw).  A word counts as
    common as its commonest regular form (possessive, plural, -ed, -ing, -er, -ly stripped:
    *meteorites* as *meteorite*, *debaters* as *debate*): a lexeme's rarer forms are no rarer
    words.  None when the frequency data (``wordfreq``) is not installed."""
    zipf = _zipf()
    if zipf is None:
        return None
    w = word.lower().replace("’", "'")
    forms = {f for f in english_lemmas(w) if len(f) >= 3 and f.isascii()} | {w}
    return max(zipf(f, "en") for f in forms)
