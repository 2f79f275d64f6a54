"""Name robustness: ENTITY-* findings that appear only because a recognised name is spelled
another way real translators spell it (issue 11: false alarms on unseen text).

Modelled on ``bench/orthography_robustness.py``.  For every document of the chosen part of
NTREX, FLoRes and the hand-written texts (``bench/corpora.py``, split by ``bench/splits.py``),
the entity check (the three ENTITY rules, on the gold line alignment: line i ↔ line i, no
model) first finds which English names it recognises in the Pashto (by glossary, by sound).
Then, one respelling kind at a time, **every** recognised Pashto rendering of the document is
respelled that way (the same name the same way each time: one translator's habit) and the
rest of each sentence is kept identical; on the English side, each recognised name is written
another ordinary way.  A warning or error found only after the respelling (matched by code and
line) is a false alarm by construction.  Counted per kind and per code.

Pashto kinds (each applied where it can be; letters are those of field notes §5 and of the
variation seen across FLoRes / NTREX translators): a long vowel letter dropped or added
(ا/و/ی/ې), letter variants (س/ص/ث, ز/ذ/ض/ظ, ت/ط/ټ, د/ډ, ح/ه, ق/ک, ګ/گ), the final vowel
(ه/ا/ې), yeh letters (ی/ي/ې), a Pashto plural or oblique ending glued on, the name kept in
Latin script, a doubled consonant, a multi-word rendering written as one word or a long one
written as two.  English kinds: a possessive 's, "the" before the name, a hyphenated form, an
acronym in title case or with full stops.

    python bench/name_robustness.py                       # tuning parts (the default)
    python bench/name_robustness.py --kinds vowel_drop,latin --show 5
    python bench/name_robustness.py --part held-out       # measure only, never to tune
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from aligner.checks.analyses.spellings import analyse  # noqa: E402
from aligner.checks.entities import entity_findings  # noqa: E402
from aligner.lang.glossary import get_glossary  # noqa: E402
from tests.helpers import context_from_lines  # noqa: E402

from corpora import CORPORA, CorpusMissing, load  # noqa: E402

_VOWELS = "اآویيېۍې"
_NON_JOINING = "اآدذرزژړږو"


def _is_consonant(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff" and c not in _VOWELS + "ه"


def _first(word: str, letters: str, start: int = 0, end: int | None = None) -> int:
    end = len(word) if end is None else end
    for k in range(start, end):
        if word[k] in letters:
            return k
    return -1


def _swap(table: dict, internal: bool = False):
    """Replace the first letter of the rendering found in ``table`` by its variant."""
    def fn(r: str):
        for k, c in enumerate(r):
            if c in table and (not internal or 0 < k < len(r) - 1 and r[k - 1] != " " and r[k + 1] != " "):
                return r[:k] + table[c] + r[k + 1:]
        return None
    return fn


def _longest(r: str) -> tuple[int, str]:
    """Offset and text of the longest word of the rendering (where a respelling goes)."""
    best = max(re.finditer(r"\S+", r), key=lambda m: len(m.group()))
    return best.start(), best.group()


def _in_longest(fn):
    def wrapped(r: str):
        at, w = _longest(r)
        new = fn(w)
        return None if new is None or new == w else r[:at] + new + r[at + len(w):]
    return wrapped


def vowel_drop(w: str):
    k = _first(w, "اوی", 1, len(w) - 1)          # an inner long vowel letter (کابل → کبل)
    return None if k < 0 or len(w) < 4 else w[:k] + w[k + 1:]


def vowel_add(w: str):
    for k in range(1, len(w)):                  # ټرمپ → ټرامپ: a vowel letter in a cluster
        if _is_consonant(w[k - 1]) and _is_consonant(w[k]):
            return w[:k] + "ا" + w[k:]
    return None


def yeh_variant(w: str):
    k = _first(w, "یېي", 1, len(w) - 1)
    if k < 0:
        return None
    return w[:k] + {"ی": "ې", "ې": "ی", "ي": "ی"}[w[k]] + w[k + 1:]


def final_vowel(w: str):
    if len(w) < 4 or w[-1] not in "هاې":
        return None
    return w[:-1] + {"ه": "ا", "ا": "ه", "ې": "ه"}[w[-1]]


def doubled(w: str):
    for k in range(1, len(w) - 1):              # انا → اننا: a consonant written twice
        if _is_consonant(w[k]) and w[k] != w[k - 1] and w[k] != w[k + 1]:
            return w[:k + 1] + w[k] + w[k + 1:]
    return None


def _last_word(fn):
    def wrapped(r: str):
        head, _, last = r.rpartition(" ")
        new = fn(last)
        return None if new is None else (head + " " if head else "") + new
    return wrapped


def ending_plural(w: str):
    if len(w) < 3:
        return None
    return w + ("ګانې" if w[-1] in "اوۍ" else "ونه")


def ending_oblique(w: str):
    if len(w) < 3:
        return None
    if w[-1] in "ها":
        return w[:-1] + "ې"                     # امریکا → امریکې, کندهاره
    return None if w[-1] in "ویيېۍ" else w + "و"     # د ټرمپو، ګوګلو: an oblique plural


def join_split(r: str):
    if " " in r.strip():
        words = r.split(" ")
        if not all(w[-1:] in _NON_JOINING for w in words[:-1]):
            return None                         # (only where the join is invisible)
        return r.replace(" ", "")               # نیو یارک → نیویارک
    if len(r) < 7:
        return None
    for k in range(3, len(r) - 3):              # نیویارک → نیو یارک (after a non-joining letter)
        if r[k - 1] in _NON_JOINING:
            return r[:k] + " " + r[k:]
    return None


#: Pashto kinds: function of the rendering (the Pashto words that render one name) → respelled
#: rendering, or None where the kind does not apply.  "latin" is handled apart (it needs the
#: English name).
PS_KINDS = {
    "vowel_drop": _in_longest(vowel_drop),
    "vowel_add": _in_longest(vowel_add),
    "sin": _swap({"س": "ص", "ص": "س", "ث": "س"}),
    "ze": _swap({"ز": "ذ", "ذ": "ز", "ض": "ز", "ظ": "ز"}),
    "te": _swap({"ت": "ط", "ط": "ت", "ټ": "ت", "ډ": "د"}),
    "he": _swap({"ح": "ه", "ه": "ح"}, internal=True),
    "qaf": _swap({"ق": "ک", "ک": "ق"}),
    "gaf": _swap({"ګ": "گ", "گ": "ګ", "غ": "ګ"}),
    "yeh": _in_longest(yeh_variant),
    "final_vowel": _last_word(final_vowel),
    "ending_plural": _last_word(ending_plural),
    "ending_oblique": _last_word(ending_oblique),
    "doubled": _in_longest(doubled),
    "join_split": join_split,
    "latin": None,
}

def _en_word_respelling(fn):
    """Apply ``fn`` to the longest word of a name (a transliteration from Pashto spelt another
    way: Kandahar / Qandahar, Sayed / Sayyid, Khan / Kan)."""
    def wrapped(name: str):
        words = list(re.finditer(r"[A-Za-z]{4,}", name))
        if not words:
            return None
        w = max(words, key=lambda m: len(m.group()))
        new = fn(w.group())
        return None if not new or new == w.group() else name[:w.start()] + new + name[w.end():]
    return wrapped


def _first_sub(pairs):
    def fn(w: str):
        for a, b in pairs:
            k = w.lower().find(a, 1)
            if k >= 1:
                return w[:k] + b + w[k + len(a):]
        return None
    return fn


#: English transliterations of Pashto names (FLoRes: half its English was translated from
#: Pashto, names spelt as each translator hears them): name (its text) → respelled, or None.
EN_TRANSLIT = {
    "en_vowel": _en_word_respelling(_first_sub([("a", "e"), ("i", "e"), ("u", "o"), ("o", "u"), ("e", "a")])),
    "en_long_vowel": _en_word_respelling(_first_sub([("i", "ee"), ("u", "oo"), ("ee", "i"), ("oo", "u"), ("a", "aa")])),
    "en_consonant": _en_word_respelling(_first_sub([("kh", "k"), ("q", "k"), ("gh", "g"), ("z", "dh"), ("w", "v"),
                                                    ("k", "q"), ("y", "i"), ("s", "ss")])),
    "en_final": _en_word_respelling(lambda w: w[:-1] + "y" if w.endswith("i") else w[:-1] + "i" if w.endswith("y")
                                    else w[:-1] + "ah" if w.endswith("a") else None),
    "en_join": lambda name: name.replace(" ", "").title() if " " in name and len(name.split()) == 2 else None,
}

_LOWER_WORD = re.compile(r"(?<=[a-z,;] )[a-z]{4,}\b")
_LOWER_PAIR = re.compile(r"(?<=[a-z,;] )([a-z]{4,}) ([a-z]{4,})\b")


def _capitalised_word(line: str):
    """The line with its longest mid-sentence lower-case word capitalised (Medications, Wreath:
    writers who capitalise the nouns that matter to them; FLoRes English has many)."""
    words = list(_LOWER_WORD.finditer(line))
    if not words:
        return None
    m = max(words, key=lambda x: len(x.group()))
    return line[:m.start()] + m.group().title() + line[m.end():]


def _capitalised_pair(line: str):
    """The line with its first pair of adjacent mid-sentence lower-case words in Title Case
    (Traditional Cowboy, Treadwear Ratings)."""
    m = _LOWER_PAIR.search(line)
    return None if m is None else line[:m.start()] + m.group().title() + line[m.end():]


#: English kinds applied to every line (not to the recognised names): common words capitalised.
EN_LINE_KINDS = {"en_cap_word": _capitalised_word, "en_cap_pair": _capitalised_pair}

EN_KINDS = ("en_possessive", "en_the", "en_hyphen", "en_acronym_title", "en_acronym_dots") + tuple(EN_TRANSLIT) \
    + tuple(EN_LINE_KINDS)


def _en_variant(kind: str, text: str, s: int, e: int, mention) -> str | None:
    """The English line with the name ``text[s:e]`` written the ``kind`` way, or None."""
    name = text[s:e]
    after, before = text[e:e + 3], text[max(0, s - 30):s]
    mid = re.search(r"(?<![A-Za-z'’])[a-z]+ $|, $", before) is not None    # after a lower-case word
    if kind in EN_TRANSLIT:
        if mention.kind != "name":
            return None
        new = EN_TRANSLIT[kind](name)
        return None if new is None else text[:s] + new + text[e:]
    if kind == "en_possessive":
        if not re.match(r" [a-z]", after) or name.endswith("s"):
            return None                         # (Iowa's biggest newspaper)
        return text[:e] + "'s" + text[e:]
    if kind == "en_the":
        if mention.kind == "name" or not mid or re.search(r"\b(?:the|a|an) $", before):
            return None                         # (the EU, the NATO summit)
        return text[:s] + "the " + text[s:]
    if kind == "en_hyphen":
        if mention.kind != "name":
            return None
        if " " in name:
            return text[:s] + name.replace(" ", "-") + text[e:]
        if not re.match(r" [a-z]", after) or not mid:
            return None
        return text[:e] + "-based" + text[e:]       # (a Kabul-based company)
    if mention.kind != "acronym" or not name.isalpha() or not name.isupper() or not 2 <= len(name) <= 6:
        return None
    if kind == "en_acronym_title":
        return None if len(name) < 4 else text[:s] + name.title() + text[e:]
    return text[:s] + ".".join(name) + "." + text[e:] if len(name) <= 4 else None


def _recognised(ctx):
    """(line, mention, (start, end) of its Pashto rendering in the line) of each name the
    check finds by glossary or by sound."""
    dn = analyse(ctx)
    glossary = get_glossary(ctx.config.get("glossaries"))
    out = []
    for b in dn.beads:
        p, mentions, target, found = b
        for m, f in zip(mentions, found):
            if f.how == "sound" and f.span is not None and not f.glued and not f.missing:
                out.append((p.index, m, target.span(*f.span)))
            elif f.how == "glossary" and m.entry is not None:
                hits = [g for g in glossary.matcher.find_ps(target.text, entries=[m.entry]) if g.kind == "allowed"]
                if hits:
                    out.append((p.index, m, (hits[0].start, hits[0].end)))
                elif hasattr(target, "variant_of") and (v := target.variant_of(m.entry)) is not None:
                    out.append((p.index, m, target.span(*v)))   # (a listed name spelt otherwise)
    return out


def _keys(findings) -> Counter:
    return Counter((f.code, f.bead) for f in findings if f.severity in ("warning", "error"))


def _run(en, ps, config=None):
    return entity_findings(context_from_lines(en, ps, config))


#: Kinds that change the text around a rendering (older orthography types words glued):
#: function of (line, start, end) → new line or None.
def _glued_d(line: str, a: int, b: int):
    return line[:a - 1] + line[a:] if a >= 2 and line[a - 2:a] == "د " and (a == 2 or line[a - 3] == " ") else None


def _glued_after(line: str, a: int, b: int):
    m = re.match(r" (کې|ته|سره|کښې)(?![\w])", line[b:])
    return line[:b] + line[b + 1:] if m else None


def _glued_next(line: str, a: int, b: int):
    if b >= len(line) or line[b] != " " or line[b - 1] not in _NON_JOINING or not re.match(r" [\u0600-\u06ff]", line[b:]):
        return None
    return line[:b] + line[b + 1:]


CONTEXT_KINDS = {"glued_d": _glued_d, "glued_postposition": _glued_after, "glued_next": _glued_next}
PS_KINDS.update({k: None for k in CONTEXT_KINDS})


def _respelled_ps(doc, names, kind):
    """The Pashto lines with every recognised rendering respelled ``kind``'s way (the same
    rendering the same way everywhere), and how many renderings changed."""
    fn = PS_KINDS[kind]
    edits: dict[int, list] = {}
    for line, m, (a, b) in names:
        old = doc.ps[line][a:b]
        if kind in CONTEXT_KINDS:
            edits.setdefault(line, []).append((a, b, kind))
            continue
        if kind == "latin":
            new = m.text if m.text.isascii() else None
        else:
            new = fn(old)
        if new and new != old:
            edits.setdefault(line, []).append((a, b, new))
    ps = list(doc.ps)
    n = 0
    for line, es in edits.items():
        text, last = ps[line], None
        for a, b, new in sorted(es, reverse=True):
            if last is not None and b > last:
                continue                        # (overlapping renderings: the later one only)
            if new in CONTEXT_KINDS:
                glued = CONTEXT_KINDS[new](text, a, b)
                if glued is None:
                    continue
                text = glued
            else:
                text = text[:a] + new + text[b:]
            last = a
            n += 1
        ps[line] = text
    return ps, n


def _respelled_en(doc, names, kind):
    if kind in EN_LINE_KINDS:
        en = [EN_LINE_KINDS[kind](line) or line for line in doc.en]
        return en, sum(a != b for a, b in zip(en, doc.en))
    en = list(doc.en)
    n = 0
    by_line: dict[int, list] = {}
    for line, m, _ in names:
        by_line.setdefault(line, []).append(m)
    for line, ms in by_line.items():
        text = en[line]
        for m in sorted(ms, key=lambda x: -x.start):
            new = _en_variant(kind, text, m.start, m.end, m)
            if new is not None:
                text, n = new, n + 1
        en[line] = text
    return en, n


def _documents(corpora, part):
    """(corpus, document) of the part, corpus by corpus (a missing corpus is said and skipped)."""
    for name in corpora:
        try:
            yield from ((name, d) for d in load(name) if d.part == part)
        except CorpusMissing as e:
            print(f"{name}: not measured: {e}", file=sys.stderr)


def run(corpora, part, kinds, show=0):
    per_kind = {k: Counter() for k in kinds}
    applied, names_seen, examples = Counter(), 0, []
    for name, doc in _documents(corpora, part):
        n_lines = min(len(doc.en), len(doc.ps))
        en0, ps0 = doc.en[:n_lines], doc.ps[:n_lines]
        doc.en, doc.ps = en0, ps0
        names = _recognised(context_from_lines(en0, ps0))
        if not names:
            continue
        names_seen += len(names)
        base = _keys(_run(en0, ps0))
        for kind in kinds:
            if kind in EN_KINDS:
                en, ps = _respelled_en(doc, names, kind)[0], ps0
                changed = sum(a != b for a, b in zip(en, en0))
            else:
                ps, _ = _respelled_ps(doc, names, kind)
                en = en0
                changed = sum(a != b for a, b in zip(ps, ps0))
            if not changed:
                continue
            applied[kind] += changed
            findings = _run(en, ps)
            new = _keys(findings) - base
            for (code, line), c in new.items():
                per_kind[kind][code] += c
                if sum(1 for x in examples if x[0] == kind) < show:
                    f = next(f for f in findings if f.code == code and f.bead == line)
                    examples.append((kind, name, doc.unit, line, code, f.message, en[line], ps[line], ps0[line]))
    return per_kind, applied, names_seen, examples


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=",".join(CORPORA))
    ap.add_argument("--part", default="tuning", choices=("tuning", "held-out"))
    ap.add_argument("--kinds", default=",".join(list(PS_KINDS) + list(EN_KINDS)))
    ap.add_argument("--show", type=int, default=0, help="print up to N examples per kind (tuning only)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    for k in kinds:
        if k not in PS_KINDS and k not in EN_KINDS:
            ap.error(f"unknown kind {k!r}; one of {', '.join(list(PS_KINDS) + list(EN_KINDS))}")
    if args.show and args.part != "tuning":
        ap.error("--show reads findings: tuning part only")
    t0, c0 = time.perf_counter(), time.process_time()
    per_kind, applied, names_seen, examples = run(args.corpus.split(","), args.part, kinds, args.show)
    total = sum(sum(c.values()) for c in per_kind.values())
    print(f"part {args.part}, corpora {args.corpus}: {names_seen} recognised names; {total} ENTITY "
          f"warnings/errors only after a respelling ({time.perf_counter() - t0:.0f}s wall, "
          f"{time.process_time() - c0:.0f}s CPU)")
    print(f"{'kind':18s} {'lines':>6s} {'new':>5s}  codes")
    for k in kinds:
        c = per_kind[k]
        print(f"{k:18s} {applied[k]:6d} {sum(c.values()):5d}  " + ", ".join(f"{code} {n}" for code, n in c.most_common()))
    for kind, name, unit, line, code, msg, en, ps, ps0 in examples:
        print(f"\n[{kind}] {name} {unit} line {line} {code}: {msg}\n   EN: {en[:200]}\n   PS: {ps[:200]}"
              + (f"\n   WAS: {ps0[:200]}" if ps != ps0 else ""))
    if args.json:
        args.json.write_text(json.dumps({"part": args.part, "names": names_seen, "lines_changed": applied,
                                         "new_findings": {k: dict(v) for k, v in per_kind.items()}},
                                        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
