"""Terminology: glossary terms rendered with a forbidden word, or not rendered at all.

For each bead the English side is searched for the variants of the term base
(``aligner/lang/data/terms_en_ps.tsv``) and of the user's glossaries
(``config["glossaries"]``: a list of TSV / CSV / TBX paths); the Pashto side for the allowed
and forbidden renderings of the entries found (inflection-tolerant, see
:mod:`aligner.lang.glossary`).

Occurrences are then *linked*: every English occurrence takes, if it can, a Pashto word
that its entry allows; only an occurrence left without one may take a word that its entry
forbids.  The links are chosen together for the whole bead (best total, then closest
relative positions), so a Pashto word that correctly renders another English term of the
same sentence is never blamed.  In the reference case — "alumina refining … electrolytic
aluminum smelting" → "د المونیم تصفیه کولو … د المونیم الکترولیټیک" — the *aluminum*
occurrences take their المونیم and the one left over is reported against *alumina*.

Codes:

* ``TERM-FORBIDDEN`` (error): an English term is rendered by one of its forbidden words.
* ``TERM-MISSING`` (warning): a mandatory entry (flag ``strict`` in the term base, or any
  entry of a user glossary) whose allowed renderings are all absent from the bead, and no
  forbidden one is there either.  Names (``geo``/``org`` rows) are left to the entity check.
* ``TERM-MISMATCH`` (warning): a term swapped for another of its kind (:class:`TermSwapCheck`,
  data ``aligner/lang/data/term_classes_en_ps.tsv``): the English names a term A of a class
  (diseases, pathogen kinds, organs, medicines, professions, chemical elements; courts, offices,
  public money, schools, weather, landforms, family, vehicles, weapons, colours, sports,
  languages, seasons, fruit: the data file's header lists them), the
  Pashto has none of A's renderings but renders a term B of the same class that no English word
  of the bead accounts for: "stroke" ↔ مرګي (epilepsy), "bacterium" ↔ ویروس.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..lang.data import data_path
from ..lang.glossary import Glossary, TermEntry, TermMatch, TermMatcher, get_glossary
from ..lang.respell import inflect_like
from ..text.inflect import en_key
from ..text.tokens import EN_TERM_WORD, LATIN_TERM_WORD
from .base import CheckContext, Pair, PairCheck, register

#: Above this many Pashto spans in one bead, links are chosen greedily instead of exactly.
_EXACT_LIMIT = 12

_W_ALLOWED = 10_000.0     # a link to an allowed rendering outweighs everything else
_W_FORBIDDEN = 100.0      # then links to forbidden renderings; then closeness (< 1 each)


def _rel(start: int, end: int, length: int) -> float:
    return ((start + end) / 2) / max(length, 1)


class _Span:
    """A Pashto span and the present entries that allow / forbid it."""
    __slots__ = ("start", "end", "text", "form", "allowed", "forbidden", "pos")

    def __init__(self, m: TermMatch, length: int):
        self.start, self.end, self.text, self.form = m.start, m.end, m.text, m.form
        self.allowed: set[int] = set()
        self.forbidden: set[int] = set()
        self.pos = _rel(m.start, m.end, length)


def link_terms(src: list[TermMatch], tgt: list[TermMatch], src_len: int, tgt_len: int):
    """Link English occurrences to Pashto spans.

    Returns ``(links, spans)`` where ``links[i]`` is ``None`` or ``(kind, span)`` for the
    i-th source occurrence, kind being "allowed" or "forbidden".
    """
    spans: dict[tuple[int, int], _Span] = {}
    for m in tgt:
        sp = spans.setdefault((m.start, m.end), _Span(m, tgt_len))
        (sp.allowed if m.kind == "allowed" else sp.forbidden).add(id(m.entry))
    order = sorted(spans.values(), key=lambda s: s.start)
    spos = [_rel(m.start, m.end, src_len) for m in src]

    def gain(i: int, sp: _Span) -> Optional[tuple[str, float]]:
        e = id(src[i].entry)
        closeness = 1.0 - min(abs(spos[i] - sp.pos), 1.0)
        if e in sp.allowed:
            return "allowed", _W_ALLOWED + closeness
        if e in sp.forbidden:
            return "forbidden", _W_FORBIDDEN + closeness
        return None

    n, m = len(src), len(order)
    links: list = [None] * n
    if m <= _EXACT_LIMIT:
        # exact: DP over source occurrences with the set of used spans as state
        best: dict[int, tuple[float, tuple]] = {0: (0.0, ())}
        for i in range(n):
            nxt: dict[int, tuple[float, tuple]] = {}
            row = [gain(i, sp) for sp in order]          # the same for every state: once per pair
            for mask, (score, path) in best.items():
                cand = [(score, path + (None,), mask)]
                for j, g in enumerate(row):
                    if mask >> j & 1:
                        continue
                    if g:
                        cand.append((score + g[1], path + ((g[0], j),), mask | 1 << j))
                for sc, pa, mk in cand:
                    if mk not in nxt or sc > nxt[mk][0]:
                        nxt[mk] = (sc, pa)
            best = nxt
        _, path = max(best.values(), key=lambda v: v[0])
        for i, link in enumerate(path):
            if link is not None:
                links[i] = (link[0], order[link[1]])
    else:
        pairs = []
        for i in range(n):
            for j, sp in enumerate(order):
                g = gain(i, sp)
                if g:
                    pairs.append((g[1], i, j, g[0]))
        used_i, used_j = set(), set()
        for _, i, j, kind in sorted(pairs, reverse=True):
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
                links[i] = (kind, order[j])
    return links, order


def _named_loosely(glossary: Glossary, sp: _Span, entry: TermEntry, english: str) -> bool:
    """Whether the English names the entry that ``sp`` renders by a word of its own that
    ``entry`` lacks ("defectors from the North" ↔ د شمالي کوریا, beside South Korean)."""
    own = {w.lower() for v in entry.english for w in re.findall(r"[A-Za-z]+", v)}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", english)}
    for g in glossary.matcher.find_ps(sp.text):
        if g.kind != "allowed" or g.entry is entry:
            continue
        theirs = {w.lower() for v in g.entry.english for w in re.findall(r"[A-Za-z]+", v)} - own
        if theirs & words:
            return True
    return False


@register
class TerminologyCheck(PairCheck):
    code = "TERM-FORBIDDEN"
    category = "terminology"
    severity = "error"
    description = "an English term is rendered with a word the glossary forbids for it"
    codes = {
        "TERM-MISSING": ("terminology", "warning",
                         "a mandatory glossary term has none of its renderings in the translation"),
    }

    def check_pair(self, pair: Pair, ctx: Optional[CheckContext]) -> Iterable:
        glossary = get_glossary(ctx.config.get("glossaries") if ctx is not None else None)
        src = glossary.matcher.find_en(pair.source.text)
        if not src:
            return
        present = list({id(m.entry): m.entry for m in src}.values())
        tgt = glossary.matcher.find_ps(pair.target.text, entries=present)
        links, spans = link_terms(src, tgt, len(pair.source.text), len(pair.target.text))

        reported: set[int] = set()
        for m, link in zip(src, links):
            if link is None or link[0] != "forbidden":
                continue
            sp = link[1]
            yield self._forbidden(pair, glossary, m, sp)
            reported.add(id(m.entry))
        # a forbidden rendering left over once every English occurrence has its own rendering
        # (North Korea twice in English; شمالي کوریا twice and جنوبي کوریا once in Pashto)
        linked = {id(link[1]) for link in links if link is not None}
        for sp in spans:
            if id(sp) in linked or sp.allowed or not sp.forbidden:
                continue
            cands = [(abs(_rel(m.start, m.end, len(pair.source.text)) - sp.pos), k)
                     for k, m in enumerate(src) if id(m.entry) in sp.forbidden]
            if cands and not _named_loosely(glossary, sp, src[min(cands)[1]].entry, pair.source.text):
                yield self._forbidden(pair, glossary, src[min(cands)[1]], sp)

        # TERM-MISSING: mandatory entries with no allowed rendering anywhere in the bead
        allowed_ids = {e for sp in spans for e in sp.allowed}
        forbidden_ids = {e for sp in spans for e in sp.forbidden}
        seen: set[int] = set()
        for m in src:
            e = m.entry
            if id(e) in seen or not e.strict or e.is_name:
                continue
            seen.add(id(e))
            if id(e) in allowed_ids or id(e) in forbidden_ids or id(e) in reported:
                continue
            if not e.allowed:
                continue
            expected = ", ".join(e.allowed[:3])
            yield self.finding(
                f"English '{m.text}' has none of its glossary renderings in the translation "
                f"(expected {expected})",
                code="TERM-MISSING", source=pair.source.span(m.start, m.end),
                source_value=e.label, target_value=None)

    def _forbidden(self, pair: Pair, glossary: Glossary, m: TermMatch, sp: _Span):
        e: TermEntry = m.entry
        meaning = glossary.meaning_of(sp.form, exclude=e)
        gloss = f" ({meaning})" if meaning and meaning.lower() != e.label.lower() else ""
        expected = e.allowed[0] if e.allowed else "another rendering"
        target = pair.target.span(sp.start, sp.end)
        f = self.finding(
            f"English '{m.text}' is rendered as forbidden '{sp.text}'{gloss}; expected {expected}",
            code="TERM-FORBIDDEN", source=pair.source.span(m.start, m.end), target=target,
            source_value=e.label, target_value=sp.form)
        if e.allowed:        # the fix: the first allowed rendering, with the replaced word's ending
            f.suggestion = {"start": target.start, "end": target.end,
                            "text": inflect_like(target.text, sp.form, e.allowed[0])}
        return f


# --------------------------------------------------------------------------------------
# TERM-MISMATCH: a term rendered as another term of the same class
# --------------------------------------------------------------------------------------

#: The term classes (a data file, see its header for the columns).
TERM_CLASSES_NAME = "term_classes_en_ps.tsv"
#: A word of ``also_en`` / ``english`` this long or longer accounts for a term inside a longer
#: English word too (coronavirus ⊃ virus, antiviral ⊃ viral); shorter ones only as whole words
#: (flu is not in influence).
_INNER_MIN = 5


@dataclass(frozen=True)
class ClassTerm:
    """A member of a term class: its glossary entry (domain = the class), the renderings that
    may serve as evidence of a swap, the English words that account for it, what it means."""
    entry: TermEntry
    evidence: frozenset
    accounts: tuple
    meaning: str


class TermClasses:
    """The term classes of ``term_classes_en_ps.tsv``: a :class:`TermMatcher` over their members
    (the term base's matching: one tokenizer, one inflection rule) and the members by entry."""

    def __init__(self, text: str, name: str = TERM_CLASSES_NAME):
        #: entry (of :attr:`matcher` or :attr:`evidence_matcher`) → its term
        self.terms: dict[int, ClassTerm] = {}
        entries, ev_entries = [], []
        #: every entry made, in order (what the disk cache stores, see :func:`_cached_classes`)
        self._entries: list[TermEntry] = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != 5:
                raise ValueError(f"{name}:{lineno}: expected 5 columns, got {len(cells)}")
            cls, english, also, ps, note = cells
            # (form, evidence?, exact?) for "?form" (never evidence) and "=form" (no endings)
            forms = []
            for f in (f.strip() for f in ps.split("|")):
                ev = not f.startswith("?")
                f = f.lstrip("?")
                forms.append((f.lstrip("="), ev, f.startswith("=")))
            en = tuple(v.strip() for v in english.split("|") if v.strip())
            if not cls or not en or not any(f for f, _, _ in forms):
                raise ValueError(f"{name}:{lineno}: a class, an English term and a rendering are needed")
            origin = f"{name}:{lineno}"
            allowed = tuple(dict.fromkeys(f for f, _, _ in forms if f))
            evidence = frozenset(f for f, ev, _ in forms if f and ev)
            accounts = tuple(dict.fromkeys(w.lower() for w in (*en, *also.split("|")) if w.strip()))
            main = TermEntry(en, allowed, (), cls, note, frozenset(), origin)
            term = ClassTerm(main, evidence, accounts, note or en[0])
            self.terms[id(main)] = term
            self._entries.append(main)
            # the renderings matched with endings, and those matched as written (a twin entry
            # without English: مرګي "epilepsy" must not match مرګ "death"), all / evidence only
            for only_ev, out in ((False, entries), (True, ev_entries)):
                for exact in (False, True):
                    fs = tuple(dict.fromkeys(f for f, ev, ex in forms
                                             if f and ex == exact and (ev or not only_ev)))
                    if not fs:
                        continue
                    e = TermEntry(en if not (exact or only_ev) else (), fs, (), cls, note,
                                  frozenset({"exact"}) if exact else frozenset(), origin)
                    out.append(e)
                    self.terms[id(e)] = term
                    self._entries.append(e)
            if not any(f for f, _, ex in forms if not ex):     # the English needs an entry of its own
                e = TermEntry(en, allowed, (), cls, note, frozenset({"exact"}), origin)
                entries.append(e)
                self.terms[id(e)] = term
                self._entries.append(e)
        self.matcher = TermMatcher(entries)
        #: finds the renderings that may be evidence of a swap (one span is one match per entry,
        #: whichever of its renderings matched: the evidence ones are searched apart)
        self.evidence_matcher = TermMatcher(ev_entries)
        self._twins: dict[int, list[TermEntry]] = {}
        for e in entries:
            self._twins.setdefault(id(self.terms[id(e)]), []).append(e)

    def entries_of(self, terms) -> list[TermEntry]:
        """The entries of :attr:`matcher` that render ``terms``."""
        return [e for t in terms for e in self._twins.get(id(t), ())]

    def accounted(self, term: ClassTerm, english: str, keys: set) -> bool:
        """Whether a word of the English accounts for ``term`` (one of its English variants or
        ``also_en`` words: whole words, plural-tolerant; long ones inside a longer word too)."""
        low = english.lower()
        for w in term.accounts:
            words = EN_TERM_WORD.findall(w)
            if len(words) == 1 and en_key(words[0]) in keys:
                return True
            if (len(words) > 1 or len(w) >= _INNER_MIN) and w in low:
                return True
        return False


@lru_cache(maxsize=1)
def term_classes() -> TermClasses:
    """The shipped term classes, loaded once (from the disk cache of :func:`_cached_classes`
    when it holds them for this data file and this code)."""
    text = data_path(TERM_CLASSES_NAME).read_text(encoding="utf-8")
    return _cached_classes(text)


# --- the parsed term classes and their matchers, cached on disk -------------------------------
# Parsing the data file and building the two matchers (~4,300 patterns, ~1,800 entries) was
# ~40 ms of every check; read back with ``marshal`` (tuples, lists and str only: nothing
# executable), each table key's patterns built at its first lookup (glossary._LazyPatterns, as
# the shipped glossary's), it is a few ms.  The file is keyed by the sha256 of the data file and
# of the code that parses and matches (this module, lang/glossary, text/normalize, text/inflect,
# text/tokens), the package and Python versions; used only when it is the user's own, not
# writable by others and holds that key; any error: parse the file (and write it again).
_DISK_FORMAT = 1
_DISK_NAME = "term_classes.marshal"


def _disk_key(text: str) -> str:
    from pathlib import Path

    from ..lang import glossary
    return glossary.code_key(f"{_DISK_NAME}|{_DISK_FORMAT}", (Path(__file__), Path(glossary.__file__)), (text,))


def _cached_classes(text: str) -> TermClasses:
    """``TermClasses(text)``, or the same read from the disk cache (written when it lacked them)."""
    from ..lang.glossary import cached_on_disk
    return cached_on_disk(_DISK_NAME, lambda: _disk_key(text), lambda: TermClasses(text),
                          _read_classes, _write_classes)


def _write_classes(path, key: str, tc: TermClasses) -> None:
    import marshal

    from ..lang.glossary import matcher_tables
    from ..output import atomic_write
    entries = tc._entries
    index = {id(e): i for i, e in enumerate(entries)}
    terms = list({id(t): t for t in tc.terms.values()}.values())
    term_index = {id(t): k for k, t in enumerate(terms)}
    try:
        rows = [(e.english, e.allowed, e.forbidden, e.domain, e.note, tuple(sorted(e.flags)), e.origin)
                for e in entries]
        term_rows = [(index[id(t.entry)], tuple(sorted(t.evidence)), t.accounts, t.meaning) for t in terms]
        of_entry = [term_index[id(tc.terms[id(e)])] for e in entries]
        twins = [(term_index[t_id], [index[id(e)] for e in es]) for t_id, es in tc._twins.items()]
        data = marshal.dumps((key, rows, term_rows, of_entry, twins,
                              matcher_tables(tc.matcher, index), matcher_tables(tc.evidence_matcher, index)))
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data, private=True)
    except (OSError, ValueError, KeyError):
        pass                    # a read-only or unusable cache folder: parse every time


