"""TMX reader (TMX 1.4b, and the 1.1–1.3 files that write ``lang`` instead of ``xml:lang``).

Each ``<tu>`` becomes one :class:`~.base.Unit`: the English ``<tuv>`` is the source, the
Pashto one (``ps``, ``ps-AF``, ``pus``, and the individual Pashto languages ``pbt``, ``pbu``,
``pst``) the target, whichever the header's ``srclang``; ``tuid`` is the id (else the tu's
ordinal, 1-based).  Inline elements keep their
markup as written: ``bpt``/``ept``/``ph``/``it``/``ut`` hold native code and are one code each
(``bpt#1`` open, ``bpt#1`` close by their ``i``; ``ph#x``, ``it#x``), ``hi`` is a pair of
codes around translatable text.  A tu without an English variant is left out (counted in
``meta["skipped_no_source"]``); a file with no Pashto variant at all is an InputError naming
the languages it has.
"""
from __future__ import annotations

from typing import Optional

from ..errors import InputError
from .base import Unit, UnitSet, reader
from .xliff import inline, localname, read_map

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PASHTO = ("ps", "pus", "pbt", "pbu", "pst")
SUPPORTED = ("1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b")

_ROLES = {"bpt": ("bpt", "open", "i"), "ept": ("bpt", "close", "i"), "ph": ("ph", "standalone", "x"),
          "it": ("it", "standalone", "x"), "ut": ("ut", "standalone", "x"), "hi": ("hi", "open", "x"),
          "sub": ("sub", "open", None)}
_NATIVE = frozenset({"bpt", "ept", "ph", "it", "ut"})
_PAIRED = frozenset({"hi"})


def _namer(el, which: str) -> tuple[str, str]:
    family, role, attr = _ROLES.get(localname(el), (localname(el), "standalone", None))
    key = el.get(attr) if attr else None
    if which == "close" and role == "open":
        role = "close"
    return (f"{family}#{key}" if key is not None else family), role


def _seg(m, seg) -> tuple[str, tuple]:
    return inline(m, seg, "tmx", _namer, native=_NATIVE, paired=_PAIRED)


def _lang(tuv) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()


def _primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


@reader("tmx", (".tmx",), bilingual=True)
def read_tmx(source: str, target: Optional[str] = None, *, max_bytes: Optional[int] = None) -> UnitSet:
    m = read_map(source, max_bytes)
    root = m.root
    line = root.sourceline or 1
    if localname(root) != "tmx":
        raise InputError(f"{source}:{line}: not a TMX file: the root element is <{localname(root)}>, not <tmx>")
    version = (root.get("version") or "").strip()
    if version not in SUPPORTED:
        raise InputError(f"{source}:{line}: unsupported TMX version {version or '(none)'!r}; "
                         f"supported: {', '.join(SUPPORTED)}")
    english = "en"        # whatever the header's srclang (a ps→en memory checks the same pairs)
    units: list[Unit] = []
    seen_langs: set[str] = set()
    ids: dict = {}
    skipped = 0
    for ordinal, tu in enumerate(root.iter("tu"), 1):
        src = tgt = None
        for tuv in tu.iterchildren("tuv"):
            lang = _primary(_lang(tuv))
            seen_langs.add(_lang(tuv))
            if lang == english and src is None:
                src = tuv
            elif lang in PASHTO and tgt is None:
                tgt = tuv
        if src is None:
            skipped += 1
            continue
        tuid = tu.get("tuid") or str(ordinal)
        n = ids.get(tuid, 0) + 1
        ids[tuid] = n
        uid = tuid if n == 1 else f"{tuid}#{n}"
        seg = src.find("seg")
        if seg is None:
            raise InputError(f"{source}:{src.sourceline}: a <tuv> without <seg>")
        text, codes = _seg(m, seg)
        s_line, s_col = m.line_col(m.inner(seg)[0])
        t_seg = tgt.find("seg") if tgt is not None else None
        if t_seg is not None:
            t_text, t_codes = _seg(m, t_seg)
            t_line, t_col = m.line_col(m.inner(t_seg)[0])
        else:
            t_text, t_codes = None, ()
            t_line, t_col = m.line_col(m.outer(tu)[0])
        notes = tuple(" ".join("".join(n.itertext()).split()) for n in tu.iter("note"))
        units.append(Unit(id=uid, source=text, target=t_text, line=t_line, column=t_col,
                          source_line=s_line, source_column=s_col, source_codes=codes, target_codes=t_codes,
                          notes=notes))
    if units and all(u.target is None for u in units):
        raise InputError(f"{source}: no Pashto (ps) translation in any <tu>; languages found: "
                         f"{', '.join(sorted(seen_langs)) or 'none'}")
    return UnitSet(path=source, format="tmx", units=units, source_lang=english, target_lang="ps",
                   meta={"version": version, "encoding": m.encoding, "skipped_no_source": skipped,
                         "languages": sorted(seen_langs)})
