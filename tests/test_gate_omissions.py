"""Issue 12: omissions you can believe. Null beads are real missing sentences, not merges,
loose renderings or headings numbered in words; their confidence sets OMIT-SENTENCE's severity.

The legal text (a preamble and numbered articles) and its Pashto are written for these tests;
the NTREX document comes from tests/data/ntrex-en-ps."""
from aligner import check
from tests.helpers import ntrex_documents

EN = [
    "Universal Declaration of Human Rights",
    "Whereas recognition of the inherent dignity and of the equal and inalienable rights of all members "
    "of the human family is the foundation of freedom, justice and peace in the world.",
    "Now, therefore,",
    "The General Assembly",
    "Proclaims this Universal Declaration of Human Rights as a common standard of achievement for all "
    "peoples and all nations.",
    "Article 1",
    "All human beings are born free and equal in dignity and rights.",
    "Article 2",
    "Everyone is entitled to all the rights and freedoms set forth in this Declaration, without "
    "distinction of any kind.",
    "Article 26",
    "Everyone has the right to education.",
    "Article 27",
    "Everyone has the right freely to participate in the cultural life of the community.",
]

PS = [
    "د بشري حقونو نړیواله اعلامیه",
    "څرنګه چې د بشري کورنۍ د ټولو غړو د ذاتي عزت او مساوي او نه بېلېدونکو حقونو پېژندل په نړۍ کې "
    "د آزادۍ، عدالت او سولې بنسټ دی.",
    "نو له دې امله، عمومي اسامبله دا د بشري حقونو نړیواله اعلامیه د ټولو خلکو او ټولو ملتونو لپاره "
    "د لاسته راوړنې د یوه ګډ معیار په توګه اعلانوي.",
    "لومړۍ ماده",
    "ټول انسانان په عزت او حقونو کې آزاد او برابر زېږېدلي دي.",
    "دویمه ماده",
    "هر څوک د هر ډول توپیر پرته په دې اعلامیه کې د ټولو ذکر شویو حقونو او آزادیو مستحق دی.",
    "شپږ ویشتمه ماده",
    "هر څوک د زده کړې حق لري.",
    "اووه ویشتمه ماده",
    "هر څوک حق لري چې د ټولنې په کلتوري ژوند کې په آزاده توګه ګډون وکړي.",
]


def _beads(r):
    return [(b.source, b.target) for b in r.beads]


def _codes(r, *codes):
    return [f for f in r.findings if f.code in codes]


def test_preamble_merge_and_ordinal_headings_align(encoder):
    r = check("\n".join(EN), "\n".join(PS), segmented=True, encoder=encoder)
    beads = _beads(r)
    # "Now, therefore," / "The General Assembly" / "Proclaims …" → one Pashto sentence
    assert ((2, 3, 4), (2,)) in beads
    # Article 1 ↔ لومړۍ ماده, Article 26 ↔ شپږ ویشتمه ماده, Article 27 ↔ اووه ویشتمه ماده
    assert ((5,), (3,)) in beads and ((9,), (7,)) in beads and ((11,), (9,)) in beads
    assert all(b.source and b.target for b in r.beads), beads
    # a correct translation comes out clean: no omission, no addition, no number reported
    # missing on an article whose number is written as an ordinal word
    assert not _codes(r, "OMIT-SENTENCE", "ADD-SENTENCE", "NUM-MISSING", "NUM-EXTRA", "NUM-MISMATCH"), \
        [(f.code, f.message) for f in r.findings]


def test_heading_numbers_decide_between_headings(encoder):
    # the Pashto headings carry their numbers in words only; swapped articles are not
    # aligned by the word ماده alone
    en = ["Article 26", "Everyone has the right to education.",
          "Article 27", "Everyone has the right freely to participate in the cultural life of the community."]
    ps = ["شپږ ویشتمه ماده", "هر څوک د زده کړې حق لري.",
          "اووه ویشتمه ماده", "هر څوک حق لري چې د ټولنې په کلتوري ژوند کې په آزاده توګه ګډون وکړي."]
    r = check("\n".join(en), "\n".join(ps), segmented=True, encoder=encoder)
    assert _beads(r) == [((i,), (i,)) for i in range(4)]


def test_dropped_sentence_inside_a_run_of_merges_is_reported(encoder):
    _first, en, ps = ntrex_documents()[3]          # the shark story (14 sentence pairs)
    k = 8                                           # (lines 4-5 split a quotation differently)
    # 2-1, 1-0, 1-2: two merges around a truly dropped sentence
    ps_edit = ps[:k] + [ps[k] + " " + ps[k + 1]] + [ps[k + 3], ps[k + 4]] + ps[k + 5:]
    en_edit = en[:k + 3] + [en[k + 3] + " " + en[k + 4]] + en[k + 5:]
    r = check("\n".join(x.strip() for x in en_edit), "\n".join(x.strip() for x in ps_edit),
              segmented=True, encoder=encoder)
    beads = _beads(r)
    assert ((k, k + 1), (k,)) in beads
    assert ((k + 2,), ()) in beads
    assert ((k + 3,), (k + 1, k + 2)) in beads
    omitted = _codes(r, "OMIT-SENTENCE")
    assert [f.source_value for f in omitted] == [en_edit[k + 2].strip()]
    assert omitted[0].severity == "error"
    null = [b for b in r.beads if not b.source or not b.target]
    assert len(null) == 1 and null[0].score >= 0.5


