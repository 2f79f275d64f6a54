"""Issue 11: fresh polarity probes for the groups of place, time, order and size (helper h3, session
of 2026-12-07/08, s24).

The groups before / after, first / last, above / below, long / short, large / small, left / right,
begin / end, enter / exit and maximum / minimum report at info since stop 23: their Pashto pole
words are everyday words that often render ANOTHER English word of the sentence (پورته "over 70",
لاندې "the following", لنډه توګه "briefly", وروستۍ "posterior", ستره محکمه "Supreme Court").

CLEAN: correct professional translations in which the English says a pole of one of these groups
in other Pashto words (ago ↔ کاله وړاندې, long delay ↔ ډېر ځنډ, started ↔ روان شو) while a Pashto
word of the opposite pole renders some other English word or idiom (over, more than, upper, the
following, downstream, briefly, in short, soon, supreme, great, attorney general, young, little,
prime, primary, posterior, hind, subsequent, once, when, by the time, leftist, completed, broke out,
launched, left, included, up to, at most): no NEG-* warning or error.  CARELESS: one pole rendered
by the other the way careless translators err (right bank ↔ کیڼه غاړه, before ↔ وروسته له دې چې, raised
↔ ټیټه کړه, increased ↔ کم شول, with light verbs), also beside a word of shortage (a side with
both poles) or a verb negation elsewhere in the sentence: caught, as a warning for the flips of
rise / fall with no word of shortage or verb negation, at info for the rest (INFO_ONLY below).

First contact on b663dac (this file run on the export of the start tree, before any change):
clean 37/37 (the start reports every flip of these groups at info: 36 of the 37 give an info
finding), caught 3/27 (only the flips of rise / fall with no word of shortage and no verb negation
are warnings).  The second batch of clean pairs (written after the tuning false alarms read on this
change) on b663dac: 3/4 (NEG-AFFIX on "fail to take the tablets regularly" ↔ نامنظم).  The third
batch on b663dac 8/8 (6 at info), on 61083ba (the first two batches' table) 2/8.  h3's
promotion of these flips to warnings (61083ba, 4d13227: clean 49/49, caught 27/27 as warnings) was
reverted by the lead's decision (issue 11 item 4): measured once on held-out text it added 2 real /
3 false findings (40 %) and caught 0 of the 3 held-out careless polarity flips, and its table of
other renderings of the Pashto pole words listed the words of held-out false alarms.  Now (h6
s24): clean 49/49 (no warning; the reviewer sees the pole pairs at info), caught 27/27: 3 as
warnings, 24 at info only (INFO_ONLY).
"""
import pytest

from tests.helpers import reported_codes as reported

FIRST_CONTACT = "first contact on b663dac: clean 37/37, caught 3/27; second batch clean 3/4; third batch 8/8 (on 61083ba 2/8)"

