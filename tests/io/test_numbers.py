"""Money as exports print it, and the pandas pitfall the importer avoids."""

import io

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io.errors import MixedCurrencies
from ltv_desktop.io.numbers import _parse_distinct_careful, parse_amounts


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
    """The importer before its fast path: every cell trimmed, then the pandas string path on distinct values."""
    codes, uniques = pd.factorize(raw.astype(str).str.strip(), sort=False)
    number, decimal, thousands, currency = _parse_distinct_careful(pd.Series(uniques, dtype=object).astype(str))
    return number[codes], decimal, thousands, currency


PIECES = st.one_of(
    st.text("0123456789", min_size=1, max_size=4),
    st.sampled_from([",", ".", " ", "'", "-", "(", ")", "\u00a0", "\u202f", "\u2009", "\u2212", "\u2013", "\t"]),
    st.sampled_from(["₽", "руб.", "р.", "zł", "PLN", "$", "US$", "€", "eur", "£", "грн", "e", "E5", "inf", "nan"]),
    st.sampled_from(["1\u00a0234,56", "1,234.56", "1.234,56", "12,345,678", "1.234.567", "(5)", "7-", "\x00", ""]),
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
