"""The localization-unit rules (aligner/checks/units.py): each code on a real fault, and the
false-alarm side: correct Pashto translations come out clean.

The MediaWiki strings are MediaWiki core messages (en.json / ps.json of MediaWiki 1.39,
GPL-2.0-or-later; Pashto by translatewiki.net volunteers), copied here as literals; the faults
marked "real" are the volunteer translation's own."""
from __future__ import annotations

import numpy as np
import pytest

from aligner.checks import REGISTRY, load_checks
from aligner.checks.base import CheckContext
from aligner.formats.base import Code, Unit, UnitSet
from aligner.keyed import select_units, unit_documents
from aligner.model import AlignmentResult, Bead

load_checks()
OURS = [c for c in REGISTRY if c.split("-")[0] in ("PH", "TAG", "L10N", "CONSIST")]


def run(pairs, syntaxes=("mediawiki",), *, vectors=None, sims=None, fmt="json", config=None, **unit_kw):
    """Findings of the unit rules on ``pairs`` ({key: (english, pashto)}), no encoder."""
    units = [Unit(id=k, source=en, target=ps, key=k if fmt == "json" else None, **unit_kw)
             for k, (en, ps) in pairs.items()]
    us = UnitSet("en.json", fmt, units, syntaxes=syntaxes)
    checked, _ = select_units(us)
    src, tgt, beads = unit_documents(us, checked)
    sims = sims or [None] * len(beads)
    result = AlignmentResult(src, tgt, [Bead(s, t, 1.0, sim) for (s, t), sim in zip(beads, sims)], "test", "none")
    result.units, result.unit_beads = us, checked
    if vectors is not None:
        result.unit_vectors = vectors
    ctx = CheckContext(result, config or {})
    out = []
    for code in OURS:
        out += list(REGISTRY[code]().run(ctx))
    for f in out:
        f.unit = checked[f.bead].ref()
    return out


def codes(findings):
    return sorted((f.code, f.unit["id"]) for f in findings)


# -- the false-alarm side: real, correct MediaWiki translations ---------------------------------

CORRECT = {
    # wrapper kept, variable printed inside it
    "category-article-count-limited": ("The following {{PLURAL:$1|page is|$1 pages are}} in the current category.",
                                       "په دې وېشنيزه کې {{PLURAL:$1|يوه دوتنه ده|$1 دوتنې دي}}."),
    # GENDER wrapper dropped: $1 only chose the wording
    "nstab-user": ("{{GENDER:$1|User page}}", "کارن مخ"),
    # parameters reordered
    "rclistfrom": ("Show new changes starting from $2, $3", "نوي بدلونونه چې له $3، $2 څخه پيلېږي ښکاره کول"),
    # ؟ for ?, with a GENDER wrapper kept
    "confirmable-confirm": ("Are {{GENDER:$1|you}} sure?", "آيا {{GENDER:$1|تاسو}} ډاډه ياست؟"),
    "viewdeleted": ("View $1?", "$1 کتل؟"),
    # Pashto digits for 123, emphasis kept
    "recentchanges-legend-plusminus": ("(<em>±123</em>)", "(<em>±۱۲۳</em>)"),
    # names, placeholders and punctuation only: identical is right
    "pagetitle": ("$1 - {{SITENAME}}", "$1 - {{SITENAME}}"),
    "parentheses": ("($1)", "($1)"),
    # wikitext bold for <strong>, one bold run per line
    "userjspreview": ("<strong>Remember that you are only testing/previewing your user JavaScript.\n"
                      "It has not yet been published!</strong>",
                      "'''هېر مو نشي چې دا يوازې ستاسې د کارن د جاوا سکرېپټ آزمېيل/مخليدنه ده.'''\n"
                      "'''تر اوسه پورې لا ستاسې بدلونونه نه دي خوندي شوي!'''"),
    # <nowiki> around the parameter: it still prints, and the tag shows nothing
    "userpage-userdoesnotexist": ('User account "$1" is not registered.\nPlease check if you want to create/edit this page.',
                                  'د "<nowiki>$1</nowiki>" گڼون نه دی ثبت شوی.\nلطفاً ځان ډاډه کړئ چې آيا تاسې په رښتيا همدا مخ جوړول/سمول غواړئ.'),
    # a left-to-right span keeps "640 × 480" in order inside Pashto
    "fileduplicatesearch-info": ("$1 × $2 pixel<br />File size: $3<br />MIME type: $4",
                                 '<span dir="ltr">$1 × $2</span> پېکسل<br />د دوتنې کچه: $3<br />ډول MIME: $4'),
    # the link's text translated, its target kept
    "movepage-moved-redirect": ("A redirect has been created to [[Special:WhatLinksHere/$1|this page]].",
                                "[[Special:WhatLinksHere/$1|همدې مخ]] ته یو ورګرځونی جوړ شو."),
}


