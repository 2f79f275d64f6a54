"""Names: romanisation matching (aligner/lang/translit.py) and the entity check
(aligner/checks/entities.py) — renderings of names found across spelling variants, swapped and
missing names caught, translated names left alone, and the false alarms on the 1,997
professional NTREX translations kept at most 8 (4 per 1,000 pairs; every finding judged in
bench/data/ntrex_verdicts.tsv)."""
from __future__ import annotations

import random

import pytest

from aligner.checks.base import REGISTRY
from aligner.checks.terminology import TerminologyCheck
from aligner.checks.entities import (RULES, EntityMismatch, EntityMissing, EntitySpelling, Target,
                                     claimed_words, document_words, entity_findings, extract_names,
                                     find_counterpart, has_name_evidence, review)
from aligner.lang.glossary import default_glossary, fold_ps
from aligner.lang.translit import (best_match, is_transliteration, match_threshold, similarity,
                                   spelled_acronym)
from tests.helpers import (context_from_lines, ntrex_documents, ntrex_verdicts,
                           seed_lines, verdict_key)


def findings(en_lines, ps_lines, config=None):
    return entity_findings(context_from_lines(en_lines, ps_lines, config))


def test_one_registered_rule_per_code():
    assert REGISTRY["ENTITY-MISSING"] is EntityMissing
    assert REGISTRY["ENTITY-MISMATCH"] is EntityMismatch
    assert REGISTRY["ENTITY-SPELLING"] is EntitySpelling
    assert [(r.category, r.severity) for r in RULES] == [("entity", "error"), ("entity", "warning"),
                                                         ("entity", "warning")]
    assert all(r.description and not r.codes for r in RULES)      # each rule emits its own code only


def test_rules_share_one_review_and_each_reports_its_own_code():
    en = ["Orzas Bektonov met officials in Zhanatas.", "Liu Yongxing also came.",
          "Orzas Bektonov spoke first."]
    ps = ["اورزاس بیکټونوف په ژاناتاس کې له چارواکو سره ولیدل.", "لیو یونګ شینګ هم راغی.",
          "لیو لومړی خبرې وکړې."]
    ctx = context_from_lines(en, ps)
    issues = review(ctx)
    assert review(ctx) is issues                                    # computed once per run
    assert [i.kind for i in issues] == ["ENTITY-MISMATCH"]
    assert [f.code for f in EntityMismatch().run(ctx)] == ["ENTITY-MISMATCH"]
    assert list(EntityMissing().run(ctx)) == [] and list(EntitySpelling().run(ctx)) == []


# --- romanisation ------------------------------------------------------------------------------

@pytest.mark.parametrize("latin, pashto", [
    ("Bektonov", "بیکټونوف"),
    ("Liu Yongxing", "لیو یونګ شینګ"),      # a name split into syllables
    ("Orzas", "اورزاس"),
    ("Harbin", "هاربین"),
    ("Tesla", "ټیسلا"),
    ("Berlin", "برلین"),
    ("Dongfang", "دونګ فانګ"),
    ("Ivanov", "ایوانوف"),                   # v → و and final -ov → وف
    ("Zoran Zaev", "زوران زایف"),
    ("Macedonia", "مقدونیې"),                # inflected ending, c → ق
    ("Mayorga", "مایوګرا"),                  # two consonants the other way round
    ("Fleischer", "فلیسچر"),
    ("Kavanaugh", "کاوانا"),
    ("Pompeo", "پومپیو"),
    ("Trump", "ټرمپ"),
    ("Gjorge", "جورج"),
    ("Czeisler", "سیزلر"),
])
def test_transliterations_match(latin, pashto):
    assert is_transliteration(latin, pashto)


@pytest.mark.parametrize("latin, pashto", [
    ("Bektonov", "لیو"),
    ("Liu", "بیکټونوف"),
    ("Harbin", "برلین"),
    ("Tesla", "ټولې"),
    ("Berlin", "بریښنا"),
    ("Orzas", "اروپا"),
    ("Zaev", "زیات"),
    ("Kavanaugh", "کینیډي"),
])
def test_different_names_do_not_match(latin, pashto):
    assert not is_transliteration(latin, pashto)


def test_spelling_variants_of_pashto_letters_do_not_matter():
    # Arabic yeh / kaf / Persian gaf, bidi marks: the same rendering
    assert similarity("Yongxing", "يونگ شينگ") == similarity("Yongxing", "یونګ شینګ")
    assert is_transliteration("Berlin", "\u200eبرلين\u200f")


def test_best_match_finds_a_run_of_words():
    tokens = [fold_ps(w) for w in "له رییس لیو یونګ شینګ سره ولیدل".split()]
    m = best_match("Yongxing", tokens)
    assert (m.first, m.last) == (3, 4) and m.score >= match_threshold("Yongxing")
    # common words are never part of a rendering: "په داسې" is not Bottas
    assert best_match("Bottas", [fold_ps(w) for w in "په داسې حال کې".split()], min_score=0.3) is None


def test_short_names_need_a_closer_match():
    assert match_threshold("Li") > match_threshold("Bektonov")


@pytest.mark.parametrize("acronym, pashto, hit", [
    ("BBC", "راس بي بي سي ته وویل", (1, 3)),
    ("FBI", "د ایف بي آی پلټنه", (1, 3)),
    ("MSNBC", "د ایم این سي بي له مخې", (1, 4)),      # one letter lost, two swapped
    ("HMC", "د ښوونځیو مسولین", None),
    ("NBC", "بي سي", None),
])
def test_acronyms_spelled_out(acronym, pashto, hit):
    assert spelled_acronym(acronym, [fold_ps(w) for w in pashto.split()]) == hit


# --- which English words are names ---------------------------------------------------------------

