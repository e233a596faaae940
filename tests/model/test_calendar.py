"""Period numbers of docs/metrics.md 2.3 against the calendar as pandas reads it."""

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model.calendar import period_index

DAYS = st.integers(-25_567, 47_846)  # 1900-01-01 … 2100-12-31, the dates a sale can have


@settings(max_examples=300, deadline=None)
@given(st.lists(DAYS, min_size=1, max_size=60), st.integers(1, 40))
def test_months_and_quarters_are_counted_from_january_1970(days, repeat):
    """Few distinct days repeated many times (the looked-up months) or many scattered ones: the same numbers."""
    days = np.repeat(np.array(days, dtype=np.int64), repeat)
    dates = pd.DatetimeIndex(pd.to_datetime(days, unit="D"))
    months = (dates.year.to_numpy() - 1970) * 12 + dates.month.to_numpy() - 1
    np.testing.assert_array_equal(period_index(days, "month"), months)
    np.testing.assert_array_equal(period_index(days, "quarter"), months // 3)


def test_no_days_no_periods():
    assert len(period_index(np.zeros(0, dtype=np.int64), "month")) == 0
