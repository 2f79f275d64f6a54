"""Sentence alignment by dynamic programming over beads.

Two passes, in time and memory linear in document length (as Bertalign does):

1. **Anchors.**  Cosine similarities are computed only inside a band around the
   diagonal.  Each sentence's mean similarity to its k nearest neighbours on the
   other side gives a *margin* score (Artetxe & Schwenk), which separates true
   pairs from near misses far better than raw cosine.  Mutual best matches with
   a positive margin, filtered to a monotonic chain (longest increasing
   subsequence), are the anchors.
2. **Beads.**  An exact DP over prefix states ``(i, j)`` restricted to a window
   around the anchor chain, over bead types 1-1, 1-n, n-1 (n ≤ ``max_bead``),
   2-2, 1-0 and 0-1.  A multi-sentence side is scored with the normalised sum of
   its sentence vectors (no encoder call); the search is then repeated once with
   real embeddings of the concatenations the first result actually needs
   (its many-sentence beads and the merges beside each null bead), so the encoder
   sees about one text per sentence.  Bead gain = margin + length agreement +
   number agreement, weighted by the sentences covered, minus a prior for the
   rarer bead types; null beads get a fixed skip score.  A short side (a heading, a
   list number) also reads its numbers written in words, and a 1-1 bead of two
   headings gains when their numbers agree (Article 27 ↔ اووه ویشتمه ماده) and loses
   when they differ.
3. **Null-bead review** (issue 12).  Before a 1-0 / 0-1 bead is final it is tested
   against what could absorb it: a merge with either neighbour (2-1, 3-1, 1-2, 2-2, and with
   ``review_wide`` 1-4, 4-1, 2-3, 3-2: in running text a line the generator or a layout cut into
   short lines can meet a Pashto sentence the translator or the splitter cut in two or three,
   shapes the search itself does not try; on real embeddings of the concatenation) or a 1-1 with a null bead of the other
   side beside it (a loose translation split in two).  A logistic model over the
   sentence's best margin, how much the concatenation moves towards the neighbour's
   translation, the gain and length-fit change of the merge (and their conjunction: a merge
   that fits the length ratio better at almost no cost in margin is a sentence the translator
   split in two, common in running text), whether the line is
   unfinished (a comma-ended opener, no final stop) and its length gives the
   probability that the sentence really has no counterpart; below ``null_threshold``
   the bead is absorbed (an unfinished line merges forward, a lower-case continuation
   backward), and every remaining null bead carries that probability as its score.
   Numbers weigh in as a fitted feature, not a veto (``number_veto``: the share of the merges
   whose other side has numbers but none of the sentence's, digits of any script or words):
   a short "The mayor thanked 12 members." beside "… the 20 members …" stays an omission,
   while a piece whose number the translator wrote differently still merges when the merge
   clearly fits.  ``has_merge`` tells the model whether any merge was possible at all (the
   merge features of a sentence with none are placeholders), ``has_pair`` the same for the
   1-1 pairing; two interactions (length fit × margin change of the merge, margin × sentence
   length) let the linear model weigh a short sentence's margin less.  The *edge* features
   read the sentence against the edge of the neighbour's other side (its first words when the
   sentence comes before the neighbour, its last words when after, as many words as the
   sentence's translation would have; real embeddings, one text per merge tested): a sentence
   the translator joined to its neighbour (a headline run into the first sentence, a clause
   split off) is translated right there, a dropped or inserted one is not, and its margin
   against that edge stays at the level of a related sentence (``edge_x``, and weighed by
   length, ``edge_x_words``); when the other side holds a sentence end within a factor of two of that
   word count, the edge ends there (``edge_snap``: a merge's other side is often two sentences).
   ``edge_own_x`` asks whom the edge belongs to: its cosine to the null sentence minus its cosine to
   the neighbour's own side (a merged sentence's translation is closer to that sentence, a dropped
   one's neighbour owns the edge).  The rest of that side (without the edge) is embedded too
   (``rest_gain``: the neighbour's own side against the rest minus against the whole): removing a
   merged sentence's translation does not hurt the neighbour, removing the edge of a dropped
   sentence's neighbour cuts part of the neighbour's own translation.
   The model is fitted on the tuning part of NTREX, clean and perturbed (6 perturbation
   rounds), both layouts (``bench/align_bench.py --part tuning --param review=False
   --rounds 6 --dump-null F`` then ``--fit-null F``; the documents whose NTREX gold is known to be
   wrong, bench/data/ntrex_gold_noise.tsv, are left out of the fit).
4. **Split review.**  A dropped sentence the search merged into its neighbour's 2-1 bead never
   becomes a null bead to review (a sentence that elaborates on the one before it reaches a positive
   margin against that sentence's translation): each end sentence of a 2-1 bead's two source sentences
   is held apart beside the rest and rated by the same null model (the edges of every merge it could
   rejoin embedded, as the final null bead will be rated; only for ends it rates ``split_prefilter`` or
   more without them); at ``split_threshold`` or above it is split off, an omission.  A 1-2 bead's
   target side is not split (``split_target``): one sentence written as two (a translator's or the
   splitter's cut) is the usual 1-2, and splitting it cost precision in running text.

5. **Shift review.**  A dropped (or inserted) sentence before or after a line that joins two
   sentences: the search pairs it 1-1 with the first (last) sentence of that line's translation and
   the line with the rest, so there is no null bead to review.  Two neighbouring 1-1 beads, one weak
   (confidence below ``shift_prefilter``), try 1-0 + 1-2, 0-1 + 2-1 (and mirrored): only when the
   partner raises the gain of the bead it joins (``shift_join``), the search loses at most
   ``shift_gain``, and the null model rates the new null bead ``shift_threshold`` or more (edges
   embedded only for alternatives rated ``split_prefilter`` without them).  A sentence replaced by an
   unrelated one stays a 1-1 in its slot (its partner does not fit the neighbour's bead).

Deterministic: no sampling anywhere.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np

from ..model import Bead
from ..text.normalize import ARABIC_SCRIPT

_NUM = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class AlignParams:
    max_bead: int = 3          # largest n in 1-n / n-1 beads
    knn: int = 4               # neighbours for the margin
    skip: float = -0.015       # gain of a null bead (per sentence)
    penalty_12: float = 0.02   # priors against the rarer bead types (1-2 and 2-1,
    penalty_22: float = 0.06   # 2-2, 1-3 and 3-1, 1-n and n-1 for n > 3)
    penalty_13: float = 0.06
    length_weight: float = 0.06  # weight of the squared log length-ratio deviation
    number_weight: float = 0.03  # weight of number agreement
    block_penalty: float = 0.05  # a bead side that spans two blocks (paragraphs, lines)
    window: int = 6            # half-width of the second-pass window around the chain
    band_min: int = 40         # minimum half-width of the first-pass band
    max_gap_width: int = 400   # widest gap rectangle searched exhaustively
    refine: bool = True        # re-score with real embeddings of concatenations
    conf_center: float = 0.005  # margin at which a bead's confidence is 0.5
    conf_scale: float = 0.01
    heading_words: int = 6     # a side this short is a heading: its numbers (digits or words) decide
    heading_bonus: float = 0.10  # both sides of a 1-1 heading bead carry the same number (Article 27 ↔
                                 # اووه ویشتمه ماده); as much against when their numbers differ
    review: bool = True        # test every null bead against the merges it could belong to
    review_rounds: int = 5      # (tuned: 3 left a null bead rated 0.00 waiting behind its neighbours)
    split_threshold: float = 0.9   # (tuned: 0.7-0.9 equal, 0.95 loses one) an end sentence of a 2-1 bead rated
                                   # this likely a real null is split off (an omission); 1.0: off
    split_prefilter: float = 0.5   # ... and rated this likely before its edge is embedded (no loss on tuning)
    split_target: bool = False     # ... also an end of a 1-2 bead's two target sentences (an addition): off, a
                                   # translator's or the splitter's cut of one sentence in two is the usual 1-2
    shift_threshold: float = 0.98  # (tuned) a 1-1 pair rated this likely a dropped / inserted sentence beside a joined line
                                   # is re-paired (1-1 + 1-1 -> 1-0 + 1-2 …); 1.0: off
    shift_prefilter: float = 0.2   # (tuned) ... only 1-1 beads less confident than this are tried
    shift_join: float = -0.02      # (tuned) ... and when the partner joined to the neighbour's bead raises its gain
    shift_gain: float = -0.01      # (tuned) ... and only when the search's gain falls by no more than this
    null_threshold: float = 0.50  # a null bead less likely than this to be real is absorbed (tuned)
    fragment_pull: float = 0.05  # an unfinished line merges forward rather than backward
    glue: bool = True          # a lower-case continuation of an unfinished line joins the bead before it
    cut_penalty: float = 0.05  # (tuned) a bead boundary between an unfinished line and a lower-case continuation
    edge_snap: bool = True     # a neighbour edge ends at a sentence end inside the other side when one is near
    review_wide: bool = True   # the review may also merge into 1-4 / 4-1 / 2-3 / 3-2 beads (running text;
                               # from max_bead 3 up, at most one sentence wider than max_bead)
    number_veto: bool = True   # read whether a null sentence's numbers are missing from a merge's other side
                               # (a feature of the null confidence, not a hard veto)


@dataclass
class AlignStats:
    n_source: int = 0
    n_target: int = 0
    anchors: int = 0
    cells: int = 0
    encoder_texts: int = 0
    extra_texts: int = 0
    seconds_align: float = 0.0
    seconds_encode: float = 0.0
    extra: dict = field(default_factory=dict)


def bead_types(max_bead: int) -> list[tuple[int, int]]:
    types = [(1, 1), (1, 0), (0, 1)]
    for k in range(2, max_bead + 1):
        types += [(1, k), (k, 1)]
    if max_bead >= 2:
        types.append((2, 2))
    return types




def _numbers(text: str, heading_words: int = 0) -> frozenset[str]:
    """Numbers written in digits; in a text of at most ``heading_words`` words (a heading,
    a list number) also numbers and ordinals written in words (پنځم فصل, اووه ویشتمه ماده)."""
    nums = {m.group().replace(",", "") for m in _NUM.finditer(text)}
    if heading_words and len(text.split()) <= heading_words:
        from ..lang.quantities import extract_quantities
        try:
            qs = extract_quantities(text, "ps" if ARABIC_SCRIPT.search(text) else "en")
        except Exception:          # the number reader must never break alignment
            qs = []
        for q in qs:
            v = getattr(q, "value", None)
            if v is not None and getattr(v, "denominator", 2) == 1:
                nums.add(str(int(v)))
    return frozenset(nums)


def _band(n: int, m: int, band_min: int) -> tuple[np.ndarray, np.ndarray]:
    """Column range [lo, hi) of the first-pass band for each source row: the diagonal
    widened by the length difference plus a constant, so the work stays linear in n."""
    half = max(band_min, abs(n - m) + band_min + 60)
    centre = (np.arange(n) + 0.5) * (m / max(n, 1))
    lo = np.clip(np.floor(centre - half), 0, m).astype(int)
    hi = np.clip(np.ceil(centre + half) + 1, 0, m).astype(int)
    return lo, hi


def _knn_means(S: np.ndarray, Tt: np.ndarray, k: int, band_min: int):
    """Per-row and per-column mean of the k best cosines inside the band, plus
    each row's best column and each column's best row (for mutual matches)."""
    n, m = S.shape[0], Tt.shape[0]
    lo, hi = _band(n, m, band_min)
    row_topk = np.full((n, k), np.nan, np.float32)
    col_best = np.full((m, k), -np.inf, np.float32)      # running top-k per column
    row_best_j = np.full(n, -1, int)
    row_best_v = np.full(n, -np.inf, np.float32)
    col_best_i = np.full(m, -1, int)
    col_best_v = np.full(m, -np.inf, np.float32)
    chunk = 256
    for r0 in range(0, n, chunk):
        r1 = min(n, r0 + chunk)
        c0, c1 = int(lo[r0:r1].min()), int(hi[r0:r1].max())
        if c1 <= c0:
            continue
        block = S[r0:r1] @ Tt[c0:c1].T
        cols = np.arange(c0, c1)
        mask = (cols[None, :] >= lo[r0:r1, None]) & (cols[None, :] < hi[r0:r1, None])
        block = np.where(mask, block, -np.inf).astype(np.float32)
        kk = min(k, c1 - c0)
        part = -np.partition(-block, kk - 1, axis=1)[:, :kk]
        part = np.where(np.isfinite(part), part, np.nan)
        row_topk[r0:r1, :kk] = part
        bj = block.argmax(axis=1)
        row_best_j[r0:r1] = bj + c0
        row_best_v[r0:r1] = block[np.arange(r1 - r0), bj]
        # columns
        kr = min(k, r1 - r0)
        colpart = -np.partition(-block, kr - 1, axis=0)[:kr, :]
        merged = np.concatenate([col_best[c0:c1].T, colpart], axis=0)
        col_best[c0:c1] = (-np.partition(-merged, k - 1, axis=0)[:k, :]).T
        bi = block.argmax(axis=0)
        bv = block[bi, np.arange(c1 - c0)]
        better = bv > col_best_v[c0:c1]
        col_best_v[c0:c1] = np.where(better, bv, col_best_v[c0:c1])
        col_best_i[c0:c1] = np.where(better, bi + r0, col_best_i[c0:c1])
    mu_s = np.nanmean(row_topk, axis=1)
    cb = np.where(np.isfinite(col_best), col_best, np.nan)
    with np.errstate(all="ignore"):
        mu_t = np.nanmean(cb, axis=1)
    mu_s = np.nan_to_num(mu_s, nan=0.0).astype(np.float32)
    mu_t = np.nan_to_num(mu_t, nan=0.0).astype(np.float32)
    return mu_s, mu_t, row_best_j, row_best_v, col_best_i


def _lis(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Longest chain of anchors increasing in both i and j (pairs sorted by i)."""
    import bisect
    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_i, j, _v) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tails_idx.append(k)
        else:
            tails[pos] = j
            tails_idx[pos] = k
        prev[k] = tails_idx[pos - 1] if pos else -1
    out = []
    k = tails_idx[-1] if tails_idx else -1
    while k >= 0:
        out.append(pairs[k][:2])
        k = prev[k]
    return out[::-1]


