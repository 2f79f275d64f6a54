"""Markdown markup inside sentences (issue 10, item 6): stripped for matching, offsets kept."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.api import make_document
from aligner.checks import run_checks
from aligner.checks.base import CheckContext
from aligner.model import AlignmentResult, Bead
from aligner.text import split_sentences
from aligner.text.markdown import strip_markup
from aligner.text.segment import segment

EN = """# **Green energy** project

**Driven by green energy**: the plant will produce **150 megawatts** of electricity.

The project was announced in Kabul, see [the source](https://example.org/news "News") for details.

- Run `aligner check` before you publish.
- The first phase costs *25 million dollars*.

> The second phase will start in 2026.
"""

PS = """# د **شنې انرژۍ** پروژه

**د شنې انرژۍ په مرسته**: فابریکه به **۱۵۰ میګاواټه** بریښنا تولید کړي.

پروژه په کابل کې اعلان شوه، د لا زیاتو معلوماتو لپاره [سرچینه](https://example.org/news "خبرونه") وګورئ.

- د خپرولو مخکې `aligner check` وچلوئ.
- لومړی پړاو *۲۵ میلیونه ډالره* لګښت لري.

> دویم پړاو به په ۲۰۲۶ کال کې پیل شي.
"""


def _result(en: str, ps: str) -> AlignmentResult:
    """The two Markdown texts as documents, aligned sentence i ↔ sentence i (no model)."""
    src, tgt = make_document(en, "en", "en.md"), make_document(ps, "ps", "ps.md")
    assert len(src.sentences) == len(tgt.sentences)
    return AlignmentResult(src, tgt, [Bead((i,), (i,), 1.0) for i in range(len(src.sentences))],
                           "gold", "none")


def _assert_offsets(doc):
    """Every sentence's start/end points into the original file; its text is that span
    without the markup."""
    last = 0
    for s in doc.sentences:
        assert last <= s.start < s.end
        assert strip_markup(doc.text, doc.markup, s.start, s.end).text == s.text
        last = s.end


def test_sentences_see_no_markup_and_keep_original_offsets():
    r = _result(EN, PS)
    assert [s.text for s in r.source.sentences] == [
        "Green energy project",
        "Driven by green energy: the plant will produce 150 megawatts of electricity.",
        "The project was announced in Kabul, see the source for details.",
        "Run aligner check before you publish.",
        "The first phase costs 25 million dollars.",
        "The second phase will start in 2026."]
    assert [s.text for s in r.target.sentences][1:3] == [
        "د شنې انرژۍ په مرسته: فابریکه به ۱۵۰ میګاواټه بریښنا تولید کړي.",
        "پروژه په کابل کې اعلان شوه، د لا زیاتو معلوماتو لپاره سرچینه وګورئ."]
    src = r.source
    # the original span of a sentence covers its markup (and only its own)
    assert [src.text[s.start:s.end] for s in src.sentences][:4] == [
        "**Green energy** project",
        "**Driven by green energy**: the plant will produce **150 megawatts** of electricity.",
        'The project was announced in Kabul, see [the source](https://example.org/news "News") for details.',
        "Run `aligner check` before you publish."]
    _assert_offsets(r.source)
    _assert_offsets(r.target)


def test_correct_markdown_translation_gives_no_findings():
    # before: the sentences carried the markup and the code span `aligner check` kept in the
    # Pashto was flagged as English left untranslated
    assert run_checks(_result(EN, PS), {}) == []


def test_number_error_inside_bold_is_found_at_the_number():
    ps = PS.replace("**۱۵۰ میګاواټه**", "**۱۶۰ میګاواټه**")
    r = _result(EN, ps)
    found = [f for f in run_checks(r, {}) if f.code.startswith("NUM-")]
    assert len(found) == 1
    f = found[0]
    assert ps[f.target.start:f.target.end] == f.target.text == "۱۶۰ میګاواټه"
    assert ps.index("**۱۶۰") + 2 == f.target.start
    assert EN[f.source.start:f.source.end] == f.source.text == "150 megawatts"


def test_link_urls_are_still_compared():
    ps = PS.replace("https://example.org/news", "https://example.org/new")
    r = _result(EN, ps)
    found = [f for f in run_checks(r, {}) if f.code == "FMT-URL"]
    assert len(found) == 1
    f = found[0]
    assert EN[f.source.start:f.source.end] == f.source.text == "https://example.org/news"
    # the URL is not part of the text that is matched and embedded
    assert "https" not in r.source.sentences[2].text


def test_findings_spans_map_back_through_markup():
    r = _result(EN, PS)
    ctx = CheckContext(r, {})
    rng = random.Random(3)
    for pair in ctx.pairs:
        for side, doc in ((pair.source, r.source), (pair.target, r.target)):
            assert side.whole.text == doc.text[side.whole.start:side.whole.end]
            for _ in range(20):
                a = rng.randrange(len(side.text))
                b = rng.randrange(a + 1, len(side.text) + 1)
                span = side.span(a, b)
                assert doc.text[span.start:span.end] == span.text
                assert strip_markup(doc.text, doc.markup, span.start, span.end).text == side.text[a:b]


def _plain(text: str) -> str:
    sents, _, _ = segment(text, "en", markdown=True)
    assert len(sents) == 1, sents
    return sents[0].text


@pytest.mark.parametrize("md, plain", [
    ("*one* and **two** and _three_ and __four__ and ~~five~~ go.", "one and two and three and four and five go."),
    ("Call `run_checks(x)` now.", "Call run_checks(x) now."),
    ("Use `` a`b `` here.", "Use  a`b  here."),
    ('See [the text](https://a.org/x_(y) "A title") there.', "See the text there."),
    ("See [text](<https://a.org/a b>) there.", "See text there."),
    ("A ![the map](img/map.png) here.", "A the map here."),
    ("Mail <https://a.org/x> or <me@a.org> today.", "Mail https://a.org/x or me@a.org today."),
    ("Some <b>bold</b> and <span class=\"x\">span</span><br/> text.", "Some bold and span text."),
    ("Not a tag: 3 < 5 > 2.", "Not a tag: 3 < 5 > 2."),
    ("snake_case and __init__ file and a_b_c.", "snake_case and init file and a_b_c."),
    ("Compute 2*3 and 2*3*4 and 2 * 3 * 4.", "Compute 2*3 and 2*3*4 and 2 * 3 * 4."),
    ("About ~5 km to ~10 km.", "About ~5 km to ~10 km."),
    (r"An escaped \*star\* and \[bracket\].", "An escaped *star* and [bracket]."),
    ("Five stars* and a lone * here.", "Five stars* and a lone * here."),
    ("***Both*** ways.", "Both ways."),
    ("[Not a link] and [x] (y).", "[Not a link] and [x] (y)."),
    ("**[Bold link](u)** end.", "Bold link end."),
    ("Text with <!-- a comment --> inside.", "Text with  inside."),
])
def test_inline_markup(md, plain):
    assert _plain(md) == plain


def test_reference_links_and_definitions():
    text = ("Read [the report][r1], [the data][] and [r1] but not [other][nope].\n\n"
            "[r1]: <https://a.org/report> \"Report\"\n[the data]: https://a.org/data\n")
    sents, markup, _ = segment(text, "en", markdown=True)
    assert [s.text for s in sents] == [
        "Read the report, the data and r1 but not [other][nope].",
        "https://a.org/report Report", "https://a.org/data"]
    assert [s.kind for s in sents] == ["sentence", "item", "item"]
    # a definition's URL stays in its text: the format check compares it between the sides
    assert text[sents[1].start:sents[1].end] == '[r1]: <https://a.org/report> "Report"'


def test_block_markup_and_splitting_on_the_stripped_text():
    text = "> **Done.** Next one.\n> > Nested *quote* line.\n\n## Heading with `code` ##\n"
    sents, _, _ = segment(text, "en", markdown=True)
    assert [(s.kind, s.text, text[s.start:s.end]) for s in sents] == [
        ("sentence", "Done.", "**Done.**"),
        ("sentence", "Next one.", "Next one."),
        ("sentence", "Nested quote line.", "Nested *quote* line."),
        ("heading", "Heading with code", "Heading with `code`")]


def test_plain_text_is_untouched():
    text = "**Bold** and [link](https://a.org) and `code` stay.\n"
    assert [s.text for s in split_sentences(text, "en")] == [text.strip()]
    doc = make_document(text, "en", "notes.txt")
    assert doc.markup == () and doc.sentences[0].text == text.strip()
    # by suffix, or asked for explicitly
    assert make_document(text, "en", "notes.md").sentences[0].text == "Bold and link and code stay."
    assert make_document(text, "en", markdown=True).sentences[0].text == "Bold and link and code stay."


def test_segmented_markdown_strips_inline_markup_per_line():
    text = "**Driven by green energy**: it works.\nSee [this](https://a.org).\n"
    sents, _, _ = segment(text, "en", markdown=True, segmented=True)
    assert [s.text for s in sents] == ["Driven by green energy: it works.", "See this."]
    assert [text[s.start:s.end] for s in sents] == text.splitlines()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab ۲.۵،؟!\n*_~`[]()<>!\\#->:") +
                                ["**", "__", "~~", "](u)", "[r]: u\n", "<b>", "</b>", "<https://a.b>",
                                 "x_y", "2*3", "Dr.", "  ", "د "]),
                max_size=60).map("".join))
def test_sentences_map_back_for_any_markdown(text):
    sents, markup, code = segment(text, "ps", markdown=True)
    last = 0
    for s in sents:
        assert last <= s.start < s.end <= len(text)
        assert s.text and s.text == s.text.strip()
        assert strip_markup(text, markup, s.start, s.end).text == s.text
        last = s.end
    assert list(markup) == sorted(markup)
    assert all(a < b <= c for (a, b), (c, _) in zip(markup, markup[1:]))


def test_json_report_keeps_original_sentence_text_and_adds_plain():
    from aligner.report.json_report import report_dict
    result = _result(EN, PS)
    rep = report_dict(result)
    for side, doc in (("source", result.source), ("target", result.target)):
        for row in rep["sentences"][side]:
            assert row["text"] == doc.text[row["start"]:row["end"]]
    marked = [r for r in rep["sentences"]["source"] if "plain" in r]
    assert marked and all("**" not in r["plain"] and "](" not in r["plain"] for r in marked)
