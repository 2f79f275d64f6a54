"""HTML and DOCX documents against the same text as plain text (issue 13).

For NTREX news documents (``bench/corpora.py``; a part chosen by ``bench/splits.py``) the
bench writes each English/Pashto document pair three ways: plain text (one line a block),
HTML (a heading, paragraphs and list items with inline ``<b>``/``<i>``/``<span dir>`` markup,
the same ``<a href>`` links on both sides, one Arabic-script letter per paragraph written as a
numeric character reference, a script, a style and a comment)
and DOCX (Heading 1, paragraphs split into several runs, a numbered paragraph, a table row),
and checks each pair with ``aligner check``'s pipeline (``pipeline.check_pair``, in process).

* clean: the warnings and errors of each format, and how they differ from plain text's
  (``added``: a finding the markup caused; ``missing``: one the markup hid): both should be 0;
* planted: one number of one Pashto line changed (+1 on its last digit, a number the English
  line has too): caught when a NUM-/TIME-/DATE- warning or error's target span, in the
  format's own text, covers the changed digit.

    .venv/bin/python bench/documents_bench.py                        # held-out NTREX
    .venv/bin/python bench/documents_bench.py --part tuning --docs 10
    .venv/bin/python bench/documents_bench.py --json bench/results/documents.json
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "formats" / "docx"))

from corpora import load  # noqa: E402
from make_docx import docx_bytes, para, run, table  # noqa: E402

FORMATS = ("text", "html", "docx")
_NUMBER = re.compile(r"[0-9\u06f0-\u06f9]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_FOLD = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _inline(line: str, rng: random.Random, link: str = "") -> str:
    """The line HTML-escaped, one word wrapped in inline markup, the first word in a link when
    ``link`` (the same lines of both sides carry the same links, as in a real page), a Pashto
    letter written as a numeric character reference."""
    words = line.split(" ")
    k = rng.randrange(len(words))
    out = []
    for i, w in enumerate(words):
        e = html.escape(w, quote=False)
        if i == k and w and not _NUMBER.search(w):
            e = rng.choice(['<b>{}</b>', '<i>{}</i>', '<span dir="ltr" lang="en">{}</span>']).format(e)
        if i == 0 and link:
            e = f'<a href="{link}">{e}</a>'
        out.append(e)
    text = " ".join(out)
    letters = [m.start() for m in _ARABIC.finditer(text)]
    if letters:
        i = rng.choice(letters)
        if text[i - 1:i] != "&":
            text = text[:i] + f"&#{ord(text[i])};" + text[i + 1:]
    return text


def to_html(lines: list[str], lang: str, seed: int) -> str:
    rng = random.Random(seed)
    body = [f"<h1>{_inline(lines[0], rng)}</h1>"]
    rest = lines[1:]
    for i, line in enumerate(rest):
        link = f"https://example.org/news?id={i}&amp;p=2" if i % 4 == 2 else ""
        if i % 5 == 3:
            body.append(f"<ul><li>{_inline(line, rng, link)}</li></ul>")
        else:
            body.append(f"<p>{_inline(line, rng, link)}</p>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
            f'<style>p {{ margin: 12px }}</style><script>var n = 42;</script></head>\n<body>\n'
            + "\n".join(body) + "\n<!-- 2019 -->\n</body></html>\n")


def to_docx(lines: list[str], seed: int) -> bytes:
    rng = random.Random(seed)

    def runs(line):
        if len(line) < 4:
            return [line]
        a, b = sorted(rng.sample(range(1, len(line)), 2))
        return [line[:a], run(line[a:b], bold=True), line[b:]]

    body = [para(lines[0], style="Heading1")]
    for i, line in enumerate(lines[1:]):
        if i % 5 == 3:
            body.append(para(*runs(line), numbered=True))
        elif i % 7 == 5:
            body.append(table([[line]]))
        else:
            body.append(para(*runs(line)))
    return docx_bytes("".join(body))


def plant(doc, rng: random.Random):
    """(line index, new Pashto line, start, end of the changed number in the line) or None."""
    choices = []
    for i, (en, ps) in enumerate(zip(doc.en, doc.ps)):
        en_numbers = {m.group().translate(_FOLD) for m in _NUMBER.finditer(en)}
        for m in _NUMBER.finditer(ps):
            if m.group().translate(_FOLD) in en_numbers and len(m.group()) >= 2:
                choices.append((i, m))
    if not choices:
        return None
    i, m = rng.choice(choices)
    digits = m.group()
    last = digits[-1]
    zero = "0" if last.isascii() else "۰"
    new = digits[:-1] + chr(ord(zero) + (ord(last) - ord(zero) + 1) % 10)
    line = doc.ps[i]
    return i, line[:m.start()] + new + line[m.end():], new


def write(folder: Path, name: str, lines: list[str], lang: str, fmt: str, seed: int) -> Path:
    if fmt == "text":
        path = folder / f"{name}.{lang}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "html":
        path = folder / f"{name}.{lang}.html"
        path.write_text(to_html(lines, lang, seed), encoding="utf-8")
    else:
        path = folder / f"{name}.{lang}.docx"
        path.write_bytes(to_docx(lines, seed))
    return path


def serious(result) -> list:
    return [f for f in result.findings if f.severity in ("warning", "error")]


def _key(f) -> tuple:
    """A finding by what it says (plain text of both spans), the same in every format."""
    def plain(span):
        if span is None:
            return None
        return re.sub(r"<[^>]*>", "", html.unescape(span.text)).strip()
    return f.code, plain(f.source), plain(f.target)


def bench(part: str, n_docs: int, seed: int = 5) -> dict:
    from aligner.errors import InputError
    from aligner.pipeline import check_pair
    docs = [d for d in load("ntrex") if d.part == part][:n_docs]
    rng = random.Random(seed)
    out = {f: {"docs": 0, "clean_serious": 0, "added": 0, "missing": 0, "planted": 0, "caught": 0,
               "at_number": 0, "seconds": 0.0, "refused": 0} for f in FORMATS}
    examples = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k, doc in enumerate(docs):
            planted = plant(doc, rng)
            base = None
            for fmt in FORMATS:
                src = write(folder, f"d{k}", doc.en, "en", fmt, seed + k)
                tgt = write(folder, f"d{k}", doc.ps, "ps", fmt, seed + k + 1000)
                row = out[fmt]
                t0 = time.perf_counter()
                try:
                    clean = check_pair(src, tgt, None)
                except InputError as exc:
                    row["refused"] += 1
                    examples.append(f"{fmt} {doc.unit}: refused: {exc}")
                    continue
                row["docs"] += 1
                keys = {_key(f) for f in serious(clean)}
                row["clean_serious"] += len(keys)
                if fmt == "text":
                    base = keys
                elif base is not None:
                    row["added"] += len(keys - base)
                    row["missing"] += len(base - keys)
                    examples += [f"{fmt} {doc.unit}: added {k}" for k in keys - base]
                    examples += [f"{fmt} {doc.unit}: missing {k}" for k in base - keys]
                if planted:
                    i, line, new = planted
                    lines = doc.ps[:i] + [line] + doc.ps[i + 1:]
                    bad = write(folder, f"d{k}b", lines, "ps", fmt, seed + k + 1000)
                    result = check_pair(src, bad, None)
                    row["planted"] += 1
                    hits = [f for f in serious(result) if f.code.startswith(("NUM-", "TIME-", "DATE-"))
                            and f.target is not None and _key(f) not in keys]
                    if hits:
                        row["caught"] += 1
                        text = result.target.text
                        if any(new.translate(_FOLD) in re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))),
                                                              text[f.target.start:f.target.end]).translate(_FOLD)
                               for f in hits):
                            row["at_number"] += 1
                    else:
                        examples.append(f"{fmt} {doc.unit}: planted {new!r} in line {i + 1} not caught")
                row["seconds"] += time.perf_counter() - t0
    for row in out.values():
        row["seconds"] = round(row["seconds"], 1)
    return {"part": part, "documents": len(docs), "formats": out, "examples": examples}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", default="held-out", choices=("tuning", "held-out"))
    ap.add_argument("--docs", type=int, default=1000, help="at most this many documents")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    res = bench(args.part, args.docs)
    print(f"NTREX {res['part']}: {res['documents']} documents")
    print("| format | documents | clean warnings+errors | added vs text | missing vs text | planted | caught | "
          "at the number | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    for fmt, r in res["formats"].items():
        print(f"| {fmt} | {r['docs']} | {r['clean_serious']} | {r['added'] if fmt != 'text' else '-'} | "
              f"{r['missing'] if fmt != 'text' else '-'} | {r['planted']} | {r['caught']} | {r['at_number']} | "
              f"{r['seconds']} |")
    for line in res["examples"][:40]:
        print(" ", line)
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
