"""Issue 11: untranslated English and doubled words on text the checks were not tuned on.

False-alarm kinds (a correct translation must come out clean):
* technical terms kept in Latin script on purpose: Latin species names, software identifiers,
  commands, account and user names, file names, code-like tokens, units and standard codes,
  with or without a Pashto gloss, in italics;
* Pashto reduplication (ورو ورو، کله کله، بېل بېل …) and grammatical doublings (د دې سره سره).
Recall kinds (a wrong translation must be caught): an ordinary English word or phrase left in
the Pashto, even next to a name or with a command elsewhere in the sentence; a glossary term
with a Pashto rendering left in English; a pasted English sentence; a doubled function word.

The sentences are written for these tests (technical, health and news registers).
"""
from __future__ import annotations

import pytest

from aligner.api import make_document
from aligner.checks import run_checks
from aligner.checks.copy import CopyCheck, copy_score, judgeable
from aligner.checks.format import FormatCheck, doubled_slip
from aligner.checks.untranslated import UntranslatedCheck
from aligner.model import AlignmentResult, Bead
from aligner.text.langid import english_stems, english_word
from tests.helpers import context_from_lines


def untrans(en: str, ps: str, config: dict | None = None) -> list[str]:
    ctx = context_from_lines([en], [ps], config)
    return [f.code for f in UntranslatedCheck().run(ctx)]


def copied(en: str, ps: str) -> list[str]:
    return [f.code for f in CopyCheck().run(context_from_lines([en], [ps]))]


def doubled(en: str, ps: str) -> list[str]:
    return [f.code for f in FormatCheck().run(context_from_lines([en], [ps])) if f.code == "FMT-DOUBLED-WORD"]


# --- the English dictionary ----------------------------------------------------------------------

def test_english_dictionary_words_and_inflections():
    for w in ("meeting", "meetings", "reported", "refineries", "democracy's", "low-carbon", "install",
              "bigger", "quickly", "photovoltaic", "tuberculosis", "Company", "wouldn't", "didn’t", "we've",
              "rehydration", "denuclearisation", "unbreakable"):
        assert english_word(w), w
    for w in ("postgres", "nginx", "sudo", "kubectl", "cholerae", "falciparum", "aegypti", "x64", ""):
        assert not english_word(w), w
    assert "refinery" in english_stems("refineries") and "close" in english_stems("closed")


# --- kept on purpose: clean ----------------------------------------------------------------------

@pytest.mark.parametrize("en, ps", [
    # Latin species names: the genus capitalised, the epithet lower case (a dictionary word or not)
    ("Most cases were caused by Plasmodium falciparum.", "ډېرې پېښې د Plasmodium falciparum له امله وې."),
    ("Mycobacterium tuberculosis spreads through the air.", "Mycobacterium tuberculosis د هوا له لارې خپرېږي."),
    ("Samples tested positive for E. coli and Aedes aegypti larvae were found.",
     "نمونې د E. coli لپاره مثبتې وې او د Aedes aegypti لاروې وموندل شوې."),
    # software identifiers, commands, account and user names
    ("Install the server with sudo apt install nginx.", "سرور د sudo apt install nginx په کمانډ نصب کړئ."),
    ("The backup runs under the mysql account.", "بېک اپ د mysql حساب لاندې چلېږي."),
    ("Sign in with the user name guest and the password guest.",
     "د guest کارن نوم او guest پټنوم سره ننوځئ."),
    ("Type yes to confirm.", "د تایید لپاره yes ولیکئ."),
    ("Restart redis after the update.", "له تازه کولو وروسته redis بیا پیل کړئ."),
    # file names, code-like tokens, options, paths
    ("Edit config.yaml and set max_workers to 4.", "config.yaml کې max_workers په 4 واړوئ."),
    ("Run the script with --force from /opt/clinic.", "سکرېپټ د --force سره له /opt/clinic څخه وچلوئ."),
    ("The maxRetries value is read at start-up.", "د maxRetries ارزښت د پیل پر وخت لوستل کېږي."),
    # units and standard codes
    ("The panel meets ISO 9001 and IEC 61215 and charges over USB-C or Wi-Fi at 5 GHz.",
     "پینل د ISO 9001 او IEC 61215 معیارونه پوره کوي او د USB-C یا Wi-Fi له لارې په 5 GHz چارج کېږي."),
    # a gloss: the English term in brackets after its Pashto rendering, or a Pashto gloss after it
    ("Close the meeting with a short summary.", "غونډه (meeting) په یوه لنډه لنډیز سره پای ته ورسوئ."),
    ("The firewall blocks unknown traffic.", "firewall (اور دېوال) ناپېژندل شوې ترافیک بندوي."),
])
def test_latin_terms_kept_on_purpose_are_not_untranslated(en, ps):
    assert untrans(en, ps) == []


