"""Issue 11 §4, negation (helper H2): NEG-* findings grade their own evidence (``Finding.strength``).

A negation dropped from the main verb of a short statement, with nothing negative-looking left
on the other side (the bench's planted "not" dropped, an antonym flipped) is the clearest
evidence: strength 1.0.  Each kind of context that gives a translator another way to say the
same thing, or the lexicon another way to be wrong, lowers it: a subordinate or relative
clause, a question, a comparison, a double negation, a long sentence, words of privation on the
other side, a negation carried by a word's meaning, an affixed word inside a name, other
polarity words the Pashto pole may render.  The pairs are written for these tests; each
wrong translation must still be caught, only its strength changes.
"""
from tests.test_negation_forms import findings

NOT_MAIN = ("The clinic did not open on Friday.", "کلینیک د جمعې په ورځ خلاص شو.")


def strength(en: str, ps: str, code: str) -> float:
    (f,) = [f for f in findings(en, ps) if f.code == code]
    return 1.0 if f.strength is None else f.strength


def missing(en: str, ps: str) -> float:
    return strength(en, ps, "NEG-MISSING")


def test_a_not_dropped_from_a_main_verb_is_the_strongest_evidence():
    assert missing(*NOT_MAIN) == 1.0


def test_each_kind_of_context_weakens_a_lost_negation():
    main = missing(*NOT_MAIN)
    relative = missing("The nurse said that the clinic, which did not open on Friday, will open on Monday.",
                       "نرس وویل چې کلینیک، چې د جمعې په ورځ خلاص شو، د دوشنبې په ورځ به خلاص شي.")
    question = missing("Why didn't the clinic open on Friday?", "ولې کلینیک د جمعې په ورځ خلاص شو؟")
    comparison = missing("The new clinic is not as big as the old one.", "نوی کلینیک د زاړه په څېر لوی دی.")
    double = missing("The minister did not disagree with the plan.", "وزیر له پلان سره مخالفت وکړ.")
    long = missing("The clinic in the district centre did not open on Friday because the doctors and the nurses "
                   "who work there had travelled to the provincial capital for a training course on child "
                   "nutrition.",
                   "د ولسوالۍ په مرکز کې کلینیک د جمعې په ورځ خلاص شو ځکه چې ډاکټرانو او نرسانو چې هلته کار "
                   "کوي د ماشومانو د تغذیې په اړه د روزنیز کورس لپاره ولایتي مرکز ته سفر کړی و.")
    privative = missing("The clinic did not open on Friday.", "کلینیک بې ډاکټره د جمعې په ورځ خلاص شو.")
    lexical = missing("The village lacks a clinic.", "کلی کلینیک لري.")
    assert main > long > relative > question > comparison == double > lexical
    assert main > privative > comparison
    assert lexical == 0.5


def test_a_main_negation_is_reported_before_a_subordinate_one():
    # both negations lost: the finding points at the clearer one and keeps its strength
    en = "If the pump does not start, the clinic cannot give vaccines."
    ps = "که پمپ چالان شي، کلینیک واکسین ورکولای شي."
    (f,) = [f for f in findings(en, ps) if f.code == "NEG-MISSING"]
    assert f.source_value == "cannot" and (f.strength or 1.0) == 1.0


def test_an_added_negation_in_a_question_or_a_clause_of_its_own_is_weaker():
    main = strength("The clinic opened on Friday.", "کلینیک د جمعې په ورځ خلاص نه شو.", "NEG-ADDED")
    question = strength("Did the clinic open on Friday?", "ایا کلینیک د جمعې په ورځ خلاص نه شو؟", "NEG-ADDED")
    clause = strength("When the clinic opened, the patients came in.", "کله چې کلینیک خلاص نه شو، ناروغان راننوتل.",
                      "NEG-ADDED")
    # a relative clause before a negated main verb (verb-final Pashto): the main clause's negation
    final = strength("Evidence obtained unlawfully is admissible.",
                     "هغه شواهد چې په غیرقانوني ډول ترلاسه شوي وي د منلو وړ نه دي.", "NEG-ADDED")
    assert main == 1.0 > clause > question
    assert final == 0.8             # only the English's own word of negation (unlawfully) weakens it


def test_an_affix_lost_inside_a_name_is_weaker_than_in_running_text():
    name = strength("The party joined the Non-Aligned Movement.", "ګوند د منسلکو هېوادونو غورځنګ سره یوځای شو.",
                    "NEG-AFFIX")
    word = strength("The party joined a non-aligned movement.", "ګوند د منسلکو هېوادونو غورځنګ سره یوځای شو.",
                    "NEG-AFFIX")
    assert word == 0.6 and name < word


def test_a_flipped_pole_beside_other_words_of_its_kind_is_weaker():
    flip = strength("Prices increased last year.", "تېر کال بیې کمې شوې.", "NEG-POLARITY")
    beside = strength("Prices increased last year despite a lack of demand.",
                      "تېر کال د غوښتنې د کمښت سره سره بیې کمې شوې.", "NEG-POLARITY")
    long = strength("Prices increased last year because the government, which had promised to keep the cost of "
                    "fuel and bread stable for the whole winter, removed the subsidies it had paid to the importers.",
                    "تېر کال بیې کمې شوې ځکه چې حکومت، چې ژمنه یې کړې وه چې د ټول ژمي لپاره به د تېلو او ډوډۍ بیه "
                    "ثابته ساتي، هغه مرستې لرې کړې چې واردوونکو ته یې ورکولې.", "NEG-POLARITY")
    assert flip == 1.0 > beside > long


def test_a_pashto_relative_clause_is_told_from_the_main_verb_by_the_verb_that_closes_it():
    # verb-final Pashto: a relative clause closed by its verb before a negated main verb leaves
    # the negation the main clause's; one after the main verb holds its own negation
    main = strength("The tents that were promised have arrived.", "هغه خېمې چې ژمنه یې شوې وه نه دي رسېدلې.", "NEG-ADDED")
    relative = strength("The families received the tents that were promised.",
                        "کورنیو هغه خېمې ترلاسه کړې چې ژمنه یې نه وه شوې.", "NEG-ADDED")
    assert main == 1.0 and relative == 0.85


def test_an_added_negation_in_a_purpose_clause_is_weaker_than_in_a_clause_of_time():
    # "so that they do not go out" is how Pashto often says "so that they stay inside"
    purpose = strength("Lock the gate so that the children go outside.", "دروازه وتړئ ترڅو ماشومان بهر ونه وځي.",
                       "NEG-ADDED")
    clause = strength("When the clinic opened, the patients came in.", "کله چې کلینیک خلاص نه شو، ناروغان راننوتل.",
                      "NEG-ADDED")
    assert purpose < clause < 1.0
