"""Hand verdicts on the findings of ``aligner check`` over NTREX (``data/ntrex_verdicts.tsv``).

Shared by ``bench/false_alarms.py`` (the false-alarm rate) and the tests (bounds on it).
A finding is identified by its document (``ntrex000`` … in corpus order), its code and where
it points: the offset into the document's lines joined by newlines and the words there.
"""
from __future__ import annotations

from pathlib import Path

VERDICTS = Path(__file__).resolve().parent / "data" / "ntrex_verdicts.tsv"


def clean(text) -> str:
    return " ".join((text or "").split()).replace("\t", " ")


def _at(span) -> str:
    return f"{span.start}:{clean(span.text)[:80]}" if span is not None else ""


def finding_key(doc: int, f) -> tuple:
    """What identifies a finding across runs: document, code and where it points (offset into
    the document's lines joined by newlines, and the words)."""
    return (f"ntrex{doc:03d}", f.code, _at(f.source), _at(f.target))


def load_verdicts(path: Path = VERDICTS) -> dict:
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        doc, code, src, tgt, verdict = cols[:5]
        if verdict not in ("real", "false"):
            raise SystemExit(f"{path.name}: verdict must be real or false, not {verdict!r}: {line[:80]}")
        out[(doc, code, src, tgt)] = (verdict, cols[5] if len(cols) > 5 else "")
    return out