def test_italics_mark_a_term_kept_on_purpose():
    en = "The forecast uses machine learning to rank the districts."
    ps = "وړاندوینه د ولسوالیو د درجه بندۍ لپاره له *machine learning* کار اخلي."
    src, tgt = make_document(en, "en", "en.md"), make_document(ps, "ps", "ps.md")
    r = AlignmentResult(src, tgt, [Bead((0,), (0,), 1.0)], "gold", "none")
    assert [f.code for f in run_checks(r, {"select": ["UNTRANS"]})] == []
    tgt = make_document(ps.replace("*", ""), "ps", "ps.md")             # the same without italics
    r = AlignmentResult(src, tgt, [Bead((0,), (0,), 1.0)], "gold", "none")
    assert [f.code for f in run_checks(r, {"select": ["UNTRANS"]})] == ["UNTRANS-WORD"]


def test_a_command_line_kept_in_latin_is_not_an_untranslated_sentence_nor_a_copy():
    en = "Run sudo systemctl restart nginx to apply the change."
    ps = "د بدلون د پلي کولو لپاره sudo systemctl restart nginx وچلوئ."
    assert untrans(en, ps) == [] and copied(en, ps) == []
    en = "Then run sudo apt install -y postgresql-16 nginx certbot."
    ps = "بیا sudo apt install -y postgresql-16 nginx certbot وچلوئ."
    assert untrans(en, ps) == [] and copied(en, ps) == []
    assert not judgeable("sudo systemctl restart nginx")


# --- recall: English left in the Pashto is still caught --------------------------------------------

@pytest.mark.parametrize("en, ps", [
    ("The meeting was postponed until Monday.", "meeting تر دوشنبې پورې وځنډول شوه."),
    ("The annual report was published on Sunday.", "annual report د یکشنبې په ورځ خپور شو."),
    ("Samsung reported higher profits.", "Samsung reported لوړې ګټې."),                   # next to a name
    ("Run sudo apt update after the meeting.", "له meeting وروسته sudo apt update وچلوئ."),   # beside a command
    ("Staff must wash their hands before surgery.", "کارکوونکي باید له surgery مخکې لاسونه ووینځي."),
])
def test_ordinary_english_words_left_in_the_pashto_are_reported(en, ps):
    assert untrans(en, ps) == ["UNTRANS-WORD"]


def test_a_glossary_term_with_a_pashto_rendering_is_reported_though_no_dictionary_has_it(tmp_path):
    en = "The plant will produce geopolymer bricks."
    ps = "فابریکه به geopolymer خښتې تولید کړي."
    assert not english_word("geopolymer")
    assert untrans(en, ps) == []                                   # unknown word: taken as a name
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("english\tallowed_ps\ngeopolymer\tجیوپولیمر\n", encoding="utf-8")
    assert untrans(en, ps, {"glossaries": [str(glossary)]}) == ["UNTRANS-WORD"]


def test_a_pasted_english_sentence_is_reported_even_with_identifiers_in_it():
    en = "Install PostgreSQL 16 on the server with sudo apt install postgresql-16 before the meeting."
    assert untrans(en, en) == ["UNTRANS-SENTENCE"]
    assert copied(en, en) == ["UNTRANS-COPY"]
    assert copy_score(en, en) == pytest.approx(100.0)


# --- doubled words ---------------------------------------------------------------------------------

@pytest.mark.parametrize("en, ps", [
    ("The water level rose slowly.", "د اوبو کچه ورو ورو لوړه شوه."),
    ("Sometimes the clinic closes early.", "کله کله کلینیک وختي تړل کېږي."),
    ("Each district reports separately.", "هره ولسوالي بېل بېل راپور ورکوي."),
    ("Give the solution little by little.", "محلول لږ لږ ورکړئ."),
    ("Wells were dug here and there.", "ځای ځای څاګانې وکیندل شوې."),
    ("The patients were called in one by one.", "ناروغان یو یو دننه وبلل شول."),
    ("Prices rose gradually.", "بیې کم کم لوړې شوې."),
    ("Despite this, the talks went on.", "د دې سره سره خبرې اترې دوام وکړ."),
    ("The water does not pass through the thick walls.", "اوبه له پنډو دېوالونو نه نه تېرېږي."),
])
def test_reduplication_is_not_a_doubled_word(en, ps):
    assert doubled(en, ps) == []


