"""Refusals faute de place: recorded once, with their reason, scoped to the shelter of `abri` staff."""

from __future__ import annotations

import pytest

from relais_desk.domain.enums import Role
from relais_desk.domain.nights import night_of, utcnow
from relais_desk.services import refusals
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotAllowed
from tests.network import SYSTEM


def test_door_refusal_is_recorded_for_the_shelter(network_db):
    info = refusals.record_refusal(network_db, category="hommes", reason="saturation", partner="Abri Dourlet",
                                   actor=SYSTEM)
    assert (info.source, info.reason, info.shelter) == ("door", "saturation", "Abri Dourlet")
    assert [r.refusal_id for r in refusals.refusals_of_night(network_db, night_of(utcnow()), source="tests", actor=SYSTEM)] == [info.refusal_id]


def test_shelter_staff_cannot_record_for_another_shelter(network_db):
    from relais_desk.services import lookup

    with network_db.read() as s:
        dourlet = lookup.shelter(s, "Abri Dourlet").id
    staff = Actor(user_id=None, role=Role.ABRI, partner_id=dourlet)
    with pytest.raises(NotAllowed):
        refusals.record_refusal(network_db, category="femmes", reason="saturation", partner="Le Rebond", actor=staff)
    mine = refusals.record_refusal(network_db, category="femmes", reason="quota_depasse", actor=staff)
    assert mine.shelter == "Abri Dourlet"


def test_unknown_reason_changes_nothing(network_db):
    with pytest.raises(InvalidValue) as err:
        refusals.record_refusal(network_db, category="hommes", reason="plein", partner="Abri Dourlet", actor=SYSTEM)
    assert err.value.field == "reason"
    assert refusals.refusals_of_night(network_db, night_of(utcnow()), source="tests", actor=SYSTEM) == []
