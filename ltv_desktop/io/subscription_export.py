"""The Excel workbook of a subscription analysis, its ratios live formulas over the movements (docs/metrics.md 5).

Three sheets: the MRR movements by month (the model's figures as values; logo churn, revenue churn, NRR and GRR of
each month as formulas over that row and the one above), the headline ratios of the last 12 months as formulas
over the movements (an owner who corrects a month sees every ratio follow), and the sBG retention projection,
each period's survival a formula of α and β. NRR and GRR over 12 months follow single customers across the year,
which the movement totals cannot do: they are written as values. Every formula carries the model's figure as its
cached value, so a reader that does not calculate (a preview, openpyxl) shows the same numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from xlsxwriter.utility import xl_rowcol_to_cell

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.atomic import atomic_write
from ltv_desktop.io.export import xlsx_workbook
from ltv_desktop.model.subscriptions import TRAILING_MONTHS, SubscriptionResult

VALUE_COLUMNS = ("month", "mrr", "new", "expansion", "contraction", "churn", "reactivation", "customers",
                 "customers_start", "customers_churned")  # fmt: skip
FORMULA_COLUMNS = ("logo_churn", "revenue_churn", "nrr", "grr")
COLUMN = {name: index for index, name in enumerate(VALUE_COLUMNS + FORMULA_COLUMNS)}
PROJECTED_PERIODS = 36


def _letter(name: str) -> str:
    return xl_rowcol_to_cell(0, COLUMN[name])[:-1]


def _heading(column: str, language: str) -> str:
    if column in ("customers_start", "customers_churned"):
        return text(f"subs2.xlsx.{column}", language)
    if column in ("nrr", "grr"):
        return text(f"subs2.col.{column}", language)
    return text(f"cli.subs.{column}", language)


def _plain(value: Any) -> Any:
    """A cached value as Excel holds it: a number, or "" where the formula gives no number."""
    if value is None:
        return ""
    number = float(value)
    return "" if np.isnan(number) else number


def export_subscription_workbook(result: SubscriptionResult, retention: Any, path: str | Path, language: str = "en",
                                 source: str = "", *, overwrite: bool = True) -> Path:  # fmt: skip
    """Write the workbook atomically to `path` (`.xlsx` added when the name has no ending) and return it."""
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".xlsx")
    with atomic_write(target, overwrite=overwrite) as temporary, xlsx_workbook(temporary) as book:
        _Writer(book, result, retention, language, source).write()
    return target


class _Writer:
    def __init__(self, book: Any, result: SubscriptionResult, retention: Any, language: str, source: str) -> None:
        self.book, self.result, self.retention, self.language, self.source = book, result, retention, language, source
        self.bold = book.add_format({"bold": True})
        self.money = book.add_format({"num_format": "#,##0.00"})
        self.whole = book.add_format({"num_format": "#,##0"})
        self.share = book.add_format({"num_format": "0.0%"})
        self.ratio = book.add_format({"num_format": "0.00"})
        self.months_sheet = text("subs2.xlsx.months_sheet", language)

    def write(self) -> None:
        # the headline ratios open first; their formulas name the movements sheet, which Excel resolves on load
        summary = self.book.add_worksheet(text("subs2.xlsx.summary_sheet", self.language))
        months = self.book.add_worksheet(self.months_sheet)
        retention = self.book.add_worksheet(text("subs2.xlsx.retention_sheet", self.language))
        self._summary(summary)
        self._months(months)
        self._retention(retention)

    def _months(self, sheet: Any) -> None:
        frame = self.result.months
        headings = [_heading(column, self.language) for column in VALUE_COLUMNS + FORMULA_COLUMNS]
        for column, heading in enumerate(headings):
            sheet.write_string(0, column, heading, self.bold)
        sheet.set_column(0, 0, 10)
        sheet.set_column(1, len(headings) - 1, 14)
        sheet.freeze_panes(1, 1)
        letter = {name: _letter(name) for name in COLUMN}
        for index, record in enumerate(frame.to_dict("records")):
            row = index + 1
            excel_row, above = row + 1, row  # 1-based rows of this month and the month before
            sheet.write_string(row, 0, str(record["month"]))
            for name in VALUE_COLUMNS[1:]:
                number_format = self.whole if name.startswith("customers") else self.money
                sheet.write_number(row, COLUMN[name], float(record[name]), number_format)
            lost, base = f"{letter['customers_churned']}{excel_row}", f"{letter['customers_start']}{excel_row}"
            sheet.write_formula(row, COLUMN["logo_churn"], f'=IF({base}=0,"",{lost}/{base})', self.share,
                                _plain(record["logo_churn"]))  # fmt: skip
            if index == 0:  # the first month starts with no MRR: there is nothing to retain
                for name in ("revenue_churn", "nrr", "grr"):
                    sheet.write_string(row, COLUMN[name], "")
                continue
            start = f"{letter['mrr']}{above}"
            churn, contraction = f"{letter['churn']}{excel_row}", f"{letter['contraction']}{excel_row}"
            expansion = f"{letter['expansion']}{excel_row}"
            formulas = {
                "revenue_churn": f'=IF({start}=0,"",({churn}+{contraction})/{start})',
                "nrr": f'=IF({start}=0,"",({start}+{expansion}-{contraction}-{churn})/{start})',
                "grr": f'=IF({start}=0,"",({start}-{contraction}-{churn})/{start})',
            }
            for name, formula in formulas.items():
                sheet.write_formula(row, COLUMN[name], formula, self.share, _plain(record[name]))

    def _range(self, name: str, first: int, last: int) -> str:
        """`'MRR movements'!$C$14:$C$25`: a column of the movements sheet over 1-based rows first..last."""
        return f"{self._cell(name, first)}:${_letter(name)}${last}"

    def _cell(self, name: str, row: int) -> str:
        quoted = "'" + self.months_sheet.replace("'", "''") + "'"
        return f"{quoted}!${_letter(name)}${row}"

    def _summary(self, sheet: Any) -> None:
        result, language = self.result, self.language
        summary = result.summary
        months = len(result.months)
        last = months + 1  # the 1-based row of the last month on the movements sheet
        first = max(last - TRAILING_MONTHS + 1, 2)
        sheet.set_column(0, 0, 52)
        sheet.set_column(1, 1, 16)
        name = self.source or "—"
        sheet.write_string(0, 0, text("subs2.xlsx.title", language, name=name, month=summary["as_of_month"]),
                           self.bold)  # fmt: skip
        sheet.write_string(1, 0, text("subs2.xlsx.formulas_note", language, sheet=self.months_sheet))

        def total(column: str, shift: int = 0) -> str:
            return f"SUM({self._range(column, first - shift, last - shift)})"

        start_mrr = total("mrr", shift=1)  # each month's base is the month before's MRR (0 before the first)
        losses = f"({total('contraction')}+{total('churn')})"
        window = result.months.iloc[first - 2 : last - 1]
        base = float(result.months["mrr"].shift(1, fill_value=0.0).iloc[first - 2 : last - 1].sum())
        nrr_monthly = (base + window["expansion"].sum() - window["contraction"].sum() - window["churn"].sum()) / base
        rows: list[tuple[str, str, str | float, Any, Any]] = [
            ("mrr", "cli.subs.summary.mrr", f"={self._cell('mrr', last)}", summary["mrr"], self.money),
            ("customers", "cli.subs.summary.customers", f"={self._cell('customers', last)}", summary["customers"],
             self.whole),
            ("arpa", "cli.subs.summary.arpa", '=IF(B5=0,"",B4/B5)', summary["arpa"], self.money),
            ("logo_churn_monthly", "cli.subs.summary.logo_churn_monthly",
             f'=IF({total("customers_start")}=0,"",{total("customers_churned")}/{total("customers_start")})',
             summary["logo_churn_monthly"], self.share),
            ("revenue_churn_monthly", "cli.subs.summary.revenue_churn_monthly",
             f'=IF({start_mrr}=0,"",{losses}/{start_mrr})', summary["revenue_churn_monthly"], self.share),
            ("grr_monthly", "subs2.xlsx.grr_monthly", f'=IF({start_mrr}=0,"",({start_mrr}-{losses})/{start_mrr})',
             summary["grr_monthly"], self.share),
            ("nrr_monthly", "subs2.xlsx.nrr_monthly",
             f'=IF({start_mrr}=0,"",({start_mrr}+{total("expansion")}-{losses})/{start_mrr})',
             nrr_monthly if base else float("nan"), self.share),
            ("quick_ratio", "cli.subs.summary.quick_ratio",
             f'=IF({losses}=0,"",({total("new")}+{total("expansion")}+{total("reactivation")})/{losses})',
             summary["quick_ratio"], self.ratio),
            ("margin", "subs2.xlsx.margin", float(summary["margin"]), summary["margin"], self.share),
            ("ltv", "cli.subs.summary.ltv", '=IF(OR(B7="",B7=0,B6=""),"",B6*B12/B7)', summary["ltv"], self.money),
            ("grr_12m", "cli.subs.summary.grr_12m", float(summary["grr_12m"]), summary["grr_12m"], self.share),
            ("nrr_12m", "cli.subs.summary.nrr_12m", float(summary["nrr_12m"]), summary["nrr_12m"], self.share),
        ]  # fmt: skip
        for offset, (key, code, content, value, number_format) in enumerate(rows):
            row = 3 + offset  # 0-based: the first figure is on the sheet's row 4
            sheet.write_string(row, 0, text(code, language))
            if isinstance(content, str):
                sheet.write_formula(row, 1, content, number_format, _plain(value))
            elif np.isnan(content):
                sheet.write_string(row, 1, "")
            else:
                sheet.write_number(row, 1, content, number_format)
            self.book.define_name(f"subs_{key}", f"='{sheet.get_name()}'!$B${row + 1}")

    def _retention(self, sheet: Any) -> None:
        fit, language = self.retention, self.language
        sheet.set_column(0, 2, 22)
        if fit is None:
            sheet.write_string(0, 0, text("subs2.no_fit", language))
            return
        sheet.write_string(0, 0, text("subs2.xlsx.alpha", language))
        sheet.write_number(0, 1, fit.alpha)
        sheet.write_string(1, 0, text("subs2.xlsx.beta", language))
        sheet.write_number(1, 1, fit.beta)
        for key, row in (("alpha", 1), ("beta", 2)):
            self.book.define_name(f"subs_sbg_{key}", f"='{sheet.get_name()}'!$B${row}")
        headings = ("subs2.xlsx.period", "subs2.observed", "subs2.projected")
        for column, code in enumerate(headings):
            sheet.write_string(3, column, text(code, language), self.bold)
        periods = max(PROJECTED_PERIODS, len(fit.survival_observed))
        projected = fit.survival(periods)
        for period in range(1, periods + 1):
            row = 3 + period
            sheet.write_number(row, 0, period)
            if period <= len(fit.survival_observed):
                sheet.write_number(row, 1, float(fit.survival_observed[period - 1]), self.share)
            # S(t) = S(t − 1) × (β + t − 1) / (α + β + t − 1), S(0) = 1 (docs/metrics.md section 5)
            before = "1" if period == 1 else xl_rowcol_to_cell(row - 1, 2)
            formula = f"={before}*($B$2+{period - 1})/($B$1+$B$2+{period - 1})"
            sheet.write_formula(row, 2, formula, self.share, float(projected[period - 1]))
