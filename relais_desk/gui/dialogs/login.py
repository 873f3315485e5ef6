"""The login dialog: username and password (checked off the UI thread), last username remembered.

Embedded database: the argon2 check. Shared server: the server's own authentication of the
account's login; the dialog then holds `session_db`, the connection pool of that login, which the
session works with (and closes when it ends).

A growing delay follows repeated failures on this workstation (`LoginThrottle`). An account whose
password is a one-time password (after an admin's reset) must choose a new one here, before
anything else of the app opens.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from relais_desk.gui.dialogs.password import NewPasswordForm
from relais_desk.gui.forms.ui_login import Ui_LoginDialog
from relais_desk.gui.tasks import TaskRunner, describe
from relais_desk.services import users
from relais_desk.services.errors import AuthenticationFailed
from relais_desk.services.login_throttle import LoginThrottle
from relais_desk.services.users import UserInfo
from relais_desk.store.database import Backend, Database


def read_network(db: Database) -> dict[str, str] | None:
    """The network's settings as this user may read them (None: not yet, e.g. a one-time password)."""
    from relais_desk.domain.errors import UserFacingError
    from relais_desk.services import settings as network_settings

    try:
        with db.read() as session:
            return network_settings.get_all(session)
    except UserFacingError:
        return None


def open_checked_session(db: Database, username: str,
                         password: str) -> tuple[Database, UserInfo, dict[str, str] | None]:
    """Log in, then (shared server) check the schema as this login, and read the network's settings: all
    off the UI thread, and nothing was read before the login."""
    from relais_desk.store import migrate

    own, user = users.open_session(db, username, password)
    if own is not db:
        try:
            migrate.ensure_schema(own)
        except BaseException:
            own.dispose()
            raise
    return own, user, read_network(own)


