"""Reference comparison: score a translation (hypothesis) against a reference translation.

Both texts are in the same language (Pashto by default).  They are split into sentences
and aligned with the same aligner as ``align``/``check`` (the embedding model is
multilingual, so a Pashto↔Pashto alignment works like English↔Pashto), so the two need
not have the same sentence breaks.  Each bead gives one segment: its hypothesis sentences
joined by a space against its reference sentences joined by a space; a null bead (a
sentence with no counterpart) scores an empty hypothesis or an empty reference.

Corpus-level scores come from sacrebleu (chrF, chrF++ = chrF with word bigrams, BLEU,
TER) over the segments, each with its sacrebleu signature so the number is reproducible;
sentence-level chrF for each segment lets the worst ones be reviewed first.  The raw texts
are scored: no digit folding, no normalisation.

>>> from aligner.score import score_texts
>>> result = score_texts(hypothesis_text, reference_text)
>>> result.metrics["chrF"].score, result.worst(5)
"""
from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from typing import Optional

from . import __version__
from .documents import check_languages, load_document, make_document
from .pipeline import align_documents
from .model import AlignmentResult, Document
from .report.terminal import safe

SCHEMA = "aligner.score/1"
#: a segment at this sentence chrF matches its reference: never listed among the worst
PERFECT_CHRF = 100.0

#: How the word-level metrics tokenise: said in every output, because Pashto is not
#: what sacrebleu's tokenisers were built for.
TOKENIZATION_NOTE = (
    "BLEU uses sacrebleu's default tokenizer '13a' (whitespace plus ASCII punctuation) and TER its "
    "'tercom' tokenizer without normalisation (whitespace only): word tokenisation is whitespace-based, "
    "with no Pashto-specific segmentation, and Pashto punctuation such as ، ؛ ؟ stays attached to "
    "words. chrF/chrF++ work on characters and are the more reliable scores for Pashto."
)


@dataclass
class MetricScore:
    name: str
    score: float
    signature: str
    detail: str            # sacrebleu's one-line summary, e.g. "BLEU = 31.20 62.1/38.0/… (BP = …)"

    def to_dict(self) -> dict:
        return {"score": round(self.score, 4), "signature": self.signature, "detail": self.detail}


@dataclass
class Segment:
    index: int                       # bead index, in document order
    kind: str                        # bead kind, e.g. "1-1", "2-1", "1-0"
    hypothesis: str
    reference: str
    hypothesis_sentences: tuple[int, ...]
    reference_sentences: tuple[int, ...]
    chrf: float
    align_score: float               # the aligner's confidence in the bead

    @property
    def perfect(self) -> bool:
        """Whether the segment matches its reference (sentence chrF 100)."""
        return round(self.chrf, 6) >= PERFECT_CHRF

    def to_dict(self) -> dict:
        return {"index": self.index, "kind": self.kind, "chrF": round(self.chrf, 4),
                "hypothesis": self.hypothesis, "reference": self.reference,
                "hypothesis_sentences": list(self.hypothesis_sentences),
                "reference_sentences": list(self.reference_sentences),
                "align_score": round(self.align_score, 4)}


@dataclass
class ScoreResult:
    hypothesis: Document
    reference: Document
    alignment: AlignmentResult
    metrics: dict[str, MetricScore]
    segments: list[Segment]
    notes: list[str] = field(default_factory=lambda: [TOKENIZATION_NOTE])

    def worst(self, n: Optional[int] = None) -> list[Segment]:
        """Segments below chrF 100 (a perfect segment is never among the worst) by ascending
        sentence chrF, ties in document order; the first ``n``."""
        ranked = sorted((s for s in self.segments if not s.perfect), key=lambda s: (s.chrf, s.index))
        return ranked if n is None else ranked[:n]

    def to_dict(self) -> dict:
        kinds: dict[str, int] = {}
        for s in self.segments:
            kinds[s.kind] = kinds.get(s.kind, 0) + 1

        def side(doc: Document) -> dict:
            return {"path": doc.path, "lang": doc.lang, "sha256": doc.sha256, "sentences": len(doc.sentences)}

        return {
            "schema": SCHEMA,
            "tool": {"name": "aligner", "version": __version__},
            "hypothesis": side(self.hypothesis),
            "reference": side(self.reference),
            "model": {"name": self.alignment.model_name, "backend": self.alignment.backend},
            "metrics": {name: m.to_dict() for name, m in self.metrics.items()},
            "notes": list(self.notes),
            "segments": {"count": len(self.segments), "kinds": dict(sorted(kinds.items())),
                         "worst": [s.index for s in self.worst()]},
            "sentences": [s.to_dict() for s in self.segments],
        }


