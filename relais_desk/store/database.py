"""One engine factory from a URL: embedded SQLite (default) or shared PostgreSQL.

`Database.read()` and `Database.write()` give sessions that own one transaction. On SQLite,
writes start with `BEGIN IMMEDIATE` so that two writers queue on the busy timeout instead of
failing mid-transaction; reads use the default deferred transaction (WAL lets them run beside a
writer).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from relais_desk.store import changes, files, secrets, sqlite_writer
from relais_desk.store.errors import (
    AccessRefused,
    BadDatabaseUrl,
    DatabaseCorrupt,
    DatabaseFileRefused,
    DatabaseLost,
    DatabaseUnreachable,
    DuplicateRefused,
    LoginRefused,
    RowMissing,
    ValueRefused,
)
from relais_desk.store.idle_pool import IdleReleasingPool
from relais_desk.store.netfs import check_local_path

APP_NAME = "relais-desk"
SQLITE_BUSY_TIMEOUT_MS = sqlite_writer.BUSY_TIMEOUT_MS


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "relais-desk.sqlite3"


def default_url() -> str:
    """`RELAIS_DB_URL`, else this workstation's saved connection, else its embedded database."""
    from relais_desk.store import config

    return config.configured_url() or f"sqlite:///{default_sqlite_path()}"


@dataclass(frozen=True)
class Backend:
    name: str  # "sqlite" or "postgresql"
    where: str  # file path or host:port/db, for the status bar

    @property
    def is_sqlite(self) -> bool:
        return self.name == "sqlite"


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BadDatabaseUrl.of("database_url_unreadable", url=url, shown=repr(url)) from exc
    if parsed.get_backend_name() == "sqlite":
        return parsed
    if parsed.get_backend_name() == "postgresql":
        # Always psycopg 3, whatever driver the URL named.
        return parsed.set(drivername="postgresql+psycopg")
    raise BadDatabaseUrl.of("database_kind_unsupported", url=url, kind=repr(parsed.get_backend_name()))


def backend_of(url: URL) -> Backend:
    """Which backend a parsed URL names, and where (nothing is opened: the login dialog shows it at once)."""
    if url.get_backend_name() == "sqlite":
        db = url.database
        return Backend("sqlite", str(Path(db).expanduser().absolute()) if db and db != ":memory:" else ":memory:")
    return Backend("postgresql", f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}")


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's begin listeners issue BEGIN themselves (pysqlite's own handling is broken).
    dbapi_conn.isolation_level = None
    sqlite_writer.configure(dbapi_conn)


def _sqlite_engine(url: URL, *, immediate: bool, must_exist: Callable[[], bool],
                   check_file: Callable[[], None], read_only: bool = False) -> Engine:
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        pool_pre_ping=False,
    )
    event.listen(engine, "connect", _sqlite_on_connect)

    @event.listens_for(engine, "do_connect")
    def _open_existing(_dialect, _record, cargs, cparams):  # noqa: ANN001
        # A database that existed must not be silently re-created empty when its file vanishes
        # (a USB drive unplugged, a folder moved): open it read-write only, so the loss is reported.
        if url.database and url.database != ":memory:":
            if must_exist():
                check_file()
                cargs[:] = [f"file:{Path(url.database).absolute()}?mode={'ro' if read_only else 'rw'}"]
                cparams["uri"] = True
            else:
                files.create_private_sqlite_file(Path(url.database).expanduser().absolute())
    begin_sql = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        check_file()  # before every transaction: a pooled connection may hold a deleted file open
        conn.exec_driver_sql(begin_sql)

    return engine


def _pg_password(url: URL) -> URL:
    if url.password is not None or not url.username:
        return url  # (a workstation's URL names no user: each person logs in with their own password)
    acct = secrets.account(url.username or "", url.host or "localhost", url.port or 5432, url.database or "")
    try:
        password = secrets.get_password(acct)
    except Exception:
        # No keyring here: libpq may still authenticate (trust, .pgpass, PGPASSWORD).
        password = None
    return url.set(password=password) if password else url


# libpq socket settings: a peer that vanishes (host down, cable cut) is noticed in about 10 s instead of
# the system's 2 hours (keepalives) or 15 minutes (unacknowledged data, tcp_user_timeout).
PG_SOCKET_OPTIONS = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2,
                     "tcp_user_timeout": 9000}
# The server abandons a statement after this long (a lock waited on forever, a runaway query): the
# screens show it as the network being unavailable rather than waiting without end.
PG_STATEMENT_TIMEOUT_MS = 60_000


def _pg_engine(url: URL, *, read_only: bool = False) -> Engine:
    options = f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    return create_engine(
        _pg_password(url),
        poolclass=IdleReleasingPool,  # an idle workstation keeps only the feed's connection (docs/scaling.md)
        pool_size=5,
        max_overflow=10,
        pool_pre_ping=True,  # a connection checked out after a server restart is replaced, not failed
        pool_recycle=1800,
        connect_args={"connect_timeout": 5, "application_name": APP_NAME, **PG_SOCKET_OPTIONS,
                      "options": options},
    )


