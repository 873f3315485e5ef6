"""`relais-desk` (no sub-command): start the desktop application."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QFile, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from relais_desk.domain.errors import UserFacingError
from relais_desk.gui import resources_rc  # noqa: F401  (icons, style and translations)
from relais_desk.gui.tasks import ErrorHub, TaskRunner

log = logging.getLogger(__name__)
ORGANIZATION, APPLICATION = "Relais sociaux", "relais-desk"


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """French by default; English on request (preference `ui/language`). Qt's own strings too."""
    language = language or QSettings().value("ui/language", "fr", str)
    if language not in ("fr", "en"):
        language = "fr"
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.Belgium if language == "fr" else QLocale.Country.UnitedKingdom))
    for old in getattr(app, "_relais_translators", []):
        app.removeTranslator(old)
    translators = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    ours = QTranslator(app)
    if ours.load(f":/translations/relais_desk_{language}.qm"):
        app.installTranslator(ours)
        translators.append(ours)
    app._relais_translators = translators  # type: ignore[attr-defined]
    return language


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(":/icons/relais-desk.svg"))
    style = QFile(":/style.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly):
        app.setStyleSheet(bytes(style.readAll()).decode("utf-8"))
    install_translations(app)
    return app  # type: ignore[return-value]


def _fatal(text: str) -> int:
    QMessageBox.critical(None, "relais-desk", text)
    return 1


def main(argv: list[str], db_url: str | None = None) -> int:
    """The application on `db_url` (`relais-desk --db URL`), else on this workstation's database."""
    from relais_desk import program_log
    from relais_desk.services import settings as network_settings
    from relais_desk.services import users
    from relais_desk.store import config, migrate
    from relais_desk.store.database import Database, default_sqlite_path
    from relais_desk.store.errors import DatabaseMissing

    program_log.setup()
    app = make_application([sys.argv[0], *argv])
    errors = ErrorHub()
    tasks = TaskRunner(errors)
    url = db_url or config.configured_url()
    if url is None and default_sqlite_path().exists():
        # An embedded database is already here (e.g. `make run`'s demo): this workstation is embedded.
        config.save(config.WorkstationConfig(backend="sqlite"))
        url = config.configured_url()
    if url is None:
        from relais_desk.gui.dialogs.first_run import FirstRunDialog

        first = FirstRunDialog(tasks)
        if first.exec() != QDialog.DialogCode.Accepted or first.config is None:
            return 0
        url = first.config.url()
    try:
        db = Database(url)
        path = db.sqlite_path
        if path is not None and not path.exists():
            # Named on the command line, or remembered by this workstation (its file was created): never
            # create an empty one in its place, which would hide the loss and take the backup's place.
            raise DatabaseMissing(
                f"La base de ce poste ({path}) n'existe pas ou plus. Si elle a été déplacée ou effacée, "
                "remettez-la à cet endroit ou copiez-y sa dernière sauvegarde (relais-desk db backup), puis "
                f"relancez. Pour créer une nouvelle base vide à la place, supprimez {config.config_path()}.",
                where=str(path))
        network: dict[str, str] = {}
        # A shared server is read only once logged in, as that user's own login (the login dialog
        # checks its schema then); the embedded file is this workstation's own.
        if db.is_sqlite:
            migrate.ensure_schema(db)
            if users.count_users(db) == 0:
                from relais_desk.gui.dialogs.first_run import FirstRunDialog

                first = FirstRunDialog(tasks)
                first.ui.server.setEnabled(False)
                if first.exec() != QDialog.DialogCode.Accepted:
                    return 0
            with db.read() as session:
                network = network_settings.get_all(session)
    except UserFacingError as exc:
        return _fatal(exc.message)
    from relais_desk.gui.session import Sessions

    # The loop login → main window → login (change user, session ended by the server) → … ends when
    # the user quits; between two sessions no window is open, so closing the last one must not quit.
    app.setQuitOnLastWindowClosed(False)
    sessions = Sessions(db, network)
    sessions.finished.connect(app.quit)
    sessions.start()
    try:
        return app.exec()
    finally:
        sessions.stop()
        tasks.wait(5000)
        db.dispose()
