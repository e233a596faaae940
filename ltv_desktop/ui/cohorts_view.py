"""The Cohorts tab: the cohort matrix as a heat map (retention or cumulative LTV) and the curve per cohort."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltv_desktop.ui.drawn_when_shown import DrawnWhenShown
from ltv_desktop.ui.formatting import Formatter
from ltv_desktop.ui.lazy_chart import LazyChart as Chart
from ltv_desktop.ui.result_table import result_table

if TYPE_CHECKING:
    import pandas as pd

    from ltv_desktop.model.result import Cohorts


def heat(share: float) -> QColor:
    """White to deep blue as the share of the column's maximum grows."""
    share = 0.0 if np.isnan(share) else min(1.0, max(0.0, share))
    return QColor(int(255 - 200 * share), int(255 - 140 * share), int(255 - 60 * share))


class CohortsView(DrawnWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Retention, % of the cohort buying"), "retention")
        self.measure.addItem(self.tr("Cumulative revenue per customer"), "cumulative_ltv")
        self.measure.currentIndexChanged.connect(self._redraw)
        self.table = result_table()
        self.table.setObjectName("cohort_matrix")
        self.chart = Chart(
            self.tr("Cumulative revenue per customer by cohort"),
            self.tr("Age, periods"),
            self.tr("Revenue per customer"),
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.measure)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([450, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self.cohorts: Cohorts | None = None
        self.formatter = Formatter()

    def show_cohorts(self, cohorts: Cohorts, formatter: Formatter) -> None:
        """Keep the cohorts; fill the matrix and the chart once the tab is in front (ui/drawn_when_shown.py)."""
        self.cohorts, self.formatter = cohorts, formatter
        self.draw_when_shown(self._redraw)

    def _redraw(self) -> None:
        if self.cohorts is None:
            return
        cohorts, f = self.cohorts, self.formatter
        measure = self.measure.currentData()
        matrix: pd.DataFrame = getattr(cohorts, measure)
        self.table.clear()
        self.table.setRowCount(len(matrix))
        self.table.setColumnCount(len(matrix.columns) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Customers")] + [str(age) for age in matrix.columns])
        self.table.setVerticalHeaderLabels(list(matrix.index))
        values = matrix.to_numpy(dtype=float)
        later = values[:, 1:] if measure == "retention" else values
        scale = float(np.nanmax(later)) if later.size and not np.isnan(later).all() else 1.0
        for row, cohort in enumerate(matrix.index):
            size = QTableWidgetItem(f.integer(cohorts.sizes[cohort]))
            self.table.setItem(row, 0, size)
            for column in range(values.shape[1]):
                value = values[row, column]
                if np.isnan(value):
                    continue
                text = f.percent(value, 0) if measure == "retention" else f.money(value, 0)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if measure == "retention" and column == 0:
                    item.setBackground(heat(1.0))
                else:
                    item.setBackground(heat(value / scale if scale else 0.0))
                self.table.setItem(row, column + 1, item)
        self.table.resizeColumnsToContents()
        self.chart.clear()
        self.chart.set_locale(f.locale)
        self.chart.set_tick_format("left", f.money)
        self.chart.format_value = f.money
        for index, cohort in enumerate(cohorts.cumulative_ltv.index[-7:-1]):
            row = cohorts.cumulative_ltv.loc[cohort].dropna()
            self.chart.line(str(cohort), row.index.to_numpy(), row.to_numpy(), index, width=1.2)
        curve = cohorts.observed_ltv_curve
        self.chart.line(self.tr("All cohorts"), curve.index.to_numpy(), curve.to_numpy(), 7, width=3)
