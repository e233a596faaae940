"""docs/metrics.md section 2 on 1,000,000 transactions of 200,000 customers over three years.

Goal on the 2-core machine: analyze() in <= 2 s and <= 1.5 GB peak memory.
Run: `python benchmarks/bench_engine.py` (or `make bench`). Peak memory is the
process's max RSS, measured in a fresh child process so the generator's own
memory is reported separately.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import synthetic_spend, synthetic_transactions

from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import make_transactions


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    rows, customers = 1_000_000, 200_000
    frame = synthetic_transactions(rows, customers)
    spend = synthetic_spend(frame)
    transactions = make_transactions(frame)
    before = max_rss_mb()
    print(
        f"data: {rows:,} rows, {frame['customer_id'].nunique():,} customers, "
        f"{frame['date'].min().date()} to {frame['date'].max().date()}; RSS before analyze {before:.0f} MB"
    )
    for period, churn_days in (("month", 180), ("week", 90), ("quarter", 180)):
        times = []
        for _ in range(3):
            started = time.perf_counter()
            result = analyze(transactions, Settings(period=period, churn_days=churn_days), spend=spend)
            times.append(time.perf_counter() - started)
        print(
            f"analyze period={period:<7} median {statistics.median(times):.2f} s (runs: "
            f"{', '.join(f'{t:.2f}' for t in times)}); ltv {result.summary.ltv:.2f}, "
            f"churn {result.summary.churn_rate:.4f}, periods {len(result.periods)}"
        )
    print(f"peak RSS of the whole run: {max_rss_mb():.0f} MB (goal <= 1536 MB)")


if __name__ == "__main__":
    main()
