"""Retention: the purge keeps every figure of every past report and leaves nothing linked to the person;
the daily purge runs once; erasure and merge on request."""

from __future__ import annotations

import json
import random
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, func, select, text
from sqlmodel import SQLModel

from relais_desk.cli import main
from relais_desk.domain.enums import Role
from relais_desk.domain.models import (
    Call,
    ChangeEvent,
    ClosedNight,
    ClosedNightDemand,
    Hold,
    LedgerEntry,
    Orientation,
    Person,
    PurgeRun,
    Refusal,
)
from relais_desk.reports import annual
from relais_desk.services import beds, calls, closed_nights, person_merge, persons, retention, settings, stats
from relais_desk.services.actor import Actor
from relais_desk.services.calls import RefusalDraft
from relais_desk.services.errors import InvalidValue, NotAllowed
from relais_desk.store.database import Database
from tests.network import SYSTEM, at_once, small_network
from tests.test_closed_nights import apply_op, evening

YEARS = (2022, 2023)
PURGE_AT = datetime(2026, 6, 1, 10, tzinfo=UTC)  # every contact of 2022-2023 is older than 24 months
REPORT_AT = datetime(2026, 6, 1, 12, tzinfo=UTC)
OPS = ("set", "hold", "orient", "arrive", "expire", "refuse", "absent")


def history(db: Database, seed: int) -> tuple[list[date], list[int], int]:
    """A random history over two years through the services: calls with notes, holds, orientations,
    refusals, arrivals. Returns the nights used, the persons seen then, and one person seen recently."""
    rng = random.Random(seed)
    people = [persons.create_person(db, actor=SYSTEM, alias=f"Alias-{seed}-{i}", birth_year=1960 + i,
                                    gender=rng.choice(["femme", "homme", "inconnu"]), with_dog=i % 2 == 0,
                                    now=datetime(2022, 1, 1, 9, tzinfo=UTC)).person_id for i in range(5)]
    nights = sorted({date(y, rng.randint(1, 12), rng.randint(1, 28)) for y in YEARS for _ in range(3)})
    for night in nights:
        holds: list[int] = []
        for _ in range(rng.randint(4, 9)):
            minute = rng.randint(0, 16 * 60)
            at = evening(night, "18:00") + timedelta(minutes=minute)
            if rng.random() < 0.35:
                person = rng.choice([*people, None])
                # the free text of a person's calls must go with them (an anonymous call's may stay)
                mark = str(seed) if person else "anonyme"
                calls.create_call(db, actor=SYSTEM, channel="telephone", received_at=at, now=at, person_id=person, source="tests",
                                  notes=f"notes-secretes-{mark}", location=f"lieu-secret-{mark}",
                                  needs=["hebergement"],
                                  refusals=[RefusalDraft("hommes", "saturation", f"remarque-{mark}")]
                                  if rng.random() < 0.5 else [])
            else:
                apply_op(db, rng.choice(OPS), rng.randint(0, 2), rng.randint(0, 6), rng.choice(
                    ["saturation", "quota_depasse", "autre"]), at, holds, people)
        beds.expire_holds(db, now=evening(night, "18:00") + timedelta(hours=17))
    recent = persons.create_person(db, actor=SYSTEM, alias=f"Recent-{seed}", birth_year=1990,
                                   now=datetime(2026, 1, 10, 9, tzinfo=UTC)).person_id
    return nights, people, recent


def close(db: Database, nights: list[date]) -> None:
    for night in nights:
        closed_nights.close_night(db, night, now=REPORT_AT)


def figures(db: Database, tmp_path: Path, tag: str) -> dict[int, Any]:
    """Every year's headline (what `report --json` prints), every number of its tables before masking, and
    every number of its XLSX (masked, as published)."""
    out: dict[int, Any] = {}
    for year in YEARS:
        report = annual.build_annual(db, year, now=REPORT_AT)
        book = load_workbook(annual.write_report_xlsx(report, tmp_path / f"{tag}-{year}.xlsx"), read_only=True)
        numbers = {sheet.title: [c for row in sheet.iter_rows(values_only=True) for c in row
                                 if isinstance(c, int | float)] for sheet in book.worksheets}
        unmasked = {t.sheet: [c for row in t.rows for c in row if isinstance(c, int | float)] for t in report.tables}
        out[year] = {"headline": report.headline, "xlsx": numbers, "unmasked": unmasked}
    return out


