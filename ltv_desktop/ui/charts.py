"""pyqtgraph charts with what every chart here needs: a title, axis labels with units, a legend, a hover
read-out, numbers on the axes as the owner writes them, and a small right-click menu of our own.

The mouse wheel scrolls the page a chart sits in (the Dashboard and the Calculator scroll on a small screen);
Ctrl+wheel zooms the chart, and "Reset view" puts it back.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFontMetrics, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QVBoxLayout, QWidget

from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.lazy_chart import MINIMUM_SIZE, PREFERRED_SIZE

pg.setConfigOptions(antialias=True, background="w", foreground="#333", exitCleanup=False)
PALETTE = ("#2b6cb0", "#dd6b20", "#38a169", "#c53030", "#805ad5", "#d69e2e", "#319795", "#718096")
MAX_POINTS = 2_000
"""Points drawn per curve at most: more than a chart is wide in pixels on any screen. Drawing the Pareto curve of
200,000 customers point by point held the window for half a second; the hover read-out and "Copy data" still
use every point."""


def screen_points(low: np.ndarray, high: np.ndarray | None = None, limit: int = MAX_POINTS) -> np.ndarray:
    """Positions of the points worth drawing of a series longer than `limit`: the series is cut into equal runs and
    each run keeps its lowest and highest point (of `low` and `high`, the edges of a band) and its first missing
    value (where a curve breaks), so peaks, dips, gaps and both ends look as they would with every point."""
    count = len(low)
    if count <= limit:
        return np.arange(count)
    high = low if high is None else high
    runs = max(1, (limit - 2) // 3)
    width = math.ceil(count / runs)
    runs = math.ceil(count / width)

    def grid(values: np.ndarray, fill: float) -> np.ndarray:
        padded = np.full(runs * width, fill)
        padded[:count] = np.where(np.isnan(values), fill, values)
        return padded.reshape(runs, width)

    starts = np.arange(runs) * width
    lowest = starts + grid(low, np.inf).argmin(axis=1)
    highest = starts + grid(high, -np.inf).argmax(axis=1)
    missing = np.zeros(runs * width, dtype=bool)
    missing[:count] = np.isnan(low) | np.isnan(high)
    first_missing = starts + missing.reshape(runs, width).argmax(axis=1)  # the run's start when none is missing
    kept = np.unique(np.concatenate([[0, count - 1], lowest, highest, first_missing]))
    return kept[kept < count]


class NumberAxis(pg.AxisItem):
    """Tick labels as the owner writes numbers ("30,000", "30 000"), never pyqtgraph's "3e+04" or a "(x0.001)"
    scale beside the label; a view may give its own `format_tick` (e.g. money)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.number_locale = Formatter().locale
        self.format_tick: Callable[[float, int], str] | None = None

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        step = abs(spacing * scale)
        decimals = max(0, math.ceil(-math.log10(step))) if 0 < step < 1 else 0
        if self.format_tick is not None:
            return [self.format_tick(value * scale, decimals) for value in values]
        return [self.number_locale.toString(float(value * scale), "f", decimals) for value in values]


class PlotWidget(pg.PlotWidget):
    """pyqtgraph's plot with the wheel left to the page unless Ctrl is held, and our menu on right click."""

    def __init__(self, chart: Chart, title: str) -> None:
        axes = {side: NumberAxis(side) for side in ("left", "bottom", "right")}
        # no pyqtgraph menu at all (ours replaces it): building its widgets took a third of a chart's build
        super().__init__(title=title, axisItems=axes, enableMenu=False)
        self.getPlotItem().hideAxis("right")  # shown by right_line only
        self.chart = chart
        plot_item = self.getPlotItem()
        set_title = plot_item.setTitle

        def set_fitted_title(title: str | None = None, **options: object) -> None:
            set_title(title, **options)
            self.fit_title()

        plot_item.setTitle = set_fitted_title  # views call it later (titles that name a date or a unit)
        self.fit_title()
        self.setMenuEnabled(False)  # pyqtgraph's own menu: untranslated, and about its internals
        self.getPlotItem().getViewBox().setMenuEnabled(False)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area around the chart scrolls instead

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        chart = getattr(self, "chart", None)  # the first resize comes from pyqtgraph's constructor
        if chart is not None:
            self.fit_title()
            chart.place_categories()

    def fit_title(self) -> None:
        """Wrap a title wider than the chart onto more lines: pyqtgraph keeps it on one line and makes the
        whole plot as wide as the title, so a narrow chart showed only its middle."""
        plot_item = self.getPlotItem()
        label = plot_item.titleLabel
        if not label.isVisible():
            return
        text = label.item
        text.setTextWidth(-1)
        # the title sits above the plotting area only, between the axes
        axes = sum(plot_item.getAxis(side).width() for side in ("left", "right") if plot_item.getAxis(side).isVisible())
        room = max(60.0, self.width() - axes - 16.0)
        if text.boundingRect().width() > room:
            text.setTextWidth(room)
            option = text.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            text.document().setDefaultTextOption(option)
        label.updateMin()
        height = max(30.0, text.boundingRect().height())
        label.setMaximumHeight(height)
        plot_item.layout.setRowFixedHeight(0, height)
        label.resizeEvent(None)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.chart.show_menu(event.globalPos())
        event.accept()


