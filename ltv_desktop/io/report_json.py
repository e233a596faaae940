"""The CLI's `--json` document: an `AnalysisResult` as plain JSON values.

Names are docs/metrics.md's; numbers stay numbers, what cannot be computed is
null, dates are ISO strings, NaN never reaches the output.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.model.result import AnalysisResult


def plain(value: Any) -> Any:
    """One value as JSON would have it: numpy scalars unwrapped, NaN as None, dates ISO."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame as a list of row objects, every cell plain."""
    columns = list(frame.columns)
    return [
        {column: plain(cell) for column, cell in zip(columns, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def cohort_records(result: AnalysisResult) -> list[dict[str, Any]]:
    """Each cohort with its size and the complete ages of its retention and cumulative LTV rows."""
    cohorts = result.cohorts
    out = []
    for cohort, size in cohorts.sizes.items():
        retention = cohorts.retention.loc[cohort].dropna().tolist()
        cumulative = cohorts.cumulative_ltv.loc[cohort].dropna().tolist()
        out.append(
            {"cohort": cohort, "size": plain(size), "retention": plain(retention), "cumulative_ltv": plain(cumulative)}
        )
    return out


def win_back_records(result: AnalysisResult) -> list[dict[str, Any]]:
    """Each key customer at risk with the most a win-back offer may cost (`win_back_cap`), the largest first."""
    customers = result.customers
    if "win_back_cap" not in customers.columns:
        return []
    at_risk = customers[customers["win_back_cap"].notna()]
    columns = ["customer_id", "win_back_cap", "revenue", "gross_profit", "recency_days", "usual_gap_days"]
    ordered = at_risk.sort_values(["win_back_cap", "customer_id"], ascending=[False, True], kind="stable")
    return records(ordered[columns])


def analysis_document(result: AnalysisResult, input_block: dict[str, Any]) -> dict[str, Any]:
    """The whole `analyze --json` object (the foundation issue lists its keys)."""
    summary = result.summary.to_dict()
    threshold = result.threshold
    # docs/metrics.md section 2.3.1: churn_days is the threshold used, chosen from the data unless given
    settings = {
        **result.settings.to_dict(),
        "as_of": result.as_of,
        "churn_days": threshold.days,
        "churn_days_auto": threshold.auto,
        "churn_days_return_share": threshold.return_share,
    }
    document: dict[str, Any] = {
        "input": plain(input_block),
        "settings": plain(settings),
        "summary": plain(summary),
        "periods": records(result.periods),
        "cohorts": cohort_records(result),
        "observed_ltv_curve": plain(result.cohorts.observed_ltv_curve.tolist()),
        "channels": records(result.channels),
        "segments": records(result.segments),
    }
    if result.predictive is not None:
        document["predictive"] = plain(result.predictive.to_dict())
    document["drivers"] = plain([driver.to_dict() for driver in result.drivers])
    document["win_back"] = win_back_records(result)
    if result.timing is not None:
        document["timing"] = plain(result.timing.to_dict())
    return document
