"""The light board (composed by the database, services/board_read.py) gives exactly the rows of the board composed
in Python over the ORM (tests/board_reference.py), on both backends: live tonight, for a night nobody has
touched yet (out-of-service beds carried over), at past moments rebuilt from the ledger, with an inactive
shelter, and as the row a write gives back."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import update

from relais_desk import demo
from relais_desk.domain.models import Capacity, Partner
from relais_desk.domain.nights import local_moment, night_of
from relais_desk.services import beds
from relais_desk.store.database import Database
from tests import board_reference
from tests.network import SYSTEM

NOW = datetime(2026, 11, 22, 21, 30, tzinfo=UTC)  # a winter Sunday evening: plan-hiver beds are open


def _both(db: Database, **when: datetime) -> tuple[list[beds.BoardRow], list[beds.BoardRow]]:
    with db.read() as s:
        return beds.board_in_session(s, **when), board_reference.board(s, **when)


def test_the_light_board_equals_the_reference_composition(db):
    demo.generate(db, seed=4, years=1, shelters=5, now=NOW)
    light, reference = _both(db, now=NOW)
    assert light == reference
    features = {"winter": any(r.capacity_winter for r in light), "held": any(r.held for r in light),
                "dogs": any(r.dogs_accepted for r in light), "rooms": any(r.counted_in_rooms for r in light)}
    assert all(features.values()), features

    # tomorrow afternoon: nobody has touched that night yet, every row is carried over from tonight
    tomorrow = local_moment(night_of(NOW) + timedelta(days=1), time(15, 0))
    light, reference = _both(db, now=tomorrow)
    assert light == reference
    assert all(r.occupied == 0 and r.held == 0 for r in light)

    # past moments, rebuilt from the ledger: evenings, the small hours, the next noon (a closed night's moment)
    rng = random.Random(4)
    nights = sorted(rng.sample(range(2, 360), 6))
    for days_ago in nights:
        night = night_of(NOW) - timedelta(days=days_ago)
        for moment in (local_moment(night, time(19, 30)), local_moment(night, time(23, 0)),
                       local_moment(night + timedelta(days=1), time(3, 0)),
                       local_moment(night + timedelta(days=1), time(12, 0))):
            assert _both(db, at=moment)[0] == _both(db, at=moment)[1], moment
            assert _both(db, now=moment)[0] == _both(db, now=moment)[1], moment
        with db.read() as s:
            at = local_moment(night + timedelta(days=1), time(12, 0))
            assert beds.night_board_at(s, night, at) == board_reference.night_board_at(s, night, at)

    # a shelter closed: shown only where it has counts tonight, in both compositions
    with db.write() as s:
        s.execute(update(Partner).where(Partner.name == light[0].shelter).values(active=False))
    assert _both(db, now=NOW)[0] == _both(db, now=NOW)[1]
    assert _both(db, now=tomorrow)[0] == _both(db, now=tomorrow)[1]


def test_every_attribute_and_a_state_whose_beds_were_taken_away(db):
    """Each attribute comes back as its own flag (the board reads them as bits), and a shelter × category whose
    capacity was retired after tonight's counts were set still shows those counts, with no beds of its own."""
    demo.generate(db, seed=5, years=0, shelters=4, now=NOW)
    rows = beds.board(db, now=NOW)
    first, second = rows[0], next(r for r in rows if r.shelter != rows[0].shelter)
    with db.write() as s:
        s.execute(update(Capacity).where(Capacity.partner_id == first.partner_id)
                  .values(wheelchair_accessible=True, low_threshold=True, dogs_accepted=False))
        s.execute(update(Capacity).where(Capacity.partner_id == second.partner_id,
                                         Capacity.category_id == second.category_id)
                  .values(retired_at=NOW - timedelta(minutes=5)))
    light, reference = _both(db, now=NOW)
    assert light == reference
    shown = {r.key: r for r in light}
    assert (shown[first.key].wheelchair_accessible, shown[first.key].low_threshold,
            shown[first.key].dogs_accepted) == (True, True, False)
    gone = shown[second.key]
    assert (gone.capacity_base, gone.capacity_winter, gone.occupied) == (0, 0, second.occupied)


def test_a_write_gives_back_the_boards_row(db):
    demo.generate(db, seed=6, years=0, shelters=3, now=NOW)
    row = next(r for r in beds.board(db, now=NOW) if r.capacity > 2)
    later = NOW + timedelta(minutes=5)
    written = beds.set_counts(db, shelter=row.shelter, category=row.category, occupied=1, unavailable=1,
                              unavailable_reason="fuite", actor=SYSTEM, now=later)
    assert written == next(r for r in beds.board(db, now=later) if r.key == row.key)
    assert (written.occupied, written.unavailable, written.unavailable_reason) == (1, 1, "fuite")
    with db.read() as s:
        assert written in board_reference.board(s, now=later)