def _metrics():
    from sacrebleu.metrics import BLEU, CHRF, TER
    return {"chrF": CHRF(), "chrF++": CHRF(word_order=2), "BLEU": BLEU(), "TER": TER()}


def segments_from_alignment(result: AlignmentResult) -> list[tuple[str, str]]:
    """(hypothesis, reference) text for each bead: sentences joined by a space, '' for a null side."""
    hyp, ref = result.source, result.target
    return [(" ".join(hyp.sentences[i].text for i in b.source), " ".join(ref.sentences[j].text for j in b.target))
            for b in result.beads]


def score_alignment(result: AlignmentResult) -> ScoreResult:
    """Score an alignment whose source is the hypothesis and whose target is the reference."""
    from sacrebleu.metrics import CHRF
    pairs = segments_from_alignment(result)
    hyps = [h for h, _ in pairs]
    refs = [r for _, r in pairs]
    metrics = {}
    for name, metric in _metrics().items():
        corpus = metric.corpus_score(hyps, [refs])
        metrics[name] = MetricScore(name, float(corpus.score), str(metric.get_signature()), str(corpus))
    sentence_chrf = CHRF()
    segments = []
    for k, (bead, (h, r)) in enumerate(zip(result.beads, pairs)):
        chrf = float(sentence_chrf.sentence_score(h, [r]).score) if h and r else 0.0
        segments.append(Segment(k, bead.kind, h, r, tuple(bead.source), tuple(bead.target), chrf, bead.score))
    return ScoreResult(result.source, result.target, result, metrics, segments)


def score_documents(hypothesis: Document, reference: Document, **kwargs) -> ScoreResult:
    """Align ``hypothesis`` to ``reference`` (keyword arguments as for
    :func:`aligner.api.align_documents`) and score it."""
    return score_alignment(align_documents(hypothesis, reference, **kwargs))


def score_texts(hypothesis: str, reference: str, *, lang: str = "ps", segmented: bool = False,
                markdown: bool = False, **kwargs) -> ScoreResult:
    hyp = make_document(hypothesis, lang, segmented=segmented, markdown=markdown)
    ref = make_document(reference, lang, segmented=segmented, markdown=markdown)
    return score_documents(hyp, ref, **kwargs)


def score_files(hypothesis_path: str, reference_path: str, *, lang: str = "ps", segmented: bool = False,
                markdown: Optional[bool] = None, **kwargs) -> ScoreResult:
    hyp = load_document(hypothesis_path, lang, segmented=segmented, markdown=markdown)
    ref = load_document(reference_path, lang, segmented=segmented, markdown=markdown)
    check_languages(hyp, ref)          # e.g. an English file given as the Pashto hypothesis
    return score_documents(hyp, ref, **kwargs)


# --- output -------------------------------------------------------------------------------

