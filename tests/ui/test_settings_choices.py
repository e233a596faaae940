"""Analysis → Settings as an owner uses it: the purchase model, one currency everywhere, counts and Qt's own
buttons in the owner's language."""

from __future__ import annotations

import datetime as dt
import random
import zipfile

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ltv_desktop.controllers.app import Application, GuiOptions
from ltv_desktop.i18n.qt import install_translators, remove_translators
from ltv_desktop.model.settings import Settings
from ltv_desktop.pipeline import ForecastOptions
from ltv_desktop.ui.formatting import currency_in_use
from ltv_desktop.ui.settings_dialog import SettingsChoice, SettingsDialog

TIMEOUT = 60_000


def settings_ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def in_language(language: str, tmp_path) -> Application:
    return Application(GuiOptions(language=language), settings_ini(tmp_path))


def close(app: Application) -> None:
    """Close the window and put the English translators back for the tests that follow."""
    app.analysis.cancel()
    app.close()
    remove_translators(app.qapp, app.translators)
    install_translators(app.qapp, "en")


def choose(app: Application, qtbot, change, *, analysis: bool = True) -> None:
    """Analysis → Settings…, `change(dialog)` as the owner would, OK; waits for the analysis it starts."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        change(dialog)
        dialog.accept()

    QTimer.singleShot(0, fill)
    if not analysis:
        app.window.settings_requested.emit()
        return
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.window.settings_requested.emit()


def test_the_dialog_gives_back_typed_choices(qtbot):
    forecast = ForecastOptions(time_unit="month", horizon_months=6.0, model="mbgnbd")
    dialog = SettingsDialog(Settings(period="week", churn_days=90, margin=0.4), "", "ru", forecast=forecast,
                            automatic_currency="₽")  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.currency.placeholderText() == "Автоматически: ₽"
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    choice = dialog.values()
    assert isinstance(choice, SettingsChoice)
    assert choice.settings == Settings(period="week", churn_days=90, margin=0.4)
    assert choice.forecast == forecast
    assert (choice.currency, choice.language) == ("", "pl")
    with pytest.raises(AttributeError):
        choice.language = "en"  # type: ignore[misc]
    dialog.model.setCurrentIndex(dialog.model.findData("auto"))
    dialog.currency.setText(" € ")
    assert dialog.values().forecast.model == "auto"
    assert dialog.values().currency == dialog.values().settings.currency == "€"


def test_pareto_nbd_picked_in_the_settings_makes_the_forecast_and_is_remembered(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    choose(app, qtbot, lambda dialog: dialog.model.setCurrentIndex(dialog.model.findData("paretonbd")))
    predictive = app.analysis.result.predictive
    assert predictive.model == "paretonbd"
    assert predictive.to_dict()["model_name"] == "Pareto/NBD"
    assert app.analysis.run.request.forecast.model == "paretonbd"
    # the next start remembers it
    again = Application(GuiOptions(language="en"), app.qsettings)
    try:
        assert again.forecast.model == "paretonbd"
    finally:
        again.close()
    # back to automatic: the model is chosen from the data again, and said why
    choose(app, qtbot, lambda dialog: dialog.model.setCurrentIndex(dialog.model.findData("auto")))
    assert app.analysis.result.predictive.model_reason is not None


@pytest.mark.parametrize(("language", "cancel"), [("ru", "Отмена"), ("pl", "Anuluj")])
def test_qt_own_buttons_speak_the_owners_language(qtbot, language, cancel):
    qapp = QApplication.instance()
    translators = install_translators(qapp, language)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_the_status_bar_and_the_order_count_group_thousands_as_the_dashboard_does(qtbot, tmp_path, language):
    """3,084 / 3 084 / 3084 (Polish groups from five digits) and 11,489 / 11 489: as QLocale writes the same count."""
    app = in_language(language, tmp_path)
    try:
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
            app.open_demo()
        summary = finished.args[0].summary
        assert summary.customers >= 1000 and summary.orders >= 10_000  # the demo: four and five digits
        locale = QLocale({"en": "en_US", "pl": "pl_PL", "ru": "ru_RU"}[language])
        customers, orders = locale.toString(summary.customers), locale.toString(summary.orders)
        assert not orders.isdigit()  # 11,489 / 11 489: a separator in every language
        assert customers.isdigit() == (language == "pl")
        assert customers in app.window.status_text.text()
        assert app.window.dashboard.cards["customers"].value.text() == customers
        assert orders in app.window.dashboard.cards["customers"].note.text()
    finally:
        close(app)


def rouble_shop(path) -> None:
    """A Russian shop's export: amounts written "1 234,50 ₽", 80 customers buying over a year and a half."""
    rows = ["Дата;Клиент;Сумма"]
    generator = random.Random(7)
    start = dt.date(2024, 1, 1)
    for customer in range(80):
        for _ in range(generator.randint(1, 6)):
            day = start + dt.timedelta(days=generator.randint(0, 540))
            amount = f"{generator.randint(300, 4500):,}".replace(",", "\u00a0") + f",{generator.randint(0, 99):02d}"
            rows.append(f"{day:%d.%m.%Y};Клиент {customer};{amount} ₽")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def money_format_of_the_summary(workbook) -> set[str]:
    """The number formats the exported workbook uses (its styles part), read without any Excel library."""
    with zipfile.ZipFile(workbook) as package:
        styles = package.read("xl/styles.xml").decode("utf-8")
    return {part.split('"', 1)[0] for part in styles.split('formatCode="')[1:]}


