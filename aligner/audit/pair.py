"""Checking one pair of an audit: the pair's reports (rendered, then written atomically, JSON
last) and its index entry; the encoder each worker loads once; warming the embedding cache for
many pairs with one large encoding request (batch encoding across documents)."""
from __future__ import annotations

import json
import os
import time
import traceback
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import AlignerError, ModelError
from ..model import SEVERITIES, SEVERITY_RANK
from ..output import atomic_write
from .options import FAILED, INTERNAL, MODEL_ERROR, OK, AuditOptions, remove_reports, report_name
from .pairing import PairSpec


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
        "lqa": report.get("lqa"),                  # the LQA scorecard (aligner.review.lqa)
    }


def _empty_outcome(spec: PairSpec, base: Optional[Path]) -> dict:
    return {"name": spec.name, "stem": spec.stem, "source": _display(spec.source, base),
            "target": _display(spec.target, base) if spec.target is not None else None,
            "status": OK, "resumed": False, "error": None,
            "error_type": None, "counts": {s: 0 for s in reversed(SEVERITIES)}, "codes": {},
            "sentences": None, "beads": None, "low_confidence_beads": None, "source_sha256": None,
            "target_sha256": None, "model": None, "suppressed": None, "baseline": None, "lqa": None,
            "reports": {}, "format_errors": {}, "seconds": 0.0}


def _display(path: Path, base: Optional[Path]) -> str:
    if base is not None:
        try:
            return Path(os.path.relpath(path, base)).as_posix()
        except ValueError:
            pass
    return str(path)


def _failure(out: dict, exc: BaseException) -> None:
    """Record ``exc`` in the outcome ``out``: a model that cannot load, a bad pair, or a bug."""
    if isinstance(exc, ModelError):
        out.update(status=MODEL_ERROR, error=str(exc), error_type=type(exc).__name__)
    elif isinstance(exc, AlignerError):
        out.update(status=FAILED, error=str(exc), error_type=type(exc).__name__)
    else:                                    # a bug: recorded, the run goes on
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" ({tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
        out.update(status=INTERNAL, error=f"{type(exc).__name__}: {exc}{where}", error_type=type(exc).__name__)


def write_reports(out_dir: Path, outcome: dict, files: dict) -> dict:
    """Write a checked pair's rendered reports (``files``: name → str/bytes, JSON last: its
    presence means the others are done) atomically into ``out_dir``; remove the stale ones of a
    format that failed to render, and every report of a pair that could not be checked."""
    stem = outcome["stem"]
    if outcome["format_errors"]:
        remove_reports(out_dir, stem, list(outcome["format_errors"]))      # no stale one left behind
    if outcome["status"] == OK:
        try:
            for name, content in files.items():
                atomic_write(out_dir / name, content)
        except Exception as exc:
            _failure(outcome, exc)
            outcome["reports"] = {}
    if outcome["status"] != OK:
        remove_reports(out_dir, stem)
    return outcome


class _Collected(Exception):
    """Raised by :class:`_TextCollector` once it has the texts a pair embeds first."""


class _TextCollector:
    """An encoder that records the texts of its first request and stops the pipeline there:
    the sentences of a pair exactly as :func:`aligner.pipeline.check_pair` embeds them."""
    name = backend = cache_id = "collect"
    dim = 1
    texts_encoded = 0

    def __init__(self):
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]):
        self.texts = list(texts)
        raise _Collected()


#: texts per warming request (a chunk of pairs is encoded in requests of about this size)
WARM_TEXTS = 2048


