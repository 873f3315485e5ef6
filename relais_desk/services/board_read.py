"""The board read in two short statements: the database picks the night's states and sums its capacities, plain
rows come back, and Python puts them side by side.

Live, it reads only tonight's bed_state rows and the capacities valid tonight; at a past moment, only that
night's bed-state ledger rows known by then, their counts taken out of the JSON by the database. Capacities
are summed per shelter × category (base, plan hiver, attributes) by the database too. No ORM object, no ledger
JSON parsed in Python, and each row brings back as few values as it can: the names are read once per board
(not once per row) and the attributes come as one number of bits, since building Python objects is most of a
board's cost. A shelter × category nobody has touched that night reads as its capacity with the out-of-service
beds carried over from the latest of the CARRY_NIGHTS nights before (a third, small query, only for those
rows). The history stays in the database and its cache; the board costs about what a bare SQL query of
tonight's free beds costs (bench/board_query.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any, NamedTuple

import orjson
from sqlalchemy import (
    Integer,
    String,
    bindparam,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from relais_desk.domain.models import BedCategory, BedState, Capacity, LedgerEntry, Partner
from relais_desk.store.sql import json_document, json_values

Key = tuple[int, int]  # (partner_id, category_id)
# Out-of-service beds carry over to a night nobody has touched yet, from at most this many nights
# back: a repair longer than two weeks is confirmed again by the shelter (and the board stays fast).
CARRY_NIGHTS = 14
STATE_FIELDS = ("capacity", "unavailable", "occupied", "held", "unavailable_reason", "counts_updated_at")


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


FLAGS = ("dogs_accepted", "wheelchair_accessible", "low_threshold", "counted_in_rooms")  # bits 1, 2, 4, 8
FLAG_VALUES = [tuple(bool(bits & (1 << i)) for i in range(len(FLAGS))) for bits in range(1 << len(FLAGS))]


def _capacities(night: Any, as_of: Any, *where: Any) -> Any:
    """Per shelter × category, the capacities valid for `night` as recorded at `as_of`, summed: all beds and
    plan hiver beds, and the attributes as one number of bits (FLAGS). (Casts, not CASE: a third quicker.)"""
    flags = sum((func.max(cast(getattr(Capacity, f), Integer)) * (1 << i) for i, f in enumerate(FLAGS)), literal(0))
    return (select(Capacity.partner_id, Capacity.category_id, func.sum(Capacity.beds),
                   func.sum(case((Capacity.kind == "plan_hiver", Capacity.beds), else_=0)), flags)
            .where(Capacity.valid_from <= night, or_(Capacity.valid_to.is_(None), Capacity.valid_to >= night),
                   Capacity.recorded_at <= as_of, or_(Capacity.retired_at.is_(None), Capacity.retired_at > as_of),
                   *where)
            .group_by(Capacity.partner_id, Capacity.category_id))


def _live_states(night: Any, *where: Any) -> Any:
    """Tonight's bed_state rows: shelter, category, STATE_FIELDS."""
    table = BedState.__table__
    # counts_updated_at as it is stored: parsed once per distinct value (`_Moments`), not by a type per row
    return select(table.c.partner_id, table.c.category_id,
                  *[table.c[f] if f != "counts_updated_at" else type_coerce(table.c[f], String) for f in STATE_FIELDS]
                  ).where(table.c.night == night, *where)


def _ledger_latest(dialect: str, condition: Any, at: Any, order_night: bool) -> Any:
    """Per shelter × category, its state (STATE_FIELDS, one JSON array: `_ledger_states`) from its latest
    bed-state ledger row under `condition` known at `at`."""
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
    return select(ranked.c.partner_id, ranked.c.category_id,
                  json_values(dialect, ranked.c.doc, STATE_FIELDS)).where(ranked.c.rn == 1)


def _ledger_states(rows: Iterable[Any]) -> dict[Key, tuple[Any, ...]]:
    """`_ledger_latest`'s rows as the live states' rows: (shelter, category, *STATE_FIELDS) by shelter × category."""
    loads = orjson.loads
    return {(pid, cid): (pid, cid, *loads(values)) for pid, cid, values in rows}


