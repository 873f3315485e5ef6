"""Closed nights: a night's final figures, written once at the next noon, whatever happened after 23:00."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from relais_desk.domain.models import ClosedNight, ClosedNightDemand
from relais_desk.domain.nights import NIGHT_ROLLOVER, local_moment
from relais_desk.services import beds, census, closed_nights, orientations, persons, refusals
from relais_desk.services.errors import Conflict, InvalidValue, NoBedAvailable, NotFound, OverCapacity
from relais_desk.services.settings import parse_hhmm
from relais_desk.store.database import Database
from tests.network import SYSTEM, at_once

NIGHT = date(2026, 1, 15)


def evening(night: date, hhmm: str) -> datetime:
    return local_moment(night, parse_hhmm(hhmm))


def _by_key(db: Database, night: date) -> dict[tuple[str, str], dict]:
    return {(r["shelter"], r["category"]): r for r in closed_nights.rows(db, night)}


def _night(db: Database, night: date) -> None:
    """An evening and a night: counts at 19:00, an arrival, a no-show, refusals before and after 23:00."""
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=3, actor=SYSTEM,
                    now=evening(night, "19:00"))
    h1 = beds.hold_bed(db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, now=evening(night, "19:30"),
                       deadline=evening(night, "22:00"))
    beds.hold_bed(db, shelter="Le Rebond", category="mixte", actor=SYSTEM, now=evening(night, "20:00"),
                  deadline=evening(night, "22:00"))
    beds.mark_arrived(db, h1.hold_id, actor=SYSTEM, now=evening(night, "21:00"))
    beds.expire_holds(db, now=evening(night, "22:30"))
    refusals.record_refusal(db, category="mixte", reason="saturation", partner="Le Rebond", actor=SYSTEM,
                            now=evening(night, "22:45"))
    # after the 23:00 census: the closed night counts them, the census does not
    beds.set_counts(db, shelter="Abri Dourlet", category="hommes", occupied=5, actor=SYSTEM,
                    now=evening(night, "23:40"))
    for hhmm, reason in (("23:30", "saturation"), ("02:10", "quota_depasse"), ("03:00", "profil_non_accueilli")):
        refusals.record_refusal(db, category="hommes", reason=reason, partner="Abri Dourlet", actor=SYSTEM,
                                now=evening(night, hhmm))


def test_a_closed_night_counts_the_whole_night_and_the_census_the_evening(network_db):
    _night(network_db, NIGHT)
    census.write_night(network_db, NIGHT, actor=SYSTEM, now=evening(NIGHT, "23:05"))
    summary = closed_nights.close_night(network_db, NIGHT, now=evening(NIGHT, "12:30") + timedelta(days=1))
    assert summary.rows_written == 5
    closed = _by_key(network_db, NIGHT)
    evening_census = {(r["shelter"], r["category"]): r for r in census.rows(network_db, NIGHT)}
    dourlet = closed[("Abri Dourlet", "hommes")]
    assert dourlet["reported"] is True and dourlet["occupied"] == 5 and evening_census[("Abri Dourlet", "hommes")][
        "occupied"] == 4
    assert (dourlet["refusals_saturation"], dourlet["refusals_quota"], dourlet["refusals_profile"]) == (1, 1, 1)
    assert evening_census[("Abri Dourlet", "hommes")]["refusals_saturation"] == 0
    assert dourlet["arrivals"] == 1
    rebond = closed[("Le Rebond", "mixte")]
    assert rebond["no_shows"] == 1 and rebond["refusals_saturation"] == 1
    # nobody set Le Rebond's or Maison Bienvenue's counts: not reported, occupancy unknown, not 0
    assert rebond["reported"] is False and rebond["occupied"] is None
    assert closed[("Maison Bienvenue", "femmes")]["occupied"] is None
    with network_db.read() as s:
        demand = s.execute(select(func.sum(ClosedNightDemand.refusals_saturation + ClosedNightDemand.refusals_quota
                                           + ClosedNightDemand.refusals_profile + ClosedNightDemand.refusals_other)
                                  ).where(ClosedNightDemand.night == NIGHT)).scalar_one()
    assert demand == 4


def test_a_night_closes_only_after_the_next_noon(network_db):
    with pytest.raises(InvalidValue) as err:
        closed_nights.close_night(network_db, NIGHT, now=evening(NIGHT, "11:59"))  # the next morning
    assert err.value.field == "night" and "midi" in str(err.value)
    assert closed_nights.close_moment(NIGHT) == local_moment(NIGHT + timedelta(days=1), NIGHT_ROLLOVER)
    assert closed_nights.last_closed_night(evening(NIGHT, "12:01") + timedelta(days=1)) == NIGHT


def _wipe(db: Database) -> None:
    with db.write() as s:
        s.execute(delete(ClosedNight))
        s.execute(delete(ClosedNightDemand))


def _plain(db: Database, night: date) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "computed_at"} for r in closed_nights.rows(db, night)]


def test_closing_after_downtime_rebuilds_the_same_figures(network_db):
    _night(network_db, NIGHT)
    closed_nights.close_missing(network_db, until=NIGHT, horizon_days=0,
                                now=evening(NIGHT, "12:05") + timedelta(days=1))
    on_time = _plain(network_db, NIGHT)
    # the next nights go on (late arrivals of this night's holds after noon do not count)
    _night(network_db, NIGHT + timedelta(days=1))
    _wipe(network_db)
    summary = closed_nights.close_missing(network_db, horizon_days=5, now=evening(NIGHT, "09:00") + timedelta(days=4))
    assert NIGHT in summary.nights and NIGHT + timedelta(days=1) in summary.nights
    assert _plain(network_db, NIGHT) == on_time
    assert closed_nights.close_missing(network_db, horizon_days=5,
                                       now=evening(NIGHT, "09:00") + timedelta(days=4)).nights_written == 0


def test_three_clients_close_a_night_exactly_once(network_db, db_url):
    _night(network_db, NIGHT)
    clients = [Database(db_url) for _ in range(3)]
    results: list[closed_nights.CloseSummary] = []
    errors: list[BaseException] = []

    def close(db: Database) -> None:
        try:
            results.append(closed_nights.close_missing(db, until=NIGHT, horizon_days=2,
                                                       now=evening(NIGHT, "13:00") + timedelta(days=1)))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    at_once(*(lambda d=d: close(d) for d in clients))
    for c in clients:
        c.dispose()
    assert errors == []
    assert sum(r.rows_written for r in results) == 3 * 5  # three nights of five rows, each written once
    with network_db.read() as s:
        per_key = s.execute(select(ClosedNight.night, ClosedNight.partner_id, ClosedNight.category_id, func.count())
                            .group_by(ClosedNight.night, ClosedNight.partner_id, ClosedNight.category_id)).all()
        demand = s.execute(select(ClosedNightDemand.night, ClosedNightDemand.category_id, func.count())
                           .group_by(ClosedNightDemand.night, ClosedNightDemand.category_id)).all()
    assert len(per_key) == 15 and all(n == 1 for *_k, n in per_key)
    assert demand and all(n == 1 for *_k, n in demand)


def test_a_person_refused_twice_in_a_night_is_one_refused_person_night(network_db):
    person = persons.create_person(network_db, actor=SYSTEM, alias="Marie", birth_year=1980, gender="femme")
    for hhmm, cat in (("20:00", "femmes"), ("23:30", "familles")):
        refusals.record_refusal(network_db, category=cat, reason="saturation", partner="Maison Bienvenue",
                                person_id=person.person_id, actor=SYSTEM, now=evening(NIGHT, hhmm))
    refusals.record_refusal(network_db, category="femmes", reason="saturation", partner="Maison Bienvenue",
                            actor=SYSTEM, now=evening(NIGHT, "21:00"))  # nobody named: one person-night
    closed_nights.close_night(network_db, NIGHT, now=evening(NIGHT, "12:00") + timedelta(days=1))
    with network_db.read() as s:
        got = dict(s.execute(select(ClosedNightDemand.category_id, ClosedNightDemand.refused_person_nights)
                             .where(ClosedNightDemand.night == NIGHT)).all())
    assert sum(got.values()) == 2 and max(got.values()) == 1  # the last refusal's category (familles)


OPS = st.lists(st.tuples(st.sampled_from(["set", "hold", "orient", "arrive", "expire", "refuse", "absent"]),
                         st.integers(0, 2), st.integers(0, 6), st.integers(0, 1000),
                         st.sampled_from(["saturation", "quota_depasse", "profil_non_accueilli", "autre"])),
               min_size=1, max_size=14)
PAIRS = [("Abri Dourlet", "hommes"), ("Le Rebond", "mixte"), ("Maison Bienvenue", "femmes")]


def apply_op(db: Database, op: str, pick: int, n: int, reason: str, at: datetime, holds: list[int],
             people: list[int]) -> None:
    """One random operation of a night, through the services (what the rules refuse changes nothing)."""
    shelter, cat = PAIRS[pick]
    person = people[n % len(people)] if people and n % 3 else None
    try:
        if op == "set":
            beds.set_counts(db, shelter=shelter, category=cat, occupied=n % 3, actor=SYSTEM, now=at)
        elif op == "hold":
            holds.append(beds.hold_bed(db, shelter=shelter, category=cat, actor=SYSTEM, now=at, person_id=person,
                                       deadline=at + timedelta(minutes=90)).hold_id)
        elif op == "orient":
            holds.append(orientations.orient_to_bed(db, shelter=shelter, category=cat, actor=SYSTEM, now=at,
                                                    person_id=person, deadline=at + timedelta(minutes=60), source="tests").hold_id)
        elif op == "arrive" and holds:
            beds.mark_arrived(db, holds.pop(), actor=SYSTEM, now=at)
        elif op == "absent" and holds:
            beds.mark_absent(db, holds.pop(0), actor=SYSTEM, now=at)
        elif op == "expire":
            beds.expire_holds(db, now=at)
        elif op == "refuse":
            refusals.record_refusal(db, category=cat, reason=reason, partner=shelter if n % 2 else None,
                                    person_id=person, actor=SYSTEM, now=at)
    except (OverCapacity, NoBedAvailable, InvalidValue, NotFound, Conflict):
        pass


@pytest.fixture
def pg_network_db(pg_db: Database) -> Database:
    from tests.network import small_network

    small_network(pg_db)
    return pg_db


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_the_servers_closed_night_equals_the_embedded_one_on_the_same_ledger(pg_network_db, ops):
    """On PostgreSQL the server closes nights (store.pg_closed_nights); the embedded mode computes them in
    Python (closed_nights.compute_night). Same ledger, same rows and demand, field by field."""
    db = pg_network_db
    _wipe(db)
    night = date(2026, 3, 2) + timedelta(days=3 * (len(ops) + sum(o[3] for o in ops) % 40))
    people = [persons.create_person(db, actor=SYSTEM, alias=f"P{i}", birth_year=1970 + i).person_id
              for i in range(3)]
    holds: list[int] = []
    for op, pick, n, minute, reason in sorted(ops, key=lambda o: o[3]):
        # from 18:00 to 10:40 the next morning, whole night
        apply_op(db, op, pick, n, reason, evening(night, "18:00") + timedelta(minutes=minute), holds, people)
    with db.read() as s:
        python_rows, python_demand = closed_nights.compute_night(s, night)
    closed_nights.close_night(db, night, now=evening(night, "12:00") + timedelta(days=1))
    key = ("partner_id", "category_id")
    with db.read() as s:
        server_rows = [{f: getattr(c, f) for f in ("night", *key, *closed_nights.CLOSED_FIELDS)}
                       for c in s.execute(select(ClosedNight).where(ClosedNight.night == night)).scalars()]
        server_demand = [{f: getattr(d, f) for f in ("night", "category_id", *closed_nights.DEMAND_FIELDS)}
                         for d in s.execute(select(ClosedNightDemand).where(ClosedNightDemand.night == night))
                         .scalars()]
    assert sorted(server_rows, key=lambda r: (r["partner_id"], r["category_id"])) == sorted(
        python_rows, key=lambda r: (r["partner_id"], r["category_id"]))
    assert sorted(server_demand, key=lambda r: r["category_id"]) == sorted(python_demand, key=lambda r: r["category_id"])


def test_the_servers_close_moment_uses_the_rollover_of_the_domain():
    from relais_desk.store import pg_closed_nights

    assert NIGHT_ROLLOVER.strftime("%H:%M") == pg_closed_nights.ROLLOVER
