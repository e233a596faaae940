"""docs/metrics.md section 3: the published CDNOW results, Hardie's worked customers, and model properties."""

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.cli import main
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.predictive import (
    MIN_REPEAT_CUSTOMERS,
    Holdout,
    PredictiveOptions,
    PredictiveUnavailable,
    bgnbd_gradient,
    bgnbd_log_likelihood,
    expected_purchases,
    expected_value,
    fit_bgnbd,
    fit_predictive,
    gamma_gamma_gradient,
    gamma_gamma_log_likelihood,
    p_alive,
)
from ltv_desktop.model.transactions import make_transactions

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow" / "cdnow_sample.csv"
PUBLISHED_BGNBD = (0.2426, 4.4136, 0.7930, 2.4261)
PUBLISHED_GAMMA = (6.25, 3.74, 15.44)


def same_to_3_figures(value, published):
    return f"{value:.3g}" == f"{published:.3g}"


@pytest.fixture(scope="module")
def cdnow_json():
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["analyze", str(CDNOW), "--as-of", "1997-09-30", "--time-unit", "week", "--json"])
    assert code == 0
    return json.loads(out.getvalue())


def test_cdnow_reproduces_the_published_bgnbd(cdnow_json):
    bg = cdnow_json["predictive"]["bgnbd"]
    for value, published in zip((bg["r"], bg["alpha"], bg["a"], bg["b"]), PUBLISHED_BGNBD, strict=True):
        assert same_to_3_figures(value, published), (value, published)
    assert bg["log_likelihood"] == pytest.approx(-9582.43, abs=0.01)
    assert bg["converged"] is True
    assert bg["n_customers"] == 2357


def test_cdnow_reproduces_the_published_gamma_gamma(cdnow_json):
    gg = cdnow_json["predictive"]["gamma_gamma"]
    for value, published in zip((gg["p"], gg["q"], gg["v"]), PUBLISHED_GAMMA, strict=True):
        assert same_to_3_figures(value, published), (value, published)
    assert gg["n_customers"] == 946


def test_cdnow_holdout_is_reported(cdnow_json):
    holdout = cdnow_json["predictive"]["holdout"]
    assert holdout["days"] == 273  # 1997-10-01 .. 1998-06-30
    assert holdout["actual_total"] == 1882
    # the model's published holdout forecast is close to the actual count (FHL 2005, Figure 2)
    assert holdout["predicted_total"] == pytest.approx(holdout["actual_total"], rel=0.15)
    tracking = holdout["tracking"]
    assert tracking[-1]["actual_cumulative"] == holdout["actual_total"]
    error = (holdout["predicted_total"] - 1882) / 1882
    assert holdout["relative_error"] == pytest.approx(error, rel=1e-12)


@pytest.mark.parametrize(
    ("predicted", "actual", "error"), [(90.0, 100, -0.1), (125.0, 100, 0.25), (100.0, 100, 0.0), (3.5, 0, None)]
)
def test_the_holdout_error_is_relative_to_what_came(predicted, actual, error):
    """+ when the model expected more than came; no number when nothing came (the window shows a dash)."""
    empty = pd.DataFrame()
    holdout = Holdout(days=30, actual_total=actual, predicted_total=predicted, customers=empty, tracking=empty)
    if error is None:
        assert holdout.relative_error is None
    else:
        assert holdout.relative_error == pytest.approx(error, abs=1e-15)


def test_cdnow_new_customer_value_is_in_the_document_near_the_observed_curve(cdnow_json):
    """A new customer at 12, 24 and 36 months with its 90 % range. CDNOW's cohorts as of 1997-09-30 reach 9
    months (the observed LTV curve of docs/metrics.md 2.5, ages 0–8): the model's 12 months lie a little above."""
    rows = cdnow_json["predictive"]["new_customer"]
    assert [row["month"] for row in rows] == [12, 24, 36]
    for row in rows:
        assert row["value_low"] <= row["value"] <= row["value_high"]
    assert rows[0]["value"] < rows[1]["value"] < rows[2]["value"]
    observed_9 = cdnow_json["observed_ltv_curve"][8]
    assert len(cdnow_json["observed_ltv_curve"]) == 9
    assert observed_9 < rows[0]["value"] < 1.25 * observed_9


def test_hardies_worked_customers():
    bg = np.array(PUBLISHED_BGNBD)
    x, t_x, T = np.array([2.0]), np.array([30.43]), np.array([38.86])
    assert expected_purchases(bg, 39, x, t_x, T)[0] == pytest.approx(1.226, abs=0.001)
    assert p_alive(bg, x, t_x, T)[0] == pytest.approx(0.727, abs=0.001)
    gamma = np.array(PUBLISHED_GAMMA)
    assert expected_value(gamma, np.array([2.0]), np.array([22.345]))[0] == pytest.approx(24.66, abs=0.01)


