"""The headline summary of docs/metrics.md 2.4 over the trailing window of periods.

Only periods that are complete (their last day is on or before as_of) and
observable (they start churn_days after the export begins) enter the window:
a half-finished month or a month whose "lost" customers are an artefact of
where the export starts would bias churn, and churn drives every LTV.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.model.calculator import discounted_ltv
from ltv_desktop.model.result import Cohorts, Notice, Summary
from ltv_desktop.model.settings import TRAILING_WINDOW_PERIODS, Settings


def _ratio(numerator: float, denominator: float) -> float | None:
    return float(numerator / denominator) if denominator else None


def _number(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


BROAD_COHORT_SHARE = 0.25
"""observed_value_broad reads the observed curve where cohorts holding at least a quarter of all customers
still count (docs/metrics.md section 2.4): older ages rest on too few customers to contradict a formula."""

MONTHS_PER_PERIOD = {"month": 1, "quarter": 3}


def history_notice(settings: Settings, churn_days: int, first_date: pd.Timestamp, as_of: pd.Timestamp) -> Notice:
    """Says how much history churn needs when no period is complete and observable."""
    covered = int((as_of - first_date).days) + 1
    return Notice.of("not_enough_history", churn_days=churn_days, period=settings.period, days_covered=covered)


def observed_value_broad(cohorts: Cohorts) -> tuple[float | None, int | None]:
    """The observed LTV curve at the oldest age whose cohorts hold ≥ 25 % of all customers, and that age
    (docs/metrics.md section 2.4); (None, None) when no age is complete yet."""
    sizes = cohorts.sizes.to_numpy(dtype=np.float64)
    reached = cohorts.cumulative_ltv.notna().to_numpy()
    if sizes.sum() <= 0 or reached.size == 0:
        return None, None
    held = (reached * sizes[:, None]).sum(axis=0)
    ages = np.flatnonzero(held >= BROAD_COHORT_SHARE * sizes.sum())
    if len(ages) == 0:
        return None, None
    age = int(ages[-1])
    return _number(float(cohorts.observed_ltv_curve.iloc[age])), age


def formula_notice(formula: float, observed: float, age: int, period: str) -> Notice:
    """The formula's revenue per customer is below what customers already paid: say so with both numbers."""
    if period == "week":
        code, count = "trust.formula_below_observed_weeks", age + 1
    else:
        code, count = "trust.formula_below_observed_months", (age + 1) * MONTHS_PER_PERIOD[period]
    return Notice.of(code, formula=formula, observed=observed, count=count, age=age)


WINDOW_COUNTS = {
    "window_active_start": "active_start",
    "window_active_end": "active_end",
    "window_lost": "lost",
    "window_new": "new_customers",
    "window_reactivated": "reactivated",
    "window_orders": "orders",
}
"""The Summary's window counts, each the sum of one column of the period table over the window (section 2.4)."""


