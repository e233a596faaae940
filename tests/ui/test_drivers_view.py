"""The Drivers tab: a line-item export's planted drivers in the table, its purchase gaps in the histogram."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.pipeline import ForecastOptions
from tests.model.test_drivers import shop
from tests.test_drivers_pipeline import write_shopify

TIMEOUT = 60_000


def column(view, name: str) -> list[str]:
    from ltv_desktop.ui.drivers_view import COLUMNS

    index = COLUMNS.index(name)
    return [view.table.item(row, index).text() for row in range(view.table.rowCount())]


def test_a_shopify_export_shows_its_drivers_and_purchase_gaps(app, qtbot, tmp_path):
    path = tmp_path / "orders_export.csv"
    write_shopify(shop(5, customers=1500), path, seed=5)
    app.analysis.forecast = ForecastOptions(enabled=False)  # the purchase models are not what this tab shows
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.analysis.open_file(path)
    window = app.window
    window.tabs.setCurrentWidget(window.drivers)
    QApplication.processEvents()
    view = window.drivers
    result = app.analysis.result
    qtbot.waitUntil(lambda: not view.pending, timeout=TIMEOUT)  # the charts, one per turn once the tab shows

    assert view.table.rowCount() == len(result.drivers) > 0
    values = column(view, "value")
    assert {"Starter Kit", "Sample", "HALF"} <= set(values)
    yes = text("drivers_tab.yes", "en")
    clear = [value for value, flag in zip(values, column(view, "clear"), strict=True) if flag == yes]
    assert {"Starter Kit", "Sample", "HALF"} <= set(clear)
    # clear rows first, the strongest effect on top, either way (×2 and ×0.5 are as strong)
    assert values[: len(clear)] == clear
    lift = {(d.value or text("drivers_tab.no_code", "en")): d.lift for d in result.drivers}
    strength = [abs(math.log(lift[value])) for value in clear]
    assert strength == sorted(strength, reverse=True)
    assert "Starter Kit" in view.verdict.text() or "Sample" in view.verdict.text()
    # the money cap reads in the window's currency, like every other sum
    top = next(driver for driver in view.shown if driver.clear)
    assert app.analysis.formatter.money(top.max_cac) in view.verdict.text()

    bars = [item for item in view.chart.plot.getPlotItem().items if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 2 and view.histogram_bars > 0
    heights = sum(float(bar.opts["height"].sum()) for bar in bars)
    assert heights == result.timing.first_to_second.gaps + result.timing.later.gaps
    lines = [item for item in view.chart.plot.getPlotItem().items if isinstance(item, pg.InfiniteLine)]
    positions = sorted(line.value() for line in lines)
    expected = sorted([result.timing.first_to_second.median_days, result.timing.later.median_days,
                       float(result.threshold.days)])  # fmt: skip
    assert positions == expected
    assert str(result.threshold.days) in view.chart.legend.items[-1][1].text


def test_a_file_without_products_says_which_column_would_show_drivers(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    view = app.window.drivers
    assert set(column(view, "attribute")) <= {text("drivers_tab.attribute.channel", "en")}
    assert text("drivers_tab.no_line_items", "en") in view.verdict.text()
    assert view.histogram_bars == 0 and view.pending  # not drawn for a tab nobody opened yet
    app.window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.histogram_bars > 0, timeout=TIMEOUT)


def test_the_lift_chart_ranks_each_driver_with_its_interval_and_a_line_at_one(qtbot):
    import datetime as dt

    from ltv_desktop.model.analysis import analyze
    from ltv_desktop.model.drivers import by_effect
    from ltv_desktop.model.settings import Settings
    from ltv_desktop.ui.drivers_view import LIFT_CHART_DRIVERS, DriversView
    from ltv_desktop.ui.formatting import Formatter
    from tests.model.test_drivers import AS_OF

    result = analyze(shop(1), Settings(as_of=dt.date.fromisoformat(AS_OF)))
    view = DriversView()
    qtbot.addWidget(view)
    view.show_result(result, Formatter())
    view.show()
    qtbot.waitUntil(lambda: not view.pending)
    drawn = view.lifts_drawn
    expected = by_effect(result.drivers)[:LIFT_CHART_DRIVERS]
    assert len(drawn) == len(expected) > 0 and set(map(id, drawn)) == set(map(id, expected))
    assert [d.lift for d in drawn] == sorted((d.lift for d in drawn), reverse=True)  # ranked, highest on top
    items = view.lift_chart.chart().plot.getPlotItem().items
    whiskers = [item for item in items if isinstance(item, pg.ErrorBarItem)]
    # every dot's whiskers reach its interval: lift − left = low, lift + right = high, row by row
    spans = set()
    for item in whiskers:
        x, y = item.opts["x"], item.opts["y"]
        for row, lift, left, right in zip(y, x, item.opts["left"], item.opts["right"], strict=True):
            spans.add((int(row), round(lift - left, 9), round(lift + right, 9)))
    bottom_up = drawn[::-1]
    assert spans == {(row, round(d.lift_low, 9), round(d.lift_high, 9)) for row, d in enumerate(bottom_up)}
    ones = [item.value() for item in items if isinstance(item, pg.InfiniteLine)]
    assert ones == [1.0]
    ticks = view.lift_chart.chart().plot.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks][-1].endswith(drawn[0].value or text("drivers_tab.no_code", "en"))
