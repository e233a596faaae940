"""The main window: composes the tab views, the menus, the status bar; no computing, no file reading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from ltv_desktop import __version__
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.ui.calculator_view import CalculatorView
from ltv_desktop.ui.cohorts_view import CohortsView
from ltv_desktop.ui.customers_view import CustomersView
from ltv_desktop.ui.dashboard_view import DashboardView
from ltv_desktop.ui.data_view import FILE_PATTERNS, DataView
from ltv_desktop.ui.drawn_when_shown import DrawnWhenShown
from ltv_desktop.ui.drivers_view import DriversView
from ltv_desktop.ui.lazy_chart import build_shown_charts
from ltv_desktop.ui.messages import ui_language
from ltv_desktop.ui.predictive_view import PredictiveView
from ltv_desktop.ui.subscriptions_view import SubscriptionsView

TAB_NAMES = ("calculator", "data", "dashboard", "customers", "cohorts", "forecast", "drivers", "subscriptions")


class MainWindow(QMainWindow):
    file_dropped = Signal(object)
    open_demo_requested = Signal()
    open_recent_requested = Signal(object)
    settings_requested = Signal()
    export_requested = Signal(object)  # Path
    tables_export_requested = Signal(object)  # folder
    charts_export_requested = Signal(object)  # folder
    save_analysis_requested = Signal(object)
    open_analysis_requested = Signal(object)
    guide_requested = Signal()
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("LTV Desktop"))
        self.setAcceptDrops(True)
        self.calculator = CalculatorView()
        self.data = DataView()
        self.dashboard = DashboardView()
        self.customers = CustomersView()
        self.cohorts = CohortsView()
        self.forecast = PredictiveView()
        self.drivers = DriversView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.calculator, self.tr("Calculator"))
        self.tabs.addTab(self.data, self.tr("Data"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.customers, self.tr("Customers"))
        self.tabs.addTab(self.cohorts, self.tr("Cohorts"))
        self.tabs.addTab(self.forecast, self.tr("Forecast"))
        self.tabs.addTab(self.drivers, text("drivers_tab.title", ui_language()))
        # filled by controllers/subscriptions_controller.py, not by the sales analysis
        self.subscriptions = SubscriptionsView()
        self.tabs.addTab(self.subscriptions, text("subs2.tab", ui_language()))
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.status_text = QLabel(self.tr("Ready"))
        # a long message is cut at the window's edge (the whole of it in the tooltip) instead of widening the window
        self.status_text.setMinimumWidth(1)
        self.status_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._build_menus()

    def _action(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open…"), self._choose_file, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._action(file_menu, self.tr("Open &demo"), self.open_demo_requested.emit)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Save analysis…"), self._choose_save_analysis, QKeySequence.StandardKey.Save)
        self._action(file_menu, self.tr("Open &analysis…"), self._choose_open_analysis)
        self.export_action = self._action(file_menu, self.tr("&Export to Excel…"), self._choose_export, "Ctrl+E")
        self.tables_action = self._action(file_menu, self.tr("Export tables as &CSV…"), self._choose_tables_folder)
        self.charts_action = self._action(file_menu, self.tr("Save c&harts as PNG…"), self._choose_charts_folder)
        self.enable_exports(False)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self.calculator.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        analysis_menu = self.menuBar().addMenu(self.tr("&Analysis"))
        self._action(analysis_menu, self.tr("&Settings…"), self.settings_requested.emit)
        self._action(analysis_menu, self.tr("&Analyze"), self.data.analyze_requested.emit, "F5")
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&Formulas guide"), self.guide_requested.emit, QKeySequence.StandardKey.HelpContents
        )
        self._action(help_menu, self.tr("&About LTV Desktop"), self._about)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for path in paths:
            self.recent_menu.addAction(path, lambda checked=False, p=path: self.open_recent_requested.emit(Path(p)))
        self.recent_menu.setEnabled(bool(paths))

    def _ask_open(self, title: str, kinds: str, chosen: SignalInstance) -> None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", kinds)
        if path:
            chosen.emit(Path(path))

    def _ask_save(self, title: str, name: str, kinds: str, chosen: SignalInstance) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, kinds)
        if path:
            chosen.emit(Path(path))

    def _ask_folder(self, title: str, chosen: SignalInstance) -> None:
        folder = QFileDialog.getExistingDirectory(self, title)
        if folder:
            chosen.emit(Path(folder))

    def _choose_file(self) -> None:
        self._ask_open(self.tr("Open sales export"), self.tr("Spreadsheets") + f" {FILE_PATTERNS}", self.file_dropped)

    def _choose_export(self) -> None:
        kinds = self.tr("Excel workbook") + " (*.xlsx)"
        self._ask_save(self.tr("Export to Excel"), "ltv-report.xlsx", kinds, self.export_requested)

    def enable_exports(self, on: bool) -> None:
        """Export, tables and charts need an analysis to export."""
        for action in (self.export_action, self.tables_action, self.charts_action):
            action.setEnabled(on)

    def _choose_tables_folder(self) -> None:
        self._ask_folder(self.tr("Folder for the CSV tables"), self.tables_export_requested)

    def _choose_charts_folder(self) -> None:
        self._ask_folder(self.tr("Folder for the chart images"), self.charts_export_requested)

    def _choose_save_analysis(self) -> None:
        kinds = self.tr("LTV analysis") + " (*.ltv.json)"
        self._ask_save(self.tr("Save analysis"), "analysis.ltv.json", kinds, self.save_analysis_requested)

    def _choose_open_analysis(self) -> None:
        self._ask_open(
            self.tr("Open analysis"), self.tr("LTV analysis") + " (*.ltv.json)", self.open_analysis_requested
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LTV Desktop"),
            self.tr("LTV Desktop %1: what a customer is worth to your business.").replace("%1", __version__),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.file_dropped.emit(Path(urls[0].toLocalFile()))

    def _say(self, text: str) -> None:
        self.status_text.setText(text)
        self.status_text.setToolTip(text)

    def show_busy(self, text: str) -> None:
        self._say(text)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)

    def show_progress(self, share: float, stage: str) -> None:
        self.progress.setValue(int(share * 1000))

    def show_idle(self, text: str) -> None:
        self._say(text)
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def show_error(self, title: str, message: str) -> None:
        self.show_idle(message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_box")
        box.open()

    def tab_widget(self, name: str) -> QWidget:
        return self.tabs.widget(TAB_NAMES.index(name))

    def show_tab(self, name: str) -> None:
        """Bring one tab (a name of TAB_NAMES) to the front."""
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def chart_pictures(self) -> Iterator[tuple[str, QPixmap]]:
        """Each visible chart of each tab as the owner sees it, with a file name (`dashboard-02-churn.png`).

        Drawing a widget is GUI work: each tab is brought to the front and laid out in turn; the tab that was
        shown is shown again afterwards, even when the caller stops early.
        """
        from ltv_desktop.ui.charts import Chart

        shown = self.tabs.currentIndex()
        try:
            for index, tab_name in enumerate(TAB_NAMES):
                tab = self.tabs.widget(index)
                self.tabs.setCurrentIndex(index)
                settle_layout(tab)
                charts = [chart for chart in tab.findChildren(Chart) if chart.isVisibleTo(tab)]
                for number, chart in enumerate(charts, start=1):
                    title = chart.plot.getPlotItem().titleLabel.text or f"chart-{number}"
                    yield f"{tab_name}-{number:02d}-{_slug(title)}.png", chart.plot.grab()
        finally:
            self.tabs.setCurrentIndex(shown)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.cancel_button.isVisible():
            self.cancel_requested.emit()
        super().keyPressEvent(event)


def _slug(title: str) -> str:
    """A file-name part from a chart title: letters and digits of any script, the rest as single dashes."""
    return re.sub(r"[^\w]+", "-", re.sub(r"<[^>]+>", "", title)).strip("-_").lower()[:60] or "chart"


def settle_layout(widget: QWidget) -> None:
    """Paint once off-screen before a picture is taken: a chart never shown sizes its axes to the tick labels
    only when first painted, and the layout that follows would come after the picture (labels over numbers)."""
    QApplication.processEvents()
    for view in (widget, *widget.findChildren(DrawnWhenShown)):  # views that draw a turn after being shown
        if isinstance(view, DrawnWhenShown) and view.isVisible():
            view.draw_now()
    build_shown_charts(widget)  # charts shown are otherwise built one per turn of the event loop
    widget.grab()
    QApplication.processEvents()
