"""OMIT-* / ADD-*: sentences with no counterpart, and partial omissions.

Omissions and additions come straight from the alignment's null beads (1-0, 0-1). A null
bead's score is the aligner's calibrated confidence that the sentence really has no
counterpart (fitted on perturbed NTREX: merges, loose renderings and split headings are the
usual false omissions); ``OMIT-SENTENCE`` is an error at or above ``OMIT_ERROR_CONFIDENCE``
and a warning below it.
A *partial* omission is a bead whose target is far shorter than the document's own
length ratio predicts (robust z-score on the log length ratio) while its
similarity is also below the document's typical value.

Length alone is weak evidence on a concise or loose translation: English spends letters on
articles, auxiliaries and fillers ("in such a way that", "what should be") that Pashto says with
an ending or not at all, and a proverb or a quotation is often rendered elliptically.  So a 1-1
pair that is short is reported only when other evidence agrees that English content is missing
(:func:`_partial_evidence`):

* **anchors**: a name or a number of the English has no counterpart in the Pashto (the name and
  number analyses the ENTITY and NUM rules share);
* **a clause**: removing one clause of the English (at a comma, semicolon, colon, dash or
  bracket, or before *and*, *but*, *which*, *who*, *while*, *because* …) with content words in it
  brings the pair back to the document's ratio, and the Pashto has fewer clause marks (``،``,
  ``؛``, او, خو …) than the English: a clause was dropped with its comma;
* **extreme length**: the Pashto is less than :data:`EXTREME_SHARE` of the expected length;
* **content letters** (a short pair only): the Pashto's content words (``light_words.tsv`` aside)
  are under :data:`CONTENT_SHORT` of the document's usual share too: short in what it says, not
  only in the articles, auxiliaries and fillers English spends;
* **the encoder** (:func:`_removal_gain`, with ``result.embed``): the pair is more alike without
  one part of the English (a clause, an attribution, an opening phrase, a list item) whose
  removal brings the length back to the document's ratio; a clear gain reports a pair a clause's
  length short on its own (:data:`GAIN_ALONE`), a small one with another kind of evidence;
* **a connective** (``connectives_en_ps.tsv``): because, although, unless, according to ... of the
  English has none of its Pashto renderings.

Two kinds of evidence report a pair below :data:`AGREED_SHARE` whatever the document's spread.
One kind is enough for a pair that is short (beyond :data:`PARTIAL_Z`) and less alike than the
document's median pair; a pair beyond :data:`PARTIAL_Z_AGREED` only, under :data:`LESS_ALIKE_SHARE`
of the expected length and less alike than the median, needs a name or number without counterpart or a
clause with its clause mark (:data:`STRUCTURAL_KINDS`): a clause dropped lowers the similarity and
leaves a trace in the text, while a condensed rendering of redundant English ("null and void if
... its terms and conditions") may still look more alike without a part, and a proverb may say
"while" with a comma.

A bead that joins several English sentences into fewer Pashto sentences keeps the length rule
alone (a dropped sentence hides there), unless its neighbour has the Pashto sentence to spare and
the two beads together are not short (:func:`_shifted`: a boundary the aligner put one sentence
off).  ``Finding.strength`` grows with how far beyond the
expected ratio the pair is and with how many kinds of evidence agree, and is lower when the
pair is short in characters but not in content letters (``light_words.tsv``: a concise
translation).  When a clause or an anchor's clause is the likely missing part, the finding
points at it (its English span) and quotes it.
"""
from __future__ import annotations

import math
import re
import statistics
from functools import lru_cache

from ..lang.data import iter_rows
from ..text import fold
from ..text.lazyre import lazy
from .analyses.contrast import unit_vector
from .base import Check, register

