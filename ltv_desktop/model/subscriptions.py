"""Subscriptions and contracts: MRR and its five movements, churn, GRR/NRR, contractual LTV (docs/metrics.md section 5).

A customer's MRR in month m is the sum of its subscriptions running on the last day of m. A subscription runs from
its start (inclusive) to its end (exclusive: a subscription that ended on the 31st does not run at the close of the
31st), so it counts in the months from its start's month to the month before its end's month; one that starts and
ends inside a single month never reaches a month's end and adds nothing, as in ChartMogul.

Everything is computed on one customer × month matrix built with a difference array and a cumulative sum, so
100,000 subscriptions take a fraction of a second. MRR is held as whole ten-thousandths of a currency unit
(int64) while the movements are computed: the identity MRR(m) = MRR(m−1) + new + expansion − contraction −
churn + reactivation then holds exactly, not up to rounding, and every figure is exact to 0.0001.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import InvalidInput, NoUsableData
from ltv_desktop.model.sbg import SbgFit, fit_sbg_cohorts

UNITS = 10_000
"""MRR is computed in ten-thousandths of a currency unit: yearly plans (amount / 12) stay exact to 0.0001."""
TRAILING_MONTHS = 12
MOVEMENTS = ("new", "expansion", "contraction", "churn", "reactivation")
REQUIRED = ("customer_id", "start", "end", "mrr")


@dataclasses.dataclass(frozen=True)
class SubscriptionResult:
    """MRR movements per month and the headline ratios; `months` has one row per calendar month.

    `months` columns: month (Period[M]), mrr, new, expansion, contraction, churn, reactivation (money per month),
    customers (paying at the month's end), customers_start, customers_new, customers_churned,
    customers_reactivated, logo_churn, revenue_churn, grr, nrr, grr_12m, nrr_12m, quick_ratio, arpa
    (ratios are None where the month starts with no MRR or no customers).
    `retention` is logo retention by start cohort (rows: cohort month, columns: months since start, share of the
    cohort's customers paying), `revenue_retention` the cohort's MRR over its MRR in its first month.
    """

    months: pd.DataFrame
    summary: dict[str, Any]
    retention: pd.DataFrame
    revenue_retention: pd.DataFrame
    cohort_sizes: pd.Series
    unbroken: pd.DataFrame
    """Per start cohort, customers paying at every month's end from their first to k months on (NaN: not yet
    observed): the survival a contractual model needs, where a customer who left and came back has left."""

    def survival(self) -> tuple[np.ndarray, int]:
        """Share of all start cohorts subscribed without a break k = 1, 2, … months on, and the customers at k = 0.

        Pooled over the cohorts old enough to be observed k months on: Σ unbroken(k) / Σ size.
        """
        counts = self.unbroken.to_numpy(dtype=float)
        observed = ~np.isnan(counts)
        sizes = counts[:, :1]
        base = (observed * sizes).sum(axis=0)
        pooled = _ratio(np.nansum(counts, axis=0), base)
        return pooled[1:][base[1:] > 0], int(sizes.sum())

    def fit_retention(self, cohort: pd.Period | str | None = None) -> SbgFit:
        """The shifted-beta-geometric fit (model/sbg.py) of one start cohort, or of all cohorts together.

        All cohorts: each enters with its own months observed (`fit_sbg_cohorts`), so a cohort that started last
        month informs the first month's retention only.
        """
        rows = self.unbroken if cohort is None else self.unbroken.loc[[pd.Period(cohort, "M")]]
        return fit_sbg_cohorts([row[~np.isnan(row)] for row in rows.to_numpy(dtype=float)])

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: `months` (one object per month, month as "YYYY-MM") and `summary`."""
        rows = []
        for record in self.months.to_dict("records"):
            row: dict[str, Any] = {"month": str(record["month"])}
            for key, value in record.items():
                if key != "month":
                    row[key] = _plain(value)
            rows.append(row)
        retention = [
            {"cohort": str(cohort), "customers": int(self.cohort_sizes[cohort]),
             "retention": [_plain(v) for v in self.retention.loc[cohort].dropna()]}
            for cohort in self.retention.index
        ]  # fmt: skip
        return {"months": rows, "summary": {k: _plain(v) for k, v in self.summary.items()}, "cohorts": retention}


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, np.integer | int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, np.floating | float):
        return None if np.isnan(value) else float(value)
    if isinstance(value, pd.Period | pd.Timestamp):
        return str(value)[:10]
    return value


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """numerator / denominator, NaN where the denominator is 0 (no base to measure against)."""
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    out = np.full(np.broadcast(numerator, denominator).shape, np.nan)
    np.divide(numerator, denominator, out=out, where=denominator != 0)
    return out


