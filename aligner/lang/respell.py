"""Writing a correction the way the translation writes: the language knowledge behind the
checks' suggested fixes (``Finding.suggestion``).

* :func:`inflect_like`: a term's allowed rendering given the inflectional ending of the
  forbidden word it replaces (المونیمو → الومیناوو);
* :func:`number_like`: a number written in the target's digit script, grouping and decimal
  separators (source 500,000 where the Pashto says ۶۰۰٬۰۰۰ → ۵۰۰٬۰۰۰);
* :func:`date_like`: a date's day, month name and year rewritten in the calendar and month
  names the translation uses (a Solar Hijri date stays Solar Hijri, a Dari month name stays
  Dari).

Each returns None when it cannot be sure, and the check then suggests nothing.
"""
from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from .glossary import PS_ENDINGS, fold_ps, ps_stem

# --------------------------------------------------------------------------- inflection

_VOWEL_FINAL = "هېیۍ"


@lru_cache(maxsize=1)
def _after_alef() -> dict[str, str]:
    """How a consonant-final word's ending reads after a rendering ending in ا (الومینا):
    ``ps_endings_after_alef.tsv`` (oblique plural ـو → ـوو, plural ـونه → ـګانې …)."""
    from .data import iter_rows
    return {row[0]: row[1] for row in iter_rows("ps_endings_after_alef.tsv", 2)}


def _ending(token: str, form: str) -> tuple[str, bool]:
    """The inflectional ending of the folded ``token`` relative to the folded rendering word
    ``form``, and whether it follows the word's stem (its final vowel replaced)."""
    if token == form:
        return "", False
    stem = ps_stem(form) if len(form) > 2 else form
    for base, on_stem in ((form, False), (stem, True)):
        rest = token[len(base):]
        if token.startswith(base) and rest in PS_ENDINGS:
            return rest, on_stem and base != form
    return "", False


def inflect_like(matched: str, form: str, replacement: str) -> str:
    """``replacement`` (a rendering, one or more words) with the ending that the last word of
    ``matched`` (the words found in the text) has on top of ``form`` (the rendering they
    match).  Uninflected, or an ending it cannot read: ``replacement`` as it is."""
    words, form_words, rep_words = matched.split(), fold_ps(form).split(), replacement.split()
    if not words or not form_words or not rep_words:
        return replacement
    token = fold_ps(words[-1])
    ending, on_stem = _ending(token, form_words[-1])
    if not ending:
        return replacement
    original = words[-1][len(words[-1]) - len(ending):]
    last, folded = rep_words[-1], fold_ps(rep_words[-1])
    if on_stem or (folded[-1:] in _VOWEL_FINAL and ending[:1] in "هېیۍوا"):
        new = (ps_stem(last) if folded[-1:] in _VOWEL_FINAL + "ا" and len(folded) > 3 else last) + ending
    elif folded.endswith("ا"):
        new = last + _after_alef().get(ending, ending)
    else:
        new = last + ending
    if "ي" in original:                          # keep the text's Arabic yeh
        new = new[:len(last)] + new[len(last):].replace("ی", "ي")
    return " ".join(rep_words[:-1] + [new])


# --------------------------------------------------------------------------- numbers

