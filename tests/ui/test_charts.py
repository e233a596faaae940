"""Charts on a scrolling page: the wheel scrolls the page, Ctrl+wheel zooms; our own menu; numbers on axes."""

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea

from ltv_desktop.ui.charts import Chart, HeatMap, NumberAxis
from ltv_desktop.ui.main_window import settle_layout

TIMEOUT = 30_000


def wheel(widget, modifiers=Qt.KeyboardModifier.NoModifier, steps: int = -3) -> None:
    """Turn the wheel over the middle of `widget`, through the window system as a mouse does."""
    window = widget.window()
    centre = widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2))
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, 120 * steps), QPoint(0, 0), modifiers)
    QApplication.processEvents()


def x_range(chart: Chart) -> list[float]:
    return list(chart.plot.getPlotItem().vb.viewRange()[0])


def test_the_wheel_scrolls_the_dashboard_and_ctrl_wheel_zooms(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    app.window.resize(1024, 600)
    app.window.tabs.setCurrentWidget(app.window.dashboard)
    settle_layout(app.window)  # axes size to their tick labels on the first paint: measure after it
    qtbot.wait(200)  # and the range follows the axes' new width a turn later, as before any owner's wheel
    chart = app.window.dashboard.revenue_chart
    page = app.window.dashboard.findChild(QScrollArea).verticalScrollBar()
    assert page.maximum() > 0  # 600 pixels are too short for the dashboard: it scrolls
    before, top = x_range(chart), page.value()
    wheel(chart.plot.viewport())
    assert x_range(chart) == before
    assert page.value() > top
    wheel(chart.plot.viewport(), Qt.KeyboardModifier.ControlModifier, steps=3)
    zoomed = x_range(chart)
    assert zoomed[1] - zoomed[0] < before[1] - before[0]
    chart.reset_view()
    QApplication.processEvents()
    assert x_range(chart) == pytest.approx(before, rel=1e-6)


def test_right_click_opens_our_translated_menu(app, qtbot):
    chart = app.window.calculator.churn_chart
    assert not chart.plot.getPlotItem().vb.menuEnabled()  # pyqtgraph's own menu is off
    viewport = chart.plot.viewport()
    centre = QPoint(viewport.width() // 2, viewport.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, viewport.mapToGlobal(centre))
    QApplication.sendEvent(viewport, event)
    menu = chart.findChild(QMenu, "chart_menu")
    assert menu is not None
    assert [action.text() for action in menu.actions()] == ["Save picture…", "Copy data", "Reset view"]
    assert all(action.isEnabled() for action in menu.actions())
    menu.close()


def test_copy_data_gives_a_table_a_spreadsheet_pastes(qtbot):
    chart = Chart("Revenue", "Month", "Revenue")
    qtbot.addWidget(chart)
    chart.set_locale(QLocale("pl_PL"))
    chart.set_categories(["2025-01", "2025-02"])
    chart.line("Revenue", [0, 1], [1234.5, 20000])
    chart.copy_data()
    assert QApplication.clipboard().text() == "Month\tRevenue\n2025-01\t1234,5\n2025-02\t20000\n"


def test_copy_data_of_a_heat_map(qtbot):
    import numpy as np

    chart = HeatMap("P(alive)", "Recency", "Repeat purchases", "P(alive)")
    qtbot.addWidget(chart)
    chart.show_grid([0, 10], [1, 2, 3], np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]), (0, 1))
    lines = chart.data_text().splitlines()
    assert lines[0] == "Repeat purchases \\ Recency\t0\t10"
    assert lines[3] == "3\t0.5\t0.6"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US", ["0", "15,000", "30,000"]), ("ru_RU", ["0", "15\u00a0000", "30\u00a0000"]),
     ("pl_PL", ["0", "15\u00a0000", "30\u00a0000"])],
)  # fmt: skip
def test_axis_numbers_have_the_owner_s_thousands_separators(qtbot, locale, expected):
    axis = NumberAxis("left")
    axis.number_locale = QLocale(locale)
    assert axis.tickStrings([0, 15000, 30000], 1.0, 15000) == expected
    assert axis.tickStrings([0.05, 0.1], 1.0, 0.05) == [QLocale(locale).toString(v, "f", 2) for v in (0.05, 0.1)]


def test_small_values_get_no_scale_prefix(qtbot):
    chart = Chart("Share", "x", "share")
    qtbot.addWidget(chart)
    chart.line("share", [0, 1, 2], [0.0001, 0.0005, 0.0009])
    chart.show()
    QApplication.processEvents()
    chart.plot.grab()
    label = chart.plot.getAxis("left").labelString()
    assert "x0.001" not in label and "(x" not in label
    assert chart.plot.getAxis("left").autoSIPrefixScale == 1.0


def test_money_ticks(qtbot):
    from ltv_desktop.ui.formatting import Formatter

    chart = Chart("LTV", "churn", "LTV")
    qtbot.addWidget(chart)
    money = Formatter(QLocale("ru_RU"), "₽").money
    chart.set_tick_format("left", money)
    assert chart.plot.getAxis("left").tickStrings([3000.0], 1.0, 500) == ["3\u00a0000\u00a0₽"]
