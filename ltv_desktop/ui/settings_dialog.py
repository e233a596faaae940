"""Analysis → Settings: the METRICS.md 2.2 settings, the currency and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ltv_desktop.model.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, currency: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis settings"))
        self.period = QComboBox()
        for value, label in (("month", self.tr("Month")), ("week", self.tr("Week")), ("quarter", self.tr("Quarter"))):
            self.period.addItem(label, value)
        self.period.setCurrentIndex(self.period.findData(settings.period))
        self.churn_days = QSpinBox()
        self.churn_days.setRange(7, 3650)
        self.churn_days.setValue(settings.churn_days)
        self.churn_days.setSuffix(self.tr(" days"))
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
        self.currency = QLineEdit(currency)
        self.language = QComboBox()
        for value, label in (("en", "English"), ("ru", "Русский"), ("pl", "Polski")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout(self)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Lost after no purchase for"), self.churn_days)
        form.addRow(self.tr("Gross margin"), self.margin)
        form.addRow(self.tr("Discount rate a year"), self.discount)
        form.addRow(self.tr("Longest lifespan to assume"), self.max_lifespan)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "period": self.period.currentData(),
            "churn_days": self.churn_days.value(),
            "margin": self.margin.value() / 100,
            "discount_rate": self.discount.value() / 100,
            "max_lifespan_years": self.max_lifespan.value(),
            "currency": self.currency.text().strip(),
            "language": self.language.currentData(),
        }
