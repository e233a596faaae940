"""A column of numbers that differ on every line (readers.distinct_columns) is read as bytes and cast to texts:
the grid is the very grid of texts pandas' parser gives, whatever the cells, widths, quotes and line ends. The
sales importer keeps such a column in bytes when its cells all differ: an order number on every line then never
becomes a text, and every number is the same as when it does."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io import read_transactions, readers
from ltv_desktop.io.cells import is_missing, is_missing_bytes
from ltv_desktop.io.readers import DISTINCT_SAMPLE_BYTES, as_texts, distinct_columns
from ltv_desktop.io.report_json import analysis_document
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.predictive import PredictiveOptions
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import Transactions

CELL = st.text(alphabet='ab01 ,"\n\r\té€Ж\u3000', max_size=30)


def _texts(data: bytes, width: int) -> pd.DataFrame:
    """The grid as pandas' parser gives it with every column read as texts: what the bytes path must equal."""
    return pd.read_csv(
        io.BytesIO(data), encoding="utf-8", sep=",", header=None, names=range(width), dtype=object,
        na_filter=False, skip_blank_lines=False, engine="c", quotechar='"', index_col=False,
    )  # fmt: skip


@pytest.mark.filterwarnings("ignore::pandas.errors.ParserWarning")  # lines longer than the grid, in both readings
@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(CELL, min_size=1, max_size=3), min_size=1, max_size=12),
    quoted=st.booleans(),
    column=st.integers(0, 2),
    size=st.sampled_from([8, 16, 24]),
)
def test_a_column_read_as_bytes_gives_the_grid_of_texts(rows, quoted, column, size):
    """Cut cells (wider than the column's bytes), non-ASCII ones, quoted delimiters and line breaks, short lines:
    the grid is the same as when every cell is read as text, or both readings refuse the text alike."""
    if quoted:
        data = "".join(",".join('"' + cell.replace('"', '""') + '"' for cell in row) + "\n" for row in rows)
    else:
        data = "".join(",".join(row) + "\n" for row in rows)
    raw = data.encode("utf-8")
    try:
        expected = _texts(raw, 3)
    except (pd.errors.ParserError, ValueError):
        with pytest.raises((pd.errors.ParserError, ValueError)):
            readers._parse_text(raw, ",", 3, {column: size})
        return
    got, different = readers._parse_text(raw, ",", 3, {column: size})
    assert got.dtypes.tolist() == [object] * 3
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    if column in different:  # said only of the column read as bytes, and only when true of its texts
        filled = [cell for cell in expected[column].tolist() if cell != ""]
        assert len(set(filled)) == len(filled)
    assert different <= {column}
    kept, kept_different = readers._parse_text(raw, ",", 3, {column: size}, keep_bytes=True)
    assert kept_different == different
    assert {position for position in kept.columns if kept[position].dtype.kind == "S"} == different
    pd.testing.assert_frame_equal(as_texts(kept), expected, check_exact=True)


def _export(lines: int) -> str:
    header = "Order,Customer,Note,Ref\n"
    rows = [f"{100000 + i},C{i % 97},{'long note ' * 4}{i},ž{i}\n" for i in range(lines)]
    return header + "".join(rows)


def test_only_short_ascii_numbers_that_differ_on_every_line_are_read_as_bytes():
    data = _export(20_000).encode("utf-8")
    assert len(data) > DISTINCT_SAMPLE_BYTES
    # the order number: 6 characters, read into 16 bytes; the customer repeats; the note is long; Ref is not ASCII
    assert distinct_columns(data, ",", 4) == {0: 16}
    assert distinct_columns(data[:10_000], ",", 4) == {}  # a small file: nothing to gain


