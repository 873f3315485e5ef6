"""Orientations: a referral of a person to any partner. A bed orientation carries its hold.

Lifecycle: proposée → confirmée → arrivée / absente / annulée / refusée (by the person or the
service). A bed orientation starts *confirmée* (the bed is held); closing it closes its hold in the
same transaction, so the board and *Mon abri* follow at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import AccessWhat, HoldStatus, LedgerAction, OrientationStatus, Role
from relais_desk.domain.labels import ORIENTATION_STATUSES
from relais_desk.domain.models import BedCategory, Hold, Orientation, Partner
from relais_desk.domain.nights import moment
from relais_desk.domain.profiles import Profile
from relais_desk.services import access, beds, lookup, persons
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, InvalidValue, NotFound
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database

S = OrientationStatus
OPEN = (S.PROPOSEE.value, S.CONFIRMEE.value)
TRANSITIONS: dict[str, set[str]] = {
    S.PROPOSEE.value: {S.CONFIRMEE.value, S.ARRIVEE.value, S.ABSENTE.value, S.ANNULEE.value,
                       S.REFUSEE_PERSONNE.value, S.REFUSEE_SERVICE.value},
    S.CONFIRMEE.value: {S.ARRIVEE.value, S.ABSENTE.value, S.ANNULEE.value, S.REFUSEE_PERSONNE.value,
                        S.REFUSEE_SERVICE.value},
}
# What happens to the hold of a bed orientation when it reaches a final status.
HOLD_OUTCOME = {
    S.ARRIVEE.value: (HoldStatus.ARRIVED, LedgerAction.HOLD_ARRIVED),
    S.ABSENTE.value: (HoldStatus.EXPIRED, LedgerAction.HOLD_EXPIRED),
    S.ANNULEE.value: (HoldStatus.RELEASED, LedgerAction.HOLD_RELEASED),
    S.REFUSEE_PERSONNE.value: (HoldStatus.RELEASED, LedgerAction.HOLD_RELEASED),
    S.REFUSEE_SERVICE.value: (HoldStatus.RELEASED, LedgerAction.HOLD_RELEASED),
}


@dataclass(frozen=True)
class OrientationInfo:
    orientation_id: int
    call_id: int | None
    person_id: int | None
    alias: str | None
    partner_id: int
    partner: str
    partner_kind: str
    category: str | None
    category_fr: str | None
    hold_id: int | None
    night: date | None
    deadline: datetime | None
    status: str
    note: str
    created_at: datetime
    updated_at: datetime
    category_en: str | None = None

    @property
    def status_fr(self) -> str:
        return ORIENTATION_STATUSES.fr(self.status)


def _ledger(session: Session, o: Any, action: LedgerAction, actor: Actor, at: datetime,
            before: dict[str, Any] | None, after: dict[str, Any]) -> None:
    ledger.append(session, action=action.value, entity="orientation", entity_id=o.id, user_id=actor.user_id,
                  before=before, after=after, partner_id=o.partner_id, category_id=o.category_id, night=o.night,
                  at=at)
    changes.announce(session, "orientation", o.id)


def created_after(status: str, call_id: int | None, hold_id: int | None = None) -> dict[str, Any]:
    """A new orientation's ledger after; a bed orientation names its hold."""
    after: dict[str, Any] = {"status": status, "call_id": call_id}
    if hold_id is not None:
        after["hold_id"] = hold_id
    return after


def _check_links(session: Session, call_id: int | None, person_id: int | None) -> None:
    if call_id is not None and not access.call_exists(session, lookup.row_id(call_id, "call", "Appel")):
        raise NotFound.of("row_not_found", field="call", what="Appel", ref=call_id)
    if person_id is not None and not access.person_exists(session, lookup.row_id(person_id, "person", "Personne")):
        raise NotFound.of("row_not_found", field="person", what="Personne", ref=person_id)


