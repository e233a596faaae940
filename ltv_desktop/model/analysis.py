"""`analyze()`: the whole of docs/metrics.md section 2 for one transaction table.

The GUI's worker, the CLI and the tests all call this one function; it
returns an immutable `AnalysisResult` and never touches files or Qt.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ltv_desktop.model import parallel
from ltv_desktop.model.activity import period_table, prepare, row_codes, take_rows
from ltv_desktop.model.calendar import build_calendar, to_days
from ltv_desktop.model.cohorts import build_cohorts
from ltv_desktop.model.customers import build_channels, build_segments, customers_table
from ltv_desktop.model.drivers import first_purchase_drivers
from ltv_desktop.model.errors import NoUsableData
from ltv_desktop.model.inactivity import FALLBACK_DAYS, threshold
from ltv_desktop.model.profit import win_back_caps, with_profit
from ltv_desktop.model.progress import NO_PROGRESS, Progress, Together
from ltv_desktop.model.result import AnalysisResult, Notice
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.summary import summarize
from ltv_desktop.model.timing import purchase_timing
from ltv_desktop.model.transactions import Transactions, make_spend, make_transactions

if TYPE_CHECKING:
    from ltv_desktop.model.predictive import PredictiveResult, PurchaseDays

INTERNAL_COLUMNS = ["_index", "_start_day", "_end_day"]
ENGINE_SHARE = 0.55
"""The share of the bar the stages of section 2 and 4 fill while the forecast fills the rest (their times on a
million rows)."""


def analyze(
    transactions: Transactions | pd.DataFrame,
    settings: Settings | None = None,
    spend: pd.DataFrame | None = None,
    predictive: object | None = None,
    progress: Progress = NO_PROGRESS,
) -> AnalysisResult:
    """Compute every metric of docs/metrics.md section 2 (and section 3 when `predictive` options are given).

    Rows dated after `settings.as_of` are a holdout: they enter no metric of
    section 2 (the predictive check compares against them). `spend` is a
    frame of date, amount and optional channel for CAC.
    """
    settings = settings or Settings()
    if not isinstance(transactions, Transactions):
        transactions = make_transactions(transactions)
    frame = transactions.frame
    overall = progress
    progress.update(0.02, "prepare")

    last_date = frame["date"].max()
    as_of = pd.Timestamp(settings.as_of) if settings.as_of is not None else last_date
    in_scope = frame["date"] <= as_of
    scoped = frame.loc[in_scope] if not in_scope.all() else frame
    if scoped.empty:
        raise NoUsableData.because("no_sales_before_as_of", as_of=as_of.date().isoformat())
    first_date = scoped["date"].min()
    first_day, as_of_day = int(to_days(np.array([first_date]))[0]), int(to_days(np.array([as_of]))[0])

    # customers and orders numbered once for every stage: the predictive one sees the rows after as_of too
    codes = row_codes(frame)
    scoped_codes = codes if scoped is frame else codes.subset(in_scope.to_numpy())
    prepared = prepare(scoped, settings.margin, codes=scoped_codes)
    if len(prepared.order_day) == 0:
        raise NoUsableData.because("no_orders")
    progress.update(0.15, "orders")

    # the forecast runs beside the other stages on a second core (numpy lets go of the interpreter in its
    # loops), each filling its share of one bar. It reads no table the other stages read: its customer names
    # are a copy, and its purchase days are counted on its thread from the analysis' own order arrays when no
    # row is after as_of (numpy only), else read here from all the rows
    forecast: Future[PredictiveResult | Notice] | None = None
    if predictive is not None:
        from ltv_desktop.model.predictive import PurchaseDays

        names = pd.Index(codes.customer_ids.to_numpy(copy=True), dtype=codes.customer_ids.dtype)
        days: Callable[[], PurchaseDays] = (
            functools.partial(PurchaseDays.of_orders, prepared, names)
            if scoped is frame
            else functools.partial(dataclasses.replace, PurchaseDays.of(frame, codes), customer_ids=names)
        )
        together = Together(progress.part(0.15, 1.0), (ENGINE_SHARE, 1 - ENGINE_SHARE))
        progress = together.job(0)
        forecast = parallel.start(
            _forecast, days, as_of, settings, predictive, together.job(1), in_thread=parallel.two_cores()
        )
    else:
        progress = progress.part(0.15, 1.0)

    chosen = threshold(
        prepared.purchase_customer, prepared.purchase_day, as_of_day, settings.period, settings.churn_days
    )
    churn_days = chosen.days
    calendar = build_calendar(first_day, as_of_day, settings.period, churn_days)
    if spend is not None:
        spend = make_spend(spend)
        spend = spend[(spend["date"] >= calendar["start"].iloc[0]) & (spend["date"] <= as_of)]
    periods, first_period, active_on_as_of = period_table(prepared, calendar, churn_days, settings.period, spend)
    progress.update(0.35, "periods")

    cohorts, observed_12m = build_cohorts(prepared, calendar, first_period, settings.period)
    progress.update(0.5, "cohorts")

    customers, customer_codes = customers_table(prepared, first_period, active_on_as_of, as_of_day)
    segments = build_segments(customers)
    channels = build_channels(customers, spend, settings.margin)
    progress.update(0.75, "customers")

    summary = summarize(
        periods,
        customers,
        settings,
        orders=len(prepared.order_day),
        revenue=float(prepared.amount.sum()),
        gross_profit=float(prepared.gross_profit.sum()),
        observed_ltv_12m=observed_12m,
        first_date=first_date,
        as_of=as_of,
        churn_days=churn_days,
        cohorts=cohorts,
    )
    summary = with_profit(summary, periods, prepared)
    if not chosen.found:
        notice = Notice.of("trust.churn_days_fallback", days=FALLBACK_DAYS, share=chosen.return_share)
        summary = dataclasses.replace(summary, warnings=(notice, *summary.warnings))
    rows_after = int((~in_scope).sum())
    if rows_after:
        notice = Notice.of("rows_after_as_of", rows=rows_after, as_of=as_of.date().isoformat())
        summary = dataclasses.replace(summary, warnings=(*summary.warnings, notice))

    timing = purchase_timing(scoped, as_of, prepared)
    drivers = tuple(first_purchase_drivers(scoped, as_of, settings.margin, prepared=prepared))
    progress.update(1.0, "drivers")

    predictive_result = None
    if forecast is not None:
        outcome = forecast.result()
        if isinstance(outcome, Notice):  # the rest of the analysis stands; the notice says why
            summary = dataclasses.replace(summary, warnings=(*summary.warnings, outcome))
        else:
            from ltv_desktop.model.predictive import merge_customers

            predictive_result = outcome
            rows = outcome.rows_of(scoped_codes.parent_codes()[customer_codes])
            customers = merge_customers(customers, outcome, rows)
    # the timing table holds the customers with two purchase days or more, by code: joined on the codes
    with_gaps = np.bincount(prepared.purchase_customer, minlength=prepared.customer_count) >= 2
    timing_row = np.where(with_gaps, np.cumsum(with_gaps) - 1, -1)
    taken = take_rows(
        timing.customers[["mean_gap_days", "next_purchase_expected", "overdue_days"]], timing_row[customer_codes]
    )
    customers = pd.concat([customers, taken], axis=1)
    customers["win_back_cap"] = win_back_caps(customers)  # after the model's at-risk list, which may replace it
    overall.update(1.0, "done")

    return AnalysisResult(
        settings=settings,
        as_of=as_of.date(),
        first_date=first_date.date(),
        last_date=last_date.date(),
        summary=summary,
        periods=periods.drop(columns=INTERNAL_COLUMNS),
        cohorts=cohorts,
        customers=customers,
        channels=channels,
        segments=segments,
        rows_used=int(in_scope.sum()),
        rows_after_as_of=rows_after,
        threshold=chosen,
        rejections=transactions.rejections,
        predictive=predictive_result,
        timing=timing,
        drivers=drivers,
    )


def _forecast(
    days: Callable[[], PurchaseDays], as_of: pd.Timestamp, settings: Settings, options: object, progress: Progress
) -> PredictiveResult | Notice:
    """The predictive stage (docs/metrics.md section 3) on the purchase days `days()` gives, or the notice saying
    why it could not be fitted."""
    from ltv_desktop.model import predictive as predictive_model

    try:
        return predictive_model.fit_predictive(
            pd.DataFrame(),  # not read: the purchase days are given
            as_of.date(),
            settings.margin,
            settings.discount_rate,
            options,  # type: ignore[arg-type]
            progress,
            days=days(),
        )
    except predictive_model.PredictiveUnavailable as error:
        return Notice(code=error.code, message=error.message, params=error.params)
