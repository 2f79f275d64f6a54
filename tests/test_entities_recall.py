"""Issue 11 §3, names: a name swapped for another in the Pashto is caught where the analysis
used to take something else for its rendering.  Each mechanism is pinned by a WRONG translation
(the name replaced) that must be caught and by its CORRECT translation that must come out clean.

The sentences are written for these tests; they need no model (``context_from_lines``: line i ↔
line i)."""
from __future__ import annotations

from tests.test_gate_entities import codes


def _caught(en, ps, name, kinds=("ENTITY-MISMATCH", "ENTITY-MISSING")):
    return any(c in kinds and v == name for c, v in codes(en, ps))


# --- another name of the document in its place, counted in the sentence under review --------

def test_swapped_in_name_is_not_discounted_as_a_common_word_by_its_own_occurrence():
    # the translator writes کریمي where the English says "the minister" (one extra Pashto
    # sentence): the swapped-in کریمي of the third sentence must not count itself as a third
    en = ["Minister Karimi met Governor Sadozai in Herat on Monday.",
          "The minister said the new road would be finished this year.",
          "Sadozai thanked the engineers for their work."]
    ps = ["وزیر کریمي د دوشنبې په ورځ په هرات کې له والي سدوزي سره ولیدل.",
          "کریمي وویل چې نوی سړک به سږ کال بشپړ شي.",
          "{} د انجنیرانو له کار مننه وکړه."]
    wrong = ps[:2] + [ps[2].format("کریمي")]
    right = ps[:2] + [ps[2].format("سدوزي")]
    assert ("ENTITY-MISMATCH", "Sadozai") in codes(en, wrong)
    assert codes(en, right) == []


# --- a listed name's shortened stem heard in an unrelated word -------------------------------

def test_demonym_stem_in_a_word_unlike_the_listed_forms_is_not_a_rendering():
    # Brit- (British, stem of the demonym) sounds like برید "attack", which is not one of the
    # listed forms of the United Kingdom (بریتانوي …): a French in its place is a swap
    en = ["The British attack on the fort failed at dawn."]
    wrong = ["پر کلا باندې فرانسوي برید د سهار په وخت ناکام شو."]
    right = ["پر کلا باندې بریتانوي برید د سهار په وخت ناکام شو."]
    assert _caught(en, wrong, "British")
    assert codes(en, right) == []


# --- a surname heard only in another name's rendering ----------------------------------------

def test_surname_heard_only_in_another_names_rendering_is_missing():
    # Nasir is heard in نصیري, the rendering of the market's name: not in its own place
    en = ["Tariq Nasir lives near the Nasiri market in Kabul."]
    wrong = ["طارق ملنګیار په کابل کې د نصیري بازار ته نږدې اوسېږي."]
    right = ["طارق نصیر په کابل کې د نصیري بازار ته نږدې اوسېږي."]
    assert _caught(en, wrong, "Nasir")
    assert codes(en, right) == []


# --- a name written as one word, the word beside it in place of its first word ---------------

def test_first_word_missing_before_a_name_written_glued_as_one_word():
    # عبدالواحد begins with Abdul: the word before it stands in Haji's place
    en = ["A shopkeeper from Ghazni, Haji Abdul Wahid, said prices rose."]
    wrong = ["د غزني یو دوکاندار ملنګیار عبدالواحد وویل چې بیې لوړې شوې."]
    right = ["د غزني یو دوکاندار حاجي عبدالواحد وویل چې بیې لوړې شوې."]
    assert _caught(en, wrong, "Haji")
    assert codes(en, right) == []