PARTIAL_Z = 3.5            # robust z-score of the log length ratio
PARTIAL_Z_MERGED = 2.0     # ... for a bead with more English than Pashto sentences (2-1, 3-1)
PARTIAL_Z_AGREED = 2.0     # ... for a 1-1 bead where two kinds of evidence agree (see below)
MAX_SHARE_AGREED = 0.85    # ... and its share of the expected length
MIN_SOURCE_CHARS = 40      # short sentences vary too much to judge
MAX_SHARE = 0.7            # and the target is at least 30% shorter than the document's ratio predicts
LESS_ALIKE_SHARE = 0.65    # ... or beyond PARTIAL_Z_AGREED only, when this short (and less alike than usual)
ENCODER_KIND = "the pair is more alike without that part of the English"
#: the kinds of evidence that name what is missing in the text itself: a name or number, a clause
#: with its clause mark (not the encoder's hint, nor a connective left implicit: "while" → a comma)
STRUCTURAL_KINDS = ("no counterpart for the", "a clause of the English")
LOST_BREAK_SHARE = 0.9     # a merged bead across a line break of the English only: 10% shorter is enough
OMIT_ERROR_CONFIDENCE = 0.5  # null-bead confidence from which a missing sentence is an error
EXTREME_SHARE = 0.45       # a 1-1 pair this short (share of the expected length) needs no other evidence
CLAUSE_FIT = (0.8, 1.3)    # without the missing clause, the pair's share is back in this range
CLAUSE_CONTENT_WORDS = 2   # a clause that may be missing has at least this many content words
TAIL_PREFERENCE = 0.05    # a dropped run inside the sentence must fit this much better than the tail
AMBIGUOUS_MARGIN = 0.15   # ... and no part elsewhere may fit within this of the best
CONCISE_SHARE = 0.75       # content letters' share from which the pair is concise, not short
LONG_TARGET = 150          # a Pashto rendering this long (characters) is long in itself (see _strength)
LOOSE_STEP = 0.1           # strength lost per sign of a loose rendering (see _strength)
GAIN_SHARE = 0.8           # a 1-1 pair this short is asked whether a part of its English is missing
GAIN_FIT = (0.6, 1.4)      # ... a part whose removal brings the pair's share into this range
GAIN_VARIANTS = 8          # ... at most this many parts, the best fitting, encoded per pair
GAIN_MIN = 0.012           # the pair is this much more alike without the part: evidence it is missing
GAIN_ALONE = 0.02          # ... this much: enough on its own, for a pair below GAIN_ALONE_SHARE
GAIN_ALONE_SHARE = 0.75
GAIN_AGREED_SHARE = 0.8    # ... or GAIN_MIN with another kind of evidence, below this share
CONTENT_SHORT = 0.6        # a short pair (beyond PARTIAL_Z, less alike than the median) whose content
                           # letters (light words aside) are under this share of the document's usual:
                           # short in what it says, not only in the articles and auxiliaries English
                           # spends (a kind of evidence, enough on its own for such a pair)
