"""`relais-desk --db URL --smoke [--json]`: does this installation's GUI work on this database?

Starts the Qt application (offscreen when there is no display), opens the database read-only, checks its
schema, builds every screen class without logging in and without reading or showing anything (their task
runner is closed before they exist, so no query runs), and prints what it opened: the database (without
its password), the schema revision, Qt's version, the platform plugin, our resources and Qt's French
translations. Exit status 0; 2 with one French sentence when the database cannot be opened (the CLI says
it); 1 when this installation's resources did not load. The installer's bundle is tested with it.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
from PySide6.QtGui import QIcon, QPixmap

from relais_desk.domain.enums import Role
from relais_desk.gui.app import make_application
from relais_desk.gui.context import AppContext
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services.users import UserInfo
from relais_desk.store import migrate
from relais_desk.store.database import Database
from relais_desk.store.errors import DatabaseMissing


def _offscreen_without_display() -> None:
    """A Linux machine without a display (a build server, SSH) still runs the check, offscreen."""
    if (sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def open_read_only(url: str | None) -> tuple[Database, str]:
    """The database, read-only, and its schema revision (this program's, or a typed French error)."""
    db = Database(url, read_only=True)
    try:
        path = db.sqlite_path
        if path is not None and not path.exists():
            raise DatabaseMissing(f"La base {path} n'existe pas : vérifiez --db.", where=str(path))
        with db.translate_errors():
            db.check_embedded_file(writable=False)
            return db, migrate.check_schema(db)
    except BaseException:
        db.dispose()
        raise


def build_screens(db: Database) -> list[str]:
    """Every screen class, built for a user of each kind that has its own screens; nothing runs."""
    from relais_desk.gui.main_window import MainWindow

    errors = ErrorHub()
    tasks = TaskRunner(errors)
    tasks.close()  # no query runs: the screens stay empty, no person's data is read
    built: list[str] = []
    for role in (Role.ADMIN, Role.ABRI):
        nobody = UserInfo(user_id=0, username="smoke", display_name="", role=role, partner_id=None,
                          shelter=None, active=True)
        window = MainWindow(AppContext(db=db, user=nobody, tasks=tasks, errors=errors, live=None),
                            idle_lock_ms=0)
        built += [type(screen).__name__ for screen in window.screens.values()
                  if type(screen).__name__ not in built]
        window.deleteLater()
    return built


def resources(app: Any) -> dict[str, Any]:
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    icon: QPixmap = QIcon(":/icons/relais-desk.svg").pixmap(32, 32)
    return {
        "icon": not icon.isNull(),
        "style_sheet": bool(app.styleSheet()),
        "qtbase_fr": QTranslator().load("qtbase_fr", qt_translations),
        "translations_path": qt_translations,
    }


def main(db_url: str | None, *, as_json: bool = False) -> int:
    """Run the check; a database that cannot be opened raises its typed French error (the CLI says it)."""
    _offscreen_without_display()
    app = make_application([sys.argv[0]])
    db, revision = open_read_only(db_url)
    try:
        screens = build_screens(db)
        result = {"database": db.url_for_display(), "backend": db.backend.name, "schema_revision": revision,
                  "qt_version": qVersion(), "pyside_version": pyside_version, "platform": app.platformName(),
                  "screens": screens, **resources(app)}
    finally:
        db.dispose()
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Base : {result['database']} (schéma {revision})\n"
              f"Qt {result['qt_version']} (PySide6 {pyside_version}), plateforme « {result['platform']} »\n"
              f"Écrans : {', '.join(screens)}\n"
              f"Ressources : {'chargées' if result['icon'] and result['style_sheet'] else 'MANQUANTES'} ; "
              f"traductions de Qt : {'trouvées' if result['qtbase_fr'] else 'MANQUANTES'}")
    return 0 if result["icon"] and result["style_sheet"] and result["qtbase_fr"] else 1
