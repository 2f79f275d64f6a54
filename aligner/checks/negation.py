"""NEG-*: a negation present on one side and absent on the other (warning).

Sentence embeddings are weak on polarity (field-notes §3), so this is a lexicon
cross-check: English not/no/never/without/… and negative prefixes (non-, un-, dis-
on a listed word) against Pashto نه، مه، نشي، نشته، هیڅ، بې، غیر، …  Only a side
with *no* negation at all against a side with a strong one is reported, which keeps
legitimate rephrasings ("failed to" ↔ ونه توانېد) quiet.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.data import iter_rows, load_wordlist, load_wordset
from ..text import fold, normalize
from ..text.lazyre import lazy
from ..text.normalize import ARABIC_WORD, older_spellings
from .base import PairCheck, register


@lru_cache(maxsize=1)
def _word_lists() -> dict:
    """{list name: its words in file order} of negation_words.tsv (the Pashto ones folded), read once."""
    out: dict = {}
    for name, lang, word in iter_rows("negation_words.tsv", 3):
        out.setdefault(name, []).append(fold(word) if lang == "ps" else word)
    return {k: tuple(v) for k, v in out.items()}


def _words(name: str, kind=tuple):
    """The word list ``name`` of negation_words.tsv as a tuple (word starts, matched in order) or
    a frozenset."""
    return kind(_word_lists()[name])

# English words that start like a negative prefix but are not negative
_NOT_NEGATIVE_PREFIXED = _words("en_not_negative_prefixed")
# endings of Pashto finite verb forms (present -ي/-ې/-و/-ئ/-م, past -ه/-ل, -ېږي, -وي ...)
_VERB_ENDINGS = ("وی", "ېږی", "یږی", "ږی", "ېده", "یده", "ېدل", "یدل", "ول", "ئ", "لو", "ېدو", "یدو", "زی", "ښی",
                 "مومی", "لی", "کړی", "کړم", "کړو", "کړل", "ځی", "لری", "لرو", "ږم", "اړم")
# Pashto words that start like a negative prefix but are not negative (ناسته "meeting")
_PS_NOT_NEGATIVE = _words("ps_not_negative")
# punctuation that ends a clause (after نه: not a verb negation; after the next word: its verb)
_CLAUSE_END = ("،", ".", "۔", "؛", "؟", "!", ":")
#: What may precede a negated auxiliary that opens a yes/no question ("Can't we …?",
#: 'I kept thinking: can't the industry …?'): a negative question asks for agreement, and
#: translators render it as a plain question, so its "not" is weak.
_QUESTION_OPENER = lazy(r"(?:^|[:;.!?\"“”‘'(—–]|\b(?:and|but|so|or|then))\s*$", re.I)
#: a negative yes/no question with "not" after its subject ("Is it not true that …?", "Did you
#: not receive …?"): it asks for agreement like "isn't it …?", and is rendered as a plain question
_NOT_QUESTION = lazy(r"(?:^|[:;.!?\"“”‘'(—–]|\b(?:and|but|so|or|then))\s*(?:is|are|was|were|do|does|did|can|"
                     r"could|will|would|should|shall|has|have|had|must|may|might)\s+(?:[^\W\d_]+\s+){1,3}$",
                     re.I)
#: the pronoun and question mark of an English tag question after a negated auxiliary ("…,
#: wasn't it?", "…, haven't you?"): it asks for agreement with the statement before it, and
#: translators render it with سمه ده؟ / همداسې نه ده؟ or drop it
_TAG_QUESTION = lazy(r"\s+(?:it|you|he|she|we|they|there|i|one|that|this)\s*[?؟]", re.I)
#: an English word: letters of any script, so that "Taíno" is one word and not "Ta" + "no"
_EN_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: "No." / "no." as the abbreviation of "number": before a digit, a number sign, a Roman
#: numeral or "of" ("Contract No. 12", "No.5", "Nos. 3-4", "no. of beds")
_NUMBER_SIGN = lazy(r"(?:\.?\s?(?:\d|#)|\.\s?[IVXLC]+\b|\.\s+of\b)")
#: a separate negative prefix: "non-governmental", "non governmental", "de-escalate"; "de"
#: only before a verb or noun of reversal (-ize/-ise/-ify and their nouns: "de Sinicize") or
#: joined by a hyphen to a lower-case word ("de-risk"), never in a name ("Rio de Janeiro")
_SEPARATE_PREFIX = re.compile(r"(?i:non|anti)(?:\s?-\s?|\s)(?=[^\W\d_])|un-(?=[^\W\d_])"
                              r"|(?i:de)(?:-(?=[a-z])|[-\s](?=[^\W\d_]+(?:i[sz](?:e|es|ed|ing|ation|ations)|"
                              r"if(?:y|ies|ied|ying|ication))\b))")
_PS_TOKEN = ARABIC_WORD          # letters, not ، ؛ ؟ ۔
_NEGATOR_ZWNJ = re.compile("(?<![^\\W\\d_])(?:و?نه|مه|ند[یيه]|نش[یيو])\u200c")
#: endings of Pashto plural nouns (کلینیکونه، ولایتونو, not ښځې: ې is also a verb ending);
#: Pashto negates a verb, so نه right before such a noun is the numeral or "neither"
_PS_PLURAL = ("ونه", "ونو", "ګانې", "ګانو", "ګانی")
#: past forms of the light verbs کول / کېدل after the perfective و (وکړ، وشو): negated, the
#: negator goes between (ونه کړ، ونه شو), which is a verb negation, while "نه وکړ" is not one
_LIGHT_VERB = frozenset(fold(w) for w in "کړ کړه کړل کړې کړي کړو کړم کړئ شو شوه شول شوې شوو شي شئ".split())
_PERFECTIVE_LIGHT = ("وکړ", "وشو", "وشول")
#: beginnings of Pashto perfective past forms with a directional prefix: the past of "come /
#: go" (راغی، ورغله، درغلل) and را + a و-perfective (راورسېد، راوړ): negated, the negator goes
#: after the prefix (رانغی، رانه ورسېد), so a نه before one closes a "د X نه" (from X)
_DIRECTIONAL_PERFECTIVE = ("راغ", "ورغ", "درغ", "راو", "دراو")
#: a separate و / ور / در / را + نه before a past form of کول / کېدل: the negated perfective
#: (ونه کړ، ورنه کړه "did not give", رانه شو)
_NEG_PERFECTIVE_PREFIX = ("ونه", "ورنه", "درنه", "رانه")
#: endings of a Pashto verbal noun in the oblique (پاکولو، ورکولو، رسېدو): "of cleaning"
_VERBAL_NOUN = ("ولو", "ېدو", "یدو")
#: endings of Pashto past verb forms (ولیکل، واخیست، ووت، وخوړ، ولید)
_PAST_ENDINGS = ("ل", "له", "لې", "لو", "لم", "ست", "سته", "وت", "وته", "ړ", "ړه", "ړل", "ید", "ېد", "یده",
                 "ېده", "اوه")
#: endings of a Pashto past form after a separate ونه (ونه مانه، ونه لید، ونه خوړ): the negated
#: perfective, not the noun ونه "tree": the past endings above less لو، لم، وته، یده، ېده (not
#: taken there), with انه and ود, the feminine plural ېدې (ونه رسېدې "did not arrive") and the past
#: stem نیو of نیول (غوږ ونه نیو "did not listen", مخه یې ونه نیوه "did not stop it")
_PERFECTIVE_PAST = tuple(e for e in _PAST_ENDINGS if e not in ("لو", "لم", "وته", "یده", "ېده")) + ("انه", "ود",
                                                                                                 "ېدې", "یدې",
                                                                                                 "نیو", "نیوه")
#: endings of Pashto plurals that are also endings of other words (ډاکټران، مامورین، اطلاعات):
#: after نه, with five letters or more and no verb form, a noun (nine, or "neither … nor")
_PS_PLURAL_LOOSE = ("ان", "ین", "ات")
#: endings of Pashto abstract nouns (خوندیتوب، روغتیا، کمزوروالی، کمښت، شتون): a نه before one
#: negates the noun, as a privative prefix ("د خوړو نه خوندیتوب" food insecurity, "نه شتون"
#: absence), never a verb: Pashto negates a verb before it
_PS_ABSTRACT = ("توب", "تیا", "والی", "کمښت", "شتون")
#: the strength of a Pashto نه read as a verb negation from its place or the ending of the
#: next word only (it may close a phrase as the postposition "from"), and of a prohibitive مه
_NA_POSITION_STRENGTH = 0.7
_PROHIBITIVE_STRENGTH = 0.9
#: the strength of a نه after an open "له X" / "تر X" phrase with no postposition of its own
#: ("له کابل نه راغی" came from Kabul): most likely that postposition, not a verb negation
_ABLATIVE_NA_STRENGTH = 0.4
#: a weak Pashto marker at least this strong may say an English verb negation in its own way
_HIDES = 0.5
#: the strength of English strong markers that negate by their meaning (a Pashto rendering may
#: say it with a word of its own: "love without sex" ↔ پاکه مینه, "neither … nor" ↔ دواړه … نه)
_EN_LEXICAL_STRENGTH = {"without": 0.6, "neither": 0.8, "nor": 0.8}
#: the factor on a NEG-MISSING / NEG-ADDED strength when the other side is not bare: it has
#: words of negative meaning (بې، پرته، less, lost) that may say the negation in their way
_BESIDE_PRIVATIVE = 0.8
#: the further factor when the English negates a verb of possession (did not have): "not
#: having" is said with a word of privation (بې) as often as with a negated verb
_POSSESSION = 0.7
#: the strength of NEG-AFFIX from a separate English prefix (non-, anti-, de-) alone, with no
#: polarity word on either side: the Pashto may render it with a word of its own (non-UK ↔ بهرني)
_PREFIX_ONLY_STRENGTH = 0.6
#: the strength of NEG-AFFIX / NEG-POLARITY for an English word read from its base after a
#: negative affix (unsupported = un + supported), not listed itself
_AFFIX_BASE_STRENGTH = 0.8
#: the strength of NEG-MISSING for an English word of negative meaning (lack, refused) that the
#: Pashto says in no way: the Pashto may still say it with a word the table does not list
_LEXICAL_LOST_STRENGTH = 0.5
#: the contrastive evidence (:func:`_weigh_by_contrast`): a finding whose pair is at least this
#: much less alike (cosine of the encoder's vectors) with its negation undone than as written is
#: reported at info, with its strength times :data:`_CONTRARY_STRENGTH`.  No planted negation of the
#: tuning parts of the five corpora goes below -0.0044 (195 planted NEG-MISSING / NEG-ADDED findings)
CONTRARY_MARGIN = -0.005
_CONTRARY_STRENGTH = 0.5
#: the strength of a "fails to X" read as a verb negation (before the factor for the Pashto's
#: words of privation)
_FAIL_TO_STRENGTH = 0.6


@lru_cache(maxsize=1)
def _lexicon():
    lex = {lang: {"strong": set(), "weak": set(), "prefix": set(), "suffix": set(), "na": set(), "verb": set(),
                  "idiom": set(), "stem": set(), "after_le": set(), "after_tar": set(), "closer": set(),
                  "postposition": set(), "forgo": set(), "not_prefix": set(), "counter": set(),
                  "until": set(), "joined_aux": set(), "after_de": set(), "closer_tar": set(),
                  "de_demonstrative": set(), "prevent": set(), "possess": set(), "fail_to": set(),
                  "bound": set(), "free_of": set(), "phrase": set(), "ps_idiom": set(),
                  "from_word": set(), "from_noun": set(), "litotes": set(), "copula": set(), "w_root": set(),
                  "compound": set(), "neg_verb": set(), "contrast": set(), "shield": set(),
                  "litotes_not": set()}
           for lang in ("en", "ps")}
    for lang, form, kind in iter_rows("negators.tsv", 3):
        lex[lang][kind].add(fold(form) if lang == "ps" else form)
        if lang == "ps" and kind == "weak":     # older orthography: the word بی for بې (not a prefix: بیې)
            lex[lang][kind].update(older_spellings(fold(form)))
    lex["ps"]["until"] = {tuple(u.split()) for u in lex["ps"]["until"]}
    lex["ps"]["ps_idiom"] = {tuple(u.split()) for u in lex["ps"]["ps_idiom"]}
    lex["ps"]["compound"] = {tuple(u.split()) for u in lex["ps"]["compound"]}
    lex["ps"]["not_prefix"] = tuple(lex["ps"]["not_prefix"]) + _PS_NOT_NEGATIVE
    return lex


def negations(text: str, lang: str, detail: bool = False) -> list[tuple]:
    """(start, end, word, kind) of each negation marker, kind 'strong' or 'weak'; with
    ``detail``, a fifth item: the strength of the evidence that a strong marker negates the
    clause (1.0 a plain "not" or نه before a listed verb form; lower for a word that negates
    by its meaning, "without", or a نه read as a verb negation from its position only)."""
    found = _negations("en" if lang == "en" else "ps", text)
    return list(found) if detail else [n[:4] for n in found]


@lru_cache(maxsize=4096)
def _negations(lang: str, text: str) -> tuple:
    """:func:`negations` with detail, once per text (two checks read each sentence's)."""
    lang = "en" if lang == "en" else "ps"
    lex = _lexicon()[lang]
    # a negator joined to its verb by a ZWNJ (نه‌کړي، ونه‌شو) is the word نه: read the ZWNJ,
    # which folding drops, as the space it stands for (one character for one: offsets stay)
    norm = normalize(_NEGATOR_ZWNJ.sub(lambda m: m.group()[:-1] + " ", text) if lang == "ps" else text)
    t = norm.text
    out = []

    def add_span(start, end, kind, strength=1.0):
        a, b = norm.to_original(start, end)
        out.append((a, b, text[a:b], kind, strength))

    def add(m, kind, strength=1.0):
        add_span(m.start(), m.end(), kind, strength)

    # a hashtag is a name: a negation inside it ("#ChineseDontComeToJapan" ↔ "#…-ته-نه-راځي")
    # negates no clause of the sentence
    tags = [(h.start(), h.end()) for h in _HASHTAG.finditer(t)]
    if lang == "en":
        stems = tuple(lex["stem"])
        idiom_starts = {i.split(" ", 1)[0] for i in lex["idiom"]}
        idiom_end = 0
        for a, b in tags:
            if any(x.lower() in _TAG_NEGATIONS for x in _CAMEL_PART.findall(t[a + 1:b].replace("’", "'"))):
                add_span(a, b, "weak")
        for phrase in _en_phrases():                       # "remains to be established": not yet
            for p in phrase.finditer(t):
                add_span(p.start(), p.end(), "weak")
        for m in _EN_TOKEN.finditer(t):
            if any(a <= m.start() < b for a, b in tags):
                continue
            if m.start() < idiom_end:
                continue                                   # a later word of a set phrase ("nobody
            w = m.group().lower().replace("’", "'")       # can deny": no 'deny' of its own)
            before = t[max(0, m.start() - 3):m.start()].lower()
            after = t[m.end():m.end() + 3]
            if w in ("no", "nos") and (_NUMBER_SIGN.match(t[m.end():m.end() + 8]) or (
                    t[m.end():m.end() + 1] == "." and _after_numbered_noun(t, m.start()))):
                continue                                   # "No. 1": a number sign; "(article no."
            if w in ("non", "anti", "un", "de") and _SEPARATE_PREFIX.match(t[m.start():m.start() + 40]) \
                    and (m.start() == 0 or not t[m.start() - 1].isalpha()):
                if w == "anti" and _ANTIBODY.match(t, m.end()):
                    continue                               # "anti-SARS-CoV antibodies": the antibody's
                add(m, "weak")                             # target; "non-governmental", "de Sinicize"
                continue
            if w == "free" and (t[m.start() - 1:m.start()] == "-"
                                or re.match(r"\s+(?:of|from)\b", t[m.end():m.end() + 6], re.I)):
                add(m, "weak")                             # "free of charge", "smoke-free"
                continue
            if w == "no" and after.startswith("-"):
                add(m, "weak")                             # "no-fault", "no-deal": a compound
                continue
            if w == "not" and before == "or ":
                add(m, "weak")                             # "whether or not"
                continue
            if w == "against" and _shielded(t, m.start(), lex):
                continue                                   # "protect children against measles": from
            if w == "not" and _IF_NOT.search(t, 0, m.start()) and _IF_NOT_END.match(t, m.end()):
                add(m, "weak")                             # "many, if not most, schools": perhaps
                continue                                   # even most (no clause is negated)
            if m.group().lower() in idiom_starts or m.end() - m.start() > 40:
                words = list(_EN_TOKEN.finditer(t, m.start(), m.start() + 40))[:3]
                following = " ".join(x.group().lower() for x in words)
                idiom = next((i for i in lex["idiom"] if following == i or following.startswith(i + " ")), None)
                if idiom:
                    add(m, "weak")                         # "not only", "no doubt", "not long after"
                    idiom_end = words[len(idiom.split()) - 1].end()
                    continue
            if ((w.endswith("n't") and _QUESTION_OPENER.search(t[:m.start()]))
                    or (w == "not" and _NOT_QUESTION.search(t[:m.start()]))) and \
                    re.match(r"[^.!?]*\?", t[m.end():]):
                add(m, "weak")                             # "can't the industry give …?", "is it
                continue                                   # not true …?": a question asking for agreement
            if w.endswith("n't") and _TAG_QUESTION.match(t[m.end():]) and re.search(r",\s*$", t[:m.start()]):
                add(m, "weak")                             # "it was cold, wasn't it?": a tag question
                continue                                   # asks for agreement with the statement
            if m.group()[0].isupper() and w in lex["strong"] and _in_title(t, m):
                add(m, "weak")                             # "the film No Time to Die": a title
                continue
            if w == "not" and _redundant_not(t, m, lex):
                add(m, "weak")                             # "blocked the route … to not receive food":
                continue                                   # the verb of prevention says it already
            if (w in ("not", "never") or w.endswith("n't")) and _NOT_UNTIL.match(t, m.end()):
                add(m, "weak")                             # "was not rebuilt until 1950": rebuilt only
                continue                                   # in 1950 (Pashto: په ۱۹۵۰ کال بیا جوړ شو)
            if w in lex["strong"] or w.endswith("n't") or re.fullmatch(r"no+", w):
                add(m, "strong", _EN_LEXICAL_STRENGTH.get(w, 1.0))
            elif w in lex["weak"] or w.startswith(stems) or (
                    len(w) > 4 and not w.startswith(_NOT_NEGATIVE_PREFIXED) and _common_word(t, m)
                    and (w.startswith(tuple(lex["prefix"])) or w.endswith(tuple(lex["suffix"])))) \
                    or (_common_word(t, m) and _in_negated(w)):
                add(m, "weak")
        return tuple(out)
    tokens = list(_PS_TOKEN.finditer(t))
    idiom = _ps_idiom_tokens([x.group() for x in tokens], lex)
    for k, m in enumerate(tokens):
        w = m.group()
        if k in idiom or any(a <= m.start() < b for a, b in tags):
            if w in lex["strong"] or w in lex["na"]:
                add(m, "weak")                   # "کومه ستونزه نده" (that's okay), a hashtag
            continue
        if w in lex["strong"]:
            if w.startswith("نش") and k and tokens[k - 1].group() == "د":
                add(m, "weak")                   # "د نشې په حال کې" (drunk): the noun نشه
            else:
                add(m, "strong")
        elif w in lex["na"]:
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            prev = tokens[k - 1].group() if k else ""
            joined_next = k + 1 < len(tokens) and not t[m.end():tokens[k + 1].start()].strip()
            joined_prev = k and not t[tokens[k - 1].end():m.start()].strip()
            if joined_next and nxt in lex["counter"]:
                continue                # the numeral nine: نه کسان، نه ویشت، نه سوه
            if joined_next and nxt == "شته":
                add(m, "strong")        # "تر اوسه … واکسین نه شته": نشته written apart, a negation
                continue                # after an open له / تر phrase too
            if joined_prev and joined_next and prev in lex["from_word"] and nxt in _polarity()["aux"]:
                add(m, "strong")        # "له کورنۍ جلا نه شو" (was not separated from the family):
                continue                # the adjective of a light verb, negated between the two
            if joined_next and len(nxt) >= 4 and nxt.endswith(_PS_ABSTRACT) and nxt not in lex["verb"]:
                add(m, "weak")          # "د خوړو نه خوندیتوب" (food insecurity): a noun negated
                continue
            if joined_next and len(nxt) >= 5 and nxt.endswith(_PS_PLURAL + _PS_PLURAL_LOOSE) \
                    and nxt not in lex["verb"]:
                add(m, "weak")          # before a plural noun: nine (نه کلینیکونه) or "نه … نه" (neither)
                continue
            if prev in ("له", "تر") and any(c.isdigit() for c in t[tokens[k - 1].end():m.start()]):
                add(m, "weak", 0.0)     # "له ۷٪ نه ټیټه" (below 7 %): the postposition after a number
                continue
            if joined_prev and joined_next and prev == nxt:
                continue                # "څه نه څه" (something or other), "کله نه کله" (now and then)
            if k >= 2 and prev in lex["after_de"] and tokens[k - 2].group() == "د":
                add(m, "weak")          # "د پخوا نه" (from before, already): a postposition
                continue
            if (k >= 2 and tokens[k - 2].group() == "د" and prev in lex["de_demonstrative"]) or (
                    k >= 3 and tokens[k - 3].group() == "د" and tokens[k - 2].group() in lex["de_demonstrative"]
                    and not any(c in _CLAUSE_END for c in t[tokens[k - 3].end():m.start()])):
                add(m, "weak")          # "د دغه توکبنسټ نه" (from this database): a postposition
                continue
            if prev == "که" or (joined_next and nxt == "تر"):
                add(m, "weak")          # "که نه" (or not); "له کابل نه تر هرات" (from … to)
                continue
            if _in_until_clause(tokens, k, t, lex):
                add(m, "weak")          # "تر هغه چې … نه وي" (until it is): no negation
                continue
            if _not_yet_when(tokens, k, t):
                add(m, "weak")          # "پل لا بشپړ شوی نه و چې ونړېد" (had not yet been finished
                continue                # when it fell): English "before", "no sooner … than"
            # "له … نه" / "تر … نه" (from, than) and "نه … نه" lists are not verb negations
            # "له X نه" (from X) / "تر X نه": a له or تر at most five words back that is neither
            # a set phrase of its own (له امله, تر ټولو, تر لاسه) nor closed by its postposition
            # (له X څخه / سره / وروسته)
            window = [x.group() for x in tokens[max(0, k - 5):k]]
            ablative = _open_phrase(window, lex, ("له", "تر"))
            after_digit = k and t[tokens[k - 1].end():m.start()].strip()[-1:].isdigit()
            nxt2 = tokens[k + 2].group() if k + 2 < len(tokens) else ""
            if after_digit:
                continue
            clause_end = m.end() >= len(t) or t[m.end():m.end() + 2].strip()[:1] in _CLAUSE_END + ("",)
            not_only = nxt in ("یوازی", "یوازې", "فقط", "صرف")
            # "د نوم نه څرګندولو" (of not disclosing the name): a verbal noun after د, not a
            # verb; "نه بدلېدونکې" (unchangeable): an adjective
            infinitive = nxt.endswith(("ونکی", "ونکې", "ونکو")) or (
                nxt not in lex["verb"] and ("د" in window[-2:] or nxt2 == "لپاره")
                and nxt.endswith(("لو", "ل", "ېدو", "یدو")))
            # Pashto is verb-final: a word that closes the clause after نه is its verb
            # ("... ژمنه نه کړې."), and و + a past ending is a perfective verb (نه ولیکل)
            last = k + 2 >= len(tokens) or t[tokens[k + 1].end():tokens[k + 2].start()].strip()[:1] \
                in _CLAUSE_END
            perfective = len(nxt) >= 4 and nxt.startswith("و") and nxt.endswith(("ل", "له", "لې", "لو", "لم"))
            if joined_next and nxt.startswith(_PERFECTIVE_LIGHT):
                add(m, "weak")          # "نه وکړ": a و-perfective is negated ونه کړ, so this نه
                continue                # closes a phrase ("د فلم ديوانا نه وکړ", started from)
            de_phrase = window[len(window) - window[::-1].index("د"):] if "د" in window else []
            # "د اوبو د پاکولو ګولۍ نه ووېشلې": a verbal noun after د with a noun after it
            # modifies that noun (purification tablets), so no "د X نه" (from X) ends at the نه
            de_modifier = len(de_phrase) >= 2 and len(de_phrase[0]) >= 5 and de_phrase[0].endswith(_VERBAL_NOUN)
            directional = nxt.startswith(_DIRECTIONAL_PERFECTIVE) and len(nxt) >= 4
            if joined_next and (_de_open(window, de_phrase, de_modifier, lex) or "د" in window[-3:]) \
                    and nxt not in lex["verb"] and len(nxt) >= 3 \
                    and (directional or (nxt.startswith("و") and not nxt.startswith("ور")
                                         and nxt.endswith(_PAST_ENDINGS))) \
                    and not de_modifier and not lex["closer"] & set(de_phrase):
                add(m, "weak")          # "د خپل ورور نه واخیست" (bought from his brother): the
                continue                # spoken "د X نه" before a و-perfective (negated: ونه اخیست);
                                        # not ور- (ورکړه "gave": "د … منظور نه ورکړه" is negated);
                                        # "د وزارت نه راغی" (came from the ministry): negated رانغی
            if joined_next and nxt == "د" and _de_open(window, de_phrase, de_modifier, lex, 5) \
                    and not any(c in _CLAUSE_END for c in t[tokens[max(0, k - 5)].start():m.end()]):
                add(m, "weak", _ABLATIVE_NA_STRENGTH)   # "د يو مکمل مرکب نه د يوې برخې مفهوم"
                continue                                # (the meaning of a part from a whole):
                                                        # a verb negation stands before its verb, never before د
            if joined_next and _from_complement(window, de_phrase, de_modifier, nxt, nxt2, prev, lex):
                add(m, "weak", _ABLATIVE_NA_STRENGTH)   # "د اټلي نه راستون شوي" (returned from
                continue                                # Italy): negated, راستون نه شوي
            if nxt in lex["postposition"]:
                # "د زلزلې نه وروسته" (after the earthquake): a postposition; after a له، تر or د
                # that opens its phrase ("له هغه وخت نه راهیسې", since then) surely no negation
                opened = joined_next and (ablative or "د" in window)
                add(m, "weak", 0.0 if opened else 1.0)
                continue
            if not ablative and not clause_end and not not_only and not infinitive and nxt not in ("نه",) \
                    and (nxt in lex["verb"] or nxt2 in lex["verb"] or last or perfective
                         or (len(nxt) >= 3 and nxt.endswith(_VERB_ENDINGS))):   # نه کوي، نه ورسېده، نه پرانیزي
                # a listed verb form after نه is a verb negation; a word read as a verb from its
                # ending or its place only may be a noun the postposition نه closes
                add(m, "strong", 1.0 if (nxt in lex["verb"] or nxt2 in lex["verb"]) else _NA_POSITION_STRENGTH)
            else:                       # ambiguous: enough to keep NEG-MISSING quiet, never reported;
                # after an open "له X" / "تر X" most likely its postposition "from, than": too weak
                # to stand for an English verb negation ("did not come" ↔ "له کابل نه راغی")
                # (before a listed verb form it may still negate it: "تر تېر کال ټیټې نه شوې")
                add(m, "weak", _ABLATIVE_NA_STRENGTH if ablative and nxt not in lex["verb"]
                    and nxt2 not in lex["verb"] else 1.0)
        elif w.startswith(tuple(lex["forgo"])) and _open_phrase(
                [x.group() for x in tokens[max(0, k - 5):k]], lex, ("له",)):
            add(m, "weak")                       # "د مرګ له سزا تېر شي" (forgo the death penalty)
        elif len(w) >= 4 and w.endswith("نه") and k + 1 < len(tokens) \
                and tokens[k + 1].group() in lex["joined_aux"] and w not in lex["weak"] \
                and not t[m.end():tokens[k + 1].start()].strip():
            add(m, "weak")                       # "جادوګرنه وای", "خبرنه شي": نه written joined
        elif w == "نا" and k + 1 < len(tokens) and tokens[k + 1].group() in lex["copula"] \
                and not any(c in _CLAUSE_END for c in t[m.end():tokens[k + 1].start()]):
            add(m, "strong", _NA_SPELLING_STRENGTH)   # "شامل نا وي" (not included): نه spelt نا
        elif w in _NEG_PERFECTIVE_PREFIX and k + 1 < len(tokens) \
                and not (m.start() and t[m.start() - 1].isalnum()) \
                and not t[m.end():tokens[k + 1].start()].strip() and _negated_perfective(w, tokens[k + 1].group()):
            # (not glued to a word or figure before it: "iPhoneونه وړي", a Latin word's plural ending)
            # "ونه کړ"، "ونه شو"، "ورنه کړه"، "ونه مانه": the negated perfective; before another past
            # form in -ل also "tree" before an infinitive (ونه کرل "planting a tree")
            add(m, "strong", 1.0 if tokens[k + 1].group() in _LIGHT_VERB | lex["w_root"] else _NA_POSITION_STRENGTH)
        elif w.startswith(_ONE_GLUED_PRIVATIVE):
            add(m, "weak")                       # "په یوغیر صفري کميت" (by a non-zero quantity): یو
                                                 # "one, a" typed onto the privative غیر
        elif w in _PS_BE and _privative_compound([x.group() for x in tokens[k + 1:k + 3]], lex):
            continue                             # بې ځایه شوي "displaced": a word of its own
        elif w in lex["weak"] or (len(w) >= 3 and _negative_prefix(w, lex)):
            if _in_initialism(tokens, k, t):
                continue                         # "بي بي سي" (BBC), "ایف بي آی": a Latin letter's name
            after_digit = k and t[tokens[k - 1].end():m.start()].strip()[-1:].isdigit()
            if w == "مه" and (k and tokens[k - 1].end() == m.start() or after_digit and not (
                    k + 1 < len(tokens) and len(nxt := tokens[k + 1].group()) >= 3 and nxt.endswith("ئ")
                    and _prohibitive(tokens, k, t, lex))):
                continue                         # ۲۵مه / ۲۵ مه: an ordinal suffix (not "1234 مه
                                                 # کاروئ", do not use 1234: a 2nd-person verb after it)
            if w == "مه" and _prohibitive(tokens, k, t, lex):
                add(m, "strong", _PROHIBITIVE_STRENGTH)   # "مه ورکوئ" (do not give)
                continue
            add(m, "weak")
    return tuple(out)


#: "not … until Y" later in its clause ("was not rebuilt until 1950", "did not speak until the
#: judge asked"): it says "only at / only when Y", which Pashto renders without a negation as
#: often as with one (په ۱۹۵۰ کال بیا جوړ شو; تر هغه … ونه کړه چې)
_NOT_UNTIL = lazy(r"[^,;:.!?()]{0,60}?\b(?:until|till)\b", re.I)
#: a concessive "X, if not Y," (perhaps even Y): the "if not" negates no clause
_IF_NOT = re.compile(r",\s*if\s+$", re.I)
_IF_NOT_END = lazy(r"\s+[^,.;:!?()]{1,40}[,)]")
#: a hashtag ("#ChineseDontComeToJapan", "#چینایان-دې-جاپان-ته-نه-راځي"), its words and
#: the English negations that may be one of them
_HASHTAG = re.compile(r"#[^\s#]+")
_CAMEL_PART = lazy(r"[A-Z]?[a-z']+|[A-Z]+(?![a-z])")
_TAG_NEGATIONS = _words("en_tag_negations", frozenset)
#: "anti-X antibodies": the prefix names what the antibodies bind, no negation of X
_ANTIBODY = lazy(r"(?:\s?-\s?|\s)[^.;:,]{0,40}?\b(?:antibod|antiser|IgG|IgM)", re.I)
#: the strength of a separate نا before a form of "to be" (شامل نا وي): نه misspelt
_NA_SPELLING_STRENGTH = 0.8


#: a "*" in an English phrase of negators.tsv: one or two words ("too * to": too weak to, too far away to)
_PHRASE_GAP = r"[^\W\d_]+(?:['’-][^\W\d_]+)?(?:\s+[^\W\d_]+)?"


#: at most this many words between a verb of protection and its "against" (negators.tsv: shield)
_SHIELD_REACH = 6


def _shielded(t: str, start: int, lex) -> bool:
    """Whether the "against" at ``start`` follows, in its clause and a few words on, a verb of
    protection (negators.tsv: shield): "vaccines protect children against measles" says "from"
    (له … څخه), no opposition to negate."""
    clause = re.split(r"[,;:.!?]", t[max(0, start - 80):start])[-1]
    words = [w.lower() for w in _EN_TOKEN.findall(clause)][-_SHIELD_REACH:]
    return any(w in lex["shield"] for w in words)


#: clitics that may stand between a Pashto negation and its verb (نه یې ساتي، نه به ژغوري)
_PS_CLITICS = frozenset(("یې", "یی", "به", "دې", "مو", "دی"))


def _protection_negated(src, ps: str, strong_t) -> bool:
    """Whether every English negation marker is a verb of protection (negators.tsv shield: a weak
    one only because Pashto may say it with a negated purpose clause) and a Pashto verb negation
    negates the very verb that renders it (ساتل، ژغورل، خوندي کول: "… ماشومان نه ساتي"), so it
    renders no purpose clause: the negation is added."""
    lex = _lexicon()
    if not src or any(n[2].lower() not in lex["en"]["shield"] for n in src):
        return False
    begins = tuple(lex["ps"]["shield"])
    tokens = [(m.start(), fold(m.group())) for m in _PS_TOKEN.finditer(ps)]   # (offsets of ps, as strong_t's)
    for a, *_ in strong_t:
        k = next((i for i, (s, _) in enumerate(tokens) if s >= a), None)
        if k is None:
            continue
        following = [w for _, w in tokens[k + 1:k + 3]]
        if following and following[0] in _PS_CLITICS:
            following = following[1:]
        if following and following[0].startswith(begins):
            return True
    return False


def _phrase_pattern(p: str) -> str:
    return r"\b" + r"\s+".join(_PHRASE_GAP if w == "*" else re.escape(w) for w in p.split()) + r"\b"


@lru_cache(maxsize=1)
def _en_phrases() -> tuple:
    """Patterns of the English phrases that say "not yet", "has no X", "cannot" without a
    negation word (negators.tsv: phrase; "*" one or two words: "too * to")."""
    return tuple(re.compile(_phrase_pattern(p), re.I) for p in sorted(_lexicon()["en"]["phrase"]))


@lru_cache(maxsize=4096)
def _table_key(word: str, keys: frozenset):
    """The row of a table of English words (negation_lexical.tsv, negation_renderings.tsv) that
    the English marker ``word`` is: the word itself, or the phrase with a "*" gap that it
    matches ("too weak to" is the row "too * to")."""
    w = " ".join(word.lower().split())
    if w in keys:
        return w
    return next((k for k in keys if "*" in k and re.fullmatch(_phrase_pattern(k), w, re.I)), None)


def _row(table: dict, word: str):
    """The value of ``table`` for the English marker ``word`` (:func:`_table_key`), or None."""
    key = _table_key(word, frozenset(table))
    return None if key is None else table[key]


def _ps_idiom_tokens(words: list[str], lex) -> set:
    """The positions of the words of Pashto set phrases whose negation says a positive
    (negators.tsv: ps_idiom, "کومه ستونزه نده" that's okay)."""
    out = set()
    for phrase in lex["ps_idiom"]:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(words[k:k + n]) == phrase:
                out.update(range(k, k + n))
    return out


def _coordinated_possessor(de_phrase: list[str]) -> bool:
    """Whether the words after a د are oblique plurals joined by او ("د رواياتو او کلتورونو"):
    a possessor with no head noun after it, so a نه right after it closes "د X او Y نه" (from)."""
    return len(de_phrase) >= 3 and len(de_phrase) % 2 == 1 and all(
        (w == "او") if i % 2 else (len(w) >= 3 and w.endswith("و")) for i, w in enumerate(de_phrase))


#: the Pashto words that join two nouns inside one د-phrase ("د کوهي يا تالاب نه", from a well
#: or a cistern)
_PS_COORDINATORS = _words("ps_coordinators", frozenset)


def _de_open(window: list[str], de_phrase: list[str], de_modifier: bool, lex, reach: int = 3) -> bool:
    """Whether the words before a نه end an open د-phrase: a د at most ``reach`` words back, or
    at most five when the nouns after it are joined by او / یا ("د کوهي يا تالاب نه"), with no
    verbal-noun modifier and no postposition closing it (``lex["closer"]``)."""
    if "د" not in window or de_modifier or lex["closer"] & set(de_phrase) \
            or (de_phrase and de_phrase[-1] in _PS_COORDINATORS):
        return False            # "د X تولید او نه ویشلو": a نه after او begins the next member
    return "د" in window[-reach:] or bool(_PS_COORDINATORS & set(de_phrase))


def _from_complement(window, de_phrase, de_modifier, nxt: str, nxt2: str, prev: str, lex) -> bool:
    """Whether a نه before ``nxt`` closes a "from X" phrase: "د اټلي نه راستون شوي" (returned
    from Italy), "د … مایعاتو نه جلا کړی شو" (isolated from the fluids), "ناروغۍ نه روغ شوي"
    (recovered from the disease).  The word after it takes a "from" complement (negators.tsv:
    from_word), or is an adjective or noun (no infinitive in -ل) before a light verb, which a
    negation follows (راستون نه شول); and the نه closes an open د-phrase, or (for a from_word
    before a light verb) follows a noun in the oblique (-ۍ، -و، -ې)."""
    aux = _polarity()["aux"]
    if nxt in lex["verb"]:
        return False
    opened = ("د" in window[-3:] or _coordinated_possessor(de_phrase)) and not de_modifier \
        and not lex["closer"] & set(de_phrase)
    if nxt in lex["from_word"]:
        # before a from_word and its light verb or copula, a negation goes between the two
        # (جلا نه شو، مختلف نه دی): "X نه مختلف وي" (different from X) is the postposition,
        # unless the phrase before has its postposition already ("له X څخه نه … کوي"); before
        # an infinitive only after a noun in the oblique: "کار نه اخیستل کېږي" is the negated
        # compound "کار اخیستل" (is not used), "د بیلګې نه اخیستل شوي" is taken from the sample
        return opened or (nxt2 in aux and prev not in lex["closer"]
                          and (not nxt.endswith("ل") or (len(prev) >= 4 and prev.endswith(("ۍ", "و", "ې")))))
    return opened and nxt2 in aux and len(nxt) >= 3 and not nxt.endswith("ل")


#: a Pashto yes/no question opener (آیا folds to ایا with the madda dropped or kept)
_PS_QUESTION_OPENERS = _words("ps_question_openers")
_SENTENCE_END = (".", "۔", "!", "؟", "?")


def _ps_negative_question(t: str, a: int, b: int) -> bool:
    """Whether the negation at ``t[a:b]`` is in a Pashto yes/no question opened by ایا and
    closed by ؟ ("ایا دا د عمل وخت نه دی؟", isn't it time to act?)."""
    start = max(t.rfind(c, 0, a) for c in _SENTENCE_END) + 1
    if not t[start:a].lstrip(" «\"'(").startswith(_PS_QUESTION_OPENERS):
        return False
    ends = [i for i in (t.find(c, b) for c in _SENTENCE_END) if i >= 0]
    return bool(ends) and t[min(ends)] in "؟?"


_EN_WHETHER = lazy(r"\b(?:if|whether)\b", re.I)


def _embedded_question(en: str, ps: str, strong_t) -> bool:
    """Whether every Pashto negation is in an indirect yes/no question ("… وګوري چې ایا دوی
    … په اړیکه کې نه وو", check whether they were [not] in contact) rendering an English "if /
    whether" clause: the negation asks the same question, "whether or not"."""
    if not strong_t or not _EN_WHETHER.search(en):
        return False
    for a, _, *_ in strong_t:
        start = max(ps.rfind(c, 0, a) for c in _SENTENCE_END + ("،", ",", "؛")) + 1
        clause = fold(normalize(ps[start:a]).text).split()
        opener = next((i for i, w in enumerate(clause) if i and w in _PS_QUESTION_OPENERS), None)
        if opener is None or not {"چې", "چی", "که"} & set(clause[:opener]):
            return False            # not "… چې ایا …": a question of its own, or no question
    return True


def _rhetorical(en: str, ps: str, strong_t) -> bool:
    """Whether every Pashto negation is in a negative yes/no question (ایا … نه دی؟) while the
    English asks nothing: a rhetorical question that says a statement ("It is time to act." ↔
    "ایا د عمل وخت نه دی؟", isn't it time to act?).  When the English asks too, the negation
    of the Pashto question is its own and is reported."""
    return "?" not in en and all(_ps_negative_question(ps, a, b) for a, b, *_ in strong_t)


#: an English "can not" ending at a negation marker: cannot, can't, could not, couldn't
_CAN_NOT = lazy(r"\b(?:can|could)(?:\s+not|n't|n’t)$|\bcannot$", re.I)
#: the Pashto words of failure: ناکام (failed), "پاتې راغی" (fell short)
_PS_FAILED = lazy(r"(?<![^\W\d_])(?:ناکام|پات[ېی]\s+را[غت])")


def _inability_said(strong, en: str, ps: str) -> bool:
    """Whether every strong English negation says an inability (cannot, could not) and the Pashto
    says it as a failure (ناکام شو، پاتې راغی): "the file could not be saved" ↔ "د فایل خوندي کول
    ناکام شول" (saving the file failed), "they could not agree" ↔ "په هوکړه کې پاتې راغلل"."""
    return all(_CAN_NOT.search(en, 0, n[1]) for n in strong) and _PS_FAILED.search(fold(normalize(ps).text)) is not None


#: at most this many words between a Pashto word of privation and the negation of its copula
#: or light verb ("غیر معمولي نه ده": one)
_PS_LITOTES_GAP = 1


def _ps_litotes(en: str, ps: str, tgt, strong_t) -> bool:
    """Whether every Pashto verb negation negates a word of privation right before it (غیر معمولي
    نه ده "is not unusual", نادر نه دي "are not rare", بې ګټې نه دی "is not useless"): a Pashto
    litotes that says the positive the English says without a negation ("it is common").  Not when
    the English says that word's negative pole itself ("he is innocent" ↔ "بې ګناه نه دی": the
    negation is added); the caller asks only when the English has no negation marker at all."""
    # a privative written apart (غیر معمولي، بې ګټې) or a word with نا- / غیر- (نادر، غیرقانوني), not
    # one that merely starts with بې (بېټرۍ "battery")
    privative = [n for n in tgt if n[3] != "strong" and (fold(n[2]) in _PS_PRIVATIVE_AFFIX or (
        fold(n[2]).startswith(_PS_PRIVATIVE_AFFIX) and not fold(n[2]).startswith(("بې", "بی"))))]
    if not privative:
        return False
    words = load_wordlist("en_words.txt")
    if any(((base := _affix_base(w)) and base in words) or (w.startswith("un") and len(w) >= 6 and w[2:] in words)
           for w in (x.lower() for x in _EN_TOKEN.findall(en))):
        return False            # "it is unusual" ↔ "غیر معمولي نه ده": the English affix is the privative's
    en_negative = {g for *_, g, p in en_poles(en) if p == "-"}
    ps_groups = ps_poles(ps)
    for a, _b, *_ in strong_t:
        before = [n for n in privative if n[1] <= a and not any(c in _CLAUSE_END for c in ps[n[1]:a])
                  and len(_PS_TOKEN.findall(ps[n[1]:a])) <= _PS_LITOTES_GAP]
        if not before:
            return False
        c = before[-1][0]
        if any(g in en_negative for x, y, _w, g, _p in ps_groups if x <= c < y):
            return False
    return True


def _prohibitive(tokens, k: int, t: str, lex) -> bool:
    """Whether the مه at token ``k`` is the prohibitive "do not" before a verb (دا درمل مه
    ورکوئ، مه وېرېږئ، کار مه کوه), not the ordinal suffix after a number word or "moon" in a
    name (مه جبین): the next word, in the same clause, is a listed verb form or ends like an
    imperative or present verb (-ئ, -ه, -ي …)."""
    if k + 1 >= len(tokens) or any(c in _CLAUSE_END for c in t[tokens[k].end():tokens[k + 1].start()]):
        return False
    if k and tokens[k - 1].group() in lex["counter"] | {"د"}:
        return False
    nxt = tokens[k + 1].group()
    return nxt in lex["verb"] or (len(nxt) >= 3 and nxt.endswith(_VERB_ENDINGS + ("ه", "ی")))


#: یو "one, a" glued to the privative غیر by a missing space (یوغیر صفري "a non-zero")
_ONE_GLUED_PRIVATIVE = _words("ps_one_glued_privative")
#: the separate Pashto "without" that begins lexicalised compounds (negators.tsv: compound)
_PS_BE = _words("ps_be", frozenset)


@lru_cache(maxsize=1)
def _letter_names() -> frozenset:
    from ..lang.translit import LETTER_NAMES_PS
    return frozenset(fold(f) for forms in LETTER_NAMES_PS.values() for f in forms)


def _in_initialism(tokens, k: int, t: str) -> bool:
    """Whether the word ``tokens[k]`` is the Pashto name of a Latin letter inside a run of them
    (بي بي سي "BBC", ایف بي آی "FBI"): a neighbour, separated by spaces or stops only, is one too."""
    names = _letter_names()
    if fold(tokens[k].group()) not in names:
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(tokens) and fold(tokens[j].group()) in names:
            gap = t[min(tokens[j].end(), tokens[k].end()):max(tokens[j].start(), tokens[k].start())]
            if not gap.strip(" .\u200c\u200e\u200f"):
                return True
    return False


def _privative_compound(following: list[str], lex) -> bool:
    """Whether the words ``following`` a separate بې make a lexicalised compound with it that
    negates no clause (negators.tsv: compound): بې ځایه شوي "displaced"."""
    return any(len(following) >= len(c) and all(following[j].startswith(c[j]) for j in range(len(c)))
               for c in lex["compound"])


def _negated_perfective(w: str, nxt: str) -> bool:
    """Whether a separate ونه / ورنه / درنه / رانه before ``nxt`` is the negator of a perfective
    (ونه کړ، ورنه کړه، ونه مانه), not the noun ونه "tree" or ورنه "from him" before a verb of its
    own: the next word is a past or subjunctive form of کول / کېدل, or (after ونه) a past form
    with no و or directional prefix of its own (ونه راوغورځوله "knocked down a tree")."""
    if nxt in _LIGHT_VERB:
        return w == "ونه" or nxt.startswith("کړ")
    if nxt in _lexicon()["ps"]["w_root"]:
        return w == "ونه"               # ونه ویل "did not say", ونه واهه: a root that begins with و
    return w == "ونه" and len(nxt) >= 3 and not nxt.startswith(("و", "را", "ور", "در", "لر")) \
        and nxt.endswith(_PERFECTIVE_PAST) and nxt not in _lexicon()["ps"]["verb"]


def _after_numbered_noun(t: str, a: int) -> bool:
    """Whether the word before ``a`` is a noun that takes a number (article, section, page …,
    numbered_nouns_en.txt): "article no." is "article number" even where the number is cut off."""
    prev = _TITLE_WORD_BEFORE.search(t, 0, a)
    return bool(prev) and prev.group(1).lower() in load_wordset("numbered_nouns_en.txt")


#: the word right before a position (with the spaces after it)
_TITLE_WORD_BEFORE = lazy(r"([^\W\d_]+(?:['’][^\W\d_]+)?)\s+$")


#: the small words a title in title case keeps in lower case between its capitalised words
_TITLE_SMALL_WORDS = frozenset("or and nor of the to a an in on for".split())


def _in_title(t: str, m) -> bool:
    """Whether the capitalized English word ``m`` (No, Not, Never, Nothing) is part of a title
    or name in running text ("the film No Time to Die", 'the book "Never Let Me Go"'): the word
    before it is a lower-case word and the word after it is capitalized too.  A heading in title
    case ("Do Not Enter") has a capitalized word before it and keeps its negation."""
    after = _EN_TOKEN.match(t, m.end() + 1) if t[m.end():m.end() + 1] == " " else None
    if after is None or not after.group()[0].isupper():
        # a title that ends with it ("her film Tonight or Never"): a small title word after a
        # capitalised one before it, and a lower-case word before the title
        before = _EN_TOKEN.findall(t[max(0, m.start() - 60):m.start()])
        return len(before) >= 3 and before[-1] in _TITLE_SMALL_WORDS and before[-2][0].isupper() \
            and before[-3][0].islower() and not re.search(r"[.!?:;]\s*$", t[:m.start()].rsplit(before[-2], 1)[0])
    # the capitalised words before it belong to the title too ("the first film, You'll Never Get
    # Rich (1941)"): the title starts after a lower-case word, or a comma or bracket after one
    start = m.start()
    while (prev := _TITLE_WORD_BEFORE.search(t, 0, start)) and prev.group(1)[0].isupper():
        start = prev.start(1)
    head = t[:start]
    before = _EN_TOKEN.findall(head[-40:])
    return bool(before) and before[-1][0].islower() and not re.search(r"[.!?:;]\s*[\"“'‘(]?\s*$", head)


#: the English negative prefix in- and its forms before b/m/p (im-), l (il-) and r (ir-)
_IN_FORMS = (("im", "bmp"), ("il", "l"), ("ir", "r"))
#: endings of English adjectives that in- negates (insoluble, infinite, irrational, indirect,
#: inadequate, incomplete, impartial, invasive is no: its base is no word)
_IN_ADJ_ENDINGS = ("ble", "al", "ite", "ent", "ant", "ive", "ous", "ar", "ect", "ete", "ic", "ful")
#: in- words that are not negative: invaluable (very valuable), inflammable (flammable),
#: inhabitable (habitable), and words whose in- is "into, in" (immigrant, informative, intensive,
#: inaugural, implosive, incursive, influential, intoxicant, importable, inheritable)
_IN_NOT_NEGATIVE = _words("en_in_not_negative")


def _in_negated(w: str) -> bool:
    """Whether the lower-case English word ``w`` is an adjective (or its -ly adverb) negated by
    in-, im-, il-, ir- (insoluble, infinitely, irrational, illegible, impermeable): the prefix in
    the form the next letter takes, and the rest an English word of at least five letters with an
    adjective ending.  Pashto says most of them with a negated verb (په اوبو کې نه حل کېږي "is
    insoluble in water", پای نه لري "is infinite")."""
    if len(w) < 7 or w.startswith(_IN_NOT_NEGATIVE):
        return False
    form = next((p for p, nxt in _IN_FORMS if w.startswith(p) and w[2] in nxt), None)
    if form is None and not (w.startswith("in") and w[2] not in "bmplr"):
        return False
    base = w[2:]
    if base.endswith("bly"):
        base = base[:-1] + "e"          # inevitably → evitable
    elif base.endswith("ly"):
        base = base[:-2]                # infinitely → finite, incorrectly → correct
    return len(base) >= 5 and base.endswith(_IN_ADJ_ENDINGS) and not base.endswith("ment") \
        and base in load_wordlist("en_words.txt")


def _common_word(t: str, m) -> bool:
    """Whether the English token ``m`` may be a word whose un-/non-/-less negates it: not an
    acronym (UNESCO, UNICEF, UNHCR).  Title-case words are kept: a heading writes "Unsafe
    Water" as a name would be written."""
    return not m.group().isupper()


def _redundant_not(t: str, m, lex) -> bool:
    """Whether the English "not" at ``m`` negates a purpose infinitive ("to not receive")
    after a verb of prevention in the same sentence ("blocked the route … to not receive
    food"): the prevention already says the negation, and a translation that renders only the
    prevention (لاره وتړله) loses nothing.  "not to X" is left alone: it is the complement of
    the verb before it ("pledged not to proliferate"), whose negation is its own."""
    if not re.search(r"\bto\s+$", t[max(0, m.start() - 4):m.start()], re.I):
        return False
    start = max(t.rfind(c, 0, m.start()) for c in ".;!?") + 1
    words = [x.lower() for x in _EN_TOKEN.findall(t[start:m.start()])]
    stems = tuple(f for f in lex["prevent"] if len(f) >= 5)
    return any(x in lex["prevent"] or x.startswith(stems) for x in words)


def _negative_prefix(w: str, lex) -> bool:
    """Whether the Pashto token ``w`` starts with a negative prefix (نا، بې، نش …) that is not
    the start of a non-negative word (نامه "letter", ناست "seated").  The longest listed
    beginning decides: ناممکن "impossible" and ناموجود "non-existent" (listed prefixes) are
    negative although نام "name" is not."""
    if not w.startswith(tuple(lex["prefix"])):
        return False                    # (one test for all prefixes: most words have none)
    neg = max((len(p) for p in lex["prefix"] if w.startswith(p)), default=0)
    if not neg:
        return False
    return neg > max((len(p) for p in lex["not_prefix"] if w.startswith(p)), default=0)


def _in_until_clause(tokens, k: int, t: str, lex) -> bool:
    """Whether the نه at token ``k`` closes an "until" clause opened by تر هغه / ترڅو … چې in
    the same clause, at most twelve words back: "تر هغه وخته … چې واده یې نه وي کړی" (until he
    has married) has no negation."""
    lo = k
    while lo > 0 and k - lo < 12 and not any(
            c in _CLAUSE_END for c in t[tokens[lo - 1].end():tokens[lo].start()]):
        lo -= 1
    words = [x.group() for x in tokens[lo:k]]
    for i in range(len(words)):
        for opener in lex["until"]:
            if tuple(words[i:i + len(opener)]) == opener and \
                    any(x in ("چې", "چی") for x in words[i + len(opener):]):
                return True
    return False


#: the Pashto "still, yet" and the past forms of "to be" that close a "لا … نه و چې" clause
_PS_STILL = _words("ps_still", frozenset)
_PS_PAST_BE = _words("ps_past_be", frozenset)


def _not_yet_when(tokens, k: int, t: str) -> bool:
    """Whether the نه at token ``k`` is in a "لا … نه و چې …" clause (had not yet … when …): the
    Pashto way of saying "before" or "no sooner … than" ("پل لا بشپړ شوی نه و چې ونړېد", the bridge
    collapsed before it was finished).  لا is at most six words back in the same clause, and a past
    form of "to be" right after the نه (or one word on) is followed by چې at most one word later
    ("لا نه و راغلی چې", had not yet come when)."""
    def same_clause(i, j):
        return not any(c in _CLAUSE_END for c in t[tokens[i].end():tokens[j].start()])
    lo = max(0, k - 6)
    if not any(tokens[i].group() in _PS_STILL and same_clause(i, k) for i in range(lo, k)):
        return False
    for j in (k + 1, k + 2):
        if j < len(tokens) and tokens[j].group() in _PS_PAST_BE:
            return any(i < len(tokens) and tokens[i].group() in ("چې", "چی") and same_clause(k, i)
                       for i in (j + 1, j + 2))
    return False


#: an English verb negation with do-support or a modal: "did not report", "can't", "has not"
_VERB_NOT = lazy(r"(?:\b(?:do|does|did|will|would|can|could|should|shall|must|may|might|have|has|had)"
                 r"\s+not|\bcannot|\b(?:do|does|did|wo|would|ca|could|should|must|have|has|had)n['’]t)$",
                 re.I)
#: Pashto words of privation: a negation marker that can say "not + adjective" (ناخوښه "not
#: happy", بې ګناه "not guilty") but never negates a verb
_PS_LEXICAL = _words("ps_lexical")


def _verb_negation(text: str, n) -> bool:
    """Whether the English marker ``n`` negates a lexical verb with do-support or a modal ("did
    not report", "can't go")."""
    return _VERB_NOT.search(text[:n[1]]) is not None


def _negated_possession(text: str, n) -> bool:
    """Whether the English marker ``n`` negates a verb of possession (did not have, does not
    contain): Pashto may say "not having X" with a word of privation (بې بوټو "without shoes")."""
    nxt = _EN_TOKEN.search(text, n[1])
    return bool(nxt) and nxt.group().lower() in _lexicon()["en"]["possess"]


def _lexical(n) -> bool:
    return n[3] == "weak" and fold(n[2]).startswith(_PS_LEXICAL)


def _lexical_rendered(src, tgt) -> bool:
    """Whether the Pashto's negation markers are all words (رد، انکار، منع، ناکام …, no نه or
    مه) and no more than the English's own words of negation (denial, ban, failed …), which
    they render: "her denial did not sit well" ↔ "د هغې رد کول ښه ولګېدل" lost the verb's."""
    words = _lexicon()["ps"]["weak"]
    if any(fold(n[2]) in ("نه", "ونه", "مه") or fold(n[2]) not in words for n in tgt):
        return False                    # نه، مه, or a verb with the negation inside (ونښود)
    return len(tgt) <= sum(1 for n in src if n[3] == "weak")


@lru_cache(maxsize=1)
def _lexical_renderings() -> dict:
    """{English word of negative meaning: Pashto beginnings that say it without a negation}
    (``negation_lexical.tsv``)."""
    return {row[0].lower(): tuple(fold(x) for x in row[1].split())
            for row in iter_rows("negation_lexical.tsv", 2)}


#: the Pashto words that say "without" on their own (not a بې- glued to a word: بېټرۍ "battery")
_PS_WITHOUT = _words("ps_without", frozenset)


def _without_rendered(src, tgt) -> bool:
    """Whether the English's only negation markers are "without" and the Pashto says each with
    a word of privation (پرته له، بې، بغیر): a Pashto verb negation besides has no source ("take
    it without food" ↔ "پرته له خوړو یې مه اخلئ", do not take it without food)."""
    if not src or any(n[2].lower() != "without" for n in src):
        return False
    return sum(1 for n in tgt if fold(n[2]) in _PS_WITHOUT) >= len(src)


#: the Pashto privative affixes that render an English negative affix (غیرقانوني "unlawful",
#: ناسم "incorrect", بې کاره "useless")
_PS_PRIVATIVE_AFFIX = _words("ps_privative_affix")


def _affixes_rendered(src, tgt) -> bool:
    """Whether the English's only negation markers are words negated by an affix (unlawfully,
    incorrect, useless: un-, in-, non-, dis-, -less) and the Pashto has as many words of privation
    (غیر، نا-، بې) beside its verb negations: each affix is rendered by one of them, so a Pashto
    verb negation has no source ("evidence obtained unlawfully is admissible" ↔ "… په غیرقانوني
    ډول … د منلو وړ نه دي": the نه is added)."""
    if not src or any(n[3] != "weak" or _affix_base(n[2].lower().replace("-", "")) is None for n in src):
        return False
    if any(n[2].lower().startswith(tuple(_lexicon()["en"]["neg_verb"])) for n in src):
        return False                    # "disliked" ↔ "نه خوښوله": a verb said by a negated verb
    privative = [n for n in tgt if n[3] != "strong" and fold(n[2]).startswith(_PS_PRIVATIVE_AFFIX)]
    return len(privative) >= len(src)


def _without_said_free(strong, ps: str) -> bool:
    """Whether every strong English negation is "without" and the Pashto has a word of "free
    of, pure, empty" (negators.tsv: free_of): "without sugar" ↔ "له بورې خالي", "love without
    sex" ↔ "پاکه مینه"."""
    if any(n[2].lower() != "without" for n in strong):
        return False
    free = {w + e for w in _lexicon()["ps"]["free_of"] for e in _ADJ_ENDINGS}   # پاکه، not پاکستان
    return any(m.group() in free for m in _PS_TOKEN.finditer(normalize(ps).text))


def _contrast_said(strong, en: str, ps: str) -> bool:
    """Whether every strong English negation is a contrastive "not" after a comma or dash ("reduced
    to sea level, not the surface pressures") and the Pashto has a word of contrast (negators.tsv:
    contrast: برخلاف "contrary to", پرځای "instead of", بلکې "but rather") that says it."""
    if any(n[2].lower() != "not" or not re.search(r"[,;—–]\s*$", en[:n[0]]) for n in strong):
        return False
    words = {m.group() for m in _PS_TOKEN.finditer(normalize(ps).text)}
    return bool(words & _lexicon()["ps"]["contrast"])


def _fail_to(text: str, n) -> bool:
    """Whether the English marker ``n`` is a verb that negates the infinitive after it like a
    "not" (fails to appear, refused to sign; negators.tsv: fail_to)."""
    return n[2].lower() in _lexicon()["en"]["fail_to"] and re.match(r"\s+to\s", text[n[1]:n[1] + 5]) is not None


def _said_by_its_word(n, ps: str) -> bool:
    """Whether the Pashto has a word that renders the English marker ``n`` without a negation
    (``negation_lexical.tsv``: failed ↔ ناکام، پاتې)."""
    own = _row(_lexical_renderings(), n[2])
    return bool(own) and any(_renders(m.group(), own) for m in _PS_TOKEN.finditer(normalize(ps).text))


def _renders(word: str, own: tuple) -> bool:
    """Whether the Pashto ``word`` is one of the renderings ``own`` of negation_lexical.tsv: a
    beginning, or with "=" a whole word (=شا: شا کول "turn one's back", not شامل)."""
    if word.startswith(_not_privative()):
        return False                    # کمپیوټر "computer" is no کم "less" (ps not_privative)
    return any(word == x[1:] if x.startswith("=") else word.startswith(x) for x in own)


def _lexical_lost(src, en: str, ps: str):
    """(start, end, word) of an English word of negative meaning (lack, absence, refused,
    failed, excluded) that the Pashto says in no way: it has no negation marker (the caller
    checks), no word of privation, no rendering of the word and no opposite polarity word."""
    table = _lexical_renderings()
    listed = [n for n in src if _row(table, n[2])]
    if not listed or _privative_ps(ps) or _polarity_agrees(en, ps):
        return None
    for n in listed:
        if not _said_by_its_word(n, ps):
            return n[:3]
    return None


def _ps_phrase_at(words: list[str], k: int, phrase: tuple[str, ...]) -> bool:
    """Whether the Pashto ``phrase`` (tokens; "…" one to four words) starts at ``words[k]``."""
    if not phrase:
        return True
    if phrase[0] == "…":
        return any(_ps_phrase_at(words, k + j, phrase[1:]) for j in range(1, 5) if k + j <= len(words))
    return k < len(words) and words[k] == phrase[0] and _ps_phrase_at(words, k + 1, phrase[1:])


def _bound_rendered(strong, en: str, ps: str) -> bool:
    """Whether every strong English negation says an upper bound ("should not exceed 5", "no
    more than 5") and the Pashto says one without a negation (تر ډېره پنځه، تر پنځو پورې):
    "not exceed N" is "at most N" (negators.tsv: bound)."""
    lex = _lexicon()
    bounds = lex["en"]["bound"]
    for a, b, *_ in strong:
        rest = en[b:].lower().split()
        if rest[:1] in (["be"],):
            rest = rest[1:]
        if not any(" ".join(rest[:len(x.split())]).rstrip(".,;:") == x for x in bounds):
            return False
    words = [m.group() for m in _PS_TOKEN.finditer(fold(normalize(ps).text))]
    phrases = [tuple(x.split()) for x in lex["ps"]["bound"]]
    return any(_ps_phrase_at(words, k, p) for k in range(len(words)) for p in phrases)


#: "not … except / unless / other than" (negation_words.tsv: en_exceptive) and the Pashto "only"
#: (ps_only) that says it with no negation; "but" only right after a negative quantifier
#: ("nobody but the president"), elsewhere it is a contrast ("not X but Y"); so "else" and
#: "other" ("no one else", "no other country": only this one)
_EN_EXCEPTIVE = _words("en_exceptive")
_PS_ONLY = _words("ps_only", frozenset)
_EN_CLAUSE_END = lazy(r"[.;:!?]")


def _exception_said_by_only(strong, en: str, ps: str) -> bool:
    """Whether every strong English negation is followed, in its sentence, by a word of exception
    and the Pashto says "only" (یوازې، فقط، صرف): "shall not be amended except in writing" ↔
    "یوازې په لیکلي ډول … راوستل کېدای شي", "will not be accepted unless signed" ↔ "یوازې لاسلیک
    شوي … منل کېږي", "nobody but the president can sign" ↔ "یوازې ولسمشر … لاسلیکولی شي", "no
    other country has sent troops" ↔ "یوازې دې هېواد سرتېري لېږلي دي"."""
    words = {m.group() for m in _PS_TOKEN.finditer(fold(normalize(ps).text))}
    if not words & _PS_ONLY:
        return False
    for a, b, *_ in strong:
        end = _EN_CLAUSE_END.search(en, b)
        rest = en[b:end.start() if end else len(en)].lower()
        if re.match(r"\s*(?:(?:one\s+)?(?:but|else)|other)\b", rest):
            continue                    # "nobody but", "no one else", "no other country" ↔ یوازې
        if not any(re.search(r"\b" + re.escape(x) + r"\b", rest) for x in _EN_EXCEPTIVE if x != "but"):
            return False
    return bool(strong)


_PS_INTERROGATIVE = _words("ps_interrogative", frozenset)


def _rhetorical_quantifier(strong, en: str, ps: str) -> bool:
    """Whether every strong English negation is a negative quantifier (nobody, nothing, never,
    no; negation_words.tsv: en_no_quantifier) in a statement that the Pashto says as a question
    with a question word and no negation: "Surely nobody believes these figures." ↔ "آیا څوک په
    دې ارقامو باور کوي؟" (does anyone believe …?), the rhetorical question's answer is "no one"."""
    if "?" in en or not re.search(r"[؟?]\s*[»\"')]*\s*$", ps.strip()):
        return False
    words = {m.group() for m in _PS_TOKEN.finditer(fold(normalize(ps).text))}
    return bool(strong) and bool(words & _PS_INTERROGATIVE) and all(
        n[2].lower() in _EN_NO_QUANTIFIER or n[2].lower() == "no one" for n in strong)


_EN_BEFORE_UNTIL = _words("en_before_until")


def _until_restructured(en: str, ps: str, strong_t) -> bool:
    """Whether the Pashto opens an "until" clause whose verb is negated (تر هغه / تر څو چې … نه وي،
    read as no negation) and negates the main clause after it, for an English "before / until":
    "Wash your hands before you eat." ↔ "تر څو چې لاسونه مو نه وي مینځلي، ډوډۍ مه خورئ" (do not
    eat until you have washed them).  Every reported Pashto negation comes after the until clause."""
    if not any(re.search(r"\b" + x + r"\b", en, re.I) for x in _EN_BEFORE_UNTIL):
        return False
    lex = _lexicon()["ps"]
    t = normalize(ps).text
    tokens = list(_PS_TOKEN.finditer(t))
    until_na = [m.start() for k, m in enumerate(tokens)
                if m.group() in lex["na"] and _in_until_clause(tokens, k, t, lex)]
    if not until_na:
        return False
    first = normalize(ps).to_original(until_na[0], until_na[0] + 1)[0]
    return all(n[0] > first for n in strong_t)


_PS_EARLIER = _words("ps_earlier", frozenset)
_EN_FIRST = lazy(r"\bfirst\b", re.I)


def _first_said_never_before(en: str, ps: str, strong_t) -> bool:
    """Whether an English "the first time" / "first" is said as "never before": the Pashto says
    "never" (هېڅکله، هیڅ وخت) and "before, earlier" (مخکې، پخوا، دمخه): "It was the first time a woman had led the party." ↔ "تر دې مخکې هېڅکله
    یوې ښځې د ګوند مشري نه وه کړې"."""
    if not strong_t or not _EN_FIRST.search(en):
        return False
    words = [m.group() for m in _PS_TOKEN.finditer(fold(normalize(ps).text))]
    never = any(w.startswith(_PS_ANY) and (w.endswith("کله") or nxt in ("کله", "وخت"))
                for w, nxt in zip(words, words[1:] + [""]))
    return never and bool(set(words) & _PS_EARLIER)


_EN_UNDER = lazy(r"\b(?:" + "|".join(_words("en_under")) + r")\b", re.I)
_PS_REACH = _words("ps_reach")


def _under_said_not_reached(en: str, ps: str, strong_t) -> bool:
    """Whether every reported Pashto negation negates "reach" (رسېدل) right after it, in a
    sentence whose English says "under / below / less than": "Children under five must be
    vaccinated." ↔ "هغه ماشومان چې عمر یې پنځه کلونو ته نه وي رسېدلی …" (whose age has not
    reached five), the way Pashto says an age or amount limit."""
    if not strong_t or not _EN_UNDER.search(en):
        return False
    for a, b, *_ in strong_t:
        nxt = [m.group() for m in _PS_TOKEN.finditer(fold(normalize(ps[b:]).text))][:2]
        if not any(w.startswith(_PS_REACH) for w in nxt):
            return False
    return True


#: "not" after a form of "to be" (or a verb like it): what follows is an adjective
_BE_NOT = lazy(r"\b(?:is|are|was|were|be|been|being|am|seems?|seemed|remains?|remained|it's|that's)\s+"
               r"(?:also\s+|still\s+)?not$|['’](?:s|re)\s+not$", re.I)


#: at most this many words between an English negative quantifier and a "without" that cancels
#: it ("nobody left the meeting without signing"), the quantifiers, and the beginnings of the
#: Pashto words of "every, all, always" that say the universal
_WITHOUT_REACH = 8
_EN_NO_QUANTIFIER = _words("en_no_quantifier", frozenset)
_PS_UNIVERSAL = _words("ps_universal")


def _double_negation_said(strong, en: str, ps: str, src=()) -> bool:
    """Whether every strong English negation negates, one or two words on, a word of negative
    meaning of negation_lexical.tsv ("cannot ignore", "did not refuse", "never failed"), a word
    negated by an affix ("not uncommon", "not unusual": litotes) or "without" ("not without
    problems") that the Pashto, which has no negation (the caller checks), does not render
    either: both sides say the positive ("we cannot ignore the problem" ↔ "باید ستونزې ته پام
    وکړو", "outbreaks are not unusual" ↔ "عادي خبره ده")."""
    table = _lexical_renderings()
    words = load_wordlist("en_words.txt")
    # words negated by an affix: the English's weak markers with a base (uncommon, inadequate),
    # and un- before an English word (unusual, which the markers leave out)
    affixed = {n[2].lower() for n in src if n[3] == "weak" and _affix_base(n[2].lower()) is not None}
    # "nobody left without signing", "never … without": a negative quantifier and a "without"
    # later in its clause cancel into a universal (everyone signed, always with) that the Pashto
    # says with its own word (هر، ټول، تل): both are said.  ("shall not sublet without consent"
    # is a condition, not a universal: a "with consent" rendering has lost it)
    paired = set()
    universal = any(fold(m.group()).startswith(_PS_UNIVERSAL) for m in _PS_TOKEN.finditer(normalize(ps).text))
    for a, b, *_ in strong:
        if universal and en[a:b].lower() == "without":
            before = next((x for x in reversed(strong) if x[1] <= a and en[x[0]:x[1]].lower() in _EN_NO_QUANTIFIER
                           and not re.search(r"[,;:.!?()]", en[x[1]:a])
                           and len(_EN_TOKEN.findall(en[x[1]:a])) <= _WITHOUT_REACH), None)
            if before is not None:
                paired.update({(a, b), (before[0], before[1])})
        elif en[a:b].lower() == "without" and any(0 <= a - y <= 5 and len(_EN_TOKEN.findall(en[y:a])) <= 1
                                                  for _, y, *_ in strong):
            paired.add((a, b))          # the second half of "not without"
    for a, b, *_ in strong:
        if (a, b) in paired:
            continue                    # "nobody … without", and the "without" of "not without"
        nxt = [x.group().lower() for x in _EN_TOKEN.finditer(en[b:b + 30])][:2]
        # an adjective negated by an affix after "be not" (is not uncommon, was not unexpected):
        # a verb of that form (did not disagree ↔ مخالفت یې وکړ) may be rendered by its opposite
        litotes = _BE_NOT.search(en, 0, b) is not None
        word = next((w for w in nxt if w in table or w == "without" or (litotes and (
            w in affixed or (w.startswith("un") and len(w) >= 6 and w[2:] in words)))), None)
        if word is None or _said_by_its_word((a, b, word), ps):
            return False
    return True


def _litotes_rendered(strong, en: str, ps: str) -> bool:
    """Whether every strong English negation says "possible" with a verb of exclusion after it
    ("cannot be excluded", "could not be ruled out"; negators.tsv: litotes) and the Pashto says
    the possibility without a negation (ممکن، امکان، ښایي، کېدای شي)."""
    lex = _lexicon()
    for a, b, *_ in strong:
        rest = en[b:].lower().split()
        if rest[:1] == ["be"]:
            rest = rest[1:]
        if not any(" ".join(rest[:len(x.split())]).rstrip(".,;:") == x for x in lex["en"]["litotes"]):
            return False
    words = [m.group() for m in _PS_TOKEN.finditer(normalize(ps).text)]
    if any(fold(w) in lex["ps"]["litotes_not"] for w in words):
        return False            # "امکان ردوي" (rejects the possibility): the possibility is denied
    return any(w.startswith(tuple(lex["ps"]["litotes"])) for w in words)


_EN_NINE = re.compile(r"\b(?:nine|9)\b", re.I)
_PS_NINE = lazy(r"(?<![\w.,٫٬])(?:نهه|9|۹|٩)(?![\w.,٫٬])")


_EN_FROM = re.compile(r"\b(?:from|out of)\b", re.I)


def _closes_de_phrase(n, ps: str, lex) -> bool:
    """Whether the Pashto marker ``n`` (a detailed negations() row) ends a د-phrase of one word
    with no postposition, negator or clause end of its own: "د پاکستان نه" (with a second word
    the phrase has its head noun: "د ټول مفهوم نه جوړېږي", the meaning of the whole is not built)."""
    toks = list(_PS_TOKEN.finditer(ps, 0, n[0]))[-4:]
    words = [m.group() for m in toks]
    if "د" not in words:
        return False
    q = len(words) - 1 - words[::-1].index("د")
    phrase = [fold(w) for w in words[q + 1:]]
    return len(phrase) == 1 and not any(w in lex["na"] or w in lex["closer"] for w in phrase) \
        and not any(c in _CLAUSE_END for c in ps[toks[q].end():n[0]])


def _before_from_noun(n, ps: str, lex) -> bool:
    """Whether the Pashto marker ``n`` stands before the noun of a compound verb that takes "from
    X" (negators.tsv: from_noun: زده، ګټه، ډار …) and after a د-phrase open within five words, in
    the same clause: "د نوي کانال نه ګټه اخلي" (benefits from the new canal)."""
    nxt = _PS_TOKEN.search(ps, n[1])
    if nxt is None or fold(nxt.group()) not in lex["from_noun"] or ps[n[1]:nxt.start()].strip():
        return False
    before = list(_PS_TOKEN.finditer(ps, 0, n[0]))[-5:]
    words = [fold(m.group()) for m in before]
    if "د" not in words:
        return False
    q = len(words) - 1 - words[::-1].index("د")
    return not any(c in _CLAUSE_END for c in ps[before[q].end():n[0]]) \
        and not any(w in lex["na"] or w in lex["closer"] for w in words[q + 1:])


def _before_non_verb(n, ps: str) -> bool:
    """Whether the word after the Pashto marker ``n`` (a detailed negations() row) is no listed
    verb form (نه مادې لري: a noun after نه, the verb one word further)."""
    m = _PS_TOKEN.search(ps, n[1])
    return m is not None and fold(m.group()) not in _lexicon()["ps"]["verb"]


def _nine_unrendered(en: str, ps: str) -> bool:
    """Whether the English says "nine" (or 9) more often than the Pashto says it with a word or
    a digit of its own (نهه، ۹): a Pashto نه may then be the numeral."""
    n = len(_EN_NINE.findall(en))
    return n > 0 and n > len(_PS_NINE.findall(fold(normalize(ps).text)))


@lru_cache(maxsize=1)
def _renderings() -> dict:
    """{English weak negation: Pashto beginnings that render it without a negation}."""
    return {row[0].lower(): tuple(fold(x) for x in row[1].split()) for row in iter_rows("negation_renderings.tsv", 2)}


def _weak_rendered(src, ps: str) -> bool:
    """Whether every English negation marker is a weak word (less, lost, except, only) that the
    Pashto says with its own word (کم، وبایله، مګر، یوازې): none is then what a Pashto verb
    negation renders."""
    table = _renderings()
    if any(n[3] != "weak" or not _row(table, n[2]) for n in src):
        return False
    words = [m.group() for m in _PS_TOKEN.finditer(normalize(ps).text)]
    # a word that only starts like a rendering is none (کمپاین "campaign" is no کم "less",
    # خلافت "caliphate" no خلاف "against", پایله "result" no پای "end": ps not_privative)
    return all(any(_renders(w, _row(table, n[2])) for w in words) for n in src)


#: the English words of exception and the beginnings of the Pashto words that say them
_EN_EXCEPT = _words("en_except")
_PS_EXCEPT = _words("ps_except")


def _negation_before_except(src, ps: str, strong_t) -> bool:
    """Whether the English's negation markers are "except" and words the Pashto renders with
    words of their own (postponed ↔ ځنډول), and every Pashto verb negation stands before the
    Pashto "except" (مګر، پرته): "X except Y" negates nothing in X, the Pashto may negate only
    the excepted Y after it ("open every day except Friday" ↔ "هره ورځ خلاص وي، مګر جمعه نه");
    "اورېدنه به نه ځنډول کېږي، مګر …" says "will not be postponed except …"."""
    excepts = [n for n in src if n[2].lower() in _EN_EXCEPT]
    others = [n for n in src if n not in excepts]
    if not excepts or (others and not _weak_rendered(others, ps)):
        return False
    t = normalize(ps)
    first = next((m.start() for m in _PS_TOKEN.finditer(t.text) if m.group().startswith(_PS_EXCEPT)), None)
    if first is None:
        return False
    first = t.to_original(first, first + 1)[0]
    return all(n[1] <= first for n in strong_t)


def _open_phrase(window: list[str], lex, openers: tuple[str, ...]) -> bool:
    """Whether one of ``openers`` (له, تر) among the words ``window`` before a token opens a
    phrase that is neither a set phrase of its own (له امله, تر ټولو, تر لاسه) nor closed by
    its postposition (له X څخه / سره / وروسته): "له X نه" (from X), "له سزا تېر شي" (forgo the
    penalty); not "له تېرې اونۍ راهیسې" (since last week)."""
    set_phrase = {"له": lex["after_le"], "تر": lex["after_tar"]}
    opener = max((q for q, x in enumerate(window) if x in openers
                  and window[q + 1:q + 2] and window[q + 1] not in set_phrase[x]), default=None)
    if opener is None:
        return False
    # تر X لاندې "under X" is closed after its noun; له لاندې نه "from below" is not
    closers = lex["closer"] | (lex["closer_tar"] if window[opener] == "تر" else set())
    # a نه after the phrase's noun has closed it already: "له ایران نه راستنې نه شوې" (did not
    # return from Iran), the second نه negates the verb
    return not closers & set(window[opener + 1:]) and "نه" not in window[opener + 2:]


# --- graded evidence: what makes a NEG-* finding more often a false alarm ---------------------
# A negation dropped from the main verb of a short statement, with nothing negative-looking left
# on the other side, is the clearest evidence (strength 1.0: the planted "not" dropped, an
# antonym flipped).  Each of these kinds of context gives a translator another way to say the
# same thing, or the lexicon another way to be wrong, and multiplies the strength:

#: the negation is in a subordinate or relative clause ("people who are not known" ↔ نامعلومو
#: خلکو, "if it does not open" ↔ "که خلاص نشو"): restructured, said by a word of privation
#: or an adjective, or left to a neighbouring bead more often than a main verb's
_SUBORDINATE = 0.85
#: the negation is in a question: a negative question asks for agreement and is often rendered
#: as a plain one ("Didn't you get it?" ↔ "ترلاسه دې کړ؟"), a Pashto rhetorical one says a statement
_QUESTION = 0.8
#: the negation is part of a comparison ("not as high as" ↔ تر … ټیټ, "no bigger than"): said
#: by the comparative of the opposite word
_COMPARATIVE = 0.7
#: two negations meet ("not unlike", "never fails to", "نه … بې"): a double negation says a
#: positive a translator may say without either
_DOUBLE = 0.7
#: the sentence is long: more clauses in which the negation may be said by a word the lexicon
#: does not know, and a bead more likely to hold a clause of a neighbouring sentence
_LONG = 0.9
_LONG_EN_WORDS = 30
_LONG_PS_WORDS = 35
#: NEG-POLARITY / NEG-AFFIX: the English has other words of negative meaning or other polarity
#: words the Pashto pole may render ("shortages … due to increased demand" ↔ کموالي)
_OTHER_POLES = 0.8
#: NEG-AFFIX: the negated word is capitalised mid-sentence, part of a name ("the Non-Aligned
#: Movement", "the Anti-Corruption Office"), which translators transliterate or render freely
_IN_NAME = 0.6

#: NEG-ADDED: the Pashto negation is in a purpose clause (ترڅو … نه شي "so that … not"): Pashto
#: says "to protect, to keep safe, to stay inside" as often by the negated opposite ("so that
#: they do not fall ill, do not go out")
_PURPOSE = 0.8
_PS_PURPOSE = _words("ps_purpose", frozenset)
_PS_PURPOSE_PHRASES = [[fold(a), fold(b)] for a, b in (("لپاره", "چې"), ("دپاره", "چې"), ("تر", "څو"))]
_EN_SUBORDINATORS = _words("en_subordinators", frozenset)
_PS_SUBORDINATORS = _words("ps_subordinators", frozenset)
_EN_CLAUSE_BREAK = lazy(r"[,;:.!?()\[\]—–\"“”]")
_PS_CLAUSE_BREAK = lazy(r"[،,;؛:.۔!?؟()\[\]—–\"«»]")
_EN_COMPARISON = lazy(r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:as|so)\s+[\w-]+\s+as|[\w-]+er\s+than|"
                      r"(?:more|less|fewer|better|worse|other|rather)\b[^.;,:]{0,40}?\bthan)\b", re.I)


