"""best_match scores only the runs of Pashto words that may beat the best one (a lower bound of
cost), and scores a run on from the shorter run before it: it must find exactly what scoring
every run whole with similarity() finds (score, first and last word; the first of equal runs)."""
from __future__ import annotations

import re

from aligner.lang.glossary import fold_ps
from aligner.lang.translit import Match, best_match, common_words, latin_units, similarity, sounds_like
from aligner.text.tokens import PS_WORD

from tests.helpers import ntrex_lines


def exhaustive(latin: str, tokens: list[str], max_join: int = 3, min_score: float = 0.0):
    """Every run of up to ``max_join`` tokens scored whole, as the search is defined."""
    lu = latin_units(latin)
    if not lu:
        return None
    lw = sum(u.weight for u in lu)
    best = None
    for i in range(len(tokens)):
        joined = ""
        for k in range(max_join):
            if i + k >= len(tokens) or tokens[i + k] in common_words():
                break
            joined += tokens[i + k]
            if k == 0 and len(joined) >= 5 and joined.startswith("ال") and not latin.lower().startswith(("al", "el")):
                joined = joined[2:]
            if len(joined) > 2 * len(lu) + 4:
                break
            if len(joined) * 3 < lw:
                continue
            s = similarity(latin, joined)
            if s >= min_score and (best is None or s > best.score):
                best = Match(s, i, i + k)
    return best


def test_pruned_search_finds_what_scoring_every_run_finds():
    en, ps = ntrex_lines()
    asked = found = 0
    for k in range(0, 240, 3):
        tokens = [fold_ps(t) for t in PS_WORD.findall(ps[k]) if not t[0].isascii()]
        other = [fold_ps(t) for t in PS_WORD.findall(ps[k + 1]) if not t[0].isascii()]
        for w in sorted(set(re.findall(r"\b[A-Z][a-z]+", en[k]))):
            for toks, max_join, floor in ((tokens, 3, 0.0), (other, 3, 0.0), (tokens, 4, 0.85), (other, 2, 0.5)):
                got, want = best_match(w, toks, max_join, floor), exhaustive(w, toks, max_join, floor)
                assert got == want, (w, k, max_join, floor)
                asked += 1
                found += got is not None and got.score >= 0.85
    assert asked > 500 and found > 50          # names rendered in their own sentence among them


def test_article_runs_and_tokens_that_are_not_letters_only():
    # an Arabic article dropped before the name (النصره ~ Nusra); a token with a digit or Latin
    # letters is scored whole
    for latin, tokens in (("Nusra", ["د", "النصره", "ډله"]), ("Alnusra", ["النصره"]),
                          ("Bektonov", ["ښاغلی", "بیکټ", "ونوف", "وویل"]),
                          ("Bektonov", ["بیکټونوف2", "x", "بیکټونوف"])):
        assert best_match(latin, tokens) == exhaustive(latin, tokens)
    assert best_match("Nusra", ["د", "النصره", "ډله"]).first == 1


def test_sounds_like_is_similarity_at_a_threshold():
    # the bound only skips scoring a pair: the answer is similarity() >= threshold, for
    # renderings (near and at the threshold) and for unrelated words, one or several
    en, ps = ntrex_lines()
    asked = near = 0
    for k in range(0, 120, 2):
        words = [fold_ps(t) for t in PS_WORD.findall(ps[k]) if not t[0].isascii()]
        for w in sorted(set(re.findall(r"\b[A-Z][a-z]+", en[k]))):
            for i in range(len(words)):
                for pashto in (words[i], " ".join(words[i:i + 2])):
                    s = similarity(w, pashto)
                    for t in (0.45, 0.6, 0.85, s, s + 1e-9):
                        assert sounds_like(w, pashto, t) == (s >= t), (w, pashto, t)
                        asked += 1
                    near += s >= 0.85
    assert asked > 5000 and near > 20
    assert sounds_like("Bektonov", "بیکټونوف", 0.85) and not sounds_like("Bektonov", "کابل", 0.3)
    assert not sounds_like("", "کابل", 0.1) and not sounds_like("Kabul", "", 0.1)
