"""When a shelter's counts are too old to trust, and the network's free beds with that said apart.

One rule for the bed finder, the board and its totals: counts older than the network's
`stale_after_hours` (or never given) are a guess, not a fact. The board's totals never add such a
shelter's "free" beds to the fresh ones without saying so: a shelter that forgot to update is not empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from relais_desk.services.beds import BoardRow


def is_stale(updated_at: datetime | None, now: datetime, stale_after: timedelta) -> bool:
    """Counts never given, or older than the network's limit."""
    return updated_at is None or now - updated_at > stale_after


@dataclass
class Totals:
    free: int = 0  # free beds in counts that are fresh enough
    stale_free: int = 0  # "free" beds in counts older than the limit (or never given): a guess
    capacity: int = 0

    @property
    def all_free(self) -> int:
        return self.free + self.stale_free


def network_totals(rows: Iterable[BoardRow], *, now: datetime,
                   stale_after: timedelta) -> tuple[Totals, dict[str, Totals]]:
    """The network's totals and those of each bed category (by its French label, in board order)."""
    network, by_category = Totals(), {}
    for r in rows:
        cat = by_category.setdefault(r.category_fr, Totals())
        for t in (network, cat):
            t.capacity += r.capacity
            if is_stale(r.updated_at, now, stale_after):
                t.stale_free += r.free
            else:
                t.free += r.free
    return network, by_category