CONTENT_KIND = "the Pashto's content words are short too"
AGREED_SHARE = 0.6         # two kinds of evidence on a pair this short, whatever the document's spread
SHIFT_SHARE = 0.75         # a merged bead and its neighbour with a Pashto sentence to spare, together this long


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
        sim_q1 = statistics.quantiles(sims, n=4)[0] if len(sims) >= 2 else sim_med
        contents = [math.log((_content_letters(ctx.pairs[k].target.text, "ps") + 10)
                             / (_content_letters(ctx.pairs[k].source.text, "en") + 10)) for k, *_ in ratios]
        cmed = statistics.median(contents)
        embed = getattr(r, "embed", None)
        for (k, v, ls, lt), cv in zip(ratios, contents):
            z = (v - med) / (1.4826 * mad)
            pair = ctx.pairs[k]
            share = lt / max(ls, 1) / math.exp(med)
            # a bead that joins several English sentences into one Pashto sentence is where a
            # dropped sentence hides (the aligner merges its neighbour in, and the pair still
            # looks similar): there the length alone decides, at a lower bar
            merged = len(pair.bead.source) > len(pair.bead.target)
            if merged and _shifted(ctx.pairs, k, math.exp(med)):
                continue          # a boundary the aligner moved: the Pashto sentence is next door
            # English sentences of several lines (or blocks: a heading and its body) in one
            # Pashto line: the translation lost a line break, where a dropped line hides
            lost_break = merged and _lines(r.source, pair.bead.source) > _lines(r.target, pair.bead.target)
            less_alike = (pair.bead.similarity or 0) < sim_med
            short = (z < -(PARTIAL_Z_MERGED if merged else PARTIAL_Z) and share < MAX_SHARE
                     or lost_break and share < LOST_BREAK_SHARE) and (merged or less_alike)
            # a shortfall of a clause's length in a pair less alike than usual
            short_band = not merged and less_alike and z < -PARTIAL_Z_AGREED and share < LESS_ALIKE_SHARE
            # a smaller shortfall, whatever the similarity (a pair that lost a clause still looks
            # alike), counts when two kinds of evidence say what is missing
            shortish = not merged and z < -PARTIAL_Z_AGREED and share < MAX_SHARE_AGREED
            # a shortfall of a clause's length: the pair is more alike without an English part
            asked = not merged and share < GAIN_SHARE and embed is not None
            if (short or shortish or asked) and ls >= MIN_SOURCE_CHARS:
                ev = _partial_evidence(ctx, pair, share, ls, lt, math.exp(med), embed if asked else None)
                if short and not merged and math.exp(cv - cmed) < CONTENT_SHORT:
                    ev.kinds.append(CONTENT_KIND)     # short in content words, not in light words only
                if not merged and not (_enough(ev, short, shortish, share)
                                       or short_band and any(k.startswith(STRUCTURAL_KINDS) for k in ev.kinds)):
                    continue              # short, but nothing says what is missing: concise or loose
                concise = math.exp(cv - cmed) >= CONCISE_SHARE
                # nothing in the text names what is missing, and the pair is rendered loosely (less
                # alike than three pairs in four of the document) or is long in itself: a loose
                # rendering more often than a cut
                loose = not any(x.startswith(STRUCTURAL_KINDS) for x in ev.kinds) and (
                    ((pair.bead.similarity or 0) < sim_q1) + (lt >= LONG_TARGET))
                ev.strength = _strength(share, LOST_BREAK_SHARE if lost_break and not z < -PARTIAL_Z_MERGED
                                        else MAX_SHARE, len(ev.kinds), concise, loose)
                where = ""
                if ev.span is not None:
                    a, b = ev.span
                    where = f"; the English \"{_short(pair.source.text[a:b], 60)}\" seems to have no counterpart"
                why = f" ({', '.join(ev.kinds)})" if ev.kinds else ""
                f = self.finding(
                    f"Pashto translation is {100 * (1 - share):.0f}% shorter than this document's "
                    f"usual length ratio predicts: part of the sentence may be missing{where}{why}",
                    code="OMIT-PARTIAL",
                    source=pair.source.span(*ev.span) if ev.span is not None else pair.source.whole,
                    target=pair.target.whole, source_value=ls, target_value=lt, bead=k)
                f.strength = ev.strength
                yield f


@lru_cache(maxsize=1)
def _light_words() -> dict:
    out = {"en": set(), "ps": set()}
    for lang, word in iter_rows("light_words.tsv", 2):
        out.setdefault(lang, set()).add(fold(word.lower()))
    return {k: frozenset(v) for k, v in out.items()}


_LETTERS = re.compile(r"[^\W\d_]+")


def _content_words(text: str, lang: str) -> list[str]:
    """The words of ``text`` that are not light words (``light_words.tsv``)."""
    light = _light_words().get(lang, frozenset())
    return [w for w in _LETTERS.findall(text) if fold(w.lower()) not in light]


def _content_letters(text: str, lang: str) -> int:
    return sum(len(w) for w in _content_words(text, lang))


