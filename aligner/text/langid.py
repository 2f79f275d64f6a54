"""Which language is a text in?  Enough to catch swapped or wrong files.

Latin vs Arabic script by letter counts; inside the Arabic script, Pashto is told
from Persian (Dari) and Arabic by the letters only Pashto has (ټ ډ ړ ږ ښ ګ ڼ ځ څ ې ۍ)
and by frequent function words (data file ``langid.tsv``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.data import iter_rows

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
