#!/usr/bin/env bash
# Build the macOS app: packaging/dist/LTV Desktop.app, then packaging/dist/ltv-desktop-<version>-macos-<arch>.dmg.
#
#   packaging/build-macos.sh                       # makes its own build venv in packaging/build/venv
#   PYTHON=/path/to/venv/bin/python packaging/build-macos.sh
# Optional signing and notarisation (see packaging/README.md):
#   CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"  signs the .app and the .dmg
#   NOTARY_PROFILE=<keychain profile from `xcrun notarytool store-credentials`>  notarises and staples
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
ARCH="$(uname -m)"
APP="packaging/dist/LTV Desktop.app"
DMG="packaging/dist/ltv-desktop-$VERSION-macos-$ARCH.dmg"
echo "Building LTV Desktop $VERSION for macOS $ARCH"

if [ resources/icons/app.svg -nt resources/icons/app.icns ]; then
    QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/render_icons.py
fi

rm -rf "$APP" packaging/dist/ltv-desktop "$DMG"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath packaging/dist --workpath packaging/build/pyinstaller packaging/ltv_desktop.spec

BINARY="$APP/Contents/MacOS/ltv-desktop"
echo "App: $APP ($(du -sh "$APP" | cut -f1) unpacked)"
"$BINARY" calc --aov 100 --frequency 2 --lifespan-years 3 --json >/dev/null
if "$BINARY" --help 2>/dev/null | grep -q -- '--self-test'; then
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$BINARY" --self-test
fi

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# A compressed disk image with the app and a link to /Applications to drag it onto.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "LTV Desktop $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "Disk image: $DMG ($(du -h "$DMG" | cut -f1))"
