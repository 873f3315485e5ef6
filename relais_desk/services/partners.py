"""Partners of every axis, bed categories and capacities (temporal: edits retire and re-record)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, update

from relais_desk.domain import opening_hours
from relais_desk.domain.enums import CapacityKind, LedgerAction, PartnerKind, Role
from relais_desk.domain.models import BedCategory, Capacity, Partner
from relais_desk.domain.nights import moment, utcnow
from relais_desk.services import lookup
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, InvalidValue, NotFound
from relais_desk.store import changes, ledger
from relais_desk.store.database import Database

CONFIDENTIAL_ROLES = (Role.OPERATEUR, Role.COORDINATION, Role.ADMIN)


@dataclass(frozen=True)
class PartnerInfo:
    partner_id: int
    kind: str
    name: str
    city: str
    address: str  # empty when confidential and the reader's role may not see it
    phone: str
    email: str
    confidential_address: bool
    active: bool
    quota_nights: int | None
    quota_days: int | None
    what_to_bring: str
    opening_hours: str = ""  # canonical text of domain.opening_hours; "" = not given


@dataclass(frozen=True)
class CapacityInfo:
    capacity_id: int
    partner_id: int
    category_id: int
    category: str
    kind: str
    beds: int
    valid_from: date
    valid_to: date | None
    dogs_accepted: bool
    wheelchair_accessible: bool
    low_threshold: bool
    counted_in_rooms: bool
    note: str


def _kind(value: object) -> PartnerKind:
    return lookup.choice(PartnerKind, value, "kind", label="Axe")


def partner_values(fields: dict[str, Any]) -> dict[str, Any]:
    """A partner's fields, checked and cleaned (what is stored, and what its ledger row says)."""
    out: dict[str, Any] = {}
    limits = {"name": 200, "city": 100, "address": 300, "phone": 50, "email": 200, "what_to_bring": 500}
    labels = {"name": "Nom", "city": "Commune", "address": "Adresse", "phone": "Téléphone", "email": "Courriel",
              "what_to_bring": "À apporter"}
    for key, limit in limits.items():
        if key in fields:
            out[key] = lookup.text(fields[key], key, max_len=limit, required=key == "name", label=labels[key])
    if "kind" in fields:
        out["kind"] = _kind(fields["kind"]).value
    if "opening_hours" in fields:
        text = lookup.text(fields["opening_hours"], "opening_hours", max_len=opening_hours.MAX_LEN, label="Horaires")
        try:
            out["opening_hours"] = opening_hours.normalise(text)
        except opening_hours.OpeningHoursInvalid as exc:
            raise InvalidValue(exc.message, field="opening_hours", **exc.params) from None
    for key in ("confidential_address", "active"):
        if key in fields:
            out[key] = bool(fields[key])
    for key in ("quota_nights", "quota_days"):
        if key in fields:
            value = fields[key]
            out[key] = None if value in (None, "", 0) else lookup.count(value, key, maximum=3650) or None
    if ("quota_nights" in out or "quota_days" in out) and (
        (out.get("quota_nights") is None) != (out.get("quota_days") is None)
    ):
        raise InvalidValue.of("quota_needs_both", field="quota_nights")
    return out


def _info(p: Partner, role: Role | None) -> PartnerInfo:
    hide = p.confidential_address and role not in CONFIDENTIAL_ROLES
    return PartnerInfo(p.id, p.kind, p.name, p.city, "" if hide else p.address, p.phone, p.email,
                       p.confidential_address, p.active, p.quota_nights, p.quota_days, p.what_to_bring,
                       p.opening_hours)


def add_partner(db: Database, *, actor: Actor, **fields: Any) -> PartnerInfo:
    actor.require(Role.COORDINATION, Role.ADMIN)
    if "kind" not in fields:
        raise InvalidValue.of("partner_kind_required", field="kind")
    values = partner_values(fields)
    with db.write() as session:
        if session.execute(select(Partner.id).where(func.lower(Partner.name) == values["name"].lower())).first():
            raise Conflict.of("partner_name_taken", field="name", name=values["name"])
        partner = Partner(created_at=utcnow(), **values)
        session.add(partner)
        session.flush()
        ledger.append(session, action=LedgerAction.PARTNER_SAVED.value, entity="partner", entity_id=partner.id,
                      user_id=actor.user_id, after=values, partner_id=partner.id)
        changes.announce(session, "partner", partner.id)
        return _info(partner, actor.role)


