"""From a sales export to the canonical table of docs/metrics.md 2.1, or exactly why not.

Steps: read the file as a grid of cells (readers), find the header row below
any title lines (the row that looks most like column names), map columns to
roles, skip blank, total and subtotal rows (listed, and reconciled where a
total is printed), parse customers, dates and amounts, and reject every row
that cannot be used with its row number, column, raw value and reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import say
from ltv_desktop.io.cells import blank_missing, is_missing_bytes, is_missing_value
from ltv_desktop.io.dates import DATE_RANGE, human_format, parse_dates
from ltv_desktop.io.errors import EmptyFile, MissingColumn, UnreadableFile, column_list
from ltv_desktop.io.line_items import (
    apply_statuses,
    collapse_repeated_totals,
    continuation_rows,
    fill_from,
    notice,
    sanity_notices,
)
from ltv_desktop.io.mapping import (
    SAMPLE_ROWS,
    RoleChoice,
    RoleMapping,
    choose_roles,
    header_score,
    normalize,
    unique_headers,
)
from ltv_desktop.io.numbers import parse_amounts
from ltv_desktop.io.readers import (
    HEADER_SEARCH_ROWS,
    Grid,
    as_texts,
    column_texts,
    encoding_notice,
    encoding_to_retry,
    read_grid,
)
from ltv_desktop.model.errors import LtvError, NoUsableData
from ltv_desktop.model.progress import NO_PROGRESS, Progress
from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import (
    SOURCE_ROW,
    Rejection,
    Transactions,
    make_transactions,
    missing_texts,
    rejection,
)

TOTAL_WORDS = (
    "итого", "всего", "итог", "razem", "suma", "total", "totals", "subtotal", "grand total", "summe", "gesamt",
    "усього", "разом", "всього",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class ImportOptions:
    """What the user may override; None means "find out from the file"."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    columns: Mapping[str, str] = dataclasses.field(default_factory=dict)
    dayfirst: bool | None = None
    locale: str | None = None


@dataclasses.dataclass(frozen=True)
class SkippedRow:
    """A row that is not a sale and was skipped on purpose: blank, a title, a total or subtotal, a group
    heading, or an order whose status says it was no sale (kind "status", text the status)."""

    row: int
    kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class ImportReport:
    """What was detected and decided; the JSON `input` block and the Data tab show it."""

    path: str
    format: str
    sheet: str | None
    sheets: tuple[str, ...]
    encoding: str | None
    delimiter: str | None
    decimal: str | None
    thousands: str | None
    date_format: str | None
    header_row: int
    columns: tuple[str, ...]
    mapping: dict[str, str]
    skipped: tuple[SkippedRow, ...]
    warnings: tuple[Notice, ...]
    """Each with a code, so the Data tab and the export show it in the user's language."""
    rows_read: int
    currency: str | None = None
    mapping_reasons: dict[str, RoleChoice] = dataclasses.field(default_factory=dict)
    """Per role: the column chosen, the reason code and the confidence (high, medium, low)."""

    @property
    def date_format_shown(self) -> str | None:
        """The date format as an owner writes it (`dd.mm.yyyy`), for the Data tab."""
        return human_format(self.date_format) if self.date_format else None

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["sheets"] = list(self.sheets)
        data["columns"] = list(self.columns)
        data["skipped"] = [row.to_dict() for row in self.skipped]
        data["warnings"] = [notice.message for notice in self.warnings]
        data["mapping_reasons"] = {role: choice.to_dict() for role, choice in self.mapping_reasons.items()}
        return data


@dataclasses.dataclass(frozen=True)
class ImportResult:
    transactions: Transactions
    report: ImportReport


@dataclasses.dataclass(frozen=True)
class SpendResult:
    """Marketing spend (date, amount[, channel]) and what could not be read."""

    frame: pd.DataFrame
    rejections: tuple[Rejection, ...]
    report: ImportReport


@dataclasses.dataclass(frozen=True)
class Preview:
    """The first rows under their headers, what was detected, and the automatic mapping (may be partial)."""

    report: ImportReport
    rows: pd.DataFrame
    mapping: dict[str, str]
    error: str | None
    problem: MissingColumn | None = None
    """The error itself, so the window can say it in the user's language."""


@dataclasses.dataclass
class _Table:
    grid: Grid
    header_index: int
    headers: list[str]
    body: pd.DataFrame
    body_rows: np.ndarray
    skipped: list[SkippedRow]
    has_header: bool = True


