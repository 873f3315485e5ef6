"""*Appels*: the operator's screen, driven like a user would (offscreen), against real databases."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from relais_desk.domain.enums import LedgerAction
from relais_desk.domain.models import Call, Hold, LedgerEntry, Orientation, Person, Refusal
from relais_desk.domain.nights import night_of, to_local, utcnow
from relais_desk.gui.calls.finder_panel import local_qdatetime
from relais_desk.gui.calls.intake import CallIntake
from relais_desk.gui.calls.journal import CallJournal
from relais_desk.gui.calls.slip_print import SlipPreview
from relais_desk.gui.main_window import MainWindow
from relais_desk.services import beds, calls, finder, lookup, orientations
from relais_desk.store.database import Database
from relais_desk.store.errors import DatabaseUnreachable
from tests.gui.conftest import make_context, make_user
from tests.gui.keys import Keyboard, Mod, activate
from tests.network import SYSTEM, sweep_from_two_clients

WAIT_MS = 15_000
K = Qt.Key


def _free(db: Database, shelter: str, category: str) -> int:
    return next(r.free for r in beds.board(db) if (r.shelter, r.category) == (shelter, category))


def _count(db: Database, model) -> int:  # noqa: ANN001
    with db.read() as s:
        return s.execute(select(func.count(model.id))).scalar_one()


def _intake(qtbot, db: Database, username: str = "oper", *, synchronous: bool = True) -> CallIntake:  # noqa: ANN001
    intake = CallIntake(make_context(db, make_user(db, username, "operateur"), synchronous=synchronous))
    qtbot.addWidget(intake)
    intake.resize(1366, 760)
    intake.show()
    intake.start()
    return intake


def _settle(qtbot, intake: CallIntake) -> None:  # noqa: ANN001
    """Let the debounced finder refresh run, and wait for every task."""
    qtbot.waitUntil(intake.settled, timeout=WAIT_MS)  # every answer delivered


def _select(intake: CallIntake, shelter: str, category: str) -> None:
    row = next(i for i, m in enumerate(intake.finder.matches) if (m.shelter, m.category) == (shelter, category))
    intake.finder.table.selectRow(row)


@contextmanager
def _live_workstation(qtbot, url: str, screen_class, username: str, role: str,  # noqa: ANN001
                      shelter: str | None = None) -> Iterator:
    """Another workstation: its own connection and change feed, one screen open, worker threads as in the app."""
    from relais_desk.gui.live import LiveFeed

    db = Database(url)
    live = LiveFeed(db, poll_interval=0.1)
    ctx = make_context(db, make_user(db, username, role, shelter=shelter), live=live, synchronous=False)
    screen = screen_class(ctx)
    qtbot.addWidget(screen)
    screen.show()
    live.start()
    try:
        yield screen
    finally:
        live.stop()
        ctx.tasks.wait()
        db.dispose()


def _hold_a_bed_for_half_an_hour_and_save(qtbot, intake: CallIntake) -> None:  # noqa: ANN001
    """A man's bed at Abri Dourlet, arrival within 30 minutes, the call saved."""
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    _select(intake, "Abri Dourlet", "hommes")
    intake.finder.deadline.setDateTime(local_qdatetime(utcnow() + timedelta(minutes=30)))
    intake.reserve()
    intake.save()


# -- the standard scenario, keyboard only ------------------------------------------------------------