_statements: dict[tuple[str, str, bool], tuple[Any, Any]] = {}


def _statement(kind: str, dialect: str, keyed: bool) -> tuple[Any, Any]:
    """The board's two statements, the night's states and its capacities (live, past, or "named": tonight's rows
    of the bed_state rows `ids`; one shelter × category or all), built once with their parameters `night`,
    `as_of` (and `partner`, `category`, or `ids`): SQLAlchemy compiles them once too."""
    cached = _statements.get((kind, dialect, keyed))
    if cached is None:
        night, as_of = bindparam("night"), bindparam("as_of")
        if kind == "named":  # the capacities of the named rows' shelters only
            ids = bindparam("ids", expanding=True)
            named = select(BedState.partner_id).where(BedState.night == night, BedState.id.in_(ids))
            cached = (_live_states(night, BedState.id.in_(ids)),
                      _capacities(night, as_of, Capacity.partner_id.in_(named)))
        elif kind == "live":
            key = (bindparam("partner"), bindparam("category")) if keyed else None
            cached = (
                _live_states(night, *([BedState.partner_id == key[0], BedState.category_id == key[1]] if key else [])),
                _capacities(night, as_of, *([Capacity.partner_id == key[0], Capacity.category_id == key[1]]
                                            if key else [])))
        else:
            cached = (_ledger_latest(dialect, LedgerEntry.night == night, as_of, order_night=False),
                      _capacities(night, as_of))
        _statements[(kind, dialect, keyed)] = cached
    return cached


class _Composed(NamedTuple):
    """A night's board as read: its states by shelter × category, and its capacity rows (shelter, category,
    beds, plan hiver beds, flags)."""

    states: dict[Key, Any]
    capacities: list[Any]


def _compose(session: Session, kind: str, night: date, as_of: datetime, key: Key | None = None,
             extra: dict[str, Any] | None = None) -> _Composed:
    """The night's states and capacities, each summed or picked by the database (two short statements: one
    that composed both in a union grouped again cost three times as much in SQLite). Core, not the ORM session:
    no ORM loading step over the rows."""
    connection = session.connection()
    params: dict[str, Any] = {"night": night, "as_of": as_of, **(extra or {})}
    if key is not None:
        params |= {"partner": key[0], "category": key[1]}
    states, capacities = _statement(kind, connection.dialect.name, key is not None)
    rows = connection.execute(states, params).all()  # (all(): one fetch, not one per row)
    return _Composed(_ledger_states(rows) if kind == "past" else {(r[0], r[1]): r for r in rows},
                     connection.execute(capacities, params).all())


class _Moments:
    """counts_updated_at in UTC from what the database gives: SQLite's stored text (UTC, no offset), a ledger's
    ISO text (with its offset), or PostgreSQL's moment; each distinct value parsed once."""

    def __init__(self) -> None:
        self.seen: dict[Any, datetime | None] = {None: None, "": None}

    def __call__(self, value: Any) -> datetime | None:
        try:
            return self.seen[value]
        except KeyError:
            pass
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        moment = moment.replace(tzinfo=UTC) if moment.utcoffset() is None else moment.astimezone(UTC)
        self.seen[value] = moment
        return moment


def _names(session: Session, partner_ids: set[int]) -> tuple[dict[int, tuple[Any, ...]], dict[int, tuple[Any, ...]]]:
    """Shelters' (name, city, rank by name, active) and categories' (code, label_fr, label_en, rank), read once
    (not once per row), in one statement (a round trip to a server is worth a few hundred rows)."""
    shelters = select(literal(0), Partner.id, Partner.name, Partner.city, null(), cast(Partner.active, Integer))
    if len(partner_ids) <= 50:
        shelters = shelters.where(Partner.id.in_(partner_ids))
    categories = select(literal(1), BedCategory.id, BedCategory.code, BedCategory.label_fr, BedCategory.label_en,
                        BedCategory.sort_order)
    named, kinds = [], []
    for kind, *row in session.connection().execute(union_all(shelters, categories)).all():
        if kind:
            kinds.append(row)
        elif row[0] in partner_ids:
            named.append(row)
    named.sort(key=lambda r: (r[1].lower(), r[0]))  # (two shelters of the same name: always the same order)
    kinds.sort(key=lambda r: (r[4], r[1]))
    width = len(kinds)
    return ({pid: (name, city, rank * width, bool(active)) for rank, (pid, name, city, _, active) in enumerate(named)},
            {cid: (code, fr, en, rank) for rank, (cid, code, fr, en, _order) in enumerate(kinds)})


