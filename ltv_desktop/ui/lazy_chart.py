"""A chart's place on a tab, with the pyqtgraph chart (ui/charts.py) built in it when the tab is first shown.

pyqtgraph and numpy take about half a second to load and each chart a few tens of milliseconds to build, so
the window starts without them: a chart is built the first time it is shown, i.e. when the owner first looks at
its tab (the Calculator's charts, on the first tab, right after the window shows). What a view draws before
that (the Calculator draws as it starts; a result arrives while the owner is on another tab) is kept and drawn
when the chart is built; anything else asked of the chart (its plot, its series, its menu) builds it at once.

Charts shown together (the Dashboard's six) are built one at a time, in the order they were shown, each over
two turns of the event loop (made; then drawn into and placed): built and first painted all at once they held
the window's thread for about a second.
`when_charts_built` says when every shown chart is built (the results are on screen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from ltv_desktop.ui.charts import Chart

PREFERRED_SIZE = (420, 240)
"""A chart's size hint (ui/charts.py uses it too): the same before and after the chart is built."""
MINIMUM_SIZE = (68, 170)
"""A chart's smallest size (pyqtgraph's plot is 68 pixels wide at least), the same before and after it is built:
a chart that grew when built moved its neighbours, and all of them were drawn again."""
SETTINGS = frozenset({"set_locale", "set_tick_format", "set_categories", "set_label", "set_title", "set_ticks"})
"""Calls that set how the chart looks: a later call of the same kind (same axis) replaces an earlier one."""
BY_SIDE = frozenset({"set_tick_format", "set_label", "set_ticks"})
"""Settings whose first argument is the axis ("left", "bottom", "right"): one of each per axis."""
SERIES = frozenset({"line", "right_line", "bars", "bar_names", "band", "show_grid"})
"""Calls that draw data: drawn in their order; `clear()` drops those made before it."""
ATTRIBUTES = frozenset({"format_value"})
"""Plain attributes a view sets on a chart before it may be built."""


NEXT_TURN_MS = 1
"""Between two steps of work on the window's thread (two charts' builds, two views filled): a timer, not a
zero-delay call. Zero-delay calls are posted events, and Qt serves timers (the window's own, a benchmark's
tick) only once posted events stop coming: a chain of them ran two or more steps back to back."""

Call = tuple[str, tuple[Any, ...], dict[str, Any]]


class _BuildQueue:
    """Charts shown but not built yet, built one at a time over turns of the event loop (the window paints and
    answers in between)."""

    def __init__(self) -> None:
        self.waiting: list[LazyChart] = []
        self.callbacks: list[Callable[[], None]] = []
        self.scheduled = False

    def add(self, chart: LazyChart) -> None:
        if chart not in self.waiting:
            self.waiting.append(chart)
        self.schedule()

    def schedule(self) -> None:
        if not self.scheduled:
            self.scheduled = True
            QTimer.singleShot(NEXT_TURN_MS, self.build_next)

    def build_next(self) -> None:
        self.scheduled = False
        built = False
        while self.waiting and not built:
            chart = self.waiting.pop(0)
            # a chart deleted or hidden again (another tab chosen) before its turn is built when next shown
            if isValid(chart) and not chart.built and chart.isVisible():
                if chart.made():
                    chart.chart()  # the second half: drawn into and put in its place
                    built = True
                else:
                    chart.make()  # the first half: pyqtgraph's plot (half of a chart's cost)
                    self.waiting.insert(0, chart)
                    break
        if self.waiting or (built and self.callbacks):
            self.schedule()
        elif self.callbacks:
            callbacks, self.callbacks = self.callbacks, []
            for callback in callbacks:
                callback()

    def when_done(self, callback: Callable[[], None]) -> None:
        """`callback()` once no shown chart waits, a turn after the last one was built (so it was painted)."""
        self.callbacks.append(callback)
        self.schedule()

    def build_now(self, widget: QWidget) -> None:
        """Build at once the charts waiting inside `widget` (a picture of it is about to be taken)."""
        for chart in list(self.waiting):
            if isValid(chart) and (chart is widget or widget.isAncestorOf(chart)):
                chart.chart()


_queue = _BuildQueue()


def when_charts_built(callback: Callable[[], None]) -> None:
    """Call `callback` once every chart shown so far is built and has had a turn to be painted."""
    _queue.when_done(callback)


def build_shown_charts(widget: QWidget) -> None:
    """Build now the shown charts inside `widget` that wait for their turn (before taking its picture)."""
    _queue.build_now(widget)


