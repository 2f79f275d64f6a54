"""UNTRANS-*: English left in the Pashto translation.

A Latin-script word that the Pashto sentence carries from its English source (in the same form,
or as its plural, singular or possessive) is reported as English left untranslated when it is an
*ordinary English word* (``aligner/lang/data/en_words.txt``, :func:`aligner.text.langid.english_word`)
and nothing marks it as kept on purpose.  Kept on purpose, and never reported:

* names, acronyms, codes and units: a word with a capital letter, a digit, an underscore, or glued
  to ``. / - @`` (``Berlin``, ``EU``, ``ISO 9001``, ``USB-C``, ``file.txt``, ``--force``,
  ``snake_case``, ``camelCase``), a unit right after a number (``35 mph``), URLs, e-mail
  addresses and Markdown code spans;
* a word no English dictionary has (``postgres``, ``nginx``, ``cholerae``): an identifier, a
  command, a product or account name or a Latin species epithet, unless the term base or a user
  glossary lists it as an English term with a Pashto rendering (then it had a translation);
* a word that belongs to a kept name or identifier: a run of Latin-script words that the English
  has in the same form and that contains an identifier (a code-like token, a non-dictionary word,
  an initial ``P.``, a word with letters English does not use: a phrase of another language,
  ``plate carrée``, ``pueblos indígenas``) — ``sudo apt install nginx``, ``E. coli`` — or a
  scientific binomial, a
  capitalised non-dictionary genus followed by its lower-case epithet (``Mycobacterium
  tuberculosis``);
* a literal value: a word the English puts right after a cue such as *user name*, *password*,
  *account*, *package*, *type*, or *word*, *term*, *noun* for a word mentioned as a word
  (``aligner/lang/data/identifier_cues_en.txt``: "log in as user admin", "the Slovene word vas"),
  and a literal of several words right after its cue kept whole ("the command pip install
  requests");
* a word the translator marked as foreign: in quotes (either way round: ``”addend“``), in italics
  (Markdown ``*x*``/``_x_``), alone in brackets as the gloss of the Pashto term before it
  (``غونډه (meeting)``) or glossed in quotes right after it (``sub "د لاندې څخه"``, an etymology; a
  gloss marker may open a quote too: ``per centum یعنې "په سلو"``), in brackets that hold Latin script only beside its translation (a term, an
  acronym's expansion, a book's title: ``تاکسا(invertebrate taxa)``), followed by a bracketed
  Pashto gloss (``firewall (اور دیوال)``) or by its acronym (``gate-all-around (GAA)``);
* a quotation the English gives in quotes too, not reported speech (no *said*, *told*, *according
  to* beside it): a title, a slogan, a motto, a phrase mentioned (``"On the origin of species"``,
  ``"knowledge is power"``); UNTRANS-COPY leaves such quotations out of both sentences too;
* a run the Pashto calls a name (``gloss_markers_ps.tsv``, kind ``name``: ``د quiet hours په نوم
  تنظیم``, ``dark mode نومېږي``), a word with its letter designation (``vitamin D``, ``factor
  VIII``), a Latin or French phrase English uses as it is (``foreign_phrases_en.txt``: ``status
  quo``, ``ad hoc``), a function call as the English writes it (``print()``);
* notation and citations: a word one token from an equals sign (``sec 8° = 1.01``), a short
  abbreviation with its point as the English writes it (``eds.``, ``vol.``);
* a technical term glossed with a marker (``gloss_markers_ps.tsv``): ``firewall یا اور دېوال``,
  ``اور دېوال یعنې firewall``, a dash, ``په انګلیسي کې ورته malware وايي`` (یا counts only when the
  English has no "or", which it would translate); a term the document glosses once (in brackets
  or with a marker) may stand bare in its other sentences; a glossary term whose allowed
  rendering is in Latin letters (the English quoting a word is no sign: scare quotes, "theft",
  are prose);
* markup and configuration in software strings (issue 13): the content of a literal element
  (``<code>``, ``<nowiki>``, ``<kbd>`` …; not ``<pre>``, which may hold prose), the parameters
  of a wiki link that has several (``[[File:$1|thumb|center|$1]]``: all but the shown last
  part), the values of an
  option list whose items are ``label:value`` (``۱ ورځ:1 day,۱ اوونۍ:1 week``: the value is
  what the software reads), and a line the English has identically that is one word after a
  list or comment marker (a configuration list: ``* make``, ``* model``).

An English word written in Pashto letters by its sound where Pashto has an ordinary word of its
own (``transliterated_en_ps.tsv``: میټنګ for *meeting*, not غونډه; ټیچر for *teacher*) is
UNTRANS-WORD too (:data:`TRANSLITERATED_STRENGTH`), when the English has the word in lower case
and the Pashto gives none of the row's ordinary words beside it.

A Pashto sentence whose ordinary English words outnumber its Pashto letters (UNTRANS-SENTENCE)
was not translated; names, codes and commands kept in Latin letters do not count towards it.

``Finding.strength`` of UNTRANS-WORD: one word alone among Pashto words (``پروټین subunits``), which
may be a term kept on purpose, is borderline (:data:`LONE_WORD_STRENGTH`), lower again when it is
shaped like a technical term (``term_suffixes_en.txt``: polymerase, firmware) or the English
presents it as a term (quoted, bracketed, after *called*, *known as*); several words each alone
among Pashto words (``cache او cookies``) are between (:data:`SCATTERED_WORDS_STRENGTH`); words in a
run of Latin-script text (``#remoties channel in Slack``) are English prose left as it was (1.0).

How common the word is in general English (:func:`aligner.text.langid.english_commonness`, the
``wordfreq`` lists; British and American spellings counted together) separates English prose left untranslated from a term kept in Latin on
purpose: a word alone among Pashto words (or several, each alone) that general English rarely
uses (below :data:`RARE_ZIPF`: *polymerase*, *firmware*, *taxa*, *meteorite*) is reported at
``info``, "kept in Latin script … check it is meant", unless the term base or a glossary gives it
a Pashto rendering; a common word (*hospital*, *meeting*, *homework*) stays a warning, and so
does a run of English whatever its words.  The frequency data is imported on the first word
asked about only.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ..lang.data import iter_rows, load_wordset, read_data
from ..lang.glossary import PS_ENDINGS
from ..text.inflect import singular_plural as _forms
from ..text.inflect import strip_possessive
from ..text.langid import english_commonness, english_word
from ..text.lazyre import lazy
from ..text.normalize import ARABIC_SCRIPT, fold
from ..text.tokens import COPIED_WORD as _LATIN_WORD
from .base import PairCheck, register

_URL_OR_MAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_CHUNK = re.compile(r"\S+")
#: a token that is an identifier by its shape: a digit, an underscore, a dot, slash, colon, equals
#: sign or @ inside, an option (--force, -y), an internal capital (camelCase, PostgreSQL)
_CODE_LIKE = re.compile(r"[\d_/\\=@]|\w[.:]\w|^--?\w|[a-z][A-Z]")
_INITIAL = re.compile(r"[A-Z]\.")                   # an abbreviated genus or first name: P. E.
#: a letter or Roman numeral naming a kind after its word: vitamin D, hepatitis B, factor VIII
_DESIGNATION = re.compile(r"[A-HJ-Z]|[IVX]{2,5}")
#: a lower-case letter standing alone (not the article a): a variable of a formula, so the run is
#: notation (sin x, log n, f of x)
_VARIABLE = re.compile(r"[b-z]")
#: quote marks in either direction: a Pashto (right-to-left) text often opens a quote with ” or »
_QUOTES = "\"'‘’“”«»‹›„"
_LEADING = "([{" + _QUOTES
_TRAILING = ")]}" + _QUOTES + ".,;:!?،؛؟"
#: Arabic-script letters (not the Arabic comma, semicolon and question mark glued to a Latin word)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff]")
_INFLECTED = ("ed", "ing", "ly")                    # English verb and adverb endings
#: English grammatical words: a run of Latin-script words with one of them is English prose, not
#: an identifier or a command
_PROSE = load_wordset("en_prose_words.txt")


def _letters(text: str) -> tuple[int, int]:
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff" and ch.isalpha())
    return latin, arabic


def _word_forms(text: str) -> set[str]:
    """The lowercase English words of ``text`` with the forms a copied word may take: each
    part of a hyphenated word (low-carbon: carbon), without a possessive (democracy's), and
    singular and plural (refineries: refinery)."""
    out = set()
    for token in _LATIN_WORD.findall(text):
        for w in [token] + token.split("-"):
            out |= _forms(w)
    return out


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """English unit and currency words and symbols (``units.tsv``), lower case."""
    return frozenset(row[0].lower() for row in iter_rows("units.tsv", 2)
                     if row[1] in ("en", "*") and " " not in row[0])


def _unit(word: str) -> bool:
    """After a number: a unit (listed, or a symbol no dictionary has: mph, rpm), not a word left
    in English ("25 kits", "310 samples")."""
    w = word.lower()
    return w in _unit_words() or w.rstrip("s") in _unit_words() or not english_word(w)


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(line.strip() for line in read_data("identifier_cues_en.txt").splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    alts = "|".join(sorted((r"\s+".join(map(re.escape, c.split())) for c in _cues()), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alts + r")\s*:?\s*[\"'“‘«]?\s*([A-Za-z][\w'’-]*)", re.IGNORECASE)


def _core(chunk: str) -> str:
    """A whitespace-separated token without the punctuation around it (``P.`` keeps its dot)."""
    core = chunk.lstrip(_LEADING)
    if _INITIAL.fullmatch(core):
        return core
    return core.rstrip(_TRAILING)


def _code_like(core: str) -> bool:
    return bool(_CODE_LIKE.search(core))


@lru_cache(maxsize=1 << 14)      # tokens repeat: ~100 M instructions (4 %) of a warm seed check
def identifier(token: str) -> bool:
    """Is the whitespace token ``token`` a Latin-script identifier a translation keeps as it is:
    shaped like code (``postgresql-16``, ``/etc/hosts``, ``worker_processes``, ``--force``,
    ``PostgreSQL``) or a lower-case word no English dictionary has (``sudo``, ``nginx``)?"""
    if _ARABIC_LETTER.search(token) or not re.search(r"[A-Za-z]", token):
        return False
    core = _core(token)
    return _code_like(core) or (len(core) >= 3 and core.islower() and _plain_word(core) and not english_word(core))


def _epithet(word: str) -> bool:
    """Could ``word`` be the lower-case second part of a scientific name (tuberculosis, coli,
    aureus, sapiens)?  Not an English verb or adverb form (-ed, -ing, -ly) nor an English plural
    (-s, but -us, -is, -ns are Latin endings)."""
    w = word.lower()
    return not w.endswith(_INFLECTED) and (not w.endswith("s") or w.endswith(("us", "is", "ns")))


#: Latin letters with diacritics that English words do not carry (é, í, ñ, ü, ø, ß): a run with
#: one is a phrase of another language quoted as the English has it ("plate carrée", "pueblos
#: indígenas"), its English-looking words (plate, pueblos) homographs, not English left untranslated
_FOREIGN_LETTER = lazy(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _foreign_letters(core: str) -> bool:
    return bool(_FOREIGN_LETTER.search(core)) and not _ARABIC_LETTER.search(core)


def _plain_word(core: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z'’-]*", core))


def english_letters(text: str) -> int:
    """Letters of the ordinary English words of ``text`` (in any case; names, acronyms, codes and
    words no dictionary has are left out)."""
    n = 0
    for m in _CHUNK.finditer(text):
        core = _core(m.group())
        if (_plain_word(core) and not ARABIC_SCRIPT.search(core) and not (core.isupper() and len(core) > 1)
                and english_word(core)):
            n += sum(ch.isalpha() for ch in core)
    return n


#: a target with at least this many Pashto (Arabic-script) words of its own, whose Latin-script
#: words are names (capitalised), acronyms and at most this many lower-case words, none of them an
#: English grammatical word (:data:`_PROSE`), is a translation that keeps names and terms in Latin
#: script, not a copy: English prose left in the target (a sentence left in English, or a
#: translation with its original appended) carries lower-case words and grammar (the, of, was)
KEPT_MIN_PASHTO_WORDS = 3
KEPT_MAX_LOWER_WORDS = 3
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_PASHTO_WORD = lazy(_ARABIC_LETTER.pattern + "{2,}")      # two letters of _ARABIC_LETTER at least


def translated_keeping_latin(target: str) -> bool:
    """Whether ``target`` is a Pashto sentence that keeps names and terms in Latin script rather
    than a copy of English (see :data:`KEPT_MAX_LOWER_WORDS`): "دغه فلم، د Michael Curtiz له لوري
    … Ingrid Bergman, Claude Rains … او Dooley Wilson رولونه لوبولي"; "MOSFET (metal-oxide-semiconductor
    field-effect transistor په 1959 کې … اختراع شو"."""
    if len(_PASHTO_WORD.findall(target)) < KEPT_MIN_PASHTO_WORDS:
        return False
    lower = [w for w in _LATIN_TOKEN.findall(target) if w[:1].islower()]
    return len(lower) <= KEPT_MAX_LOWER_WORDS and not any(w.lower() in _PROSE for w in lower)


class _Chunk:
    """A whitespace token; ``start``/``end`` delimit its core (the token without the brackets,
    quotes and punctuation around it)."""
    __slots__ = ("start", "end", "raw", "core", "latin", "run")

    def __init__(self, m: re.Match):
        self.raw = m.group()
        self.core = _core(self.raw)
        lead = len(self.raw) - len(self.raw.lstrip(_LEADING))
        self.start = m.start() + lead
        self.end = self.start + len(self.core)
        self.latin = bool(re.search(r"[A-Za-z]", self.raw)) and not _ARABIC_LETTER.search(self.raw)
        self.run = -1


def _runs(masked: str) -> tuple[list[_Chunk], list[list[_Chunk]]]:
    """The whitespace tokens of ``masked`` and its runs: maximal sequences of Latin-script tokens
    (with the digit tokens between them) that no Pashto word, bracket or comma interrupts."""
    chunks = [_Chunk(m) for m in _CHUNK.finditer(masked)]
    runs: list[list[_Chunk]] = []
    cur: list[_Chunk] = []
    for c in chunks:
        joins = c.latin or (cur and any(ch.isdigit() for ch in c.raw) and not ARABIC_SCRIPT.search(c.raw))
        if joins and cur and (cur[-1].raw[-1:] in ",،;؛)]" or c.raw[:1] in "([«“"):
            runs.append(cur)
            cur = []
        if joins:
            cur.append(c)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    for k, run in enumerate(runs):
        for c in run:
            c.run = k
    return chunks, runs


@lru_cache(maxsize=1)
def _foreign_phrases() -> frozenset:
    """``foreign_phrases_en.txt``: Latin and French phrases English writes as they are."""
    return frozenset(" ".join(line.split()).lower() for line in read_data("foreign_phrases_en.txt").splitlines()
                     if line.strip() and not line.lstrip().startswith("#"))


def _foreign_phrase(cores: list[str], word: str) -> bool:
    """Whether ``word`` belongs to a listed Latin or French phrase (``status quo``, ``ad hoc``)
    that the run of Latin-script words ``cores`` contains."""
    low = [c.lower() for c in cores]
    for n in range(2, min(4, len(low)) + 1):
        for i in range(len(low) - n + 1):
            if word.lower() in low[i:i + n] and " ".join(low[i:i + n]) in _foreign_phrases():
                return True
    return False


def _in_english(words: list[str], source: str, case: bool = False) -> bool:
    pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])"
    return re.search(pattern, source, 0 if case else re.IGNORECASE) is not None


