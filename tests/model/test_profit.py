"""Profit from costs (docs/metrics.md section 4): per unit or per line from the data, profit margin and LTV."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.model.profit import (
    PER_LINE,
    PER_UNIT,
    CostBasis,
    cost_basis,
    gross_profit,
    line_cost,
    profit_ltv,
    profit_margin,
)


def line_items(per_unit: bool, seed: int = 0, lines: int = 200, singles: bool = True) -> pd.DataFrame:
    """Lines of products whose unit cost is 40–60 % of their unit price; quantities 1–6 (2–6 without
    `singles`); the cost column holds the unit cost or the line's cost."""
    rng = np.random.default_rng(seed)
    price = rng.uniform(5, 80, 12)
    share = rng.uniform(0.4, 0.6, 12)
    product = rng.integers(0, 12, lines)
    quantity = rng.integers(1 if singles else 2, 7, lines).astype(float)
    amount = price[product] * quantity
    unit_cost = price[product] * share[product]
    return pd.DataFrame(
        {
            "customer_id": "c",
            "date": pd.Timestamp("2024-01-01"),
            "amount": amount,
            "quantity": quantity,
            "cost": unit_cost if per_unit else unit_cost * quantity,
        }
    )


@pytest.mark.parametrize("singles", [True, False])
@pytest.mark.parametrize("per_unit", [True, False])
def test_the_data_says_whether_cost_is_per_unit(per_unit, singles):
    frame = line_items(per_unit, singles=singles)
    basis = cost_basis(frame)
    assert basis.basis == (PER_UNIT if per_unit else PER_LINE)
    assert basis.reason == "compared"
    assert basis.lines == int((frame["quantity"] != 1).sum())
    word = "one unit" if per_unit else "whole line"
    assert word in basis.sentence()
    assert str(basis.lines) in basis.sentence("ru")


@settings(max_examples=80, deadline=None)
@given(st.booleans(), st.integers(0, 10_000), st.integers(8, 200), st.booleans())
def test_a_decision_is_never_wrong_and_enough_lines_decide(per_unit, seed, lines, singles):
    frame = line_items(per_unit, seed, lines, singles)
    basis = cost_basis(frame)
    if basis.reason == "compared":
        assert basis.basis == (PER_UNIT if per_unit else PER_LINE)
    else:
        assert basis.reason == "undecided" and basis.basis == PER_LINE
    if basis.lines < 30:
        assert basis.reason == "undecided"
    if lines >= 100 and singles:
        assert basis.reason == "compared"


def test_when_the_data_cannot_tell():
    frame = line_items(True)
    assert cost_basis(frame.drop(columns="quantity")) == CostBasis(PER_LINE, "no_quantity")
    assert cost_basis(frame.assign(quantity=1.0)) == CostBasis(PER_LINE, "single_units")
    # every line holds 2 units: per unit and per line differ by the same factor everywhere
    same = cost_basis(frame.assign(quantity=2.0))
    assert (same.basis, same.reason, same.lines) == (PER_LINE, "undecided", len(frame))
    assert "overstated" in same.sentence()
    assert CostBasis(PER_LINE, "no_quantity").sentence("pl").startswith("Brak kolumny ilości")


def test_line_cost_and_gross_profit_by_hand():
    frame = pd.DataFrame(
        {
            "amount": [100.0, 30.0, 50.0, -20.0],
            "quantity": [4.0, None, 2.0, 1.0],
            "cost": [10.0, 12.0, None, 8.0],
        }
    )
    unit = CostBasis(PER_UNIT, "compared", 2)
    line = CostBasis(PER_LINE, "compared", 2)
    np.testing.assert_allclose(line_cost(frame, unit), [40.0, 12.0, np.nan, 8.0])
    np.testing.assert_allclose(gross_profit(frame, 0.3, unit), [60.0, 18.0, 15.0, -28.0])
    np.testing.assert_allclose(gross_profit(frame, 0.3, line), [90.0, 18.0, 15.0, -28.0])
    np.testing.assert_allclose(gross_profit(frame.drop(columns="cost"), 0.3), [30.0, 9.0, 15.0, -6.0])


def test_profit_margin_of_the_window_and_profit_ltv():
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01"]),
            "amount": [1000.0, 200.0, 100.0, 1000.0],
            "quantity": [1.0, 2.0, 1.0, 1.0],
            "cost": [0.0, 50.0, None, 0.0],
        }
    )
    basis = CostBasis(PER_UNIT, "compared", 1)
    # February only: profit 200 − 2 × 50 = 100 and 100 × 0.5 = 50 → 150 of revenue 300
    margin = profit_margin(frame, 0.5, "2024-02-01", "2024-02-29", basis)
    assert margin == pytest.approx(0.5)
    assert profit_ltv(40.0, 12.0, margin) == pytest.approx(240.0)
    assert profit_margin(frame, 0.5, "2025-01-01", "2025-12-31", basis) is None
    assert profit_ltv(None, 12.0, 0.5) is None and profit_ltv(40.0, None, 0.5) is None
    assert profit_ltv(40.0, 12.0, None) is None
    assert CostBasis(PER_UNIT, "compared", 3).to_dict() == {"basis": "unit", "reason": "compared", "lines": 3}
