"""text/lazyre.py: a pattern compiled at its first use answers as the compiled pattern does."""
from __future__ import annotations

import re

from aligner.checks import placeholders
from aligner.text.lazyre import lazy


def test_lazy_pattern_is_compiled_at_first_use_and_answers_as_re():
    pattern, flags = r"(?P<n>\d+)\s*(?P<unit>km|kg)", re.I
    p, q = lazy(pattern, flags), re.compile(pattern, flags)
    assert "match" not in vars(p)                       # nothing compiled at import
    text = "3 KM and 40kg, not 7 m"
    assert p.search(text).group("n") == q.search(text).group("n") == "3"
    assert "match" in vars(p)                           # compiled once, methods kept
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in q.finditer(text)]
    assert p.sub("#", text) == q.sub("#", text)
    assert p.findall(text) == q.findall(text)
    assert p.match(text, 9).span() == q.match(text, 9).span() == (9, 13)
    assert p.match(text, 1) is None and q.match(text, 1) is None
    assert p.fullmatch("5 kg").groupdict() == {"n": "5", "unit": "kg"}
    assert p.groupindex == q.groupindex and p.flags == q.flags and p.pattern == pattern


def test_placeholders_found_with_lazily_compiled_syntaxes():
    found = [c.name for c in placeholders.find_placeholders("Hello %s, you have {count} new <b>messages</b>")]
    assert found == ["%1$s", "{count}", "<b>", "<b>"]
    assert [c.name for c in placeholders.find_placeholders("A plain sentence with 40 % of the vote.")] == []