def test_names_of_the_seed_sentence():
    en, _ = seed_lines()
    mentions = {m.text: m for m in extract_names(en[0], default_glossary())}
    assert mentions["Orzas Bektonov"].kind == "name" and mentions["Orzas Bektonov"].after_title
    assert mentions["Liu Yongxing"].words == ("Liu", "Yongxing")
    assert mentions["Kazakhstani"].kind == "glossary" and mentions["China"].kind == "glossary"
    # titles, months and translated organisation words are not names
    for not_a_name in ("Prime Minister", "June", "Chairman", "Eastern Hope Group", "Eastern", "Hope"):
        assert not_a_name not in mentions
    assert "GW" not in mentions          # "3 GW" is a unit


def test_sentence_initial_and_headline_words_are_not_names():
    g = default_glossary()
    assert extract_names("Balancing scale and technology: the first phase starts.", g) == []
    assert extract_names("Shark Injures Diver Near Popular Beach", g) == []
    assert extract_names("Overcapacity concerns: the rate has fallen below 65%.", g) == []
    # but a word the document also capitalises in mid-sentence is a name at the start too
    doc = document_words([("The minister met Bektonov.", {0}), ("Bektonov said no.", {0})])
    assert [m.text for m in extract_names("Bektonov said no.", g, doc, {0})] == ["Bektonov"]


def test_name_evidence():
    g = default_glossary()
    doc = document_words([("He met Orzas Bektonov and Harbin officials.", {0})])
    by_text = {m.text: m for m in extract_names("He met Orzas Bektonov and Harbin officials.", g, doc)}
    assert has_name_evidence(by_text["Orzas Bektonov"], doc)      # two name words
    assert not has_name_evidence(by_text["Harbin"], doc)          # could be anything: silent
    zh = extract_names("The Zhanatas wind farm opened.", g)[0]
    assert zh.text == "Zhanatas" and has_name_evidence(zh, document_words([]))   # zh: not English


# --- the check ---------------------------------------------------------------------------------

EN = ["On June 9th, Kazakhstani Prime Minister Orzas Bektonov met with Liu Yongxing, "
      "Chairman of China Eastern Hope Group.",
      "Bektonov said the project would create 10000 jobs."]
PS = ["د جون په نهمه نیټه، د قزاقستان لومړي وزیر اورزاس بیکټونوف د چین د ختیځ امید ګروپ "
      "له رییس لیو یونګ شینګ سره ولیدل.",
      "بیکټونوف وویل چې دا پروژه به ۱۰۰۰۰ دندې رامنځته کړي."]


def test_correct_translation_is_clean():
    assert findings(EN, PS) == []


def test_swapped_name_is_a_mismatch_with_spans():
    ps = [PS[0], "لیو وویل چې دا پروژه به ۱۰۰۰۰ دندې رامنځته کړي."]
    ctx = context_from_lines(EN, ps)
    found = entity_findings(ctx)
    assert [f.code for f in found] == ["ENTITY-MISMATCH"]
    f = found[0]
    assert f.severity == "error" and f.bead == 1
    assert f.source.text == "Bektonov" == ctx.result.source.text[f.source.start:f.source.end]
    assert f.target.text == "لیو" == ctx.result.target.text[f.target.start:f.target.end]
    assert "Liu Yongxing" in f.message


def test_missing_name_is_reported():
    ps = [PS[0].replace("اورزاس بیکټونوف", "هغه"), PS[1]]
    found = findings(EN, ps)
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Orzas Bektonov")]
    assert found[0].severity == "warning"


def test_name_missing_in_one_sentence_of_a_document_that_renders_it_elsewhere():
    en = ["Officials in Harbin welcomed the plan.", "Harbin has a weak industrial base."]
    ps = ["په هاربین کې چارواکو له پلان څخه هرکلی وکړ.", "دا ښار کمزوری صنعتي بنسټ لري."]
    assert findings(en, [ps[0], "د هاربین صنعتي بنسټ کمزوری دی."]) == []
    # "this city" (دا ښار) carries the Harbin given and rendered just before: no name dropped
    # (stop 20, entities._carried_by_reference) ...
    assert findings(en, ps) == []
    # ... but with no reference left behind, the name is dropped
    found = findings(en, [ps[0], "کمزوری صنعتي بنسټ لري."])
    assert [(f.code, f.bead, f.source.text) for f in found] == [("ENTITY-MISSING", 1, "Harbin")]


def test_translated_names_are_not_flagged():
    assert findings(["It met China Eastern Hope Group on Monday."],
                    ["دا د دوشنبې په ورځ د چین د ختیځ امید ګروپ سره وکتل."]) == []
    assert findings(["cooperation of China and Kazakhstan under “the Belt and Road”"],
                    ["د چین او قزاقستان د \"کمربند او لارې\" همکاري"]) == []


def test_seed_translation_has_no_entity_finding():
    en, ps = seed_lines()
    assert findings(en, ps) == []


def test_acronyms_and_glossary_names():
    en = ["It benchmarks with the EU Carbon Border Adjustment Mechanism (CBAM) standards."]
    assert findings(en, ["دا د اروپايي اتحادیې د کاربن پولې تنظیم کولو میکانیزم (CBAM) معیارونو سره سمون لري."]) == []
    found = findings(["The EU agreed."], ["حکومت موافقه وکړه."])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "EU")]
    assert "اروپايي اتحادیه" in found[0].message
    assert findings(["Ross told the BBC."], ["راس بي بي سي ته وویل."]) == []
    assert findings(["NATO will meet."], ["ناټو به غونډه وکړي."]) == []


def test_user_glossary_names(tmp_path):
    path = tmp_path / "names.tsv"
    path.write_text("Zhongrun\tژونګ رون|ژونګرون\n", encoding="utf-8")
    cfg = {"glossaries": [str(path)]}
    assert findings(["Zhongrun opened a plant."], ["ژونګرون یوه فابریکه پرانیسته."], cfg) == []
    found = findings(["Zhongrun opened a plant."], ["شرکت یوه فابریکه پرانیسته."], cfg)
    assert [f.code for f in found] == ["ENTITY-MISSING"]
    assert "ژونګ رون" in found[0].message
    # a name entry is the entity check's business, not the terminology check's
    ctx = context_from_lines(["Zhongrun opened a plant."], ["شرکت یوه فابریکه پرانیسته."], cfg)
    assert list(TerminologyCheck().run(ctx)) == []


