"""The Subscriptions tab driven as an owner drives it: drop a Stripe subscriptions export, or ask for any file to be
read as subscriptions."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_window import TIMEOUT, drop

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_a_stripe_export_opens_on_the_subscriptions_tab(app, qtbot):
    started = []
    app.analysis.analysis_finished.connect(started.append)
    with qtbot.waitSignal(app.subscriptions.finished, timeout=TIMEOUT) as finished:
        drop(app.window, FIXTURES / "subscriptions" / "stripe_subscriptions.csv")
    run = finished.args[0]
    view = app.window.subscriptions
    assert app.window.tabs.currentWidget() is view
    assert app.analysis.run is None and not started  # start dates are not purchases: no sales analysis
    assert app.window.export_action.isEnabled()
    # paying on 2024-06-30 (the file's last month), by hand from the CSV: Anna's Pro 50, Bolt's 2 seats of Basic
    # 2 × 30, Dora's come-back 30, Echo's yearly 1,200 / 12, Hana's 30 after her trial; Ivo ended on 2024-06-05
    assert view.cards["mrr"].value.text() == "$270"
    assert view.table.rowCount() == 6  # 2024-01 … 2024-06
    assert view.table.item(0, 0).text() == "2024-06"
    assert view.table.item(0, 1).text() == "$270"
    assert view.table.item(5, 0).text() == "2024-01"
    # January: Dora 30 (from the 5th), Anna 30 (10th) and Bolt 2 seats of Pro 2 × 50 (20th) are new
    assert view.table.item(5, 2).text() == "$160"
    series = {name: list(values) for name, _x, values, _format in view.movements._series}
    assert set(series) == {"New", "Expansion", "Contraction", "Churn", "Reactivation", "MRR"}
    assert series["MRR"] == list(run.result.months["mrr"])
    assert all(value <= 0 for value in series["Churn"] + series["Contraction"])  # losses hang below zero
    assert "looks like a subscription export" in view.hint.text()
    assert "3 rejected" in view.hint.text()


def test_read_a_sales_file_as_subscriptions_says_what_is_missing(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        drop(app.window, FIXTURES / "import" / "quickbooks.csv")
    assert app.subscriptions.run is None  # a sales export is not taken for subscriptions
    view = app.window.subscriptions
    with qtbot.waitSignal(app.subscriptions.failed, timeout=TIMEOUT) as failed:
        qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == view.hint.text()
    assert "start" in failed.args[0].lower()
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "error_box") is not None)
    assert app.window.dashboard.cards["customers"].value.text() == "2"  # the sales analysis stays on screen


def test_export_from_the_subscriptions_tab_writes_the_subscription_workbook(app, qtbot, tmp_path):
    import openpyxl

    with qtbot.waitSignal(app.subscriptions.finished, timeout=TIMEOUT):
        drop(app.window, FIXTURES / "subscriptions" / "membership_register.csv")
    target = tmp_path / "members.xlsx"
    with qtbot.waitSignal(app.subscriptions.exported, timeout=TIMEOUT) as done:
        app.window.export_requested.emit(target)
    assert done.args[0] == target
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Subscriptions", "MRR movements", "Retention sBG"]
    assert "written" in app.window.status_text.text()


def test_the_observed_curve_chains_monthly_retention_and_never_rises():
    import numpy as np

    from ltv_desktop.ui.subscriptions_view import observed_survival

    # cohort A (10 customers) observed two months, B (10) only one: pooling the counts would give 0.5 then 0.6
    unbroken = np.array([[10, 8, 6], [10, 2, np.nan]], dtype=float)
    assert observed_survival(unbroken).tolist() == [0.5, 0.5 * 6 / 8]
