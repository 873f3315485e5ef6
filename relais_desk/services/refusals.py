"""Refusals faute de place: unmet demand, from a call or at a shelter's door, with its reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import aliased

from relais_desk.domain.enums import AccessWhat, LedgerAction, RefusalReason, RefusalSource, Role
from relais_desk.domain.models import AppUser, BedCategory, Partner, Refusal
from relais_desk.domain.nights import moment, night_of
from relais_desk.services import access, lookup, persons
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, InvalidValue, NotAllowed, NotFound, UndoTooLate
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database


@dataclass(frozen=True)
class RefusalInfo:
    refusal_id: int
    at: datetime
    night: date
    source: str
    reason: str
    category: str
    shelter: str | None
    call_id: int | None
    note: str


def _reason(value: object) -> RefusalReason:
    return lookup.choice(RefusalReason, value, "reason", label="Motif de refus")


def ledger_after(reason: str, source: str, call_id: int | None, category: str) -> dict[str, Any]:
    """A recorded refusal's ledger after (the category by its code)."""
    return {"reason": reason, "source": source, "call_id": call_id, "category": category}


def record_refusal(
    db: Database,
    *,
    category: str | int,
    reason: object,
    actor: Actor,
    partner: str | int | None = None,
    call_id: int | None = None,
    person_id: int | None = None,
    note: object = "",
    now: datetime | None = None,
) -> RefusalInfo:
    """Record one refusal. At a shelter's door (no call) it names the shelter; from a call it names the call."""
    actor.require(Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)
    the_reason = _reason(reason)
    note_v = lookup.text(note, "note", max_len=500, label="Remarque")
    at = moment(now)
    with db.write() as session:
        cat: BedCategory = lookup.category(session, category)
        shelter: Partner | None = None
        if partner not in (None, ""):
            shelter = lookup.shelter(session, partner, field="partner")
            actor.require_shelter(shelter.id, shelter.name)
        elif actor.role == Role.ABRI:
            shelter = session.get(Partner, actor.partner_id)
        bad_call = call_id is not None and not access.call_exists(session, lookup.row_id(call_id, "call", "Appel"))
        if call_id is not None and bad_call:
            raise NotFound.of("row_not_found", field="call", what="Appel", ref=str(call_id)[:20])
        if call_id is None and shelter is None:
            raise InvalidValue.of("refusal_needs_call_or_shelter", field="partner")
        source = RefusalSource.CALL if call_id is not None else RefusalSource.DOOR
        refusal = Refusal(at=at, night=night_of(at), source=source.value, reason=the_reason.value,
                          call_id=call_id, partner_id=shelter.id if shelter else None, category_id=cat.id,
                          person_id=person_id, note=note_v, recorded_by=actor.user_id)
        session.add(refusal)
        session.flush()
        persons.touch(session, person_id, at)
        ledger.append(session, action=LedgerAction.REFUSAL_RECORDED.value, entity="refusal", entity_id=refusal.id,
                      user_id=actor.user_id, after=ledger_after(the_reason.value, source.value, call_id, cat.code),
                      partner_id=refusal.partner_id, category_id=cat.id, night=refusal.night, at=at)
        changes.announce(session, "refusal", refusal.id)
        return RefusalInfo(refusal.id, at, refusal.night, source.value, the_reason.value, cat.code,
                           shelter.name if shelter else None, call_id, note_v)


def refusals_of_night(db: Database, night: date, *, actor: Actor, source: str,
                      partner_id: int | None = None) -> list[RefusalInfo]:
    """A night's refusals; their notes are a logged read (access) for the refusals that name a person."""
    source = access.source_text(source)
    with db.write() as session:
        stmt = (select(Refusal.id, Refusal.at, Refusal.night, Refusal.source, Refusal.reason, Refusal.call_id,
                       BedCategory.code, Partner.name)
                .join(BedCategory, BedCategory.id == Refusal.category_id)
                .outerjoin(Partner, Partner.id == Refusal.partner_id)
                .where(Refusal.night == night).order_by(Refusal.at))
        if partner_id is not None:
            stmt = stmt.where(Refusal.partner_id == partner_id)
        rows = session.execute(stmt).all()
        notes = access.read_refusal_notes(session, actor, [r.id for r in rows], what=AccessWhat.REFUSAL,
                                          source=source)
        return [RefusalInfo(r.id, r.at, r.night, r.source, r.reason, r.code, r.name, r.call_id, notes.get(r.id, ""))
                for r in rows]


# ------------------------------------------------------------------------ door refusals of tonight


def counted(model: Any = Refusal, at: datetime | None = None) -> Any:
    """The SQL condition of a refusal that counts: not withdrawn (or, as of a past moment `at`, not yet).

    Every figure (census, closed nights, statistics) counts refusals through it: a withdrawn refusal
    was a mistaken entry."""
    if at is None:
        return model.withdrawn_at.is_(None)
    return model.withdrawn_at.is_(None) | (model.withdrawn_at > at)


