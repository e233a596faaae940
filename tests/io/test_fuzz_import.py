"""Generated sales tables in many conventions, written as CSV and XLSX and read back through the importer.

Each table is written the way some shop or accounting program would write it:
separators, decimal and thousands styles, currencies, date styles, title lines
above the header, a totals row, a few junk values. Whatever the convention:
- accounting closes: every line after the header is used, rejected or skipped,
  exactly once, and rows read = used + rejected + skipped;
- the used amounts add up to the generator's sum, to the cent;
- each junk value is exactly one rejected row, with its row number;
- only the app's own errors (`LtvError`) escape, and numpy/pandas print no warnings.
The default run is a few hundred examples; set LTV_FUZZ_EXAMPLES for more.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import warnings
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.io import ImportOptions, read_transactions
from ltv_desktop.model.errors import LtvError
from tests.io.money_writing import AMOUNT_STYLES, money_text

EXAMPLES = int(os.environ.get("LTV_FUZZ_EXAMPLES", "0")) or None
"""Examples per test when set; each test has its own default otherwise (a few hundred in all)."""


def fuzz_settings(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


DATE_STYLES = {  # strftime format, dayfirst option the owner would give (None: the data decides)
    "iso": ("%Y-%m-%d", None),
    "dotted": ("%d.%m.%Y", None),
    "slash_day_first": ("%d/%m/%Y", True),
    "slash_month_first": ("%m/%d/%Y", False),
    "iso_time": ("%Y-%m-%d %H:%M:%S", None),
    "shopify": ("%Y-%m-%d %H:%M:%S +0200", None),
    "iso_zulu": ("%Y-%m-%dT%H:%M:%SZ", None),
    "uci": ("%m/%d/%Y %H:%M", False),
}
HEADERS = [
    ("customer", "date", "amount"),
    ("Customer ID", "Order Date", "Total"),
    ("Контрагент", "Дата", "Сумма"),
    ("Kontrahent", "Data sprzedaży", "Kwota brutto"),
    ("Kunde", "Datum", "Betrag"),
]
CUSTOMERS = ["C-{:03d}", "client{}@shop.example", "Клиент {}", "Sklep Łódź {}", "Müller GmbH {}"]
TITLES = ["Sales report", "Период: 01.01.2015 - 31.12.2025", "Shop Ltd, all orders", "Zestawienie sprzedaży"]
TOTAL_WORDS = ["Total", "Итого", "Razem", "Grand total"]
JUNK = {
    "amount": ["12.05.2024", "5..5", "N/A", "1,2,3", "abc"],
    "date": ["2024-13-45", "9999-12-31", "NA", "not yet", "0001-01-01"],
    "customer": ["NA", "#N/A", "null", ""],
}


@dataclasses.dataclass
class Table:
    """A generated export: its lines as cells, and what an independent reading of it must give."""

    titles: list[str]
    blank_after_titles: bool
    header: list[str]
    rows: list[list[object]]
    amounts: list[Decimal]
    """The amount of every row, None for a junk row, in row order."""
    junk_rows: list[int]
    """Positions (in `rows`) of the rows that must be rejected."""
    total_row: bool
    dayfirst: bool | None

    @property
    def header_line(self) -> int:
        return len(self.titles) + int(self.blank_after_titles) + 1

    def line_of(self, position: int) -> int:
        return self.header_line + 1 + position


@st.composite
def tables(draw, typed: bool = False) -> Table:
    """A sales table in one random convention, with optional titles, junk rows and a totals row."""
    count = draw(st.integers(1, 25))
    amounts = draw(
        st.lists(
            st.decimals(min_value=-50_000, max_value=5_000_000, places=2, allow_nan=False),
            min_size=count,
            max_size=count,
        )
    )
    days = draw(st.lists(st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31)), min_size=count, max_size=count))
    times = draw(st.lists(st.times(), min_size=count, max_size=count))
    pattern = draw(st.sampled_from(CUSTOMERS))
    people = [pattern.format(draw(st.integers(1, 8))) for _ in range(count)]
    amount_style = draw(st.sampled_from(sorted(AMOUNT_STYLES)))
    currency = draw(st.sampled_from(["", "zł", "€", "руб.", "$"]))
    negatives = draw(st.sampled_from(["minus", "parentheses"]))
    date_style = draw(st.sampled_from(sorted(DATE_STYLES)))
    date_format, dayfirst = DATE_STYLES[date_style]
    native_amounts = typed and draw(st.booleans())
    native_dates = typed and draw(st.booleans())
    header = list(draw(st.sampled_from(HEADERS)))
    order = draw(st.permutations([0, 1, 2]))

    rows: list[list[object]] = []
    for person, day, time, amount in zip(people, days, times, amounts, strict=True):
        moment = dt.datetime.combine(day, time)
        date_cell = moment if native_dates else moment.strftime(date_format)
        amount_cell = float(amount) if native_amounts else money_text(amount, amount_style, currency, negatives)
        rows.append([person, date_cell, amount_cell])
    expected: list[Decimal | None] = list(amounts)

    junk_rows: list[int] = []
    for _ in range(draw(st.integers(0, 2))):
        field = draw(st.sampled_from(sorted(JUNK)))
        value = draw(st.sampled_from(JUNK[field]))
        where = draw(st.integers(0, len(rows)))
        good = [
            draw(st.sampled_from(people)),
            rows[0][1],
            float(Decimal("10.00")) if native_amounts else money_text(Decimal("10.00"), amount_style, currency, ""),
        ]
        good[["customer", "date", "amount"].index(field)] = value
        rows.insert(where, good)
        expected.insert(where, None)
        junk_rows = [position + (position >= where) for position in junk_rows] + [where]
    if all(amount is None for amount in expected):
        rows.append([people[0], rows[0][1], rows[0][2]])
        expected.append(amounts[0])

    total = sum((amount for amount in expected if amount is not None), Decimal(0))
    total_row = draw(st.booleans())
    if total_row:
        word = draw(st.sampled_from(TOTAL_WORDS))
        printed = float(total) if native_amounts else money_text(total, amount_style, currency, negatives)
        rows.append([word, "", printed])
    titles = draw(st.lists(st.sampled_from(TITLES), max_size=3, unique=True))
    blank = bool(titles) and draw(st.booleans())
    return Table(
        titles=titles,
        blank_after_titles=blank,
        header=[header[i] for i in order],
        rows=[[row[i] for i in order] for row in rows],
        amounts=expected,
        junk_rows=sorted(junk_rows),
        total_row=total_row,
        dayfirst=dayfirst if not native_dates else None,
    )


def write_csv(table: Table, path: Path, delimiter: str, encoding: str, quote_all: bool) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(
            handle, delimiter=delimiter, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator="\n"
        )
        for title in table.titles:
            writer.writerow([title])
        if table.blank_after_titles:
            handle.write("\n")
        writer.writerow(table.header)
        writer.writerows(table.rows)


def write_xlsx(table: Table, path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Sales")
    date_cell = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    line = 0
    for title in table.titles:
        sheet.write_string(line, 0, title)
        line += 1
    line += int(table.blank_after_titles)
    for column, name in enumerate(table.header):
        sheet.write_string(line, column, name)
    for row in table.rows:
        line += 1
        for column, value in enumerate(row):
            if isinstance(value, dt.datetime):
                sheet.write_datetime(line, column, value, date_cell)
            elif isinstance(value, float):
                sheet.write_number(line, column, value)
            elif value != "":
                sheet.write_string(line, column, value)
    book.close()


def read_checked(table: Table, path: Path):
    """Read `path`, let only LtvError escape, and fail on any warning numpy or pandas prints."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = read_transactions(path, ImportOptions(dayfirst=table.dayfirst))
    printed = [f"{w.category.__name__}: {w.message}" for w in caught if not issubclass(w.category, ResourceWarning)]
    assert printed == []
    return result


