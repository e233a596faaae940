"""Export workflow: the report is written in a worker; a locked target offers Save As, and the results stay."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ltv_desktop.controllers.analysis_controller import AnalysisController
from ltv_desktop.controllers.workers import Worker, start
from ltv_desktop.model.progress import Progress
from ltv_desktop.ui.main_window import MainWindow


class ExportController(QObject):
    exported = Signal(object)  # Path
    export_failed = Signal(str)

    def __init__(self, window: MainWindow, analysis: AnalysisController, language: str, calculator=None) -> None:
        super().__init__(window)
        self.window = window
        self.analysis = analysis
        self.language = language
        self.calculator = calculator
        self.worker: Worker | None = None
        window.export_requested.connect(self.export)
        window.customers.export_view_requested.connect(self.export_customer_view)

    def export(self, path: Path) -> None:
        result = self.analysis.result
        if result is None:
            return
        from ltv_desktop.io.export import ExportOptions, export_workbook  # openpyxl loads on first export

        inputs = self.calculator.inputs_from_analysis() if self.calculator is not None else None
        run = self.analysis.run
        options = ExportOptions(
            language=self.language,
            currency=self.analysis.formatter.currency,
            calculator_inputs=inputs,
            spend_rejections=tuple(run.spend_rejections) if run is not None else (),
            spend_file=(run.spend_name or "") if run is not None else "",
        )
        worker = Worker(lambda progress: export_workbook(result, path, options, progress))
        self.worker = worker
        worker.signals.progress.connect(self.window.show_progress)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(lambda message, p=path: self._failed(message, p))
        worker.signals.crashed.connect(lambda details: self._failed(details.strip().splitlines()[-1], path))
        worker.signals.cancelled.connect(
            lambda: self.window.show_idle(self.tr("Export cancelled; nothing was written."))
        )
        self.window.cancel_requested.connect(worker.cancel)
        self.window.show_busy(self.tr("Writing %1…").replace("%1", Path(path).name))
        start(worker)

    def _done(self, path: Path) -> None:
        self.worker = None
        self.window.show_idle(self.tr("Report written to %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _failed(self, message: str, path: Path) -> None:
        self.worker = None
        self.window.show_idle(message)
        self.export_failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export"), message, QMessageBox.StandardButton.Close, self.window
        )
        box.setObjectName("export_error")
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda button: self._save_as(path) if button is save_as else None)
        box.open()

    def _save_as(self, path: Path) -> None:
        other, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save report as"), str(path.with_stem(path.stem + "-2")), "*.xlsx"
        )
        if other:
            self.export(Path(other))

    def export_customer_view(self, frame: pd.DataFrame) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the CSV file"))
        if not folder:
            return

        def job(progress: Progress) -> Path:
            from dataclasses import replace

            from ltv_desktop.io.export import export_tables_csv

            result = self.analysis.result
            written = export_tables_csv(replace(result, customers=frame), folder, self.language)
            return next(path for path in written if path.name == "customers.csv")

        worker = Worker(job)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(lambda message: self._failed(message, Path(folder) / "customers.csv"))
        self.worker = start(worker)


__all__ = ["ExportController"]
