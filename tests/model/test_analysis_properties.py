"""Properties of docs/metrics.md section 2 that hold for any transaction table."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.settings import Settings

START = dt.date(2023, 1, 1)


@st.composite
def transactions(draw):
    rows = draw(st.integers(min_value=1, max_value=60))
    customers = draw(st.lists(st.integers(0, 15), min_size=rows, max_size=rows))
    days = draw(st.lists(st.integers(0, 700), min_size=rows, max_size=rows))
    amounts = draw(
        st.lists(
            st.floats(min_value=-50, max_value=500, allow_nan=False).map(lambda x: round(x, 2)),
            min_size=rows,
            max_size=rows,
        )
    )
    amounts[0] = abs(amounts[0]) + 1  # at least one order
    return pd.DataFrame(
        {
            "customer_id": [f"c{c}" for c in customers],
            "date": [START + dt.timedelta(days=d) for d in days],
            "amount": amounts,
        }
    )


settings_strategy = st.sampled_from(
    [
        Settings(),
        Settings(churn_days=31),
        Settings(period="week", churn_days=30),
        Settings(period="quarter", churn_days=92),
    ]
)


@settings(max_examples=60, deadline=None)
@given(frame=transactions(), analysis_settings=settings_strategy)
def test_flows_add_up_and_revenue_is_kept(frame, analysis_settings):
    result = analyze(frame, analysis_settings)
    periods = result.periods
    np.testing.assert_array_equal(
        periods["active_end"],
        periods["active_start"] - periods["lost"] + periods["new_customers"] + periods["reactivated"],
    )
    assert periods["revenue"].sum() == pytest.approx(frame["amount"].sum(), abs=1e-6)
    assert periods["new_customers"].sum() == result.summary.customers
    retention = result.cohorts.retention
    if not retention.empty:
        age_zero = retention[0].dropna()
        assert (age_zero == 1.0).all()
        shares = retention.stack().dropna()
        assert ((shares >= 0) & (shares <= 1)).all()
    churn = periods["churn_rate"].dropna()
    assert ((churn >= 0) & (churn <= 1)).all()


@settings(max_examples=40, deadline=None)
@given(frame=transactions())
def test_ltv_is_textbook_formula_and_falls_with_margin(frame):
    result = analyze(frame, Settings(churn_days=31))
    summary = result.summary
    if summary.ltv is None:
        return
    assert summary.ltv == pytest.approx(
        summary.aov_window * summary.purchase_frequency_per_year * summary.lifespan_years, rel=1e-9, abs=1e-9
    )
    assert summary.ltv_discounted == pytest.approx(summary.ltv, rel=1e-9, abs=1e-9)
    half = analyze(frame, Settings(churn_days=31, margin=0.5)).summary
    assert half.ltv == pytest.approx(summary.ltv / 2, rel=1e-9, abs=1e-9)
