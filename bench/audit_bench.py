"""Batch-audit throughput on NTREX-128 English–Pashto: ``aligner audit`` over 123 documents.

Writes every NTREX document as ``docNNN.en.txt`` / ``docNNN.ps.txt`` into a temporary
folder and times the real command line (``python -m aligner audit``) on it for each
``--jobs`` value, each run with a *fresh* embedding cache (``ALIGNER_CACHE_DIR``) and a
fresh report folder, so the encoder cost is paid in full.  Then, for the last ``--jobs``
value, two cheap follow-ups: the same command again (every pair resumed from its report)
and ``--no-resume`` with the now warm cache (alignment, checks and reports without encoding).

Reported per run: wall time, documents per second, peak RSS of the largest process and
peak of the summed RSS of the whole process tree (the CLI plus its workers; sampled from
/proc every 50 ms), and the totals of the index.  The load average is printed too: on a
shared machine it explains a lot.

    python bench/audit_bench.py                       # --jobs 1 and 2, json reports
    python bench/audit_bench.py --jobs 1,2,4 --format json,html --docs 40
    python bench/audit_bench.py --jobs 2 --repeat 3 --no-followups --code /tmp/base   # another checkout's code
    python bench/audit_bench.py --jobs '' --dask-workers 1,2 --repeat 3 --no-followups   # Dask scaling

``--repeat N`` times every cold run N times and reports the median (and each run's load
average before it starts: 2 cores shared with other work make single runs unreliable).
``--code DIR`` runs ``python -m aligner`` from DIR (e.g. ``git archive`` of an older commit)
to measure a baseline in the same session.  ``--md FILE`` appends a Markdown table.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_bench import load_ntrex  # noqa: E402


def write_corpus(folder: Path, limit: int | None = None) -> int:
    docs = load_ntrex()[:limit] if limit else load_ntrex()
    for k, (_, en, ps) in enumerate(docs):
        (folder / f"doc{k:03d}.en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
        (folder / f"doc{k:03d}.ps.txt").write_text("\n".join(ps) + "\n", encoding="utf-8")
    return len(docs)


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode("latin-1")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssSampler(threading.Thread):
    """Polls the RSS of a process tree: peak per process and peak of the sum."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_one = self.peak_sum = 0
        self.processes = set()
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            pids = _tree(self.pid)
            self.processes.update(pids)
            sizes = [_rss_kb(p) for p in pids]
            if sizes:
                self.peak_one = max(self.peak_one, max(sizes))
                self.peak_sum = max(self.peak_sum, sum(sizes))
            self._halt.wait(self.interval)

    def stop(self):
        self._halt.set()
        self.join()


CODE = ROOT          # the checkout whose aligner is timed (--code)


def run_audit(corpus: Path, out: Path, cache_dir: Path, jobs: int, formats: str, extra=()) -> dict:
    env = dict(os.environ, ALIGNER_CACHE_DIR=str(cache_dir), PYTHONPATH=str(CODE))
    load = os.getloadavg()[0]
    cmd = [sys.executable, "-m", "aligner", "audit", str(corpus), "--out", str(out), "--jobs", str(jobs),
           "--format", formats, "--no-progress", "--fail-on", "never", *extra]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=str(CODE), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = RssSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler.stop()
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"audit failed (exit {proc.returncode}):\n{stderr}")
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    # CPU seconds of the command and its worker processes (waited for): what a loaded machine
    # does not inflate much, unlike the wall time
    cpu = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    return {"wall": wall, "cpu": cpu, "load_before": load, "load_after": os.getloadavg()[0], "exit": proc.returncode, "peak_one_mb": sampler.peak_one / 1024,
            "peak_tree_mb": sampler.peak_sum / 1024, "processes": len(sampler.processes),
            "totals": index["totals"], "stderr": stderr.strip()}


def run_dask(corpus: Path, out: Path, cache_dir: Path, workers: int, formats: str, extra=()) -> dict:
    """The audit on a fresh LocalCluster of ``workers`` single-threaded worker processes (each
    loading the model once, with a fresh embedding cache), timed from the command's start."""
    from distributed import LocalCluster
    os.environ.update(ALIGNER_CACHE_DIR=str(cache_dir), OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=50) as cluster:
        r = run_audit(corpus, out, cache_dir, 1, formats, [*extra, "--scheduler", cluster.scheduler_address])
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)      # the workers, joined when the cluster closes
    r["cpu"] = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    return r


