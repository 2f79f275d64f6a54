"""The shipped names list (aligner/lang/data/names_en_ps.tsv): it loads with the term base,
repeats no English variant of either file, and lets the entity check require one-word names
that have no other evidence (Honduras, Harbin, Facebook, Brexit…): correct renderings pass,
a name replaced by another place or dropped is reported, and renderings that are also common
Pashto words (مالي "financial", وینا "speech") never stand for a name."""
from __future__ import annotations

import pytest

from aligner.checks.base import CheckContext
from aligner.checks.entities import entity_findings as run_entity_rules
from aligner.checks.terminology import TerminologyCheck
from aligner.lang.data import data_path
from aligner.lang.glossary import (DEFAULT_FILES, NAMES_NAME, TERMBASE_NAME, _EN_TOKEN,
                                   _is_acronym, default_glossary, en_key, parse_glossary)
from tests.helpers import context_from_lines, pair_from_texts


def entity_findings(en: str, ps: str) -> list[tuple[str, str]]:
    found = run_entity_rules(context_from_lines([en], [ps]))
    return [(f.code, f.source.text) for f in found]


def _file(name: str):
    return parse_glossary(data_path(name).read_text(encoding="utf-8"), "tsv", name, user=False)


def _variant_key(variant: str) -> tuple[str, ...]:
    """How the matcher sees an English variant (case- and plural-insensitive, dots dropped)."""
    return tuple(w.replace(".", "") if _is_acronym(w) else en_key(w) for w in _EN_TOKEN.findall(variant))


# --- the data file -------------------------------------------------------------------------------

def test_names_file_parses_and_holds_only_names():
    names = _file(NAMES_NAME)
    assert len(names) >= 600
    assert {e.domain for e in names.entries} == {"geo", "org", "person"}
    assert all(e.allowed for e in names.entries)
    labels = {e.label for e in names.entries}
    for must in ("Honduras", "Harbin", "Facebook", "Brexit", "Kandahar", "Peshawar", "Heilongjiang",
                 "Chicago", "Caspian Sea", "World Health Organization", "Khyber Pakhtunkhwa",
                 "Aristotle"):
        assert must in labels, must


def test_no_english_variant_is_listed_twice_across_both_files():
    seen: dict[tuple, str] = {}
    dupes = []
    for name in (TERMBASE_NAME, NAMES_NAME):
        for e in _file(name).entries:
            for key in {_variant_key(v) for v in e.english}:
                if key in seen:
                    dupes.append((" ".join(key), seen[key], f"{name}: {e.label}"))
                seen[key] = f"{name}: {e.label}"
    assert dupes == []


def test_default_glossary_loads_both_files_once():
    g = default_glossary()
    assert DEFAULT_FILES == (TERMBASE_NAME, NAMES_NAME)
    assert g.sources == [TERMBASE_NAME, NAMES_NAME]
    assert len(g) == len(_file(TERMBASE_NAME)) + len(_file(NAMES_NAME))
    assert default_glossary() is g                       # cached
    labels = {e.label for e in g.entries}
    assert {"China", "alumina", "Honduras", "Harbin"} <= labels


def test_names_that_are_common_words_match_only_as_names():
    g = default_glossary()
    en = lambda text: [m.entry.label for m in g.find(text, "en") if m.entry.is_name]
    assert en("Congress voted and the Senate agreed.") == ["Congress", "Senate"]
    assert en("a congress of doctors and an academic senate") == []
    assert en("He bought an apple in Chad.") == ["Chad"]
    assert en("Apple and Amazon shares fell.") == ["Apple", "Amazon"]


# --- the entity check with the names list ---------------------------------------------------------