#: the longest lower-case word a title or name in title case keeps small (on, the, van, der, from)
_TITLE_SMALL_WORD = 4


def _title_run(cores: list[str]) -> bool:
    """Whether a run of Latin-script words is a title or name in title case: it begins and ends
    with a capital, has two capitalised words at least, and only short lower-case words between
    ("Watch on the Rhine", "Mies van der Rohe"; not "The magazine cover story")."""
    caps = [c for c in cores if c[:1].isupper()]
    small = [c for c in cores if not c[:1].isupper()]
    return (len(caps) >= 2 and cores[0][:1].isupper() and cores[-1][:1].isupper()
            and all(c.isalpha() and c.islower() and len(c) <= _TITLE_SMALL_WORD for c in small))


#: the most words of a Pashto gloss in quotes after a Latin word (sub "د لاندې څخه")
QUOTED_GLOSS_WORDS = 4


class _Judge:
    """Why a Latin-script word kept from the English is not untranslated English (or None)."""

    def __init__(self, pair, ctx, masked: str):
        self.pair, self.ctx, self.masked = pair, ctx, masked
        self.source = pair.source.text
        self.chunks, self.runs = _runs(masked)
        self._terms = None

    def terms(self) -> set[str]:
        """Lower-case words of the English terms of the term base / glossaries in the source."""
        if self._terms is None:
            from ..lang.glossary import get_glossary
            glossary = get_glossary(self.ctx.config.get("glossaries") if self.ctx is not None else None)
            self._terms, self._kept = set(), set()
            for m in glossary.matcher.find_en(self.source):
                if not m.entry.is_name and m.entry.allowed:
                    latin = {r.lower() for r in m.entry.allowed if not ARABIC_SCRIPT.search(r)}
                    for w in _LATIN_WORD.findall(m.text):
                        # a rendering in Latin letters: the glossary keeps the term as it is
                        (self._kept if any(w.lower() in r.split() for r in latin) else self._terms).update(_forms(w))
        return self._terms

    def kept(self) -> set[str]:
        """Words of the glossary terms in the source whose allowed rendering is in Latin letters."""
        self.terms()
        return self._kept

    def _chunk_at(self, pos: int):
        for c in self.chunks:
            if c.start <= pos < c.end:
                return c
        return None

    def reason(self, m: re.Match):
        w = m.group()
        chunk = self._chunk_at(m.start())
        run = self.runs[chunk.run] if chunk is not None and chunk.run >= 0 else []
        a, b = (run[0].start, run[-1].end) if run else (m.start(), m.end())
        if self._italic(a, b) or self._italic(m.start(), m.end()):
            return "italics"
        if self._bracketed(a, b):
            return "a gloss in brackets"
        if _latin_brackets(self.masked, m.start(), m.end()):
            return "the original in brackets beside its translation"
        if _with_acronym(self.masked, a, b):
            return "a term with its acronym"
        if _in_formula(self.masked, a, b) and "=" in self.source:
            return "notation in a formula"
        if _abbreviation(self.masked, m.end(), w, self.source):
            return "an abbreviation kept as in the English"
        if _glossed(self.masked, a, b, self.source):
            return "a term with its Pashto gloss"
        if len(run) > 1 and english_quotation(self.masked, a, b, self.source) is not None:
            return "a title or phrase the English quotes, kept in its quotes"
        if _named_in_pashto(self.masked, b):
            return "a name the Pashto calls a name"
        if self.ctx is not None and w.lower() in _document_glossed(self.ctx):
            return "a term the document glosses"
        if strip_possessive(w.lower()) in self.kept():
            return "a glossary term kept in Latin letters"
        if strip_possessive(w.lower()) in self.terms():
            return None                              # a term with a Pashto rendering
        if not english_word(w):
            return "not an English dictionary word"
        if len(run) <= 1 and _beside_its_sound(self.masked, m.start(), m.end(), w):
            return "the original beside its rendering by sound"
        if run and len(run) > 1:
            cores = [c.core for c in run]
            has_id = any(identifier(c.raw) or _INITIAL.fullmatch(c.core) or _foreign_letters(c.core)
                         or (k > 0 and _DESIGNATION.fullmatch(c.core)) or _VARIABLE.fullmatch(c.core)
                         for k, c in enumerate(run))
            if has_id and not any(c.lower() in _PROSE for c in cores) and _in_english(cores, self.source):
                return "part of an identifier kept as it is"
            if _foreign_phrase(cores, w) and _in_english(cores, self.source):
                return "a Latin or French phrase English uses as it is"
            if not w[:1].isupper() and _title_run(cores) and _in_english(cores, self.source, case=True):
                return "part of a title or name kept as in the English"
            k = run.index(chunk)
            if k > 0 and _epithet(w):
                genus = run[k - 1].core
                if ((_INITIAL.fullmatch(genus) or re.fullmatch(r"[A-Z][a-z]{2,}", genus))
                        and _in_english([genus, w], self.source, case=True)):
                    return "a scientific name"
        phrase = " ".join(c.core for c in run).lower() \
            if len(run) > 1 and not any(c.core.lower() in _PROSE for c in run) else None
        for cue in _cue_pattern().finditer(self.source):
            if cue.group(1).lower() == w.lower():
                return "a literal value"
            # a literal of several words the English gives after its cue, kept as a whole ("run the
            # command pip install requests" ↔ د pip install requests کمانډ وچلوئ)
            if phrase and " ".join(self.source[cue.start(1):].split()).lower().startswith(phrase):
                return "a literal value"
        return None

    def _italic(self, a: int, b: int) -> bool:
        side = self.pair.target
        if side.plain is None:
            return False
        oa, ob = side.plain.to_original(a, b)
        orig = side.original
        return oa > 0 and ob < len(orig) and orig[oa - 1] in "*_" and orig[ob] in "*_"

    def _bracketed(self, a: int, b: int) -> bool:
        t = self.masked
        before, after = t[:a].rstrip(), t[b:].lstrip()
        # one character each side, never the empty string (which is "in" every string: a word
        # that ends the text is not bracketed, and has no gloss after it)
        if before[-1:] and before[-1] in "([" and after[:1] and after[0] in ")]":
            return True                                  # غونډه (meeting)
        if after[:1] and after[0] in "([" and t.count(after[0]) > self.source.count(after[0]):
            # (a bracket the English has none of beside it: the English's own brackets rendered,
            # "Clergy (First Estate)" ↔ "... (لومړی ملکیت)", gloss no word left in English before them)
            close = after.find(")" if after[0] == "(" else "]")
            if close > 0 and ARABIC_SCRIPT.search(after[:close]):
                return True                              # firewall (اور دیوال)
        if after[:1] and after[0] in _QUOTES and self._quoted_gloss_in_english(a, b):
            # a word glossed in quotes, as an etymology gives a word's sense: sub "د لاندې څخه"
            # (a few words, and the English glosses it so too: not a quotation that follows)
            body = after.lstrip(_QUOTES)
            end = min((i for i in (body.find(q) for q in _QUOTES) if i >= 0), default=-1)
            if end > 0 and ARABIC_SCRIPT.search(body[:end]) and not re.search(r"[A-Za-z]", body[:end]) \
                    and len(body[:end].split()) <= QUOTED_GLOSS_WORDS:
                return True
        return False

    def _quoted_gloss_in_english(self, a: int, b: int) -> bool:
        """Whether the English has the Latin words ``masked[a:b]`` right before a quote mark."""
        words = self.masked[a:b].split()
        return bool(words) and re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, words))
                                         + r"\s*[" + re.escape(_QUOTES) + "]", self.source, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _gloss_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """From ``gloss_markers_ps.tsv``: a gloss marker right after a Latin run (then Pashto), one
    right before it (after Pashto), the same for the markers that also mean "or", and a
    naming phrase up to two Pashto words before it ("په انګلیسي کې ورته …")."""
    rows = list(iter_rows("gloss_markers_ps.tsv", 2))

    def alts(kind):
        out = []
        for marker, k in rows:
            if k == kind:
                out.append(r"\s-\s" if marker == "-" else r"\s*".join(map(re.escape, marker.split())))
        return "|".join(sorted(out, key=len, reverse=True)) or "(?!)"
    gloss, orr, named = alts("gloss"), alts("or"), alts("named")
    ar = f"[{ARABIC_SCRIPT.pattern.strip('[]')}]"
    # the gloss may open with quotes or a bracket: per centum یعنې "په سلو" (by a hundred)
    after = re.compile(rf"\s*(?:{gloss})\s*[{re.escape(_QUOTES)}(]*\s*(?={ar})")
    before = re.compile(rf"{ar}\S*\s*(?:{gloss})\s*$")
    after_or = re.compile(rf"\s+(?:{orr})\s+(?={ar})")
    before_or = re.compile(rf"{ar}\S*\s+(?:{orr})\s+$")
    named_before = re.compile(rf"(?:{named})(?:\s+{ar}\S*){{0,2}}\s*$")
    return after, before, (after_or, before_or), named_before


