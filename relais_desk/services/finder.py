"""The bed finder: compatible shelters with free beds now, ranked for the person on the phone.

Compatibility comes from data: a category says whom it is for (gender, families, minors) and a
capacity says what it accepts (dogs, wheelchairs, low threshold). Ranking: quota not reached,
exact fit before mixed categories, counts within the network's freshness limit before stale ones
(twelve free beds counted three days ago are a guess, not a bed), more free beds, fresher counts.

Households (`Profile.household_size`: the household as told, at least the person and their children):
a household of more than one person fits families categories only. A families category counted in
rooms has a place for it when one room is free; counted in places, when free places ≥ household size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from relais_desk.domain.enums import HoldStatus
from relais_desk.domain.models import BedCategory, Hold, Partner
from relais_desk.domain.nights import moment, night_of
from relais_desk.domain.profiles import Profile, category_fits, places_suffice
from relais_desk.services import beds, lookup, settings
from relais_desk.services.errors import InvalidValue
from relais_desk.services.freshness import is_stale
from relais_desk.store.database import Database


@dataclass(frozen=True)
class Match:
    partner_id: int
    shelter: str
    city: str
    phone: str
    category_id: int
    category: str
    category_fr: str
    free: int
    capacity: int
    held: int
    updated_at: datetime | None
    stale: bool
    dogs_accepted: bool
    wheelchair_accessible: bool
    low_threshold: bool
    exact_fit: bool  # a category meant for this profile (not only mixed)
    quota_nights: int | None
    quota_days: int | None
    nights_used: int
    quota_reached: bool
    counted_in_rooms: bool = False  # families: free counts rooms, not beds
    room_for_household: bool = True  # a free room, or free places ≥ the household's size
    opening_hours: str = ""  # the shelter's hours (domain.opening_hours), "" when not given
    category_en: str = ""  # the category's English label (the GUI's, in English)

    @property
    def available(self) -> bool:
        """A bed (or a family's room or places) that can be held for this person now."""
        return self.free > 0 and self.room_for_household

    @property
    def key(self) -> tuple[int, int]:
        return (self.partner_id, self.category_id)


def nights_used(session: Session, person_id: int, partner_id: int, tonight: object, days: int) -> int:
    """Nights the person slept at the shelter over the rolling period ending tonight (arrivals)."""
    start = tonight - timedelta(days=days - 1)  # type: ignore[operator]
    return session.execute(
        select(func.count(func.distinct(Hold.night))).where(
            Hold.person_id == person_id, Hold.partner_id == partner_id, Hold.status == HoldStatus.ARRIVED.value,
            Hold.night >= start, Hold.night <= tonight,
        )
    ).scalar_one()


def find_beds(db: Database, profile: Profile, *, now: datetime | None = None, include_full: bool = False) -> list[Match]:
    """Compatible shelter × category pairs tonight, best first (only those with free beds by default)."""
    at = moment(now)
    with db.read() as session:
        return find_in_session(session, profile, at, include_full=include_full)


def find_in_session(session: Session, profile: Profile, at: datetime, *, include_full: bool = False) -> list[Match]:
    """`find_beds` inside the caller's read (the call's finder reads everything it shows in one transaction)."""
    if not isinstance(profile, Profile):
        raise InvalidValue.of("profile_invalid", field="profile")
    if profile.children:
        lookup.count(profile.children, "children", label="Enfants", maximum=20)
    if profile.household != 1:
        lookup.household_size(profile.household)
    rows = beds.board_in_session(session, now=at)
    cats = {c.id: c for c in session.execute(select(BedCategory)).scalars()}
    partners = {p.id: p for p in session.execute(select(Partner)).scalars()}
    stale_after = timedelta(hours=int(settings.get(session, "stale_after_hours")))
    tonight = night_of(at)
    matches = []
    for r in rows:
        fits, exact = category_fits(cats[r.category_id], profile, at.year)
        if not fits or (r.free <= 0 and not include_full):
            continue
        room = places_suffice(r.free, counted_in_rooms=r.counted_in_rooms, profile=profile)
        if not room and not include_full:
            continue
        if profile.with_dog and not r.dogs_accepted:
            continue
        if profile.wheelchair and not r.wheelchair_accessible:
            continue
        if profile.intoxicated and not r.low_threshold:
            continue
        p = partners[r.partner_id]
        used = 0
        if p.quota_nights and p.quota_days and profile.person_id is not None:
            used = nights_used(session, profile.person_id, p.id, tonight, p.quota_days)
        matches.append(Match(
            r.partner_id, r.shelter, r.city, p.phone, r.category_id, r.category, r.category_fr, r.free,
            r.capacity, r.held, r.updated_at, is_stale(r.updated_at, at, stale_after),
            r.dogs_accepted, r.wheelchair_accessible, r.low_threshold, exact, p.quota_nights, p.quota_days,
            used, bool(p.quota_nights and used >= p.quota_nights), r.counted_in_rooms, room,
            p.opening_hours, r.category_en,
        ))
    oldest = datetime.min.replace(tzinfo=at.tzinfo)
    matches.sort(key=lambda m: (m.quota_reached, not m.available, not m.exact_fit, m.stale, -m.free,
                                -(m.updated_at or oldest).timestamp() if m.updated_at else 0, m.shelter))
    return matches