def test_clean_ntrex_document_has_no_omission(encoder):
    _first, en, ps = ntrex_documents()[3]
    r = check("\n".join(x.strip() for x in en), "\n".join(x.strip() for x in ps), segmented=True,
              encoder=encoder)
    assert _beads(r) == [((i,), (i,)) for i in range(len(en))]
    assert not _codes(r, "OMIT-SENTENCE", "ADD-SENTENCE")


def test_low_confidence_omission_is_a_warning(encoder):
    # a short unfinished line with no counterpart is reported, but only as a warning
    en = EN[5:9]
    ps = PS[3:7]
    en = en[:2] + ["As stated above,"] + en[2:]
    r = check("\n".join(en), "\n".join(ps), segmented=True, encoder=encoder)
    for f in _codes(r, "OMIT-SENTENCE"):
        b = r.beads[f.bead]
        assert (f.severity == "error") == (b.score >= 0.5)


def test_splitter_keeps_reported_speech_tails_and_lone_quotes():
    """Running text: a short reported-speech clause after a quotation, and a closing quote
    after a space, stay with the sentence they close (no 0-1 bead for a stray tail)."""
    from aligner.text.segment import split_sentences
    ps = '"توپان به سبا ساحل ته ورسېږي." د هوا د وړاندوینې اداره وویل. بل ځل به باران وي.'
    assert [s.text for s in split_sentences(ps, "ps")] == [
        '"توپان به سبا ساحل ته ورسېږي." د هوا د وړاندوینې اداره وویل.', "بل ځل به باران وي."]
    assert len(split_sentences('"موږ تیار یو. " هغه ولاړ.', "ps")) == 2
    en = '"We are ready!" Mr Lane added. The rain came later.'
    assert [s.text for s in split_sentences(en, "en")] == ['"We are ready!" Mr Lane added.', "The rain came later."]
    # without a quotation before it, a short English sentence stands alone
    assert len(split_sentences("He left. The judge added. More came.", "en")) == 3


def test_pashto_copula_wa_ends_a_sentence():
    """"… شوي و." ends a sentence (و is the past copula, not an initial): two Pashto
    sentences are not read as one, which left their English counterparts as a merge plus an
    omission in running text."""
    from aligner.text.segment import split_sentences
    ps = "دوی 90 سلنه یې نورو هېوادونو ته صادر شوي و. د انګلستان نورو جوړوونکو اندیښنه ښودلې ده."
    assert len(split_sentences(ps, "ps")) == 2
    assert len(split_sentences("ع. احمد راغی. هغه ولاړ.", "ps")) == 2


_BUDGET_EN = [
    "The city council voted on the new budget on Tuesday evening.",
    "The plan raises spending on schools and roads by 15 percent next year.",
    "The mayor thanked 12 members.",
    "The mayor said the vote showed that the city trusts its council, and she thanked the 20 members "
    "who took part in the debate.",
    "The budget will take effect in January.",
]
_BUDGET_PS = [
    "د ښار شورا د سه شنبې په ماښام د نوې بودیجې په اړه رایه ورکړه.",
    "دا پلان راتلونکی کال د ښوونځیو او سړکونو لګښت ۱۵ سلنه زیاتوي.",
    "ښاروالې وویل چې رایې وښودله چې ښار پر خپلې شورا باور لري، او له هغو ۲۰ غړو یې مننه وکړه چې "
    "په بحث کې یې برخه اخیستې وه.",
    "بودیجه به د جنورۍ په میاشت کې پلي شي.",
]


def test_short_dropped_sentence_with_a_number_is_not_merged(encoder):
    """A short complete sentence dropped next to a related one ("The mayor thanked 12 members."
    beside "… thanked the 20 members …") is an omission, not part of a merge: none of its numbers
    is on the other side of either merge it could join (one sentence per line and running text)."""
    for sep, segmented in (("\n", True), (" ", False)):
        r = check(sep.join(_BUDGET_EN), sep.join(_BUDGET_PS), segmented=segmented, encoder=encoder)
        beads = _beads(r)
        assert ((2,), ()) in beads and ((3,), (2,)) in beads, beads
    from aligner.align.dp import _number_parts
    assert _number_parts("Perfect time is 5.30pm") & _number_parts("بجې ۵:۳۰ دي")
    # یو / یوه (a, one) and "first" are no count to veto a merge with
    assert not _number_parts("دا یوه ښه ورځ وه.") and not _number_parts("He was the first one.")


def test_footnote_mark_stays_with_its_sentence():
    from aligner.text.segment import split_sentences
    assert len(split_sentences("له خپل مور و پلار نه یې پټ ساتي. (۲)", "ps")) == 1
    assert len(split_sentences("It was kept secret. [3]\n\nNext paragraph.", "en")) == 2


