"""Urgence sociale core: the bed finder, orientations with their holds, quotas, calls and the journal."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from relais_desk.domain.models import Call, Hold, LedgerEntry, Orientation, Person, Refusal
from relais_desk.domain.nights import night_of, utcnow
from relais_desk.services import beds, calls, finder, orientations
from relais_desk.services.calls import RefusalDraft
from relais_desk.services.errors import Conflict, InvalidValue, NoBedAvailable
from relais_desk.services.finder import Profile
from relais_desk.store.database import Database
from tests.network import SYSTEM, at_once, sweep_from_two_clients


def _names(matches):
    return [(m.shelter, m.category) for m in matches]


def test_finder_ranks_women_categories_before_mixed(network_db):
    found = finder.find_beds(network_db, Profile(gender="femme"))
    assert _names(found) == [("Maison Bienvenue", "femmes"), ("Abri Dourlet", "femmes"), ("Le Rebond", "mixte")]
    assert [m.exact_fit for m in found] == [True, True, False]


def test_finder_ranks_fresh_counts_before_stale_ones(network_db):
    """Four beds nobody has counted tonight are a guess; two beds counted a minute ago are beds."""
    beds.set_counts(network_db, shelter="Abri Dourlet", category="femmes", occupied=0, unavailable=0, actor=SYSTEM)
    found = finder.find_beds(network_db, Profile(gender="femme"))
    assert _names(found)[:2] == [("Abri Dourlet", "femmes"), ("Maison Bienvenue", "femmes")]
    assert [m.stale for m in found[:2]] == [False, True]
    assert [m.free for m in found[:2]] == [2, 4]


def test_finder_respects_dog_wheelchair_family_and_low_threshold(network_db):
    assert _names(finder.find_beds(network_db, Profile(gender="femme", with_dog=True))) == [("Le Rebond", "mixte")]
    assert _names(finder.find_beds(network_db, Profile(gender="homme", with_dog=True))) == [
        ("Abri Dourlet", "hommes"), ("Le Rebond", "mixte")]
    assert _names(finder.find_beds(network_db, Profile(gender="femme", wheelchair=True))) == [
        ("Maison Bienvenue", "femmes")]
    assert _names(finder.find_beds(network_db, Profile(gender="femme", children=2))) == [
        ("Maison Bienvenue", "familles")]
    assert _names(finder.find_beds(network_db, Profile(gender="homme", intoxicated=True))) == [("Le Rebond", "mixte")]
    assert finder.find_beds(network_db, Profile(gender="homme", birth_year=utcnow().year - 15)) == []


def test_bed_orientation_holds_the_bed_and_follows_the_person(network_db):
    o = orientations.orient_to_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM, source="tests")
    assert o.status == "confirmee" and o.hold_id is not None
    row = next(r for r in beds.board(network_db) if r.shelter == "Le Rebond")
    assert (row.held, row.free) == (1, 0)
    assert finder.find_beds(network_db, Profile(gender="homme", intoxicated=True)) == []
    arrived = orientations.set_status(network_db, o.orientation_id, "arrivee", actor=SYSTEM, source="tests")
    assert arrived.status == "arrivee"
    row = next(r for r in beds.board(network_db) if r.shelter == "Le Rebond")
    assert (row.occupied, row.held) == (1, 0)
    with pytest.raises(Conflict):
        orientations.set_status(network_db, o.orientation_id, "annulee", actor=SYSTEM, source="tests")


def test_cancelled_orientation_gives_the_bed_back(network_db):
    o = orientations.orient_to_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM, source="tests")
    orientations.set_status(network_db, o.orientation_id, "refusee_personne", actor=SYSTEM, source="tests")
    assert next(r for r in beds.board(network_db) if r.shelter == "Le Rebond").free == 1


def test_last_bed_race_between_two_operators(network_db, db_url):
    other = Database(db_url)
    try:
        orientations.orient_to_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM, source="tests")
        with pytest.raises(NoBedAvailable) as err:
            orientations.orient_to_bed(other, shelter="Le Rebond", category="mixte", actor=SYSTEM, source="tests")
        assert "Le Rebond" in err.value.message
        with other.read() as s:
            assert s.execute(select(func.count(Orientation.id))).scalar_one() == 1  # nothing half-written
    finally:
        other.dispose()


def test_expired_hold_makes_the_orientation_absent_once_even_with_two_sweepers(network_db, db_url):
    now = utcnow()
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                   deadline=now + timedelta(minutes=30), now=now, source="tests")
    later = now + timedelta(hours=1)
    results = sweep_from_two_clients(db_url, later)
    assert results == [o.hold_id]
    assert orientations.list_orientations(network_db, call_id=None, source="tests", actor=SYSTEM)[0].status == "absente"
    row = next(r for r in beds.board(network_db, now=later) if (r.shelter, r.category) == ("Abri Dourlet", "hommes"))
    assert (row.held, row.free) == (0, 5)


def test_night_quota_reached_is_shown_and_a_refusal_can_say_so(network_db):
    now = utcnow()
    with network_db.write() as s:
        person = Person(alias="Marc D.", gender="homme", created_at=now)
        s.add(person)
        s.flush()
        pid = person.id
        from relais_desk.services import lookup

        partner = lookup.shelter(s, "Abri Dourlet")
        cat = lookup.category(s, "hommes")
        tonight = night_of(now)
        for k in range(1, 8):  # 7 nights over the last 30 days: the quota (7/30) is reached
            s.add(Hold(partner_id=partner.id, category_id=cat.id, night=tonight - timedelta(days=k), person_id=pid,
                       status="arrived", deadline=now, created_at=now, closed_at=now))
    found = finder.find_beds(network_db, Profile(gender="homme", person_id=pid))
    dourlet_match = next(m for m in found if m.shelter == "Abri Dourlet")
    assert dourlet_match.quota_reached and dourlet_match.nights_used == 7
    assert found[-1].shelter == "Abri Dourlet"  # ranked after shelters where the person may still go
    call = calls.create_call(network_db, actor=SYSTEM, channel="telephone", person_id=pid, needs=["hebergement"],
                             refusals=[RefusalDraft(category="hommes", reason="quota_depasse")], source="tests")
    assert call.outcome == "refus_faute_de_place" and call.refusals == 1
    with network_db.read() as s:
        refusal = s.execute(select(Refusal)).scalar_one()
        assert (refusal.call_id, refusal.reason) == (call.call_id, "quota_depasse")


def test_call_with_new_person_and_orientation_is_saved_whole(network_db):
    o = orientations.orient_to_bed(network_db, shelter="Maison Bienvenue", category="femmes", actor=SYSTEM, source="tests")
    call = calls.create_call(network_db, actor=SYSTEM, channel="telephone", location="Gare du Sud",
                             needs=["hebergement", "alimentation"], notes="Appelle d'une cabine",
                             new_person={"alias": "Julie V.", "birth_year": 1990, "gender": "femme"},
                             orientation_ids=[o.orientation_id], source="tests")
    assert call.outcome == "oriente" and call.alias == "Julie V." and call.orientations == 1
    detail = calls.get_call(network_db, call.call_id, actor=SYSTEM, source="tests")
    assert [x.partner for x in detail["orientations"]] == ["Maison Bienvenue"]
    assert detail["orientations"][0].alias == "Julie V."
    assert [c.call_id for c in calls.journal(network_db, actor=SYSTEM, alias="julie", source="tests")] == [call.call_id]
    assert calls.journal(network_db, actor=SYSTEM, need="sante", source="tests") == []


def test_every_step_of_a_call_is_a_ledger_row(network_db):
    with network_db.read() as s:
        since = s.execute(select(func.max(LedgerEntry.id))).scalar_one()
    o = orientations.orient_to_bed(network_db, shelter="Maison Bienvenue", category="femmes", actor=SYSTEM, source="tests")
    call = calls.create_call(network_db, actor=SYSTEM, channel="telephone", orientation_ids=[o.orientation_id],
                             new_person={"alias": "Julie V.", "birth_year": 1990, "gender": "femme"}, source="tests")
    with network_db.read() as s:
        rows = s.execute(select(LedgerEntry.action, LedgerEntry.entity, LedgerEntry.after)
                         .where(LedgerEntry.id > since)
                         .order_by(LedgerEntry.id)).all()
    assert [(a, e) for a, e, _after in rows] == [
        ("hold_taken", "bed_state"), ("orientation_created", "orientation"), ("person_saved", "person"),
        ("orientation_linked", "orientation"), ("call_saved", "call")]
    with network_db.read() as s:
        subject = s.execute(select(Person.subject)).scalar_one()
    # which fields changed, under the person's random subject: no value, no id (the ledger outlives them)
    assert json.loads(rows[2][2]) == {"subject": subject, "fields": ["alias", "birth_year", "children", "gender"]}
    assert json.loads(rows[3][2])["call_id"] == call.call_id


def test_two_workstations_closing_the_same_referral_one_wins(network_db, db_url):
    o = orientations.orient_to_partner(network_db, partner="Comptoir de jour", actor=SYSTEM, source="tests")
    clients = [Database(db_url), Database(db_url)]
    outcomes: list[str] = []

    def close(db: Database, status: str) -> None:
        try:
            outcomes.append(orientations.set_status(db, o.orientation_id, status, actor=SYSTEM, source="tests").status)
        except Conflict:
            outcomes.append("conflict")

    at_once(lambda: close(clients[0], "arrivee"), lambda: close(clients[1], "annulee"))
    for c in clients:
        c.dispose()
    assert sorted(outcomes)[0] in ("annulee", "arrivee") and outcomes.count("conflict") == 1
    with network_db.read() as s:
        assert s.execute(select(func.count(LedgerEntry.id)).where(
            LedgerEntry.action == "orientation_status")).scalar_one() == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"channel": "pigeon"}, "channel"),
        ({"channel": "telephone", "needs": ["dormir"]}, "needs"),
        ({"channel": "telephone", "location": "x" * 10_000}, "location"),
        ({"channel": "telephone", "new_person": {"alias": ""}}, "alias"),
        ({"channel": "telephone", "new_person": {"alias": "A", "birth_year": 1700}}, "birth_year"),
        ({"channel": "telephone", "orientation_ids": [999]}, "orientations"),
        ({"channel": "telephone", "refusals": [RefusalDraft(category="hommes", reason="plein")]}, "reason"),
    ],
)
def test_bad_call_input_names_the_field_and_saves_nothing(network_db, fields, field):
    with pytest.raises((InvalidValue, Exception)) as err:
        calls.create_call(network_db, actor=SYSTEM, **fields, source="tests")
    assert getattr(err.value, "field", None) == field
    with network_db.read() as s:
        assert s.execute(select(func.count(Call.id))).scalar_one() == 0
        assert s.execute(select(func.count(Person.id))).scalar_one() == 0


def test_the_journal_by_default_shows_the_night_shift_its_evening_and_the_day_its_morning(network_db):
    from datetime import UTC, datetime

    evening = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)  # 22:00 in Brussels
    morning = datetime(2026, 11, 23, 10, 53, tzinfo=UTC)  # 11:53
    for at in (evening, morning):
        calls.create_call(network_db, actor=SYSTEM, channel="telephone", received_at=at, now=at, source="tests")
    at_2am = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
    assert calls.default_period(at_2am) == (date(2026, 11, 22), date(2026, 11, 23))
    assert evening in [c.received_at for c in calls.journal(network_db, actor=SYSTEM, now=at_2am, source="tests")]  # the evening's call
    at_noon = datetime(2026, 11, 23, 11, 1, tzinfo=UTC)  # 12:01: a new night, the morning's call stays in view
    assert calls.default_period(at_noon) == (date(2026, 11, 23), date(2026, 11, 23))
    assert [c.received_at for c in calls.journal(network_db, actor=SYSTEM, now=at_noon, source="tests")] == [morning]
