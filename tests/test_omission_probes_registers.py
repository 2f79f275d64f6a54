"""OMIT-PARTIAL probes, second set (issue 11, unseen text): three more short documents written for
these tests, a health leaflet, an employment contract and a printer guide, each a correct
translation (with sentences a translator legitimately condenses: "each and every", "whenever it is
at all possible", "hereby agrees and undertakes", "please note that")
and careless versions, each dropping one clause, aside, list or opening phrase of one sentence.

As in ``test_omission_probes.py``: the correct documents come out without a single OMIT-PARTIAL;
the drops caught are pinned at their sentence, those not caught yet are pinned as missed (a test
fails when one starts being caught, so the list stays true).  Also pinned here: a merged bead
next to a bead with a Pashto sentence to spare (the aligner put a boundary one sentence off) is
no partial omission, and a URL with or without its closing slash is the same link."""
from types import SimpleNamespace

import pytest

from aligner.checks.format import FormatCheck
from aligner.checks.omission import _shifted
from tests.helpers import pair_from_texts
from tests.test_omission_probes import drop_caught, partial_findings

DOCS = {
    "health": [
        ("Wash your hands often with soap and water for at least 20 seconds, especially after you have been "
         "in a public place.",
         "خپل لاسونه لږ تر لږه ۲۰ ثانیې له صابون او اوبو سره ډېر ځله ومینځئ، په ځانګړې توګه کله چې له یوه "
         "عامه ځای څخه راځئ."),
        ("If soap and water are not available, use a hand sanitizer that contains at least 60% alcohol.",
         "که صابون او اوبه نه وي، داسې لاس پاکوونکی وکاروئ چې لږ تر لږه ۶۰٪ الکول ولري."),
        ("Avoid touching your eyes, nose and mouth with unwashed hands.",
         "په نامینځلو لاسونو خپلې سترګې، پوزه او خوله مه لمسوئ."),
        ("Stay at home when you are sick, except when you need to get medical care.",
         "کله چې ناروغ یاست په کور کې پاتې شئ، پرته له هغه وخته چې طبي پاملرنې ته اړتیا ولرئ."),
        ("Cover your mouth and nose with a tissue when you cough or sneeze, and throw the used tissue in the "
         "trash.",
         "کله چې ټوخئ یا پرنجی کوئ، خوله او پوزه مو په دستمال پټه کړئ او کارول شوی دستمال د کثافاتو په "
         "ډبه کې واچوئ."),
        ("Older adults and people who have serious chronic medical conditions, such as heart disease, diabetes "
         "or lung disease, are at higher risk of getting very sick.",
         "زاړه خلک او هغه کسان چې جدي اوږدمهاله ناروغۍ لري، لکه د زړه ناروغي، شکره یا د سږو ناروغي، د سخت "
         "ناروغېدو له ډېر خطر سره مخ دي."),
        ("Most people who get the virus have mild symptoms and recover without any special treatment.",
         "ډېری هغه خلک چې په ویروس اخته کېږي لږې نښې نښانې لري او له کومې ځانګړې درملنې پرته روغېږي."),
        ("Call your doctor if you have a fever, a cough or difficulty breathing, because you may need to be "
         "tested.",
         "که تبه، ټوخی یا د ساه اخیستلو ستونزه لرئ، خپل ډاکټر ته زنګ ووهئ، ځکه چې ښايي د معاینې اړتیا ولرئ."),
        ("The vaccine is free of charge and is available at every health centre in the province.",
         "واکسین وړیا دی او د ولایت په هر روغتیایي مرکز کې شته."),
        ("Children under the age of five should receive all their vaccines on time to protect them against "
         "measles, polio and other dangerous diseases.",
         "له پنځو کلونو کم عمر ماشومان باید خپل ټول واکسینونه په خپل وخت ترلاسه کړي، ترڅو د شري، پولیو او "
         "نورو خطرناکو ناروغیو په وړاندې خوندي شي."),
        ("It is very important that each and every member of the family gets vaccinated as soon as it is "
         "possible to do so.",
         "ډېره مهمه ده چې د کورنۍ ټول غړي ژر تر ژره واکسین شي."),                               # condensed
        ("Pregnant women should, whenever it is at all possible, give birth in a hospital or a clinic with the "
         "help of a trained midwife.",
         "امېندوارې مېرمنې باید تر وسه وسه په روغتون یا کلینیک کې د روزل شوې قابلې په مرسته زېږون وکړي."),
    ],
    "contract": [
        ("The employer shall pay the employee's salary no later than the tenth day of each month.",
         "کارګمارونکی به د کارکوونکي معاش د هرې میاشتې تر لسمې نېټې پورې ورکوي."),
        ("The employee is entitled to twenty days of paid annual leave, which must be taken before the end of "
         "the year.",
         "کارکوونکی په کال کې د شلو ورځو له معاش سره رخصتۍ حق لري، چې باید د کال تر پای مخکې واخیستل شي."),
        ("Either party may terminate this contract by giving thirty days' written notice to the other party.",
         "هر لوری کولای شي بل لوري ته دېرش ورځې مخکې لیکلې خبرتیا ورکړي او دا قرارداد فسخ کړي."),
        ("If the employee is absent from work without permission for more than three days, the employer may "
         "deduct the wages for those days.",
         "که کارکوونکی له اجازې پرته تر درېیو ورځو ډېر له کار څخه غیر حاضر وي، کارګمارونکی کولای شي د هغو "
         "ورځو مزد کم کړي."),
        ("The employee shall not disclose any confidential information of the company, either during or after "
         "the term of employment.",
         "کارکوونکی به د شرکت هېڅ محرم معلومات نه افشا کوي، نه د دندې په موده کې او نه له هغې وروسته."),
        ("The company will provide health insurance for the employee and for the members of his immediate "
         "family.",
         "شرکت به کارکوونکي او د هغه د نږدې کورنۍ غړو ته روغتیايي بیمه برابروي."),
        ("Any amendment to this contract shall be made in writing and signed by both parties.",
         "په دې قرارداد کې هر ډول تعدیل باید په لیکلي ډول وي او دواړه لوري یې لاسلیک کړي."),
        ("The employee hereby agrees and undertakes to comply with each and every one of the rules and "
         "regulations of the company.",
         "کارکوونکی ژمنه کوي چې د شرکت د ټولو مقرراتو پابند به وي."),                         # condensed
        ("In the event of a dispute, the parties shall first try to resolve it through negotiation, and if "
         "this fails, the matter shall be referred to the competent court.",
         "د شخړې په صورت کې، لوري به لومړی هڅه کوي چې د خبرو اترو له لارې یې حل کړي، او که دا ونه شول، "
         "موضوع به واکمنې محکمې ته راجع کېږي."),
        ("This contract is drawn up in two copies, each of which has the same legal force.",
         "دا قرارداد په دوو نسخو کې ترتیب شوی، چې هره یوه یې یو شان قانوني اعتبار لري."),
    ],
    "printer": [
        ("Before you connect the printer, make sure that the computer is turned off.",
         "مخکې له دې چې پرنټر وصل کړئ، ډاډ ترلاسه کړئ چې کمپیوټر بند دی."),
        ("Connect the printer to the computer with the cable that came in the box.",
         "پرنټر له کمپیوټر سره د هغه کېبل په واسطه وصل کړئ چې په بکس کې راغلی دی."),
        ("Turn on the computer and wait until the operating system has loaded completely.",
         "کمپیوټر روښانه کړئ او انتظار وباسئ تر څو عامل سیستم په بشپړ ډول پورته شي."),
        ("The system will detect the printer automatically and install the necessary drivers.",
         "سیستم به پرنټر پخپله وپېژني او اړین ډرایورونه به نصب کړي."),
        ("If the printer is not detected, restart the computer and try again.",
         "که پرنټر ونه پېژندل شي، کمپیوټر بیا پیل کړئ او بیا هڅه وکړئ."),
        ("Do not unplug the cable while the printer is printing, because this may damage the device.",
         "کله چې پرنټر چاپ کوي کېبل مه باسئ، ځکه چې دا کار ښايي وسیله زیانمنه کړي."),
        ("The printer uses black and colour cartridges, which should be replaced when the ink runs low.",
         "پرنټر تور او رنګه کارتریجونه کاروي، چې کله یې رنګ کم شي باید بدل شي."),
        ("For the best print quality, use paper that is designed for inkjet printers.",
         "د چاپ د غوره کیفیت لپاره، هغه کاغذ وکاروئ چې د انکجېټ پرنټرونو لپاره جوړ شوی وي."),
        ("Please note that the warranty does not cover any damage that is caused by the use of cartridges made "
         "by other manufacturers.",
         "د نورو جوړوونکو د کارتریجونو له امله زیان په تضمین کې نه راځي."),                      # condensed
        ("Keep the printer in a cool, dry place, away from direct sunlight and dust.",
         "پرنټر په یوه سړه او وچه ځای کې، له مستقیمې لمرې وړانګې او دوړو لرې وساتئ."),
    ],
}

