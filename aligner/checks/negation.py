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

from ..lang.data import iter_rows
from ..text import fold, normalize
from ..text.normalize import ARABIC_WORD
from .base import PairCheck, register

# English words that start like a negative prefix but are not negative
_NOT_NEGATIVE_PREFIXED = ("under", "unit", "univers", "union", "uniq", "unif", "unilat", "until", "unless",
                          "nonethe", "bless", "unusual")
# endings of Pashto finite verb forms (present -ي/-ې/-و/-ئ/-م, past -ه/-ل, -ېږي, -وي ...)
_VERB_ENDINGS = ("وی", "ېږی", "یږی", "ږی", "ېده", "یده", "ېدل", "یدل", "ول", "ئ", "لو", "ېدو", "یدو", "زی", "ښی",
                 "مومی", "لی", "کړی", "کړم", "کړو", "کړل", "ځی", "لری", "لرو")
# Pashto words that start like a negative prefix but are not negative (ناسته "meeting")
_PS_NOT_NEGATIVE = ("ناست", "ناروغ", "نارین", "ناڅاپ", "نامه", "نام", "ناو", "نان")
# punctuation that ends a clause (after نه: not a verb negation; after the next word: its verb)
_CLAUSE_END = ("،", ".", "۔", "؛", "؟", "!", ":")
#: What may precede a negated auxiliary that opens a yes/no question ("Can't we …?",
#: 'I kept thinking: can't the industry …?'): a negative question asks for agreement, and
#: translators render it as a plain question, so its "not" is weak.
_QUESTION_OPENER = re.compile(r"(?:^|[:;.!?\"“”‘'(—–]|\b(?:and|but|so|or|then))\s*$", re.I)
_EN_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_PS_TOKEN = ARABIC_WORD          # letters, not ، ؛ ؟ ۔


@lru_cache(maxsize=1)
def _lexicon():
    lex = {lang: {"strong": set(), "weak": set(), "prefix": set(), "suffix": set(), "na": set(), "verb": set(),
                  "idiom": set(), "stem": set(), "after_le": set(), "after_tar": set(), "closer": set(),
                  "postposition": set(), "forgo": set()}
           for lang in ("en", "ps")}
    for lang, form, kind in iter_rows("negators.tsv", 3):
        lex[lang][kind].add(fold(form) if lang == "ps" else form)
    return lex


