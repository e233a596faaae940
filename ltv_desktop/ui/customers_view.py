"""The Customers tab: every customer, sortable and filterable, with a key-customers-at-risk quick filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.ui.data_view import narrow_combo
from ltv_desktop.ui.dataframe_model import DataFrameModel
from ltv_desktop.ui.flow_layout import FlowLayout
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.lazy_chart import NEXT_TURN_MS
from ltv_desktop.ui.messages import segment_names, ui_language
from ltv_desktop.ui.table_order import customers_order, first_sort_column, prepare_segments

__all__ = ["CustomersView", "first_sort_column"]  # the rule lives in table_order, for the analysis process

if TYPE_CHECKING:
    import pandas as pd

MONEY_COLUMNS = ("revenue", "gross_profit", "aov", "expected_purchase_value", "predicted_clv", "predicted_clv_low",
                 "predicted_clv_high", "win_back_cap")  # fmt: skip
COUNT_COLUMNS = ("orders", "recency_days", "tenure_days", "purchase_days", "revenue_rank")
"""Whole numbers shown with the owner's thousands separator (11,489; 11 489), never with decimals."""


WIDTH_SAMPLE_ROWS = 100
"""Rows measured for the column widths: enough to see the widest names and sums, few enough to take
milliseconds with 200,000 customers."""
MEASURED_TEXTS = 8
"""Of those rows' texts, the longest this many (in characters) are measured in pixels: a text a character or
more longer than another is nearly always wider, and measuring every text was most of the table's setup."""


class CustomersView(QWidget):
    export_view_requested = Signal(object, object)  # the visible rows (text as shown), {column: header}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        # column widths from the first rows (the best customers, as it is sorted), not from every customer
        self.table.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.table.verticalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.segment = narrow_combo()
        self.status = narrow_combo()
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Lost"), "lost")
        self.at_risk = QCheckBox(self.tr("Key customers at risk"))
        self.count = QLabel()
        export = QPushButton(self.tr("Export this view…"))
        export.setObjectName("export_view")
        export.clicked.connect(
            lambda: self.export_view_requested.emit(self.model.visible_frame(as_shown=True), self.model.headers())
        )
        bar = FlowLayout()  # one line on a wide screen, two on a small laptop
        for widget in (self.search, self.segment, self.status, self.at_risk, self.count, export):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.segment, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.at_risk.toggled.connect(self.apply_filters)
        self._search_text: pd.Series | None = None  # the ids in lower case, made at the first search

    def show_customers(self, customers: pd.DataFrame, formatter: Formatter, prepared: dict | None = None) -> None:
        """`prepared`: what the analysis process worked out for this table (`prepare_customers`), so that the
        window's thread does not sort 200,000 customers or look for their segments."""
        import pandas as pd  # loaded already: the customers came as a frame

        prepared = prepared or {}
        headers = {
            "customer_id": self.tr("Customer"), "first_purchase": self.tr("First purchase"),
            "last_purchase": self.tr("Last purchase"), "orders": self.tr("Orders"), "revenue": self.tr("Revenue"),
            "gross_profit": self.tr("Gross profit"), "aov": self.tr("Average order"),
            "recency_days": self.tr("Days since last"), "tenure_days": self.tr("Days as customer"),
            "purchase_days": self.tr("Purchase days"), "usual_gap_days": self.tr("Usual gap, days"),
            "channel": self.tr("Channel"), "status": self.tr("Status"), "revenue_rank": self.tr("Rank"),
            "r_score": "R", "f_score": "F", "m_score": "M", "segment": self.tr("Segment"),
            "key_customer": self.tr("Key"), "at_risk": self.tr("At risk"),
            "expected_purchases": self.tr("Expected purchases"), "p_alive": self.tr("P(alive)"),
            "expected_purchase_value": self.tr("Expected order value"), "predicted_clv": self.tr("Predicted value"),
            "predicted_clv_low": self.tr("Predicted, low"), "predicted_clv_high": self.tr("Predicted, high"),
            "mean_gap_days": self.tr("Mean gap, days"), "next_purchase_expected": self.tr("Next purchase expected"),
            "overdue_days": self.tr("Days overdue"), "win_back_cap": text("customers_tab.win_back_cap", ui_language()),
        }  # fmt: skip
        formatters = {column: formatter.money for column in MONEY_COLUMNS}
        formatters.update({"first_purchase": formatter.date, "last_purchase": formatter.date,
                           "next_purchase_expected": formatter.date})  # fmt: skip
        formatters.update({"usual_gap_days": lambda value: formatter.number(value, 0)})
        formatters.update({column: formatter.integer for column in COUNT_COLUMNS})
        formatters.update(
            {"p_alive": formatter.percent, "expected_purchases": lambda value: formatter.number(value, 2)}
        )
        yes, no = self.tr("yes"), ""
        segments = segment_names()
        formatters["segment"] = lambda value: segments.get(value, value)
        statuses = {"active": self.tr("Active"), "lost": self.tr("Lost")}
        formatters["status"] = lambda value: statuses.get(value, value)
        formatters.update({"key_customer": lambda v: yes if v else no, "at_risk": lambda v: yes if v else no})
        first, order = prepared.get("order") or customers_order(customers)
        # the column the table is sorted by comes right after the name, where the owner looks; a frame of the
        # same columns (no copy: taking 200,000 rows into a reordered frame cost tens of milliseconds)
        columns = ["customer_id", first, *(c for c in customers.columns if c not in ("customer_id", first))]
        customers = pd.DataFrame({column: customers[column] for column in columns}, copy=False)
        descending = Qt.SortOrder.DescendingOrder
        self.model.set_frame(customers, headers, formatters, (1, descending, order))
        self.table.horizontalHeader().setSortIndicator(1, descending)  # sorted already: the model keeps its order
        self._search_text = None  # the ids in lower case, made at the first search
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(self.tr("Any segment"), None)
        distinct = prepared.get("segments")
        for name in distinct if distinct is not None else prepare_segments(customers):
            self.segment.addItem(segments.get(name, name), name)
        self.segment.blockSignals(False)
        self.apply_filters()
        # sized on the next turn of the event loop: the window answers in between (about 30 columns to measure)
        QTimer.singleShot(NEXT_TURN_MS, self, self.fit_columns)

    def fit_columns(self) -> None:
        """Each column as wide as its header and its first rows' text: measured here, a text per cell, instead of
        `resizeColumnsToContents`, which asked the model for eight roles of every cell and took seconds. Only
        the longest few texts of a column are measured: the widest is among them."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        padding = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 12
        for column in range(self.model.columnCount()):
            texts = sorted(self.model.column_texts(column, WIDTH_SAMPLE_ROWS), key=len)[-MEASURED_TEXTS:]
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding
            header.resizeSection(column, max(widest, header.sectionSizeHint(column)))

    def apply_filters(self) -> None:
        frame = self.model.frame
        if frame.empty:
            self.count.setText("")
            return
        mask = np.ones(len(frame), dtype=bool)
        text = self.search.text().strip().lower()
        if text:
            if self._search_text is None:
                self._search_text = frame["customer_id"].astype(str).str.lower()
            mask &= self._search_text.str.contains(text, regex=False).to_numpy()
        if self.segment.currentData():
            mask &= (frame["segment"] == self.segment.currentData()).to_numpy()
        if self.status.currentData():
            mask &= (frame["status"] == self.status.currentData()).to_numpy()
        if self.at_risk.isChecked():
            mask &= frame["at_risk"].to_numpy(dtype=bool)
        self.model.set_mask(None if mask.all() else mask)
        self.count.setText(self.tr("%n customer(s)", "", int(mask.sum())))
