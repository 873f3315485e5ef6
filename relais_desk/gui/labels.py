"""The enumerations' names in the interface's language: `domain.labels`' French strings, translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from relais_desk.domain.labels import Labels


def text(table: Labels, code: object) -> str:
    """The translated name of `code` in `table`, or the code itself when it is unknown."""
    for member, french in table:
        if member == code or member.value == code:
            return QCoreApplication.translate(table.context, french)
    return str(code)


def names(table: Labels) -> dict[str, str]:
    """Code → translated name, in the table's order."""
    return {member.value: QCoreApplication.translate(table.context, french) for member, french in table}


def fill(combo: QComboBox, table: Labels) -> None:
    """One item per code: the translated name shown, the code as the item's data."""
    for member, french in table:
        combo.addItem(QCoreApplication.translate(table.context, french), member.value)
