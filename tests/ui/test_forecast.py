"""The Forecast tab driven as an owner drives it: demo data, an earlier "As of" in the settings, the charts' numbers."""

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from ltv_desktop.model.predictive import MODEL_NAMES, calibration_table
from ltv_desktop.ui.lazy_chart import LazyChart
from ltv_desktop.ui.settings_dialog import SettingsDialog

TIMEOUT = 60_000
AS_OF = dt.date(2026, 5, 20)  # the demo's sales run to 2026-11-20: half a year is kept aside


def series(chart) -> dict:
    return {name: (x, y) for name, x, y, _format in chart._series}


def change_settings(app, qtbot, as_of: dt.date | None, time_unit: str | None = None, horizon: float | None = None):
    """Analysis → Settings…, fill the dialog like a user, press OK; returns the analysis it starts."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.as_of_end.setChecked(as_of is None)
        if as_of is not None:
            assert dialog.as_of.isEnabled()
            dialog.as_of.setDate(QDate(as_of))
        if time_unit is not None:
            dialog.time_unit.setCurrentIndex(dialog.time_unit.findData(time_unit))
        if horizon is not None:
            dialog.horizon.setValue(horizon)
        dialog.accept()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        app.window.settings_requested.emit()
    return finished.args[0]


def open_forecast(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        app.open_demo()
    app.window.tabs.setCurrentWidget(app.window.forecast)
    return finished.args[0]


def test_the_charts_are_built_when_the_tab_is_first_shown_with_what_was_drawn_before(app, qtbot):
    """An analysis fills the Forecast tab without building its charts (pyqtgraph plots cost the window's thread
    tens of milliseconds each); looking at the tab builds them, titles, axis names and ticks included."""
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        app.open_demo()
    view = app.window.forecast
    charts = view.findChildren(LazyChart)
    assert len(charts) == 5 and not any(chart.built for chart in charts)
    app.window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: all(chart.built for chart in charts if chart.isVisible()))
    predictive = finished.args[0].predictive
    plot = view.forecast_chart.plot
    assert plot.getAxis("left").labelText == f"Value, cumulative ({app.formatter.currency})"
    observed = app.formatter.number(float(predictive.palive_map.columns.max()), 0)
    unit = {"day": "days", "week": "weeks", "month": "months"}[predictive.options.time_unit]
    title = view.palive_chart.plot.getPlotItem().titleLabel.text
    assert title == f"P(alive) for a customer first seen {observed} {unit} ago"
    ticks = view.calibration_chart.plot.getAxis("bottom")._tickLevels[0]
    assert [label for _value, label in ticks] == [str(label) for label in predictive.calibration["repeat_purchases"]]


def test_before_any_analysis_the_tab_says_what_to_do(app):
    view = app.window.forecast
    app.window.tabs.setCurrentWidget(view)
    assert view.pages.currentWidget() is view.empty
    assert "Analyze" in view.empty.text()


def test_demo_to_its_last_sale_explains_how_to_get_a_holdout(app, qtbot):
    result = open_forecast(app, qtbot)
    view = app.window.forecast
    predictive = result.predictive
    assert predictive.holdout is None
    assert view.tracking.currentWidget() is view.no_holdout
    assert '"As of"' in view.no_holdout.text() and "Settings" in view.no_holdout.text()
    assert view.tracking_chart._series == []

    # calibration: the bars are the table of the model that speaks, actual beside predicted, the model named
    bars = series(view.calibration_chart)
    calibration = predictive.calibration
    chosen = {"bgnbd": predictive.bgnbd, "mbgnbd": predictive.mbgnbd, "paretonbd": predictive.paretonbd}
    customers = predictive.customers
    table = calibration_table(chosen[predictive.model].params, customers["frequency"], customers["T"],
                              predictive.model)  # fmt: skip
    assert list(calibration["predicted_customers"]) == pytest.approx(list(table["predicted_customers"]), rel=1e-12)
    assert list(bars["Actual"][1]) == list(calibration["actual_customers"].astype(float))
    model_bars = bars[f"Model ({MODEL_NAMES[predictive.model]})"]
    assert list(model_bars[1]) == pytest.approx(list(calibration["predicted_customers"]))
    assert view.calibration_chart.x_labels == list(calibration["repeat_purchases"])

    # P(alive): the image is the model's grid, rows repeat purchases, columns recency
    x_values, y_values, grid = view.palive_chart.grid
    assert np.array_equal(grid, predictive.palive_map.to_numpy(float))
    assert list(y_values) == list(predictive.palive_map.index.astype(float))
    assert list(x_values) == list(predictive.palive_map.columns.astype(float))
    assert np.array_equal(view.palive_chart.image.image, grid)

    # the forecast ends at the totals and its band at their 90 % interval
    forecast = series(view.forecast_chart)
    totals = predictive.totals
    assert forecast["Expected"][1][-1] == pytest.approx(totals["predicted_clv"], rel=1e-9)
    low, high = forecast["90 % range"][1][-1]
    assert (low, high) == pytest.approx((totals["predicted_clv_low"], totals["predicted_clv_high"]), rel=1e-9)
    assert forecast["Expected"][0][-1] == predictive.options.horizon_months
    assert app.formatter.money(totals["predicted_clv"], 0) in view.summary.text()
    assert app.formatter.money(totals["predicted_clv_low"], 0) in view.summary.text()
    # the demo has 16 customers whose only orders net to zero: counted by the forecast, not the headline
    assert totals["customers"] - app.analysis.result.summary.customers == 16
    assert "also counts 16 customers whose orders came to zero" in view.summary.text()
    assert "r = " + app.formatter.number(predictive.bgnbd.r, 3) in view.parameters.text()
    # a new customer's value to 36 months in its 90 % range, over what the cohorts paid; the three numbers in words
    newcomer = series(view.new_customer_chart)
    table = predictive.new_customer
    assert newcomer["Model: a new customer"][0][-1] == 36
    assert newcomer["Model: a new customer"][1][-1] == pytest.approx(table["value"].iloc[-1], rel=1e-12)
    assert newcomer["90 % range"][1][-1] == pytest.approx((table["value_low"].iloc[-1], table["value_high"].iloc[-1]))
    observed_x, observed_y = newcomer["Observed in your cohorts"]
    curve = result.cohorts.observed_ltv_curve.dropna()
    assert observed_x[0] == 1 and observed_y[0] == pytest.approx(curve.iloc[0] * result.settings.margin)
    words = view.new_customer_text.text()
    for month in (12, 24, 36):
        row = table[table["month"] == month].iloc[0]
        for column in ("value", "value_low", "value_high"):
            assert app.formatter.money(row[column], 0) in words
    # the model's notices, in words, when it has any
    assert view.notices.isVisibleTo(view) == bool(predictive.warnings)


def test_an_earlier_as_of_in_the_settings_shows_the_holdout_check(app, qtbot):
    open_forecast(app, qtbot)
    result = change_settings(app, qtbot, AS_OF, time_unit="month", horizon=6)
    assert result.as_of == AS_OF
    assert app.settings.as_of == AS_OF
    predictive = result.predictive
    assert predictive.options.time_unit == "month" and predictive.options.horizon_months == 6
    holdout = predictive.holdout
    assert holdout is not None and holdout.actual_total > 100
    view = app.window.forecast
    app.window.tabs.setCurrentWidget(view)
    assert view.tracking.currentWidget() is view.tracking_chart
    curves = series(view.tracking_chart)
    actual_x, actual = curves["Actual"]
    predicted_x, predicted = curves["Predicted"]
    assert actual[0] == predicted[0] == 0
    assert list(actual_x) == list(predicted_x)
    assert actual[-1] == holdout.actual_total
    assert predicted[-1] == pytest.approx(holdout.predicted_total)
    assert actual_x[-1] == pytest.approx(holdout.days / (365.25 / 12))  # months, where the data ends
    middle = len(holdout.tracking) // 2
    assert actual[middle + 1] == holdout.tracking["actual_cumulative"].iloc[middle]
    assert predicted[middle + 1] == pytest.approx(holdout.tracking["predicted_cumulative"].iloc[middle])
    words = view.holdout_text.text()
    assert app.formatter.integer(holdout.actual_total) in words
    assert app.formatter.number(holdout.predicted_total, 0) in words
    error = (holdout.predicted_total - holdout.actual_total) / holdout.actual_total
    assert app.formatter.percent(error) in words
    assert series(view.forecast_chart)["Expected"][0][-1] == 6
    # the forecast's choices are kept for the next start; the as-of date is this file's, not kept
    assert app.qsettings.value("analysis/predictive")["time_unit"] == "month"
    assert "as_of" not in app.qsettings.value("analysis/settings")

    # back to the last sale: the holdout check goes, the message comes back
    result = change_settings(app, qtbot, None)
    assert result.predictive.holdout is None
    assert view.tracking.currentWidget() is view.no_holdout


def test_the_settings_dialog_offers_dates_inside_the_data(app, qtbot):
    result = open_forecast(app, qtbot)
    dialog = SettingsDialog(
        app.settings,
        "$",
        "en",
        app.window,
        data_range=(result.first_date, result.last_date),
        forecast=app.forecast,
    )
    assert dialog.as_of_end.isChecked() and not dialog.as_of.isEnabled()
    assert dialog.values().settings.as_of is None
    dialog.as_of_end.setChecked(False)
    dialog.as_of.setDate(QDate(2000, 1, 1))  # before the data: the editor keeps to the data's dates
    assert dialog.values().settings.as_of == result.first_date
    dialog.deleteLater()


def test_as_of_from_the_command_line_gives_a_holdout_check(qtbot, tmp_path):
    import datetime as dt

    from PySide6.QtCore import QSettings

    from ltv_desktop.controllers.app import Application, GuiOptions

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language="en", as_of=dt.date(2026, 5, 31)), settings)
    try:
        with qtbot.waitSignal(app.analysis.analysis_finished, timeout=60_000) as finished:
            app.open_demo()
        assert finished.args[0].as_of == dt.date(2026, 5, 31)
        assert finished.args[0].predictive.holdout is not None
        assert "as_of" not in str(settings.value("analysis/settings"))  # for this run only
    finally:
        app.close()
