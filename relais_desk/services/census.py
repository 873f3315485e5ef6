"""The nightly census: one row per night × shelter × category, exactly once, from the ledger.

A night's census is computed *as of its census moment* (the network's census time, default
23:00 Europe/Brussels, on the evening's date) from the ledger and the temporal capacities, never
from "now": whichever client runs it, however late, writes the same rows. The database decides
who writes: unique keys and INSERT … ON CONFLICT DO NOTHING.

A shelter × category whose counts nobody set during the night before the census moment is stored
*not reported* (`reported` false, occupied and free NULL), as a closed night is: occupancy unknown,
never the carried-over or zero count of the board.
"""

from __future__ import annotations

import socket
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import LedgerAction
from relais_desk.domain.models import (
    BedCategory,
    Capacity,
    Census,
    CensusDemand,
    CensusRun,
    LedgerEntry,
    Orientation,
    Partner,
    Refusal,
)
from relais_desk.domain.nights import local_moment, moment, night_of
from relais_desk.services import beds, settings
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue
from relais_desk.services.refusals import counted as refusal_counts
from relais_desk.store import changes
from relais_desk.store.database import Database
from relais_desk.store.sql import insert_ignore

REASON_FIELDS = {"saturation": "refusals_saturation", "quota_depasse": "refusals_quota",
                 "profil_non_accueilli": "refusals_profile", "autre": "refusals_other"}
# Nights whose orientations are read in one pass during a backfill (bounds memory on 10-year histories).
BACKFILL_CHUNK = 366
CENSUS_FIELDS = ("capacity", "capacity_base", "capacity_winter", "unavailable", "occupied", "held", "free",
                 "arrivals", "no_shows", "orientations_received", *REASON_FIELDS.values())


@dataclass(frozen=True)
class CensusSummary:
    nights_written: int
    rows_written: int
    nights: list[date] = field(default_factory=list)
    run_id: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"nights_written": self.nights_written, "rows_written": self.rows_written,
                "nights": [n.isoformat() for n in self.nights], "run_id": self.run_id}


def census_moment(session: Session, night: date) -> datetime:
    """When the census of `night` is taken (UTC), from the network's census time in Brussels time."""
    return local_moment(night, settings.get_time(session, "census_time"))


def last_censusable_night(session: Session, now: datetime) -> date:
    """The latest night whose census moment has passed."""
    night = night_of(now)
    return night if census_moment(session, night) <= now else night - timedelta(days=1)


Received = dict[tuple[int, int], int]


def counted(session: Session, night: date, at: datetime) -> set[tuple[int, int]]:
    """The shelter × category pairs whose counts someone set during `night` by `at`: the others are
    *non communiqué* (occupancy unknown, never 0), at the census as at the close."""
    return {(p, c) for p, c in session.execute(
        select(LedgerEntry.partner_id, LedgerEntry.category_id).where(
            LedgerEntry.entity == "bed_state", LedgerEntry.night == night, LedgerEntry.at <= at,
            LedgerEntry.action == LedgerAction.COUNTS_SET.value).distinct())}


def orientations_received(session: Session, moments: dict[date, datetime]) -> dict[date, Received]:
    """Bed orientations per night × shelter × category created by each night's census moment.

    One pass over the nights' orientations for a whole backfill: the orientation table has no
    index on `night`, so a query per night would scan it once per night.
    """
    if not moments:
        return {}
    out: dict[date, Received] = {n: {} for n in moments}
    stmt = (select(Orientation.night, Orientation.partner_id, Orientation.category_id, Orientation.created_at)
            .where(Orientation.night >= min(moments), Orientation.night <= max(moments),
                   Orientation.category_id.is_not(None))
            .execution_options(yield_per=20_000))
    for night, partner_id, category_id, created_at in session.execute(stmt):
        at = moments.get(night)
        if at is not None and created_at <= at:
            counts = out[night]
            counts[(partner_id, category_id)] = counts.get((partner_id, category_id), 0) + 1
    return out