def update_partner(db: Database, partner: str | int, *, actor: Actor, **fields: Any) -> PartnerInfo:
    actor.require(Role.COORDINATION, Role.ADMIN)
    values = partner_values(fields)
    with db.write() as session:
        row = lookup.shelter(session, partner, field="partner")
        if "name" in values and values["name"].lower() != row.name.lower() and session.execute(
            select(Partner.id).where(func.lower(Partner.name) == values["name"].lower())
        ).first():
            raise Conflict.of("partner_name_taken", field="name", name=values["name"])
        before = {k: getattr(row, k) for k in values}
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        ledger.append(session, action=LedgerAction.PARTNER_SAVED.value, entity="partner", entity_id=row.id,
                      user_id=actor.user_id, before=before, after=values, partner_id=row.id)
        changes.announce(session, "partner", row.id)
        return _info(row, actor.role)


def list_partners(db: Database, *, actor: Actor, kind: str | None = None,
                  include_inactive: bool = False) -> list[PartnerInfo]:
    """The partners, by name; a confidential address only for the roles that orient people there."""
    actor.require(*Role)
    with db.read() as session:
        stmt = select(Partner).order_by(Partner.name)
        if kind:
            stmt = stmt.where(Partner.kind == _kind(kind).value)
        if not include_inactive:
            stmt = stmt.where(Partner.active.is_(True))
        return [_info(p, actor.role) for p in session.execute(stmt).scalars()]


# Conventional codes get their meaning by default; any other category says it explicitly.
_CATEGORY_DEFAULTS = {
    "hommes": ("homme", False, False), "femmes": ("femme", False, False), "familles": ("any", True, False),
    "mineurs": ("any", False, True), "mixte": ("any", False, False),
}


def add_category(db: Database, *, code: object, label_fr: object, label_en: object, actor: Actor,
                 sort_order: int = 0, gender: str | None = None, families: bool | None = None,
                 minors: bool | None = None) -> int:
    """Add a bed category; `gender` ("femme", "homme", "any"), `families` and `minors` say whom it is for."""
    actor.require(Role.COORDINATION, Role.ADMIN)
    code_v = lookup.text(code, "code", max_len=32, required=True, label="Code").lower()
    d_gender, d_families, d_minors = _CATEGORY_DEFAULTS.get(code_v, ("any", False, False))
    gender_v = d_gender if gender is None else gender
    if gender_v not in ("femme", "homme", "any"):
        raise InvalidValue.of("category_gender_invalid", field="gender")
    fr = lookup.text(label_fr, "label_fr", max_len=100, required=True, label="Libellé")
    en = lookup.text(label_en, "label_en", max_len=100, required=True, label="Label")
    with db.write() as session:
        if session.execute(select(BedCategory.id).where(BedCategory.code == code_v)).first():
            raise Conflict.of("category_code_taken", field="code", code=code_v)
        cat = BedCategory(code=code_v, label_fr=fr, label_en=en, sort_order=sort_order, gender=gender_v,
                          families=d_families if families is None else bool(families),
                          minors=d_minors if minors is None else bool(minors))
        session.add(cat)
        session.flush()
        changes.announce(session, "category", cat.id)
        return cat.id


def list_categories(db: Database) -> list[dict[str, Any]]:
    with db.read() as session:
        return [
            {"category_id": c.id, "code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
             "gender": c.gender, "families": c.families, "minors": c.minors}
            for c in session.execute(select(BedCategory).order_by(BedCategory.sort_order, BedCategory.code)).scalars()
        ]


def capacity_dict(cap: Capacity) -> dict[str, Any]:
    """A capacity row as its ledger before/after."""
    return {k: getattr(cap, k) for k in ("partner_id", "category_id", "kind", "beds", "valid_from", "valid_to",
                                          "dogs_accepted", "wheelchair_accessible", "low_threshold",
                                          "counted_in_rooms", "note")}


def set_capacity(
    db: Database,
    *,
    shelter: str | int,
    category: str | int,
    beds: object,
    valid_from: date,
    actor: Actor,
    valid_to: date | None = None,
    kind: str = CapacityKind.BASE.value,
    dogs_accepted: bool = False,
    wheelchair_accessible: bool = False,
    low_threshold: bool = False,
    counted_in_rooms: bool = False,
    note: str = "",
    replaces: int | None = None,
    now: datetime | None = None,
) -> int:
    """Record a capacity period (retiring `replaces` if given). Tonight's counts must still fit."""
    actor.require(Role.COORDINATION, Role.ADMIN)
    n = lookup.count(beds, "beds", label="Lits")
    kind_v = lookup.choice(CapacityKind, kind, "kind", label="Type de capacité").value
    if not isinstance(valid_from, date) or (valid_to is not None and not isinstance(valid_to, date)):
        raise InvalidValue.of("validity_invalid", field="valid_from")
    if valid_to is not None and valid_to < valid_from:
        raise InvalidValue.of("validity_end_before_start", field="valid_to")
    note_v = lookup.text(note, "note", max_len=300, label="Remarque")
    at = moment(now)
    with db.write() as session:
        partner = lookup.shelter(session, shelter)
        cat = lookup.category(session, category)
        if partner.kind != PartnerKind.ACCUEIL_DE_NUIT.value:
            raise InvalidValue.of("not_a_shelter_no_beds", field="shelter", shelter=partner.name)
        before = None
        if replaces is not None:
            old = session.get(Capacity, lookup.row_id(replaces, "capacity", "Période de capacité"))
            if old is None or old.retired_at is not None:
                raise NotFound.of("capacity_gone", field="capacity")
            before = capacity_dict(old)
            session.execute(update(Capacity).where(Capacity.id == replaces).values(retired_at=at))
        cap = Capacity(partner_id=partner.id, category_id=cat.id, kind=kind_v, beds=n, valid_from=valid_from,
                       valid_to=valid_to, dogs_accepted=bool(dogs_accepted),
                       wheelchair_accessible=bool(wheelchair_accessible), low_threshold=bool(low_threshold),
                       counted_in_rooms=bool(counted_in_rooms), note=note_v, recorded_at=at)
        session.add(cap)
        session.flush()
        ledger.append(session, action=LedgerAction.CAPACITY_SET.value, entity="capacity", entity_id=cap.id,
                      user_id=actor.user_id, before=before, after=capacity_dict(cap), partner_id=partner.id,
                      category_id=cat.id, at=at)
        _resize_tonight(session, partner, cat, actor, at)
        changes.announce(session, "capacity", cap.id)
        return cap.id


