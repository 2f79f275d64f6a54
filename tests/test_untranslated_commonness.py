"""UNTRANS-WORD and how common a word is in general English (issue 11: technical terms kept in
Latin script on purpose).  A lone Latin-script word among Pashto words that general English rarely
uses (*polymerase*, *firmware*, *taxa*) is a term a translator keeps on purpose more often than
one forgotten: it is reported at ``info`` for a look, never as a warning.  A common word left in
English (*hospital*, *meeting*, *homework*) stays a warning, and so does a run of English prose
whatever its words, and a rare word the term base gives a Pashto rendering for.  Sentences of our
own (health, technical, science, education)."""
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.checks import untranslated
from aligner.checks.untranslated import RARE_ZIPF, UntranslatedCheck, rare_term
from aligner.text.langid import english_commonness
from tests.helpers import pair_from_texts

ROOT = Path(__file__).resolve().parent.parent


def _findings(en: str, ps: str):
    return [f for f in UntranslatedCheck().check_pair(pair_from_texts(en, ps), None) if f.code == "UNTRANS-WORD"]


def _warned(en: str, ps: str):
    return [f for f in _findings(en, ps) if f.severity in ("warning", "error")]


# --- rare terms kept in Latin: a look at info, no warning --------------------------------------------
RARE_KEPT = [
    # molecular biology: an enzyme's name kept beside its Pashto sentence
    ("The enzyme polymerase copies each strand of the genome.",
     "انزایم polymerase د جینوم هر تار کاپي کوي.", "polymerase"),
    # technical: the device's firmware
    ("Update the firmware of the device before you use it.",
     "له کارولو مخکې د وسیلې firmware تازه کړئ.", "firmware"),
    # taxonomy: a plural Latin term
    ("Fossils of these taxa were found in the cave.",
     "د دې taxa فوسیلونه په سمڅه کې وموندل شول.", "taxa"),
    # astronomy: a plural counts as its singular (meteorites as meteorite), still rare
    ("Scientists studied meteorites that fell in the desert.",
     "ساینس پوهانو هغه meteorites وڅېړل چې په دښته کې لوېدلي وو.", "meteorites"),
]


@pytest.mark.parametrize("en,ps,word", RARE_KEPT)
def test_a_rare_term_kept_alone_is_a_look_at_info_not_a_warning(en, ps, word):
    found = _findings(en, ps)
    assert len(found) == 1
    f = found[0]
    assert f.severity == "info" and f.target_value == [word]
    assert "kept in Latin script" in f.message and "check it is meant" in f.message
    assert f.target.text == word                      # still points at the word, for the look


def test_several_rare_terms_each_alone_are_a_look_at_info():
    found = _findings("The kinase and the phosphatase regulate the cell cycle.",
                      "kinase او phosphatase د حجرې دوره تنظیموي.")
    assert [f.severity for f in found] == ["info"]
    assert found[0].target_value == ["kinase", "phosphatase"]


# --- common words left in English: warnings -----------------------------------------------------------
COMMON_LEFT = [
    ("The patients were taken to the hospital at night.", "ناروغان د شپې hospital ته یوړل شول.", "hospital"),
    ("The meeting will start at ten in the morning.", "meeting به د سهار په لسو بجو پیل شي.", "meeting"),
    ("The students must submit the homework by Friday.", "زده کوونکي باید homework تر جمعې پورې وسپاري.", "homework"),
    ("Many people came to the clinic for vaccines.", "ډېر people د واکسینو لپاره کلینیک ته راغلل.", "people"),
    # a plural of a common word is as common as its word (blankets as blanket)
    ("Families received blankets before the winter.", "کورنیو د ژمي نه مخکې blankets ترلاسه کړل.", "blankets"),
]


@pytest.mark.parametrize("en,ps,word", COMMON_LEFT)
def test_a_common_word_left_in_english_is_a_warning(en, ps, word):
    found = _warned(en, ps)
    assert len(found) == 1 and found[0].target_value == [word]
    assert "left untranslated" in found[0].message


