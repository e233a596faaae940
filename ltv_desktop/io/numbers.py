"""Money as accounting programs print it: `1 234,56 ₽`, `(1,234.56)`, `-$50.00`, `1.234,56 zł`, `−500,00`.

Each value is read on its own when it can only mean one thing: `1 234,50`,
`$1,234.50`, `1.234.567,89` and `12,5` settle themselves, whatever the
other rows say. Only a value with one separator followed by exactly three
digits (`1,234`, `12.000`) can be read two ways; the column's convention
decides it: the decimal separator most rows use, and where no row tells,
thousands, because money has at most two decimals. A value that fits no
convention (`12.05.2024`, `5..5`, `1,23,4`) comes back as NaN, and the
caller turns it into one rejection with its row number; it takes no part
in deciding how the others are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text
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
"""Spaces and the Swiss apostrophe: they group thousands, never mark decimals."""
MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})
PLAIN_AMBIGUOUS = re.compile(r"[-+]?[1-9]\d{0,2}\.\d{3}")
"""A plain number pandas would read as a decimal although it may be `12.000` = twelve thousand."""
SEPARATOR = "\x00"
"""Joins the distinct values into one string; never inside a value (checked), and not a space to remove."""
AMBIGUOUS_JOINED = re.compile(rf"(?:\A|{SEPARATOR}){PLAIN_AMBIGUOUS.pattern}(?={SEPARATOR}|\Z)")
"""A value that is all PLAIN_AMBIGUOUS, found in the values joined by SEPARATOR: no match there, none in any value."""
DOT_VOTE, COMMA_VOTE = -1, 1
COMMA, DOT, SPACE, MINUS, NUL = ord(","), ord("."), ord(" "), ord("-"), 0


@dataclass(frozen=True)
class ParsedNumbers:
    values: np.ndarray
    decimal: str | None
    thousands: str | None
    currency: str | None


@dataclass(frozen=True)
class _Reading:
    """One value as far as it can be read without the column: settled, ambiguous or unreadable."""

    value: float
    """The number (NaN if unreadable); for an ambiguous value, its reading with the separator as thousands."""
    ambiguous: str | None = None
    """The separator of `1,234` / `12.000`, which only the column's convention can settle."""
    as_decimal: float = float("nan")
    vote: int = 0
    """COMMA_VOTE or DOT_VOTE when the value shows which separator is its decimal one."""
    thousands: str | None = None


UNREADABLE = _Reading(float("nan"))


def _groups_are_valid(core: str) -> tuple[bool, bool]:
    """(valid, grouped): every space between digits has 1-3 digits before it and exactly 3 after."""
    grouped = False
    for match in re.finditer(r"(?<=\d) (?=\d)", core):
        before = len(re.findall(r"\d*$", core[: match.start()])[0])
        after = len(re.findall(r"^\d*", core[match.end() :])[0])
        if before > 3 or after != 3:
            return False, grouped
        grouped = True
    return True, grouped


def _read_core(core: str, space_grouped: bool) -> _Reading:
    """Digits with `,` and `.` (no sign, no spaces) as a number, or ambiguous, or unreadable."""
    if not core or core.strip("0123456789.,"):
        return UNREADABLE
    parts = re.split(r"([.,])", core)
    runs, separators = parts[0::2], parts[1::2]
    if not separators:
        return _Reading(float(core))
    last = separators[-1]
    other = "." if last == "," else ","
    if len(separators) == 1:
        before, after = runs
        if not after:
            return UNREADABLE
        if not space_grouped and len(after) == 3 and 1 <= len(before) <= 3 and before[0] != "0":
            return _Reading(float(before + after), last, float(before + "." + after))
        return _Reading(float(before + "." + after), vote=COMMA_VOTE if last == "," else DOT_VOTE)
    thousands = separators[0]
    inner = separators[:-1]
    if any(sep != thousands for sep in inner) or not 1 <= len(runs[0]) <= 3:
        return UNREADABLE
    if any(len(run) != 3 for run in runs[1:-1]):
        return UNREADABLE
    if last == thousands:
        if len(runs[-1]) != 3:
            return UNREADABLE
        return _Reading(float("".join(runs)), vote=COMMA_VOTE if other == "," else DOT_VOTE, thousands=thousands)
    if not runs[-1]:
        return UNREADABLE
    value = float("".join(runs[:-1]) + "." + runs[-1])
    return _Reading(value, vote=COMMA_VOTE if last == "," else DOT_VOTE, thousands=thousands)


