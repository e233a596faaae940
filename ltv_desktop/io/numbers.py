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

from ltv_desktop.io.cells import cell_kinds, distinct_texts
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
    "(?=[{}])(?:{})".format(  # the look-ahead lets the regex engine skip to a possible first letter quickly (3x)
        re.escape("".join(sorted({token[0] for token in CURRENCIES}))),
        "|".join(sorted((re.escape(token) for token in CURRENCIES), key=len, reverse=True)),
    ),
    re.IGNORECASE,
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


def _parse_distinct_careful(text: pd.Series) -> tuple[np.ndarray, str | None, str | None, str | None]:
    """The reference: distinct trimmed texts parsed with pandas string operations, one value at a time.

    `_parse_distinct` must give exactly this; the tests compare the two on tricky values.
    """
    fast = pd.to_numeric(text, errors="coerce")
    if fast.notna().all():
        return fast.to_numpy(dtype=np.float64), ".", None, None
    with_currency = text[text.str.contains(CURRENCY_PATTERN)]
    found = with_currency.str.findall(CURRENCY_PATTERN).map(lambda tokens: {CURRENCIES[t.lower()] for t in tokens})
    currencies = set().union(*found.tolist()) if len(found) else set()
    _check_one_currency(currencies)
    bare = text.str.replace(SPACES, "", regex=True)
    bare = bare.str.replace(CURRENCY_PATTERN, "", regex=True) if currencies else bare
    decimal, thousands = _decide_separators(bare[bare.str.len() > 0].str.strip("()-\u2212"))
    quick = bare.str.replace(thousands, "", regex=False) if thousands else bare
    quick = quick.str.replace(",", ".", regex=False) if decimal == "," else quick
    number = pd.to_numeric(quick, errors="coerce").to_numpy(dtype=np.float64, copy=True)
    careful = np.isnan(number)
    if careful.any():
        number[careful] = _parse_text(text[careful], decimal, thousands)
    return number, decimal, thousands, next(iter(currencies)) if currencies else None


def _check_one_currency(currencies: set[str]) -> None:
    if len(currencies) > 1:
        raise MixedCurrencies(
            f"The amount column mixes currencies ({', '.join(sorted(currencies))}). Adding them up would be "
            f"wrong: export one currency at a time, or convert first.",
            "mixed_currencies",
            {"currencies": ", ".join(sorted(currencies))},
        )


SEPARATOR = "\x00"
"""Joins the distinct values into one string; never inside a value (checked), and not a space to remove."""
NOT_PLAIN = re.compile(r"[^\d\s.,\-()\x00]")
"""A character no plain amount has: only then can a currency token be there to look for."""
COMMA, DOT = ord(","), ord(".")


def _per_value(joined: str) -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 bytes of the joined values and the position of the separator that ends each value.

    ',' and '.' are single bytes in UTF-8, so counting them per value is a cumulative sum read at
    the ends, and the last one in a value is a running maximum read there.
    """
    data = np.frombuffer((joined + SEPARATOR).encode("utf-8"), dtype=np.uint8)
    return data, np.flatnonzero(data == 0)


def _count(mask: np.ndarray, ends: np.ndarray) -> np.ndarray:
    return np.diff(np.cumsum(mask, dtype=np.int64)[ends], prepend=0)


def _last(mask: np.ndarray, ends: np.ndarray) -> np.ndarray:
    return np.maximum.accumulate(np.where(mask, np.arange(len(mask)), -1))[ends]


def _decide_separators_joined(bare: str) -> tuple[str, str | None]:
    """`_decide_separators` on all values at once, by byte arithmetic instead of a str accessor per test."""
    data, ends = _per_value(bare)
    is_comma, is_dot = data == COMMA, data == DOT
    commas, dots = _count(is_comma, ends), _count(is_dot, ends)
    has_comma, has_dot = commas > 0, dots > 0
    both = has_comma & has_dot
    if both.any():
        later_comma = _last(is_comma, ends)[both] > _last(is_dot, ends)[both]
        return (",", ".") if later_comma.sum() >= both.sum() / 2 else (".", ",")
    if has_comma.any() and not has_dot.any():
        if commas.max() > 1:  # only then can the values be whole numbers grouped by commas
            values = np.array(bare.split(SEPARATOR), dtype=object)[has_comma]
            grouped = pd.Series(values, dtype=object).str.strip("()-\u2212").str.fullmatch(r"-?\d{1,3}(,\d{3})+")
            if grouped.all():
                return ".", ","
        return ",", None
    if has_dot.any() and not has_comma.any():
        return (",", ".") if (dots > 1).any() else (".", None)
    return ".", None


def _parse_distinct(text: np.ndarray) -> tuple[np.ndarray, str | None, str | None, str | None]:
    """Distinct trimmed texts as numbers: `_parse_distinct_careful`, but each step runs once over all values.

    The values are joined into one string, so removing spaces, thousands and
    currency tokens is one C-speed pass, not a million Python calls; only the
    values the quick reading cannot take go through the careful path.
    """
    try:
        plain = pd.to_numeric(text)  # stops at the first value that is not a plain number
    except (ValueError, TypeError):
        plain = None
    if plain is not None and pd.notna(plain).all():
        return np.asarray(plain, dtype=np.float64), ".", None, None
    joined = SEPARATOR.join(text)
    if joined.count(SEPARATOR) != len(text) - 1:
        return _parse_distinct_careful(pd.Series(text, dtype=object).astype(str))
    currencies = (
        {CURRENCIES[token.lower()] for token in CURRENCY_PATTERN.findall(joined)} if NOT_PLAIN.search(joined) else set()
    )
    _check_one_currency(currencies)
    bare = SPACES.sub("", joined)
    bare = CURRENCY_PATTERN.sub("", bare) if currencies else bare
    decimal, thousands = _decide_separators_joined(bare)
    quick = bare.replace(thousands, "") if thousands else bare
    quick = quick.replace(",", ".") if decimal == "," else quick
    number = pd.to_numeric(np.array(quick.split(SEPARATOR), dtype=object), errors="coerce")
    number = np.array(number, dtype=np.float64)
    careful = np.isnan(number)
    if careful.any():
        number[careful] = _parse_text(pd.Series(text[careful], dtype=object).astype(str), decimal, thousands)
    return number, decimal, thousands, next(iter(currencies)) if currencies else None


def parse_amounts(raw: pd.Series, typed: bool = False) -> ParsedNumbers:
    """Numbers from a column of cells (number cells pass through; text is cleaned as the module says).

    Each distinct text is read once (exports repeat amounts), and a quick pass
    (drop spaces, thousands and currency, swap the decimal comma) reads the
    ordinary values of a million-row export; only what it cannot read takes
    the careful path, so an unusual value is never lost.
    """
    values = np.full(len(raw), np.nan)
    is_number, _ = cell_kinds(raw, typed)
    if is_number.any():
        values[is_number] = raw[is_number].astype(np.float64).to_numpy()
    text_positions = np.flatnonzero(~is_number)
    if not len(text_positions):
        return ParsedNumbers(values, None, None, None)
    codes, text = distinct_texts(raw.to_numpy(dtype=object)[text_positions])
    number, decimal, thousands, currency = _parse_distinct(text)
    found = codes >= 0
    values[text_positions[found]] = number[codes[found]]
    return ParsedNumbers(values, decimal, thousands, currency)
