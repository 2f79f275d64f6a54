"""Negation, omission/addition, untranslated, format: both sides of the line, on real text."""
from collections import Counter

import pytest

from aligner.checks import run_checks
from aligner.checks.negation import NegationCheck, negations
from aligner.checks.format import FormatCheck
from aligner.checks.untranslated import UntranslatedCheck
from aligner.text.langid import detect
from tests.helpers import (context_from_lines, ntrex_documents, ntrex_lines, ntrex_verdicts, pair_from_texts,
                           seed_lines, verdict_key)


def codes(check, en, ps):
    pair = pair_from_texts(en, ps)
    return [f.code for f in check().check_pair(pair, None)]


# --- negation -------------------------------------------------------------------------

@pytest.mark.parametrize("en, ps", [
    ("The project will not reduce emissions.", "دا پروژه به اخراج کم نه کړي."),
    ("He did not attend the meeting.", "هغه په غونډه کې ګډون ونه کړ."),
    ("There is no electricity in the village.", "په کلي کې بریښنا نشته."),
    ("They cannot export the products.", "دوی محصولات نشي صادرولای."),
    ("She never said that.", "هغې هیڅکله داسې ونه ویل."),
    ("The plant was built without a permit.", "فابریکه بې جوازه جوړه شوې وه."),
    ("He is unable to travel.", "هغه سفر نشي کولی."),
    # paraphrases that Pashto says with نه (NTREX): "impossible", "doubt", "underprepared", "ignore"
    ("It is impossible to reach the mine.", "کان ته رسېدل نشي کېدای."),
    ("He doubts the push will be enough.", "هغه شکمن دی چې دا هڅه کافي ګام ندی."),
    ("The country remains woefully underprepared.", "هېواد هېڅ ډول تیاری نه لري."),
    ("The company ignores the warning.", "شرکت خبرتیا ته پام نه کوي."),
    # not verb negations: نه before an agentive adjective, after د + verbal noun, د نشې (drunk)
    ("Graham's vote appears set in stone.", "داسې ښکاري چې د ګراهام رایه نه بدلېدونکې ده."),
    ("He paid her to keep quiet.", "هغې ته یې د څه نه ویلو لپاره پیسې ورکړې."),
    ("He groped her drunkenly.", "هغه د نشې په حال کې ورته لاس ور واچاوه."),
    ("We are playing for nothing.", "موږ د هېڅ لپاره لوبه کوو."),
    # نه of a postposition: "د زلزلې نه وروسته" (after the earthquake)
    ("Strong aftershocks continue after the quake.", "د زلزلې نه وروسته ځواکمن ټکانونه دوام لري."),
    # "interrupting regular programming" ↔ "programmes were not broadcast"
    ("Broadcasters were interrupting regular programming.", "ورځني پروګرامونه خپاره نه شول."),
    # a negative yes/no question asks for agreement (NTREX ntrex058): a plain question renders it
    ("I kept thinking: can't the British film industry give Rowan Atkinson a better role?",
     "ما فکر کاوه: ایا د انګلستان د فلم صنعت روان اټکنسن ته غوره رول ورکولی شي؟"),
    # له X تېرېدل: to forgo X (NTREX ntrex100, "not to seek the death penalty")
    ("The defense asked prosecutors not to seek the death penalty.",
     "د دفاع ډلې له څارنوالانو غوښتي و چې د مرګ له سزا تیر شي."),
])
def test_legitimate_negations_are_not_flagged(en, ps):
    assert codes(NegationCheck, en, ps) == []


