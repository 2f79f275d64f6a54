"""The HTML review page in a real browser: headless Chromium loads the seed report, its
script runs (filters work), the TERM-FORBIDDEN highlights exist in the live DOM, and the
screenshot is a real, non-blank page with the error highlight colour in it.

Needs the Debian ``chromium`` package (scripts/setup.sh installs it when run as root);
skipped only when /usr/bin/chromium is absent.
"""
from __future__ import annotations

import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

import aligner
from aligner.report.html import render_html
from tests.helpers import SEEDS

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium not installed (apt-get install -y chromium chromium-driver)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
WIDTH, HEIGHT = 1400, 2000
ERROR_BG = (0xFF, 0xD6, 0xD6)          # --error-bg, the background of an error <mark>


@pytest.fixture(scope="module")
def seed_result():
    en, ps = next(SEEDS.glob("000_*.txt")), next(SEEDS.glob("001_*.txt"))
    return aligner.check_files(str(en), str(ps))


@pytest.fixture(scope="module")
def seed_html(seed_result) -> str:
    return render_html(seed_result)


def chromium(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    proc = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                          capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return proc


def dump_dom(tmp_path: Path, html: str, name: str = "page.html") -> "Dom":
    page = tmp_path / name
    page.write_text(html, encoding="utf-8")
    return Dom(chromium(tmp_path, page, "--dump-dom").stdout.decode("utf-8"))


class Dom(HTMLParser):
    """Elements (tag, attributes) of the dumped DOM, and its text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self.elements: list[tuple[str, dict]] = []
        self.text = []
        self.feed(html)
        self.text = "".join(self.text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: (v if v is not None else "") for k, v in attrs}))

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag: str, cls: str | None = None, **attrs) -> list[dict]:
        return [a for t, a in self.elements if t == tag
                and (cls is None or cls in a.get("class", "").split())
                and all(a.get(k) == v for k, v in attrs.items())]


def read_png(path: Path) -> np.ndarray:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG into an (height, width, channels) array."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    out = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1)
        if kind == 0:                                         # None
            cur = line.copy()
        elif kind == 1:                                       # Sub: running sum per channel
            cur = (np.cumsum(line.reshape(-1, bpp), axis=0, dtype=np.uint64) % 256).astype(np.uint8).ravel()
        elif kind == 2:                                       # Up
            cur = line + prev
        else:                                                 # Average / Paeth: sequential
            cur = bytearray(stride)
            up, line = prev.tobytes(), line.tobytes()         # plain ints: fast and no uint8 overflow
            for i in range(stride):
                a = cur[i - bpp] if i >= bpp else 0
                b = up[i]
                if kind == 3:
                    cur[i] = (line[i] + ((a + b) >> 1)) & 0xFF
                else:
                    c = up[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                    cur[i] = (line[i] + pred) & 0xFF
            cur = np.frombuffer(bytes(cur), dtype=np.uint8)
        out[y] = cur
        prev = cur
    return out.reshape(height, width, bpp)


def test_screenshot_is_a_rendered_page(tmp_path, seed_html):
    page = tmp_path / "review.html"
    page.write_text(seed_html, encoding="utf-8")
    png = tmp_path / "review.png"
    chromium(tmp_path, page, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}")
    assert png.exists() and png.stat().st_size > 20_000
    pixels = read_png(png)[..., :3]
    assert pixels.shape[:2] == (HEIGHT, WIDTH)
    ink = np.any(pixels < 200, axis=-1).mean()
    assert ink > 0.02, f"page looks blank ({ink:.1%} dark pixels)"
    packed = (pixels[..., 0].astype(np.uint32) << 16) | (pixels[..., 1].astype(np.uint32) << 8) | pixels[..., 2]
    assert len(np.unique(packed)) > 50                         # text, badges, highlights: many colours
    # the alumina highlights (rows 1 and 4, on the first screen) are painted
    highlight = np.all(np.abs(pixels.astype(int) - ERROR_BG) <= 4, axis=-1).sum()
    assert highlight > 300, f"only {highlight} highlight-coloured pixels"


def test_dom_after_load(tmp_path, seed_html, seed_result):
    dom = dump_dom(tmp_path, seed_html)
    body = dom.find("body")
    assert body and body[0].get("data-review-ready") == "1", "the page script did not run"
    marks = dom.find("mark", cls="TERM-FORBIDDEN")
    assert len(marks) >= 4                                   # alumina + المونیم, two findings
    words = {m["data-f"] for m in marks}
    assert len(words) >= 2
    assert "hidden" not in dom.find("form", id="filters")[0]      # JS revealed the filters
    n = len(seed_result.findings)
    assert f"showing {n} of {n} findings" in dom.text
    assert not [a for t, a in dom.elements if "hidden" in a]      # everything shown by default
    pashto = dom.find("td", cls="text", lang="ps")
    assert pashto and all(a["dir"] == "rtl" for a in pashto)


def test_category_filter_hides_findings_and_highlights(tmp_path, seed_html, seed_result):
    script = """<script>
      var box = document.querySelector('input[data-filter="cat"][value="terminology"]');
      box.checked = false;
      box.dispatchEvent(new Event("change", {bubbles: true}));
    </script></body>"""
    dom = dump_dom(tmp_path, seed_html.replace("</body>", script))
    n = len(seed_result.findings)
    n_term = sum(f.category == "terminology" for f in seed_result.findings)
    assert f"showing {n - n_term} of {n} findings" in dom.text
    for tag in ("tr", "li"):                       # findings table rows, notes beside the text
        term = dom.find(tag, **{"data-cat": "terminology"})
        assert len(term) == n_term and all("hidden" in t for t in term)
        others = [a for a in dom.find(tag) if "data-cat" in a and a["data-cat"] != "terminology"]
        assert not [a for a in others if "hidden" in a]
    term_ids = {str(i) for i, f in enumerate(seed_result.findings) if f.category == "terminology"}
    marks = dom.find("mark", cls="TERM-FORBIDDEN")
    only_term = [m for m in marks if set(m["data-f"].split()) <= term_ids]
    assert only_term and all("off" in m["class"].split() for m in only_term)


def test_attention_filter_keeps_only_rows_with_findings(tmp_path, seed_html):
    script = """<script>
      var box = document.getElementById("only-attention");
      box.checked = true;
      box.dispatchEvent(new Event("change", {bubbles: true}));
    </script></body>"""
    dom = dump_dom(tmp_path, seed_html.replace("</body>", script))
    beads = dom.find("tr", cls="bead")
    visible = {int(b["data-bead"]) for b in beads if "hidden" not in b}
    with_findings = {int(b["data-bead"]) for b in beads
                     if any(c.startswith("has-") or c == "low" for c in b["class"].split())}
    assert visible == with_findings and {1, 4} <= visible and len(visible) < len(beads)