def test_correct_translations_are_clean():
    found = [f for f in run(CORRECT) if f.severity in ("warning", "error")]
    assert found == [], [(f.code, f.unit["id"], f.message) for f in found]


def test_correct_translations_have_no_findings_of_any_level_but_consistency():
    found = [f for f in run(CORRECT) if not f.code.startswith("CONSIST")]
    assert [(f.code, f.unit["id"]) for f in found] == []


# -- PH-MISSING / PH-EXTRA ---------------------------------------------------------------------

def test_ph_missing_real_mediawiki_faults():
    found = run({
        "mergehistory-revisionrow": ("$1 ($2) $3 . . $4 $5 $6 $7", "$1 ($2) $3 . . $4 $5 $6"),
        "usereditcount": ("$1 {{PLURAL:$1|edit|edits}}", "{{PLURAL:$1|سمون|سمونونه}}"),
        "deletedcontributions-title": ("Deleted user contributions for $1", "ړنگېدلې کارن ونډې"),
    })
    ph = [f for f in found if f.code == "PH-MISSING"]
    assert [(f.unit["id"], f.source_value) for f in ph] == [
        ("mergehistory-revisionrow", "$7"), ("usereditcount", "$1"), ("deletedcontributions-title", "$1")]
    assert all(f.severity == "error" for f in ph)
    assert "only chooses a form" in ph[1].message           # the number is no longer printed
    f = ph[0]
    assert f.source.text == "$7" and f.target.text == "$1 ($2) $3 . . $4 $5 $6"


def test_ph_missing_spans_point_into_the_documents():
    pairs = {"a": ("Hello", "سلام"), "b": ("Deleted user contributions for $1", "ړنگېدلې کارن ونډې")}
    [f] = [f for f in run(pairs) if f.code == "PH-MISSING"]
    assert f.source.start == len("Hello") + 2 + len("Deleted user contributions for ")
    assert f.target.start == len("سلام") + 2


def test_printf_reorder_is_clean_and_count_matters():
    pairs = {"a": ("%1$s of %2$s", "%2$s له %1$s"),
             "b": ("%s and %s", "%s او"),
             "c": ("Delete %1$s?", "%2$s ړنګ کړئ؟")}
    found = run(pairs, ("printf",), fmt="po")
    assert codes(f for f in found if f.code.startswith("PH")) == [
        ("PH-EXTRA", "c"), ("PH-MISSING", "b"), ("PH-MISSING", "c")]


def test_ph_extra_and_translated_magic_word():
    found = run({
        "whatlinkshere-hidetrans": ("Hide transclusions", "ورگډېدنې $1"),
        "pageinfo-subpages-value": ("$1 ($2 {{PLURAL:$2|redirect|redirects}}; $3 {{PLURAL:$3|non-redirect|non-redirects}})",
                                    "$1 ($2 {{پلورال:$2|redirect|راګرځونه}}; $3 {{PLURAL:$3|non-redirect|نه-راګرځونه}})"),
    })
    extra = [(f.unit["id"], f.target_value) for f in found if f.code == "PH-EXTRA"]
    assert extra == [("whatlinkshere-hidetrans", "$1"), ("pageinfo-subpages-value", "{{پلورال:$2|redirect|راګرځونه}}")]


def test_constant_magic_word_dropped_is_a_warning():
    en = "The following pages do not link to other pages in {{SITENAME}}."
    [f] = [f for f in run({"deadendpagestext": (en, "همدا لانديني مخونه د نورو مخونو سره تړنې نه لري.")})
           if f.code == "PH-MISSING"]
    assert f.severity == "warning" and "{{SITENAME}}" in f.message


def test_site_variable_rendered_by_its_meaning_is_info():
    # the volunteer's real translation says "in this wiki" (دغه ويکي) for {{SITENAME}}: a choice, not a loss
    en = "The following pages do not link to other pages in {{SITENAME}}."
    [f] = [f for f in run({"deadendpagestext": (en, "همدا لانديني مخونه په دغه ويکي کې د نورو مخونو سره تړنې نه لري.")})
           if f.code == "PH-MISSING"]
    assert f.severity == "info" and "{{SITENAME}}" in f.message and "ويکي" in f.message


