"""Issue 11: negation findings a reviewer can trust on text the tool has never seen.

Every false-alarm kind is pinned with a correct translation that must come out clean, every
recall kind with a wrong one that must be caught.  The sentences are written for these tests
(health, legal, technical and news registers); none is taken from a development corpus.
"""
import pytest

from aligner.checks import REGISTRY, all_codes, run_checks
from aligner.checks.negation import negations, ps_poles
from tests.helpers import context_from_lines

NEG = ["NEG-MISSING", "NEG-ADDED", "NEG-POLARITY", "NEG-AFFIX"]


def neg_codes(en: str, ps: str) -> list[str]:
    ctx = context_from_lines([en], [ps])
    return [f.code for f in run_checks(ctx.result, {"select": ["NEG"]})]


def kinds(text: str, lang: str) -> list[str]:
    return [n[3] for n in negations(text, lang)]


# --- false alarms: negation carried by a negated verb form or by a word's meaning -------------

MEANING = [
    # English negation by meaning, Pashto by a negated verb form
    ("Many rural clinics lack trained midwives.", "ډېری کلیوالي کلینیکونه روزل شوې قابلې نلري."),
    ("The desert districts are devoid of drinking water.", "دښتي ولسوالۍ د څښاک اوبه نلري."),
    ("Vaccination is free of charge at every health centre.",
     "په هر روغتیايي مرکز کې واکسین کول پیسې نه غواړي."),
    ("The clinic is now smoke-free.", "په کلینیک کې اوس سګرټ څکول نشته."),
    ("Children under five are excluded from the survey.",
     "له پنځو کلونو کم عمره ماشومان په دې سروې کې شامل نه دي."),
    ("Several patients failed to return for the second dose.",
     "څو ناروغان د دویم ډوز لپاره بېرته رانغلل."),
    ("In the absence of a written contract, the seller may not claim damages.",
     "که لیکلی قرارداد نه وي، پلورونکی د زیان غوښتنه نشي کولی."),
    ("The ministry no longer publishes weekly figures.", "وزارت نور اونیزې شمېرې نه خپروي."),
    ("The device is without a battery.", "دا اله بېټرۍ نلري."),
    ("The old bridge is unusable during the floods.", "زوړ پل د سېلابونو پر مهال د کارولو وړ ندی."),
    ("The application was rejected because it was incomplete.",
     "غوښتنلیک ځکه رد شو چې بشپړ نه و."),
    ("The software does not run without an internet connection.",
     "دا سافټوېر له انټرنېټ پرته نه چلېږي."),
    ("Neither the tenant nor the owner signed the notice.", "نه کرایه دار او نه مالک خبرتیا لاسلیک کړه."),
    ("None of the wells in the village had clean water.", "د کلي په هیڅ څاه کې پاکې اوبه نه وې."),
    ("The contract is void unless both parties sign it.",
     "قرارداد باطل دی که دواړه خواوې یې لاسلیک نه کړي."),
    ("Everyone wants results, but they dont want to wait.", "هرڅوک پایلې غواړي، خو انتظار نه غواړي."),
    # Pashto negation by meaning
    ("The tyres can run safely with no air for a short distance.",
     "ټایرونه کولی شي د هوا بغیر لنډ واټن په خوندي ډول ووهي."),
    ("Patients without insurance pay the full price.", "هغه ناروغان چې بیمه نلري بشپړه بیه ورکوي."),
    ("Women who cannot read are deprived of this information.",
     "هغه ښځې چې لوستل نشي کولی له دې معلوماتو محرومې دي."),
]


@pytest.mark.parametrize("en,ps", MEANING)
def test_negation_in_any_form_on_either_side_is_not_a_false_alarm(en, ps):
    assert neg_codes(en, ps) == []


def test_negated_verb_forms_are_negations():
    for ps in ("په کلي کې ښوونځی نشته.", "کلینیک برېښنا نلري.", "دا ادارې بودیجه ونلري.",
               "دا قانون نافذ ندی.", "دا قانون نافذ نه دی.", "هغه نه شي راتلی.", "هغه راتلی نشي.",
               "که باران نه وي، کار پیلېږي."):
        assert kinds(ps, "ps"), ps


# --- false alarms: نه inside an "until" clause ---------------------------------------------

