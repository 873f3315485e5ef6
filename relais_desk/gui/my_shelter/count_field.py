"""A number of beds as typed: never clamped or dropped (a QSpinBox turns −5 into 5 and 99999999999 into 9999).

The text stays what the person typed; saving checks it with the core's rule (`services.lookup.count`) and
says what is wrong next to the field, and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from relais_desk.services.lookup import WHOLE_NUMBER

INVALID_STYLE = "QLineEdit { border: 2px solid #b3261e; }"


class CountField(QLineEdit):
    """A whole number typed or stepped with ↑/↓ (and the − / + buttons beside it)."""

    valueChanged = Signal(object)  # the number (None when the text is no whole number), as QSpinBox says it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.setMaxLength(24)
        self.textChanged.connect(self._changed)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if WHOLE_NUMBER.fullmatch(text) else None

    def setValue(self, value: int) -> None:  # noqa: N802 - the QSpinBox name, which callers and tests use
        self.setText(str(value))

    def stepBy(self, steps: int) -> None:  # noqa: N802
        """One bed more or less from what is typed (something that is no number counts as 0); never below 0."""
        current = self.value()
        self.setValue(max((current if current is not None else 0) + steps, 0))

    def stepUp(self) -> None:  # noqa: N802
        self.stepBy(1)

    def stepDown(self) -> None:  # noqa: N802
        self.stepBy(-1)

    def show_invalid(self, invalid: bool) -> None:
        """Frame the field in red while its number is refused (the message is beside it)."""
        self.setStyleSheet(INVALID_STYLE if invalid else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 10, Qt.Key.Key_PageDown: -10}
        if event.key() in steps:
            self.stepBy(steps[event.key()])
            return
        super().keyPressEvent(event)

    def _changed(self, _text: str) -> None:
        self.show_invalid(False)
        self.valueChanged.emit(self.value())


def count_with_buttons(parent: QWidget, name: str) -> tuple[CountField, QWidget]:
    """A number field with big − / + buttons (a shelter PC is often a touch screen)."""
    box = QWidget(parent)
    field = CountField(box)
    field.setObjectName(name)
    field.setMinimumWidth(70)
    minus, plus = QToolButton(box), QToolButton(box)
    minus.setText("−")
    plus.setText("+")
    minus.setObjectName(f"{name}_minus")
    plus.setObjectName(f"{name}_plus")
    minus.clicked.connect(field.stepDown)
    plus.clicked.connect(field.stepUp)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(minus)
    layout.addWidget(field)
    layout.addWidget(plus)
    return field, box
