"""The Calculator tab as an owner uses it: wrong values said beside their box, undo, remembered inputs."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ltv_desktop.controllers.app import Application, GuiOptions
from ltv_desktop.model.calculator import calculate

TIMEOUT = 30_000


def type_into(qtbot, field, text: str) -> None:
    field.spin.setFocus()
    field.spin.selectAll()
    qtbot.keyClicks(field.spin, text)


def close_back_in_english(app) -> None:
    """Close a window whose language was switched, and put the English translators back for the next test."""
    from ltv_desktop.i18n.qt import install_translators, remove_translators

    app.close()
    remove_translators(app.qapp, app.translators)
    install_translators(app.qapp, "en")


def shown(view, name: str) -> str:
    return view.result_rows[name][1].text()


def test_a_negative_order_value_is_kept_and_said_beside_its_box(app, qtbot):
    view = app.window.calculator
    type_into(qtbot, view.fields["aov"], "-5")
    assert view.fields["aov"].value() == -5  # not silently 5
    assert view.fields["aov"].error_text() == "Average order value must be above 0."
    assert view.fields["aov"].error.isVisibleTo(view)
    assert shown(view, "ltv") == "–"
    assert shown(view, "lifespan_years") == "4.00"  # does not use the order value: still shown
    assert "red" in view.verdict.text()


def test_zero_stays_zero_after_leaving_the_box(app, qtbot):
    view = app.window.calculator
    type_into(qtbot, view.fields["frequency"], "0")
    qtbot.keyClick(view.fields["frequency"].spin, Qt.Key.Key_Tab)
    view.fields["aov"].spin.setFocus()
    QApplication.processEvents()
    assert view.fields["frequency"].value() == 0
    assert view.fields["frequency"].error_text() == "Purchases per year must be above 0."
    type_into(qtbot, view.fields["frequency"], "4")
    assert view.errors() == {}


def test_wrong_new_customers_blanks_only_what_needs_them(app, qtbot):
    view = app.window.calculator
    view.cac_mode.setCurrentIndex(view.cac_mode.findData("spend"))
    type_into(qtbot, view.fields["new_customers"], "0")
    assert list(view.errors()) == ["new_customers"]
    inputs = view.inputs().replace(acquisition_spend=None, new_customers=None)
    expected = calculate(inputs)
    assert shown(view, "ltv") == app.formatter.money(expected.ltv)
    assert shown(view, "max_cac_at_3x") == app.formatter.money(expected.max_cac_at_3x)
    for blank in ("cac", "ltv_cac_ratio", "payback_months"):
        assert shown(view, blank) == "–", blank
    assert view.levers_chart._series  # the levers and charts still answer
    type_into(qtbot, view.fields["new_customers"], "30")
    assert shown(view, "cac") == app.formatter.money(3000 / 30)


def test_undo_and_redo_a_typed_value_with_the_keyboard(app, qtbot):
    view, window = app.window.calculator, app.window
    window.activateWindow()
    before = shown(view, "ltv")
    type_into(qtbot, view.fields["aov"], "75")
    assert view.fields["aov"].value() == 75
    assert view.undo_stack.count() == 1  # "7", "5": one step
    qtbot.keyClick(view.fields["aov"].spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.fields["aov"].value() == 50
    assert shown(view, "ltv") == before
    qtbot.keyClick(
        view.fields["aov"].spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.fields["aov"].value() == 75
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_fill_from_my_data_is_one_step_back(app, qtbot):
    view = app.window.calculator
    type_into(qtbot, view.fields["aov"], "61")
    typed = view.state()
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT):
        app.open_demo()
    qtbot.mouseClick(view.fill_button, Qt.MouseButton.LeftButton)
    assert view.state() != typed
    assert view.undo_stack.undoText() == "Fill from my data"
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert view.state() == typed
    assert shown(view, "ltv") == app.formatter.money(calculate(view.inputs()).ltv)
    qtbot.mouseClick(view.redo_button, Qt.MouseButton.LeftButton)
    assert view.state() != typed


def test_inputs_survive_a_language_switch_and_a_restart(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language="en"), settings)
    try:
        view = app.window.calculator
        view.lifespan_mode.setCurrentIndex(view.lifespan_mode.findData("month"))
        type_into(qtbot, view.fields["churn_rate"], "3")
        type_into(qtbot, view.fields["aov"], "42")
        kept = view.state()
        app.switch_language("pl")
        assert app.window.calculator is not view
        assert app.window.calculator.state() == kept
        assert app.window.calculator.lifespan_mode.currentText() == "Odpływ miesięczny"
    finally:
        close_back_in_english(app)
    again = Application(GuiOptions(language="en"), settings)
    try:
        assert again.window.calculator.state() == kept
        assert shown(again.window.calculator, "ltv") == again.formatter.money(
            calculate(again.window.calculator.inputs()).ltv
        )
    finally:
        again.close()


def test_levers_show_the_improvement_of_each_input(app, qtbot):
    view = app.window.calculator
    view.lifespan_mode.setCurrentIndex(view.lifespan_mode.findData("year"))
    title = view.levers_chart.plot.getPlotItem().titleLabel.text
    assert title == "Improve each input by 10 %"
    import pyqtgraph as pg

    names = {item.toPlainText() for item in view.levers_chart.plot.getPlotItem().items if isinstance(item, pg.TextItem)}
    assert {"Churn rate, −10 %", "Average order value, +10 %"} <= names
    _name, _x, changes, _format = view.levers_chart._series[0]
    assert (changes >= 0).all()  # every lever is an improvement: none lowers LTV


def test_the_scenario_table_shows_results_and_cannot_be_typed_over(app, qtbot):
    from PySide6.QtWidgets import QAbstractItemView

    app.calculator.save_scenario("Now")
    table = app.window.calculator.scenarios
    assert table.rowCount() >= 1
    before = table.item(0, 0).text()
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center())
    qtbot.keyClicks(table.viewport(), "1")
    assert table.state() != QAbstractItemView.State.EditingState
    assert table.item(0, 0).text() == before
