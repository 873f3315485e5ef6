"""Reads are checked too: what each role finds, and what shelter staff are not shown (both backends)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from relais_desk.domain.enums import Role
from relais_desk.services import calls, orientations, partners, persons, refusals, settings, users
from relais_desk.services.actor import Actor
from relais_desk.services.errors import InvalidValue, NotAllowed, NotFound
from relais_desk.store.database import Database
from tests.network import SYSTEM


@dataclass
class Night:
    dourlet: Actor  # staff of Abri Dourlet
    operator: Actor
    ours: persons.PersonInfo  # oriented to Abri Dourlet
    theirs: persons.PersonInfo  # oriented to Maison Bienvenue only
    door: persons.PersonInfo  # refused at Abri Dourlet's door, no call
    our_call: int  # oriented to Abri Dourlet and Maison Bienvenue
    their_call: int  # oriented to Maison Bienvenue only


def _partner_id(db: Database, name: str) -> int:
    return next(p.partner_id for p in partners.list_partners(db, actor=SYSTEM) if p.name == name)


@pytest.fixture
def night(network_db: Database) -> Night:
    db = network_db
    ours = persons.create_person(db, actor=SYSTEM, alias="Marc D.", gender="homme")
    theirs = persons.create_person(db, actor=SYSTEM, alias="Marie L.", gender="femme")
    door = persons.create_person(db, actor=SYSTEM, alias="Marcel P.", gender="homme")
    here = orientations.orient_to_bed(db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                                      person_id=ours.person_id, note="arrive avec son chien", source="tests")
    there = orientations.orient_to_partner(db, partner="Maison Bienvenue", actor=SYSTEM, person_id=ours.person_id,
                                           note="suivi psychologique en cours", source="tests")
    our_call = calls.create_call(db, actor=SYSTEM, channel="telephone", person_id=ours.person_id,
                                 location="Gare du Sud, quai 3", notes="Parle de sa sœur à Namur",
                                 needs=["hebergement"], orientation_ids=[here.orientation_id, there.orientation_id], source="tests")
    elsewhere = orientations.orient_to_bed(db, shelter="Maison Bienvenue", category="femmes", actor=SYSTEM,
                                           person_id=theirs.person_id, source="tests")
    their_call = calls.create_call(db, actor=SYSTEM, channel="telephone", person_id=theirs.person_id,
                                   location="Place de la Digue", notes="Violences conjugales",
                                   orientation_ids=[elsewhere.orientation_id], source="tests")
    refusals.record_refusal(db, category="hommes", reason="saturation", actor=SYSTEM, partner="Abri Dourlet",
                            person_id=door.person_id)
    dourlet = Actor(user_id=None, role=Role.ABRI, partner_id=_partner_id(db, "Abri Dourlet"), name="Abri Dourlet")
    return Night(dourlet, Actor(user_id=None, role=Role.OPERATEUR, name="Opératrice"), ours, theirs, door,
                 our_call.call_id, their_call.call_id)


def test_shelter_staff_find_only_the_persons_linked_to_their_shelter(network_db, night):
    found = persons.search_persons(network_db, "mar", actor=night.dourlet, source="tests")
    assert sorted(p.alias for p in found) == ["Marc D.", "Marcel P."]  # an orientation, a door refusal
    assert persons.get_person(network_db, night.ours.person_id, actor=night.dourlet, source="tests").alias == "Marc D."
    with pytest.raises(NotFound) as missing:
        persons.get_person(network_db, night.theirs.person_id, actor=night.dourlet, source="tests")
    with pytest.raises(NotFound) as absent:
        persons.get_person(network_db, 999_999, actor=night.dourlet, source="tests")
    assert "introuvable" in missing.value.message and "introuvable" in absent.value.message  # existence not told
    # The hotline finds everyone.
    assert sorted(p.alias for p in persons.search_persons(network_db, "mar", actor=night.operator, source="tests")) == [
        "Marc D.", "Marcel P.", "Marie L."]
    assert persons.get_person(network_db, night.theirs.person_id, actor=night.operator, source="tests").alias == "Marie L."


def test_shelter_staff_journal_has_their_calls_without_location_or_notes(network_db, night):
    seen = calls.journal(network_db, actor=night.dourlet, source="tests")
    assert [c.call_id for c in seen] == [night.our_call]
    assert (seen[0].alias, seen[0].notes, seen[0].location) == ("Marc D.", "", "")
    hotline = {c.call_id: c for c in calls.journal(network_db, actor=night.operator, source="tests")}
    assert set(hotline) == {night.our_call, night.their_call}
    assert hotline[night.our_call].notes == "Parle de sa sœur à Namur"
    assert hotline[night.our_call].location == "Gare du Sud, quai 3"


def test_shelter_staff_open_their_call_but_not_another_shelters(network_db, night):
    detail = calls.get_call(network_db, night.our_call, actor=night.dourlet, source="tests")
    assert (detail["call"].notes, detail["call"].location) == ("", "")
    notes = {o.partner: o.note for o in detail["orientations"]}
    assert notes == {"Abri Dourlet": "arrive avec son chien", "Maison Bienvenue": ""}
    with pytest.raises(NotFound, match="introuvable"):
        calls.get_call(network_db, night.their_call, actor=night.dourlet, source="tests")
    full = calls.get_call(network_db, night.our_call, actor=night.operator, source="tests")
    assert full["call"].notes == "Parle de sa sœur à Namur"
    assert {o.partner: o.note for o in full["orientations"]}["Maison Bienvenue"] == "suivi psychologique en cours"


def test_confidential_address_follows_the_readers_role(network_db, night):
    def address(actor: Actor) -> str:
        return next(p.address for p in partners.list_partners(network_db, actor=actor) if p.name == "Maison Bienvenue")

    assert address(night.operator) == "Rue cachée 2"
    assert address(night.dourlet) == ""


def test_users_list_is_whole_for_admin_and_trimmed_for_others(network_db, night):
    users.add_user(network_db, username="nadia", role="operateur", password="lanterne-rouge-abri-7", display_name="Nadia",
                   actor=SYSTEM)
    users.add_user(network_db, username="dourlet", role="abri", password="lanterne-rouge-abri-7", shelter="Abri Dourlet",
                   actor=SYSTEM)
    admin = {u.username: u for u in users.list_users(network_db, actor=SYSTEM)}
    assert admin["dourlet"].shelter == "Abri Dourlet"
    others = {u.username: u for u in users.list_users(network_db, actor=night.operator)}
    assert set(others) == {"nadia"} and others["nadia"].display_name == "Nadia"  # enough for the journal filter
    assert all(u.shelter is None and u.partner_id is None for u in others.values())


def test_settings_are_read_by_all_and_changed_by_coordination_or_admin(network_db, night):
    assert settings.read_all(network_db, actor=night.dourlet)["mask_threshold"] == "3"
    with pytest.raises(NotAllowed, match="rôle"):
        settings.set_value(network_db, "network_name", "Relais social de Charleroi", actor=night.operator)
    coordination = Actor(user_id=None, role=Role.COORDINATION)
    settings.set_value(network_db, "network_name", "Relais social de Charleroi", actor=coordination)
    with pytest.raises(NotAllowed, match="administrat"):
        settings.set_value(network_db, "mask_threshold", "5", actor=coordination)
    with pytest.raises(InvalidValue, match="sous 3"):
        settings.set_value(network_db, "mask_threshold", "2", actor=SYSTEM)
    settings.set_value(network_db, "mask_threshold", "5", actor=SYSTEM)
    shown = settings.read_all(network_db, actor=night.operator)
    assert (shown["network_name"], shown["mask_threshold"]) == ("Relais social de Charleroi", "5")
