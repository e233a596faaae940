"""docs/metrics.md section 3 on tiny and degenerate shops: the predictive step never crashes.

Random small shops (1–300 rows) go through `analyze` with predictive options: nothing but an LtvError may
escape, every number the forecast gives is finite or missing, and when the models cannot be fitted the
rest of the analysis stands with a notice saying why.
"""

import datetime as dt
import json
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.model import mbgnbd, predictive
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.predictive import PredictiveOptions, fit_gamma_gamma, fit_predictive
from ltv_desktop.model.transactions import make_transactions

CDNOW = Path(__file__).parents[1] / "fixtures" / "cdnow" / "cdnow_sample.csv"
SMALL_SHOP_EXAMPLES = int(os.environ.get("LTV_FUZZ_EXAMPLES", "20"))
"""Random small shops per run; more with LTV_FUZZ_EXAMPLES=500 (each fits up to three models)."""


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


@settings(
    max_examples=SMALL_SHOP_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
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
        reasons = {"predictive.no_repeat_customers", "predictive.too_few_repeat_customers"}
        assert reasons & {notice.code for notice in result.summary.warnings}
    else:
        assert (result.predictive.customers["p_alive"].between(0, 1)).all()
        assert (result.predictive.customers["expected_purchases"] >= 0).all()


# -- honest fits (docs/metrics.md section 3.2) ----------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(
    data=st.lists(st.tuples(st.integers(1, 40), st.floats(0.5, 5000, allow_nan=False)), min_size=5, max_size=60),
    factor=st.sampled_from([1e4, 1e-2, 100.0, 7.3]),
)
def test_gamma_gamma_does_not_depend_on_the_currency(data, factor):
    x = np.array([row[0] for row in data], dtype=float)
    m = np.array([row[1] for row in data])
    base = fit_gamma_gamma(x, m)
    scaled = fit_gamma_gamma(x, m * factor)
    assert scaled.p == pytest.approx(base.p, rel=1e-6)
    assert scaled.q == pytest.approx(base.q, rel=1e-6)
    assert scaled.v == pytest.approx(base.v * factor, rel=1e-6)
    assert scaled.at_bound == base.at_bound


def test_cdnow_in_kopecks_gives_the_published_p_and_q():
    frame = pd.read_csv(CDNOW, dtype={"customer_id": str})
    frame["amount"] *= 1e4
    result = fit_predictive(make_transactions(frame).frame, dt.date(1997, 9, 30), 1.0, 0.0,
                            PredictiveOptions(interval_draws=0, model="bgnbd"))  # fmt: skip
    gg = result.gamma_gamma
    assert (f"{gg.p:.3g}", f"{gg.q:.3g}", f"{gg.v / 1e4:.4g}") == ("6.25", "3.74", "15.44")
    assert gg.at_bound == ()


def no_churn_shop(customers: int = 60, weeks: int = 80, seed: int = 3) -> pd.DataFrame:
    """Everyone buys every few weeks up to the end: nobody leaves, so BG/NBD's drop-out runs to its limit."""
    rng = np.random.default_rng(seed)
    rows = []
    for customer in range(customers):
        start = int(rng.integers(0, 20))
        gap = int(rng.integers(1, 4))
        rows += [(customer, 7 * week + int(rng.integers(0, 3))) for week in range(start, weeks, gap)]
    ids, days = zip(*rows, strict=True)
    return shop(list(ids), list(days), [20.0] * len(rows))


def test_a_fit_on_the_edge_says_so_and_uses_the_limit():
    result = analyze(no_churn_shop(), predictive=PredictiveOptions(interval_draws=20, model="bgnbd"))
    bg = result.predictive.bgnbd
    assert bg.converged
    assert bg.at_bound, "a shop where nobody leaves should push the drop-out to its limit"
    assert "predictive.at_bound" in [notice.code for notice in result.predictive.warnings]
    document = bg.to_dict()
    assert document["at_bound"] == list(bg.at_bound)
    assert document["dropout_probability"] < 0.01
    if "dropout_concentration" in bg.at_bound and bg.coordinates[3] > 0:  # a, b pinned at the box: not shown
        assert document["a"] is None and document["b"] is None
    # "did not converge" is said only when it did not
    assert "predictive.not_converged" not in [notice.code for notice in result.predictive.warnings]
    assert result.predictive.customers["p_alive"].min() > 0.9


