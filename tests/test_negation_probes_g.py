"""Issue 11, negation on unseen health text (helper G): new probe pairs for the NEG-* checks.

Written for this file (none is taken from a development corpus), after the kinds of false alarm
the TICO-19 tuning part showed: doctor–patient dialogue (questions, "do you have any …", "no
pain", "that's okay"), clinical and epidemiological prose (asymptomatic, "remains to be
established", "cannot be ruled out", anti-X antibodies, samples taken from, recovered from, nine
patients), plus legal, technical and news sentences.  A correct pair (expected "") is the
translation a professional would write and must come out clean; a careless one (negation dropped
from a verb, added, a pole flipped, an affix negation lost) must be caught with its code.
"""
import pytest

from tests.test_gate_negation import neg_codes
from tests.test_negation_probes_h4 import NEG, _id, _strength

H, D, L, T, N = "health", "dialogue", "legal", "technical", "news"

PROBES = [
    # --- doctor–patient dialogue ---------------------------------------------------------------
    (D, "Do you have any pain in your chest?", "ایا ستاسو په سینه کې کوم درد شته؟", ""),
    (D, "I have no pain in my chest.", "زما په سینه کې هیڅ درد نشته.", ""),
    (D, "I have no pain in my chest.", "زما په سینه کې درد شته.", "NEG-MISSING"),
    (D, "No, I don't have a fever.", "نه، زه تبه نلرم.", ""),
    (D, "Yes, I have a fever.", "هو، زه تبه نلرم.", "NEG-ADDED"),
    (D, "Have you had any cough this week?", "ایا په دې اونۍ کې مو ټوخی درلود؟", ""),
    (D, "That's okay, we can try again later.", "کومه ستونزه نده، وروسته بیا هڅه کولای شو.", ""),
    (D, "That's fine, it happens to many people.", "کومه ستونزه نشته، دا له ډېرو خلکو سره کېږي.", ""),
    (D, "Don't worry, the test is quick.", "اندېښنه مه کوئ، ازموینه ژر ترسره کېږي.", ""),
    (D, "Don't worry, the test is quick.", "اندېښنه وکړئ، ازموینه ژر ترسره کېږي.", "NEG-MISSING"),
    (D, "I did not take the tablets yesterday.", "ما پرون ګولۍ وانخیستې.", ""),
    (D, "I did not take the tablets yesterday.", "ما پرون ګولۍ واخیستې.", "NEG-MISSING"),
    # --- clinical and epidemiological prose ------------------------------------------------
    (H, "Many infected people are asymptomatic.", "ډېری اخته خلک هیڅ نښې نه لري.", ""),
    (H, "Many infected people are asymptomatic.", "ډېری اخته خلک نښې نښانې نه ښکاره کوي.", ""),
    (H, "Many infected people have symptoms.", "ډېری اخته خلک نښې نه لري.", "NEG-ADDED"),
    (H, "Only asymptomatic cases confirmed by the laboratory are reported.",
     "یوازې هغه اسیمپټوماتیک پېښې راپور کېږي چې لابراتوار یې تایید کړي.", ""),
    (H, "Only asymptomatic cases confirmed by the laboratory are reported.",
     "یوازې هغه پېښې راپور کېږي چې لابراتوار یې تایید کړي.", "NEG-MISSING"),
    (H, "Asymptomatic carriers can still spread the virus.",
     "هغه کسان چې نښې نه لري بیا هم ویروس خپرولای شي.", ""),
    (H, "Its role in transmission remains to be confirmed.", "په لېږد کې یې رول تر اوسه نه دی تایید شوی.", ""),
    (H, "Its role in transmission has been confirmed.", "په لېږد کې یې رول تر اوسه نه دی تایید شوی.", "NEG-ADDED"),
    (H, "The ministry has yet to publish the results.", "وزارت تر اوسه پایلې نه دي خپرې کړې.", ""),
    (H, "A link with bats cannot be ruled out.", "ممکنه ده چې له شاپرکانو سره اړیکه ولري.", ""),
    (H, "A link with bats cannot be ruled out.", "له شاپرکانو سره اړیکه رد شوې ده.", "NEG-MISSING"),
    (H, "The samples were positive for anti-HIV antibodies.", "نمونې د HIV انټي باډیو لپاره مثبتې وې.", ""),
    (H, "The drug has anti-inflammatory effects.", "دا درمل د التهاب ضد اغېزې لري.", ""),
    (H, "The drug has anti-inflammatory effects.", "دا درمل التهابي اغېزې لري.", "NEG-AFFIX"),
    (H, "A lack of staff delayed the approval of non-government clinics.",
     "د کارکوونکو نشتوالي د غیر دولتي کلینیکونو منظوري وځنډوله.", ""),
    (H, "A lack of staff delayed the approval of non-government clinics.",
     "د کارکوونکو نشتوالي د دولتي کلینیکونو منظوري وځنډوله.", "NEG-AFFIX"),
    (H, "Use an anti-viral spray to disinfect the room.", "د کوټې د ضدعفوني کولو لپاره د ویروس ضد سپری وکاروئ.", ""),
    (H, "Use an anti-viral spray to disinfect the room.", "د کوټې د ضدعفوني کولو لپاره د ویروس سپری وکاروئ.", "NEG-AFFIX"),
    (H, "Patients may show non-specific symptoms or no symptoms at all.",
     "ناروغان ښایي غیر ځانګړې نښې ولري یا هیڅ نښې ونلري.", ""),
    (H, "Patients may show non-specific symptoms or no symptoms at all.",
     "ناروغان ښایي ځانګړې نښې ولري یا هیڅ نښې ونلري.", "NEG-AFFIX"),
    (H, "Patients may show non-specific symptoms or no symptoms at all.",
     "ناروغان ښایي غیر ځانګړې نښې ولري یا د نښو غېر موجودیت.", ""),
    (H, "Patients may show non-specific symptoms or no symptoms at all.",
     "ناروغان ښایي ځانګړې نښې ولري یا د نښو غېر موجودیت.", "NEG-AFFIX"),
    (N, "Hotels refused rooms to foreign guests.", "هوټلونو بهرنیو مېلمنو ته له خونو ورکولو انکار وکړ.", ""),
    (N, "Hotels refused rooms to foreign guests.", "هوټلونو بهرنیو مېلمنو ته له خونو ورکولو اقرار وکړ.", "NEG-POLARITY"),
    (H, "Samples taken from the patient's throat were sent to the laboratory.",
     "د ناروغ د ستوني نه اخیستل شوې نمونې لابراتوار ته ولېږل شوې.", ""),
    (H, "He recovered from the disease within two weeks.", "هغه په دوو اونیو کې د ناروغۍ نه روغ شو.", ""),
    (H, "He did not recover from the disease.", "هغه د ناروغۍ نه روغ نه شو.", ""),
    (H, "The patient returned from Pakistan last week.", "ناروغ تېره اونۍ د پاکستان نه راستون شو.", ""),
    (H, "The patient did not return from Pakistan.", "ناروغ د پاکستان نه راستون شو.", "NEG-MISSING"),
    (H, "The virus was isolated from the nasal swabs of camels.",
     "ویروس د اوښانو د پزې له نمونو نه جلا کړای شو.", ""),
    (H, "Nine injured patients were brought to the hospital.", "نه ټپي ناروغان روغتون ته راوړل شول.", ""),
    (H, "Nine patients did not recover.", "نه ناروغان روغ نه شول.", ""),
    (H, "Nine patients recovered.", "ناروغان روغ نه شول.", "NEG-ADDED"),
    (H, "The patient was separated from his family.", "ناروغ د خپلې کورنۍ نه جلا کړای شو.", ""),
    (H, "The patient was separated from his family.", "ناروغ له خپلې کورنۍ جلا نه شو.", "NEG-ADDED"),
    (H, "The death toll may not include people who died at home.",
     "ښایي د مړو په شمېر کې هغه کسان شامل نا وي چې په کور کې مړه شوي.", ""),
    (H, "The source of the infection is not known.", "د انتان سرچینه نامالومه ده.", ""),
    (H, "The source of the infection is known.", "د انتان سرچینه نامالومه ده.", "NEG-AFFIX"),
    (H, "The source of the infection is unknown.", "د انتان سرچینه مالومه ده.", "NEG-AFFIX"),
    (H, "Wear protective gloves when handling samples.", "د نمونو د لاس وهلو پر مهال د خوندیتوب دستکشې واغوندئ.", ""),
    (H, "A shortage of masks was reported in the province.", "په ولایت کې د ماسکونو د کموالي راپور ورکړل شو.", ""),
    (H, "The number of new cases decreased.", "د نویو پېښو شمېر ډېروالی وموند.", "NEG-POLARITY"),
    (H, "The number of new cases increased.", "د نویو پېښو شمېر ډېروالی وموند.", ""),
    (H, "The number of new cases increased.", "د نویو پېښو شمېر کموالی وموند.", "NEG-POLARITY"),
    (D, "Please check whether the child has been in contact with a sick person.",
     "مهرباني وکړئ وګورئ چې ایا ماشوم له کوم ناروغ کس سره په تماس کې نه دی راغلی.", ""),
    (D, "The child has been in contact with a sick person.",
     "ماشوم له کوم ناروغ کس سره په تماس کې نه دی راغلی.", "NEG-ADDED"),
    # --- legal ----------------------------------------------------------------------------
    (L, "The contract may not be terminated without notice.", "قرارداد بې له خبرتیا نشي فسخ کېدای.", ""),
    (L, "The contract may not be terminated without notice.", "قرارداد بې له خبرتیا فسخ کېدای شي.", "NEG-MISSING"),
    (L, "The court raised the fine for late payment.", "محکمې د ځنډني تادیې جریمه لوړه کړه.", ""),
    (L, "The court reduced the fine for late payment.", "محکمې د ځنډني تادیې جریمه لوړه کړه.", "NEG-POLARITY"),
    (L, "Evidence obtained from the search was not admitted.", "د تلاشۍ نه لاسته راغلي شواهد ونه منل شول.", ""),
    (L, "Evidence obtained from the search was admitted.", "د تلاشۍ نه لاسته راغلي شواهد ونه منل شول.", "NEG-ADDED"),
    (L, "The court cannot ignore this evidence.", "محکمه باید دې شواهدو ته پام وکړي.", ""),
    (L, "The court cannot ignore this evidence.", "محکمه دا شواهد له پامه غورځوي.", "NEG-MISSING"),
    (L, "The court ignored this evidence.", "محکمې دې شواهدو ته پام وکړ.", "NEG-MISSING"),
    (L, "The court ignored this evidence.", "محکمې دا شواهد نظرانداز کړل.", ""),
    (L, "The new rule ignores the rights of workers.", "نوې قاعده د کارګرانو حقونو ته شا کوي.", ""),
    (L, "The new rule includes the rights of workers.", "نوې قاعده د کارګرانو حقونه شاملوي.", ""),
    (L, "He was not guilty of the crime.", "هغه په دې جرم کې بیګناه و.", ""),
    (L, "The jury found him innocent.", "جرګې هغه بیګناه وباله.", ""),
    (L, "The jury found him innocent.", "جرګې هغه ګناهکار وباله.", "NEG-POLARITY"),
    (L, "The jury found him guilty.", "جرګې هغه بې ګناه وباله.", "NEG-POLARITY"),
    # --- technical ------------------------------------------------------------------------
    (T, "The device is not waterproof.", "دا آله د اوبو په وړاندې مقاومه نه ده.", ""),
    (T, "The device is not waterproof.", "دا آله د اوبو په وړاندې مقاومه ده.", "NEG-MISSING"),
    (T, "Data copied from the old server is not encrypted.", "د زاړه سرور نه کاپي شوي معلومات کوډ شوي نه دي.", ""),
    (T, "The firmware update has yet to be released.", "د فرم ویر تازه نسخه تر اوسه نه ده خپره شوې.", ""),
    # --- news -----------------------------------------------------------------------------
    (N, "Flights from Italy have not resumed yet.", "له ایټالیا نه الوتنې لا تر اوسه نه دي پیل شوې.", ""),
    (N, "Flights from Italy have not resumed yet.", "له ایټالیا نه الوتنې بیا پیل شوې.", "NEG-MISSING"),
    (N, "There is still no vaccine against the virus.", "تر اوسه د ویروس پر ضد واکسین نه شته.", ""),
    (N, "A vaccine against the virus is now available.", "تر اوسه د ویروس پر ضد واکسین نه شته.", "NEG-ADDED"),
    (N, "There is no road to the village from the district centre.", "له ولسوالۍ مرکز نه کلي ته سړک نه شته.", ""),
    (N, "Officials launched the campaign #DontPanic on Monday.",
     "چارواکو د دوشنبې په ورځ د #وېره_مه_کوئ کمپاین پیل کړ.", ""),
    (N, "Nine soldiers returned from the border.", "نه عسکر د پولې نه راستانه شول.", ""),
    (N, "The minister did not comment on the report.", "وزیر په راپور تبصره ونه کړه.", ""),
    (N, "The minister did not comment on the report.", "وزیر په راپور تبصره وکړه.", "NEG-MISSING"),
    (N, "The minister commented on the report.", "وزیر په راپور تبصره ونه کړه.", "NEG-ADDED"),
]

