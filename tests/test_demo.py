"""The demo network: written as the services write, deterministic, plausible (persons, nights, seasons)."""

from __future__ import annotations

import hashlib
import json
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from relais_desk import demo
from relais_desk.cli import main
from relais_desk.demo.bulk import Inserts
from relais_desk.domain.enums import Role
from relais_desk.domain.models import (
    BedCategory,
    BedState,
    Call,
    Census,
    CensusDemand,
    ClosedNight,
    ClosedNightDemand,
    Hold,
    LedgerEntry,
    Orientation,
    Partner,
    Person,
    Refusal,
)
from relais_desk.domain.nights import local_moment, night_of
from relais_desk.services import beds, calls, orientations, persons, refusals, stats
from relais_desk.services.actor import Actor
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
    if not db.is_sqlite:  # the bulk load leaves the planner its statistics (autovacuum may be off, or later)
        with db.read() as s:
            unanalyzed = s.execute(text(
                "SELECT relname FROM pg_stat_user_tables WHERE relname IN ('orientation', 'call', 'closed_night',"
                " 'ledger', 'partner') AND last_analyze IS NULL AND last_autoanalyze IS NULL")).scalars().all()
        assert unanalyzed == []


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
    from relais_desk.services import users

    demo.generate(db, seed=5, years=0, shelters=3)
    operator = users.authenticate(db, "operateur", "demo-oper-ligne-24").actor()
    row = next(r for r in beds.board(db) if r.free > 0)
    o = orientations.orient_to_bed(db, shelter=row.partner_id, category=row.category_id, actor=operator, source="tests")
    call = calls.create_call(db, actor=operator, channel="telephone", new_person={"alias": "Nouvelle"},
                             orientation_ids=[o.orientation_id], source="tests")
    assert call.orientations == 1 and call.alias == "Nouvelle"


def test_a_womens_or_mens_bed_is_held_for_a_woman_or_a_man(demo_sqlite):
    db, _summary = demo_sqlite
    with db.read() as s:
        mismatched = s.execute(
            select(func.count(Hold.id)).join(Person, Person.id == Hold.person_id)
            .join(BedCategory, BedCategory.id == Hold.category_id)
            .where(((BedCategory.code == "femmes") & (Person.gender != "femme"))
                   | ((BedCategory.code == "hommes") & (Person.gender != "homme")))).scalar_one()
        held = s.execute(select(func.count(Hold.id)).where(Hold.person_id.is_not(None))).scalar_one()
    assert held and mismatched == 0


# ---------------------------------------------------------------- one night, generator vs services

MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # 10:30 in Brussels: the evening of the 22nd is over


def _play(db: Database, script: list[tuple[datetime, str, dict[str, Any]]], operator: Actor) -> None:
    """Play the generator's steps through the services, in time order, as operators and shelters would."""
    ids: dict[str, dict[int, int]] = {k: {} for k in ("call", "person", "orientation", "hold")}

    def known(kind: str, gen_id: int | None) -> int | None:
        return None if gen_id is None else ids[kind][gen_id]

    actors = {None: demo.ACTOR, operator.user_id: operator}
    for at, step, a in sorted(script, key=lambda s: s[0]):
        if step == "call":
            drafts = [calls.RefusalDraft(a["refusal"]["category"], a["refusal"]["reason"])] if a["refusal"] else []
            info = calls.create_call(
                db, actor=operator, channel=a["channel"], caller_type=a["caller_type"], received_at=at,
                person_id=None if a["new_person"] else known("person", a["person"]), new_person=a["new_person"],
                location=a["location"], needs=a["needs"].split(","), outcome=a["outcome"], refusals=drafts,
                household_size=a["household_size"], source="tests", now=at)
            ids["call"][a["call"]] = info.call_id
            if a["person"] is not None:
                ids["person"][a["person"]] = info.person_id
        elif step == "person":
            ids["person"][a["person"]] = persons.create_person(db, actor=demo.ACTOR, now=at, **a["new_person"]).person_id
        elif step == "orient_bed":
            o = orientations.orient_to_bed(db, source="tests", shelter=a["shelter"], category=a["category"],
                                           actor=operator, person_id=known("person", a["person"]),
                                           call_id=known("call", a["call"]), deadline=a["deadline"], now=at)
            ids["orientation"][a["orientation"]], ids["hold"][a["hold"]] = o.orientation_id, o.hold_id
        elif step == "orient_partner":
            o = orientations.orient_to_partner(db, source="tests", partner=a["partner"], actor=operator,
                                               person_id=known("person", a["person"]),
                                               call_id=known("call", a["call"]), now=at)
            ids["orientation"][a["orientation"]] = o.orientation_id
        elif step == "orientation_status":
            orientations.set_status(db, known("orientation", a["orientation"]), a["status"], actor=operator,
                                    source="tests", now=at)
        elif step == "hold_closed":
            close = {"arrived": beds.mark_arrived, "expired": beds.mark_absent, "released": beds.release_hold}
            close[a["status"]](db, known("hold", a["hold"]), actor=actors[a["user"]], now=at)
        elif step == "refusal":
            refusals.record_refusal(db, category=a["category"], reason=a["reason"], actor=actors[a["user"]],
                                    partner=a["partner"], call_id=known("call", a["call"]),
                                    person_id=known("person", a["person"]), now=at)
        elif step == "set_counts":
            beds.set_counts(db, shelter=a["shelter"], category=a["category"], actor=demo.ACTOR,
                            occupied=a["occupied"], unavailable=a["unavailable"],
                            unavailable_reason=a["unavailable_reason"], now=at)
        else:  # pragma: no cover - a step the player does not know is a test failure
            raise AssertionError(step)


