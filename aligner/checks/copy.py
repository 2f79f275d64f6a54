"""UNTRANS-COPY: a target sentence that is a copy of its source sentence.

For each 1-1 bead the English and the Pashto sentence are compared with sacrebleu's
sentence-level chrF (character n-grams, β=2) after numbers, URLs and e-mail addresses
are removed from both: those legitimately survive translation unchanged.  English and
Pashto are written in different scripts, so a real translation shares almost no
character n-grams with its source; a sentence pasted untranslated (or translated with the
English left in) shares nearly all of them.

Measured on the 1,997 NTREX-128 en–ps line pairs: mean chrF 0.5, maximum 19.2 (a sentence
full of Latin-script names: "CBS, ABC, NBC, CNN, Fox News Channel"); a copied sentence
scores 100, a Pashto translation followed by its English original 66–93 (mean 84).
The threshold, 50, sits between the two.  Identifiers survive translation like numbers do, so
they are removed too: tokens shaped like code (a digit, an underscore, a slash, an inner dot or
capital: ``postgresql-16``, ``/etc/hosts``, ``worker_processes``, ``--force``, ``PostgreSQL``)
and lower-case words no English dictionary has (``sudo``, ``nginx``, ``cholerae``); a Pashto
line that keeps a command as it is ("sudo systemctl restart nginx وچلوئ") is not a copy.  Short sources are not judged, since keeping
them as they are is often correct: fewer than :data:`MIN_WORDS` words or
:data:`MIN_LETTERS` letters once numbers are gone ("Donald Trump", "BBC Sport"), or a
name-like run of at most :data:`MAX_NAME_WORDS` capitalised words ("Desert Island Discs").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .base import PairCheck, register
from .options import Option
from .untranslated import identifier, kept_quotations, kept_on_purpose, translated_keeping_latin

#: chrF (0–100) at or above which the target counts as a copy of the source.
THRESHOLD = 50.0
#: a source needs at least this many words and letters (after cleaning) to be judged.
MIN_WORDS = 3
MIN_LETTERS = 10
#: a source of at most this many words, all capitalised, is taken for a name or a title.
MAX_NAME_WORDS = 3

_URL_OR_MAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]*\w")
# digits of the three scripts, with their group and decimal separators
_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TOKEN = re.compile(r"\S+")
#: a list of names with initials (a reference's authors) keeps only these lower-case words
_INITIALS = re.compile(r"\b[A-Z]\.")
_NAME_LIST_WORDS = frozenset(("and", "et", "al"))


def _identifiers(text: str) -> str:
    """``text`` without its identifier tokens (see :func:`.untranslated.identifier`)."""
    return _TOKEN.sub(lambda m: " " if identifier(m.group()) else m.group(), text)


@lru_cache(maxsize=1 << 12)      # each source is cleaned by judgeable() and could_reach()
def clean(text: str) -> str:
    """``text`` without URLs, e-mail addresses, numbers and identifiers (code-like tokens,
    lower-case words no English dictionary has), whitespace collapsed."""
    return " ".join(_NUMBER.sub(" ", _identifiers(_URL_OR_MAIL.sub(" ", text))).split())


@lru_cache(maxsize=1)
def _chrf():
    from sacrebleu.metrics import CHRF
    return CHRF()


def copy_score(source: str, target: str) -> float:
    """sacrebleu sentence chrF of the cleaned target against the cleaned source (0–100)."""
    src, tgt = clean(source), clean(target)
    if not src or not tgt:
        return 0.0
    return float(_chrf().sentence_score(tgt, [src]).score)


#: sacrebleu's chrF defaults (:class:`sacrebleu.metrics.CHRF`): character orders 1-6, β = 2
_CHAR_ORDER, _BETA = 6, 2


def could_reach(source: str, target: str, threshold: float) -> bool:
    """False when :func:`copy_score` is surely below ``threshold``, found without sacrebleu:
    an n-gram of the target can only match if each of its characters occurs in the source
    (and the other way round), so the matches of each order are at most the windows of such
    characters, and chrF grows with every precision and recall.  A translation in another
    script shares hardly a character with its source: sacrebleu is then not even imported."""
    if threshold <= 0:
        return True
    hyp, ref = "".join(clean(target).split()), "".join(clean(source).split())
    in_ref, in_hyp = _windows(hyp, set(ref)), _windows(ref, set(hyp))
    precision = recall = 0.0
    orders = 0
    for n in range(1, _CHAR_ORDER + 1):
        n_hyp, n_ref = len(hyp) - n + 1, len(ref) - n + 1
        if n_hyp > 0 and n_ref > 0:
            matches = min(in_ref[n - 1], in_hyp[n - 1])
            precision += matches / n_hyp
            recall += matches / n_ref
            orders += 1
    if not orders or not precision + recall:
        return False                        # sacrebleu's chrF is 0
    precision, recall = precision / orders, recall / orders
    bound = 100 * (1 + _BETA ** 2) * precision * recall / (_BETA ** 2 * precision + recall)
    return bound >= threshold - 1e-6        # (rounding: a bound equal to the score may print lower)


def _windows(text: str, chars: set) -> list[int]:
    """For n = 1 … 6: how many n-character windows of ``text`` hold only ``chars``."""
    runs, run = [], 0
    for ch in text:
        if ch in chars:
            run += 1
        else:
            runs.append(run)
            run = 0
    runs.append(run)
    return [sum(r - n + 1 for r in runs if r >= n) for n in range(1, _CHAR_ORDER + 1)]


def judgeable(source: str) -> bool:
    """Is the cleaned source long enough for a copy of it to be an error?"""
    src = clean(source)
    words = _WORD.findall(src)
    if len(words) < MIN_WORDS or sum(ch.isalpha() for ch in src) < MIN_LETTERS:
        return False
    if _INITIALS.search(source) and all(w[0].isupper() or w in _NAME_LIST_WORDS for w in words):
        return False            # authors with initials ("Zhang, B., Vos, M. and Lee, J. (2014)."): names
    return not (len(words) <= MAX_NAME_WORDS and all(w[0].isupper() for w in words))


def _without_kept_quotations(source: str, target: str) -> tuple[str, str]:
    """Both sentences without the quotations of Latin script that the Pashto keeps as the English
    quotes them (a title, a slogan: :func:`.untranslated.kept_quotations`): what is left is what
    was to be translated ("He wrote "On the origin of species" in 1859" ↔ "هغه په ۱۸۵۹ کال کې "On
    the origin of species" ولیکه" is no copy)."""
    spans = kept_quotations(source, target)
    for sa, sb in sorted({s for s, _ in spans}, reverse=True):
        source = source[:sa] + " " + source[sb:]
    for ta, tb in sorted({t for _, t in spans}, reverse=True):
        target = target[:ta] + " " + target[tb:]
    return source, target


@register
class CopyCheck(PairCheck):
    code = "UNTRANS-COPY"
    category = "untranslated"
    severity = "error"
    description = "The target sentence is a copy of the source sentence (character n-gram overlap, chrF)."
    config_table = "copy"
    options = {"threshold": Option("number", THRESHOLD, "sentence chrF at or above which the Pashto "
                                   "is reported as a copy of the English", minimum=0, maximum=100)}

    def check_pair(self, pair, ctx):
        if len(pair.bead.source) != 1 or len(pair.bead.target) != 1:
            return
        opts = ctx.config.get("copy") or {}
        threshold = opts.get("threshold", THRESHOLD)       # validated by aligner.config
        src, tgt = _without_kept_quotations(pair.source.text, pair.target.text)
        if not judgeable(src) or not could_reach(src, tgt, threshold):
            return
        score = copy_score(src, tgt)
        if score >= threshold and not translated_keeping_latin(tgt) and not kept_on_purpose(pair, ctx):
            yield self.finding(
                f"The Pashto sentence is a copy of the English source (chrF {score:.0f} ≥ {threshold:.0f}): "
                "it was left untranslated",
                source=pair.source.whole, target=pair.target.whole,
                source_value=round(score, 1), target_value=tgt)
