"""Hand verdicts on the findings of ``aligner check`` over the development corpora
(``data/<corpus>_verdicts.tsv``; NTREX's is ``data/ntrex_verdicts.tsv``).

Shared by ``bench/false_alarms.py`` (the false-alarm rate) and the tests (bounds on it).

* NTREX: a finding is identified by its document (``ntrex000`` … in corpus order), its code
  and where it points: the offset into the document's lines joined by newlines and the words
  there (:func:`finding_key`).
* The other corpora (:func:`line_finding_key`): by its unit (FLoRes: ``flores<line>``, TICO-19: ``tico<line>``, the
  corpus line the English span is on, else the Pashto span's; hand-written: ``<register>/<name>``),
  its code, and on each side ``L<line>+<column>:<words>`` (0-based corpus line number, column in
  that line), so the key does not depend on how lines are grouped into pseudo-documents.
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
VERDICTS = DATA / "ntrex_verdicts.tsv"
HANDWRITTEN_CORPORA = ("handwritten", "handwritten2", "handwritten3")   # keyed by their own document lines, not corpus lines


def verdicts_path(corpus: str) -> Path:
    return DATA / f"{corpus}_verdicts.tsv"


def clean(text) -> str:
    return " ".join((text or "").split()).replace("\t", " ")


def _at(span) -> str:
    return f"{span.start}:{clean(span.text)[:80]}" if span is not None else ""


def finding_key(doc: int, f) -> tuple:
    """What identifies a finding across runs: document, code and where it points (offset into
    the document's lines joined by newlines, and the words)."""
    return (f"ntrex{doc:03d}", f.code, _at(f.source), _at(f.target))


def _line_at(span, starts: list, line_ids: list) -> tuple:
    if span is None:
        return None, ""
    k = max(0, bisect_right(starts, span.start) - 1)
    line = line_ids[k] if k < len(line_ids) else k
    return line, f"L{line}+{span.start - starts[k]}:{clean(span.text)[:80]}"


def line_starts(text: str) -> list:
    """Offsets where each line of ``text`` starts."""
    out = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append(i + 1)
    return out


def line_finding_key(corpus: str, unit: str, f, src_starts: list, tgt_starts: list, line_ids: list) -> tuple:
    """The key of finding ``f`` of document ``unit`` of ``corpus`` (not NTREX): spans by corpus
    line and column. ``*_starts``: :func:`line_starts` of each side's text; ``line_ids``: the
    corpus line number of each line of the document."""
    s_line, s_at = _line_at(f.source, src_starts, line_ids)
    t_line, t_at = _line_at(f.target, tgt_starts, line_ids)
    if corpus in ("flores", "tico"):
        line = s_line if s_line is not None else t_line
        unit = f"{corpus}{line:04d}" if line is not None else unit
    return (unit, f.code, s_at, t_at)


def corpus_key(corpus: str, doc, f, src_starts: list, tgt_starts: list) -> tuple:
    """The verdict key of finding ``f`` of document ``doc`` (a bench/corpora.py document) of
    ``corpus``: NTREX keys by document number and offsets, the others by line."""
    if corpus == "ntrex":
        return finding_key(int(doc.unit[len("ntrex"):]), f)
    return line_finding_key(corpus, doc.unit, f, src_starts, tgt_starts, doc.line_ids)


def load_verdicts(path: Path = VERDICTS, key_columns: int = 4) -> dict:
    """{key: (verdict, note)} of a verdict file whose first ``key_columns`` columns are the
    finding's key (document, code, English and Pashto place; MediaWiki: key, code, place)."""
    out = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        verdict = cols[key_columns]
        if verdict not in ("real", "false"):
            raise SystemExit(f"{path.name}: verdict must be real or false, not {verdict!r}: {line[:80]}")
        out[tuple(cols[:key_columns])] = (verdict, cols[key_columns + 1] if len(cols) > key_columns + 1 else "")
    return out


def tuning_verdict_places(corpora, want) -> list:
    """Every verdict of the **tuning** parts of ``corpora`` whose code passes ``want(code)``, with
    where its spans are in the corpus documents: dicts of ``corpus``, ``doc`` (the loaded document),
    ``key``, ``verdict`` and ``en`` / ``ps`` = ``(line in the document, column, text)`` or None.
    NTREX keys hold document offsets; the other corpora's ``L<corpus line>+<column>:<words>``
    (the hand-written texts' lines are the document's own)."""
    from corpora import load
    out = []
    for name in corpora:
        docs = load(name)
        by_unit = {d.unit: d for d in docs}
        line_of = {i: d for d in docs for i in d.line_ids}
        for key, (verdict, _) in load_verdicts(verdicts_path(name)).items():
            if not want(key[1]):
                continue
            if name == "ntrex":
                d = by_unit.get(key[0])
                if d is None or d.part != "tuning":
                    continue

                def place(at, lines):
                    if not at:
                        return None
                    off, text = at.split(":", 1)
                    starts = line_starts("\n".join(lines))
                    k = max(j for j, s in enumerate(starts) if s <= int(off))
                    return k, int(off) - starts[k], text
                pe, pp = place(key[2], d.en), place(key[3], d.ps)
            else:
                def place(at):
                    if not at:
                        return None
                    head, text = at.split(":", 1)
                    line, col = head[1:].split("+")
                    return int(line), int(col), text
                pe, pp = place(key[2]), place(key[3])
                if pe is None and pp is None:
                    continue
                d = by_unit[key[0]] if name in HANDWRITTEN_CORPORA else line_of[(pe or pp)[0]]
                if d.part != "tuning":
                    continue
                if name not in HANDWRITTEN_CORPORA:
                    pe, pp = [None if p is None else (d.line_ids.index(p[0]), p[1], p[2]) for p in (pe, pp)]
            out.append({"corpus": name, "doc": d, "key": key, "verdict": verdict, "en": pe, "ps": pp})
    return out
