"""Batch audits: pairing, the per-pair reports and the ranked index, failures that do not stop
the run, interruption and resuming, the CLI with one and two worker processes."""
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner import audit as audit_mod
from aligner.audit import (AuditInterrupted, AuditOptions, PairRunner, atomic_write, audit_directory,
                           compile_pattern, discover_pairs, read_manifest)
from aligner.cli import app
from aligner.errors import InputError
from aligner.report import FORMATS
from tests.helpers import ntrex_documents

runner = CliRunner()
COPIED = "doc02"          # the pair whose Pashto has two English sentences pasted in
GOOD = [f"doc{n:02d}" for n in range(6)]
ALL = GOOD + ["docbad"]
FORMATS_ASKED = ["json", "text"] + (["html"] if "html" in FORMATS else [])


def build_corpus(folder: Path) -> Path:
    """6 small NTREX documents as doc00..doc05.{en,ps}.txt (doc02 with two copied English
    sentences), a broken pair (empty Pashto file) and an unpaired English file."""
    docs = [(en, ps) for _, en, ps in ntrex_documents()]
    small = sorted((k for k in range(len(docs)) if len(docs[k][0]) >= 5), key=lambda k: (len(docs[k][0]), k))[:6]
    folder.mkdir(parents=True, exist_ok=True)
    for n, k in enumerate(small):
        en, ps = docs[k][0], list(docs[k][1])
        if f"doc{n:02d}" == COPIED:
            ps[2], ps[3] = en[2], en[3]
        (folder / f"doc{n:02d}.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
        (folder / f"doc{n:02d}.ps.txt").write_text("\n".join(ps) + "\n", encoding="utf-8")
    (folder / "docbad.en.txt").write_text("The file next to me is empty.\n", encoding="utf-8")
    (folder / "docbad.ps.txt").write_text("", encoding="utf-8")
    (folder / "lonely.en.txt").write_text("Nobody translated this file.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("audit") / "docs")


def load_index(out: Path) -> dict:
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def check_index(index: dict, out: Path, corpus: Path) -> None:
    """Everything a complete audit of ``corpus`` must satisfy."""
    assert index["schema"] == "aligner.audit/1" and index["complete"] is True and index["interrupted"] is None
    docs = index["documents"]
    assert sorted(d["name"] for d in docs) == sorted(ALL)
    assert [d["rank"] for d in docs] == list(range(1, len(ALL) + 1))
    # the broken pair: reported with its error, ranked first, no reports
    bad = docs[0]
    assert bad["name"] == "docbad" and bad["status"] == "failed" and bad["error_type"] == "InputError"
    assert "docbad.ps.txt" in bad["error"] and "empty" in bad["error"]
    assert bad["reports"] == {} and not (out / "docbad.json").exists()
    # the others: ranked by errors, then warnings; the copied sentence puts doc02 on top
    ok = docs[1:]
    assert all(d["status"] == "ok" for d in ok)
    keys = [(-d["counts"]["error"], -d["counts"]["warning"], -d["counts"]["info"], d["name"]) for d in ok]
    assert keys == sorted(keys)
    assert ok[0]["name"] == COPIED and ok[0]["codes"].get("UNTRANS-COPY") == 2
    assert ok[0]["counts"]["error"] > max(d["counts"]["error"] for d in ok[1:])
    # the per-pair reports exist, parse and describe the right inputs
    for d in ok:
        assert set(d["reports"]) == set(FORMATS_ASKED)
        for fmt, name in d["reports"].items():
            assert (out / name).is_file() and (out / name).stat().st_size > 0
        rep = json.loads((out / d["reports"]["json"]).read_text(encoding="utf-8"))
        assert rep["schema"] == "aligner.report/1"
        assert rep["source"]["path"].endswith(f"{d['name']}.en.txt")
        assert rep["source"]["sha256"] == d["source_sha256"] == audit_mod.file_sha256(corpus / f"{d['name']}.en.txt")
        assert rep["target"]["sha256"] == audit_mod.file_sha256(corpus / f"{d['name']}.ps.txt")
        assert len(rep["findings"]) == sum(d["counts"].values())
    # the unpaired file
    assert index["unpaired"] == [{"path": "lonely.en.txt", "role": "source",
                                  "reason": "no target file for this source ({name}.en.{ext}={name}.ps.{ext})"}]
    t = index["totals"]
    assert t["pairs"] == 7 and t["failed"] == 1 and t["unpaired"] == 1 and t["pending"] == 0
    # index.html: every pair, links to its main report, the unpaired file
    html = (out / "index.html").read_text(encoding="utf-8")
    main = "html" if "html" in FORMATS_ASKED else "json"
    for d in ok:
        assert f'href="{d["reports"][main]}"' in html
    assert "docbad" in html and "is empty" in html and "lonely.en.txt" in html
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


# --- through the Python API -------------------------------------------------------------------

def test_audit_api_index_ranking_and_reports(corpus, tmp_path, encoder):
    out = tmp_path / "reports"
    result = audit_directory(corpus, out_dir=out, formats=FORMATS_ASKED, jobs=1, encoder=encoder, progress=False)
    check_index(load_index(out), out, corpus)
    assert result.exit_code("error") == 2           # a pair failed to load
    assert [d["name"] for d in result.documents] == [d["name"] for d in load_index(out)["documents"]]
    assert load_index(out)["totals"]["checked"] == 6


def test_resume_skips_finished_pairs_and_rechecks_changed_ones(corpus, tmp_path, encoder):
    work = build_corpus(tmp_path / "docs")
    out = tmp_path / "reports"
    first = audit_directory(work, out_dir=out, formats=["json"], encoder=encoder, progress=False)
    assert sum(not d["resumed"] for d in first.documents if d["status"] == "ok") == 6
    stamp = {n: (out / f"{n}.json").stat().st_mtime_ns for n in GOOD}

    again = audit_directory(work, out_dir=out, formats=["json"], encoder=encoder, progress=False)
    by_name = {d["name"]: d for d in again.documents}
    assert all(by_name[n]["resumed"] for n in GOOD) and not by_name["docbad"]["resumed"]
    assert {n: (out / f"{n}.json").stat().st_mtime_ns for n in GOOD} == stamp     # not rewritten
    assert [d["counts"] for d in again.documents] == [d["counts"] for d in first.documents]
    assert again.totals()["checked"] == 0 and again.totals()["resumed"] == 6

    # an edited translation is checked again, the rest is not
    ps = work / "doc04.ps.txt"
    ps.write_text(ps.read_text(encoding="utf-8") + "دا یوه نوې جمله ده.\n", encoding="utf-8")
    third = audit_directory(work, out_dir=out, formats=["json"], encoder=encoder, progress=False)
    fresh = sorted(d["name"] for d in third.documents if d["status"] == "ok" and not d["resumed"])
    assert fresh == ["doc04"]
    # a new format is missing for every pair: all are checked again
    fourth = audit_directory(work, out_dir=out, formats=["json", "text"], encoder=encoder, progress=False)
    assert fourth.totals()["resumed"] == 0 and all((out / f"{n}.txt").is_file() for n in GOOD)
    # changed check settings invalidate the earlier reports
    fifth = audit_directory(work, out_dir=out, formats=["json", "text"], encoder=encoder, progress=False,
                            options=AuditOptions(config={"disable": ["FMT"]}))
    assert fifth.totals()["resumed"] == 0 and any("settings changed" in n for n in fifth.notes)
    # --no-resume checks everything
    sixth = audit_directory(work, out_dir=out, formats=["json", "text"], encoder=encoder, progress=False,
                            options=AuditOptions(config={"disable": ["FMT"]}), resume=False)
    assert sixth.totals()["checked"] == 6


def test_interrupted_run_keeps_finished_reports_and_resumes(corpus, tmp_path, encoder, monkeypatch):
    out = tmp_path / "reports"
    real_run = PairRunner.run
    calls = []

    def run_then_interrupt(self, spec):
        calls.append(spec.name)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_run(self, spec)

    monkeypatch.setattr(PairRunner, "run", run_then_interrupt)
    with pytest.raises(AuditInterrupted) as info:
        audit_directory(corpus, out_dir=out, formats=["json"], encoder=encoder, progress=False)
    done = [d["name"] for d in info.value.result.documents]
    assert sorted(done) == ["doc00", "doc01"]
    index = load_index(out)
    assert index["complete"] is False
    assert index["interrupted"]["completed"] == 2 and index["interrupted"]["total"] == 7
    assert index["interrupted"]["pending"] == ["doc02", "doc03", "doc04", "doc05", "docbad"]
    assert "interrupted" in index["interrupted"]["note"]
    for name in done:
        assert json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["schema"] == "aligner.report/1"
    assert not (out / "doc02.json").exists()
    assert "Incomplete" in (out / "index.html").read_text(encoding="utf-8")

    monkeypatch.setattr(PairRunner, "run", real_run)
    result = audit_directory(corpus, out_dir=out, formats=["json"], encoder=encoder, progress=False)
    assert sorted(d["name"] for d in result.documents if d["resumed"]) == ["doc00", "doc01"]
    assert load_index(out)["complete"] is True and len(result.documents) == 7


def test_unexpected_exception_in_one_pair_is_recorded_and_the_run_goes_on(corpus, tmp_path, encoder, monkeypatch):
    import aligner.pipeline
    real = aligner.pipeline.check_documents

    def flaky(source, target, **kw):
        if "doc03" in source.path:
            raise ZeroDivisionError("boom")
        return real(source, target, **kw)

    monkeypatch.setattr(aligner.pipeline, "check_documents", flaky)
    out = tmp_path / "reports"
    result = audit_directory(corpus, out_dir=out, formats=["json"], encoder=encoder, progress=False)
    by_name = {d["name"]: d for d in result.documents}
    assert by_name["doc03"]["status"] == "internal-error" and "ZeroDivisionError: boom" in by_name["doc03"]["error"]
    assert sum(d["status"] == "ok" for d in result.documents) == 5
    assert [d["name"] for d in result.documents[:2]] == ["doc03", "docbad"]   # not checked: on top
    assert result.exit_code() == 2 and not (out / "doc03.json").exists()


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")

    def interrupted_replace(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(audit_mod.os, "replace", interrupted_replace)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new content")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


# --- through the CLI, in process and with two worker processes -------------------------------------

@pytest.mark.parametrize("jobs", [1, 2])
def test_cli_audit(corpus, tmp_path, jobs):
    out = tmp_path / f"reports-{jobs}"
    res = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--format", ",".join(FORMATS_ASKED),
                              "--jobs", str(jobs)])
    assert res.exit_code == 2, res.output                    # the empty Pashto file
    assert "failed: docbad" in res.output and "index:" in res.output
    index = load_index(out)
    check_index(index, out, corpus)
    assert index["jobs"] == jobs
    # a second run finds everything done
    res = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--format", ",".join(FORMATS_ASKED),
                              "--jobs", str(jobs)])
    assert res.exit_code == 2 and load_index(out)["totals"]["resumed"] == 6


