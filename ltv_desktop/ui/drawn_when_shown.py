"""Tabs that draw a new result only once the owner looks at them, one step per turn of the event loop.

A result fills every tab at once; drawing the hidden ones then (a cohort matrix of a thousand cells, two
pyqtgraph charts) kept the window from answering for over 100 ms, for tabs the owner may not open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ltv_desktop.ui.lazy_chart import NEXT_TURN_MS


class DrawnWhenShown(QWidget):
    """A view whose drawing steps wait until it is shown; `draw_now` draws them at once (before a picture)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending: list[Callable[[], None]] = []
        """What is still to draw for the last result, in order."""

    def draw_when_shown(self, *steps: Callable[[], None]) -> None:
        """Replace what waits with `steps`: drawn now, one per turn, if the view is in front, else once shown."""
        self.pending = list(steps)
        if self.isVisible():
            QTimer.singleShot(NEXT_TURN_MS, self, self._draw_next)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pending:
            QTimer.singleShot(NEXT_TURN_MS, self, self._draw_next)

    def draw_now(self) -> None:
        while self.pending:
            self.pending.pop(0)()

    def _draw_next(self) -> None:
        if self.pending:
            self.pending.pop(0)()
        if self.pending:
            QTimer.singleShot(NEXT_TURN_MS, self, self._draw_next)
