"""The per-column shortcuts give what the cell-by-cell definitions give."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io import ImportOptions, read_transactions
from ltv_desktop.io.cells import blank_missing, cell_kinds, distinct_texts, is_missing
from ltv_desktop.io.dates import parse_dates
from ltv_desktop.io.numbers import parse_amounts

SPACES = " \t\u00a0\u202f\u2009\n"
TEXTS = st.one_of(
    st.text(alphabet="ab1,. " + SPACES, max_size=5),
    st.sampled_from(["NA", " n/a", "#N/A", "null", "None", "-", "--", "н/д", "BRAK", "nan", "NAN", "N/A/"]),
)
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


@pytest.mark.parametrize(
    "token", ["NA", "na", "N/A", "n/a", "null", "NULL", "None", "#N/A", "-", "н/д", "Н/Д", "brak", "Brak"]
)
def test_missing_value_tokens_are_missing(token):
    assert is_missing(np.array([token], dtype=object))[0]
    assert np.isnan(parse_amounts(pd.Series([token, "12.50"], dtype=object)).values[0])
    assert np.isnat(parse_dates(pd.Series([token, "2024-01-05"], dtype=object)).values[0])
    assert list(blank_missing(pd.Series([token, "Anna"], dtype=object))) == ["", "Anna"]


@pytest.mark.parametrize("text", ["Nan", "Nancy", "N/A Ltd", "--", "-5", "NA-1", "Nobody", "0"])
def test_names_and_values_that_only_look_like_tokens_stay(text):
    assert not is_missing(np.array([text], dtype=object))[0]


def test_na_is_never_a_customer_nor_a_value_nor_an_order(tmp_path):
    """Before: R's `NA` became one customer holding a quarter of the rows."""
    path = tmp_path / "r_export.csv"
    path.write_text(
        "customer,date,order,amount\n"
        "alice@example.com,2024-01-05,1001,10.00\n"
        "NA,2024-01-06,1002,20.00\n"
        "bob@example.com,2024-01-07,NA,30.00\n"
        "N/A,2024-01-08,1004,40.00\n"
        "carol@example.com,2024-01-09,1005,N/A\n"
        "dave@example.com,#N/A,1006,5.00\n"
        "-,2024-01-10,1007,6.00\n",
        encoding="utf-8",
    )
    # one order per customer cannot show the column is an order number: the owner says so, as on the Data tab
    result = read_transactions(path, ImportOptions(columns={"order_id": "order"}))
    frame = result.transactions.frame
    assert set(frame["customer_id"]) == {"alice@example.com", "bob@example.com"}
    assert frame["amount"].sum() == pytest.approx(40.0)
    assert frame["order_id"].isna().tolist() == [False, True]
    rejected = [(r.row, r.column, r.value, r.code) for r in result.transactions.rejections]
    assert [(row, code) for row, _, _, code in rejected] == [
        (3, "customer_empty"),
        (5, "customer_empty"),
        (6, "amount_empty"),  # a token is an empty value, not a value that failed to read
        (7, "date_empty"),
        (8, "customer_empty"),
    ]
    assert [value for _, _, value, _ in rejected] == ["NA", "N/A", "N/A", "#N/A", "-"]
