"""The removal / swap / window contrasts of ``bench/name_contrast.py`` (measured for
ENTITY-MISSING in bench/entity_contrast.py), with a bag-of-words stand-in for the encoder: a
"translation" that carries the name loses similarity when the name is removed from the English,
one that does not carry it gains."""
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from name_contrast import _pick, _removals, _windows, name_contrast  # noqa: E402


def bag(texts):
    out = []
    for t in texts:
        v = [0.0] * 64
        for w in t.lower().replace(".", " ").split():
            v[zlib.crc32(w.encode()) % 64] += 1.0
        out.append(v)
    return out


EN = "The minister Karimov visited the new hospital in the city yesterday."


def test_name_carried_loses_similarity_when_removed():
    a = EN.index("Karimov")
    carried = "the minister karimov visited the new hospital in the city yesterday"
    dropped = "the minister visited the new hospital in the city yesterday"
    ctl = [["Petrov", "Lindqvist", "Okafor"]] * 2
    there, missing = name_contrast(bag, [(EN, carried, (a, a + 7)), (EN, dropped, (a, a + 7))], ctl)
    assert there["rm"] < 0 < missing["rm"]
    assert there["rm_z"] < missing["rm_z"]
    assert there["swap"] < missing["swap"]
    assert there["win_raw"] > missing["win_raw"]


def test_helpers():
    a = EN.index("Karimov")
    rm = _removals(EN, a, a + 7, k=2)
    assert len(rm) == 2 and all("Karimov" in t for t in rm)
    assert "minister" not in rm[0] or "visited" not in rm[0]
    assert "ملي روغتون" in _windows("د ملي روغتون مشر")
    assert _pick(["B", "A", "C", "A"], "x", 2) == _pick(["C", "A", "B"], "x", 2)
    assert _pick([], "x") == []
