"""Placeholder, tag and wrapper analysis (aligner/checks/placeholders.py), syntax by syntax.

The MediaWiki strings are MediaWiki core messages (en.json / ps.json of MediaWiki 1.39,
GPL-2.0-or-later; Pashto by translatewiki.net volunteers), copied here as literals."""
from __future__ import annotations

import pytest

from aligner.checks.placeholders import (analyse, find_placeholders, mask_spans, mediawiki_forms, merge_codes,
                                         plural_categories, resolve, structure)
from aligner.formats.base import Code


def names(text, syntaxes=()):
    return [c.name for c in analyse(text, syntaxes).values]


def shown(text, syntaxes=()):
    return [text[c.start:c.end] for c in find_placeholders(text, syntaxes)]


# -- printf / Android ---------------------------------------------------------------------

def test_printf_conversions_and_the_percent_escape():
    text = "Delete %1$s? %d files, 50%% done, %.2f MB, %-5s|"
    assert shown(text, ("printf",)) == ["%1$s", "%d", "%.2f", "%-5s"]
    # sequential conversions get positions, so reordering with %2$… matches them
    assert names(text, ("printf",)) == ["%1$s", "%1$d", "%2$.2f", "%3$-5s"]


def test_percent_before_a_word_is_prose_even_in_printf():
    assert shown("70-90% of men, a 5% increase, % d left", ("c-format",)) == ["% d"]


def test_printf_sequential_counts_twice():
    assert names("%s and %s", ("c-format",)) == ["%1$s", "%2$s"]
    assert names("%2$s و %1$s", ("c-format",)) == ["%2$s", "%1$s"]


def test_android_escapes_are_codes_but_not_values():
    text = "Hello %1$s!\\nYou have %2$d new messages\\'"
    a = analyse(text, ("android",))
    assert [c.name for c in a.values] == ["%1$s", "%2$d"]
    assert [(c.name, c.role) for c in a.codes if c.role == "escape"] == [("\\n", "escape"), ("\\'", "escape")]


def test_rails_interpolation():
    assert shown("سلام، %{name}! %{count} پیغامونه") == ["%{name}", "%{count}"]
    assert names("Hello %{name}", ("ruby",)) == ["%{name}"]


# -- Python ------------------------------------------------------------------------------

def test_python_named_percent_and_braces():
    text = "Hello %(name)s, {user} has {0} and {} items, {count!r:>10}; {{literal}}"
    assert shown(text, ("python-format",)) == ["%(name)s", "{user}", "{0}", "{}", "{count!r:>10}"]
    assert names(text, ("python",))[3] == "{0}"          # an auto-numbered field is field 0


# -- ICU ---------------------------------------------------------------------------------

def test_icu_simple_and_typed_arguments():
    assert names("{name} uploaded {n, number} files on {d, date, short}", ("icu",)) == \
        ["{name}", "{n, number}", "{d, date, short}"]


def test_icu_plural_branches_and_hash():
    text = "{count, plural, =0 {No files} one {# file} other {# files}} by {user}"
    a = analyse(text, ("icu",))
    [w] = a.wrappers
    assert (w.kind, w.variable) == ("plural", "{count}")
    assert [(b.key, text[b.start:b.end]) for b in w.branches] == \
        [("=0", "No files"), ("one", "# file"), ("other", "# files")]
    # "#" prints the plural's number: it is a value of {count}
    assert [c.name for c in a.values] == ["{count}", "{count}", "{user}"]


def test_icu_nested_select_and_plural():
    text = "{gender, select, female {She has {n, plural, one {# item} other {# items}}} other {They have {n}}}"
    ws = structure(text, ("icu",))
    assert [(w.kind, w.variable) for w in ws] == [("select", "{gender}"), ("plural", "{n}")]
    assert [b.key for b in ws[0].branches] == ["female", "other"]


def test_icu_apostrophe_quotes_braces():
    assert names("Type '{name}' literally, or {name}", ("icu",)) == ["{name}"]


# -- i18next -----------------------------------------------------------------------------

def test_i18next_interpolation_nesting_and_trans_tags():
    text = "Hi {{name}}, {{count, number}} new; $t(common.ok) <0>open</0> <1/>"
    a = analyse(text, ("i18next",))
    assert [c.name for c in a.values] == ["{{name}}", "{{count, number}}", "$t(common.ok)"]
    assert [(c.name, c.role) for c in a.codes if c.kind == "tag"] == \
        [("<0>", "open"), ("<0>", "close"), ("<1>", "standalone")]


# -- MediaWiki (real messages) -----------------------------------------------------------------

MW = ("mediawiki",)


def test_mediawiki_plural_wrapper_selector_and_values():
    en = "The following {{PLURAL:$1|page is|$1 pages are}} in the current category."
    a = analyse(en, MW)
    [w] = a.wrappers
    assert (w.kind, w.variable) == ("plural", "$1")
    assert [en[b.start:b.end] for b in w.branches] == ["page is", "$1 pages are"]
    assert [c.name for c in a.selectors] == ["$1"]       # chooses the form
    assert [c.name for c in a.values] == ["$1"]          # prints the number


def test_mediawiki_gender_only_selects():
    a = analyse("{{GENDER:$1|User page}}", MW)
    assert [c.name for c in a.values] == [] and [c.name for c in a.selectors] == ["$1"]
    assert analyse("کارن مخ", MW).values == []