def test_split_translation_piece_is_not_an_addition():
    """Running text: a Pashto sentence the translator split off a longer one (the merge fits the
    length ratio better and costs almost nothing in margin) is absorbed, not reported as an
    addition; the same sentence whose merge costs margin and length stays a null bead."""
    from aligner.align.dp import AlignParams, NULL_FEATURES, _derived_features, _null_confidence
    base = {"margin": -0.004, "merge_dcos": -0.003, "merge_gain": -0.003, "pair_gain": -0.2,
            "fragment": 0.0, "short_fragment": 0.0, "log_words": 2.64, "same_block": 1.0, "short": 0.0,
            "number_veto": 0.0, "has_merge": 1.0,
            "has_edge": 1.0, "edge_margin": 0.01,   # the piece is about as close to the neighbour's edge as a merge's
            "rest_gain": 0.0}   # and the other side without that edge as close to the neighbour (a merge's median)
    split = _derived_features(dict(base, merge_len=0.2))
    real = _derived_features(dict(base, merge_gain=-0.06, merge_dcos=-0.03, merge_len=-0.3))
    assert set(NULL_FEATURES) <= set(split)
    assert _null_confidence(split) < AlignParams().null_threshold < _null_confidence(real)


def test_detached_closing_quote_and_harakat_word_before_stop():
    """A closing quote detached by a space stays with its sentence (not glued to the next one),
    and a word with harakat before the full stop (وِي.) is no initial: the sentence ends there."""
    from aligner.text.segment import split_sentences
    got = [s.text for s in split_sentences('"زه تسلیم شوی نه یم. " ده زیاته کړه چې کیم راغی.', "ps")]
    assert got == ['"زه تسلیم شوی نه یم. "', "ده زیاته کړه چې کیم راغی."]
    assert len(split_sentences("باید یوه رایه وِي. په دې کې ناکامي وه.", "ps")) == 2
    assert [s.text for s in split_sentences('He said. "Quote starts here." Then.', "en")] == [
        "He said.", '"Quote starts here."', "Then."]


def test_month_abbreviation_ends_a_sentence_before_a_capital():
    """"… closed until Oct. President Widodo …" is two sentences ("Oct. 5" stays one)."""
    from aligner.text.segment import split_sentences
    assert len(split_sentences("It will remain closed until Oct. President Widodo came.", "en")) == 2
    assert len(split_sentences("On Oct. 5 it rained. Then it stopped.", "en")) == 2


def test_number_disagreement_weighs_but_does_not_veto_a_merge():
    """Numbers that disagree between a null sentence and the merge it could join are a fitted
    feature of the null confidence (share of the merges whose numbers disagree), not a veto: a
    numbered piece the translator joined to its neighbour ("in the 1990s" ↔ "in the last decade
    of the twentieth century") still merges when the merge fits clearly, while the same
    disagreement tips a doubtful case to a reported omission (the mayor's 12 members above)."""
    from aligner.align.dp import AlignParams, NULL_FEATURES, _derived_features, _null_confidence
    assert "number_veto" in NULL_FEATURES
    base = {"margin": -0.004, "merge_dcos": -0.003, "merge_gain": -0.003, "pair_gain": -0.2,
            "fragment": 0.0, "short_fragment": 0.0, "log_words": 2.64, "same_block": 1.0, "short": 0.0,
            "has_merge": 1.0, "has_edge": 1.0, "edge_margin": 0.01, "rest_gain": 0.0}
    # a clear merge: better length fit, and the other side without the edge closer to the neighbour
    clear = _derived_features(dict(base, merge_len=0.3, rest_gain=0.01))
    doubtful = _derived_features(dict(base, merge_len=0.2))
    thr = AlignParams().null_threshold
    assert _null_confidence(dict(clear, number_veto=1.0)) < thr
    assert _null_confidence(dict(doubtful, number_veto=0.0)) < thr < _null_confidence(dict(doubtful, number_veto=1.0))


def test_decade_written_in_words_merges_into_its_neighbour(encoder):
    """Real text: "He moved to London in the 1990s." rendered inside the previous Pashto sentence
    as "in the last decade of the twentieth century" (its numbers disagree: 1990 ↔ 20) aligns as
    a 2-1 merge, no omission, one sentence per line and running text."""
    en = ["The writer was born in Kabul and studied law at the university there.",
          "He moved to London in the 1990s.",
          "There he wrote three novels about the war, and the first of them was translated into eleven "
          "languages.",
          "He still lives in the city with his family."]
    ps = ["لیکوال په کابل کې زیږېدلی او هلته یې په پوهنتون کې حقوق لوستي، او د شلمې پېړۍ په وروستۍ لسیزه "
          "کې لندن ته ولاړ.",
          "هلته یې د جګړې په اړه درې ناولونه ولیکل، او لومړی یې په یوولسو ژبو وژباړل شو.",
          "هغه لا هم د خپلې کورنۍ سره په همدې ښار کې اوسېږي."]
    for sep, segmented in (("\n", True), (" ", False)):
        r = check(sep.join(en), sep.join(ps), segmented=segmented, encoder=encoder)
        assert _beads(r) == [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]
        assert not _codes(r, "OMIT-SENTENCE", "ADD-SENTENCE")
