"""The demo's bulk writer and the ledger's JSON write exactly what SQLAlchemy and the standard library would."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert
from sqlalchemy.dialects import sqlite

from relais_desk.demo.bulk import _processor
from relais_desk.domain.models import LedgerEntry
from relais_desk.store import ledger

MOMENTS = [datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), datetime(2026, 3, 29, 0, 30, 0, 7, tzinfo=UTC),
           datetime(2026, 7, 1, 21, 0, tzinfo=ZoneInfo("Europe/Brussels")),
           datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=-5)))]
VALUES = {"date": [date(2026, 1, 1), date(1999, 12, 31)], "moment": MOMENTS, "int": [0, -3, 10**12], "bool": [True, False],
          "str": ["", "Le Rebond", "fuite d'eau é\u2028"]}


BULK = ("ledger", "call", "person", "bed_state", "hold", "orientation", "refusal")


@pytest.mark.parametrize("table", [t for t in LedgerEntry.metadata.sorted_tables if t.name in BULK],
                         ids=lambda t: t.name)
def test_each_columns_value_is_what_sqlalchemy_would_bind(table):
    dialect = sqlite.dialect()
    for column in table.c:
        ours = _processor(column.type, dialect)
        theirs = column.type._cached_bind_processor(dialect)
        python = column.type.python_type if not hasattr(column.type, "impl_instance") else \
            column.type.impl_instance.python_type
        kind = {datetime: "moment", date: "date", int: "int", bool: "bool", str: "str"}.get(python)
        for value in VALUES.get(kind, []):
            expected = theirs(value) if theirs else value
            assert (ours(value) if ours else value) == expected, (table.name, column.name, value)


def test_a_naive_moment_is_refused_as_sqlalchemy_refuses_it():
    ours = _processor(LedgerEntry.__table__.c.at.type, sqlite.dialect())
    with pytest.raises(ValueError):
        ours(datetime(2026, 1, 1, 20, 0))


def _reference(value):
    def default(obj):
        return obj.isoformat() if isinstance(obj, datetime | date) else str(obj)
    return json.dumps(value, default=default, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("value", [
    {"capacity": 30, "held": 3, "unavailable_reason": "", "counts_updated_at": MOMENTS[0], "deadline": MOMENTS[2]},
    {"status": "arrivee", "night": date(2026, 1, 1), "note": "fuite d'eau — « urgent » \u2028 😀", "z": None,
     "a": [1, 2, {"b": True, "a": 1.5}], "when": datetime(2026, 1, 1, 1, 1, 1, 5)},
    {},
])
def test_the_ledgers_json_is_the_standard_librarys_text(value):
    assert ledger.dumps(value) == _reference(value)
    assert ledger.dumps(None) is None


def test_whole_number_keys_are_written_as_text_keys():
    # (the standard library sorts them as numbers first; here they sort as the text they become)
    assert json.loads(ledger.dumps({3: "trois", 12: ("douze", 1)})) == {"3": "trois", "12": ["douze", 1]}


NOW = datetime(2026, 11, 20, 21, 47, 13, 123456, tzinfo=UTC)


def _history_rows(db):
    from relais_desk import demo

    net = demo.network(db, seed=2, years=0, shelters=6, now=NOW)
    history = demo.History.of(net)
    return history, history.nights(net.tonight - timedelta(days=40), net.tonight)


def _table_values(db, names, after=None):
    """Each row's values and their SQLite types; rows after `after[name]` only (the network's own ledger rows are
    stamped with the hour it was made)."""
    with db.read() as s:
        conn = s.connection()
        out = {}
        for name in names:
            cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')]
            typed = ", ".join(f'"{c}", typeof("{c}")' for c in cols)
            out[name] = conn.exec_driver_sql(f'SELECT {typed} FROM "{name}" WHERE rowid > ? ORDER BY rowid',
                                             ((after or {}).get(name, 0),)).all()
    return out


class _Core:
    """The reference: SQLAlchemy Core's own INSERT of the same rows."""

    def __init__(self, conn) -> None:  # noqa: ANN001
        self.conn = conn

    def insert(self, model, rows) -> None:  # noqa: ANN001
        if rows:
            self.conn.execute(insert(model.__table__), rows)


def test_the_demos_writes_store_what_sqlalchemy_core_stores(tmp_path):
    """The raw driver's executemany, at once or by the writing process, writes the same values, of the same
    SQLite types, as Core."""
    from relais_desk.demo.bulk import BackgroundWriter, Inserts
    from relais_desk.store import migrate
    from relais_desk.store.database import Database

    stored = []
    for route in ("core", "at_once", "process"):
        db = Database(f"sqlite:///{tmp_path / route}.sqlite3")
        migrate.upgrade(db)
        history, rows = _history_rows(db)
        with db.read() as s:
            after = s.connection().exec_driver_sql("SELECT max(rowid) FROM ledger").scalar_one()
        rows["person"][0]["alias"] = 'Ève « \\"guillemets\\" » \u2028 😀 12'  # text that JSON escapes
        if route == "process":
            writer = BackgroundWriter(db)
            history.write(writer, rows)
            writer.commit()
            writer.close()
        else:
            with db.write() as session:
                history.write((_Core if route == "core" else Inserts)(session.connection()), rows)
        stored.append(_table_values(db, BULK, {"ledger": after}))
        db.dispose()
    assert stored[0] == stored[1] == stored[2]
    assert all(stored[0][name] for name in BULK)


