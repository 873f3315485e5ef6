"""The live change feed: the same events from PostgreSQL and SQLite, without Qt.

PostgreSQL: one dedicated autocommit connection LISTENs on `relais_changes`; writers NOTIFY
inside their transaction (ids only). When that connection drops, the feed says so, reconnects
with backoff, LISTENs again and announces a full resync (events sent meanwhile were lost).
SQLite: one long-lived connection polls `PRAGMA data_version` (it moves when another connection
commits) and then reads the `change_event` rows written by those commits.

Callbacks run on the feed's own thread; the GUI turns them into Qt signals.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import psycopg

from relais_desk.domain.messages import said
from relais_desk.domain.nights import utcnow
from relais_desk.store.changes import CHANNEL
from relais_desk.store.database import PG_SOCKET_OPTIONS, Database, is_login_refusal

log = logging.getLogger(__name__)
RESYNC = "resync"
# At most 2 s between tries: a server back after a long outage is live again within about 2 s (bench/faults.py,
# target 5 s); one connection attempt every 2 s per workstation costs a downed server nothing.
BACKOFF = (0.5, 1.0, 2.0)
PG_IDLE_CHECK_S = 5.0
# A probe that gets no answer in this time means a frozen link (a server that stopped answering while
# TCP stays open, which no keepalive sees when a middlebox still acknowledges): idle check + deadline
# keep "Hors ligne" within 10 s.
PG_PROBE_DEADLINE_S = 4.0
APPLICATION_NAME = "relais-desk-feed"
# How often the SQLite feed asks `PRAGMA data_version` (one cheap pragma and a stat of the file): a change made
# by another process shows within this, plus the board's read.
SQLITE_POLL_S = 0.1


@dataclass(frozen=True)
class Change:
    """Rows of `topic` changed (`ids` empty: many or unknown). Topic "resync": reload everything."""

    topic: str
    ids: tuple[int, ...] = ()


class FeedState(StrEnum):
    """Whether the feed is hearing from the database right now."""

    LIVE = "live"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
    ENDED = "ended"  # the server no longer lets this login in: the session is over, not the network


class ChangeFeed:
    """Base of both feeds: subscriptions, state, and the background thread's life."""

    name = "feed"

    def __init__(self, db: Database) -> None:
        self.db = db
        self.state = FeedState.OFFLINE
        self.state_message: str = said("feed_not_yet")
        self.last_event_at: datetime | None = None
        self._subscribers: list[Callable[[Change], None]] = []
        self._state_listeners: list[Callable[[FeedState, str], None]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- subscriptions
    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call `callback(change)` on the feed's thread for every change; returns the unsubscribe function."""
        with self._lock:
            self._subscribers.append(callback)
        return lambda: self._remove(self._subscribers, callback)

    def on_state(self, callback: Callable[[FeedState, str], None]) -> Callable[[], None]:
        """Call `callback(state, French message)` when the state changes; returns the unsubscribe function."""
        with self._lock:
            self._state_listeners.append(callback)
        return lambda: self._remove(self._state_listeners, callback)

    def _remove(self, items: list, callback: Callable) -> None:  # type: ignore[type-arg]
        with self._lock:
            if callback in items:
                items.remove(callback)

    def _emit(self, change: Change) -> None:
        self.last_event_at = utcnow()
        with self._lock:
            targets = list(self._subscribers)
        for callback in targets:
            try:
                callback(change)
            except Exception:  # one broken subscriber must not silence the others
                log.exception("change feed subscriber failed on %s", change)

    def _set_state(self, state: FeedState, message: str) -> None:
        if state == self.state and message == self.state_message:
            return
        self.state, self.state_message = state, message
        with self._lock:
            targets = list(self._state_listeners)
        for callback in targets:
            try:
                callback(state, message)
            except Exception:
                log.exception("change feed state listener failed")

    # -- life
    def start(self) -> ChangeFeed:
        """Start the background thread (idempotent)."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run_guarded, name=f"relais-{self.name}", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5) -> None:
        """Ask the thread to end and wait for it (at most `timeout` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(FeedState.OFFLINE, said("feed_stopped"))

    def __enter__(self) -> ChangeFeed:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_live(self, timeout: float = 10) -> bool:
        """Block until the feed is live (for tools and tests; the GUI listens to on_state instead)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.state == FeedState.LIVE:
                return True
            time.sleep(0.02)
        return self.state == FeedState.LIVE

    def _run_guarded(self) -> None:
        try:
            self._run()
        except Exception:  # pragma: no cover - the loops handle their own errors
            log.exception("change feed stopped unexpectedly")
            self._set_state(FeedState.OFFLINE, said("feed_halted"))

    def _run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _backoff(self) -> Iterator[float]:
        attempt = 0
        while True:
            yield BACKOFF[min(attempt, len(BACKOFF) - 1)]
            attempt += 1


class PostgresFeed(ChangeFeed):
    name = "pg-feed"

    def _conninfo(self) -> str:
        url = self.db.engine.url.set(drivername="postgresql")  # the engine's URL carries the keyring password
        return url.render_as_string(hide_password=False)

    def _connect(self) -> psycopg.Connection:
        conn = psycopg.connect(self._conninfo(), autocommit=True, connect_timeout=5, application_name=APPLICATION_NAME,
                               **PG_SOCKET_OPTIONS)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        first = True
        backoff = self._backoff()
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                if is_login_refusal(exc):
                    self._set_state(FeedState.ENDED, said("feed_session_ended"))
                    return
                self._set_state(FeedState.RECONNECTING,
                                said("feed_server_unreachable", where=self.db.backend.where, detail=_short(exc)))
                self._stop.wait(next(backoff))
                continue
            backoff = self._backoff()
            self.last_event_at = utcnow()
            self._set_state(FeedState.LIVE, said("feed_live"))
            if not first:
                self._emit(Change(RESYNC))  # what was sent while we were away is lost: reload everything
            first = False
            try:
                self._listen(conn)
            except psycopg.Error as exc:
                self._set_state(FeedState.RECONNECTING, said("feed_connection_lost", detail=_short(exc)))
            finally:
                with contextlib.suppress(Exception):
                    conn.close()

    def _listen(self, conn: psycopg.Connection) -> None:
        idle_since = time.monotonic()
        while not self._stop.is_set():
            got = False
            for notify in conn.notifies(timeout=0.5):
                got = True
                change = _decode(notify.payload)
                if change is not None:
                    self._emit(change)
            if got:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since > PG_IDLE_CHECK_S:
                _probe(conn, PG_PROBE_DEADLINE_S)  # a dead or frozen link shows up here, not in a quiet LISTEN
                self.last_event_at = utcnow()
                idle_since = time.monotonic()


def _probe(conn: psycopg.Connection, deadline_s: float) -> None:
    """`SELECT 1`, or raise psycopg.OperationalError when no answer comes within `deadline_s`.

    libpq has no read timeout: a watchdog shuts the socket down, which ends the blocked read at once.
    """
    fd = conn.pgconn.socket
    timed_out = threading.Event()

    def _cut() -> None:
        timed_out.set()
        with contextlib.suppress(OSError):
            sock = socket.socket(fileno=os.dup(fd))
            try:
                sock.shutdown(socket.SHUT_RDWR)
            finally:
                sock.close()

    watchdog = threading.Timer(deadline_s, _cut)
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.execute("SELECT 1")
    except psycopg.Error as exc:
        if timed_out.is_set():
            raise psycopg.OperationalError(f"pas de réponse du serveur en {deadline_s:.0f} s") from exc
        raise
    finally:
        watchdog.cancel()
    if timed_out.is_set():
        raise psycopg.OperationalError(f"pas de réponse du serveur en {deadline_s:.0f} s")


def _decode(payload: str) -> Change | None:
    try:
        data = json.loads(payload)
        return Change(str(data["t"]), tuple(int(i) for i in data.get("ids") or ()))
    except (ValueError, KeyError, TypeError):
        log.warning("ignored malformed change payload %r", payload[:200])
        return None


def _file_identity(path: os.PathLike[str] | str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:160] if text else type(exc).__name__


class SqliteFeed(ChangeFeed):
    name = "sqlite-feed"

    def __init__(self, db: Database, poll_interval: float = SQLITE_POLL_S) -> None:
        super().__init__(db)
        self.poll_interval = poll_interval
        self._identity: tuple[int, int] | None = None

    def _connect(self) -> sqlite3.Connection:
        path = self.db.sqlite_path
        if path is None or not path.exists():
            raise sqlite3.OperationalError(f"base introuvable : {path}")
        # mode=rw: never create an empty database where the real one went missing.
        conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=5, check_same_thread=False)
        conn.isolation_level = None  # autocommit: each PRAGMA/SELECT sees the latest commit
        self._identity = _file_identity(path)
        return conn

    def _check_file(self) -> None:
        """Raise if the database file was moved, deleted or replaced under our open connection."""
        # An open connection keeps reading the old inode: it would never see another commit.
        path = self.db.sqlite_path
        try:
            identity = _file_identity(path) if path is not None else None
        except OSError as exc:
            raise sqlite3.OperationalError(f"fichier de base inaccessible : {path}") from exc
        if identity != self._identity:
            raise sqlite3.OperationalError(f"fichier de base remplacé : {path}")

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        last_id: int | None = None
        version: int | None = None
        backoff = self._backoff()
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = self._connect()
                    resync = last_id is not None
                    last_id = conn.execute("SELECT coalesce(max(id), 0) FROM change_event").fetchone()[0]
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                    backoff = self._backoff()
                    self._set_state(FeedState.LIVE, said("feed_live"))
                    if resync:
                        self._emit(Change(RESYNC))
                self._check_file()
                now_version = conn.execute("PRAGMA data_version").fetchone()[0]
                self.last_event_at = utcnow()
                if now_version != version:
                    version = now_version
                    last_id = self._read_events(conn, last_id or 0)
            except sqlite3.Error as exc:
                if conn is not None:
                    with contextlib.suppress(sqlite3.Error):
                        conn.close()
                    conn = None
                self._set_state(FeedState.RECONNECTING, said("feed_local_unreadable", detail=_short(exc)))
                self._stop.wait(next(backoff))
                continue
            self._stop.wait(self.poll_interval)
        if conn is not None:
            conn.close()

    def _read_events(self, conn: sqlite3.Connection, last_id: int) -> int:
        """Emit the events committed after `last_id` (one Change per topic); return the newest id seen."""
        newest = conn.execute("SELECT coalesce(max(id), 0) FROM change_event").fetchone()[0]
        if newest < last_id:
            # Ids went backwards (table emptied, file restored): we cannot tell what changed.
            self._emit(Change(RESYNC))
            return newest
        rows = conn.execute("SELECT id, topic, ids FROM change_event WHERE id > ? ORDER BY id", (last_id,)).fetchall()
        if not rows:
            return last_id
        if last_id and rows[0][0] > last_id + 1:
            # SQLite row ids have no holes unless rows were deleted: events we never saw were pruned.
            self._emit(Change(RESYNC))
            return rows[-1][0]
        merged: dict[str, set[int] | None] = {}
        for _id, topic, ids in rows:
            if not ids:
                merged[topic] = None
            elif merged.get(topic, set()) is not None:
                merged.setdefault(topic, set()).update(int(i) for i in ids.split(","))  # type: ignore[union-attr]
        for topic, ids in merged.items():
            self._emit(Change(topic, tuple(sorted(ids)) if ids else ()))
        return rows[-1][0]


def open_feed(db: Database, *, poll_interval: float = SQLITE_POLL_S) -> ChangeFeed:
    """The feed for this database (not started: call start())."""
    return SqliteFeed(db, poll_interval) if db.is_sqlite else PostgresFeed(db)
