"""Calculator workflow: the view's inputs through model.calculator, the results back to the view.

The formulas take microseconds, so they run on the GUI thread as the user types; nothing here reads a file or
waits. A wrong value does not blank the tab: the controller finds every wrong box, computes with stand-ins for
them, and blanks only the results whose formulas use a wrong box (docs/metrics.md section 1).
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings

from ltv_desktop.model.calculator import (
    FORMULAS,
    CalculatorInputs,
    CalculatorResult,
    calculate,
    formula_for,
    inputs_from_summary,
    levers,
    sensitivity,
    validate,
)
from ltv_desktop.model.errors import InvalidInput
from ltv_desktop.ui.calculator_view import PLACEHOLDER, CalculatorView
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.messages import error_text

if TYPE_CHECKING:
    from ltv_desktop.model.result import AnalysisResult

SCENARIOS_KEY = "calculator/scenarios"
STATE_KEY = "calculator/state"
ACQUISITION_FIELDS = ("acquisition_spend", "new_customers", "cac")
"""Optional inputs: when one is wrong, CAC and what needs it go blank, LTV and the rest stay."""
STAND_INS = {"aov": 1.0, "frequency": 1.0, "lifespan_years": 1.0, "churn_rate": 0.5, "gross_margin": 1.0,
             "retention_cost": 0.0, "discount_rate": 0.0, "acquisition_spend": 0.0, "new_customers": 1.0,
             "cac": 0.0}  # fmt: skip
"""Valid values put in place of a wrong box, so that the results that do not use it can still be computed."""
OUTPUTS = frozenset(FORMULAS) | {"lifespan_years"}


def inputs_behind(output: str, inputs: CalculatorInputs, _path: tuple[str, ...] = ()) -> frozenset[str]:
    """The inputs one output's formula uses, through the outputs it uses (ltv → annual_contribution → aov …)."""
    used: set[str] = set()
    for name in PLACEHOLDER.findall(formula_for(output, inputs)):
        if name in OUTPUTS and name != output and name not in _path:
            used |= inputs_behind(name, inputs, (*_path, output))
        else:
            used.add(name)
    return frozenset(used)


def check(inputs: CalculatorInputs) -> tuple[CalculatorInputs, dict[str, InvalidInput]]:
    """Every wrong box (the model names the first; a stand-in then lets it name the next) and inputs that pass."""
    errors: dict[str, InvalidInput] = {}
    usable = inputs
    for _ in range(len(STAND_INS) + 1):
        try:
            validate(usable)
            return usable, errors
        except InvalidInput as error:
            if error.field in errors:
                raise  # a stand-in that is itself refused: a programming error, not the owner's
            errors[error.field] = error
            if error.field in STAND_INS:
                usable = usable.replace(**{error.field: STAND_INS[error.field]})
            else:
                raise
    return usable, errors


class CalculatorController(QObject):
    def __init__(self, view: CalculatorView, settings: QSettings) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.analysis: AnalysisResult | None = None
        self.scenarios: dict[str, CalculatorInputs] = self._load_scenarios()
        view.inputs_changed.connect(self.recalculate)
        view.fill_from_data_requested.connect(self.fill_from_data)
        view.scenario_save_requested.connect(self.save_scenario)
        stored = self._load_state()
        if stored:
            view.apply_state(stored)  # recalculates through inputs_changed
        else:
            self.recalculate(view.inputs())
        self._show_scenarios()

    def recalculate(self, inputs: CalculatorInputs) -> CalculatorResult | None:
        """Show every result the inputs allow; the full result only when no box is wrong (else None)."""
        self.settings.setValue(STATE_KEY, json.dumps(self.view.state()))
        usable, errors = check(inputs)
        messages = {field: error_text(error) for field, error in errors.items()}
        result = calculate(usable)
        wrong = set(errors)
        unknown = frozenset(output for output in OUTPUTS if inputs_behind(output, inputs) & wrong)
        if wrong - set(
            ACQUISITION_FIELDS
        ):  # the charts vary the core inputs: with one of them wrong they would mislead
            self.view.show_result(inputs, result, [], None, messages, unknown)
        else:
            self.view.show_result(inputs, result, levers(usable), sensitivity(usable), messages, unknown)
        return None if errors else result

    def set_formatter(self, formatter: Formatter) -> None:
        """The inputs, results and saved scenarios in one currency and the language's number format."""
        self.view.set_currency(formatter)
        self._show_scenarios()

    def set_analysis(self, analysis: AnalysisResult | None) -> None:
        self.analysis = analysis
        self.view.fill_button.setEnabled(analysis is not None and analysis.summary.ltv is not None)

    def inputs_from_analysis(self) -> CalculatorInputs | None:
        """The inputs that reproduce the analysis' headline, or None without an analysis or enough history."""
        if self.analysis is None:
            return None
        return inputs_from_summary(self.analysis.summary, self.analysis.settings)

    def fill_from_data(self) -> None:
        """One undoable step: Ctrl+Z puts back the numbers the owner had typed."""
        inputs = self.inputs_from_analysis()
        if inputs is not None:
            self.view.set_inputs(inputs, QCoreApplication.translate("CalculatorView", "Fill from my data"))

    def save_scenario(self, name: str) -> None:
        self.scenarios[name] = self.view.inputs()
        self.settings.setValue(
            SCENARIOS_KEY, json.dumps({key: value.__dict__ for key, value in self.scenarios.items()})
        )
        self._show_scenarios()

    def _load_state(self) -> dict | None:
        """The boxes as the owner left them (last start, or before a language switch); None if never saved."""
        try:
            stored = json.loads(str(self.settings.value(STATE_KEY, "")))
        except ValueError:
            return None
        if not isinstance(stored, dict):
            return None
        return {
            key: value
            for key, value in stored.items()
            if isinstance(value, str) or (isinstance(value, int | float) and math.isfinite(value))
        }

    def _load_scenarios(self) -> dict[str, CalculatorInputs]:
        try:
            stored = json.loads(str(self.settings.value(SCENARIOS_KEY, "{}")))
            return {name: CalculatorInputs(**values) for name, values in stored.items()}
        except (ValueError, TypeError):
            return {}

    def _show_scenarios(self) -> None:
        shown = []
        for name, inputs in self.scenarios.items():
            try:
                shown.append((name, calculate(inputs)))
            except InvalidInput:
                continue
        self.view.show_scenarios(shown)
