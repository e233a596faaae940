"""Purchase timing, docs/metrics.md section 4: each customer's rhythm and the shop's gaps between purchases.

An owner wants to know who is late for a purchase they would normally have made by now, and how long
customers usually take to come back; the gaps come from the customer's distinct purchase days up to
as_of (the closed gaps of docs/metrics.md section 2.3.1), so a basket split over several order lines on
one day is one purchase.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.activity import Prepared, prepare
from ltv_desktop.model.calendar import from_days, to_days

BIN_DAYS = 10
"""Width of the histogram's bins: a third of a month, fine enough to show a monthly rhythm."""


@dataclasses.dataclass(frozen=True)
class GapDistribution:
    """Gaps in days between purchases: their quartiles (numpy's linear interpolation) and a histogram of
    `BIN_DAYS`-day bins from 0 up to the longest gap, empty bins included so the axis is continuous."""

    gaps: int
    median_days: float | None
    q1_days: float | None
    q3_days: float | None
    histogram: tuple[tuple[int, int], ...]
    """(first day of the bin, gaps in it): the bin runs [from, from + BIN_DAYS)."""

    @classmethod
    def of(cls, gaps: np.ndarray) -> GapDistribution:
        if len(gaps) == 0:
            return cls(0, None, None, None, ())
        q1, median, q3 = np.percentile(gaps, [25, 50, 75])
        counts = np.bincount(np.asarray(gaps, dtype=np.int64) // BIN_DAYS)
        histogram = tuple((index * BIN_DAYS, int(count)) for index, count in enumerate(counts))
        return cls(len(gaps), float(median), float(q1), float(q3), histogram)

    def to_dict(self) -> dict[str, object]:
        """The fields, with each histogram bin spelled out as from, to and count."""
        bins = [{"from_days": start, "to_days": start + BIN_DAYS, "count": count} for start, count in self.histogram]
        return {**dataclasses.asdict(self), "histogram": bins}


@dataclasses.dataclass(frozen=True)
class Timing:
    """Per customer with at least two purchase days (`customers`, one row each) and the shop's gaps.

    `customers` columns: customer_id, purchase_days, last_purchase, mean_gap_days,
    next_purchase_expected, overdue_days (0 when the expected day has not passed).
    """

    as_of: pd.Timestamp
    customers: pd.DataFrame
    first_to_second: GapDistribution
    later: GapDistribution

    @property
    def overdue_customers(self) -> int:
        return int((self.customers["overdue_days"] > 0).sum())

    def to_dict(self) -> dict[str, object]:
        """The JSON `timing` object: the two shop-level distributions and how many customers are late."""
        return {
            "customers_with_gaps": len(self.customers),
            "overdue_customers": self.overdue_customers,
            "first_to_second": self.first_to_second.to_dict(),
            "later": self.later.to_dict(),
        }

    def sentences(self, language: str = "en") -> list[str]:
        """The shop's rhythm in words: second purchases, later ones, and how many customers are late."""
        said = []
        for code, distribution in (("timing.first_to_second", self.first_to_second), ("timing.later", self.later)):
            if distribution.gaps:
                said.append(
                    text(
                        code,
                        language,
                        median=distribution.median_days,
                        q1=distribution.q1_days,
                        q3=distribution.q3_days,
                    )
                )
        if len(self.customers):
            said.append(text("timing.overdue_customers", language, count=self.overdue_customers))
        return said


def overdue_sentence(row: pd.Series, language: str = "en") -> str | None:
    """One customer's lateness in words (a row of `Timing.customers`); None when not late."""
    if row["overdue_days"] <= 0:
        return None
    return text(
        "timing.overdue",
        language,
        gap=round(float(row["mean_gap_days"]), 1),
        date=pd.Timestamp(row["next_purchase_expected"]).date().isoformat(),
        count=int(row["overdue_days"]),
    )


def purchase_timing(frame: pd.DataFrame, as_of: pd.Timestamp | str, prepared: Prepared | None = None) -> Timing:
    """Each customer's mean gap, expected next purchase and days overdue, and the shop's gap distributions.

    Orders as in docs/metrics.md section 2.1 (rows after as_of are a holdout, left out). The expected
    next purchase is the last purchase day plus the mean gap, rounded to the nearest day (halves up), so
    `overdue_days` = as_of − that day is a whole number of days, 0 when not yet passed. An analysis that
    already holds the orders of the rows up to as_of passes them as `prepared` (the purchase days are
    all this needs), so the rows are not read a second time.
    """
    as_of = pd.Timestamp(as_of).normalize()
    if prepared is None:
        prepared = prepare(frame[frame["date"] <= as_of], margin=1.0)
    customer, day = prepared.purchase_customer, prepared.purchase_day
    as_of_day = int(to_days(np.array([as_of.to_datetime64()]))[0])

    same = customer[1:] == customer[:-1]
    gaps = (day[1:] - day[:-1])[same]
    starts = np.ones(len(day), dtype=bool)
    starts[1:] = ~same
    # a gap is a customer's first when the purchase it starts from is the customer's first
    first_gap = starts[:-1][same]

    start_at = np.flatnonzero(starts)
    end_at = np.append(start_at[1:] - 1, len(day) - 1) if len(day) else start_at
    days_bought = end_at - start_at + 1
    repeat = days_bought >= 2
    first, last = day[start_at][repeat], day[end_at][repeat]
    mean_gap = (last - first) / (days_bought[repeat] - 1)
    expected = last + np.floor(mean_gap + 0.5).astype(np.int64)
    overdue = np.maximum(as_of_day - expected, 0)

    customers = pd.DataFrame(
        {
            "customer_id": prepared.customer_ids[customer[start_at][repeat]].to_numpy(dtype=object),
            "purchase_days": days_bought[repeat].astype(np.int64),
            "last_purchase": pd.to_datetime(from_days(last)),
            "mean_gap_days": mean_gap.astype(np.float64),
            "next_purchase_expected": pd.to_datetime(from_days(expected)),
            "overdue_days": overdue.astype(np.int64),
        }
    )
    return Timing(
        as_of=as_of,
        customers=customers,
        first_to_second=GapDistribution.of(gaps[first_gap]),
        later=GapDistribution.of(gaps[~first_gap]),
    )
