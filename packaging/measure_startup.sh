#!/usr/bin/env bash
# Figures for the frozen app: its unpacked size and how long it takes to start.
#
#   packaging/measure_startup.sh [path/to/ltv-desktop] [runs]
#
# "Window shown" is the wall time of `ltv-desktop --screenshot DIR` without data: the process starts,
# builds and shows the main window, waits 100 ms, renders each tab to a PNG and exits. It is an upper
# bound of the time to a shown window (it includes the 100 ms wait, the tab renders and the exit).
# Runs offscreen unless QT_QPA_PLATFORM is set (e.g. QT_QPA_PLATFORM=xcb with a real display).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BINARY="${1:-$HERE/dist/ltv-desktop/ltv-desktop}"
RUNS="${2:-5}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
[ -x "$BINARY" ] || { echo "No frozen app at $BINARY: run packaging/build.sh first" >&2; exit 1; }
BUNDLE="$(dirname "$BINARY")"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() {  # wall seconds of one run of "$@", output discarded; fails if the command fails
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
measure() {  # label, command...: the median of $RUNS runs after one warm-up run
    local label="$1"; shift
    "$@" >/dev/null 2>&1 || { echo "$label: the command failed: $*" >&2; return 1; }
    local times=""
    for _ in $(seq "$RUNS"); do times+="$(seconds "$@")"$'\n'; done
    printf '%-34s median %.2f s over %s runs (min %.2f, max %.2f)\n' "$label" \
        "$(printf '%s' "$times" | median)" "$RUNS" \
        "$(printf '%s' "$times" | sort -n | head -1)" "$(printf '%s' "$times" | sort -n | tail -1)"
}

echo "Bundle $BUNDLE: $(du -sh "$BUNDLE" | cut -f1) unpacked, $(find "$BUNDLE" -type f | wc -l) files"
measure "calc --json (start + CLI)" "$BINARY" calc --aov 100 --frequency 2 --lifespan-years 3 --json
if "$BINARY" --help 2>/dev/null | grep -q -- '--screenshot'; then
    measure "window shown (--screenshot, upper)" "$BINARY" --screenshot "$OUT"
fi
if "$BINARY" --help 2>/dev/null | grep -q -- '--self-test'; then
    measure "--self-test (demo→analysis→export)" "$BINARY" --self-test
fi