def names_a_person(column: Any) -> bool:
    return column.name == "person_id" or any(fk.column.table.name == "person" for fk in column.foreign_keys)


def assert_nothing_links(db: Database, purged: list[int], words: list[str]) -> None:
    """No table holds a purged person's id in a person column, no ledger row names a person, no change
    event of the person topic carries their id, and none of their free text is left anywhere."""
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Person).where(Person.id.in_(purged))).scalar_one() == 0
        for table in SQLModel.metadata.sorted_tables:
            for column in table.columns:
                if names_a_person(column):
                    left = s.execute(select(func.count()).select_from(table).where(column.in_(purged))).scalar_one()
                    assert left == 0, f"{table.name}.{column.name}"
        for entity, entity_id, before, after in s.execute(
                select(LedgerEntry.entity, LedgerEntry.entity_id, LedgerEntry.before, LedgerEntry.after)):
            payload = f"{before or ''} {after or ''}"
            assert "person_id" not in payload and "notes" not in payload and "location" not in payload
            if entity == "person":
                assert entity_id is None and before is None
                assert set(json.loads(after or "{}")) <= {"subject", "fields", "merged_subject", "purged",
                                                          "cutoff", "trigger"}
        for (ids,) in s.execute(select(ChangeEvent.ids).where(ChangeEvent.topic == "person")):
            assert not set(ids.split(",")) & {str(p) for p in purged}
        dump = " ".join(str(v) for table in SQLModel.metadata.sorted_tables
                        for row in s.execute(select(table)) for v in row)
    for word in words:
        assert word not in dump


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_purge_changes_no_figure_of_any_past_report_and_leaves_nobody_linked(tmp_path, sqlite_url, seed):
    first = Database(sqlite_url)
    small_network(first)
    nights, people, recent = history(first, seed)
    first.dispose()
    # the same history twice: nights closed before the purge here, closed only after it in the copy
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(sqlite_url.removeprefix("sqlite:///"), copy)
    a, b = Database(sqlite_url), Database(f"sqlite:///{copy}")
    close(a, nights)
    before = figures(a, tmp_path, "before")
    assert before[2022]["headline"]["distinct_persons"] + before[2023]["headline"]["distinct_persons"] > 0
    summary = retention.purge(a, actor=SYSTEM, now=PURGE_AT)
    assert (summary.purged, summary.kept) == (len(people), 1)
    assert figures(a, tmp_path, "after") == before
    retention.purge(b, actor=SYSTEM, now=PURGE_AT)
    close(b, nights)
    assert figures(b, tmp_path, "late") == before
    assert_nothing_links(a, people, [f"Alias-{seed}-", f"notes-secretes-{seed}", f"lieu-secret-{seed}",
                                     f"remarque-{seed}"])
    with a.read() as s:
        assert s.get(Person, recent) is not None
        # the events stay, each purged person's under one key of their own that is neither id nor subject
        keys = set(s.execute(select(Call.anonymous_key).where(Call.anonymous_key.is_not(None))).scalars())
        assert all(len(k) == 32 for k in keys) and not keys & {str(p) for p in people}
    a.dispose()
    b.dispose()