def test_python_icu_i18next_placeholders():
    assert codes(run({"a": ("Hello {name}", "سلام {nom}")}, ("python",), fmt="po")) == \
        [("PH-EXTRA", "a"), ("PH-MISSING", "a")]
    assert codes(run({"a": ("Hi {{name}}, $t(ok)", "سلام {{name}}")}, ("i18next",))) == [("PH-MISSING", "a")]
    assert run({"a": ("{n} files", "{n} دوتنې")}, ("icu",)) == []


# -- PH-PLURAL ---------------------------------------------------------------------------------

def test_icu_plural_categories_for_pashto():
    en = "{n, plural, one {# file} other {# files}}"
    assert run({"ok": (en, "{n, plural, one {# دوتنه} other {# دوتنې}}")}, ("icu",)) == []
    assert run({"zero": (en, "{n, plural, =0 {هېڅ دوتنه} one {# دوتنه} other {# دوتنې}}")}, ("icu",)) == []
    found = run({"no-other": (en, "{n, plural, one {# دوتنه}}"),
                 "few": (en, "{n, plural, one {# دوتنه} few {# دوتنې} other {# دوتنې}}")}, ("icu",))
    plural = [(f.unit["id"], f.severity) for f in found if f.code == "PH-PLURAL"]
    assert plural == [("no-other", "error"), ("few", "warning")]


def test_icu_plural_dropped_is_reported():
    found = run({"a": ("{n, plural, one {# file} other {# files}}", "{n} دوتنې")}, ("icu",))
    assert [(f.code, f.severity) for f in found] == [("PH-PLURAL", "warning")]


def test_mediawiki_plural_counts_the_wrong_parameter():
    found = run({"acct_creation_throttle_hit": (
        "Visitors to this wiki using your IP address have created {{PLURAL:$1|1 account|$1 accounts}} in the last $2.",
        "د همدې ويکي کارنانو په وروستيو ورځو کې ستاسې د IP پتې په کارولو سره {{PLURAL:$2|1 گڼون|$1 گڼونونه}} جوړ کړي.")})
    assert ("PH-PLURAL", "acct_creation_throttle_hit") in codes(found)
    [f] = [f for f in found if f.code == "PH-PLURAL"]
    assert f.source_value == ["$1"] and f.target_value == ["$2"]


def test_mediawiki_plural_with_more_forms_than_pashto_uses():
    found = run({"a": ("$1 {{PLURAL:$1|page|pages}}", "$1 {{PLURAL:$1|مخ|مخونه|مخونو}}")})
    [f] = [f for f in found if f.code == "PH-PLURAL"]
    assert "مخونو" in f.message and f.severity == "warning"


# -- tags --------------------------------------------------------------------------------------

def test_tag_missing_real_faults():
    found = run({
        # text put before $2 inside [$2 …] breaks the external link (real)
        "sharedupload-desc-there": ("This file is from $1 and may be used by other projects.\n"
                                    "Please see the [$2 file description page] for further information.",
                                    "دا دوتنه د $1 څخه ده او کېدای شي چې په نورو پروژو به هم کارېږي.\n"
                                    "د نورو مالوماتو لپاره لطفاً [د $2 دوتنې د څرگندونو مخ] وگورئ."),
        "articleexists": ("A page already exists at [[:$1]], or the page name you have chosen is not valid.",
                          "په همدې نوم يوه بله پاڼه د پخوا نه شته او يا خو دا نوم چې تاسې ټاکلی سم نه دی."),
    })
    # the $1 inside the dropped link is reported with its link, once
    assert codes(found) == [("TAG-MISSING", "articleexists"), ("TAG-MISSING", "sharedupload-desc-there")]


def test_changed_parser_function_call_is_one_finding():
    found = run({"rev-suppressed-text-view": (
        "This page revision has been <strong>suppressed</strong>.\nYou can view it; details can be found in the "
        "[{{fullurl:{{#Special:Log}}/suppress|page=$1}} suppression log].",
        "د دې مخ بڼه <strong>ړنگه شوه</strong>.\nد دې مخ اړونده تفصيل په "
        "[{{fullurl:{{#Special:Log}}/delete|page=$1}} ړنگون يادښت] کې موندلی شی.")})
    [f] = found
    assert f.code == "PH-MISSING" and "changes the placeholder" in f.message
    assert f.target_value == "{{fullurl:{{#Special:Log}}/delete|page=$1}}"


