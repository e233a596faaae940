"""Customers, RFM segments, key customers and channels of docs/metrics.md 2.6."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ltv_desktop.model.activity import Prepared
from ltv_desktop.model.calendar import from_days

KEY_CUSTOMER_REVENUE_SHARE = 0.8
"""Key customers are the top customers that together bring 80 % of revenue (the Pareto rule)."""

RFM_BINS = 5
NO_CHANNEL = "(none)"
"""Customers whose first order names no channel are grouped under this label."""

SEGMENTS: tuple[str, ...] = (
    "Champions",
    "Loyal",
    "Potential loyalists",
    "New customers",
    "Need attention",
    "Can't lose them",
    "At risk",
    "Hibernating",
    "Lost",
)
"""Named RFM segments, from best to worst; `segment_of` decides by recency and the mean of frequency and money."""


def quintile_score(values: np.ndarray) -> np.ndarray:
    """RFM score 1..5 from ranks: higher value, higher score; ties share the lower score."""
    count = len(values)
    if count == 0:
        return np.zeros(0, dtype=np.int64)
    ranks = pd.Series(values).rank(method="min").to_numpy()
    return (1 + np.floor(RFM_BINS * (ranks - 1) / count)).astype(np.int64)


def segment_of(recency_score: np.ndarray, frequency_score: np.ndarray, money_score: np.ndarray) -> np.ndarray:
    """Map R and the mean of F and M (rounded half up) onto SEGMENTS, first match wins."""
    value = np.floor((frequency_score + money_score) / 2 + 0.5)
    conditions = [
        (recency_score >= 4) & (value >= 4),
        (recency_score >= 3) & (value >= 3),
        (recency_score >= 4) & (value >= 2),
        recency_score >= 4,
        recency_score == 3,
        (recency_score == 1) & (value >= 4),
        value >= 3,
        value == 2,
    ]
    # labels picked by position from one array of the nine: no new string per customer
    return np.array(SEGMENTS, dtype=object)[np.select(conditions, range(len(SEGMENTS) - 1), default=len(SEGMENTS) - 1)]


def build_customers(
    prepared: Prepared, first_period: np.ndarray, active_on_as_of: np.ndarray, as_of_day: int
) -> pd.DataFrame:
    """One row per customer with at least one order, sorted by revenue (rank 1 first)."""
    return customers_table(prepared, first_period, active_on_as_of, as_of_day)[0]


def customers_table(
    prepared: Prepared, first_period: np.ndarray, active_on_as_of: np.ndarray, as_of_day: int
) -> tuple[pd.DataFrame, np.ndarray]:
    """`build_customers`'s table and each row's customer code (in `prepared`), so that later stages join
    their columns on the integer codes instead of the names."""
    count = prepared.customer_count
    orders = np.bincount(prepared.order_customer, minlength=count)
    has_order = orders > 0
    first = np.full(count, np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(count, np.iinfo(np.int64).min, dtype=np.int64)
    np.minimum.at(first, prepared.order_customer, prepared.order_day)
    np.maximum.at(last, prepared.order_customer, prepared.order_day)
    revenue = np.bincount(prepared.customer, weights=prepared.amount, minlength=count)
    gross_profit = np.bincount(prepared.customer, weights=prepared.gross_profit, minlength=count)
    buyer = prepared.purchase_customer
    days_bought = np.bincount(buyer, minlength=count)

    channel = np.full(count, NO_CHANNEL, dtype=object)
    if prepared.channel is not None:
        rows = prepared.first_channel_rows
        channel[prepared.customer[rows]] = prepared.channel.to_numpy()[rows]

    keep = np.flatnonzero(has_order)
    first, last, orders = first[keep], last[keep], orders[keep]
    revenue, gross_profit, days_bought = revenue[keep], gross_profit[keep], days_bought[keep]
    recency = as_of_day - last
    tenure = as_of_day - first
    with np.errstate(divide="ignore", invalid="ignore"):
        usual_gap = np.where(days_bought > 1, (last - first) / (days_bought - 1), np.nan)
    repeaters_gap = usual_gap[~np.isnan(usual_gap)]
    fallback_gap = float(np.median(repeaters_gap)) if len(repeaters_gap) else np.nan
    usual_gap = np.where(np.isnan(usual_gap), fallback_gap, usual_gap)

    r_score = quintile_score(-recency.astype(np.float64))
    f_score = quintile_score(orders.astype(np.float64))
    m_score = quintile_score(revenue)

    names = prepared.customer_ids.to_numpy()[keep]
    columns = {
        "customer_id": names,
        "first_purchase": from_days(first).astype("datetime64[ns]"),
        "last_purchase": from_days(last).astype("datetime64[ns]"),
        "orders": orders,
        "revenue": revenue,
        "gross_profit": gross_profit,
        "aov": revenue / orders,
        "recency_days": recency,
        "tenure_days": tenure,
        "purchase_days": days_bought,
        "usual_gap_days": usual_gap,
        "channel": channel[keep],
        "status": np.array(["lost", "active"], dtype=object)[active_on_as_of[keep].astype(np.int64)],
        "revenue_rank": np.arange(1, len(keep) + 1),
        "r_score": r_score,
        "f_score": f_score,
        "m_score": m_score,
        "segment": segment_of(r_score, f_score, m_score),
    }
    # sorted as arrays, before they become a table: a table's take copies every column once more
    order = np.lexsort((_name_order(names), -revenue))
    frame = pd.DataFrame(
        {name: values if name == "revenue_rank" else values[order] for name, values in columns.items()}
    )
    total = frame["revenue"].clip(lower=0).sum()
    before = frame["revenue"].clip(lower=0).cumsum() - frame["revenue"].clip(lower=0)
    frame["key_customer"] = (frame["revenue"] > 0) & (before < KEY_CUSTOMER_REVENUE_SHARE * total)
    frame["at_risk"] = frame["key_customer"] & (frame["recency_days"] > frame["usual_gap_days"])
    return frame, keep[order]


def _name_order(names: np.ndarray) -> np.ndarray:
    """Each name's rank in string order (ties by revenue are sorted by name). Names that are all str are
    compared as one fixed-width numpy array, far cheaper than Python's comparison of each pair, in
    the same order (by code point), except that numpy ignores trailing NUL characters. Other names (numbers,
    a mix) are ranked as pandas sorts them."""
    if pd.api.types.infer_dtype(names, skipna=False) != "string":
        return pd.Categorical(names, ordered=True).codes.astype(np.int64)
    ranks = np.empty(len(names), dtype=np.int64)
    ranks[np.argsort(names.astype(str), kind="stable")] = np.arange(len(names))
    return ranks


def build_segments(customers: pd.DataFrame) -> pd.DataFrame:
    """Customers and revenue per RFM segment, in SEGMENTS order (empty segments included)."""
    total = customers["revenue"].sum()
    # nine known labels: looked up, then summed by code (a groupby would hash every customer's label)
    codes = pd.Categorical(customers["segment"], categories=list(SEGMENTS)).codes.astype(np.int64)
    count = np.bincount(codes, minlength=len(SEGMENTS))
    revenue = np.bincount(codes, weights=customers["revenue"].to_numpy(dtype=np.float64), minlength=len(SEGMENTS))
    with np.errstate(divide="ignore", invalid="ignore"):
        recency = np.bincount(
            codes, weights=customers["recency_days"].to_numpy(dtype=np.float64), minlength=len(SEGMENTS)
        )
        orders = np.bincount(codes, weights=customers["orders"].to_numpy(dtype=np.float64), minlength=len(SEGMENTS))
        return pd.DataFrame(
            {
                "segment": list(SEGMENTS),
                "customers": count.astype(np.int64),
                "revenue": revenue,
                "avg_recency_days": recency / count,
                "avg_orders": orders / count,
                "revenue_share": revenue / total if total else np.nan,
            }
        )


def build_channels(customers: pd.DataFrame, spend: pd.DataFrame | None, margin: float) -> pd.DataFrame:
    """Per acquisition channel: customers, revenue, observed LTV (revenue to date per customer), spend, CAC, ratio.

    CAC is the channel's spend over the whole analysed span divided by the
    customers it brought in that span; the ratio compares it with the channel's
    observed LTV × margin, a model-free value the owner can check.
    """
    grouped = customers.groupby("channel", sort=True).agg(customers=("customer_id", "size"), revenue=("revenue", "sum"))
    grouped["observed_ltv"] = grouped["revenue"] / grouped["customers"]
    if spend is not None and "channel" in spend.columns:
        spent = spend.assign(channel=spend["channel"].fillna(NO_CHANNEL)).groupby("channel")["amount"].sum()
        grouped = grouped.join(spent.rename("spend"), how="outer")
        grouped["customers"] = grouped["customers"].fillna(0).astype(np.int64)
        grouped["revenue"] = grouped["revenue"].fillna(0.0)
    else:
        grouped["spend"] = np.nan
    with np.errstate(divide="ignore", invalid="ignore"):
        grouped["cac"] = np.where(grouped["customers"] > 0, grouped["spend"] / grouped["customers"], np.nan)
        grouped["ltv_cac_ratio"] = np.where(
            grouped["cac"] > 0, grouped["observed_ltv"] * margin / grouped["cac"], np.nan
        )
    return grouped.rename_axis("channel").reset_index()
