"""The Calculator's retention mode as an owner uses it: shares typed per period, the shifted-beta-geometric fit
on a worker, the published fits reproduced, wrong shares said beside their box, the inputs kept."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ltv_desktop.controllers.app import Application, GuiOptions
from ltv_desktop.controllers.calculator_controller import retention_problems
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.errors import InvalidInput
from ltv_desktop.model.sbg import _validate, fit_sbg, new_customer_lifetime, period_rate
from ltv_desktop.ui.calculator_view import RetentionInputs
from tests.ui.test_calculator import close_back_in_english, type_into

TIMEOUT = 60_000
REGULAR = ("63.1", "46.8", "38.2", "32.6", "28.9", "26.2", "24.1")
"""Fader & Hardie (2007), the "Regular" segment: published α = 0.704, β = 1.182 (docs/metrics.md section 5)."""
HIGH_END = ("86.9", "74.3", "65.3", "59.3", "55.1", "51.7", "49.1")
"""The "High End" segment: published α = 0.668, β = 3.806."""


def shown(view, name: str) -> str:
    return view.retention_rows[name][1].text()


def retention_mode(qtbot, view) -> None:
    qtbot.mouseClick(view.mode_buttons["retention"], Qt.MouseButton.LeftButton)
    assert view.calc_mode() == "retention"


def type_shares(qtbot, view, shares: tuple[str, ...]) -> None:
    """Add or remove periods with the buttons until there is one box per share, then type each share as the
    window's language writes it."""
    while len(view.share_fields) < len(shares):
        qtbot.mouseClick(view.add_period_button, Qt.MouseButton.LeftButton)
    while len(view.share_fields) > len(shares):
        qtbot.mouseClick(view.remove_period_button, Qt.MouseButton.LeftButton)
    for field, share in zip(view.share_fields, shares, strict=True):
        type_into(qtbot, field, share.replace(".", field.spin.locale().decimalPoint()))  # "63,1" in Russian


def survival(alpha: float, beta: float, periods: int) -> list[float]:
    """S(t) = B(α, β + t) / B(α, β), from the log-gamma function: independent of the model's product form."""
    base = math.lgamma(alpha) + math.lgamma(beta) - math.lgamma(alpha + beta)
    return [
        math.exp(math.lgamma(alpha) + math.lgamma(beta + t) - math.lgamma(alpha + beta + t) - base)
        for t in range(1, periods + 1)
    ]


@pytest.mark.parametrize(
    ("shares", "alpha", "beta"),
    [(REGULAR, "0.704", "1.182"), (HIGH_END, "0.668", "3.806")],
    ids=["regular", "high-end"],
)
def test_typed_shares_give_the_published_fit(app, qtbot, shares, alpha, beta):
    view, controller = app.window.calculator, app.calculator
    retention_mode(qtbot, view)
    assert view.retention_box.isVisibleTo(view) and not view.results_box.isVisibleTo(view)
    with qtbot.waitSignal(controller.retention_shown, timeout=TIMEOUT):
        type_shares(qtbot, view, shares)
    assert (shown(view, "alpha"), shown(view, "beta")) == (alpha, beta)
    assert view.retention_errors() == {"discount_rate": text("retention_calc.endless", "en")}  # α ≤ 1, no discount
    assert shown(view, "ltv") == "–"
    series = {name: (x.tolist(), y.tolist()) for name, x, y, _format in view.survival_chart._series}
    typed = [1.0, *(float(share) / 100 for share in shares)]
    assert series["Your shares"] == (list(range(8)), pytest.approx(typed))
    x, projected = series["Projected"]
    assert x == list(range(len(x))) and len(x) > 8  # projected beyond the typed periods
    fit = controller.fit
    assert projected == pytest.approx([1.0, *survival(fit.alpha, fit.beta, len(x) - 1)], rel=1e-9)


