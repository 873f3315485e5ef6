"""Closed nights: each night's final figures, written once when "tonight" rolls over at noon.

The 23:00 census is the evening's snapshot; a closed night is what the night finally was: the bed
counts as of the next noon (Europe/Brussels), and every arrival, no-show, orientation and refusal
of the night, whenever it was recorded before that noon. Statistics and the annual report read
closed nights.

A shelter × category whose counts nobody set during the night is *not reported*: `reported` is
false and `occupied` is NULL, never 0.

Exactly once, like the census: a unique key and INSERT … ON CONFLICT DO NOTHING; any client may
close a night, and closing it days late gives the same rows, since everything is read as of the
close moment. On PostgreSQL the server computes and writes them (`store.pg_closed_nights`); this
module computes them in Python for the embedded database, and a test keeps both equal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from relais_desk.domain.enums import HoldStatus
from relais_desk.domain.models import (
    BedCategory,
    Capacity,
    ClosedNight,
    ClosedNightDemand,
    Hold,
    Orientation,
    Partner,
    Refusal,
)
from relais_desk.domain.nights import NIGHT_ROLLOVER, local_moment, moment, night_of
from relais_desk.services import beds, census, refusals, settings
from relais_desk.services.census import REASON_FIELDS  # one mapping of reasons to columns
from relais_desk.services.errors import InvalidValue
from relais_desk.store import changes
from relais_desk.store.database import Database
from relais_desk.store.sql import insert_ignore

CLOSED_FIELDS = ("reported", "capacity", "capacity_base", "capacity_winter", "unavailable", "occupied",
                 "arrivals", "no_shows", "orientations_received", *REASON_FIELDS.values())
DEMAND_FIELDS = (*REASON_FIELDS.values(), "refusals_from_calls", "refusals_at_door", "refusals_without_shelter",
                 "refused_person_nights")

Key = tuple[int, int]


@dataclass(frozen=True)
class CloseSummary:
    nights_written: int
    rows_written: int
    nights: list[date] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"nights_written": self.nights_written, "rows_written": self.rows_written,
                "nights": [n.isoformat() for n in self.nights]}


def close_moment(night: date) -> datetime:
    """When `night` closes (UTC): noon in Brussels on the next day, when "tonight" rolls over."""
    return local_moment(night + timedelta(days=1), NIGHT_ROLLOVER)


def last_closed_night(now: datetime) -> date:
    """The latest night whose close moment has passed."""
    return night_of(moment(now)) - timedelta(days=1)


def _reason_column(reason: str) -> str:
    return REASON_FIELDS.get(reason, "refusals_other")


def compute_night(session: Session, night: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The closed-night rows and demand rows of `night`, as of its close moment (nothing written)."""
    at = close_moment(night)
    board = beds.night_board_at(session, night, at)
    reported = census.counted(session, night, at)
    # arrivals per person-night: a person who arrived twice in a night counts once, at the last arrival
    arrivals: dict[Key, int] = defaultdict(int)
    no_shows: dict[Key, int] = defaultdict(int)
    # a person is their id, or once purged the anonymous key their events kept (the figures do not move)
    last_arrival: dict[tuple[int | None, str | None], tuple[Any, int, Key]] = {}
    for hold_id, partner_id, category_id, person_id, anonymous_key, status, closed_at in session.execute(
        select(Hold.id, Hold.partner_id, Hold.category_id, Hold.person_id, Hold.anonymous_key, Hold.status,
               Hold.closed_at).where(
            Hold.night == night, Hold.closed_at <= at,
            Hold.status.in_((HoldStatus.ARRIVED.value, HoldStatus.EXPIRED.value)))
    ):
        key = (partner_id, category_id)
        if status == HoldStatus.EXPIRED.value:
            no_shows[key] += 1
        elif person_id is None and anonymous_key is None:
            arrivals[key] += 1
        elif (who := (person_id, anonymous_key)) not in last_arrival or (closed_at, hold_id) > last_arrival[who][:2]:
            last_arrival[who] = (closed_at, hold_id, key)
    for _at, _id, key in last_arrival.values():
        arrivals[key] += 1
    received: dict[Key, int] = dict(((p, c), n) for p, c, n in session.execute(
        select(Orientation.partner_id, Orientation.category_id, func.count()).where(
            Orientation.night == night, Orientation.category_id.is_not(None), Orientation.created_at <= at)
        .group_by(Orientation.partner_id, Orientation.category_id)))
    refused: dict[Key, dict[str, int]] = defaultdict(lambda: dict.fromkeys(REASON_FIELDS.values(), 0))
    demand: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(DEMAND_FIELDS, 0))
    last_refusal: dict[tuple[int | None, str | None], tuple[Any, int, int]] = {}
    board_keys = {r.key for r in board}
    for refusal_id, refused_at, partner_id, category_id, person_id, anonymous_key, reason, source in session.execute(
        select(Refusal.id, Refusal.at, Refusal.partner_id, Refusal.category_id, Refusal.person_id,
               Refusal.anonymous_key, Refusal.reason, Refusal.source).where(Refusal.night == night, Refusal.at <= at,
                                                                             refusals.counted(Refusal, at))
    ):
        column = _reason_column(reason)
        d = demand[category_id]
        if (partner_id, category_id) in board_keys:
            refused[(partner_id, category_id)][column] += 1
        else:
            d["refusals_without_shelter"] += 1
        d[column] += 1
        d["refusals_from_calls" if source == "call" else "refusals_at_door"] += 1
        if person_id is None and anonymous_key is None:
            d["refused_person_nights"] += 1
        elif ((who := (person_id, anonymous_key)) not in last_refusal
              or (refused_at, refusal_id) > last_refusal[who][:2]):
            last_refusal[who] = (refused_at, refusal_id, category_id)
    for _at, _id, category_id in last_refusal.values():
        demand[category_id]["refused_person_nights"] += 1
    rows = []
    for r in board:
        was_reported = r.key in reported
        rows.append({
            "night": night, "partner_id": r.partner_id, "category_id": r.category_id, "reported": was_reported,
            "capacity": r.capacity, "capacity_base": r.capacity_base, "capacity_winter": r.capacity_winter,
            "unavailable": r.unavailable, "occupied": r.occupied if was_reported else None,
            "arrivals": arrivals.get(r.key, 0), "no_shows": no_shows.get(r.key, 0),
            "orientations_received": received.get(r.key, 0),
            **(refused[r.key] if r.key in refused else dict.fromkeys(REASON_FIELDS.values(), 0)),
        })
        demand.setdefault(r.category_id, demand[r.category_id])
    demand_rows = [{"night": night, "category_id": c, **v} for c, v in sorted(demand.items())]
    return rows, demand_rows


