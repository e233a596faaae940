"""Broken structure in a text export, found and reported instead of absorbed.

Two kinds of damage turn good sales into wrong numbers without a word: a line
with more fields than the header (an unquoted `346,43` in a comma file leaves
`346` in the amount and the cents in a column nobody reads), and a quote that
opens and never closes, which makes one "field" of every line up to the next
quote or the end of the file. Here each damaged line becomes a rejection with
its line number, except the one pattern that can be read back for certain: an
unquoted decimal comma that adds exactly one field, in the same column, in
every affected line; those are joined again and a notice says so.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ltv_desktop.i18n.catalogue import text as message
from ltv_desktop.io.mapping import header_score
from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import Rejection

HEADER_SEARCH_ROWS = 1000
"""Rows searched for the header: some accounting reports print dozens of lines of company details first."""
INTEGER_PART = re.compile(r"^\s*[-+(]?\s*(?:[^\w\s]{1,2}|[A-Z]{3}\s)?\s*\d[\d\s\u00a0.]*$")
"""What stands before an unquoted decimal comma: digits (maybe grouped, signed or after a currency sign)."""
DECIMAL_PART = re.compile(r"^\d{1,2}\s*(?:[^\w\s]{1,2}|[A-Za-z]{2,3}\.?)?\s*\)?\s*$")
"""What stands after it: one or two digits (money has at most two decimals), maybe a currency sign."""
TWO_DECIMALS = re.compile(r"^\d\d(?!\d)")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
SHOWN_CHARACTERS = 120


@dataclass
class Structure:
    cells: pd.DataFrame
    row_numbers: np.ndarray
    damaged: list[Rejection] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


def find_header(cells: pd.DataFrame) -> int:
    """The row that looks most like column names among the first HEADER_SEARCH_ROWS (as the importer finds it)."""
    top = cells.head(HEADER_SEARCH_ROWS)
    scores = [header_score(row) for row in top.itertuples(index=False, name=None)]
    if scores and max(scores) > 0:
        return int(np.argmax(scores))
    filled = [sum(1 for cell in row if str(cell).strip()) for row in top.itertuples(index=False, name=None)]
    return next((i for i, count in enumerate(filled) if count >= 2), 0)


def header_names_every_column(head: pd.DataFrame) -> bool:
    """Whether the header row of a grid's first rows (as texts) fills its last column: no line can then have
    fields beyond the header, and `repair_structure` leaves a text without quotes as it is."""
    return not head.empty and _field_count(list(head.iloc[find_header(head)])) >= len(head.columns)


def _field_count(values: Sequence[object]) -> int:
    """Fields up to the last non-empty one: trailing empty fields (`a,b,c,,`) carry nothing."""
    for position in range(len(values) - 1, -1, -1):
        if str(values[position]).strip():
            return position + 1
    return 0


def repair_structure(cells: pd.DataFrame, row_numbers: np.ndarray, text: str, delimiter: str,
                     name: str) -> Structure:  # fmt: skip
    """Split swallowed lines back apart, reject lines with extra fields, join unquoted decimal commas."""
    result = Structure(cells, row_numbers)
    if cells.empty:
        return result
    if '"' in text:
        _split_unclosed_quotes(result, text, delimiter)
    _extra_fields(result, delimiter, name)
    return result


def _rejection(number: int, value: str, code: str, **params: object) -> Rejection:
    """A damaged line as a rejection; its reason is the catalogue's `reject.<code>`, as for the importer's own."""
    shown = value if len(value) <= SHOWN_CHARACTERS else value[: SHOWN_CHARACTERS - 1] + "…"
    reason = message(f"reject.{code}", "en", **params)
    return Rejection(number, "", shown, reason, code, tuple((key, str(item)) for key, item in params.items()))


def _split_unclosed_quotes(result: Structure, text: str, delimiter: str) -> None:
    """A field holding whole lines of the table is a quote that never closed: read those lines one by one.

    A quoted memo or address may hold line breaks (and a delimiter or two); a field whose inner lines
    each split into as many fields as the header has is not a memo but swallowed rows.
    """
    cells = result.cells
    header = find_header(cells)
    expected = _field_count(list(cells.iloc[header]))
    if expected < 2:
        return
    swallowing: list[int] = []
    lines: list[str] | None = None
    for column in cells.columns:
        values = cells[column]
        joined = "".join(map(str, values.to_numpy()))
        if "\n" not in joined and "\r" not in joined:
            continue
        for position in np.flatnonzero(values.astype(str).str.contains("[\r\n]", regex=True).to_numpy()):
            inner = LINE_BREAK.split(str(values.iat[position]))[1:]
            if any(line.count(delimiter) + 1 >= expected for line in inner):
                swallowing.append(int(position))
                continue
            # A quote still open at the end of the file swallows only its own line break (the quotes of the
            # record's lines do not pair up); a stray quote closed by another one stands inside a field.
            lines = LINE_BREAK.split(text) if lines is None else lines
            first = int(result.row_numbers[position])
            last = first + sum(len(LINE_BREAK.findall(str(cell))) for cell in cells.iloc[position])
            record = "\n".join(lines[first - 1 : last])
            if record.count('"') % 2 or not _quotes_at_field_edges(record, delimiter):
                swallowing.append(int(position))
    if not swallowing:
        return
    lines = LINE_BREAK.split(text) if lines is None else lines
    pieces: list[pd.DataFrame] = []
    numbers: list[np.ndarray] = []
    start: int = 0
    width = len(cells.columns)
    for swallowed in sorted(set(swallowing)):
        pieces.append(cells.iloc[start:swallowed])
        numbers.append(result.row_numbers[start:swallowed])
        first = int(result.row_numbers[swallowed])
        fields = [str(cell) for cell in cells.iloc[swallowed]]
        last = first + sum(len(LINE_BREAK.findall(cell)) for cell in fields)
        last = min(last, len(lines) - (0 if lines[-1] else 1))  # the end of the file is not a line
        rows: list[list[str]] = []
        kept: list[int] = []
        for number in range(first, last + 1):
            line = lines[number - 1]
            if line.count('"') % 2:
                if last > first:
                    result.damaged.append(_rejection(number, line, "unterminated_quote", first=first, last=last))
                else:
                    result.damaged.append(_rejection(number, line, "unclosed_quote"))
                continue
            rows.append(next(csv.reader([line], delimiter=delimiter), []))
            kept.append(number)
        if rows:
            wide = max(width, *(len(row) for row in rows))  # a longer line is judged with the others below
            pieces.append(pd.DataFrame([row + [""] * (wide - len(row)) for row in rows], dtype=object))
            numbers.append(np.array(kept, dtype=np.int64))
        start = int(swallowed) + 1
    pieces.append(cells.iloc[start:])
    numbers.append(result.row_numbers[start:])
    result.cells = pd.concat(pieces, ignore_index=True).fillna("")
    result.row_numbers = np.concatenate(numbers)


def _quotes_at_field_edges(record: str, delimiter: str) -> bool:
    """Whether the quotes of a record pair up as fields: each opening one starts a field, each closing one ends it.

    Doubled quotes ("") inside a field are an escaped quote and are left out first.
    """
    edges = {delimiter, "\n", "\r"}
    plain = record.replace('""', "")
    inside = False
    for position, character in enumerate(plain):
        if character != '"':
            continue
        if not inside:
            if position and plain[position - 1] not in edges:
                return False
        elif position + 1 < len(plain) and plain[position + 1] not in edges:
            return False
        inside = not inside
    return not inside


def _extra_fields(result: Structure, delimiter: str, name: str) -> None:
    cells = result.cells
    if cells.empty:  # every line was an unclosed quote's, already taken out: no header to count from
        return
    header = find_header(cells)
    expected = _field_count(list(cells.iloc[header]))
    if expected < 1 or len(cells.columns) <= expected:
        return
    extra = np.zeros(len(cells), dtype=bool)
    for column in cells.columns[expected:]:
        values = cells[column]
        extra |= (values.astype(str).str.strip() != "").to_numpy()
    extra[: header + 1] = False
    positions = np.flatnonzero(extra)
    if not len(positions):
        return
    counts = {int(p): _field_count(list(cells.iloc[p])) for p in positions}
    most = len(positions) > (len(cells) - header - 1) / 2
    column = _decimal_comma_column(cells, list(counts), expected, delimiter, two_digits=most)
    if column is not None:
        _join_decimal_commas(result, list(counts), column, name)
        return
    if most and len(set(counts.values())) == 1:
        return  # most lines agree on a width beyond the header: columns without a name, not damage
    keep = np.ones(len(cells), dtype=bool)
    for position, count in counts.items():
        number = int(result.row_numbers[position])
        line = delimiter.join(str(cell) for cell in cells.iloc[position][:count])
        result.damaged.append(_rejection(number, line, "extra_fields", line=number, fields=count, expected=expected))
        keep[position] = False
    result.cells = cells[keep].reset_index(drop=True)
    result.row_numbers = result.row_numbers[keep]


def _decimal_comma_column(cells: pd.DataFrame, positions: list[int], expected: int, delimiter: str,
                          two_digits: bool) -> int | None:  # fmt: skip
    """The one column where every damaged line reads as `integer,dd` split in two, if there is exactly one.

    When most lines are split, the extra field could as well be a column without a name (a count next to
    an amount); then only exactly two decimals in every line, the way money is written, proves a comma.
    """
    if delimiter != ",":
        return None
    fits: set[int] | None = None
    for position in positions:
        row = [str(cell) for cell in cells.iloc[position]]
        if _field_count(row) != expected + 1:
            return None
        here = {
            column
            for column in range(expected)
            if INTEGER_PART.match(row[column])
            and DECIMAL_PART.match(row[column + 1])
            and (not two_digits or TWO_DECIMALS.match(row[column + 1]))
        }
        fits = here if fits is None else fits & here
        if not fits:
            return None
    if not fits or len(fits) != 1:
        return None
    return next(iter(fits))


def _decimal_mark(others: pd.Series) -> str:
    """The decimal mark the column's intact values use: a point when they have points and no commas.

    The split value is written with that mark, so it reads by the same convention as its column.
    """
    values = others.astype(str)
    points = values.str.contains(r"\d\.\d{1,2}\b", regex=True).any()
    commas = values.str.contains(r"\d,\d{1,2}\b", regex=True).any()
    return "." if points and not commas else ","


def _join_decimal_commas(result: Structure, positions: list[int], column: int, name: str) -> None:
    cells = result.cells.copy()
    columns = list(cells.columns)
    first = positions[0]
    before = [str(cells.iat[first, column]), str(cells.iat[first, column + 1])]
    point = _decimal_mark(cells.iloc[:, column].drop(index=positions))
    for position in positions:
        row = [str(cell) for cell in cells.iloc[position]]
        joined = row[column].rstrip() + point + row[column + 1].lstrip()
        cells.iloc[position, :] = [*row[:column], joined, *row[column + 2 :], ""]
    cells.columns = columns
    result.cells = cells
    params = {
        "count": len(positions),
        "name": name,
        "line": int(result.row_numbers[first]),
        "example": f"{before[0]},{before[1]}",
        "joined": f"{before[0].rstrip()}{point}{before[1].lstrip()}",
    }
    result.notices.append(Notice.of("files.decimal_comma_repaired", **params))