@pytest.mark.parametrize("register,en,ps,code", PROBES, ids=[_id(p) for p in PROBES])
def test_a_probe_is_clean_or_caught_with_its_code(register, en, ps, code):
    found = set(neg_codes(en, ps)) & NEG
    assert code in found if code else found == set()


def test_the_table_covers_every_register_both_ways():
    for register in (H, D, L, T, N):
        kinds = {bool(p[3]) for p in PROBES if p[0] == register}
        assert kinds == {True, False}, register


def test_an_opposite_beside_the_rendered_pole_is_not_a_flip():
    # "increase" rendered (ډېروالی) beside a کمول: the Pashto's کم- word may render an English
    # word the table does not list ("sales rise … takings were down" ↔ لوړه شوه … کمه شوه)
    en = "Sales rose in July, but takings were down in restaurants."
    assert neg_codes(en, "د جولای په میاشت کې خرڅلاو لوړ شو، خو په هوټلونو کې عاید کم شو.") == []
    assert neg_codes(en, "د جولای په میاشت کې خرڅلاو کم شو.") == ["NEG-POLARITY"]


def test_a_separate_na_is_a_negation_only_before_a_verb_form():
    # "نا وي" (نه misspelt) negates; a separated prefix before a noun is no verb negation
    assert neg_codes("The list is complete.", "لیست بشپړ نا وي.") == ["NEG-ADDED"]
    assert "NEG-MISSING" not in neg_codes("The list may not be complete.", "ښایي لیست بشپړ نا وي.")
    # "ما نا لري" is معنا لري (it means) split: no negation before a verb other than "to be"
    assert neg_codes("It means that the house is rebuilt.", "ددې ما نا لري چې کور بیا جوړېږي.") == []


def test_the_strength_says_how_sure_a_lost_prefix_or_a_spelt_na_is():
    # a separate prefix with no negation or privative word at all in the Pashto
    assert _strength("The drug has anti-inflammatory effects.", "دا درمل التهابي اغېزې لري.", "NEG-AFFIX") == 0.6
    # two prefixes, one rendered (غیر دولتي), the other lost: the Pashto has some, too few
    assert _strength("Non-governmental groups support anti-corruption work.",
                     "غیر دولتي ډلې د فساد کار ملاتړ کوي.", "NEG-AFFIX") == 0.48
    # نه spelt نا before "to be"
    assert _strength("The list is complete.", "لیست بشپړ نا وي.", "NEG-ADDED") == 0.8