def _read_classes(path, key: str) -> Optional[TermClasses]:
    import marshal

    from ..lang.glossary import matcher_from_tables
    from ..output import read_private
    try:
        data = read_private(path)
        if data is None:
            return None
        stored_key, rows, term_rows, of_entry, twins, tables, ev_tables = marshal.loads(data)
        if stored_key != key:
            return None
        entries = [TermEntry(tuple(en), tuple(al), tuple(fb), str(dom), str(note), frozenset(flags), str(origin))
                   for en, al, fb, dom, note, flags, origin in rows]
        terms = [ClassTerm(entries[i], frozenset(ev), tuple(acc), str(meaning)) for i, ev, acc, meaning in term_rows]
        tc = TermClasses.__new__(TermClasses)
        tc._entries = entries
        tc.terms = {id(e): terms[k] for e, k in zip(entries, of_entry, strict=True)}
        tc.matcher = matcher_from_tables(entries, *tables)
        tc.evidence_matcher = matcher_from_tables(entries, *ev_tables)
        tc._twins = {id(terms[k]): [entries[i] for i in es] for k, es in twins}
        return tc
    except Exception:           # missing, unreadable, another format, tampered with: parse again
        return None


def _overlaps(a: TermMatch, b: TermMatch) -> bool:
    return a.start < b.end and b.start < a.end