def _migrated(tmp_path, name):  # noqa: ANN001
    """A migrated database file with a demo network, and 40 nights of its history not written yet."""
    from relais_desk.store import migrate
    from relais_desk.store.database import Database

    db = Database(f"sqlite:///{tmp_path / name}.sqlite3")
    migrate.upgrade(db)
    return db, _history_rows(db)[1]


def test_a_failed_background_write_stops_the_demo_and_writes_nothing_of_its_transaction(tmp_path):
    from sqlite3 import IntegrityError

    from relais_desk.demo.bulk import BackgroundWriter
    from relais_desk.domain.models import Call, Person

    db, rows = _migrated(tmp_path, "failed")
    writer = BackgroundWriter(db)
    writer.insert(Person, rows["person"])
    writer.commit()
    writer.insert(Call, rows["call"])
    writer.insert(Person, rows["person"][:1])  # the same id again: this transaction fails, calls included
    writer.commit()
    with pytest.raises(IntegrityError):
        writer.close()
    counts = _table_values(db, ["person", "call"])
    assert len(counts["person"]) == len(rows["person"]) and counts["call"] == []
    # the caller failing: what it had not committed is not written, and nothing is raised over its own error
    writer = BackgroundWriter(db)
    writer.insert(Call, rows["call"])
    writer.close(failed=True)
    assert _table_values(db, ["call"])["call"] == []
    db.dispose()


def test_a_writer_that_dies_is_said_and_what_it_had_committed_stays(tmp_path):
    from relais_desk.demo.bulk import BackgroundWriter
    from relais_desk.domain.models import Call, Person
    from relais_desk.store.errors import DatabaseUnreachable

    db, rows = _migrated(tmp_path, "killed")
    writer = BackgroundWriter(db)
    writer.insert(Person, rows["person"])
    writer.commit()
    while writer._sent:  # (its answer: the persons are written)
        writer._answer()
    writer._process.kill()  # out of memory, say
    writer.insert(Call, rows["call"])
    with pytest.raises(DatabaseUnreachable, match="processus qui écrit l'historique de la démo s'est arrêté"):
        writer.commit()
        writer.close()
    counts = _table_values(db, ["person", "call"])
    assert len(counts["person"]) == len(rows["person"]) and counts["call"] == []
    db.dispose()


def test_a_database_file_deleted_during_the_demo_stops_it_before_its_next_transaction(tmp_path):
    from relais_desk.demo.bulk import BackgroundWriter
    from relais_desk.domain.models import Person
    from relais_desk.store.errors import DatabaseLost

    db, rows = _migrated(tmp_path, "lost")
    path = db.sqlite_path
    writer = BackgroundWriter(db)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    writer.insert(Person, rows["person"])
    with pytest.raises(DatabaseLost):
        writer.commit()
    writer.close(failed=True)
    db.dispose()


def test_the_writers_errors_come_back_as_the_drivers_own():
    import sqlite3

    from relais_desk.store.database import Database
    from relais_desk.store.errors import DatabaseFileRefused
    from relais_desk.store.sqlite_writer import error_of

    unique = error_of("IntegrityError", "UNIQUE constraint failed: person.id", sqlite3.SQLITE_CONSTRAINT_UNIQUE,
                      "SQLITE_CONSTRAINT_UNIQUE")
    assert type(unique) is sqlite3.IntegrityError and unique.sqlite_errorname == "SQLITE_CONSTRAINT_UNIQUE"
    full = error_of("OperationalError", "database or disk is full", sqlite3.SQLITE_FULL, "SQLITE_FULL")
    db = Database("sqlite:///:memory:")
    with pytest.raises(DatabaseFileRefused, match="plein"), db.translate_errors():
        raise full
    assert type(error_of("NoSuchError", "x", None)) is sqlite3.Error


def test_a_ledger_row_stores_its_actions_text_and_refuses_an_unknown_action():
    from relais_desk.domain.enums import LedgerAction

    at = MOMENTS[0]
    by_member = ledger.entry(action=LedgerAction.COUNTS_SET, entity="bed_state", entity_id=1, user_id=None, at=at)
    by_text = ledger.entry(action="counts_set", entity="bed_state", entity_id=1, user_id=None, at=at)
    assert by_member == by_text and type(by_member["action"]) is str and by_member["action"] == "counts_set"
    with pytest.raises(ValueError):
        ledger.entry(action="counts_sett", entity="bed_state", entity_id=1, user_id=None, at=at)


@pytest.mark.parametrize("another_connection", [False, True], ids=["alone", "beside_another"])
def test_the_writer_leaves_the_file_in_write_ahead_log_mode(tmp_path, another_connection):
    """Alone with the file, the writer writes with a rollback journal; beside another connection it keeps the
    log. Either way the rows are there and the file is back in WAL mode, as every connection expects it."""
    import sqlite3

    from relais_desk.demo.bulk import BackgroundWriter
    from relais_desk.domain.models import Person

    db, rows = _migrated(tmp_path, "modes")
    other = sqlite3.connect(str(db.sqlite_path)) if another_connection else None
    if other is not None:
        other.execute("SELECT count(*) FROM person").fetchone()  # (open, in WAL mode, no transaction)
    writer = BackgroundWriter(db)
    writer.insert(Person, rows["person"])
    writer.commit()
    writer.close()
    check = sqlite3.connect(str(db.sqlite_path))
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert check.execute("SELECT count(*) FROM person").fetchone()[0] == len(rows["person"])
    check.close()
    if other is not None:
        other.close()
    db.dispose()
