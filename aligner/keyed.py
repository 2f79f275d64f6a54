"""Key-paired units → the two documents and the beads the checks read.

A localization file's units (:class:`aligner.formats.UnitSet`) are paired by their id,
not by embeddings.  :func:`unit_documents` lays each checked unit out as one block of a
synthetic source and a synthetic target :class:`~aligner.model.Document` (blocks separated
by a blank line), so every prose check (numbers, dates, names, terms, negation,
untranslated words) runs on units unchanged.  Inline codes and placeholders become
``Document.markup`` spans, which the checks skip: ``%1$s`` is never a number and ``<b>``
never a word.  Bead *k* is the *k*-th checked unit (``unit_beads[k]``).

Which units are checked: translatable units with a translation, except those whose state
says the translation is not one yet (XLIFF ``new``/``needs-translation``/``initial``, PO
``fuzzy``) unless ``include_untranslated``.  Units without a translation are counted as
untranslated, never reported as omissions.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Optional

from .formats import Code, Unit, UnitSet
from .model import Document, Finding, Sentence
from .checks import accelerators
from .checks.placeholders import analyse, find_placeholders, mask_spans, merge_codes
from .text.markdown import strip_markup

#: states whose target is not a translation yet (skipped unless --include-untranslated)
DRAFT_STATES = {"new", "needs-translation", "initial", "fuzzy", "needs-l10n", "needs-adaptation"}
SEPARATOR = "\n\n"


_ONE = re.compile(r"(?<![0-9\u0660-\u0669\u06f0-\u06f9.,])[1\u0661\u06f1](?![0-9\u0660-\u0669\u06f0-\u06f9]|[.,][0-9])")


def plural_one_digits(text: str, syntaxes: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of a literal "1" in the singular branch of a plural (``{{PLURAL:$1|1 change|$1
    changes}}``, ICU ``one {1 file}``) whose variable is printed nowhere else: there the "1"
    is how the form writes its variable, not a number of its own.  (Where the variable is
    also printed outside, ``$1 {{PLURAL:$1|1 change|…}}`` shows the count twice: kept.)"""
    if not text or not any(ch in text for ch in "1\u0661\u06f1"):
        return []
    a = analyse(text, syntaxes)
    out = []
    for w in a.wrappers:
        if w.kind != "plural" or not w.variable or not w.branches:
            continue
        printed = [c for c in a.values if c.name == w.variable and not (w.start <= c.start < w.end)]
        if printed:
            continue
        first = next((b for b in w.branches if b.key in ("1", "one", "=1")), None)
        if first is None:
            continue
        out += [(m.start(), m.end()) for m in _ONE.finditer(text, first.start, first.end)]
    return out


def _codes(text: str, own: tuple[Code, ...], syntaxes: tuple[str, ...],
           accel: tuple[Code, ...] = ()) -> tuple[Code, ...]:
    """The reader's codes (tags) plus the placeholders found in ``text``
    (:func:`aligner.checks.placeholders.merge_codes`: none inside a reader's tag) and the
    access-key markers ``accel`` outside them."""
    codes = merge_codes(own, find_placeholders(text, syntaxes) if text else ())
    if accel:
        spans = [(c.start, c.end) for c in codes]
        codes = merge_codes(codes, [a for a in accel if not any(s <= a.start < e for s, e in spans)])
    return tuple(codes)


def with_codes(unit: Unit, syntaxes: tuple[str, ...] = (), marker: Optional[str] = None) -> Unit:
    """``unit`` with the placeholders of its texts added to its codes, and the access-key
    markers when the file uses ``marker`` (:func:`aligner.checks.accelerators.file_marker`)."""
    syn = unit.syntaxes or syntaxes
    target = unit.target or ""
    s_acc = tuple(accelerators.find(unit.source, marker)) if marker else ()
    t_acc = tuple(accelerators.find(target, marker, target=True)) if marker else ()
    return replace(unit, source_codes=_codes(unit.source, unit.source_codes, syn, s_acc),
                   target_codes=_codes(target, unit.target_codes, syn, t_acc))


