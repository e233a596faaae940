"""Dates: only 1900-01-01 … 2100-12-31 are sales dates, nothing wraps, platforms' timestamps read as their day."""

import datetime as dt
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io import ImportOptions, read_transactions
from ltv_desktop.io.dates import parse_dates


def _days(values) -> list[str | None]:
    return [None if np.isnat(value) else str(value)[:10] for value in values]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021-05-13 11:01:12 +0200", "2021-05-13"),  # Shopify's Created at
        ("2021-05-13 23:30:00 -0500", "2021-05-13"),  # the day as written, not moved by the offset
        ("2021-05-13T11:01:12+02:00", "2021-05-13"),
        ("2021-05-13T11:01:12Z", "2021-05-13"),
        ("2021-05-13T11:01:12.250Z", "2021-05-13"),
        ("2021-05-13 11:01:12 UTC", "2021-05-13"),
        ("2010-12-01 08:26:00", "2010-12-01"),  # UCI Online Retail II
    ],
)
def test_platform_timestamps_read_as_their_calendar_day(text, day):
    parsed = parse_dates(pd.Series([text, "2021-06-01 10:00:00"], dtype=object))
    assert _days(parsed.values)[0] == day
    assert not parsed.out_of_range.any()


def test_uci_month_first_with_time():
    """UCI Online Retail (the .xlsx saved as CSV) writes `12/1/2010 8:26`: month first, no leading zeros."""
    texts = ["12/1/2010 8:26", "12/1/2010 8:28", "12/13/2010 14:05", "1/4/2011 10:00"]
    parsed = parse_dates(pd.Series(texts, dtype=object))
    assert _days(parsed.values) == ["2010-12-01", "2010-12-01", "2010-12-13", "2011-01-04"]
    assert parsed.date_format == "%m/%d/%Y"


@pytest.mark.parametrize(
    "text", ["9999-12-31", "0001-01-01", "2262-04-12", "1677-09-22", "1899-12-31", "2101-01-01", "2262-04-11"]
)
def test_a_date_outside_1900_2100_is_out_of_range_and_does_not_wrap(text):
    parsed = parse_dates(pd.Series(["2024-01-05", text, "2024-02-29"], dtype=object))
    assert _days(parsed.values) == ["2024-01-05", None, "2024-02-29"]
    assert list(parsed.out_of_range) == [False, True, False]


def test_the_edges_of_the_range_are_sales_dates():
    parsed = parse_dates(pd.Series(["1900-01-01", "2100-12-31"], dtype=object))
    assert _days(parsed.values) == ["1900-01-01", "2100-12-31"]
    assert not parsed.out_of_range.any()


def test_workbook_date_cells_and_serials_are_range_checked_before_any_cast():
    """Before: a date cell of 9999-12-31 became 1816-03-29 and year 1 became 1754 (datetime64[us] cast to [ns])."""
    cells = [dt.date(9999, 12, 31), dt.datetime(2024, 1, 1, 13, 5), dt.datetime(1, 1, 1), 80000.0, 45000, 45000.75]
    parsed = parse_dates(pd.Series(cells, dtype=object), typed=True)
    expected_serial = str(dt.date(1899, 12, 30) + dt.timedelta(days=45000))
    assert _days(parsed.values) == [None, "2024-01-01", None, None, expected_serial, expected_serial]
    assert list(parsed.out_of_range) == [True, False, True, True, False, False]


def test_one_odd_date_is_one_unreadable_value():
    texts = ["01.02.2024", "15.03.2024", "31.12.2023", "2024-13-45", "05.05.2024"]
    parsed = parse_dates(pd.Series(texts, dtype=object))
    assert _days(parsed.values) == ["2024-02-01", "2024-03-15", "2023-12-31", None, "2024-05-05"]
    assert parsed.date_format == "%d.%m.%Y"
    assert not parsed.out_of_range.any()