def test_standard_scenario_by_keyboard_only(qtbot, network_db, db_url):
    """Ctrl+N, a woman with a dog, the bed found, held and saved: the other client's board shows one bed less."""
    other = Database(db_url)
    try:
        before = _free(other, "Le Rebond", "mixte")
        # worker threads as in the app: Ctrl+R and Entrée are pressed before the finder has answered
        window = MainWindow(make_context(network_db, make_user(network_db, "karim", "operateur"), synchronous=False))
        qtbot.addWidget(window)
        activate(window)
        keys = Keyboard(window)
        keys.press(K.Key_N, Mod.ControlModifier)
        assert keys.focus().objectName() == "alias"
        keys.type("Mimi")
        keys.press(K.Key_Tab)
        keys.type("1985")
        keys.press(K.Key_Tab)
        assert keys.focus().objectName() == "gender"
        keys.choose("F")
        keys.press(K.Key_Tab, times=4)  # mineur·e, enfants, personnes dans le ménage, chien
        assert keys.focus().objectName() == "with_dog"
        keys.press(K.Key_Space)
        keys.press(K.Key_R, Mod.ControlModifier)  # Réserver: waits for the list that matches the profile
        keys.press(K.Key_Return)
        intake: CallIntake = window.screens["calls"].intake
        qtbot.waitUntil(lambda: _count(other, Call) == 1 and intake.save_button.isEnabled(), timeout=WAIT_MS)
        _settle(qtbot, intake)
        window.ctx.tasks.wait()
        assert keys.mouse_actions == 0 and keys.keystrokes <= 15
        with other.read() as s:
            call = s.execute(select(Call)).scalar_one()
            hold = s.execute(select(Hold)).scalar_one()
            person = s.execute(select(Person)).scalar_one()
            orientation = s.execute(select(Orientation)).scalar_one()
        assert (person.alias, person.birth_year, person.gender, person.with_dog) == ("Mimi", 1985, "femme", True)
        assert (call.person_id, call.outcome, call.needs) == (person.id, "oriente", "hebergement")
        assert (orientation.call_id, orientation.hold_id, orientation.status) == (call.id, hold.id, "confirmee")
        assert (hold.status, hold.person_id) == ("active", person.id)
        assert _free(other, "Le Rebond", "mixte") == before - 1  # seen by another client
        assert window.screens["calls"].pages.currentWidget() is window.screens["calls"].journal
        assert "enregistré" in window.screens["calls"].banner.text()
    finally:
        other.dispose()


# -- the race for the last bed, through the GUI path -----------------------------------------------

def test_two_operators_race_for_the_last_bed(qtbot, network_db, db_url):
    beds.set_counts(network_db, shelter="Abri Dourlet", category="femmes", occupied=1, unavailable=0, actor=SYSTEM)
    other_db = Database(db_url)
    try:
        a = _intake(qtbot, network_db, "anne", synchronous=False)
        b = _intake(qtbot, other_db, "bruno", synchronous=False)
        for intake in (a, b):
            intake.gender.setCurrentIndex(intake.gender.findData("femme"))
            _settle(qtbot, intake)
            _select(intake, "Abri Dourlet", "femmes")
        a.reserve()
        b.reserve()  # both at once, on two connections
        for intake in (a, b):
            _settle(qtbot, intake)
        winners = [i for i in (a, b) if i.taken]
        losers = [i for i in (a, b) if not i.taken]
        assert len(winners) == 1 and len(losers) == 1
        with network_db.read() as s:
            holds = s.execute(select(Hold)).scalars().all()
        assert len(holds) == 1 and holds[0].status == "active"
        loser = losers[0]
        assert "vient d'être pris" in loser.finder.message.text()
        shown = {(m.shelter, m.category) for m in loser.finder.matches}
        assert ("Abri Dourlet", "femmes") not in shown and ("Maison Bienvenue", "femmes") in shown  # alternatives
    finally:
        other_db.dispose()


