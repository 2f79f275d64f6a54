"""Options a check accepts from the configuration (``copy = { threshold = 60 }``).

A check declares its table name and options; :mod:`aligner.config` validates every table
against these declarations (type, range, unknown keys), so a check only ever sees values
it can use: ``threshold = "abc"``, ``nan`` or ``1e400`` are refused with a one-line error
naming the key and the file instead of crashing the check or silently disabling it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional


@dataclass(frozen=True)
class Option:
    """One option: a number in [minimum, maximum] (``kind`` "number"), an integer, a
    boolean or a string."""
    kind: str                         # "number" | "integer" | "boolean" | "string"
    default: Any
    description: str
    minimum: Optional[float] = None
    maximum: Optional[float] = None

    def parse(self, value: Any) -> Any:
        """``value`` checked and converted; ValueError with a short reason otherwise."""
        if self.kind == "boolean":
            if not isinstance(value, bool):
                raise ValueError("must be true or false")
            return value
        if self.kind == "string":
            if not isinstance(value, str):
                raise ValueError("must be a string")
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number{self._range()}")
        if self.kind == "integer" and not isinstance(value, int):
            raise ValueError(f"must be a whole number{self._range()}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"must be a finite number{self._range()}")
        if (self.minimum is not None and value < self.minimum) or \
                (self.maximum is not None and value > self.maximum):
            raise ValueError(f"must be{self._range()}")
        return float(value) if self.kind == "number" else int(value)

    def _range(self) -> str:
        if self.minimum is not None and self.maximum is not None:
            return f" from {self.minimum:g} to {self.maximum:g}"
        if self.minimum is not None:
            return f" of at least {self.minimum:g}"
        if self.maximum is not None:
            return f" of at most {self.maximum:g}"
        return ""


def option_tables() -> dict[str, tuple[str, dict[str, Option]]]:
    """Configuration table name → (check code, its options), for every check that has some."""
    from . import load_checks
    out = {}
    for code, cls in load_checks().items():
        table = getattr(cls, "config_table", None)
        if table:
            out[table] = (code, dict(cls.options))
    return out
