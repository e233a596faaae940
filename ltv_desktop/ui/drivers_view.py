"""The Drivers tab: what the first order says about a customer's value, and how long customers take to come back.

The table lists each first product, category, discount code and channel with its customers, 12-month LTV
and that LTV's 90 % range, strongest clear effect first; a row is "clear" only when its range excludes the
average (docs/metrics.md section 4), so an owner never acts on noise. Beside it, the same drivers ranked by
lift, each a dot with its 90 % interval as whiskers and a line at 1× (the average customer): a whisker
that crosses the line is a driver the data cannot tell from the average. The histogram shows the days between
purchases (first to second, and later ones) with their medians and the day after which a customer counts as
lost, so "when to send the reminder" can be read off the picture.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.ui.drawn_when_shown import DrawnWhenShown
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.labels import stacked
from ltv_desktop.ui.lazy_chart import LazyChart
from ltv_desktop.ui.messages import ui_language
from ltv_desktop.ui.result_table import result_table

if TYPE_CHECKING:  # the analysis and pyqtgraph load with the first result, not with the window
    from ltv_desktop.model.drivers import Driver
    from ltv_desktop.model.result import AnalysisResult
    from ltv_desktop.model.timing import GapDistribution

COLUMNS = ("attribute", "value", "customers", "ltv_12m", "ltv_range", "lift", "repeat_rate", "clear")
THRESHOLD_COLOR = "#c53030"
LIFT_CHART_DRIVERS = 20
"""Drivers drawn in the lift chart (the strongest effects, clear ones first, as the table orders them): more
rows than this cannot be read at the chart's height; the table lists them all."""
UNCLEAR_COLOR = "#a0aec0"
SHOWN_SPAN = 3.0
"""The histogram shows gaps up to this many times the later third quartile (or past the lost-after day):
a few customers who came back after years would squeeze every bar against the left edge."""


