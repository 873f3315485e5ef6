"""Figures of closed nights kept in memory, since a closed night never changes.

Closed-night rows (`closed_night`, `closed_night_demand`) are only ever inserted: a night is closed once, in one
transaction, and nobody updates or deletes its rows (on PostgreSQL no account may write them; only the server's
closing function inserts). So the rows of a period only grow, and their number is the period's version: a
figure computed over a period stays true until a row of that period is added (a new night closed, a night closed
late after a downtime, a shelter's row added to a night closed again). A figure is kept with that count, read
before and after it was computed: when the two differ a night closed meanwhile and the figure is not kept.

What is kept is keyed by ids, never by names: a shelter or a category renamed shows its new name at once (the
callers name the rows after the cache). Nights not closed yet have no row: nothing of them is ever kept.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from relais_desk.domain.models import ClosedNight, ClosedNightDemand
from relais_desk.store.database import Database

T = TypeVar("T")
MAX_ENTRIES = 128  # figures kept per database: a screen's filters over a session, a few reports

_caches: weakref.WeakKeyDictionary[Database, _Cache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()
enabled = True  # tests and the benchmarks compare the figures with and without it


class _Cache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: OrderedDict[Hashable, tuple[tuple[int, int], Any]] = OrderedDict()
        self.hits = self.misses = 0


def _cache(db: Database) -> _Cache:
    with _caches_lock:
        cache = _caches.get(db)
        if cache is None:
            cache = _caches[db] = _Cache()
        return cache


def version(session: Session, start: date, end: date) -> tuple[int, int]:
    """How many closed-night and demand rows the nights of [start, end] have: it grows with every row added."""
    closed = select(func.count()).where(ClosedNight.night >= start, ClosedNight.night <= end).scalar_subquery()
    demand = (select(func.count()).where(ClosedNightDemand.night >= start, ClosedNightDemand.night <= end)
              .scalar_subquery())
    a, b = session.execute(select(closed, demand)).one()
    return int(a), int(b)


def cached(db: Database, session: Session, key: Hashable, start: date, end: date, compute: Callable[[], T]) -> T:
    """`compute()` (figures read from the closed nights of [start, end] only), or its value kept from before
    when no row of the period was added since. The value is shared: callers must not change it."""
    if not enabled:
        return compute()
    cache = _cache(db)
    before = version(session, start, end)
    with cache.lock:
        found = cache.entries.get(key)
        if found is not None and found[0] == before:
            cache.entries.move_to_end(key)
            cache.hits += 1
            return found[1]
        cache.misses += 1
    value = compute()
    if version(session, start, end) == before:  # no night closed while it was computed
        with cache.lock:
            cache.entries[key] = (before, value)
            cache.entries.move_to_end(key)
            while len(cache.entries) > MAX_ENTRIES:
                cache.entries.popitem(last=False)
    return value


def stats(db: Database) -> dict[str, int]:
    """Hits, misses and entries of a database's cache (benchmarks, tests)."""
    cache = _cache(db)
    with cache.lock:
        return {"hits": cache.hits, "misses": cache.misses, "entries": len(cache.entries)}


def clear(db: Database | None = None) -> None:
    """Forget what is kept (of one database, or of all)."""
    with _caches_lock:
        targets = list(_caches.values()) if db is None else [c for d, c in _caches.items() if d is db]
    for cache in targets:
        with cache.lock:
            cache.entries.clear()
