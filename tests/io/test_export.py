"""The Excel report: live formulas recalculated by a real spreadsheet program, safe text, safe saving."""

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from ltv_desktop.io import read_spend, read_transactions
from ltv_desktop.io.export import (
    ExportFailed,
    ExportOptions,
    TargetLocked,
    csv_safe,
    export_tables_csv,
    export_workbook,
)
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.calculator import CalculatorInputs, calculate
from ltv_desktop.model.errors import Cancelled
from ltv_desktop.model.progress import Progress
from ltv_desktop.model.settings import Settings
from ltv_desktop.paths import demo_sales_path, demo_spend_path

NAMES = ["customers", "orders", "revenue", "aov", "churn_rate", "retention_rate", "crr", "reactivation_rate", "arpu",
         "purchase_frequency_per_year",
         "lifespan_years", "ltv", "ltv_discounted", "cac", "ltv_cac_ratio", "payback_periods", "observed_ltv_12m",
         "observed_value_broad"]  # fmt: skip
SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def demo_result():
    sales = read_transactions(demo_sales_path()).transactions
    spend = read_spend(demo_spend_path()).frame
    return analyze(sales, Settings(margin=0.6, discount_rate=0.1), spend=spend)


def named_values(path: Path) -> dict:
    book = openpyxl.load_workbook(path, data_only=True)
    values = {}
    for name in [*NAMES, "margin", "discount_rate", "max_lifespan_years"]:
        sheet, cell = next(iter(book.defined_names[name].destinations))
        values[name] = book[sheet][cell.replace("$", "")].value
    return values


def recalculate(path: Path, out: Path) -> Path:
    """Open the workbook in LibreOffice, let it recalculate every formula, save it again."""
    out.mkdir(exist_ok=True)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{out / 'profile'}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    return out / path.name


def test_cached_values_equal_the_analysis(demo_result, tmp_path):
    path = export_workbook(demo_result, tmp_path / "report.xlsx")
    values = named_values(path)
    for name in NAMES:
        assert values[name] == pytest.approx(getattr(demo_result.summary, name)), name


@pytest.mark.soffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (make test installs it)")
def test_libreoffice_recalculates_to_the_analysis_and_follows_a_changed_margin(demo_result, tmp_path):
    path = export_workbook(demo_result, tmp_path / "report.xlsx")
    recalculated = named_values(recalculate(path, tmp_path / "first"))
    for name in NAMES:
        assert recalculated[name] == pytest.approx(getattr(demo_result.summary, name), rel=1e-9), name

    # change the margin input as a user would, and let the spreadsheet recalculate
    book = openpyxl.load_workbook(path)
    sheet, cell = next(iter(book.defined_names["margin"].destinations))
    book[sheet][cell.replace("$", "")].value = 0.3
    edited = tmp_path / "edited" / "report.xlsx"
    edited.parent.mkdir()
    book.save(edited)
    changed = named_values(recalculate(edited, tmp_path / "second"))
    assert changed["ltv"] == pytest.approx(demo_result.summary.ltv / 2, rel=1e-9)
    assert changed["payback_periods"] == pytest.approx(demo_result.summary.payback_periods * 2, rel=1e-9)
    expected = analyze(
        read_transactions(demo_sales_path()).transactions,
        Settings(margin=0.3, discount_rate=0.1),
        spend=read_spend(demo_spend_path()).frame,
    )
    assert changed["ltv_discounted"] == pytest.approx(expected.summary.ltv_discounted, rel=1e-9)

    # the Calculator sheet, recalculated, agrees with the model's section 1
    calc = openpyxl.load_workbook(tmp_path / "first" / "report.xlsx", data_only=True)["Calculator"]
    inputs = {calc.cell(row, 1).value: calc.cell(row, 2).value for row in range(2, 9)}
    model = calculate(
        CalculatorInputs(
            aov=inputs["Average order value"], frequency=inputs["Purchases a year"],
            lifespan_years=inputs["Lifespan, years"], gross_margin=inputs["Gross margin"],
            retention_cost=inputs["Retention cost a year"], discount_rate=inputs["Discount rate a year"],
            cac=inputs["CAC"],
        )
    )  # fmt: skip
    outputs = {calc.cell(row, 1).value: calc.cell(row, 2).value for row in range(10, 19)}
    assert outputs["LTV"] == pytest.approx(model.ltv, rel=1e-9)
    assert outputs["Payback, months"] == pytest.approx(model.payback_months, rel=1e-9)
    assert outputs["LTV:CAC"] == pytest.approx(model.ltv_cac_ratio, rel=1e-9)


HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2-2", "@SUM(A1)", "\tTab", "\rReturn", "Bell\x07 name"]


def hostile_result():
    frame = pd.DataFrame(
        {
            "customer_id": HOSTILE,
            "date": pd.date_range("2024-01-01", periods=len(HOSTILE), freq="7D"),
            "amount": [10.0] * len(HOSTILE),
        }
    )
    return analyze(frame, Settings(churn_days=31))


def test_hostile_names_are_written_as_text(tmp_path):
    path = export_workbook(hostile_result(), tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(path)["Customers"]
    names = [sheet.cell(row, 1) for row in range(2, 2 + len(HOSTILE))]
    assert all(cell.data_type == "s" for cell in names)
    # customer ids are trimmed on the way in (docs/metrics.md 2.1), so the tab and CR are gone by then
    assert {cell.value for cell in names} == {
        "=cmd|' /C calc'!A0",
        "+1+1",
        "-2-2",
        "@SUM(A1)",
        "Tab",
        "Return",
        "Bell name",
    }


def test_csv_tables_defuse_formulas_and_use_the_locale(tmp_path):
    written = export_tables_csv(hostile_result(), tmp_path, language="ru")
    customers = next(path for path in written if path.name == "customers.csv")
    raw = customers.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in text
    assert "'+1+1" in text and "'@SUM(A1)" in text
    assert text.splitlines()[0].count(";") > 3
    assert csv_safe("plain") == "plain"
    assert csv_safe("\tTab") == "'\tTab"
    assert csv_safe("\rReturn") == "'\rReturn"


@pytest.mark.parametrize("owner_file", ["~$report.xlsx", ".~lock.report.xlsx#"], ids=["excel", "libreoffice"])
def test_a_workbook_open_in_excel_is_not_touched(demo_result, tmp_path, owner_file):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the previous report")
    (tmp_path / owner_file).write_bytes(b"owner")
    with pytest.raises(TargetLocked, match="open in Excel"):
        export_workbook(demo_result, target)
    assert target.read_bytes() == b"the previous report"


def test_a_locked_target_on_replace_keeps_the_old_file(demo_result, tmp_path, monkeypatch):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the previous report")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(TargetLocked):
        export_workbook(demo_result, target)
    assert target.read_bytes() == b"the previous report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.xlsx"]


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary(demo_result, tmp_path, monkeypatch):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the previous report")
    import ltv_desktop.io.export as export

    def disk_full(self, progress):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export._ReportWriter, "_customers", disk_full)
    with pytest.raises(ExportFailed, match="is full"):
        export_workbook(demo_result, target)
    assert target.read_bytes() == b"the previous report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.xlsx"]


def test_cancel_leaves_nothing_half_written(demo_result, tmp_path):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the previous report")
    seen = []
    progress = Progress(lambda share, stage: seen.append(share), lambda: len(seen) > 3)
    with pytest.raises(Cancelled):
        export_workbook(demo_result, target, progress=progress)
    assert target.read_bytes() == b"the previous report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.xlsx"]


def test_sheet_names_and_labels_follow_the_language(demo_result, tmp_path):
    path = export_workbook(demo_result, tmp_path / "отчёт.xlsx", ExportOptions(language="pl", currency="zł"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:3] == ["Podsumowanie", "Kalkulator", "Okresy"]
    assert "zł" in book["Podsumowanie"]["B24"].number_format or any(
        "zł" in (cell.number_format or "") for row in book["Podsumowanie"].iter_rows() for cell in row
    )


def test_an_xlsxwriter_refusal_is_a_message_and_keeps_the_old_file(demo_result, tmp_path, monkeypatch):
    from xlsxwriter.exceptions import FileCreateError

    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the previous report")
    import ltv_desktop.io.export as export

    def cannot_create(self, progress):
        raise FileCreateError(OSError(28, "No space left on device"))

    monkeypatch.setattr(export._ReportWriter, "_customers", cannot_create)
    with pytest.raises(ExportFailed, match="is full"):
        export_workbook(demo_result, target)
    assert target.read_bytes() == b"the previous report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.xlsx"]


