"""The embedded database, its WAL and its backups are readable by their owner only."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from relais_desk.cli import main
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests.network import small_network

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows relies on profile ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    previous = os.umask(0o022)  # what most desktops have: new files 0644 unless we say otherwise
    yield
    os.umask(previous)


def test_a_new_database_its_folder_and_its_wal_are_private(tmp_path):
    shared = tmp_path / "partage"
    shared.mkdir()
    os.chmod(shared, 0o755)
    path = shared / "relais" / "donnees" / "relais.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.ensure_schema(db)
    small_network(db)
    with db.read() as session:  # a reader keeps the WAL in place while we look at it
        session.connection().exec_driver_sql("SELECT count(*) FROM partner").scalar()
        wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    assert mode(shared) == 0o755  # a folder we did not create is left as it is
    db.dispose()


def test_an_existing_readable_database_is_tightened_at_open(tmp_path, caplog):
    path = tmp_path / "relais.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    os.chmod(path, 0o644)
    with caplog.at_level(logging.WARNING, logger="relais_desk.store.files"):
        db = Database(f"sqlite:///{path}")
    assert mode(path) == 0o600
    assert any(str(path) in r.getMessage() and "644" in r.getMessage() for r in caplog.records)
    with db.read() as session:  # still the same database
        assert session.connection().exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    db.dispose()


def test_a_backup_is_private(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'relais.sqlite3'}"
    assert main(["db", "upgrade", "--db", url]) == 0
    target = tmp_path / "copie.sqlite3"
    assert main(["db", "backup", str(target), "--db", url]) == 0
    assert mode(target) == 0o600
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
