"""Named entities: an English name needs a counterpart in the Pashto sentence.

**Which English words are names.**

* Names of the term base (rows of domain ``geo`` / ``org``: countries, capitals, regions,
  organisations — ``EU`` ↔ اروپايي اتحادیه) and of user glossaries (same domains, or entries
  whose English is capitalised);
* acronyms (``CBAM``, ``NATO``, ``COVID-19``, plural ``AMs``);
* runs of capitalised words, leaving out ordinary words (titles, institution words,
  calendar words and general vocabulary, ``aligner/lang/data/en_not_names.txt``, plus any
  word the document also writes in lower case).  A capitalised word at the start of a
  sentence, after a colon or an opening quote, or in a Title-Case headline is only taken
  when the document also capitalises it in mid-sentence (otherwise it is kept as a *weak*
  mention, reported only when another name of the document stands in its place: a name
  swapped in a headline).  A name made of ordinary words only (*Eastern Hope*, *the Belt and
  Road*) is taken as translated.
* A common English word (one that an English word list writes in lower case only,
  ``data/en_common_words.txt``: *Unfortunately*, *Healthcare*, *Supplier*) is never the
  untrusted first word of a name, is no evidence that a name must be rendered by sound
  (*Healthcare Products Regulatory*, *Millennium*), and a defined term (*the Supplier*) is
  not taken to be rendered by a Pashto word that merely sounds like it.
* Acronyms that the document defines ("Ministry of Public Health (MoPH)") or that are
  general vocabulary (TB, CEO, NGO: ``data/acronyms_en_ps.tsv``), and codes of letters and
  digits (H1N1, X-200), are rendered by meaning as often as by their letters: a missing
  counterpart is not reported for them (a Latin copy, a spelled-out or a by-meaning rendering
  is recognised).

**What counts as a counterpart.** One of the name's glossary renderings; the name copied in
Latin script (``CBAM``); an acronym spelled out by letter names (بي بي سي); or a Pashto word
or run of words that renders one of its words by sound (:mod:`aligner.lang.translit`,
بیکټونوف ~ Bektonov; a whole run too: نیویارک ~ New York), also when it is typed glued to
its neighbours after a non-joining letter (مولاناورته); a glossary rendering with one letter
slipped in a long word (متحده ایاالتو); the words of a rendering by meaning close together in
any order (UNHCR ↔ د کډوالو لپاره د ملګرو ملتونو عالي کمېشنرۍ); a rendering glued to a د before
it (دبابلي); a listed name of several words with its direction word in the other register
(جنوبي for سویلي, مشرقي for ختیځه, وسطي for مرکزي) or a place nested in it spelt by another of
its listed forms (جنوبي مشرقي اېشيا for Southeast Asia); a Latin copy with its accents (the
Pashto's Latin words are read without them, as the English's are); an acronym named by the noun
of its kind that the sentence spelling out its expansion renders (AIBA members ↔ د ټولنې غړي),
or a listed organisation, named by its Pashto name in another sentence, by the noun of its kind
that ends that name (NRC engineers ↔ د شورا انجنیرانو).  A name in a short parenthesis after a
capitalised word (an alias or gloss, *Mawlana (Rumi)*, *Masnawi (A book of Mulana Jalaluddin
Balkhi)*) is not required when the Pashto has no parentheses.

**When a missing counterpart is reported.** Translators translate many capitalised words
and drop others legitimately, so the check reports only names for which it has evidence
that a rendering was due (and stays silent otherwise):

* glossary names (the term base lists their common Pashto forms);
* names and acronyms that the *same document* renders by sound / keeps in Latin script in
  another sentence (the translator's own practice; an acronym kept in Latin in two sentences
  at least: once, it may be spelled out by its expansion elsewhere);
* names that are clearly names: a run of two or more non-ordinary capitalised words
  (*Orzas Bektonov*), a word of such a run used again alone (*Bektonov*), a word after a
  title (*Mr.*, *President*), a word before a lower-case place noun (*Behsud district*), or a
  word with a non-English spelling pattern (zh, kh, -ov, ng+consonant: *Zhanatas*, *Dongfang*).

**Rules.** The unrendered names of a run are reviewed once (:func:`review`, shared on the
check context, reading the per-run analyses of ``analyses/``); each code below is a small
registered rule (:class:`EntityMismatch`, :class:`EntitySpelling`, :class:`EntityMissing`)
that reports the review's issues of its own code.  For one name the codes are exclusive, in
this order:

* ``ENTITY-MISMATCH`` (error): no counterpart, and the Pashto sentence contains instead the
  rendering of *another* name of the document, one the English sentence does not mention
  (Bektonov ↔ لیو, where لیو renders Liu elsewhere in the document; زایف, the Zaev of Zoran
  Zaev, in place of Ivanov).  This needs no evidence that the missing word is a name when
  the other name is rendered by sound elsewhere in the document (*Plaid* ↔ یارکشیر), and
  it is reported even where a near rendering would otherwise keep the check silent.
  A dropped given name or surname is reported only this way (a listed place in its place is
  a mismatch too: آتن, Athens, for the Zoran of Zoran Zaev), or when an unexplained word that
  sounds nothing like it stands in its place (a word that sounds a little like it, similarity
  0.2-0.35, is the translator's spelling only if it begins like it: Chozick ↔ چوکېز, not
  Chawla ↔ جوان; a part kept *near* by a near rendering that renders another name of the
  sentence is judged the same way: Beatrix Potter ↔ X پاټر); a middle name only when that word is the one
  between its rendered neighbours (سټوپو X نوګروه for Sutopo Purwo Nugroho).
* ``ENTITY-SPELLING`` (warning): no counterpart, but a Pashto word is a rendering of the
  name with one or two stray letters at either end (جچین for چین, China; دیولید for Doyle):
  a typo, reported on that word rather than as a missing name.  Letters that are a Pashto
  inflection ending or a clitic prefix are not stray.
* ``ENTITY-MISSING`` (warning): no counterpart; the message names the document's own
  rendering of the name when it has one.  Not when one of the two sentences before gives the
  name and renders it and this Pashto refers back to it (نوموړی, دغه ولایت, a person's opening
  pronoun, د هغې په وینا "according to her", a listed place's kind noun alone: د سيند په اوږدو
  for the Nile) while the English has no pronoun that reference could render instead; nor when
  this Pashto calls that person by the title written next to the name there (وزیر, پلورونکی).
  A place written in the Pashto of the sentence before or after instead (a clause moved across
  the boundary) is still reported: accepting it (tried twice) silenced a real omission.

Another name is no name *standing in* when it renders a description of this English sentence
(the document writes it after a role noun the sentence says: "the coach" ↔ کلوپ for Coach
Jurgen Klopp), nor when it is a listed place's form that is mostly a common word
(``data/ps_name_homographs.tsv``: مجمع الجزایر "archipelago", شام "evening") or carries a plural
the place never takes, unless the English of the sentence or its neighbours names that place.

**Strength** (``Finding.strength``, :func:`weak_evidence`): 1.0 for a listed name whose listed
renderings are all absent, a name the document renders or keeps in Latin elsewhere, a swap (the
kinds a planted error is); lower, factor by factor, for evidence a reviewer more often finds
fine: known from its English alone, named once, dictionary words, sentence-initial, a name of
words with common meanings, an acronym whose expansion ends in a common noun with a noun of its
kind in the Pashto, a near sound match or spelling, a much shorter Pashto sentence, a name
named next door that the Pashto refers back to (دې ولایت, نوموړی), a listed name's kind noun
standing alone (سیند for the Nile).  The calibration turns it into ``confidence``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ..lang.data import iter_rows, load_wordset
from ..lang.glossary import PS_ENDINGS, fold_ps, ps_stem
from ..lang.translit import LETTER_NAMES_PS, STRONG_THRESHOLD, common_words, similarity
from ..model import Finding, Span
from ..text.langid import english_word
from ..text.distance import edit_distance
from ..text.inflect import strip_possessive
from .analyses.names import (_EXPANSION_GLUE, _MIN_WEIGHT, _PARTICLES, _TITLES, DocWords, KnownAcronym, Mention, _alias, _is_demonym, _substantial,
                             acronym_definitions, common_english, document_words, extract_names,
                             has_name_evidence, is_common_word, is_identifier, is_ordinary,
                             known_acronyms, looks_foreign, ordinary_words,
                             _abbreviations)
from .analyses.renderings import (_apart, consonant_weight, match_threshold, _GLUED_SCORE, _IN_PLACE_FLOOR, _MIN_PS_LETTERS, _OWN_SCORE_MAX, UNCERTAIN_FLOORS, Found, Sentence,
                                  Target, _glossary_name_in_place, _listed_name_in_place, _misspelt, name_skeleton,
                                  part_of_name,
                                  _near_floor, _sound_match, _translatable, claimed_words,
                                  find_counterpart, institution_nouns, noun_of)
from .analyses.spellings import BeadNames, DocumentNames, analyse, collector_paused, document_names, learn_renderings
from .base import Check, CheckContext, register


#: The names other modules and tests import from here (the analyses live in ``analyses/``).
__all__ = ["EntityMismatch", "EntitySpelling", "EntityMissing", "RULES", "NameIssue", "review",
           "review_bead", "entity_findings", "Mention", "DocWords", "KnownAcronym", "Target", "Found", "BeadNames",
           "DocumentNames", "UNCERTAIN_FLOORS", "acronym_definitions", "claimed_words",
           "common_english", "document_names", "document_words", "extract_names",
           "find_counterpart", "has_name_evidence", "is_common_word", "is_identifier",
           "is_ordinary", "known_acronyms", "learn_renderings", "looks_foreign", "ordinary_words",
           "strip_possessive"]




@dataclass(frozen=True)
class NameIssue:
    """One unrendered name of a bead, as the review found it (``kind`` is the rule's code)."""
    kind: str                         # ENTITY-MISMATCH | ENTITY-SPELLING | ENTITY-MISSING
    bead: int
    name: str                         # the English name (or the word of it) not rendered
    source: Span
    whole: str = ""                   # the whole English name when ``name`` is one word of it
    what: str = "name"                # name | acronym
    target: Optional[Span] = None     # where the Pashto has something else (or the misspelling)
    other: str = ""                   # the name that Pashto renders (ENTITY-MISMATCH)
    another: bool = False             # ... another name of the document (not a listed place)
    stray: str = ""                   # the stray letters (ENTITY-SPELLING)
    hint: str = ""                    # the expected rendering, when known
    strength: float = 1.0             # how strong the evidence is (Finding.strength, see _strength)


def review(ctx: CheckContext) -> list[NameIssue]:
    """Every unrendered name of the run with what stands in its place: computed once per
    run on ``ctx`` (from the shared :func:`~.analyses.spellings.analyse`) and read by each
    ENTITY rule."""
    dn = analyse(ctx)

    def compute() -> list[NameIssue]:
        with collector_paused():       # (as for the analysis: the review's memos grow with the document)
            return [issue for b in dn.beads if not all(f.how and not f.missing and not f.near for f in b.found)
                    or sum(m.kind == "name" and len(m.words) >= 2 for m in b.mentions) >= 2   # (_exchanged_parts)
                    for issue in review_bead(dn, b)]
    return ctx.shared("entities.review", id(dn), compute)


def review_bead(dn: DocumentNames, b: BeadNames) -> Iterable[NameIssue]:
    """The unrendered names of one bead (pass 2: the decisions of the module docstring)."""
    p, mentions, target, found = b
    claimed = claimed_words([m for m, f in zip(mentions, found) if f.how], target)
    claimed |= {i for f in found if f.span for i in range(f.span[0], f.span[1] + 1)}
    # ... and the words of a listed name of this sentence (انګلستان for "the UK" is not the
    # England of another sentence standing in for a name here)
    here_entries = {id(m.entry) for m, f in zip(mentions, found) if m.entry is not None and f.how}
    claimed |= {k for e, i, j in target.gl_spans if id(e) in here_entries for k in range(i, j + 1)}
    # capitalised English words that may account for a Pashto name-like word, less the
    # words of names already rendered by sound (Gegard of Gegard Mousasi ↔ ګیګرد does
    # not account for the چاکر that stands in for Mousasi)
    rendered = {w for m, f in zip(mentions, found) if m.kind == "name" and f.how == "sound"
                and f.span for w in m.words if w not in f.missing and w not in f.near}
    # ... and of listed names found by a listed rendering or kept in Latin (Greek ↔ یونان does
    # not account for the ګلاسکو, Glasgow, that stands in for "American"; Persian ↔ فارسي not
    # for a بوسان in place of "Turkish")
    rendered |= {w for m, f in zip(mentions, found) if m.entry is not None and f.how in ("glossary", "latin")
                 for w in re.findall(r"[A-Za-z]+", m.text)}
    s = Sentence(p, target, {w.lower() for m in mentions for w in m.words}, claimed,
                 {id(m.entry) for m in mentions if m.entry is not None},
                 [w for w in re.findall(r"\b[A-Z][A-Za-z]+", p.source.text)
                  if w not in rendered and not is_ordinary(w)   # (Banking is translated)
                  and not _kept_in_latin_only(w, target)])
    renderings = dn.renderings
    stood_in: set = set()
    for m, f in zip(mentions, found):
        src = p.source.span(m.start, m.end)
        if f.how:
            yield from _missing_parts(dn, s, m, f)
            yield from _exchanged_parts(s, m, f, mentions)
            continue
        if m.entry is not None and (_words_rendered(m.entry, target) or _after_particle(m.entry, target)):
            continue              # a rendering by meaning, its words reordered or inflected, or
                                  # written glued to a د before it (دبابلي, older orthography)
        if m.kind == "acronym" and _short_form(dn, m, target):
            continue              # named by the noun of its kind, as the sentence that spells it
                                  # out renders it (AIBA members ↔ د ټولنې غړي, "the Association's")
        if m.entry is not None and m.entry.domain == "org" and _listed_short_form(dn, p, m, target):
            continue              # ... or as its listed name ends (NRC engineers ↔ د شورا انجنیرانو)
        if m.entry is not None and m.entry.domain == "geo":
            # a place in place of a place (an organisation's Pashto name often has a place in
            # it: UNAMA ↔ په افغانستان کې د ملګرو ملتونو مرستندویه اداره)
            other = _other_glossary_name(m, target, s.here_entries,
                                         [w for w in s.here_words if w not in m.text], s.claimed,
                                         near_en=lambda: _neighbour_english(dn, s))
            if other is not None and other[0] not in stood_in:
                stood_in.add(other[0])     # one Pashto name stands in for one English name
                (a, b_), label, entry = other
                yield NameIssue("ENTITY-MISMATCH", p.index, m.text, src,
                                target=p.target.span(a, b_), other=label,
                                strength=_WEAK["plural of a name"] if _plural_of(entry, target.text[a:b_]) else 1.0)
                continue
        if any(target.find_rendering(r, fuzzy=True) for r in renderings.get(m.key, ())):
            continue              # rendered here as the document renders it elsewhere
        if _alias_rendered(dn, s, m):
            continue              # ... or by another name the document gives it (Siddhartha ↔ بودا)
        if len(m.words) == 1 and any(target.find_rendering(r, fuzzy=True)
                                     for r in dn.in_place.get(m.key, ())):
            continue              # ... or as the translator spells it next to its given name
        if m.kind == "glossary" and m.embedded:
            continue              # part of a longer name (NHS Scotland, Digital Awareness UK)
        if m.kind == "name" and re.fullmatch(r"[A-Z]-[a-z]+", m.text):
            continue              # a letter joined to a common noun (X-ray ↔ ایکس رې, T-cells):
                                  # a common noun, its letter named or kept in Latin
        if _alias(p.source.text, m) and "(" not in p.target.text:
            continue              # another name of the same, Mawlana (Rumi): often left out
        if m.kind == "acronym" and is_identifier(m.text):
            code = _other_code(m, p.source.text, p.target.text)
            if code is not None:      # a code changed in Latin script (BRCA1 → BRCA2, H1N1 → H5N1)
                yield NameIssue("ENTITY-MISMATCH", p.index, m.text, src, what="code",
                                target=p.target.span(*code[1]), other=code[0])
                continue
        # a demonym (Britons, Scottish) is often and legitimately left to the context
        # even where the document renders it elsewhere (بریټونز in the headline)
        word_of_rendered = _word_of_rendered_name(dn, m)
        due = not _is_demonym(m) and not _translatable(m) and (not m.weak or word_of_rendered) and (
            m.kind == "glossary" or m.key in renderings or has_name_evidence(m, dn.doc) or word_of_rendered
            or dn.kept_latin_in(m.key) >= (2 if m.kind == "acronym" else 1))
        # (a sentence-initial word is a weak mention, unless the translator renders it by sound
        # as a word of a name in another sentence: "Dostum told ..." after "Abdul Rashid
        # Dostum" ↔ عبدالرشید دوستم; that is evidence of a name for any one-word mention)
        # (an acronym kept in Latin script in one sentence is as often spelled out by its
        # expansion in another, NSIA ↔ د ملي احصایې او معلوماتو اداره: the translator's
        # practice once it is kept so twice)
        # a near rendering says "misspelt?" only where the translator writes the name in Pashto
        # letters: a name the document keeps in Latin script, and never renders by sound, is not
        # misspelt by a Pashto word that sounds a little like it but begins otherwise (Lefevre ~
        # راپور, "report"); one that begins like it may be the translator's spelling there
        uncertain = f.uncertain and not (m.kind == "name" and m.key not in renderings
                                         and dn.kept_latin_in(m.key) >= 1 and not _near_begins_like(m, target))
        uncertain = uncertain and not _near_only_by_dictionary_words(m, target) \
            and not _near_only_kind_nouns(m, target) and not _near_only_claimed(m, target, s.claimed)
        other = None
        if m.kind == "name":
            # a name with no evidence of its own (Facebook, Plaid) is still reported when
            # the Pashto has, in its place, another name as this translator renders it
            if due or _substantial(m) and _name_like(dn, m):
                other = _other_name(dn, s, m, established_only=None if due else dn.learned_only)
            if other is None and due and not uncertain:
                # ... or a listed place that the document names elsewhere (Zhanatas ↔
                # هاربین, Harbin, in a headline)
                other = _listed_name_in_place(m, s, dn.doc_entries)
        if other is None and (not due or uncertain or _spelt_after_title(dn, s, m)):
            continue              # (uncertain: a near rendering, misspelt? — stay silent
                                  # unless another name of the document stands there)
        if other is not None:
            name, (a, b_) = other
            yield NameIssue("ENTITY-MISMATCH", p.index, m.text, src, target=p.target.span(a, b_),
                            other=name, another=True,
                            strength=1.0 if due else _WEAK["no own evidence"])
            continue
        what = "acronym" if m.kind == "acronym" else "name"
        hint = f" (expected e.g. {m.entry.allowed[0]})" if m.entry is not None and m.entry.allowed else ""
        seen = sorted(" ".join(r) for r in renderings.get(m.key, ()) if (m.key, r) not in dn.learned_only)
        if seen and not hint:
            hint = f" (rendered {' / '.join(seen[:2])} elsewhere in the document)"
        typo = _misspelt(m, target, claimed)
        if typo is not None and any(e is not m.entry and typo[0][0] < target.span(i, j)[1]
                                    and target.span(i, j)[0] < typo[0][1] for e, i, j in target.gl_spans):
            continue              # the word is another listed name, correctly spelt (انګلیس for Anglo)
        if typo is not None:
            (a, b_), stray = typo
            yield NameIssue("ENTITY-SPELLING", p.index, m.text, src, what=what,
                            target=p.target.span(a, b_), stray=stray, hint=hint,
                            strength=_strength(dn, s, m))
            continue
        if _carried_by_reference(dn, s, m):
            continue              # given and rendered just before, referred back to here
                                  # (نوموړی, دغه ولایت, a person's pronoun): not dropped
        if _named_by_another_word(dn, s, m):
            continue              # the person called by another word of the full name just
                                  # given (Khattak ↔ خوشحال بابا, Karzai ↔ حامد)
        if _called_by_title(dn, s, m):
            continue              # ... or by the title given with it (وزیر, پلورونکی)
        yield NameIssue("ENTITY-MISSING", p.index, m.text, src, what=what, hint=hint,
                        strength=_strength(dn, s, m))


def _word_of_rendered_name(dn: DocumentNames, m: Mention) -> bool:
    """Whether the one-word mention ``m`` (sentence-initial too) is a word that the document
    renders by sound, in another sentence, as a word of a longer name (its own rendering, not
    one learned from co-occurrence alone): a surname used again alone (Gailani of Fatima
    Gailani ↔ فاطمه ګیلاني) is due where it stands."""
    if m.kind != "name" or len(m.words) != 1 or len(m.words[0]) < 4:
        return False
    words = dn._rendered_words
    if words is None:             # (one index per document, not a scan of its names per mention)
        words = dn._rendered_words = set()
        for other, rs in dn.renderings.items():
            parts = other.split()
            if len(parts) >= 2 and any((other, r) not in dn.learned_only for r in rs):
                words.update(parts)
    return m.words[0].lower() in words


def _spelt_well_elsewhere(dn: DocumentNames, w: str) -> bool:
    """Whether the document renders the name (word) ``w`` in another sentence by one Pashto word
    that sounds like it at the match threshold (its own rendering, not one learned from
    co-occurrence only): a translator who spells Rahimi رحیمي there does not spell it رحماني
    here; a word sounding a little like it, and no spelling of that rendering (those are
    found first, ``Target.find_rendering(fuzzy=True)``), is another name."""
    key = w.lower()
    own = {r for r in dn.renderings.get(key, set()) if (key, r) not in dn.learned_only} \
        | dn.word_renderings.get(key, set())
    return any(len(r) == 1 and len(r[0]) >= 3 and similarity(w, r[0]) >= match_threshold(w) for r in own)


def _kept_in_latin_only(w: str, target: Target) -> bool:
    """Whether the capitalised English word ``w`` is copied in Latin script in the Pashto and
    not also rendered there by sound: the Latin copy renders it, so it accounts for no Pashto
    word that sounds a little like it by chance (BAC, Vasca ~ واخان, a place swapped in for
    "English" in a sentence that keeps a Basque name in Latin)."""
    if not target.has_latin(w):
        return False
    sm = _sound_match(w, target, floor=match_threshold(w))
    return sm is None or sm[0] < match_threshold(w)


def _short_form(dn: DocumentNames, m: Mention, target: Target) -> bool:
    """Whether the Pashto has the noun of an organisation's kind (ټولنه, وزارت, شورا) that the
    sentence defining the acronym ``m`` has in its rendering of the expansion
    (``DocumentNames.short_forms``): the organisation named by its short form."""
    nouns = dn.short_forms.get(m.key)
    if not nouns:
        return False
    nouns = frozenset(nouns)
    return any(noun_of(w, nouns) for w in target.ps_words)


def _near_begins_like(m: Mention, target: Target) -> bool:
    """Whether a near rendering of a word of ``m`` (one below the match threshold, from the near
    floor) begins like that word, as a writer's misspelling of a name does (``_ONSET_FLOOR``)."""
    for w in m.words:
        sm = _sound_match(w, target, floor=_near_floor(w))
        if sm is None or sm[0] < _near_floor(w):
            continue
        tok = "".join(target.ps_words[sm[1]:sm[2] + 1])
        if max(similarity(w[:3], tok[:k]) for k in (2, 3)) >= _ONSET_FLOOR:
            return True
    return False


def _listed_short_form(dn: DocumentNames, pair, m: Mention, target: Target) -> bool:
    """Whether a listed organisation that another sentence of the document renders by its Pashto
    name is named here by the noun of its kind that ends its listed Pashto name (شورا of د ناروې د کډوالو
    شورا, "the Council", for NRC): the short form of a name the reader was just given."""
    heads = {n for a in m.entry.allowed if not a.isascii() and " " in a.strip()
             for n in [noun_of(fold_ps(a).split()[-1], _institution_nouns())] if n}
    if not heads or not any(noun_of(w, frozenset(heads)) for w in target.ps_words):
        return False
    # (rendered by its Pashto name there, not only kept in Latin: a reader who saw NSIA only may
    # not take اداره, "the Authority", for it)
    def by_pashto_name(f, t: Target) -> bool:
        if f.how == "glossary":
            return not any(a.isascii() and a.replace(".", "") in t.latin_raw for a in m.entry.allowed)
        return f.how in ("sound", "meaning") or f.how is None and _words_rendered(m.entry, t)
    return any(b.pair is not pair and by_pashto_name(f, b.target) for b, f in _found_of_entry(dn, m.entry))


def _found_of_entry(dn: DocumentNames, entry) -> list:
    """(bead, Found) of each mention of the listed ``entry`` in the document, in order (one
    index per document, so that a sentence looks up its entry instead of reading every bead)."""
    index = dn._found_by_entry
    if index is None:
        index = dn._found_by_entry = {}
        for b in dn.beads:
            for x, f in zip(b.mentions, b.found):
                if x.entry is not None:
                    index.setdefault(id(x.entry), []).append((b, f))
    return index.get(id(entry), [])


def _spelt_after_title(dn: DocumentNames, s: Sentence, m: Mention) -> bool:
    """Whether a one-word name after a title (Prime Minister Matovič) has in the Pashto a rare
    word (in no other sentence of the document, not a common word, not rendering another name)
    that sounds somewhat like it and begins like it (ماتیوس): the translator's own poor spelling
    of a surname, as likely as an omission, so nothing is reported unless another name stands
    there."""
    if m.kind != "name" or len(m.words) != 1 or not m.after_title:
        return False
    w, common = m.words[0], common_words()
    for k, tok in enumerate(s.target.ps_words):
        if k in s.claimed or len(tok) < 3 or tok in common or dn.ps_doc.get(ps_stem(tok), 0) > 1:
            continue
        if similarity(w, tok) >= _IN_PLACE_FLOOR and max(similarity(w[:3], tok[:n]) for n in (2, 3)) >= _ONSET_FLOOR:
            return True
    return False


#: A Latin code of letters and digits as written (H1N1, BRCA1, SARS-CoV-2, X-200).
_LATIN_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*")


def _code_parts(code: str) -> tuple[str, str]:
    """A code's letters and its digits, each in order (H5N1 → ("HN", "51"))."""
    up = code.upper()
    return re.sub(r"[^A-Z]", "", up), re.sub(r"[^0-9]", "", up)


def _other_code(m: Mention, en: str, ps: str) -> Optional[tuple[str, tuple[int, int]]]:
    """A code of the Pashto, in no code of the English, with the letters of the unrendered code
    ``m`` but other digits (BRCA2 for BRCA1, H5N1 for H1N1, ACE1 for ACE2): the code changed.
    Not a year written out (COVID-2019 for COVID-19): one set of digits ending the other.
    ``(the Pashto code, its character span)``."""
    letters, digits = _code_parts(m.text)
    if not letters or not digits:
        return None
    en_codes = {_code_parts(c) for c in _LATIN_CODE.findall(en) if is_identifier(c)}
    for hit in _LATIN_CODE.finditer(ps):
        c = hit.group()
        if not is_identifier(c):
            continue
        pl, pd = _code_parts(c)
        if pl == letters and pd != digits and (pl, pd) not in en_codes \
                and not pd.endswith(digits) and not digits.endswith(pd):
            return c, hit.span()
    return None


def _name_like(dn: DocumentNames, m: Mention) -> bool:
    """Whether a capitalised word with no evidence of being a name may still be one whose
    place another name took: not a common English word capitalised once (an Influential
    Voice, she Continues: emphasis or a typo), unless the document capitalises it in two
    sentences or more and never writes it in lower case (Plaid, Plaid AM)."""
    if not all(is_common_word(w) for w in m.words):
        return True
    return all(dn.en_doc.get(w.lower(), 0) >= 2 for w in m.words)


def _heard_at(w: str, target: Target) -> Optional[tuple[int, int]]:
    """The Pashto words that render the name word ``w`` by sound at its match threshold."""
    sm = _sound_match(w, target, floor=match_threshold(w))
    return (sm[1], sm[2]) if sm is not None and sm[0] >= match_threshold(w) else None


def _exchanged_parts(s: Sentence, m: Mention, f: Found, mentions: list[Mention]) -> Iterable[NameIssue]:
    """Two persons' surnames exchanged (John Carter and Maria Lopez ↔ جان لوپېز او ماریا کارټر):
    the given name of ``m`` is heard in one Pashto word, its surname elsewhere, not after it, and
    the word right after the given name renders the surname of *another* person of the
    sentence.  Each word of the given name and the surname is heard once (not John Carter and
    John Smith), and the two persons share no word."""
    if m.kind != "name" or f.how != "sound" or len(m.words) < 2 or m.entry is not None:
        return
    first, last = m.words[0], m.words[-1]
    if len(first) < 3 or len(last) < 4 or is_common_word(last) or is_ordinary(last):
        return
    target = s.target
    a, b = _heard_at(first, target), _heard_at(last, target)
    if a is None or b is None or a[0] <= b[0] <= a[1] + len(m.words):
        return                # (the surname after the given name, middle names between)
    nxt = a[1] + 1
    for o in mentions:
        if o is m or o.kind != "name" or len(o.words) < 2 or set(o.words) & set(m.words):
            continue
        other = o.words[-1]
        if len(other) < 4 or is_common_word(other) or is_ordinary(other):
            continue
        at = _heard_at(other, target)
        if at is None or at[0] != nxt:
            continue
        given = "".join(target.ps_words[a[0]:a[1] + 1])
        if any(similarity(x, given) >= match_threshold(x) for x in o.words):
            continue          # the word before it renders a word of that person's name too: it is
                              # that person's name in order (Mary Pickford, born Gladys Marie
                              # Smith ↔ ګلېډيس مېري سمته: مېري is Marie's, not Mary's)
        toks = [target.ps_words[k] for k in (*range(a[0], a[1] + 1), *range(b[0], b[1] + 1))]
        if any(target.ps_words.count(t) > 1 for t in toks):
            return            # (a word of it written twice: which one belongs where is unknown)
        p = s.pair
        k = m.text.rfind(last)
        src = p.source.span(m.start + k, m.start + k + len(last))
        yield NameIssue("ENTITY-MISMATCH", p.index, last, src, whole=m.text,
                        target=p.target.span(*target.span(at[0], at[1])), other=o.text, another=True)
        return


def _missing_parts(dn: DocumentNames, s: Sentence, m: Mention, f: Found) -> Iterable[NameIssue]:
    """The unrendered given name / surname of a rendered person's name.

    Translators often drop a given name (Donald Trump → ټرمپ), so a missing part is
    reported only when another name stands in its place: the rendering of another name
    of the document (ENTITY-MISMATCH) or, next to the rendered part, a word that renders
    nothing in the English sentence and occurs nowhere else in the document's Pashto."""
    p, target = s.pair, s.target
    for w in f.missing + f.near:
        if any(target.find_rendering(r, fuzzy=True)
               for r in dn.renderings.get(w.lower(), set()) | dn.word_renderings.get(w.lower(), set())):
            continue
        if any(w.lower() in (v.lower() for v in e.english) for e, _, _ in target.gl_spans):
            continue          # a listed name itself, there as listed (the Greek of Indo-Greek ↔ یوناني)
        heard = (sm := _sound_match(w, target, floor=match_threshold(w))) is not None and sm[0] >= match_threshold(w)
        places = set(_places(m, w, f, target)) if f.span is not None else None
        if not heard and any((sm := _sound_match(w, other, floor=match_threshold(w))) is not None
                             and sm[0] >= match_threshold(w)
                             and (places is None or any(0 <= x < len(where) and where[x] in places
                                                        for x in (sm[1], sm[2])))
                             for other, where in target.respelled()):
            continue          # there in older orthography (دشتی for Dakhti: ش for ښ); a word
                              # heard as written is missing only when heard in another name's
                              # rendering (analyses.renderings.heard_in_another); there
                              # where the part belongs, next to the rest of the name, not in a
                              # piece of another word the respelling cut off (ستا|ینه ~ Jean)
        k = m.text.find(w)
        s0 = m.start + max(k, 0)
        part = Mention(s0, s0 + len(w), w, "name", (w,), (), None, after_title=True)
        src = p.source.span(part.start, part.end)
        other = _other_name(dn, s, part)
        another = other is not None
        if other is None:
            other = _glossary_name_in_place(m, w, f, s)
        if other is not None:
            name, (a, b) = other
            yield NameIssue("ENTITY-MISMATCH", p.index, w, src, whole=m.text,
                            target=p.target.span(a, b), other=name, another=another)
        elif _hyphen_partner_rendered(m, w, target):
            continue          # one of a hyphenated pair, the other rendered (Pfizer-BioNTech ↔ فایزر)
        elif _described(dn, m, w, f, target, p.source.text):
            continue          # a descriptor translated by meaning (Roshan Telecom ↔ د روشن مخابراتي شرکت)
        elif _stands_in(dn, s, m, w, f) and (w in f.missing or _misplaced_near(s, m, w, f)
                                             or _near_elsewhere_in_text(dn, s, w)) or (
                consonant_weight(w) < _MIN_WEIGHT and not _after_title(p.source.text, m)
                and _stands_in(dn, s, m, w, f, min_letters=4)):
            # (a word with little sound skeleton, Haji, only where a longer word that sounds
            # nothing like it stands in its place (Hugh ↔ هیو scores low by sound), and not after
            # a title: Dr. Maya Angelou ↔ ډاکټره انجلو, the title's rendering in its place)
            yield NameIssue("ENTITY-MISSING", p.index, w, src, whole=m.text,
                            strength=_WEAK["part of a rendered name"] * _strength(dn, s, part))


def _hyphen_partner_rendered(m: Mention, w: str, target: Target) -> bool:
    """Whether ``w`` is one of a hyphenated pair of name words (Pfizer-BioNTech) whose other word
    is rendered in the Pashto (heard at its match threshold, or kept in Latin): the pair is then
    rendered by one of its words.  A particle joined by a hyphen (al-Baqir, ud-Din) is no partner,
    and a pair neither of whose words is there (Jean-Baptiste ↔ X لمارک) is missing whole."""
    for partner in re.findall(rf"([A-Za-z]+)-{re.escape(w)}\b", m.text) + \
            re.findall(rf"\b{re.escape(w)}-([A-Za-z]+)", m.text):
        if partner.lower() in _PARTICLES:
            continue
        if target.has_latin(partner) or _heard_at(partner, target) is not None:
            return True
    return False


def _institution_nouns() -> frozenset[str]:
    """Folded stems of the Pashto nouns for kinds of organisations (``data/institution_nouns_ps.txt``)."""
    return institution_nouns()


def _described(dn: DocumentNames, m: Mention, w: str, f: Found, target: Target, source: str = "") -> bool:
    """Whether ``w``, a later word of a name whose first word is rendered, is a descriptor of
    an organisation translated by meaning: a noun for a kind of organisation (شرکت, اداره,
    بانک …, ``data/institution_nouns_ps.txt``) is one of the two words after the rendered part
    (Roshan Telecom ↔ د روشن مخابراتي شرکت, Kam Air ↔ کام هوايي شرکت); not after a title (a
    person's surname), nor a word the document renders by sound elsewhere (a name); nor when
    the English name goes on with a noun of a place or institution named after someone
    (``data/en_named_after.txt``: Johns Hopkins University ↔ جانز X پوهنتون): the Pashto noun
    renders that word, not ``w``."""
    if f.span is None or not m.words or w == m.words[0] or m.after_title \
            or w.lower() in dn.renderings or w.lower() in dn.word_renderings:
        return False
    if m.words[-1] == w and (nxt := re.match(r"\s+([A-Z][a-z]+)\b", source[m.end:])) \
            and nxt.group(1).lower() in load_wordset("en_named_after.txt"):
        return False
    nouns, words = _institution_nouns(), target.ps_words
    near = range(f.span[1] + 1, min(len(words), f.span[1] + 3))    # (the noun ends the phrase)
    return any((ps_stem(words[k]) in nouns or any(
        words[k].startswith(n) and len(words[k]) - len(n) <= 4 for n in nouns if len(n) >= 3)) for k in near)


#: Factors of a finding's strength (multiplied): each marks evidence weaker than "a name this
#: document shows to be due, clearly absent from a Pashto sentence of normal length".  Reasoned
#: from what makes a reviewer find the translation fine (issue 11), not fitted per example:
#: strong evidence is a listed name whose listed renderings are all absent, or a name that the
#: document renders (or keeps in Latin) in another sentence but not here; planted errors (a
#: name dropped, a name swapped) are of that kind and keep 1.0.
_WEAK = {
    "English evidence only": 0.75,     # not listed, never rendered or kept in Latin in the document
    "seen once": 0.85,                 # the document names it in this sentence only
    "dictionary word": 0.7,            # a word of the name is an ordinary English word (Ford, Bush)
    "near candidate": 0.8,             # a Pashto word sounds somewhat like it (below the match floor)
    "loose sentence": 0.8,             # the Pashto is much shorter than the English (a free rendering)
    "part of a rendered name": 0.8,    # the rest of the name is rendered
    "no own evidence": 0.8,            # ENTITY-MISMATCH on a word with no evidence of being a name
    "near spelling": 0.75,             # a Pashto word is one letter from its expected rendering (رویټر)
    "sentence-initial": 0.85,          # its capital may be the sentence's, not the name's
    "words with meanings": 0.8,        # a name of several words, some of them common English words
                                       # (Red Crescent Society, Mogollon Rim): translated by meaning
    "acronym by meaning": 0.75,        # an acronym whose expansion is made of common words, the
                                       # Pashto has the noun of its kind (ټولنه, وزارت)
    "context": 0.7,                    # named in the sentence before (or after), and the Pashto
                                       # refers back to it (دې ولایت, خپل ټیم, نوموړی)
    "plural of a name": 0.6,           # ENTITY-MISMATCH on a listed place written with a plural
                                       # ending it never takes (الجزایرو: "the islands", not Algeria)
    "kind noun alone": 0.7,            # the Pashto has the kind noun of its listed rendering alone
                                       # (سیند of نیل سیند: "the river" for the Nile)
}
#: A Pashto sentence with fewer words than this share of the English words is "loose".
_LOOSE_RATIO = 0.7
#: A Pashto word sounding at least this much like a name word is a near candidate.
_NEAR_CANDIDATE = 0.4
#: Pashto words that refer back to a name the context gave (``data/reference_words_ps.tsv``).
REFERENCE_WORDS = "reference_words_ps.tsv"


def _strength(dn: DocumentNames, s: Sentence, m: Mention) -> float:
    """How strong the evidence of a missing (or misspelt) name is, in (0, 1]: 1.0 for a listed
    name or one the document renders elsewhere, absent from a Pashto sentence of normal length;
    lower (the ``_WEAK`` factors of :func:`weak_evidence` multiplied) where a reviewer more often
    finds the translation fine."""
    st = 1.0
    for kind in weak_evidence(dn, s, m):
        st *= _WEAK[kind]
    return round(st, 3)


def weak_evidence(dn: DocumentNames, s: Sentence, m: Mention) -> list[str]:
    """The kinds of weaker evidence (keys of ``_WEAK``) of the missing name ``m``: known from
    its English spelling alone, named once, made of dictionary words, capitalised at the start
    of a sentence, of several words with common meanings, an acronym whose expansion is common
    words, with a Pashto word that sounds somewhat like it, in a much shorter (freer) Pashto
    sentence, or left to the context (named next door, referred back to)."""
    out = []
    text = s.pair.source.text
    if m.entry is None and m.key not in dn.renderings and not dn.kept_latin_in(m.key):
        out.append("English evidence only")
    if m.entry is None and dn.mentions_of(m.key) <= 1:
        out.append("seen once")
    if m.entry is None and any(english_word(w) for w in m.words):
        out.append("dictionary word")
    if m.entry is None and m.kind == "name" and _sentence_initial(text, m.start):
        out.append("sentence-initial")
    if m.kind == "name" and len(m.run) >= 2 and any(
            (is_common_word(w) or is_ordinary(w)) and w.lower().rstrip(".") not in _TITLES
            and w.lower().rstrip(".") not in _abbreviations() for w in m.run):
        out.append("words with meanings")
    if m.kind == "acronym" and _common_expansion(m) and any(
            noun_of(w, _institution_nouns()) for w in s.target.ps_words):
        out.append("acronym by meaning")
    best = max((sm[0] for w in m.words if (sm := _sound_match(w, s.target, floor=_NEAR_CANDIDATE)) is not None),
               default=0.0)
    if best >= _NEAR_CANDIDATE:
        out.append("near candidate")
    if _near_spelling(dn, s.target, m):
        out.append("near spelling")
    en_words = len(re.findall(r"[A-Za-z]+", text))
    if en_words >= 8 and len(s.target.ps_words) < _LOOSE_RATIO * en_words:
        out.append("loose sentence")
    if _left_to_context(dn, s, m):
        out.append("context")
    if m.entry is not None and _kind_alone(m.entry, s.target):
        out.append("kind noun alone")
    return out


#: Pashto plural endings (direct and oblique) that a place's name does not take.
_PLURAL_ENDINGS = ("ونه", "ونو", "انو", "ګانې", "ګانو", "یانو", "و")
#: Animate plural endings (oblique): on a people or adjective form of a place they name its people.
_PEOPLE_ENDINGS = ("انو", "یانو")


def _plural_of(entry, text: str) -> bool:
    """Whether the Pashto ``text`` that renders the listed place ``entry`` ends its last word
    in a plural ending that none of the entry's listed forms has: a common noun spelt like the
    name (مجمع الجزایرو, "of the archipelago", for الجزایر, Algeria), not the place; not the
    animate plural of a people or adjective form (ایرانیانو "Iranians")."""
    words = fold_ps(text).split()
    if not words:
        return False
    last = words[-1]
    forms = [fold_ps(a).split()[-1] for a in entry.allowed if not a.isascii() and a.strip()]
    if any(last.endswith(e) and last[:-len(e)] in forms[1:] and last[:-len(e)] != forms[0]
           for e in _PEOPLE_ENDINGS):
        return False      # the people of the place: the animate plural of its listed people or
                          # adjective form (ایرانیانو of ایراني, ترکانو of ترک, جاپانیانو)
    return any(last.endswith(e) and len(last) - len(e) >= 3 and not any(f.endswith(e) for f in forms)
               and any(last[:-len(e)] == f or ps_stem(last[:-len(e)]) == ps_stem(f) for f in forms)
               for e in _PLURAL_ENDINGS)


def _kind_alone(entry, target: Target) -> bool:
    """Whether a listed rendering of ``entry`` has a noun of a kind (سیند, ولایت, سمندر …,
    ``data/reference_words_ps.tsv``) that the Pashto sentence has: the name may be rendered by
    its kind alone ("the river"), as writers do when the name was just given."""
    classes = _reference_words()[2]
    kinds = {n for a in entry.allowed if not a.isascii() and " " in a.strip()
             for n in (noun_of(w, classes) for w in fold_ps(a).split()) if n}
    return bool(kinds) and any(noun_of(w, frozenset(kinds)) for w in target.ps_words)


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or a clause after a colon, a quote);
    not after an abbreviation's full stop (Dr. Anthony Fauci, St. Mirren, J. Paul)."""
    before = text[:start]
    if not before.strip():
        return True
    if re.search(r"[.!?:;\u2014\u2013]\s*[\"'“‘«(\[]*\s*$", before) is None:
        return False
    prev = re.findall(r"[A-Za-z]+\.?", before[-30:])
    return not (prev and prev[-1].endswith(".") and (
        prev[-1].lower().rstrip(".") in _abbreviations() or len(prev[-1]) == 2 and prev[-1][0].isupper()))


