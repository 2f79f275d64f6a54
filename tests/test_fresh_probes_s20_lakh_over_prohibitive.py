"""Issue 11: fresh probes for four mechanisms of the second handwritten2 writer's tuning false
alarms (helper H7, session 20, 2026-12-07), written by hand for this file, none taken from a corpus:

* South Asian counting in digits, a scale word and a smaller amount with its own smaller scale
  word after it, no "and" between (۳ لکه ۶۲ زره = 362,000, ۲ کروړه ۵۰ لکه = 25 million, ۱ ارب ۲۰
  کروړه, ۲ میلیونه ۳۰۰ زره, "3 lakh 62 thousand"): one amount, as the same words spelt out are;
* English "over" of a period, not "more than": before a range ("repaid over 6 to 36 months") and
  before a duration after a verb of spreading ("held over three days"); Pashto "له X تر Y پورې"
  (from X to Y) is a range, not "up to Y";
* the prohibitive مه after a figure ("1234 مه کاروئ", do not use 1234), not an ordinal suffix;
* a concise rendering of an English time phrase ("before the end of January" ↔ "د جنورۍ تر
  پایه"): a part of the English whose date the Pashto renders is not missing (OMIT-PARTIAL).

Every correct translation must come out with no NUM-*, NEG-* or DATE-* warning or error; every
careless one (a wrong lakh figure, "more than" turned into "less than", a dropped or added مه)
must be caught.

First contact (HEAD 0f52713, before the fixes): 14 of 27 correct pairs clean (the 13 failures: six
lakh / crore / million compounds in digits, four "over" ranges and durations, three مه after a
figure), 14 of 16 careless ones caught (missed: "more than 500" turned into "له ۵۰۰ څخه لږو" and
an added مه after a figure); a rendered month did not anchor its part of the English.  Three
careless renderings are pinned xfail (a dropped "more than": NUM-APPROX compares directions only;
the comparative تر X کم without څخه).  The short news document (concise "تر پایه" renderings) was
clean and its two dropped time phrases caught before and after.
After the fixes: 27 of 27 clean, 16 of 16 caught, the anchor test passes.
Stop 21: the two تر X کم / لږ renderings are caught (quantity_cues.tsv approx_than); the dropped
"more than" stays xfail.
"""
import pytest

from tests.helpers import reported_codes as reported

OWN = ("NEG-", "NUM-", "DATE-")


CLEAN = [
    # --- lakh / crore / arab (and million / thousand) compounds in digits
    ('lakh', 'The district has a population of 362,000.',
     'د ولسوالۍ نفوس ۳ لکه ۶۲ زره دی.'),
    ('lakh', 'The government approved 25 million rupees for the new school.',
     'حکومت د نوي ښوونځي لپاره ۲ کروړه ۵۰ لکه روپۍ منظورې کړې.'),
    ('lakh', 'About 150,000 people were displaced by the floods.',
     'سیلابونو شاوخوا یو لک پنځوس زره کسان بې ځایه کړل.'),
    ('lakh', 'The provincial budget is 1.2 billion rupees.',
     'د ولایت بودیجه ۱ ارب ۲۰ کروړه روپۍ ده.'),
    ('lakh', 'The company sold 2.3 million mobile phones last year.',
     'شرکت پر تېر کال ۲ میلیونه ۳۰۰ زره ګرځنده ټیلیفونونه وپلورل.'),
    ('lakh', 'The scheme covers 3.62 lakh households in the province.',
     'دا پروګرام په ولایت کې ۳ لکه ۶۲ زره کورنۍ رانغاړي.'),
    ('lakh', 'A total of 4 lakh 50 thousand candidates sat the examination.',
     'ټول ۴۵۰۰۰۰ کاندیدانو ازموینه ورکړه.'),
    ('lakh', 'The fine was raised to 1,500,000 rupees.',
     'جریمه ۱۵ لکه روپیو ته لوړه شوه.'),
    # --- "over" of a period
    ('over', 'Loans are repaid over 12 to 24 months.',
     'پورونه له ۱۲ تر ۲۴ میاشتو پورې بېرته ورکول کېږي.'),
    ('over', 'The payments are spread over 6 to 12 months.',
     'ورکړې له ۶ تر ۱۲ میاشتو پورې وېشل شوې دي.'),
    ('over', 'The course runs over 8 to 10 weeks.',
     'دا کورس له ۸ تر ۱۰ اونیو پورې دوام کوي.'),
    ('over', 'The festival will be held over three days.',
     'جشنواره به تر درېیو ورځو پورې جوړه وي.'),
    ('over', 'The loan is repayable over 36 months.',
     'پور تر ۳۶ میاشتو پورې بېرته ورکول کېږي.'),
    ('over', 'Prices have risen sharply over the past five years.',
     'بیې په تېرو پنځو کلونو کې ډېرې لوړې شوې دي.'),
    ('over', 'More than 500 people attended the meeting.',
     'په غونډه کې له ۵۰۰ ډېرو کسانو ګډون وکړ.'),
    # --- prohibitive مه after a figure, and an ordinal that stays one
    ('prohibitive', "Create a 6-digit PIN. Don't use 123456.",
     'شپږ رقمي PIN جوړ کړئ. 123456 مه کاروئ.'),
    ('prohibitive', 'Do not take more than 8 tablets in 24 hours.',
     'په ۲۴ ساعتونو کې له ۸ ګولیو زیاتې مه خورئ.'),
    ('prohibitive', 'Never share your password with anyone.',
     'خپل پټنوم هېڅکله له چا سره مه شریکوئ.'),
    ('prohibitive', 'Do not give this medicine to children under 12.',
     'دا درمل له ۱۲ کلونو کم عمر ماشومانو ته مه ورکوئ.'),
    ('prohibitive', 'Do not enter 0000 as your code.',
     'د کوډ په توګه 0000 مه لیکئ.'),
    ('prohibitive', 'Do not call 1122 for general questions.',
     'د عمومي پوښتنو لپاره 1122 مه ګرځوئ، بلکې مرکز ته ولاړ شئ.'),
    ('ordinal', 'The meeting will be held on the 25th.',
     'غونډه به د میاشتې په ۲۵ مه جوړه شي.'),
    ('ordinal', 'Article 3 of the law applies to all residents.',
     'د قانون ۳ مه ماده په ټولو اوسېدونکو پلي کېږي.'),
    ('ordinal', 'He finished 5th in the race.',
     'هغه په سیالۍ کې ۵ مه شو.'),
    # --- concise "until the end of"
    ('until', 'The road will stay closed until the end of March.',
     'سړک به د مارچ تر پایه تړلی وي.'),
    ('until', 'Applications must be submitted by the end of June.',
     'غوښتنلیکونه باید د جون تر پایه وسپارل شي.'),
    ('until', 'The situation would not improve before the end of January.',
     'حالت به د جنورۍ تر پایه ښه نه شي.'),
]


