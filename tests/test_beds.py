"""The bed-taking primitive, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from relais_desk.domain.models import LedgerEntry
from relais_desk.services import beds
from relais_desk.services.errors import NoBedAvailable, OverCapacity
from tests.network import SYSTEM


def _row(db, shelter, category):
    return next(r for r in beds.board(db) if r.shelter == shelter and r.category == category)


def _ledger_count(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count(LedgerEntry.id))).scalar_one()


def test_board_lists_every_shelter_category_with_free_beds(network_db):
    rows = beds.board(network_db)
    assert [(r.shelter, r.category, r.free) for r in rows] == [
        ("Abri Dourlet", "hommes", 5), ("Abri Dourlet", "femmes", 2),
        ("Le Rebond", "mixte", 1),
        ("Maison Bienvenue", "femmes", 4), ("Maison Bienvenue", "familles", 3),
    ]


def test_hold_takes_the_last_bed_then_refuses(network_db):
    held = beds.hold_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM)
    assert held.free_after == 0
    with pytest.raises(NoBedAvailable) as err:
        beds.hold_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM)
    assert "Le Rebond" in err.value.message
    assert _row(network_db, "Le Rebond", "mixte").held == 1


def test_over_capacity_counts_change_nothing(network_db):
    before = _ledger_count(network_db)
    with pytest.raises(OverCapacity) as err:
        beds.set_counts(network_db, shelter="Abri Dourlet", category="femmes", occupied=3, actor=SYSTEM)
    assert err.value.field == "occupied"
    assert _row(network_db, "Abri Dourlet", "femmes").occupied == 0
    assert _ledger_count(network_db) == before


def test_arrival_turns_a_hold_into_an_occupied_bed(network_db):
    held = beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM)
    beds.mark_arrived(network_db, held.hold_id, actor=SYSTEM)
    row = _row(network_db, "Abri Dourlet", "hommes")
    assert (row.occupied, row.held, row.free) == (1, 0, 4)


def test_out_of_service_beds_carry_over_to_an_untouched_night_for_two_weeks(network_db):
    from datetime import timedelta

    from relais_desk.domain.nights import local_moment, night_of, utcnow
    from relais_desk.services.settings import parse_hhmm

    evening = local_moment(night_of(utcnow()) - timedelta(days=3), parse_hhmm("20:00"))
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=4, unavailable=1,
                    unavailable_reason="fuite d'eau", actor=SYSTEM, now=evening)
    for days, expected in ((1, 1), (14, 1), (15, 0)):
        later = evening + timedelta(days=days)
        live = next(r for r in beds.board(network_db, now=later) if (r.shelter, r.category) == ("Abri Dourlet", "hommes"))
        assert (live.unavailable, live.occupied) == (expected, 0)
        assert live.unavailable_reason == ("fuite d'eau" if expected else "")
        assert beds.board(network_db, at=later) == beds.board(network_db, now=later)
