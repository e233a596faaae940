"""The Dashboard tab: KPI cards and the charts of one analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ltv_desktop.i18n import normalise_language
from ltv_desktop.i18n.catalogue import codes, text
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.kpi_card import KpiCard
from ltv_desktop.ui.labels import WARNING_COLOUR, sentence_label
from ltv_desktop.ui.lazy_chart import LazyChart as Chart
from ltv_desktop.ui.messages import notice_text

if TYPE_CHECKING:
    from ltv_desktop.model.result import AnalysisResult, Notice


def window_language(formatter: Formatter) -> str:
    """The window's language as the app chose it: the formatter's locale follows the language setting."""
    return normalise_language(formatter.locale.name())


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = Formatter()
        self.language = normalise_language(QLocale().name())
        self.cards = {
            "customers": KpiCard(self.tr("Customers"), self.tr("Customers with at least one order")),
            "revenue": KpiCard(self.tr("Revenue"), self.tr("Σ amount, refunds included")),
            "aov": KpiCard(self.tr("Average order"), self.tr("revenue / orders")),
            "churn_rate": KpiCard(
                self.tr("Churn per period"), self.tr("Σ lost / Σ active at the start, last 12 periods")
            ),
            "retention_rate": KpiCard(self.tr("Retention"), text("trust.card_retention_tooltip", self.language)),
            "crr": KpiCard(text("trust.card_crr", self.language), text("trust.card_crr_tooltip", self.language)),
            "ltv": KpiCard(self.tr("LTV"), self.tr("ARPU × margin × lifespan (1 / churn)")),
            "profit_ltv": KpiCard(
                text("dashboard_card.profit_ltv", self.language),
                text("dashboard_card.profit_ltv_tooltip", self.language),
            ),
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
        self.card_grid = cards
        self.profit_shown = False
        """Whether the profit LTV card is on the grid: only once an analysis has costs."""
        self.threshold = sentence_label("churn_days_threshold")
        self.likely_lost = sentence_label("likely_lost")
        self.notices = sentence_label(colour=WARNING_COLOUR)
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
        self._place_cards()  # once the grid has its widget: the cards become its children as they are placed
        inner.addWidget(self.threshold)
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
        if "p_alive" not in customers.columns:
            self.likely_lost.clear()
            return
        # on the columns' arrays, not by filtering the whole table, which copies every column of every customer
        alive = customers["p_alive"].to_numpy(dtype=float, na_value=np.nan)
        # docs/metrics.md section 3.1: only customers the model thinks more likely gone than not
        chosen = np.flatnonzero(customers["key_customer"].to_numpy(dtype=bool, na_value=False) & (alive < 0.5))
        if not len(chosen):
            self.likely_lost.clear()
            return
        first = chosen[np.argsort(alive[chosen], kind="stable")[:5]]  # the five least likely still active
        names = ", ".join(
            f"{name} ({f.percent(chance, 0)})"
            for name, chance in zip(customers["customer_id"].iloc[first], alive[first], strict=True)
        )
        self.likely_lost.setText(self.tr("Key customers most likely lost (P(alive)): %1").replace("%1", names))

    def notice_text(self, notice: Notice) -> str:
        """A notice in the window's language: from the message catalogue when it holds the code."""
        if notice.code in codes():
            return text(notice.code, self.language, **notice.params)
        return notice_text(notice)

    def _show_trust(self, result: AnalysisResult, f: Formatter) -> None:
        """CRR beside retention, the inactivity threshold in words, and LTV beside what customers already paid
        (docs/metrics.md sections 2.3, 2.3.1 and 2.4)."""
        s, language = result.summary, self.language
        self.cards["retention_rate"].setToolTip(text("trust.card_retention_tooltip", language))
        crr = self.cards["crr"]
        crr.title.setText(text("trust.card_crr", language))
        crr.setToolTip(text("trust.card_crr_tooltip", language))
        reactivated = text("trust.card_crr_note", language, share=s.reactivation_rate) if s.reactivation_rate else ""
        crr.set_value(f.percent(s.crr), reactivated)
        self.threshold.setText(result.threshold.sentence(language))
        formula = s.arpu * s.lifespan_periods if s.arpu is not None and s.lifespan_periods is not None else None
        below = next((n for n in s.warnings if n.code.startswith("trust.formula_below_observed")), None)
        ltv_card = self.cards["ltv"]
        ltv_card.setToolTip(self.tr("ARPU × margin × lifespan (1 / churn)"))
        if below is not None and formula is not None and s.observed_value_broad is not None:
            already_paid = text("trust.card_ltv_below_observed", language, observed=s.observed_value_broad)
            lifespan = ltv_card.note.text()
            ltv_card.set_value(
                f"{f.money(s.ltv)} · {f.money(s.observed_value_broad)}",
                f"{lifespan}\n{already_paid}" if lifespan else already_paid,
            )
            ltv_card.setToolTip(self.notice_text(below))

    def _place_cards(self) -> None:
        """The cards shown, six to a row: the profit LTV card, shown only where costs are known, takes no
        empty slot (nor a third row that would push the charts down) without them."""
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        shown = [card for name, card in self.cards.items() if name != "profit_ltv" or self.profit_shown]
        for index, card in enumerate(shown):
            self.card_grid.addWidget(card, index // 6, index % 6)
        self.cards["profit_ltv"].setVisible(self.profit_shown)

    def show_result(self, result: AnalysisResult, formatter: Formatter) -> None:
        from ltv_desktop.model.summary import formula_value_by_age, pareto_curve  # pandas: not at start

        self.formatter = f = formatter
        self.language = window_language(formatter)
        s = result.summary
        period_names = {"month": self.tr("months"), "week": self.tr("weeks"), "quarter": self.tr("quarters")}
        unit = period_names[result.settings.period]
        self.cards["customers"].set_value(
            f.integer(s.customers), text("dashboard_card.orders", self.language, orders=s.orders)
        )
        self.cards["revenue"].set_value(f.money(s.revenue, 0))
        self.cards["aov"].set_value(f.money(s.aov))
        self.cards["churn_rate"].set_value(f.percent(s.churn_rate))
        self.cards["retention_rate"].set_value(f.percent(s.retention_rate))
        lifespan_note = (
            self.tr("lifespan %1 years").replace("%1", f.number(s.lifespan_years, 1)) if s.lifespan_years else ""
        )
        self.cards["ltv"].set_value(f.money(s.ltv), lifespan_note)
        # only where the data has costs (docs/metrics.md section 4): the margin of the window's own gross profit
        self.profit_shown = s.profit_ltv is not None
        self._place_cards()
        self.cards["profit_ltv"].set_value(
            f.money(s.profit_ltv),
            text("dashboard_card.profit_ltv_note", self.language, margin=f.percent(s.profit_margin)),
        )
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
        self._show_trust(result, f)
        self.notices.setText("\n".join(self.notice_text(notice) for notice in s.warnings))
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
        self.churn_chart.line(
            text("trust.card_crr", self.language), x, np.where(observable, periods["crr"] * 100, np.nan), 1, dashed=True
        )
        curve = result.cohorts.observed_ltv_curve
        self.ltv_chart.clear()
        self.ltv_chart.format_value = f.money
        self.ltv_chart.line(self.tr("Observed (cohorts)"), curve.index.to_numpy(), curve.to_numpy(), 0)
        expected = formula_value_by_age(s, len(curve))
        if expected is not None:
            ages = np.arange(len(expected))
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
        people, share = pareto_curve(result.customers["revenue"].to_numpy())
        self.pareto_chart.clear()
        self.pareto_chart.format_value = lambda value: f.number(value, 1) + " %"
        if len(people):
            self.pareto_chart.line(self.tr("Revenue share"), people, share, 0)
            self.pareto_chart.line(self.tr("Equal shares"), [0, 100], [0, 100], 7, dashed=True)
