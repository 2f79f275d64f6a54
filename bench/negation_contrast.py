"""Does the encoder tell real negation findings from false ones? (issue 11; bench/results/negation_contrast.md)

Contrastive evidence (aligner/checks/analyses/contrast.py): a NEG-MISSING / NEG-ADDED / NEG-AFFIX
pair is embedded as written and with the reported negation undone on the side that has it; the
margin is cos(undone) - cos(written), > 0 when the pair is more alike without the negation.
Measured on

* every first-contact verdict of the **tuning** parts (``bench/data/<corpus>_verdicts.tsv``, also
  of findings no longer firing: what the rules did to text they had not been tuned on), with the
  sentence pair the verdict's place is on (the corpus line; held-out rows are never read);
* the negation findings of the tuning plants (``--plants FILE``: recorded once with ``--record``
  from ``bench/plant_errors.py --part tuning --categories negation,polarity,affix``).

Variants: ``margin`` (whole sentences), ``rel`` (margin minus the median margin of removing one of
the six nearest other words instead: a control for "shorter is more alike"), ``clause`` (the
clause of the negation against the best-matching clause of the other side), ``ins`` (NEG-ADDED:
the English with "not" inserted after its first auxiliary instead of the Pashto negation removed).
And one evidence that is not a margin: ``scope`` (NEG-MISSING): does the Pashto word the encoder
finds closest to the English negated word, or a neighbour, carry a loose negation trace (a negator
glued to it: جادوگرنه، نا، بغیر)?

    .venv/bin/python bench/negation_contrast.py --record /tmp/plants.json     # ~5 min at load 7
    .venv/bin/python bench/negation_contrast.py --plants /tmp/plants.json
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from auc import auc, auc_ci  # noqa: E402

from aligner.checks.analyses.contrast import margins, undo_en_negation, undo_ps_negation  # noqa: E402
from aligner.checks.negation import CONTRARY_MARGIN  # noqa: E402

CORPORA = ("ntrex", "flores", "handwritten", "tico", "nllbseed")
CODES = ("NEG-ADDED", "NEG-MISSING", "NEG-AFFIX")
PLANT_ARGS = ["--part", "tuning", "--categories", "negation,polarity,affix",
              "--groups", ",".join(CORPORA), "--limit", "40"]
_WORD = re.compile(r"\S+")
_EN_CUT = re.compile(r"[,;:()\"“”]|\s(?=(?:but|and|which|who|because|while|whereas|although|though|when|if|so)\b)")
_PS_CUT = re.compile(r"[،,;؛:()\"«»]|\s(?=(?:چې|او|خو|ځکه|کله|که|مګر|ولې)\s)")


# --------------------------------------------------------------------------- the items measured

def verdict_rows() -> list:
    """NEG-* verdicts of the tuning parts with their sentence pair and the span's place in it."""
    from verdicts import tuning_verdict_places
    out = []
    for p in tuning_verdict_places(CORPORA, lambda code: code.startswith("NEG-")):
        d, pe, pp = p["doc"], p["en"], p["ps"]
        le, lp = (pe or pp)[0], (pp or pe)[0]
        out.append({"corpus": p["corpus"], "code": p["key"][1], "verdict": p["verdict"], "en": d.en[le],
                    "ps": d.ps[lp], "src": [pe[1], pe[1] + len(pe[2])] if pe else None,
                    "tgt": [pp[1], pp[1] + len(pp[2])] if pp else None})
    return out