_SCRIPTS = {"ascii": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_SEPS = ".,\u066b\u066c\u060c\u00a0\u202f\u2009'"
_RUN = re.compile(f"[{_DIGIT}]+(?:[{_SEPS}][{_DIGIT}]+)*")
_TO_ASCII = str.maketrans({c: str(i) for digits in _SCRIPTS.values() for i, c in enumerate(digits)})
_DECIMAL_ONLY, _GROUP_ONLY = "\u066b", "\u066c\u00a0\u202f\u2009'"


def _script(run: str) -> str:
    for name, digits in _SCRIPTS.items():
        if run[0] in digits:
            return name
    return "ascii"


#: digit runs longer than this are not figures to respell
MAX_DIGITS = 60


def _readings(run: str) -> list[tuple[Fraction, Optional[str], Optional[str]]]:
    """``(value, group separator, decimal separator)`` readings of a digit run."""
    ascii_run = run.translate(_TO_ASCII)
    if len(ascii_run) > MAX_DIGITS:
        return []               # no figure a translation spells (and past int()'s 4,300-digit limit)
    parts = re.split(f"([{_SEPS}])", ascii_run)
    digits, seps = parts[0::2], parts[1::2]
    if not seps:
        return [(Fraction(int(ascii_run)), None, None)]
    out = []
    kinds = set(seps)
    if len(kinds) == 1 and seps[0] not in _DECIMAL_ONLY and len(digits[0]) <= 3 \
            and all(len(d) == 3 for d in digits[1:]):
        out.append((Fraction(int("".join(digits))), seps[0], None))
    last = seps[-1]
    if last not in _GROUP_ONLY and last not in seps[:-1]:
        head = digits[:-1]
        group = seps[0] if len(seps) > 1 else None
        if group is None or (set(seps[:-1]) == {group} and len(head[0]) <= 3 and all(len(d) == 3 for d in head[1:])):
            out.append((Fraction(int("".join(head)) * 10 ** len(digits[-1]) + int(digits[-1]), 10 ** len(digits[-1])),
                        group, last))
    return out


def _decimal_text(value: Fraction, max_places: int = 6) -> Optional[tuple[str, str]]:
    """``(integer digits, fraction digits)`` of a non-negative value with a finite decimal
    expansion of at most ``max_places`` places, else None."""
    for places in range(max_places + 1):
        scaled = value * 10 ** places
        if scaled.denominator == 1:
            n = scaled.numerator
            whole, frac = divmod(n, 10 ** places)
            return str(whole), (str(frac).rjust(places, "0") if places else "")
    return None


def number_like(written: str, written_value: Fraction, value: Fraction) -> Optional[tuple[int, int, str]]:
    """Rewrite the one digit run of ``written`` (a number as the target writes it, read as
    ``written_value``: a scale word after it, ملیونه, multiplies it) so that it says ``value``:
    ``(start, end, digits)`` within ``written``, in its digit script, grouping and decimal
    separator; None when ``written`` has no single digit run or the value cannot be written
    with it."""
    runs = list(_RUN.finditer(written))
    if len(runs) != 1 or value < 0 or written_value <= 0:
        return None
    run = runs[0]
    for reading, group, decimal in _readings(run.group()):
        if reading <= 0:
            continue
        scale = written_value / reading
        if scale.denominator != 1 or scale < 1:
            continue
        parts = _decimal_text(value / scale)
        if parts is None:
            return None
        whole, frac = parts
        if group and len(whole) > 3:
            head = len(whole) % 3 or 3
            whole = whole[:head] + "".join(group + whole[i:i + 3] for i in range(head, len(whole), 3))
        script = _script(run.group())
        text = whole + ((decimal or ("\u066b" if script != "ascii" else ".")) + frac if frac else "")
        if script != "ascii":
            text = text.translate(str.maketrans("0123456789", _SCRIPTS[script]))
        return run.start(), run.end(), text
    return None


# --------------------------------------------------------------------------- dates

@lru_cache(maxsize=1)
def _month_forms() -> dict[tuple[str, int], list[str]]:
    """(calendar, month) → its Pashto spellings as written in ``date_months.tsv``, in order."""
    from .data import iter_rows
    out: dict[tuple[str, int], list[str]] = {}
    for form, lang, cal, month, *_ in iter_rows("date_months.tsv", 4):
        if lang == "ps":
            out.setdefault((cal, int(month)), []).append(form)
    return out


def month_like(written: str, calendar: str, month: int, new_month: int, context: str = "") -> Optional[str]:
    """The name of ``new_month`` as the translation writes it: the spelling of it used most
    in ``context`` (the whole translation: سپټمبر rather than سپتمبر when that is the
    translator's), else the one in the spelling family of ``written`` (the name the text uses
    for ``month``): the same position in the list of spellings (Pashto or Dari solar names,
    جنوري or جنوری style), else the first."""
    forms = _month_forms()
    old, new = forms.get((calendar, month), []), forms.get((calendar, new_month), [])
    if not new:
        return None
    used = {f: len(re.findall(f"(?<![^\\W\\d_]){re.escape(f)}(?![^\\W\\d_])", context)) for f in new} if context else {}
    if used and max(used.values()) > 0:
        return max(new, key=lambda f: used[f])            # the first of equals: list order
    key = fold_ps(written)
    rank = next((i for i, f in enumerate(old) if f == written), None)
    if rank is None:
        rank = next((i for i, f in enumerate(old) if fold_ps(f) == key), 0)
    return new[min(rank, len(new) - 1)]


def date_like(text: str, calendar: str, original: tuple, new: tuple,
              context: str = "") -> Optional[list[tuple[int, int, str]]]:
    """Replacements ``(start, end, text)`` within ``text`` (a date as the target writes it,
    ``original`` = its (year, month, day) in ``calendar``) that make it say ``new`` (same
    calendar): each differing number in its own digit script, a differing month by name in
    the text's spelling family.  None when a differing field cannot be found in the text."""
    from .dates import _key, lexicon
    edits = []
    runs = list(re.finditer(f"[{_DIGIT}]+", text))
    values = [int(r.group().translate(_TO_ASCII)) for r in runs]
    for field_index, (old, want) in enumerate(zip(original, new)):
        if old is None or want is None or old == want:
            continue
        if field_index == 1:                          # the month: a name (or a number)
            months = lexicon().months["ps"]
            found = None
            for m in re.finditer(r"[^\W\d_]+", text):
                name = months.get(_key(m.group(), "ps"))
                if name is not None and name.calendar == calendar and name.month == old:
                    found = m
                    break
            if found is not None:
                spelled = month_like(found.group(), calendar, old, want, context)
                if spelled is None:
                    return None
                edits.append((found.start(), found.end(), spelled))
                continue
        hits = [k for k, v in enumerate(values) if v == old]
        if len(hits) != 1:
            return None
        r = runs[hits[0]]
        digits = str(want).translate(str.maketrans("0123456789", _SCRIPTS[_script(r.group())]))
        if field_index == 0 and len(r.group()) == 2 and want >= 100:
            digits = digits[-2:]                      # a two-digit year stays two digits
        edits.append((r.start(), r.end(), digits))
    return sorted(edits) or None
