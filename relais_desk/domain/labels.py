"""The one table per enumeration: each stable code and its French name.

The French names are Qt source strings: `QT_TRANSLATE_NOOP(context, text)` below is a plain function (the core
never imports Qt) that `lupdate` reads like Qt's own, so the names land in `resources/translations/*.ts`. The
CLI and the French reports read `table.fr(code)`; the GUI shows `gui.labels.text(table, code)`, the same string
translated into the interface's language. A code missing from its table shows as itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from relais_desk.domain.enums import (
    AccessWhat,
    CallChannel,
    CallerType,
    CallOutcome,
    CapacityKind,
    Gender,
    HoldStatus,
    LedgerAction,
    Need,
    OrientationStatus,
    PartnerKind,
    RefusalReason,
    RefusalSource,
    Role,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context` (read by lupdate); returns it unchanged."""
    return text


class Labels:
    """Codes of one enumeration (in display order) and their French names; Qt context `context`."""

    def __init__(self, context: str, entries: dict[StrEnum, str]) -> None:
        self.context = context
        self.entries = dict(entries)

    def fr(self, code: object) -> str:
        """The French name of `code` (a member or its value), or the code itself when unknown."""
        for member, text in self.entries.items():
            if member == code or member.value == code:
                return text
        return str(code)

    def codes(self) -> list[str]:
        return [member.value for member in self.entries]

    def __iter__(self) -> Iterator[tuple[StrEnum, str]]:
        return iter(self.entries.items())

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, part: slice) -> Labels:
        """Some of the codes (e.g. `STATUSES[1:]`), same context."""
        return Labels(self.context, dict(list(self.entries.items())[part]))


