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
