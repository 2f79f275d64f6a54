"""Contrastive evidence from the encoder for a name the Pashto may not carry (ENTITY-MISSING).

Measured in ``bench/entity_contrast.py`` (``bench/results/entity_contrast.md``) and **not used by
any check** (so it lives in ``bench/``, not in the package): on the first-contact tuning verdicts it separates real from false findings only weakly
(best AUC 0.71, the encoder features combined 0.72 cross-validated by document; the bar for
grading ``Finding.strength`` by it was 0.75).  Kept for the bench and for a stronger encoder.

* *removal* (``rm``): cos(English without the name, Pashto) − cos(English, Pashto): when the Pashto
  carries the name, removing it from the English should cost similarity; when it does not, the
  pair should get a little more alike.  ``rm_z`` is the same margin less the median margin of
  removing one of the six nearest other words, divided by their spread (interquartile range,
  at least ``MIN_SPREAD``): the per-pair scale of "one word fewer".
* *swap* (``swap``): the name replaced by another name of the same shape (given as controls),
  mean of up to three; ``swap_z`` divided by the same spread.
* *windows* (``win``): the largest cosine of the name alone against a Pashto window of 1–3 words,
  less the mean of the same for up to three control names (``win_raw`` without the control).
* *both sides* (``both``, with ``pashto_windows=True``): the removal margin computed again with a
  Pashto window of 1–3 words removed, its largest gain over the removal margin as written: when a
  window carries the name, removing it from the Pashto too makes removing the name from the
  English pay (``both_z``: divided by the spread).
"""
from __future__ import annotations

import re
import statistics
import zlib
from typing import Callable, Sequence

from aligner.checks.analyses.contrast import _cut, unit_vector

_WORD = re.compile(r"\S+")
#: The smallest spread of the control removals (a pair whose other words all weigh the same).
MIN_SPREAD = 0.002
#: Control words / names per item.
N_CONTROLS = 6
N_NAMES = 3


def _removals(text: str, a: int, b: int, k: int = N_CONTROLS) -> list:
    ws = sorted((m for m in _WORD.finditer(text) if (m.end() <= a or m.start() >= b) and any(c.isalpha() for c in m.group())),
                key=lambda m: min(abs(m.start() - a), abs(m.end() - b)))
    return [_cut(text, m.start(), m.end(), "") for m in ws[:k]]


def _windows(ps: str, n: int = 3) -> list:
    words = [w.strip("،؛؟.!:۔()\"«»,") for w in ps.split()]
    words = [w for w in words if w]
    return sorted({" ".join(words[i:i + k]) for k in range(1, n + 1) for i in range(len(words) - k + 1)})


def _pick(controls: Sequence[str], key: str, n: int = N_NAMES) -> list:
    """``n`` distinct control names, chosen by a hash of ``key`` (the same on every run)."""
    cs = sorted(set(controls))
    if not cs:
        return []
    h = zlib.crc32(key.encode())
    return [cs[(h + i * 7919) % len(cs)] for i in range(min(n, len(cs)))]


def _without_windows(ps: str, n: int = 3) -> list:
    spans = [m.span() for m in _WORD.finditer(ps)]
    return sorted({(ps[:spans[i][0]] + ps[spans[i + k - 1][1]:].lstrip(" ")).strip()
                   for k in range(1, n + 1) for i in range(len(spans) - k + 1)})


def name_contrast(embed: Callable, items: Sequence[tuple], controls: Sequence[Sequence[str]],
                  batch: int = 256, pashto_windows: bool = False) -> list:
    """For each ``(english, pashto, (a, b))`` (the name at ``english[a:b]``) a dict of ``rm``,
    ``rm_z``, ``swap``, ``swap_z``, ``win``, ``win_raw`` (module docstring); ``controls[i]``:
    names of the same shape to swap in and to compare against.  Every distinct text is embedded
    once, through ``embed`` (a list of texts → vectors)."""
    from aligner.pipeline import embedding_text
    plans = []
    need: dict = {}
    for (en, ps, (a, b)), ctl in zip(items, controls):
        name = en[a:b]
        names = _pick(ctl, en + name)
        plan = {"pair": (en, ps), "rm": _cut(en, a, b, ""), "ctl": _removals(en, a, b),
                "swap": [en[:a] + c + en[b:] for c in names], "name": name, "names": names,
                "win": _windows(ps), "psw": _without_windows(ps) if pashto_windows else []}
        plans.append(plan)
        for t in [en, ps, plan["rm"], name] + plan["ctl"] + plan["swap"] + names + plan["win"] + plan["psw"]:
            need.setdefault(embedding_text(t), None)
    keys = [k for k in need if k]
    for i in range(0, len(keys), batch):
        for k, v in zip(keys[i:i + batch], embed(keys[i:i + batch])):
            need[k] = unit_vector(v)

    def vec(t):
        return need.get(embedding_text(t))

    def cos(x, y):
        u, v = vec(x), vec(y)
        return sum(p * q for p, q in zip(u, v)) if u is not None and v is not None else 0.0

    out = []
    for p in plans:
        en, ps = p["pair"]
        base = cos(en, ps)
        rm = cos(p["rm"], ps) - base
        ctl = sorted(cos(c, ps) - base for c in p["ctl"])
        med = statistics.median(ctl) if ctl else 0.0
        spread = max(MIN_SPREAD, (ctl[(3 * len(ctl)) // 4] - ctl[len(ctl) // 4]) if len(ctl) >= 2 else 0.0)
        swap = statistics.mean(cos(s, ps) - base for s in p["swap"]) if p["swap"] else 0.0

        def best(n):
            return max((cos(n, w) for w in p["win"]), default=0.0)
        raw = best(p["name"])
        ctl_win = statistics.mean(best(n) for n in p["names"]) if p["names"] else 0.0
        row = {"rm": rm, "rm_z": (rm - med) / spread, "swap": swap, "swap_z": swap / spread,
               "win_raw": raw, "win": raw - ctl_win, "base": base}
        if p["psw"]:
            gain = max(cos(p["rm"], w) - cos(en, w) for w in p["psw"]) - rm
            row.update(both=gain, both_z=gain / spread)
        out.append(row)
    return out
