"""Every bad input we know of → exit code and the one-line message (issue: hard inputs).

    python bench/bad_inputs.py            # prints a Markdown table
    python bench/bad_inputs.py formats    # only the sections named
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EN = ROOT / "seeds" / "000_b03a506ffbf9dd62.txt"
PS = ROOT / "seeds" / "001_f1af6598c0c95f34.txt"
NTREX = ROOT.parent / "shared" / "data" / "ntrex-en-ps"


# Each section returns (label, argv after `python -m aligner`, options) rows; options may
# hold "env" (extra environment), "cwd", "timeout", or "run" (a callable returning
# (exit code, stderr) for a case that drives the process itself, e.g. a signal).
# One section per area of issue 10, so the areas are edited apart.

def cases_gate(d: Path) -> list:
    """Unknown codes, configuration schema, glossary precedence, discovery (items 2-4, 22)."""
    def config(name: str, text: str) -> str:
        (d / name).write_text(text, encoding="utf-8")
        return str(d / name)
    (d / "client.tsv").write_text("en\tps\tforbidden\nalumina\t\tالومینا\n", encoding="utf-8")
    ps_marker = d / "marker.ps.txt"
    ps_marker.write_text(PS.read_text(encoding="utf-8") + "\n<!-- aligner: ignore NUM-MISMACH reason: x -->\n",
                         encoding="utf-8")
    return [
        ("--select with a typo (NUM-MISMACH)", ["check", str(EN), str(PS), "--select", "NUM-MISMACH"], {}),
        ("--disable unknown code (FOO)", ["check", str(EN), str(PS), "--disable", "FOO"], {}),
        ("config select with a typo", ["check", str(EN), str(PS), "--config",
                                       config("sel.toml", 'select = ["NUM-MISMACH"]\n')], {}),
        ("config ignore with an unknown code", ["check", str(EN), str(PS), "--config",
                                                config("ign.toml", '[[ignore]]\ncode = "TERM-FORBIDEN"\nreason = "x"\n')], {}),
        ("inline marker with an unknown code", ["check", str(EN), str(ps_marker)], {}),
        ('copy = { threshold = "abc" }', ["check", str(EN), str(PS), "--config",
                                          config("abc.toml", 'copy = { threshold = "abc" }\n')], {}),
        ("copy = { threshold = nan }", ["check", str(EN), str(PS), "--config",
                                        config("nan.toml", "copy = { threshold = nan }\n")], {}),
        ("copy = { threshold = 1e400 }", ["check", str(EN), str(PS), "--config",
                                          config("inf.toml", "copy = { threshold = 1e400 }\n")], {}),
        ("unknown key inside a check table", ["check", str(EN), str(PS), "--config",
                                              config("key.toml", "copy = { treshold = 60 }\n")], {}),
        ("deeply nested TOML", ["check", str(EN), str(PS), "--config",
                                config("deep.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n")], {}),
        ("client glossary forbids a shipped rendering (read)",
         ["check", str(EN), str(PS), "--glossary", str(d / "client.tsv"), "--select", "TERM"], {}),
        ("aligner terms (effective entry)", ["terms", "bauxite"], {}),
        ("aligner --version", ["--version"], {}),
        ("aligner -h", ["-h"], {}),
        ("aligner codes", ["codes"], {}),
    ]


def cases_numbers(d: Path) -> list:
    """Exact figures, huge numbers, impossible dates, many numbers (items 10-13).  Each pair
    differs in one figure or date: exit 1 (errors found) is right, 0 means it went unseen."""
    to_ps = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    nums = [(k * 7919) % 1_000_003 + 1 for k in range(4000)]
    groups = ",000" * 300
    pairs = {
        "exact-figure": ("The population was 1,234,567 in total.", "نفوس ټولټال ۱٬۲۳۴٬۵۶۸ و."),
        "400-digits": ("The figure was 1" + "0" * 400 + ".", "شمېره 1" + "0" * 399 + "1 وه."),
        "300-groups": (f"The figure was 1{groups}.", f"شمېره 1{groups[:-1]}1 وه."),
        "month-13": ("It happened on 1402/01/05.", "دا په ۱۴۰۲/۱۳/۰۵ پېښ شو."),
        "day-31-of-30": ("It happened on 5 Mizan 1402.", "دا د ۱۴۰۲ کال د میزان په ۳۱مه پېښ شو."),
        "4000-numbers": ("The values are " + ", ".join(map(str, nums)) + ".",
                         "ارزښتونه " + "، ".join(str(n + (k == 2000)).translate(to_ps)
                                                 for k, n in enumerate(nums)) + " دي."),
    }
    rows = []
    for name, (en, ps) in pairs.items():
        (d / f"num-{name}-en.txt").write_text(en + "\n", encoding="utf-8")
        (d / f"num-{name}-ps.txt").write_text(ps + "\n", encoding="utf-8")
        rows.append((f"numbers: {name} (exit 1 = found)",
                     ["check", str(d / f"num-{name}-en.txt"), str(d / f"num-{name}-ps.txt"), "--segmented"],
                     {"timeout": 300}))
    return rows


def cases_inputs_audit(d: Path) -> list:
    """Binary formats, size/type limits, signals, paths, stale reports, cache (items 7, 9, 14, 15,
    19-21, 23)."""
    import io
    import json
    import signal
    import time
    import zipfile

    def aligner(*args, env=None, **kw):
        return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True,
                              text=True, cwd=ROOT, env={**os.environ, **(env or {})}, **kw)

    def pair(folder: Path, name: str, ps: bytes | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.en.txt").write_bytes(EN.read_bytes())
        (folder / f"{name}.ps.txt").write_bytes(PS.read_bytes() if ps is None else ps)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    (d / "doc.docx").write_bytes(buf.getvalue())
    (d / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    fifo = d / "pipe.ps.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    (d / "nopairs").mkdir(exist_ok=True)
    (d / "nopairs" / "notes.txt").write_text("nothing to pair\n", encoding="utf-8")
    pair(d / "private", "secret")
    outside = d / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "pairs.tsv").write_text("../private/secret.en.txt\t../private/secret.ps.txt\n", encoding="utf-8")
    links = d / "links"
    links.mkdir(exist_ok=True)
    for side in ("en", "ps"):
        if not (links / f"x.{side}.txt").is_symlink():
            (links / f"x.{side}.txt").symlink_to(d / "private" / f"secret.{side}.txt")
    pair(d / "longname", "x")
    (d / "longname.tsv").write_text("x.en.txt\tx.ps.txt\t" + "د_ولسمشر_د_ټاکنو_راپور_" * 8 + "\n", encoding="utf-8")
    (d / "cachefile").write_text("a file, not a folder", encoding="utf-8")

    def sigterm_jobs_2():
        docs, out = d / "sigterm", d / "sigterm-out"
        for n in range(6):
            pair(docs, f"doc{n}")
        proc = subprocess.Popen([sys.executable, "-m", "aligner", "audit", str(docs), "--out", str(out),
                                 "--jobs", "2", "--no-progress", "--no-resume", "--no-cache"],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not list(out.glob("doc*.json")):
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            return -1, "workers kept the pipes open for 60 s after SIGTERM"
        index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        done, pending = len(index["documents"]), len((index.get("interrupted") or {}).get("pending", []))
        return proc.returncode, f"{err.strip().splitlines()[-1]} [index: {done} done, {pending} pending]"

    def stale_reports():
        docs, out = d / "stale", d / "stale-out"
        pair(docs, "doc")
        aligner("audit", docs, "--out", out, "--format", "json,sarif,junit", "--no-progress")
        (docs / "doc.ps.txt").write_bytes(b"")
        r = aligner("audit", docs, "--out", out, "--format", "json", "--no-progress")
        left = sorted(p.name for p in out.glob("doc.*"))
        status = json.loads((out / "index.json").read_text(encoding="utf-8"))["documents"][0]["status"]
        return r.returncode, f"second run: pair {status}; reports left: {left or 'none'}"

    def index_label():
        docs, out = d / "label", d / "label-out"
        pair(docs, "doc")
        r = aligner("audit", docs, "--out", out, "--no-progress")
        html = (out / "index.html").read_text(encoding="utf-8")
        cell = html[html.index('<td class="verdict-'):].split("\n", 1)[0]
        return r.returncode, f"index.html result cell: {cell}"

    def baseline_other_pair():
        docs = d / "baseline-pairs"
        pair(docs, "a")
        pair(docs, "b")
        base = d / "baseline-a.json"
        aligner("baseline", "create", docs / "a.en.txt", docs / "a.ps.txt", "-o", base)
        r = aligner("check", docs / "b.en.txt", docs / "b.ps.txt", "--baseline", base, "-f", "json")
        found = len(json.loads(r.stdout)["findings"]) if r.stdout.strip() else "?"
        return r.returncode, f"baseline of pair a applied to pair b: {found} finding(s) of b still reported"

    return [
        ("DOCX as input", ["check", str(EN), str(d / "doc.docx")], {}),
        ("PDF as input", ["check", str(EN), str(d / "doc.pdf")], {}),
        ("FIFO as input", ["check", str(EN), str(fifo)], {"timeout": 60}),
        ("/dev/zero as input", ["check", str(EN), "/dev/zero"], {"timeout": 60}),
        ("/dev/zero as glossary", ["check", str(EN), str(PS), "--glossary", "/dev/zero"], {"timeout": 60}),
        ("input over the size limit", ["check", str(EN), str(PS)], {"env": {"ALIGNER_MAX_INPUT_MB": "0.001"}}),
        ("bad ALIGNER_MAX_INPUT_MB", ["check", str(EN), str(PS)], {"env": {"ALIGNER_MAX_INPUT_MB": "lots"}}),
        ("audit: no pairs (no report folder)", ["audit", str(d / "nopairs"), "--out", str(d / "nopairs-out")], {}),
        ("audit: index label of a pair with errors", [], {"run": index_label}),
        ("baseline of one pair, another pair", [], {"run": baseline_other_pair}),
        ("audit: SIGTERM with --jobs 2", [], {"run": sigterm_jobs_2}),
        ("audit: manifest path ../x", ["audit", str(outside), "--manifest", str(outside / "pairs.tsv"),
                                       "--out", str(d / "outside-out"), "--no-progress"], {}),
        ("audit: symlink out of DIR", ["audit", str(links), "--out", str(d / "links-out"), "--no-progress"], {}),
        ("audit: stale reports of a failed pair", [], {"run": stale_reports}),
        ("audit: long Pashto pair name", ["audit", str(d / "longname"), "--manifest", str(d / "longname.tsv"),
                                          "--out", str(d / "longname-out"), "--format", "json,sarif,junit",
                                          "--no-progress"], {}),
        ("ALIGNER_CACHE_DIR is a file", ["check", str(EN), str(PS)], {"env": {"ALIGNER_CACHE_DIR": str(d / "cachefile")}}),
    ]


def cases_reports(d: Path) -> list:
    """Terminal control characters, XLSX, Markdown mentions, terminal list, score (items 5, 8,
    16-18)."""
    import re
    hostile = "\x1b]0;pwned\x07\x1b[2J"
    en_text, ps_text = EN.read_text(encoding="utf-8"), PS.read_text(encoding="utf-8")

    def put(name: str, text: str) -> str:
        (d / name).write_text(text, encoding="utf-8")
        return str(d / name)

    def first_line_with(text: str, extra: str) -> str:
        head, _, rest = text.partition("\n")
        return head.rstrip() + extra + "\n" + rest

    def probe(args: list, verdict):
        """A row that also judges stdout: ``verdict(stdout)`` heads the message column."""
        def run():
            r = subprocess.run([sys.executable, "-m", "aligner", *args], capture_output=True, text=True,
                               cwd=ROOT, timeout=600)
            return r.returncode, f"stdout: {verdict(r.stdout)}\n{r.stderr}"
        return run

    def controls(out: str) -> str:
        raw = re.findall(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out)
        return f"{len(raw)} raw control characters reach the terminal" if raw else "no raw control characters"

    def mentions(out: str) -> str:
        live = re.findall(r"@[A-Za-z0-9]|https?://", re.sub(r"`+[^`]*`+", "", out))
        return f"{len(live)} live @mentions/links" if live else "no live @mention or link"

    def last_line(out: str) -> str:
        lines = out.strip().splitlines()
        return lines[-1].strip() if lines else "(nothing)"

    def worst(out: str) -> str:
        listed = re.findall(r"chrF\s+([\d.]+)\n", out)
        perfect = sum(1 for v in listed if float(v) >= 100)
        diffs = sum(1 for line in out.splitlines() if line.strip().startswith("diff:"))
        return f"{len(listed)} worst segments listed, {perfect} at chrF 100, {diffs} word diffs"

    evil_en = put(f"evil{hostile}.en.txt", first_line_with(en_text, f" {hostile} \x1bc"))
    evil_ps = put(f"evil{hostile}.ps.txt", first_line_with(ps_text, f" {hostile}"))
    ffff_en = put("ffff.en.txt", first_line_with(en_text, " \ufffe\uffff"))
    ffff_ps = put("ffff.ps.txt", first_line_with(ps_text, " \ufffe\uffff"))
    at_en = put("mention.en.txt", first_line_with(en_text, " Thanks @octocat, see https://evil.example."))
    at_ps = put("mention.ps.txt", first_line_with(ps_text, " مننه @octocat، https://evil.example وګورئ."))
    ps_lines = ps_text.splitlines()
    k = max(range(len(ps_lines)), key=lambda i: len(ps_lines[i]))
    words = ps_lines[k].split()
    words[-2] = "بدل" + words[-2]                    # one word changed near the end of the longest line
    hyp = put("hyp.ps.txt", "\n".join(ps_lines[:k] + [" ".join(words)] + ps_lines[k + 1:]) + "\n")
    return [
        ("ESC/OSC in documents and file names (text report)", [],
         {"run": probe(["check", evil_en, evil_ps], controls)}),
        ("ESC/OSC in documents and file names (score)", [], {"run": probe(["score", evil_ps, str(PS)], controls)}),
        ("U+FFFE/U+FFFF in the input (xlsx)", ["check", ffff_en, ffff_ps, "--format", "xlsx",
                                               "--output", str(d / "ffff.xlsx")], {}),
        ("@mention and URL in documents (markdown)", [], {"run": probe(["check", at_en, at_ps, "--format", "markdown"],
                                                                      mentions)}),
        ("no findings (text report ends with)", [], {"run": probe(["check", str(ROOT / "seeds" / "003_bbd86d58f29bddbf.txt"),
                                                                   str(ROOT / "bench" / "data" / "seed003.ps.txt")],
                                                                 last_line)}),
        ("one word changed late in a long line (score)", [], {"run": probe(["score", hyp, str(PS)], worst)}),
    ]


def cases_markdown(d: Path) -> list:
    """Markdown markup inside sentences (item 6): stripped for matching, offsets kept."""
    en = ("## The **new** dam\n\n**Built with local labour**: the dam stores **40 million** cubic metres.\n\n"
          "Read [the report](https://example.org/dam \"Report\") and run `dam-report --all`.\n")
    ps = ("## **نوی** بند\n\n**د سیمه ییزو کارګرو په مرسته جوړ شوی**: بند **۴۰ میلیونه** متر مکعب اوبه ساتي.\n\n"
          "[راپور](https://example.org/dam \"راپور\") ولولئ او `dam-report --all` وچلوئ.\n")
    (d / "md-en.md").write_text(en, encoding="utf-8")
    (d / "md-ps.md").write_text(ps, encoding="utf-8")
    (d / "md-ps-number.md").write_text(ps.replace("**۴۰ میلیونه**", "**۴۵ میلیونه**"), encoding="utf-8")
    (d / "md-ps-url.md").write_text(ps.replace("example.org/dam", "example.org/dams"), encoding="utf-8")
    return [
        ("Markdown pair: bold, link, code (no findings)", ["check", str(d / "md-en.md"), str(d / "md-ps.md")], {}),
        ("Markdown: number error inside bold (found)",
         ["check", str(d / "md-en.md"), str(d / "md-ps-number.md"), "--select", "NUM"], {}),
        ("Markdown: changed link URL (found)",
         ["check", str(d / "md-en.md"), str(d / "md-ps-url.md"), "--select", "FMT-URL"], {}),
    ]


def cases_formats(d: Path) -> list:
    """Bad localization files (issue 13): exit 2, one line naming the file and the place."""
    xl = '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
    files = {
        "malformed.xlf": xl + '<file source-language="en" target-language="ps"><body>\n<trans-unit id="1">'
                              '<source>Save</source><target>خوندي</source></trans-unit></body></file></xliff>\n',
        "bomb.xlf": '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n'
                    '<xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit>'
                    '</body></file></xliff>\n',
        "xxe.xlf": '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                   '<xliff version="1.2"><file><body><trans-unit id="1"><source>&x;</source></trans-unit>'
                   '</body></file></xliff>\n',
        "v3.xlf": '<?xml version="1.0"?>\n<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:3.0">'
                  '<file id="f"/></xliff>\n',
        "syntax.po": 'msgid ""\nmsgstr ""\n"Language: ps\\n"\n\nmsgid "Save"\nmsgstr "خوندي"\nmsgstr "again"\n'
                     'msgid "x\n',
        "dup-en.json": '{\n  "save": "Save",\n  "open": "Open"\n}\n',
        "dup-ps.json": '{\n  "save": "خوندي",\n  "open": "پرانیزئ",\n  "save": "ساتل"\n}\n',
        "notzip.docx": "this is not a zip archive",
        "bad.yml": "en:\n  save: Save\n   open: [Open\n",
        "bad-ps.yml": "ps:\n  save: خوندي\n",
    }
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return [
        ("XLIFF: malformed XML", ["check", str(d / "malformed.xlf")], {}),
        ("XLIFF: entity bomb", ["check", str(d / "bomb.xlf")], {}),
        ("XLIFF: external entity", ["check", str(d / "xxe.xlf")], {}),
        ("XLIFF: unknown version", ["check", str(d / "v3.xlf")], {}),
        ("PO: syntax error", ["check", str(d / "syntax.po")], {}),
        ("JSON: duplicate key", ["check", str(d / "dup-en.json"), str(d / "dup-ps.json")], {}),
        ("YAML: malformed", ["check", str(d / "bad.yml"), str(d / "bad-ps.yml")], {}),
        ("DOCX: not a zip", ["check", str(d / "notzip.docx"), str(d / "notzip.docx")], {}),
        ("one file that is not bilingual", ["check", str(d / "dup-en.json")], {}),
        ("unknown --input-format", ["check", str(EN), str(PS), "--input-format", "pdf"], {}),
    ]


def main():
    d = Path(tempfile.mkdtemp(prefix="aligner-bad-"))
    ps_text = PS.read_text(encoding="utf-8")
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "binary.bin": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
        "cp1256.txt": "هذا نص عربي للاختبار".encode("cp1256"),
        "utf16-bom.txt": ps_text.encode("utf-16"),
        "utf16-nobom.txt": ps_text.encode("utf-16-le"),
        "nul.txt": ps_text.encode("utf-8")[:300] + b"\x00" + ps_text.encode("utf-8")[300:],
        "crlf.txt": ps_text.replace("\n", "\r\n").encode("utf-8"),
        "mixed-eol.txt": ps_text.replace("\n", "\r\n", 5).encode("utf-8"),
        "longline.txt": " ".join(ps_text.splitlines()).encode("utf-8"),
        "persian.txt": ("این یک متن فارسی است که برای آزمایش نوشته شده و از آن برای تشخیص زبان استفاده می شود.\n" * 5).encode(),
        "arabic.txt": ("هذا نص باللغة العربية في هذه الوثيقة التي كتبت من أجل الاختبار على النظام.\n" * 5).encode(),
        "glossary-bad.tsv": "alumina\tالومینا\nthis row has no tab\n".encode(),
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    en_lines = (NTREX / "newstest2019.en.txt").read_text(encoding="utf-8").splitlines()
    ps_lines = (NTREX / "newstest2019.ps.txt").read_text(encoding="utf-8").splitlines()
    (d / "other-en.txt").write_text("\n".join(en_lines[:30]), encoding="utf-8")
    (d / "other-ps.txt").write_text("\n".join(ps_lines[600:630]), encoding="utf-8")
    en_copy = d / "en-copy.txt"
    en_copy.write_bytes(EN.read_bytes())
    cases = [
        ("missing file", ["check", str(EN), str(d / "nope.txt")]),
        ("directory instead of file", ["check", str(EN), str(d)]),
        ("empty file", ["check", str(EN), str(d / "empty.txt")]),
        ("whitespace-only file", ["check", str(EN), str(d / "blank.txt")]),
        ("binary file", ["check", str(EN), str(d / "binary.bin")]),
        ("not UTF-8 (Windows-1256)", ["check", str(EN), str(d / "cp1256.txt")]),
        ("UTF-16 with BOM (read)", ["check", str(EN), str(d / "utf16-bom.txt")]),
        ("UTF-16 without BOM", ["check", str(EN), str(d / "utf16-nobom.txt")]),
        ("NUL byte", ["check", str(EN), str(d / "nul.txt")]),
        ("CRLF line endings (read)", ["check", str(EN), str(d / "crlf.txt")]),
        ("mixed line endings (read)", ["check", str(EN), str(d / "mixed-eol.txt")]),
        ("one very long line (read)", ["check", str(EN), str(d / "longline.txt")]),
        ("'Pashto' file is English", ["check", str(EN), str(ROOT / "seeds" / "002_e26a8e655bbb5f59.txt")]),
        ("'Pashto' file is Persian", ["check", str(EN), str(d / "persian.txt")]),
        ("'Pashto' file is Arabic", ["check", str(EN), str(d / "arabic.txt")]),
        ("files swapped", ["check", str(PS), str(EN)]),
        ("not translations of each other", ["check", str(d / "other-en.txt"), str(d / "other-ps.txt")]),
        ("malformed glossary row", ["check", str(EN), str(PS), "--glossary", str(d / "glossary-bad.tsv")]),
        ("unknown --model", ["check", str(EN), str(PS), "--model", "no/such-model"]),
        ("unwritable output path", ["check", str(EN), str(PS), "--output", "/proc/nope/report.json"]),
        ("--output is an input file", ["check", str(en_copy), str(PS), "--output", str(en_copy)]),
        ("unknown --format", ["check", str(EN), str(PS), "--format", "pdf"]),
    ]
    cases = [(label, args, {}) for label, args in cases]
    only = sys.argv[1:]
    if only:
        cases = []
    for section in (cases_gate, cases_numbers, cases_inputs_audit, cases_reports, cases_markdown,
                    cases_formats):
        if not only or section.__name__.removeprefix("cases_") in only:
            cases.extend(section(d))
    print("| input | exit | message (stderr, first line) |")
    print("|---|---|---|")
    for label, args, opts in cases:
        if "run" in opts:                      # a case that drives the process itself
            returncode, stderr = opts["run"]()
        else:
            env = {**os.environ, **opts.get("env", {})}
            r = subprocess.run([sys.executable, "-m", "aligner", *args], capture_output=True, text=True,
                               cwd=opts.get("cwd", ROOT), timeout=opts.get("timeout", 600), env=env)
            returncode, stderr = r.returncode, r.stderr
        err = [line for line in stderr.strip().splitlines() if line.strip()]
        msg = err[0] if err else "(none)"
        if "Invalid value" in stderr:
            msg = next((line for line in err if "Invalid value" in line), msg)
        msg = msg.replace(str(d) + "/", "").replace(str(ROOT) + "/", "").replace("|", "\\|").strip("│ ")
        tb = " **TRACEBACK**" if "Traceback" in stderr else ""
        print(f"| {label} | {returncode} | {msg[:160]}{tb} |", flush=True)
    assert en_copy.read_bytes() == EN.read_bytes(), "an input file was overwritten"


if __name__ == "__main__":
    main()