def _month_index(dates: np.ndarray) -> np.ndarray:
    """Months since 1970-01 of datetime64 values (NaT stays a huge sentinel, handled by the caller)."""
    return dates.astype("datetime64[M]").astype(np.int64)


def mrr_matrix(
    subscriptions: pd.DataFrame, as_of: pd.Timestamp | None = None
) -> tuple[np.ndarray, pd.Index, pd.PeriodIndex]:
    """Each customer's MRR (int64 ten-thousandths) at each month's end, months from the first start to `as_of`.

    `as_of` defaults to the last start or end date in the file (today if that is later); its month is the last one
    reported, and a subscription ending after it still runs.
    """
    missing = [column for column in REQUIRED if column not in subscriptions.columns]
    if missing:
        raise InvalidInput(
            missing[0],
            text("subs.missing_field", "en", field=missing[0]),
            "subs.missing_field",
            {"field": missing[0]},
        )
    if subscriptions.empty:
        raise NoUsableData(text("subs.no_subscriptions", "en"), "subs.no_subscriptions")
    start = pd.to_datetime(subscriptions["start"]).to_numpy(dtype="datetime64[ns]")
    end = pd.to_datetime(subscriptions["end"]).to_numpy(dtype="datetime64[ns]")
    mrr = np.rint(subscriptions["mrr"].to_numpy(dtype=float) * UNITS).astype(np.int64)
    if as_of is None:  # the file's last date, but never past today: a contract list holds future end dates
        latest = np.concatenate([start, end[~np.isnat(end)]]).max()
        latest = min(latest, np.datetime64(pd.Timestamp.now().normalize().to_datetime64(), "ns"))
        as_of_month = int(latest.astype("datetime64[M]").astype(np.int64))
    else:
        as_of_month = int(np.datetime64(pd.Timestamp(as_of).date(), "D").astype("datetime64[M]").astype(np.int64))
    first_month = _month_index(start)
    begin = int(first_month.min())
    if as_of_month < begin:
        raise NoUsableData.because("subs.nothing_before_as_of")
    months = as_of_month - begin + 1
    end_month = np.where(np.isnat(end), np.iinfo(np.int64).max, _month_index(np.where(np.isnat(end), start, end)))
    # running months: [month(start), month(end) - 1], cut to the report's months
    s = first_month - begin
    e = np.minimum(end_month, as_of_month + 1) - begin
    keep = (e > s) & (s < months) & (mrr != 0)
    ids = subscriptions["customer_id"].to_numpy(dtype=object)
    if pd.api.types.infer_dtype(ids, skipna=False) != "string":
        ids = subscriptions["customer_id"].astype(str).to_numpy(dtype=object)
    codes, customers = pd.factorize(ids, sort=False)
    # the difference array summed with one bincount over flat cells: np.add.at is unbuffered and 10 times slower;
    # int64 sums are exact, and bincount's float64 weights hold every MRR in ten-thousandths below 2**53 exactly
    width = months + 1
    cells = np.concatenate([codes[keep] * width + s[keep], codes[keep] * width + e[keep]])
    amounts = np.concatenate([mrr[keep], -mrr[keep]])
    diff = _exact_bincount(cells, amounts, len(customers) * width).reshape(len(customers), width)
    matrix = np.cumsum(diff[:, :months], axis=1)
    period = pd.period_range(pd.Period(np.datetime64(begin, "M"), "M"), periods=months, freq="M")
    return matrix, pd.Index(customers, name="customer_id"), period


