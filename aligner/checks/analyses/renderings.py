"""Where a name of the English sentence is rendered in its Pashto sentence.

:class:`Target` tokenises a Pashto sentence once for every lookup (its words, Latin-script
copies, codes, glued pieces, glossary names, sound matches asked once); :func:`find_counterpart`
tells whether and how a :class:`~aligner.checks.analyses.names.Mention` is rendered there: by a
glossary rendering, copied in Latin script, by sound (:mod:`aligner.lang.translit`), spelled out
or by meaning (acronyms); the helpers below look for what stands in place of a missing name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ...lang.data import iter_rows, load_wordset
from ...lang.glossary import PS_ENDINGS, Glossary, TermEntry, fold_ps, ps_stem, ps_text
from ...lang.translit import STRONG_THRESHOLD, Match, best_match, common_words
from ...lang.translit import consonant_weight as _consonant_weight
from ...lang.translit import match_threshold as _match_threshold
from ...lang.translit import similarity, sounds_like, spelled_acronym
from ...text.distance import edit_distance as _edit_distance
from ...text.tokens import LATIN_WORD as _LATIN_WORD
from ...text.tokens import PS_WORD as _PS_TOKEN
from .names import (_EXPANSION_GLUE, _MIN_WEIGHT, _TITLES, Mention, _acronym_core, fold_latin, is_common_word,
                    is_identifier, is_ordinary)

#: A name word whose best sound score reaches this floor (by its sound skeleton, as for
#: :data:`aligner.lang.translit.THRESHOLDS`) but not the match threshold is "uncertain": a
#: misspelt rendering (پډیلټون for Paddington) is as likely as an omission, so nothing is
#: reported.  Words with less skeleton than the last floor are never uncertain: they reach
#: such scores by chance in too many sentences.
UNCERTAIN_FLOORS = ((5.0, 0.45), (4.0, 0.50), (3.0, 0.55), (2.0, 0.62))


@lru_cache(maxsize=1 << 14)              # (a name's words are asked about in every sentence)
def consonant_weight(word: str) -> float:
    """:func:`aligner.lang.translit.consonant_weight`, memoized for the entity check."""
    return _consonant_weight(word)


@lru_cache(maxsize=1 << 14)
def match_threshold(word: str) -> float:
    """:func:`aligner.lang.translit.match_threshold`, memoized for the entity check."""
    return _match_threshold(word)


@lru_cache(maxsize=1 << 14)
def _near_floor(word: str) -> float:
    """The score from which a Pashto word is a near rendering of ``word``."""
    w = consonant_weight(word)
    for floor_weight, floor in UNCERTAIN_FLOORS:
        if w >= floor_weight:
            return floor
    return match_threshold(word)


def _uncertain(word: str, score: float) -> bool:
    w = consonant_weight(word)
    for floor_weight, floor in UNCERTAIN_FLOORS:
        if w >= floor_weight:
            return floor <= score < match_threshold(word)
    return False


#: A name word found inside a longer written word (glued, see Target.pieces) must score this.
_GLUED_SCORE = 0.85
#: ... and have this much sound skeleton (China is found by chance in the قانو of غیرقانوني).
_GLUED_WEIGHT = 2.5
#: In a multi-word name, every word scoring this much counts as a rendering.
_ALL_WORDS_SCORE = 0.55
#: A Pashto span said to render *another* name must have this many letters.
_MIN_PS_LETTERS = 3
#: ... and the missing name itself must score below this on it (Scottish ≁ سکاټلند).
_OWN_SCORE_MAX = 0.45


#: A run of Latin letters and digits that may be a code (H1N1, X-200, IEC 60364) ...
_CODE_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-/]*")
#: ... and what is dropped from it to compare codes (spaces, hyphens, dots).
_NOT_CODE = re.compile(r"[^A-Z0-9]")
#: A letter written twice or more in a row (name_skeleton).
_REPEATED = re.compile(r"(.)\1+")

#: A Latin letter with an accent (Latin-1 Supplement, Latin Extended-A/B and Additional).
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def _tokens(text: str):
    """A Pashto text as :class:`Target` reads it: its NormText (folded once for the glossary
    lookups too), that text with accented Latin letters plain, and its tokens (start, end, token)
    there."""
    nt = ps_text(text)[0]
    # (Latin words with their accents read without them, one letter for one, as the English
    # side is read: Melchisédech Thévenot kept in Latin is one name, not Melchis + dech)
    folded = fold_latin(nt.text) if _ACCENTED.search(nt.text) else nt.text
    return nt, folded, tuple([(m.start(), m.end(), m.group()) for m in _PS_TOKEN.finditer(folded)])


def ps_words_of(text: str) -> list[str]:
    """``Target(text).ps_words`` without the rest of a Target (the document's word counts)."""
    return [fold_ps(t) for _, _, t in _tokens(text)[2] if not t[0].isascii()]


class Target:
    """The Pashto side of a bead, tokenised once for all lookups."""

    def __init__(self, text: str):
        self.text = text
        self.nt, folded, self.toks = _tokens(text)
        # (read-only tables as tuples: the cycle collector stops tracking a tuple of strings
        # and numbers, and a document keeps a Target of each sentence that names something)
        self.ps = tuple([(i, fold_ps(t)) for i, (_, _, t) in enumerate(self.toks) if not t[0].isascii()])
        self.ps_words = tuple([w for _, w in self.ps])
        self.latin_raw = {t.replace(".", "") for _, _, t in self.toks if t[0].isascii()}
        self.latin = {t.lower() for t in self.latin_raw}
        # Latin codes with their digits (H1N1, X-200, IEC 60364), spaces and hyphens dropped
        self.codes = tuple([_NOT_CODE.sub("", r.upper()) for r in _CODE_RUN.findall(folded)])
        self._pieces: Optional[list[tuple[int, str]]] = None
        self.gl_spans: list[tuple[TermEntry, int, int]] = []   # glossary name renderings
        self._masked: dict = {}
        self._sounds: dict = {}             # _sound_match: (word, id(entry), mask) -> (floor, match)
        self._base_index: Optional[dict[str, tuple[int, ...]]] = None
        self._respelled: Optional[tuple] = None        # (glossary, the copies built so far)
        self._skeletons: Optional[list] = None
        self._stem_skeletons: Optional[list] = None     # per word: skeletons of its stems
        self._joined_skeletons: dict = {}                # (first, count) -> skeleton of the words joined
        self._glossary: Optional[Glossary] = None

    @property
    def pieces(self) -> list[tuple[int, str]]:
        """Each word cut after its non-joining letters (ا د ډ ذ ر ړ ز ژ ږ و ۍ): Pashto is often
        typed without a space after such a letter (مولاناورته, خواابوبکرصديق), so a name may
        sit inside a longer written word; pieces[k] = (word index, piece) (cut when first asked)."""
        if self._pieces is None:
            self._pieces = [(i, piece) for i, w in enumerate(self.ps_words) for piece in _NON_JOINING_CUT.findall(w)]
        return self._pieces

    def respelled(self, glossary: Optional[Glossary] = None) -> Iterable[tuple["Target", list[int]]]:
        """The sentence as today's orthography would write what older orthography wrote, each
        with the index of each of its words in ``ps_words``: each د typed glued to the next
        word written apart (دکابل → د کابل, دسره صلیب → د سره صلیب), and, apart, ش read as ښ
        (دشتی for Dakhti, پشتو for پښتو: ښ sounds sh or kh, so only matches are added); apart,
        a postposition typed glued to its noun written apart (چینسره → چین سره).  Only
        for a second look at a name not found otherwise: a word that begins with د may be a
        name itself (داود, دوستم), so the sentence is never read this way first."""
        if self._respelled is None:
            self._respelled = (glossary or self._glossary, [])
        return self._iter_respelled()

    def _iter_respelled(self):
        """:meth:`respelled`'s copies, each built when an iteration first reaches it (and kept):
        a name is mostly found before the last copy, and each is a whole Target with its glossary
        names located.  (A generator, not kept on the Target: no reference cycle.)"""
        glossary, made = self._respelled
        for k, make in enumerate(_RESPELLINGS):
            if k == len(made):
                made.append(make(self, glossary, common_words()))
            if made[k] is not None:
                yield made[k]

    def _rewritten(self, glossary: Optional[Glossary], rewrite) -> Optional[tuple["Target", list[int]]]:
        """The sentence with each Pashto word ``k`` (text ``t``) rewritten as ``rewrite(k, t)``
        gives: (new text, how many words it is)."""
        parts, where = [], []
        for k, (i, w) in enumerate(self.ps):
            a, b, _ = self.toks[i]
            text, n = rewrite(k, self.nt.text[a:b])
            parts.append(text)
            where += [k] * n
        other = Target(" ".join(parts))
        if len(other.ps_words) != len(where):
            return None                 # (tokenised otherwise: not used)
        if glossary is not None:
            other.add_glossary(glossary)
        return other, where

    def add_glossary(self, glossary: Glossary) -> None:
        """Locate the renderings of glossary names (countries, cities …) in the Pashto."""
        self._glossary = glossary
        if self.gl_spans or not self.ps:
            return
        offs = None                          # (the words' offsets: only for a name found)
        for gm in glossary.matcher.find_ps(self.text):
            if gm.kind != "allowed" or not gm.entry.is_name:
                continue
            if offs is None:
                offs = [self.nt.to_original(*self.toks[i][:2]) for i, _ in self.ps]
            idx = [k for k, (a, b) in enumerate(offs) if a < gm.end and b > gm.start]
            if idx:
                self.gl_spans.append((gm.entry, min(idx), max(idx)))

    def inside_other_listed(self, gm, entry: TermEntry) -> bool:
        """Whether the glossary match ``gm`` of ``entry`` lies within the rendering of a longer
        listed name (more words) that the sentence has instead, as the whole sentence's glossary
        reading found it (``gl_spans``): a word of that name, not a rendering of ``entry``."""
        if not self.gl_spans or any(e is entry for e, _, _ in self.gl_spans):
            return False
        offs = [self.nt.to_original(*self.toks[i][:2]) for i, _ in self.ps]
        idx = [k for k, (a, b) in enumerate(offs) if a < gm.end and b > gm.start]
        return bool(idx) and any(i <= min(idx) and max(idx) <= j and j - i > max(idx) - min(idx)
                                 and not part_of_name(e, entry) for e, i, j in self.gl_spans)

    def words_for(self, entry: Optional[TermEntry] = None, word: str = "") -> tuple[str, ...]:
        """``ps_words`` with the renderings of glossary names (other than ``entry``) blanked
        out: امریکایي does not render Maurice, تاجکستان does not render Kazakhstan (read
        only: with no glossary name in the sentence, ``ps_words`` itself)."""
        if not self.gl_spans:
            return self.ps_words
        key = (id(entry), word)
        if key not in self._masked:
            words = list(self.ps_words)
            # a span that renders a listed name like ``word`` is kept, whatever other listed
            # name it renders too (روم: Rome, and the Byzantine Empire, for Roman)
            kept = {(i, j) for e, i, j in self.gl_spans
                    if word and any(v[:3].lower() == word[:3].lower() for v in e.english)}
            for e, i, j in self.gl_spans:
                if entry is not None and part_of_name(e, entry):
                    continue      # a listed name inside this one (the Virginia of West Virginia)
                if e is not entry and (i, j) not in kept and not (word and (
                        sounds_like(word, "".join(self.ps_words[i:j + 1]), STRONG_THRESHOLD)
                        # (the English names it by its Pashto words: Wolesi Jirga ↔ ولسي جرګه)
                        or j > i and any(sounds_like(word, self.ps_words[k], STRONG_THRESHOLD)
                                         for k in range(i, j + 1)))):
                    for k in range(i, j + 1):
                        words[k] = "د"
            self._masked[key] = tuple(words)
        return self._masked[key]

    def has_latin(self, word: str) -> bool:
        """Whether ``word`` is copied in Latin script, allowing a typo in a long word
        (Tennessee ~ Tennessess, Baldwin ~ Badlwin)."""
        w = word.lower()
        if w in self.latin:
            return True
        if len(w) < 5:
            return False
        return any(abs(len(t) - len(w)) <= 2 and _edit_distance(t, w) <= (1 if len(w) < 8 else 2)
                   for t in self.latin)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of the Pashto words ``first..last`` (indices into ``ps_words``)."""
        a = self.toks[self.ps[first][0]][0]
        b = self.toks[self.ps[last][0]][1]
        return self.nt.to_original(a, b)

    def find_rendering(self, rendering: tuple[str, ...], fuzzy: bool = False) -> Optional[tuple[int, int]]:
        """Indices of the Pashto words equal to ``rendering`` (last word may be inflected).

        With ``fuzzy``, a one-word rendering of four letters or more also matches a word one
        edit away (two from six letters): the same name spelt differently by the same
        translator (کاوانو, کانوا)."""
        n = len(rendering)
        if fuzzy and n == 1 and len(rendering[0]) >= 4:
            r = rendering[0]
            limit = 1 if len(r) < 6 else 2
            for i, w in enumerate(self.ps_words):
                if abs(len(w) - len(r)) <= limit and _edit_distance(w, r) <= limit:
                    return i, i
            skeleton = name_skeleton(r)
            for i, sk in enumerate(self.skeletons()):     # another spelling (کانوا, کوانو)
                if same_spelling(sk, skeleton):
                    return i, i
        for j in self._bases().get(rendering[-1], ()):     # positions of the (inflected) last word
            i = j - n + 1
            if i >= 0 and all(self.ps_words[i + k] == rendering[k] for k in range(n - 1)):
                return i, j
        if fuzzy and n == 1 and len(rendering[0]) >= 4:
            return self.glued(rendering[0])
        return None

    def skeletons(self) -> list[str]:
        """``name_skeleton`` of each word of ``ps_words`` (computed once)."""
        if self._skeletons is None:
            self._skeletons = [name_skeleton(w) for w in self.ps_words]
        return self._skeletons

    def variant_of(self, entry: TermEntry) -> Optional[tuple[int, int]]:
        """Where the Pashto writes one of ``entry``'s listed renderings another way writers
        spell names (see :func:`same_spelling`): its words one by one, or all written as one
        word, or one written as two (indices into ``ps_words``), or None.  A word that is
        another listed name as it is spelt is that name (نیجر, Niger, is not a Nigeria)."""
        for a in entry.allowed:
            if a.isascii():
                continue
            words = fold_ps(a).split()
            if not words or sum(map(len, words)) < 3:
                continue
            hit = self.variant_phrase(words)
            if hit is not None and not any(e is not entry and i <= hit[1] and hit[0] <= j and not part_of_name(e, entry)
                                           for e, i, j in self.gl_spans):
                return hit        # (not another listed name, correctly spelt: نیجر, Niger, for Nigeria)
        return None

    def glued_listed(self, entry: TermEntry) -> Optional[int]:
        """The index of a written word that is one of ``entry``'s one-word renderings (or
        another spelling of one) typed glued to the word after it, after its non-joining last
        letter (امریکامتحده, اندونیزیااجینسي, ټيوټاشرکت), or to a word before it that ends in
        one (ولسمشرټرمپ); None if there is none."""
        wanted = {name_skeleton(f) for f in (fold_ps(a) for a in entry.allowed if not a.isascii())
                  if " " not in f and len(f) >= 4}
        if not wanted:
            return None
        common = common_words()
        for i, w in enumerate(self.ps_words):
            for k in range(3, len(w)):
                head, tail = w[:k], w[k:]
                if w[k - 1] not in _NON_JOINING or len(tail) < 2 and tail not in common:
                    continue      # (one letter more is a typo, but for the particle د: اروپاد)
                if any(same_spelling(name_skeleton(head), x) for x in wanted) \
                        or len(head) >= 3 and len(tail) >= 4 and any(same_spelling(name_skeleton(tail), x) for x in wanted):
                    if any(e is not entry and i_ <= i <= j for e, i_, j in self.gl_spans):
                        continue      # (another listed name as it is written)
                    return i
        return None

    def variant_phrase(self, words: list[str]) -> Optional[tuple[int, int]]:
        """Where the words of a rendering (folded) are written in another spelling of each,
        the last one inflected; or the rendering written as one word / as two."""
        n, ps, sk = len(words), self.ps_words, self.skeletons()
        want = [name_skeleton(w) for w in words]
        joined = name_skeleton("".join(words))
        shortest = 3 if n >= 2 else 4       # (the other words of a phrase anchor a short one)
        first = {want[0][:1]} | ({"ه", "ا"} if want[0][:1] in ("ه", "ا") else set())
        for i in range(len(ps)):
            if sk[i][:1] not in first:
                continue      # (both ways below need the same first letter, or h for alef: see same_spelling)
            if i + n <= len(ps) and all(
                    ps[i + k] == w or (len(w) >= 3 and (same_spelling(sk[i + k], want[k], shortest) or any(
                        same_spelling(stem, want[k], shortest) for stem in _stem_skeletons_of(ps[i + k]))))
                    for k, w in enumerate(words)):
                return i, i + n - 1
            if len(joined) < 4:
                continue
            for m in (1, 2, 3):                # written as one word / as two (نیو یارک, نیویارک)
                if m == n or i + m > len(ps):
                    continue
                if same_spelling(self.joined_skeleton(i, m), joined):
                    return i, i + m - 1
        return None

    def stem_skeletons(self) -> list[tuple[str, ...]]:
        """Per word of ``ps_words``: ``name_skeleton`` of the word less each Pashto ending it
        carries (at least three letters left), computed once."""
        if self._stem_skeletons is None:
            self._stem_skeletons = [_stem_skeletons_of(w) for w in self.ps_words]
        return self._stem_skeletons

    def joined_skeleton(self, first: int, count: int) -> str:
        """``name_skeleton`` of ``count`` words of ``ps_words`` from ``first`` written as one
        (computed once per span)."""
        key = (first, count)
        hit = self._joined_skeletons.get(key)
        if hit is None:
            hit = self._joined_skeletons[key] = name_skeleton("".join(self.ps_words[first:first + count]))
        return hit

    def near_phrase(self, words: list[str]) -> bool:
        """Whether the Pashto has the phrase ``words`` with at most one letter wrong in one of
        its words of six letters or more (the last word may be inflected)."""
        n = len(words)
        for i in range(len(self.ps_words) - n + 1):
            slips = 0
            for k, w in enumerate(words):
                t = self.ps_words[i + k]
                if t == w or (k == n - 1 and any(t == w + e for e in PS_ENDINGS if e)):
                    continue
                if len(w) >= 6 and slips == 0 and (_edit_distance(t, w) <= 1 or (
                        k == n - 1 and any(t.endswith(e) and _edit_distance(t[:-len(e)], w) <= 1
                                           for e in PS_ENDINGS if e and len(t) > len(e)))):
                    slips = 1
                    continue
                break
            else:
                return True
        return False

    def glued(self, word: str) -> Optional[tuple[int, int]]:
        """Where ``word`` is written glued to the words around it (دمولانارنګ, مولاناورته):
        a run of pieces of one written word (see ``pieces``) equal to it."""
        pieces = self.pieces
        for k in range(len(pieces)):
            joined = ""
            for m in range(k, min(k + 6, len(pieces))):
                if pieces[m][0] != pieces[k][0]:
                    break
                joined += pieces[m][1]
                if joined == word and len(self.ps_words[pieces[k][0]]) > len(word):
                    lead = "".join(p for i, p in pieces[:k] if i == pieces[k][0])
                    tail = "".join(p for i, p in pieces[m + 1:] if i == pieces[k][0])
                    if (not lead or lead in ("د", "و", "او") or len(lead) >= 3 or lead in common_words()) \
                            and len(tail) != 1:     # (a common word glued before: خومولانالدې)
                        return pieces[k][0], pieces[k][0]
                if len(joined) >= len(word):
                    break
        return None

    def glued_sound(self, latin: str, floor: float = 0.0) -> Optional[Match]:
        """The best sound match of ``latin`` on the pieces of glued words (Walad ~ the ولد of
        ولددلګښتونولپاره), as word indices; only words that are longer than the match.  With
        ``floor``, None when the best scores less (the weaker runs are not scored)."""
        common = common_words()
        # pieces of common words are left out (ورځ, "day", is not و + رځ)
        tokens = ["د" if self.ps_words[i] in common else piece for i, piece in self.pieces]
        best = best_match(latin, tokens, min_score=floor)
        if best is None:
            return None
        first, last = self.pieces[best.first][0], self.pieces[best.last][0]
        matched = "".join(tokens[best.first:best.last + 1])
        if first == last and matched == self.ps_words[first]:
            return None                            # a whole word: already tried
        lead = "".join(piece for i, piece in self.pieces[:best.first] if i == first)
        if lead and lead not in ("د", "و", "او") and len(lead) < 3 and lead not in common:
            return None                            # it starts inside a word (the رځ of ورځ)
        tail = "".join(piece for i, piece in self.pieces[best.last + 1:] if i == last)
        if len(matched) < 3 or len(tail) == 1:
            return None                            # (one letter more is a typo: کاناداو)
        return Match(best.score, first, last)

    def bases(self) -> dict[str, tuple[int, ...]]:
        """Each word and each base it may inflect from → its positions (see ``_bases``)."""
        return self._bases()

    def _bases(self) -> dict[str, tuple[int, ...]]:
        """Each word and each base it may inflect from (word less a Pashto ending) → positions,
        so that a rendering is looked up, not searched for (large documents)."""
        if self._base_index is None:
            index: dict[str, list[int]] = {}
            for i, w in enumerate(self.ps_words):
                for base in _word_bases(w):
                    index.setdefault(base, []).append(i)
            # (positions as tuples of ints: the cycle collector stops tracking them)
            self._base_index = {base: tuple(at) for base, at in index.items()}
        return self._base_index


def _respell_cut_d(t: Target, glossary, common) -> Optional[tuple[Target, list[int]]]:
    """Each د typed glued to the next word written apart (Target.respelled)."""
    cut = {i for i, (_, w) in enumerate(t.ps)
           if w.startswith("د") and len(w) >= 3 and w not in common and w[1] not in "ده"}
    if cut:
        return t._rewritten(glossary, lambda k, x: ("د " + x[1:], 2) if k in cut else (x, 1))
    return None


def _respell_shin(t: Target, glossary, common) -> Optional[tuple[Target, list[int]]]:
    """ش read as ښ (Target.respelled)."""
    if any("ش" in w for _, w in t.ps):
        # (not in a common word: شو, "became", is no ښو to be heard in a name)
        return t._rewritten(glossary, lambda k, x: (x if t.ps_words[k] in common else x.replace("ش", "ښ"), 1))
    return None


def _respell_postposition(t: Target, glossary, common) -> Optional[tuple[Target, list[int]]]:
    """A postposition typed glued to its noun written apart (Target.respelled)."""
    tail = {i: p for i, (_, w) in enumerate(t.ps) if w not in common
            for p in _GLUED_POSTPOSITIONS if w.endswith(p) and len(w) - len(p) >= 2}
    if tail:
        return t._rewritten(glossary, lambda k, x: (
            x[:-len(tail[k])] + " " + x[-len(tail[k]):], 2) if k in tail else (x, 1))
    return None


def _respell_common_glued(t: Target, glossary, common) -> Optional[tuple[Target, list[int]]]:
    """A word typed glued to a common word after a non-joining letter (پالوښار, روزااو,
    ولسمشرجوکو: older typing), written apart (Target.respelled)."""
    split = {i: k for i, (_, w) in enumerate(t.ps) if w not in common
             for k in [_common_neighbour(w, common)] if k}
    if split:
        return t._rewritten(glossary, lambda k, x: (x[:split[k]] + " " + x[split[k]:], 2) if k in split else (x, 1))
    return None


def _respell_doubled(t: Target, glossary, common) -> Optional[tuple[Target, list[int]]]:
    """A letter written twice, read once (روززا for Rosa, جیممز for James) (Target.respelled)."""
    if any(_DOUBLED.search(w) for _, w in t.ps):
        return t._rewritten(glossary, lambda k, x: (_DOUBLED.sub(r"\1", x), 1))
    return None


#: The copies of :meth:`Target.respelled`, in the order they are tried.
_RESPELLINGS = (_respell_cut_d, _respell_shin, _respell_postposition, _respell_common_glued, _respell_doubled)


#: Pashto nouns for kinds of organisations (شرکت, اداره, ټولنه …), one per line.
INSTITUTION_NOUNS = "institution_nouns_ps.txt"


@lru_cache(maxsize=1)
def institution_nouns() -> frozenset[str]:
    """Folded stems of the Pashto nouns for kinds of organisations (``data/institution_nouns_ps.txt``)."""
    return frozenset(ps_stem(fold_ps(w)) for w in load_wordset(INSTITUTION_NOUNS))


def noun_of(word: str, nouns: frozenset) -> Optional[str]:
    """The noun of ``nouns`` (folded stems) that the folded Pashto ``word`` is, inflected
    (ټولنې, وزارتونو, شوراګانو) or written as is; None if it is none of them."""
    st = ps_stem(word)
    if st in nouns:
        return st
    for e in PS_ENDINGS:
        if e and word.endswith(e) and len(word) - len(e) >= 3:
            base = word[:-len(e)]
            if base in nouns or ps_stem(base) in nouns:
                return base if base in nouns else ps_stem(base)
    return None


#: Pashto direction words that writers interchange inside the names of regions.
DIRECTION_WORDS = "direction_words_ps.tsv"


@lru_cache(maxsize=1)
def _direction_groups() -> dict[str, frozenset]:
    """Each folded direction word (``data/direction_words_ps.tsv``) → the words of its group."""
    groups: dict[str, set] = {}
    for row in iter_rows(DIRECTION_WORDS, 2):
        groups.setdefault(row[1].strip(), set()).add(fold_ps(row[0].strip()))
    return {w: frozenset(g) for g in groups.values() for w in g}


_FORMS_CACHE: dict = {}


def _listed_forms(glossary: Glossary) -> dict[str, frozenset]:
    """Each one-word Pashto form of a listed place (folded) → every one-word form of that place
    (آسیا → اسیا, ایشیا): a name nested in a longer listed name may be spelt by its own forms."""
    key = id(glossary)
    hit = _FORMS_CACHE.get(key)
    if hit is None or hit[0] is not glossary:
        out: dict[str, set] = {}
        for e in glossary.entries:
            if not e.is_name or e.domain != "geo":
                continue
            forms = {fold_ps(a) for a in e.allowed if not a.isascii() and " " not in a.strip()}
            for f in forms:
                out.setdefault(f, set()).update(forms)
        hit = _FORMS_CACHE[key] = (glossary, {f: frozenset(v) for f, v in out.items()})
    return hit[1]


def _latin_copy(english: str, target: "Target") -> bool:
    """Whether the Pashto copies the English name ``english`` in Latin script, every word of a
    name of two words or more (World Health Organization), a name of one word of four letters or
    more allowing a typo (:meth:`Target.has_latin`)."""
    words = re.findall(r"[A-Za-z]+", english)
    if len(words) >= 2:
        return all(w.lower() in target.latin for w in words if len(w) >= 3 or w[0].isupper())
    return bool(words) and len(words[0]) >= 4 and target.has_latin(words[0])


def respelled_listed(entry: TermEntry, target: "Target", glossary: Glossary) -> Optional[tuple[int, int]]:
    """Where the Pashto writes one of ``entry``'s multi-word renderings with a direction word
    of the same group (جنوبي for سویلي, مشرقي for ختیځه, وسطي for مرکزي) or a nested listed
    place by another of its forms (ایشیا for آسیا), each word otherwise spelt as names are
    (:func:`same_spelling`, the last inflected): جنوبي مشرقي اېشيا for Southeast Asia, وسطي
    امريکه for Central America.  Word indices, or None."""
    groups, forms = _direction_groups(), _listed_forms(glossary)
    ps, sk, stems = target.ps_words, target.skeletons(), target.stem_skeletons()
    for a in entry.allowed:
        if a.isascii() or " " not in a.strip():
            continue
        words = fold_ps(a).split()
        alts = [{w} | groups.get(w, frozenset()) | forms.get(w, frozenset()) for w in words]
        if all(len(x) == 1 for x in alts):
            continue
        want = [{name_skeleton(x) for x in alt} for alt in alts]
        n = len(words)
        for i in range(len(ps) - n + 1):
            if all(ps[i + k] in alts[k] or any(
                    same_spelling(sk[i + k], x, 3) or any(same_spelling(st, x, 3) for st in stems[i + k])
                    for x in want[k]) for k in range(n)):
                return i, i + n - 1
    return None


#: Letters that Pashto writers interchange in names and loan words, each folded to one (field
#: notes §5.7, and older and Arabic-origin spellings: صومالیا / سومالیا, طالبان / تالبان,
#: ټرمپ / ترمپ, حسن / هسن, قطر / کطر), on top of ``fold_ps``.
_VARIANT_LETTERS = str.maketrans({"ص": "س", "ث": "س", "ذ": "ز", "ض": "ز", "ظ": "ز", "ط": "ت", "ټ": "ت",
                                  "ډ": "د", "ح": "ه", "ق": "ک", "گ": "ګ", "ي": "ی", "ې": "ی", "ۍ": "ی",
                                  "ئ": "ی", "ة": "ه", "آ": "ا", "ك": "ک"})
#: Long-vowel letters a writer adds or leaves out inside a name (امریکا / امرکا, هلکیټ / هالکیټ).
_VOWEL_LETTERS = "اوی"


@lru_cache(maxsize=1 << 16)              # (the words of a document repeat)
def _endings_of(word: str) -> tuple[str, ...]:
    """The Pashto endings (``PS_ENDINGS``, in order, not the empty one) ``word`` ends with."""
    return tuple(e for e in PS_ENDINGS if e and word.endswith(e))


@lru_cache(maxsize=1 << 16)              # (the words of a document repeat)
def _word_bases(word: str) -> tuple[str, ...]:
    """A folded Pashto word and each base it may inflect from (the word less a Pashto ending),
    each once (``Target._bases``)."""
    return tuple({word} | {word[:-len(e)] for e in _endings_of(word) if len(word) > len(e)})


@lru_cache(maxsize=1 << 16)              # (the words of a document repeat)
def _stem_skeletons_of(word: str) -> tuple[str, ...]:
    """``name_skeleton`` of a folded Pashto word less each Pashto ending it carries (at least
    three letters left): asked only of the words a rendering may begin at."""
    return tuple(name_skeleton(word[:-len(e)]) for e in _endings_of(word) if len(word) - len(e) >= 3)


@lru_cache(maxsize=1 << 16)              # (the words of a document repeat)
def name_skeleton(word: str) -> str:
    """A folded Pashto word as names are compared across spellings: interchangeable letters
    folded to one (``_VARIANT_LETTERS``), a letter written twice written once (اممریکا), a final
    vowel letter of a longer word dropped (ایوا / ایوه)."""
    s = word.translate(_VARIANT_LETTERS)
    s = _REPEATED.sub(r"\1", s)
    if len(s) >= 4 and s[-1] in "اهی":
        s = s[:-1]
    return s


def same_spelling(a: str, b: str, shortest: int = 4) -> bool:
    """Whether two name skeletons are one name spelt two ways: equal (of three letters or more),
    or one inner long-vowel letter apart (the shorter of ``shortest`` letters or more: امریکا /
    امرکا; not نایجر / نایجیریا, Niger / Nigeria, two letters apart), or an initial h written
    as alef, as a name heard without its h is written (هسپانیا / اسپانیا, هوبي / اوبي, Hubei)."""
    if a == b:
        return len(a) >= 3
    if len(a) == len(b) >= 3 and a[1:] == b[1:] and {a[0], b[0]} == {"ه", "ا"}:
        return True
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) != 1 or len(b) < shortest or a[0] != b[0]:
        return False
    return any(a[k] in _VOWEL_LETTERS and a[:k] + a[k + 1:] == b for k in range(1, len(a)))


def part_of_name(e: TermEntry, entry: TermEntry) -> bool:
    """Whether the listed name ``e`` is written inside the English of ``entry`` (Virginia in
    West Virginia, Guinea in Equatorial Guinea): its rendering is part of ``entry``'s own."""
    return e is not entry and _english_inside(e.english, entry.english)


