"""Test harness: offscreen Qt, an in-memory keyring, real SQLite files and a real PostgreSQL database.

Each session creates its own PostgreSQL database from RELAIS_TEST_PG_URL and drops it at the end.
When no server answers, PostgreSQL tests skip loudly, unless RELAIS_REQUIRE_PG=1 (CI), where they fail.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import, or the session aborts
# Never read or write this machine's own connection settings or database.
os.environ.pop("RELAIS_DB_URL", None)
os.environ["RELAIS_CONFIG_DIR"] = __import__("tempfile").mkdtemp(prefix="relais-test-config-")

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from relais_desk.store import migrate, pg_security
from relais_desk.store.database import Database
from tests.memory_keyring import MemoryKeyring

PG_ADMIN_URL = os.environ.get("RELAIS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("RELAIS_REQUIRE_PG") == "1"


@pytest.fixture(autouse=True, scope="session")
def _memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """URL of a fresh, migrated PostgreSQL database for this test session (dropped at the end)."""
    admin = _libpq(PG_ADMIN_URL)
    try:
        conn = psycopg.connect(admin, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL unreachable at {make_url(PG_ADMIN_URL).render_as_string()}: {exc}"
        if REQUIRE_PG:
            pytest.fail("RELAIS_REQUIRE_PG=1 but " + message, pytrace=False)
        pytest.skip("!!! SKIPPING POSTGRESQL TESTS !!! " + message)
    name = f"relais_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name)
    url_text = url.render_as_string(hide_password=False)
    db = Database(url_text)
    migrate.upgrade(db)
    db.dispose()
    yield url_text
    drop_pg_database(conn, name)
    conn.close()


def drop_pg_database(conn: psycopg.Connection, name: str, *, admin_url: str = PG_ADMIN_URL) -> None:
    """Drop a test database and every role of its network: role names are cluster-wide."""
    from sqlalchemy import create_engine

    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine = create_engine(make_url(admin_url).set(drivername="postgresql+psycopg"))
    with engine.begin() as sa_conn:
        pg_security.drop_network_roles(sa_conn, name)
    engine.dispose()


def own_cluster(what: str) -> Iterator[object]:
    """A PostgreSQL server of the tests' own (tests/pg_cluster.py), removed afterwards; skips `what` (fails
    with RELAIS_REQUIRE_PG=1) when the server binaries are missing."""
    from tests import pg_cluster

    try:
        cluster = pg_cluster.start_cluster()
    except (FileNotFoundError, OSError) as exc:
        if REQUIRE_PG:
            pytest.fail(f"RELAIS_REQUIRE_PG=1 but no PostgreSQL server binaries to start one: {exc}", pytrace=False)
        pytest.skip(f"!!! SKIPPING {what} !!! {exc}")
    yield cluster
    pg_cluster.remove_cluster(cluster)


@pytest.fixture(scope="session")
def scram_cluster() -> Iterator[object]:
    """A PostgreSQL server of this session's own that checks passwords (SCRAM), see tests/pg_cluster.py."""
    yield from own_cluster("SCRAM POSTGRESQL TESTS")


@pytest.fixture
def scram_url(scram_cluster) -> Iterator[str]:  # noqa: ANN001
    """A fresh, migrated database on the password-checking server, as its superuser (dropped after)."""
    name = f"relais_scram_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(_libpq(scram_cluster.url()), autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    url = scram_cluster.url(database=name)
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    yield url
    drop_pg_database(admin, name, admin_url=scram_cluster.url())
    admin.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


def _truncate_pg(db: Database) -> None:
    """Empty every table between tests (the superuser lifts the ledger's append-only trigger for it)
    and drop the logins of the accounts that go with the rows."""
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        pg_security.drop_logins(conn, db.url.database or "")


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "relais.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def pg_url(pg_server_url: str) -> str:
    db = Database(pg_server_url)
    _truncate_pg(db)
    db.dispose()
    return pg_server_url


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    db = Database(sqlite_url)
    yield db
    db.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    db = Database(pg_url)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "pg"])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database URL, once per backend."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh, migrated, empty database, once per backend."""
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def network_db(db: Database) -> Database:
    """`db` with the small test network of tests/network.py."""
    from tests.network import small_network

    small_network(db)
    return db
