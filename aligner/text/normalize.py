"""Normalization for *matching*, never for output.

``normalize(text)`` returns the folded text together with an offset map, so that a
span found in the folded text can be reported against the original input.

What is folded (field-notes §5.7):
* Unicode NFC, applied per grapheme cluster so offsets stay exact;
* removed: bidi and format marks (LRM/RLM/ALM, embeddings, isolates), ZWNJ/ZWJ,
  soft hyphen, BOM, tatweel and the optional harakat;
* Arabic/Persian letter variants that Pashto treats as one letter:
  ي ى → ی, ك → ک, گ → ګ, ە ۀ ة ہ ھ → ه, ڂ → ځ, أ إ ٱ → ا; the Urdu letters of the
  retroflex consonants that Pashto typed on an Urdu keyboard uses for its own ٹ ڈ ڑ → ټ ډ ړ
  (ڈيوڈ David, رابڑٹ Robert); Arabic presentation forms (positional glyphs of some keyboards
  and PDF copies, ﺭونالډ) → their letter.
  The Pashto letters ښ ګ ړ ځ څ ډ ټ ڼ ږ ې ۍ stay distinct (hazm's normalizer
  merges them, which is why it is not used);
* Arabic-Indic and Extended Arabic-Indic digits → ASCII, ٪ → %;
* every Unicode space separator → ASCII space.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Arabic-script letters (Pashto, Persian, Arabic), without punctuation such as ، ؛ ؟ ۔ and
#: without digits: the one definition the splitter, language identification and checks use.
ARABIC_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]+")
#: any character of the Arabic block (letters, Extended Arabic-Indic digits, ، ؟): "is this Arabic-script text?"
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")

# Characters dropped entirely for matching.
_REMOVE = set(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\ufeff\u0640"       # ZW*, LRM, RLM, ALM, SHY, BOM, tatweel
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"        # embeddings, overrides, isolates
)
# Optional Arabic diacritics (harakat, superscript alef, small high marks).
_REMOVE.update(chr(c) for c in range(0x064B, 0x0660))
_REMOVE.add("\u0670")

_MAP = {
    "\u064a": "\u06cc",  # ARABIC YEH → FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA → FARSI YEH
    "\u0643": "\u06a9",  # ARABIC KAF → KEHEH
    "\u06af": "\u06ab",  # PERSIAN GAF → PASHTO GAF (ګ)
    "\u06d5": "\u0647",  # AE → HEH
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE → HEH
    "\u0629": "\u0647",  # TEH MARBUTA → HEH
    "\u06c1": "\u0647",  # HEH GOAL → HEH
    "\u06be": "\u0647",  # HEH DOACHASHMEE → HEH
    "\u0682": "\u0681",  # ڂ → ځ
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",   # hamza/wasla alef → alef
    "\u066a": "%",       # ARABIC PERCENT SIGN
}
_MAP.update({"\u0679": "\u067c", "\u0688": "\u0689", "\u0691": "\u0693"})   # Urdu ٹ ڈ ڑ → ټ ډ ړ
for _cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):     # presentation forms → their letter
    _k = unicodedata.normalize("NFKC", chr(_cp))
    if len(_k) == 1 and _k != chr(_cp) and "\u0620" <= _k <= "\u06ff":   # (one letter: offsets stay 1:1)
        _MAP[chr(_cp)] = _MAP.get(_k, _k)
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)


def _fold_char(ch: str) -> str:
    if ch in _REMOVE:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch != " " and unicodedata.category(ch) == "Zs":
        return " "
    return ch


@dataclass
class NormText:
    """Folded text plus, for each folded character, the original span it came from."""
    original: str
    text: str
    starts: list[int]
    ends: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text to the smallest covering span of the original."""
        if not self.text:
            return (0, 0)
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return (pos, pos)
        return (self.starts[start], self.ends[end - 1])

    def original_span(self, start: int, end: int) -> str:
        """The original text of a folded span (for a NormText made with ``offset=0``)."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


def _clusters(text: str):
    """Yield (start, end) of grapheme-ish clusters: a base char plus its combining marks."""
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j
        i = j


#: what folding does to the characters seen so far: the str.translate table of those it changes,
#: those it removes and those with a combining class (learned once per character)
_SEEN: set[str] = set()
_FOLD_TABLE: dict[int, str] = {}
_DROPPED: set[str] = set()
_COMBINING: set[str] = set()


def _learn(text: str) -> None:
    if not _SEEN.issuperset(text):
        for ch in set(text).difference(_SEEN):
            folded = _fold_char(ch)
            if folded != ch:
                _FOLD_TABLE[ord(ch)] = folded
            if not folded:
                _DROPPED.add(ch)
            if unicodedata.combining(ch):
                _COMBINING.add(ch)
            _SEEN.add(ch)


def normalize(text: str, offset: int = 0) -> NormText:
    """Fold ``text`` for matching; ``offset`` is added to every recorded position."""
    _learn(text)
    if _COMBINING.isdisjoint(text):     # every character is its own cluster: one translate
        folded = text.translate(_FOLD_TABLE)
        if _DROPPED.isdisjoint(text):
            return NormText(text, folded, list(range(offset, offset + len(text))),
                            list(range(offset + 1, offset + len(text) + 1)))
        starts = [i + offset for i, ch in enumerate(text) if ch not in _DROPPED]
        return NormText(text, folded, starts, [i + 1 for i in starts])
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, b in _clusters(text):
        cluster = text[a:b]
        if b - a > 1:
            cluster = unicodedata.normalize("NFC", cluster)
        for ch in cluster:
            folded = _fold_char(ch)
            for f in folded:
                out.append(f)
                starts.append(a + offset)
                ends.append(b + offset)
    return NormText(text, "".join(out), starts, ends)


def normalized_text(text: str) -> str:
    """``normalize(text).text``: the folded text, without building the offset map."""
    _learn(text)
    if _COMBINING.isdisjoint(text):
        return text.translate(_FOLD_TABLE)
    return normalize(text).text


def fold(text: str) -> str:
    """The folded text only (no offset map)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    _learn(text)
    return text.translate(_FOLD_TABLE)


#: older Pashto orthography (before the 1970s-2000s standard; FLoRes, older web text) writes
#: the letters ې and final ۍ, which the standard distinguishes from ی, with ی / ي / ئ:
#: درېیو → درییو, لومړۍ → لومړئ, مۍ → مئ.  Folding them away would merge words the standard
#: keeps apart (ې is a verb and plural ending, final ئ the 2nd person plural), so they are
#: not folded: a lexicon adds these spellings of its own entries (never overriding an entry).
_OLDER_FINAL = {"ۍ": ("ئ", "ی")}


def older_spellings(word: str) -> set[str]:
    """Spellings of a folded Pashto lexicon ``word`` in the older orthography (without it)."""
    out = {word.replace("ې", "ی")}
    for base in (word, word.replace("ې", "ی")):
        for old in _OLDER_FINAL.get(base[-1:], ()):
            out.add(base[:-1] + old)
    out.discard(word)
    return out