def _window(n: int, m: int, anchors: list[tuple[int, int]], p: AlignParams):
    """Allowed j interval [lo[i], hi[i]] for each prefix state row i in 0..n.

    Rows between two anchors (a0, b0) and (a1, b1) are states after sentence a0 and
    before a1: their j range is [b0 + 1, b1] widened by ``window``.  A gap wider than
    ``max_gap_width`` is searched in a band around the straight line instead.
    """
    w = p.window
    lo = np.zeros(n + 1, int)
    hi = np.zeros(n + 1, int)
    chain = [(-1, -1)] + anchors + [(n, m)]
    for (a0, b0), (a1, b1) in zip(chain, chain[1:]):
        s0, t0, s1, t1 = a0 + 1, b0 + 1, a1, b1
        for i in range(s0, s1 + 1):
            if t1 - t0 <= p.max_gap_width:
                lo[i], hi[i] = t0 - w, t1 + w
            else:
                c = t0 + (i - s0) / max(s1 - s0, 1) * (t1 - t0)
                half = w + p.max_gap_width // 4
                lo[i], hi[i] = int(c) - half, int(c) + half
    lo = np.clip(lo, 0, m)
    hi = np.clip(hi, 0, m)
    lo[0], hi[n] = 0, m
    lo = np.maximum.accumulate(lo)
    hi = np.minimum.accumulate(hi[::-1])[::-1]
    for i in range(1, n + 1):            # consecutive rows must connect
        lo[i] = min(lo[i], hi[i - 1] + 1, m)
        hi[i] = max(hi[i], lo[i])
    return lo, hi


