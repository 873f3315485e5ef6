"""The app's loop: login → main window → (session ended) → login → … until the user quits.

A session ends when its main window emits `session_ended(message)`: the user chose *Changer
d'utilisateur* (no message), or the server ended it (e.g. a deactivated account: the message says
so in the login dialog). Each session has its own task runner, error hub, live feed and scheduler,
so nothing of the previous user's session reaches the next one.

Given a URL instead of an open database, the first login dialog shows at once and opens the database
in a worker behind a busy line (`gui/startup.py`): a start-up problem is said there, in French, with
« Réessayer » and « Quitter ». An embedded database without any account first asks for its administrator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from relais_desk.domain.errors import UserFacingError
from relais_desk.gui.account_watch import AccountWatch
from relais_desk.gui.context import AppContext
from relais_desk.gui.dialogs.login import LoginDialog
from relais_desk.gui.live import LiveFeed
from relais_desk.gui.startup import OpenedDatabase, open_workstation_database
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services.login_throttle import LoginThrottle
from relais_desk.store.database import Backend, Database, backend_of, parse_url


class Sessions(QObject):
    finished = Signal()  # the user quit (from the login dialog or the main window)

    def __init__(self, db: Database | None, network: dict[str, str] | None = None, *, url: str | None = None,
                 throttle: LoginThrottle | None = None,
                 make_tasks: Callable[[ErrorHub], TaskRunner] = TaskRunner, background: bool = True,
                 idle_lock_ms: int | None = None) -> None:
        """`db` already open and checked (with its `network` settings), or None and the `url` to open."""
        super().__init__()
        if db is None and url is None:
            raise ValueError("Sessions needs a database or its URL")
        self.db: Database | None = db
        self.network = network or {}
        self.url = url
        self.throttle = throttle if throttle is not None else LoginThrottle()
        self.make_tasks = make_tasks
        self.background = background  # the live feed and the scheduler (tests may do without)
        self.idle_lock_ms = idle_lock_ms
        self.login: LoginDialog | None = None
        self.first_run: Any = None  # the first administrator's dialog, while it shows
        self.window: Any = None  # the MainWindow of the session under way
        self._live: LiveFeed | None = None
        self._scheduler: Any = None
        self._tasks: TaskRunner | None = None
        self._session_db: Database | None = None
        self._watch: AccountWatch | None = None
        self._draft: tuple[int, dict[str, str]] | None = None  # (user id, typed call) kept in memory only

    def start(self, message: str = "") -> None:
        """Show the login dialog (with `message`, e.g. why the previous session ended)."""
        errors = ErrorHub()
        self._tasks = self.make_tasks(errors)
        login = LoginDialog(self.db, self._tasks, backend=self._backend(), message=message,
                            network=self.network.get("network_name", ""), throttle=self.throttle)
        login.accepted.connect(lambda: self._open(login, errors))
        login.rejected.connect(self._quit)
        self.login = login
        login.show()
        login.raise_()
        login.activateWindow()
        if self.db is None:
            self._prepare(login)

    def _backend(self) -> Backend:
        if self.db is not None:
            return self.db.backend
        assert self.url is not None
        try:
            return backend_of(parse_url(self.url))
        except UserFacingError:
            return Backend("sqlite", self.url)  # opening it says what is wrong with it

    def _prepare(self, login: LoginDialog) -> None:
        url = self.url
        assert url is not None
        login.prepare(lambda: open_workstation_database(url), on_ready=lambda opened: self._prepared(login, opened))

    def _prepared(self, login: LoginDialog, opened: OpenedDatabase) -> None:
        self.db, self.network = opened.db, opened.network
        login.set_network_name(self.network.get("network_name", ""))
        if opened.needs_first_admin:
            self._create_first_admin(login)

    def _create_first_admin(self, login: LoginDialog) -> None:
        """An embedded database with no account yet: its first administrator, then the login (reopened)."""
        from relais_desk.gui.dialogs.first_run import FirstRunDialog

        assert self.db is not None and self._tasks is not None
        db, self.db = self.db, None
        db.dispose()
        login.hide()
        first = FirstRunDialog(self._tasks, embedded_url=self.url)
        first.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first.ui.server.setEnabled(False)
        first.accepted.connect(lambda: (login.show(), self._prepare(login)))
        first.rejected.connect(login.reject)
        first.finished.connect(self._first_admin_done)
        self.first_run = first
        first.show()

    def _first_admin_done(self, _result: int) -> None:
        self.first_run = None  # (deleted on close)

    def _open(self, login: LoginDialog, errors: ErrorHub) -> None:
        from relais_desk.gui.main_window import MainWindow

        user, tasks = login.user, self._tasks
        assert user is not None and tasks is not None
        db = login.session_db or self.db
        self.login = None
        login.deleteLater()
        self._session_db = db
        # the settings as this user may read them, read by the login's worker (fresh at each login)
        network = login.network if login.network is not None else self.network
        live = LiveFeed(db) if self.background else None
        ctx = AppContext(db=db, user=user, tasks=tasks, errors=errors, live=live, network=network)
        window = MainWindow(ctx, idle_lock_ms=self.idle_lock_ms, throttle=self.throttle)
        window.session_ended.connect(self._ended)
        self._watch = AccountWatch(ctx)
        self._watch.ended.connect(window.ended_by_server)
        window.closed.connect(self._quit)
        self.window, self._live = window, live
        if self.background:
            from relais_desk.scheduling import ClientScheduler

            self._scheduler = ClientScheduler(db, actor=user.actor(), on_error=errors.report)
            live.start()
            tasks.run(self._scheduler.start, on_error=errors.report)  # it reads the census time
        if self._draft is not None and self._draft[0] == user.user_id and "calls" in window.screens:
            window.screens["calls"].intake.restore_draft(self._draft[1])  # what the server's ending interrupted
            window.new_call()
        self._draft = None
        window.show()
        # as the login does: the keyboard goes to the window that replaces it (without a window manager —
        # a kiosk, Xvfb — nothing else gives it the focus, and Ctrl+N, Ctrl+1… went nowhere)
        window.raise_()
        window.activateWindow()

    def _ended(self, message: str) -> None:
        window = self.window
        self.network = window.ctx.network if window is not None else self.network  # as followed live (network name)
        if window is not None and window.unsaved_draft:
            self._draft = (window.ctx.user.user_id, window.unsaved_draft)
        self.stop()
        self.start(message)

    def _quit(self) -> None:
        self.stop()
        self.finished.emit()

    def stop(self) -> None:
        """End what runs for the session under way (scheduler, live feed, tasks); the window goes away."""
        if self._tasks is not None:
            self._tasks.wait(5000)  # (first: a scheduler still starting in a worker is then shut down)
            self._tasks.close()
        if self._scheduler is not None:
            self._scheduler.shutdown()
            self._scheduler = None
        if self._live is not None:
            self._live.stop()
            self._live = None
        if self.window is not None:
            window, self.window = self.window, None
            window.deleteLater()
        self._watch = None
        if self._session_db is not None and self._session_db is not self.db:
            self._session_db.dispose()  # this user's own connections to the server end with the session
        self._session_db = None