def _en_context(en: str, n, src) -> float:
    """The strength factor of the context of the English negation marker ``n`` (start, end, …):
    a subordinate clause, a question, a comparison, a double negation, a long sentence."""
    a, b = n[0], n[1]
    factor = 1.0
    start = max((m.end() for m in _EN_CLAUSE_BREAK.finditer(en, 0, a)), default=0)
    if any(w.lower() in _EN_SUBORDINATORS for w in _EN_TOKEN.findall(en[start:a])):
        factor *= _SUBORDINATE
    end = re.search(r"[.!?](?:\s|$)|$", en[b:])
    if en[b:b + end.start() + 1].rstrip().endswith("?"):
        factor *= _QUESTION
    if _EN_COMPARISON.match(en, b):
        factor *= _COMPARATIVE
    near = [x for x in src if x[0] != a and (0 <= x[0] - b <= 25 or 0 <= a - x[1] <= 25) and _negative_word(x)]
    if any(len(_EN_TOKEN.findall(en[min(b, x[1]):max(a, x[0])])) <= 1 for x in near):
        factor *= _DOUBLE
    if len(_EN_TOKEN.findall(en)) > _LONG_EN_WORDS:
        factor *= _LONG
    return factor


def _negative_word(n) -> bool:
    """Whether the English marker ``n`` negates by itself (not, unexpected, impossible, deny,
    fail), so that a "not" beside it makes a double negation; not a word that limits or orders
    (until, only, than, less, yet, instead, except)."""
    w = n[2].lower()
    return n[3] == "strong" or w in _lexical_renderings() or _affix_base(w) is not None \
        or w.startswith(tuple(_lexicon()["en"]["stem"]))


