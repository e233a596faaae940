"""How long the window's thread stalls while a file is opened, analysed and shown (goal: at most 100 ms).

The file goes through the window's own path (AnalysisController.open_file: preview and analysis in the
analysis process, then every view filled and the Dashboard's charts built, one per turn of the event loop).
The window is shown and its first tab's charts built before the clock starts (bench_startup.py times that);
as in the app, the analysis' modules then load on a thread once the window is idle, and the file is opened
when they have (an owner who opens a file a few seconds after start). --at-once opens the file as soon as
the window is shown, while they still load: the worst case, a file given on the command line.
A 10 ms timer runs on the window's thread the whole time; the longest gap between two of its ticks is the
longest the window could not answer a click. The clock stops one second after the results are on screen
(analysis_finished, which comes once the Dashboard's charts are built), so the last paints count too.
The five longest gaps are printed with the stage they ended in and when (seconds after the file was opened):
on a busy machine a gap is longer than the work done in it (the thread also waits for a free core).

The app's modules run from bytecode, as installed (see benchmarks/compiled.py); --from-source compiles them on import.

Run: python benchmarks/bench_gui_latency.py [FILE]   (default: the demo shop; a 1M-row file is made with
     python benchmarks/bench_gui_latency.py --make-file /tmp/1m.csv)
Its last line is max_gap_ms=<n>.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from compiled import use_bytecode

SETTLE_S = 1.0
"""The clock runs this long after the results are shown: the window's last paints count too."""


def make_file(path: Path, rows: int) -> None:
    from generate import synthetic_transactions

    synthetic_transactions(rows=rows, customers=max(1, rows // 5)).to_csv(path, index=False)


def measure(
    path: Path, timeout_s: float = 900.0, at_once: bool = False
) -> tuple[float, float, str, list[tuple[float, str, float]]]:
    """(longest gap in ms, seconds until shown, where the longest gap ended, the five longest gaps as (ms, stage,
    seconds after the file was opened when it ended))."""
    from PySide6.QtCore import QSettings, QTimer

    from ltv_desktop.controllers.analysis_controller import SHOWN_FROM
    from ltv_desktop.controllers.app import Application, GuiOptions, load_engine_when_idle
    from ltv_desktop.ui.lazy_chart import when_charts_built

    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language="en"), settings)
    app.window.resize(1366, 768)
    app.window.show()
    settled = []
    when_charts_built(lambda: settled.append(True))  # the first tab's charts: the window's start, not this
    engine = load_engine_when_idle()  # as run_gui does
    loading = lambda: engine.ident is None or engine.is_alive()  # noqa: E731 (not started yet, or running)
    while not settled or (not at_once and loading()):
        app.qapp.processEvents()
        time.sleep(0.001)
    gaps: list[tuple[float, str, float]] = []
    last = [time.perf_counter()]
    stage = ["opening"]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(((now - last[0]) * 1000, stage[0], now - started))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    done = {"shown": False, "failed": ""}

    def finished(_result) -> None:
        stage[0] = "after results"
        QTimer.singleShot(0, lambda: done.update(shown=True))

    def failed(message: str) -> None:
        done.update(shown=True, failed=message)

    app.analysis.analysis_finished.connect(finished)
    app.analysis.analysis_failed.connect(failed)
    app.analysis.preview_ready.connect(lambda _p: stage.__setitem__(0, "analysing"))
    show_progress = app.window.show_progress

    def progress(share: float, text: str) -> None:
        if (share >= SHOWN_FROM and stage[0] == "analysing") or stage[0].startswith("showing"):
            stage[0] = f"showing the results ({share:.0%})"
        show_progress(share, text)

    app.window.show_progress = progress
    started = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    app.analysis.open_file(path)
    while not done["shown"] and time.perf_counter() - started < timeout_s:
        app.qapp.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    shown = time.perf_counter()
    while time.perf_counter() - shown < SETTLE_S:  # what the window does right after (the last paints)
        app.qapp.processEvents()
        time.sleep(0.001)
    timer.stop()
    tick()
    if done["failed"]:
        raise SystemExit(f"the analysis failed: {done['failed']}")
    app.close()
    worst = max(gaps)
    return worst[0], elapsed, worst[1], sorted(gaps, reverse=True)[:5]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--make-file", type=Path, help="write a synthetic sales CSV here and exit")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument(
        "--from-source", action="store_true", help="compile the app's modules as they are imported (no bytecode)"
    )
    parser.add_argument(
        "--at-once", action="store_true", help="open the file as soon as the window is shown, before the engine loads"
    )
    args = parser.parse_args()
    if args.make_file:
        make_file(args.make_file, args.rows)
        print(f"wrote {args.make_file}")
        return
    if not args.from_source:
        use_bytecode()
    from ltv_desktop.paths import demo_sales_path

    path = args.file or demo_sales_path()
    worst, elapsed, where, longest = measure(path, at_once=args.at_once)
    modules = "from source" if args.from_source else "from bytecode"
    modules += ", opened at once" if args.at_once else ", opened once the engine had loaded"
    print(f"{path.name} ({modules}): results shown after {elapsed:.1f} s; longest stall of the window's thread {where}")
    print("longest gaps: " + "; ".join(f"{gap:.0f} ms {stage} (at {at:.1f} s)" for gap, stage, at in longest))
    print(f"max_gap_ms={worst:.0f}")


if __name__ == "__main__":
    main()