WRONG = [
    # a wrong lakh / crore figure
    ('The district has a population of 362,000.', 'د ولسوالۍ نفوس ۳ لکه ۲۶ زره دی.', 'NUM-'),
    ('The government approved 25 million rupees for the new school.',
     'حکومت د نوي ښوونځي لپاره ۲ کروړه ۵ لکه روپۍ منظورې کړې.', 'NUM-'),
    ('The provincial budget is 1.2 billion rupees.', 'د ولایت بودیجه ۱ ارب ۲ کروړه روپۍ ده.', 'NUM-'),
    ('The scheme covers 3.62 lakh households in the province.',
     'دا پروګرام په ولایت کې ۳ لکه ۶۰ زره کورنۍ رانغاړي.', 'NUM-'),
    ('The company sold 2.3 million mobile phones last year.',
     'شرکت پر تېر کال ۲ میلیونه ۳۰ زره ګرځنده ټیلیفونونه وپلورل.', 'NUM-'),
    # "more than" turned into "less than / up to"
    ('Over 500 people attended the meeting.', 'په غونډه کې له ۵۰۰ څخه لږو کسانو ګډون وکړ.', 'NUM-'),
    ('Over 40% of the children are underweight.', 'له ۴۰٪ څخه کم ماشومان کم وزنه دي.', 'NUM-'),
    ('The fee is repaid over 12 to 24 months.', 'فیس له ۱۲ څخه کمو میاشتو کې بېرته ورکول کېږي.', 'NUM-'),
    ('The project will take over 3 years.', 'پروژه به تر ۳ کلونو پورې وخت ونیسي.', 'NUM-'),
    ('Loans of over 50,000 afghanis need a guarantor.',
     'تر ۵۰ زره افغانیو پورې پورونو ته ضامن اړین دی.', 'NUM-'),
    ('The house was built over 200 years ago.', 'کور له ۲۰۰ کلونو څخه لږ مخکې جوړ شوی و.', 'NUM-'),
    # the comparative تر X کم / لږ (less than X) without څخه (stop 21: quantity_cues.tsv approx_than)
    ('Over 500 people attended the meeting.', 'په غونډه کې تر ۵۰۰ لږو کسانو ګډون وکړ.', 'NUM-'),
    ('Over 40% of the children are underweight.', 'تر ۴۰٪ کم ماشومان کم وزنه دي.', 'NUM-'),
    pytest.param('Over 500 people attended the meeting.', 'په غونډه کې ۵۰۰ کسانو ګډون وکړ.', 'NUM-',
                 marks=pytest.mark.xfail(strict=True, reason="a dropped \"more than\" is not reported: NUM-APPROX "
                                         "compares the direction of two approximations only")),
    # a dropped or added مه
    ("Create a 6-digit PIN. Don't use 123456.", 'شپږ رقمي PIN جوړ کړئ. 123456 وکاروئ.', 'NEG-'),
    ('Never share your password with anyone.', 'خپل پټنوم له هر چا سره شریک کړئ.', 'NEG-'),
    ('Do not take more than 8 tablets in 24 hours.', 'په ۲۴ ساعتونو کې له ۸ ګولیو زیاتې وخورئ.', 'NEG-'),
    ('Use a strong password.', 'قوي پټنوم مه کاروئ.', 'NEG-'),
    ('Enter 1234 as your code.', 'د کوډ په توګه 1234 مه لیکئ.', 'NEG-'),
]


