"""Placeholders, inline tags and plural/select wrappers in localization strings: pure analysis.

:func:`analyse` scans one string (a unit's source or target, inline markup as written) and
returns its :class:`~aligner.formats.base.Code` spans, its wrappers (:class:`Wrapper`: ICU
``plural``/``select``/``selectordinal``, MediaWiki ``{{PLURAL:…}}``/``{{GENDER:…}}``/
``{{GRAMMAR:…}}`` and the transforming parser functions) and which placeholders *print a
value* (``values``) or only *choose a branch* (``selectors``).  A rule compares the two sides
with these: a translation that drops the wrapper ``{{GENDER:$1|User page}}`` but needs no
``$1`` is fine; one that drops the ``$1`` of ``$1 {{PLURAL:$1|page|pages}}`` loses the number.

Syntaxes (``Unit.syntaxes`` / ``UnitSet.syntaxes``; PO flag names are accepted too):

- ``printf``: ``%s %d %1$s %.2f %-5d %@``; ``%%`` is an escaped percent sign, not a code, and
  a percent sign before a word (``70-90% of``) is prose, not the space flag of ``% o``.
  Sequential conversions get positional names (the second ``%s`` is ``%2$s``), so a
  translation may reorder them with ``%2$s … %1$s`` and a doubled ``%s`` counts twice.
- ``python``: ``%(name)s`` plus printf, and ``{name}``, ``{0}``, ``{}``, ``{name!r:>10}``.
- ``icu``: ``{n}``, ``{n, number}``, ``{n, plural, =0 {…} one {# …} other {…}}``, ``select``,
  ``selectordinal``, nested; apostrophe quoting (``'{'``); ``#`` prints the plural's number.
- ``i18next``: ``{{x}}``, ``{{x, format}}``, ``{{- x}}``, ``$t(key)``, trans tags ``<0>…</0>``.
- ``mediawiki``: ``$1``; ``{{PLURAL:$1|…}}``, ``{{GENDER:$1|…}}``, ``{{GRAMMAR:case|…}}``,
  ``{{formatnum:…}}`` and other transforms (wrappers); ``{{SITENAME}}``, ``{{int:key}}``,
  ``{{ns:User}}``, ``{{fullurl:…}}`` (one code each); ``[[target|text]]`` and ``[url text]``
  links (tags named by their target); ``'''bold'''``/``''italic''`` (tags ``<b>``/``<i>``);
  ``<nowiki>``/``<pre>`` contents are literal.
- ``ruby`` (Rails i18n, also found with no syntax given): ``%{name}``.
- ``android``: printf plus the escapes ``\\n \\t \\' \\" \\@ \\? \\\\ \\uXXXX`` (role ``escape``); ``android-unformatted``
  the same for a ``formatted="false"`` resource (aapt does not check it as a format string).
- ``html`` (always on): ``<b>``, ``</b>``, ``<br/>``, ``<a href=…>`` (kind ``tag``, named ``<b>``).

With no syntax given, detection is conservative so that ordinary prose yields nothing:
printf only for ``%`` followed by a conversion and not glued to a word (``50% of`` is not
``% o``), ``{name}`` only with balanced braces and an identifier inside, ``$1`` only for a
single digit that is no dollar amount (``$1 million``, ``$1.50``), no wikitext quotes, no
Android escapes.

Codes may nest (a link's target holds ``$1``); :func:`mask_spans` gives their disjoint union.
Roles: ``open``/``close`` (a tag pair or a wrapper's ends), ``standalone``, ``separator``
(a wrapper's branch syntax: ``|``, ``0=``, `` one {``, ``}``) and ``escape``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from ..formats.base import Code
from ..text.lazyre import lazy

SYNTAXES = ("printf", "python", "icu", "i18next", "mediawiki", "android", "ruby", "html")

#: PO flags and other spellings → the syntaxes they turn on
ALIASES = {
    "c": ("printf",), "c-format": ("printf",), "objc-format": ("printf",), "php-format": ("printf",),
    "java-printf-format": ("printf",), "sh-format": ("printf",), "perl-format": ("printf",),
    "python-format": ("python",), "python-brace-format": ("python",), "python": ("python",),
    "printf": ("printf",), "icu": ("icu",), "icu-format": ("icu",), "java-format": ("icu",),
    "i18next": ("i18next",), "mediawiki": ("mediawiki",), "android": ("android", "printf"),
    "android-unformatted": ("android", "printf"),
    "html": ("html",), "xliff": (), "tmx": (), "markdown": (), "ruby": ("ruby",), "rails": ("ruby",),
    "ruby-format": ("ruby",),
}

#: MediaWiki parser functions whose branches or argument are the printed text: a
#: translation may drop the wrapper and keep (or translate) its contents
MW_BRANCHING = {"PLURAL": "plural", "GENDER": "gender"}
MW_TRANSFORMS = {"grammar", "formatnum", "lc", "uc", "lcfirst", "ucfirst", "bidi", "padleft", "padright"}
#: HTML elements that never have a closing tag
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed",
             "param", "source", "track"}
#: elements whose contents MediaWiki does not parse
MW_LITERAL = {"nowiki", "pre", "syntaxhighlight", "source", "math"}
ICU_COMPLEX = {"plural", "select", "selectordinal"}

_PRINTF = lazy(r"%(?:(?P<pos>[1-9]\d*)\$)?(?P<flags>[-+ #0']*)(?P<width>\d+|\*)?"
                     r"(?:\.(?P<prec>\d+|\*))?(?P<len>hh|h|ll|l|L|q|j|z|t|I64|I32)?(?P<conv>[diouxXeEfFgGaAcCsSp@])")
_PRINTF_STRICT = lazy(r"%(?:(?P<pos>[1-9]\d*)\$)?(?P<flags>[-+#0]*)(?P<width>\d+)?"
                            r"(?:\.(?P<prec>\d+))?(?P<len>hh|h|ll|l|L|z)?(?P<conv>[dioxXeEfgGcsSp@])")
_RUBY = lazy(r"%\{(\w+)\}")
_PY_NAMED = lazy(r"%\((?P<name>[^()\s]+)\)[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa]")
_BRACE = lazy(r"\{(?P<field>(?:[A-Za-z_]\w*|\d+)(?:\.[A-Za-z_]\w*|\[[^\]{}]*\])*)?"
                    r"(?P<conv>![rsa])?(?P<spec>:[^{}]*)?\}")
_IDENT = lazy(r"[^\W\d]\w*|\d+")
_ICU_HEAD = lazy(r"\{\s*(?P<var>[^\W]\w*|\d+)\s*(?:,\s*(?P<type>[a-z]+)\s*(?P<rest>,)?)?\s*", re.UNICODE)
_ICU_KEY = lazy(r"\s*(?:offset:\s*\d+\s*)?(?P<key>=\s*-?\d+(?:\.\d+)?|[^\W\d][\w-]*)\s*\{")
_I18N = lazy(r"\{\{\s*(?P<dash>-\s*)?(?P<name>[\w.$-]+)\s*(?P<fmt>,[^{}]*)?\}\}")
_I18N_TAG = lazy(r"<(?P<close>/)?(?P<num>\d+)\s*(?P<self>/)?>")
_HTML_TAG = lazy(r"<(?P<close>/)?(?P<name>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[^<>]*?)?)\s*(?P<self>/)?>")
_HTML_COMMENT = lazy(r"<!--.*?-->", re.S)
_MW_PARAM = lazy(r"\$(?P<n>[1-9]\d*)")
_MONEY_AFTER = lazy(r"\d|[.,]\d|\s*(?:million|billion|trillion|thousand|bn|mn|[mkMK]\b)", re.I)
#: a URL's language subdomain (en.wikipedia.org ↔ ps.wikipedia.org): a localized link is the same link
_LANG_HOST = lazy(r"^((?:https?:|ftp:)?//)[a-z]{2,3}(?:-[a-z]+)?\.(?=[\w-]+\.[a-z]{2,})")
_T_FUNC = lazy(r"\$t\(")
_ANDROID_ESC = lazy(r"\\(?:u[0-9a-fA-F]{4}|[nt'\"@?\\])")
_EXTLINK = lazy(r"\[(?P<url>(?:https?:|ftp:)?//[^\s\]]+|\$[1-9]\d*|\{\{(?:fullurl|canonicalurl|localurl|"
                      r"filepath|SERVER)[^{}]*\}\}[^\s\]]*)(?P<sp>\s*)", re.I)


@dataclass(frozen=True)
class Branch:
    """One branch of a wrapper: ``key`` (ICU ``one``/``other``/``=0``; MediaWiki the form's
    1-based index, or ``0=`` for an explicit number) and ``text[start:end]``, its message."""
    key: str
    start: int
    end: int


@dataclass(frozen=True)
class Wrapper:
    """A plural/select/gender construct, or a MediaWiki transform (``{{GRAMMAR:…}}``).

    ``variable`` is the name of the placeholder that chooses the branch (``$1``, ``{count}``),
    None when there is none (``{{GENDER:|…}}``, a transform)."""
    kind: str                 # plural | select | selectordinal | gender | transform
    syntax: str               # icu | mediawiki
    name: str                 # ICU type or MediaWiki function name as written (PLURAL, plural …)
    variable: Optional[str]
    start: int
    end: int
    branches: tuple[Branch, ...] = ()


@dataclass
class Analysis:
    codes: list[Code] = field(default_factory=list)
    wrappers: list[Wrapper] = field(default_factory=list)
    #: placeholder codes that print a value (ICU ``#`` is named after its plural's variable)
    values: list[Code] = field(default_factory=list)
    #: placeholder codes that only choose a wrapper's branch (``$1`` of ``{{PLURAL:$1|``)
    selectors: list[Code] = field(default_factory=list)


def resolve(syntaxes: Iterable[str]) -> frozenset[str]:
    """The syntax names ``syntaxes`` turn on (aliases and PO flags resolved; unknown names
    ignored); empty means: detect conservatively."""
    out: set[str] = set()
    for s in syntaxes or ():
        s = str(s).strip().lower()
        out.update(ALIASES.get(s, (s,) if s in SYNTAXES else ()))
    if "python" in out:
        out.add("printf")
    return frozenset(out)


class _Scanner:
    def __init__(self, text: str, syntaxes: frozenset[str]):
        self.text = text
        self.conservative = not syntaxes
        on = (lambda s: True) if self.conservative else (lambda s: s in syntaxes)
        self.printf = on("printf") or on("android")
        self.python = on("python")
        self.icu = "icu" in syntaxes or self.conservative
        self.braces = self.python or self.icu
        self.i18next = on("i18next")
        self.mw = "mediawiki" in syntaxes
        self.mw_any = self.mw or self.conservative     # templates, links (unambiguous shapes)
        self.android = "android" in syntaxes
        self.ruby = "ruby" in syntaxes
        self.out = Analysis()
        self.seq = 0                                   # printf sequential counter
        self.brace_seq = 0                             # Python "{}" counter

    # -- emitting -------------------------------------------------------------------------
    def code(self, start, end, name, role="standalone", syntax="", kind="placeholder"):
        c = Code(start, end, name, role, syntax, kind)
        self.out.codes.append(c)
        return c

    def value(self, start, end, name, syntax):
        c = self.code(start, end, name, "standalone", syntax)
        self.out.values.append(c)
        return c

    # -- the scan -------------------------------------------------------------------------
    def scan(self, i: int, end: int, plural_var: Optional[str] = None) -> None:
        t = self.text
        while i < end:
            ch = t[i]
            j = None
            if ch == "<":
                j = self.tag(i, end)
            elif ch == "{":
                j = self.brace(i, end, plural_var)
            elif ch == "[" and self.mw_any:
                j = self.link(i, end, plural_var)
            elif ch == "$":
                j = self.dollar(i, end)
            elif ch == "%":
                j = self.percent(i, end)
            elif ch == "\\" and self.android:
                m = _ANDROID_ESC.match(t, i, end)
                if m:
                    self.code(i, m.end(), m.group(), "escape", "android")
                    j = m.end()
            elif ch == "'" and self.icu and not self.mw and i + 1 < end and t[i + 1] in "{}#'":
                j = self.icu_quote(i, end)
            elif ch == "#" and plural_var is not None:
                self.value(i, i + 1, plural_var, "icu")
                j = i + 1
            i = j if j is not None and j > i else i + 1

    def icu_quote(self, i, end):
        t = self.text
        if t[i + 1] == "'":
            return i + 2
        k = i + 1
        while k < end:
            if t[k] == "'":
                if k + 1 < end and t[k + 1] == "'":
                    k += 2
                    continue
                return k + 1
            k += 1
        return end

    # tags -------------------------------------------------------------------------------
    def tag(self, i, end):
        t = self.text
        m = _HTML_COMMENT.match(t, i, end)
        if m:
            self.code(i, m.end(), "<!---->", "standalone", "html", "tag")
            return m.end()
        if self.i18next:
            m = _I18N_TAG.match(t, i, end)
            if m:
                role = "standalone" if m.group("self") else ("close" if m.group("close") else "open")
                self.code(i, m.end(), f"<{m.group('num')}>", role, "i18next", "tag")
                return m.end()
        m = _HTML_TAG.match(t, i, end)
        if not m:
            return None
        name = m.group("name").lower()
        if m.group("close"):
            role = "close"
        elif m.group("self") or name in VOID_TAGS:
            role = "standalone"
        else:
            role = "open"
        self.code(i, m.end(), f"<{name}>", role, "html", "tag")
        if self.mw and role == "open" and name in MW_LITERAL:    # <nowiki>…</nowiki>: literal
            close = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(t, m.end(), end)
            if close:
                # message parameters are substituted before the wikitext is parsed: a $1
                # inside <nowiki> is still printed
                for p in _MW_PARAM.finditer(t, m.end(), close.start()):
                    self.value(p.start(), p.end(), "$" + p.group("n"), "mediawiki")
                self.code(close.start(), close.end(), f"<{name}>", "close", "html", "tag")
                return close.end()
        return m.end()

    # braces -----------------------------------------------------------------------------
    def brace(self, i, end, plural_var):
        t = self.text
        if t.startswith("{{", i):
            if self.mw_any:
                j = self.template(i, end, plural_var)
                if j:
                    return j
            if self.i18next or self.conservative:
                m = _I18N.match(t, i, end)
                if m:
                    fmt = m.group("fmt")
                    name = "{{" + ("- " if m.group("dash") else "") + m.group("name") + \
                           (", " + " ".join(fmt[1:].split()) if fmt else "") + "}}"
                    self.value(i, m.end(), name, "i18next")
                    return m.end()
            if self.python and not self.icu:
                return i + 2                      # "{{" is an escaped brace in str.format
        if self.icu:
            j = self.icu_arg(i, end, plural_var)
            if j:
                return j
        if self.braces:
            m = _BRACE.match(t, i, end)
            if m and (m.group("field") or self.python or self.conservative):
                field_ = m.group("field")
                if field_ is None:
                    field_ = str(self.brace_seq)
                    self.brace_seq += 1
                if self.conservative and not _IDENT.fullmatch(field_.split(".")[0].split("[")[0]):
                    return None
                name = "{" + field_ + (m.group("conv") or "") + (m.group("spec") or "") + "}"
                self.value(i, m.end(), name, "icu" if self.icu and not self.python else "python")
                return m.end()
        return None

    def icu_arg(self, i, end, plural_var):
        """``{var}``, ``{var, type[, style]}`` or a plural/select with its branches."""
        t = self.text
        m = _ICU_HEAD.match(t, i, end)
        if not m:
            return None
        var, typ = m.group("var"), m.group("type")
        if typ is None:
            if m.end() < end and t[m.end()] == "}":
                if self.conservative and t[i:m.end() + 1] != "{" + var + "}":
                    return None               # "{ 3 }" in prose: no spaces in a guessed field
                self.value(i, m.end() + 1, "{" + var + "}", "icu")
                return m.end() + 1
            return None
        if typ not in ICU_COMPLEX:
            close = _match_brace(t, i, end, icu=True)
            if close is None:
                return None
            style = t[m.end():close].strip()
            if not m.group("rest") and style:
                return None
            name = "{" + var + ", " + typ + (", " + " ".join(style.split()) if style else "") + "}"
            self.value(i, close + 1, name, "icu")
            return close + 1
        if not m.group("rest"):
            return None
        close = _match_brace(t, i, end, icu=True)
        if close is None:
            return None
        variable = "{" + var + "}"
        branches = []
        pos = m.end()
        head_end = pos
        first = True
        while pos < close:
            km = _ICU_KEY.match(t, pos, close)
            if not km:
                if t[pos:close].strip():
                    return None           # not ICU after all: leave it to the other syntaxes
                break
            body_open = km.end() - 1
            body_close = _match_brace(t, body_open, close, icu=True)
            if body_close is None:
                return None
            key = re.sub(r"\s+", "", km.group("key"))
            branches.append((key, km.start(), body_open, body_close))
            if first:
                head_end = km.start()
                first = False
            pos = body_close + 1
        if not branches:
            return None
        self.code(i, head_end, "{" + var + ", " + typ + "}", "open", "icu")
        for key, ks, bo, bc in branches:
            self.code(ks, bo + 1, key, "separator", "icu")
            self.scan(bo + 1, bc, variable if typ != "select" else plural_var)
            self.code(bc, bc + 1, "}", "separator", "icu")
        self.code(close, close + 1, "{" + var + ", " + typ + "}", "close", "icu")
        self.out.wrappers.append(Wrapper(typ, "icu", typ, variable, i, close + 1,
                                         tuple(Branch(k, bo + 1, bc) for k, _, bo, bc in branches)))
        return close + 1

    def template(self, i, end, plural_var):
        """A MediaWiki ``{{…}}``: a wrapper, a transform or one code."""
        t = self.text
        close = _match_wiki(t, i, end, "{{", "}}")
        if close is None:
            return None
        inner_start, inner_end = i + 2, close
        parts = _split_top(t, inner_start, inner_end)
        head_s, head_e = parts[0]
        head = t[head_s:head_e]
        colon = head.find(":")
        fname = (head[:colon] if colon >= 0 else head).strip()
        if not fname or "\n" in fname or not re.fullmatch(r"#?[\w\s-]+", fname):
            return None
        if not self.mw and self.conservative and colon < 0 and not re.fullmatch(r"[A-Z]+", fname):
            return None                       # {{x}}: leave to i18next
        upper = fname.upper()
        if colon >= 0 and upper in MW_BRANCHING:
            arg_s = head_s + colon + 1
            self.code(i, arg_s, "{{" + upper + "}}", "open", "mediawiki")
            before = len(self.out.codes)
            self.scan(arg_s, head_e, plural_var)
            variable = None
            for c in self.out.codes[before:]:
                if c in self.out.values:
                    self.out.values.remove(c)
                    self.out.selectors.append(c)
                    variable = variable or c.name
            branches = []
            n = 0
            for bs, be in parts[1:]:
                sep_end = bs
                em = re.match(r"\s*(-?\d+(?:\.\d+)?)\s*=", t[bs:be])
                if em and upper == "PLURAL":       # an explicit number: 0=none
                    key = em.group(1) + "="
                    sep_end = bs + em.end()
                else:
                    n += 1
                    key = str(n)
                self.code(bs - 1, sep_end, "|", "separator", "mediawiki")
                self.scan(sep_end, be, plural_var)
                branches.append(Branch(key, sep_end, be))
            self.code(close, close + 2, "{{" + upper + "}}", "close", "mediawiki")
            self.out.wrappers.append(Wrapper(MW_BRANCHING[upper], "mediawiki", upper, variable,
                                             i, close + 2, tuple(branches)))
            return close + 2
        if colon >= 0 and fname.lower() in MW_TRANSFORMS:
            body_s = head_s + colon + 1
            if fname.lower() == "grammar" and len(parts) > 1:
                body_s = parts[1][0]
            self.code(i, body_s, "{{" + fname.lower() + "}}", "open", "mediawiki")
            self.scan(body_s, inner_end, plural_var)
            self.code(close, close + 2, "{{" + fname.lower() + "}}", "close", "mediawiki")
            self.out.wrappers.append(Wrapper("transform", "mediawiki", fname, None, i, close + 2,
                                             (Branch("1", body_s, inner_end),)))
            return close + 2
        # {{SITENAME}}, {{int:key}}, {{ns:User}}, {{fullurl:…|returnto=$1}}: one code
        body = " ".join(t[inner_start:inner_end].split())
        if colon >= 0:
            fn, _, arg = body.partition(":")
            body = fn.strip().lower() + ":" + arg.strip()
        self.value(i, close + 2, "{{" + body + "}}", "mediawiki")
        self.scan(inner_start, inner_end, plural_var)     # its $1 is printed too
        return close + 2

    # links ------------------------------------------------------------------------------
    def link(self, i, end, plural_var):
        t = self.text
        if t.startswith("[[", i):
            close = _match_wiki(t, i, end, "[[", "]]")
            if close is None:
                return None
            parts = _split_top(t, i + 2, close, limit=1)
            ts, te = parts[0]
            target = t[ts:te]
            if "\n" in target or not target.strip() or "[" in target:
                return None
            name = "[[" + _link_target(target) + "]]"
            if len(parts) == 1:
                self.code(i, close + 2, name, "standalone", "mediawiki", "tag")
                self.scan(ts, te, plural_var)
            else:
                self.code(i, parts[1][0], name, "open", "mediawiki", "tag")
                self.scan(ts, te, plural_var)
                self.scan(parts[1][0], close, plural_var)
                self.code(close, close + 2, name, "close", "mediawiki", "tag")
            return close + 2
        m = _EXTLINK.match(t, i, end)
        if not m or (self.conservative and not m.group("url").lower().startswith(("http", "ftp", "//"))):
            return None
        close = _match_wiki(t, i, end, "[", "]")
        if close is None or "\n" in t[i:close]:
            return None
        url = m.group("url")
        name = "[" + _LANG_HOST.sub(r"\1*.", url, count=1) + "]"
        url_end = i + 1 + len(url)
        if m.end() >= close:
            self.code(i, close + 1, name, "standalone", "mediawiki", "tag")
            self.scan(i + 1, url_end, plural_var)
        else:
            self.code(i, m.end(), name, "open", "mediawiki", "tag")
            self.scan(i + 1, url_end, plural_var)
            self.scan(m.end(), close, plural_var)
            self.code(close, close + 1, name, "close", "mediawiki", "tag")
        return close + 1

    # $ and % ----------------------------------------------------------------------------
    def dollar(self, i, end):
        t = self.text
        if (self.i18next or self.conservative) and _T_FUNC.match(t, i, end):
            close = _match_paren(t, i + 2, end)
            if close is not None:
                inner = t[i + 3:close]
                key = inner.split(",", 1)[0].strip()
                if key and re.fullmatch(r"[\w.:-]+", key):
                    self.value(i, close + 1, "$t(" + key + ")", "i18next")
                    return close + 1
        if self.mw or self.conservative:
            m = _MW_PARAM.match(t, i, end)
            if m:
                if self.conservative:
                    after = t[m.end():end]
                    if len(m.group("n")) > 1 or _MONEY_AFTER.match(after) or \
                            (i > 0 and (t[i - 1].isalnum() or t[i - 1] in "$")):
                        return None
                self.value(i, m.end(), "$" + m.group("n"), "mediawiki")
                return m.end()
        return None

    def percent(self, i, end):
        t = self.text
        if t.startswith("%%", i) and (self.printf or self.python):
            return i + 2
        m = _RUBY.match(t, i, end)
        if m and (self.ruby or self.conservative):
            self.value(i, m.end(), "%{" + m.group(1) + "}", "ruby")
            return m.end()
        if self.python or self.conservative:
            m = _PY_NAMED.match(t, i, end)
            if m:
                self.value(i, m.end(), "%(" + m.group("name") + ")" + t[m.end() - 1], "python")
                return m.end()
        if not self.printf:
            return None
        m = (_PRINTF_STRICT if self.conservative else _PRINTF).match(t, i, end)
        if not m:
            return None
        after = t[m.end()] if m.end() < len(t) else " "
        if " " in m.group("flags") and after.isalpha():
            return None                  # "90% of", "5% increase": prose, not a space-flag conversion
        if self.conservative and not m.group("pos"):
            before = t[i - 1] if i else " "
            if before.isalnum() or after.isalpha():
                return None
        spec = "".join(m.group(g) or "" for g in ("flags", "width")) + \
            ("." + m.group("prec") if m.group("prec") else "") + (m.group("len") or "") + m.group("conv")
        if m.group("pos"):
            pos = m.group("pos")
        else:
            self.seq += 1
            pos = str(self.seq)
        self.value(i, m.end(), "%" + pos + "$" + spec, "android" if self.android else "printf")
        return m.end()

    # MediaWiki bold and italic ------------------------------------------------------------
    def wiki_quotes(self):
        """``'''bold'''`` and ``''italic''`` toggles, line by line, outside other codes."""
        t = self.text
        taken = mask_spans(self.out.codes)
        line_start = 0
        for line in t.split("\n"):
            state = {"b": False, "i": False}
            for m in re.finditer(r"'{2,}", line):
                a, b = line_start + m.start(), line_start + m.end()
                if any(x <= a < y for x, y in taken):
                    continue
                n = len(m.group())
                kinds = {2: ("i",), 3: ("b",), 5: ("b", "i")}.get(n)
                if kinds is None:
                    continue
                pos = a
                for k, width in zip(kinds, (3, 2) if n == 5 else (n,)):
                    self.code(pos, pos + width, f"<{k}>", "close" if state[k] else "open", "mediawiki", "tag")
                    state[k] = not state[k]
                    pos += width
            line_start += len(line) + 1


def _match_brace(t: str, i: int, end: int, icu: bool = False) -> Optional[int]:
    """The index of the ``}`` matching the ``{`` at ``i`` (ICU apostrophe quoting honoured)."""
    depth = 0
    k = i
    while k < end:
        ch = t[k]
        if icu and ch == "'" and k + 1 < end and t[k + 1] in "{}'":
            if t[k + 1] == "'":
                k += 2
                continue
            q = t.find("'", k + 1, end)
            k = end if q < 0 else q + 1
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return None


def _match_wiki(t: str, i: int, end: int, open_: str, close_: str) -> Optional[int]:
    """Where the ``close_`` matching the ``open_`` at ``i`` starts; ``{{ }}`` and ``[[ ]]``
    nest inside each other."""
    pairs = (("{{", "}}"), ("[[", "]]"), ("[", "]")) if open_ == "[" else (("{{", "}}"), ("[[", "]]"))
    stack = [close_]
    k = i + len(open_)
    while k < end:
        if t.startswith(stack[-1], k):
            k += len(stack[-1])
            stack.pop()
            if not stack:
                return k - len(close_)
            continue
        for o, c in pairs:
            if t.startswith(o, k):
                stack.append(c)
                k += len(o)
                break
        else:
            if t[k] == "\n" and open_ == "[":
                return None
            k += 1
    return None


def _split_top(t: str, start: int, end: int, limit: int = -1) -> list[tuple[int, int]]:
    """``t[start:end]`` split at its top-level ``|`` (not inside ``{{ }}`` or ``[[ ]]``)."""
    parts = []
    depth = 0
    k = s = start
    while k < end:
        if t.startswith("{{", k) or t.startswith("[[", k):
            depth += 1
            k += 2
            continue
        if (t.startswith("}}", k) or t.startswith("]]", k)) and depth:
            depth -= 1
            k += 2
            continue
        if t[k] == "|" and depth == 0 and limit != 0:
            parts.append((s, k))
            s = k + 1
            limit -= 1
        k += 1
    parts.append((s, end))
    return parts


def _match_paren(t: str, i: int, end: int) -> Optional[int]:
    depth = 0
    for k in range(i, end):
        if t[k] == "(":
            depth += 1
        elif t[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def _link_target(target: str) -> str:
    """A wiki link's target as MediaWiki resolves it: no leading colon, ``_`` as a space,
    spaces collapsed, the first letter of the page name upper case, namespace case-folded."""
    s = " ".join(target.replace("_", " ").split()).lstrip(":").strip()
    ns, colon, page = s.partition(":")
    if colon and re.fullmatch(r"[\w ]+", ns):
        page = page.strip()
        return ns.strip().capitalize() + ":" + (page[:1].upper() + page[1:])
    return s[:1].upper() + s[1:]


def analyse(text: str, syntaxes: Iterable[str] = ()) -> Analysis:
    """Codes, wrappers, value and selector placeholders of ``text`` (see the module doc)."""
    return _analyse(text or "", resolve(syntaxes))


@lru_cache(maxsize=4096)
def _analyse(text: str, syn: frozenset[str]) -> Analysis:
    sc = _Scanner(text, syn)
    sc.scan(0, len(text))
    if sc.mw:
        sc.wiki_quotes()
    sc.out.codes.sort(key=lambda c: (c.start, -c.end))
    return sc.out


def find_placeholders(text: str, syntaxes: Iterable[str] = ()) -> list[Code]:
    """The placeholders (``kind="placeholder"``) and inline tags (``kind="tag"``: HTML,
    i18next trans tags, wiki links and quotes) of ``text``, sorted by position."""
    return list(analyse(text, syntaxes).codes)


def structure(text: str, syntaxes: Iterable[str] = ()) -> list[Wrapper]:
    """The plural/select/gender wrappers (and MediaWiki transforms) of ``text``, outermost
    first: their variable and their branches."""
    return sorted(analyse(text, syntaxes).wrappers, key=lambda w: (w.start, -w.end))


def merge_codes(reader_codes: Iterable[Code], found: Iterable[Code]) -> list[Code]:
    """A reader's codes (XLIFF ``<g>``, TMX ``<bpt>``) plus the codes found in the text,
    without those found inside a reader's code (``<g id="1">`` is not also an HTML tag) and
    without duplicates."""
    reader_codes = list(reader_codes)
    spans = [(c.start, c.end) for c in reader_codes if c.kind == "tag"]
    seen = {(c.start, c.end) for c in reader_codes}
    out = list(reader_codes)
    for c in found:
        if (c.start, c.end) in seen or any(a <= c.start and c.end <= b for a, b in spans):
            continue
        seen.add((c.start, c.end))
        out.append(c)
    return sorted(out, key=lambda c: (c.start, -c.end))


def mask_spans(codes: Iterable[Code]) -> list[tuple[int, int]]:
    """The sorted, disjoint union of the codes' spans (what the prose checks skip)."""
    out: list[list[int]] = []
    for a, b in sorted((c.start, c.end) for c in codes if c.end > c.start):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


# -- plural categories ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _plural_table() -> dict[str, tuple[frozenset, frozenset, int]]:
    from ..lang.data import iter_rows
    out = {}
    for row in iter_rows("plural_rules.tsv", 4):
        out[row[0]] = (frozenset(row[1].split(",")), frozenset(row[2].split(",")), int(row[3]))
    return out


def plural_categories(lang: str, ordinal: bool = False) -> Optional[frozenset[str]]:
    """CLDR plural categories of ``lang`` (``ps``: one, other), None when unknown."""
    row = _plural_table().get((lang or "").lower().split("-")[0].split("_")[0])
    return None if row is None else row[1 if ordinal else 0]


def mediawiki_forms(lang: str) -> Optional[int]:
    """How many ``{{PLURAL:}}`` forms MediaWiki uses for ``lang`` (ps: 2)."""
    row = _plural_table().get((lang or "").lower().split("-")[0].split("_")[0])
    return None if row is None else row[2]
