"""Which English words have a counterpart in the Pashto: word alignment from the encoder's
token states (the idea of SimAlign, Jalili Sabet et al. 2020: contextual vectors of a
multilingual encoder are alike for a word and its translation).

The bundled e5-small's last layer gives one vector per subword token
(:meth:`aligner.embed.onnx.OnnxE5.token_states`); a word's vector is the mean of its tokens'.
Both sentences' word vectors are centred on their common mean (the states of one sentence
share a large common direction, which makes every cosine about 0.9) and compared by cosine.
An English word is *covered* when some Pashto word is most alike to it among the English
words (each Pashto word points at one English word; what no Pashto word points at has no
visible counterpart).  Coverage, not the mutual best match, because a Pashto word often
renders two English words (an auxiliary and its verb, a noun and its article) and an
English word often takes two Pashto words (a light verb): coverage asks only whether the
English word is rendered at all.

Measured on gold line pairs of the tuning parts (bench/results/partial_omission.md, stop 16):
the alignment is right for most content words but misses many of them on free renderings,
so a single uncovered word means little, and even "a whole clause none of whose content words
is covered, in a pair whose other content words mostly are" flags about as many correct pairs as
dropped clauses: no check uses this yet (OMIT-PARTIAL measured it and did not adopt it), so it
lives in bench/ as the measured experiment, not in the package.  The
experiment reached the engine from ``result.embed`` through a ``token_states`` method on
:class:`~aligner.embed.base.AutoEncoder` and ``OnnxE5Encoder`` delegating to
:meth:`~aligner.embed.onnx.OnnxE5.token_states` (not kept while nothing uses it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

#: a word: letters and digits (a subword token belongs to every word it overlaps)
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class WordAlignment:
    """The words of an English and a Pashto sentence, as (start, end) spans in each text,
    and which English words some Pashto word points at (``covered``, indices into ``en``)."""
    en: tuple
    ps: tuple
    covered: frozenset


def _word_vectors(text: str, states) -> tuple[tuple, np.ndarray]:
    vecs, offs = states
    words = tuple((m.start(), m.end()) for m in WORD.finditer(text))
    out = np.zeros((len(words), vecs.shape[1] if vecs.ndim == 2 else 0), np.float64)
    for k, (a, b) in enumerate(words):
        sel = (offs[:, 0] < b) & (offs[:, 1] > a) if len(offs) else np.zeros(0, bool)
        if sel.any():
            out[k] = vecs[sel].mean(axis=0)
    return words, out


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)


def align_words(en: str, ps: str, en_states, ps_states) -> WordAlignment:
    """The word alignment of one pair from its two texts' token states."""
    we, ve = _word_vectors(en, en_states)
    wp, vp = _word_vectors(ps, ps_states)
    if not we or not wp or not ve.shape[1]:
        return WordAlignment(we, wp, frozenset())
    mean = np.concatenate([ve, vp]).mean(axis=0)
    sim = _unit(ve - mean) @ _unit(vp - mean).T
    return WordAlignment(we, wp, frozenset(int(i) for i in sim.argmax(axis=0)))


def align_pairs(token_states: Callable, pairs: Sequence[tuple[str, str]]) -> list[WordAlignment] | None:
    """The word alignment of every (English, Pashto) pair, their texts' states in one batched
    call of ``token_states``; None when the encoder gives no token states."""
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    if not texts:
        return []
    got = token_states(texts)
    if got is None:
        return None
    states = dict(zip(texts, got))
    return [align_words(en, ps, states[en], states[ps]) for en, ps in pairs]
