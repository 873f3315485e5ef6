"""The idle lock: after some minutes without keyboard or mouse input, the screens hide behind a lock panel.

`IdleWatcher` is an application-wide event filter that restarts a single-shot QTimer at every input
(no polling). `LockPanel` asks for the signed-in user's password (checked off the UI thread, failures
counted in the workstation's login throttle) or offers to change user.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from relais_desk.gui import rich_text
from relais_desk.gui.context import AppContext
from relais_desk.gui.tasks import describe
from relais_desk.services import users
from relais_desk.services.errors import AuthenticationFailed
from relais_desk.services.login_throttle import LoginThrottle
from relais_desk.services.users import UserInfo

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input anywhere in the application (0: never)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.timeout_ms = max(0, int(timeout_ms))
        self._filtering = False
        self.set_timeout(self.timeout_ms)
        self.resume()

    def set_timeout(self, timeout_ms: int) -> None:
        """A new idle time (the network's setting changed); 0 stops counting. Call `resume` to count again."""
        self.timeout_ms = max(0, int(timeout_ms))
        app = QApplication.instance()
        if app is not None and self.timeout_ms and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        if not self.timeout_ms:
            self.timer.stop()

    def resume(self) -> None:
        """Start counting again (after an unlock)."""
        if self.timeout_ms:
            self.timer.start(self.timeout_ms)

    def pause(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start(self.timeout_ms)
        return False


class LockPanel(QWidget):
    """« Session verrouillée — <name> »: the password to come back, or change user."""

    unlocked = Signal()
    change_user = Signal()

    def __init__(self, ctx: AppContext, throttle: LoginThrottle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.throttle = ctx, throttle
        self.setObjectName("lockPanel")
        user = ctx.user
        self.title = rich_text.plain(QLabel(self.tr("Session verrouillée — %1").replace(
            "%1", user.display_name or user.username), self))
        self.title.setObjectName("lockTitle")
        self.title.setStyleSheet("QLabel { font-size: 15pt; font-weight: 600; }")
        hint = QLabel(self.tr("Personne n'a utilisé ce poste depuis un moment : les écrans sont cachés. "
                              "Tapez votre mot de passe pour les retrouver tels quels."), self)
        hint.setWordWrap(True)
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 3)  # wrapped: never squeezed by the layout
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Mot de passe"))
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b3261e; }")
        self.unlock = QPushButton(self.tr("Déverrouiller"), self)
        self.unlock.setObjectName("unlockButton")
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self.try_unlock)
        self.switch = QPushButton(self.tr("Changer d'utilisateur"), self)
        self.switch.setObjectName("lockChangeUser")
        self.switch.clicked.connect(self.change_user)
        box = QWidget(self)
        box.setFixedWidth(460)  # a fixed width lets the wrapped hint take the height it needs
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for widget in (self.title, hint, self.password, self.message):
            inner.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._tick)

    def reset(self) -> None:
        self.password.clear()
        self.message.setText("")
        self.setEnabled(True)
        self.password.setFocus()

    def _say_wait(self) -> bool:
        wait = self.throttle.wait_seconds(self.ctx.user.username)
        if wait <= 0:
            return False
        self.message.setText(self.tr("Trop d'essais : réessayez dans %1 s.").replace("%1", str(math.ceil(wait))))
        self.countdown.start()
        return True

    def _tick(self) -> None:
        if not self._say_wait():
            self.countdown.stop()
            self.message.setText(self.tr("Vous pouvez réessayer."))

    def try_unlock(self) -> None:
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Tapez votre mot de passe."))
            return
        if self._say_wait():
            return
        db, me = self.ctx.db, self.ctx.user
        self.setEnabled(False)

        def check() -> UserInfo:
            user = users.authenticate(db, me.username, password)
            if user.user_id != me.user_id:  # the username now names another account: not this session's user
                raise AuthenticationFailed("Identifiant ou mot de passe incorrect.", field="password")
            return user

        self.ctx.tasks.run(check, on_done=self._ok, on_error=self._failed)

    def _ok(self, _user: UserInfo) -> None:
        self.throttle.record_success(self.ctx.user.username)
        self.reset()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, AuthenticationFailed):
            self.throttle.record_failure(self.ctx.user.username)
            if self._say_wait():
                return
        self.message.setText(describe(exc))