def orient_to_bed_in_session(
    session: Session, *, shelter: str | int, category: str | int, actor: Actor, person_id: int | None = None,
    call_id: int | None = None, deadline: datetime | None = None, note: object = "", now: datetime | None = None,
    profile: Profile | None = None,
) -> int:
    """A bed orientation with its hold; with the person's `profile`, beds that do not take it are refused."""
    actor.require(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN, Role.ABRI)
    note_v = lookup.text(note, "note", max_len=500, label="Remarque")
    _check_links(session, call_id, person_id)
    held = beds.hold_in_session(session, shelter=shelter, category=category, actor=actor, deadline=deadline,
                                person_id=person_id, profile=profile, now=now)
    at = moment(now)
    o = Orientation(call_id=call_id, person_id=person_id, partner_id=held.partner_id, category_id=held.category_id,
                    hold_id=held.hold_id, night=held.night, status=S.CONFIRMEE.value, deadline=held.deadline,
                    note=note_v, created_at=at, created_by=actor.user_id, updated_at=at)
    session.add(o)
    session.flush()
    _ledger(session, o, LedgerAction.ORIENTATION_CREATED, actor, at, None, created_after(o.status, call_id, o.hold_id))
    persons.touch(session, person_id, at)
    return o.id


def orient_to_bed(db: Database, *, source: str, **kwargs: Any) -> OrientationInfo:
    """Hold a bed and orient the person to it, atomically. Raises NoBedAvailable when the bed went."""
    source = access.source_text(source)
    with db.write() as session:
        oid = orient_to_bed_in_session(session, **kwargs)
        return _infos(session, select(Orientation.id).where(Orientation.id == oid), kwargs["actor"], source)[0]


def orient_to_partner_in_session(
    session: Session, *, partner: str | int, actor: Actor, person_id: int | None = None, call_id: int | None = None,
    note: object = "", now: datetime | None = None,
) -> int:
    actor.require(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN, Role.ABRI)
    note_v = lookup.text(note, "note", max_len=500, label="Remarque")
    _check_links(session, call_id, person_id)
    p = lookup.shelter(session, partner, field="partner")
    if not p.active:
        raise InvalidValue.of("partner_inactive", field="partner", shelter=p.name)
    at = moment(now)
    o = Orientation(call_id=call_id, person_id=person_id, partner_id=p.id, status=S.PROPOSEE.value, note=note_v,
                    created_at=at, created_by=actor.user_id, updated_at=at)
    session.add(o)
    session.flush()
    _ledger(session, o, LedgerAction.ORIENTATION_CREATED, actor, at, None, created_after(o.status, call_id))
    persons.touch(session, person_id, at)
    return o.id


def orient_to_partner(db: Database, *, source: str, **kwargs: Any) -> OrientationInfo:
    """A referral without a bed (day centre, food aid, health, housing…): starts *proposée*."""
    source = access.source_text(source)
    with db.write() as session:
        oid = orient_to_partner_in_session(session, **kwargs)
        return _infos(session, select(Orientation.id).where(Orientation.id == oid), kwargs["actor"], source)[0]


def set_status(db: Database, orientation_id: int, status: object, *, actor: Actor, source: str,
               now: datetime | None = None) -> OrientationInfo:
    """Move an orientation along its lifecycle; its hold (if any) follows in the same transaction."""
    actor.require(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN, Role.ABRI)
    source = access.source_text(source)
    new = lookup.choice(S, status, "status", label="Statut").value
    at = moment(now)
    orientation_id = lookup.row_id(orientation_id, "orientation", "Orientation")
    with db.write() as session:
        o = _row(session, orientation_id)
        if o is None:
            raise NotFound.of("row_not_found", field="orientation", what="Orientation", ref=orientation_id)
        partner = session.get(Partner, o.partner_id)
        actor.require_shelter(partner.id, partner.name)
        if new not in TRANSITIONS.get(o.status, set()):
            raise Conflict.of("orientation_status_final", field="status", status=o.status, new_status=new)
        if o.hold_id is not None and new in HOLD_OUTCOME:
            hold_status, action = HOLD_OUTCOME[new]
            if beds._close_hold(session, o.hold_id, hold_status, action, actor, at, check_shelter=False) is None:
                raise Conflict.of("orientation_hold_gone", field="status")
        before = o.status
        # Conditional on the status just read: of two workstations closing the same referral, one wins.
        if session.execute(update(Orientation).where(Orientation.id == o.id, Orientation.status == before)
                           .values(status=new, updated_at=at)).rowcount != 1:
            raise Conflict.of("orientation_changed_elsewhere",
                           field="status")
        _ledger(session, o, LedgerAction.ORIENTATION_STATUS, actor, at, {"status": before}, {"status": new})
        return _infos(session, select(Orientation.id).where(Orientation.id == o.id), actor, source)[0]


