"""Taking back a mistaken *Arrivé·e* or *Absent·e*: within 15 minutes the bed is held again for the person.

The rule: a bed orientation closed as *arrivée* or *absente* (with its hold) less than UNDO_MINUTES ago,
during tonight's night (a closed night's figures never move), goes back to *confirmée*; its hold to active,
the bed from occupied (or free) back to held. One transaction, ledgered: a bed-count row
(`hold_arrival_undone` / `hold_absence_undone`, which the census subtracts from arrivals / no-shows) and
an orientation-status row. On PostgreSQL the server checks the same for any account (store.pg_corrections).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from relais_desk.domain.corrections import UNDO_MINUTES, UNDO_WINDOW
from relais_desk.domain.enums import HoldStatus, LedgerAction, OrientationStatus, Role
from relais_desk.domain.models import BedCategory, BedState, Hold, Orientation, Partner
from relais_desk.domain.nights import as_utc, moment, night_of
from relais_desk.services import access, beds, lookup, orientations
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, NoBedAvailable, NotFound, UndoTooLate
from relais_desk.services.orientations import OrientationInfo
from relais_desk.store import changes
from relais_desk.store.database import Database

S = OrientationStatus
# the orientation's status → the status its hold closed with, and what the undo's bed-count row says
UNDOABLE = {S.ARRIVEE.value: (HoldStatus.ARRIVED, LedgerAction.HOLD_ARRIVAL_UNDONE),
            S.ABSENTE.value: (HoldStatus.EXPIRED, LedgerAction.HOLD_ABSENCE_UNDONE)}


@dataclass(frozen=True)
class RecentClosing:
    """An arrival or an absence of tonight that can still be undone, until `undo_until` (UTC)."""

    orientation: OrientationInfo
    closed_at: datetime
    undo_until: datetime

    @property
    def orientation_id(self) -> int:
        return self.orientation.orientation_id

    @property
    def arrived(self) -> bool:
        return self.orientation.status == S.ARRIVEE.value


def _undo_refused(status: str, closed_at: datetime | None, deadline: datetime | None, night: object,
                  at: datetime) -> tuple[str, dict[str, object]] | None:
    """Why this closing can no longer be undone at `at`: a message key of `domain.messages` and its parameters
    (None: it can)."""
    what = "arrival" if status == S.ARRIVEE.value else "absence"
    if night != night_of(at):
        return f"undo_{what}_night_closed", {}
    if closed_at is None or at - as_utc(closed_at) > UNDO_WINDOW:
        return f"undo_{what}_too_late", {"minutes": UNDO_MINUTES}
    if status == S.ABSENTE.value and deadline is not None and as_utc(deadline) <= at:
        return "undo_absence_deadline_passed", {"deadline": as_utc(deadline)}
    return None


def recent_closings(db: Database, partner_id: int, *, actor: Actor, source: str,
                    now: datetime | None = None) -> list[RecentClosing]:
    """Tonight's arrivals and absences at shelter `partner_id` that can still be undone, latest first
    (their person's alias is a logged read, as for the expected arrivals)."""
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN)
    source = access.source_text(source)
    at = moment(now)
    with db.write() as session:  # the read writes its access rows
        closed = {h.id: h for h in session.execute(
            select(Hold.id, Hold.status, Hold.closed_at, Hold.deadline, Hold.night)
            .join(Orientation, Orientation.hold_id == Hold.id)
            .where(Hold.partner_id == partner_id, Hold.night == night_of(at),
                   Hold.status.in_([h.value for h, _a in UNDOABLE.values()]),
                   Hold.closed_at >= at - UNDO_WINDOW,
                   Orientation.status.in_(list(UNDOABLE)))).all()}
        if not closed:
            return []
        stmt = select(Orientation.id).where(Orientation.hold_id.in_(list(closed)))
        infos = orientations.list_infos(session, stmt, actor, source)
    out = []
    for o in infos:
        h = closed[o.hold_id]
        if h.status != UNDOABLE[o.status][0].value:
            continue
        if _undo_refused(o.status, h.closed_at, h.deadline, h.night, at) is None:
            out.append(RecentClosing(o, as_utc(h.closed_at), as_utc(h.closed_at) + UNDO_WINDOW))
    return sorted(out, key=lambda c: c.closed_at, reverse=True)