def test_tab_reaches_every_field_once_and_never_moves_the_chosen_shelter(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    activate(intake)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    chosen = intake.finder.selected()
    keys = Keyboard(intake)
    intake.alias.setFocus()
    seen = [keys.focus().objectName()]
    while len(seen) < 60:
        keys.press(K.Key_Tab)
        seen.append(keys.focus().objectName())
        if seen[-1] == "alias":
            break
    assert seen[-1] == "alias", seen  # Tab goes round the whole form: no list or date field keeps it
    for name in ("birth_year", "gender", "with_dog", "location", "notes", "received_at", "finder_table", "deadline",
                 "reserve", "partner", "orient", "refusal_category", "refusal_reason", "add_refusal", "refusal_note",
                 "abandon_call", "save_call"):
        assert seen.count(name) == 1, (name, seen)
    assert intake.finder.selected() == chosen
    intake.received_at.setFocus()
    keys.type("5/")  # « / » moves to the month, as in any date field: it does not leave the field
    assert keys.focus() is intake.received_at


def test_a_mistyped_birth_year_is_said_at_once_and_holds_nothing(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    qtbot.keyClicks(intake.birth_year, "2O10")  # the letter O: a 16-year-old must not get an adult bed
    assert intake.errors["birth_year"].isVisible() and "2O10" in intake.errors["birth_year"].text()
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    intake.reserve()
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 0 and "année de naissance" in intake.finder.message.text()
    intake.birth_year.setText("")
    qtbot.keyClicks(intake.birth_year, "19")  # a year being typed is not an error yet
    assert not intake.errors["birth_year"].isVisible()


def test_a_refusal_for_lack_of_space_while_beds_are_listed_asks_first(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    assert intake.refusal_category.currentData() == "femmes"
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier | Mod.ShiftModifier)
    assert not intake.taken and "libre" in intake.errors["refusal"].text()
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier | Mod.ShiftModifier)  # the operator insists
    assert [t.refusal.reason for t in intake.taken] == ["saturation"]


def test_the_next_call_starts_clean(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    intake.reserve()
    assert intake.banner.isVisible()
    intake.abandon(confirm=False)
    intake.start()
    assert not intake.banner.isVisible() and intake.partner.currentData() is None
    intake.orient_to_partner()  # Ctrl+O with no service chosen refers nobody anywhere
    assert not intake.taken and intake.errors["partner"].text()


def test_tab_into_the_journal_opens_the_newest_call(qtbot, network_db):
    for channel in ("police", "telephone"):
        calls.create_call(network_db, actor=SYSTEM, channel=channel, needs=["information"], source="tests")
    journal = CallJournal(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(journal)
    activate(journal)
    journal.refresh()
    journal.alias.setFocus()
    keys = Keyboard(journal)
    keys.press(K.Key_Tab)
    assert keys.focus() is journal.table and journal.current_call_id() == journal.rows[0].call_id
    keys.press(K.Key_Tab)
    assert keys.focus() is not journal.table  # and out again


# -- one thing at a time: keys pressed twice, or while the database answers ---------------------------

def test_ctrl_r_twice_holds_one_bed_and_a_second_bed_needs_asking_again(qtbot, network_db):
    intake = _intake(qtbot, network_db, synchronous=False)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)  # impatient: the first hold is still being taken
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 1 and len(intake.taken) == 1
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)  # once the bed is held: asks first
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 1 and "déjà réservé" in intake.finder.message.text()
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier)  # asked again: a second bed, on purpose
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 2 and len(intake.taken) == 2


def test_a_hold_that_arrives_after_the_call_was_abandoned_goes_back(qtbot, network_db):
    intake = _intake(qtbot, network_db, synchronous=False)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    free = _free(network_db, "Maison Bienvenue", "femmes")
    _select(intake, "Maison Bienvenue", "femmes")
    intake.reserve()
    intake.abandon(confirm=False)  # Échap before the database has answered
    _settle(qtbot, intake)
    intake.ctx.tasks.wait()
    qtbot.waitUntil(lambda: _free(network_db, "Maison Bienvenue", "femmes") == free, timeout=WAIT_MS)
    assert not intake.taken and not intake.has_content()
    assert [o.status for o in orientations.list_orientations(network_db, source="tests", actor=SYSTEM)] == ["annulee"]


def test_a_hold_that_could_not_be_taken_never_saves_the_call_later(qtbot, network_db):
    beds.set_counts(network_db, shelter="Le Rebond", category="mixte", occupied=1, unavailable=0, actor=SYSTEM)
    intake = _intake(qtbot, network_db, synchronous=False)
    intake.intoxicated.setChecked(True)  # only the low-threshold shelter fits, and it is full
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    intake.reserve()  # Ctrl+R, then Entrée, before the list has answered: nothing can be held
    intake.save()
    _settle(qtbot, intake)
    assert _count(network_db, Call) == 0 and "Aucun lit" in intake.finder.message.text()
    intake.abandon(confirm=False)
    intake.start()  # the next call: holding a bed must not save it behind the operator's back
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    intake.reserve()
    _settle(qtbot, intake)
    assert len(intake.taken) == 1 and _count(network_db, Call) == 0


def _slowed(monkeypatch, module, name: str, seconds: float = 0.6) -> None:  # noqa: ANN001
    """A slow database for one service call: the operator's keys arrive before its answer."""
    real = getattr(module, name)

    def slow(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        time.sleep(seconds)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)