def retire_capacity(db: Database, capacity_id: int, *, actor: Actor, now: datetime | None = None) -> None:
    actor.require(Role.COORDINATION, Role.ADMIN)
    at = moment(now)
    capacity_id = lookup.row_id(capacity_id, "capacity", "Période de capacité")
    with db.write() as session:
        cap = session.get(Capacity, capacity_id)
        if cap is None or cap.retired_at is not None:
            raise NotFound.of("capacity_gone", field="capacity")
        session.execute(update(Capacity).where(Capacity.id == capacity_id).values(retired_at=at))
        ledger.append(session, action=LedgerAction.CAPACITY_SET.value, entity="capacity", entity_id=capacity_id,
                      user_id=actor.user_id, before=capacity_dict(cap), after=None, partner_id=cap.partner_id,
                      category_id=cap.category_id, at=at)
        partner, cat = session.get(Partner, cap.partner_id), session.get(BedCategory, cap.category_id)
        _resize_tonight(session, partner, cat, actor, at)
        changes.announce(session, "capacity", capacity_id)


def _resize_tonight(session: Any, partner: Partner, cat: BedCategory, actor: Actor, at: datetime) -> None:
    """Tonight's row follows a capacity change at once; refuse when tonight's beds would not fit."""
    from relais_desk.domain.models import BedState
    from relais_desk.domain.nights import night_of
    from relais_desk.services import beds

    night = night_of(at)
    row = session.execute(
        select(BedState).where(BedState.partner_id == partner.id, BedState.category_id == cat.id,
                               BedState.night == night).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        return
    total = beds.capacities(session, night, at).get((partner.id, cat.id))
    new_cap = total.total if total else 0
    if new_cap == row.capacity:
        return
    if row.occupied + row.unavailable + row.held > new_cap:
        raise InvalidValue.of("capacity_too_small_tonight", field="beds", shelter=partner.name,
                              category_label=cat.label_fr, category_label_en=cat.label_en, occupied=row.occupied,
                              unavailable=row.unavailable, held=row.held, capacity=new_cap)
    before = {f: getattr(row, f) for f in beds.STATE_FIELDS}
    session.execute(update(BedState).where(BedState.id == row.id).values(capacity=new_cap, updated_at=at))
    beds._ledger_counts(session, row, before, action=LedgerAction.CAPACITY_SET, actor=actor, at=at)


def list_capacities(db: Database, partner: str | int | None = None, *, on: date | None = None) -> list[CapacityInfo]:
    with db.read() as session:
        stmt = (select(Capacity, BedCategory.code).join(BedCategory, BedCategory.id == Capacity.category_id)
                .where(Capacity.retired_at.is_(None)).order_by(Capacity.partner_id, BedCategory.sort_order,
                                                               Capacity.valid_from))
        if partner is not None:
            stmt = stmt.where(Capacity.partner_id == lookup.shelter(session, partner).id)
        if on is not None:
            stmt = stmt.where(Capacity.valid_from <= on, or_(Capacity.valid_to.is_(None), Capacity.valid_to >= on))
        return [CapacityInfo(c.id, c.partner_id, c.category_id, code, c.kind, c.beds, c.valid_from, c.valid_to,
                             c.dogs_accepted, c.wheelchair_accessible, c.low_threshold, c.counted_in_rooms, c.note)
                for c, code in session.execute(stmt)]


def as_json(info: PartnerInfo | CapacityInfo) -> dict[str, Any]:
    out = asdict(info)
    for k, v in out.items():
        if isinstance(v, date):
            out[k] = v.isoformat()
    return out
