"""`aligner audit DIR --scheduler tcp://…` on a Dask cluster (a LocalCluster with two worker
processes): the index and every report equal a local run's; a worker killed mid-run changes
nothing (its pairs run again, none is reported twice); a second run resumes everything."""
import json
import os
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from aligner.audit import audit_directory  # noqa: E402
from tests.test_audit import ALL  # noqa: E402
# the corpus and its local run (fixtures): what every Dask run must reproduce
from tests.test_audit_shards import OPTIONS, corpus, report_diff, snapshot, whole  # noqa: E402,F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=True) as c:
        yield c


def test_a_dask_run_writes_what_a_local_run_writes(corpus, whole, cluster, tmp_path):
    out = tmp_path / "dask"
    result = audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, progress=False,
                             scheduler=cluster.scheduler_address, batch=1)
    assert result.to_dict()["scheduler"] == cluster.scheduler_address
    assert snapshot(out) == snapshot(whole), report_diff(whole, out)
    assert sorted(d["name"] for d in result.documents) == sorted(ALL)
    # the same command again: every pair resumed from its reports, nothing sent to the cluster
    again = audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, progress=False,
                            scheduler=cluster.scheduler_address, batch=1)
    assert all(d["resumed"] for d in again.documents if d["status"] == "ok")
    assert snapshot(out)[1] == snapshot(whole)[1]


def test_a_worker_killed_mid_run_changes_nothing(corpus, whole, cluster, tmp_path, monkeypatch):
    from aligner.audit.runners import dask as dask_runner
    out = tmp_path / "dask-kill"
    with distributed.Client(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)
    real = dask_runner.write_reports
    killed = []

    def write_then_kill_a_worker(out_dir, outcome, files):
        # killed from inside the run, right after its first report: every other pair is still
        # running or its result is still held by a worker (a watcher thread polling the folder
        # raced a fast run and sometimes found it finished)
        written = real(out_dir, outcome, files)
        if not killed:
            os.kill(sorted(pids.values())[0], signal.SIGKILL)   # no goodbye: its tasks are lost with it
            killed.append(len([p for p in out_dir.iterdir() if p.suffix == ".json"]))
        return written

    monkeypatch.setattr(dask_runner, "write_reports", write_then_kill_a_worker)
    result = audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, progress=False,
                             scheduler=cluster.scheduler_address, batch=1)
    assert killed and killed[0] <= 1, "the worker was not killed after the first report"
    names = [d["name"] for d in result.documents]
    assert len(names) == len(set(names)) == len(ALL)                # none lost, none twice
    assert snapshot(out) == snapshot(whole), report_diff(whole, out)


def test_ctrl_c_writes_the_index_and_the_same_command_resumes(corpus, whole, cluster, tmp_path, monkeypatch):
    from aligner.audit import AuditInterrupted
    from aligner.audit.runners import dask as dask_runner
    out = tmp_path / "dask-int"
    real = dask_runner.write_reports
    calls = []

    def write_then_interrupt(out_dir, outcome, files):
        calls.append(outcome["name"])
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(out_dir, outcome, files)

    monkeypatch.setattr(dask_runner, "write_reports", write_then_interrupt)
    with pytest.raises(AuditInterrupted) as info:
        audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, progress=False,
                        scheduler=cluster.scheduler_address, batch=1)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["complete"] is False and len(index["documents"]) == 2 and len(index["interrupted"]["pending"]) == len(ALL) - 2
    assert info.value.exit_code == 130
    monkeypatch.setattr(dask_runner, "write_reports", real)
    result = audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, progress=False,
                             scheduler=cluster.scheduler_address, batch=1)
    assert sum(d["resumed"] for d in result.documents) == 2 and result.to_dict()["complete"] is True
    assert snapshot(out)[1] == snapshot(whole)[1]


def test_an_unreachable_scheduler_is_a_one_line_error(corpus, tmp_path):
    from aligner.errors import InputError
    with pytest.raises(InputError, match="cannot connect"):
        audit_directory(corpus, out_dir=tmp_path / "o", options=OPTIONS, progress=False,
                        scheduler="tcp://127.0.0.1:9")
