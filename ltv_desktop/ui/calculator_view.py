"""The Calculator tab: docs/metrics.md section 1 as you type, each result with its formula and your numbers.

Every edit (and "Fill from my data") is one step on an undo stack; a value the formulas cannot take is said
under its box and only the results that depend on it go blank.

In its retention mode the owner types the share of a cohort still subscribed after each period instead; the
controller fits the shifted-beta-geometric curve to it (docs/metrics.md section 5) and this view shows α, β, the
projection beside the typed shares, the discounted lifetime and the LTV.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.calculator import (
    LEVER_STEP,
    CalculatorInputs,
    CalculatorResult,
    Lever,
    Sensitivity,
    formula_for,
    formula_values,
)
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.lazy_chart import LazyChart as Chart
from ltv_desktop.ui.messages import ui_language
from ltv_desktop.ui.number_field import NumberField
from ltv_desktop.ui.result_table import result_table

VERDICT_COLOURS = {"losing": "#c53030", "thin": "#dd6b20", "healthy": "#2f855a", "under_investing": "#2b6cb0"}
MONEY_VALUES = {"aov", "retention_cost", "acquisition_spend", "cac", "annual_revenue", "revenue_ltv", "gross_ltv",
                "annual_contribution", "net_ltv", "ltv", "max_cac_at_3x"}  # fmt: skip
SHARE_VALUES = {"gross_margin", "discount_rate", "churn_rate", "annual_churn_rate", "annual_retention_rate"}
LOWERED_BY_LEVERS = {"churn_rate", "retention_cost", "discount_rate"}
"""Inputs whose improvement is a decrease (docs/metrics.md section 1, levers)."""
PLACEHOLDER = re.compile(r"\{(\w+)\}")
CHART_HEIGHT = 220
"""Each chart's height when the tab scrolls: tall enough to read its axis, short enough for two on 600 pixels."""
MODES = ("lifespan_mode", "cac_mode", "retention_period")
CALC_MODES = ("formula", "retention")
"""The tab's two ways in: the formulas of section 1, or a retention curve projected with sBG (section 5)."""
RETENTION_PERIODS = ("month", "year")
DEFAULT_SHARES = (87.0, 74.0)
"""Percent still subscribed after periods 1 and 2 when the owner first opens the mode: the issue's own example."""
MAX_PERIODS = 60
"""Five years of months: more typed shares than an owner keeps, and the list still scrolls."""
RETENTION_ROWS = ("alpha", "beta", "first_churn", "derl", "lifetime", "ltv")
FORMULA_ONLY = ("aov", "frequency", "lifespan_years", "churn_rate", "retention_cost", "acquisition_spend",
                "new_customers", "cac")  # fmt: skip
State = dict[str, Any]
"""Every field's value, the modes and the typed shares: what undo steps between and what is remembered."""


@dataclasses.dataclass(frozen=True)
class RetentionInputs:
    """What the retention mode takes: shares and rates as fractions (the boxes show percentages)."""

    period: str
    shares: tuple[float, ...]
    period_revenue: float
    gross_margin: float
    discount_rate: float
    """A year, as the formula mode's box; the controller turns it into a rate per period."""


@dataclasses.dataclass(frozen=True)
class RetentionResult:
    """The fitted curve and what follows from it; None where a wrong box leaves a value unknown."""

    alpha: float
    beta: float
    projected: tuple[float, ...]
    """S(1) … S(horizon) of the fitted curve."""
    period_rate: float | None
    derl: float | None
    lifetime: float | None
    ltv: float | None


class StateChange(QUndoCommand):
    """One edit of the calculator: the whole state before and after, so undo needs no knowledge of the field.

    Typing 5, 0, 0 into one box is one step (merged by field); "Fill from my data" is one step for all boxes.
    """

    def __init__(self, view: CalculatorView, before: State, after: State, text: str, field: str = "") -> None:
        super().__init__(text)
        self.view, self.before, self.after, self.field = view, before, after, field
        self._done = True  # the widgets already show `after` when the edit is pushed

    def id(self) -> int:
        return 1 if self.field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StateChange) or other.field != self.field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.view.apply_state(self.after)

    def undo(self) -> None:
        self.view.apply_state(self.before)