def shown_currency(app: Application) -> dict[str, str]:
    """Where an owner sees money: the Dashboard, the calculator, its scenario table, and the export's choice."""
    window = app.window
    scenarios = window.calculator.scenarios
    return {
        "dashboard": window.dashboard.cards["revenue"].value.text(),
        "calculator": window.calculator.fields["aov"].spin.text(),
        "scenarios": scenarios.item(0, 0).text() if scenarios.rowCount() else "",
    }


def test_one_currency_everywhere_from_the_data_then_the_owners_choice(qtbot, tmp_path):
    sales = tmp_path / "продажи.csv"
    rouble_shop(sales)
    app = in_language("en", tmp_path)  # an English window: "$" would be the language's guess
    app.forecast = app.analysis.forecast = ForecastOptions(enabled=False)  # money is the point here, not the models
    try:
        assert app.formatter.currency == "$"
        app.calculator.save_scenario("Now")
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
            app.analysis.open_file(sales)
        assert app.analysis.currency_found() == "RUB"
        assert app.formatter.currency == app.analysis.formatter.currency == "₽"
        for where, shown in shown_currency(app).items():
            assert "₽" in shown and "$" not in shown, where
        workbook = tmp_path / "report.xlsx"
        with qtbot.waitSignal(app.export.exported, timeout=TIMEOUT):
            app.export.export(workbook)
        formats = money_format_of_the_summary(workbook)
        assert any("₽" in code for code in formats) and not any("$" in code for code in formats)

        # the owner types € in the settings: every view and the next export follow, and it is remembered
        choose(app, qtbot, lambda dialog: dialog.currency.setText("€"))
        assert app.qsettings.value("ui/currency") == "€"
        for where, shown in shown_currency(app).items():
            assert "€" in shown and "₽" not in shown, where
        with qtbot.waitSignal(app.export.exported, timeout=TIMEOUT):
            app.export.export(workbook)
        assert any("€" in code for code in money_format_of_the_summary(workbook))

        # emptied again: back to the file's roubles, which the dialog offers as the automatic choice
        def back_to_automatic(dialog: SettingsDialog) -> None:
            assert dialog.currency.text() == "€"
            dialog.currency.clear()

        choose(app, qtbot, back_to_automatic)
        assert app.formatter.currency == "₽"
        assert "₽" in shown_currency(app)["dashboard"]
        # the file's currency outlives a language switch (Polish alone would say zł)
        app.switch_language("pl")
        assert app.formatter.currency == "₽"
        for where, shown in shown_currency(app).items():
            assert "₽" in shown and "zł" not in shown, where
    finally:
        close(app)


@pytest.mark.parametrize(
    ("own", "found", "locale", "expected"),
    [("€", "RUB", "ru_RU", "€"), ("", "RUB", "en_US", "₽"), ("", "PLN", "ru_RU", "zł"), ("", None, "pl_PL", "zł"),
     ("", None, "ru_RU", "₽"), ("  ", None, "en_US", "$"), ("", "CHF", "en_US", "CHF")],
)  # fmt: skip
def test_the_currency_in_use_prefers_the_owner_then_the_data_then_the_language(own, found, locale, expected):
    assert currency_in_use(own, found, QLocale(locale)) == expected
