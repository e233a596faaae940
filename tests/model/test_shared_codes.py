"""The stages share one numbering of the customers (model/activity.py `RowCodes`): the tables they join on
those integer codes must be exactly what joins and groupbys on the customers' names give.

The references below are the name-based computations the shared codes replaced, written out with pandas.
"""

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from ltv_desktop.io import ImportOptions, read_transactions
from ltv_desktop.model import predictive
from ltv_desktop.model.activity import first_rows, order_numbers, prepare, row_codes
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.calendar import to_days
from ltv_desktop.model.predictive import PredictiveOptions, fit_predictive
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import make_transactions
from ltv_desktop.paths import demo_sales_path

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow" / "cdnow_sample.csv"
PREDICTED = ["expected_purchases", "p_alive", "expected_purchase_value", "predicted_clv", "predicted_clv_low",
             "predicted_clv_high"]  # fmt: skip
TIMING = ["mean_gap_days", "next_purchase_expected", "overdue_days"]


def cdnow() -> tuple[pd.DataFrame, dt.date, str]:
    return make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame, dt.date(1997, 9, 30), "week"


def demo() -> tuple[pd.DataFrame, dt.date, str]:
    frame = read_transactions(demo_sales_path(), ImportOptions()).transactions.frame
    # as_of two months before the end, so there is a holdout and rows the section 2 stages leave out
    return frame, (frame["date"].max() - pd.Timedelta(days=61)).date(), "month"


@pytest.fixture(scope="module", params=[cdnow, demo], ids=["cdnow", "demo"])
def shop(request):
    frame, as_of, unit = request.param()
    options = PredictiveOptions(time_unit=unit, model="bgnbd")
    result = analyze(make_transactions(frame), Settings(as_of=as_of), predictive=options)
    return frame, as_of, unit, result


def reference_summary(days: pd.DataFrame, as_of_day: int, unit_days: float) -> pd.DataFrame:
    """frequency, recency, T and monetary_value by groupbys on the customers' names."""
    calibration = days[days["day"] <= as_of_day]
    grouped = calibration.groupby("customer_id", sort=False)
    first, last, count = grouped["day"].min(), grouped["day"].max(), grouped["day"].size()
    total = grouped["value"].sum()
    first_value = calibration.sort_values("day").groupby("customer_id", sort=False)["value"].first()
    frequency = count - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        monetary = np.where(frequency > 0, (total - first_value.reindex(total.index)) / frequency, np.nan)
    return pd.DataFrame(
        {
            "frequency": frequency.astype(float),
            "recency": (last - first) / unit_days,
            "T": (as_of_day - first) / unit_days,
            "monetary_value": monetary,
        }
    )


def test_the_summaries_from_codes_are_those_of_groupbys_on_the_names(shop):
    frame, as_of, unit, _ = shop
    as_of_day = int(to_days(np.array([np.datetime64(as_of)]))[0])
    days = predictive.purchase_days(frame)
    unit_days = predictive.DAYS_PER_UNIT[unit]
    pd.testing.assert_frame_equal(
        predictive.rfm_summary(days, as_of_day, unit_days), reference_summary(days, as_of_day, unit_days), rtol=1e-12
    )


def test_the_analysis_joins_on_codes_as_a_merge_on_the_names_would(shop):
    _, _, _, result = shop
    customers = result.customers
    predicted = customers[["customer_id"]].merge(result.predictive.customers, on="customer_id", how="left")
    pd.testing.assert_frame_equal(customers[PREDICTED], predicted[PREDICTED], check_exact=True)
    timing = customers[["customer_id"]].merge(result.timing.customers, on="customer_id", how="left")
    pd.testing.assert_frame_equal(customers[TIMING], timing[TIMING], check_exact=True)
    assert customers[TIMING[0]].isna().any() and customers[TIMING[0]].notna().any()  # both kinds of rows
    by_name = customers.sort_values(["revenue", "customer_id"], ascending=[False, True], kind="stable")
    assert (by_name.index == np.arange(len(customers))).all()


def test_the_predictive_stage_gives_the_same_with_the_analysis_codes_or_its_own(shop):
    frame, as_of, unit, result = shop
    settings = result.settings
    options = PredictiveOptions(time_unit=unit, model="bgnbd")
    alone = fit_predictive(frame, as_of, settings.margin, settings.discount_rate, options)
    shared = result.predictive
    pd.testing.assert_frame_equal(alone.customers, shared.customers, check_exact=True)
    pd.testing.assert_frame_equal(alone.forecast, shared.forecast, check_exact=True)
    assert alone.totals == shared.totals
    assert alone.holdout is not None and shared.holdout is not None
    pd.testing.assert_frame_equal(alone.holdout.customers, shared.holdout.customers, check_exact=True)


def test_codes_of_a_subset_number_the_customers_as_coding_the_subset_alone():
    frame, as_of, _ = cdnow()
    # a customer whose first row is after as_of comes first among all the rows, later among the subset
    shuffled = frame.sample(frac=1.0, random_state=3).reset_index(drop=True)
    rows = (shuffled["date"] <= pd.Timestamp(as_of)).to_numpy()
    subset = row_codes(shuffled).subset(rows)
    alone = row_codes(shuffled[rows])
    np.testing.assert_array_equal(subset.customer, alone.customer)
    assert subset.customer_ids.equals(alone.customer_ids)
    shared, own = prepare(shuffled[rows], 0.3, codes=subset), prepare(shuffled[rows], 0.3)
    for field in ("customer", "order_customer", "order_day", "order_amount", "purchase_customer", "purchase_day"):
        np.testing.assert_array_equal(getattr(shared, field), getattr(own, field))


@examples(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.one_of(st.none(), st.integers(0, 6))), min_size=1, max_size=40),
    st.data(),
)
def test_order_numbers_are_the_distinct_customer_and_order_id_pairs_in_order_of_appearance(rows, data):
    """The shortcut (order ids used as they are when each names one customer's order) and the hashed pairs give
    exactly the numbering of the pairs (customer, order_id), a row without an order_id being an order of its own,
    also for the codes of a subset of the rows, which keep the numbering of all the rows."""
    customers = np.array([customer for customer, _ in rows], dtype=np.int64)
    order_ids = pd.factorize(pd.Series([order for _, order in rows], dtype=object))[0].astype(np.int64)
    kept = np.array(data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows))), dtype=bool)
    for customer, order in ((customers, order_ids), (customers[kept], order_ids[kept])):
        pairs = [
            (who, number) if number >= 0 else ("row", position)
            for position, (who, number) in enumerate(zip(customer, order, strict=True))
        ]
        expected = pd.factorize(pd.Series(pairs, dtype=object))[0]
        np.testing.assert_array_equal(order_numbers(customer, order), expected)


@examples(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 4), st.booleans()), min_size=1, max_size=40))
def test_first_rows_are_what_a_stable_sort_by_customer_and_day_puts_first(rows):
    """Each customer's first row among the chosen ones: its earliest day, of several on it the first in the file."""
    customer = np.array([who for who, _, _ in rows], dtype=np.int64)
    day = np.array([when for _, when, _ in rows], dtype=np.int64)
    chosen = np.flatnonzero([taken for _, _, taken in rows])
    ordered = chosen[np.lexsort((day[chosen], customer[chosen]))]
    starts = np.ones(len(ordered), dtype=bool)
    starts[1:] = customer[ordered][1:] != customer[ordered][:-1]
    np.testing.assert_array_equal(first_rows(customer, day, chosen, 6), ordered[starts])
