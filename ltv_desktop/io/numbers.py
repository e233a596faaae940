"""Money as accounting programs print it: `1 234,56 ₽`, `(1,234.56)`, `-$50.00`, `1.234,56 zł`, `−500,00`.

One decimal separator is decided per column from all its values (a value
with both `.` and `,` tells which is which), so `1.234` is not read as
1234 in one row and 1.234 in another. Unparseable values come back as NaN,
and the caller turns them into rejections with the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ltv_desktop.io.cells import cell_kinds
from ltv_desktop.io.errors import MixedCurrencies

CURRENCIES: dict[str, str] = {
    "₽": "RUB", "руб.": "RUB", "руб": "RUB", "р.": "RUB", "rub": "RUB", "rur": "RUB",
    "zł": "PLN", "zl": "PLN", "pln": "PLN",
    "$": "USD", "usd": "USD", "us$": "USD",
    "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP",
    "грн": "UAH", "uah": "UAH", "₴": "UAH",
}  # fmt: skip
CURRENCY_PATTERN = re.compile(
    "|".join(sorted((re.escape(token) for token in CURRENCIES), key=len, reverse=True)), re.IGNORECASE
)
SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
NUMBER = re.compile(r"^-?(\d+([.,]\d+)*)?([.,]\d+)?$")


@dataclass(frozen=True)
class ParsedNumbers:
    values: np.ndarray
    decimal: str | None
    thousands: str | None
    currency: str | None


def _decide_separators(cleaned: pd.Series) -> tuple[str, str | None]:
    """Decimal and thousands separators of one column, decided by all its values."""
    has_comma = cleaned.str.contains(",", regex=False)
    has_dot = cleaned.str.contains(".", regex=False)
    both = cleaned[has_comma & has_dot]
    if len(both):
        last_comma = both.str.rfind(",")
        last_dot = both.str.rfind(".")
        return (",", ".") if (last_comma > last_dot).sum() >= len(both) / 2 else (".", ",")
    commas = cleaned[has_comma]
    dots = cleaned[has_dot]
    if len(commas) and not len(dots):
        thousands_like = commas.str.fullmatch(r"-?\d{1,3}(,\d{3})+")
        if thousands_like.all() and commas.str.count(",").max() > 1:
            return ".", ","
        return ",", None
    if len(dots) and not len(commas):
        multi = dots.str.count(r"\.") > 1
        if multi.any():
            return ",", "."
        return ".", None
    return ".", None


def _parse_text(text: pd.Series, decimal: str, thousands: str | None) -> np.ndarray:
    """The careful path: parentheses, trailing and Unicode minus signs, currency tokens anywhere."""
    cleaned = text.str.replace(CURRENCY_PATTERN, "", regex=True).str.replace(SPACES, "", regex=True)
    cleaned = cleaned.str.replace("\u2212", "-", regex=False).str.replace("\u2013", "-", regex=False)
    negative = cleaned.str.fullmatch(r"\(.*\)") | cleaned.str.endswith("-")
    cleaned = cleaned.str.strip("()").str.rstrip("-")
    leading = cleaned.str.startswith("-")
    cleaned = cleaned.str.lstrip("-").str.strip("()")
    negative = negative ^ leading
    if thousands:
        cleaned = cleaned.str.replace(thousands, "", regex=False)
    if decimal == ",":
        cleaned = cleaned.str.replace(",", ".", regex=False)
    bad_shape = ~cleaned.str.fullmatch(r"\d+(\.\d+)?|\.\d+")
    number = pd.to_numeric(cleaned.mask(bad_shape), errors="coerce").to_numpy(dtype=np.float64)
    return np.where(negative.to_numpy(dtype=bool), -number, number)


def parse_amounts(raw: pd.Series, typed: bool = False) -> ParsedNumbers:
    """Numbers from a column of cells (number cells pass through; text is cleaned as the module says).

    A quick pass (drop spaces, thousands and currency, swap the decimal comma)
    reads the ordinary values of a million-row export; only what it cannot
    read takes the careful path, so an unusual value is never lost.
    """
    values = np.full(len(raw), np.nan)
    is_number, _ = cell_kinds(raw, typed)
    if is_number.any():
        values[is_number] = raw[is_number].astype(np.float64).to_numpy()
    text_positions = np.flatnonzero(~is_number)
    if not len(text_positions):
        return ParsedNumbers(values, None, None, None)
    codes, uniques = pd.factorize(raw.iloc[text_positions].astype(str).str.strip(), sort=False)
    text = pd.Series(uniques, dtype=object).astype(str)
    fast = pd.to_numeric(text, errors="coerce")
    if fast.notna().all():
        values[text_positions] = fast.to_numpy(dtype=np.float64)[codes]
        return ParsedNumbers(values, ".", None, None)

    with_currency = text[text.str.contains(CURRENCY_PATTERN)]
    found = with_currency.str.findall(CURRENCY_PATTERN).map(lambda tokens: {CURRENCIES[t.lower()] for t in tokens})
    currencies = set().union(*found.tolist()) if len(found) else set()
    if len(currencies) > 1:
        raise MixedCurrencies(
            f"The amount column mixes currencies ({', '.join(sorted(currencies))}). Adding them up would be "
            f"wrong: export one currency at a time, or convert first.",
            "mixed_currencies",
            {"currencies": ", ".join(sorted(currencies))},
        )
    bare = text.str.replace(SPACES, "", regex=True)
    bare = bare.str.replace(CURRENCY_PATTERN, "", regex=True) if currencies else bare
    decimal, thousands = _decide_separators(bare[bare.str.len() > 0].str.strip("()-\u2212"))
    quick = bare.str.replace(thousands, "", regex=False) if thousands else bare
    quick = quick.str.replace(",", ".", regex=False) if decimal == "," else quick
    number = pd.to_numeric(quick, errors="coerce").to_numpy(dtype=np.float64, copy=True)
    careful = np.isnan(number)
    if careful.any():
        number[careful] = _parse_text(text[careful], decimal, thousands)
    values[text_positions] = number[codes]
    return ParsedNumbers(values, decimal, thousands, next(iter(currencies)) if currencies else None)
