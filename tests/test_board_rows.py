"""Reading only the rows a bed_state change names, then putting them in place of the old ones, gives exactly
the full board, on both backends, after random changes (a change of counts names its bed_state rows)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from relais_desk import demo
from relais_desk.domain.models import BedState
from relais_desk.domain.nights import night_of
from relais_desk.services import beds
from relais_desk.services.actor import Actor

NOW = datetime(2026, 11, 22, 21, 30, tzinfo=UTC)


def test_named_rows_merged_equal_a_full_read(db):
    demo.generate(db, seed=7, years=1, shelters=5, now=NOW)
    actor = Actor.system("test")
    rng = random.Random(7)
    board = beds.board(db, now=NOW)
    for step in range(8):
        now = NOW + timedelta(minutes=step + 1)
        changed = rng.sample(board, 3)
        for row in changed:
            beds.set_counts(db, shelter=row.partner_id, category=row.category_id, actor=actor, now=now,
                            occupied=rng.randint(0, max(row.capacity - row.unavailable - row.held, 0)))
        with db.read() as s:
            ids = s.execute(select(BedState.id).where(
                BedState.night == night_of(now),
                BedState.partner_id.in_({r.partner_id for r in changed}))).scalars().all()
        partial = beds.board_rows(db, ids, now=now)
        assert {r.key for r in changed} <= {r.key for r in partial}
        merged = {r.key: r for r in board} | {r.key: r for r in partial}
        full = beds.board(db, now=now)
        assert [merged[r.key] for r in full] == full
        board = full
    assert beds.board_rows(db, [], now=NOW) == []
