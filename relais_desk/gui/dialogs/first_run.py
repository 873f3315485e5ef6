"""First run: this workstation alone (embedded) or a shared server (PostgreSQL).

A shared server keeps no credential on the workstation: the wizard saves where the server is and how
to reach it (host, port, database, encryption). Your own identifiant and password, if given, only
test that everything works — each person logs in with their own account afterwards.
"""

from __future__ import annotations

from urllib.parse import urlencode

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from relais_desk.gui.forms.ui_first_run import Ui_FirstRunDialog
from relais_desk.gui.tasks import TaskRunner, describe
from relais_desk.store import config, migrate, pg_roles
from relais_desk.store.config import DEFAULT_SSLMODE, BadTlsSetting, WorkstationConfig
from relais_desk.store.database import Database
from relais_desk.store.errors import SchemaTooOld

OK_STYLE, ERROR_STYLE = "color: #1b5e20;", "color: #b3261e;"


def try_account(cfg: WorkstationConfig, username: str, password: str) -> None:
    """Reach the server as this account's own login and check its schema; nothing is kept."""
    from relais_desk.services import users

    try:
        login = pg_roles.login(cfg.dbname, username)
    except ValueError:
        login = username
    config.check_server(cfg, password, user=login)  # plain words for the network, TLS, the database
    own, _user = users.open_session(Database(cfg.url()), username, password)
    try:
        current, head = migrate.current_revision(own), migrate.head_revision()
    finally:
        own.dispose()
    if current != head:
        raise SchemaTooOld(
            f"Le serveur répond, mais son schéma n'est pas à jour ({current or 'vide'}). Un·e "
            f"administrateur·rice doit lancer une fois, avec l'identifiant de maintenance : relais-desk db upgrade "
            f"--db \"postgresql://…@{cfg.host}:{cfg.port}/{cfg.dbname}?{urlencode(cfg.ssl_query())}\"")


class FirstRunDialog(QDialog):
    """Saves the connection (never a password) and, embedded, creates the first admin."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *, embedded_url: str | None = None) -> None:
        """`embedded_url`: the embedded database to give its first administrator (default: this
        workstation's own file, which then becomes its saved choice)."""
        super().__init__(parent)
        self.tasks = tasks
        self.embedded_url = embedded_url
        self.config: WorkstationConfig | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.embedded.toggled.connect(self._switch)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commencer"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quitter"))
        self.ui.buttons.accepted.connect(self.finish)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill_sslmodes()
        self.ui.sslmode.currentIndexChanged.connect(self._clear_tls_error)
        self.ui.sslrootcert.textChanged.connect(self._clear_tls_error)
        self.ui.sslrootcertBrowse.clicked.connect(self._choose_ca_file)
        self._clear_tls_error()
        self._switch(True)

    def _fill_sslmodes(self) -> None:
        labels = {
            "disable": self.tr("disable — jamais chiffrée"),
            "allow": self.tr("allow — chiffrée seulement si le serveur l'exige"),
            "prefer": self.tr("prefer — chiffrée si le serveur le permet (par défaut)"),
            "require": self.tr("require — toujours chiffrée, serveur non vérifié"),
            "verify-ca": self.tr("verify-ca — chiffrée, certificat vérifié par l'autorité du réseau"),
            "verify-full": self.tr("verify-full — chiffrée, certificat et nom du serveur vérifiés (par Internet)"),
        }
        for mode in config.SSLMODES:
            self.ui.sslmode.addItem(labels[mode], mode)
        self.ui.sslmode.setCurrentIndex(config.SSLMODES.index(DEFAULT_SSLMODE))

    def _choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificat de l'autorité (CA) du réseau"), self.ui.sslrootcert.text(),
            self.tr("Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)"))
        if path:
            self.ui.sslrootcert.setText(path)

    def _clear_tls_error(self) -> None:
        self.ui.sslrootcertError.setText("")
        self.ui.sslrootcertError.hide()

    def _tls_ok(self, cfg: WorkstationConfig) -> bool:
        """Say next to the CA field what is missing before trying the server (a typed message, no traceback)."""
        try:
            cfg.check_ssl_files()
        except BadTlsSetting as exc:
            self.ui.sslrootcertError.setText(describe(exc))
            self.ui.sslrootcertError.show()
            self._say("", ok=True)
            return False
        return True

    def _switch(self, embedded: bool) -> None:
        self.ui.pages.setCurrentWidget(self.ui.adminPage if embedded else self.ui.serverPage)
        self._say("", ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def server_config(self) -> WorkstationConfig:
        return WorkstationConfig(backend="postgresql", host=self.ui.host.text().strip() or "localhost",
                                 port=self.ui.port.value(), dbname=self.ui.dbname.text().strip(), user="",
                                 sslmode=self.ui.sslmode.currentData() or DEFAULT_SSLMODE,
                                 sslrootcert=self.ui.sslrootcert.text().strip())

    def test_connection(self) -> None:
        cfg, username, password = self.server_config(), self.ui.user.text().strip(), self.ui.password.text()
        if not self._tls_ok(cfg):
            return
        if not username or not password:
            self._say(self.tr("Indiquez votre identifiant et votre mot de passe pour vérifier la connexion."),
                      ok=False)
            return
        self._say(self.tr("Connexion en cours…"), ok=True)
        self.tasks.run(lambda: try_account(cfg, username, password),
                       on_done=lambda _r: self._say(self.tr("Connexion réussie : le serveur est prêt."), ok=True),
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
        url = self.embedded_url

        def create() -> WorkstationConfig:
            db = Database(url or cfg.url())
            try:
                migrate.ensure_schema(db)
                if users.count_users(db) == 0:
                    users.add_user(db, username=username, role="admin", password=password, display_name=name,
                                   actor=Actor.system("premier démarrage"))
            finally:
                db.dispose()
            if url is None:
                config.save(cfg)
            return cfg

        self.tasks.run(create, on_done=self._done, on_error=lambda exc: self._say(describe(exc), ok=False))

    def _finish_server(self) -> None:
        cfg, username, password = self.server_config(), self.ui.user.text().strip(), self.ui.password.text()
        if not self._tls_ok(cfg):
            return

        def save() -> WorkstationConfig:
            if username and password:  # given: they must work; not given (set up before any account): saved as is
                try_account(cfg, username, password)
            config.save(cfg)
            return cfg

        self.tasks.run(save, on_done=self._done, on_error=lambda exc: self._say(describe(exc), ok=False))

    def _done(self, cfg: WorkstationConfig) -> None:
        self.config = cfg
        self.accept()
