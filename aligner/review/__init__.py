"""The review loop: a reviewer's verdicts flow back into the gate, a translation gets an LQA
scorecard, and the fixes the checks know are applied.

* :mod:`aligner.review.decisions`: ``aligner.decisions/1`` files (exported by the HTML review
  page, or read from a filled XLSX report), applied to a check (``check --decisions``) or
  imported for good (``aligner baseline import``: false alarms → fingerprint suppressions in
  the configuration, accepted findings → baseline entries);
* :mod:`aligner.review.lqa`: the MQM-style scorecard (penalty points per 1,000 source words
  against a pass threshold);
* :mod:`aligner.review.fix`: a corrected copy of the translation with the findings'
  suggestions applied (``aligner fix``).

These sit beside :mod:`aligner.report`: they work on a checked result and never change how
a check runs.
"""
from __future__ import annotations

from typing import Optional


def finish_check(result, config: Optional[dict], decisions=None) -> dict:
    """The review steps of ``aligner check`` after the pipeline: apply the reviewer
    ``decisions`` (a path: JSON or filled XLSX or CSV, applied whatever pair it names; or a list
    of paths, each applied to the pair it reviews: :func:`~aligner.review.decisions.decisions_for`) if given, then attach the LQA scorecard
    (computed from the confirmed findings when decisions were applied); returns it."""
    from .lqa import attach
    verdicts = None
    if isinstance(decisions, (list, tuple)):          # audit, precommit: the files that review this pair
        from .decisions import apply_decisions, decisions_for, load_decision_sets
        ds = decisions_for(result, load_decision_sets(decisions)) if decisions else None
        if ds is not None:
            verdicts = apply_decisions(result, ds).verdicts
    elif decisions is not None:
        from .decisions import apply_decisions, load_decisions
        verdicts = apply_decisions(result, load_decisions(decisions)).verdicts
    return attach(result, config, verdicts)
