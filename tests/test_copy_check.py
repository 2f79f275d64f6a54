"""UNTRANS-COPY: a Pashto sentence that is a copy of its English source (sentence chrF)."""
import pytest

from aligner.checks import all_codes, run_checks
from aligner.checks.copy import THRESHOLD, CopyCheck, clean, copy_score, judgeable
from tests.helpers import context_from_lines, ntrex_lines


def copy_findings(en_lines, ps_lines, config=None):
    ctx = context_from_lines(en_lines, ps_lines, config)
    return list(CopyCheck().run(ctx))


def test_a_copied_english_sentence_is_flagged():
    en, ps = ntrex_lines()
    found = copy_findings([en[0], en[1]], [ps[0], en[1]])        # line 1 pasted untranslated
    assert [f.code for f in found] == ["UNTRANS-COPY"]
    f = found[0]
    assert f.severity == "error" and f.category == "untranslated" and f.bead == 1
    assert f.target.text == en[1] and f.source.text == en[1]
    assert f.source_value == pytest.approx(100.0)


def test_a_real_ntrex_pair_is_not_flagged():
    en, ps = ntrex_lines()
    assert copy_findings(en[:5], ps[:5]) == []


def test_no_false_alarm_on_all_ntrex_line_pairs():
    en, ps = ntrex_lines()
    assert len(en) == len(ps) == 1997
    found = copy_findings(en, ps)
    assert found == [], [(f.bead, f.source_value) for f in found]
    # and the margin is wide: the most English-like real translation stays far below the threshold
    assert max(copy_score(e, p) for e, p in zip(en, ps)) < THRESHOLD / 2


def test_translation_with_the_english_left_in_is_flagged():
    en, ps = ntrex_lines()
    assert [f.code for f in copy_findings([en[3]], [ps[3] + " " + en[3]])] == ["UNTRANS-COPY"]


@pytest.mark.parametrize("text", [
    "Donald Trump",                     # a name kept as it is
    "Desert Island Discs",              # a title
    "BBC Sport",
    "2019: 1,200 (www.bbc.co.uk)",      # only numbers and a URL
])
def test_short_names_numbers_and_urls_are_not_judged(text):
    assert not judgeable(text)
    assert copy_findings([text], [text]) == []


def test_numbers_and_urls_do_not_count_as_copied_text():
    assert clean("Visit https://example.org/a on 12.5.2019, call 555 1234.") == "Visit on , call ."
    # a Pashto sentence sharing only digits and a URL with its source stays near 0
    score = copy_score("The report https://example.org/r lists 1,250 cases in 2019.",
                       "راپور https://example.org/r په ۲۰۱۹ کې 1,250 پېښې ښيي.")
    assert score < 5


def test_only_one_to_one_beads_are_compared():
    from aligner.checks.base import CheckContext
    from aligner.model import Bead
    en, _ = ntrex_lines()
    ctx = context_from_lines([en[0], en[1]], [en[0], en[1]])
    ctx.result.beads = [Bead((0, 1), (0, 1), 1.0)]                  # one 2-2 bead
    assert list(CopyCheck().run(CheckContext(ctx.result))) == []


def test_threshold_is_configurable():
    en, ps = ntrex_lines()
    worst = max(range(len(en)), key=lambda i: copy_score(en[i], ps[i]))
    # the translation with a few words of its English left after it (chrF ~31): a translation that
    # only keeps names in Latin script is never a copy (untranslated.translated_keeping_latin)
    half = ps[worst] + " for other networks"
    assert copy_findings([en[worst]], [half]) == []
    assert [f.code for f in copy_findings([en[worst]], [half], {"copy": {"threshold": 10}})] == ["UNTRANS-COPY"]
    assert copy_findings([en[worst]], [ps[worst]], {"copy": {"threshold": 10}}) == []


def test_registered_and_filterable():
    assert all_codes()["UNTRANS-COPY"][:2] == ("untranslated", "error")
    en, ps = ntrex_lines()
    ctx = context_from_lines([en[0]], [en[0]])
    assert "UNTRANS-COPY" in [f.code for f in run_checks(ctx.result, {})]
    assert "UNTRANS-COPY" not in [f.code for f in run_checks(ctx.result, {"disable": ["UNTRANS-COPY"]})]


def test_the_sacrebleu_free_bound_never_skips_a_score_that_reaches_the_threshold():
    """could_reach is False only when copy_score is below the threshold: on NTREX pairs, copies,
    half copies, translations with the English appended and shuffled words."""
    from aligner.checks.copy import could_reach
    en, ps = ntrex_lines()
    cases = []
    for e, p in list(zip(en, ps))[:150]:
        words = e.split()
        cases += [(e, p), (e, e), (e, e[: len(e) // 2]), (e, p + " " + e), (e, " ".join(reversed(words)))]
    skipped = 0
    for e, p in cases:
        score = copy_score(e, p)
        for threshold in (100.0, THRESHOLD, 10.0, 1.0):
            if not could_reach(e, p, threshold):
                skipped += 1
                assert score < threshold, (e, p, threshold)
    assert could_reach(en[0], en[0], THRESHOLD) and not could_reach(en[0], ps[0], THRESHOLD)
    assert could_reach(en[0], ps[0], 0.0)          # chrF 0 reaches a threshold of 0
    assert skipped > 450                           # every real translation is settled without sacrebleu