def negations(text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, kind) of each negation marker, kind 'strong' or 'weak'."""
    lang = "en" if lang == "en" else "ps"
    lex = _lexicon()[lang]
    norm = normalize(text)
    t = norm.text
    out = []

    def add(m, kind):
        a, b = norm.to_original(m.start(), m.end())
        out.append((a, b, text[a:b], kind))

    if lang == "en":
        stems = tuple(lex["stem"])
        for m in _EN_TOKEN.finditer(t):
            w = m.group().lower().replace("’", "'")
            before = t[max(0, m.start() - 3):m.start()].lower()
            after = t[m.end():m.end() + 3]
            if w == "no" and re.match(r"\.?\s?\d", after):
                continue                                   # "No. 1": a number sign
            if w == "no" and after.startswith("-"):
                add(m, "weak")                             # "no-fault", "no-deal": a compound
                continue
            if w == "not" and before == "or ":
                add(m, "weak")                             # "whether or not"
                continue
            following = " ".join(x.lower() for x in _EN_TOKEN.findall(t[m.start():m.start() + 40])[:3])
            if any(following == i or following.startswith(i + " ") for i in lex["idiom"]):
                add(m, "weak")                             # "not only", "no doubt", "not long after"
                continue
            if w.endswith("n't") and _QUESTION_OPENER.search(t[:m.start()]) and \
                    re.match(r"[^.!?]*\?", t[m.end():]):
                add(m, "weak")                             # "can't the industry give …?": a
                continue                                   # question asking for agreement
            if w in lex["strong"] or w.endswith("n't") or re.fullmatch(r"no+", w):
                add(m, "strong")
            elif w in lex["weak"] or w.startswith(stems) or (
                    len(w) > 4 and not w.startswith(_NOT_NEGATIVE_PREFIXED)
                    and (w.startswith(tuple(lex["prefix"])) or w.endswith(tuple(lex["suffix"])))):
                add(m, "weak")
        return out
    tokens = list(_PS_TOKEN.finditer(t))
    for k, m in enumerate(tokens):
        w = m.group()
        if w in lex["strong"]:
            if w.startswith("نش") and k and tokens[k - 1].group() == "د":
                add(m, "weak")                   # "د نشې په حال کې" (drunk): the noun نشه
            else:
                add(m, "strong")
        elif w in lex["na"]:
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
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
            if nxt in lex["postposition"]:
                add(m, "weak")          # "د زلزلې نه وروسته" (after the earthquake): a postposition
                continue
            if not ablative and not clause_end and not not_only and not infinitive and nxt not in ("نه",) \
                    and (nxt in lex["verb"] or nxt2 in lex["verb"] or last or perfective
                         or (len(nxt) >= 3 and nxt.endswith(_VERB_ENDINGS))):   # نه کوي، نه ورسېده، نه پرانیزي
                add(m, "strong")
            else:                       # ambiguous: enough to keep NEG-MISSING quiet, never reported
                add(m, "weak")
        elif w.startswith(tuple(lex["forgo"])) and _open_phrase(
                [x.group() for x in tokens[max(0, k - 5):k]], lex, ("له",)):
            add(m, "weak")                       # "د مرګ له سزا تېر شي" (forgo the death penalty)
        elif w in lex["weak"] or (len(w) >= 3 and w.startswith(tuple(lex["prefix"]))
                                  and not w.startswith(_PS_NOT_NEGATIVE)):
            after_digit = k and t[tokens[k - 1].end():m.start()].strip()[-1:].isdigit()
            if w == "مه" and (after_digit or (k and tokens[k - 1].end() == m.start())):
                continue                         # ۲۵مه / ۲۵ مه: an ordinal suffix
            add(m, "weak")
    return out


def _open_phrase(window: list[str], lex, openers: tuple[str, ...]) -> bool:
    """Whether one of ``openers`` (له, تر) among the words ``window`` before a token opens a
    phrase that is neither a set phrase of its own (له امله, تر ټولو, تر لاسه) nor closed by
    its postposition (له X څخه / سره / وروسته): "له X نه" (from X), "له سزا تېر شي" (forgo the
    penalty); not "له تېرې اونۍ راهیسې" (since last week)."""
    set_phrase = {"له": lex["after_le"], "تر": lex["after_tar"]}
    opener = max((q for q, x in enumerate(window) if x in openers
                  and window[q + 1:q + 2] and window[q + 1] not in set_phrase[x]), default=None)
    return opener is not None and not lex["closer"] & set(window[opener + 1:])


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

    def check_pair(self, pair, ctx):
        src = negations(pair.source.text, pair.source.lang)
        tgt = negations(pair.target.text, pair.target.lang)
        strong_s = [n for n in src if n[3] == "strong"]
        strong_t = [n for n in tgt if n[3] == "strong"]
        # a negation on one side with no negation at all, not even a weak one, on the other
        if strong_s and not tgt:
            a, b, word, _ = strong_s[0]
            yield self.finding(
                f"English '{word}' (negation) has no negation in the Pashto sentence",
                code="NEG-MISSING", source=pair.source.span(a, b), target=pair.target.whole,
                source_value=word, target_value=None)
        elif strong_t and not src:
            a, b, word, _ = strong_t[0]
            yield self.finding(
                f"Pashto '{word}' (negation) has no negation in the English sentence",
                code="NEG-ADDED", source=pair.source.whole, target=pair.target.span(a, b),
                source_value=None, target_value=word)