def test_every_language_has_every_label_and_formula_in_words():
    from ltv_desktop.io.export_labels import column_labels, formula_words, labels

    for table in (labels, formula_words, column_labels):
        english = table("en")
        assert len(english) > 10, "the catalogue lost the report's texts"
        for language in ("ru", "pl"):
            text = table(language)
            assert set(text) == set(english), language
            assert all(value.strip() for value in text.values()), language
        assert table("de") == english, "a language the report does not speak falls back to English"
    assert labels("ru")["Summary"] == "Сводка" and labels("pl")["Summary"] == "Podsumowanie"


def test_formulas_in_words_follow_the_language(demo_result, tmp_path):
    path = export_workbook(demo_result, tmp_path / "report.xlsx", ExportOptions(language="ru", currency="₽"))
    book = openpyxl.load_workbook(path)
    summary = book["Сводка"]
    words = {summary.cell(row, 1).value: summary.cell(row, 3).value for row in range(1, summary.max_row + 1)}
    assert words["Отток за период"] == "Σ ушедших / Σ активных на начало периода"
    assert words["Периодов в году"] == "месяцы"
    calculator = book["Калькулятор"]
    outputs = {calculator.cell(row, 1).value: calculator.cell(row, 3).value for row in range(1, calculator.max_row + 1)}
    assert outputs["Предельный CAC при 3:1"] == "LTV / 3"
    assert outputs["Вклад в год"] == "средний чек × покупок в год × маржа − затраты на удержание"


def test_an_unknown_currency_symbol_cannot_break_the_number_format():
    from ltv_desktop.io.export_labels import money_format

    assert money_format("₽") == '#,##0.00\\ "₽"'
    assert money_format('C"H\\F') == '#,##0.00\\ "CHF"'
    assert money_format('"') == "#,##0.00"


def test_every_table_header_is_in_the_report_language(demo_result, tmp_path):
    from ltv_desktop.io.export_labels import column_labels

    frames = (demo_result.periods, demo_result.customers, demo_result.channels, demo_result.segments)
    unlabelled = {column for frame in frames for column in frame.columns} - set(column_labels("en"))
    assert not unlabelled, f"add export.column.* codes to messages/*/export_labels.po: {sorted(unlabelled)}"
    book = openpyxl.load_workbook(
        export_workbook(demo_result, tmp_path / "report.xlsx", ExportOptions(language="pl")), read_only=True
    )
    header = next(book["Klienci"].iter_rows(max_row=1, values_only=True))
    assert header[:3] == ("Klient", "Pierwszy zakup", "Ostatni zakup")
    assert len(header) == len(demo_result.customers.columns)
    key = header.index("Kluczowy klient")
    first = next(book["Klienci"].iter_rows(min_row=2, max_row=2))[key]
    assert first.value is bool(demo_result.customers["key_customer"].iloc[0])
    assert first.number_format == '"tak";"tak";"nie"'


def test_the_summary_and_rejected_sheet_account_for_every_source_row(tmp_path):
    import datetime as dt

    frame = pd.DataFrame(
        {
            "customer_id": ["a", "b", "a", "=HYPERLINK(1)", "c", "b"],
            "date": ["2024-01-05", "2024-02-10", "2024-03-01", "2024-03-02", "2024-03-03", "2024-06-30"],
            "amount": [10.0, 20.0, 15.0, None, 5.0, 40.0],
        }
    )
    result = analyze(frame, Settings(churn_days=31, as_of=dt.date(2024, 4, 30)))
    assert (result.rows_used, result.rows_after_as_of, len(result.rejections)) == (4, 1, 1)
    book = openpyxl.load_workbook(export_workbook(result, tmp_path / "report.xlsx"))
    summary = book["Summary"]
    counts = {summary.cell(row, 1).value: summary.cell(row, 2).value for row in range(1, 8)}
    assert counts["Source rows used"] == 4
    assert counts["Rows after the as-of date (held out)"] == 1
    assert counts["Rows rejected (see the sheet)"] == 1
    rejected = [[cell.value for cell in row] for row in book["Rejected rows"].iter_rows(min_row=2)]
    assert rejected == [[5, "amount", "", "amount is missing or not a number"]]


