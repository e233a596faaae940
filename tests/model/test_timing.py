"""Purchase timing (docs/metrics.md section 4): per-customer rhythm and the shop's gaps, by hand and by property."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model.activity import prepare
from ltv_desktop.model.timing import BIN_DAYS, overdue_sentence, purchase_timing

AS_OF = "2024-03-31"


def small_shop() -> pd.DataFrame:
    rows = [
        ("a", "2024-01-01", 10.0),
        ("a", "2024-01-11", 5.0),
        ("a", "2024-01-11", 7.0),  # a second line the same day: one purchase day
        ("a", "2024-02-10", 8.0),
        ("a", "2024-04-05", 9.0),  # after as_of: a holdout
        ("b", "2024-03-01", 3.0),
        ("b", "2024-03-04", 3.0),
        ("c", "2024-02-01", 4.0),  # one purchase day: no gap
        ("d", "2024-01-01", 1.0),
        ("d", "2024-03-30", 1.0),
        ("e", "2024-01-05", 10.0),
        ("e", "2024-01-20", -10.0),  # a refund is not a purchase
        ("f", "2024-01-01", 2.0),
        ("f", "2024-01-02", 2.0),
        ("f", "2024-01-04", 2.0),
    ]
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def test_each_customer_by_hand():
    timing = purchase_timing(small_shop(), AS_OF)
    table = timing.customers.set_index("customer_id")
    assert sorted(table.index) == ["a", "b", "d", "f"]
    # a: days 01-01, 01-11, 02-10 → gaps 10 and 30, mean 20; expected 02-10 + 20 = 03-01; 30 days late on 03-31
    assert table.loc["a", "purchase_days"] == 3
    assert table.loc["a", "mean_gap_days"] == 20.0
    assert table.loc["a", "next_purchase_expected"] == pd.Timestamp("2024-03-01")
    assert table.loc["a", "overdue_days"] == 30
    # b: one gap of 3 days; expected 03-07, 24 days late
    assert (table.loc["b", "mean_gap_days"], table.loc["b", "overdue_days"]) == (3.0, 24)
    # d: 89 days; expected 06-27, not late
    assert table.loc["d", "next_purchase_expected"] == pd.Timestamp("2024-06-27")
    assert table.loc["d", "overdue_days"] == 0
    # f: gaps 1 and 2, mean 1.5 rounds up to 2 days: expected 01-06, 85 days late
    assert table.loc["f", "mean_gap_days"] == 1.5
    assert table.loc["f", "next_purchase_expected"] == pd.Timestamp("2024-01-06")
    assert table.loc["f", "overdue_days"] == 85
    assert timing.overdue_customers == 3


def test_shop_distributions_by_hand():
    timing = purchase_timing(small_shop(), AS_OF)
    first = timing.first_to_second
    # first gaps: a 10, b 3, d 89, f 1 → sorted 1, 3, 10, 89
    assert first.gaps == 4
    assert first.median_days == pytest.approx((3 + 10) / 2)
    assert first.q1_days == pytest.approx(1 + 0.75 * (3 - 1))
    assert first.q3_days == pytest.approx(10 + 0.25 * (89 - 10))
    assert first.histogram == ((0, 2), (10, 1), (20, 0), (30, 0), (40, 0), (50, 0), (60, 0), (70, 0), (80, 1))
    later = timing.later
    # later gaps: a 30, f 2
    assert (later.gaps, later.median_days, later.q1_days, later.q3_days) == (2, 16.0, 9.0, 23.0)
    assert later.histogram == ((0, 1), (10, 0), (20, 0), (30, 1))
    as_json = timing.to_dict()
    assert as_json["first_to_second"]["histogram"][1] == {"from_days": 10, "to_days": 20, "count": 1}
    assert as_json["later"]["median_days"] == 16.0
    assert (as_json["customers_with_gaps"], as_json["overdue_customers"]) == (4, 3)


def test_the_engines_orders_give_the_same_timing():
    frame = small_shop()
    in_scope = frame[frame["date"] <= AS_OF]
    shared = purchase_timing(frame, AS_OF, prepared=prepare(in_scope, margin=0.3))
    alone = purchase_timing(frame, AS_OF)
    pd.testing.assert_frame_equal(shared.customers, alone.customers)
    assert shared.to_dict() == alone.to_dict()


def test_words():
    timing = purchase_timing(small_shop(), AS_OF)
    said = timing.sentences()
    assert said[0].startswith("Half of the customers who came back made their second purchase within 6.5 days")
    assert said[-1] == "3 customers are late for the next purchase their own rhythm predicts."
    assert len(timing.sentences("ru")) == 3
    table = timing.customers.set_index("customer_id", drop=False)
    assert overdue_sentence(table.loc["a"]) == (
        "Buys every 20 days on average; was expected back on 2024-03-01, 30 days ago."
    )
    assert "дней назад" in overdue_sentence(table.loc["a"], "ru")
    assert overdue_sentence(table.loc["d"]) is None


def test_an_empty_shop_has_empty_distributions():
    frame = small_shop().iloc[[0]]
    timing = purchase_timing(frame, AS_OF)
    assert timing.customers.empty
    assert timing.to_dict()["first_to_second"] == {
        "gaps": 0,
        "median_days": None,
        "q1_days": None,
        "q3_days": None,
        "histogram": [],
    }
    assert timing.sentences() == []


frames = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d", "e"]),
        st.integers(0, 400),
        st.sampled_from([-5.0, 0.0, 3.0, 12.5]),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=100, deadline=None)
@given(frames, st.integers(0, 450))
def test_properties(rows, as_of_offset):
    start = pd.Timestamp("2023-01-01")
    frame = pd.DataFrame(rows, columns=["customer_id", "day", "amount"])
    frame["date"] = start + pd.to_timedelta(frame["day"], unit="D")
    as_of = start + pd.Timedelta(days=as_of_offset)
    timing = purchase_timing(frame, as_of)
    table = timing.customers
    assert (table["overdue_days"] >= 0).all()
    assert (table["next_purchase_expected"] > table["last_purchase"]).all()
    for distribution in (timing.first_to_second, timing.later):
        assert sum(count for _, count in distribution.histogram) == distribution.gaps
        if distribution.gaps:
            assert distribution.q1_days <= distribution.median_days <= distribution.q3_days
            assert distribution.histogram[-1][1] > 0
    # every closed gap is counted once: n purchase days give n − 1 gaps, the first of them first-to-second
    assert timing.first_to_second.gaps == len(table)
    assert timing.first_to_second.gaps + timing.later.gaps == int((table["purchase_days"] - 1).sum())
    # independently: purchase days are the distinct days with a positive sale, up to as_of
    bought = frame[(frame["amount"] > 0) & (frame["date"] <= as_of)].drop_duplicates(["customer_id", "date"])
    days = bought.groupby("customer_id")["date"].agg(["min", "max", "count"])
    days = days[days["count"] >= 2]
    assert sorted(table["customer_id"]) == sorted(days.index)
    for row in table.itertuples():
        span = (days.loc[row.customer_id, "max"] - days.loc[row.customer_id, "min"]).days
        assert row.mean_gap_days == pytest.approx(span / (days.loc[row.customer_id, "count"] - 1))
        expected = row.last_purchase + pd.Timedelta(days=int(np.floor(row.mean_gap_days + 0.5)))
        assert row.next_purchase_expected == expected
        assert row.overdue_days == max((as_of - expected).days, 0)
    assert all(start % BIN_DAYS == 0 for start, _ in timing.later.histogram)