def test_a_common_word_beside_a_rare_one_keeps_the_warning():
    """Several words each alone among Pashto words: one common word among them is English left
    untranslated, whatever the others are."""
    found = _findings("The kinase controls the meeting of the two cells.",
                      "kinase د دوو حجرو meeting کنټرولوي.")
    assert [f.severity for f in found] == ["warning"]


@pytest.mark.parametrize("en,ps", [
    # a run of English prose with rare words in it stays a warning
    ("In the next stage of the cell cycle the kinase and the phosphatase act together in the nucleus.",
     "د حجرې د دورې په راتلونکي پړاو کې the kinase and the phosphatase د حجرې په هسته کې یوځای عمل کوي."),
    ("The new vaccine that the ministry approved last year uses recombinant protein subunits.",
     "هغه نوی واکسین چې وزارت تېر کال تصویب کړ recombinant protein subunits کاروي او په خمیره کې جوړېږي."),
])
def test_a_run_of_english_stays_a_warning_whatever_its_words(en, ps):
    assert [f.severity for f in _findings(en, ps)] == ["warning"]


def test_a_rare_word_the_term_base_renders_stays_a_warning():
    """bauxite is rare in general English, but the term base gives it a Pashto rendering
    (باکسایټ): left in English, it had a translation."""
    assert english_commonness("bauxite") < RARE_ZIPF
    found = _warned("The mine produces bauxite for export.", "کان د صادراتو لپاره bauxite تولیدوي.")
    assert len(found) == 1 and found[0].target_value == ["bauxite"]


# --- correct translations stay clean --------------------------------------------------------------------
@pytest.mark.parametrize("en,ps", [
    ("The enzyme copies each strand of the genome.", "انزایم د جینوم هر تار کاپي کوي."),
    ("The patients were taken to the hospital at night.", "ناروغان د شپې روغتون ته یوړل شول."),
    # a rare term glossed in Pashto brackets: kept on purpose, no finding at all
    ("Update the firmware of the device.", "د وسیلې firmware (دننني سافټویر) تازه کړئ."),
])
def test_correct_translations_have_no_untranslated_finding(en, ps):
    assert _findings(en, ps) == []


# --- the measure itself ----------------------------------------------------------------------------------
def test_commonness_orders_everyday_words_above_field_terms():
    everyday = [english_commonness(w) for w in ("people", "hospital", "meeting", "because")]
    terms = [english_commonness(w) for w in ("polymerase", "taxa", "firmware", "phosphatase")]
    assert min(everyday) >= RARE_ZIPF > max(terms)
    # a lexeme is as common as its commonest form
    assert english_commonness("meteorites") == english_commonness("meteorite")
    assert english_commonness("Hospital") == english_commonness("hospital")


def test_rare_term_needs_every_word_rare_and_none_rendered_by_the_term_base():
    assert rare_term(["polymerase"], set())
    assert not rare_term(["polymerase", "meeting"], set())
    assert not rare_term(["bauxite"], {"bauxite"})
    assert not rare_term([], set())


def test_without_frequency_data_every_word_is_reported_as_before(monkeypatch):
    monkeypatch.setattr(untranslated, "english_commonness", lambda w: None)
    found = _findings("The enzyme polymerase copies each strand of the genome.",
                      "انزایم polymerase د جینوم هر تار کاپي کوي.")
    assert [f.severity for f in found] == ["warning"]


def test_the_frequency_data_is_loaded_only_when_a_word_is_asked_about():
    """A pair with no English word left (the common case) never imports wordfreq."""
    code = (
        "import sys\n"
        "from aligner.checks.untranslated import UntranslatedCheck\n"
        "from tests.helpers import pair_from_texts\n"
        "p = pair_from_texts('The patients were taken to the hospital.', 'ناروغان روغتون ته یوړل شول.')\n"
        "assert list(UntranslatedCheck().check_pair(p, None)) == []\n"
        "print('wordfreq' in sys.modules)\n"
        "p = pair_from_texts('The enzyme polymerase copies DNA.', 'انزایم polymerase د ډي ان اې کاپي کوي.')\n"
        "assert [f.severity for f in UntranslatedCheck().check_pair(p, None)] == ['info']\n"
        "print('wordfreq' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
