"""aligner.compiled: the CLI's dataclasses and regexes are the same from the compiled table."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# builds dataclasses and regexes (the package's checks and some of its own); prints what they
# are and do, and whether every regex compiled through the table equals re's own compiling
PROBE = r"""
import hashlib, json, marshal, re, sys
original = re._compiler.compile
table = sys.argv[1]
if table != "-":
    import aligner.compiled as c
    c._table_path = lambda: table
    c.install()
import dataclasses
from aligner.model import Finding, Sentence, Span
from aligner.checks import load_checks
from aligner.checks.base import Side
load_checks()

@dataclasses.dataclass(frozen=True, order=True)
class Local:
    word: str
    count: int = 0
    tags: tuple = ()

s = Sentence(0, 0, 22, "کابل کې ۲۰ زره کسان دي")
f = Finding("NUM-MISMATCH", "number", "error", "۲۰ زره ↔ 12,000", source=Span(3, 9, "12,000"),
            target=Span(8, 15, "۲۰ زره"))
number = re.compile(r"(?P<n>[0-9۰-۹]+)\s*(?P<unit>زره|میلیونه|thousand)", re.I)
words = re.compile(r"\b(?:نه|نشي|not|never)\b")
text = "کابل کې ۲۰ زره کسان دي، نه 12 thousand"
out = {"repr": [repr(s), repr(f), repr(Local("ښار", 2))],
       "eq": [s == Sentence(0, 0, 22, "کابل کې ۲۰ زره کسان دي"), f == f, Local("a") < Local("b")],
       "hash": hash(Local("ښار", 2, ("x",))) == hash(Local("ښار", 2, ("x",))),
       "matches": [m.groupdict() for m in number.finditer(text)] + [words.findall(text)],
       "groups": [number.groups, sorted(number.groupindex.items()), number.flags],
       "code": {}}
try:
    s.text = "x"
except dataclasses.FrozenInstanceError:
    out["frozen"] = True
for cls in (Sentence, Finding, Span, Side, Local):
    for name in ("__init__", "__repr__", "__eq__", "__setattr__", "__lt__", "__hash__"):
        fn = cls.__dict__.get(name)
        if fn is not None and hasattr(fn, "__code__"):
            out["code"][f"{cls.__name__}.{name}"] = hashlib.sha256(marshal.dumps(fn.__code__)).hexdigest()
if table != "-":
    out["missed"] = c._missed
    kept = c._used["re"]
    out["regexes"] = len(kept) > 100
    out["regexes equal"] = all(re._compiler.compile(p, fl) == original(p, fl) for p, fl in kept)
print(json.dumps(out, ensure_ascii=False))
"""


def _probe(table: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    got = subprocess.run([sys.executable, "-c", PROBE, table], env=env, capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(got.stdout)


def test_same_methods_and_regexes_compiled_or_from_the_table(tmp_path):
    plain = _probe("-")
    table = tmp_path / "table.marshal"
    first = _probe(str(table))                  # compiles, writes the table at exit
    assert first.pop("missed") is True and table.is_file()
    second = _probe(str(table))                 # everything from the table
    assert second.pop("missed") is False
    for got in (first, second):
        assert got.pop("regexes") is True and got.pop("regexes equal") is True
    assert plain["frozen"] is True
    assert plain["eq"] == [True, True, True] and plain["hash"] is True
    assert "کابل کې ۲۰ زره کسان دي" in plain["repr"][0]
    assert plain["matches"] == [{"n": "۲۰", "unit": "زره"}, {"n": "12", "unit": "thousand"}, ["نه"]]
    assert len(plain["code"]) >= 10
    assert first == plain and second == plain   # the same code objects, the same behaviour


def test_a_table_others_may_write_is_not_used(tmp_path):
    table = tmp_path / "table.marshal"
    _probe(str(table))
    table.chmod(0o666)                          # group/world-writable: not trusted
    again = _probe(str(table))
    assert again.pop("missed") is True
    table.write_bytes(b"not marshal")
    table.chmod(0o600)
    damaged = _probe(str(table))                # unreadable: compiled as before, then rewritten
    assert damaged.pop("missed") is True
    for got in (again, damaged):
        assert got.pop("regexes equal") is True
        got.pop("regexes")
    assert damaged == _probe("-")
    assert _probe(str(table)).pop("missed") is False