def _exact_bincount(cells: np.ndarray, amounts: np.ndarray, size: int) -> np.ndarray:
    """Σ amounts per cell as int64; exact while every partial sum stays below 2**53 (9 × 10**11 currency units in
    ten-thousandths), checked, with np.add.at as the fallback for larger books."""
    if len(amounts) and np.abs(amounts).sum() < 2**53:
        return np.rint(np.bincount(cells, weights=amounts, minlength=size)).astype(np.int64)
    out = np.zeros(size, dtype=np.int64)
    np.add.at(out, cells, amounts)
    return out


def analyze_subscriptions(
    subscriptions: pd.DataFrame, as_of: pd.Timestamp | None = None, margin: float = 1.0
) -> SubscriptionResult:
    """MRR movements per month, churn and retention ratios and contractual LTV (docs/metrics.md section 5).

    `subscriptions` has customer_id, start, end (NaT while running) and mrr (a month's amount). `margin` is the
    gross margin share used by contractual LTV = ARPA × margin / monthly logo churn.
    """
    if not 0 < margin <= 1:
        raise InvalidInput(
            "margin", text("subs.bad_margin", "en", margin=margin), "subs.bad_margin", {"margin": margin}
        )
    matrix, _, period = mrr_matrix(subscriptions, as_of)
    previous = np.concatenate([np.zeros((matrix.shape[0], 1), dtype=np.int64), matrix[:, :-1]], axis=1)
    paying, was_paying = matrix > 0, previous > 0
    # a customer has paid before month m if it paid at the end of any earlier month
    paid_before = np.maximum.accumulate(was_paying, axis=1)
    starts = paying & ~was_paying
    new = starts & ~paid_before
    back = starts & paid_before
    churned = was_paying & ~paying
    change = matrix - previous
    both = paying & was_paying
    # sums over the cells a mask selects (`where=`), without a masked copy of the whole matrix per movement
    sums = {
        "new": matrix.sum(axis=0, where=new),
        "expansion": change.sum(axis=0, where=both & (change > 0)),
        "contraction": -change.sum(axis=0, where=both & (change < 0)),
        "churn": previous.sum(axis=0, where=churned),
        "reactivation": matrix.sum(axis=0, where=back),
    }
    total = matrix.sum(axis=0)
    start_total = np.concatenate([[0], total[:-1]])
    customers = paying.sum(axis=0)
    customers_start = was_paying.sum(axis=0)
    lost = churned.sum(axis=0)
    frame = pd.DataFrame({"month": period, "mrr": total / UNITS})
    for name, values in sums.items():
        frame[name] = values / UNITS
    frame["customers"] = customers
    frame["customers_start"] = customers_start
    frame["customers_new"] = new.sum(axis=0)
    frame["customers_churned"] = lost
    frame["customers_reactivated"] = back.sum(axis=0)
    frame["logo_churn"] = _ratio(lost, customers_start)
    frame["revenue_churn"] = _ratio(sums["churn"] + sums["contraction"], start_total)
    frame["grr"] = 1 - frame["revenue_churn"]
    frame["nrr"] = _ratio(start_total + sums["expansion"] - sums["contraction"] - sums["churn"], start_total)
    grr_12, nrr_12 = _trailing_retention(matrix)
    frame["grr_12m"] = grr_12
    frame["nrr_12m"] = nrr_12
    frame["quick_ratio"] = _ratio(
        sums["new"] + sums["expansion"] + sums["reactivation"], sums["contraction"] + sums["churn"]
    )
    frame["arpa"] = _ratio(total / UNITS, customers)
    retention, revenue_retention, sizes, unbroken = _cohorts(matrix, period)
    summary = _summary(frame, sums, start_total, total, lost, customers_start, margin)
    return SubscriptionResult(frame, summary, retention, revenue_retention, sizes, unbroken)


