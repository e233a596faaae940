"""The whole predictive step (both fits, the forecast and its 90 % ranges, holdout): the demo and the
1,000,000-row synthetic shop of bench_engine, in each time unit.

The fits alone are bench_predictive's; this times what the Forecast tab waits for, and checks that every
customer's 90 % interval is a number (a fit without visible churn used to give NaN everywhere).
Timings are medians of --repeats runs (default 3).
Run: python benchmarks/bench_forecast.py [--repeats N] [--units week,month,day]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import synthetic_transactions

from ltv_desktop.io import ImportOptions, read_transactions
from ltv_desktop.model.predictive import PredictiveOptions, fit_predictive
from ltv_desktop.paths import demo_sales_path


def measure(label: str, frame, unit: str, repeats: int) -> None:
    as_of = frame["date"].max().date()
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = fit_predictive(frame, as_of, 0.3, 0.1, PredictiveOptions(time_unit=unit))
        runs.append(time.perf_counter() - started)
    customers = result.customers
    unknown = int(customers["predicted_clv_low"].isna().sum() + customers["expected_purchases"].isna().sum())
    bg = result.bgnbd
    print(
        f"{label:<28} {unit:<5} median {statistics.median(runs):6.2f} s (min {min(runs):.2f}, max {max(runs):.2f});"
        f" {len(customers):,} customers, {unknown} without a number;"
        f" r {bg.r:.3g} alpha {bg.alpha:.3g} a {bg.a:.3g} b {bg.b:.3g} at bound {list(bg.at_bound)};"
        f" model {result.model}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--units", default="week,month,day")
    arguments = parser.parse_args()
    units = arguments.units.split(",")
    demo = read_transactions(demo_sales_path(), ImportOptions()).transactions.frame
    for unit in units:
        measure("demo", demo, unit, arguments.repeats)
    shop = synthetic_transactions()
    shop["date"] = shop["date"].astype("datetime64[ns]")
    for unit in units:
        measure("1,000,000 rows", shop, unit, arguments.repeats)


if __name__ == "__main__":
    main()