@lru_cache(maxsize=1)
def _finite_verbs() -> frozenset:
    """Pashto verb forms that close a clause: the verbs after a negating نه and the auxiliaries
    of the polarity file, less the words that are also pronouns, particles or adverbs (یې، دې،
    دی "he", و "and", باید، یوازې، فقط، صرف)."""
    other = {fold(w) for w in ("یې", "یی", "دې", "دی", "و", "باید", "یوازې", "یوازی", "فقط", "صرف")}
    return frozenset((_lexicon()["ps"]["verb"] | _polarity()["aux"]) - other)


def _ps_context(ps: str, n, tgt) -> float:
    """The strength factor of the context of the Pashto negation marker ``n``: a subordinate
    clause (چې، که، کله، ترڅو before it in its clause), a question, a second negation beside it
    (a double negation), a long sentence."""
    a, b = n[0], n[1]
    factor = 1.0
    start = max((m.end() for m in _PS_CLAUSE_BREAK.finditer(ps, 0, a)), default=0)
    stop = _PS_CLAUSE_BREAK.search(ps, b)
    # the negation is in the clause of the last subordinator before it unless a verb closed that
    # clause in between: Pashto is verb-final, so "هغه شواهد چې … ترلاسه شوي وي د منلو وړ نه دي"
    # negates the main verb after a relative clause, "… ډکې شي چې مخکې ندي استعمال شوي" the
    # relative clause after the main verb
    words = [fold(m.group()) for m in _PS_TOKEN.finditer(normalize(ps[start:a]).text)]
    last = max((i for i, w in enumerate(words) if w in _PS_SUBORDINATORS), default=None)
    if last is not None and not any(w in _finite_verbs() for w in words[last + 1:]):
        factor *= _SUBORDINATE
        if words[last] in _PS_PURPOSE or words[last - 1:last + 1] in _PS_PURPOSE_PHRASES:
            factor *= _PURPOSE
    if stop and stop.group() in "؟?":
        factor *= _QUESTION
    if any(x[0] != a and len(_PS_TOKEN.findall(ps[min(b, x[1]):max(a, x[0])])) <= 1 for x in tgt):
        factor *= _DOUBLE
    if len(_PS_TOKEN.findall(ps)) > _LONG_PS_WORDS:
        factor *= _LONG
    return factor


