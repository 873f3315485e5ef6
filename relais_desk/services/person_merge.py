"""Merging two records of the same person (the hotline created a second one): coordination and admin.

The events of the dropped record (calls, holds, orientations, refusals) move to the kept one, the
dropped person row is deleted, and the ledger says which random subjects were merged, never an id
nor a value. On PostgreSQL the server does it (`relais_person_merge`, store.pg_retention).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, text, update

from relais_desk.domain.enums import LedgerAction, Role
from relais_desk.domain.models import Call, Hold, Orientation, Person, Refusal
from relais_desk.domain.nights import moment
from relais_desk.services import lookup, retention
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotFound
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database


def merge_persons(db: Database, keep_id: object, drop_id: object, *, actor: Actor,
                  now: datetime | None = None) -> None:
    """Keep `keep_id`, fold `drop_id` into it (its profile is dropped; its events are the kept person's now)."""
    actor.require(Role.COORDINATION, Role.ADMIN)
    keep = lookup.row_id(keep_id, "keep", "Personne à garder")
    drop = lookup.row_id(drop_id, "drop", "Personne à fusionner")
    if keep == drop:
        raise InvalidValue.of("merge_same_record", field="drop")
    if not db.is_sqlite:
        with db.write() as session:
            session.execute(text("SELECT relais_person_merge(:k, :d)"), {"k": keep, "d": drop})
        return
    at = moment(now)
    with db.write() as session:
        kept, dropped = session.get(Person, keep), session.get(Person, drop)
        for pid, person, field in ((keep, kept, "keep"), (drop, dropped, "drop")):
            if person is None:
                raise NotFound.of("row_not_found", field=field, what="Personne", ref=pid)
        for model in (Call, Hold, Orientation, Refusal):
            session.execute(update(model).where(model.person_id == drop).values(person_id=keep))
        contacts = [t for t in (kept.last_contact_at, dropped.last_contact_at) if t is not None]
        kept.last_contact_at = max(contacts) if contacts else None
        subjects = {"subject": kept.subject, "merged_subject": dropped.subject}
        session.flush()
        retention.forget_announcements(session, drop)
        session.execute(delete(Person).where(Person.id == drop))
        ledger.append(session, action=LedgerAction.PERSON_MERGED.value, entity="person", entity_id=None,
                      user_id=actor.user_id, after=subjects, at=at)
        changes.announce(session, "person")
