"""Level and parity said by the negated opposite (negation_antonyms.tsv, stop 20).

"The risk is low" is rendered "خطر ډېر نه دی" (the risk is not great) and "the number is odd"
"دا عدد جفت نه دی" (not even): no negation is added. Before stop 20 these correct renderings were
kept out of the warnings only because their NEG-ADDED fell under the calibration's
``low_confidence``; with that at 0 the antonym pairs must say it. A careless translation that
negates the same pole as the English is still caught.
"""
from __future__ import annotations

import pytest

from tests.helpers import reported_codes as reported

CLEAN = [
    ("The risk is low.", "خطر ډېر نه دی."),
    ("Prices are low this year.", "سږکال بیې لوړې نه دي."),
    ("The number is odd.", "دا عدد جفت نه دی."),
    ("The water level is high.", "د اوبو کچه ټیټه نه ده."),
]

WRONG = [
    ("The risk is high.", "خطر لوړ نه دی."),
    ("The risk is low.", "خطر ټیټ نه دی."),
    ("The number is even.", "دا عدد جفت نه دی."),
    ("The number is odd.", "دا عدد طاق نه دی."),
]


@pytest.mark.parametrize("en,ps", CLEAN)
def test_opposite_pole_negated_is_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith("NEG")] == []


@pytest.mark.parametrize("en,ps", WRONG)
def test_same_pole_negated_is_caught(en, ps):
    assert "NEG-ADDED" in reported(en, ps)
