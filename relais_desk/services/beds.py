"""Beds: the live board, the board at a past moment, and the bed-taking primitive.

free = capacity − unavailable − occupied − held, never below 0 (a CHECK constraint backs it).
Every write locks the shelter × category row of the night (row lock on PostgreSQL,
`BEGIN IMMEDIATE` on SQLite), changes it with a conditional update, and appends exactly one
ledger row holding the full counts before and after. The board at a past moment is rebuilt
from those ledger rows and the temporal capacity rows, by the same composition as the live one
(services/board_read.py: one statement, composed by the database).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, or_, select, text, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import HoldStatus, LedgerAction, OrientationStatus, Role
from relais_desk.domain.messages import why_french
from relais_desk.domain.models import BedCategory, BedState, Capacity, Hold, Orientation, Partner
from relais_desk.domain.nights import as_utc, local_moment, moment, night_of, utcnow
from relais_desk.domain.profiles import Profile, not_accepted_keys, places_suffice
from relais_desk.services import board_read, lookup, persons, settings
from relais_desk.services.actor import Actor
from relais_desk.services.board_read import CARRY_NIGHTS, STATE_FIELDS, BoardRow, Key, virtual_state  # noqa: F401 - the board's names, used as beds.*
from relais_desk.services.errors import (
    Conflict,
    InvalidValue,
    NoBedAvailable,
    NotFound,
    OverCapacity,
    ProfileNotAccepted,
)
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database
from relais_desk.store.sql import insert_ignore


@dataclass(frozen=True)
class CapacityInfo:
    total: int
    base: int
    winter: int
    dogs_accepted: bool
    wheelchair_accessible: bool
    low_threshold: bool
    counted_in_rooms: bool


@dataclass(frozen=True)
class HoldResult:
    hold_id: int
    partner_id: int
    shelter: str
    category_id: int
    category: str
    night: date
    deadline: datetime
    free_after: int


# ---------------------------------------------------------------- composition (live and past)


def capacities(session: Session, night: date, as_of: datetime) -> dict[Key, CapacityInfo]:
    """Capacity per shelter × category for `night`, as it was recorded at `as_of`."""
    # Plain columns, not ORM objects: the board reads thousands of these on every refresh.
    rows = session.execute(
        select(Capacity.partner_id, Capacity.category_id, Capacity.kind, Capacity.beds, Capacity.dogs_accepted,
               Capacity.wheelchair_accessible, Capacity.low_threshold, Capacity.counted_in_rooms).where(
            Capacity.valid_from <= night,
            or_(Capacity.valid_to.is_(None), Capacity.valid_to >= night),
            Capacity.recorded_at <= as_of,
            or_(Capacity.retired_at.is_(None), Capacity.retired_at > as_of),
        )
    )
    acc: dict[Key, list[Any]] = {}
    for partner_id, category_id, kind, n, dogs, pmr, low, rooms in rows:
        a = acc.setdefault((partner_id, category_id), [0, 0, 0, False, False, False, False])
        a[0] += n
        a[2 if kind == "plan_hiver" else 1] += n
        a[3] |= bool(dogs)
        a[4] |= bool(pmr)
        a[5] |= bool(low)
        a[6] |= bool(rooms)
    return {k: CapacityInfo(*a) for k, a in acc.items()}


def _state_dict(row: BedState) -> dict[str, Any]:
    return {f: getattr(row, f) for f in STATE_FIELDS}


def board_in_session(session: Session, *, at: datetime | None = None, now: datetime | None = None) -> list[BoardRow]:
    """The board tonight (live state), or as it was at `at` (rebuilt from the ledger)."""
    if at is None:
        now = as_utc(now) if now else utcnow()
        return board_read.live(session, night_of(now), now)
    at = as_utc(at)
    return night_board_at(session, night_of(at), at)


def night_board_at(session: Session, night: date, at: datetime) -> list[BoardRow]:
    """The board of `night` as it stood at `at`, rebuilt from the ledger (`at` may be after the night:
    a closed night is the board of its night as of the next noon)."""
    return board_read.at_moment(session, night, as_utc(at))


def past_moment(at: datetime, *, now: datetime | None = None) -> datetime:
    """`at` as UTC if it has passed; a moment to come has no board to rebuild (a typed French error)."""
    at = as_utc(at)
    if at > moment(now):
        raise InvalidValue.of("board_in_future", field="at", at=at)
    return at


def board(db: Database, *, at: datetime | None = None, now: datetime | None = None) -> list[BoardRow]:
    with db.read() as session:
        return board_in_session(session, at=at, now=now)


# ---------------------------------------------------------------- writes


def _lock_state(session: Session, partner: Partner, cat: BedCategory, night: date, as_of: datetime) -> tuple[BedState, dict[str, Any]]:
    """Lock (creating if needed) the night's row; return it and the state the board showed before."""
    stmt = (
        select(BedState)
        .where(BedState.partner_id == partner.id, BedState.category_id == cat.id, BedState.night == night)
        .with_for_update()
    )
    row = session.execute(stmt).scalar_one_or_none()
    if row is not None:
        return row, _state_dict(row)
    cap = capacities(session, night, as_of).get((partner.id, cat.id))
    if cap is None:
        raise NotFound.of("no_beds_of_category", field="category", shelter=partner.name, category=cat.code,
                          category_label=cat.label_fr, category_label_en=cat.label_en)
    key = (partner.id, cat.id)
    virtual = virtual_state(cap.total, board_read.live_carry(session, night, [key]).get(key))
    insert_ignore(
        session,
        BedState,
        [{"partner_id": partner.id, "category_id": cat.id, "night": night, "updated_at": as_of, **virtual}],
        ["partner_id", "category_id", "night"],
    )
    row = session.execute(stmt.execution_options(populate_existing=True)).scalar_one()
    return row, _state_dict(row)