# --- real data ---------------------------------------------------------------------------------

def test_ntrex_false_alarms_within_bound():
    """Every ENTITY finding on the 1,997 NTREX pairs has been read (bench/data/ntrex_verdicts.tsv,
    shared with bench/false_alarms.py): the ones judged false alarms — names replaced by a
    pronoun or a description ("his team" for Dundee, "this disease" for HIV) or left implied
    ("no deal" for a no-deal Brexit) — stay at most 8, and the genuine omissions, wrong and
    misspelt names of the reference translation stay found."""
    verdicts = ntrex_verdicts()
    got = []
    for d, (start, en, ps) in enumerate(ntrex_documents()):
        for f in entity_findings(context_from_lines(en, ps)):
            got.append((verdict_key(d, f), verdicts.get(verdict_key(d, f), ("unjudged",))[0]))
    not_real = [k for k, v in got if v != "real"]
    assert len(not_real) <= 8, not_real             # measured: 7 with the tool's own alignment
    real = {k for k, v in verdicts.items() if k[1].startswith("ENTITY") and v[0] == "real"}
    assert len({k for k, _ in got} & real) >= 0.9 * len(real)


def _name_swaps(limit: int = 150):
    """NTREX names with evidence whose rendering is replaced by another document's name."""
    g = default_glossary()
    rng = random.Random(7)
    docs = ntrex_documents()
    pool = []
    cases = []
    for start, en, ps in docs:
        doc = document_words((e, {0}) for e in en)
        for k, (e, p) in enumerate(zip(en, ps)):
            target = Target(p)
            for m in extract_names(e, g, doc, {0}):
                f = find_counterpart(m, target, g)
                if f.how != "sound" or m.kind != "name":
                    continue
                idx = claimed_words([m], target) | set(range(f.span[0], f.span[1] + 1))
                a, b = target.span(min(idx), min(idx))[0], target.span(max(idx), max(idx))[1]
                pool.append((start, p[a:b]))
                if has_name_evidence(m, doc) and sum(x.text == m.text for x in extract_names(e, g)) == 1:
                    cases.append((start, en, ps, k, m, a, b))
    rng.shuffle(cases)
    for start, en, ps, k, m, a, b in cases[:limit]:
        other = rng.choice([r for s, r in pool if s != start])
        lines = list(ps)
        lines[k] = ps[k][:a] + other + ps[k][b:]
        yield en, lines, k, m


def test_planted_name_swaps_are_caught():
    cases = list(_name_swaps())
    assert len(cases) >= 100
    hits = 0
    for en, ps, k, m in cases:
        hits += any(f.bead == k and f.source.text == m.text for f in findings(en, ps))
    assert hits / len(cases) >= 0.7, (hits, len(cases))


# --- planted-error patterns ----------------------------------------------------------------------

def test_half_of_a_person_name_replaced():
    en = ["Nelson Mandela said: \"If you talk to a man in a language he understands.\""]
    found = findings(en, ["نیلسون ایډوارډ وویل: \"که تاسو له یوه شخص سره خبرې وکړئ.\""])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Mandela")]
    assert findings(en, ["نیلسون منډیلا وویل: \"که تاسو له یوه شخص سره خبرې وکړئ.\""]) == []
    # a dropped given name is normal (ولسمشر ټرمپ)
    assert findings(["President Donald Trump won the district."],
                    ["ولسمشر ټرمپ دا ولسوالۍ وګټله."]) == []


@pytest.mark.parametrize("en, bad, good", [
    ("Although China has abundant bauxite reserves.",
     "که څه هم استرالیا د باکسایټ پراخې زیرمې لري.", "که څه هم چین د باکسایټ پراخې زیرمې لري."),
    ("Chinese companies grew.", "د جاپان شرکتونو وده وکړه.", "چینایي شرکتونو وده وکړه."),
    ("the largest project under China-Kazakhstan cooperation",
     "د بلجیم او قزاقستان د همکارۍ لاندې تر ټولو لویه پروژه",
     "د چین او قزاقستان د همکارۍ لاندې تر ټولو لویه پروژه"),
    ("using Kazakhstan’s solar resources", "د تاجکستان د لمریزې سرچینو کارول",
     "د قزاقستان د لمریزې سرچینو کارول"),
])
def test_glossary_place_replaced_by_another_place(en, bad, good):
    assert [f.code for f in findings([en], [bad])] == ["ENTITY-MISMATCH"]
    assert findings([en], [good]) == []


def test_common_pashto_and_glossary_words_do_not_render_names():
    en = ["She fired Ms. Maurice, saying the nanny, who was African-American, did a bad job."]
    found = findings(en, ["هغې اغلې ګیسلي وشړله او ویې ویل چې ساتونکې افریقايي امریکايي وه."])
    assert [f.source.text for f in found] == ["Maurice"]
    assert findings(en, ["هغې اغلې موریس وشړله او ویې ویل چې ساتونکې افریقايي امریکايي وه."]) == []


# --- names replaced by another name of the document (NTREX cases) -------------------------------

def _swap_codes(en_lines, ps_lines):
    return [(f.code, f.source.text if f.source else None, f.target_value) for f in findings(en_lines, ps_lines)]


def test_one_word_name_replaced_by_a_name_the_translator_renders_elsewhere():
    # "Plaid" alone has no evidence of being a name, but the Pashto has, in its place, the
    # document's rendering of Yorkshire (ntrex000-style plant)
    en = ["Plaid Cymru and Yorkshire politicians met on Monday.",
          "The Yorkshire delegation asked for more time.",
          "A Plaid AM said the group was not happy."]
    ps = ["د پلیډ کمري او یارکشیر سیاستوال د دوشنبې په ورځ سره وکتل.",
          "د یارکشیر پلاوي نور وخت وغوښت.",
          "د یارکشیر حزب یوه AM وویل چې ګروپ خوښ نه و."]
    assert ("ENTITY-MISMATCH", "Plaid", "Yorkshire") in _swap_codes(en, ps)
    ps_ok = ps[:2] + ["د پلیډ حزب یوه AM وویل چې ګروپ خوښ نه و."]
    assert _swap_codes(en, ps_ok) == []


