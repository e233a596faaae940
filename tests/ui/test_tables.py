"""Tables: the most valuable customers first, counts written as counts, blanks last whatever the direction."""

import numpy as np
import pandas as pd
from PySide6.QtCore import QLocale, Qt

from ltv_desktop.ui.customers_view import CustomersView
from ltv_desktop.ui.dataframe_model import DataFrameModel
from ltv_desktop.ui.formatting import Formatter

TIMEOUT = 30_000


def column_texts(model, name: str) -> list[str]:
    column = list(model.frame.columns).index(name)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_customers_open_with_the_highest_predicted_value_first(app, qtbot):
    with qtbot.waitSignal(app.analysis.analysis_finished, timeout=TIMEOUT) as finished:
        app.open_demo()
    customers = finished.args[0].customers
    view = app.window.customers
    shown = view.model.visible_frame()
    predicted = shown["predicted_clv"].to_numpy(dtype=float)
    known = predicted[~np.isnan(predicted)]
    assert len(known) > 100
    assert (np.diff(known) <= 0).all()  # descending
    assert np.isnan(predicted[len(known) :]).all()  # customers without a prediction at the bottom, not on top
    assert shown["customer_id"].iloc[0] == customers.loc[customers["predicted_clv"].idxmax(), "customer_id"]
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == list(view.model.frame.columns).index("predicted_clv") == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    total = len(customers)
    assert view.count.text() == f"{total:,} customers"  # 3,084 customers


def test_without_a_model_customers_are_sorted_by_revenue(qtbot):
    view = CustomersView()
    qtbot.addWidget(view)
    frame = pd.DataFrame(
        {"customer_id": ["Ala", "Zofia", "Ola"], "orders": [3, 11489, 2], "revenue": [50.0, 9000.5, 700.0],
         "status": ["active"] * 3, "segment": ["Loyal"] * 3, "at_risk": [False] * 3}
    )  # fmt: skip
    view.show_customers(frame, Formatter(QLocale("en_US"), "$"))
    assert list(view.model.visible_frame()["customer_id"]) == ["Zofia", "Ola", "Ala"]  # not Z→A by name
    assert column_texts(view.model, "orders") == ["11,489", "2", "3"]
    assert column_texts(view.model, "revenue")[0] == "$9,000.50"


def test_counts_keep_thousands_separators_in_russian(qtbot):
    view = CustomersView()
    qtbot.addWidget(view)
    frame = pd.DataFrame(
        {"customer_id": ["A"], "orders": [11489], "revenue": [1.0], "recency_days": [12000],
         "status": ["lost"], "segment": ["Lost"], "at_risk": [False]}
    )  # fmt: skip
    view.show_customers(frame, Formatter(QLocale("ru_RU"), "₽"))
    assert column_texts(view.model, "orders") == ["11\u00a0489"]
    assert column_texts(view.model, "recency_days") == ["12\u00a0000"]


def test_blanks_sort_last_in_both_directions(qtbot):
    model = DataFrameModel()
    model.set_frame(pd.DataFrame({"value": [2.0, np.nan, 5.0, 1.0], "name": ["b", None, "c", "a"]}))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert list(model.visible_frame()["value"].iloc[:3]) == [5.0, 2.0, 1.0]
    assert np.isnan(model.visible_frame()["value"].iloc[3])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert list(model.visible_frame()["value"].iloc[:3]) == [1.0, 2.0, 5.0]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    names = model.visible_frame()["name"]
    assert list(names.iloc[:3]) == ["c", "b", "a"] and pd.isna(names.iloc[3])


def test_whole_numbers_without_a_formatter_get_separators_and_no_decimals(qtbot):
    model = DataFrameModel()
    model.set_frame(pd.DataFrame({"orders": np.array([5009, 7], dtype=np.int64)}))
    texts = [model.data(model.index(row, 0)) for row in range(2)]
    assert texts == [QLocale().toString(5009), "7"]
    assert ".00" not in texts[0]


def test_columns_are_as_wide_as_their_longest_text_among_the_first_rows(qtbot):
    """Sized a turn after the table is filled, from the first rows' longest texts (not every customer's)."""
    view = CustomersView()
    qtbot.addWidget(view)
    names = [f"C{index}" for index in range(300)]
    names[3] = "Przedsiębiorstwo Handlowo-Usługowe Kowalski i Synowie"
    names[250] = "A name far down the table, below the rows that are measured for the width"
    frame = pd.DataFrame(
        {"customer_id": names, "revenue": np.arange(300, 0, -1) * 1000.5, "status": ["active"] * 300,
         "segment": ["Loyal"] * 300, "at_risk": [False] * 300}
    )  # fmt: skip
    view.show_customers(frame, Formatter(QLocale("en_US"), "$"))
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= metrics.horizontalAdvance(names[3]))
    assert header.sectionSize(0) < metrics.horizontalAdvance(names[250])
    assert header.sectionSize(1) >= metrics.horizontalAdvance("$300,150.00")  # the best customer's revenue, on top
