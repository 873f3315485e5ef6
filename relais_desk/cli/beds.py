"""`relais-desk beds set SHELTER CATEGORY [--occupied N] [--unavailable N] [--reason TEXT]`."""

from __future__ import annotations

import argparse

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.services import beds


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("beds", help="lits d'un abri cette nuit")
    bsub = p.add_subparsers(dest="beds_command", metavar="ACTION", required=True)
    s = bsub.add_parser("set", parents=[common], help="régler les lits occupés / hors service de cette nuit")
    s.add_argument("shelter", metavar="ABRI")
    s.add_argument("category", metavar="CATEGORIE")
    s.add_argument("--occupied", metavar="N", help="lits occupés")
    s.add_argument("--unavailable", metavar="N", help="lits hors service")
    s.add_argument("--reason", metavar="TEXTE", help="motif des lits hors service")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=set_counts)


def set_counts(args: argparse.Namespace) -> int:
    db = open_database(args)
    row = beds.set_counts(
        db, shelter=args.shelter, category=args.category, occupied=args.occupied, unavailable=args.unavailable,
        unavailable_reason=args.reason, actor=command_actor(db),
    )
    if args.json:
        emit_json(row.as_json())
    else:
        print(f"{row.shelter} – {row.category_fr} : {row.free} libres sur {row.capacity} "
              f"({row.occupied} occupés, {row.held} réservés, {row.unavailable} hors service)")
    return 0
