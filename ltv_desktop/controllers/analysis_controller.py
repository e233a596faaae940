"""Import and analysis workflow: preview a file, read it, analyze it, in workers; show results in the views.

The last good analysis stays on screen until a new one succeeds: a cancelled
or failed run never leaves the window half-updated.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from ltv_desktop import pipeline
from ltv_desktop.controllers import worker_process
from ltv_desktop.controllers.workers import ProcessWorker, SpareProcess, Worker, start
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import LtvError
from ltv_desktop.model.settings import Settings
from ltv_desktop.pipeline import AnalysisRequest, AnalysisRun, ForecastOptions
from ltv_desktop.ui.error_dialog import show_unexpected
from ltv_desktop.ui.formatting import Formatter, currency_in_use
from ltv_desktop.ui.lazy_chart import NEXT_TURN_MS, when_charts_built
from ltv_desktop.ui.main_window import MainWindow
from ltv_desktop.ui.messages import error_text, ui_language

if TYPE_CHECKING:  # pandas and the analysis load in the worker, not at start
    import pandas as pd

    from ltv_desktop.model.result import AnalysisResult
    from ltv_desktop.pipeline import ImportOptions

RECENT_KEY = "files/recent"
SHOWN_FROM = 0.9
"""The share of the progress bar the worker fills; the rest is the results being put on screen."""
MAX_RECENT = 8


def layout_key(columns: tuple[str, ...]) -> str:
    """Where the mapping of a file layout is remembered: a digest of its normalised header, the same in
    every run (Python's own `hash` of text changes from one start to the next)."""
    normalised = "\x1f".join(" ".join(str(column).split()).casefold() for column in columns)
    return "mapping/" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:24]