def test_on_the_server_a_purge_changes_no_figure_and_leaves_nobody_linked(tmp_path, pg_db):
    small_network(pg_db)
    nights, people, recent = history(pg_db, 7)
    with pg_db.read() as s:
        expected = {n: closed_nights.compute_night(s, n) for n in nights}
    close(pg_db, nights)
    before = figures(pg_db, tmp_path, "before")
    summary = retention.purge(pg_db, actor=SYSTEM, now=PURGE_AT)
    assert (summary.purged, summary.kept, summary.retention_months) == (len(people), 1, 24)
    assert figures(pg_db, tmp_path, "after") == before
    assert_nothing_links(pg_db, people, ["Alias-7-", "notes-secretes-7", "lieu-secret-7", "remarque-7"])
    # nights the server closes only after the purge have the figures they would have had
    with pg_db.write() as s:
        s.execute(delete(ClosedNight))
        s.execute(delete(ClosedNightDemand))
    close(pg_db, nights)
    with pg_db.read() as s:
        for night, (rows, demand) in expected.items():
            got = s.execute(select(ClosedNightDemand).where(ClosedNightDemand.night == night)).scalars().all()
            assert sorted((d.category_id, d.refused_person_nights) for d in got) == sorted(
                (d["category_id"], d["refused_person_nights"]) for d in demand)
            arrivals = s.execute(select(ClosedNight.partner_id, ClosedNight.category_id, ClosedNight.arrivals)
                                 .where(ClosedNight.night == night)).all()
            assert sorted(arrivals) == sorted((r["partner_id"], r["category_id"], r["arrivals"]) for r in rows)
    assert figures(pg_db, tmp_path, "late") == before


def _tables(db: Database) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {t.name: sorted(map(tuple, s.execute(select(t)).all()), key=repr)
                for t in SQLModel.metadata.sorted_tables}


def test_a_dry_run_counts_and_changes_nothing(network_db, capsys):
    old = persons.create_person(network_db, actor=SYSTEM, alias="Ancien", now=datetime(2020, 3, 1, tzinfo=UTC))
    persons.create_person(network_db, actor=SYSTEM, alias="Récent")
    before = _tables(network_db)
    summary = retention.purge(network_db, actor=SYSTEM, dry_run=True)
    assert (summary.purged, summary.kept, summary.dry_run) == (1, 1, True)
    assert _tables(network_db) == before
    url = network_db.url.render_as_string(hide_password=False)
    assert main(["persons", "purge", "--dry-run", "--json", "--db", url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["purged"], out["kept"], out["dry_run"]) == (1, 1, True)
    assert _tables(network_db) == before
    assert main(["persons", "purge", "--json", "--db", url]) == 0
    assert (json.loads(capsys.readouterr().out)["purged"]) == 1
    with network_db.read() as s:
        assert s.get(Person, old.person_id) is None


def test_the_daily_purge_runs_once_whichever_clients_race_for_it(network_db, db_url):
    for i in range(3):
        persons.create_person(network_db, actor=SYSTEM, alias=f"Vieux {i}", now=datetime(2021, 5, 1, tzinfo=UTC))
    clients = [Database(db_url), Database(db_url)]
    results: list[retention.PurgeSummary] = []
    errors: list[BaseException] = []

    def run(db: Database) -> None:
        try:
            results.append(retention.run_daily(db, actor=SYSTEM, now=PURGE_AT))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    at_once(*(lambda d=d: run(d) for d in clients))
    for c in clients:
        c.dispose()
    assert errors == []
    assert sorted(r.purged for r in results) == [0, 3] and sorted(r.ran for r in results) == [False, True]
    # later the same day: nothing; the next day: a run of its own
    persons.create_person(network_db, actor=SYSTEM, alias="Vieux 4", now=datetime(2021, 5, 1, tzinfo=UTC))
    assert retention.run_daily(network_db, actor=SYSTEM, now=PURGE_AT + timedelta(hours=5)).ran is False
    assert retention.run_daily(network_db, actor=SYSTEM, now=PURGE_AT + timedelta(days=1)).purged == 1
    with network_db.read() as s:
        assert s.execute(select(func.count()).select_from(PurgeRun)).scalar_one() == 2
        assert s.execute(select(func.count()).select_from(LedgerEntry)
                         .where(LedgerEntry.action == "persons_purged")).scalar_one() == 2
    last = retention.retention_status(network_db, actor=SYSTEM)
    assert (last["retention_months"], last["last_purge_count"]) == (24, 1)


def test_every_contact_moves_the_retention_clock(network_db):
    p = persons.create_person(network_db, actor=SYSTEM, alias="Suivie", now=datetime(2023, 1, 1, 9, tzinfo=UTC))
    at = evening(date(2024, 11, 3), "20:00")
    beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, person_id=p.person_id, now=at,
                  deadline=at + timedelta(hours=1))
    with network_db.read() as s:
        assert s.get(Person, p.person_id).last_contact_at.replace(tzinfo=UTC) == at
    # 24 months after the hold, not after her creation
    assert retention.purge(network_db, actor=SYSTEM, dry_run=True, now=datetime(2026, 6, 1, tzinfo=UTC)).purged == 0