@pytest.mark.parametrize("en, ps, code", [
    ("The project will not reduce emissions.", "دا پروژه به اخراج کم کړي.", "NEG-MISSING"),
    ("He did not attend the meeting.", "هغه په غونډه کې ګډون وکړ.", "NEG-MISSING"),
    # تېر without a له phrase is "last" / "past", not "forgo"
    ("Exports did not rise last year.", "تېر کال صادرات لوړ شول.", "NEG-MISSING"),
    ("He did not cross since last week.", "هغه له تېرې اونۍ راهیسې تېر شو.", "NEG-MISSING"),
    # a negated statement is not a question because a question follows it
    ("He can't attend the meeting. Why?", "هغه په غونډه کې ګډون کولی شي. ولې؟", "NEG-MISSING"),
    ("Why can't he attend, he asked, when the others can?", "هغه وپوښتل چې ولې هغه ګډون کولی شي؟", "NEG-MISSING"),
    ("The plant meets the standard.", "فابریکه معیار نه پوره کوي.", "NEG-ADDED"),
    ("This project will open up a new market.", "دا پروژه به نوی بازار نه پرانیزي.", "NEG-ADDED"),
    ("The project uses the bauxite resources.", "دا پروژه له باکسایټ سرچینو څخه ګټه نه اخلي.", "NEG-ADDED"),
    ("Exports rose last year.", "تېر کال صادرات هیڅکله لوړ شوي ندي.", "NEG-ADDED"),
    # نه before past/present forms that end like infinitives or take no listed ending
    ("He was arrested on assault charges.", "هغه د تاوتریخوالي په تور ونیول نه شول.", "NEG-ADDED"),
    ("The war is entering its eighth year.", "جګړه اتم کال ته نه ننوځي.", "NEG-ADDED"),
    ("The rallies help Republicans gain momentum.", "لاریونونه مرسته کوي چې جمهوري غوښتونکي لاسته راوړنې نه ولري.", "NEG-ADDED"),
    ("He had 18 tackles in total.", "په مجموعي توګه یې اتلس ځله بال تر لاسه کړی نه و.", "NEG-ADDED"),
    # "in-" words are not negations unless listed (Intelligence, involved)
    ("The vestry had been involved in hiring the architects.", "د پانګو خونه د معمارانو په ګومارلو کې کومه ونډه نه لري.", "NEG-ADDED"),
    ("A source said: Truly was the top of Holly's priorities.", "یوې سرچینې وویل: دا د هولي په لومړیتوب کې نه وو.", "NEG-ADDED"),
    # Pashto is verb-final: نه before the clause's last word; و + past ending (perfective)
    ("China's government has promised universal access.", "د چین حکومت د نړیوال لاسرسي ژمنه نه کړې.", "NEG-ADDED"),
    ("Dennis McCarthy wrote in the release.", "ډینیس مک کارتي په رسنیزه اعلامیه کې نه ولیکل.", "NEG-ADDED"),
    # له / تر set phrases and closed phrases do not make نه a postposition
    ("The option received the most support from the public.", "دې انتخاب د عامه خلکو له لوري ډېر ملاتړ ترلاسه نه کړ.", "NEG-ADDED"),
    ("The nations face pervasive problems with gangs.", "دا هېوادونه د ډلو له ستونزې سره مخ نه دي.", "NEG-ADDED"),
    ("This makes it the largest wind project.", "دا یې تر ټولو لویه پروژه نه ګرځوي.", "NEG-ADDED"),
])
def test_polarity_changes_are_flagged(en, ps, code):
    assert codes(NegationCheck, en, ps) == [code]


def test_ablative_na_and_ordinal_suffix_are_not_negations():
    assert [n[3] for n in negations("له کابل نه تر هرات پورې سړک جوړ شو.", "ps")] == ["weak"]
    assert codes(NegationCheck, "The road was built from Kabul to Herat.", "له کابل نه تر هرات پورې سړک جوړ شو.") == []
    assert [n[3] for n in negations("په ۲۵ مه دقیقه کې یې ګول وکړ.", "ps")] == []
    assert negations("نهه کسان ووژل شول.", "ps") == []


def test_negation_spans_point_at_the_words():
    en = "Kazakhstan will not export alumina."
    f = list(NegationCheck().check_pair(pair_from_texts(en, "قزاقستان به الومینا صادر کړي."), None))[0]
    assert f.source.text == "not" and en[f.source.start:f.source.end] == "not"


# --- untranslated ---------------------------------------------------------------------

