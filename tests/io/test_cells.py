"""The per-column shortcuts give what the cell-by-cell definitions give."""

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io.cells import cell_kinds, distinct_texts

SPACES = " \t\u00a0\u202f\u2009\n"
TEXTS = st.text(alphabet="ab1,. " + SPACES, max_size=5)
CELLS = st.one_of(
    TEXTS,
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.dates(),
    st.datetimes(),
    st.just(None),
    st.just(np.float64(1.5)),
    st.just(np.int64(3)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TEXTS, CELLS), max_size=20))
def test_distinct_texts_are_the_trimmed_text_of_each_cell(cells):
    values = np.array(cells, dtype=object)
    expected = pd.Series(values, dtype=object).astype(str).str.strip()
    codes, texts = distinct_texts(values)
    ours = [texts[code] if code >= 0 else None for code in codes]
    assert ours == [None if pd.isna(text) else text for text in expected]
    assert len(set(texts)) == len(texts)


@settings(max_examples=300, deadline=None)
@given(st.lists(CELLS, max_size=20))
def test_cell_kinds_match_isinstance_cell_by_cell(cells):
    raw = pd.Series(np.array(cells, dtype=object), dtype=object)
    is_number, is_date = cell_kinds(raw, typed=True)
    numbers = [isinstance(c, int | float) and not isinstance(c, bool) for c in cells]
    dates = [isinstance(c, dt.date) for c in cells]
    assert list(is_number) == numbers
    assert list(is_date) == dates
