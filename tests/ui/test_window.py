"""The window driven as a user drives it: typing, dropping files, choosing columns, sorting, cancelling."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

FIXTURES = Path(__file__).parents[1] / "fixtures"
TIMEOUT = 30_000


def drop(window, path: Path) -> None:
    """Drag a file over the window and release it, as the window system delivers it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path.resolve()))])
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window.windowHandle(), enter)
    assert enter.isAccepted()
    release = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window.windowHandle(), release)


def type_into(qtbot, field, text: str) -> None:
    """Select what the box holds and type over it, key by key."""
    field.spin.selectAll()
    qtbot.keyClicks(field.spin, text)


def test_calculator_updates_as_you_type(app, qtbot):
    view = app.window.calculator
    view.lifespan_mode.setCurrentIndex(1)  # churn per year
    type_into(qtbot, view.fields["aov"], "50")
    type_into(qtbot, view.fields["frequency"], "4")
    type_into(qtbot, view.fields["churn_rate"], "25")
    type_into(qtbot, view.fields["gross_margin"], "40")
    type_into(qtbot, view.fields["retention_cost"], "10")
    type_into(qtbot, view.fields["acquisition_spend"], "3000")
    type_into(qtbot, view.fields["new_customers"], "30")
    assert view.result_rows["ltv"][1].text() == "$280.00"
    assert view.result_rows["ltv_cac_ratio"][1].text() == "2.80:1"
    assert view.result_rows["payback_months"][1].text() == "17.14"
    assert "= $70.00 × 4.00" in view.result_rows["net_ltv"][2].text()
    assert "Thin" in view.verdict.text()


def test_calculator_marks_an_invalid_field(app, qtbot):
    view = app.window.calculator
    view.lifespan_mode.setCurrentIndex(2)  # churn per month
    type_into(qtbot, view.fields["churn_rate"], "100")  # one month exactly: allowed
    assert view.errors() == {}
    view.fields["lifespan_years"].setValue(0.05)
    view.lifespan_mode.setCurrentIndex(0)
    assert "at least one month" in view.fields["lifespan_years"].error_text()
    assert view.fields["lifespan_years"].error.isVisible()
    assert view.result_rows["ltv"][1].text() == "–"


def test_drop_a_file_then_dashboard_shows_its_numbers(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        drop(app.window, FIXTURES / "import" / "quickbooks.csv")
    result = finished.args[0]
    assert result.summary.customers == 2
    assert app.window.dashboard.cards["customers"].value.text() == "2"
    assert app.window.dashboard.cards["revenue"].value.text() == "$1,151"  # whole units on the card
    assert app.window.tabs.currentWidget() is app.window.dashboard
    assert app.window.data.role_combos["customer_id"].currentText() == "Name"
    series = {name: values for name, _x, values, _format in app.window.dashboard.revenue_chart._series}
    assert list(series["Orders"]) == list(result.periods["orders"].astype(float))  # orders on the right axis


def test_change_a_mapping_and_analyze(app, qtbot, tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Date;Buyer;Gross;Net\n2024-01-01;Ala;100;80\n2024-01-02;Ola;50;40\n", encoding="utf-8")
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as first:
        drop(app.window, path)
    assert first.args[0].summary.revenue == 150
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        app.window.data.role_combos["amount"].setCurrentText("Net")
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as second:
        qtbot.mouseClick(app.window.data.analyze_button, Qt.MouseButton.LeftButton)
    assert second.args[0].summary.revenue == 120


def test_unreadable_file_shows_the_message_and_keeps_the_window(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_failed, timeout=TIMEOUT) as failed:
        drop(app.window, FIXTURES / "import" / "html_saved_as.xls")
    assert "web page" in failed.args[0]
    assert "web page" in app.window.data.message.text()
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "error_box") is not None)
    assert app.window.isVisible()


