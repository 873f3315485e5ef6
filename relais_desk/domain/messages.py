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
    "admin_only_mask_threshold": QT_TRANSLATE_NOOP("Errors", "Seul·e un·e administrateur·rice peut changer le seuil "
                                                             "de masquage des exports."),
    "admin_only_retention": QT_TRANSLATE_NOOP("Errors", "Seul·e un·e administrateur·rice peut changer la durée de "
                                                        "conservation."),
    # accounts (more)
    "password_too_weak": QT_TRANSLATE_NOOP("Errors", "Mot de passe trop faible : {weakness}. Ajoutez des mots ou des "
                                                     "caractères inattendus."),
    "password_changed_elsewhere": QT_TRANSLATE_NOOP("Errors", "Le mot de passe de ce compte vient d'être changé "
                                                              "ailleurs : reconnectez-vous."),
    "session_not_network_account": QT_TRANSLATE_NOOP("Errors", "Cette session n'est pas celle d'un compte de ce "
                                                               "réseau."),
    "account_unknown": QT_TRANSLATE_NOOP("Errors", "Aucun compte ne s'appelle « {name} »."),
    # statistics
    "grouping_unknown": QT_TRANSLATE_NOOP("Errors", "Regroupement inconnu : « {value} »."),
    "breakdown_unknown": QT_TRANSLATE_NOOP("Errors", "Découpage inconnu : « {value} »."),
    "column_unknown": QT_TRANSLATE_NOOP("Errors", "Colonne inconnue : « {value} »."),
    # Mon abri: undoing an arrival or an absence, withdrawing a door refusal
    "undo_not_a_closing": QT_TRANSLATE_NOOP("Errors", "Seule une arrivée ou une absence d'un lit réservé se reprend "
                                                      "ici."),
    "undo_arrival_night_closed": QT_TRANSLATE_NOOP("Errors", "La nuit est clôturée : l'arrivée ne s'annule plus."),
    "undo_absence_night_closed": QT_TRANSLATE_NOOP("Errors", "La nuit est clôturée : l'absence ne s'annule plus."),
    "undo_arrival_too_late": QT_TRANSLATE_NOOP("Errors", "Plus de {minutes} minutes se sont écoulées : l'arrivée ne "
                                                         "s'annule plus. Corrigez au besoin les lits occupés."),
    "undo_absence_too_late": QT_TRANSLATE_NOOP("Errors", "Plus de {minutes} minutes se sont écoulées : l'absence ne "
                                                         "s'annule plus. Corrigez au besoin les lits occupés."),
    "undo_absence_deadline_passed": QT_TRANSLATE_NOOP("Errors", "L'heure limite d'arrivée ({deadline}) est passée : "
                                                                "la réservation expirerait aussitôt ; l'absence "
                                                                "reste."),
    "undo_arrival_not_occupied": QT_TRANSLATE_NOOP("Errors", "Aucun lit « {category_label} » n'est compté occupé : "
                                                             "les chiffres ont été changés depuis l'arrivée. Corrigez "
                                                             "les lits occupés."),
    "undo_absence_bed_taken": QT_TRANSLATE_NOOP("Errors", "Le lit « {category_label} » libéré par l'absence a été "
                                                          "repris entre-temps : l'absence reste."),
    "hold_changed_elsewhere": QT_TRANSLATE_NOOP("Errors", "Cette réservation vient d'être modifiée sur un autre "
                                                          "poste."),
    "refusal_of_a_call": QT_TRANSLATE_NOOP("Errors", "Ce refus a été enregistré par l'urgence sociale lors d'un "
                                                     "appel : c'est elle qui le corrige."),
    "refusal_already_withdrawn": QT_TRANSLATE_NOOP("Errors", "Ce refus est déjà retiré."),
    "refusal_night_closed": QT_TRANSLATE_NOOP("Errors", "La nuit du {night} est clôturée : ses refus ne se retirent "
                                                        "plus."),
    "refusal_withdrawn_elsewhere": QT_TRANSLATE_NOOP("Errors", "Ce refus vient d'être retiré sur un autre poste."),
    # the database and the connection ({where}: a file or a server; {detail}: the system's own words, as given)
    "database_url_unreadable": QT_TRANSLATE_NOOP("Errors", "Adresse de base de données illisible : {shown}."),
    "database_kind_unsupported": QT_TRANSLATE_NOOP("Errors", "Seuls SQLite (sqlite:///chemin) et PostgreSQL "
                                                             "(postgresql://hôte/base) sont pris en charge, pas "
                                                             "{kind}."),
    "database_kind_unknown": QT_TRANSLATE_NOOP("Errors", "Type de base inconnu : « {kind} »."),
    "database_folder_refused": QT_TRANSLATE_NOOP("Errors", "Le système refuse le dossier de la base ({folder}) : "
                                                           "{os_reason}. Choisissez un dossier à vous, sur ce poste."),
    "database_file_gone": QT_TRANSLATE_NOOP("Errors", "Le fichier de la base ({where}) a disparu pendant que "
                                                      "relais-desk tournait : plus rien n'y est lu ni enregistré. "
                                                      "Fermez relais-desk, remettez le fichier en place ou restaurez "
                                                      "la dernière sauvegarde (relais-desk db backup en fait une), "
                                                      "puis relancez."),
    "database_file_replaced": QT_TRANSLATE_NOOP("Errors", "Le fichier de la base ({where}) a été remplacé par un "
                                                          "autre fichier pendant que relais-desk tournait : plus rien "
                                                          "n'y est lu ni enregistré. Fermez relais-desk, remettez le "
                                                          "fichier en place ou restaurez la dernière sauvegarde "
                                                          "(relais-desk db backup en fait une), puis relancez."),
    "session_refused": QT_TRANSLATE_NOOP("Errors", "Le serveur n'accepte plus cette session (compte désactivé, modifié "
                                                   "ou mot de passe changé) : reconnectez-vous."),
    "database_not_answering": QT_TRANSLATE_NOOP("Errors", "La base de données ({where}) ne répond pas : {detail}"),
    "database_disk_full": QT_TRANSLATE_NOOP("Errors", "Le disque de la base {where} est plein : la dernière "
                                                      "modification n'a pas été enregistrée. Libérez de la place "
                                                      "sur ce disque, puis recommencez."),
    "database_read_only": QT_TRANSLATE_NOOP("Errors", "La base {where} est en lecture seule (le fichier ou son "
                                                      "dossier) : relais-desk doit pouvoir y écrire. Vérifiez les "
                                                      "droits du fichier et du dossier, ou copiez la base dans un "
                                                      "dossier à vous."),
    "database_corrupt": QT_TRANSLATE_NOOP("Errors", "Le fichier {where} n'est pas une base relais-desk lisible "
                                                    "(endommagé, ou d'un autre programme) : rien n'y a été modifié. "
                                                    "Remettez à cet endroit sa dernière sauvegarde (faite par "
                                                    "« relais-desk db backup »), puis relancez."),
    "database_missing": QT_TRANSLATE_NOOP("Errors", "La base de ce poste ({where}) n'existe pas ou plus. Si elle a "
                                                    "été déplacée ou effacée, remettez-la à cet endroit ou copiez-y "
                                                    "sa dernière sauvegarde (relais-desk db backup), puis relancez. "
                                                    "Pour créer une nouvelle base vide à la place, supprimez "
                                                    "{config}."),
    "server_unreachable": QT_TRANSLATE_NOOP("Errors", "Impossible de joindre le serveur {where} : vérifiez le nom du "
                                                      "serveur, le port et le réseau, puis réessayez."),
    "server_unreachable_detail": QT_TRANSLATE_NOOP("Errors", "Impossible de joindre le serveur {where} : vérifiez le "
                                                             "nom du serveur, le port et le réseau ({detail})."),
    "server_tls_failed": QT_TRANSLATE_NOOP("Errors", "Le serveur {where} répond, mais la connexion chiffrée échoue "
                                                     "en mode {sslmode} : {detail}."),
    "server_no_such_database": QT_TRANSLATE_NOOP("Errors", "Le serveur {where} répond, mais la base « {dbname} » "
                                                           "n'existe pas."),
    "server_wrong_password": QT_TRANSLATE_NOOP("Errors", "Le serveur {where} refuse l'identifiant « {user} » avec ce "
                                                         "mot de passe."),
    "server_login_refused": QT_TRANSLATE_NOOP("Errors", "Le serveur {where} répond, mais refuse l'identifiant "
                                                        "« {user} » (inconnu, ou non autorisé par les règles d'accès "
                                                        "du serveur, pg_hba.conf) : {detail}."),
    "server_refuses_action": QT_TRANSLATE_NOOP("Errors", "Le serveur refuse cette action pour votre compte : votre "
                                                         "rôle ne le permet pas."),
    "server_refuses_value": QT_TRANSLATE_NOOP("Errors", "Le serveur refuse cette valeur."),
    "server_duplicate": QT_TRANSLATE_NOOP("Errors", "Cet élément existe déjà."),
    "server_row_missing": QT_TRANSLATE_NOOP("Errors", "Élément introuvable."),
    "schema_too_old_embedded": QT_TRANSLATE_NOOP("Errors", "Le schéma de la base {where} est plus ancien que ce "
                                                           "programme ({schema} → {head}) : relais-desk la met à jour "
                                                           "en s'ouvrant, ou lancez « relais-desk db upgrade --db "
                                                           "\"{url}\" »."),
    "schema_too_old_shared": QT_TRANSLATE_NOOP("Errors", "Le schéma de la base partagée ({where}) est plus ancien que "
                                                         "ce programme ({schema} → {head}). Un·e administrateur·rice "
                                                         "doit lancer une fois :\n    relais-desk db upgrade --db "
                                                         "\"{url}\"\npuis relancer relais-desk sur chaque poste."),
    "security_too_old": QT_TRANSLATE_NOOP("Errors", "Les droits d'accès de la base partagée ({where}) ne sont pas "
                                                    "ceux de cette version de relais-desk. Un·e administrateur·rice "
                                                    "doit lancer une fois, avec l'identifiant de maintenance :\n    "
                                                    "relais-desk db upgrade --db \"{url}\""),
    "tls_mode_unknown": QT_TRANSLATE_NOOP("Errors", "Mode de chiffrement inconnu : « {sslmode} » (modes : {modes})."),
    "tls_needs_ca_file": QT_TRANSLATE_NOOP("Errors", "Le mode {sslmode} vérifie le certificat du serveur : indiquez "
                                                     "le fichier du certificat de l'autorité (CA) du réseau."),
    "tls_ca_file_unreadable": QT_TRANSLATE_NOOP("Errors", "Le fichier de certificat « {path} » est introuvable ou "
                                                          "illisible sur ce poste."),
    "schema_too_new": QT_TRANSLATE_NOOP("Errors", "La base de données ({where}) a été mise à jour par une version plus "
                                                  "récente de relais-desk (schéma {current}). Installez la dernière "
                                                  "version de relais-desk sur ce poste."),
    "no_keyring": QT_TRANSLATE_NOOP("Errors", "Aucun trousseau de mots de passe n'est disponible sur ce poste "
                                              "(Gestionnaire d'identification Windows, Trousseau macOS ou Secret "
                                              "Service sous Linux). relais-desk ne garde jamais le mot de passe du "
                                              "serveur en clair : installez ou déverrouillez un trousseau (par "
                                              "exemple gnome-keyring ou KWallet), puis réessayez."),
    "keyring_write_refused": QT_TRANSLATE_NOOP("Errors", "Le trousseau a refusé d'enregistrer le mot de passe : "
                                                         "{detail}"),
    "keyring_read_failed": QT_TRANSLATE_NOOP("Errors", "Le trousseau n'a pas pu être lu : {detail}"),
    "database_on_network_share": QT_TRANSLATE_NOOP("Errors", "La base de données {path} se trouve sur un partage "
                                                             "réseau ({fstype}). SQLite corrompt ses fichiers sur un "
                                                             "partage réseau : placez la base sur un disque local de "
                                                             "ce poste, ou, pour partager les données entre plusieurs "
                                                             "postes, utilisez un serveur PostgreSQL."),
    # files written (exports, backups)
    "output_folder_missing": QT_TRANSLATE_NOOP("Errors", "Le dossier {folder} n'existe pas."),
    "output_is_symlink": QT_TRANSLATE_NOOP("Errors", "{path} est un lien symbolique : relais-desk n'écrit jamais à "
                                                     "travers un lien, choisissez un autre nom."),
    "output_not_a_file": QT_TRANSLATE_NOOP("Errors", "{path} n'est pas un fichier : choisissez un autre nom."),
    "output_exists": QT_TRANSLATE_NOOP("Errors", "Le fichier {path} existe déjà : choisissez un autre nom, ou ajoutez "
                                                 "--force pour le remplacer."),
    "output_write_failed": QT_TRANSLATE_NOOP("Errors", "Impossible d'écrire {path} : {detail}."),
    # the change feed's state (the status bar's tooltip, the connection banner's)
    "feed_not_yet": QT_TRANSLATE_NOOP("Errors", "Pas encore connecté."),
    "feed_live": QT_TRANSLATE_NOOP("Errors", "En direct."),
    "feed_stopped": QT_TRANSLATE_NOOP("Errors", "Suivi des changements arrêté."),
    "feed_halted": QT_TRANSLATE_NOOP("Errors", "Le suivi des changements s'est arrêté."),
    "feed_session_ended": QT_TRANSLATE_NOOP("Errors", "Le serveur n'accepte plus ce compte : session terminée."),
    "feed_server_unreachable": QT_TRANSLATE_NOOP("Errors", "Serveur injoignable ({where}), nouvel essai… ({detail})"),
    "feed_connection_lost": QT_TRANSLATE_NOOP("Errors", "Connexion perdue avec le serveur, reconnexion… ({detail})"),
    "feed_local_unreadable": QT_TRANSLATE_NOOP("Errors", "Base de données locale illisible, nouvel essai… ({detail})"),
}

