"""The logged-in account stays true: deactivated, demoted, moved or reset elsewhere ends this session.

On a shared database the server ends the account's connections at once (`store.pg_security`); the
feed then reconnects (and announces a resync) or cannot log in any more. Either way this asks the
server who we are now, off the UI thread, and emits `ended(message)` when the session may not go on.
On the embedded database another window on the same file changes the account: its `user` change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from relais_desk.gui.context import AppContext
from relais_desk.services import users
from relais_desk.store.errors import LoginRefused

ENDED_BY_SERVER = "Le serveur a fermé votre session : votre compte a été désactivé ou son mot de passe changé."


class AccountWatch(QObject):
    ended = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._checking = False
        self._done = False
        if ctx.live is not None:
            ctx.live.changed.connect(self._on_change)
            ctx.live.state_changed.connect(self._on_state)

    def _on_change(self, change) -> None:  # noqa: ANN001
        mine = change.topic == "user" and (not change.ids or self.ctx.user.user_id in change.ids)
        if change.topic == "resync" or mine:
            self.check()

    def _on_state(self, state: str, _message: str) -> None:
        if state == "ended":
            self._end(ENDED_BY_SERVER)

    def check(self) -> None:
        """Ask (off the UI thread) whether this account may go on."""
        if self._checking or self._done:
            return
        self._checking = True
        db, user = self.ctx.db, self.ctx.user
        self.ctx.tasks.run(lambda: users.account_changed(db, user), on_done=self._checked, on_error=self._failed)

    def _checked(self, reason: str | None) -> None:
        self._checking = False
        if reason:
            self._end(reason)

    def _failed(self, exc: BaseException) -> None:
        self._checking = False
        if isinstance(exc, LoginRefused):
            self._end(ENDED_BY_SERVER)
        # anything else (the server unreachable) is the connection banner's business, not a logout

    def _end(self, reason: str) -> None:
        if not self._done:
            self._done = True
            self.ended.emit(reason)
