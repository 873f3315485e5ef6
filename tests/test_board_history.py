"""`board --at` equals the board that was live at that moment (property test over random changes)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, text

from relais_desk.cli import main
from relais_desk.domain.models import BedState, Hold, LedgerEntry
from relais_desk.domain.nights import local_moment, to_local
from relais_desk.services import beds, partners
from relais_desk.services.errors import UserFacingError
from relais_desk.services.settings import parse_hhmm
from tests.network import SYSTEM

PAIRS = [("Abri Dourlet", "hommes"), ("Abri Dourlet", "femmes"), ("Le Rebond", "mixte"),
         ("Maison Bienvenue", "familles")]
OP = st.tuples(
    st.sampled_from(["set", "unavailable", "hold", "release", "arrive", "expire", "capacity"]),
    st.integers(0, len(PAIRS) - 1),
    st.integers(-1, 8),
    st.integers(1, 200),  # minutes after the previous operation
)


def _reset(db) -> None:  # noqa: ANN001
    with db.write() as s:
        if not db.is_sqlite:  # the test's superuser lifts the ledger's append-only trigger to start afresh
            s.execute(text("SET LOCAL session_replication_role = replica"))
        for table in (LedgerEntry, Hold, BedState):
            s.execute(delete(table))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OP, min_size=1, max_size=14))
def test_board_at_a_past_moment_equals_the_live_board_then(network_db, ops):
    _reset(network_db)
    t = local_moment(date(2025, 12, 1), parse_hhmm("17:00"))
    recorded: list[tuple[datetime, list]] = []
    holds: list[int] = []
    for op, pick, n, minutes in ops:
        t += timedelta(minutes=minutes)
        shelter, category = PAIRS[pick]
        try:
            if op == "set":
                beds.set_counts(network_db, shelter=shelter, category=category, occupied=n, actor=SYSTEM, now=t)
            elif op == "unavailable":
                beds.set_counts(network_db, shelter=shelter, category=category, unavailable=n,
                                unavailable_reason="travaux", actor=SYSTEM, now=t)
            elif op == "hold":
                holds.append(beds.hold_bed(network_db, shelter=shelter, category=category, actor=SYSTEM, now=t,
                                           deadline=t + timedelta(minutes=90)).hold_id)
            elif op == "release" and holds:
                beds.release_hold(network_db, holds.pop(0), actor=SYSTEM, now=t)
            elif op == "arrive" and holds:
                beds.mark_arrived(network_db, holds.pop(), actor=SYSTEM, now=t)
            elif op == "expire":
                beds.expire_holds(network_db, now=t)
            elif op == "capacity":
                partners.set_capacity(network_db, shelter=shelter, category=category, beds=max(n, 0),
                                      valid_from=date(2025, 11, 15), valid_to=date(2026, 3, 31), kind="plan_hiver",
                                      actor=SYSTEM, now=t)
        except UserFacingError:
            pass  # a refused change changes nothing: the board must still match
        recorded.append((t, beds.board(network_db, now=t)))
    for moment, live in recorded:
        assert beds.board(network_db, at=moment) == live


def test_cli_board_at_equals_the_live_board_recorded_then(network_db, db_url, capsys):
    t = datetime(2026, 1, 10, 19, 0, tzinfo=UTC)
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=3, actor=SYSTEM, now=t)
    beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, now=t + timedelta(minutes=5),
                  deadline=t + timedelta(hours=2))
    moment = t + timedelta(minutes=10)
    live = beds.board(network_db, now=moment)
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=4, actor=SYSTEM,
                    now=t + timedelta(minutes=30))
    assert main(["board", "--db", db_url, "--at", to_local(moment).strftime("%Y-%m-%dT%H:%M"), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(r["shelter"], r["category"], r["occupied"], r["held"], r["free"]) for r in shown] == [
        (r.shelter, r.category, r.occupied, r.held, r.free) for r in live]


def test_a_moment_in_the_future_is_refused_with_a_message(network_db, db_url, capsys):
    from relais_desk.domain.nights import utcnow

    future = to_local(utcnow() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    assert main(["board", "--db", db_url, "--at", future]) == 2
    assert "est dans le futur" in capsys.readouterr().err
