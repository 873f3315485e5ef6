"""`relais-desk audit --person ID | --user NAME [--since DATE] [--json]`: who read which person's data."""

from __future__ import annotations

import argparse
from datetime import date

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.domain.nights import to_local
from relais_desk.services import audit
from relais_desk.services.errors import InvalidValue

SOURCE = "cli audit"  # what the access log calls this command


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help="journal des accès : qui a lu les données d'une personne")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--person", metavar="ID", type=int, help="les lectures des données de cette personne")
    which.add_argument("--user", metavar="IDENTIFIANT", help="les lectures faites par ce compte")
    p.add_argument("--since", metavar="AAAA-MM-JJ", help="depuis ce jour (inclus)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidValue(f"--since : « {value[:20]} » n'est pas une date AAAA-MM-JJ.", field="since") from exc


def run(args: argparse.Namespace) -> int:
    since = _date(args.since)
    db = open_database(args)
    try:
        actor = command_actor(db)
        if args.person is not None:
            rows = audit.person_log(db, args.person, actor=actor, source=SOURCE, since=since)
        else:
            rows = audit.user_log(db, args.user, actor=actor, since=since)
    finally:
        db.dispose()
    if args.json:
        emit_json({"accesses": [r.as_json() for r in rows]})
        return 0
    if not rows:
        print("Aucune lecture enregistrée.")
    for r in rows:
        context = "".join([f" appel {r.call_id}" if r.call_id else "",
                           f" orientation {r.orientation_id}" if r.orientation_id else ""])
        print(f"{to_local(r.at):%Y-%m-%d %H:%M}  {r.user or 'système'}  {r.what}  {r.source}"
              f"  {('sujet ' + r.subject[:8]) if r.subject else '-'}{context}")
    return 0
