"""The board composed as it was before the database composed it (services/board_read.py): Python over the
ORM, kept only as the tests' reference. The light board must give exactly these rows, live and at any moment."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from relais_desk.domain.models import BedCategory, BedState, LedgerEntry, Partner
from relais_desk.domain.nights import as_utc, night_of, utcnow
from relais_desk.services.beds import CapacityInfo, capacities
from relais_desk.services.board_read import CARRY_NIGHTS, STATE_FIELDS, BoardRow, Key, virtual_state
from relais_desk.store import ledger


def _live_states(session: Session, night: date) -> dict[Key, dict[str, Any]]:
    columns = [getattr(BedState, f) for f in STATE_FIELDS]
    rows = session.execute(select(BedState.partner_id, BedState.category_id, *columns).where(BedState.night == night))
    return {(r[0], r[1]): dict(zip(STATE_FIELDS, r[2:], strict=True)) for r in rows}


def _live_carry(session: Session, night: date, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    keys = set(keys)
    if not keys:
        return {}
    ranked = (
        select(
            BedState,
            func.row_number()
            .over(partition_by=(BedState.partner_id, BedState.category_id), order_by=BedState.night.desc())
            .label("rn"),
        )
        .where(BedState.night < night, BedState.night >= night - timedelta(days=CARRY_NIGHTS))
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.partner_id, ranked.c.category_id, *[ranked.c[f] for f in STATE_FIELDS]).where(ranked.c.rn == 1)
    )
    out = {}
    for r in rows:
        key = (r.partner_id, r.category_id)
        if key in keys:
            out[key] = {f: getattr(r, f) for f in STATE_FIELDS}
    return out


def _ledger_states(session: Session, condition: Any, at: datetime, order_night: bool) -> dict[Key, dict[str, Any]]:
    order = [LedgerEntry.at.desc(), LedgerEntry.id.desc()]
    if order_night:
        order.insert(0, LedgerEntry.night.desc())
    ranked = (
        select(
            LedgerEntry.partner_id,
            LedgerEntry.category_id,
            LedgerEntry.after,
            func.row_number()
            .over(partition_by=(LedgerEntry.partner_id, LedgerEntry.category_id), order_by=order)
            .label("rn"),
        )
        .where(LedgerEntry.entity == "bed_state", LedgerEntry.at <= at, condition)
        .subquery()
    )
    out: dict[Key, dict[str, Any]] = {}
    for r in session.execute(select(ranked).where(ranked.c.rn == 1)):
        after = ledger.loads(r.after)
        state = {f: after.get(f) for f in STATE_FIELDS}
        if state["counts_updated_at"]:
            state["counts_updated_at"] = datetime.fromisoformat(state["counts_updated_at"])
        out[(r.partner_id, r.category_id)] = state
    return out


def _compose(
    session: Session,
    night: date,
    caps: dict[Key, CapacityInfo],
    states: dict[Key, dict[str, Any]],
    carry: dict[Key, dict[str, Any]],
) -> list[BoardRow]:
    keys = set(caps) | set(states)
    if not keys:
        return []
    partners = {
        p.id: p for p in session.execute(select(Partner).where(Partner.id.in_({k[0] for k in keys}))).scalars()
    }
    cats = {c.id: c for c in session.execute(select(BedCategory)).scalars()}
    rows = []
    for key in keys:
        partner, cat = partners[key[0]], cats[key[1]]
        if not partner.active and key not in states:
            continue
        cap = caps.get(key) or CapacityInfo(0, 0, 0, False, False, False, False)
        state = states.get(key) or virtual_state(cap.total, carry.get(key))
        free = max(state["capacity"] - state["unavailable"] - state["occupied"] - state["held"], 0)
        rows.append(
            BoardRow(
                night=night,
                partner_id=partner.id,
                shelter=partner.name,
                city=partner.city,
                category_id=cat.id,
                category=cat.code,
                category_fr=cat.label_fr,
                category_en=cat.label_en,
                capacity=state["capacity"],
                unavailable=state["unavailable"],
                occupied=state["occupied"],
                held=state["held"],
                free=free,
                unavailable_reason=state["unavailable_reason"] or "",
                updated_at=state["counts_updated_at"],
                capacity_base=cap.base,
                capacity_winter=cap.winter,
                dogs_accepted=cap.dogs_accepted,
                wheelchair_accessible=cap.wheelchair_accessible,
                low_threshold=cap.low_threshold,
                counted_in_rooms=cap.counted_in_rooms,
            )
        )
    rows.sort(key=lambda r: (r.shelter.lower(), cats[r.category_id].sort_order, r.category))
    return rows


def board(session: Session, *, at: datetime | None = None, now: datetime | None = None) -> list[BoardRow]:
    """The board tonight (live state), or as it was at `at` (rebuilt from the ledger)."""
    if at is None:
        now = as_utc(now) if now else utcnow()
        night = night_of(now)
        caps = capacities(session, night, now)
        states = _live_states(session, night)
        carry = _live_carry(session, night, set(caps) - set(states))
    else:
        at = as_utc(at)
        return night_board_at(session, night_of(at), at)
    return _compose(session, night, caps, states, carry)


def night_board_at(session: Session, night: date, at: datetime) -> list[BoardRow]:
    """The board of `night` as it stood at `at`, rebuilt from the ledger (`at` may be after the night:
    a closed night is the board of its night as of the next noon)."""
    at = as_utc(at)
    caps = capacities(session, night, at)
    states = _ledger_states(session, LedgerEntry.night == night, at, order_night=False)
    missing = set(caps) - set(states)
    recent = (LedgerEntry.night < night) & (LedgerEntry.night >= night - timedelta(days=CARRY_NIGHTS))
    carry = _ledger_states(session, recent, at, order_night=True) if missing else {}
    return _compose(session, night, caps, states, carry)