class _Scorer:
    """Vectorised bead gains for one source span against many target spans.

    Memory is linear: for each span length k ≤ max_bead the float32 sums of k
    consecutive sentence vectors and their norms, plus the gains of the first DP
    pass (float32) so the second pass only recomputes what real embeddings changed.
    """

    def __init__(self, S, T, mu_s, mu_t, len_s, len_t, nums_s, nums_t, p: AlignParams,
                 blocks_s=None, blocks_t=None, words_s=None, words_t=None):
        self.p = p
        n, m = len(len_s), len(len_t)
        self.S, self.T = S, T
        self.mu_s, self.mu_t = mu_s, mu_t
        self.blocks_s = np.asarray(blocks_s if blocks_s is not None else np.zeros(n), int)
        self.blocks_t = np.asarray(blocks_t if blocks_t is not None else np.zeros(m), int)
        self.Ms = np.concatenate([[0.0], np.cumsum(mu_s, dtype=np.float64)])
        self.Mt = np.concatenate([[0.0], np.cumsum(mu_t, dtype=np.float64)])
        self.Ls = np.concatenate([[0.0], np.cumsum(len_s, dtype=np.float64)])
        self.Lt = np.concatenate([[0.0], np.cumsum(len_t, dtype=np.float64)])
        total_s, total_t = self.Ls[-1], self.Lt[-1]
        self.log_ratio = math.log((total_t + 1.0) / (total_s + 1.0))
        self.nums_s, self.nums_t = nums_s, nums_t
        self.words_s = np.asarray(words_s if words_s is not None else np.full(n, 99), int)
        self.words_t = np.asarray(words_t if words_t is not None else np.full(m, 99), int)
        self.override_s: dict[tuple[int, int], np.ndarray] = {}
        self.override_t: dict[tuple[int, int], np.ndarray] = {}
        self._sum = {"s": {}, "t": {}}           # k → (sums of k consecutive vectors, their norms)
        self._ov = {"s": {}, "t": {}}            # k → {start: normalised real embedding}
        self._nt: dict[int, list] = {}          # b → numbers of every b-sentence target span
        self._memo: dict[tuple, np.ndarray] = {}  # (s0, a, b, first t0, count) → gains
        # words of the target per word of the source (document-wide), and the real embeddings of
        # bead edges (the first / last words of one side, as long as a null sentence's translation)
        self.word_ratio = (float(self.words_t.sum()) + 1.0) / (float(self.words_s.sum()) + 1.0)
        self.edges: dict[tuple, np.ndarray] = {}

    def _sums(self, side: str, k: int):
        got = self._sum[side].get(k)
        if got is None:
            X = self.S if side == "s" else self.T
            if k == 1:
                U = X
            else:
                U = X[:len(X) - k + 1].astype(np.float32, copy=True)
                for d in range(1, k):
                    U += X[d:len(X) - k + 1 + d]
            got = (U, np.linalg.norm(U, axis=1).astype(np.float32) + 1e-12)
            self._sum[side][k] = got
        return got

    def set_overrides(self, src: dict, tgt: dict) -> None:
        """Use real embeddings for these concatenated spans; forget the gains they change."""
        import bisect
        for side, spans in (("s", src), ("t", tgt)):
            (self.override_s if side == "s" else self.override_t).update(spans)
            for (a, b), v in spans.items():
                self._ov[side].setdefault(b - a, {})[a] = (v / (np.linalg.norm(v) + 1e-12)).astype(np.float32)
        by_b: dict[int, list[int]] = {}
        for (t0, t1) in tgt:
            by_b.setdefault(t1 - t0, []).append(t0)
        for lst in by_b.values():
            lst.sort()
        stale = []
        for key in self._memo:
            s0, a, b, first, count = key
            if (s0, s0 + a) in src:
                stale.append(key)
            elif b in by_b:
                lst = by_b[b]
                k = bisect.bisect_left(lst, first)
                if k < len(lst) and lst[k] < first + count:
                    stale.append(key)
        for key in stale:
            del self._memo[key]

    def src_vec(self, s0: int, s1: int) -> np.ndarray:
        a = s1 - s0
        ov = self._ov["s"].get(a)
        if ov and s0 in ov:
            return ov[s0]
        U, norms = self._sums("s", a)
        return U[s0] / norms[s0]

    def tgt_vecs(self, t0s: np.ndarray, b: int) -> np.ndarray:
        U, norms = self._sums("t", b)
        V = U[t0s] / norms[t0s, None]
        ov = self._ov["t"].get(b)
        if ov:
            for k, t0 in enumerate(t0s.tolist()):
                v = ov.get(t0)
                if v is not None:
                    V[k] = v
        return V

    def tgt_numbers(self, b: int) -> list:
        if b not in self._nt:
            nt = self.nums_t
            self._nt[b] = [frozenset().union(*nt[t0:t0 + b]) for t0 in range(len(nt) - b + 1)]
        return self._nt[b]

    def margin(self, s0: int, a: int, t0: int, b: int) -> tuple[float, float]:
        """(margin, cosine) of one bead, for its confidence."""
        vs = self.src_vec(s0, s0 + a)
        vt = self.tgt_vecs(np.array([t0]), b)[0]
        cos = float(vt @ vs)
        mu = 0.5 * ((self.Ms[s0 + a] - self.Ms[s0]) / a + (self.Mt[t0 + b] - self.Mt[t0]) / b)
        return cos - mu, cos

    def gains(self, s0: int, a: int, t0s: np.ndarray, b: int) -> np.ndarray:
        """Gain of beads (s0..s0+a) ↔ (t0..t0+b) for every t0 in t0s.

        Each sentence of the bead contributes its margin against the *other side as a
        whole*: sum over x in A of m(x, V_B) plus sum over y in B of m(y, V_A), halved
        (for a 1-1 bead this is just m(x, y)).  A sentence wrongly merged into a bead
        brings its own negative margin instead of being averaged away.
        """
        key = (s0, a, b, int(t0s[0]), len(t0s)) if len(t0s) else None
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        p = self.p
        s1 = s0 + a
        vs = self.src_vec(s0, s1)                       # V_A
        Vt = self.tgt_vecs(t0s, b)                      # V_B for every candidate
        mu_a = (self.Ms[s1] - self.Ms[s0]) / a          # μ of V_A ≈ mean μ of its parts
        mu_sum_b = self.Mt[t0s + b] - self.Mt[t0s]
        mu_b = mu_sum_b / b
        if a == 1 and b == 1:
            evidence = Vt @ vs - 0.5 * (mu_a + mu_b)
        else:
            sum_a = self._sums("s", a)[0][s0]                      # Σ x (unnormalised)
            sum_b = self._sums("t", b)[0][t0s]                      # Σ y
            ev_a = Vt @ sum_a - 0.5 * ((self.Ms[s1] - self.Ms[s0]) + a * mu_b)
            ev_b = sum_b @ vs - 0.5 * (mu_sum_b + b * mu_a)
            evidence = 0.5 * (ev_a + ev_b)
        ls = self.Ls[s1] - self.Ls[s0]
        lt = self.Lt[t0s + b] - self.Lt[t0s]
        dev = np.log((lt + 20.0) / (ls + 20.0)) - self.log_ratio
        gain = evidence - p.length_weight * dev * dev
        if p.number_weight:
            ns = frozenset().union(*self.nums_s[s0:s1])
            if ns:
                agree = np.zeros(len(t0s))
                tn = self.tgt_numbers(b)
                for k, t0 in enumerate(t0s):
                    nt = tn[t0]
                    if nt:
                        agree[k] = len(ns & nt) / len(ns | nt) - 0.5
                gain = gain + p.number_weight * agree
        if a == 1 and b == 1 and p.heading_bonus and self.words_s[s0] <= p.heading_words:
            ns = self.nums_s[s0]
            if ns:
                heading = np.zeros(len(t0s))
                for k, t0 in enumerate(t0s.tolist()):
                    nt = self.nums_t[t0]
                    if nt and self.words_t[t0] <= p.heading_words:
                        heading[k] = 1.0 if nt == ns else (-1.0 if not nt & ns else 0.0)
                gain = gain + p.heading_bonus * heading
        if (a, b) != (1, 1):
            gain = gain - self.penalty(a, b)
            if p.block_penalty:
                cross = (self.blocks_t[t0s + b - 1] != self.blocks_t[t0s]).astype(float)
                cross += float(self.blocks_s[s1 - 1] != self.blocks_s[s0])
                gain = gain - p.block_penalty * cross
        if key is not None:
            self._memo[key] = gain.astype(np.float32)
        return gain

    def length_dev(self, span) -> float:
        """Squared deviation of a bead's log length ratio from the document's."""
        s0, s1, t0, t1 = span
        ls, lt = self.Ls[s1] - self.Ls[s0], self.Lt[t1] - self.Lt[t0]
        dev = math.log((lt + 20.0) / (ls + 20.0)) - self.log_ratio
        return dev * dev

    def penalty(self, a: int, b: int) -> float:
        p = self.p
        if a == b == 2:
            return p.penalty_22
        big = max(a, b)
        return p.penalty_12 if big == 2 else p.penalty_13 * (big - 2)


