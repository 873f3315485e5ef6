"""The demo network: deterministic, consistent with its own ledger, realistic in its seasons."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from relais_desk import demo
from relais_desk.cli import main
from relais_desk.domain.models import BedState, Call, Census, LedgerEntry, Partner, Refusal
from relais_desk.domain.nights import local_moment, night_of
from relais_desk.services import beds, stats
from relais_desk.services.errors import Conflict, InvalidValue
from relais_desk.services.settings import parse_hhmm
from relais_desk.store.database import Database

NOW = datetime(2026, 11, 22, 21, 30, tzinfo=UTC)  # a Sunday evening, 22:30 in Brussels


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory, sqlite_template):
    import shutil

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    summary = demo.generate(db, seed=3, years=1, shelters=4, now=NOW)
    yield db, summary
    db.dispose()


def _fingerprint(db: Database) -> str:
    with db.read() as s:
        parts = [s.execute(select(func.count()).select_from(t)).scalar_one() for t in (Partner, Call, LedgerEntry)]
        parts += [r for r in s.execute(select(BedState.night, BedState.occupied, BedState.held)
                                       .order_by(BedState.id).limit(500)).all()]
        parts += [r for r in s.execute(select(LedgerEntry.action, LedgerEntry.after).order_by(LedgerEntry.id)
                                       .limit(500)).all()]
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def test_same_seed_same_network(demo_sqlite, sqlite_url):
    db, summary = demo_sqlite
    again = Database(sqlite_url)
    demo.generate(again, seed=3, years=1, shelters=4, now=NOW)
    assert _fingerprint(again) == _fingerprint(db)
    again.dispose()


def test_every_bed_state_equals_the_replay_of_its_ledger(demo_sqlite):
    db, _ = demo_sqlite
    with db.read() as s:
        states = {b.id: b for b in s.execute(select(BedState)).scalars()}
        last = {}
        for entity_id, after in s.execute(select(LedgerEntry.entity_id, LedgerEntry.after)
                                          .where(LedgerEntry.entity == "bed_state")
                                          .order_by(LedgerEntry.at, LedgerEntry.id)):
            last[entity_id] = json.loads(after)
    assert set(last) == set(states)
    for sid, state in states.items():
        after = last[sid]
        assert (after["capacity"], after["unavailable"], after["occupied"], after["held"]) == (
            state.capacity, state.unavailable, state.occupied, state.held)
        assert 0 <= state.unavailable + state.occupied + state.held <= state.capacity


def test_board_of_a_past_evening_is_what_the_ledger_says(demo_sqlite):
    db, _ = demo_sqlite
    night = night_of(NOW) - timedelta(days=40)
    at = local_moment(night, parse_hhmm("21:15"))
    board = {(r.partner_id, r.category_id): r for r in beds.board(db, at=at)}
    with db.read() as s:
        rows = s.execute(select(LedgerEntry.partner_id, LedgerEntry.category_id, LedgerEntry.after)
                         .where(LedgerEntry.entity == "bed_state", LedgerEntry.night == night, LedgerEntry.at <= at)
                         .order_by(LedgerEntry.at, LedgerEntry.id)).all()
    expected = {(p, c): json.loads(a) for p, c, a in rows}
    assert expected
    for key, after in expected.items():
        assert (board[key].occupied, board[key].held) == (after["occupied"], after["held"])


def test_winter_is_fuller_and_turns_more_people_away_than_summer(demo_sqlite):
    db, summary = demo_sqlite
    winter = stats.closed_totals(db, stats.Filters(date(2026, 1, 1), date(2026, 2, 28)))
    summer = stats.closed_totals(db, stats.Filters(date(2026, 7, 1), date(2026, 8, 31)))
    assert winter["bed_nights"] / winter["capacity_nights"] > summer["bed_nights"] / summer["capacity_nights"]
    assert winter["refusals"] > summer["refusals"] > 0
    assert summary.census_rows > 0 and summary.refusals > 0
    with db.read() as s:
        assert s.execute(select(func.count(Census.id))).scalar_one() == summary.census_rows
        assert s.execute(select(func.count(Refusal.id))).scalar_one() == summary.refusals


def test_tonight_is_live_with_held_beds_and_stale_shelters(demo_sqlite):
    db, _ = demo_sqlite
    board = beds.board(db, now=NOW)
    assert sum(r.held for r in board) > 0  # holds whose deadline has not passed yet
    stale = [r for r in board if r.updated_at is None or NOW - r.updated_at > timedelta(hours=12)]
    assert stale


def test_demo_runs_on_both_backends_and_refuses_a_full_database(db):
    summary = demo.generate(db, seed=5, years=0, shelters=2, now=NOW)
    assert summary.shelters == 2 and summary.nights == 1
    with pytest.raises(Conflict):
        demo.generate(db, seed=5, years=0, shelters=2, now=NOW)


def test_cli_demo_if_empty_and_bad_arguments(sqlite_url, capsys):
    assert main(["demo", "--db", sqlite_url, "--years", "0", "--shelters", "2"]) == 0
    out = capsys.readouterr().out
    assert "demo-admin-comptes" in out and "operateur" in out
    assert main(["demo", "--db", sqlite_url, "--if-empty"]) == 0
    assert "rien à faire" in capsys.readouterr().out
    for args in (["--years", "-1"], ["--shelters", "0"], ["--years", "21"], ["--shelters", "501"]):
        assert main(["demo", "--db", sqlite_url, *args]) == 2
        assert "--" in capsys.readouterr().err


def test_check_arguments_types():
    with pytest.raises(InvalidValue):
        demo.check_arguments(True, 3, 1)


def test_after_the_demo_an_operator_can_hold_and_save_a_call_on_both_backends(db):
    """The demo loads rows with explicit ids: PostgreSQL's sequences must follow, or the first hold collides."""
    from relais_desk.services import calls, orientations, users

    demo.generate(db, seed=5, years=0, shelters=3)
    operator = users.authenticate(db, "operateur", "demo-oper-ligne-24").actor()
    row = next(r for r in beds.board(db) if r.free > 0)
    o = orientations.orient_to_bed(db, shelter=row.partner_id, category=row.category_id, actor=operator, source="tests")
    call = calls.create_call(db, actor=operator, channel="telephone", new_person={"alias": "Nouvelle"},
                             orientation_ids=[o.orientation_id], source="tests")
    assert call.orientations == 1 and call.alias == "Nouvelle"


def test_a_womens_or_mens_bed_is_held_for_a_woman_or_a_man(demo_sqlite):
    from relais_desk.domain.models import BedCategory, Hold, Person

    db, _summary = demo_sqlite
    with db.read() as s:
        mismatched = s.execute(
            select(func.count(Hold.id)).join(Person, Person.id == Hold.person_id)
            .join(BedCategory, BedCategory.id == Hold.category_id)
            .where(((BedCategory.code == "femmes") & (Person.gender != "femme"))
                   | ((BedCategory.code == "hommes") & (Person.gender != "homme")))).scalar_one()
        held = s.execute(select(func.count(Hold.id)).where(Hold.person_id.is_not(None))).scalar_one()
    assert held and mismatched == 0