@dataclass(frozen=True)
class DoorRefusal:
    """A refusal at a shelter's door as *Mon abri* lists it (no note: that is a logged read)."""

    refusal_id: int
    at: datetime
    night: date
    reason: str
    category: str  # code
    category_fr: str
    recorded_by: str  # the account's display name, or its username
    withdrawn_at: datetime | None
    withdrawn_by: str | None
    category_en: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


def _who(name: str | None, username: str | None) -> str | None:
    return name or username or None


def door_refusals_tonight(db: Database, partner_id: int, *, actor: Actor,
                          now: datetime | None = None) -> list[DoorRefusal]:
    """Tonight's refusals at the door of shelter `partner_id`, withdrawn ones included (marked), in order."""
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN)
    partner_id = lookup.row_id(partner_id, "partner", "Abri")
    night = night_of(moment(now))
    recorder, withdrawer = aliased(AppUser), aliased(AppUser)
    with db.read() as session:
        shelter = session.get(Partner, partner_id)
        if shelter is None:
            raise NotFound.of("row_not_found", field="partner", what="Abri", ref=partner_id)
        actor.require_shelter(shelter.id, shelter.name)
        rows = session.execute(
            select(Refusal.id, Refusal.at, Refusal.night, Refusal.reason, BedCategory.code, BedCategory.label_fr,
                   recorder.display_name, recorder.username, Refusal.withdrawn_at, withdrawer.display_name,
                   withdrawer.username, BedCategory.label_en)
            .join(BedCategory, BedCategory.id == Refusal.category_id)
            .outerjoin(recorder, recorder.id == Refusal.recorded_by)
            .outerjoin(withdrawer, withdrawer.id == Refusal.withdrawn_by)
            .where(Refusal.partner_id == partner_id, Refusal.night == night,
                   Refusal.source == RefusalSource.DOOR.value)
            .order_by(Refusal.at, Refusal.id)).all()
    return [DoorRefusal(r[0], r[1], r[2], r[3], r[4], r[5], _who(r[6], r[7]) or "système", r[8],
                        _who(r[9], r[10]) if r[8] is not None else None, r[11]) for r in rows]


def withdraw_refusal(db: Database, refusal_id: int, *, actor: Actor, now: datetime | None = None) -> DoorRefusal:
    """Withdraw a door refusal recorded by mistake, until its night closes: the row stays, marked, ledgered,
    and no figure counts it any more. Raises `UndoTooLate` once the night is closed."""
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN)
    refusal_id = lookup.row_id(refusal_id, "refusal", "Refus")
    at = moment(now)
    with db.write() as session:
        r = session.execute(select(Refusal.id, Refusal.night, Refusal.source, Refusal.reason, Refusal.partner_id,
                                   Refusal.category_id, Refusal.withdrawn_at, Refusal.call_id)
                            .where(Refusal.id == refusal_id)).first()
        if r is None or r.partner_id is None:
            raise NotFound.of("row_not_found", field="refusal", what="Refus", ref=refusal_id)
        shelter = session.get(Partner, r.partner_id)
        actor.require_shelter(shelter.id, shelter.name)
        if r.source != RefusalSource.DOOR.value:
            raise NotAllowed.of("refusal_of_a_call", field="refusal")
        if r.withdrawn_at is not None:
            raise Conflict.of("refusal_already_withdrawn", field="refusal", refusal_id=refusal_id)
        if r.night != night_of(at):
            raise UndoTooLate.of("refusal_night_closed", field="refusal", night=r.night)
        # conditional on "not withdrawn yet": of two workstations withdrawing it, one does
        if session.execute(update(Refusal).where(Refusal.id == refusal_id, Refusal.withdrawn_at.is_(None))
                           .values(withdrawn_at=at, withdrawn_by=actor.user_id)).rowcount != 1:
            raise Conflict.of("refusal_withdrawn_elsewhere", field="refusal", refusal_id=refusal_id)
        cat = session.get(BedCategory, r.category_id)
        ledger.append(session, action=LedgerAction.REFUSAL_WITHDRAWN.value, entity="refusal", entity_id=refusal_id,
                      user_id=actor.user_id, before={"withdrawn": False},
                      after={"withdrawn": True, "reason": r.reason, "source": r.source, "category": cat.code},
                      partner_id=r.partner_id, category_id=r.category_id, night=r.night, at=at)
        changes.announce(session, "refusal", refusal_id)
    return next(d for d in door_refusals_tonight(db, r.partner_id, actor=actor, now=at) if d.refusal_id == refusal_id)