PARTNER_KINDS = Labels("PartnerKind", {
    PartnerKind.URGENCE_SOCIALE: QT_TRANSLATE_NOOP("PartnerKind", "Urgence sociale"),
    PartnerKind.ACCUEIL_DE_JOUR: QT_TRANSLATE_NOOP("PartnerKind", "Accueil de jour"),
    PartnerKind.ACCUEIL_DE_NUIT: QT_TRANSLATE_NOOP("PartnerKind", "Accueil de nuit"),
    PartnerKind.TRAVAIL_DE_RUE: QT_TRANSLATE_NOOP("PartnerKind", "Travail de rue"),
    PartnerKind.AIDE_ALIMENTAIRE: QT_TRANSLATE_NOOP("PartnerKind", "Aide alimentaire"),
    PartnerKind.LOGEMENT: QT_TRANSLATE_NOOP("PartnerKind", "Logement"),
    PartnerKind.SANTE: QT_TRANSLATE_NOOP("PartnerKind", "Santé"),
})
CAPACITY_KINDS = Labels("CapacityKind", {
    CapacityKind.BASE: QT_TRANSLATE_NOOP("CapacityKind", "Base"),
    CapacityKind.PLAN_HIVER: QT_TRANSLATE_NOOP("CapacityKind", "Plan hiver"),
})
ROLES = Labels("Role", {
    Role.OPERATEUR: QT_TRANSLATE_NOOP("Role", "Opérateur·rice urgence sociale"),
    Role.ABRI: QT_TRANSLATE_NOOP("Role", "Personnel d'abri"),
    Role.COORDINATION: QT_TRANSLATE_NOOP("Role", "Coordination"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administration"),
})
GENDERS = Labels("Gender", {
    Gender.INCONNU: QT_TRANSLATE_NOOP("Gender", "Non précisé"),
    Gender.FEMME: QT_TRANSLATE_NOOP("Gender", "Femme"),
    Gender.HOMME: QT_TRANSLATE_NOOP("Gender", "Homme"),
    Gender.AUTRE: QT_TRANSLATE_NOOP("Gender", "Autre genre"),
})
HOLD_STATUSES = Labels("HoldStatus", {
    HoldStatus.ACTIVE: QT_TRANSLATE_NOOP("HoldStatus", "attendu·e"),
    HoldStatus.ARRIVED: QT_TRANSLATE_NOOP("HoldStatus", "arrivé·e"),
    HoldStatus.RELEASED: QT_TRANSLATE_NOOP("HoldStatus", "libérée"),
    HoldStatus.EXPIRED: QT_TRANSLATE_NOOP("HoldStatus", "expirée"),
})
ORIENTATION_STATUSES = Labels("OrientationStatus", {
    OrientationStatus.PROPOSEE: QT_TRANSLATE_NOOP("OrientationStatus", "proposée"),
    OrientationStatus.CONFIRMEE: QT_TRANSLATE_NOOP("OrientationStatus", "confirmée"),
    OrientationStatus.ARRIVEE: QT_TRANSLATE_NOOP("OrientationStatus", "arrivée"),
    OrientationStatus.ABSENTE: QT_TRANSLATE_NOOP("OrientationStatus", "absente"),
    OrientationStatus.ANNULEE: QT_TRANSLATE_NOOP("OrientationStatus", "annulée"),
    OrientationStatus.REFUSEE_PERSONNE: QT_TRANSLATE_NOOP("OrientationStatus", "refusée par la personne"),
    OrientationStatus.REFUSEE_SERVICE: QT_TRANSLATE_NOOP("OrientationStatus", "refusée par le service"),
})
REFUSAL_REASONS = Labels("RefusalReason", {
    RefusalReason.SATURATION: QT_TRANSLATE_NOOP("RefusalReason", "Plus de place"),
    RefusalReason.QUOTA_DEPASSE: QT_TRANSLATE_NOOP("RefusalReason", "Quota de nuits dépassé"),
    RefusalReason.PROFIL_NON_ACCUEILLI: QT_TRANSLATE_NOOP("RefusalReason", "Profil non accueilli"),
    RefusalReason.AUTRE: QT_TRANSLATE_NOOP("RefusalReason", "Autre motif"),
})
REFUSAL_SOURCES = Labels("RefusalSource", {
    RefusalSource.CALL: QT_TRANSLATE_NOOP("RefusalSource", "au téléphone"),
    RefusalSource.DOOR: QT_TRANSLATE_NOOP("RefusalSource", "à la porte"),
})
CHANNELS = Labels("CallChannel", {
    CallChannel.TELEPHONE: QT_TRANSLATE_NOOP("CallChannel", "Téléphone"),
    CallChannel.PASSAGE: QT_TRANSLATE_NOOP("CallChannel", "Passage"),
    CallChannel.EQUIPE_MOBILE: QT_TRANSLATE_NOOP("CallChannel", "Équipe mobile"),
    CallChannel.POLICE: QT_TRANSLATE_NOOP("CallChannel", "Police"),
    CallChannel.HOPITAL: QT_TRANSLATE_NOOP("CallChannel", "Hôpital"),
    CallChannel.PARTENAIRE: QT_TRANSLATE_NOOP("CallChannel", "Partenaire"),
    CallChannel.CITOYEN: QT_TRANSLATE_NOOP("CallChannel", "Citoyen·ne"),
    CallChannel.AUTRE: QT_TRANSLATE_NOOP("CallChannel", "Autre canal"),
})
CALLERS = Labels("CallerType", {
    CallerType.PERSONNE: QT_TRANSLATE_NOOP("CallerType", "La personne elle-même"),
    CallerType.PROCHE: QT_TRANSLATE_NOOP("CallerType", "Un·e proche"),
    CallerType.PROFESSIONNEL: QT_TRANSLATE_NOOP("CallerType", "Un·e professionnel·le"),
    CallerType.POLICE: QT_TRANSLATE_NOOP("CallerType", "La police"),
    CallerType.CITOYEN: QT_TRANSLATE_NOOP("CallerType", "Un·e citoyen·ne"),
    CallerType.AUTRE: QT_TRANSLATE_NOOP("CallerType", "Autre appelant·e"),
})
NEEDS = Labels("Need", {
    Need.HEBERGEMENT: QT_TRANSLATE_NOOP("Need", "Hébergement"),
    Need.ALIMENTATION: QT_TRANSLATE_NOOP("Need", "Alimentation"),
    Need.SANTE: QT_TRANSLATE_NOOP("Need", "Santé"),
    Need.HYGIENE_VESTIAIRE: QT_TRANSLATE_NOOP("Need", "Hygiène / vestiaire"),
    Need.INFORMATION: QT_TRANSLATE_NOOP("Need", "Information"),
    Need.ECOUTE: QT_TRANSLATE_NOOP("Need", "Écoute"),
    Need.TRANSPORT: QT_TRANSLATE_NOOP("Need", "Transport"),
    Need.AUTRE: QT_TRANSLATE_NOOP("Need", "Autre besoin"),
})
OUTCOMES = Labels("CallOutcome", {
    CallOutcome.ORIENTE: QT_TRANSLATE_NOOP("CallOutcome", "Orienté·e"),
    CallOutcome.REFUS_FAUTE_DE_PLACE: QT_TRANSLATE_NOOP("CallOutcome", "Refus faute de place"),
    CallOutcome.INFORMATION_DONNEE: QT_TRANSLATE_NOOP("CallOutcome", "Information donnée"),
    CallOutcome.SANS_SUITE: QT_TRANSLATE_NOOP("CallOutcome", "Sans suite"),
    CallOutcome.EN_COURS: QT_TRANSLATE_NOOP("CallOutcome", "En cours"),
})
LEDGER_ACTIONS = Labels("LedgerAction", {
    LedgerAction.NIGHT_OPENED: QT_TRANSLATE_NOOP("LedgerAction", "nuit ouverte"),
    LedgerAction.COUNTS_SET: QT_TRANSLATE_NOOP("LedgerAction", "lits mis à jour"),
    LedgerAction.HOLD_TAKEN: QT_TRANSLATE_NOOP("LedgerAction", "lit réservé"),
    LedgerAction.HOLD_RELEASED: QT_TRANSLATE_NOOP("LedgerAction", "réservation libérée"),
    LedgerAction.HOLD_ARRIVED: QT_TRANSLATE_NOOP("LedgerAction", "arrivée"),
    LedgerAction.HOLD_EXPIRED: QT_TRANSLATE_NOOP("LedgerAction", "réservation expirée"),
    LedgerAction.CAPACITY_SET: QT_TRANSLATE_NOOP("LedgerAction", "capacité changée"),
    LedgerAction.PARTNER_SAVED: QT_TRANSLATE_NOOP("LedgerAction", "partenaire enregistré"),
    LedgerAction.ORIENTATION_CREATED: QT_TRANSLATE_NOOP("LedgerAction", "orientation créée"),
    LedgerAction.ORIENTATION_STATUS: QT_TRANSLATE_NOOP("LedgerAction", "statut d'orientation changé"),
    LedgerAction.ORIENTATION_LINKED: QT_TRANSLATE_NOOP("LedgerAction", "orientation rattachée à l'appel"),
    LedgerAction.REFUSAL_RECORDED: QT_TRANSLATE_NOOP("LedgerAction", "refus enregistré"),
    LedgerAction.CALL_SAVED: QT_TRANSLATE_NOOP("LedgerAction", "appel enregistré"),
    LedgerAction.USER_SAVED: QT_TRANSLATE_NOOP("LedgerAction", "compte enregistré"),
    LedgerAction.PERSON_SAVED: QT_TRANSLATE_NOOP("LedgerAction", "fiche enregistrée"),
    LedgerAction.PERSONS_PURGED: QT_TRANSLATE_NOOP("LedgerAction", "fiches purgées (conservation)"),
    LedgerAction.PERSON_ERASED: QT_TRANSLATE_NOOP("LedgerAction", "fiche effacée sur demande"),
    LedgerAction.PERSON_MERGED: QT_TRANSLATE_NOOP("LedgerAction", "fiches fusionnées"),
    LedgerAction.SETTING_CHANGED: QT_TRANSLATE_NOOP("LedgerAction", "réglage du réseau changé"),
})
ACCESS_WHAT = Labels("AccessWhat", {
    AccessWhat.SEARCH: QT_TRANSLATE_NOOP("AccessWhat", "recherche"),
    AccessWhat.PERSON: QT_TRANSLATE_NOOP("AccessWhat", "fiche"),
    AccessWhat.CALL: QT_TRANSLATE_NOOP("AccessWhat", "appel et ses notes"),
    AccessWhat.JOURNAL: QT_TRANSLATE_NOOP("AccessWhat", "journal des appels"),
    AccessWhat.ORIENTATION: QT_TRANSLATE_NOOP("AccessWhat", "orientation"),
    AccessWhat.REFUSAL: QT_TRANSLATE_NOOP("AccessWhat", "refus"),
    AccessWhat.SLIP: QT_TRANSLATE_NOOP("AccessWhat", "bon d'orientation"),
    AccessWhat.AUDIT: QT_TRANSLATE_NOOP("AccessWhat", "journal des accès"),
    AccessWhat.EXPORT: QT_TRANSLATE_NOOP("AccessWhat", "export du dossier"),
})
