"""What the window loads to start (benchmarks/bench_startup.py times it): pandas, the analysis, the readers and
the export load on first use, and a tab's charts are built when the tab is first shown."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from ltv_desktop.ui import lazy_chart
from ltv_desktop.ui.charts import Chart
from ltv_desktop.ui.lazy_chart import LazyChart, LazyHeatMap

ROOT = Path(__file__).resolve().parents[2]
ON_FIRST_USE = ("pandas", "scipy", "xlsxwriter", "python_calamine", "openpyxl", "ltv_desktop.model.transactions",
                "ltv_desktop.model.result", "ltv_desktop.io.importer", "ltv_desktop.io.export")  # fmt: skip
"""Modules the window must not need before the owner opens a file: each costs start-up time."""
CHARTS = ("pyqtgraph", "ltv_desktop.ui.charts")

START = """
import json, sys
from PySide6.QtCore import QSettings
from ltv_desktop.controllers.app import Application, GuiOptions

watched = json.loads(sys.argv[1])
app = Application(GuiOptions(language="en"), QSettings(sys.argv[2], QSettings.Format.IniFormat))
built = sorted(name for name in watched if name in sys.modules)
app.window.show()
app.qapp.processEvents()
shown = sorted(name for name in watched if name in sys.modules)
app.close()
print(json.dumps({"built": built, "shown": shown}))
"""


def test_the_window_starts_without_pandas_or_pyqtgraph(tmp_path):
    """A fresh process, as the owner starts the app: building the window loads neither pandas, the analysis,
    the readers, the export nor pyqtgraph; showing it builds the Calculator's charts (pyqtgraph), and still
    loads none of the rest."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", START, json.dumps([*ON_FIRST_USE, *CHARTS]), str(tmp_path / "settings.ini")],
        capture_output=True, text=True, env=environment, timeout=120, check=True,
    )  # fmt: skip
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded["built"] == []
    assert [name for name in loaded["shown"] if name not in CHARTS] == []


def test_a_tab_builds_its_charts_when_first_shown_one_per_turn(app, qtbot, monkeypatch):
    window = app.window
    calculator = (window.calculator.levers_chart, window.calculator.churn_chart, window.calculator.cac_chart)
    qtbot.waitUntil(lambda: all(chart.built for chart in calculator))  # the first tab, shown with the window
    dashboard = window.dashboard.findChildren(LazyChart)
    assert len(dashboard) == 6 and not any(chart.built for chart in dashboard)
    built_per_turn: list[list[str]] = []
    build_next = lazy_chart._queue.build_next

    def counted() -> None:
        before = [chart for chart in dashboard if chart.built]
        build_next()
        built_per_turn.append([chart._arguments[0] for chart in dashboard if chart.built and chart not in before])

    monkeypatch.setattr(lazy_chart._queue, "build_next", counted)
    lazy_chart._queue.scheduled = False
    window.tabs.setCurrentWidget(window.dashboard)
    assert not any(chart.built for chart in dashboard)  # the window answers and paints before the first build
    done = []
    lazy_chart.when_charts_built(lambda: done.append(sum(chart.built for chart in dashboard)))
    qtbot.waitUntil(lambda: done == [6])
    built = [names for names in built_per_turn if names]
    assert max(len(names) for names in built_per_turn) == 1
    assert len(built) == 6
    # the top of the page first
    assert built[0] == [window.dashboard.revenue_chart._arguments[0]]
    assert all(chart.isVisibleTo(window.dashboard) for chart in window.dashboard.findChildren(Chart))


def test_a_chart_hidden_before_its_turn_is_built_when_shown_again(app, qtbot):
    window = app.window
    qtbot.waitUntil(lambda: window.calculator.cac_chart.built)
    forecast = window.forecast.findChildren(LazyChart)
    window.tabs.setCurrentWidget(window.dashboard)
    window.tabs.setCurrentWidget(window.calculator)  # at once, before the Dashboard's charts had their turns
    done = []
    lazy_chart.when_charts_built(lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True])
    dashboard = window.dashboard.findChildren(LazyChart)
    assert not any(chart.built for chart in dashboard) and not any(chart.built for chart in forecast)
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: all(chart.built for chart in dashboard))