def lock_state(session: Session, partner: Partner, cat: BedCategory, night: date,
               as_of: datetime) -> tuple[BedState, dict[str, Any]]:
    """Lock the night's bed-count row of a shelter × category (see `_lock_state`), for another service's write."""
    return _lock_state(session, partner, cat, night, as_of)


def ledger_counts(session: Session, row: BedState, before: dict[str, Any], *, action: LedgerAction, actor: Actor,
                  at: datetime, extra: dict[str, Any] | None = None) -> None:
    """Append the bed-count ledger row of a change just made to `row` (full counts before and after)."""
    _ledger_counts(session, row, before, action=action, actor=actor, at=at, extra=extra)


def _ledger_counts(
    session: Session,
    row: BedState,
    before: dict[str, Any],
    *,
    action: LedgerAction,
    actor: Actor,
    at: datetime,
    extra: dict[str, Any] | None = None,
) -> None:
    session.refresh(row)
    after = _state_dict(row) | (extra or {})
    ledger.append(
        session,
        action=action.value,
        entity="bed_state",
        entity_id=row.id,
        user_id=actor.user_id,
        before=before,
        after=after,
        partner_id=row.partner_id,
        category_id=row.category_id,
        night=row.night,
        at=at,
    )
    changes.announce(session, "bed_state", row.id)


def hold_fields(hold_id: int, deadline: datetime | None = None) -> dict[str, Any]:
    """What a hold's bed-count ledger row adds to the counts after: the hold, and its deadline when taken."""
    return {"hold_id": hold_id} if deadline is None else {"hold_id": hold_id, "deadline": deadline}


def _free(row: BedState) -> int:
    return row.capacity - row.unavailable - row.occupied - row.held


def set_counts(
    db: Database,
    *,
    shelter: str | int,
    category: str | int,
    actor: Actor,
    occupied: object = None,
    unavailable: object = None,
    unavailable_reason: object = None,
    now: datetime | None = None,
) -> BoardRow:
    """Set tonight's occupied and/or out-of-service beds of one shelter × category."""
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN)
    new_occupied = None if occupied is None else lookup.count(occupied, "occupied", label="Occupés")
    new_unavail = None if unavailable is None else lookup.count(unavailable, "unavailable", label="Hors service")
    reason = None if unavailable_reason is None else lookup.text(
        unavailable_reason, "unavailable_reason", max_len=300, label="Motif hors service"
    )
    if new_occupied is None and new_unavail is None and reason is None:
        raise InvalidValue.of("nothing_to_change", field="occupied")
    with db.write() as session:
        partner = lookup.shelter(session, shelter)
        cat = lookup.category(session, category)
        actor.require_shelter(partner.id, partner.name)
        at = moment(now)  # read once: the night and the change's time fall on the same side of noon
        night = night_of(at)
        row, before = _lock_state(session, partner, cat, night, at)
        occ = row.occupied if new_occupied is None else new_occupied
        una = row.unavailable if new_unavail is None else new_unavail
        if occ + una + row.held > row.capacity:
            field = "occupied" if new_occupied is not None else "unavailable"
            raise OverCapacity.of("over_capacity", field=field, capacity=row.capacity, occupied=occ, unavailable=una,
                                  held=row.held, total=occ + una + row.held, shelter=partner.name,
                                  category_label=cat.label_fr, category_label_en=cat.label_en)
        values: dict[str, Any] = {"occupied": occ, "unavailable": una, "updated_at": at, "counts_updated_at": at,
                                  "updated_by": actor.user_id}
        if reason is not None:
            values["unavailable_reason"] = reason
        elif una == 0:
            values["unavailable_reason"] = ""
        session.execute(update(BedState).where(BedState.id == row.id).values(**values))
        _ledger_counts(session, row, before, action=LedgerAction.COUNTS_SET, actor=actor, at=at)
        return _row_for(session, row, partner, cat, night, at)


