"""``--format xliff``: the findings as ITS 2.0 Localization Quality Issue annotations, so a
CAT tool (Okapi CheckMate, memoQ, Trados, Ocelot …) shows them on the translation in place.

* XLIFF input: the original file, every byte kept, with the annotations added.  XLIFF 1.2: on
  the ``<target>`` (``its:locQualityIssueType``/``…Comment``/``…Severity``), or, for several
  issues, ``its:locQualityIssuesRef="#ID"`` on the target and an
  ``<its:locQualityIssues xml:id="ID">`` list inside the ``<trans-unit>``.  XLIFF 2.x, whose
  ``<target>`` takes no foreign attributes: a ``<mrk type="its:generic">`` around the target's
  content carries them (the XLIFF 2.1 ITS module), the standoff list sits in the ``<unit>``.
  The root declares ``xmlns:its="http://www.w3.org/2005/11/its"`` and ``its:version="2.0"``.
  Annotations of an earlier run (ids ``aligner-lqi-…``, comments ``CODE: …``) are replaced,
  other tools' kept.
* Any other input (TMX, PO, JSON, YAML, Android, or a document pair): a new XLIFF 1.2 file,
  one ``<trans-unit>`` per unit (per bead for documents) with the same annotations.  1.2 rather
  than 2.1 because 1.2 lets the annotation sit on ``<target>`` itself, leaving the translation's
  content untouched, and because it is the version every CAT tool reads (and the one the ITS
  2.0 XLIFF mapping was written for).  The unit's inline codes become ``<bpt>``/``<ept>``/
  ``<ph>`` holding the original markup as their native code, so CAT tools protect them.

Categories map to the ITS ``locQualityIssueType`` values (:data:`CATEGORY_TYPES`, with a few
codes refined in :data:`CODE_TYPES`); severities to a 0–100 score (:data:`SEVERITY_SCORES`).
"""
from __future__ import annotations

import codecs
import re
from collections import defaultdict
from typing import Optional

from lxml import etree

from ..formats.xliff import ITS_NS, LQI_PREFIX, XLIFF12_NS, is_lqi_marker, localname, read_map, segments, version_of
from .spreadsheet import xml_text

#: every ``locQualityIssueType`` value of ITS 2.0
ITS_TYPES = ("terminology", "mistranslation", "omission", "untranslated", "addition", "duplication",
             "inconsistency", "grammar", "legal", "register", "locale-specific-content", "locale-violation",
             "style", "characters", "misspelling", "typographical", "formatting", "inconsistent-entities",
             "numbers", "markup", "pattern-problem", "whitespace", "internationalization", "length",
             "non-conformance", "uncategorized", "other")

#: finding category → ITS issue type (a category named like an ITS type maps to itself)
CATEGORY_TYPES = {
    "number": "numbers", "unit": "mistranslation", "date": "mistranslation", "entity": "inconsistent-entities",
    "terminology": "terminology", "omission": "omission", "addition": "addition", "negation": "mistranslation",
    "untranslated": "untranslated", "mistranslation": "mistranslation", "punctuation": "typographical",
    "format": "formatting", "placeholder": "markup", "tag": "markup", "markup": "markup",
    "consistency": "inconsistency", "whitespace": "whitespace", "empty": "omission", "length": "length",
}
#: codes whose issue is more precise than their category's
CODE_TYPES = {
    "FMT-DOUBLED-WORD": "duplication", "FMT-BIDI-MARKS": "characters", "FMT-BRACKETS": "typographical",
    "FMT-DIGIT-SCRIPT": "locale-violation", "FMT-QUESTION": "typographical",
}
SEVERITY_SCORES = {"error": 80, "warning": 50, "info": 10}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

_ATTR_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
#: a comment this writer wrote: "CODE: message"
_OUR_COMMENT = re.compile(r"\A[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+: ")
_LQI_ATTR = re.compile(r"\s+([\w.-]+):(locQualityIssue(?:Type|Comment|Severity|ProfileRef|Enabled)|locQualityIssuesRef)"
                       r"\s*=\s*(\"[^\"]*\"|'[^']*')")


def its_type(finding) -> str:
    """The ITS 2.0 ``locQualityIssueType`` of a finding."""
    t = CODE_TYPES.get(finding.code) or CATEGORY_TYPES.get(finding.category)
    if t is None:
        t = finding.category if finding.category in ITS_TYPES else "uncategorized"
    return t


def issue(finding) -> dict:
    """A finding as the three ITS attributes (values as they are written)."""
    return {"locQualityIssueType": its_type(finding),
            "locQualityIssueComment": xml_text(f"{finding.code}: {finding.message}"),
            "locQualityIssueSeverity": str(SEVERITY_SCORES.get(finding.severity, 50))}