def test_a_chart_keeps_its_place_and_size_when_built(qtbot):
    """Built in its place: the charts beside it are neither moved nor resized (and so not drawn again)."""
    page = QWidget()
    qtbot.addWidget(page)
    grid = QGridLayout(page)
    charts = [LazyChart(f"Chart {index}", "x", "y") for index in range(3)]
    for index, chart in enumerate(charts):
        grid.addWidget(chart, 0, index)
    page.resize(900, 300)
    page.show()
    qtbot.waitExposed(page)
    before = [chart.geometry() for chart in charts]
    qtbot.waitUntil(lambda: all(chart.built for chart in charts))
    QApplication.processEvents()
    assert [chart.geometry() for chart in charts] == before


def draw(chart) -> None:
    """What a view does to a chart: settings, series, a clear that drops what came before it, attributes."""
    chart.set_locale(QLocale("de_DE"))
    chart.set_tick_format("left", lambda value, decimals: f"{value:.{decimals}f} €")
    chart.set_categories(["a", "b", "c"])
    chart.line("dropped", [0, 1, 2], [5, 6, 7])
    chart.clear()
    chart.set_tick_format("left", lambda value, decimals: f"€{value:.{decimals}f}")
    chart.format_value = lambda value: f"{value:.3f}!"
    chart.bars("revenue", [0, 1, 2], [3.0, float("nan"), 1.5], 2)
    chart.right_line("orders", [0, 1, 2], [1, 2, 3], "Orders", str, 1)
    chart.band("range", [0, 1, 2], [1, 1, 1], [2, 3, 4])
    chart.line("curve", [0, 1, 2], [0.5, 0.25, 0.125], 3, dashed=True)
    chart.legend.setVisible(False)


def picture(chart: Chart) -> dict:
    """What the owner sees and copies from a built chart."""
    axis = chart.plot.getAxis("left")
    return {
        "series": [(name, x.tolist(), y.tolist()) for name, x, y, _format in chart._series],
        "data": chart.data_text(),
        "labels": chart.x_labels,
        "ticks": axis.tickStrings([1.0, 2.5], 1.0, 0.5),
        "value": chart.format_value(1.23456),
        "legend": chart.legend.isVisible(),
        "title": chart.plot.getPlotItem().titleLabel.text,
    }


@pytest.mark.parametrize("shown", [True, False], ids=["built-on-show", "built-on-access"])
def test_what_is_drawn_before_the_chart_is_built_is_drawn_when_it_is(qtbot, shown):
    eager = Chart("Revenue", "Period", "Money")
    qtbot.addWidget(eager)
    draw(eager)
    lazy = LazyChart("Revenue", "Period", "Money")
    qtbot.addWidget(lazy)
    draw(lazy)
    assert not lazy.built
    if shown:
        lazy.show()
        qtbot.waitExposed(lazy)
        qtbot.waitUntil(lambda: lazy.built)
    assert picture(lazy.chart()) == picture(eager)
    lazy.line("after", [0, 1], [1, 2])  # once built, a call goes straight to the chart
    assert lazy.chart()._series[-1][0] == "after"


def test_a_heat_map_waits_for_its_first_show_too(qtbot):
    heat_map = LazyHeatMap("P(alive)", "Recency", "Purchases", "P(alive)")
    qtbot.addWidget(heat_map)
    heat_map.show_grid([0, 1], [0, 1, 2], [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], (0.0, 1.0))
    assert not heat_map.built
    heat_map.show()
    qtbot.waitExposed(heat_map)
    qtbot.waitUntil(lambda: heat_map.built)
    x_values, y_values, grid = heat_map.grid
    assert (x_values.tolist(), y_values.tolist(), grid.tolist()) == (
        [0, 1],
        [0, 1, 2],
        [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]],
    )
