"""Older and variant Pashto spellings are read as the same words (bench/orthography_robustness.py)."""
import sys
from pathlib import Path

from aligner.checks.negation import negations
from aligner.lang.dates import date_evidence
from aligner.lang.quantities import extract_quantities
from aligner.text.normalize import fold, older_spellings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from orthography_robustness import PERTURBATIONS  # noqa: E402


def test_older_spellings_keep_pashto_letters_distinct():
    assert older_spellings("درېیو") == {"درییو"}
    assert older_spellings("مۍ") == {"مئ", "می"}
    assert older_spellings("کور") == set()
    # the normalizer still keeps ې, ۍ, ښ/ش, ږ/ژ, ځ/ج, څ/چ apart
    for a, b in ("ېی", "ۍی", "ښش", "ږژ", "ځج", "څچ"):
        assert fold(a) != fold(b)


def test_older_number_and_month_spellings_are_read():
    new = [q.value for q in extract_quantities("په درییو کی", "ps")]
    std = [q.value for q in extract_quantities("په درېیو کې", "ps")]
    assert std and new == std
    assert date_evidence("د مۍ په ۱۴مه", "ps").months == {("gregorian", 5)}
    assert date_evidence("د مئ په ۱۴مه", "ps").months == {("gregorian", 5)}


def test_negator_joined_by_zwnj_is_a_negation():
    joined = negations("ټپ احساس نه\u200cکړي.", "ps")
    assert [n[2:] for n in joined] == [n[2:] for n in negations("ټپ احساس نه کړي.", "ps")] == [("نه", "strong")]
    a, b = joined[0][:2]
    assert "ټپ احساس نه\u200cکړي."[a:b] == "نه"        # offsets into the original


def test_perturbations_keep_the_words():
    text = "د ۲۰۱۹ کال په لومړۍ نیمایي کې ۴٫۵٪ کارونه کېږي، ګټه وکړه"
    unchanged = {k for k, fn in PERTURBATIONS.items() if fn(text) == text}
    assert unchanged == {"decimal_arabic", "digits_persian", "percent_arabic", "teh_marbuta", "verb_joined",
                         "yeh_final_arabic", "zwnj_remove"}
    assert PERTURBATIONS["digits_eastern"]("۲۰۱۹ 45") == "٢٠١٩ ٤٥"
    assert PERTURBATIONS["e_to_yeh"]("کېږي") == "کیږي"
    assert PERTURBATIONS["kaf_arabic"]("کار") == "كار"
    assert fold(PERTURBATIONS["kaf_arabic"](text)) == fold(text)
    assert fold(PERTURBATIONS["gaf_persian"](text)) == fold(text)
    assert fold(PERTURBATIONS["digits_eastern"](text)) == fold(PERTURBATIONS["digits_latin"](text))


def test_older_spelling_of_the_negative_prefix():
    assert [(n[3],) for n in negations("یوه بی رنګه ماده", "ps")] == \
        [(n[3],) for n in negations("یوه بې رنګه ماده", "ps")] == [("weak",)]
