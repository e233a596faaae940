"""A lazy QAbstractTableModel over a DataFrame: only the visible cells are ever formatted.

Sorting happens on the DataFrame (numpy argsort), not in a proxy, so 500,000
customers sort in milliseconds; filtering is a boolean mask set by the view.
Cells are read from one plain array per column, taken once per frame: a pandas
lookup per cell cost seconds whenever Qt asked for many cells (column widths).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    import pandas as pd

CellFormatter = Callable[[Any], str]


class DataFrameModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # no table yet, and no pandas: it loads with the first table, not when the window starts
        self._frame: pd.DataFrame | None = None
        self._cells: list[np.ndarray] = []
        self._names: list[Any] = []
        self._view: pd.DataFrame | None = None
        self._order: Sequence[int] = range(0)
        self._mask: np.ndarray | None = None
        self._headers: dict[str, str] = {}
        self._formatters: dict[str, CellFormatter] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str] | None = None,
                  formatters: dict[str, CellFormatter] | None = None) -> None:  # fmt: skip
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._names = list(self._frame.columns)
        self._cells = [self._frame[column].astype(object).to_numpy() for column in self._names]
        self._headers = headers or {}
        self._formatters = formatters or {}
        self._mask = None
        self._order = np.arange(len(self._frame))
        self._view = self._frame
        self.endResetModel()

    @property
    def frame(self) -> pd.DataFrame:
        if self._frame is None:
            import pandas as pd

            self._frame = self._view = pd.DataFrame()
        return self._frame

    def headers(self) -> dict[str, str]:
        """Each column's header as the owner sees it (for "export the current view")."""
        return {str(column): self._headers.get(str(column), str(column)) for column in self._names}

    def visible_frame(self, as_shown: bool = False) -> pd.DataFrame:
        """The rows the user sees, in the order they see them (for "export the current view").

        `as_shown`: text and yes/no columns as the table words them (segment names in the owner's language);
        numbers and dates stay numbers and dates, for a spreadsheet to compute with.
        """
        view = self._view if self._view is not None else self.frame
        if not as_shown:
            return view
        frame = view.copy()
        for column, formatter in self._formatters.items():
            if column in frame and (frame[column].dtype == object or frame[column].dtype == bool):
                frame[column] = frame[column].map(formatter)
        return frame

    def set_mask(self, mask: np.ndarray | None) -> None:
        self.beginResetModel()
        self._mask = mask
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        if self._frame is None:
            return  # nothing to sort or filter yet
        order = np.arange(len(self._frame))
        if self._sort is not None and self._sort[0] < len(self._frame.columns) and len(self._frame):
            column, direction = self._sort
            values = self._frame.iloc[:, column]
            # blanks (no prediction, no channel) last in both directions: the top of a table is what counts
            ascending = direction == Qt.SortOrder.AscendingOrder
            try:
                order = values.sort_values(ascending=ascending, kind="stable", na_position="last").index.to_numpy()
            except TypeError:  # mixed types (text and numbers in one column): sort them as text
                as_text = values.astype(str).where(values.notna())
                order = as_text.sort_values(ascending=ascending, kind="stable", na_position="last").index.to_numpy()
        if self._mask is not None:
            order = order[self._mask[order]]
        self._order = order
        self._view = self._frame.iloc[order]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        column = self._names[index.column()]
        value = self._cells[index.column()][self._order[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self._formatters:
                return self._formatters[column](value)
            if value is None or (isinstance(value, float) and np.isnan(value)):
                return ""
            if isinstance(value, int | np.integer) and not isinstance(value, bool | np.bool_):
                return QLocale().toString(int(value))  # a count: 11,489 / 11 489, as the owner writes it
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float | np.number):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self._names):
            name = str(self._names[section])
            return self._headers.get(name, name)
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()
