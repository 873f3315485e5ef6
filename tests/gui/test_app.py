"""The desktop app, driven like a user would (offscreen), against real databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy.engine import make_url

from relais_desk.domain.enums import Role
from relais_desk.gui.board.screen import BoardScreen
from relais_desk.gui.dialogs.first_run import FirstRunDialog
from relais_desk.gui.dialogs.login import LoginDialog
from relais_desk.gui.live import LiveFeed
from relais_desk.gui.main_window import MainWindow
from relais_desk.gui.my_shelter.screen import MyShelterScreen
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services import beds, users
from relais_desk.services.errors import NotAllowed
from relais_desk.store import config, secrets
from relais_desk.store.database import Database
from tests.gui.conftest import PASSWORD, make_context, make_user
from tests.network import SYSTEM, small_network

WAIT_MS = 15_000


def _row(model, shelter: str, category: str):  # noqa: ANN001, ANN202
    return next(r for r in model.rows if (r.shelter, r.category) == (shelter, category))


# -- first run and login -----------------------------------------------------------------------

def test_first_run_embedded_creates_the_first_admin(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("relais_desk.store.database.default_sqlite_path", lambda: tmp_path / "poste.sqlite3")
    dialog = FirstRunDialog(TaskRunner(ErrorHub(), synchronous=True))
    qtbot.addWidget(dialog)
    assert dialog.ui.embedded.isChecked()
    dialog.ui.adminUser.setText("marie")
    dialog.ui.adminPassword.setText("marie-premiere-admin")
    dialog.ui.adminPassword2.setText("autre-chose")
    dialog.finish()
    assert "diffèrent" in dialog.ui.message.text() and dialog.result() == 0
    dialog.ui.adminPassword2.setText("marie-premiere-admin")
    dialog.finish()
    assert dialog.result() == 1 and config.load().backend == "sqlite"
    db = Database(config.configured_url())
    assert users.authenticate(db, "marie", "marie-premiere-admin").role == Role.ADMIN
    db.dispose()


def test_first_run_server_tests_with_your_own_account_and_keeps_no_password(qtbot, pg_url):
    url = make_url(pg_url)
    db = Database(pg_url)
    users.add_user(db, username="marie", role="admin", password="premier-compte-du-réseau", actor=SYSTEM)
    db.dispose()
    dialog = FirstRunDialog(TaskRunner(ErrorHub(), synchronous=True))
    qtbot.addWidget(dialog)
    dialog.ui.server.setChecked(True)
    dialog.ui.host.setText(url.host)
    dialog.ui.port.setValue(1)  # nothing listens there
    dialog.ui.dbname.setText(url.database)
    dialog.ui.user.setText("marie")
    dialog.ui.password.setText("premier-compte-du-réseau")
    dialog.ui.testButton.click()
    assert "Impossible de joindre le serveur" in dialog.ui.message.text()
    dialog.ui.port.setValue(url.port or 5432)
    dialog.ui.testButton.click()
    assert dialog.ui.message.text() == "Connexion réussie : le serveur est prêt."
    dialog.finish()
    assert dialog.result() == 1
    saved = config.load()
    assert (saved.backend, saved.host, saved.dbname, saved.user) == ("postgresql", url.host, url.database, "")
    text = config.config_path().read_text()
    assert "premier-compte" not in text and "marie" not in text
    assert secrets.get_password(saved.keyring_account) is None  # no credential on the workstation


def test_first_run_server_refuses_verify_full_without_the_networks_ca_file(qtbot, pg_url, tmp_path):
    url = make_url(pg_url)
    dialog = FirstRunDialog(TaskRunner(ErrorHub(), synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.server.setChecked(True)
    dialog.ui.host.setText(url.host)
    dialog.ui.port.setValue(url.port or 5432)
    dialog.ui.dbname.setText(url.database)
    db = Database(pg_url)
    users.add_user(db, username="marie", role="admin", password="premier-compte-du-réseau", actor=SYSTEM)
    db.dispose()
    dialog.ui.user.setText("marie")
    dialog.ui.password.setText("premier-compte-du-réseau")
    assert dialog.ui.sslmode.currentData() == "prefer"  # the default
    saved_before = config.config_path().read_text() if config.config_path().exists() else None
    dialog.ui.sslmode.setCurrentIndex(dialog.ui.sslmode.findData("verify-full"))
    dialog.finish()
    assert dialog.ui.sslrootcertError.isVisible() and "certificat de l'autorité" in dialog.ui.sslrootcertError.text()
    assert dialog.result() == 0
    assert (config.config_path().read_text() if config.config_path().exists() else None) == saved_before
    dialog.ui.sslrootcert.setText(str(tmp_path / "absent.crt"))
    assert not dialog.ui.sslrootcertError.isVisible()  # typing clears the old message
    dialog.ui.testButton.click()
    assert "introuvable ou illisible" in dialog.ui.sslrootcertError.text()
    dialog.ui.sslrootcert.setText("")
    dialog.ui.sslmode.setCurrentIndex(dialog.ui.sslmode.findData("disable"))
    dialog.ui.testButton.click()
    assert dialog.ui.message.text() == "Connexion réussie : le serveur est prêt."
    dialog.finish()
    assert dialog.result() == 1 and config.load().sslmode == "disable"


def test_login_failure_then_success_remembers_the_username(qtbot, checked_db):
    network_db = checked_db
    make_user(network_db, "karim", "operateur")
    dialog = LoginDialog(network_db, TaskRunner(ErrorHub(), synchronous=True), network="Relais social (test)")
    qtbot.addWidget(dialog)
    dialog.ui.username.setText("karim")
    dialog.ui.password.setText("mauvais")
    dialog.try_login()
    assert dialog.ui.message.text().startswith("Identifiant ou mot de passe incorrect")
    assert dialog.user is None and dialog.ui.password.text() == ""
    dialog.ui.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.user is not None and dialog.user.role == Role.OPERATEUR
    assert QSettings().value("login/last_username") == "karim"


# -- navigation by role ---------------------------------------------------------------------------

def test_each_role_sees_only_its_screens(qtbot, network_db):
    expected = {"admin": ["calls", "board", "census", "stats", "partners", "admin"],
                "coordination": ["calls", "board", "census", "stats", "partners"],
                "operateur": ["calls", "board", "census", "partners"], "abri": ["my_shelter", "board", "census", "partners"]}
    for role, screens in expected.items():
        user = make_user(network_db, f"u_{role}", role, shelter="Abri Dourlet" if role == "abri" else None)
        window = MainWindow(make_context(network_db, user))
        qtbot.addWidget(window)
        assert window.screen_keys() == screens, role


def test_shelter_staff_cannot_change_another_shelter(qtbot, network_db):
    user = make_user(network_db, "staff", "abri", shelter="Abri Dourlet")
    screen = MyShelterScreen(make_context(network_db, user))
    qtbot.addWidget(screen)
    screen.refresh()
    assert {e.row.shelter for e in screen.editors.values()} == {"Abri Dourlet"}
    with pytest.raises(NotAllowed):
        beds.set_counts(network_db, shelter="Le Rebond", category="mixte", occupied=1, actor=user.actor())


# -- Mon abri -----------------------------------------------------------------------------------

def test_over_capacity_shows_the_message_next_to_the_field_and_writes_nothing(qtbot, network_db):
    user = make_user(network_db, "staff", "abri", shelter="Abri Dourlet")
    screen = MyShelterScreen(make_context(network_db, user))
    qtbot.addWidget(screen)
    screen.refresh()
    editor = next(e for e in screen.editors.values() if e.row.category == "femmes")
    editor.occupied.setValue(3)  # 2 beds
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible() or not editor.error.isHidden()
    assert "plus que les 2 lits" in editor.error.text()
    assert editor.occupied.value() == 3  # what was typed stays
    assert _row(type("M", (), {"rows": beds.board(network_db)}), "Abri Dourlet", "femmes").occupied == 0
    editor.occupied.setValue(2)
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert editor.error.isHidden()
    assert _row(type("M", (), {"rows": beds.board(network_db)}), "Abri Dourlet", "femmes").occupied == 2


def test_plus_minus_buttons_and_expected_arrivals(qtbot, network_db):
    from relais_desk.services import orientations

    user = make_user(network_db, "staff", "abri", shelter="Abri Dourlet")
    o = orientations.orient_to_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM, source="tests")
    screen = MyShelterScreen(make_context(network_db, user))
    qtbot.addWidget(screen)
    screen.refresh()
    editor = next(e for e in screen.editors.values() if e.row.category == "hommes")
    plus = screen.findChild(type(screen.refusal_save).__mro__[1], "occupied_hommes_plus")
    assert plus is not None
    plus.click()
    plus.click()
    assert editor.occupied.value() == 2
    assert screen.arrivals.rowCount() == 1
    screen.findChild(type(screen.refusal_save), f"arrived_{o.orientation_id}").click()
    row = _row(type("M", (), {"rows": beds.board(network_db)}), "Abri Dourlet", "hommes")
    assert (row.occupied, row.held) == (1, 0)
    assert screen.arrivals.rowCount() == 0


# -- the live board -----------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["sqlite", "pg"])
def test_a_change_on_another_workstation_appears_without_any_action(qtbot, backend, request):
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    here, elsewhere = Database(url), Database(url)
    small_network(here)
    user = make_user(here, "ope", "operateur")
    live = LiveFeed(here, poll_interval=0.1)
    ctx = make_context(here, user, live=live, synchronous=False)
    screen = BoardScreen(ctx)
    qtbot.addWidget(screen)
    live.start()
    try:
        screen.refresh()
        qtbot.waitUntil(lambda: len(screen.model.rows) == 5, timeout=WAIT_MS)
        screen.select_key(_row(screen.model, "Le Rebond", "mixte").key)
        beds.hold_bed(elsewhere, shelter="Le Rebond", category="mixte", actor=SYSTEM)  # another workstation
        qtbot.waitUntil(lambda: _row(screen.model, "Le Rebond", "mixte").free == 0, timeout=WAIT_MS)
        assert screen.selected_key() == _row(screen.model, "Le Rebond", "mixte").key  # selection kept
    finally:
        live.stop()
        ctx.tasks.wait()
        here.dispose()
        elsewhere.dispose()


def test_board_at_a_past_moment_equals_the_ledger(qtbot, network_db):
    t = datetime(2026, 1, 12, 19, tzinfo=UTC)
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=4, actor=SYSTEM, now=t)
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=1, actor=SYSTEM,
                    now=t + timedelta(hours=1))
    screen = BoardScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    screen.show_at(t + timedelta(minutes=30))
    assert screen.model.rows == beds.board(network_db, at=t + timedelta(minutes=30))
    assert _row(screen.model, "Abri Dourlet", "hommes").occupied == 4
    assert "lecture seule" in screen.banner.text()
    screen.go_live()
    assert screen.banner.isHidden()


def test_voir_le_tableau_a_a_moment_in_the_future_says_so_and_stays_live(qtbot, network_db):
    from PySide6.QtCore import QDateTime

    screen = BoardScreen(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(screen)
    screen.at.setDateTime(QDateTime.currentDateTime().addDays(3))
    screen.show_past.click()
    assert "dans le futur" in screen.banner.text()
    assert screen.past is None and screen.back_live.isHidden()


def test_connection_loss_shows_the_banner_and_keeps_the_board_readable(qtbot, sqlite_url, tmp_path):
    db = Database(sqlite_url)
    small_network(db)
    ctx = make_context(db, make_user(db, "ope", "operateur"))
    screen = BoardScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    assert len(screen.model.rows) == 5
    db.sqlite_path.rename(tmp_path / "moved-away.sqlite3")  # the file (or the server) is gone
    db.dispose()
    screen.refresh()
    assert not ctx.connectivity.online
    assert "Connexion à la base perdue" in screen.banner.text()
    assert len(screen.model.rows) == 5  # still readable
    (tmp_path / "moved-away.sqlite3").rename(db.sqlite_path)
    screen.refresh()
    assert ctx.connectivity.online and screen.banner.isHidden()


def test_saturation_alert_when_a_category_runs_out(qtbot, network_db):
    screen = BoardScreen(make_context(network_db, make_user(network_db, "ope", "operateur")))
    qtbot.addWidget(screen)
    alerts = []
    screen.saturation.connect(lambda label, free: alerts.append((label, free)))
    screen.refresh()
    assert ("Mixte", 1) in alerts  # 1 bed < threshold 3
    screen.refresh()
    assert alerts.count(("Mixte", 1)) == 1  # said once, not at every refresh


def test_saturation_alert_names_the_category_in_english_in_an_english_interface(qtbot, network_db, qapp):
    from relais_desk.gui.app import install_translations

    install_translations(qapp, "en")
    try:
        screen = BoardScreen(make_context(network_db, make_user(network_db, "ope", "operateur")))
        qtbot.addWidget(screen)
        alerts = []
        screen.saturation.connect(lambda label, free: alerts.append((label, free)))
        screen.refresh()
    finally:
        install_translations(qapp, "fr")
    assert ("Mixed", 1) in alerts  # its label_en, as on the board (the status bar showed « Mixte »)


def test_language_preference_is_remembered_for_the_next_start(qtbot, network_db, qapp):
    from relais_desk.gui.app import install_translations

    window = MainWindow(make_context(network_db, make_user(network_db, "ope", "operateur")))
    qtbot.addWidget(window)
    window.set_language("en")
    assert QSettings().value("ui/language") == "en"
    assert install_translations(qapp) == "en"
    assert install_translations(qapp, "fr") == "fr"


def test_coordination_adds_and_retires_a_capacity_period(qtbot, network_db):
    from relais_desk.gui.partners.screen import CapacityDialog, PartnersScreen
    from relais_desk.services import partners as partner_service

    ctx = make_context(network_db, make_user(network_db, "coord", "coordination"))
    screen = PartnersScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    row = next(i for i in range(screen.table.rowCount()) if screen.table.item(i, 0).text() == "Le Rebond")
    screen.table.selectRow(row)
    dialog = CapacityDialog(ctx, screen.current(), screen.categories, screen)
    dialog.category.setCurrentIndex(dialog.category.findData("mixte"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("plan_hiver"))
    dialog.beds.setValue(4)
    dialog.save()
    assert dialog.result() == 1
    screen._show_detail()
    assert screen.capacities.rowCount() == 2
    assert next(r for r in beds.board(network_db) if r.shelter == "Le Rebond").capacity == 5
    winter_row = next(i for i, c in enumerate(screen.shown_capacities) if c.kind == "plan_hiver")
    screen.capacities.selectRow(winter_row)
    screen._retire()
    assert screen.capacities.rowCount() == 1
    assert [c.kind for c in partner_service.list_capacities(network_db, "Le Rebond")] == ["base"]



def test_pyside_keeps_its_references_to_none():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that returns
    nothing: after enough screens the interpreter aborts ("deallocating None/True"). pyproject keeps
    PySide6 below 6.12; this test fails if an upgrade brings such a build back."""
    import sys

    from PySide6.QtWidgets import QLabel

    label, before = QLabel(), sys.getrefcount(None)
    for _ in range(2000):
        label.setWordWrap(True)
    assert sys.getrefcount(None) >= before - 50