def test_a_customer_without_repeats_gets_the_population_mean(cdnow_json):
    gg = cdnow_json["predictive"]["gamma_gamma"]
    fitted = np.array([gg["p"], gg["q"], gg["v"]])
    assert expected_value(fitted, np.array([0.0]), np.array([np.nan]))[0] == pytest.approx(35.17, abs=0.01)


def test_predicted_columns_reach_the_customers_table():
    frame = make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame
    result = fit_predictive(
        frame, dt.date(1997, 9, 30), margin=0.5, discount_rate=0.1, options=PredictiveOptions(interval_draws=30)
    )
    customers = result.customers
    assert {
        "expected_purchases",
        "p_alive",
        "expected_purchase_value",
        "predicted_clv",
        "predicted_clv_low",
        "predicted_clv_high",
    } <= set(customers)
    inside = (customers["predicted_clv_low"] <= customers["predicted_clv"] + 1e-9) & (
        customers["predicted_clv"] <= customers["predicted_clv_high"] + 1e-9
    )
    assert inside.mean() > 0.95
    totals = result.totals
    assert totals["predicted_clv_low"] < totals["predicted_clv"] < totals["predicted_clv_high"]
    assert result.bgnbd.covariance is not None


def test_forecast_by_month_ends_at_the_totals_and_its_band_holds_them():
    frame = make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame
    result = fit_predictive(
        frame,
        dt.date(1997, 9, 30),
        margin=0.5,
        discount_rate=0.1,
        options=PredictiveOptions(interval_draws=30, horizon_months=6.5),
    )
    forecast = result.forecast
    totals = result.totals
    assert list(forecast["month"]) == [1, 2, 3, 4, 5, 6, 7]  # a part month is the last step
    last = forecast.iloc[-1]
    assert last["predicted_clv"] == pytest.approx(totals["predicted_clv"], rel=1e-9)
    assert last["predicted_clv_low"] == pytest.approx(totals["predicted_clv_low"], rel=1e-9)
    assert last["predicted_clv_high"] == pytest.approx(totals["predicted_clv_high"], rel=1e-9)
    # undiscounted purchases: the last month is the horizon's expected purchases of every customer
    assert last["expected_purchases"] == pytest.approx(result.customers["expected_purchases"].sum(), rel=1e-9)
    for name in ("expected_purchases", "predicted_clv"):
        values = forecast[name].to_numpy()
        assert np.all(np.diff(values) > 0)
        assert np.all(forecast[f"{name}_low"] <= values) and np.all(values <= forecast[f"{name}_high"])


def test_too_few_repeat_customers_are_not_fitted_and_the_reason_is_given():
    """19 repeat customers: no fit (it would end on the edges of its search), one notice with the counts."""
    ids = [f"c{i}" for i in range(30)]
    repeat = ids[:19]
    frame = make_transactions(
        pd.DataFrame(
            {
                "customer_id": ids + repeat,
                "date": ["2024-01-01"] * len(ids) + ["2024-02-01"] * len(repeat),
                "amount": [5.0] * (len(ids) + len(repeat)),
            }
        )
    ).frame
    with pytest.raises(PredictiveUnavailable) as raised:
        fit_predictive(frame, dt.date(2024, 3, 1), 1.0, 0.0)
    assert raised.value.code == "predictive.too_few_repeat_customers"
    assert raised.value.params == {"repeaters": 19, "needed": MIN_REPEAT_CUSTOMERS}
    result = analyze(frame, predictive=PredictiveOptions(interval_draws=5))
    assert result.predictive is None
    assert "predictive.too_few_repeat_customers" in [notice.code for notice in result.summary.warnings]
    more = make_transactions(
        pd.DataFrame(
            {
                "customer_id": ids + ids[:20],
                "date": ["2024-01-01"] * len(ids) + ["2024-02-01"] * 20,
                "amount": [5.0] * (len(ids) + 20),
            }
        )
    ).frame
    assert fit_predictive(more, dt.date(2024, 3, 1), 1.0, 0.0, PredictiveOptions(interval_draws=5)) is not None


# real histories: a repeat purchase is on a later day, so x > 0 means t_x >= 1 day (1/7 week) and T >= t_x
histories = st.tuples(
    st.integers(min_value=0, max_value=300),
    st.floats(min_value=1 / 7, max_value=100),
    st.floats(min_value=1 / 7, max_value=100),
).map(lambda h: (h[0], min(h[1], h[2]) if h[0] > 0 else 0.0, max(h[1], h[2])))
parameters = st.tuples(st.floats(0.05, 5), st.floats(0.5, 50), st.floats(0.05, 5), st.floats(0.05, 10)).map(np.array)


