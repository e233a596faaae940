"""A lazy QAbstractTableModel over a DataFrame: only the visible cells are ever formatted.

Sorting happens on the DataFrame (numpy argsort), not in a proxy, so 500,000
customers sort in milliseconds; filtering is a boolean mask set by the view.
Cells are read from one plain array per column, taken once per frame: a pandas
lookup per cell cost seconds whenever Qt asked for many cells (column widths).
The arrays are the columns' own (no copy into Python objects: turning 200,000
dates into Timestamps took seconds); a date becomes a Timestamp only when shown.
The rows in view order are a frame only when asked for (an export), not at every sort.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ltv_desktop.ui.table_order import sort_order

if TYPE_CHECKING:
    import pandas as pd

CellFormatter = Callable[[Any], str]
DISPLAY, ALIGNMENT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DataFrameModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # no table yet, and no pandas: it loads with the first table, not when the window starts
        self._frame: pd.DataFrame | None = None
        self._cells: list[np.ndarray] = []
        self._names: list[Any] = []
        self._order = np.arange(0)
        self._mask: np.ndarray | None = None
        self._headers: dict[str, str] = {}
        self._formatters: dict[str, CellFormatter] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sorted: tuple[tuple[int, Qt.SortOrder], np.ndarray] | None = None

    def set_frame(self, frame: pd.DataFrame, headers: dict[str, str] | None = None,
                  formatters: dict[str, CellFormatter] | None = None,
                  sorted_by: tuple[int, Qt.SortOrder, np.ndarray] | None = None) -> None:  # fmt: skip
        """`sorted_by`: (column, order, the rows in that order) when the caller has sorted already: the table
        opens sorted without sorting again on the window's thread."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._names = list(self._frame.columns)
        self._cells = [_cell_values(self._frame[column]) for column in self._names]
        self._headers = headers or {}
        self._formatters = formatters or {}
        self._mask = None
        self._sorted = None
        if sorted_by is not None:
            self._sort = (sorted_by[0], sorted_by[1])
            self._sorted = (self._sort, np.asarray(sorted_by[2]))
        self._apply()
        self.endResetModel()

    @property
    def frame(self) -> pd.DataFrame:
        if self._frame is None:
            import pandas as pd

            self._frame = pd.DataFrame()
        return self._frame

    def headers(self) -> dict[str, str]:
        """Each column's header as the owner sees it (for "export the current view")."""
        return {str(column): self._headers.get(str(column), str(column)) for column in self._names}

    @property
    def _view(self) -> pd.DataFrame:
        return self.frame.iloc[self._order]

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def visible_frame(self, as_shown: bool = False) -> pd.DataFrame:
        """The rows the user sees, in the order they see them (for "export the current view").

        `as_shown`: text and yes/no columns as the table words them (segment names in the owner's language);
        numbers and dates stay numbers and dates, for a spreadsheet to compute with.
        """
        view = self._view
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
        """The rows in view: sorted (the order kept until the sort changes), then filtered by the mask."""
        if self._frame is None:
            return  # nothing to sort or filter yet
        order = np.arange(len(self._frame))
        if self._sort is not None and self._sort[0] < len(self._frame.columns) and len(self._frame):
            if self._sorted is None or self._sorted[0] != self._sort:
                column, direction = self._sort
                ascending = direction == Qt.SortOrder.AscendingOrder
                self._sorted = (self._sort, sort_order(self._frame.iloc[:, column], ascending))
            order = self._sorted[1]
        if self._mask is not None:
            order = order[self._mask[order]]
        self._order = order

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role != DISPLAY and role != ALIGNMENT) or not index.isValid():
            return None
        value = self._value(index.column(), index.row())
        if role == DISPLAY:
            return self._text(index.column(), value)
        if isinstance(value, int | float | np.number | np.bool_):
            return RIGHT
        return None

    def _value(self, column: int, row: int) -> Any:
        value = self._cells[column][self._order[row]]
        if isinstance(value, np.datetime64):
            import pandas as pd  # loaded already: the table came as a pandas frame

            return None if np.isnat(value) else pd.Timestamp(value)
        return value

    def _text(self, column: int, value: Any) -> str:
        name = self._names[column]
        if name in self._formatters:
            return self._formatters[name](value)
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return ""
        if isinstance(value, int | np.integer) and not isinstance(value, bool | np.bool_):
            return QLocale().toString(int(value))  # a count: 11,489 / 11 489, as the owner writes it
        return str(value)

    def column_texts(self, column: int, rows: int) -> list[str]:
        """The text of the first `rows` rows in view of one column, as the table shows them (to size it)."""
        return [self._text(column, self._value(column, row)) for row in range(min(rows, len(self._order)))]

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


def _cell_values(column: pd.Series) -> np.ndarray:
    """The column as one array to read cells from: its own numbers, dates and flags; text as objects."""
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "biufmM":
        return column.to_numpy()
    return column.to_numpy(dtype=object)
