"""One table to one file an owner names: the table of the current view, or the customers table for `-o x.csv`.

CSV is written as Excel opens it by double-click: UTF-8 with a byte-order mark (without it Excel reads
Cyrillic and Polish letters as a legacy code page); in languages that write decimal commas (Russian, Polish)
the delimiter is `;` and decimals are written with a comma, because that is what Excel in those languages
expects (its list separator follows the decimal one); in English `,` and a point. No `sep=` line: Excel then
ignores the byte-order mark. Numbers carry no thousands separators, so they stay numbers; dates are written
as 2024-03-31, which every spreadsheet reads as a date. Text that a spreadsheet would run as a formula gets a
leading quote (`csv_safe`).

XLSX holds the same table on one sheet with numbers as numbers, shown with the given decimals.

Values are rounded half away from zero, as a bookkeeper rounds (2.675 → 2.68), from the shortest decimal
that names the float, not from its binary expansion (which would give 2.67).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.io.atomic import atomic_write
from ltv_desktop.io.export import (
    CHUNK_ROWS,
    MONEY_COLUMNS,
    SHARE_COLUMNS,
    check_sheet_rows,
    clean_text,
    csv_safe,
    export_path_kind,
    xlsx_workbook,
)
from ltv_desktop.io.export_labels import column_label, labels
from ltv_desktop.model.progress import NO_PROGRESS, Progress
from ltv_desktop.model.result import AnalysisResult

DECIMAL_COMMA_LANGUAGES = frozenset({"ru", "pl"})
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def csv_conventions(language: str) -> tuple[str, str]:
    """(delimiter, decimal separator) of a CSV file for owners of `language`."""
    return (";", ",") if language in DECIMAL_COMMA_LANGUAGES else (",", ".")


def round_half_up(value: float, decimals: int) -> Decimal:
    """`value` rounded to `decimals` places, halves away from zero, from its shortest decimal form."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def default_decimals(frame: pd.DataFrame) -> dict[str, int]:
    """Decimals a table of ours is shown with: money 2, shares (0–1) 4, other fractional numbers 2."""
    decimals = {}
    for column in frame.columns:
        name = str(column)
        if name in SHARE_COLUMNS:
            decimals[name] = 4
        elif name in MONEY_COLUMNS or pd.api.types.is_float_dtype(frame[column]):
            decimals[name] = 2
    return decimals


@dataclass(frozen=True)
class _Table:
    """What the CSV and the XLSX writer both need: the columns of `frame` named in `headers` (in its order,
    under its texts), the decimals of the rounded columns and the language of the words for true/false."""

    frame: pd.DataFrame
    headers: Mapping[str, str]
    decimals: Mapping[str, int]
    language: str

    @property
    def columns(self) -> list[str]:
        return list(self.headers)

    def yes_no(self) -> tuple[str, str]:
        """True and false in words; without quotes, which would end the literal of an Excel number format."""
        words = labels(self.language)
        return words["yes"].replace('"', ""), words["no"].replace('"', "")

    def rows(self, progress: Progress, share: float) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(index from 0, values) of each row; every CHUNK_ROWS rows the writer's `share` of the progress moves."""
        total = len(self.frame)
        for index, row in enumerate(self.frame[self.columns].itertuples(index=False, name=None)):
            yield index, row
            if index % CHUNK_ROWS == 0:
                progress.update(share * index / max(total, 1))


