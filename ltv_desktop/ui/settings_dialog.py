"""Analysis → Settings: the settings of docs/metrics.md 2.2, the as-of date, the forecast, currency, language."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ltv_desktop.i18n import normalise_language
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.inactivity import Threshold
from ltv_desktop.model.settings import Settings
from ltv_desktop.pipeline import ForecastOptions
from ltv_desktop.ui.labels import NOTE_COLOUR, sentence_label

SUGGESTED_HOLDOUT_DAYS = 180
"""An earlier as-of date to offer: half a year of later sales is enough to check the forecast against."""
MODELS = ("auto", "bgnbd", "mbgnbd", "paretonbd")
"""The purchase models the forecast can use (docs/metrics.md section 3.1); auto picks one from the data."""


@dataclasses.dataclass(frozen=True)
class SettingsChoice:
    """What the owner chose in the dialog, typed: the analysis settings, the forecast, the currency, the language.

    `currency` is the owner's own symbol; empty means "from the data, else the language" (the window decides).
    """

    settings: Settings
    forecast: ForecastOptions
    currency: str
    language: str


def _automatic_row(automatic: QCheckBox, editor: QWidget, on: bool) -> QHBoxLayout:
    """A checkbox that, while ticked, lets the app choose and greys out the editor beside it."""
    automatic.toggled.connect(lambda checked: editor.setEnabled(not checked))
    automatic.setChecked(on)
    editor.setEnabled(not on)
    row = QHBoxLayout()
    row.addWidget(automatic)
    row.addWidget(editor, 1)
    return row


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, currency: str, language: str, parent: QWidget | None = None, *,
                 data_range: tuple[dt.date, dt.date] | None = None, forecast: ForecastOptions | None = None,
                 threshold: Threshold | None = None, automatic_currency: str = "") -> None:  # fmt: skip
        """`currency` is the owner's own symbol ("" = automatic, `automatic_currency` shown greyed in the field);
        `data_range` (first and last sale of the open file) bounds the as-of date; `forecast` holds the forecast's
        time unit, horizon and model; `threshold` is the inactivity threshold the last analysis used, shown in
        words under the days (docs/metrics.md section 2.3.1)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis settings"))
        self.period = QComboBox()
        for value, label in (("month", self.tr("Month")), ("week", self.tr("Week")), ("quarter", self.tr("Quarter"))):
            self.period.addItem(label, value)
        self.period.setCurrentIndex(self.period.findData(settings.period))
        language = normalise_language(language)
        self.churn_days = QSpinBox()
        self.churn_days.setRange(7, 3650)
        shown_days = settings.churn_days or (threshold.days if threshold is not None else 180)
        self.churn_days.setValue(shown_days)
        self.churn_days.setSuffix(self.tr(" days"))
        self.churn_days_auto = QCheckBox(text("trust.settings_auto", language))
        self.churn_days_auto.setToolTip(text("trust.settings_auto_tooltip", language))
        churn_row = _automatic_row(self.churn_days_auto, self.churn_days, settings.churn_days is None)
        self.churn_days_said = sentence_label("churn_days_said", NOTE_COLOUR)
        self.churn_days_said.setText(
            threshold.sentence(language) if threshold is not None else text("trust.settings_not_analyzed", language)
        )
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0.1, 100)
        self.margin.setValue(settings.margin * 100)
        self.margin.setSuffix(" %")
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, 100)
        self.discount.setValue(settings.discount_rate * 100)
        self.discount.setSuffix(" %")
        self.max_lifespan = QDoubleSpinBox()
        self.max_lifespan.setRange(0.5, 100)
        self.max_lifespan.setValue(settings.max_lifespan_years)
        self.max_lifespan.setSuffix(self.tr(" years"))
        self.as_of_end = QCheckBox(self.tr("Last sale in the data"))
        self.as_of_end.setToolTip(
            self.tr("Choose an earlier date to keep the later sales aside and check the forecast against them.")
        )
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        if data_range is not None:
            first, last = data_range
            self.as_of.setDateRange(QDate(first), QDate(last))
            suggested = max(first, last - dt.timedelta(days=SUGGESTED_HOLDOUT_DAYS))
        else:
            suggested = dt.date.today()
        self.as_of.setDate(QDate(settings.as_of or suggested))
        as_of_row = _automatic_row(self.as_of_end, self.as_of, settings.as_of is None)
        forecast = forecast or ForecastOptions()
        self.forecast = forecast
        self.time_unit = QComboBox()
        for value, label in (("day", self.tr("Days")), ("week", self.tr("Weeks")), ("month", self.tr("Months"))):
            self.time_unit.addItem(label, value)
        self.time_unit.setCurrentIndex(max(0, self.time_unit.findData(forecast.time_unit)))
        self.horizon = QDoubleSpinBox()
        self.horizon.setRange(1, 120)
        self.horizon.setDecimals(0)
        self.horizon.setValue(float(forecast.horizon_months))
        self.horizon.setSuffix(self.tr(" months"))
        self.model = QComboBox()
        self.model.setObjectName("forecast_model")
        for value in MODELS:
            self.model.addItem(text(f"settings_dialog.model_{value}", language), value)
        self.model.setToolTip(text("settings_dialog.model_tooltip", language))
        self.model.setCurrentIndex(max(0, self.model.findData(forecast.model)))
        self.currency = QLineEdit(currency)
        self.currency.setObjectName("currency")
        if automatic_currency:
            self.currency.setPlaceholderText(
                text("settings_dialog.currency_automatic", language, currency=automatic_currency)
            )
        self.currency.setToolTip(text("settings_dialog.currency_tooltip", language))
        self.language = QComboBox()
        for value, label in (("en", "English"), ("ru", "Русский"), ("pl", "Polski")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Lost after no purchase for"), churn_row)
        form.addRow("", self.churn_days_said)
        form.addRow(self.tr("Gross margin"), self.margin)
        form.addRow(self.tr("Discount rate a year"), self.discount)
        form.addRow(self.tr("Longest lifespan to assume"), self.max_lifespan)
        form.addRow(self.tr("As of"), as_of_row)
        form.addRow(self.tr("Forecast counts time in"), self.time_unit)
        form.addRow(self.tr("Forecast horizon"), self.horizon)
        form.addRow(text("settings_dialog.model", language), self.model)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> SettingsChoice:
        """The owner's choices; raises InvalidSettings when they do not fit together (a quarter and 30 days)."""
        currency = self.currency.text().strip()
        settings = Settings(
            period=self.period.currentData(),
            churn_days=None if self.churn_days_auto.isChecked() else self.churn_days.value(),
            as_of=None if self.as_of_end.isChecked() else self.as_of.date().toPython(),
            margin=self.margin.value() / 100,
            discount_rate=self.discount.value() / 100,
            max_lifespan_years=self.max_lifespan.value(),
            currency=currency,
        )
        forecast = dataclasses.replace(
            self.forecast,
            time_unit=self.time_unit.currentData(),
            horizon_months=float(self.horizon.value()),
            model=self.model.currentData(),
        )
        return SettingsChoice(settings, forecast, currency, self.language.currentData())
