"""The formula calculator of docs/metrics.md section 1: a few typed numbers, no data.

One implementation serves the GUI, the CLI and (as the same formulas written as
Excel text) the export; `FORMULAS` holds each output's formula once, with the
names of the values it uses as `{placeholders}`, so every front can show the
formula and the same formula with the user's numbers filled in.
"""

from __future__ import annotations

import dataclasses
import math
from typing import TYPE_CHECKING, Literal

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import InvalidInput

if TYPE_CHECKING:
    from ltv_desktop.model.result import Summary
    from ltv_desktop.model.settings import Settings

ChurnPeriod = Literal["month", "year"]
Verdict = Literal["losing", "thin", "healthy", "under_investing"]

MONTHS_PER_YEAR = 12
LEVER_STEP = 0.10
"""Levers show what +10 % of one input does to LTV: small enough to be a
realistic goal, large enough to rank the inputs clearly."""


@dataclasses.dataclass(frozen=True)
class CalculatorInputs:
    """The owner's numbers (docs/metrics.md section 1, inputs).

    Give `lifespan_years`, or `churn_rate` with `churn_period`; give
    `acquisition_spend` with `new_customers`, or `cac`, or neither.
    """

    aov: float
    frequency: float
    lifespan_years: float | None = None
    churn_rate: float | None = None
    churn_period: ChurnPeriod = "year"
    gross_margin: float = 1.0
    retention_cost: float = 0.0
    discount_rate: float = 0.0
    acquisition_spend: float | None = None
    new_customers: float | None = None
    cac: float | None = None

    def replace(self, **changes: object) -> CalculatorInputs:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclasses.dataclass(frozen=True)
class CalculatorResult:
    """Every output of docs/metrics.md section 1, by its contract name."""

    lifespan_years: float
    annual_churn_rate: float
    annual_retention_rate: float
    annual_revenue: float
    revenue_ltv: float
    gross_ltv: float
    annual_contribution: float
    net_ltv: float
    ltv: float
    cac: float | None
    ltv_cac_ratio: float | None
    payback_months: float | None
    max_cac_at_3x: float
    verdict: Verdict | None

    def to_dict(self) -> dict[str, float | str | None]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class Lever:
    """What raising one input by `LEVER_STEP` does to LTV."""

    input_name: str
    old_value: float
    new_value: float
    ltv_before: float
    ltv_after: float

    @property
    def change(self) -> float:
        return self.ltv_after - self.ltv_before

    @property
    def change_share(self) -> float | None:
        return self.change / self.ltv_before if self.ltv_before else None


FORMULAS: dict[str, str] = {
    "lifespan_years": "1 / {annual_churn_rate}",
    "annual_retention_rate": "1 − {annual_churn_rate}",
    "annual_revenue": "{aov} × {frequency}",
    "revenue_ltv": "{aov} × {frequency} × {lifespan_years}",
    "gross_ltv": "{revenue_ltv} × {gross_margin}",
    "annual_contribution": "{aov} × {frequency} × {gross_margin} − {retention_cost}",
    "net_ltv": "{annual_contribution} × {lifespan_years}",
    "ltv": "{annual_contribution} / 12 × (1 + d) / (1 + d − r), r = 1 − 1 / (12 × {lifespan_years}), "
    "d = (1 + {discount_rate})^(1/12) − 1",
    "cac": "{acquisition_spend} / {new_customers}",
    "ltv_cac_ratio": "{ltv} / {cac}",
    "payback_months": "{cac} / ({annual_contribution} / 12)",
    "max_cac_at_3x": "{ltv} / 3",
}
"""Each output's formula; placeholders name inputs or other outputs."""

FORMULA_FOR_MONTHLY_CHURN = "1 / {churn_rate} / 12"
FORMULA_FOR_YEARLY_CHURN = "1 / {churn_rate}"
FORMULA_FOR_GIVEN_LIFESPAN = "{lifespan_years}"


def formula_for(name: str, inputs: CalculatorInputs) -> str:
    """The formula of one output as the user's inputs make it (lifespan and CAC depend on which were given)."""
    if name == "lifespan_years":
        if inputs.lifespan_years is not None:
            return FORMULA_FOR_GIVEN_LIFESPAN
        return FORMULA_FOR_MONTHLY_CHURN if inputs.churn_period == "month" else FORMULA_FOR_YEARLY_CHURN
    if name == "cac" and inputs.cac is not None:
        return "{cac}"
    return FORMULAS[name]


def formula_values(inputs: CalculatorInputs, result: CalculatorResult) -> dict[str, float | None]:
    """Every number a formula placeholder can name: the inputs and the outputs."""
    values: dict[str, float | None] = {
        key: value for key, value in dataclasses.asdict(inputs).items() if not isinstance(value, str)
    }
    values.update({key: value for key, value in result.to_dict().items() if not isinstance(value, str)})
    return values


