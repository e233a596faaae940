"""Synthetic shops for the benchmarks: fixed seed, realistic repeat buying and churn."""

from __future__ import annotations

import numpy as np
import pandas as pd


def synthetic_transactions(
    rows: int = 1_000_000, customers: int = 200_000, years: float = 3.0, seed: int = 20261124
) -> pd.DataFrame:
    """Canonical rows: each customer arrives on a random day and buys at its own pace until it leaves."""
    rng = np.random.default_rng(seed)
    days = int(365 * years)
    start = np.datetime64("2022-01-01")
    weights = rng.gamma(shape=0.6, scale=1.0, size=customers)
    per_customer = 1 + rng.multinomial(rows - customers, weights / weights.sum())
    customer = np.repeat(np.arange(customers), per_customer)
    arrival = rng.integers(0, days, size=customers)
    lifetime = rng.exponential(scale=days / 2, size=customers)
    offset = (rng.random(len(customer)) * lifetime[customer]).astype(np.int64)
    first_row = np.concatenate(([0], np.cumsum(per_customer)[:-1]))
    offset[first_row] = 0
    day = np.minimum(arrival[customer] + offset, days - 1)
    amount = np.round(rng.lognormal(mean=3.5, sigma=0.7, size=len(customer)), 2)
    refund = rng.random(len(customer)) < 0.02
    amount[refund] = -amount[refund]
    channels = np.array(["Instagram", "Google", "Referral", "Walk-in"], dtype=object)
    return pd.DataFrame(
        {
            "customer_id": pd.Series(customer).map("C{:06d}".format).to_numpy(),
            "date": start + day.astype("timedelta64[D]"),
            "amount": amount,
            "order_id": np.arange(len(customer)).astype(str),
            "channel": channels[rng.integers(0, len(channels), size=customers)][customer],
        }
    )


def synthetic_spend(transactions: pd.DataFrame, per_month: float = 40_000.0) -> pd.DataFrame:
    months = pd.period_range(transactions["date"].min(), transactions["date"].max(), freq="M")
    channels = ["Instagram", "Google", "Referral", "Walk-in"]
    return pd.DataFrame(
        {
            "date": np.repeat(months.to_timestamp().to_numpy(), len(channels)),
            "amount": per_month / len(channels),
            "channel": channels * len(months),
        }
    )
