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
slipped in a long word (متحده ایاالتو).  A name in parentheses (an alias or gloss,
*Mawlana (Rumi)*) is not required when the Pashto has no parentheses.

**When a missing counterpart is reported.** Translators translate many capitalised words
and drop others legitimately, so the check reports only names for which it has evidence
that a rendering was due (and stays silent otherwise):

* glossary names (the term base lists their common Pashto forms);
* names and acronyms that the *same document* renders by sound / keeps in Latin script in
  another sentence (the translator's own practice);
* names that are clearly names: a run of two or more non-ordinary capitalised words
  (*Orzas Bektonov*), a word of such a run used again alone (*Bektonov*), a word after a
  title (*Mr.*, *President*), or a word with a non-English spelling pattern (zh, kh, -ov,
  ng+consonant: *Zhanatas*, *Dongfang*).

Codes:

* ``ENTITY-MISMATCH`` (error): no counterpart, and the Pashto sentence contains instead the
  rendering of *another* name of the document, one the English sentence does not mention
  (Bektonov ↔ لیو, where لیو renders Liu elsewhere in the document; زایف, the Zaev of Zoran
  Zaev, in place of Ivanov).  This needs no evidence that the missing word is a name when
  the other name is rendered by sound elsewhere in the document (*Plaid* ↔ یارکشیر), and
  it is reported even where a near rendering would otherwise keep the check silent.
  A dropped given name or surname is reported only this way (a listed place in its place is
  a mismatch too: آتن, Athens, for the Zoran of Zoran Zaev), or when an unexplained word that
  sounds nothing like it stands in its place; a middle name only when that word is the one
  between its rendered neighbours (سټوپو X نوګروه for Sutopo Purwo Nugroho).
* ``ENTITY-SPELLING`` (warning): no counterpart, but a Pashto word is a rendering of the
  name with one or two stray letters at either end (جچین for چین, China; دیولید for Doyle):
  a typo, reported on that word rather than as a missing name.  Letters that are a Pashto
  inflection ending or a clitic prefix are not stray.
* ``ENTITY-MISSING`` (warning): no counterpart; the message names the document's own
  rendering of the name when it has one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ..lang.data import iter_rows, load_wordset, read_data
from ..lang.glossary import (PS_ENDINGS, PS_LETTER, Glossary, TermEntry, fold_ps, get_glossary,
                             ps_stem)
from ..lang.translit import (STRONG_THRESHOLD, Match, best_match, common_words, consonant_weight,
                             match_threshold, similarity, spelled_acronym)
from ..text.normalize import normalize
from .base import Check, CheckContext, register

NOT_NAMES = "en_not_names.txt"
COMMON_EN = "en_common_words.txt"
ACRONYMS = "acronyms_en_ps.tsv"

#: English word tokens: dotted acronyms (U.S.), words with inner apostrophes and hyphens.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*")
_PS_TOKEN = re.compile(f"[{PS_LETTER}]+|(?:[A-Za-z]\\.){{2,}}|[A-Za-z]+")
#: Text before a token that makes it "sentence-initial like" (its capital says nothing).
_INITIAL_BEFORE = re.compile(r"(?:^|[.!?:;\u2014\u2013|…]|\s-)\s*[\"'“”‘’«(\[]*\s*$")

#: Endings of English common words that are capitalised in names but translated.
_COMMON_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ive", "ives", "ous",
                   "ship", "hood", "ical", "ance", "ists", "ency", "ology", "acy", "ize", "izes",
                   "ized", "ising", "izing")

#: Spelling patterns that English words do not have but transcribed names do.
_FOREIGN = re.compile(
    r"zh|kh|q(?!u)|[^e]x[aeiou]|ng[bcdfjklmnpqrvwxz]|ii|aa|uu|iu|ao|yu|"
    r"(?:ov|ev|ova|eva|enko|ski|sky|ovic|evic|yan|stan|abad|pur|zai|ullah|zadeh|uly|baev|jan)$")