CLEAN = [
    # above / below: پورته "over, more than, upper", لاندې "the following, downstream"
    ('under_over', 'Children under five and adults over 65 should get the vaccine.',
     'له پنځو کلونو کم عمره ماشومان او له ۶۵ کلونو پورته لویان باید واکسین واخلي.'),
    ('above_following', 'Temperatures above 40 degrees are expected in the following districts: Farah, Nimroz and Helmand.',
     'په لاندې ولسوالیو کې له ۴۰ درجو د زیاتې تودوخې تمه کېږي: فراه، نیمروز او هلمند.'),
    ('below_more_than', 'Unemployment stayed below ten percent, while more than half of the graduates found work.',
     'بېکاري تر لسو سلنو کمه پاتې شوه، په داسې حال کې چې له نیمایي پورته فارغانو کار پیدا کړ.'),
    ('beneath_upper', 'The village lies beneath the pass, in the upper part of the valley.',
     'کلی د کوتل په لمن کې، د درې په پورته برخه کې پروت دی.'),
    ('under_law_over', 'Under the new law, anyone over eighteen may vote.',
     'د نوي قانون له مخې، هر څوک چې له اتلسو کلونو پورته وي رایه ورکولی شي.'),
    ('above_all_following', 'Above all, the plan has the following aims:',
     'تر هر څه مهم، طرحه لاندې موخې لري:'),
    ('above_downstream', 'The water stayed above the danger mark downstream.',
     'د سیند په لاندې برخه کې اوبه د خطر له نښې لوړې پاتې شوې.'),
    ('under_contract_more_than', 'The rule applies to staff under contract for more than a year.',
     'دا قاعده پر هغو کارکوونکو تطبیقېږي چې له یو کال پورته قرارداد لري.'),
    # long / short: لنډ "briefly, in short, brief, soon", اوږد "lengthy"
    ('long_briefly', 'After a long delay, the minister spoke briefly to reporters.',
     'له ډېر ځنډ وروسته، وزیر خبریالانو ته په لنډه توګه خبرې وکړې.'),
    ('long_term_in_short', 'In short, the long-term plan failed.',
     'په لنډو کې، اوږدمهاله پلان ناکام شو.'),
    ('short_lengthy', 'The short film started a lengthy debate.',
     'دغه کوچني فلم یو اوږد بحث پیل کړ.'),
    ('long_brief', 'Patients with long COVID were given a brief questionnaire.',
     'د اوږدمهاله کووېډ ناروغانو ته یوه لنډه پوښتنپاڼه ورکړل شوه.'),
    ('long_soon', 'The long-awaited bridge will open soon.',
     'هغه پل چې له ډېرې مودې راهیسې یې انتظار کېده، په لنډ وخت کې به پرانیستل شي.'),
    # large / small: ستر "supreme", لوی "great, attorney general", کوچنی "young, little, infants"
    ('small_supreme', 'A small number of cases reached the Supreme Court.',
     'د قضیو یو کم شمېر سترې محکمې ته ورسېد.'),
    ('small_great', 'Small businesses suffered most during the Great Depression.',
     'د لوی اقتصادي رکود پر مهال واړه کاروبارونه تر ټولو ډېر زیانمن شول.'),
    ('large_young', 'A large share of the aid went to young children.',
     'د مرستو ډېره برخه کوچنیو ماشومانو ته ورسېده.'),
    ('small_attorney_general', 'The attorney general described the case as small.',
     'لوی څارنوال دا قضیه وړه وبلله.'),
    ('large_little', 'A large crowd gathered around the little girl.',
     'د کوچنۍ نجلۍ شاوخوا ډېر خلک راټول شول.'),
    ('large_infants', 'Large families with infants receive extra food.',
     'هغه ډېر غړي لرونکې کورنۍ چې کوچني ماشومان لري، اضافي خواړه ترلاسه کوي.'),
    # first / last: لومړی "prime, primary", وروستی "posterior, hind, subsequent"
    ('latest_prime', 'The Prime Minister announced the latest figures.',
     'لومړي وزیر تازه شمېرې اعلان کړې.'),
    ('late_primary', 'Patients who arrive late will be seen by a primary care nurse.',
     'هغه ناروغان چې له ټاکلي وخت وروسته راځي، د لومړنۍ روغتیايي پاملرنې نرس به یې ګوري.'),
    ('first_posterior', 'The disease first appears in the posterior part of the brain.',
     'ناروغي په پیل کې د دماغ په وروستۍ برخه کې ښکاري.'),
    ('early_hind', 'Early treatment protects the hind legs of the animal.',
     'ژر درملنه د څاروي وروستۍ پښې ساتي.'),
    ('initial_subsequent', 'The initial design was changed in subsequent versions.',
     'وروستیو نسخو ابتدايي ډیزاین بدل کړ.'),
    ('recent_primary', 'The most recent survey covered every primary school.',
     'تر ټولو نوې سروې هر لومړنی ښوونځی پوښلی دی.'),
    # before / after: وروسته له دې "once, when", مخکې له دې "by the time"
    ('before_once', 'Once the vaccine is approved, it will be tested on children before it is sold.',
     'وروسته له دې چې واکسین تصویب شي، له پلور مخکې به پر ماشومانو وازمویل شي.'),
    ('before_when', 'When the rains stopped, farmers planted wheat before the first frost.',
     'وروسته له هغه چې بارانونه ودرېدل، بزګرانو له لومړۍ یخنۍ مخکې غنم وکرل.'),
    ('after_by_the_time', 'By the time the police arrived after the call, the attackers had fled.',
     'مخکې له دې چې پولیس د زنګ وهلو وروسته ورسېږي، بریدګر تښتېدلي وو.'),
    ('previously_once', 'Previously, the ministry published figures only once the year had ended.',
     'پخوا به وزارت شمېرې یوازې وروسته له دې خپرولې چې کال به پای ته رسېدلی و.'),
    # left / right: کیڼ "leftist"
    ('right_leftist', 'He has the right to appeal, and the leftist parties support him.',
     'هغه د استیناف حق لري، او کیڼ اړخي ګوندونه یې ملاتړ کوي.'),
    # begin / end: پای ته ورسېد "completed", پیل شو "broke out, launched"
    ('started_completed', 'Work on the dam started in 2010 and was completed in 2016.',
     'د بند کار په ۲۰۱۰ کې روان شو او په ۲۰۱۶ کې پای ته ورسېد.'),
    ('ended_broke_out', 'When the fighting ended, a cholera epidemic broke out in the camps.',
     'کله چې جګړه ودرېده، په کمپونو کې د کولرا وبا پیل شوه.'),
    ('started_repairs_completed', 'Classes started again after the repairs to the school were completed.',
     'وروسته له دې چې د ښوونځي ترمیم پای ته ورسېد، ټولګي بیا دایر شول.'),
    ('ended_launched', 'The talks ended, and a new round was launched in May.',
     'خبرې ودرېدې، او په می کې یو نوی پړاو پیل شو.'),
    # enter / exit: ووتل "left", داخل شول "included"
    ('entered_left', 'Troops entered the town after the rebels left.',
     'وروسته له هغه چې یاغیان له ښاره ووتل، عسکر ښار ته راورسېدل.'),
    ('exit_included', "Britain's exit from the European Union was included in the party's manifesto.",
     'له اروپايي ټولنې څخه د بریتانیا جلا کېدل د ګوند په انتخاباتي منشور کې داخل شول.'),
    # maximum / minimum: حداکثر "up to, at most"
    ('minimum_up_to', 'Each family receives up to 50 kilograms; the minimum ration is 10 kilograms.',
     'هره کورنۍ حداکثر ۵۰ کیلوګرامه ترلاسه کوي؛ ټیټه سهمیه ۱۰ کیلوګرامه ده.'),
    # second batch, after the tuning false alarms read on this change (tico1685 "a failure to …
    # use the kits correctly" ↔ ناسمه کارونه; tico2773 "most recent common ancestor" ↔ لومړی نسل):
    # the first generation renders an ancestor, and "fail to / unable to" before a pole word says
    # its opposite with no negation
    ('recent_ancestor', 'The most recent ancestor of the two species lived ten million years ago.',
     'د دغو دوو ډولونو لومړني نیکونه لس میلیونه کاله پخوا ژوند کاوه.'),
    ('fail_to_regularly', 'Patients who fail to take the tablets regularly may get worse.',
     'هغه ناروغان چې ګولۍ په نامنظم ډول خوري، ښايي حال یې خراب شي.'),
    ('failed_to_early', 'Farmers who failed to plant early lost most of the harvest.',
     'هغو بزګرانو چې کرنه یې ناوخته وکړه، د حاصل ډېره برخه یې له لاسه ورکړه.'),
    ('not_until_after', 'The plant did not open until after the inspection was finished.',
     'فابریکه مخکې له دې چې معاینه پای ته ورسېږي، پرانیستل نه شوه.'),
    # third batch (health and news registers), written to look for renderings the table lacked:
    # older children ↔ لوی ماشومان, mass gatherings ↔ لویې غونډې, much of ↔ لویه برخه, now that ↔
    # وروسته له دې چې, emerged / set in ↔ پیل شو
    ('small_older', 'Infections were small in number among older children.',
     'په لویو ماشومانو کې د انتاناتو شمېر لږ و.'),
    ('small_mass', 'Even small outbreaks were reported after mass gatherings.',
     'له لویو غونډو وروسته حتی محدودې خپرېدنې هم راپور شوې.'),
    ('small_much_of', 'Small towns account for much of the country, as the map shows.',
     'لکه څنګه چې نقشه ښيي، واړه ښارګوټي د هېواد لویه برخه جوړوي.'),
    ('last_outset', 'At the outset, nobody expected the last phase to take a decade.',
     'په لومړي سر کې هیچا تمه نه درلوده چې وروستی پړاو به یوه لسیزه ونیسي.'),
    ('before_now_that', 'Now that the vaccine is available, the rules set before the outbreak will change.',
     'وروسته له دې چې واکسین موجود شو، هغه مقررات چې د وبا له خپرېدو دمخه ټاکل شوي وو، بدلېږي.'),
    ('ended_emerged', 'The lockdown ended soon after the new variant emerged in the south.',
     'قرنطین لږ وروسته له هغې لرې شو چې نوی ډول په سوېل کې پیل شو.'),
    ('ended_set_in', 'The fighting had ended by the time winter set in.',
     'کله چې ژمی پیل شو، جګړه درېدلې وه.'),
    ('first_latest', 'The latest report was first published in English.',
     'تازه راپور لومړی په انګلیسي ژبه خپور شو.'),
]

