"""The Pashto names of Latin letters in an acronym (بي بي سي "BBC", اف بي آی "FBI") are not the
privative بې / بی: they must not count as words of privation that render an English negative
affix, nor leave a verb negation without a source."""
from aligner.checks.negation import negations
from tests.test_issue11_kinds import reported


def test_letter_names_in_an_acronym_are_not_privative():
    assert [n[2] for n in negations("د بي بي سي یو کارپوه وايي", "ps")] == []
    assert [n[2] for n in negations("د اف بي آی لپاره یوه پلټنه", "ps")] == []
    # the privative itself is still read
    assert [n[2] for n in negations("دا کار بې ګټې دی", "ps")] == ["بې"]


def test_unable_rendered_by_a_negated_verb_beside_bbc_is_clean():
    en = "The former sprinter, now a BBC pundit, was left unable to walk after the attack."
    ps = "پخوانی منډه وهونکی چې اوس د بي بي سي کارپوه دی، له حملې وروسته نشو کولی چې قدم ووهي."
    assert "NEG-ADDED" not in reported(en, ps)


def test_a_negation_added_beside_an_acronym_is_still_caught():
    en = "The BBC reported that the talks were held in Geneva."
    ps = "بي بي سي راپور ورکړ چې خبرې په ژنېو کې ونه شوې."
    assert "NEG-ADDED" in reported(en, ps)
