"""The predictive step's fast paths give what the plain computations give (docs/metrics.md section 3).

Each shortcut taken for speed (one integer sort for purchase days and groups, the forecast summed per (x, T)
pair, Clenshaw read from a transposed table, BG/NBD's logs looked up per distinct time) is checked here
against the straightforward computation it replaces, on random inputs.
"""

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model import predictive
from ltv_desktop.model.activity import distinct_purchase_days, row_codes, sorted_codes
from ltv_desktop.model.future_purchases import DEGREE, _clenshaw, exact, interpolated

pairs_of_days = st.lists(st.tuples(st.integers(0, 30), st.integers(-40_000, 40_000)), max_size=200)


@settings(max_examples=80, deadline=None)
@given(pairs=pairs_of_days)
def test_distinct_purchase_days_are_the_sorted_distinct_pairs(pairs):
    customer = np.array([c for c, _ in pairs], dtype=np.int64)
    day = np.array([d for _, d in pairs], dtype=np.int64)
    got_customer, got_day = distinct_purchase_days(customer, day)
    expected = sorted(set(pairs))
    assert list(zip(got_customer.tolist(), got_day.tolist(), strict=True)) == expected
    assert got_customer.dtype == np.int64 and got_day.dtype == np.int64


@settings(max_examples=80, deadline=None)
@given(values=st.lists(st.integers(-(2**40), 2**40) | st.integers(0, 5), max_size=200))
def test_sorted_codes_are_numpys_unique_with_its_inverse(values):
    keys = np.array(values, dtype=np.int64)
    codes, uniques = sorted_codes(keys)
    expected_uniques, expected_codes = np.unique(keys, return_inverse=True)
    np.testing.assert_array_equal(uniques, expected_uniques)
    np.testing.assert_array_equal(codes, expected_codes)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 40), st.integers(0, 40)), min_size=0, max_size=120),
    unit=st.sampled_from([1.0, 7.0, 365.25 / 12]),
)
def test_groups_are_what_a_groupby_on_the_three_columns_gives(rows, unit):
    summary = pd.DataFrame(
        {
            "frequency": [float(x) for x, _, _ in rows],
            "recency": [t / unit for _, t, _ in rows],
            "T": [(t + extra) / unit for _, t, extra in rows],
            "monetary_value": 1.0,
        }
    )
    keys = summary[["frequency", "recency", "T"]]
    expected = keys.groupby(["frequency", "recency", "T"], sort=False).size().reset_index(name="weight")
    expected_positions = pd.MultiIndex.from_frame(expected[["frequency", "recency", "T"]]).get_indexer(
        pd.MultiIndex.from_frame(keys)
    )
    grouped, positions = predictive._grouped(summary)
    pd.testing.assert_frame_equal(grouped, expected)
    np.testing.assert_array_equal(positions, expected_positions)


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 8), st.integers(0, 60), st.integers(0, 5), st.floats(-50, 500).map(round)),
        min_size=1,
        max_size=80,
    )
)
def test_purchase_days_sum_each_customers_orders_of_a_day(rows):
    frame = pd.DataFrame(
        {
            "customer_id": [f"c{c}" for c, _, _, _ in rows],
            "date": pd.Timestamp("2023-03-01") + pd.to_timedelta([d for _, d, _, _ in rows], unit="D"),
            "amount": [float(a) for _, _, _, a in rows],
            "order_id": [f"o{c}-{d}-{o}" for c, d, o, _ in rows],
        }
    )
    days = predictive.PurchaseDays.of(frame, row_codes(frame))
    # the orders of docs/metrics.md 2.1 (free ones count, refunds do not), then summed per customer and day
    orders = frame.groupby(["customer_id", "order_id"], sort=False).agg(date=("date", "min"), amount=("amount", "sum"))
    orders = orders[orders["amount"] >= 0].reset_index()
    expected = orders.groupby(["customer_id", "date"])["amount"].sum()
    ids = days.customer_ids.to_numpy()[days.customer]
    dates = pd.Timestamp("1970-01-01") + pd.to_timedelta(days.day, unit="D")
    got = dict(zip(zip(ids.tolist(), dates, strict=True), days.value.tolist(), strict=True))
    assert sorted(got) == sorted(expected.index)
    np.testing.assert_allclose([got[key] for key in expected.index], expected.to_numpy(), rtol=1e-12)
    assert (np.diff(days.customer) >= 0).all()
    same_customer = np.diff(days.customer) == 0
    assert (np.diff(days.day)[same_customer] > 0).all()  # sorted by customer, then day, each day once


