"""Appels and Mon abri say when the database is gone, as the board does, and their "pas de connexion"
messages go by themselves when it is back: what was typed stays, and saving again works."""

from __future__ import annotations

from sqlalchemy import func, select

from relais_desk.domain.models import Call
from relais_desk.gui.calls.screen import CallsScreen
from relais_desk.gui.my_shelter.screen import MyShelterScreen
from relais_desk.services import beds
from relais_desk.store.database import Database
from tests.gui.conftest import make_context, make_user

OFFLINE = "Serveur injoignable (127.0.0.1:5432), nouvel essai…"


def _calls(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count(Call.id))).scalar_one()


def _occupied(db: Database) -> int:
    return next(r.occupied for r in beds.board(db) if (r.shelter, r.category) == ("Abri Dourlet", "hommes"))


def _my_shelter(qtbot, db: Database) -> MyShelterScreen:  # noqa: ANN001
    screen = MyShelterScreen(make_context(db, make_user(db, "accueil", "abri", shelter="Abri Dourlet")))
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    return screen


def test_appels_shows_the_banner_and_the_call_saves_once_the_connection_is_back(qtbot, network_db):
    screen = CallsScreen(make_context(network_db, make_user(network_db, "oper", "operateur")))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.connection_banner.isHidden()
    screen.new_call()
    intake = screen.intake
    intake.alias.setText("Zoé")
    screen.ctx.connectivity.set(False, OFFLINE)  # what the main window does when the feed loses the server
    assert screen.connection_banner.isVisible() and "Connexion à la base perdue" in screen.connection_banner.text()
    intake.save()
    assert intake.form_error.isVisible() and "Pas de connexion" in intake.form_error.text()
    assert _calls(network_db) == 0
    screen.ctx.connectivity.set(True)
    assert screen.connection_banner.isHidden()
    assert intake.form_error.isHidden()  # no stale "pas de connexion" once it is back
    assert intake.alias.text() == "Zoé"
    intake.save()
    assert _calls(network_db) == 1 and "enregistré" in screen.banner.text()


def test_a_message_that_is_not_about_the_connection_stays_when_it_comes_back(qtbot, network_db):
    screen = CallsScreen(make_context(network_db, make_user(network_db, "oper", "operateur")))
    qtbot.addWidget(screen)
    screen.show()
    screen.new_call()
    intake = screen.intake
    intake.birth_year.setText("1980")
    intake.save()  # a birth year, no alias, not anonymous: a forgotten alias, said next to it
    assert intake.errors["alias"].isVisible()
    screen.ctx.connectivity.set(False, OFFLINE)
    screen.ctx.connectivity.set(True)
    assert intake.errors["alias"].isVisible() and "Pseudonyme" in intake.errors["alias"].text()


def test_mon_abri_shows_the_banner_and_keeps_the_numbers_until_they_can_be_saved(qtbot, network_db):
    screen = _my_shelter(qtbot, network_db)
    editor = next(e for e in screen.editors.values() if e.row.category == "hommes")
    assert screen.connection_banner.isHidden()
    editor.occupied.setValue(3)
    screen.ctx.connectivity.set(False, OFFLINE)
    assert screen.connection_banner.isVisible()
    editor.save.click()
    assert "Pas de connexion" in editor.error.text() and editor.occupied.value() == 3
    assert _occupied(network_db) == 0
    screen.ctx.connectivity.set(True)
    assert screen.connection_banner.isHidden() and editor.error.isHidden()
    assert editor.occupied.value() == 3
    editor.save.click()
    assert _occupied(network_db) == 3 and "Enregistré" in screen.banner.text()


def test_a_save_that_fails_for_want_of_the_database_clears_its_message_when_it_is_back(qtbot, sqlite_url, tmp_path):
    from tests.network import small_network

    db = Database(sqlite_url)
    small_network(db)
    screen = _my_shelter(qtbot, db)
    editor = next(e for e in screen.editors.values() if e.row.category == "hommes")
    editor.occupied.setValue(2)
    db.sqlite_path.rename(tmp_path / "moved-away.sqlite3")  # the file (a USB drive) is gone
    db.dispose()
    editor.save.click()  # nobody had noticed yet: the save itself finds out
    assert not screen.ctx.connectivity.online and screen.connection_banner.isVisible()
    assert editor.error.isVisible() and editor.occupied.value() == 2
    (tmp_path / "moved-away.sqlite3").rename(db.sqlite_path)
    screen.ctx.connectivity.set(True)  # the change feed reads the file again
    assert editor.error.isHidden() and editor.occupied.value() == 2
    editor.save.click()
    assert _occupied(db) == 2
    db.dispose()
