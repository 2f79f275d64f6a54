"""Writing files safely: atomically, with the permissions a normal file would get."""
from __future__ import annotations

import os
from pathlib import Path


def read_private(path: Path) -> bytes | None:
    """The bytes of a cache file written with ``atomic_write(..., private=True)``, or None when
    it is not the user's own or others may write to it (then it is not trusted: rebuild).
    Raises OSError when it cannot be read."""
    with open(path, "rb") as f:
        st = os.fstat(f.fileno())
        if st.st_uid != os.getuid() or st.st_mode & 0o022:
            return None
        return f.read()


def atomic_write(path: Path, content, private: bool = False) -> None:
    """Write ``content`` (str or bytes) to ``path`` via a temporary file and ``os.replace``:
    readers see the old file or the new one, never a partial one; a crash leaves no
    half-written report.  The file gets the usual umask-based mode, not mkstemp's 0600;
    ``private`` keeps 0600 (cache files only their owner may read or trust)."""
    import tempfile         # here: a check that writes no file does not load it (nor random)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if not private:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