def select_units(units: UnitSet, include_untranslated: bool = False) -> tuple[list[Unit], dict]:
    """The units to check, and the counts of the others (``stats["units"]``)."""
    counts = {"format": units.format, "total": len(units.units), "checked": 0, "untranslated": 0,
              "not_translatable": 0, "skipped_state": {}, "empty": 0}
    out = []
    marker = accelerators.file_marker(u.source for u in units.units if u.translatable)
    for u in units.units:
        if not u.translatable:
            counts["not_translatable"] += 1
            continue
        if u.target is None:
            counts["untranslated"] += 1
            continue
        if u.state and u.state.lower() in DRAFT_STATES and not include_untranslated:
            counts["skipped_state"][u.state] = counts["skipped_state"].get(u.state, 0) + 1
            continue
        if not u.source.strip():
            counts["not_translatable"] += 1
            continue
        if not u.target.strip():
            counts["empty"] += 1
        out.append(with_codes(u, units.syntaxes, marker))
    counts["checked"] = len(out)
    return out, counts


def _file_digest(path: Optional[str]) -> Optional[str]:
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _document(texts: list[str], codes: list[tuple[Code, ...]], lang: str, path: Optional[str],
              syntaxes: Optional[list[tuple[str, ...]]] = None) -> Document:
    parts, sentences, markup = [], [], []
    pos = 0
    for k, (text, own) in enumerate(zip(texts, codes)):
        if k:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        ones = plural_one_digits(text, syntaxes[k]) if syntaxes else ()
        local = mask_spans(list(own) + [Code(a, b, "1") for a, b in ones])
        spans = [(pos + a, pos + b) for a, b in local]
        markup.extend(spans)
        parts.append(text)
        if text.strip():
            # the unit's text less its leading/trailing blanks is its one "sentence"
            a = len(text) - len(text.lstrip())
            b = len(text.rstrip())
            plain = strip_markup(text, local, a, b).text if local else text[a:b]
            sentences.append(Sentence(index=len(sentences), start=pos + a, end=pos + b, text=plain,
                                      kind="sentence", block=k))
        pos += len(text)
    full = "".join(parts)
    doc = Document(path=path, lang=lang, text=full, sha256=_file_digest(path))
    doc.sentences = sentences
    doc.markup = tuple(markup)          # each unit's spans are disjoint, and units follow one another
    return doc


def unit_documents(units: UnitSet, checked: list[Unit]) -> tuple[Document, Document, list[tuple]]:
    """The synthetic source and target documents of ``checked`` and, per unit, the
    (source sentence ids, target sentence ids) of its bead: an empty translation has no
    target sentence."""
    syn = [u.syntaxes or units.syntaxes for u in checked]
    src = _document([u.source for u in checked], [u.source_codes for u in checked], units.source_lang,
                    units.path, syn)
    tgt = _document([u.target or "" for u in checked], [u.target_codes for u in checked], units.target_lang,
                    units.target_path or units.path, syn)
    by_block_s = {s.block: s.index for s in src.sentences}
    by_block_t = {s.block: s.index for s in tgt.sentences}
    beads = []
    for k in range(len(checked)):
        s = (by_block_s[k],) if k in by_block_s else ()
        t = (by_block_t[k],) if k in by_block_t else ()
        beads.append((s, t))
    return src, tgt, beads



def file_findings(units: UnitSet) -> list[Finding]:
    """Findings about a localization file as a whole, not about a checked unit: an Android
    resource marked ``translatable="false"`` in ``values/`` that ``values-ps/`` has all the
    same (Android lint's ExtraTranslation), once per resource: a warning when translated
    (often a key, a brand or a technical value that must stay as it is, and a build that
    honours the attribute never shows it), info when only copied unchanged.  Each has the
    translation's ``unit`` (id, key, line, column) and no bead; the caller applies the
    configuration."""
    out = []
    source, target = _short(units.path), _short(units.target_path or units.path)
    for m in units.meta.get("translated_not_translatable") or ():
        what = "copies it unchanged: the copy is not needed" if m.get("copy") else \
            "translates it: remove it from the translation (Android uses the source's value)"
        out.append(Finding(
            "L10N-NOT-TRANSLATABLE", "format", "info" if m.get("copy") else "warning",
            f"«{m['name']}» is marked translatable=\"false\" in {source} (line {m['source_line']}) but {target} {what}",
            unit={"id": m["id"], "key": m["key"], "line": m["line"], "column": m["column"]},
            source_value=m["name"], strength=1.0))
    return out


def _short(path: Optional[str]) -> str:
    """A file for a message: its folder and name (``values-ps/strings.xml``)."""
    p = Path(path or "")
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name
