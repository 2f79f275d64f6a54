"""Area under the ROC curve of a score that should rank real findings above false ones, with a
bootstrap interval: shared by ``bench/negation_contrast.py`` and ``bench/entity_contrast.py``."""
from __future__ import annotations

import random


def auc(pos: list, neg: list) -> float:
    """The chance that a random ``pos`` score beats a random ``neg`` one (ties count half)."""
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def auc_ci(pos: list, neg: list, n: int = 2000, seed: int = 1) -> tuple:
    """95 % bootstrap interval of :func:`auc` (``n`` resamples of both sides, seeded)."""
    rng = random.Random(seed)
    bs = sorted(auc([rng.choice(pos) for _ in pos], [rng.choice(neg) for _ in neg]) for _ in range(n))
    return bs[int(0.025 * n)], bs[int(0.975 * n) - 1]