#: Titles after which a capitalised word is a person's name.
_TITLES = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady president minister
premier chancellor chairman chairwoman ambassador senator sen rep governor mayor judge
general gen colonel col captain capt sergeant sgt lieutenant lt inspector detective king queen
prince princess sheikh imam mullah mawlawi haji commander secretary envoy""".split())

#: A name word whose best sound score reaches this floor (by its sound skeleton, as for
#: :data:`aligner.lang.translit.THRESHOLDS`) but not the match threshold is "uncertain": a
#: misspelt rendering (پډیلټون for Paddington) is as likely as an omission, so nothing is
#: reported.  Words with less skeleton than the last floor are never uncertain: they reach
#: such scores by chance in too many sentences.
UNCERTAIN_FLOORS = ((5.0, 0.45), (4.0, 0.50), (3.0, 0.55), (2.0, 0.62))


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
#: A name word needs this much sound skeleton before its absence is reported.
_MIN_WEIGHT = 2.0
#: A Pashto span said to render *another* name must have this many letters.
_MIN_PS_LETTERS = 3
#: ... and the missing name itself must score below this on it (Scottish ≁ سکاټلند).
_OWN_SCORE_MAX = 0.45


@lru_cache(maxsize=1)
def common_english() -> frozenset[str]:
    """English words that dictionaries write in lower case only (``data/en_common_words.txt``)."""
    return load_wordset(COMMON_EN)


def is_common_word(word: str) -> bool:
    """Whether a (capitalised) word is a common English word and not also a name: an
    English word list writes it in lower case only (Unfortunately, Healthcare, Supplier), as
    it never does Bush, Turkey or Bektonov."""
    w = strip_possessive(word).lower()
    return len(w) >= 3 and w in common_english()


def is_identifier(tok: str) -> bool:
    """A code made of letters and digits (H1N1, X-200, COVID-19, A320): copied or rendered by
    meaning, never transliterated."""
    return bool(re.search(r"\d", tok)) and bool(re.search(r"[A-Za-z]", tok))


@dataclass(frozen=True)
class KnownAcronym:
    """An acronym of general vocabulary (TB, CEO, NGO) with its expansion and the Pashto that
    renders it by meaning (``data/acronyms_en_ps.tsv``)."""
    acronym: str
    expansion: tuple[str, ...]
    pashto: tuple[tuple[str, ...], ...]       # folded Pashto renderings, word by word


@lru_cache(maxsize=1)
def known_acronyms() -> dict[str, KnownAcronym]:
    out = {}
    for row in iter_rows(ACRONYMS, 2):
        renderings = tuple(tuple(fold_ps(w) for w in r.split()) for r in (row[2] if len(row) > 2 else "").split("|")
                           if r.strip())
        for a in row[0].split("|"):
            out[a.strip().upper()] = KnownAcronym(a.strip(), tuple(row[1].split()), renderings)
    return out


#: Function words an acronym's expansion may contain without giving it a letter.
_EXPANSION_GLUE = frozenset("of and for the on in to at by with &".split())
_DEF_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9&.\-]*)\s*\)")
_DEF_AFTER = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*s?)\s*\(([^()]{4,120})\)")


def _long_form_start(short: str, words: list[str]) -> Optional[int]:
    """Where, in ``words``, the expansion of ``short`` starts (Schwartz & Hearst: the short
    form's letters found right to left in the long form, its first letter at the start of a
    word, within ``len(short) + 5`` words), or None."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2:
        return None
    long = " ".join(words)
    s, pos = len(letters) - 1, len(long) - 1
    while s >= 0:
        c = letters[s]
        while pos >= 0 and (long[pos].lower() != c or (s == 0 and pos > 0 and long[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    start = pos + 1
    k = long[:start].count(" ")
    if start and long[start - 1] != " ":
        return None
    return k


def acronym_definitions(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Acronyms that the English defines, with their expansion: "World Food Programme (WFP)",
    "MoPH (Ministry of Public Health)"."""
    out: dict[str, tuple[str, ...]] = {}
    for text in texts:
        for m in _DEF_PAREN.finditer(text):
            short = m.group(1).rstrip(".")
            if sum(1 for c in short if c.isupper()) < 2 or short.isdigit():
                continue
            before = re.findall(r"[A-Za-z][A-Za-z'’\-]*", text[max(0, m.start() - 200):m.start()])
            window = before[-(len(short) + 5):]
            k = _long_form_start(short, window)
            if k is not None and len(window) - k >= 2:
                out.setdefault(short, tuple(strip_possessive(w) for w in window[k:]))
        for m in _DEF_AFTER.finditer(text):
            short, inner = m.group(1), m.group(2)
            words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", inner)
            if len(words) >= 2 and _long_form_start(short, words) == 0:
                out.setdefault(short, tuple(strip_possessive(w) for w in words))
    return out


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Lower-case English words that are not names (data file, white-space separated)."""
    words = set()
    for line in read_data(NOT_NAMES).splitlines():
        if line.lstrip().startswith("#"):
            continue
        words.update(w.lower() for w in line.split())
    return frozenset(words)


def _abbreviations() -> frozenset[str]:
    """English abbreviations that end in a full stop (Mr., St., Sen.)."""
    return load_wordset("abbreviations_en.txt")


def _lemmas(word: str) -> set[str]:
    """A word and the base forms it may inflect from (plural, -ed, -ing, -er, -ly)."""
    w = word.lower().replace("’", "'")
    out = {w}
    if w.endswith("'s"):
        w = w[:-2]
        out.add(w)
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 4:
        out.add(w[:-2])
    if w.endswith("s") and len(w) > 3:
        out.add(w[:-1])
    for suf in ("ing", "ed", "er", "ers", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            out.update({stem, stem + "e"})
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


#: Words before a defined term of legal and technical text (the Supplier, this Agreement).
_DETERMINERS = frozenset("the this that such each any every said".split())

#: Words that may stand before a name without making it part of a longer name.
_LEAD_WORDS = frozenset("the a an and or of in on at to for from by with as but".split())


def is_ordinary(word: str, lower_in_doc: Iterable[str] = ()) -> bool:
    """Whether a capitalised English word is an ordinary word rather than a name."""
    lemmas = _lemmas(word)
    words = ordinary_words()
    if lemmas & words or word.lower().rstrip(".") in _abbreviations():
        return True
    if lower_in_doc and any(l in lower_in_doc for l in lemmas):
        return True
    w = word.lower()
    return len(w) > 6 and w.endswith(_COMMON_ENDINGS)


def looks_foreign(word: str) -> bool:
    """Whether a word has a spelling pattern of transcribed (non-English) names."""
    return bool(_FOREIGN.search(word.lower()))


@dataclass
class Mention:
    """A name in the English text of a bead."""
    start: int
    end: int
    text: str
    kind: str                        # "glossary" | "acronym" | "name"
    words: tuple[str, ...]           # the name words to look for (by sound / in Latin script)
    run: tuple[str, ...] = ()        # all capitalised words of the run (New York)
    entry: Optional[TermEntry] = None
    after_title: bool = False
    embedded: bool = False           # a glossary name inside a longer capitalised name
    expansion: tuple = ()            # an acronym's expansion (defined in the document or known)
    known: Optional[KnownAcronym] = None   # an acronym of general vocabulary (TB, CEO)
    defined_term: bool = False       # after a determiner: "the Supplier", "this Agreement"
    weak: bool = False               # an untrusted capitalised word (sentence-initial, headline):
                                     # reported only when another name stands in its place

    @property
    def key(self) -> str:
        return " ".join(w.lower() for w in self.words) or self.text.lower()


@dataclass
class DocWords:
    """What the whole English document says about its words."""
    lower: set = field(default_factory=set)        # written in lower case somewhere
    cap_mid: set = field(default_factory=set)      # capitalised in mid-sentence
    run_words: set = field(default_factory=set)    # part of a multi-word name
    acronyms: dict = field(default_factory=dict)   # acronym -> its expansion (defined in the text)


def strip_possessive(tok: str) -> str:
    for suf in ("'s", "’s", "'", "’"):
        if tok.endswith(suf) and len(tok) > len(suf) + 1:
            return tok[: -len(suf)]
    return tok


def _acronym_core(tok: str) -> Optional[str]:
    """``EU`` for EU / E.U. / EUs / EU-wide; ``COVID`` for COVID-19; None if not an acronym."""
    core = tok.replace(".", "").split("-")[0]
    if core.endswith("s") and len(core) > 2 and core[:-1].isupper():
        core = core[:-1]
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return core
    return None


def _sentence_starts(side) -> set[int]:
    return {side.local(s.start) for s in side.sentences}


def _is_headline(text: str) -> bool:
    """A Title-Case headline: no closing punctuation and most longer words capitalised."""
    words = [t for t in re.findall(r"[A-Za-z]+", text) if len(t) >= 4]
    if re.search(r"[.;:…][\"'”’)\]]*\s*$", text) and len(words) > 8:
        return False                      # a sentence that ends like a sentence
    if len(words) < 3:
        return False
    share = sum(1 for w in words if w[0].isupper()) / len(words)
    return share >= (0.6 if not re.search(r"[.;:…]\W*$", text) else 0.8)


def _is_shouting(text: str) -> bool:
    caps = [t for t in re.findall(r"[A-Za-z]{3,}", text) if t.isupper()]
    return len(caps) >= 3 or any(len(t) >= 7 for t in caps)


def _initial_like(text: str, start: int, starts: set[int], prev_tok: Optional[str]) -> bool:
    if start in starts or not text[:start].strip():
        return True
    before = text[max(0, start - 12):start]
    if _INITIAL_BEFORE.search(before):
        if prev_tok and before.rstrip(" \"'“”‘’«([").endswith(".") \
                and (prev_tok.lower().rstrip(".") in _abbreviations()
                     or (len(prev_tok.rstrip(".")) == 1 and prev_tok[0].isupper())):
            return False                  # "Mr. Adams", "St. Martin's", "Murphy J. Paul"
        return True
    return False


#: Lower-case particles inside names (Bashar al-Assad, Osama bin Laden, Vincent van Gogh).
_PARTICLES = frozenset("al el ad as ash at ul ud ur bin ibn van von de del della da di du la le der den dos das".split())


def _capitalised(tok: str) -> bool:
    """Capitalised, or a particle glued to a capitalised name (al-Assad)."""
    if tok[0].isupper():
        return True
    head, _, rest = tok.partition("-")
    return bool(rest) and head.lower() in _PARTICLES and rest[:1].isupper()


_QUOTED = re.compile(r"[\"“«]([^\"“”«»]{10,200})[\"”»]")


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Quoted Title-Case stretches: titles of works, whose words are translated."""
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text) if _is_headline(m.group(1))]


def _iter_cap_runs(text: str, starts: set[int]):
    """Yield runs of adjacent capitalised tokens: lists of (start, end, token, initial_like).

    A lower-case particle between two capitalised words (bin, van, de …) belongs to the run
    but is not itself yielded; a particle glued with a hyphen (al-Assad) yields the name part.
    """
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    titles = _title_spans(text)
    run = []
    prev_tok, prev_end = None, -1
    for k, (s, e, raw) in enumerate(toks):
        tok = strip_possessive(raw)
        adjacent = prev_end >= 0 and prev_tok is not None and not prev_tok.endswith(("'s", "’s")) \
            and (text[prev_end:s] == " " or (text[prev_end:s] == ". " and len(prev_tok) == 1
                                              and prev_tok.isupper()))     # Murphy J. Paul
        if run and not adjacent:
            yield run
            run = []
        if _capitalised(tok):
            if not tok[0].isupper():                       # al-Assad → Assad
                head, _, rest = tok.partition("-")
                s, tok = s + len(head) + 1, rest
            initial = _initial_like(text, s, starts, prev_tok) or any(a <= s < b for a, b in titles)
            run.append((s, s + len(tok), tok, initial))
        elif run and tok.lower() in _PARTICLES and k + 1 < len(toks) \
                and text[e:toks[k + 1][0]] == " " and toks[k + 1][2][0].isupper():
            pass                                           # Osama bin Laden: keep the run open
        elif run:
            yield run
            run = []
        prev_tok, prev_end = raw, e
    if run:
        yield run


def document_words(texts: Iterable[tuple[str, set[int]]]) -> DocWords:
    """Lower-case words, mid-sentence capitalised words and name-run words of a document."""
    dw = DocWords()
    texts = list(texts)
    for text, starts in texts:
        for m in _TOKEN.finditer(text):
            tok = strip_possessive(m.group())
            dw.lower.update(p for p in tok.split("-") if p[:1].islower())
    for text, starts in texts:
        head = _is_headline(text)
        for run in _iter_cap_runs(text, starts):
            names = []
            for s, e, tok, initial in run:
                if not head and not initial:
                    dw.cap_mid.add(tok.lower())
                if not is_ordinary(tok, dw.lower) and _acronym_core(tok) is None:
                    names.append(tok.lower())
            if len(names) >= 2 and not head and not run[0][3]:
                # (a common word of the run is no evidence: James Millennium Highway)
                dw.run_words.update(w for w in names if not is_common_word(w))
    dw.acronyms = acronym_definitions(text for text, _ in texts)
    return dw


def _common_sense(matched: str, entry: TermEntry, start: int, text: str, starts: set[int],
                  doc: DocWords) -> bool:
    """Whether a listed name that is also a common word (flag ``case``: Apple, Chad) is used
    as the common word: in the plural (Apples), where the document also writes it in lower
    case (apple trees), or where its capital says nothing (at the start of a sentence) and the
    document never capitalises it in mid-sentence."""
    word = matched.split()[0]
    if matched.lower() not in {v.lower() for v in entry.english} and matched.lower().endswith("s"):
        return True
    if doc.lower & _lemmas(word):
        return True
    prev = re.findall(r"[A-Za-z.]+", text[max(0, start - 30):start])
    return _initial_like(text, start, starts, prev[-1] if prev else None) and word.lower() not in doc.cap_mid


def extract_names(text: str, glossary: Glossary, doc: Optional[DocWords] = None,
                  starts: Optional[set[int]] = None) -> list[Mention]:
    """The names of an English text (see the module docstring for the rules)."""
    starts = starts if starts is not None else {0}
    doc = doc or document_words([(text, starts)])
    mentions: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for m in glossary.matcher.find_en(text):
        if m.entry.is_name:
            if "case" in m.entry.flags and _common_sense(m.text, m.entry, m.start, text, starts, doc):
                continue          # Apples, "apple trees": the fruit, not the company
            words = tuple(w for w in re.findall(r"[A-Za-z]+", m.text)
                          if _acronym_core(w) or not is_ordinary(w))
            prev = re.search(r"([A-Za-z][\w.]*)[ -]$", text[max(0, m.start - 30):m.start])
            embedded = bool(prev) and (prev.group(1).lower() in ("non", "anti", "pro", "ex", "pan") or (
                prev.group(1)[0].isupper() and prev.group(1).lower() not in _LEAD_WORDS
                and prev.group(1).lower().rstrip(".") not in _TITLES))
            nxt = re.match(r"[ -]([A-Z][A-Za-z]+)", text[m.end:])
            embedded = embedded or (bool(nxt) and nxt.group(1).lower() not in _LEAD_WORDS)
            # the country of a title ("the President of the United States"): translators often
            # give the title alone, or the person's name, so it is treated like a part of a name
            title = re.search(r"\b([A-Za-z]+) of (?:the )?$", text[max(0, m.start - 40):m.start])
            embedded = embedded or (bool(title) and title.group(1).lower() in _TITLES)
            mentions.append(Mention(m.start, m.end, m.text, "glossary", words, (), m.entry,
                                    embedded=embedded))
            covered.append((m.start, m.end))
    head = _is_headline(text)
    shouting = _is_shouting(text)

    for run in _iter_cap_runs(text, starts):
        current: list[tuple[int, int, str]] = []     # name words of the current mention
        pending: list[tuple[int, int, str]] = []     # every capitalised word since its start
        tentative: list[tuple[int, int, str]] = []   # an untrusted sentence-initial name word

        def drop_tentative():
            # an untrusted word that stays alone is kept as a weak mention: only another name
            # of the document in its place makes it a finding (a name swapped in a headline)
            for s0, e0, w0 in tentative:
                if len(w0) >= 4 and consonant_weight(w0) >= _MIN_WEIGHT:
                    mentions.append(Mention(s0, e0, w0, "name", (w0,), (w0,), weak=True))
            tentative.clear()

        def flush():
            if current:
                lead = [w for s0, _, w in pending if s0 < current[0][0]]
                prev = re.findall(r"[A-Za-z]+", text[:pending[0][0]])
                titled = any(w.lower() in _TITLES for w in lead) or \
                    (bool(prev) and prev[-1].lower() in _TITLES)
                s, e = current[0][0], current[-1][1]
                before = re.findall(r"[A-Za-z]+", text[max(0, s - 12):s])
                determiner = bool(before) and before[-1].lower() in _DETERMINERS
                mentions.append(Mention(s, e, text[s:e], "name", tuple(w for _, _, w in current),
                                        tuple(w for _, _, w in pending), None, titled,
                                        defined_term=determiner))
            current.clear()
            pending.clear()

        for s, e, tok, initial in run:
            if any(a <= s < b for a, b in covered):
                flush()
                continue
            core = _acronym_core(tok)
            known = known_acronyms().get((core or tok).upper()) if core is not None or not (
                is_ordinary(tok) or is_common_word(tok)) else None
            expansion = doc.acronyms.get(tok) or doc.acronyms.get(core or "") \
                or doc.acronyms.get(tok[:-1] if tok.endswith("s") else "")
            if core is None and (expansion or known is not None):
                core = tok[:-1] if tok.endswith("s") and not expansion else tok   # MoPH, Covid
            if core is None and is_identifier(tok):
                core = tok
            if core is not None:
                flush()
                drop_tentative()
                after_number = re.search(r"\d\s*$", text[:s]) is not None     # 3 GW, 240 MW: units
                if not shouting and not after_number and core.lower() not in ordinary_words() \
                        and not re.fullmatch(r"[IVXLC]+", core) and (len(core) <= 6 or is_identifier(tok)):
                    mentions.append(Mention(s, s + len(tok), tok, "acronym", (core,),
                                            expansion=tuple(expansion or (known.expansion if known else ())),
                                            known=known))
                continue
            if shouting and tok.isupper():
                flush()
                continue
            parts = [p for p in tok.split("-") if p]
            name_parts = [p for p in parts if p[0].isupper() and not is_ordinary(p, doc.lower)]
            # a sentence-initial / headline word counts when the document capitalises it in
            # mid-sentence too, or when it is spelt like a transcribed name (Zhongrun's Phase II)
            trusted = not (head or initial) or all(p.lower() in doc.cap_mid or looks_foreign(p)
                                                   for p in name_parts)
            if (head or initial) and not trusted:
                # "Francois Bouchard said": a sentence-initial word is kept only when the
                # next word of the run is a name word
                flush()
                drop_tentative()
                # (a common English word is not a name: Unfortunately, Overall, Philologist)
                tentative[:] = [(s, e, p) for p in name_parts if not is_common_word(p)]
                continue
            if tentative and any(not is_common_word(p) for p in name_parts) and not head:
                pending.extend(tentative)
                current.extend(tentative)
                tentative.clear()
            drop_tentative()
            if current and not name_parts and tok.lower().rstrip(".") in _TITLES:
                flush()           # "Columbia Attorney General Karl Racine": two names
            pending.extend((s, e, p) for p in parts)
            current.extend((s, e, p) for p in name_parts)
        flush()
        drop_tentative()
    mentions.sort(key=lambda x: x.start)
    return mentions


class Target:
    """The Pashto side of a bead, tokenised once for all lookups."""

    def __init__(self, text: str):
        self.text = text
        self.nt = normalize(text)
        self.toks = [(m.start(), m.end(), m.group()) for m in _PS_TOKEN.finditer(self.nt.text)]
        self.ps = [(i, fold_ps(t)) for i, (_, _, t) in enumerate(self.toks) if not t[0].isascii()]
        self.ps_words = [w for _, w in self.ps]
        self.latin_raw = {t.replace(".", "") for _, _, t in self.toks if t[0].isascii()}
        self.latin = {t.lower() for t in self.latin_raw}
        # Latin codes with their digits (H1N1, X-200, IEC 60364), spaces and hyphens dropped
        self.codes = [re.sub(r"[^A-Z0-9]", "", r.upper())
                      for r in re.findall(r"[A-Za-z0-9][A-Za-z0-9 .\-/]*", self.nt.text)]
        # each word cut after its non-joining letters (ا د ډ ذ ر ړ ز ژ ږ و ۍ): Pashto is often
        # typed without a space after such a letter (مولاناورته, خواابوبکرصديق), so a name may
        # sit inside a longer written word; pieces[k] = (word index, piece)
        self.pieces = [(i, piece) for i, w in enumerate(self.ps_words) for piece in _NON_JOINING_CUT.findall(w)]
        self.gl_spans: list[tuple[TermEntry, int, int]] = []   # glossary name renderings
        self._masked: dict = {}
        self._sounds: dict = {}             # _sound_match results: (word, id(entry), mask) -> match
        self._base_index: Optional[dict[str, list[int]]] = None

    def add_glossary(self, glossary: Glossary) -> None:
        """Locate the renderings of glossary names (countries, cities …) in the Pashto."""
        if self.gl_spans or not self.ps:
            return
        offs = [self.nt.to_original(*self.toks[i][:2]) for i, _ in self.ps]
        for gm in glossary.matcher.find_ps(self.text):
            if gm.kind != "allowed" or not gm.entry.is_name:
                continue
            idx = [k for k, (a, b) in enumerate(offs) if a < gm.end and b > gm.start]
            if idx:
                self.gl_spans.append((gm.entry, min(idx), max(idx)))

    def words_for(self, entry: Optional[TermEntry] = None, word: str = "") -> list[str]:
        """``ps_words`` with the renderings of glossary names (other than ``entry``) blanked
        out: امریکایي does not render Maurice, تاجکستان does not render Kazakhstan."""
        key = (id(entry), word)
        if key not in self._masked:
            words = list(self.ps_words)
            for e, i, j in self.gl_spans:
                if e is not entry and not (word and (any(
                        v[:3].lower() == word[:3].lower() for v in e.english)
                        or similarity(word, "".join(self.ps_words[i:j + 1])) >= STRONG_THRESHOLD)):
                    for k in range(i, j + 1):
                        words[k] = "د"
            self._masked[key] = words
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
        for j in self._bases().get(rendering[-1], ()):     # positions of the (inflected) last word
            i = j - n + 1
            if i >= 0 and all(self.ps_words[i + k] == rendering[k] for k in range(n - 1)):
                return i, j
        if fuzzy and n == 1 and len(rendering[0]) >= 4:
            return self.glued(rendering[0])
        return None

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
                    if (not lead or lead in ("د", "و", "او") or len(lead) >= 3) and len(tail) != 1:
                        return pieces[k][0], pieces[k][0]
                if len(joined) >= len(word):
                    break
        return None

    def glued_sound(self, latin: str) -> Optional[Match]:
        """The best sound match of ``latin`` on the pieces of glued words (Walad ~ the ولد of
        ولددلګښتونولپاره), as word indices; only words that are longer than the match."""
        common = common_words()
        # pieces of common words are left out (ورځ, "day", is not و + رځ)
        tokens = ["د" if self.ps_words[i] in common else piece for i, piece in self.pieces]
        best = best_match(latin, tokens)
        if best is None:
            return None
        first, last = self.pieces[best.first][0], self.pieces[best.last][0]
        matched = "".join(tokens[best.first:best.last + 1])
        if first == last and matched == self.ps_words[first]:
            return None                            # a whole word: already tried
        lead = "".join(piece for i, piece in self.pieces[:best.first] if i == first)
        if lead and lead not in ("د", "و", "او") and len(lead) < 3:
            return None                            # it starts inside a word (the رځ of ورځ)
        tail = "".join(piece for i, piece in self.pieces[best.last + 1:] if i == last)
        if len(matched) < 3 or len(tail) == 1:
            return None                            # (one letter more is a typo: کاناداو)
        return Match(best.score, first, last)

    def _bases(self) -> dict[str, list[int]]:
        """Each word and each base it may inflect from (word less a Pashto ending) → positions,
        so that a rendering is looked up, not searched for (large documents)."""
        if self._base_index is None:
            index: dict[str, list[int]] = {}
            for i, w in enumerate(self.ps_words):
                bases = {w} | {w[:-len(e)] for e in PS_ENDINGS if e and w.endswith(e) and len(w) > len(e)}
                for base in bases:
                    index.setdefault(base, []).append(i)
            self._base_index = index
        return self._base_index


#: A piece of a Pashto word ending in a non-joining letter (or the rest of the word).
_NON_JOINING_CUT = re.compile("[^اآدډذرړزژږوۍ]*[اآدډذرړزژږوۍ]|[^اآدډذرړزژږوۍ]+")


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (for short words, either script)."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def _word_variants(word: str) -> list[str]:
    """A name word and the stems of its demonym / possessive forms."""
    out = [word]
    for suf, rep in (("ians", "ia"), ("ian", "ia"), ("eans", "e"), ("ean", "e"), ("ese", ""),
                     ("ish", ""), ("ans", "a"), ("an", "a"), ("i", ""), ("s", "")):
        if word.lower().endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: len(word) - len(suf)] + rep)
    return out


def _sound_match(word: str, target: Target, entry: Optional[TermEntry] = None,
                 mask: bool = True) -> Optional[tuple[float, int, int]]:
    key = (word, id(entry), mask)            # the same question about one sentence: asked once
    if key not in target._sounds:
        target._sounds[key] = _sound_match_uncached(word, target, entry, mask)
    return target._sounds[key]


def _sound_match_uncached(word: str, target: Target, entry: Optional[TermEntry],
                          mask: bool) -> Optional[tuple[float, int, int]]:
    best = None
    words = target.words_for(entry, "" if entry is not None else word) if mask else target.ps_words
    for v in _word_variants(word):
        m = best_match(v, words)
        if m and (best is None or m.score > best[0]):
            best = (m.score, m.first, m.last)
    return best


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
    """Whether, and how, the Pashto side has a counterpart of ``mention``."""
    if mention.entry is not None:
        if any(g.kind == "allowed" for g in glossary.matcher.find_ps(target.text, entries=[mention.entry])):
            return Found("glossary")          # (a forbidden rendering, جنوبي کوریا for North Korea, is not)
        if any(target.near_phrase(fold_ps(a).split()) for a in mention.entry.allowed
               if " " in a.strip() and not a.isascii()):
            return Found("glossary")          # a letter slipped in a long word: متحده ایاالتو
        if _acronym_core(mention.text) is not None:
            mention = Mention(mention.start, mention.end, mention.text, "acronym",
                              (_acronym_core(mention.text),), (), mention.entry)
    if mention.kind == "acronym":
        core = mention.words[0]
        if is_identifier(mention.text):
            code = re.sub(r"[^A-Z0-9]", "", mention.text.upper())
            if any(code in c for c in target.codes):
                return Found("latin")
        if core in target.latin_raw or (core + "s") in target.latin_raw or \
                (len(core) > 3 and core.lower() in target.latin):
            return Found("latin")
        hit = spelled_acronym(core, target.ps_words)
        if hit is None and len(core) >= 3:               # read as a word: NATO ~ ناټو
            m = best_match(core.lower(), target.ps_words)
            if m and m.score >= max(match_threshold(core.lower()), 0.8):
                hit = (m.first, m.last)
        if hit is not None:
            return Found("sound", tuple(target.ps_words[hit[0]:hit[1] + 1]), hit)
        return _by_meaning(mention, target)
    words = list(mention.words) or re.findall(r"[A-Za-z]+", mention.text)
    latin = [target.has_latin(w) for w in words]
    glued = False
    best = None
    scores = []
    matches = []
    for w, lat in zip(words, latin):
        sm = _sound_match(w, target, mention.entry)
        if not lat and (sm is None or sm[0] < match_threshold(w)) and consonant_weight(w) >= _GLUED_WEIGHT:
            gm = target.glued_sound(w)            # written glued to its neighbours
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
        if len(mention.run) >= 2:
            # the whole run by sound, ordinary words included: New York ~ نیویارک
            joined = "".join(mention.run)
            m = best_match(joined, target.words_for(mention.entry), max_join=len(mention.run) + 1)
            if m and m.score >= match_threshold(joined) and (best is None or len(mention.words) < 2):
                return Found("sound", tuple(target.ps_words[m.first:m.last + 1]), (m.first, m.last))
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
            if sc >= match_threshold(w) or len(w) < 4 or is_ordinary(w) or is_common_word(w):
                continue          # (a common word of a name is translated: Herza Vegetables)
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
            if sc >= _near_floor(w) or len(w) < 4 or consonant_weight(w) < _MIN_WEIGHT \
                    or is_ordinary(w) or prev is None or nxt is None \
                    or scores[k - 1] < match_threshold(words[k - 1]) or scores[k + 1] < match_threshold(words[k + 1]):
                continue
            if nxt[1] - prev[2] == 2:
                found.missing.append(w)
                found.place[w] = prev[2] + 1
    return found


def _by_meaning(mention: Mention, target: Target) -> Found:
    """An acronym rendered by its meaning: a Pashto rendering of a known acronym (نري رنځ for
    TB), or the names of its expansion rendered by sound (the Bektonov Energy Group of BEG)."""
    if mention.known is not None and any(target.find_rendering(r) for r in mention.known.pashto):
        return Found("meaning")
    names = [w for w in mention.expansion if w.lower() not in _EXPANSION_GLUE
             and not is_ordinary(w) and not is_common_word(w)]
    for w in names:
        sm = _sound_match(w, target)
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
            sm = _sound_match(w, target)
            if sm and sm[0] >= min(match_threshold(w), _ALL_WORDS_SCORE + 0.1):
                out.update(range(sm[1], sm[2] + 1))
    return out


#: Co-occurrence learning (:func:`learn_renderings`): the word must be in 60 % of a name's
#: sentences (and two at least), in at most this many others, and be a near rendering.
_COOC_ELSEWHERE = 1


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
    by_key: dict[str, list[int]] = {}
    words_of: dict[str, tuple] = {}
    for b, (_, mentions, _, _) in enumerate(beads):
        for m in mentions:
            if m.kind == "name" and not _common_noun(m):
                by_key.setdefault(m.key, [])
                if b not in by_key[m.key]:
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
            elsewhere = sum(1 for b in range(len(beads)) if b not in idx and k in stems_of[b])
            if elsewhere > _COOC_ELSEWHERE:
                continue
            if not any(similarity(w, surface[k]) >= _near_floor(w) for w in words_of[key]):
                continue
            out.setdefault(key, set()).add((k,))
    return out


def _is_demonym(m: Mention) -> bool:
    """An adjective / people form of a glossary name (American, Scottish, Europeans): often
    and legitimately rendered by a possessive or dropped, so not reported when absent."""
    w = m.text.lower().rstrip("s")
    return m.entry is not None and m.text != m.entry.label \
        and w.endswith(("an", "ese", "ish", "i", "ic", "ean", "ian", "ch", "sh", "ard", "ede", "ton"))


def _alias(text: str, m: Mention) -> bool:
    """Whether ``m`` is the whole of a parenthesis right after a capitalised word: another
    name of the same person or place (Mawlana (Rumi), Myanmar (Burma))."""
    return bool(re.search(r"\b[A-Z][\w'’-]*\s*\(\s*$", text[:m.start])) \
        and bool(re.match(r"\s*\)", text[m.end:]))


def _common_noun(m: Mention) -> bool:
    """A single capitalised common word (the Supplier, the Agreement, Medications): a term or
    common noun, translated; a Pashto word that happens to sound like it (سپاري, "delivers",
    for Supplier) is not taken for the document's rendering of it."""
    return m.kind == "name" and len(m.words) == 1 and is_common_word(m.words[0]) and m.defined_term


def _substantial(m: Mention) -> bool:
    """A name with a word long enough to be told apart by sound (not M&S's M)."""
    return any(len(w) >= 4 and consonant_weight(w) >= _MIN_WEIGHT for w in m.words)


def has_name_evidence(m: Mention, doc: DocWords) -> bool:
    """Whether the English alone shows that ``m`` is a name to be rendered by sound."""
    if m.kind != "name":
        return False
    if not any(consonant_weight(w) >= _MIN_WEIGHT for w in m.words):
        return False
    if m.weak:
        return False
    if not m.after_title and all(is_common_word(w) for w in m.words):
        return False          # made of common words (Healthcare Products Regulatory): translated
    if len(m.words) >= 2 and all(len(w) >= 3 for w in m.words):
        return True
    if m.after_title:
        return True
    return any(w.lower() in doc.run_words or looks_foreign(w) for w in m.words)


#: A word next to the rendered part of a person's name, where the other part should be, is
#: the translator's (poor) spelling of that part when it sounds at least this much like it.
_IN_PLACE_FLOOR = 0.35


def _glossary_name_in_place(m: Mention, w: str, f: Found, target: Target, here_entries: set):
    """A listed place or organisation (not in the English sentence) written where the
    unrendered part ``w`` of a person's name should be, next to its rendered part:
    لومړی وزیر آتن زایف for Prime Minister Zoran Zaev (آتن, Athens).  ``(label, span)``."""
    if f.how != "sound" or m.kind != "name" or w not in f.place:
        return None
    pos = f.place[w]
    for e, i, j in target.gl_spans:
        if len(w) >= 4 and any(abs(len(v) - len(w)) <= 1 and _edit_distance(v.lower(), w.lower()) <= 1
                               for v in re.findall(r"[A-Za-z]+", " ".join(e.english))):
            continue          # the same name, spelt with a typo (Tamil Nado for Tamil Nadu)
        if id(e) not in here_entries and e.domain in ("geo", "org") and i <= pos <= j \
                and similarity(w, "".join(target.ps_words[i:j + 1])) < _near_floor(w):
            return e.label, target.span(i, j)   # (ډیل renders Dale, not an inflected Delhi)
    return None


def _listed_name_in_place(m: Mention, target: Target, here_entries: set, doc_entries: dict,
                          claimed: set, here_words: list):
    """A listed place (``geo``) that the English document names in another sentence, but not
    in this one, rendered in the Pashto where the name ``m`` is missing: ``(label, span)``."""
    for e, i, j in target.gl_spans:
        if id(e) in here_entries or e.domain != "geo" or id(e) not in doc_entries:
            continue
        if any(k in claimed for k in range(i, j + 1)):
            continue
        ps = "".join(target.ps_words[i:j + 1])
        if len(ps) < _MIN_PS_LETTERS or any(similarity(w, ps) >= _OWN_SCORE_MAX
                                             for w in list(m.words) + list(here_words)):
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
        cuts += [(tok[:-k], tok[-k:]) for k in (1, 2) if tok[-k:] not in PS_ENDINGS]
        for rest, stray in cuts:
            if len(rest) < 3:
                continue
            if rest in allowed or any(similarity(w, rest) >= max(match_threshold(w), 0.8) for w in words):
                return target.span(i, i), stray
    return None


@register
class EntityCheck(Check):
    code = "ENTITY-MISSING"
    category = "entity"
    severity = "warning"
    description = "a name of the English sentence has no counterpart in the Pashto sentence"
    codes = {
        "ENTITY-MISMATCH": ("entity", "error",
                            "the Pashto sentence renders a different name of the document instead"),
        "ENTITY-SPELLING": ("entity", "warning",
                            "the Pashto renders the name with stray letters (a typo)"),
    }

    def run(self, ctx: CheckContext) -> Iterable:
        glossary = get_glossary(ctx.config.get("glossaries"))
        pairs = [p for p in ctx.pairs if p.source.sentences and p.target.sentences]
        starts = {p.index: _sentence_starts(p.source) for p in ctx.pairs if p.source.sentences}
        doc = document_words((p.source.text, starts[p.index]) for p in ctx.pairs if p.source.sentences)
        # pass 1: names of every bead and how each is found in its own Pashto sentence
        beads = []
        renderings: dict[str, set] = {}      # name key -> Pashto renderings seen in the document
        kept_latin: set[str] = set()         # name keys kept in Latin script somewhere
        names: dict[str, Mention] = {}
        word_renderings: dict[str, set] = {}  # a word of a multi-word name -> its renderings
        in_place: dict[str, set] = {}         # ... -> the word written in its place (see _in_place_of)
        for p in pairs:
            mentions = extract_names(p.source.text, glossary, doc, starts[p.index])
            if not mentions:
                continue
            target = Target(p.target.text)
            target.add_glossary(glossary)
            found = [find_counterpart(m, target, glossary) for m in mentions]
            for m, f in zip(mentions, found):
                if f.how == "sound" and f.rendering and sum(map(len, f.rendering)) >= _MIN_PS_LETTERS \
                        and not _common_noun(m):
                    renderings.setdefault(m.key, set()).add(f.rendering)
                    if m.kind == "name" and len(m.run) >= 2:
                        # each word as rendered: Bektonov alone later; the Jinneng of Jinneng
                        # Electric Power (rendered جین نېنګ الیکټریک پاور) standing alone
                        for w in m.words:
                            sm = _sound_match(w, target)
                            if sm and sm[0] >= match_threshold(w):
                                word_renderings.setdefault(w.lower(), set()).add(
                                    tuple(target.ps_words[sm[1]:sm[2] + 1]))
                elif f.how == "latin":
                    kept_latin.add(m.key)
                if m.kind == "name":
                    names.setdefault(m.key, m)
                for w, tok in _in_place_of(m, f, target):
                    in_place.setdefault(w.lower(), set()).add((tok,))
            beads.append((p, mentions, target, found))
        doc_entries = {id(m.entry): m.entry for _, ms, _, _ in beads for m in ms if m.entry is not None}
        learned_only: set = set()            # renderings known from co-occurrence alone
        for key, learned in learn_renderings(beads).items():
            learned_only |= {(key, r) for r in learned - renderings.get(key, set())}
            renderings.setdefault(key, set()).update(learned)
        ps_doc: dict[str, int] = {}          # Pashto stem -> number of sentences that have it
        en_doc: dict[str, int] = {}          # English word -> number of sentences that have it
        targets = {p.index: t for p, _, t, _ in beads}
        for p in pairs:
            for st in {ps_stem(w) for w in (targets.get(p.index) or Target(p.target.text)).ps_words}:
                ps_doc[st] = ps_doc.get(st, 0) + 1
            for w in set(re.findall(r"[a-z]+", p.source.text.lower())):
                en_doc[w] = en_doc.get(w, 0) + 1
        # document counts for _other_name: a "rendering" that is a common word of this Pashto
        # (in more sentences than the English has the name) is not taken for the name
        self._ps_doc, self._en_doc = ps_doc, en_doc
        self._evidence: dict[str, bool] = {}   # name key -> has_name_evidence (asked per sentence)
        # pass 2: report
        for p, mentions, target, found in beads:
            if all(f.how and not f.missing and not f.near for f in found):
                continue
            here = {w.lower() for m in mentions for w in m.words}
            claimed = claimed_words([m for m, f in zip(mentions, found) if f.how], target)
            claimed |= {i for f in found if f.span for i in range(f.span[0], f.span[1] + 1)}
            here_entries = {id(m.entry) for m in mentions if m.entry is not None}
            # capitalised English words that may account for a Pashto name-like word, less the
            # words of names already rendered by sound (Gegard of Gegard Mousasi ↔ ګیګرد does
            # not account for the چاکر that stands in for Mousasi)
            rendered = {w for m, f in zip(mentions, found) if m.kind == "name" and f.how == "sound"
                        and f.span for w in m.words if w not in f.missing and w not in f.near}
            here_words = [w for w in re.findall(r"\b[A-Z][A-Za-z]+", p.source.text)
                          if w not in rendered and not is_ordinary(w)]   # (Banking is translated)
            stood_in: set = set()
            for m, f in zip(mentions, found):
                if f.how:
                    yield from self._missing_parts(p, m, f, target, renderings, word_renderings,
                                                   names, here, claimed, doc, here_words, ps_doc,
                                                   here_entries)
                    continue
                if m.entry is not None:
                    other = self._other_glossary_name(m, target, here_entries,
                                                      [w for w in here_words if w not in m.text])
                    if other is not None and other[0] not in stood_in:
                        stood_in.add(other[0])     # one Pashto name stands in for one English name
                        (a, b), label = other
                        yield self.finding(
                            f"English name '{m.text}' is not rendered; the Pashto has "
                            f"'{p.target.text[a:b]}', which renders '{label}'",
                            code="ENTITY-MISMATCH", source=p.source.span(m.start, m.end),
                            target=p.target.span(a, b), source_value=m.text, target_value=label,
                            bead=p.index)
                        continue
                if any(target.find_rendering(r, fuzzy=True) for r in renderings.get(m.key, ())):
                    continue              # rendered here as the document renders it elsewhere
                if len(m.words) == 1 and any(target.find_rendering(r, fuzzy=True)
                                             for r in in_place.get(m.key, ())):
                    continue              # ... or as the translator spells it next to its given name
                if m.kind == "glossary" and m.embedded:
                    continue              # part of a longer name (NHS Scotland, Digital Awareness UK)
                if _alias(p.source.text, m) and "(" not in p.target.text:
                    continue              # another name of the same, Mawlana (Rumi): often left out
                # a demonym (Britons, Scottish) is often and legitimately left to the context
                # even where the document renders it elsewhere (بریټونز in the headline)
                due = not _is_demonym(m) and not m.weak and not _translatable(m) and (
                    m.kind == "glossary" or m.key in renderings or m.key in kept_latin
                    or has_name_evidence(m, doc))
                src = p.source.span(m.start, m.end)
                other = None
                if m.kind == "name":
                    # a name with no evidence of its own (Facebook, Plaid) is still reported when
                    # the Pashto has, in its place, another name as this translator renders it
                    if due or _substantial(m):
                        other = self._other_name(
                            m, target, renderings, word_renderings, names, here, claimed, doc,
                            here_words, established_only=None if due else learned_only)
                    if other is None and due and not f.uncertain:
                        # ... or a listed place that the document names elsewhere (Zhanatas ↔
                        # هاربین, Harbin, in a headline)
                        other = _listed_name_in_place(m, target, here_entries, doc_entries,
                                                      claimed, here_words)
                if other is None and (not due or f.uncertain):
                    continue              # (uncertain: a near rendering, misspelt? — stay silent
                                          # unless another name of the document stands there)
                if other is not None:
                    name, (a, b) = other
                    yield self.finding(
                        f"English name '{m.text}' is not rendered; the Pashto has "
                        f"'{p.target.text[a:b]}', which renders '{name}', another name of the document",
                        code="ENTITY-MISMATCH", source=src, target=p.target.span(a, b),
                        source_value=m.text, target_value=name, bead=p.index)
                else:
                    what = "acronym" if m.kind == "acronym" else "name"
                    hint = f" (expected e.g. {m.entry.allowed[0]})" if m.entry is not None and m.entry.allowed else ""
                    seen = sorted(" ".join(r) for r in renderings.get(m.key, ()) if (m.key, r) not in learned_only)
                    if seen and not hint:
                        hint = f" (rendered {' / '.join(seen[:2])} elsewhere in the document)"
                    typo = _misspelt(m, target, claimed)
                    if typo is not None:
                        (a, b), stray = typo
                        yield self.finding(
                            f"English {what} '{m.text}' looks misspelt in the Pashto: "
                            f"'{p.target.text[a:b]}' has stray letters ({stray}){hint}",
                            code="ENTITY-SPELLING", source=src, target=p.target.span(a, b),
                            source_value=m.text, target_value=p.target.text[a:b], bead=p.index)
                        continue
                    yield self.finding(
                        f"English {what} '{m.text}' has no counterpart in the Pashto sentence{hint}",
                        code="ENTITY-MISSING", source=src, source_value=m.text, bead=p.index)

    def _missing_parts(self, p, m: Mention, f: Found, target: Target, renderings: dict,
                       word_renderings: dict, names: dict, here: set, claimed: set,
                       doc: DocWords, here_words: list, ps_doc: dict, here_entries: set):
        """Findings for the unrendered given name / surname of a rendered person's name.

        Translators often drop a given name (Donald Trump → ټرمپ), so a missing part is
        reported only when another name stands in its place: the rendering of another name
        of the document (ENTITY-MISMATCH) or, next to the rendered part, a word that renders
        nothing in the English sentence and occurs nowhere else in the document's Pashto."""
        for w in f.missing + f.near:
            if any(target.find_rendering(r, fuzzy=True)
                   for r in renderings.get(w.lower(), set()) | word_renderings.get(w.lower(), set())):
                continue
            k = m.text.find(w)
            s0 = m.start + max(k, 0)
            part = Mention(s0, s0 + len(w), w, "name", (w,), (), None, after_title=True)
            src = p.source.span(part.start, part.end)
            other = self._other_name(part, target, renderings, word_renderings, names, here,
                                     claimed, doc, here_words)
            whose = ", another name of the document"
            if other is None:
                other, whose = _glossary_name_in_place(m, w, f, target, here_entries), ""
            if other is not None:
                name, (a, b) = other
                yield self.finding(
                    f"'{w}' of the English name '{m.text}' is not rendered; the Pashto has "
                    f"'{p.target.text[a:b]}', which renders '{name}'{whose}",
                    code="ENTITY-MISMATCH", source=src, target=p.target.span(a, b),
                    source_value=w, target_value=name, bead=p.index)
            elif w in f.missing and self._stands_in(m, w, f, target, claimed, ps_doc):
                yield self.finding(
                    f"'{w}' of the English name '{m.text}' has no counterpart in the Pashto sentence",
                    code="ENTITY-MISSING", source=src, source_value=w, bead=p.index)

    @staticmethod
    def _stands_in(m: Mention, w: str, f: Found, target: Target, claimed: set, ps_doc: dict) -> bool:
        if f.span is None or f.how != "sound" or f.glued:
            return False          # (a name inside a longer written word: its neighbours are unknown)
        pos = f.place.get(w, -1)
        if not 0 <= pos < len(target.ps_words) or pos in claimed:
            return False
        tok = target.words_for()[pos]
        if tok in common_words() or len(tok) < 3 or similarity(w, tok) >= 0.2:
            return False
        if any(similarity(o, tok) >= _near_floor(o) for o in m.words if o != w):
            return False          # it renders another word of the name (Blasey ~ بالسلي)
        return ps_doc.get(ps_stem(tok), 0) <= 1

    @staticmethod
    def _other_glossary_name(m: Mention, target: Target, here_entries: set, here_words: list = ()):
        """Another glossary name (a country, a city) that the Pashto has where the English
        has ``m`` (China → بلجیم, Chinese companies → د جاپان شرکتونو)."""
        own = {fold_ps(a) for a in m.entry.allowed}
        here_spans = {(i, j) for e, i, j in target.gl_spans if id(e) in here_entries}
        for e, i, j in target.gl_spans:
            if (i, j) in here_spans or id(e) in here_entries or e is m.entry or e.domain != "geo" \
                    or own & {fold_ps(a) for a in e.allowed}:
                continue
            ps = "".join(target.ps_words[i:j + 1])
            if any(similarity(w, ps) >= _OWN_SCORE_MAX for w in here_words):
                continue      # it renders another word of this sentence (Anglo ~ انګلیس)
            if _is_demonym(m) and len(ps) < 5 and not ps.startswith(fold_ps(e.allowed[0]).replace(" ", "")):
                continue      # "the Spaniard" ↔ سوري ("hole", or Syrian): a short adjective form
            return target.span(i, j), e.label
        return None

    def _other_name(self, m: Mention, target: Target, renderings: dict, word_renderings: dict,
                    names: dict, here: set, claimed: set, doc: DocWords, here_words: list,
                    established_only: Optional[set] = None):
        """A name of the document, absent from this English sentence, rendered in its Pashto.

        With ``established_only`` (a set of ``(name key, rendering)`` pairs to leave out: those
        learned from co-occurrence alone), only as the translator renders the other name by
        sound in another sentence (the whole name, or one word of a multi-word name: زایف for
        Zoran Zaev)."""
        best = None
        mine = [w.lower() for w in m.words if len(w) >= 4]
        for key, other in names.items():
            if key == m.key or any(w.lower() in here for w in other.words):
                continue
            if any(o.lower().startswith(w) or w.startswith(o.lower()) for o in other.words for w in mine):
                continue                                 # Insta ~ Instagram: the same name
            if key not in renderings:
                if key not in self._evidence:
                    self._evidence[key] = has_name_evidence(other, doc)
                if not self._evidence[key]:
                    continue
            spans = []
            known = set(renderings.get(key, ()))
            if len(other.run) >= 2:
                for w in other.words:
                    known |= word_renderings.get(w.lower(), set())
            if established_only is not None:
                known = {r for r in known if (key, r) not in established_only}
            n_en = max(self._en_doc.get(w.lower(), 0) for w in other.words) if other.words else 0
            for r in known:                              # as the translator renders it elsewhere
                if self._ps_doc.get(ps_stem(r[-1]), 0) > n_en + 1:
                    continue          # a common word of this Pashto (خنثی, "converted"), not a name
                hit = target.find_rendering(r)
                if hit:
                    spans.append((1.0, hit))
            if not spans and key not in renderings and established_only is None:
                # never rendered: by sound, strictly
                for w in other.words:
                    if consonant_weight(w) < 3.0:
                        continue
                    sm = _sound_match(w, target)
                    if sm and sm[0] >= STRONG_THRESHOLD:
                        spans.append((sm[0], (sm[1], sm[2])))
            for score, (i, j) in spans:
                if any(k in claimed for k in range(i, j + 1)):
                    continue
                ps = "".join(target.ps_words[i:j + 1])
                if len(ps) < _MIN_PS_LETTERS:
                    continue
                if any(similarity(w, ps) >= _OWN_SCORE_MAX for w in here_words):
                    continue          # Scottish ~ سکاټلند, Francois ~ فرانسویس: related, not swapped
                if best is None or score > best[0]:
                    best = (score, other.text, target.span(i, j))
        return None if best is None else (best[1], best[2])
