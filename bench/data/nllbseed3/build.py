"""Rebuild ``nllbseed3.{en.txt,ps.txt,ids.tsv}`` (and check ``../nllbseed``, ``../nllbseed2``) from upstream OLDI Seed.

    python bench/data/nllbseed3/build.py [GIT_DIR]

GIT_DIR: a git clone (bare or not) of ``openlanguagedata/seed`` holding commit ``4584967``
(default ``/work/.mirror/openlanguagedata+seed/repo``).  The cutting into documents and their
order are ``bench/data/nllbseed2/build.py``'s (imported, not copied): documents ordered by
``sha256("aligner-nllbseed-subset-v1:<document id>")``; the first documents until at least 2,000
lines must reproduce ``bench/data/nllbseed`` byte for byte, the next until at least 2,400 further
lines ``bench/data/nllbseed2`` byte for byte, else this stops; every document left after those two
is ``nllbseed3``, written in upstream order, text unchanged.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NLLBSEED = HERE.parent / "nllbseed"
NLLBSEED2 = HERE.parent / "nllbseed2"


def _seed2_build():
    spec = importlib.util.spec_from_file_location("nllbseed2_build", NLLBSEED2 / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _check(name: str, root: Path, rendered: dict) -> None:
    for ext, text in rendered.items():
        have = (root / f"{name}.{ext}").read_bytes()
        if have != text.encode("utf-8"):
            raise SystemExit(f"{name}.{ext} is not reproduced: cutting or order differs")


def main(argv: list) -> None:
    b = _seed2_build()
    git_dir = argv[0] if argv else "/work/.mirror/openlanguagedata+seed/repo"
    en = b.upstream(git_dir, "seed/eng_Latn").decode("utf-8").split("\n")
    ps = b.upstream(git_dir, "seed/pbt_Arab").decode("utf-8").split("\n")
    meta = b.upstream(git_dir, "seed/metadata.tsv").decode("utf-8").split("\n")
    en, ps, meta = en[:-1] if en[-1] == "" else en, ps[:-1] if ps[-1] == "" else ps, meta[1:]
    meta = meta[:-1] if meta and meta[-1] == "" else meta
    urls = [m.split("\t")[0] for m in meta]
    if not len(en) == len(ps) == len(urls):
        raise SystemExit(f"{len(en)} English, {len(ps)} Pashto, {len(urls)} metadata lines")
    docs = b.documents(urls)
    order = sorted(docs, key=lambda d: hashlib.sha256(f"{b.SALT}:{d}".encode("utf-8")).hexdigest())
    first, k = b.take(order, docs, 0, b.FIRST_MIN)
    _check("nllbseed", NLLBSEED, b.render(first, docs, en, ps, urls))
    second, k = b.take(order, docs, k, b.SECOND_MIN)
    _check("nllbseed2", NLLBSEED2, b.render(second, docs, en, ps, urls))
    third = order[k:]                                   # every document left
    if set(first) & set(second) or set(third) & (set(first) | set(second)):
        raise SystemExit("subsets overlap")
    for ext, text in b.render(third, docs, en, ps, urls).items():
        (HERE / f"nllbseed3.{ext}").write_text(text, encoding="utf-8")
    n3 = sum(len(docs[d]) for d in third)
    if sum(len(docs[d]) for d in first + second) + n3 != len(urls):
        raise SystemExit("the three subsets do not cover every upstream line")
    print(f"{len(urls)} upstream lines, {len(docs)} documents, {len(set(urls))} articles; "
          f"nllbseed reproduced ({len(first)} documents, {sum(len(docs[d]) for d in first)} lines); "
          f"nllbseed2 reproduced ({len(second)} documents, {sum(len(docs[d]) for d in second)} lines); "
          f"nllbseed3: {len(third)} documents, {n3} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