def result_rows(grid: QGridLayout, labels: dict[str, str], prefix: str) -> dict[str, tuple[QLabel, QLabel, QLabel]]:
    """One grid row per result: its name, its value (LTV larger and bold) and its formula with the owner's
    numbers, in both modes of the calculator alike. The value is named `<prefix>_<result>` for tests."""
    rows = {}
    for row, (name, label) in enumerate(labels.items()):
        title, value, formula = QLabel(label), QLabel(), QLabel()
        title.setWordWrap(True)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setObjectName(f"{prefix}_{name}")
        formula.setStyleSheet("color: #555;")
        formula.setWordWrap(True)
        if name == "ltv":
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            value.setFont(font)
            title.setFont(font)
        grid.addWidget(title, row, 0)
        grid.addWidget(value, row, 1)
        grid.addWidget(formula, row, 2)
        rows[name] = (title, value, formula)
    return rows


class CalculatorView(QWidget):
    """Emits the inputs whenever one changes; shows what the controller computed."""

    inputs_changed = Signal(object)
    retention_changed = Signal(object)
    fill_from_data_requested = Signal()
    scenario_save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = Formatter()
        self._building = True
        self.undo_stack = QUndoStack(self)
        self.fields: dict[str, NumberField] = {}
        self.result_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self.language = ui_language()
        self.share_fields: list[NumberField] = []
        self.share_labels: list[QLabel] = []
        self.has_scenarios = False

        inputs_box = QGroupBox(self.tr("Your numbers"))
        form = QFormLayout(inputs_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column puts the box under its label
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields["aov"] = NumberField(50, 2)
        self.fields["frequency"] = NumberField(4, 3, self.tr(" a year"))
        self.lifespan_mode = QComboBox()
        self.lifespan_mode.addItem(self.tr("Lifespan in years"), "lifespan")
        self.lifespan_mode.addItem(self.tr("Churn per year"), "year")
        self.lifespan_mode.addItem(self.tr("Churn per month"), "month")
        self.fields["lifespan_years"] = NumberField(4, 3, self.tr(" years"))
        self.fields["churn_rate"] = NumberField(25, 3, " %")
        self.fields["gross_margin"] = NumberField(100, 1, " %")
        self.fields["retention_cost"] = NumberField(0, 2)
        self.fields["discount_rate"] = NumberField(0, 1, " %")
        self.cac_mode = QComboBox()
        self.cac_mode.addItem(self.tr("Marketing spend and new customers"), "spend")
        self.cac_mode.addItem(self.tr("CAC known"), "cac")
        self.cac_mode.addItem(self.tr("No CAC"), "none")
        self.fields["acquisition_spend"] = NumberField(3000, 2)
        self.fields["new_customers"] = NumberField(30, 0)
        self.fields["cac"] = NumberField(100, 2)
        self.fields["period_revenue"] = NumberField(1200, 2)
        self.labels = {
            "aov": self.tr("Average order value"),
            "frequency": self.tr("Purchases per customer"),
            "lifespan_years": self.tr("Customer lifespan"),
            "churn_rate": self.tr("Churn rate"),
            "gross_margin": self.tr("Gross margin"),
            "retention_cost": self.tr("Retention cost per customer a year"),
            "discount_rate": self.tr("Discount rate a year"),
            "acquisition_spend": self.tr("Marketing spend"),
            "new_customers": self.tr("New customers it brought"),
            "cac": self.tr("Cost to acquire a customer (CAC)"),
            "period_revenue": text("retention_calc.period_revenue_year", self.language),
        }
        lifespan_mode = (self.tr("Lifetime given as"), self.lifespan_mode)
        cac_mode = (self.tr("Acquisition given as"), self.cac_mode)
        for entry in ("period_revenue", "aov", "frequency", lifespan_mode, "lifespan_years", "churn_rate",
                    "gross_margin", "retention_cost", "discount_rate", cac_mode, "acquisition_spend",
                    "new_customers", "cac"):  # fmt: skip
            form.addRow(*(entry if isinstance(entry, tuple) else (self.labels[entry], self.fields[entry])))
        self.form = form
        self.inputs_box = inputs_box
        mode_row = self._build_mode_switch()
        self.retention_box = self._build_retention_inputs()
        self.fill_button = QPushButton(self.tr("Fill from my data"))
        self.fill_button.setEnabled(False)
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_from_data_requested)
        self.save_button = QPushButton(self.tr("Save as scenario…"))
        self.save_button.clicked.connect(self._ask_scenario_name)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("calculator_undo")
        self.undo_button.setToolTip(self.tr("Undo the last change of your numbers (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("calculator_redo")
        self.redo_button.setToolTip(self.tr("Redo the change you undid (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        buttons = QGridLayout()
        buttons.addWidget(self.fill_button, 0, 0, 1, 2)
        buttons.addWidget(self.save_button, 1, 0, 1, 2)
        buttons.addWidget(self.undo_button, 2, 0)
        buttons.addWidget(self.redo_button, 2, 1)
        step = self.formatter.integer(LEVER_STEP * 100)
        self.levers_chart = Chart(self.tr("Improve each input by %1 %").replace("%1", step), self.tr("LTV change"), "")
        self.levers_chart.legend.setVisible(False)
        self.levers_chart.setMinimumHeight(CHART_HEIGHT)
        left = QVBoxLayout()
        left.addLayout(mode_row)
        left.addWidget(self.retention_box)
        left.addWidget(inputs_box)
        left.addLayout(buttons)
        left.addWidget(self.levers_chart, 1)

        results_box = QGroupBox(self.tr("Results"))
        grid = QGridLayout(results_box)
        self.result_names = {
            "lifespan_years": self.tr("Customer lifespan, years"),
            "annual_revenue": self.tr("Revenue per customer a year"),
            "revenue_ltv": self.tr("Revenue LTV"),
            "gross_ltv": self.tr("Gross LTV"),
            "annual_contribution": self.tr("Contribution a year"),
            "net_ltv": self.tr("Net LTV"),
            "ltv": self.tr("LTV"),
            "cac": self.tr("CAC"),
            "ltv_cac_ratio": self.tr("LTV:CAC"),
            "payback_months": self.tr("Payback, months"),
            "max_cac_at_3x": self.tr("Most you may pay per customer (3:1)"),
        }
        self.result_rows.update(result_rows(grid, self.result_names, "result"))
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, len(self.result_names), 0, 1, 3)

        self.churn_chart = Chart(self.tr("LTV vs churn"), self.tr("Churn a year, %"), self.tr("LTV"))
        self.cac_chart = Chart(self.tr("LTV:CAC vs CAC"), self.tr("CAC"), self.tr("LTV:CAC"))
        for chart in (self.churn_chart, self.cac_chart):
            chart.setMinimumHeight(CHART_HEIGHT)
        self.formula_charts = QWidget()
        charts = QHBoxLayout(self.formula_charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.churn_chart)
        charts.addWidget(self.cac_chart)

        self.scenarios = result_table()
        self.scenarios.setMinimumHeight(120)
        self.scenarios.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.results_box = results_box
        self.retention_results = self._build_retention_results()
        self.survival_chart = Chart(text("retention_calc.chart_title", self.language),
                                    text("retention_calc.chart_period", self.language), "")  # fmt: skip
        self.survival_chart.setMinimumHeight(CHART_HEIGHT)
        right = QVBoxLayout()
        right.addWidget(results_box)
        right.addWidget(self.formula_charts, 1)
        right.addWidget(self.retention_results)
        right.addWidget(self.survival_chart, 1)
        self.scenarios_title = QLabel(self.tr("Scenarios side by side"))
        right.addWidget(self.scenarios_title)
        right.addWidget(self.scenarios)
        self.scenarios_title.setVisible(False)
        self.scenarios.setVisible(False)
        # both columns scroll: on a 1024×600 screen the inputs, the results and the charts are all reachable
        self.left_scroll, self.right_scroll = scrolling(left), scrolling(right)
        self.left_scroll.setMinimumWidth(240)
        self.right_scroll.setMinimumWidth(300)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(self.right_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 630])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        for name, field in self.fields.items():
            field.value_changed.connect(lambda _value, name=name: self._edited(name))
        self.lifespan_mode.currentIndexChanged.connect(lambda: self._edited("lifespan_mode"))
        self.cac_mode.currentIndexChanged.connect(lambda: self._edited("cac_mode"))
        self.retention_period.currentIndexChanged.connect(lambda: self._edited("retention_period"))
        self.mode_group.idClicked.connect(lambda _id: self._edited("calc_mode"))
        self._building = False
        self._state = self.state()
        self._show_modes()

    def _build_mode_switch(self) -> QHBoxLayout:
        """Two buttons side by side, one pressed: the formulas, or a retention curve typed in."""
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(0)
        for index, mode in enumerate(CALC_MODES):
            button = QPushButton(text(f"retention_calc.mode_{mode}", self.language))
            button.setObjectName(f"calculator_mode_{mode}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            row.addWidget(button)
        self.mode_buttons["retention"].setToolTip(text("retention_calc.mode_tooltip", self.language))
        self.mode_buttons["formula"].setChecked(True)
        return row

    def _build_retention_inputs(self) -> QGroupBox:
        """The period, one box per period for the share still subscribed, and buttons to add or remove one."""
        box = QGroupBox(text("retention_calc.shares_title", self.language))
        box.setToolTip(text("retention_calc.shares_hint", self.language))
        layout = QVBoxLayout(box)
        period_form = QFormLayout()
        period_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        period_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.retention_period = QComboBox()
        for period in RETENTION_PERIODS:
            self.retention_period.addItem(text(f"retention_calc.period_{period}", self.language), period)
        self.retention_period.setCurrentIndex(RETENTION_PERIODS.index("year"))
        period_form.addRow(text("retention_calc.period_label", self.language), self.retention_period)
        layout.addLayout(period_form)
        self.shares_form = QFormLayout()
        self.shares_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.shares_form)
        self.shares_error = QLabel()
        self.shares_error.setObjectName("shares_error")
        self.shares_error.setStyleSheet("color: #c53030;")
        self.shares_error.setWordWrap(True)
        self.shares_error.setVisible(False)
        layout.addWidget(self.shares_error)
        buttons = QHBoxLayout()
        self.add_period_button = QPushButton(text("retention_calc.add_period", self.language))
        self.remove_period_button = QPushButton(text("retention_calc.remove_period", self.language))
        for button in (self.add_period_button, self.remove_period_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.add_period_button.clicked.connect(self._add_period)
        self.remove_period_button.clicked.connect(self._remove_period)
        layout.addLayout(buttons)
        self._set_shares(list(DEFAULT_SHARES))
        return box

    def _build_retention_results(self) -> QGroupBox:
        box = QGroupBox(text("retention_calc.results_title", self.language))
        grid = QGridLayout(box)
        labels = {name: text(f"retention_calc.{name}", self.language) for name in RETENTION_ROWS}
        self.retention_rows = result_rows(grid, labels, "retention")
        for name in ("alpha", "beta"):
            self.retention_rows[name][0].setToolTip(text("retention_calc.alpha_tooltip", self.language))
        self.retention_rows["derl"][0].setToolTip(text("retention_calc.derl_tooltip", self.language))
        self.retention_rows["first_churn"][2].setText(text("retention_calc.first_churn_formula", self.language))
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        self.retention_status = QLabel()
        self.retention_status.setObjectName("retention_status")
        self.retention_status.setWordWrap(True)
        grid.addWidget(self.retention_status, len(RETENTION_ROWS), 0, 1, 3)
        return box

    def calc_mode(self) -> str:
        return CALC_MODES[max(self.mode_group.checkedId(), 0)]

    def _period_label(self, period: int) -> str:
        return text(f"retention_calc.share_after_{self.retention_period.currentData()}", self.language, period=period)

    def _set_shares(self, values: list[float]) -> None:
        """As many share boxes as values, each showing its value (boxes are added or removed at the end)."""
        while len(self.share_fields) > len(values):
            self.share_fields.pop()
            self.share_labels.pop()
            self.shares_form.removeRow(self.shares_form.rowCount() - 1)
        while len(self.share_fields) < len(values):
            index = len(self.share_fields)
            field = NumberField(values[index], 1, " %")
            field.setObjectName(f"share_{index + 1}")
            label = QLabel(self._period_label(index + 1))
            field.value_changed.connect(lambda _value, index=index: self._edited(f"share.{index}"))
            self.share_fields.append(field)
            self.share_labels.append(label)
            self.shares_form.addRow(label, field)
        for field, value in zip(self.share_fields, values, strict=True):
            if field.value() != value:
                field.setValue(value)
        self.add_period_button.setEnabled(len(values) < MAX_PERIODS)
        self.remove_period_button.setEnabled(len(values) > 0)

    def _add_period(self) -> None:
        """A box for the next period, starting at the last share (a curve may stay flat, never rise)."""
        values = [field.value() for field in self.share_fields]
        if len(values) < MAX_PERIODS:
            self._structure_edit([*values, values[-1] if values else 100.0], "add_period")
            self.share_fields[-1].spin.setFocus()
            self.share_fields[-1].spin.selectAll()

    def _remove_period(self) -> None:
        values = [field.value() for field in self.share_fields]
        if values:
            self._structure_edit(values[:-1], "remove_period")

    def _structure_edit(self, values: list[float], step: str) -> None:
        """A period added or removed: one undo step of its own (never merged with typing)."""
        self._building = True
        self._set_shares(values)
        self._building = False
        after = self.state()
        if after != self._state:
            self.undo_stack.push(StateChange(self, self._state, after, text(f"retention_calc.{step}", self.language)))
            self._state = after
        self._changed()

    def _show_period_names(self) -> None:
        period = self.retention_period.currentData()
        for index, label in enumerate(self.share_labels):
            label.setText(self._period_label(index + 1))
        self.labels["period_revenue"] = text(f"retention_calc.period_revenue_{period}", self.language)
        revenue_label = self.form.labelForField(self.fields["period_revenue"])
        if isinstance(revenue_label, QLabel):
            revenue_label.setText(self.labels["period_revenue"])

    def set_currency(self, formatter: Formatter) -> None:
        self.formatter = formatter
        for chart in (self.levers_chart, self.churn_chart, self.cac_chart, self.survival_chart):
            chart.set_locale(formatter.locale)
        before = formatter.money(1.0).startswith(formatter.currency)
        for name in ("aov", "retention_cost", "acquisition_spend", "cac", "period_revenue"):
            self.fields[name].set_currency(formatter.currency, before)
        self._changed()

    def _show_modes(self) -> None:
        formula = self.calc_mode() == "formula"
        lifespan = self.lifespan_mode.currentData() == "lifespan"
        self._show_row("lifespan_years", formula and lifespan)
        self._show_row("churn_rate", formula and not lifespan)
        mode = self.cac_mode.currentData()
        self._show_row("acquisition_spend", formula and mode == "spend")
        self._show_row("new_customers", formula and mode == "spend")
        self._show_row("cac", formula and mode == "cac")
        for name in ("aov", "frequency", "retention_cost"):
            self._show_row(name, formula)
        self.form.setRowVisible(self.lifespan_mode, formula)
        self.form.setRowVisible(self.cac_mode, formula)
        self._show_row("period_revenue", not formula)
        for widget in (self.fill_button, self.save_button, self.levers_chart, self.results_box, self.formula_charts):
            widget.setVisible(formula)
        for widget in (self.retention_box, self.retention_results, self.survival_chart):
            widget.setVisible(not formula)
        self.scenarios.setVisible(formula and self.has_scenarios)
        self.scenarios_title.setVisible(formula and self.has_scenarios)
        self._show_period_names()

    def _show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[name], visible)

    def state(self) -> State:
        """Every box's value (hidden ones too, so switching a mode back finds them) and both modes."""
        state: State = {name: field.value() for name, field in self.fields.items()}
        state["lifespan_mode"] = self.lifespan_mode.currentData()
        state["cac_mode"] = self.cac_mode.currentData()
        state["retention_period"] = self.retention_period.currentData()
        state["calc_mode"] = self.calc_mode()
        state["shares"] = [field.value() for field in self.share_fields]
        return state

    def apply_state(self, state: State) -> None:
        """Show a state (undo, redo, a remembered one) and recalculate once; not itself an undo step."""
        self._building = True
        for name, field in self.fields.items():
            value = state.get(name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                field.setValue(float(value))
        for mode in MODES:
            combo: QComboBox = getattr(self, mode)
            index = combo.findData(state.get(mode))
            if index >= 0:
                combo.setCurrentIndex(index)
        if state.get("calc_mode") in CALC_MODES:
            self.mode_buttons[state["calc_mode"]].setChecked(True)
        shares = state.get("shares")
        if isinstance(shares, list) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in shares):
            self._set_shares([float(v) for v in shares][:MAX_PERIODS])
        self._building = False
        self._state = self.state()
        self._show_modes()
        self._changed()

    def _edited(self, source: str) -> None:
        """The owner changed one box or mode: one undo step (typing into one box merges into one)."""
        if self._building:
            return
        after = self.state()
        if after != self._state:
            self.undo_stack.push(StateChange(self, self._state, after, self._step_name(source), source))
            self._state = after
        if source in MODES or source == "calc_mode":
            self._show_modes()
        self._changed()

    def _step_name(self, source: str) -> str:
        """What Undo names the step: the box's label, or the choice that was changed."""
        if source.startswith("share."):
            return self._period_label(int(source.split(".")[1]) + 1)
        names = {
            "lifespan_mode": self.tr("Lifetime given as"),
            "cac_mode": self.tr("Acquisition given as"),
            "retention_period": text("retention_calc.period_label", self.language),
            "calc_mode": text("retention_calc.mode_step", self.language),
        }
        return self.labels.get(source) or names.get(source, source)

    def retention_inputs(self) -> RetentionInputs:
        """The retention mode's inputs as the model takes them (percentages become shares)."""
        return RetentionInputs(
            period=self.retention_period.currentData(),
            shares=tuple(field.value() / 100 for field in self.share_fields),
            period_revenue=self.fields["period_revenue"].value(),
            gross_margin=self.fields["gross_margin"].value() / 100,
            discount_rate=self.fields["discount_rate"].value() / 100,
        )

    def inputs(self) -> CalculatorInputs:
        """The inputs as the model takes them (percentages become shares)."""
        value = {name: field.value() for name, field in self.fields.items()}
        lifespan_mode, cac_mode = self.lifespan_mode.currentData(), self.cac_mode.currentData()
        return CalculatorInputs(
            aov=value["aov"],
            frequency=value["frequency"],
            lifespan_years=value["lifespan_years"] if lifespan_mode == "lifespan" else None,
            churn_rate=value["churn_rate"] / 100 if lifespan_mode != "lifespan" else None,
            churn_period="month" if lifespan_mode == "month" else "year",
            gross_margin=value["gross_margin"] / 100,
            retention_cost=value["retention_cost"],
            discount_rate=value["discount_rate"] / 100,
            acquisition_spend=value["acquisition_spend"] if cac_mode == "spend" else None,
            new_customers=value["new_customers"] if cac_mode == "spend" else None,
            cac=value["cac"] if cac_mode == "cac" else None,
        )

    def state_of(self, inputs: CalculatorInputs) -> State:
        """The state that shows these inputs; boxes the inputs leave out keep their current values."""
        state = self.state()
        state.update(aov=inputs.aov, frequency=inputs.frequency, gross_margin=inputs.gross_margin * 100,
                     retention_cost=inputs.retention_cost, discount_rate=inputs.discount_rate * 100)  # fmt: skip
        if inputs.lifespan_years is not None:
            state.update(lifespan_mode="lifespan", lifespan_years=inputs.lifespan_years)
        else:
            state.update(lifespan_mode=inputs.churn_period, churn_rate=(inputs.churn_rate or 0) * 100)
        if inputs.cac is not None:
            state.update(cac_mode="cac", cac=inputs.cac)
        elif inputs.acquisition_spend is not None:
            state.update(cac_mode="spend", acquisition_spend=inputs.acquisition_spend)
            if inputs.new_customers is not None:
                state["new_customers"] = inputs.new_customers
        else:
            state["cac_mode"] = "none"
        return state

    def set_inputs(self, inputs: CalculatorInputs, step_name: str | None = None) -> None:
        """Put values in the boxes (Fill from my data, a saved scenario) as one undo step; recalculate once."""
        before, after = self.state(), self.state_of(inputs)
        self.apply_state(after)
        if after != before:
            self.undo_stack.push(StateChange(self, before, self.state(), step_name or self.tr("Fill from my data")))

    def _changed(self) -> None:
        if self._building:
            return
        if self.calc_mode() == "formula":
            self.inputs_changed.emit(self.inputs())
        else:
            self.retention_changed.emit(self.retention_inputs())

    def _format(self, name: str, value: float | None) -> str:
        if name in MONEY_VALUES:
            return self.formatter.money(value)
        if name in SHARE_VALUES:
            return self.formatter.percent(value)
        if name == "ltv_cac_ratio":
            return self.formatter.ratio(value)
        return self.formatter.number(value)

    def show_result(self, inputs: CalculatorInputs, result: CalculatorResult | None, levers: list[Lever],
                    sensitivity: Sensitivity | None, errors: dict[str, str] | None = None,
                    unknown: frozenset[str] = frozenset()) -> None:  # fmt: skip
        """The results the inputs allow: `errors` (field → message) go under their boxes, and the outputs in
        `unknown` (they depend on a wrong box) show a dash; every other output is shown as computed."""
        errors = errors or {}
        for name, field in self.fields.items():
            field.set_error(errors.get(name, ""))
        values = formula_values(inputs, result) if result is not None else {}
        for name, (_title, value_label, formula_label) in self.result_rows.items():
            value = None if result is None or name in unknown else getattr(result, name)
            value_label.setText(self._format(name, value))
            formula = formula_for(name, inputs)
            filled = PLACEHOLDER.sub(lambda match: self._format(match.group(1), values.get(match.group(1))), formula)
            formula_label.setText(f"= {filled}" if value is not None else "")
            formula_label.setToolTip(PLACEHOLDER.sub(lambda match: match.group(1), formula))
        self._show_verdict(result if "ltv_cac_ratio" not in unknown else None, bool(errors))
        self._show_levers(levers)
        self.churn_chart.clear()
        self.cac_chart.clear()
        if sensitivity is None:
            return
        self.churn_chart.format_value = self.formatter.money
        self.churn_chart.set_tick_format("left", self.formatter.money)
        self.churn_chart.line(self.tr("LTV"), [c * 100 for c in sensitivity.annual_churn], sensitivity.ltv)
        self.cac_chart.format_value = self.formatter.ratio
        self.cac_chart.set_tick_format("bottom", self.formatter.money)
        if sensitivity.cac:
            self.cac_chart.line(self.tr("LTV:CAC"), sensitivity.cac, sensitivity.ratio, 1)
            self.cac_chart.line(self.tr("3:1"), [sensitivity.cac[0], sensitivity.cac[-1]], [3, 3], 3, dashed=True)

    def _show_verdict(self, result: CalculatorResult | None, has_errors: bool) -> None:
        verdicts = {
            "losing": self.tr("Each customer costs more to win than they bring: you lose money on every one."),
            "thin": self.tr("Thin: customers pay back their cost, but with little to spare (aim for 3:1)."),
            "healthy": self.tr("Healthy: each customer brings 3 to 5 times what winning them costs."),
            "under_investing": self.tr("Above 5:1: you may be under-investing in growth; more marketing could pay."),
        }
        if result is not None and result.verdict:
            self.verdict.setText(verdicts[result.verdict])
            self.verdict.setStyleSheet(f"color: white; background: {VERDICT_COLOURS[result.verdict]}; padding: 6px;")
        elif has_errors:
            self.verdict.setText(self.tr("Correct the value marked in red to see every result."))
            self.verdict.setStyleSheet("color: #c53030; padding: 6px;")
        else:
            self.verdict.setText(self.tr("Add marketing spend or CAC to see LTV:CAC."))
            self.verdict.setStyleSheet("color: #555; padding: 6px;")

    def _show_levers(self, levers: list[Lever]) -> None:
        """One bar per input improved by 10 %: up for order value, purchases, lifespan and margin, down for
        churn, retention cost and discount rate; the bar is what that does to LTV."""
        self.levers_chart.clear()
        if not levers:
            return
        step = self.formatter.integer(LEVER_STEP * 100)
        lowered, raised = self.tr("%1, −%2 %"), self.tr("%1, +%2 %")
        names = [
            (lowered if lever.input_name in LOWERED_BY_LEVERS else raised)
            .replace("%1", self.labels.get(lever.input_name, lever.input_name))
            .replace("%2", step)
            for lever in levers
        ][::-1]
        changes = [lever.change for lever in levers][::-1]
        self.levers_chart.bars(self.tr("LTV change"), list(range(len(changes))), changes, 2, 0.5, horizontal=True)
        self.levers_chart.bar_names(names)
        self.levers_chart.format_value = self.formatter.money
        self.levers_chart.set_tick_format("bottom", self.formatter.money)

    def show_retention_errors(self, errors: dict[str, str]) -> None:
        """Messages beside the boxes: `share.<i>` under the i-th share (from 0), `shares` under the list, or a
        box's name (period_revenue, gross_margin, discount_rate); an empty dict clears them all."""
        for index, field in enumerate(self.share_fields):
            field.set_error(errors.get(f"share.{index}", ""))
        self.shares_error.setText(errors.get("shares", ""))
        self.shares_error.setVisible(bool(errors.get("shares")))
        for name in ("period_revenue", "gross_margin", "discount_rate"):
            self.fields[name].set_error(errors.get(name, ""))

    def retention_errors(self) -> dict[str, str]:
        """The messages the retention mode shows now, keyed as `show_retention_errors` takes them."""
        shown = {f"share.{i}": field.error_text() for i, field in enumerate(self.share_fields) if field.error_text()}
        if self.shares_error.text():
            shown["shares"] = self.shares_error.text()
        shown.update({name: self.fields[name].error_text() for name in ("period_revenue", "gross_margin",
                      "discount_rate") if self.fields[name].error_text()})  # fmt: skip
        return shown

    def show_retention(self, inputs: RetentionInputs, result: RetentionResult | None, status: str) -> None:
        """The fitted curve and its LTV (a dash for what is not known), the typed shares beside the projection."""
        f = self.formatter
        shown = {
            "alpha": f.number(result.alpha, 3) if result else f.DASH,
            "beta": f.number(result.beta, 3) if result else f.DASH,
            "first_churn": f.percent(result.alpha / (result.alpha + result.beta)) if result else f.DASH,
            "derl": f.number(result.derl) if result and result.derl is not None else f.DASH,
            "lifetime": f.number(result.lifetime) if result and result.lifetime is not None else f.DASH,
            "ltv": f.money(result.ltv) if result and result.ltv is not None else f.DASH,
        }
        for name, value in shown.items():
            self.retention_rows[name][1].setText(value)
        lifetime_formula = ltv_formula = rate_tip = ""
        if result is not None and result.derl is not None and result.lifetime is not None:
            if result.period_rate:
                rate = f.percent(result.period_rate, 3 if inputs.period == "month" else 1)
                lifetime_formula = text("retention_calc.lifetime_formula", self.language,
                                        derl=f.number(result.derl), rate=rate)  # fmt: skip
                rate_tip = text("retention_calc.rate_tooltip", self.language, rate=rate)
            else:
                lifetime_formula = text("retention_calc.lifetime_formula_undiscounted", self.language,
                                        derl=f.number(result.derl))  # fmt: skip
            if result.ltv is not None:
                ltv_formula = text(
                    "retention_calc.ltv_formula",
                    self.language,
                    revenue=f.money(inputs.period_revenue),
                    margin=f.percent(inputs.gross_margin),
                    lifetime=f.number(result.lifetime),
                )
        self.retention_rows["first_churn"][2].setVisible(result is not None)
        self.retention_rows["lifetime"][2].setText(lifetime_formula)
        self.retention_rows["lifetime"][2].setToolTip(rate_tip)
        self.retention_rows["ltv"][2].setText(ltv_formula)
        self.retention_status.setText(status)
        failing = result is None or result.ltv is None
        self.retention_status.setStyleSheet(f"color: {'#c53030' if failing and status else '#555'}; padding: 6px;")
        self._draw_survival(inputs, result)

    def show_retention_fitting(self) -> None:
        """A fit is on its way: the old numbers are no longer the typed curve's, so they go."""
        for name, (_title, value, formula) in self.retention_rows.items():
            value.setText(self.formatter.DASH)
            if name == "first_churn":
                formula.setVisible(False)
            else:
                formula.setText("")
        self.retention_status.setText(text("retention_calc.status_fitting", self.language))
        self.retention_status.setStyleSheet("color: #555; padding: 6px;")

    def _draw_survival(self, inputs: RetentionInputs, result: RetentionResult | None) -> None:
        chart, f = self.survival_chart, self.formatter
        chart.clear()
        chart.set_tick_format("left", lambda value, *_: f.percent(value, 0))
        chart.format_value = lambda value: f.percent(value, 1)
        typed = [1.0, *inputs.shares]
        chart.line(text("retention_calc.observed", self.language), list(range(len(typed))), typed, 0, width=2.5)
        if result is not None:
            projected = [1.0, *result.projected]
            chart.line(text("retention_calc.projected", self.language), list(range(len(projected))), projected, 1,
                       dashed=True)  # fmt: skip

    def errors(self) -> dict[str, str]:
        """The messages shown under the boxes now (field → message)."""
        return {name: field.error_text() for name, field in self.fields.items() if field.error_text()}

    def _ask_scenario_name(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("Save scenario"), self.tr("Name of this scenario:"))
        if accepted and name.strip():
            self.scenario_save_requested.emit(name.strip())

    def show_scenarios(self, scenarios: list[tuple[str, CalculatorResult]]) -> None:
        rows = ["ltv", "ltv_cac_ratio", "payback_months", "lifespan_years", "annual_contribution", "cac"]
        self.scenarios.clear()
        self.has_scenarios = bool(scenarios)
        self.scenarios.setVisible(self.has_scenarios and self.calc_mode() == "formula")
        self.scenarios_title.setVisible(self.has_scenarios and self.calc_mode() == "formula")
        self.scenarios.setColumnCount(len(scenarios))
        self.scenarios.setRowCount(len(rows))
        self.scenarios.setHorizontalHeaderLabels([name for name, _ in scenarios])
        self.scenarios.setVerticalHeaderLabels([self.result_names[row] for row in rows])
        for column, (_name, result) in enumerate(scenarios):
            for row, field in enumerate(rows):
                item = QTableWidgetItem(self._format(field, getattr(result, field)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.scenarios.setItem(row, column, item)


def scrolling(layout: QVBoxLayout) -> QScrollArea:
    """The layout in a frameless area that scrolls when the window is too short (or too narrow) for it."""
    content = QWidget()
    content.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
