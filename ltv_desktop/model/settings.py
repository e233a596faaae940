"""Analysis settings of docs/metrics.md section 2.2, one dataclass the CLI flags map onto."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Literal

from ltv_desktop.model.errors import InvalidSettings

Period = Literal["month", "week", "quarter"]

PERIODS_PER_YEAR: dict[str, int] = {"month": 12, "week": 52, "quarter": 4}
"""How many periods make the year the owner thinks in (weeks: 52, as docs/metrics.md 2.4)."""

LONGEST_PERIOD_DAYS: dict[str, int] = {"month": 31, "week": 7, "quarter": 92}
"""The longest a period can be; churn_days below it would let a new customer
be lost inside the period it arrived in, and E = S - lost + N + reactivated breaks."""

TRAILING_WINDOW_PERIODS: dict[str, int] = {"month": 12, "week": 52, "quarter": 4}
"""One year of complete, observable periods is the headline window (docs/metrics.md 2.4)."""

DEFAULT_CHURN_DAYS: int | None = None
"""None: the inactivity threshold is chosen from the data (docs/metrics.md section 2.3.1, model/inactivity.py).
A fixed 180 days called customers lost who came back a year later, and 1 / churn then undercounted the lifespan."""

DEFAULT_MAX_LIFESPAN_YEARS = 10.0
"""With almost no churn 1/churn explodes; ten years is the most a small business
can honestly plan a customer for."""


def _invalid(field: str, **params: object) -> InvalidSettings:
    """The error for one setting out of range, its English sentence from the catalogue (code settings.<field>)."""
    from ltv_desktop.i18n.catalogue import text

    code = f"settings.{field}"
    return InvalidSettings(field, text(code, "en", **params), code, dict(params))


@dataclasses.dataclass(frozen=True)
class Settings:
    """What the owner can change about an analysis (docs/metrics.md 2.2).

    `currency` is for display and export only; the model never reads it.
    """

    period: Period = "month"
    churn_days: int | None = DEFAULT_CHURN_DAYS
    """Days without a purchase after which a customer is lost; None = chosen from the data."""
    as_of: dt.date | None = None
    margin: float = 1.0
    discount_rate: float = 0.0
    max_lifespan_years: float = DEFAULT_MAX_LIFESPAN_YEARS
    currency: str = ""

    def __post_init__(self) -> None:
        if self.period not in PERIODS_PER_YEAR:
            raise _invalid("period", value=self.period)
        longest = LONGEST_PERIOD_DAYS[self.period]
        given = self.churn_days
        if given is not None and (isinstance(given, bool) or not isinstance(given, int) or given < longest):
            raise _invalid("churn_days", longest=longest, value=given)
        if not 0 < self.margin <= 1:
            raise _invalid("margin", value=self.margin)
        if not self.discount_rate >= 0:
            raise _invalid("discount_rate", value=self.discount_rate)
        if not self.max_lifespan_years > 0:
            raise _invalid("max_lifespan_years", value=self.max_lifespan_years)

    @property
    def periods_per_year(self) -> int:
        return PERIODS_PER_YEAR[self.period]

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready values (dates ISO), for the CLI and project files."""
        data = dataclasses.asdict(self)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        return data

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
