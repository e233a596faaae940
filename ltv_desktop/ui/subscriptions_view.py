"""The Subscriptions tab: MRR and its five movements by month, NRR/GRR, contractual LTV, and sBG retention.

Filled from a `pipeline.SubscriptionRun` (docs/metrics.md section 5); no computing here beyond putting the run's
numbers on screen. Movements that add MRR stand above zero, those that take it away below, so a month's bar
shows at a glance whether the book grew.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.kpi_card import KpiCard
from ltv_desktop.ui.labels import stacked
from ltv_desktop.ui.lazy_chart import LazyChart
from ltv_desktop.ui.messages import ui_language
from ltv_desktop.ui.result_table import result_table

GAINS = ("new", "expansion", "reactivation")
LOSSES = ("contraction", "churn")
TABLE_COLUMNS = ("month", "mrr", "new", "expansion", "contraction", "churn", "reactivation", "customers",
                 "logo_churn", "revenue_churn", "nrr", "grr")  # fmt: skip
SHARE_COLUMNS = ("logo_churn", "revenue_churn", "nrr", "grr")
PROJECTED_MONTHS = 24
YEARLY_DISCOUNT = 0.10
"""The DERL shown discounts at 10 % a year, as a small business's cost of money; per month (1.1^(1/12) − 1)."""


def column_title(column: str, language: str) -> str:
    """The table's (and the workbook's) column names: the command line's where it has them."""
    if column in ("nrr", "grr"):
        return text(f"subs2.col.{column}", language)
    return text(f"cli.subs.{column}", language)


def observed_survival(unbroken: np.ndarray) -> np.ndarray:
    """S(1), S(2), … chained from each month's pooled retention over the cohorts observed that far (Kaplan–Meier):
    never rising, unlike Σ alive(t) / Σ size, which jumps when a young cohort drops out of the later months."""
    rates = []
    for t in range(1, unbroken.shape[1]):
        seen = ~np.isnan(unbroken[:, t])
        before = unbroken[seen, t - 1].sum()
        if not seen.any() or before == 0:
            break
        rates.append(unbroken[seen, t].sum() / before)
    return np.cumprod(rates) if rates else np.zeros(0)