def _row_for(session: Session, row: BedState, partner: Partner, cat: BedCategory, night: date, at: datetime) -> BoardRow:
    """The board's row of the shelter × category just written (the transaction's own state)."""
    for r in board_read.live(session, night, at, key=(partner.id, cat.id)):
        return r
    raise NotFound("Ligne introuvable.")  # pragma: no cover - the row was just locked


def default_deadline(session: Session, now: datetime) -> datetime:
    """The network's default arrival deadline tonight, or now + N hours once it has passed."""
    values = settings.get_many(session, "hold_deadline", "hold_fallback_hours")  # one read for both
    deadline = local_moment(night_of(now), settings.parse_hhmm(values["hold_deadline"], "hold_deadline"))
    if deadline <= now:
        deadline = now + timedelta(hours=int(values["hold_fallback_hours"]))
    return deadline


def suggested_deadline(db: Database, *, now: datetime | None = None) -> datetime:
    """The arrival deadline a new hold gets unless the operator changes it (UTC)."""
    with db.read() as session:
        return default_deadline(session, moment(now))


def hold_bed(
    db: Database,
    *,
    shelter: str | int,
    category: str | int,
    actor: Actor,
    deadline: datetime | None = None,
    person_id: int | None = None,
    profile: Profile | None = None,
    now: datetime | None = None,
) -> HoldResult:
    """Take one free bed tonight for an oriented person, until `deadline` (UTC).

    With the person's `profile`, beds that do not take it are refused (`ProfileNotAccepted`): the
    category (gender, families, minors), the shelter's conditions (dog, wheelchair, low threshold) and,
    for a household in a families category counted in places, enough free places for all of them.
    """
    with db.write() as session:
        return hold_in_session(session, shelter=shelter, category=category, actor=actor, deadline=deadline,
                               person_id=person_id, profile=profile, now=now)


def hold_in_session(
    session: Session,
    *,
    shelter: str | int,
    category: str | int,
    actor: Actor,
    deadline: datetime | None = None,
    person_id: int | None = None,
    profile: Profile | None = None,
    now: datetime | None = None,
) -> HoldResult:
    """`hold_bed` inside the caller's write transaction (an orientation takes its hold atomically)."""
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    if profile is not None and not isinstance(profile, Profile):
        raise InvalidValue.of("profile_invalid", field="profile")
    partner = lookup.shelter(session, shelter)
    cat = lookup.category(session, category)
    actor.require_shelter(partner.id, partner.name)
    at = moment(now)  # read once: the night and the hold's time fall on the same side of noon
    night = night_of(at)
    # Everything that needs no lock comes first: the bed's row stays locked only for the writes.
    if deadline is None:
        deadline = default_deadline(session, at)
    elif isinstance(deadline, datetime):
        deadline = as_utc(deadline)
    if not isinstance(deadline, datetime) or deadline <= at or deadline > at + timedelta(hours=36):
        raise InvalidValue.of("deadline_out_of_range", field="deadline")
    after = None if profile is not None else _take_one(session, partner.id, cat.id, night, at, actor)
    if after is None:  # a profile to check against the row, tonight's row not opened yet, or no free bed
        row, before = _lock_state(session, partner, cat, night, at)
        if profile is not None:
            _check_profile(session, partner, cat, row, profile, night, at)
        after = _take_one(session, partner.id, cat.id, night, at, actor)
        if after is None:
            raise NoBedAvailable.of("bed_just_taken", field="shelter", shelter=partner.name, category=cat.code,
                                    category_label=cat.label_fr, category_label_en=cat.label_en)
    row_id = after.pop("id")
    _forget_loaded(session, row_id)
    before = after | {"held": after["held"] - 1}  # the conditional update changed nothing else
    hold_id = session.execute(
        insert(Hold).values(
            partner_id=partner.id, category_id=cat.id, night=night, person_id=person_id,
            status=HoldStatus.ACTIVE.value, deadline=deadline, created_at=at, created_by=actor.user_id,
        ).returning(Hold.id)
    ).scalar_one()
    persons.touch(session, person_id, at)
    ledger.append(
        session, action=LedgerAction.HOLD_TAKEN.value, entity="bed_state", entity_id=row_id, user_id=actor.user_id,
        before=before, after=after | hold_fields(hold_id, deadline), partner_id=partner.id, category_id=cat.id,
        night=night, at=at,
    )
    changes.announce(session, "bed_state", row_id)
    changes.announce(session, "hold", hold_id)
    free = after["capacity"] - after["unavailable"] - after["occupied"] - after["held"]
    return HoldResult(hold_id, partner.id, partner.name, cat.id, cat.code, night, deadline, free)


