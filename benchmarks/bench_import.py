"""Import speed against the best a Python user could do by hand (issue: import real exports).

1. A 1,000,000-row CSV as 1C writes it: a title block, `;`, decimal commas, NBSP thousands,
   dd.mm.yyyy dates. Ours (sniffed, parsed, validated into canonical rows) against
   pandas.read_csv told the separator, decimal, thousands, skiprows and date format.
2. A 100,000-row XLSX: ours (python-calamine) against pandas.read_excel(engine="openpyxl").
Goals: CSV <= 2x the hand-tuned read_csv; XLSX >= 5x faster than read_excel/openpyxl.
Run: python benchmarks/bench_import.py

3. `--file PATH [--runs 5] [--against OTHER_TREE]`: read_transactions of one file, one fresh process per run
   (wall and CPU seconds of the read alone, the process's peak RSS); `--against` alternates runs of this tree
   and another checkout (e.g. before a change) so both see the same load of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import xlsxwriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ltv_desktop.io import read_transactions

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import json, resource, sys, time
from ltv_desktop.io import read_transactions
wall, cpu = time.perf_counter(), time.process_time()
result = read_transactions(sys.argv[1])
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "peak": peak, "rows": len(result.transactions.frame)}))
"""


def one_read(root: Path, path: Path) -> dict[str, float]:
    """Wall and CPU seconds of one read_transactions in a fresh process of `root`'s code, and its peak RSS (MB)."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True, cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)}, timeout=600,
    )  # fmt: skip
    return json.loads(done.stdout.splitlines()[-1])


def compare(path: Path, runs: int, against: Path | None) -> None:
    """Median wall, CPU and peak RSS of reading `path`, this tree alternated with `against` when given."""
    trees = {"this tree": ROOT} if against is None else {"this tree": ROOT, "other tree": against.resolve()}
    found: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(runs):
        for name, root in trees.items():
            found[name].append(one_read(root, path))
    print(f"read_transactions({path.name}), {runs} fresh processes each, load average {os.getloadavg()[0]:.2f}")
    for name, results in found.items():
        walls = "/".join(f"{r['wall']:.2f}" for r in results)
        print(
            f"  {name}: wall median {statistics.median(r['wall'] for r in results):.2f} s [{walls}], "
            f"CPU median {statistics.median(r['cpu'] for r in results):.2f} s, "
            f"peak RSS median {statistics.median(r['peak'] for r in results):.0f} MB, rows {results[0]['rows']:,.0f}"
        )


def median_of(runs: int, function) -> tuple[float, str]:
    """The median wall time of `runs` calls, and every run's time (the machine may be shared: show the spread)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), "/".join(f"{t:.2f}" for t in times)


def write_csv(path: Path, rows: int) -> None:
    rng = np.random.default_rng(7)
    days = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 1000, rows), unit="D")
    amounts = rng.lognormal(7, 1.2, rows)
    whole = np.floor(amounts).astype(np.int64)
    cents = np.round((amounts - whole) * 100).astype(np.int64) % 100
    grouped = pd.Series(whole).map(lambda v: f"{v:,}".replace(",", "\u00a0"))
    frame = pd.DataFrame(
        {
            "Дата": days.strftime("%d.%m.%Y"),
            "Контрагент": pd.Series(rng.integers(0, 200_000, rows)).map("Клиент {:06d}".format),
            "Документ": pd.Series(np.arange(rows)).map("Реализация {:07d}".format),
            "Сумма": grouped + "," + pd.Series(cents).map("{:02d}".format),
        }
    )
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Отчёт по продажам\nООО «Ромашка»\nПериод: 01.01.2022 - 27.09.2024\n\n")
        frame.to_csv(handle, sep=";", index=False)


def write_xlsx(path: Path, rows: int) -> None:
    rng = np.random.default_rng(8)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Sales")
    date_format = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, ["Date", "Customer", "Invoice", "Amount"])
    base = pd.Timestamp("2022-01-01").to_pydatetime()
    offsets = rng.integers(0, 1000, rows)
    customers = rng.integers(0, 20_000, rows)
    amounts = np.round(rng.lognormal(4, 1, rows), 2)
    for row in range(rows):
        sheet.write_datetime(row + 1, 0, base + pd.Timedelta(days=int(offsets[row])), date_format)
        sheet.write_string(row + 1, 1, f"Customer {customers[row]:05d}")
        sheet.write_string(row + 1, 2, f"INV-{row:07d}")
        sheet.write_number(row + 1, 3, float(amounts[row]))
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="time read_transactions of this file only")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout, run alternately with this one")
    arguments = parser.parse_args()
    if arguments.file is not None:
        compare(arguments.file.resolve(), arguments.runs, arguments.against)
        return
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = Path(folder) / "sales_1c.csv", Path(folder) / "sales.xlsx"
        write_csv(csv_path, 1_000_000)
        write_xlsx(xlsx_path, 100_000)
        print(f"CSV {csv_path.stat().st_size / 1e6:.0f} MB, XLSX {xlsx_path.stat().st_size / 1e6:.1f} MB")

        def by_hand() -> pd.DataFrame:
            frame = pd.read_csv(csv_path, sep=";", decimal=",", thousands="\u00a0", skiprows=4, encoding="utf-8")
            frame["Дата"] = pd.to_datetime(frame["Дата"], format="%d.%m.%Y")
            return frame

        hand = by_hand()
        hand_numeric = pd.api.types.is_numeric_dtype(hand["Сумма"])
        ours = read_transactions(csv_path)
        assert len(ours.transactions.frame) == 1_000_000 and not ours.transactions.rejections
        # Fast must not mean wrong: every date and amount equals the hand-made reading (untimed).
        amounts = hand["Сумма"].astype(str).str.replace("\u00a0", "").str.replace(",", ".").astype(float)
        assert (ours.transactions.frame["date"].to_numpy() == hand["Дата"].to_numpy()).all()
        assert np.array_equal(ours.transactions.frame["amount"].to_numpy(), amounts.to_numpy())
        runs = 3
        hand_time, hand_runs = median_of(runs, by_hand)
        ours_time, ours_runs = median_of(runs, lambda: read_transactions(csv_path))
        print(
            f"CSV 1,000,000 rows (median of {runs}): ours {ours_time:.2f} s [{ours_runs}] (sniffed, parsed, validated);"
            f" hand-tuned read_csv {hand_time:.2f} s [{hand_runs}] -> ratio {ours_time / hand_time:.2f}x (goal <= 2x)"
        )
        print(
            f"  note: the hand-tuned read_csv left the amounts {'numeric' if hand_numeric else 'as TEXT'}"
            f" (NBSP thousands), ours parsed all {len(ours.transactions.frame):,} amounts"
        )

        ours_x, ours_x_runs = median_of(runs, lambda: read_transactions(xlsx_path))
        openpyxl_x, openpyxl_runs = median_of(runs, lambda: pd.read_excel(xlsx_path, engine="openpyxl"))
        print(
            f"XLSX 100,000 rows (median of {runs}): ours {ours_x:.2f} s [{ours_x_runs}]; read_excel(openpyxl) "
            f"{openpyxl_x:.2f} s [{openpyxl_runs}] -> {openpyxl_x / ours_x:.1f}x faster (goal >= 5x)"
        )


if __name__ == "__main__":
    main()