def compute_night(session: Session, night: date, *, received: Received | None = None,
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The census rows and the demand rows of `night`, as of its census moment (nothing written).

    `received` (orientations received per shelter × category) may come precomputed by a backfill.
    """
    at = census_moment(session, night)
    # the board as of `at` carries beds.capacities(night, at) split into base and plan hiver
    board = beds.board_in_session(session, at=at)
    # an undone arrival (or absence) is taken back from the arrivals (no-shows) counted by the census moment
    ledger_counts: dict[str, dict[tuple[int, int], int]] = {
        LedgerAction.HOLD_ARRIVED.value: {}, LedgerAction.HOLD_EXPIRED.value: {},
        LedgerAction.HOLD_ARRIVAL_UNDONE.value: {}, LedgerAction.HOLD_ABSENCE_UNDONE.value: {}}
    for partner_id, category_id, action, n in session.execute(
        select(LedgerEntry.partner_id, LedgerEntry.category_id, LedgerEntry.action, func.count())
        .where(LedgerEntry.entity == "bed_state", LedgerEntry.night == night, LedgerEntry.at <= at,
               LedgerEntry.action.in_(list(ledger_counts)))
        .group_by(LedgerEntry.partner_id, LedgerEntry.category_id, LedgerEntry.action)
    ):
        ledger_counts[action][(partner_id, category_id)] = n

    def net(done: LedgerAction, undone: LedgerAction, key: tuple[int, int]) -> int:
        return ledger_counts[done.value].get(key, 0) - ledger_counts[undone.value].get(key, 0)

    if received is None:
        received = orientations_received(session, {night: at})[night]
    reported = counted(session, night, at)
    refusals: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: dict.fromkeys(REASON_FIELDS.values(), 0))
    demand: dict[int, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys([*REASON_FIELDS.values(), "refusals_from_calls", "refusals_at_door"], 0))
    for partner_id, category_id, reason, source, n in session.execute(
        select(Refusal.partner_id, Refusal.category_id, Refusal.reason, Refusal.source, func.count())
        .where(Refusal.night == night, Refusal.at <= at, refusal_counts(Refusal, at))
        .group_by(Refusal.partner_id, Refusal.category_id, Refusal.reason, Refusal.source)
    ):
        column = REASON_FIELDS.get(reason, "refusals_other")
        if partner_id is not None:
            refusals[(partner_id, category_id)][column] += n
        demand[category_id][column] += n
        demand[category_id]["refusals_from_calls" if source == "call" else "refusals_at_door"] += n
    rows = []
    for r in board:
        was_reported = r.key in reported
        rows.append({
            "night": night, "partner_id": r.partner_id, "category_id": r.category_id, "reported": was_reported,
            "capacity": r.capacity, "capacity_base": r.capacity_base, "capacity_winter": r.capacity_winter,
            "unavailable": r.unavailable, "occupied": r.occupied if was_reported else None, "held": r.held,
            "free": r.free if was_reported else None,
            "arrivals": net(LedgerAction.HOLD_ARRIVED, LedgerAction.HOLD_ARRIVAL_UNDONE, r.key),
            "no_shows": net(LedgerAction.HOLD_EXPIRED, LedgerAction.HOLD_ABSENCE_UNDONE, r.key),
            "orientations_received": received.get(r.key, 0),
            **(refusals[r.key] if r.key in refusals else dict.fromkeys(REASON_FIELDS.values(), 0)),
        })
        demand.setdefault(r.category_id, demand[r.category_id])
    demand_rows = [{"night": night, "category_id": c, **v} for c, v in sorted(demand.items())]
    return rows, demand_rows


def _start_run(db: Database, actor: Actor, trigger: str, at: datetime) -> int:
    with db.write() as session:
        if not db.is_sqlite:
            return session.execute(text("SELECT relais_census_start_run(:t, :w, :now)"),
                                   {"t": trigger[:16], "w": socket.gethostname()[:120], "now": at}).scalar_one()
        run = CensusRun(started_at=at, workstation=socket.gethostname()[:120], user_id=actor.user_id,
                        trigger=trigger[:16])
        session.add(run)
        session.flush()
        return run.id


def _insert_ignore(session: Session, table: Any, rows: list[dict[str, Any]], conflict_cols: list[str]) -> int:
    """INSERT … ON CONFLICT DO NOTHING of many rows (embedded database); returns how many were inserted."""
    return insert_ignore(session, table, rows, conflict_cols)


def _write_one(db: Database, night: date, run_id: int, at: datetime, received: Received | None = None) -> int:
    with db.write() as session:
        if not db.is_sqlite:
            # On a shared database only the server writes the census (store.pg_census), from its ledger.
            written = session.execute(text("SELECT relais_census_write_night(:n, :r, :now)"),
                                      {"n": night, "r": run_id, "now": at}).scalar_one()
            if written:
                changes.announce(session, "census")
            return written
        rows, demand = compute_night(session, night, received=received)
        for row in rows:
            row.update(computed_at=at, run_id=run_id)
        for row in demand:
            row.update(computed_at=at, run_id=run_id)
        written = _insert_ignore(session, Census, rows, ["night", "partner_id", "category_id"])
        _insert_ignore(session, CensusDemand, demand, ["night", "category_id"])
        if written:
            changes.announce(session, "census")
        return written


def _finish_run(db: Database, run_id: int, nights: list[date], rows: int, at: datetime) -> None:
    with db.write() as session:
        if not db.is_sqlite:
            session.execute(text("SELECT relais_census_finish_run(:r, :now)"), {"r": run_id, "now": at})
            return
        session.execute(update(CensusRun).where(CensusRun.id == run_id)
                        .values(finished_at=at, nights_written=len(nights), rows_written=rows))


def _check_night(value: object, field: str = "night") -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValue.of("night_invalid", field=field)
    return value


def write_night(db: Database, night: date, *, actor: Actor, trigger: str = "manual",
                now: datetime | None = None) -> CensusSummary:
    """Census of one night (its census moment must have passed). Rows already there stay as they are."""
    night = _check_night(night)
    at = moment(now)
    with db.read() as session:
        if census_moment(session, night) > at:
            raise InvalidValue.of("census_not_yet", field="night", night=night,
                                  time=settings.get(session, "census_time"))
    run_id = _start_run(db, actor, trigger, at)
    rows = _write_one(db, night, run_id, at)
    nights = [night] if rows else []
    _finish_run(db, run_id, nights, rows, moment(now))
    return CensusSummary(len(nights), rows, nights, run_id)


def first_night(db: Database) -> date | None:
    """The first night any capacity was valid: the census history starts there."""
    with db.read() as session:
        return session.execute(select(func.min(Capacity.valid_from))).scalar_one()


def missing_nights(db: Database, *, start: date, end: date) -> list[date]:
    """Nights of [start, end] (inclusive) that have no census row."""
    start, end = _check_night(start, "start"), _check_night(end, "end")
    if end < start:
        return []
    with db.read() as session:
        done = set(session.execute(select(Census.night).where(Census.night >= start, Census.night <= end)
                                   .distinct()).scalars())
    return [start + timedelta(days=i) for i in range((end - start).days + 1) if start + timedelta(days=i) not in done]


def write_missing(db: Database, *, actor: Actor, until: date | None = None, horizon_days: int | None = None,
                  trigger: str = "backfill", now: datetime | None = None) -> CensusSummary:
    """Write every night without a census, back to the horizon, up to `until` (default: last night due)."""
    at = moment(now)
    with db.read() as session:
        last_due = last_censusable_night(session, at)
        horizon = int(settings.get(session, "census_horizon_days")) if horizon_days is None else horizon_days
    until = min(_check_night(until, "until"), last_due) if until is not None else last_due
    begin = first_night(db)
    if begin is None:
        return CensusSummary(0, 0)
    start = max(begin, until - timedelta(days=max(horizon, 0)))
    todo = missing_nights(db, start=start, end=until)
    if not todo:
        return CensusSummary(0, 0)
    run_id = _start_run(db, actor, trigger, at)
    written_nights, rows = [], 0
    with db.read() as session:
        census_at = settings.get_time(session, "census_time")
    for i in range(0, len(todo), BACKFILL_CHUNK):
        chunk = todo[i:i + BACKFILL_CHUNK]
        with db.read() as session:
            received = orientations_received(session, {n: local_moment(n, census_at) for n in chunk})
        for night in chunk:
            # one write transaction per night: a crash or a rival client loses at most one night's work
            n = _write_one(db, night, run_id, at, received[night])
            if n:
                written_nights.append(night)
                rows += n
    _finish_run(db, run_id, written_nights, rows, moment(now))
    return CensusSummary(len(written_nights), rows, written_nights, run_id)


def rows(db: Database, night: date | None = None, *, shelter: str | int | None = None, start: date | None = None,
         end: date | None = None) -> list[dict[str, Any]]:
    """Census rows as plain dicts (night, shelter, category and every census field), by night then shelter.

    A row not reported (`reported` false) has `occupied` and `free` None: nobody counted its beds by 23:00."""
    from relais_desk.services import lookup

    with db.read() as session:
        stmt = (select(Census, Partner.name, BedCategory.code, BedCategory.label_fr,
                       BedCategory.label_en)
                .join(Partner, Partner.id == Census.partner_id)
                .join(BedCategory, BedCategory.id == Census.category_id))
        if night is not None:
            stmt = stmt.where(Census.night == _check_night(night))
        if start is not None:
            stmt = stmt.where(Census.night >= _check_night(start, "start"))
        if end is not None:
            stmt = stmt.where(Census.night <= _check_night(end, "end"))
        if shelter is not None:
            stmt = stmt.where(Census.partner_id == lookup.shelter(session, shelter).id)
        stmt = stmt.order_by(Census.night, Partner.name, BedCategory.sort_order)
        return [{"night": c.night, "shelter": name, "category": code, "category_fr": label,
                 "category_en": label_en,
                 **{f: getattr(c, f) for f in CENSUS_FIELDS}, "reported": c.reported, "computed_at": c.computed_at}
                for c, name, code, label, label_en in session.execute(stmt).all()]


def last_run(db: Database) -> dict[str, Any] | None:
    """The latest census run: when, where, who, how much."""
    from relais_desk.domain.models import AppUser

    with db.read() as session:
        row = session.execute(select(CensusRun, AppUser.username).outerjoin(AppUser, AppUser.id == CensusRun.user_id)
                              .order_by(CensusRun.id.desc()).limit(1)).first()
        if row is None:
            return None
        run, username = row
        out = asdict_run(run)
        out["user"] = username or "système"
        out["by_system"] = username is None  # a screen names the system in its own language
        return out


def asdict_run(run: CensusRun) -> dict[str, Any]:
    return {k: getattr(run, k) for k in ("id", "started_at", "finished_at", "workstation", "trigger",
                                          "nights_written", "rows_written")}


