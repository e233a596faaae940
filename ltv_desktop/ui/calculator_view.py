"""The Calculator tab: METRICS.md section 1 as you type, each result with its formula and your numbers."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.model.calculator import (
    CalculatorInputs,
    CalculatorResult,
    Lever,
    Sensitivity,
    formula_for,
    formula_values,
)
from ltv_desktop.ui.charts import Chart
from ltv_desktop.ui.formatting import Formatter

VERDICT_COLOURS = {"losing": "#c53030", "thin": "#dd6b20", "healthy": "#2f855a", "under_investing": "#2b6cb0"}
MONEY_VALUES = {"aov", "retention_cost", "acquisition_spend", "cac", "annual_revenue", "revenue_ltv", "gross_ltv",
                "annual_contribution", "net_ltv", "ltv", "max_cac_at_3x"}  # fmt: skip
SHARE_VALUES = {"gross_margin", "discount_rate", "churn_rate", "annual_churn_rate", "annual_retention_rate"}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


class CalculatorView(QWidget):
    """Emits the inputs whenever one changes; shows what the controller computed."""

    inputs_changed = Signal(object)
    fill_from_data_requested = Signal()
    scenario_save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = Formatter()
        self._building = True
        self.fields: dict[str, QDoubleSpinBox] = {}
        self.result_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}

        inputs_box = QGroupBox(self.tr("Your numbers"))
        form = QFormLayout(inputs_box)
        self.fields["aov"] = self._spin(0.01, 1e9, 50, 2)
        self.fields["frequency"] = self._spin(0.01, 10000, 4, 3, self.tr(" a year"))
        self.lifespan_mode = QComboBox()
        self.lifespan_mode.addItem(self.tr("Lifespan in years"), "lifespan")
        self.lifespan_mode.addItem(self.tr("Churn per year"), "year")
        self.lifespan_mode.addItem(self.tr("Churn per month"), "month")
        self.fields["lifespan_years"] = self._spin(0.01, 100, 4, 3, self.tr(" years"))
        self.fields["churn_rate"] = self._spin(0.01, 100, 25, 3, " %")
        self.fields["gross_margin"] = self._spin(0.01, 100, 100, 1, " %")
        self.fields["retention_cost"] = self._spin(0, 1e9, 0, 2)
        self.fields["discount_rate"] = self._spin(0, 100, 0, 1, " %")
        self.cac_mode = QComboBox()
        self.cac_mode.addItem(self.tr("Marketing spend and new customers"), "spend")
        self.cac_mode.addItem(self.tr("CAC known"), "cac")
        self.cac_mode.addItem(self.tr("No CAC"), "none")
        self.fields["acquisition_spend"] = self._spin(0, 1e12, 3000, 2)
        self.fields["new_customers"] = self._spin(0.01, 1e9, 30, 0)
        self.fields["cac"] = self._spin(0, 1e9, 100, 2)
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
        }
        form.addRow(self.labels["aov"], self.fields["aov"])
        form.addRow(self.labels["frequency"], self.fields["frequency"])
        form.addRow(self.tr("Lifetime given as"), self.lifespan_mode)
        form.addRow(self.labels["lifespan_years"], self.fields["lifespan_years"])
        form.addRow(self.labels["churn_rate"], self.fields["churn_rate"])
        form.addRow(self.labels["gross_margin"], self.fields["gross_margin"])
        form.addRow(self.labels["retention_cost"], self.fields["retention_cost"])
        form.addRow(self.labels["discount_rate"], self.fields["discount_rate"])
        form.addRow(self.tr("Acquisition given as"), self.cac_mode)
        form.addRow(self.labels["acquisition_spend"], self.fields["acquisition_spend"])
        form.addRow(self.labels["new_customers"], self.fields["new_customers"])
        form.addRow(self.labels["cac"], self.fields["cac"])
        self.form = form
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c53030;")
        self.error_label.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("Fill from my data"))
        self.fill_button.setEnabled(False)
        self.fill_button.clicked.connect(self.fill_from_data_requested)
        self.save_button = QPushButton(self.tr("Save as scenario…"))
        self.save_button.clicked.connect(self._ask_scenario_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.save_button)
        self.levers_chart = Chart(self.tr("+10 % of one input → LTV"), self.tr("LTV change"), "")
        self.levers_chart.legend.setVisible(False)
        left = QVBoxLayout()
        left.addWidget(inputs_box)
        left.addWidget(self.error_label)
        left.addLayout(buttons)

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
        for row, (name, label) in enumerate(self.result_names.items()):
            title, value, formula = QLabel(label), QLabel(), QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"result_{name}")
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
            self.result_rows[name] = (title, value, formula)
        grid.setColumnStretch(2, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        grid.addWidget(self.verdict, len(self.result_names), 0, 1, 3)

        self.churn_chart = Chart(self.tr("LTV vs churn"), self.tr("Churn a year, %"), self.tr("LTV"))
        self.cac_chart = Chart(self.tr("LTV:CAC vs CAC"), self.tr("CAC"), self.tr("LTV:CAC"))
        left.addWidget(self.levers_chart, 1)
        charts = QHBoxLayout()
        charts.addWidget(self.churn_chart)
        charts.addWidget(self.cac_chart)

        self.scenarios = QTableWidget(0, 0)
        self.scenarios.setMinimumHeight(120)
        self.scenarios.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        right = QVBoxLayout()
        right.addWidget(results_box)
        right.addLayout(charts, 1)
        self.scenarios_title = QLabel(self.tr("Scenarios side by side"))
        right.addWidget(self.scenarios_title)
        right.addWidget(self.scenarios)
        self.scenarios_title.setVisible(False)
        self.scenarios.setVisible(False)
        left_widget, right_widget = QWidget(), QWidget()
        left_widget.setLayout(left)
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.setStyleSheet('QDoubleSpinBox[invalid="true"] { background: #fed7d7; }')
        self.lifespan_mode.currentIndexChanged.connect(self._modes_changed)
        self.cac_mode.currentIndexChanged.connect(self._modes_changed)
        self._building = False
        self._modes_changed()

    def _spin(self, low: float, high: float, value: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(True)
        spin.valueChanged.connect(self._changed)
        return spin

    def set_currency(self, formatter: Formatter) -> None:
        self.formatter = formatter
        for name in ("aov", "retention_cost", "acquisition_spend", "cac"):
            self.fields[name].setSuffix(f" {formatter.currency}")
        self._changed()

    def _modes_changed(self) -> None:
        lifespan = self.lifespan_mode.currentData() == "lifespan"
        self._show_row("lifespan_years", lifespan)
        self._show_row("churn_rate", not lifespan)
        mode = self.cac_mode.currentData()
        self._show_row("acquisition_spend", mode == "spend")
        self._show_row("new_customers", mode == "spend")
        self._show_row("cac", mode == "cac")
        self._changed()

    def _show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[name], visible)

    def inputs(self) -> CalculatorInputs:
        """The inputs as the model takes them (percentages become shares)."""
        value = {name: spin.value() for name, spin in self.fields.items()}
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

    def set_inputs(self, inputs: CalculatorInputs) -> None:
        """Put values in the fields (Fill from my data, a saved scenario) and recalculate once."""
        self._building = True
        self.fields["aov"].setValue(inputs.aov)
        self.fields["frequency"].setValue(inputs.frequency)
        if inputs.lifespan_years is not None:
            self.lifespan_mode.setCurrentIndex(0)
            self.fields["lifespan_years"].setValue(inputs.lifespan_years)
        else:
            self.lifespan_mode.setCurrentIndex(2 if inputs.churn_period == "month" else 1)
            self.fields["churn_rate"].setValue((inputs.churn_rate or 0) * 100)
        self.fields["gross_margin"].setValue(inputs.gross_margin * 100)
        self.fields["retention_cost"].setValue(inputs.retention_cost)
        self.fields["discount_rate"].setValue(inputs.discount_rate * 100)
        if inputs.cac is not None:
            self.cac_mode.setCurrentIndex(1)
            self.fields["cac"].setValue(inputs.cac)
        elif inputs.acquisition_spend is not None:
            self.cac_mode.setCurrentIndex(0)
            self.fields["acquisition_spend"].setValue(inputs.acquisition_spend)
            self.fields["new_customers"].setValue(inputs.new_customers or 1)
        else:
            self.cac_mode.setCurrentIndex(2)
        self._building = False
        self._modes_changed()

    def _changed(self) -> None:
        if not self._building:
            self.inputs_changed.emit(self.inputs())

    def _format(self, name: str, value: float | None) -> str:
        if name in MONEY_VALUES:
            return self.formatter.money(value)
        if name in SHARE_VALUES:
            return self.formatter.percent(value)
        if name == "ltv_cac_ratio":
            return self.formatter.ratio(value)
        return self.formatter.number(value)

    def show_result(self, inputs: CalculatorInputs, result: CalculatorResult, levers: list[Lever],
                    sensitivity: Sensitivity) -> None:  # fmt: skip
        self.error_label.clear()
        self._mark_invalid(None)
        values = formula_values(inputs, result)
        for name, (_title, value_label, formula_label) in self.result_rows.items():
            value = getattr(result, name)
            value_label.setText(self._format(name, value))
            formula = formula_for(name, inputs)
            filled = PLACEHOLDER.sub(lambda match: self._format(match.group(1), values.get(match.group(1))), formula)
            formula_label.setText(f"= {filled}" if value is not None else "")
            formula_label.setToolTip(PLACEHOLDER.sub(lambda match: match.group(1), formula))
        verdicts = {
            "losing": self.tr("Each customer costs more to win than they bring: you lose money on every one."),
            "thin": self.tr("Thin: customers pay back their cost, but with little to spare (aim for 3:1)."),
            "healthy": self.tr("Healthy: each customer brings 3 to 5 times what winning them costs."),
            "under_investing": self.tr("Above 5:1: you may be under-investing in growth; more marketing could pay."),
        }
        if result.verdict:
            self.verdict.setText(verdicts[result.verdict])
            self.verdict.setStyleSheet(f"color: white; background: {VERDICT_COLOURS[result.verdict]}; padding: 6px;")
        else:
            self.verdict.setText(self.tr("Add marketing spend or CAC to see LTV:CAC."))
            self.verdict.setStyleSheet("color: #555; padding: 6px;")
        self._show_levers(levers)
        self.churn_chart.clear()
        self.churn_chart.format_value = self.formatter.money
        self.churn_chart.line(self.tr("LTV"), [c * 100 for c in sensitivity.annual_churn], sensitivity.ltv)
        self.cac_chart.clear()
        self.cac_chart.format_value = self.formatter.ratio
        if sensitivity.cac:
            self.cac_chart.line(self.tr("LTV:CAC"), sensitivity.cac, sensitivity.ratio, 1)
            self.cac_chart.line(self.tr("3:1"), [sensitivity.cac[0], sensitivity.cac[-1]], [3, 3], 3, dashed=True)

    def _show_levers(self, levers: list[Lever]) -> None:
        self.levers_chart.clear()
        names = [self.labels.get(lever.input_name, lever.input_name) for lever in levers][::-1]
        changes = [lever.change for lever in levers][::-1]
        self.levers_chart.bars(self.tr("LTV change"), list(range(len(changes))), changes, 2, 0.6, horizontal=True)
        axis = self.levers_chart.plot.getAxis("left")
        axis.setTicks([list(enumerate(names))])
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        axis.setWidth(max(90, max((metrics.horizontalAdvance(name) for name in names), default=60) + 24))
        self.levers_chart.format_value = self.formatter.money

    def show_error(self, field: str, message: str) -> None:
        self.error_label.setText(message)
        self._mark_invalid(field)
        for _title, value_label, formula_label in self.result_rows.values():
            value_label.setText(Formatter.DASH)
            formula_label.clear()
        self.verdict.clear()

    def _mark_invalid(self, field: str | None) -> None:
        """Colour the one field in error through a property the view's style sheet reads."""
        for name, spin in self.fields.items():
            invalid = name == field
            if bool(spin.property("invalid")) != invalid:
                spin.setProperty("invalid", invalid)
                spin.style().unpolish(spin)
                spin.style().polish(spin)

    def _ask_scenario_name(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("Save scenario"), self.tr("Name of this scenario:"))
        if accepted and name.strip():
            self.scenario_save_requested.emit(name.strip())

    def show_scenarios(self, scenarios: list[tuple[str, CalculatorResult]]) -> None:
        rows = ["ltv", "ltv_cac_ratio", "payback_months", "lifespan_years", "annual_contribution", "cac"]
        self.scenarios.clear()
        self.scenarios.setVisible(bool(scenarios))
        self.scenarios_title.setVisible(bool(scenarios))
        self.scenarios.setColumnCount(len(scenarios))
        self.scenarios.setRowCount(len(rows))
        self.scenarios.setHorizontalHeaderLabels([name for name, _ in scenarios])
        self.scenarios.setVerticalHeaderLabels([self.result_names[row] for row in rows])
        for column, (_name, result) in enumerate(scenarios):
            for row, field in enumerate(rows):
                item = QTableWidgetItem(self._format(field, getattr(result, field)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.scenarios.setItem(row, column, item)
