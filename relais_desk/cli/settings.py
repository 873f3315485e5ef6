"""`relais-desk settings show` and `relais-desk settings set KEY VALUE`: network-wide settings."""

from __future__ import annotations

import argparse

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.services import settings

HELP = {
    "network_name": "nom du réseau (titres, rapports)",
    "census_time": "heure du recensement nocturne (HH:MM, heure de Bruxelles)",
    "hold_deadline": "heure limite d'arrivée par défaut d'un lit réservé (HH:MM)",
    "hold_fallback_hours": "délai en heures quand l'heure limite est déjà passée",
    "stale_after_hours": "après combien d'heures un comptage non mis à jour est signalé",
    "saturation_threshold": "alerte quand les lits libres d'une catégorie passent sous ce nombre",
    "census_horizon_days": "jusqu'où (jours) rechercher les nuits sans recensement",
    "mask_threshold": "effectifs masqués sous ce nombre dans les exports",
    "idle_lock_minutes": "minutes sans activité avant le verrouillage d'un poste (0 : jamais)",
    "retention_months": "durée de conservation : mois sans contact avant l'effacement d'une personne (6 à 120)",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("settings", help="réglages du réseau (partagés par tous les postes, appliqués aussitôt)")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", parents=[common], help="afficher les réglages")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_settings)
    set_ = ssub.add_parser("set", parents=[common], help="changer un réglage")
    set_.add_argument("key", choices=sorted(settings.DEFAULTS), metavar="CLÉ")
    set_.add_argument("value", metavar="VALEUR")
    set_.add_argument("--json", action="store_true")
    set_.set_defaults(handler=set_setting)


def show_settings(args: argparse.Namespace) -> int:
    db = open_database(args)
    values = settings.read_all(db, actor=command_actor(db))
    if args.json:
        emit_json(values)
    else:
        for key, value in sorted(values.items()):
            print(f"{key:<22} {value:<30} {HELP.get(key, '')}")
    return 0


def set_setting(args: argparse.Namespace) -> int:
    """On a shared database the login is the actor and the server decides; every open workstation follows."""
    db = open_database(args)
    value = settings.set_value(db, args.key, args.value, actor=command_actor(db))
    if args.json:
        emit_json({args.key: value})
    else:
        print(f"{args.key} = {value}")
    return 0
