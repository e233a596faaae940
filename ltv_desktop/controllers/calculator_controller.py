"""Calculator workflow: the view's inputs through model.calculator, the results back to the view.

The formulas take microseconds, so they run on the GUI thread as the user
types; nothing here reads a file or waits.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QSettings

from ltv_desktop.model.calculator import (
    CalculatorInputs,
    CalculatorResult,
    calculate,
    inputs_from_summary,
    levers,
    sensitivity,
)
from ltv_desktop.model.errors import InvalidInput
from ltv_desktop.model.result import AnalysisResult
from ltv_desktop.ui.calculator_view import CalculatorView
from ltv_desktop.ui.messages import error_text

SCENARIOS_KEY = "calculator/scenarios"


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
        self.recalculate(view.inputs())
        self._show_scenarios()

    def recalculate(self, inputs: CalculatorInputs) -> CalculatorResult | None:
        try:
            result = calculate(inputs)
            self.view.show_result(inputs, result, levers(inputs), sensitivity(inputs))
        except InvalidInput as error:
            self.view.show_error(error.field, error_text(error))
            return None
        return result

    def set_analysis(self, analysis: AnalysisResult | None) -> None:
        self.analysis = analysis
        self.view.fill_button.setEnabled(analysis is not None and analysis.summary.ltv is not None)

    def inputs_from_analysis(self) -> CalculatorInputs | None:
        """The inputs that reproduce the analysis' headline, or None without an analysis or enough history."""
        if self.analysis is None:
            return None
        return inputs_from_summary(self.analysis.summary, self.analysis.settings)

    def fill_from_data(self) -> None:
        inputs = self.inputs_from_analysis()
        if inputs is not None:
            self.view.set_inputs(inputs)

    def save_scenario(self, name: str) -> None:
        self.scenarios[name] = self.view.inputs()
        self.settings.setValue(
            SCENARIOS_KEY, json.dumps({key: value.__dict__ for key, value in self.scenarios.items()})
        )
        self._show_scenarios()

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