def test_erase_is_refused_with_the_reason_while_a_bed_is_held_tonight(network_db, capsys):
    p = persons.create_person(network_db, actor=SYSTEM, alias="Attendue")
    hold = beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, person_id=p.person_id)
    url = network_db.url.render_as_string(hide_password=False)
    before = _tables(network_db)
    assert main(["persons", "erase", str(p.person_id), "--db", url]) == 2
    err = capsys.readouterr().err
    assert "réservé" in err and "Abri Dourlet" in err and "Traceback" not in err
    assert _tables(network_db) == before
    beds.mark_arrived(network_db, hold.hold_id, actor=SYSTEM)
    assert main(["persons", "erase", str(p.person_id), "--db", url]) == 0
    with network_db.read() as s:
        assert s.get(Person, p.person_id) is None
        row = s.execute(select(LedgerEntry).where(LedgerEntry.action == "person_erased")).scalar_one()
        assert (row.entity, row.entity_id, row.before, row.after) == ("person", None, None, None)
        assert s.execute(select(Hold.person_id, func.length(Hold.anonymous_key))).one() == (None, 32)


@pytest.mark.parametrize("argv", [["erase", "999999"], ["erase", "douze"], ["merge", "1", "999999"],
                                  ["merge", "999998", "999999"]])
def test_an_unknown_person_is_one_french_sentence_and_exit_2(network_db, capsys, argv):
    persons.create_person(network_db, actor=SYSTEM, alias="Seule")
    before = _tables(network_db)
    assert main(["persons", *argv, "--db", network_db.url.render_as_string(hide_password=False)]) == 2
    err = capsys.readouterr().err
    assert "introuvable" in err and "Traceback" not in err
    assert _tables(network_db) == before


def test_only_admin_erases_and_purges_and_coordination_merges(network_db):
    coordination = Actor(user_id=None, role=Role.COORDINATION)
    p = persons.create_person(network_db, actor=SYSTEM, alias="X")
    q = persons.create_person(network_db, actor=SYSTEM, alias="X")
    with pytest.raises(NotAllowed):
        retention.erase_person(network_db, p.person_id, actor=coordination)
    with pytest.raises(NotAllowed):
        retention.purge(network_db, actor=coordination)
    person_merge.merge_persons(network_db, p.person_id, q.person_id, actor=coordination)
    with pytest.raises(InvalidValue):
        person_merge.merge_persons(network_db, p.person_id, p.person_id, actor=coordination)


