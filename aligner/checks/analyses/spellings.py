"""The document's own spellings of its names, learned across its sentences.

:func:`document_names` is the per-run analysis the entity check reads (computed once on the
:class:`~aligner.checks.base.CheckContext`, see :func:`analyse`): the names of every sentence
and how each is found in its own Pashto sentence, then what the whole document teaches — the
Pashto renderings of each name (by sound, kept in Latin script, or learned from co-occurrence:
:func:`learn_renderings`), the renderings of the single words of multi-word names, the words a
translator writes in place of a given name, and how often each word occurs in the document.
"""
from __future__ import annotations

import gc
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from ...lang.glossary import Glossary, get_glossary, ps_stem
from ...lang.translit import common_words, similarity
from .names import (_EXPANSION_GLUE, DocWords, Mention, _common_noun, _sentence_starts, document_words,
                    extract_names, has_name_evidence, is_common_word, is_ordinary)
from .renderings import (match_threshold, heard_in_another, _MIN_PS_LETTERS, Target, _in_place_of, _near_floor, _sound_match,
                         Found, find_counterpart, institution_nouns, noun_of, ps_words_of)


class BeadNames(NamedTuple):
    """The names of one bead's English and how each is found in its Pashto."""
    pair: object                     # the checked Pair
    mentions: list                   # Mention of the English, in order
    target: Target                   # the Pashto sentence, tokenised
    found: list                      # Found of each mention


@dataclass
class DocumentNames:
    """What the whole document says about its names (one per run)."""
    doc: DocWords                                       # the English document's words
    pairs: list = field(default_factory=list)           # pairs with text on both sides
    beads: list = field(default_factory=list)           # BeadNames of the beads that name something
    renderings: dict = field(default_factory=dict)      # name key -> Pashto renderings in the document
    kept_latin: set = field(default_factory=set)        # name keys kept in Latin script somewhere
    names: dict = field(default_factory=dict)           # name key -> its first Mention
    word_renderings: dict = field(default_factory=dict)  # a word of a multi-word name -> renderings
    in_place: dict = field(default_factory=dict)        # ... -> the word written in its place
    doc_entries: dict = field(default_factory=dict)     # id(entry) -> glossary entries named
    learned_only: set = field(default_factory=set)      # (key, rendering) known from co-occurrence only
    ps_doc: dict = field(default_factory=dict)          # Pashto stem -> sentences that have it
    en_doc: dict = field(default_factory=dict)          # English word -> sentences that have it
    short_forms: dict = field(default_factory=dict)     # acronym key -> Pashto institution nouns of
                                                        # the sentences that spell out its expansion
    _evidence: dict = field(default_factory=dict, repr=False)
    _latin: Optional[dict] = field(default=None, repr=False)     # see kept_latin_in()
    _by_last: dict = field(default_factory=dict, repr=False)   # see candidates()
    _mentions: Optional[dict] = field(default=None, repr=False)  # see mentions_of()
    # memos of the entity review (checks/entities.py), filled as asked:
    _pair_at: Optional[dict] = field(default=None, repr=False)      # id(pair) -> its index in pairs
    _bead_at: Optional[dict] = field(default=None, repr=False)      # id(pair) -> its bead
    _en_tokens: Optional[dict] = field(default=None, repr=False)    # lower-case English token -> places
                                                                    # of the pairs that have it (None: not ASCII)
    _lowered: dict = field(default_factory=dict, repr=False)        # name key -> its words in lower case
    _usable: dict = field(default_factory=dict, repr=False)         # (name key, every rendering?) -> the
                                                                    # renderings _other_name looks for
    _alias_pairs: Optional[list] = field(default=None, repr=False)  # (name, its other name) mentions,
                                                                    # and the lower-case words of each
    _found_by_entry: Optional[dict] = field(default=None, repr=False)  # id(entry) -> (bead, Found) of its mentions
    _stems_by_pair: Optional[list] = field(default=None, repr=False)   # (id(pair), English, Pashto stems)
    _pairs_with_stem: dict = field(default_factory=dict, repr=False)   # stem -> places in _stems_by_pair
    _rendered_words: Optional[set] = field(default=None, repr=False)   # lower-case words of the multi-word
                                                                       # names rendered by their own sound

    def kept_latin_in(self, key: str) -> int:
        """In how many sentences the name ``key`` is kept in Latin script."""
        if self._latin is None:
            self._latin = {}
            for b in self.beads:
                for k in {m.key for m, f in zip(b.mentions, b.found) if f.how == "latin"}:
                    self._latin[k] = self._latin.get(k, 0) + 1
        return self._latin.get(key, 0)

    def mentions_of(self, key: str) -> int:
        """How many times the document's beads mention the name ``key`` (counted once per run,
        so that asking it for every reported name stays linear in the document)."""
        if self._mentions is None:
            self._mentions = {}
            for b in self.beads:
                for x in b.mentions:
                    k = x.key
                    self._mentions[k] = self._mentions.get(k, 0) + 1
        return self._mentions.get(key, 0)

    def evidence(self, key: str, m: Mention) -> bool:
        """:func:`has_name_evidence` of the document name ``key`` (asked once)."""
        if key not in self._evidence:
            self._evidence[key] = has_name_evidence(m, self.doc)
        return self._evidence[key]

    def candidates(self, bases, sound: bool) -> list[str]:
        """The keys of the document's names, in order, that a Pashto sentence whose words
        have the ``bases`` (Target.bases) may render: the last word of one of their known
        renderings is there (the name's own, or its words' for a multi-word name), or, with
        ``sound``, they have none but evidence of being names (to be sought by sound).  Asked
        after pass 1; one index per document, so that each sentence looks up its names
        instead of trying every one."""
        if not self._by_last:
            order, by_last = {}, {}
            for key, m in self.names.items():
                order[key] = len(order)
                known = set(self.renderings.get(key, ()))
                if len(m.run) >= 2:
                    for w in m.words:
                        known |= self.word_renderings.get(w.lower(), set())
                for r in known:
                    by_last.setdefault(r[-1], set()).add(key)
            unrendered = {key for key, m in self.names.items()
                          if key not in self.renderings and self.evidence(key, m)}
            self._by_last.update(order=order, by_last=by_last, unrendered=unrendered)
        idx = self._by_last
        hits = set(idx["unrendered"]) if sound else set()
        for b in bases:
            hits |= idx["by_last"].get(b, set())
        return sorted(hits, key=idx["order"].__getitem__)


