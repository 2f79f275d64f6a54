"""Consistency across the files of an audit (Xbench's inconsistency checks over a project).

Computed after every pair of an audit has been checked, from the units of each localization
pair (key files, PO, XLIFF, TMX, Android; documents have no units):

- ``CONSIST-SOURCE``: one English text translated one way in one file and another way in
  another file: each minority rendering is reported, pointing at the majority one;
- ``CONSIST-TARGET``: two different English texts in two files sharing one translation.

Within one file the checks of :mod:`aligner.checks.units` already report both; here only the
pairs of units in *different* files are.  The same normalisation is used (letter variants,
Pashto and Latin punctuation folded; the source compared with its plural form and
``msgctxt``), so a unit is judged the same way within a file and across files.

Memory stays bounded by the number of distinct units, not their texts: each pair's units are
read once and written to ``consistency.jsonl`` in the report folder (one line per pair: the
64-bit hashes of the normalised texts, the unit's id and position, the texts shortened to
:data:`QUOTE` characters); grouping then streams that file keeping only the hashes and a
(pair, unit) number per unit, and a second pass reads back the texts of the units a finding
names.  ``aligner audit merge`` concatenates the shards' files and computes the same findings
a single run would.  The findings belong to the affected pairs as their own findings do: each
such pair's checked result is rebuilt from its JSON report and its files (no encoder; one
pair at a time), the findings go through the pair's gate (``[[ignore]]`` by fingerprint, the
baseline, the reviewer's decisions) and every report format of the pair is rendered again
(marked ``"scope": "audit"`` with ``other`` in JSON and SARIF, replacing an earlier run's);
the index lists them (``consistency``)."""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional

from ..output import atomic_write

#: the digest file of an audit's units, in the report folder
DIGEST = "consistency.jsonl"
#: characters of each text kept in the digest (messages quote at most 60)
QUOTE = 200
CODES = ("CONSIST-SOURCE", "CONSIST-TARGET")


