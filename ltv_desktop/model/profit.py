"""Profit from the cost column, docs/metrics.md section 4: per unit or per line, and LTV on profit.

"Cohort LTV without the cost of goods is just cohort revenue": where costs are known, every LTV gets a
profit version, with the margin setting filling only the rows without a cost. Exports disagree on what
their cost column means (Shopify's "cost per item" is per unit, an accounting export's cost of sales is
per line), and reading it the wrong way makes profit wrong by the quantity, so the data decides.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.result import Notice, Summary

if TYPE_CHECKING:
    from ltv_desktop.model.activity import Prepared

PER_UNIT = "unit"
PER_LINE = "line"

MIN_LINES = 30
"""Lines with several units needed before the data may decide how the cost column reads."""

DECISIVE_RATIO = 0.8
"""The winning reading's spread must be at most 80 % of the other's."""


@dataclasses.dataclass(frozen=True)
class CostBasis:
    """Whether the cost column is per unit or per line, why, and from how many lines with several units.

    `reason` is one of: "compared" (decided from the lines with several units), "single_units" (every
    line with a cost holds one unit: both readings agree), "no_quantity" (no quantity column), "undecided"
    (the lines cannot tell the readings apart; taken per line).
    """

    basis: str
    reason: str
    lines: int = 0

    @property
    def code(self) -> str:
        if self.reason == "compared":
            return "profit.cost_per_unit" if self.basis == PER_UNIT else "profit.cost_per_line"
        return {
            "single_units": "profit.cost_single_units",
            "no_quantity": "profit.cost_no_quantity",
            "undecided": "profit.cost_undecided",
        }[self.reason]

    def sentence(self, language: str = "en") -> str:
        return text(self.code, language, lines=self.lines)

    def to_dict(self) -> dict[str, object]:
        return {"basis": self.basis, "reason": self.reason, "lines": self.lines}


def cost_basis(frame: pd.DataFrame) -> CostBasis:
    """Decide from the data whether `cost` is the cost of one unit or of the whole line.

    The cost of a line is a roughly steady share of its amount, whatever the quantity, when the cost is per
    line; when it is per unit, cost × quantity is. So on the lines with a positive cost, amount and
    quantity, the reading whose log(cost share) varies less wins, the spread being the median distance
    from the lines with a single unit (from its own median when there are none). A quantity of one on
    every line makes both readings the same.
    """
    if "quantity" not in frame.columns:
        return CostBasis(PER_LINE, "no_quantity")
    cost = pd.to_numeric(frame["cost"], errors="coerce").to_numpy(dtype=np.float64)
    amount = pd.to_numeric(frame["amount"], errors="coerce").to_numpy(dtype=np.float64)
    quantity = pd.to_numeric(frame["quantity"], errors="coerce").to_numpy(dtype=np.float64)
    usable = (cost > 0) & (amount > 0) & (quantity > 0)
    several = usable & (quantity != 1)
    lines = int(several.sum())
    if lines == 0:
        return CostBasis(PER_LINE, "single_units")
    per_line = np.log(cost[several] / amount[several])
    per_unit = per_line + np.log(quantity[several])
    single = usable & (quantity == 1)
    if single.any():
        reference = np.median(np.log(cost[single] / amount[single]))
        line_spread = np.median(np.abs(per_line - reference))
        unit_spread = np.median(np.abs(per_unit - reference))
    else:
        line_spread = np.median(np.abs(per_line - np.median(per_line)))
        unit_spread = np.median(np.abs(per_unit - np.median(per_unit)))
    # a few lines, or spreads this close, can point either way (simulated catalogues: 8 lines without
    # single units chose wrongly 1 time in 20), so they leave the question open rather than guess
    if lines < MIN_LINES or min(line_spread, unit_spread) > DECISIVE_RATIO * max(line_spread, unit_spread):
        return CostBasis(PER_LINE, "undecided", lines)
    return CostBasis(PER_UNIT if unit_spread < line_spread else PER_LINE, "compared", lines)


def line_cost(frame: pd.DataFrame, basis: CostBasis) -> np.ndarray:
    """The cost of each row's whole line (NaN where no cost is given; a missing quantity counts as 1)."""
    cost = pd.to_numeric(frame["cost"], errors="coerce").to_numpy(dtype=np.float64)
    if basis.basis == PER_UNIT and "quantity" in frame.columns:
        quantity = pd.to_numeric(frame["quantity"], errors="coerce").to_numpy(dtype=np.float64)
        return cost * np.where(np.isnan(quantity), 1.0, quantity)
    return cost