#: (document, sentence, the careless Pashto of that sentence, what was dropped)
DROPS = [
    ("health", 0, "خپل لاسونه لږ تر لږه ۲۰ ثانیې له صابون او اوبو سره ډېر ځله ومینځئ.", "especially ... (aside)"),
    ("health", 3, "کله چې ناروغ یاست په کور کې پاتې شئ.", "except ... clause"),
    ("health", 4, "کله چې ټوخئ یا پرنجی کوئ، خوله او پوزه مو په دستمال پټه کړئ.", "second coordinated clause"),
    ("health", 5, "زاړه خلک او هغه کسان چې جدي اوږدمهاله ناروغۍ لري د سخت ناروغېدو له ډېر خطر سره مخ دي.",
     "such as ... (a list)"),
    ("health", 6, "ډېری هغه خلک چې په ویروس اخته کېږي لږې نښې نښانې لري.", "second coordinated clause"),
    ("health", 7, "که تبه، ټوخی یا د ساه اخیستلو ستونزه لرئ، خپل ډاکټر ته زنګ ووهئ.", "because clause"),
    ("health", 8, "واکسین وړیا دی.", "second coordinated clause"),
    ("health", 9, "له پنځو کلونو کم عمر ماشومان باید خپل ټول واکسینونه په خپل وخت ترلاسه کړي.",
     "to protect them ... (purpose)"),
    ("contract", 1, "کارکوونکی په کال کې د شلو ورځو له معاش سره رخصتۍ حق لري.", "relative clause"),
    ("contract", 3, "کارګمارونکی کولای شي د هغو ورځو مزد کم کړي.", "the condition"),
    ("contract", 4, "کارکوونکی به د شرکت هېڅ محرم معلومات نه افشا کوي.", "either during or after"),
    ("contract", 5, "شرکت به کارکوونکي ته روغتیايي بیمه برابروي.", "and his family (a pair's item)"),
    ("contract", 6, "په دې قرارداد کې هر ډول تعدیل باید په لیکلي ډول وي.", "second coordinated clause"),
    ("contract", 8, "د شخړې په صورت کې، لوري به لومړی هڅه کوي چې د خبرو اترو له لارې یې حل کړي.",
     "and if this fails ..."),
    ("contract", 9, "دا قرارداد په دوو نسخو کې ترتیب شوی.", "relative clause"),
    ("printer", 0, "ډاډ ترلاسه کړئ چې کمپیوټر بند دی.", "before ... (opening clause)"),
    ("printer", 2, "کمپیوټر روښانه کړئ.", "second coordinated clause"),
    ("printer", 3, "سیستم به پرنټر پخپله وپېژني.", "second coordinated clause"),
    ("printer", 5, "کله چې پرنټر چاپ کوي کېبل مه باسئ.", "because clause"),
    ("printer", 6, "پرنټر تور او رنګه کارتریجونه کاروي.", "relative clause"),
    ("printer", 7, "هغه کاغذ وکاروئ چې د انکجېټ پرنټرونو لپاره جوړ شوی وي.", "for ... (opening phrase)"),
    ("printer", 9, "پرنټر په یوه سړه او وچه ځای کې وساتئ.", "away from ... (aside)"),
]

