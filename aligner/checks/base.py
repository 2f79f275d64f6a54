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

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Hashable, Iterable, Optional, TypeVar

from ..model import AlignmentResult, Bead, Finding, Span
from ..text.markdown import strip_markup
from ..text.normalize import NormText

T = TypeVar("T")


@dataclass
class Side:
    """One side of a bead: the text of its sentences (what checks match) and where it sits.

    For Markdown, ``text`` is the original without its inline markup and ``plain`` maps it
    back; :meth:`span` always gives document offsets and the original text."""
    lang: str
    text: str            # text from the first sentence's start to the last one's end
    offset: int          # where that text starts in the document
    sentences: list      # the Sentence objects
    plain: Optional[NormText] = None    # Markdown: ``text`` → offsets in ``original``
    code: tuple = ()     # Markdown code spans in ``text`` (left untranslated on purpose)

    @property
    def original(self) -> str:
        """The document's text of the side, markup included."""
        return self.text if self.plain is None else self.plain.original

    def span(self, start: int, end: int) -> Span:
        """A Span for ``text[start:end]`` with document offsets (and the original text)."""
        if self.plain is not None:
            start, end = self.plain.to_original(start, end)
        return self.original_span(start, end)

    def original_span(self, start: int, end: int) -> Span:
        """A Span for ``original[start:end]`` with document offsets."""
        return Span(self.offset + start, self.offset + end, self.original[start:end])

    def local(self, offset: int) -> int:
        """The position in ``text`` of the document offset ``offset``."""
        if self.plain is None:
            return offset - self.offset
        return bisect_left(self.plain.starts, offset - self.offset)

    @property
    def whole(self) -> Span:
        return self.original_span(0, len(self.original))


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
    _shared: dict = field(default_factory=dict, repr=False)

    def shared(self, name: str, key: Hashable, compute: Callable[[], T]) -> T:
        """An analysis several checks need, computed once per run: the first call for
        (``name``, ``key``) runs ``compute()``, later calls return its result.  The number
        checks share one quantity matching per bead this way (``numbers.compare``, keyed by
        the bead's texts)."""
        slot = (name, key)
        if slot not in self._shared:
            self._shared[slot] = compute()
        return self._shared[slot]

    def side(self, doc, ids) -> Side:
        if not ids:
            return Side(doc.lang, "", 0, [])
        sents = [doc.sentences[i] for i in ids]
        a, b = sents[0].start, sents[-1].end
        if getattr(doc, "markup", ()) or getattr(doc, "replace", ()):
            plain = strip_markup(doc.text, doc.markup, a, b, getattr(doc, "replace", ()))
            side = Side(doc.lang, plain.text, a, sents, plain)
            side.code = tuple((side.local(x), side.local(y)) for x, y in getattr(doc, "code", ())
                              if a <= x and y <= b)
            return side
        return Side(doc.lang, doc.text[a:b], a, sents)

    def unit(self, pair: Pair):
        """The localization unit a pair checks (:class:`aligner.formats.Unit`), or None for
        a document input."""
        beads = getattr(self.result, "unit_beads", None)
        return beads[pair.index] if beads and 0 <= pair.index < len(beads) else None

    @property
    def units(self) -> bool:
        """True when the input is a localization file (units paired by id)."""
        return bool(getattr(self.result, "unit_beads", None))

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
    #: the configuration table of this check's options (``copy``) and the options it takes
    #: (:class:`aligner.checks.options.Option`); validated by :mod:`aligner.config`
    config_table: ClassVar[str] = ""
    options: ClassVar[dict] = {}

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
