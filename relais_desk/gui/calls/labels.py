"""The call vocabulary as the call screens use it: the tables of `domain.labels`, translated by `gui.labels`."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from relais_desk.domain import labels as tables
from relais_desk.domain.labels import Labels
from relais_desk.gui import labels as translated

CHANNELS = tables.CHANNELS
CALLERS = tables.CALLERS
NEEDS = tables.NEEDS
OUTCOMES = tables.OUTCOMES
GENDERS = tables.GENDERS
STATUSES = tables.ORIENTATION_STATUSES
REFUSAL_REASONS = tables.REFUSAL_REASONS


def label(table: Labels, code: object) -> str:
    """The translated label of a code, or the code itself when it is unknown."""
    return translated.text(table, code)


def fill(combo: QComboBox, table: Labels) -> None:
    translated.fill(combo, table)