def test_word_of_a_multi_word_name_counts_as_its_rendering():
    # Zoran Zaev is rendered زوران زایف elsewhere; زایف in place of Ivanov is a swap
    en = ["Macedonian President Gjorge Ivanov has said he will disregard the vote.",
          "Supporters of the referendum, including Prime Minister Zoran Zaev, argue otherwise."]
    ps = ["د مقدونیې ولس مشر جورج زایف ویلي چې دی به ټاکنو ته اعتنا ونکړي.",
          "د ټولپوښتنې ملاتړي، په شمول د لومړي وزیر زوران زایف، بل ډول استدلال کوي."]
    got = _swap_codes(en, ps)
    assert ("ENTITY-MISMATCH", "Ivanov", "Zoran Zaev") in got
    ok = ["د مقدونیې ولس مشر جورج ایوانوف ویلي چې دی به ټاکنو ته اعتنا ونکړي.", ps[1]]
    assert _swap_codes(en, ok) == []


def test_a_title_inside_a_run_starts_a_new_name():
    ms = extract_names("District of Columbia Attorney General Karl Racine said in a statement that "
                       "the new policy ignores decades of state, federal, and international law.",
                       default_glossary())
    karl = [m for m in ms if "Karl" in m.words]
    assert karl and karl[0].words == ("Karl", "Racine") and karl[0].after_title


def test_related_forms_and_short_adjectives_are_not_swaps():
    # Insta ~ انستاګرام (Instagram, another name of the document) is the same name
    en = ["Instagram is a photo-sharing site.", "Pupils opened fake Insta pages."]
    ps = ["انستاګرام د انځورونو د شریکولو سایټ دی.", "زده کوونکو د جعلي انستاګرام پاڼې جوړې کړې."]
    assert not [c for c in _swap_codes(en, ps) if c[0] == "ENTITY-MISMATCH"]
    # "the Spaniard" ↔ سوري ("hole"; also the adjective Syrian) is no country swap ...
    en = ["A bogey on the front nine dug the Spaniard into a hole."]
    ps = ["په مخامخ نهم سوري کې یو بوګي وشو."]
    assert not [c for c in _swap_codes(en, ps) if c[0] == "ENTITY-MISMATCH"]
    # ... but a demonym replaced by another country's name is
    en = ["This marks a leap for Chinese aluminum enterprises."]
    ps = ["دا د جاپان د المونیم تصدیو لپاره یو کود دی."]
    assert ("ENTITY-MISMATCH", "Chinese", "Japan") in _swap_codes(en, ps)


def test_middle_initial_and_transcribed_headline_words_are_names():
    gl = default_glossary()
    ms = extract_names('"He died as a result," police chief Murphy J. Paul told the media on Saturday.', gl)
    assert [m.words for m in ms if m.kind == "name"] == [("Murphy", "J", "Paul")]
    # a headline that starts with a transcribed name (seed 004): taken although sentence-initial
    ms = extract_names("Zhongrun's Phase II Electrolytic Aluminum Project Aims to Commence Construction", gl)
    assert any(m.words == ("Zhongrun",) for m in ms)
    # ... an ordinary English word there is not
    ms = extract_names("Electrolytic Aluminum Project Aims to Commence Construction This Year", gl)
    assert not [m for m in ms if m.kind == "name"]


def test_headline_name_replaced_by_another_company_is_a_mismatch():
    en = ["Zhongrun's Phase II Electrolytic Aluminum Project Aims to Commence Construction This Year",
          "The Phase II project of Chalco China Resources Power is a core project in Xingxian County."]
    ps = ["د چالکو د الکترولیټیک المونیم د دوهم پړاو پروژه هڅه کوي چې سږکال یې ساختماني کار پیل شي",
          "د چالکو چاینا ریسورسز پاور د دوهم پړاو پروژه په شینګ شیان ولسوالۍ کې یوه اساسي پروژه ده."]
    got = _swap_codes(en, ps)
    assert got and got[0][0] == "ENTITY-MISMATCH" and got[0][1] == "Zhongrun"
    ok = ["د ژونګ رون د الکترولیټیک المونیم د دوهم پړاو پروژه هڅه کوي چې سږکال یې ساختماني کار پیل شي", ps[1]]
    assert _swap_codes(en, ok) == []


def test_a_misspelt_middle_name_does_not_stand_in_for_the_surname():
    # NTREX document 53: "Christine Blasey Ford" → کریسټین بالسلي (Blasey misspelt, Ford dropped);
    # بالسلي renders Blasey, so it does not stand in for Ford (the surname's absence is let be)
    _, en, ps = ntrex_documents()[53]
    k = next(i for i, e in enumerate(en) if "Christine Blasey Ford" in e and "بالسلي" in ps[i])
    got = [f for f in entity_findings(context_from_lines(en, ps)) if f.bead == k]
    assert [f.source.text for f in got if f.source.text == "Ford"] == []


def test_missing_name_message_shows_the_documents_own_rendering():
    en = ["Sturridge scored for Liverpool against Chelsea.", "Chelsea led until the 89th minute."]
    ps = ["سټریج د چلسي پر وړاندې د لیورپول لپاره ګول وواهه.", "دوی تر ۸۹مې دقیقې پورې مخکې وو."]
    f, = [f for f in findings(en, ps) if f.source_value == "Chelsea"]
    assert f.code == "ENTITY-MISSING" and "چلسی elsewhere in the document" in f.message


def test_the_country_of_a_title_may_be_left_to_the_title():
    # NTREX: "the president of the United States" → ولسمشر ټرمپ (President Trump)
    en = ["Trump said the president of the United States has no obligation to explain.",
          "The United States will hold elections in November."]
    ps = ["ټرمپ وویل چې ولسمشر ټرمپ د څه تشریح کولو مکلفیت نه لري.",
          "امریکا به د نومبر په میاشت کې ټاکنې وکړي."]
    assert [c for c in _swap_codes(en, ps) if c[1] == "United States"] == []
    # ... but a country swapped inside the title is still a mismatch
    ps2 = ["ټرمپ وویل چې د فرانسې ولسمشر د څه تشریح کولو مکلفیت نه لري.", ps[1]]
    assert ("ENTITY-MISMATCH", "United States", "France") in _swap_codes(en, ps2)


