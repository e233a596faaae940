#!/usr/bin/env bash
# Build the Linux bundle: packaging/dist/ltv-desktop/ltv-desktop (one folder), then run its self-test.
#
#   packaging/build.sh                         # makes its own build venv in packaging/build/venv
#   PYTHON=/path/to/venv/bin/python packaging/build.sh   # reuses a venv that has the deps and PyInstaller
#
# Also writes packaging/dist/ltv-desktop-<version>-linux-<arch>.tar.gz, the file to hand out.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"

if [ -z "${PYTHON:-}" ]; then
    VENV="$HERE/build/venv"
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
    "$VENV/bin/python" -m pip install --quiet '.[package]'
    PYTHON="$VENV/bin/python"
fi

VERSION="$("$PYTHON" -c 'import ltv_desktop; print(ltv_desktop.__version__)')"
echo "Building LTV Desktop $VERSION with $("$PYTHON" -m PyInstaller --version 2>/dev/null || echo '?') PyInstaller"

# Icons are committed; render them again only when the SVG is newer than the PNGs.
if [ resources/icons/app.svg -nt resources/icons/app-512.png ]; then
    QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/render_icons.py
fi

rm -rf packaging/dist/ltv-desktop
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath packaging/dist --workpath packaging/build/pyinstaller packaging/ltv_desktop.spec

BUNDLE=packaging/dist/ltv-desktop
echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked)"

# The frozen app must work, not just exist.
"$BUNDLE/ltv-desktop" calc --aov 100 --frequency 2 --lifespan-years 3 --json >/dev/null
if "$BUNDLE/ltv-desktop" --help 2>/dev/null | grep -q -- '--self-test'; then
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$BUNDLE/ltv-desktop" --self-test
fi

ARCHIVE="packaging/dist/ltv-desktop-$VERSION-linux-$(uname -m).tar.gz"
cp resources/ltv-desktop.desktop "$BUNDLE/"
cp resources/icons/app.svg "$BUNDLE/ltv-desktop.svg"
tar -C packaging/dist -czf "$ARCHIVE" ltv-desktop
echo "Archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
