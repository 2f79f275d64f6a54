"""What an audit writes and how each pair is checked: report names and formats, the
:class:`AuditOptions` of ``aligner check`` and the settings they hash to (for resuming)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from ..errors import InputError

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
    _NOT_CONTENT = ("glossaries", "baseline", "fail_on", "pairing", "config_path", "decisions")

    def settings(self) -> dict:
        """Everything that changes a report's content, as JSON data (for resuming): the
        options, the configuration, the tool version and the sha256 of every glossary and
        of the baseline file."""
        from .. import __version__
        from .resume import file_sha256
        config = {k: v for k, v in self.config.items() if k not in self._NOT_CONTENT}
        files = [{"path": str(g), "sha256": file_sha256(Path(g))} for g in self.config.get("glossaries") or []]
        if self.config.get("baseline"):
            files.append({"path": str(self.config["baseline"]), "sha256": file_sha256(Path(self.config["baseline"]))})
        files += [{"path": str(d), "sha256": file_sha256(Path(d))} for d in self.config.get("decisions") or []]
        data = {"version": __version__, "source_lang": self.source_lang, "target_lang": self.target_lang,
                "segmented": self.segmented, "markdown": self.markdown, "model": self.model,
                "backend": self.backend, "max_bead": self.max_bead, "config": config, "files": files}
        return json.loads(json.dumps(data, sort_keys=True, default=str))


def resolve_formats(formats: Iterable[str]) -> tuple[list[str], list[str]]:
    """Requested formats → (formats to write, json last; notes).  ``html`` is skipped with a
    note when no HTML report format is installed; any other unknown name is an error."""
    from ..report import FORMATS
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


def report_extensions() -> set[str]:
    """The file extension of every report format (whether requested this run or not)."""
    from ..report import FORMATS
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
