"""An ASCII text without control bytes is read from its bytes without decoding it whole (readers._read_text): the
grid, its row numbers, notices and damaged lines are those of the decoded reading, and an empty text is refused
alike."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ltv_desktop.io import readers
from ltv_desktop.io.errors import EmptyFile

ASCII_TEXT = st.text(alphabet=' \t\n\r,;|"abcXYZ0123456789.-/:', max_size=300)


def _grid(path: Path, encoding: str | None) -> object:
    """The grid as comparable values, or the error's type and code."""
    try:
        grid = readers.read_grid(path, encoding=encoding, keep_bytes=True)
    except EmptyFile as error:
        return type(error), error.code
    fields = dataclasses.asdict(grid)
    fields.pop("encoding_alternatives")  # a forced encoding never has alternatives, an unforced ASCII text neither
    return fields


@pytest.mark.filterwarnings("ignore::pandas.errors.ParserWarning")
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ASCII_TEXT)
def test_ascii_bytes_read_as_the_decoded_text(tmp_path: Path, text: str):
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("ascii"))
    fast, decoded = _grid(path, None), _grid(path, "utf-8")  # a forced encoding always decodes the whole text
    if isinstance(fast, dict) and isinstance(decoded, dict):
        pd.testing.assert_frame_equal(fast.pop("cells"), decoded.pop("cells"), check_exact=True)
        assert np.array_equal(fast.pop("row_numbers"), decoded.pop("row_numbers"))
    assert fast == decoded


def test_a_fixed_width_ascii_report_is_decoded_whole(tmp_path: Path):
    lines = ["Customer      Date          Amount"] + [
        f"C{i:05d}        2024-01-{1 + i % 28:02d}    {i % 90 + 0.5:8.2f}" for i in range(60_000)
    ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    assert path.stat().st_size > readers.SNIFF_CHARACTERS
    grid = readers.read_grid(path)
    assert grid.format == "txt" and len(grid.cells) == 60_001
    last = 59_999
    expected = [f"C{last:05d}", f"2024-01-{1 + last % 28:02d}", f"{last % 90 + 0.5:.2f}"]
    assert grid.cells.iloc[-1].tolist()[:3] == expected