class SubscriptionsView(QWidget):
    read_as_subscriptions_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = ui_language()
        self.language = language
        self.hint = QLabel(text("subs2.empty", language))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("subscriptions_hint")
        self.read_button = QPushButton(text("subs2.read_as_subscriptions", language))
        self.read_button.setObjectName("read_as_subscriptions")
        self.read_button.clicked.connect(self.read_as_subscriptions_requested)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.read_button)

        self.cards: dict[str, KpiCard] = {}
        cards = QHBoxLayout()
        shown = (("mrr", "mrr"), ("nrr_12m", "nrr"), ("grr_12m", "grr"), ("logo_churn_monthly", "logo_churn"),
                 ("ltv", "ltv"), ("quick_ratio", "quick_ratio"))  # fmt: skip
        for key, tip in shown:
            card = KpiCard(text(f"cli.subs.summary.{key}", language), text(f"subs2.tip.{tip}", language))
            card.setObjectName(f"subs_card_{key}")
            self.cards[key] = card
            cards.addWidget(card)

        self.movements = LazyChart(
            text("subs2.chart.movements", language), text("cli.subs.month", language),
            text("subs2.chart.per_month", language),
        )  # fmt: skip
        self.movements.setObjectName("subs_movements_chart")
        self.retention = LazyChart(
            text("subs2.chart.retention", language), text("subs2.chart.months_since_start", language),
            text("subs2.chart.still_subscribed", language),
        )  # fmt: skip
        self.retention.setObjectName("subs_retention_chart")
        self.fit_text = QLabel()
        self.fit_text.setWordWrap(True)
        self.fit_text.setObjectName("subs_fit_text")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.movements)
        charts.addWidget(stacked(self.retention, self.fit_text, growing=self.retention))
        charts.setSizes([600, 400])

        self.table = result_table()
        self.table.setObjectName("subs_months_table")
        self.table.verticalHeader().setVisible(False)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(charts)
        body.addWidget(self.table)
        body.setSizes([330, 170])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(body, 1)
        self.run: Any = None
        self.formatter = Formatter()

    def show_message(self, message: str) -> None:
        self.hint.setText(message)

    def show_run(self, run: Any, formatter: Formatter, message: str = "") -> None:
        """Put a SubscriptionRun on screen: cards, movement bars with the MRR line, the table, the projection."""
        self.run, self.formatter = run, formatter
        result, f = run.result, formatter
        self.hint.setText(message)
        summary = result.summary
        for key, card in self.cards.items():
            value = summary.get(key)
            if key in ("mrr", "ltv"):
                shown = f.money(value, 0)
            elif key == "quick_ratio":
                shown = f.number(value, 2)
            else:
                shown = f.percent(value, 1)
            card.set_value(shown)
        self._show_movements(result.months, f)
        self._show_table(result.months, f)
        self._show_retention(run.retention, observed_survival(result.unbroken.to_numpy(dtype=float)), f)

    def _show_movements(self, months: Any, f: Formatter) -> None:
        import pyqtgraph as pg

        from ltv_desktop.ui.charts import PALETTE

        chart = self.movements.chart()  # built now: the bars go straight into its plot
        chart.clear()
        chart.set_locale(f.locale)
        chart.set_tick_format("left", f.money)
        chart.format_value = f.money
        x = np.arange(len(months), dtype=float)
        chart.set_categories([str(month) for month in months["month"]])
        colors = {"new": 2, "expansion": 0, "reactivation": 4, "contraction": 1, "churn": 3}
        for names, sign in ((GAINS, 1.0), (LOSSES, -1.0)):
            base = np.zeros(len(months))
            for name in names:
                heights = sign * months[name].to_numpy(dtype=float)
                brush = pg.mkBrush(PALETTE[colors[name] % len(PALETTE)])
                item = pg.BarGraphItem(x=x, y0=base, height=heights, width=0.8, brush=brush, pen=pg.mkPen(None),
                                       name=column_title(name, self.language))  # fmt: skip
                chart.plot.addItem(item)
                chart._series.append((column_title(name, self.language), x, heights, None))  # the hover read-out
                base = base + heights
        # MRR is many times a month's movements: on its own axis, or the bars would be a flat line at its foot
        mrr = column_title("mrr", self.language)
        chart.right_line(mrr, x, months["mrr"].to_numpy(dtype=float), mrr, f.money, color_index=5)
        chart.set_tick_format("right", f.money)

    def _show_table(self, months: Any, f: Formatter) -> None:
        rows = months.iloc[::-1]  # the latest month first: that is what an owner looks for
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(TABLE_COLUMNS))
        self.table.setHorizontalHeaderLabels([column_title(column, self.language) for column in TABLE_COLUMNS])
        for row, record in enumerate(rows.itertuples(index=False)):
            values = record._asdict()
            for column, name in enumerate(TABLE_COLUMNS):
                value = values[name]
                if name == "month":
                    shown = str(value)
                elif name == "customers":
                    shown = f.integer(value)
                elif name in SHARE_COLUMNS:
                    shown = f.percent(value, 1)
                else:
                    shown = f.money(value, 0)
                item = QTableWidgetItem(shown)
                if name != "month":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _show_retention(self, fit: Any, observed: np.ndarray, f: Formatter) -> None:
        chart = self.retention
        chart.clear()
        chart.set_locale(f.locale)
        chart.set_tick_format("left", lambda value, *_: f.percent(value, 0))
        chart.format_value = lambda value: f.percent(value, 1)
        if fit is None:
            self.fit_text.setText(text("subs2.no_fit", self.language))
            return
        months = max(PROJECTED_MONTHS, len(observed) + 6)
        x_observed = np.arange(0, len(observed) + 1, dtype=float)
        chart.line(text("subs2.observed", self.language), x_observed, np.concatenate([[1.0], observed]), 0, width=2.5)
        x_projected = np.arange(0, months + 1, dtype=float)
        projected = np.concatenate([[1.0], fit.survival(months)])
        chart.line(text("subs2.projected", self.language), x_projected, projected, 1, dashed=True)
        monthly_rate = (1 + YEARLY_DISCOUNT) ** (1 / 12) - 1
        churn = fit.alpha / (fit.alpha + fit.beta)
        derl = fit.derl(monthly_rate)
        self.fit_text.setText(text("subs2.fit", self.language, alpha=fit.alpha, beta=fit.beta, churn=churn, derl=derl))
