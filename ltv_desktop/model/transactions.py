"""The canonical transaction table of docs/metrics.md 2.1 and the spend table for CAC.

Whatever the source (a canonical CSV, a 1C export, a typed table), the model
only ever sees these frames; the io layer builds them and keeps the rows it
could not read as `Rejection`s, so no row disappears without a trace.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import NoUsableData

REQUIRED_COLUMNS: tuple[str, ...] = ("customer_id", "date", "amount")
OPTIONAL_COLUMNS: tuple[str, ...] = ("order_id", "channel", "cost", "product", "category", "discount_code")
TEXT_COLUMNS: tuple[str, ...] = ("order_id", "channel", "product", "category", "discount_code")
"""Optional columns of text: trimmed, missing where empty."""
ROLES: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
SOURCE_ROW = "source_row"
"""The row number the user sees in the source file (1-based, header lines counted)."""

SPEND_REQUIRED: tuple[str, ...] = ("date", "amount")
SPEND_OPTIONAL: tuple[str, ...] = ("channel",)


@dataclasses.dataclass(frozen=True)
class Rejection:
    """One source row that could not be used, and why (docs/metrics.md 2.1)."""

    row: int
    column: str
    value: str
    reason: str
    code: str = ""
    """Names the reason for a front that translates it (see `REJECTION_CODES`); `reason` stays English."""
    params: tuple[tuple[str, str], ...] = ()
    """Values the translated reason needs (e.g. the date format the column reads as)."""

    def to_dict(self) -> dict[str, object]:
        """The four keys of the JSON contract (docs/metrics.md 2.1): row, column, value, reason."""
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason}


REJECTION_PARAMS: dict[str, tuple[str, ...]] = {
    "customer_empty": (),
    "date_empty": (),
    "not_a_date": (),
    "not_a_date_in_format": ("format",),
    "date_missing": (),
    "date_out_of_range": ("first", "last"),
    "amount_empty": (),
    "not_a_number": (),
    "amount_missing": (),
    "cost_not_a_number": (),
    "not_a_date_or_month": (),
}
"""Every code a row can be rejected for, and the values its sentence needs."""
CATALOGUE_PREFIX = "reject."
"""A rejection with code `x` reads its reason from the catalogue entry `reject.x` (messages/*/values.po)."""
FIRST_SALE_DAY, LAST_SALE_DAY = "1900-01-01", "2100-12-31"
"""The dates a sale can have (the io layer rejects others as `date_out_of_range`)."""

REJECTION_CODES: dict[str, str] = {
    code: text(CATALOGUE_PREFIX + code, "en", **{name: "{" + name + "}" for name in names})
    for code, names in REJECTION_PARAMS.items()
}
"""Every reason a row can be rejected for, in English, with its placeholders; the GUI and the export translate
them by code."""


def rejection(row: int, column: str, value: str, code: str, **params: str) -> Rejection:
    """A rejection whose English reason comes from its code, so the text and the code never disagree."""
    if code not in REJECTION_PARAMS:
        raise KeyError(code)
    return Rejection(row, column, value, text(CATALOGUE_PREFIX + code, "en", **params), code, tuple(params.items()))


@dataclasses.dataclass(frozen=True)
class Transactions:
    """Canonical sale lines plus what was rejected on the way in.

    `frame` columns: customer_id (str), date (datetime64, midnight), amount
    (float), source_row (int) and, when the source had them, order_id (str,
    may be missing), channel (str, may be missing), cost (float, may be NaN) with
    its quantity (float, only beside a cost) and the line's product, category and
    discount_code (str, may be missing; the first-order drivers of docs/metrics.md
    section 4).
    """

    frame: pd.DataFrame
    rejections: tuple[Rejection, ...] = ()
    rows_read: int = 0
    order_ids_different: bool = False
    """The file's order column gave every row an order number, each different from every other row's (the
    importer showed it from the file): each row is an order of its own, exactly as without an order column, so
    the frame carries none and a million order numbers are never made texts."""

    @property
    def has_order_id(self) -> bool:
        return "order_id" in self.frame.columns

    @property
    def has_channel(self) -> bool:
        return "channel" in self.frame.columns

    @property
    def has_cost(self) -> bool:
        return "cost" in self.frame.columns

    @property
    def rows_used(self) -> int:
        return len(self.frame)


def _clean_text(values: pd.Series) -> pd.Series:
    """Trimmed text, missing where empty; trimmed once per distinct value (ids repeat a lot)."""
    codes, uniques = pd.factorize(values, sort=False)
    cleaned = pd.Series(uniques, dtype=object).astype(str).str.strip()
    cleaned = cleaned.where(cleaned != "").to_numpy(dtype=object)
    result = np.where(codes >= 0, cleaned[np.maximum(codes, 0)], None)
    return pd.Series(result, index=values.index, dtype=object)


def _texts(values: pd.Series) -> pd.Series:
    """A text column as plain object cells: pandas' string dtype would check and wrap every cell again."""
    return pd.Series(values.to_numpy(dtype=object), dtype=object, copy=False)


def missing_texts(values: pd.Series | np.ndarray) -> np.ndarray:
    """`isna` of a column of texts. A column of `str` only (the usual customer or channel column) is told by one
    pass over the cells' types that stops at the first other one, a fraction of `isna`'s checks of each cell."""
    cells = np.asarray(values, dtype=object)
    if pd.api.types.infer_dtype(cells, skipna=False) == "string":
        return np.zeros(len(cells), dtype=bool)
    return pd.isna(cells)


def make_transactions(
    frame: pd.DataFrame,
    rejections: Sequence[Rejection] = (),
    rows_read: int | None = None,
    text_is_clean: bool = False,
    order_ids_different: bool = False,
) -> Transactions:
    """Check and normalise a frame of canonical columns into `Transactions`.

    Rows whose customer, date or amount is missing become rejections here too,
    so a caller that builds the frame by hand gets the same guarantee as the importer.
    `text_is_clean` says the text columns are already trimmed with None for empty
    (the importer's frames), so they are not trimmed a second time; `order_ids_different` that the file gave
    every row an order number unlike any other row's (`Transactions.order_ids_different`: rows left out keep
    it so); the frame then has no order_id column.
    """
    clean = (lambda values: values) if text_is_clean else _clean_text
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise NoUsableData.because("data.missing_columns", columns=", ".join(missing))
    data = pd.DataFrame(index=pd.RangeIndex(len(frame)))
    if SOURCE_ROW in frame.columns:
        data[SOURCE_ROW] = frame[SOURCE_ROW].to_numpy(dtype=np.int64)
    else:
        data[SOURCE_ROW] = np.arange(2, len(frame) + 2, dtype=np.int64)
    data["customer_id"] = _texts(clean(frame["customer_id"]))
    data["date"] = pd.to_datetime(frame["date"].to_numpy(), errors="coerce").normalize()
    data["amount"] = pd.to_numeric(frame["amount"].to_numpy(), errors="coerce").astype(np.float64)
    for column in TEXT_COLUMNS:
        if column in frame.columns:
            data[column] = _texts(clean(frame[column]))
    if "cost" in frame.columns:
        data["cost"] = pd.to_numeric(frame["cost"].to_numpy(), errors="coerce").astype(np.float64)
        if "quantity" in frame.columns:  # only beside a cost: it says whether the cost is per unit or per line
            data["quantity"] = pd.to_numeric(frame["quantity"].to_numpy(), errors="coerce").astype(np.float64)
    new_rejections = list(rejections)
    bad = np.zeros(len(data), dtype=bool)
    days = data["date"].to_numpy().astype("datetime64[D]")  # whole days first: a coarser unit cannot overflow
    far = ~np.isnat(days) & ((days < np.datetime64(FIRST_SALE_DAY)) | (days > np.datetime64(LAST_SALE_DAY)))
    checks: tuple[tuple[str, np.ndarray, str, dict[str, str]], ...] = (
        ("customer_id", missing_texts(data["customer_id"]), "customer_empty", {}),
        ("date", data["date"].isna().to_numpy(), "date_missing", {}),
        ("date", far, "date_out_of_range", {"first": FIRST_SALE_DAY, "last": LAST_SALE_DAY}),
        ("amount", ~np.isfinite(data["amount"].to_numpy()), "amount_missing", {}),
    )
    for column, mask, code, params in checks:
        mask = mask & ~bad
        if mask.any():
            raw = frame[column].to_numpy()[mask]
            rows = data[SOURCE_ROW].to_numpy()[mask]
            new_rejections.extend(
                rejection(int(row), column, "" if pd.isna(value) else str(value), code, **params)
                for row, value in zip(rows, raw, strict=True)
            )
            bad |= mask
    if bad.any():  # filtering copies every column: a clean file (the usual case) keeps its one table
        data = data.loc[~bad].reset_index(drop=True)
    data["date"] = data["date"].astype("datetime64[ns]")  # safe: every date left is within 1900..2100
    if data.empty:
        raise NoUsableData.because("data.no_usable_rows")
    new_rejections.sort(key=lambda item: item.row)
    return Transactions(
        frame=data,
        rejections=tuple(new_rejections),
        rows_read=len(frame) if rows_read is None else rows_read,
        order_ids_different=order_ids_different,
    )


def make_spend(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalise a marketing-spend frame: date (datetime64), amount (float), optional channel."""
    missing = [column for column in SPEND_REQUIRED if column not in frame.columns]
    if missing:
        raise NoUsableData.because("data.spend_missing_columns", columns=", ".join(missing))
    spend = pd.DataFrame(
        {
            "date": pd.to_datetime(frame["date"].to_numpy(), errors="coerce").normalize(),
            "amount": pd.to_numeric(frame["amount"].to_numpy(), errors="coerce").astype(np.float64),
        }
    )
    if "channel" in frame.columns:
        spend["channel"] = _clean_text(frame["channel"]).to_numpy()
    unusable = spend["date"].isna() | ~np.isfinite(spend["amount"])
    if unusable.any():
        first = int(np.flatnonzero(unusable.to_numpy())[0]) + 2
        raise NoUsableData.because("data.spend_row_unreadable", row=first)
    return spend
