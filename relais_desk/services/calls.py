"""Urgence-sociale calls: intake, follow-up and the journal.

Saving a call is one transaction: the call, a new pseudonymous person if one was typed, the
orientations taken while the operator was on the phone (linked to the call), and its refusals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from relais_desk.domain.enums import (
    AccessWhat,
    CallChannel,
    CallerType,
    CallOutcome,
    LedgerAction,
    Need,
    RefusalReason,
    Role,
)
from relais_desk.domain.models import AppUser, BedCategory, Call, Hold, Orientation, Refusal
from relais_desk.domain.nights import moment, night_of, to_local, to_utc
from relais_desk.services import access, lookup, persons
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotFound
from relais_desk.services.refusals import ledger_after as refusal_ledger_after
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database


@dataclass(frozen=True)
class RefusalDraft:
    category: str | int
    reason: str = RefusalReason.SATURATION.value
    note: str = ""


@dataclass(frozen=True)
class CallInfo:
    call_id: int
    received_at: datetime
    channel: str
    caller_type: str
    person_id: int | None
    alias: str | None
    location: str
    needs: tuple[str, ...]
    notes: str
    outcome: str
    operator: str | None
    orientations: int = 0
    refusals: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _enum(enum: type[Enum], value: object, fld: str, label: str) -> str:
    return lookup.choice(enum, value, fld, label=label).value


def _validate(fields: dict[str, Any], now: datetime) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "received_at" in fields:
        at = fields["received_at"]
        if not isinstance(at, datetime):
            raise InvalidValue.of("received_at_expected", field="received_at")
        at = moment(at)
        if at > now + timedelta(minutes=5):
            raise InvalidValue.of("received_at_future", field="received_at")
        if at < now - timedelta(days=31):
            raise InvalidValue.of("received_at_too_old", field="received_at")
        out["received_at"] = at
    if "channel" in fields:
        out["channel"] = _enum(CallChannel, fields["channel"], "channel", "Canal")
    if "caller_type" in fields:
        out["caller_type"] = _enum(CallerType, fields["caller_type"], "caller_type", "Appelant")
    if "outcome" in fields:
        out["outcome"] = _enum(CallOutcome, fields["outcome"], "outcome", "Suite")
    if "location" in fields:
        out["location"] = lookup.text(fields["location"], "location", max_len=120, label="Lieu")
    if "notes" in fields:
        out["notes"] = lookup.text(fields["notes"], "notes", max_len=2000, label="Notes")
    if fields.get("household_size") is not None:
        out["household_size"] = lookup.household_size(fields["household_size"])
    if "needs" in fields:
        needs = fields["needs"] or ()
        if isinstance(needs, str):
            needs = [n for n in needs.split(",") if n.strip()]
        out["needs"] = ",".join(sorted({_enum(Need, n.strip() if isinstance(n, str) else n, "needs", "Besoin")
                                        for n in needs}))
    return out


def received_at_problem(at: datetime, *, now: datetime | None = None) -> str | None:
    """Why a call cannot have been received at `at` (in the future, more than a month ago), or None: said next
    to *Reçu à* as soon as it is typed; saving the call refuses it all the same."""
    try:
        _validate({"received_at": at}, moment(now))
    except InvalidValue as exc:
        return exc.message
    return None


def create_call(
    db: Database,
    *,
    actor: Actor,
    channel: object,
    received_at: datetime | None = None,
    caller_type: object = CallerType.PERSONNE.value,
    person_id: int | None = None,
    new_person: dict[str, object] | None = None,
    person_changes: dict[str, object] | None = None,
    location: object = "",
    needs: object = (),
    notes: object = "",
    household_size: object = None,
    outcome: object = None,
    orientation_ids: tuple[int, ...] | list[int] = (),
    refusals: tuple[RefusalDraft, ...] | list[RefusalDraft] = (),
    source: str,
    now: datetime | None = None,
) -> CallInfo:
    """Save a call with its person, orientations and refusals, all or nothing; the call read back is logged
    (access) as read from `source`.

    `household_size` is « personnes dans le ménage » (the person included; None: not asked).
    `new_person` creates a pseudonymous person; `person_changes` updates what the network knows of
    the known `person_id` (a dog since last time, a new birth year), ledgered with the call.
    """
    actor.require(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN)
    source = access.source_text(source)
    at = moment(now)
    values = _validate({"received_at": received_at or at, "channel": channel, "caller_type": caller_type,
                        "location": location, "needs": needs, "notes": notes, "household_size": household_size}, at)
    if outcome is not None:
        values.update(_validate({"outcome": outcome}, at))
    else:
        values["outcome"] = (CallOutcome.ORIENTE.value if orientation_ids else
                             CallOutcome.REFUS_FAUTE_DE_PLACE.value if refusals else CallOutcome.EN_COURS.value)
    with db.write() as session:
        if new_person is not None and person_id is not None:
            raise InvalidValue.of("person_both", field="person")
        if new_person is not None:
            person_id = persons.create_in_session(session, dict(new_person), actor=actor, now=at).id
        elif person_id is not None:
            person_id = lookup.row_id(person_id, "person", "Personne")
            if not access.person_exists(session, person_id):
                raise NotFound.of("row_not_found", field="person", what="Personne", ref=str(person_id)[:20])
            if person_changes:
                persons.update_in_session(session, person_id, dict(person_changes), actor=actor, source=source,
                                          now=at)
            persons.touch(session, person_id, at)
        call = Call(person_id=person_id, operator_id=actor.user_id, created_at=at, **values)
        session.add(call)
        session.flush()
        _link(session, call, orientation_ids, refusals, actor, at)
        ledger.append(session, action=LedgerAction.CALL_SAVED.value, entity="call", entity_id=call.id, user_id=actor.user_id,
                      after=ledger_values(values), at=at)
        changes.announce(session, "call", call.id)
        return _info(session, call.id, actor, source)


def ledger_values(values: dict[str, Any]) -> dict[str, Any]:
    """A saved call's ledger after: no notes and no place where the person was found (the ledger outlives
    the person), only what statistics use."""
    return {k: v for k, v in values.items() if k not in ("notes", "location")}


def _link(session: Session, call: Any, orientation_ids: Any, refusals: Any, actor: Actor, at: datetime) -> None:
    for oid in orientation_ids or ():
        oid = lookup.row_id(oid, "orientations", "Orientation")
        o = session.execute(select(Orientation.id, Orientation.call_id, Orientation.person_id, Orientation.hold_id,
                                   Orientation.partner_id, Orientation.category_id, Orientation.night)
                            .where(Orientation.id == oid)).first()
        if o is None:
            raise NotFound.of("row_not_found", field="orientations", what="Orientation", ref=str(oid)[:20])
        if o.call_id not in (None, call.id):
            raise InvalidValue.of("orientation_of_other_call", field="orientations", ref=oid)
        if o.call_id == call.id:
            continue
        person_id = o.person_id or call.person_id
        session.execute(update(Orientation).where(Orientation.id == oid)
                        .values(call_id=call.id, person_id=person_id))
        if o.hold_id is not None and person_id is not None:
            # The bed was held before the person was saved: the hold names them now (night quotas count holds).
            session.execute(update(Hold).where(Hold.id == o.hold_id, Hold.person_id.is_(None))
                            .values(person_id=person_id))
        ledger.append(session, action=LedgerAction.ORIENTATION_LINKED.value, entity="orientation", entity_id=o.id,
                      user_id=actor.user_id, before={"call_id": o.call_id},
                      after={"call_id": call.id, "hold_id": o.hold_id},
                      partner_id=o.partner_id, category_id=o.category_id, night=o.night, at=at)
        changes.announce(session, "orientation", oid)
    for draft in refusals or ():
        if not isinstance(draft, RefusalDraft):
            raise InvalidValue.of("refusal_malformed", field="refusals")
        cat = lookup.category(session, draft.category)
        reason = _enum(RefusalReason, draft.reason, "reason", "Motif du refus")
        note = lookup.text(draft.note, "note", max_len=500, label="Remarque")
        refusal = Refusal(at=at, night=night_of(at), source="call", reason=reason, call_id=call.id,
                          category_id=cat.id, person_id=call.person_id, note=note, recorded_by=actor.user_id)
        session.add(refusal)
        session.flush()
        ledger.append(session, action=LedgerAction.REFUSAL_RECORDED.value, entity="refusal", entity_id=refusal.id,
                      user_id=actor.user_id, after=refusal_ledger_after(reason, "call", call.id, cat.code),
                      category_id=cat.id, night=refusal.night, at=at)
        changes.announce(session, "refusal", refusal.id)


def follow_up(
    db: Database, call_id: int, *, actor: Actor, notes: object = None, outcome: object = None,
    orientation_ids: tuple[int, ...] | list[int] = (), refusals: tuple[RefusalDraft, ...] | list[RefusalDraft] = (),
    source: str, now: datetime | None = None,
) -> CallInfo:
    """Add to a saved call: a new outcome or notes, more orientations or refusals (the call read back is logged)."""
    actor.require(Role.OPERATEUR, Role.COORDINATION, Role.ADMIN)
    source = access.source_text(source)
    at = moment(now)
    values: dict[str, Any] = {}
    if notes is not None:
        values.update(_validate({"notes": notes}, at))
    if outcome is not None:
        values.update(_validate({"outcome": outcome}, at))
    call_id = lookup.row_id(call_id, "call", "Appel")
    with db.write() as session:
        call = session.execute(select(Call.id, Call.person_id).where(Call.id == call_id)).first()
        if call is None:
            raise NotFound.of("row_not_found", field="call", what="Appel", ref=call_id)
        if values:
            session.execute(update(Call).where(Call.id == call_id).values(**values))
        _link(session, call, orientation_ids, refusals, actor, at)
        if values:
            ledger.append(session, action=LedgerAction.CALL_SAVED.value, entity="call", entity_id=call.id, user_id=actor.user_id,
                          after=ledger_values(values), at=at)
        changes.announce(session, "call", call.id)
        return _info(session, call.id, actor, source)


def _info(session: Session, call_id: int, actor: Actor, source: str) -> CallInfo:
    return _journal(session, [call_id], actor, what=AccessWhat.CALL, source=source)[0]


READERS = (Role.OPERATEUR, Role.ABRI, Role.COORDINATION, Role.ADMIN)


def _journal(session: Session, ids: list[int], actor: Actor, *, what: AccessWhat, source: str,
             alias: str | None = None, limit: int = 10_000) -> list[CallInfo]:
    # Shelter staff see what they need to welcome the person: not where they were found, not the notes
    # (access.read_calls leaves them out, and logs every call read).
    found = access.read_calls(session, actor, ids, what=what, source=source, alias=alias, limit=limit)
    if not found:
        return []
    got = [c["id"] for c in found]
    n_orient = dict(session.execute(select(Orientation.call_id, func.count(Orientation.id))
                                    .where(Orientation.call_id.in_(got)).group_by(Orientation.call_id)).all())
    n_refusal = dict(session.execute(select(Refusal.call_id, func.count(Refusal.id))
                                     .where(Refusal.call_id.in_(got)).group_by(Refusal.call_id)).all())
    operators = {c["operator_id"] for c in found if c["operator_id"] is not None}
    names = {uid: display or username for uid, display, username in session.execute(
        select(AppUser.id, AppUser.display_name, AppUser.username).where(AppUser.id.in_(operators))).all()}
    return [CallInfo(c["id"], c["received_at"], c["channel"], c["caller_type"], c["person_id"], c["alias"],
                     c["location"], tuple(n for n in c["needs"].split(",") if n), c["notes"], c["outcome"],
                     names.get(c["operator_id"]), n_orient.get(c["id"], 0), n_refusal.get(c["id"], 0))
            for c in found]


def default_period(now: datetime | None = None) -> tuple[date, date]:
    """The journal's days by default: from tonight's night to today (in the network's time zone)."""
    at = moment(now)
    return night_of(at), to_local(at).date()


def journal(
    db: Database, *, actor: Actor, source: str, start: date | None = None, end: date | None = None,
    operator_id: int | None = None, need: str | None = None, outcome: str | None = None, alias: str | None = None,
    limit: int = 1000, now: datetime | None = None,
) -> list[CallInfo]:
    """Calls received from the day `start` to the day `end` (Brussels calendar days, both included), newest first;
    each row shown is an access-log row (what = journal).

    By default (`default_period`): yesterday and today before noon, so the night shift sees its whole
    night; today after noon. Shelter staff (`abri`) see only the calls linked to their shelter, without
    location or notes."""
    actor.require(*READERS)
    source = access.source_text(source)
    first, today = default_period(now)
    start = start or first
    end = end or max(start, today)
    if end < start:
        raise InvalidValue.of("period_end_before_start", field="end")
    lo = to_utc(datetime.combine(start, time(0)))
    hi = to_utc(datetime.combine(end + timedelta(days=1), time(0)))
    text = lookup.text(alias, "alias", max_len=80) if alias else ""
    limit = max(1, min(limit, 10_000))
    with db.write() as session:  # the read writes its access rows
        if access.reads_no_call(session, actor):
            return []
        # which calls: from the columns that hold no personal value; the logged read does the rest
        stmt = select(Call.id).where(Call.received_at >= lo, Call.received_at < hi)
        if operator_id is not None:
            stmt = stmt.where(Call.operator_id == operator_id)
        if need:
            stmt = stmt.where(Call.needs.like(f"%{_enum(Need, need, 'need', 'Besoin')}%"))
        if outcome:
            stmt = stmt.where(Call.outcome == _enum(CallOutcome, outcome, "outcome", "Suite"))
        if not text:
            stmt = stmt.order_by(Call.received_at.desc(), Call.id.desc()).limit(limit)
        ids = list(session.execute(stmt).scalars())
        return _journal(session, ids, actor, what=AccessWhat.JOURNAL, source=source, alias=text or None,
                        limit=limit)


def get_call(db: Database, call_id: int, *, actor: Actor, source: str) -> dict[str, Any]:
    """A call with its orientations and refusals, as plain data (logged: the call, its orientations, its
    refusals' notes).

    Shelter staff (`abri`) get only a call linked to their shelter (any other is 'introuvable', like a missing
    one), without its location and notes, and without the notes other services wrote."""
    from relais_desk.services import orientations

    actor.require(*READERS)
    source = access.source_text(source)
    call_id = lookup.row_id(call_id, "call", "Appel")
    with db.write() as session:
        found = _journal(session, [call_id], actor, what=AccessWhat.CALL, source=source)
        if not found:
            raise NotFound.of("row_not_found", field="call", what="Appel", ref=call_id)
        refusal_rows = session.execute(
            select(Refusal.id, Refusal.at, Refusal.reason, BedCategory.label_fr, BedCategory.label_en)
            .join(BedCategory, BedCategory.id == Refusal.category_id)
            .where(Refusal.call_id == call_id).order_by(Refusal.at)
        ).all()
        notes = access.read_refusal_notes(session, actor, [r.id for r in refusal_rows], what=AccessWhat.REFUSAL,
                                          source=source)
        found_orientations = orientations.list_in_session(session, actor=actor, source=source, call_id=call_id)
    return {
        "call": found[0],
        "orientations": found_orientations,
        "refusals": [{"refusal_id": r.id, "at": r.at, "reason": r.reason, "category_fr": r.label_fr,
                      "category_en": r.label_en, "note": notes.get(r.id, "")} for r in refusal_rows],
    }