@register
class NegationCheck(PairCheck):
    code = "NEG-MISSING"
    category = "negation"
    severity = "warning"
    description = "A negation in the source has no counterpart in the translation, or one was added."
    codes = {
        "NEG-MISSING": ("negation", "warning", "the source is negated, the translation is not"),
        "NEG-ADDED": ("negation", "warning", "the translation is negated, the source is not"),
    }

    def run(self, ctx):
        found = list(super().run(ctx))
        embed = getattr(ctx.result, "embed", None)
        if embed is not None and found:
            _weigh_by_contrast(found, ctx, embed)
        yield from found

    def check_pair(self, pair, ctx):
        src = negations(pair.source.text, pair.source.lang, detail=True)
        # a marker of strength 0 is surely no negation (نه closing "له هغه وخت نه راهیسې", since then)
        tgt = [n for n in negations(pair.target.text, pair.target.lang, detail=True) if n[4] > 0]
        strong_s = [n for n in src if n[3] == "strong"]
        if _nine_unrendered(pair.source.text, pair.target.text):
            # "nine military planes" ↔ "نه پوځي الوتکې": a نه read as a verb negation from its
            # place only, in a sentence whose English says nine and whose Pashto has no nine of its
            # own (نهه، ۹), is the numeral; so is one before a word that is no verb form, whose
            # strength came from the verb after that word (نه مادې لري "has nine articles")
            tgt = [n for n in tgt if not (n[3] == "strong" and fold(n[2]) == "نه"
                                          and (n[4] < 1.0 or _before_non_verb(n, pair.target.text)))]
        if not strong_s and _EN_FROM.search(pair.source.text):
            # "refugees returning from Pakistan" ↔ "کډوال چې د پاکستان نه راستنېږي": in a sentence
            # whose English says "from" and negates nothing, a نه that closes an open د-phrase is
            # its postposition "from" (a verb negation after it would be a second نه)
            tgt = [n for n in tgt if not (n[3] == "strong" and fold(n[2]) == "نه"
                                          and _closes_de_phrase(n, pair.target.text, _lexicon()["ps"]))]
        if not strong_s:
            # "children learn from their parents" ↔ "ماشومان د خپلو مور او پلار نه زده کوي": in a
            # sentence whose English negates nothing, a نه between an open د-phrase and the noun of
            # a compound verb that takes "from X" (negators.tsv: from_noun) is its postposition
            tgt = [n for n in tgt if not (n[3] == "strong" and fold(n[2]) == "نه"
                                          and _before_from_noun(n, pair.target.text, _lexicon()["ps"]))]
        strong_t = [n for n in tgt if n[3] == "strong"]
        # a negation on one side with no negation at all, not even a weak one, on the other; or
        # an English verb negation against Pashto words of privation only, which may be the very
        # opposite word ("did not succeed" ↔ ناکام شو, "did not find him guilty" ↔ بې ګناه)
        if (strong_s and not strong_t) or (strong_t and not src):
            if _polarity_agrees(pair.source.text, pair.target.text):
                return                  # "not closed" ↔ خلاص (open): the same meaning
        if strong_s and not tgt and _bound_rendered(strong_s, pair.source.text, pair.target.text):
            return                      # "must not exceed 5" ↔ تر ډېره پنځه (at most five)
        if strong_s and not tgt and _double_negation_said(strong_s, pair.source.text, pair.target.text, src):
            return                      # "we cannot ignore it" ↔ "باید پام ورته وکړو" (must heed it)
        if strong_s and not tgt and _litotes_rendered(strong_s, pair.source.text, pair.target.text):
            return                      # "cannot be excluded" ↔ ممکن دي (it is possible)
        if strong_s and not tgt and _exception_said_by_only(strong_s, pair.source.text, pair.target.text):
            return                      # "not amended except in writing" ↔ یوازې په لیکلي ډول (only)
        if strong_s and not tgt and _rhetorical_quantifier(strong_s, pair.source.text, pair.target.text):
            return                      # "nobody believes it" ↔ "آیا څوک باور کوي؟" (does anyone?)
        if strong_s and not tgt and _without_said_free(strong_s, pair.target.text):
            return                      # "love without sex" ↔ پاکه مینه (pure love)
        if strong_s and not tgt and _contrast_said(strong_s, pair.source.text, pair.target.text):
            return                      # "X, not Y" ↔ "د Y برخلاف X" (X, contrary to Y)
        if strong_s and not strong_t and _inability_said(strong_s, pair.source.text, pair.target.text):
            return                      # "could not be saved" ↔ "د فایل خوندي کول ناکام شول" (failed)
        verbal_s = [n for n in strong_s if _verb_negation(pair.source.text, n)]
        if tgt and not strong_t and not verbal_s:
            # "fails to appear" negates its verb as "does not appear" does: beside Pashto words
            # of privation only (پرته له عذره "without an excuse"), with no rendering of its own
            # (ناکام، پاتې راغی), the verb's negation is lost
            verbal_s = [n[:4] + (_FAIL_TO_STRENGTH,) for n in src if _fail_to(pair.source.text, n)
                        and not _said_by_its_word(n, pair.target.text)]
        if strong_s and not tgt or (verbal_s and not strong_t and (
                all(_lexical(n) or n[4] < _HIDES for n in tgt) or _lexical_rendered(src, tgt))):
            # a negation on one side with no negation at all on the other; or a negated
            # lexical verb ("did not report") against a Pashto sentence whose only negation
            # markers are words of privation (بې، غیر، نا-، پرته …): a verb is negated with نه
            # the lost negation the context makes clearest (a main verb's before a relative clause's)
            candidates = verbal_s or strong_s
            graded = [c[4] * _en_context(pair.source.text, c, src) for c in candidates]
            best = max(range(len(candidates)), key=lambda i: (graded[i], -i))
            a, b, word, _, _ = candidates[best]
            strength = graded[best]
            f = self.finding(
                f"English '{word}' (negation) has no negation in the Pashto sentence",
                code="NEG-MISSING", source=pair.source.span(a, b), target=pair.target.whole,
                source_value=word, target_value=None)
            # weaker when the Pashto has words of privation that may say it (بې، پرته، نا-),
            # the more so for a negated possession ("did not have shoes" ↔ بې بوټو)
            if tgt:
                strength *= _BESIDE_PRIVATIVE * (_POSSESSION if _negated_possession(pair.source.text, (a, b)) else 1.0)
            f.strength = round(strength, 3)
            yield f
        elif strong_t and (not src or _weak_rendered(src, pair.target.text) or _without_rendered(src, tgt)
                           or _protection_negated(src, pair.target.text, strong_t)
                           or _affixes_rendered(src, tgt)
                           or _negation_before_except(src, pair.target.text, strong_t)) \
                and not _rhetorical(pair.source.text, pair.target.text, strong_t) \
                and not _embedded_question(pair.source.text, pair.target.text, strong_t) \
                and not _until_restructured(pair.source.text, pair.target.text, strong_t) \
                and not _first_said_never_before(pair.source.text, pair.target.text, strong_t) \
                and not _under_said_not_reached(pair.source.text, pair.target.text, strong_t) \
                and not (not src and _ps_litotes(pair.source.text, pair.target.text, tgt, strong_t)):
            graded = [c[4] * _ps_context(pair.target.text, c, tgt) for c in strong_t]
            best = max(range(len(strong_t)), key=lambda i: (graded[i], -i))
            a, b, word, _, _ = strong_t[best]
            strength = graded[best]
            f = self.finding(
                f"Pashto '{word}' (negation) has no negation in the English sentence",
                code="NEG-ADDED", source=pair.source.whole, target=pair.target.span(a, b),
                source_value=None, target_value=word)
            # weaker when the English has words of negative meaning the Pashto also renders
            f.strength = round(strength * (_BESIDE_PRIVATIVE if src else 1.0), 3)
            yield f
        elif src and not tgt and not strong_s:
            lost = _lexical_lost(src, pair.source.text, pair.target.text)
            if lost:
                a, b, word = lost
                f = self.finding(
                    f"English '{word}' (negation by its meaning) has no counterpart in the Pashto sentence",
                    code="NEG-MISSING", source=pair.source.span(a, b), target=pair.target.whole,
                    source_value=word, target_value=None)
                f.strength = round(_LEXICAL_LOST_STRENGTH * _en_context(pair.source.text, lost, src), 3)
                yield f


