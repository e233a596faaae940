"""A number box with its own error line under it: a wrong value is said where it was typed, never changed silently.

A QDoubleSpinBox with a narrow range rejects "-" as a keystroke (so "-5" becomes 5) and puts 0 back to its
minimum when the box loses focus; here the range is wide and the model judges the value, so the owner sees
"must be above 0" beside the box they typed it into.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

WIDEST = 1e12
"""Any number an owner may type, negative included: the model, not the box, says which are allowed."""

ERROR_STYLE = "color: #c53030;"
HISTORY_STANDARD_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
HISTORY_KEYS = (QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class NumberField(QWidget):
    value_changed = Signal(float)

    def __init__(self, value: float, decimals: int, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(-WIDEST, WIDEST)
        self.spin.setDecimals(decimals)
        self.spin.setValue(value)
        self.spin.setSuffix(suffix)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setKeyboardTracking(True)
        self.spin.setMinimumWidth(110)
        self.spin.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.spin.valueChanged.connect(self.value_changed)
        self.spin.installEventFilter(self)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.spin)
        layout.addWidget(self.error)
        self.setFocusProxy(self.spin)

    def value(self) -> float:
        return self.spin.value()

    def setValue(self, value: float) -> None:
        self.spin.setValue(value)

    def setSuffix(self, suffix: str) -> None:
        self.spin.setSuffix(suffix)

    def set_currency(self, symbol: str, before: bool) -> None:
        """ "$50.00" or "50,00 ₽": the symbol where the owner's convention puts it, as in the results."""
        self.spin.setPrefix(symbol if before else "")
        self.spin.setSuffix("" if before else f" {symbol}")

    def set_error(self, message: str) -> None:
        """Show the message under the box and tint the box; an empty message clears both."""
        if self.error.text() == message:
            return
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.spin.setStyleSheet("QDoubleSpinBox { background: #fed7d7; }" if message else "")

    def error_text(self) -> str:
        return self.error.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leave Ctrl+Z and Ctrl+Shift+Z to the window's Undo and Redo: the box's own undo would only step back
        through the text being typed, and the calculator's history would then skip this field."""
        if watched is self.spin and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in HISTORY_KEYS or any(event.matches(key) for key in HISTORY_STANDARD_KEYS):
                return True  # not accepted: the shortcut goes to the window's action
        return super().eventFilter(watched, event)
