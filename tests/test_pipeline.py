"""One pipeline for every front: the command line and the window's worker give the same numbers."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from ltv_desktop import pipeline
from ltv_desktop.cli import main
from ltv_desktop.controllers.app import Application, GuiOptions

TIMEOUT = 60_000
AMBIGUOUS = (
    "Date,Customer,Amount\n"
    "01/02/2024,ann@example.com,10\n"
    "03/02/2024,bob@example.com,20\n"
    "05/03/2024,ann@example.com,30\n"
    "07/04/2024,cat@example.com,40\n"
    "11/05/2024,bob@example.com,50\n"
    "12/06/2024,ann@example.com,60\n"
)
"""Every date reads both ways (day ≤ 12): only the language can settle them."""


@pytest.fixture
def ambiguous(tmp_path) -> Path:
    path = tmp_path / "sales.csv"
    path.write_text(AMBIGUOUS, encoding="utf-8")
    return path


def cli_document(path: Path, language: str, capsys) -> dict:
    assert main(["analyze", str(path), "--json", "--no-predictive", "--language", language]) == 0
    return json.loads(capsys.readouterr().out)


def window_document(path: Path, language: str, qtbot, tmp_path) -> dict:
    settings = QSettings(str(tmp_path / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    application = Application(GuiOptions(language=language), settings)
    application.analysis.forecast = pipeline.ForecastOptions(enabled=False)
    try:
        with qtbot.waitSignal(application.analysis.analysis_finished, timeout=TIMEOUT):
            application.analysis.open_file(path)
        return json.loads(json.dumps(application.analysis.run.document()))
    finally:
        from ltv_desktop.i18n.qt import install_translators, remove_translators

        application.analysis.cancel()
        QThreadPool.globalInstance().waitForDone(TIMEOUT)
        QApplication.processEvents()
        application.close()
        # the next tests expect the window in English, as a fresh start gives it
        remove_translators(application.qapp, application.translators)
        install_translators(application.qapp, "en")
        del application
        gc.collect()


@pytest.mark.parametrize(("language", "first_day"), [("en", "2024-01-02"), ("ru", "2024-02-01")])
def test_cli_and_window_read_and_compute_the_same(language, first_day, ambiguous, capsys, qtbot, tmp_path):
    from_cli = cli_document(ambiguous, language, capsys)
    from_window = window_document(ambiguous, language, qtbot, tmp_path)
    assert from_cli["input"]["date_format"] == from_window["input"]["date_format"]
    assert from_cli["summary"] == from_window["summary"]
    assert from_cli["periods"] == from_window["periods"]
    # the currency is how the window shows money (the owner's choice); every setting of the analysis agrees
    assert {**from_cli["settings"], "currency": None} == {**from_window["settings"], "currency": None}
    # the language settles the ambiguous dates the same way in both fronts: the first sale is on first_day
    assert from_cli["periods"][0]["period"].startswith(first_day[:7])


def test_the_spend_file_is_read_like_the_sales_file(tmp_path):
    """The spend file gets the sales file's encoding and date habit (it used to be read with neither)."""
    sales = tmp_path / "sales.csv"
    sales.write_text(AMBIGUOUS, encoding="utf-8")
    spend = tmp_path / "spend.csv"
    spend.write_text("Data;Kwota\n01/02/2024;100\n01/03/2024;50\n", encoding="cp1250")
    request = pipeline.AnalysisRequest(
        sales=sales,
        import_options=pipeline.import_options(encoding="cp1250"),
        spend=spend,
        language="pl",
        forecast=pipeline.ForecastOptions(enabled=False),
    )
    assert request.spend_options().encoding == "cp1250"
    assert request.spend_options().locale == "pl_PL"
    run = pipeline.run_analysis(request)
    assert run.spend_rejections == ()
    assert run.spend_rows_used == 2


def test_the_run_carries_the_calculator_inputs_of_its_headline(tmp_path):
    from ltv_desktop.model.calculator import calculate
    from ltv_desktop.paths import demo_sales_path

    run = pipeline.run_analysis(
        pipeline.AnalysisRequest(sales=demo_sales_path(), forecast=pipeline.ForecastOptions(enabled=False))
    )
    inputs = run.calculator_inputs
    assert inputs is not None
    assert calculate(inputs).revenue_ltv == pytest.approx(run.result.summary.ltv / run.result.settings.margin, rel=1e-9)


def test_front_ends_import_only_the_pipeline():
    """cli.py, self_test.py and controllers/ never string the readers, the model and the export together."""
    import ast

    package = Path(__file__).parents[1] / "ltv_desktop"
    fronts = [package / "cli.py", package / "self_test.py", *(package / "controllers").glob("*.py")]
    forbidden = {"read_transactions", "read_spend", "analyze", "export_workbook", "preview", "export_tables_csv"}
    for path in fronts:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {alias.name for alias in node.names}
                typing_only = node.module == "ltv_desktop.io.importer" and names == {"ImportOptions"}
                assert typing_only or not node.module.startswith("ltv_desktop.io"), (path.name, node.module)
                assert node.module != "ltv_desktop.model.analysis", path.name
                assert not names & forbidden, (path.name, names & forbidden)


def test_a_saved_analysis_reopens_as_the_same_request(tmp_path):
    import datetime as dt

    from ltv_desktop.model.settings import Settings

    sales, spend, saved = tmp_path / "sprzedaż.csv", tmp_path / "wydatki.csv", tmp_path / "sklep.ltv.json"
    options = pipeline.import_options(columns={"customer_id": "Kto", "amount": "Ile"}, dayfirst=True)
    settings = Settings(margin=0.4, period="week", as_of=dt.date(2025, 3, 31))
    pipeline.save_project(saved, sales, options, settings, spend)
    request = pipeline.load_project(saved)
    assert (request.sales, request.spend, request.settings) == (sales, spend, settings)
    assert request.import_options == options