#: drops OMIT-PARTIAL does not catch yet (pinned so that the list stays true): a short aside, a
#: because clause, an opening phrase and coordinated clauses whose pair stays within the spread
#: of these short documents (a "and" between Pashto nouns counts as a clause mark, "and signed by"
#: not as an English one), and a drop the aligner hides in a 2-2 bead
MISSED = {
    ("health", 0, "especially ... (aside)"),
    ("health", 4, "second coordinated clause"),
    ("health", 7, "because clause"),
    ("health", 8, "second coordinated clause"),
    ("contract", 6, "second coordinated clause"),
    ("printer", 7, "for ... (opening phrase)"),
}


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_correct_translations_stay_clean(encoder, doc):
    assert [(f.bead, f.message) for f in partial_findings(encoder, DOCS[doc])] == []


@pytest.mark.parametrize("doc,k,ps,what", DROPS, ids=[f"{d}{k}-{w.split()[0]}" for d, k, _, w in DROPS])
def test_dropped_clause(encoder, doc, k, ps, what):
    drop_caught(encoder, DOCS[doc], k, ps, (doc, k, what) in MISSED)


# --- a boundary one sentence off is no omission ------------------------------------------------

def _pairs(*beads):
    """Fake pairs: (English sentences, Pashto sentences) per bead."""
    out = []
    for en, ps in beads:
        out.append(SimpleNamespace(bead=SimpleNamespace(source=tuple(range(len(en))), target=tuple(range(len(ps)))),
                                   source=SimpleNamespace(text=" ".join(en)), target=SimpleNamespace(text=" ".join(ps))))
    return out


