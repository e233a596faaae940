"""The order of a table's rows, without Qt: the window sorts with it, and the analysis process sorts the
Customers table the same way before the window shows it (no 200,000-row sort on the window's thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd


def first_sort_column(customers: pd.DataFrame) -> str:
    """The most valuable customers first: by predicted value when the purchase model ran, else by revenue."""
    if "predicted_clv" in customers.columns and customers["predicted_clv"].notna().any():
        return "predicted_clv"
    return "revenue"


def sort_order(values: pd.Series, ascending: bool) -> np.ndarray:
    """Row positions in sorted order, stable (equal values keep their order in both directions), blanks (no
    prediction, no channel) last in both directions: the top of a table is what counts."""
    missing = values.isna().to_numpy()
    positions = np.flatnonzero(~missing)
    array = values.to_numpy() if isinstance(values.dtype, np.dtype) else values.to_numpy(dtype=object)
    present = array[positions]
    if not ascending:  # reversed, sorted stably and reversed back: ties stay in their order
        positions, present = positions[::-1], present[::-1]
    try:
        ranks = np.argsort(present, kind="stable")
    except TypeError:  # mixed types (text and numbers in one column): sort them as text
        ranks = np.argsort(np.asarray(present, dtype=object).astype(str), kind="stable")
    order = positions[ranks]
    if not ascending:
        order = order[::-1]
    return np.concatenate([order, np.flatnonzero(missing)])


def customers_order(customers: pd.DataFrame) -> tuple[str, np.ndarray]:
    """How the Customers table opens: (its first sort column, the rows in that order, most valuable first)."""
    column = first_sort_column(customers)
    return column, sort_order(customers[column], ascending=False)


def prepare_segments(customers: pd.DataFrame) -> list[str]:
    """The segments of the Customers table's filter, in order."""
    return sorted(customers["segment"].dropna().unique())


def prepare_customers(customers: pd.DataFrame) -> dict:
    """What the Customers table would work out from the customers, worked out beforehand (in the analysis
    process): the order it opens in and the segments of its filter (`CustomersView.show_customers`)."""
    return {"order": customers_order(customers), "segments": prepare_segments(customers)}
