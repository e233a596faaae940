"""Words that come from Qt-free code (model notices, segment names), translated for the window.

The model speaks English and gives each notice a code; the views show it in the UI's language
through this table, and fall back to the model's English text for a code it does not know.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ltv_desktop.model.errors import LtvError
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
    return fill(text, values)


def _amount(value: float | None) -> str | None:
    return None if value is None else QLocale().toString(float(value), "f", 2)


def fill(text: str, values: list) -> str:
    """Qt's %1, %2, … filled in order; a translator may move them, so they are never positional format fields."""
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
    return fill(reasons[rejection.code], [value for _, value in rejection.params])


def role_names() -> dict[str, str]:
    return {
        "customer_id": QCoreApplication.translate("Messages", "customer"),
        "date": QCoreApplication.translate("Messages", "date"),
        "amount": QCoreApplication.translate("Messages", "amount"),
        "order_id": QCoreApplication.translate("Messages", "order number"),
        "channel": QCoreApplication.translate("Messages", "channel"),
        "cost": QCoreApplication.translate("Messages", "cost"),
    }


def _calculator_errors() -> dict[str, str]:
    """The calculator's validation messages (model/calculator.py), keyed by the model's English text."""
    texts = (
        QCoreApplication.translate("Messages", "Average order value must be above 0."),
        QCoreApplication.translate("Messages", "Purchases per year must be above 0."),
        QCoreApplication.translate("Messages", "Give either the lifespan or the churn rate, not both."),
        QCoreApplication.translate("Messages", "Customer lifespan must be above 0 years."),
        QCoreApplication.translate("Messages", "Give the customer lifespan or the churn rate."),
        QCoreApplication.translate("Messages", "Churn rate must be above 0 % and at most 100 %."),
        QCoreApplication.translate("Messages", "Churn period must be month or year."),
        QCoreApplication.translate("Messages", "Gross margin must be above 0 % and at most 100 %."),
        QCoreApplication.translate("Messages", "Retention cost must be 0 or more."),
        QCoreApplication.translate("Messages", "Discount rate must be 0 % or more."),
        QCoreApplication.translate("Messages", "Give either CAC or marketing spend with new customers, not both."),
        QCoreApplication.translate("Messages", "CAC must be 0 or more."),
        QCoreApplication.translate("Messages", "Marketing spend must be 0 or more."),
        QCoreApplication.translate("Messages", "New customers must be above 0."),
        QCoreApplication.translate("Messages", "Customer lifespan must be at least one month."),
    )
    english = (
        "Average order value must be above 0.", "Purchases per year must be above 0.",
        "Give either the lifespan or the churn rate, not both.", "Customer lifespan must be above 0 years.",
        "Give the customer lifespan or the churn rate.", "Churn rate must be above 0 % and at most 100 %.",
        "Churn period must be month or year.", "Gross margin must be above 0 % and at most 100 %.",
        "Retention cost must be 0 or more.", "Discount rate must be 0 % or more.",
        "Give either CAC or marketing spend with new customers, not both.", "CAC must be 0 or more.",
        "Marketing spend must be 0 or more.", "New customers must be above 0.",
        "Customer lifespan must be at least one month.",
    )  # fmt: skip
    return dict(zip(english, texts, strict=True))


