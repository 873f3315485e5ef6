"""An embedded database file deleted or replaced under a running program: nothing more is read from
or written to it, and nothing is reported saved (issue #14, fault 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from relais_desk.store import migrate
from relais_desk.store.database import Database
from relais_desk.store.errors import DatabaseLost, DatabaseUnreachable


@pytest.fixture()
def running(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'reseau.sqlite3'}")
    migrate.upgrade(db)
    with db.write() as s:  # a pooled connection now holds the file open
        s.execute(text("INSERT INTO network_setting (key, value) VALUES ('network_name', 'Avant')"))
    yield db, tmp_path / "reseau.sqlite3"
    db.dispose()


def _names(path: Path) -> list[str]:
    check = Database(f"sqlite:///{path}")
    try:
        with check.read() as s:
            return [v for (v,) in s.execute(text("SELECT value FROM network_setting WHERE key = 'network_name'"))]
    finally:
        check.dispose()


def test_a_deleted_file_refuses_every_read_and_write_and_is_not_recreated(running) -> None:
    db, path = running
    path.unlink()
    for wal in path.parent.glob(path.name + "-*"):
        wal.unlink()
    with pytest.raises(DatabaseLost, match="a disparu") as err, db.write() as s:
        s.execute(text("UPDATE network_setting SET value = 'Après' WHERE key = 'network_name'"))
    assert isinstance(err.value, DatabaseUnreachable)  # the screens show it offline and keep the form
    with pytest.raises(DatabaseLost), db.read() as s:
        s.execute(text("SELECT 1"))
    assert not path.exists()  # never re-created empty


def test_a_replaced_file_is_refused_and_neither_file_gets_the_write(running, tmp_path: Path) -> None:
    db, path = running
    copy = tmp_path / "copie.sqlite3"
    shutil.copy(path, copy)
    path.unlink()
    shutil.copy(copy, path)  # same content, another file: e.g. a backup restored under the running app
    with pytest.raises(DatabaseLost, match="remplacé"), db.write() as s:
        s.execute(text("UPDATE network_setting SET value = 'Après' WHERE key = 'network_name'"))
    assert _names(path) == ["Avant"]


def test_a_damaged_file_is_refused_at_open_naming_the_file_and_the_backup(tmp_path: Path) -> None:
    from relais_desk.store.errors import DatabaseCorrupt

    path = tmp_path / "abimee.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # scribble over a few b-tree pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    damaged = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseCorrupt, match="db backup") as err:
            migrate.ensure_schema(damaged)
        assert str(path) in err.value.message
    finally:
        damaged.dispose()


def test_a_file_that_is_not_a_database_is_refused_at_open(tmp_path: Path) -> None:
    from relais_desk.store.errors import DatabaseCorrupt

    path = tmp_path / "tableur.sqlite3"
    path.write_bytes(b"PK\x03\x04 pas une base" * 200)
    db = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseCorrupt):
            migrate.ensure_schema(db)
    finally:
        db.dispose()