def test_the_boards_totals_say_apart_the_free_beds_of_counts_not_updated(qtbot, network_db):
    """A shelter that did not update its counts is not empty: its 'free' beds are told apart (issue #13)."""
    beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=1, actor=SYSTEM)
    screen = BoardScreen(make_context(network_db, make_user(network_db, "ope", "operateur")))
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: "Réseau" in screen.totals.text(), timeout=WAIT_MS)
    text = screen.totals.text()
    # 5+2+4+3+1 = 15 beds, 1 occupied: 14 "free", of which only Dourlet hommes (4) was counted tonight
    assert "Réseau : 14 lits libres (dont 10 dans des comptes non mis à jour depuis plus de 12 h)" in text
    assert "<b>Hommes</b>&nbsp;: 4&nbsp;/&nbsp;5 ·" in text and "<b>Femmes</b>&nbsp;: 0&nbsp;/&nbsp;6&nbsp;(+6&nbsp;⚠)" in text


def test_board_shows_a_shelters_attribute_icons_at_their_size(qtbot, network_db):
    from types import SimpleNamespace

    from PySide6.QtCore import QSize

    screen = BoardScreen(make_context(network_db, make_user(network_db, "ope", "operateur")))
    qtbot.addWidget(screen)
    every = SimpleNamespace(dogs_accepted=True, wheelchair_accessible=True, low_threshold=True)
    two = SimpleNamespace(dogs_accepted=True, wheelchair_accessible=True, low_threshold=False)
    # drawn unscaled in the view: at Qt's default 16×16 two icons side by side were shrunk to 8 px each
    assert screen.model._icon(every).actualSize(screen.table.iconSize()) == QSize(54, 16)
    assert screen.model._icon(two).actualSize(screen.table.iconSize()) == QSize(36, 16)
