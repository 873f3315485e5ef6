"""The nightly census: exactly once, computed from the ledger as of census time, rebuilt after downtime."""

from __future__ import annotations

import csv
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import delete, func, select

from relais_desk.cli import main
from relais_desk.domain.models import Census, CensusDemand, CensusRun
from relais_desk.domain.nights import local_moment, night_of, to_utc
from relais_desk.reports import census_export
from relais_desk.services import beds, census, closed_nights, night_figures, orientations, refusals
from relais_desk.services.errors import Conflict, InvalidValue, NoBedAvailable, NotFound, OverCapacity
from relais_desk.services.settings import parse_hhmm
from relais_desk.store.database import Database
from tests.network import SYSTEM

NIGHT = date(2026, 1, 15)


def evening(night: date, hhmm: str) -> datetime:
    return local_moment(night, parse_hhmm(hhmm))


def _activity(db: Database, night: date) -> None:
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=3, actor=SYSTEM,
                    now=evening(night, "19:00"))
    h1 = beds.hold_bed(db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, now=evening(night, "19:30"),
                       deadline=evening(night, "22:00"))
    h2 = beds.hold_bed(db, shelter="Le Rebond", category="mixte", actor=SYSTEM, now=evening(night, "20:00"),
                       deadline=evening(night, "22:00"))
    beds.mark_arrived(db, h1.hold_id, actor=SYSTEM, now=evening(night, "21:00"))
    beds.expire_holds(db, now=evening(night, "22:30"))
    refusals.record_refusal(db, category="mixte", reason="saturation", partner="Le Rebond", actor=SYSTEM,
                            now=evening(night, "22:45"))
    # after the census moment: must not count in that night's census
    beds.set_counts(db, shelter="Abri Dourlet", category="femmes", occupied=2, actor=SYSTEM,
                    now=evening(night, "23:30"))
    assert h2


def _rows(db: Database, night: date) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "computed_at"} for r in census.rows(db, night)]


def test_census_counts_the_night_as_of_census_time(network_db):
    _activity(network_db, NIGHT)
    summary = census.write_night(network_db, NIGHT, actor=SYSTEM, now=evening(NIGHT, "23:05"))
    assert summary.nights_written == 1 and summary.rows_written == 5
    got = {(r["shelter"], r["category"]): r for r in census.rows(network_db, NIGHT)}
    assert {r["computed_at"] for r in got.values()} == {evening(NIGHT, "23:05")}
    dourlet = got[("Abri Dourlet", "hommes")]
    assert (dourlet["occupied"], dourlet["held"], dourlet["free"], dourlet["arrivals"]) == (4, 0, 1, 1)
    rebond = got[("Le Rebond", "mixte")]
    assert (rebond["no_shows"], rebond["held"], rebond["refusals_saturation"]) == (1, 0, 1)
    # set at 23:30, after the census: at 23:00 nobody had counted them, so they are stored not reported
    femmes = got[("Abri Dourlet", "femmes")]
    assert (femmes["reported"], femmes["occupied"], femmes["free"]) == (False, None, None)
    assert (femmes["capacity"], femmes["held"]) == (2, 0)  # what the system knows stays known
    assert dourlet["reported"] is True
    with network_db.read() as s:
        stored = {(c.partner_id, c.category_id): c for c in s.execute(select(Census)).scalars()}
    assert sum(not c.reported and c.occupied is None and c.free is None for c in stored.values()) == 4
    with network_db.read() as s:
        demand = s.execute(select(CensusDemand)).scalars().all()
        assert sum(d.refusals_saturation for d in demand) == 1 and sum(d.refusals_at_door for d in demand) == 1


def test_a_late_run_gives_the_same_rows_as_an_on_time_run(network_db):
    _activity(network_db, NIGHT)
    census.write_night(network_db, NIGHT, actor=SYSTEM, now=evening(NIGHT, "23:01"))
    on_time = _rows(network_db, NIGHT)
    # more activity the next evenings, then a run three days late on a wiped census
    _activity(network_db, NIGHT + timedelta(days=1))
    with network_db.write() as s:
        s.execute(delete(Census))
        s.execute(delete(CensusDemand))
    census.write_night(network_db, NIGHT, actor=SYSTEM, now=evening(NIGHT + timedelta(days=3), "10:00"))
    assert _rows(network_db, NIGHT) == on_time