@lru_cache(maxsize=1 << 14)              # (asked for every listed name of every sentence)
def _english_inside(names: tuple, english: tuple) -> bool:
    """Whether one of the English ``names`` (of three letters or more) is a whole word or words
    of one of the names ``english``."""
    return any(re.search(r"\b" + re.escape(v.lower()) + r"\b", en.lower())
               for v in names if len(v) >= 3 for en in english)


def _common_neighbour(word: str, common) -> int:
    """Where a written word is cut into a common word and another of three letters or more,
    typed glued after a non-joining letter (پالو|ښار, روزا|او, ولسمشر|جوکو), or 0."""
    for k in range(len(word) - 1, 2, -1):            # a common word after (the shortest: ایر|د)
        if word[k - 1] in _NON_JOINING and word[k:] in common:
            return k
    for k in range(len(word) - 3, 1, -1):            # a common word before (the longest)
        if word[k - 1] in _NON_JOINING and word[:k] in common and len(word[:k]) >= 3:
            return k
    return 0


_NON_JOINING = "اآدډذرړزژږوۍ"

#: A letter written twice in a row (its second copy).
_DOUBLED = re.compile(r"([^\W\d_])\1")

#: Postpositions that older orthography types glued to the noun before them (کابلکې, چینسره).
_GLUED_POSTPOSITIONS = ("ته", "کې", "کښې", "سره", "څخه", "لپاره")