def test_a_common_pashto_word_is_not_a_rendering_of_a_listed_name():
    # NTREX plant: "the Germans" replaced by ګوېژو; ګمان ("it is believed") sounds like Germans
    en = ["Rheinland-Pfalz is believed to be twice as heavy as ships used by the Germans in the war."]
    ps = ["ګمان کېږي چې د راین کښتۍ په جګړه کې د ګوېژو له خوا د کارول شوو کښتیو دوه برابره درنه ده."]
    assert ("ENTITY-MISMATCH", "Germans", "Guizhou") in _swap_codes(en, ps)


def test_a_name_written_with_stray_letters_is_a_spelling_finding():
    # NTREX ntrex116 / ntrex086: جچین for چین (China), دیولید for Doyle (the document has دویال)
    en = ["China regards the defectors as illegal migrants rather than refugees."]
    f, = findings(en, ["جچین دې کسانو ته د غیرقانوني مهاجرینو په توګه ګوري نه د کډوالو."])
    assert (f.code, f.category, f.severity) == ("ENTITY-SPELLING", "entity", "warning")
    assert (f.source.text, f.target.text) == ("China", "جچین")
    assert "stray letters (ج)" in f.message and "چین" in f.message
    en = ["The board elected Eilidh Doyle as a director.", "Doyle is the most decorated athlete.",
          "Doyle said she is keen to help."]
    ps = ["بورډ ایلید دویال د رییسې په توګه وټاکله.", "دویال تر ټولو نومیالۍ ورزشکاره ده.",
          "دیولید وویل چې هغه مرستې ته لېواله ده."]
    f, = findings(en, ps)
    assert (f.code, f.source.text, f.target.text) == ("ENTITY-SPELLING", "Doyle", "دیولید")


def test_inflected_and_prefixed_renderings_are_not_misspellings():
    from aligner.checks.entities import Mention, _misspelt
    doyle = Mention(0, 5, "Doyle", "name", ("Doyle",), ("Doyle",))
    def typo(ps):
        hit = _misspelt(doyle, Target(ps), set())
        return hit and hit[1]
    assert typo("دیولید وویل چې لېواله ده.") == "د"           # a stray letter (دیولی ~ Doyle)
    assert typo("جدویال وویل چې لېواله ده.") == "ج"
    assert typo("دویالونه وویل چې لېواله ده.") is None       # a plural ending, not a typo
    assert typo("ودویال وویل چې لېواله ده.") is None         # a clitic prefix letter
    assert typo("هغې وویل چې لېواله ده.") is None            # nothing like the name
    # a glossary name with nothing like it is missing, not misspelt
    found = findings(["China regards the defectors as illegal migrants."],
                     ["هغوی دې کسانو ته د غیرقانوني مهاجرینو په توګه ګوري."])
    assert [f.code for f in found] == ["ENTITY-MISSING"]


def test_a_surname_spelt_by_the_translator_next_to_the_given_name_counts_later():
    # NTREX ntrex079: "Brett Kavanaugh" ↔ بریټ کنوا, later "Kavanaugh" ↔ کانوا (one letter away)
    en = ["The fight over supreme court nominee Brett Kavanaugh continues.",
          "Trump ordered an investigation of claims against Kavanaugh on Friday."]
    ps = ["د سترې محکمې د نوماند بریټ کنوا په اړه جنجال روان دی.",
          "ټرمپ د جمعې په ورځ د کانوا په ضد د پلټنو امر ورکړ."]
    assert findings(en, ps) == []
    # the surname dropped in the second sentence is still reported
    ps2 = [ps[0], "ټرمپ د جمعې په ورځ د هغه په ضد د پلټنو امر ورکړ."]
    assert [(f.code, f.bead, f.source.text) for f in findings(en, ps2)] == [("ENTITY-MISSING", 1, "Kavanaugh")]


def test_a_demonym_left_to_the_context_is_not_missing():
    # NTREX ntrex059: "Britons" rendered بریټونز in the headline, "workers" in the next sentence
    en = ["Labour denies it is devising a plan for Britons to work a four day week.",
          "The Labour Party is to consider a plan which will see Britons working a four day week."]
    ps = ["کارګر ګوند د بریټونز لپاره د څلور ورځنۍ اونۍ د پلان جوړولو خبره رد کوي.",
          "کارګر ګوند غواړي یو پلان وڅېړي چې پر بنسټ به یې کارګر د څلورو ورځو کار وکړي."]
    assert findings(en, ps) == []
    # a demonym swapped for another country is still a mismatch
    ps2 = [ps[0], "کارګر ګوند غواړي یو پلان وڅېړي چې پر بنسټ به یې د فرانسې کارګر د څلورو ورځو کار وکړي."]
    assert [(f.code, f.source.text) for f in findings(en, ps2)] == [("ENTITY-MISMATCH", "Britons")]


def test_a_middle_name_replaced_between_its_rendered_neighbours():
    # NTREX plant: Sutopo Purwo Nugroho ↔ سټوپو <unrelated word> نوګروه
    en = ["Agency spokesman Sutopo Purwo Nugroho told a news conference that waves reached 20 feet."]
    ok = "د اجینسۍ ویاند سټوپو پوروو نوګروه په یوه رسنیز کنفرانس کې وویل چې څپې تر 20 فیټو رسیدلې."
    assert findings(en, [ok]) == []
    assert findings(en, [ok.replace("پوروو ", "")]) == []          # a middle name may be dropped
    found = findings(en, [ok.replace("پوروو", "لیهاوکورټ")])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Purwo")]