def _cuts(texts: Sequence[str], penalty: float) -> np.ndarray:
    """Penalty for a bead starting at line i: line i-1 is unfinished (no final stop) and line i
    starts in lower case, so the boundary would fall inside a sentence the splitter cut."""
    cut = np.zeros(len(texts) + 1)
    if penalty:
        for i in range(1, len(texts)):
            if texts[i].lstrip()[:1].islower() and not texts[i - 1].rstrip().endswith(_STOP_END):
                cut[i] = penalty
    return cut


def _dp(n: int, m: int, lo, hi, scorer: _Scorer, types, p: AlignParams, cut_s=None):
    NEG = -1e18
    cut_s = np.zeros(n + 1) if cut_s is None else cut_s
    D = [None] * (n + 1)
    B = [None] * (n + 1)
    cells = 0
    for i in range(n + 1):
        L, H = int(lo[i]), int(hi[i])
        width = H - L + 1
        cells += width
        row = np.full(width, NEG)
        back = np.full(width, -1, np.int8)
        if i == 0:
            row[0 - L] = 0.0 if L == 0 else NEG
        js = np.arange(L, H + 1)
        for ti, (a, b) in enumerate(types):
            if a == 0 or a > i:
                continue
            pl, ph = int(lo[i - a]), int(hi[i - a])
            pj = js - b
            ok = (pj >= pl) & (pj <= ph) & (pj >= 0)
            if not ok.any():
                continue
            idx = np.nonzero(ok)[0]
            prev = D[i - a][pj[idx] - pl]
            if b == 0:
                g = np.full(len(idx), p.skip * a)
            else:
                g = scorer.gains(i - a, a, pj[idx], b)
            cand = prev + g - cut_s[i - a]
            better = cand > row[idx]
            row[idx[better]] = cand[better]
            back[idx[better]] = ti
        # 0-1 beads: moves inside the row, a running maximum
        ti01 = types.index((0, 1))
        k = np.arange(width)
        base = row - k * p.skip
        run = np.maximum.accumulate(base)
        via = run + k * p.skip
        take = via > row + 1e-12
        row = np.where(take, via, row)
        back = np.where(take, ti01, back)
        D[i] = row
        B[i] = back
    # backtrack
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        ti = int(B[i][j - int(lo[i])])
        if ti < 0:
            raise RuntimeError("alignment search failed (no path inside the window)")
        a, b = types[ti]
        beads.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    return beads[::-1], cells


def align_vectors(S: np.ndarray, T: np.ndarray, src_texts: Sequence[str], tgt_texts: Sequence[str],
                  params: Optional[AlignParams] = None,
                  embed: Optional[Callable[[list[str]], np.ndarray]] = None,
                  stats: Optional[AlignStats] = None,
                  blocks: Optional[tuple[Sequence[int], Sequence[int]]] = None) -> list[Bead]:
    """Align sentence vectors ``S`` (n×d) and ``T`` (m×d), L2-normalised.

    ``src_texts``/``tgt_texts`` give lengths and numbers; ``embed`` (optional) embeds
    concatenated texts for the refinement pass; ``blocks`` gives each sentence's block
    (paragraph) id on both sides, so that beads rarely cross a block boundary.
    """
    import time
    p = params or AlignParams()
    stats = stats if stats is not None else AlignStats()
    n, m = len(src_texts), len(tgt_texts)
    stats.n_source, stats.n_target = n, m
    if n == 0 or m == 0:
        return ([Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)])
    t_start = time.perf_counter()
    S = np.asarray(S, np.float32)
    T = np.asarray(T, np.float32)
    k = max(1, min(p.knn, m, n))
    mu_s, mu_t, row_best_j, row_best_v, col_best_i = _knn_means(S, T, k, p.band_min)
    # anchors: mutual best matches with a positive margin
    cand = []
    for i in range(n):
        j = int(row_best_j[i])
        if j >= 0 and col_best_i[j] == i:
            margin = float(row_best_v[i]) - 0.5 * (mu_s[i] + mu_t[j])
            if margin > 0.0 or k == 1:
                cand.append((i, j, margin))
    anchors = _lis(cand)
    stats.anchors = len(anchors)
    lo, hi = _window(n, m, anchors, p)
    len_s = np.array([len(t) for t in src_texts], np.float64)
    len_t = np.array([len(t) for t in tgt_texts], np.float64)
    nums_s = [_numbers(t, p.heading_words) for t in src_texts]
    nums_t = [_numbers(t, p.heading_words) for t in tgt_texts]
    words_s = [len(t.split()) for t in src_texts]
    words_t = [len(t.split()) for t in tgt_texts]
    scorer = _Scorer(S, T, mu_s, mu_t, len_s, len_t, nums_s, nums_t, p,
                     *(blocks if blocks is not None else (None, None)), words_s=words_s, words_t=words_t)
    types = bead_types(p.max_bead)
    spans, cells = _dp(n, m, lo, hi, scorer, types, p, _cuts(src_texts, p.cut_penalty))
    stats.cells = cells
    if p.refine and embed is not None:
        need_s, need_t = set(), set()
        for k_, (s0, s1, t0, t1) in enumerate(spans):
            if s1 - s0 > 1:
                need_s.add((s0, s1))
            if t1 - t0 > 1:
                need_t.add((t0, t1))
            if s1 == s0 or t1 == t0:          # a null bead: could it be part of a merge?
                for nb in (k_ - 1, k_ + 1):
                    if 0 <= nb < len(spans):
                        ns0, ns1, nt0, nt1 = spans[nb]
                        if ns1 - ns0 >= 1 and nt1 - nt0 >= 1:
                            if s1 == s0:        # extra target sentence(s)
                                a, b = min(t0, nt0), max(t1, nt1)
                                if b - a <= p.max_bead:
                                    need_t.add((a, b))
                            else:
                                a, b = min(s0, ns0), max(s1, ns1)
                                if b - a <= p.max_bead:
                                    need_s.add((a, b))
        need_s = sorted(need_s)
        need_t = sorted(need_t)
        if need_s or need_t:
            t_enc = time.perf_counter()
            texts = [" ".join(src_texts[a:b]) for a, b in need_s] + [" ".join(tgt_texts[a:b]) for a, b in need_t]
            vecs = np.asarray(embed(texts), np.float32)
            stats.seconds_encode += time.perf_counter() - t_enc
            t_start += time.perf_counter() - t_enc      # do not count encoding as alignment time
            stats.extra_texts += len(texts)
            scorer.set_overrides({span: v.astype(np.float64) for span, v in zip(need_s, vecs[:len(need_s)])},
                                 {span: v.astype(np.float64) for span, v in zip(need_t, vecs[len(need_s):])})
            spans, cells2 = _dp(n, m, lo, hi, scorer, types, p, _cuts(src_texts, p.cut_penalty))
            stats.cells += cells2
    best_margin = _BestMargin(S, T, mu_s, mu_t, lo, hi)
    if p.review_wide and p.max_bead >= 3:
        # the review may form beads one sentence wider than the search (a Pashto sentence cut
        # in four beside one English); a search narrowed below the default stays that narrow
        types = types + [t for t in ((1, 4), (4, 1), (2, 3), (3, 2))
                         if t not in types and max(t) <= p.max_bead + 1]
    if p.review:
        spans, enc_s = _review_nulls(spans, scorer, src_texts, tgt_texts, embed, p, types, best_margin, stats)
        t_start += enc_s
    if p.review and p.split_threshold < 1.0 and embed is not None:
        spans, enc_s = _split_ends(spans, scorer, src_texts, tgt_texts, embed, p, types, best_margin, stats)
        t_start += enc_s
    if p.review and p.shift_threshold < 1.0 and embed is not None:
        spans, enc_s = _shift_pairs(spans, scorer, src_texts, tgt_texts, embed, p, types, best_margin, stats)
        t_start += enc_s
    null_features = {}
    nulls = [k for k, (s0, s1, t0, t1) in enumerate(spans) if s1 == s0 or t1 == t0]
    if embed is not None and nulls:
        t_enc = time.perf_counter()
        stats.extra_texts += len(_prefetch_edges(nulls, spans, scorer, src_texts, tgt_texts, types, embed))
        stats.seconds_encode += time.perf_counter() - t_enc
        t_start += time.perf_counter() - t_enc
    beads = []
    for k, (s0, s1, t0, t1) in enumerate(spans):
        if s1 > s0 and t1 > t0:
            mg, sim = scorer.margin(s0, s1 - s0, t0, t1 - t0)
            conf = 1.0 / (1.0 + math.exp(-(mg - p.conf_center) / p.conf_scale))
            beads.append(Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), round(conf, 4), round(sim, 4)))
        else:
            # confidence that the sentence really has no counterpart: a logistic model (fitted on
            # the tuning part of perturbed NTREX) over the best margin the sentence reaches, the
            # merges and the pairing it could belong to instead, and its shape
            f = _null_features(k, spans, scorer, src_texts, tgt_texts, p, types, best_margin)
            null_features[len(beads)] = f
            beads.append(Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), round(_null_confidence(f), 4), None))
    stats.extra["null_features"] = null_features
    stats.seconds_align += time.perf_counter() - t_start
    return beads