def listed_elsewhere(mentions: list[Mention], found: list[Found], target: Target) -> None:
    """Mark, in ``found``, a listed name heard by sound only in a Pashto word that is the listed
    rendering of *another* listed name of the same English sentence (North America ~ امریکایی,
    the rendering of the sentence's "American", while اندونیزیا stands where North America
    belongs): one Pashto word renders one name, when the other name has no more listed
    renderings in the sentence than its English names it (American and United States ↔
    امریکایی and متحده ایالاتو).  The name is then not found, and *uncertain* (a missing name is
    reported only where another name stands in its place)."""
    named = Counter(id(m.entry) for m in mentions if m.entry is not None)
    spans = Counter(id(e) for e, i, j in set((e, i, j) for e, i, j in target.gl_spans))
    for k, (m, f) in enumerate(zip(mentions, found)):
        if m.entry is None or f.how != "sound" or f.span is None:
            continue
        a, b = f.span
        if any(i <= a and b <= j and e is not m.entry and spans[id(e)] <= named[id(e)]
               for e, i, j in target.gl_spans):
            found[k] = Found(None, uncertain=True)


_LOWER_WORD = re.compile(r"[a-z]+")


def document_names(pairs, glossary: Glossary) -> DocumentNames:
    """Pass 1 of the entity check over the aligned ``pairs`` of one document: the names of
    every bead, how each is found in its own Pashto sentence, and the document's renderings."""
    all_pairs = list(pairs)
    pairs = [p for p in all_pairs if p.source.sentences and p.target.sentences]
    starts = {p.index: _sentence_starts(p.source) for p in all_pairs if p.source.sentences}
    dn = DocumentNames(document_words((p.source.text, starts[p.index]) for p in all_pairs if p.source.sentences),
                       pairs)
    renderings, word_renderings, in_place = dn.renderings, dn.word_renderings, dn.in_place
    for p in pairs:
        mentions = extract_names(p.source.text, glossary, dn.doc, starts[p.index])
        if not mentions:
            continue
        target = Target(p.target.text)
        target.add_glossary(glossary)
        found = [find_counterpart(m, target, glossary) for m in mentions]
        heard_in_another(mentions, found, target)
        listed_elsewhere(mentions, found, target)
        for m, f in zip(mentions, found):
            if f.how == "sound" and f.rendering and sum(map(len, f.rendering)) >= _MIN_PS_LETTERS \
                    and not _common_noun(m):
                renderings.setdefault(m.key, set()).add(f.rendering)
                if m.kind == "name" and len(m.run) >= 2:
                    # each word as rendered: Bektonov alone later; the Jinneng of Jinneng
                    # Electric Power (rendered جین نېنګ الیکټریک پاور) standing alone
                    for w in m.words:
                        if w in f.missing or w in f.near:
                            continue      # (not rendered here: heard only in another name)
                        sm = _sound_match(w, target, floor=match_threshold(w))
                        if sm and sm[0] >= match_threshold(w):
                            word_renderings.setdefault(w.lower(), set()).add(
                                tuple(target.ps_words[sm[1]:sm[2] + 1]))
            elif f.how == "latin":
                dn.kept_latin.add(m.key)
                glossed = _glossed_rendering(m, p.target.text)
                if glossed:       # "د زرین ښکر (Golden Horn)": the words before the bracket
                    renderings.setdefault(m.key, set()).add(glossed)   # render it (by meaning)
            if m.kind == "name":
                dn.names.setdefault(m.key, m)
            elif m.kind == "acronym" and _spells_out(m, p.source.text):
                # the sentence that defines an acronym renders its expansion: the noun of its
                # kind there (ټولنه for an Association) is the short form a translator may use
                # for it later (د ټولنې غړي for "AIBA members")
                nouns = institution_nouns()
                dn.short_forms.setdefault(m.key, set()).update(
                    n for n in (noun_of(w, nouns) for w in target.ps_words) if n)
            for w, tok in _in_place_of(m, f, target):
                in_place.setdefault(w.lower(), set()).add((tok,))
        dn.beads.append(BeadNames(p, mentions, target, found))
    dn.doc_entries = {id(m.entry): m.entry for _, ms, _, _ in dn.beads for m in ms if m.entry is not None}
    for key, learned in learn_renderings(dn.beads).items():
        dn.learned_only |= {(key, r) for r in learned - renderings.get(key, set())}
        renderings.setdefault(key, set()).update(learned)
    # document counts for the other-name test: a "rendering" that is a common word of this
    # Pashto (in more sentences than the English has the name) is not taken for the name
    targets = {b.pair.index: b.target for b in dn.beads}
    for p in pairs:
        t = targets.get(p.index)
        for st in set(map(ps_stem, t.ps_words if t is not None else ps_words_of(p.target.text))):
            dn.ps_doc[st] = dn.ps_doc.get(st, 0) + 1
        for w in set(_LOWER_WORD.findall(p.source.text.lower())):
            dn.en_doc[w] = dn.en_doc.get(w, 0) + 1
    return dn


