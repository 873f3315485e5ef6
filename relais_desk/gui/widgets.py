"""Small widgets shared by the screens: the banner, the message next to a field, date fields."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QGridLayout, QHeaderView, QLabel, QWidget

from relais_desk.domain import typed_dates

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


class _TypedOver:
    """A whole date typed over the field (after Ctrl+A, or from its first part): `15031980`, `15/03/1980`.

    Qt's own field loses digits then (« 15/03/1980 » gave 02/03/1980) and turns 31/02 into 28/02. Here the
    digits fill the parts in order (`domain.typed_dates`), the field shows each whole part as it comes, and
    when the typing ends (Tab, Entrée, leaving the field) an impossible date puts the value from before back
    and emits `typing_refused` with the reason, for the form to say next to the field."""

    _typed: str | None = None
    _before: QDateTime | None = None

    def _typed_event(self, event: QEvent) -> bool:
        """True when the key was the typing's; ends the typing first on any other key or when focus leaves."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if event.type() == QEvent.Type.FocusOut:
            self._end_typing()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        text, mods = event.text(), event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        line = edit.lineEdit()
        if self._typed is None:
            if not (plain and text.isdigit() and text.isascii() and line.hasSelectedText()
                    and line.selectionStart() == 0):
                return False
            self._typed, self._before = "", edit.dateTime()
        if plain and typed_dates.is_typed_char(text):
            self._typed += text
        elif event.key() == Qt.Key.Key_Backspace and plain:
            self._typed = self._typed[:-1]
        else:
            self._end_typing()
            return False
        self._show_typed(finished=False)
        return True

    def _show_typed(self, *, finished: bool) -> typed_dates.TypedDate:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        assert self._typed is not None and self._before is not None
        read = typed_dates.read_typed(self._typed, edit.displayFormat(), self._before.toPython(), finished=finished)
        if read.value is not None:
            value = QDateTime(read.value)
            if not edit.minimumDateTime() <= value <= edit.maximumDateTime():
                shown = self._typed.strip()
                return typed_dates.TypedDate(None, QCoreApplication.translate(
                    "DateField", "« %1 » est hors des dates possibles ici.").replace("%1", shown) if finished else None)
            edit.setDateTime(value)
        return read

    def _end_typing(self) -> None:
        if self._typed is None:
            return
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        read = self._show_typed(finished=True) if self._typed else typed_dates.TypedDate(None)
        before, self._typed = self._before, None
        if read.value is None and before is not None:
            edit.setDateTime(before)  # never another date than the one typed
            if read.problem:
                edit.typing_refused.emit(read.problem)  # type: ignore[attr-defined]


class DateTimeField(_TypedOver, QDateTimeEdit):
    """A date-time field that Tab leaves at once (Qt's own steps through day, month, year, hour, minute), and
    that takes a whole date-time typed over it."""

    typing_refused = Signal(str)  # why what was typed is not a date (said next to the field); value unchanged

    def event(self, event: QEvent) -> bool:
        if self._typed_event(event):
            return True
        return True if _tab_leaves(self, event) else super().event(event)


class DateField(_TypedOver, QDateEdit):
    """A date field that Tab leaves at once and takes a whole date typed over it (see DateTimeField)."""

    typing_refused = Signal(str)

    def event(self, event: QEvent) -> bool:
        if self._typed_event(event):
            return True
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