def test_a_merge_moves_the_events_is_ledgered_and_counts_one_person(network_db, capsys):
    at = datetime(2025, 3, 4, 20, tzinfo=UTC)
    marc = [persons.create_person(network_db, actor=SYSTEM, alias="Marc G.", birth_year=1970, now=at)
            for _ in range(2)]
    for m in marc:
        calls.create_call(network_db, actor=SYSTEM, channel="telephone", person_id=m.person_id, received_at=at, now=at,
                          source="tests")
    f = stats.Filters(start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert stats.distinct_persons(network_db, f) == 2
    with network_db.read() as s:
        subjects = [s.get(Person, m.person_id).subject for m in marc]
    url = network_db.url.render_as_string(hide_password=False)
    assert main(["persons", "merge", str(marc[0].person_id), str(marc[1].person_id), "--db", url]) == 0
    assert stats.distinct_persons(network_db, f) == 1
    with network_db.read() as s:
        assert s.get(Person, marc[1].person_id) is None
        assert set(s.execute(select(Call.person_id)).scalars()) == {marc[0].person_id}
        row = s.execute(select(LedgerEntry).where(LedgerEntry.action == "person_merged")).scalar_one()
    assert (row.entity, row.entity_id) == ("person", None)
    assert json.loads(row.after) == {"subject": subjects[0], "merged_subject": subjects[1]}


def test_retention_months_is_whole_months_within_bounds_and_admins(network_db):
    coordination = Actor(user_id=None, role=Role.COORDINATION)
    with pytest.raises(NotAllowed):
        settings.set_value(network_db, "retention_months", "36", actor=coordination)
    for bad in ("0", "3", "121", "1.5", "deux ans", "-24"):
        with pytest.raises(InvalidValue):
            settings.set_value(network_db, "retention_months", bad, actor=SYSTEM)
    settings.set_value(network_db, "retention_months", "36", actor=SYSTEM)
    assert retention.retention_status(network_db, actor=SYSTEM)["retention_months"] == 36
    old = persons.create_person(network_db, actor=SYSTEM, alias="30 mois", now=datetime(2024, 1, 1, tzinfo=UTC))
    assert retention.purge(network_db, actor=SYSTEM, dry_run=True, now=PURGE_AT).purged == 0  # 29 months < 36
    with network_db.read() as s:
        assert s.get(Person, old.person_id) is not None


def test_a_purged_persons_id_is_never_given_again(sqlite_db):
    first = persons.create_person(sqlite_db, actor=SYSTEM, alias="Avant", now=datetime(2020, 1, 1, tzinfo=UTC))
    retention.purge(sqlite_db, actor=SYSTEM)
    newcomer = persons.create_person(sqlite_db, actor=SYSTEM, alias="Après")
    assert newcomer.person_id > first.person_id


def test_months_before_clamps_like_the_server():
    assert retention.months_before(datetime(2026, 3, 31, 8, tzinfo=UTC), 1) == datetime(2026, 2, 28, 8, tzinfo=UTC)
    assert retention.months_before(datetime(2026, 6, 1, tzinfo=UTC), 24) == datetime(2024, 6, 1, tzinfo=UTC)
    assert retention.months_before(datetime(2026, 1, 15, tzinfo=UTC), 13) == datetime(2024, 12, 15, tzinfo=UTC)


def test_every_person_column_is_cleared_by_the_purge():
    """A column added later that names a person must be handled by the purge (and this list)."""
    named = sorted(f"{t.name}.{c.name}" for t in SQLModel.metadata.sorted_tables for c in t.columns
                   if names_a_person(c))
    assert named == ["call.person_id", "hold.person_id", "orientation.person_id", "refusal.person_id"]
    assert [m.__tablename__ for m in (Call, Hold, Orientation, Refusal)] == list(retention_tables())


def retention_tables() -> tuple[str, ...]:
    from relais_desk.store import pg_retention

    return pg_retention.EVENT_TABLES



# ------------------------------------------------------------------------------ the ledger migration

OLD_ROWS = [  # what 0005's code wrote: values under the person's id, person ids and places in event rows
    ("person_saved", "person", 1, None, {"birth_year": 1970, "gender": "homme", "fields": ["alias", "birth_year",
                                                                                         "gender"]}),
    ("person_saved", "person", 1, {"with_dog": False}, {"with_dog": True, "fields": ["with_dog"]}),
    ("person_saved", "person", 9, None, {"children": 2, "fields": ["children"]}),  # a person deleted by hand
    ("orientation_created", "orientation", 4, None, {"status": "confirmee", "hold_id": 3, "person_id": 1}),
    ("orientation_linked", "orientation", 4, {"call_id": None, "person_id": None},
     {"call_id": 5, "person_id": 1, "hold_id": 3}),
    ("call_saved", "call", 5, None, {"channel": "telephone", "location": "gare du Sud", "outcome": "oriente"}),
    ("counts_set", "bed_state", 2, None, {"capacity": 5, "occupied": 1}),
]


def _old_database(db: Database) -> None:
    from relais_desk.store import migrate

    migrate.upgrade(db, "0005")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO person (id, subject, alias, birth_year, gender, children, with_dog, "
                          "wheelchair, created_at) VALUES (1, :s, 'Marc G.', 1970, 'homme', 0, true, false, :t)"),
                     {"s": "a" * 32, "t": datetime(2025, 1, 1)})
        conn.execute(text("INSERT INTO ledger (at, action, entity, entity_id, before, after) "
                          "VALUES (:at, :a, :e, :i, :b, :f)"),
                     [{"at": datetime(2025, 1, 1), "a": a, "e": e, "i": i, "b": json.dumps(b) if b else None,
                       "f": json.dumps(f)} for a, e, i, b, f in OLD_ROWS])


