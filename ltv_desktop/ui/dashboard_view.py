"""The Dashboard tab: KPI cards and the charts of one analysis."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ltv_desktop.model.result import AnalysisResult
from ltv_desktop.ui.charts import Chart
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.kpi_card import KpiCard
from ltv_desktop.ui.messages import notice_text


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = Formatter()
        self.cards = {
            "customers": KpiCard(self.tr("Customers"), self.tr("Customers with at least one order")),
            "revenue": KpiCard(self.tr("Revenue"), self.tr("Σ amount, refunds included")),
            "aov": KpiCard(self.tr("Average order"), self.tr("revenue / orders")),
            "churn_rate": KpiCard(
                self.tr("Churn per period"), self.tr("Σ lost / Σ active at the start, last 12 periods")
            ),
            "retention_rate": KpiCard(
                self.tr("Retention"), self.tr("Σ (active at the end − new) / Σ active at the start")
            ),
            "ltv": KpiCard(self.tr("LTV"), self.tr("ARPU × margin × lifespan (1 / churn)")),
            "cac": KpiCard(self.tr("CAC"), self.tr("Σ marketing spend / Σ new customers")),
            "ltv_cac_ratio": KpiCard(self.tr("LTV:CAC"), self.tr("LTV / CAC")),
            "payback_periods": KpiCard(self.tr("Payback"), self.tr("CAC / (ARPU × margin)")),
            "observed_ltv_12m": KpiCard(
                self.tr("Observed 12-month value"),
                self.tr("What cohorts really paid in their first 12 months, per customer"),
            ),
            "predicted_clv": KpiCard(
                self.tr("Predicted 12-month value"),
                self.tr("BG/NBD × Gamma-Gamma, all customers, with a 90 % interval"),
            ),
        }
        cards = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            cards.addWidget(card, index // 6, index % 6)
        self.likely_lost = QLabel()
        self.likely_lost.setObjectName("likely_lost")
        self.likely_lost.setWordWrap(True)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #975a16;")
        self.revenue_chart = Chart(self.tr("Revenue and orders per period"), self.tr("Period"), self.tr("Revenue"))
        self.customers_chart = Chart(self.tr("New, lost and active customers"), self.tr("Period"), self.tr("Customers"))
        self.churn_chart = Chart(self.tr("Churn and retention per period"), self.tr("Period"), "%")
        self.ltv_chart = Chart(
            self.tr("Observed LTV by age against the formula"), self.tr("Age, periods"), self.tr("Revenue per customer")
        )
        self.channel_chart = Chart(self.tr("LTV:CAC by channel"), self.tr("Channel"), self.tr("LTV:CAC"))
        self.pareto_chart = Chart(
            self.tr("Pareto: revenue share of the top customers"),
            self.tr("Top customers, %"),
            self.tr("Revenue, %"),
        )
        charts = QGridLayout()
        for index, chart in enumerate(
            (
                self.revenue_chart,
                self.customers_chart,
                self.churn_chart,
                self.ltv_chart,
                self.channel_chart,
                self.pareto_chart,
            )
        ):
            chart.setMaximumHeight(290)
            charts.addWidget(chart, index // 3, index % 3)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(cards)
        inner.addWidget(self.likely_lost)
        inner.addWidget(self.notices)
        inner.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.empty_text = self.tr("Open a sales file (or the demo) and press Analyze to fill the dashboard.")
        self.notices.setText(self.empty_text)

    def _show_likely_lost(self, result: AnalysisResult, f: Formatter) -> None:
        """The key customers the purchase model thinks most likely gone: the first calls to make."""
        customers = result.customers
        if "p_alive" not in customers.columns or not customers["key_customer"].any():
            self.likely_lost.clear()
            return
        # docs/metrics.md section 3.1: only customers the model thinks more likely gone than not
        key = customers[customers["key_customer"] & (customers["p_alive"] < 0.5)].nsmallest(5, "p_alive")
        if key.empty:
            self.likely_lost.clear()
            return
        names = ", ".join(
            f"{name} ({f.percent(alive, 0)})" for name, alive in zip(key["customer_id"], key["p_alive"], strict=True)
        )
        self.likely_lost.setText(self.tr("Key customers most likely lost (P(alive)): %1").replace("%1", names))

    def show_result(self, result: AnalysisResult, formatter: Formatter) -> None:
        self.formatter = f = formatter
        s = result.summary
        period_names = {"month": self.tr("months"), "week": self.tr("weeks"), "quarter": self.tr("quarters")}
        unit = period_names[result.settings.period]
        self.cards["customers"].set_value(f.integer(s.customers), self.tr("%n order(s)", "", s.orders))
        self.cards["revenue"].set_value(f.money(s.revenue, 0))
        self.cards["aov"].set_value(f.money(s.aov))
        self.cards["churn_rate"].set_value(f.percent(s.churn_rate))
        self.cards["retention_rate"].set_value(f.percent(s.retention_rate))
        lifespan_note = (
            self.tr("lifespan %1 years").replace("%1", f.number(s.lifespan_years, 1)) if s.lifespan_years else ""
        )
        self.cards["ltv"].set_value(f.money(s.ltv), lifespan_note)
        self.cards["cac"].set_value(f.money(s.cac))
        self.cards["ltv_cac_ratio"].set_value(f.ratio(s.ltv_cac_ratio))
        self.cards["payback_periods"].set_value(f.number(s.payback_periods, 1), unit)
        self.cards["observed_ltv_12m"].set_value(f.money(s.observed_ltv_12m))
        predictive = result.predictive
        if predictive is not None and predictive.totals.get("predicted_clv_per_customer") is not None:
            totals = predictive.totals
            low = f.money(totals.get("predicted_clv_per_customer_low"))
            high = f.money(totals.get("predicted_clv_per_customer_high"))
            self.cards["predicted_clv"].set_value(f.money(totals["predicted_clv_per_customer"]), f"{low} – {high}")
        else:
            self.cards["predicted_clv"].set_value(Formatter.DASH, self.tr("not computed"))
        self.notices.setText("\n".join(notice_text(notice) for notice in s.warnings))
        self._show_likely_lost(result, f)

        periods = result.periods
        labels = list(periods["period"])
        x = np.arange(len(labels))
        self.revenue_chart.clear()
        self.revenue_chart.set_categories(labels)
        self.revenue_chart.format_value = f.money
        self.revenue_chart.bars(self.tr("Revenue"), x, periods["revenue"], 0)
        self.revenue_chart.right_line(self.tr("Orders"), x, periods["orders"], self.tr("Orders"), f.integer, 1)
        self.customers_chart.clear()
        self.customers_chart.set_categories(labels)
        self.customers_chart.format_value = f.integer
        self.customers_chart.line(self.tr("Active"), x, periods["active_end"], 0)
        self.customers_chart.line(self.tr("New"), x, periods["new_customers"], 2)
        self.customers_chart.line(self.tr("Lost"), x, periods["lost"], 3)
        self.churn_chart.clear()
        self.churn_chart.set_categories(labels)
        self.churn_chart.format_value = lambda value: f.number(value, 1) + " %"
        observable = periods["observable"].to_numpy()
        self.churn_chart.line(self.tr("Churn"), x, np.where(observable, periods["churn_rate"] * 100, np.nan), 3)
        self.churn_chart.line(self.tr("Retention"), x, np.where(observable, periods["retention_rate"] * 100, np.nan), 2)
        curve = result.cohorts.observed_ltv_curve
        self.ltv_chart.clear()
        self.ltv_chart.format_value = f.money
        self.ltv_chart.line(self.tr("Observed (cohorts)"), curve.index.to_numpy(), curve.to_numpy(), 0)
        if s.arpu is not None and s.lifespan_periods is not None:
            ages = np.arange(max(len(curve), 2))
            kept = 1 - 1 / s.lifespan_periods  # the formula's retention per period
            expected = s.arpu * (ages + 1) if kept >= 1 else s.arpu * (1 - kept ** (ages + 1)) / (1 - kept)
            self.ltv_chart.line(self.tr("Formula, by age"), ages, expected, 1, dashed=True)
            self.ltv_chart.line(
                self.tr("Formula LTV (revenue)"), [0, ages[-1]], [s.arpu * s.lifespan_periods] * 2, 3, dashed=True
            )
        channels = result.channels
        self.channel_chart.clear()
        self.channel_chart.set_categories(list(channels["channel"]))
        self.channel_chart.format_value = f.ratio
        self.channel_chart.bars(
            self.tr("LTV:CAC"), np.arange(len(channels)), channels["ltv_cac_ratio"].to_numpy(dtype=float), 4
        )
        revenue = np.sort(result.customers["revenue"].to_numpy())[::-1]
        self.pareto_chart.clear()
        self.pareto_chart.format_value = lambda value: f.number(value, 1) + " %"
        if len(revenue) and revenue.sum() > 0:
            share = np.cumsum(revenue) / revenue.sum() * 100
            people = np.arange(1, len(revenue) + 1) / len(revenue) * 100
            step = max(1, len(revenue) // 500)
            self.pareto_chart.line(self.tr("Revenue share"), people[::step], share[::step], 0)
            self.pareto_chart.line(self.tr("Equal shares"), [0, 100], [0, 100], 7, dashed=True)