def test_cancelled_import_keeps_the_previous_analysis(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        drop(app.window, FIXTURES / "import" / "quickbooks.csv")
    before = app.analysis.result
    big = tmp_path / "big.csv"
    rows = "\n".join(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},C{i % 5000},{10 + i % 90}.50" for i in range(300_000))
    big.write_text("date,customer_id,amount\n" + rows + "\n", encoding="utf-8")
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        drop(app.window, big)
    with qtbot.waitSignal(app.analysis.analysis_cancelled, timeout=TIMEOUT):
        app.window.cancel_button.click()
    assert app.analysis.result is before
    assert app.window.dashboard.cards["customers"].value.text() == "2"


def test_customers_sort_and_filter(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    view = app.window.customers
    model = view.model
    total = model.rowCount()
    assert total > 3000
    revenue = list(model.frame.columns).index("revenue")
    view.table.sortByColumn(revenue, Qt.SortOrder.AscendingOrder)
    first = model.visible_frame()["revenue"].iloc[0]
    assert first == model.frame["revenue"].min()
    qtbot.keyClicks(view.search, "kowalska")
    qtbot.waitUntil(lambda: model.rowCount() < total)
    assert all("kowalska" in name.lower() for name in model.visible_frame()["customer_id"])
    view.search.clear()
    view.at_risk.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == int(model.frame["at_risk"].sum()))
    assert model.visible_frame()["key_customer"].all()


def test_fill_calculator_from_the_analysis(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        app.open_demo()
    qtbot.mouseClick(app.window.calculator.fill_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0].summary
    calculator = app.calculator.recalculate(app.window.calculator.inputs())
    # the fields keep cents and three decimals, so LTV agrees with the dashboard to a few cents
    assert abs(calculator.ltv - summary.ltv) < 0.001 * summary.ltv
    assert app.window.calculator.fields["frequency"].value() == round(summary.purchase_frequency_per_year, 3)


def test_screenshots_of_every_tab(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    saved = app.save_screenshots(tmp_path / "shots")
    assert [path.name for path in saved] == [
        "calculator.png",
        "data.png",
        "dashboard.png",
        "customers.png",
        "cohorts.png",
        "forecast.png",
        "drivers.png",
        "subscriptions.png",
    ]
    assert all(path.stat().st_size > 10_000 for path in saved)


def test_export_from_the_menu_writes_the_report(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    assert app.window.export_action.isEnabled()
    target = tmp_path / "report.xlsx"
    with qtbot.waitSignal(app.export.exported, timeout=TIMEOUT) as done:
        app.window.export_requested.emit(target)
    assert done.args[0] == target
    assert target.stat().st_size > 50_000


def test_export_to_a_file_open_in_excel_says_so_and_keeps_the_results(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    target = tmp_path / "report.xlsx"
    (tmp_path / "~$report.xlsx").write_bytes(b"owner")
    with qtbot.waitSignal(app.export.export_failed, timeout=TIMEOUT) as failed:
        app.window.export_requested.emit(target)
    assert "open in Excel" in failed.args[0]
    assert not target.exists()
    assert app.analysis.result is not None
    qtbot.waitUntil(lambda: app.window.findChild(QMessageBox, "export_error") is not None)


def test_formulas_guide_opens_in_each_language(app, qtbot):
    from PySide6.QtWidgets import QTextBrowser

    from ltv_desktop.ui.guide_dialog import GuideDialog

    for language, heading in (("en", "How LTV Desktop"), ("ru", "Как LTV Desktop"), ("pl", "Jak LTV Desktop")):
        dialog = GuideDialog(language, app.window)
        text = dialog.findChild(QTextBrowser).toPlainText()
        assert text.startswith(heading)
        assert "LTV:CAC" in text
        dialog.deleteLater()


def test_choose_the_delimiter_and_date_order(app, qtbot, tmp_path):
    """A file the sniffer may misread: the user picks the delimiter and the date order, and it is read again."""
    path = tmp_path / "sales.csv"
    path.write_text(
        "Date|Buyer|Amount\n03/04/2024|Ala|100\n05/04/2024|Ola|50\n", encoding="utf-8"
    )  # fmt: skip
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        app.analysis.open_file(path, analyze_after=False)
    data = app.window.data
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        data.delimiter_combo.setCurrentIndex(data.delimiter_combo.findData("|"))
    assert app.analysis.options.delimiter == "|"
    assert data.delimiter_combo.currentData() == "|"  # the choice survives the re-read
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        data.date_order_combo.setCurrentIndex(data.date_order_combo.findData(True))
    assert app.analysis.options.dayfirst is True
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(data.analyze_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.summary.customers == 2
    # day first: 03/04 is 3 April, so the two purchases are two days apart
    assert result.customers["first_purchase"].min().strftime("%Y-%m-%d") == "2024-04-03"


def test_save_and_reopen_an_analysis(app, qtbot, tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Kiedy;Kto;Ile\n2024-01-01;Ala;100\n2024-02-01;Ola;50\n", encoding="utf-8")
    app.analysis.open_file(path, analyze_after=False)
    qtbot.waitUntil(lambda: app.analysis.worker is None, timeout=TIMEOUT)
    for role, header in (("date", "Kiedy"), ("customer_id", "Kto"), ("amount", "Ile")):
        app.window.data.role_combos[role].setCurrentText(header)
    qtbot.waitUntil(lambda: app.analysis.worker is None, timeout=TIMEOUT)
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        qtbot.mouseClick(app.window.data.analyze_button, Qt.MouseButton.LeftButton)
    project = tmp_path / "shop.ltv.json"
    app.window.save_analysis_requested.emit(project)
    assert project.exists()
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as reopened:
        app.window.open_analysis_requested.emit(project)
    assert reopened.args[0].summary.revenue == 150


def test_dashboard_names_the_key_customers_most_likely_lost(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        app.open_demo()
    customers = finished.args[0].customers
    lost = customers[customers["key_customer"] & (customers["p_alive"] < 0.5)]  # docs/metrics.md 3.1
    assert not lost.empty
    worst = lost.nsmallest(1, "p_alive")["customer_id"].iloc[0]
    assert worst in app.window.dashboard.likely_lost.text()
    assert all(name not in app.window.dashboard.likely_lost.text()
               for name in customers.loc[customers["p_alive"] >= 0.5, "customer_id"] if len(str(name)) > 6)  # fmt: skip
    assert app.window.dashboard.cards["predicted_clv"].value.text() != "–"


def test_spend_rows_that_do_not_read_are_listed_and_exported(app, qtbot, tmp_path):
    spend = tmp_path / "wydatki.csv"
    spend.write_text("month;amount\n2025-01;300\n2025-02;trzysta\n", encoding="utf-8")
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.window.data.spend_file_requested.emit(spend)
    model = app.window.data.rejections_model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [["wydatki.csv", "3", "amount", "trzysta", "not a number"]]
    target = tmp_path / "report.xlsx"
    with qtbot.waitSignal(app.export.exported, timeout=TIMEOUT):
        app.window.export_requested.emit(target)
    import openpyxl

    rejected = list(openpyxl.load_workbook(target, read_only=True)["Rejected rows"].iter_rows(values_only=True))
    assert rejected[3][0] == "Marketing spend file: wydatki.csv"
    assert rejected[4][:4] == (3, "amount", "trzysta", "not a number")


def test_export_every_table_as_csv_and_every_chart_as_png(app, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    assert app.window.tables_action.isEnabled() and app.window.charts_action.isEnabled()
    tables, charts = tmp_path / "tables", tmp_path / "charts"
    charts.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tables))
    with qtbot.waitSignal(app.export.files_written, timeout=TIMEOUT) as done:
        app.window.tables_action.trigger()
    assert sorted(path.name for path in done.args[0]) == sorted(path.name for path in tables.iterdir())
    assert {"customers.csv", "periods.csv", "rejected_rows.csv"} <= {path.name for path in tables.iterdir()}
    assert (tables / "customers.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(charts))
    app.window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(app.export.files_written, timeout=TIMEOUT) as done:
        app.window.charts_action.trigger()
    names = sorted(path.name for path in charts.iterdir())
    assert names == sorted(path.name for path in done.args[0])
    assert "dashboard-01-revenue-and-orders-per-period.png" in names
    assert any(name.startswith("forecast-") for name in names) and any(name.startswith("cohorts-") for name in names)
    assert not any(name.startswith(".~ltv") for name in names)
    image = QImage(str(charts / "dashboard-01-revenue-and-orders-per-period.png"))
    assert image.width() > 200 and image.height() > 100
    assert app.window.tabs.currentIndex() == 1  # the tab the owner was on


def test_a_customer_csv_that_cannot_be_written_says_so_without_offering_a_workbook(app, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    (tmp_path / "~$customers.csv").write_text("owner", encoding="utf-8")  # the file is open in Excel
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "customers.csv"), ""))
    with qtbot.waitSignal(app.export.export_failed, timeout=TIMEOUT) as failed:
        app.window.customers.findChild(QPushButton, "export_view").click()
    assert "customers.csv" in failed.args[0]
    assert not (tmp_path / "customers.csv").exists()
    box = app.window.findChild(QMessageBox, "export_error")
    assert [button.text() for button in box.buttons()] == [box.button(QMessageBox.StandardButton.Close).text()]


def test_export_this_view_writes_the_rows_and_headers_on_screen(app, qtbot, tmp_path, monkeypatch):
    import csv

    from PySide6.QtWidgets import QFileDialog

    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    view = app.window.customers
    view.at_risk.setChecked(True)
    view.apply_filters()
    shown = view.model.visible_frame()
    target = tmp_path / "at-risk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV file (*.csv)"))
    with qtbot.waitSignal(app.export.exported, timeout=TIMEOUT) as exported:
        view.findChild(QPushButton, "export_view").click()
    written = Path(exported.args[0])
    assert written == tmp_path / "at-risk.csv"
    with written.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [view.model.headerData(i, Qt.Orientation.Horizontal) for i in range(view.model.columnCount())]
    assert len(rows) - 1 == len(shown)
    assert [row[0] for row in rows[1:]] == [str(name) for name in shown["customer_id"]]
    assert (written.stat().st_mode & 0o777) == 0o666 & ~current_umask()


def current_umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_cohort_matrix_cannot_be_typed_over(app, qtbot):
    """The matrix shows the analysis' numbers: a double click must not open an editor on one of them."""
    from PySide6.QtWidgets import QAbstractItemView

    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    app.window.tabs.setCurrentWidget(app.window.cohorts)
    table = app.window.cohorts.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=TIMEOUT)
    before = table.item(0, 1).text()
    cell = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClicks(table.viewport(), "999")
    assert table.state() != QAbstractItemView.State.EditingState
    assert table.item(0, 1).text() == before