def _error(kind: type[LtvError], code: str, **params: Any) -> LtvError:
    """An error carrying its code and params; its English `message` is the catalogue's sentence for them."""
    return kind(say(_Coded(code, params), "en"), code, params)


def _every_row_rejected(name: str, rejections: list[Rejection]) -> LtvError:
    """No row of the file could be used: how many were rejected, and the first of them with its reason."""
    first = min(rejections, key=lambda rejection: rejection.row)
    return _error(NoUsableData, "every_row_rejected", name=name, rejected=len(rejections), first=first)


@dataclasses.dataclass(frozen=True)
class _Coded:
    """A code and its params, in the shape `say` renders (it also spells out a rejection given as a param)."""

    code: str
    params: dict[str, Any]


DATA_LIKE = r"^[-+]?[\d\s.,:/-]+$"
"""A cell of digits and separators only (an amount, a date, a code): what a header row does not hold."""


def _find_header(grid: Grid, header_row: int | None) -> tuple[int, bool]:
    """The position of the header row, and False when the file has none (its first row is already data)."""
    if header_row is not None:
        positions = np.flatnonzero(grid.row_numbers == header_row)
        if not len(positions):
            raise _error(UnreadableFile, "no_such_row", row=header_row)
        return int(positions[0]), True
    top = as_texts(grid.cells.head(HEADER_SEARCH_ROWS))
    scores = [header_score(row) for row in top.itertuples(index=False, name=None)]
    if scores and max(scores) > 0:
        return int(np.argmax(scores)), True
    filled = [
        [str(cell).strip() for cell in row if str(cell).strip()] for row in top.itertuples(index=False, name=None)
    ]
    first = next((i for i, cells in enumerate(filled) if len(cells) >= 2), 0)
    cells = pd.Series(filled[first] if filled else [], dtype=object)
    looks_like_data = len(cells) >= 2 and cells.str.match(DATA_LIKE).mean() >= 0.5
    return first, not looks_like_data


def _is_blank(frame: pd.DataFrame, texts: _Texts | None = None) -> np.ndarray:
    """Rows with nothing but empty or whitespace cells.

    Exact emptiness is one vectorised comparison per column; only rows that
    are partly empty (where a whitespace-only cell can hide) are trimmed and
    looked at again. A row of whitespace in every cell is not caught here: it
    is rejected later with its row number, so it is still not lost silently.
    When the reader showed every cell is a `str` with nothing to trim (readers.Grid.trimmed), no cell is NaN
    and none is whitespace only: the comparisons alone decide. Then the first column is compared whole (`texts`
    keeps it for the later checks) and each next one only in the rows still empty.
    """
    if texts is not None and texts.trimmed and len(frame.columns):
        first, *others = frame.columns
        blank = texts.empty(first).copy()
        for column in others:
            rows = np.flatnonzero(blank)
            blank[rows] = texts.at(column, rows).to_numpy(dtype=object) == ""
        return blank
    count = np.zeros(len(frame), dtype=np.int64)
    for column in frame.columns:
        cells = frame[column].to_numpy(dtype=object)
        count += (cells != "") & ~missing_texts(cells)  # numpy's comparison: no per-cell overhead of Series.ne
    blank = count == 0
    partly = np.flatnonzero((count > 0) & (count < len(frame.columns)))
    if len(partly):
        really = np.zeros(len(partly), dtype=bool)
        for column in frame.columns:
            really |= (_text(frame[column].iloc[partly]) != "").to_numpy()
        blank[partly] = ~really
    return blank


def _load(path: Path, options: ImportOptions, preview: bool = False, keep_bytes: bool = False) -> _Table:
    """The grid's header, body and the title rows above the header. With `keep_bytes` the body may hold columns
    still in bytes (`read_grid`): the header and title rows are texts either way."""
    grid = read_grid(Path(path), options.sheet, options.encoding, options.delimiter, preview, keep_bytes)
    if grid.cells.empty and grid.damaged:  # every line broke the table's structure: say so, with the first
        raise _every_row_rejected(Path(path).name, grid.damaged)
    if grid.cells.empty:
        raise _error(EmptyFile, "no_rows", name=Path(path).name)
    header_index, has_header = _find_header(grid, options.header_row)
    top = as_texts(grid.cells.iloc[: header_index + 1])
    if has_header:
        headers, renamed = unique_headers(list(top.iloc[header_index]))
    else:
        headers, renamed = [f"Column {position + 1}" for position in range(grid.cells.shape[1])], []
    if renamed:
        grid.warnings.append(notice("duplicate_columns", columns=column_list(renamed)))
    while (
        headers
        and headers[-1].startswith("Column ")
        and (column_texts(grid.cells.iloc[:, len(headers) - 1]).astype(str).str.strip() == "").all()
    ):
        headers.pop()  # trailing empty columns carry nothing
    start = header_index + 1 if has_header else header_index
    body = grid.cells.iloc[start:, : len(headers)].reset_index(drop=True)
    body.columns = headers
    body_rows = grid.row_numbers[start:]
    skipped = [
        SkippedRow(int(grid.row_numbers[i]), "title", " ".join(str(c) for c in top.iloc[i] if str(c).strip()))
        for i in range(header_index)
        if any(str(c).strip() for c in top.iloc[i])
    ]
    return _Table(grid, header_index, headers, body, body_rows, skipped, has_header)


