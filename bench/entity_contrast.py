"""Is there evidence, independent of the rules, that tells real ENTITY-MISSING findings from false ones?
(issue 11; bench/results/entity_contrast.md)

Measured on every ENTITY-MISSING verdict of the **tuning** parts (``bench/data/<corpus>_verdicts.tsv``:
first contact, also of findings that no longer fire), with the corpus line pair the verdict's English
span is on (held-out rows are never read).  Features (``bench/name_contrast.py``
computes the encoder ones):

(a) contrast by removal, with the bundled encoder: cos(English changed, Pashto) - cos(as written), the
    English changed by removing the name (``rm``), by replacing it with another name of the evaluation
    set of the same shape (``swap``: acronym for acronym, as many words; mean of three), and each divided
    by the spread of removing other single words (``rm_z``, ``swap_z``: (margin - median) / IQR of the
    control removals);
(b) the name's own embedding against Pashto windows: max cos("<name>", Pashto 1-3-word window) minus
    the mean of the same for three control names (``win``);
(c) cheap text evidence: the best sound match of a name word to a Pashto word of the sentence
    (``sound``) and of the document's other Pashto lines (``sound_doc``: a learned spelling), the
    English commonness of the name's words (``zipf_min``, ``zipf_max``), sentence-initial, number of
    words, characters, acronym, times the document's English names it (``en_doc``), a word of the name
    whose term-base rendering is in the Pashto (``meaning``), and the check's own strength where the
    finding still fires (``strength``, ``--run``).

AUC = share of (real, false) pairs where the real one scores *higher* on "missing" (the sign of each
feature is fixed in advance by what a missing name should do, not fitted); 95 % CI by bootstrap.
A combination (logistic regression on every feature) is scored by 5-fold cross-validation over documents.

    .venv/bin/python bench/entity_contrast.py --run                        # ~13 min at load 9 (6 CPU min)
    .venv/bin/python bench/entity_contrast.py --record /tmp/name_plants.json   # ~10 min: the tuning name plants
    .venv/bin/python bench/entity_contrast.py --quick --plants /tmp/name_plants.json --json /tmp/ec.json
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from auc import auc, auc_ci  # noqa: E402

from name_contrast import name_contrast  # noqa: E402

CORPORA = ("ntrex", "flores", "handwritten", "tico", "nllbseed")
CODE = "ENTITY-MISSING"


# --------------------------------------------------------------------------- the items measured

def verdict_rows() -> list:
    """ENTITY-MISSING verdicts of the tuning parts with their line pair and the name's span."""
    from verdicts import tuning_verdict_places
    out = []
    for p in tuning_verdict_places(CORPORA, lambda code: code == CODE):
        if p["en"] is None:
            continue
        d, (k, col, text) = p["doc"], p["en"]
        en = d.en[k]
        if en[col:col + len(text)] != text:       # whitespace collapsed in the key: find it near
            at = en.find(text)
            if at < 0:
                continue
            col = at
        out.append({"corpus": p["corpus"], "doc": d.unit, "key": list(p["key"]), "verdict": p["verdict"],
                    "name": text, "en": en, "ps": d.ps[k] if k < len(d.ps) else "", "span": [col, col + len(text)],
                    "line": k, "_doc": d})
    return out


def current_strength(rows: list, enc) -> None:
    """Check every document with a row; set ``strength`` (and ``confidence``) on the rows whose
    finding still fires as a warning or error."""
    from aligner.api import check_documents, make_document
    from verdicts import corpus_key, line_starts
    docs = {}
    for r in rows:
        docs.setdefault((r["corpus"], r["doc"]), (r["_doc"], []))[1].append(r)
    for (corpus, _), (doc, rs) in docs.items():
        src_text, tgt_text = "\n".join(doc.en), "\n".join(doc.ps)
        res = check_documents(make_document(src_text, "en", segmented=doc.segmented),
                              make_document(tgt_text, "ps", segmented=doc.segmented), encoder=enc)
        s_starts, t_starts = line_starts(src_text), line_starts(tgt_text)
        fired = {}
        for f in res.findings:
            if f.code == CODE:
                fired[corpus_key(corpus, doc, f, s_starts, t_starts)] = f
        for r in rs:
            f = fired.get(tuple(r["key"]))
            if f is not None:
                r["strength"] = f.strength if f.strength is not None else 1.0
                r["confidence"] = f.confidence
                r["severity"] = f.severity


PLANT_ARGS = ["--part", "tuning", "--categories", "name", "--groups", ",".join(CORPORA), "--limit", "40"]


