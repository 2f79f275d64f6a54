"""The CLI: exit codes, one-line errors, the JSON contract, output safety."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from tests.helpers import SEEDS

runner = CliRunner()
EN = str(next(SEEDS.glob("000_*.txt")))
PS = str(next(SEEDS.glob("001_*.txt")))


def run(*args):
    return runner.invoke(app, list(args))


def test_align_json_contract(tmp_path):
    out = tmp_path / "r.json"
    res = run("align", EN, PS, "--format", "json", "--output", str(out))
    assert res.exit_code == 0, res.output
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert rep["schema"] == "aligner.report/1"
    assert rep["source"]["lang"] == "en" and rep["target"]["lang"] == "ps"
    assert len(rep["source"]["sha256"]) == 64
    assert rep["model"] == {"name": "multilingual-e5-small", "backend": "onnx"}   # auto: ONNX Runtime
    for side, path in (("source", EN), ("target", PS)):
        text = open(path, encoding="utf-8").read()
        for s in rep["sentences"][side]:
            assert text[s["start"]:s["end"]] == s["text"]
    src = [i for b in rep["alignment"] for i in b["source"]]
    tgt = [j for b in rep["alignment"] for j in b["target"]]
    assert src == list(range(len(rep["sentences"]["source"])))
    assert tgt == list(range(len(rep["sentences"]["target"])))
    assert all(0.0 <= b["score"] <= 1.0 for b in rep["alignment"])
    assert rep["findings"] == []


def test_align_text_output_side_by_side():
    res = run("align", EN, PS)
    assert res.exit_code == 0
    assert "Core highlights of the project:" in res.output and "د پروژې اصلي ټکي:" in res.output
    assert "1-1 ×29" in res.output


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: (d / "e.txt").write_text("") and d / "e.txt" or d / "e.txt", "is empty"),
    (lambda d: (d / "w.txt").write_text("  \n\t\n") and d / "w.txt", "only whitespace"),
    (lambda d: (d / "b.bin").write_bytes(b"\x89PNG\x00\x00\x01") and d / "b.bin", "binary"),
    (lambda d: (d / "c.txt").write_bytes("سلام".encode("cp1256")) and d / "c.txt", "not valid UTF-8"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, message):
    bad = make(tmp_path)
    res = subprocess.run([sys.executable, "-m", "aligner", "align", EN, str(bad)],
                         capture_output=True, text=True)
    assert res.returncode == 2
    assert message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.stderr


def test_utf16_with_bom_is_read(tmp_path):
    p = tmp_path / "ps16.txt"
    p.write_bytes(open(PS, encoding="utf-8").read().encode("utf-16"))
    res = run("align", EN, str(p), "--format", "json")
    assert res.exit_code == 0
    assert len(json.loads(res.stdout)["alignment"]) == 29


def test_output_never_overwrites_an_input(tmp_path):
    src = tmp_path / "en.txt"
    src.write_text(open(EN, encoding="utf-8").read(), encoding="utf-8")
    before = src.read_bytes()
    res = subprocess.run([sys.executable, "-m", "aligner", "align", str(src), PS, "--output", str(src)],
                         capture_output=True, text=True)
    assert res.returncode == 2 and "refusing to overwrite" in res.stderr
    assert src.read_bytes() == before


def test_unknown_model_is_exit_3():
    res = subprocess.run([sys.executable, "-m", "aligner", "align", EN, PS, "--model", "no/such-model-xyz"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 3
    assert "not available offline" in res.stderr and "Traceback" not in res.stderr


def test_usage_error_is_exit_2():
    res = run("align", EN)
    assert res.exit_code == 2


def test_swapped_wrong_language_and_unrelated_files_are_exit_2(tmp_path):
    other_en = str(next(SEEDS.glob("002_*.txt")))
    fa = tmp_path / "fa.txt"
    fa.write_text("این یک متن فارسی است که برای آزمایش نوشته شده و از آن برای تشخیص زبان استفاده می شود.\n"
                  "کتاب‌های زیادی در کتابخانه هست و مردم هر روز از آن استفاده می کنند.\n", encoding="utf-8")
    from tests.helpers import ntrex_lines
    en_lines, ps_lines = ntrex_lines()
    en_doc, ps_doc = tmp_path / "en.txt", tmp_path / "ps.txt"
    en_doc.write_text("\n".join(en_lines[:30]), encoding="utf-8")
    ps_doc.write_text("\n".join(ps_lines[600:630]), encoding="utf-8")        # another article
    cases = [((PS, EN), "look swapped"), ((EN, other_en), "looks English"), ((EN, str(fa)), "looks Persian"),
             ((str(en_doc), str(ps_doc)), "do not look like translations")]
    for (a, b), message in cases:
        res = subprocess.run([sys.executable, "-m", "aligner", "check", a, b], capture_output=True, text=True)
        assert res.returncode == 2, (a, b, res.stderr)
        assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_unwritable_output_is_exit_2(tmp_path):
    res = subprocess.run([sys.executable, "-m", "aligner", "align", EN, PS, "--output",
                          str(tmp_path / "no" / "such" / "dir" / "r.json")], capture_output=True, text=True)
    assert res.returncode == 2 and "does not exist" in res.stderr


def test_utf16_without_bom_and_malformed_glossary_are_exit_2(tmp_path):
    p = tmp_path / "ps16.txt"
    p.write_bytes(open(PS, encoding="utf-8").read().encode("utf-16-le"))
    res = subprocess.run([sys.executable, "-m", "aligner", "check", EN, str(p)], capture_output=True, text=True)
    assert res.returncode == 2 and "UTF-16LE without a byte-order mark" in res.stderr
    g = tmp_path / "g.tsv"
    g.write_text("alumina\tالومینا\nthis row has no tab\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "aligner", "check", EN, PS, "--glossary", str(g)],
                         capture_output=True, text=True)
    assert res.returncode == 2 and "row 2" in res.stderr and len(res.stderr.strip().splitlines()) == 1
