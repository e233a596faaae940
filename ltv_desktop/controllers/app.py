"""Start the window: settings, translators, views and controllers wired; --demo and --screenshot."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QLocale, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ltv_desktop.controllers.analysis_controller import AnalysisController
from ltv_desktop.controllers.calculator_controller import CalculatorController
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import InvalidSettings, LtvError
from ltv_desktop.model.settings import Settings
from ltv_desktop.paths import demo_sales_path, demo_spend_path, resource_path
from ltv_desktop.pipeline import ForecastOptions, load_engine
from ltv_desktop.ui.error_dialog import install_excepthook, setup_logging
from ltv_desktop.ui.formatting import Formatter, currency_in_use
from ltv_desktop.ui.main_window import TAB_NAMES, MainWindow, settle_layout
from ltv_desktop.ui.messages import error_text

SCREENSHOT_SIZE = (1280, 800)
LARGEST_FIRST_SIZE = (1600, 1000)
"""On a big screen the first window is this size at most: a full-screen table of a few columns reads badly."""
ORGANISATION = "LTV Desktop"
PREDICTIVE_KEY = "analysis/predictive"


@dataclasses.dataclass(frozen=True)
class GuiOptions:
    demo: bool = False
    screenshot: Path | None = None
    language: str | None = None
    file: Path | None = None
    as_of: dt.date | None = None
    """Analyse as of this date (the rest is the holdout the Forecast tab checks against); for this run only."""
    window_size: str | None = None
    """"WxH" (e.g. "1024x600"): the window's size for this run, for pictures of a small laptop's screen."""


def parse_window_size(size: str) -> tuple[int, int]:
    """ "1024x600" → (1024, 600); anything else is a clear error, not a window of a surprising size."""
    match = re.fullmatch(r"\s*(\d{3,5})\s*[x×X]\s*(\d{3,5})\s*", size)
    if match is None:
        raise LtvError(text("window.bad_size", "en", value=size), "window.bad_size", {"value": size})
    return int(match.group(1)), int(match.group(2))


class Application:
    """Everything one window needs; tests build it without entering the event loop."""

    def __init__(self, options: GuiOptions, qsettings: QSettings | None = None) -> None:
        self.options = options
        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        self.qapp.setApplicationName("LTV Desktop")
        self.qapp.setOrganizationName(ORGANISATION)
        self.qapp.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
        self.qsettings = qsettings or QSettings(ORGANISATION, "LTV Desktop")
        self.language = options.language or str(self.qsettings.value("ui/language", "")) or None
        self.translators = []
        self._install_translators(self.language)
        self.own_currency = str(self.qsettings.value("ui/currency", "") or "")
        """The currency the owner typed in the settings; empty: the data's, else the language's."""
        self.formatter = Formatter(self._locale(), currency_in_use(self.own_currency, None, self._locale()))
        self.settings = self._load_settings()
        if options.as_of is not None:
            self.settings = dataclasses.replace(self.settings, as_of=options.as_of)
        self.forecast = self._load_forecast()
        self._build_window()
        self.place_window()
        self.qapp.aboutToQuit.connect(lambda: self.qsettings.setValue("ui/geometry", self.window.saveGeometry()))

    def place_window(self) -> None:
        """--window-size if given; else where the owner left it, if that still fits this screen; else the screen's
        free area (a small laptop's whole screen, a big monitor's centre)."""
        if self.options.window_size:
            self.window.resize(*parse_window_size(self.options.window_size))
            return
        if self.options.screenshot:
            self.window.resize(*SCREENSHOT_SIZE)
            return
        geometry = self.qsettings.value("ui/geometry")
        if isinstance(geometry, QByteArray) and self.window.restoreGeometry(geometry) and fits_screen(self.window):
            return
        fit_to_screen(self.window)

    def _build_window(self) -> None:
        """The window and its controllers (again, when the language changes)."""
        self.window = MainWindow()
        self.calculator = CalculatorController(self.window.calculator, self.qsettings)
        self.calculator.set_formatter(self.formatter)
        self.analysis = AnalysisController(
            self.window, self.qsettings, self.settings, self.formatter, forecast=self.forecast,
            own_currency=self.own_currency,
        )  # fmt: skip
        self.analysis.formatter_changed.connect(self._use_formatter)
        self.analysis.analysis_finished.connect(self.calculator.set_analysis)
        from ltv_desktop.controllers.export_controller import ExportController

        self.export = ExportController(self.window, self.analysis, self.language or "en")
        from ltv_desktop.controllers.subscriptions_controller import SubscriptionsController

        self.subscriptions = SubscriptionsController(self.window, self.analysis, self.export)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.open_demo_requested.connect(self.open_demo)
        self.window.guide_requested.connect(self.show_guide)
        self.window.save_analysis_requested.connect(self.analysis.save_project)
        self.window.open_analysis_requested.connect(self.open_project)

    def switch_language(self, language: str) -> None:
        """Show the window in another language, keeping the file, the settings and the analysis."""
        from ltv_desktop.i18n.qt import remove_translators

        if self.analysis.busy():
            self.analysis.cancel()
        remove_translators(self.qapp, self.translators)
        self.language = language
        self._install_translators(language)
        self.formatter = self._current_formatter()
        old_window, old_analysis, old_subscriptions = self.window, self.analysis, self.subscriptions
        geometry, tab = old_window.saveGeometry(), old_window.tabs.currentIndex()
        self._build_window()
        self.analysis.take_over(old_analysis)
        self.subscriptions.take_over(old_subscriptions)
        if self.analysis.result is not None:
            self.calculator.set_analysis(self.analysis.result)
        self.window.restoreGeometry(geometry)
        self.window.tabs.setCurrentIndex(tab)
        self.window.show()
        old_window.close()
        old_window.deleteLater()

    def _current_formatter(self) -> Formatter:
        """Numbers as the language writes them, in the one currency every view and the export show: the owner's,
        else the open file's, else the language's."""
        found = self.analysis.currency_found()
        return Formatter(self._locale(), currency_in_use(self.own_currency, found, self._locale()))

    def _use_formatter(self, formatter: Formatter) -> None:
        self.formatter = formatter
        self.calculator.set_formatter(formatter)

    def _locale(self) -> QLocale:
        return {"ru": QLocale("ru_RU"), "pl": QLocale("pl_PL"), "en": QLocale("en_US")}.get(
            self.language or "", QLocale()
        )

    def _install_translators(self, language: str | None) -> None:
        from ltv_desktop.i18n.qt import install_translators

        self.translators = install_translators(self.qapp, language)

    def _load_settings(self) -> Settings:
        stored = self.qsettings.value("analysis/settings")
        if isinstance(stored, dict):
            try:
                return Settings(**{key: value for key, value in stored.items() if key != "as_of"})
            except (InvalidSettings, TypeError):
                pass
        return Settings(currency=self.own_currency)

    def _load_forecast(self) -> ForecastOptions:
        """The forecast's time unit, horizon and model, as last chosen (plain values: the models load only in the
        worker)."""
        stored = self.qsettings.value(PREDICTIVE_KEY)
        chosen = ForecastOptions()
        if isinstance(stored, dict):
            if stored.get("time_unit") in ("day", "week", "month"):
                chosen = dataclasses.replace(chosen, time_unit=str(stored["time_unit"]))
            with contextlib.suppress(TypeError, ValueError):
                horizon = min(120.0, max(1.0, float(stored.get("horizon_months", 12.0))))
                chosen = dataclasses.replace(chosen, horizon_months=horizon)
            if stored.get("model") in ("auto", "bgnbd", "mbgnbd", "paretonbd"):
                chosen = dataclasses.replace(chosen, model=str(stored["model"]))
        return chosen

    def open_demo(self) -> None:
        self.analysis.open_spend(demo_spend_path())
        self.analysis.open_file(demo_sales_path())

    def open_project(self, path: Path) -> None:
        settings = self.analysis.open_project(path)
        if settings is not None:
            self.settings = settings

    def edit_settings(self) -> None:
        from ltv_desktop.ui.settings_dialog import SettingsDialog

        result = self.analysis.result
        dialog = SettingsDialog(
            self.settings, self.own_currency, self.language or "en", self.window,
            data_range=(result.first_date, result.last_date) if result is not None else None,
            forecast=self.forecast,
            threshold=result.threshold if result is not None else None,
            automatic_currency=currency_in_use("", self.analysis.currency_found(), self._locale()),
        )  # fmt: skip
        if not dialog.exec():
            return
        try:
            choice = dialog.values()
        except InvalidSettings as error:
            QMessageBox.warning(self.window, QCoreApplication.translate("MainWindow", "Settings"), error_text(error))
            return
        self.settings = choice.settings
        # the as-of date belongs to one file's dates: it lasts for this session (and in a saved analysis), not
        # across starts, where it would silently cut the next file short
        plain = {k: v for k, v in choice.settings.to_dict().items() if k != "as_of"}
        self.qsettings.setValue("analysis/settings", plain)
        self.forecast = choice.forecast
        self.qsettings.setValue(PREDICTIVE_KEY, {"time_unit": self.forecast.time_unit,
                                                 "horizon_months": self.forecast.horizon_months,
                                                 "model": self.forecast.model})  # fmt: skip
        self.analysis.forecast = self.forecast
        self.own_currency = choice.currency
        self.analysis.own_currency = choice.currency
        self.qsettings.setValue("ui/currency", choice.currency)
        self.qsettings.setValue("ui/language", choice.language)
        if choice.language != (self.language or "en"):
            self.switch_language(choice.language)
        self.analysis.set_formatter(self._current_formatter())
        self.analysis.set_settings(choice.settings)
        self.analysis.show_result()

    def show_guide(self) -> None:
        from ltv_desktop.ui.guide_dialog import GuideDialog

        GuideDialog(self.language or "en", self.window).open()

    def start(self) -> None:
        if self.options.demo:
            self.open_demo()
        elif self.options.file:
            self.analysis.open_file(self.options.file)
        elif not self.analysis.recent() and not self.options.screenshot:
            QTimer.singleShot(300, self._offer_demo)

    def _offer_demo(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Welcome"),
            QCoreApplication.translate("MainWindow", "Would you like to look around with the demo shop's data first?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.buttonClicked.connect(
            lambda button: self.open_demo() if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole else None
        )
        box.open()

    def close(self) -> None:
        """Delete the window while Qt is alive: left to interpreter exit, PySide6 6.12 can abort (refcount)."""
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.qapp.processEvents()

    def save_screenshots(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for index, name in enumerate(TAB_NAMES):
            self.window.tabs.setCurrentIndex(index)
            settle_layout(self.window)
            path = folder / f"{name}.png"
            self.window.grab().save(str(path), "PNG")
            saved.append(path)
        return saved


def fits_screen(window: QWidget) -> bool:
    """Whether the whole window (its frame aside) lies on one screen's free area, Cancel and Analyze included."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    return screen is not None and screen.availableGeometry().contains(window.geometry())


