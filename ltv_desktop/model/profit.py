"""Profit from the cost column, docs/metrics.md section 4: per unit or per line, and LTV on profit.

"Cohort LTV without the cost of goods is just cohort revenue": where costs are known, every LTV gets a
profit version, with the margin setting filling only the rows without a cost. Exports disagree on what
their cost column means (Shopify's "cost per item" is per unit, an accounting export's cost of sales is
per line), and reading it the wrong way makes profit wrong by the quantity, so the data decides.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text

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
