"""On-disk embedding cache: SQLite, keyed by model and normalized text.

SQLite gives atomic commits (a crash mid-write loses at most the uncommitted
batch, never corrupts stored rows; a power loss may also lose the last committed ones, see
:meth:`EmbeddingCache._open`), and is safe with several processes (WAL).
A row whose vector has the wrong size or is not finite is ignored and recomputed.
A cache that cannot be used (``ALIGNER_CACHE_DIR`` is a file or cannot be created, no
permission, a corrupt database) is never an error: one warning on stderr, then every text
is embedded afresh.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from .base import encode_meanwhile
from .early import CACHE_ENV, INPUTS_SUFFIX, default_cache_dir, default_cache_file


_warned: set[str] = set()


def _warn_unusable(path: Path, exc: BaseException) -> None:
    """One line on stderr, once per cache path and process."""
    if str(path) in _warned:
        return
    _warned.add(str(path))
    from ..report.terminal import safe
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            reason = f"{blocker} is a file, not a folder"
    hint = f" (check {CACHE_ENV})" if os.environ.get(CACHE_ENV) else ""
    print(f"aligner: warning: embedding cache {safe(path)}: cannot use it ({safe(reason)}){hint}; "
          "running without the cache", file=sys.stderr, flush=True)


def _key(cache_id: str, text: str) -> bytes:
    return hashlib.sha256(f"{cache_id}\x00{text}".encode("utf-8")).digest()


class EmbeddingCache:
    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else default_cache_file()
        self._db = None
        self._opening = None        # the background job creating a new cache file

    def _open(self):
        """A connection, or False (after one warning) when the cache cannot be used.

        ``synchronous=NORMAL``: in WAL mode a commit then reaches the operating system but
        is not synced to the disk (a power loss may lose the last batches written, never
        corrupts the file; an embedding lost is computed again): writing the seed pair's
        vectors takes under 1 ms instead of ~10 ms of syncs.  The connection may be used
        from another thread than the one that opened it (:meth:`get_many` opens a new cache
        in the background), one thread at a time."""
        db = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS emb (k BLOB PRIMARY KEY, dim INTEGER, v BLOB)")
            return db
        except (sqlite3.Error, OSError) as exc:
            # an unusable cache (a file where its folder should be, no permission, a
            # corrupt database) is never fatal: warn once and work without it
            if db is not None:
                db.close()
            _warn_unusable(self.path, exc)
            return False

    def _conn(self):
        if self._opening is not None:
            job, self._opening = self._opening, None
            self._db = job.result()
        if self._db is None:
            self._db = self._open()
        return self._db

    def usable(self) -> bool:
        """Can the cache be opened (or created)?  Warns once on stderr when it cannot."""
        return bool(self._conn())

    def get_many(self, cache_id: str, texts: Sequence[str], dim: int) -> dict[int, np.ndarray]:
        if self._db is None and self._opening is None and not self.path.exists():
            # a new cache holds nothing: create it in the background (creating the file and
            # switching it to WAL are file system syncs, ~50 ms) while the texts are embedded
            from .base import background
            self._opening = background(self._open, "aligner-cache-create")
            return {}
        db = self._conn()
        found: dict[int, np.ndarray] = {}
        if not db:
            return found
        keys = [_key(cache_id, t) for t in texts]
        index = {}
        for i, k in enumerate(keys):
            index.setdefault(k, []).append(i)
        uniq = list(index)
        try:
            for s in range(0, len(uniq), 500):
                chunk = uniq[s:s + 500]
                rows = db.execute(f"SELECT k, dim, v FROM emb WHERE k IN ({','.join('?' * len(chunk))})",
                                  chunk).fetchall()
                for k, d, v in rows:
                    if d != dim or v is None or len(v) != 4 * dim:
                        continue
                    vec = np.frombuffer(v, dtype=np.float32)
                    if not np.all(np.isfinite(vec)) or abs(float(vec @ vec) - 1.0) > 1e-3:
                        continue
                    for i in index[k]:
                        found[i] = vec
        except sqlite3.DatabaseError:
            return {}
        return found

    def put_many(self, cache_id: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        db = self._conn()
        if not db:
            return
        rows = [(_key(cache_id, t), int(vec.shape[0]), np.ascontiguousarray(vec, np.float32).tobytes())
                for t, vec in zip(texts, vectors)]
        try:
            db.execute("BEGIN")
            db.executemany("INSERT OR REPLACE INTO emb (k, dim, v) VALUES (?, ?, ?)", rows)
            db.execute("COMMIT")
        except sqlite3.DatabaseError:
            try:
                db.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass

    def clear(self) -> int:
        """Delete the cache file; return the number of bytes freed."""
        if self._opening is not None:
            self._conn()                    # let the background creation finish first
        if self._db:
            self._db.close()
        self._db = None
        freed = 0
        for suffix in ("", "-wal", "-shm", INPUTS_SUFFIX):      # and the inputs it holds (early.py)
            p = Path(str(self.path) + suffix)
            if p.exists():
                freed += p.stat().st_size
                p.unlink()
        return freed


class CachedEncoder:
    """Wraps an encoder: only texts missing from the cache reach the model."""

    def __init__(self, encoder, cache: EmbeddingCache | None):
        self.encoder = encoder
        self.cache = cache
        self.cache_hits = 0

    def __getattr__(self, name):
        return getattr(self.encoder, name)

    def encode(self, texts: Sequence[str], meanwhile=None) -> np.ndarray:
        """The vectors of ``texts``; ``meanwhile()``, if given, runs in this thread while
        the texts missing from the cache are embedded in another (not at all when the cache
        has them all; see :func:`aligner.embed.base.encode_meanwhile`).  The cache is read
        and written in this thread only."""
        texts = list(texts)
        dim = self.encoder.dim
        out = np.zeros((len(texts), dim), np.float32)
        found = self.cache.get_many(self.encoder.cache_id, texts, dim) if self.cache else {}
        for i, vec in found.items():
            out[i] = vec
        self.cache_hits += len(found)
        missing = sorted(set(range(len(texts))) - set(found))
        # embed each distinct missing text once
        uniq: dict[str, list[int]] = {}
        for i in missing:
            uniq.setdefault(texts[i], []).append(i)
        if uniq:
            utexts = list(uniq)
            if meanwhile is None:
                vecs = self.encoder.encode(utexts)
            else:
                vecs = encode_meanwhile(self.encoder, utexts, meanwhile)
            for t, vec in zip(utexts, vecs):
                for i in uniq[t]:
                    out[i] = vec
            if self.cache:
                self.cache.put_many(self.encoder.cache_id, utexts, vecs)
        return out
