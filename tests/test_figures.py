"""Every headline figure of the annual report equals a plain SQL over the raw tables, written here apart.

Random small histories around New Year's Eve (calls just before and after midnight, refusals after the
23:00 census, shelters that do not report), on both backends. The SQL below reads the raw operational
tables (bed_state, ledger, hold, orientation, refusal, call, capacity) — never the closed nights — and
says in its own words what the definitions page says.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from relais_desk.domain.nights import to_utc
from relais_desk.reports import annual
from relais_desk.services import beds, calls, census, closed_nights, persons
from relais_desk.services.errors import InvalidValue
from relais_desk.store.database import Database
from tests.network import SYSTEM
from tests.test_closed_nights import apply_op, evening

YEAR = 2030


def _fresh(db: Database) -> None:
    """Each example starts from the small network alone (hypothesis examples share the test's database)."""
    from sqlmodel import SQLModel

    from relais_desk.services import stats_cache
    from tests.conftest import _truncate_pg
    from tests.network import small_network

    stats_cache.clear(db)  # closed nights are wiped here, which the product never does: what was kept goes too
    if db.is_sqlite:
        with db.write() as s:
            for table in reversed(SQLModel.metadata.sorted_tables):
                s.execute(table.delete())
    else:
        _truncate_pg(db)
    small_network(db)

OPS = st.lists(st.tuples(st.sampled_from(["set", "hold", "orient", "arrive", "absent", "refuse", "call"]),
                         st.integers(0, 2), st.integers(0, 6), st.integers(0, 900),
                         st.sampled_from(["saturation", "quota_depasse", "profil_non_accueilli", "autre"]),
                         st.integers(0, 2)),
               min_size=1, max_size=25)


def _history(db: Database, year: int, ops: list[tuple]) -> list[date]:
    """Three nights: 30 and 31 December of `year`, and 1 January of the next year; then each night closed."""
    nights = [date(year, 12, 30), date(year, 12, 31), date(year + 1, 1, 1)]
    people = [persons.create_person(db, actor=SYSTEM, alias=f"P{year}-{i}", birth_year=1970 + i,
                                    now=evening(nights[0], "12:30")).person_id for i in range(3)]
    holds: list[int] = []
    censused: set[date] = set()
    swept = -1
    for op, pick, n, minute, reason, which in sorted(ops, key=lambda o: (o[5], o[3])):
        while swept < which - 1:  # the morning sweep: every hold of a night is over before its noon
            swept += 1
            beds.expire_holds(db, now=evening(nights[swept], "11:00"))
        night = nights[which]
        at = evening(night, "18:00") + timedelta(minutes=minute)  # 18:00 to 09:00 the next morning
        if at > evening(night, "23:01") and night not in censused:  # what follows comes after the census
            census.write_night(db, night, actor=SYSTEM, now=evening(night, "23:01"))
            censused.add(night)
        if op == "call":
            person = people[n % 3] if n % 2 else None
            with contextlib.suppress(InvalidValue):  # a call the rules refuse changes nothing
                calls.create_call(db, actor=SYSTEM, channel="telephone", received_at=at, person_id=person, now=at, source="tests")
        else:
            apply_op(db, op, pick, n, reason, at, holds, people)
    for night in nights[swept + 1:]:
        beds.expire_holds(db, now=evening(night, "11:00"))
    for night in nights:
        closed_nights.close_night(db, night, now=evening(nights[-1], "12:30") + timedelta(days=1))
    return [n for n in nights if n.year == year]


def _one(db: Database, sql: str, **params: object) -> int:
    with db.read() as s:
        return int(s.execute(text(sql), params).scalar_one() or 0)


def _plain_sql_figures(db: Database, year: int, nights: list[date]) -> dict[str, object]:
    a, b = date(year, 1, 1), date(year, 12, 31)
    lo = to_utc(datetime(year, 1, 1))  # Brussels midnight, as UTC
    hi = to_utc(datetime(year + 1, 1, 1))
    reported = ("EXISTS (SELECT 1 FROM ledger l WHERE l.entity = 'bed_state' AND l.action = 'counts_set' "
                "AND l.partner_id = s.partner_id AND l.category_id = s.category_id AND l.night = s.night)")
    nights_in = {"a": a, "b": b}
    out: dict[str, object] = {}
    out["bed_nights"] = _one(db, f"SELECT sum(occupied) FROM bed_state s WHERE night BETWEEN :a AND :b AND {reported}",
                             **nights_in)
    out["capacity_nights"] = _one(db, "SELECT sum(capacity) FROM bed_state s WHERE night BETWEEN :a AND :b "
                                      f"AND {reported}", **nights_in)
    unavailable = _one(db, "SELECT sum(unavailable) FROM bed_state s WHERE night BETWEEN :a AND :b "
                           f"AND {reported}", **nights_in)
    reported_pairs = _one(db, f"SELECT count(*) FROM bed_state s WHERE night BETWEEN :a AND :b AND {reported}",
                          **nights_in)
    pairs = _one(db, "SELECT count(*) FROM capacity WHERE retired_at IS NULL AND beds > 0")
    out["nights_not_reported"] = pairs * len(nights) - reported_pairs
    cap, occ = out["capacity_nights"], out["bed_nights"]
    out["occupancy_rate"] = occ / cap if cap else None
    out["occupancy_rate_available"] = occ / (cap - unavailable) if cap - unavailable > 0 else None
    out["refusals"] = _one(db, "SELECT count(*) FROM refusal WHERE withdrawn_at IS NULL AND night BETWEEN :a AND :b", **nights_in)
    out["refusals_by_reason"] = {
        key: _one(db, "SELECT count(*) FROM refusal WHERE withdrawn_at IS NULL AND night BETWEEN :a AND :b AND reason = :r", r=reason,
                  **nights_in)
        for key, reason in (("saturation", "saturation"), ("quota", "quota_depasse"),
                            ("profil", "profil_non_accueilli"), ("autre", "autre"))}
    out["refusal_person_nights"] = _one(
        db, "SELECT count(*) FROM (SELECT DISTINCT night, person_id FROM refusal WHERE withdrawn_at IS NULL AND night BETWEEN :a AND :b "
            "AND person_id IS NOT NULL) x", **nights_in) + _one(
        db, "SELECT count(*) FROM refusal WHERE withdrawn_at IS NULL AND night BETWEEN :a AND :b AND person_id IS NULL", **nights_in)
    out["arrivals"] = _one(
        db, "SELECT count(*) FROM (SELECT DISTINCT night, person_id FROM hold WHERE status = 'arrived' "
            "AND night BETWEEN :a AND :b AND person_id IS NOT NULL) x", **nights_in) + _one(
        db, "SELECT count(*) FROM hold WHERE status = 'arrived' AND night BETWEEN :a AND :b AND person_id IS NULL",
        **nights_in)
    out["no_shows"] = _one(db, "SELECT count(*) FROM hold WHERE status = 'expired' AND night BETWEEN :a AND :b",
                           **nights_in)
    span = {"lo": lo, "hi": hi}
    out["calls"] = _one(db, "SELECT count(*) FROM call WHERE received_at >= :lo AND received_at < :hi", **span)
    out["orientations"] = _one(db, "SELECT count(*) FROM orientation WHERE created_at >= :lo AND created_at < :hi",
                               **span)
    out["distinct_persons"] = _one(db, """SELECT count(*) FROM (
        SELECT person_id FROM call WHERE received_at >= :lo AND received_at < :hi AND person_id IS NOT NULL
        UNION SELECT person_id FROM orientation WHERE created_at >= :lo AND created_at < :hi AND person_id IS NOT NULL
        UNION SELECT person_id FROM hold WHERE created_at >= :lo AND created_at < :hi AND person_id IS NOT NULL
        UNION SELECT person_id FROM refusal WHERE withdrawn_at IS NULL AND at >= :lo AND at < :hi AND person_id IS NOT NULL) x""", **span)
    out["anonymous_contacts"] = _one(
        db, "SELECT count(*) FROM call WHERE received_at >= :lo AND received_at < :hi AND person_id IS NULL",
        **span) + _one(db, "SELECT count(*) FROM refusal WHERE withdrawn_at IS NULL AND at >= :lo AND at < :hi AND call_id IS NULL "
                           "AND person_id IS NULL", **span)
    return out


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_every_headline_figure_is_a_plain_sql_over_the_raw_tables(db, ops):
    _fresh(db)
    year = YEAR
    nights = _history(db, year, ops)
    headline = annual.build_annual(db, year).headline
    expected = _plain_sql_figures(db, year, nights)
    assert {k: headline[k] for k in expected} == expected
    assert headline["year"] == year