FORMATS = {"%Y-%m-%d": "%Y-%m-%d", "%d.%m.%Y": "%d.%m.%Y", "%d/%m/%Y": "%d/%m/%Y", "%Y/%m/%d": "%Y/%m/%d"}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), min_size=1, max_size=20),
    st.sampled_from(sorted(FORMATS)),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).filter(
        lambda day: not dt.date(1900, 1, 1) <= day <= dt.date(2100, 12, 31)
    ),
    st.integers(0, 20),
    st.booleans(),
)
def test_generated_dates_read_back_and_the_far_one_is_flagged(days, date_format, far, where, with_time):
    """Dates in range read back exactly in any unambiguous style; one far date is the one out-of-range value."""
    suffix = " 10:15:00 +0200" if with_time else ""
    texts = [day.strftime(date_format) + suffix for day in days]
    where = min(where, len(texts))
    far_text = (
        date_format.replace("%Y", f"{far.year:04d}").replace("%m", f"{far.month:02d}").replace("%d", f"{far.day:02d}")
    )
    texts.insert(where, far_text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parsed = parse_dates(pd.Series(texts, dtype=object), dayfirst=True)
    read = _days(parsed.values)
    assert read.pop(where) is None
    assert read == [day.isoformat() for day in days]
    assert np.flatnonzero(parsed.out_of_range).tolist() == [where]


def test_importer_rejects_an_out_of_range_date_with_its_row_and_reads_the_rest(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text(
        "customer,date,amount\nA,2024-01-05,10.00\nB,9999-12-31,20.00\nC,2262-04-12,5.00\n"
        "D,1677-09-22,7.00\nE,2024-03-01,30.50\n",
        encoding="utf-8",
    )
    result = read_transactions(path)
    frame = result.transactions.frame
    assert list(frame["customer_id"]) == ["A", "E"]
    assert frame["amount"].sum() == pytest.approx(40.5)
    assert frame["date"].min() == pd.Timestamp("2024-01-05")
    rejected = [(r.row, r.code, r.value) for r in result.transactions.rejections]
    assert rejected == [
        (3, "date_out_of_range", "9999-12-31"),
        (4, "date_out_of_range", "2262-04-12"),
        (5, "date_out_of_range", "1677-09-22"),
    ]
    assert "1900-01-01" in result.transactions.rejections[0].reason


def test_a_far_date_is_no_evidence_for_its_format():
    """Two rows, one `9999-12-31`: the other's format decides, so only the far one is rejected."""
    parsed = parse_dates(pd.Series(["9999-12-31", "01.01.2015"], dtype=object))
    assert parsed.date_format == "%d.%m.%Y"
    assert _days(parsed.values) == [None, "2015-01-01"]


def test_transactions_built_by_hand_reject_far_dates_too():
    """A frame built without the importer (a project file, a script) gets the same range check, in days."""
    from ltv_desktop.model.transactions import make_transactions

    frame = pd.DataFrame(
        {
            "customer_id": ["a", "b", "c"],
            "date": [dt.datetime(9999, 12, 31), dt.datetime(2024, 1, 1), dt.datetime(1, 1, 1)],
            "amount": [1.0, 2.0, 3.0],
        }
    )
    transactions = make_transactions(frame)
    assert list(transactions.frame["customer_id"]) == ["b"]
    assert transactions.frame["date"].dtype == "datetime64[ns]"
    assert [(r.row, r.code) for r in transactions.rejections] == [(2, "date_out_of_range"), (4, "date_out_of_range")]


SHOPIFY_HEADER = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
    "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
    "Lineitem price"
)
SHOPIFY_ROWS = [  # Name, Email, Paid at, Total, Created at: the columns this test reads, rows made up here
    ("#1001", "ann@example.com", "2021-05-13 11:02:40 +0200", "54.50", "2021-05-13 11:01:12 +0200"),
    ("#1002", "bob@example.com", "2021-05-14 00:10:00 +0200", "120.00", "2021-05-13 23:59:30 +0200"),
    ("#1003", "ann@example.com", "2021-06-01 09:00:00 -0400", "1234.56", "2021-06-01 08:58:00 -0400"),
]


def test_shopify_orders_export_dates_are_the_calendar_days_written(tmp_path):
    """Shopify writes `Created at` as `2021-05-13 11:01:12 +0200`; before, every row was "not a date"."""
    lines = [SHOPIFY_HEADER]
    for name, email, paid, total, created in SHOPIFY_ROWS:
        lines.append(
            f"{name},{email},paid,{paid},fulfilled,{paid},yes,EUR,{total},0.00,0.00,{total},,0.00,Standard,"
            f"{created},1,Mug,{total}"
        )
    path = tmp_path / "orders_export_1.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = ImportOptions(columns={"customer_id": "Email", "date": "Created at", "amount": "Total"})
    frame = read_transactions(path, options).transactions.frame
    assert [str(day)[:10] for day in frame["date"]] == [row[4][:10] for row in SHOPIFY_ROWS]
    assert frame["amount"].sum() == pytest.approx(sum(float(row[3]) for row in SHOPIFY_ROWS))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789./-, abcJanMayDec", max_size=5) | st.text(alphabet=" ./-,abcJanMay", max_size=12))
def test_no_date_format_reads_a_text_too_short_or_without_a_digit(text):
    """Texts the column scoring skips (shorter than MIN_DATE_TEXT, or without a digit) read in no format,
    so skipping them cannot change which format wins."""
    from ltv_desktop.io.dates import FIRST_DAY, FORMATS, LAST_DAY, MIN_DATE_TEXT

    if len(text) >= MIN_DATE_TEXT and any(character.isdigit() for character in text):
        return
    for date_format in FORMATS:
        day = pd.to_datetime(pd.Series([text]), format=date_format, errors="coerce").to_numpy()[0]
        assert np.isnat(day) or not FIRST_DAY <= day.astype("datetime64[D]") <= LAST_DAY, (text, date_format)


def test_a_column_of_short_codes_and_words_is_not_a_date_and_dates_still_are():
    parsed = parse_dates(pd.Series(["1", "22", "abc", "2024-1", "x1"] * 4, dtype=object))
    assert parsed.date_format == "%Y-%m"
    assert np.isnat(parsed.values).sum() == 16
