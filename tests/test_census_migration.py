"""Migration 0009: census rows written before it learn whether they were reported, from the ledger."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from relais_desk.domain.nights import local_moment
from relais_desk.services import beds, census, lookup
from relais_desk.services.settings import parse_hhmm
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests.conftest import drop_pg_database
from tests.network import SYSTEM, small_network

NIGHT = date(2026, 1, 15)
OLD_CENSUS = sa.table("census", *(sa.column(c) for c in (
    "night", "partner_id", "category_id", "capacity", "capacity_base", "capacity_winter", "unavailable", "occupied",
    "held", "free", "arrivals", "no_shows", "orientations_received", "refusals_saturation", "refusals_quota",
    "refusals_profile", "refusals_other", "computed_at")))


def evening(hhmm: str) -> datetime:
    return local_moment(NIGHT, parse_hhmm(hhmm))


# Today's services read and write today's partner columns; a schema of 0008 gets them for the time the test
# writes its network and history through the services, and loses them before it is upgraded.
LATER_PARTNER_COLUMNS = ("opening_hours",)  # 0010


def _add_todays_partner_columns(db: Database) -> None:
    with db.write() as session:
        for column in LATER_PARTNER_COLUMNS:
            session.execute(sa.text(f"ALTER TABLE partner ADD COLUMN {column} VARCHAR(300) NOT NULL DEFAULT ''"))


def _drop_todays_partner_columns(db: Database) -> None:
    with db.write() as session:
        for column in LATER_PARTNER_COLUMNS:
            session.execute(sa.text(f"ALTER TABLE partner DROP COLUMN {column}"))


@pytest.fixture(params=["sqlite", "pg"])
def older_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database at revision 0008, the last one whose census stored a count for every row."""
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        migrate.upgrade(db, "0008")
        _add_todays_partner_columns(db)
        yield db
        db.dispose()
        return
    server = request.getfixturevalue("pg_server_url")
    admin = make_url(server).set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    name = f"relais_test_0008_{os.getpid()}_{uuid.uuid4().hex[:6]}"  # others may run the same test at once
    with psycopg.connect(admin, autocommit=True) as conn:
        drop_pg_database(conn, name)
        conn.execute(f'CREATE DATABASE "{name}"')
    db = Database(make_url(server).set(database=name).render_as_string(hide_password=False))
    try:
        migrate.upgrade(db, "0008")
        _add_todays_partner_columns(db)
        yield db
    finally:
        db.dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            drop_pg_database(conn, name)


def _old_census_row(session, shelter: str, category: str, *, capacity: int, occupied: int) -> None:  # noqa: ANN001
    session.execute(sa.insert(OLD_CENSUS).values(
        night=NIGHT, partner_id=lookup.shelter(session, shelter).id, category_id=lookup.category(session, category).id,
        capacity=capacity, capacity_base=capacity, capacity_winter=0, unavailable=0, occupied=occupied, held=0,
        free=capacity - occupied, arrivals=0, no_shows=0, orientations_received=0, refusals_saturation=0,
        refusals_quota=0, refusals_profile=0, refusals_other=0, computed_at=datetime(2026, 1, 15, 22, 5, tzinfo=UTC)))


def test_the_migration_marks_old_census_rows_reported_from_the_ledger(older_db: Database) -> None:
    db = older_db
    small_network(db)
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=3, actor=SYSTEM, now=evening("19:00"))
    # counted after the census moment (the network's census time, 22:30 here): the census did not know it
    beds.set_counts(db, shelter="Abri Dourlet", category="femmes", occupied=1, actor=SYSTEM, now=evening("22:45"))
    with db.write() as session:
        session.execute(sa.text("DELETE FROM network_setting WHERE key = 'census_time'"))
        session.execute(sa.text("INSERT INTO network_setting (key, value) VALUES ('census_time', '22:30')"))
        _old_census_row(session, "Abri Dourlet", "hommes", capacity=5, occupied=3)
        _old_census_row(session, "Abri Dourlet", "femmes", capacity=2, occupied=0)
        _old_census_row(session, "Le Rebond", "mixte", capacity=1, occupied=0)  # nobody counted all night
    _drop_todays_partner_columns(db)
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    got = {(r["shelter"], r["category"]): r for r in census.rows(db, NIGHT)}
    assert [(k, r["reported"], r["occupied"], r["free"], r["capacity"]) for k, r in sorted(got.items())] == [
        (("Abri Dourlet", "femmes"), False, None, None, 2),
        (("Abri Dourlet", "hommes"), True, 3, 2, 5),
        (("Le Rebond", "mixte"), False, None, None, 1),
    ]
    # the database itself refuses a not-reported row with a count, and a reported one without
    for values in ({"reported": False, "occupied": 0, "free": 1}, {"reported": True, "occupied": None, "free": 1}):
        with pytest.raises(sa.exc.IntegrityError), db.write_engine.begin() as conn:
            conn.execute(sa.text("UPDATE census SET reported = :reported, occupied = :occupied, free = :free"),
                         values)