def _bed_rows(rows: dict[str, list], action: str) -> list[tuple[int, int, date]]:
    return [(r["partner_id"], r["category_id"], r["night"]) for r in rows["ledger"] if r["action"] == action]


def _comparable(rows: list[dict[str, Any]]) -> list[tuple]:
    """Ledger rows with their ids replaced by their order of first appearance (ids differ, links must not)."""
    seen: dict[tuple[str, object], int] = {}

    def canon(kind: str, value: object) -> object:
        return None if value is None else seen.setdefault((kind, value), len(seen))

    out = []
    for r in rows:
        before, after = (json.loads(r[k]) if r[k] else None for k in ("before", "after"))
        for d in (before, after):
            for key in ("hold_id", "call_id", "subject"):
                if d and key in d:
                    d[key] = canon(key.removesuffix("_id"), d[key])
        at = r["at"].astimezone(UTC) if r["at"].tzinfo else r["at"].replace(tzinfo=UTC)
        out.append((at, r["action"], r["entity"], canon(r["entity"], r["entity_id"]), r["user_id"], r["partner_id"],
                    r["category_id"], r["night"], before, after))
    return out


def test_nights_of_the_generator_are_what_the_services_write(db, monkeypatch):
    """Four nights, one shelter's beds out of service until the third, a few shelter-nights not reported:
    the generator's ledger rows, field by field, are those the services write for the same steps."""
    monkeypatch.setattr(demo.history, "SKIPPED_UPDATES", 0.25)
    net = demo.network(db, seed=11, years=1, shelters=8, now=MORNING)
    repair = net.pairs[0]
    repair.unavailable, repair.unavailable_reason, repair.unavailable_until = 2, "fuite d'eau", net.tonight - timedelta(days=1)
    script: list = []
    generated = demo.History.of(net, script).nights(net.tonight - timedelta(days=3), net.tonight)
    silent = {(p, c, n) for p, c, n in _bed_rows(generated, "hold_taken")} - set(_bed_rows(generated, "counts_set"))
    assert silent  # holds on a night whose counts nobody set
    with db.read() as s:
        setup = s.execute(select(func.max(LedgerEntry.id))).scalar_one()
    operator = Actor(user_id=net.operator_id, role=Role.OPERATEUR, name="operateur")
    _play(db, script, operator)
    with db.read() as s:
        written = [dict(r._mapping) for r in s.execute(select(*LedgerEntry.__table__.columns)
                                                       .where(LedgerEntry.id > setup).order_by(LedgerEntry.id))]
    expected = _comparable(sorted(generated["ledger"], key=lambda r: r["at"]))
    actual = _comparable(written)
    assert {e[1] for e in expected} >= {"counts_set", "hold_taken", "hold_arrived", "hold_expired", "call_saved",
                                         "person_saved", "orientation_created", "orientation_status",
                                         "refusal_recorded"}
    carried = next(json.loads(r["before"]) for r in generated["ledger"] if r["entity"] == "bed_state"
                   and r["night"] == net.tonight - timedelta(days=1) and r["partner_id"] == repair.partner_id
                   and r["category_id"] == repair.category_id)
    assert (carried["unavailable"], carried["unavailable_reason"]) == (2, "fuite d'eau")
    assert len(actual) == len(expected)
    for i, (want, got) in enumerate(zip(expected, actual, strict=True)):
        assert got == want, f"ledger row {i}"
    # and the rows themselves: bed counts, holds, orientations end the night as the services left them
    with db.read() as s:
        states = {(b.partner_id, b.category_id, b.night): (b.capacity, b.unavailable, b.occupied, b.held)
                  for b in s.execute(select(BedState)).scalars()}
        holds = Counter(s.execute(select(Hold.status)).scalars())
        statuses = Counter(s.execute(select(Orientation.status)).scalars())
    assert states == {(b["partner_id"], b["category_id"], b["night"]):
                      (b["capacity"], b["unavailable"], b["occupied"], b["held"]) for b in generated["bed_state"]}
    assert holds == Counter(h["status"] for h in generated["hold"])
    assert statuses == Counter(o["status"] for o in generated["orientation"])


