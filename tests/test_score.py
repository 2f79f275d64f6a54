"""Reference comparison: Pashto hypothesis vs Pashto reference, aligned, scored with sacrebleu."""
import json

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.score import TOKENIZATION_NOTE, render_score, score_texts
from tests.helpers import ntrex_documents

runner = CliRunner()


def ntrex_doc(k: int) -> list[str]:
    """The Pashto lines of NTREX document number ``k`` (in file order)."""
    return ntrex_documents()[k][2]


@pytest.fixture(scope="module")
def reference() -> list[str]:
    return ntrex_doc(3)


def test_identical_texts_score_perfectly(reference, encoder):
    text = "\n".join(reference)
    r = score_texts(text, text, segmented=True, encoder=encoder)
    assert r.metrics["chrF"].score == pytest.approx(100.0)
    assert r.metrics["chrF++"].score == pytest.approx(100.0)
    assert r.metrics["BLEU"].score == pytest.approx(100.0)
    assert r.metrics["TER"].score == pytest.approx(0.0)
    assert [s.kind for s in r.segments] == ["1-1"] * len(reference)
    assert all(s.chrf == pytest.approx(100.0) for s in r.segments)


def test_signatures_are_reported(reference, encoder):
    text = "\n".join(reference)
    r = score_texts(text, text, segmented=True, encoder=encoder)
    sig = {k: m.signature for k, m in r.metrics.items()}
    assert "tok:13a" in sig["BLEU"] and "nrefs:1" in sig["BLEU"]
    assert "nw:0" in sig["chrF"] and "nw:2" in sig["chrF++"]
    assert "tok:tercom" in sig["TER"]
    assert all("version:" in s for s in sig.values())
    assert "whitespace" in TOKENIZATION_NOTE and TOKENIZATION_NOTE in r.notes


def test_perturbed_text_scores_lower_and_its_segment_is_the_worst(reference, encoder):
    k = 4
    words = reference[k].split()
    hyp = list(reference)
    hyp[k] = " ".join(words[: len(words) // 2])            # second half of one sentence dropped
    r = score_texts("\n".join(hyp), "\n".join(reference), segmented=True, encoder=encoder)
    assert r.metrics["chrF"].score < 99.0
    assert r.metrics["BLEU"].score < 99.0
    assert r.metrics["TER"].score > 1.0
    worst = r.worst()
    assert worst[0].hypothesis == r.hypothesis.sentences[k].text
    assert worst[0].reference == r.reference.sentences[k].text
    assert worst[0].chrf < 80.0
    assert all(s.chrf == pytest.approx(100.0) for s in worst[1:])


def test_a_missing_sentence_is_a_null_segment_with_chrf_0(reference, encoder):
    hyp = reference[:2] + reference[3:]
    r = score_texts("\n".join(hyp), "\n".join(reference), segmented=True, encoder=encoder)
    worst = r.worst(1)[0]
    assert worst.kind == "0-1" and worst.hypothesis == "" and worst.reference == r.reference.sentences[2].text
    assert worst.chrf == 0.0
    assert 80.0 < r.metrics["chrF"].score < 100.0


def test_running_text_with_other_sentence_breaks_still_aligns(reference, encoder):
    # hypothesis as one paragraph, reference one sentence per line: split and aligned alike
    body = reference[1:]                        # (the headline has no final stop to split at)
    r = score_texts(" ".join(body), "\n".join(body), encoder=encoder)
    assert all(s.hypothesis and s.reference for s in r.segments)
    assert r.metrics["chrF"].score > 99.0


def test_text_output_lists_worst_segments_and_the_tokenisation_note(reference, encoder):
    hyp = list(reference)
    hyp[1] = "دا بالکل بله جمله ده."               # a sentence replaced by an unrelated one
    hyp[3] = " ".join(hyp[3].split()[:34])         # a sentence cut short (its last third dropped)
    r = score_texts("\n".join(hyp), "\n".join(reference), segmented=True, encoder=encoder)
    # the replaced sentence stays in its slot (a 1-1 scoring near 0), not a 0-1 plus a merge
    assert [s.kind for s in r.segments] == ["1-1"] * len(reference)
    assert r.segments[1].chrf < 10.0 and r.segments[3].chrf < 95.0
    out = render_score(r, "text", top=2)
    assert "worst segments by sentence chrF (lowest 2 of" in out
    assert "whitespace" in out and "tok:13a" in out
    assert out.count("hyp: ") == 2


def test_cli_score_json(tmp_path, reference):
    hyp_lines = list(reference)
    hyp_lines[0] = " ".join(hyp_lines[0].split()[:3])
    hyp, ref = tmp_path / "hyp.ps.txt", tmp_path / "ref.ps.txt"
    hyp.write_text("\n".join(hyp_lines) + "\n", encoding="utf-8")
    ref.write_text("\n".join(reference) + "\n", encoding="utf-8")
    out = tmp_path / "score.json"
    res = runner.invoke(app, ["score", str(hyp), str(ref), "--format", "json", "--output", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "aligner.score/1"
    assert set(data["metrics"]) == {"chrF", "chrF++", "BLEU", "TER"}
    assert all(m["signature"] for m in data["metrics"].values())
    assert data["segments"]["worst"][0] == 0
    assert data["sentences"][0]["hypothesis"] == hyp_lines[0]
    assert data["hypothesis"]["lang"] == data["reference"]["lang"] == "ps"

    res = runner.invoke(app, ["score", str(hyp), str(ref)])
    assert res.exit_code == 0 and "chrF++" in res.output and "worst segments" in res.output


def test_cli_score_bad_input(tmp_path, reference):
    ref = tmp_path / "ref.ps.txt"
    ref.write_text("\n".join(reference), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = runner.invoke(app, ["score", str(empty), str(ref)])
    assert res.exit_code == 2
    res = runner.invoke(app, ["score", str(ref), str(ref), "--format", "html"])
    assert res.exit_code == 2