#: Pashto words that cannot be part of a name's rendering right before its bracketed Latin form
_GLOSS_STOP = frozenset("د په او له ته کې چې یا څخه نه سره پر تر هم".split())


def _glossed_rendering(m: Mention, ps: str) -> Optional[tuple[str, ...]]:
    """The Pashto words right before the name kept in Latin in brackets, one per English word of
    the name ("… د زرین ښکر (Golden Horn) …" → زرین ښکر): the translator's rendering of it, by
    meaning or by sound, glossed with the original; None when a function word stands among them."""
    for hit in re.finditer(r"\(\s*((?:[A-Z][\w'’.-]*\s+){0,3}%s)\s*\)" % re.escape(m.text), ps):
        n = len(hit.group(1).split())           # the bracket may hold the whole name: (Golden Horn)
        before = re.search(r"((?:[^\s()«»،؛:.\d]+\s+){%d})$" % n, ps[:hit.start()])
        if before is not None:
            break
    else:
        return None
    words = tuple(before.group(1).split())
    if any(w in _GLOSS_STOP or re.search(r"[A-Za-z]", w) for w in words):
        return None
    return words


def _spells_out(m: Mention, text: str) -> bool:
    """Whether the English ``text`` spells out the expansion of the acronym ``m`` (its
    definition: "the Afghanistan Independent Bar Association (AIBA)"), whose last word is a
    common noun of a kind of organisation, not a name (Association, Council, Ministry)."""
    exp = [w for w in m.expansion if w.lower() not in _EXPANSION_GLUE]
    if len(exp) < 2 or not (is_ordinary(exp[-1]) or is_common_word(exp[-1])):
        return False
    low = text.lower()
    return all(re.search(r"\b" + re.escape(w.lower()) + r"\b", low) for w in exp)


def analyse(ctx) -> DocumentNames:
    """The :class:`DocumentNames` of a check run, computed once and shared on ``ctx``."""
    glossaries = ctx.config.get("glossaries")
    key = tuple(str(g) for g in glossaries) if glossaries else ()

    def compute() -> DocumentNames:
        with collector_paused():
            return document_names(ctx.pairs, get_glossary(glossaries))
    return ctx.shared("entities.names", key, compute)


