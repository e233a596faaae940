"""How the whole analysis scales with the file: 10k, 100k and 1M rows (5M with --with-5m), each as whole
processes, against a bare `pandas.read_csv` of the same file in the same run.

For each size: a synthetic shop (benchmarks/generate.py: one customer per five rows, three years, real
repeat buying and drop-out) written as a plain CSV, then, alternately, `--runs` processes of
  read_csv:  python -c "import pandas; pandas.read_csv(FILE)"
  analyze:   python -m ltv_desktop analyze FILE   (default settings: the forecast on)
and the medians of their wall time, CPU time and peak RSS (the process's own, from wait4), with the ratio
analyze / read_csv. CPU time is reported because a machine busy with other work stretches wall time.
Goals (issue "Fast at every size"): 1M rows with the forecast <= 4x read_csv; 5M rows <= 2.5 GB peak.
The app's modules run from bytecode, as installed (benchmarks/compiled.py); pandas is bytecode in both.
Run: python benchmarks/bench_scaling.py [--runs 3] [--with-5m] [--no-forecast] [--sizes N ...] [--keep DIR]
[--from-source]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compiled import use_bytecode

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000)
LARGEST = 5_000_000
ROWS_PER_CUSTOMER = 5
"""As in the other benchmarks: 1M rows of 200k customers."""


def write_shop(path: Path, rows: int) -> None:
    """A synthetic shop as a plain CSV export: one row per order, ISO dates, decimal points."""
    from generate import synthetic_transactions

    frame = synthetic_transactions(rows, max(1, rows // ROWS_PER_CUSTOMER))
    frame.to_csv(path, index=False, date_format="%Y-%m-%d")


Measured = tuple[float, float, float]
"""Wall seconds, CPU seconds (user + system), peak RSS in MB of one process."""


def measure(command: list[str]) -> Measured:
    """One process, its output discarded; a failure stops the benchmark."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux reports kilobytes


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{names[0] if names else cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; Python {platform.python_version()}; "
        f"load average at the end {load}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="processes of each kind per size (median)")
    parser.add_argument("--with-5m", action="store_true", help="also 5,000,000 rows (minutes, several GB)")
    parser.add_argument("--no-forecast", action="store_true", help="analyze with --no-predictive")
    parser.add_argument("--sizes", type=int, nargs="+", help="row counts instead of 10k, 100k, 1M")
    parser.add_argument("--keep", type=Path, help="write the CSV files here and keep them (else a temporary folder)")
    parser.add_argument(
        "--from-source", action="store_true", help="compile the app's modules as they are imported (no bytecode)"
    )
    arguments = parser.parse_args()
    if not arguments.from_source:
        use_bytecode()
    sizes = tuple(arguments.sizes or SIZES) + ((LARGEST,) if arguments.with_5m else ())
    analyze_extra = ["--no-predictive"] if arguments.no_forecast else []
    rows_out = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = arguments.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for rows in sizes:
            path = folder / f"shop_{rows}.csv"
            if not path.exists():
                write_shop(path, rows)
            commands = {
                "read_csv": [sys.executable, "-c", "import sys, pandas; pandas.read_csv(sys.argv[1])", str(path)],
                "analyze": [sys.executable, "-m", "ltv_desktop", "analyze", str(path), *analyze_extra],
            }
            runs: dict[str, list[Measured]] = {name: [] for name in commands}
            for _ in range(arguments.runs):
                for name, command in commands.items():  # alternately: both see the same load
                    runs[name].append(measure(command))
            median = {name: tuple(statistics.median(run[k] for run in measured) for k in range(3))
                      for name, measured in runs.items()}  # fmt: skip
            rows_out.append((rows, path.stat().st_size / 2**20, median))
            print(
                f"{rows:>9,} rows, wall/CPU/RSS per run: "
                + "; ".join(
                    f"{name} " + " ".join(f"{w:.2f}/{c:.2f}/{r:.0f}" for w, c, r in measured)
                    for name, measured in runs.items()
                ),
                flush=True,
            )
    forecast = "without" if arguments.no_forecast else "with"
    print(f"\nanalyze ({forecast} the forecast) against a bare pandas.read_csv, whole processes, medians of "
          f"{arguments.runs}:")  # fmt: skip
    print("| rows | CSV | read_csv wall (CPU) | analyze wall (CPU) | × read_csv, wall (CPU) | peak RSS read_csv | "
          "peak RSS analyze |")  # fmt: skip
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rows, size, median in rows_out:
        (read_wall, read_cpu, read_rss), (wall, cpu, rss) = median["read_csv"], median["analyze"]
        print(
            f"| {rows:,} | {size:.1f} MB | {read_wall:.2f} s ({read_cpu:.2f} s) | {wall:.2f} s ({cpu:.2f} s) | "
            f"{wall / read_wall:.1f} ({cpu / read_cpu:.1f}) | {read_rss:.0f} MB | {rss:.0f} MB |"
        )
    print(f"\nmachine: {machine()}")


if __name__ == "__main__":
    main()
