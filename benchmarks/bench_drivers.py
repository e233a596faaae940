"""Drivers, purchase timing and the cost basis (docs/metrics.md section 4) on 1,000,000 line items of
200,000 customers over three years.

The engine benchmark's shop, given line items: 200 products in 20 categories (a few sell most), a discount
code on about 15 % of the lines, quantities 1–3 and a unit cost. Goal (issue "What drives value"): the whole
analysis of these 1M lines, section 4 included, within the engine benchmark's budget plus 50 %: 2 s × 1.5 =
3 s. The first line times exactly that (`analyze()`, as the app runs it without the forecast), in wall time
as the engine benchmark does, CPU time beside it (numpy may use both cores). The other lines time the parts of
section 4 on their own in CPU seconds (single-threaded). Run: `python benchmarks/bench_drivers.py`.
"""

from __future__ import annotations

import resource
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clock import runs
from generate import synthetic_transactions

from ltv_desktop.model.activity import prepare
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.drivers import first_purchase_drivers
from ltv_desktop.model.profit import cost_basis
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.timing import purchase_timing
from ltv_desktop.model.transactions import make_transactions

BUDGET = 2.0 * 1.5
"""The engine benchmark's 2 s, plus 50 % for section 4."""


def line_items(rows: int, customers: int):
    """The engine benchmark's rows as the lines of orders: one order per customer and day."""
    frame = synthetic_transactions(rows, customers)
    rng = np.random.default_rng(20261130)
    popularity = 1 / np.arange(1, 201)
    product = rng.choice(200, size=len(frame), p=popularity / popularity.sum())
    quantity = rng.integers(1, 4, size=len(frame)).astype(float)
    codes = np.array([None, "WELCOME10", "SPRING", "FRIEND", "HALF", "VIP"], dtype=object)
    frame["product"] = np.array([f"Product {index:03d}" for index in range(200)], dtype=object)[product]
    frame["category"] = np.array([f"Category {index:02d}" for index in range(20)], dtype=object)[product % 20]
    frame["discount_code"] = codes[rng.choice(6, size=len(frame), p=[0.85, 0.05, 0.03, 0.03, 0.02, 0.02])]
    frame["quantity"] = quantity
    frame["cost"] = np.abs(frame["amount"].to_numpy()) / quantity * rng.uniform(0.3, 0.6, size=len(frame))
    frame["order_id"] = frame["customer_id"] + ":" + frame["date"].dt.strftime("%Y%m%d")
    return frame


def timed(function, count: int = 3) -> tuple[float, list[float], object]:
    """Median CPU seconds of `count` calls, every call's CPU time, and the last result."""
    _walls, cpus, result = runs(function, count)
    return statistics.median(cpus), cpus, result


def main() -> None:
    rows, customers = 1_000_000, 200_000
    frame = line_items(rows, customers)
    canonical = make_transactions(frame[["customer_id", "date", "amount", "order_id", "channel", "cost"]]).frame
    for column in ("product", "category", "discount_code", "quantity"):
        canonical[column] = frame[column].to_numpy()
    as_of = canonical["date"].max()
    print(
        f"data: {len(canonical):,} lines, {canonical['customer_id'].nunique():,} customers, "
        f"{canonical['order_id'].nunique():,} orders, {canonical['date'].min().date()} to {as_of.date()}"
    )
    transactions = make_transactions(frame)
    walls, cpu, result = runs(lambda: analyze(transactions, Settings(period="month", churn_days=180)), 5)
    print(
        f"analyze (sections 2 and 4, {len(result.drivers)} drivers) median {statistics.median(walls):.2f} s wall, "
        f"CPU {statistics.median(cpu):.2f} s (wall runs: {', '.join(f'{t:.2f}' for t in walls)}); "
        f"budget {BUDGET:.1f} s wall, as the engine benchmark's"
    )
    median, times, drivers = timed(lambda: first_purchase_drivers(canonical, as_of, margin=0.4))
    clear = sum(driver.clear for driver in drivers)
    print(
        f"first_purchase_drivers (1000 resamples) median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)});"
        f" {len(drivers)} drivers, {clear} clear"
    )
    prepared = prepare(canonical[canonical["date"] <= as_of], margin=1.0)
    median, times, _ = timed(lambda: first_purchase_drivers(canonical, as_of, margin=0.4, prepared=prepared))
    print(
        f"first_purchase_drivers given the engine's customers (as the analysis calls it) median {median:.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)})"
    )
    median, times, timing = timed(lambda: purchase_timing(canonical, as_of))
    print(
        f"purchase_timing median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)}); "
        f"{len(timing.customers):,} customers with gaps, {timing.overdue_customers:,} overdue"
    )
    median, times, _ = timed(lambda: purchase_timing(canonical, as_of, prepared=prepared))
    print(
        f"purchase_timing given the engine's orders median {median:.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})"
    )
    median, times, basis = timed(lambda: cost_basis(canonical))
    print(f"cost_basis median {median:.2f} s; cost read per {basis.basis} ({basis.reason}, {basis.lines:,} lines)")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
