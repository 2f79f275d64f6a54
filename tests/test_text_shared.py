"""The shared text helpers (aligner/text/tokens.py, inflect.py, distance.py) that every check
uses, and the entity analyses behind aligner.checks.entities (checks/analyses/)."""
from aligner.text.distance import edit_distance
from aligner.text.inflect import (en_key, english_lemmas, english_stems, singular_plural,
                                  strip_possessive)
from aligner.text.tokens import EN_TERM_WORD, EN_WORD, PS_WORD, TERM_WORD


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("Baldwin", "Badlwin") == 1          # two neighbours swapped
    assert edit_distance("Tennessee", "Tennessess") == 2
    assert edit_distance("کابل", "کابول") == 1                 # either script
    assert edit_distance("", "abc") == 3 and edit_distance("same", "same") == 0
    # optimal string alignment, not full Damerau: a swapped pair is not edited again
    assert edit_distance("ca", "abc") == 3 and edit_distance("abcdef", "badcfe") == 3


def test_english_inflection_variants():
    assert "refinery" in english_stems("refineries") and "close" in english_stems("closed")
    assert {"ministry", "ministries"} <= english_lemmas("Ministries")
    assert singular_plural("refineries") == {"refineries", "refinerie", "refinery"}
    assert en_key("Refineries") == "refinery" and en_key("Status") == "status"
    assert strip_possessive("Bush's") == "Bush" and strip_possessive("Jones’") == "Jones"
    assert strip_possessive("s'") == "s'"                       # a one-letter stem is kept


def test_tokenizers_keep_their_differences():
    text = "The U.S. and COVID-19 in Assad's al-Assad O'Neill report"
    assert EN_WORD.findall(text) == ["The", "U.S.", "and", "COVID-19", "in", "Assad's", "al-Assad", "O'Neill",
                                     "report"]
    assert EN_TERM_WORD.findall("COVID-19 al-Assad") == ["COVID", "19", "al", "Assad"]
    assert PS_WORD.findall("د H1N1 ویروس") == ["د", "H", "N", "ویروس"]
    assert TERM_WORD.findall("د H1N1 ویروس") == ["د", "H1N1", "ویروس"]


def test_entity_analyses_are_shared_on_the_context():
    from aligner.checks.analyses.spellings import analyse
    from aligner.checks.entities import entity_findings, extract_names, strip_possessive as sp
    from aligner.lang.glossary import default_glossary
    from tests.helpers import context_from_lines
    assert sp is strip_possessive                                  # re-exported for old imports
    names = extract_names("Orzas Bektonov met officials in Zhanatas.", default_glossary())
    assert [m.text for m in names] == ["Orzas Bektonov", "Zhanatas"]
    ctx = context_from_lines(["Orzas Bektonov met officials in Zhanatas."],
                             ["اورزاس بیکټونوف په ژاناتاس کې له چارواکو سره ولیدل."])
    assert analyse(ctx) is analyse(ctx)                            # computed once per run
    assert entity_findings(ctx) == []                              # both names rendered by sound
    dropped = context_from_lines(["Orzas Bektonov met officials in Zhanatas."],
                                 ["هغه په ژاناتاس کې له چارواکو سره ولیدل."])
    assert [(f.code, f.source_value) for f in entity_findings(dropped)] == [("ENTITY-MISSING", "Orzas Bektonov")]


def test_rapidfuzz_and_logging_load_only_when_used():
    """Importing the checks and the pipeline loads neither rapidfuzz (edit_distance imports it at
    its first call) nor logging (embed.base logs rarely); the distance is the same after."""
    import subprocess
    import sys
    from pathlib import Path
    code = ("import sys; import aligner.pipeline; from aligner.checks import load_checks; load_checks(); "
            "before = [m in sys.modules for m in ('rapidfuzz', 'logging')]; "
            "from aligner.text.distance import edit_distance as d; "
            "print(before, d('کابل', 'کابول'), d('Baldwin', 'Badlwin'), 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent).stdout.strip()
    assert out == "[False, False] 1 1 True"