def fit_to_screen(window: QWidget) -> None:
    """Size the window to the free area of its screen (less the title bar), centred; never above LARGEST_FIRST_SIZE."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*SCREENSHOT_SIZE)
        return
    free = screen.availableGeometry()
    # the window manager adds a title bar and borders outside geometry(): leave room for them
    frame = window.frameGeometry().size() - window.geometry().size()
    title = max(frame.height(), 32)
    width = min(LARGEST_FIRST_SIZE[0], free.width() - max(frame.width(), 0))
    height = min(LARGEST_FIRST_SIZE[1], free.height() - title)
    window.resize(max(width, 320), max(height, 240))
    left = free.left() + (free.width() - window.width()) // 2
    top = free.top() + title + max(0, (free.height() - title - window.height()) // 2)
    window.move(left, top)


ENGINE_AFTER_MS = 2000
"""How long the window waits, idle after start, before loading the analysis' modules on a thread."""


def load_engine_when_idle() -> threading.Thread:
    """Load pandas and the analysis on a thread soon after start (see `pipeline.load_engine`), not at start,
    which stays quick, and not when the first file arrives, when the window would stall while it loads.
    Returns the thread (started after ENGINE_AFTER_MS), for a caller that waits for it."""
    thread = threading.Thread(target=load_engine, name="ltv-load-engine", daemon=True)
    QTimer.singleShot(ENGINE_AFTER_MS, thread.start)
    return thread


