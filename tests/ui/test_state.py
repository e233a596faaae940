"""One analysis is one sales file with its own spend: nothing of the previous file is borrowed or left running."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ltv_desktop.controllers.analysis_controller import layout_key
from ltv_desktop.paths import demo_sales_path

TIMEOUT = 60_000
FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_a_new_file_does_not_borrow_the_demo_spend(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as demo:
        app.open_demo()
    assert demo.args[0].summary.cac is not None
    other_shop = tmp_path / "other-shop.csv"  # the same sales under another name: only the spend may differ
    other_shop.write_bytes(demo_sales_path().read_bytes())
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as other:
        app.analysis.open_file(other_shop)
    assert other.args[0].summary.cac is None
    assert app.analysis.run.spend_name is None
    box = app.window.findChild(QMessageBox, "keep_spend_box")
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert not app.window.data.remove_spend_button.isEnabled()
    # the owner says yes: the spend comes back and the analysis runs again with it
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as kept:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert kept.args[0].summary.cac is not None
    assert app.window.data.remove_spend_button.isEnabled()


def test_remove_spend_takes_cac_away(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as again:
        app.window.data.remove_spend_button.click()
    assert again.args[0].summary.cac is None
    assert app.analysis.run.spend_name is None


def test_the_title_names_the_file_and_no_status_outlives_its_job(app, qtbot, tmp_path):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.analysis.open_file(demo_sales_path())
    assert demo_sales_path().name in app.window.windowTitle()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with qtbot.waitSignal(app.analysis.analysis_failed, timeout=TIMEOUT) as failed:
        app.analysis.open_file(broken)
    assert not app.window.progress.isVisible()
    assert not app.window.cancel_button.isVisible()
    assert demo_sales_path().name in failed.args[0]  # the results still shown are said to be the demo's


def test_re_reading_after_a_change_ends_its_status(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.analysis.open_file(FIXTURES / "import" / "quickbooks.csv")
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        app.analysis.change_options(app.window.data.options())
    assert not app.window.progress.isVisible()
    assert "…" not in app.window.status_text.text()


def test_a_remembered_mapping_has_the_same_key_in_every_run():
    columns = ("Data", "Klient", "Kwota (PLN)")
    script = f"from ltv_desktop.controllers.analysis_controller import layout_key; print(layout_key({columns!r}))"
    runs = {
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()
        for _ in range(2)
    }
    assert runs == {layout_key(columns)}
    assert layout_key((" data ", "KLIENT", "Kwota  (PLN)")) == layout_key(columns)


def test_an_optional_column_set_to_none_stays_none(app, qtbot, tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text(
        "Date,Customer,Amount,Channel\n2024-01-01,Ala,100,Instagram\n2024-01-02,Ola,50,Google\n", encoding="utf-8"
    )
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.analysis.open_file(path)
    combo = app.window.data.role_combos["channel"]
    assert combo.currentText() == "Channel"
    with qtbot.waitSignal(app.analysis.preview_ready, timeout=TIMEOUT):
        combo.setCurrentIndex(0)  # "(none)"
    assert combo.currentIndex() == 0
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as again:
        app.analysis.start_analysis()
    assert combo.currentIndex() == 0
    assert "channel" not in app.analysis.run.import_report.mapping
    assert set(again.args[0].customers["channel"]) == {"(none)"}  # the model's word for "no channel known"
