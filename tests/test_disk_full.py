"""A full disk under the embedded database: one French sentence naming the file, and nothing of the write kept.

SQLite says SQLITE_FULL when it cannot grow its file; a page limit (`PRAGMA max_page_count`) makes it say so
without filling a real disk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event, func, select

from relais_desk import demo
from relais_desk.cli import main
from relais_desk.domain.models import Call, LedgerEntry
from relais_desk.store.database import Database
from relais_desk.store.errors import DatabaseFileRefused

NOW = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)


def _limit_pages(db: Database, extra: int) -> None:
    """Every connection of `db` may grow the file by `extra` pages only."""
    with db.read() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar_one()

    def _limit(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra}")

    for engine in {db.engine, db.write_engine}:  # (SQLite writes through an engine of its own)
        event.listen(engine, "connect", _limit)
        engine.dispose()  # the connections open so far had no limit


def test_a_write_on_a_full_disk_says_so_and_keeps_nothing_of_it(sqlite_url):
    db = Database(sqlite_url)
    _limit_pages(db, 3)
    with db.read() as s:
        before = s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()
    with pytest.raises(DatabaseFileRefused) as caught, db.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO ledger (at, action, entity, before) SELECT '2026-01-01 00:00:00.000000', "
            "'setting_changed', 'network_setting', printf('%.2000c', 'x') FROM json_each(?)",
            (str(list(range(500))),))
    assert caught.value.key == "database_disk_full"
    assert "plein" in caught.value.message and "relais.sqlite3" in caught.value.message
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one() == before
    db.dispose()


def test_the_demos_writing_process_on_a_full_disk_stops_the_demo_with_that_sentence(sqlite_url):
    db = Database(sqlite_url)
    _limit_pages(db, 400)  # the network fits, its history does not
    with pytest.raises(DatabaseFileRefused) as caught:
        demo.generate(db, seed=1, years=1, shelters=6, now=NOW)
    assert caught.value.key == "database_disk_full"
    with db.read() as s:  # the 30 nights being written when the disk filled: none of their calls
        calls = s.execute(select(func.count()).select_from(Call)).scalar_one()
    assert calls < 6 * 365
    db.dispose()


def test_the_cli_demo_on_a_full_disk_is_one_sentence_and_exit_2(sqlite_url, capsys, monkeypatch):
    real = Database.__init__

    def limited(self, *args, **kwargs) -> None:  # noqa: ANN001
        real(self, *args, **kwargs)
        if self.is_sqlite:
            _limit_pages(self, 400)

    monkeypatch.setattr(Database, "__init__", limited)
    code = main(["demo", "--db", sqlite_url, "--years", "1", "--shelters", "6"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("relais-desk : Le disque de la base")
