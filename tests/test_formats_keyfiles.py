"""Key-file readers: JSON i18n (aligner/formats/i18n_json.py), YAML i18n (i18n_yaml.py) and
Android strings.xml (android.py): pairing by key, plurals, contexts, untranslated and
target-only keys, positions, syntaxes, and one-line errors for bad files."""
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.formats import detect_format, read_units

DATA = Path(__file__).parent / "data" / "formats"
MW = DATA / "json" / "mediawiki"
I18NEXT = DATA / "json" / "i18next"
YAML_DIR = DATA / "yaml"
ANDROID = DATA / "android"
EN_XML, PS_XML = ANDROID / "values" / "strings.xml", ANDROID / "values-ps" / "strings.xml"


def by_id(units):
    return {u.id: u for u in units.units}


def text_at(path, line, col):
    return Path(path).read_text(encoding="utf-8").split("\n")[line - 1][col - 1:]


def write_pair(tmp_path, suffix, en_text, ps_text):
    """en.SUFFIX and ps.SUFFIX in tmp_path, read as a pair."""
    en, ps = tmp_path / f"en{suffix}", tmp_path / f"ps{suffix}"
    en.write_text(en_text, encoding="utf-8")
    ps.write_text(ps_text, encoding="utf-8")
    return read_units(en, ps), ps


def one_line_error(fn, *args):
    with pytest.raises(InputError) as exc:
        fn(*args)
    msg = str(exc.value)
    assert "\n" not in msg
    return msg


# -- JSON --------------------------------------------------------------------------------

def test_mediawiki_excerpt_pairs_by_key_skips_metadata_and_says_mediawiki():
    us = read_units(MW / "en.json", MW / "ps.json")
    assert detect_format(MW / "en.json") == "json"
    assert us.format == "json" and us.syntaxes == ("mediawiki",)
    assert len(us.units) == 35 and len(us.translated) == 29
    u = by_id(us)
    assert "@metadata" not in u and not any(k.startswith("@metadata") for k in u)
    assert u["pagecategories"].source == "{{PLURAL:$1|Category|Categories}}"
    assert u["pagecategories"].target == "{{PLURAL:$1|وېشنيزه|وېشنيزې}}"
    # JSON escapes decoded: the quotes in the value are plain quotes
    assert u["category_header"].target == 'د "$1" په وېشنيزه کې شته مخونه'
    # untranslated: in en.json only
    missing = [x for x in us.units if x.target is None]
    assert len(missing) == 6 and all(x.line == 0 and x.source_line > 0 for x in missing)
    assert us.meta["extra_target_keys"] == []


def test_json_positions_are_the_opening_quotes_of_the_values():
    us = read_units(MW / "en.json", MW / "ps.json")
    for x in us.translated:
        assert text_at(MW / "ps.json", x.line, x.column).startswith('"')
        assert text_at(MW / "en.json", x.source_line, x.source_column).startswith('"')
    u = by_id(us)["tog-underline"]
    assert (u.line, u.column) == (20, 19)      # tab-indented: the tab is one column
    assert text_at(MW / "ps.json", 20, 19) == '"کرښنې تړنې:",'


def test_i18next_nested_plurals_contexts_arrays_and_target_only_keys():
    us = read_units(I18NEXT / "en.json", I18NEXT / "ps.json")
    assert us.syntaxes == ("i18next",)
    u = by_id(us)
    assert u["app.welcome"].key == "app.welcome" and u["app.welcome"].target == "ښه راغلاست، {{name}}!"
    assert (u["forecast.day_one"].plural, u["forecast.day_other"].plural) == ("one", "other")
    assert u["forecast.rain"].plural is None
    assert (u["friend_male"].context, u["friend_female"].context, u["friend"].context) == ("male", "female", None)
    assert (u["steps.0"].target, u["steps.1"].target) == ("اپ پرانیزئ", "یو ښار وټاکئ")
    # two values on one line: each has its own column
    assert u["steps.0"].line == u["steps.1"].line == 16 and u["steps.1"].column == 27
    assert u["forecast.wind"].target == ""                 # an empty translation, not a missing one
    assert u["settings.language"].target is None           # missing: untranslated
    assert "version" not in u                               # a number is not a message
    assert us.meta["extra_target_keys"] == ["legacy"]


def test_i18next_plural_form_the_english_lacks_checks_against_other(tmp_path):
    us, _ = write_pair(tmp_path, ".json", '{"item_one": "{{count}} item", "item_other": "{{count}} items"}',
                       '{"item_one": "{{count}} توکی", "item_other": "{{count}} توکي", "item_few": "{{count}} توکي"}')
    u = by_id(us)
    assert u["item_few"].source == "{{count}} items" and u["item_few"].plural == "few"


