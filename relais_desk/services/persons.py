"""Pseudonymous persons: an alias, a birth year, a gender and needs flags — nothing that identifies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, text, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import AccessWhat, Gender, LedgerAction, Role
from relais_desk.domain.models import Person
from relais_desk.domain.nights import moment
from relais_desk.services import access, lookup
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotFound
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database


@dataclass(frozen=True)
class PersonInfo:
    person_id: int
    alias: str
    birth_year: int | None
    gender: str
    children: int
    with_dog: bool
    wheelchair: bool
    last_contact_at: datetime | None


def _info(p: dict[str, Any]) -> PersonInfo:
    return PersonInfo(p["id"], p["alias"], p["birth_year"], p["gender"], p["children"], p["with_dog"],
                      p["wheelchair"], p["last_contact_at"])


def validate(fields: dict[str, object], *, now: datetime | None = None) -> dict[str, object]:
    """Clean person fields; raises InvalidValue naming the field."""
    out: dict[str, object] = {}
    if "alias" in fields:
        out["alias"] = lookup.text(fields["alias"], "alias", max_len=80, required=True, label="Pseudonyme")
    if "birth_year" in fields:
        year = fields["birth_year"]
        if year in (None, ""):
            out["birth_year"] = None
        else:
            value = lookup.count(year, "birth_year", label="Année de naissance", maximum=3000)
            this_year = moment(now).year
            if not this_year - 110 <= value <= this_year:
                raise InvalidValue.of("birth_year_implausible", field="birth_year", value=value,
                                      lowest=this_year - 110, highest=this_year)
            out["birth_year"] = value
    if "gender" in fields:
        out["gender"] = lookup.choice(Gender, fields["gender"] or "inconnu", "gender", label="Genre").value
    if "children" in fields:
        out["children"] = lookup.count(fields["children"] or 0, "children", label="Enfants", maximum=20)
    for key in ("with_dog", "wheelchair"):
        if key in fields:
            out[key] = bool(fields[key])
    return out


def saved_after(subject: str, values: dict[str, object]) -> dict[str, object]:
    """A saved person's ledger after: their random subject and which fields were written, never a value."""
    return {"subject": subject, "fields": sorted(values)}


def _ledger(session: Session, subject: str, values: dict[str, object], actor: Actor | None, at: datetime) -> None:
    # Which fields changed, under the person's random subject, never a value nor the person's id: the
    # ledger outlives the person (retention purge, erasure) and must then name nobody.
    ledger.append(session, action=LedgerAction.PERSON_SAVED.value, entity="person", entity_id=None,
                  user_id=actor.user_id if actor else None,
                  after=saved_after(subject, values), at=at)
    changes.announce(session, "person")


def touch(session: Session, person_id: int | None, at: datetime) -> None:
    """A contact with the person (call, hold, orientation, refusal) at `at`: what the retention limit counts from."""
    if person_id is None:
        return
    if access.is_pg(session):  # accounts cannot read last_contact_at: the server moves it
        session.execute(text("SELECT relais_person_touch(:p, :at)"), {"p": person_id, "at": at})
        return
    session.execute(update(Person).where(Person.id == person_id,
                                         or_(Person.last_contact_at.is_(None), Person.last_contact_at < at))
                    .values(last_contact_at=at))


def create_in_session(session: Session, fields: dict[str, object], *, actor: Actor | None = None,
                      now: datetime | None = None) -> Person:
    values = validate({"gender": "inconnu", "children": 0, "birth_year": None, **fields}, now=now)
    if "alias" not in values:
        raise InvalidValue.of("required", field="alias", label="Pseudonyme")
    at = moment(now)
    person = Person(created_at=at, last_contact_at=at, **values)
    session.add(person)
    session.flush()
    _ledger(session, person.subject, values, actor, at)
    return person


def update_in_session(session: Session, person_id: object, fields: dict[str, object], *, actor: Actor,
                      source: str, now: datetime | None = None) -> PersonInfo:
    """Change what the network knows of a person; only the fields that differ are written (and ledgered).

    Reading the current values to compare is a read of the person's record, logged like any other."""
    values = validate(fields, now=now)
    person_id = lookup.row_id(person_id, "person", "Personne")
    found = access.read_persons(session, actor, ids=[person_id], what=AccessWhat.PERSON, source=source)
    if not found:
        raise NotFound.of("row_not_found", field="person", what="Personne", ref=person_id)
    current = found[0]
    changed = {k: v for k, v in values.items() if current[k] != v}
    if changed:
        session.execute(update(Person).where(Person.id == person_id).values(**changed))
        _ledger(session, current["subject"], changed, actor, moment(now))
    return _info({**current, **changed})


def create_person(db: Database, *, actor: Actor, now: datetime | None = None, **fields: object) -> PersonInfo:
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    with db.write() as session:
        p = create_in_session(session, fields, actor=actor, now=now)
        return PersonInfo(p.id, p.alias, p.birth_year, p.gender, p.children, p.with_dog, p.wheelchair,
                          p.last_contact_at)


def update_person(db: Database, person_id: int, *, actor: Actor, source: str, **fields: object) -> PersonInfo:
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    source = access.source_text(source)
    with db.write() as session:
        return update_in_session(session, person_id, fields, actor=actor, source=source)


READERS = (Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)


def search_persons(db: Database, query: object = "", *, actor: Actor, source: str, birth_year: object = None,
                   limit: int = 20) -> list[PersonInfo]:
    """Persons whose alias contains `query` (case-insensitive), most recently seen first; each one found is
    an access-log row (what = search).

    Shelter staff (`abri`) find only the persons linked to their shelter (a hold, an orientation or a refusal there).
    """
    actor.require(*READERS)
    source = access.source_text(source)
    text = lookup.text(query, "alias", max_len=80, label="Recherche")
    year = None if birth_year in (None, "") else lookup.count(birth_year, "birth_year", maximum=3000)
    with db.write() as session:  # the read writes its access rows
        found = access.read_persons(session, actor, what=AccessWhat.SEARCH, source=source, query=text or None,
                                    birth_year=year, limit=limit)
        return [_info(p) for p in found]


def get_person(db: Database, person_id: int, *, actor: Actor, source: str) -> PersonInfo:
    """One person (an access-log row); for shelter staff, only one linked to their shelter (any other is
    'introuvable', like a missing one)."""
    actor.require(*READERS)
    source = access.source_text(source)
    person_id = lookup.row_id(person_id, "person", "Personne")
    with db.write() as session:
        found = access.read_persons(session, actor, ids=[person_id], what=AccessWhat.PERSON, source=source)
        if not found:
            raise NotFound.of("row_not_found", field="person", what="Personne", ref=person_id)
        return _info(found[0])