def test_the_fallback_value_uses_only_purchases_up_to_as_of(monkeypatch):
    # 21 repeat customers (enough to fit); Gamma-Gamma made unusable, so values fall back to each one's own mean
    monkeypatch.setattr(predictive, "fit_gamma_gamma", lambda x, m: None)
    free = list(range(1, 21))
    frame = shop(
        [0, 0, 21, 0, *free, *free],
        [0, 30, 20, 200, *([0] * 20), *(10 + c for c in free)],
        [10, 20, 70, 1e6, *([5.0] * 20), *([7.0] * 20)],
    )
    as_of = dt.date(2024, 1, 1) + dt.timedelta(days=100)
    result = fit_predictive(make_transactions(frame).frame, as_of, 1.0, 0.0, PredictiveOptions(interval_draws=0))
    values = result.customers.set_index("customer_id")["expected_purchase_value"]
    assert result.gamma_gamma is None
    assert values["c1"] == pytest.approx(7.0)  # the mean of its repeat purchases
    assert values["c0"] == pytest.approx(20.0)  # its repeat purchase before as_of, not the 1e6 after
    assert values["c21"] == pytest.approx(70.0)  # a one-time buyer: its own purchase
    assert values.max() < 1e5


# -- model choice (docs/metrics.md section 3.1) ---------------------------------------------------------------


@pytest.fixture(scope="module")
def cdnow_with_holdout():
    frame = make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame
    return fit_predictive(frame, dt.date(1997, 9, 30), 0.3, 0.1, PredictiveOptions(interval_draws=10))


def test_with_a_holdout_the_model_with_the_least_error_speaks(cdnow_with_holdout):
    result = cdnow_with_holdout
    assert set(result.holdout_errors) == {"bgnbd", "mbgnbd", "paretonbd"}
    assert result.model == min(result.holdout_errors, key=result.holdout_errors.get)
    assert result.model_reason.code == "predictive.chosen_holdout"
    document = result.to_dict()
    assert document["model"] == result.model and "mean absolute error" in document["model_reason"]
    assert document["mbgnbd"]["log_likelihood"] < 0 and document["paretonbd"]["log_likelihood"] < 0
    assert document["bgnbd"]["at_bound"] == [] and document["paretonbd"]["at_bound"] == []


def test_one_time_buyers_are_no_longer_all_alive(cdnow_with_holdout):
    customers = cdnow_with_holdout.customers
    once = customers[customers["frequency"] == 0]
    assert cdnow_with_holdout.model != "bgnbd"
    assert (once["p_alive"] < 1).all() and (once["p_alive"] < 0.5).any()


def test_the_user_picks_the_model_and_without_a_holdout_bic_decides():
    frame = make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})).frame
    picked = fit_predictive(frame, dt.date(1997, 9, 30), 0.3, 0.1, PredictiveOptions(interval_draws=0, model="mbgnbd"))
    assert picked.model == "mbgnbd" and picked.model_reason.code == "predictive.chosen_user"
    assert picked.paretonbd is None
    alive = picked.customers["p_alive"].to_numpy()
    np.testing.assert_allclose(alive, mbgnbd.p_alive(picked.mbgnbd.params, *(
        picked.customers[c].to_numpy() for c in ("frequency", "recency", "T"))))  # fmt: skip
    last = frame["date"].max().date()
    by_bic = fit_predictive(frame, last, 0.3, 0.1, PredictiveOptions(interval_draws=0, model="auto"))
    bics = {"bgnbd": by_bic.bgnbd.bic(), "mbgnbd": by_bic.mbgnbd.bic(), "paretonbd": by_bic.paretonbd.bic()}
    assert by_bic.model == min(bics, key=bics.get) and by_bic.model_reason.code == "predictive.chosen_bic"


def test_at_risk_customers_are_below_one_half():
    result = analyze(make_transactions(pd.read_csv(CDNOW, dtype={"customer_id": str})),
                     predictive=PredictiveOptions(interval_draws=0, model="mbgnbd"))  # fmt: skip
    customers = result.customers
    assert customers["at_risk"].any()
    assert (customers.loc[customers["at_risk"], "p_alive"] < 0.5).all()
    assert (customers.loc[customers["at_risk"], "key_customer"]).all()


def test_the_command_line_picks_the_model(capsys):
    from ltv_desktop.cli import main

    code = main(["analyze", str(CDNOW), "--as-of", "1997-09-30", "--model", "mbgnbd", "--json"])
    assert code == 0
    document = json.loads(capsys.readouterr().out)["predictive"]
    assert document["model"] == "mbgnbd" and document["model_name"] == "MBG/NBD"
    assert document["mbgnbd"]["a"] == pytest.approx(0.891, abs=5e-4) and document["paretonbd"] is None
    assert document["model_reason_code"] == "predictive.chosen_user"
