"""UNTRANS-*: English left in the Pashto translation.

A Latin-script word in the Pashto sentence is fine when it is a name (capitalised),
an acronym (all caps), a code or unit with digits, a URL or an e-mail.  A lowercase
English word that also occurs in the source is left untranslated; a Pashto sentence
made mostly of Latin letters is an untranslated sentence.
"""
from __future__ import annotations

import re

from .base import PairCheck, register
from .entities import strip_possessive

_LATIN_WORD = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z'’-]*[A-Za-z](?![\w@]|\.\w)")
_URL_OR_MAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")


def _letters(text: str) -> tuple[int, int]:
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff" and ch.isalpha())
    return latin, arabic


def _word_forms(text: str) -> set[str]:
    """The lowercase English words of ``text`` with the forms a copied word may take: each
    part of a hyphenated word (low-carbon: carbon), without a possessive (democracy's), and
    singular and plural (refineries: refinery)."""
    out = set()
    for token in _LATIN_WORD.findall(text):
        for w in [token] + token.split("-"):
            w = strip_possessive(w.lower())
            out |= {w, w[:-1] if w.endswith("s") else w + "s"}
            if w.endswith("ies"):
                out.add(w[:-3] + "y")
    return out


@register
class UntranslatedCheck(PairCheck):
    code = "UNTRANS-WORD"
    category = "untranslated"
    severity = "warning"
    description = "English words or whole sentences left untranslated in the Pashto."
    codes = {
        "UNTRANS-WORD": ("untranslated", "warning", "English word left in the translation"),
        "UNTRANS-SENTENCE": ("untranslated", "error", "target sentence is not in Pashto"),
    }

    def check_pair(self, pair, ctx):
        tgt = pair.target.text
        masked = _URL_OR_MAIL.sub(lambda m: " " * len(m.group()), tgt)
        for a, b in pair.target.code:               # Markdown `code` stays as it is
            masked = masked[:a] + " " * (b - a) + masked[b:]
        latin, arabic = _letters(masked)
        if latin >= 12 and latin > 1.5 * arabic:
            yield self.finding("The Pashto sentence is mostly English: it looks untranslated",
                               code="UNTRANS-SENTENCE", source=pair.source.whole, target=pair.target.whole,
                               target_value=tgt)
            return
        src_words = _word_forms(pair.source.text)
        run = []
        for m in _LATIN_WORD.finditer(masked):
            w = m.group()
            if w.lower() != w or len(w) < 3:      # names, acronyms, units (kg, km) are fine
                continue
            if not re.search(r"[aeiouy]", w):     # not English: Welsh twp, pwp quoted as words
                continue
            before = masked[max(0, m.start() - 2):m.start()].strip()
            after = masked[m.end():m.end() + 1]
            if (before[-1:].isdigit()                               # a unit after a number: 35 mph
                    or (before[-1:] in "\"'‘“«" and after in "\"'’”»")):   # a quoted foreign word
                continue
            if strip_possessive(w.lower()) in src_words:
                run.append(m)
        if run:
            a, b = run[0].start(), run[-1].end()
            words = [m.group() for m in run]
            src = re.search(r"\b" + re.escape(words[0]) + r"\b", pair.source.text, re.IGNORECASE)
            yield self.finding(
                f"English {'word' if len(words) == 1 else 'words'} {', '.join(repr(w) for w in words)} "
                "left untranslated in the Pashto sentence",
                code="UNTRANS-WORD", target=pair.target.span(a, b),
                source=pair.source.span(src.start(), src.end()) if src else None,
                source_value=words, target_value=words)
