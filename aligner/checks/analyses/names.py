"""The English names of a sentence: pure functions of the English text.

Which words are names (glossary names, acronyms, runs of capitalised words that are not
ordinary vocabulary) and what the whole document says about its words (:class:`DocWords`:
written in lower case somewhere, capitalised in mid-sentence, part of a multi-word name,
acronyms it defines).  The rules are described in :mod:`aligner.checks.entities`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ...lang.data import iter_rows, load_wordlist, load_wordset, read_data
from ...lang.glossary import Glossary, TermEntry, fold_ps
from ...lang.translit import consonant_weight
from ...text.inflect import english_lemmas as _lemmas
from ...text.inflect import english_stems
from ...text.inflect import strip_possessive
from ...text.tokens import EN_WORD as _TOKEN
from ...text.tokens import LATIN_WORD as _LATIN_WORD

NOT_NAMES = "en_not_names.txt"
COMMON_EN = "en_common_words.txt"
ACRONYMS = "acronyms_en_ps.tsv"
#: English dictionary words, their regular inflections folded (``text.inflect.english_stems``).
EN_BASE_WORDS = "en_words.txt"

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

#: Titles after which a capitalised word is a person's name (``data/en_titles.txt``).
_TITLES = load_wordset("en_titles.txt")

#: What follows a country's name that makes it part of a currency (US$, HK $, US dollars):
#: translators write the currency alone (۴.۹ میلیون ډالر), so the country is no name to render.
_CURRENCY_AFTER = re.compile(r"\s?\$|\s(?:dollars?|cents?)\b")

# (patterns of the per-sentence and per-word tests, compiled once: each ``re.search(pattern, …)``
# looks its pattern up in re's cache, ~40,000 times in a check of 2,000 lines)
_DIGIT = re.compile(r"\d")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_WORD3 = re.compile(r"[A-Za-z]{3,}")
_ENDS_LIKE_SENTENCE = re.compile(r"[.;:…][\"'”’)\]]*\s*$")
_ENDS_WITH_STOP = re.compile(r"[.;:…]\W*$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.? $")
_PREFIX_BEFORE = re.compile(r"([A-Za-z][\w.]*)[ -]$")
_CAPITAL_AFTER = re.compile(r"[ -]([A-Z][A-Za-z]+)")
_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z]+) of (?:the )?$")
_WORD_SPACED_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \u00a0]+$")
_DEGREES_BEFORE = re.compile(r"\bdegrees? $")
_DEGREE_SIGN_BEFORE = re.compile(r"[°º˚] ?$")
_NUMBER_BEFORE = re.compile(r"\d\s*$")

#: Titles that, written in lower case, are ordinary adjectives (the general public).
_ADJECTIVE_TITLES = frozenset({"general"})

#: Lower-case nouns after which a capitalised word is the name of a place or a paper
#: (Behsud district, the Kunar river, the Anis newspaper).
_PLACE_NOUN = re.compile(r" (?:district|province|village|valley|river|city|town|county|"
                         r"mountains?|lake|pass|newspaper|magazine)s?\b")

#: Lower-case nouns after which a capitalised word names a term after a person or place (the
#: Celsius scale, Alzheimer's disease, the Richter scale, Down syndrome, the Doppler effect):
#: a term, rendered by meaning (سانتي ګراد) as often as by sound; so is a unit after
#: "degrees" (45 degrees Celsius).
_TERM_NOUN = re.compile(r"(?:'s|’s)? (?:scale|disease|syndrome|effect|law|theorem|equation|test|index|"
                        r"method|principle|constant|curve|cycle|fever|sign|reaction|"
                        r"distribution|rule|paradox|hypothesis|conjecture|unit|degrees?)s?\b")

#: A name word needs this much sound skeleton before its absence is reported.
_MIN_WEIGHT = 2.0


@lru_cache(maxsize=1)
def common_english():
    """English words that dictionaries write in lower case only (``data/en_common_words.txt``),
    for ``word in common_english()``."""
    return load_wordlist(COMMON_EN)


def is_common_word(word: str) -> bool:
    """Whether a (capitalised) word is a common English word and not also a name: an
    English word list writes it in lower case only (Unfortunately, Healthcare, Supplier), as
    it never does Bush, Turkey or Bektonov; or a compound of a combining form and such a word
    (Hydroproject, Agroindustry: :func:`common_compound`)."""
    w = strip_possessive(word).lower()
    return len(w) >= 3 and (w in common_english() or common_compound(w))


#: English combining forms (hydro-, agro-, electro- …), one a line.
COMBINING_FORMS = "en_combining_forms.txt"
#: The common word after a combining form has at least this many letters (not Micro|soft).
_COMPOUND_REST = 6


@lru_cache(maxsize=4096)
def common_compound(word: str) -> bool:
    """Whether a lower-case word is a combining form (``data/en_combining_forms.txt``) and a
    common English word of six letters or more, written as one (hydroproject, agroindustry):
    an ordinary compound, translated by its meaning."""
    if len(word) < 9 or not word.isalpha():
        return False
    common = common_english()
    return any(word.startswith(f) and len(word) - len(f) >= _COMPOUND_REST and word[len(f):] in common
               for f in _combining_forms())


@lru_cache(maxsize=1)
def _combining_forms() -> tuple[str, ...]:
    return tuple(sorted(load_wordset(COMBINING_FORMS), key=len, reverse=True))


@lru_cache(maxsize=1 << 14)              # (asked for every capitalised word of every sentence)
def is_identifier(tok: str) -> bool:
    """A code made of letters and digits (H1N1, X-200, COVID-19, A320): copied or rendered by
    meaning, never transliterated."""
    return bool(_DIGIT.search(tok)) and bool(_LATIN_LETTER.search(tok))


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

#: Words before a defined term of legal and technical text (the Supplier, this Agreement).
_DETERMINERS = frozenset("the this that such each any every said".split())

#: Words that may stand before a name without making it part of a longer name.
_LEAD_WORDS = frozenset("the a an and or of in on at to for from by with as but".split())


def inflected_common(word: str) -> bool:
    """Whether a word is the -ed or -ly form of a common English word (Referred, Encouraged,
    Obliquely): a verb or an adverb, capitalised for emphasis by some writers, never a name
    (surnames are base forms: Bush, Brown, Wood)."""
    w = strip_possessive(word).lower()
    if not w.endswith(("ed", "ly")) or len(w) < 6 or w in load_wordlist(EN_BASE_WORDS):
        return False          # (a base form of its own: supply, early)
    common = common_english()
    return any(len(stem) >= 4 and stem in common and (w.endswith("ed") or stem + "ly" == w)
               for stem in english_stems(w))        # (not supple → supply, assemble → assembly)


def is_ordinary(word: str, lower_in_doc: Iterable[str] = ()) -> bool:
    """Whether a capitalised English word is an ordinary word rather than a name (an -ed or
    -ly form of a common word too, :func:`inflected_common`)."""
    if _ordinary_word(word):
        return True
    if lower_in_doc and any(l in lower_in_doc for l in _lemmas(word)):
        return True
    w = word.lower()
    return len(w) > 6 and w.endswith(_COMMON_ENDINGS)


@lru_cache(maxsize=1 << 16)              # (asked about the same words in every sentence)
def _ordinary_word(word: str) -> bool:
    """What :func:`is_ordinary` tells from the word alone (its lemmas, the word lists)."""
    return bool(_lemmas(word) & ordinary_words()) or word.lower().rstrip(".") in _abbreviations() \
        or inflected_common(word)


def _plural_common(word: str) -> bool:
    """A common English noun in the plural (Practitioners, Assemblies): a kind, not a person."""
    if len(word) < 5 or not word.endswith("s") or not is_common_word(word):
        return False
    return any(is_common_word(word[:-k] + add) for k, add in ((1, ""), (2, ""), (3, "y")))


def looks_foreign(word: str) -> bool:
    """Whether a word has a spelling pattern of transcribed (non-English) names.  A common
    English word never does, whatever its letters (the ngl of Interestingly, the ngd of
    Kingdom)."""
    return bool(_FOREIGN.search(word.lower())) and not is_common_word(word)


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
    place_noun: bool = False         # followed by a lower-case place noun: Behsud district
    term_noun: bool = False          # followed by a lower-case term noun: the Celsius scale

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


@lru_cache(maxsize=1 << 14)              # (asked for every capitalised word of every sentence)
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


@lru_cache(maxsize=1 << 12)              # (each sentence is asked several times)
def _is_headline(text: str) -> bool:
    """A Title-Case headline: no closing punctuation and most longer words capitalised."""
    words = [t for t in _LATIN_WORD.findall(text) if len(t) >= 4]
    if _ENDS_LIKE_SENTENCE.search(text) and len(words) > 8:
        return False                      # a sentence that ends like a sentence
    if len(words) < 3:
        return False
    share = sum(1 for w in words if w[0].isupper()) / len(words)
    return share >= (0.6 if not _ENDS_WITH_STOP.search(text) else 0.8)


def _is_shouting(text: str) -> bool:
    caps = [t for t in _LATIN_WORD3.findall(text) if t.isupper()]
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


#: Lower-case particles inside names (Bashar al-Assad, Osama bin Laden, Vincent van Gogh:
#: ``data/en_name_particles.tsv``).
_PARTICLES = load_wordset("en_name_particles.tsv")
#: ... of them, those that join a name written apart too (Osama bin Laden; not "at", "as")
_SPACED_PARTICLES = frozenset(r[0] for r in iter_rows("en_name_particles.tsv") if r[1:2] != ["hyphen"])


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


def _iter_cap_runs(text: str, starts: set[int]) -> tuple:
    """The runs of :func:`_each_cap_run` (read-only lists), found once per sentence: the
    document's words and its names both read them."""
    return _cap_runs(text, frozenset(starts))