# ---------------------------------------------------------------------------------------------
# Null beads: is the sentence really without a counterpart?

_STOP_END = (".", "!", "?", "۔", "؟", "…", "\"", "”", "’", "'", ")", "»")
_FRAGMENT_END = (",", "،", ";", "؛", ":", "-", "–", "—")

#: logistic weights of P(null bead is real | features), fitted on the tuning part of NTREX
#: (bench/align_bench.py --part tuning --param review=False --dump-null F, then --fit-null F);
#: order of NULL_FEATURES
NULL_FEATURES = ("margin", "merge_dcos", "merge_gain", "pair_gain", "fragment", "short_fragment", "log_words",
                 "same_block", "dcos_up", "merge_len", "len_and_gain", "number_veto", "has_merge", "has_pair",
                 "lenpos_x_gain", "short", "margin_x_words", "has_edge", "edge_x", "edge_x_words", "has_rest",
                 "rest_x", "edge_own_x")
NULL_WEIGHTS = (37.802, 13.2, 9.291, 10.115, -2.973, -2.61, 0.621, 0.585, -1.259, -0.113, -6.994, 2.455, 0.954,
                -6.889, 19.225, -0.895, -32.173, -1.99, 48.652, -25.494, -2.089, -46.566, -32.368)
NULL_BIAS = 4.962


class _BestMargin:
    """The best margin a sentence reaches against the other side's sentences in its window."""

    def __init__(self, S, T, mu_s, mu_t, lo, hi):
        self.S, self.T, self.mu_s, self.mu_t, self.lo, self.hi = S, T, mu_s, mu_t, lo, hi

    def source(self, i: int) -> float:
        n, m = len(self.S), len(self.T)
        L, H = int(self.lo[min(i + 1, n)]), int(self.hi[min(i + 1, n)])
        js = np.arange(max(0, L - 2), min(m, H + 2))
        return float(np.max(self.T[js] @ self.S[i] - 0.5 * (self.mu_s[i] + self.mu_t[js]))) if len(js) else -1.0

    def target(self, j: int) -> float:
        n = len(self.S)
        rows = np.nonzero((self.lo - 2 <= j) & (j <= self.hi + 2))[0]
        ii = np.arange(max(0, int(rows.min()) - 1), min(n, int(rows.max()) + 1)) if len(rows) else np.arange(0)
        return float(np.max(self.S[ii] @ self.T[j] - 0.5 * (self.mu_s[ii] + self.mu_t[j]))) if len(ii) else -1.0


def _pull(texts, x: int) -> int:
    """+1 when line ``x`` continues into the next one (unfinished: a comma-ended opener, no
    final stop), -1 when it continues the previous one (it starts in lower case after an
    unfinished line), 0 when both or neither."""
    text = texts[x].strip()
    prev_open = x > 0 and not texts[x - 1].rstrip().endswith(_STOP_END)
    cont_prev = prev_open and text[:1].islower()
    cont_next = not text.endswith(_STOP_END)
    return int(cont_next) - int(cont_prev)


def _glue_back(k: int, spans, src_texts, tgt_texts, types):
    """The merge of null bead ``k`` into the bead before it when its line continues that bead's
    last line (which is unfinished, and this one starts in lower case), else None."""
    s0, s1, t0, t1 = spans[k]
    src_null = s1 > s0
    texts, x = (src_texts, s0) if src_null else (tgt_texts, t0)
    if k == 0 or not texts[x].lstrip()[:1].islower() or texts[x - 1].rstrip().endswith(_STOP_END):
        return None
    for kind, nb, lo_, hi_, new in _candidates(k, spans, types):
        if kind == "merge" and nb == k - 1:
            return kind, nb, lo_, hi_, new
    return None


def _same_side_null(x, y) -> bool:
    return (x[1] > x[0] and x[3] == x[2] and y[1] > y[0] and y[3] == y[2]) or \
        (x[1] == x[0] and x[3] > x[2] and y[1] == y[0] and y[3] > y[2])


def _shape_ok(a: int, b: int, types) -> bool:
    return (a, b) in types


def _candidates(k: int, spans, types):
    """Alternatives that absorb null bead ``k``: merged into a neighbour bead (2-1, 3-1, 1-2,
    2-2 …) or paired 1-1 with a neighbouring null bead of the other side.
    Yields (kind, first index, last index + 1, new span)."""
    s0, s1, t0, t1 = spans[k]
    src_null = s1 > s0
    for nb in (k - 1, k + 1):
        if not 0 <= nb < len(spans):
            continue
        ns0, ns1, nt0, nt1 = spans[nb]
        lo_, hi_ = min(k, nb), max(k, nb) + 1
        if ns1 > ns0 and nt1 > nt0:
            new = (min(s0, ns0), max(s1, ns1), min(t0, nt0), max(t1, nt1))
            if _shape_ok(new[1] - new[0], new[3] - new[2], types):
                yield "merge", nb, lo_, hi_, new
        elif src_null and ns1 == ns0 and nt1 > nt0 or (not src_null and ns1 > ns0 and nt1 == nt0):
            new = (min(s0, ns0), max(s1, ns1), min(t0, nt0), max(t1, nt1))
            if new[1] - new[0] == 1 and new[3] - new[2] == 1:
                yield "pair", nb, lo_, hi_, new


def _side_vec(scorer, side: str, a: int, b: int) -> np.ndarray:
    if side == "s":
        return scorer.src_vec(a, b)
    return scorer.tgt_vecs(np.array([a]), b - a)[0]


def _gain(scorer, span) -> float:
    s0, s1, t0, t1 = span
    return float(scorer.gains(s0, s1 - s0, np.array([t0]), t1 - t0)[0])


def _edge_key(k: int, nb: int, spans, scorer, src_texts, tgt_texts):
    """The edge of neighbour bead ``nb``'s other side that would hold null bead ``k``'s
    translation if the two were one merge: its first words when the null sentence comes before
    the neighbour, its last words when it comes after, as many words as the sentence's
    translation would have (document word ratio).  Returns (key, text) or None when the other
    side is no longer than that (the edge would be the whole side, already scored)."""
    s0, s1, t0, t1 = spans[k]
    ns0, ns1, nt0, nt1 = spans[nb]
    src_null = s1 > s0
    text = src_texts[s0] if src_null else tgt_texts[t0]
    other = " ".join(tgt_texts[nt0:nt1]) if src_null else " ".join(src_texts[ns0:ns1])
    ratio = scorer.word_ratio if src_null else 1.0 / scorer.word_ratio
    want = max(1, round(len(text.split()) * ratio))
    words = other.split()
    at_start = nb == k + 1
    if getattr(getattr(scorer, "p", None), "edge_snap", True):
        want = _snap_edge(words, want, at_start)
    if want >= len(words) - 1:
        return None
    edge = " ".join(words[:want] if at_start else words[-want:])
    side = "t" if src_null else "s"
    return (side, nt0 if src_null else ns0, nt1 if src_null else ns1, want, at_start), edge


