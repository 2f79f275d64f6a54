"""Rules for localization units (XLIFF, PO, TMX, JSON/YAML i18n, Android strings).

They run only on unit inputs (``ctx.unit(pair)`` gives the :class:`~aligner.formats.Unit` of a
pair; document inputs have none) and compare the two sides of each unit with the analysis of
:mod:`aligner.checks.placeholders`:

- ``PH-*``: placeholders by name (``%1$s``, ``$1``, ``{name}``, ``{{count}}``); a placeholder
  that only chooses a wrapper's branch (``{{GENDER:$1|User page}}``) may go with its wrapper;
- ``TAG-*``: inline codes (XLIFF ``g x bx ex ph pc sc ec mrk``, TMX ``bpt ept ph it hi``, HTML,
  i18next ``<0>``, wiki links) by name or id, their pairing and nesting;
- ``L10N-*``: an empty or untouched translation, whitespace and newlines at the ends, end
  punctuation (the Pashto ``؟ ۔ ؛ ،`` are the same marks as ``? . ; ,``);
- ``CONSIST-*``: one source translated two ways, two sources sharing one translation;
- ``L10N-STALE``: a translation that matches another unit's English better than its own.

Every finding points into the synthetic documents the pipeline lays the units out in
(:mod:`aligner.keyed`); the pipeline adds the finding's ``unit``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

from ..formats.base import Code
from ..lang.data import iter_rows
from ..model import Finding, Span
from ..text.lazyre import lazy
from ..text.normalize import fold
from .base import Check, CheckContext, Pair, register
from .placeholders import Analysis, analyse, mediawiki_forms, merge_codes, plural_categories

#: MediaWiki's wikitext bold/italic and their HTML forms: the same formatting
EMPHASIS = {"<strong>": "<b>", "<b>": "<b>", "<em>": "<i>", "<i>": "<i>"}
#: compared by presence, not count (a bold run split over two lines is still bold)
PRESENCE_ONLY = {"<b>", "<i>"}


@dataclass
class UnitView:
    """One unit with both sides analysed and the document offsets of its texts."""
    pair: Pair
    unit: object
    source: str
    target: str
    src: Analysis
    tgt: Analysis
    src_tags: list
    tgt_tags: list
    src_base: int
    tgt_base: int
    syntaxes: tuple
    lang: str

    def sspan(self, a: int, b: int) -> Span:
        return Span(self.src_base + a, self.src_base + b, self.source[a:b])

    def tspan(self, a: int, b: int) -> Span:
        return Span(self.tgt_base + a, self.tgt_base + b, self.target[a:b])

    @property
    def swhole(self) -> Span:
        return self.sspan(0, len(self.source))

    @property
    def twhole(self) -> Span:
        return self.tspan(0, len(self.target))


def _bases(ctx: CheckContext) -> list[tuple[int, int]]:
    """Per bead, where its unit's source and target texts start in the two documents."""
    def compute():
        from ..keyed import SEPARATOR
        r = ctx.result
        out = []
        s = t = 0
        for k, u in enumerate(r.unit_beads):
            if k:
                s += len(SEPARATOR)
                t += len(SEPARATOR)
            out.append((s, t))
            s += len(u.source)
            t += len(u.target or "")
        return out
    return ctx.shared("unit-bases", id(ctx.result), compute)


def _reader_tags(codes: Iterable[Code], found: Analysis) -> list[Code]:
    """A reader's tag codes (XLIFF, TMX): the unit's codes the text analysis did not make."""
    mine = {(c.start, c.end, c.name) for c in found.codes}
    return [c for c in codes if c.kind == "tag" and (c.start, c.end, c.name) not in mine]


def view(ctx: CheckContext, pair: Pair) -> Optional[UnitView]:
    """The :class:`UnitView` of ``pair``, None for a document input or an untranslated unit."""
    unit = ctx.unit(pair)
    if unit is None or unit.target is None:
        return None

    def compute():
        units = ctx.result.units
        syn = tuple(unit.syntaxes or getattr(units, "syntaxes", ()) or ())
        lang = getattr(units, "target_lang", None) or ctx.result.target.lang
        src, tgt = analyse(unit.source, syn), analyse(unit.target, syn)
        stags = merge_codes(_reader_tags(unit.source_codes, src), [c for c in src.codes if c.kind == "tag"])
        ttags = merge_codes(_reader_tags(unit.target_codes, tgt), [c for c in tgt.codes if c.kind == "tag"])
        sb, tb = _bases(ctx)[pair.index]
        doc_s, doc_t = ctx.result.source.text, ctx.result.target.text
        if doc_s[sb:sb + len(unit.source)] != unit.source or doc_t[tb:tb + len(unit.target)] != unit.target:
            sb = pair.source.offset - (len(unit.source) - len(unit.source.lstrip()))
            tb = pair.target.offset - (len(unit.target) - len(unit.target.lstrip()))
        return UnitView(pair, unit, unit.source, unit.target, src, tgt, stags, ttags, sb, tb, syn, lang)
    return ctx.shared("unit-view", pair.index, compute)