#: A piece of a Pashto word ending in a non-joining letter (or the rest of the word).
_NON_JOINING_CUT = re.compile("[^اآدډذرړزژږوۍ]*[اآدډذرړزژږوۍ]|[^اآدډذرړزژږوۍ]+")


@lru_cache(maxsize=1 << 14)              # (a name's words are asked about in every sentence)
def _word_variants(word: str) -> tuple[str, ...]:
    """A name word and the stems of its demonym / possessive forms."""
    out = [word]
    for suf, rep in (("ians", "ia"), ("ian", "ia"), ("eans", "e"), ("ean", "e"), ("ese", ""),
                     ("ish", ""), ("ans", "a"), ("an", "a"), ("i", ""), ("s", "")):
        if word.lower().endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: len(word) - len(suf)] + rep)
    return tuple(out)


def _sound_match(word: str, target: Target, entry: Optional[TermEntry] = None,
                 mask: bool = True, floor: float = 0.0) -> Optional[tuple[float, int, int]]:
    """The best sound match of ``word`` (or a variant, see ``_word_variants``) in the Pashto
    of ``target``: (score, first, last word index).  With ``floor``, only a match scoring at
    least that much is asked for: a weaker best match comes back as None (the runs that
    cannot reach ``floor`` are not scored), so a caller passes the lowest score it acts on.

    The same question about one sentence is answered once: a match found with a floor is the
    best match whatever the floor (no run scoring more was left out), so it answers every
    later question; only a None is asked again, with a lower floor."""
    key = (word, id(entry), mask)
    hit = target._sounds.get(key)
    if hit is not None:
        asked, best = hit
        if best is not None:
            return best if best[0] >= floor else None
        if asked <= floor:
            return None
    best = _sound_match_uncached(word, target, entry, mask, floor)
    target._sounds[key] = (floor, best)
    return best


