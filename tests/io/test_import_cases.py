"""One real-world export per fixture (tests/fixtures/import), each with its exact rows, sums and rejections."""

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from ltv_desktop.io import (
    EmptyFile,
    EncryptedWorkbook,
    ImportOptions,
    LockFile,
    MissingColumn,
    MixedCurrencies,
    UnreadableFile,
    parse_columns_option,
    preview,
    read_spend,
    read_transactions,
)
from ltv_desktop.io.errors import BadColumnsOption

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"

# name: (customers in order, dates, amounts, source rows, encoding, delimiter, header row)
CASES = {
    "cp1251_semicolon.csv": (["ООО Ромашка", "ИП Иванов"], ["2024-02-01", "2024-02-15"], [1234.56, 500.0], [2, 3], "cp1251", ";", 1),
    "utf8_bom.csv": (["Анна", "Борис"], ["2024-02-01", "2024-02-02"], [100.0, 50.5], [2, 3], "utf-8-sig", ",", 1),
    "cp1250_polish.csv": (["Łukasz Źródłowski", "Małgorzata Żółć"], ["2024-02-01", "2024-02-02"], [12.5, 7.5], [2, 3], "cp1250", ";", 1),
    "utf16_tab.txt": (["Ann", "Bob"], ["2024-03-01", "2024-03-02"], [10.5, 20.0], [2, 3], "utf-16-le", "\t", 1),
    "title_lines.csv": (["Петров", "Сидорова"], ["2024-01-10", "2024-01-11"], [100.0, 200.0], [5, 6], "utf-8", ";", 4),
    "nbsp_thousands.csv": (["A", "B", "C"], ["2024-03-01", "2024-03-02", "2024-03-03"], [1234.56, 2000.0, 15.5], [2, 3, 4], "utf-8", ";", 1),
    "negatives_us.csv": (["Ann", "Bob", "Cat", "Dan"], ["2024-01-15", "2024-01-16", "2024-01-17", "2024-01-18"], [-1234.56, -50.0, 2000.0, -30.0], [2, 3, 4, 5], "utf-8", ",", 1),
    "polish_zl.csv": (["Firma X", "Firma Y"], ["2024-03-05", "2024-03-06"], [1234.56, -500.0], [2, 3], "utf-8", ";", 1),
    "ambiguous_dates.csv": (["A", "B"], ["2024-02-01", "2024-04-03"], [10.0, 20.0], [2, 3], "utf-8", ";", 1),
    "us_dates.csv": (["A", "B"], ["2024-01-13", "2024-02-01"], [10.0, 20.0], [2, 3], "utf-8", ",", 1),
    "duplicate_headers.csv": (["А", "Б"], ["2024-02-01", "2024-02-02"], [10.0, 20.0], [2, 3], "utf-8", ";", 1),
    "nul_bytes.csv": (["Ann", "Bob"], ["2024-01-01", "2024-01-02"], [10.0, 20.0], [2, 3], "utf-8", ",", 1),
    "totals_footer.csv": (["А", "Б"], ["2024-02-01", "2024-02-02"], [100.0, 50.0], [2, 3], "utf-8", ";", 1),
    "quickbooks.csv": (["Alice Brown", "Alice Brown", "Bob Stone"], ["2024-01-05", "2024-01-20", "2024-01-07"], [120.0, -20.0, 1050.5], [7, 8, 10], "utf-8", ",", 5),
    "csv_renamed.xlsx": (["A"], ["2024-01-01"], [10.0], [2], "utf-8", ",", 1),
    "polish_merged.xlsx": (["Jan Kowalski", "Jan Kowalski", "Anna Nowak"], ["2024-03-01", "2024-03-05", "2024-03-07"], [100.0, 50.0, 25.5], [4, 5, 6], None, None, 3),
    "mixed_date_cells.xlsx": (["A", "B", "C"], ["2024-02-01", "2024-02-01", "2024-02-01"], [10.0, 20.0, 30.0], [2, 3, 4], None, None, 1),
    "trailing_empty_rows.xlsx": (["A", "B"], ["2024-01-01", "2024-01-02"], [10.0, 20.0], [2, 3], None, None, 1),
    "two_sheets.xlsx": (["Анна", "Борис"], ["2024-02-01", "2024-02-02"], [100.0, 200.0], [2, 3], None, None, 1),
    "onec_shared_strings.xlsx": (["Анна", "Борис"], ["2024-02-01", "2024-02-02"], [100.0, 200.0], [2, 3], None, None, 1),
    "two_sheets.xls": (["Анна", "Борис"], ["2024-02-01", "2024-02-02"], [100.0, 200.0], [2, 3], None, None, 1),
    "two_sheets.ods": (["Анна", "Борис"], ["2024-02-01", "2024-02-02"], [100.0, 200.0], [2, 3], None, None, 1),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_export_reads_exactly(name):
    customers, dates, amounts, rows, encoding, delimiter, header_row = CASES[name]
    result = read_transactions(FIXTURES / name)
    frame = result.transactions.frame
    assert list(frame["customer_id"]) == customers
    assert [str(day.date()) for day in frame["date"]] == dates
    assert list(frame["amount"]) == pytest.approx(amounts)
    assert list(frame["source_row"]) == rows
    assert result.transactions.rejections == ()
    assert result.report.encoding == encoding
    assert result.report.delimiter == delimiter
    assert result.report.header_row == header_row


def test_bom_does_not_stick_to_the_first_header():
    assert read_transactions(FIXTURES / "utf8_bom.csv").report.columns[0] == "Дата"


def test_workbook_details():
    merged = read_transactions(FIXTURES / "polish_merged.xlsx").report
    assert merged.sheet == "Sprzedaż"
    assert merged.mapping["order_id"] == "Nr dokumentu"
    assert [(s.row, s.kind) for s in merged.skipped] == [(1, "title"), (7, "total")]
    two = read_transactions(FIXTURES / "two_sheets.xlsx")
    assert two.report.sheet == "Продажи"  # the sheet with the table, not the first one
    assert two.report.sheets == ("Notes", "Продажи")
    assert list(two.transactions.frame["channel"].isna()) == [False, True]
    with pytest.raises(UnreadableFile, match="no sheet"):
        read_transactions(FIXTURES / "two_sheets.xlsx", ImportOptions(sheet="Missing"))


def test_quickbooks_groups_subtotals_and_totals_are_listed_not_rejected():
    report = read_transactions(FIXTURES / "quickbooks.csv").report
    assert [(s.row, s.kind) for s in report.skipped] == [
        (1, "title"), (2, "title"), (3, "title"), (6, "group"), (9, "subtotal"), (11, "total"),
    ]  # fmt: skip
    assert report.date_format == "%m/%d/%Y"
    assert report.warnings == ()  # the printed total 1,150.50 reconciles


def test_a_total_that_does_not_reconcile_warns(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Дата;Контрагент;Сумма\n01.02.2024;А;100,00\n02.02.2024;Б;oops\nИтого;;150,00\n", encoding="utf-8")
    result = read_transactions(path)
    assert [(r.row, r.value) for r in result.transactions.rejections] == [(3, "oops")]
    (mismatch,) = result.report.warnings
    assert mismatch.code == "total_mismatch"
    assert "150.00" in mismatch.message and "100.00" in mismatch.message
    assert (mismatch.params["printed"], mismatch.params["expected"]) == (150.0, 100.0)


def test_rejections_keep_row_column_value_and_reason():
    rejections = read_transactions(FIXTURES / "bad_rows.csv").transactions.rejections
    assert [(r.row, r.column, r.value, r.reason) for r in rejections] == [
        (3, "Date", "2024-13-45", "not a date (the column reads as yyyy-mm-dd)"),
        (4, "Customer", "", "customer is empty"),
        (5, "Amount", "abc", "not a number"),
        (6, "Amount", "", "amount is empty"),
    ]


def test_quoted_fields_with_delimiters_and_line_breaks_keep_line_numbers():
    result = read_transactions(FIXTURES / "quoted_multiline.csv")
    assert list(result.transactions.frame["customer_id"]) == ["Kowalski; Jan"]
    assert [(r.row, r.value) for r in result.transactions.rejections] == [
        (4, "x")
    ]  # line 4: the record after the 2-line one


def test_ambiguous_slash_dates_follow_the_override_and_warn_otherwise(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("Date,Customer,Amount\n01/02/2024,A,1\n03/04/2024,B,2\n", encoding="utf-8")
    plain = read_transactions(path)
    assert str(plain.transactions.frame["date"].iloc[0].date()) == "2024-02-01"
    assert [(w.code, "day-first" in w.message) for w in plain.report.warnings] == [("dates_day_first", True)]
    monthfirst = read_transactions(path, ImportOptions(dayfirst=False))
    assert str(monthfirst.transactions.frame["date"].iloc[0].date()) == "2024-01-02"
    assert monthfirst.report.warnings == ()
    us = read_transactions(path, ImportOptions(locale="en_US"))
    assert str(us.transactions.frame["date"].iloc[0].date()) == "2024-01-02"


@pytest.mark.parametrize(
    ("name", "error", "says"),
    [
        ("empty.csv", EmptyFile, "empty"),
        ("encrypted.xlsx", EncryptedWorkbook, "password"),
        ("html_saved_as.xls", UnreadableFile, "web page"),
        ("~$lockfile.xlsx", LockFile, "lock file"),
        ("truncated.xlsx", UnreadableFile, "not downloaded completely"),
        ("mixed_currencies.csv", MixedCurrencies, "PLN, USD"),
        ("no_such_file.csv", UnreadableFile, "does not exist"),
    ],
)
def test_each_bad_file_gets_its_own_plain_message(name, error, says):
    with pytest.raises(error, match=says):
        read_transactions(FIXTURES / name)


def test_renamed_csv_warns():
    (renamed,) = read_transactions(FIXTURES / "csv_renamed.xlsx").report.warnings
    assert renamed.code == "text_named_as_workbook" and "text (CSV)" in renamed.message


def test_missing_required_column_lists_the_columns(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Date;Product;Qty\n2024-01-01;Rose;3\n", encoding="utf-8")
    with pytest.raises(MissingColumn) as caught:
        read_transactions(path)
    assert "Date, Product, Qty" in caught.value.message


def test_columns_override(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Kiedy;Kto;Ile\n2024-01-01;Ala;3\n", encoding="utf-8")
    options = ImportOptions(columns=parse_columns_option("date=Kiedy,customer_id=Kto,amount=Ile"))
    assert list(read_transactions(path, options).transactions.frame["amount"]) == [3.0]
    with pytest.raises(BadColumnsOption):
        parse_columns_option("buyer=Kto")


def test_spend_by_month_with_optional_channel():
    spend = read_spend(FIXTURES / "spend_months.csv")
    assert list(spend.frame["date"]) == [
        pd.Timestamp("2024-01-01"),
        pd.Timestamp("2024-02-01"),
        pd.Timestamp("2024-02-01"),
    ]
    assert list(spend.frame["amount"]) == [1000.0, 1500.0, 200.0]
    assert spend.frame["channel"].isna().tolist() == [False, False, True]
    assert spend.rejections == ()


def test_preview_reads_the_start_and_maps_what_it_can(tmp_path):
    result = preview(FIXTURES / "title_lines.csv")
    assert result.report.header_row == 4
    assert list(result.rows.columns) == ["Дата", "Покупатель", "Сумма с НДС", "Номер"]
    assert result.mapping["amount"] == "Сумма с НДС"
    assert result.error is None
    path = tmp_path / "partial.csv"
    path.write_text("Date;Product\n2024-01-01;Rose\n", encoding="utf-8")
    partial = preview(path)
    assert partial.mapping == {"date": "Date", "product": "Product"}
    assert "customer" in partial.error


def test_source_file_is_never_modified():
    path = FIXTURES / "cp1251_semicolon.csv"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_transactions(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_excel_serial_numbers_in_text_and_the_1904_system():
    from ltv_desktop.io.dates import parse_dates

    column = pd.Series(["45323", "2024-02-02"], dtype=object)
    assert [str(d)[:10] for d in parse_dates(column).values] == ["2024-02-01", "2024-02-02"]
    in_1904 = parse_dates(pd.Series([43861.0], dtype=object), date1904=True, typed=True).values[0]
    assert str(in_1904)[:10] == str(dt.date(1904, 1, 1) + dt.timedelta(days=43861))
