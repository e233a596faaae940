"""The Excel report: live formulas over the analysis' sums, native charts, every table, nothing lost.

Written with XlsxWriter in constant-memory mode, row by row (DataFrame.to_excel
in that mode silently drops cells). Every formula is written with the value
the model computed, so viewers that never recalculate show the right number.
The file is written in a work folder beside the target (io/atomic.py) and moved
over it only when complete: a failed or cancelled export never destroys the
previous report, and XlsxWriter's scratch files stay in that work folder, never
in the system's temp folder.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.exceptions import FileCreateError, XlsxWriterException
from xlsxwriter.utility import xl_rowcol_to_cell

from ltv_desktop.io.atomic import atomic_write, failure
from ltv_desktop.io.errors import ExportFailed, UnsupportedExportKind
from ltv_desktop.io.errors import TargetLocked as TargetLocked  # where callers have always imported it from
from ltv_desktop.io.export_labels import (
    column_label,
    formula_words,
    labels,
    money_format,
    notice_text,
    rejection_reason,
)
from ltv_desktop.model.calculator import CalculatorInputs, calculate, inputs_from_summary
from ltv_desktop.model.progress import NO_PROGRESS, Progress
from ltv_desktop.model.result import AnalysisResult
from ltv_desktop.model.transactions import Rejection

ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""OWASP's CSV-injection list: a cell starting with one of these is a formula to a spreadsheet."""
MONEY_COLUMNS = {"revenue", "gross_profit", "aov", "arpu", "spend", "cac", "observed_ltv", "expected_purchase_value",
                 "predicted_clv", "predicted_clv_low", "predicted_clv_high", "win_back_cap"}  # fmt: skip
SHARE_COLUMNS = {"churn_rate", "retention_rate", "crr", "reactivation_rate", "revenue_share", "p_alive"}
CHUNK_ROWS = 5000
SHEET_ROWS = 1_048_576
"""Rows of an Excel sheet; XlsxWriter silently drops a cell below them, so a longer table is refused up front."""


@dataclasses.dataclass(frozen=True)
class ExportOptions:
    language: str = "en"
    currency: str = ""
    calculator_inputs: CalculatorInputs | None = None
    spend_rejections: tuple[Rejection, ...] = ()
    """Rows of the marketing spend file that could not be read: listed under the sales rejections."""
    spend_file: str = ""


def clean_text(value: object) -> str:
    """Text safe for a cell: illegal XML characters removed."""
    return ILLEGAL_XML.sub("", str(value))