def check_accounting(table: Table, result) -> None:
    transactions, report = result.transactions, result.report
    assert report.header_row == table.header_line
    used = [int(row) for row in transactions.frame["source_row"]]
    rejected = [rejection.row for rejection in transactions.rejections]
    skipped = [row.row for row in report.skipped if row.kind != "title"]
    data_lines = [table.line_of(position) for position in range(len(table.rows))]
    accounted = used + rejected + skipped
    assert sorted(accounted) == data_lines, "every line after the header is used, rejected or skipped, once"
    assert transactions.rows_read == len(used) + len(rejected) + len(skipped)
    assert sorted(rejected) == [table.line_of(position) for position in table.junk_rows]
    if table.total_row:
        assert [row.kind for row in report.skipped if row.row == data_lines[-1]] == ["total"]
    expected = sum((amount for amount in table.amounts if amount is not None), Decimal(0))
    assert round(Decimal(repr(float(transactions.frame["amount"].sum()))), 2) == expected
    by_line = dict(zip(used, transactions.frame["amount"], strict=True))
    for position, amount in enumerate(table.amounts):
        if amount is not None:
            assert by_line[table.line_of(position)] == float(amount), table.rows[position]


@fuzz_settings(120)
@given(
    tables(),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig"]),
    st.booleans(),
)
def test_csv_in_any_convention_reads_back_exactly(tmp_path_factory, table, delimiter, encoding, quote_all):
    path = tmp_path_factory.mktemp("fuzz") / "sales.csv"
    write_csv(table, path, delimiter, encoding, quote_all)
    check_accounting(table, read_checked(table, path))