def ledger_status(session: Session, o: Any, actor: Actor, at: datetime, before: str, after: str, *,
                  undone: bool = False) -> None:
    """The ledger row of a status change (`undone`: a mistaken arrival or absence taken back)."""
    _ledger(session, o, LedgerAction.ORIENTATION_STATUS, actor, at, {"status": before},
            {"status": after, "undone": True} if undone else {"status": after})


def row(session: Session, orientation_id: int) -> Any:
    """An orientation's links and status (no note)."""
    return _row(session, orientation_id)


def list_infos(session: Session, stmt: Any, actor: Actor, source: str) -> list[OrientationInfo]:
    """The orientations whose ids `stmt` selects, with alias and note: a logged read (access)."""
    return _infos(session, stmt, actor, source)


def _row(session: Session, orientation_id: int) -> Any:
    """An orientation's links and status, without its note (which only the logged read returns)."""
    o = Orientation
    return session.execute(select(o.id, o.call_id, o.person_id, o.partner_id, o.category_id, o.hold_id, o.night,
                                  o.status).where(o.id == orientation_id)).first()


def _infos(session: Session, stmt: Any, actor: Actor, source: str) -> list[OrientationInfo]:
    """Orientations with their person's alias and their note: a person-level read, logged (access)."""
    sub = stmt.subquery()
    o = Orientation
    rows = session.execute(
        select(o.id, o.call_id, o.person_id, o.partner_id, Partner.name, Partner.kind, BedCategory.code,
               BedCategory.label_fr, o.hold_id, o.night, o.deadline, o.status, o.created_at, o.updated_at,
               BedCategory.label_en)
        .join(sub, sub.c.id == o.id)
        .join(Partner, Partner.id == o.partner_id)
        .outerjoin(BedCategory, BedCategory.id == o.category_id)
        .order_by(o.created_at.desc(), o.id.desc())
    ).all()
    # a shelter gets the alias and note of its own orientations only
    details = access.read_orientations(session, actor, [r.id for r in rows], what=AccessWhat.ORIENTATION,
                                       source=source)
    out = []
    for r in rows:
        alias, note = details.get(r.id, (None, ""))
        out.append(OrientationInfo(r.id, r.call_id, r.person_id, alias, r.partner_id, r.name, r.kind, r.code,
                                   r.label_fr, r.hold_id, r.night, r.deadline, r.status, note, r.created_at,
                                   r.updated_at, r.label_en))
    return out


def list_orientations(db: Database, *, actor: Actor, source: str, call_id: int | None = None,
                      partner_id: int | None = None, night: date | None = None,
                      statuses: tuple[str, ...] | None = None, limit: int = 500) -> list[OrientationInfo]:
    source = access.source_text(source)
    with db.write() as session:  # the read writes its access rows
        return list_in_session(session, actor=actor, source=source, call_id=call_id, partner_id=partner_id,
                               night=night, statuses=statuses, limit=limit)


def list_in_session(session: Session, *, actor: Actor, source: str, call_id: int | None = None,
                    partner_id: int | None = None, night: date | None = None,
                    statuses: tuple[str, ...] | None = None, limit: int = 500) -> list[OrientationInfo]:
    stmt = select(Orientation.id)
    if call_id is not None:
        stmt = stmt.where(Orientation.call_id == call_id)
    if partner_id is not None:
        stmt = stmt.where(Orientation.partner_id == partner_id)
    if night is not None:
        stmt = stmt.where(Orientation.night == night)
    if statuses:
        stmt = stmt.where(Orientation.status.in_(statuses))
    stmt = stmt.order_by(Orientation.created_at.desc()).limit(limit)
    return _infos(session, stmt, actor, source)


def expected_arrivals(db: Database, partner_id: int, *, actor: Actor, source: str) -> list[OrientationInfo]:
    """Open bed orientations of a shelter with an active hold: who is expected tonight, soonest first."""
    source = access.source_text(source)
    with db.write() as session:
        stmt = (select(Orientation.id).join(Hold, Hold.id == Orientation.hold_id)
                .where(Orientation.partner_id == partner_id, Hold.status == HoldStatus.ACTIVE.value,
                       Orientation.status.in_(OPEN)))
        return sorted(_infos(session, stmt, actor, source), key=lambda o: o.deadline or o.created_at)
