"""The board read in one statement: the database composes it, one plain row per shelter × category comes back.

Live, it reads only tonight's bed_state rows and the capacities valid tonight; at a past moment, only that
night's bed-state ledger rows known by then, their counts taken out of the JSON by the database. Capacities
are summed per shelter × category (base, plan hiver, attributes) by the database too, and the shelter and
category names come joined: no ORM object, no ledger JSON parsed in Python. A shelter × category nobody has
touched that night reads as its capacity with the out-of-service beds carried over from the latest of the
CARRY_NIGHTS nights before (a second, small query, only for those rows). The history stays in the database
and its cache; the board costs about what a bare SQL query of tonight's free beds costs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Integer, bindparam, case, cast, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from relais_desk.domain.models import BedCategory, BedState, Capacity, LedgerEntry, Partner
from relais_desk.store.sql import json_document, json_text

Key = tuple[int, int]  # (partner_id, category_id)
# Out-of-service beds carry over to a night nobody has touched yet, from at most this many nights
# back: a repair longer than two weeks is confirmed again by the shelter (and the board stays fast).
CARRY_NIGHTS = 14
STATE_FIELDS = ("capacity", "unavailable", "occupied", "held", "unavailable_reason", "counts_updated_at")
COUNTS = ("capacity", "unavailable", "occupied", "held")


class BoardRow(NamedTuple):
    """One shelter × category of a night's board (a tuple: thousands are made on each refresh)."""

    night: date
    partner_id: int
    shelter: str
    city: str
    category_id: int
    category: str  # code
    category_fr: str
    category_en: str
    capacity: int
    unavailable: int
    occupied: int
    held: int
    free: int
    unavailable_reason: str
    updated_at: datetime | None  # when shelter staff last set the counts
    capacity_base: int
    capacity_winter: int
    dogs_accepted: bool
    wheelchair_accessible: bool
    low_threshold: bool
    counted_in_rooms: bool

    @property
    def key(self) -> Key:
        return (self.partner_id, self.category_id)

    def as_json(self) -> dict[str, Any]:
        out = self._asdict()
        out["night"] = self.night.isoformat()
        out["updated_at"] = self.updated_at.isoformat() if self.updated_at else None
        return out


def virtual_state(capacity: int, carried: dict[str, Any] | None) -> dict[str, Any]:
    """The state of a night nobody has touched yet: out-of-service beds carry over, nothing else.

    `carried` is the last state of the latest night of the last CARRY_NIGHTS that has one (or None)."""
    carried = carried or {}
    return {
        "capacity": capacity,
        "unavailable": min(int(carried.get("unavailable") or 0), capacity),
        "occupied": 0,
        "held": 0,
        "unavailable_reason": carried.get("unavailable_reason") or "",
        "counts_updated_at": carried.get("counts_updated_at"),
    }


CAPACITY_COLUMNS = ("kind", "beds", "dogs_accepted", "wheelchair_accessible", "low_threshold", "counted_in_rooms")


def _capacity_rows(night: Any, as_of: Any, key: tuple[Any, Any] | None) -> Any:
    """The capacity rows valid for `night` as recorded at `as_of`, in the shape of the board's union."""
    stmt = select(Capacity.partner_id, Capacity.category_id, *[null().label(f) for f in STATE_FIELDS],
                  *[getattr(Capacity, c) for c in CAPACITY_COLUMNS], literal(0).label("stated")).where(
        Capacity.valid_from <= night,
        or_(Capacity.valid_to.is_(None), Capacity.valid_to >= night),
        Capacity.recorded_at <= as_of,
        or_(Capacity.retired_at.is_(None), Capacity.retired_at > as_of),
    )
    if key is not None:
        stmt = stmt.where(Capacity.partner_id == key[0], Capacity.category_id == key[1])
    return stmt


def _no_capacity() -> list[Any]:
    return [null().label(c) for c in CAPACITY_COLUMNS]


def _live_states(night: Any, key: tuple[Any, Any] | None) -> Any:
    """Tonight's bed_state rows, in the shape of the board's union."""
    stmt = select(BedState.partner_id, BedState.category_id, *[getattr(BedState, f) for f in STATE_FIELDS],
                  *_no_capacity(), literal(1).label("stated")).where(BedState.night == night)
    if key is not None:
        stmt = stmt.where(BedState.partner_id == key[0], BedState.category_id == key[1])
    return stmt


