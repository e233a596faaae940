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


def shop_with_costs(seed: int = 3, customers: int = 200) -> pd.DataFrame:
    """Two years of lines with a per-unit cost on most of them (the others leave the margin setting to fill)."""
    rng = np.random.default_rng(seed)
    rows = 3000
    frame = pd.DataFrame(
        {
            "customer_id": rng.integers(0, customers, rows).astype(str),
            "date": pd.Timestamp("2022-01-03") + pd.to_timedelta(rng.integers(0, 730, rows), "D"),
            "quantity": rng.integers(1, 5, rows).astype(float),
        }
    )
    price = rng.uniform(10, 40, rows)
    frame["amount"] = price * frame["quantity"]
    frame["cost"] = np.where(rng.random(rows) < 0.8, price * rng.uniform(0.3, 0.5, rows), np.nan)
    return frame


def test_the_analysis_puts_profit_ltv_beside_ltv_where_costs_are_known():
    from ltv_desktop.model.analysis import analyze
    from ltv_desktop.model.settings import Settings

    frame = shop_with_costs()
    result = analyze(frame, Settings(margin=0.6, churn_days=90))
    summary = result.summary
    assert len(summary.window_periods) == 12
    assert summary.cost_basis == PER_UNIT
    assert "profit.cost_per_unit" in {notice.code for notice in summary.warnings}
    # by hand over the window's periods: a line's profit is amount − unit cost × quantity, else amount × 0.6
    window = result.periods[result.periods["period"].isin(summary.window_periods)]
    inside = (frame["date"] >= window["start"].min()) & (frame["date"] <= window["end"].max())
    lines = frame[inside]
    profit = np.where(lines["cost"].isna(), lines["amount"] * 0.6, lines["amount"] - lines["cost"] * lines["quantity"])
    assert lines["amount"].sum() == pytest.approx(summary.window_revenue)
    margin = profit.sum() / lines["amount"].sum()
    assert summary.profit_margin == pytest.approx(margin, rel=1e-12)
    assert summary.profit_ltv == pytest.approx(summary.arpu * margin * summary.lifespan_periods, rel=1e-12)
    assert summary.ltv == pytest.approx(summary.arpu * 0.6 * summary.lifespan_periods, rel=1e-12)
    # the customers' gross profit reads the cost the same way
    everything = np.where(
        frame["cost"].isna(), frame["amount"] * 0.6, frame["amount"] - frame["cost"] * frame["quantity"]
    )
    assert summary.gross_profit == pytest.approx(everything.sum(), rel=1e-12)
    assert result.customers["gross_profit"].sum() == pytest.approx(everything.sum(), rel=1e-9)
    document = summary.to_dict()
    assert document["profit_ltv"] == summary.profit_ltv and document["cost_basis"] == "unit"


def test_without_costs_there_is_no_profit_ltv_and_nothing_is_said_about_costs():
    from ltv_desktop.model.analysis import analyze

    frame = shop_with_costs()
    for without in (frame.drop(columns=["cost", "quantity"]), frame.assign(cost=np.nan)):
        summary = analyze(without).summary
        assert summary.profit_ltv is None and summary.profit_margin is None and summary.cost_basis is None
        assert not [notice for notice in summary.warnings if notice.code.startswith("profit.")]


def test_an_imported_unit_cost_is_read_against_the_quantity(tmp_path):
    from ltv_desktop.io import read_transactions
    from ltv_desktop.model.analysis import analyze

    frame = shop_with_costs(seed=4)
    path = tmp_path / "items.csv"
    pd.DataFrame(
        {
            "Order date": frame["date"].dt.strftime("%Y-%m-%d"),
            "Customer": "client-" + frame["customer_id"],
            "Qty": frame["quantity"].astype(int),
            "Amount": frame["amount"].round(2),
            "Cost": frame["cost"].round(2),
        }
    ).to_csv(path, index=False)
    imported = read_transactions(path)
    assert imported.report.mapping["cost"] == "Cost" and imported.report.mapping["quantity"] == "Qty"
    read = imported.transactions.frame
    np.testing.assert_array_equal(read["quantity"].to_numpy(), frame["quantity"].to_numpy())
    summary = analyze(imported.transactions).summary
    assert summary.cost_basis == PER_UNIT
    known = frame["cost"].notna()
    expected = (frame["amount"].round(2) - np.where(known, frame["cost"].round(2) * frame["quantity"], 0)).where(
        known, frame["amount"].round(2)
    )
    assert summary.gross_profit == pytest.approx(expected.sum(), rel=1e-9)


def test_win_back_caps_by_hand():
    from ltv_desktop.model.profit import win_back_caps

    customers = pd.DataFrame(
        {
            "at_risk": [True, True, False, True, True],
            "gross_profit": [300.0, -20.0, 500.0, 120.0, 80.0],
            "purchase_days": [6, 2, 9, 1, 3],
            "usual_gap_days": [73.05, 30.0, 10.0, 365.25, np.nan],
        }
    )
    caps = win_back_caps(customers)
    # 300 / 6 purchase days = 50 a purchase, 365.25 / 73.05 = 5 purchases a year → 250
    assert caps[0] == pytest.approx(250.0)
    assert caps[1] == 0.0  # a customer who brought a loss is worth no offer
    assert np.isnan(caps[2])  # not at risk: no cap
    assert caps[3] == pytest.approx(120.0)
    assert np.isnan(caps[4])  # no usual gap known: no number rather than a guess


def test_the_calculator_filled_from_the_data_gives_profit_ltv_where_costs_are_known():
    from ltv_desktop.model.analysis import analyze
    from ltv_desktop.model.calculator import calculate, inputs_from_summary
    from ltv_desktop.model.settings import Settings

    settings = Settings(margin=0.6, churn_days=90)
    summary = analyze(shop_with_costs(), settings).summary
    inputs = inputs_from_summary(summary, settings)
    assert inputs is not None and inputs.gross_margin == pytest.approx(summary.profit_margin)
    assert calculate(inputs).ltv == pytest.approx(summary.profit_ltv, rel=1e-9)
    plain = analyze(shop_with_costs().drop(columns=["cost", "quantity"]), settings).summary
    assert inputs_from_summary(plain, settings).gross_margin == 0.6
