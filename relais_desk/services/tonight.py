"""Where a person already is tonight: an active hold (a bed waiting for them) or an arrival.

One person, one bed a night: the call form warns before a second hold and the finder says where
the person is already oriented. This module gives the fact as plain data; the rule is the call draft's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from relais_desk.domain.enums import HoldStatus
from relais_desk.domain.models import BedCategory, Hold, Partner
from relais_desk.domain.nights import moment, night_of
from relais_desk.services import lookup
from relais_desk.store.database import Database


@dataclass(frozen=True)
class StayTonight:
    hold_id: int
    partner_id: int
    shelter: str
    category: str  # code
    category_fr: str
    night: date
    status: str  # HoldStatus: active (expected) or arrived
    deadline: datetime
    category_en: str = ""

    @property
    def text(self) -> str:
        """« <abri> (<catégorie>) », as the warnings name it."""
        return f"{self.shelter} ({self.category_fr})"


def stays_in_session(session: Session, person_id: int, *, now: datetime | None = None) -> list[StayTonight]:
    person_id = lookup.row_id(person_id, "person", "Personne")
    night = night_of(moment(now))
    rows = session.execute(
        select(Hold.id, Hold.partner_id, Partner.name, BedCategory.code, BedCategory.label_fr, Hold.night,
               Hold.status, Hold.deadline, BedCategory.label_en)
        .join(Partner, Partner.id == Hold.partner_id)
        .join(BedCategory, BedCategory.id == Hold.category_id)
        .where(Hold.person_id == person_id, Hold.night == night,
               Hold.status.in_((HoldStatus.ACTIVE.value, HoldStatus.ARRIVED.value)))
        .order_by(Hold.created_at, Hold.id)
    ).all()
    return [StayTonight(*r) for r in rows]


def stays_tonight(db: Database, person_id: int, *, now: datetime | None = None) -> list[StayTonight]:
    """The person's active holds and arrivals of tonight's night, first taken first."""
    with db.read() as session:
        return stays_in_session(session, person_id, now=now)
