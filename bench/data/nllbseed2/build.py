"""Rebuild ``nllbseed2.{en.txt,ps.txt,ids.tsv}`` (and check ``../nllbseed``) from upstream OLDI Seed.

    python bench/data/nllbseed2/build.py [GIT_DIR]

GIT_DIR: a git clone (bare or not) of ``openlanguagedata/seed`` holding commit ``4584967``
(default ``/work/.mirror/openlanguagedata+seed/repo``).  Cuts the upstream lines into
documents (one per run of consecutive lines with the same URL; the document id is the URL's
last path part, ``.2``, ``.3`` … for a second, third run of the same article), orders them by
``sha256("aligner-nllbseed-subset-v1:<document id>")``, checks that the first documents taken
until at least 2,000 lines reproduce ``bench/data/nllbseed`` byte for byte, then continues the
same order past that subset until at least 2,400 further lines are taken, and writes those
documents in upstream order, text unchanged.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NLLBSEED = HERE.parent / "nllbseed"
COMMIT = "4584967"
SHA256 = {"seed/eng_Latn": "55d30a333f99dbb44a9f5c3c3828d6e33ddf9d15040d5d8c985526c8be4577b1",
          "seed/pbt_Arab": "e897be7ded2236db81022da6ccaea11aeb725d2f065bacad1bc41ca6a8e68fbc",
          "seed/metadata.tsv": "2e58bbce6d91b12544d8bb7fa44280e6a521cd8dadafcca2467f3c975fddf240"}
SALT = "aligner-nllbseed-subset-v1"
FIRST_MIN, SECOND_MIN = 2000, 2400


def upstream(git_dir: str, path: str) -> bytes:
    data = subprocess.run(["git", "-C", git_dir, "show", f"{COMMIT}:{path}"], check=True,
                          capture_output=True).stdout
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256[path]:
        raise SystemExit(f"{path}: sha256 {digest}, expected {SHA256[path]}")
    return data


def documents(urls: list) -> dict:
    """{document id: [upstream line numbers]} in upstream order."""
    docs: dict = {}
    runs: dict = {}
    prev = None
    for i, url in enumerate(urls):
        if url != prev:
            slug = url.rstrip("/").rsplit("/", 1)[-1]
            runs[slug] = runs.get(slug, 0) + 1
            doc_id = slug if runs[slug] == 1 else f"{slug}.{runs[slug]}"
            docs[doc_id] = []
            prev = url
        docs[doc_id].append(i)
    return docs


def take(order: list, docs: dict, start: int, minimum: int) -> tuple:
    """The documents of ``order`` from ``start`` on until at least ``minimum`` lines; next index."""
    chosen, n, k = [], 0, start
    while n < minimum:
        chosen.append(order[k])
        n += len(docs[order[k]])
        k += 1
    return chosen, k


def render(chosen: list, docs: dict, en: list, ps: list, urls: list) -> dict:
    rows = sorted((i, d) for d in chosen for i in docs[d])          # upstream order
    return {"en.txt": "".join(en[i] + "\n" for i, _ in rows),
            "ps.txt": "".join(ps[i] + "\n" for i, _ in rows),
            "ids.tsv": "".join(f"{d}\t{i}\t{urls[i]}\n" for i, d in rows)}


def main(argv: list) -> None:
    git_dir = argv[0] if argv else "/work/.mirror/openlanguagedata+seed/repo"
    en = upstream(git_dir, "seed/eng_Latn").decode("utf-8").split("\n")
    ps = upstream(git_dir, "seed/pbt_Arab").decode("utf-8").split("\n")
    meta = upstream(git_dir, "seed/metadata.tsv").decode("utf-8").split("\n")
    en, ps, meta = en[:-1] if en[-1] == "" else en, ps[:-1] if ps[-1] == "" else ps, meta[1:]
    meta = meta[:-1] if meta and meta[-1] == "" else meta
    urls = [m.split("\t")[0] for m in meta]
    if not len(en) == len(ps) == len(urls):
        raise SystemExit(f"{len(en)} English, {len(ps)} Pashto, {len(urls)} metadata lines")
    docs = documents(urls)
    order = sorted(docs, key=lambda d: hashlib.sha256(f"{SALT}:{d}".encode("utf-8")).hexdigest())
    first, k = take(order, docs, 0, FIRST_MIN)
    for ext, text in render(first, docs, en, ps, urls).items():   # the existing subset, byte for byte
        have = (NLLBSEED / f"nllbseed.{ext}").read_bytes()
        if have != text.encode("utf-8"):
            raise SystemExit(f"nllbseed.{ext} is not reproduced: cutting or order differs")
    second, _ = take(order, docs, k, SECOND_MIN)
    for ext, text in render(second, docs, en, ps, urls).items():
        (HERE / f"nllbseed2.{ext}").write_text(text, encoding="utf-8")
    print(f"{len(urls)} upstream lines, {len(docs)} documents, {len(set(u for u in urls))} articles; "
          f"nllbseed reproduced ({len(first)} documents, {sum(len(docs[d]) for d in first)} lines); "
          f"nllbseed2: {len(second)} documents, {sum(len(docs[d]) for d in second)} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