def _weigh_by_contrast(found, ctx, embed) -> None:
    """The encoder's second opinion on NEG-MISSING / NEG-ADDED (:mod:`.analyses.contrast`): each
    pair is embedded as written and with the reported negation undone on the side that has it
    (the English "not" removed, the Pashto نه removed, نشته → شته …), all in one call.  A
    translation that lost or gained a negation is *more* alike with it undone; when the pair is
    clearly *less* alike (by :data:`CONTRARY_MARGIN` or more, a margin no planted negation of
    the tuning parts reaches), the other side says the negation in its own way (a word of
    negative meaning, a privative, a spelling the lexicon does not know) and the finding is
    reported at info with a lower strength.  Measured on the first-contact tuning verdicts
    (bench/results/negation_contrast.md), the margin does not tell real from false findings
    in general (AUC 0.58): only this clearly contrary band is used."""
    from .analyses.contrast import margins, undo_en_negation, undo_ps_negation
    asked, written, changed = [], [], []
    for f in found:
        if f.code not in ("NEG-MISSING", "NEG-ADDED") or f.bead is None or f.severity == "info":
            continue
        pair = ctx.pairs[f.bead]
        en, ps = pair.source.text, pair.target.text
        if f.code == "NEG-MISSING" and f.source is not None:
            a = pair.source.local(f.source.start)
            alt = undo_en_negation(en, a, a + len(f.source.text))
            other = None if alt is None else (alt, ps)
        elif f.code == "NEG-ADDED" and f.target is not None:
            a = pair.target.local(f.target.start)
            alt = undo_ps_negation(ps, a, a + len(f.target.text))
            other = None if alt is None else (en, alt)
        else:
            other = None
        if other is not None and other != (en, ps):
            asked.append(f)
            written.append((en, ps))
            changed.append(other)
    if not asked:
        return
    for f, m in zip(asked, margins(embed, written, changed)):
        if m <= CONTRARY_MARGIN:
            f.strength = round((f.strength if f.strength is not None else 1.0) * _CONTRARY_STRENGTH, 3)
            f.severity = "info"
            f.message += (" (but the sentence encoder finds the pair less alike with the negation "
                          "removed: the other side may say it in its own way)")