def record_plants(out: Path) -> None:
    """Run the planted negations of the tuning parts and write each plant's negation findings
    (warnings and errors) with the texts of their bead."""
    import plant_errors as pe
    records, evaluate = [], pe.evaluate

    def recording(p, **kw):
        p = evaluate(p, **kw)
        r = p.result
        for f in p.on_bead:
            if f.category != "negation" or f.severity not in ("warning", "error") or f.bead is None:
                continue
            b = r.beads[f.bead]
            if not b.source or not b.target:
                continue
            s = (r.source.sentences[b.source[0]].start, r.source.sentences[b.source[-1]].end)
            t = (r.target.sentences[b.target[0]].start, r.target.sentences[b.target[-1]].end)
            records.append({"category": p.category, "code": f.code, "verdict": "planted",
                            "en": r.source.text[s[0]:s[1]], "ps": r.target.text[t[0]:t[1]],
                            "src": [f.source.start - s[0], f.source.end - s[0]] if f.source else None,
                            "tgt": [f.target.start - t[0], f.target.end - t[0]] if f.target else None})
        return p
    pe.evaluate = recording
    try:
        pe.main(PLANT_ARGS)
    finally:
        pe.evaluate = evaluate
    out.write_text(json.dumps(records, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- the evidence

def undone(r: dict, en: str = None, ps: str = None, shift: int = 0):
    """The pair of ``r`` (or the texts given) with the reported negation undone, or None."""
    en, ps = (r["en"] if en is None else en), (r["ps"] if ps is None else ps)
    if r["code"] == "NEG-ADDED":
        alt = undo_ps_negation(ps, r["tgt"][0] - shift, r["tgt"][1] - shift) if r["tgt"] else None
        return None if alt is None else (en, alt)
    alt = undo_en_negation(en, r["src"][0] - shift, r["src"][1] - shift) if r["src"] else None
    return None if alt is None else (alt, ps)


def _controls(text: str, a: int, b: int, k: int = 6) -> list:
    ws = sorted((m for m in _WORD.finditer(text) if m.end() <= a or m.start() >= b),
                key=lambda m: min(abs(m.start() - a), abs(m.end() - b)))
    return [(text[:m.start()] + text[m.end():].lstrip(" ")).strip() for m in ws[:k]]


def _clauses(text: str, cut: re.Pattern) -> list:
    out, pos = [], 0
    for m in list(cut.finditer(text)) + [None]:
        e = m.start() if m else len(text)
        if len(text[pos:e].split()) >= 2:
            out.append((pos, e))
        pos = m.end() if m else len(text)
    return out or [(0, len(text))]


def measure(items: list, embed) -> None:
    """Set ``margin``, ``rel`` and ``clause`` on every item whose negation can be undone."""
    written, changed, who = [], [], []
    for i, r in enumerate(items):
        ch = undone(r)
        if ch is None:
            continue
        pair = (r["en"], r["ps"])
        written.append(pair), changed.append(ch), who.append((i, "margin"))
        if r["code"] == "NEG-ADDED":
            ctl = [(r["en"], c) for c in _controls(r["ps"], *r["tgt"])]
        else:
            ctl = [(c, r["ps"]) for c in _controls(r["en"], *r["src"])]
        for c in ctl:
            written.append(pair), changed.append(c), who.append((i, "ctl"))
        # the clause of the negation against each clause of the other side (and its whole)
        side, other = ("ps", "en") if r["code"] == "NEG-ADDED" else ("en", "ps")
        at = (r["tgt"] if side == "ps" else r["src"])[0]
        cl = _clauses(r[side], _PS_CUT if side == "ps" else _EN_CUT)
        s, e = next(((a, b) for a, b in cl if a <= at < b), min(cl, key=lambda c: abs(c[0] - at)))
        part = r[side][s:e]
        alt = undone(r, *((part, None) if side == "en" else (None, part)), shift=s)
        if alt is None:
            continue
        alt_part = alt[0] if side == "en" else alt[1]
        for a, b in _clauses(r[other], _EN_CUT if other == "en" else _PS_CUT) + [(0, len(r[other]))]:
            o = r[other][a:b]
            mk = (lambda x: (x, o)) if side == "en" else (lambda x: (o, x))
            written.append(mk(part)), changed.append(mk(alt_part)), who.append((i, ("clause", o, part)))
    m = margins(embed, written, changed)
    clause: dict = {}
    for (i, kind), w, x in zip(who, written, m):
        r = items[i]
        if kind == "margin":
            r["margin"] = x
        elif kind == "ctl":
            r.setdefault("ctl", []).append(x)
        else:
            clause.setdefault(i, []).append((w, x))
    from aligner.checks.analyses.contrast import unit_vector as _unit  # the written clause pair's own similarity
    from aligner.pipeline import embedding_text
    for i, cands in clause.items():
        texts = sorted({embedding_text(t) for w, _ in cands for t in w})
        vec = dict(zip(texts, (_unit(v) for v in embed(texts))))
        best = max(cands, key=lambda c: sum(p * q for p, q in zip(*(vec[embedding_text(t)] for t in c[0]))))
        items[i]["clause"] = best[1]
    for r in items:
        if "margin" in r and r.get("ctl"):
            r["rel"] = r["margin"] - statistics.median(r["ctl"])


_FUNCTION = frozenset("a an the be is are was were been being to of in on at for with by do does did have has had "
                      "will would can could should may might must that this it its as so much more very really also "
                      "yet any not no never cannot without none nobody nothing nowhere neither nor".split())
_EN_W = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_PS_W = re.compile(r"[\u0600-\u06ff\u200c]+")


def _negation_trace(token: str) -> bool:
    """A loose Pashto negation trace: a negator alone or glued (جادوگرنه، نا، بغیر، بې-، نش-)."""
    from aligner.text import fold
    t = fold(token.replace("\u200c", ""))
    return (t in ("نه", "نا", "مه", "بغیر", "غیر", "بې", "بی", "پرته", "نشته")
            or t.startswith(("نا", "بې", "بی", "غیر", "نه", "نش", "نک", "نل", "ند"))
            or (t.endswith("نه") and len(t) > 3) or "ونه" in t[1:3])


def scope_trace(items: list, embed) -> None:
    """NEG-MISSING only: the English negated word (the first content word after the marker), the
    Pashto token the encoder finds closest to it (single words embedded), and whether that token
    or a neighbour carries a loose negation trace (``scope`` True / False)."""
    from aligner.checks.analyses.contrast import unit_vector as _unit
    from aligner.pipeline import embedding_text
    prep = []
    for r in items:
        word = None
        if r["code"] == "NEG-MISSING" and r["src"]:
            word = next((m.group() for m in _EN_W.finditer(r["en"], r["src"][1])
                         if m.group().lower() not in _FUNCTION and not m.group().lower().endswith("n't")), None)
        prep.append((word, [m.group() for m in _PS_W.finditer(r["ps"])]))
    texts = sorted({embedding_text(t) for w, toks in prep if w and toks for t in [w] + toks})
    vec = {}
    for i in range(0, len(texts), 256):
        vec.update(zip(texts[i:i + 256], (_unit(v) for v in embed(texts[i:i + 256]))))
    for r, (w, toks) in zip(items, prep):
        if w and toks:
            cos = [sum(p * q for p, q in zip(vec[embedding_text(w)], vec[embedding_text(t)])) for t in toks]
            k = max(range(len(toks)), key=cos.__getitem__)
            r["scope"] = any(_negation_trace(t) for t in toks[max(0, k - 1):k + 2])


_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|can|could|will|would|should|may|might|must|does|do|did)\b"
                  r"(?! not)", re.I)


