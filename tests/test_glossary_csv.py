"""Term bases as CSV exports name their columns (issue 13): ``--glossary`` reads real term
bases as they are (the TICO-19 COVID-19 term bases: ``sourceString``/``targetString`` with
``sourceLang``/``targetLang``, ids, part of speech, description) and the usual CAT / term-base
export headers (source/target, English/Pashto, term/translation, en-US/ps-AF), by the column
names, never by the file name; rows that cannot be used are skipped, counted and named,
never a traceback; the positional layout (en, ps, forbidden, domain, note, flags) is unchanged."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner.checks.terminology import TerminologyCheck
from aligner.cli import app
from aligner.errors import InputError
from aligner.lang.glossary import get_glossary, load_glossary, parse_glossary
from tests.helpers import context_from_lines

DATA = Path(__file__).parent / "data" / "termbases-covid"
FB = DATA / "f_en-ps_AF.sample.csv"
GOOGLE = DATA / "g_en_ps.sample.csv"
runner = CliRunner()


def _by_english(g):
    return {e.english[0]: e for e in g.entries}


def test_the_two_real_term_bases_load_as_they_are():
    fb = load_glossary(FB)
    assert len(fb) == 9 and fb.skipped == []
    e = _by_english(fb)
    assert e["quarantine"].allowed == ("قرنطين",)
    assert e["1918 flu"].allowed == ("د ۱۹۱۸ فلو",)
    assert e["AIDS"].allowed == ("ايډز",)
    assert e["quarantine"].origin.endswith("f_en-ps_AF.sample.csv: row 7 (id 212)")
    # the id, language and part-of-speech columns are not terms
    assert not any(v in ("en", "ps_AF", "212") for x in fb.entries for v in x.english + x.allowed)

    google = load_glossary(GOOGLE)
    assert len(google) == 6 and google.skipped == []
    g = _by_english(google)
    assert g["14 days quarantine"].allowed == ("14 ورځې قرنطین",)
    assert g["covid vaccine"].allowed == ("د covid واکسین",)
    assert all(x.user for x in google.entries)


def test_a_term_base_row_is_applied_to_the_translation():
    en = ["The travellers were placed in quarantine for two weeks."]
    good = ["مسافرین د دوو اونیو لپاره په قرنطين کې واچول شول."]
    bad = ["مسافرین د دوو اونیو لپاره په جلا ځای کې واچول شول."]
    check = TerminologyCheck()
    assert list(check.run(context_from_lines(en, good, {"glossaries": [str(FB)]}))) == []
    found = list(check.run(context_from_lines(en, bad, {"glossaries": [str(FB)]})))
    assert [f.code for f in found] == ["TERM-MISSING"]
    assert found[0].source.text == "quarantine"


@pytest.mark.parametrize("header, row", [
    ("source,target", "vaccine,واکسين"),
    ("English,Pashto,Notes", "vaccine,واکسين,a COVID-19 term"),
    ("term,translation,description", "vaccine,واکسين,COVID"),
    ("en-US,ps-AF", "vaccine,واکسين"),
    ("Source Term,Target Term,Domain", "vaccine,واکسين,health"),
    ("ID,Source text,Target text", "7,vaccine,واکسين"),
    ("targetString,sourceString", "واکسين,vaccine"),               # column order does not matter
    ("ps,en,note", "واکسين,vaccine,"),
])
def test_common_export_headers(header, row):
    g = parse_glossary(f"{header}\n{row}\n", "csv", "x.csv")
    assert [(e.english, e.allowed) for e in g.entries] == [(("vaccine",), ("واکسين",))]
    assert g.skipped == []


def test_semicolon_separated_export():
    g = parse_glossary("\ufeffsourceString;targetString;description\nfever;تبه;a symptom, often high\n", "csv", "x.csv")
    assert [(e.english, e.allowed, e.note) for e in g.entries] == [(("fever",), ("تبه",), "a symptom, often high")]


def test_notes_and_domain_columns_land_in_the_entry():
    g = parse_glossary("English,Pashto,Notes,Subject\nvaccine,واکسين,a COVID-19 term,Health\n", "csv", "x.csv")
    (e,) = g.entries
    assert (e.note, e.domain) == ("a COVID-19 term", "health")


def test_tsv_with_named_columns():
    g = parse_glossary("sourceString\ttargetString\tdescription\nfever\tتبه\tsymptom\n", "tsv", "x.tsv")
    assert [(e.english, e.allowed, e.note) for e in g.entries] == [(("fever",), ("تبه",), "symptom")]


def test_rows_it_cannot_use_are_counted_and_named():
    text = ("id,sourceLang,targetLang,sourceString,targetString\n"
            "1,en,ps_AF,fever,تبه\n"
            "2,en,ps_AF,cough,\n"                          # no Pashto
            "3,en,fa_IR,fever,تب\n"                        # another language pair
            "4,ps,en,واکسين,vaccine\n"                     # the reverse direction: still a term pair
            "5,en,ps_AF,قرنطين,quarantine\n"               # columns swapped in the row
            "6,en,ps_AF,,ماسک\n"                           # no English
            "7\n")                                         # a short row
    g = parse_glossary(text, "csv", "tb.csv")
    assert [(e.english, e.allowed) for e in g.entries] == [(("fever",), ("تبه",)), (("vaccine",), ("واکسين",))]
    assert len(g.skipped) == 5
    assert g.skipped[0] == "tb.csv: row 3 (id 2): no Pashto term"
    assert g.skipped[1] == "tb.csv: row 4 (id 3): not English→Pashto (en→fa_IR)"
    assert g.skipped[2].startswith("tb.csv: row 6 (id 5): the English column contains Arabic-script text")
    assert g.skipped[3] == "tb.csv: row 7 (id 6): no English term"
    assert g.skipped[4] == "tb.csv: row 8 (id 7): no English term"
    # the skipped rows travel with the glossary when it is combined with the shipped one
    assert (get_glossary([]) + g).skipped == g.skipped


def test_a_term_base_with_no_usable_row_is_an_input_error():
    with pytest.raises(InputError, match=r"^tb.csv: no usable English→Pashto entry \(2 row\(s\) skipped; "
                                         r"first: row 2: not English→Pashto \(en→de\)\)$"):
        parse_glossary("source,target,sourceLang,targetLang\nfever,Fieber,en,de\ncough,Husten,en,de\n",
                       "csv", "tb.csv")


def test_malformed_csv_is_one_line():
    # an unterminated quote swallows the rest of the file into one field beyond the csv limit
    text = "sourceString,targetString\nfever,\"تبه\n" + "x" * 200_000 + "\n"
    with pytest.raises(InputError, match=r"^tb.csv: row \d+: malformed CSV \(field larger than field limit"):
        parse_glossary(text, "csv", "tb.csv")


def test_positional_layout_is_unchanged():
    g = parse_glossary("en,ps,forbidden\nred mud,سره خټه,سور ګل\n", "csv", "x.csv")
    assert [(e.english, e.allowed, e.forbidden) for e in g.entries] == [(("red mud",), ("سره خټه",), ("سور ګل",))]
    with pytest.raises(InputError, match=r"^bad.csv: row 2"):       # strict, as before
        parse_glossary("en,ps\n,سره خټه\n", "csv", "bad.csv")


def test_cli_check_with_a_real_term_base_sample(tmp_path):
    en = tmp_path / "en.txt"
    ps = tmp_path / "ps.txt"
    en.write_text("The travellers were placed in quarantine for two weeks.\n", encoding="utf-8")
    ps.write_text("مسافرین د دوو اونیو لپاره په جلا ځای کې واچول شول.\n", encoding="utf-8")
    res = runner.invoke(app, ["check", str(en), str(ps), "--glossary", str(FB), "--format", "json"])
    assert res.exit_code in (0, 1), res.output
    assert '"TERM-MISSING"' in res.output and "quarantine" in res.output


def test_cli_says_how_many_rows_were_skipped(tmp_path):
    en = tmp_path / "en.txt"
    ps = tmp_path / "ps.txt"
    en.write_text("The travellers were placed in quarantine for two weeks.\n", encoding="utf-8")
    ps.write_text("مسافرین د دوو اونیو لپاره په قرنطين کې واچول شول.\n", encoding="utf-8")
    tb = tmp_path / "tb.csv"
    tb.write_text("sourceLang,targetLang,sourceString,targetString\nen,ps,quarantine,قرنطين\n"
                  "en,fa,quarantine,قرنطینه\nen,ps,cough,\n", encoding="utf-8")
    res = runner.invoke(app, ["check", str(en), str(ps), "--glossary", str(tb)])
    assert res.exit_code == 0, res.output
    assert f"aligner: glossary: 2 row(s) skipped; first: {tb}: row 3: not English→Pashto (en→fa)" in res.output