def test_a_listed_place_in_place_of_a_given_name_is_a_mismatch():
    # NTREX plant: Prime Minister Zoran Zaev ↔ لومړی وزیر آتن زایف (آتن: Athens)
    en = ["Supporters, including Prime Minister Zoran Zaev, argue that the change is the price to pay."]
    ok = "ملاتړي، په شمول د لومړي وزیر زوران زایف، وايي چې دا بدلون هغه بیه ده چې باید ورکړل شي."
    assert findings(en, [ok]) == []
    f, = findings(en, [ok.replace("زوران", "آتن")])
    assert (f.code, f.source.text, f.target.text, f.target_value) == ("ENTITY-MISMATCH", "Zoran", "آتن", "Athens")
    assert "another name of the document" not in f.message


def test_frequent_pashto_nouns_do_not_make_a_missing_name_uncertain():
    # ځوانان (young people) sounds like Buchanan, خانه (house) like China: neither renders them
    en = ['HMC chief Mike Buchanan said: "It is disturbing that so many teenagers are tempted."']
    ps = ['د HMC مشر فیراري وویل: "دا ځورونکې ده چې دومره ډېر ځوانان لالهانده کېږي."']
    assert [(f.code, f.source.text) for f in findings(en, ps)] == [("ENTITY-MISSING", "Mike Buchanan")]
    # ... but a word that is also a common surname's rendering stays usable (مور: Moore, "mother")
    assert findings(["Republican Roy Moore lost the Senate race in Alabama."],
                    ["جمهوري غوښتونکی روی مور په الاباما کې د سنا ټاکنې وبایللې."]) == []
    en = ["The refinery was financed by the Export-Import Bank of China."]
    ps = ["تصفیه خانه د قطر د صادراتو او وارداتو بانک تمویل کړې."]
    assert [(f.code, f.source.text, f.target_value) for f in findings(en, ps)] == [("ENTITY-MISMATCH", "China", "Qatar")]


def test_a_name_rendered_with_its_translated_run_is_known_alone():
    # seed004 plant: Jinneng Electric Power ↔ جین نېنګ الیکټریک پاور; later "Kevin Warsh" ↔
    # کیون جین نېنګ.  The ordinary capitalised words around (Senate Banking Committee, Chairman)
    # are translated, so they do not account for the name-like Pashto words.
    en = ["Xishan Coal and Jinneng Electric Power each hold 20 percent.",
          "The US Senate Banking Committee asked that the nomination of the prospective Fed "
          "Chairman, Kevin Warsh, be postponed."]
    ps = ["شیشان کول او جین نېنګ الیکټریک پاور هر یو ۲۰ سلنه ونډه لري.",
          "د امریکا د سنا د بانکدارۍ کمېټې وغوښتل چې د فیډ د راتلونکي رییس کیون وارش نوماندي وځنډول شي."]
    assert findings(en, ps) == []
    bad = [ps[0], ps[1].replace("کیون وارش", "کیون جین نېنګ")]
    assert [(f.code, f.source.text, f.target_value) for f in findings(en, bad)] == [
        ("ENTITY-MISMATCH", "Warsh", "Jinneng")]


# --- false-alarm kinds of unseen text (issue 11 §2), found on the tuning parts -----------------

def test_a_gloss_in_parentheses_after_a_name_may_be_left_out():
    # FLoRes (ps→en): the English translator explains a title in parentheses
    en = ["Currently Masnawi (A book of Mulana Jalaluddin Balkhi) can accompany these ways."]
    assert findings(en, ["مثنوي په اوس مهال کې هم د دې لارو د ملګرتیا توان لري."]) == []
    # a long parenthesis after a common word is text, its names still due
    en = ["He spoke about the show (a long fight with the league, the press and Kim Jong-un) at length."]
    found = findings(en, ["هغه د خپرونې په اړه په اوږدو خبرې وکړې."])
    assert [f.source.text for f in found] == ["Kim Jong-un"]


def test_a_given_name_glued_to_the_word_before_it_is_rendered():
    # FLoRes older orthography: مریداوحسام الدين, "murid and Hasam Ul-Din"
    en = ["People thought that Maulana is the student and Hasam Ul-Din is the teacher."]
    ps = ["خلکوبه ګومان کاوه مولانامريداوحسام الدين يې پيردى."]
    assert findings(en, ps) == []


def test_a_listed_name_correctly_spelt_is_not_a_misspelling_of_another():
    # انګليس (English) for the Anglo of Anglo-Saxon: not "Anglo" with a stray letter
    en = ["Noticed by Anglo - Saxon consumers, it spread to the United States."]
    ps = ["د انګليس - ساکسون مصرف کوونکو پام ورته شو، او متحده ایالاتو ته خپور شو."]
    assert [f.code for f in findings(en, ps) if f.code == "ENTITY-SPELLING"] == []


def test_a_name_translated_by_meaning_with_its_words_reordered():
    # UNHCR listed as کډوالو عالي کمیشنري; written د کډوالو لپاره د ملګرو ملتونو عالي کمېشنرۍ
    en = ["UNHCR helped the returning refugees with cash."]
    ok = "د کډوالو لپاره د ملګرو ملتونو عالي کمېشنرۍ له راستنېدونکو کډوالو سره په نغدو پیسو مرسته وکړه."
    assert findings(en, [ok]) == []
    # (its words far apart in the sentence are not it: "an office ... refugees")
    dropped = "یوې ادارې له راستنېدونکو کډوالو سره په نغدو پیسو مرسته وکړه."
    assert [f.code for f in findings(en, [dropped])] == ["ENTITY-MISSING"]


# --- recall: a part of a person's name replaced -----------------------------------------------

def test_a_name_on_a_label_line_is_one_name():
    # "Judge: Abdul Haq Sherzad": a Title-Case line, but none of its words is an English word
    en = ["Judge: Abdul Haq Sherzad"]
    assert findings(en, ["قاضي: عبدالحق شېرزاد"]) == []
    assert [(f.code, f.source.text) for f in findings(en, ["قاضي: عبدالحق میلروز"])] == [
        ("ENTITY-MISSING", "Abdul Haq Sherzad")]


