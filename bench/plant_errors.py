"""Recall of the QA checks on planted errors (issue target: >= 90 % caught, by category).

One error at a time is planted into a copy of a correct Pashto translation, the whole
pipeline is run on the document (``aligner.check(en, ps)``: split, embed with the default
model, align, check) and the plant counts as *caught* when a finding of the expected
category (see ``ACCEPTED``) lands on the bead that contains the planted change.

Documents:

* ``ntrex``: the 123 NTREX-128 English–Pashto documents (``../shared/data/ntrex-en-ps``),
  one sentence per line (``segmented=True``), professional translations;
* ``seeds``: the seed pair 000/001 and the test translations of seeds 002–004 in
  ``bench/data/`` (running text, split by the tool).

Categories and how an error is planted (Pashto side unless noted):

=============  ===================================================================================
number         one digit of a quantity changed (same digit script; not a percentage, not a date)
scale          ملیون ↔ ملیارد, زر → ملیون (inside a quantity)
unit           ټن → کیلوګرام, ګیګاواټ ↔ میګاواټ, کیلوواټ → میګاواټ, ډالر ↔ یورو, یوان/پونډ → ډالر, …
percent        one digit of a percentage changed
date           day, month name or year of a date changed
name           a transliterated name (or a glossary place name) replaced by another name
term           an allowed rendering replaced by one the term base forbids for it (الومینا → المونیم)
omission       a Pashto sentence deleted (a whole line, or one sentence of a paragraph)
clause         a clause or phrase dropped the way a translator drops one (see plant_clause): a partial omission
addition       a Pashto sentence of another document inserted
negation       نه inserted before the verb / a negation removed; or English "not" added/removed
untranslated   a Pashto word or phrase replaced by English words of the source sentence
=============  ===================================================================================

A site is skipped when the *unplanted* pair already has a finding of an accepted code on
that bead (the plant would be "caught" by pre-existing noise).  Only quantities, dates,
names and terms that the English sentence of the bead also has are planted on.  Everything
is deterministic for a given ``--seed``.

    python bench/plant_errors.py                        # table; ~10 min on a cold cache
    python bench/plant_errors.py --limit 10 --misses    # quick, with the misses printed
    python bench/plant_errors.py --json bench/out/recall.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import aligner  # noqa: E402
from aligner.checks.entities import Target  # noqa: E402
from aligner.checks.negation import negations  # noqa: E402
from aligner.lang.data import iter_rows, load_wordset  # noqa: E402
from aligner.lang.dates import find_dates  # noqa: E402
from aligner.lang.glossary import default_glossary, fold_ps  # noqa: E402
from aligner.lang.quantities import extract_quantities  # noqa: E402
from aligner.checks.entities import document_words, extract_names, has_name_evidence, is_common_word, is_ordinary  # noqa: E402
from aligner.lang.translit import best_match, common_words, match_threshold, similarity  # noqa: E402
from aligner.model import AlignmentResult, Finding  # noqa: E402

SEED_DIR = ROOT / "seeds"
DATA_DIR = ROOT / "bench" / "data"

CATEGORIES = ("number", "scale", "unit", "percent", "date", "name", "term",
              "omission", "addition", "negation", "untranslated", "polarity", "affix")

#: Finding categories that count as catching a plant of each kind.  A unit swapped for one
#: of another magnitude (t → kg) may fairly be reported as a changed number; a changed year
#: that the date reader does not take for a date is still caught by the number check.
ACCEPTED: dict[str, frozenset] = {
    "number": frozenset({"number"}),
    "scale": frozenset({"number"}),
    "unit": frozenset({"unit", "number"}),
    "percent": frozenset({"number"}),
    "date": frozenset({"date", "number"}),
    "name": frozenset({"entity"}),
    "term": frozenset({"terminology"}),          # + entity for geo/org terms (per plant)
    "omission": frozenset({"omission"}),
    "addition": frozenset({"addition"}),
    "negation": frozenset({"negation"}),
    "untranslated": frozenset({"untranslated"}),
    "polarity": frozenset({"negation"}),        # plant_polarity (issue 11)
    "affix": frozenset({"negation"}),           # plant_affix (issue 11)
}

_DIGIT_BASES = (0x30, 0x660, 0x6F0)


# ----------------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------------

@dataclass
class Case:
    name: str
    group: str                 # "ntrex" | "seeds"
    en: str
    ps: str
    segmented: bool
    clean: Optional[AlignmentResult] = None

    def check(self, en: Optional[str] = None, ps: Optional[str] = None, **kw) -> AlignmentResult:
        return aligner.check(self.en if en is None else en, self.ps if ps is None else ps,
                             segmented=self.segmented, **kw)


def seed_cases() -> list[Case]:
    pairs = [("000", next(SEED_DIR.glob("001_*.txt")))] + \
            [(k, DATA_DIR / f"seed{k}.ps.txt") for k in ("002", "003", "004")]
    out = []
    for key, ps_path in pairs:
        en_path = next(SEED_DIR.glob(f"{key}_*.txt"))
        out.append(Case(f"seed{key}", "seeds", en_path.read_text(encoding="utf-8"),
                        ps_path.read_text(encoding="utf-8"), False))
    return out


def ntrex_cases() -> list[Case]:
    from align_bench import load_ntrex
    return [Case(f"ntrex{d:03d}", "ntrex", "\n".join(en), "\n".join(ps), True)
            for d, (_, en, ps) in enumerate(load_ntrex())]


# ----------------------------------------------------------------------------------------------
# Plants
# ----------------------------------------------------------------------------------------------

@dataclass
class Plant:
    category: str
    case: Case
    what: str                         # human-readable description of the change
    en: str                           # planted English text (usually unchanged)
    ps: str                           # planted Pashto text
    side: str                         # "ps" | "en" | "omit"
    span: tuple[int, int] = (0, 0)    # changed region in the planted text of ``side``
    src_ids: tuple[int, ...] = ()     # omission: source sentences of the deleted bead
    clean_bead: int = -1
    accepted: frozenset = frozenset()
    # filled by evaluate()
    caught: Optional[bool] = None
    flagged: Optional[bool] = None     # any new warning/error on the bead, whatever its code
    beads: tuple[int, ...] = ()
    on_bead: list = field(default_factory=list)
    result: Optional[AlignmentResult] = None


def _replace(text: str, a: int, b: int, new: str) -> tuple[str, tuple[int, int]]:
    return text[:a] + new + text[b:], (a, a + len(new))


def _digit_base(ch: str) -> int:
    o = ord(ch)
    return next(base for base in _DIGIT_BASES if base <= o <= base + 9)


def _change_digit(s: str, rng: random.Random) -> Optional[tuple[int, str]]:
    """A position of a digit in ``s`` and a different digit of the same script for it."""
    pos = [i for i, ch in enumerate(s) if ch.isdigit() and any(b <= ord(ch) <= b + 9 for b in _DIGIT_BASES)]
    if not pos:
        return None
    i = rng.choice(pos)
    base = _digit_base(s[i])
    old = ord(s[i]) - base
    leading = i == 0 or not s[i - 1].isdigit()
    choices = [d for d in range(10) if d != old and not (leading and d == 0)]
    return i, chr(base + rng.choice(choices))


def _values(q) -> set:
    vals = set(q.readings)
    if q.high is not None:
        vals.add(q.high)
    for p in q.parts:
        vals.update(p.readings)
    return {round(v, 6) for v in vals}


def _en_matches(q, en_text: str) -> bool:
    """Whether the English has a quantity with one of ``q``'s readings."""
    mine = _values(q)
    return any(_values(e) & mine for e in extract_quantities(en_text, "en"))


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b if b > a else c <= a < d


@dataclass
class Site:
    """A Pashto sentence in a clean bead, with the bead's English."""
    case: Case
    bead: int
    j: int                    # target sentence index
    en: str                   # English of the bead
    ps: str                   # the Pashto sentence
    off: int                  # its offset in the Pashto document
    one_to_one: bool


def sites(case: Case) -> list[Site]:
    r = case.clean
    out = []
    for k, b in enumerate(r.beads):
        if not b.source or not b.target or b.score < 0.5:
            continue
        en = " ".join(r.source.sentences[i].text for i in b.source)
        for j in b.target:
            s = r.target.sentences[j]
            out.append(Site(case, k, j, en, s.text, s.start, len(b.source) == 1 and len(b.target) == 1))
    return out


def _mk(site: Site, cat: str, what: str, a: int, b: int, new: str, accepted=None) -> Plant:
    ps, span = _replace(site.case.ps, site.off + a, site.off + b, new)
    return Plant(cat, site.case, what, site.case.en, ps, "ps", span, clean_bead=site.bead,
                 accepted=accepted or ACCEPTED[cat])


def _date_spans(text: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in find_dates(text, "ps")]


# --- number / percent ---------------------------------------------------------------------------

def plant_number(site: Site, rng: random.Random, percent: bool = False) -> list[Plant]:
    out = []
    dates = _date_spans(site.ps)
    for q in extract_quantities(site.ps, "ps"):
        is_pct = q.unit == "%" or q.kind == "percent"
        if is_pct != percent or q.written == "words":
            continue
        if any(_overlaps(q.start, q.end, a, b) for a, b in dates):
            continue
        if not _en_matches(q, site.en):
            continue
        ch = _change_digit(q.text, rng)
        if ch is None:
            continue
        i, new = ch
        a = q.start + i
        # a changed clock time is reported as a date/time finding (TIME-MISMATCH)
        accepted = ACCEPTED["number"] | {"date"} if q.kind == "time" else None
        out.append(_mk(site, "percent" if percent else "number",
                       f"{q.text!r}: digit {q.text[i]} → {new}", a, a + 1, new, accepted))
    return out