def test_flat_icu_json(tmp_path):
    us, _ = write_pair(tmp_path, ".json", '{"files": "{n, plural, one {# file} other {# files}}", "hi": "Hi {name}"}',
                       '{"files": "{n, plural, one {# دوتنه} other {# دوتنې}}", "hi": "سلام {name}"}')
    assert us.syntaxes == ("icu",) and len(us.translated) == 2


def test_a_json_file_alone_asks_for_the_pair():
    assert "give the source and the target" in one_line_error(read_units, MW / "en.json")


# -- YAML --------------------------------------------------------------------------------

def test_rails_yaml_root_key_nesting_plurals_aliases_and_positions():
    us = read_units(YAML_DIR / "en.yml", YAML_DIR / "ps.yml")
    assert detect_format(YAML_DIR / "ps.yml") == "yaml"
    assert (us.format, us.source_lang, us.target_lang) == ("yaml", "en", "ps")
    u = by_id(us)
    assert not any(k.startswith(("en.", "ps.")) for k in u)
    assert u["hello"].target == "سلام، %{name}!" and (u["hello"].line, u["hello"].column) == (6, 10)
    assert text_at(YAML_DIR / "ps.yml", 6, 10) == '"سلام، %{name}!"'
    assert (u["inbox.one"].plural, u["inbox.other"].plural) == ("one", "other")
    assert u["errors.messages.blank"].target == "باید تش نه وي"
    assert u["errors.messages.too_long"].target is None        # untranslated
    # merge keys: the merged values, positioned where the anchor defines them
    assert u["buttons.ok"].target == "سمه ده" and u["buttons.ok"].line == 4
    assert [u[f"date.day_names.{i}"].target for i in range(3)] == ["یکشنبه", "دوشنبه", "سه شنبه"]
    assert u["date.order.0"].target == ":day" and not u["date.order.0"].translatable   # a Ruby symbol
    assert u["date.day_names.0"].translatable
    assert u["help"].target.startswith("د خپلو بدلونونو") and u["help"].target.count("\n") == 2
    assert us.meta["extra_target_keys"] == ["obsolete_key"]