def _read_one(text: str, currencies: bool) -> _Reading:
    """The careful reading of one text: currency tokens, spaces, parentheses and minus signs of any kind.

    This is the reference the vectorised path must agree with (the tests compare them).
    """
    cleaned = CURRENCY_PATTERN.sub("", text) if currencies else text
    cleaned = SPACES.sub(" ", cleaned).translate(MINUS_SIGNS)
    valid, grouped = _groups_are_valid(cleaned)
    if not valid:
        return UNREADABLE
    core = cleaned.replace(" ", "")
    markers = 0
    if len(core) > 1 and core[0] == "(" and core[-1] == ")":
        core, markers = core[1:-1], 1
    if core[:1] in ("-", "+"):
        markers += core[0] == "-"
        signed, core = core[0] == "-", core[1:]
        if not signed and markers:
            return UNREADABLE
    if core[-1:] == "-":
        core, markers = core[:-1], markers + 1
    if markers > 1:
        return UNREADABLE
    reading = _read_core(core, grouped)
    if markers:
        return _Reading(-reading.value, reading.ambiguous, -reading.as_decimal, reading.vote, reading.thousands)
    return reading


def _check_one_currency(currencies: set[str]) -> None:
    if len(currencies) > 1:
        names = ", ".join(sorted(currencies))
        raise MixedCurrencies(
            text("values.mixed_currencies", "en", currencies=names),
            "mixed_currencies",
            {"currencies": names},
        )


def _currencies(joined: str) -> set[str]:
    if not re.search(r"[^\d\s.,\-()\x00]", joined):  # only then can a currency token be there to look for
        return set()
    return {CURRENCIES[token.lower()] for token in CURRENCY_PATTERN.findall(joined)}


def _decide(votes: np.ndarray, weights: np.ndarray) -> str | None:
    """The column's decimal separator: the one most rows show; None when no row shows one."""
    comma = int(weights[votes == COMMA_VOTE].sum())
    dot = int(weights[votes == DOT_VOTE].sum())
    if comma == dot:
        return None
    return "," if comma > dot else "."


def _summary(decimal: str | None, thousands_used: set[str]) -> tuple[str, str | None]:
    """Decimal and thousands separators to report (the Data tab and the JSON show them)."""
    shown = decimal or ("," if thousands_used == {"."} else ".")
    other = "." if shown == "," else ","
    return shown, other if other in thousands_used else None


def _may_be_ambiguous(text: np.ndarray) -> bool:
    """False only when no value can be `12.000`: one regex search over the joined values, not one per value.

    A value that matches whole sits between separators (or the ends) in the joined text, so it is always
    found; a separator inside a value can only add a false alarm, which the per-value check then settles.
    """
    try:
        joined = SEPARATOR.join(text)
    except TypeError:  # not all text: the per-value check decides
        return True
    return AMBIGUOUS_JOINED.search(joined) is not None


def _plain(text: np.ndarray) -> np.ndarray | None:
    """The numbers, when every value is a plain number (`1234.5`, `-7`, `1e3`) and none could be `12.000`."""
    try:
        plain = pd.to_numeric(text)  # stops at the first value that is not a plain number
    except (ValueError, TypeError):
        return None
    if not pd.notna(plain).all():
        return None
    if _may_be_ambiguous(text) and (
        pd.Series(text, dtype=object).str.fullmatch(PLAIN_AMBIGUOUS.pattern).to_numpy(dtype=bool).any()
    ):
        return None
    number = np.asarray(plain, dtype=np.float64)
    return np.where(np.isfinite(number), number, np.nan)


def _parse_distinct_careful(
    text: pd.Series, weights: np.ndarray | None = None
) -> tuple[np.ndarray, str | None, str | None, str | None]:
    """The reference: distinct trimmed texts read one at a time with `_read_one`."""
    texts = [str(value) for value in text]
    plain = _plain(np.array(texts, dtype=object))
    if plain is not None:
        return plain, ".", None, None
    weights = np.ones(len(texts), dtype=np.int64) if weights is None else weights
    currencies = _currencies(SEPARATOR.join(texts))
    _check_one_currency(currencies)
    readings = [_read_one(value, bool(currencies)) for value in texts]
    votes = np.array([reading.vote for reading in readings], dtype=np.int8)
    decimal = _decide(votes, weights)
    number = np.array(
        [r.as_decimal if r.ambiguous is not None and r.ambiguous == decimal else r.value for r in readings],
        dtype=np.float64,
    )
    thousands_used = {r.thousands for r in readings if r.thousands}
    thousands_used |= {r.ambiguous for r in readings if r.ambiguous is not None and r.ambiguous != decimal}
    shown, thousands = _summary(decimal, thousands_used)
    return number, shown, thousands, next(iter(currencies)) if currencies else None