_SENT_END = (".", "!", "?", "۔", "؟", "…")
_CLOSERS = "\"'”’»)\u200e\u200f"


def _snap_edge(words: list[str], want: int, at_start: bool) -> int:
    """The edge length moved to a sentence end inside the other side (a word ending in a final
    stop, closing quotes aside) when one lies within a factor of two of ``want`` words: a merge's
    other side is often two sentences, and the one that translates the null sentence ends
    there; the word-ratio estimate cuts it a few words short or long."""
    best, best_d = want, None
    for c in range(1, len(words)):
        w = words[c - 1] if at_start else words[len(words) - c - 1]
        if not w.rstrip(_CLOSERS).endswith(_SENT_END):
            continue
        if not any(ch.isalpha() for ch in "".join(words[c:] if at_start else words[:len(words) - c])):
            continue                   # only marks after the stop: the end of the side, not a sentence end
        d = abs(math.log(c / want))
        if d <= math.log(2.0) and (best_d is None or d < best_d):
            best, best_d = c, d
    return best


def _edge_rest(k: int, nb: int, spans, scorer, src_texts, tgt_texts):
    """The neighbour's other side without that edge: (key, text) or None (see ``_edge_key``)."""
    got = _edge_key(k, nb, spans, scorer, src_texts, tgt_texts)
    if got is None:
        return None
    key, edge = got
    words = (" ".join(tgt_texts[key[1]:key[2]]) if key[0] == "t" else " ".join(src_texts[key[1]:key[2]])).split()
    want, at_start = key[3], key[4]
    return key + ("rest",), " ".join(words[want:] if at_start else words[:-want])


def _edge_features(f: dict, k: int, nb: int, spans, scorer, src_texts, tgt_texts) -> None:
    """How close the null sentence is to the edge of the neighbour's other side (real
    embeddings): a sentence the translator joined to its neighbour is translated right there, a
    dropped or inserted one is not (its similarity stays at the level of a related sentence)."""
    got = _edge_key(k, nb, spans, scorer, src_texts, tgt_texts)
    if got is None or got[0] not in scorer.edges:
        return
    key = got[0]
    s0, s1, t0, t1 = spans[k]
    ns0, ns1, nt0, nt1 = spans[nb]
    src_null = s1 > s0
    x = scorer.S[s0] if src_null else scorer.T[t0]
    mu = scorer.mu_s[s0] if src_null else scorer.mu_t[t0]
    full = _side_vec(scorer, "t", nt0, nt1) if src_null else _side_vec(scorer, "s", ns0, ns1)
    e = scorer.edges[key]
    rest = scorer.edges.get(key + ("rest",))
    if rest is not None:
        # the neighbour's own side against the other side without the edge: a merge's other side
        # loses the null sentence's translation (closer), a dropped sentence's loses part of the
        # neighbour's own translation (further)
        alone = _side_vec(scorer, "s", ns0, ns1) if src_null else _side_vec(scorer, "t", nt0, nt1)
        f["rest_gain"] = max(f.get("rest_gain", -0.1), float(rest @ alone - full @ alone))
    f["has_edge"] = 1.0
    # is the edge closer to the null sentence than to the neighbour's own side?  A merged sentence's
    # translation is (the edge is its translation); a dropped one's neighbour owns the edge
    own = _side_vec(scorer, "s", ns0, ns1) if src_null else _side_vec(scorer, "t", nt0, nt1)
    f["edge_own"] = max(f.get("edge_own", -1.0), float(e @ x) - float(e @ own))
    f["edge_margin"] = max(f["edge_margin"], float(e @ x) - float(mu))
    f["edge_gain"] = max(f["edge_gain"], float(e @ x) - float(full @ x))


def _merge_edges_needed(k, spans, scorer, src_texts, tgt_texts, types, need: dict) -> None:
    """Add to ``need`` (key -> text) the edges not yet embedded that null bead ``k``'s merge
    candidates are rated with: the merged neighbour and the rest of its bead."""
    for kind, nb, _lo, _hi, _new in _candidates(k, spans, types):
        if kind != "merge":
            continue
        for got in (_edge_key(k, nb, spans, scorer, src_texts, tgt_texts),
                    _edge_rest(k, nb, spans, scorer, src_texts, tgt_texts)):
            if got is not None and got[0] not in scorer.edges:
                need[got[0]] = got[1]


def _prefetch_edges(nulls, spans, scorer, src_texts, tgt_texts, types, embed) -> list[str]:
    """Embed (in one batch) the neighbour edges every null bead's merge candidates need."""
    need = {}
    for k in nulls:
        _merge_edges_needed(k, spans, scorer, src_texts, tgt_texts, types, need)
    if need and embed is not None:
        vecs = np.asarray(embed(list(need.values())), np.float32)
        for key, v in zip(need, vecs):
            scorer.edges[key] = v / (np.linalg.norm(v) + 1e-12)
    return list(need.values())


def _null_features(k, spans, scorer, src_texts, tgt_texts, p, types, best_margin) -> dict:
    s0, s1, t0, t1 = spans[k]
    src_null = s1 > s0
    text = src_texts[s0] if src_null else tgt_texts[t0]
    words = len(text.split())
    stripped = text.rstrip()
    f = {"margin": best_margin.source(s0) if src_null else best_margin.target(t0),
         "merge_dcos": -0.2, "merge_gain": -0.2, "pair_gain": -0.2,
         "short": 1.0 if words <= 5 else 0.0,
         "fragment": 1.0 if stripped.endswith(_FRAGMENT_END) or not stripped.endswith(_STOP_END) else 0.0,
         "log_words": math.log(1 + words), "has_merge": 0.0, "merge_len": -1.0, "best": None,
         "number_veto": 0.0, "has_edge": 0.0, "edge_margin": -0.1, "edge_gain": -0.1,
         "rest_gain": -0.1}
    f["short_fragment"] = f["short"] * f["fragment"]
    # the sentence shares its paragraph with a neighbour it could merge into (running text: the
    # splitter may have cut one sentence of the other side in two)
    blocks = scorer.blocks_s if src_null else scorer.blocks_t
    x = s0 if src_null else t0
    f["same_block"] = float(any(0 <= y < len(blocks) and blocks[y] == blocks[x] for y in (x - 1, x + 1)))
    best_key = None
    own_nums = _number_parts(text) if p.number_veto else frozenset()
    merges = conflicts = 0
    for kind, nb, lo_, hi_, new in _candidates(k, spans, types):
        if kind == "merge":
            ns0, ns1, nt0, nt1 = spans[nb]
            merges += 1
            if own_nums:
                # a sentence merged into a bead says its numbers there: when none of them is on
                # the other side (which has numbers of its own), the sentence is less likely part
                # of it (a feature of the model, not a veto: numbers can be written differently)
                other = " ".join(tgt_texts[nt0:nt1]) if src_null else " ".join(src_texts[ns0:ns1])
                other_nums = _number_parts(other)
                if other_nums and not own_nums & other_nums:
                    conflicts += 1
            side, other = ("s", "t") if src_null else ("t", "s")
            merged = _side_vec(scorer, side, *((new[0], new[1]) if src_null else (new[2], new[3])))
            alone = _side_vec(scorer, side, *((ns0, ns1) if src_null else (nt0, nt1)))
            vo = _side_vec(scorer, other, *((nt0, nt1) if src_null else (ns0, ns1)))
            dcos = float(merged @ vo - alone @ vo)
            dg = _gain(scorer, new) - _gain(scorer, spans[nb]) - p.skip
            # does the length ratio fit better with the sentence merged in than without it?
            f["merge_len"] = max(f["merge_len"], min(1.0, scorer.length_dev(spans[nb]) - scorer.length_dev(new)))
            f["has_merge"] = 1.0
            _edge_features(f, k, nb, spans, scorer, src_texts, tgt_texts)
            f["merge_dcos"] = max(f["merge_dcos"], min(dcos, 0.2))
            f["merge_gain"] = max(f["merge_gain"], min(dg, 0.2))
            key = dg + dcos
            pull = _pull(src_texts if src_null else tgt_texts, s0 if src_null else t0)
            key += p.fragment_pull * pull * (1 if nb == k + 1 else -1)
        else:
            g = _gain(scorer, new) - 2 * p.skip
            f["pair_gain"] = max(f["pair_gain"], min(g, 0.2))
            key = g
        if best_key is None or key > best_key:
            best_key, f["best"] = key, (kind, nb, lo_, hi_, new)
    f["number_veto"] = conflicts / merges if merges else 0.0    # share of the merges whose numbers disagree
    return _derived_features(f)