@pytest.mark.parametrize("en, ps", [
    ("Honduras rejected the plan.", "هندوراس پلان رد کړ."),
    ("Officials in Harbin welcomed the plan.", "په هاربین کې چارواکو له پلان څخه هرکلی وکړ."),
    ("He posted the video on Facebook and YouTube.", "هغه ویډیو په فیسبوک او YouTube کې خپره کړه."),
    ("Fighting continued in Kandahar and Helmand.", "په کندهار او هلمند کې جګړه روانه وه."),
    ("Talks were held in Peshawar, Khyber Pakhtunkhwa.", "خبرې په پېښور، خیبر پښتونخوا کې وشوې."),
    ("Flights to Mazar-i-Sharif resumed.", "مزار ته الوتنې بیا پیل شوې."),      # short form, by sound
    ("He arrived in Quetta on Monday.", "هغه د دوشنبې په ورځ کوټې ته ورسید."),  # کوټه, by sound
    ("The WHO warned about cholera.", "د روغتیا نړیوال سازمان د کولرا په اړه خبرداری ورکړ."),
    ("Britain voted for Brexit.", "برتانیې د بریګزټ په ګټه رایه ورکړه."),
    ("Heilongjiang borders Russia.", "هیلونګجیانګ له روسیې سره پوله لري."),
    ("Ships cross the Caspian Sea.", "کښتۍ د خزر سمندر څخه تیرېږي."),
])
def test_correct_renderings_of_new_names_are_clean(en, ps):
    assert entity_findings(en, ps) == []


@pytest.mark.parametrize("en, bad, good, name", [
    ("Honduras rejected the plan.", "ګواتیمالا پلان رد کړ.", "هندوراس پلان رد کړ.", "Honduras"),
    ("Officials in Harbin welcomed the plan.", "په شانګهای کې چارواکو له پلان څخه هرکلی وکړ.",
     "په هاربین کې چارواکو له پلان څخه هرکلی وکړ.", "Harbin"),
    ("Fighting continued in Kandahar.", "په هرات کې جګړه روانه وه.", "په قندهار کې جګړه روانه وه.",
     "Kandahar"),
    ("Protests spread in Karachi.", "په لاهور کې لاریونونه خپاره شول.", "په کراچۍ کې لاریونونه خپاره شول.",
     "Karachi"),
])
def test_new_name_replaced_by_another_place_is_a_mismatch(en, bad, good, name):
    assert entity_findings(en, bad) == [("ENTITY-MISMATCH", name)]
    assert entity_findings(en, good) == []


def test_dropped_new_name_is_missing():
    found = run_entity_rules(context_from_lines(["He posted the video on Facebook."],
                                                ["هغه ویډیو په انټرنیټ کې خپره کړه."]))
    found = list(found)
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Facebook")]
    assert "فېسبوک" in found[0].message


@pytest.mark.parametrize("ps", [
    "چارواکو د مالي پلان په اړه خبرې وکړې.",               # مالي "financial" is not Mali
    "د چارواکو په وینا پلان بدل شو.",                      # وینا "speech" is not Vienna
    "د دوشنبې په ورځ پلان بدل شو.",                        # دوشنبه "Monday" is not Dushanbe
])
def test_common_pashto_words_do_not_stand_for_a_name(ps):
    found = entity_findings("Officials in Tashkent changed the plan.", ps)
    assert found == [("ENTITY-MISSING", "Tashkent")]


def test_forbidden_rendering_of_a_confusable_country():
    ctx = CheckContext(None, {})
    found = list(TerminologyCheck().check_pair(pair_from_texts("Troops left Niger.", "ځواکونه له نایجیریا ووتل."), ctx))
    assert [f.code for f in found] == ["TERM-FORBIDDEN"]
    assert list(TerminologyCheck().check_pair(pair_from_texts("Troops left Niger.", "ځواکونه له نایجر ووتل."), ctx)) == []
    # Slovakia ↔ Slovenia: the terminology check reports it (the entity check leaves a
    # forbidden rendering to it)
    found = list(TerminologyCheck().check_pair(pair_from_texts("Troops left Slovakia.", "ځواکونه له سلوانیا ووتل."), ctx))
    assert [(f.code, f.source.text, f.target.text) for f in found] == [("TERM-FORBIDDEN", "Slovakia", "سلوانیا")]
    assert list(TerminologyCheck().check_pair(pair_from_texts("Troops left Slovenia.", "ځواکونه له سلوانیا ووتل."), ctx)) == []