def test_untranslated_words_and_sentences():
    en = "The company builds photovoltaic power stations."
    assert codes(UntranslatedCheck, en, "شرکت photovoltaic بریښنا سټیشنونه جوړوي.") == ["UNTRANS-WORD"]
    assert codes(UntranslatedCheck, en, en) == ["UNTRANS-SENTENCE"]
    # the English has the word in a possessive or plural form (NTREX plant: democracy's)
    en = "The course of history pivots, and democracy's inexorable march is accelerated."
    assert codes(UntranslatedCheck, en, "د تاریخ مسیر او د democracy بهیر ګړندی کېږي.") == ["UNTRANS-WORD"]
    assert codes(UntranslatedCheck, "Two refineries were built.", "دوه refinery جوړې شوې.") == ["UNTRANS-WORD"]
    assert codes(UntranslatedCheck, "Breakthroughs in low-carbon smelting.", "د ټیټ carbon ویلې کولو لاسته راوړنې.") == ["UNTRANS-WORD"]
    # names, acronyms, codes, URLs are fine
    assert codes(UntranslatedCheck, "Tesla's Berlin factory meets EU CBAM rules, see https://example.org/x.",
                 "د Tesla د Berlin فابریکه د EU د CBAM قواعد پوره کوي، https://example.org/x وګورئ.") == []
    # foreign (non-English) words quoted as words are kept on purpose (NTREX: Welsh)
    assert codes(UntranslatedCheck, "In Welsh twp means daft and pwp means poo.",
                 "په والس کې twp د احمق په معنی دی او pwp فاضله موادو ته وایي.") == []


# --- format ---------------------------------------------------------------------------

def test_format_findings_both_sides():
    assert codes(FormatCheck, "Visit https://example.org/a today.", "نن https://example.org/b وګورئ.") == ["FMT-URL"]
    assert codes(FormatCheck, "It grew 25 percent.", "دا ۲5 سلنه لوړ شو.") == ["FMT-DIGIT-SCRIPT"]
    assert codes(FormatCheck, "Is it ready?", "ایا دا چمتو ده.") == ["FMT-QUESTION"]
    assert codes(FormatCheck, "Is it ready?", "ایا دا چمتو ده؟") == []
    assert codes(FormatCheck, "The report of the bank.", "د د بانک راپور.") == ["FMT-DOUBLED-WORD"]
    assert codes(FormatCheck, "Again and again.", "بیا بیا.") == []            # reduplication is Pashto
    assert codes(FormatCheck, "The plan (phase one) starts.", "پلان (لومړی پړاو پیلیږي.") == ["FMT-BRACKETS"]
    assert codes(FormatCheck, "The plan (phase one) starts.", "پلان (لومړی پړاو) پیلیږي.") == []


# --- omission / addition from the alignment ---------------------------------------------

@pytest.mark.parametrize("drop", [True, False])
def test_partial_omission_in_a_merged_bead(drop):
    """NTREX document 73: its Pashto line 12 deleted, the aligner merges English 11+12 onto
    Pashto 11 (a 2-1 bead that still looks similar): OMIT-PARTIAL; with both Pashto lines
    joined instead (a legitimate merge), nothing."""
    from aligner.model import Bead
    _, en, ps = ntrex_documents()[73]
    ps_doc = ps[:12] + ps[13:] if drop else ps[:11] + [ps[11] + " " + ps[12]] + ps[13:]
    ctx = context_from_lines(en, ps_doc)
    r = ctx.result
    r.beads = [Bead((i,), (i,), 0.95, 0.88) for i in range(11)] + [Bead((11, 12), (11,), 0.95, 0.89)] + \
              [Bead((i,), (i - 1,), 0.95, 0.88) for i in range(13, len(en))]
    found = [(f.code, f.bead) for f in run_checks(r, {"select": ["OMIT"]})]
    assert found == ([("OMIT-PARTIAL", 11)] if drop else [])


def test_null_beads_become_omission_and_addition_findings():
    from aligner.model import Bead
    en, ps = seed_lines()
    ctx = context_from_lines(en[:6], ps[:6])
    r = ctx.result
    r.beads = [Bead((0,), (0,), 0.9, 0.9), Bead((1,), (), 0.8), Bead((), (1,), 0.7)] + \
              [Bead((i,), (i,), 0.9, 0.9) for i in range(2, 6)]
    found = run_checks(r, {"select": ["OMIT", "ADD"]})
    assert [(f.code, f.severity) for f in found] == [("OMIT-SENTENCE", "error"), ("ADD-SENTENCE", "warning")]
    om = found[0]
    assert r.source.text[om.source.start:om.source.end] == en[1]


# --- language identification ------------------------------------------------------------

def test_language_identification_tells_pashto_from_persian_and_arabic():
    en, ps = seed_lines()
    assert detect("\n".join(ps)).lang == "ps"
    assert detect("\n".join(en)).lang == "en"
    assert detect("این یک متن فارسی است که برای آزمایش نوشته شده و از آن برای تشخیص زبان استفاده می شود.").lang == "fa"
    assert detect("هذا نص باللغة العربية في هذه الوثيقة التي كتبت من أجل الاختبار على النظام.").lang == "ar"