def test_revenue_margin_and_discount_give_the_ltv_without_a_new_fit(app, qtbot):
    view, controller = app.window.calculator, app.calculator
    retention_mode(qtbot, view)
    with qtbot.waitSignal(controller.retention_shown, timeout=TIMEOUT):
        type_shares(qtbot, view, REGULAR)
    fit = controller.fit
    type_into(qtbot, view.fields["discount_rate"], "10")
    type_into(qtbot, view.fields["gross_margin"], "60")
    type_into(qtbot, view.fields["period_revenue"], "500")
    assert controller.fit is fit and controller.worker is None and not controller.fit_timer.isActive()
    assert view.retention_errors() == {}
    # a new customer pays now, then each year it is still subscribed, discounted a year at a time
    lifetime = 1 + sum(s / 1.1**t for t, s in enumerate(survival(fit.alpha, fit.beta, 600), start=1))
    assert shown(view, "lifetime") == app.formatter.number(lifetime)
    assert shown(view, "ltv") == app.formatter.money(500 * 0.6 * lifetime)
    assert shown(view, "derl") == app.formatter.number((lifetime - 1) * 1.1)
    formula = f"= $500.00 × {app.formatter.percent(0.6)} × {app.formatter.number(lifetime)}"
    assert view.retention_rows["ltv"][2].text() == formula
    # the same curve read as months: the yearly 10 % becomes 0.797 % a month
    view.retention_period.setCurrentIndex(view.retention_period.findData("month"))
    assert controller.fit is fit and view.share_labels[0].text() == "After month 1"
    monthly = 1.1 ** (1 / 12) - 1
    lifetime = 1 + sum(s / (1 + monthly) ** t for t, s in enumerate(survival(fit.alpha, fit.beta, 20_000), start=1))
    assert shown(view, "ltv") == app.formatter.money(500 * 0.6 * lifetime)
    assert view.form.labelForField(view.fields["period_revenue"]).text() == "Revenue per customer a month"


def test_bad_shares_are_said_beside_their_box_and_nothing_is_fitted(app, qtbot):
    view, controller = app.window.calculator, app.calculator
    retention_mode(qtbot, view)
    type_shares(qtbot, view, ("80", "85", "70"))
    rises = "The share cannot rise: 85.0% here, 80.0% a period earlier."
    assert view.retention_errors() == {"share.1": rises}
    assert view.share_fields[1].error.isVisibleTo(view)
    assert controller.worker is None and controller.pending_shares is None and not controller.fit_timer.isActive()
    assert shown(view, "alpha") == "–" and shown(view, "ltv") == "–"
    assert view.retention_status.text() == "Correct the shares marked in red to see the projection."
    assert [name for name, *_ in view.survival_chart._series] == ["Your shares"]  # no projection drawn
    type_into(qtbot, view.share_fields[0], "120")
    assert view.retention_errors() == {"share.0": "A share must be above 0 % and at most 100 %."}
    type_into(qtbot, view.share_fields[0], "0")
    assert view.retention_errors() == {"share.0": "A share must be above 0 % and at most 100 %."}
    qtbot.mouseClick(view.remove_period_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.remove_period_button, Qt.MouseButton.LeftButton)
    assert len(view.share_fields) == 1
    too_few = "Give the share still with you after at least two periods."
    assert view.retention_errors() == {"share.0": "A share must be above 0 % and at most 100 %.", "shares": too_few}
    assert view.shares_error.isVisibleTo(view)
    type_into(qtbot, view.share_fields[0], "90")
    assert view.retention_errors() == {"shares": too_few}
    assert controller.worker is None and not controller.fit_timer.isActive()
    # a second period makes the curve whole: the fit starts on its own
    with qtbot.waitSignal(controller.retention_shown, timeout=TIMEOUT):
        qtbot.mouseClick(view.add_period_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, view.share_fields[1], "75")
    assert view.retention_errors() == {}
    assert shown(view, "alpha") == app.formatter.number(fit_sbg([0.9, 0.75]).alpha, 3)


def test_shares_the_model_cannot_follow_are_said(app, qtbot):
    """Half leave in the first year, four in five of the rest in the second: churn rising, which sBG cannot draw."""
    view, controller = app.window.calculator, app.calculator
    retention_mode(qtbot, view)
    type_into(qtbot, view.fields["discount_rate"], "10")
    with qtbot.waitSignal(controller.retention_shown, timeout=TIMEOUT):
        type_shares(qtbot, view, ("50", "10"))
    fit = controller.fit
    gap = max(abs(s - typed) for s, typed in zip(survival(fit.alpha, fit.beta, 2), (0.5, 0.1), strict=True))
    assert gap > 0.02
    assert view.retention_status.text() == text("retention_calc.status_misses", "en", gap=gap)
    assert view.retention_status.text().startswith("The curve misses your shares by up to ")
    with qtbot.waitSignal(controller.retention_shown, timeout=TIMEOUT):
        type_shares(qtbot, view, REGULAR)
    assert view.retention_status.text() == text("retention_calc.status_fitted", "en")