class DriversView(DrawnWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = ui_language()
        self.language = language
        self.verdict = QLabel()
        self.verdict.setObjectName("drivers_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = result_table(len(COLUMNS), whole_rows=True)
        self.table.setObjectName("drivers_table")
        self.table.setHorizontalHeaderLabels([text(f"drivers_tab.column.{name}", language) for name in COLUMNS])
        clear_header = self.table.horizontalHeaderItem(COLUMNS.index("clear"))
        clear_header.setToolTip(text("drivers_tab.clear_tooltip", language))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.chart = LazyChart(
            text("drivers_tab.histogram_title", language),
            text("drivers_tab.histogram_x", language),
            text("drivers_tab.histogram_y", language),
        )
        # this tab must not raise the window's minimum height above the other tabs' (a small laptop's screen)
        self.chart.setMinimumHeight(120)
        self.table.setMinimumHeight(80)
        # short gaps are the tallest bars, on the left: the legend goes top right
        self.chart.legend.setOffset((-10, 5))
        self.chart.legend.setBrush(QColor(255, 255, 255, 215))  # bars under it stay visible, its text readable
        self.lift_chart = LazyChart(
            text("drivers_tab.lift_chart_title", language), text("drivers_tab.lift_chart_x", language), ""
        )
        self.lift_chart.setObjectName("drivers_lift_chart")
        self.lift_chart.setMinimumHeight(120)
        # the highest lifts are top right, the lowest bottom left: the legend goes bottom right
        self.lift_chart.legend.setOffset((-10, -10))
        self.timing_text = QLabel()
        self.timing_text.setObjectName("timing_text")
        self.timing_text.setWordWrap(True)
        self.timing_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(stacked(self.verdict, self.table, growing=self.table))
        # the lift chart beside the histogram: the table keeps the tab's width for the products' names
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.lift_chart)
        charts.addWidget(self.chart)
        charts.setChildrenCollapsible(False)
        charts.setSizes([450, 550])
        splitter.addWidget(stacked(charts, self.timing_text, growing=charts))
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.shown: list[Driver] = []
        self.lifts_drawn: list[Driver] = []
        """The drivers in the lift chart, top row first: what a test or a picture can check."""
        self.histogram_bars = 0
        """Bars drawn in the histogram (non-empty bins of both series): what a test or a picture can count."""

    def show_result(self, result: AnalysisResult, formatter: Formatter) -> None:
        """Fill the table with the run's drivers now; draw the two charts once the tab is in front, one per turn
        of the event loop (ui/drawn_when_shown.py)."""
        self._show_drivers(tuple(result.drivers), formatter)
        self.draw_when_shown(lambda: self._show_lifts(formatter), lambda: self._show_timing(result, formatter))

    # -- the table -------------------------------------------------------------------------------------------
    def _show_drivers(self, drivers: tuple[Driver, ...], f: Formatter) -> None:
        from ltv_desktop.model.drivers import by_effect, drivers_verdict

        language = self.language
        verdict = drivers_verdict(drivers, language)
        said = [verdict] if verdict else []
        shown = by_effect(drivers)
        clear = [driver for driver in shown if driver.clear]
        if clear:
            said.append(clear[0].sentence(language))
            cap = clear[0].cap_sentence(language, f.money)
            if cap:
                said.append(cap)
        if not any(driver.attribute != "channel" for driver in drivers):
            said.append(text("drivers_tab.no_line_items", language))
        self.verdict.setText(" ".join(said))
        self.shown = shown
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        yes = text("drivers_tab.yes", language)
        for row, driver in enumerate(shown):
            scale = driver.ltv_12m / driver.lift if driver.lift else math.nan
            cells = (
                text(f"drivers_tab.attribute.{driver.attribute}", language),
                driver.value if driver.value is not None else text("drivers_tab.no_code", language),
                f.integer(driver.customers),
                f.money(driver.ltv_12m, 0),
                f"{f.money(driver.lift_low * scale, 0)} – {f.money(driver.lift_high * scale, 0)}",
                f"{f.number(driver.lift, 2)}× ({f.number(driver.lift_low, 2)}–{f.number(driver.lift_high, 2)}×)",
                f.percent(driver.repeat_rate, 0),
                yes if driver.clear else "",
            )
            tip = " ".join(
                part
                for part in (
                    driver.sentence(language),
                    driver.repeat_sentence(language),
                    driver.cap_sentence(language, f.money),
                )
                if part
            )
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(tip)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if driver.clear:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("value"), QHeaderView.ResizeMode.Stretch)

    # -- the lift chart --------------------------------------------------------------------------------------
    def _show_lifts(self, f: Formatter) -> None:
        """Each driver's lift as a dot with its 90 % interval as whiskers, highest on top, and a line at 1×.

        Drawn once the tab is shown (pyqtgraph loads with it, never at start). Clear drivers are drawn in colour,
        the others in grey: their whiskers cross the line.
        """
        import pyqtgraph as pg

        from ltv_desktop.ui.charts import PALETTE

        language = self.language
        chart = self.lift_chart.chart()  # built now: it sets its own axis ticks and view
        chart.clear()
        chart.set_locale(f.locale)
        chart.format_value = lambda value: f"{f.number(value, 2)}×"
        shown = sorted(self.shown[:LIFT_CHART_DRIVERS], key=lambda driver: driver.lift)  # lowest at the bottom
        self.lifts_drawn = shown[::-1]
        axis = chart.plot.getAxis("left")
        if not shown:
            axis.setTicks(None)
            return
        rows = np.arange(len(shown), dtype=float)
        lift = np.array([driver.lift for driver in shown])
        low = np.array([driver.lift_low for driver in shown])
        high = np.array([driver.lift_high for driver in shown])
        colours = [PALETTE[0] if driver.clear else UNCLEAR_COLOR for driver in shown]
        for clear in (True, False):
            pick = np.array([driver.clear is clear for driver in shown])
            if not pick.any():
                continue
            colour = PALETTE[0] if clear else UNCLEAR_COLOR
            chart.plot.addItem(
                pg.ErrorBarItem(x=lift[pick], y=rows[pick], left=lift[pick] - low[pick], right=high[pick] - lift[pick],
                                beam=0.25, pen=pg.mkPen(colour, width=1.8))
            )  # fmt: skip
        chart.plot.addItem(pg.ScatterPlotItem(x=lift, y=rows, size=9, brush=[pg.mkBrush(c) for c in colours],
                                              pen=pg.mkPen("w", width=0.8)))  # fmt: skip
        chart._series.append((text("drivers_tab.column.lift", language), rows, lift, None))
        self._vertical_in(chart, 1.0, THRESHOLD_COLOR, text("drivers_tab.lift_chart_average", language))
        no_code = text("drivers_tab.no_code", language)
        names = [
            f"{text(f'drivers_tab.attribute.{d.attribute}', language)}: {d.value if d.value is not None else no_code}"
            for d in shown
        ]
        axis.setTicks([list(enumerate(names))])
        left, right = min(float(low.min()), 1.0), max(float(high.max()), 1.0)
        pad = (right - left) * 0.06 or 0.1
        chart._home = ((max(0.0, left - pad), right + pad), (-0.6, len(shown) - 0.4))
        chart.reset_view()
        chart.plot.fit_title()  # the names on the left axis took room the title had

    @staticmethod
    def _vertical_in(chart: object, x: float, color: str, name: str) -> None:
        """A vertical line across a chart at x, named in its legend."""
        import pyqtgraph as pg

        pen = pg.mkPen(color, width=1.6, style=Qt.PenStyle.DashLine)
        chart.plot.addItem(pg.InfiniteLine(pos=x, angle=90, pen=pen, movable=False))  # type: ignore[attr-defined]
        chart.legend.addItem(pg.PlotDataItem(pen=pen), name)  # type: ignore[attr-defined]

    # -- the histogram ---------------------------------------------------------------------------------------
    def _show_timing(self, result: AnalysisResult, f: Formatter) -> None:
        from ltv_desktop.model.timing import BIN_DAYS
        from ltv_desktop.ui.charts import PALETTE

        language = self.language
        chart = self.chart.chart()  # built now: the histogram sets its own view
        chart.clear()
        chart.set_locale(f.locale)
        chart.format_value = lambda value: f.integer(value)
        timing = result.timing
        self.histogram_bars = 0
        if timing is None or (timing.first_to_second.gaps == 0 and timing.later.gaps == 0):
            self.timing_text.setText(text("drivers_tab.no_gaps", language))
            return
        series = (
            (text("drivers_tab.first_to_second", language), timing.first_to_second, 0, 0.27),
            (text("drivers_tab.later", language), timing.later, 1, 0.73),
        )
        tallest = 0
        for name, distribution, color, where in series:
            if not distribution.gaps:
                continue
            starts = np.array([start for start, _ in distribution.histogram], dtype=float)
            counts = np.array([count for _, count in distribution.histogram], dtype=float)
            chart.bars(name, starts + BIN_DAYS * where, counts, color, width=BIN_DAYS * 0.44)
            self.histogram_bars += int((counts > 0).sum())
            tallest = max(tallest, int(counts.max(initial=0)))
        for name, distribution, color, _ in series:
            if distribution.median_days is not None:
                label = text("drivers_tab.median", language, series=name.lower(), days=distribution.median_days)
                self._vertical(distribution.median_days, PALETTE[color], label, Qt.PenStyle.DashLine)
        days = int(result.threshold.days)
        self._vertical(float(days), THRESHOLD_COLOR, text("drivers_tab.threshold", language, days=days),
                       Qt.PenStyle.SolidLine, width=2.5)  # fmt: skip
        right = self._shown_span(timing.first_to_second, timing.later, days)
        chart._home = ((0.0, right), (0.0, tallest * 1.08 or 1.0))
        chart.reset_view()
        self.timing_text.setText(" ".join(timing.sentences(language)))

    def _vertical(self, x: float, color: str, name: str, style: Qt.PenStyle, width: float = 1.8) -> None:
        """A vertical marker across the whole chart, named in the legend."""
        import pyqtgraph as pg

        chart = self.chart.chart()
        pen = pg.mkPen(color, width=width, style=style)
        chart.plot.addItem(pg.InfiniteLine(pos=x, angle=90, pen=pen, movable=False))
        chart.legend.addItem(pg.PlotDataItem(pen=pen), name)

    @staticmethod
    def _shown_span(first: GapDistribution, later: GapDistribution, threshold: int) -> float:
        """The right edge of the histogram: past the lost-after day and most gaps, never past the longest."""
        from ltv_desktop.model.timing import BIN_DAYS

        longest = max(
            (start + BIN_DAYS for distribution in (first, later) for start, _ in distribution.histogram), default=0
        )
        quartiles = [d.q3_days for d in (first, later) if d.q3_days is not None]
        wanted = max([threshold * 1.15, *(q * SHOWN_SPAN for q in quartiles)])
        return float(max(min(max(longest, BIN_DAYS), max(wanted, BIN_DAYS * 3)), threshold * 1.08))
