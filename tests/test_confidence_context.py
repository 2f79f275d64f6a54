"""The context features of a finding's confidence (issue 11 §4, helper H7): read from its document
for every finding (how far its pair's length ratio is from the document's usual one, how long the pair
is, other findings on the pair, the code elsewhere in the document), and the fit's use of first-contact
verdicts whose finding no longer fires: they count on the bead their place is on now."""
from __future__ import annotations

import importlib
import math
import sys
from pathlib import Path

import pytest

from aligner.checks.confidence import (CONTEXT, MAX_LENGTH_DEVIATION, Calibration, context_features,
                                       document_context, load_calibration, make_context, score_findings)
from aligner.model import Finding, Span

from .helpers import context_from_lines

#: four pairs of ordinary length ratio and one whose Pashto side is a third of the English (a clause gone)
EN = ["The committee met in Kabul on Monday to discuss the new water budget.",
      "Farmers in the north said the canals had been repaired before spring.",
      "The governor promised that the clinics would stay open during the winter.",
      "Teachers asked for their salaries to be paid on time every month.",
      "The report, which was published after a long delay, lists 40 projects in six provinces."]
PS = ["کمېټې د دوشنبې په ورځ په کابل کې د اوبو د نوې بودیجې په اړه خبرې وکړې.",
      "په شمال کې بزګرانو وویل چې ویالې د پسرلي تر مخه ترمیم شوې وې.",
      "والي ژمنه وکړه چې کلینیکونه به د ژمي په موسم کې پرانیستي پاتې شي.",
      "ښوونکو وغوښتل چې معاشونه یې هره میاشت په خپل وخت ورکړل شي.",
      "راپور ۴۰ پروژې لري."]


