"""The tuning / held-out split of every development corpus (issue 11: measure generalization).

A unit (an NTREX document id, a FLoRes line number, a hand-written document name, a TICO-19
or NLLB-Seed chunk id ``tico/<document>/<k>`` / ``nllbseed/<document>/<k>``) is
*held out* when the first 8 bytes of ``sha256("aligner-split-v1:<corpus>:<unit id>")``, read
as an unsigned big-endian integer and divided by 2**64, are below ``HELD_OUT_SHARE``.  The
rule depends on nothing but the corpus name and the unit id, so the split is the same on
every machine, in every session, whatever order the units come in.

**Rules of use.** Rules, thresholds and word lists are tuned on the ``tuning`` part only.
The ``held-out`` part is for measuring: its findings are read and judged (verdict files),
but they are never used to change the rules; a figure is reported for both parts.

Note on NTREX: earlier sessions tuned the checks on all 123 NTREX documents, before this
split existed, so NTREX's held-out figures are not a clean generalization measure; FLoRes,
TICO-19, NLLB-Seed (added in stop 15) and the hand-written texts are (never tuned on before
their split).

    python bench/splits.py          # prints the size of each part of each corpus
"""
from __future__ import annotations

import hashlib

SALT = "aligner-split-v1"
HELD_OUT_SHARE = 0.4
PARTS = ("tuning", "held-out")


def part_of(corpus: str, unit_id: object) -> str:
    """``"tuning"`` or ``"held-out"`` for unit ``unit_id`` of ``corpus``."""
    digest = hashlib.sha256(f"{SALT}:{corpus}:{unit_id}".encode("utf-8")).digest()
    return "held-out" if int.from_bytes(digest[:8], "big") / 2 ** 64 < HELD_OUT_SHARE else "tuning"


def is_held_out(corpus: str, unit_id: object) -> bool:
    return part_of(corpus, unit_id) == "held-out"


if __name__ == "__main__":
    import sys
    from pathlib import Path
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    ids = (shared / "ntrex-en-ps" / "document_ids.tsv").read_text(encoding="utf-8").splitlines()
    docs: dict[str, int] = {}
    for line in ids:
        docs[line.split("\t")[0]] = docs.get(line.split("\t")[0], 0) + 1
    for part in PARTS:
        chosen = [d for d in docs if part_of("ntrex", d) == part]
        print(f"ntrex {part}: {len(chosen)} documents, {sum(docs[d] for d in chosen)} sentences")
    n = len((shared / "flores-v1-ps-en" / "wikipedia.dev.ps-en.en").read_text(encoding="utf-8").splitlines())
    for part in PARTS:
        print(f"flores {part}: {sum(1 for i in range(n) if part_of('flores', i) == part)} sentences")
    try:                                 # corpora with loaders: units (documents or chunks) and lines
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpora import CorpusMissing, load
        for name in ("handwritten", "tico", "nllbseed", "nllbseed2", "nllbseed3", "handwritten2", "handwritten3"):
            try:
                docs = load(name)
            except CorpusMissing as e:
                print(f"{name}: missing ({e})")
                continue
            for part in PARTS:
                sel = [d for d in docs if d.part == part]
                print(f"{name} {part}: {len(sel)} units, {sum(len(d.en) for d in sel)} English lines")
    except ImportError:
        pass
    sys.exit(0)