def _attr(value: str) -> str:
    return '"' + "".join(_ATTR_ESCAPES.get(ch, ch) for ch in value) + '"'


def _attrs(d: dict, prefix: Optional[str]) -> str:
    p = f"{prefix}:" if prefix else ""
    return "".join(f" {p}{k}={_attr(v)}" for k, v in d.items())


def findings_by_unit(result) -> dict[str, list[dict]]:
    """Unit id → its findings' issues, in report order (duplicates once).  A document pair's
    finding goes to the bead it belongs to (``b1``, ``b2`` …)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for f in result.findings:
        uid = None
        if f.unit:
            uid = f.unit.get("id")
        elif f.bead is not None:
            if result.unit_beads and f.bead < len(result.unit_beads):
                uid = result.unit_beads[f.bead].id
            elif result.units is None:
                uid = f"b{f.bead + 1}"
        if uid is None:
            continue
        item = issue(f)
        if item not in out[uid]:
            out[uid].append(item)
    return out


def render_xliff(result) -> bytes:
    """The report as XLIFF bytes (see the module docstring)."""
    units = result.units
    if units is not None and units.format in ("xliff12", "xliff2"):
        return annotate_file(units.path, findings_by_unit(result))
    return new_xliff(result, findings_by_unit(result))


# --- annotating an XLIFF file in place ----------------------------------------------------------

def _its_prefix(root) -> tuple[str, str]:
    """The prefix bound to the ITS namespace on the root (declaring ``its`` if none), and
    the text to add to the root's start tag."""
    nsmap = {p: u for p, u in root.nsmap.items() if p}
    prefix = next((p for p, u in nsmap.items() if u == ITS_NS), None)
    add = ""
    if prefix is None:
        prefix = "its" if "its" not in nsmap else next(f"its{k}" for k in range(2, 99) if f"its{k}" not in nsmap)
        add += f' xmlns:{prefix}="{ITS_NS}"'
    if root.get(f"{{{ITS_NS}}}version") is None:
        add += f' {prefix}:version="2.0"'
    return prefix, add


def _foreign(el, container) -> list[dict]:
    """The LQI issues already on ``el`` (local attributes, or the standoff list it refers to
    inside ``container``) that this writer did not write: kept, merged with the new ones."""
    issues = []
    local = {etree.QName(a).localname: v for a, v in el.attrib.items() if etree.QName(a).namespace == ITS_NS}
    if "locQualityIssueType" in local or "locQualityIssueComment" in local:
        issues.append({k: local[k] for k in ("locQualityIssueType", "locQualityIssueComment",
                                             "locQualityIssueSeverity") if k in local})
    ref = (local.get("locQualityIssuesRef") or "").lstrip("#")
    if ref and not ref.startswith(LQI_PREFIX):
        for lst in container.iter(f"{{{ITS_NS}}}locQualityIssues"):
            if lst.get(XML_ID) == ref:
                issues.extend(dict(i.attrib) for i in lst.iter(f"{{{ITS_NS}}}locQualityIssue"))
    return [i for i in issues if not _OUR_COMMENT.match(i.get("locQualityIssueComment", ""))]


def _standoff(xml_id: str, issues: list[dict], prefix: str, indent: str) -> str:
    inner = "".join(f"{indent}  <{prefix}:locQualityIssue{_attrs(i, None)}/>\n" for i in issues)
    return f'{indent}<{prefix}:locQualityIssues xml:id="{xml_id}">\n{inner}{indent}</{prefix}:locQualityIssues>\n'