def _common_expansion(m: Mention) -> bool:
    """An acronym whose expansion (defined or known) has a common English word for its last
    word: the kind of thing it is (Association, Programme, Council), translated by meaning."""
    exp = [w for w in m.expansion if w.lower() not in _EXPANSION_GLUE]
    return bool(exp) and (is_ordinary(exp[-1]) or is_common_word(exp[-1]))


@lru_cache(maxsize=1)
def _reference_words() -> tuple[frozenset, frozenset, frozenset]:
    """(determiners, words that stand for a name alone, class nouns (persons' too): folded stems)."""
    kinds: dict[str, set] = {"determiner": set(), "said": set(), "class": set()}
    for row in iter_rows(REFERENCE_WORDS, 2):
        kind = "class" if row[1].strip() == "person" else row[1].strip()
        if kind in kinds:
            w = fold_ps(row[0].strip())
            kinds[kind].add(w if kind != "class" else ps_stem(w))
    return (frozenset(kinds["determiner"]), frozenset(kinds["said"]),
            frozenset(kinds["class"]) | _institution_nouns())


def refers_back(target: Target) -> bool:
    """Whether the Pashto sentence refers back to something named before: a determiner before
    a noun of a kind of place, person or organisation (دې ولایت, دغه ښار, خپل ټیم, د دې سازمان),
    or a word that stands for a name by itself (نوموړی)."""
    det, said, nouns = _reference_words()
    words = target.ps_words
    for k, w in enumerate(words):
        if w in said:
            return True
        if w in det and any(noun_of(x, nouns) for x in words[k + 1:k + 3]):
            return True
    return False