def test_a_merged_bead_next_to_one_with_a_pashto_sentence_to_spare_is_a_shifted_boundary():
    # two near-identical dialogue lines: the aligner joins the English pair and gives the second
    # line's Pashto to the next bead; every line is translated
    pairs = _pairs((["it hurts in the middle of my chest", "it hurts right in the centre of my chest"],
                    ["زما د سینې په منځ کې درد کوي"]),
                   (["do you have a cough as well?"], ["زما د سینې په منځ کې درد دی", "ایا ټوخی هم لرئ؟"]))
    assert _shifted(pairs, 0, 0.9)
    # the same merged bead with a plain 1-1 neighbour: a sentence may be missing (not a shift)
    plain = _pairs((["it hurts in the middle of my chest", "it hurts right in the centre of my chest"],
                    ["زما د سینې په منځ کې درد کوي"]),
                   (["do you have a cough as well?"], ["ایا ټوخی هم لرئ؟"]))
    assert not _shifted(plain, 0, 0.9)
    # a neighbour with a sentence to spare, but the two beads together short: a sentence dropped
    # next to one the translator split in two
    dropped = _pairs((["The clinic opens at eight in the morning and closes at noon on Fridays.",
                       "Patients with a fever must wear a mask in the waiting room at all times."],
                      ["کلینیک د سهار په اتو بجو پرانیستل کېږي."]),
                     (["Bring your vaccination card."], ["خپل کارت راوړئ.", "دا مهم دی."]))
    assert not _shifted(dropped, 0, 0.9)


# --- FMT-URL: the slash closing a path -----------------------------------------------------------

@pytest.mark.parametrize("en,ps,expected", [
    ("According to PubMed (https://pubmed.example.org/search/), 200 papers were published.",
     "د PubMed ( https://pubmed.example.org/search) په وینا ۲۰۰ مقالې خپرې شوې.", []),
    ("See the guidance at https://health.example.org/covid/masks for details.",
     "د جزئیاتو لپاره https://health.example.org/covid/masks/ وګورئ.", []),
    ("See the guidance at https://health.example.org/covid/masks for details.",
     "د جزئیاتو لپاره https://health.example.org/covid/vaccines وګورئ.", ["FMT-URL"]),
])
def test_a_url_with_or_without_its_closing_slash_is_the_same_link(en, ps, expected):
    pair = pair_from_texts(en, ps)
    assert [f.code for f in FormatCheck().check_pair(pair, None) if f.code == "FMT-URL"] == expected
