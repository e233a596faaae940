"""A column of numbers that differ on every line (readers.distinct_columns) is read as bytes and cast to texts:
the grid is the very grid of texts pandas' parser gives, whatever the cells, widths, quotes and line ends."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io import read_transactions, readers
from ltv_desktop.io.readers import DISTINCT_SAMPLE_BYTES, distinct_columns

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
    got = readers._parse_text(raw, ",", 3, {column: size})
    assert got.dtypes.tolist() == [object] * 3
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


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
