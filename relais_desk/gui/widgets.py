"""Small widgets shared by the screens: the banner, the message next to a field, date fields."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QGridLayout, QHeaderView, QLabel, QWidget

STYLES = {
    "error": "background:#fde2e1; color:#7a1712; border:1px solid #f3a7a3;",
    "warning": "background:#fff3cd; color:#6b4e00; border:1px solid #f0d27a;",
    "info": "background:#e3eefa; color:#133b63; border:1px solid #a9c7ea;",
}


def ask_once(dialog: QDialog) -> bool:
    """Show a dialog made for this one use (modal), then delete it: True when it was accepted."""
    try:
        return bool(dialog.exec())
    finally:
        dialog.deleteLater()


def _tab_leaves(widget: QWidget, event: QEvent) -> bool:
    """Tab / Maj+Tab go to the next / previous field, instead of the next part of the date.

    Only the keys: typing « / », « : » or a space still moves from part to part, as Qt does."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    key, mods = event.key(), event.modifiers()
    if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or mods & (Qt.KeyboardModifier.ControlModifier
                                                                  | Qt.KeyboardModifier.AltModifier):
        return False
    forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
    QWidget.focusNextPrevChild(widget, forward)
    return True


class DateTimeField(QDateTimeEdit):
    """A date-time field that Tab leaves at once (Qt's own steps through day, month, year, hour, minute)."""

    def event(self, event: QEvent) -> bool:
        return True if _tab_leaves(self, event) else super().event(event)


class DateField(QDateEdit):
    """A date field that Tab leaves at once (see DateTimeField)."""

    def event(self, event: QEvent) -> bool:
        return True if _tab_leaves(self, event) else super().event(event)


class Banner(QLabel):
    """A full-width message above a screen (connection lost, past board, saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names and paths: never read as markup
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.setText(text)
        self.setStyleSheet(f"QLabel {{ {STYLES[kind]} padding:6px 10px; border-radius:4px; }}")
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class FieldError(QLabel):
    """The French message shown right next to the field that caused it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed: never read as markup
        self.setStyleSheet("QLabel { color:#b3261e; }")
        self.offline = False  # the message says the database could not be reached (it goes when it is back)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.offline = False
        self.show()

    def show_offline(self, text: str) -> None:
        """A "pas de connexion" message: `clear_offline_messages` takes it away once the database is back."""
        self.show_error(text)
        self.offline = True

    def clear_error(self) -> None:
        self.setText("")
        self.offline = False
        self.hide()


def clear_offline_messages(root: QWidget) -> None:
    """The connection is back: the "pas de connexion" messages under `root` no longer hold (the others stay)."""
    for error in root.findChildren(FieldError):
        if error.offline:
            error.clear_error()


@contextmanager
def columns_sized_after(header: QHeaderView, every: QHeaderView.ResizeMode | None = None) -> Iterator[None]:
    """Fill a table with its columns sized once at the end: a column sized to its contents measures every row
    again at each cell set (a hundred calls took seconds on the UI thread).

    `every`: the mode of all sections, the ones the fill adds included (a row header, whose rows come and go);
    without it each section present gets its own mode back."""
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    try:
        yield
    finally:
        if every is not None:
            header.setSectionResizeMode(every)
        else:
            for column, mode in enumerate(modes):
                header.setSectionResizeMode(column, mode)


def add_field(grid: QGridLayout, row: int, col: int, text: str, widget: QWidget, key: str, span: int = 1) -> FieldError:
    """A label and its field on `row`, the field's error message right under it (`<key>_error`)."""
    parent = widget.parentWidget()
    label = QLabel(text, parent)
    label.setBuddy(widget)
    error = FieldError(parent)
    error.setObjectName(f"{key}_error")
    grid.addWidget(label, row, col)
    grid.addWidget(widget, row, col + 1, 1, span)
    grid.addWidget(error, row + 1, col + 1, 1, span)
    return error