def summarize(
    periods: pd.DataFrame,
    customers: pd.DataFrame,
    settings: Settings,
    orders: int,
    revenue: float,
    gross_profit: float,
    observed_ltv_12m: float | None,
    first_date: pd.Timestamp,
    as_of: pd.Timestamp,
    churn_days: int,
    cohorts: Cohorts,
) -> Summary:
    """docs/metrics.md 2.1 totals and 2.4 window metrics; None where the data cannot say, with a notice."""
    per_year = settings.periods_per_year
    notices: list[Notice] = []
    eligible = periods[periods["complete"] & periods["observable"]]
    window = eligible.tail(TRAILING_WINDOW_PERIODS[settings.period])
    counts: dict[str, Any] = {field: int(window[column].sum()) for field, column in WINDOW_COUNTS.items()}
    sum_start, sum_end, sum_lost, sum_new, sum_reactivated, sum_orders = counts.values()
    sum_revenue = float(window["revenue"].sum())
    has_spend = "spend" in periods.columns
    sum_spend = float(window["spend"].sum()) if has_spend else None

    if window.empty:
        notices.append(history_notice(settings, churn_days, first_date, as_of))
    elif len(window) < TRAILING_WINDOW_PERIODS[settings.period]:
        notices.append(Notice.of("short_window", periods=len(window), period=settings.period))

    churn_rate = _ratio(sum_lost, sum_start) if not window.empty else None
    # docs/metrics.md section 2.4: retention is 1 − churn (never above 1); crr is the textbook (E − N) / S,
    # which counts customers back after a lapse as retained and so can pass 1
    retention_rate = 1 - churn_rate if churn_rate is not None else None
    crr = _ratio(sum_end - sum_new, sum_start) if not window.empty else None
    reactivation_rate = _ratio(sum_reactivated, sum_start) if not window.empty else None
    arpu = _ratio(sum_revenue, sum_end) if not window.empty else None
    frequency = _ratio(sum_orders * per_year, sum_end) if not window.empty else None
    aov_window = _ratio(sum_revenue, sum_orders) if not window.empty else None

    lifespan_periods: float | None = None
    capped = False
    cap = settings.max_lifespan_years * per_year
    if churn_rate is not None:
        if churn_rate > 0 and 1 / churn_rate <= cap:
            lifespan_periods = 1 / churn_rate
        else:
            lifespan_periods, capped = cap, True
            notices.append(Notice.of("lifespan_capped", max_lifespan_years=settings.max_lifespan_years))
    elif not window.empty:
        notices.append(Notice.of("no_active_customers"))
    lifespan_years = lifespan_periods / per_year if lifespan_periods is not None else None

    ltv = ltv_discounted = None
    if arpu is not None and lifespan_periods is not None and lifespan_years is not None:
        ltv = arpu * settings.margin * lifespan_periods
        ltv_discounted = discounted_ltv(arpu * settings.margin * per_year, lifespan_years, settings.discount_rate)

    observed_broad, observed_broad_age = observed_value_broad(cohorts)
    if (
        arpu is not None
        and lifespan_periods is not None
        and observed_broad is not None
        and observed_broad_age is not None
        and arpu * lifespan_periods < observed_broad
    ):
        notices.append(formula_notice(arpu * lifespan_periods, observed_broad, observed_broad_age, settings.period))

    cac = ltv_cac_ratio = payback = None
    if sum_spend is not None and not window.empty:
        if sum_new > 0:
            cac = sum_spend / sum_new
            ltv_cac_ratio = _ratio(ltv, cac) if ltv is not None else None
            contribution = arpu * settings.margin if arpu is not None else 0.0
            payback = cac / contribution if contribution > 0 else None
        else:
            notices.append(Notice.of("no_new_customers"))

    return Summary(
        customers=len(customers),
        orders=orders,
        revenue=revenue,
        gross_profit=gross_profit,
        aov=_ratio(revenue, orders),
        churn_rate=churn_rate,
        retention_rate=retention_rate,
        crr=crr,
        reactivation_rate=reactivation_rate,
        arpu=_number(arpu),
        purchase_frequency_per_year=frequency,
        aov_window=aov_window,
        lifespan_periods=lifespan_periods,
        lifespan_years=lifespan_years,
        lifespan_capped=capped,
        ltv=_number(ltv),
        ltv_discounted=_number(ltv_discounted),
        cac=cac,
        ltv_cac_ratio=ltv_cac_ratio,
        payback_periods=payback,
        pareto_top20_share=pareto_top20_share(customers["revenue"].to_numpy()),
        observed_ltv_12m=observed_ltv_12m,
        observed_value_broad=observed_broad,
        observed_value_broad_age=observed_broad_age,
        periods_per_year=per_year,
        window_periods=tuple(window["period"]),
        window_revenue=sum_revenue,
        window_spend=sum_spend,
        **counts,
        warnings=tuple(notices),
    )


def pareto_top20_share(revenue: np.ndarray) -> float | None:
    """Revenue share of the top ⌈20 %⌉ of customers (docs/metrics.md 2.6); None when total revenue is not positive."""
    total = float(revenue.sum())
    if len(revenue) == 0 or total <= 0:
        return None
    top = -(-len(revenue) // 5)  # ⌈n / 5⌉ in integers: 0.2 * 15 is 3.0000000000000004 in floats
    return float(np.sort(revenue)[::-1][:top].sum() / total)


def pareto_curve(revenue: np.ndarray, points: int = 500) -> tuple[np.ndarray, np.ndarray]:
    """(share of customers, share of revenue), both in %, best customers first: the curve whose point at 20 %
    is `pareto_top20_share`. At most about `points` points, so a chart of 200,000 customers stays light.
    Empty when total revenue is not positive."""
    revenue = np.sort(np.asarray(revenue, dtype=float))[::-1]
    if len(revenue) == 0 or revenue.sum() <= 0:
        return np.array([]), np.array([])
    step = max(1, len(revenue) // points)
    share = np.cumsum(revenue) / revenue.sum() * 100
    people = np.arange(1, len(revenue) + 1) / len(revenue) * 100
    return people[::step], share[::step]


def formula_value_by_age(summary: Summary, ages: int) -> np.ndarray | None:
    """What the headline formula says a customer has paid by each age 0 … ages − 1 (revenue, before margin):
    arpu for every period it is still there, with the formula's retention 1 − 1 / lifespan per period, so the
    curve tends to arpu × lifespan. Drawn against the observed cohort curve (docs/metrics.md 2.4, 2.5).
    None without a lifespan."""
    if summary.arpu is None or summary.lifespan_periods is None:
        return None
    age = np.arange(max(ages, 2))
    kept = 1 - 1 / summary.lifespan_periods
    if kept >= 1:
        return summary.arpu * (age + 1)
    return summary.arpu * (1 - kept ** (age + 1)) / (1 - kept)
