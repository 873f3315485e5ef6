"""Occupancy is summed per period by the database (a week's Monday, a month's 1st): the same sums, on both
backends, as adding up the closed nights one by one with `stats.period_key`."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

from sqlalchemy import select

from relais_desk import demo
from relais_desk.domain.models import ClosedNight
from relais_desk.services import stats

NOW = datetime(2026, 3, 4, 21, 30, tzinfo=UTC)


def test_period_sums_equal_night_by_night(db):
    demo.generate(db, seed=3, years=1, shelters=4, now=NOW)
    for group in ("day", "week", "month"):
        for by in ("network", "shelter", "category"):
            _check(db, group, by)


def _check(db, group: str, by: str) -> None:
    # a period that starts on a Wednesday and crosses a new year
    f = stats.Filters(date(2025, 12, 24), date(2026, 3, 3))
    with db.read() as s:
        sums = stats._occupancy_sums(s, f, group, by)
        acc: dict = defaultdict(lambda: [0, 0, 0, 0])
        for r in s.execute(select(ClosedNight).where(ClosedNight.night >= f.start,
                                                     ClosedNight.night <= f.end)).scalars():
            key = {"network": None, "shelter": r.partner_id, "category": r.category_id}[by]
            a = acc[(stats.period_key(r.night, group), key)]
            a[0] += r.occupied or 0
            if r.reported:
                a[1] += r.capacity
                a[2] += r.unavailable
            else:
                a[3] += 1
    assert sums == {k: tuple(v) for k, v in acc.items()}
    assert sums and all(type(period) is date for period, _key in sums)
    if group == "week":
        assert {period.weekday() for period, _key in sums} == {0}
