"""The access log read back (by person, by account, by period) and a person's file exported on request.

Only administrators read the log and export a file (on PostgreSQL the server decides: `access_log` and
the functions of `store/pg_access.py` are admin's). Reading a person's log, or exporting their file, is
itself a person-level read and writes its own access row (what = audit, export).

A person is named in the log by their subject key; the log of a person is that of their subject and of
every subject merged into it (merges are ledger rows `person_merged`, after = {"subject": kept,
"merged_subject": dropped}).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from relais_desk.domain.enums import AccessWhat, Role
from relais_desk.domain.models import (
    AccessLog,
    AppUser,
    Call,
    Hold,
    LedgerEntry,
    Orientation,
    Person,
    Refusal,
)
from relais_desk.domain.nights import to_utc
from relais_desk.services import access, lookup
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotFound
from relais_desk.store import files, ledger
from relais_desk.store.database import Database
from relais_desk.store.pg_access import MERGED

AUDITORS = (Role.ADMIN,)
MAX_ROWS = 10_000


@dataclass(frozen=True)
class AccessRow:
    at: datetime
    user: str | None  # username; None for the system (command line, maintenance)
    subject: str | None
    what: str
    source: str
    call_id: int | None
    orientation_id: int | None

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["at"] = self.at.isoformat()
        return out


def _rows(session: Session, *conditions: Any, limit: int = MAX_ROWS) -> list[AccessRow]:
    stmt = (select(AccessLog, AppUser.username).outerjoin(AppUser, AppUser.id == AccessLog.user_id)
            .where(*conditions).order_by(AccessLog.at.desc(), AccessLog.id.desc()).limit(limit))
    return [AccessRow(a.at, username, a.subject, a.what, a.source, a.call_id, a.orientation_id)
            for a, username in session.execute(stmt).all()]


def _merged_subjects(session: Session, subject: str) -> list[str]:
    """The subject and, recursively, the subjects merged into it (SQLite; pg_access does it on the server)."""
    into: dict[str, list[str]] = {}
    for (after,) in session.execute(select(LedgerEntry.after).where(LedgerEntry.action == MERGED,
                                                                    LedgerEntry.entity == "person")).all():
        a = ledger.loads(after)
        if a.get("subject") and a.get("merged_subject"):
            into.setdefault(a["subject"], []).append(a["merged_subject"])
    found, todo = {subject}, [subject]
    while todo:
        for dropped in into.get(todo.pop(), []):
            if dropped not in found:
                found.add(dropped)
                todo.append(dropped)
    return sorted(found)


def _subjects(session: Session, actor: Actor, person_id: int, what: AccessWhat, source: str) -> list[str]:
    if access.is_pg(session):
        subjects = session.execute(text("SELECT relais_person_subjects(:p, :what, :source)"),
                                   {"p": person_id, "what": what.value, "source": source}).scalar()
    else:
        subject = session.execute(select(Person.subject).where(Person.id == person_id)).scalar()
        subjects = None
        if subject is not None:
            access.record(session, actor, [subject], what=what, source=source)
            subjects = _merged_subjects(session, subject)
    if subjects is None:
        raise NotFound.of("row_not_found", field="person", what="Personne", ref=person_id)
    return list(subjects)


def _since(since: date | None) -> datetime | None:
    return to_utc(datetime.combine(since, time(0))) if since is not None else None


def person_log(db: Database, person_id: object, *, actor: Actor, source: str,
               since: date | None = None) -> list[AccessRow]:
    """Who read this person's data (and that of records merged into it), newest first; logged (audit)."""
    actor.require(*AUDITORS)
    source = access.source_text(source)
    person_id = lookup.row_id(person_id, "person", "Personne")
    with db.write() as session:
        subjects = _subjects(session, actor, person_id, AccessWhat.AUDIT, source)
        lo = _since(since)
        return _rows(session, AccessLog.subject.in_(subjects), *([AccessLog.at >= lo] if lo else []))