def gross_profit(frame: pd.DataFrame, margin: float, basis: CostBasis | None = None) -> np.ndarray:
    """Each row's gross profit: amount − line cost where a cost is given, else amount × margin (the
    setting fills only the gaps)."""
    amount = frame["amount"].to_numpy(dtype=np.float64)
    if "cost" not in frame.columns:
        return amount * margin
    cost = line_cost(frame, basis or cost_basis(frame))
    return np.where(np.isnan(cost), amount * margin, amount - cost)


def profit_margin(
    frame: pd.DataFrame,
    margin: float,
    start: pd.Timestamp | str,
    end: pd.Timestamp | str,
    basis: CostBasis | None = None,
) -> float | None:
    """gross_profit / revenue over the rows dated start … end (both included): the margin the profit LTV
    uses for the headline window; None when that revenue is not positive."""
    dates = frame["date"]
    inside = ((dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))).to_numpy()
    window = frame[inside]
    revenue = float(window["amount"].sum())
    if revenue <= 0:
        return None
    return float(gross_profit(window, margin, basis).sum()) / revenue


def profit_ltv(arpu: float | None, lifespan_periods: float | None, margin_of_window: float | None) -> float | None:
    """LTV with the margin replaced by the window's gross_profit / revenue (docs/metrics.md sections 2.4
    and 4): arpu × profit margin × lifespan. None when any part is unknown."""
    if arpu is None or lifespan_periods is None or margin_of_window is None:
        return None
    return arpu * margin_of_window * lifespan_periods


def with_profit(summary: Summary, periods: pd.DataFrame, prepared: Prepared) -> Summary:
    """The summary with `window_gross_profit`, `profit_margin`, `profit_ltv` and `cost_basis` where the data has
    costs, and a notice saying how the cost column was read; unchanged without costs (docs/metrics.md section 4).

    `periods` is the analysis' period table with its internal `_start_day` / `_end_day` columns: the
    window's gross profit and revenue are summed over the rows dated in its periods, so the revenue is the
    summary's `window_revenue`.
    """
    basis = prepared.cost_basis
    if basis is None:
        return summary
    notice = Notice.of(basis.code, lines=basis.lines)
    changed = dataclasses.replace(summary, cost_basis=basis.basis, warnings=(*summary.warnings, notice))
    window = periods[periods["period"].isin(summary.window_periods)]
    if window.empty:
        return changed
    inside = (prepared.day >= int(window["_start_day"].min())) & (prepared.day <= int(window["_end_day"].max()))
    revenue = float(prepared.amount[inside].sum())
    if revenue <= 0:
        return changed
    window_profit = float(prepared.gross_profit[inside].sum())
    margin = window_profit / revenue
    return dataclasses.replace(
        changed,
        window_gross_profit=window_profit,
        profit_margin=margin,
        profit_ltv=profit_ltv(summary.arpu, summary.lifespan_periods, margin),
    )


DAYS_PER_YEAR = 365.25


def win_back_caps(customers: pd.DataFrame) -> np.ndarray:
    """The most a win-back offer may cost for each key customer at risk (NaN for the others).

    The value the shop loses when such a customer does not come back is a year of its own usual buying:
    purchases a year at its usual gap (365.25 / usual_gap_days) times what one purchase day of it brought,
    with the margin applied through its gross profit (costs where known, else the margin setting, as in
    docs/metrics.md sections 2.1 and 4): gross_profit / purchase_days × 365.25 / usual_gap_days. An offer
    costing more than that loses money even when it works; a customer who brought no profit gets 0.
    """
    at_risk = customers["at_risk"].to_numpy(dtype=bool)
    profit = customers["gross_profit"].to_numpy(dtype=np.float64)
    days = customers["purchase_days"].to_numpy(dtype=np.float64)
    gap = customers["usual_gap_days"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        yearly = profit / days * DAYS_PER_YEAR / gap
    usable = at_risk & (days > 0) & (gap > 0) & np.isfinite(yearly)
    return np.where(usable, np.maximum(yearly, 0.0), np.nan)
