"""Graded evidence of the ENTITY rules (``Finding.strength``, issue 11 §4; helper H1, stop 15).

Hand-written pairs, each with one name missing from the Pashto, ordered by how strong the
evidence of an omission is: a listed name whose listed renderings are all absent, or a name the
document renders in another sentence but not here (what a planted drop or swap looks like) is
strong; a capitalised word known from its English alone, a sentence-initial word, a name made
of words with common meanings, an acronym whose expansion is common words, a name left to the
context (named next door, referred back to by دې ولایت / نوموړی) is weaker.  Gold line
alignment, no model."""
from __future__ import annotations

from aligner.checks.entities import refers_back
from aligner.checks.analyses.renderings import Target
from tests.test_gate_entities import entity_findings


def strength(en, ps, name):
    """The strength of the one ENTITY finding on ``name`` (it must be reported)."""
    found = [f for f in entity_findings(en, ps) if f.code.startswith("ENTITY-") and name in str(f.source_value)]
    assert found, [(f.code, f.source_value) for f in entity_findings(en, ps)]
    return found[0].strength if found[0].strength is not None else 1.0


# a listed province dropped from a plain sentence: its listed renderings are all absent
LISTED_DROPPED = (["Floods destroyed 200 houses in Baghlan on Monday."],
                  ["سېلابونو د دوشنبې په ورځ ۲۰۰ کورونه ویجاړ کړل."], "Baghlan")
# a surname the document renders in two other sentences, dropped here
RENDERED_ELSEWHERE = (["Dr. Farida Noori leads the mobile clinic in Paktia.",
                       "Noori said that 80 children were vaccinated on Monday.",
                       "The ministry thanked Noori and her team for the work."],
                      ["ډاکټرې فریده نوري په پکتیا کې د ګرځنده کلینیک مشري کوي.",
                       "نوري وویل چې د دوشنبې په ورځ ۸۰ ماشومان واکسین شول.",
                       "وزارت له ټیم څخه د کار لپاره مننه وکړه."], "Noori")
# a name swapped for another name of the document: ENTITY-MISMATCH, strong
SWAPPED = (["Dr. Karim Wardak met Governor Nasrullah Zaheer in Kunduz.",
            "Wardak asked for more ambulances.", "Zaheer promised to send them next week."],
           ["ډاکټر کریم وردګ په کندز کې له والي نصرالله ظهیر سره ولیدل.",
            "ظهیر د نورو امبولانسونو غوښتنه وکړه.", "ظهیر ژمنه وکړه چې راتلونکې اونۍ به یې ولېږي."],
           "Wardak")
# a two-word foreign name known from its English alone, named once
FOREIGN_ONCE = (["The report was written by Zhanibek Tokhtarov in the spring."],
                ["راپور د پسرلي په موسم کې ولیکل شو."], "Zhanibek Tokhtarov")
# a name of words with common meanings (translated by meaning more often than not)
MEANINGFUL = (["The report was written by Grant Tokhtarov in the spring."],
              ["راپور د پسرلي په موسم کې ولیکل شو."], "Tokhtarov")
# a listed place named in the sentence before, referred back to by "this province"
CONTEXT = (["Heavy snow closed the roads of Badakhshan on Sunday.",
            "Aid agencies said that Badakhshan needs 300 tonnes of food before winter."],
           ["سختو واورو د یکشنبې په ورځ د بدخشان سړکونه وتړل.",
            "مرستندویو ادارو وویل چې دې ولایت ته له ژمي مخکې ۳۰۰ ټنه خوراکي توکو ته اړتیا ده."],
           "Badakhshan")
# the same sentence, the name dropped with no reference back
CONTEXT_DROPPED = (CONTEXT[0],
                   [CONTEXT[1][0], "مرستندویو ادارو وویل چې له ژمي مخکې ۳۰۰ ټنه خوراکي توکو ته اړتیا ده."],
                   "Badakhshan")


def test_planted_kinds_are_strong():
    assert strength(*LISTED_DROPPED) == 1.0
    assert strength(*RENDERED_ELSEWHERE) == 1.0
    assert strength(*SWAPPED) == 1.0


def test_english_evidence_alone_is_weaker_than_a_listed_or_rendered_name():
    foreign = strength(*FOREIGN_ONCE)
    assert foreign < strength(*RENDERED_ELSEWHERE)
    assert foreign < strength(*LISTED_DROPPED)


