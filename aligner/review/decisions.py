"""Reviewer decisions: ``aligner.decisions/1`` files, applying them, importing them for good.

A decision says what a reviewer made of one finding::

    {"schema": "aligner.decisions/1",
     "tool": {"name": "aligner", "version": "…"},
     "source": {"path": "…", "sha256": "…"}, "target": {"path": "…", "sha256": "…"},
     "exported": "2026-12-06T11:30:00Z",
     "decisions": [{"fingerprint": "…", "verdict": "false-alarm", "note": "…",
                    "reviewer": "…", "time": "2026-12-06T11:29:41Z",
                    "code": "TERM-FORBIDDEN", "severity": "error", "message": "…", "excerpt": "…"}]}

``fingerprint`` is the finding's baseline fingerprint (:func:`aligner.baseline.fingerprint`),
which ignores offsets and line numbers: a decision keeps applying when other sentences of
either file are edited, and stops applying when the sentence itself changes.  ``verdict`` is
``real-error``, ``false-alarm`` or ``accepted``.  The HTML review page exports such a file;
the XLSX report, filled in (its ``verdict`` drop-down, ``note`` and ``reviewer`` columns),
is read as one too (:func:`load_decisions`).

* :func:`apply_decisions` (``aligner check --decisions FILE``): false alarms and accepted
  findings are hidden, real errors stay reported (and are *confirmed*: the LQA scorecard
  counts only those when decisions exist).  Each decision applies to one finding, as each
  baseline entry hides one.
* :func:`import_decisions` (``aligner baseline import FILE``) makes them permanent: every
  false alarm becomes a ``[[tool.aligner.ignore]]`` entry of the configuration that names
  the finding by ``code`` and ``fingerprint``, limited to the translation's file by ``path``,
  with the reviewer's note as its ``reason``; every accepted finding becomes an entry of the
  baseline file (the configured ``baseline``, else ``aligner-baseline.json`` beside the
  configuration, which then gets ``baseline = …``).  Real errors change nothing: they stay
  reported.  Importing the same decisions twice adds nothing.
"""
from __future__ import annotations

import io
import json
import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from ..errors import InputError

SCHEMA = "aligner.decisions/1"
VERDICTS = ("real-error", "false-alarm", "accepted")
#: how each verdict reads in the review page and the XLSX drop-down
LABELS = {"real-error": "real error", "false-alarm": "false alarm", "accepted": "accepted"}
HIDDEN = ("false-alarm", "accepted")
_FP = re.compile(r"[0-9a-f]{40}")
#: what a TOML comment line cannot hold (line breaks and the other control characters)
_CONTROL = re.compile("[\x00-\x1f\x7f\u2028\u2029\x85]")
#: the XLSX report's sheet that names the document pair (key / value rows)
REPORT_SHEET = "Report"


def normalize_verdict(value, where: str = "verdict") -> Optional[str]:
    """``real error`` / ``Real-Error`` / ``false_alarm`` … → the verdict token; empty → None."""
    if value is None:
        return None
    text = re.sub(r"[\s_]+", "-", str(value).strip().lower())
    if not text:
        return None
    aliases = {"real": "real-error", "error": "real-error", "false": "false-alarm", "false-positive": "false-alarm"}
    text = aliases.get(text, text)
    if text not in VERDICTS:
        raise InputError(f"{where}: {value!r} is not a verdict (use one of: {', '.join(LABELS.values())})")
    return text


@dataclass
class Decision:
    fingerprint: str
    verdict: str
    note: str = ""
    reviewer: str = ""
    time: str = ""
    code: str = ""
    severity: str = ""
    message: str = ""
    excerpt: Optional[str] = None

    def to_dict(self) -> dict:
        return {"fingerprint": self.fingerprint, "verdict": self.verdict, "note": self.note,
                "reviewer": self.reviewer, "time": self.time, "code": self.code, "severity": self.severity,
                "message": self.message, "excerpt": self.excerpt}