def test_cli_jobs_1_and_2_agree(corpus, tmp_path):
    counts = {}
    for jobs in (1, 2):
        out = tmp_path / f"r{jobs}"
        res = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "--jobs", str(jobs), "--no-resume"])
        assert res.exit_code == 2, res.output
        counts[jobs] = [(d["name"], d["counts"], d["codes"]) for d in load_index(out)["documents"]]
    assert counts[1] == counts[2]


def test_cli_manifest_and_fail_on(corpus, tmp_path):
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text("source\ttarget\tname\n# only the good pairs\n"
                        + "".join(f"{n}.en.txt\t{n}.ps.txt\n" for n in GOOD), encoding="utf-8")
    out = tmp_path / "reports"
    res = runner.invoke(app, ["audit", str(corpus), "--manifest", str(manifest), "--out", str(out)])
    assert res.exit_code == 1, res.output                    # doc02 has errors
    index = load_index(out)
    assert [d["name"] for d in index["documents"]][0] == COPIED and index["unpaired"] == []
    res = runner.invoke(app, ["audit", str(corpus), "--manifest", str(manifest), "--out", str(out),
                              "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["audit", str(corpus), "--manifest", str(manifest), "--out", str(out),
                              "--disable", "UNTRANS", "--disable", "ENTITY", "--fail-on", "error"])
    # the only errors were UNTRANS-COPY (doc02) and a real ENTITY-MISMATCH of the reference
    # translation (doc03 = ntrex001: its Pashto sentence 3 repeats sentence 4, Athens for Greece)
    assert res.exit_code == 0, res.output


