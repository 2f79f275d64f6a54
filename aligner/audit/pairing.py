"""Which files of the audited folder form the pairs to check.

A naming pattern is ``LEFT=RIGHT`` with the placeholders ``{name}`` (any text, may contain
``/``) and ``{ext}`` (one file extension); it is matched against each file's path relative to
the folder, at any depth.  The defaults pair ``x.en.md`` with ``x.ps.md`` (any extension),
``en/x.txt`` with ``ps/x.txt`` (so ``locales/en/app.json`` with ``locales/ps/app.json``) and
Android's ``values/strings.xml`` with ``values-ps/strings.xml``.  A manifest (TSV or CSV:
source, target and optionally a name, paths relative to the folder) lists the pairs instead.

Locale layouts (after the patterns, on the files they left): ``en.json`` with ``ps.json`` in
one folder (any key-file format: JSON, YAML), a gettext template ``messages.pot`` with the
``ps.po`` beside it (or ``ps/LC_MESSAGES/messages.po``), and every remaining bilingual file
(XLIFF, TMX, a PO alone) as a pair of its own with no target file.  Formats are recognised
by :func:`aligner.formats.detect_format`.

``--shard K/N`` keeps the pairs whose name hashes (sha256) to K-1 modulo N: a deterministic
split that needs no coordination between the N runs.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import InputError
from .options import _RESERVED_STEMS


def default_patterns(source_lang: str = "en", target_lang: str = "ps") -> list[str]:
    return [f"{{name}}.{source_lang}.{{ext}}={{name}}.{target_lang}.{{ext}}",
            f"{source_lang}/{{name}}.{{ext}}={target_lang}/{{name}}.{{ext}}",
            f"values/{{name}}.xml=values-{target_lang}/{{name}}.xml"]



@dataclass(frozen=True)
class PairSpec:
    """One document pair to audit (or one bilingual file: ``target`` None)."""
    name: str              # display name, unique within the audit ("doc01", "news/doc02")
    source: Path
    target: Optional[Path]
    stem: str = ""         # file name (without extension) of its reports
    #: the unit format a locale layout recognised (``--input-format`` of ``check``); None: by the files
    input_format: Optional[str] = None

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.source,) if self.target is None else (self.source, self.target)


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
    """Pair the files of ``directory`` by naming patterns (first pattern first), then by the
    locale layouts (:func:`locale_layouts`) among the files left."""
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
    taken = {p.name for p in pairs}
    for spec in locale_layouts(directory, [f for f in files if f not in claimed], source_lang, target_lang):
        claimed |= {Path(os.path.relpath(p, directory)).as_posix() for p in spec.paths}
        name, k = spec.name, 2
        while name in taken:
            name, k = f"{spec.name}~{k}", k + 1
        taken.add(name)
        pairs.append(replace(spec, name=name))
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
        out.append(replace(p, stem=stem))
    return out


def read_manifest(path: str | os.PathLike, base: str | os.PathLike, *,
                  source_lang: str = "en") -> list[PairSpec]:
    """Pairs from a TSV/CSV manifest: ``source, target[, name]`` per line; a header line
    ``source,target[,name]``, blank lines and ``#`` comments are skipped.  Relative paths are
    relative to ``base`` (the audited folder)."""
    from ..text.reading import read_text_checked
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




# ------------------------------------------------------------------------------- locale layouts

def _unit_format(path: Path) -> Optional[str]:
    """The unit format :func:`aligner.formats.detect_format` sees in ``path`` (None: a document,
    or a file it cannot tell)."""
    from ..formats import detect_format
    try:
        return detect_format(path)
    except Exception:                    # an unreadable or odd file stays unpaired, never an error
        return None


def _is_bilingual(fmt: Optional[str]) -> bool:
    from ..formats import is_bilingual
    try:
        return bool(fmt) and is_bilingual(fmt)
    except KeyError:
        return False


def _pairable(fmt: Optional[str]) -> bool:
    """A format whose source and target files may form a pair (JSON, YAML …; PO: en.po + ps.po)."""
    from .. import formats
    return bool(fmt) and (not _is_bilingual(fmt) or fmt in getattr(formats, "PAIRABLE_FORMATS", ()))


def locale_layouts(directory: Path, files: Sequence[str], source_lang: str = "en",
                   target_lang: str = "ps") -> list[PairSpec]:
    """Pairs of the locale layouts among ``files`` (relative POSIX paths), in this order:

    * ``D/en.EXT`` ↔ ``D/ps.EXT`` for a key-file format (JSON, YAML …; PO: ``en.po`` + ``ps.po``);
    * ``D/NAME.pot`` ↔ ``D/ps.po`` or ``D/ps/LC_MESSAGES/NAME.po`` (gettext template and catalog);
    * every other bilingual file (XLIFF, TMX, PO) alone, with no target file.

    A pair is named after its source file's path (the template's, the bilingual file's)."""
    left = set(files)
    formats: dict[str, Optional[str]] = {}

    def fmt(f: str) -> Optional[str]:
        if f not in formats:
            formats[f] = _unit_format(directory / f)
        return formats[f]

    out: list[PairSpec] = []
    for f in sorted(left):
        d, base = f.rpartition("/")[0], f.rpartition("/")[2]
        stem, dot, ext = base.partition(".")
        if stem != source_lang or not dot or "." in ext:
            continue
        other = f"{d}/{target_lang}.{ext}" if d else f"{target_lang}.{ext}"
        if other in left and fmt(f) == fmt(other) and _pairable(fmt(f)):
            out.append(PairSpec(f, directory / f, directory / other, input_format=fmt(f)))
            left -= {f, other}
    for f in sorted(left):
        if not f.endswith(".pot") or f not in left:
            continue
        d, _, base = f.rpartition("/")
        prefix = f"{d}/" if d else ""
        for other in (f"{prefix}{target_lang}.po", f"{prefix}{target_lang}/LC_MESSAGES/{base[:-4]}.po"):
            if other in left and fmt(other) == "po":
                out.append(PairSpec(f, directory / f, directory / other, input_format="po"))
                left -= {f, other}
                break
    for f in sorted(left):
        if not f.endswith(".pot") and _is_bilingual(fmt(f)):
            out.append(PairSpec(f, directory / f, None, input_format=fmt(f)))
            left.discard(f)
    return out


