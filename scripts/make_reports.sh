#!/usr/bin/env bash
# Regenerate the example reports under reports/ from the seed pair (English 000, Pashto 001):
# text, JSON, HTML, Markdown, CSV, XLSX, and a Chromium screenshot of the HTML page.
#
#   bash scripts/make_reports.sh
#
# `aligner check` exits 1 when it finds errors (the seed pair has them): that is expected
# here; any other non-zero exit stops the script.
set -euo pipefail
cd "$(dirname "$0")/.."

ALIGNER=.venv/bin/aligner
EN=seeds/000_b03a506ffbf9dd62.txt
PS=seeds/001_f1af6598c0c95f34.txt
OUT=reports
NAME=seed-000-001
mkdir -p "$OUT"

check() {   # check FORMAT SUFFIX
    local rc=0
    "$ALIGNER" check "$EN" "$PS" --format "$1" --output "$OUT/$NAME.$2" || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        echo "make_reports: aligner check --format $1 failed (exit $rc)" >&2
        exit "$rc"
    fi
    echo "wrote $OUT/$NAME.$2"
}

# The alignment alone (aligner align): side by side, and as aligner.report/1 JSON.
"$ALIGNER" align "$EN" "$PS" --output "$OUT/$NAME.align.txt" && echo "wrote $OUT/$NAME.align.txt"
"$ALIGNER" align "$EN" "$PS" --format json --output "$OUT/$NAME.align.json" && echo "wrote $OUT/$NAME.align.json"

check text txt
check json json
check sarif sarif
check junit junit.xml
check html html
check markdown md
check csv csv
check xlsx xlsx

# Screenshot of the review page as a reader sees it (first 2000 px).
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
    profile=$(mktemp -d)
    trap 'rm -rf "$profile"' EXIT
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" \
        --screenshot="$PWD/$OUT/$NAME.png" --window-size=1400,2000 \
        "file://$PWD/$OUT/$NAME.html" 2>/dev/null
    echo "wrote $OUT/$NAME.png"
else
    echo "make_reports: $CHROMIUM not found; skipped the screenshot" >&2
fi
