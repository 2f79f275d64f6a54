"""The development corpora of issue 11, each as a list of documents split into tuning and held-out.

Every corpus loads to a list of :class:`Doc`: a unit id (the document name the verdict files
use), its part (``tuning`` / ``held-out``, by ``bench/splits.py``), its English and Pashto
lines, and for each line its line number in the corpus (so a finding can be keyed by line).

* ``ntrex``: ``../shared/data/ntrex-en-ps``, 123 news documents (``document_ids.tsv``), split by
  document id; unit ids ``ntrex000`` … in corpus order (the keys of ``ntrex_verdicts.tsv``).
  One sentence per line (checked ``segmented``).
* ``flores``: ``../shared/data/flores-v1-ps-en``, 3,162 shuffled Wikipedia pairs with no
  documents, split by line number (0-based); each part is checked as pseudo-documents of
  ``FLORES_CHUNK`` consecutive lines of that part, one sentence per line.
* ``tico``: ``bench/data/tico19`` (TICO-19 health texts, CC0), 3,071 pairs in 31 documents; each
  document cut into chunks of ``TICO_CHUNK`` consecutive lines (``tico/<document>/<k>``), split by
  chunk id; one sentence per line.
* ``nllbseed``: ``bench/data/nllbseed`` (OLDI Seed / NLLB-Seed, CC BY-SA 4.0), 2,047 professional
  en→ps pairs from 68 English Wikipedia articles (a fixed subset, ``bench/data/nllbseed/README.md``);
  each article cut into chunks of ``NLLBSEED_CHUNK`` consecutive lines (``nllbseed/<article>/<k>``),
  split by chunk id; one sentence per line.  Verdict keys use the chunk id as document and corpus
  line numbers in the spans (``L<line>+<column>:<words>``).
* ``nllbseed2``: ``bench/data/nllbseed2`` (the same source and licence), 2,431 further pairs from
  81 documents: the next documents in ``nllbseed``'s hash order (``bench/data/nllbseed2/README.md``,
  rebuilt by its ``build.py``); chunked and split as ``nllbseed`` (``nllbseed2/<article>/<k>``).
* ``nllbseed3``: ``bench/data/nllbseed3`` (the same source and licence), the 1,715 pairs of the 61
  documents left after ``nllbseed`` and ``nllbseed2`` in the same hash order
  (``bench/data/nllbseed3/README.md``, rebuilt by its ``build.py``); chunked and split as
  ``nllbseed`` (``nllbseed3/<article>/<k>``).
* ``handwritten``: ``bench/data/handwritten/<register>/<name>.en.txt`` + ``.ps.txt``,
  line-aligned, split by ``<register>/<name>``; plain text (every line a block, split into
  sentences by the tool, as ``aligner check`` would).
* ``handwritten2``: ``bench/data/handwritten2/<register>/<name>.en.txt`` + ``.ps.txt``, the same
  layout and loader as ``handwritten`` (53 documents by two writers who had not seen the rules, in
  registers the other corpora lack: finance, agriculture, education, humanitarian, software,
  encyclopedia, sports, weather, government, business, textbook, museum, news, legal notices,
  travel, jobs, telecom, transport, manuals, food, biography, science, interview;
  ``bench/data/handwritten2/README.md``), split by ``<register>/<name>`` under its own corpus
  name.  First contact judged in stop 20 (``bench/data/handwritten2/FIRST_CONTACT.md``).
* ``handwritten3``: ``bench/data/handwritten3/<register>/<name>.en.txt`` + ``.ps.txt``, the same
  layout and loader, written in stop 21 by two writers who had not seen the rules, in the genres
  whose held-out parts fare worst (encyclopedic articles as Seed and FLoRes; health and news as
  TICO-19 and NTREX); first contact judged in stop 21 (``bench/data/handwritten3/FIRST_CONTACT.md``).

A corpus whose files are missing raises :class:`CorpusMissing` (the bench reports it and goes on).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from splits import part_of  # noqa: E402

SHARED = BENCH.parent.parent / "shared" / "data"
NTREX = SHARED / "ntrex-en-ps"
FLORES = SHARED / "flores-v1-ps-en"
HANDWRITTEN = BENCH / "data" / "handwritten"
HANDWRITTEN2 = BENCH / "data" / "handwritten2"
HANDWRITTEN3 = BENCH / "data" / "handwritten3"
TICO = BENCH / "data" / "tico19"
NLLBSEED = BENCH / "data" / "nllbseed"          # data files not committed (README.md); also looked for in SHARED
FLORES_CHUNK = 20
TICO_CHUNK = 25
NLLBSEED2 = BENCH / "data" / "nllbseed2"
NLLBSEED3 = BENCH / "data" / "nllbseed3"
NLLBSEED_CHUNK = 25
CORPORA = ("ntrex", "flores", "handwritten", "tico", "nllbseed", "nllbseed2", "nllbseed3",
           "handwritten2", "handwritten3")   # the default set of the benches
ALL_CORPORA = CORPORA       # every corpus a bench accepts (a new one stays out of CORPORA until first contact is judged)


class CorpusMissing(Exception):
    """The corpus's files are not there (yet)."""


