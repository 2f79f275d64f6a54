"""NEG-*: a negation present on one side and absent on the other (warning).

Sentence embeddings are weak on polarity (field-notes §3), so this is a lexicon
cross-check: English not/no/never/without/… and negative prefixes (non-, un-, dis-
on a listed word) against Pashto نه، مه، نشي، نشته، هیڅ، بې، غیر، …  Only a side
with *no* negation at all against a side with a strong one is reported, which keeps
legitimate rephrasings ("failed to" ↔ ونه توانېد) quiet.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.data import iter_rows
from ..text import normalize
from .base import PairCheck, register

_EN_TOKEN = re.compile(r"[A-Za-z]+(?:n't)?|n't")
_PS_TOKEN = re.compile(r"[\u0600-\u06ff]+")


@lru_cache(maxsize=1)
def _lexicon():
    lex = {"en": {}, "ps": {}}
    for lang, form, kind in iter_rows("negators.tsv", 3):
        lex[lang][form] = kind
    return lex


def negations(text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, kind) of each negation marker, offsets into ``text``."""
    lex = _lexicon()["en" if lang == "en" else "ps"]
    norm = normalize(text)
    t = norm.text
    out = []
    if lang == "en":
        for m in _EN_TOKEN.finditer(t):
            w = m.group().lower()
            kind = lex.get(w) or ("strong" if w.endswith("n't") else None)
            if kind:
                a, b = norm.to_original(m.start(), m.end())
                out.append((a, b, text[a:b], kind))
        return out
    tokens = list(_PS_TOKEN.finditer(t))
    for k, m in enumerate(tokens):
        w = m.group()
        kind = lex.get(w)
        if w == "نه":
            prev = [x.group() for x in tokens[max(0, k - 6):k]]
            if "له" in prev or "تر" in prev or "څخه" in prev:   # ablative "له … نه" (from)
                continue
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            if nxt in ("یوازی", "یوازې", "فقط", "صرف"):          # "not only … but"
                kind = "word"
        if kind:
            a, b = norm.to_original(m.start(), m.end())
            out.append((a, b, text[a:b], kind))
    return out


@register
class NegationCheck(PairCheck):
    code = "NEG-MISSING"
    category = "negation"
    severity = "warning"
    description = "A negation in the source has no counterpart in the translation, or one was added."
    codes = {
        "NEG-MISSING": ("negation", "warning", "the source is negated, the translation is not"),
        "NEG-ADDED": ("negation", "warning", "the translation is negated, the source is not"),
    }

    def check_pair(self, pair, ctx):
        src = negations(pair.source.text, pair.source.lang)
        tgt = negations(pair.target.text, pair.target.lang)
        strong_s = [n for n in src if n[3] == "strong"]
        strong_t = [n for n in tgt if n[3] == "strong"]
        if strong_s and not tgt:
            a, b, word, _ = strong_s[0]
            yield self.finding(
                f"English '{word}' (negation) has no negation in the Pashto sentence",
                code="NEG-MISSING", source=pair.source.span(a, b), target=pair.target.whole,
                source_value=word, target_value=None)
        elif strong_t and not src:
            a, b, word, _ = strong_t[0]
            yield self.finding(
                f"Pashto '{word}' (negation) has no negation in the English sentence",
                code="NEG-ADDED", source=pair.source.whole, target=pair.target.span(a, b),
                source_value=None, target_value=word)
