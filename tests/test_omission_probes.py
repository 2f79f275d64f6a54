"""OMIT-PARTIAL probes (issue 11, partial omissions): four short documents written for these tests
in four registers (a tenancy contract, a software guide, a news report, an encyclopedia article),
each a correct translation in which some sentences are legitimately much shorter than their
English (English redundancy: "each and every", "at this point in time", "null and void",
"arising out of or in connection with", "it is worth mentioning that"; Pashto condenses), and
careless versions, each dropping one clause, phrase or list item of one sentence (a relative
clause, a because / although / so clause, the second of two coordinated clauses, a condition,
an attribution, an apposition, a list item).

The correct documents must come out without a single OMIT-PARTIAL.  The drops that the check
catches are pinned as caught, at the right sentence; the drops it does not catch yet are pinned
as missed (a test fails when one of them starts being caught, so the list stays true)."""
import pytest

from aligner import check

DOCS = {
    "lease": [
        ("This agreement is made between the landlord, Mr. Karim Jan, and the tenant, Mr. Nasir Ahmad.",
         "دا تړون د کور د خاوند ښاغلي کریم جان او کرایه دار ښاغلي ناصر احمد ترمنځ لاسلیک کېږي."),
        ("The monthly rent is 15,000 afghanis, which the tenant shall pay before the fifth day of each month.",
         "میاشتنۍ کرایه ۱۵۰۰۰ افغانۍ ده، چې کرایه دار به یې د هرې میاشتې تر پنځمې نېټې مخکې ورکوي."),
        ("The tenant shall not sublet the house without the written consent of the landlord.",
         "کرایه دار به د کور د خاوند له لیکلې اجازې پرته کور بل چا ته په کرایه نه ورکوي."),
        ("Each and every repair that is needed in order to keep the house in good condition shall be paid "
         "for by the landlord.",
         "د کور د ښه ساتلو لپاره ټول اړین ترمیمونه د کور خاوند ورکوي."),                       # condensed
        ("If the tenant leaves the house before the end of the contract, he shall inform the landlord one "
         "month in advance.",
         "که کرایه دار د تړون تر پای مخکې کور پرېږدي، باید یوه میاشت مخکې د کور خاوند ته خبر ورکړي."),
        ("The deposit will be returned to the tenant at the end of the contract, provided that the house "
         "is not damaged.",
         "امانت به د تړون په پای کې کرایه دار ته بېرته ورکړل شي، په دې شرط چې کور ته زیان نه وي رسېدلی."),
        ("Any dispute arising out of or in connection with this agreement shall be settled by the court "
         "of the district.",
         "د دې تړون په اړه هره شخړه به د ولسوالۍ محکمه حل کوي."),                              # condensed
        ("This agreement is null and void if either party fails to comply with its terms and conditions.",
         "که هر لوری د دې تړون شرطونه ونه مني، تړون باطل دی."),                                # condensed
        ("The agreement is valid for one year and may be extended by mutual agreement of both parties.",
         "دا تړون د یو کال لپاره اعتبار لري او د دواړو لوریو په خوښه غځول کېدای شي."),
        ("Both parties have read the agreement carefully and signed it in the presence of two witnesses.",
         "دواړو لوریو تړون په دقت سره لوستی او د دوو شاهدانو په شتون کې یې لاسلیک کړی دی."),
    ],
    "software": [
        ("Before you install the software, make sure that your computer has at least 8 GB of memory.",
         "مخکې له دې چې سافټویر نصب کړئ، ډاډ ترلاسه کړئ چې ستاسو کمپیوټر لږ تر لږه ۸ ګیګابایټه حافظه لري."),
        ("Download the installer from the official website and save it on your desktop.",
         "نصبوونکی له رسمي وېبپاڼې څخه ښکته کړئ او په خپل ډیسکټاپ یې خوندي کړئ."),
        ("Double-click the file to start the installation.",
         "د نصب د پیلولو لپاره په فایل دوه ځله کلیک وکړئ."),
        ("At this point in time, the program is only available for computers that run Windows or Linux.",
         "اوس مهال دا پروګرام یوازې د وینډوز او لینکس کمپیوټرونو لپاره شته."),                    # condensed
        ("The installation usually takes about ten minutes, although it may take longer on older computers.",
         "نصب معمولاً شاوخوا لس دقیقې وخت نیسي، که څه هم په زړو کمپیوټرونو کې ښايي ډېر وخت ونیسي."),
        ("Do not turn off the computer while the program is being installed, because the files may be damaged.",
         "کله چې پروګرام نصبېږي کمپیوټر مه بندوئ، ځکه چې فایلونه ښايي خراب شي."),
        ("When the installation is complete, restart the computer.",
         "کله چې نصب بشپړ شي، کمپیوټر بیا پیل کړئ."),
        ("The program saves your files automatically every five minutes, so you do not need to save them "
         "yourself.",
         "پروګرام ستاسو فایلونه هرو پنځو دقیقو کې پخپله خوندي کوي، نو اړتیا نشته چې تاسو یې خوندي کړئ."),
        ("For more information, please refer to the user manual, which is available in Pashto, Dari and English.",
         "د نورو معلوماتو لپاره د کارونکي لارښود وګورئ، چې په پښتو، دري او انګلیسي ژبو شته."),
        ("If you have any questions or problems of any kind whatsoever, you can contact our support team.",
         "که کومه پوښتنه یا ستونزه لرئ، زموږ د ملاتړ له ټیم سره اړیکه ونیسئ."),                     # condensed
    ],
    "news": [
        ("The Ministry of Agriculture said on Sunday that wheat production has increased this year.",
         "د کرنې وزارت د یکشنبې په ورځ وویل چې سږکال د غنمو تولید زیات شوی دی."),
        ("According to the ministry, farmers in Helmand and Kandahar harvested more wheat than last year, "
         "mainly because of good rainfall.",
         "د وزارت په وینا، په هلمند او کندهار کې بزګرانو تر تېر کال ډېر غنم راټول کړي، چې اصلي لامل یې ښه "
         "بارانونه دي."),
        ("However, prices in the markets remain high, and many families still cannot afford to buy flour.",
         "خو په بازارونو کې بیې لا هم لوړې دي او ډېرې کورنۍ لا هم د اوړو د پېرلو توان نه لري."),
        ("The ministry spokesman, who did not want to be named, told reporters that the government will build "
         "new storage facilities.",
         "د وزارت ویاند، چې نه یې غوښتل نوم یې واخیستل شي، خبریالانو ته وویل چې حکومت به د ذخیرې نوې ودانۍ "
         "جوړې کړي."),
        ("It is worth mentioning that the country imports a large amount of wheat from abroad every single year.",
         "یادونه دې وي چې هېواد هر کال له بهر ډېر غنم واردوي."),                                # condensed
        ("The new storage facilities will be built in Kabul, Herat and Mazar-e-Sharif.",
         "د ذخیرې نوې ودانۍ به په کابل، هرات او مزار شریف کې جوړې شي."),
        ("Last year, floods destroyed thousands of hectares of farmland in the north of the country.",
         "تېر کال سېلابونو د هېواد په شمال کې په زرګونو هکتاره کرنیزه ځمکه ویجاړه کړه."),
        ("Officials hope that the harvest will be even better next year if the rains continue.",
         "چارواکي هیله لري چې که بارانونه دوام وکړي، راتلونکی کال به حاصلات لا ښه وي."),
        ("The World Food Programme has warned that millions of people in Afghanistan still need food aid.",
         "د خوړو نړیوال پروګرام خبرداری ورکړی چې په افغانستان کې لا هم میلیونونه خلک د خوړو مرستې ته اړتیا لري."),
        ("The report was published on Tuesday, a day before the international donors' conference in Geneva.",
         "راپور د سه شنبې په ورځ، په ژنېو کې د نړیوالو مرستندویانو له کنفرانس یوه ورځ مخکې، خپور شو."),
    ],
    "river": [
        ("The Kabul River rises in the Hindu Kush mountains and flows east into Pakistan, where it joins "
         "the Indus.",
         "د کابل سیند د هندوکش له غرونو سرچینه اخلي او ختیځ لور ته پاکستان ته بهېږي، چېرته چې له اباسین سره "
         "یوځای کېږي."),
        ("The river is about 700 kilometres long.",
         "دا سیند شاوخوا ۷۰۰ کیلومتره اوږد دی."),
        ("In ancient times, the valley of the river was an important trade route between Central Asia and India.",
         "په پخوانیو وختونو کې، د دې سیند دره د منځنۍ اسیا او هند ترمنځ د سوداګرۍ یوه مهمه لاره وه."),
        ("The water of the river is used for the irrigation of fields, for drinking and for industry.",
         "د سیند اوبه د کرنې، څښاک او صنعت لپاره کارول کېږي."),                                  # condensed
        ("In recent years, the flow of the river has decreased because of drought and the growing use of "
         "water upstream.",
         "په وروستیو کلونو کې د سیند بهیر د وچکالۍ او په پورتنیو سیمو کې د اوبو د ډېرې کارونې له امله کم "
         "شوی دی."),
        ("Many species of fish live in the river, although their numbers have fallen sharply.",
         "په سیند کې د کبانو ډېر ډولونه ژوند کوي، که څه هم شمېر یې په چټکۍ سره کم شوی دی."),
        ("The river is mentioned in the Rigveda, one of the oldest texts in the world, under the name Kubha.",
         "د دې سیند یادونه په رګ وید کې، چې د نړۍ له تر ټولو پخوانیو متنونو څخه دی، د کوبها په نوم شوې ده."),
        ("Today, the river is polluted in many places, especially in and around the city of Kabul.",
         "نن ورځ دا سیند په ډېرو ځایونو کې، په تېره بیا د کابل ښار او شاوخوا کې، ککړ دی."),
        ("Each year, thousands of people visit the banks of the river in spring to enjoy the fresh air.",
         "هر کال په پسرلي کې زرګونه خلک د تازه هوا لپاره د سیند غاړو ته ورځي."),
        ("The government has started a project to clean the river with the help of international donors.",
         "حکومت د نړیوالو مرستندویانو په مرسته د سیند د پاکولو یوه پروژه پیل کړې ده."),
    ],
}