def test_xliff_reader_tags_by_id():
    en, ps = 'Click <g id="1">here</g> to <x id="2"/>save', 'دلته کلیک وکړئ <x id="2"/>'
    units = {"u1": (en, ps)}
    src_codes = (Code(6, 16, "g#1", "open", "xliff", "tag"), Code(20, 24, "g#1", "close", "xliff", "tag"),
                 Code(28, 37, "x#2", "standalone", "xliff", "tag"))
    tgt_codes = (Code(15, 24, "x#2", "standalone", "xliff", "tag"),)
    found = run(units, (), fmt="xliff12", source_codes=src_codes, target_codes=tgt_codes)
    assert [(f.code, f.source_value) for f in found] == [("TAG-MISSING", "g#1")]


def test_tag_extra_and_emphasis_equivalence():
    found = run({"a": ("Save", "<b>خوندي</b> کړئ"), "b": ("<strong>Note:</strong> x", "'''یادونه:''' x")})
    assert codes(found) == [("TAG-EXTRA", "a")]


def test_tag_order():
    found = run({
        # real: "</ nowiki>" is no end tag
        "title-invalid-magic-tilde": ("The requested page title contains invalid magic tilde sequence (<nowiki>~~~</nowiki>).",
                                      "د غوښتل شوي مخ سرلیک د ناباوره جادو ټیلډ ترتیب لري (<nowiki >~~~</ nowiki>)."),
        "cross": ("<b><i>Note</i></b>", "<b><i>یادونه</b></i>"),
        "early": ("<b>Save</b>", "</b>خوندي<b>"),
    }, ())
    order = {f.unit["id"]: f.message for f in found if f.code == "TAG-ORDER"}
    assert set(order) == {"title-invalid-magic-tilde", "cross", "early"}
    assert "never closes" in order["title-invalid-magic-tilde"]
    assert "cross" in order["cross"] and "before opening" in order["early"]


# -- L10N-* ------------------------------------------------------------------------------------

def test_empty_translation():
    found = run({"a": ("Save", ""), "b": ("Save", "  ")}, ())
    assert codes(found) == [("L10N-EMPTY", "a"), ("L10N-EMPTY", "b")]
    assert found[0].target.start == found[0].target.end


def test_same_as_source():
    found = run({"monday-at": ("Monday at $1", "Monday at $1"), "ok": ("OK", "OK"), "pdf": ("PDF", "PDF"),
                 "range": ("%1$s–%2$s", "%1$s–%2$s"), "mw": ("MediaWiki", "MediaWiki"),
                 "url": ("https://www.mediawiki.org/", "https://www.mediawiki.org/")}, ("mediawiki", "printf"))
    assert codes(found) == [("L10N-SAME", "monday-at")]


def test_whitespace_at_the_ends_and_line_breaks():
    found = run({"a": ("Name: ", "نوم:"), "b": ("Line one\nLine two", "لومړۍ کرښه دویمه کرښه"),
                 "c": (" x", " ایکس")}, ())
    assert codes(found) == [("L10N-SPACE", "a"), ("L10N-SPACE", "b")]
    # wikitext: a single newline is a space; a paragraph break counts
    mw = run({"a": ("One.\nTwo.", "یو. دوه."), "b": ("One.\n\nTwo.", "یو. دوه.")})
    assert codes(mw) == [("L10N-SPACE", "b")]


def test_android_whitespace_is_what_the_resource_shows():
    found = run({"block_notification": ("You are blocked from editing Commons",
                                        " په خونديځ کې له سمون کولو څخه پر تاسو بنديز لگېدلی دی"),
                 "quoted": ('"Name: "', '"نوم:"'),
                 "escaped": ("First line\\nSecond line", "لومړۍ کرښه دویمه کرښه"),
                 "wrapped": ("First words\n    and more", "لومړي ټکي او نور")}, ("android",))
    assert codes(found) == [("L10N-SPACE", "escaped"), ("L10N-SPACE", "quoted")]