CARELESS = [
    # left / right
    ('The hospital is on the right side of the road.',
     'روغتون د سړک په کیڼ اړخ کې دی.', ('NEG-POLARITY',)),
    ('A bullet hit his left hand, and his right leg was broken.',
     'یوه ګولۍ یې ښي لاس ته ولګېده، او ښۍ پښه یې ماته شوه.', ('NEG-POLARITY',)),
    # before / after (the Pashto conjunctions)
    ('Register your name before the exam starts.',
     'وروسته له دې چې ازموینه شروع شي، خپل نوم ثبت کړئ.', ('NEG-POLARITY',)),
    ('The children were vaccinated after the outbreak was declared.',
     'مخکې له دې چې د وبا اعلان وشي، ماشومان واکسین شول.', ('NEG-POLARITY',)),
    ('The bridge was built before the war began.',
     'وروسته له دې چې جګړه پیل شوه، پل جوړ شو.', ('NEG-POLARITY',)),
    # first / last
    ('She was the last speaker at the conference.',
     'هغه په کنفرانس کې لومړۍ ویناواله وه.', ('NEG-POLARITY',)),
    ('The first case was reported in Kandahar.',
     'وروستۍ پېښه په کندهار کې راپور شوه.', ('NEG-POLARITY',)),
    ('Most deaths occurred in the first week.',
     'ډېری مړینې په وروستۍ اونۍ کې رامنځته شوې.', ('NEG-POLARITY',)),
    # above / below
    ('The river is above its normal level.',
     'سیند له خپلې عادي کچې لاندې دی.', ('NEG-POLARITY',)),
    ('The temperature fell below zero.',
     'تودوخه له صفر پورته شوه.', ('NEG-POLARITY',)),
    # long / short
    ('The road to the valley is long and narrow.',
     'درې ته لاره لنډه او تنګه ده.', ('NEG-POLARITY',)),
    ('The report gives a short summary of the findings.',
     'راپور د موندنو یو اوږد لنډیز وړاندې کوي.', ('NEG-POLARITY',)),
    # large / small
    ('Kabul is the largest city in Afghanistan.',
     'کابل د افغانستان تر ټولو کوچنی ښار دی.', ('NEG-POLARITY',)),
    ('Small farms produce most of the wheat.',
     'لوی فارمونه ډېری غنم تولیدوي.', ('NEG-POLARITY',)),
    # begin / end
    ('The talks began on Monday.',
     'خبرې د دوشنبې په ورځ پای ته ورسېدې.', ('NEG-POLARITY',)),
    ('The ceasefire ended at midnight.',
     'اوربند د شپې په دولسو بجو پیل شو.', ('NEG-POLARITY',)),
    # enter / exit
    ('Lorries enter the city only at night.',
     'لارۍ یوازې د شپې له ښاره وځي.', ('NEG-POLARITY',)),
    # maximum / minimum
    ('The maximum dose is two tablets a day.',
     'لږ تر لږه دوز په ورځ کې دوه ګولۍ دی.', ('NEG-POLARITY',)),
    ('The minimum wage was raised last year.',
     'اعظمي مزد تېر کال لوړ شو.', ('NEG-POLARITY',)),
    # rise / fall with light verbs
    ('The government raised the price of bread.',
     'حکومت د ډوډۍ بیه ټیټه کړه.', ('NEG-POLARITY',)),
    ('Exports increased by five percent.',
     'صادرات پنځه سلنه کم شول.', ('NEG-POLARITY',)),
    ('Rainfall decreased sharply this spring.',
     'سږ پسرلي باران په چټکۍ سره زیات شو.', ('NEG-POLARITY',)),
    # a side with both poles: a word of shortage or decline beside the flipped verb
    ('The shortage of doctors increased waiting times.',
     'د ډاکټرانو کمښت د انتظار وخت کم کړ.', ('NEG-POLARITY',)),
    ('The decline in rainfall raised food prices.',
     'د باران کمښت د خوړو بیې ټیټې کړې.', ('NEG-POLARITY',)),
    # a verb negation far from the flipped pole, rendered on both sides
    ('Prices rose in the cities, but wages did not change.',
     'په ښارونو کې بیې ټیټې شوې، خو مزدونه بدل نه شول.', ('NEG-POLARITY',)),
    ('The new road lowered transport costs, although it was not finished.',
     'نوي سړک د ترانسپورت لګښتونه لوړ کړل، که څه هم بشپړ شوی نه و.', ('NEG-POLARITY',)),
    ('The first vaccines arrived in May, but they were not enough.',
     'وروستي واکسینونه په می کې راورسېدل، خو بس نه وو.', ('NEG-POLARITY',)),
]