Carry = Callable[[set[Key]], dict[Key, dict[str, Any]]]


def _rows(session: Session, night: date, composed: _Composed, carry: Carry | None = None) -> list[BoardRow]:
    """The board's rows in its order (shelter name, category): every shelter × category with a capacity that
    night, with its state if it has one (an inactive shelter only where it has a state), then the states without
    a capacity. `carry` gives the carried-over state of the shown shelter × categories without a state."""
    states = dict(composed.states)
    shelters, categories = _names(session, {r[0] for r in composed.capacities} | {k[0] for k in states})
    moment = _Moments()
    seen = moment.seen  # (looked up here first: a call per row is a tenth of the loop)
    new = tuple.__new__  # (a NamedTuple's own __new__ is a Python function: a tenth of the board's time)
    out = []
    pop = states.pop
    # an inactive shelter only where it has a state tonight
    rows = [(r, state) for r in composed.capacities
            if (state := pop((r[0], r[1]), None)) is not None or shelters[r[0]][3]]
    rows += [((state[0], state[1], 0, 0, 0), state) for state in states.values()]  # no capacity tonight
    missing = {(r[0], r[1]) for r, state in rows if state is None}
    carried = carry(missing) if missing and carry else {}
    for (pid, cid, beds, winter, flags), state in rows:
        if state is None:  # nobody has touched it tonight: its capacity, out-of-service beds carried over
            v = virtual_state(beds, carried.get((pid, cid)))
            capacity, unavailable, occupied, held = v["capacity"], v["unavailable"], 0, 0
            reason, updated = v["unavailable_reason"], v["counts_updated_at"]
        else:
            _pid, _cid, capacity, unavailable, occupied, held, reason, updated = state
        shelter, city, rank, _active = shelters[pid]
        code, label_fr, label_en, cat_rank = categories[cid]
        updated = seen[updated] if updated in seen else moment(updated)
        out.append((rank + cat_rank, new(BoardRow, (
            night, pid, shelter, city, cid, code, label_fr, label_en, capacity, unavailable, occupied, held,
            max(capacity - unavailable - occupied - held, 0), reason or "", updated, beds - winter, winter,
            *FLAG_VALUES[flags]))))
    out.sort(key=itemgetter(0))
    return [r[1] for r in out]


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
    return _rows(session, night, _compose(session, "live", night, now, key),
                 lambda missing: live_carry(session, night, missing))


def at_moment(session: Session, night: date, at: datetime) -> list[BoardRow]:
    """The board of `night` as it stood at `at`, from that night's ledger rows known by then."""
    dialect = session.get_bind().dialect.name

    def carry(missing: set[Key]) -> dict[Key, dict[str, Any]]:
        recent = (LedgerEntry.night < night) & (LedgerEntry.night >= night - timedelta(days=CARRY_NIGHTS))
        latest = _ledger_states(session.execute(_ledger_latest(dialect, recent, at, order_night=True)))
        return {key: dict(zip(STATE_FIELDS, state[2:], strict=True)) for key, state in latest.items() if key in missing}

    return _rows(session, night, _compose(session, "past", night, at), carry)


def live_rows(session: Session, night: date, now: datetime, bed_state_ids: Iterable[int]) -> list[BoardRow]:
    """The board rows of `night` whose bed_state rows are `bed_state_ids` (the ids a bed_state change names),
    as `live` would read them; ids of another night's rows read nothing. Every such row has a state tonight,
    so no carry-over is needed."""
    ids = sorted(set(bed_state_ids))
    if not ids:
        return []
    composed = _compose(session, "named", night, now, extra={"ids": ids})
    # the named rows' shelters' other capacities are not shown: only the named rows' states
    capacities = [r for r in composed.capacities if (r[0], r[1]) in composed.states]
    return _rows(session, night, _Composed(composed.states, capacities))