def inserted(items: list, embed) -> None:
    """NEG-ADDED only, the other direction: the English with "not" inserted after its first
    auxiliary (``ins`` = cos(English negated, Pashto) - cos(as written)); none without an auxiliary."""
    sel = [r for r in items if r["code"] == "NEG-ADDED" and _AUX.search(r["en"])]
    neg = [(lambda m: r["en"][:m.end()] + " not" + r["en"][m.end():])(_AUX.search(r["en"])) for r in sel]
    for r, x in zip(sel, margins(embed, [(r["en"], r["ps"]) for r in sel], [(e, r["ps"]) for r, e in zip(sel, neg)])):
        r["ins"] = x


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--record", type=Path, help="record the tuning plants' negation findings to this file, then stop")
    ap.add_argument("--plants", type=Path, help="the recorded plants (--record)")
    ap.add_argument("--json", type=Path, help="write every item with its margins")
    args = ap.parse_args(argv)
    if args.record:
        record_plants(args.record)
        return
    from aligner.embed import EmbeddingCache
    from aligner.pipeline import _encoder
    embed = _encoder(None, "auto", EmbeddingCache()).encode
    rows = verdict_rows()
    plants = json.loads(args.plants.read_text(encoding="utf-8")) if args.plants else []
    measure(rows, embed)
    measure(plants, embed)
    print(f"{len(rows)} first-contact tuning verdicts (NEG-*), {len(plants)} planted negation findings; "
          f"not undone: {sum('margin' not in r for r in rows)} verdicts, {sum('margin' not in p for p in plants)} plants")
    print(f"{'feature':8s} {'code':12s} {'real':>4s} {'false':>5s} {'AUC real/false':>15s} {'95% CI':>11s} "
          f"{'plants':>6s} {'AUC plant/false':>15s} {'cut (95% plants)':>16s} {'false < cut':>11s} {'real < cut':>10s}")
    inserted(rows, embed)
    inserted(plants, embed)
    for feat in ("margin", "rel", "clause", "ins"):
        for code in CODES[:2] + (None,):
            sel = [r for r in rows if feat in r and (r["code"] == code if code else r["code"] in CODES[:2])]
            pos = [r[feat] for r in sel if r["verdict"] == "real"]
            neg = [r[feat] for r in sel if r["verdict"] == "false"]
            pl = sorted(p[feat] for p in plants if feat in p and (p["code"] == code if code else p["code"] in CODES[:2]))
            if not pos or not neg:
                continue
            lo, hi = auc_ci(pos, neg)
            cut = pl[int(0.05 * len(pl))] if pl else float("nan")
            print(f"{feat:8s} {code or 'both':12s} {len(pos):4d} {len(neg):5d} {auc(pos, neg):15.3f} {lo:5.2f}-{hi:4.2f} "
                  f"{len(pl):6d} {auc(pl, neg):15.3f} {cut:+16.4f} {sum(x < cut for x in neg):5d}/{len(neg):<5d} "
                  f"{sum(x < cut for x in pos):4d}/{len(pos):<5d}")
    print(f"\nthe clearly contrary band (margin <= {CONTRARY_MARGIN}), NEG-MISSING + NEG-ADDED:")
    both = [r for r in rows if "margin" in r and r["code"] in CODES[:2]]
    for v in ("real", "false"):
        sel = [r for r in both if r["verdict"] == v]
        print(f"  first-contact {v}: {sum(r['margin'] <= CONTRARY_MARGIN for r in sel)}/{len(sel)}")
    pl = [p for p in plants if "margin" in p and p["code"] in CODES[:2]]
    print(f"  planted: {sum(p['margin'] <= CONTRARY_MARGIN for p in pl)}/{len(pl)} (lowest {min((p['margin'] for p in pl), default=0):+.4f})")
    af = [p for p in plants if "margin" in p and p["code"] == "NEG-AFFIX"]
    if af:
        print(f"  planted NEG-AFFIX (not weighed): {sum(p['margin'] <= CONTRARY_MARGIN for p in af)}/{len(af)}")
    scope_trace(rows, embed)
    scope_trace(plants, embed)
    print("\nscope word (NEG-MISSING): a negation trace at the Pashto word closest to the English negated word")
    for v in ("real", "false"):
        sel = [r for r in rows if "scope" in r and r["verdict"] == v]
        print(f"  first-contact {v}: {sum(r['scope'] for r in sel)}/{len(sel)}")
    sel = [p for p in plants if "scope" in p]
    print(f"  planted: {sum(p['scope'] for p in sel)}/{len(sel)}")
    if args.json:
        args.json.write_text(json.dumps({"verdicts": rows, "plants": plants}, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
