"""Calibrated confidence of a finding, and the severity that follows from it (issue 11 §4).

Every finding gets ``confidence`` in [0, 1]: the estimated probability that a reviewer reading
it would call it *real* (a problem of the translation) rather than a false alarm.  It is
computed from three pieces of evidence:

1. **How reliable the finding's code is on text it was not tuned on**, measured on the hand
   verdicts of the development corpora (``bench/data/*_verdicts.tsv``, *tuning* parts only),
   counting every verdict ever recorded there, also those of findings a rule was since changed
   to avoid (the first verdict on a finding is what the rule does to unseen text; the findings
   still firing on the tuning text flatter it).  A code's real share is shrunk toward the
   share of its severity group (error / warning codes) and that toward the overall share, with
   Beta priors worth ``prior.group`` and ``prior.code`` verdicts (``prior.code`` chosen by
   cross-validation over folds of documents): a code with 40 verdicts speaks for itself, a
   code with 2 mostly borrows its group's rate, a code with none gets the group's rate.
2. **The bead's alignment confidence** (``Bead.score``): a finding on a pair the aligner is
   unsure of is more often an artefact of a wrong pairing than a translation error.  A
   finding with no bead counts as a typical bead (``NEUTRAL_BEAD``).
3. **The evidence's strength** (``Finding.strength``, which a check may set: 1.0 an exact
   mismatch, lower for a borderline one; None counts as 1.0), measured against the **typical
   strength of its code** (the geometric mean of the strengths of the code's findings on the
   tuning verdicts, shrunk toward that of every code): the code's reliability was measured on
   findings of that typical strength, so a finding of typical strength keeps its code's rate, a
   weaker one falls below it and a stronger one rises above it (no double counting of a code
   whose findings are all borderline).

4. **The finding's context in its document** (:func:`context_features`, every finding has them):
   how far its pair's length ratio is from the document's usual ratio (``length``), how long the
   pair is (``size``), whether other warnings or errors sit on the same pair (``others``), whether
   its code fires on another pair of the document (``elsewhere``), and its bead score against the
   document's median (``rel_bead``).  Which of them the model uses is chosen by outer
   cross-validation over documents on the tuning verdicts (``bench/calibrate.py --compare``); the
   data file's ``features`` and ``weights`` say which (a weight missing from the file is 0).

They are combined by a **logistic model**::

    logit(confidence) = intercept + w_code · logit(reliability of the code)
                                   + w_bead · logit(bead score)
                                   + w_strength[group] · (log(strength) - log(typical strength of the code))
                                   + Σ w_k · context feature k

(``w_strength[group]``: a weight per group of codes when the fit has ``strength:<group>`` weights,
else the shared ``strength``.)

fitted with numpy (Newton's method with a Gaussian prior on the weights: ``w_code`` and
``w_strength`` centred on 1, ``w_bead`` on 0; none of the three negative) by
``bench/calibrate.py`` on the tuning verdicts, where each verdict's own code reliability (and
its code's typical strength) is computed *without its fold of documents* (cross-validation), so
the fit sees the code rate as it would be on documents it was not measured on.  A verdict whose
finding no longer fires has no strength: it counts at its code's typical strength (its strength
term is 0), so it weighs in the intercept and the code and bead weights but not in
``w_strength``, which is fitted on the findings that still fire with their current strength.  Its
bead and context are those of the place it points to in the document as aligned now: on text never
seen every finding fires, so such a verdict is the first-contact evidence the fit most needs (counted
at a typical bead, as the fits before, it taught the model that a surer bead means a real finding:
the still-firing findings, mostly real, sit on surer beads than 0.9, which is bookkeeping, not
evidence).

Why logistic and not isotonic: there are a few hundred verdicts over some 25 codes, most
codes with fewer than ten.  Per-code isotonic curves on the bead score would be step
functions fitted on a handful of points each (and undefined for codes without verdicts);
one logistic model with a handful of weights and shrunk per-code rates uses every verdict for every
code, is monotone in each input by construction of its features, and stays explainable: a
finding's confidence is its code's measured reliability, moved up or down by its bead score
and its strength.  The bench prints the reliability table (confidence band → share real) for
the tuning and the held-out parts, which is where the calibration is checked.

**Severity** follows from the code and the confidence (:func:`derive_severity`):

* a code in ``info_codes`` reports at ``info`` (computed by the bench, never hand-picked: a
  code with at least ``MIN_VERDICTS`` verdicts whose Beta posterior gives less than
  ``cannot_reach`` chance to a precision of ``info_bar``; off in the shipped fit, where it
  would silence number findings wholesale — see ``bench/calibrate.py --trade-off``);
* otherwise a finding whose confidence is below ``low_confidence`` (chosen by the bench among
  the thresholds that keep 96 % of each corpus's real tuning findings: the one that lowers the
  most false alarms for the fewest real findings, ties the lowest) is reported one level
  lower: error → warning, warning → info;
* the configuration's ``severity`` overrides win over both; findings about the tool itself
  (``CERTAIN_CODES``: a suppression without a reason, a crashed check) have confidence 1.

The fitted calibration is ``aligner/lang/data/confidence.json`` (loaded once); without it
every finding's confidence is its bead score times its strength, and no severity changes.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from ..model import SEVERITIES, SEVERITY_RANK, Finding

DATA = Path(__file__).resolve().parent.parent / "lang" / "data" / "confidence.json"
SCHEMA = "aligner.confidence/1"
#: findings about the tool or its configuration, not guesses about the translation
CERTAIN_CODES = frozenset({"SUPPRESS-NO-REASON", "CHECK-CRASHED"})
#: the bead score a finding without a bead counts with (a typical confident 1-1 bead)
NEUTRAL_BEAD = 0.9
#: bead scores and rates are clipped to [EPS, 1 - EPS] before the logit
EPS = 0.02
#: strengths are clipped to [MIN_STRENGTH, 1] before the log
MIN_STRENGTH = 0.01
#: a code needs this many tuning verdicts before it can be sent to info for low precision
MIN_VERDICTS = 5
#: default of the data file's ``low_confidence`` and ``bar``
LOW_CONFIDENCE = 0.5
BAR = 0.85


def logit(p: float, eps: float = EPS) -> float:
    p = min(1.0 - eps, max(eps, float(p)))
    return math.log(p / (1.0 - p))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def shrunk_rate(real: float, total: float, prior_mean: float, prior_strength: float) -> float:
    """The posterior mean of a Beta(prior_mean·s, (1 - prior_mean)·s) prior after ``real`` of
    ``total`` verdicts were real."""
    return (real + prior_mean * prior_strength) / (total + prior_strength)


def _strength(f: Finding) -> float:
    s = f.strength
    if s is None:
        return 1.0
    try:
        s = float(s)
    except (TypeError, ValueError):
        return 1.0
    if not math.isfinite(s):
        return 1.0
    return min(1.0, max(MIN_STRENGTH, s))


#: the context features of a finding (helper H7), each computed from its document for every finding
#: (:func:`document_context`, :func:`context_features`); a weight missing from the data file is 0
CONTEXT = ("rel_bead", "length", "size", "others", "elsewhere")
#: the strength weight of a code is that of its category's group (``strength:<group>``), else ``strength``
STRENGTH_GROUPS = {"entity": "entity", "negation": "negation", "number": "quantity", "unit": "quantity",
                   "date": "quantity", "omission": "omission", "addition": "omission"}
#: bound of the length feature: |log length ratio - the document's median| (a null bead is at the bound)
MAX_LENGTH_DEVIATION = 1.5
#: the size feature: log(chars of the pair's longer side / SIZE_CHARS), bounded by ±MAX_SIZE
SIZE_CHARS = 120.0
MAX_SIZE = 2.0
#: bound of the relative bead feature: logit(bead score) - the document's median logit
MAX_REL_BEAD = 4.0


def strength_group(category: Optional[str]) -> str:
    return STRENGTH_GROUPS.get(category or "", "other")


@dataclass
class DocContext:
    """What a finding's context features are read from: its document's beads and warnings/errors."""
    median_bead: float = 0.0                      # median logit bead score of the pairs with both sides
    median_ratio: float = 0.0                     # median log((English chars + 1) / (Pashto chars + 1)) of them
    beads: list = field(default_factory=list)     # (score, English chars, Pashto chars) per bead
    on_bead: dict = field(default_factory=dict)   # bead -> number of warnings and errors on it
    code_beads: dict = field(default_factory=dict)  # code -> {bead: number of its warnings and errors}


def _median(xs: list) -> float:
    xs = sorted(xs)
    if not xs:
        return 0.0
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else 0.5 * (xs[m - 1] + xs[m])


def make_context(beads: list, located: Iterable) -> DocContext:
    """``beads``: (score, English chars, Pashto chars) per bead; ``located``: (code, bead index or
    None) of every warning and error of the document."""
    pairs = [b for b in beads if b[1] > 0 and b[2] > 0]
    ctx = DocContext(median_bead=_median([logit(b[0]) for b in pairs]),
                     median_ratio=_median([math.log((b[1] + 1) / (b[2] + 1)) for b in pairs]),
                     beads=list(beads))
    for code, bead in located:
        ctx.on_bead[bead] = ctx.on_bead.get(bead, 0) + 1
        per = ctx.code_beads.setdefault(code, {})
        per[bead] = per.get(bead, 0) + 1
    return ctx


def document_context(findings: Iterable[Finding], result) -> Optional[DocContext]:
    """The context of the document of ``result`` with the warnings and errors among ``findings``
    (their own severity, before any is lowered); None without a result."""
    if result is None:
        return None
    src, tgt = result.source.sentences, result.target.sentences

    def chars(sents, idx):
        return sum(len(sents[i].text) for i in idx if 0 <= i < len(sents))
    beads = [(b.score, chars(src, b.source), chars(tgt, b.target)) for b in result.beads]
    located = [(f.code, f.bead if f.bead is not None and 0 <= f.bead < len(beads) else None)
               for f in findings if f.severity in ("warning", "error")]
    return make_context(beads, located)


def context_features(ctx: Optional[DocContext], code: str, bead: Optional[int], counted: bool = True) -> dict:
    """The finding's context features (0 without a context):

    * ``rel_bead``: logit(bead score) minus the document's median (a pair the aligner is less sure of
      than of the document's other pairs), bounded by ``MAX_REL_BEAD``;
    * ``length``: how far the pair's length ratio is from the document's median ratio
      (|log ratio - median|, bounded by ``MAX_LENGTH_DEVIATION``);
    * ``size``: log of the length of the pair's longer side over ``SIZE_CHARS`` characters (bounded by
      ``MAX_SIZE``): a short sentence leaves a check less text to be sure from;
    * ``others``: 1 when other warnings or errors are on the same pair;
    * ``elsewhere``: 1 when the finding's code also fires on another pair of the document.

    ``counted``: the finding itself is among the context's warnings and errors (it is subtracted)."""
    out = dict.fromkeys(CONTEXT, 0.0)
    if ctx is None:
        return out
    self_n = 1 if counted else 0
    per = ctx.code_beads.get(code, {})
    out["elsewhere"] = 1.0 if any(n > 0 for b, n in per.items() if b != bead) else 0.0
    if bead is None or not (0 <= bead < len(ctx.beads)):
        return out
    score, ns, nt = ctx.beads[bead]
    out["rel_bead"] = max(-MAX_REL_BEAD, min(MAX_REL_BEAD, logit(score) - ctx.median_bead))
    out["length"] = min(MAX_LENGTH_DEVIATION, abs(math.log((ns + 1) / (nt + 1)) - ctx.median_ratio))
    out["size"] = max(-MAX_SIZE, min(MAX_SIZE, math.log((max(ns, nt) + 1) / SIZE_CHARS)))
    out["others"] = 1.0 if ctx.on_bead.get(bead, 0) - self_n > 0 else 0.0
    return out


