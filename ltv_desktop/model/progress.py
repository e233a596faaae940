"""Progress and cancel for long work, without Qt.

io and model code call `progress.update(fraction)` between chunks of real
work; a controller's worker turns the callback into a Qt signal and the
Cancel button into `is_cancelled`. `update` raises `Cancelled` when asked to
stop, so a cancelled job unwinds without writing anything half-done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from ltv_desktop.model.errors import Cancelled


class Progress:
    """Reports the done share (0..1) of a job and checks for cancel."""

    def __init__(
        self,
        on_progress: Callable[[float, str], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        start: float = 0.0,
        end: float = 1.0,
    ) -> None:
        self._on_progress = on_progress
        self._is_cancelled = is_cancelled
        self._start = start
        self._end = end

    def cancelled(self) -> bool:
        """Did the user ask to stop?"""
        return self._is_cancelled is not None and self._is_cancelled()

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop."""
        if self.cancelled():
            raise Cancelled()

    def update(self, fraction: float, stage: str = "") -> None:
        """Say that `fraction` of this (sub-)job is done, then honour a cancel."""
        if self._on_progress is not None:
            share = min(1.0, max(0.0, fraction))
            self._on_progress(self._start + (self._end - self._start) * share, stage)
        self.check()

    def part(self, start: float, end: float) -> Progress:
        """A child for one stage that fills [start, end] of this job's bar."""
        width = self._end - self._start
        return Progress(
            self._on_progress,
            self._is_cancelled,
            self._start + width * start,
            self._start + width * end,
        )


class Together:
    """Jobs that run at the same time on one bar: each reports its own share, and the bar shows their weighted
    sum, so it only moves forward whichever job speaks; one lock keeps the two from reporting at once (the
    callback may write to a pipe)."""

    def __init__(self, progress: Progress, weights: Sequence[float]) -> None:
        self._progress = progress
        self._weights = [weight / sum(weights) for weight in weights]
        self._done = [0.0] * len(weights)
        self._lock = threading.Lock()

    def job(self, index: int) -> Progress:
        """The progress of job `index`: its updates fill its weight of the bar; a cancel stops every job."""

        def report(fraction: float, stage: str) -> None:
            with self._lock:
                self._done[index] = max(self._done[index], fraction)
                total = sum(weight * done for weight, done in zip(self._weights, self._done, strict=True))
                self._progress.update(total, stage)

        return Progress(report, self._progress.cancelled)


NO_PROGRESS = Progress()
"""For callers that neither show progress nor cancel (tests, the CLI)."""
