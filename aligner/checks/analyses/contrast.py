"""Contrastive evidence from the encoder: is a sentence pair more alike with one side changed?

A finding claims that the two sides disagree at one place (a negation dropped or added, a
word turned into its opposite).  The encoder gives a second, independent opinion: the pair is
embedded as written and with the claimed difference undone on one side (the negation removed
from the side that has it, the word put back to its other pole); when the translation really
disagrees there, undoing the difference brings the two sides closer; when the finding is
false, the change moves the side away from a translation that already agreed.  The idea is
that of *contrastive conditioning* (Vamvas & Sennrich 2021), applied with the aligner's own
sentence encoder.

* :func:`undo_en_negation` / :func:`undo_ps_negation`: the text with the negation at a span
  removed (the forms of ``lang/data/negation_toggles.tsv``), or None when the span is not one
  that can be undone word for word;
* :func:`margins`: for (text pairs as written, text pairs changed), the change in cosine
  similarity, every text embedded in one batch (texts already embedded come from the cache).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from ...lang.data import iter_rows
from ...text import fold

_EN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ZWNJ = "\u200c"


@lru_cache(maxsize=1)
def _toggles() -> dict:
    """lang → kind → {negated form: positive form} (``negation_toggles.tsv``), prefixes longest first."""
    out: dict = {lang: {"word": {}, "prefix": {}, "glue": {}} for lang in ("en", "ps")}
    for lang, kind, form, positive in iter_rows("negation_toggles.tsv", 4):
        key = form.lower() if lang == "en" else fold(form)
        out[lang][kind][key] = "" if positive == "-" else positive
    for lang in out:
        out[lang]["prefix"] = dict(sorted(out[lang]["prefix"].items(), key=lambda kv: -len(kv[0])))
    return out


def _cut(text: str, a: int, b: int, new: str) -> str:
    """``text`` with ``text[a:b]`` replaced by ``new``; a removed word takes one space with it."""
    if new:
        return text[:a] + new + text[b:]
    left, right = text[:a], text[b:]
    if left.endswith(" ") and (not right or right.startswith(" ") or right[:1] in ",.;:?!،؟۔"):
        left = left[:-1]
    elif not left:
        right = right.lstrip(" ")
    out = left + right
    return out[:1].upper() + out[1:] if not left and text[:1].isupper() else out


def _case(old: str, new: str) -> str:
    if new and old[:1].isupper() and not new[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def undo_en_negation(text: str, a: int, b: int) -> Optional[str]:
    """``text`` with the English negation at ``text[a:b]`` undone ("did not go" → "did go",
    "can't" → "can", "without" → "with", "non-profit" → "profit"; of "not innocent" the "not"),
    or None when it is no marker of ``negation_toggles.tsv`` (a word negative by its meaning:
    "lack", "refused")."""
    span = text[a:b]
    words = list(_EN_WORD.finditer(span))
    if not words:
        return None
    tog = _toggles()["en"]
    w = " ".join(span.lower().replace("’", "'").split())
    if w in tog["word"]:
        return _cut(text, a, b, _case(span, tog["word"][w]))
    first = words[0].group().lower().replace("’", "'")
    if len(words) > 1 and first in tog["word"]:          # "not innocent", "no longer": the marker
        return undo_en_negation(text, a + words[0].start(), a + words[0].end())
    if len(words) <= 2:
        for p in tog["prefix"]:
            if w.startswith(p) and len(w) - len(p) >= 3 and w[len(p)].isalpha():
                return _cut(text, a, b, _case(span, span[len(p):].lstrip("- ")))
    return None


def undo_ps_negation(text: str, a: int, b: int) -> Optional[str]:
    """``text`` with the Pashto negation at ``text[a:b]`` undone: a separate نه / مه removed, a
    perfective و / ور / را + نه joined to its verb again ("ونه کړ" → "وکړ"), a negated form put
    back to the positive one (نشته → شته، نلري → لري، ورنکړ → ورکړ، "نه‌شي" → "شي"), or None."""
    if not text[a:b].strip():
        return None
    tog = _toggles()["ps"]
    s, e = a, b                          # the whole token the span is in
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace() and text[e] not in "،؛؟.!:۔":
        e += 1
    token = text[s:e]
    if _ZWNJ in token:                   # نه‌شي: a negator joined by a zero-width non-joiner
        head, _, rest = token.partition(_ZWNJ)
        if fold(head) in tog["word"] and rest:
            return text[:s] + rest + text[e:]
    f = fold(token)
    if f in tog["word"]:
        return _cut(text, s, e, tog["word"][f])
    if f in tog["glue"] and text[e:e + 1] == " " and e + 1 < len(text) and not text[e + 1].isspace():
        return text[:s] + tog["glue"][f] + text[e + 1:]
    for p, positive in tog["prefix"].items():
        if f.startswith(p) and len(f) > len(p) + 1:
            return text[:s] + positive + token[len(p):] + text[e:]
    return None


def unit_vector(v) -> list:
    """``v`` as a list of floats scaled to length 1 (a zero vector stays zero)."""
    norm = math.sqrt(sum(float(x) * float(x) for x in v)) or 1.0
    return [float(x) / norm for x in v]


def margins(embed: Callable, written: Sequence[tuple[str, str]], changed: Sequence[tuple[str, str]]) -> list:
    """For each i, cos(changed[i]) − cos(written[i]) of the encoder's vectors of the two sides:
    > 0 when the pair is more alike with the change.  Every distinct text is embedded once, in
    one call to ``embed`` (a list of texts → vectors)."""
    from ...pipeline import embedding_text
    texts: dict = {}
    for pair in list(written) + list(changed):
        for t in pair:
            texts.setdefault(embedding_text(t), None)
    keys = list(texts)
    if not keys:
        return []
    for k, v in zip(keys, embed(keys)):
        texts[k] = unit_vector(v)

    def cos(pair):
        x, y = (texts[embedding_text(t)] for t in pair)
        return sum(p * q for p, q in zip(x, y))
    return [cos(c) - cos(w) for w, c in zip(written, changed)]