def _ledger_latest(dialect: str, condition: Any, at: Any, order_night: bool) -> Any:
    """Per shelter × category, the counts of its latest bed-state ledger row under `condition` known at `at`
    (the JSON read by the database), in the shape of the board's union."""
    order = [LedgerEntry.at.desc(), LedgerEntry.id.desc()]
    if order_night:
        order.insert(0, LedgerEntry.night.desc())
    ranked = (
        select(LedgerEntry.partner_id, LedgerEntry.category_id, json_document(dialect, LedgerEntry.after).label("doc"),
               func.row_number().over(partition_by=(LedgerEntry.partner_id, LedgerEntry.category_id),
                                      order_by=order).label("rn"))
        .where(LedgerEntry.entity == "bed_state", LedgerEntry.at <= at, condition)
        .subquery()
    )
    doc = ranked.c.doc
    counts = [cast(json_text(dialect, doc, f), Integer).label(f) for f in COUNTS]
    return select(ranked.c.partner_id, ranked.c.category_id, *counts,
                  json_text(dialect, doc, "unavailable_reason").label("unavailable_reason"),
                  json_text(dialect, doc, "counts_updated_at").label("counts_updated_at"),
                  *_no_capacity(), literal(1).label("stated")).where(ranked.c.rn == 1)


_statements: dict[tuple[str, str, bool], Any] = {}


def _statement(kind: str, dialect: str, keyed: bool) -> Any:
    """The board's statement (live, past, or "named": tonight's rows of the bed_state rows `ids`; one shelter ×
    category or all), built once with its parameters `night`, `as_of` (and `partner`, `category`, or `ids`):
    SQLAlchemy compiles it once too."""
    cached = _statements.get((kind, dialect, keyed))
    if cached is None:
        night, as_of = bindparam("night"), bindparam("as_of")
        key = (bindparam("partner"), bindparam("category")) if keyed else None
        if kind == "named":  # both halves of the composition narrowed to the named rows' shelter × categories
            ids = bindparam("ids", expanding=True)
            named = select(BedState.partner_id, BedState.category_id).where(BedState.night == night,
                                                                             BedState.id.in_(ids)).subquery()
            cached = _statements[(kind, dialect, keyed)] = composition(
                _live_states(night, None).where(BedState.id.in_(ids)),
                _capacity_rows(night, as_of, None).where(Capacity.partner_id.in_(select(named.c.partner_id)),
                                                         Capacity.category_id.in_(select(named.c.category_id))))
            return cached
        if kind == "live":
            states = _live_states(night, key)
        else:
            states = _ledger_latest(dialect, LedgerEntry.night == night, as_of, order_night=False)
        cached = _statements[(kind, dialect, keyed)] = composition(states, _capacity_rows(night, as_of, key))
    return cached


def _compose(session: Session, kind: str, night: date, as_of: datetime, key: Key | None) -> list[Any]:
    connection = session.connection()
    params: dict[str, Any] = {"night": night, "as_of": as_of}
    if key is not None:
        params |= {"partner": key[0], "category": key[1]}
    # Core, not the ORM session's execute: no ORM loading step over the rows (a third of the board's time)
    return connection.execute(_statement(kind, connection.dialect.name, key is not None), params).all()


def composition(states: Any, capacity_rows: Any) -> Any:
    """The board's rows as the database composes them: the night's states and its capacity rows in one union,
    grouped by shelter × category (a state is at most one row; capacities are summed), names joined; every
    shelter × category with a capacity that night or a state, an inactive shelter only where it has a state.
    Sorted by the caller. (One pass, no join between the two: SQLite's planner scanned the capacities once per
    row when they were joined.)"""
    both = union_all(states, capacity_rows).subquery("both")
    c = both.c
    winter = c.kind == "plan_hiver"

    def flag(column: Any) -> Any:
        return func.max(case((column, 1), else_=0))  # (PostgreSQL has no max() of booleans)

    grouped = (
        select(c.partner_id, c.category_id, *[func.max(c[f]).label(f) for f in STATE_FIELDS],
               func.sum(c.beds).label("total"), func.sum(case((winter, 0), else_=c.beds)).label("base"),
               func.sum(case((winter, c.beds), else_=0)).label("winter"),
               flag(c.dogs_accepted).label("dogs"), flag(c.wheelchair_accessible).label("pmr"),
               flag(c.low_threshold).label("low"), flag(c.counted_in_rooms).label("rooms"),
               func.max(c.stated).label("stated"))
        .group_by(c.partner_id, c.category_id)
        .subquery("grouped")
    )
    g = grouped.c
    return (
        select(g.partner_id, g.category_id, Partner.name, Partner.city, BedCategory.code, BedCategory.label_fr,
               BedCategory.label_en, BedCategory.sort_order, g.total, g.base, g.winter, g.dogs, g.pmr, g.low,
               g.rooms, *[g[f] for f in STATE_FIELDS], g.stated)
        .select_from(grouped)
        .join(Partner, Partner.id == g.partner_id)
        .join(BedCategory, BedCategory.id == g.category_id)
        .where(or_(Partner.active, g.stated == 1))
    )