# --- polarity flips and lost affix negation ------------------------------------------------

#: the polarity pairs that are reported when flipped (NEG-POLARITY, NEG-AFFIX)
POLARITY = "polarity_en_ps.tsv"
#: opposite words that only say a negation is rendered by the other pole ("not many" ↔ لږ,
#: "not easy" ↔ ستونزمن): never reported as a flip, never planted by the recall bench
ANTONYMS = "negation_antonyms.tsv"


@lru_cache(maxsize=2)
def _polarity(table: str = POLARITY):
    """The polarity pairs of ``table`` (``polarity_en_ps.tsv``): {"en": [(group, pole, exact,
    stem)], "ps": [(group, pole, tokens, exclude)], "aux", "neutral", "privative", "against",
    "not_against", "not_privative"}; another table shares the auxiliaries and word lists of the polarity file."""
    lex = {"en": [], "ps": [], "aux": [], "neutral": [], "privative": [], "against": [], "not_against": [],
           "not_privative": [], "non": [], "converse": [], "weakener": [], "not_pole": [], "info": []}
    for row in iter_rows(table, 3):
        if row[0] in ("en", "ps") and len(row) == 3:
            lang, kind, form = row
            lex[kind].append(fold(form) if lang == "ps" else form)
            continue
        group, pole, lang, form = row[:4]
        if lang == "en":
            lex["en"].append((group, pole, form.startswith("="), form.lstrip("=")))
        else:
            exclude = form.startswith("!")
            lex["ps"].append((group, pole, tuple(fold(x) for x in form.lstrip("!=").split()), exclude))
    lex["aux"] = frozenset(lex["aux"])
    lex["neutral"] = tuple(lex["neutral"])
    lex["privative"] = [tuple(fold(x) for x in p.split()) for p in lex["privative"]]
    lex["against"] = [tuple(fold(x) for x in p.split()) for p in lex["against"]]
    if table != POLARITY:
        main = _polarity()
        lex.update(aux=main["aux"], neutral=main["neutral"], privative=main["privative"], against=main["against"],
                   not_against=main["not_against"], not_privative=main["not_privative"], non=main["non"],
                   converse=main["converse"], weakener=main["weakener"], not_pole=main["not_pole"],
                   info=main["info"])
    lex["non"] = frozenset(lex["non"])
    lex["converse"] = frozenset(lex["converse"])
    lex["weakener"] = frozenset(lex["weakener"])
    lex["info"] = frozenset(lex["info"])
    if table == POLARITY:
        not_pole = {}
        for p in lex["not_pole"]:
            not_pole.setdefault(p.split()[0], []).append(p)
        lex["not_pole"] = not_pole
    return lex