@dataclass
class DecisionSet:
    """The decisions of one review of one document pair."""
    decisions: list[Decision]
    source: Optional[str] = None          # the pair's paths as recorded in the report
    target: Optional[str] = None
    source_sha256: Optional[str] = None
    target_sha256: Optional[str] = None
    origin: str = ""                      # the file they were read from

    def counts(self) -> dict[str, int]:
        c = Counter(d.verdict for d in self.decisions)
        return {v: c.get(v, 0) for v in VERDICTS}


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def decisions_json(ds: DecisionSet) -> str:
    """``ds`` as an ``aligner.decisions/1`` file."""
    from .. import __version__
    data = {"schema": SCHEMA, "tool": {"name": "aligner", "version": __version__},
            "source": {"path": ds.source, "sha256": ds.source_sha256},
            "target": {"path": ds.target, "sha256": ds.target_sha256},
            "exported": now_iso(), "decisions": [d.to_dict() for d in ds.decisions]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- reading

def _text(value, where: str, limit: int = 10_000) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(f"{where} must be a string")
    return value[:limit]


def _decision(raw: dict, where: str) -> Decision:
    fp = raw.get("fingerprint")
    if not isinstance(fp, str) or not _FP.fullmatch(fp.strip().lower()):
        raise InputError(f"{where}: 'fingerprint' must be the 40-hex-digit fingerprint of a finding")
    verdict = normalize_verdict(raw.get("verdict"), f"{where} verdict")
    if verdict is None:
        raise InputError(f"{where}: no verdict")
    return Decision(fp.strip().lower(), verdict, *(_text(raw.get(k), f"{where} {k}")
                                                   for k in ("note", "reviewer", "time", "code", "severity",
                                                             "message")),
                    excerpt=_text(raw.get("excerpt"), f"{where} excerpt") or None)


def parse_decisions_json(data: bytes, name: str) -> DecisionSet:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"decisions {name}: not a readable JSON file ({exc})") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise InputError(f"decisions {name}: not an {SCHEMA} file (export it from the HTML review page, "
                         "or give the filled XLSX report)")
    raw = doc.get("decisions")
    if not isinstance(raw, list) or not all(isinstance(d, dict) for d in raw):
        raise InputError(f"decisions {name}: 'decisions' must be a list of objects")
    sides = {}
    for side in ("source", "target"):
        s = doc.get(side) if isinstance(doc.get(side), dict) else {}
        sides[side] = (_text(s.get("path"), f"decisions {name}: {side} path") or None,
                       _text(s.get("sha256"), f"decisions {name}: {side} sha256") or None)
    return DecisionSet([_decision(d, f"decisions {name}: decision #{n}") for n, d in enumerate(raw, 1)],
                       sides["source"][0], sides["target"][0], sides["source"][1], sides["target"][1], name)


def parse_decisions_xlsx(data: bytes, name: str) -> DecisionSet:
    """The decisions of a filled XLSX report (rows whose ``verdict`` cell is set)."""
    try:
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:                      # not a workbook, a broken zip …
        raise InputError(f"decisions {name}: not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None
    if "Findings" not in wb.sheetnames:
        raise InputError(f"decisions {name}: no 'Findings' sheet (is it an aligner XLSX report?)")
    info = {}
    if REPORT_SHEET in wb.sheetnames:
        for row in wb[REPORT_SHEET].iter_rows(values_only=True):
            if row and isinstance(row[0], str) and len(row) > 1:
                info[row[0]] = row[1]
    rows = wb["Findings"].iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    missing = [c for c in ("fingerprint", "verdict") if c not in header]
    if missing:
        raise InputError(f"decisions {name}: the 'Findings' sheet has no {missing[0]!r} column "
                         "(write the report again with this version of aligner)")
    col = {h: i for i, h in enumerate(header)}
    modified = wb.properties.modified
    when = modified.replace(tzinfo=timezone.utc).isoformat().replace("+00:00", "Z") if modified else now_iso()
    out = []
    for n, row in enumerate(rows, 2):
        get = (lambda key: row[col[key]] if key in col and col[key] < len(row) else None)
        if get("verdict") in (None, ""):
            continue
        span = get("target_span") or get("source_span")
        raw = {"fingerprint": get("fingerprint"), "verdict": get("verdict"), "note": get("note"),
               "reviewer": get("reviewer") or wb.properties.lastModifiedBy or "", "time": when,
               "code": get("code"), "severity": get("severity"), "message": get("message"), "excerpt": span}
        out.append(_decision(raw, f"decisions {name}: row {n}"))
    wb.close()
    return DecisionSet(out, info.get("source") or None, info.get("target") or None,
                       info.get("source_sha256") or None, info.get("target_sha256") or None, name)


def parse_decisions_csv(data: bytes, name: str) -> DecisionSet:
    """The decisions of a filled CSV report (``check -f csv``: rows whose ``verdict`` cell is
    set), as a spreadsheet saves it again: comma, semicolon or tab separated, with or without
    the BOM.  A CSV report does not name the pair it reviews (its decisions apply to any
    pair they are given with; ``baseline import`` needs the JSON or XLSX file)."""
    import csv
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"decisions {name}: not UTF-8 text ({exc}); save the CSV as UTF-8") from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in next(rows, [])]
    missing = [c for c in ("fingerprint", "verdict") if c not in header]
    if missing:
        raise InputError(f"decisions {name}: the CSV has no {missing[0]!r} column "
                         "(write the report again with this version of aligner: check -f csv)")
    col = {h: i for i, h in enumerate(header)}
    out = []
    for n, row in enumerate(rows, 2):
        get = (lambda key: _csv_value(row[col[key]]) if key in col and col[key] < len(row) else None)
        if not (get("verdict") or "").strip():
            continue
        raw = {"fingerprint": get("fingerprint"), "verdict": get("verdict"), "note": get("note"),
               "reviewer": get("reviewer") or "", "time": now_iso(), "code": get("code"),
               "severity": get("severity"), "message": get("message"),
               "excerpt": get("target_span") or get("source_span")}
        out.append(_decision(raw, f"decisions {name}: row {n}"))
    return DecisionSet(out, origin=name)


