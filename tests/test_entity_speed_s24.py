"""Speed of the entity check (issue 14, helper h2 s24), same findings:

* the review runs with the cycle collector paused too (``entities.review``), and what the
  pass keeps goes straight to the oldest generation when the collector resumes
  (``analyses.spellings.collector_paused``: ``gc.freeze()`` + ``gc.unfreeze()``), not scanned
  as young objects by the first collection after it, when that collection is due; a process
  that has frozen objects of its own (the ``aligner`` command) keeps them frozen;
* a sentence's respelled copies (``Target.respelled``) are built one at a time, when a search
  first reaches them.

First contact on b663dac (the start export, PYTHONPATH=.): 4 pass there (the findings: clean
none, swapped caught; a Kabul glued to د found; frozen objects kept; no promotion under a high
threshold), 2 fail, as they should (young objects left in generation 0; every copy built at once).
"""
from __future__ import annotations

import gc

from aligner.checks.analyses.renderings import Target, find_counterpart
from aligner.checks.analyses.names import extract_names
from aligner.checks.analyses.spellings import collector_paused
from aligner.checks.entities import entity_findings
from aligner.lang.glossary import get_glossary
from tests.helpers import context_from_lines

EN = ["Health Minister Wahid Majrooh visited the hospital in Herat on Sunday.",
      "Majrooh said the hospital needed more doctors and nurses."]
PS = ["د روغتیا وزیر وحید مجروح د یکشنبې په ورځ په هرات کې له روغتون څخه لیدنه وکړه.",
      "مجروح وویل چې روغتون ډېرو ډاکټرانو او نرسانو ته اړتیا لري."]
# careless: the minister's name replaced by another person's in the first line
PS_SWAPPED = ["د روغتیا وزیر فیروزالدین فیروز د یکشنبې په ورځ په هرات کې له روغتون څخه لیدنه وکړه.",
              PS[1]]


def _codes(ps_lines):
    return sorted((f.code, f.severity) for f in entity_findings(context_from_lines(EN, ps_lines))
                  if f.severity in ("warning", "error"))


def test_findings_same_with_collector_on_or_off():
    assert gc.isenabled()
    clean, swapped = _codes(PS), _codes(PS_SWAPPED)
    assert gc.isenabled()
    assert clean == []
    assert any(code in ("ENTITY-MISSING", "ENTITY-MISMATCH") for code, _ in swapped)
    gc.disable()
    try:
        assert _codes(PS) == clean and _codes(PS_SWAPPED) == swapped
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_objects_kept_by_the_pass_go_to_the_oldest_generation():
    if gc.get_freeze_count():
        gc.unfreeze()                         # (a clean slate: another test froze objects)
    gc.collect()
    with collector_paused():
        kept = [[k] for k in range(5000)]     # tracked containers made while paused
    assert gc.isenabled()
    assert gc.get_count()[0] < 100            # no young generation left to scan
    assert gc.get_freeze_count() == 0         # (moved, not left frozen)
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in kept[:50])


def test_no_promotion_before_a_collection_is_due():
    # (the aligner command's threshold: one article's pass does not reach it, and nothing is
    # asked of the frozen generation, whose counting walks it)
    old = gc.get_threshold()
    gc.collect()
    gc.set_threshold(500_000, 50, 100)
    try:
        with collector_paused():
            kept = [[k] for k in range(1000)]
        assert gc.get_count()[0] >= 1000       # still young: collected when the threshold is reached
        young = {id(x) for x in gc.get_objects(generation=0)}
        assert id(kept[0]) in young
    finally:
        gc.set_threshold(*old)


def test_a_process_own_frozen_objects_stay_frozen():
    gc.collect()
    mine = [[k] for k in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen >= len(mine)
        with collector_paused():
            _ = [[k] for k in range(5000)]          # (a collection due: threshold 700)
        assert gc.isenabled()
        assert gc.get_freeze_count() == frozen   # (nothing unfrozen, nothing added)
    finally:
        gc.unfreeze()


def test_respelled_copies_built_when_reached():
    # د typed glued to the next word (older typing) and ش for ښ: two copies of the sentence
    t = Target("دکابل ښاروال وویل چې په پشتو ژبه ښوونځي جوړوي.")
    it = iter(t.respelled(get_glossary(None)))
    first, where = next(it)
    assert first.ps_words[:2] == ("د", "کابل") and where[:2] == [0, 0]
    assert len(t._respelled[1]) == 1          # only the first copy so far
    rest = list(it)
    assert any("پښتو" in other.ps_words for other, _ in rest)
    again = list(t.respelled())               # built once, the same copies in the same order
    assert [o for o, _ in again] == [first] + [o for o, _ in rest]


def test_glued_name_found_through_a_copy():
    gl = get_glossary(None)
    en = "The mayor of Kabul opened a new school."
    ps = "دکابل ښاروال یو نوی ښوونځی پرانیست."
    found = [find_counterpart(m, Target(ps), gl) for m in extract_names(en, gl)]
    assert found and all(f.how for f in found)