# ---------------------------------------------------------------- a plausible network


def test_persons_contacts_have_a_heavy_tail_but_nobody_calls_hundreds_of_times(demo_sqlite):
    db, _ = demo_sqlite
    with db.read() as s:
        per_person = Counter(s.execute(select(Call.person_id).where(Call.person_id.is_not(None),
                                                                     Call.received_at >= NOW - timedelta(days=365)))
                             .scalars())
        door = Counter(s.execute(select(Refusal.person_id).where(Refusal.person_id.is_not(None),
                                                                  Refusal.call_id.is_(None))).scalars())
    contacts = per_person + door
    counts = list(contacts.values())
    assert max(counts) < 100
    assert statistics.median(counts) <= 5
    assert sum(1 for n in counts if n <= 5) / len(counts) > 0.8  # most persons: 1 to 5 contacts a year
    assert max(counts) >= 20  # and a few regulars with dozens


def test_one_bed_a_night_per_person(demo_sqlite):
    db, _ = demo_sqlite
    with db.read() as s:
        per_night = Counter(s.execute(select(Hold.person_id, Hold.night).where(Hold.person_id.is_not(None))).all())
        arrivals = Counter(s.execute(select(Hold.person_id, Hold.night).where(
            Hold.person_id.is_not(None), Hold.status == "arrived")).all())
    assert per_night and max(per_night.values()) == 1  # not even a second hold after a no-show
    assert max(arrivals.values()) == 1


def test_family_beds_go_to_families_with_a_household_size(demo_sqlite, sqlite_url):
    db, _ = demo_sqlite
    with db.read() as s:
        families = s.execute(select(Person.children).join(Hold, Hold.person_id == Person.id)
                             .join(BedCategory, BedCategory.id == Hold.category_id)
                             .where(BedCategory.code == "familles")).scalars().all()
    assert families and min(families) >= 1
    fresh = Database(sqlite_url)
    net = demo.network(fresh, seed=3, years=0, shelters=12, now=MORNING)
    history = demo.History.of(net)
    rows = history.nights(net.tonight - timedelta(days=20), net.tonight)
    family = net.category_ids["familles"]
    family_calls = ({o["call_id"] for o in rows["orientation"] if o["category_id"] == family}
                    | {r["call_id"] for r in rows["refusal"] if r["category_id"] == family and r["call_id"]})
    assert family_calls and set(history.household_sizes) == family_calls
    assert set(history.household_sizes.values()) <= set(range(2, 7)) and len(set(history.household_sizes.values())) > 2
    fresh.dispose()


def test_some_shelters_skip_a_nights_update_and_are_not_reported(demo_sqlite):
    db, _ = demo_sqlite
    with db.read() as s:
        closed = Counter(s.execute(select(ClosedNight.reported)).scalars())
        unknown = s.execute(select(func.count()).select_from(ClosedNight).where(
            ClosedNight.reported.is_(False), ClosedNight.occupied.is_not(None))).scalar_one()
    share = closed[False] / (closed[False] + closed[True])
    assert 0.01 < share < 0.08 and unknown == 0


def test_each_nights_first_counts_follow_the_carry_over_rule(demo_sqlite):
    """What a night starts from: out-of-service beds of the latest night of the last two weeks, nothing else."""
    db, _ = demo_sqlite
    with db.read() as s:
        rows = s.execute(select(LedgerEntry.partner_id, LedgerEntry.category_id, LedgerEntry.night,
                                LedgerEntry.before, LedgerEntry.after)
                         .where(LedgerEntry.entity == "bed_state").order_by(LedgerEntry.at, LedgerEntry.id)).all()
    last: dict[tuple[int, int], tuple[date, dict]] = {}
    first_of: set[tuple[int, int, date]] = set()
    checked = 0
    for partner_id, category_id, night, before, after in rows:
        key = (partner_id, category_id)
        if (*key, night) not in first_of:
            first_of.add((*key, night))
            carried = last.get(key)
            recent = carried if carried and carried[0] >= night - timedelta(days=beds.CARRY_NIGHTS) else None
            expected = beds.virtual_state(json.loads(before)["capacity"], recent[1] if recent else None)
            assert json.loads(before) == expected, (key, night)
            checked += 1
        last[key] = (night, json.loads(after))
    assert checked > 1000


