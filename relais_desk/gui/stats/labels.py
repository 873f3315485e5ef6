"""The destination axes (partner kinds) as the Statistiques screen names them, translated by Qt; the orientation
outcomes are the calls' own labels (`gui.calls.labels`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relais_desk.domain.enums import PartnerKind
from relais_desk.gui.calls import labels as call_labels

AXES = [
    (PartnerKind.URGENCE_SOCIALE, QT_TRANSLATE_NOOP("Stats", "Urgence sociale")),
    (PartnerKind.ACCUEIL_DE_JOUR, QT_TRANSLATE_NOOP("Stats", "Accueil de jour")),
    (PartnerKind.ACCUEIL_DE_NUIT, QT_TRANSLATE_NOOP("Stats", "Accueil de nuit")),
    (PartnerKind.TRAVAIL_DE_RUE, QT_TRANSLATE_NOOP("Stats", "Travail de rue")),
    (PartnerKind.AIDE_ALIMENTAIRE, QT_TRANSLATE_NOOP("Stats", "Aide alimentaire")),
    (PartnerKind.LOGEMENT, QT_TRANSLATE_NOOP("Stats", "Logement")),
    (PartnerKind.SANTE, QT_TRANSLATE_NOOP("Stats", "Santé")),
]


def axis_labels() -> dict[str, str]:
    """Axis code → its name in the interface's language."""
    return {kind.value: QCoreApplication.translate("Stats", text) for kind, text in AXES}


def status_labels() -> dict[str, str]:
    """Orientation outcome code → its name in the interface's language, in the workflow's order."""
    return {status.value: call_labels.label(call_labels.STATUSES, status) for status, _text in call_labels.STATUSES}