_ENGLISH_OR = lazy(r"\b(?:or|either|nor)\b", re.I)


def _glossed(text: str, a: int, b: int, source: str) -> bool:
    """Is the Latin run ``text[a:b]`` glossed in Pashto by a marker (``gloss_markers_ps.tsv``):
    "firewall یا اور دېوال", "اور دېوال یعنې firewall", "په انګلیسي کې ورته malware وايي"?"""
    after, before, (after_or, before_or), named = _gloss_patterns()
    head, tail = text[:a], text[b:]
    if after.match(tail) or before.search(head) or named.search(head):
        return True
    return not _ENGLISH_OR.search(source) and bool(after_or.match(tail) or before_or.search(head))


def _document_glossed(ctx) -> frozenset:
    """Lower-case Latin words of the runs that the translation glosses somewhere in the document
    (in brackets or with a marker): a term glossed once may stand bare in the other sentences."""
    def compute():
        out = set()
        for pair in ctx.pairs:
            tgt = pair.target.text
            if not pair.target.sentences or not re.search(r"[A-Za-z]", tgt):
                continue
            judge = _Judge(pair, None, tgt)
            for run in judge.runs:
                a, b = run[0].start, run[-1].end
                if judge._bracketed(a, b) or _glossed(tgt, a, b, pair.source.text):
                    out |= {c.core.lower() for c in run}
        return frozenset(out)
    return ctx.shared("untranslated.glossed", id(ctx.result), compute)