#: English words whose negative prefix or suffix is an affix negation (unsafe, illegal,
#: non-governmental, homeless): a lost affix is reported as NEG-AFFIX, not NEG-POLARITY
_EN_AFFIX = lazy(r"(?:un|in|il|im|ir|non|dis|de|anti)[a-z]{3,}|[a-z]{3,}less", re.I)
_ADJ_ENDINGS = ("", "ه", "ې", "ی", "و")
#: a word between a Pashto adjective and its auxiliary: the negator (خلاصه نه ده "is not open")
#: and پاتې "remain" (بنده پاتې شوه "remained closed")
_BETWEEN_ADJ_AUX = _words("ps_between_adj_aux", frozenset)
#: a word before a Pashto pole word that turns it into its opposite (غیر قانوني "illegal")
_PS_PRIVATIVE_BEFORE = _words("ps_privative_before")


#: negative affixes of English words (un-safe, in-accurate, dis-allowed, power-less)
_EN_NEG_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis", "de", "anti")


def _affix_base(w: str):
    """The word ``w`` without its negative prefix or -less suffix (unregulated → regulated), or
    None when it has none; the rest has at least four letters (three before -less: use-less)."""
    for p in _EN_NEG_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4 and not w.startswith(_NOT_NEGATIVE_PREFIXED):
            return w[len(p):].lstrip("-")
    if w.endswith("less") and len(w) >= 7 and not w.startswith(_NOT_NEGATIVE_PREFIXED):
        return w[:-4]
    return None


def _ps_word_match(word: str, form: str) -> bool:
    if form.endswith("*"):
        return word.startswith(form[:-1])
    return word == form


@lru_cache(maxsize=2)
def _en_pole_index(table: str = POLARITY):
    """The English polarity forms by position in ``_polarity()["en"]``: ``exact`` {word: first
    i}, ``prefixes`` {beginning: first i} and the longest beginning."""
    exact, prefixes = {}, {}
    for i, (_, _, is_exact, form) in enumerate(_polarity(table)["en"]):
        (exact if is_exact else prefixes).setdefault(form, i)
    return exact, prefixes, max(map(len, prefixes), default=0)


def en_poles(text: str, table: str = POLARITY) -> list[tuple[int, int, str, str, str]]:
    """(start, end, word, group, pole) of each English polarity word (of ``table``)."""
    forms = _polarity(table)["en"]
    exact, prefixes, longest = _en_pole_index(table)

    def lookup(w):
        # the first form of the file that matches: an exact one, or one that begins w
        return min([exact.get(w, len(forms))] + [prefixes.get(w[:j], len(forms))
                                                for j in range(min(len(w), longest) + 1)])
    not_pole = _polarity(table)["not_pole"]
    out = []
    for m in _EN_TOKEN.finditer(text):
        w = m.group().lower()
        if w in not_pole and any(re.match(re.escape(p) + r"\b", text[m.start():], re.I) for p in not_pole[w]):
            continue                # "last year" is the previous one, no pole of first / last
        first = lookup(w)
        flip = False
        if first == len(forms):
            # a word the file does not list, made of a negative affix and a listed word of the
            # positive pole: unregulated, disallowed, inaccurate, powerless (the base at least
            # four letters, so that in + crease or de + cline is not taken apart)
            base = _affix_base(w)
            first = lookup(base) if base else len(forms)
            if first == len(forms) or forms[first][1] != "+":
                continue
            flip = True
        group, pole = forms[first][:2]
        if flip:
            pole = "-"
        a = m.start()
        prefix = re.search(r"\b(?:non|un)(?:\s?-\s?|\s)$", text[max(0, a - 6):a], re.I)
        if prefix:                   # "non-governmental": the opposite pole
            a -= len(prefix.group())
            pole = "-" if pole == "+" else "+"
        out.append((a, m.end(), text[a:m.end()], group, pole))
    return out


@lru_cache(maxsize=2)
def _ps_pole_index(table: str = POLARITY):
    """The Pashto polarity forms (positions in ``_polarity()["ps"]``) by the word a match
    starts with: ``exact`` {first word: [i…]} (for an adjective stem ``~``, each of its
    endings), ``prefixes`` {beginning: [i…]} for a one-word form ending in ``*``, and the
    longest such beginning: each word is compared with its few candidates, not every form."""
    exact, prefixes = {}, {}
    for i, (_, _, form, _) in enumerate(_polarity(table)["ps"]):
        last = form[-1]
        if last.endswith("~"):
            for e in _ADJ_ENDINGS:
                exact.setdefault(last[:-1] + e, []).append(i)
        elif len(form) == 1 and last.endswith("*"):
            prefixes.setdefault(last[:-1], []).append(i)
        else:
            exact.setdefault(form[0], []).append(i)
    return exact, prefixes, max(map(len, prefixes), default=0)


def ps_poles(text: str, table: str = POLARITY, every_group: bool = False) -> list[tuple[int, int, str, str, str]]:
    """(start, end, words, group, pole) of each Pashto polarity word or phrase: an adjective
    with an auxiliary (کم شو), a stem (کموالی), an exact form (رد) or a sequence of words
    (بې خطره); a form preceded by a privative word (غیر، نا، بې) is not its pole.  With
    ``every_group``, a word of two groups is a pole of each (سخت "difficult" and "severe")."""
    lex = _polarity(table)
    forms = lex["ps"]
    exact, prefixes, longest = _ps_pole_index(table)
    norm = normalize(text)
    t = norm.text
    tokens = list(_PS_TOKEN.finditer(t))
    words = [x.group() for x in tokens]
    out = []
    k = 0
    while k < len(words):
        best = None
        w = words[k]
        # only the forms whose first word can be this one, in the order of the file
        ids = exact.get(w, [])
        for j in range(min(len(w), longest) + 1):
            if w[:j] in prefixes:
                ids = ids + prefixes[w[:j]]
        for group, pole, form, exclude in (forms[i] for i in sorted(ids)):
            n = len(form)
            last = form[-1]
            if last.endswith("~"):
                stem = last[:-1]
                if not (words[k] in {stem + e for e in _ADJ_ENDINGS} and k + 1 < len(words)):
                    continue
                if words[k + 1] in lex["aux"]:
                    n = 2
                elif words[k + 1] in _BETWEEN_ADJ_AUX and k + 2 < len(words) and words[k + 2] in lex["aux"]:
                    n = 1           # "خلاصه نه ده" (is not open), "بنده پاتې شوه" (remained closed):
                else:               # the adjective alone (its نه stays a negation of its own)
                    continue
            elif not (k + n <= len(words) and all(words[k + i] == form[i] for i in range(n - 1))
                      and _ps_word_match(words[k + n - 1], last)):
                continue
            if best is None or n > best[0] or (n == best[0] and exclude):
                best = (n, group, pole, exclude)
                also = []
            elif every_group and n == best[0] and not best[3] and group != best[1]:
                also.append((group, pole))
        if best is None:
            k += 1
            continue
        n, group, pole, exclude = best
        if k and words[k - 1] in lex["weakener"]:
            exclude = True          # لږ ځواکمن "less strong": neither pole
        if not exclude:
            for group, pole in [(group, pole)] + also:
                first = k
                if k and words[k - 1] in _PS_PRIVATIVE_BEFORE:    # غیر دولتي: the opposite pole
                    first, pole = k - 1, ("-" if pole == "+" else "+")
                a, b = norm.to_original(tokens[first].start(), tokens[k + n - 1].end())
                out.append((a, b, text[a:b], group, pole))
        k += n
    return out


def _en_listed(word: str) -> bool:
    """Whether the English ``word`` (or words: "non-governmental") is a form of the polarity
    file itself, not one read from its base after a negative affix (unsupported)."""
    exact, prefixes, longest = _en_pole_index()
    w = word.lower()
    return " " in w or "-" in w or w in exact or any(w[:j] in prefixes for j in range(min(len(w), longest) + 1))


def _affix_of_pole(word: str, group: str) -> bool:
    """Whether the English ``word`` is a word of the positive pole of ``group`` with a negative
    affix (unsafe, illegal, unarmed, powerless), not a word of the negative pole of its own that
    merely starts like one (decreased, declined, dismissed)."""
    base = _affix_base(word.lower())
    return bool(base) and _EN_AFFIX.fullmatch(word) is not None and any(
        g == group and p == "+" for *_, g, p in en_poles(base))


def _privative_of_pole(words: str, group: str) -> bool:
    """Whether the Pashto ``words`` are a privative (غیر، نا، بې) before a positive word of
    ``group``: ناخوندي, غیر قانوني (an added affix), not a word of its own like ناکام."""
    w = fold(words)
    for p in _PS_PRIVATIVE_BEFORE:
        if w.startswith(p):
            rest = w[len(p):].strip()
            return any(x[3] == group and x[4] == "+" for x in ps_poles(rest))
    return False


def _polarity_agrees(en: str, ps: str) -> bool:
    """Whether a negation on one side only is said on the other by the opposite pole of a
    polarity word: "was not closed" ↔ خلاص و (was open), "safe" ↔ خطرناک نه دی.  A group whose
    English pole the Pashto also says (a sales drop ↔ کمښت) is rendered as it is: an opposite
    word of that group in the Pashto (زیاتېدونکي لګښت, rising costs) says something else."""
    en_groups, ps_groups = {}, {}
    for table in (POLARITY, ANTONYMS):
        for *_, g, p in en_poles(en, table):
            en_groups.setdefault(g, set()).add(p)
        for *_, g, p in ps_poles(ps, table, every_group=table == ANTONYMS):
            ps_groups.setdefault(g, set()).add(p)
    return any(g in en_groups and ps_groups[g] - en_groups[g] and not ps_groups[g] & en_groups[g]
               for g in ps_groups)


def _privative_ps(text: str) -> bool:
    """Whether the Pashto says "against / without / remove / reduce / separate" in a word."""
    return _privative_count(text, _polarity()["privative"], _not_privative(), first=True) > 0


@lru_cache(maxsize=1)
def _not_privative() -> tuple:
    """The beginnings of Pashto words that start like a word of privation or a rendering of an
    English word of negative meaning and are not one (polarity_en_ps.tsv: ps not_privative)."""
    return tuple(_polarity()["not_privative"])


def _privative_count(text: str, stems, unless=(), first: bool = False) -> int:
    """How many words of the Pashto begin one of the privative ``stems`` (tuples of beginnings
    of consecutive words) and none of the beginnings ``unless`` (ضدعفوني "disinfect" is no ضد
    "against"); with ``first``, 1 at the first one found."""
    words = [x.group() for x in _PS_TOKEN.finditer(normalize(text).text)]
    firsts = tuple(p[0] for p in stems)
    unless = tuple(unless)
    n = 0
    for i in range(len(words)):
        if not words[i].startswith(firsts) or (unless and words[i].startswith(unless)):
            continue                    # no privative begins here (one test for all of them)
        if any(all(i + j < len(words) and words[i + j].startswith(p[j]) for j in range(len(p))) for p in stems):
            n += 1
            if first:
                break
    return n


#: Pashto هیڅ "any, no" (هیڅوک nobody, هیڅ کله never): it goes with a negated verb
_PS_ANY = _words("ps_any")


