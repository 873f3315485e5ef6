"""The destination axes (partner kinds) and the orientation outcomes as the Statistiques screen names them: the
tables of `domain.labels`, translated."""

from __future__ import annotations

from relais_desk.domain import labels as tables
from relais_desk.gui import labels as translated


def axis_labels() -> dict[str, str]:
    """Axis code → its name in the interface's language."""
    return translated.names(tables.PARTNER_KINDS)


def status_labels() -> dict[str, str]:
    """Orientation outcome code → its name in the interface's language, in the workflow's order."""
    return translated.names(tables.ORIENTATION_STATUSES)
