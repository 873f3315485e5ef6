"""Correct at the source (#13): the refusal's bed type, a hold only where the person may sleep, one bed a
night per person, and family places matched by the household's size. Both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from relais_desk.domain.models import Call, Hold, LedgerEntry, Person
from relais_desk.domain.nights import utcnow
from relais_desk.domain.profiles import refusal_category
from relais_desk.services import beds, calls, finder, orientations, partners, tonight
from relais_desk.services.errors import InvalidValue, ProfileNotAccepted
from relais_desk.services.finder import Profile
from relais_desk.store.database import Database
from tests.network import RECORDED, SINCE, SYSTEM

YEAR = utcnow().year


@pytest.fixture
def full_network(network_db: Database) -> Database:
    """The small network with a minors' category, and every bed of it taken tonight."""
    partners.add_category(network_db, code="jeunes", label_fr="Jeunes (mineurs)", label_en="Minors", actor=SYSTEM,
                          sort_order=5, minors=True)
    partners.set_capacity(network_db, shelter="Le Rebond", category="jeunes", beds=2, valid_from=SINCE, actor=SYSTEM,
                          now=RECORDED)
    for row in beds.board(network_db):
        beds.set_counts(network_db, shelter=row.shelter, category=row.category, occupied=row.capacity, actor=SYSTEM)
    return network_db


def _person(db: Database, alias: str = "Marc D.") -> int:
    with db.write() as s:
        person = Person(alias=alias, gender="homme", created_at=utcnow())
        s.add(person)
        s.flush()
        return person.id


@pytest.mark.parametrize(("profile", "expected"), [
    (Profile(gender="femme", children=3, with_dog=True, wheelchair=True), "familles"),
    (Profile(gender="homme", household=2), "familles"),
    (Profile(gender="homme", birth_year=YEAR - 15), "jeunes"),
    (Profile(gender="inconnu", minor=True), "jeunes"),
    (Profile(gender="femme", with_dog=True, intoxicated=True), "femmes"),
    (Profile(gender="homme", wheelchair=True), "hommes"),
    (Profile(gender="autre"), "mixte"),
    (Profile(), "mixte"),
])
def test_refusal_category_follows_the_profile_when_no_bed_fits(full_network, profile, expected):
    assert finder.find_beds(full_network, profile) == []  # nothing fits: the list is empty
    categories = partners.list_categories(full_network)  # data: codes are never known by the rule
    assert refusal_category(categories, profile, YEAR)["code"] == expected


def test_refusal_category_is_none_when_no_category_takes_the_person(network_db):
    assert refusal_category(partners.list_categories(network_db), Profile(minor=True), YEAR) is None


def _nothing_held(db: Database) -> None:
    with db.read() as s:
        assert s.execute(select(func.count(Hold.id))).scalar_one() == 0
        assert s.execute(select(func.count(LedgerEntry.id)).where(LedgerEntry.action == "hold_taken")).scalar_one() == 0


@pytest.mark.parametrize(("shelter", "category", "profile", "why"), [
    ("Abri Dourlet", "femmes", Profile(gender="homme"), "genre"),
    ("Maison Bienvenue", "femmes", Profile(gender="femme", children=1), "ménage de 2"),
    ("Abri Dourlet", "hommes", Profile(gender="homme", birth_year=YEAR - 16), "mineur"),
    ("Maison Bienvenue", "femmes", Profile(gender="femme", with_dog=True), "chiens"),
    ("Abri Dourlet", "hommes", Profile(gender="homme", intoxicated=True), "bas seuil"),
])
def test_a_hold_whose_beds_do_not_take_the_person_is_refused(network_db, shelter, category, profile, why):
    with pytest.raises(ProfileNotAccepted) as err:
        orientations.orient_to_bed(network_db, shelter=shelter, category=category, actor=SYSTEM, source="tests",
                                   profile=profile)
    assert err.value.code == "profile_not_accepted" and err.value.field == "shelter"
    assert why in err.value.message and shelter in err.value.message
    _nothing_held(network_db)
    assert next(r.held for r in beds.board(network_db) if (r.shelter, r.category) == (shelter, category)) == 0


def test_a_hold_where_the_beds_take_the_person_goes_through(network_db):
    o = orientations.orient_to_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM, source="tests",
                                   profile=Profile(gender="femme", with_dog=True, intoxicated=True))
    assert o.hold_id is not None


def test_family_places_are_matched_by_household_size(network_db):
    """Counted in rooms: one free room takes the family. Counted in places: free places ≥ the household."""
    partners.set_capacity(network_db, shelter="Le Rebond", category="familles", beds=3, valid_from=SINCE,
                          actor=SYSTEM, now=RECORDED)  # counted in places
    four, three = Profile(gender="femme", children=1, household=4), Profile(gender="femme", children=2)
    assert [(m.shelter, m.category) for m in finder.find_beds(network_db, four)] == [("Maison Bienvenue", "familles")]
    assert {m.shelter for m in finder.find_beds(network_db, three)} == {"Maison Bienvenue", "Le Rebond"}
    listed = finder.find_beds(network_db, four, include_full=True)  # the full list still names it, not available
    assert [m.available for m in listed if m.shelter == "Le Rebond"] == [False]
    with pytest.raises(ProfileNotAccepted, match="3 place"):
        beds.hold_bed(network_db, shelter="Le Rebond", category="familles", actor=SYSTEM, profile=four)
    assert beds.hold_bed(network_db, shelter="Le Rebond", category="familles", actor=SYSTEM, profile=three).hold_id
    assert beds.hold_bed(network_db, shelter="Maison Bienvenue", category="familles", actor=SYSTEM, profile=four).hold_id


def test_tonight_lists_the_persons_active_holds_and_arrivals(network_db):
    pid, other = _person(network_db), _person(network_db, "Paul")
    assert tonight.stays_tonight(network_db, pid) == []
    first = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                       source="tests", person_id=pid)
    second = orientations.orient_to_bed(network_db, shelter="Le Rebond", category="mixte", actor=SYSTEM,
                                        source="tests", person_id=pid)
    orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, source="tests",
                               person_id=other)
    orientations.set_status(network_db, first.orientation_id, "arrivee", actor=SYSTEM, source="tests")
    stays = tonight.stays_tonight(network_db, pid)
    assert [(s.text, s.status) for s in stays] == [("Abri Dourlet (Hommes)", "arrived"), ("Le Rebond (Mixte)", "active")]
    orientations.set_status(network_db, second.orientation_id, "annulee", actor=SYSTEM, source="tests")
    assert [s.shelter for s in tonight.stays_tonight(network_db, pid)] == ["Abri Dourlet"]


def test_household_size_is_saved_with_the_call_and_checked(network_db):
    call = calls.create_call(network_db, actor=SYSTEM, channel="telephone", household_size=4, source="tests")
    plain = calls.create_call(network_db, actor=SYSTEM, channel="telephone", source="tests")
    with network_db.read() as s:
        sizes = dict(s.execute(select(Call.id, Call.household_size)).all())
    assert sizes == {call.call_id: 4, plain.call_id: None}
    for bad, said in ((0, "au moins 1"), (31, "maximum"), ("deux", "nombre entier"), (True, "nombre entier")):
        with pytest.raises(InvalidValue, match=said) as err:
            calls.create_call(network_db, actor=SYSTEM, channel="telephone", household_size=bad, source="tests")
        assert err.value.field == "household_size" and "Personnes dans le ménage" in err.value.message
    with network_db.read() as s:
        assert s.execute(select(func.count(Call.id))).scalar_one() == 2
