"""The check plug-in interface.

A check is a class with a stable ``code`` prefix (like ruff's rule codes), an MQM/ITS
``category``, a default ``severity`` and a one-line ``description``.  It sees the whole
aligned document through a :class:`CheckContext` and yields :class:`Finding` objects
whose spans are code-point offsets into the *original* input texts.

Most checks compare the two sides of each bead: they subclass :class:`PairCheck`
and implement ``check_pair``.  Document-level checks (omissions, consistency)
override ``run`` instead.  Register a check with the :func:`register` decorator.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable, Optional

from ..model import AlignmentResult, Bead, Finding, Span


@dataclass
class Side:
    """One side of a bead: the original text of its sentences and where it sits."""
    lang: str
    text: str            # original text from the first sentence's start to the last one's end
    offset: int          # where ``text`` starts in the document
    sentences: list      # the Sentence objects

    def span(self, start: int, end: int) -> Span:
        """A Span for ``text[start:end]`` with document offsets."""
        return Span(self.offset + start, self.offset + end, self.text[start:end])

    @property
    def whole(self) -> Span:
        return Span(self.offset, self.offset + len(self.text), self.text)


@dataclass
class Pair:
    index: int           # bead index
    bead: Bead
    source: Side
    target: Side


@dataclass
class CheckContext:
    result: AlignmentResult
    config: dict = field(default_factory=dict)      # per-check options, glossaries, ...
    _pairs: Optional[list[Pair]] = None

    def side(self, doc, ids) -> Side:
        if not ids:
            return Side(doc.lang, "", 0, [])
        sents = [doc.sentences[i] for i in ids]
        a, b = sents[0].start, sents[-1].end
        return Side(doc.lang, doc.text[a:b], a, sents)

    @property
    def pairs(self) -> list[Pair]:
        if self._pairs is None:
            r = self.result
            self._pairs = [Pair(k, bead, self.side(r.source, bead.source), self.side(r.target, bead.target))
                           for k, bead in enumerate(r.beads)]
        return self._pairs


class Check:
    code: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[str] = "error"
    description: ClassVar[str] = ""
    #: further codes this check may emit, with (category, severity, description)
    codes: ClassVar[dict[str, tuple[str, str, str]]] = {}

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, message: str, *, code: Optional[str] = None, severity: Optional[str] = None,
                category: Optional[str] = None, source: Optional[Span] = None,
                target: Optional[Span] = None, source_value: Any = None,
                target_value: Any = None, bead: Optional[int] = None) -> Finding:
        code = code or self.code
        cat, sev, _ = self.codes.get(code, (self.category, self.severity, ""))
        return Finding(code=code, category=category or cat, severity=severity or sev,
                       message=message, source=source, target=target,
                       source_value=source_value, target_value=target_value, bead=bead)


class PairCheck(Check):
    """A check applied to each bead that has text on both sides."""

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        for pair in ctx.pairs:
            if pair.source.sentences and pair.target.sentences:
                for f in self.check_pair(pair, ctx):
                    if f.bead is None:
                        f.bead = pair.index
                    yield f

    def check_pair(self, pair: Pair, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError


REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    if not cls.code:
        raise ValueError(f"{cls.__name__} has no code")
    if cls.code in REGISTRY:
        raise ValueError(f"duplicate check code {cls.code}")
    REGISTRY[cls.code] = cls
    return cls
