"""A connection pool that gives its connections back to the server when the workstation is idle.

A workstation that nobody touches still listens for changes (one connection, the feed's), but keeps
no pooled connection open: with hundreds of workstations on one server, idle pools would use up
`max_connections` for nothing (docs/scaling.md). SQLAlchemy's QueuePool never closes an idle
connection, so this one does, once none has been used for `IDLE_RELEASE_S`: a reaper thread (one per
process) closes them, and the next transaction opens a fresh one (a few milliseconds).
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref

from sqlalchemy.pool import QueuePool
from sqlalchemy.util import queue as sqla_queue

IDLE_RELEASE_S = 20.0  # no transaction for this long: the pool's connections are closed
REAPER_TICK_S = 5.0

_pools: weakref.WeakSet[IdleReleasingPool] = weakref.WeakSet()
_reaper_lock = threading.Lock()
_reaper: threading.Thread | None = None


class IdleReleasingPool(QueuePool):
    """QueuePool whose checked-in connections are closed after `IDLE_RELEASE_S` without use."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self._last_used = time.monotonic()
        _pools.add(self)
        _start_reaper()

    def _do_get(self):  # noqa: ANN202
        self._last_used = time.monotonic()
        return super()._do_get()

    def _do_return_conn(self, record) -> None:  # noqa: ANN001
        self._last_used = time.monotonic()
        super()._do_return_conn(record)

    def release_idle(self, idle_s: float | None = None) -> int:
        """Close the checked-in connections if the pool has not been used for `idle_s`
        (default `IDLE_RELEASE_S`); how many were closed."""
        idle_s = IDLE_RELEASE_S if idle_s is None else idle_s
        if self.checkedout() or time.monotonic() - self._last_used < idle_s:
            return 0
        closed = 0
        while True:
            try:
                record = self._pool.get(False)
            except sqla_queue.Empty:
                return closed
            try:
                record.close()
            finally:
                self._dec_overflow()  # as QueuePool does for a connection it will not keep
            closed += 1


def _start_reaper() -> None:
    global _reaper
    with _reaper_lock:
        if _reaper is None or not _reaper.is_alive():
            _reaper = threading.Thread(target=_reap, name="pool-reaper", daemon=True)
            _reaper.start()


def _reap() -> None:
    while True:
        time.sleep(REAPER_TICK_S)
        for pool in list(_pools):
            with contextlib.suppress(Exception):  # a broken connection's close must not stop the reaper
                pool.release_idle()