def undo_closing(db: Database, orientation_id: int, *, actor: Actor, source: str,
                 now: datetime | None = None) -> OrientationInfo:
    """Undo a mistaken *Arrivé·e* / *Absent·e*: the orientation is *confirmée* again and its bed held.

    Raises `UndoTooLate` after UNDO_MINUTES (or once the night is closed), `Conflict` when the orientation
    is not an arrival or an absence, `NoBedAvailable` when the bed an absence freed has been taken since.
    """
    actor.require(Role.ABRI, Role.COORDINATION, Role.ADMIN)
    source = access.source_text(source)
    orientation_id = lookup.row_id(orientation_id, "orientation", "Orientation")
    at = moment(now)
    with db.write() as session:
        o = orientations.row(session, orientation_id)
        if o is None:
            raise NotFound.of("row_not_found", field="orientation", what="Orientation", ref=orientation_id)
        partner = session.get(Partner, o.partner_id)
        actor.require_shelter(partner.id, partner.name)
        hold = session.get(Hold, o.hold_id) if o.hold_id is not None else None
        if o.status not in UNDOABLE or hold is None or hold.status != UNDOABLE[o.status][0].value:
            raise Conflict.of("undo_not_a_closing", field="orientation", status=o.status)
        why = _undo_refused(o.status, hold.closed_at, hold.deadline, hold.night, at)
        if why is not None:
            key, params = why
            raise UndoTooLate.of(key, field="orientation", **{"minutes": UNDO_MINUTES, **params})
        hold_status, action = UNDOABLE[o.status]
        cat = session.get(BedCategory, hold.category_id)
        row, before = beds.lock_state(session, partner, cat, hold.night, at)
        values: dict[str, object] = {"held": BedState.held + 1, "updated_at": at, "updated_by": actor.user_id}
        if hold_status == HoldStatus.ARRIVED:
            if row.occupied < 1:
                raise Conflict.of("undo_arrival_not_occupied", field="orientation", category=cat.code,
                                  category_label=cat.label_fr, category_label_en=cat.label_en)
            values["occupied"] = BedState.occupied - 1
        elif row.capacity - row.unavailable - row.occupied - row.held < 1:
            raise NoBedAvailable.of("undo_absence_bed_taken", field="orientation", shelter=partner.name,
                                    category=cat.code, category_label=cat.label_fr, category_label_en=cat.label_en)
        # the counts first: on PostgreSQL a hold reopens only with its night's counts changed in the transaction
        session.execute(update(BedState).where(BedState.id == row.id).values(**values))
        # conditional on the status just read: of two workstations undoing it, one does
        if session.execute(update(Hold).where(Hold.id == hold.id, Hold.status == hold_status.value)
                           .values(status=HoldStatus.ACTIVE.value, closed_at=None)).rowcount != 1:
            raise Conflict.of("hold_changed_elsewhere", field="orientation")
        beds.ledger_counts(session, row, before, action=action, actor=actor, at=at, extra=beds.hold_fields(hold.id))
        changes.announce(session, "bed_state", row.id)  # the counts moved: the board reads this row
        changes.announce(session, "hold", hold.id)
        if session.execute(update(Orientation).where(Orientation.id == o.id, Orientation.status == o.status)
                           .values(status=S.CONFIRMEE.value, updated_at=at)).rowcount != 1:
            raise Conflict.of("orientation_changed_elsewhere", field="orientation")
        orientations.ledger_status(session, o, actor, at, o.status, S.CONFIRMEE.value, undone=True)
        return orientations.list_infos(session, select(Orientation.id).where(Orientation.id == o.id), actor,
                                       source)[0]
