"""An idle workstation gives its pooled connections back to the server; the next transaction reopens one."""

from __future__ import annotations

from sqlalchemy import text

from relais_desk.store.database import Database
from relais_desk.store.idle_pool import IdleReleasingPool
from tests.test_change_feed import wait_until


def server_connections(admin: Database, database: str) -> int:
    with admin.read() as s:
        return s.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                         {"d": database}).scalar_one()


def test_idle_pool_is_released_and_reopened(pg_url: str) -> None:
    db, admin = Database(pg_url), Database(pg_url)
    try:
        assert isinstance(db.engine.pool, IdleReleasingPool)
        with db.read() as s, db.read() as t:  # two connections at once
            s.execute(text("SELECT 1"))
            t.execute(text("SELECT 1"))
        before = server_connections(admin, db.url.database)
        assert db.engine.pool.release_idle(idle_s=3600) == 0  # used just now: kept
        assert db.engine.pool.release_idle(idle_s=0) == 2
        # a backend leaves pg_stat_activity a moment after its client closed it (on a busy host, after a look)
        wait_until(lambda: server_connections(admin, db.url.database) == before - 2, timeout=10)
        assert server_connections(admin, db.url.database) == before - 2
        with db.read() as s:  # the next transaction opens a connection again
            assert s.execute(text("SELECT 1")).scalar_one() == 1
        assert db.engine.pool.checkedin() == 1
    finally:
        db.dispose()
        admin.dispose()


def test_a_checked_out_connection_is_never_closed(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        with db.read() as s:
            s.execute(text("SELECT 1"))
            assert db.engine.pool.release_idle(idle_s=0) == 0
            assert s.execute(text("SELECT 2")).scalar_one() == 2
    finally:
        db.dispose()