def render_score_json(result: ScoreResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


#: words of unchanged text kept on each side of a change in the word diff
DIFF_CONTEXT = 3
#: a changed run longer than this many words is shortened in the word diff
DIFF_RUN_WORDS = 30


def _run(words: list[str], mark: str) -> str:
    """A changed run as ``[-words-]`` (reference only) or ``{+words+}`` (hypothesis only)."""
    if len(words) > DIFF_RUN_WORDS:
        words = words[:DIFF_RUN_WORDS] + [f"… ({len(words) - DIFF_RUN_WORDS} more words)"]
    return f"[-{' '.join(words)}-]" if mark == "-" else f"{{+{' '.join(words)}+}}"


def word_diff(hypothesis: str, reference: str, context: int = DIFF_CONTEXT) -> str:
    """The words that differ between ``hypothesis`` and ``reference`` (whitespace tokens,
    difflib), wdiff style: ``[-word-]`` is in the reference only (missing from the
    hypothesis), ``{+word+}`` in the hypothesis only; up to ``context`` unchanged words are
    kept around each change and longer unchanged stretches become ``…``."""
    import difflib
    hyp, ref = hypothesis.split(), reference.split()
    ops = difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_opcodes()
    if all(tag == "equal" for tag, *_ in ops):
        return "(the same words)"
    parts: list[str] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            same = ref[i1:i2]
            head = same[:context] if n > 0 else []
            tail = same[-context:] if n < len(ops) - 1 else []
            if len(same) > len(head) + len(tail):
                parts += [*head, "…", *tail]
            else:
                parts += same
            continue
        if i2 > i1:
            parts.append(_run(ref[i1:i2], "-"))
        if j2 > j1:
            parts.append(_run(hyp[j1:j2], "+"))
    return " ".join(parts)


def render_score_text(result: ScoreResult, top: int = 20, width: int = 70) -> str:
    """Scores with their signatures, then the ``top`` worst segments below chrF 100, each
    with both sides (shortened to ``width``) and the word diff in full."""
    hyp, ref = result.hypothesis, result.reference
    out = [f"hypothesis: {safe(hyp.path or 'text')} ({safe(hyp.lang)}, {len(hyp.sentences)} sentences)",
           f"reference:  {safe(ref.path or 'text')} ({safe(ref.lang)}, {len(ref.sentences)} sentences)",
           f"aligned with {safe(result.alignment.model_name)} ({safe(result.alignment.backend)}): "
           f"{len(result.segments)} segments"
           + (" (" + ", ".join(f"{k} ×{v}" for k, v in sorted(result.to_dict()["segments"]["kinds"].items())) + ")"),
           ""]
    name_w = max(len(n) for n in result.metrics)
    for name, m in result.metrics.items():
        out.append(f"{name:<{name_w}}  {m.score:6.2f}   {m.signature}")
    out.append("")
    out.extend(f"note: {n}" for n in result.notes)
    imperfect = result.worst()
    worst = imperfect[:top]
    if worst:
        out += ["", f"worst segments by sentence chrF (lowest {len(worst)} of {len(result.segments)}; "
                    f"{len(imperfect)} below {PERFECT_CHRF:g}; diff: [-reference only-] {{+hypothesis only+}}):"]
        for s in worst:
            out.append(f"  #{s.index:<4} {s.kind:>4}  chrF {s.chrf:6.2f}")
            out.append(f"        hyp: {safe(_clip(s.hypothesis, width)) if s.hypothesis else '(none)'}")
            out.append(f"        ref: {safe(_clip(s.reference, width)) if s.reference else '(none)'}")
            diff = textwrap.wrap(safe(word_diff(s.hypothesis, s.reference)), max(width, 40),
                                 break_long_words=False, break_on_hyphens=False)
            out += [f"       {'diff:' if i == 0 else '     '} {line}" for i, line in enumerate(diff)]
    elif result.segments:
        out += ["", f"no worst segments: all {len(result.segments)} segments score chrF {PERFECT_CHRF:g}"]
    return "\n".join(out) + "\n"


SCORE_FORMATS = {"text": render_score_text, "json": render_score_json}


def render_score(result: ScoreResult, fmt: str = "text", **kwargs) -> str:
    try:
        fn = SCORE_FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown score format {fmt!r} (expected one of {', '.join(SCORE_FORMATS)})")
    return fn(result, **kwargs)
