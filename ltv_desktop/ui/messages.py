"""Words that come from Qt-free code (model notices, segment names), translated for the window.

The model speaks English and gives each notice a code; the views show it in the UI's language
through this table, and fall back to the model's English text for a code it does not know.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import Rejection


def segment_names() -> dict[str, str]:
    return {
        "Champions": QCoreApplication.translate("Messages", "Champions"),
        "Loyal": QCoreApplication.translate("Messages", "Loyal"),
        "Potential loyalists": QCoreApplication.translate("Messages", "Potential loyalists"),
        "New customers": QCoreApplication.translate("Messages", "New customers"),
        "Need attention": QCoreApplication.translate("Messages", "Need attention"),
        "Can't lose them": QCoreApplication.translate("Messages", "Can't lose them"),
        "At risk": QCoreApplication.translate("Messages", "At risk"),
        "Hibernating": QCoreApplication.translate("Messages", "Hibernating"),
        "Lost": QCoreApplication.translate("Messages", "Lost"),
    }


def notice_text(notice: Notice) -> str:
    """The notice in the UI's language; %1… are filled from the notice's own values."""
    params = notice.params
    templates = {
        "short_window": (
            QCoreApplication.translate(
                "Messages", "The headline uses only %1 complete periods so far instead of a full year."
            ),
            [params.get("periods")],
        ),
        "not_enough_history": (
            QCoreApplication.translate(
                "Messages",
                "Churn, lifespan and LTV need at least %1 days of history plus one full period; this data covers %2 days.",
            ),
            [params.get("churn_days"), params.get("days_covered")],
        ),
        "lifespan_capped": (
            QCoreApplication.translate("Messages", "Churn is so low that the lifespan was capped at %1 years."),
            [params.get("max_lifespan_years")],
        ),
        "rows_after_as_of": (
            QCoreApplication.translate("Messages", "%1 rows dated after %2 were left out of every metric (holdout)."),
            [params.get("rows"), params.get("as_of")],
        ),
        "no_new_customers": (
            QCoreApplication.translate("Messages", "No new customers in the window, so CAC cannot be computed."),
            [],
        ),
        "no_active_customers": (
            QCoreApplication.translate(
                "Messages", "No customer was active at the start of the window, so churn cannot be measured."
            ),
            [],
        ),
        "few_repeat_customers": (
            QCoreApplication.translate(
                "Messages", "Too few customers bought twice for the predictive models to be trusted (%1)."
            ),
            [params.get("repeaters")],
        ),
        "bgnbd_not_converged": (
            QCoreApplication.translate(
                "Messages",
                "The purchase model (BG/NBD) did not converge even after restarts; its predictions are rough. "
                "More history or more repeat customers help.",
            ),
            [],
        ),
        "gamma_gamma_excluded": (
            QCoreApplication.translate(
                "Messages",
                "%1 customers whose repeat purchases are worth zero or less after refunds were left out of the "
                "value model.",
            ),
            [params.get("customers")],
        ),
        "gamma_gamma_dependence": (
            QCoreApplication.translate(
                "Messages",
                "Purchase frequency and value are correlated (%1); the value model assumes they are not, "
                "so treat values with care.",
            ),
            [None if params.get("correlation") is None else f"{params['correlation']:.2f}"],
        ),
        "gamma_gamma_not_converged": (
            QCoreApplication.translate(
                "Messages",
                "The value model (Gamma-Gamma) did not fit well; expected order values fall back to each "
                "customer's own average.",
            ),
            [],
        ),
        "total_mismatch": (
            QCoreApplication.translate(
                "Messages",
                "Row %1 prints a total of %2, but the rows above add up to %3; check for missing or rejected rows.",
            ),
            [params.get("row"), _amount(params.get("printed")), _amount(params.get("expected"))],
        ),
        "duplicate_columns": (
            QCoreApplication.translate(
                "Messages",
                "Some columns have the same name; the later ones were renamed (%1) and the first one of each name is used.",
            ),
            [params.get("columns")],
        ),
        "text_named_as_workbook": (
            QCoreApplication.translate(
                "Messages", "'%1' is named like a workbook but is a text (CSV) file; it was read as text."
            ),
            [params.get("name")],
        ),
        "dates_day_first": (
            QCoreApplication.translate(
                "Messages",
                "The dates could be read both day-first and month-first; they were read day first (%1). "
                "Choose the date order on the Data tab if that is wrong.",
            ),
            [params.get("format")],
        ),
        "dates_month_first": (
            QCoreApplication.translate(
                "Messages",
                "The dates could be read both day-first and month-first; they were read month first (%1). "
                "Choose the date order on the Data tab if that is wrong.",
            ),
            [params.get("format")],
        ),
    }
    if notice.code not in templates:
        return notice.message
    text, values = templates[notice.code]
    return _fill(text, values)


def _amount(value: float | None) -> str | None:
    return None if value is None else QLocale().toString(float(value), "f", 2)


def _fill(text: str, values: list) -> str:
    for index, value in enumerate(values, start=1):
        text = text.replace(
            f"%{index}", "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        )
    return text


def rejection_reasons() -> dict[str, str]:
    """The reason of every rejection code of the model, in the UI's language (%1 is the date format)."""
    return {
        "customer_empty": QCoreApplication.translate("Messages", "customer is empty"),
        "date_empty": QCoreApplication.translate("Messages", "date is empty"),
        "not_a_date": QCoreApplication.translate("Messages", "not a date"),
        "not_a_date_in_format": QCoreApplication.translate("Messages", "not a date (the column reads as %1)"),
        "date_missing": QCoreApplication.translate("Messages", "date is missing or not a date"),
        "amount_empty": QCoreApplication.translate("Messages", "amount is empty"),
        "not_a_number": QCoreApplication.translate("Messages", "not a number"),
        "amount_missing": QCoreApplication.translate("Messages", "amount is missing or not a number"),
        "cost_not_a_number": QCoreApplication.translate("Messages", "cost is not a number"),
        "not_a_date_or_month": QCoreApplication.translate("Messages", "not a date or month"),
    }


def rejection_text(rejection: Rejection, reasons: dict[str, str] | None = None) -> str:
    """Why a row was rejected, in the UI's language; the model's English when the code is unknown.

    Pass `reasons` (from `rejection_reasons`) when translating many rows, so each text is looked up once.
    """
    reasons = reasons if reasons is not None else rejection_reasons()
    if rejection.code not in reasons:
        return rejection.reason
    return _fill(reasons[rejection.code], [value for _, value in rejection.params])
