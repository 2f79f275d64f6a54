"""Issue 10, item 1: the README's test command passes in a plain clone, with nothing beside it.

The tests carry their own data (tests/data); only bench/ may read ../shared."""
from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import NTREX, ROOT

TESTS = ROOT / "tests"


def test_ntrex_copy_lives_in_the_repository_with_its_licence():
    assert NTREX.is_relative_to(ROOT)
    en = (NTREX / "newstest2019.en.txt").read_text(encoding="utf-8").splitlines()
    ps = (NTREX / "newstest2019.ps.txt").read_text(encoding="utf-8").splitlines()
    ids = (NTREX / "document_ids.tsv").read_text(encoding="utf-8").splitlines()
    assert len(en) == len(ps) == len(ids) == 1997
    assert len({line.split("\t")[0] for line in ids}) == 123
    assert "Attribution-ShareAlike 4.0" in (NTREX / "LICENSE.md").read_text(encoding="utf-8")
    assert "NTREX" in (TESTS / "data" / "README.md").read_text(encoding="utf-8")


def test_no_test_reads_outside_the_repository():
    pattern = re.compile(r"""\.\./shared|parent\s*/\s*["']shared["']|parents\[\d\]\s*/\s*["']shared""")
    offenders = [p.name for p in TESTS.glob("*.py")
                 if p.name != Path(__file__).name and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