_LITERAL_ELEMENT = re.compile(r"<(code|nowiki|tt|kbd|samp|var|syntaxhighlight|source)\b[^>]*>(.*?)</\1\s*>",
                              re.I | re.S)
_WIKI_LINK_PARAMS = re.compile(r"\[\[[^\[\]|]*\|((?:[^\[\]|]*\|)+)[^\[\]|]*\]\]")
_OPTION_ITEM = r"[^:,\n]+:[^:,\n]+"
_OPTION_LIST = re.compile(rf"\s*{_OPTION_ITEM}(?:,{_OPTION_ITEM})+\s*")
_CONFIG_LINE = lazy(r"[*#:;]+\s*[\w.\-]+")


def _literal_spans(pair):
    """Spans of ``pair.target.text`` that are markup or configuration, never prose to
    translate (see the module's docstring)."""
    side, tgt = pair.target, pair.target.text
    out = []
    original = side.original
    for rx, group in ((_LITERAL_ELEMENT, 2), (_WIKI_LINK_PARAMS, 1)):
        for m in rx.finditer(original):
            a, b = side.local(side.offset + m.start(group)), side.local(side.offset + m.end(group))
            if b > a:
                out.append((a, min(b, len(tgt))))
    if _OPTION_LIST.fullmatch(pair.source.text) and _OPTION_LIST.fullmatch(tgt):
        pos = 0
        for item in tgt.split(","):
            colon = item.find(":")
            out.append((pos + colon + 1, pos + len(item)))
            pos += len(item) + 1
    src_lines = {line.strip() for line in pair.source.text.splitlines()}
    pos = 0
    for line in tgt.splitlines(keepends=True):
        if line.strip() in src_lines and _CONFIG_LINE.fullmatch(line.strip()):
            out.append((pos, pos + len(line)))
        pos += len(line)
    return out


