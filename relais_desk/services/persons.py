"""Pseudonymous persons: an alias, a birth year, a gender and needs flags — nothing that identifies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import Gender, LedgerAction, Role
from relais_desk.domain.models import Hold, Orientation, Person, Refusal
from relais_desk.domain.nights import moment
from relais_desk.services import lookup
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


def _info(p: Person) -> PersonInfo:
    return PersonInfo(p.id, p.alias, p.birth_year, p.gender, p.children, p.with_dog, p.wheelchair, p.last_contact_at)


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
                raise InvalidValue(f"Année de naissance : {value} n'est pas plausible "
                                   f"(entre {this_year - 110} et {this_year}).", field="birth_year")
            out["birth_year"] = value
    if "gender" in fields:
        try:
            out["gender"] = Gender(str(fields["gender"] or "inconnu")).value
        except ValueError as exc:
            raise InvalidValue("Genre : femme, homme, autre ou inconnu.", field="gender") from exc
    if "children" in fields:
        out["children"] = lookup.count(fields["children"] or 0, "children", label="Enfants", maximum=20)
    for key in ("with_dog", "wheelchair"):
        if key in fields:
            out[key] = bool(fields[key])
    return out


def _ledger(session: Session, person: Person, values: dict[str, object], actor: Actor | None, at: datetime) -> None:
    # Which fields changed, under the person's random subject, never a value nor the person's id: the
    # ledger outlives the person (retention purge, erasure) and must then name nobody.
    ledger.append(session, action=LedgerAction.PERSON_SAVED.value, entity="person", entity_id=None,
                  user_id=actor.user_id if actor else None,
                  after={"subject": person.subject, "fields": sorted(values)}, at=at)
    changes.announce(session, "person")


def touch(session: Session, person_id: int | None, at: datetime) -> None:
    """A contact with the person (call, hold, orientation, refusal) at `at`: what the retention limit counts from."""
    if person_id is None:
        return
    session.execute(update(Person).where(Person.id == person_id,
                                         or_(Person.last_contact_at.is_(None), Person.last_contact_at < at))
                    .values(last_contact_at=at))


def create_in_session(session: Session, fields: dict[str, object], *, actor: Actor | None = None,
                      now: datetime | None = None) -> Person:
    values = validate({"gender": "inconnu", "children": 0, "birth_year": None, **fields}, now=now)
    if "alias" not in values:
        raise InvalidValue("Pseudonyme : ce champ est obligatoire.", field="alias")
    at = moment(now)
    person = Person(created_at=at, last_contact_at=at, **values)
    session.add(person)
    session.flush()
    _ledger(session, person, values, actor, at)
    return person


def update_in_session(session: Session, person_id: object, fields: dict[str, object], *, actor: Actor | None,
                      now: datetime | None = None) -> Person:
    """Change what the network knows of a person; only the fields that differ are written (and ledgered)."""
    values = validate(fields, now=now)
    person_id = lookup.row_id(person_id, "person", "Personne")
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(f"Personne n° {person_id} introuvable.", field="person")
    changed = {k: v for k, v in values.items() if getattr(person, k) != v}
    if changed:
        for key, value in changed.items():
            setattr(person, key, value)
        session.flush()
        _ledger(session, person, changed, actor, moment(now))
    return person


def create_person(db: Database, *, actor: Actor, now: datetime | None = None, **fields: object) -> PersonInfo:
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    with db.write() as session:
        return _info(create_in_session(session, fields, actor=actor, now=now))


def update_person(db: Database, person_id: int, *, actor: Actor, **fields: object) -> PersonInfo:
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    with db.write() as session:
        return _info(update_in_session(session, person_id, fields, actor=actor))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


READERS = (Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)


def linked_to_shelter(person_id: object, partner_id: int | None) -> object:
    """SQL condition: the person has a hold, an orientation or a refusal at the shelter `partner_id`."""
    return or_(
        exists().where(Hold.person_id == person_id, Hold.partner_id == partner_id),
        exists().where(Orientation.person_id == person_id, Orientation.partner_id == partner_id),
        exists().where(Refusal.person_id == person_id, Refusal.partner_id == partner_id),
    )


def search_persons(db: Database, query: object = "", *, actor: Actor, birth_year: object = None,
                   limit: int = 20) -> list[PersonInfo]:
    """Persons whose alias contains `query` (case-insensitive), most recently seen first.

    Shelter staff (`abri`) find only the persons linked to their shelter (a hold, an orientation or a refusal there).
    """
    actor.require(*READERS)
    text = lookup.text(query, "alias", max_len=80, label="Recherche")
    year = None if birth_year in (None, "") else lookup.count(birth_year, "birth_year", maximum=3000)
    with db.read() as session:
        stmt = select(Person)
        if actor.role == Role.ABRI:
            stmt = stmt.where(linked_to_shelter(Person.id, actor.partner_id))
        if text:
            stmt = stmt.where(func.lower(Person.alias).like(f"%{_escape_like(text.lower())}%", escape="\\"))
        if year is not None:
            stmt = stmt.where(Person.birth_year == year)
        stmt = stmt.order_by(Person.last_contact_at.desc().nulls_last(), Person.alias).limit(max(1, min(limit, 200)))
        return [_info(p) for p in session.execute(stmt).scalars()]


def get_person(db: Database, person_id: int, *, actor: Actor) -> PersonInfo:
    """One person; for shelter staff, only one linked to their shelter (any other is 'introuvable', like a missing one)."""
    actor.require(*READERS)
    person_id = lookup.row_id(person_id, "person", "Personne")
    with db.read() as session:
        stmt = select(Person).where(Person.id == person_id)
        if actor.role == Role.ABRI:
            stmt = stmt.where(linked_to_shelter(Person.id, actor.partner_id))
        person = session.execute(stmt).scalar_one_or_none()
        if person is None:
            raise NotFound(f"Personne n° {person_id} introuvable.", field="person")
        return _info(person)
