"""docs/metrics.md section 3 on tiny and degenerate shops: the predictive step never crashes.

Random small shops (1–300 rows) go through `analyze` with predictive options: nothing but an LtvError may
escape, every number the forecast gives is finite or missing, and when the models cannot be fitted the
rest of the analysis stands with a notice saying why.
"""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.predictive import PredictiveOptions


def shop(customers: list[int], days: list[int], amounts: list[float]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": [f"c{c}" for c in customers],
            "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D"),
            "amount": amounts,
        }
    )


@st.composite
def small_shops(draw):
    rows = draw(st.integers(1, 300))
    customers = draw(st.integers(1, max(1, rows)))
    span = draw(st.sampled_from([0, 1, 7, 60, 400, 1500]))
    ids = draw(st.lists(st.integers(0, customers - 1), min_size=rows, max_size=rows))
    days = draw(st.lists(st.integers(0, span), min_size=rows, max_size=rows))
    amounts = draw(st.lists(st.sampled_from([0.0, 0.01, 5.0, 19.99, 250.0, 1e6, -10.0]), min_size=rows, max_size=rows))
    return shop(ids, days, amounts)


def assert_finite_or_missing(result) -> None:
    predictive = result.predictive
    if predictive is None:
        return
    numeric = predictive.customers.select_dtypes("number").to_numpy(dtype=float)
    assert not np.isinf(numeric).any()
    for value in predictive.totals.values():
        assert value is None or math.isfinite(value)
    for fit in (predictive.bgnbd, predictive.gamma_gamma):
        if fit is not None:
            assert all(value is None or not isinstance(value, float) or math.isfinite(value)
                       for value in fit.to_dict().values())  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(frame=small_shops(), unit=st.sampled_from(["day", "week", "month"]))
def test_small_shops_never_crash_the_forecast(frame, unit):
    try:
        result = analyze(frame, predictive=PredictiveOptions(time_unit=unit, interval_draws=10))
    except LtvError:
        return
    assert_finite_or_missing(result)
    if result.predictive is None:  # left out: the rest stands and a notice says why
        assert result.summary.customers >= 1
        assert any(notice.code.startswith("predictive.") for notice in result.summary.warnings)


FIVE_ROWS = shop([0, 1, 0, 2, 1], [2, 4, 40, 41, 60], [10.0, 25.5, 12.0, 40.0, 30.0])


@pytest.mark.parametrize(
    "frame",
    [
        FIVE_ROWS,
        shop([0, 1, 2, 3, 4], [0, 0, 0, 0, 0], [10.0] * 5),  # everyone on one day
        shop([0, 1, 2, 3, 4], [0, 1, 2, 3, 4], [10.0] * 5),  # one purchase each
        shop([0, 1, 2, 0, 1, 2], [0, 0, 0, 31, 31, 31], [10.0, 20, 30, 40, 50, 60]),  # all repeat on the same days
        shop([0, 0], [0, 1], [5.0, 5.0]),  # a single customer
    ],
    ids=["five_rows", "one_day", "once_each", "same_days", "one_customer"],
)
@pytest.mark.parametrize("unit", ["day", "week", "month"])
def test_degenerate_shops_give_a_forecast_or_a_reason(frame, unit):
    result = analyze(frame, predictive=PredictiveOptions(time_unit=unit, interval_draws=10))
    assert_finite_or_missing(result)
    if result.predictive is None:
        assert "predictive.no_repeat_customers" in [notice.code for notice in result.summary.warnings]
    else:
        assert (result.predictive.customers["p_alive"].between(0, 1)).all()
        assert (result.predictive.customers["expected_purchases"] >= 0).all()
