"""Run io and model work off the GUI thread, with progress, cancel and errors as Qt signals.

The job is a plain function taking a `Progress`; the worker turns its
callbacks into signals and the Cancel button into `is_cancelled`. A job that
raises `Cancelled` ends with `cancelled`, one that raises an `LtvError` with
`failed(message)`, anything else with `crashed(text)` for the error dialog.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ltv_desktop.model.errors import Cancelled, LtvError
from ltv_desktop.model.progress import Progress
from ltv_desktop.ui.messages import error_text


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        progress = Progress(lambda share, stage: self.signals.progress.emit(share, stage), self._cancel.is_set)
        try:
            result = self.job(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except LtvError as error:
            self.signals.failed.emit(error_text(error))
        except Exception:  # shown in the error dialog and logged; the window stays usable
            self.signals.crashed.emit(traceback.format_exc())
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