def run_gui(options: GuiOptions) -> int:
    """Open the window (or, with --screenshot, render every tab after the analysis and exit)."""
    if options.window_size:
        parse_window_size(options.window_size)  # a mistyped size is said before any window opens
    app = Application(options)
    setup_logging()
    install_excepthook(lambda: app.window)
    if options.screenshot:
        outcome = {"code": 1}

        def done(_result: object) -> None:
            QTimer.singleShot(200, lambda: finish(0))

        def finish(code: int) -> None:
            if code == 0:
                for path in app.save_screenshots(options.screenshot):
                    print(path)
            outcome["code"] = code
            app.qapp.quit()

        app.analysis.analysis_finished.connect(done)
        app.subscriptions.finished.connect(done)  # a subscription export is analysed on its own tab
        app.subscriptions.failed.connect(lambda message: (print(message, file=sys.stderr), finish(1)))
        app.analysis.analysis_failed.connect(lambda message: (print(message, file=sys.stderr), finish(1)))
        if not (options.demo or options.file):
            QTimer.singleShot(100, lambda: finish(0))
        app.window.show()
        app.start()
        QTimer.singleShot(120_000, lambda: finish(1))
        app.qapp.exec()
        app.close()
        return outcome["code"]
    app.window.show()
    app.start()
    load_engine_when_idle()
    code = app.qapp.exec()
    app.close()
    return code