def _prefixes_unrendered(en: str, ps: str, en_neg, ps_neg):
    """The first separate English negative prefix (non-, anti-, un-, de-) when the English has
    more of them than the Pashto has markers that may render them: its words of privation (غیر،
    نا-، بې، پرته), its verb negations beyond those the English not/no/without take, for anti-
    its words of "against" (ضد، مخالف، پر وړاندې، مخنیوی), for de- any word of removal (کمول،
    پاکول، لرې کول): a long sentence with a کمول of its own has still lost the غیر of
    "non-essential"."""
    prefixes = [n for n in en_neg
                if n[2].lower() in ("non", "anti", "un", "de") and _SEPARATE_PREFIX.match(en[n[0]:n[0] + 40])]
    # a compound that Pashto says with a word of its own (non-profit ↔ خیریه "charitable"):
    # negation_renderings.tsv lists it as "non-profit"
    table = _renderings()
    words = [m.group() for m in _PS_TOKEN.finditer(normalize(ps).text)]
    prefixes = [n for n in prefixes if not _compound_rendered(en, n, table, words)]
    if not prefixes:
        return None
    lex = _polarity()
    kinds = {n[2].lower() for n in prefixes}
    stems = lex["privative"] if "de" in kinds else lex["against"] if "anti" in kinds else []
    # the Pashto's verb negations render the English's not/no first ("without" ↔ ندرلودل), its
    # words of privation the English's words of negative meaning ("a lack of" ↔ نشتوالی)
    # (and an English not/no the Pashto says with no verb negation takes a word of privation:
    # "no symptoms" ↔ د نښو غېر موجودیت)
    # (هیڅ "any, no" beside a negated verb is one negation: هیڅ نښې ونلري "have no symptoms";
    # "without" is left out: said by a word of privation or a negated verb alike)
    surplus = sum(1 for n in ps_neg if n[3] == "strong" and not fold(n[2]).startswith(_PS_ANY)) \
        - sum(1 for n in en_neg if n[3] == "strong" and n[2].lower() != "without")
    spare = max(0, surplus)
    privative = [fold(n[2]) for n in ps_neg if n[3] != "strong"][max(0, -surplus):]
    table = _lexical_renderings()
    for n in en_neg:
        own = _row(table, n[2]) if n[3] != "strong" else None
        used = next((i for i, w in enumerate(privative) if own and _renders(w, own)), None)
        if used is not None:
            privative.pop(used)
    have = len(privative) + spare + (_privative_count(ps, stems, tuple(lex["not_against"]) + _not_privative())
                                     if stems else 0)
    if "non" in kinds:                  # non- said by its sound: نان ریډکټیو (non-reductive)
        have += sum(1 for w in words if w in lex["non"])
    return (prefixes[0], have) if have < len(prefixes) else None


def _compound_rendered(en: str, n, table: dict, words: list) -> bool:
    """Whether the English prefix ``n`` (non, anti, un, de) with the word after it is a compound
    of negation_renderings.tsv ("non-profit") whose Pashto word is among ``words``."""
    m = _EN_TOKEN.search(en, n[1])
    own = table.get(f"{n[2].lower()}-{m.group().lower()}") if m else None
    return bool(own) and any(w.startswith(own) for w in words)


#: at most this many words between an English "not" and the negative word it negates ("not
#: impossible", "not entirely unsafe"): the two make a double negation
_DOUBLE_NEGATION_GAP = 2
#: the strength of a double negation ("not impossible") rendered by the negative word alone
_DOUBLE_NEGATION_STRENGTH = 0.8


def _double_negation_lost(en: str, ep, pp, en_other, ps_neg):
    """((start, end, word), (start, end, words)) when every strong English negation outside the
    polarity words negates a word of the negative pole right after it ("not impossible", "not
    illegal": the positive) and the Pashto says that group's negative pole with a negative
    affix of its own (ناممکن، غیرقانوني) and no other negation: the double negation lost its
    first half.  A Pashto negative word that is no negation marker (خطرناک) is left to
    NEG-MISSING, which reports the "not" lost there."""
    pairs = []
    for n in en_other:
        nxt = next((p for p in ep if p[0] >= n[1]), None)
        if nxt is None or nxt[4] != "-" or re.search(r"[,;:.!?]", en[n[1]:nxt[0]]) \
                or len(_EN_TOKEN.findall(en[n[1]:nxt[0]])) > _DOUBLE_NEGATION_GAP:
            return None
        pairs.append((n, nxt))
    for n, (a, b, word, group, _) in pairs:
        ps_sides = [p for p in pp if p[3] == group]
        if ps_sides and all(p[4] == "-" for p in ps_sides):
            c, d, pword = ps_sides[0][:3]
            if any(x[0] < d and c < x[1] for x in ps_neg):     # the Pashto word is itself negative
                return (n[0], b, word), (c, d, pword)
    return None


#: at most this many words between "without" and a polarity word it negates ("without raising taxes")
_WITHOUT_POLE_REACH = 3


def _without_elsewhere(en: str, n, ep, pp) -> bool:
    """Whether the English marker ``n`` is a "without" that negates no polarity word the Pashto
    says (none among the few words after it, or only words of groups with no Pashto pole): it
    negates its own noun ("treaties signed without the emperor's approval"), never the pole of a
    word elsewhere in the sentence ("unequal treaties" ↔ برابرو تړونونو has lost its un-)."""
    if n[2].lower() != "without":
        return False
    reach = [m.end() for m in _EN_TOKEN.finditer(en, n[1])][:_WITHOUT_POLE_REACH]
    said = {g for *_, g, _p in pp}
    return not reach or not any(n[1] <= a < reach[-1] and g in said for a, _b, _w, g, _p in ep)


#: NEG-POLARITY: the strength when a side has words of both poles of the group (paired word by word)
_PAIRED = 0.8
#: NEG-POLARITY: the strength when both sides have as many verb negations besides the poles
_BESIDE_NEGATIONS = 0.8
#: NEG-POLARITY: the strength of a flip of a group of everyday words of place, time, order and
#: size (``en info`` rows): their Pashto pole words often render another English word
_EVERYDAY = 0.8
#: at most this many words between an English word of negative meaning and a pole word after it
#: that it governs ("a failure to collect samples or use the kits correctly" ↔ د کیټونو ناسمه کارونه)
_GOVERN_REACH = 8
_TO_AFTER = re.compile(r"\s+to\b", re.I)


def _negation_beside(text: str, negs, start: int, reach: int = _GOVERN_REACH) -> bool:
    """Whether one of the negations ``negs`` ends within ``reach`` words before the pole word at
    ``start`` with no clause break between ("a failure to … use the kits correctly": the failure
    governs the pole; "failed to plant early" ↔ ناوخته)."""
    for _a, b, *_ in negs:
        if b > start:
            continue
        gap = text[b:start]
        if not re.search(r"[,;:.!?،؛؟]", gap) and len(gap.split()) <= reach:
            return True
    return False


def _unpaired_pole(ep, pp, group: str):
    """(English pole word, Pashto word, mixed) when the poles of ``group``, paired word by word,
    leave an English word whose pole the Pashto says fewer times than the English while the
    Pashto says the opposite pole more times than the English: that surplus Pashto word renders
    it ("the shortage of workers raised wages" ↔ "د کارګرو کمښت مزدوري ټیټه کړه": shortage has
    کمښت, raised only ټیټه کړه).  ``mixed``: a side has words of both poles."""
    en_words = [x for x in ep if x[3] == group]
    ps_words = [x for x in pp if x[3] == group]
    for pole, other in (("+", "-"), ("-", "+")):
        en_own = [x for x in en_words if x[4] == pole]
        ps_own = [x for x in ps_words if x[4] == pole]
        en_opp = [x for x in en_words if x[4] == other]
        ps_opp = [x for x in ps_words if x[4] == other]
        if len(en_own) > len(ps_own) and len(ps_opp) > len(en_opp):
            mixed = bool(en_opp or ps_own)
            if mixed and len(en_own) > 1:
                return None     # a woman and her husband … the man ↔ ښځه … د ښځې خاوند: nouns repeat
            return en_own[len(ps_own)], ps_opp[len(en_opp)], mixed
    return None


_EN_PASSIVE_BEFORE = lazy(r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:[a-z]+ly\s+)?$", re.I)
#: the Pashto auxiliaries of the passive (وپلورل شول "were sold", پېرل کېږي "is bought")
_PS_PASSIVE_AUX = frozenset(fold(w) for w in "شو شوه شول شوې شوي شوی کېږي کیږي کېږې کېدل کیدل کېده کیده".split())


def _passive(en: str, ps: str, unpaired) -> bool:
    """Whether the English pole word or the Pashto one of ``unpaired`` is said in the passive: of
    a converse pair (buy / sell) the passive of one is the other ("the smallholders were bought
    out" ↔ "وپلورل شول", were sold)."""
    (a, *_), (c, d, *_), _ = unpaired
    if _EN_PASSIVE_BEFORE.search(en[max(0, a - 40):a]):
        return True
    nxt = _PS_TOKEN.search(normalize(ps[d:]).text)
    return bool(nxt) and nxt.group() in _PS_PASSIVE_AUX


def _other_negations(negs, spans, neutral=()) -> list:
    """The negation markers outside the polarity words ``spans`` and not ``neutral``."""
    return [n for n in negs if not any(a < n[1] and n[0] < b for a, b in spans)
            and not n[2].lower().startswith(neutral)]


def _polarity_context(en: str, a: int) -> float:
    """The strength factor of the context of an English polarity or affixed word at ``a``: part
    of a name (capitalised mid-sentence: "the Non-Aligned Movement"), a long sentence."""
    factor = 1.0
    before = en[:a].rstrip()
    if a < len(en) and en[a].isupper() and before and not re.search(r"[.!?:;\"“'‘(]$", before):
        factor *= _IN_NAME
    if len(_EN_TOKEN.findall(en)) > _LONG_EN_WORDS:
        factor *= _LONG
    return factor


@register
class PolarityCheck(PairCheck):
    """NEG-POLARITY / NEG-AFFIX: the translation says the opposite pole of a meaning."""
    code = "NEG-POLARITY"
    category = "negation"
    severity = "warning"
    description = "The translation says the opposite of the source (rise ↔ fall, allow ↔ forbid, safe ↔ unsafe …)."
    codes = {
        "NEG-POLARITY": ("negation", "warning",
                         "the translation renders a word by its opposite (increase ↔ decrease, allow ↔ "
                         "forbid, success ↔ failure, win ↔ lose, accept ↔ reject, open ↔ close …)"),
        "NEG-AFFIX": ("negation", "warning",
                      "an English word negated by an affix (un-, in-, non-, de-, anti-, -less) is rendered "
                      "by the positive Pashto word, with no negation"),
    }

    def check_pair(self, pair, ctx):
        en, ps = pair.source.text, pair.target.text
        if pair.source.lang != "en" or pair.target.lang != "ps":
            return
        lex = _polarity()
        ep, pp = en_poles(en), ps_poles(ps)
        en_neg = negations(en, "en")
        # a نه that surely closes a postposition ("د نصبولو نه مخکې", before installing) is none
        ps_neg = [n[:4] for n in negations(ps, "ps", detail=True) if n[4] > 0]
        reported = False
        if ep and pp:
            # only a negation of the verb can turn a pole around ("did not rise" ↔ کم شو); a
            # word that merely means a negation (undocumented, avoid, بې) does not
            en_other = [n for n in _other_negations(en_neg, [(a, b) for a, b, *_ in ep], lex["neutral"])
                        if n[3] == "strong" and not _without_elsewhere(en, n, ep, pp)]
            ps_other = [n for n in _other_negations(ps_neg, [(a, b) for a, b, *_ in pp])
                        if n[3] == "strong" or fold(n[2]) in ("نه", "ونه", "مه")]
            # as many verb negations on each side: they render each other, not a pole ("raised wages
            # … did not end it" ↔ "مزدوري ټیټه کړه … ونه رساوه")
            if len(en_other) == len(ps_other):
                for group in dict.fromkeys(g for *_, g, _ in ep):
                    unpaired = _unpaired_pole(ep, pp, group)
                    if unpaired is None or (group in lex["converse"] and _passive(en, ps, unpaired)):
                        continue
                    (a, b, word, _, pole), (c, d, pword, _, ppole), mixed = unpaired
                    # an affix lost (unsafe → خوندي) or added (safe → ناخوندي): NEG-AFFIX
                    affix = (pole == "-" and (" " in word or "-" in word or _affix_of_pole(word, group))) \
                        or (pole == "+" and _privative_of_pole(pword, group))
                    code = "NEG-AFFIX" if affix else "NEG-POLARITY"
                    # poles paired word by word where a side has both poles, beside verb
                    # negations, or of a group of everyday words of place, time, order and size
                    # (``en info`` rows): measured on held-out text (stop 23) far below the
                    # precision bar (the Pashto pole word renders another English word: وروستي
                    # "posterior", پورته "over 70", لاندې "as follows"), so they report at info
                    # (issue 11, item 4: a rule that cannot reach the precision bar on held-out
                    # text reports at info).  s24 tried promoting them to warnings where a table
                    # of other renderings of the Pashto pole words left the flip unexplained: on
                    # held-out text that added 2 real / 3 false findings (40 %) and caught none of
                    # the 3 held-out careless polarity flips, and the table listed the words of
                    # the held-out false alarms: reverted (lead s24).  A flip of any group is also
                    # at info where an English word of failure with its "to" governs the pole
                    # word: the pair says the opposite pole with no negation (tuning tico1685: "a
                    # failure to … use the kits correctly" ↔ د کیټونو ناسمه کارونه)
                    doubtful = bool(mixed or en_other or group in lex["info"]) or _negation_beside(
                        en, [n for n in en_neg if n[3] != "strong" and _TO_AFTER.match(en, n[1])], a)
                    f = self.finding(
                        f"English '{word}' is rendered by the opposite '{pword}' in the Pashto", code=code,
                        source=pair.source.span(a, b), target=pair.target.span(c, d),
                        source_value=word, target_value=pword,
                        severity="info" if doubtful else None)
                    strength = 1.0 if _en_listed(word) else _AFFIX_BASE_STRENGTH   # unsupported = un + listed
                    # other polarity words or words of negative meaning the Pashto pole may render
                    # ("shortages … due to increased demand" ↔ کموالي)
                    others = [x for x in ep if x[3] != group] + [
                        n for n in _other_negations(en_neg, [(x[0], x[1]) for x in ep]) if n[3] != "strong"]
                    strength *= (_OTHER_POLES if others else 1.0) * _polarity_context(en, a) \
                        * (_PAIRED if mixed else 1.0) * (_BESIDE_NEGATIONS if en_other else 1.0) \
                        * (_EVERYDAY if group in lex["info"] else 1.0)
                    if strength < 1.0:
                        f.strength = round(strength, 3)
                    yield f
                    reported = True
                    break
            elif not ps_other and not reported:
                lost = _double_negation_lost(en, ep, pp, en_other, ps_neg)
                if lost:
                    (a, b, word), (c, d, pword) = lost
                    f = self.finding(
                        f"English '{en[a:b]}' (a double negation: the positive) is rendered by the negative "
                        f"'{pword}' in the Pashto", code="NEG-POLARITY", source=pair.source.span(a, b),
                        target=pair.target.span(c, d), source_value=en[a:b], target_value=pword)
                    f.strength = _DOUBLE_NEGATION_STRENGTH
                    yield f
                    return
        if reported:
            return
        # an explicit negative prefix (de-Sinicize, non-governmental, anti-corruption) that no
        # negation or privative word of the Pashto may render
        lost = _prefixes_unrendered(en, ps, en_neg, ps_neg)
        if lost:
            (a, b, word, _), have = lost
            m = _EN_TOKEN.search(en, b)
            end = m.end() if m else b
            f = self.finding(
                f"English '{en[a:end]}' (negative prefix {word}-) has no negation in the Pashto sentence",
                code="NEG-AFFIX", source=pair.source.span(a, end), target=pair.target.whole,
                source_value=en[a:end], target_value=None)
            # weaker when the Pashto has some negation or privative word, too few for all of them
            f.strength = round(_PREFIX_ONLY_STRENGTH * (_BESIDE_PRIVATIVE if have else 1.0)
                               * _polarity_context(en, a), 3)
            yield f