def test_a_name_of_words_with_meanings_is_weaker_than_a_foreign_name():
    # (Grant is a common English word: the run may be a grant named after someone)
    assert strength(*MEANINGFUL) < strength(*FOREIGN_ONCE)


def test_a_name_left_to_the_context_is_weaker_than_one_dropped_outright():
    referred = strength(*CONTEXT)
    dropped = strength(*CONTEXT_DROPPED)
    assert dropped == 1.0 and referred < dropped


def test_reference_back_needs_a_determiner_and_a_kind_noun():
    assert refers_back(Target("دې ولایت ته مرسته ورسېده."))
    assert refers_back(Target("د خپل ټیم لپاره یې ګول وکړ."))
    assert refers_back(Target("نوموړي وویل چې کار به دوام ومومي."))
    assert refers_back(Target("د دغو ښارونو خلک وځي."))
    assert not refers_back(Target("دې لپاره یې مرسته وکړه."))          # no noun of a kind
    assert not refers_back(Target("ولایت ته مرسته ورسېده."))           # no determiner


def test_acronym_with_a_common_expansion_and_its_kind_noun_is_weaker():
    # BFSA kept in Latin twice (so due), then dropped: with no trace it is a strong finding;
    # where the Pashto has the noun of its kind that the defining sentence renders its
    # "Authority" by (اداره), it is the organisation's short form, not reported; another kind
    # noun (شرکت, a company) leaves it reported, weaker
    en = ["The Balkh Food Safety Authority (BFSA) inspected 40 mills.",
          "BFSA closed two mills in Mazar.", "BFSA staff will visit the mills again in May."]
    ps = ["د بلخ د خوړو د خوندیتوب اداره (BFSA) ۴۰ ژرندې وڅېړلې.", "BFSA په مزار کې دوه ژرندې وتړلې."]
    short = ps + ["د ادارې کارکوونکي به د مۍ په میاشت کې بیا له ژرندو لیدنه وکړي."]
    none = ps + ["کارکوونکي به د مۍ په میاشت کې بیا له ژرندو لیدنه وکړي."]
    other = ps + ["د شرکت کارکوونکي به د مۍ په میاشت کې بیا له ژرندو لیدنه وکړي."]
    assert [f for f in entity_findings(en, short) if f.source_value == "BFSA"] == []
    assert strength(en, none, "BFSA") == 1.0
    assert strength(en, other, "BFSA") < 1.0


def test_a_listed_name_with_its_kind_noun_alone_is_weaker():
    # the Helmand River listed as هلمند سیند: "the river" alone (سیند) may stand for it
    en = ["Farmers along the Helmand River lost their crops."]
    alone = strength(en, ["د سیند په اوږدو کې بزګرانو خپل فصلونه له لاسه ورکړل."], "Helmand River")
    gone = strength(en, ["بزګرانو خپل فصلونه له لاسه ورکړل."], "Helmand River")
    assert alone < gone == 1.0


def test_a_place_in_place_written_as_a_plural_is_a_weaker_mismatch():
    # الجزایر is Algeria, but الجزایرو (plural oblique) is "of the islands" (مجمع الجزایر)
    en = ["Ellesmere Island lies in the north of the Arctic."]
    plural = [f for f in entity_findings(en, ["د السمیر ټاپو د قطبي مجمع الجزایرو په شمال کې دی."])
              if f.code == "ENTITY-MISMATCH"]
    plain = [f for f in entity_findings(en, ["د السمیر ټاپو د الجزایر په شمال کې دی."])
             if f.code == "ENTITY-MISMATCH"]
    assert plain and (plain[0].strength or 1.0) == 1.0
    # stop 20: a plural the place never takes is read as the common noun unless English nearby
    # names the place (entities._other_glossary_name): no mismatch, the Arctic is missing
    assert not plural
    assert [f.code for f in entity_findings(en, ["د السمیر ټاپو د قطبي مجمع الجزایرو په شمال کې دی."])] \
        == ["ENTITY-MISSING"]
    near = [f for f in entity_findings(["Algeria borders Morocco.", en[0]],
                                       ["الجزایر له مراکش سره پوله لري.", "د السمیر ټاپو د الجزایرو په شمال کې دی."])
            if f.code == "ENTITY-MISMATCH"]
    assert near and near[0].strength < 1.0      # ... named next door: a mismatch, weaker
