"""Planted errors per localization format (issue 13): is each one caught, on the right unit?

For every format (JSON i18n, YAML i18n, gettext PO, Android strings.xml, XLIFF 1.2, XLIFF 2.x,
TMX) the bench writes a clean file pair (or bilingual file) of real English→Pashto sentence
pairs from NTREX (``bench/corpora.py``; tuning and held-out documents kept apart by
``bench/splits.py``), a third of the units carrying a placeholder in the format's own syntax
and a third an inline tag pair, then a copy with errors planted into chosen units:

* ``ph_dropped``   the placeholder removed from the translation;
* ``ph_renamed``   the placeholder replaced by another variable (``%1$s`` → ``%2$s``);
* ``tag_dropped``  the inline tag pair removed from the translation (its text kept);
* ``number``       one number of the translation changed (+1 on its last digit);
* ``copy``         the translation replaced by the English source;
* ``empty``        the translation emptied ("").

A plant is caught when a warning or error of the expected codes names the planted unit
(``finding.unit`` id/key).  On the clean file, the warnings and errors are counted per 1,000
units, and split into those the same sentence pairs also get when checked as plain text
(the prose checks' verdicts on NTREX: ``bench/data/ntrex_verdicts.tsv``), and those the
format adds (``format_added``: a placeholder read as a number, a tag as a word...), which
must be zero; ``--show`` lists them.

    .venv/bin/python bench/formats_bench.py                    # every format, both parts
    .venv/bin/python bench/formats_bench.py --formats po,json --per-kind 8 --show
    .venv/bin/python bench/formats_bench.py --json bench/results/formats.json
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from corpora import load  # noqa: E402

FORMATS = ("json", "yaml", "po", "android", "xliff12", "xliff2", "tmx")
KINDS = ("ph_dropped", "ph_renamed", "tag_dropped", "number", "copy", "empty")
EXPECTED = {
    # XLIFF/TMX write placeholders as inline codes (<x/>, <ph/>): a TAG- finding is right there
    "ph_dropped": ("PH-", "TAG-"),
    "ph_renamed": ("PH-", "TAG-"),
    "tag_dropped": ("TAG-",),
    "number": ("NUM-", "TIME-", "DATE-"),
    "copy": ("L10N-SAME", "UNTRANS-"),
    "empty": ("L10N-EMPTY",),
}
_DIGITS = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]+")


# ----------------------------------------------------------------------------- units

class U:
    """One bench unit: id, English, Pashto, and what it carries (placeholder / tag / none)."""

    def __init__(self, uid, en, ps, carries):
        self.id, self.en, self.ps, self.carries = uid, en, ps, carries


def base_units(part: str, n: int, seed: int = 13) -> list[U]:
    """``n`` NTREX pairs of ``part`` (short sentences), a third with a placeholder, a third
    with a tag pair (markers ⟦PH1⟧ / ⟦B⟧…⟦/B⟧ that each format writes in its own syntax)."""
    pairs = [(e, p) for d in load("ntrex") if d.part == part for e, p in zip(d.en, d.ps)
             if 4 <= len(e.split()) <= 22 and e.strip() and p.strip() and "$" not in e + p]
    rng = random.Random(f"{seed}:{part}")
    rng.shuffle(pairs)
    # numbers are wanted in some units for the number plants
    with_num = [x for x in pairs if _DIGITS.search(x[1]) and _DIGITS.search(x[0])][: n // 4]
    rest = [x for x in pairs if x not in with_num][: n - len(with_num)]
    chosen = with_num + rest
    rng.shuffle(chosen)
    out = []
    for i, (en, ps) in enumerate(chosen):
        kind = ("ph", "tag", "none")[i % 3]
        if kind == "ph":
            en, ps = f"⟦PH1⟧: {en}", f"⟦PH1⟧: {ps}"
        elif kind == "tag":
            en, ps = f"⟦B⟧{en}⟦/B⟧", f"⟦B⟧{ps}⟦/B⟧"
        out.append(U(f"msg{i}", en, ps, kind))
    return out


def plant(units: list[U], per_kind: int, seed: int = 7) -> tuple[list[U], dict[str, str]]:
    """A copy of ``units`` with errors planted, and unit id → kind."""
    rng = random.Random(seed)
    out = [U(u.id, u.en, u.ps, u.carries) for u in units]
    free = list(range(len(out)))
    rng.shuffle(free)
    planted: dict[str, str] = {}

    def take(pred):
        for k in list(free):
            if pred(out[k]):
                free.remove(k)
                return out[k]
        return None

    for kind in KINDS:
        for _ in range(per_kind):
            if kind in ("ph_dropped", "ph_renamed"):
                u = take(lambda u: u.carries == "ph")
            elif kind == "tag_dropped":
                u = take(lambda u: u.carries == "tag")
            elif kind == "number":
                u = take(lambda u: _DIGITS.search(u.ps.replace("⟦PH1⟧", "")) is not None)
            else:
                u = take(lambda u: True)
            if u is None:
                break
            if kind == "ph_dropped":
                u.ps = u.ps.replace("⟦PH1⟧: ", "")
            elif kind == "ph_renamed":
                u.ps = u.ps.replace("⟦PH1⟧", "⟦PH2⟧")
            elif kind == "tag_dropped":
                u.ps = u.ps.replace("⟦B⟧", "").replace("⟦/B⟧", "")
            elif kind == "number":
                m = list(_DIGITS.finditer(u.ps))[-1]
                digits = m.group()
                last = digits[-1]
                base = "0123456789" if last.isascii() else ("۰۱۲۳۴۵۶۷۸۹" if "\u06f0" <= last <= "\u06f9" else "٠١٢٣٤٥٦٧٨٩")
                new = digits[:-1] + base[(base.index(last) + 1) % 10]
                u.ps = u.ps[:m.start()] + new + u.ps[m.end():]
            elif kind == "copy":
                u.ps = u.en
            elif kind == "empty":
                u.ps = ""
            planted[u.id] = kind
    return out, planted


# ----------------------------------------------------------------------------- writers

def _syntax(fmt: str) -> dict:
    """How a format writes the markers: placeholder n, tag open, tag close (text formats
    escape the text themselves)."""
    return {
        "json": {"ph": "${n}", "b": "<b>", "/b": "</b>"},
        "yaml": {"ph": "%{var{n}}", "b": "<b>", "/b": "</b>"},
        "po": {"ph": "%{n}$s", "b": "<b>", "/b": "</b>"},
        "android": {"ph": "%{n}$s", "b": "<b>", "/b": "</b>"},
        "xliff12": {"ph": '<x id="{n}"/>', "b": '<g id="b1">', "/b": "</g>"},
        "xliff2": {"ph": '<ph id="{n}"/>', "b": '<pc id="b1">', "/b": "</pc>"},
        "tmx": {"ph": '<ph x="{n}">{{n}}</ph>', "b": '<bpt i="1">&lt;b&gt;</bpt>', "/b": '<ept i="1">&lt;/b&gt;</ept>'},
    }[fmt]


def render(text: str, fmt: str, xml: bool) -> str:
    """A unit text with its markers in the syntax of ``fmt`` (XML-escaped text for XML formats)."""
    syn = _syntax(fmt)
    parts = re.split(r"(⟦PH\d⟧|⟦/?B⟧)", text)
    out = []
    for p in parts:
        if p.startswith("⟦PH"):
            out.append(syn["ph"].replace("{n}", p[3]))
        elif p == "⟦B⟧":
            out.append(syn["b"])
        elif p == "⟦/B⟧":
            out.append(syn["/b"])
        else:
            out.append(escape(p) if xml else p)
    return "".join(out)


def write(units: list[U], fmt: str, folder: Path) -> list[Path]:
    """The file(s) of ``units`` in ``fmt``: [source, target] or [bilingual file]."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        en = {"@metadata": {"authors": ["bench"]}, **{u.id: render(u.en, fmt, False) for u in units}}
        ps = {"@metadata": {"authors": ["bench"]}, **{u.id: render(u.ps, fmt, False) for u in units}}
        (folder / "en.json").write_text(json.dumps(en, ensure_ascii=False, indent="\t"), encoding="utf-8")
        (folder / "ps.json").write_text(json.dumps(ps, ensure_ascii=False, indent="\t"), encoding="utf-8")
        return [folder / "en.json", folder / "ps.json"]
    if fmt == "yaml":
        def y(lang, attr):
            lines = [f"{lang}:", "  app:"]
            for u in units:
                lines.append(f"    {u.id}: {json.dumps(render(getattr(u, attr), fmt, False), ensure_ascii=False)}")
            return "\n".join(lines) + "\n"
        (folder / "en.yml").write_text(y("en", "en"), encoding="utf-8")
        (folder / "ps.yml").write_text(y("ps", "ps"), encoding="utf-8")
        return [folder / "en.yml", folder / "ps.yml"]
    if fmt == "po":
        lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: ps\\n"',
                 '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', ""]
        for u in units:
            if u.carries == "ph":
                lines.append("#, c-format")
            lines += [f"msgctxt {json.dumps(u.id)}", f"msgid {json.dumps(render(u.en, fmt, False), ensure_ascii=False)}",
                      f"msgstr {json.dumps(render(u.ps, fmt, False), ensure_ascii=False)}", ""]
        (folder / "ps.po").write_text("\n".join(lines), encoding="utf-8")
        return [folder / "ps.po"]
    if fmt == "android":
        def a(attr):
            rows = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>"]
            for u in units:
                text = render(getattr(u, attr), fmt, True).replace("'", "\\'")
                rows.append(f'    <string name="{u.id}">{text}</string>')
            return "\n".join(rows + ["</resources>"]) + "\n"
        (folder / "values").mkdir(exist_ok=True)
        (folder / "values-ps").mkdir(exist_ok=True)
        (folder / "values" / "strings.xml").write_text(a("en"), encoding="utf-8")
        (folder / "values-ps" / "strings.xml").write_text(a("ps"), encoding="utf-8")
        return [folder / "values" / "strings.xml", folder / "values-ps" / "strings.xml"]
    xml_files = {   # format: (file name, head, one unit (id, en, ps), tail)
        "xliff12": ("app.xlf", '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
                    '<file original="app" source-language="en" target-language="ps" datatype="plaintext"><body>',
                    '<trans-unit id="{id}"><source>{en}</source><target state="translated">{ps}</target></trans-unit>',
                    "</body></file></xliff>"),
        "xliff2": ("app.xlf", '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" '
                   'trgLang="ps">\n<file id="f1">',
                   '<unit id="{id}"><segment state="translated"><source>{en}</source><target>{ps}</target>'
                   '</segment></unit>', "</file></xliff>"),
        "tmx": ("mem.tmx", '<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" '
                'segtype="sentence" o-tmf="bench" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>',
                '<tu tuid="{id}"><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="ps"><seg>{ps}</seg></tuv></tu>',
                "</body></tmx>"),
    }
    if fmt in xml_files:
        name, head, row, tail = xml_files[fmt]
        rows = ['<?xml version="1.0" encoding="UTF-8"?>', head]
        rows += [row.format(id=u.id, en=render(u.en, fmt, True), ps=render(u.ps, fmt, True)) for u in units]
        (folder / name).write_text("\n".join(rows + [tail]) + "\n", encoding="utf-8")
        return [folder / name]
    raise ValueError(fmt)