def _forget_loaded(session: Session, row_id: int) -> None:
    """A BedState this session already loaded is stale after the bulk update: reload it if used again."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, BedState) and obj.id == row_id:
            session.expire(obj)


def _take_one(session: Session, partner_id: int, category_id: int, night: date, at: datetime,
              actor: Actor) -> dict[str, Any] | None:
    """Take one bed of tonight's row if one is free (the update locks the row): its counts after, or None."""
    found = session.execute(
        update(BedState)
        .where(
            BedState.partner_id == partner_id, BedState.category_id == category_id, BedState.night == night,
            BedState.capacity - BedState.unavailable - BedState.occupied - BedState.held > 0,
        )
        .values(held=BedState.held + 1, updated_at=at, updated_by=actor.user_id)
        .returning(BedState.id, *(getattr(BedState, f) for f in STATE_FIELDS))
        .execution_options(synchronize_session=False)
    ).first()
    return None if found is None else dict(found._mapping)


def _check_profile(session: Session, partner: Partner, cat: BedCategory, row: BedState, profile: Profile,
                   night: date, at: datetime) -> None:
    """Refuse beds that do not take this person (the finder never lists them; a late answer might)."""
    cap = capacities(session, night, at).get((partner.id, cat.id)) or CapacityInfo(0, 0, 0, False, False, False, False)
    why = not_accepted_keys(cat, profile, at.year, dogs_accepted=cap.dogs_accepted,
                            wheelchair_accessible=cap.wheelchair_accessible, low_threshold=cap.low_threshold)
    free = _free(row)  # none at all is NoBedAvailable, said by the conditional update as for anyone
    if not why and free > 0 and not places_suffice(free, counted_in_rooms=cap.counted_in_rooms, profile=profile):
        why = ["too_few_places"]
    if why:
        params = {"household": profile.household_size, "free": free}
        raise ProfileNotAccepted.of("profile_not_accepted", field="shelter", shelter=partner.name, category=cat.code,
                                    category_label=cat.label_fr, category_label_en=cat.label_en, why=why,
                                    reason=why_french(why, params), **params)


def _close_hold(
    session: Session, hold_id: int, status: HoldStatus, action: LedgerAction, actor: Actor, at: datetime,
    *, check_shelter: bool = True,
) -> Hold | None:
    """Close an active hold once (a conditional update): None when it was no longer active."""
    hold_id = lookup.row_id(hold_id, "hold", "Réservation")
    hold = session.get(Hold, hold_id)
    if hold is None:
        raise NotFound.of("row_not_found", field="hold", what="Réservation", ref=hold_id, hold_id=hold_id)
    partner = session.get(Partner, hold.partner_id)
    cat = session.get(BedCategory, hold.category_id)
    if check_shelter:
        actor.require_shelter(partner.id, partner.name)
    row, before = _lock_state(session, partner, cat, hold.night, at)
    closed = session.execute(
        update(Hold)
        .where(Hold.id == hold_id, Hold.status == HoldStatus.ACTIVE.value)
        .values(status=status.value, closed_at=at)
    ).rowcount
    if closed != 1:
        return None
    values: dict[str, Any] = {"held": BedState.held - 1, "updated_at": at, "updated_by": actor.user_id}
    if status == HoldStatus.ARRIVED:
        values["occupied"] = BedState.occupied + 1
    session.execute(update(BedState).where(BedState.id == row.id).values(**values))
    _ledger_counts(session, row, before, action=action, actor=actor, at=at, extra=hold_fields(hold_id))
    changes.announce(session, "bed_state", row.id)  # the counts moved: the board reads this row
    changes.announce(session, "hold", hold_id)
    session.refresh(hold)
    return hold


