"""Money as exports print it: each value settles itself when it can, the column only when it cannot."""

import io

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io.errors import MixedCurrencies
from ltv_desktop.io.numbers import _parse_distinct_careful, parse_amounts
from tests.io.money_writing import AMOUNT_STYLES, money_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,56", 1234.56),
        ("1\u00a0234,56", 1234.56),
        ("1\u202f234,56 ₽", 1234.56),
        ("(1,234.56)", -1234.56),
        ("-$50.00", -50.0),
        ("1.234,56 zł", 1234.56),
        ("−500,00", -500.0),
        ("500,00-", -500.0),
        ("1'234.50", 1234.5),
        ("USD 12.00", 12.0),
        ("12,00 руб.", 12.0),
    ],
)
def test_one_value(text, value):
    assert parse_amounts(pd.Series([text], dtype=object)).values[0] == pytest.approx(value)


def test_pandas_c_engine_with_nbsp_thousands_leaves_text_behind():
    """Why the importer does not hand thousands='\\xa0' to read_csv: the column silently stays text."""
    data = "amount;n\n1\u00a0234,56;1\n2\u202f000,00;2\n"
    frame = pd.read_csv(io.StringIO(data), sep=";", thousands="\u00a0", decimal=",")
    assert not pd.api.types.is_numeric_dtype(frame["amount"])  # a silent failure: no error, still text
    ours = parse_amounts(pd.read_csv(io.StringIO(data), sep=";", dtype=str)["amount"].astype(object))
    assert list(ours.values) == [1234.56, 2000.0]


def test_mixed_currencies_are_an_error():
    with pytest.raises(MixedCurrencies):
        parse_amounts(pd.Series(["10 €", "$5"], dtype=object))


@given(
    st.decimals(min_value=-10_000_000, max_value=10_000_000, places=2, allow_nan=False),
    st.sampled_from(["ru", "pl", "en", "de"]),
)
def test_formatted_money_round_trips(amount, style):
    plain = f"{abs(amount):,.2f}"  # 1,234,567.89
    if style == "ru":
        text = plain.replace(",", "\u00a0").replace(".", ",") + " ₽"
    elif style == "pl":
        text = plain.replace(",", " ").replace(".", ",") + " zł"
    elif style == "de":
        text = plain.replace(",", "#").replace(".", ",").replace("#", ".") + " €"
    else:
        text = "$" + plain
    text = ("-" + text) if amount < 0 else text
    assert parse_amounts(pd.Series([text, "1,50" if style != "en" else "1.50"], dtype=object)).values[
        0
    ] == pytest.approx(float(amount))


def _careful_parse_amounts(raw: pd.Series):
    """Every cell trimmed, then each distinct value read one at a time (weighted by its rows)."""
    codes, uniques = pd.factorize(raw.astype(str).str.strip(), sort=False)
    weights = np.bincount(codes, minlength=len(uniques))
    number, decimal, thousands, currency = _parse_distinct_careful(
        pd.Series(uniques, dtype=object).astype(str), weights
    )
    return number[codes], decimal, thousands, currency


PIECES = st.one_of(
    st.text("0123456789", min_size=1, max_size=4),
    st.sampled_from([",", ".", " ", "'", "-", "(", ")", "\u00a0", "\u202f", "\u2009", "\u2212", "\u2013", "\t"]),
    st.sampled_from(["₽", "руб.", "р.", "zł", "PLN", "$", "US$", "€", "eur", "£", "грн", "e", "E5", "inf", "nan"]),
    st.sampled_from(["1\u00a0234,56", "1,234.56", "1.234,56", "12,345,678", "1.234.567", "(5)", "7-", "\x00", ""]),
    st.sampled_from(["1,234", "12.000", "0,123", "12.05.2024", "5..5", "+", "1 234", "12 05", "1234 567", "-1,5"]),
)
AMOUNT = st.lists(PIECES, max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(AMOUNT, min_size=1, max_size=12))
def test_fast_path_reads_exactly_what_the_careful_path_reads(texts):
    """Joined-string cleaning and byte arithmetic give the same numbers, separators and errors as the str path."""
    raw = pd.Series(texts, dtype=object)
    try:
        expected = _careful_parse_amounts(raw)
    except MixedCurrencies:
        with pytest.raises(MixedCurrencies):
            parse_amounts(raw)
        return
    ours = parse_amounts(raw)
    np.testing.assert_array_equal(ours.values, expected[0])
    assert (ours.decimal, ours.thousands, ours.currency) == expected[1:]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        # values that settle themselves, whatever the others say
        (["1 234,50", "1.234.567,89", "260549.20 zł"], [1234.5, 1234567.89, 260549.2]),
        (["1 234,50 $", "$1,234.50"], [1234.5, 1234.5]),
        # a US file: "1,234" and "12,000" are thousands (money has at most two decimals)
        (["1,234", "12,000", "5.99"], [1234.0, 12000.0, 5.99]),
        (["1,234", "12,000"], [1234.0, 12000.0]),
        (["12.000", "7.500"], [12000.0, 7500.0]),
        # the column's convention settles the ambiguous value: comma is the decimal separator here
        (["12,50", "3,99", "1,234", "1.234"], [12.5, 3.99, 1.234, 1234.0]),
        # values that fit no convention are unreadable and change nothing else
        (["12,50", "100,00", "12.05.2024", "5..5", "1,23,4", "1.234"], [12.5, 100.0, np.nan, np.nan, np.nan, 1234.0]),
        (["1,234.50", "1 23,5", "1234 567", "12.5.1"], [1234.5, np.nan, np.nan, np.nan]),
        (["0,125", "1,125"], [0.125, 1.125]),
    ],
)
def test_each_value_settles_itself_and_the_column_only_the_ambiguous(column, expected):
    np.testing.assert_array_equal(parse_amounts(pd.Series(column, dtype=object)).values, expected)


def test_one_malformed_value_does_not_change_how_the_others_read():
    """Before: one `12.05.2024` flipped the decimal detection and every other amount was read x100."""
    clean = ["1.234,50", "99,90", "12,00", "1.000,00"] * 5
    for junk in ("12.05.2024", "5..5", "1,2,3", "abc"):
        ours = parse_amounts(pd.Series([*clean, junk], dtype=object)).values
        np.testing.assert_array_equal(ours[:-1], parse_amounts(pd.Series(clean, dtype=object)).values)
        assert np.isnan(ours[-1])


JUNK = st.sampled_from(["12.05.2024", "5..5", "1,2,3", "1.23.4", "n/a", "12-05", "1,234,5,6", "--5", "#"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.decimals(min_value=-9_999_999, max_value=9_999_999, places=2, allow_nan=False), min_size=1, max_size=25
    ),
    st.sampled_from(sorted(AMOUNT_STYLES)),
    st.sampled_from(["", "zł", "€", "руб."]),
    st.sampled_from(["minus", "parentheses"]),
    JUNK,
    st.integers(min_value=0, max_value=25),
)
def test_a_column_in_one_convention_plus_junk_reads_back_exactly(amounts, style, currency, negatives, junk, where):
    """Generated money in one convention reads back to the cent; the junk value is the one unreadable cell."""
    texts = [money_text(amount, style, currency, negatives) for amount in amounts]
    where = min(where, len(texts))
    texts.insert(where, junk)
    ours = parse_amounts(pd.Series(texts, dtype=object)).values
    assert np.isnan(ours[where])
    expected = [float(amount) for amount in amounts]
    assert list(np.delete(ours, where)) == expected
