"""Small widgets the tabs share: the wrapped sentence under a chart or a card."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

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
