"""Subscriptions workflow: a file that looks like a subscription export (or any file the owner asks for) is read
as subscriptions and analysed in a worker, then shown on the Subscriptions tab.

The sales analysis is not started for a subscription export: its start dates are not purchases. The last good
subscription run stays on screen until a new one succeeds, as with the sales analysis.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ltv_desktop import pipeline
from ltv_desktop.controllers.analysis_controller import AnalysisController
from ltv_desktop.controllers.export_controller import ExportController
from ltv_desktop.controllers.workers import Worker, start
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.ui.error_dialog import show_unexpected
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.messages import ui_language


class SubscriptionsController(QObject):
    finished = Signal(object)  # SubscriptionRun
    failed = Signal(str)
    exported = Signal(object)  # Path

    def __init__(
        self, window: MainWindow, analysis: AnalysisController, export: ExportController | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.analysis = analysis
        self.run: pipeline.SubscriptionRun | None = None
        self.worker: Worker | None = None
        self.detected = False
        self.export_worker: Worker | None = None
        analysis.is_other_kind = self.is_subscription_preview
        if export is not None:
            export.takes_export = self.export_if_shown
        window.subscriptions.read_as_subscriptions_requested.connect(lambda: self.read(detected=False))

    def is_subscription_preview(self, preview: Any) -> bool:
        """Called by the analysis controller with each preview: a subscription export is read here instead."""
        if not pipeline.is_subscription_file(list(preview.report.columns)):
            return False
        self.read(detected=True)
        return True

    def read(self, detected: bool = False) -> None:
        path = self.analysis.path
        language = ui_language()
        if path is None:
            self.window.show_error(text("subs2.failed", language), text("subs2.no_file", language))
            return
        if self.worker is not None:
            self.worker.cancel()
        self.detected = detected
        # how the file is read (sheet, encoding, header row, day order) carries over; the Data tab's column choices
        # are the sales roles, not a subscription's
        options = dataclasses.replace(self.analysis.options, columns={}) if self.analysis.options else None
        locale = pipeline.locale_for(language, self.window.locale().name())
        margin = self.analysis.settings.margin
        worker = Worker(lambda progress: pipeline.run_subscriptions(path, options, None, margin, locale))
        self.worker = worker
        worker.signals.finished.connect(lambda run, w=worker: self._done(w, run))
        worker.signals.failed.connect(lambda message, w=worker: self._failed(w, message))
        worker.signals.crashed.connect(lambda details, w=worker: self._crashed(w, details))
        worker.signals.cancelled.connect(lambda w=worker: self._forget(w))
        self.window.cancel_requested.connect(worker.cancel)
        self.window.show_busy(text("subs2.reading", language, name=Path(path).name))
        start(worker)

    def _forget(self, worker: Worker) -> bool:
        if worker is not self.worker:
            return False
        self.worker = None
        return True

    def _done(self, worker: Worker, run: pipeline.SubscriptionRun) -> None:
        if not self._forget(worker):
            return
        self.run = run
        self.show_run()
        self.window.tabs.setCurrentWidget(self.window.subscriptions)
        self.window.enable_exports(True)
        self.finished.emit(run)

    def show_run(self) -> None:
        if self.run is None:
            return
        language, run = ui_language(), self.run
        done = text("subs2.done", language, name=run.path.name, used=len(run.imported.frame),
                    rejected=len(run.imported.rejections))  # fmt: skip
        note = text("subs2.detected", language, name=run.path.name) if self.detected else ""
        message = " ".join(part for part in (note, done) if part)
        self.window.subscriptions.show_run(run, self.analysis.formatter, message)
        self.window.show_idle(done)

    def _failed(self, worker: Worker, message: str) -> None:
        if self._forget(worker):
            self.window.subscriptions.show_message(message)
            self.window.show_error(text("subs2.failed", ui_language()), message)
            self.failed.emit(message)

    def _crashed(self, worker: Worker, details: str) -> None:
        if self._forget(worker):
            self.window.show_idle(details.strip().splitlines()[-1])
            show_unexpected(details, self.window)
            self.failed.emit(details.strip().splitlines()[-1])

    def export_if_shown(self, path: Path) -> bool:
        """File → Export writes the subscription workbook when the Subscriptions tab is in front (or there is no
        sales analysis); the sales report otherwise."""
        run = self.run
        if run is None or (
            self.analysis.run is not None and self.window.tabs.currentWidget() is not self.window.subscriptions
        ):
            return False
        language = ui_language()
        worker = Worker(lambda progress: pipeline.export_subscriptions(run, path, language))
        self.export_worker = worker
        worker.signals.finished.connect(self._exported)
        worker.signals.failed.connect(lambda message: self._export_failed(message))
        worker.signals.crashed.connect(lambda details: self._export_failed(details.strip().splitlines()[-1]))
        self.window.show_busy(text("subs2.writing", language, name=Path(path).name))
        start(worker)
        return True

    def _exported(self, path: Path) -> None:
        self.export_worker = None
        self.window.show_idle(text("subs2.written", ui_language(), path=str(path)))
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self.export_worker = None
        self.window.show_error(text("subs2.export_failed", ui_language()), message)

    def take_over(self, previous: SubscriptionsController) -> None:
        """Carry the last run over to the window that replaces this one (a language switch)."""
        self.run, self.detected = previous.run, previous.detected
        self.show_run()