# ------------------------------------------------------------------------------- shards

def parse_shard(text: str) -> tuple[int, int]:
    """``"2/4"`` → (2, 4); a one-line :class:`InputError` for anything else."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise InputError(f"--shard {text!r}: expected K/N with 1 <= K <= N, e.g. 1/4")
    return int(m.group(1)), int(m.group(2))


def shard_of(name: str, count: int) -> int:
    """The shard (1 … ``count``) of the pair called ``name``: sha256 of the name, modulo
    ``count`` — the same on every machine and run, whatever the other pairs are."""
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def select_shard(pairs: Sequence[PairSpec], shard: Optional[tuple[int, int]]) -> list[PairSpec]:
    if not shard:
        return list(pairs)
    k, n = shard
    return [p for p in pairs if shard_of(p.name, n) == k]


def outside_error(spec: PairSpec, directory: Path) -> Optional[str]:
    """Why ``spec`` reaches outside ``directory`` (a ``../`` or absolute manifest path, a
    symlink pointing out), as a one-line error; None when both files are inside."""
    root = Path(os.path.realpath(directory))
    for path in spec.paths:
        real = Path(os.path.realpath(path))
        if real == root or root in real.parents:
            continue
        how = "is a symlink to" if os.path.islink(path) else "resolves to"
        return (f"{path}: {how} {real}, outside the audited folder {directory}; refused "
                "(use --allow-outside to read files outside it)")
    return None
