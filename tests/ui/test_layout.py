"""The window on a small laptop: every tab at 1024×600, 1366×768 and 1366×768 at 150 % in each language, its
controls reachable."""

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ltv_desktop.controllers.app import LARGEST_FIRST_SIZE, Application, GuiOptions, parse_window_size
from ltv_desktop.model.errors import LtvError
from ltv_desktop.ui.main_window import TAB_NAMES

TIMEOUT = 60_000
SIZES = ((1024, 600), (1366, 768), (910, 512))
"""Two laptop screens, and the second at 150 % scaling (1366×768 / 1.5): what the window gets in pixels of Qt."""
LARGEST_MINIMUM = (1000, 580)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def enclosing_scroll_area(widget: QWidget, window: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def reachable(widget: QWidget, window: QWidget) -> bool:
    """Whole and inside the window once any scroll area holding it has scrolled to it (as the owner would)."""
    if not widget.isVisibleTo(window):
        return False
    area = enclosing_scroll_area(widget, window)
    if area is not None:
        area.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
        if not area.viewport().rect().contains(rect_in(widget, area.viewport())):
            return False
        return reachable(area, window)
    return window.rect().contains(rect_in(widget, window))


def key_controls(window) -> dict[str, dict[str, QWidget]]:
    calculator, data, dashboard = window.calculator, window.data, window.dashboard
    return {
        "calculator": {
            **{f"field {name}": field for name, field in calculator.fields.items() if field.isVisibleTo(window)},
            "fill": calculator.fill_button,
            "undo": calculator.undo_button,
            "LTV": calculator.result_rows["ltv"][1],
            "verdict": calculator.verdict,
            "levers chart": calculator.levers_chart,
            "churn chart": calculator.churn_chart,
            "CAC chart": calculator.cac_chart,
        },
        "data": {
            "Open file…": data.open_button,
            "Analyze": data.analyze_button,
            "amount column": data.role_combos["amount"],
            "spend table": data.spend_table,
            "preview": data.preview,
        },
        "dashboard": {"LTV card": dashboard.cards["ltv"], "LTV:CAC card": dashboard.cards["ltv_cac_ratio"]},
        "customers": {"search": window.customers.search, "table": window.customers.table},
        "cohorts": {"measure": window.cohorts.measure, "chart": window.cohorts.chart},
        "forecast": {},
        "drivers": {"table": window.drivers.table, "chart": window.drivers.chart},
        "subscriptions": {
            "read as subscriptions": window.subscriptions.read_button,
            "movements chart": window.subscriptions.movements,
            "months table": window.subscriptions.table,
        },
    }


def close(app: Application) -> None:
    app.analysis.cancel()
    QThreadPool.globalInstance().waitForDone(30_000)
    app.close()
    from ltv_desktop.i18n.qt import install_translators, remove_translators

    remove_translators(app.qapp, app.translators)
    install_translators(app.qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_every_tab_fits_a_small_laptop(qtbot, tmp_path, language):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language=language, window_size="1024x600"), settings)
    window = app.window
    try:
        window.show()
        hint = window.minimumSizeHint()
        assert hint.width() <= LARGEST_MINIMUM[0] and hint.height() <= LARGEST_MINIMUM[1], hint
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
            app.open_demo()
        hint = window.minimumSizeHint()  # the numbers and names shown must not widen the window either
        assert hint.width() <= LARGEST_MINIMUM[0] and hint.height() <= LARGEST_MINIMUM[1], hint
        for size in SIZES:
            window.resize(*size)
            for index, name in enumerate(TAB_NAMES):
                window.tabs.setCurrentIndex(index)
                QApplication.processEvents()
                assert window.size().toTuple() == size, (name, window.size())
                unreachable = [label for label, widget in key_controls(window)[name].items()
                               if not reachable(widget, window)]  # fmt: skip
                assert unreachable == [], (language, size, name)
                window.show_busy("…")
                QApplication.processEvents()
                assert reachable(window.cancel_button, window), (language, size, name)
                window.show_idle("")
    finally:
        close(app)


def test_first_start_fills_the_screen_free_area(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language="en"), settings)
    try:
        free = app.window.screen().availableGeometry()
        size = app.window.size()
        assert size.width() <= free.width() and size.height() <= free.height()
        assert size.width() >= min(free.width(), LARGEST_FIRST_SIZE[0]) - 40
        assert size.height() >= min(free.height(), LARGEST_FIRST_SIZE[1]) - 80
        assert free.contains(app.window.geometry())
    finally:
        close(app)


def test_a_remembered_size_larger_than_this_screen_is_not_restored(qtbot, tmp_path):
    """A window saved on a big monitor and opened on a laptop: fitted to the laptop, status bar on screen."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = Application(GuiOptions(language="en", window_size="3000x2000"), settings)
    settings.setValue("ui/geometry", first.window.saveGeometry())
    close(first)
    assert isinstance(settings.value("ui/geometry"), QByteArray)
    app = Application(GuiOptions(language="en"), settings)
    try:
        free = QGuiApplication.primaryScreen().availableGeometry()
        assert free.contains(app.window.geometry())
    finally:
        close(app)


def test_window_size_is_read_or_refused_clearly():
    assert parse_window_size("1024x600") == (1024, 600)
    assert parse_window_size(" 1366 × 768 ") == (1366, 768)
    for wrong in ("1024", "1024x", "big", "10x6", "1024*600"):
        with pytest.raises(LtvError) as raised:
            parse_window_size(wrong)
        assert raised.value.code == "window.bad_size"
        assert wrong in raised.value.message