#: strength of one English word alone among Pashto words (``پروټین subunits``): maybe a term kept
#: on purpose with no gloss; several words, or one in a run of Latin-script text (``#remoties
#: channel in Slack``), are English prose left as it was
LONE_WORD_STRENGTH = 0.7
#: further factors of a lone word's strength: a word shaped like a technical term (an ending of
#: ``term_suffixes_en.txt``: *polymerase*, *firmware*), or one the English itself presents as a
#: term (in quotes or brackets, or after *called*, *known as*, *termed*), is a term kept on purpose
#: more often than prose left untranslated
#: several reported words, each alone among Pashto words (no two in one Latin-script run)
SCATTERED_WORDS_STRENGTH = 0.85
TERM_SHAPE_FACTOR = 0.7
#: a lone word in a Pashto sentence that keeps other Latin-script text of the English (names,
#: acronyms, codes: ``meteorite، ALH84001``): the translator keeps terms in Latin there
LATIN_CONTEXT_FACTOR = 0.8
TERM_NAMED_FACTOR = 0.7
#: a reported word rarer than this in general English (Zipf scale of :func:`english_commonness`:
#: about 3 occurrences per million words; *kernel* 3.6 and *hospital* 5.1 are above it,
#: *firmware* 3.2, *meteorite* 3.2 and *polymerase* 3.0 below) is a term a field's texts use,
#: which translators keep in Latin script on purpose more often than they forget it: alone among
#: Pashto words it is reported at ``info``.  Fitted on the tuning parts (bench/results/untranslated.md):
#: every value from 3.21 to 3.76 sorts the first-contact tuning verdicts the same way (6 to info:
#: 2 real, 4 false); the planted untranslated recall (tuning) is 97.5 % at 3.5 (99.5 % without
#: the rule) and falls below 95 % above 3.7.
RARE_ZIPF = 3.5
_NAMING = lazy(r"(?:\bcalled|\bknown\s+as|\btermed|\bnamed|\bso-called|\bthe\s+(?:term|word))\s+$", re.I)


