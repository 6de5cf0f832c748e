#!/usr/bin/env bash
# Build the playground as a one-folder bundle that needs no Python: dist/playground/, with
# the program dist/playground/playground (tools/playground.spec says what goes in).
#
#   tools/build_bundle.sh            # with .venv/bin/python, which needs: pip install pyinstaller
#   PYTHON=python3 DIST_DIR=/tmp/dist WORK_DIR=/tmp/build tools/build_bundle.sh
#
# Prints the bundle's size and the build's time as its last lines.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-.venv/bin/python}"
dist="${DIST_DIR:-dist}"
work="${WORK_DIR:-build/pyinstaller}"

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "error: PyInstaller is not installed for $python (run: $python -m pip install pyinstaller)" >&2
  exit 2
fi

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
  tools/playground.spec
seconds=$(($(date +%s) - start))

echo "bundle: $dist/playground ($(du -sh "$dist/playground" | cut -f1)), built in ${seconds} s"
echo "run it: $dist/playground/playground [FILE]"