def test_an_export_reads_the_same_with_its_order_numbers_read_as_bytes(tmp_path: Path, monkeypatch):
    lines = [
        f"{5000 + i},C{i % 300},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{(i % 50) + 0.99:.2f}" for i in range(30_000)
    ]
    lines[17_000] = '"17 000, late",C1,2024-01-01,5.00'  # a quoted delimiter among them
    lines[29_000] = "5001,C1,2024-02-02,1.99"  # an order of two lines: the column is kept, as texts
    path = tmp_path / "orders.csv"
    path.write_text("order_id,customer_id,date,amount\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert distinct_columns(path.read_bytes(), ",", 4) == {0: 16}
    fast = read_transactions(path)
    monkeypatch.setattr(readers, "distinct_columns", lambda *_: {})
    plain = read_transactions(path)
    pd.testing.assert_frame_equal(fast.transactions.frame, plain.transactions.frame, check_exact=True)
    assert fast.transactions.rejections == plain.transactions.rejections
    assert fast.transactions.frame["order_id"].iloc[17_000] == "17 000, late"


ASCII_CELL = st.binary(max_size=12).map(lambda raw: bytes(byte % 95 + 32 for byte in raw))
"""Printable ASCII, as a column read as bytes holds; b"" is an empty cell."""


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(ASCII_CELL, max_size=40), size=st.sampled_from([16, 24]))
def test_all_different_is_said_only_of_filled_cells_that_all_differ(cells, size):
    """Mixed into one number per cell, equal cells always collide: "all different" is never said wrongly, and
    cells of at most eight bytes (mixed without loss) are always seen to differ when they do."""
    column = np.array(cells, dtype=f"S{size}")
    filled = [cell for cell in cells if cell]
    differ = len(set(filled)) == len(filled)
    if readers.all_different(column):
        assert differ
    elif differ:
        assert max(map(len, filled)) > 8


def _one_order_per_line(lines: int, order_cell=lambda i: f"{700000 + i}") -> str:
    rows = [
        f"{order_cell(i)},C{i % 997:04d},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{(i * 37 % 500) / 10 + 1:.2f}"
        for i in range(lines)
    ]
    return "order_id,customer_id,date,amount\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("case", "text", "different"),
    [
        ("one order a line", _one_order_per_line(30_000), True),
        ("an order number twice, past the sampled start", _one_order_per_line(30_000).replace("729000,", "700003,"),
         False),
        ("a missing-value token in one order cell", _one_order_per_line(30_000).replace("\n728000,", "\nNA,"), False),
        ("an empty order cell", _one_order_per_line(30_000).replace("\n728000,", "\n,"), False),
        ("a line padded with a space", _one_order_per_line(30_000).replace("\n728000,", "\n 728000,"), False),
    ],
)  # fmt: skip
def test_orders_that_differ_on_every_line_number_each_line_as_its_own_order(tmp_path: Path, case, text, different):
    """The importer passes on that every kept row has its own order number only when the file shows it, and
    then leaves the column out; the analysis is the same as of the rows with their order numbers, to the last
    digit."""
    path = tmp_path / "orders.csv"
    path.write_text(text, encoding="utf-8")
    transactions = read_transactions(path).transactions
    assert transactions.order_ids_different is different, case
    assert ("order_id" not in transactions.frame.columns) is different
    if not different:
        return
    orders = pd.read_csv(path, dtype=str, keep_default_na=False)["order_id"].to_numpy(dtype=object)
    with_orders = transactions.frame.assign(order_id=orders[transactions.frame["source_row"].to_numpy() - 2])
    numbered = analyze(transactions, Settings(), predictive=PredictiveOptions())
    hashed = analyze(Transactions(with_orders, transactions.rejections, transactions.rows_read), Settings(),
                     predictive=PredictiveOptions())  # fmt: skip
    assert json.dumps(analysis_document(numbered, {})) == json.dumps(analysis_document(hashed, {}))


@settings(max_examples=300, deadline=None)
@given(cells=st.lists(st.one_of(ASCII_CELL, st.sampled_from([b"NA", b"n/A", b"#N/A", b"null", b"None", b"-", b"brak",
                                                             b"nan", b"NA1", b"-1", b"Brak ", b""])), max_size=40),
       size=st.sampled_from([16, 24]))  # fmt: skip
