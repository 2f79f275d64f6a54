"""Names written in Urdu letters or Arabic presentation forms (issue 11, nllbseed2 first contact).

Pashto typed on an Urdu keyboard writes its retroflex consonants ټ ډ ړ with the Urdu letters
ٹ ڈ ڑ (ڈيوڈ for ډیوډ, David), and text copied from some PDFs or keyboards carries Arabic
presentation forms (positional glyphs such as ﺭ for ر).  Both are the same letters for
matching: a name so written is its rendering, and a dropped or different name is still caught.
Hand-written probe sentences.
"""
from __future__ import annotations

from aligner.checks.entities import entity_findings
from aligner.text import fold, normalize
from tests.helpers import context_from_lines


def _found(en, ps):
    return [(f.code, f.source.text) for f in entity_findings(context_from_lines(en, ps))]


def test_urdu_retroflex_letters_fold_to_pashto_ones():
    assert fold("ٹ ڈ ڑ") == "ټ ډ ړ"
    assert fold("رابڑٹ") == fold("رابړټ")
    assert fold("ڈاکٹر") == fold("ډاکټر")


def test_presentation_forms_fold_to_their_letter_with_offsets():
    assert fold("ﺭ ﺯ ﻙ ﻴ") == "ر ز ک ی"            # (ﻙ → ك → ک, ﻴ → ي → ی: one folding)
    original = "د ﺭﺍﺑﺮټ کتاب"
    n = normalize(original)
    assert n.text == "د رابرټ کتاب"
    i = n.text.index("رابرټ")
    a, b = n.to_original(i, i + 5)
    assert original[a:b] == "ﺭﺍﺑﺮټ"
    assert fold("ﻻ") == "ﻻ"                          # a ligature of two letters is left as it is


EN = ["The critic Richard Todd wrote about the rules of language."]
EN2 = ["The critic Roger Rizzo wrote about the rules of language."]


def test_a_name_in_urdu_letters_is_its_rendering():
    assert _found(EN, ["نقاد رچڑڈ ٹاڈ د ژبې د قواعدو پہ اړه ولیکل."]) == []
    assert _found(EN, ["نقاد رچړډ ټاډ د ژبې د قواعدو په اړه ولیکل."]) == []


def test_a_name_in_presentation_forms_is_its_rendering():
    assert _found(EN2, ["نقاد ﺭاجﺮ ﺭﯾﺰو د ژبې د قواعدو په اړه ولیکل."]) == []


def test_a_dropped_or_other_name_in_urdu_letters_is_still_caught():
    assert _found(EN, ["نقاد د ژبې د قواعدو پہ اړه ولیکل."]) == [("ENTITY-MISSING", "Richard Todd")]
    assert _found(EN, ["نقاد ڈونلڈ ڈویڈسن د ژبې د قواعدو پہ اړه ولیکل."]) == [("ENTITY-MISSING", "Richard Todd")]
    assert _found(EN2, ["نقاد ﮈﻭﻧﻠﮈ د ژبې د قواعدو په اړه ولیکل."]) == [("ENTITY-MISSING", "Roger Rizzo")]
