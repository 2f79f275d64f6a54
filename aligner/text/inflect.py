"""English inflection and possessives, shared by the checks.

:func:`english_lemmas` gives the base forms a capitalised word may inflect from (the name
checks ask whether a word is ordinary vocabulary); :func:`strip_possessive` removes a
possessive ending; :func:`english_stems` gives the base forms a lower-case word may be a
regular inflection of, by the rules the English word list (``en_words.txt``, see
:mod:`aligner.text.langid`) was folded with; :func:`singular_plural` the forms a word copied
untranslated may take; :func:`en_key` the case- and plural-insensitive key glossary terms are
matched by.  The variants differ on purpose (a name test wants few stems of
capitalised words, a dictionary lookup must mirror the word list's folding rules).
"""
from __future__ import annotations


def strip_possessive(tok: str) -> str:
    """``Bush's`` → ``Bush``, ``Jones'`` → ``Jones`` (a one-letter stem is left alone)."""
    if not tok.endswith(("s", "'", "’")):         # (what every ending below ends with)
        return tok
    for suf in ("'s", "’s", "'", "’"):
        if tok.endswith(suf) and len(tok) > len(suf) + 1:
            return tok[: -len(suf)]
    return tok


def singular_plural(word: str) -> set[str]:
    """A lower-case English word with the forms a copied word may take: without a possessive,
    singular and plural (refineries: refinery)."""
    w = strip_possessive(word.lower())
    out = {w, w[:-1] if w.endswith("s") else w + "s"}
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    return out


def en_key(word: str) -> str:
    """Case- and plural-insensitive key of an English word (``Refineries`` → ``refinery``)."""
    w = word.replace(".", "").lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def english_lemmas(word: str) -> set[str]:
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


def english_stems(word: str) -> list[str]:
    """The base forms a lower-case ``word`` may be a regular inflection of: -s/-es/-ies,
    -ed/-ied, -ing, -er/-est (with a final e restored or a doubled consonant undone), -ly/-ily/
    -ally.  ``en_words.txt`` leaves out every word one of these rules derives from a listed
    word, so the same rules must be used to look a word up."""
    out: list[str] = []
    n = len(word)

    def add(s: str) -> None:
        if len(s) >= 2:
            out.append(s)
    if word.endswith("ies") and n > 4:
        add(word[:-3] + "y")
    if word.endswith("es") and n > 3:
        add(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and n > 3:
        add(word[:-1])
    if word.endswith("ied") and n > 4:
        add(word[:-3] + "y")
    for suf in ("ed", "ing", "er", "est"):
        if word.endswith(suf) and n - len(suf) >= 2:
            s = word[:-len(suf)]
            add(s)
            add(s + "e")
            if len(s) > 2 and s[-1] == s[-2]:
                add(s[:-1])
            if suf != "ing" and s.endswith("i"):
                add(s[:-1] + "y")
    if word.endswith("ly") and n > 4:
        add(word[:-2])
        if word.endswith("ily"):
            add(word[:-3] + "y")
        if word.endswith("ally"):
            add(word[:-4])
        if word.endswith(("bly", "ply")):
            add(word[:-1] + "e")
    return out
