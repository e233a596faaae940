"""Cold start to a shown window (goal <= 1.5 s on the 2-core machine), median of several runs.

Each run is a fresh process that builds the real window (`Application`, as `ltv-desktop` does), shows it, and
prints the time when the event loop first runs after the show (the first paint's events are handled by then).
Offscreen Qt, so it needs no screen. Besides the wall time it reports the process's CPU time (user + system,
start to exit), which a machine busy with other work disturbs less.

Run: python benchmarks/bench_startup.py [--runs 7] [--against OTHER_TREE] [--from-source]
`--against` alternates runs of this tree and another checkout (e.g. before a change), so both see the same load.
The app's modules run from bytecode, as installed (benchmarks/compiled.py); `--from-source` compiles them on import.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compiled import use_bytecode

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import time, sys
from PySide6.QtCore import QSettings, QTimer
from ltv_desktop.controllers.app import Application, GuiOptions
import tempfile, os
app = Application(GuiOptions(language="en"), QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat))
app.window.show()
def shown():
    print("shown", time.time(), flush=True)
    app.close()
    app.qapp.quit()
QTimer.singleShot(0, shown)
app.qapp.exec()
"""


def one_run(root: Path = ROOT) -> tuple[float, float]:
    """(seconds from start to shown window, CPU seconds of the whole process) of one fresh process."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=environment, timeout=120, check=True,
        cwd=root,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shown = float(next(line for line in done.stdout.splitlines() if line.startswith("shown")).split()[1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return shown - started, cpu


def describe(name: str, runs: list[tuple[float, float]]) -> str:
    walls, cpus = [wall for wall, _ in runs], [cpu for _, cpu in runs]
    return (
        f"{name}start to shown window: median {statistics.median(walls):.2f} s "
        f"(runs: {', '.join(f'{wall:.2f}' for wall in walls)}); CPU median {statistics.median(cpus):.2f} s; "
        "goal <= 1.5 s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument(
        "--from-source", action="store_true", help="compile the app's modules as they are imported (no bytecode)"
    )
    arguments = parser.parse_args()
    trees = {"": ROOT} if arguments.against is None else {"this tree: ": ROOT, "other tree: ": arguments.against}
    if not arguments.from_source:
        for root in trees.values():
            use_bytecode(root / "ltv_desktop")
    for root in trees.values():
        one_run(root)  # warm the disk cache: "cold" here means a new process, as when the owner starts the app again
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for _ in range(arguments.runs):
        for name, root in trees.items():
            runs[name].append(one_run(root))
    for name, measured in runs.items():
        print(describe(name, measured))


if __name__ == "__main__":
    main()