def test_cli_audit_usage_errors(tmp_path):
    out = tmp_path / "r"
    res = runner.invoke(app, ["audit", str(tmp_path / "missing"), "--out", str(out)])
    assert res.exit_code == 2 and "no such folder" in res.output
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    res = runner.invoke(app, ["audit", str(tmp_path), "--out", str(out), "--pattern", "{name}.en.txt"])
    assert res.exit_code == 2 and "SOURCE=TARGET" in res.output
    res = runner.invoke(app, ["audit", str(tmp_path), "--out", str(out), "--format", "json,nope"])
    assert res.exit_code == 2 and "'nope'" in res.output
    assert not out.exists()                                   # usage errors write nothing
    res = runner.invoke(app, ["audit", str(tmp_path), "--out", str(out)])
    assert res.exit_code == 2 and "no document pairs found" in res.output and "1 file(s) match no pair" in res.output
    assert not out.exists()                                   # no pair: no report folder (issue 10, item 9)


# --- pairing (no model) -----------------------------------------------------------------------------

def touch(folder: Path, *names: str) -> None:
    for n in names:
        p = folder / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x\n", encoding="utf-8")


def test_default_conventions_pair_suffixes_and_language_folders(tmp_path):
    touch(tmp_path, "a.en.md", "a.ps.md", "b.en.txt", "b.ps.txt", "news/c.en.txt", "news/c.ps.txt",
          "en/d.txt", "ps/d.txt", "en/sub/e.txt", "ps/sub/e.txt", "en/f.txt", "g.ps.txt", "README.md",
          ".hidden.en.txt", "reports/x.en.txt", "reports/x.ps.txt")
    pairs, unpaired = discover_pairs(tmp_path, exclude=[tmp_path / "reports"])
    got = {p.name: (p.source.relative_to(tmp_path).as_posix(), p.target.relative_to(tmp_path).as_posix())
           for p in pairs}
    assert got == {"a": ("a.en.md", "a.ps.md"), "b": ("b.en.txt", "b.ps.txt"),
                   "news/c": ("news/c.en.txt", "news/c.ps.txt"), "d": ("en/d.txt", "ps/d.txt"),
                   "sub/e": ("en/sub/e.txt", "ps/sub/e.txt")}
    assert {p.name: p.stem for p in pairs}["news/c"] == "news__c"
    assert {(u.path, u.role) for u in unpaired} == {("en/f.txt", "source"), ("g.ps.txt", "target"),
                                                    ("README.md", None)}