def test_a_fit_for_shares_since_changed_is_not_shown(app, qtbot):
    view, controller = app.window.calculator, app.calculator
    retention_mode(qtbot, view)
    type_shares(qtbot, view, HIGH_END)
    qtbot.waitUntil(lambda: controller.worker is not None, timeout=TIMEOUT)  # the fit of the first curve started
    stale, stale_generation = controller.worker, controller.generation
    with qtbot.waitSignal(controller.retention_shown, timeout=TIMEOUT):
        type_shares(qtbot, view, REGULAR)
    QThreadPool.globalInstance().waitForDone(TIMEOUT)
    QApplication.processEvents()
    assert (shown(view, "alpha"), shown(view, "beta")) == ("0.704", "1.182")
    regular = tuple(float(share) / 100 for share in REGULAR)
    assert controller.fitted_shares == regular
    # the first fit's result arriving late (it was running when the shares changed) is not shown
    high_end = tuple(float(share) / 100 for share in HIGH_END)
    stale.signals.finished.emit((stale_generation, high_end, fit_sbg(high_end), None))
    QApplication.processEvents()
    assert (shown(view, "alpha"), shown(view, "beta")) == ("0.704", "1.182")
    assert controller.fitted_shares == regular


def test_undo_steps_back_through_typed_shares_and_periods(app, qtbot):
    view = app.window.calculator
    retention_mode(qtbot, view)
    before = view.state()
    qtbot.mouseClick(view.add_period_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, view.share_fields[2], "65")
    assert view.state()["shares"] == [87.0, 74.0, 65.0]
    assert view.undo_stack.undoText() == "After year 3"
    view.undo_stack.undo()
    assert view.state()["shares"] == [87.0, 74.0, 74.0]
    assert view.undo_stack.undoText() == "Add a period"
    view.undo_stack.undo()
    assert view.state() == before and len(view.share_fields) == 2


def test_retention_inputs_survive_a_language_switch_and_a_restart(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language="en"), settings)
    try:
        view = app.window.calculator
        retention_mode(qtbot, view)
        view.retention_period.setCurrentIndex(view.retention_period.findData("month"))
        type_shares(qtbot, view, ("90", "82.5", "77"))
        type_into(qtbot, view.fields["period_revenue"], "49")
        type_into(qtbot, view.fields["discount_rate"], "8")
        kept = view.state()
        assert kept["calc_mode"] == "retention" and kept["shares"] == [90.0, 82.5, 77.0]
        app.switch_language("ru")
        switched = app.window.calculator
        assert switched is not view
        assert switched.state() == kept
        assert switched.mode_buttons["retention"].isChecked() and switched.retention_box.isVisibleTo(switched)
        assert switched.share_labels[2].text() == "После 3-го месяца"
        assert switched.share_fields[1].spin.text() == "82,5 %"
        qtbot.waitUntil(lambda: app.calculator.fit is not None, timeout=TIMEOUT)  # the new window fits on its own
        assert switched.retention_rows["alpha"][1].text() == app.formatter.number(fit_sbg([0.9, 0.825, 0.77]).alpha, 3)
    finally:
        app.analysis.cancel()
        QThreadPool.globalInstance().waitForDone(TIMEOUT)
        close_back_in_english(app)
    again = Application(GuiOptions(language="en"), settings)
    try:
        assert again.window.calculator.state() == kept
        assert again.window.calculator.calc_mode() == "retention"
    finally:
        QThreadPool.globalInstance().waitForDone(TIMEOUT)
        again.close()


