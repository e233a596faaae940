"""Words that come from Qt-free code (model notices, segment names), translated for the window.

The model speaks English and gives each notice a code; the views show it in the UI's language
through this table, and fall back to the model's English text for a code it does not know.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ltv_desktop.model.result import Notice


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def segment_names() -> dict[str, str]:
    return {
        "Champions": tr("Champions"),
        "Loyal": tr("Loyal"),
        "Potential loyalists": tr("Potential loyalists"),
        "New customers": tr("New customers"),
        "Need attention": tr("Need attention"),
        "Can't lose them": tr("Can't lose them"),
        "At risk": tr("At risk"),
        "Hibernating": tr("Hibernating"),
        "Lost": tr("Lost"),
    }


def notice_text(notice: Notice) -> str:
    """The notice in the UI's language; %1… are filled from the notice's own values."""
    params = notice.params
    templates = {
        "short_window": (
            tr("The headline uses only %1 complete periods so far instead of a full year."),
            [params.get("periods")],
        ),
        "not_enough_history": (
            tr(
                "Churn, lifespan and LTV need at least %1 days of history plus one full period; this data covers %2 days."
            ),
            [params.get("churn_days"), params.get("days_covered")],
        ),
        "lifespan_capped": (
            tr("Churn is so low that the lifespan was capped at %1 years."),
            [params.get("max_lifespan_years")],
        ),
        "rows_after_as_of": (
            tr("%1 rows dated after %2 were left out of every metric (holdout)."),
            [params.get("rows"), params.get("as_of")],
        ),
        "no_new_customers": (tr("No new customers in the window, so CAC cannot be computed."), []),
        "no_active_customers": (
            tr("No customer was active at the start of the window, so churn cannot be measured."),
            [],
        ),
        "few_repeat_customers": (
            tr("Too few customers bought twice for the predictive models to be trusted (%1)."),
            [params.get("repeaters")],
        ),
        "bgnbd_not_converged": (
            tr("The purchase model (BG/NBD) did not settle on its best fit; treat its predictions as rough."),
            [],
        ),
        "gamma_gamma_excluded": (
            tr("%1 customers whose repeat purchases are worth nothing after refunds were left out of the value model."),
            [params.get("customers")],
        ),
        "gamma_gamma_dependence": (
            tr("How often customers buy and how much they spend are linked (%1); the value model assumes not."),
            [None if params.get("correlation") is None else round(float(params["correlation"]), 2)],
        ),
        "gamma_gamma_not_converged": (
            tr("The value model (Gamma-Gamma) did not fit well; each customer's own average purchase is used."),
            [],
        ),
    }
    if notice.code not in templates:
        return notice.message
    text, values = templates[notice.code]
    for index, value in enumerate(values, start=1):
        text = text.replace(
            f"%{index}", "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        )
    return text