def _calibrate():
    bench = str(Path(__file__).resolve().parent.parent / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("calibrate")


def _cal(**weights) -> Calibration:
    w = {"intercept": 0.0, "code": 1.0, "bead": 0.0, "strength": 0.3, **weights}
    return Calibration(weights=w, overall=0.6, groups={"error": 0.6, "warning": 0.6, "info": 0.6},
                       codes={"OMIT-PARTIAL": {"real": 5, "false": 5, "reliability": 0.5}},
                       low_confidence=0.05, fitted=True)


def test_length_deviation_size_and_neighbours_are_read_from_the_document():
    result = context_from_lines(EN, PS).result
    found = [Finding("OMIT-PARTIAL", "omission", "warning", "m", bead=4),
             Finding("NUM-MISSING", "number", "error", "m", bead=4),
             Finding("ENTITY-MISSING", "entity", "warning", "m", bead=0),
             Finding("ENTITY-MISSING", "entity", "warning", "m", bead=2),
             Finding("FMT-QUESTION", "punctuation", "info", "m", bead=1)]
    ctx = document_context(found, result)
    short = context_features(ctx, "OMIT-PARTIAL", 4)
    usual = context_features(ctx, "ENTITY-MISSING", 0)
    assert short["length"] > 0.8 > 0.3 > usual["length"]              # the pair lost two thirds of its length
    assert short["others"] == 1.0 and usual["others"] == 0.0            # NUM-MISSING on the same pair
    assert usual["elsewhere"] == 1.0 and short["elsewhere"] == 0.0      # ENTITY-MISSING on pair 2 too
    assert context_features(ctx, "FMT-QUESTION", 1)["others"] == 0.0     # info findings are not counted
    assert set(short) == set(CONTEXT)
    # a finding without a bead or a document: only the document-wide feature, else 0
    assert context_features(ctx, "ENTITY-MISSING", None) == {**dict.fromkeys(CONTEXT, 0.0), "elsewhere": 1.0}
    assert context_features(None, "OMIT-PARTIAL", 4) == dict.fromkeys(CONTEXT, 0.0)


def test_a_pair_with_an_empty_side_is_at_the_bound_and_size_uses_the_longer_side():
    ctx = make_context([(0.9, 60, 55), (0.9, 80, 70), (0.2, 0, 90), (0.95, 10, 9)], [("ADD-SENTENCE", 2)])
    added = context_features(ctx, "ADD-SENTENCE", 2)
    assert added["length"] == MAX_LENGTH_DEVIATION
    assert added["size"] == pytest.approx(math.log(91 / 120))            # the Pashto side: the English is empty
    assert context_features(ctx, "NUM-MISMATCH", 3, counted=False)["size"] < added["size"]


def test_score_findings_uses_the_context_the_calibration_has_weights_for():
    """A finding on the pair that lost most of its length is more often real (positive length weight);
    a calibration file without context weights (an older one) reads every finding as before."""
    result = context_from_lines(EN, PS).result
    mk = lambda bead: Finding("OMIT-PARTIAL", "omission", "warning", "m", bead=bead,  # noqa: E731
                              source=Span(0, 3, "The"))
    short, usual = mk(4), mk(1)
    score_findings([short, usual], result, derive=False, calibration=_cal(length=1.4, size=0.0))
    assert short.confidence > usual.confidence
    old_short, old_usual = mk(4), mk(1)
    score_findings([old_short, old_usual], result, derive=False, calibration=_cal())
    assert old_short.confidence == old_usual.confidence == pytest.approx(_cal().predict(0.5, 1.0), abs=1e-4)


def test_strength_groups_weigh_a_codes_strength_by_its_category():
    cal = _cal(**{"strength:negation": 2.0, "strength:entity": 0.0})
    neg = lambda s: Finding("NEG-MISSING", "negation", "warning", "m", strength=s)  # noqa: E731
    ent = lambda s: Finding("ENTITY-MISSING", "entity", "warning", "m", strength=s)  # noqa: E731
    assert cal.confidence(neg(0.3), 0.9) < cal.confidence(neg(1.0), 0.9)
    assert cal.confidence(ent(0.3), 0.9) == cal.confidence(ent(1.0), 0.9)       # its group's weight is 0
    assert cal.strength_weight("quantity") == 0.3                                # no group weight: the shared one


def test_a_verdict_whose_finding_no_longer_fires_counts_on_the_bead_its_place_is_on():
    """fit_inputs: a recorded verdict without a finding now is placed on its bead (its score and context
    features); one that still fires keeps its finding's; the context counts both (first contact)."""
    calibrate = _calibrate()
    key_now = ["doc1", "NUM-MISMATCH", "L0+4:250", "L0+9:۳۵۰"]
    key_old = ["doc1", "ENTITY-MISSING", "L2+0:Herat", ""]
    rows = [{"corpus": "hw", "part": "tuning", "unit": "doc1", "code": "NUM-MISMATCH", "severity": "error",
             "bead": 0.97, "strength": 1.0, "doc": "hw/doc1", "bead_index": 0, "key": key_now, "verdict": "real"}]
    recorded = [{"corpus": "hw", "part": "tuning", "code": "NUM-MISMATCH", "key": key_now, "verdict": "real"},
                {"corpus": "hw", "part": "tuning", "code": "ENTITY-MISSING", "key": key_old, "verdict": "false"},
                {"corpus": "hw", "part": "held-out", "code": "NUM-MISSING", "key": ["doc9", "NUM-MISSING", "", ""],
                 "verdict": "false"}]
    collected = {"docs": {"hw/doc1": {"beads": [[0.97, 60, 58], [0.9, 70, 66], [0.6, 80, 20]],
                                      "found": [["NUM-MISMATCH", 0]]}},
                 "located": {"hw\tdoc1\tNUM-MISMATCH\tL0+4:250\tL0+9:۳۵۰": ["hw/doc1", 0],
                             "hw\tdoc1\tENTITY-MISSING\tL2+0:Herat\t": ["hw/doc1", 2]}}
    inputs = calibrate.fit_inputs(rows, recorded, collected)
    assert len(inputs) == 2                                                     # tuning only
    old = next(r for r in inputs if not r["current"])
    now = next(r for r in inputs if r["current"])
    assert old["bead"] is None and old["located_bead"] == 0.6 and old["strength"] is None
    assert old["ctx"]["length"] > 0.5 and old["ctx"]["elsewhere"] == 0.0
    assert now["located_bead"] == 0.97 and now["ctx"]["others"] == 0.0 and now["group"] == "quantity"
    # the place of a verdict key in its document's text
    assert calibrate._locate("L2+5:x", [0, 10, 25], [7, 8, 2]) == 25 + 5
    assert calibrate._locate("123:words", [0], []) == 123 and calibrate._locate("", [0], []) is None


def test_shipped_calibration_says_its_inputs_and_keeps_the_monotone_weights_non_negative():
    import json
    from aligner.checks.confidence import DATA
    data = json.loads(DATA.read_text(encoding="utf-8"))
    calibrate = _calibrate()
    assert tuple(data["features"]) == calibrate.FEATURES
    assert set(data["weights"]) == set(calibrate.weight_names(calibrate.FEATURES))
    assert all(v >= 0 for k, v in data["weights"].items() if k in calibrate.MONOTONE)
    cal = load_calibration()
    # longer pairs and pairs whose lengths disagree more than the document's usual: never lower
    base = dict.fromkeys(CONTEXT, 0.0)
    grid = [cal.predict(0.6, 0.9, 1.0, 1.0, {**base, "length": x}) for x in (0.0, 0.3, 0.8, 1.5)]
    assert grid == sorted(grid)


def test_outer_cross_validation_scores_each_fold_with_a_fit_that_never_saw_it():
    """outer_cv: a code whose verdicts all sit in one fold of documents is scored at its group's
    rate (the fit without that fold has never seen the code), not at its own 100 % real."""
    calibrate = _calibrate()
    rows = []
    for i in range(60):
        rows.append({"corpus": "a", "unit": f"d{i}", "code": "ENTITY-MISSING", "verdict": "real" if i % 2 else "false",
                     "current": True, "bead": 0.9, "located_bead": 0.9, "strength": None, "group": "entity",
                     "ctx": {"length": 0.1, "size": 0.0}})
    fold = calibrate.fold_of({"corpus": "a", "unit": "x0"})
    lone = [u for u in (f"x{i}" for i in range(200)) if calibrate.fold_of({"corpus": "a", "unit": u}) == fold][:8]
    for u in lone:
        rows.append({"corpus": "a", "unit": u, "code": "DATE-MISMATCH", "verdict": "real", "current": True,
                     "bead": 0.9, "located_bead": 0.9, "strength": None, "group": "quantity",
                     "ctx": {"length": 0.1, "size": 0.0}})
    train, preds = calibrate.outer_cv(rows, calibrate.FEATURES)
    lone_preds = [q for r, q in zip(train, preds) if r["code"] == "DATE-MISMATCH"]
    entity_preds = [q for r, q in zip(train, preds) if r["code"] == "ENTITY-MISSING"]
    assert len(lone_preds) == 8 and max(lone_preds) < 0.7
    # the in-fold fit, by contrast, learns the lone code's rate
    cal = Calibration.from_dict(calibrate.fit(rows, 0.0, 0.5, 0.05))
    assert cal.reliability("DATE-MISMATCH") > max(lone_preds)
    assert 0.3 < sum(entity_preds) / len(entity_preds) < 0.7
    s = calibrate.scores(train, preds)
    assert s["n"] == len(rows) and 0 < s["brier"] < 1