#: English letter pairs that Pashto writes with one letter (zh ژ, kh خ, sh ش …).
_EN_DIGRAPHS = re.compile(r"sh|ch|th|kh|zh|gh|ph|ck|(.)\1")


def _en_sounds(word: str) -> int:
    """How many letters a Pashto spelling of the English ``word`` needs at least twice over:
    its letters, a digraph or a doubled letter counted once (Zhanatas 7, Mohammad 7)."""
    return len(_EN_DIGRAPHS.sub("x", word.lower()))


def _too_short(word: str, ps: str) -> bool:
    """Whether the Pashto ``ps`` has too few letters to spell ``word`` (fewer than half its
    sounds, for a word of six or more): ځنډ, "delay", is no rendering of Zhanatas however its
    consonants line up; a translator writes the long vowels of a name (ژاناتاس)."""
    n = _en_sounds(word)
    return n >= 6 and 2 * len(ps.replace(" ", "")) < n


def _sound_match_uncached(word: str, target: Target, entry: Optional[TermEntry],
                          mask: bool, floor: float = 0.0) -> Optional[tuple[float, int, int]]:
    best = None
    words = target.words_for(entry, "" if entry is not None else word) if mask else target.ps_words
    for v in _word_variants(word):
        # a variant replaces the best one only by scoring more: a weaker run is not scored
        m = best_match(v, words, min_score=floor if best is None else max(floor, best[0]))
        if m and v != word and entry is not None and not _like_listed("".join(words[m.first:m.last + 1]), entry):
            continue      # a listed name's stem (Brit- of British) in a word unlike its listed forms (برید)
        if m and entry is not None and not _begins_like_listed(words[m.first], entry):
            continue      # a listed name heard in a word that begins unlike every word of its listed
                          # forms (China ~ سینه "chest", Syria ~ څېر): a chance likeness
        if m and _too_short(word, "".join(words[m.first:m.last + 1])):
            continue
        if m and (best is None or m.score > best[0]):
            best = (m.score, m.first, m.last)
    return best


