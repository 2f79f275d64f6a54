"""Batch audits that cannot be fooled (issue 10): the index says what a pair has (item 9), a run
without pairs writes nothing, a baseline hides only its own pair's findings, SIGTERM stops like
Ctrl-C (item 15), nothing outside the folder is read (item 19), no stale report survives a
failure (item 20), long non-ASCII names fit the file system (item 21), the summary is
terminal-safe."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner import audit as audit_mod
from aligner.audit import (AuditInterrupted, AuditResult, PairSpec, assign_stems, audit_directory,
                           rank_documents, render_index_html, summary_text)
from aligner.baseline import create_baseline
from aligner.pipeline import check_pair
from aligner.cli import app
from aligner.output import atomic_write
from tests.helpers import ROOT, SEED_CODES, SEEDS, ntrex_documents

EN = next(SEEDS.glob("000_*.txt"))
PS = next(SEEDS.glob("001_*.txt"))
runner = CliRunner()


def outcome(name: str, status: str = "ok", error: int = 0, warning: int = 0, info: int = 0) -> dict:
    out = audit_mod._empty_outcome(PairSpec(name, Path(f"{name}.en.txt"), Path(f"{name}.ps.txt"), name), None)
    out.update(status=status, counts={"error": error, "warning": warning, "info": info},
               error="boom" if status != "ok" else None)
    return out


def result_of(docs: list[dict], tmp_path: Path, **kw) -> AuditResult:
    return AuditResult(directory=tmp_path, out_dir=tmp_path / "out", documents=rank_documents(docs),
                       unpaired=[], pending=kw.pop("pending", []), settings={}, formats=["json"], jobs=1,
                       seconds=0.1, **kw)


def copy_pair(folder: Path, name: str, en: str | None = None, ps: str | None = None) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    src, tgt = folder / f"{name}.en.txt", folder / f"{name}.ps.txt"
    src.write_text(EN.read_text(encoding="utf-8") if en is None else en, encoding="utf-8")
    tgt.write_text(PS.read_text(encoding="utf-8") if ps is None else ps, encoding="utf-8")
    return src, tgt


# --- item 9: the index labels, an empty run, per-pair baselines ---------------------------------

def test_index_labels_a_pair_by_what_it_has(tmp_path):
    docs = [outcome("four", error=4, warning=1), outcome("warn", warning=1), outcome("one", error=1),
            outcome("clean", info=2), outcome("broken", status="failed")]
    data = result_of(docs, tmp_path).to_dict()
    assert {d["name"]: d["verdict"] for d in data["documents"]} == {
        "broken": "failed", "four": "errors", "one": "errors", "warn": "warnings", "clean": "clean"}
    html = render_index_html(data)
    body = html[html.index("<tbody>"):html.index("</tbody>")]
    rows = {name: next(r for r in body.split("<tr") if f"<td>{name}" in r)
            for name in ("four", "one", "warn", "clean", "broken")}
    assert '<td class="verdict-errors">4 errors' in rows["four"]
    assert '<td class="verdict-errors">1 error' in rows["one"]
    assert '<td class="verdict-warnings">1 warning' in rows["warn"]
    assert '<td class="verdict-clean">clean' in rows["clean"]
    assert '<td class="verdict-failed">failed' in rows["broken"]
    assert ">ok<" not in html and "ok\n" not in html and "status-ok" not in html


def test_a_run_without_pairs_creates_no_report_folder(tmp_path):
    docs, out = tmp_path / "docs", tmp_path / "audit-reports"
    docs.mkdir()
    (docs / "notes.txt").write_text("nothing to pair\n", encoding="utf-8")
    result = audit_directory(docs, out_dir=out)
    assert result.documents == [] and result.exit_code() == 2 and not result.index_written
    assert not out.exists()
    assert "index:" not in summary_text(result)
    res = runner.invoke(app, ["audit", str(docs), "--out", str(out)])
    assert res.exit_code == 2 and not out.exists()
    assert "aligner: error: no document pairs found in" in res.output and "nothing written" in res.output


@pytest.fixture(scope="module")
def seed_pairs(tmp_path_factory):
    """Two identical copies of the seed pair (two TERM-FORBIDDEN errors and a NEG-AFFIX warning each)."""
    folder = tmp_path_factory.mktemp("gate-audit") / "docs"
    copy_pair(folder, "a")
    copy_pair(folder, "b")
    return folder


def test_a_baseline_hides_only_the_findings_of_its_own_pair(seed_pairs, tmp_path, encoder, monkeypatch):
    monkeypatch.chdir(seed_pairs)
    base = tmp_path / "baseline.json"
    assert create_baseline(check_pair("a.en.txt", "a.ps.txt", {}, encoder=encoder), base) == 3
    own = check_pair("a.en.txt", "a.ps.txt", {}, baseline=base, encoder=encoder)
    assert own.findings == [] and own.stats["baseline"]["suppressed"] == 3
    other = check_pair("b.en.txt", "b.ps.txt", {}, baseline=base, encoder=encoder)
    assert [f.code for f in other.findings] == SEED_CODES
    assert other.stats["baseline"] == {"path": str(base), "suppressed": 0, "fixed": 0}
    # the same through an audit: pair b keeps its two errors and its warning
    result = audit_directory(seed_pairs, out_dir=tmp_path / "out", encoder=encoder,
                             options=audit_mod.AuditOptions(config={"baseline": str(base)}))
    counts = {d["name"]: (d["counts"]["error"], d["counts"]["warning"]) for d in result.documents}
    assert counts == {"a": (0, 0), "b": (2, 1)}
    # a baseline entry recording no paths (hand-written) still applies to any pair
    data = json.loads(base.read_text(encoding="utf-8"))
    for e in data["findings"]:
        del e["source"], e["target"]
    base.write_text(json.dumps(data), encoding="utf-8")
    assert check_pair("b.en.txt", "b.ps.txt", {}, baseline=base, encoder=encoder).findings == []


# --- item 15: SIGTERM -------------------------------------------------------------------------

def test_sigterm_stops_a_serial_audit_like_ctrl_c(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    for n in range(3):
        copy_pair(docs, f"d{n}")
    calls = []

    def fake_run(self, spec):
        calls.append(spec.name)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)                                 # the handler interrupts this
            raise AssertionError("SIGTERM did not interrupt the run")
        return audit_mod._empty_outcome(spec, docs)
    monkeypatch.setattr(audit_mod.PairRunner, "run", fake_run)

    def unhandled(signum, frame):                            # instead of ending the test process
        raise AssertionError("the audit left SIGTERM to its default action (the process would die)")
    before = signal.signal(signal.SIGTERM, unhandled)
    try:
        with pytest.raises(AuditInterrupted) as exc:
            audit_directory(docs, out_dir=tmp_path / "out", encoder=object())
        assert signal.getsignal(signal.SIGTERM) is unhandled     # the handler is put back
    finally:
        signal.signal(signal.SIGTERM, before)
    assert exc.value.signal == "SIGTERM" and exc.value.exit_code == 143
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert index["complete"] is False and [d["name"] for d in index["documents"]] == ["d0"]
    assert index["interrupted"]["pending"] == ["d1", "d2"]


def _children(pid: int) -> set[int]:
    kids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.add(int(entry))
    return kids


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_sigterm_during_audit_jobs_2_ends_the_workers_and_writes_the_index(tmp_path):
    docs = tmp_path / "docs"
    ntrex = [(en, ps) for _, en, ps in ntrex_documents()]
    for n in range(8):                                        # a few seconds of work per pair
        en, ps = ntrex[n]
        copy_pair(docs, f"doc{n}", "\n".join(en * 3) + "\n", "\n".join(ps * 3) + "\n")
    out = tmp_path / "out"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "aligner", "audit", str(docs), "--out", str(out),
                             "--jobs", "2", "--no-progress", "--no-cache"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: set[int] = set()
    try:
        # generous deadlines: on a loaded machine loading the model and the first pair take long;
        # the pairs are large enough that the audit is still running when one pair is done
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            workers |= _children(proc.pid)
            if len(workers) >= 2 and out.is_dir() and any(out.glob("doc*.json")):
                break                                     # workers running, a pair finished
            time.sleep(0.05)
        assert proc.poll() is None and len(workers) >= 2, "the audit ended before it could be signalled"
        assert any(out.glob("doc*.json")), "no pair finished within the deadline"
        # the client writes a pair's report, then records it for the index: on a loaded machine
        # a signal between the two leaves that pair pending (it runs again on resume); give the
        # record a moment so the test sees a pair done
        time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=90)     # returns only when nobody holds the pipes
        # the children get a short grace to be scheduled and exit once the audit has ended (a
        # loaded machine may not run a signalled process at once); checked before anything of the
        # test's own kills them below
        grace = time.monotonic() + 15
        while time.monotonic() < grace and any(_alive(w) for w in workers):
            time.sleep(0.05)
        survivors = {w: _cmdline(w) for w in workers if _alive(w)}
    finally:
        for pid in [proc.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == 143, stderr
    err = stderr.decode()
    assert "aligner: terminated (SIGTERM):" in err and "Traceback" not in err
    assert not survivors, f"worker processes outlived the audit: {survivors}"
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    done, pending = [d["name"] for d in index["documents"]], index["interrupted"]["pending"]
    assert index["complete"] is False and done and pending
    assert sorted(done + pending) == [f"doc{n}" for n in range(8)]
    assert all(d["status"] == "ok" for d in index["documents"])
    assert not list(out.glob(".*.tmp"))                   # no half-written report


# --- item 19: nothing outside the folder ------------------------------------------------------

def test_paths_outside_the_folder_are_refused(tmp_path):
    docs, out = tmp_path / "docs", tmp_path / "out"
    secret_en, secret_ps = copy_pair(tmp_path / "private", "secret", "Top secret English.\n",
                                     "دا پټ متن دی.\n")
    docs.mkdir()
    (docs / "link.en.txt").symlink_to(secret_en)
    (docs / "link.ps.txt").symlink_to(secret_ps)
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text(f"../private/secret.en.txt\t../private/secret.ps.txt\tdotdot\n"
                        f"{secret_en}\t{secret_ps}\tabsolute\n"
                        f"link.en.txt\tlink.ps.txt\tsymlink\n", encoding="utf-8")
    result = audit_directory(docs, manifest=manifest, out_dir=out, encoder=object())
    docs_by_name = {d["name"]: d for d in result.documents}
    assert set(docs_by_name) == {"dotdot", "absolute", "symlink"} and result.exit_code() == 2
    for d in docs_by_name.values():
        assert d["status"] == "failed" and d["reports"] == {}
        assert "outside the audited folder" in d["error"] and "--allow-outside" in d["error"]
    assert "is a symlink to" in docs_by_name["symlink"]["error"]
    written = "".join(p.read_text(encoding="utf-8") for p in out.iterdir())
    assert "secret" not in written.replace("private/secret", "") and "پټ" not in written
    # the naming convention finds the symlinked pair too: refused the same way
    found = audit_directory(docs, out_dir=tmp_path / "out2", encoder=object())
    assert [(d["name"], d["status"]) for d in found.documents] == [("link", "failed")]
    res = runner.invoke(app, ["audit", str(docs), "--manifest", str(manifest), "--out", str(tmp_path / "o3")])
    assert res.exit_code == 2 and "outside the audited folder" in res.output
    assert "aligner: error: 3 pair(s) could not be checked: " in res.output


@pytest.mark.slow
def test_allow_outside_reads_them(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    src, tgt = copy_pair(tmp_path / "private", "seed")
    manifest = tmp_path / "pairs.tsv"
    manifest.write_text(f"{src}\t{tgt}\tseed\n", encoding="utf-8")
    res = runner.invoke(app, ["audit", str(docs), "--manifest", str(manifest), "--out", str(tmp_path / "o"),
                              "--allow-outside"])
    assert res.exit_code == 1, res.output                    # checked: the seed pair's two errors
    index = json.loads((tmp_path / "o" / "index.json").read_text(encoding="utf-8"))
    assert index["documents"][0]["counts"]["error"] == 2
    assert index["documents"][0]["counts"]["warning"] == 1   # and its NEG-AFFIX warning


# --- item 20: no stale reports ----------------------------------------------------------------

def test_a_failed_pair_keeps_no_report_of_any_format(tmp_path, encoder):
    docs, out = tmp_path / "docs", tmp_path / "out"
    copy_pair(docs, "doc")
    first = audit_directory(docs, out_dir=out, formats=["json", "sarif", "junit", "markdown"], encoder=encoder)
    assert first.documents[0]["status"] == "ok"
    assert {p.name for p in out.glob("doc.*")} == {"doc.json", "doc.sarif", "doc.junit", "doc.md"}
    (docs / "doc.ps.txt").write_text("", encoding="utf-8")              # now it cannot be checked
    second = audit_directory(docs, out_dir=out, formats=["json"], encoder=encoder)
    d = second.documents[0]
    assert d["status"] == "failed" and d["verdict"] == "failed" and d["reports"] == {}
    assert list(out.glob("doc.*")) == []                                # sarif/junit/md too
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["documents"][0]["status"] == "failed"


def test_a_pair_whose_worker_died_keeps_no_report(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for ext in ("json", "sarif", "junit", "xlsx", "txt"):
        (out / f"doc.{ext}").write_text("old", encoding="utf-8")
    dead = outcome("doc", status="internal-error")
    audit_mod._record(dead, {}, audit_mod._Progress(False, 1, 0), out)
    assert list(out.iterdir()) == []


def test_a_format_that_fails_to_render_leaves_no_stale_file(tmp_path, encoder, monkeypatch):
    docs, out = tmp_path / "docs", tmp_path / "out"
    copy_pair(docs, "doc")
    audit_directory(docs, out_dir=out, formats=["json", "sarif"], encoder=encoder)
    assert (out / "doc.sarif").is_file()
    import aligner.report as report

    def broken(result, fmt):
        raise RuntimeError("renderer broke")
    monkeypatch.setattr(report, "render", broken)
    (docs / "doc.en.txt").write_text(EN.read_text(encoding="utf-8") + "\n", encoding="utf-8")   # re-check it
    result = audit_directory(docs, out_dir=out, formats=["json", "sarif"], encoder=encoder)
    assert result.documents[0]["format_errors"]["sarif"].startswith("RuntimeError")
    assert not (out / "doc.sarif").exists() and (out / "doc.json").is_file()


# --- item 21: long non-ASCII names ------------------------------------------------------------

def test_long_non_ascii_names_fit_and_stay_unique(tmp_path):
    long = "د افغانستان اسلامي جمهوریت " * 12                       # about 300 characters, 550 bytes
    names = [long + "الف", long + "ب", "news/" + long, "short"]
    specs = assign_stems([PairSpec(n, Path("a"), Path("b")) for n in names])
    stems = [s.stem for s in specs]
    assert len({s.lower() for s in stems}) == 4 and stems[3] == "short"
    for stem in stems:
        assert len(stem.encode("utf-8")) <= audit_mod.STEM_MAX_BYTES
        for fmt in ("json", "junit", "sarif", "xlsx", "markdown"):
            atomic_write(tmp_path / audit_mod.report_name(stem, fmt), "x")        # no "File name too long"
    assert stems[0] != stems[1] and stems[0].startswith("د_افغانستان")


@pytest.mark.slow
def test_cli_audit_with_a_long_pashto_pair_name(tmp_path):
    docs = tmp_path / "docs"
    name = "د_ولسمشر_د_ټاکنو_راپور_" * 8                               # 190 characters, 340 bytes
    copy_pair(docs, "x")
    manifest = tmp_path / "m.tsv"
    manifest.write_text(f"x.en.txt\tx.ps.txt\t{name}\n", encoding="utf-8")
    res = runner.invoke(app, ["audit", str(docs), "--manifest", str(manifest), "--out", str(tmp_path / "o"),
                              "--format", "json,sarif,junit"])
    assert res.exit_code == 1, res.output
    index = json.loads((tmp_path / "o" / "index.json").read_text(encoding="utf-8"))
    assert index["documents"][0]["name"] == name and index["documents"][0]["status"] == "ok"
    assert set(index["documents"][0]["reports"]) == {"json", "sarif", "junit"}


# --- the summary on the terminal ----------------------------------------------------------------

def test_summary_text_neutralizes_control_characters(tmp_path):
    evil = outcome("doc\x1b]0;pwned\x07\x1b[2J", error=1)
    broken = outcome("x\nfailed: forged", status="failed")
    broken["error"] = "bad\rline\x1b[31m"
    text = summary_text(result_of([evil, broken], tmp_path, notes=["note\x1b[2J"]))
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "doc\\x1b]0;pwned\\x07\\x1b[2J" in text and "x\\x0afailed: forged" in text
    assert not any(line.startswith("failed: forged") for line in text.splitlines())
