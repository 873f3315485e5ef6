"""French labels of the call vocabulary (translated by Qt; the codes come from `domain.enums`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relais_desk.domain.enums import (
    CallChannel,
    CallerType,
    CallOutcome,
    Gender,
    Need,
    OrientationStatus,
    RefusalReason,
)

CHANNELS = [
    (CallChannel.TELEPHONE, QT_TRANSLATE_NOOP("Calls", "Téléphone")),
    (CallChannel.PASSAGE, QT_TRANSLATE_NOOP("Calls", "Passage")),
    (CallChannel.EQUIPE_MOBILE, QT_TRANSLATE_NOOP("Calls", "Équipe mobile")),
    (CallChannel.POLICE, QT_TRANSLATE_NOOP("Calls", "Police")),
    (CallChannel.HOPITAL, QT_TRANSLATE_NOOP("Calls", "Hôpital")),
    (CallChannel.PARTENAIRE, QT_TRANSLATE_NOOP("Calls", "Partenaire")),
    (CallChannel.CITOYEN, QT_TRANSLATE_NOOP("Calls", "Citoyen·ne")),
    (CallChannel.AUTRE, QT_TRANSLATE_NOOP("Calls", "Autre canal")),
]
CALLERS = [
    (CallerType.PERSONNE, QT_TRANSLATE_NOOP("Calls", "La personne elle-même")),
    (CallerType.PROCHE, QT_TRANSLATE_NOOP("Calls", "Un·e proche")),
    (CallerType.PROFESSIONNEL, QT_TRANSLATE_NOOP("Calls", "Un·e professionnel·le")),
    (CallerType.POLICE, QT_TRANSLATE_NOOP("Calls", "La police")),
    (CallerType.CITOYEN, QT_TRANSLATE_NOOP("Calls", "Un·e citoyen·ne")),
    (CallerType.AUTRE, QT_TRANSLATE_NOOP("Calls", "Autre appelant·e")),
]
NEEDS = [
    (Need.HEBERGEMENT, QT_TRANSLATE_NOOP("Calls", "Hébergement")),
    (Need.ALIMENTATION, QT_TRANSLATE_NOOP("Calls", "Alimentation")),
    (Need.SANTE, QT_TRANSLATE_NOOP("Calls", "Santé")),
    (Need.HYGIENE_VESTIAIRE, QT_TRANSLATE_NOOP("Calls", "Hygiène / vestiaire")),
    (Need.INFORMATION, QT_TRANSLATE_NOOP("Calls", "Information")),
    (Need.ECOUTE, QT_TRANSLATE_NOOP("Calls", "Écoute")),
    (Need.TRANSPORT, QT_TRANSLATE_NOOP("Calls", "Transport")),
    (Need.AUTRE, QT_TRANSLATE_NOOP("Calls", "Autre besoin")),
]
OUTCOMES = [
    (CallOutcome.ORIENTE, QT_TRANSLATE_NOOP("Calls", "Orienté·e")),
    (CallOutcome.REFUS_FAUTE_DE_PLACE, QT_TRANSLATE_NOOP("Calls", "Refus faute de place")),
    (CallOutcome.INFORMATION_DONNEE, QT_TRANSLATE_NOOP("Calls", "Information donnée")),
    (CallOutcome.SANS_SUITE, QT_TRANSLATE_NOOP("Calls", "Sans suite")),
    (CallOutcome.EN_COURS, QT_TRANSLATE_NOOP("Calls", "En cours")),
]
GENDERS = [
    (Gender.INCONNU, QT_TRANSLATE_NOOP("Calls", "Non précisé")),
    (Gender.FEMME, QT_TRANSLATE_NOOP("Calls", "Femme")),
    (Gender.HOMME, QT_TRANSLATE_NOOP("Calls", "Homme")),
    (Gender.AUTRE, QT_TRANSLATE_NOOP("Calls", "Autre genre")),
]
STATUSES = [
    (OrientationStatus.PROPOSEE, QT_TRANSLATE_NOOP("Calls", "proposée")),
    (OrientationStatus.CONFIRMEE, QT_TRANSLATE_NOOP("Calls", "confirmée")),
    (OrientationStatus.ARRIVEE, QT_TRANSLATE_NOOP("Calls", "arrivée")),
    (OrientationStatus.ABSENTE, QT_TRANSLATE_NOOP("Calls", "absente")),
    (OrientationStatus.ANNULEE, QT_TRANSLATE_NOOP("Calls", "annulée")),
    (OrientationStatus.REFUSEE_PERSONNE, QT_TRANSLATE_NOOP("Calls", "refusée par la personne")),
    (OrientationStatus.REFUSEE_SERVICE, QT_TRANSLATE_NOOP("Calls", "refusée par le service")),
]

REFUSAL_REASONS = [
    (RefusalReason.SATURATION, QT_TRANSLATE_NOOP("Calls", "Plus de place")),
    (RefusalReason.QUOTA_DEPASSE, QT_TRANSLATE_NOOP("Calls", "Quota de nuits dépassé")),
    (RefusalReason.PROFIL_NON_ACCUEILLI, QT_TRANSLATE_NOOP("Calls", "Profil non accueilli")),
    (RefusalReason.AUTRE, QT_TRANSLATE_NOOP("Calls", "Autre motif")),
]


def label(pairs: list, code: object) -> str:
    """The translated label of a code, or the code itself when it is unknown."""
    for value, text in pairs:
        if value == code:
            return QCoreApplication.translate("Calls", text)
    return str(code)


def fill(combo, pairs: list) -> None:  # noqa: ANN001 - a QComboBox
    for value, text in pairs:
        combo.addItem(QCoreApplication.translate("Calls", text), value.value)
