"""Each shortcut of the import's clean path only skips work whose outcome it has shown: the same answer as the
cell-by-cell way it replaces, for any cells."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io.cells import MISSING_VARIANTS, blank_missing, is_missing
from ltv_desktop.io.importer import _absent_as_nan, _text, _Texts
from ltv_desktop.io.numbers import PLAIN_AMBIGUOUS, _may_be_ambiguous, _plain, parse_amounts

TOKENS = [*sorted(MISSING_VARIANTS), "", " ", "NA ", "Nan", "C001", "н/д ", "Brak", "nA", "–", "—"]
CELLS = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=30)
NUMBER_TEXT = st.text(alphabet=st.sampled_from("0123456789.-+,\x00 a١٣"), max_size=9)


@settings(max_examples=300, deadline=None)
@given(CELLS)
def test_missing_tokens_found_as_cell_by_cell(cells: list[str]) -> None:
    array = np.array(cells, dtype=object)
    expected = np.array([cell in MISSING_VARIANTS for cell in cells], dtype=bool)
    assert np.array_equal(is_missing(array), expected)
    blanked = blank_missing(pd.Series(array, dtype=object))
    assert list(blanked) == ["" if missing else cell for cell, missing in zip(cells, expected, strict=True)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab \t\u00a0\u3000\n\x85"), max_size=5), min_size=1, max_size=30))
def test_text_column_trimmed_as_cell_by_cell(cells: list[str]) -> None:
    """`_text` compares lists instead of testing identity per cell: the same trimmed texts, and the column
    itself (no copy) exactly when nothing was trimmed."""
    column = pd.Series(np.array(cells, dtype=object), dtype=object)
    trimmed = _text(column)
    assert list(trimmed) == [cell.strip() for cell in cells]
    assert (trimmed is column) == all(cell == cell.strip() for cell in cells)


@settings(max_examples=200, deadline=None)
@given(CELLS)
def test_absent_values_as_the_pandas_mask(cells: list[str]) -> None:
    """Texts with tokens blanked and empty cells as NaN: the same array as the pandas mask it replaces, and
    the kept empty-cell masks of a trimmed column agree with a fresh comparison."""
    trimmed_cells = [cell.strip() for cell in cells]
    body = pd.DataFrame({"x": np.array(trimmed_cells, dtype=object)}, dtype=object)
    texts = _Texts(body, trimmed=True)
    values, empty = texts.blanked("x")
    expected = blank_missing(body["x"])
    expected = expected.mask(expected == "").to_numpy()
    got = _absent_as_nan(values, empty)
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected, strict=True):
        assert (mine == theirs) or (pd.isna(mine) and pd.isna(theirs) and type(mine) is type(theirs))
    assert np.array_equal(texts.empty("x"), body["x"].to_numpy(dtype=object) == "")


@settings(max_examples=500, deadline=None)
@given(st.lists(NUMBER_TEXT, min_size=1, max_size=12))
def test_ambiguous_plain_numbers_never_missed(texts: list[str]) -> None:
    """The joined search may raise a false alarm, never miss a value that could be `12.000`."""
    array = np.array(texts, dtype=object)
    if any(PLAIN_AMBIGUOUS.fullmatch(text) for text in texts):
        assert _may_be_ambiguous(array)
        assert _plain(array) is None


@given(st.lists(st.sampled_from(["1.000", "12.500", "56.91", "7", "-3.25", "1e3", "12.0001"]), min_size=1, max_size=20))
def test_plain_column_reads_as_before(texts: list[str]) -> None:
    """A column of plain numbers reads as pandas reads them unless one value could be thousands."""
    parsed = parse_amounts(pd.Series(np.array(texts, dtype=object), dtype=object))
    if not any(PLAIN_AMBIGUOUS.fullmatch(text) for text in texts):
        assert np.array_equal(parsed.values, pd.to_numeric(pd.Series(texts)).to_numpy(dtype=np.float64))
        assert parsed.decimal == "."
