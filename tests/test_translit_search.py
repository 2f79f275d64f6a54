"""best_match scores only the runs of Pashto words that may beat the best one (a lower bound of
cost), and scores a run on from the shorter run before it: it must find exactly what scoring
every run whole with similarity() finds (score, first and last word; the first of equal runs)."""
from __future__ import annotations

import re

from aligner.lang.glossary import fold_ps
from aligner.lang.translit import Match, best_match, common_words, latin_units, similarity
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
