"""Plain data classes shared by every layer (documents → sentences → beads → findings)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

#: MQM / ITS 2.0 issue categories a finding may carry.
CATEGORIES = (
    "number", "unit", "date", "entity", "terminology", "omission", "addition",
    "negation", "untranslated", "mistranslation", "punctuation", "format",
)


@dataclass(frozen=True)
class Sentence:
    """One sentence (or heading / list item) of a document.

    ``start``/``end`` are code-point offsets into the document's original text.
    ``text`` is what alignment and the checks match: ``doc.text[start:end]`` itself for plain
    text, and without its inline markup for Markdown (``**Bold**: [link](url)`` has the text
    ``Bold: link``; ``doc.markup`` holds the markup's spans).
    """
    index: int
    start: int
    end: int
    text: str
    kind: str = "sentence"     # sentence | heading | item
    block: int = 0             # index of its block (line, paragraph, heading, item)


@dataclass(frozen=True)
class Bead:
    """An alignment unit: consecutive source sentences ↔ consecutive target sentences."""
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float               # confidence in [0, 1]
    similarity: Optional[float] = None   # cosine of the two sides (None for null beads)

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Finding:
    code: str
    category: str
    severity: str
    message: str
    source: Optional[Span] = None
    target: Optional[Span] = None
    source_value: Any = None
    target_value: Any = None
    bead: Optional[int] = None          # index into the alignment
    #: how likely the finding is a real problem of the translation, in [0, 1]: calibrated on the
    #: hand verdicts of the development corpora (:mod:`aligner.checks.confidence`); set by
    #: ``run_checks`` after the checks ran (None only before that)
    confidence: Optional[float] = None
    #: the evidence's strength in [0, 1], which a check MAY set (how clear the match or
    #: mismatch is: 1.0 an exact, unambiguous mismatch; lower for a fuzzy or borderline one);
    #: None counts as 1.0.  One of the inputs of ``confidence``
    strength: Optional[float] = None
    #: a localization file's unit the finding is about: {"id", "key" or "msgctxt", "line",
    #: "column"} (:meth:`aligner.formats.Unit.ref`); None for document inputs
    unit: Optional[dict] = None
    #: a fix, when the right rendering is known: {"start", "end", "text"}: replace the target
    #: document's ``text[start:end]`` by ``text`` (set by the checks that know it)
    suggestion: Optional[dict] = None

    def to_dict(self) -> dict:
        d = asdict(self)
        return d


@dataclass
class Document:
    path: Optional[str]
    lang: str
    text: str                           # decoded original (BOM removed, line endings kept)
    sentences: list[Sentence] = field(default_factory=list)
    sha256: Optional[str] = None
    #: Markdown markup inside the sentences: sorted, disjoint (start, end) spans of ``text``
    #: left out of each sentence's matching text (empty for plain text)
    markup: tuple[tuple[int, int], ...] = ()
    #: Markdown code spans (their contents, without the backticks): text kept as it is
    code: tuple[tuple[int, int], ...] = ()
    #: spans of ``text`` read as another string for matching, sorted (start, end, text): HTML
    #: character references (``&amp;`` → ``&``, ``&#1578;`` → ``ت``); offsets stay into ``text``
    replace: tuple[tuple[int, int, str], ...] = ()
    #: what a line of ``text`` is for the reports' line:column: "line", or "paragraph" (DOCX,
    #: whose text is one paragraph per line)
    line_unit: str = "line"


@dataclass
class AlignmentResult:
    source: Document
    target: Document
    beads: list[Bead]
    model_name: str
    backend: str
    findings: list[Finding] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    #: a localization file's units (:class:`aligner.formats.UnitSet`), one bead per
    #: translated unit in ``unit_beads`` order; None for document inputs
    units: Any = None
    #: bead index → the Unit it checks (units only)
    unit_beads: list = field(default_factory=list)
