"""The Forecast tab: what the predictive models (docs/metrics.md section 3) say, and how far to trust them.

Five charts and a plain-words panel, drawn from the `PredictiveResult` the
worker already computed: the holdout check (Fader-Hardie-Lee's Figure 2), the
fit check by repeat purchases (of the model that speaks for the forecast),
P(alive) over recency and frequency, the customer base's predicted value over
the horizon with its 90 % range, and a new customer's value by month beside
what the cohorts paid.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ltv_desktop.i18n.catalogue import text as say
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.lazy_chart import LazyChart as Chart
from ltv_desktop.ui.lazy_chart import LazyHeatMap as HeatMap
from ltv_desktop.ui.messages import fill, notice_text, ui_language

if TYPE_CHECKING:
    from ltv_desktop.model.result import AnalysisResult

CHART_HEIGHT = (230, 290)
"""Two rows of charts and the words around them fit a 1280 × 800 window without scrolling (the third row, a
new customer's value, is scrolled to)."""
PERIOD_MONTHS = {"month": 1.0, "week": 12 / 52.1775, "quarter": 3.0}
"""A cohort period in months, to draw the observed LTV curve (by age in periods) on the model's month axis."""


def _message_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    label.setStyleSheet("color: #4a5568; font-size: 14px;")
    return label


class PredictiveView(QWidget):
    """Shows one analysis' predictive result; computes nothing (the worker did)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = Formatter()
        self.empty = _message_label(self.tr("Open a sales file (or the demo) and press Analyze to see the forecast."))
        self.empty.setObjectName("forecast_empty")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.built = False

    def _build(self) -> None:
        """The charts, made on the first result: four more pyqtgraph plots would cost the window's start
        about 0.1 s, for a tab nobody can look at before an analysis."""
        self.built = True
        self.summary = QLabel()
        self.summary.setObjectName("forecast_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.holdout_text = QLabel()
        self.holdout_text.setObjectName("holdout_text")
        self.holdout_text.setWordWrap(True)
        self.parameters = QLabel()
        self.parameters.setObjectName("forecast_parameters")
        self.parameters.setWordWrap(True)
        self.parameters.setStyleSheet("color: #4a5568;")
        self.notices = QLabel()
        self.notices.setObjectName("forecast_notices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #975a16;")

        self.tracking_chart = Chart(
            self.tr("Holdout check: repeat purchases after the as-of date"),
            self.tr("Time after the as-of date"),
            self.tr("Repeat purchases, cumulative"),
        )
        self.no_holdout = _message_label()
        self.no_holdout.setObjectName("no_holdout")
        self.tracking = QStackedWidget()
        self.tracking.addWidget(self.tracking_chart)
        self.tracking.addWidget(self.no_holdout)
        self.forecast_chart = Chart(
            self.tr("Predicted value of your current customers"),
            self.tr("Months after the as-of date"),
            self.tr("Value, cumulative"),
        )
        self.calibration_chart = Chart(
            self.tr("Fit check: customers by number of repeat purchases"),
            self.tr("Repeat purchases up to the as-of date"),
            self.tr("Customers"),
        )
        self.calibration_chart.legend.setOffset((-10, 5))  # top right: the tall bars stand at the left
        self.palive_chart = HeatMap(
            self.tr("Chance a customer is still active, P(alive)"),
            self.tr("Recency: time from first to last purchase"),
            self.tr("Repeat purchases"),
            self.tr("P(alive)"),
        )
        language = ui_language()
        self.new_customer_chart = Chart(
            say("forecast.new_customer_title", language),
            say("forecast.new_customer_axis", language),
            say("forecast.new_customer_value_axis", language),
        )
        self.new_customer_text = QLabel()
        self.new_customer_text.setObjectName("new_customer_text")
        self.new_customer_text.setWordWrap(True)
        self.new_customer_text.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.new_customer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        charts = QGridLayout()
        for index, chart in enumerate(
            (self.tracking, self.forecast_chart, self.calibration_chart, self.palive_chart, self.new_customer_chart)
        ):
            chart.setMinimumHeight(CHART_HEIGHT[0])
            chart.setMaximumHeight(CHART_HEIGHT[1])
            charts.addWidget(chart, index // 2, index % 2)
        charts.addWidget(self.new_customer_text, 2, 1)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.summary)
        inner.addWidget(self.holdout_text)
        inner.addWidget(self.notices)
        inner.addLayout(charts)
        inner.addWidget(self.parameters)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.pages.addWidget(scroll)

    def _unit_names(self) -> dict[str, str]:
        return {"day": self.tr("days"), "week": self.tr("weeks"), "month": self.tr("months")}

    def show_result(self, result: AnalysisResult, formatter: Formatter) -> None:
        """Draw the predictive part of `result`, or say plainly why there is none."""
        self.formatter = formatter
        predictive = result.predictive
        if predictive is None:
            reasons = [notice for notice in result.summary.warnings if notice.code.startswith("predictive.")]
            self.empty.setText(
                notice_text(reasons[0])
                if reasons  # the models could not be fitted to this data: say why
                else self.tr("The predictive models were not computed for this analysis, so there is no forecast.")
            )
            self.pages.setCurrentWidget(self.empty)
            return
        if not self.built:
            self._build()
        self.pages.setCurrentIndex(1)
        self._show_summary(result)
        self._show_tracking(result)
        self._show_forecast(result)
        self._show_calibration(result)
        self._show_palive(result)
        self._show_new_customer(result)
        self._show_parameters(result)

    def _show_summary(self, result: AnalysisResult) -> None:
        f, predictive = self.formatter, result.predictive
        totals = predictive.totals
        months = f.number(predictive.options.horizon_months, 0 if predictive.options.horizon_months % 1 == 0 else 1)
        text = fill(
            self.tr("Your %1 customers are predicted to bring %2 over the next %3 months after %4, about %5 each."),
            [
                f.integer(totals["customers"]),
                f.money(totals["predicted_clv"], 0),
                months,
                f.date(result.as_of),
                f.money(totals["predicted_clv_per_customer"]),
            ],
        )
        if totals.get("predicted_clv_low") is not None:
            text += " " + fill(
                self.tr("90 % range: %1 – %2."),
                [f.money(totals["predicted_clv_low"], 0), f.money(totals["predicted_clv_high"], 0)],
            )
        else:  # the notices below say why: no convergence, a flat likelihood, or every parameter at its limit
            text += " " + self.tr("The model could not say how uncertain this is; the notes below say why.")
        text += " " + self.tr("Gross margin and discount rate from Analysis settings are applied.")
        extra = int(totals["customers"]) - int(result.summary.customers)
        if extra > 0:  # docs/metrics.md 3 counts an order that came to zero as a purchase; the headline (2.1) does not
            text += " " + fill(
                self.tr(
                    "The forecast also counts %1 customers whose orders came to zero (free or fully refunded); "
                    "the Dashboard counts only customers with a paid order."
                ),
                [f.integer(extra)],
            )
        self.summary.setText(f"<b>{text}</b>")
        if predictive.model_reason is not None:  # which model speaks, and why (docs/metrics.md section 3.1)
            self.summary.setText(f"<b>{text}</b><br>{notice_text(predictive.model_reason)}")
        notices = [notice_text(notice) for notice in predictive.warnings]
        self.notices.setText("\n".join(notices))
        self.notices.setVisible(bool(notices))

    def _show_tracking(self, result: AnalysisResult) -> None:
        f, predictive = self.formatter, result.predictive
        holdout = predictive.holdout
        unit = self._unit_names()[predictive.options.time_unit]
        self.tracking_chart.clear()
        if holdout is None:
            self.holdout_text.setText(
                fill(
                    self.tr(
                        "No holdout check yet: the models learnt from every sale up to %1, so there is nothing "
                        'later to compare their forecast with. To see how well they predict, choose an earlier "As of" '
                        "date in Analysis → Settings (for example a few months before your last sale): sales after it "
                        "are kept aside and compared with the forecast."
                    ),
                    [f.date(result.as_of)],
                )
            )
            self.no_holdout.setText(self.holdout_text.text())
            self.tracking.setCurrentWidget(self.no_holdout)
            self.holdout_text.setVisible(False)
            return
        self.holdout_text.setVisible(True)
        self.tracking.setCurrentWidget(self.tracking_chart)
        end = result.as_of + dt.timedelta(days=holdout.days)
        actual, predicted, error = holdout.actual_total, holdout.predicted_total, holdout.relative_error
        self.holdout_text.setText(
            fill(
                self.tr(
                    "Holdout check: from %1 to %2 the model predicted %3 repeat purchases by these customers; they "
                    "made %4 (error %5)."
                ),
                [
                    f.date(result.as_of),
                    f.date(end),
                    f.number(predicted, 0),
                    f.integer(actual),
                    Formatter.DASH if error is None else ("+" if error > 0 else "") + f.percent(error),
                ],
            )
        )
        tracking = holdout.tracking
        from ltv_desktop.model.predictive import DAYS_PER_UNIT  # loaded already: the worker fitted the models

        # the last step ends after the last sale; the curves end where the data ends, at the holdout's totals
        steps = np.concatenate([[0], tracking["step"].to_numpy(dtype=float)])
        steps[-1] = holdout.days / DAYS_PER_UNIT[predictive.options.time_unit]
        actual_curve = np.concatenate([[0], tracking["actual_cumulative"].to_numpy(dtype=float)])
        predicted_curve = np.concatenate([[0], tracking["predicted_cumulative"].to_numpy(dtype=float)])
        predicted_curve[-1] = holdout.predicted_total
        chart = self.tracking_chart
        chart.set_label("bottom", fill(self.tr("%1 after %2"), [unit.capitalize(), f.date(result.as_of)]))
        chart.format_value = lambda value: f.number(value, 0)
        chart.line(self.tr("Actual"), steps, actual_curve, 0)
        chart.line(self.tr("Predicted"), steps, predicted_curve, 1, dashed=True)

    def _show_forecast(self, result: AnalysisResult) -> None:
        f, predictive = self.formatter, result.predictive
        forecast = predictive.forecast
        chart = self.forecast_chart
        chart.clear()
        chart.set_label("left", fill(self.tr("Value, cumulative (%1)"), [f.currency]))
        chart.format_value = lambda value: f.money(value, 0)
        if forecast is None or forecast.empty:
            return
        months = np.concatenate([[0], forecast["month"].to_numpy(dtype=float)])
        low = np.concatenate([[0], forecast["predicted_clv_low"].to_numpy(dtype=float)])
        high = np.concatenate([[0], forecast["predicted_clv_high"].to_numpy(dtype=float)])
        if np.isfinite(low[1:]).all() and np.isfinite(high[1:]).all():
            chart.band(self.tr("90 % range"), months, low, high, 0)
        chart.line(
            self.tr("Expected"), months, np.concatenate([[0], forecast["predicted_clv"].to_numpy(dtype=float)]), 0
        )

    def _show_calibration(self, result: AnalysisResult) -> None:
        f, predictive = self.formatter, result.predictive
        calibration = predictive.calibration
        chart = self.calibration_chart
        chart.clear()
        chart.set_categories(list(calibration["repeat_purchases"]))
        chart.format_value = lambda value: f.number(value, 0)
        x = np.arange(len(calibration), dtype=float)
        from ltv_desktop.model.predictive import MODEL_NAMES  # loaded already: the worker fitted the models

        model = say("forecast.calibration_model", ui_language(), model=MODEL_NAMES[predictive.model])
        chart.bars(self.tr("Actual"), x - 0.2, calibration["actual_customers"].to_numpy(dtype=float), 0, width=0.4)
        chart.bars(model, x + 0.2, calibration["predicted_customers"].to_numpy(dtype=float), 1, width=0.4)
        chart.set_ticks("bottom", [(float(i), str(label)) for i, label in enumerate(calibration["repeat_purchases"])])

    def _show_palive(self, result: AnalysisResult) -> None:
        f, predictive = self.formatter, result.predictive
        grid = predictive.palive_map
        unit = self._unit_names()[predictive.options.time_unit]
        observed = float(grid.columns.max()) if len(grid.columns) else 0.0
        chart = self.palive_chart
        chart.set_title(fill(self.tr("P(alive) for a customer first seen %1 %2 ago"), [f.number(observed, 0), unit]))
        chart.set_label("bottom", fill(self.tr("Recency: %1 from first to last purchase"), [unit]))
        chart.format_value = lambda value: "P(alive) " + f.percent(value, 0)
        chart.show_grid(
            grid.columns.to_numpy(dtype=float), grid.index.to_numpy(dtype=float), grid.to_numpy(float), (0.0, 1.0)
        )

    def _show_new_customer(self, result: AnalysisResult) -> None:
        """A new customer's value by month (docs/metrics.md 3.2) over the observed LTV curve of the cohorts (2.5),
        both with the gross margin applied, so the owner sees at a glance whether model and cohorts agree."""
        f, predictive, language = self.formatter, result.predictive, ui_language()
        chart = self.new_customer_chart
        chart.clear()
        chart.set_label("left", say("forecast.new_customer_value_axis", language, currency=f.currency))
        chart.format_value = lambda value: f.money(value, 0)
        table = predictive.new_customer
        if table is None or table.empty:
            self.new_customer_text.setText("")
            return
        months = table["month"].to_numpy(dtype=float)
        observed = result.cohorts.observed_ltv_curve.dropna()
        if len(observed):
            ages = (observed.index.to_numpy(dtype=float) + 1) * PERIOD_MONTHS[result.settings.period]
            inside = ages <= months[-1]
            chart.line(
                say("forecast.new_customer_observed", language),
                ages[inside],
                observed.to_numpy(dtype=float)[inside] * result.settings.margin,
                1,
            )
        ranged = bool(np.isfinite(table["value_low"]).all() and np.isfinite(table["value_high"]).all())
        if ranged:
            chart.band(say("forecast.range_90", language), months, table["value_low"], table["value_high"], 0)
        chart.line(say("forecast.new_customer_model", language), months, table["value"], 0, dashed=True)
        at = table.set_index("month")
        values = {}
        for month in (12, 24, 36):
            values[f"value_{month}"] = f.money(float(at.loc[month, "value"]), 0)
            values[f"low_{month}"] = f.money(float(at.loc[month, "value_low"]), 0)
            values[f"high_{month}"] = f.money(float(at.loc[month, "value_high"]), 0)
        code = "forecast.new_customer_summary" if ranged else "forecast.new_customer_summary_no_range"
        self.new_customer_text.setText(say(code, language, **values))

    def _show_parameters(self, result: AnalysisResult) -> None:
        f, predictive = self.formatter, result.predictive
        bg, gg = predictive.bgnbd, predictive.gamma_gamma
        unit = self._unit_names()[predictive.options.time_unit]
        lines = [
            fill(
                self.tr(
                    "Purchase model (BG/NBD), fitted on %1 customers: r = %2, α = %3, a = %4, b = %5. While still "
                    "active, a typical customer buys about once every %6 %7; after each purchase about %8 of "
                    "customers stop buying."
                ),
                [
                    f.integer(bg.n_customers),
                    *(f.number(value, 3) for value in bg.params),
                    f.number(bg.alpha / bg.r, 1),
                    unit,
                    f.percent(bg.a / (bg.a + bg.b), 0),
                ],
            )
        ]
        other = {"mbgnbd": predictive.mbgnbd, "paretonbd": predictive.paretonbd}
        for key, fit in other.items():
            if fit is None or not np.isfinite(fit.log_likelihood):
                continue
            values = ", ".join(
                f"{name} = {f.number(value, 3)}" for name, value in zip(fit.names, fit.params, strict=True)
            )
            lines.append(
                fill(
                    self.tr("%1 fitted on %2 customers: %3; log-likelihood %4.%5"),
                    [
                        fit.name,
                        f.integer(fit.n_customers),
                        values,
                        f.number(fit.log_likelihood, 2),
                        self.tr(" This model speaks for the forecast.") if key == predictive.model else "",
                    ],
                )
            )
        if predictive.model == "bgnbd":
            lines[0] += self.tr(" This model speaks for the forecast.")
        if bg.at_bound:
            lines[0] += " " + fill(self.tr("At the limit of the search (not estimates): %1."), [", ".join(bg.at_bound)])
        if gg is not None and gg.q > 1:
            lines.append(
                fill(
                    self.tr(
                        "Value model (Gamma-Gamma), fitted on %1 repeat customers: p = %2, q = %3, v = %4. It "
                        "expects an average purchase of about %5."
                    ),
                    [
                        f.integer(gg.n_customers),
                        *(f.number(value, 3) for value in gg.params),
                        f.money(gg.p * gg.v / (gg.q - 1)),
                    ],
                )
            )
        else:
            lines.append(self.tr("Value model (Gamma-Gamma) not used: each customer's own average purchase is used."))
        self.parameters.setText("\n".join(lines))
