"""*Nouvel appel* renders the call draft: one bed a night per person, the refusal's bed type with an empty
list, the household size, and a late finder answer that never holds the wrong bed."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from sqlalchemy import select

from relais_desk.domain.models import Call, Hold, Person
from relais_desk.domain.nights import utcnow
from relais_desk.services import beds, finder, orientations
from tests.gui.keys import Mod
from tests.gui.test_calls import WAIT_MS, _count, _intake, _select, _settle
from tests.network import SYSTEM

K = Qt.Key


def _known_woman(db) -> int:  # noqa: ANN001
    with db.write() as s:
        now = utcnow()
        person = Person(alias="Lina K.", gender="femme", birth_year=1988, created_at=now, last_contact_at=now)
        s.add(person)
        s.flush()
        return person.id


def _choose_known(qtbot, intake, alias: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(intake.alias, alias)
    qtbot.waitUntil(lambda: bool(intake.person_panel.found), timeout=WAIT_MS)
    qtbot.keyClick(intake.alias, K.Key_Down)
    _settle(qtbot, intake)


def test_a_second_hold_the_same_night_warns_where_then_holds_on_the_second_press(qtbot, network_db):
    pid = _known_woman(network_db)
    orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="femmes", actor=SYSTEM, source="tests",
                               person_id=pid)  # oriented by another operator earlier tonight
    intake = _intake(qtbot, network_db)
    _choose_known(qtbot, intake, "lina")
    assert "déjà orienté·e ce soir : Abri Dourlet (Femmes)" in intake.finder.tonight.text()
    assert intake.finder.tonight.isVisible()
    _select(intake, "Maison Bienvenue", "femmes")
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 1 and not intake.taken_list.count()
    assert "Déjà orienté·e ce soir : Abri Dourlet (Femmes)" in intake.finder.message.text()
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)  # on purpose: a second bed tonight
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 2 and intake.taken_list.count() == 1
    assert "Maison Bienvenue" in intake.taken_list.item(0).text()
    assert "Abri Dourlet" in intake.finder.tonight.text() and "Maison" not in intake.finder.tonight.text()


def test_the_refusal_bed_type_follows_the_profile_when_nothing_fits(qtbot, network_db):
    """A woman with three children, a dog and a wheelchair: no bed fits, the refusal is a family's."""
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    intake.children.setValue(3)
    intake.with_dog.setChecked(True)
    intake.person_panel.wheelchair.setChecked(True)
    _settle(qtbot, intake)
    assert intake.finder.table.rowCount() == 0
    assert intake.refusal_category.currentData() == "familles"
    intake.children.setValue(0)
    _settle(qtbot, intake)
    assert intake.refusal_category.currentData() == "femmes"


def test_the_household_size_is_saved_and_matches_family_places(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    qtbot.keyClicks(intake.alias, "Famille B.")
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    assert "Abri Dourlet" in intake.finder.table.item(0, 0).text()
    intake.household.setValue(4)  # a father with three others: family places only
    _settle(qtbot, intake)
    shown = [intake.finder.table.item(r, 0).text() for r in range(intake.finder.table.rowCount())]
    assert len(shown) == 1 and "Familles" in shown[0]
    assert intake.refusal_category.currentData() == "familles"
    intake.household.setValue(31)  # more than the network takes as one household: said next to the field
    _settle(qtbot, intake)
    assert "Personnes dans le ménage" in intake.errors["household_size"].text()
    intake.household.setValue(4)
    _settle(qtbot, intake)
    intake.save()
    _settle(qtbot, intake)
    with network_db.read() as s:
        assert s.execute(select(Call.household_size)).scalar_one() == 4


def test_a_slow_answer_for_a_woman_never_holds_a_womans_bed_for_the_man(qtbot, network_db, monkeypatch):
    """The woman's list is slowed; the man's comes first. The list and Ctrl+R follow the man."""
    release, real = threading.Event(), finder.find_in_session
    slowed: list[str] = []

    def find_in_session(session, profile, at, **kwargs):  # noqa: ANN001, ANN202
        if profile.gender == "femme":
            slowed.append(profile.gender)
            release.wait(WAIT_MS / 1000)
        return real(session, profile, at, **kwargs)

    monkeypatch.setattr(finder, "find_in_session", find_in_session)
    intake = _intake(qtbot, network_db, synchronous=False)
    _settle(qtbot, intake)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    intake.refresh_finder()  # the woman's question, held back
    qtbot.waitUntil(lambda: bool(slowed), timeout=WAIT_MS)
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    intake.refresh_finder()  # the man's, answered at once
    qtbot.waitUntil(lambda: intake.finder.table.rowCount() > 0, timeout=WAIT_MS)
    release.set()  # now the woman's answer comes back, late
    _settle(qtbot, intake)
    shown = [intake.finder.table.item(r, 0).text() for r in range(intake.finder.table.rowCount())]
    assert shown and not any("Femmes" in text for text in shown)
    assert intake.refusal_category.currentData() == "hommes"
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)
    _settle(qtbot, intake)
    with network_db.read() as s:
        hold = s.execute(select(Hold)).scalar_one()
    held = next(r for r in beds.board(network_db) if r.held)
    assert (held.shelter, held.category) == ("Abri Dourlet", "hommes") and hold.category_id == held.category_id
    assert "Hommes" in intake.taken_list.item(0).text()
