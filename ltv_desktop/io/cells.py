"""Shared helpers for columns of cells: which cells are numbers or dates, and work on distinct values only."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd


def cell_kinds(raw: pd.Series, typed: bool) -> tuple[np.ndarray, np.ndarray]:
    """Masks of number cells and date cells; text files have neither (every cell is text)."""
    if not typed:
        none = np.zeros(len(raw), dtype=bool)
        return none, none
    kinds = raw.map(
        lambda cell: (
            1
            if isinstance(cell, bool)
            else 2
            if isinstance(cell, int | float)
            else 3
            if isinstance(cell, dt.date)
            else 0
        )
    ).to_numpy()
    return kinds == 2, kinds == 3