class _Pending:
    """What was asked of a chart before it was built."""

    def __init__(self) -> None:
        self.settings: dict[tuple[Any, ...], Call] = {}
        self.series: list[Call] = []
        self.attributes: dict[str, Any] = {}


class _DeferredPart:
    """A part of the chart (its legend) whose method calls wait for the chart, like the chart's own settings."""

    def __init__(self, chart: LazyChart, part: str) -> None:
        self._chart = chart
        self._part = part

    def __getattr__(self, method: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> None:
            self._chart._record(f"{self._part}.{method}", args, kwargs, (self._part, method))

        return record


class LazyChart(QWidget):
    """Stands in a layout where a `charts.Chart` goes and becomes one (inside itself) when first shown."""

    def __init__(self, title: str, x_label: str, y_label: str, parent: QWidget | None = None,
                 x_labels: Sequence[str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._arguments: tuple[Any, ...] = (title, x_label, y_label, None, x_labels)
        self._chart: Chart | None = None
        self._made: Chart | None = None  # made on one turn of the event loop, drawn into and placed on the next
        self._pending = _Pending()
        self.setMinimumSize(*MINIMUM_SIZE)
        # expanding like the chart inside: the page's layout gives it the same room before and after
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def _create(self) -> Chart:
        from ltv_desktop.ui.charts import Chart

        return Chart(*self._arguments)

    @property
    def built(self) -> bool:
        return self._chart is not None

    def made(self) -> bool:
        return self._made is not None

    def make(self) -> None:
        """The first half of building: the chart made, not yet drawn into nor placed (see `chart`)."""
        if self._chart is None and self._made is None:
            self._made = self._create()
            self._made.setParent(self)  # owned here, hidden until placed

    def chart(self) -> Chart:
        """The pyqtgraph chart, built now if it was not yet, with everything asked of it before."""
        if self._chart is None:
            chart = self._made or self._create()
            self._made = None
            self._chart = chart
            pending, self._pending = self._pending, _Pending()
            for name, value in pending.attributes.items():
                setattr(chart, name, value)
            for name, args, kwargs in (*pending.settings.values(), *pending.series):
                target: Any = chart
                for part in name.split("."):
                    target = getattr(target, part)
                target(*args, **kwargs)
            self.layout().addWidget(chart)
            if self.isVisible():
                chart.show()
        return self._chart

    def _record(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], key: tuple[Any, ...]) -> None:
        self._pending.settings[key] = (name, args, kwargs)

    def showEvent(self, event: QShowEvent) -> None:
        if self._chart is None:
            _queue.add(self)
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        """Modest, as the chart's own: a page that scrolls sizes its content by the hints."""
        return QSize(PREFERRED_SIZE[0], max(PREFERRED_SIZE[1], self.minimumHeight()))

    @property
    def legend(self) -> Any:
        return self._chart.legend if self._chart is not None else _DeferredPart(self, "legend")

    def clear(self) -> None:
        if self._chart is not None:
            self._chart.clear()
        else:
            self._pending.series.clear()

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ATTRIBUTES:
            if self._chart is None:
                self._pending.attributes[name] = value
            else:
                setattr(self._chart, name, value)
            return
        super().__setattr__(name, value)

    def __getattr__(self, name: str) -> Any:
        """Called for what this stand-in does not have itself: the chart's drawing calls wait while the chart is
        not built; anything else builds it and is the chart's."""
        if name.startswith("__") or name in ("_chart", "_made", "_pending", "_arguments"):
            raise AttributeError(name)
        if self._chart is None and name in SETTINGS | SERIES:

            def record(*args: Any, **kwargs: Any) -> None:
                if name in SERIES:
                    if name == "show_grid":  # it clears the chart first
                        self._pending.series.clear()
                    self._pending.series.append((name, args, kwargs))
                else:
                    side = args[0] if name in BY_SIDE and args else kwargs.get("side")
                    self._pending.settings[(name, side)] = (name, args, kwargs)

            return record
        return getattr(self.chart(), name)


class LazyHeatMap(LazyChart):
    """The same for a `charts.HeatMap`."""

    def __init__(self, title: str, x_label: str, y_label: str, value_label: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(title, x_label, y_label, parent)
        self._arguments = (title, x_label, y_label, value_label, None)

    def _create(self) -> Chart:
        from ltv_desktop.ui.charts import HeatMap

        return HeatMap(*self._arguments)
