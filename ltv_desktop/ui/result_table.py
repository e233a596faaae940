"""A table that shows results: the owner selects and copies from it, but never types over a number.

QTableWidget lets a double click edit any cell by default; a cohort matrix or a scenario row edited by
accident would show a number the analysis never produced.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget


def result_table(columns: int = 0, whole_rows: bool = False) -> QTableWidget:
    """A read-only table with `columns` columns; `whole_rows` selects a row at a time (one item a row)."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if whole_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table
