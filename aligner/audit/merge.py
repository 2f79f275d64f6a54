"""Shard indexes into one: ``aligner audit merge OUT1 OUT2 … -o DIR``.

Each shard run (``--shard K/N``, its own ``--out``) checks a deterministic part of the pairs;
merging copies every shard's reports into ``DIR`` and writes one index (``index.json``,
``index.html``) ranking all the pairs, as one run over the whole folder would have."""
from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from .index import AuditResult, rank_documents, write_index
from .options import INDEX_JSON, SCHEMA
from .pairing import Unpaired


def read_index(path: str | os.PathLike) -> tuple[dict, Path]:
    """An audit index (``index.json``, or the report folder holding it) → (data, its folder)."""
    path = Path(path)
    if path.is_dir():
        path = path / INDEX_JSON
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such audit index")
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable audit index ({exc})")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("documents"), list):
        raise InputError(f"{path}: not an audit index (schema {SCHEMA})")
    return data, path.parent


def merge_indexes(indexes: Sequence[str | os.PathLike], out_dir: str | os.PathLike) -> AuditResult:
    """Merge the audit indexes of shard runs into ``out_dir`` (reports copied, one index
    written).  One-line :class:`InputError` when an index cannot be read, the shards ran with
    different settings or formats, or a pair appears in two of them."""
    if not indexes:
        raise InputError("audit merge: give the index.json (or report folder) of every shard")
    out = Path(out_dir)
    loaded = [read_index(p) for p in indexes]
    first = loaded[0][0]
    for data, folder in loaded[1:]:
        for key in ("settings", "formats"):
            if data.get(key) != first.get(key):
                raise InputError(f"{folder / INDEX_JSON}: its {key} differ from {loaded[0][1] / INDEX_JSON}'s; "
                                 "merge only shards of one audit")
    if out.exists() and not out.is_dir():
        raise InputError(f"-o {out_dir}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    seen: dict[str, Path] = {}
    documents, pending, notes, shards = [], [], [], []
    unpaired: dict[str, dict] = {}
    for data, folder in loaded:
        for doc in data["documents"]:
            if doc["name"] in seen:
                raise InputError(f"audit merge: pair {doc['name']!r} is in both {seen[doc['name']]} and {folder}")
            seen[doc["name"]] = folder
            for name in (doc.get("reports") or {}).values():
                src, dst = folder / name, out / name
                if src.is_file() and src.resolve() != dst.resolve():
                    shutil.copyfile(src, dst)
            documents.append({k: v for k, v in doc.items() if k not in ("rank", "verdict")})
        pending.extend((data.get("interrupted") or {}).get("pending") or [])
        notes.extend(n for n in data.get("notes") or [] if n not in notes)
        for u in data.get("unpaired") or []:
            unpaired.setdefault(u["path"], u)
        shards.append({"shard": data.get("shard"), "index": str(folder / INDEX_JSON),
                       "pairs": len(data["documents"]), "seconds": data.get("seconds"),
                       "complete": data.get("complete", True)})
    named = [s["shard"] for s in shards if s["shard"]]
    if named:
        total = int(named[0].split("/")[1])
        missing = sorted(set(range(1, total + 1)) - {int(s.split("/")[0]) for s in named})
        if missing:
            notes.append(f"shard(s) {', '.join(f'{k}/{total}' for k in missing)} not merged: their pairs are missing")
    from .consistency import merge as across_files
    consistency = None if pending else across_files(out, [folder for _, folder in loaded], documents,
                                                    (first.get("settings") or {}).get("config") or {})
    result = AuditResult(
        directory=Path(first.get("directory") or "."), out_dir=out,
        manifest=Path(first["manifest"]) if first.get("manifest") else None,
        documents=rank_documents(documents),
        unpaired=[Unpaired(u["path"], u.get("role"), u.get("reason", "")) for u in unpaired.values()],
        pending=pending, settings=first.get("settings") or {}, formats=list(first.get("formats") or ["json"]),
        jobs=max(int(d.get("jobs") or 1) for d, _ in loaded),
        seconds=max(float(d.get("seconds") or 0) for d, _ in loaded), notes=notes,
        interrupted=bool(pending), stopped_by="SIGINT" if pending else None,
        created=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        scheduler=first.get("scheduler") or "local", shards=shards, consistency=consistency)
    write_index(result)
    return result
