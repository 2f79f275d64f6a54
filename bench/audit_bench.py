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
"""
from __future__ import annotations

import argparse
import json
import os
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


def run_audit(corpus: Path, out: Path, cache_dir: Path, jobs: int, formats: str, extra=()) -> dict:
    env = dict(os.environ, ALIGNER_CACHE_DIR=str(cache_dir))
    cmd = [sys.executable, "-m", "aligner", "audit", str(corpus), "--out", str(out), "--jobs", str(jobs),
           "--format", formats, "--no-progress", "--fail-on", "never", *extra]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = RssSampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop()
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"audit failed (exit {proc.returncode}):\n{stderr}")
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return {"wall": wall, "exit": proc.returncode, "peak_one_mb": sampler.peak_one / 1024,
            "peak_tree_mb": sampler.peak_sum / 1024, "processes": len(sampler.processes),
            "totals": index["totals"], "stderr": stderr.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time (default 1,2)")
    ap.add_argument("--format", default="json", help="per-pair report formats (default json)")
    ap.add_argument("--docs", type=int, default=None, help="only the first N documents")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]

    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "ntrex"
        corpus.mkdir()
        n = write_corpus(corpus, args.docs)
        sentences = sum(len(en) + len(ps) for _, en, ps in load_ntrex()[:n])
        print(f"{n} document pairs ({sentences} sentences, both sides) in {corpus}; "
              f"{os.cpu_count()} CPUs; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{'run':<28} {'wall s':>8} {'docs/s':>8} {'peak RSS MB':>12} {'tree RSS MB':>12}  findings")
        rows = []

        def show(label: str, r: dict) -> None:
            t = r["totals"]
            f = t["findings"]
            print(f"{label:<28} {r['wall']:8.1f} {n / r['wall']:8.2f} {r['peak_one_mb']:12.0f} "
                  f"{r['peak_tree_mb']:12.0f}  {f['error']} E / {f['warning']} W / {f['info']} I; "
                  f"checked {t['checked']}, resumed {t['resumed']}, failed {t['failed'] + t['internal_errors']}")
            rows.append({"run": label, "docs": n, **{k: v for k, v in r.items() if k != "stderr"}})

        for jobs in jobs_list:
            r = run_audit(corpus, tmp / f"out-{jobs}", tmp / f"cache-{jobs}", jobs, args.format)
            show(f"--jobs {jobs} (cold cache)", r)
        last = jobs_list[-1]
        show(f"--jobs {last} again (resume)",
             run_audit(corpus, tmp / f"out-{last}", tmp / f"cache-{last}", last, args.format))
        show(f"--jobs {last} --no-resume (warm)",
             run_audit(corpus, tmp / f"out-{last}", tmp / f"cache-{last}", last, args.format, ["--no-resume"]))
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if args.json:
            args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