@pytest.mark.parametrize("name,en,ps", CLEAN, ids=[c[0] for c in CLEAN])
def test_correct_translation_is_clean(name, en, ps):
    assert not [c for c in reported(en, ps) if c.startswith("NEG")]


#: careless flips the tool reports at info only (lead, issue 11 item 4: a rule that cannot reach
#: the precision bar on held-out text reports at info): the groups of place, time, order and size
#: (``en info`` rows of polarity_en_ps.tsv), poles paired word by word where a side has both poles
#: (a word of shortage or decline), and flips beside verb negations.  Their findings were far below
#: the precision bar on held-out text (stop 23: 1 real / 9 false; s24's promotion of the flips no
#: other English word explained: 2 real / 3 false added, 0 of 3 held-out careless flips caught), so
#: a reviewer sees them on the review page while a CI gate does not fail on them.
INFO_ONLY = {
    'The hospital is on the right side of the road.',
    'A bullet hit his left hand, and his right leg was broken.',
    'Register your name before the exam starts.',
    'The children were vaccinated after the outbreak was declared.',
    'The bridge was built before the war began.',
    'She was the last speaker at the conference.',
    'The first case was reported in Kandahar.',
    'Most deaths occurred in the first week.',
    'The river is above its normal level.',
    'The temperature fell below zero.',
    'The road to the valley is long and narrow.',
    'The report gives a short summary of the findings.',
    'Kabul is the largest city in Afghanistan.',
    'Small farms produce most of the wheat.',
    'The talks began on Monday.',
    'The ceasefire ended at midnight.',
    'Lorries enter the city only at night.',
    'The maximum dose is two tablets a day.',
    'The minimum wage was raised last year.',
    'The shortage of doctors increased waiting times.',
    'The decline in rainfall raised food prices.',
    'Prices rose in the cities, but wages did not change.',
    'The new road lowered transport costs, although it was not finished.',
    'The first vaccines arrived in May, but they were not enough.',
}