#: A Pashto word within this share of edits of one of a listed name's Pashto forms is a
#: spelling of it (بریټانوي ~ بریتانوي; not برید, "attack").
_LISTED_EDITS = 0.5


#: First letters (name skeletons) that stand for one another at the start of a name: an initial
#: vowel, h or ع (هسپانیا / اسپانیا, اروپا / یورپ), ch / sh / zh / j (چابهار / شابهار, شیامن /
#: ژیامین), s / sh, k / g / kh, b / p / f, z / zh / j.
_SAME_ONSET = ({"ا", "ع", "ه", "ی", "و"}, {"چ", "ش", "ج", "ژ"}, {"س", "ش"}, {"ک", "ګ", "خ"}, {"ب", "پ", "ف"},
               {"ز", "ژ", "ج"})
#: Particles a writer glues to the name after them (اومکې, "and Mecca"; دکابل).
_GLUED_PARTICLES = ("او", "د", "و")
_LISTED_ONSETS: dict = {}                # listed forms -> the first letters of their words


def _begins_like_listed(ps: str, entry: TermEntry) -> bool:
    """Whether the Pashto word ``ps`` begins (as names are compared, ``name_skeleton``) like a
    word of one of ``entry``'s Pashto forms, or the entry lists none: a spelling of a listed
    name that the term base does not list still begins like its listed forms."""
    firsts = _LISTED_ONSETS.get(tuple(entry.allowed))
    if firsts is None:
        sks = [name_skeleton(w) for a in entry.allowed if not a.isascii() for w in fold_ps(a).split()]
        # (a vowel written before s + consonant, اسپانیا, is often left out: سپین for Spain)
        firsts = {sk[:1] for sk in sks} | {sk[1:2] for sk in sks if sk[:1] in "اع" and len(sk) >= 4}
        firsts.discard("")
        _LISTED_ONSETS[tuple(entry.allowed)] = firsts = frozenset(firsts)
    if not firsts:
        return True
    ps = fold_ps(ps)
    for word in [ps] + [ps[len(p):] for p in _GLUED_PARTICLES if ps.startswith(p) and len(ps) - len(p) >= 3]:
        first = name_skeleton(word)[:1]
        if first in firsts or any(first in g and firsts & g for g in _SAME_ONSET):
            return True
    return False


