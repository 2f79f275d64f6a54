"""Resuming an audit: a pair whose reports exist and whose input files are unchanged (sha256)
is not checked again, unless the settings changed (:meth:`AuditOptions.settings`)."""
from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Optional

from .options import INDEX_JSON, REPORT_SCHEMA, SCHEMA, report_name
from .pair import _empty_outcome, summarize_report
from .pairing import PairSpec


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
    if spec.target is not None and (not tgt.get("sha256") or tgt.get("sha256") != file_sha256(spec.target)):
        return None
    out = _empty_outcome(spec, base)
    out.update(summarize_report(report))
    out.update(resumed=True, reports={fmt: report_name(spec.stem, fmt) for fmt in formats})
    return out

