"""`relais-desk persons show ID [--json]`, `persons export ID --out FILE.json [--force]` (requests from a
person), `persons purge [--dry-run] [--json]`, `persons erase ID` and `persons merge KEEP DROP` (retention).

Show and export read a person's data, and so are logged in the access log (sources « cli persons show »,
« cli persons export »)."""

from __future__ import annotations

import argparse
from pathlib import Path

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.domain.nights import to_local
from relais_desk.services import audit, person_merge, persons, retention
from relais_desk.store import files


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("persons", help="les personnes : fiche, export sur demande, conservation, effacement, fusion")
    psub = p.add_subparsers(dest="persons_command", metavar="ACTION", required=True)
    _register_show(psub, common)
    _register_export(psub, common)
    register_retention(psub, common)


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
    files.check_output(Path(args.out), overwrite=args.force, field="out")  # refused before anything is read
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


def register_retention(psub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The retention and request commands (purge, erase, merge) of `persons`."""
    r = psub.add_parser("purge", parents=[common],
                        help="effacer les personnes sans contact depuis plus que la durée de conservation")
    r.add_argument("--dry-run", action="store_true", help="compter seulement, ne rien effacer")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=purge)
    e = psub.add_parser("erase", parents=[common], help="effacer une personne à sa demande (irréversible)")
    e.add_argument("person", metavar="ID", help="numéro de la personne")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=erase)
    m = psub.add_parser("merge", parents=[common], help="fusionner deux fiches de la même personne")
    m.add_argument("keep", metavar="GARDER", help="numéro de la fiche gardée")
    m.add_argument("drop", metavar="FUSIONNER", help="numéro de la fiche fondue dans la première puis supprimée")
    m.add_argument("--json", action="store_true")
    m.set_defaults(handler=merge)


def _id(text: str) -> int | str:
    # anything that is no number is simply "introuvable" (services.lookup.row_id says so, in French)
    return int(text) if text.strip().isdigit() else text


def purge(args: argparse.Namespace) -> int:
    db = open_database(args)
    summary = retention.purge(db, actor=command_actor(db), dry_run=args.dry_run, trigger="cli")
    if args.json:
        emit_json(summary.as_json())
        return 0
    limit = f"sans contact depuis le {summary.cutoff:%d/%m/%Y} ({summary.retention_months} mois)"
    if args.dry_run:
        print(f"Essai : {summary.purged} personne(s) {limit} seraient effacées ; {summary.kept} gardée(s).")
    else:
        print(f"{summary.purged} personne(s) {limit} effacée(s) ; {summary.kept} gardée(s). "
              "Les statistiques ne changent pas.")
    return 0


def erase(args: argparse.Namespace) -> int:
    db = open_database(args)
    person_id = _id(args.person)
    retention.erase_person(db, person_id, actor=command_actor(db))
    if args.json:
        emit_json({"erased": person_id})
    else:
        print(f"Personne n° {person_id} effacée : plus rien ne la décrit ni ne relie un événement à elle.")
    return 0


def merge(args: argparse.Namespace) -> int:
    db = open_database(args)
    keep, drop = _id(args.keep), _id(args.drop)
    person_merge.merge_persons(db, keep, drop, actor=command_actor(db))
    if args.json:
        emit_json({"kept": keep, "merged": drop})
    else:
        print(f"Fiche n° {drop} fusionnée dans la fiche n° {keep} : ses appels, réservations, orientations et "
              "refus sont maintenant ceux de la fiche gardée.")
    return 0