class AnalysisController(QObject):
    """Opens files and runs analyses; the analysis runs in a process of its own (see `ProcessWorker`)."""

    analysis_job = staticmethod(worker_process.analyse)
    """What the analysis process runs: `job(request, progress)` (a module-level function, as "spawn" needs)."""
    preview_job = staticmethod(worker_process.preview)
    """What it runs first: `job(path, options, locale, progress)` → (the options chosen, the preview)."""

    analysis_finished = Signal(object)  # AnalysisResult
    analysis_failed = Signal(str)
    analysis_cancelled = Signal()
    preview_ready = Signal(object)
    formatter_changed = Signal(object)  # Formatter: another currency is in use (a file written in roubles)

    def __init__(self, window: MainWindow, qsettings: QSettings, settings: Settings, formatter: Formatter,
                 forecast: ForecastOptions | None = None, own_currency: str = "") -> None:  # fmt: skip
        """`own_currency`: the owner's symbol from the settings; empty: the sales file's, else the language's."""
        super().__init__(window)
        self.own_currency = own_currency
        self.forecast = forecast or ForecastOptions()
        self.window = window
        self.qsettings = qsettings
        self.settings = settings
        self.formatter = formatter
        self.path: Path | None = None
        self.options: ImportOptions | None = None  # set with the path when a file is opened
        self.spend: pd.DataFrame | None = None
        self.spend_path: Path | None = None
        self.run: AnalysisRun | None = None
        self.prepared: dict = {}
        """What the analysis process worked out for the views of `run` (view name → what it takes)."""
        self.last_preview = None
        self.worker: Worker | ProcessWorker | None = None
        self.spare: SpareProcess | None = None
        """The next analysis' process, started while the owner looks at the preview (see `warm_up`)."""
        self.analyze_after_preview = False
        self.is_other_kind = lambda preview: False
        """Whether another reading takes a previewed file (subscriptions_controller.py): then no sales analysis."""
        window.file_dropped.connect(self.open_file)
        window.open_recent_requested.connect(self.open_file)
        window.data.open_requested.connect(self.open_file)
        window.data.options_changed.connect(self.change_options)
        window.data.analyze_requested.connect(self.start_analysis)
        window.data.spend_file_requested.connect(self.open_spend)
        window.data.spend_table_changed.connect(self.set_typed_spend)
        window.data.spend_remove_requested.connect(self.remove_spend_and_analyze)
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

    def currency_found(self) -> str | None:
        """The currency the last analysed file writes beside its amounts (ISO code), if any."""
        return self.run.import_report.currency if self.run is not None else None

    def set_formatter(self, formatter: Formatter) -> None:
        """Numbers and money from now on as `formatter` writes them (the views refill on the next show)."""
        changed = formatter.currency != self.formatter.currency or formatter.locale != self.formatter.locale
        self.formatter = formatter
        if changed:
            self.formatter_changed.emit(formatter)

    def busy(self) -> bool:
        return self.worker is not None

    def open_file(self, path: Path, analyze_after: bool = True, options: ImportOptions | None = None) -> None:
        """Preview the file; if every required column is found, analyze it right away.

        A new sales file starts without the previous file's marketing spend (its CAC would be borrowed); the
        owner is asked and may keep it.
        """
        if self.busy():
            self.cancel()
        path = Path(path)
        if self.path is not None and path != self.path and (self.spend_path is not None or self.spend is not None):
            self._offer_to_keep_spend()
        self.path = path
        self.options = options  # with the owner's date habit once the preview has read the file
        self.analyze_after_preview = analyze_after
        self._preview(options, self.tr("Reading %1…").replace("%1", path.name))

    def _preview(self, options: ImportOptions | None, busy_text: str) -> None:
        """Read the start of the file in the analysis process (which then analyses it): read on a thread of the
        window's process, pandas held the window's interpreter lock for half a second on a large file."""
        self.warm_up()
        job = ProcessWorker(self.preview_job, (self.path, options, self._locale()), spare=self._take_spare(), keep=True)
        self._start(job, self._preview_opened, busy_text)

    def _preview_opened(self, done: tuple) -> None:
        self.options, result = done
        self._preview_done(result)

    def warm_up(self) -> None:
        """Start the next analysis' process now, so that Analyze does not wait for Python and pandas to load;
        without a process (none can be started) the analysis starts its own and says what went wrong."""
        if self.spare is not None and self.spare.alive():
            return
        try:
            self.spare = SpareProcess()
        except Exception:
            self.spare = None
            return
        self.window.destroyed.connect(self.spare.end)

    def _locale(self) -> str:
        return pipeline.locale_for(ui_language(), self.window.locale().name())

    def _offer_to_keep_spend(self) -> None:
        """Take the spend off the new file at once (the default) and offer, without blocking, to keep it."""
        kept_path, kept_table = self.spend_path, self.spend
        self.remove_spend()
        name = kept_path.name if kept_path is not None else self.tr("the table you typed")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Marketing spend"),
            self.tr("The marketing spend from %1 belongs to the previous file. Use it for the new file too?").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("keep_spend_box")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.spend_path, self.spend = kept_path, kept_table
                self.window.data.set_spend_table(kept_table)
                self._show_spend()
                if self.run is not None and not self.busy():
                    self.start_analysis()

        box.buttonClicked.connect(answered)
        box.open()

    def change_options(self, values: ImportOptions) -> None:
        if self.path is None or self.options is None:
            return
        self.options = dataclasses.replace(values, locale=self.options.locale)
        self.analyze_after_preview = False
        self._preview(self.options, self.tr("Reading again…"))

    def _preview_done(self, result) -> None:
        self._remember(self.path)
        report = result.report
        mapping = result.mapping
        remembered = self.qsettings.value(layout_key(report.columns))
        if remembered and not self.options.columns:
            with contextlib.suppress(ValueError):
                mapping = {**mapping, **json.loads(str(remembered))}
        error = error_text(result.problem) if result.problem is not None else result.error
        question = result.problem.role if result.problem is not None else None
        self.last_preview = (report, result.rows, mapping, error, question)
        self.window.data.show_preview(self.path, report, result.rows, mapping, error, question)
        self.window.show_tab("data")
        self.window.show_idle(error or self.tr("Read %1").replace("%1", self.path.name))
        # the analysis starts a turn later: the preview is painted first (both in one turn stalled the window)
        QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._after_preview(result))

    def _after_preview(self, result) -> None:
        self.preview_ready.emit(result)
        if self.analyze_after_preview and result.error is None and not self.is_other_kind(result):
            self.start_analysis()

    def open_spend(self, path: Path) -> None:
        """Use a spend file; it is read with the sales, in the analysis worker."""
        self.spend_path = Path(path)
        self.spend = None
        self._show_spend()
        if self.run is not None and not self.busy():
            self.start_analysis()

    def set_typed_spend(self, frame: pd.DataFrame | None) -> None:
        self.spend = frame
        if frame is not None:
            self.spend_path = None
        self._show_spend()

    def remove_spend(self) -> None:
        """No marketing spend: CAC and LTV:CAC are left empty rather than borrowed from another file."""
        self.spend_path, self.spend = None, None
        self.window.data.set_spend_table(None)
        self._show_spend()

    def remove_spend_and_analyze(self) -> None:
        self.remove_spend()
        if self.run is not None and not self.busy():
            self.start_analysis()

    def _show_spend(self) -> None:
        if self.spend_path is not None:
            self.window.data.show_spend(self.tr("Spend from %1").replace("%1", self.spend_path.name))
        elif self.spend is not None:
            self.window.data.show_spend(self.tr("Spend typed in the table"))
        else:
            self.window.data.show_spend(self.tr("No marketing spend: CAC is not computed."), in_use=False)

    def save_project(self, path: Path) -> None:
        """File → Save analysis: which file, how it was read and the settings (not the customers' data)."""
        if self.path is None:
            self.window.show_error(
                self.tr("No file"), self.tr("Open a sales file first (File → Open, or drop it here).")
            )
            return
        try:
            pipeline.save_project(path, self.path, self.options, self.settings, self.spend_path)
        except (LtvError, OSError) as error:
            self.window.show_error(self.tr("Save analysis"), getattr(error, "message", str(error)))
            return
        self.window.show_idle(self.tr("Analysis saved to %1").replace("%1", str(path)))

    def open_project(self, path: Path) -> Settings | None:
        """File → Open analysis: read the sales file again with the saved choices and settings."""
        try:
            project = pipeline.load_project(path)
        except LtvError as error:
            self.window.show_error(self.tr("Open analysis"), error_text(error))
            return None
        self.settings = project.settings
        self.spend_path = project.spend
        self.spend = None
        self.open_file(project.sales, analyze_after=True, options=project.import_options)
        return project.settings

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self.path is not None and self.run is not None:
            self.start_analysis()

    def request(self) -> AnalysisRequest | None:
        """The analysis the window asks for now: the file, the Data tab's choices, the spend, the settings."""
        if self.path is None:
            return None
        columns = self.window.data.options().columns or (self.options.columns if self.options else {})
        self.options = dataclasses.replace(pipeline.import_options_for(self.options, self._locale()), columns=columns)
        return AnalysisRequest(
            sales=self.path,
            import_options=self.options,
            settings=self.settings,
            forecast=self.forecast,
            spend=self.spend_path,
            typed_spend=self.spend if self.spend_path is None else None,
            language=ui_language(),
            locale=self._locale(),
        )

    def start_analysis(self) -> None:
        request = self.request()
        if request is None:
            self.window.show_error(
                self.tr("No file"), self.tr("Open a sales file first (File → Open, or drop it here).")
            )
            return
        self._start(
            ProcessWorker(self.analysis_job, (request,), span=(0.0, SHOWN_FROM), spare=self._take_spare()),
            self._analysis_done,
            self.tr("Analyzing %1…").replace("%1", request.sales.name),
        )

    def _take_spare(self) -> SpareProcess | None:
        spare, self.spare = self.spare, None
        return spare

    def _analysis_done(self, done: tuple[AnalysisRun, dict]) -> None:
        """Show the run one view per turn of the event loop, so the window never stalls for all of them at once;
        the progress bar's last tenth is this, and "finished" means the results are on screen."""
        run, self.prepared = done
        self.run = run
        report = run.import_report
        self.qsettings.setValue(layout_key(report.columns), json.dumps(report.mapping, ensure_ascii=False))
        self.window.data.show_import_details(report, run.rejections, run.spend_rejections, run.spend_name)
        currency = currency_in_use(self.own_currency, report.currency, self.formatter.locale)
        self.set_formatter(self.formatter.with_currency(currency))
        steps = [*self._view_steps(), lambda: self.window.show_tab("dashboard")]
        total = len(steps) + 1  # the last part: the Dashboard's charts built, one per turn (ui/lazy_chart.py)

        def next_step() -> None:
            if self.run is not run:  # a newer analysis took over while this one was being shown
                return
            steps.pop(0)()
            self.window.show_progress(SHOWN_FROM + (1 - SHOWN_FROM) * (total - 1 - len(steps)) / total, "")
            if steps:
                QTimer.singleShot(NEXT_TURN_MS, self, next_step)
            else:
                when_charts_built(lambda: self._shown(run) if self.run is run else None)

        QTimer.singleShot(NEXT_TURN_MS, self, next_step)

    def _shown(self, run: AnalysisRun) -> None:
        self.window.show_progress(1.0, "")
        self.window.enable_exports(True)
        self.window.setWindowTitle(self.tr("%1 — LTV Desktop").replace("%1", run.source_name))
        summary = run.result.summary
        rejected = len(run.rejections) + len(run.spend_rejections)
        language = ui_language()
        said = text("status_bar.customers_analysed", language, customers=summary.customers)
        if rejected:
            said += " · " + text("status_bar.rows_rejected", language, rows=rejected)
        self.window.show_idle(said)
        self.analysis_finished.emit(run.result)

    def take_over(self, previous: AnalysisController) -> None:
        """Carry the file, choices and last analysis over from the window this one replaces."""
        self.path, self.options, self.settings = previous.path, previous.options, previous.settings
        self.forecast = previous.forecast
        self.spend, self.spend_path, self.run = previous.spend, previous.spend_path, previous.run
        self.prepared = previous.prepared
        self.last_preview = previous.last_preview
        if self.path is not None and self.last_preview is not None:
            self.window.data.show_preview(self.path, *self.last_preview)
        self._show_spend()
        if self.run is not None:
            self.window.data.show_import_details(
                self.run.import_report, self.run.rejections, self.run.spend_rejections, self.run.spend_name
            )
            self.window.enable_exports(True)
            self.window.setWindowTitle(self.tr("%1 — LTV Desktop").replace("%1", self.run.source_name))
            self.show_result()

    def _view_steps(self) -> list:
        """Filling each view with the current run, one callable per view."""
        if self.run is None:
            return []
        result, formatter, window = self.run.result, self.formatter, self.window
        return [
            lambda: window.dashboard.show_result(result, formatter),
            lambda: window.customers.show_customers(result.customers, formatter, self.prepared.get("customers")),
            lambda: window.cohorts.show_cohorts(result.cohorts, formatter),
            lambda: window.forecast.show_result(result, formatter),
            lambda: window.drivers.show_result(result, formatter),
        ]

    def show_result(self) -> None:
        """Fill every view at once (a language switch, new settings of the display)."""
        for step in self._view_steps():
            step()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _start(self, worker: Worker | ProcessWorker, on_done, busy_text: str) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.worker = worker
        worker.signals.progress.connect(self.window.show_progress)
        worker.signals.finished.connect(lambda result, w=worker: self._finish(w, on_done, result))
        worker.signals.failed.connect(lambda message, w=worker: self._fail(w, message))
        worker.signals.crashed.connect(lambda details, w=worker: self._crash(w, details))
        worker.signals.cancelled.connect(lambda w=worker: self._cancelled(w))
        self.window.show_busy(busy_text)
        start(worker)

    def _current(self, worker: Worker | ProcessWorker) -> bool:
        current = worker is self.worker
        if isinstance(worker, ProcessWorker):
            process = worker.take_process()  # a preview's process, ready to analyse the file
            if current and process is not None and (self.spare is None or not self.spare.alive()):
                self.spare = process
            elif process is not None:
                process.end()
        if not current:
            return False
        self.worker = None
        if isinstance(worker, ProcessWorker):
            self.warm_up()  # for the next analysis (new settings, another file)
        return True

    def _finish(self, worker: Worker | ProcessWorker, on_done, result) -> None:
        if self._current(worker):
            try:
                on_done(result)
            except LtvError as error:
                self._show_failure(error_text(error))

    def _fail(self, worker: Worker | ProcessWorker, message: str) -> None:
        if self._current(worker):
            self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        """The error on the Data tab and in a box; results still on screen are said to be the previous file's."""
        if self.run is not None and self.path is not None and self.run.request.sales != self.path:
            message += "\n" + self.tr("The results shown are still those of %1.").replace("%1", self.run.source_name)
        self.window.data.show_message(message, is_error=True)
        self.window.show_error(self.tr("Cannot use this file"), message)
        self.analysis_failed.emit(message)

    def _crash(self, worker: Worker | ProcessWorker, details: str) -> None:
        if self._current(worker):
            self.window.show_idle(self.tr("Something went wrong; the previous results are still shown."))
            show_unexpected(details, self.window)
            self.analysis_failed.emit(details.strip().splitlines()[-1])

    def _cancelled(self, worker: Worker | ProcessWorker) -> None:
        if self._current(worker):
            self.window.show_idle(self.tr("Cancelled; the previous results are still shown."))
            self.analysis_cancelled.emit()