@settings(max_examples=80, deadline=None)
@given(history=histories, params=parameters)
def test_p_alive_is_a_probability_and_one_without_repeats(history, params):
    x, t_x, T = (np.array([value], dtype=float) for value in history)
    alive = p_alive(params, x, t_x, T)[0]
    assert 0 <= alive <= 1
    if history[0] == 0:
        assert alive == 1


@settings(max_examples=60, deadline=None)
@given(history=histories, params=parameters.filter(lambda p: abs(p[2] - 1) > 0.05 and abs(p[2] + p[3] - 1) > 0.05))
def test_expected_purchases_rise_with_the_horizon(history, params):
    """(Away from a = 1 and a + b = 1, where the closed form of FHL eq. 10 divides by zero.)"""
    x, t_x, T = (np.array([value], dtype=float) for value in history)
    short, long = expected_purchases(params, 10.0, x, t_x, T)[0], expected_purchases(params, 20.0, x, t_x, T)[0]
    assert short >= -1e-9
    assert long >= short - 1e-9 * max(1.0, abs(short))


def test_fit_recovers_parameters_from_simulated_customers():
    rng = np.random.default_rng(1)
    customers, r, alpha, a, b, weeks = 4000, 0.5, 6.0, 0.8, 3.0, 52.0
    rates = rng.gamma(r, 1 / alpha, customers)
    drop = rng.beta(a, b, customers)
    x, t_x = np.zeros(customers), np.zeros(customers)
    time = np.zeros(customers)
    alive = np.ones(customers, dtype=bool)
    for _ in range(200):  # simulation only: each step is one more purchase for the customers still buying
        wait = rng.exponential(1 / np.maximum(rates, 1e-9))
        time = time + wait
        buying = alive & (time < weeks)
        x[buying] += 1
        t_x[buying] = time[buying]
        alive &= buying & (rng.random(customers) > drop)
    fit = fit_bgnbd(x, t_x, np.full(customers, weeks))
    assert fit.converged
    assert fit.r == pytest.approx(r, rel=0.2)
    assert fit.alpha == pytest.approx(alpha, rel=0.3)


@settings(max_examples=30, deadline=None)
@given(
    histories=st.lists(histories, min_size=1, max_size=12),
    weights=st.lists(st.integers(1, 50), min_size=12, max_size=12),
    params=parameters,
)
def test_grouped_bgnbd_likelihood_and_gradient_match_the_per_customer_formula(histories, weights, params):
    """The fit sums LL per distinct x and T; it must equal Σ weight × eq. 6, and its gradient the numerical one."""
    x, t_x, T = (np.array(column, dtype=float) for column in zip(*histories, strict=True))
    w = np.array(weights[: len(x)], dtype=float)
    value, gradient = bgnbd_gradient(params, x, t_x, T, w)
    assert value == pytest.approx((w * bgnbd_log_likelihood(params, x, t_x, T)).sum(), rel=1e-10, abs=1e-8)
    for i in range(4):
        step = np.zeros(4)
        step[i] = 1e-6 * params[i]
        up = (w * bgnbd_log_likelihood(params + step, x, t_x, T)).sum()
        down = (w * bgnbd_log_likelihood(params - step, x, t_x, T)).sum()
        numerical = (up - down) / (2 * step[i])
        assert gradient[i] == pytest.approx(numerical, rel=1e-4, abs=1e-4 * max(1.0, abs(value)))


@settings(max_examples=30, deadline=None)
@given(
    spends=st.lists(st.tuples(st.integers(1, 60), st.floats(0.5, 500)), min_size=1, max_size=12),
    params=st.tuples(st.floats(0.2, 20), st.floats(0.5, 20), st.floats(0.5, 200)).map(np.array),
)
def test_grouped_gamma_gamma_likelihood_and_gradient_match_the_per_customer_formula(spends, params):
    x, m = (np.array(column, dtype=float) for column in zip(*spends, strict=True))
    value, gradient = gamma_gamma_gradient(params, x, m)
    assert value == pytest.approx(gamma_gamma_log_likelihood(params, x, m).sum(), rel=1e-10, abs=1e-8)
    for i in range(3):
        step = np.zeros(3)
        step[i] = 1e-6 * params[i]
        up = gamma_gamma_log_likelihood(params + step, x, m).sum()
        down = gamma_gamma_log_likelihood(params - step, x, m).sum()
        numerical = (up - down) / (2 * step[i])
        assert gradient[i] == pytest.approx(numerical, rel=1e-4, abs=1e-4 * max(1.0, abs(value)))
