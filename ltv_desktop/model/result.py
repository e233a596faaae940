"""The immutable result of `analyze()`: plain dataclasses and DataFrames.

Easy to test and to hand between threads; the GUI, the CLI's JSON and the
Excel export all read the same object (docs/metrics.md is the contract for names).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pandas as pd

from ltv_desktop.model.inactivity import Threshold
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import Rejection


@dataclasses.dataclass(frozen=True)
class Notice:
    """A warning for the user: `code` lets a front translate it, `message` is the English text."""

    code: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return self.message

    @classmethod
    def of(cls, code: str, **params: Any) -> Notice:
        """The notice of a catalogue code: its English sentence as `message`, the code and params to translate it."""
        from ltv_desktop.i18n.catalogue import text

        return cls(code, text(code, "en", **params), params)


@dataclasses.dataclass(frozen=True)
class Summary:
    """The headline numbers: docs/metrics.md 2.1 over all data, 2.4 over the trailing window.

    `None` means "cannot be computed from this data" (and a notice says why).
    The `window_*` sums are what the churn-based metrics are built from; the
    Excel export writes them as cells and the metrics as formulas over them.
    """

    customers: int
    orders: int
    revenue: float
    gross_profit: float
    aov: float | None
    churn_rate: float | None
    retention_rate: float | None
    crr: float | None
    reactivation_rate: float | None
    arpu: float | None
    purchase_frequency_per_year: float | None
    aov_window: float | None
    lifespan_periods: float | None
    lifespan_years: float | None
    lifespan_capped: bool
    ltv: float | None
    ltv_discounted: float | None
    cac: float | None
    ltv_cac_ratio: float | None
    payback_periods: float | None
    pareto_top20_share: float | None
    observed_ltv_12m: float | None
    observed_value_broad: float | None
    observed_value_broad_age: int | None
    periods_per_year: int
    window_periods: tuple[str, ...]
    window_active_start: int
    window_active_end: int
    window_lost: int
    window_new: int
    window_reactivated: int
    window_revenue: float
    window_orders: int
    window_spend: float | None
    warnings: tuple[Notice, ...] = ()
    window_gross_profit: float | None = None
    """Σ gross profit of the rows dated in the window, where the data has costs (the margin setting fills the
    rows without one)."""
    profit_margin: float | None = None
    """window_gross_profit / window_revenue, where the data has costs (docs/metrics.md section 4)."""
    profit_ltv: float | None = None
    """`ltv` with that margin instead of the margin setting; None without costs."""
    cost_basis: str | None = None
    """How the cost column was read: "unit" (cost × quantity) or "line"; None without costs."""

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["window_periods"] = list(self.window_periods)
        data["warnings"] = [notice.message for notice in self.warnings]
        return data


@dataclasses.dataclass(frozen=True)
class Cohorts:
    """Cohort matrices of docs/metrics.md 2.5, indexed by cohort label, columns = age in periods.

    Cells whose period is not complete yet are NaN: only complete ages are reported.
    """

    sizes: pd.Series
    retention: pd.DataFrame
    cumulative_ltv: pd.DataFrame
    observed_ltv_curve: pd.Series


@dataclasses.dataclass(frozen=True)
class AnalysisResult:
    """Everything one analysis produced, as of `as_of`.

    `periods`: one row per period, the fields of docs/metrics.md 2.3 plus label, start, end,
    complete, observable (and spend when a spend table was given).
    `customers`: one row per customer with at least one order (2.6).
    `channels`, `segments`: one row each.
    `predictive`: the fitted models of section 3 when they were asked for, else None.
    `threshold`: the churn_days used (chosen from the data when `settings.churn_days` is None) and its
    return share (docs/metrics.md section 2.3.1); `settings` keeps what the owner asked for.
    """

    settings: Settings
    as_of: dt.date
    first_date: dt.date
    last_date: dt.date
    summary: Summary
    periods: pd.DataFrame
    cohorts: Cohorts
    customers: pd.DataFrame
    channels: pd.DataFrame
    segments: pd.DataFrame
    rows_used: int
    rows_after_as_of: int
    threshold: Threshold
    rejections: tuple[Rejection, ...] = ()
    predictive: Any = None
    timing: Any = None
    """Purchase timing (docs/metrics.md section 4): the shop's gaps; each customer's gap, next purchase and
    days overdue are columns of `customers`."""
    drivers: tuple[Any, ...] = ()
    """What drives value (docs/metrics.md section 4): each first product, category, discount code and channel
    with at least 20 customers seen for a year, its 12-month value, repeat rate and lift with a 90 % interval."""
