"""`relais-desk board [--at ISO_DATETIME] [--json]`."""

from __future__ import annotations

import argparse
from datetime import datetime

from relais_desk.cli import emit_json, open_database
from relais_desk.domain.nights import to_local, to_utc
from relais_desk.services import beds
from relais_desk.services.errors import InvalidValue

BOARD_KEYS = ("shelter", "category", "capacity", "unavailable", "occupied", "held", "free", "updated_at")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("board", parents=[common], help="le tableau des lits (ou tel qu'il était à un moment)")
    p.add_argument("--at", metavar="ISO_DATETIME",
                   help="le tableau tel qu'il était à ce moment (heure de Bruxelles si sans fuseau)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=show)


def parse_moment(text: str, field: str = "at") -> datetime:
    """An ISO date-time; without an offset it is Europe/Brussels wall-clock time."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidValue(
            f"Date et heure illisibles : « {text[:40]} » (attendu par exemple 2026-01-15T22:30).", field=field
        ) from exc
    return to_utc(value)


def show(args: argparse.Namespace) -> int:
    db = open_database(args)
    at = beds.past_moment(parse_moment(args.at)) if args.at else None
    rows = beds.board(db, at=at)
    if args.json:
        emit_json([
            {
                "shelter": r.shelter, "category": r.category, "capacity": r.capacity,
                "unavailable": r.unavailable, "occupied": r.occupied, "held": r.held, "free": r.free,
                "updated_at": r.updated_at.isoformat() if r.updated_at else None,
                "night": r.night.isoformat(),
            }
            for r in rows
        ])
        return 0
    if not rows:
        print("Aucun lit : ajoutez des abris de nuit et leurs capacités.")
        return 0
    width = max(len(r.shelter) for r in rows)
    print(f"Nuit du {rows[0].night:%d/%m/%Y}" + (f" — tableau au {to_local(at):%d/%m/%Y %H:%M}" if at else ""))
    print(f"{'Abri':<{width}}  {'Catégorie':<10} {'Libres':>6} {'Cap.':>5} {'Occ.':>5} {'Rés.':>5} {'H.S.':>5}  Mis à jour")
    for r in rows:
        updated = f"{to_local(r.updated_at):%d/%m %H:%M}" if r.updated_at else "jamais"
        print(f"{r.shelter:<{width}}  {r.category_fr:<10} {r.free:>6} {r.capacity:>5} {r.occupied:>5} "
              f"{r.held:>5} {r.unavailable:>5}  {updated}")
    return 0