UNTIL = [
    ("Keep the dressing on until the wound has healed.",
     "پټۍ تر هغه وخته مه لرې کوئ چې ټپ جوړ شوی نه وي."),
    ("Stir the mixture until it is smooth.", "مخلوط تر هغه وخوځوئ چې نرم شوی نه وي."),
    ("The patient stays in the ward until the fever is gone.",
     "ناروغ تر هغه په وارډ کې پاتې کېږي چې تبه یې ختمه شوې نه وي."),
    ("The tenant may stay until the court decides.", "کرایه دار کولی شي ترڅو چې محکمه پرېکړه نه وي کړې پاتې شي."),
]


@pytest.mark.parametrize("en,ps", UNTIL)
def test_na_in_an_until_clause_is_not_a_negation(en, ps):
    assert "strong" not in kinds(ps, "ps")
    assert neg_codes(en, ps) == []


def test_a_negation_after_the_until_clause_still_counts():
    # the clause closes at the comma: the نه after it negates the main verb
    ps = "تر هغه چې ډاکټر راشي، ناروغ ته دوا نه ورکول کېږي."
    assert "strong" in kinds(ps, "ps")


# --- false alarms: homographs of نه ----------------------------------------------------------

HOMOGRAPHS = [
    # the postposition "from" closing a phrase
    ("The new road runs from Kabul to Jalalabad.", "نوی سړک له کابل نه تر جلال اباد پورې غځېږي."),
    ("The market is two kilometres from the city.", "بازار د ښار نه بهر دوه کیلومتره لرې دی."),
    ("The law takes effect from the date of its publication.", "دا قانون د خپرېدو له نېټې نه نافذ دی."),
    ("Prices rose after the earthquake.", "د زلزلې نه وروسته بیې لوړې شوې."),
    ("He came back from Herat yesterday.", "هغه پرون له هرات نه راستون شو."),
    # the numeral nine
    ("Nine people were injured in the accident.", "په پېښه کې نه کسان ټپیان شول."),
    ("The school has twenty-nine classrooms.", "ښوونځی نه ویشت ټولګي لري."),
    ("The project employs nine hundred workers.", "په پروژه کې نه سوه کارګران کار کوي."),
    ("The treatment lasts nine months.", "درملنه نه میاشتې دوام کوي."),
    # reduplication "something or other"
    ("Everyone gets something in the end.", "په پای کې هر څوک څه نه څه ترلاسه کوي."),
    # nine before a plural noun (Pashto negates a verb, never a noun)
    ("The province built nine hospitals this year.", "ولایت سږکال نه روغتونونه جوړ کړل."),
    ("Nine provinces reported cases.", "نه ولایتونو پېښې راپور کړې."),
    ("The company has nine offices in the country.", "شرکت په هېواد کې نه دفترونه لري."),
    # the postposition after a number: "له ۷٪ نه ټیټه" (below 7 %), "له ۱۲۰ mg نه زیات"
    ("Inflation stayed below 5% all year.", "انفلاسیون ټول کال له ۵٪ نه ټیټ پاتې شو."),
    ("A dose above 120 mg is dangerous.", "له 120 mg نه زیات دوز خطرناک دی."),
    ("The price fell from 9.5 to 8 afghanis.", "بیه له ۹.۵ نه ۸ افغانیو ته راټیټه شوه."),
]


@pytest.mark.parametrize("en,ps", HOMOGRAPHS)
def test_homographs_of_na_are_not_negations(en, ps):
    assert "strong" not in kinds(ps, "ps")
    assert neg_codes(en, ps) == []


# --- false alarms: "No." as the abbreviation of number, and other English forms ---------------

ENGLISH_FORMS = [
    ("Under Contract No. 12 the work began in May.", "د ۱۲ ګڼې قرارداد له مخې کار د می په میاشت کې پیل شو."),
    ("The report is filed as No.7 in the archive.", "راپور په ارشیف کې د ۷ ګڼې په توګه ثبت شوی."),
    ("Patients are listed in Room no. 4.", "ناروغان په ۴ ګڼه کوټه کې ثبت شوي."),
    ("Resolution No. IV was adopted unanimously.", "څلورمه پرېکړه لیک په اتفاق سره تصویب شو."),
    # a non-ASCII letter does not split a word into a "no"
    ("The Taíno women were also affected.", "ټاینو ښځې هم اغېزمنې شوې."),
]


@pytest.mark.parametrize("en,ps", ENGLISH_FORMS)
def test_english_forms_that_are_not_negations(en, ps):
    assert "strong" not in kinds(en, "en")
    assert neg_codes(en, ps) == []


def test_na_written_together_with_its_word_is_a_negation():
    # older orthography joins نه to the word before it: "were not a magician", "find out"
    en = "If he were not a magician, how could he lift the stone?"
    ps = "که هغه جادوګرنه وای نو ډبره یې څنګه پورته کولی شوه؟"
    assert neg_codes(en, ps) == []