def _require(condition: bool, field: str, code: str) -> None:
    """Raise `InvalidInput` for `field` with the catalogue's sentence `code` unless `condition` holds."""
    if not condition:
        raise InvalidInput(field, text(code, "en"), code)


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def validate(inputs: CalculatorInputs) -> None:
    """Raise `InvalidInput` naming the first field outside its valid range (docs/metrics.md section 1)."""
    _require(_finite(inputs.aov) and inputs.aov > 0, "aov", "calc.aov_positive")
    _require(
        _finite(inputs.frequency) and inputs.frequency > 0,
        "frequency",
        "calc.frequency_positive",
    )
    if inputs.lifespan_years is not None:
        _require(inputs.churn_rate is None, "churn_rate", "calc.lifespan_or_churn_not_both")
        _require(
            _finite(inputs.lifespan_years) and inputs.lifespan_years > 0,
            "lifespan_years",
            "calc.lifespan_positive",
        )
    else:
        _require(inputs.churn_rate is not None, "churn_rate", "calc.lifespan_or_churn")
        _require(
            _finite(inputs.churn_rate) and 0 < inputs.churn_rate <= 1,  # type: ignore[operator]
            "churn_rate",
            "calc.churn_range",
        )
        _require(
            inputs.churn_period in ("month", "year"),
            "churn_period",
            "calc.churn_period",
        )
    _require(
        _finite(inputs.gross_margin) and 0 < inputs.gross_margin <= 1,
        "gross_margin",
        "calc.margin_range",
    )
    _require(
        _finite(inputs.retention_cost) and inputs.retention_cost >= 0,
        "retention_cost",
        "calc.retention_cost_range",
    )
    _require(
        _finite(inputs.discount_rate) and inputs.discount_rate >= 0,
        "discount_rate",
        "calc.discount_rate_range",
    )
    if inputs.cac is not None:
        _require(
            inputs.acquisition_spend is None and inputs.new_customers is None,
            "cac",
            "calc.cac_or_spend_not_both",
        )
        _require(_finite(inputs.cac) and inputs.cac >= 0, "cac", "calc.cac_range")
    elif inputs.acquisition_spend is not None or inputs.new_customers is not None:
        _require(
            _finite(inputs.acquisition_spend) and inputs.acquisition_spend >= 0,  # type: ignore[operator]
            "acquisition_spend",
            "calc.spend_range",
        )
        _require(
            _finite(inputs.new_customers) and inputs.new_customers > 0,  # type: ignore[operator]
            "new_customers",
            "calc.new_customers_positive",
        )
    lifespan = _lifespan_years(inputs)
    _require(
        lifespan * MONTHS_PER_YEAR >= 1 - 1e-12,
        "lifespan_years" if inputs.lifespan_years is not None else "churn_rate",
        "calc.lifespan_at_least_month",
    )


def _lifespan_years(inputs: CalculatorInputs) -> float:
    if inputs.lifespan_years is not None:
        return float(inputs.lifespan_years)
    churn = float(inputs.churn_rate)  # type: ignore[arg-type]
    return 1 / churn / MONTHS_PER_YEAR if inputs.churn_period == "month" else 1 / churn


def _annual_churn(inputs: CalculatorInputs, lifespan_years: float) -> float:
    if inputs.lifespan_years is not None:
        return min(1.0, 1 / lifespan_years)
    churn = float(inputs.churn_rate)  # type: ignore[arg-type]
    return 1 - (1 - churn) ** MONTHS_PER_YEAR if inputs.churn_period == "month" else churn


def discounted_ltv(annual_contribution: float, lifespan_years: float, discount_rate: float) -> float:
    """Net LTV discounted in monthly steps (docs/metrics.md section 1, `ltv`).

    With a monthly margin m, monthly retention r = 1 − 1/(12 L) and monthly
    discount d, the sum of m·r^t/(1+d)^t over t = 0.. is m(1+d)/(1+d−r); with
    d = 0 it is m·12·L, the undiscounted net LTV exactly. Shared with the
    summary of section 2.4 so both discount alike. Without discounting the
    closed form is used, because m/(1 − r) loses the last digits to rounding
    (279.9999999999995 for 280) and the contract says "exactly net_ltv".
    """
    if discount_rate == 0:
        return annual_contribution * lifespan_years
    monthly_contribution = annual_contribution / MONTHS_PER_YEAR
    monthly_retention = 1 - 1 / (MONTHS_PER_YEAR * lifespan_years)
    monthly_discount = (1 + discount_rate) ** (1 / MONTHS_PER_YEAR) - 1
    return monthly_contribution * (1 + monthly_discount) / (1 + monthly_discount - monthly_retention)


def verdict_for(ratio: float | None) -> Verdict | None:
    """The LTV:CAC verdict: < 1 losing, 1–3 thin, 3–5 healthy, > 5 under-investing in growth."""
    if ratio is None:
        return None
    if ratio < 1:
        return "losing"
    if ratio < 3:
        return "thin"
    if ratio <= 5:
        return "healthy"
    return "under_investing"