def _like_listed(ps: str, entry: TermEntry) -> bool:
    """Whether ``ps`` is spelt like one of ``entry``'s Pashto forms (or the entry has none): a
    match found only through a shortened stem of the English word (a demonym's or plural's,
    ``_word_variants``) stands for a listed name only then: the term base lists its forms."""
    forms = [fold_ps(a).replace(" ", "") for a in entry.allowed if not a.isascii()]
    ps = fold_ps(ps)
    return not forms or any(_edit_distance(ps, f) <= _LISTED_EDITS * max(len(ps), len(f)) for f in forms)


@dataclass
class Found:
    """How a mention was found on the Pashto side."""
    how: Optional[str]                          # glossary | latin | sound | None
    rendering: Optional[tuple[str, ...]] = None  # the Pashto words that render it by sound
    span: Optional[tuple[int, int]] = None       # their indices in Target.ps_words
    uncertain: bool = False                      # not found, but a near rendering is there
    missing: list = field(default_factory=list)  # words of a found name that are not rendered
    near: list = field(default_factory=list)     # ... that have only a near rendering (misspelt?)
    glued: bool = False                          # found inside a longer written word
    place: dict = field(default_factory=dict)    # missing/near word -> index of the Pashto word
                                                 # where it belongs (next to a rendered part)


def find_counterpart(mention: Mention, target: Target, glossary: Glossary) -> Found:
    """Whether, and how, the Pashto side has a counterpart of ``mention``; a name not found
    is looked for again in the sentence respelled as today's orthography would write it (a د
    glued to a word written apart, ش read as ښ too: :meth:`Target.respelled`), its word
    indices mapped back to the sentence's."""
    found = _find_counterpart(mention, target, glossary)
    if found.how is not None:
        return found
    for other, where in target.respelled(glossary):
        alt = _find_counterpart(mention, other, glossary)
        if alt.how is not None:
            return _mapped(alt, where, len(target.ps_words))
        found.uncertain = found.uncertain or alt.uncertain    # (a near rendering, respelled)
    return found


def _mapped(alt: Found, where: list[int], n: int) -> Found:
    """``alt``, found in a respelled sentence, with its word indices mapped back through
    ``where`` to a sentence of ``n`` words."""
    def back(k: int) -> int:
        return where[k] if 0 <= k < len(where) else (n if k >= len(where) else -1)
    if alt.span is not None:
        alt.span = (back(alt.span[0]), back(alt.span[1]))   # (the rendering stays as written apart)
    alt.place = {w: back(k) for w, k in alt.place.items()}
    alt.glued = True
    return alt


