"""Person-level reads, and the access log they leave: who read which person's data, when, from where.

Every read of a person's record, of search results, of a call with its notes, of the journal's rows, of
an orientation's or a refusal's note and of the slip goes through this module, and writes its access
rows in the same transaction as the read: one row per person per read, naming the person by
`person.subject` (never `person.id`: the log outlives a purged person).

On PostgreSQL the app logins cannot SELECT these columns at all: the reads are SECURITY DEFINER
functions (`store/pg_access.py`) that apply the role's rules and write the rows themselves, with the
server's clock and the session's login. On SQLite the same rules are plain SQL here, and this module
writes the rows. Both return the same plain dicts.

`source` names the screen or command that reads ("Appels", "Mon abri", "cli persons show"…); callers
pass it explicitly, so the log tells where a read came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, func, insert, or_, select, text
from sqlalchemy.orm import Session

from relais_desk.domain.enums import AccessWhat, Role
from relais_desk.domain.models import AccessLog, Call, Hold, Orientation, Person, Refusal
from relais_desk.domain.nights import utcnow
from relais_desk.services import lookup
from relais_desk.services.actor import Actor

PERSON_FIELDS = ("id", "alias", "birth_year", "gender", "children", "with_dog", "wheelchair", "last_contact_at")
CALL_FIELDS = ("id", "received_at", "channel", "caller_type", "person_id", "alias", "location", "needs", "notes",
               "outcome", "operator_id", "created_at")
MAX_SEARCH = 200


def _aware(row: Any) -> dict[str, Any]:
    """A function's row as the ORM would give it: datetimes in UTC, aware (raw SQL returns them naive)."""
    return {k: v.replace(tzinfo=UTC) if isinstance(v, datetime) and v.tzinfo is None else v
            for k, v in dict(row).items()}


def is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def source_text(source: object) -> str:
    """The screen or command a read comes from, as the log keeps it."""
    return lookup.text(source, "source", max_len=64, required=True, label="Source")


def _shelter(actor: Actor) -> int | None:
    """The shelter whose view applies (shelter staff see only what is linked to their shelter)."""
    return actor.partner_id if actor.role == Role.ABRI else None


def record(session: Session, actor: Actor, subjects: Iterable[str | None], *, what: AccessWhat, source: str,
           call_id: int | None = None, orientation_id: int | None = None) -> None:
    """Append access rows (the SQLite path; on PostgreSQL the read functions write them)."""
    at = utcnow()
    rows = [{"at": at, "user_id": actor.user_id, "subject": s, "what": what.value, "source": source,
             "call_id": call_id, "orientation_id": orientation_id} for s in subjects]
    if rows:
        session.execute(insert(AccessLog), rows)


def person_linked_to_shelter(person_id: Any, partner_id: int | None) -> Any:
    """SQL condition: the person has a hold, an orientation or a refusal at the shelter `partner_id`."""
    return or_(
        exists().where(Hold.person_id == person_id, Hold.partner_id == partner_id),
        exists().where(Orientation.person_id == person_id, Orientation.partner_id == partner_id),
        exists().where(Refusal.person_id == person_id, Refusal.partner_id == partner_id),
    )


def call_linked_to_shelter(call_id: Any, partner_id: int | None) -> Any:
    """SQL condition: the call led to an orientation or a refusal at the shelter `partner_id`."""
    return or_(
        exists().where(Orientation.call_id == call_id, Orientation.partner_id == partner_id),
        exists().where(Refusal.call_id == call_id, Refusal.partner_id == partner_id),
    )


# ------------------------------------------------------------------------------------------ persons


def read_persons(session: Session, actor: Actor, *, what: AccessWhat, source: str, ids: Sequence[int] | None = None,
                 query: str | None = None, birth_year: int | None = None, limit: int = 20,
                 call_id: int | None = None, orientation_id: int | None = None) -> list[dict[str, Any]]:
    """Persons by id, or found by alias (contains, case-insensitive) and birth year, most recently seen
    first; logged one row per person returned. Shelter staff get only persons linked to their shelter,
    without the date of last contact."""
    limit = max(1, min(limit, MAX_SEARCH))
    shelter = _shelter(actor)
    if is_pg(session):
        rows = session.execute(
            text("SELECT * FROM relais_read_persons(:ids, :q, :year, :lim, :what, :source, :call, :orient, :shelter)"),
            {"ids": list(ids) if ids is not None else None, "q": query or None, "year": birth_year, "lim": limit,
             "what": what.value, "source": source, "call": call_id, "orient": orientation_id, "shelter": shelter},
        ).mappings().all()
        return [_aware(r) for r in rows]
    stmt = select(Person)
    if ids is not None:
        stmt = stmt.where(Person.id.in_(list(ids)))
    else:
        if query:
            pattern = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(func.lower(Person.alias).like(f"%{pattern}%", escape="\\"))
        if birth_year is not None:
            stmt = stmt.where(Person.birth_year == birth_year)
        stmt = stmt.limit(limit)
    if shelter is not None:
        stmt = stmt.where(person_linked_to_shelter(Person.id, shelter))
    stmt = stmt.order_by(Person.last_contact_at.desc().nulls_last(), Person.alias)
    found = list(session.execute(stmt).scalars())
    record(session, actor, (p.subject for p in found), what=what, source=source, call_id=call_id,
           orientation_id=orientation_id)
    return [{"id": p.id, "alias": p.alias, "birth_year": p.birth_year, "gender": p.gender, "children": p.children,
             "with_dog": p.with_dog, "wheelchair": p.wheelchair, "subject": p.subject,
             "last_contact_at": None if shelter is not None else p.last_contact_at} for p in found]