class Database:
    """The database of a relais-desk network (one per process)."""

    def __init__(self, url: str | None = None, *, check_network_share: bool = True, read_only: bool = False) -> None:
        """`read_only`: nothing can be written through it (SQLite opens an existing file `mode=ro`,
        PostgreSQL makes every transaction read-only); a missing embedded file is then never created."""
        self.url = parse_url(url or default_url())
        self.read_only = read_only
        if self.url.get_backend_name() == "sqlite":
            path = self.sqlite_path
            if path is not None:
                if check_network_share:
                    check_local_path(path)
                try:
                    if not read_only:  # (a read-only look changes nothing, not even modes)
                        files.private_sqlite_database(path)  # a 0700 folder; an existing file and its companions 0600
                except OSError as exc:
                    raise DatabaseFileRefused.of("database_folder_refused", where=str(path), folder=str(path.parent),
                                                 os_reason=_os_reason(exc)) from exc
            self._file_seen = path is not None and path.exists()
            self._file_identity: tuple[int, int] | None = None
            must_exist = (lambda: True) if read_only else self._sqlite_file_seen
            self.engine = _sqlite_engine(self.url, immediate=False, must_exist=must_exist,
                                         check_file=self._check_sqlite_file, read_only=read_only)
            self.write_engine = _sqlite_engine(self.url, immediate=True, must_exist=must_exist,
                                               check_file=self._check_sqlite_file, read_only=read_only)
        else:
            self.engine = _pg_engine(self.url, read_only=read_only)
            self.write_engine = self.engine
        self.backend = backend_of(self.url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        # Announcements go out inside the writing transaction (NOTIFY / change_event rows).
        event.listen(self._write, "before_commit", changes.flush)
        event.listen(self._write, "after_rollback", changes.discard)

    @property
    def is_sqlite(self) -> bool:
        return self.backend.is_sqlite

    def _sqlite_file_seen(self) -> bool:
        if not self._file_seen and self.sqlite_path is not None and self.sqlite_path.exists():
            self._file_seen = True
        return self._file_seen

    def check_file(self) -> None:
        """Embedded: refuse to go on when the file this program opened is gone or is another file now (what every
        transaction checks first; for a writer that is not one of this object's connections)."""
        self._check_sqlite_file()

    def _check_sqlite_file(self) -> None:
        """Refuse to go on when the file this program opened is gone or is another file now."""
        path = self.sqlite_path
        if path is None:
            return
        try:
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        identity = None if st is None else (st.st_dev, st.st_ino)
        if identity is None and not self._file_seen:
            return  # not created yet: the first connection creates it
        if identity is not None and self._file_identity is None:
            self._file_identity = identity
            self._file_seen = True
            return
        if identity != self._file_identity:
            raise DatabaseLost.of("database_file_gone" if identity is None else "database_file_replaced",
                                  where=str(path))

    @property
    def sqlite_path(self) -> Path | None:
        if self.url.get_backend_name() != "sqlite":
            return None
        db = self.url.database
        if not db or db == ":memory:":
            return None
        return Path(db).expanduser().absolute()

    def url_for_display(self) -> str:
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading. Closing it ends its transaction without expiring what was loaded."""
        with self._translate_errors(), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session owning one write transaction: committed at the end, rolled back on any error."""
        with self._translate_errors(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def translate_errors(self) -> Iterator[None]:
        """Database errors a user or the environment causes, as typed French errors."""
        with self._translate_errors():
            yield

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            refused = _refused_by_server(exc)
            if refused is not None:
                raise refused from exc
            if not self.is_sqlite and is_login_refusal(exc):
                raise LoginRefused.of("session_refused", where=self.backend.where) from exc
            if not self.is_sqlite and not exc.connection_invalidated and _failed_to_connect(exc):
                raise self.why_not_connected(exc) from exc
            if _is_disk_full(exc.orig):
                raise DatabaseFileRefused.of("database_disk_full", where=self.backend.where) from exc
            if exc.connection_invalidated or _is_connection_error(exc):
                raise DatabaseUnreachable.of("database_not_answering", where=self.backend.where,
                                             detail=_first_line(exc)) from exc
            raise
        except sqlite3.OperationalError as exc:  # the raw driver's (the demo's bulk writes)
            if _is_disk_full(exc):
                raise DatabaseFileRefused.of("database_disk_full", where=self.backend.where) from exc
            raise
        except DBAPIError as exc:
            refused = _refused_by_server(exc)
            if refused is not None:
                raise refused from exc
            raise

    def check_embedded_file(self, *, writable: bool = True) -> None:
        """At open: an embedded file that is read-only (when it must be `writable`) or damaged is said now,
        naming the file and the backup, instead of failing at the first save (`PRAGMA quick_check` reads
        every page once)."""
        path = self.sqlite_path
        if path is None or not path.exists():
            return
        if writable and not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseFileRefused.of("database_read_only", where=str(path))
        damaged = DatabaseCorrupt.of("database_corrupt", where=str(path))
        try:
            with self.engine.connect() as conn:
                verdict = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check").all()]
        except DBAPIError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF
            if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                raise damaged from exc
            raise
        if verdict != ["ok"]:
            raise damaged

    def why_not_connected(self, exc: OperationalError) -> Exception:
        """A connection that never opened: why, in plain words (unreachable, TLS, no such database, login)."""
        from relais_desk.store import config

        url = self.engine.url
        query = dict(url.query)
        cfg = config.WorkstationConfig(
            backend="postgresql", host=url.host or "localhost", port=url.port or 5432, dbname=url.database or "",
            user=url.username or "", sslmode=str(query.get("sslmode") or config.DEFAULT_SSLMODE),
            sslrootcert=str(query.get("sslrootcert") or ""))
        return config.why_refused(cfg, url.username or "", url.password, exc.orig)  # type: ignore[arg-type]

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


# SQLSTATEs of a refusal by the server's security or by our own functions' checks, and what they become.
_REFUSALS = {"42501": AccessRefused, "22023": ValueRefused, "23505": DuplicateRefused, "P0002": RowMissing,
             "23514": ValueRefused}
_GENERIC = {AccessRefused: "server_refuses_action", ValueRefused: "server_refuses_value",
            DuplicateRefused: "server_duplicate", RowMissing: "server_row_missing"}  # message keys


def _refused_by_server(exc: DBAPIError) -> Exception | None:
    """A typed, French error for a PostgreSQL refusal (by SQLSTATE, never by message text)."""
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None)
    kind = _REFUSALS.get(sqlstate or "")
    if kind is None:
        return None
    diag = getattr(orig, "diag", None)
    primary = (getattr(diag, "message_primary", None) or "").strip()
    # Our functions raise French sentences (no "permission denied for table …" from the server's
    # own catalog); anything else gets the generic sentence of its kind.
    ours = getattr(diag, "source_function", None) == "exec_stmt_raise"
    if ours and primary:
        return kind(primary, sqlstate=sqlstate)
    return kind.of(_GENERIC[kind], sqlstate=sqlstate)


def is_login_refusal(exc: BaseException) -> bool:
    """A connection the server refused after checking the password: a wrong or changed password, or
    a login that may no longer log in (deactivated). Not a network failure, not a server restarting.

    libpq gives no SQLSTATE for a failed connection, so this reads what libpq knows for sure: the
    password was sent (`used_password`) and no session was opened.
    """
    orig = getattr(exc, "orig", exc)
    pgconn = getattr(orig, "pgconn", None)
    return (pgconn is not None and bool(getattr(pgconn, "used_password", False))
            and not getattr(pgconn, "backend_pid", 0))


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


# SQLSTATEs of a lost, refused or frozen connection: class 08, the server shutting down or starting
# up, and a statement that ran out of time.
_CONNECTION_SQLSTATES = ("57P01", "57P02", "57P03", "57014")  # 57014: a statement timeout
# SQLite result codes (primary, low byte) of a file that cannot be opened or read any more.
_SQLITE_LOST_FILE = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR)