def _runs(data: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each non-digit byte's position, value index, and the lengths of the digit runs before and after it.

    The separator byte that ends each value is a non-digit, so no run crosses two values,
    and a non-digit's value index is the number of value ends before it.
    """
    non_digit = np.flatnonzero((data < 48) | (data > 57))
    before = np.diff(non_digit, prepend=-1) - 1
    after = np.diff(non_digit, append=len(data)) - 1
    is_end = data[non_digit] == NUL
    owner = np.cumsum(is_end) - is_end
    return non_digit, owner, before, after


def _badly_grouped(spaced: str) -> np.ndarray:
    """Indices of the values with a space between digits that does not group thousands (`12 05`, `1234 567`).

    A grouping space has 1-3 digits before it and exactly 3 after; only the
    spaces are looked at, by their neighbours, not every byte of every value.
    """
    data = np.frombuffer((spaced + SEPARATOR).encode("utf-8"), dtype=np.uint8)
    digit = np.zeros(len(data) + 8, dtype=bool)
    digit[4:-4] = (data >= 48) & (data <= 57)
    at = np.flatnonzero(data == SPACE) + 4
    between = digit[at - 1] & digit[at + 1]
    three_after = digit[at + 1] & digit[at + 2] & digit[at + 3] & ~digit[at + 4]
    four_before = digit[at - 1] & digit[at - 2] & digit[at - 3] & digit[at - 4]
    bad = at[between & (~three_after | four_before)] - 4
    if not len(bad):
        return bad
    return np.searchsorted(np.flatnonzero(data == NUL), bad)


def _parse_distinct(
    text: np.ndarray, weights: np.ndarray | None = None
) -> tuple[np.ndarray, str | None, str | None, str | None]:
    """Distinct trimmed texts as numbers: `_parse_distinct_careful`, but over all values at once.

    The values are joined into one string, so removing spaces and currency
    tokens is one C-speed pass, and the separators are classified by byte
    arithmetic (digit runs around each separator); only values with other
    characters (parentheses, letters, minus signs other than a leading `-`)
    take the one-at-a-time path.
    """
    weights = np.ones(len(text), dtype=np.int64) if weights is None else weights
    plain = _plain(text)
    if plain is not None:
        return plain, ".", None, None
    joined = SEPARATOR.join(text)
    if joined.count(SEPARATOR) != len(text) - 1:
        return _parse_distinct_careful(pd.Series(text, dtype=object), weights)
    currencies = _currencies(joined)
    _check_one_currency(currencies)
    spaced = SPACES.sub(" ", CURRENCY_PATTERN.sub("", joined) if currencies else joined)
    bare = spaced.replace(" ", "")
    data = np.frombuffer((bare + SEPARATOR).encode("utf-8"), dtype=np.uint8)
    position, owner, before, after = _runs(data)
    byte = data[position]
    count = len(text)
    starts = np.concatenate(([0], position[byte == NUL][:-1] + 1))
    allowed = (byte == NUL) | (byte == COMMA) | (byte == DOT)
    allowed |= (byte == MINUS) & (position == starts[owner])
    careful = np.zeros(count, dtype=bool)
    careful[owner[~allowed]] = True
    if len(bare) != len(spaced):
        careful[_badly_grouped(spaced)] = True  # the careful path rejects them: it sees the same groups

    is_sep = (byte == COMMA) | (byte == DOT)
    sep_at, sep_owner, sep_char = position[is_sep], owner[is_sep], byte[is_sep]
    sep_before, sep_after = before[is_sep], after[is_sep]
    last = np.append(sep_owner[1:] != sep_owner[:-1], True) if len(sep_owner) else np.zeros(0, dtype=bool)
    first = np.insert(sep_owner[1:] != sep_owner[:-1], 0, True) if len(sep_owner) else np.zeros(0, dtype=bool)
    separators = np.bincount(sep_owner, minlength=count)
    last_char = np.zeros(count, dtype=np.uint8)
    last_char[sep_owner[last]] = sep_char[last]
    last_after = np.zeros(count, dtype=np.int64)
    last_after[sep_owner[last]] = sep_after[last]
    last_before = np.zeros(count, dtype=np.int64)
    last_before[sep_owner[last]] = sep_before[last]
    first_char = np.zeros(count, dtype=np.uint8)
    first_char[sep_owner[first]] = sep_char[first]
    leading = np.zeros(count, dtype=np.uint8)
    leading[sep_owner[last]] = data[sep_at[last] - np.maximum(sep_before[last], 1)]

    inner = ~last
    bad = np.zeros(count, dtype=bool)
    bad[sep_owner[inner & (sep_char != first_char[sep_owner])]] = True
    bad[sep_owner[inner & (sep_after != 3)]] = True
    bad[sep_owner[first & inner & ((sep_before < 1) | (sep_before > 3))]] = True
    single, multiple = separators == 1, separators > 1
    bad |= (single | (multiple & (last_char != first_char))) & (last_after == 0)
    bad |= multiple & (last_char == first_char) & (last_after != 3)
    ambiguous = single & (last_after == 3) & (last_before >= 1) & (last_before <= 3) & (leading != ord("0"))
    decimal_at_last = (single & ~ambiguous) | (multiple & (last_char != first_char))
    all_thousands = multiple & (last_char == first_char)
    votes = np.zeros(count, dtype=np.int8)
    comma_decimal = (decimal_at_last & (last_char == COMMA)) | (all_thousands & (first_char == DOT))
    dot_decimal = (decimal_at_last & (last_char == DOT)) | (all_thousands & (first_char == COMMA))
    votes[comma_decimal & ~bad & ~careful] = COMMA_VOTE
    votes[dot_decimal & ~bad & ~careful] = DOT_VOTE

    slow = np.flatnonzero(careful)
    readings = [_read_one(str(text[i]), bool(currencies)) for i in slow]
    votes[slow] = [reading.vote for reading in readings]
    decimal = _decide(votes, weights)

    # Each separator byte becomes '.' (the decimal one) or disappears (thousands).
    decimal_value = decimal_at_last | (ambiguous & (last_char == (ord(decimal) if decimal else -1)))
    keep_sep = last & decimal_value[sep_owner]
    fixed = data.copy()
    fixed[sep_at[keep_sep]] = DOT
    keep = np.ones(len(data), dtype=bool)
    keep[sep_at[~keep_sep]] = False
    quick = fixed[keep].tobytes().decode("utf-8")
    number = pd.to_numeric(np.array(quick.split(SEPARATOR)[:count], dtype=object), errors="coerce")
    number = np.array(number, dtype=np.float64)
    number[bad] = np.nan
    thousands_used = set()
    if (multiple & ~bad & ~careful & (first_char == COMMA)).any():
        thousands_used.add(",")
    if (multiple & ~bad & ~careful & (first_char == DOT)).any():
        thousands_used.add(".")
    read_as_thousands = ambiguous & ~bad & ~careful & ~decimal_value
    thousands_used |= {chr(c) for c in np.unique(last_char[read_as_thousands])}
    for i, reading in zip(slow, readings, strict=True):
        chosen = reading.ambiguous is not None and reading.ambiguous == decimal
        number[i] = reading.as_decimal if chosen else reading.value
        if reading.thousands:
            thousands_used.add(reading.thousands)
        if reading.ambiguous is not None and not chosen:
            thousands_used.add(reading.ambiguous)
    shown, thousands = _summary(decimal, thousands_used)
    return number, shown, thousands, next(iter(currencies)) if currencies else None


def parse_amounts(raw: pd.Series, typed: bool = False) -> ParsedNumbers:
    """Numbers from a column of cells (number cells pass through; text is read as the module says).

    Each distinct text is read once (exports repeat amounts), weighted by how
    many rows carry it when the column's convention is decided.
    """
    values = np.full(len(raw), np.nan)
    is_number, _ = cell_kinds(raw, typed)
    if is_number.any():
        values[is_number] = raw[is_number].astype(np.float64).to_numpy()
    text_positions = np.flatnonzero(~is_number)
    if not len(text_positions):
        return ParsedNumbers(values, None, None, None)
    cells = raw.to_numpy(dtype=object)
    every = len(text_positions) == len(cells)  # a text file: no copy of the column, no scatter back
    codes, text = distinct_texts(cells if every else cells[text_positions])
    if not len(text):
        return ParsedNumbers(values, None, None, None)
    found = codes >= 0
    weights = np.bincount(codes[found] if not found.all() else codes, minlength=len(text))
    number, decimal, thousands, currency = _parse_distinct(text, weights)
    if every and found.all():
        return ParsedNumbers(np.asarray(number, dtype=np.float64)[codes], decimal, thousands, currency)
    values[text_positions[found]] = number[codes[found]]
    return ParsedNumbers(values, decimal, thousands, currency)