@lru_cache(maxsize=1 << 14)
def _cap_runs(text: str, starts: frozenset) -> tuple:
    return tuple(_each_cap_run(text, starts))


def _each_cap_run(text: str, starts: set[int]):
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
        if run and not (prev_end >= 0 and prev_tok is not None and not prev_tok.endswith(("'s", "’s"))
                        and (text[prev_end:s] == " " or (text[prev_end:s] == ". " and len(prev_tok) == 1
                                                         and prev_tok.isupper()))):    # Murphy J. Paul
            yield run                                      # (not adjacent to the run)
            run = []
        if _capitalised(tok):
            if not tok[0].isupper():                       # al-Assad → Assad
                head, _, rest = tok.partition("-")
                s, tok = s + len(head) + 1, rest
            initial = _initial_like(text, s, starts, prev_tok) or any(a <= s < b for a, b in titles)
            run.append((s, s + len(tok), tok, initial))
        elif run and tok.lower() in _SPACED_PARTICLES and k + 1 < len(toks) \
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
    texts = [(fold_latin(text), starts) for text, starts in texts]
    for text, starts in texts:
        for tok in _TOKEN.findall(text):
            if "-" in tok:
                dw.lower.update(p for p in strip_possessive(tok).split("-") if p[:1].islower())
            elif tok[0].islower():          # (a word of one part: lower case or not at all)
                dw.lower.add(strip_possessive(tok))
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
    lemmas = _lemmas(word)
    if doc.lower & (lemmas | {x + "s" for x in lemmas} | {x + "es" for x in lemmas}
                    | {x[:-1] + "ies" for x in lemmas if x.endswith("y")}):
        return True           # (also in the plural in lower case: turkeys … Turkey meat)
    prev = re.findall(r"[A-Za-z.]+", text[max(0, start - 30):start])
    return _initial_like(text, start, starts, prev[-1] if prev else None) and word.lower() not in doc.cap_mid