def test_the_formula_mode_is_as_it_was(app, qtbot):
    """Back to the formulas: their boxes, results and charts, and none of the retention mode's."""
    view = app.window.calculator
    retention_mode(qtbot, view)
    qtbot.mouseClick(view.mode_buttons["formula"], Qt.MouseButton.LeftButton)
    assert view.calc_mode() == "formula"
    assert view.fields["aov"].isVisibleTo(view) and not view.fields["period_revenue"].isVisibleTo(view)
    assert view.results_box.isVisibleTo(view) and not view.retention_results.isVisibleTo(view)
    type_into(qtbot, view.fields["aov"], "60")
    assert view.result_rows["ltv"][1].text() != "–"


def reachable(widget: QWidget, window: QWidget) -> bool:
    """Whole and inside the window once the scroll area holding it has scrolled to it."""
    if not widget.isVisibleTo(window):
        return False
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
    area.ensureWidgetVisible(widget, 0, 0)
    QApplication.processEvents()
    return area.viewport().rect().contains(QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_the_retention_mode_fits_a_small_laptop(qtbot, tmp_path, language):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = Application(GuiOptions(language=language, window_size="1024x600"), settings)
    try:
        window, view = app.window, app.window.calculator
        window.show()
        retention_mode(qtbot, view)
        with qtbot.waitSignal(app.calculator.retention_shown, timeout=TIMEOUT):
            type_shares(qtbot, view, REGULAR)
        type_into(qtbot, view.fields["discount_rate"], "10")
        assert window.size().toTuple() == (1024, 600)
        controls = {f"share {i}": field for i, field in enumerate(view.share_fields)}
        controls |= {name: view.fields[name] for name in ("period_revenue", "gross_margin", "discount_rate")}
        controls |= {"add": view.add_period_button, "remove": view.remove_period_button,
                     "period": view.retention_period, "chart": view.survival_chart}  # fmt: skip
        controls |= {name: row[1] for name, row in view.retention_rows.items()}
        assert [name for name, widget in controls.items() if not reachable(widget, window)] == []
    finally:
        QThreadPool.globalInstance().waitForDone(TIMEOUT)
        close_back_in_english(app)


@settings(deadline=None, max_examples=60)
@given(
    alpha=st.floats(0.05, 20),
    beta=st.floats(0.05, 20),
    rate=st.floats(0.005, 0.5),
)
def test_the_lifetime_of_a_new_customer_is_its_discounted_survival(alpha, beta, rate):
    """1 + DERL / (1 + d) = Σ_{t ≥ 0} S(t) / (1 + d)^t: the first payment now, each later one if still there."""
    terms = math.ceil(math.log(1e-13) / math.log(1 / (1 + rate)))
    expected = 1 + sum(s / (1 + rate) ** t for t, s in enumerate(survival(alpha, beta, terms), start=1))
    residual, lifetime = new_customer_lifetime(alpha, beta, rate)
    assert lifetime == pytest.approx(expected, rel=1e-9)
    assert residual == pytest.approx((expected - 1) * (1 + rate), rel=1e-9)


def test_without_discount_the_lifetime_is_finite_only_for_alpha_above_one():
    # Σ_{t ≥ 1} S(t) = β / (α − 1): summed for α = 3, where the terms fall as t^−3
    residual, lifetime = new_customer_lifetime(3.0, 2.0, 0.0)
    assert residual == pytest.approx(sum(survival(3.0, 2.0, 200_000)), rel=1e-6)
    assert lifetime == pytest.approx(1 + residual)
    assert new_customer_lifetime(0.704, 1.182, 0.0) is None


def test_a_yearly_rate_compounds_to_the_same_year_in_months():
    assert (1 + period_rate(0.1, "month")) ** 12 == pytest.approx(1.1, rel=1e-12)
    assert period_rate(0.1, "year") == 0.1


@given(st.lists(st.floats(-0.5, 1.5, allow_nan=False), max_size=8))
def test_shares_are_refused_exactly_when_the_model_refuses_them(shares):
    """The mode checks the shares itself, to say which box is wrong; it refuses what the model refuses."""
    inputs = RetentionInputs("year", tuple(shares), 100.0, 1.0, 0.1)
    problems = retention_problems(inputs, "en")
    try:
        _validate(shares)
        refused = False
    except InvalidInput:
        refused = True
    assert refused == any(name.startswith("share") for name in problems)
