"""Import and analysis workflow: preview a file, read it, analyze it, in workers; show results in the views.

The last good analysis stays on screen until a new one succeeds: a cancelled
or failed run never leaves the window half-updated.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from ltv_desktop.controllers.workers import Worker, start
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.progress import Progress
from ltv_desktop.model.result import AnalysisResult
from ltv_desktop.model.settings import Settings
from ltv_desktop.model.transactions import Rejection
from ltv_desktop.ui.error_dialog import show_unexpected
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.messages import error_text

if TYPE_CHECKING:  # io (openpyxl, readers) and the engine load on first use, so the window shows fast
    from ltv_desktop.io import ImportOptions

RECENT_KEY = "files/recent"
MAX_RECENT = 8


@dataclasses.dataclass
class AnalysisRun:
    result: AnalysisResult
    import_report: Any
    rejections: tuple[Rejection, ...]
    spend_rejections: tuple[Rejection, ...] = ()
    """Rows of the spend file that could not be read: shown beside the sales rejections, never dropped."""
    spend_name: str | None = None


class AnalysisController(QObject):
    analysis_finished = Signal(object)  # AnalysisResult
    analysis_failed = Signal(str)
    analysis_cancelled = Signal()
    preview_ready = Signal(object)

    def __init__(self, window: MainWindow, qsettings: QSettings, settings: Settings, formatter: Formatter,
                 predictive: dict | None = None) -> None:  # fmt: skip
        super().__init__(window)
        self.predictive: dict = dict(predictive or {})  # time_unit, horizon_months of the forecast
        self.window = window
        self.qsettings = qsettings
        self.settings = settings
        self.formatter = formatter
        self.path: Path | None = None
        self.options: ImportOptions | None = None  # set with the path when a file is opened
        self.spend: pd.DataFrame | None = None
        self.spend_path: Path | None = None
        self.run: AnalysisRun | None = None
        self.last_preview = None
        self.worker: Worker | None = None
        self.analyze_after_preview = False
        window.file_dropped.connect(self.open_file)
        window.open_recent_requested.connect(self.open_file)
        window.data.open_requested.connect(self.open_file)
        window.data.options_changed.connect(self.change_options)
        window.data.analyze_requested.connect(self.start_analysis)
        window.data.spend_file_requested.connect(self.open_spend)
        window.data.spend_table_changed.connect(self.set_typed_spend)
        window.cancel_requested.connect(self.cancel)
        window.set_recent(self.recent())

    @property
    def result(self) -> AnalysisResult | None:
        return self.run.result if self.run else None

    def recent(self) -> list[str]:
        value = self.qsettings.value(RECENT_KEY, [])
        return [str(item) for item in (value if isinstance(value, list) else [value] if value else [])]

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [p for p in self.recent() if p != str(path)]
        self.qsettings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.window.set_recent(paths[:MAX_RECENT])

    def _layout_key(self, columns: tuple[str, ...]) -> str:
        return "mapping/" + str(abs(hash("|".join(columns))) % 10**12)

    def busy(self) -> bool:
        return self.worker is not None

    def open_file(self, path: Path, analyze_after: bool = True, options: ImportOptions | None = None) -> None:
        """Preview the file; if every required column is found, analyze it right away."""
        if self.busy():
            self.cancel()
        self.path = Path(path)
        from ltv_desktop.io import ImportOptions, preview

        self.options = options or ImportOptions(locale=self.window.locale().name())
        self.analyze_after_preview = analyze_after
        self._run(
            lambda progress: preview(self.path, self.options),
            self._preview_done,
            self.tr("Reading %1…").replace("%1", self.path.name),
        )

    def change_options(self, values: dict) -> None:
        if self.path is None or self.options is None:
            return
        from ltv_desktop.io import preview

        self.options = dataclasses.replace(
            self.options,
            sheet=values["sheet"],
            encoding=values["encoding"],
            delimiter=values.get("delimiter"),
            header_row=values["header_row"],
            dayfirst=values.get("dayfirst"),
            columns=values["columns"],
        )
        self.analyze_after_preview = False
        self._run(lambda progress: preview(self.path, self.options), self._preview_done, self.tr("Reading again…"))

    def _preview_done(self, result) -> None:
        self._remember(self.path)
        report = result.report
        mapping = result.mapping
        remembered = self.qsettings.value(self._layout_key(report.columns))
        if remembered and not self.options.columns:
            with contextlib.suppress(ValueError):
                mapping = {**mapping, **json.loads(str(remembered))}
        error = error_text(result.problem) if result.problem is not None else result.error
        self.last_preview = (report, result.rows, mapping, error)
        self.window.data.show_preview(self.path, report, result.rows, mapping, error)
        self.window.tabs.setCurrentWidget(self.window.data)
        self.preview_ready.emit(result)
        if self.analyze_after_preview and result.error is None:
            self.start_analysis()

    def open_spend(self, path: Path) -> None:
        """Use a spend file; it is read with the sales, in the analysis worker."""
        self.spend_path = Path(path)
        self.spend = None
        self.window.data.show_spend(self.tr("Spend from %1").replace("%1", self.spend_path.name))
        if self.run is not None and not self.busy():
            self.start_analysis()

    def set_typed_spend(self, frame: pd.DataFrame | None) -> None:
        self.spend = frame
        if frame is not None:
            self.spend_path = None

    def save_project(self, path: Path) -> None:
        """File → Save analysis: which file, how it was read and the settings (not the customers' data)."""
        from ltv_desktop.io.project import Project, save_project

        if self.path is None:
            self.window.show_error(
                self.tr("No file"), self.tr("Open a sales file first (File → Open, or drop it here).")
            )
            return
        try:
            save_project(Project(self.path, self.options, self.settings, self.spend_path), path)
        except (LtvError, OSError) as error:
            self.window.show_error(self.tr("Save analysis"), getattr(error, "message", str(error)))
            return
        self.window.show_idle(self.tr("Analysis saved to %1").replace("%1", str(path)))

    def open_project(self, path: Path) -> Settings | None:
        """File → Open analysis: read the sales file again with the saved choices and settings."""
        from ltv_desktop.io.project import load_project

        try:
            project = load_project(path)
        except LtvError as error:
            self.window.show_error(self.tr("Open analysis"), error_text(error))
            return None
        self.settings = project.settings
        self.spend_path = project.spend_source
        self.spend = None
        self.open_file(project.source, analyze_after=True, options=project.options)
        return project.settings

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self.path is not None and self.run is not None:
            self.start_analysis()

    def start_analysis(self) -> None:
        if self.path is None:
            self.window.show_error(
                self.tr("No file"), self.tr("Open a sales file first (File → Open, or drop it here).")
            )
            return
        options = dataclasses.replace(
            self.options, columns=self.window.data.options()["columns"] or self.options.columns
        )
        self.options = options
        path, settings, spend, spend_path = self.path, self.settings, self.spend, self.spend_path
        predictive_choices = dict(self.predictive)

        def job(progress: Progress) -> AnalysisRun:
            from ltv_desktop.io import ImportOptions, read_spend, read_transactions
            from ltv_desktop.model.analysis import analyze

            imported = read_transactions(path, options, progress.part(0.0, 0.45))
            spend_rejections: tuple[Rejection, ...] = ()
            if spend_path:
                spend_read = read_spend(spend_path, ImportOptions(), progress.part(0.45, 0.5))
                spend_frame, spend_rejections = spend_read.frame, spend_read.rejections
            else:
                spend_frame = typed_spend_frame(spend) if spend is not None else None
            result = analyze(
                imported.transactions,
                settings,
                spend=spend_frame,
                predictive=_predictive_options(predictive_choices),
                progress=progress.part(0.5, 1.0),
            )
            return AnalysisRun(
                result,
                imported.report,
                imported.transactions.rejections,
                spend_rejections,
                spend_path.name if spend_path else None,
            )

        self._run(job, self._analysis_done, self.tr("Analyzing %1…").replace("%1", path.name))

    def _analysis_done(self, run: AnalysisRun) -> None:
        self.run = run
        report = run.import_report
        self.qsettings.setValue(self._layout_key(report.columns), json.dumps(report.mapping, ensure_ascii=False))
        self.window.data.show_import_details(report, run.rejections, run.spend_rejections, run.spend_name)
        self.show_result()
        self.window.enable_exports(True)
        self.window.tabs.setCurrentWidget(self.window.dashboard)
        summary = run.result.summary
        rejected = len(run.rejections) + len(run.spend_rejections)
        self.window.show_idle(
            self.tr("%n customer(s) analysed", "", summary.customers)
            + (" · " + self.tr("%n row(s) rejected", "", rejected) if rejected else "")
        )
        self.analysis_finished.emit(run.result)

    def take_over(self, previous: AnalysisController) -> None:
        """Carry the file, choices and last analysis over from the window this one replaces."""
        self.path, self.options, self.settings = previous.path, previous.options, previous.settings
        self.predictive = dict(previous.predictive)
        self.spend, self.spend_path, self.run = previous.spend, previous.spend_path, previous.run
        self.last_preview = previous.last_preview
        if self.path is not None and self.last_preview is not None:
            self.window.data.show_preview(self.path, *self.last_preview)
        if self.spend_path is not None:
            self.window.data.show_spend(self.tr("Spend from %1").replace("%1", self.spend_path.name))
        if self.run is not None:
            self.window.data.show_import_details(
                self.run.import_report, self.run.rejections, self.run.spend_rejections, self.run.spend_name
            )
            self.window.enable_exports(True)
            self.show_result()

    def show_result(self) -> None:
        if self.run is None:
            return
        result = self.run.result
        self.window.dashboard.show_result(result, self.formatter)
        self.window.customers.show_customers(result.customers, self.formatter)
        self.window.cohorts.show_cohorts(result.cohorts, self.formatter)
        self.window.forecast.show_result(result, self.formatter)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _run(self, job, on_done, busy_text: str) -> None:
        if self.worker is not None:
            self.worker.cancel()
        worker = Worker(job)
        self.worker = worker
        worker.signals.progress.connect(self.window.show_progress)
        worker.signals.finished.connect(lambda result, w=worker: self._finish(w, on_done, result))
        worker.signals.failed.connect(lambda message, w=worker: self._fail(w, message))
        worker.signals.crashed.connect(lambda details, w=worker: self._crash(w, details))
        worker.signals.cancelled.connect(lambda w=worker: self._cancelled(w))
        self.window.show_busy(busy_text)
        start(worker)

    def _current(self, worker: Worker) -> bool:
        if worker is not self.worker:
            return False
        self.worker = None
        return True

    def _finish(self, worker: Worker, on_done, result) -> None:
        if self._current(worker):
            try:
                on_done(result)
            except LtvError as error:
                self._show_failure(error_text(error))

    def _fail(self, worker: Worker, message: str) -> None:
        if self._current(worker):
            self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        self.window.data.show_message(message, is_error=True)
        self.window.show_error(self.tr("Cannot use this file"), message)
        self.analysis_failed.emit(message)

    def _crash(self, worker: Worker, details: str) -> None:
        if self._current(worker):
            self.window.show_idle(self.tr("Something went wrong; the previous results are still shown."))
            show_unexpected(details, self.window)
            self.analysis_failed.emit(details.strip().splitlines()[-1])

    def _cancelled(self, worker: Worker) -> None:
        if self._current(worker):
            self.window.show_idle(self.tr("Cancelled; the previous results are still shown."))
            self.analysis_cancelled.emit()


def _predictive_options(choices: dict) -> object:
    """The window always fits the predictive models (METRICS.md section 3), by default a 12-month horizon in weeks.

    Imported here, in the worker, so the predictive model's modules do not slow the window's start.
    """
    from ltv_desktop.model.predictive import PredictiveOptions

    return PredictiveOptions(
        **{key: choices[key] for key in ("time_unit", "horizon_months", "model") if key in choices}
    )


def typed_spend_frame(typed: pd.DataFrame) -> pd.DataFrame:
    """Spend typed on the Data tab as dates and numbers; a row that does not read stops the analysis with a
    message naming it, rather than vanish from CAC."""
    from ltv_desktop.io.dates import parse_dates
    from ltv_desktop.io.numbers import parse_amounts

    dates = parse_dates(typed["date"].astype(object)).values
    amounts = parse_amounts(typed["amount"].astype(object)).values
    bad = [
        f"{index + 1}: {typed['date'].iloc[index]!s} · {typed['amount'].iloc[index]!s}"
        for index in range(len(typed))
        if pd.isna(dates[index]) or pd.isna(amounts[index])
    ]
    if bad:
        raise LtvError(
            QCoreApplication.translate(
                "AnalysisController",
                "Some marketing spend rows cannot be read (%1). Write the month as YYYY-MM (or a date) and the "
                "amount as a number, or clear the row.",
            ).replace("%1", "; ".join(bad))
        )
    return typed.assign(date=dates, amount=amounts)