def calculate(inputs: CalculatorInputs) -> CalculatorResult:
    """All of docs/metrics.md section 1 for one set of inputs; invalid inputs raise `InvalidInput`."""
    validate(inputs)
    lifespan = _lifespan_years(inputs)
    annual_churn = _annual_churn(inputs, lifespan)
    annual_revenue = inputs.aov * inputs.frequency
    revenue_ltv = annual_revenue * lifespan
    gross_ltv = revenue_ltv * inputs.gross_margin
    annual_contribution = annual_revenue * inputs.gross_margin - inputs.retention_cost
    net_ltv = annual_contribution * lifespan
    ltv = discounted_ltv(annual_contribution, lifespan, inputs.discount_rate)
    if inputs.cac is not None:
        cac: float | None = float(inputs.cac)
    elif inputs.acquisition_spend is not None and inputs.new_customers is not None:
        cac = inputs.acquisition_spend / inputs.new_customers
    else:
        cac = None
    ratio = ltv / cac if cac else None
    payback = cac / (annual_contribution / MONTHS_PER_YEAR) if cac is not None and annual_contribution > 0 else None
    return CalculatorResult(
        lifespan_years=lifespan,
        annual_churn_rate=annual_churn,
        annual_retention_rate=1 - annual_churn,
        annual_revenue=annual_revenue,
        revenue_ltv=revenue_ltv,
        gross_ltv=gross_ltv,
        annual_contribution=annual_contribution,
        net_ltv=net_ltv,
        ltv=ltv,
        cac=cac,
        ltv_cac_ratio=ratio,
        payback_months=payback,
        max_cac_at_3x=ltv / 3,
        verdict=verdict_for(ratio),
    )


def levers(inputs: CalculatorInputs, step: float = LEVER_STEP) -> list[Lever]:
    """What improving each input by `step` does to LTV, largest effect first.

    "Improving" raises aov, frequency, lifespan and margin and lowers churn,
    retention cost and discount rate, so every lever answers the owner's
    question "what should I work on?". Margin stops at 100 %.
    """
    before = calculate(inputs).ltv
    candidates: list[tuple[str, float, float]] = [
        ("aov", inputs.aov, inputs.aov * (1 + step)),
        ("frequency", inputs.frequency, inputs.frequency * (1 + step)),
        ("gross_margin", inputs.gross_margin, min(1.0, inputs.gross_margin * (1 + step))),
        ("retention_cost", inputs.retention_cost, inputs.retention_cost * (1 - step)),
        ("discount_rate", inputs.discount_rate, inputs.discount_rate * (1 - step)),
    ]
    if inputs.lifespan_years is not None:
        candidates.append(("lifespan_years", inputs.lifespan_years, inputs.lifespan_years * (1 + step)))
    else:
        churn = float(inputs.churn_rate)  # type: ignore[arg-type]
        candidates.append(("churn_rate", churn, churn * (1 - step)))
    result = [
        Lever(name, old, new, before, calculate(inputs.replace(**{name: new})).ltv)
        for name, old, new in candidates
        if new != old
    ]
    return sorted(result, key=lambda lever: abs(lever.change), reverse=True)


@dataclasses.dataclass(frozen=True)
class Sensitivity:
    """LTV across churn rates and LTV:CAC across CACs around the user's inputs, for the charts."""

    annual_churn: tuple[float, ...]
    ltv: tuple[float, ...]
    cac: tuple[float, ...]
    ratio: tuple[float, ...]


def sensitivity(inputs: CalculatorInputs, points: int = 40) -> Sensitivity:
    """LTV for yearly churn from 5 % to 100 %, and LTV:CAC for CAC from 10 % to 300 % of today's (or of LTV/3)."""
    base = calculate(inputs)
    churns = [0.05 + (1 - 0.05) * i / (points - 1) for i in range(points)]
    as_yearly = inputs.replace(lifespan_years=None, churn_period="year")
    ltvs = [calculate(as_yearly.replace(churn_rate=churn)).ltv for churn in churns]
    anchor = base.cac if base.cac else base.max_cac_at_3x
    cacs = [anchor * (0.1 + 2.9 * i / (points - 1)) for i in range(points)] if anchor > 0 else []
    ratios = [base.ltv / cac for cac in cacs]
    return Sensitivity(tuple(churns), tuple(ltvs), tuple(cacs), tuple(ratios))


def inputs_from_summary(summary: Summary, settings: Settings) -> CalculatorInputs | None:
    """The calculator's inputs that reproduce an analysis' headline (docs/metrics.md 2.4 is section 1 in numbers).

    None when the data has too little history for churn: the calculator then never invents a lifespan.
    A lifespan under a month is an input error of the calculator, so a shorter one is shown as one month.
    Where the data has costs, the gross margin is the window's gross_profit / revenue (docs/metrics.md
    section 4), so the calculator reproduces `profit_ltv`; the margin setting only where that margin is
    unknown or outside the calculator's range (a shop selling below cost: 0 < margin ≤ 1 is required).
    """
    if summary.lifespan_years is None or not summary.aov_window or not summary.purchase_frequency_per_year:
        return None
    from_costs = summary.profit_margin
    return CalculatorInputs(
        aov=summary.aov_window,
        frequency=summary.purchase_frequency_per_year,
        lifespan_years=max(summary.lifespan_years, 1 / 12),
        gross_margin=from_costs if from_costs is not None and 0 < from_costs <= 1 else settings.margin,
        discount_rate=settings.discount_rate,
        cac=summary.cac,
    )
