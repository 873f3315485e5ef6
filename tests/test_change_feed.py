"""The change feed delivers a change made on one connection to a subscriber on another."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from relais_desk.services import beds
from relais_desk.services.errors import OverCapacity
from relais_desk.store.database import Database
from relais_desk.store.feed import RESYNC, Change, FeedState, open_feed
from tests.network import SYSTEM

WAIT = 15  # seconds: generous, never a timing assertion


class Collector:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.event = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, change: Change) -> None:
        with self.lock:
            self.changes.append(change)
        self.event.set()

    def wait_for(self, predicate, timeout: float = WAIT) -> bool:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if any(predicate(c) for c in self.changes):
                    return True
            self.event.wait(0.1)
            self.event.clear()
        return False


def wait_until(predicate, timeout: float = WAIT) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.fixture
def watcher(network_db: Database, db_url: str) -> Iterator[tuple[Collector, object]]:
    other = Database(db_url)
    feed = open_feed(other, poll_interval=0.05)
    collector = Collector()
    feed.subscribe(collector)
    feed.start()
    assert feed.wait_live(WAIT), feed.state_message
    yield collector, feed
    feed.stop()
    other.dispose()


def test_a_change_on_one_connection_reaches_a_subscriber_on_another(network_db, watcher):
    collector, _feed = watcher
    row = beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=2, actor=SYSTEM)
    with network_db.read() as s:
        state_id = s.execute(text("SELECT id FROM bed_state WHERE partner_id = :p AND category_id = :c"),
                             {"p": row.partner_id, "c": row.category_id}).scalar_one()
    assert collector.wait_for(lambda c: c.topic == "bed_state" and state_id in c.ids)


def test_a_rolled_back_change_is_not_announced(network_db, watcher):
    collector, _feed = watcher
    with pytest.raises(OverCapacity):
        beds.set_counts(network_db, shelter="Abri Dourlet", category="femmes", occupied=99, actor=SYSTEM)
    beds.set_counts(network_db, shelter="Le Rebond", category="mixte", occupied=1, actor=SYSTEM)  # a marker
    assert collector.wait_for(lambda c: c.topic == "bed_state")
    assert len([c for c in collector.changes if c.topic == "bed_state"]) == 1


def test_unsubscribe_and_a_failing_subscriber(network_db, watcher):
    collector, feed = watcher
    late = Collector()
    unsubscribe = feed.subscribe(late)
    feed.subscribe(lambda change: 1 / 0)  # a broken screen must not silence the others
    unsubscribe()
    beds.hold_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM)
    assert collector.wait_for(lambda c: c.topic == "hold")
    assert late.changes == []


@pytest.fixture
def pg_network(pg_db: Database) -> Database:
    from tests.network import small_network

    small_network(pg_db)
    return pg_db


@pytest.fixture
def sqlite_network(sqlite_db: Database) -> Database:
    from tests.network import small_network

    small_network(sqlite_db)
    return sqlite_db


def started_feed(db: Database) -> tuple[object, Collector, list[FeedState]]:
    """A running feed on `db`, with what it delivers and the states it went through."""
    feed = open_feed(db)
    collector, states = Collector(), []
    feed.subscribe(collector)
    feed.on_state(lambda state, message: states.append(state))
    feed.start()
    return feed, collector, states


def test_postgres_listener_reconnects_and_asks_for_a_resync(pg_network, pg_url):
    network_db = pg_network
    other = Database(pg_url)
    feed, collector, states = started_feed(other)
    try:
        assert feed.wait_live(WAIT)
        with network_db.write_engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = 'relais-desk-feed' AND datname = current_database()"))
        assert collector.wait_for(lambda c: c.topic == RESYNC)
        assert FeedState.RECONNECTING in states and states[-1] == FeedState.LIVE
        beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=1, actor=SYSTEM)
        assert collector.wait_for(lambda c: c.topic == "bed_state")
    finally:
        feed.stop()
        other.dispose()
    assert feed.state == FeedState.OFFLINE


def test_sqlite_feed_resyncs_when_events_were_pruned(sqlite_network, sqlite_url):
    network_db = sqlite_network
    other = Database(sqlite_url)
    feed = open_feed(other, poll_interval=0.05)
    collector, release, first_seen = Collector(), threading.Event(), threading.Event()

    def slow_screen(change: Change) -> None:
        # Holds the feed thread (like a busy UI) while events pile up and get pruned behind its back.
        if change.topic == "bed_state" and not first_seen.is_set():
            first_seen.set()
            release.wait(WAIT)

    feed.subscribe(slow_screen)
    feed.subscribe(collector)
    feed.start()
    try:
        assert feed.wait_live(WAIT)
        beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=1, actor=SYSTEM)
        assert first_seen.wait(WAIT)
        for n in range(2, 5):
            beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=n, actor=SYSTEM)
        with network_db.write_engine.begin() as conn:
            conn.execute(text("DELETE FROM change_event WHERE id < (SELECT max(id) FROM change_event)"))
        release.set()
        assert collector.wait_for(lambda c: c.topic == RESYNC)
    finally:
        release.set()
        feed.stop()
        other.dispose()


def test_sqlite_feed_says_when_the_file_is_gone_and_resyncs_when_it_is_back(sqlite_network, sqlite_url):
    network_db = sqlite_network
    network_db.dispose()  # only the feed keeps the file open, as on a workstation whose file was moved
    other = Database(sqlite_url)
    path = other.sqlite_path
    away = path.with_name("moved-away.sqlite3")
    feed = open_feed(other, poll_interval=0.05)
    collector, states = Collector(), []
    feed.subscribe(collector)
    feed.on_state(lambda state, message: states.append((state, message)))
    feed.start()
    try:
        assert feed.wait_live(WAIT)
        path.rename(away)
        assert wait_until(lambda: any(state == FeedState.RECONNECTING for state, _m in states))
        reconnecting = [m for state, m in states if state == FeedState.RECONNECTING]
        assert reconnecting and "illisible" in reconnecting[0]
        away.rename(path)
        assert collector.wait_for(lambda c: c.topic == RESYNC)
        assert feed.wait_live(WAIT)
        writer = Database(sqlite_url)
        beds.set_counts(writer, shelter="Le Rebond", category="mixte", occupied=1, actor=SYSTEM)
        writer.dispose()
        assert collector.wait_for(lambda c: c.topic == "bed_state")
    finally:
        feed.stop()
        other.dispose()


def test_stop_ends_the_feed_thread(db):
    before = set(threading.enumerate())
    with open_feed(db, poll_interval=0.05) as feed:
        assert feed.wait_live(WAIT), feed.state_message
        started = set(threading.enumerate()) - before
        assert started
    assert not any(t.is_alive() for t in started)
    assert feed.state == FeedState.OFFLINE


def test_a_frozen_link_to_postgres_leaves_live_and_comes_back_when_it_thaws(pg_network, pg_url):
    """A server that stops answering while TCP stays open (a middlebox still acknowledging): the feed's
    probe gets no answer, the feed says so instead of "En direct", and is live again once it answers."""
    from sqlalchemy.engine import make_url

    from tests.tcp_proxy import TcpProxy

    target = make_url(pg_url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    other = Database(target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    feed, collector, states = started_feed(other)
    try:
        assert feed.wait_live(WAIT)
        frozen_at = time.monotonic()
        proxy.frozen.set()
        # idle check every 5 s, then 4 s for an answer: "not live" within 10 s by design
        assert wait_until(lambda: feed.state != FeedState.LIVE, timeout=20), feed.state_message
        assert time.monotonic() - frozen_at < 20
        proxy.frozen.clear()
        proxy.cut()  # the frozen connection is useless now; new ones go through
        assert feed.wait_live(WAIT), feed.state_message
        assert collector.wait_for(lambda c: c.topic == RESYNC)
    finally:
        feed.stop()
        other.dispose()
        proxy.close()


def test_a_setting_change_is_announced_and_an_unchanged_value_is_not(network_db, watcher):
    from relais_desk.services import settings

    collector, _feed = watcher
    settings.set_value(network_db, "stale_after_hours", "4", actor=SYSTEM)
    assert collector.wait_for(lambda c: c.topic == "setting")
    settings.set_value(network_db, "stale_after_hours", "4", actor=SYSTEM)  # nothing changes: nothing said
    beds.set_counts(network_db, shelter="Le Rebond", category="mixte", occupied=1, actor=SYSTEM)  # a marker
    assert collector.wait_for(lambda c: c.topic == "bed_state")
    assert len([c for c in collector.changes if c.topic == "setting"]) == 1