@pytest.mark.parametrize("en,ps,codes", CARELESS)
def test_careless_translation_is_caught(en, ps, codes):
    if en in INFO_ONLY:
        assert {f.severity for f in _findings(en, ps) if f.code in codes} == {"info"}
    else:
        assert set(codes) & set(reported(en, ps))


def _findings(en, ps):
    from aligner.checks import run_checks
    from tests.helpers import context_from_lines
    return [f for f in run_checks(context_from_lines([en], [ps]).result, {}) if f.code.startswith("NEG")]


@pytest.mark.parametrize("name,en,ps", CLEAN, ids=[c[0] for c in CLEAN])
def test_correct_flip_stays_at_info(name, en, ps):
    """A correct pair whose Pashto pole word renders another English word is no warning, but the
    reviewer still sees the pole pair at info (where the start reported it)."""
    assert all(f.severity == "info" for f in _findings(en, ps))


def test_flip_carries_both_words_and_offsets():
    en, ps = ('The old town is on the right bank of the river.', 'زوړ ښار د سیند پر کیڼه غاړه پروت دی.')
    f, = [f for f in _findings(en, ps) if f.code == "NEG-POLARITY"]
    assert f.severity == "info" and f.source_value == "right" and f.target_value.startswith("کیڼه")
    assert en[f.source.start:f.source.end] == "right" and ps[f.target.start:f.target.end] == f.target_value
    assert 0 < f.strength < 1      # a group of everyday words: weaker than rise / fall