class PairRunner:
    """Checks pairs in this process with one encoder, loaded once."""

    def __init__(self, options: AuditOptions, out_dir: Path, formats: list[str], base: Optional[Path],
                 encoder=None):
        self.options = options
        self.out_dir = Path(out_dir)
        self.formats = formats
        self.base = base
        self.encoder = encoder if encoder is not None else load_encoder(options)
        self._read: dict = {}        # pair (and its files' stamps) -> its documents, read by texts_of() for check()

    def _config(self) -> dict:
        config = dict(self.options.config)
        config.pop("decisions", None)            # the review step's, after the check (see check())
        return config

    def _check_pair(self, spec: PairSpec, encoder, read=None):
        from ..pipeline import check_pair
        o = self.options
        config = self._config()
        extra = {"input_format": spec.input_format} if spec.input_format else {}
        target = str(spec.target) if spec.target is not None else None
        return check_pair(str(spec.source), target, config, baseline=config.get("baseline"),
                          source_lang=o.source_lang, target_lang=o.target_lang, segmented=o.segmented,
                          markdown=o.markdown, encoder=encoder, max_bead=o.max_bead, read=read, **extra)

    def _read_pair(self, spec: PairSpec):
        """The pair's two documents, read and split as :func:`aligner.pipeline.check_pair` reads
        them (:func:`aligner.pipeline.read_pair`); None for a localization file."""
        from ..config import ensure_config
        from ..pipeline import is_unit_input, read_pair
        if spec.target is None or is_unit_input(str(spec.source), spec.input_format):
            return None
        o = self.options
        return read_pair(str(spec.source), str(spec.target), ensure_config(self._config()),
                         source_lang=o.source_lang, target_lang=o.target_lang, segmented=o.segmented,
                         markdown=o.markdown, input_format=spec.input_format)

    def texts_of(self, spec: PairSpec) -> list[str]:
        """The texts checking ``spec`` embeds first (its sentences or units, both sides); []
        when it cannot be read (checking it reports why).  The documents read for them are kept
        for :meth:`check` (each pair of a batch is read and split once)."""
        collector = _TextCollector()
        try:
            read = self._read_pair(spec)
            self._check_pair(spec, collector, read)
        except _Collected:
            if read is not None:
                self._read[_read_key(spec)] = read
            return collector.texts
        except Exception:
            pass
        return []

    def warm(self, specs: Iterable[PairSpec]) -> int:
        """Batch encoding across documents: embed the sentences of all ``specs`` in a few large
        requests (the engine for large batches; each distinct text once) into the on-disk cache,
        so that checking each pair afterwards finds them there.  Returns the number of texts
        requested.  Does nothing without a usable cache; never raises (checking the pairs
        reports any problem)."""
        cache = getattr(self.encoder, "cache", None)
        if cache is None or not cache.usable():
            return 0
        texts: list[str] = []
        for spec in specs:
            texts.extend(self.texts_of(spec))
        texts = list(dict.fromkeys(texts))
        try:
            for start in range(0, len(texts), WARM_TEXTS):
                self.encoder.encode(texts[start:start + WARM_TEXTS])
        except Exception:
            return 0
        return len(texts)

    def check(self, spec: PairSpec) -> tuple[dict, dict]:
        """Check one pair exactly as ``aligner check`` does (suppressions, baseline) and render
        its reports; return its index entry and the reports (name → content, JSON last).
        Writes nothing; never raises for a bad pair."""
        from ..report import render, report_dict
        out = _empty_outcome(spec, self.base)
        files: dict = {}
        t0 = time.perf_counter()
        try:
            result = self._check_pair(spec, self.encoder, self._read.pop(_read_key(spec), None))
            from ..review import finish_check     # the reviewer's decisions (--decisions), then
            finish_check(result, self.options.config, list(self.options.config.get("decisions") or []))  # LQA
            report = report_dict(result)
            for fmt in self.formats:            # json is last
                name = report_name(spec.stem, fmt)
                if fmt == "json":
                    content = json.dumps(report, ensure_ascii=False, indent=2, default=_json_default) + "\n"
                else:
                    try:
                        content = render(result, fmt)
                    except Exception as exc:     # a broken renderer must not lose the check
                        out["format_errors"][fmt] = f"{type(exc).__name__}: {exc}"
                        continue
                files[name] = content
                out["reports"][fmt] = name
            out.update(summarize_report(report))
        except Exception as exc:
            _failure(out, exc)
            files, out["reports"] = {}, {}
        out["seconds"] = round(time.perf_counter() - t0, 3)
        return out, files

    def run(self, spec: PairSpec) -> dict:
        """Check one pair, write its reports; return its index entry.  Never raises for a bad pair."""
        out, files = self.check(spec)
        return write_reports(self.out_dir, out, files)


def _read_key(spec: PairSpec) -> tuple:
    """A pair and the size and modification time of its files: documents read for it are used
    only while its files are unchanged (a Dask worker's runner outlives an audit)."""
    stamps = []
    for path in spec.paths:
        try:
            st = os.stat(path)
            stamps.append((st.st_size, st.st_mtime_ns, st.st_ino))
        except OSError:
            stamps.append(None)
    return (spec.name, str(spec.source), str(spec.target), tuple(stamps))


def _json_default(obj):
    from ..report.json_report import _default
    return _default(obj)


def load_encoder(options: AuditOptions):
    """The process's cached encoder for these options (see :func:`aligner.pipeline._encoder`)."""
    from ..pipeline import _encoder
    from ..embed import EmbeddingCache
    store = None
    if options.cache:
        store = EmbeddingCache(options.cache if isinstance(options.cache, str) else None)
    return _encoder(options.model, options.backend, store)
