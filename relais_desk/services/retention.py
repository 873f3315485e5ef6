"""Retention: a person with no contact for longer than `retention_months` is purged; erasure on request.

Purging a person removes everything that describes them or links an event to them: the person row
(alias, birth year, gender, household, flags) and the free text of their calls (notes, location),
orientations and refusals. Their events stay, for the statistics, with `person_id` NULL and a fresh
random `anonymous_key` (one per purged person, derived from nothing): every figure that counts
persons counts (person_id, anonymous_key), so every past report is unchanged by a purge.

The daily purge runs exactly once per day (Brussels date) like the census: a `purge_run` row with a
unique `daily` day, any client may start it and only the first one does. On PostgreSQL the server
does all of it in SECURITY DEFINER functions (`store.pg_retention`) and decides the cut-off from its
own clock and the network setting; this module does the same in Python for the embedded database.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import HoldStatus, LedgerAction, Role
from relais_desk.domain.models import (
    Call,
    ChangeEvent,
    Hold,
    Orientation,
    Partner,
    Person,
    PurgeRun,
    Refusal,
    new_subject,
)
from relais_desk.domain.nights import moment, to_local
from relais_desk.domain.retention import DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS
from relais_desk.services import lookup, settings
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, NotFound
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database
from relais_desk.store.sql import insert_ignore


@dataclass(frozen=True)
class PurgeSummary:
    purged: int
    kept: int
    cutoff: datetime
    retention_months: int
    dry_run: bool = False
    ran: bool = True  # False: today's scheduled purge had already been done by another client

    def as_json(self) -> dict[str, Any]:
        return {"purged": self.purged, "kept": self.kept, "cutoff": self.cutoff.isoformat(),
                "retention_months": self.retention_months, "dry_run": self.dry_run}


@dataclass(frozen=True)
class LastPurge:
    at: datetime
    trigger: str
    purged: int


def months_before(at: datetime, months: int) -> datetime:
    """`at` minus whole months, the day clamped to the month's last (as PostgreSQL's interval arithmetic)."""
    years, month0 = divmod(at.month - 1 - months, 12)
    year, month = at.year + years, month0 + 1
    return at.replace(year=year, month=month, day=min(at.day, monthrange(year, month)[1]))


def retention_months(session: Session) -> int:
    """The network's retention limit; a damaged value falls back to the default, never to "purge all"."""
    try:
        value = int(settings.get(session, "retention_months"))
    except ValueError:
        return DEFAULT_RETENTION_MONTHS
    return value if MIN_RETENTION_MONTHS <= value <= MAX_RETENTION_MONTHS else DEFAULT_RETENTION_MONTHS


def _candidates(session: Session, cutoff: datetime) -> list[int]:
    active = select(Hold.id).where(Hold.person_id == Person.id, Hold.status == HoldStatus.ACTIVE.value).exists()
    return list(session.execute(
        select(Person.id).where(func.coalesce(Person.last_contact_at, Person.created_at) < cutoff, ~active)
        .order_by(Person.id)).scalars())


def forget_in_session(session: Session, person_id: int) -> None:
    """Remove one person and unlink their events (which keep a fresh anonymous key); no ledger row here."""
    key = new_subject()
    session.execute(update(Call).where(Call.person_id == person_id)
                    .values(person_id=None, anonymous_key=key, notes="", location=""))
    session.execute(update(Hold).where(Hold.person_id == person_id).values(person_id=None, anonymous_key=key))
    session.execute(update(Orientation).where(Orientation.person_id == person_id)
                    .values(person_id=None, anonymous_key=key, note=""))
    session.execute(update(Refusal).where(Refusal.person_id == person_id)
                    .values(person_id=None, anonymous_key=key, note=""))
    forget_announcements(session, person_id)
    session.execute(delete(Person).where(Person.id == person_id))


def forget_announcements(session: Session, person_id: int) -> None:
    """SQLite's change feed keeps the ids of the last hour's changes: a removed person's id goes from there too."""
    pid = str(person_id)
    session.execute(delete(ChangeEvent).where(ChangeEvent.topic == "person", or_(
        ChangeEvent.ids == pid, ChangeEvent.ids.like(f"{pid},%"), ChangeEvent.ids.like(f"%,{pid}"),
        ChangeEvent.ids.like(f"%,{pid},%"))))


