#!/usr/bin/env bash
# Build the desktop bundle with PyInstaller: packaging/build.sh [--onefile]
# Output: build/dist/crm-desktop/ (one folder) or build/dist/crm-desktop (one file).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
if [ "${1:-}" = "--onefile" ]; then export ONEFILE=1; fi
"$PYTHON" -m pip install -q -e '.[package]'
"$PYTHON" -m PyInstaller packaging/crm-desktop.spec --noconfirm --clean \
    --distpath build/dist --workpath build/work
if [ "${ONEFILE:-}" = "1" ]; then
    du -sh build/dist/crm-desktop
else
    du -sh build/dist/crm-desktop
fi