#: (document, sentence, the careless Pashto of that sentence, what was dropped)
DROPS = [
    ("lease", 1, "میاشتنۍ کرایه ۱۵۰۰۰ افغانۍ ده.", "relative clause: when the rent is paid"),
    ("lease", 4, "باید یوه میاشت مخکې د کور خاوند ته خبر ورکړي.", "the condition"),
    ("lease", 5, "امانت به د تړون په پای کې کرایه دار ته بېرته ورکړل شي.", "provided that ..."),
    ("lease", 8, "دا تړون د یو کال لپاره اعتبار لري.", "second coordinated clause"),
    ("lease", 9, "دواړو لوریو تړون په دقت سره لوستی او لاسلیک کړی دی.", "in the presence of two witnesses"),
    ("software", 0, "ډاډ ترلاسه کړئ چې ستاسو کمپیوټر لږ تر لږه ۸ ګیګابایټه حافظه لري.", "before ... clause"),
    ("software", 1, "نصبوونکی له رسمي وېبپاڼې څخه ښکته کړئ.", "second coordinated clause"),
    ("software", 4, "نصب معمولاً شاوخوا لس دقیقې وخت نیسي.", "although clause"),
    ("software", 5, "کله چې پروګرام نصبېږي کمپیوټر مه بندوئ.", "because clause"),
    ("software", 7, "پروګرام ستاسو فایلونه هرو پنځو دقیقو کې پخپله خوندي کوي.", "so clause"),
    ("software", 8, "د نورو معلوماتو لپاره د کارونکي لارښود وګورئ.", "relative clause with a list"),
    ("news", 1, "د وزارت په وینا، په هلمند او کندهار کې بزګرانو تر تېر کال ډېر غنم راټول کړي.", "because ..."),
    ("news", 1, "په هلمند او کندهار کې بزګرانو تر تېر کال ډېر غنم راټول کړي، چې اصلي لامل یې ښه بارانونه دي.",
     "according to the ministry"),
    ("news", 2, "خو په بازارونو کې بیې لا هم لوړې دي.", "second coordinated clause"),
    ("news", 3, "د وزارت ویاند خبریالانو ته وویل چې حکومت به د ذخیرې نوې ودانۍ جوړې کړي.", "relative clause"),
    ("news", 5, "د ذخیرې نوې ودانۍ به په کابل او مزار شریف کې جوړې شي.", "a list item (Herat)"),
    ("news", 7, "چارواکي هیله لري چې راتلونکی کال به حاصلات لا ښه وي.", "the condition"),
    ("news", 9, "راپور د سه شنبې په ورځ خپور شو.", "apposition: a day before the conference"),
    ("river", 0, "د کابل سیند د هندوکش له غرونو سرچینه اخلي او ختیځ لور ته پاکستان ته بهېږي.", "where ..."),
    ("river", 4, "په وروستیو کلونو کې د سیند بهیر د وچکالۍ له امله کم شوی دی.", "a coordinated cause"),
    ("river", 5, "په سیند کې د کبانو ډېر ډولونه ژوند کوي.", "although clause"),
    ("river", 6, "د دې سیند یادونه په رګ وید کې د کوبها په نوم شوې ده.", "apposition"),
    ("river", 7, "نن ورځ دا سیند په ډېرو ځایونو کې ککړ دی.", "especially in and around Kabul"),
    ("river", 9, "حکومت د سیند د پاکولو یوه پروژه پیل کړې ده.", "with the help of donors"),
]