def test_mediawiki_plural_explicit_number_form():
    text = "{{PLURAL:$2|0=|See also the other search results found.}}"
    [w] = structure(text, MW)
    assert [b.key for b in w.branches] == ["0=", "1"]


def test_mediawiki_magic_words_links_and_external_links():
    en = ("The user account for [[{{ns:User}}:$1|$1]] ([[{{ns:User talk}}:$1|talk]]) has been "
          "created on {{SITENAME}}; see [$2 the file description page] and {{int:emailuser}}.")
    a = analyse(en, MW)
    assert {c.name for c in a.values} == {"{{ns:User}}", "$1", "{{ns:User talk}}", "{{SITENAME}}", "$2",
                                          "{{int:emailuser}}"}
    tags = [(c.name, c.role) for c in a.codes if c.kind == "tag"]
    assert ("[[{{ns:User}}:$1]]", "open") in tags and ("[$2]", "open") in tags and ("[$2]", "close") in tags


def test_mediawiki_localized_url_is_the_same_link():
    en = find_placeholders("[https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing CIDR]", MW)
    ps = find_placeholders("[https://ps.wikipedia.org/wiki/Classless_Inter-Domain_Routing CIDR]", MW)
    assert en[0].name == ps[0].name


def test_mediawiki_wikitext_bold_is_the_b_tag():
    ps = "'''هېر مو نشي چې دا يوازې ستاسې د کارن د جاوا سکرېپټ آزمېيل/مخليدنه ده.'''"
    assert [(c.name, c.role) for c in find_placeholders(ps, MW)] == [("<b>", "open"), ("<b>", "close")]
    five = [(c.name, c.role) for c in find_placeholders("'''''x'''''", MW)]
    assert five == [("<b>", "open"), ("<i>", "open"), ("<b>", "close"), ("<i>", "close")]


def test_mediawiki_nowiki_is_literal_but_parameters_still_print():
    ps = 'د "<nowiki>$1</nowiki>" گڼون نه دی ثبت شوی.'
    assert names(ps, MW) == ["$1"]
    text = "(<nowiki>{{SITENAME}} [[x]]</nowiki>)"
    assert names(text, MW) == []


def test_mediawiki_translated_magic_word_is_a_different_code():
    ps = "$1 ($2 {{پلورال:$2|redirect|راګرځونه}}; $3 {{PLURAL:$3|non-redirect|نه-راګرځونه}})"
    a = analyse(ps, MW)
    assert "{{پلورال:$2|redirect|راګرځونه}}" in {c.name for c in a.values}
    assert [w.variable for w in a.wrappers] == ["$3"]


# -- HTML and conservative detection -----------------------------------------------------------

def test_html_tags_by_name_and_role():
    text = 'Click <b>here</b><br/> or <a href="https://example.org">there</a>'
    assert [(c.name, c.role, c.kind) for c in find_placeholders(text)] == [
        ("<b>", "open", "tag"), ("<b>", "close", "tag"), ("<br>", "standalone", "tag"),
        ("<a>", "open", "tag"), ("<a>", "close", "tag")]


@pytest.mark.parametrize("prose", [
    "It costs $1 million, and $5.50 more than last year.",
    "About 50% of users; 100 % of them said so.",
    "Use braces {like this one} in prose, or { 3 } of them.",
    "He said 'hello' and left at 5 p.m.",
    "د ۲۵ کلونو په اوږدو کې ۵۰٪ خلکو رایه ورکړه.",
])
def test_ordinary_prose_yields_nothing(prose):
    assert find_placeholders(prose) == []


def test_conservative_detection_still_finds_unambiguous_codes():
    text = "Hello %s, {name} has {{PLURAL:$1|one page|$1 pages}} and %1$d"
    assert shown(text) == ["%s", "{name}", "{{PLURAL:", "$1", "|", "|", "$1", "}}", "%1$d"]


# -- helpers -----------------------------------------------------------------------------

def test_aliases_resolve():
    assert resolve(["c-format"]) == {"printf"}
    assert resolve(["python-brace-format"]) == {"python", "printf"}
    assert resolve(["android"]) == {"android", "printf"}
    assert resolve([]) == frozenset()


def test_merge_codes_keeps_reader_tags_and_drops_codes_inside_them():
    text = 'Click <g id="1">here</g>'
    reader = [Code(6, 16, "g#1", "open", "xliff", "tag"), Code(20, 24, "g#1", "close", "xliff", "tag")]
    merged = merge_codes(reader, find_placeholders(text))
    assert [(c.name, c.syntax) for c in merged] == [("g#1", "xliff"), ("g#1", "xliff")]


def test_mask_spans_are_disjoint():
    codes = find_placeholders("[[{{ns:User}}:$1|$1]]", MW)
    spans = mask_spans(codes)
    assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))
    assert spans[0][0] == 0


def test_plural_categories_from_cldr():
    assert plural_categories("ps") == {"one", "other"}
    assert plural_categories("ar") == {"zero", "one", "two", "few", "many", "other"}
    assert plural_categories("ps", ordinal=True) == {"other"}
    assert plural_categories("xx") is None
    assert mediawiki_forms("ps") == 2
