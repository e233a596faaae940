"""Periods of docs/metrics.md 2.3: months, Monday-start weeks or quarters, as integer indexes.

Dates travel through the engine as whole days since 1970-01-01 (int64), so a
period index is integer arithmetic on a whole column, never a loop.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

EPOCH_WEEKDAY_SHIFT = 3
"""1970-01-01 was a Thursday: adding 3 days makes Monday the first day of week 0."""

DAYS_PER_WEEK = 7
MONTHS_PER_QUARTER = 3


def to_days(dates: pd.Series | pd.DatetimeIndex | np.ndarray) -> np.ndarray:
    """Whole days since 1970-01-01 for datetime64 values (times, if any, are dropped)."""
    return np.asarray(dates, dtype="datetime64[D]").astype(np.int64)


def from_days(days: np.ndarray | int) -> np.ndarray:
    return np.asarray(days, dtype=np.int64).astype("datetime64[D]")


def period_index(days: np.ndarray, period: str) -> np.ndarray:
    """Absolute period number of each day (months and quarters since 1970, weeks since the Monday before)."""
    if period == "week":
        return (days + EPOCH_WEEKDAY_SHIFT) // DAYS_PER_WEEK
    days = np.asarray(days, dtype=np.int64)
    first = int(days.min()) if len(days) else 0
    span = int(days.max()) - first + 1 if len(days) else 0
    if span < len(days):
        # a million sales fall on a few thousand days: each day's month is worked out once and looked up,
        # a fraction of numpy's calendar conversion of every row
        months = from_days(np.arange(first, first + span)).astype("datetime64[M]").astype(np.int64)[days - first]
    else:
        months = from_days(days).astype("datetime64[M]").astype(np.int64)
    if period == "quarter":
        return months // MONTHS_PER_QUARTER
    return months


def period_start_days(index: np.ndarray, period: str) -> np.ndarray:
    """First day (days since epoch) of each absolute period number."""
    index = np.asarray(index, dtype=np.int64)
    if period == "week":
        return index * DAYS_PER_WEEK - EPOCH_WEEKDAY_SHIFT
    months = index * MONTHS_PER_QUARTER if period == "quarter" else index
    return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def period_labels(index: np.ndarray, period: str) -> list[str]:
    """Labels as the CLI's JSON shows them: "2024-03", "2024-W05" (ISO week of the Monday) or "2024Q1"."""
    starts = pd.DatetimeIndex(from_days(period_start_days(index, period)))
    if period == "month":
        return [f"{year:04d}-{month:02d}" for year, month in zip(starts.year, starts.month, strict=True)]
    if period == "quarter":
        return [f"{year:04d}Q{(month - 1) // 3 + 1}" for year, month in zip(starts.year, starts.month, strict=True)]
    iso = starts.isocalendar()
    return [f"{year:04d}-W{week:02d}" for year, week in zip(iso["year"], iso["week"], strict=True)]


def build_calendar(first_day: int, as_of_day: int, period: str, churn_days: int) -> pd.DataFrame:
    """One row per period from the one holding the first transaction to the one holding as_of.

    `end` is min(last day, as_of); `complete` when the last day is on or before as_of;
    `observable` when the period starts at least churn_days after the first transaction,
    because before that, customers who bought before the export began are invisible.
    """
    first_index = int(period_index(np.array([first_day]), period)[0])
    last_index = int(period_index(np.array([as_of_day]), period)[0])
    index = np.arange(first_index, last_index + 1, dtype=np.int64)
    start = period_start_days(index, period)
    last_day = period_start_days(index + 1, period) - 1
    end = np.minimum(last_day, as_of_day)
    return pd.DataFrame(
        {
            "period": period_labels(index, period),
            "start": from_days(start).astype("datetime64[ns]"),
            "end": from_days(end).astype("datetime64[ns]"),
            "complete": last_day <= as_of_day,
            "observable": start - first_day >= churn_days,
            "_index": index,
            "_start_day": start,
            "_end_day": end,
        }
    )