#: drops OMIT-PARTIAL does not catch yet, pinned so that the list stays true: a short phrase with a
#: number or a name (the number and name checks report those: NUM-MISSING two, ENTITY-MISSING Herat),
#: an attribution or opening clause whose removal leaves the pair within the document's spread,
#: and pairs the encoder does not find more alike without the clause
MISSED = {
    ("lease", 9, "in the presence of two witnesses"),
    ("software", 0, "before ... clause"),
    ("news", 1, "according to the ministry"),
    ("news", 5, "a list item (Herat)"),
    ("river", 0, "where ..."),
}


def partial_findings(encoder, pairs, ps=None):
    """The OMIT-PARTIAL findings of a probe document (``pairs``: (English, Pashto) per line),
    its Pashto lines replaced by ``ps`` when given."""
    en = [e for e, _ in pairs]
    r = check("\n".join(en), "\n".join(ps or [p for _, p in pairs]), segmented=True, encoder=encoder)
    return [f for f in r.findings if f.code == "OMIT-PARTIAL"]


def drop_caught(encoder, pairs, k, ps, missed: bool):
    """Line ``k`` of the probe document ``pairs`` replaced by the careless ``ps``: the finding at
    that line (none when the drop is pinned as ``missed``), none anywhere else."""
    sents = [p for _, p in pairs]
    sents[k] = ps
    found = partial_findings(encoder, pairs, sents)
    caught = [f for f in found if f.bead == k]
    assert [f.bead for f in found if f.bead != k] == []          # nowhere else
    if missed:
        assert caught == []
        return None
    assert len(caught) == 1 and caught[0].severity == "warning"
    assert 0.0 < caught[0].strength <= 1.0
    # it points at the English part that was dropped (a span of the English sentence)
    assert caught[0].source.text in pairs[k][0]
    return caught[0]


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_correct_translations_shorter_than_their_english_stay_clean(encoder, doc):
    assert [(f.bead, f.message) for f in partial_findings(encoder, DOCS[doc])] == []