def _purge_in_session(session: Session, *, actor: Actor, at: datetime, trigger: str, dry_run: bool,
                      daily: date | None) -> PurgeSummary:
    months = retention_months(session)
    cutoff = months_before(at, months)
    if daily is not None and not dry_run:
        run = {"at": at, "daily": daily, "trigger": trigger[:16], "user_id": actor.user_id, "cutoff": cutoff,
               "purged": 0}
        if not insert_ignore(session, PurgeRun, [run], ["daily"]):
            kept = session.execute(select(func.count()).select_from(Person)).scalar_one()
            return PurgeSummary(0, kept, cutoff, months, ran=False)
    ids = _candidates(session, cutoff)
    total = session.execute(select(func.count()).select_from(Person)).scalar_one()
    if dry_run:
        return PurgeSummary(len(ids), total - len(ids), cutoff, months, dry_run=True)
    for person_id in ids:
        forget_in_session(session, person_id)
    if daily is None:
        session.add(PurgeRun(at=at, trigger=trigger[:16], user_id=actor.user_id, cutoff=cutoff, purged=len(ids)))
    else:
        session.execute(update(PurgeRun).where(PurgeRun.daily == daily).values(purged=len(ids)))
    if ids:
        ledger.append(session, action=LedgerAction.PERSONS_PURGED.value, entity="person", entity_id=None,
                      user_id=actor.user_id, after={"purged": len(ids), "cutoff": cutoff, "trigger": trigger[:16]},
                      at=at)
        changes.announce(session, "person")
        for topic in ("call", "hold", "orientation", "refusal"):
            changes.announce(session, topic)
    return PurgeSummary(len(ids), total - len(ids), cutoff, months)


def _server_purge(db: Database, *, trigger: str, dry_run: bool, at: datetime | None) -> PurgeSummary:
    with db.write() as session:
        r = session.execute(text("SELECT relais_purge(:t, :d, :now)"),
                            {"t": trigger[:16], "d": dry_run, "now": at}).scalar_one()
    return PurgeSummary(int(r["purged"]), int(r["kept"]), datetime.fromisoformat(r["cutoff"]),
                        int(r["retention_months"]), dry_run=dry_run, ran=bool(r["ran"]))


def purge(db: Database, *, actor: Actor, dry_run: bool = False, now: datetime | None = None,
          trigger: str = "manual") -> PurgeSummary:
    """Purge every person past the retention limit now (`dry_run`: only count them). Admin only.

    On PostgreSQL the server's clock decides the cut-off; `now` is honoured there only for the
    maintenance login (replaying a moment, as the census allows).
    """
    if not dry_run:
        actor.require(Role.ADMIN)
    if not db.is_sqlite:
        return _server_purge(db, trigger=trigger, dry_run=dry_run, at=now)
    with db.write() as session:
        return _purge_in_session(session, actor=actor, at=moment(now), trigger=trigger, dry_run=dry_run, daily=None)


def run_daily(db: Database, *, actor: Actor, now: datetime | None = None) -> PurgeSummary:
    """Today's scheduled purge, exactly once whichever clients run it (`ran` is False for the others)."""
    if not db.is_sqlite:
        return _server_purge(db, trigger="schedule", dry_run=False, at=now)
    at = moment(now)
    with db.write() as session:
        return _purge_in_session(session, actor=actor, at=at, trigger="schedule", dry_run=False,
                                 daily=to_local(at).date())


def last_purge(db: Database) -> LastPurge | None:
    """The latest purge that removed anybody, or else the latest run (None: never purged)."""
    with db.read() as session:
        row = session.execute(select(PurgeRun).order_by(PurgeRun.at.desc(), PurgeRun.id.desc()).limit(1)).scalar()
        return None if row is None else LastPurge(row.at, row.trigger, row.purged)


def retention_status(db: Database, *, actor: Actor) -> dict[str, Any]:
    """What the administration shows: the retention limit and the last purge."""
    actor.require(*Role)
    with db.read() as session:
        months = retention_months(session)
    last = last_purge(db)
    return {"retention_months": months, "last_purge_at": last.at if last else None,
            "last_purge_count": last.purged if last else None}


def erase_person(db: Database, person_id: object, *, actor: Actor, now: datetime | None = None) -> None:
    """Erasure on request (GDPR art. 17): the purge of one person, ledgered as an event that names nobody.

    Refused while the person has a bed held for them: the shelter is waiting for someone.
    """
    actor.require(Role.ADMIN)
    pid = lookup.row_id(person_id, "person", "Personne")
    if not db.is_sqlite:
        with db.write() as session:
            session.execute(text("SELECT relais_person_erase(:p)"), {"p": pid})
        return
    at = moment(now)
    with db.write() as session:
        if session.get(Person, pid) is None:
            raise NotFound.of("row_not_found", field="person", what="Personne", ref=pid)
        held = session.execute(select(Partner.name).join(Hold, Hold.partner_id == Partner.id).where(
            Hold.person_id == pid, Hold.status == HoldStatus.ACTIVE.value).limit(1)).scalar()
        if held is not None:
            raise Conflict.of("erase_while_held", field="person", ref=pid, shelter=held)
        forget_in_session(session, pid)
        ledger.append(session, action=LedgerAction.PERSON_ERASED.value, entity="person", entity_id=None,
                      user_id=actor.user_id, at=at)
        changes.announce(session, "person")
        for topic in ("call", "hold", "orientation", "refusal"):
            changes.announce(session, topic)