def _roles(table: _Table, options: ImportOptions, required: tuple[str, ...] | None = None) -> RoleMapping:
    """The roles of a table's columns, judged on its first rows that are not blank."""
    head = as_texts(table.body.head(SAMPLE_ROWS * 2))
    sample = head[~_is_blank(head)] if len(head) else head
    kwargs: dict[str, Any] = {"required": required} if required is not None else {}
    return choose_roles(
        table.headers, sample, dict(options.columns), typed=table.grid.typed, date1904=table.grid.date1904,
        dayfirst=options.dayfirst, locale=options.locale, **kwargs,
    )  # fmt: skip


def _cell_text(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _text(values: pd.Series) -> pd.Series:
    """Cells as trimmed text; whole numbers without '.0' (customer codes and order numbers from workbooks).

    Worked out once per distinct value: exports repeat customers, dates and documents a lot.
    A column of text cells (every CSV) is trimmed directly: cheaper than finding a million distinct order numbers;
    when no cell needed trimming, the column itself comes back, not a copy. `str.strip` returns a shorter text
    exactly when it trims, so comparing the lists (one C loop that takes identical objects as equal) shows it at a
    third of the cost of an identity test per cell; the cells are `str` itself (pandas' parser, csv, calamine).
    """
    cells = values.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(cells, skipna=False) == "string":
        listed = cells.tolist()
        trimmed = list(map(str.strip, listed))
        if values.dtype == object and trimmed == listed:
            return values
        return pd.Series(trimmed, index=values.index, dtype=object)
    codes, uniques = pd.factorize(values, sort=False, use_na_sentinel=False)
    if all(isinstance(cell, str) for cell in uniques[:1000]) and pd.api.types.infer_dtype(uniques) == "string":
        texts = pd.Series(uniques, dtype=object).str.strip().to_numpy(dtype=object)
    else:
        texts = np.array([_cell_text(cell) for cell in uniques], dtype=object)
    return pd.Series(texts[codes], index=values.index, dtype=object)


class _Texts:
    """The trimmed text (`_text`) of a table's columns for one read, each whole column trimmed at most once.

    A whole column asked for is kept for the rest of the read; a few rows of a column not trimmed whole
    (the rows a check looks at are usually a handful) are trimmed on their own, or taken from the kept column.
    """

    def __init__(self, body: pd.DataFrame, trimmed: bool = False) -> None:
        self._body = body
        self._whole: dict[str, pd.Series] = {}
        self._empty: dict[str, np.ndarray] = {}
        self.trimmed = trimmed
        """The reader showed that no cell has anything to trim (readers.Grid.trimmed): each column is its text."""

    def column(self, name: str) -> pd.Series:
        """The whole column as trimmed text."""
        if name not in self._whole:
            self._whole[name] = column_texts(self._body[name]) if self.trimmed else _text(self._body[name])
        return self._whole[name]

    def empty(self, name: str) -> np.ndarray:
        """Where the whole column's trimmed text is empty; kept, since several checks ask (do not modify it)."""
        if name not in self._empty:
            cells = self._body[name]
            if cells.dtype.kind == "S":  # still bytes (readers.read_grid): an empty cell is b""
                self._empty[name] = cells.to_numpy() == b""
            else:
                self._empty[name] = self.column(name).to_numpy(dtype=object) == ""
        return self._empty[name]

    def missing(self, name: str) -> np.ndarray:
        """Where the whole column is empty or a missing-value token (`blanked`'s mask), its texts not made when
        it is still bytes."""
        cells = self._body[name]
        if cells.dtype.kind == "S":
            return self.empty(name) | is_missing_bytes(cells.to_numpy())
        return self.blanked(name)[1]

    def blanked(self, name: str) -> tuple[pd.Series, np.ndarray]:
        """`blank_missing` of the whole column, and where it is empty (the kept mask when no token was found)."""
        values = self.column(name)
        blanked = blank_missing(values)
        if blanked is values:
            return values, self.empty(name)
        return blanked, blanked.to_numpy(dtype=object) == ""

    def forget(self) -> None:
        """Let the cells and the trimmed columns go (the read is done with them)."""
        self._body, self._whole, self._empty = pd.DataFrame(), {}, {}

    def at(self, name: str, rows: np.ndarray) -> pd.Series:
        """The trimmed text of some rows of a column (positions or a mask of the body's rows)."""
        if name in self._whole:
            return self._whole[name].iloc[rows]
        cells = self._body[name].iloc[rows]
        return column_texts(cells) if self.trimmed else _text(cells)


def _is_total_word(text: str) -> bool:
    word = normalize(text)
    return any(word == total or word.startswith(total + " ") for total in TOTAL_WORDS)


def _total_rows(body: pd.DataFrame, mapping: dict[str, str], candidates: np.ndarray,
                texts: _Texts | None = None) -> np.ndarray:  # fmt: skip
    """Rows that print a total (Итого, Razem, Total for …) in the customer or the first column.

    Only `candidates` are looked at: a total row carries no sale date, so the
    check runs on the few rows whose date did not read, not on a million sales.
    """
    is_total = np.zeros(len(body), dtype=bool)
    positions = np.flatnonzero(candidates)
    texts = texts or _Texts(body)
    for column in {mapping["customer_id"], body.columns[0]}:
        found = texts.at(column, positions)
        is_total[positions] |= np.array([_is_total_word(text) for text in found], dtype=bool)
    return is_total


def _says_missing(raw: pd.Series) -> np.ndarray:
    """Cells with nothing in them or a missing-value token (`NA`, `#N/A`, `null`, `-`, `nan`): an empty value,
    not a value that failed to read."""
    return _missing(_text(raw))


def _missing(texts: pd.Series) -> np.ndarray:
    """`_says_missing` of cells already trimmed."""
    return is_missing_value(texts.to_numpy(dtype=object))


def _absent_as_nan(values: pd.Series, empty: np.ndarray) -> np.ndarray:
    """Texts (missing-value tokens already blanked) with empty cells as NaN (no value), in an array of their own.

    Most columns have no empty cell: then the array is copied as it is rather than masked (a pandas mask of a
    million cells costs several times more, for the same values).
    """
    if not empty.any():
        return values.to_numpy(dtype=object, copy=True)
    return values.mask(empty).to_numpy()


def _reject(rows: np.ndarray, column: str, raw: pd.Series, code: str, **params: str) -> list[Rejection]:
    return [
        rejection(int(row), column, "" if value is None else str(value), code, **params)
        for row, value in zip(rows, raw, strict=True)
    ]


def _report(table: _Table, path: Path, mapping: dict[str, str], skipped: list[SkippedRow], warnings: list[Notice],
            rows_read: int, reasons: dict[str, RoleChoice] | None = None, **parsed: Any) -> ImportReport:  # fmt: skip
    grid = table.grid
    return ImportReport(
        path=str(path),
        format=grid.format,
        sheet=grid.sheet,
        sheets=grid.sheets,
        encoding=grid.encoding,
        delimiter=grid.delimiter,
        decimal=parsed.get("decimal"),
        thousands=parsed.get("thousands"),
        date_format=parsed.get("date_format"),
        header_row=int(grid.row_numbers[table.header_index]) if table.has_header else 0,
        columns=tuple(table.headers),
        mapping=dict(mapping),
        skipped=tuple(skipped),
        warnings=tuple(grid.warnings + warnings),
        rows_read=rows_read,
        currency=parsed.get("currency"),
        mapping_reasons=dict(reasons or {}),
    )


class _Amounts:
    """The amount of each row: its amount column, or quantity × unit price when the file has no amount column."""

    def __init__(self, body: pd.DataFrame, roles: dict[str, str], typed: bool) -> None:
        self.column = roles.get("amount")
        if self.column is not None:
            parsed = parse_amounts(body[self.column], typed)
            self.values = parsed.values.copy()
            self.decimal, self.thousands, self.currency = parsed.decimal, parsed.thousands, parsed.currency
            self.parts: tuple[tuple[str, np.ndarray], ...] = ((self.column, parsed.values),)
            return
        quantity = parse_amounts(body[roles["quantity"]], typed)
        price = parse_amounts(body[roles["unit_price"]], typed)
        self.values = quantity.values * price.values
        self.decimal, self.thousands, self.currency = price.decimal, price.thousands, price.currency
        self.parts = ((roles["quantity"], quantity.values), (roles["unit_price"], price.values))

    def rejections(self, body: pd.DataFrame, rows: np.ndarray, bad: np.ndarray, texts: _Texts) -> list[Rejection]:
        """One rejection per row whose amount (or the quantity or price it is made of) does not read."""
        found: list[Rejection] = []
        left = bad.copy()
        for column, values in self.parts:
            here = left & ~np.isfinite(values)
            raw = body[column]
            empty = here.copy()
            empty[here] = _missing(texts.at(column, here))
            found += _reject(rows[empty], column, raw[empty], "amount_empty")
            found += _reject(rows[here & ~empty], column, raw[here & ~empty], "not_a_number")
            left &= ~here
        return found


def _total_on_first_line_only(texts: _Texts, order_column: str, amounts: np.ndarray) -> bool:
    """Whether the amount is an order's total written on its first line only (Shopify): nearly every later
    line of an order has none. In a file of line amounts one missing amount stays a rejected row: copying the
    line above into it would be a made-up number."""
    orders = texts.column(order_column).to_numpy()
    later = np.zeros(len(orders), dtype=bool)
    later[1:] = (orders[1:] == orders[:-1]) & (orders[1:] != "")
    return bool(later.any()) and float((~np.isfinite(amounts[later])).mean()) >= 0.9


def _low_confidence(reasons: dict[str, RoleChoice]) -> list[Notice]:
    """One notice naming the roles that were assumed rather than known, so the analysis says what it assumed."""
    assumed = tuple((role, choice.column) for role, choice in reasons.items() if choice.confidence == "low")
    return [notice("import.roles_assumed", roles=assumed)] if assumed else []


def read_transactions(path: str | Path, options: ImportOptions | None = None,
                      progress: Progress = NO_PROGRESS) -> ImportResult:  # fmt: skip
    """The canonical transactions of a sales export, with rejections and what was detected.

    A wrong guess of a text file's encoding shows first in its amounts (`Ј15.30` for `£15.30`): when most
    amounts fail to read and the encoding was guessed, the file is read once more in the next candidate, and
    the owner is told which encoding was used, or that the one used is suspect.
    """
    return _read_transactions(path, options or ImportOptions(), progress)


def _amounts_failing(texts: _Texts, amounts: _Amounts, blank: np.ndarray) -> tuple[int, int]:
    """(amount cells that hold text but did not read, amount cells that hold text), over the data rows."""
    if amounts.column is None:
        return 0, 0
    read = ~blank & np.isfinite(amounts.values)
    unread = np.flatnonzero(~blank & ~read)  # only these can be empty: a value that read was written
    failed = int((texts.at(amounts.column, unread) != "").sum())
    return failed, int(read.sum()) + failed


def _read_transactions(path: str | Path, options: ImportOptions, progress: Progress,
                       retried_from: str | None = None) -> ImportResult:  # fmt: skip
    path = Path(path)
    progress.update(0.0, "read")
    table = _load(path, options, keep_bytes=True)
    progress.update(0.4, "map")
    roles = _roles(table, options)
    mapping = roles.columns
    # a column left in bytes by the reader stays so only as the order number, whose texts are needed only when
    # some row has none (below); every other column is read as texts
    table.body = as_texts(table.body, but=mapping.get("order_id"))
    body, rows = table.body, table.body_rows
    texts = _Texts(body, table.grid.trimmed)
    blank = _is_blank(body, texts)
    progress.update(0.5, "parse")
    customer_texts, no_customer = texts.blanked(mapping["customer_id"])  # no_customer: copied before a change
    customer = customer_texts.to_numpy()
    dates = parse_dates(body[mapping["date"]], options.dayfirst, options.locale, table.grid.date1904, table.grid.typed)
    date_values = dates.values.copy()
    progress.update(0.7, "parse")
    amounts = _Amounts(body, mapping, table.grid.typed)
    warnings: list[Notice] = [dates.warning] if dates.warning else []
    failed, written = _amounts_failing(texts, amounts, blank)
    if options.encoding is None and retried_from is None:
        other = encoding_to_retry(table.grid, failed, written)
        if other is not None:
            guessed = dataclasses.replace(options, encoding=other)
            try:
                again = _read_transactions(path, guessed, progress, retried_from=table.grid.encoding)
            except LtvError:
                again = None
            if again is not None and len(again.transactions.rejections) < failed:
                return again
            warnings.append(encoding_notice(path.name, table.grid, failed, written))
    elif retried_from is not None:
        warnings.append(encoding_notice(path.name, table.grid, failed, written, retried_from=retried_from))
    warnings += _low_confidence(roles.reasons)
    if "amount" not in mapping:
        warnings.append(notice("import.amount_from_quantity_price", quantity=mapping["quantity"],
                               unit_price=mapping["unit_price"]))  # fmt: skip

    # An order's later item lines with its customer, date or total left empty belong to that order.
    order_column = mapping.get("order_id")
    filled_lines, amounts_filled = 0, 0
    extra: dict[str, np.ndarray] = {}
    if order_column is not None:
        candidates = ~blank & (pd.isna(date_values) | ~np.isfinite(amounts.values) | no_customer)
        positions, sources = continuation_rows(candidates, lambda at: texts.at(order_column, at).to_numpy())
        if len(positions):
            customer = np.array(customer, dtype=object, copy=True)
            fill_from(customer, no_customer, positions, sources)
            no_customer = no_customer.copy()
            no_customer[positions] = customer[positions] == ""
            raw_dates = np.zeros(len(body), dtype=bool)
            raw_dates[positions] = (texts.at(mapping["date"], positions) == "").to_numpy()
            fill_from(date_values, raw_dates & pd.isna(date_values), positions, sources)
            if amounts.column is not None:
                raw_empty = np.zeros(len(body), dtype=bool)
                raw_empty[positions] = (texts.at(amounts.column, positions) == "").to_numpy()
                empty_amount = raw_empty & ~np.isfinite(amounts.values)
                if empty_amount.any() and _total_on_first_line_only(texts, order_column, amounts.values):
                    amounts_filled = fill_from(amounts.values, empty_amount, positions, sources)
            # a discount code is the order's: Shopify writes it on the first line only
            for role in ("status", "channel", "discount_code"):
                if role in mapping:
                    values = texts.column(mapping[role]).to_numpy(dtype=object, copy=True)
                    fill_from(values, values == "", positions, sources)
                    extra[role] = values
            filled_lines = len(positions)
            warnings.append(notice("import.continuation_lines", count=filled_lines))

    totals = _total_rows(body, mapping, ~blank & pd.isna(date_values), texts)
    skipped = list(table.skipped)
    skipped += [SkippedRow(int(row), "blank", "") for row in rows[blank]]
    last_data = np.flatnonzero(~blank & ~totals)
    last_data_position = int(last_data[-1]) if len(last_data) else -1
    total_positions = np.flatnonzero(totals)
    accepted_amount = np.where(~blank & ~totals & np.isfinite(amounts.values), amounts.values, 0.0)
    running = np.cumsum(accepted_amount)
    for position in total_positions:
        kind = "total" if position > last_data_position else "subtotal"
        label = " ".join(str(cell) for cell in as_texts(body.iloc[[position]]).iloc[0] if str(cell).strip())
        skipped.append(SkippedRow(int(rows[position]), kind, label))
        printed = amounts.values[position]
        if kind == "total" and np.isfinite(printed):
            expected = running[position]
            if abs(printed - expected) > max(0.01, 1e-6 * abs(expected)):
                warnings.append(
                    notice("total_mismatch", row=int(rows[position]), printed=float(printed), expected=float(expected))
                )

    # A group heading (QuickBooks prints the customer alone above its rows) has neither date nor amount.
    undated = np.flatnonzero(~blank & ~totals & pd.isna(date_values))
    group = np.zeros(len(body), dtype=bool)
    amount_column = amounts.column if amounts.column is not None else mapping["unit_price"]
    group[undated] = (texts.at(mapping["date"], undated) == "").to_numpy() & (
        texts.at(amount_column, undated) == ""
    ).to_numpy()
    skipped += [SkippedRow(int(row), "group", label) for row, label in zip(rows[group], customer[group], strict=True)]
    data = ~blank & ~totals & ~group

    # Orders that were no sale (cancelled, voided, failed, declined, refunded) are listed, not counted.
    if "status" in mapping:
        statuses = extra.get("status")
        if statuses is None:
            statuses = texts.column(mapping["status"]).to_numpy()
        cancelled = apply_statuses(pd.Series(statuses, dtype=object), data)
        if cancelled.any():
            skipped += [SkippedRow(int(row), "status", str(value))
                        for row, value in zip(rows[cancelled], statuses[cancelled], strict=True)]  # fmt: skip
            kinds = sorted({str(value) for value in statuses[cancelled]})
            warnings.append(notice("import.status_skipped", count=int(cancelled.sum()), statuses=", ".join(kinds),
                                   column=mapping["status"]))  # fmt: skip
            data &= ~cancelled
    skipped.sort(key=lambda row: row.row)

    rejections: list[Rejection] = list(table.grid.damaged)  # lines whose structure broke (readers.Grid.damaged)
    empty_customer = data & no_customer
    rejections += _reject(
        rows[empty_customer], mapping["customer_id"], body[mapping["customer_id"]][empty_customer], "customer_empty"
    )
    bad = empty_customer.copy()
    raw_dates = body[mapping["date"]]
    no_date = data & ~bad & pd.isna(date_values)
    empty_date = no_date.copy()
    empty_date[no_date] = _missing(texts.at(mapping["date"], no_date))
    rejections += _reject(rows[empty_date], mapping["date"], raw_dates[empty_date], "date_empty")
    unread_date = no_date & ~empty_date
    far = unread_date & dates.out_of_range  # a date, but not one a sale can have: its own reason
    rejections += _reject(rows[far], mapping["date"], raw_dates[far], "date_out_of_range", **DATE_RANGE)
    unread_date &= ~far
    date_code, date_params = (
        ("not_a_date_in_format", {"format": human_format(dates.date_format)})
        if dates.date_format
        else ("not_a_date", {})
    )
    rejections += _reject(rows[unread_date], mapping["date"], raw_dates[unread_date], date_code, **date_params)
    bad |= no_date
    no_amount = data & ~bad & ~np.isfinite(amounts.values)
    rejections += amounts.rejections(body, rows, no_amount, texts)
    bad |= no_amount

    canonical = {
        SOURCE_ROW: rows,
        "customer_id": customer,
        "date": date_values,
        "amount": amounts.values,
    }
    if "cost" in mapping:
        costs = parse_amounts(body[mapping["cost"]], table.grid.typed)
        bad_cost = data & ~bad & ~np.isfinite(costs.values)
        bad_cost[bad_cost] = (texts.at(mapping["cost"], bad_cost) != "").to_numpy()
        rejections += _reject(rows[bad_cost], mapping["cost"], body[mapping["cost"]][bad_cost], "cost_not_a_number")
        bad |= bad_cost
        canonical["cost"] = costs.values
        if "quantity" in mapping:  # a cost per unit is read against it (docs/metrics.md section 4)
            canonical["quantity"] = parse_amounts(body[mapping["quantity"]], table.grid.typed).values
    keep = data & ~bad
    order_ids_different = False
    for role in ("order_id", "channel", "product", "category", "discount_code"):
        if role in mapping:
            if role in extra:  # the order's lines filled in from its first (continuation_rows)
                values = blank_missing(pd.Series(extra[role], dtype=object))
                canonical[role] = _absent_as_nan(values, values.to_numpy() == "")
            else:
                if role == "order_id":
                    # the reader showed the column's filled cells all different (readers.Grid.different): when
                    # every row kept has one, each is an order of its own, and the column is not needed
                    different = table.headers.index(mapping[role]) in table.grid.different
                    order_ids_different = different and not (texts.missing(mapping[role]) & keep).any()
                    if order_ids_different:
                        continue
                values, empty = texts.blanked(mapping[role])
                canonical[role] = _absent_as_nan(values, empty)
    progress.update(0.9, "check")

    # An order total printed on every line of its order counts once (docs/metrics.md section 4).
    line_items = "quantity" in mapping or "unit_price" in mapping or amounts_filled > 0
    if "order_id" in canonical and amounts.column is not None and line_items:
        collapsed, orders_collapsed, lines_zeroed = collapse_repeated_totals(
            customer, canonical["order_id"], amounts.values, keep
        )
        if lines_zeroed:
            canonical["amount"] = collapsed
            warnings.append(notice("import.order_total_once", count=orders_collapsed, lines=lines_zeroed,
                                   column=amounts.column))  # fmt: skip
    # Each column as it is (no copy); only when some row is left out are the kept rows copied. Text columns stay
    # object arrays: pandas would otherwise check and wrap every cell as its string dtype, only for
    # make_transactions to take the same object arrays back out and build its own columns.
    frame = pd.DataFrame(
        {name: pd.Series(values, dtype=object, copy=False) if values.dtype == object else values
         for name, values in canonical.items()},
        copy=False,
    )  # fmt: skip
    if not keep.all():
        frame = frame[keep].reset_index(drop=True)
    rows_read = len(body) - int((blank & (np.arange(len(body)) > last_data_position)).sum()) + len(table.grid.damaged)
    # The cells are read: let the text grid go before the checks below build their own columns.
    del body, raw_dates, canonical, customer, customer_texts, extra
    texts.forget()
    table.body = table.grid.cells = pd.DataFrame()
    if frame.empty:
        if not rejections:
            raise _error(NoUsableData, "no_sales_rows", name=path.name)
        raise _every_row_rejected(path.name, rejections)
    transactions = make_transactions(
        frame, rejections, rows_read=rows_read, text_is_clean=True, order_ids_different=order_ids_different
    )
    warnings += sanity_notices(transactions.frame, line_items, order_ids_different)
    report = _report(
        table, path, mapping, skipped, warnings, rows_read, roles.reasons,
        decimal=amounts.decimal, thousands=amounts.thousands, date_format=dates.date_format,
        currency=amounts.currency,
    )  # fmt: skip
    progress.update(1.0, "done")
    return ImportResult(transactions, report)


def read_spend(path: str | Path, options: ImportOptions | None = None, progress: Progress = NO_PROGRESS) -> SpendResult:
    """Marketing spend per date or month (and channel) through the same pipeline as sales."""
    options = options or ImportOptions()
    path = Path(path)
    table = _load(path, options)
    progress.update(0.5, "parse")
    roles = choose_roles(table.headers, None, dict(options.columns), required=("date", "amount"), spend=True)
    mapping = roles.columns
    body, rows = table.body, table.body_rows
    blank = _is_blank(body)
    dates = parse_dates(body[mapping["date"]], options.dayfirst, options.locale, table.grid.date1904, table.grid.typed)
    totals = _total_rows(body, {"customer_id": mapping["date"]}, ~blank & pd.isna(dates.values))
    amounts = parse_amounts(body[mapping["amount"]], table.grid.typed)
    data = ~blank & ~totals
    bad_date = data & pd.isna(dates.values)
    bad_amount = data & ~bad_date & ~np.isfinite(amounts.values)
    rejections = []
    for role, bad, code, empty_code in (
        ("date", bad_date, "not_a_date_or_month", "date_empty"),
        ("amount", bad_amount, "not_a_number", "amount_empty"),
    ):
        raw = body[mapping[role]]
        empty = bad.copy()
        empty[bad] = _says_missing(raw[bad])
        rejections += _reject(rows[empty], mapping[role], raw[empty], empty_code)
        rejections += _reject(rows[bad & ~empty], mapping[role], raw[bad & ~empty], code)
    keep = data & ~bad_date & ~bad_amount
    frame = pd.DataFrame({"date": dates.values[keep], "amount": amounts.values[keep]})
    if "channel" in mapping:
        channel = _text(body[mapping["channel"]])[keep].reset_index(drop=True)
        frame["channel"] = channel.mask(channel == "").to_numpy()
    skipped = list(table.skipped) + [SkippedRow(int(r), "blank", "") for r in rows[blank]]
    skipped += [SkippedRow(int(r), "total", "") for r in rows[totals]]
    report = _report(table, path, mapping, sorted(skipped, key=lambda s: s.row), [], len(body), roles.reasons,
                     decimal=amounts.decimal, thousands=amounts.thousands, date_format=dates.date_format)  # fmt: skip
    progress.update(1.0, "done")
    return SpendResult(frame, tuple(sorted(rejections, key=lambda r: r.row)), report)


def preview(path: str | Path, options: ImportOptions | None = None, max_rows: int = 200) -> Preview:
    """The start of a file for the Data tab: fast on a million rows (reads only the first part of a text file)."""
    options = options or ImportOptions()
    path = Path(path)
    table = _load(path, options, preview=True)
    error = problem = None
    try:
        roles = _roles(table, options)
    except MissingColumn as missing:
        error, problem = missing.message, missing
        try:
            roles = _roles(table, options, required=())
        except MissingColumn:
            roles = RoleMapping({}, {})
    report = _report(table, path, roles.columns, table.skipped, [], len(table.body), roles.reasons)
    return Preview(report, table.body.head(max_rows).copy(), roles.columns, error, problem)