#: clause marks counted on each side: punctuation between clauses, "and", "but" and the
#: conjunctions of a subordinate clause (because ↔ ځکه, while ↔ په داسې حال کې, although ↔ که څه هم)
#: ("and" before a single word that closes a phrase joins two words, not two clauses: "null and
#: void if", "terms and conditions."; nor does the "and" of a fixed doublet: "each and every one of",
#: "any and all claims", "first and foremost")
_EN_MARK = lazy(r",(?!\d)|[;:—–(]|\s-\s|\b(?:but|because|while|whereas|although|though)\b|"
                r"(?<!\beach\s)(?<!\bany\s)(?<!\bfirst\s)(?<!\bnull\s)(?<!\bby\s)(?<!\bover\s)"
                r"\band\b(?!\s+[^\W\d_]+(?:\s*[,.;:!?)\"”]|\s*$|\s+(?:if|when|of|in|on|at|for|to|with|by|"
                r"from|that|which|who|is|are|was|were|will|can|may|must|shall|should|would)\b))", re.I)
_PS_MARK = lazy(r"[،;؛:—–(]|,(?![\d۰-۹])|\s-\s|(?<!\S)(?:او|خو|ځکه|که\s+څه\s+هم|حال\s+دا|"
                r"په\s*داسې\s+حال)(?!\S)")


#: where an English sentence may be cut into parts a translator drops whole: the clause marks, and
#: the words that open a relative or adverbial clause or a trailing phrase
_EN_PART = lazy(_EN_MARK.pattern + r"|\b(?:which|who|whom|whose|where|when|whereby|if|unless|after|before|"
                r"since|until|so\s+that|according\s+to|including|despite|as\s+well\s+as|with|without|"
                r"as\s+part\s+of|in\s+order\s+to|on\s+(?=[A-Z]|\w+day\b)|"
                r"as(?=\s+(?:he|she|it|they|we|I|you|the|a|an|his|her|its|their|this|these)\b)|or|so|"
                r"thereby|then|to(?=\s+(?:help|make|avoid|ensure|protect|find|give|get|keep|"
                r"prevent|allow|provide|support|reduce|increase|identify|inform|build|create|meet)\b|"
                # ... and any purpose "to" + a verb taking an object or a phrase ("to begin its",
                # "to work for", "to discuss our"; not "to the market", "to Kabul")
                r"\s+(?-i:[a-z]+)\s+(?:the|a|an|its|his|her|their|our|your|my|this|these|those|them|it|him|"
                r"us|for|with)\b))\b", re.I)


_CLAUSE_END = frozenset(",;:—–)")
#: the first words of an opening clause or phrase a translator may drop ("When ...,", "In 2019,",
#: "According to ...,"); the head of a sentence that starts otherwise holds its subject
_EN_OPENER = lazy(r"[\"'“‘(]?(?:in|on|at|during|after|before|for|with|without|despite|according|when|"
                  r"whenever|if|unless|although|though|while|as|since|because|once|by|from|under|"
                  r"over|until|last|this|next|earlier|later|meanwhile|however|instead|besides|"
                  r"following|due|given|like|unlike|apart|except|to)\b", re.I)


@lru_cache(maxsize=1)
def _connectives() -> tuple:
    """(English pattern, folded Pashto renderings) of ``connectives_en_ps.tsv``."""
    out = []
    for en, ps in iter_rows("connectives_en_ps.tsv", 2):
        words = sorted((w.strip() for w in en.split("|") if w.strip()), key=len, reverse=True)
        pat = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)
        out.append((pat, tuple(fold(r.strip()) for r in ps.split("|") if r.strip())))
    return tuple(out)