class UnitCheck(Check):
    """A rule applied to each translated unit (units inputs only); an empty translation only
    reaches the rules that ask for it (``empty_targets``)."""
    empty_targets = False

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        if not ctx.units:
            return
        for pair in ctx.pairs:
            v = view(ctx, pair)
            if v is None or not (self.empty_targets or v.target.strip()):
                continue
            for f in self.check_unit(v, ctx):
                if f.bead is None:
                    f.bead = pair.index
                yield f

    def check_unit(self, v: UnitView, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError


# -- placeholders -----------------------------------------------------------------------------

def gloss(name: str) -> str:
    """What a placeholder stands for, in a translator's words."""
    m = re.fullmatch(r"%(\d+)\$[-+ #0']*\d*(?:\.\d+)?[hlLqjzt]*([a-zA-Z@])", name)
    if m:
        conv = m.group(2)
        kind = ("a number" if conv in "diouxX" else "a decimal number" if conv in "eEfFgGaA"
                else "a character" if conv in "cC" else "a text value")
        return f"{kind}, value {m.group(1)}"
    if re.fullmatch(r"\$\d+", name):
        return f"the message's parameter {name[1:]}"
    if name.startswith("{{int:"):
        return f"the interface message «{name[6:-2]}»"
    if name.startswith("{{ns:"):
        return f"the namespace name «{name[5:-2]}»"
    if name.startswith("{{") and re.fullmatch(r"\{\{[A-Z]+\}\}", name):
        return f"the wiki's {name[2:-2].lower()}"
    if name.startswith("$t("):
        return f"the text of the message «{name[3:-1]}»"
    m = re.fullmatch(r"\{\{?-?\s*([\w.$-]+).*", name) or re.fullmatch(r"%\(([^)]+)\).", name)
    if m:
        return f"the value of «{m.group(1)}»"
    return "a value filled in when the message is shown"


def _shown(text: str, codes: list[Code]) -> str:
    return text[codes[0].start:codes[0].end] if codes else ""


def _constant(name: str) -> bool:
    """A MediaWiki magic word or message reference (``{{SITENAME}}``, ``{{int:…}}``): the
    translation may rephrase around it; its absence is a warning, not an error."""
    return name.startswith("{{") and not re.fullmatch(r"\{\{-?\s*[a-z_][\w.]*(?:, .*)?\}\}", name)


def _by_name(codes: Iterable[Code]) -> dict[str, list[Code]]:
    out: dict[str, list[Code]] = defaultdict(list)
    for c in codes:
        out[c.name].append(c)
    return out


#: plural forms chosen for one number only: their translation may spell the number out
SINGLE_NUMBER_FORMS = {"0", "zero", "one", "two", "=0", "=1"}
_PLURAL_SUFFIX = lazy(r"(?:\[\d+\]|_(?:ordinal_)?(?:zero|one|two|few|many|other)|_plural)$")


def _counts_number(name: str) -> bool:
    """Does the placeholder hold a count (``%d``, ``{{count}}``, ``{n}``)?"""
    return bool(re.fullmatch(r"%\d+\$[-+ #0']*\d*[hlLqjzt]*[diu]|\{\{?\s*(?:count|n|num|number)\s*\}?\}", name))


def plural_family(ctx: CheckContext, unit) -> set[str]:
    """The placeholders of the English of every plural form of ``unit``'s message (gettext
    ``msgid`` and ``msgid_plural``, i18next ``key_one``/``key_other``): a form may use any."""
    def compute():
        fams: dict[str, set[str]] = defaultdict(set)
        units = ctx.result.units
        syn_default = tuple(getattr(units, "syntaxes", ()) or ())
        for u in getattr(units, "units", ()):
            if u.plural is not None:
                an = analyse(u.source, tuple(u.syntaxes or syn_default))
                fams[_PLURAL_SUFFIX.sub("", u.id)].update(c.name for c in an.values + an.selectors)
        return fams
    if unit.plural is None:
        return set()
    return ctx.shared("unit-plural-family", id(ctx.result), compute).get(_PLURAL_SUFFIX.sub("", unit.id), set())


@dataclass
class PlaceholderDiff:
    #: (name, source codes, the target placeholder that replaces it or None)
    missing: list
    #: (name, target codes)
    extra: list


def _head(name: str) -> Optional[str]:
    """A MediaWiki parser function's name (``{{fullurl``, ``{{int``), for pairing a changed call."""
    m = re.match(r"\{\{\s*(#?[\w ]+):", name)
    return m.group(1).lower() if m else None


def placeholder_diff(v: UnitView, ctx: CheckContext) -> PlaceholderDiff:
    """The source placeholders the translation lacks and the ones it adds, by name.

    Not missing: a placeholder that only chose a wrapper's form in the source; in a plural form
    for one number, the count.  Not reported on its own: a placeholder inside a missing one
    (``{{#special:Preferences}}`` inside ``{{canonicalurl:…}}``) or inside a wiki link the
    translation drops (TAG-MISSING reports the link).  A changed parser-function call
    (``{{fullurl:…/suppress…}}`` → ``{{fullurl:…/delete…}}``) is one missing placeholder
    "replaced by" the new one, not also an extra one."""
    def compute():
        tgt_vals = _by_name(v.tgt.values)
        known = {c.name for c in v.src.values} | {c.name for c in v.src.selectors} | plural_family(ctx, v.unit)
        single = getattr(v.unit, "plural", None) in SINGLE_NUMBER_FORMS
        missing = [(n, cs) for n, cs in _by_name(v.src.values).items()
                   if n not in tgt_vals and not (single and _counts_number(n))]
        extra = [(n, cs) for n, cs in _by_name(v.tgt.values + v.tgt.selectors).items() if n not in known]
        t_tags = _tag_counts(v.tgt_tags)
        lost = [(c.start, c.end) for key, cs in _tag_counts(v.src_tags).items()
                if len(t_tags.get(key, ())) < len(cs) for c in cs]
        lost += [(c.start, c.end) for _, cs in missing for c in cs]
        missing = [(n, cs) for n, cs in missing
                   if not all(any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in lost)
                              for c in cs)]
        out, used = [], set()
        for n, cs in missing:
            head = _head(n)
            match = [e for e in extra if head and _head(e[0]) == head and e[0] not in used]
            rep = match[0] if len(match) == 1 and sum(_head(m) == head for m, _ in missing) == 1 else None
            if rep:
                used.add(rep[0])
            out.append((n, cs, rep))
        return PlaceholderDiff(out, [e for e in extra if e[0] not in used])
    return ctx.shared("unit-placeholder-diff", v.pair.index, compute)


def _inlined_label(name: str, v: UnitView, ctx: CheckContext) -> bool:
    """Whether a MediaWiki ``{{int:key}}`` (the interface message ``key``, shown in the
    reader's language) is written out in the translation as that message's own translation in
    the same file, word for word: «د "کارن ته برېښليک لېږل" له اسانتياوو» for "the
    "{{int:emailuser}}" feature" shows what the placeholder would.  A label of fewer than four
    letters (و for {{int:minoreditletter}}) is no evidence: it is an ordinary word too."""
    m = re.fullmatch(r"\{\{\s*int:\s*([^{}|]+?)\s*\}\}", name, re.I)
    units = getattr(ctx.result, "units", None)
    if not m or units is None:
        return False
    labels = ctx.shared("unit-interface-labels", id(units), lambda: {
        (u.key or u.id): u.target for u in units.units if u.target})
    key = m.group(1)
    label = labels.get(key) or labels.get(key[:1].lower() + key[1:])
    if not label or sum(ch.isalpha() for ch in label) < 4:
        return False
    return f" {_words(label)} " in f" {_words(v.target)} "


