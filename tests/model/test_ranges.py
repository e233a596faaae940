"""docs/metrics.md section 3: the forecast's 90 % ranges cover the value the true parameters give.

Shops are simulated from known BG/NBD and Gamma-Gamma parameters, the models fitted to them as the app fits
them, and the 90 % range of the shop's predicted CLV (and of the new customer's value) checked against the
same quantity computed with the TRUE parameters on the same histories. A range method that is honest covers
it in about 90 % of the shops; the delta method of `predictive._Bands` is held to 85–95 %.
"""

import datetime as dt

import numpy as np
import pandas as pd

from ltv_desktop.model import predictive
from ltv_desktop.model.calendar import to_days

TRUE_BGNBD = np.array([0.5, 4.0, 0.6, 2.4])
"""r, α (in weeks), a, b: a purchase every 8 weeks on average, a 20 % chance of leaving after each."""
TRUE_GAMMA = np.array([6.0, 4.0, 60.0])
"""p, q, v (v in money): purchases worth 120 on average."""
WEEKS = 78
SHOPS = 160
CUSTOMERS = 200
MARGIN, DISCOUNT = 0.3, 0.1
START = np.datetime64("2024-01-01")


def simulated_shop(seed: int, customers: int = CUSTOMERS) -> tuple[pd.DataFrame, dt.date]:
    """Customers arriving over the first 77 weeks, buying at a Gamma-distributed Poisson rate and leaving
    after a purchase with a Beta-distributed chance (BG/NBD), each purchase worth a Gamma amount whose scale
    is the customer's own (Gamma-Gamma); one row per purchase, as_of at the end of week 78."""
    rng = np.random.default_rng(seed)
    r, alpha, a, b = TRUE_BGNBD
    p, q, v = TRUE_GAMMA
    arrival = rng.uniform(0, WEEKS - 1, customers)
    rate = rng.gamma(r, 1 / alpha, customers)
    leave = rng.beta(a, b, customers)
    spend_rate = rng.gamma(q, 1 / v, customers)
    buyer, week = [np.arange(customers)], [arrival]
    now, alive = arrival.copy(), np.ones(customers, dtype=bool)
    while alive.any():
        now = now + rng.exponential(1 / np.maximum(rate, 1e-12))
        alive &= now < WEEKS
        buyer.append(np.flatnonzero(alive))
        week.append(now[alive])
        alive &= rng.random(customers) > leave
    customer, week = np.concatenate(buyer), np.concatenate(week)
    frame = pd.DataFrame(
        {
            "customer_id": np.char.add("k", customer.astype(str)).astype(object),
            "date": (START + np.floor(week * 7).astype("timedelta64[D]")).astype("datetime64[ns]"),
            "amount": rng.gamma(p, 1 / spend_rate[customer]),
        }
    )
    return frame, (START + np.timedelta64(WEEKS * 7 - 1, "D")).astype(dt.date)


def true_values(frame: pd.DataFrame, as_of: dt.date) -> tuple[float, float]:
    """The shop's predicted CLV and a new customer's 36-month value, under the true parameters."""
    as_of_day = int(to_days(np.array([np.datetime64(as_of)]))[0])
    summary = predictive.rfm_summary(predictive.purchase_days(frame), as_of_day, 7.0)
    x, t_x, T, m = (summary[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T", "monetary_value"))
    value = predictive.expected_value(TRUE_GAMMA, x, m)
    total = predictive.clv(TRUE_BGNBD, value, x, t_x, T, 12.0, 7.0, MARGIN, DISCOUNT).sum()
    p, q, v = TRUE_GAMMA
    newcomer = predictive.new_customer_value(TRUE_BGNBD, p * v / (q - 1), MARGIN, DISCOUNT, 7.0)
    return float(total), float(newcomer[predictive.NEW_CUSTOMER_MONTHS])


def test_the_ranges_cover_the_true_value_in_85_to_95_percent_of_simulated_shops():
    covered_total, covered_newcomer = [], []
    for seed in range(SHOPS):
        frame, as_of = simulated_shop(seed)
        options = predictive.PredictiveOptions(time_unit="week", model="bgnbd")
        result = predictive.fit_predictive(frame, as_of, MARGIN, DISCOUNT, options)
        assert result.totals["predicted_clv_low"] is not None, f"shop {seed}: no range"
        total, newcomer = true_values(frame, as_of)
        covered_total.append(result.totals["predicted_clv_low"] <= total <= result.totals["predicted_clv_high"])
        month = result.new_customer.iloc[predictive.NEW_CUSTOMER_MONTHS]
        covered_newcomer.append(month["value_low"] <= newcomer <= month["value_high"])
    # 160 shops: the share of a 90 % method falls within ± 2 standard errors (2.4 %) of 90 % in 95 % of runs
    assert 0.85 <= np.mean(covered_total) <= 0.95, np.mean(covered_total)
    assert 0.85 <= np.mean(covered_newcomer) <= 0.95, np.mean(covered_newcomer)


def test_a_shop_whose_fit_is_exact_has_a_range_around_its_value():
    """The range is the fit's uncertainty: it holds the prediction, it is narrower for a larger shop, and a
    customer's range holds the customer's prediction."""
    small = predictive.fit_predictive(*simulated_shop(1, 300), MARGIN, DISCOUNT, predictive.PredictiveOptions())
    large = predictive.fit_predictive(*simulated_shop(1, 3000), MARGIN, DISCOUNT, predictive.PredictiveOptions())
    widths = []
    for result in (small, large):
        totals = result.totals
        assert totals["predicted_clv_low"] < totals["predicted_clv"] < totals["predicted_clv_high"]
        widths.append((totals["predicted_clv_high"] - totals["predicted_clv_low"]) / totals["predicted_clv"])
        customers = result.customers
        assert (customers["predicted_clv_low"] <= customers["predicted_clv"] * (1 + 1e-12)).all()
        assert (customers["predicted_clv"] <= customers["predicted_clv_high"] * (1 + 1e-12)).all()
    assert widths[1] < widths[0] / 2  # ten times the customers: about a third of the width