def _csv_value(cell: str) -> Optional[str]:
    """A CSV cell as the report wrote it: "" is no value; a text the report protected against
    formula injection ("'=…") gets its own first character back."""
    if cell == "":
        return None
    if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell


def load_decisions(path) -> DecisionSet:
    """Read an ``aligner.decisions/1`` JSON file, a filled XLSX report or a filled CSV report."""
    from ..text.reading import read_bytes_checked
    data = read_bytes_checked(path, what="decisions")
    if data[:4] == b"PK\x03\x04":
        return parse_decisions_xlsx(data, str(path))
    head = data[:4096].decode("utf-8-sig", "replace").lstrip()
    if Path(path).suffix.lower() in (".csv", ".tsv") or \
            (not head.startswith("{") and "fingerprint" in head.split("\n", 1)[0]):
        return parse_decisions_csv(data, str(path))
    return parse_decisions_json(data, str(path))


def load_decision_sets(paths) -> list[DecisionSet]:
    """The decision files ``paths`` (one path or several), each read once per process (as long
    as it is unchanged): an audit applies them to each of its pairs."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = []
    for p in paths:
        try:
            st = Path(p).stat()
            key = (str(Path(p).resolve()), st.st_mtime_ns, st.st_size)
        except OSError:
            key = None
        if key is None or key not in _LOADED:
            ds = load_decisions(p)
            if key is None:
                out.append(ds)
                continue
            if len(_LOADED) > 64:
                _LOADED.clear()
            _LOADED[key] = ds
        out.append(_LOADED[key])
    return out


_LOADED: dict = {}


def decisions_for(result, sets: list[DecisionSet]) -> Optional[DecisionSet]:
    """The decisions of ``sets`` that review the pair of ``result``: those of a set whose
    recorded target (and source, when recorded) is this pair's file, compared as paths from
    the current folder or the decision file's folder; a set that names no pair (a CSV report)
    applies to every pair.  None when no set applies."""
    from ..baseline import _same_file
    picked = []
    for ds in sets:
        if ds.target:
            bases = (Path.cwd(), Path(ds.origin).parent) if ds.origin else (Path.cwd(),)
            if not _same_file(ds.target, result.target.path, bases) or \
                    (ds.source and not _same_file(ds.source, result.source.path, bases)):
                continue
        picked.append(ds)
    if not picked:
        return None
    if len(picked) == 1:
        return picked[0]
    return DecisionSet([d for ds in picked for d in ds.decisions], picked[0].source, picked[0].target,
                       origin=", ".join(ds.origin for ds in picked))


# --------------------------------------------------------------------------- applying

@dataclass
class DecisionOutcome:
    """What :func:`apply_decisions` did: the findings left and, aligned with them, the verdict
    each one got (None: not reviewed)."""
    kept: list
    verdicts: list[Optional[str]]
    hidden: dict[str, int] = field(default_factory=dict)
    unmatched: int = 0

    def stats(self, path: str) -> dict:
        confirmed = sum(v == "real-error" for v in self.verdicts)
        return {"path": path, "hidden_false_alarms": self.hidden.get("false-alarm", 0),
                "hidden_accepted": self.hidden.get("accepted", 0), "confirmed": confirmed,
                "unreviewed": sum(v is None for v in self.verdicts), "unmatched": self.unmatched}


def apply_decisions(result, ds: DecisionSet) -> DecisionOutcome:
    """Hide the findings of ``result`` judged false alarms or accepted; keep the others, each
    with its verdict.  ``result.findings`` and ``result.stats["decisions"]`` are updated."""
    from ..baseline import fingerprint
    pending: dict[str, deque] = defaultdict(deque)
    for d in ds.decisions:
        pending[d.fingerprint].append(d)
    kept, verdicts, hidden = [], [], Counter()
    for f in result.findings:
        queue = pending.get(fingerprint(f, result))
        d = queue.popleft() if queue else None
        if d is not None and d.verdict in HIDDEN:
            hidden[d.verdict] += 1
            continue
        kept.append(f)
        verdicts.append(d.verdict if d is not None else None)
    outcome = DecisionOutcome(kept, verdicts, dict(hidden), sum(len(q) for q in pending.values()))
    result.findings = kept
    result.stats["decisions"] = outcome.stats(ds.origin)
    return outcome


def judge_again(result, new: list, ds: DecisionSet) -> tuple[list, list, int]:
    """Decisions for findings added to a result already judged by :func:`apply_decisions`
    (an audit's cross-file findings): ``new`` are judged as any finding; the result's own
    findings get their verdicts again for the scorecard (only real errors can be left on
    them: a false alarm or accepted one was hidden, in the same order, the first time).
    ``result.findings`` is left as it is; ``result.stats["decisions"]`` is updated.
    Returns (the new findings kept, the verdicts of own + kept, how many were hidden)."""
    from ..baseline import fingerprint
    pending: dict[str, deque] = defaultdict(deque)
    real: dict[str, deque] = defaultdict(deque)
    for d in ds.decisions:
        pending[d.fingerprint].append(d)
        if d.verdict == "real-error":
            real[d.fingerprint].append(d)
    verdicts = []
    for f in result.findings:
        q = real.get(fingerprint(f, result))
        verdicts.append(q.popleft().verdict if q else None)
    kept, hidden, matched = [], Counter(), 0
    for f in new:
        q = pending.get(fingerprint(f, result))
        d = q.popleft() if q else None
        matched += d is not None
        if d is not None and d.verdict in HIDDEN:
            hidden[d.verdict] += 1
            continue
        kept.append(f)
        verdicts.append(d.verdict if d is not None else None)
    before = result.stats.get("decisions") or {}
    stats = DecisionOutcome(kept, verdicts).stats(ds.origin)
    stats["hidden_false_alarms"] = before.get("hidden_false_alarms", 0) + hidden.get("false-alarm", 0)
    stats["hidden_accepted"] = before.get("hidden_accepted", 0) + hidden.get("accepted", 0)
    stats["unmatched"] = max(before.get("unmatched", len(ds.decisions)) - matched, 0)
    result.stats["decisions"] = stats
    return kept, verdicts, sum(hidden.values())


# --------------------------------------------------------------------------- importing

@dataclass
class ImportOutcome:
    config_path: Path
    baseline_path: Optional[Path]
    suppressions_added: int
    baseline_added: int
    real_errors: int
    config_created: bool = False


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, plus DEL, which TOML wants escaped)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


def _pair_paths(ds: DecisionSet) -> tuple[Path, Path]:
    if not ds.target or not ds.source:
        raise InputError(f"decisions {ds.origin}: the file does not name the document pair it reviews")
    src, tgt = Path(ds.source), Path(ds.target)
    for p in (src, tgt):
        if not p.is_file():
            raise InputError(f"decisions {ds.origin}: reviewed file {p} not found from {Path.cwd()} "
                             "(run the import in the folder where the report was made)")
    return src, tgt


def _config_target(src: Path, explicit: Optional[Path]) -> tuple[Path, str, bool]:
    """The configuration file to write to, the key prefix of its table, and whether it is new."""
    from ..config import _read_toml, find_config
    if explicit is not None:
        path = Path(explicit)
    else:
        found = find_config(src.parent)
        if found is not None:
            path = found[0]
        else:
            cwd = Path.cwd().resolve()
            path = (cwd if cwd in (src.resolve().parent, *src.resolve().parents) else src.resolve().parent) / "aligner.toml"
    if not path.exists():
        return path, "tool.aligner." if path.name == "pyproject.toml" else "", True
    data = _read_toml(path)
    uses_tool = path.name == "pyproject.toml" or isinstance((data.get("tool") or {}).get("aligner"), dict)
    return path, "tool.aligner." if uses_tool else "", False


def _relative(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def _insert_key(text: str, prefix: str, line: str, config_path: Path) -> str:
    """``text`` with the top-level ``line`` (``key = value``) added to its aligner table."""
    if not prefix:
        return line + "\n" + text
    m = re.search(r"(?m)^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*aligner[ \t]*\][ \t]*(#.*)?$", text)
    if m is None:
        raise InputError(f"{config_path}: no [tool.aligner] table header to add `{line}` under; "
                         "add it by hand or pass --baseline")
    return text[:m.end()] + "\n" + line + text[m.end():]


def import_decisions(ds: DecisionSet, *, config_file: Optional[Path] = None,
                     baseline: Optional[Path] = None) -> ImportOutcome:
    """Write the false alarms of ``ds`` into the configuration as fingerprint suppressions and
    its accepted findings into the baseline (see the module doc).  Every file is validated
    before it is replaced, atomically; nothing is written when anything fails."""
    from ..baseline import BASELINE_SCHEMA, _display_path, load_baseline
    from ..config import _read_toml, _table, _validate
    from ..output import atomic_write
    from .. import __version__

    src, tgt = _pair_paths(ds)
    config_path, prefix, created = _config_target(src, config_file)
    text = ("[tool.aligner]\n" if prefix else "") if created else config_path.read_text(encoding="utf-8")
    table = {} if created else (_table(config_path, _read_toml(config_path), required=True) or {})
    base_dir = config_path.resolve().parent
    target_rel = _relative(tgt, base_dir)

    # false alarms → [[ignore]] entries with the finding's fingerprint
    existing = {(e.get("fingerprint"), e.get("path")) for e in table.get("ignore") or [] if isinstance(e, dict)}
    blocks, added = [], 0
    for d in ds.decisions:
        if d.verdict != "false-alarm" or (d.fingerprint, target_rel) in existing:
            continue
        existing.add((d.fingerprint, target_rel))
        if not d.code:
            raise InputError(f"decisions {ds.origin}: the false alarm {d.fingerprint} does not name its code")
        who = ", ".join(x for x in (d.reviewer, d.time) if x)
        excerpt = " ".join((d.excerpt or "").split())[:80]
        reason = " ".join(d.note.split()) or "a reviewer judged this finding a false alarm"
        comment = f"false alarm{' (' + who + ')' if who else ''}: {d.code} {excerpt}"
        blocks.append("\n".join([
            "# " + " ".join(_CONTROL.sub(" ", comment).split()),
            f"[[{prefix}ignore]]",
            f"code = {_toml_string(d.code)}",
            f"fingerprint = {_toml_string(d.fingerprint)}",
            f"path = {_toml_string(target_rel)}",
            f"reason = {_toml_string(reason)}"]))
        added += 1

    # accepted → baseline entries
    accepted = [d for d in ds.decisions if d.verdict == "accepted"]
    baseline_path = None
    new_text = text
    if accepted:
        if baseline is not None:
            baseline_path = Path(baseline)
        elif table.get("baseline"):
            baseline_path = (base_dir / table["baseline"]).resolve()
        else:
            baseline_path = base_dir / "aligner-baseline.json"
            new_text = _insert_key(new_text, prefix, 'baseline = "aligner-baseline.json"', config_path)
    if blocks:
        new_text = new_text + ("" if not new_text or new_text.endswith("\n") else "\n") + "\n" + "\n\n".join(blocks) + "\n"
    if new_text != text:
        import tomllib
        try:
            parsed = tomllib.loads(new_text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{config_path}: cannot add the suppressions ({exc}); nothing written "
                             "(is `ignore` written as an inline array? use [[tool.aligner.ignore]] tables)") from None
        _validate(_table(config_path, parsed, required=True) or {}, config_path)

    baseline_added, baseline_content = 0, None
    if accepted:
        entries = load_baseline(baseline_path) if baseline_path.is_file() else []
        s_disp, t_disp = _display_path(str(src)), _display_path(str(tgt))
        have = Counter(e["fingerprint"] for e in entries if e.get("target") == t_disp)
        want = Counter(d.fingerprint for d in accepted)
        for d in accepted:
            if have[d.fingerprint] >= want[d.fingerprint]:
                continue
            have[d.fingerprint] += 1
            entries.append({"fingerprint": d.fingerprint, "code": d.code, "severity": d.severity,
                            "message": d.message, "excerpt": d.excerpt, "source": s_disp, "target": t_disp,
                            "accepted_by": d.reviewer or None, "note": d.note or None})
            baseline_added += 1
        baseline_content = json.dumps({"schema": BASELINE_SCHEMA, "tool": {"name": "aligner", "version": __version__},
                                       "findings": entries}, ensure_ascii=False, indent=2) + "\n"
    if new_text != text:
        atomic_write(config_path, new_text)
    if baseline_content is not None and baseline_added:
        atomic_write(baseline_path, baseline_content)
    return ImportOutcome(config_path, baseline_path, added, baseline_added,
                         sum(d.verdict == "real-error" for d in ds.decisions), created and new_text != text)
