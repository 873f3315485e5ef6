"""Sessions: the forced change of a one-time password, change user, the idle lock, the delay after failures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from relais_desk.gui.dialogs.login import LoginDialog
from relais_desk.gui.main_window import MainWindow
from relais_desk.gui.session import Sessions
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services import settings as network_settings
from relais_desk.services import users
from relais_desk.services.errors import InvalidValue
from relais_desk.services.login_throttle import LoginThrottle
from tests.gui.conftest import PASSWORD, make_context, make_user
from tests.network import SYSTEM

WAIT_MS = 15_000
NEW = "veilleur-de-nuit-a-Mons"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _sync(errors: ErrorHub) -> TaskRunner:
    return TaskRunner(errors, synchronous=True)


def _login(qtbot, db, throttle=None) -> LoginDialog:  # noqa: ANN001
    dialog = LoginDialog(db, _sync(ErrorHub()), network="Relais social (test)", throttle=throttle)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _visible_texts(widget) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _sign_in(dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.username.setText(username)
    dialog.ui.password.setText(password)
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()


# -- a one-time password must be replaced before anything opens ------------------------------------

def test_a_one_time_password_must_be_replaced_at_login(qtbot, network_db):
    karim = make_user(network_db, "karim", "operateur")
    one_time = users.reset_password(network_db, karim.user_id, actor=SYSTEM)
    dialog = _login(qtbot, network_db)
    _sign_in(dialog, "karim", one_time)
    assert dialog.user is None and dialog.isVisible()  # not in yet
    assert "Choisissez un nouveau mot de passe" in _visible_texts(dialog)
    assert not dialog.ui.username.isVisible()
    form = dialog.new_password
    form.new.setText("password1234")
    form.confirm.setText("password1234")
    dialog.submit()
    assert "Mot de passe trop faible" in form.errors["password"].text() and form.errors["password"].isVisible()
    form.new.setText(NEW)
    form.confirm.setText(NEW + "x")
    dialog.submit()
    assert "diffèrent" in form.errors["confirm"].text() and dialog.user is None
    form.confirm.setText(NEW)
    dialog.submit()
    assert dialog.result() == 1 and dialog.user is not None and not dialog.user.must_change_password
    assert not users.authenticate(network_db, "karim", NEW).must_change_password


# -- change user ------------------------------------------------------------------------------------

def _sessions(qtbot, db) -> Sessions:  # noqa: ANN001
    with db.read() as session:
        network = network_settings.get_all(session)
    sessions = Sessions(db, network, make_tasks=_sync, background=False, throttle=LoginThrottle())
    sessions.start()
    return sessions


def _close_all(sessions: Sessions) -> None:
    for window in (sessions.window, sessions.login):
        if window is not None:
            window.hide()
    sessions.stop()


def test_change_user_goes_back_to_login_and_opens_the_other_users_window(qtbot, network_db, monkeypatch):
    make_user(network_db, "karim", "operateur")
    make_user(network_db, "claire", "coordination")
    sessions = _sessions(qtbot, network_db)
    try:
        assert sessions.login.isVisible()
        _sign_in(sessions.login, "karim", PASSWORD)
        first = sessions.window
        assert isinstance(first, MainWindow) and first.isVisible()
        assert "karim" in first.user_label.text() and "stats" not in first.screen_keys()
        first.new_call()
        intake = first.screens["calls"].intake
        intake.alias.setText("Lou")
        monkeypatch.setattr(intake, "_ask_abandon_to_quit", lambda: False)  # « Revenir à l'appel »
        first.change_user_action.trigger()
        assert sessions.window is first and first.isVisible() and intake.alias.text() == "Lou"
        monkeypatch.setattr(intake, "_ask_abandon_to_quit", lambda: True)  # abandon it
        first.change_user_action.trigger()
        qtbot.waitUntil(lambda: sessions.login is not None and sessions.login.isVisible(), timeout=WAIT_MS)
        assert not first.isVisible()
        assert sessions.login.ui.message.text() == ""
        _sign_in(sessions.login, "claire", PASSWORD)
        second = sessions.window
        assert second is not first and second.isVisible()
        assert "claire" in second.user_label.text() and "stats" in second.screen_keys()
        assert second.screens["calls"].intake.alias.text() == ""  # nothing of the previous session
    finally:
        _close_all(sessions)


def test_a_session_ended_by_the_server_says_why_at_the_login(qtbot, network_db):
    make_user(network_db, "karim", "operateur")
    sessions = _sessions(qtbot, network_db)
    try:
        _sign_in(sessions.login, "karim", PASSWORD)
        window = sessions.window
        window.session_ended.emit("Votre compte a été désactivé.")
        assert not window.isVisible() and sessions.login.isVisible()
        assert sessions.login.ui.message.text() == "Votre compte a été désactivé."
    finally:
        _close_all(sessions)


def test_quitting_from_the_login_dialog_ends_the_loop(qtbot, network_db):
    sessions = _sessions(qtbot, network_db)
    with qtbot.waitSignal(sessions.finished, timeout=WAIT_MS):
        sessions.login.ui.buttons.button(sessions.login.ui.buttons.StandardButton.Cancel).click()


# -- the idle lock --------------------------------------------------------------------------------

def test_the_idle_lock_hides_the_screens_keeps_the_call_and_opens_with_the_right_password(qtbot, checked_db):
    user = make_user(checked_db, "karim", "operateur")
    window = MainWindow(make_context(checked_db, user), idle_lock_ms=800, throttle=LoginThrottle())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.new_call()
    intake = window.screens["calls"].intake
    intake.alias.setFocus()
    QTest.keyClicks(intake.alias, "Lou")  # half-typed call
    QTest.keyClicks(intake.notes, "attend gare du Sud")
    assert not window.lock_panel.isVisible()
    qtbot.waitUntil(window.lock_panel.isVisible, timeout=WAIT_MS)
    assert not intake.isVisible() and not window.nav.isVisible()
    assert "Session verrouillée — karim" in _visible_texts(window)
    assert "Lou" not in _visible_texts(window) and "Lou" not in window.windowTitle()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # no way around the lock
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not intake.isVisible()
    focus = QApplication.focusWidget()
    assert focus is None or not window.content.isAncestorOf(focus)
    window.lock_panel.password.setText("pas-le-bon-mot")
    window.lock_panel.unlock.click()
    assert "incorrect" in window.lock_panel.message.text() and not intake.isVisible()
    window.lock_panel.password.setText(PASSWORD)
    window.lock_panel.unlock.click()
    assert intake.isVisible() and not window.lock_panel.isVisible()
    assert intake.alias.text() == "Lou" and intake.notes.toPlainText() == "attend gare du Sud"
    intake.abandon(confirm=False)  # (or closing the window at the end of the test would ask)


def test_the_idle_lock_offers_to_change_user(qtbot, network_db):
    user = make_user(network_db, "karim", "operateur")
    window = MainWindow(make_context(network_db, user), idle_lock_ms=0, throttle=LoginThrottle())
    qtbot.addWidget(window)
    window.show()
    window.lock()
    assert window.lock_panel.isVisible()
    with qtbot.waitSignal(window.session_ended, timeout=WAIT_MS) as ended:
        window.lock_panel.switch.click()
    assert ended.args == [""] and not window.isVisible()


def test_idle_lock_minutes_is_a_network_setting(network_db):
    assert network_settings.DEFAULTS["idle_lock_minutes"] == "10"
    network_settings.set_value(network_db, "idle_lock_minutes", "0", actor=SYSTEM)
    with pytest.raises(InvalidValue):
        network_settings.set_value(network_db, "idle_lock_minutes", "100000", actor=SYSTEM)
    with network_db.read() as session:
        assert network_settings.get(session, "idle_lock_minutes") == "0"


# -- the delay after failed logins -----------------------------------------------------------------

def test_the_login_dialog_makes_you_wait_after_repeated_failures(qtbot, checked_db, tmp_path):
    make_user(checked_db, "karim", "operateur")
    clock = Clock()
    dialog = _login(qtbot, checked_db, LoginThrottle(tmp_path / "throttle.json", clock=clock))
    for _ in range(3):
        _sign_in(dialog, "karim", "pas-le-bon-mot")
        assert dialog.ui.message.text().startswith("Identifiant ou mot de passe incorrect")
    _sign_in(dialog, "karim", "pas-le-bon-mot")
    assert dialog.ui.message.text() == "Trop d'essais : réessayez dans 2 s."
    _sign_in(dialog, "karim", PASSWORD)  # even the right password waits
    assert dialog.user is None and dialog.ui.message.text() == "Trop d'essais : réessayez dans 2 s."
    clock.now += 1
    qtbot.waitUntil(lambda: dialog.ui.message.text() == "Trop d'essais : réessayez dans 1 s.", timeout=WAIT_MS)
    clock.now += 1
    qtbot.waitUntil(lambda: dialog.ui.message.text() == "Vous pouvez réessayer.", timeout=WAIT_MS)
    _sign_in(dialog, "karim", PASSWORD)
    assert dialog.user is not None and dialog.result() == 1
    again = _login(qtbot, checked_db, LoginThrottle(tmp_path / "throttle.json", clock=clock))
    for _ in range(3):  # the success forgot the failures
        _sign_in(again, "karim", "pas-le-bon-mot")
    assert again.ui.message.text().startswith("Identifiant ou mot de passe incorrect")


# -- Fichier → Changer mon mot de passe… ------------------------------------------------------------

def test_change_my_password_checks_the_current_one_first(qtbot, checked_db):
    from relais_desk.gui.dialogs.password import ChangePasswordDialog

    make_user(checked_db, "karim", "operateur")
    own, karim = users.open_session(checked_db, "karim", PASSWORD)  # the session's own connection, as the app
    ctx = make_context(own, karim)
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.current.setText("pas-le-bon-mot")
    form.new.setText(NEW)
    form.confirm.setText(NEW)
    dialog.save()
    assert form.errors["current_password"].text() == "Mot de passe actuel incorrect."
    assert form.errors["current_password"].isVisible() and dialog.isVisible()
    form.current.setText(PASSWORD)
    form.new.setText("aaaaaaaaaaaa")
    form.confirm.setText("aaaaaaaaaaaa")
    dialog.save()
    assert "Mot de passe trop faible" in form.errors["password"].text()
    form.new.setText(NEW)
    form.confirm.setText(NEW)
    dialog.save()
    assert dialog.result() == 1
    assert users.authenticate(checked_db, "karim", NEW)
    if own is not checked_db:
        own.dispose()


# -- the server ends a session: deactivated, or changed, elsewhere ---------------------------------

def test_deactivating_an_account_sends_its_running_app_back_to_the_login_saying_what_was_not_saved(qtbot, scram_url):
    """A real server that checks passwords, a real live feed: the admin deactivates karim on another
    workstation; karim's app returns to the login within seconds, saying why and what was lost."""
    from relais_desk.store.database import Database
    from tests.network import small_network

    server = Database(scram_url)
    small_network(server)
    karim = make_user(server, "karim", "operateur")
    with server.read() as session:
        network = network_settings.get_all(session)
    sessions = Sessions(server, network, make_tasks=_sync, background=True, throttle=LoginThrottle())
    sessions.start()
    try:
        _sign_in(sessions.login, "karim", PASSWORD)
        window = sessions.window
        assert window is not None and window.ctx.db is not server  # karim's own login, not the server's
        qtbot.waitUntil(lambda: window.live_state() == "live", timeout=WAIT_MS)
        intake = window.screens["calls"].intake
        intake.alias.setText("Jeanne")
        intake.notes.setPlainText("attend devant la gare")
        users.set_active(server, karim.user_id, False, actor=SYSTEM)  # the admin, elsewhere
        qtbot.waitUntil(lambda: sessions.login is not None and sessions.login.isVisible(), timeout=WAIT_MS)
        message = sessions.login.ui.message.text()
        assert "désactivé" in message or "fermé votre session" in message
        assert "L'appel en cours n'a pas été enregistré" in message
        assert "Jeanne" not in message and "gare" not in message  # the login screen shows no person data
        assert sessions.window is None  # karim's window is gone (deleted), only the login is left
        users.set_active(server, karim.user_id, True, actor=SYSTEM)  # reactivated: the typed call comes back
        _sign_in(sessions.login, "karim", PASSWORD)
        intake = sessions.window.screens["calls"].intake
        assert intake.alias.text() == "Jeanne" and intake.notes.toPlainText() == "attend devant la gare"
    finally:
        _close_all(sessions)
        server.dispose()


def test_an_account_changed_elsewhere_returns_to_the_login(qtbot, checked_db):
    """Its role changes on another workstation: this app learns it and asks to log in again."""
    karim = make_user(checked_db, "karim", "operateur")
    with checked_db.read() as session:
        network = network_settings.get_all(session)
    sessions = Sessions(checked_db, network, make_tasks=_sync, background=True, throttle=LoginThrottle())
    sessions.start()
    try:
        _sign_in(sessions.login, "karim", PASSWORD)
        window = sessions.window
        qtbot.waitUntil(lambda: window.live_state() == "live", timeout=WAIT_MS)
        users.set_role(checked_db, karim.user_id, "coordination", actor=SYSTEM)
        qtbot.waitUntil(lambda: sessions.login is not None and sessions.login.isVisible(), timeout=WAIT_MS)
        assert "modifié" in sessions.login.ui.message.text()
    finally:
        _close_all(sessions)
