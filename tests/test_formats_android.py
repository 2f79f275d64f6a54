"""Android strings.xml: ``formatted="false"`` and the aapt2 rule on non-positional
substitutions (PH-ANDROID-FORMAT); ``translatable="false"`` resources are not units.

The real strings are Wikimedia Commons Android app's (Apache-2.0, tests/data/formats/README.md)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from aligner.formats import UnitSet, read_units
from aligner.pipeline import check_units

COMMONS = Path(__file__).parent / "data" / "formats" / "android" / "commons"
HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'


def _pair(tmp_path, en: str, ps: str) -> UnitSet:
    (tmp_path / "values").mkdir(exist_ok=True)
    (tmp_path / "values-ps").mkdir(exist_ok=True)
    (tmp_path / "values" / "strings.xml").write_text(HEAD + en + "\n</resources>\n", encoding="utf-8")
    (tmp_path / "values-ps" / "strings.xml").write_text(HEAD + ps + "\n</resources>\n", encoding="utf-8")
    return read_units(tmp_path / "values" / "strings.xml", tmp_path / "values-ps" / "strings.xml")


def _found(units, encoder, code=None):
    return sorted((f.code, f.unit["id"]) for f in check_units(units, {}, encoder=encoder).findings
                  if f.severity in ("warning", "error") and (code is None or f.code == code))


def test_non_positional_substitutions_fail_aapt2_unless_formatted_false(tmp_path, encoder):
    en = ('<string name="page_of" formatted="false">Page %d of %d</string>\n'
          '<string name="uploaded_by">Uploaded by %1$s on %2$s</string>\n'
          '<string name="size">%1$s of %2$s</string>\n'
          '<string name="app_name" translatable="false">Commons</string>')
    ps = ('<string name="page_of">%d مخ له %d</string>\n'                        # attribute not copied
          '<string name="uploaded_by" formatted="false">د %s لخوا په %s پورته شو</string>\n'
          '<string name="size">%2$s له %1$s</string>\n'
          '<string name="app_name">کامنز</string>')
    units = _pair(tmp_path, en, ps)
    by = {u.id: u for u in units.units}
    assert "app_name" not in by                                      # translatable="false": not a unit
    assert by["uploaded_by"].syntaxes == ("android-unformatted",) and by["page_of"].syntaxes == ()
    # page_of: the Pashto file lacks formatted="false": aapt2 fails on "%d … %d" there.
    # uploaded_by: formatted="false" on the translation: aapt2 accepts it; its %s are still
    # compared as placeholders (named by position: %1$s, %2$s), so nothing is missing.
    assert _found(units, encoder, "PH-ANDROID-FORMAT") == [("PH-ANDROID-FORMAT", "page_of")]
    assert not [c for c in _found(units, encoder) if c[1] in ("size", "uploaded_by")]


def test_a_dropped_substitution_of_a_formatted_false_string_is_still_missing(tmp_path, encoder):
    units = _pair(tmp_path, '<string name="page_of" formatted="false">Page %d of %d</string>',
                  '<string name="page_of" formatted="false">مخ %d</string>')
    assert _found(units, encoder) == [("PH-MISSING", "page_of")]


def test_the_real_commons_translation_builds(encoder):
    """The Commons app's Pashto builds with aapt2: none of its format strings is reported."""
    us = read_units(COMMONS / "values" / "strings.xml", COMMONS / "values-ps" / "strings.xml")
    with_percent = [u for u in us.units if u.target and "%" in u.target]
    assert len(with_percent) > 20
    small = replace(us, units=with_percent)
    assert _found(small, encoder, "PH-ANDROID-FORMAT") == []
    # the same strings with the positions taken out ("%1$s" → "%s") in two-value messages are reported
    two = [u for u in with_percent if u.target.count("$") >= 2]
    assert two
    broken = replace(us, units=[replace(u, target=u.target.replace("1$", "").replace("2$", "")) for u in two])
    assert {uid for _, uid in _found(broken, encoder, "PH-ANDROID-FORMAT")} == {u.id for u in two}
