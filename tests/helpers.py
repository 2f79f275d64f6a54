"""Helpers shared by the tests: build check inputs from parallel texts without a model."""
from __future__ import annotations

import sys
from pathlib import Path

from aligner.checks.base import CheckContext, Pair, Side
from aligner.model import AlignmentResult, Bead, Document, Sentence

ROOT = Path(__file__).resolve().parent.parent
#: NTREX-128 English–Pashto (CC BY-SA 4.0), a copy kept with the tests (tests/data/README.md)
NTREX = ROOT / "tests" / "data" / "ntrex-en-ps"
SEEDS = ROOT / "seeds"
#: what checking the seed pair (seeds/000 ↔ seeds/001) reports, in order: both renderings of
#: alumina as المونیم (errors) and de-Sinicize rendered as چینایي کولو, the negative prefix lost
#: (a warning)
SEED_CODES = ["TERM-FORBIDDEN", "TERM-FORBIDDEN", "NEG-AFFIX"]
#: the codes of the seed findings about terminology (the two alumina errors)
SEED_TERM_CODES = [c for c in SEED_CODES if c.startswith("TERM")]


def _doc(text: str, lang: str) -> Document:
    return Document(None, lang, text, [Sentence(0, 0, len(text), text)])


def pair_from_texts(en: str, ps: str, index: int = 0) -> Pair:
    """One 1-1 bead over two single-sentence texts (offsets start at 0 on both sides)."""
    return Pair(index, Bead((0,), (0,), 1.0), Side("en", en, 0, [Sentence(0, 0, len(en), en)]),
                Side("ps", ps, 0, [Sentence(0, 0, len(ps), ps)]))


def reported_codes(en: str | list[str], ps: str | list[str], config: dict | None = None) -> list[str]:
    """The codes of the warnings and errors every registered check gives on English ``en`` and
    Pashto ``ps`` aligned line i ↔ line i (a string is one line)."""
    from aligner.checks import run_checks
    ctx = context_from_lines([en] if isinstance(en, str) else list(en), [ps] if isinstance(ps, str) else list(ps), config)
    return [f.code for f in run_checks(ctx.result, config or {}) if f.severity in ("warning", "error")]


def context_from_lines(en_lines: list[str], ps_lines: list[str], config: dict | None = None) -> CheckContext:
    """A CheckContext whose documents are the lines joined by newlines, aligned line i ↔ line i."""
    def build(lines, lang):
        text = "\n".join(lines)
        sents, pos = [], 0
        for i, line in enumerate(lines):
            sents.append(Sentence(i, pos, pos + len(line), line))
            pos += len(line) + 1
        return Document(None, lang, text, sents)
    src, tgt = build(en_lines, "en"), build(ps_lines, "ps")
    beads = [Bead((i,), (i,), 1.0) for i in range(len(en_lines))]
    result = AlignmentResult(src, tgt, beads, "gold", "none")
    return CheckContext(result, config or {})


def ntrex_lines() -> tuple[list[str], list[str]]:
    en = (NTREX / "newstest2019.en.txt").read_text(encoding="utf-8").splitlines()
    ps = (NTREX / "newstest2019.ps.txt").read_text(encoding="utf-8").splitlines()
    return en, ps


def ntrex_documents() -> list[tuple[int, list[str], list[str]]]:
    """NTREX split into its 123 documents, in file order: (first line number, English lines,
    Pashto lines)."""
    en, ps = ntrex_lines()
    ids = (NTREX / "document_ids.tsv").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[int]] = {}
    for i, d in enumerate(ids):
        docs.setdefault(d.split("\t")[0], []).append(i)
    return [(rows[0], [en[i] for i in rows], [ps[i] for i in rows]) for rows in docs.values()]


def seed_lines() -> tuple[list[str], list[str]]:
    en = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8").splitlines()
    ps = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8").splitlines()
    return en, ps


def _bench_verdicts():
    bench = str(ROOT / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import verdicts
    return verdicts


def ntrex_verdicts() -> dict:
    """Hand verdicts (real / false) on NTREX findings: bench/data/ntrex_verdicts.tsv."""
    return _bench_verdicts().load_verdicts()


def verdict_key(doc: int, finding) -> tuple:
    """The key of ``finding`` (of NTREX document number ``doc``) in :func:`ntrex_verdicts`."""
    return _bench_verdicts().finding_key(doc, finding)