def export_table(
    frame: pd.DataFrame,
    headers: Mapping[str, str],
    path: str | Path,
    decimals: Mapping[str, int],
    *,
    language: str = "en",
    overwrite: bool = False,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write the columns named in `headers` (in its order, under its texts) of `frame` to `path`.

    The ending of `path` picks CSV or XLSX (`export_path_kind`; anything else is refused). Numbers of a column
    in `decimals` are rounded to that many places; `language` sets the CSV delimiter and decimal mark and the
    words for true/false. An existing file is replaced only with `overwrite=True` (else TargetExists). The file
    gets the mode any new file of the owner gets (0644 with the usual umask). Raises ExportFailed subclasses
    or Cancelled; a header naming no column of `frame` is a programming error (KeyError).
    """
    target = Path(path)
    kind = export_path_kind(target)
    missing = [column for column in headers if column not in frame.columns]
    if missing:
        raise KeyError(f"columns not in the table: {missing}")
    table = _Table(frame, headers, decimals, language)
    if kind == "xlsx":
        check_sheet_rows(len(frame) + 1, target)
    with atomic_write(target, overwrite=overwrite) as temporary:
        if kind == "csv":
            _write_csv(table, temporary, progress)
        else:
            _write_xlsx(table, temporary, target.stem, progress)
    progress.update(1.0)
    return target


def export_customers(
    result: AnalysisResult,
    path: str | Path,
    language: str = "en",
    *,
    overwrite: bool = True,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """The customers table of an analysis, headers in `language`, as CSV or XLSX by the ending of `path`."""
    frame = result.customers
    headers = {str(column): column_label(str(column), language) for column in frame.columns}
    return export_table(
        frame, headers, path, default_decimals(frame), language=language, overwrite=overwrite, progress=progress
    )


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    return isinstance(value, float) and not math.isfinite(value)


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value it holds; NaN, NaT and infinities as None."""
    if isinstance(value, np.generic):
        value = value.item()
    return None if _is_missing(value) else value


def _csv_converter(decimals: int | None, decimal_mark: str, yes: str, no: str) -> Callable[[Any], str]:
    def convert(raw: Any) -> str:
        value = _plain(raw)
        if value is None:
            return ""
        if isinstance(value, bool):
            return yes if value else no
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if decimals is None:
                return repr(value).replace(".", decimal_mark)
            text = f"{round_half_up(value, decimals):f}"
            if text.startswith("-") and not text.strip("-0."):
                text = text[1:]  # -0.00 is 0.00 to an owner
            return text.replace(".", decimal_mark)
        if isinstance(value, dt.datetime | pd.Timestamp):
            return value.strftime("%Y-%m-%d" if value.time() == dt.time() else "%Y-%m-%d %H:%M:%S")
        if isinstance(value, dt.date):
            return value.isoformat()
        return csv_safe(value)

    return convert


def _write_csv(table: _Table, temporary: Path, progress: Progress) -> None:
    delimiter, decimal_mark = csv_conventions(table.language)
    yes, no = table.yes_no()
    converters = [_csv_converter(table.decimals.get(column), decimal_mark, yes, no) for column in table.columns]
    with open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow([csv_safe(table.headers[column]) for column in table.columns])
        for _, row in table.rows(progress, 0.95):
            writer.writerow([convert(value) for convert, value in zip(converters, row, strict=True)])


def sheet_name(stem: str) -> str:
    """A sheet name from the file's name: characters Excel forbids removed, at most 31, never empty."""
    name = SHEET_NAME_FORBIDDEN.sub(" ", stem).strip().strip("'")[:31].strip()
    return name if name and name.lower() != "history" else "Table"


def _write_xlsx(table: _Table, temporary: Path, stem: str, progress: Progress) -> None:
    frame, columns, headers, decimals = table.frame, table.columns, table.headers, table.decimals
    rows = len(frame)
    with xlsx_workbook(temporary) as book:
        sheet = book.add_worksheet(sheet_name(stem))
        header = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True, "valign": "top"})
        date = book.add_format({"num_format": "yyyy-mm-dd"})
        moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        yes, no = table.yes_no()
        boolean = book.add_format({"num_format": f'"{yes}";"{yes}";"{no}"'})
        number_formats = {
            column: book.add_format({"num_format": "#,##0" + ("." + "0" * places if places else "")})
            for column, places in decimals.items()
            if column in columns
        }
        sample = frame[columns].head(200)
        for position, column in enumerate(columns):
            longest = max([len(str(headers[column]))] + [len(str(value)) for value in sample[column].tolist()])
            sheet.set_column(position, position, min(max(longest + 2, 8), 60))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(rows, 1), max(len(columns) - 1, 0))
        sheet.write_row(0, 0, [clean_text(headers[column]) for column in columns], header)
        for offset, row in table.rows(progress, 0.9):
            index = offset + 1  # below the header
            for position, (column, raw) in enumerate(zip(columns, row, strict=True)):
                value = _plain(raw)
                if value is None:
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(index, position, value, boolean)
                elif isinstance(value, int | float):
                    places = decimals.get(column)
                    if places is not None and isinstance(value, float):
                        value = float(round_half_up(value, places)) + 0.0  # + 0.0: never a -0.00
                    sheet.write_number(index, position, value, number_formats.get(column))
                elif isinstance(value, dt.datetime | pd.Timestamp):
                    stamp = value.to_pydatetime() if isinstance(value, pd.Timestamp) else value
                    sheet.write_datetime(index, position, stamp.replace(tzinfo=None), moment if stamp.time() else date)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(index, position, dt.datetime.combine(value, dt.time()), date)
                else:
                    sheet.write_string(index, position, clean_text(value))


__all__ = [
    "csv_conventions",
    "default_decimals",
    "export_customers",
    "export_path_kind",
    "export_table",
    "round_half_up",
    "sheet_name",
]