def main() -> None:
    global CODE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    ap.add_argument("--format", default="json", help="per-pair report formats (default json)")
    ap.add_argument("--docs", type=int, default=None, help="only the first N documents")
    ap.add_argument("--repeat", type=int, default=1, help="cold runs per --jobs value (median reported)")
    ap.add_argument("--no-followups", action="store_true", help="skip the resume and warm-cache runs")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose aligner is timed (default: this one)")
    ap.add_argument("--extra", default="", help="extra audit options, space-separated (e.g. '--backend torch-int8')")
    ap.add_argument("--label", default="", help="label of this configuration in the tables")
    ap.add_argument("--dask-workers", default="", help="comma-separated Dask worker counts to time on a "
                    "LocalCluster (one thread each), e.g. 1,2; with --jobs '' for Dask runs only")
    ap.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it: the corpus, each "
                    "run's report folder (out-JOBS-K) and embedding cache (cache-JOBS-K), to compare runs")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--md", type=Path, default=None, help="append a Markdown table of the medians here")
    args = ap.parse_args()
    CODE = args.code.resolve()
    jobs_list = [int(j) for j in args.jobs.split(",") if j]
    extra = args.extra.split()

    with (contextlib.nullcontext(str(args.keep)) if args.keep else tempfile.TemporaryDirectory(prefix="audit-bench-")) as tmp:
        tmp = Path(tmp)
        corpus = tmp / "ntrex"
        if args.keep:
            if tmp.exists() and any(tmp.iterdir()):
                raise SystemExit(f"--keep {tmp}: not empty")
            tmp.mkdir(parents=True, exist_ok=True)
        corpus.mkdir()
        n = write_corpus(corpus, args.docs)
        sentences = sum(len(en) + len(ps) for _, en, ps in load_ntrex()[:n])
        print(f"{n} document pairs ({sentences} sentences, both sides) in {corpus}; code {CODE}; "
              f"{os.cpu_count()} CPUs; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{'run':<34} {'wall s':>8} {'sent/s':>8} {'CPU s':>7} {'load':>5} {'peak RSS MB':>12} {'tree RSS MB':>12}  findings")
        rows, medians = [], []

        def show(label: str, r: dict) -> None:
            t = r["totals"]
            f = t["findings"]
            print(f"{label:<34} {r['wall']:8.1f} {sentences / r['wall']:8.1f} {r['cpu']:7.1f} {r['load_before']:5.2f} "
                  f"{r['peak_one_mb']:12.0f} {r['peak_tree_mb']:12.0f}  {f['error']} E / {f['warning']} W / "
                  f"{f['info']} I; checked {t['checked']}, resumed {t['resumed']}, "
                  f"failed {t['failed'] + t['internal_errors']}", flush=True)
            rows.append({"run": label, "docs": n, "sentences": sentences, "sentences_per_s": sentences / r["wall"],
                         **{k: v for k, v in r.items() if k != "stderr"}})

        for jobs in jobs_list:
            walls, loads, peaks, findings, cpus = [], [], [], set(), []
            for k in range(args.repeat):
                out, cache = tmp / f"out-{jobs}-{k}", tmp / f"cache-{jobs}-{k}"
                r = run_audit(corpus, out, cache, jobs, args.format, extra)
                show(f"--jobs {jobs} (cold cache) #{k + 1}", r)
                walls.append(r["wall"])
                cpus.append(r["cpu"])
                loads.append(r["load_before"])
                peaks.append(r["peak_tree_mb"])
                f = r["totals"]["findings"]
                findings.add(f"{f['error']} E / {f['warning']} W / {f['info']} I")
            med = statistics.median(walls)
            medians.append({"jobs": jobs, "median_wall": med, "sentences_per_s": sentences / med,
                            "median_cpu": statistics.median(cpus), "walls": walls, "loads": loads,
                            "peak_tree_mb": max(peaks), "findings": sorted(findings)})
            print(f"--jobs {jobs}: median {med:.1f} s = {sentences / med:.1f} sentences/s over {len(walls)} run(s)")
        for workers in [int(w) for w in args.dask_workers.split(",") if w]:
            walls, loads, cpus = [], [], []
            for k in range(args.repeat):
                r = run_dask(corpus, tmp / f"dask-{workers}-{k}", tmp / f"dcache-{workers}-{k}", workers,
                             args.format, extra)
                show(f"dask {workers} worker(s) #{k + 1}", r)
                cpus.append(r["cpu"])
                walls.append(r["wall"])
                loads.append(r["load_before"])
            med = statistics.median(walls)
            medians.append({"jobs": f"dask {workers}", "median_wall": med, "sentences_per_s": sentences / med,
                            "median_cpu": statistics.median(cpus), "walls": walls, "loads": loads, "peak_tree_mb": 0, "findings": []})
            print(f"dask {workers} worker(s): median {med:.1f} s = {sentences / med:.1f} sentences/s")
        last = jobs_list[-1] if jobs_list else 1
        if not args.no_followups and jobs_list:
            out, cache = tmp / f"out-{last}-0", tmp / f"cache-{last}-0"
            show(f"--jobs {last} again (resume)", run_audit(corpus, out, cache, last, args.format, extra))
            show(f"--jobs {last} --no-resume (warm)",
                 run_audit(corpus, out, cache, last, args.format, [*extra, "--no-resume"]))
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if args.json:
            args.json.write_text(json.dumps({"rows": rows, "medians": medians}, indent=2) + "\n", encoding="utf-8")
        if args.md:
            with open(args.md, "a", encoding="utf-8") as fh:
                for m in medians:
                    fh.write(f"| {args.label or CODE.name} | {' '.join(extra) or '-'} | {n} | {m['jobs']} | "
                             f"{m['median_wall']:.1f} | {m['sentences_per_s']:.1f} | {m['median_cpu']:.0f} | "
                             f"{', '.join(f'{w:.1f}' for w in m['walls'])} | "
                             f"{', '.join(f'{x:.2f}' for x in m['loads'])} | {m['peak_tree_mb']:.0f} | "
                             f"{'; '.join(m['findings'])} |\n")


if __name__ == "__main__":
    main()