def test_a_separate_negative_prefix_keeps_neg_added_quiet():
    en = "It is made from the non - coloured pulp of the fruit."
    ps = "دا د مېوې له نه رنګ شوي مغز څخه جوړېږي."
    assert neg_codes(en, ps) == []


# --- recall: a negation dropped from a verb ---------------------------------------------------

DROPPED = [
    ("The ministry did not report the deaths.", "وزارت د مړینو راپور ورکړ."),
    ("The ministry did not report the deaths.", "وزارت د مړینو په اړه بېرته راپور ورکړ."),
    ("The agency did not publish the examples.", "ادارې بېلګې خپرې کړې."),
    ("The radio did not broadcast the interview.", "راډیو مرکه نشر کړه."),
    ("The court did not respect the decision.", "محکمې د پرېکړې درناوی وکړ."),
    ("The emergency team did not arrive in time.", "بېړنۍ ډله په وخت ورسېده."),
    ("The patients did not receive treatment.", "ناروغانو درملنه ترلاسه کړه."),
    ("Children should not take this medicine.", "ماشومان باید دا درمل وخوري."),
]


#: a تر phrase closed by its postposition (تر X لاندې "under X") or a set phrase with تر (تر لوړې
#: کچې "to a high degree") leaves the نه after it a verb negation: an added one is caught
CLOSED_TAR = [
    ("The new law brings private schools under state control.",
     "نوی قانون خصوصي ښوونځي د دولت تر کنټرول لاندې نه راولي."),
    ("The rules are strictly applied in the capital.", "په پلازمېنه کې قواعد تر لوړې کچې نه پلي کېږي."),
]


@pytest.mark.parametrize("en,ps", CLOSED_TAR)
def test_an_added_negation_after_a_closed_tar_phrase_is_caught(en, ps):
    assert neg_codes(en, ps) == ["NEG-ADDED"]


def test_la_before_an_adverb_of_place_still_opens_a_from_phrase():
    assert neg_codes("The smoke came from below.", "لوګی له لاندې نه راغی.") == []


@pytest.mark.parametrize("en,ps", DROPPED)
def test_a_negation_dropped_from_the_verb_is_caught(en, ps):
    assert neg_codes(en, ps) == ["NEG-MISSING"]


# --- recall: lexical polarity flips ---------------------------------------------------------

FLIPS = [
    ("Malaria cases increased by 20 percent last year.", "تېر کال د ملاریا پېښې ۲۰ سلنه کمې شوې."),
    ("Fuel prices fell sharply in March.", "د مارچ په میاشت کې د تېلو بیې ډېرې لوړې شوې."),
    ("Exports rose to 900 million dollars.", "صادرات ۹۰۰ میلیونه ډالرو ته راټیټ شول."),
    ("The new rule allows women to open bank accounts.", "نوې قاعده ښځو ته د بانکي حساب منع کوي."),
    ("The law forbids the sale of these drugs.", "قانون د دې درملو د پلور اجازه ورکوي."),
    ("The operation was a success.", "عملیات ناکام وو."),
    ("The vaccine trial was a failure.", "د واکسین ازموینه بریالۍ وه."),
    ("The water is safe to drink.", "دا اوبه د څښلو لپاره خطرناکې دي."),
    ("The court rejected the appeal.", "محکمې استیناف ومانه."),
    ("Parliament approved the budget.", "پارلمان بودیجه رد کړه."),
    ("The team won the final.", "ټیم نهایي لوبه وبایلله."),
    ("The border crossing was closed on Monday.", "د دوشنبې په ورځ پوله خلاصه شوه."),
]


@pytest.mark.parametrize("en,ps", FLIPS)
def test_a_polarity_flip_is_caught(en, ps):
    assert neg_codes(en, ps) == ["NEG-POLARITY"]