def _check_migrated(db: Database) -> None:
    with db.read() as s:
        got = s.execute(select(LedgerEntry.action, LedgerEntry.entity_id, LedgerEntry.before, LedgerEntry.after)
                        .order_by(LedgerEntry.id)).all()
    rows = [(a, i, json.loads(b) if b else None, json.loads(f)) for a, i, b, f in got]
    assert rows[0] == ("person_saved", None, None, {"subject": "a" * 32, "fields": ["alias", "birth_year", "gender"]})
    assert rows[1] == ("person_saved", None, None, {"subject": "a" * 32, "fields": ["with_dog"]})
    assert rows[2][:2] == ("person_saved", None) and rows[2][3]["fields"] == ["children"]
    assert len(rows[2][3]["subject"]) == 32 and rows[2][3]["subject"] != "a" * 32
    assert rows[3] == ("orientation_created", 4, None, {"status": "confirmee", "hold_id": 3})
    assert rows[4] == ("orientation_linked", 4, {"call_id": None}, {"call_id": 5, "hold_id": 3})
    assert rows[5] == ("call_saved", 5, None, {"channel": "telephone", "outcome": "oriente"})
    assert rows[6] == ("counts_set", 2, None, {"capacity": 5, "occupied": 1})


def test_an_older_embedded_ledger_is_rewritten_to_name_nobody(tmp_path):
    from relais_desk.store import migrate

    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _old_database(db)
    migrate.ensure_schema(db)
    _check_migrated(db)
    db.dispose()


def test_an_older_shared_ledger_is_rewritten_and_stays_append_only(pg_server_url):
    """On a server the ledger refuses UPDATE even to the owner: the migration lifts that for itself only."""
    import psycopg
    from sqlalchemy.engine import make_url

    from relais_desk.store import migrate, pg_roles
    from tests.conftest import drop_pg_database

    admin = make_url(pg_server_url).set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False)
    name = "relais_test_old_ledger"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    try:
        _old_database(db)
        owner = pg_roles.owner(name)
        with db.engine.begin() as conn:  # the guards 0005's security had installed on the ledger
            conn.execute(text("CREATE FUNCTION relais_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION 'append only' USING ERRCODE = 'insufficient_privilege'; END $$"))
            conn.execute(text("CREATE TRIGGER relais_append_only BEFORE UPDATE OR DELETE ON ledger FOR EACH ROW "
                              "EXECUTE FUNCTION relais_ledger_append_only()"))
            conn.execute(text(f'REVOKE UPDATE, DELETE, TRUNCATE ON ledger FROM "{owner}"'))
            conn.execute(text("ALTER TABLE ledger ENABLE ROW LEVEL SECURITY"))
            conn.execute(text("ALTER TABLE ledger FORCE ROW LEVEL SECURITY"))
        migrate.upgrade(db)
        _check_migrated(db)
        with db.engine.begin() as conn:
            assert conn.execute(text("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'ledger'")).scalar()
            assert not conn.execute(text(f"SELECT has_table_privilege('{owner}', 'ledger', 'UPDATE')")).scalar()
        with pytest.raises(Exception, match="ne se modifie pas"), db.engine.begin() as conn:
            conn.execute(text("UPDATE ledger SET action = 'x'"))
    finally:
        db.dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            drop_pg_database(conn, name)
