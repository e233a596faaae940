"""The import's quick paths (whole columns at once, each column trimmed once, no copies) read every cell exactly
as the careful one-cell-at-a-time reading does, and reject exactly the rows it rejects, with their row numbers."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.io import read_transactions
from ltv_desktop.io.cells import is_missing_value
from ltv_desktop.io.importer import _is_blank, _text, _Texts
from ltv_desktop.io.numbers import _parse_distinct_careful
from tests.io.money_writing import AMOUNT_STYLES, money_text

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%d %b %Y")
"""Formats a column settles by itself once one day is past the 12th (the first row's is)."""
JUNK_DATES = ("", "n/a", "NULL", "not a date", "2024-13-45", "99.99.2024", "32/01/2024", "12:30")
JUNK_AMOUNTS = ("", "N/A", "-", "abc", "12.05.2024", "5..5", "1,23,4", "--5", "1 2 3", "12-")
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def _careful_date(text: str, date_format: str) -> tuple[str, dt.date | None]:
    """One date cell on its own: (rejection code or "", the day)."""
    text = text.strip()
    if is_missing_value(np.array([text], dtype=object))[0]:
        return "date_empty", None
    try:
        day = dt.datetime.strptime(text, date_format).date()
    except ValueError:
        return "not_a_date_in_format", None
    if not FIRST_DAY <= day <= LAST_DAY:
        return "date_out_of_range", None
    return "", day


def _far(day: dt.date, date_format: str) -> str:
    """`day` moved to the year 2150 (strftime cannot write every far year portably)."""
    return day.replace(year=2000).strftime(date_format).replace("2000", "2150")


ROW = st.tuples(
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    st.decimals(min_value=-50_000, max_value=5_000_000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["clean", "clean", "clean", "junk_date", "junk_amount", "both", "far", "padded", "blank"]),
    st.integers(0, 100),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(ROW, min_size=1, max_size=40),
    st.sampled_from(DATE_FORMATS),
    st.sampled_from(sorted(AMOUNT_STYLES)),
    st.sampled_from(["", "$", "zł", "₽"]),
    st.sampled_from(["minus", "parentheses"]),
)
def test_import_reads_and_rejects_cell_by_cell_as_the_careful_reading(
    tmp_path, rows, date_format, style, currency, negatives
):
    lines, dates, amounts, kinds = [], [], [], []
    for number, (day, amount, kind, pick) in enumerate(rows):
        if number == 0:
            kind, day = "clean", day.replace(day=20)  # a clean first row past the 12th settles the format
        date_text = day.strftime(date_format)
        amount_text = money_text(amount, style, currency, negatives)
        if kind in ("junk_date", "both"):
            date_text = JUNK_DATES[pick % len(JUNK_DATES)]
        if kind in ("junk_amount", "both"):
            amount_text = JUNK_AMOUNTS[pick % len(JUNK_AMOUNTS)]
        if kind == "far":
            date_text = _far(day, date_format)
        if kind == "padded":
            date_text, amount_text = f"  {date_text} ", f"\t{amount_text}  "
        customer = f" C{pick:03d} " if kind == "padded" else f"C{pick:03d}"
        lines.append(";;" if kind == "blank" else f"{customer};{date_text};{amount_text}")
        dates.append(date_text)
        amounts.append(amount_text)
        kinds.append(kind)
    path = tmp_path / "sales.csv"
    path.write_text("Customer;Date;Amount\n" + "\n".join(lines) + "\n", encoding="utf-8")

    # The careful reading, one cell at a time (amounts by the reference reader over the column's cells,
    # weighted per row as the importer weighs them); the header is line 1, so data row i is line i + 2.
    filled = [i for i, kind in enumerate(kinds) if kind != "blank"]
    careful_amounts, *_ = _parse_distinct_careful(pd.Series([amounts[i].strip() for i in filled], dtype=object))
    amount_of = dict(zip(filled, careful_amounts, strict=True))
    expected_rows, expected_rejections = [], []
    for i in filled:
        code, day = _careful_date(dates[i], date_format)
        amount_text = amounts[i].strip()
        if code and dates[i].strip() == "" and amount_text == "":
            continue  # a line with a customer and neither date nor amount is a group heading, skipped
        if not code and not np.isfinite(amount_of[i]):
            code = "amount_empty" if is_missing_value(np.array([amount_text], dtype=object))[0] else "not_a_number"
        if code:
            expected_rejections.append((i + 2, code))
        else:
            expected_rows.append((i + 2, day, amount_of[i]))

    if not expected_rows:
        return  # every row rejected: the importer says so with an error, tested elsewhere
    result = read_transactions(path)
    frame = result.transactions.frame
    got_rows = list(
        zip(
            frame["source_row"].tolist(),
            [day.date() for day in frame["date"]],
            frame["amount"].tolist(),
            strict=True,
        )
    )
    assert got_rows == expected_rows
    assert [(r.row, r.code) for r in result.transactions.rejections] == expected_rejections
    for row, _, value in got_rows:  # and the clean cells are the very amounts written
        i = row - 2
        if kinds[i] in ("clean", "padded", "junk_date"):
            assert value == float(rows[i][1])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(["", " ", "\t", "\u00a0", "a", " b ", "NA"]),
                st.text(alphabet=" \t\u00a0\u2003xy1", max_size=4),
                st.none(),
                st.just(float("nan")),
                st.floats(allow_nan=False, allow_infinity=False, width=32),
                st.integers(-5, 5),
            ),
            min_size=3,
            max_size=3,
        ),
        min_size=1,
        max_size=30,
    )
)
def test_blank_rows_and_trimmed_text_agree_with_the_cell_by_cell_definitions(grid):
    frame = pd.DataFrame(grid, dtype=object)
    frame.columns = ["a", "b", "c"]

    def text_of(cell: object) -> str:
        if isinstance(cell, float) and cell.is_integer():
            return str(int(cell))
        return str(cell).strip()

    def empty(cell: object) -> bool:
        return cell is None or (isinstance(cell, float) and np.isnan(cell)) or cell == ""

    # Blank: no cell holds anything, or some cell is empty and the others are whitespace once trimmed as text;
    # a row of whitespace in every cell is left for a rejection with its row number (see _is_blank).
    expected = [
        all(empty(cell) for cell in row) or (any(empty(cell) for cell in row) and all(text_of(c) == "" for c in row))
        for row in grid
    ]
    assert _is_blank(frame).tolist() == expected
    texts = _Texts(frame)
    mask = np.arange(len(frame)) % 2 == 0
    for column in frame.columns:
        cells = frame[column].tolist()
        whole = texts.column(column)
        assert texts.column(column) is whole  # trimmed once per read
        if not any(empty(cell) and cell != "" for cell in cells):  # None and NaN: one missing value to factorize
            assert whole.tolist() == [text_of(cell) for cell in cells]
            assert texts.at(column, mask).tolist() == whole[mask].tolist() == _text(frame[column][mask]).tolist()