def test_a_replaced_part_is_found_next_to_any_occurrence_of_the_rendered_part():
    en = ["Defendant: Sayed Jamaluddin, son of Sayed Amin, whose address is unknown."]
    assert findings(en, ["مدعی علیه: سید جمال الدین، د سید امین زوی، چې پته یې معلومه نه ده."]) == []
    bad = "مدعی علیه: سید جمال الدین، د سید سپورټ ساونډ زوی، چې پته یې معلومه نه ده."
    assert [(f.code, f.source.text) for f in findings(en, [bad])] == [("ENTITY-MISSING", "Amin")]
    # past the other rendered words of the name: حاجي ګل X
    en = ["Claimant: Haji Gul Rahman, resident of Behsud district."]
    assert findings(en, ["مدعي: حاجي ګل رحمان، د بهسودو ولسوالۍ اوسېدونکی."]) == []
    found = findings(en, ["مدعي: حاجي ګل کلنټن، د بهسودو ولسوالۍ اوسېدونکی."])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Rahman")]


def test_a_short_given_name_replaced_by_a_long_unexplained_word():
    en = ["Claimant: Haji Gul Rahman, resident of Behsud district."]
    found = findings(en, ["مدعي: پټریک ګل رحمان، د بهسودو ولسوالۍ اوسېدونکی."])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Haji")]
    # but not a given name dropped after a title (the title's rendering stands there), nor a
    # short name that scores low by sound (Hugh ~ هیو), nor a word of the run (Peter ~ پیټر)
    assert findings(["Dr. Maya Angelou spoke."], ["ډاکټره انجلو خبرې وکړې."]) == []
    assert findings(["The event will be hosted by Hugh Jackman."], ["کوربه به یې هیو جکمن وي."]) == []
    assert findings(["Hans-Peter Bartels acknowledged it."], ["هینز ـ پیټر بارټل ومنله."]) == []


def test_names_known_by_a_traditional_form_are_rendered():
    # encyclopedia text: Pashto writes the traditional form, nothing like the English by sound
    en = ["Jesus Christ was born in Bethlehem.", "Aristotle was the teacher of Alexander the Great."]
    ps = ["حضرت عیسی مسیح په بیت اللحم کې زېږېدلی و.", "ارسطو د لوی سکندر استاد و."]
    assert findings(en, ps) == []
    dropped = ["حضرت عیسی مسیح په بیت اللحم کې زېږېدلی و.", "هغه د لوی سکندر استاد و."]
    assert [(f.code, f.source.text) for f in findings(en, dropped)] == [("ENTITY-MISSING", "Aristotle")]


def test_a_listed_name_glued_to_d_as_an_adjective_is_rendered():
    # FLoRes older orthography: دبابلي کتیبو, "the Babylonian inscriptions"
    en = ["The researchers who investigated the Babylon inscriptions found the word."]
    assert findings(en, ["څېړونکو چې دبابلي کتیبو په اړه څېړنې کړي دا کلیمه وموندله."]) == []
    assert [f.code for f in findings(en, ["څېړونکو چې د کتیبو په اړه څېړنې کړي دا کلیمه وموندله."])] == [
        "ENTITY-MISSING"]


def test_a_person_named_like_a_place_is_a_name_not_the_place():
    from aligner.checks.entities import extract_names
    from aligner.lang.glossary import default_glossary
    m, = extract_names("Sheikh Mali divided the lands.", default_glossary())
    assert (m.text, m.kind, m.entry, m.after_title) == ("Mali", "name", None, True)


def test_a_word_before_a_place_noun_is_a_name():
    # "resident of Behsud district": the district's name is due even as a single word
    en = ["Claimant: Haji Gul Rahman, resident of Behsud district."]
    assert findings(en, ["مدعي: حاجي ګل رحمان، د بهسودو ولسوالۍ اوسېدونکی."]) == []
    found = findings(en, ["مدعي: حاجي ګل رحمان، د لیوري ولسوالۍ اوسېدونکی."])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Behsud")]


def test_a_name_glued_after_a_common_word_is_found():
    # FLoRes older orthography: خومولانالدې, "but Maulana to this"
    assert Target("څنګه چې خومولانالدې هرڅه بې پروا و.").find_rendering(("مولانا",), fuzzy=True) == (2, 2)
    assert Target("خوشحاله لدې هرڅه بې پروا و.").find_rendering(("مولانا",), fuzzy=True) is None
    en = ["Maulana Jalaluddin wrote the Masnavi in Konya.", "But Maulana was careless about this."]
    ps = ["مولانا جلال الدین په قونیه کې مثنوي ولیکله.", "خومولانالدې هرڅه بې پروا و."]
    assert findings(en, ps) == []


def test_an_acronym_kept_in_latin_once_may_be_spelled_out_elsewhere():
    en = ["NSIA published the new figures on Monday.", "According to NSIA, the population is 41 million."]
    ps = ["NSIA د دوشنبې په ورځ نوې شمېرې خپرې کړې.",
          "د ملي احصایې او معلوماتو ادارې په وینا، نفوس ۴۱ میلیونه دی."]
    assert findings(en, ps) == []
    # kept in Latin twice, it is the translator's practice: its absence is reported
    en2 = en + ["NSIA will repeat the survey next year."]
    ps2 = [ps[0], "NSIA وايي نفوس ۴۱ میلیونه دی.", "اداره به بل کال سروې بیا ترسره کړي."]
    assert [(f.code, f.source.text) for f in findings(en2, ps2)] == [("ENTITY-MISSING", "NSIA")]


def test_a_place_inside_an_organisations_pashto_name_is_not_a_swap():
    # an organisation is not "replaced" by the place its Pashto name mentions; a place is
    en = ["UNAMA urged both sides to protect civilians."]
    ps = ["په افغانستان کې د ملګرو ملتونو استازو دواړو خواوو ته وویل چې ملکیان خوندي کړي."]
    assert [f.code for f in findings(en, ps)] == ["ENTITY-MISSING"]
    assert findings(en, ["په افغانستان کې د ملګرو ملتونو مرستندویه ادارې دواړو خواوو ته وویل چې ملکیان خوندي کړي."]) == []
    en = ["Officials in Kazakhstan confirmed the deal."]
    assert [f.code for f in findings(en, ["په تاجکستان کې چارواکو تړون تایید کړ."])] == ["ENTITY-MISMATCH"]