def fold_latin(text: str) -> str:
    """``text`` with accented Latin letters written without their accents, one character for
    one (Médecins Sans Frontières → Medecins Sans Frontieres), so that a name's words are
    words and its offsets stay those of the text."""
    if text.isascii():
        return text
    return "".join(_plain_letter(c) for c in text)


#: Latin letters with no decomposition, as one plain letter each (offsets stay): a name with a
#: ligature or a stroke letter (Ricœur, Cæsar, Søren, Łódź, Straße) is one word, not cut at it.
_PLAIN_OF = {"œ": "o", "Œ": "O", "æ": "a", "Æ": "A", "ø": "o", "Ø": "O", "ß": "s", "đ": "d", "Đ": "D",
             "ł": "l", "Ł": "L", "ı": "i", "þ": "t", "Þ": "T", "ð": "d", "Ð": "D"}


@lru_cache(maxsize=4096)
def _plain_letter(c: str) -> str:
    if c.isascii() or not c.isalpha():
        return c
    if c in _PLAIN_OF:
        return _PLAIN_OF[c]
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() and base.isalpha() else c


def extract_names(text: str, glossary: Glossary, doc: Optional[DocWords] = None,
                  starts: Optional[set[int]] = None) -> list[Mention]:
    """The names of an English text (see the module docstring for the rules)."""
    text = fold_latin(text)
    starts = starts if starts is not None else {0}
    doc = doc or document_words([(text, starts)])
    mentions: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for m in glossary.matcher.find_en(text):
        if m.entry.is_name:
            if "case" in m.entry.flags and _common_sense(m.text, m.entry, m.start, text, starts, doc):
                continue          # Apples, "apple trees": the fruit, not the company
            title = _WORD_BEFORE.search(text[max(0, m.start - 30):m.start])
            if m.entry.domain == "geo" and title and title.group(1).lower() in _TITLES:
                continue          # a person named like a place (Sheikh Mali, Mr. Jordan): a name
            words = tuple(w for w in _LATIN_WORD.findall(m.text)
                          if _acronym_core(w) or not is_ordinary(w))
            prev = _PREFIX_BEFORE.search(text[max(0, m.start - 30):m.start])
            embedded = bool(prev) and (prev.group(1).lower() in ("non", "anti", "pro", "ex", "pan") or (
                prev.group(1)[0].isupper() and prev.group(1).lower() not in _LEAD_WORDS
                and prev.group(1).lower().rstrip(".") not in _TITLES))
            nxt = _CAPITAL_AFTER.match(text[m.end:])
            embedded = embedded or (bool(nxt) and nxt.group(1).lower() not in _LEAD_WORDS)
            # the country of a title ("the President of the United States"): translators often
            # give the title alone, or the person's name, so it is treated like a part of a name
            title = _TITLE_OF_BEFORE.search(text[max(0, m.start - 40):m.start])
            embedded = embedded or (bool(title) and title.group(1).lower() in _TITLES)
            # a currency's country (US$4.9 million, Hong Kong dollars ↔ ډالر): translators write
            # the currency alone, so it is due only as a part of a name is (another place there)
            embedded = embedded or _CURRENCY_AFTER.match(text, m.end) is not None
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
                # the word right before the run, only a space (or an abbreviation's full stop)
                # between: "the president, Often …" has no title before Often; a lower-case
                # "general" is the adjective (the general Characteristics of …)
                prev = _WORD_SPACED_BEFORE.search(text[max(0, pending[0][0] - 30):pending[0][0]])
                # (the title right before the name: not "the President Obliquely Referred")
                titled = bool(lead) and lead[-1].lower().rstrip(".") in _TITLES or (
                    prev is not None and prev.group(1).lower() in _TITLES and prev.group(1) not in _ADJECTIVE_TITLES)
                # a person is not a plural common noun: "General Practitioners", "Secretary
                # Generals" name a kind of people, translated (د داخله ډاکټرانو)
                titled = titled and not all(_plural_common(w) for _, _, w in current)
                s, e = current[0][0], current[-1][1]
                before = _LATIN_WORD.findall(text[max(0, s - 12):s])
                determiner = bool(before) and before[-1].lower() in _DETERMINERS
                placed = _PLACE_NOUN.match(text, pending[-1][1]) is not None
                # ... or a capitalised noun of a place or institution named after someone right
                # after it (Stanford University, Bagram Airport: ``data/en_named_after.txt``)
                nxt = next((w for s0, _, w in pending if s0 > current[-1][0]), None)
                placed = placed or nxt is not None and nxt.lower() in load_wordset("en_named_after.txt")
                termed = _TERM_NOUN.match(text, pending[-1][1]) is not None \
                    or _DEGREES_BEFORE.search(text[max(0, s - 12):s]) is not None   # 45 degrees Celsius
                mentions.append(Mention(s, e, text[s:e], "name", tuple(w for _, _, w in current),
                                        tuple(w for _, _, w in pending), None, titled,
                                        defined_term=determiner, place_noun=placed, term_noun=termed))
            current.clear()
            pending.clear()

        before_tok = ""                              # the run's token before this one
        for s, e, tok, initial in run:
            after_title, before_tok = before_tok.lower().rstrip(".") in _TITLES, tok
            if any(a <= s < b for a, b in covered) or _DEGREE_SIGN_BEFORE.search(text[max(0, s - 2):s]):
                flush()           # (°C, °F, º C: the scale of a temperature, a unit, not a name)
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
                after_number = _NUMBER_BEFORE.search(text[:s]) is not None     # 3 GW, 240 MW: units
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
            # ... or right after a title, an uncommon word (General Mattis, Prime Minister Sharif
            # opening a short sentence that reads like a headline)
            trusted = trusted or after_title and bool(name_parts) and not any(is_common_word(p) for p in name_parts)
            # in a headline or a "Label: Name" line, adjacent capitalised words that are
            # neither ordinary nor common English words are one name (Judge: Abdul Haq Sherzad)
            uncommon = bool(name_parts) and not any(is_common_word(p) for p in name_parts)
            joined = head and uncommon and bool(current or tentative)
            if (head or initial) and not trusted and not joined:
                # "Francois Bouchard said": a sentence-initial word is kept only when the
                # next word of the run is a name word
                flush()
                drop_tentative()
                # (a common English word is not a name: Unfortunately, Overall, Philologist)
                tentative[:] = [(s, e, p) for p in name_parts if not is_common_word(p)]
                continue
            if tentative and any(not is_common_word(p) for p in name_parts) and (not head or joined):
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