def user_log(db: Database, username: object, *, actor: Actor, since: date | None = None) -> list[AccessRow]:
    """What one account read, newest first."""
    actor.require(*AUDITORS)
    name = lookup.text(username, "user", max_len=64, required=True, label="Compte")
    with db.read() as session:
        user_id = session.execute(select(AppUser.id).where(AppUser.username == name)).scalar()
        if user_id is None:
            raise NotFound.of("account_unknown", field="user", name=name)
        lo = _since(since)
        return _rows(session, AccessLog.user_id == user_id, *([AccessLog.at >= lo] if lo else []))


def period_log(db: Database, *, actor: Actor, start: date, end: date) -> list[AccessRow]:
    """Every read from the day `start` to the day `end` (Brussels calendar days, both included), newest first."""
    actor.require(*AUDITORS)
    if end < start:
        raise InvalidValue.of("period_end_before_start", field="end")
    lo = to_utc(datetime.combine(start, time(0)))
    hi = to_utc(datetime.combine(end + timedelta(days=1), time(0)))
    with db.read() as session:
        return _rows(session, AccessLog.at >= lo, AccessLog.at < hi)


# ------------------------------------------------------------------------------------------ export


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _table_rows(session: Session, model: Any, *conditions: Any, order: Any) -> list[dict[str, Any]]:
    columns = [c.name for c in model.__table__.columns]
    return [{c: _plain(getattr(row, c)) for c in columns}
            for row in session.execute(select(model).where(*conditions).order_by(*order)).scalars()]


def _file_sqlite(session: Session, actor: Actor, person_id: int, source: str) -> dict[str, Any] | None:
    subject = session.execute(select(Person.subject).where(Person.id == person_id)).scalar()
    if subject is None:
        return None
    access.record(session, actor, [subject], what=AccessWhat.EXPORT, source=source)
    return {
        "person": _table_rows(session, Person, Person.id == person_id, order=[Person.id])[0],
        "subjects": _merged_subjects(session, subject),
        "calls": _table_rows(session, Call, Call.person_id == person_id, order=[Call.received_at, Call.id]),
        "holds": _table_rows(session, Hold, Hold.person_id == person_id, order=[Hold.created_at, Hold.id]),
        "orientations": _table_rows(session, Orientation, Orientation.person_id == person_id,
                                    order=[Orientation.created_at, Orientation.id]),
        "refusals": _table_rows(session, Refusal, Refusal.person_id == person_id, order=[Refusal.at, Refusal.id]),
    }


def person_file(db: Database, person_id: object, *, actor: Actor, source: str) -> dict[str, Any]:
    """Everything held about a person (GDPR art. 15): their record, calls with notes, holds, orientations,
    refusals, and who accessed it; logged (export). Admin only."""
    actor.require(*AUDITORS)
    source = access.source_text(source)
    person_id = lookup.row_id(person_id, "person", "Personne")
    with db.write() as session:
        if access.is_pg(session):
            found = session.execute(text("SELECT relais_person_file(:p, :source)"),
                                    {"p": person_id, "source": source}).scalar()
        else:
            found = _file_sqlite(session, actor, person_id, source)
        if found is None:
            raise NotFound.of("row_not_found", field="person", what="Personne", ref=person_id)
        rows = _rows(session, AccessLog.subject.in_(found["subjects"]))
    return {"person": found["person"], "calls": found["calls"], "holds": found["holds"],
            "orientations": found["orientations"], "refusals": found["refusals"],
            "accesses": [r.as_json() for r in rows],
            "exported_at": _plain(datetime.now(UTC))}


def write_private_json(path: str | Path, value: Any, *, force: bool = False) -> Path:
    """Write `value` as JSON to a new file readable by its owner only (0600), like every file relais-desk
    writes (`store.files`): an existing file is refused unless `force`, a symbolic link always is."""
    data = (json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")
    return files.write_private(Path(path), data, overwrite=force, field="out")
