"""One rule for counts too old to trust: the finder, the board and its totals use it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from relais_desk.services import freshness
from relais_desk.services.beds import BoardRow

NOW = datetime(2026, 1, 15, 21, tzinfo=UTC)
LIMIT = timedelta(hours=12)


def _row(category: str, free: int, capacity: int, updated_at: datetime | None) -> BoardRow:
    return BoardRow(date(2026, 1, 15), 1, "Abri", "Mons", 1, category.lower(), category, category, capacity, 0,
                    capacity - free, 0, free, "", updated_at, capacity, 0, False, False, False, False)


def test_counts_never_given_or_older_than_the_limit_are_stale():
    assert freshness.is_stale(None, NOW, LIMIT)
    assert freshness.is_stale(NOW - LIMIT - timedelta(seconds=1), NOW, LIMIT)
    assert not freshness.is_stale(NOW - LIMIT, NOW, LIMIT)


def test_the_totals_add_fresh_free_beds_and_say_the_stale_ones_apart():
    rows = [_row("Hommes", 3, 10, NOW - timedelta(hours=1)), _row("Hommes", 8, 8, None),
            _row("Femmes", 2, 4, NOW - timedelta(hours=43))]
    network, by_category = freshness.network_totals(rows, now=NOW, stale_after=LIMIT)
    assert (network.free, network.stale_free, network.capacity, network.all_free) == (3, 10, 22, 13)
    assert (by_category["Hommes"].free, by_category["Hommes"].stale_free) == (3, 8)
    assert (by_category["Femmes"].free, by_category["Femmes"].stale_free) == (0, 2)