@pytest.mark.parametrize("en, ps, word", [
    ("The report of the bank was late.", "د د بانک راپور وځنډېد.", "د"),
    ("He spoke in the meeting.", "هغه په په غونډه کې خبرې وکړې.", "په"),
    ("He said that the road is closed.", "هغه وویل چې چې سړک تړل شوی دی.", "چې"),
    ("The ministry claims the land.", "وزارت پر ځمکې ادعا کوي کوي.", "کوي"),
])
def test_a_doubled_function_word_is_reported(en, ps, word):
    assert doubled(en, ps) == ["FMT-DOUBLED-WORD"]
    assert doubled_slip(word)


def test_reduplicated_words_are_no_slips_even_if_listed_as_function_words():
    for w in ("سره", "نه", "یو", "کله", "بیا", "لږ", "ورو"):
        assert not doubled_slip(w), w


def test_a_word_after_a_number_is_a_unit_only_when_it_is_one():
    # units and symbols after a number stay (35 mph, 12 miles); an English word there was left
    # untranslated, also after the digits of a code (A(H1N1)pdm09 samples)
    assert untrans("Winds reached 85 mph.", "باد 85 mph ته ورسېد.") == []
    assert untrans("The road is 12 miles long.", "سړک 12 miles اوږد دی.") == []
    assert untrans("They handed out 300 hygiene kits.", "هغوی ۳۰۰ kits د حفظ الصحې کڅوړې ووېشلې.") == ["UNTRANS-WORD"]
    assert untrans("H5N1 was found in 4 of 20 samples.", "د ۲۰ نمونو له جملې څخه په څلورو کې د H5N1 samples وموندل شو.") \
        == ["UNTRANS-WORD"]


# --- a technical term kept in Latin with its Pashto gloss (issue 11) ------------------------------

@pytest.mark.parametrize("en, ps", [
    ("The firewall blocks unknown traffic.", "firewall یا اور دېوال ناپېژندل شوې ترافیک بندوي."),
    ("The firewall blocks unknown traffic.", "اور دېوال یا firewall ناپېژندل شوې ترافیک بندوي."),
    ("The firewall blocks unknown traffic.", "اور دېوال یعنې firewall ناپېژندل شوې ترافیک بندوي."),
    ("The firewall blocks unknown traffic.", "اور دېوال – firewall – ناپېژندل شوې ترافیک بندوي."),
    ("Malware can steal passwords.",
     "ناوړه سافټویر، چې په انګلیسي کې ورته malware وايي، پټنومونه غلا کولی شي."),
])
def test_a_term_kept_in_latin_with_a_gloss_marker_is_not_untranslated(en, ps):
    assert untrans(en, ps) == []


def test_a_term_the_document_glosses_once_may_stand_bare_elsewhere():
    en = ["The firewall blocks unknown traffic.", "Restart the firewall after the update.",
          "The meeting starts at noon."]
    ps = ["firewall (اور دېوال) ناپېژندل شوې ترافیک بندوي.", "له تازه کولو وروسته firewall بیا پیل کړئ.",
          "meeting په غرمه پیلېږي."]
    found = list(UntranslatedCheck().run(context_from_lines(en, ps)))
    # the bare firewall of line 2 is the document's glossed term; the meeting of line 3 is not
    assert [(f.code, f.target.text) for f in found] == [("UNTRANS-WORD", "meeting")]


@pytest.mark.parametrize("en, ps", [
    # یا translates the English "or": the word before it was left in English
    ("The meeting or the conference was postponed.", "meeting یا کنفرانس وځنډول شو."),
    # no gloss, no mark: an ordinary word left in English
    ("Clear the cache after the update.", "له تازه کولو وروسته cache پاک کړئ."),
])
def test_an_english_word_without_a_gloss_is_still_reported(en, ps):
    assert untrans(en, ps) == ["UNTRANS-WORD"]


def test_a_term_the_glossary_keeps_in_latin_is_not_untranslated(tmp_path):
    ps = "له تازه کولو وروسته د cache فولډر ړنګ کړئ."
    en = "Delete the cache folder after the update."
    assert untrans(en, ps) == ["UNTRANS-WORD"]
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("english\tallowed_ps\ncache\tcache|حافظه\n", encoding="utf-8")
    assert untrans(en, ps, {"glossaries": [str(glossary)]}) == []          # the client keeps it
    glossary.write_text("english\tallowed_ps\ncache\tحافظه\n", encoding="utf-8")
    assert untrans(en, ps, {"glossaries": [str(glossary)]}) == ["UNTRANS-WORD"]


def test_scare_quotes_in_the_english_do_not_make_a_word_a_kept_term():
    en = 'The slaves were branded to prevent their "theft" or lawsuits.'
    ps = "غلامان نښاني شول څو د هغوی د theft او دعوو مخنیوی وشي."
    assert untrans(en, ps) == ["UNTRANS-WORD"]