# Why a password is too weak ({weakness} of "password_too_weak"), from zxcvbn's verdict.
WEAKNESSES = {
    "keyboard_row": QT_TRANSLATE_NOOP("Errors", "une rangée de touches du clavier se devine facilement"),
    "keyboard_pattern": QT_TRANSLATE_NOOP("Errors", "un court motif du clavier se devine facilement"),
    "repeat_char": QT_TRANSLATE_NOOP("Errors", "une répétition comme « aaa » se devine facilement"),
    "repeat_group": QT_TRANSLATE_NOOP("Errors", "une répétition comme « abcabcabc » se devine presque aussi vite que "
                                                "« abc »"),
    "sequence": QT_TRANSLATE_NOOP("Errors", "une suite comme « abc » ou « 6543 » se devine facilement"),
    "recent_year": QT_TRANSLATE_NOOP("Errors", "une année récente se devine facilement"),
    "date": QT_TRANSLATE_NOOP("Errors", "une date se devine facilement"),
    "top10": QT_TRANSLATE_NOOP("Errors", "c'est l'un des dix mots de passe les plus courants"),
    "top100": QT_TRANSLATE_NOOP("Errors", "c'est l'un des cent mots de passe les plus courants"),
    "very_common": QT_TRANSLATE_NOOP("Errors", "c'est un mot de passe très courant"),
    "like_common": QT_TRANSLATE_NOOP("Errors", "il ressemble à un mot de passe très courant"),
    "single_word": QT_TRANSLATE_NOOP("Errors", "un mot seul se devine facilement"),
    "single_name": QT_TRANSLATE_NOOP("Errors", "un nom ou un prénom seul se devine facilement"),
    "common_names": QT_TRANSLATE_NOOP("Errors", "les noms et prénoms courants se devinent facilement"),
    "has_name": QT_TRANSLATE_NOOP("Errors", "il reprend votre identifiant ou votre nom"),
    "guessed_instantly": QT_TRANSLATE_NOOP("Errors", "il serait deviné en moins d'une seconde"),
    "guessed_seconds": QT_TRANSLATE_NOOP("Errors", "il serait deviné en quelques secondes"),
    "guessed_minutes": QT_TRANSLATE_NOOP("Errors", "il serait deviné en quelques minutes"),
    "guessed_hours": QT_TRANSLATE_NOOP("Errors", "il serait deviné en quelques heures"),
    "guessed_days": QT_TRANSLATE_NOOP("Errors", "il serait deviné en quelques jours"),
    "guessed_months": QT_TRANSLATE_NOOP("Errors", "il serait deviné en quelques mois"),
    "guessed_years": QT_TRANSLATE_NOOP("Errors", "il serait deviné en quelques années"),
}
# Why the system refused a folder ({os_reason}): an errno's plain words.
OS_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Errors", "il n'existe pas et ne peut pas être créé"),
    "permission": QT_TRANSLATE_NOOP("Errors", "droits insuffisants"),
    "read_only_disk": QT_TRANSLATE_NOOP("Errors", "le disque est en lecture seule"),
    "disk_full": QT_TRANSLATE_NOOP("Errors", "le disque est plein"),
    "not_a_folder": QT_TRANSLATE_NOOP("Errors", "un élément du chemin n'est pas un dossier"),
}
# Parameters whose value is the key of a phrase of these tables (an unknown value is shown as given).
PHRASE_PARAMS = {"weakness": WEAKNESSES, "os_reason": OS_REASONS}

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
    QT_TRANSLATE_NOOP("Fields", "Refus"),
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
    if name in PHRASE_PARAMS:
        return PHRASE_PARAMS[name].get(value, str(value))
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


class Said(str):
    """A French sentence that keeps its key and parameters, so that the GUI can say it in its language (a state
    of the change feed: "En direct.", "Reconnexion…")."""

    key: str
    params: dict[str, Any]


def said(key: str, /, **params: Any) -> Said:
    """The French message of `key`, remembering `key` and `params`."""
    sentence = Said(french(key, params))
    sentence.key, sentence.params = key, params
    return sentence


class _Params(dict):
    """The parameters a template names, rendered on demand (one missing shows as its name in braces)."""

    def __init__(self, params: dict[str, Any], render: Any) -> None:
        super().__init__()
        self.params, self.render = params, render

    def __missing__(self, name: str) -> str:
        if name not in self.params:
            return "{" + name + "}"
        return self.render(name, self.params[name], self.params)
