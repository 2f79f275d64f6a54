"""False-alarm mechanisms found on the tuning part of the real MediaWiki pair (issue 13,
bench/mediawiki_bench.py), each pinned with correct translations that must come out clean and
with a real fault of the same kind that must still be reported.

The strings are MediaWiki core interface messages (en.json / ps.json of MediaWiki 1.39; the
Pashto by translatewiki.net volunteers), GPL-2.0-or-later text copied here as literals to serve
as test data; the faults called "real" are the volunteer translation's own."""
from __future__ import annotations

from aligner.checks import REGISTRY, load_checks
from aligner.checks.base import CheckContext
from aligner.checks.negation import negations
from aligner.formats.base import Unit, UnitSet
from aligner.keyed import select_units, unit_documents
from aligner.lang.translit import spelled_acronym
from aligner.model import AlignmentResult, Bead

load_checks()


def run(pairs: dict, codes: tuple[str, ...]) -> list:
    """Findings of the checks registered under ``codes`` on the MediaWiki messages ``pairs``
    ({key: (english, pashto)}), read as ``aligner check en.json ps.json`` reads them; no
    encoder.  A check that raises fails the test (the pipeline would report CHECK-CRASHED)."""
    units = [Unit(id=k, source=en, target=ps, key=k) for k, (en, ps) in pairs.items()]
    us = UnitSet("en.json", "json", units, syntaxes=("mediawiki",))
    checked, _ = select_units(us)
    src, tgt, beads = unit_documents(us, checked)
    result = AlignmentResult(src, tgt, [Bead(s, t, 1.0, None) for s, t in beads], "test", "none")
    result.units, result.unit_beads = us, checked
    ctx = CheckContext(result, {})
    out = []
    for code in codes:
        for f in REGISTRY[code]().run(ctx):
            f.unit = checked[f.bead].ref() if f.bead is not None else None
            out.append(f)
    return out


def keys(findings, code: str) -> set[str]:
    return {f.unit["key"] for f in findings if f.code == code}


# --- FMT-DOUBLED-WORD: a placeholder between two words is filled with a value ---------------

DOUBLED_CLEAN = {
    "statistics-edits": ("Page edits since {{SITENAME}} was set up", "د {{SITENAME}} د جوړېدو راهيسې د مخونو سمون"),
    "confirmemail_subject": ("{{SITENAME}} email address confirmation", "د {{SITENAME}} د برېښليک پتې تاييد"),
    "emailauthenticated": ("Your email address was confirmed on $2 at $3.",
                           "ستاسې برېښليک پته په $2 په $3 بجو د منلو وړ وگرځېده."),
    "sp-newimages-showfrom": ("Show new files starting from $2, $1", "هغه نوې دوتنې چې په $1 په $2 بجو پيلېږي ښکاره کول"),
    "siteusers": ("{{SITENAME}} {{PLURAL:$2|{{GENDER:$1|user}}|users}} $1",
                  "د {{SITENAME}} {{PLURAL:$2|د کارن|د کارنانو}} لکه $1"),
}
DOUBLED_REAL = {
    # the clitic written twice
    "readonlytext": ("The system administrator who locked it offered this explanation: $1",
                     "د سیسټم مدیر چې چا بند کړی یې یې دا توضیحي وړاندیز کړی: $1"),
    # a GENDER form that is only د, before د: shown as "د د"
    "logentry-managetags-create": ('$1 {{GENDER:$2|created}} the tag "$4"', '$1 {{GENDER:$2|د}} د ټګ "$4" جوړ کړ'),
    # a wiki link's target shows nothing: "د [[…|د پازوالۍ" is read "د د پازوالۍ"
    "cascadeprotectedwarning": ("only users with [[Special:ListGroupRights|specific rights]] can edit it",
                                "يوازې هغه کارنان چې د [[Special:ListGroupRights|د پازوالۍ د آسانتياوو]] نه برخمن دي"),
}


def test_a_function_word_on_both_sides_of_a_placeholder_is_not_doubled():
    assert not keys(run(DOUBLED_CLEAN, ("FMT-BRACKETS",)), "FMT-DOUBLED-WORD")


def test_a_doubled_function_word_with_no_value_between_is_still_reported():
    assert keys(run(DOUBLED_REAL, ("FMT-BRACKETS",)), "FMT-DOUBLED-WORD") == set(DOUBLED_REAL)


# --- FMT-URL: a link localized to the Pashto edition ------------------------------------------

def test_a_link_to_the_pashto_edition_is_the_same_link_a_changed_link_is_not():
    en = ("You can block IP address ranges using the "
          "[https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing CIDR] syntax.")
    ps = "[https://ps.wikipedia.org/wiki/Classless_Inter-Domain_Routing سي ډي اي ار] نخښه."
    wrong = "[https://ps.wikipedia.org/wiki/Internet_Protocol سي ډي اي ار] نخښه."
    found = run({"blockiptext": (en, ps), "blockiptext-wrong": (en, wrong)}, ("FMT-BRACKETS",))
    assert keys(found, "FMT-URL") == {"blockiptext-wrong"}


