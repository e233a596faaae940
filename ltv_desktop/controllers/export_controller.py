"""Export workflow: the report is written in a worker; a locked target offers Save As, and the results stay."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ltv_desktop import pipeline
from ltv_desktop.controllers.analysis_controller import AnalysisController
from ltv_desktop.controllers.workers import Worker, start
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.progress import Progress
from ltv_desktop.pipeline import ExportChoices
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.messages import error_text, ui_language

if TYPE_CHECKING:
    import pandas as pd


class ExportController(QObject):
    exported = Signal(object)  # Path
    export_failed = Signal(str)
    files_written = Signal(list)  # the CSV tables or chart images

    def __init__(self, window: MainWindow, analysis: AnalysisController, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.analysis = analysis
        self.language = language
        self.worker: Worker | None = None
        self.takes_export = lambda path: False
        """Whether another analysis writes this export (subscriptions_controller.py, on its own tab)."""
        window.export_requested.connect(self.export)
        window.customers.export_view_requested.connect(self.export_customer_view)
        window.tables_export_requested.connect(self.export_tables)
        window.charts_export_requested.connect(self.save_charts)

    def export(self, path: Path) -> None:
        if self.takes_export(path):
            return
        run = self.analysis.run
        if run is None:
            return
        choices = ExportChoices(language=self.language, currency=self.analysis.formatter.currency)
        worker = Worker(lambda progress: pipeline.export(run, path, choices, progress))
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
        box = self._error_box(message)
        save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda button: self._save_as(path) if button is save_as else None)
        box.open()

    def _error_box(self, message: str) -> QMessageBox:
        """Status line, signal and the (not yet opened) message box every failed export shares."""
        self.worker = None
        self.window.show_idle(message)
        self.export_failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export"), message, QMessageBox.StandardButton.Close, self.window
        )
        box.setObjectName("export_error")
        return box

    def _save_as(self, path: Path) -> None:
        other, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save report as"), str(path.with_stem(path.stem + "-2")), "*.xlsx"
        )
        if other:
            self.export(Path(other))

    def export_customer_view(self, frame: pd.DataFrame, headers: dict[str, str]) -> None:
        """Customers → Export this view: the rows and columns on screen, to one CSV or XLSX file the owner
        names (the file dialog asks before replacing a file), with the headers as shown."""
        csv_filter, xlsx_filter = self.tr("CSV file (*.csv)"), self.tr("Excel workbook (*.xlsx)")
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export this view"), self.tr("customers") + ".csv", f"{csv_filter};;{xlsx_filter}"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if selected == xlsx_filter else ".csv")
        language = self.language
        worker = Worker(lambda progress: pipeline.export_table(frame, headers, path, language=language, overwrite=True))
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed_plain)  # "Save as…" writes a workbook: not an answer here
        self.worker = start(worker)

    def export_tables(self, folder: Path) -> None:
        """File → Export tables as CSV: every table of the analysis, one file each, in a worker."""
        result = self.analysis.result
        if result is None:
            return

        def job(progress: Progress) -> list[Path]:
            return pipeline.export_tables(result, Path(folder), self.language)

        worker = Worker(job)
        worker.signals.finished.connect(lambda written: self._files_written(written, Path(folder)))
        worker.signals.failed.connect(self._failed_plain)
        self.worker = start(worker)

    def save_charts(self, folder: Path) -> list[Path]:
        """File → Save charts as PNG: each chart of each tab as the owner sees it.

        Drawing a widget is GUI work, so it runs on the window's thread (a few tens of ms a chart); each image is
        written to a temporary name and renamed, so a failed save never leaves half an image under the real name.
        """
        if self.analysis.result is None:
            return []
        folder = Path(folder)
        written: list[Path] = []
        pictures = self.window.chart_pictures()
        try:
            for name, picture in pictures:
                written.append(_save_image(picture, folder / name))
        except (OSError, LtvError) as error:
            reason = error_text(error) if isinstance(error, LtvError) else error.strerror or str(error)
            self._failed_plain(
                self.tr("The chart images could not be saved in %1: %2.").replace("%1", str(folder)).replace(
                    "%2", reason)
            )  # fmt: skip
            return written
        finally:
            pictures.close()  # the tab shown before is shown again at once, also after a failed save
        self._files_written(written, folder)
        return written

    def _files_written(self, written: list[Path], folder: Path) -> None:
        self.worker = None
        self.window.show_idle(text("status_bar.files_written", ui_language(), files=len(written), folder=str(folder)))
        self.files_written.emit(written)

    def _failed_plain(self, message: str) -> None:
        self._error_box(message).open()


def _save_image(image, path: Path) -> Path:
    def write(temporary: Path) -> None:
        if not image.save(str(temporary), "PNG"):
            raise OSError(0, QCoreApplication.translate("ExportController", "the image could not be written"))

    return pipeline.write_whole(path, write)


__all__ = ["ExportController"]
