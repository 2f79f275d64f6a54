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
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..lang.glossary import Glossary, TermEntry, TermMatch, get_glossary
from ..lang.respell import inflect_like
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
