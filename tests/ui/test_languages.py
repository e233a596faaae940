"""The window in Russian and Polish, and switching language without losing the analysis."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QTableWidgetItem

from ltv_desktop.controllers.app import Application, GuiOptions

TIMEOUT = 30_000


@pytest.mark.parametrize(
    ("language", "tabs", "file_menu", "ltv_label"),
    [
        (
            "ru",
            ["Калькулятор", "Данные", "Сводка", "Клиенты", "Когорты", "Прогноз", "Факторы", "Подписки"],
            "&Файл",
            "Срок жизни клиента, лет",
        ),
        (
            "pl",
            ["Kalkulator", "Dane", "Pulpit", "Klienci", "Kohorty", "Prognoza", "Czynniki", "Subskrypcje"],
            "&Plik",
            "Czas życia klienta, lata",
        ),
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
        from ltv_desktop.ui.messages import segment_names

        shown = window.customers.model
        segment_column = [shown.headerData(c, Qt.Orientation.Horizontal) for c in range(shown.columnCount())]
        column = segment_column.index(QCoreApplication.translate("CustomersView", "Segment"))
        segments = {shown.data(shown.index(row, column)) for row in range(shown.rowCount())}
        assert segment_names()["Champions"] in segments
        assert "Champions" not in segments
    finally:
        app.close()
        from ltv_desktop.i18n.qt import install_translators, remove_translators

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
        # no currency in the demo's amounts nor in the settings: the language's (tests/ui/test_settings_choices.py
        # shows the owner's and the file's currency staying)
        assert app.window.dashboard.cards["revenue"].value.text().endswith("zł")
    finally:
        app.close()
        from ltv_desktop.i18n.qt import install_translators, remove_translators

        remove_translators(app.qapp, app.translators)
        install_translators(app.qapp, "en")


def test_rejected_rows_and_import_warnings_are_translated(qtbot, tmp_path):
    """A Russian owner drops a file with a bad date, a bad amount and dates that read either way round."""
    path = tmp_path / "продажи.csv"
    path.write_text(
        "Дата;Клиент;Сумма\n03/04/2024;А;100\n05/06/2024;Б;200\n31/31/2024;В;50\n07/08/2024;А;сто\n",
        encoding="utf-8",
    )
    app = Application(GuiOptions(language="ru"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
            app.window.file_dropped.emit(path)
        data = app.window.data
        model = data.rejections_model
        rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
        assert rows == [
            ["4", "Дата", "31/31/2024", "не дата (столбец читается как dd/mm/yyyy)"],
            ["5", "Сумма", "сто", "не число"],
        ]
        assert data.rejections_label.text().startswith("2 строки не удалось прочитать")
        assert not data.warnings_label.isHidden()
        assert "прочитаны как «день, месяц» (dd/mm/yyyy)" in data.warnings_label.text()
    finally:
        app.close()
        from ltv_desktop.i18n.qt import install_translators, remove_translators

        remove_translators(app.qapp, app.translators)
        install_translators(app.qapp, "en")


def test_a_typed_spend_row_that_does_not_read_is_named_not_dropped(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    table = app.window.data.spend_table
    for column, text in enumerate(["2024-13", "500", ""]):
        table.setItem(0, column, QTableWidgetItem(text))
    with qtbot.waitSignal(app.analysis.analysis_failed, timeout=TIMEOUT) as failed:
        qtbot.mouseClick(app.window.data.analyze_button, Qt.MouseButton.LeftButton)
    assert "Some marketing spend rows cannot be read (1: 2024-13 · 500)." in failed.args[0]
    assert app.analysis.result is not None  # the previous analysis stays


def _in_language(language: str, tmp_path) -> Application:
    return Application(GuiOptions(language=language), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def _close(app: Application) -> None:
    app.close()
    from ltv_desktop.i18n.qt import install_translators, remove_translators

    remove_translators(app.qapp, app.translators)
    install_translators(app.qapp, "en")


def test_file_errors_and_calculator_checks_speak_the_owners_language(qtbot, tmp_path):
    fixtures = Path(__file__).parents[1] / "fixtures" / "import"
    no_amount = tmp_path / "bez_kwoty.csv"
    no_amount.write_text("Data;Kontrahent\n01.02.2024;Nowak\n", encoding="utf-8")
    app = _in_language("pl", tmp_path)
    try:
        with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
            app.window.file_dropped.emit(no_amount)
        assert app.window.data.message.text() == (
            "Nie znaleziono kolumny dla pola „kwota”. Kolumny w pliku: Data, Kontrahent. "
            "Wybierz ją ręcznie na karcie Dane."
        )
        with qtbot.waitSignal(app.analysis.analysis_failed, timeout=TIMEOUT) as failed:
            app.window.file_dropped.emit(fixtures / "html_saved_as.xls")
        assert failed.args[0].startswith("„html_saved_as.xls” to strona internetowa (HTML)")
    finally:
        _close(app)
    app = _in_language("ru", tmp_path)
    try:
        view = app.window.calculator
        view.fields["lifespan_years"].setValue(0.05)
        view.lifespan_mode.setCurrentIndex(0)
        assert view.fields["lifespan_years"].error_text() == "Срок жизни клиента должен быть не меньше месяца."
    finally:
        _close(app)


def test_every_error_code_the_code_raises_has_a_translation():
    """An error raised with a code the window does not know would reach a Russian owner in English."""
    import ast

    from ltv_desktop.i18n.catalogue import known

    package = Path(__file__).parents[2] / "ltv_desktop"
    errors = {"UnreadableFile", "EmptyFile", "EncryptedWorkbook", "LockFile", "MixedCurrencies", "NoUsableData",
              "TargetLocked", "ExportFailed"}  # fmt: skip
    raised = {"missing_column", "no_such_column"}  # MissingColumn picks its own
    for path in [*package.glob("io/*.py"), *package.glob("model/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in errors and len(node.args) > 1:
                code = node.args[1]
                assert isinstance(code, ast.Constant), f"{path.name}:{node.lineno}"
                raised.add(code.value)
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) in ("because", "of") and node.args:
                code = node.args[0]  # Error.because(code, ...) and Notice.of(code, ...)
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    raised.add(code.value)
    assert len(raised) > 15
    assert {code for code in raised if not known(code)} == set()