@dataclass
class Doc:
    unit: str                   # verdict-file document name (ntrex003, flores/tuning/000, health/x)
    part: str                   # "tuning" or "held-out"
    en: list                    # English lines
    ps: list                    # Pashto lines (line i translates en[i])
    line_ids: list = field(default_factory=list)   # corpus line number of each line
    segmented: bool = True      # one sentence per line


def _read_lines(path: Path) -> list:
    if not path.exists():
        raise CorpusMissing(f"{path} not found")
    return path.read_text(encoding="utf-8").splitlines()


def load_ntrex() -> list:
    en = _read_lines(NTREX / "newstest2019.en.txt")
    ps = _read_lines(NTREX / "newstest2019.ps.txt")
    ids = _read_lines(NTREX / "document_ids.tsv")
    docs: dict = {}
    for i, d in enumerate(ids):
        docs.setdefault(d.split("\t")[0], []).append(i)
    return [Doc(f"ntrex{k:03d}", part_of("ntrex", doc_id), [en[i] for i in rows], [ps[i] for i in rows], rows)
            for k, (doc_id, rows) in enumerate(docs.items())]


def load_flores(chunk: int = FLORES_CHUNK) -> list:
    en = _read_lines(FLORES / "wikipedia.dev.ps-en.en")
    ps = _read_lines(FLORES / "wikipedia.dev.ps-en.ps")
    if len(en) != len(ps):
        raise CorpusMissing(f"{FLORES}: {len(en)} English lines but {len(ps)} Pashto lines")
    out = []
    for part in ("tuning", "held-out"):
        rows = [i for i in range(len(en)) if part_of("flores", i) == part]
        for k in range(0, len(rows), chunk):
            sel = rows[k:k + chunk]
            out.append(Doc(f"flores/{part}/{k // chunk:03d}", part, [en[i] for i in sel], [ps[i] for i in sel], sel))
    return out


def load_handwritten(root: Path = HANDWRITTEN, corpus: str = "handwritten") -> list:
    """A hand-written corpus: ``<root>/<register>/<name>.en.txt`` + ``.ps.txt``, line-aligned,
    one document each, unit ``<register>/<name>`` split under the corpus name ``corpus``."""
    if not root.is_dir():
        raise CorpusMissing(f"{root.relative_to(BENCH.parent)} does not exist yet")
    out = []
    for en_path in sorted(root.glob("*/*.en.txt")):
        name = en_path.name[:-len(".en.txt")]
        ps_path = en_path.with_name(name + ".ps.txt")
        if not ps_path.exists():
            print(f"{corpus}: {en_path.relative_to(root)} has no .ps.txt partner, skipped", file=sys.stderr)
            continue
        unit = f"{en_path.parent.name}/{name}"
        en, ps = _read_lines(en_path), _read_lines(ps_path)
        if len(en) != len(ps):
            print(f"{corpus}: {unit}: {len(en)} English lines, {len(ps)} Pashto lines (not line-aligned)",
                  file=sys.stderr)
        out.append(Doc(unit, part_of(corpus, unit), en, ps, list(range(max(len(en), len(ps)))),
                       segmented=False))
    if not out:
        raise CorpusMissing(f"{root.relative_to(BENCH.parent)} has no <register>/<name>.en.txt + .ps.txt pairs yet")
    return out