def test_a_csv_open_in_excel_is_a_message_and_keeps_the_old_table(tmp_path, monkeypatch):
    (tmp_path / "periods.csv").write_bytes(b"the previous table")

    def locked(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(TargetLocked, match=r"periods\.csv"):
        export_tables_csv(hostile_result(), tmp_path)
    assert (tmp_path / "periods.csv").read_bytes() == b"the previous table"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["periods.csv"]


@pytest.mark.soffice
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (make test installs it)")
def test_a_short_history_without_spend_shows_blanks_never_errors(tmp_path):
    result = hostile_result()
    assert result.summary.cac is None
    path = export_workbook(result, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(recalculate(path, tmp_path / "recalculated"), data_only=True)
    errors = [
        f"{sheet}!{cell.coordinate}={cell.value}"
        for sheet in ("Summary", "Calculator")
        for row in book[sheet].iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("#")
    ]
    assert errors == []
    # the Calculator invents nothing: aov is known, purchases a year and lifespan are left for the owner
    calculator = book["Calculator"]
    assert calculator["B2"].value == pytest.approx(result.summary.aov)
    assert calculator["B3"].value is None and calculator["B4"].value is None
    assert all(calculator.cell(row, 2).value in (None, "") for row in range(11, 20))
    values = named_values(tmp_path / "recalculated" / "report.xlsx")
    for name in NAMES:
        expected = getattr(result.summary, name)
        if expected is None:
            assert values[name] in (None, ""), name
        else:
            assert values[name] == pytest.approx(expected, rel=1e-9), name


def test_every_rejection_code_has_a_sentence_in_the_catalogue():
    from ltv_desktop.i18n.catalogue import known
    from ltv_desktop.model.transactions import REJECTION_CODES

    assert [code for code in REJECTION_CODES if not known(f"reject.{code}")] == []


def test_rejected_rows_and_notes_are_in_the_report_language(tmp_path):
    import datetime as dt

    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;Контрагент;Сумма\n05.01.2024;А;10\n31.02.2024;Б;20\n01.03.2024;В;abc\n01.06.2024;А;30\n",
        encoding="utf-8",
    )
    imported = read_transactions(path)
    assert [(r.row, r.code) for r in imported.transactions.rejections] == [
        (3, "not_a_date_in_format"),
        (4, "not_a_number"),
    ]
    result = analyze(imported.transactions, Settings(churn_days=31, as_of=dt.date(2024, 4, 30)))
    book = openpyxl.load_workbook(export_workbook(result, tmp_path / "r.xlsx", ExportOptions(language="pl")))
    rejected = [[cell.value for cell in row] for row in book["Odrzucone wiersze"].iter_rows(min_row=2)]
    assert rejected == [
        [3, "Дата", "31.02.2024", "to nie jest data (kolumna jest czytana jako dd.mm.yyyy)"],
        [4, "Сумма", "abc", "to nie jest liczba"],
    ]
    notes = [cell.value for cell in book["Podsumowanie"]["A"] if isinstance(cell.value, str)]
    assert "1 wierszy z datą po 2024-04-30 pominięto we wszystkich wskaźnikach (okres kontrolny)." in notes
    assert not any("left out of every metric" in note for note in notes)


def test_the_summary_says_the_inactivity_threshold_in_numbers_and_words(demo_result, tmp_path):
    path = export_workbook(demo_result, tmp_path / "report.xlsx", ExportOptions(language="ru"))
    book = openpyxl.load_workbook(path)
    threshold = demo_result.threshold
    sheet, cell = next(iter(book.defined_names["churn_days"].destinations))
    at = book[sheet][cell.replace("$", "")]
    assert at.value == threshold.days
    assert book[sheet].cell(at.row, 3).value == threshold.sentence("ru")
    sheet, cell = next(iter(book.defined_names["churn_days_return_share"].destinations))
    assert book[sheet][cell.replace("$", "")].value == pytest.approx(threshold.return_share)
    assert demo_result.settings.churn_days is None  # the demo is analysed with the threshold chosen from the data