# --- UNTRANS-WORD: the IndexError on a word that ends the text; markup and configuration -------

def test_an_english_word_that_ends_the_message_is_judged_not_crashed_on():
    # before the fix, a Latin word at the very end of a message raised IndexError in
    # _Judge._bracketed and UNTRANS-WORD crashed on the whole file (CHECK-CRASHED)
    found = run({"enotif-contact": ("Contact the editor", "د اړيکې لپاره editor")}, ("UNTRANS-WORD",))
    assert keys(found, "UNTRANS-WORD") == {"enotif-contact"}


UNTRANS_CLEAN = {
    # label:value option lists: the value after ':' is what the software reads, in English
    "userrights-expiry-options": ("1 day:1 day,1 week:1 week,1 month:1 month,3 months:3 months,6 months:6 months,1 year:1 year",
                                  "۱ ورځ:1 day,۱ اوونۍ:1 week,۱ مياشت:1 month,۳ مياشتې:3 months,۶ مياشتې:6 months,۱ کال:1 year"),
    # a configuration list: field names kept line for line
    "metadata-fields": ("Image metadata fields listed in this message will be included on image page display.\n* make\n* model\n* artist\n* copyright",
                        "د انځور مېټاډاټا ډگرونه چې لړليک يې په همدې پيغام کې راغلی د انځور مخ په ښکارېدنه کې به ورگډ شي.\n* make\n* model\n* artist\n* copyright"),
    # wikitext examples inside <code><nowiki>
    "duplicate-args-category-desc": (
        "The page contains template calls that use duplicates of arguments, such as <code><nowiki>{{foo|bar=1|bar=2}}</nowiki></code> or <code><nowiki>{{foo|bar|1=baz}}</nowiki></code>.",
        "دا هغه مخ دی چې د کينډيو استدعاگانې لري او دوه ځلي آرگومنټونه کاروي، لکه <code><nowiki>{{foo|bar=1|bar=2}}</nowiki></code> يا <code><nowiki>{{foo|bar|1=baz}}</nowiki></code>."),
    # the parameters of an image link
    "fileexists-forbidden": ("A file with this name already exists, and cannot be overwritten.\n[[File:$1|thumb|center|$1]]",
                             "د پخوا نه پدې نوم يوه دوتنه شته، او په دې نوم بله دوتنه نه پورته کېږي.\n[[File:$1|thumb|center|$1]]"),
}
UNTRANS_REAL = {
    # a link's shown text left in English
    "botpasswords-help-grants": ("See the [[Special:ListGrants|table of grants]] for more information.",
                                 "د نورو معلوماتو لپاره [[Special:ListGrants|table of grants]] وګورئ."),
}


def test_option_values_configuration_lines_and_code_are_not_english_left_behind():
    found = run({**UNTRANS_CLEAN, **UNTRANS_REAL}, ("UNTRANS-WORD",))
    assert keys(found, "UNTRANS-WORD") == set(UNTRANS_REAL)


# --- NEG-*: negated verbs in the س spelling, negative adjectives with نا- ---------------------

NEG_CLEAN = {
    "cannotloginnow-title": ("Cannot log in now", "نسم کولای چې دننه سم"),
    "cannotlogoutnow-title": ("Cannot log out now", "وس نسم کولاي بهر تري ووځم"),
    "tog-norollbackdiff": ("Don't show diff after performing a rollback", "د بیرته راګرځیدو وروسته، فرق څرګند نسو"),
    "cannotcreateaccount-text": ("Direct account creation is not enabled on this wiki.",
                                 "په دې ويکي کې د مستقيم ګڼون جوړول ناممکنه دي."),
    "brokenredirectstext": ("The following redirects link to non-existent pages:",
                            "لاندينۍ مخ گرځونې ناموجوده مخونو سره تړنې لري:"),
}
NEG_REAL = {
    # "which cannot be used in titles" dropped
    "title-invalid-interwiki": ("The requested page title contains an interwiki link which cannot be used in titles.",
                                "په سرليک کې يوه ويکي خپلمنځي تړنه ده"),
}


def test_negation_in_the_older_spelling_and_in_negative_adjectives_is_a_negation():
    found = run({**NEG_CLEAN, **NEG_REAL}, ("NEG-MISSING", "NEG-POLARITY"))
    assert {f.unit["key"] for f in found if f.code.startswith("NEG-")} == set(NEG_REAL)


def test_the_longest_listed_beginning_decides_a_na_prefix():
    assert [n[2] for n in negations("ناممکنه دي", "ps")] == ["ناممکنه"]
    assert negations("دا نامه راغله", "ps") == []          # نامه "letter": no negation
    assert negations("د ويکي نوم", "ps") == []


# --- ENTITY-MISSING: acronyms spelt by letter names written as one word; format patterns ------

