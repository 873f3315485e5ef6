"""Mistaken entries taken back in *Mon abri*: an arrival or an absence undone within 15 minutes, a door
refusal withdrawn until its night closes. Both ledgered, on both backends; figures count neither."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from relais_desk.domain.enums import Role
from relais_desk.domain.models import Hold, LedgerEntry, Refusal
from relais_desk.domain.nights import night_of
from relais_desk.services import (
    arrival_undo,
    beds,
    census,
    closed_nights,
    lookup,
    orientations,
    refusals,
    stats,
)
from relais_desk.services.actor import Actor
from relais_desk.services.errors import Conflict, NoBedAvailable, NotAllowed, UndoTooLate
from tests.network import SYSTEM

EVENING = datetime(2026, 1, 12, 19, tzinfo=UTC)  # 20:00 in Brussels; the census is at 23:00 (22:00 UTC)
NIGHT = night_of(EVENING)


def _staff(db, shelter: str = "Abri Dourlet") -> Actor:  # noqa: ANN001
    with db.read() as s:
        return Actor(user_id=None, role=Role.ABRI, partner_id=lookup.shelter(s, shelter).id, name="veilleur")


def _counts(db, at: datetime, category: str = "hommes") -> tuple[int, int]:  # noqa: ANN001
    row = next(r for r in beds.board(db, now=at) if (r.shelter, r.category) == ("Abri Dourlet", category))
    return row.occupied, row.held


def _oriented(db, at: datetime, category: str = "hommes") -> int:  # noqa: ANN001
    return orientations.orient_to_bed(db, shelter="Abri Dourlet", category=category, actor=SYSTEM, source="tests",
                                      now=at, deadline=at + timedelta(hours=3)).orientation_id


def _census(db):  # noqa: ANN001, ANN202
    census.write_night(db, NIGHT, actor=SYSTEM, now=EVENING + timedelta(hours=4))
    return next(r for r in census.rows(db, NIGHT) if (r["shelter"], r["category"]) == ("Abri Dourlet", "hommes"))


def test_an_arrival_is_undone_within_15_minutes_and_the_bed_is_held_again(network_db):
    staff = _staff(network_db)
    oid = _oriented(network_db, EVENING)
    orientations.set_status(network_db, oid, "arrivee", actor=staff, source="tests", now=EVENING + timedelta(minutes=5))
    assert _counts(network_db, EVENING + timedelta(minutes=6)) == (1, 0)
    recent = arrival_undo.recent_closings(network_db, staff.partner_id, actor=staff, source="tests",
                                          now=EVENING + timedelta(minutes=6))
    assert [c.orientation_id for c in recent] == [oid] and recent[0].arrived

    info = arrival_undo.undo_closing(network_db, oid, actor=staff, source="tests", now=EVENING + timedelta(minutes=14))
    assert info.status == "confirmee"
    assert _counts(network_db, EVENING + timedelta(minutes=15)) == (0, 1)
    assert [o.orientation_id for o in orientations.expected_arrivals(network_db, staff.partner_id, actor=staff,
                                                                     source="tests")] == [oid]
    with network_db.read() as s:
        actions = [a for (a,) in s.execute(select(LedgerEntry.action).order_by(LedgerEntry.id))][-2:]
        hold = tuple(s.execute(select(Hold.status, Hold.closed_at)).first())
    assert actions == ["hold_arrival_undone", "orientation_status"]
    assert hold == ("active", None)
    # the census of the night counts no arrival: it was a mistake
    assert _census(network_db)["arrivals"] == 0


def test_an_absence_is_undone_and_the_census_counts_no_no_show(network_db):
    staff = _staff(network_db)
    oid = _oriented(network_db, EVENING)
    orientations.set_status(network_db, oid, "absente", actor=staff, source="tests", now=EVENING + timedelta(minutes=1))
    assert _counts(network_db, EVENING + timedelta(minutes=2)) == (0, 0)
    arrival_undo.undo_closing(network_db, oid, actor=staff, source="tests", now=EVENING + timedelta(minutes=3))
    assert _counts(network_db, EVENING + timedelta(minutes=4)) == (0, 1)
    orientations.set_status(network_db, oid, "arrivee", actor=staff, source="tests", now=EVENING + timedelta(minutes=30))
    row = _census(network_db)
    assert (row["arrivals"], row["no_shows"]) == (1, 0)


def test_after_15_minutes_the_undo_is_refused_with_a_typed_error_and_nothing_changes(network_db):
    staff = _staff(network_db)
    oid = _oriented(network_db, EVENING)
    orientations.set_status(network_db, oid, "arrivee", actor=staff, source="tests", now=EVENING)
    late = EVENING + timedelta(minutes=15, seconds=1)
    assert arrival_undo.recent_closings(network_db, staff.partner_id, actor=staff, source="tests", now=late) == []
    with pytest.raises(UndoTooLate) as err:
        arrival_undo.undo_closing(network_db, oid, actor=staff, source="tests", now=late)
    assert err.value.code == "undo_too_late" and "15 minutes" in err.value.message
    assert _counts(network_db, late) == (1, 0)
    assert _census(network_db)["arrivals"] == 1


def test_an_undo_refuses_what_it_cannot_put_back(network_db):
    staff = _staff(network_db)
    with pytest.raises(NotAllowed):  # the hotline does not undo a shelter's arrivals
        arrival_undo.undo_closing(network_db, 1, actor=Actor(None, Role.OPERATEUR), source="tests")
    other = _staff(network_db, "Le Rebond")
    oid = _oriented(network_db, EVENING, "femmes")
    with pytest.raises(Conflict):  # still expected: nothing to undo
        arrival_undo.undo_closing(network_db, oid, actor=staff, source="tests", now=EVENING)
    orientations.set_status(network_db, oid, "absente", actor=staff, source="tests", now=EVENING)
    with pytest.raises(NotAllowed):  # another shelter's
        arrival_undo.undo_closing(network_db, oid, actor=other, source="tests", now=EVENING)
    beds.set_counts(network_db, shelter="Abri Dourlet", category="femmes", occupied=2, actor=staff, now=EVENING)
    with pytest.raises(NoBedAvailable):  # the freed bed was taken since
        arrival_undo.undo_closing(network_db, oid, actor=staff, source="tests", now=EVENING + timedelta(minutes=1))
    assert orientations.list_orientations(network_db, actor=SYSTEM, source="tests")[0].status == "absente"


def test_a_door_refusal_is_listed_then_withdrawn_and_counts_nowhere(network_db):
    staff = _staff(network_db)
    kept = refusals.record_refusal(network_db, category="hommes", reason="saturation", actor=staff, now=EVENING)
    wrong = refusals.record_refusal(network_db, category="hommes", reason="profil_non_accueilli", actor=staff,
                                    now=EVENING + timedelta(minutes=1))
    listed = refusals.door_refusals_tonight(network_db, staff.partner_id, actor=staff, now=EVENING + timedelta(hours=1))
    assert [(r.refusal_id, r.reason, r.category, r.withdrawn) for r in listed] == [
        (kept.refusal_id, "saturation", "hommes", False), (wrong.refusal_id, "profil_non_accueilli", "hommes", False)]

    done = refusals.withdraw_refusal(network_db, wrong.refusal_id, actor=staff, now=EVENING + timedelta(hours=1))
    assert done.withdrawn and done.withdrawn_at is not None
    with pytest.raises(Conflict):
        refusals.withdraw_refusal(network_db, wrong.refusal_id, actor=staff, now=EVENING + timedelta(hours=1))
    with network_db.read() as s:  # the row stays, marked; the ledger says so
        assert s.execute(select(Refusal.withdrawn_at).where(Refusal.id == wrong.refusal_id)).scalar() is not None
        assert s.execute(select(LedgerEntry.action).order_by(LedgerEntry.id.desc())).first()[0] == "refusal_withdrawn"
    assert len(refusals.door_refusals_tonight(network_db, staff.partner_id, actor=staff,
                                              now=EVENING + timedelta(hours=2))) == 2

    row = _census(network_db)
    assert (row["refusals_saturation"], row["refusals_profile"]) == (1, 0)
    closed_nights.close_night(network_db, NIGHT, now=EVENING + timedelta(days=1))
    final = next(r for r in closed_nights.rows(network_db, NIGHT) if (r["shelter"], r["category"]) == (
        "Abri Dourlet", "hommes"))
    assert (final["refusals_saturation"], final["refusals_profile"]) == (1, 0)
    f = stats.Filters(start=NIGHT, end=NIGHT)
    assert stats.anonymous_contacts(network_db, f) == 1
    assert stats.closed_totals(network_db, f)["refusals"] == 1


def test_a_refusal_withdrawn_after_the_census_still_counts_in_that_snapshot_never_in_the_closed_night(network_db):
    staff = _staff(network_db)
    r = refusals.record_refusal(network_db, category="hommes", reason="saturation", actor=staff, now=EVENING)
    refusals.withdraw_refusal(network_db, r.refusal_id, actor=staff, now=EVENING + timedelta(hours=5))
    assert _census(network_db)["refusals_saturation"] == 1  # the 23:00 census: as known at 23:00, late or not
    closed_nights.close_night(network_db, NIGHT, now=EVENING + timedelta(days=1))
    assert sum(x["refusals_saturation"] for x in closed_nights.rows(network_db, NIGHT)) == 0


def test_a_refusal_is_withdrawn_only_during_its_night_and_only_at_the_door_of_its_shelter(network_db):
    staff = _staff(network_db)
    r = refusals.record_refusal(network_db, category="hommes", reason="saturation", actor=staff, now=EVENING)
    with pytest.raises(NotAllowed):
        refusals.withdraw_refusal(network_db, r.refusal_id, actor=_staff(network_db, "Le Rebond"), now=EVENING)
    with pytest.raises(NotAllowed):
        refusals.withdraw_refusal(network_db, r.refusal_id, actor=Actor(None, Role.OPERATEUR), now=EVENING)
    with pytest.raises(UndoTooLate) as err:  # the night closed at noon
        refusals.withdraw_refusal(network_db, r.refusal_id, actor=staff, now=EVENING + timedelta(hours=17))
    assert "clôturée" in err.value.message
    with network_db.read() as s:
        assert s.execute(select(Refusal.withdrawn_at).where(Refusal.id == r.refusal_id)).scalar() is None