@pytest.mark.parametrize("doc,k,ps,what", DROPS, ids=[f"{d}{k}-{w.split()[0]}" for d, k, _, w in DROPS])
def test_dropped_clause(encoder, doc, k, ps, what):
    f = drop_caught(encoder, DOCS[doc], k, ps, (doc, k, what) in MISSED)
    if f is not None:
        assert f.source.text.split()[0].lower() in SPAN_START[(doc, k, what)]


#: the first word of the English part each caught drop should be pointed at
SPAN_START = {
    ("lease", 1, "relative clause: when the rent is paid"): {"which"},
    ("lease", 4, "the condition"): {"if"},
    ("lease", 5, "provided that ..."): {"provided"},
    ("lease", 8, "second coordinated clause"): {"and"},
    ("software", 1, "second coordinated clause"): {"and"},
    ("software", 4, "although clause"): {"although"},
    ("software", 5, "because clause"): {"because"},
    ("software", 7, "so clause"): {"so"},
    ("software", 8, "relative clause with a list"): {"which"},
    ("news", 1, "because ..."): {"mainly", "because"},
    ("news", 2, "second coordinated clause"): {"and"},
    ("news", 3, "relative clause"): {"who"},
    ("news", 7, "the condition"): {"if"},
    ("news", 9, "apposition: a day before the conference"): {"a"},
    ("river", 4, "a coordinated cause"): {"because", "and"},
    ("river", 5, "although clause"): {"although"},
    ("river", 7, "especially in and around Kabul"): {"especially"},
    ("river", 6, "apposition"): {"one"},
    ("river", 9, "with the help of donors"): {"with"},
}
