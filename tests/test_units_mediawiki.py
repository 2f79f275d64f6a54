"""Mechanisms behind false alarms seen on the tuning part of MediaWiki's real en.json ↔
ps.json (bench/mediawiki_bench.py).  The messages are MediaWiki's and translatewiki.net's
(GPL-2.0-or-later text used as test data), shortened where the point allows."""
from __future__ import annotations

from aligner.checks.negation import negations
from aligner.formats import Unit, UnitSet
from aligner.pipeline import check_units


def _run(pairs: dict[str, tuple[str, str]]):
    units = UnitSet(path="x.json", format="json", syntaxes=("mediawiki",),
                    units=[Unit(k, s, t, key=k) for k, (s, t) in pairs.items()])
    return check_units(units, {})


def _codes(result, key):
    return sorted((f.code, f.severity) for f in result.findings if f.unit["id"] == key)


def test_a_site_variable_rendered_by_its_meaning_is_info_not_a_dropped_placeholder():
    """{{SITENAME}} rendered «په دغه ويکي کې» "in this wiki" (deadendpagestext) keeps the meaning;
    dropped with nothing in its place it stays reported, and a «ويکي» that translates the
    English "wiki" is no evidence."""
    result = _run({
        "deadendpagestext": ("The following pages do not link to other pages in {{SITENAME}}.",
                             "همدا لانديني مخونه په دغه ويکي کې د نورو مخونو سره تړنې نه لري."),
        "dropped": ("The following pages do not link to other pages in {{SITENAME}}.",
                    "همدا لانديني مخونه د نورو مخونو سره تړنې نه لري."),
        "wiki-word": ("Pages of this wiki that do not link to {{SITENAME}}.",
                      "د دغه ويکي هغه مخونه چې نورو مخونو سره تړنې نه لري."),
    })
    info = [f for f in result.findings if f.unit["id"] == "deadendpagestext" and f.code == "PH-MISSING"]
    assert [(f.severity, f.target_value) for f in info] == [("info", "ويکي")]
    assert ("PH-MISSING", "warning") in _codes(result, "dropped")
    assert ("PH-MISSING", "warning") in _codes(result, "wiki-word")


def test_de_demonstrative_noun_na_is_the_postposition_from():
    """«د دغه توکبنسټ نه ړنگوئ» "you delete from this database" (confirmdeletetext): نه closes
    "د … نه", it is no negation; a نه before a verb with no د-phrase open still is one."""
    weak = negations("تاسې يو مخ د دغه توکبنسټ نه ړنگوئ.", "ps")
    assert [(w, k) for _, _, w, k in weak] == [("نه", "weak")]
    assert [(w, k) for _, _, w, k in negations("د دې نه وروسته", "ps")] == [("نه", "weak")]
    assert [(w, k) for _, _, w, k in negations("هغه کار نه کوي.", "ps")] == [("نه", "strong")]
    assert [(w, k) for _, _, w, k in negations("د هغه کور نه لري.", "ps")] == [("نه", "strong")]
    result = _run({
        "confirmdeletetext": ("You are about to delete a page along with all of its history.",
                              "تاسې يو مخ د هغه ټول پېښليک سره د دغه توکبنسټ نه ړنگوئ."),
        "added": ("You are about to delete a page along with all of its history.",
                  "تاسې يو مخ د هغه ټول پېښليک سره نه ړنگوئ."),
    })
    assert "NEG-ADDED" not in {c for c, _ in _codes(result, "confirmdeletetext")}
    assert "NEG-ADDED" in {c for c, _ in _codes(result, "added")}


SIBLINGS = {
    "permissionserrorstext": (
        "You do not have permission to do that, for the following {{PLURAL:$1|reason|reasons}}:",
        "تاسې د لاندې {{PLURAL:$1|سبب|سببونو}} پخاطر د دې کړنې اجازه نه لرۍ:"),
    "permissionserrorstext-withaction": (
        "You do not have permission to $2, for the following {{PLURAL:$1|reason|reasons}}:",
        "تاسې د $2 اجازه نه لری، دا د {{PLURAL:$1|دغه سبب|دغو سببونو}} پخاطر:"),
    "k2": ("Your password has been changed successfully.", "ستاسو پټنوم په بریالیتوب سره بدل شو."),
    "k3": ("The file could not be uploaded because it is too large.", "دوتنه پورته نه شوه ځکه چې ډېره لویه ده."),
    "k4": ("You must log in to edit this page.", "د دې مخ د سمولو لپاره باید ننوځئ."),
    "k5": ("Search results for the selected namespace are shown below.",
           "د ټاکل شوي نوم‌ځای د لټون پایلې لاندې ښودل شوې دي."),
}


def test_a_sibling_message_is_not_stale_when_its_placeholders_are_its_own():
    """Two variants of one message (with and without $2): when the encoder finds each
    translation closer to the other's English (the vectors swapped here, as the real encoder
    did for -withaction on the whole file), the placeholders still say whose it is: $1 and $2
    are -withaction's English's, not the sibling's.  Two translations without placeholders
    whose vectors are swapped the same way are still reported."""
    import numpy as np

    from aligner.checks.base import CheckContext
    from aligner.checks.units import StaleTranslation

    result = _run(SIBLINGS)
    assert not [f for f in result.findings if f.code == "L10N-STALE"]
    keys = list(SIBLINGS)
    S, T = (np.array(x) for x in result.unit_vectors)
    for a, b in (("permissionserrorstext", "permissionserrorstext-withaction"), ("k2", "k3")):
        i, j = keys.index(a), keys.index(b)
        T[i], T[j] = S[j], S[i]
    result.unit_vectors = (S, T)
    stale = sorted(keys[f.bead] for f in StaleTranslation().run(CheckContext(result)))
    assert stale == ["k2", "k3"]