@lru_cache(maxsize=1)
def _reference_pronouns() -> frozenset:
    """Folded Pashto personal pronouns that carry a person named just before (هغه, هغې, ده):
    rows of kind ``pronoun`` of ``data/reference_words_ps.tsv``."""
    return frozenset(fold_ps(r[0].strip()) for r in iter_rows(REFERENCE_WORDS, 2) if r[1].strip() == "pronoun")


#: English words that a Pashto reference (نوموړی, خپل ټیم, هغه) may render instead of a name
_EN_PERSONAL = re.compile(r"\b(?:he|she|him|they|them)\b", re.IGNORECASE)
_EN_POSSESSIVE = re.compile(r"\b(?:his|her|hers|its|their|theirs)\b", re.IGNORECASE)
_EN_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those)\b|\bthat\s+(?!(?:the|a|an|it|he|she|"
                               r"they|we|i|you|there|this|its|his|her|their|is|was|are|were|has|have|had|"
                               r"will|would|could|can|may|might|should|must|no|not)\b)[a-z]", re.IGNORECASE)
#: the Pashto determiners "own" (خپل ټیم renders "his team"; دغه ښار "this city"), folded
_OWN_DETERMINERS = frozenset(fold_ps(w) for w in "خپل خپله خپلې خپلو".split())
#: Pashto nouns of time after هغه ("that"): هغه مهال, هغه وخت "at that time" (folded)
_TIME_NOUNS = frozenset(fold_ps(w) for w in "مهال وخت ورځ شېبه کال".split())


def _carried_by_reference(dn: DocumentNames, s: Sentence, m: Mention) -> bool:
    """Whether a name missing here is one that the English of one of the two sentences before
    gives (the whole name or a longer name with all its words: Yousafzai of Malala Yousafzai)
    and that sentence's Pashto renders, and this Pashto refers back to something named
    (:func:`refers_back`: نوموړی, دغه ولایت, خپل ټیم) or, for a person, opens with a personal
    pronoun (هغې): a translator does not repeat a name the reader was just given.  Not when the
    English sentence has a third-person pronoun (or, for خپل and a noun, a possessive; for دغه
    and a noun, a demonstrative), which that reference may render instead.  A name dropped
    outright leaves no reference behind; another name standing in is an ENTITY-MISMATCH,
    decided before this."""
    pairs = dn.pairs
    k = _pair_index(dn, s.pair)
    if k is None or k == 0:
        return False
    mine = {w.lower() for w in m.words} or {m.text.lower()}
    given = any(f.how and m2.kind == m.kind and mine <= {w.lower() for w in m2.words}
                and not mine & {w.lower() for w in (*f.missing, *f.near)}
                for b in _beads_of(dn, [pairs[i] for i in (k - 1, k - 2) if i >= 0])
                for m2, f in zip(b.mentions, b.found))
    if not given:
        return False
    if m.entry is not None and m.entry.domain == "geo" and _kind_alone(m.entry, s.target):
        return True           # a listed place just given, called by the noun of its kind alone
                              # (د سيند په اوږدو, "along the river", for the Nile named before)
    # (the Pashto reference may render an English pronoun instead: "what he's doing" ↔ نوموړی,
    # "his teammate" ↔ خپل ټیم)
    text, words = s.pair.source.text, s.target.ps_words
    det, said, nouns = _reference_words()
    personal = _EN_PERSONAL.search(text) is not None
    if not personal and any(w in said for w in words):
        return True
    if not personal and any(
            w in det and any(noun_of(x, nouns) for x in words[k + 1:k + 3])
            and (_EN_POSSESSIVE if w in _OWN_DETERMINERS else _EN_DEMONSTRATIVE).search(text) is None
            for k, w in enumerate(words)):
        return True
    if not personal and m.entry is None and m.kind == "name" and _according_to_pronoun(words):
        return True           # د هغې په وینا "according to her" for "Ahmadi says that ..."
    return not personal and m.entry is None and m.kind == "name" and bool(words) \
        and words[0] in _reference_pronouns() \
        and not (len(words) > 1 and words[1] in _TIME_NOUNS)      # (هغه مهال: "at that time")


#: Pashto nouns of saying after د <pronoun> په: د هغې په وینا, د هغه په خبره "according to her/him"
_SAYING_NOUNS = frozenset(fold_ps(w) for w in "وینا خبره خبرو قول".split())


def _according_to_pronoun(words) -> bool:
    """Whether the folded Pashto ``words`` say "according to him / her" (د هغه / هغې په وینا,
    په خبره, په قول): the idiom by which Pashto reports what a person just named says, where the
    English repeats the name ("Ahmadi says that ...")."""
    pronouns = _reference_pronouns()
    return any(words[i] == "د" and words[i + 1] in pronouns and words[i + 2] == "په"
               and words[i + 3] in _SAYING_NOUNS for i in range(len(words) - 3))


#: the Pashto agent-noun endings (پلورونکی "seller", لیدونکي "viewers"): a person by what they do
_AGENT_ENDINGS = tuple(fold_ps(e) for e in ("ونکی", "ونکي", "ونکو", "ونکې"))


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """Folded stems of the nouns of a person's role or calling (وزیر، ولسمشر، ډاکټر، لوبغاړی):
    the rows of kind ``person`` of ``data/reference_words_ps.tsv``."""
    return frozenset(ps_stem(fold_ps(r[0].strip())) for r in iter_rows(REFERENCE_WORDS, 2) if r[1].strip() == "person")


def _called_by_title(dn: DocumentNames, s: Sentence, m: Mention) -> bool:
    """Whether the person ``m``, given in full and rendered in one of the two sentences before,
    is called here by the title that sentence's Pashto writes next to the name (وزیر of د بهرنیو
    چارو وزیر امیر خان متقي, پلورونکی of پلورونکی احمد ولي: a noun of a person of
    ``data/reference_words_ps.tsv`` or an agent noun in ونکی), at a word of this Pashto that no
    name of this English accounts for, while this English has no personal pronoun: translators
    call a person again by the title ("the minister asked ..." for "Muttaqi asked ...").  Not when
    this English has a word of the English before the name there (the title may render it).  A
    name dropped leaves no title behind; a title that was not the person's (the buyer for the seller)
    is no reference to them."""
    if m.kind != "name" or m.entry is not None or _EN_PERSONAL.search(s.pair.source.text):
        return False
    k = _pair_index(dn, s.pair)
    if not k:
        return False
    mine = {w.lower() for w in m.words} or {m.text.lower()}
    nouns = _person_nouns()
    here = [(j, w) for j, w in enumerate(s.target.ps_words) if j not in s.claimed]
    here_en = set(re.findall(r"[a-z]+", s.pair.source.text.lower()))
    for b in _beads_of(dn, [dn.pairs[i] for i in (k - 1, k - 2) if i >= 0]):
        words = b.target.ps_words
        for m2, f in zip(b.mentions, b.found):
            # (a word of it only near a rendering there is still written there: ولي for Wali)
            if not f.how or not f.span or m2.kind != m.kind or not mine <= {w.lower() for w in m2.words} \
                    or mine & {w.lower() for w in f.missing}:
                continue
            # (the English words before the name there, its title: Foreign Minister, the seller;
            # where this English says one of them, the Pashto title may render that instead)
            before = re.findall(r"[a-z]+", b.pair.source.text[max(0, m2.start - 40):m2.start].lower())[-3:]
            if any(w in here_en for w in before if len(w) >= 4):
                continue
            near = words[max(0, f.span[0] - 3):f.span[0]] + words[f.span[1] + 1:f.span[1] + 2]
            titles = {t for t in (noun_of(w, nouns) for w in near) if t}
            titles |= {ps_stem(w) for w in near if w.endswith(_AGENT_ENDINGS) and len(w) >= 6}
            if titles and any(noun_of(w, frozenset(titles)) for _, w in here):
                return True
    return False


def _named_by_another_word(dn: DocumentNames, s: Sentence, m: Mention) -> bool:
    """Whether the one-word name ``m`` (a surname used again alone) is a word of a longer name
    that the English of one of the two sentences before gives and that sentence's Pashto renders,
    and this Pashto has the rendering of another word of that longer name which this English
    sentence does not have: Pashto writers call a person again by the given name, often with an
    honorific ("Khattak also fought" ↔ خوشحال بابا, after Khushal Khan Khattak ↔ خوشحال خان خټک),
    where English repeats the surname.  A name dropped leaves no word of it behind."""
    if m.kind != "name" or len(m.words) != 1:
        return False
    k = _pair_index(dn, s.pair)
    if not k:
        return False
    mine = m.words[0].lower()
    for b in _beads_of(dn, [dn.pairs[i] for i in (k - 1, k - 2) if i >= 0]):
        for m2, f in zip(b.mentions, b.found):
            words = [w.lower() for w in m2.words]
            if not f.how or m2.kind != "name" or len(words) < 2 or mine not in words:
                continue
            gone = {w.lower() for w in (*f.missing, *f.near)}
            if mine in gone:
                continue
            for w in words:
                if w == mine or w in gone or w in s.here or len(w) < 3 or is_ordinary(w.capitalize()):
                    continue
                if any(s.target.find_rendering(r) for r in dn.word_renderings.get(w, ())):
                    return True
    return False


def _pair_index(dn: DocumentNames, pair) -> Optional[int]:
    """The place of ``pair`` in ``dn.pairs`` (each pair's place found once per document, not
    by a scan per question: ``dn._pair_at``)."""
    at = dn._pair_at
    if at is None:
        at = dn._pair_at = {}
        for i, q in enumerate(dn.pairs):
            at.setdefault(id(q), i)
    return at.get(id(pair))


def _beads_of(dn: DocumentNames, pairs) -> list:
    """The beads (``dn.beads``, those that name something) of ``pairs``, looked up by pair
    (``dn._bead_at``: one index per document)."""
    at = dn._bead_at
    if at is None:
        at = dn._bead_at = {id(b.pair): b for b in dn.beads}
    return [at[id(p)] for p in pairs if id(p) in at]


def _left_to_context(dn: DocumentNames, s: Sentence, m: Mention) -> bool:
    """Whether the name is given by the context: the English of a neighbouring bead (two
    before, one after) names it too, and this Pashto refers back to something named."""
    pairs = dn.pairs
    k = _pair_index(dn, s.pair)
    if k is None:
        return False
    words = [w for w in m.words if len(w) >= 2] or [m.text]
    near = [pairs[i].source.text for i in (k - 2, k - 1, k + 1) if 0 <= i < len(pairs)]
    if not any(re.search(r"\b" + re.escape(w) + r"\b", t) for w in words for t in near):
        return False
    return refers_back(s.target)


def _near_spelling(dn: DocumentNames, target: Target, m: Mention) -> bool:
    """Whether a Pashto word of the sentence is, as names are compared (``name_skeleton``), one
    letter away from a one-word rendering the name is expected in (listed, or the document's
    own): a spelling the check does not take for the name, but a reviewer may (رویټر, رویټرز)."""
    expected = {fold_ps(a) for a in (m.entry.allowed if m.entry is not None else ()) if not a.isascii()}
    expected |= {r[0] for r in dn.renderings.get(m.key, ()) if len(r) == 1}
    wanted = [name_skeleton(e) for e in expected if " " not in e and len(e) >= 4]
    return any(abs(len(sk) - len(x)) <= 1 and edit_distance(sk, x) <= 1
               for sk in target.skeletons() if len(sk) >= 3 for x in wanted)


class _EntityRule(Check):
    """An ENTITY rule: reports the issues of its own code from the shared :func:`review`."""
    category = "entity"

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        for issue in review(ctx):
            if issue.kind == self.code:
                finding = self.report(issue)
                finding.strength = issue.strength
                yield finding

    def report(self, issue: NameIssue) -> Finding:
        raise NotImplementedError

    @staticmethod
    def subject(issue: NameIssue) -> str:
        return (f"'{issue.name}' of the English name '{issue.whole}'" if issue.whole
                else f"English {issue.what} '{issue.name}'")


@register
class EntityMismatch(_EntityRule):
    code = "ENTITY-MISMATCH"
    severity = "error"
    description = "the Pashto sentence renders a different name of the document instead"

    def report(self, issue: NameIssue) -> Finding:
        whose = ", another name of the document" if issue.another else ""
        has = (f"another code, '{issue.target.text}'" if issue.what == "code"
               else f"'{issue.target.text}', which renders '{issue.other}'{whose}")
        return self.finding(f"{self.subject(issue)} is not rendered; the Pashto has {has}",
                            source=issue.source, target=issue.target, source_value=issue.name,
                            target_value=issue.other, bead=issue.bead)


@register
class EntitySpelling(_EntityRule):
    code = "ENTITY-SPELLING"
    severity = "warning"
    description = "the Pashto renders the name with stray letters (a typo)"

    def report(self, issue: NameIssue) -> Finding:
        return self.finding(f"{self.subject(issue)} looks misspelt in the Pashto: '{issue.target.text}' "
                            f"has stray letters ({issue.stray}){issue.hint}",
                            source=issue.source, target=issue.target, source_value=issue.name,
                            target_value=issue.target.text, bead=issue.bead)


@register
class EntityMissing(_EntityRule):
    code = "ENTITY-MISSING"
    severity = "warning"
    description = "a name of the English sentence has no counterpart in the Pashto sentence"

    def report(self, issue: NameIssue) -> Finding:
        return self.finding(f"{self.subject(issue)} has no counterpart in the Pashto sentence{issue.hint}",
                            source=issue.source, source_value=issue.name, bead=issue.bead)


#: The ENTITY rules, in the order of their codes' precedence for one name.
RULES = (EntityMismatch, EntitySpelling, EntityMissing)


def entity_findings(ctx: CheckContext) -> list[Finding]:
    """The findings of every ENTITY rule on ``ctx`` (one shared review), in text order."""
    out = [f for rule in RULES for f in rule().run(ctx)]
    return sorted(out, key=lambda f: (f.bead, f.source.start if f.source else -1,
                                      f.target.start if f.target else -1))


#: Words of a Pashto rendering by meaning that carry no content of their own.
_PS_GLUE = frozenset("د او په له لپاره سره کې ته".split())


def _words_rendered(entry, target: Target) -> bool:
    """Whether every content word of one of the entry's renderings of two or more words is in
    the Pashto sentence close together (two words at most one word apart, more within three
    words a word, not counting د and a listed name nested in it), in any order, inflected or with other yeh letters (د کډوالو لپاره د ملګرو
    ملتونو عالي کمېشنرۍ for
    کډوالو عالي کمیشنري, UNHCR) or derived from the same root (see ``_same_stem``): a name
    translated by meaning, its words spread out.  An organisation's rendering of three content
    words or more may lack one of them but its head noun (the last)."""
    stems = [ps_stem(w) for w in target.ps_words]
    # distances are counted in words less the particle د and another listed name nested in the
    # rendering (د ماشومانو لپاره د ملګرو ملتونو صندوق, UNICEF): they do not set its words apart
    nested = {k for e, i, j in target.gl_spans if e is not entry for k in range(i, j + 1)}
    rank, r = [], 0
    for k, w in enumerate(target.ps_words):
        rank.append(r)
        r += w != "د" and k not in nested
    for a in entry.allowed:
        if a.isascii():
            continue
        words = [w for w in fold_ps(a).split() if w not in _PS_GLUE and len(w) >= 3]
        if len(words) < 2:
            continue
        at = [[i for i, t in enumerate(stems) if _same_stem(ps_stem(w), t)] for w in words]
        if entry.domain == "org" and len(words) >= 3 and at[-1] and sum(1 for x in at if not x) == 1:
            # an organisation's name shortened by one modifier, its head noun kept (د پیسو
            # صندوق for د پیسو نړیوال صندوق, the IMF; د روغتیا سازمان for WHO)
            at = [x for x in at if x]
        if all(at) and _spread(at, rank) <= (2 if len(at) == 2 else 3 * (len(at) - 1)):
            return True
    return False


def _spread(at: list[list[int]], rank: list[int]) -> int:
    """How many content words (``rank``) the closest set of occurrences of the words spans: one
    occurrence of each word (positions ``at``), chosen around each occurrence of the first."""
    best = None
    for anchor in at[0]:
        chosen = [min(x, key=lambda q: abs(rank[q] - rank[anchor])) for x in at]
        spread = rank[max(chosen)] - rank[min(chosen)]
        best = spread if best is None else min(best, spread)
    return best if best is not None else 0


def _after_particle(entry, target: Target) -> bool:
    """Whether a one-word rendering of the entry is written glued to a د before it, inflected
    or as an adjective (دبابلي for Babylon): older orthography joins د to the next word."""
    allowed = {fold_ps(a) for a in entry.allowed if " " not in a.strip() and not a.isascii()}
    return any(w.startswith("د") and any(w[1:].startswith(a) and w[1 + len(a):] in PS_ENDINGS
                                         for a in allowed if len(a) >= 3)
               for w in target.ps_words)


#: The yeh letters that Pashto spellings interchange (field notes 5.7: ي/ی/ې/ۍ/ئ).
_YEH_FOLD = str.maketrans("ېۍئي", "یییی")


def _same_stem(stem: str, t: str) -> bool:
    """The same stem, or one that differs only in its yeh letters (کمېشنر, کمیشنر), or a word
    derived from the same root: a common beginning of four letters or more that is most of the
    shorter word (مرستندویه, مرستې: "assisting", "assistance")."""
    if stem == t or (len(stem) >= 4 and stem.translate(_YEH_FOLD) == t.translate(_YEH_FOLD)):
        return True
    a, b = stem.translate(_YEH_FOLD), t.translate(_YEH_FOLD)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 4 and k >= 0.75 * min(len(a), len(b))


def _stands_in(dn: DocumentNames, s: Sentence, m: Mention, w: str, f: Found, min_letters: int = 3) -> bool:
    """Whether a word in the place of the unrendered part ``w`` of ``m`` is a word that
    renders nothing else and occurs nowhere else in the document's Pashto."""
    target = s.target
    if f.span is None or f.how != "sound" or f.glued and not _glued_edge(m, w, f, target):
        return False          # (a name inside a longer written word: its neighbours are unknown)
    return any(_unexplained(dn, s, m, w, pos, min_letters) for pos in _places(m, w, f, target))


def _glued_edge(m: Mention, w: str, f: Found, target: Target) -> bool:
    """Whether a name found glued inside a written word begins (for a missing first word
    ``w``) or ends (for a missing last word) that word: the name word next to ``w`` is heard at
    that edge (عبدالوهاب for Abdul Wahab, Haji missing before it), so the word beside it is the
    one in ``w``'s place."""
    k = m.words.index(w) if w in m.words else -1
    if len(m.words) < 2 or k not in (0, len(m.words) - 1):
        return False
    nxt = m.words[1] if k == 0 else m.words[-2]
    tok = target.ps_words[f.span[0] if k == 0 else f.span[1]]
    cuts = range(2, len(tok))
    edge = (tok[:n] if k == 0 else tok[-n:] for n in cuts)
    return max((similarity(nxt, e) for e in edge), default=0.0) >= match_threshold(nxt)


def _misplaced_near(s: Sentence, m: Mention, w: str, f: Found) -> bool:
    """Whether the near rendering of the unrendered part ``w`` (one that kept it *near*: a
    possible misspelling) is somewhere else in the sentence than where ``w`` belongs, next to
    the rendered part, and renders another name of the sentence there (Beatrix Potter ↔
    X پاټر, with a later name sounding a little like Beatrix): then the word in its place is
    judged as for a missing part.  A near rendering elsewhere that renders nothing else may
    be the part itself in another word order (governor of Kunya X ↔ دقونيې حاکم X), unless it
    is far from the rest of the name (more words away than the name has, and one: Rudolf Carnap
    ↔ روډولف X ... څیړنه, "investigation"): a name's parts are written together."""
    if consonant_weight(w) < _MIN_WEIGHT:
        return False
    sm = _sound_match(w, s.target)
    places = set(_places(m, w, f, s.target))
    return sm is not None and not any(sm[1] <= pos <= sm[2] for pos in places) \
        and (any(k in s.claimed for k in range(sm[1], sm[2] + 1))
             or f.span is not None and _apart(sm, f.span, len(m.words) + 1))


#: A Pashto word sounding at least this much like a short word of a name (Jay ~ جې 0.57) is
#: taken for its rendering when looking for the place of another word of the name.
_SHORT_WORD_FLOOR = 0.5


def _rendered_elsewhere(o: str, target: Target, pos: int) -> bool:
    """Whether the name word ``o`` has its best rendering by sound, at the match threshold, at
    another word of the sentence than ``pos``."""
    sm = _sound_match(o, target, floor=match_threshold(o))
    return sm is not None and sm[0] >= match_threshold(o) and not sm[1] <= pos <= sm[2]


def _near_elsewhere_in_text(dn: DocumentNames, s: Sentence, w: str) -> bool:
    """Whether the near rendering of the unrendered part ``w`` (the best Pashto match below the
    match threshold) is an ordinary word of this translation: it occurs in another Pashto
    sentence of the document whose English does not name ``w`` (واکسین, "vaccine", sounding a
    little like Ferguson).  Then it is no misspelling of the name, and the word in the name's
    place is judged as for a missing part.  So is a near rendering that renders a lower-case
    word of the English sentence by sound (واکسین, "vaccine")."""
    sm = _sound_match(w, s.target, floor=_near_floor(w))
    if sm is None:
        return False
    toks = s.target.ps_words[sm[1]:sm[2] + 1]
    tok = "".join(toks)
    if any(similarity(e, tok) >= match_threshold(e) for e in set(re.findall(r"\b[a-z]{4,}\b", s.pair.source.text))):
        return True           # it renders a common word of the English sentence by sound (vaccine)
    stems = {ps_stem(t) for t in toks}
    index = _text_stems(dn)
    if stems:             # (the pairs with every stem: looked up, not sought in every pair)
        with_stems = set.intersection(*[dn._pairs_with_stem.get(st, set()) for st in stems])
        index = [index[n] for n in sorted(with_stems)]
    named = re.compile(rf"\b{re.escape(w)}\b")
    return any(k != id(s.pair) and stems <= words and not named.search(src)
               for k, src, words in index)


def _text_stems(dn: DocumentNames) -> list:
    """(id of the pair, its English, the stems of its Pashto words) of every pair of the
    document, computed once per document (with ``dn._pairs_with_stem``: stem -> the places,
    in this list, of the pairs that have it)."""
    got = dn._stems_by_pair
    if got is None:
        got = [(id(p), p.source.text, {ps_stem(t) for t in re.findall(r"[\u0600-\u06ff]+", fold_ps(p.target.text))})
               for p in dn.pairs]
        dn._stems_by_pair = got
        by_stem = dn._pairs_with_stem
        for n, (_, _, words) in enumerate(got):
            for st in words:
                by_stem.setdefault(st, set()).add(n)
    return got


def _hyphen_joined(target: Target, pos: int, tok: str) -> str:
    """The Pashto word at ``pos`` with the piece it is hyphened to (بیرنرز-لی, a name written
    with a hyphen, is one word in the name's place, not the short piece لی)."""
    words, text = target.words_for(), fold_ps(target.text)
    for k in (pos - 1, pos + 1):
        if 0 <= k < len(words):
            a, b = (words[k], tok) if k < pos else (tok, words[k])
            if f"{a}-{b}" in text:
                return a + b
    return tok


def _near_only_kind_nouns(m: Mention, target: Target) -> bool:
    """Whether the only near renderings of the name's words are Pashto nouns of a kind of
    organisation or place (پوهنتون sounding a little like Princeton, in Princeton University ↔
    د X پوهنتون): the noun renders the English noun after the name, not the name."""
    near = []
    for w in m.words:
        sm = _sound_match(w, target, m.entry, floor=_near_floor(w))
        if sm is not None and sm[0] >= _near_floor(w):
            near.append(target.ps_words[sm[1]:sm[2] + 1])
    return bool(near) and all(noun_of(t, _institution_nouns()) for toks in near for t in toks)


def _near_only_claimed(m: Mention, target: Target, claimed: set) -> bool:
    """Whether every near rendering of the name's words is a word that renders another name of
    the sentence (انګلستان, England, sounding a little like Lincoln in "England, at ... Lincoln
    Cathedral"): it is that name's, no misspelling of this one."""
    near = []
    for w in m.words:
        sm = _sound_match(w, target, m.entry, floor=_near_floor(w))
        if sm is not None and sm[0] >= _near_floor(w):
            near.append(range(sm[1], sm[2] + 1))
    return bool(near) and all(all(k in claimed for k in r) for r in near)


def _near_only_by_dictionary_words(m: Mention, target: Target) -> bool:
    """Whether the near renderings that make a missing name *uncertain* are all of its words
    that are English dictionary words (Seafood ~ سمندري, Ford, Primate: translated by meaning
    or sounding by chance like a Pashto word) while a word of its own (Huanan, Blasey, Yerkes),
    with sound skeleton enough, has nothing near it: the name itself is not there."""
    if m.kind != "name" or len(m.words) < 2:
        return False
    near, absent = [], []
    for w in m.words:
        sm = _sound_match(w, target, m.entry, floor=_near_floor(w))
        (near if sm is not None and sm[0] >= _near_floor(w) else absent).append(w)
    return bool(near) and all(english_word(w) for w in near) and any(
        not english_word(w) and len(w) >= 4 and consonant_weight(w) >= _MIN_WEIGHT for w in absent)


def _after_title(text: str, m: Mention) -> bool:
    """Whether the English word before ``m`` is a title or an abbreviation (Dr., Mr., General)."""
    prev = re.findall(r"[A-Za-z]+", text[max(0, m.start - 20):m.start])
    return bool(prev) and (prev[-1].lower() in _TITLES or prev[-1].lower() in _abbreviations())


def _places(m: Mention, w: str, f: Found, target: Target) -> list[int]:
    """Where the first or last word ``w`` of ``m`` belongs in the Pashto: next to the rendered
    part as the rendering found it, and next to every other occurrence of that rendering, past
    the words that render the name's other words (ګل رحمان: after both; سید in "Sayed
    Jamaluddin, son of Sayed Amin": after the second سید too)."""
    out = [f.place.get(w, -1)]
    words, n = target.ps_words, len(target.ps_words)
    k = m.words.index(w) if w in m.words else -1
    step = 1 if k == len(m.words) - 1 else -1 if k == 0 else 0
    if not step or not f.rendering:
        return out
    others = [o for o in set(re.findall(r"[A-Za-z]{2,}", m.text)) if o != w]
    # an initial of the name (Rafael E. Núñez ↔ X ای نونیز) is named by its letter's name
    initials = {fold_ps(x) for c in re.findall(r"(?<![A-Za-z])([A-Z])\.", m.text) for x in LETTER_NAMES_PS.get(c, ())}
    size = len(f.rendering)
    for i in range(n - size + 1):
        if tuple(words[i:i + size]) != f.rendering:
            continue
        pos = i + size if step > 0 else i - 1
        while 0 <= pos < n and (words[pos] in initials or any(
                similarity(o, words[pos]) >= match_threshold(o)
                or len(o) <= 3 and similarity(o, words[pos]) >= _SHORT_WORD_FLOOR for o in others)):
            pos += step                   # (past the rendering of another word of the name; a
                                          # short one, Jay ~ جې, scores low by sound)
        out.append(pos)
    return out


#: The first letters of a word that begins like the name sound at least this much like the
#: name's first letters (Chozick ↔ چوکېز, Rahum ↔ راهول, Abdul ↔ عبدالرحیم; not Chawla ↔ جوان).
_ONSET_FLOOR = 0.7


def _spelling_of(w: str, tok: str) -> bool:
    """Whether the Pashto word ``tok`` in the place of the name word ``w`` is the translator's
    (poor) spelling of it: it sounds somewhat like it (similarity ≥ 0.2), and either close to
    the floor of a spelling in place (``_IN_PLACE_FLOOR``) or beginning like it; a word that
    sounds a little like it but begins otherwise (Chawla ↔ جوان) is another word."""
    sim = similarity(w, tok)
    if sim < 0.2:
        return False
    return sim >= _IN_PLACE_FLOOR or max(similarity(w[:3], tok[:k]) for k in (2, 3)) >= _ONSET_FLOOR


def _unexplained(dn: DocumentNames, s: Sentence, m: Mention, w: str, pos: int, min_letters: int) -> bool:
    target = s.target
    if not 0 <= pos < len(target.ps_words) or pos in s.claimed:
        return False
    tok = target.words_for()[pos]
    if len(tok) < min_letters:
        tok = _hyphen_joined(target, pos, tok)
    if tok.startswith("د") and len(tok) >= 4 and tok not in common_words():
        tok = tok[1:]         # a د typed glued to its word (دولسمشر): the word is what stands there
    # (the translator spells the name well in another sentence, and that spelling is not here,
    # glued or respelt: a word sounding somewhat like it is another name, رحماني for Rahimi)
    well = _spelt_well_elsewhere(dn, w)
    if tok in common_words() or len(tok) < min_letters or _spelling_of(w, tok) and not well:
        return False
    glued = None if well else target.glued_sound(w)
    if glued is not None and glued.first <= pos <= glued.last and glued.score >= max(match_threshold(w), _GLUED_SCORE):
        return False          # the name is there, written glued to its neighbours (مریداوحسام)
    if any(similarity(o, tok) >= _near_floor(o) and not _rendered_elsewhere(o, target, pos)
           for o in set(re.findall(r"[A-Za-z]{2,}", m.text)) if o != w):
        return False          # it renders another word of the name (Blasey ~ بالسلي, Peter ~ پیټر),
                              # unless that word has its own better rendering elsewhere (Joseph
                              # Frank Keaton ↔ X فرانک کیټون: X is no second Keaton)
    return dn.ps_doc.get(ps_stem(tok), 0) <= 1


#: Pashto words and phrases spelt like a listed place that are mostly common words
#: (``data/ps_name_homographs.tsv``: مجمع الجزایر "archipelago", شام "evening", قطر "diameter")
NAME_HOMOGRAPHS = "ps_name_homographs.tsv"


@lru_cache(maxsize=1)
def _name_homographs() -> frozenset:
    """The folded homographs, each a tuple of its words."""
    return frozenset(tuple(fold_ps(r[0]).split()) for r in iter_rows(NAME_HOMOGRAPHS, 2) if r[0].strip())


def _homograph_at(target: Target, i: int, j: int) -> bool:
    """Whether the Pashto words ``i..j`` (a listed place's form), alone or with the words before
    them, are a common word or phrase spelt like the place (``NAME_HOMOGRAPHS``)."""
    words = [fold_ps(w) for w in target.ps_words]
    for h in _name_homographs():
        n = len(h) - (j - i + 1)
        if n >= 0 and i - n >= 0 and tuple(words[i - n:j + 1]) == h:
            return True
    return False


def _neighbour_english(dn: DocumentNames, s: Sentence) -> str:
    """The English of the bead and of its neighbours (two before, one after)."""
    pairs = dn.pairs
    k = _pair_index(dn, s.pair)
    if k is None:
        return s.pair.source.text
    return " ".join(pairs[i].source.text for i in range(k - 2, k + 2) if 0 <= i < len(pairs))


def _other_glossary_name(m: Mention, target: Target, here_entries: set, here_words: list = (),
                         claimed: set = frozenset(), near_en=None):
    """Another glossary name (a country, a city) that the Pashto has where the English
    has ``m`` (China → بلجیم, Chinese companies → د جاپان شرکتونو).  Not a word that renders
    (by sound) another name of this English sentence, ``claimed``: فارس for its Persia is no
    Persian (the language) standing in for the Indus, آمو for its Amu no Amu Darya."""
    own = {fold_ps(a) for a in m.entry.allowed}
    here_spans = {(i, j) for e, i, j in target.gl_spans if id(e) in here_entries}
    for e, i, j in target.gl_spans:
        if (i, j) in here_spans or id(e) in here_entries or e is m.entry or e.domain != "geo" \
                or own & {fold_ps(a) for a in e.allowed} or part_of_name(e, m.entry):
            continue
        if any(k in claimed for k in range(i, j + 1)):
            continue
        ps = "".join(target.ps_words[i:j + 1])
        if any(similarity(w, ps) >= _OWN_SCORE_MAX for w in here_words):
            continue      # it renders another word of this sentence (Anglo ~ انګلیس)
        if _is_demonym(m) and len(ps) < 5 and not ps.startswith(fold_ps(e.allowed[0]).replace(" ", "")):
            continue      # "the Spaniard" ↔ سوري ("hole", or Syrian): a short adjective form
        if near_en is not None and (_homograph_at(target, i, j) or _plural_of(e, target.text[slice(*target.span(i, j))])) \
                and not any(re.search(r"\b" + re.escape(v) + r"\b", near_en()) for v in e.english):
            continue      # a common word spelt like the place (مجمع الجزایر, "archipelago", for
                          # Algeria; شام "evening" for Syria), or written with a plural ending the
                          # place never takes (الجزایرو), where no English nearby names it
        return target.span(i, j), e.label, e
    return None


#: What joins two names of one English sentence that are one person's or place's two names:
#: "Gautama Buddha (also called Siddhartha)", "Ibn Sina, known in Europe as Avicenna", "Mary
#: Pickford was born Gladys Smith", "Burma (Myanmar)".  Words of the link, case ignored.
#: (English words of the link, case ignored: ``data/en_alias_links.tsv``, kind ``link`` or
#: ``mark``.)
ALIAS_LINKS = "en_alias_links.tsv"


@lru_cache(maxsize=1)
def _alias_words() -> tuple[frozenset, frozenset]:
    """(words that may stand in an alias link, words that make it one), from ``ALIAS_LINKS``."""
    kinds: dict[str, set] = {"link": set(), "mark": set()}
    for word, kind, *_ in iter_rows(ALIAS_LINKS, 2):
        kinds[kind].add(word.lower())
    return frozenset(kinds["link"]), frozenset(kinds["mark"])


_PARENTHESIS = re.compile(r"\([^()]*\)")
_LY_WORD = re.compile(r"\b[a-z]+ly\b")


def _alias_link(between: str) -> bool:
    """Whether the text between two names presents the second as another name of the first."""
    text = between.strip(" ,")
    paren = text.startswith("(") and ")" not in text       # the second name opens a parenthesis
    if not paren:             # (a parenthesis between them is a date or a gloss: "Gladys Smith
        text = _PARENTHESIS.sub(" ", text).strip(" ,")    # (1892–1979), known as")
    text = _LY_WORD.sub(" ", text)   # (known professionally / popularly as)
    words = text.lstrip("( ").replace(",", " ").replace(":", " ").lower().split()
    link, marks = _alias_words()
    if len(words) > 6 or not all(w in link or w in marks for w in words):
        return False
    return paren or any(w in marks for w in words)


def _other_names_words(dn: DocumentNames, m: Mention) -> set:
    """The (lower-case) words of the names that a sentence of the document gives as another
    name of ``m``'s person or place (:func:`_alias_link`): the translator may write either for
    either, so a name with one of these words is not another name standing in for ``m``."""
    return {w.lower() for x in _aliases_of(dn, {w.lower() for w in m.words}) for w in x.words}


def _aliases_of(dn: DocumentNames, words: set) -> list:
    """The mentions that a sentence of the document gives as another name of a name with one of
    the (lower-case) ``words`` (:func:`_alias_link`)."""
    pairs = dn._alias_pairs
    if pairs is None:
        pairs = []
        for b in dn.beads:
            text, ms = b.pair.source.text, sorted(b.mentions, key=lambda x: x.start)
            for i, a in enumerate(ms):
                for c in ms[i + 1:]:
                    if c.start >= a.end and _alias_link(text[a.end:c.start]):
                        pairs.append((a, c, frozenset([w.lower() for w in a.words]),
                                      frozenset([w.lower() for w in c.words])))
        dn._alias_pairs = pairs
    out = []
    for a, c, a_words, c_words in pairs:
        if words & a_words:
            out.append(c)
        if words & c_words:
            out.append(a)
    return out


def _alias_rendered(dn: DocumentNames, s: Sentence, m: Mention) -> bool:
    """Whether the Pashto renders, as the document does elsewhere, another name that the
    document gives to ``m`` and that this English sentence does not have (the sentence that
    gives both names needs both)."""
    for x in _aliases_of(dn, {w.lower() for w in m.words}):
        if any(w.lower() in s.here for w in x.words):
            continue
        known = set(dn.renderings.get(x.key, ()))
        for w in x.words:
            known |= dn.word_renderings.get(w.lower(), set())
        if any(s.target.find_rendering(r, fuzzy=True) for r in known) \
                or x.entry is not None and any(e is x.entry for e, _, _ in s.target.gl_spans):
            return True
    return False


#: A Pashto word renders a lower-case English word by sound (a loanword) only this close: any
#: long English word reaches a name's lenient threshold by chance (verticality ~ رټیکولیټد, 0.61).
_LOANWORD_SCORE = 0.8


def _loanwords(s: Sentence) -> list[str]:
    """The lower-case English words of five letters or more of the sentence: a Pashto word
    rendering one of them by sound is a loanword of this sentence, not another name standing in."""
    return sorted(set(re.findall(r"(?<![A-Za-z])[a-z]{5,}(?![A-Za-z])", s.pair.source.text)))


#: English nouns of a person's role, besides the titles (``data/en_role_nouns.txt``)
ROLE_NOUNS = "en_role_nouns.txt"
_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset:
    return frozenset(_TITLES) | load_wordset(ROLE_NOUNS)


def _roles_here(text: str) -> frozenset:
    """The role nouns (titles included) of the English sentence said as a description, after
    "the", "its", "his", "her" or "their" (the president, the prime minister, his coach)."""
    return frozenset(w.lower() for pair in _ROLE_BEFORE.findall(text) for w in pair if w.lower() in _role_nouns())


def _described_here(dn: DocumentNames, other: Mention, roles: frozenset) -> bool:
    """Whether the document writes the name ``other`` right after one of the role nouns
    ``roles`` of this sentence (President Ashraf Ghani, Coach Jurgen Klopp, Prime Minister
    Boris Johnson): the Pashto's name then renders this sentence's "the president", "the
    coach" (a translator names whom a description is about), not a name standing in for a
    missing one."""
    if not other.words or not other.words[0]:
        return False
    places = _pairs_with_word(dn, other.words[0])
    # (only where a role noun is a word of the English: the roles are ASCII words, matched
    # whole before "." or a space; the pairs that are not ASCII are searched whatever they have)
    index = dn._en_tokens
    with_role = set(index[None]).union(*(index.get(r, ()) for r in roles))
    places = [i for i in places if i in with_role]
    if not places:
        return False
    pattern = _described_pattern(roles, other.words[0])
    return any(pattern.search(dn.pairs[i].source.text) for i in places)


@lru_cache(maxsize=1 << 12)              # (each sentence's roles, with each name it may render)
def _described_pattern(roles: frozenset, first: str) -> re.Pattern:
    """:func:`_described_here`'s pattern: a role noun of ``roles``, then the name's first word."""
    return re.compile(r"\b(" + "|".join(sorted(roles)) + r")\.?\s+(?:[A-Z][A-Za-z.]*\s+){0,2}" + re.escape(first)
                      + r"\b", re.IGNORECASE)


def _pairs_with_word(dn: DocumentNames, word: str) -> list:
    """The places in ``dn.pairs`` of the pairs whose English may have ``word`` (case ignored)
    after a space and before a word boundary: those whose lower-case ``\\w+`` tokens include
    all of the word's, and every pair whose English (or the word) is not ASCII, where case
    folding is not a token's lower case (one index per document: ``dn._en_tokens``)."""
    index = dn._en_tokens
    if index is None:
        index = dn._en_tokens = {}
        other = index[None] = []                     # (pairs not read by token)
        for i, q in enumerate(dn.pairs):
            text = q.source.text
            if not text.isascii():
                other.append(i)
                continue
            for t in set(_EN_TOKEN.findall(text.lower())):
                index.setdefault(t, []).append(i)
    tokens = _EN_TOKEN.findall(word.lower())
    if not word.isascii() or not tokens:
        return range(len(dn.pairs))
    found = set(index.get(tokens[0], ()))
    for t in tokens[1:]:
        found &= set(index.get(t, ()))
    return sorted(found | set(index[None]))


_EN_TOKEN = re.compile(r"\w+")


def _usable_renderings(dn: DocumentNames, key: str, other: Mention, established_only: Optional[set]) -> tuple:
    """The known renderings of the document name ``key`` (``other``: its own, or its words'
    for a multi-word name; less the pairs in ``established_only``) that :func:`_other_name`
    looks for, in the order it reads them: the same in every sentence, so kept per document
    (``dn._usable``) for the two ways the review asks (every rendering, or ``dn.learned_only``
    left out)."""
    memo = (key, established_only is None)
    if established_only is not None and established_only is not dn.learned_only:
        memo = None                                  # (another set: not kept)
    got = dn._usable.get(memo) if memo is not None else None
    if got is not None:
        return got
    known = set(dn.renderings.get(key, ()))
    if len(other.run) >= 2:
        for w in other.words:
            known |= dn.word_renderings.get(w.lower(), set())
    if established_only is not None:
        known = {r for r in known if (key, r) not in established_only}
    n_en = max(dn.en_doc.get(w.lower(), 0) for w in other.words) if other.words else 0
    # (not a common word of this Pashto, خنثی "converted": in more of the *other* Pashto
    # sentences than the name's English sentences allow; the sentence under review, whose
    # English lacks the name, is one of them: a swapped-in name counts itself once)
    got = tuple([r for r in known if not dn.ps_doc.get(ps_stem(r[-1]), 0) - 1 > n_en + 1])
    if memo is not None:
        dn._usable[memo] = got
    return got


def _other_name(dn: DocumentNames, s: Sentence, m: Mention, established_only: Optional[set] = None):
    """A name of the document, absent from this English sentence, rendered in its Pashto.

    With ``established_only`` (a set of ``(name key, rendering)`` pairs to leave out: those
    learned from co-occurrence alone), only as the translator renders the other name by
    sound in another sentence (the whole name, or one word of a multi-word name: زایف for
    Zoran Zaev)."""
    target, renderings = s.target, dn.renderings
    best = None
    mine = [w.lower() for w in m.words if len(w) >= 4]
    loanwords = _loanwords(s)
    here4 = [w for w in s.here if len(w) >= 4]
    lowered = dn._lowered                         # name key -> (its words, those of 4+ letters), lower case
    aliases = None                                   # (the words of m's other names: asked once)
    roles = None                                     # (the role nouns this sentence has: asked once)
    for key in dn.candidates(target.bases(), sound=established_only is None):   # (not every name)
        other = dn.names[key]
        got = lowered.get(key)
        if got is None:
            got = lowered[key] = (tuple([w.lower() for w in other.words]),
                                  tuple([w.lower() for w in other.words if len(w) >= 4]))
        low, low4 = got
        if key == m.key or any(w in s.here for w in low):
            continue
        if any(o.startswith(w) or w.startswith(o) for o in low for w in mine):
            continue                                 # Insta ~ Instagram: the same name
        if any(o.startswith(w) or w.startswith(o) for o in low4 for w in here4):
            continue                                 # Persian of Persia, Euclidean of Euclid: a
                                                     # form of a name this sentence has
        if aliases is None:
            aliases = _other_names_words(dn, m)
        if aliases and aliases.intersection(low):
            continue                                 # the document gives it as another name of
                                                     # the same (Siddhartha ↔ بودا, its Buddha)
        if key not in renderings and not dn.evidence(key, other):
            continue
        if roles is None:
            roles = _roles_here(s.pair.source.text)
        if roles and _described_here(dn, other, roles):
            continue                                 # the Pashto names whom "the coach" is
        spans = []
        for r in _usable_renderings(dn, key, other, established_only):   # as the translator
            hit = target.find_rendering(r)                               # renders it elsewhere
            if hit:
                spans.append((1.0, hit))
        if not spans and key not in renderings and established_only is None:
            # never rendered: by sound, strictly
            for w in other.words:
                if consonant_weight(w) < 3.0:
                    continue
                sm = _sound_match(w, target, floor=STRONG_THRESHOLD)   # (weaker runs not scored)
                if sm and sm[0] >= STRONG_THRESHOLD:
                    spans.append((sm[0], (sm[1], sm[2])))
        for score, (i, j) in spans:
            if any(k in s.claimed for k in range(i, j + 1)):
                continue
            ps = "".join(target.ps_words[i:j + 1])
            if len(ps) < _MIN_PS_LETTERS:
                continue
            if any(similarity(w, ps) >= _OWN_SCORE_MAX for w in s.here_words):
                continue          # Scottish ~ سکاټلند, Francois ~ فرانسویس: related, not swapped
            if any(similarity(w, ps) >= max(match_threshold(w), _LOANWORD_SCORE) for w in loanwords):
                continue          # it renders a word of this sentence by sound, a loanword
                                  # (technique ~ تخنیک, the Technik of another sentence)
            if best is None or score > best[0]:
                best = (score, other.text, target.span(i, j))
    return None if best is None else (best[1], best[2])
