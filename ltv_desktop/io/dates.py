"""Dates as exports write them, one format per column decided by all its values.

pandas infers a format from the first value and can silently swap day and
month for `01.02.2024, 03.04.2024`; here every candidate format is tried on
the whole column and the one that reads the most values wins. When both
day-first and month-first read everything, the data cannot decide: the
override (--dayfirst/--monthfirst) or the locale does, and a warning says so.
Excel serial numbers (1900 or 1904 system) and real date cells are read too.

Only dates from 1900-01-01 to 2100-12-31 are sales dates: anything else
(9999-12-31, year 1, a serial number of 2119) is marked out of range and
becomes one rejection. Every value is brought to whole days and checked
against that range before it is cast to nanoseconds, so no date can wrap
around (9999-12-31 read as 1816) or overflow at the edges of pandas' range.
Time of day and time zones are dropped: `2021-05-13 11:01:12 +0200` is the
calendar day 2021-05-13, as the export wrote it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ltv_desktop.io.cells import cell_kinds, distinct_texts
from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import FIRST_SALE_DAY, LAST_SALE_DAY

FORMATS: tuple[str, ...] = (
    "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%m-%d-%Y", "%Y.%m.%d", "%Y/%m/%d",
    "%d.%m.%y", "%d/%m/%y", "%m/%d/%y", "%Y%m%d", "%d %b %Y", "%b %d, %Y", "%d %B %Y", "%B %d, %Y",
    "%Y-%m", "%m.%Y", "%m/%Y",
)  # fmt: skip
MIN_DATE_TEXT = 6
"""The fewest characters a text of any of FORMATS has (`1.1.24`, `1/2024`, `2024-1`)."""
DAY_MONTH_PAIRS = {("%d/%m/%Y", "%m/%d/%Y"), ("%d-%m-%Y", "%m-%d-%Y"), ("%d/%m/%y", "%m/%d/%y")}
MONTH_FIRST_LOCALES = ("en_US", "en_PH", "en_CA")
_HUMAN = {"%Y": "yyyy", "%y": "yy", "%m": "mm", "%d": "dd", "%b": "mmm", "%B": "mmmm"}
EXCEL_1900 = dt.date(1899, 12, 30)


def human_format(date_format: str) -> str:
    """A strptime format as an owner writes it (`%d.%m.%Y` → `dd.mm.yyyy`), for messages and the Data tab."""
    for code, text in _HUMAN.items():
        date_format = date_format.replace(code, text)
    return date_format


EXCEL_1904 = dt.date(1904, 1, 1)
SERIAL_RANGE = (20_000, 80_000)
"""Serial numbers of 1954..2119: outside that a number in a date column is not a date."""
FIRST_DAY = np.datetime64(FIRST_SALE_DAY, "D")
LAST_DAY = np.datetime64(LAST_SALE_DAY, "D")
"""The dates a sale can have; outside them a value is rejected as out of range."""
DATE_RANGE = {"first": FIRST_SALE_DAY, "last": LAST_SALE_DAY}
"""The parameters of the `date_out_of_range` rejection."""
TIME_OF_DAY = (
    r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AaPp][Mm])?"
    r"( ?(Z|UTC|GMT|[+-]\d{2}(:?\d{2})?|(UTC|GMT)[+-]\d{1,2}(:?\d{2})?))?$"
)
"""A time after the date, with an optional zone: `08:26`, `11:01:12 +0200`, `T11:01:12Z`, `10:00 UTC`."""


@dataclass(frozen=True)
class ParsedDates:
    values: np.ndarray  # datetime64[ns], NaT where unreadable or out of range
    date_format: str | None
    warning: Notice | None
    out_of_range: np.ndarray | None = None
    """True where the value is a date, but outside FIRST_DAY … LAST_DAY (NaT in `values`)."""


def in_range(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """datetime64 of any unit as datetime64[ns] days, NaT outside FIRST_DAY … LAST_DAY, and where that was.

    Days are taken first (a coarser unit never overflows), compared, and only
    the dates in range are cast to nanoseconds.
    """
    whole = np.asarray(days).astype("datetime64[D]")
    valid = ~np.isnat(whole)
    outside = valid & ((whole < FIRST_DAY) | (whole > LAST_DAY))
    out = np.full(len(whole), np.datetime64("NaT"), dtype="datetime64[ns]")
    keep = valid & ~outside
    out[keep] = whole[keep].astype("datetime64[ns]")
    return out, outside


def _strip_time(text: pd.Series) -> pd.Series:
    return text.str.replace(TIME_OF_DAY, "", regex=True).str.strip()


def _score(bare: pd.Series, date_format: str) -> int:
    """How many values `date_format` reads as sales dates: a far date (9999-12-31) is no evidence for a format."""
    days = pd.to_datetime(bare, format=date_format, errors="coerce").to_numpy().astype("datetime64[D]")
    return int(((days >= FIRST_DAY) & (days <= LAST_DAY)).sum())


def _day_month_choice(candidates: list[str], dayfirst: bool | None, locale: str | None) -> tuple[str, Notice | None]:
    chosen, warning = candidates[0], None
    for day_first, month_first in DAY_MONTH_PAIRS:
        if day_first in candidates and month_first in candidates:
            prefer_month = dayfirst is False or (dayfirst is None and (locale or "").startswith(MONTH_FIRST_LOCALES))
            chosen = month_first if prefer_month else day_first
            if dayfirst is None:
                code = "dates_month_first" if prefer_month else "dates_day_first"
                warning = Notice.of(code, format=human_format(chosen))
    return chosen, warning


def parse_dates(
    raw: pd.Series,
    dayfirst: bool | None = None,
    locale: str | None = None,
    date1904: bool = False,
    typed: bool = False,
) -> ParsedDates:
    """Dates from a column of cells (date cells, numbers as Excel serials, and text)."""
    out = np.full(len(raw), np.datetime64("NaT"), dtype="datetime64[ns]")
    outside = np.zeros(len(raw), dtype=bool)
    is_number, is_date = cell_kinds(raw, typed)
    if is_date.any():  # once per distinct day: a workbook repeats its dates
        codes, days = pd.factorize(raw.to_numpy(dtype=object)[is_date], sort=False)
        read, far = in_range(np.array([day.isoformat()[:10] for day in days], dtype="datetime64[D]"))
        out[is_date], outside[is_date] = read[codes], far[codes]
    serial = np.full(len(raw), np.nan)
    if is_number.any():
        serial[is_number] = raw[is_number].astype(np.float64).to_numpy()

    text_positions = np.flatnonzero(~is_number & ~is_date)
    cells = raw.to_numpy(dtype=object)
    codes, uniques = distinct_texts(cells if len(text_positions) == len(cells) else cells[text_positions])
    text = pd.Series(uniques, dtype=object).astype(str)
    numeric_text = pd.to_numeric(text, errors="coerce")
    serial_text = (numeric_text.between(*SERIAL_RANGE) & ~text.str.fullmatch(r"\d{8}")).to_numpy()
    row_is_serial = serial_text[codes] & (codes >= 0)
    serial[text_positions[row_is_serial]] = numeric_text.to_numpy()[codes[row_is_serial]]
    is_serial = (serial >= SERIAL_RANGE[0]) & (serial <= SERIAL_RANGE[1])
    if is_serial.any():
        base = np.datetime64(EXCEL_1904 if date1904 else EXCEL_1900, "D")
        out[is_serial], outside[is_serial] = in_range(base + np.floor(serial[is_serial]).astype("timedelta64[D]"))

    wanted = ~serial_text & (text != "").to_numpy()
    bare = _strip_time(text[wanted])
    chosen = warning = None
    # the shortest text any format reads is 6 characters with a digit (1.1.24, 1/2024): shorter texts and
    # words score nothing anywhere, so they are not tried 19 times (a 5,000-column file of such cells took
    # minutes before its columns were even named)
    candidates = bare[(bare.str.len() >= MIN_DATE_TEXT) & bare.str.contains(r"\d", regex=True)] if len(bare) else bare
    if len(candidates):
        scores = {fmt: _score(candidates, fmt) for fmt in FORMATS}
        best = max(scores.values())
        if best:
            chosen, warning = _day_month_choice([fmt for fmt in FORMATS if scores[fmt] == best], dayfirst, locale)
            parsed_unique = np.full(len(text), np.datetime64("NaT"), dtype="datetime64[ns]")
            far_unique = np.zeros(len(text), dtype=bool)
            parsed_unique[wanted], far_unique[wanted] = in_range(
                pd.to_datetime(bare, format=chosen, errors="coerce").to_numpy()
            )
            row_is_text = wanted[codes] & (codes >= 0)
            out[text_positions[row_is_text]] = parsed_unique[codes[row_is_text]]
            outside[text_positions[row_is_text]] = far_unique[codes[row_is_text]]
    return ParsedDates(out, chosen, warning, outside)