def _find_counterpart(mention: Mention, target: Target, glossary: Glossary) -> Found:
    if mention.entry is not None:
        if any(g.kind == "allowed" and not target.inside_other_listed(g, mention.entry)
               for g in glossary.matcher.find_ps(target.text, entries=[mention.entry])):
            return Found("glossary")          # (a forbidden rendering, جنوبي کوریا for North Korea, is not;
                                              # nor a form inside a longer listed name: the سور,
                                              # Syrian, of سور سمندر, the Red Sea)
        if any(target.near_phrase(fold_ps(a).split()) for a in mention.entry.allowed
               if " " in a.strip() and not a.isascii()):
            return Found("glossary")          # a letter slipped in a long word: متحده ایاالتو
        if _acronym_core(mention.text) is not None:
            mention = Mention(mention.start, mention.end, mention.text, "acronym",
                              (_acronym_core(mention.text),), (), mention.entry)
        if target.variant_of(mention.entry) is not None or target.glued_listed(mention.entry) is not None:
            return Found("glossary")          # a listed name spelt another way (اناګلستان, ینان),
                                              # or typed glued to a word next to it (امریکامتحده)
        if any(_latin_copy(v, target) for v in mention.entry.english):
            return Found("latin")             # one of its English names copied in Latin script
                                              # (World Health Organization for WHO)
        if respelled_listed(mention.entry, target, glossary) is not None:
            return Found("glossary")          # its direction word or nested place written another
                                              # way (جنوبي اېشيا for سویلي آسیا)
    if mention.kind == "acronym":
        core = mention.words[0]
        if is_identifier(mention.text):
            code = _NOT_CODE.sub("", mention.text.upper())
            if any(code in c for c in target.codes):
                return Found("latin")
        if core in target.latin_raw or (core + "s") in target.latin_raw or \
                (len(core) > 3 and core.lower() in target.latin) or \
                (len(core) > 3 and core.endswith("s") and core[:-1] in target.latin_raw):
            # (kept in Latin with or without its plural s: HCoVs ~ HCoV, the number in the Pashto)
            return Found("latin")
        hit = spelled_acronym(core, target.ps_words)
        if hit is None and len(core) >= 3:               # read as a word: NATO ~ ناټو
            m = best_match(core.lower(), target.ps_words, min_score=max(match_threshold(core.lower()), 0.8))
            if m:
                hit = (m.first, m.last)
        if hit is not None:
            return Found("sound", tuple(target.ps_words[hit[0]:hit[1] + 1]), hit)
        return _by_meaning(mention, target)
    words = list(mention.words) or _LATIN_WORD.findall(mention.text)
    latin = [target.has_latin(w) for w in words]
    glued = False
    best = None
    scores = []
    matches = []
    for w, lat in zip(words, latin):
        # (a score below the near floor, or for a name of several words below the every-word
        # score, is read as none below: the weaker runs are not scored)
        sm = _sound_match(w, target, mention.entry,
                          floor=min(_near_floor(w), _ALL_WORDS_SCORE) if len(words) >= 2 else _near_floor(w))
        if not lat and (sm is None or sm[0] < match_threshold(w)) and consonant_weight(w) >= _GLUED_WEIGHT:
            gm = target.glued_sound(w, max(match_threshold(w), _GLUED_SCORE))   # glued to its neighbours
            if gm is not None and gm.score >= max(match_threshold(w), _GLUED_SCORE):
                sm = (gm.score, gm.first, gm.last)
                glued = True
        matches.append(sm)
        scores.append(1.0 if lat else sm[0] if sm else 0.0)
        if sm and sm[0] >= match_threshold(w) and (best is None or sm[0] > best[0]):
            best = sm
    if any(latin):
        found = Found("latin")
    else:
        found = None
        if best is None and len(words) >= 2 and min(scores) >= _ALL_WORDS_SCORE:
            # every word of a multi-word name roughly rendered (Clarion Ledger ~ کاریلون لوجر)
            spans = [_sound_match(w, target, mention.entry) for w in words]
            best = (min(scores), min(sp[1] for sp in spans), max(sp[2] for sp in spans))
            return Found("sound", tuple(target.ps_words[best[1]:best[2] + 1]), (best[1], best[2]))
        own = "".join(_LATIN_WORD.findall(mention.text))
        if best is None and len(words) >= 2 and own != "".join(mention.run):
            # a name of several words written as one (Pul-e-Charkhi ~ پلچرخي, Aga Khan ~ آغاخان)
            m = best_match(own, target.words_for(mention.entry), max_join=len(words) + 1,
                           min_score=match_threshold(own))
            if m:
                return Found("sound", tuple(target.ps_words[m.first:m.last + 1]), (m.first, m.last))
        # (a title heading the run is translated, پروفیسور for Prof: "Prof Czeisler" is not
        # heard in پروفیسور when only the name itself is left after it)
        run = mention.run
        if len(run) == 2 and run[0].lower().rstrip(".") in _TITLES and run[1] in mention.words:
            run = run[1:]
        if len(run) >= 2 and (best is None or len(mention.words) < 2):
            # the whole run by sound, ordinary words included: New York ~ نیویارک (only a
            # match at the threshold counts: weaker runs are not scored)
            joined = "".join(run)
            m = best_match(joined, target.words_for(mention.entry), max_join=len(run) + 1,
                           min_score=match_threshold(joined))
            if m and _each_word_heard(mention, target, m):
                found = Found("sound", tuple(target.ps_words[m.first:m.last + 1]), (m.first, m.last))
                last = mention.words[-1]
                if len(mention.words) >= 2 and len(last) >= 4 and consonant_weight(last) >= _MIN_WEIGHT \
                        and scores[-1] < _near_floor(last) and not is_common_word(last) \
                        and target.glued_sound(last, _near_floor(last)) is None:
                    # the joined run stops short of a surname that sounds like nothing here
                    # (جنرال عبدالرحیم X for General Abdul Rahim Wardag): checked as a missing part
                    found.missing.append(last)
                    found.place[last] = m.last + 1
                return found
        if best is not None:
            found = Found("sound", tuple(target.ps_words[best[1]:best[2] + 1]), (best[1], best[2]))
    if found is None:
        return Found(None, uncertain=any(_uncertain(w, sc) for w, sc in zip(words, scores)))
    found.glued = glued
    if mention.kind == "name" and len(words) >= 2:
        # a person's given name and surname are each rendered: "Nelson Mandela" is not
        # rendered by نیلسون ایډوارډ
        long = [k for k, w in enumerate(words) if len(w) >= 4] or [0]
        for k in sorted({long[0], long[-1]}):         # Ri Yong Ho: Yong
            w, sc = words[k], scores[k]
            # (a word heard only away from the rest of the name is heard in another word: Frederick
            # Sanger ↔ فریډریک X ... زنځیر, "chain", the surname replaced by X)
            apart = not latin[k] and _apart(matches[k], found.span, len(words))
            if sc >= match_threshold(w) and not apart or len(w) < 4 or is_ordinary(w) \
                    or is_common_word(w) and not mention.after_title:
                continue          # (a common word of a name is translated: Herza Vegetables; not a
                                  # person's after a title: Vice President Mike Pence)
            # too little sound skeleton to tell (Xiao) or a near rendering: reported only if
            # another name of the document stands in its place
            weak = consonant_weight(w) < _MIN_WEIGHT or _uncertain(w, sc)
            (found.near if weak else found.missing).append(w)
            if found.span is not None:
                found.place[w] = found.span[0] - 1 if k == 0 else found.span[1] + 1
        # a middle name between its rendered neighbours (Sutopo Purwo Nugroho ↔ سټوپو X نوګروه):
        # the one Pashto word between them is where it belongs
        for k in range(1, len(words) - 1):
            w, sc = words[k], scores[k]
            prev, nxt = matches[k - 1], matches[k + 1]
            if len(w) < 4 or consonant_weight(w) < _MIN_WEIGHT \
                    or is_ordinary(w) or prev is None or nxt is None \
                    or scores[k - 1] < match_threshold(words[k - 1]) or scores[k + 1] < match_threshold(words[k + 1]):
                continue
            if sc >= _near_floor(w) and (latin[k] or matches[k] is not None
                                         and prev[2] < matches[k][1] and matches[k][2] < nxt[1]):
                continue          # heard between them (a word heard elsewhere only, Marie of Gladys
                                  # Marie Smith in the Mary of Mary Pickford, is not)
            if nxt[1] - prev[2] == 2:
                found.missing.append(w)
                found.place[w] = prev[2] + 1
    return found


def _apart(sm, span, n: int) -> bool:
    """Whether the sound match ``sm`` (score, first, last) of a word of a name of ``n`` words lies
    more than ``n`` words away from ``span``, where the name's best-heard word is: not the part
    of the same name, which a translation writes with the rest of it."""
    if sm is None or span is None or (sm[1], sm[2]) == tuple(span):
        return False
    return sm[2] < span[0] - n or sm[1] > span[1] + n


def heard_in_another(mentions: list[Mention], found: list[Found], target: Target) -> None:
    """Mark, in ``found``, the given name or surname of a rendered name that is heard only in
    the rendering of *another* name of the same sentence (Khan of Shah Rukh Khan ~ the خوانې
    of Kesa Khwane, the Khan itself replaced): it is not rendered, and is then judged as a
    missing part (``Found.missing``, or ``near`` for a word of little sound skeleton)."""
    heard = [(f, set(range(f.span[0], f.span[1] + 1)) | claimed_words([m], target))
             for m, f in zip(mentions, found) if f.how == "sound" and f.span is not None]
    for m, f in zip(mentions, found):
        if m.kind != "name" or f.how != "sound" or f.span is None or f.glued or len(m.words) < 2:
            continue
        others = set().union(*(ks for g, ks in heard if g is not f)) - set(range(f.span[0], f.span[1] + 1))
        if not others:
            continue
        masked = [("د" if k in others else t) for k, t in enumerate(target.ps_words)]
        long = [k for k, w in enumerate(m.words) if len(w) >= 4] or [0]
        for k in sorted({long[0], long[-1]}):
            w = m.words[k]
            if w in f.missing or w in f.near or is_ordinary(w) or is_common_word(w):
                continue
            sm = _sound_match(w, target, m.entry, floor=match_threshold(w))
            if sm is None or sm[0] < match_threshold(w) \
                    or not all(k in others for k in range(sm[1], sm[2] + 1)):
                continue
            if any(best_match(v, masked, min_score=match_threshold(w)) for v in _word_variants(w)):
                continue          # heard here too, outside the other name (Imran Khan ... Aga Khan)
            (f.near if consonant_weight(w) < _MIN_WEIGHT else f.missing).append(w)
            f.place[w] = f.span[0] - 1 if k == 0 else f.span[1] + 1


#: A name of one word matched by its whole run written as separate Pashto words must sound at
#: least this much like one of them (Aryan Khan ~ یوهان خان matches by its Khan: Aryan ~ یوهان 0.31).
_RUN_WORD_FLOOR = 0.4