def test_yaml_alias_bomb_is_refused_quickly(tmp_path):
    rows = ['en:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        rows.append(f"  {name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb = tmp_path / "ps.yml"
    bomb.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert "alias bomb" in one_line_error(read_units, YAML_DIR / "en.yml", bomb)


def test_yaml_tags_construct_nothing(tmp_path):
    p = tmp_path / "ps.yml"
    p.write_text('ps:\n  hello: !!python/object/apply:os.system ["echo owned"]\n  help: "مرسته"\n', encoding="utf-8")
    u = by_id(read_units(YAML_DIR / "en.yml", p))
    assert u["help"].target == "مرسته" and u["hello"].target is None


# -- Android -----------------------------------------------------------------------------

def test_android_strings_plurals_arrays_tags_and_skips():
    us = read_units(EN_XML, PS_XML)
    assert detect_format(EN_XML) == "android"
    assert us.format == "android" and us.syntaxes == ("android",)
    u = by_id(us)
    assert "app_name" not in u                                  # translatable="false"
    assert u["about_link"].translatable is False                # a bare @string/ reference
    assert (u["notes_count[one]"].key, u["notes_count[one]"].plural) == ("notes_count", "one")
    assert u["notes_count[other]"].target == "%d یادښتونه"
    assert (u["sort_orders.0"].target, u["sort_orders.1"].target) == ("د نېټې له مخې", "د سرلیک له مخې")
    # escapes kept as written (the placeholder analysis reads them)
    assert u["note_saved"].target == r"یادښت خوندي شو.\nتاسو کولی شئ اپ وتړئ."
    assert u["dont_ask"].source == r"Don\'t ask again"
    # inline elements written back as tags and marked as tag codes
    w = u["welcome"]
    assert w.target == 'ښه راغلاست، <b><xliff:g id="user" example="Ahmad">%1$s</xliff:g></b>!'
    assert [(c.name, c.role, c.kind, c.syntax) for c in w.target_codes] == [
        ("<b>", "open", "tag", "android"), ("<xliff:g>", "open", "tag", "android"),
        ("<xliff:g>", "close", "tag", "android"), ("<b>", "close", "tag", "android")]
    assert [w.target[c.start:c.end] for c in w.target_codes][2:] == ["</xliff:g>", "</b>"]
    # CDATA: its HTML is tags too
    h = u["html_help"]
    assert h.target == "د یادښت د ساتلو لپاره <i>خوندي کول</i> کېکاږئ."
    assert [h.target[c.start:c.end] for c in h.target_codes] == ["<i>", "</i>"]
    assert u["settings"].target is None and us.meta["extra_target_keys"] == ["old_label"]


def test_android_positions_are_where_the_text_starts():
    u = by_id(read_units(EN_XML, PS_XML))
    assert text_at(PS_XML, u["title_main"].line, u["title_main"].column).startswith("زما یادښتونه</string>")
    assert text_at(EN_XML, u["title_main"].source_line, u["title_main"].source_column).startswith("My notes<")
    item = u["notes_count[other]"]
    assert text_at(PS_XML, item.line, item.column).startswith("%d یادښتونه</item>")
    assert text_at(PS_XML, u["sort_orders.1"].line, u["sort_orders.1"].column).startswith("د سرلیک له مخې<")


# -- bad files -------------------------------------------------------------------------

BAD = [  # (file name, source file, text, where, words)
    ("ps.json", MW / "en.json", '{\n  "a": "x",\n  "b": {"c": "y",\n        "c": "z"}\n}\n', ":4:9:",
     "duplicate key 'c' (first at line 3)"),
    ("ps.json", MW / "en.json", '{"a.b": "x",\n "a": {"b": "y"}}', ":2:8:", "duplicate key 'a.b'"),
    ("ps.json", MW / "en.json", '{\n  "a": "x"\n  "b": "y"\n}\n', ":3:3:", "malformed JSON: Expecting ',' delimiter"),
    ("ps.json", MW / "en.json", '["a", "b"]', ":1:1:", "expected a JSON object"),
    ("ps.json", MW / "en.json", '{"a":' * 500 + '"x"' + "}" * 500, ":", "nested too deeply"),
    ("ps.yml", YAML_DIR / "en.yml", 'ps:\n  a: "x\n  b: y\n', ":4:1:", "malformed YAML"),
    ("ps.yml", YAML_DIR / "en.yml", 'ps:\n  a: x\n b: y\n', ":3:2:", "malformed YAML"),
    ("ps.yml", YAML_DIR / "en.yml", 'ps:\n  a: x\n  a: y\n', ":3:3:", 'duplicate key "a"'),
    ("ps.yml", YAML_DIR / "en.yml", '- a\n- b\n', ":1:", "expected a YAML mapping"),
    ("strings.xml", EN_XML, '<?xml version="1.0"?>\n<resources>\n  <string name="a">x</strin>\n</resources>\n',
     ":3:", "malformed XML"),
    ("strings.xml", EN_XML, '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa">]>\n'
     '<resources><string name="a">&a;</string></resources>\n', ":2:", "declares entities"),
    ("strings.xml", EN_XML, '<resources>\n<string name="a">x</string>\n<string name="a">y</string>\n</resources>\n',
     ":3:", "duplicate resource 'a'"),
]


@pytest.mark.parametrize("name, source, text, where, words", BAD)
def test_bad_key_files_are_one_line_naming_file_and_place(tmp_path, name, source, text, where, words):
    """Malformed JSON/YAML/XML, duplicate keys, an entity DTD, the wrong top level."""
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    msg = one_line_error(read_units, source, bad)
    assert msg.startswith(f"{bad}{where}") and words in msg


# -- through the pipeline ------------------------------------------------------------------

def loud(result):
    return [f for f in result.findings if f.severity in ("warning", "error")]


@pytest.mark.parametrize("src, tgt, old, new, code, uid", [
    (I18NEXT / "en.json", I18NEXT / "ps.json", '"ښه راغلاست، {{name}}!"', '"ښه راغلاست!"', "PH-MISSING", "app.welcome"),
    (YAML_DIR / "en.yml", YAML_DIR / "ps.yml", '"سلام، %{name}!"', '"سلام!"', "PH-MISSING", "hello"),
    (EN_XML, PS_XML, "د %1$s له لارې شریکول", "شریکول", "PH-MISSING", "share_via"),
])
def test_key_files_end_to_end_clean_and_with_a_planted_error(tmp_path, encoder, src, tgt, old, new, code, uid):
    """The correct translations come out clean (the i18next file's one empty translation
    aside); a dropped placeholder is reported on its unit with the target file's line."""
    from aligner.pipeline import check_units
    before = loud(check_units(read_units(src, tgt), encoder=encoder))
    assert {f.unit["id"] for f in before} <= {"forecast.wind"}
    assert "L10N-EMPTY" in {f.code for f in before} or src.suffix != ".json"
    bad = tmp_path / tgt.name
    text = tgt.read_text(encoding="utf-8")
    assert old in text
    bad.write_text(text.replace(old, new), encoding="utf-8")
    units = read_units(src, bad)
    found = [f for f in loud(check_units(units, encoder=encoder)) if f.unit["id"] != "forecast.wind"]
    assert [(f.code, f.unit["id"]) for f in found] == [(code, uid)]
    assert found[0].unit["line"] == by_id(units)[uid].line > 0


def test_a_real_android_app_reads_completely():
    """Wikimedia Commons Android app strings (Apache-2.0, see tests/data/formats/README.md):
    614 strings and 14 plural items translated into Pashto (counted with grep in
    values-ps/strings.xml), 832 translatable units in the English file."""
    base = ANDROID / "commons"
    us = read_units(base / "values" / "strings.xml", base / "values-ps" / "strings.xml")
    assert len(us.units) == 832 and len(us.translated) == 614 + 14
    assert us.meta["extra_target_keys"] == []
    u = by_id(us)
    assert "map_attribution" not in u                         # translatable="false"
    item = u["uploads_pending_notification_indicator[other]"]
    assert (item.line, item.column, item.plural) == (35, 28, "other")
    assert item.target == " %1$d دوتنې راپورته‌کول"        # the stray leading space is kept
    # HTML escaped as &lt;b&gt; is tags too: pairs of <b> … </b>
    v = u["account_vanish_request_confirm"]
    assert v.target.startswith("ورکېدل يوه <b>وروستۍ چاره ده</b>")
    roles = [c.role for c in v.target_codes if c.name == "<b>"]
    assert roles.count("open") == roles.count("close") > 0


def test_nested_plural_objects_in_json(tmp_path):
    us, _ = write_pair(tmp_path, ".json",
                       '{"inbox": {"one": "1 message", "other": "%{count} messages"}, "done": {"other": "Done"}}',
                       '{"inbox": {"one": "۱ پیغام", "other": "%{count} پیغامونه"}, "done": {"other": "بشپړ"}}')
    u = by_id(us)
    assert (u["inbox.one"].plural, u["inbox.other"].plural) == ("one", "other")
    assert u["done.other"].plural is None          # one form alone is not a plural


def test_android_product_variants_are_units_of_their_own(tmp_path):
    us, ps = write_pair(tmp_path, ".xml", '<resources><string name="hint">Tap the phone</string>'
                        '<string name="hint" product="tablet">Tap the tablet</string></resources>',
                        '<resources><string name="hint">ټیلیفون ټک کړئ</string>'
                        '<string name="hint" product="tablet">ټابلیټ ټک کړئ</string></resources>')
    u = by_id(us)
    assert (u["hint"].target, u["hint#tablet"].target) == ("ټیلیفون ټک کړئ", "ټابلیټ ټک کړئ")
    assert u["hint#tablet"].key == "hint#tablet" and u["hint#tablet"].line == 1
    assert text_at(ps, 1, u["hint#tablet"].column).startswith("ټابلیټ ټک کړئ</string>")


def test_webextension_messages_and_flutter_arb(tmp_path):
    us, _ = write_pair(tmp_path, ".json",
                       '{"appName": {"message": "Notes", "description": "The name in the store"},\n'
                       ' "greet": {"message": "Hello $USER$", "placeholders": {"user": {"content": "$1"}}}}',
                       '{"appName": {"message": "یادښتونه"},\n "greet": {"message": "سلام $USER$"}}')
    u = by_id(us)
    assert list(u) == ["appName", "greet"] and u["greet"].target == "سلام $USER$"
    assert u["appName"].notes == ("The name in the store",) and u["greet"].line == 2
    arb, _ = write_pair(tmp_path, ".arb",
                        '{"@@locale": "en", "count": "{n, plural, one {# note} other {# notes}}",'
                        ' "@count": {"description": "notes"}}',
                        '{"@@locale": "ps", "count": "{n, plural, one {# یادښت} other {# یادښتونه}}"}')
    assert [x.id for x in arb.units] == ["count"] and arb.syntaxes == ("icu",)
    # an object with a "message" among other keys is an ordinary nested message
    nested, _ = write_pair(tmp_path, ".json", '{"error": {"message": "Failed", "title": "Error"}}',
                           '{"error": {"message": "پاتې راغی", "title": "تېروتنه"}}')
    assert [x.id for x in nested.units] == ["error.message", "error.title"]