def _check_night(value: object, name: str = "night") -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValue.of("night_invalid", field=name)
    return value


def _write_one(db: Database, night: date, at: datetime) -> int:
    with db.write() as session:
        if not db.is_sqlite:
            # On a shared database only the server writes closed nights (store.pg_closed_nights).
            written = session.execute(text("SELECT relais_close_night(:n, :now)"),
                                      {"n": night, "now": at}).scalar_one()
        else:
            rows, demand = compute_night(session, night)
            for row in (*rows, *demand):
                row["computed_at"] = at
            written = insert_ignore(session, ClosedNight, rows, ["night", "partner_id", "category_id"])
            insert_ignore(session, ClosedNightDemand, demand, ["night", "category_id"])
        if written:
            changes.announce(session, "census")
        return written


def close_night(db: Database, night: date, *, now: datetime | None = None) -> CloseSummary:
    """Close one night (its noon must have passed). Rows already there stay as they are."""
    night = _check_night(night)
    at = moment(now)
    if close_moment(night) > at:
        raise InvalidValue.of("night_not_closed", field="night", night=night, closes=night + timedelta(days=1))
    rows = _write_one(db, night, at)
    return CloseSummary(1 if rows else 0, rows, [night] if rows else [])


def missing_nights(db: Database, *, start: date, end: date) -> list[date]:
    """Nights of [start, end] (inclusive) without any closed-night row."""
    if end < start:
        return []
    with db.read() as session:
        done = set(session.execute(select(ClosedNight.night).where(ClosedNight.night >= start,
                                                                  ClosedNight.night <= end).distinct()).scalars())
    days = ((end - start).days + 1)
    return [start + timedelta(days=i) for i in range(days) if start + timedelta(days=i) not in done]


def close_missing(db: Database, *, until: date | None = None, horizon_days: int | None = None,
                  now: datetime | None = None) -> CloseSummary:
    """Close every night not closed yet, back to the horizon, up to `until` (default: the last night due).

    What runs after downtime: the figures are those the night would have had if closed on time.
    """
    at = moment(now)
    last_due = last_closed_night(at)
    until = min(_check_night(until, "until"), last_due) if until is not None else last_due
    with db.read() as session:
        horizon = int(settings.get(session, "census_horizon_days")) if horizon_days is None else horizon_days
        begin = session.execute(select(func.min(Capacity.valid_from))).scalar_one()
    if begin is None:
        return CloseSummary(0, 0)
    start = max(begin, until - timedelta(days=max(horizon, 0)))
    written, rows = [], 0
    for night in missing_nights(db, start=start, end=until):
        n = _write_one(db, night, at)  # one transaction per night: a rival client loses at most one night
        if n:
            written.append(night)
            rows += n
    return CloseSummary(len(written), rows, written)


def rows(db: Database, night: date | None = None, *, shelter: str | int | None = None, start: date | None = None,
         end: date | None = None) -> list[dict[str, Any]]:
    """Closed-night rows as plain dicts (night, shelter, category and every figure), by night then shelter."""
    from relais_desk.services import lookup

    with db.read() as session:
        stmt = (select(ClosedNight, Partner.name, BedCategory.code, BedCategory.label_fr,
                       BedCategory.label_en)
                .join(Partner, Partner.id == ClosedNight.partner_id)
                .join(BedCategory, BedCategory.id == ClosedNight.category_id))
        if night is not None:
            stmt = stmt.where(ClosedNight.night == _check_night(night))
        if start is not None:
            stmt = stmt.where(ClosedNight.night >= _check_night(start, "start"))
        if end is not None:
            stmt = stmt.where(ClosedNight.night <= _check_night(end, "end"))
        if shelter is not None:
            stmt = stmt.where(ClosedNight.partner_id == lookup.shelter(session, shelter).id)
        stmt = stmt.order_by(ClosedNight.night, Partner.name, BedCategory.sort_order)
        return [{"night": c.night, "shelter": name, "category": code, "category_fr": label,
                 "category_en": label_en,
                 **{f: getattr(c, f) for f in CLOSED_FIELDS}, "computed_at": c.computed_at}
                for c, name, code, label, label_en in session.execute(stmt)]
