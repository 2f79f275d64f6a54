import unicodedata

from hypothesis import given, settings, strategies as st

from aligner.text import fold, normalize


def test_pashto_letters_stay_distinct():
    letters = "ښګړځڅډټڼږېۍ"
    assert fold(letters) == letters


def test_variants_fold_to_one_letter():
    assert fold("علي") == fold("علی")            # Arabic yeh vs Farsi yeh
    assert fold("كابل") == fold("کابل")          # Arabic kaf vs keheh
    assert fold("اگست") == fold("اګست")          # Persian gaf vs Pashto gaf
    assert fold("غبرگولی") == fold("غبرګولي")    # CLDR spelling vs editorial spelling
    assert fold("پنڂه") == fold("پنځه")          # U+0682 variant


def test_digits_of_three_scripts_fold_to_ascii():
    assert fold("۱۲۳٤٥٦456") == "123456456"
    assert fold("۱۵٪") == "15%"


def test_marks_and_tatweel_removed_with_offsets_into_original():
    original = "\u200eد\u200f ۲۰۲۳ کـال\u061c"
    n = normalize(original)
    assert n.text == "د 2023 کال"
    i = n.text.index("2023")
    a, b = n.to_original(i, i + 4)
    assert original[a:b] == "۲۰۲۳"
    j = n.text.index("کال")
    a, b = n.to_original(j, j + 3)
    assert original[a:b] == "کـال"


def test_nfc_composition_keeps_offsets():
    original = "Cafe\u0301 ۲"
    n = normalize(original)
    assert n.text.startswith("Café")
    a, b = n.to_original(0, 4)
    assert original[a:b] == "Cafe\u0301"


text_strategy = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7e),
        st.characters(min_codepoint=0x0600, max_codepoint=0x06ff),
        st.sampled_from(list("\u200e\u200f\u061c\u202a\u202c\u2066\u2069\u0640\u200c \u0301\u0308😀👍🏽")),
    ),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(text_strategy)
def test_offset_map_round_trips(text):
    n = normalize(text)
    assert len(n.starts) == len(n.text) == len(n.ends)
    for k, ch in enumerate(n.text):
        a, b = n.starts[k], n.ends[k]
        assert 0 <= a < b <= len(text)
        # the folded character comes from the original span it points to
        assert fold(text[a:b]).find(ch) >= 0 or ch == " "
    # offsets never go backwards
    assert n.starts == sorted(n.starts)
    assert fold(text) == unicodedata.normalize("NFC", n.text) or fold(text) == n.text
