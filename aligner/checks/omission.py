"""OMIT-* / ADD-*: sentences with no counterpart, and partial omissions.

Omissions and additions come straight from the alignment's null beads (1-0, 0-1). A null
bead's score is the aligner's calibrated confidence that the sentence really has no
counterpart (fitted on perturbed NTREX: merges, loose renderings and split headings are the
usual false omissions); ``OMIT-SENTENCE`` is an error at or above ``OMIT_ERROR_CONFIDENCE``
and a warning below it.
A *partial* omission is a bead whose target is far shorter than the document's own
length ratio predicts (robust z-score on the log length ratio) while its
similarity is also below the document's typical value.
"""
from __future__ import annotations

import math
import re
import statistics

from .base import Check, register

PARTIAL_Z = 3.5            # robust z-score of the log length ratio
PARTIAL_Z_MERGED = 2.0     # ... for a bead with more English than Pashto sentences (2-1, 3-1)
MIN_SOURCE_CHARS = 40      # short sentences vary too much to judge
MAX_SHARE = 0.7            # and the target is at least 30% shorter than the document's ratio predicts
LOST_BREAK_SHARE = 0.9     # a merged bead across a line break of the English only: 10% shorter is enough
OMIT_ERROR_CONFIDENCE = 0.5  # null-bead confidence from which a missing sentence is an error


def _sentences_text(doc, ids):
    return " ".join(doc.sentences[i].text for i in ids)


@register
class OmissionCheck(Check):
    code = "OMIT-SENTENCE"
    category = "omission"
    severity = "error"
    description = "A source sentence has no counterpart in the translation."
    codes = {
        "OMIT-SENTENCE": ("omission", "error", "source sentence not translated"),
        "ADD-SENTENCE": ("addition", "warning", "target sentence with no source"),
        "OMIT-PARTIAL": ("omission", "warning", "translation much shorter than the source"),
        "ALIGN-LOW-CONFIDENCE": ("mistranslation", "info", "aligned pair with low similarity"),
    }

    def run(self, ctx):
        r = ctx.result
        ratios = []
        for k, pair in enumerate(ctx.pairs):
            bead = pair.bead
            if bead.source and not bead.target:
                sev = "error" if bead.score >= OMIT_ERROR_CONFIDENCE else "warning"
                text = pair.source.text
                hedge = "" if sev == "error" else f" (confidence {bead.score:.2f}: it may be merged into a neighbour)"
                yield self.finding(
                    f"English sentence not translated: \"{_short(text)}\"{hedge}", code="OMIT-SENTENCE",
                    severity=sev, source=pair.source.whole, source_value=text, bead=k)
            elif bead.target and not bead.source:
                text = pair.target.text
                yield self.finding(
                    f"Pashto sentence has no English source: \"{_short(text)}\"", code="ADD-SENTENCE",
                    target=pair.target.whole, target_value=text, bead=k)
            else:
                ls, lt = _unbracketed_length(pair.source.text, pair.target.text), len(pair.target.text)
                ratios.append((k, math.log((lt + 10) / (ls + 10)), ls, lt))
                if bead.score < 0.5:
                    yield self.finding(
                        f"Low alignment confidence ({bead.score:.2f}): the Pashto may not translate this "
                        "English sentence; review the pair by hand", code="ALIGN-LOW-CONFIDENCE",
                        source=pair.source.whole, target=pair.target.whole,
                        source_value=bead.score, target_value=bead.similarity, bead=k)
        if len(ratios) < 5:
            return
        values = [x[1] for x in ratios]
        med = statistics.median(values)
        mad = statistics.median(abs(v - med) for v in values) or 0.05
        sims = [b.similarity for b in r.beads if b.similarity is not None]
        sim_med = statistics.median(sims) if sims else 0.0
        for k, v, ls, lt in ratios:
            z = (v - med) / (1.4826 * mad)
            pair = ctx.pairs[k]
            share = lt / max(ls, 1) / math.exp(med)
            # a bead that joins several English sentences into one Pashto sentence is where a
            # dropped sentence hides (the aligner merges its neighbour in, and the pair still
            # looks similar): there the length alone decides, at a lower bar
            merged = len(pair.bead.source) > len(pair.bead.target)
            # English sentences of several lines (or blocks: a heading and its body) in one
            # Pashto line: the translation lost a line break, where a dropped line hides
            lost_break = merged and _lines(r.source, pair.bead.source) > _lines(r.target, pair.bead.target)
            if (z < -(PARTIAL_Z_MERGED if merged else PARTIAL_Z) and share < MAX_SHARE
                    or lost_break and share < LOST_BREAK_SHARE) \
                    and ls >= MIN_SOURCE_CHARS and (merged or (pair.bead.similarity or 0) < sim_med):
                yield self.finding(
                    f"Pashto translation is {100 * (1 - share):.0f}% shorter than this document's "
                    f"usual length ratio predicts: part of the sentence may be missing",
                    code="OMIT-PARTIAL", source=pair.source.whole, target=pair.target.whole,
                    source_value=ls, target_value=lt, bead=k)


def _lines(doc, ids) -> int:
    """How many lines (or blocks) the sentences ``ids`` of ``doc`` span."""
    sents = [doc.sentences[i] for i in ids]
    blocks = len({x.block for x in sents})
    return max(blocks, 1 + doc.text.count("\n", sents[0].start, sents[-1].end)) if sents else 0


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _unbracketed_length(src: str, tgt: str) -> int:
    """The English length without its bracketed asides when the Pashto has no brackets: a gloss
    or an expansion in brackets ("Masnawi (a book of Rumi)") is often left out on purpose."""
    if "(" in tgt or ")" in tgt:
        return len(src)
    return len(_BRACKETED.sub("", src))


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"
