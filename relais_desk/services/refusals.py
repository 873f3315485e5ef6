"""Refusals faute de place: unmet demand, from a call or at a shelter's door, with its reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from relais_desk.domain.enums import AccessWhat, LedgerAction, RefusalReason, RefusalSource, Role
from relais_desk.domain.models import BedCategory, Partner, Refusal
from relais_desk.domain.nights import moment, night_of
from relais_desk.services import access, lookup, persons
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotFound
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
