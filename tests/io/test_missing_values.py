"""A missing-value token in an amount or a date cell is an empty value: its row is rejected as
"amount is empty" / "date is empty" with its row number, and no other row is read differently."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.i18n.catalogue import say, text
from ltv_desktop.io import read_transactions
from ltv_desktop.model.errors import NoUsableData

TOKENS = ["", "NA", "N/A", "null", "None", "-", "—", "#N/A", "nan", "na", "NULL", "NaN", "n/a", " NA ", "\u2013"]


def _sale(draw_index: int, cents: int, day: int) -> tuple[str, str, str]:
    date = dt.date(2024, 1, 1) + dt.timedelta(days=day)
    return f"customer{draw_index % 7}@example.com", date.isoformat(), f"{cents // 100}.{cents % 100:02d}"


@st.composite
def sales_with_holes(draw: st.DrawFn) -> tuple[str, dict[int, str], float]:
    """A CSV of sales where some rows have a token in the amount or the date cell (never both: a row with
    neither date nor amount is a group heading, skipped on purpose). Returns the text, the expected rejection
    code per file row (the header is row 1) and the sum of the rows that stay."""
    count = draw(st.integers(3, 30))
    cents = draw(st.lists(st.integers(1, 9_999_999), min_size=count, max_size=count))
    days = draw(st.lists(st.integers(0, 700), min_size=count, max_size=count))
    holes = draw(st.lists(st.sampled_from([None, "amount", "date"]), min_size=count, max_size=count))
    if all(holes):  # at least one usable row, else the import refuses the file as a whole
        holes[draw(st.integers(0, count - 1))] = None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Email", "Order Date", "Amount"])
    expected: dict[int, str] = {}
    kept = 0.0
    for index in range(count):
        customer, date, amount = _sale(index, cents[index], days[index])
        if holes[index] == "amount":
            amount = draw(st.sampled_from(TOKENS))
            expected[index + 2] = "amount_empty"
        elif holes[index] == "date":
            date = draw(st.sampled_from(TOKENS))
            expected[index + 2] = "date_empty"
        else:
            kept += cents[index] / 100
        writer.writerow([customer, date, amount])
    return out.getvalue(), expected, kept


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sales_with_holes())
def test_missing_tokens_are_empty_values_with_their_row(tmp_path, case):
    content, expected, kept = case
    path = tmp_path / "sales.csv"
    path.write_text(content, encoding="utf-8")
    result = read_transactions(path)
    rejections = result.transactions.rejections
    assert {r.row: r.code for r in rejections} == expected
    for rejection in rejections:
        reason = "amount is empty" if rejection.code == "amount_empty" else "date is empty"
        assert say(rejection, "en") == reason
    # the other rows are read as written: same count, same sum to the cent
    frame = result.transactions.frame
    # rows the csv module holds as sales, counted without the importer
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(frame) == sum(1 for number, _ in enumerate(rows, start=2) if number not in expected)
    assert round(float(frame["amount"].sum()), 2) == pytest.approx(round(kept, 2), abs=0.005)


@pytest.mark.parametrize("token", ["NA", "N/A", "null", "None", "-", "—", "#N/A", "nan", ""])
def test_a_token_in_an_amount_or_a_date_is_said_empty(tmp_path, token):
    path = tmp_path / "holes.csv"
    path.write_text(
        "Customer,Date,Amount\n"
        "Anna,2024-03-01,10.50\n"
        f"Boris,2024-03-02,{token}\n"
        f"Clara,{token},7.25\n"
        "Dmitri,2024-03-04,1.25\n",
        encoding="utf-8",
    )
    result = read_transactions(path)
    assert [(r.row, r.column, r.code) for r in result.transactions.rejections] == [
        (3, "Amount", "amount_empty"),
        (4, "Date", "date_empty"),
    ]
    assert result.transactions.frame["amount"].sum() == pytest.approx(11.75)


def test_refusals_carry_the_catalogue_sentence_of_their_code(tmp_path):
    """The importer's refusals build no English of their own: `message` is the catalogue's text for code and
    params, so the window and the CLI say the same thing."""
    header_only = tmp_path / "header_only.csv"
    header_only.write_text("Customer,Date,Amount\n", encoding="utf-8")
    with pytest.raises(NoUsableData) as caught:
        read_transactions(header_only)
    assert caught.value.code == "no_sales_rows"
    assert caught.value.message == text("no_sales_rows", "en", **caught.value.params)

    every_row = tmp_path / "every_row.csv"
    every_row.write_text("Customer,Date,Amount\nAnna,2024-03-01,abc\nBoris,2024-03-02,NA\n", encoding="utf-8")
    with pytest.raises(NoUsableData) as caught:
        read_transactions(every_row)
    assert caught.value.code == "every_row_rejected"
    assert caught.value.params["rejected"] == 2
    assert caught.value.message == say(caught.value, "en")
    assert "row 2" in caught.value.message and "'abc'" in caught.value.message


def test_a_printed_total_that_disagrees_is_a_coded_notice(tmp_path):
    path = tmp_path / "totals.csv"
    path.write_text(
        "Customer,Date,Amount\nAnna,2024-03-01,10.00\nBoris,2024-03-02,5.00\nTotal,,20.00\n", encoding="utf-8"
    )
    warnings = read_transactions(path).report.warnings
    mismatch = [w for w in warnings if w.code == "total_mismatch"]
    assert len(mismatch) == 1
    assert mismatch[0].params == {"row": 4, "printed": 20.0, "expected": 15.0}
    assert mismatch[0].message == text("total_mismatch", "en", **mismatch[0].params)
    assert mismatch[0].message.startswith("Row 4 prints a total of 20.00")


def test_the_spend_file_says_empty_for_tokens_too(tmp_path):
    from ltv_desktop.io import read_spend

    path = tmp_path / "spend.csv"
    path.write_text("Month,Spend\n2024-01,100\n2024-02,N/A\n#N/A,50\n2024-04,abc\n", encoding="utf-8")
    result = read_spend(path)
    assert [(r.row, r.code) for r in result.rejections] == [
        (3, "amount_empty"),
        (4, "date_empty"),
        (5, "not_a_number"),
    ]
    assert result.frame["amount"].sum() == pytest.approx(100.0)