@lru_cache(maxsize=1)
def _site_variables() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``site_variables.tsv``: {variable name: (English nouns, folded Pashto nouns)}."""
    return {name.upper(): (tuple(en.lower().split("|")), tuple(fold(w) for w in ps.split("|")))
            for name, en, ps, *_ in iter_rows("site_variables.tsv", 3)}


def rendered_by_meaning(name: str, v: UnitView) -> Optional[str]:
    """The Pashto noun by which a MediaWiki site variable missing from the translation is
    rendered, if any: ``{{SITENAME}}`` → «په دغه ويکي کې» "in this wiki".  The Pashto must
    have more of the variable's nouns (``site_variables.tsv``; a noun may be inflected at its
    end) than the English has of its own (``wiki``, ``site``), so a «ويکي» that translates
    the English "wiki" is no evidence."""
    m = re.fullmatch(r"\{\{\s*([A-Z]+)\s*\}\}", name)
    entry = _site_variables().get(m.group(1)) if m else None
    if entry is None:
        return None
    en_nouns, ps_nouns = entry
    en_words = re.findall(r"[^\W\d_]+", _plain(v.source, v.src).lower())
    n_en = sum(any(w == x or w == x + "s" for x in en_nouns) for w in en_words)
    found = [w for w in re.findall(r"\w+", _plain(v.target, v.tgt))
             if any(fold(w).startswith(x) and len(fold(w)) - len(x) <= 2 for x in ps_nouns)]
    return found[0] if len(found) > n_en else None


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


@register
class PlaceholderMissing(UnitCheck):
    """A placeholder of the source is not in the translation.

    ``Delete %1$s?`` → «%2$s ړنګ کړئ؟» reports %1$s (and PH-EXTRA %2$s); «%1$s ړنګ کړئ؟» is
    clean, and so is ``%1$s of %2$s`` → «%2$s له %1$s»: order is free.  ``%s and %s`` → «%s»
    drops the second ``%s`` (value 2).  ``{{GENDER:$1|User page}}`` → «کارن مخ» is clean:
    ``$1`` only chose the wording.  ``$1 {{PLURAL:$1|page|pages}}`` → «{{PLURAL:$1|مخ|مخونه}}»
    drops the number ``$1``.  A plural form for one number (gettext ``msgstr[0]``, i18next
    ``_one``) may spell its count out: ``%d file`` → «یوه دوتنه» is clean.  A MediaWiki
    ``{{int:emailuser}}`` written out as that message's Pashto label, word for word, is clean
    (:func:`_inlined_label`).  See :func:`placeholder_diff`."""
    code = "PH-MISSING"
    category = "format"
    severity = "error"
    description = "a placeholder of the source (%1$s, $1, {name}, {{x}}) is missing from the translation"

    def check_unit(self, v, ctx):
        tgt_sel = {c.name for c in v.tgt.selectors}
        for name, codes, rep in placeholder_diff(v, ctx).missing:
            if rep is None and _inlined_label(name, v, ctx):
                continue
            shown = _shown(v.source, codes)
            if rep:
                new = _shown(v.target, rep[1])
                yield self.finding(
                    f"The translation changes the placeholder {shown} ({gloss(name)}) to {new}",
                    source=v.sspan(codes[0].start, codes[0].end), target=v.tspan(rep[1][0].start, rep[1][0].end),
                    source_value=shown, target_value=new)
                continue
            meaning = rendered_by_meaning(name, v)
            if meaning:
                yield self.finding(
                    f"The translation renders the placeholder {shown} ({gloss(name)}) by its meaning, «{meaning}»",
                    severity="info", source=v.sspan(codes[0].start, codes[0].end), target=v.twhole,
                    source_value=shown, target_value=meaning)
                continue
            why = "; it only chooses a form in the translation" if name in tgt_sel else ""
            yield self.finding(
                f"The translation drops the placeholder {shown} ({gloss(name)}){why}",
                severity="warning" if _constant(name) else None,
                source=v.sspan(codes[0].start, codes[0].end), target=v.twhole,
                source_value=shown, target_value=None)


@register
class PlaceholderExtra(UnitCheck):
    """A placeholder of the translation is not in the source.

    ``Delete %1$s?`` → «%2$s ړنګ کړئ؟» reports %2$s; ``{{GENDER:$1|User page}}`` → «د $1 مخ» is
    clean ($1 is the source's), and so is a plural form using a placeholder of another form of
    its message (``One file`` / ``%d files`` → «%d دوتنه»)."""
    code = "PH-EXTRA"
    category = "format"
    severity = "error"
    description = "the translation has a placeholder the source does not have"

    def check_unit(self, v, ctx):
        for name, codes in placeholder_diff(v, ctx).extra:
            shown = _shown(v.target, codes)
            yield self.finding(
                f"The translation has the placeholder {shown}, which the English does not have "
                "(misspelt, renamed, or left from another wording): it shows as it is or with a wrong value",
                source=v.swhole, target=v.tspan(codes[0].start, codes[0].end),
                source_value=None, target_value=shown)


@register
class AndroidNonPositional(UnitCheck):
    """An Android string read as a format string (no ``formatted="false"`` on the
    translation's resource) whose translation has several non-positional substitutions:
    ``%s of %s`` → «%s له %s».  aapt2 refuses to build it ("multiple substitutions specified in
    non-positional format"), and the translator could not have put the values in another order
    anyway: ``%1$s``/``%2$s`` or ``formatted="false"`` are the fixes.  A ``formatted="false"``
    resource (the syntax ``android-unformatted``, :mod:`aligner.formats.android`) is exempt."""
    code = "PH-ANDROID-FORMAT"
    category = "format"
    severity = "error"
    description = "an Android format string whose translation has several non-positional substitutions (%s %s): aapt2 fails"

    def check_unit(self, v, ctx):
        syn = tuple(getattr(v.unit, "syntaxes", ()) or ())
        if "android" not in v.syntaxes or "android-unformatted" in syn:
            return
        loose = [c for c in v.tgt.values if c.syntax == "android" and "$" not in v.target[c.start:c.end]]
        if len(loose) < 2:
            return
        shown = " ".join(v.target[c.start:c.end] for c in loose)
        yield self.finding(
            f"The translation has {len(loose)} non-positional substitutions ({shown}) in a format string: "
            "aapt2 refuses to build it; number them (%1$s, %2$s) or mark the resource formatted=\"false\"",
            source=v.swhole, target=v.tspan(loose[0].start, loose[-1].end), source_value=None, target_value=shown)


@register
class PluralForms(UnitCheck):
    """The plural/select constructs of the translation are broken for its language.

    ICU: ``{n, plural, one {# file} other {# files}}`` → «{n, plural, one {# دوتنه}}» lacks
    ``other``; «{n, plural, one {…} few {…} other {…}}» has ``few``, which Pashto (one/other)
    never selects; ``=0 {…}`` is always allowed.  A dropped ICU plural is reported when the
    language has plural forms.  MediaWiki: «{{PLURAL:$1|مخ|مخونه|مخونو}}» has a third form
    Pashto never shows; ``{{PLURAL:$1|…}}`` → «{{PLURAL:$2|…}}» counts the wrong parameter.
    A dropped ``{{PLURAL:…}}`` wrapper is not a fault (its text may not need one)."""
    code = "PH-PLURAL"
    category = "format"
    severity = "error"
    description = "a plural/select construct lacks 'other', uses a category the language does not have, or counts another variable"

    def check_unit(self, v, ctx):
        lang = v.lang
        for w in v.tgt.wrappers:
            span = v.tspan(w.start, w.end)
            keys = [b.key for b in w.branches]
            if w.syntax == "icu":
                if "other" not in keys:
                    yield self.finding(f"The translation's {w.name} of {w.variable} has no 'other' form, "
                                       "which ICU requires (forms: " + ", ".join(keys) + ")",
                                       source=v.swhole, target=span, target_value=keys)
                if w.kind in ("plural", "selectordinal"):
                    cats = plural_categories(lang, ordinal=w.kind == "selectordinal")
                    unknown = [k for k in keys if not k.startswith("=") and cats is not None and k not in cats]
                    if unknown:
                        yield self.finding(
                            f"The translation's {w.name} of {w.variable} has the form(s) {', '.join(unknown)}, "
                            f"which the language '{lang}' never uses (it has: {', '.join(sorted(cats))})",
                            severity="warning", source=v.swhole, target=span, target_value=keys)
            elif w.kind == "plural":
                forms = mediawiki_forms(lang)
                plain = [b for b in w.branches if not b.key.endswith("=")]
                if forms and len(plain) > forms:
                    extra = v.target[plain[forms].start:plain[forms].end]
                    yield self.finding(
                        f"The translation's {{{{PLURAL}}}} has {len(plain)} forms; '{lang}' uses {forms}, so "
                        f"«{extra}» and any later form are never shown",
                        severity="warning", source=v.swhole, target=span, target_value=len(plain))
        # a wrapper that counts (or chooses by) another variable than the source's
        for kind in ("plural", "gender", "select", "selectordinal"):
            s_vars = {w.variable for w in v.src.wrappers if w.kind == kind and w.variable}
            t_vars = {w.variable for w in v.tgt.wrappers if w.kind == kind and w.variable}
            if s_vars and t_vars and not (s_vars & t_vars):
                w = next(w for w in v.tgt.wrappers if w.kind == kind and w.variable)
                yield self.finding(
                    f"The translation chooses its {kind} form by {', '.join(sorted(t_vars))}; "
                    f"the English chooses by {', '.join(sorted(s_vars))}",
                    source=v.swhole, target=v.tspan(w.start, w.end),
                    source_value=sorted(s_vars), target_value=sorted(t_vars))
        # an ICU plural dropped while the language has plural forms
        cats = plural_categories(lang)
        if cats and len(cats) > 1:
            t_icu = {w.variable for w in v.tgt.wrappers if w.syntax == "icu" and w.kind == "plural"}
            for w in v.src.wrappers:
                if w.syntax == "icu" and w.kind == "plural" and w.variable not in t_icu:
                    yield self.finding(
                        f"The translation drops the plural of {w.variable}: '{lang}' has the forms "
                        f"{', '.join(sorted(cats))}, so one wording cannot fit every number",
                        severity="warning", source=v.sspan(w.start, w.end), target=v.twhole,
                        source_value=w.variable)


# -- tags ----------------------------------------------------------------------------------------

def tag_key(code: Code) -> str:
    return EMPHASIS.get(code.name, code.name) if code.syntax in ("html", "mediawiki") else code.name


def _tag_counts(tags: list[Code]) -> dict[str, list[Code]]:
    out: dict[str, list[Code]] = defaultdict(list)
    for c in tags:
        if c.role in ("open", "standalone"):
            out[tag_key(c)].append(c)
    return out


def unmatched_tags(mine: list[Code], other: list[Code], skip=lambda c: False):
    """The tags of ``mine`` that ``other`` lacks, by key (bold and italic by presence, the
    others by count): (key, the first unmatched code, how many ``other`` has, how many
    ``mine`` has)."""
    a, b = _tag_counts(mine), _tag_counts(other)
    for key, codes in a.items():
        codes = [c for c in codes if not skip(c)]
        have = len(b.get(key, ()))
        need = min(1, len(codes)) if key in PRESENCE_ONLY else len(codes)
        if have < need:
            yield key, codes[have], have, len(codes)


def _describe(name: str) -> str:
    return {"<b>": "bold", "<i>": "italic", "<a>": "a link", "<br>": "a line break",
            "<code>": "code"}.get(name, "")


def _tag_shown(code: Code, text: str) -> str:
    """A tag as a translator knows it: a wiki link by its target (``the link [[Special:NewFiles]]``),
    any other tag as written."""
    if code.syntax == "mediawiki" and code.name.startswith("["):
        return "the link " + code.name
    what = _describe(tag_key(code))
    return "the tag " + text[code.start:code.end] + (f" ({what})" if what else "")


@register
class TagMissing(UnitCheck):
    """An inline tag of the source is not in the translation (by name or id).

    ``Click <g id="1">here</g>`` → «دلته کلیک وکړئ» drops g#1; ``<strong>Note:</strong>`` →
    «'''یادونه:'''» is clean (wikitext bold is bold)."""
    code = "TAG-MISSING"
    category = "format"
    severity = "error"
    description = "an inline tag or code of the source (XLIFF/TMX code, HTML tag, wiki link) is missing from the translation"

    def check_unit(self, v, ctx):
        for key, c, have, total in unmatched_tags(v.src_tags, v.tgt_tags):
            count = f" (it has {have} of {total})" if have else ""
            yield self.finding(
                f"The translation drops {_tag_shown(c, v.source)}{count}",
                severity="warning" if key in PRESENCE_ONLY else None,
                source=v.sspan(c.start, c.end), target=v.twhole,
                source_value=key, target_value=None)


@register
class TagExtra(UnitCheck):
    """An inline tag of the translation is not in the source.

    ``Save`` → «<b>خوندي</b> کړئ» adds <b>."""
    code = "TAG-EXTRA"
    category = "format"
    severity = "warning"
    description = "the translation has an inline tag or code the source does not have"

    def check_unit(self, v, ctx):
        for key, c, _, _ in unmatched_tags(v.tgt_tags, v.src_tags, lambda c: invisible(c, v.target)):
            yield self.finding(
                f"The translation has {_tag_shown(c, v.target)}, which the English does not have",
                source=v.swhole, target=v.tspan(c.start, c.end), source_value=None, target_value=key)


#: markup that changes no rendering: wikitext protection, bidirectional isolation
INVISIBLE_TAGS = {"<nowiki>", "<bdi>", "<bdo>"}
_DIR_ATTR = lazy(r"\sdir\s*=", re.I)


def invisible(code: Code, text: str) -> bool:
    """Is ``code`` markup a translation may add without changing what the reader sees
    (``<nowiki>`` around a parameter, ``<span dir="ltr">`` or ``<bdi>`` keeping a
    left-to-right run in order inside right-to-left text)?"""
    if code.syntax != "html":
        return False
    raw = text[code.start:code.end]
    return code.name in INVISIBLE_TAGS or (code.name == "<span>" and bool(_DIR_ATTR.search(raw))
                                           and not re.search(r"\s(?:class|style)\s*=", raw, re.I))


def nesting_problem(tags: list[Code]) -> Optional[tuple[Code, str]]:
    """The first pairing or nesting fault of ``tags`` (a close with no open, crossing pairs, an
    open never closed): (the code, what is wrong), or None."""
    stack: list[Code] = []
    for c in tags:
        if c.syntax == "mediawiki" and c.name in PRESENCE_ONLY:
            continue            # wikitext quotes toggle; they cannot be out of order
        if c.role == "open":
            stack.append(c)
        elif c.role == "close":
            key = tag_key(c)
            if stack and tag_key(stack[-1]) == key:
                stack.pop()
            elif any(tag_key(o) == key for o in stack):
                inner = stack[-1]
                return c, f"closes {c.name} while {inner.name} opened inside it is still open (the tags cross)"
            else:
                return c, f"closes {c.name} before opening it"
    if stack:
        return stack[0], f"opens {stack[0].name} and never closes it"
    return None


@register
class TagOrder(UnitCheck):
    """The translation's tags are not properly paired or nested (the source's are).

    «</b>خوندي<b>» closes before it opens; «<b><i>x</b></i>» crosses two pairs."""
    code = "TAG-ORDER"
    category = "format"
    severity = "error"
    description = "inline tags of the translation are unpaired or badly nested (close before open, crossing pairs)"

    def check_unit(self, v, ctx):
        if nesting_problem(v.src_tags) is not None:
            return
        problem = nesting_problem(v.tgt_tags)
        if problem:
            c, what = problem
            yield self.finding(f"The translation {what}", source=v.swhole, target=v.tspan(c.start, c.end),
                               target_value=c.name)


# -- empty, copied, whitespace, punctuation -------------------------------------------------------

def _plain(text: str, an: Analysis, value: str = " ", other: str = "") -> str:
    """``text`` with its placeholders replaced by ``value`` and its other codes by ``other``."""
    out, pos = [], 0
    vals = {(c.start, c.end) for c in an.values}
    for c in sorted(an.codes, key=lambda c: (c.start, -c.end)):
        if c.start < pos:
            continue
        out.append(text[pos:c.start])
        out.append(value if (c.start, c.end) in vals else other)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


_URL_OR_MAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]*\w")


@register
class EmptyTranslation(UnitCheck):
    """The translation is empty or only whitespace while the source is not: ``"Save"`` → ``""``."""
    code = "L10N-EMPTY"
    category = "omission"
    severity = "error"
    description = "the translation is empty (or only whitespace) while the source is not"
    empty_targets = True

    def check_unit(self, v, ctx):
        if v.source.strip() and not v.target.strip():
            yield self.finding("The translation is empty", source=v.swhole, target=v.twhole,
                               source_value=v.source, target_value=v.target)


@register
class SameAsSource(UnitCheck):
    """The translation is the source unchanged.

    ``Email`` → «Email» is reported; ``$1 - {{SITENAME}}``, ``OK``, ``PDF``, ``%1$s–%2$s``,
    ``MediaWiki`` (names, codes, numbers, URLs, placeholders) are not.  A source of several
    words is left to UNTRANS-COPY (chrF), which reports it already."""
    code = "L10N-SAME"
    category = "untranslated"
    severity = "warning"
    description = "the translation is identical to the source (sources that are only names, codes, numbers, URLs or placeholders excepted)"

    def check_unit(self, v, ctx):
        if v.target.strip() != v.source.strip() or not v.source.strip():
            return
        from .copy import judgeable
        from .untranslated import english_letters
        plain = _URL_OR_MAIL.sub(" ", _plain(v.source, v.src))
        if english_letters(plain) == 0:
            return
        if judgeable(v.pair.source.text) and "UNTRANS-COPY" not in (ctx.config.get("disable") or ()):
            return
        yield self.finding("The translation is the English text unchanged: it was not translated",
                           source=v.swhole, target=v.twhole, source_value=v.source, target_value=v.target)


_LEAD = re.compile(r"\A\s*")
_TRAIL = re.compile(r"\s*\Z")
_ANDROID_SPACE = {"\\n": "\n", "\\t": "\t", "\\u0020": " ", "\\u00a0": " ", "\\u00A0": " "}


def significant(text: str, syntaxes: tuple) -> str:
    """``text`` as its whitespace shows.  Android resources collapse and trim whitespace that
    is not quoted (``<string> x</string>`` shows "x"; ``"  x"`` keeps the spaces) and write a
    line break as ``\\n``: the escapes at the ends become the whitespace they stand for."""
    if "android" not in syntaxes:
        return text
    t = text.strip()
    if len(t) > 1 and t[0] == t[-1] == '"':
        t = t[1:-1]
    else:
        t = " ".join(t.split())
    for esc, ws in _ANDROID_SPACE.items():
        t = t.replace(esc, ws)
    return t


def _breaks(text: str, syntaxes: tuple) -> int:
    """Line breaks that show, inside the text (not at its ends): every newline and Android
    ``\\n``; in wikitext only paragraph breaks and list lines (a single newline is a space)."""
    body = significant(text, syntaxes).strip()
    if "mediawiki" in syntaxes:
        return len(re.findall(r"\n[ \t]*\n", body)) + len(re.findall(r"\n[*#:;]", body))
    return body.count("\n")


def _ws(s: str) -> str:
    return "newline" if "\n" in s else ("space" if s else "nothing")


@register
class Whitespace(UnitCheck):
    """Leading or trailing whitespace, or the number of line breaks, differs.

    ``"Name: "`` → «نوم:» loses the trailing space the program glues a value to;
    ``"Line one\\nLine two"`` → «لومړی کرښه دویمه کرښه» loses a line break (in wikitext only
    paragraph breaks and list lines count; in Android resources only quoted whitespace and
    escapes such as ``\\n``, since the rest is collapsed)."""
    code = "L10N-SPACE"
    category = "format"
    severity = "warning"
    description = "leading/trailing whitespace or the number of line breaks differs between source and translation"

    def check_unit(self, v, ctx):
        src, tgt = significant(v.source, v.syntaxes), significant(v.target, v.syntaxes)
        for where, rx in (("starts", _LEAD), ("ends", _TRAIL)):
            s, t = rx.search(src).group(), rx.search(tgt).group()
            if _ws(s) != _ws(t):
                raw = rx.search(v.target).group()
                span = (len(v.target) - len(raw), len(v.target)) if where == "ends" else (0, len(raw))
                yield self.finding(
                    f"The English {where} with {_ws(s)}, the translation with {_ws(t)}",
                    source=v.swhole, target=v.tspan(*span), source_value=s, target_value=t)
        ns, nt = _breaks(v.source, v.syntaxes), _breaks(v.target, v.syntaxes)
        if ns != nt:
            yield self.finding(f"The English has {ns} line break(s), the translation {nt}",
                               severity="info", source=v.swhole, target=v.twhole,
                               source_value=ns, target_value=nt)


def _word_at(text: str, pos: int) -> str:
    """The whitespace-delimited word of ``text`` around ``pos``."""
    a = text.rfind(" ", 0, pos) + 1
    b = text.find(" ", pos)
    return text[a:b if b >= 0 else len(text)]


@register
class AccessKey(UnitCheck):
    """The access key of a menu item or button (``_Save``, ``D_on't Save``, ``&File``; the file's
    marker is read from its strings, :mod:`aligner.checks.accelerators`) is lost or broken in the
    translation: ``_Save`` → «ساتل» marks no key; «ساتل_» puts the marker after the last letter of
    a right-to-left word, where it marks nothing and shows as a stray ``_``; two markers are
    two keys for one item.  «_ساتل» and «س_اتل» are clean (any letter may be the key)."""
    code = "L10N-ACCEL"
    category = "format"
    severity = "warning"
    description = "the English marks an access key (_Save, &File) and the translation marks none, two, or a marker before no letter"

    def check_unit(self, v, ctx):
        src = [c for c in v.unit.source_codes if c.kind == "accelerator"]
        if len(src) != 1:
            return
        tgt = [c for c in v.unit.target_codes if c.kind == "accelerator"]
        s = src[0]
        key = v.source[s.end:s.end + 1]
        where = f"«{key}» of «{_word_at(v.source, s.start)}»"
        if not tgt:
            yield self.finding(f"The English marks the access key {where}; the translation marks none, "
                               f"so the item has no key", source=v.sspan(s.start, s.end), target=v.twhole,
                               source_value=key, target_value=None)
            return
        bad = next((c for c in tgt if c.role == "misplaced"), None)
        if bad is not None:
            yield self.finding(f"The translation's access-key marker «{v.target[bad.start]}» in "
                               f"«{_word_at(v.target, bad.start)}» stands after the last letter and marks "
                               f"none (the English marks {where}): it shows as a stray «{v.target[bad.start]}»",
                               source=v.sspan(s.start, s.end), target=v.tspan(bad.start, bad.end),
                               source_value=key, target_value=v.target[bad.start])
        elif len(tgt) > 1:
            keys = [v.target[c.end:c.end + 1] for c in tgt]
            yield self.finding(f"The translation marks {len(tgt)} access keys ({', '.join(keys)}) where the "
                               f"English marks one, {where}", source=v.sspan(s.start, s.end),
                               target=v.tspan(tgt[1].start, tgt[1].end), source_value=key, target_value=keys)


#: end punctuation → its class; the Pashto marks are the same class as the Latin ones
END_MARKS = {"?": "question mark", "؟": "question mark", ".": "full stop", "۔": "full stop",
             "!": "exclamation mark", ":": "colon", ";": "semicolon", "؛": "semicolon",
             ",": "comma", "،": "comma", "…": "ellipsis"}
_CLOSERS = "\"'”’»)]}>"


def end_mark(text: str) -> Optional[str]:
    """The class of the end punctuation of ``text`` (closing quotes and brackets skipped)."""
    s = text.rstrip()
    while s and s[-1] in _CLOSERS:
        s = s[:-1].rstrip()
    if s.endswith("...") or s.endswith("…"):
        return "ellipsis"
    return END_MARKS.get(s[-1:]) if s else None


@register
class EndPunctuation(UnitCheck):
    """The end punctuation differs (``? ↔ ؟``, ``. ↔ ۔``, ``; ↔ ؛``, ``, ↔ ،``, ``… ↔ ...`` are
    the same): ``Delete this page?`` → «دا مخ ړنګ کړئ.» reports a lost question mark;
    «دا مخ ړنګ کړئ؟» is clean.  Info, like FMT-QUESTION on prose: a translation may rightly turn a
    rhetorical question into a statement, or drop a label's full stop."""
    code = "L10N-END-PUNCT"
    category = "punctuation"
    severity = "info"
    description = "the end punctuation of the translation differs from the source's (Pashto ؟ ۔ ؛ ، count as ? . ; ,)"

    def check_unit(self, v, ctx):
        s = end_mark(_plain(v.source, v.src, "x"))
        t = end_mark(_plain(v.target, v.tgt, "x"))
        if s == t:
            return
        yield self.finding(
            f"The English ends with {'a ' + s if s else 'no punctuation'}, the translation with "
            f"{'a ' + t if t else 'no punctuation'}",
            source=v.swhole, target=v.twhole, source_value=s, target_value=t)


# -- consistency -----------------------------------------------------------------------------------

_SAME_MARK = str.maketrans({"۔": ".", "؟": "?", "؛": ";", "،": ","})


def _norm(text: str) -> str:
    """A translation compared for consistency: letter variants folded (ګ/گ, ی/ي), the Pashto
    and Latin forms of one punctuation mark the same, spacing collapsed."""
    return " ".join(fold(text).translate(_SAME_MARK).split())


def _loose(text: str) -> str:
    """The source compared loosely (case, punctuation and spacing ignored)."""
    return " ".join(re.sub(r"[^\w$%{}]+", " ", text.casefold()).split())


def _has_words(text: str, an: Analysis) -> bool:
    """Is there more to ``text`` than placeholders, codes and punctuation?"""
    return bool(re.search(r"[^\W\d_]", _plain(text, an)))


def _grouped(ctx, key) -> list[list[UnitView]]:
    """The translated units grouped by ``key(view)`` (None: left out); groups of two or more."""
    if not ctx.units:
        return []
    groups: dict = defaultdict(list)
    for v in (view(ctx, p) for p in ctx.pairs):
        if v is not None and v.target.strip():
            k = key(v)
            if k is not None:
                groups[k].append(v)
    return [vs for vs in groups.values() if len(vs) > 1]


def _quote(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _uid(v: UnitView) -> str:
    return getattr(v.unit, "key", None) or v.unit.id


def spelt_alike(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one wording spelt two ways?  The same words but for one or more
    pairs that differ inside the word by at most two letters, with the same first letter and
    the same last two (سېپتمبر / سپټمبر, فيلټرونه / فلټرونه, وړکی / وړوکی).  Pashto inflects at
    the end of a word, so a different ending (سرچينه / سرچينې, پلټنه / پلټل) is another form
    or another word, not a spelling."""
    wa, wb = _norm(a).split(), _norm(b).split()
    if len(wa) != len(wb) or wa == wb:
        return False
    from difflib import SequenceMatcher
    for x, y in zip(wa, wb):
        if x == y:
            continue
        if min(len(x), len(y)) < 4 or x[0] != y[0] or x[-2:] != y[-2:]:
            return False
        same = sum(bl.size for bl in SequenceMatcher(None, x, y).get_matching_blocks())
        if max(len(x), len(y)) - same > 2:
            return False
    return True


@register
class ConsistentSource(Check):
    """One source text translated in different ways within the run (Xbench's "inconsistency in
    target"): the minority rendering is reported, pointing at the majority one.  Orthographic
    variants (ګ/گ, ی/ي) are the same; PO entries with different ``msgctxt`` may differ.

    A warning when the renderings are one wording spelt two ways («فيلټرونه» / «فلټرونه») or
    the units have no keys (XLIFF, TMX: the same segment); info when two keys of a key file
    word it differently («Search» → «پلټنه» on a tab, «پلټل» on a button): a key is a context,
    and a noun and a verb may both be right."""
    code = "CONSIST-SOURCE"
    category = "mistranslation"
    severity = "warning"
    description = "one source text is translated in different ways within the file"

    def run(self, ctx):
        for vs in _grouped(ctx, lambda v: (v.source.strip(), getattr(v.unit, "plural", None),
                                           getattr(v.unit, "context", None))
                           if _has_words(v.source, v.src) else None):
            renderings = Counter(_norm(v.target) for v in vs)
            if len(renderings) < 2:
                continue
            top, top_n = renderings.most_common(1)[0]
            model = next(v for v in vs if _norm(v.target) == top)
            for v in vs:
                if _norm(v.target) == top:
                    continue
                spelling = spelt_alike(_plain(v.target, v.tgt, "x", " "), _plain(model.target, model.tgt, "x", " "))
                keyed = v.unit.key is not None and model.unit.key is not None
                yield self.finding(
                    f"«{_quote(v.source)}» is translated «{_quote(v.target)}» here but «{_quote(model.target)}» "
                    f"in {_uid(model)}" + (f" and {top_n - 1} more" if top_n > 1 else "")
                    + (": one word spelt two ways" if spelling else ""),
                    severity="info" if keyed and not spelling else None, source=v.swhole, target=v.twhole,
                    source_value=model.target, target_value=v.target, bead=v.pair.index)


@register
class ConsistentTarget(Check):
    """Two different source texts share one translation (Xbench's "inconsistency in source"):
    ``Delete`` and ``Protect`` both «ړنګول».  Often a synonym pair (Remove/Delete), so info; an
    abbreviation and its word (``Sun``/``Sunday``) are one source."""
    code = "CONSIST-TARGET"
    category = "mistranslation"
    severity = "info"
    description = "two different source texts have the same translation"

    def run(self, ctx):
        for vs in _grouped(ctx, lambda v: _norm(v.target) if _has_words(v.target, v.tgt) else None):
            sources: dict[str, UnitView] = {}
            for v in vs:
                loose = _loose(_plain(v.source, v.src, "x"))
                # an abbreviation shares its word's translation (Sun/Sunday, Jan/January)
                if any(o.startswith(loose) or loose.startswith(o) for o in sources):
                    continue
                sources.setdefault(loose, v)
            if len(sources) < 2:
                continue
            first = next(iter(sources.values()))
            for v in list(sources.values())[1:]:
                yield self.finding(
                    f"«{_quote(v.target)}» translates «{_quote(v.source)}» here and «{_quote(first.source)}» "
                    f"in {_uid(first)}: one of them may be a different meaning",
                    source=v.swhole, target=v.twhole, source_value=first.source, target_value=v.target,
                    bead=v.pair.index)


# -- stale or misplaced translations ----------------------------------------------------------------

#: a unit is judged only when its English has this many words and its Pashto this many: the
#: encoder cannot tell short UI strings apart ("Cancel" ↔ «ناگارل» ranks below hundreds of others)
STALE_MIN_WORDS = (5, 4)
#: how much better (CSLS) another unit's English must match the translation than its own
STALE_MARGIN = 0.02
#: two translations this similar (cosine) are one text pasted twice
STALE_SAME_TEXT = 0.97
#: neighbours for CSLS's hubness correction
CSLS_K = 10


def csls(T, S, k: int = CSLS_K):
    """Cross-domain similarity local scaling (Conneau et al. 2018) of every target vector with
    every source vector: 2·cos − the mean cosine of each with its k nearest of the other side.
    Raw cosines favour "hub" sentences that are near everything (short labels such as
    «Sinhala» or «Jumada al-awwal»); CSLS takes that out."""
    import numpy as np
    M = T @ S.T
    k = max(1, min(k, M.shape[0], M.shape[1]))
    r_t = np.sort(M, axis=1)[:, -k:].mean(axis=1)
    r_s = np.sort(M, axis=0)[-k:, :].mean(axis=0)
    return 2 * M - r_t[:, None] - r_s[None, :], M


def _placeholders_own(v: UnitView, other: UnitView) -> bool:
    """Do the translation's placeholders say it is ``v``'s own: the same names as its own
    English and not those of ``other``'s?  Sibling messages often differ only there
    (``permissionserrorstext`` "permission to do that" / ``…-withaction`` "permission to $2"),
    and the encoder, which reads a placeholder as a word at most, cannot tell them apart."""
    names = lambda an: frozenset(c.name for c in an.values)   # noqa: E731
    mine = names(v.tgt)
    return mine == names(v.src) and mine != names(other.src)


@register
class StaleTranslation(Check):
    """A translation that belongs to another unit: its Pashto matches another unit's English
    clearly better than its own (CSLS over the encoder's vectors), and either the two
    translations look swapped (each matches the other's English better) or it is nearly the
    other unit's translation (pasted into the wrong key, or left from an older wording).

    MediaWiki ``recentchanges-page-added-to-category-bundled`` ("[[:$1]] added to category, …")
    translated «[[:$1]] له وېشنيزې وغورځول شول، …» ("removed from category"), the translation of
    ``…-removed-from-category-bundled``, is reported.  Messages shorter than
    :data:`STALE_MIN_WORDS` are not judged.  Reads the unit vectors the pipeline keeps
    (``result.unit_vectors``: source and target sentence vectors, normalised); without them
    the rule has nothing to compare."""
    code = "L10N-STALE"
    category = "mistranslation"
    severity = "warning"
    description = "the translation matches another unit's source better than its own (swapped, pasted into the wrong key, or stale)"

    def run(self, ctx):
        vectors = getattr(ctx.result, "unit_vectors", None)
        if not ctx.units or vectors is None:
            return
        import numpy as np
        S, T = (np.asarray(x, dtype=np.float32) for x in vectors)
        if S.ndim != 2 or T.ndim != 2 or len(S) < 2 or len(T) < 2:
            return
        C, M = csls(T, S)
        views = {}
        for p in ctx.pairs:
            v = view(ctx, p)
            if v is not None and p.bead.source and p.bead.target and self.judged(v):
                views[p.bead.source[0]] = v
        for sk, v in views.items():
            tk = v.pair.bead.target[0]
            row = C[tk].copy()
            own = row[sk]
            row[sk] = -np.inf
            sj = int(np.argmax(row))
            other = views.get(sj)
            if other is None or row[sj] - own < STALE_MARGIN or other.source.strip() == v.source.strip():
                continue
            if _placeholders_own(v, other):
                continue
            tj = other.pair.bead.target[0]
            swapped = C[tj, sk] - C[tj, sj] >= STALE_MARGIN
            pasted = float(T[tk] @ T[tj]) >= STALE_SAME_TEXT
            if not (swapped or pasted):
                continue
            how = (f"and {_uid(other)}'s translation matches this English: the two look swapped" if swapped else
                   f"and it is nearly {_uid(other)}'s translation («{_quote(other.target)}»): pasted into the "
                   "wrong key, or left from an older wording")
            yield self.finding(
                f"The translation matches the English of {_uid(other)} («{_quote(other.source)}») better than "
                f"its own, {how}", source=v.swhole, target=v.twhole, source_value=other.source,
                target_value=v.target, bead=v.pair.index)

    @staticmethod
    def judged(v: UnitView) -> bool:
        ws, wt = STALE_MIN_WORDS
        return (len(_plain(v.source, v.src).split()) >= ws and len(_plain(v.target, v.tgt).split()) >= wt)