@fuzz_settings(40)
@given(tables(typed=True))
def test_xlsx_in_any_convention_reads_back_exactly(tmp_path_factory, table):
    path = tmp_path_factory.mktemp("fuzz") / "sales.xlsx"
    write_xlsx(table, path)
    check_accounting(table, read_checked(table, path))


DAMAGE = st.sampled_from(["delete", "insert", "quote", "delimiter", "newline", "truncate"])


@fuzz_settings(80)
@given(tables(), st.lists(st.tuples(DAMAGE, st.integers(0, 10_000), st.sampled_from('";,\n\t"x0')), max_size=4))
def test_damaged_csv_is_read_or_refused_but_never_crashes(tmp_path_factory, table, damage):
    """Random damage (a stray quote, a lost delimiter, a cut file): a result whose accounting closes, or an LtvError."""
    path = tmp_path_factory.mktemp("fuzz") / "damaged.csv"
    write_csv(table, path, ";", "utf-8", False)
    text = path.read_text(encoding="utf-8")
    for kind, where, char in damage:
        where = where % (len(text) + 1)
        if kind == "delete":
            text = text[:where] + text[where + 1 :]
        elif kind == "truncate":
            text = text[: max(where, 1)]
        else:
            text = text[:where] + {"quote": '"', "delimiter": ";", "newline": "\n"}.get(kind, char) + text[where:]
    path.write_text(text, encoding="utf-8")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = read_transactions(path, ImportOptions(dayfirst=table.dayfirst))
    except LtvError:
        return
    printed = [f"{w.category.__name__}: {w.message}" for w in caught if not issubclass(w.category, ResourceWarning)]
    assert printed == []
    transactions = result.transactions
    skipped = [row for row in result.report.skipped if row.kind != "title"]
    filled = [row.row for row in skipped if row.kind != "blank"] + [r.row for r in transactions.rejections]
    last = max([*filled, *transactions.frame["source_row"]], default=0)
    skipped = [row for row in skipped if row.kind != "blank" or row.row < last]  # trailing blanks are not read
    assert transactions.rows_read == transactions.rows_used + len(transactions.rejections) + len(skipped)
    lines = list(transactions.frame["source_row"]) + [r.row for r in transactions.rejections] + [s.row for s in skipped]
    assert len(lines) == len(set(lines)), "no line is counted twice"


def test_examples_setting_is_read_from_the_environment():
    """LTV_FUZZ_EXAMPLES raises every test's example count (for a long run before a release)."""
    assert fuzz_settings(7).max_examples == (EXAMPLES or 7)
    pytest.importorskip("xlsxwriter")
