"""Word tokenizers shared by the checks and the glossary: one place for the patterns that cut
text into words.  They differ on purpose, by what a word may contain:

* :data:`EN_WORD` — English words for finding names: dotted acronyms (U.S.), words of letters
  and digits with inner apostrophes and hyphens (O'Neill, COVID-19, al-Assad);
* :data:`EN_TERM_WORD` — English words of glossary terms: dotted acronyms, runs of letters and
  digits (hyphens and apostrophes separate words: a term matches across them);
* :data:`PS_WORD` — the words of a Pashto sentence for name lookups: runs of Pashto letters,
  and the Latin-script words (letters only) and dotted acronyms copied into it;
* :data:`TERM_WORD` — the same for glossary matching, Latin words with their digits (H1N1);
  :data:`LATIN_TERM_WORD` its Latin part alone, :data:`PS_LETTERS` its Pashto part alone;
* :data:`COPIED_WORD` — a Latin-script word copied into a translation (two letters at least,
  not part of an address, a path or an e-mail).
"""
from __future__ import annotations

import re

#: Letters of the Arabic script as they occur in Pashto words (after folding).
PS_LETTER = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"

EN_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*")
EN_TERM_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+")
PS_WORD = re.compile(f"[{PS_LETTER}]+|(?:[A-Za-z]\\.){{2,}}|[A-Za-z]+")
PS_LETTERS = re.compile(f"[{PS_LETTER}]+")
LATIN_TERM_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9]*")
TERM_WORD = re.compile(f"[{PS_LETTER}]+|(?:[A-Za-z]\\.){{2,}}|[A-Za-z][A-Za-z0-9]*")
#: A run of Latin letters (a word of a name, of an English span).
LATIN_WORD = re.compile(r"[A-Za-z]+")
COPIED_WORD = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z'’-]*[A-Za-z](?![\w@]|\.\w)")