def test_three_clients_at_once_write_exactly_one_row_per_shelter_category(network_db, db_url):
    _activity(network_db, NIGHT)
    clients = [Database(db_url) for _ in range(3)]
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def run(db: Database) -> None:
        try:
            barrier.wait()
            census.write_missing(db, actor=SYSTEM, until=NIGHT, horizon_days=2, now=evening(NIGHT, "23:10"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for c in clients:
        c.dispose()
    assert errors == []
    with network_db.read() as s:
        per_key = s.execute(select(Census.night, Census.partner_id, Census.category_id, func.count())
                            .group_by(Census.night, Census.partner_id, Census.category_id)).all()
        assert per_key and all(n == 1 for *_k, n in per_key)
        assert s.execute(select(func.count(Census.id)).where(Census.night == NIGHT)).scalar_one() == 5


def test_missed_nights_are_rebuilt_up_to_last_night(network_db):
    now = evening(NIGHT, "23:30")
    summary = census.write_missing(network_db, actor=SYSTEM, horizon_days=10, now=now)
    assert summary.nights == [NIGHT - timedelta(days=10) + timedelta(days=i) for i in range(11)]
    assert census.missing_nights(network_db, start=NIGHT - timedelta(days=10), end=NIGHT) == []
    assert census.write_missing(network_db, actor=SYSTEM, horizon_days=10, now=now).nights_written == 0
    with network_db.read() as s:
        run = s.execute(select(CensusRun).order_by(CensusRun.id)).scalars().first()
        assert run.nights_written == 11 and run.rows_written == 55
    assert census.last_run(network_db)["user"] == "système"


def test_a_night_before_its_census_time_is_refused(network_db):
    with pytest.raises(InvalidValue) as err:
        census.write_night(network_db, NIGHT, actor=SYSTEM, now=evening(NIGHT, "22:00"))
    assert err.value.field == "night"


@pytest.mark.parametrize(("night", "utc_hour"), [(date(2026, 3, 29), 21), (date(2026, 10, 25), 22),
                                                 (date(2026, 3, 28), 22), (date(2026, 10, 24), 21)])
def test_daylight_saving_nights_have_one_census_at_23h_brussels(network_db, night, utc_hour):
    with network_db.read() as s:
        moment = census.census_moment(s, night)
    assert moment == datetime(night.year, night.month, night.day, utc_hour, tzinfo=UTC)
    census.write_missing(network_db, actor=SYSTEM, until=night + timedelta(days=1), horizon_days=3,
                         now=evening(night + timedelta(days=2), "12:30"))
    with network_db.read() as s:
        nights = s.execute(select(Census.night, func.count()).group_by(Census.night)).all()
    assert dict(nights)[night] == 5 and all(n == 5 for _, n in nights)


OPS = st.lists(st.tuples(st.sampled_from(["set", "hold", "orient", "arrive", "expire", "refuse"]),
                         st.integers(0, 1), st.integers(0, 6), st.integers(0, 400),
                         st.sampled_from(["saturation", "quota_depasse", "profil_non_accueilli", "autre"])),
               min_size=1, max_size=10)


def _demand(db: Database, night: date) -> list[tuple]:
    with db.read() as s:
        return [(d.category_id, d.refusals_saturation, d.refusals_quota, d.refusals_profile, d.refusals_other,
                 d.refusals_from_calls, d.refusals_at_door)
                for d in s.execute(select(CensusDemand).where(CensusDemand.night == night)
                                   .order_by(CensusDemand.category_id)).scalars()]


def _apply(db: Database, op: str, pick: int, n: int, reason: str, at: datetime, holds: list[int]) -> None:
    shelter, cat = [("Abri Dourlet", "hommes"), ("Le Rebond", "mixte")][pick]
    try:
        if op == "set":
            beds.set_counts(db, shelter=shelter, category=cat, occupied=n, actor=SYSTEM, now=at)
        elif op == "hold":
            holds.append(beds.hold_bed(db, shelter=shelter, category=cat, actor=SYSTEM, now=at,
                                       deadline=at + timedelta(minutes=90)).hold_id)
        elif op == "orient":
            info = orientations.orient_to_bed(db, shelter=shelter, category=cat, actor=SYSTEM, now=at,
                                              deadline=at + timedelta(minutes=60), source="tests")
            holds.append(info.hold_id)
        elif op == "arrive" and holds:
            beds.mark_arrived(db, holds.pop(), actor=SYSTEM, now=at)
        elif op == "expire":
            beds.expire_holds(db, now=at)
        elif op == "refuse":
            refusals.record_refusal(db, category=cat, reason=reason, partner=shelter if n % 2 else None,
                                    actor=SYSTEM, now=at)
    except (OverCapacity, NoBedAvailable, InvalidValue, NotFound, Conflict):
        pass  # an operation the rules refuse changes nothing


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_rebuilt_nights_equal_live_runs(network_db, ops):
    """Live runs at 23:01 while activity goes on, then every client off, wiped, rebuilt weeks later: same rows."""
    with network_db.write() as s:  # each example starts without census
        s.execute(delete(Census))
        s.execute(delete(CensusDemand))
    night0 = date(2026, 2, 2) + timedelta(days=3 * (len(ops) + sum(o[3] for o in ops) % 50))
    live: dict[date, tuple[list, list]] = {}
    holds: list[int] = []
    for day in range(2):
        night = night0 + timedelta(days=day)
        census_done = False
        for op, pick, n, minute, reason in sorted(ops, key=lambda o: o[3]):
            at = evening(night, "18:00") + timedelta(minutes=minute)
            if not census_done and at > evening(night, "23:01"):
                census.write_night(network_db, night, actor=SYSTEM, now=evening(night, "23:01"))
                census_done = True
            _apply(network_db, op, pick, n, reason, at, holds)
        if not census_done:
            census.write_night(network_db, night, actor=SYSTEM, now=evening(night, "23:01"))
        live[night] = (_rows(network_db, night), _demand(network_db, night))
    with network_db.write() as s:
        s.execute(delete(Census))
        s.execute(delete(CensusDemand))
    census.write_missing(network_db, actor=SYSTEM, until=night0 + timedelta(days=1), horizon_days=1,
                         now=evening(night0 + timedelta(days=30), "12:00"))
    for night, (rows, demand) in live.items():
        assert _rows(network_db, night) == rows
        assert _demand(network_db, night) == demand


def test_orientations_received_count_until_the_census_moment(network_db):
    for hhmm in ("20:00", "22:59", "23:30"):
        orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                   now=evening(NIGHT, hhmm), deadline=evening(NIGHT + timedelta(days=1), "01:00"), source="tests")
    census.write_missing(network_db, actor=SYSTEM, until=NIGHT, horizon_days=0, now=evening(NIGHT, "23:45"))
    got = {(r["shelter"], r["category"]): r for r in census.rows(network_db, NIGHT)}
    assert got[("Abri Dourlet", "hommes")]["orientations_received"] == 2
    assert got[("Abri Dourlet", "hommes")]["held"] == 2


def test_cli_census_run_and_show(network_db, db_url, capsys):
    _activity(network_db, night_of(to_utc(datetime(2026, 1, 15, 20))))
    assert main(["census", "run", "--db", db_url, "--json"]) == 0
    import json

    summary = json.loads(capsys.readouterr().out)
    assert {"nights_written", "rows_written", "nights"} <= set(summary)
    assert summary["nights_written"] >= 1 and summary["nights_written"] == len(summary["nights"])
    assert main(["census", "run", "--db", db_url]) == 0
    assert "Rien à écrire" in capsys.readouterr().out  # exactly once: a second run writes nothing
    assert main(["census", "show", "--db", db_url, "--night", "2026-01-15"]) == 0
    printed = capsys.readouterr().out
    assert "Abri Dourlet" in printed
    # Le Rebond's counts were never set that night: the line says so, it prints no carried-over number
    rebond = next(line for line in printed.splitlines() if line.startswith("Le Rebond"))
    cells = rebond.split()[3:]  # capacity, out of service, occupied, held, free, …
    assert rebond.endswith("non communiqué") and cells[2] == cells[4] == "—"
    dourlet = next(line for line in printed.splitlines() if line.startswith("Abri Dourlet") and "Hommes" in line)
    assert "non communiqué" not in dourlet
    assert main(["census", "show", "--db", db_url, "--night", "2026-01-15", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert len(shown) == 5 and all({"night", "shelter", "category", "reported", *census.CENSUS_FIELDS} <= set(r)
                                   for r in shown)
    by_key = {(r["shelter"], r["category"]): r for r in shown}
    assert (by_key[("Le Rebond", "mixte")]["occupied"], by_key[("Le Rebond", "mixte")]["reported"]) == (None, False)
    assert by_key[("Le Rebond", "mixte")]["free"] is None
    assert (by_key[("Abri Dourlet", "hommes")]["occupied"], by_key[("Abri Dourlet", "hommes")]["reported"]) == (
        4, True)
    assert {r["night"] for r in shown} == {"2026-01-15"}
    assert main(["census", "run", "--db", db_url, "--night", "2999-01-01"]) == 2
    assert main(["census", "show", "--db", db_url, "--night", "15/01/2026"]) == 2


def test_census_export_holds_what_rows_returns(network_db, tmp_path):
    _activity(network_db, NIGHT)
    census.write_night(network_db, NIGHT, actor=SYSTEM, now=evening(NIGHT, "23:05"))
    closed_nights.close_night(network_db, NIGHT, now=evening(NIGHT + timedelta(days=1), "12:30"))
    rows = night_figures.side_by_side(network_db, start=NIGHT, end=NIGHT)
    census_export.export_csv(rows, tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as f:
        table = list(csv.reader(f, delimiter=";"))
    keys = [key for key, _ in census_export.COLUMNS]

    def shown(row: dict, key: str) -> object:  # refusals by reason are masked below 3 (no total of them is shown)
        if (key in ("occupied", "free") and not row["reported"]) or (key == "final_occupied"
                                                                      and not row["final_reported"]):
            return "non communiqué"
        return "×" if "refusals_" in key and 0 < row[key] < 3 else row[key]

    assert any(shown(r, k) == "×" for r in rows for k in keys)
    assert any(shown(r, "final_occupied") == "non communiqué" for r in rows)
    assert table[0] == [label for _, label in census_export.COLUMNS] and table[0][:3] == ["Nuit", "Abri", "Catégorie"]
    assert len(table) == 1 + len(rows) == 6
    for line, row in zip(table[1:], rows, strict=True):
        assert line[1:] == [str(shown(row, k)) for k in keys[1:]]
        assert line[0] == row["night"].isoformat()
    census_export.export_xlsx(rows, tmp_path / "c.xlsx")
    ws = load_workbook(tmp_path / "c.xlsx")["Recensement"]
    values = [row for row in ws.iter_rows(values_only=True)]
    header = values.index(tuple(label for _, label in census_export.COLUMNS))
    body = values[header + 1:]
    assert len(body) == len(rows)
    for line, row in zip(body, rows, strict=True):
        assert list(line[1:]) == [shown(row, k) for k in keys[1:]]
        assert line[0].date() == row["night"]  # a real date cell, not text


@pytest.fixture
def pg_network_db(pg_db: Database) -> Database:
    from tests.network import small_network

    small_network(pg_db)
    return pg_db


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_the_servers_census_equals_the_embedded_census_on_the_same_ledger(pg_network_db, ops):
    """On PostgreSQL the server writes the census (store.pg_census); the embedded mode computes it in
    Python (census.compute_night). Same ledger, same rows and demand, field by field."""
    db = pg_network_db
    with db.write() as s:
        s.execute(delete(Census))
        s.execute(delete(CensusDemand))
    night = date(2026, 3, 2) + timedelta(days=3 * (len(ops) + sum(o[3] for o in ops) % 40))
    holds: list[int] = []
    for op, pick, n, minute, reason in sorted(ops, key=lambda o: o[3]):
        _apply(db, op, pick, n, reason, evening(night, "18:00") + timedelta(minutes=minute), holds)
    with db.read() as s:
        python_rows, python_demand = census.compute_night(s, night)
    census.write_night(db, night, actor=SYSTEM, now=evening(night, "23:01"))
    key = ("partner_id", "category_id")
    with db.read() as s:
        server_rows = [{f: getattr(c, f) for f in ("night", *key, "reported", *census.CENSUS_FIELDS)}
                       for c in s.execute(select(Census).where(Census.night == night)).scalars()]
        server_demand = [{f: getattr(d, f) for f in ("night", "category_id", *census.REASON_FIELDS.values(),
                                                      "refusals_from_calls", "refusals_at_door")}
                         for d in s.execute(select(CensusDemand).where(CensusDemand.night == night)).scalars()]
    assert sorted(server_rows, key=lambda r: (r["partner_id"], r["category_id"])) == sorted(
        python_rows, key=lambda r: (r["partner_id"], r["category_id"]))
    assert sorted(server_demand, key=lambda r: r["category_id"]) == sorted(python_demand, key=lambda r: r["category_id"])


def test_the_servers_census_uses_the_same_constants_as_the_services():
    from relais_desk.services import settings as network_settings
    from relais_desk.store import pg_census

    assert pg_census.CARRY_NIGHTS == beds.CARRY_NIGHTS
    assert network_settings.DEFAULTS["census_time"] == pg_census.DEFAULT_CENSUS_TIME
    assert set(pg_census.REASON_COLUMNS.items()) <= set(census.REASON_FIELDS.items())
