"""`relais-desk census run [--night YYYY-MM-DD]` and `relais-desk census show --night YYYY-MM-DD`."""

from __future__ import annotations

import argparse
from datetime import date

from relais_desk.cli import command_actor, emit_json, open_database
from relais_desk.services import census
from relais_desk.services.errors import InvalidValue

NOT_REPORTED = "non communiqué"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("census", help="recensement nocturne")
    csub = p.add_subparsers(dest="census_command", metavar="ACTION", required=True)
    r = csub.add_parser("run", parents=[common], help="écrire les recensements manquants (ou d'une nuit)")
    r.add_argument("--night", metavar="AAAA-MM-JJ", help="une seule nuit (la date du soir)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=run)
    s = csub.add_parser("show", parents=[common], help="les lignes du recensement d'une nuit")
    s.add_argument("--night", required=True, metavar="AAAA-MM-JJ")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=show)


def _night(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidValue(f"Nuit illisible : « {text[:20]} » (attendu AAAA-MM-JJ, la date du soir).",
                           field="night") from exc


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = command_actor(db)
    if args.night:
        summary = census.write_night(db, _night(args.night), actor=actor, trigger="cli")
    else:
        summary = census.write_missing(db, actor=actor, trigger="cli")
    if args.json:
        emit_json(summary.as_json())
    elif summary.nights_written:
        print(f"Recensement écrit pour {summary.nights_written} nuit(s), {summary.rows_written} ligne(s).")
    else:
        print("Rien à écrire : chaque nuit a déjà son recensement.")
    return 0


def show(args: argparse.Namespace) -> int:
    db = open_database(args)
    night = _night(args.night)
    rows = census.rows(db, night)
    if args.json:
        emit_json([{**r, "night": r["night"].isoformat(), "computed_at": r["computed_at"].isoformat()} for r in rows])
        return 0
    if not rows:
        print(f"Pas de recensement pour la nuit du {night:%d/%m/%Y}.")
        return 0
    width = max(len(r["shelter"]) for r in rows)
    print(f"Recensement de la nuit du {night:%d/%m/%Y}")
    print(f"{'Abri':<{width}}  {'Catégorie':<10} {'Cap.':>5} {'H.S.':>5} {'Occ.':>5} {'Rés.':>5} {'Libres':>6} "
          f"{'Arr.':>5} {'Abs.':>5} {'Refus':>5}")
    for r in rows:
        refusals = r["refusals_saturation"] + r["refusals_quota"] + r["refusals_profile"] + r["refusals_other"]
        # a count nobody gave by 23:00 is never printed as a number: the line says so instead
        counts = (f"{r['occupied']:>5} {r['held']:>5} {r['free']:>6}" if r["reported"]
                  else f"{'—':>5} {r['held']:>5} {'—':>6}")
        print(f"{r['shelter']:<{width}}  {r['category_fr']:<10} {r['capacity']:>5} {r['unavailable']:>5} "
              f"{counts} {r['arrivals']:>5} {r['no_shows']:>5} {refusals:>5}"
              + ("" if r["reported"] else f"  {NOT_REPORTED}"))
    if any(not r["reported"] for r in rows):
        print(f"{NOT_REPORTED} : personne n'a mis à jour ces lits avant le recensement ; occupés et libres "
              "inconnus (jamais 0).")
    return 0
