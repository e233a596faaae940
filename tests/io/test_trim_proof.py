"""The reader's proof that no cell needs trimming (readers.no_cell_trims, Grid.trimmed) is never wrong: whenever
it is given, `str.strip()` leaves every cell of the grid as it is, whatever the quotes, delimiters and line ends."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io import read_transactions
from ltv_desktop.io.readers import WHITESPACE, Grid, no_cell_trims, read_grid
from ltv_desktop.model.errors import LtvError

NOT_WHITESPACE_EDGE = "ab1é«Д\u2013\u00ad\ufeff"
"""Characters around whitespace that are not whitespace themselves (a soft hyphen, a BOM, a dash, Cyrillic)."""
SPACES = " \t\u00a0\u3000\u2028\x85\u2009\x0b\x1f"
STRUCTURE = ',,""\n\r'


def _grid(text: str, delimiter: str = ",") -> Grid | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cells.csv"
        path.write_bytes(text.encode("utf-8"))
        try:
            return read_grid(path, delimiter=delimiter)
        except LtvError:  # an empty or hopeless text: a clear message, and no grid to look at
            return None


def _untouched_by_strip(grid: Grid) -> bool:
    return all(type(cell) is str and cell.strip() == cell for column in grid.cells for cell in grid.cells[column])


def test_whitespace_is_what_strip_removes() -> None:
    """WHITESPACE lists exactly the characters `str.isspace()` holds for, and those are what `str.strip()`
    removes from either end: checked over every code point."""
    spaces = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert set(WHITESPACE) == spaces and len(WHITESPACE) == len(spaces)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert ((char + "x").strip() != char + "x") is (char in spaces)
        assert (("x" + char).strip() != "x" + char) is (char in spaces)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(NOT_WHITESPACE_EDGE + SPACES + STRUCTURE), min_size=1, max_size=60))
def test_raw_text_proof_is_never_wrong(text: str) -> None:
    """Any text at all, however broken its quoting: when the grid says trimmed, no cell changes by strip()."""
    grid = _grid(text)
    if grid is not None and grid.trimmed:
        assert _untouched_by_strip(grid)


CELL = st.text(alphabet=st.sampled_from(NOT_WHITESPACE_EDGE + SPACES + ',"\n\r'), max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=8),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.booleans(),
)
def test_written_csv_proof_is_never_wrong(rows: list[list[str]], newline: str, quote_all: bool) -> None:
    """Cells written as a CSV writer does (quoted when they hold a delimiter, a quote or a line break, or all
    quoted), with LF, CRLF or CR line ends: trimmed is given only when every cell is trimmed already."""

    def field(cell: str) -> str:
        if quote_all or any(char in cell for char in ',"\n\r'):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    text = newline.join(",".join(field(cell) for cell in row) for row in [["id", "day", "sum"], *rows]) + newline
    grid = _grid(text)
    if grid is not None and grid.trimmed:
        assert _untouched_by_strip(grid)
    if grid is not None and all(cell == cell.strip() and cell for row in rows for cell in row):
        # nothing to trim anywhere: the proof holds unless a line break sits beside a quote or whitespace does,
        # or a quote sits between a line break and a delimiter (`,"` then a line end: a cell ending in a comma
        # reads, byte by byte, like one opening on a line break; the proof refuses both)
        joined = "".join("".join(row) for row in rows)
        quote_at_break = any(
            f'{other}"{brk}' in text or f'{brk}"{other}' in text for brk in "\n\r" for other in ",\n\r"
        )
        if (
            not any(space in joined for space in SPACES)
            and not any(brk in joined for brk in "\n\r")
            and not quote_at_break
        ):
            assert grid.trimmed


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        ("id,day,sum\nC1,2024-01-05,10.50\n", True),
        ("id,day,sum\r\nC1,2024-01-05,10.50\r\n", True),
        ("id,day,sum\rC1,2024-01-05,10.50\r", True),
        ('id,name,sum\n"C1","Smith,John","10,50"\n', True),
        ('id,name,sum\n"C1","Smith, John",10.50\n', False),  # a false alarm: the cells are just trimmed
        ('id,name,sum\nC1,Jan Kowalski,"1\u00a0234,50"\n', True),
        ("id,name,sum\nC1,Jan Kowalski,1\u00a0234,50\n", False),  # decimal commas joined by the repair: no proof
        ('id,name,sum\n"C1","Smith, John ",10.50\n', False),
        ("id,name,sum\nC1, Jan,10\n", False),
        ("id,name,sum\nC1,Jan\t,10\n", False),
        ('id,name,sum\nC1,"Jan\n",10\n', False),
        ('id,name,sum\nC1,"\nJan",10\n', False),
        ("id,name,sum\nC1,Jan\u2028,10\n", False),
        ("id,name,sum\nC1,\u3000Jan,10\n", False),
        ("id,name,sum\nC1,Jan,10\x85\n", False),
        ("id,name,sum\nC1,Jan,10 ", False),
    ],
)
def test_proof_on_known_texts(text: str, trimmed: bool) -> None:
    grid = _grid(text)
    assert grid is not None and grid.trimmed is trimmed
    assert _untouched_by_strip(grid) or not trimmed


def test_whitespace_delimiter_gives_no_proof() -> None:
    assert not no_cell_trims(b"id\tday\nC1\t2024-01-05\n", "\t")
    assert not no_cell_trims(b"id day\nC1 2024-01-05\n", " ")


def test_a_delimiter_of_several_bytes_gives_no_proof() -> None:
    """ "¦" is two bytes in UTF-8: a space before it touches its first byte, which the byte check would miss."""
    assert not no_cell_trims("id¦day\nC1 ¦2024-01-05\n".encode(), "¦")


def test_import_of_padded_and_clean_files_agree(tmp_path: Path) -> None:
    """The same sales with and without padding around cells import to the same frame: one through the proof,
    the other through trimming each cell."""
    rows = [("C1", "2024-01-05", "10.50", "A-1", "Online"), ("C2", "2024-02-06", "7", "A-2", "Walk-in")]
    clean, padded = tmp_path / "clean.csv", tmp_path / "padded.csv"
    clean.write_text("customer_id,date,amount,order_id,channel\n" + "".join(",".join(r) + "\n" for r in rows))
    padded.write_text(
        "customer_id,date,amount,order_id,channel\n" + "".join(",".join(f" {c}\t" for c in r) + "\n" for r in rows)
    )
    assert read_grid(clean).trimmed and not read_grid(padded).trimmed
    first, second = read_transactions(clean).transactions, read_transactions(padded).transactions
    assert first.frame.equals(second.frame)
    assert list(first.frame["customer_id"]) == ["C1", "C2"]
    assert list(first.frame["channel"]) == ["Online", "Walk-in"]


def test_a_byte_order_mark_behind_a_control_character_leaves_no_wrong_proof():
    """Found by the test above: '\\x1f' is taken out as a control character, and the byte-order mark behind it
    then leads the text; pandas drops a leading mark, so the space after it starts a cell. The grid must not
    claim that nothing needs trimming."""
    grid = _grid("\x1f\ufeff 1")
    assert grid is not None
    assert not grid.trimmed or _untouched_by_strip(grid)
    assert grid.cells.iloc[0, 0].strip() == "1"
