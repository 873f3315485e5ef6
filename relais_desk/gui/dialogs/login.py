"""The login dialog: username and password (argon2, checked off the UI thread), last username remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from relais_desk.gui.forms.ui_login import Ui_LoginDialog
from relais_desk.gui.tasks import TaskRunner, describe
from relais_desk.services import users
from relais_desk.services.users import UserInfo
from relais_desk.store.database import Database


class LoginDialog(QDialog):
    def __init__(self, db: Database, tasks: TaskRunner, *, network: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tasks = db, tasks
        self.user: UserInfo | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        if network:
            self.ui.networkLabel.setText(network)
        where = db.backend.where
        self.ui.backendLabel.setText(self.tr("Base locale : %1").replace("%1", where) if db.is_sqlite
                                     else self.tr("Serveur : %1").replace("%1", where))
        last = QSettings().value("login/last_username", "", str)
        self.ui.username.setText(last)
        (self.ui.password if last else self.ui.username).setFocus()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Se connecter"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)

    def try_login(self) -> None:
        username, password = self.ui.username.text().strip(), self.ui.password.text()
        if not username or not password:
            self.ui.message.setText(self.tr("Indiquez votre identifiant et votre mot de passe."))
            return
        self.ui.message.setText(self.tr("Vérification…"))
        self.setEnabled(False)
        self.tasks.run(lambda: users.authenticate(self.db, username, password), on_done=self._ok,
                       on_error=self._failed)

    def _ok(self, user: UserInfo) -> None:
        self.setEnabled(True)
        self.user = user
        QSettings().setValue("login/last_username", user.username)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.ui.message.setText(describe(exc))
        self.ui.password.clear()
        self.ui.password.setFocus()