# ----------------------------------------------------------------------------- run

def _unit_token(f) -> str:
    return json.dumps(f.unit or {}, ensure_ascii=False)


def run_file(paths: list[Path]):
    from aligner.pipeline import check_pair
    src = paths[0]
    tgt = paths[1] if len(paths) > 1 else None
    return check_pair(src, tgt, {"check_languages": False})


_MARK = re.compile(r"⟦PH\d⟧: |⟦/?B⟧")


def prose_alarms(units: list[U]) -> set:
    """(code, unit id) of the warnings and errors the same pairs get as plain text."""
    from aligner.api import check
    en = "\n".join(_MARK.sub("", u.en) for u in units)
    ps = "\n".join(_MARK.sub("", u.ps) for u in units)
    res = check(en, ps, segmented=True, config={"check_related": False})
    out = set()
    for f in res.findings:
        if f.severity in ("warning", "error") and f.bead is not None:
            b = res.beads[f.bead]
            # one sentence per line (segmented): a sentence's index is its line's
            out.add((f.code, units[(b.target or b.source)[0]].id))
    return out


def _uid(f) -> str:
    return (f.unit or {}).get("id", "")


def bench(formats, parts, n, per_kind, show=False) -> dict:
    out = {}
    with tempfile.TemporaryDirectory(prefix="aligner-formats-") as tmp:
        for part in parts:
            units = base_units(part, n)
            planted_units, planted = plant(units, per_kind)
            prose = prose_alarms(units)
            for fmt in formats:
                row = {"units": len(units)}
                try:
                    clean = run_file(write(units, fmt, Path(tmp) / part / fmt / "clean"))
                    dirty = run_file(write(planted_units, fmt, Path(tmp) / part / fmt / "planted"))
                except Exception as exc:          # a reader not there yet: say so, go on
                    out.setdefault(part, {})[fmt] = {"error": f"{type(exc).__name__}: {exc}"}
                    print(f"{part:8} {fmt:8} ERROR {type(exc).__name__}: {exc}")
                    continue
                alarms = [f for f in clean.findings if f.severity in ("warning", "error")]
                row["false_alarms"] = len(alarms)
                row["false_per_1k"] = round(1000 * len(alarms) / len(units), 1)
                row["false_by_code"] = dict(Counter(f.code for f in alarms))
                ids = {u.id for u in units}
                added = [f for f in alarms
                         if (f.code, next((i for i in ids if re.search(rf"(^|[|/.]){i}($|[|/])", _uid(f))), "")) not in prose]
                row["format_added"] = len(added)
                row["format_added_by_code"] = dict(Counter(f.code for f in added))
                by_kind = defaultdict(lambda: [0, 0])
                missed = []
                for uid, kind in planted.items():
                    if kind == "empty" and fmt == "po":
                        continue        # an empty msgstr is how PO says "untranslated", not an error
                    pat = re.compile(rf'"{uid}"|[.:|/]{uid}"|"{uid}[/|]')
                    hit = any(f.severity in ("warning", "error") and f.code.startswith(EXPECTED[kind])
                              and pat.search(_unit_token(f)) for f in dirty.findings)
                    by_kind[kind][1] += 1
                    by_kind[kind][0] += hit
                    if not hit:
                        missed.append((kind, uid))
                row["recall"] = {k: f"{c}/{t}" for k, (c, t) in sorted(by_kind.items())}
                caught = sum(c for c, _ in by_kind.values())
                total = sum(t for _, t in by_kind.values())
                row["recall_all"] = round(caught / total, 3) if total else None
                row["missed"] = missed
                out.setdefault(part, {})[fmt] = row
                print(f"{part:8} {fmt:8} recall {caught}/{total} ({row['recall_all']:.0%})  "
                      f"warnings+errors on clean {len(alarms)} on {len(units)} units, "
                      f"{len(added)} added by the format {row['format_added_by_code']}")
                if show:
                    for kind, uid in missed:
                        u = next(x for x in planted_units if x.id == uid)
                        print(f"    missed {kind} {uid}: {u.ps[:90]}")
                    for f in added:
                        print(f"    added {f.code} {f.unit and f.unit.get('id')}: {f.message[:100]}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--part", default="tuning,held-out")
    ap.add_argument("--units", type=int, default=90, help="units per file (default 90)")
    ap.add_argument("--per-kind", type=int, default=5, help="plants of each kind per file (default 5)")
    ap.add_argument("--show", action="store_true", help="print the misses and the false alarms")
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args(argv)
    res = bench(a.formats.split(","), a.part.split(","), a.units, a.per_kind, a.show)
    if a.json:
        Path(a.json).write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