@pytest.mark.parametrize("en,ps", [
    ("Malaria cases increased by 20 percent last year.", "تېر کال د ملاریا پېښې ۲۰ سلنه زیاتې شوې."),
    ("Fuel prices fell sharply in March.", "د مارچ په میاشت کې د تېلو بیې ډېرې ټیټې شوې."),
    ("The law forbids the sale of these drugs.", "قانون د دې درملو پلور منع کوي."),
    ("The law does not allow the sale of these drugs.", "قانون د دې درملو پلور منع کوي."),
    ("The team did not lose the final.", "ټیم نهایي لوبه وګټله."),
    ("The border crossing was not closed on Friday.", "د جمعې په ورځ پوله خلاصه وه."),
    ("The water is safe to drink.", "دا اوبه د څښلو لپاره خطرناکې نه دي."),
    ("Livingston won 1-0 over Rangers.", "لیوینګسټن رینجرز ته ۱-۰ ماتې ورکړه."),
    ("Bats are protected and it is illegal to kill them.", "ښاپېرکي خوندي دي او وژل یې غېر قانوني کار دی."),
    ("The deal allows both sides to exchange prisoners.", "تړون دواړو خواوو ته د بندیانو د رد و بدل اجازه ورکوي."),
])
def test_the_same_pole_or_a_negated_opposite_is_not_a_flip(en, ps):
    assert neg_codes(en, ps) == []


# --- recall: affix negation lost or added ---------------------------------------------------

AFFIX = [
    ("The water in this well is unsafe to drink.", "د دې څاه اوبه د څښلو لپاره خوندي دي."),
    ("Non-governmental organizations run the clinics.", "دولتي موسسې کلینیکونه چلوي."),
    ("Illegal mining damages the river.", "قانوني کان کیندنه سیند ته زیان رسوي."),
    ("The cause of the outbreak is unknown.", "د خپرېدو لامل معلوم دی."),
    ("The United States wants to de-Sinicize supply chains.",
     "متحده ایالات غواړي د اکمالاتو زنځیرونه چینایي کړي."),
    ("Europe is trying to de Sinicize key mineral supply chains.",
     "اروپا هڅه کوي د کلیدي معدني اکمالاتي زنځیرونو د چینایي کولو کار وکړي."),
    ("The ministry called for anti-corruption measures.", "وزارت د فساد د اقداماتو غوښتنه وکړه."),
    ("The water in this well is safe to drink.", "د دې څاه اوبه د څښلو لپاره ناخوندي دي."),
]


@pytest.mark.parametrize("en,ps", AFFIX)
def test_a_lost_or_added_affix_negation_is_caught(en, ps):
    assert neg_codes(en, ps) == ["NEG-AFFIX"]


@pytest.mark.parametrize("en,ps", [
    ("The water in this well is unsafe to drink.", "د دې څاه اوبه د څښلو لپاره ناخوندي دي."),
    ("Non-governmental organizations run the clinics.", "غیر دولتي موسسې کلینیکونه چلوي."),
    ("Illegal mining damages the river.", "غیرقانوني کان کیندنه سیند ته زیان رسوي."),
    ("The ministry called for anti-corruption measures.", "وزارت د فساد ضد اقداماتو غوښتنه وکړه."),
    ("The government wants to de-escalate the conflict.", "حکومت غواړي د شخړې کچه راکمه کړي."),
    ("Europe is trying to de Sinicize its supply chains.",
     "اروپا هڅه کوي خپل اکمالاتي زنځیرونه له چین څخه جلا کړي."),
    ("He visited Rio de Janeiro.", "هغه له ریو ډي جنیرو څخه لیدنه وکړه."),
])
def test_a_kept_affix_negation_is_clean(en, ps):
    assert neg_codes(en, ps) == []


def test_pashto_pole_words_after_a_privative_change_pole():
    assert [p[3:] for p in ps_poles("غیر قانوني کار")] == [("legal", "-")]
    assert [p[3:] for p in ps_poles("قانوني کار")] == [("legal", "+")]


# --- the codes are registered -------------------------------------------------------------

def test_new_codes_are_registered_with_category_and_severity():
    codes = all_codes()
    for code in ("NEG-POLARITY", "NEG-AFFIX"):
        assert code in codes
        category, severity, description = codes[code]
        assert category == "negation" and severity == "warning" and description
    assert "NEG-POLARITY" in REGISTRY


def test_the_seed_de_sinicize_rendering_is_reported():
    from tests.helpers import seed_lines
    en, ps = seed_lines()
    i = next(k for k, line in enumerate(en) if "Sinicize" in line)
    ctx = context_from_lines([en[i]], [ps[i]])
    found = run_checks(ctx.result, {"select": ["NEG"]})
    assert [f.code for f in found] == ["NEG-AFFIX"]
    assert "Sinicize" in found[0].source.text


def test_a_dropped_verb_negation_is_caught_beside_a_word_of_privation():
    # بې کوره (homeless) elsewhere in the sentence does not stand for "did not register"
    assert neg_codes("The office did not register the homeless families.",
                     "دفتر بې کوره کورنۍ ثبت کړې.") == ["NEG-MISSING"]
    # "not happy" ↔ ناخوښه: a privative word says "not + adjective"
    assert neg_codes("The group was not happy with the plan.", "ډله له پلان څخه ناخوښه وه.") == []


