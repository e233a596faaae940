"""The Dashboard and the settings dialog say what the trust figures mean (docs/metrics.md 2.3, 2.3.1, 2.4)."""

import pandas as pd
from PySide6.QtCore import QLocale

from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.inactivity import Threshold
from ltv_desktop.model.settings import Settings
from ltv_desktop.ui.dashboard_view import DashboardView
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.settings_dialog import SettingsDialog

# a buys in January and February, b in January and again in March after a lapse, c arrives in March:
# with 31 days, March loses a, gets b back (CRR 100 %, retention 0 %) and the January cohort has already paid
# 145 each by its third month while the formula says 50 × 1
ROWS = pd.DataFrame(
    {
        "customer_id": ["a", "a", "b", "c", "a", "b"],
        "date": ["2024-01-05", "2024-02-10", "2024-01-20", "2024-03-03", "2024-04-01", "2024-03-15"],
        "amount": [100.0, 50.0, 80.0, 40.0, -20.0, 60.0],
    }
)


def test_dashboard_shows_crr_beside_retention_the_threshold_and_what_was_already_paid(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    result = analyze(ROWS, Settings(churn_days=31))
    formatter = Formatter(QLocale("en_US"), "$")
    view.show_result(result, formatter)
    summary = result.summary
    assert view.cards["retention_rate"].value.text() == formatter.percent(0.0)
    assert view.cards["crr"].value.text() == formatter.percent(1.0)
    assert "can pass 100 %" in view.cards["crr"].toolTip()
    assert "never above 100 %" in view.cards["retention_rate"].toolTip()
    assert "came back after a lapse" in view.cards["crr"].note.text()
    assert view.threshold.text() == result.threshold.sentence("en")
    assert "31 days" in view.threshold.text() and "(your setting)" in view.threshold.text()
    ltv = view.cards["ltv"]
    assert ltv.value.text() == f"{formatter.money(summary.ltv)} · {formatter.money(145.0)}"
    assert "already paid 145.00 each" in ltv.note.text()
    assert "is below what customers already paid in their first 3 months" in ltv.toolTip()
    assert "contradicts the formula" in view.notices.text()


def test_dashboard_speaks_the_window_language(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    result = analyze(ROWS, Settings(churn_days=31))
    view.show_result(result, Formatter(QLocale("ru_RU"), "₽"))
    assert view.threshold.text() == result.threshold.sentence("ru")
    assert "31 дня" in view.threshold.text()
    assert "опровергают формулу" in view.notices.text()
    assert view.cards["crr"].title.text() == "CRR (по учебнику)"


def test_a_shop_whose_formula_holds_shows_ltv_alone(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    # six customers buying on the 10th of every month: nobody is lost, the lifespan is capped at 10 years
    months = ["2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10", "2024-05-10"]
    rows = pd.DataFrame(
        {
            "customer_id": [f"c{i}" for i in range(6)] * len(months),
            "date": [month for month in months for _ in range(6)],
            "amount": [10.0] * 6 * len(months),
        }
    )
    result = analyze(rows, Settings(churn_days=31, as_of=pd.Timestamp("2024-05-31").date()))
    formatter = Formatter(QLocale("en_US"), "$")
    view.show_result(result, formatter)
    assert not any(n.code.startswith("trust.formula_below") for n in result.summary.warnings)
    assert view.cards["ltv"].value.text() == formatter.money(result.summary.ltv)


def test_settings_dialog_chooses_from_the_data_by_default_and_says_what_it_found(qtbot):
    threshold = Threshold(270, True, 3, 47)
    dialog = SettingsDialog(Settings(), "$", "en", threshold=threshold)
    qtbot.addWidget(dialog)
    assert dialog.churn_days_auto.isChecked()
    assert not dialog.churn_days.isEnabled()
    assert dialog.churn_days.value() == 270
    assert dialog.values().settings.churn_days is None
    assert "9 in 10 customers who went 270 days without buying did not come back" in dialog.churn_days_said.text()
    dialog.churn_days_auto.setChecked(False)
    assert dialog.churn_days.isEnabled()
    dialog.churn_days.setValue(120)
    assert dialog.values().settings.churn_days == 120


def test_settings_dialog_keeps_a_given_threshold_and_speaks_polish(qtbot):
    dialog = SettingsDialog(Settings(churn_days=90), "zł", "pl")
    qtbot.addWidget(dialog)
    assert not dialog.churn_days_auto.isChecked()
    assert dialog.values().settings.churn_days == 90
    assert dialog.churn_days_auto.text() == "Wybierz na podstawie danych"
    assert "Przeanalizuj plik" in dialog.churn_days_said.text()
