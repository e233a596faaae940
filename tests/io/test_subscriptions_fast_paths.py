"""The subscription import's vectorised paths read exactly what the careful per-cell parsers read.

The ISO date path and the early-exit blank check exist for speed only (benchmarks/bench_subscriptions.py); any
column of cells, clean or not, must come out as parse_dates after _strip_time and importer._is_blank say.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io.dates import _strip_time, parse_dates
from ltv_desktop.io.importer import ImportOptions, _is_blank
from ltv_desktop.io.subscriptions import _blank_rows, _read_dates

MOMENTS = st.datetimes(min_value=dt.datetime(1890, 1, 1), max_value=dt.datetime(2110, 12, 31))
DATE_CELLS = st.one_of(
    MOMENTS.map(
        lambda moment: moment.strftime(
            ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y %H:%M", "%Y-%m-%dT%H:%M"][
                moment.microsecond % 6
            ]
        )
    ),
    st.sampled_from(
        ["", " ", "2024-1-5 09:15", "2024-01-10 9:5", "2024-02-30 10:00", "2024-01-10 25:00", " 2024-01-10 09:15",
         "9999-12-31 10:00", "0001-01-01 00:00", "2024-01-10 09:15 +0200", "soon", "45000", "20240110", "n/a"]
    ),
)  # fmt: skip


def careful(cells: list[str], options: ImportOptions) -> tuple[np.ndarray, str | None, str | None]:
    """What the import read before the fast path: every distinct text stripped of its time, then parse_dates."""
    texts = _strip_time(pd.Series(cells, dtype=object).str.strip())
    parsed = parse_dates(texts, options.dayfirst, options.locale)
    return parsed.values, parsed.date_format, parsed.warning.code if parsed.warning else None


@settings(max_examples=60, deadline=None)
@given(st.lists(DATE_CELLS, min_size=1, max_size=40), st.sampled_from([None, True, False]))
def test_iso_fast_path_reads_what_the_careful_parser_reads(cells, dayfirst):
    options = ImportOptions(dayfirst=dayfirst)
    fast = _read_dates(pd.Series(cells, dtype=object), options, False, False)
    values, date_format, warning = careful(cells, options)
    np.testing.assert_array_equal(fast.values, values)
    assert fast.date_format == date_format
    assert (fast.warning.code if fast.warning else None) == warning


def test_a_clean_stripe_column_needs_no_format_search():
    cells = ["2024-01-10 09:15", "2024-02-29 23:59", "", "1850-06-01 00:00"]
    parsed = _read_dates(pd.Series(cells, dtype=object), ImportOptions(), False, False)
    assert parsed.date_format == "%Y-%m-%d"
    assert parsed.values[:2].tolist() == [pd.Timestamp("2024-01-10").value, pd.Timestamp("2024-02-29").value]
    assert np.isnat(parsed.values[2]) and np.isnat(parsed.values[3])
    assert parsed.out_of_range.tolist() == [False, False, False, True]  # 1850 is a date, but no sales date


BLANK_CELLS = st.sampled_from(["", " ", "\t", "a", " b ", 0.0, 5])
"""Grid cells: a text grid holds only text, a workbook's text, numbers and "" (readers.py fills missing cells)."""


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 4).flatmap(lambda width: st.lists(st.lists(BLANK_CELLS, min_size=width, max_size=width),
                                                        min_size=1, max_size=12)))  # fmt: skip
def test_blank_rows_agree_with_the_importer(rows):
    frame = pd.DataFrame(rows, dtype=object)
    assert _blank_rows(frame).tolist() == _is_blank(frame).tolist()


def test_a_row_of_missing_cells_is_blank():
    frame = pd.DataFrame([[None, np.nan], ["", None], ["x", None]], dtype=object)
    assert _blank_rows(frame).tolist() == [True, True, False]