# --- scale --------------------------------------------------------------------------------------

_SCALE_SWAPS = (("میلیارد", "میلیون"), ("میلیون", "میلیارد"), ("ملیارد", "ملیون"), ("ملیون", "ملیارد"),
                ("بلیون", "ملیون"), ("زره", "ملیونه"), ("زرو", "ملیونو"), ("زر", "ملیون"))
#: a Pashto word: Arabic-script letters (no digits, no punctuation such as ، ؛ ؟ ۔ ٪)
_PS_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u200c]+")


def plant_scale(site: Site, rng: random.Random) -> list[Plant]:
    out = []
    for q in extract_quantities(site.ps, "ps"):
        if not _en_matches(q, site.en):
            continue
        for m in _PS_WORD.finditer(q.text):
            w = m.group()
            for old, new in _SCALE_SWAPS:
                if w.startswith(old) and (old not in ("زر", "زره", "زرو") or w == old):
                    a = q.start + m.start()
                    out.append(_mk(site, "scale", f"{w} → {new + w[len(old):]} in {q.text!r}",
                                   a, a + len(w), new + w[len(old):]))
                    break
    return out


# --- unit ---------------------------------------------------------------------------------------

_UNIT_SWAPS = (
    (r"ټن(?:ه|و|ونه|ونو|ز)?", {"ټن": "کیلوګرام", "ټنه": "کیلوګرامه", "ټنو": "کیلوګرامو"}, "کیلوګرامه"),
    (r"ګیګا ?واټ(?:ه|و)?", None, "میګاواټه"),
    (r"میګا ?واټ(?:ه|و)?", None, "ګیګاواټه"),
    (r"کیلو ?واټ(?:ه|و)?", None, "میګاواټه"),
    (r"ډالر(?:ه|و|ې|ی)?", None, "یورو"),
    (r"یورو", None, "ډالره"),
    (r"یوان(?:ه|و)?", None, "ډالره"),
    (r"پونډ(?:ه|و)?|پاونډ(?:ه|و)?", None, "ډالره"),
    (r"کیلومتر(?:ه|و)?|کیلومیټر(?:ه|و)?", None, "میله"),
    (r"لیټر(?:ه|و)?|لیتر(?:ه|و)?", None, "ګیلنه"),
    (r"هکتار(?:ه|و)?", None, "ایکړه"),
    (r"\$", None, "€"),
    (r"£", None, "$"),
)


#: Swaps of a unit of one dimension for another of the same dimension, the number kept, as a
#: careless translator makes them (kg ↔ pounds, °C ↔ °F, metres ↔ feet, miles → km, acres →
#: hectares): (Pashto surface, the unit codes the reader gives it, replacement).  Tried before
#: ``_UNIT_SWAPS`` (whose پونډ → ډالره is the currency's).
_UNIT_SWAPS_BY_CODE = (
    (r"(?:ملي|میلي) ?متر(?:ه|و)?", {"mm"}, "انچه"),
    (r"(?:سانتي|سانتی) ?متر(?:ه|و)?", {"cm"}, "انچه"),
    (r"کیلو ?ګرام(?:ه|و|ز)?|کیلو", {"kg"}, "پونډه"),
    (r"پونډ(?:ه|و)?|پاونډ(?:ه|و)?", {"lb"}, "کیلوګرامه"),
    (r"(?:سانتي|سانتی) ?ګراد|سیلسیوس|سیلسیس", {"°C"}, "فارنهایټ"),
    (r"فارنهایټ", {"°F"}, "سانتي ګراد"),
    (r"میل(?:ه|و)?|مایل(?:ه|و)?", {"mi"}, "کیلومتره"),
    (r"ګیلن(?:ه|و)?", {"gal"}, "لیتره"),
    (r"ایکړ(?:ه|و)?", {"acre"}, "هکتاره"),
    (r"جریب(?:ه|و)?", {"jerib"}, "هکتاره"),
    (r"فټ(?:ه|و)?|فیټ(?:ه|و)?", {"ft"}, "متره"),
    (r"انچ(?:ه|و)?", {"in"}, "سانتي متره"),
    (r"میټر(?:ه|و)?|متر(?:ه|و)?", {"m"}, "فټه"),
)


def plant_unit(site: Site, rng: random.Random) -> list[Plant]:
    out = []
    for q in extract_quantities(site.ps, "ps"):
        if not q.unit or q.unit == "%" or not _en_matches(q, site.en):
            continue
        swaps = [(pat, None, new) for pat, need, new in _UNIT_SWAPS_BY_CODE if q.unit in need]
        for pat, table, default in swaps + list(_UNIT_SWAPS):
            m = re.search(r"(?<![\u0600-\u06ff])(?:" + pat + r")(?![\u0600-\u06ff])", q.text)
            if not m:
                continue
            w = m.group()
            new = (table or {}).get(w, default)
            a = q.start + m.start()
            out.append(_mk(site, "unit", f"{w} → {new} in {q.text!r}", a, a + len(w), new))
            break
    return out


# --- date ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Month:
    form: str
    cal: str
    month: int


def _ps_months() -> list[_Month]:
    rows = [(form, cal, int(m)) for form, lang, cal, m, *_ in iter_rows("date_months.tsv", 4) if lang == "ps"]
    return sorted((_Month(f, c, m) for f, c, m in rows), key=lambda x: -len(x.form))


_CANON = {("gregorian", m): f for m, f in enumerate(
    "جنوري فبروري مارچ اپریل مۍ جون جولای اګست سېپتمبر اکتوبر نومبر دسمبر".split(), 1)}
