"""*Mon abri* driven as the night staff would: numbers typed as they are (never clamped), plural forms,
an arrival undone with its button (gone after 15 minutes), tonight's door refusals listed and withdrawn."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolButton
from sqlalchemy import select

from relais_desk.domain.models import LedgerEntry
from relais_desk.domain.nights import utcnow
from relais_desk.gui.my_shelter.screen import MyShelterScreen
from relais_desk.services import beds, orientations, refusals
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def _screen(qtbot, db) -> MyShelterScreen:  # noqa: ANN001
    screen = MyShelterScreen(make_context(db, make_user(db, "veilleur", "abri", shelter="Abri Dourlet")))
    qtbot.addWidget(screen)
    screen.refresh()
    return screen


def _board(db, category: str = "hommes"):  # noqa: ANN001, ANN202
    return next(r for r in beds.board(db) if (r.shelter, r.category) == ("Abri Dourlet", category))


@pytest.mark.parametrize(("typed", "said"), [("-5", "négatif"), ("99999999999", "dépasse le maximum"),
                                             ("douze", "n'est pas un nombre entier"), ("", "n'est pas un nombre")])
def test_an_out_of_range_number_is_kept_as_typed_said_next_to_the_field_and_nothing_is_saved(qtbot, network_db,
                                                                                             typed, said):
    screen = _screen(qtbot, network_db)
    editor = next(e for e in screen.editors.values() if e.row.category == "hommes")
    editor.occupied.clear()
    qtbot.keyClicks(editor.occupied, typed)
    assert editor.occupied.text() == typed  # nothing turned −5 into 5 or cut 99999999999 to 9999
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert not editor.error.isHidden() and said in editor.error.text()
    assert editor.error.text().startswith("Occupés")  # it names the field
    assert "border" in editor.occupied.styleSheet()  # and the field is framed
    assert editor.occupied.text() == typed and _board(network_db).occupied == 0
    with network_db.read() as s:
        assert not s.execute(select(LedgerEntry.id).where(LedgerEntry.action == "counts_set")).first()
    editor.occupied.selectAll()
    qtbot.keyClicks(editor.occupied, "3")
    assert editor.occupied.styleSheet() == ""
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert editor.error.isHidden() and _board(network_db).occupied == 3


def test_the_arrows_and_buttons_step_but_never_below_zero(qtbot, network_db):
    screen = _screen(qtbot, network_db)
    editor = next(e for e in screen.editors.values() if e.row.category == "hommes")
    qtbot.keyClick(editor.occupied, Qt.Key.Key_Down)
    assert editor.occupied.text() == "0"
    qtbot.keyClick(editor.occupied, Qt.Key.Key_Up)
    screen.findChild(QToolButton, "occupied_hommes_plus").click()
    assert editor.occupied.value() == 2 and editor.dirty


def test_one_free_bed_is_singular(qtbot, network_db):
    beds.set_counts(network_db, shelter="Abri Dourlet", category="femmes", occupied=1, actor=SYSTEM)
    beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM)
    screen = _screen(qtbot, network_db)
    texts = {e.row.category: e.label.text() for e in screen.editors.values()}
    assert "1 libre sur 2" in texts["femmes"]
    assert "4 libres sur 5, 1 réservé" in texts["hommes"]


def test_an_arrival_is_undone_with_its_button_and_the_person_is_expected_again(qtbot, network_db):
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, source="tests")
    screen = _screen(qtbot, network_db)
    assert screen.recent_box.isHidden()
    screen.findChild(QPushButton, f"arrived_{o.orientation_id}").click()
    assert (_board(network_db).occupied, _board(network_db).held) == (1, 0)
    assert screen.arrivals.rowCount() == 0 and not screen.recent_box.isHidden()
    assert screen.recent.item(0, 2).text().startswith("Arrivé·e à ")
    assert screen._undo_timer.isActive()  # the button goes by itself when its 15 minutes are over
    screen.findChild(QPushButton, f"undo_{o.orientation_id}").click()
    assert (_board(network_db).occupied, _board(network_db).held) == (0, 1)
    assert screen.arrivals.rowCount() == 1 and screen.recent_box.isHidden()
    assert "de nouveau réservé" in screen.banner.text()


def test_after_15_minutes_there_is_no_undo_button_and_the_service_says_why(qtbot, network_db):
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, source="tests")
    orientations.set_status(network_db, o.orientation_id, "absente", actor=SYSTEM, source="tests",
                            now=utcnow() - timedelta(minutes=16))
    screen = _screen(qtbot, network_db)
    assert screen.recent_box.isHidden() and screen.findChild(QPushButton, f"undo_{o.orientation_id}") is None
    screen.undo_closing(o.orientation_id)  # a button left on a screen that did not refresh in time
    assert "15 minutes" in screen.recent_message.text()


def test_tonights_door_refusals_are_listed_and_one_is_withdrawn_after_confirmation(qtbot, network_db, monkeypatch):
    screen = _screen(qtbot, network_db)
    assert not screen.no_refusals.isHidden() and screen.refusals.isHidden()
    screen.refusal_category.setCurrentIndex(screen.refusal_category.findData("femmes"))
    screen.refusal_save.click()
    assert screen.refusals.rowCount() == 1 and not screen.refusals.isHidden()
    cells = [screen.refusals.item(0, c).text() for c in range(4)]
    assert cells[1:] == ["Femmes", "Plus de place", "veilleur"]
    refusal_id = refusals.door_refusals_tonight(network_db, screen.partner_id, actor=SYSTEM)[0].refusal_id
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    screen.findChild(QPushButton, f"withdraw_{refusal_id}").click()
    assert "Femmes" in asked[0] and not refusals.door_refusals_tonight(network_db, screen.partner_id,
                                                                       actor=SYSTEM)[0].withdrawn
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    screen.findChild(QPushButton, f"withdraw_{refusal_id}").click()
    assert refusals.door_refusals_tonight(network_db, screen.partner_id, actor=SYSTEM)[0].withdrawn
    assert screen.refusals.item(0, 4).text().startswith("Retiré à ")  # still listed, marked
    assert screen.refusals.cellWidget(0, 4) is None  # no button any more