@pytest.mark.parametrize("en,ps", [p[1:] for p in CLEAN])
def test_correct_translation_is_clean(en, ps):
    assert [c for c in reported(en, ps) if c.startswith(OWN)] == []


@pytest.mark.parametrize("en,ps,family", WRONG)
def test_wrong_translation_is_caught(en, ps, family):
    assert any(c.startswith(family) for c in reported(en, ps))


# --- a concise rendering of an English time phrase (OMIT-PARTIAL) ------------------------------

def test_a_rendered_date_anchors_its_part_of_the_english():
    """The part of the English around a date the Pashto renders (a month name: "before the end of
    January" ↔ "د جنورۍ تر پایه", "by the end of June" ↔ "د جون تر پایه") is not offered as the
    missing part, as a part with a rendered name or number is not; a date the Pashto lacks is."""
    from aligner.checks.omission import _anchors
    from tests.helpers import context_from_lines
    en = ["Officials said the situation would not improve before the end of January.",
          "Applications must be submitted by the end of June."]
    ps = ["چارواکو وویل چې د جنورۍ تر پایه به حالت ښه نه شي.",
          "غوښتنلیکونه باید وسپارل شي."]
    ctx = context_from_lines(en, ps)
    present = [[en[k][a:b] for a, b in _anchors(ctx, ctx.pairs[k])[1]] for k in range(2)]
    assert "January" in present[0]
    assert "June" not in present[1]


NEWS = [
    ("Heavy snow has closed the Salang pass for the third day in a row.",
     "درانه واورې د سالنګ کوتل د درېیمې ورځې لپاره په پرله پسې ډول تړلی دی."),
    ("Hundreds of trucks carrying food and fuel are stranded on both sides of the pass.",
     "د کوتل دواړو خواوو ته په سلګونو لارۍ چې خوراکي توکي او تېل لېږدوي، ودرېدلې دي."),
    ("The ministry of public works said that its teams were working day and night to clear the road.",
     "د عامه ګټو وزارت وویل چې د دې وزارت ټیمونه د سړک د پاکولو لپاره شپه او ورځ کار کوي."),
    ("Officials said the situation would not improve before the end of March.",
     "چارواکو وویل چې د مارچ تر پایه به حالت ښه نه شي."),
    ("Travellers have been advised to avoid the route until the middle of February.",
     "مسافرو ته سلا ورکړل شوې چې د فبرورۍ تر نیمایي پورې له دې لارې ډډه وکړي."),
    ("Fuel prices in Kabul have already risen because of the closure.",
     "د کوتل د تړل کېدو له امله په کابل کې د تېلو بیې لا دمخه لوړې شوې دي."),
    ("The weather office expects more snow in the northern provinces during the coming days.",
     "د هوا پېژندنې اداره په راتلونکو ورځو کې په شمالي ولایتونو کې د نورو واورو تمه لري."),
    ("Shopkeepers in Charikar said that the delay would hurt their business before the end of January.",
     "په چاریکار کې دوکاندارانو وویل چې دا ځنډ به د جنورۍ تر پایه د دوی سوداګرۍ ته زیان ورسوي."),
]


def _news_findings(encoder, ps):
    from aligner import check
    r = check("\n".join(e for e, _ in NEWS), "\n".join(ps), segmented=True, encoder=encoder)
    return [(f.bead, f.code) for f in r.findings if f.severity in ("warning", "error")]


def test_concise_until_the_end_of_is_clean(encoder):
    assert _news_findings(encoder, [p for _, p in NEWS]) == []


@pytest.mark.parametrize("k,ps", [(3, "چارواکو وویل چې حالت به ښه نه شي."),
                                  (4, "مسافرو ته سلا ورکړل شوې چې له دې لارې ډډه وکړي.")])
def test_dropped_time_phrase_is_caught(encoder, k, ps):
    lines = [p for _, p in NEWS]
    lines[k] = ps
    assert (k, "OMIT-PARTIAL") in _news_findings(encoder, lines)