def _opening(src: str, a: int, b: int) -> bool:
    """Whether the head ``src[a:b]`` of a sentence is an opening clause or phrase a translator may
    drop ("When the rains came,", "According to the ministry,"): it starts with an opener and
    a punctuation mark closes it; otherwise it holds the sentence's subject."""
    return bool(_EN_OPENER.match(src, a)) and src[b:].lstrip()[:1] in _CLAUSE_END


def _unrendered_connective(src: str, tgt: str):
    """The first connective of the English (because, although, according to, unless ...) none of
    whose renderings the Pashto has, as (word, start), or None."""
    folded = " " + " ".join(fold(tgt).split())
    found = []
    for pat, renderings in _connectives():
        m = pat.search(src)
        if m and not any(" " + r in folded for r in renderings):
            found.append((m.start(), m.group()))
    return min(found) if found else None


class _Evidence:
    __slots__ = ("kinds", "span", "strength", "gain")

    def __init__(self):
        self.kinds: list[str] = []
        self.span = None            # (start, end) in the English side's text: the likely missing part
        self.strength = 1.0
        self.gain = 0.0             # how much more alike the pair is without that part


def _enough(ev: _Evidence, short: bool, shortish: bool, share: float) -> bool:
    """Whether the evidence says what is missing: one kind for a short pair, two for a shortish
    one, and for a pair a clause's length short, the encoder's word (a pair clearly more alike
    without an English part) or its hint with another kind."""
    n = len(ev.kinds)
    return (short and n >= 1 or (shortish or share < AGREED_SHARE) and n >= 2
            or ev.gain >= GAIN_ALONE and share < GAIN_ALONE_SHARE
            or ev.gain >= GAIN_MIN and n >= 2 and share < GAIN_AGREED_SHARE)


def _removal_gain(embed, src: str, tgt: str, lt: int, ratio: float, present) -> tuple[float, tuple | None]:
    """How much more alike (cosine of the encoder's vectors) the pair is without one part of its
    English (a run of the parts :data:`_EN_PART` cuts, with content words, none of them a name or
    number the Pashto renders, whose removal brings the length back to the document's ratio),
    and that part: a translation that dropped a clause matches the English without it better;
    a complete one matches it worse."""
    from ..pipeline import embedding_text
    segs = _segments(src, _EN_PART)
    n, ls = len(segs), len(src)
    cands = []
    for i in range(n):
        for j in range(i, n):
            if i == 0 and j == n - 1:
                continue
            a, b = segs[i][0], segs[j][1]
            if len(_content_words(src[a:b], "en")) < CLAUSE_CONTENT_WORDS or any(a <= x < b for x, _ in present):
                continue
            if i == 0 and not _opening(src, a, b):
                continue          # the sentence's head: only an opening clause or phrase ("When ...,")
            if src.count("(", a, b) != src.count(")", a, b):
                continue          # across a bracket
            rest = lt / max(ls - (b - a), 1) / ratio
            if GAIN_FIT[0] <= rest <= GAIN_FIT[1]:
                cands.append((abs(math.log(rest)), a, b))
    if not cands:
        return 0.0, None
    cands = sorted(cands)[:GAIN_VARIANTS]
    texts = [src] + [" ".join((src[:a].rstrip(" ,;:—–(") + " " + src[b:].lstrip(" ,;:—–)")).split())
                     for _, a, b in cands] + [tgt]
    vecs = [unit_vector(v) for v in embed([embedding_text(t) for t in texts])]
    sims = [sum(x * y for x, y in zip(v, vecs[-1])) for v in vecs[:-1]]
    k = max(range(1, len(sims)), key=sims.__getitem__)
    return float(sims[k] - sims[0]), cands[k - 1][1:]


def _segments(text: str, marks: re.Pattern) -> list[tuple[int, int]]:
    """The spans of ``text`` between clause marks (with letters in them), trimmed."""
    out, pos = [], 0
    for m in list(marks.finditer(text)) + [None]:
        a, b = pos, (m.start() if m else len(text))
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip(" \"'“”‘’«»"))
        seg = seg.strip(" \"'“”‘’«».!?۔؟")
        if _LETTERS.search(seg):
            out.append((a + lead, a + lead + len(seg)))
        if m:
            pos = m.start() if m.group()[:1].isalpha() else m.end()
    return out


