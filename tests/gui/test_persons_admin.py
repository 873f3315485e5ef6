"""*Administration → Personnes*: erasure on request and merging two records, behind a confirmation that
names them; an erasure refused while a bed is held tonight says why and changes nothing."""

from __future__ import annotations

from relais_desk.gui.admin.persons import PersonsAdminScreen
from relais_desk.services import beds, calls, persons
from relais_desk.services.errors import NotFound
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def _screen(qtbot, db, role: str = "admin") -> PersonsAdminScreen:  # noqa: ANN001
    screen = PersonsAdminScreen(make_context(db, make_user(db, f"compte_{role}", role)))
    qtbot.addWidget(screen)
    return screen


def test_admin_erases_a_person_and_the_retention_limit_is_shown(qtbot, network_db) -> None:  # noqa: ANN001
    marc = persons.create_person(network_db, actor=SYSTEM, alias="Marc G.", birth_year=1970)
    calls.create_call(network_db, actor=SYSTEM, channel="telephone", person_id=marc.person_id, notes="gare",
                      source="tests")
    screen = _screen(qtbot, network_db)
    assert "24 mois" in screen.retention.text()
    screen.alias.setText("marc")
    screen.find.click()
    assert "Marc G. (1970)" in screen.first.currentText()
    screen.erase_person(confirmed=True)
    assert "a été effacée" in screen.banner.text()
    try:
        persons.get_person(network_db, marc.person_id, actor=SYSTEM, source="tests")
        raise AssertionError("the person is still there")
    except NotFound:
        pass


def test_an_erasure_refused_by_an_active_hold_says_why(qtbot, network_db) -> None:  # noqa: ANN001
    lina = persons.create_person(network_db, actor=SYSTEM, alias="Lina K.", gender="femme")
    beds.hold_bed(network_db, shelter="Abri Dourlet", category="femmes", actor=SYSTEM, person_id=lina.person_id)
    screen = _screen(qtbot, network_db)
    screen.alias.setText("lina")
    screen.find.click()
    screen.erase_person(confirmed=True)
    assert "réserv" in screen.banner.text()  # the reason, in French, next to the action
    assert persons.get_person(network_db, lina.person_id, actor=SYSTEM, source="tests").alias == "Lina K."


def test_coordination_merges_two_records_of_one_person(qtbot, network_db) -> None:  # noqa: ANN001
    a = persons.create_person(network_db, actor=SYSTEM, alias="Marc G.", birth_year=1970)
    b = persons.create_person(network_db, actor=SYSTEM, alias="Marc G.", birth_year=1970)
    for p in (a, b):
        calls.create_call(network_db, actor=SYSTEM, channel="telephone", person_id=p.person_id, source="tests")
    screen = _screen(qtbot, network_db, "coordination")
    screen.alias.setText("marc")
    screen.find.click()
    assert screen.first.count() == 2 and screen.second.currentData() != screen.first.currentData()
    keep = screen.first.currentData()
    screen.merge_persons(confirmed=True)
    assert "fusionnées" in screen.banner.text()
    found = persons.search_persons(network_db, "marc", actor=SYSTEM, source="tests")
    assert [p.person_id for p in found] == [keep]
    screen.first.clear()
    screen.merge_persons(confirmed=True)  # nothing chosen: says what to do
    assert "deux fiches différentes" in screen.banner.text()