def test_extension_must_match_and_collisions_get_the_extension(tmp_path):
    touch(tmp_path, "a.en.md", "a.ps.txt", "b.en.md", "b.ps.md", "b.en.txt", "b.ps.txt", "index.en.txt",
          "index.ps.txt")
    pairs, unpaired = discover_pairs(tmp_path)
    assert sorted(p.name for p in pairs) == ["b.md", "b.txt", "index"]
    assert {p.name: p.stem for p in pairs}["index"] != "index"          # would overwrite index.json
    assert len({p.stem for p in pairs}) == 3
    assert sorted(u.path for u in unpaired) == ["a.en.md", "a.ps.txt"]


def test_custom_pattern_and_languages(tmp_path):
    touch(tmp_path, "x_source.txt", "x_pashto.txt", "y.fa.txt", "y.en.txt")
    pairs, _ = discover_pairs(tmp_path, ["{name}_source.{ext}={name}_pashto.{ext}"])
    assert [(p.name, p.source.name, p.target.name) for p in pairs] == [("x", "x_source.txt", "x_pashto.txt")]
    pairs, _ = discover_pairs(tmp_path, target_lang="fa")
    assert [(p.source.name, p.target.name) for p in pairs] == [("y.en.txt", "y.fa.txt")]


@pytest.mark.parametrize("pattern, message", [
    ("{name}.en.txt", "SOURCE=TARGET"),
    ("{stem}.en={stem}.ps", "unknown placeholder"),
    ("{name}.en.{ext}={name}.ps", "same placeholders"),
    ("{name}.txt={name}.txt", "the same"),
    ("en.txt=ps.txt", "needs {name}"),
])
def test_bad_patterns(pattern, message):
    with pytest.raises(InputError, match=message.replace("{", r"\{").replace("}", r"\}")):
        compile_pattern(pattern)


def test_manifest_tsv_and_csv(tmp_path):
    (tmp_path / "m.tsv").write_text("source\ttarget\n# comment\n\nen/a.txt\tps/a.txt\n"
                                    "b.en.md\tb.ps.md\tSecond doc\n", encoding="utf-8")
    specs = read_manifest(tmp_path / "m.tsv", tmp_path)
    assert [(s.name, s.source, s.target) for s in specs] == [
        ("a", tmp_path / "en/a.txt", tmp_path / "ps/a.txt"),
        ("Second doc", tmp_path / "b.en.md", tmp_path / "b.ps.md")]
    assert specs[1].stem == "Second_doc"
    (tmp_path / "m.csv").write_text('"c d.en.txt","c d.ps.txt"\n', encoding="utf-8")
    assert [s.name for s in read_manifest(tmp_path / "m.csv", tmp_path)] == ["c d"]
    (tmp_path / "bad.tsv").write_text("only-one-column\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:1"):
        read_manifest(tmp_path / "bad.tsv", tmp_path)