def _anchors(ctx, pair) -> tuple[list, list]:
    """Names and numbers of the English of ``pair``, as the ENTITY and NUM rules find them
    (their shared analyses): those with no counterpart in the Pashto, as (what, start, end) in
    the English side's text, and the spans of those the Pashto renders (a clause with one of
    them is not missing)."""
    from .analyses.spellings import analyse
    from .entities import review
    from .numbers import LANGS, _compare_pair
    missing, present = [], []
    for issue in review(ctx):
        if issue.bead == pair.index and issue.kind == "ENTITY-MISSING" and issue.source is not None:
            a = pair.source.local(issue.source.start)
            missing.append(("name", a, a + len(issue.source.text)))
    for b in analyse(ctx).beads:
        if b.pair.index == pair.index:
            present += [(m.start, m.end) for m, f in zip(b.mentions, b.found) if f.how]
    if pair.source.lang in LANGS and pair.target.lang in LANGS:
        cmp = _compare_pair(pair, ctx)
        missing += [("number", item.q.start, item.q.end) for item in cmp.missing]
        present += [(s.q.start, s.q.end) for s, _ in cmp.matched + cmp.mismatch + cmp.unit_mismatch]
    # a date the Pashto renders (a month, a day, a year: "before the end of January" ↔ "د جنورۍ تر
    # پایه") anchors its part of the English as a name or number does
    from .dates import SUPPORTED, compatible, dates_in
    if pair.source.lang in SUPPORTED and pair.target.lang in SUPPORTED:
        tdates = dates_in(ctx, pair.target.text, pair.target.lang)
        present += [(d.start, d.end) for d in dates_in(ctx, pair.source.text, pair.source.lang)
                    if any(compatible(d, t) for t in tdates)]
    return sorted(missing, key=lambda x: x[1]), present