def load_handwritten2() -> list:
    return load_handwritten(HANDWRITTEN2, "handwritten2")


def load_handwritten3() -> list:
    return load_handwritten(HANDWRITTEN3, "handwritten3")


def _load_chunked(corpus: str, root: Path, stem: str, doc_of, chunk: int) -> list:
    """A corpus kept as ``<stem>.en.txt``, ``<stem>.ps.txt`` and ``<stem>.ids.tsv`` (line i
    translates line i; the ids row names its document through ``doc_of``): each document cut
    into chunks of ``chunk`` consecutive lines, ``<corpus>/<document>/<k>``, the unit of the split."""
    en = _read_lines(root / f"{stem}.en.txt")
    ps = _read_lines(root / f"{stem}.ps.txt")
    ids = _read_lines(root / f"{stem}.ids.tsv")
    if not len(en) == len(ps) == len(ids):
        raise CorpusMissing(f"{root}: {len(en)} English, {len(ps)} Pashto, {len(ids)} id lines")
    docs: dict = {}
    for i, row in enumerate(ids):
        docs.setdefault(doc_of(row.split("\t")[0]), []).append(i)
    out = []
    for doc_id, rows in docs.items():
        for k in range(0, len(rows), chunk):
            sel = rows[k:k + chunk]
            unit = f"{corpus}/{doc_id}/{k // chunk:02d}"
            out.append(Doc(unit, part_of(corpus, unit), [en[i] for i in sel], [ps[i] for i in sel], sel))
    return out


def load_tico(chunk: int = TICO_CHUNK) -> list:
    return _load_chunked("tico", TICO, "tico19", lambda first: first.rsplit(":", 1)[0], chunk)


def load_nllbseed(chunk: int = NLLBSEED_CHUNK) -> list:
    root = NLLBSEED if (NLLBSEED / "nllbseed.en.txt").exists() else SHARED / "nllbseed"
    return _load_chunked("nllbseed", root, "nllbseed", lambda first: first, chunk)


def load_nllbseed2(chunk: int = NLLBSEED_CHUNK) -> list:
    return _load_chunked("nllbseed2", NLLBSEED2, "nllbseed2", lambda first: first, chunk)


def load_nllbseed3(chunk: int = NLLBSEED_CHUNK) -> list:
    return _load_chunked("nllbseed3", NLLBSEED3, "nllbseed3", lambda first: first, chunk)


LOADERS = {"ntrex": load_ntrex, "flores": load_flores, "handwritten": load_handwritten, "tico": load_tico,
           "nllbseed": load_nllbseed, "nllbseed2": load_nllbseed2,
           "nllbseed3": load_nllbseed3, "handwritten2": load_handwritten2,
           "handwritten3": load_handwritten3}


def load(corpus: str) -> list:
    if corpus not in LOADERS:
        raise SystemExit(f"unknown corpus {corpus!r}; one of {', '.join(ALL_CORPORA)}")
    return LOADERS[corpus]()


if __name__ == "__main__":
    for name in ALL_CORPORA:
        try:
            docs = load(name)
        except CorpusMissing as e:
            print(f"{name}: missing ({e})")
            continue
        for part in ("tuning", "held-out"):
            sel = [d for d in docs if d.part == part]
            print(f"{name} {part}: {len(sel)} documents, {sum(len(d.en) for d in sel)} English lines")