# (keys of `domain.messages.OS_REASONS`)
_OS_REASONS = {errno.ENOENT: "missing", errno.EACCES: "permission", errno.EPERM: "permission",
               errno.EROFS: "read_only_disk", errno.ENOSPC: "disk_full", errno.ENOTDIR: "not_a_folder"}


def _os_reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)


def _is_disk_full(orig: BaseException | None) -> bool:
    """SQLite could not grow its file: the disk (or the file's page limit) is full (SQLITE_FULL)."""
    code = getattr(orig, "sqlite_errorcode", None) if isinstance(orig, sqlite3.Error) else None
    return code is not None and (code & 0xFF) == sqlite3.SQLITE_FULL


def _failed_to_connect(exc: OperationalError) -> bool:
    """psycopg says the error came from a connection attempt (it then carries the failed connection)."""
    orig = exc.orig
    pgconn = getattr(orig, "pgconn", None)
    return pgconn is not None and not getattr(pgconn, "backend_pid", 0)


def _is_connection_error(exc: OperationalError) -> bool:
    """A failure of the connection itself, told by exception class and code, never by message text."""
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        return code is not None and (code & 0xFF) in _SQLITE_LOST_FILE
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is None:
        # psycopg gives a connection that failed or broke no SQLSTATE (libpq has none to give)
        return orig is not None and type(orig).__module__.startswith("psycopg")
    return sqlstate.startswith("08") or sqlstate in _CONNECTION_SQLSTATES
