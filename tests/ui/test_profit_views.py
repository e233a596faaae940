"""Profit LTV on the Dashboard and the win-back cap on the Customers tab, where the data allows them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.model.analysis import analyze
from ltv_desktop.model.settings import Settings
from ltv_desktop.ui.customers_view import CustomersView
from ltv_desktop.ui.dashboard_view import DashboardView
from ltv_desktop.ui.formatting import Formatter
from tests.model.test_profit import shop_with_costs

SETTINGS = Settings(margin=0.6, churn_days=90)


def test_the_dashboard_shows_profit_ltv_only_where_costs_are_known(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.show()
    card = view.cards["profit_ltv"]
    assert not card.isVisible()  # nothing analysed yet
    formatter = Formatter(currency="€")
    costed = analyze(shop_with_costs(), SETTINGS)
    view.show_result(costed, formatter)
    assert card.isVisible()
    assert card.value.text() == formatter.money(costed.summary.profit_ltv)
    assert formatter.percent(costed.summary.profit_margin) in card.note.text()
    assert card.title.text() == text("dashboard_card.profit_ltv", "en")
    view.show_result(analyze(shop_with_costs().drop(columns=["cost", "quantity"]), SETTINGS), formatter)
    assert not card.isVisible()


def test_the_customers_tab_has_the_win_back_cap_in_money(qtbot):
    view = CustomersView()
    qtbot.addWidget(view)
    result = analyze(shop_with_costs(), SETTINGS)
    formatter = Formatter(currency="€")
    view.show_customers(result.customers, formatter)
    model = view.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    column = headers.index(text("customers_tab.win_back_cap", "en"))
    frame = result.customers
    shown = {model.index(row, 0).data(): model.index(row, column).data() for row in range(model.rowCount())}
    at_risk = frame[frame["at_risk"]]
    assert len(at_risk) > 0
    for customer, cap in zip(at_risk["customer_id"], at_risk["win_back_cap"], strict=True):
        assert shown[customer] == formatter.money(cap)
    calm = frame.loc[~frame["at_risk"], "customer_id"].iloc[0]
    assert shown[calm] == Formatter.DASH