def _indent_before(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    lead = text[line_start:pos]
    return lead if not lead.strip() else ""


Edit = tuple[int, int, str]


def _remove_element(m, el) -> Edit:
    """Delete ``el`` with the spaces before it and the newline after it (what
    :func:`annotate_file` added with it)."""
    s, e = m.outer(el)
    s -= len(m.text[:s]) - len(m.text[:s].rstrip(" \t"))
    return s, e + (1 if m.text[e:e + 1] == "\n" else 0), ""


def _old_markers(m, el) -> list[Edit]:
    """Delete the tags of this writer's earlier 2.x markers inside ``el`` (content kept)."""
    edits = []
    for child in el.iter():
        if child is not el and is_lqi_marker(child) and \
                (child.get("id") or child.get("startRef") or "").startswith(LQI_PREFIX):
            o, c = m.where[child]
            edits.append((m.tokens[o].start, m.tokens[o].end, ""))
            if c != o:
                edits.append((m.tokens[c].start, m.tokens[c].end, ""))
    return edits


def _annotate(m, el, version: int, ann: str, xml_id: str) -> list[Edit]:
    """1.2: the attributes ``ann`` on ``el``'s start tag (replacing its LQI attributes);
    2.x: a ``<mrk>`` carrying them around ``el``'s content."""
    o, c = m.where[el]
    tok = m.tokens[o]
    start_tag = m.text[tok.start:tok.end]
    if version == 1:
        stripped = _LQI_ATTR.sub("", start_tag)
        close = 2 if stripped.endswith("/>") else 1
        body = stripped[:-close]
        space = body[len(body.rstrip()):]                # `<x id="1" />` keeps its space
        return [(tok.start, tok.end, body.rstrip() + ann + space + stripped[-close:])]
    mrk = f'<mrk id="{xml_id}" type="its:generic"{ann}>'
    if o == c:                                # <target/>: give it content to annotate
        name = re.match(r"<\s*([^\s/>]+)", start_tag).group(1)
        return [(tok.start, tok.end, f"{start_tag[:-2].rstrip()}>{mrk}</mrk></{name}>")]
    return [(tok.end, tok.end, mrk), (m.tokens[c].start, m.tokens[c].start, "</mrk>")]


def annotate_file(path: str, issues: dict[str, list[dict]]) -> bytes:
    """``path`` (XLIFF 1.2 or 2.x) with ``issues`` (unit id → ITS issues) added."""
    m = read_map(path)
    version = version_of(m)
    text = m.text
    prefix, root_add = _its_prefix(m.root)
    # an earlier run's standoff lists are replaced by this run's
    edits: list[Edit] = [_remove_element(m, lst) for lst in m.root.iter(f"{{{ITS_NS}}}locQualityIssues")
                         if (lst.get(XML_ID) or "").startswith(LQI_PREFIX)]
    plan: dict = {}                           # annotated element → (its unit element, issues)
    for seg in segments(m):                   # (the segments of a unit without target share one)
        el = seg.target if seg.target is not None else (seg.container if version == 1 else seg.source)
        wanted = plan.setdefault(el, (seg.container, []))[1]
        wanted.extend(i for i in issues.get(seg.id, []) if i not in wanted)
    counter = 0
    for el, (container, wanted) in plan.items():
        if version == 2:
            edits.extend(_old_markers(m, el))
        kept = _foreign(el, container)
        all_issues = kept + [i for i in wanted if i not in kept]
        if not all_issues:
            if version == 1 and _has_lqi(el):          # an earlier run's attributes: removed
                edits.extend(_annotate(m, el, version, "", ""))
            continue
        counter += 1
        xml_id = f"{LQI_PREFIX}{counter}"
        single = len(all_issues) == 1
        ann = _attrs(all_issues[0], prefix) if single else f' {prefix}:locQualityIssuesRef="#{xml_id}"'
        edits.extend(_annotate(m, el, version, ann, xml_id))
        if not single:
            close_tok = m.tokens[m.where[container][1]]
            indent = _indent_before(text, close_tok.start)      # "" when the tag is not first on its line
            at = close_tok.start - len(indent)
            edits.append((at, at, _standoff(xml_id, all_issues, prefix, indent + "  " if indent else "")))
    if counter:
        root_tok = m.tokens[m.where[m.root][0]]
        at = root_tok.end - (2 if text[root_tok.start:root_tok.end].endswith("/>") else 1)
        edits.append((at, at, root_add))
    pieces, pos = [], 0
    for s, e, new in sorted(edits, key=lambda x: (x[0], x[1])):      # stable: same-place inserts in order
        pieces.append(text[pos:s])
        pieces.append(new)
        pos = max(pos, e)
    pieces.append(text[pos:])
    out = "".join(pieces)
    with open(path, "rb") as fh:
        bom = fh.read(3) == codecs.BOM_UTF8
    # a file in a legacy encoding (windows-1252 …) gets Pashto as character references
    data = out.encode(m.encoding, "xmlcharrefreplace")
    return codecs.BOM_UTF8 + data if bom else data


def _has_lqi(el) -> bool:
    return any(etree.QName(a).namespace == ITS_NS for a in el.attrib)


# --- a new XLIFF 1.2 file ------------------------------------------------------------------------

_STATES_12 = {"new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
              "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off", "final"}


def _content(el, text: str, codes, ids: dict) -> None:
    """Fill ``el`` with ``text``, its inline tag codes as ``bpt``/``ept``/``ph`` holding the
    original markup."""
    pos = 0
    last = None
    for code in sorted((c for c in codes if c.kind == "tag" and c.end > c.start), key=lambda c: c.start):
        if code.start < pos:
            continue
        chunk = xml_text(text[pos:code.start])
        if last is None:
            el.text = (el.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk
        tag = {"open": "bpt", "close": "ept"}.get(code.role, "ph")
        last = etree.SubElement(el, f"{{{XLIFF12_NS}}}{tag}", id=str(ids.setdefault(code.name, len(ids) + 1)))
        last.text = xml_text(text[code.start:code.end])
        pos = code.end
    chunk = xml_text(text[pos:])
    if last is None:
        el.text = (el.text or "") + chunk
    else:
        last.tail = (last.tail or "") + chunk


def _rows(result):
    """(id, key, source, target, source codes, target codes, state, translatable, notes)."""
    if result.units is not None:
        for u in result.units.units:
            yield (u.id, u.key, u.source, u.target, u.source_codes, u.target_codes, u.state, u.translatable,
                   u.notes + ((f"msgctxt: {u.context}",) if u.context else ()))
        return
    src, tgt = result.source, result.target
    for k, bead in enumerate(result.beads):
        s = " ".join(src.text[src.sentences[i].start:src.sentences[i].end] for i in bead.source)
        t = " ".join(tgt.text[tgt.sentences[i].start:tgt.sentences[i].end] for i in bead.target)
        yield f"b{k + 1}", None, s, (t if bead.target else None), (), (), None, True, ()


_STRUCTURE = {"xliff", "file", "header", "body", "trans-unit", "locQualityIssues"}


def _indent(el, level: int = 0) -> None:
    """Indent the structure (never inside ``source``/``target``/``note``, whose whitespace is
    content)."""
    kids = list(el)
    if not kids or localname(el) not in _STRUCTURE:
        return
    el.text = "\n" + "  " * (level + 1)
    for child in kids:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    kids[-1].tail = "\n" + "  " * level


def new_xliff(result, issues: dict[str, list[dict]]) -> bytes:
    """An XLIFF 1.2 file of ``result``'s units (or beads) with ``issues`` on their targets."""
    units = result.units
    xlf = etree.Element(f"{{{XLIFF12_NS}}}xliff", nsmap={None: XLIFF12_NS, "its": ITS_NS}, version="1.2")
    xlf.set(f"{{{ITS_NS}}}version", "2.0")
    path = (units.path if units is not None else result.source.path) or "input"
    src_lang = units.source_lang if units is not None else result.source.lang
    tgt_lang = units.target_lang if units is not None else result.target.lang
    file_el = etree.SubElement(xlf, f"{{{XLIFF12_NS}}}file", original=xml_text(str(path)), datatype="plaintext")
    file_el.set("source-language", src_lang or "en")
    file_el.set("target-language", tgt_lang or "ps")
    file_el.set("tool-id", "aligner")
    header = etree.SubElement(file_el, f"{{{XLIFF12_NS}}}header")
    etree.SubElement(header, f"{{{XLIFF12_NS}}}tool", {"tool-id": "aligner", "tool-name": "aligner"})
    body = etree.SubElement(file_el, f"{{{XLIFF12_NS}}}body")
    counter = 0
    for uid, key, source, target, s_codes, t_codes, state, translatable, notes in _rows(result):
        tu = etree.SubElement(body, f"{{{XLIFF12_NS}}}trans-unit", id=xml_text(uid))
        tu.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")     # the texts' spaces are content
        if key is not None:
            tu.set("resname", xml_text(key))
        if not translatable:
            tu.set("translate", "no")
        ids: dict = {}
        _content(etree.SubElement(tu, f"{{{XLIFF12_NS}}}source"), source, s_codes, ids)
        found = issues.get(uid, [])
        host = tu
        if target is not None:
            host = etree.SubElement(tu, f"{{{XLIFF12_NS}}}target")
            _content(host, target, t_codes, ids)
            state = "needs-review-translation" if state == "fuzzy" else state
            if state in _STATES_12:
                host.set("state", state)
        for note in notes:
            etree.SubElement(tu, f"{{{XLIFF12_NS}}}note").text = xml_text(note)
        if len(found) == 1:
            for k, v in found[0].items():
                host.set(f"{{{ITS_NS}}}{k}", v)
        elif found:
            counter += 1
            xml_id = f"{LQI_PREFIX}{counter}"
            host.set(f"{{{ITS_NS}}}locQualityIssuesRef", f"#{xml_id}")
            lst = etree.SubElement(tu, f"{{{ITS_NS}}}locQualityIssues")
            lst.set(XML_ID, xml_id)
            for item in found:
                etree.SubElement(lst, f"{{{ITS_NS}}}locQualityIssue", item)
    _indent(xlf)
    return etree.tostring(xlf, xml_declaration=True, encoding="UTF-8") + b"\n"