def test_missing_value_tokens_are_found_in_bytes_as_in_texts(cells, size):
    column = np.array(cells, dtype=f"S{size}")
    texts = np.array([cell.decode("ascii") for cell in cells], dtype=object)
    assert is_missing_bytes(column).tolist() == is_missing(texts).tolist()


def test_a_column_kept_in_bytes_reads_as_texts_everywhere_an_owner_sees_it(tmp_path: Path):
    """Title lines above the header, a total line, customers that each buy once (their column kept in bytes
    too): the report and the rows say the texts, never the bytes, and the rows are those of the texts."""
    lines = [f"{900000 + i},K{i:06d},2024-{1 + i % 12:02d}-{1 + i % 28:02d},{i % 90 + 0.5:.2f}" for i in range(30_000)]
    total = sum((i % 90) + 0.5 for i in range(30_000))
    text = "Sales report\nShop Nord\norder_id,customer_id,date,amount\n" + "\n".join(lines) + f"\nTotal,,,{total:.2f}\n"
    path = tmp_path / "report.csv"
    path.write_text(text, encoding="utf-8")
    grid = readers.read_grid(path, keep_bytes=True)
    assert {position for position in grid.cells.columns if grid.cells[position].dtype.kind == "S"} == {0, 1}
    imported = read_transactions(path)
    frame = imported.transactions.frame
    assert imported.transactions.order_ids_different and "order_id" not in frame.columns
    assert frame["customer_id"].map(type).eq(str).all()
    assert frame["customer_id"].tolist() == [f"K{i:06d}" for i in range(30_000)]
    assert frame["amount"].sum() == pytest.approx(total)
    assert imported.report.columns == ("order_id", "customer_id", "date", "amount")
    labels = {row.kind: row.text for row in imported.report.skipped}
    assert labels["title"] in ("Sales report", "Shop Nord") and labels["total"].startswith("Total ")
    assert not any("b'" in row.text for row in imported.report.skipped)


def test_a_line_with_more_fields_than_the_header_is_rejected_when_a_column_is_in_bytes(tmp_path: Path):
    """The structure's repair reads texts: a header that leaves a column unnamed sends the grid back to texts,
    and the damaged line is rejected with its line number as in any file."""
    lines = [f"{800000 + i},C{i % 500},2024-03-{1 + i % 28:02d},{(i % 40) + 1}.25," for i in range(30_000)]
    lines[20_000] = "820000,C1,2024-03-01,5.25,extra"
    path = tmp_path / "orders.csv"
    path.write_text("order_id,customer_id,date,amount,\n" + "\n".join(lines) + "\n", encoding="utf-8")
    grid = readers.read_grid(path, keep_bytes=True)
    assert all(grid.cells[position].dtype == object for position in grid.cells.columns)
    imported = read_transactions(path)
    assert [(rejection.row, rejection.code) for rejection in imported.transactions.rejections] == [
        (20_002, "extra_fields")
    ]
    assert len(imported.transactions.frame) == 29_999


def test_item_lines_whose_order_numbers_all_differ_are_still_said_to(tmp_path: Path):
    """A file of item lines (a quantity and a unit price) where every line has its own order number: every order
    would hold one item, which the importer says, whether or not the column was kept in bytes."""
    lines = [f"{600000 + i},C{i % 700:04d},2024-05-{1 + i % 28:02d},{1 + i % 3},{i % 60 + 1}.50" for i in range(30_000)]
    path = tmp_path / "items.csv"
    path.write_text("order_id,customer_id,date,quantity,unit_price\n" + "\n".join(lines) + "\n", encoding="utf-8")
    imported = read_transactions(path)
    assert imported.transactions.order_ids_different
    said = {notice.code: dict(notice.params) for notice in imported.report.warnings}
    assert said["import.check.order_unique_per_row"]["count"] == 30_000