def _orientation_follows(session: Session, hold_id: int, status: OrientationStatus, actor: Actor, at: datetime) -> None:
    """The orientation carrying a closed hold follows it (arrivée / absente / annulée)."""
    o = Orientation  # its links and status only: the note is a logged read (services.access)
    orientation = session.execute(select(o.id, o.status, o.partner_id, o.category_id, o.night)
                                  .where(o.hold_id == hold_id)).first()
    open_statuses = (OrientationStatus.PROPOSEE.value, OrientationStatus.CONFIRMEE.value)
    if orientation is None or orientation.status not in open_statuses:
        return
    before = orientation.status
    session.execute(
        update(Orientation).where(Orientation.id == orientation.id).values(status=status.value, updated_at=at)
    )
    ledger.append(
        session, action=LedgerAction.ORIENTATION_STATUS.value, entity="orientation", entity_id=orientation.id,
        user_id=actor.user_id, before={"status": before}, after={"status": status.value},
        partner_id=orientation.partner_id, category_id=orientation.category_id, night=orientation.night, at=at,
    )
    changes.announce(session, "orientation", orientation.id)


def release_hold(db: Database, hold_id: int, *, actor: Actor, now: datetime | None = None) -> None:
    """Give a held bed back (orientation cancelled)."""
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    with db.write() as session:
        at = moment(now)
        if _close_hold(session, hold_id, HoldStatus.RELEASED, LedgerAction.HOLD_RELEASED, actor, at) is None:
            raise Conflict.of("hold_not_active", field="hold", hold_id=hold_id)
        _orientation_follows(session, hold_id, OrientationStatus.ANNULEE, actor, at)


def mark_arrived(db: Database, hold_id: int, *, actor: Actor, now: datetime | None = None) -> None:
    """The oriented person arrived: the held bed becomes an occupied bed."""
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN, Role.OPERATEUR)
    with db.write() as session:
        at = moment(now)
        if _close_hold(session, hold_id, HoldStatus.ARRIVED, LedgerAction.HOLD_ARRIVED, actor, at) is None:
            raise Conflict.of("hold_not_active", field="hold", hold_id=hold_id)
        _orientation_follows(session, hold_id, OrientationStatus.ARRIVEE, actor, at)


def mark_absent(db: Database, hold_id: int, *, actor: Actor, now: datetime | None = None) -> None:
    """The oriented person did not come: the bed is free again and the orientation is *absente*."""
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN, Role.OPERATEUR)
    with db.write() as session:
        at = moment(now)
        if _close_hold(session, hold_id, HoldStatus.EXPIRED, LedgerAction.HOLD_EXPIRED, actor, at) is None:
            raise Conflict.of("hold_not_active", field="hold", hold_id=hold_id)
        _orientation_follows(session, hold_id, OrientationStatus.ABSENTE, actor, at)


def expire_holds(db: Database, *, now: datetime | None = None, actor: Actor | None = None) -> list[int]:
    """Expire every active hold past its deadline, once, whichever client sweeps. Returns their ids."""
    actor = actor or Actor.system("balayage des réservations")
    at = moment(now)
    if not db.is_sqlite:
        # The server expires them (store.pg_security), whoever is logged in: a shelter's account may
        # not touch another shelter's beds, but every client sweeps.
        with db.write() as session:
            expired = list(session.execute(text("SELECT relais_expire_holds(:now)"), {"now": at}).scalars())
            if expired:
                changes.announce(session, "hold", expired)
                changes.announce(session, "bed_state")
                changes.announce(session, "orientation")
        return expired
    with db.read() as session:
        due = session.execute(
            select(Hold.id).where(Hold.status == HoldStatus.ACTIVE.value, Hold.deadline < at).order_by(Hold.id)
        ).scalars().all()
    expired = []
    for hold_id in due:
        with db.write() as session:
            if _close_hold(session, hold_id, HoldStatus.EXPIRED, LedgerAction.HOLD_EXPIRED, actor, at,
                           check_shelter=False) is not None:
                _orientation_follows(session, hold_id, OrientationStatus.ABSENTE, actor, at)
                expired.append(hold_id)
    return expired


def board_rows(db: Database, bed_state_ids: Iterable[int], *, now: datetime | None = None) -> list[BoardRow]:
    """Tonight's board rows of the shelter × categories whose bed_state rows are `bed_state_ids` (what a
    bed_state change names): the rows a full `board` would give for them, in one statement."""
    now = as_utc(now) if now else utcnow()
    with db.read() as session:
        return board_read.live_rows(session, night_of(now), now, bed_state_ids)


__all__ = [
    "BoardRow", "HoldResult", "STATE_FIELDS", "hold_fields", "virtual_state", "board", "board_in_session", "board_rows",
    "night_board_at", "capacities", "default_deadline",
    "expire_holds", "suggested_deadline", "hold_bed", "hold_in_session", "mark_absent", "mark_arrived", "release_hold", "set_counts",
]

