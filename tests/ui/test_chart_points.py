"""A long series is drawn with the points a screen can show (its runs' lowest and highest points, its gaps and
both ends), while the hover read-out and "Copy data" keep every point."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ltv_desktop.ui.charts import MAX_POINTS, Chart, screen_points


def drawn(chart: Chart) -> list[tuple[np.ndarray, np.ndarray]]:
    """What pyqtgraph was given to draw, curve by curve (the main view's and the right-hand axis's)."""
    curves = [item.getData() for item in chart.plot.getPlotItem().listDataItems()]
    if chart._right_view is not None:
        curves += [item.getData() for item in chart._right_view.addedItems]
    return curves


@settings(max_examples=60, deadline=None)
@given(
    arrays(np.float64, st.integers(1, 5_000), elements=st.floats(-1e6, 1e6) | st.just(np.nan)),
    st.integers(8, 400),
)
def test_the_points_kept_show_every_run_s_extremes_gaps_and_both_ends(values, limit):
    kept = screen_points(values, limit=limit)
    count = len(values)
    if count <= limit:
        assert kept.tolist() == list(range(count))
        return
    assert len(kept) <= limit
    assert kept.tolist() == sorted(set(kept.tolist()))  # in order, each once
    assert kept[0] == 0 and kept[-1] == count - 1
    present = ~np.isnan(values)
    if present.any():  # the series' own lowest and highest values are drawn
        assert np.nanmin(values[kept]) == np.nanmin(values)
        assert np.nanmax(values[kept]) == np.nanmax(values)
    if not present.all():  # a break in the curve stays a break
        assert np.isnan(values[kept]).any()


def test_a_band_keeps_its_low_edge_s_lows_and_its_high_edge_s_highs():
    rng = np.random.default_rng(7)
    low = rng.normal(0, 1, 50_000)
    high = low + rng.uniform(0, 3, 50_000)
    kept = screen_points(low, high, limit=300)
    assert len(kept) <= 300
    assert low[kept].min() == low.min() and high[kept].max() == high.max()


def test_a_chart_of_200000_points_draws_a_few_thousand_and_copies_them_all(qtbot):
    chart = Chart("Pareto", "Customers, %", "Revenue, %")
    qtbot.addWidget(chart)
    count = 200_000
    x = np.arange(count, dtype=float)
    y = np.sin(x / 5_000) * 100
    y[123_457] = 1_000.0  # one customer far above the rest
    y[150_000:150_010] = np.nan  # a stretch without values
    chart.line("revenue", x, y)
    chart.right_line("orders", x, -y, "Orders", str)
    chart.band("range", x, y - 1, y + 1)
    for curve_x, _curve_y in drawn(chart):
        assert len(curve_x) <= MAX_POINTS
        assert curve_x[0] == 0 and curve_x[-1] == count - 1
    (line_x, line_y), (_, band_low), (_, band_high), (_, right_y) = drawn(chart)
    assert 123_457 in line_x and np.nanmax(line_y) == 1_000.0
    assert np.nanmin(right_y) == -1_000.0
    assert np.nanmax(band_high) == 1_001.0 and np.nanmin(band_low) == np.nanmin(y) - 1
    assert np.isnan(line_y).any()  # the stretch without values stays a break in the curve
    # what the owner copies and reads on hover is every point
    assert [len(series_x) for _name, series_x, _y, _format in chart._series] == [count] * 3
    assert chart.data_text().count("\n") == 3 * (count + 2) - 1


@pytest.mark.parametrize("count", [0, 1, 2, MAX_POINTS])
def test_a_short_series_is_drawn_as_it_is(qtbot, count):
    chart = Chart("Short", "x", "y")
    qtbot.addWidget(chart)
    chart.line("values", np.arange(count), np.arange(count) * 2.0)
    ((curve_x, curve_y),) = drawn(chart) if count else [(np.arange(0), np.arange(0))]
    assert list(curve_x) == list(range(count)) and list(curve_y) == [2.0 * i for i in range(count)]