def person_exists(session: Session, person_id: int) -> bool:
    """Whether a person row exists (its id only: no personal value is read, nothing is logged)."""
    return session.execute(select(Person.id).where(Person.id == person_id)).first() is not None


def call_exists(session: Session, call_id: int) -> bool:
    return session.execute(select(Call.id).where(Call.id == call_id)).first() is not None


# -------------------------------------------------------------------------------------------- calls


def reads_no_call(session: Session, actor: Actor) -> bool:
    """Whether the server gives this session no call at all: a shelter's own login on PostgreSQL (which
    may not even select a call's id)."""
    return (actor.role == Role.ABRI and is_pg(session)
            and session.execute(text("SELECT relais_my_shelter()")).scalar() is not None)


def read_calls(session: Session, actor: Actor, ids: Sequence[int], *, what: AccessWhat, source: str,
               alias: str | None = None, limit: int = 10_000) -> list[dict[str, Any]]:
    """Calls by id with their person's alias, location and notes, newest first; logged one row per call
    (naming its person, if any). `alias` keeps only calls whose person's alias contains it.

    Shelter staff: on PostgreSQL their logins read no call at all; elsewhere the calls linked to their
    shelter, without location or notes."""
    limit = max(1, min(limit, 10_000))
    if not ids:
        return []
    shelter = _shelter(actor)
    if is_pg(session):
        rows = session.execute(
            text("SELECT * FROM relais_read_calls(:ids, :alias, :lim, :what, :source, :shelter)"),
            {"ids": list(ids), "alias": alias or None, "lim": limit, "what": what.value, "source": source,
             "shelter": shelter},
        ).mappings().all()
        return [_aware(r) for r in rows]
    stmt = (select(Call, Person.alias, Person.subject).outerjoin(Person, Person.id == Call.person_id)
            .where(Call.id.in_(list(ids))))
    if shelter is not None:
        stmt = stmt.where(call_linked_to_shelter(Call.id, shelter))
    if alias:
        pattern = alias.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(func.lower(Person.alias).like(f"%{pattern}%", escape="\\"))
    rows = session.execute(stmt.order_by(Call.received_at.desc(), Call.id.desc()).limit(limit)).all()
    out = []
    for c, person_alias, subject in rows:
        record(session, actor, [subject], what=what, source=source, call_id=c.id)
        out.append({"id": c.id, "received_at": c.received_at, "channel": c.channel, "caller_type": c.caller_type,
                    "person_id": c.person_id, "alias": person_alias,
                    "location": "" if shelter is not None else c.location, "needs": c.needs,
                    "notes": "" if shelter is not None else c.notes, "outcome": c.outcome,
                    "operator_id": c.operator_id, "created_at": c.created_at})
    return out


# ------------------------------------------------------------------------- orientations and refusals


def read_orientations(session: Session, actor: Actor, ids: Sequence[int], *, what: AccessWhat,
                      source: str) -> dict[int, tuple[str | None, str]]:
    """The person's alias and the note of orientations, by id; logged one row per orientation that names a
    person. Shelter staff get those of their own shelter only (the others are left out)."""
    if not ids:
        return {}
    shelter = _shelter(actor)
    if is_pg(session):
        rows = session.execute(text("SELECT * FROM relais_read_orientations(:ids, :what, :source, :shelter)"),
                               {"ids": list(ids), "what": what.value, "source": source, "shelter": shelter}).all()
        return {i: (alias, note) for i, alias, note in rows}
    stmt = (select(Orientation.id, Orientation.call_id, Orientation.note, Person.alias, Person.subject)
            .outerjoin(Person, Person.id == Orientation.person_id).where(Orientation.id.in_(list(ids))))
    if shelter is not None:
        stmt = stmt.where(Orientation.partner_id == shelter)
    out = {}
    for oid, call_id, note, alias, subject in session.execute(stmt.order_by(Orientation.id)).all():
        if subject is not None:
            record(session, actor, [subject], what=what, source=source, call_id=call_id, orientation_id=oid)
        out[oid] = (alias, note)
    return out


def read_refusal_notes(session: Session, actor: Actor, ids: Sequence[int], *, what: AccessWhat,
                       source: str) -> dict[int, str]:
    """The notes of refusals, by id; logged one row per refusal that names a person. Shelter staff get those
    of their own shelter only."""
    if not ids:
        return {}
    shelter = _shelter(actor)
    if is_pg(session):
        rows = session.execute(text("SELECT * FROM relais_read_refusals(:ids, :what, :source, :shelter)"),
                               {"ids": list(ids), "what": what.value, "source": source, "shelter": shelter}).all()
        return {i: note for i, note in rows}
    stmt = (select(Refusal.id, Refusal.call_id, Refusal.note, Person.subject)
            .outerjoin(Person, Person.id == Refusal.person_id).where(Refusal.id.in_(list(ids))))
    if shelter is not None:
        stmt = stmt.where(Refusal.partner_id == shelter)
    out = {}
    for rid, call_id, note, subject in session.execute(stmt.order_by(Refusal.id)).all():
        if subject is not None:
            record(session, actor, [subject], what=what, source=source, call_id=call_id)
        out[rid] = note
    return out
