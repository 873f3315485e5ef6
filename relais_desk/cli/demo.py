"""`relais-desk demo [--seed N] [--years Y] [--shelters S] [--if-empty]`."""

from __future__ import annotations

import argparse
import sys

from relais_desk.cli import emit_json, open_database


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="un réseau de démonstration avec son historique")
    p.add_argument("--seed", type=int, default=1, help="graine : la même graine donne le même réseau (défaut 1)")
    p.add_argument("--years", type=int, default=2, help="années d'historique (0 à 20, défaut 2)")
    p.add_argument("--shelters", type=int, default=12, help="nombre d'abris de nuit (1 à 500, défaut 12)")
    p.add_argument("--if-empty", action="store_true", help="ne rien faire si la base contient déjà un réseau")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from relais_desk import demo

    demo.check_arguments(args.years, args.shelters, args.seed)
    db = open_database(args, create=True)
    if args.if_empty and demo.has_network(db):
        if args.json:
            emit_json({"skipped": True})
        else:
            print("La base contient déjà un réseau : rien à faire.")
        return 0
    quiet = args.json
    summary = demo.generate(db, seed=args.seed, years=args.years, shelters=args.shelters,
                            progress=None if quiet else lambda msg: print(msg, file=sys.stderr, flush=True))
    if args.json:
        emit_json(summary.as_json())
        return 0
    print(f"Réseau de démonstration créé en {summary.seconds} s : {summary.partners} partenaires dont "
          f"{summary.shelters} abris de nuit, {summary.nights} nuits, {summary.calls} appels, "
          f"{summary.orientations} orientations, {summary.refusals} refus, {summary.ledger_rows} lignes de journal, "
          f"{summary.census_rows} lignes de recensement.")
    print(f"Base : {db.backend.where}")
    print("Comptes de démonstration (identifiant / mot de passe) :")
    for username, role, password in summary.logins:
        print(f"  {username:<14} {password:<12} {role}")
    return 0
