"""docs/metrics.md section 2 on 1,000,000 transactions of 200,000 customers over three years.

Goal on the 2-core machine: analyze() in <= 2 s and <= 1.5 GB peak memory.
Run: `python benchmarks/bench_engine.py [--forecast] [--periods month,week,quarter]` (or `make bench`). Peak
memory is the process's max RSS, measured in a fresh child process so the generator's own memory is
reported separately. CPU time (the process's, user + system) is printed beside the wall time: on a machine
busy with other work it is the steadier figure. `--forecast` adds the predictive step (BG/NBD, Gamma-Gamma
and the 90 % ranges), as the app runs it by default.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clock import runs
from generate import synthetic_spend, synthetic_transactions

from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.predictive import PredictiveOptions
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import make_transactions


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forecast", action="store_true", help="with the predictive step (model BG/NBD)")
    parser.add_argument("--periods", default="month,week,quarter")
    arguments = parser.parse_args()
    predictive = PredictiveOptions(model="bgnbd") if arguments.forecast else None
    rows, customers = 1_000_000, 200_000
    frame = synthetic_transactions(rows, customers)
    spend = synthetic_spend(frame)
    transactions = make_transactions(frame)
    before = max_rss_mb()
    print(
        f"data: {rows:,} rows, {frame['customer_id'].nunique():,} customers, "
        f"{frame['date'].min().date()} to {frame['date'].max().date()}; RSS before analyze {before:.0f} MB"
    )
    churn = {"month": 180, "week": 90, "quarter": 180}
    for period in arguments.periods.split(","):
        settings = Settings(period=period, churn_days=churn[period])
        times, cpu, result = runs(lambda s=settings: analyze(transactions, s, spend=spend, predictive=predictive), 3)
        print(
            f"analyze period={period:<7} median {statistics.median(times):.2f} s, CPU {statistics.median(cpu):.2f} s "
            f"(runs: {', '.join(f'{t:.2f}' for t in times)}); ltv {result.summary.ltv:.2f}, "
            f"churn {result.summary.churn_rate:.4f}, periods {len(result.periods)}"
            + ("" if result.predictive is None else f", predicted CLV {result.predictive.totals['predicted_clv']:,.0f}")
        )
    print(f"peak RSS of the whole run: {max_rss_mb():.0f} MB (goal <= 1536 MB)")


if __name__ == "__main__":
    main()