@dataclass
class Calibration:
    """The fitted model (``confidence.json``)."""
    weights: dict = field(default_factory=lambda: {"intercept": 0.0, "code": 1.0, "bead": 0.0, "strength": 1.0})
    overall: float = 0.5                        # real share of every tuning verdict
    groups: dict = field(default_factory=dict)  # default severity → shrunk real share
    codes: dict = field(default_factory=dict)   # code → {"real", "false", "reliability"[, "typical_strength"]}
    typical_strength: float = 1.0               # a code without its own typical strength counts with this
    low_confidence: float = LOW_CONFIDENCE
    bar: float = BAR
    info_codes: frozenset = frozenset()
    fitted: bool = False

    # ------------------------------------------------------------------ the model
    def reliability(self, code: str, default_severity: Optional[str] = None) -> float:
        """The code's shrunk real share (its severity group's for a code without verdicts)."""
        entry = self.codes.get(code)
        if entry is not None:
            return float(entry["reliability"])
        if default_severity in self.groups:
            return float(self.groups[default_severity])
        return self.overall

    def typical(self, code: str) -> float:
        """The typical strength of the code's findings (the strength its reliability was measured at)."""
        entry = self.codes.get(code)
        if entry is not None and "typical_strength" in entry:
            return float(entry["typical_strength"])
        return self.typical_strength

    @staticmethod
    def features(reliability: float, bead_score: Optional[float], strength: Optional[float],
                 typical: float = 1.0) -> tuple:
        """(logit of the code's reliability, logit of the bead score, log strength relative to the
        code's typical strength); a strength of None (a verdict whose finding no longer fires)
        is the typical one: 0."""
        bead = NEUTRAL_BEAD if bead_score is None else bead_score
        if strength is None:
            x_strength = 0.0
        else:
            x_strength = math.log(min(1.0, max(MIN_STRENGTH, strength))) - math.log(min(1.0, max(MIN_STRENGTH, typical)))
        return (logit(reliability), logit(bead), x_strength)

    def strength_weight(self, group: Optional[str] = None) -> float:
        """The strength weight of a code's strength group (``strength:<group>``), else the shared one."""
        w = self.weights
        return float(w.get(f"strength:{group}", w.get("strength", 0.0))) if group else float(w.get("strength", 0.0))

    def predict(self, reliability: float, bead_score: Optional[float], strength: float = 1.0,
                typical: float = 1.0, context: Optional[dict] = None, group: Optional[str] = None) -> float:
        w = self.weights
        x_code, x_bead, x_strength = self.features(reliability, bead_score, strength, typical)
        z = w["intercept"] + w["code"] * x_code + w["bead"] * x_bead + self.strength_weight(group) * x_strength
        if context:
            z += sum(w.get(k, 0.0) * float(context.get(k, 0.0)) for k in CONTEXT)
        return sigmoid(z)

    def confidence(self, f: Finding, bead_score: Optional[float], default_severity: Optional[str] = None,
                   context: Optional[dict] = None, category: Optional[str] = None) -> float:
        """``context``: the finding's :func:`context_features` (none: every context feature 0);
        ``category``: its code's category (its strength group; default: the finding's own)."""
        if f.code in CERTAIN_CODES:
            return 1.0
        strength = _strength(f)
        if not self.fitted:
            return round((NEUTRAL_BEAD if bead_score is None else min(1.0, max(0.0, bead_score))) * strength, 4)
        return round(self.predict(self.reliability(f.code, default_severity), bead_score, strength,
                                  self.typical(f.code), context, strength_group(category or f.category)), 4)

    # ------------------------------------------------------------------ severity
    def severity(self, f: Finding) -> str:
        """The severity that follows from the finding's code and confidence (see the module)."""
        if not self.fitted or f.code in CERTAIN_CODES or f.severity not in SEVERITY_RANK:
            return f.severity
        if f.code in self.info_codes:
            return "info"
        if f.confidence is not None and f.confidence < self.low_confidence:
            return SEVERITIES[max(0, SEVERITY_RANK[f.severity] - 1)]
        return f.severity

    # ------------------------------------------------------------------ (de)serialisation
    @classmethod
    def from_dict(cls, data: dict) -> "Calibration":
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not an {SCHEMA} file")
        return cls(weights={k: float(v) for k, v in data["weights"].items()},
                   overall=float(data["overall"]), groups={k: float(v) for k, v in data["groups"].items()},
                   codes=dict(data["codes"]), typical_strength=float(data.get("typical_strength", 1.0)),
                   low_confidence=float(data["low_confidence"]),
                   bar=float(data["bar"]), info_codes=frozenset(data.get("info_codes", [])), fitted=True)