def _derived_features(f: dict) -> dict:
    """The features the null model reads that are built from the measured ones (indicators and
    interactions); ``f`` has margin, merge_dcos, merge_gain, merge_len, pair_gain, log_words."""
    f["has_pair"] = float(f["pair_gain"] > -0.2)        # a 1-1 with a null of the other side was possible
    # how close the sentence comes to the edge of a neighbour's other side (0 when no edge was
    # embedded), and the same weighed by its length (a longer sentence's closeness says more)
    f.setdefault("has_edge", 0.0)
    f["edge_x"] = f["has_edge"] * f.get("edge_margin", 0.0)
    f["edge_x_words"] = f["edge_x"] * f["log_words"]
    f["edge_own_x"] = f["has_edge"] * max(-0.3, f.get("edge_own", 0.0))   # 0 in old dumps (not measured)
    # the neighbour's own side against the other side without that edge, minus against all of it
    # (0 when not embedded): a dropped sentence's edge is part of the neighbour's translation
    f["has_rest"] = float(f.setdefault("rest_gain", -0.1) > -0.1)
    f["rest_x"] = f["has_rest"] * f["rest_gain"]
    # the merge fits the length ratio better, weighed by what it gains or costs in margin
    f["lenpos_x_gain"] = max(0.0, f["merge_len"]) * f["merge_gain"] * 10.0
    f["margin_x_words"] = f["margin"] * f["log_words"]  # a short sentence's margin says less
    f["dcos_up"] = float(f["merge_dcos"] > 0)        # the concatenation is closer than the neighbour alone
    # the merge fits the length ratio better *and* costs (almost) nothing in margin: a sentence the
    # translator split in two (running text), not a sentence without counterpart
    f["len_and_gain"] = max(0.0, f["merge_len"]) * max(0.0, 0.03 + f["merge_gain"]) * 100.0
    return f


_DIGIT_FOLD = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def _number_parts(text: str) -> frozenset[str]:
    """The integer parts of every number in ``text``, digits of any script and numbers in words
    (5.30pm ↔ ۵:۳۰, 2.8 ↔ ۲،۸ and 2,800 ↔ 2800 share parts), for the merge veto."""
    folded = text.translate(_DIGIT_FOLD)
    digits = _numbers(folded)
    parts = set()
    for v in digits:
        parts.update(x.lstrip("0") or "0" for x in re.findall(r"\d+", v))
        parts.add(re.sub(r"\D", "", v).lstrip("0") or "0")
    # numbers in words, but not one (یو / یوه / a, first): an article more often than a count
    parts.update(v for v in _numbers(folded, 10 ** 6) - digits if v not in ("0", "1"))
    return frozenset(parts)


def _null_confidence(f: dict) -> float:
    z = NULL_BIAS + sum(w * f[name] for name, w in zip(NULL_FEATURES, NULL_WEIGHTS))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _split_ends(spans, scorer, src_texts, tgt_texts, embed, p, types, best_margin, stats):
    """A dropped (or inserted) sentence the search merged into its neighbour's 2-1 / 1-2 bead: each
    end sentence of the two-sentence side is held apart as a null bead beside the rest, and the null
    model rates it (the merge it would rejoin is that bead); split off where it rates the sentence
    without counterpart at ``split_threshold`` or more (the better end when both do).  Returns
    (spans, seconds spent encoding)."""
    cands = []
    for k, (s0, s1, t0, t1) in enumerate(spans):
        a, b = s1 - s0, t1 - t0
        if sorted((a, b)) != [1, 2] or (b == 2 and not p.split_target):
            continue
        for first in (True, False):
            if a == 2:
                x = s0 if first else s1 - 1
                null, rest = ((x, x + 1, t0, t0), (s0 + 1, s1, t0, t1)) if first else ((x, x + 1, t1, t1), (s0, s1 - 1, t0, t1))
            else:
                x = t0 if first else t1 - 1
                null, rest = ((s0, s0, x, x + 1), (s0, s1, t0 + 1, t1)) if first else ((s1, s1, x, x + 1), (s0, s1, t0, t1 - 1))
            texts = src_texts if a == 2 else tgt_texts
            if _pull(texts, x) == (1 if first else -1) or (first and not texts[x].rstrip().endswith(_STOP_END)):
                continue               # a piece of a cut sentence (unfinished, or a lower-case continuation)
            new = spans[:k] + ([null, rest] if first else [rest, null]) + spans[k + 1:]
            cands.append((k, new, k if first else k + 1))
    # only ends the model already rates at least even without the edge are worth an encoder text
    cands = [c for c in cands if _null_confidence(_null_features(c[2], c[1], scorer, src_texts, tgt_texts, p, types,
                                                                 best_margin)) >= p.split_prefilter]
    if not cands:
        return spans, 0.0
    need, enc_s = {}, 0.0
    for k, new, kn in cands:
        # the edges of every merge the held-apart sentence could rejoin (the rest of its bead and the
        # neighbour on its other side): the model rates it as it will rate the null bead it becomes
        _merge_edges_needed(kn, new, scorer, src_texts, tgt_texts, types, need)
    enc_s = _embed_edges(need, scorer, embed, stats)
    best: dict[int, tuple[float, list]] = {}
    for k, new, kn in cands:
        conf = _null_confidence(_null_features(kn, new, scorer, src_texts, tgt_texts, p, types, best_margin))
        if conf >= p.split_threshold and conf > best.get(k, (0.0, None))[0]:
            best[k] = (conf, new[k:k + 2])
    for k in sorted(best, reverse=True):
        spans[k:k + 1] = best[k][1]
    return spans, enc_s


def _embed_spans(spans_needed, scorer, src_texts, tgt_texts, embed, stats) -> float:
    """Real embeddings of these many-sentence spans (s0, s1, t0, t1) not embedded yet; seconds spent."""
    import time
    need_s = sorted({(a, b) for a, b, _c, _d in spans_needed if b - a > 1 and (a, b) not in scorer.override_s})
    need_t = sorted({(c, d) for _a, _b, c, d in spans_needed if d - c > 1 and (c, d) not in scorer.override_t})
    if not need_s and not need_t:
        return 0.0
    t_enc = time.perf_counter()
    texts = [" ".join(src_texts[a:b]) for a, b in need_s] + [" ".join(tgt_texts[a:b]) for a, b in need_t]
    vecs = np.asarray(embed(texts), np.float32)
    enc_s = time.perf_counter() - t_enc
    stats.seconds_encode += enc_s
    stats.extra_texts += len(texts)
    scorer.set_overrides({sp: v.astype(np.float64) for sp, v in zip(need_s, vecs[:len(need_s)])},
                         {sp: v.astype(np.float64) for sp, v in zip(need_t, vecs[len(need_s):])})
    return enc_s


def _embed_edges(need: dict, scorer, embed, stats) -> float:
    """Embed these edge texts (key → text) into ``scorer.edges``; seconds spent."""
    if not need:
        return 0.0
    import time
    t_enc = time.perf_counter()
    vecs = np.asarray(embed(list(need.values())), np.float32)
    enc_s = time.perf_counter() - t_enc
    stats.seconds_encode += enc_s
    stats.extra_texts += len(need)
    for key, v in zip(need, vecs):
        scorer.edges[key] = v / (np.linalg.norm(v) + 1e-12)
    return enc_s


