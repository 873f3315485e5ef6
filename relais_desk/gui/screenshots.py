"""`make screenshots`: render each main screen offscreen from a demo network, in French, into docs/."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Demo:
    """A demo network in a temporary folder, the application and a synchronous task runner over it."""

    def __init__(self, tmp: str) -> None:
        from PySide6.QtCore import QSettings

        from relais_desk import demo
        from relais_desk.gui.app import make_application
        from relais_desk.gui.tasks import ErrorHub, TaskRunner
        from relais_desk.services import settings
        from relais_desk.store import migrate
        from relais_desk.store.database import Database

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        self.app = make_application([sys.argv[0]])
        self.db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        migrate.upgrade(self.db)
        demo.generate(self.db, seed=1, years=1, shelters=24)
        self.errors = ErrorHub()
        self.tasks = TaskRunner(self.errors, synchronous=True)
        with self.db.read() as session:
            self.network = settings.get_all(session)

    def window(self, username: str, password: str, size: tuple[int, int] = (1360, 820)):  # noqa: ANN201
        """The main window of that demo account, shown at `size`."""
        from relais_desk.gui.context import AppContext
        from relais_desk.gui.main_window import MainWindow
        from relais_desk.services import users

        user = users.authenticate(self.db, username, password)
        window = MainWindow(AppContext(db=self.db, user=user, tasks=self.tasks, errors=self.errors, live=None,
                                       network=self.network))
        window.resize(*size)
        window.show()
        self.app.processEvents()
        return window


def main(out: str = "docs") -> int:
    from relais_desk.domain.enums import Role
    from relais_desk.gui.context import AppContext
    from relais_desk.gui.dialogs.login import LoginDialog
    from relais_desk.gui.main_window import MainWindow
    from relais_desk.services import users

    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        d = Demo(tmp)
        app, db, tasks, errors, network = d.app, d.db, d.tasks, d.errors, d.network
        login = LoginDialog(db, tasks, network=network["network_name"])
        login.ui.username.setText("operateur")
        login.resize(440, 260)
        login.grab().save(str(target / "login.png"))
        for username, password, screens in (
                ("admin", "demo-admin-comptes", ("board", "census", "stats", "partners", "admin")),
                ("abri1", "demo-abri-lits-libres", ("my_shelter",))):
            user = users.authenticate(db, username, password)
            ctx = AppContext(db=db, user=user, tasks=tasks, errors=errors, live=None, network=network)
            window = MainWindow(ctx)
            window.resize(1360, 820)
            window.show()
            for key in screens:
                window.nav.setCurrentRow(window.screen_keys().index(key))
                if key == "partners":
                    screen = window.screens[key]
                    screen.table.selectRow(0)
                app.processEvents()
                window.grab().save(str(target / f"{key}.png"))
            window.close()
            assert user.role in (Role.ADMIN, Role.ABRI)
        _calls(app, db, tasks, errors, network, target)
        db.dispose()
    print(f"screenshots written to {target}/")
    return 0


def _calls(app, db, tasks, errors, network, target: Path) -> None:  # noqa: ANN001
    """*Appels*: tonight's journal with a call opened, and a call being taken (a woman, the finder, a held bed)."""
    from relais_desk.gui.context import AppContext
    from relais_desk.gui.main_window import MainWindow
    from relais_desk.services import users

    user = users.authenticate(db, "operateur", "demo-oper-ligne-24")
    window = MainWindow(AppContext(db=db, user=user, tasks=tasks, errors=errors, live=None, network=network))
    window.resize(1360, 820)
    window.show()
    calls = window.screens["calls"]
    window.nav.setCurrentRow(window.screen_keys().index("calls"))
    calls.journal.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(target / "calls.png"))
    window.new_call()
    intake = calls.intake
    intake.alias.setText("Nadia B.")
    intake.birth_year.setText("1987")
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    intake.location.setText("Gare de Charleroi-Sud")
    intake.notes.setPlainText("Appelle d'une cabine, a froid, pas de téléphone.")
    intake.refresh_finder()
    intake.reserve()
    app.processEvents()
    window.grab().save(str(target / "calls_new.png"))
    intake.abandon(confirm=False)
    window.close()


if __name__ == "__main__":
    status = main(*sys.argv[1:])
    sys.stdout.flush()
    os._exit(status)  # skip interpreter teardown: PySide6 can crash collecting pyqtgraph items after the app
