"""A column of numbers that differ on every line (readers.distinct_columns) is read as bytes and cast to texts:
the grid is the very grid of texts pandas' parser gives, whatever the cells, widths, quotes and line ends."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io import read_transactions, readers
from ltv_desktop.io.readers import DISTINCT_SAMPLE_BYTES, distinct_columns
from ltv_desktop.io.report_json import analysis_document
from ltv_desktop.model.activity import row_codes
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.predictive import PredictiveOptions
from ltv_desktop.model.settings import Settings

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
    """The importer passes on that every kept row has its own order number only when the file shows it; the
    analysis is then the same as when it numbers the orders itself, to the last digit."""
    path = tmp_path / "orders.csv"
    path.write_text(text, encoding="utf-8")
    transactions = read_transactions(path).transactions
    assert transactions.order_ids_different is different, case
    if not different:
        return
    orders = transactions.frame["order_id"]
    assert orders.notna().all() and orders.is_unique
    numbered = analyze(transactions, Settings(), predictive=PredictiveOptions())
    hashed = analyze(dataclasses.replace(transactions, order_ids_different=False), Settings(),
                     predictive=PredictiveOptions())  # fmt: skip
    assert json.dumps(analysis_document(numbered, {})) == json.dumps(analysis_document(hashed, {}))


def test_row_codes_number_different_order_ids_as_factorize_does():
    frame = pd.DataFrame({"customer_id": ["b", "a", "b", "c"], "order_id": ["9", "3", "7", "1"]})
    numbered = row_codes(frame, order_ids_different=True)
    assert numbered.order is not None
    assert numbered.order.tolist() == pd.factorize(frame["order_id"].to_numpy())[0].tolist()
    assert numbered.customer.tolist() == row_codes(frame).customer.tolist()
