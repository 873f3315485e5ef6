"""The messages of the errors a user can cause: a stable key → a French Qt source string with {named} parameters.

A service raises `InvalidValue.of("period_end_before_start", field="end")`: the error carries its key and
parameters, and its French message (what the CLI prints) is made here. The GUI translates the same source
string (`gui.errors`), so English comes from the catalogue, not from the core. Parameters render by kind:
a date, a moment (datetime, shown in Brussels time), a number, a code of an enumeration named in
`PARAM_TABLES`, a field name of `FIELDS`; `x_en` beside `x` is `x` in English (a bed category's label_en).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from relais_desk.domain.labels import ORIENTATION_STATUSES, QT_TRANSLATE_NOOP, ROLES, Labels

MESSAGES = {
    # periods and dates
    "period_invalid": QT_TRANSLATE_NOOP("Errors", "Période invalide."),
    "period_end_before_start": QT_TRANSLATE_NOOP("Errors", "La fin de la période précède son début."),
    "period_too_long": QT_TRANSLATE_NOOP("Errors", "Période trop longue (20 ans au plus)."),
    "validity_invalid": QT_TRANSLATE_NOOP("Errors", "Dates de validité invalides."),
    "validity_end_before_start": QT_TRANSLATE_NOOP("Errors", "La fin de validité précède son début."),
    "night_invalid": QT_TRANSLATE_NOOP("Errors", "Nuit invalide : une date est attendue (AAAA-MM-JJ)."),
    "census_not_yet": QT_TRANSLATE_NOOP("Errors", "Le recensement de la nuit du {night} n'a pas encore eu lieu "
                                                  "(il se fait à {time})."),
    "night_not_closed": QT_TRANSLATE_NOOP("Errors", "La nuit du {night} n'est pas encore clôturée : elle le sera "
                                                    "le {closes} à midi."),
    "board_in_future": QT_TRANSLATE_NOOP("Errors", "Le {at} est dans le futur : le tableau passé ne se montre "
                                                   "qu'à un moment déjà écoulé."),
    "time_invalid": QT_TRANSLATE_NOOP("Errors", "Heure invalide : « {value} » (attendu HH:MM)."),
    # fields (lookup)
    "text_expected": QT_TRANSLATE_NOOP("Errors", "{label} : texte attendu."),
    "text_bad_character": QT_TRANSLATE_NOOP("Errors", "{label} : caractère invalide."),
    "required": QT_TRANSLATE_NOOP("Errors", "{label} : ce champ est obligatoire."),
    "text_too_long": QT_TRANSLATE_NOOP("Errors", "{label} : {length} caractères, au plus {max} permis."),
    "choice_invalid": QT_TRANSLATE_NOOP("Errors", "{label} : « {value} » n'est pas une valeur permise ({allowed})."),
    "not_an_integer": QT_TRANSLATE_NOOP("Errors", "{label} : « {value} » n'est pas un nombre entier."),
    "integer_expected": QT_TRANSLATE_NOOP("Errors", "{label} : nombre entier attendu."),
    "count_negative": QT_TRANSLATE_NOOP("Errors", "{label} : {value} est négatif ; un nombre de lits est 0 ou plus."),
    "count_too_large": QT_TRANSLATE_NOOP("Errors", "{label} : {value} dépasse le maximum permis ({maximum})."),
    "household_at_least_one": QT_TRANSLATE_NOOP("Errors", "Personnes dans le ménage : au moins 1 (la personne "
                                                          "elle-même)."),
    "shelter_expected": QT_TRANSLATE_NOOP("Errors", "Abri : nom ou numéro attendu."),
    "partner_unknown": QT_TRANSLATE_NOOP("Errors", "Aucun partenaire ne s'appelle « {ref} »."),
    "category_expected": QT_TRANSLATE_NOOP("Errors", "Catégorie : code attendu."),
    "category_unknown": QT_TRANSLATE_NOOP("Errors", "Catégorie de lits inconnue : « {ref} »."),
    "row_not_found": QT_TRANSLATE_NOOP("Errors", "{what} n° {ref} introuvable."),
    "profile_invalid": QT_TRANSLATE_NOOP("Errors", "Profil invalide."),
    # calls
    "received_at_expected": QT_TRANSLATE_NOOP("Errors", "Reçu à : date et heure attendues."),
    "received_at_future": QT_TRANSLATE_NOOP("Errors", "Reçu à : l'appel ne peut pas être dans le futur."),
    "received_at_too_old": QT_TRANSLATE_NOOP("Errors", "Reçu à : plus d'un mois dans le passé — vérifiez la date."),
    "person_both": QT_TRANSLATE_NOOP("Errors", "Choisissez une personne existante OU créez-en une, pas les deux."),
    "orientation_of_other_call": QT_TRANSLATE_NOOP("Errors", "L'orientation n° {ref} appartient déjà à un autre "
                                                             "appel."),
    "refusal_malformed": QT_TRANSLATE_NOOP("Errors", "Refus mal formé."),
    "refusal_needs_call_or_shelter": QT_TRANSLATE_NOOP("Errors", "Un refus se rattache à un appel ou à un abri."),
    # persons
    "birth_year_implausible": QT_TRANSLATE_NOOP("Errors", "Année de naissance : {value} n'est pas plausible "
                                                          "(entre {lowest} et {highest})."),
    "merge_same_record": QT_TRANSLATE_NOOP("Errors", "Choisissez deux fiches différentes à fusionner."),
    "erase_while_held": QT_TRANSLATE_NOOP("Errors", "Personne n° {ref} : un lit lui est réservé cette nuit à "
                                                    "{shelter}. Effacez-la après son arrivée, l'annulation ou "
                                                    "l'expiration de la réservation."),
    # beds and holds
    "no_beds_of_category": QT_TRANSLATE_NOOP("Errors", "« {shelter} » n'a pas de lits « {category_label} » cette "
                                                       "nuit."),
    "nothing_to_change": QT_TRANSLATE_NOOP("Errors", "Rien à changer : indiquez les lits occupés ou hors service."),
    "over_capacity": QT_TRANSLATE_NOOP("Errors", "{shelter} – {category_label} : {occupied} occupés + "
                                                 "{unavailable} hors service + {held} réservés = {total}, plus que "
                                                 "les {capacity} lits de la capacité."),
    "deadline_out_of_range": QT_TRANSLATE_NOOP("Errors", "L'heure limite d'arrivée doit être dans le futur, au plus "
                                                         "36 heures après maintenant."),
    "bed_just_taken": QT_TRANSLATE_NOOP("Errors", "Plus de lit libre « {category_label} » à {shelter} : il vient "
                                                  "d'être pris."),
    "profile_not_accepted": QT_TRANSLATE_NOOP("Errors", "{shelter} – {category_label} : {why}. Rien n'a été "
                                                        "réservé."),
    "hold_not_active": QT_TRANSLATE_NOOP("Errors", "Cette réservation n'est plus active (déjà arrivée, libérée ou "
                                                   "expirée)."),
    # partners and capacities
    "quota_needs_both": QT_TRANSLATE_NOOP("Errors", "Un quota se donne en nuits ET en jours (par exemple 7 nuits "
                                                    "sur 30 jours)."),
    "partner_kind_required": QT_TRANSLATE_NOOP("Errors", "Indiquez l'axe du partenaire."),
    "partner_name_taken": QT_TRANSLATE_NOOP("Errors", "Un partenaire s'appelle déjà « {name} »."),
    "category_gender_invalid": QT_TRANSLATE_NOOP("Errors", "Public de la catégorie : « femme », « homme » ou "
                                                           "« any »."),
    "category_code_taken": QT_TRANSLATE_NOOP("Errors", "La catégorie « {code} » existe déjà."),
    "not_a_shelter_no_beds": QT_TRANSLATE_NOOP("Errors", "« {shelter} » n'est pas un abri de nuit : pas de lits."),
    "capacity_gone": QT_TRANSLATE_NOOP("Errors", "Cette période de capacité n'existe plus (modifiée ailleurs ?)."),
    "capacity_too_small_tonight": QT_TRANSLATE_NOOP(
        "Errors", "{shelter} – {category_label} : cette nuit, {occupied} occupés + {unavailable} hors service + "
                  "{held} réservés ne tiendraient pas dans {capacity} lits. Libérez des lits d'abord, ou faites "
                  "commencer le changement demain."),
    "partner_inactive": QT_TRANSLATE_NOOP("Errors", "« {shelter} » n'est plus actif dans le réseau."),
    # orientations
    "orientation_status_final": QT_TRANSLATE_NOOP("Errors", "Cette orientation est déjà {status} : elle ne peut "
                                                            "pas devenir {new_status}."),
    "orientation_hold_gone": QT_TRANSLATE_NOOP("Errors", "La réservation de ce lit n'est plus active (expirée ou "
                                                         "modifiée ailleurs)."),
    "orientation_changed_elsewhere": QT_TRANSLATE_NOOP("Errors", "Cette orientation vient d'être modifiée sur un "
                                                                 "autre poste : rechargez-la."),
    # accounts and passwords
    "role_not_allowed": QT_TRANSLATE_NOOP("Errors", "Votre rôle ({role}) ne permet pas cette action."),
    "other_shelter": QT_TRANSLATE_NOOP("Errors", "Vous ne pouvez modifier que les lits de votre abri, pas ceux de "
                                                 "« {shelter} »."),
    "username_characters": QT_TRANSLATE_NOOP("Errors", "Identifiant : lettres, chiffres, « . », « _ », « - » et "
                                                       "« @ » seulement."),
    "username_too_long": QT_TRANSLATE_NOOP("Errors", "Identifiant trop long pour ce serveur ({max} caractères au "
                                                     "plus)."),
    "shelter_account_needs_shelter": QT_TRANSLATE_NOOP("Errors", "Un compte « abri » doit être lié à un abri de "
                                                                 "nuit."),
    "not_a_shelter": QT_TRANSLATE_NOOP("Errors", "« {shelter} » n'est pas un abri de nuit."),
    "username_taken": QT_TRANSLATE_NOOP("Errors", "L'identifiant « {name} » existe déjà."),
    "account_disabled": QT_TRANSLATE_NOOP("Errors", "Ce compte est désactivé. Demandez à un·e administrateur·rice."),
    "deactivate_self": QT_TRANSLATE_NOOP("Errors", "Vous ne pouvez pas désactiver votre propre compte."),
    "session_not_active_account": QT_TRANSLATE_NOOP("Errors", "Cette session n'est pas celle d'un compte actif de "
                                                              "ce réseau."),
    "password_same": QT_TRANSLATE_NOOP("Errors", "Le nouveau mot de passe doit être différent de l'actuel."),
    "password_not_text": QT_TRANSLATE_NOOP("Errors", "Le mot de passe doit être un texte."),
    "password_nul": QT_TRANSLATE_NOOP("Errors", "Le mot de passe contient un caractère nul : retapez-le."),
    "password_too_short": QT_TRANSLATE_NOOP("Errors", "Le mot de passe doit faire au moins {minimum} caractères "
                                                      "(il en a {length})."),
    "password_too_long": QT_TRANSLATE_NOOP("Errors", "Le mot de passe est trop long ({maximum} caractères au "
                                                     "plus)."),
    # network settings
    "setting_unknown": QT_TRANSLATE_NOOP("Errors", "Réglage inconnu : « {key} »."),
    "setting_value_invalid": QT_TRANSLATE_NOOP("Errors", "Valeur invalide pour {key} : « {value} »."),
    "idle_lock_too_long": QT_TRANSLATE_NOOP("Errors", "Verrouillage : au plus {maximum} minutes (0 : jamais)."),
    "retention_out_of_range": QT_TRANSLATE_NOOP("Errors", "Durée de conservation : un nombre entier de mois entre "
                                                          "{minimum} et {maximum}."),
    "mask_threshold_too_low": QT_TRANSLATE_NOOP("Errors", "Le seuil de masquage ne peut pas descendre sous "
                                                          "{minimum} : un effectif de 1 ou 2 pourrait désigner "
                                                          "quelqu'un."),
}

# Why beds do not take a person ({why} of "profile_not_accepted": a list of these keys, shown joined by commas).
WHY = {
    "no_household": QT_TRANSLATE_NOOP("Errors", "ne prend pas de ménage de {household} personnes"),
    "no_minor": QT_TRANSLATE_NOOP("Errors", "ne prend pas de mineur·e"),
    "not_for_gender": QT_TRANSLATE_NOOP("Errors", "n'est pas pour ce profil (genre)"),
    "no_dogs": QT_TRANSLATE_NOOP("Errors", "chiens non acceptés"),
    "no_wheelchair": QT_TRANSLATE_NOOP("Errors", "pas accessible en fauteuil"),
    "not_low_threshold": QT_TRANSLATE_NOOP("Errors", "pas bas seuil"),
    "too_few_places": QT_TRANSLATE_NOOP("Errors", "{free} place(s) libre(s) pour un ménage de {household} "
                                                  "personnes"),
}
# The names of the fields and records that messages quote ({label}, {what}), in French; translated by the GUI.
FIELDS = [
    QT_TRANSLATE_NOOP("Fields", "Abri"), QT_TRANSLATE_NOOP("Fields", "Année de naissance"),
    QT_TRANSLATE_NOOP("Fields", "Axe"), QT_TRANSLATE_NOOP("Fields", "Catégorie"),
    QT_TRANSLATE_NOOP("Fields", "Code"), QT_TRANSLATE_NOOP("Fields", "Compte"),
    QT_TRANSLATE_NOOP("Fields", "Enfants"), QT_TRANSLATE_NOOP("Fields", "Genre"),
    QT_TRANSLATE_NOOP("Fields", "Hors service"), QT_TRANSLATE_NOOP("Fields", "Identifiant"),
    QT_TRANSLATE_NOOP("Fields", "Label"), QT_TRANSLATE_NOOP("Fields", "Libellé"),
    QT_TRANSLATE_NOOP("Fields", "Lieu"), QT_TRANSLATE_NOOP("Fields", "Lits"),
    QT_TRANSLATE_NOOP("Fields", "Motif de refus"), QT_TRANSLATE_NOOP("Fields", "Motif hors service"),
    QT_TRANSLATE_NOOP("Fields", "Nom affiché"), QT_TRANSLATE_NOOP("Fields", "Nom du réseau"),
    QT_TRANSLATE_NOOP("Fields", "Notes"), QT_TRANSLATE_NOOP("Fields", "Occupés"),
    QT_TRANSLATE_NOOP("Fields", "Personnes dans le ménage"), QT_TRANSLATE_NOOP("Fields", "Pseudonyme"),
    QT_TRANSLATE_NOOP("Fields", "Recherche"), QT_TRANSLATE_NOOP("Fields", "Remarque"),
    QT_TRANSLATE_NOOP("Fields", "Rôle"), QT_TRANSLATE_NOOP("Fields", "Source"),
    QT_TRANSLATE_NOOP("Fields", "Statut"), QT_TRANSLATE_NOOP("Fields", "Type de capacité"),
    QT_TRANSLATE_NOOP("Fields", "Motif du refus"), QT_TRANSLATE_NOOP("Fields", "Nom"),
    QT_TRANSLATE_NOOP("Fields", "Appel"), QT_TRANSLATE_NOOP("Fields", "Personne"),
    QT_TRANSLATE_NOOP("Fields", "Orientation"), QT_TRANSLATE_NOOP("Fields", "Utilisateur"),
    QT_TRANSLATE_NOOP("Fields", "Réservation"), QT_TRANSLATE_NOOP("Fields", "Période de capacité"),
]
# Parameters that hold a code of an enumeration: shown by its name.
PARAM_TABLES: dict[str, Labels] = {"status": ORIENTATION_STATUSES, "new_status": ORIENTATION_STATUSES,
                                   "role": ROLES}
FIELD_PARAMS = ("label", "what")


def why_french(keys: list[str], params: dict[str, Any]) -> str:
    """The reasons `keys` (of `WHY`), in French, joined by commas."""
    return ", ".join(WHY[k].format_map(_Params(params, french_value)) for k in keys)


def french_value(name: str, value: Any, params: dict[str, Any] | None = None) -> str:
    """A parameter as the French message writes it."""
    from relais_desk.domain.nights import to_local

    if name == "why" and isinstance(value, list | tuple):
        return why_french(list(value), params or {})
    if name in PARAM_TABLES:
        return PARAM_TABLES[name].fr(value)
    if isinstance(value, datetime):
        return f"{to_local(value):%d/%m/%Y à %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def french(key: str, params: dict[str, Any]) -> str:
    """The French message of `key` with its parameters."""
    return MESSAGES[key].format_map(_Params(params, french_value))


class _Params(dict):
    """The parameters a template names, rendered on demand (one missing shows as its name in braces)."""

    def __init__(self, params: dict[str, Any], render: Any) -> None:
        super().__init__()
        self.params, self.render = params, render

    def __missing__(self, name: str) -> str:
        if name not in self.params:
            return "{" + name + "}"
        return self.render(name, self.params[name], self.params)