def _each_word_heard(mention: Mention, target: Target, m: Match) -> bool:
    """Whether the one name word of ``mention`` (the rest of its run ordinary words: Khan,
    New) is heard in one of the separate Pashto words ``m`` that render the whole run (York ~
    یارک of نیو یارک, Rashid ~ راشد of راشد خان; not Aryan in یوهان خان).  A run written as one
    word (نیویارک, عبدالباقي) is not judged so: its parts are not told apart."""
    if len(mention.words) != 1 or m.first == m.last:
        return True
    w = mention.words[0]
    return consonant_weight(w) < _MIN_WEIGHT or any(
        similarity(w, t) >= _RUN_WORD_FLOOR for t in target.ps_words[m.first:m.last + 1])


def _by_meaning(mention: Mention, target: Target) -> Found:
    """An acronym rendered by its meaning: a Pashto rendering of a known acronym (نري رنځ for
    TB), or the names of its expansion rendered by sound (the Bektonov Energy Group of BEG)."""
    if mention.known is not None and any(target.find_rendering(r) for r in mention.known.pashto):
        return Found("meaning")
    names = [w for w in mention.expansion if w.lower() not in _EXPANSION_GLUE
             and not is_ordinary(w) and not is_common_word(w)]
    for w in names:
        sm = _sound_match(w, target, floor=match_threshold(w))
        if sm and sm[0] >= match_threshold(w):
            return Found("meaning")
    return Found(None)


def _translatable(m: Mention) -> bool:
    """An acronym whose expansion is made of common words (Ministry of Public Health,
    tuberculosis) or a code (H5N1): translators render it by meaning, with no trace of the
    letters, so a missing counterpart is not evidence of an omission."""
    if m.kind != "acronym":
        return False
    if is_identifier(m.text) or m.known is not None:
        return True
    return bool(m.expansion) and all(w.lower() in _EXPANSION_GLUE or is_ordinary(w) or is_common_word(w)
                                     for w in m.expansion)


def claimed_words(mentions: list[Mention], target: Target) -> set[int]:
    """Indices of the Pashto words that render (by sound) a word of one of ``mentions``."""
    out: set[int] = set()
    for m in mentions:
        for w in m.words:
            least = min(match_threshold(w), _ALL_WORDS_SCORE + 0.1)
            sm = _sound_match(w, target, floor=least)
            if sm and sm[0] >= least:
                out.update(range(sm[1], sm[2] + 1))
    return out


@dataclass
class Sentence:
    """A bead whose missing names are being looked into: its Pashto and what its English names."""
    pair: object                 # the Pair
    target: Target               # its Pashto sentence
    here: set                    # lower-case words of the names of its English
    claimed: set                 # indices of the Pashto words that render a name here
    here_entries: set            # id() of the glossary entries its English names
    here_words: list             # capitalised English words that may account for a Pashto name


#: A word next to the rendered part of a person's name, where the other part should be, is
#: the translator's (poor) spelling of that part when it sounds at least this much like it.
_IN_PLACE_FLOOR = 0.35


def _glossary_name_in_place(m: Mention, w: str, f: Found, s: Sentence):
    """A listed place or organisation (not in the English sentence) written where the
    unrendered part ``w`` of a person's name should be, next to its rendered part:
    لومړی وزیر آتن زایف for Prime Minister Zoran Zaev (آتن, Athens).  ``(label, span)``."""
    if f.how != "sound" or m.kind != "name" or w not in f.place:
        return None
    pos, target = f.place[w], s.target
    for e, i, j in target.gl_spans:
        if len(w) >= 4 and any(abs(len(v) - len(w)) <= 1 and _edit_distance(v.lower(), w.lower()) <= 1
                               for v in re.findall(r"[A-Za-z]+", " ".join(e.english))):
            continue          # the same name, spelt with a typo (Tamil Nado for Tamil Nadu)
        if id(e) not in s.here_entries and e.domain in ("geo", "org") and i <= pos <= j \
                and similarity(w, "".join(target.ps_words[i:j + 1])) < _near_floor(w):
            return e.label, target.span(i, j)   # (ډیل renders Dale, not an inflected Delhi)
    return None


def _listed_name_in_place(m: Mention, s: Sentence, doc_entries: dict):
    """A listed place (``geo``) that the English document names in another sentence, but not
    in this one (``doc_entries``), rendered in the Pashto where the name ``m`` is missing:
    ``(label, span)``."""
    target = s.target
    for e, i, j in target.gl_spans:
        if id(e) in s.here_entries or e.domain != "geo" or id(e) not in doc_entries:
            continue
        if any(k in s.claimed for k in range(i, j + 1)):
            continue
        ps = "".join(target.ps_words[i:j + 1])
        if len(ps) < _MIN_PS_LETTERS or any(similarity(w, ps) >= _OWN_SCORE_MAX
                                             for w in list(m.words) + list(s.here_words)):
            continue
        return e.label, target.span(i, j)
    return None


def _in_place_of(m: Mention, f: Found, target: Target):
    """``(name word, Pashto word)`` for each given name / surname of ``m`` that is not rendered
    by sound but has, in its place next to the rendered part, a rare word that sounds somewhat
    like it (Brett Kavanaugh ↔ بریټ کنوا): the translator's own spelling, so that the same
    spelling later (کانوا, one letter away) is not reported as a missing name."""
    if f.how != "sound" or f.span is None or len(m.words) < 2:
        return
    common = common_words()
    for w in f.missing + f.near:
        pos = f.place.get(w, -1)
        if not 0 <= pos < len(target.ps_words):
            continue
        tok = target.ps_words[pos]
        if len(tok) >= 3 and tok not in common and similarity(w, tok) >= _IN_PLACE_FLOOR:
            yield w, tok


#: Letters that a Pashto word may carry before a name without misspelling it (the
#: perfective و, the negation ن/م, the preposition ب, a cliticised د).
_PS_PREFIXES = frozenset("ونمبد")


def _misspelt(m: Mention, target: Target, claimed: set) -> Optional[tuple[tuple[int, int], str]]:
    """A Pashto word that renders ``m`` but for one or two stray letters at either end
    (جچین for China, دیولید for Doyle): the Pashto span and the stray letters.

    The rest must be a glossary rendering of the name or a strong sound match of one of its
    words; stray letters that are a Pashto inflection ending or a clitic prefix do not count
    (those are the name, correctly spelt)."""
    if len(m.words) > 1:
        return None               # (a name of several words is found by any one of them)
    allowed = {fold_ps(a) for a in m.entry.allowed if " " not in a} if m.entry is not None else set()
    words = [w for w in m.words if len(w) >= 4 and consonant_weight(w) >= _MIN_WEIGHT]
    common = common_words()
    for i, tok in enumerate(target.ps_words):
        if i in claimed or len(tok) < 4 or tok in common:
            continue
        if any(tok.endswith(e) and (tok[:len(tok) - len(e)] in allowed or any(
                similarity(w, tok[:len(tok) - len(e)]) >= match_threshold(w) for w in words))
               for e in PS_ENDINGS if e and len(tok) - len(e) >= 3):
            continue              # the name with an inflection ending (دویالونه), correctly spelt
        cuts = [(tok[k:], tok[:k]) for k in (1, 2) if tok[:k][0] not in _PS_PREFIXES]
        if any(tok[-k:] in common and tok[-k - 1] in _NON_JOINING for k in (1, 2)):
            continue              # a short common word typed glued after it (ایوا|د, اروپا|د)
        cuts += [(tok[:-k], tok[-k:]) for k in (1, 2) if tok[-k:] not in PS_ENDINGS]
        for rest, stray in cuts:
            if len(rest) < 3:
                continue
            if rest in allowed or any(similarity(w, rest) >= max(match_threshold(w), 0.8) for w in words):
                return target.span(i, i), stray
    return None