def _updated_at(value: Any) -> datetime | None:
    """A ledger's counts_updated_at is ISO text; the live row's a datetime already."""
    return datetime.fromisoformat(value) if isinstance(value, str) and value else value or None


def _rows(night: date, composed: list[tuple[Any, ...]], carry: dict[Key, dict[str, Any]]) -> list[BoardRow]:
    out = []
    for (pid, cid, name, city, code, label_fr, label_en, sort_order, total, base, winter, dogs, pmr, low, rooms,
         capacity, unavailable, occupied, held, reason, updated, stated) in composed:
        if not stated:
            v = virtual_state(total or 0, carry.get((pid, cid)))
            capacity, unavailable, occupied, held = v["capacity"], v["unavailable"], 0, 0
            reason, updated = v["unavailable_reason"], v["counts_updated_at"]
        out.append((name.lower(), sort_order, code, BoardRow(
            night, pid, name, city, cid, code, label_fr, label_en, capacity, unavailable, occupied, held,
            max(capacity - unavailable - occupied - held, 0), reason or "", _updated_at(updated),
            base or 0, winter or 0, bool(dogs), bool(pmr), bool(low), bool(rooms))))
    out.sort(key=lambda r: r[:3])
    return [r[3] for r in out]


def _unstated(composed: list[tuple[Any, ...]]) -> set[Key]:
    return {(r[0], r[1]) for r in composed if not r[-1]}


def live_carry(session: Session, night: date, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """For shelter × categories without a row tonight: the last state of the latest of the CARRY_NIGHTS before."""
    keys = set(keys)
    if not keys:
        return {}
    ranked = (
        select(BedState.partner_id, BedState.category_id, *[getattr(BedState, f) for f in STATE_FIELDS],
               func.row_number().over(partition_by=(BedState.partner_id, BedState.category_id),
                                      order_by=BedState.night.desc()).label("rn"))
        .where(BedState.night < night, BedState.night >= night - timedelta(days=CARRY_NIGHTS))
    )
    if len(keys) == 1:
        (pid, cid), = keys
        ranked = ranked.where(BedState.partner_id == pid, BedState.category_id == cid)
    ranked = ranked.subquery()
    rows = session.execute(select(ranked.c.partner_id, ranked.c.category_id, *[ranked.c[f] for f in STATE_FIELDS])
                           .where(ranked.c.rn == 1))
    return {(r[0], r[1]): dict(zip(STATE_FIELDS, r[2:], strict=True)) for r in rows if (r[0], r[1]) in keys}


def live(session: Session, night: date, now: datetime, key: Key | None = None) -> list[BoardRow]:
    """The board of `night` from its live state (tonight's rows), capacities as recorded at `now`; `key`: that
    shelter × category only."""
    composed = _compose(session, "live", night, now, key)
    missing = _unstated(composed)
    return _rows(night, composed, live_carry(session, night, missing) if missing else {})


def at_moment(session: Session, night: date, at: datetime) -> list[BoardRow]:
    """The board of `night` as it stood at `at`, from that night's ledger rows known by then."""
    dialect = session.get_bind().dialect.name
    composed = _compose(session, "past", night, at, None)
    missing = _unstated(composed)
    carry: dict[Key, dict[str, Any]] = {}
    if missing:
        recent = (LedgerEntry.night < night) & (LedgerEntry.night >= night - timedelta(days=CARRY_NIGHTS))
        for r in session.execute(_ledger_latest(dialect, recent, at, order_night=True)):
            if (r[0], r[1]) in missing:
                carry[(r[0], r[1])] = dict(zip(STATE_FIELDS, r[2:2 + len(STATE_FIELDS)], strict=True))
    return _rows(night, composed, carry)


def live_rows(session: Session, night: date, now: datetime, bed_state_ids: Iterable[int]) -> list[BoardRow]:
    """The board rows of `night` whose bed_state rows are `bed_state_ids` (the ids a bed_state change names),
    as `live` would read them; ids of another night's rows read nothing. Every such row has a state tonight,
    so no carry-over is needed."""
    ids = sorted(set(bed_state_ids))
    if not ids:
        return []
    connection = session.connection()
    composed = connection.execute(_statement("named", connection.dialect.name, False),
                                  {"night": night, "as_of": now, "ids": ids}).all()
    # (partner IN …, category IN …) may add pairs that were not named: they have no state among `ids`.
    return _rows(night, [r for r in composed if r[-1]], {})
