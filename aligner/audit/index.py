"""The audit index: every pair ranked by its problems (pairs that could not be checked first,
then by errors, then warnings), ``index.json`` (schema ``aligner.audit/1``), its HTML page
``index.html`` and the terminal summary.  One place for what the index holds."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import quote

from ..model import SEVERITIES, SEVERITY_RANK
from ..output import atomic_write
from .options import FAILED, INDEX_HTML, INDEX_JSON, INTERNAL, OK, SCHEMA
from .pairing import Unpaired


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
    #: "K/N" when this run checked one shard of the pairs (``--shard``); the merged index of
    #: several shards lists them in ``shards``
    shard: Optional[str] = None
    shards: list = field(default_factory=list)
    #: where the pairs ran: "local" or the Dask scheduler's address
    scheduler: str = "local"
    #: consistency across the files (:mod:`aligner.audit.consistency`): {"findings", "counts"};
    #: None when it was not computed (an interrupted run)
    consistency: Optional[dict] = None

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
        """2 when a pair could not be checked (or there was no pair, outside a shard run); else 1
        when a finding at or above ``fail_on`` exists (``never``: 0); else 0."""
        if (not self.documents and not self.pending and not self.shard) or self.failed:
            return 2                           # (a shard may hold no pair: the others have them)
        if fail_on != "never":
            threshold = SEVERITY_RANK[fail_on]
            if any(n and SEVERITY_RANK[s] >= threshold for d in self.documents for s, n in d["counts"].items()):
                return 1
        return 0

    def to_dict(self) -> dict:
        from .. import __version__
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
            "scheduler": self.scheduler,
            "shard": self.shard,
            "shards": list(self.shards),
            "seconds": round(self.seconds, 3),
            "complete": not self.interrupted,
            "interrupted": interrupted,
            "settings": self.settings,
            "totals": self.totals(),
            "notes": list(self.notes),
            "documents": self.documents,
            "unpaired": [u.to_dict() for u in self.unpaired],
            "consistency": self.consistency,
        }


#: exit status of an interrupted audit, by the signal that stopped it (128 + signal number)


def render_index_html(index: dict) -> str:
    """index.html from the index data (templates/audit_index.html.j2, autoescaped)."""
    import jinja2
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent.parent / "report" / "templates")),
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



def summary_text(result: AuditResult, top: int = 10) -> str:
    """A few lines for the terminal: totals, the worst pairs, failures, where the index is.
    Names, paths and messages pass through :func:`aligner.report.terminal.safe` (a file
    name with ESC or a newline cannot drive the terminal or forge lines)."""
    from ..report.terminal import safe
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