@lru_cache(maxsize=1)
def _term_suffixes() -> tuple[str, ...]:
    return tuple(line.strip().lower() for line in read_data("term_suffixes_en.txt").splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


def term_shaped(word: str) -> bool:
    """Whether ``word`` ends like a technical term (polymerase, encephalitis, firmware; not an
    English verb or adverb form)."""
    w = word.lower()
    if w.endswith(_INFLECTED):
        return False
    stem = w[:-1] if w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
    return any(stem.endswith(sfx) and (len(stem) >= len(sfx) + 2 or len(sfx) >= 5) for sfx in _term_suffixes())


def named_as_term(src: str, start: int, end: int) -> bool:
    """Whether the English presents ``src[start:end]`` as a term: in quotes or brackets, or right
    after *called*, *known as*, *termed*, *named*, *the term*."""
    before, after = src[:start].rstrip(), src[end:].lstrip()
    if before[-1:] in "\"'‘“«(" and after[:1] in "\"'’”»)":
        return True
    return bool(_NAMING.search(src[:start]))


def rare_term(words: list[str], terms: set[str]) -> bool:
    """Whether every word of ``words`` is rare in general English (:data:`RARE_ZIPF`) and none is
    an English term the term base or a glossary gives a Pashto rendering for (``terms``: then it
    had a translation, however rare the word).  False without frequency data."""
    if not words or any(strip_possessive(w.lower()) in terms for w in words):
        return False
    for w in words:
        z = _lexeme_commonness(w)
        if z is None or z >= RARE_ZIPF or _plain_derivation(w):
            return False
    return True


#: British and American spellings of one word (fertiliser/fertilizer, colour/color,
#: centre/center, analyse/analyze, haemoglobin/hemoglobin): the frequency lists count them apart
_SPELLING_VARIANTS = (("is", "iz"), ("ys", "yz"), ("our", "or"), ("tre", "ter"), ("ae", "e"), ("oe", "e"),
                      ("ogue", "og"), ("ll", "l"))
#: shorter words are left alone (shoe/she, four/for are two words, not two spellings)
_VARIANT_MIN_LETTERS = 6


def _lexeme_commonness(word: str):
    """How common ``word`` is in general English (:func:`english_commonness`), its British and
    American spellings counted together (Zipf of the summed frequencies)."""
    w = word.lower()
    z = english_commonness(w)
    if z is None:
        return None
    forms = set()
    if len(w) >= _VARIANT_MIN_LETTERS:
        for a, b in _SPELLING_VARIANTS:
            for x, y in ((a, b), (b, a)):
                if x in w[:-1]:
                    forms.add(w.replace(x, y, 1))
    forms.discard(w)
    total = 10 ** z + sum(10 ** (english_commonness(f) or 0) for f in forms
                          if english_word(f) and (english_commonness(f) or 0) > 0)
    return round(math.log10(total), 2)


@lru_cache(maxsize=1)
def _prose_suffixes() -> tuple[str, ...]:
    return tuple(sorted(load_wordset("en_prose_suffixes.txt"), key=len, reverse=True))


def _plain_derivation(word: str) -> bool:
    """Whether ``word`` is a common English word with an ending of everyday word formation
    (``en_prose_suffixes.txt``: meaningful|ness, careless|ness): rare as a whole, but prose, not
    a term of a field kept in Latin script on purpose."""
    w = word.lower()
    for sfx in _prose_suffixes():
        stem = w[:-len(sfx)]
        if w.endswith(sfx) and len(stem) >= 4:
            for base in (stem, stem[:-1] + "y" if stem.endswith("i") else stem):
                z = english_commonness(base)
                if z is not None and z >= RARE_ZIPF:
                    return True
    return False


def _latin_brackets(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is inside brackets that hold Latin script only: the original (a
    term, a book title, an acronym's expansion) put beside its translation, ``تاکسا(invertebrate
    taxa)``, ``FinFET (field-effect transistor)``, ``(A Companion to the Philosophy of Mind)``."""
    opens = [text.rfind(o, 0, a) for o in "(["]
    k = max(opens)
    if k < 0:
        return False
    close = ")" if text[k] == "(" else "]"
    if text.find(close, k, a) >= 0:
        return False
    e = text.find(close, b)
    if e < 0 or text.find(text[k], b, e) >= 0:
        return False
    inside = text[k + 1:e]
    return not _ARABIC_LETTER.search(inside) and bool(text[:k].strip())


#: the fewest letters of an English word read as kept beside its rendering by sound
_SOUNDED_MIN_LETTERS = 5


def _beside_its_sound(text: str, a: int, b: int, word: str) -> bool:
    """Whether the Pashto word right before or after the Latin word ``text[a:b]`` renders it by
    sound: the original kept beside its transliteration ("د پاګن pagan شاعري", کانن canon)."""
    from ..lang.translit import common_words, match_threshold, sounds_like
    if len(word) < _SOUNDED_MIN_LETTERS:
        return False            # short words sound like many Pashto ones ("care" ↔ کړي)
    before = re.search(r"(\S+)\s*$", text[:a])
    after = re.match(r"\s*(\S+)", text[b:])
    threshold = match_threshold(word)
    for m in (before, after):
        if m is None:
            continue
        neighbour = m.group(1).strip(_LEADING + _TRAILING)
        if _ARABIC_LETTER.search(neighbour) and not re.search(r"[A-Za-z]", neighbour) \
                and fold(neighbour) not in common_words() and sounds_like(word, neighbour, threshold):
            return True
    return False


def _with_acronym(text: str, a: int, b: int) -> bool:
    """Whether the Latin run ``text[a:b]`` is followed by its acronym in brackets, the initials of
    its words and hyphenated parts (``gate-all-around (GAA)``), or follows it after an opening
    bracket (``MOSFET (metal-oxide-semiconductor field-effect transistor)``): a term kept with its
    acronym."""
    m = re.match(r"\s*\(\s*([A-Z]{2,8})s?\s*\)", text[b:]) or re.search(r"(?<![A-Za-z])([A-Z]{2,8})s?\s*\(\s*$",
                                                                     text[:a])
    if not m:
        return False
    parts = [p for p in re.split(r"[\s\-–]+", text[a:b]) if p]
    return len(parts) >= 2 and "".join(p[0] for p in parts).upper() == m.group(1)


def _in_formula(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` stands in a formula: an equals sign one token away (``sec 8° = 1.01``)."""
    return bool(re.match(r"\s*(?:\S+\s*)?[=≈≠<>≤≥]", text[b:b + 20])
                or re.search(r"[=≈≠<>≤≥]\s*(?:\S+\s*)?$", text[max(0, a - 20):a]))


def _abbreviation(text: str, end: int, word: str, source: str) -> bool:
    """A short word with its abbreviation point, not at the end of the sentence, that the English
    writes the same way (``eds.``, ``vol.``, ``cf.``): an abbreviation of a citation kept as it is."""
    if len(word) > 4 or text[end:end + 1] != "." or not text[end + 1:].strip(" .\"'”“»«)") \
            or not re.search(r"(?<![\w.])" + re.escape(word) + r"\.(?!\s*$)", source, re.IGNORECASE):
        return False
    return True


#: words that introduce reported speech in English: a quotation after (or before) one of them is
#: what someone said, which a translation renders, not a title, a slogan or a phrase mentioned
_SPEECH = lazy(r"\b(?:says?|said|saying|tells?|told|ask(?:s|ed)?|add(?:s|ed)|state(?:s|d)|repl(?:y|ies|ied)|"
               r"declare(?:s|d)|announce(?:s|d)|explain(?:s|ed)|warn(?:s|ed)|insist(?:s|ed)|tweet(?:s|ed)|"
               r"according\s+to|quoted|shout(?:s|ed)|cr(?:y|ies|ied)|(?:wrote|writes|write)\s*[:,])", re.I)
#: a quoted stretch of Latin script: opening quote, the words, closing quote
_QUOTED_LATIN = lazy(rf"[{re.escape(_QUOTES)}]([A-Za-z][^{re.escape(_QUOTES)}\u0600-\u06ff]*?[A-Za-z.?!])"
                     rf"[{re.escape(_QUOTES)}]")


def english_quotation(text: str, a: int, b: int, source: str):
    """The quotation of the English (a match, group 0 with its quotes) that puts the same words
    in quotes as the Latin run ``text[a:b]`` has around it, when it is not reported speech: a
    title, a slogan, a motto or a phrase mentioned as such, kept as the English gives it
    (``"Yes We Can"``, ``"On the origin of species"``, ``"knowledge is power"``; not ``he said
    "we will win"``); else None."""
    if not text[a - 1:a] or text[a - 1] not in _QUOTES or not text[b:b + 1] or text[b] not in _QUOTES:
        return None
    q = re.escape(_QUOTES)
    words = text[a:b].split()
    m = re.search(rf"[{q}]" + r"\s+".join(map(re.escape, words)) + rf"[{q}]", source, re.IGNORECASE)
    if m is None:
        return None
    before, after = source[max(0, m.start() - 40):m.start()], source[m.end():m.end() + 40]
    if _SPEECH.search(" ".join(before.split()[-3:])) or _SPEECH.search(" ".join(after.split()[:3])):
        return None
    return m


def kept_quotations(source: str, target: str) -> list:
    """``(English span, Pashto span)`` of every quotation of Latin script the Pashto keeps as the
    English quotes it (:func:`english_quotation`)."""
    out = []
    for m in _QUOTED_LATIN.finditer(target):
        e = english_quotation(target, m.start(1), m.end(1), source)
        if e is not None:
            out.append(((e.start(), e.end()), (m.start(), m.end())))
    return out


def _named_in_pashto(text: str, b: int) -> bool:
    """Whether the Pashto calls the Latin run ending at ``b`` a name (``gloss_markers_ps.tsv``,
    kind ``name``: ``د Guest په نوم شبکه``, ``dark mode نومېږي``): a name or a title kept as it
    is, not a word left in English."""
    return bool(_name_marker().match(text[b:]))


@lru_cache(maxsize=1)
def _name_marker() -> re.Pattern:
    alts = [r"\s*".join(map(re.escape, m.split())) for m, k in iter_rows("gloss_markers_ps.tsv", 2) if k == "name"]
    return re.compile(r"[\s" + re.escape(_QUOTES) + r"]*(?:" + ("|".join(sorted(alts, key=len, reverse=True)) or "(?!)")
                      + r")(?!\w)")


def _other_latin(text: str, a: int, b: int) -> bool:
    """Whether ``text`` has Latin-script letters outside ``text[a:b]``."""
    return bool(re.search(r"[A-Za-z]{2}", text[:a]) or re.search(r"[A-Za-z]{2}", text[b:]))


def _latin_beside(text: str, a: int, b: int) -> bool:
    """Whether the token before ``text[a:b]`` or the one after it is in Latin script."""
    before, after = text[:a].split()[-1:], text[b:].split()[:1]
    return any(re.search(r"[A-Za-z]", t) for t in before + after)


_PS_TOKEN = lazy(_ARABIC_LETTER.pattern + "+")
#: strength of an English word written in Pashto letters by its sound (UNTRANS-WORD): the word is
#: there, a reader understands it, but it is the English word, not its translation
TRANSLITERATED_STRENGTH = 0.85


def _ps_key(word: str) -> str:
    return fold(word).replace("ې", "ی").replace("ي", "ی")


def _ps_forms(word: str) -> set[str]:
    """Folded spellings of the Pashto word ``word`` with the Pashto endings the glossary matches
    (:data:`aligner.lang.glossary.PS_ENDINGS`: سټوډنټانو, فیمیلۍ; a
    final vowel letter replaced: ټولنه → ټولنې, ټولنو)."""
    key = _ps_key(word)
    stems = {key} | ({key[:-1]} if key[-1:] in "یهۍ" and len(key) > 2 else set())
    return {_ps_key(st + e) for st in stems for e in PS_ENDINGS}


@lru_cache(maxsize=1)
def _transliterated() -> dict:
    """{folded Pashto spelling with its endings: (English word, ordinary Pashto words' forms,
    ordinary Pashto phrases)} from ``transliterated_en_ps.tsv``."""
    out = {}
    for en, ordinary, spellings in iter_rows("transliterated_en_ps.tsv", 3):
        words = [w.strip() for w in ordinary.split(",") if w.strip()]
        single = frozenset(f for w in words if " " not in w for f in _ps_forms(w))
        phrases = tuple(_ps_key(w) for w in words if " " in w)
        for sp in spellings.split(","):
            for form in _ps_forms(sp.strip()):
                out[form] = (en.lower(), single, phrases, words[0])
    return out


def _english_lower_forms(source: str) -> set[str]:
    """The forms (singular, plural, without a possessive) of the English words of ``source`` that
    are written in lower case (common nouns, not names), or that open the sentence before a
    lower-case word."""
    out = set()
    tokens = list(_LATIN_WORD.finditer(source))
    for k, m in enumerate(tokens):
        w = m.group()
        first = not source[:m.start()].strip(" \"'“‘«(")
        if w.islower() or (first and w[1:].islower() and k + 1 < len(tokens) and tokens[k + 1].group().islower()):
            out |= _forms(strip_possessive(w.lower()))
    return out


def transliterations(source: str, target: str) -> list:
    """``(English word, Pashto match, ordinary Pashto word)`` of every English word of ``source``
    that ``target`` writes in Pashto letters by its sound (``transliterated_en_ps.tsv``) without
    an ordinary Pashto word for it beside."""
    table = _transliterated()
    tokens = [(m, _ps_key(m.group())) for m in _PS_TOKEN.finditer(target)]
    hits = [(m, table[k]) for m, k in tokens if k in table]
    if not hits:
        return []
    english = _english_lower_forms(source)
    keys = {k for _, k in tokens}
    folded = " ".join(k for _, k in tokens)
    out = []
    for m, (en, single, phrases, shown) in hits:
        if en in english and not keys & single and not any(p in folded for p in phrases):
            out.append((en, m, shown))
    return out


def left_in_english(pair, ctx):
    """The Latin-script words of the Pashto of ``pair`` that nothing marks as kept on purpose (see
    the module's docstring): ``(masked target, letters of those words, the matches of those the
    English has, the judge)``; the target is masked where URLs, code and markup stand."""
    tgt = pair.target.text
    masked = _URL_OR_MAIL.sub(lambda m: " " * len(m.group()), tgt)
    for a, b in pair.target.code + tuple(_literal_spans(pair)):   # code and markup stay as they are
        masked = masked[:a] + " " * (b - a) + masked[b:]
    judge = _Judge(pair, ctx, masked)
    src_words = _word_forms(pair.source.text)
    english, run = 0, []
    for m in _LATIN_WORD.finditer(masked):
        w = m.group()
        if w.lower() != w or len(w) < 3:      # names, acronyms, units (kg, km) are fine
            continue
        if not re.search(r"[aeiouy]", w):     # not English: Welsh twp, pwp quoted as words
            continue
        before = masked[max(0, m.start() - 2):m.start()].strip()
        after = masked[m.end():m.end() + 1]
        if before[-1:] and before[-1] in _QUOTES and after and after in _QUOTES:
            continue                          # a quoted foreign word (quotes either way round)
        if before[-1:].isdigit() and _unit(w):                 # a unit after a number: 35 mph
            continue
        if after == "(" and re.search(r"(?<![\w-])" + re.escape(w) + r"\(", pair.source.text):
            continue                          # a function call as the English writes it: print()
        if (masked[max(0, m.start() - 2):m.start()].endswith(("<", "</")) and after and after in "> /"
                and re.search(r"</?" + re.escape(w) + r"\b", pair.source.text)):
            continue                          # a markup tag as the English writes it: <table>
        if judge.reason(m) is not None:
            continue
        english += sum(ch.isalpha() for ch in w)
        if strip_possessive(w.lower()) in src_words:
            run.append(m)
    return masked, english, run, judge


def kept_on_purpose(pair, ctx) -> bool:
    """Whether the Pashto of ``pair`` is a translation with Pashto words of its own
    (:data:`KEPT_MIN_PASHTO_WORDS`) whose every Latin-script word is kept on purpose (names,
    titles, identifiers, phrases of other languages: :func:`left_in_english` finds none): "د
    پروتيس د سفر په اړه د هغه ليکنه د Melchisédech Thévenot (Relations de divers voyages curieux،
    …) … له لوري خپره شوه" is no copy of its English."""
    return len(_PASHTO_WORD.findall(pair.target.text)) >= KEPT_MIN_PASHTO_WORDS and left_in_english(pair, ctx)[1] == 0


@register
class UntranslatedCheck(PairCheck):
    code = "UNTRANS-WORD"
    category = "untranslated"
    severity = "warning"
    description = "English words or whole sentences left untranslated in the Pashto."
    codes = {
        "UNTRANS-WORD": ("untranslated", "warning", "English word left in the translation"),
        "UNTRANS-SENTENCE": ("untranslated", "error", "target sentence is not in Pashto"),
    }

    def check_pair(self, pair, ctx):
        tgt = pair.target.text
        masked, english, run, judge = left_in_english(pair, ctx)
        _, arabic = _letters(masked)
        if english >= 12 and english > 1.5 * arabic:
            yield self.finding("The Pashto sentence is mostly English: it looks untranslated",
                               code="UNTRANS-SENTENCE", source=pair.source.whole, target=pair.target.whole,
                               target_value=tgt)
            return
        if run:
            a, b = run[0].start(), run[-1].end()
            words = [m.group() for m in run]
            src = re.search(r"\b" + re.escape(words[0]) + r"\b", pair.source.text, re.IGNORECASE)
            f = self.finding(
                f"English {'word' if len(words) == 1 else 'words'} {', '.join(repr(w) for w in words)} "
                "left untranslated in the Pashto sentence",
                code="UNTRANS-WORD", target=pair.target.span(a, b),
                source=pair.source.span(src.start(), src.end()) if src else None,
                source_value=words, target_value=words)
            alone = False
            if len(words) == 1 and not _latin_beside(masked, a, b):
                alone = True
                st = LONE_WORD_STRENGTH
                if term_shaped(words[0]):
                    st *= TERM_SHAPE_FACTOR
                if src is not None and named_as_term(pair.source.text, src.start(), src.end()):
                    st *= TERM_NAMED_FACTOR
                if _other_latin(masked, a, b):
                    st *= LATIN_CONTEXT_FACTOR
                f.strength = round(st, 3)
            elif not any(_latin_beside(masked, m.start(), m.end()) for m in run):
                # several words, each alone among Pashto words (cache او cookies): terms kept one
                # by one more often than prose, but more than one word's worth of evidence
                f.strength = SCATTERED_WORDS_STRENGTH
                alone = True
            # words alone among Pashto words (not a run of English) that general English rarely
            # uses: terms kept in Latin on purpose more often than not, reported for a look only
            if alone and rare_term(words, judge.terms()):
                f.severity = "info"
                f.message = (f"{', '.join(repr(w) for w in words)} kept in Latin script: rare in general "
                             f"English, perhaps {'a term' if len(words) == 1 else 'terms'} kept on purpose; "
                             "check it is meant")
            yield f
        yield from self._transliterated(pair)

    def _transliterated(self, pair):
        """English words written in Pashto letters by their sound (``transliterated_en_ps.tsv``)."""
        src = pair.source.text
        for en, m, ordinary in transliterations(src, pair.target.text):
            e = re.search(r"(?<![\w-])" + re.escape(en) + r"\w*", src, re.IGNORECASE)
            f = self.finding(
                f"English word {en!r} written in Pashto letters ({m.group()}) instead of translated "
                f"(Pashto: {ordinary})",
                code="UNTRANS-WORD", target=pair.target.span(m.start(), m.end()),
                source=pair.source.span(e.start(), e.end()) if e else None,
                source_value=[en], target_value=[m.group()])
            f.strength = TRANSLITERATED_STRENGTH
            yield f