# Correct translations of each false-alarm kind of issue 11 §2 (written for these tests) stay clean.
_CLEAN_KINDS = [
    # acronyms rendered by their expansion or meaning
    ("The CEO of the company announced the new plan on Monday.", "د شرکت اجرايي رئیس د دوشنبې په ورځ نوی پلان اعلان کړ."),
    ("MoPH staff visited the clinics in the district.", "د عامې روغتیا وزارت کارکوونکو په ولسوالۍ کې کلینیکونه وکتل."),
    ("The patient was moved to the ICU after the operation.", "ناروغ له عملیات وروسته د جدي پاملرنې څانګې ته یوړل شو."),
    # multi-word names translated by meaning
    ("The Afghan Red Crescent Society sent tents to the flooded villages.", "د افغانستان د سرې میاشتې ټولنې سېلاب ځپلو کلیو ته کېږدۍ واستولې."),
    ("The Central Statistics Office published the census results.", "د احصایې مرکزي ادارې د سرشمېرنې پایلې خپرې کړې."),
    # kept in Latin script, Pashto endings, other vowels and letters (older orthography)
    ("Install Microsoft Windows before the drivers.", "له ډرایورونو مخکې Microsoft Windows نصب کړئ."),
    ("The Hazaras and Pashtuns of the district met in the mosque.", "د ولسوالۍ هزاره ګانو او پښتنو په جومات کې سره وکتل."),
    ("The Kuchis moved their herds to the mountains.", "کوچیانو خپلې رمې غرونو ته یوړې."),
    ("The governor of Nangarhar visited Shinwar.", "د ننگرهار والي له شينوارو څخه ليدنه وکړه."),
    ("Gulbuddin Hekmatyar returned to Kabul.", "گلبدين حکمتيار کابل ته راستون شو."),
    # identifiers with digits and hyphens
    ("The X-200 model uses less power.", "دا ماډل لږ برېښنا مصرفوي."),
    ("COVID-19 spread quickly in the cities.", "کووید-۱۹ په ښارونو کې په چټکۍ خپور شو."),
    # a common short name for a term
    ("TB remains common in the region.", "نري رنځ په سیمه کې لا هم عام دی."),
    # sentence-initial capitalised words that are not names
    ("Interestingly, the number of cases fell in winter.", "په زړه پورې دا ده چې په ژمي کې د پېښو شمېر کم شو."),
    ("Overall, the results were positive.", "په ټولیز ډول، پایلې مثبتې وې."),
    ("Notably, no deaths were reported.", "د یادولو وړ ده چې هېڅ مړینه راپور نه شوه."),
]


@pytest.mark.parametrize("en, ps", _CLEAN_KINDS)
def test_false_alarm_kinds_come_out_clean(en, ps):
    assert findings([en], [ps]) == []


def test_a_replaced_part_that_sounds_a_little_like_it_but_begins_otherwise():
    # a word in the surname's place scoring 0.2-0.35 by sound is another word unless it begins
    # like the name (a translator's loose spelling): Nadia Chawla ↔ نادیه جوان is caught
    en = ["Nadia Chawla opened the new clinic in the city."]
    found = findings(en, ["نادیه جوان په ښار کې نوی کلینیک پرانیست."])
    assert [(f.code, f.source.text) for f in found] == [("ENTITY-MISSING", "Chawla")]
    assert findings(en, ["نادیه چاولا په ښار کې نوی کلینیک پرانیست."]) == []
    # correct counterparts: a loose spelling that begins like the name, and a given name
    # written glued to the next one (عبدالرحیم for Abdul Rahim)
    assert findings(["Amy Chozick wrote the report on the markets."],
                    ["امي چوکېز د بازارونو په اړه راپور ولیکه."]) == []
    assert findings(["General Abdul Rahim Wardag visited the school."],
                    ["جنرال عبدالرحیم وردګ له ښوونځي څخه لیدنه وکړه."]) == []


def test_a_replaced_part_whose_near_rendering_is_another_name_of_the_sentence():
    # Beatrix is only *near* (a later name, Theodor ~ تیډور, sounds a little like it); that near
    # rendering renders another name, so the word in Beatrix's place is judged: caught
    en = ["The writers Beatrix Potter and Theodor Geisel are known for their pictures."]
    bad = ["لیکوالان پینټا پاټر او تیډور جیزل د خپلو انځورونو له امله پېژندل کیږي."]
    assert [(f.code, f.source.text) for f in findings(en, bad)] == [("ENTITY-MISSING", "Beatrix")]
    assert findings(en, ["لیکوالان بیټریکس پاټر او تیډور جیزل د خپلو انځورونو له امله پېژندل کیږي."]) == []
    # a near rendering elsewhere that renders nothing else may be the part in another word order
    assert findings(["The word reached the governor of Kunya Maen-ul Din Perwana."],
                    ["تردې چې خبره دقونيې حاکم معين الدين پروانه ته ورسول شوه."]) == []


def test_a_surname_after_a_joined_run_that_stops_short_of_it():
    # "General Abdul Rahim" matches جنرال عبدالرحیم as one joined run; the surname after it
    # is still asked about: replaced by a word that sounds like nothing here, it is caught
    en = ["General Abdul Rahim Wardag visited the school."]
    bad = ["جنرال عبدالرحیم ټامپسن له ښوونځي څخه لیدنه وکړه."]
    assert [(f.code, f.source.text) for f in findings(en, bad)] == [("ENTITY-MISSING", "Wardag")]
    assert findings(en, ["جنرال عبدالرحیم وردګ له ښوونځي څخه لیدنه وکړه."]) == []
    # a surname written glued to the run is rendered (عبدالرحمن for Abdul Rahman)
    assert findings(["Judge Abdul Rahman spoke."], ["قاضي عبدالرحمن خبرې وکړې."]) == []
