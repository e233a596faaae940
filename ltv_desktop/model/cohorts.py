"""Cohorts and the observed LTV curve of docs/metrics.md 2.5.

The observed curve is model-free: what customers actually paid by each age,
averaged over the cohorts old enough to have reached it. It is the honest
check on every formula LTV.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ltv_desktop.model.activity import Prepared, sorted_distinct
from ltv_desktop.model.calendar import period_index
from ltv_desktop.model.result import Cohorts

AGE_OF_FIRST_YEAR: dict[str, int] = {"month": 11, "quarter": 3, "week": 51}
"""The age (in periods) whose cumulative value covers a customer's first 12 months:
11 in months as docs/metrics.md 2.5 says; 3 in quarters and 51 in weeks by the same reasoning."""


def build_cohorts(
    prepared: Prepared, calendar: pd.DataFrame, first_period: np.ndarray, period: str
) -> tuple[Cohorts, float | None]:
    """Cohort sizes, retention and cumulative LTV matrices, the observed curve and observed_ltv_12m."""
    periods = len(calendar)
    labels = calendar["period"].to_numpy()
    first_absolute = int(calendar["_index"].iloc[0])
    complete = calendar["complete"].to_numpy()
    has_order = first_period >= 0
    sizes = np.bincount(first_period[has_order], minlength=periods)[:periods]

    customer, day = prepared.purchase_customer, prepared.purchase_day
    bought_period = period_index(day, period) - first_absolute
    buyer_pairs = sorted_distinct(customer * periods + bought_period)
    pair_customer, pair_period = buyer_pairs // periods, buyer_pairs % periods
    pair_cohort = first_period[pair_customer]
    buyers = np.bincount(pair_cohort * periods + (pair_period - pair_cohort), minlength=periods * periods).reshape(
        periods, periods
    )

    row_cohort = first_period[prepared.customer]
    of_customer = row_cohort >= 0
    row_age = np.clip(
        period_index(prepared.day[of_customer], period) - first_absolute - row_cohort[of_customer], 0, None
    )
    revenue = np.bincount(
        row_cohort[of_customer] * periods + row_age,
        weights=prepared.amount[of_customer],
        minlength=periods * periods,
    ).reshape(periods, periods)
    cumulative_revenue = np.cumsum(revenue, axis=1)

    age = np.arange(periods)
    last_complete = np.flatnonzero(complete)
    last_complete_position = int(last_complete[-1]) if len(last_complete) else -1
    reported = (age[None, :] + age[:, None] <= last_complete_position) & (sizes[:, None] > 0)

    with np.errstate(divide="ignore", invalid="ignore"):
        retention = np.where(reported, buyers / sizes[:, None], np.nan)
        cumulative_ltv = np.where(reported, cumulative_revenue / sizes[:, None], np.nan)
        reached_revenue = np.where(reported, cumulative_revenue, 0.0).sum(axis=0)
        reached_size = np.where(reported, sizes[:, None], 0).sum(axis=0)
        curve = np.where(reached_size > 0, reached_revenue / reached_size, np.nan)

    cohort_rows = sizes > 0
    max_age = int(np.flatnonzero(reported.any(axis=0)).max()) + 1 if reported.any() else 0
    columns = pd.RangeIndex(max_age, name="age")
    index = pd.Index(labels[cohort_rows], name="cohort")
    curve_series = pd.Series(curve[:max_age], index=columns, name="observed_ltv")
    first_year_age = AGE_OF_FIRST_YEAR[period]
    observed_12m = float(curve_series.iloc[first_year_age]) if first_year_age < max_age else None
    cohorts = Cohorts(
        sizes=pd.Series(sizes[cohort_rows], index=index, name="size"),
        retention=pd.DataFrame(retention[cohort_rows, :max_age], index=index, columns=columns),
        cumulative_ltv=pd.DataFrame(cumulative_ltv[cohort_rows, :max_age], index=index, columns=columns),
        observed_ltv_curve=curve_series,
    )
    return cohorts, observed_12m