def _h(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def digest_units(units, checked) -> list[list]:
    """One digest row per checked unit with a translation: [source key hash or "", target
    hash, loose source hash, target-has-words, keyed, id, unit ref, source, target, loose
    source] (hashes of the normalised texts; "" when the text has no words to compare)."""
    from ..checks.placeholders import analyse
    from ..checks.units import _has_words, _loose, _norm, _plain
    rows = []
    for u in checked:
        if not (u.target or "").strip():
            continue
        syn = tuple(u.syntaxes or units.syntaxes or ())
        src, tgt = analyse(u.source, syn), analyse(u.target, syn)
        skey = json.dumps([u.source.strip(), u.plural, u.context], ensure_ascii=False) \
            if _has_words(u.source, src) else ""
        loose = _loose(_plain(u.source, src, "x"))
        plain_t = _plain(u.target, tgt, "x", " ")
        rows.append([_h(skey) if skey else "", _h(_norm(u.target)), _h(loose), _has_words(u.target, tgt),
                     u.key is not None, u.ref(), u.source[:QUOTE], u.target[:QUOTE], loose[:QUOTE], plain_t[:QUOTE]])
    return rows


def pair_digest(spec, config: dict, base: Optional[Path] = None) -> Optional[dict]:
    """The digest line of one audit pair (None for a document pair or one that cannot be read:
    its own check reports why)."""
    from ..errors import AlignerError
    from ..formats import detect_format, read_units
    from ..keyed import select_units
    from .pair import _display
    try:
        if detect_format(spec.source, spec.input_format) is None:
            return None
        units = read_units(spec.source, spec.target, input_format=spec.input_format)
        checked, _ = select_units(units, bool(config.get("include_untranslated")))
    except (AlignerError, OSError, ValueError):
        return None
    except Exception:                         # its own check read it; a reader bug must not end the audit
        return None
    return {"name": spec.name, "file": _display(spec.target if spec.target is not None else spec.source, base),
            "paths": [str(Path(p).resolve()) for p in spec.paths], "input_format": spec.input_format,
            "units": digest_units(units, checked)}


def write_digest(out_dir: Path, lines: Iterable[dict]) -> Path:
    """``consistency.jsonl`` from the pairs' digest lines, given in pair-name order and written
    one at a time (never all in memory), atomically; no file when there is no line."""
    import os
    import tempfile
    path = Path(out_dir) / DIGEST
    fd, tmp = tempfile.mkstemp(prefix=f".{DIGEST}.", suffix=".tmp", dir=path.parent)
    written = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for d in lines:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
                written += 1
        if written:
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        else:                                         # no localization pair: no digest (none stale)
            os.unlink(tmp)
            path.unlink(missing_ok=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_digest(path: Path) -> Iterable[dict]:
    """The digest lines of ``path`` (nothing when it does not exist); a damaged line is one
    :class:`InputError` naming the file and the line."""
    from ..errors import InputError
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                    if not isinstance(d, dict) or not isinstance(d.get("name"), str) or \
                            not isinstance(d.get("units"), list):
                        raise ValueError("not a digest line")
                except ValueError as exc:
                    raise InputError(f"{path}:{n}: damaged consistency digest ({exc})") from None
                yield d
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the consistency digest ({exc})") from None


def _where(file: str, ref: dict) -> str:
    """The other unit, for a message: ``file (id, line L, column C)``."""
    pos = [f"line {ref['line']}" if ref.get("line") else "", f"column {ref['column']}" if ref.get("column") else ""]
    return f"{file} ({', '.join([str(ref.get('id'))] + [p for p in pos if p])})"


def _quote(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def find(path: Path, config: Optional[dict] = None) -> list[dict]:
    """The cross-file findings of the digest at ``path``, as JSON report findings with
    ``pair`` (the audit pair they belong to) and ``other`` (the other file's pair, file and
    unit).  Deterministic: pairs in name order, units in file order; the majority rendering
    wins, ties by first occurrence."""
    from ..checks.codes import code_matches
    from ..checks.units import spelt_alike
    config = config or {}
    disabled = [c.upper() for c in config.get("disable", [])]
    selected = [c.upper() for c in config.get("select", [])]
    wanted = [c for c in CODES if not (code_matches(c, disabled) or (selected and not code_matches(c, selected)))]
    if not wanted:
        return []
    # pass 1: hashes only — (pair number, unit number) per unit
    by_source: dict = defaultdict(list)        # source key → [(target hash, ref)]
    by_target: dict = defaultdict(list)        # target hash → [(loose source hash, ref)]
    names: list[str] = []
    for p, d in enumerate(read_digest(path)):
        names.append(d["name"])
        for k, row in enumerate(d["units"]):
            skey, thash, lhash, twords = row[0], int(row[1], 16), int(row[2], 16), row[3]
            if skey:
                by_source[int(skey, 16)].append((thash, p, k))
            if twords:
                by_target[thash].append((lhash, p, k))
    wanted_refs: set = set()
    raw: list[tuple] = []
    if "CONSIST-SOURCE" in wanted:
        for members in by_source.values():
            if len({p for _, p, _ in members}) < 2 or len({t for t, _, _ in members}) < 2:
                continue
            counts = Counter(t for t, _, _ in members)
            top = max(counts, key=lambda t: (counts[t], -min(i for i, m in enumerate(members) if m[0] == t)))
            model = next(m for m in members if m[0] == top)
            for t, p, k in members:
                if t != top and p != model[1]:
                    raw.append(("CONSIST-SOURCE", (p, k), model[1:], counts[top]))
                    wanted_refs.update({(p, k), model[1:]})
    if "CONSIST-TARGET" in wanted:
        for members in by_target.values():
            if len({p for _, p, _ in members}) < 2 or len({s for s, _, _ in members}) < 2:
                continue
            raw.append(("CONSIST-TARGET", members, None, 0))
            wanted_refs.update((p, k) for _, p, k in members)
    if not raw:
        return []
    # pass 2: the rows of the units the findings name
    rows: dict = {}
    files: dict = {}
    paths: dict = {}
    for p, d in enumerate(read_digest(path)):
        files[p] = d["file"]
        paths[p] = d.get("paths") or []
        for k, row in enumerate(d["units"]):
            if (p, k) in wanted_refs:
                rows[(p, k)] = row
    out = []
    for code, a, b, n in raw:
        if code == "CONSIST-SOURCE":
            r, m = rows[a], rows[b]
            spelling = spelt_alike(r[9], m[9])
            info = r[4] and m[4] and not spelling
            msg = (f"«{_quote(r[6])}» is translated «{_quote(r[7])}» here but «{_quote(m[7])}» in "
                   f"{_where(files[b[0]], m[5])}" + (f" and {n - 1} more" if n > 1 else "")
                   + (": one word spelt two ways" if spelling else ""))
            out.append(_finding(code, "info" if info else "warning", msg, names[a[0]], r, files[b[0]], names[b[0]], m,
                                source_value=m[7], target_value=r[7]))
            continue
        # CONSIST-TARGET: the first source (in pair and unit order) against each other one in another file
        sources: dict = {}
        for lhash, p, k in a:
            loose = rows[(p, k)][8]
            if any(o.startswith(loose) or loose.startswith(o) for o in sources):
                continue                      # an abbreviation and its word (Sun/Sunday)
            sources[loose] = (p, k)
        refs = list(sources.values())
        first = refs[0]
        for ref in refs[1:]:
            if ref[0] == first[0]:
                continue                      # within one file: its own check reports it
            r, f0 = rows[ref], rows[first]
            msg = (f"«{_quote(r[7])}» translates «{_quote(r[6])}» here and «{_quote(f0[6])}» in "
                   f"{_where(files[first[0]], f0[5])}: one of them may be a different meaning")
            out.append(_finding(code, "info", msg, names[ref[0]], r, files[first[0]], names[first[0]], f0,
                                source_value=f0[6], target_value=r[7]))
    by_name = {names[p]: ps for p, ps in paths.items()}
    return configured(out, config, by_name)


def configured(findings: list[dict], config: dict, paths: dict) -> list[dict]:
    """The configuration's ``severity`` overrides (code or prefix → level or "off") and its
    ``[[tool.aligner.ignore]]`` entries (``code``, ``path`` glob over the pair's files relative
    to the configuration, ``text`` in the message or values; an entry with a ``fingerprint``
    names one finding of a pair's own check, not these) applied to cross-file findings, as
    ``check`` applies them to a pair's own."""
    import fnmatch

    from ..baseline import _norm as folded
    from ..checks.codes import code_matches
    from ..model import SEVERITIES
    overrides = {k.upper(): v for k, v in (config.get("severity") or {}).items()}
    out = []
    for f in findings:
        sev = overrides.get(f["code"]) or next((v for k, v in overrides.items() if code_matches(f["code"], [k])), None)
        if sev == "off":
            continue
        if sev in SEVERITIES:
            f["severity"] = sev
        if any(_ignored(e, f, paths.get(f["pair"]) or [], fnmatch, folded, code_matches)
               for e in config.get("ignore") or []):
            continue
        out.append(f)
    return out


def _ignored(entry: dict, f: dict, paths: list, fnmatch, folded, code_matches) -> bool:
    if not code_matches(f["code"], [entry.get("code", "")]) or entry.get("fingerprint"):
        return False
    if entry.get("path"):
        base = Path(entry.get("base") or ".").resolve()
        names = []
        for p in paths:
            try:
                names.append(Path(p).relative_to(base).as_posix())
            except ValueError:
                names.append(Path(p).as_posix())
        if not any(fnmatch.fnmatch(n, entry["path"]) for n in names):
            return False
    if entry.get("text"):
        needle = folded(entry["text"])
        hay = [f["message"], str(f.get("source_value") or ""), str(f.get("target_value") or "")]
        if not any(needle in folded(h) for h in hay):
            return False
    return True


def _finding(code, severity, message, pair, row, other_file, other_pair, other_row, **values) -> dict:
    return {"code": code, "category": "mistranslation", "severity": severity, "message": message,
            "source": None, "target": None, "bead": None, "confidence": None, "suggestion": None,
            "unit": row[5], "scope": "audit", "pair": pair,
            "other": {"pair": other_pair, "file": other_file, "unit": other_row[5]}, **values}


def apply(out_dir: Path, documents: list[dict], findings: list[dict], config: Optional[dict] = None,
          digest: Optional[Path] = None) -> dict:
    """Write ``findings`` into the reports of their pairs (replacing an earlier run's
    audit-scope findings, and removing them from pairs that have none now) and update those
    pairs' index entries (counts, codes, LQA).  Returns the index's ``consistency`` section.

    Each affected pair's result is rebuilt from its JSON report and its files (read again, one
    pair at a time; see :func:`rebuild`), the findings go through the pair's gate as its own
    did (``[[ignore]]`` entries by fingerprint, the baseline, the reviewer's decisions), and
    every report format of the pair is rendered again.  When the files changed since or
    cannot be read, only the JSON report and the SARIF log get the findings, as they are."""
    from .options import OK
    from .pair import summarize_report
    config = config or {}
    by_pair: dict = defaultdict(list)
    for f in findings:
        by_pair[f["pair"]].append({k: v for k, v in f.items() if k != "pair"})
    candidates = {d["name"] for d in documents if d.get("status") == OK and (d["name"] in by_pair or any(
        c.startswith("CONSIST-") for c in d.get("codes") or {}))}
    files = _pair_files(digest, candidates) if digest is not None else {}
    reported: list[dict] = []
    for doc in documents:
        name = (doc.get("reports") or {}).get("json")
        mine = by_pair.get(doc["name"], [])
        if doc.get("status") != OK or not name:
            continue
        doc["consistency"] = len(mine)            # across files: the same in a whole run and a merge
        if doc["name"] not in candidates:
            continue
        path = Path(out_dir) / name
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        kept = [f for f in report.get("findings", []) if f.get("scope") != "audit"]
        if len(kept) == len(report.get("findings", [])) and not mine:
            continue
        new = _rerender(Path(out_dir), doc, report, kept, mine, config, files.get(doc["name"]))
        if new is None:                           # files changed or unreadable: JSON and SARIF only
            report["findings"] = kept + mine
            sarif = (doc.get("reports") or {}).get("sarif")
            if sarif:                             # the CI report: written before the JSON one
                _sarif(Path(out_dir) / sarif, mine)
            atomic_write(path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
            shown = [dict(f, pair=doc["name"]) for f in mine]
        else:
            report, shown = new
        reported.extend(shown)
        doc["consistency"] = len(shown)
        summary = summarize_report(report)
        doc["counts"], doc["codes"], doc["lqa"] = summary["counts"], summary["codes"], summary["lqa"]
    reported.sort(key=lambda f: (f["pair"], f["unit"].get("line") or 0, f["unit"].get("column") or 0, f["code"]))
    return {"findings": reported, "counts": dict(Counter(f["code"] for f in reported))}


def _pair_files(digest: Path, names: set) -> dict:
    """name → (paths, input format) of the digest's pairs among ``names`` (streamed)."""
    out = {}
    if names:
        for d in read_digest(digest):
            if d["name"] in names:
                out[d["name"]] = (list(d.get("paths") or []), d.get("input_format"))
    return out


# --- the affected pairs' reports, rendered again ---------------------------------------------

def rebuild(report: dict, config: dict, paths: Optional[list] = None, input_format: Optional[str] = None):
    """The checked result of a localization pair rebuilt from its JSON report and its files,
    without the encoder: the units read again and laid out as the check laid them out
    (:func:`aligner.keyed.unit_documents`), the beads and findings from the report.  None when
    the files are not those the report was made from (sha256, sentences) or cannot be read."""
    from ..formats import read_units
    from ..keyed import select_units, unit_documents
    from ..model import AlignmentResult, Bead
    block = report.get("units")
    if not isinstance(block, dict):
        return None
    tries = [(block.get("source_path"), block.get("target_path"), block.get("format"))]
    if paths:
        tries.append((paths[0], paths[1] if len(paths) > 1 else None, input_format))
    for src_path, tgt_path, fmt in tries:
        if not src_path:
            continue
        try:
            units = read_units(src_path, tgt_path, input_format=fmt)
            checked, _ = select_units(units, bool(config.get("include_untranslated")))
            src, tgt, _pairs = unit_documents(units, checked)
        except Exception:                     # changed, moved, unreadable: the fallback
            continue
        if not _same(report, src, tgt, len(checked)):
            continue
        src.path, tgt.path = (report.get("source") or {}).get("path"), (report.get("target") or {}).get("path")
        beads = [Bead(tuple(b["source"]), tuple(b["target"]), b["score"], b.get("similarity"))
                 for b in report.get("alignment", [])]
        model = report.get("model") or {}
        result = AlignmentResult(src, tgt, beads, model_name=model.get("name"), backend=model.get("backend"),
                                 findings=[_finding_of(f) for f in report.get("findings", [])],
                                 stats={k: v for k, v in (report.get("stats") or {}).items()})
        result.units, result.unit_beads = units, checked
        return result
    return None


def _same(report: dict, src, tgt, n: int) -> bool:
    if (report.get("source") or {}).get("sha256") != src.sha256 or \
            (report.get("target") or {}).get("sha256") != tgt.sha256 or len(report.get("alignment", [])) != n:
        return False
    sents = report.get("sentences") or {}
    for doc, side in ((src, "source"), (tgt, "target")):
        rows = sents.get(side) or []
        if len(rows) != len(doc.sentences) or any(
                doc.text[r["start"]:r["end"]] != r["text"] for r in rows):
            return False
    return True


def _span(d):
    from ..model import Span
    return Span(d["start"], d["end"], d["text"]) if isinstance(d, dict) else None


def _finding_of(d: dict):
    from ..model import Finding
    return Finding(d["code"], d.get("category") or "", d["severity"], d["message"], source=_span(d.get("source")),
                   target=_span(d.get("target")), source_value=d.get("source_value"),
                   target_value=d.get("target_value"), bead=d.get("bead"), confidence=d.get("confidence"),
                   unit=d.get("unit"), suggestion=d.get("suggestion"))


def _placed(result, found: list[dict]) -> list[tuple]:
    """Cross-file findings as :class:`~aligner.model.Finding` on their unit's bead: the unit's
    whole source and target texts as spans (as the in-file consistency checks mark them)."""
    from ..keyed import SEPARATOR
    from ..model import Finding, Span
    at, spos, tpos = {}, 0, 0
    for k, u in enumerate(result.unit_beads):
        at[json.dumps(u.ref(), sort_keys=True)] = (k, spos, tpos)
        spos += len(u.source) + len(SEPARATOR)
        tpos += len(u.target or "") + len(SEPARATOR)
    out = []
    for f in found:
        where = at.get(_unit_key(f))
        if where is None:
            continue
        k, a, b = where
        u = result.unit_beads[k]
        out.append((Finding(f["code"], f["category"], f["severity"], f["message"],
                           source=Span(a, a + len(u.source), u.source),
                           target=Span(b, b + len(u.target or ""), u.target or ""),
                           source_value=f.get("source_value"), target_value=f.get("target_value"), bead=k,
                           unit=f["unit"], suggestion=None), f))
    return out


def _undo(stats: dict) -> None:
    """Take an earlier run's cross-file counts out of a report's stats (see :func:`_gate`)."""
    done = stats.pop("consistency", None) or {}
    if done.get("ignored") and isinstance(stats.get("suppressed"), dict):
        stats["suppressed"]["config"] = stats["suppressed"].get("config", 0) - done["ignored"]
    if done.get("baseline") and isinstance(stats.get("baseline"), dict):
        stats["baseline"]["suppressed"] -= done["baseline"]
        stats["baseline"]["fixed"] += done["baseline"]


def _gate_config(config: dict, stats: dict) -> dict:
    """``config`` with the baseline and decision files the pair's own check used, from its
    report when the configuration does not name them (``audit merge``: the shards' settings
    keep the files' checksums, not their roles)."""
    out = dict(config)
    if not out.get("baseline") and isinstance(stats.get("baseline"), dict) and stats["baseline"].get("path"):
        out["baseline"] = stats["baseline"]["path"]
    if not out.get("decisions") and isinstance(stats.get("decisions"), dict) and stats["decisions"].get("path"):
        path = stats["decisions"]["path"]
        out["decisions"] = [path] if Path(path).exists() else path.split(", ")
    return out


def _gate(result, new: list, config: dict) -> tuple[list, Optional[list]]:
    """The pair's gate for its cross-file findings ``new``, after :func:`configured`: the
    ``[[ignore]]`` entries that name a finding by fingerprint, the baseline, the reviewer's
    decisions (which also give the pair's own findings their verdicts again, for the LQA
    scorecard).  Returns the findings left and the verdicts of all (None: no decisions)."""
    from ..baseline import _ignore_matches, apply_baseline
    done = {"reported": 0, "ignored": 0, "baseline": 0}
    entries = [e for e in config.get("ignore") or [] if e.get("fingerprint")]
    left = [f for f in new if not any(_ignore_matches(e, f, result) for e in entries)]
    done["ignored"] = len(new) - len(left)
    if done["ignored"]:
        result.stats.setdefault("suppressed", {"inline": 0, "config": 0})
        result.stats["suppressed"]["config"] = result.stats["suppressed"].get("config", 0) + done["ignored"]
    if config.get("baseline") and left:
        outcome = apply_baseline(left, config["baseline"], result)
        done["baseline"] = outcome.suppressed
        left = outcome.new
        b = result.stats.get("baseline")
        if isinstance(b, dict):
            b["suppressed"] += outcome.suppressed
            b["fixed"] = max(b["fixed"] - outcome.suppressed, 0)
    verdicts = None
    if config.get("decisions"):
        from ..review.decisions import decisions_for, judge_again, load_decision_sets
        ds = decisions_for(result, load_decision_sets(config["decisions"]))
        if ds is not None:
            left, verdicts, hidden = judge_again(result, left, ds)
            done["decisions"] = hidden
    done["reported"] = len(left)
    if any(done.values()):                   # nothing across files: the report a pair's check alone gives
        result.stats["consistency"] = done
    return left, verdicts


def _rerender(out_dir: Path, doc: dict, report: dict, own: list, mine: list, config: dict, files):
    """Render every report of the pair again with its cross-file findings ``mine`` (JSON
    last); (the new JSON report, the findings shown, each with ``pair``), or None when the
    result cannot be rebuilt."""
    from ..checks.confidence import score_findings
    from ..report import render, report_dict
    from ..review.lqa import attach
    from .options import report_name
    from .pair import _json_default
    report = dict(report, findings=own)
    stats = dict(report.get("stats") or {})
    _undo(stats)
    report["stats"] = stats
    paths, fmt = files if files else (None, None)
    result = rebuild(report, config, paths, fmt)
    if result is None:
        return None
    pairs = _placed(result, mine)
    placed = [p for p, _ in pairs]
    extra = {id(p): m for p, m in pairs}
    score_findings(placed, result, derive=False)
    left, verdicts = _gate(result, placed, _gate_config(config, stats))
    result.findings = result.findings + left
    attach(result, config, verdicts)
    kinds = [extra.get(id(f)) for f in result.findings]
    files_out: dict = {}
    new_report = None
    for fmt_name, name in sorted((doc.get("reports") or {}).items(), key=lambda kv: kv[0] == "json"):
        if fmt_name == "json":
            new_report = report_dict(result)
            if isinstance(report.get("units"), dict):
                new_report["units"] = report["units"]
            for f, k in zip(new_report["findings"], kinds):
                if k is not None:
                    f.update(scope="audit", other=k["other"])
            content = json.dumps(new_report, ensure_ascii=False, indent=2, default=_json_default) + "\n"
        else:
            try:
                content = render(result, fmt_name)
            except Exception:               # a broken renderer keeps the pair's earlier report
                continue
            if fmt_name == "sarif":
                content = _tag_sarif(content, kinds)
        files_out[report_name(doc["stem"], fmt_name) if doc.get("stem") else name] = content
    for name, content in files_out.items():
        atomic_write(out_dir / name, content)
    shown = [dict(new_report["findings"][k], pair=doc["name"]) for k, kind in enumerate(kinds) if kind is not None]
    return new_report, shown


def _unit_key(f: dict) -> str:
    return json.dumps(f["unit"], sort_keys=True)


def _tag_sarif(content: str, kinds: list) -> str:
    """Mark the cross-file results of a rendered SARIF log (``properties.scope`` "audit",
    ``properties.other``); results follow the findings' order."""
    log = json.loads(content)
    for r, k in zip(log["runs"][0].get("results", []), kinds):
        if k is not None:
            r.setdefault("properties", {}).update(scope="audit", other=k["other"])
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _sarif(path: Path, findings: list[dict]) -> None:
    """Replace the audit-scope results of a pair's SARIF log with ``findings``: each located
    on the pair's Pashto file at its unit's line and column (``properties.scope`` "audit")."""
    from ..report.sarif import FINGERPRINT_KEY, LEVELS
    try:
        log = json.loads(path.read_text(encoding="utf-8"))
        run = log["runs"][0]
        target = run["artifacts"][0]["location"]
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return
    index = {r.get("id"): k for k, r in enumerate(run["tool"]["driver"].get("rules", []))}
    results = [r for r in run.get("results", []) if (r.get("properties") or {}).get("scope") != "audit"]
    for f in findings:
        unit, other = f["unit"], f["other"]
        key = f"{f['code']}|{unit.get('id')}|{other['file']}|{other['unit'].get('id')}"
        results.append({
            "ruleId": f["code"], **({"ruleIndex": index[f["code"]]} if f["code"] in index else {}),
            "level": LEVELS.get(f["severity"], "warning"), "message": {"text": f["message"]},
            "locations": [{"physicalLocation": {"artifactLocation": target, "region": {
                "startLine": unit.get("line") or 1, "startColumn": max(unit.get("column") or 1, 1)}}}],
            "partialFingerprints": {FINGERPRINT_KEY: hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]},
            "properties": {"category": f["category"], "severity": f["severity"], "scope": "audit",
                           "unit": unit, "other": other}})
    run["results"] = results
    atomic_write(path, json.dumps(log, ensure_ascii=False, indent=2) + "\n")


def run(out_dir: Path, specs, documents: list[dict], config: dict, base: Optional[Path] = None) -> dict:
    """After an audit's pairs: the digest of every checked localization pair (read one pair at
    a time, in name order), the findings across files, written into the reports and returned
    for the index."""
    ok = {d["name"] for d in documents if d.get("status") == "ok"}
    lines = (pair_digest(s, config, base) for s in sorted(specs, key=lambda s: s.name) if s.name in ok)
    path = write_digest(out_dir, (d for d in lines if d is not None))
    return apply(out_dir, documents, find(path, config), config, path)


def merge(out_dir: Path, folders: Iterable[Path], documents: list[dict], config: dict) -> dict:
    """``aligner audit merge``: the shards' digests (each in name order) merged line by line
    into one, the findings over all of them."""
    import heapq
    streams = [read_digest(Path(folder) / DIGEST) for folder in folders]
    path = write_digest(out_dir, heapq.merge(*streams, key=lambda d: d["name"]))
    return apply(out_dir, documents, find(path, config), config, path)
