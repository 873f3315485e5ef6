"""`relais-desk persons show ID [--json]` and `relais-desk persons export ID --out FILE.json [--force]`.

Both read a person's data, and so are logged in the access log (sources « cli persons show »,
« cli persons export »)."""

from __future__ import annotations

import argparse

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.domain.nights import to_local
from relais_desk.services import audit, persons


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("persons", help="les personnes : fiche, export sur demande")
    psub = p.add_subparsers(dest="persons_command", metavar="ACTION", required=True)
    _register_show(psub, common)
    _register_export(psub, common)


def _register_show(psub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    s = psub.add_parser("show", parents=[common], help="la fiche d'une personne (lecture journalisée)")
    s.add_argument("person_id", metavar="ID", type=int)
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=show)


def _register_export(psub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    e = psub.add_parser("export", parents=[common],
                        help="tout ce que le réseau garde d'une personne, et qui l'a lu (RGPD, art. 15)")
    e.add_argument("person_id", metavar="ID", type=int)
    e.add_argument("--out", metavar="FICHIER.json", required=True)
    e.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=export)


def show(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        p = persons.get_person(db, args.person_id, actor=command_actor(db), source="cli persons show")
    finally:
        db.dispose()
    if args.json:
        emit_json({"person_id": p.person_id, "alias": p.alias, "birth_year": p.birth_year, "gender": p.gender,
                   "children": p.children, "with_dog": p.with_dog, "wheelchair": p.wheelchair,
                   "last_contact_at": p.last_contact_at.isoformat() if p.last_contact_at else None})
        return 0
    print(f"Personne n° {p.person_id} : {p.alias}")
    print(f"  année de naissance : {p.birth_year or 'non dite'} ; genre : {p.gender} ; enfants : {p.children}")
    print(f"  chien : {'oui' if p.with_dog else 'non'} ; fauteuil : {'oui' if p.wheelchair else 'non'}")
    if p.last_contact_at:
        print(f"  dernier contact : {to_local(p.last_contact_at):%Y-%m-%d %H:%M}")
    return 0


def export(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        data = audit.person_file(db, args.person_id, actor=command_actor(db), source="cli persons export")
    finally:
        db.dispose()
    path = audit.write_private_json(args.out, data, force=args.force)
    if args.json:
        emit_json({"out": str(path), "calls": len(data["calls"]), "accesses": len(data["accesses"])})
    else:
        print(f"Dossier de la personne n° {args.person_id} écrit dans {path} (lisible par vous seul·e).")
    return 0