class Chart(QWidget):
    """One plot with a hover read-out line under it."""

    def __init__(self, title: str, x_label: str, y_label: str, parent: QWidget | None = None,
                 x_labels: Sequence[str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.plot = PlotWidget(self, title)
        self.plot.setMinimumHeight(MINIMUM_SIZE[1])
        self.setMinimumSize(*MINIMUM_SIZE)
        self.plot.setAcceptDrops(False)  # a file dropped on a chart opens it like anywhere else on the window
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)
        self.legend = self.plot.addLegend(offset=(10, 5))
        self.readout = pg.TextItem(anchor=(0, 1), color="#222")
        self.plot.addItem(self.readout, ignoreBounds=True)
        self.x_labels: list[str] = list(x_labels or [])
        self.format_value: Callable[[float], str] = lambda value: f"{value:,.2f}"
        self._series: list[tuple[str, np.ndarray, np.ndarray, Callable[[float], str] | None]] = []
        self._right_view: pg.ViewBox | None = None
        self.plot.scene().sigMouseMoved.connect(self._hover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._home: tuple[tuple[float, float], tuple[float, float]] | None = None
        self.menu: QMenu | None = None

    def sizeHint(self) -> QSize:
        """Modest: a page that scrolls sizes its content by the hints, and pyqtgraph's 600×480 made every
        scrolling page taller than a laptop's screen; a chart still grows into any room left."""
        return QSize(PREFERRED_SIZE[0], max(PREFERRED_SIZE[1], self.minimumHeight()))

    def set_locale(self, locale: QLocale) -> None:
        """Write the axes' numbers in this locale (the view's formatter's)."""
        for side in ("left", "bottom", "right"):
            axis = self.plot.getAxis(side)
            if isinstance(axis, NumberAxis):
                axis.number_locale = locale
                axis.picture = None
                axis.update()

    def set_tick_format(self, side: str, format_tick: Callable[[float, int], str] | None) -> None:
        """Label one axis's ticks with `format_tick(value, decimals)`, e.g. money; None: plain numbers."""
        axis = self.plot.getAxis(side)
        if isinstance(axis, NumberAxis):
            axis.format_tick = format_tick
            axis.picture = None
            axis.update()

    def set_label(self, side: str, label: str) -> None:
        """Name one axis ("left", "bottom", "right"); a view may call it before the chart is built."""
        self.plot.setLabel(side, label)

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title)

    def set_ticks(self, side: str, ticks: Sequence[tuple[float, str]]) -> None:
        """Label one axis at these values only (e.g. every bar of a short bar chart)."""
        self.plot.getAxis(side).setTicks([list(ticks)])

    def show_menu(self, position: QPoint) -> QMenu:
        """Save picture…, Copy data, Reset view: what an owner does with a chart, in the window's language."""
        self.menu = QMenu(self)
        self.menu.setObjectName("chart_menu")
        self.menu.addAction(QCoreApplication.translate("Chart", "Save picture…"), self.save_png)
        copy = self.menu.addAction(QCoreApplication.translate("Chart", "Copy data"), self.copy_data)
        copy.setEnabled(bool(self._series))
        self.menu.addAction(QCoreApplication.translate("Chart", "Reset view"), self.reset_view)
        self.menu.popup(position)
        return self.menu

    def reset_view(self) -> None:
        """Undo any Ctrl+wheel zoom or drag: the range the data was first shown in."""
        if self._home is not None:
            self.plot.setXRange(*self._home[0], padding=0)
            self.plot.setYRange(*self._home[1], padding=0)
        else:
            self.plot.enableAutoRange()
        if self._right_view is not None:
            self._right_view.enableAutoRange(axis=pg.ViewBox.YAxis)

    def data_text(self) -> str:
        """The series as tab-separated text a spreadsheet pastes into columns, numbers in the axes' locale."""
        locale = QLocale(self.plot.getAxis("bottom").number_locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

        def number(value: float) -> str:
            return "" if not math.isfinite(value) else locale.toString(float(value), "g", 12)

        x_name = self.plot.getAxis("bottom").labelText or "x"
        lines: list[str] = []
        for name, x_values, y_values, _format in self._series:
            if y_values.ndim == 2:  # a band: its two edges
                low = QCoreApplication.translate("Chart", "%1, low").replace("%1", name)
                high = QCoreApplication.translate("Chart", "%1, high").replace("%1", name)
                headers = [x_name, low, high]
            else:
                headers = [x_name, name]
            lines.append("\t".join(headers))
            for index, x in enumerate(x_values):
                label = self.x_labels[int(x)] if self.x_labels and float(x).is_integer() and 0 <= x < len(
                    self.x_labels) else number(x)  # fmt: skip
                row = y_values[index]
                values = [number(v) for v in row] if y_values.ndim == 2 else [number(row)]
                lines.append("\t".join([label, *values]))
            lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"

    def _short(self, value: float) -> str:
        """A number for the hover read-out: whole above 100, else three significant digits, in the axes' locale."""
        locale: QLocale = self.plot.getAxis("bottom").number_locale
        if not math.isfinite(value):
            return Formatter.DASH
        if abs(value) >= 100:
            return locale.toString(float(round(value)), "f", 0)
        return locale.toString(float(value), "g", 3)

    def copy_data(self) -> None:
        QApplication.clipboard().setText(self.data_text())

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.plot.addItem(self.readout, ignoreBounds=True)
        self.plot.enableAutoRange()
        self._home = None
        if self._right_view is not None:
            self._right_view.clear()
            self._right_view.enableAutoRange()
        self._series = []

    def set_categories(self, labels: Sequence[str]) -> None:
        self.x_labels = [str(label) for label in labels]
        self.place_categories()

    def place_categories(self) -> None:
        """As many category labels under the chart as fit side by side ("2025-04" labels of a narrow chart
        would run into each other): every second, third… label when they do not all fit."""
        if not self.x_labels:
            return
        axis = self.plot.getAxis("bottom")
        metrics = QFontMetrics(axis.style.get("tickFont") or self.plot.font())
        widest = max(metrics.horizontalAdvance(label) for label in self.x_labels) + 14
        room = max(axis.width() if axis.width() > 1 else self.plot.width() - 120, widest)
        fitting = max(1, int(room // widest))
        step = max(1, math.ceil(len(self.x_labels) / fitting))
        ticks = [(i, label) for i, label in enumerate(self.x_labels) if i % step == 0]
        axis.setTicks([ticks])

    def line(self, name: str, x: Sequence[float], y: Sequence[float], color_index: int = 0,
             dashed: bool = False, width: float = 2.0) -> None:  # fmt: skip
        x_values, y_values = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(PALETTE[color_index % len(PALETTE)], width=width, style=style)
        drawn = screen_points(y_values)
        self.plot.plot(x_values[drawn], y_values[drawn], pen=pen, name=name, connect="finite")
        self._series.append((name, x_values, y_values, None))

    def right_line(self, name: str, x: Sequence[float], y: Sequence[float], axis_label: str,
                   format_value: Callable[[float], str], color_index: int = 1) -> None:  # fmt: skip
        """A second series on its own right-hand axis (e.g. orders beside revenue): two units, one chart."""
        item = self.plot.getPlotItem()
        if self._right_view is None:
            self._right_view = pg.ViewBox(enableMenu=False)
            item.showAxis("right")
            item.scene().addItem(self._right_view)
            item.getAxis("right").linkToView(self._right_view)
            self._right_view.setXLink(item)
            item.vb.sigResized.connect(self._sync_right_view)
        item.setLabel("right", axis_label)
        x_values, y_values = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        pen = pg.mkPen(PALETTE[color_index % len(PALETTE)], width=2.0)
        drawn = screen_points(y_values)
        curve = pg.PlotCurveItem(x_values[drawn], y_values[drawn], pen=pen, connect="finite")
        self._right_view.addItem(curve)
        self._right_view.enableAutoRange(axis=pg.ViewBox.YAxis)
        self.legend.addItem(curve, name)
        self._series.append((name, x_values, y_values, format_value))
        self._sync_right_view()

    def _sync_right_view(self) -> None:
        if self._right_view is not None:
            self._right_view.setGeometry(self.plot.getPlotItem().vb.sceneBoundingRect())

    def bars(self, name: str, x: Sequence[float], heights: Sequence[float], color_index: int = 0,
             width: float = 0.8, horizontal: bool = False) -> None:  # fmt: skip
        x_values, values = np.asarray(x, dtype=float), np.nan_to_num(np.asarray(heights, dtype=float))
        brush = pg.mkBrush(PALETTE[color_index % len(PALETTE)])
        if horizontal:
            item = pg.BarGraphItem(x0=0, y=x_values, height=width, width=values, brush=brush, name=name)
            # BarGraphItem with x0 and widths does not report its bounds to auto-range: set them
            low, high = min(0.0, float(values.min(initial=0))), max(0.0, float(values.max(initial=0)))
            pad = (high - low) * 0.05 or 1.0
            self._home = ((low - pad, high + pad), (-0.6, len(values) - 0.4))
            self.plot.setXRange(*self._home[0], padding=0)
            self.plot.setYRange(*self._home[1], padding=0)
        else:
            item = pg.BarGraphItem(x=x_values, height=values, width=width, brush=brush, name=name)
        self.plot.addItem(item)
        self._series.append((name, x_values, values, None))

    def bar_names(self, names: Sequence[str]) -> None:
        """Name horizontal bars above each bar instead of on a left axis: a narrow chart keeps its width for the
        bars (the names of the Calculator's levers took half of it)."""
        plot_item = self.plot.getPlotItem()
        plot_item.hideAxis("left")
        x_range = self._home[0] if self._home is not None else plot_item.vb.viewRange()[0]
        for index, name in enumerate(names):
            label = pg.TextItem(name, anchor=(0, 1), color="#333")
            self.plot.addItem(label, ignoreBounds=True)
            label.setPos(x_range[0], index + 0.32)
        self._home = (tuple(x_range), (-0.45, len(names) - 0.05))
        self.reset_view()
        self.plot.fit_title()

    def band(self, name: str, x: Sequence[float], low: Sequence[float], high: Sequence[float],
             color_index: int = 0) -> None:  # fmt: skip
        """A shaded range between two curves (e.g. a 90 % interval); the read-out shows "low – high"."""
        x_values = np.asarray(x, dtype=float)
        bounds = np.column_stack([np.asarray(low, dtype=float), np.asarray(high, dtype=float)])
        color = pg.mkColor(PALETTE[color_index % len(PALETTE)])
        edge = pg.mkPen(color, width=1)
        drawn = screen_points(bounds[:, 0], bounds[:, 1])
        lower = pg.PlotCurveItem(x_values[drawn], bounds[drawn, 0], pen=edge)
        upper = pg.PlotCurveItem(x_values[drawn], bounds[drawn, 1], pen=edge)
        fill = QColor(color)
        fill.setAlpha(60)
        region = pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(fill))
        for item in (lower, upper, region):
            self.plot.addItem(item)
        # the legend draws a sample from a plot item's opts, which FillBetweenItem lacks: a filled empty curve stands in
        sample = pg.PlotDataItem(pen=edge, fillLevel=0, fillBrush=pg.mkBrush(fill))
        self.legend.addItem(sample, name)
        self._series.append((name, x_values, bounds, None))

    def _hover(self, position) -> None:
        if not self._series or not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        parts = []
        for name, x_values, y_values, format_value in self._series:
            if not len(x_values):
                continue
            nearest = int(np.nanargmin(np.abs(x_values - point.x())))
            label = self.x_labels[nearest] if nearest < len(self.x_labels) else self._short(x_values[nearest])
            show = format_value or self.format_value
            if y_values.ndim == 2:  # a band: its two edges
                parts.append(f"{name}: {show(y_values[nearest, 0])} – {show(y_values[nearest, 1])}")
            else:
                parts.append(f"{name}: {show(y_values[nearest])}")
        if parts:
            self.readout.setText(f"{label}\n" + "\n".join(parts))
            self.readout.setPos(point.x(), point.y())

    def save_png(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("Chart", "Save chart"),
                "chart.png",
                QCoreApplication.translate("Chart", "PNG image (*.png)"),
            )
        if path:
            self.plot.grab().save(path, "PNG")
        return path or None


class HeatMap(Chart):
    """Values over a grid of two measures (e.g. P(alive) over recency × repeat purchases), with a colour bar."""

    def __init__(self, title: str, x_label: str, y_label: str, value_label: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(title, x_label, y_label, parent)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.colour_bar = pg.ColorBarItem(
            values=(0, 1), colorMap=pg.colormap.get("viridis"), label=value_label, interactive=False, width=14,
            colorMapMenu=False,
        )  # fmt: skip
        self.colour_bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.legend.setVisible(False)  # the colour bar is the legend
        self.plot.showGrid(x=False, y=False)

    def show_grid(
        self, x: Sequence[float], y: Sequence[float], values: np.ndarray, levels: tuple[float, float]
    ) -> None:
        """values[row = y index, column = x index]; each cell is centred on its x and y."""
        x_values, y_values = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        grid = np.asarray(values, dtype=float)
        self.clear()
        self.plot.addItem(self.image)
        self.image.setImage(grid, levels=levels)
        self.colour_bar.setLevels(levels)
        dx = (x_values[-1] - x_values[0]) / max(len(x_values) - 1, 1) or 1.0
        dy = (y_values[-1] - y_values[0]) / max(len(y_values) - 1, 1) or 1.0
        rect = QRectF(x_values[0] - dx / 2, y_values[0] - dy / 2, dx * len(x_values), dy * len(y_values))
        self.image.setRect(rect)
        self.plot.getPlotItem().vb.setRange(rect, padding=0)
        self._home = ((rect.left(), rect.right()), (rect.top(), rect.bottom()))
        self.grid = (x_values, y_values, grid)

    def _hover(self, position) -> None:
        if self.grid is None or not self.plot.sceneBoundingRect().contains(position):
            return
        x_values, y_values, grid = self.grid
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        column = int(np.argmin(np.abs(x_values - point.x())))
        row = int(np.argmin(np.abs(y_values - point.y())))
        self.readout.setText(
            f"{self.plot.getAxis('bottom').labelText}: {self._short(x_values[column])}\n"
            f"{self.plot.getAxis('left').labelText}: {self._short(y_values[row])}\n"
            f"{self.format_value(grid[row, column])}"
        )
        self.readout.setPos(point.x(), point.y())

    def data_text(self) -> str:
        """The grid as a table: one row per y value, one column per x value, numbers in the axes' locale."""
        if self.grid is None:
            return ""
        x_values, y_values, grid = self.grid
        locale = QLocale(self.plot.getAxis("bottom").number_locale)
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

        def number(value: float) -> str:
            return "" if not math.isfinite(value) else locale.toString(float(value), "g", 12)

        corner = f"{self.plot.getAxis('left').labelText} \\ {self.plot.getAxis('bottom').labelText}"
        lines = ["\t".join([corner, *(number(x) for x in x_values)])]
        lines += ["\t".join([number(y), *(number(v) for v in grid[row])]) for row, y in enumerate(y_values)]
        return "\n".join(lines) + "\n"

    def show_menu(self, position: QPoint) -> QMenu:
        menu = super().show_menu(position)
        for action in menu.actions():
            if action.text() == QCoreApplication.translate("Chart", "Copy data"):
                action.setEnabled(self.grid is not None)
        return menu
