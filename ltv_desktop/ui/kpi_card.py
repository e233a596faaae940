"""One headline number with its name; the formula is in the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiCard(QFrame):
    def __init__(self, title: str, formula: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("KpiCard { background: #f7fafc; border: 1px solid #e2e8f0; border-radius: 6px; }")
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #4a5568;")
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel()
        self.note.setStyleSheet("color: #718096;")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        self.setToolTip(formula)

    def set_value(self, text: str, note: str = "") -> None:
        self.value.setText(text)
        self.note.setText(note)
