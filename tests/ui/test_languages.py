"""The window in Russian and Polish, and switching language without losing the analysis."""

import pytest
from PySide6.QtCore import QSettings

from ltv_desktop.controllers.app import Application, GuiOptions

TIMEOUT = 30_000


@pytest.mark.parametrize(
    ("language", "tabs", "file_menu", "ltv_label"),
    [
        (
            "ru",
            ["Калькулятор", "Данные", "Сводка", "Клиенты", "Когорты", "Прогноз"],
            "&Файл",
            "Срок жизни клиента, лет",
        ),
        ("pl", ["Kalkulator", "Dane", "Pulpit", "Klienci", "Kohorty", "Prognoza"], "&Plik", "Czas życia klienta, lata"),
    ],
)
def test_window_in_each_language(qtbot, tmp_path, language, tabs, file_menu, ltv_label):
    app = Application(GuiOptions(language=language), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        window = app.window
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == tabs
        assert window.menuBar().actions()[0].text() == file_menu
        assert window.calculator.result_rows["lifespan_years"][0].text() == ltv_label
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
            app.open_demo()
        revenue = window.dashboard.cards["revenue"].value.text()
        assert "," not in revenue.split("\u00a0")[0] and "\u00a0" in revenue  # 513 557 ₽ / 513 557 zł
    finally:
        app.close()
        from ltv_desktop.i18n import install_translators, remove_translators

        remove_translators(app.qapp, app.translators)
        install_translators(app.qapp, "en")


def test_switching_language_keeps_the_analysis(qtbot, tmp_path):
    app = Application(GuiOptions(language="en"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
            app.open_demo()
        result = finished.args[0]
        app.switch_language("pl")
        assert app.window.tabs.tabText(0) == "Kalkulator"
        assert app.analysis.result is result
        assert app.window.customers.model.rowCount() == len(result.customers)
        assert app.window.export_action.isEnabled()
        assert app.window.dashboard.cards["customers"].value.text() == "3084"  # Polish groups from 5 digits (CLDR)
        assert app.window.dashboard.cards["revenue"].value.text().endswith("zł") is False  # the currency setting stays
    finally:
        app.close()
        from ltv_desktop.i18n import install_translators, remove_translators

        remove_translators(app.qapp, app.translators)
        install_translators(app.qapp, "en")
