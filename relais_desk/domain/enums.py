"""Enumerations of the domain. Values are stable codes stored in the database; their names are in `domain.labels`."""

from __future__ import annotations

from enum import StrEnum


class PartnerKind(StrEnum):
    """The axis of a partner service in the Relais social network."""

    URGENCE_SOCIALE = "urgence_sociale"
    ACCUEIL_DE_JOUR = "accueil_de_jour"
    ACCUEIL_DE_NUIT = "accueil_de_nuit"
    TRAVAIL_DE_RUE = "travail_de_rue"
    AIDE_ALIMENTAIRE = "aide_alimentaire"
    LOGEMENT = "logement"
    SANTE = "sante"


class CapacityKind(StrEnum):
    BASE = "base"
    PLAN_HIVER = "plan_hiver"


class Role(StrEnum):
    OPERATEUR = "operateur"
    ABRI = "abri"
    COORDINATION = "coordination"
    ADMIN = "admin"


class Gender(StrEnum):
    FEMME = "femme"
    HOMME = "homme"
    AUTRE = "autre"
    INCONNU = "inconnu"


class HoldStatus(StrEnum):
    ACTIVE = "active"
    ARRIVED = "arrived"
    RELEASED = "released"
    EXPIRED = "expired"


class OrientationStatus(StrEnum):
    PROPOSEE = "proposee"
    CONFIRMEE = "confirmee"
    ARRIVEE = "arrivee"
    ABSENTE = "absente"
    ANNULEE = "annulee"
    REFUSEE_PERSONNE = "refusee_personne"
    REFUSEE_SERVICE = "refusee_service"


class RefusalReason(StrEnum):
    SATURATION = "saturation"
    QUOTA_DEPASSE = "quota_depasse"
    PROFIL_NON_ACCUEILLI = "profil_non_accueilli"
    AUTRE = "autre"


class RefusalSource(StrEnum):
    CALL = "call"
    DOOR = "door"


class CallChannel(StrEnum):
    TELEPHONE = "telephone"
    PASSAGE = "passage"
    EQUIPE_MOBILE = "equipe_mobile"
    POLICE = "police"
    HOPITAL = "hopital"
    PARTENAIRE = "partenaire"
    CITOYEN = "citoyen"
    AUTRE = "autre"


class CallerType(StrEnum):
    PERSONNE = "personne"
    PROCHE = "proche"
    PROFESSIONNEL = "professionnel"
    POLICE = "police"
    CITOYEN = "citoyen"
    AUTRE = "autre"


class Need(StrEnum):
    HEBERGEMENT = "hebergement"
    ALIMENTATION = "alimentation"
    SANTE = "sante"
    HYGIENE_VESTIAIRE = "hygiene_vestiaire"
    INFORMATION = "information"
    ECOUTE = "ecoute"
    TRANSPORT = "transport"
    AUTRE = "autre"


class CallOutcome(StrEnum):
    ORIENTE = "oriente"
    REFUS_FAUTE_DE_PLACE = "refus_faute_de_place"
    INFORMATION_DONNEE = "information_donnee"
    SANS_SUITE = "sans_suite"
    EN_COURS = "en_cours"


class LedgerAction(StrEnum):
    """What a ledger row records. One row per change, written in the changing transaction."""

    NIGHT_OPENED = "night_opened"
    COUNTS_SET = "counts_set"
    HOLD_TAKEN = "hold_taken"
    HOLD_RELEASED = "hold_released"
    HOLD_ARRIVED = "hold_arrived"
    HOLD_EXPIRED = "hold_expired"
    # a mistaken *Arrivé·e* / *Absent·e* undone (within UNDO_MINUTES): the bed is held again
    HOLD_ARRIVAL_UNDONE = "hold_arrival_undone"
    HOLD_ABSENCE_UNDONE = "hold_absence_undone"
    CAPACITY_SET = "capacity_set"
    PARTNER_SAVED = "partner_saved"
    ORIENTATION_CREATED = "orientation_created"
    ORIENTATION_STATUS = "orientation_status"
    ORIENTATION_LINKED = "orientation_linked"
    REFUSAL_RECORDED = "refusal_recorded"
    REFUSAL_WITHDRAWN = "refusal_withdrawn"  # a mistaken refusal: its row stays, marked, and counts nowhere
    CALL_SAVED = "call_saved"
    USER_SAVED = "user_saved"
    PERSON_SAVED = "person_saved"
    # retention and requests: these rows name nobody (no person id; a merge names random subjects)
    PERSONS_PURGED = "persons_purged"
    PERSON_ERASED = "person_erased"
    PERSON_MERGED = "person_merged"
    SETTING_CHANGED = "setting_changed"  # a network setting: before/after {"key", "value"}, entity network_setting


class AccessWhat(StrEnum):
    """What kind of person-level read an access-log row records."""

    SEARCH = "search"  # a person among search results
    PERSON = "person"  # a person's record
    CALL = "call"  # a call with its notes
    JOURNAL = "journal"  # a call among the journal's rows
    ORIENTATION = "orientation"  # an orientation with its person's alias and its note
    REFUSAL = "refusal"  # a refusal's note
    SLIP = "slip"  # the bon d'orientation
    AUDIT = "audit"  # the access log of a person, read by an administrator
    EXPORT = "export"  # everything held about a person, exported on request