def _shift_pairs(spans, scorer, src_texts, tgt_texts, embed, p, types, best_margin, stats):
    """A dropped (or inserted) sentence beside a line that joins two sentences: the search pairs it
    1-1 with the first (or last) sentence of that line's translation, and the line with the rest
    (two 1-1 beads, no null bead to review).  For two neighbouring 1-1 beads, one of them weak
    (confidence below ``shift_prefilter``), the alternatives where its sentence has no counterpart
    and its partner joins the other bead (1-0 + 1-2, 1-2 + 1-0, 0-1 + 2-1, 2-1 + 0-1) are rated by
    the null model (the joined bead and the edges embedded); the best one at ``shift_threshold`` or
    above that also gains in the search's own terms replaces the two beads.  Returns (spans,
    seconds spent encoding)."""
    def conf(span):
        s0, s1, t0, t1 = span
        mg, _ = scorer.margin(s0, s1 - s0, t0, t1 - t0)
        return 1.0 / (1.0 + math.exp(-(mg - p.conf_center) / p.conf_scale))
    one = [x[1] - x[0] == 1 and x[3] - x[2] == 1 for x in spans]
    weak = [one[k] and conf(spans[k]) < p.shift_prefilter for k in range(len(spans))]
    cands = []
    for k in range(len(spans) - 1):
        if not (one[k] and one[k + 1]):
            continue
        A, B = spans[k], spans[k + 1]
        if weak[k]:
            cands.append((k, 0, [(A[0], A[1], A[2], A[2]), (B[0], B[1], A[2], B[3])]))   # 1-0 + 1-2
            cands.append((k, 0, [(A[0], A[0], A[2], A[3]), (A[0], B[1], B[2], B[3])]))   # 0-1 + 2-1
        if weak[k + 1]:
            cands.append((k, 1, [(A[0], A[1], A[2], B[3]), (B[0], B[1], B[3], B[3])]))   # 1-2 + 1-0
            cands.append((k, 1, [(A[0], B[1], A[2], A[3]), (B[1], B[1], B[2], B[3])]))   # 2-1 + 0-1
    cands = [c for c in cands if all(_shape_ok(x[1] - x[0], x[3] - x[2], types) for x in c[2] if x[1] > x[0] and x[3] > x[2])]
    if not cands:
        return spans, 0.0
    enc_s = _embed_spans([x for c in cands for x in c[2]], scorer, src_texts, tgt_texts, embed, stats)
    scored = []
    for k, which, pair in cands:
        new = spans[:k] + pair + spans[k + 2:]
        kn = k + which
        joined, kept = _gain(scorer, pair[1 - which]), _gain(scorer, spans[k + 1 - which])
        if joined - kept < p.shift_join:
            continue                   # the partner does not belong to the neighbour's bead
        scored.append((k, new, kn, joined + p.skip - kept - _gain(scorer, spans[k + which])))
    # only alternatives the model already rates at least even without the edges get edge texts
    scored = [x for x in scored if x[3] >= p.shift_gain and _null_confidence(
        _null_features(x[2], x[1], scorer, src_texts, tgt_texts, p, types, best_margin)) >= p.split_prefilter]
    need = {}
    for _k, new, kn, _dg in scored:
        for kind, nb, _lo, _hi, _new in _candidates(kn, new, types):
            if kind == "merge":
                for got in (_edge_key(kn, nb, new, scorer, src_texts, tgt_texts),
                            _edge_rest(kn, nb, new, scorer, src_texts, tgt_texts)):
                    if got is not None and got[0] not in scorer.edges:
                        need[got[0]] = got[1]
    enc_s += _embed_edges(need, scorer, embed, stats)
    best: dict[int, tuple[float, list]] = {}
    for k, new, kn, dg in scored:
        if dg < p.shift_gain:
            continue
        c = _null_confidence(_null_features(kn, new, scorer, src_texts, tgt_texts, p, types, best_margin))
        if c >= p.shift_threshold and c > best.get(k, (0.0, None))[0]:
            best[k] = (c, new[k:k + 2])
    taken: set[int] = set()
    chosen = []
    for k in sorted(best, key=lambda x: -best[x][0]):
        if taken & {k, k + 1}:
            continue                   # two candidates share a bead: the more confident one
        taken |= {k, k + 1}
        chosen.append(k)
    for k in sorted(chosen, reverse=True):
        spans[k:k + 2] = best[k][1]
    return spans, enc_s


def _review_nulls(spans, scorer, src_texts, tgt_texts, embed, p, types, best_margin, stats):
    """Before a 1-0 / 0-1 bead is final, test the merges it could belong to (with real
    embeddings of the concatenations) and the 1-1 pairing with a null bead of the other
    side beside it; absorb it where it is more likely a merge or a loose translation than a
    real omission or addition.  Returns (spans, seconds spent encoding)."""
    import time
    enc_s = 0.0
    spans = list(spans)
    for _round in range(p.review_rounds):
        nulls = [k for k, (s0, s1, t0, t1) in enumerate(spans) if s1 == s0 or t1 == t0]
        if not nulls:
            break
        if embed is not None:              # real embeddings of every concatenation a candidate needs
            need_s, need_t = set(), set()
            for k in nulls:
                for kind, nb, lo_, hi_, new in _candidates(k, spans, types):
                    for span in (new, spans[nb]):
                        if span[1] - span[0] > 1 and (span[0], span[1]) not in scorer.override_s:
                            need_s.add((span[0], span[1]))
                        if span[3] - span[2] > 1 and (span[2], span[3]) not in scorer.override_t:
                            need_t.add((span[2], span[3]))
            need_s, need_t = sorted(need_s), sorted(need_t)
            if need_s or need_t:
                t_enc = time.perf_counter()
                texts = [" ".join(src_texts[a:b]) for a, b in need_s] + [" ".join(tgt_texts[a:b]) for a, b in need_t]
                vecs = np.asarray(embed(texts), np.float32)
                enc_s += time.perf_counter() - t_enc
                stats.seconds_encode += time.perf_counter() - t_enc
                stats.extra_texts += len(texts)
                scorer.set_overrides({sp: v.astype(np.float64) for sp, v in zip(need_s, vecs[:len(need_s)])},
                                     {sp: v.astype(np.float64) for sp, v in zip(need_t, vecs[len(need_s):])})
            t_enc = time.perf_counter()
            stats.extra_texts += len(_prefetch_edges(nulls, spans, scorer, src_texts, tgt_texts, types, embed))
            enc_s += time.perf_counter() - t_enc
            stats.seconds_encode += time.perf_counter() - t_enc
        moves = []
        feats = {k: _null_features(k, spans, scorer, src_texts, tgt_texts, p, types, best_margin) for k in nulls}
        confs = {k: _null_confidence(f) for k, f in feats.items()}
        for k in nulls:
            f, conf = feats[k], confs[k]
            if p.glue and conf >= p.null_threshold:
                back = _glue_back(k, spans, src_texts, tgt_texts, types)
                if back is not None:
                    moves.append((-1.0, back))    # a piece the splitter cut off its sentence: joins it
                    continue
            if conf < p.null_threshold and f["best"] is not None:
                if f["fragment"] and k + 1 in confs and _same_side_null(spans[k], spans[k + 1]) \
                        and confs[k + 1] < p.null_threshold:
                    continue               # an unfinished line before another that moves: the later one goes first
                # (when the later one stays, the unfinished line moves now: a piece the splitter cut
                # off stuck behind its still-null continuation would never be absorbed)
                moves.append((conf, f["best"]))
        if not moves:
            break
        moves.sort(key=lambda x: x[0])
        taken: set[int] = set()
        apply = []
        for conf, (kind, nb, lo_, hi_, new) in moves:
            if taken & set(range(lo_ - 1, hi_ + 1)):
                continue                   # one change per neighbourhood a round
            taken |= set(range(lo_, hi_))
            apply.append((lo_, hi_, new))
        for lo_, hi_, new in sorted(apply, reverse=True):
            spans[lo_:hi_] = [new]
    return spans, enc_s
