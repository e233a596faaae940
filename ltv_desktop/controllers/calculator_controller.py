"""Calculator workflow: the view's inputs through model.calculator, the results back to the view.

The formulas take microseconds, so they run on the GUI thread as the user types; nothing here reads a file or
waits. A wrong value does not blank the tab: the controller finds every wrong box, computes with stand-ins for
them, and blanks only the results whose formulas use a wrong box (docs/metrics.md section 1).

The retention mode fits the shifted-beta-geometric model to the typed shares (docs/metrics.md section 5), which
takes a second or two: the fit runs on a worker thread 400 ms after the last change of a share, a fit for
shares since changed is dropped (a generation counter), and the fitted α, β are kept so that a change of the
revenue, margin or discount rate recomputes the LTV at once, without a new fit.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThreadPool, QTimer, Signal

from ltv_desktop import pipeline
from ltv_desktop.controllers.workers import Worker, start
from ltv_desktop.i18n.catalogue import text
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
from ltv_desktop.model.errors import InvalidInput, LtvError
from ltv_desktop.model.progress import Progress
from ltv_desktop.ui.calculator_view import PLACEHOLDER, CalculatorView, RetentionInputs, RetentionResult
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.messages import error_text, ui_language

if TYPE_CHECKING:
    from ltv_desktop.model.result import AnalysisResult
    from ltv_desktop.model.sbg import SbgFit

log = logging.getLogger(__name__)

SCENARIOS_KEY = "calculator/scenarios"
STATE_KEY = "calculator/state"
ACQUISITION_FIELDS = ("acquisition_spend", "new_customers", "cac")
"""Optional inputs: when one is wrong, CAC and what needs it go blank, LTV and the rest stay."""
STAND_INS = {"aov": 1.0, "frequency": 1.0, "lifespan_years": 1.0, "churn_rate": 0.5, "gross_margin": 1.0,
             "retention_cost": 0.0, "discount_rate": 0.0, "acquisition_spend": 0.0, "new_customers": 1.0,
             "cac": 0.0}  # fmt: skip
"""Valid values put in place of a wrong box, so that the results that do not use it can still be computed."""
OUTPUTS = frozenset(FORMULAS) | {"lifespan_years"}
FIT_DELAY_MS = 400
"""How long after the last change of a share the fit starts: typing "8", "7" fits once, for 87."""
COHORT = 1000.0
"""The cohort size the typed shares are taken from: it scales the likelihood only, not α and β."""
MISS_TOLERANCE = 0.02
"""A fitted curve further than 2 percentage points from a typed share is said: sBG cannot follow a churn that
rises from period to period, and the owner should know the projection does not follow the shares."""
PROJECTED = {"month": 24, "year": 10}
"""How far the projected curve reaches at least (periods); twice the typed periods if that is further."""


def retention_problems(inputs: RetentionInputs, language: str) -> dict[str, str]:
    """Every box the retention mode cannot take, said beside it: `share.<i>` (from 0), `shares` for the list."""
    problems: dict[str, str] = {}
    shares = inputs.shares
    for index, share in enumerate(shares):
        if not (math.isfinite(share) and 0 < share <= 1):
            problems[f"share.{index}"] = text("retention_calc.share_range", language)
        elif index and f"share.{index - 1}" not in problems and share > shares[index - 1]:
            problems[f"share.{index}"] = text("retention_calc.share_rises", language, value=share,
                                              previous=shares[index - 1])  # fmt: skip
    if len(shares) < 2:
        problems["shares"] = text("retention_calc.too_few_periods", language)
    if not (math.isfinite(inputs.period_revenue) and inputs.period_revenue > 0):
        problems["period_revenue"] = text("retention_calc.revenue_positive", language)
    if not 0 < inputs.gross_margin <= 1:
        problems["gross_margin"] = text("calc.margin_range", language)
    if not inputs.discount_rate >= 0:
        problems["discount_rate"] = text("retention_calc.discount_negative", language)
    return problems


def fit_shares(generation: int, shares: tuple[float, ...], _progress: Progress) -> tuple[Any, ...]:
    """The worker's job: the fit, or the reason the model refused the shares, tagged with its generation."""
    try:
        return generation, shares, pipeline.fit_retention(list(shares), COHORT), None
    except LtvError as error:
        return generation, shares, None, error


def inputs_behind(output: str, inputs: CalculatorInputs, _path: tuple[str, ...] = ()) -> frozenset[str]:
    """The inputs one output's formula uses, through the outputs it uses (ltv → annual_contribution → aov …)."""
    used: set[str] = set()
    for name in PLACEHOLDER.findall(formula_for(output, inputs)):
        if name in OUTPUTS and name != output and name not in _path:
            used |= inputs_behind(name, inputs, (*_path, output))
        else:
            used.add(name)
    return frozenset(used)


def finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


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
    retention_shown = Signal()
    """A fit finished and its curve (or the reason there is none) is shown."""

    def __init__(self, view: CalculatorView, settings: QSettings) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.analysis: AnalysisResult | None = None
        self.scenarios: dict[str, CalculatorInputs] = self._load_scenarios()
        self.fit: SbgFit | None = None
        self.fitted_shares: tuple[float, ...] | None = None
        self.generation = 0
        """Raised whenever the shares change: a fit that finishes with an older one is for other shares."""
        self.worker: Worker | None = None
        self.pending_shares: tuple[float, ...] | None = None
        self.retention: RetentionInputs | None = None
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(FIT_DELAY_MS)
        self.fit_timer.timeout.connect(self._start_fit)
        view.inputs_changed.connect(self.recalculate)
        view.retention_changed.connect(self.update_retention)
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
        self._save_state()
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

    def _save_state(self) -> None:
        self.settings.setValue(STATE_KEY, json.dumps(self.view.state()))

    def update_retention(self, inputs: RetentionInputs) -> None:
        """Shares that cannot be fitted are said and nothing is fitted; new shares are fitted after a pause; the
        shares already fitted only recompute the lifetime and LTV."""
        self._save_state()
        self.retention = inputs
        problems = retention_problems(inputs, ui_language())
        if any(name.startswith("share") for name in problems):
            self._drop_fit()
            self.view.show_retention_errors(problems)
            self.view.show_retention(inputs, None, text("retention_calc.status_fix", ui_language()))
            return
        if self.fit is not None and self.fitted_shares == inputs.shares:
            self._show_fit(inputs)
            return
        self.view.show_retention_errors(problems)
        if self.pending_shares == inputs.shares:
            return  # the fit for these shares is on its way
        self._drop_fit()
        self.pending_shares = inputs.shares
        self.view.show_retention_fitting()
        self.fit_timer.start()

    def _drop_fit(self) -> None:
        """Forget the fitted curve and any fit waiting or running: the shares it is for are gone."""
        self.generation += 1
        self.fit_timer.stop()
        if self.worker is not None:
            if not QThreadPool.globalInstance().tryTake(self.worker):
                self.worker.cancel()
            self.worker = None
        self.fit = self.fitted_shares = self.pending_shares = None

    def _start_fit(self) -> None:
        if self.pending_shares is None:
            return
        worker = Worker(functools.partial(fit_shares, self.generation, self.pending_shares))
        worker.signals.finished.connect(self._fitted)
        worker.signals.crashed.connect(self._fit_crashed)
        self.worker = worker
        start(worker)

    def _fitted(self, outcome: tuple[Any, ...]) -> None:
        generation, shares, fit, error = outcome
        if generation != self.generation or self.retention is None:
            return  # fitted to shares the owner has since changed
        self.worker, self.pending_shares = None, None
        inputs = self.retention
        if error is not None:
            problems = retention_problems(inputs, ui_language())
            problems["shares"] = error_text(error)
            self.view.show_retention_errors(problems)
            self.view.show_retention(inputs, None, text("retention_calc.status_fix", ui_language()))
        else:
            self.fit, self.fitted_shares = fit, shares
            self._show_fit(inputs)
        self.retention_shown.emit()

    def _fit_crashed(self, details: str) -> None:
        """A fault of the program, not of the shares: logged, and said in one line."""
        log.error("The retention fit failed:\n%s", details)
        if self.worker is not None and self.sender() is self.worker.signals and self.retention is not None:
            self.worker, self.pending_shares = None, None
            self.view.show_retention(self.retention, None, text("retention_calc.fit_crashed", ui_language()))
            self.retention_shown.emit()

    def _show_fit(self, inputs: RetentionInputs) -> None:
        """The fitted curve with the lifetime and LTV the other boxes allow (docs/metrics.md section 5)."""
        fit = self.fit
        assert fit is not None
        language = ui_language()
        problems = retention_problems(inputs, language)
        from ltv_desktop.model.sbg import new_customer_lifetime, period_rate  # numpy: loaded by the first fit

        rate = None if "discount_rate" in problems else period_rate(inputs.discount_rate, inputs.period)
        lifetime = new_customer_lifetime(fit.alpha, fit.beta, rate) if rate is not None else None
        if rate is not None and lifetime is None:
            problems["discount_rate"] = text("retention_calc.endless", language)
        ltv = None
        if lifetime is not None and not {"period_revenue", "gross_margin"} & set(problems):
            ltv = inputs.period_revenue * inputs.gross_margin * lifetime[1]
        horizon = max(2 * len(inputs.shares), PROJECTED.get(inputs.period, 10))
        result = RetentionResult(
            alpha=fit.alpha,
            beta=fit.beta,
            projected=tuple(float(v) for v in fit.survival(horizon)),
            period_rate=rate,
            derl=lifetime[0] if lifetime else None,
            lifetime=lifetime[1] if lifetime else None,
            ltv=ltv,
        )
        gap = max(abs(fitted - typed) for fitted, typed in zip(result.projected, inputs.shares, strict=False))
        if problems:
            status = text("retention_calc.status_fix_other", language)
        elif gap > MISS_TOLERANCE:
            status = text("retention_calc.status_misses", language, gap=gap)
        else:
            status = text("retention_calc.status_fitted", language)
        self.view.show_retention_errors(problems)
        self.view.show_retention(inputs, result, status)

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
        return {key: value for key, value in stored.items() if isinstance(value, str) or finite(value)
                or (isinstance(value, list) and all(finite(v) for v in value))}  # fmt: skip

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
