"""Word tokenizers shared by the checks (one place for the patterns that cut text into words).

* :data:`EN_WORD`: English word tokens for name finding — dotted acronyms (U.S.), words of
  letters and digits with inner apostrophes and hyphens (O'Neill, COVID-19, al-Assad);
* :data:`PS_WORD`: the words of a Pashto sentence — runs of Arabic-script letters, and the
  Latin-script words and dotted acronyms copied into it.
"""
from __future__ import annotations

import re

#: Arabic-script letters of Pashto words (hamza … yeh, with the Pashto and Persian additions).
PS_LETTER = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"

EN_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+)*")
PS_WORD = re.compile(f"[{PS_LETTER}]+|(?:[A-Za-z]\\.){{2,}}|[A-Za-z]+")