class LoginDialog(QDialog):
    """`db` is None at start-up while the database is being opened (`prepare`): the dialog shows at once,
    with a busy line, and the user may already type."""

    def __init__(self, db: Database | None, tasks: TaskRunner, *, backend: Backend | None = None,
                 network: str = "", message: str = "", throttle: LoginThrottle | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = db
        self.tasks = tasks
        self.throttle = throttle if throttle is not None else LoginThrottle()
        self.user: UserInfo | None = None
        self.session_db: Database | None = None  # the database as this user (the same one when embedded)
        self.network: dict[str, str] | None = None  # the network's settings, read as this user at login
        self._pending: UserInfo | None = None  # authenticated, but with a one-time password to replace
        self._one_time = ""
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        if network:
            self.ui.networkLabel.setText(network)
        backend = backend or (db.backend if db is not None else Backend("sqlite", ""))
        where = backend.where
        self.ui.backendLabel.setText(self.tr("Base locale : %1").replace("%1", where) if backend.is_sqlite
                                     else self.tr("Serveur : %1").replace("%1", where))
        self.new_password = NewPasswordForm(ask_current=False, parent=self.ui.changePage)
        self.ui.changePage.layout().addWidget(self.new_password)
        self.ui.pages.setCurrentWidget(self.ui.loginPage)
        last = QSettings().value("login/last_username", "", str)
        self.ui.username.setText(last)
        (self.ui.password if last else self.ui.username).setFocus()
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Se connecter"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.message.setText(message)  # e.g. why the previous session ended
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._tick)
        self._waiting_for = ""
        self._add_busy_line()
        self._opening: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self._open_failed = False
        self._quit = False

    def _add_busy_line(self) -> None:
        self.busy = QWidget(self)
        layout = QVBoxLayout(self.busy)
        layout.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel(self.busy)
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setRange(0, 0)  # busy, no percentage
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.ui.message), self.busy)
        self.busy.hide()

    # -- step 0 (start-up): the database is opened in a worker while the dialog already shows
    def prepare(self, open_database: Callable[[], Any], on_ready: Callable[[Any], None]) -> None:
        """Run `open_database()` off the UI thread behind the busy line; `on_ready(result)` once it worked.

        The result must have a `db` (the database to log in to). A failure is said in the message, and
        the Ok button becomes « Réessayer »; « Quitter » still quits.
        """
        self._opening = (open_database, on_ready)
        self._open_failed = False
        self.ui.message.setText("")
        self.busy_label.setText(self.tr("Ouverture de la base de données…"))
        self.busy.show()
        self.ok_button.setText(self.tr("Se connecter"))
        self.ok_button.setEnabled(False)
        self.tasks.run(open_database, on_done=self._opened, on_error=self._open_failure)

    @property
    def opening(self) -> bool:
        """The database is still being opened (the busy line shows)."""
        return self._opening is not None and not self._open_failed

    def _opened(self, opened: Any) -> None:
        if self._quit:
            opened.db.dispose()  # the user quit while it was opening
            return
        on_ready = self._opening[1] if self._opening else None
        self._opening = None
        self.db = opened.db
        self.busy.hide()
        self.ok_button.setEnabled(True)
        if on_ready is not None:
            on_ready(opened)

    def _open_failure(self, exc: BaseException) -> None:
        self._open_failed = True
        self.busy.hide()
        self.ui.message.setText(describe(exc))
        self.ok_button.setText(self.tr("Réessayer"))
        self.ok_button.setEnabled(True)

    def set_network_name(self, name: str) -> None:
        if name:
            self.ui.networkLabel.setText(name)

    def submit(self) -> None:
        if self._opening is not None:
            if self._open_failed:
                self.prepare(*self._opening)  # « Réessayer »
            return
        if self.ui.pages.currentWidget() is self.ui.changePage:
            self.save_new_password()
        else:
            self.try_login()

    # -- step 1: who are you
    def try_login(self) -> None:
        username, password = self.ui.username.text().strip(), self.ui.password.text()
        if not username or not password:
            self.ui.message.setText(self.tr("Indiquez votre identifiant et votre mot de passe."))
            return
        if self._say_wait(username):
            return
        self.ui.message.setText(self.tr("Vérification…"))
        self.setEnabled(False)
        self._forget_session()
        db = self.db
        assert db is not None  # (the Ok button waits for the database to be open)
        self.tasks.run(lambda: open_checked_session(db, username, password),
                       on_done=lambda opened: self._ok(opened, password),
                       on_error=lambda exc: self._failed(exc, username))

    def _forget_session(self) -> None:
        if self.session_db is not None and self.session_db is not self.db:
            self.session_db.dispose()
        self.session_db = None

    def reject(self) -> None:
        self._quit = True
        self._forget_session()
        super().reject()

    def _say_wait(self, username: str) -> bool:
        """True (and the countdown shows) while this workstation must wait before `username` tries again."""
        wait = self.throttle.wait_seconds(username)
        if wait <= 0:
            return False
        self._waiting_for = username
        self.ui.message.setText(self.tr("Trop d'essais : réessayez dans %1 s.").replace("%1", str(math.ceil(wait))))
        self.countdown.start()
        return True

    def _tick(self) -> None:
        if not self._say_wait(self._waiting_for):
            self.countdown.stop()
            self.ui.message.setText(self.tr("Vous pouvez réessayer."))

    def _ok(self, opened: tuple[Database, UserInfo, dict[str, str] | None], password: str) -> None:
        self.session_db, user, self.network = opened
        self.setEnabled(True)
        self.throttle.record_success(user.username)
        QSettings().setValue("login/last_username", user.username)
        if user.must_change_password:
            self._pending, self._one_time = user, password
            self.ui.password.clear()
            self.ui.message.setText("")
            self.ui.pages.setCurrentWidget(self.ui.changePage)
            self.ok_button.setText(self.tr("Enregistrer et continuer"))
            self.new_password.new.setFocus()
            return
        self.user = user
        self.accept()

    def _failed(self, exc: BaseException, username: str) -> None:
        self.setEnabled(True)
        if isinstance(exc, AuthenticationFailed):
            self.throttle.record_failure(username)
        self.ui.password.clear()
        self.ui.password.setFocus()
        if not (isinstance(exc, AuthenticationFailed) and self._say_wait(username)):
            self.ui.message.setText(describe(exc))

    # -- step 2 (one-time password only): choose a new one
    def save_new_password(self) -> None:
        values = self.new_password.checked()
        if values is None or self._pending is None:
            return
        _, new = values
        actor, current = self._pending.actor(), self._one_time
        self.setEnabled(False)
        db = self.session_db or self.db
        self.tasks.run(lambda: (users.change_own_password(db, actor=actor, current=current, new=new),
                                read_network(db)),
                       on_done=self._changed, on_error=self._change_failed)

    def _changed(self, changed: tuple[UserInfo, dict[str, str] | None]) -> None:
        user, self.network = changed
        self.setEnabled(True)
        self._one_time = ""
        self.user = user
        self.accept()

    def _change_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.new_password.show_failure(exc)
