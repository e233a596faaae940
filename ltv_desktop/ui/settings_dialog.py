"""Analysis → Settings: the settings of docs/metrics.md 2.2, the as-of date, the forecast, currency, language."""

from __future__ import annotations

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
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ltv_desktop.i18n import normalise_language
from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.inactivity import Threshold
from ltv_desktop.model.settings import Settings

SUGGESTED_HOLDOUT_DAYS = 180
"""An earlier as-of date to offer: half a year of later sales is enough to check the forecast against."""


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, currency: str, language: str, parent: QWidget | None = None, *,
                 data_range: tuple[dt.date, dt.date] | None = None,
                 predictive: dict | None = None, threshold: Threshold | None = None) -> None:  # fmt: skip
        """`data_range` (first and last sale of the open file) bounds the as-of date; `predictive` holds
        the forecast's time unit and horizon in months; `threshold` is the inactivity threshold the last
        analysis used, shown in words under the days (docs/metrics.md section 2.3.1)."""
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
        self.churn_days_auto.toggled.connect(lambda checked: self.churn_days.setEnabled(not checked))
        self.churn_days_auto.setChecked(settings.churn_days is None)
        self.churn_days.setEnabled(settings.churn_days is not None)
        churn_row = QHBoxLayout()
        churn_row.addWidget(self.churn_days_auto)
        churn_row.addWidget(self.churn_days, 1)
        self.churn_days_said = QLabel(
            threshold.sentence(language) if threshold is not None else text("trust.settings_not_analyzed", language)
        )
        self.churn_days_said.setObjectName("churn_days_said")
        self.churn_days_said.setWordWrap(True)
        self.churn_days_said.setStyleSheet("color: #4a5568;")
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
        self.as_of_end.toggled.connect(lambda checked: self.as_of.setEnabled(not checked))
        self.as_of_end.setChecked(settings.as_of is None)
        self.as_of.setEnabled(settings.as_of is not None)
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(self.as_of_end)
        as_of_row.addWidget(self.as_of, 1)
        predictive = predictive or {}
        self.time_unit = QComboBox()
        for value, label in (("day", self.tr("Days")), ("week", self.tr("Weeks")), ("month", self.tr("Months"))):
            self.time_unit.addItem(label, value)
        self.time_unit.setCurrentIndex(max(0, self.time_unit.findData(predictive.get("time_unit", "week"))))
        self.horizon = QDoubleSpinBox()
        self.horizon.setRange(1, 120)
        self.horizon.setDecimals(0)
        self.horizon.setValue(float(predictive.get("horizon_months", 12.0)))
        self.horizon.setSuffix(self.tr(" months"))
        self.currency = QLineEdit(currency)
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
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "period": self.period.currentData(),
            "churn_days": None if self.churn_days_auto.isChecked() else self.churn_days.value(),
            "margin": self.margin.value() / 100,
            "discount_rate": self.discount.value() / 100,
            "max_lifespan_years": self.max_lifespan.value(),
            "as_of": None if self.as_of_end.isChecked() else self.as_of.date().toPython(),
            "time_unit": self.time_unit.currentData(),
            "horizon_months": self.horizon.value(),
            "currency": self.currency.text().strip(),
            "language": self.language.currentData(),
        }