def csv_safe(value: object) -> str:
    """Text for a CSV cell that no spreadsheet will run: a leading formula character gets a quote."""
    text = clean_text(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _value(value: Any) -> Any:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _discounted_ltv(undiscounted: str, monthly_contribution: str) -> str:
    """The discounted LTV as an Excel formula, written once for the Summary and the Calculator (docs/metrics.md 1):
    monthly contribution × (1 + d) / (1 + d − r), r = 1 − 1/(12 × lifespan), d = (1 + rate)^(1/12) − 1;
    at a rate of 0 it is the undiscounted LTV."""
    d = "((1+{discount_rate})^(1/12)-1)"
    return (
        f"IF({{discount_rate}}=0,{undiscounted},{monthly_contribution}*(1+{d})/(1+{d}-(1-1/(12*{{lifespan_years}}))))"
    )


SUMMARY_METRICS: tuple[tuple[str, str | None, str], ...] = (
    ("customers", None, "integer"),
    ("orders", None, "integer"),
    ("revenue", None, "money"),
    ("aov", '=IFERROR({revenue}/{orders},"")', "money"),
    ("churn_rate", '=IF(N({window_active_start})>0,{window_lost}/{window_active_start},"")', "percent"),
    ("retention_rate", '=IF(N({window_active_start})>0,1-{churn_rate},"")', "percent"),
    ("crr", '=IF(N({window_active_start})>0,({window_active_end}-{window_new})/{window_active_start},"")', "percent"),
    ("reactivation_rate", '=IF(N({window_active_start})>0,{window_reactivated}/{window_active_start},"")', "percent"),
    ("arpu", '=IF(N({window_active_end})>0,{window_revenue}/{window_active_end},"")', "money"),
    ("purchase_frequency_per_year",
     '=IF(N({window_active_end})>0,{window_orders}/{window_active_end}*{periods_per_year},"")', "number"),
    ("lifespan_periods", '=IF(ISNUMBER({churn_rate}),IF({churn_rate}>0,MIN(1/{churn_rate},'
     '{max_lifespan_years}*{periods_per_year}),{max_lifespan_years}*{periods_per_year}),"")', "number"),
    ("lifespan_years", '=IFERROR({lifespan_periods}/{periods_per_year},"")', "number"),
    ("ltv", '=IFERROR({arpu}*{margin}*{lifespan_periods},"")', "money"),
    ("ltv_discounted", f'=IFERROR({_discounted_ltv("{ltv}", "{arpu}*{margin}*{periods_per_year}/12")},"")', "money"),
    # where the data has costs (docs/metrics.md section 4): the margin of the window's own gross profit
    ("profit_margin",
     '=IF(AND(ISNUMBER({window_gross_profit}),N({window_revenue})>0),{window_gross_profit}/{window_revenue},"")',
     "percent"),
    ("profit_ltv", '=IF(ISNUMBER({profit_margin}),IFERROR({arpu}*{profit_margin}*{lifespan_periods},""),"")', "money"),
    ("cac", '=IF(AND(ISNUMBER({window_spend}),N({window_new})>0),{window_spend}/{window_new},"")', "money"),
    ("ltv_cac_ratio", '=IFERROR(IF({cac}>0,{ltv}/{cac},""),"")', "number"),
    ("payback_periods", '=IFERROR(IF({arpu}*{margin}>0,{cac}/({arpu}*{margin}),""),"")', "number"),
    ("observed_ltv_12m", None, "money"),
    ("observed_value_broad", None, "money"),
)  # fmt: skip
"""The Summary's headline metrics in order: (name, live formula or None for the model's value, cell format).
A formula names the Summary's inputs, window sums and other metrics in braces (docs/metrics.md 2.4)."""

CALCULATOR_OUTPUTS: tuple[tuple[str, str, str], ...] = (
    ("annual_revenue", "={aov}*{frequency}", "money"),
    ("revenue_ltv", "={aov}*{frequency}*{lifespan_years}", "money"),
    ("gross_ltv", "={revenue_ltv}*{gross_margin}", "money"),
    ("annual_contribution", "={aov}*{frequency}*{gross_margin}-{retention_cost}", "money"),
    ("net_ltv", "={annual_contribution}*{lifespan_years}", "money"),
    ("ltv", "=" + _discounted_ltv("{net_ltv}", "{annual_contribution}/12"), "money"),
    ("ltv_cac_ratio", '=IF(AND(ISNUMBER({cac}),N({cac})>0),{ltv}/{cac},"")', "number"),
    ("payback_months", '=IF(AND(ISNUMBER({cac}),{annual_contribution}>0),{cac}/({annual_contribution}/12),"")', "number"),
    ("max_cac_at_3x", "={ltv}/3", "money"),
)  # fmt: skip
"""The Calculator's outputs (docs/metrics.md 1), each a formula over its inputs and the outputs above it."""


def export_path_kind(path: str | Path) -> Literal["xlsx", "csv"]:
    """What a file name asks for: `.xlsx` a workbook, `.csv` one table as text; any other ending is refused."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".csv":
        return "csv"
    raise UnsupportedExportKind.because("export.unsupported_kind", name=Path(path).name, suffix=suffix or "—")


def check_sheet_rows(rows: int, target: Path) -> None:
    """Refuse a sheet longer than Excel's before anything is written (the header row counts)."""
    if rows > SHEET_ROWS:
        raise ExportFailed.because("export.too_many_rows", name=target.name, rows=rows, limit=SHEET_ROWS)


def export_workbook(result: AnalysisResult, path: str | Path, options: ExportOptions | None = None,
                    progress: Progress = NO_PROGRESS, *, overwrite: bool = True) -> Path:  # fmt: skip
    """Write the report to `path` atomically and return where it went.

    The name's ending decides what is written (`export_path_kind`): `.xlsx` the whole workbook, `.csv` the
    customers table (io/table_export.py); a name without an ending gets `.xlsx`. Raises ExportFailed
    subclasses (TargetLocked, TargetExists when `overwrite` is False, ExportDiskFull, …) or Cancelled.
    """
    options = options or ExportOptions()
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(".xlsx")
    if export_path_kind(target) == "csv":
        from ltv_desktop.io.table_export import export_customers

        written = export_customers(result, target, options.language, overwrite=overwrite, progress=progress)
        progress.update(1.0, "done")
        return written
    rejected = len(result.rejections) + (len(options.spend_rejections) + 2 if options.spend_rejections else 0)
    check_sheet_rows(max(len(result.customers), rejected) + 1, target)
    with atomic_write(target, overwrite=overwrite) as temporary:
        with xlsx_workbook(temporary) as book:
            _ReportWriter(result, book, options, progress).write()
        progress.update(0.99, "save")
    progress.update(1.0, "done")
    return target


class _WorkbookFile:
    """The file XlsxWriter's zip goes to: it raises its first write error, then quietly ignores the rest.

    zipfile.ZipFile closes itself again when it is garbage-collected; after a failed write (a full disk) that
    second close would fail too and print "Exception ignored in ZipFile.__del__" with a traceback on stderr.
    The file is thrown away after a failure anyway, so later writes only move a position the zip can count on.
    """

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._file: Any = open(path, "wb")  # noqa: SIM115 (closed by close() or after the first failure)
        self._position = 0
        self._end = 0

    def _failed(self) -> None:
        file, self._file = self._file, None
        with contextlib.suppress(OSError):
            file.close()

    def _moved(self, position: int) -> int:
        self._position = position
        self._end = max(self._end, position)
        return position

    def write(self, data: bytes) -> int:
        if self._file is not None:
            try:
                written = self._file.write(data)
            except OSError:
                self._failed()
                raise
        else:
            written = len(data)
        self._moved(self._position + written)
        return written

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        if self._file is not None:
            try:
                return self._moved(self._file.seek(offset, whence))
            except OSError:
                self._failed()
                raise
        base = (0, self._position, self._end)[whence]
        return self._moved(base + offset)

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        if self._file is None:
            return
        try:
            self._file.flush()
        except OSError:
            self._failed()
            raise

    def close(self) -> None:
        """Close for good; the last buffered bytes may fail to reach a full disk, and that error is raised."""
        if self._file is None:
            return
        file, self._file = self._file, None
        file.close()

    def discard(self) -> None:
        if self._file is not None:
            self._failed()


@contextlib.contextmanager
def xlsx_workbook(temporary: Path) -> Iterator[xlsxwriter.Workbook]:
    """An XlsxWriter workbook writing to `temporary`, saved when the block ends normally.

    `temporary` comes from `atomic_write`: XlsxWriter's scratch files (constant-memory rows, the parts of the
    zip) go to its work folder, which is removed on every exit, instead of the system's temp folder. A write
    error comes out as the OSError behind it, for `atomic_write` to name (disk full, no permission); any
    other refusal of XlsxWriter (a part over 4 GB, …) as an OSError carrying its text.
    """
    sink = _WorkbookFile(temporary)
    book = xlsxwriter.Workbook(
        sink,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "tmpdir": str(temporary.parent),
        },
    )
    try:
        yield book
        book.close()
        sink.close()
    except FileCreateError as error:
        cause = error.args[0] if error.args else None
        if isinstance(cause, OSError):
            raise cause from None
        raise OSError(0, str(error)) from None
    except XlsxWriterException as error:
        raise OSError(0, str(error)) from None
    finally:
        _release(book, sink)


