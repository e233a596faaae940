"""Small widgets the tabs share: the wrapped sentence under a chart or a card, and a chart with its sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

NOTE_COLOUR = "#4a5568"
"""Grey: a sentence that explains a number."""
WARNING_COLOUR = "#975a16"
"""Amber: a notice the owner should read before trusting a number."""


def sentence_label(name: str = "", colour: str | None = None) -> QLabel:
    """An empty label that wraps a sentence to the width of its tab; `name` lets tests and style sheets find it."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    if colour is not None:
        label.setStyleSheet(f"color: {colour};")
    return label


def stacked(*widgets: QWidget, growing: QWidget) -> QWidget:
    """`widgets` top to bottom without margins, `growing` (one of them) taking the room left: a table or a chart
    with its sentence, as one pane of a splitter."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is growing else 0)
    return pane