def _trailing_retention(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """GRR and NRR over the 12 months to each month's end, for the customers paying 12 months before.

    The formula of the monthly ratios applied to the window: the base is the MRR at the window's start, and
    expansion, contraction and churn are measured between the window's two ends for the customers in that base (a
    customer new inside the window is not in the base). NaN for the first 12 months.
    """
    months = matrix.shape[1]
    grr = np.full(months, np.nan)
    nrr = np.full(months, np.nan)
    if months > TRAILING_MONTHS:
        base = matrix[:, :-TRAILING_MONTHS]
        now = matrix[:, TRAILING_MONTHS:]
        in_base = base > 0
        base_total = base.sum(axis=0)
        grr[TRAILING_MONTHS:] = _ratio(np.minimum(now, base).sum(axis=0, where=in_base), base_total)
        nrr[TRAILING_MONTHS:] = _ratio(now.sum(axis=0, where=in_base), base_total)
    return grr, nrr


def _cohorts(matrix: np.ndarray, period: pd.PeriodIndex) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, pd.DataFrame]:
    """Share of each start cohort paying k months after its first paid month, and its MRR against the first month.

    Customers are sorted by their first paid month and each cohort's rows summed with one `reduceat`: no groupby.
    """
    paying = matrix > 0
    ever = paying.any(axis=1)
    first_all = np.argmax(paying, axis=1)
    picked = np.flatnonzero(ever)[np.argsort(first_all[ever], kind="stable")]
    first = first_all[picked]
    rows = matrix[picked]  # one gather: matrix[ever][order] copied the customer x month matrix twice
    months = matrix.shape[1]
    offsets = np.arange(months)
    columns = np.minimum(first[:, None] + offsets[None, :], months - 1)
    aligned = np.take_along_axis(rows, columns, axis=1)
    cohorts, starts, sizes = np.unique(first, return_index=True, return_counts=True)
    alive = np.add.reduceat((aligned > 0).astype(np.int64), starts, axis=0)
    unbroken = np.add.reduceat(np.logical_and.accumulate(aligned > 0, axis=1).astype(np.int64), starts, axis=0)
    revenue = np.add.reduceat(aligned, starts, axis=0) / UNITS
    observed = cohorts[:, None] + offsets[None, :] < months
    index = pd.PeriodIndex(period[cohorts], freq="M", name="cohort")
    retention = pd.DataFrame(np.where(observed, alive / sizes[:, None], np.nan), index=index, columns=offsets)
    revenue_retention = pd.DataFrame(
        np.where(observed, _ratio(revenue, revenue[:, :1]), np.nan), index=index, columns=offsets
    )
    unbroken_frame = pd.DataFrame(np.where(observed, unbroken, np.nan), index=index, columns=offsets)
    return retention, revenue_retention, pd.Series(sizes, index=index, name="customers"), unbroken_frame


def _summary(frame: pd.DataFrame, sums: dict[str, np.ndarray], start_total: np.ndarray, total: np.ndarray,
             lost: np.ndarray, customers_start: np.ndarray, margin: float) -> dict[str, Any]:  # fmt: skip
    """The last month's MRR and customers; churn, quick ratio and LTV pooled over the trailing 12 months.

    Pooled (customers lost over the window / the sum of customers at each month's start) rather than the mean of
    monthly ratios, so a month with few customers does not swing the figure.
    """
    window = slice(max(len(frame) - TRAILING_MONTHS, 0), len(frame))
    last = frame.iloc[-1]
    logo_churn = float(_ratio(lost[window].sum(), customers_start[window].sum()))
    lost_revenue = sums["churn"][window].sum() + sums["contraction"][window].sum()
    revenue_churn = float(_ratio(lost_revenue, start_total[window].sum()))
    gained = sums["new"][window].sum() + sums["expansion"][window].sum() + sums["reactivation"][window].sum()
    quick_ratio = float(_ratio(gained, lost_revenue))
    arpa = float(last["arpa"])
    ltv = arpa * margin / logo_churn if logo_churn > 0 and np.isfinite(arpa) else float("nan")
    return {
        "as_of_month": str(last["month"]),
        "months": len(frame),
        "mrr": float(last["mrr"]),
        "arr": float(total[-1] * 12 / UNITS),
        "customers": int(last["customers"]),
        "arpa": arpa,
        "logo_churn_monthly": logo_churn,
        "revenue_churn_monthly": revenue_churn,
        "grr_monthly": 1 - revenue_churn,
        "grr_12m": float(last["grr_12m"]),
        "nrr_12m": float(last["nrr_12m"]),
        "quick_ratio": quick_ratio,
        "margin": margin,
        "ltv": ltv,
        "lifetime_months": 1 / logo_churn if logo_churn > 0 else float("nan"),
    }