ENTITY_CLEAN = {
    "usercssyoucanpreview": ('<strong>Tip:</strong> Use the "{{int:showpreview}}" button to test your new CSS before publishing.',
                             "'''نکته:''' د سی\u200cاس\u200cاس دوتنې  د خوندي کولو دمخه خپله، د تڼۍ سره '''{{int:showpreview}}''' دا امتحان کړې."),
    "expand_templates_preview_fail_html": (
        "<em>Because {{SITENAME}} has raw HTML enabled and there was a loss of session data, the preview is hidden.</em>",
        "<em>په دي دليل چي {{SITENAME}} اچ\u200cټی\u200cام\u200cال خام فعال دي او د کارن حساب معلومات ورک شوي، شاته ښکارونه پټ دی.</em>"),
    "passwordreset-emailtext-ip": ("Someone (probably you, from IP address $1) requested a reset of your password.",
                                   "یک نفر (شاید تاسو، دآی\u200cپی پتی سره$1) د خپل پټنوم بیا سمولو لپاره غوښتنه کړی ده."),
    "usercssispublic": ("Please note: CSS subpages should not contain confidential data as they are viewable by other users.",
                        "لطفا په یاد ولرئ: د ثي اس اس فرعي صفحې باید محرم معلومات ونه لري ځکه چې دوی د نورو کاروونکو لخوا لیدل کیږي."),
    "mw-widgets-dateinput-placeholder-month": ("YYYY-MM", "کککک-م م"),
}
ENTITY_REAL = {
    # API rendered as "your IP address" (the file keeps API in Latin letters elsewhere)
    "feedback-error1": ("Error: Unrecognized result from API", "تېروتنه: ناپیژندل شوی پایله ستاسو د اي پي پتي څخه"),
}
ENTITY_CONTEXT = {
    "right-writeapi": ("Use of the write API", "د API کښنې کارېدنه"),
    "apihelp": ("API help", "API لارښود"),
}


def test_acronyms_spelt_by_joined_letter_names_and_date_patterns_are_rendered():
    found = run({**ENTITY_CLEAN, **ENTITY_REAL, **ENTITY_CONTEXT}, ("ENTITY-MISSING",))
    assert keys(found, "ENTITY-MISSING") == set(ENTITY_REAL)


def test_joined_letter_names_must_spell_every_letter_in_order():
    assert spelled_acronym("CSS", ["سیاساس"]) == (0, 0)
    assert spelled_acronym("IP", ["دایپی"]) == (0, 0)          # the genitive د glued in front
    assert spelled_acronym("API", ["ایپی"]) is None              # A missing
    assert spelled_acronym("IR", ["دایران"]) is None             # Iran is no spelling of IR


# --- PH-MISSING: {{int:key}} written out as that interface message's Pashto label ------------

INT_PAIRS = {
    "emailuser": ("Email this user", "کارن ته برېښليک لېږل"),
    "minoreditletter": ("m", "و"),
    # the label written out word for word: what {{int:emailuser}} would show
    "autoblockedtext": ('You can use the "{{int:emailuser}}" feature if a valid email address is specified.',
                        'دا مه هېروۍ چې تاسې د "کارن ته برېښليک لېږل" له اسانتياوؤ نه ګټه نه شی اخيستلای.'),
    # a one-letter label is no evidence (و is also "and"): still reported
    "histlegend": ("<strong>{{int:minoreditletter}}</strong> = minor edit.", "<strong>و</strong> = وړه سمونه."),
    # another wording than the label: the legend no longer matches the interface
    "blockedtext-x": ('You can use the "{{int:emailuser}}" feature.', "تاسې د برېښليک لېږلو کړنه کارولی شئ."),
}


def test_an_interface_message_written_out_as_its_own_label_is_not_dropped():
    found = run(INT_PAIRS, ("PH-MISSING",))
    assert keys(found, "PH-MISSING") == {"histlegend", "blockedtext-x"}


# --- NEG-ADDED: نه as a postposition (… نه دمخه "before", د پخوا نه "already"); "blank" ---------

NEG_ADDED_CLEAN = {
    "view-pool-error": ("Please wait a while before you try to access this page again.",
                        "لطفاً د دې مخ د کتلو د بيا هڅې نه دمخه يو څو شېبې صبر وکړۍ."),
    "ipb_already_blocked": ('"$1" is already blocked.', 'پر "$1" د پخوا نه بنديز دی'),
    "wrongpasswordempty": ("Password entered was blank.\nPlease try again.", "تاسې پټنوم نه دی ليکلی. لطفاً سر له نوي يې وليکۍ."),
}
NEG_ADDED_REAL = {
    # planted on the message above: "is not blocked"
    "ipb_already_blocked-planted": ('"$1" is already blocked.', 'پر "$1" بنديز نه دی لګېدلی'),
}


def test_na_closing_a_postposition_and_words_of_emptiness_are_no_added_negation():
    found = run({**NEG_ADDED_CLEAN, **NEG_ADDED_REAL}, ("NEG-MISSING",))
    assert keys(found, "NEG-ADDED") == set(NEG_ADDED_REAL)
    assert [n[3] for n in negations("دا پخوا نه وو", "ps")] == ["strong"]   # "was not before"