def record_plants(out: Path) -> None:
    """Run the planted name errors of the tuning parts and write each plant's ENTITY-MISSING
    and ENTITY-MISMATCH findings (warnings and errors) with the texts of their bead and the name's span."""
    import plant_errors as pe
    records, evaluate = [], pe.evaluate

    def recording(p, **kw):
        p = evaluate(p, **kw)
        r = p.result
        for f in p.on_bead:
            if f.code not in (CODE, "ENTITY-MISMATCH") or f.severity not in ("warning", "error") or f.bead is None or f.source is None:
                continue
            b = r.beads[f.bead]
            if not b.source or not b.target:
                continue
            s = (r.source.sentences[b.source[0]].start, r.source.sentences[b.source[-1]].end)
            t = (r.target.sentences[b.target[0]].start, r.target.sentences[b.target[-1]].end)
            en = r.source.text[s[0]:s[1]]
            records.append({"corpus": "plant", "doc": f"plant{len(records)}", "verdict": "planted", "code": f.code,
                            "category": p.category, "en": en, "ps": r.target.text[t[0]:t[1]],
                            "span": [f.source.start - s[0], f.source.end - s[0]],
                            "name": en[f.source.start - s[0]:f.source.end - s[0]]})
        return p
    pe.evaluate = recording
    try:
        pe.main(PLANT_ARGS)
    finally:
        pe.evaluate = evaluate
    out.write_text(json.dumps(records, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- cheap text evidence

_CAP = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_PS_W = re.compile(r"[\u0600-\u06ff\u200c]+")


def shape(name: str) -> tuple:
    """(acronym?, number of words): the control names of a name have its shape."""
    return (bool(re.fullmatch(r"[A-Z0-9][A-Z0-9&.-]*s?", name)), len(_CAP.findall(name)))


def text_features(rows: list) -> None:
    from aligner.lang.glossary import default_glossary, fold_ps, ps_stem
    from aligner.lang.translit import similarity
    from aligner.text.langid import english_commonness
    gl = default_glossary()
    single = {}
    for e in getattr(gl, "entries", ()):
        for v in e.english:
            if " " not in v.strip():
                single.setdefault(v.lower(), set()).update(ps_stem(fold_ps(a)) for a in e.allowed
                                                           if a.strip() and not a.isascii() and " " not in a.strip())
    for r in rows:
        words = _CAP.findall(r["name"])
        zs = [english_commonness(w) or 0.0 for w in words] or [0.0]
        r["zipf_min"], r["zipf_max"] = min(zs), max(zs)
        r["n_words"], r["n_chars"] = len(words), len(r["name"])
        r["acronym"] = float(bool(re.fullmatch(r"[A-Z0-9][A-Z0-9&.-]*s?", r["name"])))
        before = r["en"][:r["span"][0]]
        r["initial"] = float(not before.strip() or bool(re.search(r"[.!?:;]\s*[\"'“‘(]*\s*$", before)))
        doc = r["_doc"]
        r["en_doc"] = float(sum(len(re.findall(r"\b" + re.escape(r["name"]) + r"\b", t)) for t in doc.en))
        toks = _PS_W.findall(r["ps"])
        other = [t for j, line in enumerate(doc.ps) if j != r["line"] for t in _PS_W.findall(line)]

        def best(ws, tokens):
            return max((similarity(w, t) for w in ws if len(w) >= 2 for t in set(tokens)), default=0.0)
        long = [w for w in words if len(w) >= 3] or words
        r["sound"] = best(long, toks)
        r["sound_doc"] = best(long, other)
        stems = {ps_stem(fold_ps(t)) for t in toks}
        r["meaning"] = float(any(single.get(w.lower(), set()) & stems for w in words))


# --------------------------------------------------------------------------- scoring

#: +1: a higher value says "missing" (real); -1: a higher value says "there" (false).
SIGNS = {"both": -1, "both_z": -1, "rm": +1, "rm_z": +1, "swap": +1, "swap_z": +1, "win": -1, "win_raw": -1,
         "sound": -1, "sound_doc": +1, "zipf_min": -1, "zipf_max": -1, "initial": -1, "n_words": -1,
         "n_chars": +1, "acronym": +1, "en_doc": +1, "meaning": -1, "strength": +1, "confidence": +1}


def strat_auc(groups: list) -> float:
    """AUC over (real, false) pairs of the same corpus only: ``groups`` = [(pos, neg), ...]."""
    n = sum(len(p) * len(q) for p, q in groups)
    return sum(auc(p, q) * len(p) * len(q) for p, q in groups if p and q) / n if n else float("nan")


def strat_ci(groups: list, n: int = 2000, seed: int = 1) -> tuple:
    rng = random.Random(seed)
    bs = sorted(strat_auc([([rng.choice(p) for _ in p], [rng.choice(q) for _ in q]) for p, q in groups if p and q])
                for _ in range(n))
    return bs[int(0.025 * n)], bs[int(0.975 * n) - 1]


def fold_of(doc: str, k: int = 5) -> int:
    return zlib.crc32(doc.encode()) % k


def cv_combined(rows: list, feats: list, k: int = 5) -> list:
    """Out-of-fold P(real) of a logistic regression on ``feats`` (standardised), folds by document."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    X = np.array([[r[f] for f in feats] for r in rows], float)
    y = np.array([r["verdict"] == "real" for r in rows], int)
    out = np.zeros(len(rows))
    folds = np.array([fold_of(r["corpus"] + r["doc"], k) for r in rows])
    for j in range(k):
        tr, te = folds != j, folds == j
        if not te.any() or len(set(y[tr])) < 2:
            continue
        mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-9
        m = LogisticRegression(C=1.0, max_iter=1000).fit((X[tr] - mu) / sd, y[tr])
        out[te] = m.predict_proba((X[te] - mu) / sd)[:, 1]
    return list(out)


def cv_band(rows: list, feat: str, k: int = 5) -> tuple:
    """A band "``feat`` <= t" lowering a finding, t chosen in each training fold (most false lowered
    - 2 x real lowered, the lowest such t), folds by document: (false lowered, real lowered out of
    fold, the fold thresholds)."""
    lf = lr = 0
    cuts = []
    for j in range(k):
        tr = [r for r in rows if fold_of(r["corpus"] + r["doc"], k) != j]
        te = [r for r in rows if fold_of(r["corpus"] + r["doc"], k) == j]

        def gain(c):
            return (sum(r[feat] <= c for r in tr if r["verdict"] == "false")
                    - 2 * sum(r[feat] <= c for r in tr if r["verdict"] == "real"), -c)
        t = max([float("-inf")] + sorted({r[feat] for r in tr}), key=gain)
        cuts.append(t)
        lf += sum(r[feat] <= t for r in te if r["verdict"] == "false")
        lr += sum(r[feat] <= t for r in te if r["verdict"] == "real")
    return lf, lr, cuts


def table(rows: list, feats: list) -> None:
    print(f"{'feature':10s} {'corpus':12s} {'real':>4s} {'false':>5s} {'AUC':>6s} {'95% CI':>11s}   "
          f"{'median real':>11s} {'median false':>12s}")
    for feat in feats:
        for corpus in (None,) + CORPORA:
            sel = [r for r in rows if r.get(feat) is not None and (corpus is None or r["corpus"] == corpus)]
            sign = SIGNS.get(feat, +1)
            pos = [sign * r[feat] for r in sel if r["verdict"] == "real"]
            neg = [sign * r[feat] for r in sel if r["verdict"] == "false"]
            if not pos or not neg:
                continue
            lo, hi = auc_ci(pos, neg)
            print(f"{feat:10s} {corpus or 'all':12s} {len(pos):4d} {len(neg):5d} {auc(pos, neg):6.3f} "
                  f"{lo:5.2f}-{hi:4.2f}   {sign * statistics.median(pos):+11.4f} {sign * statistics.median(neg):+12.4f}")
            if corpus is None:
                groups = [([sign * r[feat] for r in sel if r["corpus"] == c and r["verdict"] == "real"],
                           [sign * r[feat] for r in sel if r["corpus"] == c and r["verdict"] == "false"]) for c in CORPORA]
                lo, hi = strat_ci(groups)
                print(f"{feat:10s} {'within':12s} {len(pos):4d} {len(neg):5d} {strat_auc(groups):6.3f} {lo:5.2f}-{hi:4.2f}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--run", action="store_true", help="check the documents: the findings' current strength")
    ap.add_argument("--json", type=Path, help="write every item with its features")
    ap.add_argument("--backend", default="auto")
    ap.add_argument("--record", type=Path, help="record the tuning plants' ENTITY-MISSING findings to this file, then stop")
    ap.add_argument("--plants", type=Path, help="the recorded plants (--record): their encoder margins too")
    ap.add_argument("--quick", action="store_true", help="without the both-sides removal (many more texts to embed)")
    args = ap.parse_args(argv)
    if args.record:
        record_plants(args.record)
        return
    from aligner.embed import EmbeddingCache
    from aligner.pipeline import _encoder
    enc = _encoder(None, args.backend, EmbeddingCache())
    rows = verdict_rows()
    print(f"{len(rows)} ENTITY-MISSING tuning verdicts: "
          + ", ".join(f"{c} {sum(r['corpus'] == c and r['verdict'] == 'real' for r in rows)}/"
                      f"{sum(r['corpus'] == c and r['verdict'] == 'false' for r in rows)}" for c in CORPORA)
          + " (real/false)")
    text_features(rows)
    pool = [(r["name"], shape(r["name"]), r["corpus"] + r["doc"]) for r in rows]

    def encoder_features(items, pashto_windows):
        feats = name_contrast(enc.encode, [(r["en"], r["ps"], tuple(r["span"])) for r in items],
                              controls=[[n for n, sh, d in pool if sh == shape(r["name"])
                                         and d != r["corpus"] + r["doc"] and n != r["name"]] for r in items],
                              pashto_windows=pashto_windows)
        for r, f in zip(items, feats):
            r.update(f)
    encoder_features(rows, not args.quick)
    if args.run:
        current_strength(rows, enc)
    names = [f for f in ("both", "both_z") if f in rows[0]] + ["rm", "rm_z", "swap", "swap_z", "win", "win_raw", "sound", "sound_doc", "zipf_min", "zipf_max",
             "initial", "n_words", "n_chars", "acronym", "en_doc", "meaning"] + (["strength", "confidence"] if args.run else [])
    table(rows, names)
    enc_f = [f for f in ("both_z",) if f in rows[0]] + ["rm_z", "swap_z", "win"]
    for label, fs in (("encoder (a)+(b)", enc_f),
                      ("text (c)", ["sound", "sound_doc", "zipf_min", "initial", "n_words", "n_chars", "acronym",
                                    "en_doc", "meaning"]),
                      ("all", enc_f + ["sound", "sound_doc", "zipf_min", "initial", "n_words",
                               "n_chars", "acronym", "en_doc", "meaning"])):
        p = cv_combined(rows, fs)
        for r, x in zip(rows, p):
            r["cv_" + label.split()[0]] = x
        pos = [x for r, x in zip(rows, p) if r["verdict"] == "real"]
        neg = [x for r, x in zip(rows, p) if r["verdict"] == "false"]
        lo, hi = auc_ci(pos, neg)
        groups = [([x for r, x in zip(rows, p) if r["corpus"] == c and r["verdict"] == "real"],
                   [x for r, x in zip(rows, p) if r["corpus"] == c and r["verdict"] == "false"]) for c in CORPORA]
        slo, shi = strat_ci(groups)
        print(f"combined, 5-fold CV by document, {label}: AUC {auc(pos, neg):.3f} ({lo:.2f}-{hi:.2f}); "
              f"within corpus {strat_auc(groups):.3f} ({slo:.2f}-{shi:.2f})")
    for feat in ("rm_z", "swap_z"):
        lf, lr, cuts = cv_band(rows, feat)
        print(f"band {feat} <= t, t chosen per training fold ({', '.join(f'{c:+.2f}' for c in cuts)}): "
              f"out of fold false {lf}/{sum(r['verdict'] == 'false' for r in rows)}, "
              f"real {lr}/{sum(r['verdict'] == 'real' for r in rows)} lowered")
    if args.plants:
        plants = json.loads(args.plants.read_text(encoding="utf-8"))
        encoder_features(plants, False)
        false = [r for r in rows if r["verdict"] == "false"]
        real = [r for r in rows if r["verdict"] == "real"]
        print(f"\n{len(plants)} planted ENTITY-MISSING / ENTITY-MISMATCH findings (tuning, --categories name): "
              + ", ".join(f"{c} {sum(p['code'] == c for p in plants)}" for c in (CODE, "ENTITY-MISMATCH")))
        for feat, cuts in (("rm_z", (-2.0, -1.0, -0.5)), ("swap_z", (-4.0, -3.0, -2.0)), ("win", (0.05, 0.1))):
            sign = SIGNS[feat]
            pl = [sign * p[feat] for p in plants]
            lo, hi = auc_ci(pl, [sign * r[feat] for r in false])
            print(f"  {feat:7s} AUC plant/false {auc(pl, [sign * r[feat] for r in false]):.3f} ({lo:.2f}-{hi:.2f}); "
                  + "; ".join(f"at {'<=' if sign > 0 else '>='} {c:+}: plants {sum(sign * p[feat] <= sign * c for p in plants)}"
                              f"/{len(plants)}, false {sum(sign * r[feat] <= sign * c for r in false)}/{len(false)}, "
                              f"real {sum(sign * r[feat] <= sign * c for r in real)}/{len(real)}" for c in cuts))
        for a, b in ((-2.0, 0.0), (-1.5, -2.0), (-1.0, -2.0), (-1.0, -3.0)):
            def band(r):
                return r["rm_z"] <= a and r["swap_z"] <= b
            print(f"  band rm_z <= {a:+} and swap_z <= {b:+}: plants {sum(map(band, plants))}/{len(plants)}, "
                  f"false {sum(map(band, false))}/{len(false)}, real {sum(map(band, real))}/{len(real)}")
    if args.json:
        args.json.write_text(json.dumps({"verdicts": [{k: v for k, v in r.items() if k != "_doc"} for r in rows],
                                         "plants": plants if args.plants else []},
                                        ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