def test_a_pole_word_the_pashto_also_renders_as_it_is_does_not_excuse_a_dropped_negation():
    # "no surprise … dropped … rising": the Pashto renders "dropped" (کم شو) and "rising"
    # (لوړېدل) with their own poles, so its lost negation is not a rephrasing by polarity
    en = "It was no surprise that exports dropped while prices kept rising."
    assert neg_codes(en, "دا د حیرانتیا خبره وه چې صادرات کم شول او بیې لوړېدې.") == ["NEG-MISSING"]
    assert neg_codes(en, "دا د حیرانتیا خبره نه وه چې صادرات کم شول او بیې لوړېدې.") == []
    # the opposite pole alone is still a rephrasing: "did not fall" ↔ لوړې شوې (rose)
    assert neg_codes("Prices did not fall last month.", "تېره میاشت بیې لوړې شوې.") == []


@pytest.mark.parametrize("en,ps,codes", [
    # the Pashto's only negation word renders the English's own (denial ↔ انکار): the verb's is lost
    ("Her denial did not convince the judges.", "د هغې انکار قاضیان قانع کړل.", ["NEG-MISSING"]),
    ("The ban did not stop the smuggling.", "منع قاچاق ودراوه.", ["NEG-MISSING"]),
    # kept: the negation is there, in the verb or with نه
    ("Her denial did not convince the judges.", "د هغې انکار قاضیان قانع نه کړل.", []),
    # a Pashto word of negation with no English one of its own renders the verb's negation
    ("He did not accept the offer.", "هغه وړاندیز رد کړ.", []),
    # a verb with the negation inside it (ونښود, وانخیست) is a verb negation, not a word's
    ("The defender did not react.", "مدافع غبرګون ونښود.", []),
])
def test_a_negation_word_that_renders_an_english_one_does_not_hide_a_dropped_verb_negation(en, ps, codes):
    assert neg_codes(en, ps) == codes


@pytest.mark.parametrize("en,ps,codes", [
    # the English's only negation-like word is rendered by a Pashto word of its own (less ↔ کم,
    # lost ↔ وبایله): the Pashto verb negation has no source
    ("If the water has less salt, it is safe to drink.", "که په اوبو کې مالګه کمه وي، څښل یې خوندي نه دي.",
     ["NEG-ADDED"]),
    ("The club lost twice and has won the league since 2010.",
     "کلب دوه ځله وبایله او له ۲۰۱۰ راهیسې یې لیګ نه دی ګټلی.", ["NEG-ADDED"]),
    # kept: the English negation is there, or the weak word is what the Pashto negation says
    ("If the water has less salt, it is not safe to drink.", "که په اوبو کې مالګه کمه وي، څښل یې خوندي نه دي.", []),
    ("The club lost the final.", "کلب وروستۍ لوبه ونه ګټله.", []),
])
def test_an_added_negation_beside_a_weak_word_rendered_by_its_own_pashto_word(en, ps, codes):
    assert neg_codes(en, ps) == codes


def test_a_pole_adjective_with_the_copula_wi_is_read():
    # "بند وي" (is closed, habitual/subjunctive copula وي) is the closed pole, as "بند دی" is
    codes = [f.code for f in run_checks(context_from_lines(
        ["The library is open on Saturdays."], ["کتابتون د شنبې په ورځ بند وي."]).result, {"select": ["NEG"]})]
    assert codes == ["NEG-POLARITY"]
    assert neg_codes("The library is open on Saturdays.", "کتابتون د شنبې په ورځ خلاص وي.") == []


@pytest.mark.parametrize("en,ps,codes", [
    # a و-perfective is negated ونه کړ / ونه شو: an added one is caught
    ("The delegation visited Kabul last week.", "پلاوي تېره اونۍ کابل ته سفر ونه کړ.", ["NEG-ADDED"]),
    ("The meeting was held on time.", "غونډه په خپل وخت ونه شوه.", ["NEG-ADDED"]),
    ("The delegation did not visit Kabul.", "پلاوي کابل ته سفر ونه کړ.", []),
    # "نه وکړ" is no negated perfective: نه closes the phrase before it ("started with the film")
    ("She started her career with the film Dewana.",
     "هغې د خپل کار پیل د دیوانا فلم نه وکړ.", []),
])
def test_the_negated_perfective_puts_na_after_the_prefix(en, ps, codes):
    assert neg_codes(en, ps) == codes