_CANON.update({("solar_hijri", m): f for m, f in enumerate(
    "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split(), 1)})


def _ps_letter(ch: str) -> bool:
    return bool(ch) and "\u0600" <= ch <= "\u06ff" and ch.isalpha()


def plant_date(site: Site, rng: random.Random) -> list[Plant]:
    out = []
    if not find_dates(site.en, "en"):
        return out
    for d in find_dates(site.ps, "ps"):
        options = []
        text = d.text
        for mo in _ps_months():
            k = text.find(mo.form)
            if k < 0 or (k > 0 and _ps_letter(text[k - 1])) or _ps_letter(text[k + len(mo.form):][:1]):
                continue
            shift = rng.choice((1, 2, 3, 4, 5, 6, 7))
            new_m = (mo.month - 1 + shift) % 12 + 1
            if new_m == 5 and mo.cal == "gregorian":
                new_m = 8                      # مۍ is ambiguous; take an unambiguous month
            options.append((f"month {mo.form} → {_CANON[(mo.cal, new_m)]}", k, k + len(mo.form),
                            _CANON[(mo.cal, new_m)]))
            break
        for m in re.finditer(r"[0-9\u0660-\u0669\u06f0-\u06f9]+", text):
            digits = m.group()
            base = _digit_base(digits[0])
            val = int("".join(str(ord(c) - _digit_base(c)) for c in digits))
            if len(digits) == 4:
                new_val = val + rng.choice((-3, -2, -1, 1, 2, 3))
                kind = "year"
            elif 1 <= val <= 31:
                step = rng.choice((3, 5))          # stay a valid day of the month
                new_val = val + step if val <= 5 else val - step if val >= 24 else val + rng.choice((-1, 1)) * step
                kind = "day"
            else:
                continue
            new = "".join(chr(base + int(c)) for c in str(new_val))
            options.append((f"{kind} {digits} → {new}", m.start(), m.end(), new))
        if not options:
            continue
        what, a, b, new = rng.choice(options)
        out.append(_mk(site, "date", f"{what} in {text!r}", d.start + a, d.start + b, new))
    return out


# --- name ---------------------------------------------------------------------------------------

_EN_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")


@dataclass(frozen=True)
class NameRendering:
    case: str
    english: str
    pashto: str


def name_sites(site: Site) -> list[tuple[str, int, int, str]]:
    """(english, start, end, kind) of the Pashto renderings of the names of the bead.

    Only what a reviewer would call a name is planted on (the same rule on both parts):

    * ``glossary``: a place of the names list (``names_en_ps.tsv`` / term base, domain geo)
      named once in the English and rendered once, by one of its listed forms, in the Pashto;
    * ``sound``: a word of a name that the project's name analysis
      (:func:`aligner.checks.analyses.names.extract_names`, over the whole English document)
      recognises — a capitalised run that is not ordinary vocabulary, and not a *weak*
      sentence-initial or headline word that the document never capitalises mid-sentence —
      with evidence of being a name (:func:`has_name_evidence`: two or more name words, after
      a title, before a place noun, a word of a multi-word name of the document, a foreign
      spelling pattern; a lone capitalised word with none of these, *Karali*, *Essex*, is
      planted only with ``PLANT_ANY_NAME=1``), and whose rendering by sound is located in the
      Pashto (score ≥ 0.75).  Left out: a word
      that an English word list writes in lower case only (``en_common_words.txt``:
      Antibiotics, Malaria, Module; honorifics such as Sahib) unless a title stands before it,
      a word of ``sentence_starters_en.txt``, and month and weekday names of every calendar
      (``date_months.tsv``, ``date_weekdays.tsv``: Hamal, Mizan; the date check's business).
    """
    out = []
    gl = default_glossary()
    en_entries = {m.entry for m in gl.find(site.en, "en") if m.entry.is_name}
    en_count = Counter(m.entry for m in gl.find(site.en, "en") if m.entry.is_name)
    ps_matches = [m for m in gl.find(site.ps, "ps") if m.kind == "allowed"]
    ps_count = Counter(m.entry for m in ps_matches)
    for m in ps_matches:
        # a name the sentence renders twice would still be there after one replacement
        if m.entry in en_entries and m.entry.domain == "geo" and ps_count[m.entry] == 1 \
                and en_count[m.entry] == 1:
            out.append((m.entry.label, m.start, m.end, "glossary"))
    tgt = Target(site.ps)
    taken = [(a, b) for _, a, b, _ in out]
    gl_words = {w.lower() for m in gl.find(site.en, "en") for w in re.findall(r"[A-Za-z]+", m.text)}
    lower = _doc_lower(site.case.en)
    recognised = _recognised_names(site)
    for w in dict.fromkeys(_EN_NAME.findall(site.en)):
        if len(w) < 4 or w.lower() in _COMMON_CAPS or w.lower() in gl_words or is_ordinary(w, lower):
            continue
        if w not in recognised and not all(x in recognised for x in w.split("-")):
            continue
        if len(re.findall(r"\b" + re.escape(w) + r"\b", site.en)) > 1:
            continue
        bm = best_match(w, tgt.ps_words)
        if not bm or bm.score < max(match_threshold(w), 0.75):
            continue
        if len("".join(tgt.ps_words[bm.first:bm.last + 1])) < 3:
            continue
        a, b = tgt.span(bm.first, bm.last)
        if any(_overlaps(a, b, c, d) for c, d in taken):
            continue
        taken.append((a, b))
        out.append((w, a, b, "sound"))
    return out


_DOC_WORDS: dict = {}

#: Plant only on names with evidence of being names (see :func:`name_sites`); the environment
#: variable PLANT_ANY_NAME=1 plants on every name word the analysis recognises (the wider rule).
_NAME_EVIDENCE = os.environ.get("PLANT_ANY_NAME") != "1"


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset:
    """English month (every calendar) and weekday names, lower case."""
    return frozenset(r[0].lower() for f in ("date_months.tsv", "date_weekdays.tsv")
                     for r in iter_rows(f) if len(r) > 1 and r[1] == "en")


def _recognised_names(site: Site) -> set[str]:
    """The words of the bead's English that the name analysis takes for words of a name
    (see :func:`name_sites`)."""
    key = hash(site.case.en)
    if key not in _DOC_WORDS:
        _DOC_WORDS[key] = document_words((line, {0}) for line in site.case.en.splitlines() if line.strip())
    out = set()
    for m in extract_names(site.en, default_glossary(), _DOC_WORDS[key]):
        if m.kind != "name" or m.weak or (_NAME_EVIDENCE and not has_name_evidence(m, _DOC_WORDS[key])):
            continue
        for w in m.words:
            if w.lower() in _calendar_words() or w in load_wordset("sentence_starters_en.txt"):
                continue
            if is_common_word(w) and not m.after_title:
                continue
            out.add(w)
    return out


_LOWER_CACHE: dict = {}


def _doc_lower(text: str) -> frozenset:
    """Words the English document writes in lower case (so not names)."""
    key = hash(text)
    if key not in _LOWER_CACHE:
        _LOWER_CACHE[key] = frozenset(re.findall(r"\b[a-z][a-z]+\b", text))
    return _LOWER_CACHE[key]


_COMMON_CAPS = frozenset("""the this that these those there then when what where which while with from
into after before about also but and for not its his her their our your they she said says
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr""".split())


def plant_name(site: Site, rng: random.Random, pool: list[NameRendering]) -> list[Plant]:
    out = []
    for en_name, a, b, kind in name_sites(site):
        old = site.ps[a:b]
        # the name stays in the Pashto sentence (kept in Latin beside its rendering, or rendered
        # more often than the English names it, in a repeated clause): replacing one rendering
        # drops nothing, it is no swap
        # (the bead's other Pashto sentences count too: a 1-2 bead whose sentence is written twice)
        bead = site.case.clean.beads[site.bead]
        others = " ".join(site.case.clean.target.sentences[j].text for j in bead.target if j != site.j)
        rest = site.ps[:a] + " " + site.ps[b:] + " " + others
        n_en = len(re.findall(rf"(?<![A-Za-z]){re.escape(en_name)}(?![A-Za-z])", site.en))
        n_ps = len(re.findall(rf"(?<![\u0600-\u06ff]){re.escape(old)}(?![\u0600-\u06ff])", rest))
        if re.search(rf"(?<![A-Za-z]){re.escape(en_name)}(?![A-Za-z])", rest) or n_ps >= max(n_en, 1):
            continue
        if kind == "glossary":
            entry_names = [e for e in default_glossary().entries if e.domain == "geo" and e.allowed]
            cands = [e.allowed[0] for e in entry_names
                     if e.label != en_name and fold_ps(e.allowed[0]) != fold_ps(old)
                     and e.label not in site.en]
        else:
            here = [p for p in pool if p.case == site.case.name]
            other = [p for p in pool if p.case != site.case.name]
            ok = lambda p: p.english.lower() != en_name.lower() and p.english not in site.en \
                and fold_ps(p.pashto) != fold_ps(old) and similarity(en_name, fold_ps(p.pashto)) < 0.35 \
                and not _same_name(p.english, en_name, site.case.en)
            cands = [p.pashto for p in here if ok(p)] or [p.pashto for p in other if ok(p)]
        if not cands:
            continue
        new = rng.choice(sorted(set(cands)))
        out.append(_mk(site, "name", f"{old} ({en_name}) → {new}", a, b, new))
    return out


def _same_name(a: str, b: str, text: str) -> bool:
    """Whether ``a`` and ``b`` are words of one capitalised run of ``text`` (Andres and Obrador
    of Andres Manuel Lopez Obrador): one part of a person's name in place of another is the
    same person, not a swapped name."""
    between = r"(?:\s+[A-Z][\w'’.-]*)*\s+"
    return any(re.search(rf"\b{re.escape(x)}{between}{re.escape(y)}\b", text) for x, y in ((a, b), (b, a)))


def collect_names(cases: Iterable[Case]) -> list[NameRendering]:
    pool = []
    for case in cases:
        for s in sites(case):
            for en_name, a, b, kind in name_sites(s):
                if kind == "sound":
                    pool.append(NameRendering(case.name, en_name, s.ps[a:b]))
    return pool


# --- term ---------------------------------------------------------------------------------------

def plant_term(site: Site, rng: random.Random) -> list[Plant]:
    out = []
    gl = default_glossary()
    en_entries = {m.entry for m in gl.find(site.en, "en")}
    for m in gl.find(site.ps, "ps"):
        e = m.entry
        if m.kind != "allowed" or not e.forbidden or e not in en_entries:
            continue
        forms = sorted(e.allowed, key=len, reverse=True)
        text = m.text
        form = next((f for f in forms if fold_ps(text).startswith(fold_ps(f))), None)
        ending = text[len(form):] if form and len(form) <= len(text) else ""
        bad = e.forbidden[0]
        if e.label in ("aluminium", "alumina"):
            bad = "الومینا" if e.label == "aluminium" else "المونیم"
        accepted = ACCEPTED["term"] | ({"entity"} if e.is_name else set())
        start = m.start
        if text.startswith("د ") and not bad.startswith("د "):
            start, text = start + 2, text[2:]
        out.append(_mk(site, "term", f"{text} → {bad + ending} ({e.label})", start, m.end, bad + ending,
                       frozenset(accepted)))
    return out


# --- omission / addition ------------------------------------------------------------------------

def plant_omission(site: Site, rng: random.Random) -> list[Plant]:
    if not site.one_to_one or len(site.en.split()) < 4:
        return []
    case = site.case
    text = case.ps
    a, b = site.off, site.off + len(site.ps)
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    blank = lambda x: not x.strip(" \t\r\u200c\u200e\u200f\u061c\ufeff")
    if blank(text[line_start:a]) and blank(text[b:line_end]):
        # the sentence is the whole line: delete the line
        what = "whole line deleted"
        if line_end < len(text):
            a, b = line_start, line_end + 1
        else:
            a, b = max(0, line_start - 1), line_end
    else:
        what = "one sentence of a paragraph deleted"
        while b < line_end and text[b] in " \t\u200c\u200e\u200f":
            b += 1
        if b >= line_end:     # last sentence of the line: take the space before it
            while a > line_start and text[a - 1] in " \t":
                a -= 1
    ps = text[:a] + text[b:]
    src_ids = case.clean.beads[site.bead].source
    return [Plant("omission", case, f"{what}: {site.ps[:60]!r}", case.en, ps, "omit", (a, a),
                  src_ids=src_ids, clean_bead=site.bead, accepted=ACCEPTED["omission"])]


def plant_addition(site: Site, rng: random.Random, foreign: list[str]) -> list[Plant]:
    case = site.case
    text = case.ps
    new = rng.choice(foreign).strip()
    end = site.off + len(site.ps)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    terminated = site.ps.rstrip(" \u200e\u200f\"'”’»)").endswith(tuple(".!?۔؟…"))
    if case.segmented or not terminated:
        ins = "\n" + new
        pos = line_end
        span = (pos + 1, pos + 1 + len(new))
        what = "new line inserted"
    else:
        ins = " " + new
        pos = end
        span = (pos + 1, pos + 1 + len(new))
        what = "sentence inserted in the paragraph"
    ps = text[:pos] + ins + text[pos:]
    return [Plant("addition", case, f"{what}: {new[:60]!r}", case.en, ps, "ps", span,
                  clean_bead=site.bead, accepted=ACCEPTED["addition"])]


# --- negation -----------------------------------------------------------------------------------

_EN_AUX = re.compile(r"\b(is|are|was|were|will|can|could|would|should|has|have|had|must|may|might"
                     r"|does|did|do)\b(?! not)")
_NT = {"don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is", "aren't": "are", "wasn't": "was",
       "weren't": "were", "won't": "will", "can't": "can", "couldn't": "could", "wouldn't": "would",
       "shouldn't": "should", "hasn't": "has", "haven't": "have", "hadn't": "had"}
_PS_END = re.compile(r"([\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06ff]+)"
                     r"([\s.!?۔؟…\"'”’»)\u200e\u200f]*)$")


def plant_negation(site: Site, rng: random.Random) -> list[Plant]:
    case = site.case
    if not site.one_to_one:
        return []
    en_neg = [n for n in negations(site.en, "en") if n[3] == "strong"]
    en_any = negations(site.en, "en")
    ps_neg = [n for n in negations(site.ps, "ps") if n[3] == "strong"]
    ps_any = negations(site.ps, "ps")
    out = []
    src = case.clean.source.sentences[case.clean.beads[site.bead].source[0]]
    if not en_any and not ps_any:
        # Pashto: نه before the verb (the last word of the sentence)
        # only a sentence with a final stop: in Pashto (SOV) its last word is then the verb
        m = _PS_END.search(site.ps.rstrip())
        # not after "له X" / "تر X": the result would read as the postposition (له بایللو نه
        # وژغورلو, "saved from losing"), a correct sentence
        before = site.ps[:m.start(1)].split()[-3:] if m else []
        # nor before an agent noun (اوسېدونکی "resident"): the sentence then has no verb, and
        # "نه اوسېدونکی" reads as "non-resident" or "د X نه اوسېدونکی" as "resident from X"
        if m and len(site.ps.split()) >= 4 and re.search(r"[.!?۔؟]", m.group(2)) \
                and not any(fold_ps(w) in ("له", "تر") for w in before) \
                and not fold_ps(m.group(1)).endswith(("ونکی", "ونکې", "ونکو")):
            a = m.start(1)
            verb = m.group(1)
            if fold_ps(verb).startswith(("وکړ", "وشو")):     # a و-perfective: وکړ → ونه کړ
                out.append(_mk(site, "negation", f"{verb} → ونه {verb[1:]}", a, m.end(1), "ونه " + verb[1:]))
            else:
                out.append(_mk(site, "negation", f"نه inserted before {verb!r}", a, a, "نه "))
        # English: "not" after the first auxiliary
        m = _EN_AUX.search(src.text)
        if m:
            en, span = _replace(case.en, src.start + m.end(), src.start + m.end(), " not")
            out.append(Plant("negation", case, f"English: 'not' added after {m.group()!r}", en, case.ps, "en",
                             (src.start + m.start(), span[1]), clean_bead=site.bead,
                             accepted=ACCEPTED["negation"]))
    # removal: only where each side has exactly one negation, so that removing it leaves the
    # sentence unnegated (weak markers of the lexicon — "information", پرته — are left alone:
    # if they mask the removal, that is the check's miss)
    ps_na = [n for n in ps_any if fold_ps(n[2]) in ("نه", "مه") or fold_ps(n[2]).startswith("ن")]
    if len(en_neg) == 1 and len(ps_neg) == 1 and len(ps_na) == 1:
        a, b, w, _ = ps_neg[0]
        wf = fold_ps(w)
        if wf in ("نه", "مه"):
            e = b + 1 if site.ps[b:b + 1] == " " else b
            out.append(_mk(site, "negation", f"{w} removed", a, e, ""))
        elif wf.startswith("ن") and len(wf) >= 3:
            out.append(_mk(site, "negation", f"{w} → {w[1:]}", a, b, w[1:]))
        m = re.search(r"\b(not) ", src.text) or re.search(r"\b(\w+n't)\b", src.text)
        if m:
            word = m.group(1)
            en = None
            if word == "not":
                en, span = _replace(case.en, src.start + m.start(1), src.start + m.end(1) + 1, "")
            elif word.lower() in _NT:
                en, span = _replace(case.en, src.start + m.start(1), src.start + m.end(1), _NT[word.lower()])
            if en is not None:
                out.append(Plant("negation", case, f"English: {word!r} removed", en, case.ps, "en",
                                 (span[0], max(span[1], span[0] + 1)), clean_bead=site.bead,
                                 accepted=ACCEPTED["negation"]))
    return out


# --- untranslated -------------------------------------------------------------------------------

_STOP = frozenset("""the a an and or of to in on at by for with from as is are was were be been being
that this these those it its he she they them his her their we our you your i me my which who whom
whose what when where why how not no but if then than so such also has have had will would can could
should may might must do does did said says about into over after before more most other some any all
each both very just only there here out up down""".split())


def plant_untranslated(site: Site, rng: random.Random) -> list[Plant]:
    out = []
    gl = default_glossary()
    en_terms = {}
    for m in gl.find(site.en, "en"):
        if not m.entry.is_name and m.text.islower():
            en_terms.setdefault(m.entry, m.text)
    for m in gl.find(site.ps, "ps"):
        if m.kind == "allowed" and m.entry in en_terms:
            out.append(_mk(site, "untranslated", f"{m.text} → {en_terms[m.entry]!r}", m.start, m.end,
                           en_terms[m.entry]))
            break
    # a phrase: 1-3 English content words in place of as many Pashto words
    en_words = [w for w in re.findall(r"\b[a-z][a-z-]{3,}\b", site.en) if w not in _STOP]
    common = common_words()
    ps_tokens = [(m.start(), m.end()) for m in _PS_WORD.finditer(site.ps)
                 if len(m.group()) >= 3 and fold_ps(m.group()) not in common]
    if en_words and len(ps_tokens) >= 6:
        n = rng.choice((1, 2, 3))
        k = rng.randrange(0, max(1, len(en_words) - n + 1))
        phrase = " ".join(en_words[k:k + n])
        i = rng.randrange(1, len(ps_tokens) - n)
        a, b = ps_tokens[i][0], ps_tokens[i + n - 1][1]
        if re.search(r"[^\s\u0600-\u06ff\u200c]|\d|[،؛؟۔٪]", site.ps[a:b]) or "\n" in site.ps[a:b]:
            return out
        if not _english_left(phrase.split(), site.ps[:a], site.ps[b:]):
            return out
        out.append(_mk(site, "untranslated", f"{site.ps[a:b]!r} → {phrase!r}", a, b, phrase))
    return out


def _english_left(words: list[str], before: str, after: str) -> bool:
    """Whether English ``words`` put between Pashto ``before`` and ``after`` are English left
    untranslated: ordinary English words (a word no English dictionary has is a foreign word
    the English quotes, ksour, suburbani, which a translation may keep), and not right beside a
    Pashto word that renders one of them by sound (afghanis افغانیو, د سبرباني suburbani: the
    original kept beside its transliteration, a translator's practice, not an omission of
    translation)."""
    from aligner.text.langid import english_word
    from aligner.lang.translit import sounds_like
    if not all(english_word(w) for w in words):
        return False
    near = [t for t in (before.split()[-1:] + after.split()[:1]) if re.search(r"[\u0600-\u06ff]", t)]
    return not any(len(w) >= 5 and sounds_like(w, fold_ps(t.strip("،.:؛()\"«»")), match_threshold(w))
                   for w in words for t in near)


# ----------------------------------------------------------------------------------------------
# Issue 11: lexical polarity flips and lost or added affix negation
# ----------------------------------------------------------------------------------------------
# polarity  a Pashto word of one pole replaced by the opposite pole (زیات شو → کم شو, اجازه →
#           منع, ومنله → رد کړه …), or the English word by its antonym (increased → decreased)
# affix     the Pashto privative dropped (غیر قانوني → قانوني, ناخوندي → خوندي, د فساد ضد → د
#           فساد), or an English negative affix added where the Pashto keeps the positive word
#           (safe → unsafe, legal → illegal, governmental → non-governmental)
# Only 1-1 beads whose two sides agree (the same pole, no other negation) are planted.

#: folded Pashto prefix of a pole word → the opposite word (its ending is kept)
_PS_OPPOSITE = (("زیاتوال", "کموال"), ("زیات", "کم"), ("ډېرښت", "کمښت"), ("ډیرښت", "کمښت"),
                ("لوړ", "ټیټ"), ("جګ", "ټیټ"), ("کموال", "زیاتوال"), ("کمښت", "زیاتوالی"), ("کم", "زیات"),
                ("ټیټ", "لوړ"), ("راټیټ", "لوړ"), ("راکم", "زیات"), ("اجازه", "منع"), ("اجازې", "منع"),
                ("منع", "اجازه"), ("ممنوع", "مجاز"), ("بریالی", "ناکام"), ("بریالۍ", "ناکامه"),
                ("بریالیتوب", "ناکامي"), ("بریا", "ناکامي"), ("ناکام", "بریالی"), ("کامیاب", "ناکام"),
                ("خوندی", "خطرناک"), ("خوندې", "خطرناکې"), ("خطرناک", "خوندي"), ("ومنله", "رد کړه"),
                ("ومنل", "رد کړل"), ("ومانه", "رد کړ"), ("منل", "ردول"), ("قبول", "رد"), ("تایید", "رد"),
                ("تصویب", "رد"), ("رد", "قبول"), ("انکار", "اقرار"), ("وګټله", "وبایلله"), ("وګټل", "وبایلل"),
                ("وګاټه", "وبایلله"), ("وبایلله", "وګټله"), ("وبایلل", "وګټل"), ("خلاص", "بند"),
                ("پرانیستل", "بندول"), ("پرانیست", "بند"), ("بند", "خلاص"), ("شامل", "مستثنی"), ("ملاتړ", "مخالفت"),
                ("حمایت", "مخالفت"), ("مخالف", "ملاتړ"))
#: English word → its antonym, for English-side polarity plants
_EN_OPPOSITE = {"increased": "decreased", "decreased": "increased", "increase": "decrease",
                "decrease": "increase", "rose": "fell", "fell": "rose", "rise": "fall", "fall": "rise",
                "allowed": "banned", "banned": "allowed", "allow": "forbid", "won": "lost", "lost": "won",
                "win": "lose", "accepted": "rejected", "rejected": "accepted", "approved": "rejected",
                "opened": "closed", "closed": "opened", "success": "failure", "failure": "success",
                "successful": "failed", "safe": "dangerous", "dangerous": "safe"}
#: English positive word → the same word with its negative affix
_EN_AFFIXED = {"safe": "unsafe", "legal": "illegal", "legally": "illegally", "lawful": "unlawful",
               "known": "unknown", "official": "unofficial", "necessary": "unnecessary",
               "stable": "unstable", "equal": "unequal", "fair": "unfair", "limited": "unlimited",
               "possible": "impossible", "regular": "irregular", "complete": "incomplete",
               "responsible": "irresponsible", "armed": "unarmed", "governmental": "non-governmental",
               "successful": "unsuccessful"}
_PS_PRIVATIVE_WORDS = ("غیر", "غېر", "نا", "بې")
from aligner.checks.negation import _privative_of_pole  # noqa: E402


def _agreeing_poles(site: Site):
    """The (English, Pashto) pole words of one group that agree, in a 1-1 bead with no other
    negation on either side; None when there is no such pair."""
    from aligner.checks.negation import en_poles, ps_poles
    if not site.one_to_one:
        return None
    ep, pp = en_poles(site.en), ps_poles(site.ps)
    spans_e = [(a, b) for a, b, *_ in ep]
    spans_p = [(a, b) for a, b, *_ in pp]
    if any(not any(a < n[1] and n[0] < b for a, b in spans_e) for n in negations(site.en, "en")
           if n[3] == "strong") or any(not any(a < n[1] and n[0] < b for a, b in spans_p)
                                       for n in negations(site.ps, "ps")):
        return None
    for e in ep:
        same = [p for p in pp if p[3] == e[3]]
        # one English word of the group (a second one would keep its pole after the plant)
        if len(same) == 1 and same[0][4] == e[4] and [x for x in ep if x[3] == e[3]] == [e]:
            return e, same[0]
    return None


def _en_plant(site: Site, category: str, what: str, a: int, b: int, new: str) -> Plant:
    """A plant that replaces site.en[a:b] (an offset in the bead's English) by ``new``."""
    case = site.case
    src = case.clean.source.sentences[case.clean.beads[site.bead].source[0]]
    en, span = _replace(case.en, src.start + a, src.start + b, new)
    return Plant(category, case, what, en, case.ps, "en", (span[0], max(span[1], span[0] + 1)),
                 clean_bead=site.bead, accepted=ACCEPTED[category])


def plant_polarity(site: Site, rng: random.Random) -> list[Plant]:
    pair = _agreeing_poles(site)
    if pair is None:
        return []
    (ea, eb, eword, group, _), (pa, pb, pword, _, _) = pair
    out = []
    folded = fold_ps(pword)
    for old, new in _PS_OPPOSITE:
        if folded.startswith(old) and not folded.startswith(_PS_PRIVATIVE_WORDS):
            planted = new + pword[len(old):]
            out.append(_mk(site, "polarity", f"{pword} → {planted} ({group})", pa, pb, planted))
            break
    opposite = _EN_OPPOSITE.get(eword.lower())
    if opposite and site.en[ea:eb] == eword:
        if eword[0].isupper():
            opposite = opposite.capitalize()
        out.append(_en_plant(site, "polarity", f"English: {eword} → {opposite}", ea, eb, opposite))
    return out


def plant_affix(site: Site, rng: random.Random) -> list[Plant]:
    if not site.one_to_one:
        return []
    out = []
    pair = _agreeing_poles(site)
    if pair is not None:
        (ea, eb, eword, group, pole), (pa, pb, pword, _, _) = pair
        folded = fold_ps(pword)
        priv = next((p for p in _PS_PRIVATIVE_WORDS if folded.startswith(p)), None)
        if pole == "-" and priv and _privative_of_pole(pword, group):
            # the Pashto privative dropped: غیر قانوني → قانوني
            rest = pword[len(priv):].lstrip()
            out.append(_mk(site, "affix", f"{pword} → {rest}", pa, pb, rest))
        affixed = _EN_AFFIXED.get(eword.lower())
        if pole == "+" and affixed and site.en[ea:eb] == eword:
            out.append(_en_plant(site, "affix", f"English: {eword} → {affixed}", ea, eb, affixed))
    # a separate English prefix (non-, anti-) whose Pashto privative word is dropped
    m = re.search(r"\b(?:non|anti)-\w+", site.en, re.I)
    if m and not out:
        w = re.search(r"(?:^|\s)(غیر|غېر|ضد)(?=\s)", site.ps)
        if w and len(re.findall(r"(?:^|\s)(?:غیر|غېر|ضد|نه|بې)(?=\s)", site.ps)) == 1:
            a, b = w.start(1), w.end(1)
            b = b + 1 if site.ps[b:b + 1] == " " else b
            out.append(_mk(site, "affix", f"{m.group()}: {w.group(1)} removed", a, b, ""))
    return out


# ----------------------------------------------------------------------------------------------
# Evaluation
# ----------------------------------------------------------------------------------------------

def _bead_span(r: AlignmentResult, k: int) -> tuple[tuple[int, int], tuple[int, int]]:
    b = r.beads[k]
    s = (r.source.sentences[b.source[0]].start, r.source.sentences[b.source[-1]].end) if b.source else (-1, -1)
    t = (r.target.sentences[b.target[0]].start, r.target.sentences[b.target[-1]].end) if b.target else (-1, -1)
    return s, t


def findings_on(r: AlignmentResult, beads: Iterable[int]) -> list[Finding]:
    beads = set(beads)
    spans = [_bead_span(r, k) for k in beads]
    out = []
    for f in r.findings:
        if f.bead is not None:
            if f.bead in beads:
                out.append(f)
            continue
        for (sa, sb), (ta, tb) in spans:
            if (f.source and sa >= 0 and _overlaps(f.source.start, f.source.end, sa, sb)) or \
                    (f.target and ta >= 0 and _overlaps(f.target.start, f.target.end, ta, tb)):
                out.append(f)
                break
    return out


def planted_beads(p: Plant, r: AlignmentResult) -> tuple[int, ...]:
    a, b = p.span
    if p.side == "omit":
        ids = set(p.src_ids)
        return tuple(k for k, bead in enumerate(r.beads) if ids & set(bead.source))
    doc = r.target if p.side == "ps" else r.source
    sents = {s.index for s in doc.sentences if _overlaps(a, max(b, a + 1), s.start, s.end)
             or (a == b and s.start <= a <= s.end)}
    attr = "target" if p.side == "ps" else "source"
    return tuple(k for k, bead in enumerate(r.beads) if sents & set(getattr(bead, attr)))


def clean_codes(case: Case, bead: int) -> set[str]:
    return {f.code for f in findings_on(case.clean, [bead])}


def pre_existing(p: Plant) -> bool:
    """The clean pair already has a finding of an accepted category on the plant's bead."""
    return any(f.category in p.accepted and f.severity in ("warning", "error")
               for f in findings_on(p.case.clean, [p.clean_bead]))


def evaluate(p: Plant, **kw) -> Plant:
    r = p.case.check(p.en, p.ps, **kw)
    p.result = r
    p.beads = planted_beads(p, r)
    p.on_bead = findings_on(r, p.beads)
    p.caught = any(f.category in p.accepted and f.severity in ("warning", "error") for f in p.on_bead)
    before = clean_codes(p.case, p.clean_bead)
    p.flagged = any(f.severity in ("warning", "error") and f.code not in before for f in p.on_bead)
    return p


def _site_at(case: Case, pos: int) -> Site:
    """The site (clean bead) of the Pashto sentence containing offset ``pos``."""
    for s in sites(case):
        if s.off <= pos < s.off + len(s.ps):
            return s
    raise ValueError(f"no aligned Pashto sentence at offset {pos}")


def plant_replace(case: Case, category: str, old: str, new: str, *, side: str = "ps",
                  occurrence: int = 0) -> Plant:
    """A hand-made plant: the ``occurrence``-th ``old`` of one side replaced by ``new``."""
    text = case.ps if side == "ps" else case.en
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(old, pos + 1)
        if pos < 0:
            raise ValueError(f"{old!r} not found")
    planted, span = _replace(text, pos, pos + len(old), new)
    if side == "ps":
        bead = _site_at(case, pos).bead
        return Plant(category, case, f"{old} → {new}", case.en, planted, "ps", span if new else (pos, pos),
                     clean_bead=bead, accepted=ACCEPTED[category])
    r = case.clean
    i = next(s.index for s in r.source.sentences if s.start <= pos < s.end)
    bead = next(k for k, b in enumerate(r.beads) if i in b.source)
    return Plant(category, case, f"English: {old} → {new}", planted, case.ps, "en",
                 (span[0], max(span[1], span[0] + 1)), clean_bead=bead, accepted=ACCEPTED[category])


def plant_sentence_omission(case: Case, sentence: str) -> Plant:
    """A hand-made omission: the Pashto sentence starting with ``sentence`` deleted."""
    site = _site_at(case, case.ps.index(sentence))
    (p,) = plant_omission(site, random.Random(0))
    return p


def plant_sentence_addition(case: Case, after: str, new: str) -> Plant:
    """A hand-made addition: ``new`` inserted after the Pashto sentence starting with ``after``."""
    site = _site_at(case, case.ps.index(after))
    (p,) = plant_addition(site, random.Random(0), [new])
    return p


def ensure_clean(case: Case, **kw) -> Case:
    if case.clean is None:
        case.clean = case.check(**kw)
    return case


def candidates(case: Case, cat: str, rng: random.Random, names: list, foreign: list) -> list[Plant]:
    if cat in NUMBER_PLANTERS:               # issue 11 number kinds (end of the file)
        return [p for s in sites(case) for p in NUMBER_PLANTERS[cat](s, rng)]
    out = []
    for s in sites(case):
        if cat == "number":
            out += plant_number(s, rng)
        elif cat == "percent":
            out += plant_number(s, rng, percent=True)
        elif cat == "scale":
            out += plant_scale(s, rng)
        elif cat == "unit":
            out += plant_unit(s, rng)
        elif cat == "date":
            out += plant_date(s, rng)
        elif cat == "name":
            out += plant_name(s, rng, names)
        elif cat == "term":
            out += plant_term(s, rng)
        elif cat == "omission":
            out += plant_omission(s, rng)
        elif cat == "addition":
            out += plant_addition(s, rng, foreign)
        elif cat == "negation":
            out += plant_negation(s, rng)
        elif cat == "untranslated":
            out += plant_untranslated(s, rng)
        elif cat == "polarity":
            out += plant_polarity(s, rng)
        elif cat == "affix":
            out += plant_affix(s, rng)
    return out


def select(cases: list[Case], cat: str, limit: int, seed: int, names: list,
           foreign_of: Callable[[Case], list[str]]) -> tuple[list[Plant], int]:
    """Up to ``limit`` plants of ``cat``, spread over the documents round-robin."""
    per_doc = []
    skipped = 0
    for case in cases:
        rng = random.Random(f"{seed}:{cat}:{case.name}")
        cands = candidates(case, cat, rng, names, foreign_of(case))
        kept = [p for p in cands if not pre_existing(p)]
        skipped += len(cands) - len(kept)
        rng.shuffle(kept)
        if kept:
            per_doc.append(kept)
    random.Random(f"{seed}:{cat}").shuffle(per_doc)
    chosen = []
    rnd = 0
    while len(chosen) < limit and any(rnd < len(d) for d in per_doc):
        for d in per_doc:
            if rnd < len(d) and len(chosen) < limit:
                chosen.append(d[rnd])
        rnd += 1
    return chosen, skipped


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def describe(p: Plant) -> str:
    r = p.result
    lines = [f"[{p.category}] {p.case.name}: {p.what}"]
    for k in p.beads:
        b = r.beads[k]
        lines.append(f"   bead {k} {b.kind} score {b.score:.2f}")
        lines.append(f"   EN: {_short(' '.join(r.source.sentences[i].text for i in b.source), 400)}")
        lines.append(f"   PS: {_short(' '.join(r.target.sentences[j].text for j in b.target), 400)}")
    if not p.beads:
        lines.append("   (no bead found for the change)")
    for f in p.on_bead:
        lines.append(f"   -> {f.severity} {f.code}: {_short(f.message, 200)}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=40, help="plants per category on NTREX")
    ap.add_argument("--seed-limit", type=int, default=20, help="plants per category on the seeds")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--categories", default=",".join(CATEGORIES))
    ap.add_argument("--groups", default="ntrex,seeds",
                    help="ntrex, seeds, and the other development corpora: handwritten, flores, tico, nllbseed, nllbseed2, nllbseed3, handwritten2")
    ap.add_argument("--part", choices=("all", "tuning", "held-out"), default="all",
                    help="plant on one part of the split only (bench/splits.py; the seeds have none)")
    ap.add_argument("--misses", action="store_true", help="print every missed plant")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    cats = [c for c in args.categories.split(",") if c]
    unknown = set(cats) - set(CATEGORIES)
    if unknown:
        ap.error(f"unknown categories: {', '.join(sorted(unknown))}")
    groups = [g for g in args.groups.split(",") if g]

    t0 = time.perf_counter()
    all_cases = {"ntrex": ntrex_cases() if "ntrex" in groups and args.part == "all" else [],
                 "seeds": seed_cases() if "seeds" in groups and args.part == "all" else []}
    for g in groups:                         # --part, and the other corpora (corpus_cases)
        if g not in all_cases or (g == "ntrex" and args.part != "all"):
            all_cases[g] = corpus_cases(g, args.part)
    for cs in all_cases.values():
        for c in cs:
            ensure_clean(c)
    t_clean = time.perf_counter() - t0
    every = all_cases["ntrex"] + all_cases["seeds"]
    names = collect_names(every)
    ntrex_ps = [line for c in all_cases["ntrex"] for line in c.ps.split("\n")]
    if not ntrex_ps:
        from align_bench import load_ntrex
        ntrex_ps = [line for _, _, ps in load_ntrex() for line in ps]
    pool_ntrex = [s for s in ntrex_ps if 40 <= len(s) <= 220 and not re.search(r"[A-Za-z]", s)]

    def foreign_of(case: Case) -> list[str]:
        if case.group == "seeds":
            # another seed document's Pashto sentences (same domain: the hard case), and NTREX
            others = [s.text for c in all_cases["seeds"] if c is not case for s in c.clean.target.sentences
                      if 40 <= len(s.text) <= 300]
            return sorted(others) + pool_ntrex[::40]
        own = set(case.ps.split("\n"))
        return [s for s in pool_ntrex if s not in own]

    results: dict = {g: {} for g in groups}
    misses: list[Plant] = []
    records: list[dict] = []
    n_plants = 0
    for g in groups:
        limit = args.seed_limit if g == "seeds" else args.limit
        for cat in cats:
            plants, skipped = select(all_cases[g], cat, limit, args.seed, names, foreign_of)
            caught = flagged = 0
            by_code: Counter = Counter()
            for p in plants:
                evaluate(p)
                n_plants += 1
                caught += p.caught
                flagged += p.flagged
                for f in p.on_bead:
                    if f.category in p.accepted and f.severity in ("warning", "error"):
                        by_code[f.code] += 1
                records.append({"group": g, "document": p.case.name, "category": cat, "what": p.what,
                                "caught": p.caught,
                                "codes": sorted({f.code for f in p.on_bead if f.severity != "info"})})
                if not p.caught:
                    misses.append(p)
                p.result = p.result if args.misses and not p.caught else None
            results[g][cat] = {"planted": len(plants), "caught": caught, "flagged_any": flagged,
                               "skipped_pre_existing": skipped,
                               "recall": round(caught / len(plants), 3) if plants else None,
                               "caught_by": dict(by_code)}
            print(f"  {g:6s} {cat:13s} {caught:3d}/{len(plants):3d}", file=sys.stderr, flush=True)
    wall = time.perf_counter() - t0

    total = {}
    for cat in cats:
        pl = sum(results[g][cat]["planted"] for g in groups)
        ca = sum(results[g][cat]["caught"] for g in groups)
        fl = sum(results[g][cat]["flagged_any"] for g in groups)
        sk = sum(results[g][cat]["skipped_pre_existing"] for g in groups)
        total[cat] = {"planted": pl, "caught": ca, "flagged_any": fl, "skipped_pre_existing": sk,
                      "recall": round(ca / pl, 3) if pl else None}

    def table(title, rows):
        print(f"\n{title}")
        print(f"{'category':13s} {'planted':>7s} {'caught':>6s} {'recall':>7s} {'any flag':>8s} {'skipped':>7s}")
        pl = ca = fl = sk = 0
        for cat in cats:
            x = rows[cat]
            rec = f"{x['caught'] / x['planted']:.0%}" if x["planted"] else "-"
            print(f"{cat:13s} {x['planted']:7d} {x['caught']:6d} {rec:>7s} {x['flagged_any']:8d} "
                  f"{x['skipped_pre_existing']:7d}")
            pl, ca, fl, sk = pl + x["planted"], ca + x["caught"], fl + x["flagged_any"], sk + x["skipped_pre_existing"]
        print(f"{'all':13s} {pl:7d} {ca:6d} {(ca / pl if pl else 0):7.0%} {fl:8d} {sk:7d}")

    table("all documents", total)
    for g in groups:
        table(f"{g} ({len(all_cases[g])} documents)", results[g])
    print(f"\n{n_plants} plants, clean checks {t_clean:.0f}s, total {wall:.0f}s")
    print("caught: a finding of the expected category (warning/error) on the planted bead; "
          "any flag: any warning/error there of a code the clean bead did not have; "
          "skipped: candidate sites left out because the clean pair already had a finding of the "
          "expected category on that bead")

    if args.misses:
        print(f"\n=== {len(misses)} misses")
        for p in misses:
            print()
            print(describe(p))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "seed": args.seed, "limit": args.limit, "seed_limit": args.seed_limit,
            "accepted": {k: sorted(v) for k, v in ACCEPTED.items()},
            "total": total, "by_group": results, "plants": n_plants, "seconds": round(wall, 1),
            "plants_detail": records,
        }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# Issue 11 (numbers): number words in their inflected forms, fractions and multiples; parts
# ----------------------------------------------------------------------------------------------
# numword   a Pashto number word replaced by another number in the same inflection (درو → څلورو,
#           پنځلس → شپاړس, شل → دېرش), or the digits of a small count replaced by a number word of
#           another value in the form the noun after it asks for (۳ ولسوالۍ → څلور ولسوالۍ,
#           ۳ ورځو → څلورو ورځو)
# fraction  a fraction or multiple changed on one side: درېیمه برخه → څلورمه برخه, نیمایي → درېیمه
#           برخه, دوه چنده → درې چنده, یو نیم → دوه نیم; English half → a third, twice → three times,
#           doubled → tripled, a quarter → a third
# unit      (the existing category) km → miles, litres → gallons, MW ↔ GW, hectares → acres …
# ``--part tuning|held-out`` plants on one part of the split only (bench/splits.py: NTREX by
# document id; the hand-written corpus, group ``handwritten``, by document).

# ordinal   a Pashto ordinal word changed in its own ending (درېیمه ماده → څلورمه ماده, دوهم پړاو →
#           درېیم پړاو, د دریمو → د څلورمو), where the English states the same ordinal ("third",
#           "Article 3"); kept apart from numword so that numword's figures stay comparable.
NUMBER_CATEGORIES = ("numword", "fraction", "ordinal")
CATEGORIES = CATEGORIES + NUMBER_CATEGORIES
ACCEPTED.update({"numword": frozenset({"number"}), "fraction": frozenset({"number"}),
                 "ordinal": frozenset({"number"})})

#: Pashto number words by value: (direct form, oblique form)
_PS_NUMBER_FORMS = {
    2: ("دوه", "دوو"), 3: ("درې", "درېیو"), 4: ("څلور", "څلورو"), 5: ("پنځه", "پنځو"), 6: ("شپږ", "شپږو"),
    7: ("اووه", "اوو"), 8: ("اته", "اتو"), 9: ("نهه", "نهو"), 10: ("لس", "لسو"), 11: ("یوولس", "یوولسو"),
    12: ("دولس", "دولسو"), 13: ("دیارلس", "دیارلسو"), 14: ("څوارلس", "څوارلسو"), 15: ("پنځلس", "پنځلسو"),
    16: ("شپاړس", "شپاړسو"), 17: ("اوولس", "اوولسو"), 18: ("اتلس", "اتلسو"), 19: ("نولس", "نولسو"),
    20: ("شل", "شلو"), 30: ("دېرش", "دېرشو"), 40: ("څلوېښت", "څلوېښتو"), 50: ("پنځوس", "پنځوسو"),
    60: ("شپېته", "شپېتو"), 100: ("سل", "سلو"),
}
#: folded surface → (value, 0 direct | 1 oblique), with the usual variants
_PS_NUMBER_SURFACE: dict = {}
for _v, _forms in _PS_NUMBER_FORMS.items():
    for _k, _f in enumerate(_forms):
        _PS_NUMBER_SURFACE[fold_ps(_f)] = (_v, _k)
for _f, _v, _k in (("دری", 3, 0), ("دریو", 3, 1), ("درو", 3, 1), ("دوې", 2, 0), ("اوه", 7, 0), ("دیرش", 30, 0),
                   ("څلویښت", 40, 0), ("شپیته", 60, 0), ("دیرشو", 30, 1), ("څلویښتو", 40, 1), ("شپیتو", 60, 1)):
    _PS_NUMBER_SURFACE.setdefault(fold_ps(_f), (_v, _k))

_PS_ORDINAL_F = {2: "دوهمه", 3: "درېیمه", 4: "څلورمه", 5: "پنځمه", 6: "شپږمه", 8: "اتمه", 10: "لسمه"}
_PS_ORDINAL_SURFACE = {fold_ps(f): v for v, f in _PS_ORDINAL_F.items()}
_PS_ORDINAL_SURFACE.update({fold_ps(f): v for f, v in (("دریمه", 3), ("دویمه", 2), ("دریمې", 3), ("درېیمې", 3),
                                                        ("څلورمې", 4), ("پنځمې", 5))})
_PS_HALF = ("نیمایي", "نیمايي", "نیمایی", "نیمه", "نیم")
_PS_MULTIPLIERS = ("چنده", "برابره", "ځله")


def _other_value(v: int, pool, rng: random.Random) -> int:
    """A different value of ``pool``, near ``v`` (a translator's slip: 3 → 4, 15 → 16)."""
    near = [x for x in pool if x != v and abs(x - v) <= max(2, v // 5)]
    return rng.choice(near or [x for x in pool if x != v])


def _ps_words(text: str):
    for m in _PS_WORD.finditer(text):
        yield m.start(), m.end(), m.group()


def plant_numword(site: Site, rng: random.Random) -> list[Plant]:
    """A number word of the Pashto changed in its own inflection, or small-count digits replaced
    by a number word of another value (the noun after them says direct or oblique).  Only a
    count the English states too (not an ordinal, a name's digits or a date) is planted on."""
    out = []
    dates = _date_spans(site.ps)
    # (a figure of an English date is a date, whether or not the Pashto's date is read as one:
    # "on March 3" ↔ March 3 kept in Latin, د فرورۍ 5 misspelt; its changes are the date category's)
    en_dates = [(d.start, d.end) for d in find_dates(site.en, "en")]
    en_counts = [e for e in extract_quantities(site.en, "en") if not e.label and e.kind != "ordinal"
                 and not any(_overlaps(e.start, e.end, a, b) for a, b in en_dates)]
    for q in extract_quantities(site.ps, "ps"):
        if q.kind not in ("number", "measure", "money") or not any(_values(e) & _values(q) for e in en_counts):
            continue
        if any(_overlaps(q.start, q.end, a, b) for a, b in dates):
            continue
        if q.written == "digits" and not q.text.strip().isdigit():
            continue
        if q.written in ("words", "mixed"):
            for a, b, w in _ps_words(q.text):
                hit = _PS_NUMBER_SURFACE.get(fold_ps(w))
                if hit is None:
                    continue
                v, form = hit
                if v == 3 and form == 0 and fold_ps(w) == fold_ps("دری"):
                    continue
                new = _PS_NUMBER_FORMS[_other_value(v, list(_PS_NUMBER_FORMS), rng)][form]
                out.append(_mk(site, "numword", f"{w} → {new} in {q.text!r}", q.start + a, q.start + b, new))
                break
        elif q.value.denominator == 1 and 2 <= q.value <= 19 and not q.unit and q.kind == "number":
            if not site.ps[:q.start].rsplit("\n", 1)[-1].strip() and site.ps[q.end:q.end + 1] in (".", ")", "-"):
                continue                    # "۳." opening a line: a list enumerator, not a count
            after = site.ps[q.end:].split()
            oblique = bool(after) and after[0].rstrip("،.۔").endswith("و")
            v = int(q.value)
            new = _PS_NUMBER_FORMS[_other_value(v, [x for x in _PS_NUMBER_FORMS if x <= 20], rng)][int(oblique)]
            out.append(_mk(site, "numword", f"{q.text!r} → {new} (digits replaced by a number word)",
                           q.start, q.end, new))
    return out


_EN_FRACTION_SWAPS = (("half", "a third"), ("a third", "a quarter"), ("one third", "one quarter"),
                      ("a quarter", "a third"), ("one quarter", "one third"), ("twice", "three times"),
                      ("doubled", "tripled"), ("double", "triple"), ("tripled", "quadrupled"),
                      ("triple", "quadruple"), ("one and a half", "two and a half"),
                      ("two-thirds", "three-quarters"), ("three-quarters", "two-thirds"))


def _en_number_plant(site: Site, what: str, a: int, b: int, new: str) -> Plant:
    """The bead's English (one sentence) with site.en[a:b] replaced by ``new``."""
    case = site.case
    src = case.clean.source.sentences[case.clean.beads[site.bead].source[0]]
    en, span = _replace(case.en, src.start + a, src.start + b, new)
    return Plant("fraction", case, what, en, case.ps, "en", (span[0], max(span[1], span[0] + 1)),
                 clean_bead=site.bead, accepted=ACCEPTED["fraction"])


def plant_fraction(site: Site, rng: random.Random) -> list[Plant]:
    """A fraction or a multiple changed in the Pashto, or in the English of a 1-1 bead."""
    out = []
    en_qs = extract_quantities(site.en, "en")
    for q in extract_quantities(site.ps, "ps"):
        if not _en_matches(q, site.en):
            continue
        halves = q.value.denominator == 2
        if q.kind not in ("fraction", "multiple") and not halves:
            continue
        words = list(_ps_words(q.text))
        planted = None
        if q.kind == "fraction":
            for a, b, w in words:
                v = _PS_ORDINAL_SURFACE.get(fold_ps(w))
                if v is not None:                                   # درېیمه برخه → څلورمه برخه
                    planted = (a, b, w, _PS_ORDINAL_F[_other_value(v, [x for x in _PS_ORDINAL_F if x > 2], rng)])
                    break
                if fold_ps(w) in {fold_ps(h) for h in _PS_HALF}:    # نیمایي → درېیمه برخه
                    planted = (a, b, w, "درېیمه برخه")
                    break
        else:                                                       # دوه چنده, یو نیم, ۲.۵
            for a, b, w in words:
                hit = _PS_NUMBER_SURFACE.get(fold_ps(w)) or ((1, 0) if fold_ps(w) in ("یو", "یوه") else None)
                if hit is not None:
                    v, form = hit
                    new = (_PS_NUMBER_FORMS[_other_value(v, [x for x in _PS_NUMBER_FORMS if x <= 10], rng)][form]
                           if v > 1 else "دوه")
                    planted = (a, b, w, new)
                    break
        if planted is not None:
            a, b, w, new = planted
            out.append(_mk(site, "fraction", f"{w} → {new} in {q.text!r}", q.start + a, q.start + b, new))
    if site.one_to_one:
        first = site.case.clean.source.sentences[site.case.clean.beads[site.bead].source[0]].text
        # the longest phrase first: "one and a half" is not planted on as "half" (→ "a a third")
        for old, new in sorted(_EN_FRACTION_SWAPS, key=lambda x: -len(x[0])):
            m = re.search(r"\b" + re.escape(old) + r"\b", first, re.I)
            if not m:
                continue
            eq = [e for e in en_qs if e.start <= m.start() < e.end]
            if not eq or not any(_values(e) & _values(p) for e in eq for p in extract_quantities(site.ps, "ps")
                                 if not p.label):
                continue                                            # the Pashto must say the same now
                                                                    # (a name's digits, Nord Stream 2, do not)
            word = m.group()
            rep = new.capitalize() if word[0].isupper() else new
            out.append(_en_number_plant(site, f"English: {word} → {rep}", m.start(), m.end(), rep))
            break
    return out


#: Pashto ordinal stems by value (the first is the one planted), endings م / مه / مې / مو
_PS_ORDINAL_STEMS = {2: ("دوهم", "دویم"), 3: ("درېیم", "دریم"), 4: ("څلورم",), 5: ("پنځم",), 6: ("شپږم",),
                     7: ("اووم",), 8: ("اتم",), 9: ("نهم",), 10: ("لسم",)}
_PS_ORDINAL_ENDINGS = ("", "ه", "ې", "و")
_PS_ORDINAL_WORD = {fold_ps(stem + e): (v, e) for v, stems in _PS_ORDINAL_STEMS.items() for stem in stems
                    for e in _PS_ORDINAL_ENDINGS}


def plant_ordinal(site: Site, rng: random.Random) -> list[Plant]:
    """A Pashto ordinal word of 2-10 changed to another in the same ending, where the English
    states the same ordinal (a word, 3rd, or "Article 3")."""
    en_ords = {e.value for e in extract_quantities(site.en, "en") if e.kind == "ordinal"}
    out = []
    for a, b, w in _ps_words(site.ps):
        hit = _PS_ORDINAL_WORD.get(fold_ps(w))
        if hit is None or hit[0] not in en_ords:
            continue
        v, ending = hit
        new = _PS_ORDINAL_STEMS[_other_value(v, list(_PS_ORDINAL_STEMS), rng)][0] + ending
        out.append(_mk(site, "ordinal", f"{w} → {new}", a, b, new))
        break
    return out


NUMBER_PLANTERS = {"numword": plant_numword, "fraction": plant_fraction, "ordinal": plant_ordinal}


# --- clause: a partial omission (issue 11) --------------------------------------------------------
# clause     a clause or phrase of a Pashto sentence deleted the way a careless translator drops one,
#            the rest left grammatical (a verb still closes it); the kinds, one chosen at random
#            among those the sentence offers:
#            subordinate  a trailing because / but / while / although / so-that clause
#                         (ځکه چې، خو، مګر، په داسې حال کې چې، که څه هم، ترڅو ...) to the end;
#            coordinated  the second of two clauses joined by او when the first ends in a verb;
#            aside        a segment between two commas or in brackets (a relative clause, an
#                         apposition, a parenthetical; in brackets only when the English has
#                         a bracket too (else a Pashto gloss), never a bracketed date or number,
#                         which restates one: 1 Hamal 1405 (21 March 2026)), or a list item
#                         (، X before ، or او);
#            leading      a leading subordinate clause or adverbial phrase closed by a comma
#                         (کله چې ...، که ...، د ... په وینا، په ... کې، ...);
#            at least two words dropped, four words left; caught by an omission finding on the bead

_PS_TAIL_SUB = re.compile(r"\s*،?\s+(?:ځکه\s+چې|ځکه|خو|مګر|مګر\s+دا|ولې|لیکن|په\s*داسې\s+حال\s+کې\s+چې|"
                          r"په\s*داسې\s+حال\s+کې|حال\s+دا\s+چې|که\s+څه\s+هم|سره\s+له\s+دې\s+چې|ترڅو|تر\s+څو|"
                          r"څو\s+چې|نو\s+ځکه|له\s+دې\s+امله|د\s+دې\s+لپاره\s+چې)\s+")
_PS_AND = re.compile(r"\s+او\s+")
_PS_COMMA = re.compile(r"\s*[،,](?![\d۰-۹])\s*")
_PS_BRACKET = re.compile(r"\s*\([^()]{3,}\)")
_PS_LEAD_CLAUSE = re.compile(r"^(?:کله|که|کچیرې|کچېرې|وروسته|مخکې|سره|لکه|هغه\s+مهال|هر\s+کله|په\s*داسې)\s")
_PS_LEAD = re.compile(r"^(?:په|له|د|تر|پر|کله|وروسته|مخکې)\s")
_PS_LEAD_END = re.compile(r"(?:کې|کښې|کښی|ته|څخه|نه|پورې|وروسته|راهیسې|سره|لپاره|وینا|مخې|حواله|اساس|"
                          r"مهال|وخت|ورځ|کال|اونۍ|میاشت)$")
_PS_OPENER = re.compile(r"(?:چې|چه|او|خو|که|ځکه|مګر|بلکې)(?!\S)")
_PS_VERB_WORDS = frozenset("دی ده دي وو وه و وې وي شي شو شوه شوې شوی شوي شول سو کړ کړه کړل کړې کړي کوي "
                           "کول کېږي کیږي لري ولري نلري درلود درلوده درلودل شته نشته وايي وایي ووایه "
                           "ووايه وویل وويل ویل کوو کړو".split())
_PS_VERB_END = re.compile(r"(?:ېږي|یږي|ېدل|یدل|ېده|یده|ېدې|ېدلې|یدلې|ېدلی|یدلی|کوي|وي|ږي)$")
_PS_STOP = ".۔؟?!\"'”»\u200e\u200f "


def _ps_verb_final(text: str) -> bool:
    """Whether ``text`` (a Pashto clause) ends in a verb form: an auxiliary or light verb, or a
    verb ending (ېږي، یدل، کوي ...)."""
    words = re.findall(r"[\u0600-\u06FF\u200c]+", text)
    if not words:
        return False
    w = words[-1]
    return w in _PS_VERB_WORDS or bool(_PS_VERB_END.search(w))


def _clause_spans(ps: str, end: int, en: str = "") -> list[tuple[str, int, int]]:
    """Spans of ``ps[:end]`` (a Pashto sentence without its final stop) a careless translator
    drops whole, by kind, each leaving at least four words and a verb-final sentence."""
    out = []

    def ok(a, b):
        gone, rest = ps[a:b], (ps[:a] + ps[b:end]).strip(" ،,")
        return len(gone.split()) >= 2 and len(rest.split()) >= 4 and _ps_verb_final(rest) \
            and not _PS_OPENER.match(rest)

    for m in _PS_TAIL_SUB.finditer(ps, 0, end):
        if len(ps[:m.start()].split()) >= 4 and len(ps[m.end():end].split()) >= 2 and ok(m.start(), end):
            out.append(("subordinate", m.start(), end))
    for m in _PS_AND.finditer(ps, 0, end):
        if _ps_verb_final(ps[:m.start()]) and len(ps[m.end():end].split()) >= 3 and ok(m.start(), end):
            out.append(("coordinated", m.start(), end))
    commas = list(_PS_COMMA.finditer(ps, 0, end))
    for m, n in zip(commas, commas[1:]):              # ، X ، : an aside or a list item
        if 2 <= len(ps[m.end():n.start()].split()) <= 20 and ok(m.start(), n.start()):
            out.append(("aside", m.start(), n.start()))
    for m in commas:                                   # A، X او Y: a list item before the last
        a = _PS_AND.search(ps, m.end(), end)
        nxt = _PS_COMMA.search(ps, m.end(), end)
        if a and (not nxt or a.start() < nxt.start()) and 2 <= len(ps[m.end():a.start()].split()) <= 6 \
                and not _ps_verb_final(ps[:m.start()]) and not _PS_OPENER.match(ps[m.end():]) \
                and ok(m.start(), a.start()):
            out.append(("aside", m.start(), a.start()))
    for m in _PS_BRACKET.finditer(ps, 0, end) if "(" in en else ():
        # a parenthetical of the English; not a bracketed date or number (a second calendar, a
        # conversion: the same fact again), and not a Pashto gloss the English has no bracket for
        if ok(m.start(), m.end()) and not re.search(r"[\d۰-۹٠-٩]", m.group()):
            out.append(("aside", m.start(), m.end()))
    if commas:
        m = commas[0]
        head = ps[:m.start()]
        # a subordinate clause (که، کله چې ... verb) or an adverbial phrase (په ... کې، د ... په وینا)
        lead = _PS_LEAD_CLAUSE.match(head) and _ps_verb_final(head) or \
            _PS_LEAD.match(head) and _PS_LEAD_END.search(head) and not _ps_verb_final(head)
        if lead and len(head.split()) <= 15 and ok(0, m.end()):
            out.append(("leading", 0, m.end()))
    return out


def plant_clause(site: Site, rng: random.Random) -> list[Plant]:
    if not site.one_to_one:
        return []
    end = len(site.ps)
    while end and site.ps[end - 1] in _PS_STOP:
        end -= 1
    spans = _clause_spans(site.ps, end, site.en)
    if not spans:
        return []
    kind = rng.choice(sorted({k for k, _, _ in spans}))
    _, a, b = rng.choice([s for s in spans if s[0] == kind])
    new = site.ps[:a] + site.ps[b:]
    case = site.case
    ps = case.ps[:site.off] + new + case.ps[site.off + len(site.ps):]
    return [Plant("clause", case, f"{kind} deleted: {site.ps[a:b].strip()[:60]!r}", case.en, ps, "ps",
                  (site.off + a, site.off + a), clean_bead=site.bead, accepted=ACCEPTED["clause"])]


ACCEPTED["clause"] = frozenset({"omission"})
CATEGORIES = CATEGORIES + ("clause",)
NUMBER_PLANTERS["clause"] = plant_clause     # (the planters dispatched by category name)


def corpus_cases(group: str, part: str = "all") -> list[Case]:
    """The documents of a development corpus (bench/corpora.py: ``ntrex``, ``handwritten``,
    ``flores``) as plant cases, only those of ``part`` unless it is ``all``."""
    import corpora
    out = []
    for d in corpora.load(group):
        if part != "all" and d.part != part:
            continue
        out.append(Case(d.unit, group, "\n".join(d.en), "\n".join(d.ps), d.segmented))
    return out


if __name__ == "__main__":
    main()