def test_missing_file_in_manifest_is_a_failed_pair(tmp_path, encoder):
    (tmp_path / "docs").mkdir()
    (tmp_path / "m.tsv").write_text("nope.en.txt\tnope.ps.txt\n", encoding="utf-8")
    result = audit_directory(tmp_path / "docs", manifest=tmp_path / "m.tsv", out_dir=tmp_path / "r",
                             encoder=encoder, progress=False)
    assert result.documents[0]["status"] == "failed" and "no such file" in result.documents[0]["error"]
    assert result.exit_code() == 2 and os.path.exists(tmp_path / "r" / "index.html")


def test_cli_audit_follows_the_configuration_file(tmp_path):
    work = build_corpus(tmp_path / "project" / "docs")
    (work / "docbad.ps.txt").unlink()
    (work / "docbad.en.txt").unlink()
    (tmp_path / "project" / "aligner.toml").write_text(
        'disable = ["UNTRANS"]\nfail-on = "never"\n', encoding="utf-8")
    out = tmp_path / "reports"
    res = runner.invoke(app, ["audit", str(work), "--out", str(out)])
    assert res.exit_code == 0, res.output                     # fail-on = "never" from the file
    docs = {d["name"]: d for d in load_index(out)["documents"]}
    assert "UNTRANS-COPY" not in docs[COPIED]["codes"]
    assert load_index(out)["settings"]["config"]["disable"] == ["UNTRANS"]
    res = runner.invoke(app, ["audit", str(work), "--out", str(out), "--fail-on", "warning"])
    assert res.exit_code == 1, res.output                     # the command line wins over the file
    assert load_index(out)["totals"]["resumed"] == 6          # fail-on changes no report


def _broken_renderer(result):
    raise RuntimeError("renderer bug")


def test_a_broken_report_format_does_not_lose_the_check(corpus, tmp_path, encoder, monkeypatch):
    import aligner.report
    monkeypatch.setitem(aligner.report.FORMATS, "broken", "tests.test_audit:_broken_renderer")
    out = tmp_path / "reports"
    result = audit_directory(corpus, out_dir=out, formats=["broken", "json"], encoder=encoder, progress=False)
    ok = [d for d in result.documents if d["status"] == "ok"]
    assert len(ok) == 6
    assert all(d["format_errors"] == {"broken": "RuntimeError: renderer bug"} for d in ok)
    assert all(d["reports"] == {"json": f"{d['stem']}.json"} and (out / f"{d['stem']}.json").is_file() for d in ok)
    assert "renderer bug" in (out / "index.html").read_text(encoding="utf-8")


def test_a_batch_pair_is_read_once_unless_its_file_changed(corpus, tmp_path, encoder, monkeypatch):
    """The warming pass reads and splits each pair of a batch to collect its sentences; the
    check then uses those documents (the same report as reading them again), but not once a
    file changed after they were read."""
    import shutil
    from aligner import pipeline
    from aligner.audit.pairing import discover_pairs
    work = tmp_path / "docs"
    shutil.copytree(corpus, work)
    specs = {s.stem: s for s in discover_pairs(work)[0]}
    reads = []
    real = pipeline.read_pair
    monkeypatch.setattr(pipeline, "read_pair", lambda *a, **k: reads.append(Path(a[0]).name) or real(*a, **k))

    def report(spec, warm: bool) -> dict:
        runner = PairRunner(AuditOptions(), tmp_path / "out", ["json"], work, encoder=encoder)
        if warm:
            assert runner.texts_of(spec)
        out, files = runner.check(spec)
        assert out["status"] == "ok"
        data = json.loads(files[f"{spec.stem}.json"])
        data.pop("stats", None)
        return data

    assert report(specs["doc00"], True) == report(specs["doc00"], False)
    assert reads == ["doc00.en.txt", "doc00.en.txt"]           # once with the warming pass, once without

    reads.clear()
    runner = PairRunner(AuditOptions(), tmp_path / "out", ["json"], work, encoder=encoder)
    spec = specs["doc01"]
    assert runner.texts_of(spec)
    with open(spec.source, "a", encoding="utf-8") as fh:
        fh.write("The committee will meet again next week.\n")
    out, files = runner.check(spec)
    assert reads == ["doc01.en.txt", "doc01.en.txt"]           # read again: the file changed
    assert "next week" in files["doc01.json"]
