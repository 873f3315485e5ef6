"""`relais-desk` (no sub-command): start the desktop application."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QFile, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

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


def start(db_url: str | None = None) -> Any:
    """The sessions loop on `db_url`, else on this workstation's database: the login dialog shows at once
    and opens the database in a worker. None when the first-run wizard was left (nothing to open)."""
    from relais_desk.gui.session import Sessions
    from relais_desk.store import config
    from relais_desk.store.database import default_sqlite_path

    url = db_url or config.configured_url()
    if url is None and default_sqlite_path().exists():
        # An embedded database is already here (e.g. `make run`'s demo): this workstation is embedded.
        config.save(config.WorkstationConfig(backend="sqlite"))
        url = config.configured_url()
    if url is None:
        from relais_desk.gui.dialogs.first_run import FirstRunDialog

        first = FirstRunDialog(TaskRunner(ErrorHub()))
        try:
            if first.exec() != QDialog.DialogCode.Accepted or first.config is None:
                return None
            url = first.config.url()
        finally:
            first.deleteLater()
    sessions = Sessions(None, url=url)
    sessions.start()
    return sessions


def main(argv: list[str], db_url: str | None = None) -> int:
    """The application on `db_url` (`relais-desk --db URL`), else on this workstation's database."""
    from relais_desk import program_log

    program_log.setup()
    app = make_application([sys.argv[0], *argv])
    sessions = start(db_url)
    if sessions is None:
        return 0
    # The loop login → main window → login (change user, session ended by the server) → … ends when
    # the user quits; between two sessions no window is open, so closing the last one must not quit.
    app.setQuitOnLastWindowClosed(False)
    sessions.finished.connect(app.quit)
    try:
        return app.exec()
    finally:
        sessions.stop()
        if sessions.db is not None:
            sessions.db.dispose()
