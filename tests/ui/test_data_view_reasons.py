"""The Data tab says why each column was chosen and how sure the importer is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.importer import ImportOptions, preview
from ltv_desktop.ui.data_view import AMBER, QUESTION_RED, DataView

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"


@pytest.fixture
def view(qtbot):
    data = DataView()
    qtbot.addWidget(data)
    data.show()
    return data


def show(view: DataView, path: Path, options: ImportOptions | None = None) -> None:
    """What the controller does with a preview: the importer's report, its mapping and its question."""
    result = preview(path, options)
    question = result.problem.role if result.problem is not None else None
    view.show_preview(path, result.report, result.rows, result.mapping, result.error, question)


def test_each_role_says_why_and_how_sure(view):
    path = EXPORTS / "shopify_orders.csv"
    show(view, path)
    reasons = preview(path).report.mapping_reasons
    for role in ("customer_id", "date", "amount", "order_id"):
        box, choice = view.role_boxes[role], reasons[role]
        assert box.combo.currentText() == choice.column
        why = text(f"import.reason.{choice.reason}", "en", **choice.params)
        assert box.why.text() == f"Why: {why}. Confidence: high."
        assert box.why.isVisible()
        assert not box.mark.isVisible()
    assert "email" in view.role_boxes["customer_id"].why.text()
    assert "Name" in view.role_boxes["order_id"].combo.currentText()
    assert "repeat on the lines of one order" in view.role_boxes["order_id"].why.text()


def test_low_confidence_is_marked_amber_with_check_this_column(view):
    show(view, EXPORTS / "no_header.csv")  # no header row: every role is a guess from the values
    for role in ("customer_id", "date", "amount"):
        box = view.role_boxes[role]
        assert box.confidence == "low"
        assert box.mark.isVisible()
        assert box.mark.toolTip().startswith("Check this column\n")
        assert "Confidence: low" in box.why.text()
        assert AMBER in box.styleSheet()
    assert not view.role_boxes["order_id"].mark.isVisible()
    assert view.role_boxes["order_id"].why.text() == ""


def test_the_role_the_importer_asks_about_is_highlighted(view, tmp_path):
    path = tmp_path / "no_customer.csv"
    path.write_text("Date,Amount\n2024-01-05,10.00\n2024-01-06,12.50\n", encoding="utf-8")
    show(view, path)
    box = view.role_boxes["customer_id"]
    assert box.question
    assert QUESTION_RED in box.styleSheet()
    assert box.why.text() == text("import2.question", "en", role="customer")
    assert not view.analyze_button.isEnabled()
    for role in ("date", "amount"):
        assert not view.role_boxes[role].question
        assert QUESTION_RED not in view.role_boxes[role].styleSheet()


def test_options_are_the_pipelines_import_options(view):
    path = EXPORTS / "number_of_cds.csv"
    show(view, path)
    options = view.options()
    assert isinstance(options, ImportOptions)
    assert options.columns["customer_id"] == "customer_id"
    assert options.columns["amount"] == "dollar_value"
    assert options.columns["order_id"] == ""  # an optional role at (none) stays none on a re-read
    assert options.header_row == 1 and options.sheet is None


def test_only_the_column_the_owner_picked_says_chosen_by_you(view, qtbot):
    path = EXPORTS / "shopify_orders.csv"
    show(view, path)
    emitted = []
    view.options_changed.connect(emitted.append)
    view.role_combos["channel"].setCurrentIndex(0)  # the owner says: no channel column
    assert isinstance(emitted[-1], ImportOptions)
    show(view, path, emitted[-1])  # the controller re-reads with every combo as the owner's choice
    assert view.role_boxes["channel"].why.text() == ""
    amount = view.role_combos["amount"]
    amount.setCurrentText("Subtotal")
    show(view, path, emitted[-1])
    assert view.role_boxes["amount"].why.text() == "Why: chosen by you. Confidence: high."
    # untouched roles keep the importer's own reason although the re-read names them as the owner's
    assert "email" in view.role_boxes["customer_id"].why.text()


def test_reasons_in_the_windows_language(qtbot):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        data = DataView()
        qtbot.addWidget(data)
        show(data, EXPORTS / "no_header.csv")
        box = data.role_boxes["amount"]
        assert box.why.text().startswith("Почему: ")
        assert "Уверенность: низкая" in box.why.text()
        assert box.mark.toolTip().startswith("Проверьте этот столбец")
    finally:
        QLocale.setDefault(previous)