def _release(book: xlsxwriter.Workbook, sink: _WorkbookFile) -> None:
    """Close every file XlsxWriter left open after a failure, so its scratch files can be removed (Windows
    cannot delete an open file) and no buffered bytes are written later by a finaliser."""
    for sheet in book.worksheets():
        for handle in (getattr(sheet, "row_data_fh", None), getattr(sheet, "fh", None)):
            if handle is not None:
                with contextlib.suppress(OSError, ValueError):
                    handle.close()
    sink.discard()


class _ReportWriter:
    def __init__(
        self, result: AnalysisResult, book: xlsxwriter.Workbook, options: ExportOptions, progress: Progress
    ) -> None:
        self.result = result
        self.text = labels(options.language)
        self.words = formula_words(options.language)
        self.options = options
        self.progress = progress
        self.book = book
        self.bold = book.add_format({"bold": True})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.header = book.add_format(
            {"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.money = book.add_format({"num_format": money_format(options.currency or result.settings.currency)})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.number = book.add_format({"num_format": "#,##0.00"})
        self.integer = book.add_format({"num_format": "#,##0"})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        # true/false cells stay booleans (filterable); LibreOffice would show them as 1/0, so name them in words
        yes, no = (self.text[key].replace('"', "") for key in ("yes", "no"))
        self.boolean = book.add_format({"num_format": f'"{yes}";"{yes}";"{no}"'})
        self.input = book.add_format({"bg_color": "#FFF2CC", "border": 1, "num_format": "0.00"})
        self.input_percent = book.add_format({"bg_color": "#FFF2CC", "border": 1, "num_format": "0.0%"})
        self.input_money = book.add_format(
            {
                "bg_color": "#FFF2CC",
                "border": 1,
                "num_format": money_format(options.currency or result.settings.currency),
            }
        )
        self.note = book.add_format({"font_color": "#595959", "italic": True})
        self.sheet_names = {key: self.text[key][:31] for key in ("Summary", "Calculator", "Periods", "Cohorts",
                                                                 "Customers", "Channels", "Segments", "Rejected",
                                                                 "Charts")}  # fmt: skip

    def write(self) -> None:
        steps = [
            (self._summary, 0.05), (self._calculator, 0.08), (self._periods, 0.12), (self._cohorts, 0.18),
            (self._channels, 0.2), (self._segments, 0.22), (self._rejections, 0.25),
            (lambda progress: write_drivers_sheet(self, progress), 0.26), (self._customers, 0.9),
            (self._charts, 0.95),
        ]  # fmt: skip
        start = 0.0
        for step, end in steps:
            step(self.progress.part(start, end))
            start = end

    # -- helpers ---------------------------------------------------------------------------------------------
    def _ref(self, sheet: str, row: int, column: int) -> str:
        return f"'{self.sheet_names[sheet]}'!{xl_rowcol_to_cell(row, column, row_abs=True, col_abs=True)}"

    def _labelled_sheet(self, key: str, label_width: int) -> Any:
        """A sheet of labelled rows (label, value, words), as the Summary and the Calculator are. The formulas in
        words are long: it prints landscape, as wide as one page, so the value keeps its words."""
        sheet = self.book.add_worksheet(self.sheet_names[key])
        sheet.set_column(0, 0, label_width)
        sheet.set_column(1, 1, 16)
        sheet.set_column(2, 2, 95)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        return sheet

    def _labelled_row(
        self, sheet: Any, row: int, name: str, value: Any, cell_format: Any = None, *, formula: str = "", note: str = ""
    ) -> str:
        """One row of the Summary or the Calculator: the label in the report's language, the value, and a note.

        A live `formula` keeps the model's value as its cached result, so a reader that does not calculate still
        shows the number; a missing value leaves the cell blank (still formatted, for an owner to type into).
        Returns the value's cell, for formulas that refer to it.
        """
        sheet.write_string(row, 0, self.text[name])
        value = _value(value)
        if formula:
            sheet.write_formula(row, 1, formula, cell_format, value if value is not None else "")
        elif value is not None:
            sheet.write_number(row, 1, value, cell_format)
        else:
            sheet.write_blank(row, 1, None, cell_format)
        if note:
            sheet.write_string(row, 2, note, self.note)
        return xl_rowcol_to_cell(row, 1)

    def _name(self, name: str, sheet: str, row: int, column: int) -> None:
        self.book.define_name(name, "=" + self._ref(sheet, row, column))

    def _format_for(self, column: str) -> Any:
        if column in MONEY_COLUMNS or column.startswith("cumulative"):
            return self.money
        if column in SHARE_COLUMNS:
            return self.percent
        return None

    def _table(self, sheet: Any, frame: pd.DataFrame, first_row: int, progress: Progress | None = None) -> int:
        """Write a frame under a header row, cell by cell in row order; returns the next free row."""
        columns = list(frame.columns)
        headers = [clean_text(column_label(str(column), self.options.language)) for column in columns]
        sheet.write_row(first_row, 0, headers, self.header)
        formats = [self._format_for(str(column)) for column in columns]
        data = []
        for column in columns:
            values = frame[column]
            if pd.api.types.is_datetime64_any_dtype(values):
                data.append(("date", [None if pd.isna(v) else v.to_pydatetime() for v in values]))
            elif pd.api.types.is_bool_dtype(values):
                data.append(("bool", values.tolist()))
            elif pd.api.types.is_numeric_dtype(values):
                data.append(("number", [_value(v) for v in values.to_numpy()]))
            else:
                data.append(
                    (
                        "text",
                        [
                            None if v is None or (isinstance(v, float) and math.isnan(v)) else clean_text(v)
                            for v in values.tolist()
                        ],
                    )
                )
        rows = len(frame)
        for index in range(rows):
            row = first_row + 1 + index
            for position, (kind, values) in enumerate(data):
                value = values[index]
                if value is None:
                    continue
                if kind == "text":
                    sheet.write_string(row, position, value)
                elif kind == "date":
                    sheet.write_datetime(row, position, value, self.date)
                elif kind == "bool":
                    sheet.write_boolean(row, position, bool(value), self.boolean)
                else:
                    sheet.write_number(row, position, value, formats[position])
            if progress is not None and index % CHUNK_ROWS == 0:
                progress.update(index / max(rows, 1))
        return first_row + 1 + rows

    # -- sheets ----------------------------------------------------------------------------------------------
    def _summary(self, progress: Progress) -> None:
        t, result, summary = self.text, self.result, self.result.summary
        settings = result.settings
        sheet = self._labelled_sheet("Summary", 44)
        sheet.write_string(0, 0, t["title"], self.title)
        sheet.write_string(1, 0, t["as_of"])
        sheet.write_datetime(1, 1, dt.datetime.combine(result.as_of, dt.time()), self.date)
        # where every source row went (docs/metrics.md 2.1, 2.2): used, held out after as_of, or rejected
        rows_accounted = [
            ("rows_used", result.rows_used, ""),
            ("rows_after_as_of", result.rows_after_as_of, ""),
            ("rows_rejected", len(result.rejections), self.sheet_names["Rejected"]),
        ]
        if self.options.spend_rejections:
            rows_accounted.append(
                ("spend_rows_rejected", len(self.options.spend_rejections), self.sheet_names["Rejected"])
            )
        for row, (name, count, note) in enumerate(rows_accounted, start=2):
            self._labelled_row(sheet, row, name, count, self.integer, note=note)
        first_input_row = 2 + len(rows_accounted) + 2
        sheet.write_string(first_input_row - 1, 0, t["inputs"], self.bold)
        inputs = [
            ("margin", settings.margin, self.input_percent, self.words["note_margin"]),
            ("discount_rate", settings.discount_rate, self.input_percent, self.words["note_discount_rate"]),
            ("max_lifespan_years", settings.max_lifespan_years, self.input, self.words["note_max_lifespan_years"]),
            ("periods_per_year", summary.periods_per_year, self.integer, self.words[settings.period]),
        ]
        cells: dict[str, str] = {}
        row = first_input_row
        for name, value, cell_format, note in inputs:
            cells[name] = self._labelled_row(sheet, row, name, value, cell_format, note=note)
            if name != "periods_per_year":
                self._name(name, "Summary", row, 1)
            row += 1
        # the inactivity threshold the analysis used and what the data says about it (docs/metrics.md 2.3.1):
        # a fact of the analysis, not an input, since changing it re-counts every period
        threshold = result.threshold
        sheet.write_string(row, 0, t["churn_days"])
        sheet.write_number(row, 1, threshold.days, self.integer)
        sheet.write_string(row, 2, clean_text(threshold.sentence(self.options.language)), self.note)
        self._name("churn_days", "Summary", row, 1)
        row += 1
        sheet.write_string(row, 0, t["churn_days_return_share"])
        if threshold.return_share is not None:
            sheet.write_number(row, 1, threshold.return_share, self.percent)
        self._name("churn_days_return_share", "Summary", row, 1)
        row += 1
        row += 1
        sheet.write_string(row, 0, t["aggregates"], self.bold)
        row += 1
        window = summary.window_periods
        sheet.write_string(row, 0, t["window"])
        sheet.write_string(row, 1, f"{window[0]} – {window[-1]}" if window else "–")
        row += 1
        aggregates: list[tuple[str, float | None, Any]] = [
            ("window_active_start", summary.window_active_start, self.integer),
            ("window_active_end", summary.window_active_end, self.integer),
            ("window_lost", summary.window_lost, self.integer),
            ("window_new", summary.window_new, self.integer),
            ("window_reactivated", summary.window_reactivated, self.integer),
            ("window_revenue", summary.window_revenue, self.money),
            ("window_orders", summary.window_orders, self.integer),
            ("window_spend", summary.window_spend, self.money),
            ("window_gross_profit", summary.window_gross_profit, self.money),
        ]
        for name, amount, cell_format in aggregates:
            cells[name] = self._labelled_row(sheet, row, name, amount, cell_format)
            row += 1
        row += 1
        sheet.write_string(row, 0, t["metrics"], self.bold)
        sheet.write_row(row + 1, 0, [t["name"], t["value"], t["formula"]], self.header)
        row += 2
        cells.update({name: xl_rowcol_to_cell(row + index, 1) for index, (name, _, _) in enumerate(SUMMARY_METRICS)})
        for name, formula, kind in SUMMARY_METRICS:
            live = formula.format(**cells) if formula else ""
            value = getattr(summary, name)
            self._labelled_row(sheet, row, name, value, getattr(self, kind), formula=live, note=self.words[name])
            self._name(name, "Summary", row, 1)
            row += 1
        predictive_notices = self.result.predictive.warnings if self.result.predictive is not None else ()
        for notice in (*summary.warnings, *predictive_notices):
            row += 1
            sheet.write_string(row, 0, clean_text(notice_text(notice, self.options.language)), self.note)
        progress.update(1.0)

    def _calculator(self, progress: Progress) -> None:
        t, summary, settings = self.text, self.result.summary, self.result.settings
        inputs = self.options.calculator_inputs or inputs_from_summary(summary, settings)
        computed = calculate(inputs) if inputs is not None else None
        sheet = self._labelled_sheet("Calculator", 34)
        sheet.write_string(0, 0, t["calc_inputs"], self.bold)
        if inputs is not None and computed is not None:
            known: dict[str, float | None] = {
                "aov": inputs.aov, "frequency": inputs.frequency, "lifespan_years": computed.lifespan_years,
                "gross_margin": inputs.gross_margin, "retention_cost": inputs.retention_cost,
                "discount_rate": inputs.discount_rate, "cac": computed.cac,
            }  # fmt: skip
        else:
            # too little history for churn: never invent numbers; the owner types the missing ones (docs/metrics.md 1)
            known = {"aov": summary.aov, "frequency": None, "lifespan_years": None, "gross_margin": settings.margin,
                     "retention_cost": 0.0, "discount_rate": settings.discount_rate, "cac": summary.cac}  # fmt: skip
            sheet.write_string(0, 2, t["calc_fill_in"], self.note)
        inputs_rows = [
            ("aov", self.input_money), ("frequency", self.input), ("lifespan_years", self.input),
            ("gross_margin", self.input_percent), ("retention_cost", self.input_money),
            ("discount_rate", self.input_percent), ("cac", self.input_money),
        ]  # fmt: skip
        at = {
            name: self._labelled_row(sheet, index, name, known[name], cell_format)
            for index, (name, cell_format) in enumerate(inputs_rows, start=1)
        }
        # blank, not #DIV/0!, until aov, purchases a year and lifespan are all filled in
        guard = f'=IF(COUNT({at["aov"]},{at["frequency"]},{at["lifespan_years"]})<3,"",'
        base = len(inputs_rows) + 2
        sheet.write_string(base, 0, t["calc_outputs"], self.bold)
        at.update(
            {name: xl_rowcol_to_cell(base + 1 + index, 1) for index, (name, _, _) in enumerate(CALCULATOR_OUTPUTS)}
        )
        for index, (name, formula, kind) in enumerate(CALCULATOR_OUTPUTS, start=base + 1):
            value = getattr(computed, name) if computed is not None else None
            guarded = guard + formula.format(**at)[1:] + ")"
            note = self.words["calc_ltv" if name == "ltv" else name]
            self._labelled_row(sheet, index, name, value, getattr(self, kind), formula=guarded, note=note)
        progress.update(1.0)

    def _periods(self, progress: Progress) -> None:
        sheet = self.book.add_worksheet(self.sheet_names["Periods"])
        frame = self.result.periods
        sheet.set_column(0, len(frame.columns) - 1, 13)
        sheet.freeze_panes(1, 1)
        self._table(sheet, frame, 0)
        self.periods_rows = len(frame)
        self.periods_columns = list(frame.columns)
        progress.update(1.0)

    def _cohorts(self, progress: Progress) -> None:
        t, cohorts = self.text, self.result.cohorts
        sheet = self.book.add_worksheet(self.sheet_names["Cohorts"])
        sheet.set_column(0, 0, 12)
        row = 0
        self.curve_position: tuple[int, int, int] | None = None
        for key, cell_format in (("retention", self.percent), ("cumulative_ltv", self.money)):
            matrix: pd.DataFrame = getattr(cohorts, key)
            sheet.write_string(row, 0, t[key], self.bold)
            row += 1
            sheet.write_row(row, 0, [t["cohort"], t["size"]] + [int(age) for age in matrix.columns], self.header)
            first = row + 1
            for cohort, values in matrix.iterrows():
                row += 1
                sheet.write_string(row, 0, clean_text(cohort))
                sheet.write_number(row, 1, int(cohorts.sizes[cohort]), self.integer)
                for column, value in enumerate(values.to_numpy(), start=2):
                    if not np.isnan(value):
                        sheet.write_number(row, column, float(value), cell_format)
            if len(matrix.columns) and row >= first:
                sheet.conditional_format(first, 2, row, 1 + len(matrix.columns),
                                         {"type": "3_color_scale", "min_color": "#F8696B", "mid_color": "#FFEB84",
                                          "max_color": "#63BE7B"})  # fmt: skip
            row += 2
        curve = cohorts.observed_ltv_curve
        sheet.write_string(row, 0, self.text["chart_ltv"], self.bold)
        row += 1
        sheet.write_row(row, 0, [t["age"], t["cumulative_ltv"]], self.header)
        for age, value in curve.items():
            row += 1
            sheet.write_number(row, 0, int(age))
            if not np.isnan(value):
                sheet.write_number(row, 1, float(value), self.money)
        self.curve_position = (row - len(curve) + 1, row, 1) if len(curve) else None
        progress.update(1.0)

    def _channels(self, progress: Progress) -> None:
        sheet = self.book.add_worksheet(self.sheet_names["Channels"])
        sheet.set_column(0, 6, 16)
        self._table(sheet, self.result.channels, 0)
        self.channel_rows = len(self.result.channels)
        progress.update(1.0)

    def _segments(self, progress: Progress) -> None:
        sheet = self.book.add_worksheet(self.sheet_names["Segments"])
        sheet.set_column(0, 5, 18)
        self._table(sheet, self.result.segments, 0)
        progress.update(1.0)

    def _rejections(self, progress: Progress) -> None:
        t = self.text
        sheet = self.book.add_worksheet(self.sheet_names["Rejected"])
        sheet.set_column(0, 1, 12)
        sheet.set_column(2, 2, 30)
        sheet.set_column(3, 3, 50)
        sheet.write_row(0, 0, [t["row"], t["column"], t["raw"], t["reason"]], self.header)
        if not self.result.rejections:
            sheet.write_string(1, 0, t["no_rejections"], self.note)
        self._rejection_rows(sheet, 1, self.result.rejections)
        if self.options.spend_rejections:
            heading = max(len(self.result.rejections), 1) + 2
            title = t["spend_file"] + (f": {self.options.spend_file}" if self.options.spend_file else "")
            sheet.write_string(heading, 0, clean_text(title), self.bold)
            self._rejection_rows(sheet, heading + 1, self.options.spend_rejections)
        progress.update(1.0)

    def _rejection_rows(self, sheet: Any, first_row: int, rejections: Sequence[Rejection]) -> None:
        for index, rejection in enumerate(rejections, start=first_row):
            sheet.write_number(index, 0, rejection.row)
            sheet.write_string(index, 1, clean_text(rejection.column))
            sheet.write_string(index, 2, clean_text(rejection.value))
            sheet.write_string(index, 3, clean_text(rejection_reason(rejection, self.options.language)))

    def _customers(self, progress: Progress) -> None:
        sheet = self.book.add_worksheet(self.sheet_names["Customers"])
        frame = self.result.customers
        sheet.set_column(0, 0, 30)
        sheet.set_column(1, len(frame.columns) - 1, 13)
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
        self._table(sheet, frame, 0, progress)
        progress.update(1.0)

    def _charts(self, progress: Progress) -> None:
        t = self.text
        sheet = self.book.add_worksheet(self.sheet_names["Charts"])
        sheet.set_landscape()
        sheet.fit_to_pages(1, 1)
        periods_sheet, rows, columns = self.sheet_names["Periods"], self.periods_rows, self.periods_columns
        if rows:
            revenue = self.book.add_chart({"type": "column"})
            revenue.add_series({
                "name": t["revenue"],
                "categories": [periods_sheet, 1, 0, rows, 0],
                "values": [periods_sheet, 1, columns.index("revenue"), rows, columns.index("revenue")],
            })  # fmt: skip
            revenue.set_title({"name": t["chart_revenue"]})
            revenue.set_legend({"none": True})
            sheet.insert_chart("A1", revenue, {"x_scale": 1.4, "y_scale": 1.2})
            churn = self.book.add_chart({"type": "line"})
            for name in ("churn_rate", "retention_rate"):
                churn.add_series({
                    "name": t[name],
                    "categories": [periods_sheet, 1, 0, rows, 0],
                    "values": [periods_sheet, 1, columns.index(name), rows, columns.index(name)],
                })  # fmt: skip
            churn.set_title({"name": t["chart_churn"]})
            churn.set_y_axis({"num_format": "0%"})
            sheet.insert_chart("L1", churn, {"x_scale": 1.4, "y_scale": 1.2})
        if self.curve_position:
            first, last, column = self.curve_position
            cohorts_sheet = self.sheet_names["Cohorts"]
            curve = self.book.add_chart({"type": "line"})
            curve.add_series({
                "name": t["chart_ltv"],
                "categories": [cohorts_sheet, first, 0, last, 0],
                "values": [cohorts_sheet, first, column, last, column],
            })  # fmt: skip
            curve.set_title({"name": t["chart_ltv"]})
            curve.set_x_axis({"name": t["age"]})
            curve.set_legend({"none": True})
            sheet.insert_chart("A20", curve, {"x_scale": 1.4, "y_scale": 1.2})
        if self.channel_rows:
            channels_sheet = self.sheet_names["Channels"]
            ratio_column = list(self.result.channels.columns).index("ltv_cac_ratio")
            bars = self.book.add_chart({"type": "bar"})
            bars.add_series({
                "name": t["ltv_cac_ratio"],
                "categories": [channels_sheet, 1, 0, self.channel_rows, 0],
                "values": [channels_sheet, 1, ratio_column, self.channel_rows, ratio_column],
            })  # fmt: skip
            bars.set_title({"name": t["chart_channels"]})
            bars.set_legend({"none": True})
            sheet.insert_chart("L20", bars, {"x_scale": 1.4, "y_scale": 1.2})
        progress.update(1.0)


def export_tables_csv(result: AnalysisResult, folder: str | Path, language: str = "en") -> list[Path]:
    """Each table as CSV: UTF-8 with BOM (Excel reads it right), `;` for Russian and Polish Excel."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise failure(error, folder) from None
    delimiter = ";" if language in ("ru", "pl") else ","
    decimal = "," if language in ("ru", "pl") else "."
    rejections = pd.DataFrame(
        [(r.row, r.column, r.value, rejection_reason(r, language)) for r in result.rejections],
        columns=["row", "column", "value", "reason"],
    )
    tables: dict[str, pd.DataFrame] = {
        "periods": result.periods,
        "customers": result.customers,
        "channels": result.channels,
        "segments": result.segments,
        "cohort_retention": result.cohorts.retention.reset_index(),
        "cohort_cumulative_ltv": result.cohorts.cumulative_ltv.reset_index(),
        "rejected_rows": rejections,
    }
    written = []
    for name, frame in tables.items():
        path = folder / f"{name}.csv"
        with atomic_write(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter)
            writer.writerow([csv_safe(column) for column in frame.columns])
            for row in frame.itertuples(index=False, name=None):
                writer.writerow([_csv_cell(value, decimal) for value in row])
        written.append(path)
    return written


def _csv_cell(value: Any, decimal: str) -> str:
    value = _value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return repr(value).replace(".", decimal)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, pd.Timestamp | dt.date):
        return value.strftime("%Y-%m-%d")
    return csv_safe(value)


def sheet_names(language: str) -> Sequence[str]:
    text = labels(language)
    return [text[key] for key in ("Summary", "Calculator", "Periods", "Cohorts", "Channels", "Segments", "Rejected",
                                  "Customers", "Charts")]  # fmt: skip


# -- the Drivers sheet (docs/metrics.md section 4) ------------------------------------------------------------
DRIVER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("drivers_tab.column.attribute", "text"), ("drivers_tab.column.value", "text"),
    ("drivers_tab.column.customers", "integer"), ("drivers_tab.column.ltv_12m", "money"),
    ("drivers_sheet.ltv_low", "money"), ("drivers_sheet.ltv_high", "money"), ("drivers_tab.column.lift", "number"),
    ("drivers_sheet.lift_low", "number"), ("drivers_sheet.lift_high", "number"),
    ("drivers_tab.column.repeat_rate", "percent"), ("drivers_tab.column.clear", "boolean"),
    ("drivers_sheet.max_cac", "money"), ("drivers_sheet.in_words", "text"),
)  # fmt: skip
"""The Drivers sheet's columns: the catalogue code of each header and how its cells are written."""


def write_drivers_sheet(writer: _ReportWriter, progress: Progress) -> None:
    """The Drivers sheet: each first product, category, discount code and channel (clear ones first, by
    strength) with its LTV and lift and their 90 % ranges, then the purchase timing; labels in the report's
    language from the message catalogue. Numbers stay numbers (sortable, filterable)."""
    from ltv_desktop.i18n.catalogue import text
    from ltv_desktop.model.drivers import MIN_CUSTOMERS, by_effect, drivers_verdict, money_text

    result, language = writer.result, writer.options.language
    name = text("drivers_sheet.name", language)[:31]
    sheet = writer.book.add_worksheet(name)
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 28)
    sheet.set_column(2, 11, 14)
    sheet.set_column(12, 12, 90)
    sheet.write_string(0, 0, text("drivers_sheet.heading", language), writer.title)
    sheet.write_string(1, 0, text("drivers_sheet.note", language, count=MIN_CUSTOMERS), writer.note)
    sheet.write_row(3, 0, [text(code, language) for code, _ in DRIVER_COLUMNS], writer.header)
    formats = {"integer": writer.integer, "money": writer.money, "number": writer.number, "percent": writer.percent,
               "boolean": writer.boolean}  # fmt: skip
    drivers = by_effect(result.drivers)
    currency = writer.options.currency or result.settings.currency
    row = 4
    for driver in drivers:
        scale = driver.ltv_12m / driver.lift if driver.lift else math.nan
        value = driver.value if driver.value is not None else text("drivers_tab.no_code", language)
        cap = driver.cap_sentence(language, lambda amount: money_text(amount, language, currency))
        sentence = " ".join(part for part in (driver.sentence(language), driver.repeat_sentence(language), cap)
                            if part)  # fmt: skip
        cells = (
            text(f"drivers_tab.attribute.{driver.attribute}", language), value, driver.customers, driver.ltv_12m,
            driver.lift_low * scale, driver.lift_high * scale, driver.lift, driver.lift_low, driver.lift_high,
            driver.repeat_rate, driver.clear, driver.max_cac, sentence,
        )  # fmt: skip
        for column, ((_, kind), cell) in enumerate(zip(DRIVER_COLUMNS, cells, strict=True)):
            if cell is None or (isinstance(cell, float) and not math.isfinite(cell)):
                continue
            if kind == "text":
                sheet.write_string(row, column, clean_text(cell))
            elif kind == "boolean":
                sheet.write_boolean(row, column, bool(cell), formats[kind])
            else:
                sheet.write_number(row, column, float(cell), formats[kind])
        row += 1
    if drivers:
        sheet.autofilter(3, 0, row - 1, len(DRIVER_COLUMNS) - 1)
    verdict = drivers_verdict(drivers, language)
    if verdict:
        sheet.write_string(row, 0, verdict, writer.note)
        row += 1
    row += 1
    timing = result.timing
    if timing is not None:
        sheet.write_string(row, 0, text("drivers_sheet.timing_heading", language), writer.bold)
        parts = (timing.first_to_second, timing.later)
        sheet.write_row(row + 1, 1, [text("drivers_tab.first_to_second", language),
                                     text("drivers_tab.later", language)], writer.header)  # fmt: skip
        lines = (("drivers_sheet.gaps", "gaps", writer.integer), ("drivers_sheet.median_days", "median_days",
                 writer.number), ("drivers_sheet.q1_days", "q1_days", writer.number),
                 ("drivers_sheet.q3_days", "q3_days", writer.number))  # fmt: skip
        row += 2
        for code, field, cell_format in lines:
            sheet.write_string(row, 0, text(code, language))
            for column, part in enumerate(parts, start=1):
                number = getattr(part, field)
                if number is not None:
                    sheet.write_number(row, column, float(number), cell_format)
            row += 1
        sheet.write_string(row, 0, text("drivers_sheet.overdue", language))
        sheet.write_number(row, 1, timing.overdue_customers, writer.integer)
        row += 1
        for sentence in timing.sentences(language):
            sheet.write_string(row, 0, sentence, writer.note)
            row += 1
    sheet.write_string(row, 0, text("drivers_sheet.threshold", language))
    sheet.write_number(row, 1, int(result.threshold.days), writer.integer)
    progress.update(1.0)
