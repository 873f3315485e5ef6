"""First run: this workstation alone (embedded) or a shared server (PostgreSQL)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from relais_desk.gui.forms.ui_first_run import Ui_FirstRunDialog
from relais_desk.gui.tasks import TaskRunner, describe
from relais_desk.store import config, migrate, secrets
from relais_desk.store.config import WorkstationConfig
from relais_desk.store.database import Database
from relais_desk.store.errors import SchemaTooOld

OK_STYLE, ERROR_STYLE = "color: #1b5e20;", "color: #b3261e;"


class FirstRunDialog(QDialog):
    """Saves the connection (password in the keyring) and, embedded, creates the first admin."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.config: WorkstationConfig | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.embedded.toggled.connect(self._switch)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commencer"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        self.ui.buttons.accepted.connect(self.finish)
        self.ui.buttons.rejected.connect(self.reject)
        self._switch(True)

    def _switch(self, embedded: bool) -> None:
        self.ui.pages.setCurrentWidget(self.ui.adminPage if embedded else self.ui.serverPage)
        self._say("", ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def server_config(self) -> WorkstationConfig:
        return WorkstationConfig(backend="postgresql", host=self.ui.host.text().strip() or "localhost",
                                 port=self.ui.port.value(), dbname=self.ui.dbname.text().strip(),
                                 user=self.ui.user.text().strip())

    def test_connection(self) -> None:
        cfg, password = self.server_config(), self.ui.password.text()
        self._say(self.tr("Connexion en cours…"), ok=True)

        def check() -> str:
            config.check_server(cfg, password)
            db = Database(cfg.url(password or None))
            try:
                current, head = migrate.current_revision(db), migrate.head_revision()
            finally:
                db.dispose()
            if current != head:
                raise SchemaTooOld(
                    f"Le serveur répond, mais son schéma n'est pas à jour ({current or 'vide'}). Un·e "
                    f"administrateur·rice doit lancer une fois : relais-desk db upgrade --db "
                    f"\"postgresql://{cfg.user}@{cfg.host}:{cfg.port}/{cfg.dbname}\"")
            return "ok"

        self.tasks.run(check, on_done=lambda _r: self._say(self.tr("Connexion réussie : le serveur est prêt."),
                                                           ok=True),
                       on_error=lambda exc: self._say(describe(exc), ok=False))

    def finish(self) -> None:
        if self.ui.embedded.isChecked():
            self._finish_embedded()
        else:
            self._finish_server()

    def _finish_embedded(self) -> None:
        from relais_desk.services import users
        from relais_desk.services.actor import Actor

        username, name = self.ui.adminUser.text().strip(), self.ui.adminName.text().strip()
        password = self.ui.adminPassword.text()
        if password != self.ui.adminPassword2.text():
            self._say(self.tr("Les deux mots de passe diffèrent."), ok=False)
            return
        cfg = WorkstationConfig(backend="sqlite")

        def create() -> WorkstationConfig:
            db = Database(cfg.url())
            try:
                migrate.ensure_schema(db)
                if users.count_users(db) == 0:
                    users.add_user(db, username=username, role="admin", password=password, display_name=name,
                                   actor=Actor.system("premier démarrage"))
            finally:
                db.dispose()
            config.save(cfg)
            return cfg

        self.tasks.run(create, on_done=self._done, on_error=lambda exc: self._say(describe(exc), ok=False))

    def _finish_server(self) -> None:
        cfg, password = self.server_config(), self.ui.password.text()

        def save() -> WorkstationConfig:
            config.check_server(cfg, password)
            if password:
                secrets.store_password(cfg.keyring_account, password)
            config.save(cfg)
            return cfg

        self.tasks.run(save, on_done=self._done, on_error=lambda exc: self._say(describe(exc), ok=False))

    def _done(self, cfg: WorkstationConfig) -> None:
        self.config = cfg
        self.accept()