@contextmanager
def collector_paused():
    """The cycle collector paused (if it runs) while a document's names are analysed.  The pass
    keeps an object graph that grows with the document (Targets, mentions, memos: ~146,000
    tracked objects for the 1,997 NTREX lines as one document) and allocates many short-lived
    tuples, so with Python's default thresholds the collector ran 786 times, 5 of them full
    collections over everything alive: 0.99 of 6.2 CPU s, and growing faster than the document
    (0.12 of 1.5 s at 500 lines).  Nothing in the pass relies on collection (no finalizers, no
    weak references); what it leaves is collected when the collector runs again.  (The
    ``aligner`` command raises the threshold itself, cli_check.collector_settings.)

    What the pass keeps lives as long as the run's context (its tables, the memos) and dies by
    reference counting (it makes no cyclic garbage: 0 found once a whole-NTREX context is
    dropped), so it is moved straight to the oldest generation when the collector resumes
    (``gc.freeze()`` then ``gc.unfreeze()``: two list splices, whatever their size) instead of
    being scanned as young objects by the first collection after it: that scan visited ~540,000
    objects (0.25-0.4 CPU s of ~4 on the 1,997 NTREX lines as one document).  Only when that
    collection is due (the young generation has reached its threshold: the ``aligner`` command's
    500,000 is not reached by one article) and the process has frozen no objects of its own (the
    ``aligner`` command freezes its loaded data: unfreezing would return them to the collections;
    and counting them walks them all, ~6 ms, too much to ask after every document)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] >= gc.get_threshold()[0] and not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


#: Co-occurrence learning (:func:`learn_renderings`): the word must be in 60 % of a name's
#: sentences (and two at least), in at most this many others, and be a near rendering.
_COOC_ELSEWHERE = 1
#: ... a near rendering, or, for a word in three of its sentences and no other, one sounding
#: at least this much like it.
_COOC_STRONG_FLOOR = 0.6


def learn_renderings(beads) -> dict[str, set]:
    """The translator's own spellings of the document's names.

    A Pashto word (by stem) that occurs in the Pashto of most of the sentences that mention
    a name, in at most one other sentence of the document, and that is at least a near
    rendering of one of its words (پډیلټون for Paddington, سلویس for Sulawesi) is taken as
    the translator's rendering of the name.
    ``beads`` are ``(pair, mentions, target, found)`` tuples of one document.
    """
    common = common_words()
    stems_of: list[set[str]] = []
    surface: dict[str, str] = {}
    for _, _, target, _ in beads:
        st = set()
        for w in target.ps_words:
            if len(w) >= 3 and w not in common:
                k = ps_stem(w)
                st.add(k)
                surface.setdefault(k, w)
        stems_of.append(st)
    in_beads: dict[str, int] = {}       # stem -> how many beads have it (linear, not per name)
    for st in stems_of:
        for k in st:
            in_beads[k] = in_beads.get(k, 0) + 1
    by_key: dict[str, list[int]] = {}
    words_of: dict[str, tuple] = {}
    listed: set[str] = set()            # stems of the words that render a listed name
    for b, (_, mentions, target, found) in enumerate(beads):
        listed.update(ps_stem(target.ps_words[k]) for _, i, j in target.gl_spans for k in range(i, j + 1))
        for m, f in zip(mentions, found):
            # a listed name counts where its listed forms are not found: the translator's own
            # spelling of it in two sentences or more (وانهان for Wuhan, ووهان listed)
            if m.kind == "name" and not _common_noun(m) or m.kind == "glossary" and not f.how and m.words:
                by_key.setdefault(m.key, [])
                if not by_key[m.key] or by_key[m.key][-1] != b:      # (beads come in order)
                    by_key[m.key].append(b)
                words_of[m.key] = m.words
    out: dict[str, set] = {}
    for key, idx in by_key.items():
        if len(idx) < 2:
            continue
        counts: dict[str, int] = {}
        for b in idx:
            for k in stems_of[b]:
                counts[k] = counts.get(k, 0) + 1
        need = max(2, -(-len(idx) * 6 // 10))
        for k, c in counts.items():
            if c < need:
                continue
            elsewhere = in_beads[k] - c          # beads not naming it that have the stem
            if elsewhere > _COOC_ELSEWHERE or k in listed:
                continue          # (another listed name of the document: not a spelling of this one)
            # (in three of the name's sentences and nowhere else: a weaker likeness will do,
            # for a short name too, Wuhan ~ وانهان)
            strong = c >= 3 and not elsewhere
            if not any(similarity(w, surface[k]) >= (min(_near_floor(w), _COOC_STRONG_FLOOR) if strong
                                                     else _near_floor(w)) for w in words_of[key]):
                continue
            out.setdefault(key, set()).add((k,))
    return out