def _error_templates(params: dict) -> dict[str, tuple[str, list]]:
    roles = role_names()
    role = roles.get(params.get("role") or "", params.get("role"))
    first = params.get("first")
    return {
        "lock_file": (
            QCoreApplication.translate(
                "Messages",
                "'%1' is Excel's lock file, not your workbook. Open '%2' instead (the lock file exists while the "
                "workbook is open in Excel).",
            ),
            [params.get("name"), params.get("workbook")],
        ),
        "zero_bytes": (
            QCoreApplication.translate("Messages", "'%1' is empty (0 bytes). Export the report again."),
            [params.get("name")],
        ),
        "no_rows": (QCoreApplication.translate("Messages", "'%1' has no rows."), [params.get("name")]),
        "encrypted": (
            QCoreApplication.translate(
                "Messages",
                "'%1' is protected with a password. Open it in Excel, remove the password (File → Info → Protect "
                "Workbook) and save it again, then import that copy.",
            ),
            [params.get("name")],
        ),
        "html_as_workbook": (
            QCoreApplication.translate(
                "Messages",
                "'%1' is a web page (HTML) saved with a spreadsheet name, not a real workbook. Open it in Excel and "
                "save it as .xlsx, or export the report as CSV.",
            ),
            [params.get("name")],
        ),
        "damaged": (
            QCoreApplication.translate(
                "Messages", "'%1' is damaged or was not downloaded completely. Download or export it again."
            ),
            [params.get("name")],
        ),
        "not_found": (QCoreApplication.translate("Messages", "The file '%1' does not exist."), [params.get("path")]),
        "folder": (QCoreApplication.translate("Messages", "'%1' is a folder, not a file."), [params.get("path")]),
        "no_such_sheet": (
            QCoreApplication.translate("Messages", "There is no sheet '%1'. The sheets are: %2."),
            [params.get("sheet"), params.get("sheets")],
        ),
        "no_such_row": (QCoreApplication.translate("Messages", "Row %1 is not in the file."), [params.get("row")]),
        "missing_column": (
            QCoreApplication.translate(
                "Messages", "No column for the %1 was found. The columns are: %2. Choose it by hand on the Data tab."
            ),
            [role, params.get("columns")],
        ),
        "no_such_column": (
            QCoreApplication.translate("Messages", "There is no column '%1' for the %2. The columns are: %3."),
            [params.get("header"), role, params.get("columns")],
        ),
        "mixed_currencies": (
            QCoreApplication.translate(
                "Messages",
                "The amount column mixes currencies (%1). Adding them up would be wrong: export one currency at a "
                "time, or convert first.",
            ),
            [params.get("currencies")],
        ),
        "no_sales_rows": (
            QCoreApplication.translate("Messages", "'%1' has a header but no sales rows."),
            [params.get("name")],
        ),
        "every_row_rejected": (
            QCoreApplication.translate(
                "Messages", "No row of '%1' could be used: %2 rows were rejected (the first: row %3, %4 '%5': %6)."
            ),
            [params.get("name"), params.get("rejected")]
            + ([first.row, first.column, first.value, rejection_text(first)] if first is not None else []),
        ),
        "no_sales_before_as_of": (
            QCoreApplication.translate("Messages", "No sales on or before %1: choose a later 'as of' date."),
            [params.get("as_of")],
        ),
        "open_in_excel": (
            QCoreApplication.translate(
                "Messages", "'%1' is open in Excel. Close it there and export again, or save under another name."
            ),
            [params.get("name")],
        ),
        "cannot_replace": (
            QCoreApplication.translate(
                "Messages",
                "'%1' cannot be replaced: it is probably open in Excel. Close it and export again, or save under "
                "another name.",
            ),
            [params.get("name")],
        ),
        "cannot_replace_in_folder": (
            QCoreApplication.translate(
                "Messages",
                "'%1' cannot be replaced: it is probably open in Excel. Close it and export again, or choose another "
                "folder.",
            ),
            [params.get("name")],
        ),
        "no_folder": (
            QCoreApplication.translate("Messages", "The folder '%1' does not exist."),
            [params.get("folder")],
        ),
        "write_failed": (
            QCoreApplication.translate("Messages", "The report could not be written to '%1': %2."),
            [params.get("target"), params.get("detail")],
        ),
        "wrong_encoding": (
            QCoreApplication.translate(
                "Messages", "The file cannot be read as %1. Choose another encoding on the Data tab."
            ),
            [params.get("encoding")],
        ),
        "not_a_workbook": (
            QCoreApplication.translate("Messages", "'%1' is a zip archive but not a workbook."),
            [params.get("name")],
        ),
        "zip_too_large": (
            QCoreApplication.translate(
                "Messages", "'%1' would unpack to %2 GB; that is not a sales export, so it was not opened."
            ),
            [params.get("name"), params.get("gigabytes")],
        ),
        "sheet_unreadable": (
            QCoreApplication.translate(
                "Messages",
                "The sheet '%1' of '%2' could not be read. Export the workbook again or choose another sheet.",
            ),
            [params.get("sheet"), params.get("name")],
        ),
        "not_an_analysis": (
            QCoreApplication.translate("Messages", "'%1' is not an LTV Desktop analysis file."),
            [params.get("name")],
        ),
        "no_orders": (
            QCoreApplication.translate(
                "Messages", "No sale with a positive amount on or before the 'as of' date, so there are no orders."
            ),
            [],
        ),
    }


def error_text(error: LtvError) -> str:
    """An error the user can fix, in the UI's language; the model's English for one it does not know."""
    calculator = _calculator_errors()
    if not error.code and error.message in calculator:
        return calculator[error.message]
    templates = _error_templates(error.params)
    if error.code not in templates:
        return error.message
    text, values = templates[error.code]
    return fill(text, values)
