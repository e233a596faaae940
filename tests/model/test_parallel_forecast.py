"""The forecast runs on a thread beside the other stages of `analyze()`: the same result as one after the other,
one bar that only moves forward, and a cancel that stops both."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ltv_desktop.model import parallel
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.errors import Cancelled
from ltv_desktop.model.predictive import PredictiveOptions
from ltv_desktop.model.progress import Progress, Together
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import make_transactions

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow" / "cdnow_sample.csv"


@pytest.fixture(scope="module")
def transactions():
    return make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str}))


def run(transactions, threads: bool, monkeypatch, as_of: str | None = "1997-09-30", progress: Progress | None = None):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2 if threads else 1)
    options = PredictiveOptions(time_unit="week")
    return analyze(transactions, Settings(as_of=as_of), predictive=options, progress=progress or Progress())


@pytest.mark.parametrize("as_of", ["1997-09-30", None], ids=["holdout", "all rows"])
def test_on_a_thread_or_not_the_analysis_is_the_same(transactions, monkeypatch, as_of):
    alone, beside = run(transactions, False, monkeypatch, as_of), run(transactions, True, monkeypatch, as_of)
    pd.testing.assert_frame_equal(alone.customers, beside.customers, check_exact=True)
    assert alone.predictive is not None and beside.predictive is not None
    pd.testing.assert_frame_equal(alone.predictive.customers, beside.predictive.customers, check_exact=True)
    assert alone.predictive.totals == beside.predictive.totals
    assert alone.summary == beside.summary
    assert alone.drivers == beside.drivers


def test_the_bar_only_moves_forward_and_ends_full(transactions, monkeypatch):
    shares: list[float] = []
    run(transactions, True, monkeypatch, progress=Progress(lambda share, _stage: shares.append(share)))
    assert shares == sorted(shares)
    assert shares[-1] == 1.0
    assert len(shares) > 10  # both jobs spoke


def test_a_cancel_stops_the_forecast_too(transactions, monkeypatch):
    """Cancel pressed while both run: `analyze` raises Cancelled and no forecast thread is left running."""
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > 4

    with pytest.raises(Cancelled):
        run(transactions, True, monkeypatch, progress=Progress(None, cancelled))
    deadline = time.monotonic() + 30
    while any(thread.name.startswith("forecast") for thread in threading.enumerate()):
        assert time.monotonic() < deadline, "the forecast thread kept running after the cancel"
        time.sleep(0.05)


def test_jobs_together_report_their_weighted_sum_one_at_a_time():
    """Two threads reporting at once: the callback is never entered twice at the same time, the shares it gets
    never go back, and they end at the weighted sum of what each job said last."""
    inside, overlaps, shares = [0], [0], []

    def report(share: float, _stage: str) -> None:
        inside[0] += 1
        overlaps[0] += inside[0] > 1
        shares.append(share)
        time.sleep(0.0001)
        inside[0] -= 1

    together = Together(Progress(report), (3, 1))
    rng = np.random.default_rng(1)
    steps = [np.sort(rng.random(300)) for _ in range(2)]
    threads = [
        threading.Thread(target=lambda job=job: [together.job(job).update(float(v)) for v in steps[job]])
        for job in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps[0] == 0
    assert shares == sorted(shares)
    assert shares[-1] == pytest.approx(0.75 * steps[0][-1] + 0.25 * steps[1][-1])


@pytest.mark.parametrize("threads", [False, True], ids=["alone", "beside"])
def test_the_forecast_joins_the_customers_table_by_code_as_it_would_by_name(transactions, monkeypatch, threads):
    """The forecast's columns are taken by customer code, not by a join on the names; a customer the forecast
    does not hold (only a refund) gets none, as a left join on the names gives."""
    from ltv_desktop.model import predictive

    refund = pd.DataFrame({"customer_id": ["refund only"], "date": [pd.Timestamp("1997-03-01")], "amount": [-5.0]})
    frame = pd.concat([transactions.frame[["customer_id", "date", "amount"]], refund], ignore_index=True)
    joined: list[tuple[pd.DataFrame, pd.DataFrame]] = []
    merge = predictive.merge_customers

    def both_ways(customers, result, rows=None):
        assert rows is not None, "the analysis had the codes"
        joined.append((merge(customers, result, rows), merge(customers, result)))
        return joined[-1][0]

    monkeypatch.setattr(predictive, "merge_customers", both_ways)
    run(make_transactions(frame), threads, monkeypatch)
    by_code, by_name = joined[0]
    pd.testing.assert_frame_equal(by_code, by_name, check_exact=True)
    assert by_code.loc[by_code["customer_id"] == "refund only", "p_alive"].isna().all()


@pytest.mark.parametrize("cores", [1, 2])
def test_jobs_in_order_give_each_outcome_in_the_items_order(monkeypatch, cores):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: cores)
    threads: set[str] = set()

    def job(item: int) -> int:
        threads.add(threading.current_thread().name)
        time.sleep(0.002 * (5 - item))  # the later items finish first on two threads
        return item * item

    with parallel.in_order(job, range(5)) as outcomes:
        assert list(outcomes) == [0, 1, 4, 9, 16]
    assert (threads == {threading.main_thread().name}) == (cores == 1)


def test_leaving_jobs_in_order_early_drops_those_not_begun_and_waits_for_the_running(monkeypatch):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    begun, ended = [], []

    def job(item: int) -> int:
        begun.append(item)
        time.sleep(0.02)
        ended.append(item)
        return item

    with pytest.raises(Cancelled), parallel.in_order(job, range(20)) as outcomes:
        next(outcomes)
        raise Cancelled("stop")
    assert len(begun) < 20  # the rest were dropped
    assert sorted(ended) == sorted(begun)  # none still running once the block is left