def test_a_list_that_fails_to_load_never_saves_the_call_later(qtbot, network_db, monkeypatch):
    intake = _intake(qtbot, network_db, synchronous=False)
    _settle(qtbot, intake)
    real, failing = finder.find_in_session, [True]

    def flaky(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if failing[0]:
            raise DatabaseUnreachable("Serveur injoignable.")
        return real(*args, **kwargs)

    monkeypatch.setattr(finder, "find_in_session", flaky)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    intake.reserve()  # Ctrl+R waits for the list, Entrée waits for the hold: the list fails
    intake.save()
    _settle(qtbot, intake)
    failing[0] = False
    intake.ctx.connectivity.set(True, "")
    intake.refresh_finder()
    _settle(qtbot, intake)
    intake.reserve()  # the connection is back: a bed is held, and the call is not saved behind the operator
    _settle(qtbot, intake)
    assert len(intake.taken) == 1 and _count(network_db, Call) == 0


def test_escape_while_the_call_is_being_saved_gives_nothing_back(qtbot, network_db, monkeypatch):
    intake = _intake(qtbot, network_db, synchronous=False)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    intake.reserve()
    _settle(qtbot, intake)
    _slowed(monkeypatch, calls, "create_call")
    intake.save()
    intake.abandon(confirm=False)
    assert "enregistrement" in intake.form_error.text()
    qtbot.waitUntil(lambda: _count(network_db, Call) == 1 and intake.save_button.isEnabled(), timeout=WAIT_MS)
    _settle(qtbot, intake)
    assert [o.status for o in orientations.list_orientations(network_db, source="tests", actor=SYSTEM)] == ["confirmee"]  # the saved bed stays


def test_quitting_while_a_hold_is_being_taken_asks_once_and_gives_it_back(qtbot, network_db, monkeypatch):
    window = MainWindow(make_context(network_db, make_user(network_db, "oper", "operateur"), synchronous=False))
    qtbot.addWidget(window)
    window.show()
    window.new_call()
    intake: CallIntake = window.screens["calls"].intake
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    _select(intake, "Maison Bienvenue", "femmes")
    _slowed(monkeypatch, orientations, "orient_to_bed")
    asked: list[bool] = []
    monkeypatch.setattr(intake, "_ask_abandon_to_quit", lambda: asked.append(True) or True)
    intake.reserve()
    window.close()  # before the hold has come back
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert asked == [True]
    assert _free(network_db, "Maison Bienvenue", "femmes") == 4  # given back before the window went
    assert [o.status for o in orientations.list_orientations(network_db, source="tests", actor=SYSTEM)] == ["annulee"]


def test_enter_on_a_shelter_of_the_list_holds_it(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    intake.finder.table.setFocus()
    qtbot.keyClick(intake.finder.table, K.Key_Down)
    chosen = intake.finder.selected()
    qtbot.keyClick(intake.finder.table, K.Key_Return)
    _settle(qtbot, intake)
    assert _count(network_db, Call) == 0 and [t.orientation.partner for t in intake.taken] == [chosen.shelter]


def test_a_known_persons_new_dog_is_remembered_for_the_next_call(qtbot, network_db):
    now = utcnow()
    with network_db.write() as s:
        s.add(Person(alias="Rita V.", gender="femme", birth_year=1979, created_at=now, last_contact_at=now))
    intake = _intake(qtbot, network_db)
    qtbot.keyClicks(intake.alias, "rita")
    qtbot.waitUntil(lambda: bool(intake.person_panel.found), timeout=WAIT_MS)
    qtbot.keyClick(intake.alias, K.Key_Down)
    intake.with_dog.setChecked(True)
    intake.save()
    with network_db.read() as s:
        person = s.execute(select(Person)).scalar_one()
        saved = s.execute(select(LedgerEntry).where(LedgerEntry.action == "person_saved")).scalar_one()
    assert (person.alias, person.with_dog) == ("Rita V.", True)
    # ledgered as which field changed, under the person's subject: no value, no id
    assert (saved.entity_id, json.loads(saved.after)) == (None, {"fields": ["with_dog"], "subject": person.subject})


def test_the_journal_follows_the_clock_unless_a_period_was_chosen(qtbot, network_db):
    journal = CallJournal(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(journal)
    first, today = calls.default_period()
    journal._period = (first - timedelta(days=1), today - timedelta(days=1))  # left open since yesterday
    journal.start.setDate(journal._period[0])
    journal.end.setDate(journal._period[1])
    journal.refresh()
    assert (journal.start.date().toPython(), journal.end.date().toPython()) == (first, today)
    journal.start.setDate(today - timedelta(days=7))  # a week, chosen by the coordinator
    journal._period = (first - timedelta(days=1), today - timedelta(days=1))
    journal.refresh()
    assert journal.start.date().toPython() == today - timedelta(days=7)


# -- hold expiry ------------------------------------------------------------------------------------

def test_expired_hold_turns_absent_once_and_the_journal_shows_it(qtbot, network_db, db_url):
    intake = _intake(qtbot, network_db)
    _hold_a_bed_for_half_an_hour_and_save(qtbot, intake)
    _settle(qtbot, intake)
    assert _free(network_db, "Abri Dourlet", "hommes") == 4
    later = utcnow() + timedelta(hours=1)
    swept = sweep_from_two_clients(db_url, later)
    assert len(swept) == 1
    with network_db.read() as s:
        expired = s.execute(select(func.count(LedgerEntry.id)).where(
            LedgerEntry.action == LedgerAction.HOLD_EXPIRED.value)).scalar_one()
    assert expired == 1
    assert next(r for r in beds.board(network_db, now=later)
                if (r.shelter, r.category) == ("Abri Dourlet", "hommes")).free == 5
    journal = CallJournal(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(journal)
    journal.refresh()
    journal.table.selectRow(0)
    assert journal.detail.orientations.item(0, 3).text() == "absente"


def test_a_hold_and_its_expiry_appear_live_in_mon_abri(qtbot, network_db, db_url):
    """The hotline holds a bed; the shelter's own workstation lists the arrival, then drops it when it expires."""
    from relais_desk.gui.my_shelter.screen import MyShelterScreen

    with _live_workstation(qtbot, db_url, MyShelterScreen, "veilleur", "abri", shelter="Abri Dourlet") as screen:
        screen.refresh()
        qtbot.waitUntil(lambda: bool(screen.editors), timeout=WAIT_MS)
        assert screen.arrivals.rowCount() == 0
        intake = _intake(qtbot, network_db)
        intake.alias.setText("Paul")
        _hold_a_bed_for_half_an_hour_and_save(qtbot, intake)
        qtbot.waitUntil(lambda: screen.arrivals.rowCount() == 1, timeout=WAIT_MS)
        assert "Paul" in " ".join(screen.arrivals.item(0, c).text() for c in range(screen.arrivals.columnCount())
                                  if screen.arrivals.item(0, c))
        assert sweep_from_two_clients(db_url, utcnow() + timedelta(hours=1))  # the deadline has passed
        qtbot.waitUntil(lambda: screen.arrivals.rowCount() == 0, timeout=WAIT_MS)
        assert orientations.list_orientations(network_db, source="tests", actor=SYSTEM)[0].status == "absente"


# -- night quota and refusals ------------------------------------------------------------------------

def _person_at_quota(db: Database) -> int:
    now = utcnow()
    with db.write() as s:
        person = Person(alias="Marc D.", gender="homme", birth_year=1970, created_at=now, last_contact_at=now)
        s.add(person)
        s.flush()
        partner, cat = lookup.shelter(s, "Abri Dourlet"), lookup.category(s, "hommes")
        for k in range(1, 8):  # 7 nights over the last 30 days: Abri Dourlet's quota (7/30) is reached
            s.add(Hold(partner_id=partner.id, category_id=cat.id, night=night_of(now) - timedelta(days=k),
                       person_id=person.id, status="arrived", deadline=now, created_at=now, closed_at=now))
        return person.id


def test_quota_reached_warns_and_the_refusal_says_quota_depasse(qtbot, network_db):
    pid = _person_at_quota(network_db)
    intake = _intake(qtbot, network_db)
    qtbot.keyClicks(intake.alias, "marc")
    qtbot.waitUntil(lambda: bool(intake.person_panel.found), timeout=WAIT_MS)
    qtbot.keyClick(intake.alias, K.Key_Down)  # choose the known person with the keyboard
    assert intake.person_panel.person is not None and intake.person_panel.person.person_id == pid
    assert intake.gender.currentData() == "homme"
    _settle(qtbot, intake)
    dourlet = next(m for m in intake.finder.matches if m.shelter == "Abri Dourlet")
    assert dourlet.quota_reached and intake.finder.matches[-1] is dourlet
    assert "Quota" in intake.finder.summary.text()
    _select(intake, "Abri Dourlet", "hommes")
    intake.reserve()
    assert "quota" in intake.finder.message.text().lower() and not intake.taken  # warned, nothing held
    assert intake.refusal_reason.currentData() == "quota_depasse"
    assert intake.refusal_category.currentData() == "hommes"
    intake.add_refusal()
    intake.save()
    _settle(qtbot, intake)
    assert _count(network_db, Hold) == 7  # only the past nights
    with network_db.read() as s:
        refusal = s.execute(select(Refusal)).scalar_one()
        call = s.execute(select(Call)).scalar_one()
    assert (refusal.call_id, refusal.reason, refusal.person_id) == (call.id, "quota_depasse", pid)
    assert call.outcome == "refus_faute_de_place"
    detail = calls.get_call(network_db, call.id, actor=SYSTEM, source="tests")
    assert [r["reason"] for r in detail["refusals"]] == ["quota_depasse"]


def test_refusal_when_nothing_fits_is_linked_to_its_call(qtbot, network_db):
    for shelter, category, occupied in (("Le Rebond", "mixte", 1),):
        beds.set_counts(network_db, shelter=shelter, category=category, occupied=occupied, unavailable=0, actor=SYSTEM)
    intake = _intake(qtbot, network_db)
    intake.intoxicated.setChecked(True)  # only the low-threshold shelter fits, and it is full
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    assert intake.finder.matches == [] and "refus" in intake.finder.summary.text()
    qtbot.keyClick(intake.alias, K.Key_R, Mod.ControlModifier | Mod.ShiftModifier)
    assert [t.refusal.reason for t in intake.taken] == ["saturation"]
    qtbot.keyClick(intake.alias, K.Key_Return)
    with network_db.read() as s:
        call = s.execute(select(Call)).scalar_one()
        refusal = s.execute(select(Refusal)).scalar_one()
    assert refusal.call_id == call.id and call.outcome == "refus_faute_de_place"
    assert call.person_id is None  # anonymous: no alias typed


# -- orientations to other services, abandoning, follow-up ------------------------------------------

def test_referral_to_a_day_centre_then_follow_up_in_the_journal(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.alias.setText("Jo")
    intake.partner.setCurrentIndex(intake.partner.findText("Comptoir de jour (Charleroi)"))
    intake.needs["alimentation"].setChecked(True)
    intake.orient_to_partner()
    intake.save()
    journal = CallJournal(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(journal)
    journal.alias.setText("jo")
    journal.refresh()
    assert [c.alias for c in journal.rows] == ["Jo"]
    journal.table.selectRow(0)
    detail = journal.detail
    assert detail.orientations.item(0, 0).text() == "Comptoir de jour"
    assert detail.orientations.item(0, 3).text() == "proposée"
    detail.status.setCurrentIndex(detail.status.findData("arrivee"))
    detail.change_status()
    assert detail.orientations.item(0, 3).text() == "arrivée"
    detail.notes.setPlainText("Passé au comptoir le matin.")
    detail.outcome.setCurrentIndex(detail.outcome.findData("oriente"))
    detail.save_follow_up()
    call = calls.get_call(network_db, journal.rows[0].call_id, actor=SYSTEM, source="tests")["call"]
    assert (call.notes, call.outcome) == ("Passé au comptoir le matin.", "oriente")
    journal.alias.setText("personne-inconnue")
    journal.refresh()
    assert journal.rows == [] and "élargissez la période" in journal.count.text()  # a hint, not just « 0 »


def test_abandoning_a_call_gives_its_beds_back(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    _select(intake, "Maison Bienvenue", "femmes")
    intake.reserve()
    assert _free(network_db, "Maison Bienvenue", "femmes") == 3
    intake.abandon(confirm=False)
    assert _free(network_db, "Maison Bienvenue", "femmes") == 4
    assert _count(network_db, Call) == 0 and not intake.has_content()
    assert orientations.list_orientations(network_db, source="tests", actor=SYSTEM)[0].status == "annulee"


def test_closing_the_window_mid_call_asks_first_and_keeps_the_call(qtbot, network_db, monkeypatch):
    window = MainWindow(make_context(network_db, make_user(network_db, "oper", "operateur")))
    qtbot.addWidget(window)
    window.show()
    window.new_call()
    intake: CallIntake = window.screens["calls"].intake
    intake.alias.setText("Lou")
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    _select(intake, "Maison Bienvenue", "femmes")
    intake.reserve()
    answers = iter([False, True])  # « Revenir à l'appel », then « Abandonner l'appel et quitter »
    monkeypatch.setattr(intake, "_ask_abandon_to_quit", lambda: next(answers))
    assert not window.close()
    assert intake.alias.text() == "Lou" and intake.taken  # nothing lost
    assert window.screens["calls"].pages.currentWidget() is intake
    assert _free(network_db, "Maison Bienvenue", "femmes") == 3
    window.close()  # the window waits for the held bed to go back (off the UI thread), then closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert _free(network_db, "Maison Bienvenue", "femmes") == 4


# -- the slip -----------------------------------------------------------------------------------------

def test_slip_pdf_has_the_shelter_and_deadline_and_no_confidential_address(qtbot, network_db, tmp_path):
    intake = _intake(qtbot, network_db)
    intake.alias.setText("Lina")
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    _settle(qtbot, intake)
    _select(intake, "Maison Bienvenue", "femmes")
    intake.reserve()
    pdf = tmp_path / "bon.pdf"
    intake.print_slip(pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)
    o = intake.taken[0].orientation
    assert "Maison Bienvenue" in text and "Bon d'orientation" in text
    assert to_local(o.deadline).strftime("%Hh%M") in text.replace(" ", "")
    assert "Rue cachée" not in text and "065 00 00 02" in text  # the phone, never the hidden address
    assert "Lina" in text  # named on the slip while the call (and so the person) is not saved yet
    intake.save()  # the slip can be printed again from the journal
    journal = CallJournal(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(journal)
    journal.refresh()
    journal.table.selectRow(0)
    again = tmp_path / "encore.pdf"
    journal.detail.print_slip(again)
    assert "Maison Bienvenue" in " ".join(pypdf.PdfReader(again).pages[0].extract_text().split())


def test_ctrl_p_opens_a_print_preview_that_survives(qtbot, network_db):
    """Ctrl+P opens the slip's print preview (printer or PDF from there); it stays up and renders the slip."""
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    intake.reserve()
    qtbot.keyClick(intake.alias, K.Key_P, Mod.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, SlipPreview) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT_MS)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SlipPreview) and w.isVisible())
    import gc

    gc.collect()  # what Python does not hold must not be needed by the open preview
    qtbot.wait(300)
    assert not dialog.grab().isNull()
    dialog.reject()


# -- bad input in every field ---------------------------------------------------------------------------

BAD_INPUT = [
    ("alias", lambda i: i.alias.setText("x" * 81)),
    ("birth_year", lambda i: (i.alias.setText("Ana"), i.birth_year.setText("19x5"))),
    ("birth_year", lambda i: (i.alias.setText("Ana"), i.birth_year.setText("1850"))),
    ("children", lambda i: (i.alias.setText("Ana"), i.children.setValue(25))),
    ("location", lambda i: i.location.setText("y" * 121)),
    ("notes", lambda i: i.notes.setPlainText("z" * 2001)),
    ("received_at", lambda i: i.received_at.setDateTime(local_qdatetime(utcnow() + timedelta(days=1)))),
    ("received_at", lambda i: i.received_at.setDateTime(local_qdatetime(utcnow() - timedelta(days=40)))),
]


@pytest.mark.parametrize(("field", "spoil"), BAD_INPUT, ids=[f"{f}-{n}" for n, (f, _s) in enumerate(BAD_INPUT)])
def test_bad_input_shows_a_message_next_to_the_field_and_saves_nothing(qtbot, network_db, field, spoil):
    intake = _intake(qtbot, network_db)
    spoil(intake)
    typed = (intake.alias.text(), intake.birth_year.text(), intake.location.text(), intake.notes.toPlainText())
    intake.save()
    error = intake.findChild(type(intake.errors[field]), f"{field}_error")
    assert error is intake.errors[field] and error.isVisible() and error.text()
    assert re.search(r"[a-zé]", error.text())  # a sentence in French, not a code
    assert [_count(network_db, m) for m in (Call, Person, Orientation, Hold, Refusal)] == [0, 0, 0, 0, 0]
    assert typed == (intake.alias.text(), intake.birth_year.text(), intake.location.text(),
                     intake.notes.toPlainText())  # nothing typed is lost


def test_bad_deadline_and_refusal_note_are_refused_next_to_their_field(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    intake.finder.deadline.setDateTime(local_qdatetime(utcnow() - timedelta(hours=1)))
    intake.reserve()
    assert intake.finder.deadline_error.isVisible() and "futur" in intake.finder.deadline_error.text()
    assert _count(network_db, Hold) == 0 and not intake.taken
    intake.refusal_note.setText("n" * 501)
    intake.add_refusal()
    assert intake.errors["refusal"].isVisible() and "Remarque" in intake.errors["refusal"].text()
    assert not intake.taken and intake.refusal_note.text() == "n" * 501


def test_offline_nothing_is_written_and_the_form_is_kept(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    intake.alias.setText("Zoé")
    intake.ctx.connectivity.set(False, "Serveur injoignable.")
    intake.save()
    assert "connexion" in intake.form_error.text() and intake.alias.text() == "Zoé"
    assert _count(network_db, Call) == 0


# -- live: the finder and the journal follow what other workstations do ----------------------------

def test_finder_and_journal_update_live_while_open(qtbot, network_db, db_url):
    from relais_desk.gui.calls.screen import CallsScreen

    elsewhere = Database(db_url)
    with _live_workstation(qtbot, db_url, CallsScreen, "oper", "operateur") as screen:
        screen.new_call()
        intake = screen.intake
        intake.gender.setCurrentIndex(intake.gender.findData("femme"))
        qtbot.waitUntil(lambda: any(m.shelter == "Abri Dourlet" for m in intake.finder.matches), timeout=WAIT_MS)
        beds.set_counts(elsewhere, shelter="Abri Dourlet", category="femmes", occupied=2, actor=SYSTEM)
        qtbot.waitUntil(lambda: all(m.shelter != "Abri Dourlet" for m in intake.finder.matches), timeout=WAIT_MS)
        intake.abandon(confirm=False)
        assert screen.pages.currentWidget() is screen.journal
        qtbot.waitUntil(lambda: screen.journal.count.text() == "0 appel(s)", timeout=WAIT_MS)
        calls.create_call(elsewhere, actor=SYSTEM, channel="police", needs=["sante"], source="tests")
        qtbot.waitUntil(lambda: len(screen.journal.rows) == 1, timeout=WAIT_MS)
        assert screen.journal.table.item(0, 2).text() == "Police"
    elsewhere.dispose()


def test_saving_a_call_reloads_the_journal_once_on_that_call(qtbot, network_db):
    """After Enregistrer the journal opens on the call saved, read once (one access row per call shown)."""
    from relais_desk.domain.models import AccessLog

    window = MainWindow(make_context(network_db, make_user(network_db, "ines", "operateur")))
    qtbot.addWidget(window)
    screen = window.screens["calls"]
    screen.new_call()
    intake = screen.intake
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    _settle(qtbot, intake)
    reads = select(func.count()).select_from(AccessLog).where(AccessLog.what == "journal")
    with network_db.read() as s:
        before = s.execute(reads).scalar_one()
    intake.save()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.journal, timeout=WAIT_MS)
    window.ctx.tasks.wait()
    with network_db.read() as s:
        assert s.execute(reads).scalar_one() - before == 1  # the one call of the day, shown once
        saved = s.execute(select(func.max(Call.id))).scalar_one()
    assert screen.journal.current_call_id() == saved
