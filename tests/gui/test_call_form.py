"""*Nouvel appel* by keyboard: Tab in the order the eye reads, words never tick a box, dates typed whole."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui.calls.intake import CallIntake
from tests.gui.conftest import make_context, make_user
from tests.gui.keys import Keyboard, Mod, activate

WAIT_MS = 15_000
K = Qt.Key


def _intake(qtbot, db) -> CallIntake:  # noqa: ANN001
    intake = CallIntake(make_context(db, make_user(db, "oper", "operateur")))
    qtbot.addWidget(intake)
    intake.resize(1366, 760)
    activate(intake)
    intake.start()
    qtbot.waitUntil(intake.settled, timeout=WAIT_MS)
    return intake


def _region(intake: CallIntake, w: QWidget) -> int:
    """0: the left column (person, call), 1: the right one (beds, referral, taken), 2: the foot."""
    if intake.person_panel.isAncestorOf(w) or intake.call_panel.isAncestorOf(w):
        return 0
    return 2 if intake.save_button.parentWidget().isAncestorOf(w) else 1


def _rect(intake: CallIntake, w: QWidget) -> QRect:
    return QRect(w.mapTo(intake, QPoint(0, 0)), w.size())


def _seen_before(intake: CallIntake, a: QWidget, b: QWidget) -> bool:
    """Whether the eye reads `a` before `b`: by column, then row (one above the other), then left to right."""
    ra, rb = _region(intake, a), _region(intake, b)
    if ra != rb:
        return ra < rb
    ga, gb = _rect(intake, a), _rect(intake, b)
    if ga.bottom() < gb.top() + 4:
        return True  # a is above b (a few pixels of overlap are one row)
    if gb.bottom() < ga.top() + 4:
        return False
    return ga.left() < gb.left()  # on one row: left to right


def test_tab_follows_the_visual_order_and_words_never_tick_a_box(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.alias.setFocus()
    seen = [keys.focus()]
    toggled: list[str] = []  # an even number of ticks would leave a box as it was: every tick is counted
    for box in intake.findChildren(QCheckBox):
        box.toggled.connect(lambda _on, name=box.objectName(): toggled.append(name))
    while len(seen) < 80:
        keys.press(K.Key_Tab)
        if keys.focus() is intake.alias:
            break
        seen.append(keys.focus())
        if isinstance(keys.focus(), QCheckBox):
            keys.type("Gare du Midi")  # words meant for a text field land on a box
            assert not toggled, (keys.focus().objectName(), toggled)
    names = [w.objectName() for w in seen]
    assert keys.focus() is intake.alias, names  # round the whole form
    for first, second in zip(seen, seen[1:], strict=False):
        assert _seen_before(intake, first, second), (first.objectName(), second.objectName(), names)
    assert names.index("birth_year") < names.index("anonymous") < names.index("gender")
    assert names[names.index("intoxicated") + 1] == "location"


def test_after_sous_l_effet_tab_goes_to_lieu(qtbot, network_db):
    """The report: after « Sous l'effet… », Tab went up to « Anonyme » and the place typed ticked it twice."""
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.intoxicated.setFocus()
    keys.press(K.Key_Tab)
    keys.type("Gare du Midi")
    assert intake.location.text() == "Gare du Midi"
    assert not intake.person_panel.anonymous.isChecked() and not intake.intoxicated.isChecked()


def test_a_space_on_its_own_still_ticks_a_box(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.with_dog.setFocus()
    keys.press(K.Key_Space)
    assert intake.with_dog.isChecked()
    keys.type("ab c")  # words: no tick
    assert intake.with_dog.isChecked()


def test_a_whole_date_typed_after_ctrl_a_is_that_date(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    earlier = to_local(utcnow() - timedelta(days=2))
    for typed in (earlier.strftime("%d%m%Y%H%M"), earlier.strftime("%d/%m/%Y %H:%M")):
        intake.received_at.setFocus()
        keys.press(K.Key_A, Mod.ControlModifier)
        keys.type(typed)
        keys.press(K.Key_Tab)
        assert intake.received_at.dateTime().toString("dd/MM/yyyy HH:mm") == earlier.strftime("%d/%m/%Y %H:%M")
        assert not intake.errors["received_at"].isVisible()


def test_a_date_that_does_not_exist_is_said_and_changes_nothing(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    before = intake.received_at.dateTime()
    intake.received_at.setFocus()
    keys.press(K.Key_A, Mod.ControlModifier)
    keys.type("31/02/" + str(before.date().year()))
    keys.press(K.Key_Tab)
    assert intake.received_at.dateTime() == before  # never 28/02 or 02/03 without a sign
    error = intake.errors["received_at"]
    assert error.isVisible() and "31/02" in error.text() and "n'existe pas" in error.text()


def test_a_future_recu_a_is_said_next_to_the_field_and_refused(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    tomorrow = to_local(utcnow() + timedelta(days=1))
    intake.alias.setFocus()
    keys.type("Ana")
    intake.received_at.setFocus()
    keys.press(K.Key_A, Mod.ControlModifier)
    keys.type(tomorrow.strftime("%d/%m/%Y %H:%M"))
    keys.press(K.Key_Tab)
    # the date typed is kept (nothing typed is lost) and said to be wrong
    assert intake.received_at.dateTime().toString("dd/MM/yyyy HH:mm") == tomorrow.strftime("%d/%m/%Y %H:%M")
    error = intake.errors["received_at"]
    assert error.isVisible() and "futur" in error.text()
    intake.save()
    assert error.isVisible() and "futur" in error.text() and intake.alias.text() == "Ana"  # nothing saved
    assert intake.has_content()