def test_a_persons_last_contact_is_their_latest_call_or_door_refusal(demo_sqlite):
    """What the retention limit counts from (persons.touch), across the generator's chunks of nights."""
    db, _ = demo_sqlite
    with db.read() as s:
        last = dict(s.execute(select(Person.id, Person.last_contact_at)).all())
        created = dict(s.execute(select(Person.id, Person.created_at)).all())
        contacts: dict[int, datetime] = {}
        for person_id, at in [*s.execute(select(Call.person_id, Call.received_at).where(Call.person_id.is_not(None))),
                              *s.execute(select(Refusal.person_id, Refusal.at).where(Refusal.person_id.is_not(None)))]:
            contacts[person_id] = max(contacts.get(person_id, at), at)
    assert contacts == last
    assert any(last[p] - created[p] > timedelta(days=31) for p in last)  # seen again in a later chunk


def test_family_calls_store_their_household_size_beside_calls_that_did_not_ask(sqlite_url):
    """24 shelters over three weeks: calls with and without a household size are saved together."""
    db = Database(sqlite_url)
    try:
        net = demo.network(db, seed=1, years=0, shelters=24, now=MORNING)
        history = demo.History.of(net)
        rows = history.nights(net.tonight - timedelta(days=20), net.tonight)
        with db.write() as session:
            history.write(Inserts(session.connection()), rows)
        with db.read() as s:
            sizes = Counter(s.execute(select(Call.household_size)).scalars())
        assert sizes[None] > 0 and set(sizes) - {None} and set(sizes) - {None} <= set(range(2, 7))
    finally:
        db.dispose()


def test_the_demos_censuses_and_closed_nights_are_what_the_services_compute(demo_sqlite):
    """On SQLite the generator computes them in bulk (demo/figures.py): every night, row by row, equals
    census.compute_night and closed_nights.compute_night on the database it wrote."""
    from relais_desk.services import census, closed_nights

    db, summary = demo_sqlite
    fields = ("night", "partner_id", "category_id", *census.CENSUS_FIELDS, "reported")
    closed_fields = ("night", "partner_id", "category_id", *closed_nights.CLOSED_FIELDS)
    demand_fields = ("night", "category_id", *census.REASON_FIELDS.values(), "refusals_from_calls",
                     "refusals_at_door")
    closed_demand_fields = ("night", "category_id", *closed_nights.DEMAND_FIELDS)

    def stored(model, names):
        with db.read() as s:
            return [tuple(getattr(r, f) for f in names)
                    for r in s.execute(select(model).order_by(model.id)).scalars()]

    census_rows, census_demand, closed_rows, closed_demand = [], [], [], []
    with db.read() as s:
        nights = sorted(set(s.execute(select(Census.night)).scalars()))
        closed = sorted(set(s.execute(select(ClosedNight.night)).scalars()))
        for night in nights:
            rows, demand = census.compute_night(s, night)
            census_rows += [tuple(r[f] for f in fields) for r in rows]
            census_demand += [tuple(r[f] for f in demand_fields) for r in demand]
        for night in closed:
            rows, demand = closed_nights.compute_night(s, night)
            closed_rows += [tuple(r[f] for f in closed_fields) for r in rows]
            closed_demand += [tuple(r[f] for f in closed_demand_fields) for r in demand]
    assert len(nights) >= 365 and closed[-1] == night_of(NOW) - timedelta(days=1)
    assert stored(Census, fields) == census_rows and summary.census_rows == len(census_rows)
    assert stored(CensusDemand, demand_fields) == census_demand
    assert stored(ClosedNight, closed_fields) == closed_rows and summary.closed_rows == len(closed_rows)
    assert stored(ClosedNightDemand, closed_demand_fields) == closed_demand


def test_the_demo_leaves_the_schema_as_the_migrations_made_it(demo_sqlite, sqlite_template):
    """The bulk load builds the history's indexes after its rows (same statements): none is missing or changed."""
    import sqlite3

    def schema(path: str) -> set[tuple]:
        conn = sqlite3.connect(path)
        try:
            return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
        finally:
            conn.close()

    db, _ = demo_sqlite
    migrated = schema(str(sqlite_template))
    assert schema(db.url.database) == migrated
    assert len([t for t in migrated if t[0] == "index" and t[2] == "ledger"]) >= 3