_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: د glued to the word it governs, after او or alone, at the start of a word (اودزړه, دپلار)
_GLUED_D = re.compile(r"(?<!\w)(او)?د(?=\w\w)")


def _unglue_d(ps: str) -> str:
    """The Pashto with a glued د written apart (اودزړه → او د زړه): only for finding the renderings
    of the English terms (a word that merely begins with د gains a match only if its rest is one)."""
    return _GLUED_D.sub(lambda m: (m.group(1) + " " if m.group(1) else "") + "د ", ps)


def _in_name(m: TermMatch, text: str, named: set) -> bool:
    """Whether an English occurrence is part of a name or a title-case heading: written with a
    capital mid-sentence (its variant in the data is not) next to another capitalised word that
    is no class term (Tiger Woods, Snoop Lion, Peter Bone; "Team USA Show Stomach for Fight";
    not "the Malaria Virus")."""
    if not m.text[:1].isupper() or m.form[:1].isupper() or m.text.isupper():
        return False
    before = text[:m.start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?:\n":
        return False                    # the first word of a sentence
    words = [(w.start(), w.group()) for w in _EN_WORD.finditer(text)]
    idx = [k for k, (st, _) in enumerate(words) if m.start <= st < m.end]
    if not idx:
        return False
    for k in (idx[0] - 1, idx[-1] + 1):
        if 0 <= k < len(words):
            st, w = words[k]
            if w[:1].isupper() and not (w.isupper() and len(w) == 1) and st not in named:
                return True
    return False


@register
class TermSwapCheck(PairCheck):
    """A term of the English rendered as another term of its class (see the module)."""
    code = "TERM-MISMATCH"
    category = "terminology"
    severity = "warning"
    description = "a term seems rendered as another term of the same kind (a disease as another disease)"

    def check_pair(self, pair: Pair, ctx: Optional[CheckContext]) -> Iterable:
        tc = term_classes()
        en, ps = pair.source.text, pair.target.text
        src = tc.matcher.find_en(en)
        if not src:
            return
        named_terms = {id(tc.terms[id(m.entry)]): tc.terms[id(m.entry)] for m in src}
        # every rendering of a named term, nested ones too (د وینې سرطان renders cancer)
        rendered = tc.matcher.find_ps(ps, entries=tc.entries_of(named_terms.values()))
        done = {id(tc.terms[id(m.entry)]) for m in rendered}
        if any(id(t) not in done for t in named_terms.values()):
            unglued = _unglue_d(ps)     # older texts glue د (and او د) to the next word: دزړه
            if unglued != ps:
                done |= {id(tc.terms[id(m.entry)])
                         for m in tc.matcher.find_ps(unglued, entries=tc.entries_of(named_terms.values()))}
        latin = {w.lower() for w in LATIN_TERM_WORD.findall(ps)}
        starts = {w.start() for m in src for w in _EN_WORD.finditer(en, m.start, m.end)}
        missing: dict[str, list[TermMatch]] = {}
        for m in src:
            e = m.entry
            if id(tc.terms[id(e)]) in done or any(m2.entry is e for m2 in missing.get(e.domain, ())):
                continue
            if _in_name(m, en, starts):
                continue
            if all(w.lower() in latin for w in EN_TERM_WORD.findall(m.text) if not w.isdigit()):
                continue        # kept in Latin script (aplastic anaemia ↔ (aplastic anaemia), CoVID-19)
            missing.setdefault(e.domain, []).append(m)
        if not missing:
            return
        keys = {en_key(w) for w in EN_TERM_WORD.findall(en)}
        whole = tc.matcher.find_ps(ps)      # every class term's renderings, longest first
        cands: dict[str, list[TermMatch]] = {}
        seen: set[tuple[int, int]] = set()
        for t in tc.evidence_matcher.find_ps(ps):
            term = tc.terms[id(t.entry)]
            cls = term.entry.domain
            if cls not in missing or (t.start, t.end) in seen or id(term) in named_terms:
                continue
            if any(_overlaps(t, r) for r in rendered):
                continue        # part of (or the same span as) a rendering of a named term
            if any(w.start <= t.start and t.end <= w.end and w.end - w.start > t.end - t.start
                   and tc.terms[id(w.entry)] is not term for w in whole):
                continue        # inside a longer rendering of another term (د وینې سرطان)
            if tc.accounted(term, en, keys):
                continue
            seen.add((t.start, t.end))
            cands.setdefault(cls, []).append(TermMatch(term.entry, t.kind, t.form, t.start, t.end, t.text))
        slen, tlen = max(len(en), 1), max(len(ps), 1)
        for cls, ms in missing.items():
            bs = cands.get(cls)
            if not bs:
                continue
            # pair the missing terms with the swapped-in renderings, closest relative positions first
            pairs = sorted(((abs((m.start + m.end) / 2 / slen - (b.start + b.end) / 2 / tlen), i, j)
                            for i, m in enumerate(ms) for j, b in enumerate(bs)))
            used_m, used_b = set(), set()
            ambiguous = len({id(b.entry) for b in bs}) > len(ms) or len(ms) > 1
            for _, i, j in pairs:
                if i in used_m or j in used_b:
                    continue
                used_m.add(i)
                used_b.add(j)
                yield self._swap(pair, tc, ms[i], bs[j], 0.7 if ambiguous else 0.85)

    def _swap(self, pair: Pair, tc: TermClasses, m: TermMatch, b: TermMatch, strength: float):
        a = tc.terms[id(m.entry)]
        expected = next((r for r in a.entry.allowed if r in a.evidence), a.entry.allowed[0])
        bt = tc.terms[id(b.entry)]
        # (the B term's first evidence rendering: which of its forms matched a span is arbitrary)
        b_form = next((r for r in bt.entry.allowed if r in bt.evidence), b.form)
        f = self.finding(
            f"English '{m.text}' seems rendered as '{b.text}' ({bt.meaning}); expected {expected}",
            source=pair.source.span(m.start, m.end), target=pair.target.span(b.start, b.end),
            source_value=a.entry.label, target_value=b_form)
        f.strength = strength
        return f