def test_end_punctuation_with_pashto_marks():
    clean = run({"q": ("Forgot your password?", "پټنوم مو هېر شوی؟"), "p": ("Done.", "بشپړ شو۔"),
                 "p2": ("Done.", "بشپړ شو."), "s": ("a;", "الف؛"), "c": ("b,", "ب،"),
                 "e": ("Loading...", "پورته کېږي…"), "colon": ("Reason:", "سبب:")}, ())
    assert clean == []
    found = run({"q": ("Delete this page?", "دا مخ ړنګ کړئ."), "p": ("Account created", "گڼون مو جوړ شو.")}, ())
    assert [(f.unit["id"], f.severity, f.source_value, f.target_value) for f in found] == [
        ("q", "info", "question mark", "full stop"), ("p", "info", None, "full stop")]


# -- consistency -------------------------------------------------------------------------------

def test_one_source_two_translations():
    found = run({"september": ("September", "سپټمبر"), "september-gen": ("September", "سېپتمبر"),
                 "search": ("Search", "پلټل"), "searchbutton": ("Search", "پلټل"), "prefs-search": ("Search", "پلټنه")})
    got = {f.unit["id"]: f.severity for f in found if f.code == "CONSIST-SOURCE"}
    # one word spelt two ways: a warning; a noun and a verb in two keys: info
    assert got == {"september-gen": "warning", "prefs-search": "info"}


def test_one_source_two_translations_in_a_bilingual_file_is_a_warning():
    found = run({"1": ("Delete", "ړنګول"), "2": ("Delete", "حذف"), "3": ("Delete", "ړنګول")}, (), fmt="tmx")
    assert [(f.code, f.unit["id"], f.severity) for f in found] == [("CONSIST-SOURCE", "2", "warning")]


def test_two_sources_one_translation():
    found = run({"sun": ("Sun", "يونۍ"), "sunday": ("Sunday", "يونۍ"),
                 "delete": ("Delete", "ړنګول"), "protect": ("Protect", "ړنګول")})
    assert [(f.code, f.unit["id"], f.severity) for f in found] == [("CONSIST-TARGET", "protect", "info")]


# -- L10N-STALE --------------------------------------------------------------------------------

def test_stale_needs_the_unit_vectors():
    pairs = {"a": ("Save the page", "مخ خوندي کړئ"), "b": ("Delete the page", "مخ ړنګ کړئ")}
    assert [f for f in run(pairs) if f.code == "L10N-STALE"] == []


def test_stale_swapped_translations_with_vectors():
    # four units; the translations of b and c are swapped
    S = np.eye(4, dtype=np.float32)
    T = np.eye(4, dtype=np.float32)[[0, 2, 1, 3]] * 0.9 + 0.1
    T /= np.linalg.norm(T, axis=1, keepdims=True)
    pairs = {"a": ("Save the page you are editing now", "هغه مخ خوندي کړئ چې اوس يې سموئ"),
             "b": ("Delete the page and all of its history", "مخ او د هغه ټول پېښليک ولېږدوئ"),
             "c": ("Move the page and all of its history", "مخ او د هغه ټول پېښليک ړنګ کړئ"),
             "d": ("Protect the page from being edited by others", "مخ د نورو له سمون نه وژغورئ")}
    sims = [float(T[i] @ S[i]) for i in range(4)]
    found = [f for f in run(pairs, vectors=(S, T), sims=sims) if f.code == "L10N-STALE"]
    assert sorted((f.unit["id"], f.source_value) for f in found) == [
        ("b", "Move the page and all of its history"), ("c", "Delete the page and all of its history")]
    assert "swapped" in found[0].message