def _is_demonym(m: Mention) -> bool:
    """An adjective / people form of a glossary name (American, Scottish, Europeans): often
    and legitimately rendered by a possessive or dropped, so not reported when absent."""
    w = m.text.lower().rstrip("s")
    return m.entry is not None and m.text != m.entry.label \
        and w.endswith(("an", "ese", "ish", "i", "ic", "ean", "ian", "ch", "sh", "ard", "ede", "ton"))


#: A parenthesis after a capitalised word with at most this many words is a gloss of that name.
_GLOSS_WORDS = 8


def _alias(text: str, m: Mention) -> bool:
    """Whether ``m`` is inside a short parenthesis right after a capitalised word: another
    name of the same person or place (Mawlana (Rumi), Myanmar (Burma)) or a gloss that
    explains it (Masnawi (A book of Mulana Jalaluddin Balkhi)), which a translator adds or
    leaves out."""
    open_ = text.rfind("(", 0, m.start)
    if open_ < 0 or ")" in text[open_:m.start]:
        return False
    close = text.find(")", m.end)
    if close < 0 or "(" in text[m.end:close]:
        return False
    return bool(re.search(r"\b[A-Z][\w'’-]*\s*$", text[:open_])) \
        and len(re.findall(r"[\w'’-]+", text[open_ + 1:close])) <= _GLOSS_WORDS


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
    if m.weak or (m.term_noun and not m.after_title):
        return False          # (a term named after someone: the Celsius scale ↔ د سانتي ګراد معیار)
    if not m.after_title and all(is_common_word(w) for w in m.words):
        return False          # made of common words (Healthcare Products Regulatory): translated
    own = [w for w in m.words if not is_common_word(w)]
    if len(m.words) >= 2 and all(len(w) >= 3 for w in m.words) and (len(own) >= 2 or m.after_title):
        return True           # (a common word capitalised next to a name is no second name
                              # word: Suburban Pittsburg, Allowed Melrose)
    if m.after_title or m.place_noun:
        return True
    return any(w.lower() in doc.run_words or looks_foreign(w) for w in m.words)