@lru_cache(maxsize=4)
def load_calibration(path: Optional[str] = None) -> Calibration:
    """The calibration in ``path`` (default: the shipped ``confidence.json``), read once.
    A missing file gives the unfitted fallback (bead score × strength, severities unchanged)."""
    p = Path(path) if path else DATA
    if not p.is_file():
        return Calibration()
    return Calibration.from_dict(json.loads(p.read_text(encoding="utf-8")))


def bead_score_of(f: Finding, result) -> Optional[float]:
    """The alignment confidence of the finding's bead (None when it has none)."""
    if result is None or f.bead is None or not (0 <= f.bead < len(result.beads)):
        return None
    return result.beads[f.bead].score


@lru_cache(maxsize=1)
def _default_severities() -> dict:
    from . import all_codes
    return {code: sev for code, (_, sev, _) in all_codes().items()}


@lru_cache(maxsize=1)
def _categories() -> dict:
    from . import all_codes
    return {code: cat for code, (cat, _, _) in all_codes().items()}


def score_findings(findings: Iterable[Finding], result=None, *, derive: bool = True,
                   calibration: Optional[Calibration] = None) -> None:
    """Set ``confidence`` on every finding that has none and, with ``derive``, lower the
    severity of low-confidence findings and of codes below the precision bar (in place)."""
    findings = list(findings)
    if not findings:            # most checks find nothing in a pair: no document context to build
        return
    cal = calibration or load_calibration()
    defaults, categories = _default_severities(), _categories()
    ctx = document_context(findings, result) if cal.fitted and any(
        k in cal.weights for k in CONTEXT) else None
    for f in findings:
        if f.confidence is None:
            bead = f.bead if result is not None and f.bead is not None and 0 <= f.bead < len(result.beads) else None
            context = context_features(ctx, f.code, bead, counted=f.severity in ("warning", "error"))
            f.confidence = cal.confidence(f, bead_score_of(f, result), defaults.get(f.code), context,
                                          categories.get(f.code, f.category))
        if derive:
            f.severity = cal.severity(f)
