"""UNTRANS-WORD strength (rule 11): one ordinary English word alone among Pashto words may be a
term kept on purpose (borderline, lower strength); English prose left in the Pashto (several
words, or a word in a run of Latin-script text) is clear."""
import pytest

from aligner.checks.untranslated import LONE_WORD_STRENGTH, UntranslatedCheck
from tests.helpers import pair_from_texts


@pytest.mark.parametrize("en,ps,strength", [
    # one word alone among Pashto words (health, technical)
    ("The vaccine uses recombinant protein subunits made in yeast.",
     "واکسین بیا تولیدي پروټین subunits کاروي چې په خمیره کې جوړېږي.", LONE_WORD_STRENGTH),
    ("Restart the router after you change the settings.",
     "کله چې تنظیمات بدل کړئ، router بیا پیل کړئ.", LONE_WORD_STRENGTH),
    # English prose kept: the word stands in a run of Latin-script text, or several words
    ("Join the #support channel in Slack to ask questions.",
     "د پوښتنو لپاره د #support channel in Slack سره یوځای شئ.", None),
    ("The court ordered the immediate release of the prisoners.",
     "محکمې د immediate release امر وکړ.", None),
])
def test_strength_of_an_untranslated_word(en, ps, strength):
    found = [f for f in UntranslatedCheck().check_pair(pair_from_texts(en, ps), None) if f.code == "UNTRANS-WORD"]
    assert len(found) == 1 and found[0].strength == strength


@pytest.mark.parametrize("en,ps", [
    # a literal of several words right after its cue (command, package, type ...): kept as a whole
    ("Run the command pip install requests.", "د pip install requests کمانډ وچلوئ."),
    ("Type the command git pull origin to update.", "د تازه کولو لپاره د git pull origin کمانډ ولیکئ."),
])
def test_a_literal_of_several_words_after_its_cue_is_kept(en, ps):
    assert [f.code for f in UntranslatedCheck().check_pair(pair_from_texts(en, ps), None)] == []


@pytest.mark.parametrize("en,ps", [
    ("The students must submit the homework by Friday.", "زده کوونکي باید homework تر جمعې پورې وسپاري."),
    ("The court dismissed the appeal as unfounded.", "محکمې استیناف unfounded وباله او رد یې کړ."),
    ("Families received blankets and hygiene kits.", "کورنیو blankets او د حفظ الصحې کڅوړې ترلاسه کړې."),
    # prose after a cue word is no literal: English grammatical words in the run
    ("Please run the tests again.", "مهرباني وکړئ the tests again وچلوئ."),
])
def test_ordinary_words_left_in_english_are_caught(en, ps):
    assert [f.code for f in UntranslatedCheck().check_pair(pair_from_texts(en, ps), None)] == ["UNTRANS-WORD"]


def test_several_words_each_alone_are_between_a_lone_word_and_prose():
    """cache او cookies: two words, each alone among Pashto words (terms kept one by one more
    often than prose), graded between one lone word and a run of English prose."""
    found, = UntranslatedCheck().check_pair(pair_from_texts("Clear the browser cache and cookies.",
                                                            "د براوزر cache او cookies پاک کړئ."), None)
    assert LONE_WORD_STRENGTH < found.strength < 1.0



# --- words a Wikipedia translation keeps in Latin on purpose (helper H3's own sentences): quoted with
# quote marks either way round, the original in brackets beside its translation (glued or not), a
# term with its acronym, notation in a formula, an abbreviation of a citation as in the English, a
# word the English mentions as a word (term, noun), a title whose run ends in an Arabic comma ------
KEPT = [
    ('Linguists derive "abacus" from Greek.', 'ژبپوهان ”abacus“ له یوناني څخه اخلي.'),
    ('The inspector checked the load-bearing walls.', 'مفتش بار وړونکي دېوالونه(load-bearing walls) وکتل.'),
    ('The chip uses a silicon-on-insulator (SOI) design.', 'چپ د silicon-on-insulator (SOI) ډیزاین کاروي.'),
    ('Remember that tan 45° = 1.', 'په یاد ولرئ چې tan 45° = 1 دی.'),
    ('See Smith, ed., Collected Papers, vol. 2.', 'سمیټ، ed.، ټولګه مقالې، vol. ۲ وګورئ.'),
    ('The English term spin describes political framing.', 'انګلیسي اصطلاح spin سیاسي انځور جوړونې ته ویل کېږي.'),
    ('The book "Voyages curieux en Asie" was reprinted.', 'د Voyages curieux en Asie، کتاب بیا چاپ شو.'),
    ('He quoted A History of the Modern World in his lecture.', 'هغه په خپله وینا کې د نوې نړۍ تاریخ (A History of the Modern World) کتاب یادونه وکړه.'),
]


@pytest.mark.parametrize("en,ps", KEPT)
def test_words_kept_in_latin_on_purpose_are_not_reported(en, ps):
    assert [f.code for f in UntranslatedCheck().check_pair(pair_from_texts(en, ps), None)] == []


@pytest.mark.parametrize("en,ps", [
    ('Critics called the plan a "gimmick," nothing more.', 'منتقدینو پلان یوازې یو “gimmick,” وباله.'),
    ('The aid included blankets and stoves.', 'مرستو کې (د blankets کڅوړې) او بخارۍ شاملې وې.'),
    ('The students must submit the homework by Friday.', 'زده کوونکي باید homework تر جمعې پورې وسپاري.'),
])
def test_ordinary_words_left_in_english_are_still_caught(en, ps):
    assert [f.code for f in UntranslatedCheck().check_pair(pair_from_texts(en, ps), None)] == ["UNTRANS-WORD"]


def test_a_lone_word_beside_other_latin_text_is_weaker():
    """The sentence keeps other Latin-script text of the English (a code, an acronym): terms are
    kept in Latin there, so a lone word left is weaker evidence."""
    alone, = UntranslatedCheck().check_pair(pair_from_texts(
        "The rover found a meteorite near the crater.", "روور د کندې سره نږدې یو meteorite وموند."), None)
    beside, = UntranslatedCheck().check_pair(pair_from_texts(
        "The rover found a meteorite, sample MX-7, near the crater.",
        "روور د کندې سره نږدې یو meteorite، MX-7 نمونه، وموند."), None)
    assert beside.strength < alone.strength == LONE_WORD_STRENGTH