# real MediaWiki messages; the Pashto of the first is the translation of the second (real fault)
STALE = {
    "recentchanges-page-added-to-category-bundled": (
        "[[:$1]] added to category, [[Special:WhatLinksHere/$1|this page is included within other pages]]",
        "[[:$1]] له وېشنيزې وغورځول شول، [[Special:WhatLinksHere/$1|په نورو مخونو کې دا مخ موجود دی.]]"),
    "recentchanges-page-removed-from-category-bundled": (
        "[[:$1]] removed from category, [[Special:WhatLinksHere/$1|this page is included within other pages]]",
        "[[:$1]] له وېشنيزې وغورځول شول، [[Special:WhatLinksHere/$1|په نورو مخونو کې دا مخ موجود دی.]]"),
    "cannotdelete": ('The page or file "$1" could not be deleted.\nIt may have already been deleted by someone else.',
                     'د "$1" مخ يا دوتنې ړنگېدنه ترسره نه شوه.\nکېدای شي چې وار دمخې دا کوم بل چا ړنگه کړې وي.'),
    "nosuchusershort": ('There is no user by the name "$1".\nCheck your spelling.',
                        'د "$1" په نوم هېڅ کوم گڼون نشته. لطفاً خپل د نوم ليکلې بڼې ته ځير شی چې پکې تېروتنه نه وي.'),
    "changeemail-throttled": ("You have made too many login attempts.\nPlease wait $1 before trying again.",
                              "تاسې څو واره هڅه کړې چې غونډال ته ورننوځۍ.\nلطفاً د بيا هڅې نه مخکې $1 شېبې تم شۍ."),
    "badaccess-groups": ("The action you have requested is limited to users in {{PLURAL:$2|the group|one of the groups}}: $1.",
                         "د کومې کړنې غوښتنه چې تاسې کړې د هغو کارنانو پورې محدوده ده چې {{PLURAL:$2|په ډله د|په ډلو د}}: $1 کې دي."),
    "userpage-userdoesnotexist": CORRECT["userpage-userdoesnotexist"],
    "category-article-count-limited": CORRECT["category-article-count-limited"],
}


@pytest.fixture(scope="module")
def real_encoder(encoder):
    return encoder


def test_stale_with_the_real_encoder(real_encoder):
    """The bundled encoder's vectors: the translation pasted into the wrong key is found; the
    correct ones are not."""
    units = [Unit(id=k, source=en, target=ps, key=k) for k, (en, ps) in STALE.items()]
    us = UnitSet("en.json", "json", units, syntaxes=("mediawiki",))
    checked, _ = select_units(us)
    src, tgt, beads = unit_documents(us, checked)
    from aligner.pipeline import embedding_text
    v = np.asarray(real_encoder.encode([embedding_text(s.text) for s in src.sentences + tgt.sentences]),
                   dtype=np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    S, T = v[:len(src.sentences)], v[len(src.sentences):]
    found = [f for f in run(STALE, vectors=(S, T)) if f.code == "L10N-STALE"]
    assert [f.unit["id"] for f in found] == ["recentchanges-page-added-to-category-bundled"]


def test_plural_forms_of_one_message():
    """gettext: msgstr[0] may spell the one out, and may use msgid_plural's %d."""
    units = [Unit(id="%d file[0]", source="One file", target="%d دوتنه", plural="0"),
             Unit(id="%d file[1]", source="%d files", target="%d دوتنې", plural="1"),
             Unit(id="%d page[0]", source="%d page", target="یو مخ", plural="0"),
             Unit(id="%d page[1]", source="%d pages", target="مخونه", plural="1")]
    us = UnitSet("ps.po", "po", units, syntaxes=("c-format",))
    checked, _ = select_units(us)
    src, tgt, beads = unit_documents(us, checked)
    result = AlignmentResult(src, tgt, [Bead(s, t, 1.0) for s, t in beads], "test", "none")
    result.units, result.unit_beads = us, checked
    ctx = CheckContext(result, {})
    found = [(f.code, checked[f.bead].id) for code in ("PH-MISSING", "PH-EXTRA") for f in REGISTRY[code]().run(ctx)]
    assert found == [("PH-MISSING", "%d page[1]")]


def test_correct_messages_are_clean_through_the_whole_pipeline(real_encoder, tmp_path):
    """en.json + ps.json of the correct messages above, read, paired, encoded and checked by
    every check: no placeholder, tag or L10N warning or error."""
    import json

    from aligner.formats import read_units
    from aligner.pipeline import check_units
    (tmp_path / "en.json").write_text(json.dumps({"@metadata": {"authors": []}, **{k: en for k, (en, _) in CORRECT.items()}},
                                                 ensure_ascii=False), encoding="utf-8")
    (tmp_path / "ps.json").write_text(json.dumps({"@metadata": {"authors": []}, **{k: ps for k, (_, ps) in CORRECT.items()}},
                                                 ensure_ascii=False), encoding="utf-8")
    units = read_units(str(tmp_path / "en.json"), str(tmp_path / "ps.json"))
    assert units.syntaxes == ("mediawiki",)
    result = check_units(units, encoder=real_encoder)
    ours = [(f.code, f.unit["id"]) for f in result.findings
            if f.code.split("-")[0] in ("PH", "TAG", "L10N") and f.severity != "info"]
    assert ours == []