# --- false alarms on real professional translations --------------------------------------

@pytest.fixture(scope="module")
def ntrex_findings():
    en, ps = ntrex_lines()
    ctx = context_from_lines(en, ps)
    return Counter(f.code for f in run_checks(ctx.result, {"select": ["NEG", "UNTRANS", "FMT-URL", "FMT-DIGIT"]}))


@pytest.fixture(scope="module")
def ntrex_negation_verdicts():
    """The NEG warnings and errors over NTREX, document by document (as bench/false_alarms.py
    keys and counts them: info findings are not alarms), each with its hand verdict in
    bench/data/ntrex_verdicts.tsv (None: not judged yet)."""
    verdicts = ntrex_verdicts()
    out = []
    for doc, (_, en, ps) in enumerate(ntrex_documents()):
        for f in run_checks(context_from_lines(en, ps).result, {"select": ["NEG"]}):
            if f.severity not in ("warning", "error"):
                continue
            verdict = verdicts.get(verdict_key(doc, f))
            out.append((verdict_key(doc, f), verdict[0] if verdict else None))
    return out


def test_ntrex_negation_and_untranslated_false_alarms_are_bounded(ntrex_findings, ntrex_negation_verdicts):
    # measured: NEG 15 findings over the 123 documents (planted-negation recall 97%): 11 real
    # polarity losses or omissions in the reference translation, 4 false alarms (won't → 'was
    # delayed', anti-aircraft and non-UK rendered without a negation, a NEG-POLARITY on another
    # word's increase); an unjudged finding counts as a false alarm.  (s24: the promotion of the
    # flips of place, time, order and size back to warnings, which raised this to 6, was reverted:
    # they report at info, issue 11 item 4)
    not_real = [key for key, verdict in ntrex_negation_verdicts if verdict != "real"]
    assert len(not_real) <= 5, not_real
    assert sum(verdict == "real" for _, verdict in ntrex_negation_verdicts) >= 10   # still found
    assert ntrex_findings["UNTRANS-WORD"] + ntrex_findings["UNTRANS-SENTENCE"] <= 6
    assert ntrex_findings["FMT-URL"] + ntrex_findings["FMT-DIGIT-SCRIPT"] <= 2


def test_low_confidence_bead_is_an_info_finding():
    from aligner.model import Bead
    en, ps = seed_lines()
    ctx = context_from_lines(en[:6], ps[:6])
    r = ctx.result
    r.beads = [Bead((i,), (i,), 0.9 if i != 2 else 0.3, 0.85) for i in range(6)]
    found = run_checks(r, {"select": ["ALIGN"]})
    assert [(f.code, f.severity, f.bead) for f in found] == [("ALIGN-LOW-CONFIDENCE", "info", 2)]


@pytest.mark.parametrize("en, ps, expected", [
    ("The meeting starts at 10:30.", "غونډه په ۱۰:۳۰ بجو پیلیږي.", []),
    ("The meeting starts at 10:30.", "غونډه په ۱۱:۳۰ بجو پیلیږي.", [("TIME-MISMATCH", "date")]),
    ("The shooting took place at 7 p.m.", "ډزې د ماښام په ۸ بجو وشوې.", [("TIME-MISMATCH", "date")]),
    ("The shooting took place at 7 p.m.", "ډزې د ماښام په ۷ بجو وشوې.", []),
    ("The shooting took place at 7 p.m.", "ډزې د ورځې په ۱۹ بجو وشوې.", []),          # 24-hour clock
])
def test_times_of_day_are_compared(en, ps, expected):
    ctx = context_from_lines([en], [ps])
    got = [(f.code, f.category) for f in run_checks(ctx.result, {"select": ["NUM", "TIME", "DATE"]})]
    assert got == expected


def test_time_mismatch_message_quotes_both_times_as_written():
    ctx = context_from_lines(["The shooting took place at 7 p.m."], ["ډزې د ماښام په ۸ بجو وشوې."])
    f, = run_checks(ctx.result, {"select": ["TIME"]})
    assert f.message == "English time '7 p.m.' is '۸ بجو' in Pashto"
    assert (f.source.text, f.target.text) == ("7 p.m.", "۸ بجو")
