"""The Excel report for a 20,000-customer shop (goal <= 3 s) and for 200,000 customers (goal >= 2.5x
faster than DataFrame.to_excel(engine="openpyxl") of the same tables), with progress and cancel.

Run: python benchmarks/bench_export.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import synthetic_spend, synthetic_transactions

from ltv_desktop.io.export import export_workbook
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.errors import Cancelled
from ltv_desktop.model.progress import Progress
from ltv_desktop.model.settings import Settings


def updates_hook(store: list[float]):
    return lambda share, stage: store.append(share)


def shop(customers: int):
    frame = synthetic_transactions(rows=customers * 5, customers=customers)
    return analyze(frame, Settings(margin=0.5), spend=synthetic_spend(frame))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for customers in (20_000, 200_000):
            result = shop(customers)
            updates: list[float] = []
            started = time.perf_counter()
            export_workbook(result, Path(folder) / "ours.xlsx", progress=Progress(updates_hook(updates)))
            ours = time.perf_counter() - started
            size = (Path(folder) / "ours.xlsx").stat().st_size / 1e6
            line = f"{customers:>7,} customers: whole workbook {ours:.2f} s ({size:.1f} MB, {len(updates)} progress updates)"
            if customers == 20_000:
                print(line + " (goal <= 3 s)")
                continue
            started = time.perf_counter()
            with pd.ExcelWriter(Path(folder) / "pandas.xlsx", engine="openpyxl") as writer:
                result.periods.to_excel(writer, sheet_name="Periods")
                result.cohorts.retention.to_excel(writer, sheet_name="Retention")
                result.cohorts.cumulative_ltv.to_excel(writer, sheet_name="LTV")
                result.customers.to_excel(writer, sheet_name="Customers")
                result.channels.to_excel(writer, sheet_name="Channels")
                result.segments.to_excel(writer, sheet_name="Segments")
            baseline = time.perf_counter() - started
            print(
                line
                + f"; DataFrame.to_excel(openpyxl) of the same tables {baseline:.2f} s -> {baseline / ours:.1f}x faster (goal >= 2.5x)"
            )
            seen: list[float] = []
            started = time.perf_counter()
            try:
                export_workbook(
                    result,
                    Path(folder) / "cancelled.xlsx",
                    progress=Progress(updates_hook(seen), lambda seen=seen: len(seen) > 10),
                )
            except Cancelled:
                print(
                    f"  cancel honoured after {time.perf_counter() - started:.2f} s; file written: {(Path(folder) / 'cancelled.xlsx').exists()}"
                )


if __name__ == "__main__":
    main()