def test_clenshaw_from_the_transposed_table_is_chebyshevs_sum():
    rng = np.random.default_rng(11)
    coefficients = rng.normal(size=(40, DEGREE + 1)) * 0.5 ** np.arange(DEGREE + 1)
    row = rng.integers(0, 40, 5000)
    u = rng.uniform(-1, 1, 5000)
    expected = np.array([np.polynomial.chebyshev.chebval(ui, coefficients[ri]) for ri, ui in zip(row, u, strict=True)])
    np.testing.assert_allclose(_clenshaw(coefficients, row, u), expected, rtol=1e-13, atol=1e-15)


def test_interpolation_with_every_panel_trusted_and_with_unreadable_spans():
    """A plain fit: every panel is trusted, so every point is read off its panel at once; NaN and inf spans
    are unknown and a zero span is zero purchases, whichever path the other points took."""
    params = np.array([0.243, 4.414, 0.793, 2.426])
    rng = np.random.default_rng(5)
    x_values = np.array([0.0, 1, 2, 5, 9])
    x_index = rng.integers(0, len(x_values), 6000)
    s = np.expm1(rng.uniform(0, np.log1p(300), 6000))
    s[:3] = [0.0, np.nan, np.inf]
    got = interpolated(params, x_values, x_index, s)
    assert got[0] == 0 and np.isnan(got[1]) and np.isnan(got[2])
    np.testing.assert_allclose(got[3:], exact(params, x_values[x_index[3:]], s[3:]), rtol=1e-10, atol=1e-13)


def test_forecast_sums_per_pair_are_the_sums_over_histories():
    rng = np.random.default_rng(2)
    x = rng.integers(0, 12, 3000).astype(float)
    T = rng.integers(1, 100, 3000) / 7
    t_x = np.where(x > 0, T * rng.uniform(0, 1, 3000), 0.0)
    weight = rng.uniform(0.5, 80, 3000)
    params = np.array([0.5, 3.0, 0.7, 3.5])
    pairs = predictive._Pairs(x, T)
    months = predictive._Months.of(params, x, t_x, T, 12.0, 7.0, 0.1, pairs)
    purchases, discounted = predictive.discounted_purchases_by_month(params, x, t_x, T, 12.0, 7.0, 0.1)
    np.testing.assert_allclose(months.total(months.alive, weight), purchases @ weight, rtol=1e-12)
    np.testing.assert_allclose(months.total(months.discounted, weight), discounted @ weight, rtol=1e-12)
    np.testing.assert_array_equal(months.last(months.discounted), discounted[-1])
    np.testing.assert_array_equal(months.last(months.alive), purchases[-1])


def test_bgnbd_likelihood_with_looked_up_times_is_the_per_customer_sum():
    rng = np.random.default_rng(4)
    x = rng.integers(0, 20, 4000).astype(float)
    T = rng.integers(0, 400, 4000) / 7
    t_x = np.where(x > 0, np.floor(T * 7 * rng.uniform(0, 1, 4000)) / 7, 0.0)
    weight = rng.integers(1, 9, 4000).astype(float)
    params = np.array([0.4, 2.5, 0.9, 3.1])
    value, gradient = predictive.bgnbd_gradient(params, x, t_x, T, weight)
    assert value == np.float64(value)
    np.testing.assert_allclose(value, weight @ predictive.bgnbd_log_likelihood(params, x, t_x, T), rtol=1e-12)
    for i in range(4):
        step = np.zeros(4)
        step[i] = 1e-6 * params[i]
        numeric = (
            weight @ predictive.bgnbd_log_likelihood(params + step, x, t_x, T)
            - weight @ predictive.bgnbd_log_likelihood(params - step, x, t_x, T)
        ) / (2 * step[i])
        np.testing.assert_allclose(gradient[i], numeric, rtol=1e-6)