def _partial_evidence(ctx, pair, share: float, ls: int, lt: int, ratio: float, embed=None) -> _Evidence:
    """What, besides the length, says that English content is missing from a short pair (see
    the module's docstring), and the English span most likely missing.  With ``embed`` (the
    encoder), parts of the English are also removed in turn to see whether the pair is then
    more alike (:func:`_removal_gain`)."""
    ev = _Evidence()
    src, tgt = pair.source.text, pair.target.text
    anchors, present = _anchors(ctx, pair)
    if anchors:
        ev.kinds.append(f"no counterpart for the {anchors[0][0]} '{src[anchors[0][1]:anchors[0][2]]}'")
    gain_span = None
    if embed is not None:
        ev.gain, gain_span = _removal_gain(embed, src, tgt, lt, ratio, present)
        if ev.gain >= GAIN_MIN:
            ev.kinds.append(ENCODER_KIND)
    en_segs, ps_segs = _segments(src, _EN_MARK), _segments(tgt, _PS_MARK)
    n, m = len(en_segs), len(ps_segs)
    if n >= 2 and m < n:
        # a run of English segments (between clause marks) dropped: the rest fits the document's
        # ratio and, segment by segment in order, the Pashto's segments
        fits = []
        for i in range(n):
            for j in range(i, n - 1 if i == 0 else n):
                a, b = en_segs[i][0], en_segs[j][1]
                removed = len(src[a:b])
                if (len(_content_words(src[a:b], "en")) < CLAUSE_CONTENT_WORDS or ls - removed < 15
                        or any(a <= x < b for x, _ in present) or i == 0 and not _opening(src, a, b)):
                    continue              # too little content, too much, a part the Pashto has, the subject
                rest = lt / max(ls - removed, 1) / ratio
                if not CLAUSE_FIT[0] <= rest <= CLAUSE_FIT[1]:
                    continue
                kept = en_segs[:i] + en_segs[j + 1:]
                if len(kept) == m:
                    cost = sum(abs(math.log((y - x + 5) / ((d - c) * ratio + 5)))
                               for (c, d), (x, y) in zip(kept, ps_segs)) / m
                else:
                    cost = 0.5
                # ties go to the end of the sentence, where a translator who stops short drops it
                fits.append(((not any(a <= x < b for _, x, _ in anchors),
                              cost + abs(math.log(rest)) + (0.0 if j == n - 1 else TAIL_PREFERENCE), removed),
                             (a, b)))
        if fits:
            ev.kinds.append("a clause of the English without its clause mark in the Pashto")
            fits.sort()
            (key, (a, b)), rivals = fits[0], fits[1:]
            # the lengths point at one part only when no other part, elsewhere in the sentence,
            # fits about as well (a head and a tail of similar length: say nothing of where)
            if not any(k[0] == key[0] and k[1] - key[1] < AMBIGUOUS_MARGIN and (y <= a or x >= b)
                       for k, (x, y) in rivals):
                ev.span = (a, b)
    if share < EXTREME_SHARE:
        ev.kinds.append(f"{100 * (1 - share):.0f}% shorter")
    conn = _unrendered_connective(src, tgt)
    if conn is not None:
        ev.kinds.append(f"'{conn[1]}' has no rendering in the Pashto")
        if ev.span is None and gain_span is None:
            a = conn[0]
            b = min((m.start() for m in _EN_MARK.finditer(src, a + len(conn[1]))
                     if not m.group()[:1].isalpha()), default=len(src.rstrip(" .!?\"'”")))
            if len(_content_words(src[a:b], "en")) >= CLAUSE_CONTENT_WORDS:
                ev.span = (a, b)
    if ev.gain >= GAIN_MIN and gain_span is not None and (
            ev.span is None or ev.span[1] <= gain_span[0] or gain_span[1] <= ev.span[0]):
        ev.span = gain_span           # the encoder's part (within the clause the lengths found, theirs)
    if ev.span is None and anchors and n > 1:
        a = anchors[0][1]
        ev.span = next(((x, y) for x, y in en_segs if x <= a < y), None)
    return ev


def _strength(share: float, bar: float, kinds: int, concise: bool, loose: int = 0) -> float:
    """How strong the evidence of a partial omission is: from how far below ``bar`` (the share
    from which the pair is short) the pair's share is, up by each agreeing kind of evidence,
    down when its content letters are not short (a concise translation), and down by
    :data:`LOOSE_STEP` for each sign of a loose rendering (``loose``: 0-2, with no name, number or
    clause in the text saying what is missing: the pair less alike than most of the document's,
    the Pashto long in itself)."""
    beyond = min(1.0, max(0.0, (bar - share) / 0.4))
    s = 0.4 + 0.3 * beyond + 0.15 * kinds - (0.15 if concise else 0.0) - LOOSE_STEP * loose
    return round(min(1.0, max(0.1, s)), 2)


def _shifted(pairs, k: int, ratio: float) -> bool:
    """Whether the merged bead ``k`` (more English than Pashto sentences) sits next to a bead with
    more Pashto than English sentences (2-1 then 1-2, or a 0-1) and the two together are not
    short: every sentence is translated and the aligner put a boundary one sentence off (two
    near-identical lines in a row: "it is in the middle of my chest" / "it is in the center of my
    chest").  A sentence dropped next to one the translator split leaves the two beads short."""
    for j in (k - 1, k + 1):
        if not 0 <= j < len(pairs) or len(pairs[j].bead.target) <= len(pairs[j].bead.source):
            continue
        ls = sum(len(pairs[i].source.text) for i in (j, k) if pairs[i].bead.source)
        lt = sum(len(pairs[i].target.text) for i in (j, k))
        if lt / max(ls, 1) / ratio >= SHIFT_SHARE:
            return True
    return False


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
