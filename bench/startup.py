"""Cold start to a usable main window, vs a bare PySide6 + pyqtgraph + SQLModel window (same run).

Each measurement is a fresh Python process (offscreen Qt): imports, application, database open and
schema check, login (argon2), the main window showing the role's first screen. Median of 5 runs each
(`--quick`: one run on a smaller demo).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import sized  # noqa: E402

RUNS = sized(5, 1)
YEARS, SHELTERS = sized((2, 12), (0, 3))

BARE = r"""
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QSplitter
import pyqtgraph, sqlmodel
app = QApplication([])
w = QMainWindow(); s = QSplitter(); s.addWidget(QTableWidget(20, 6)); s.addWidget(pyqtgraph.PlotWidget())
w.setCentralWidget(s); w.resize(1200, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

APP = r"""
import time, sys; t0 = time.perf_counter()
from PySide6.QtCore import QSettings
from relais_desk.gui.app import make_application
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app = make_application(["relais-desk"])
from relais_desk.store.database import Database
from relais_desk.store import migrate
from relais_desk.services import users, settings
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.gui.context import AppContext
from relais_desk.gui.main_window import MainWindow
db = Database(sys.argv[1]); migrate.ensure_schema(db)
with db.read() as s: network = settings.get_all(s)
user = users.authenticate(db, "operateur", "demo-oper-ligne-24")
errors = ErrorHub()
ctx = AppContext(db=db, user=user, tasks=TaskRunner(errors, synchronous=True), errors=errors, live=None, network=network)
w = MainWindow(ctx); w.resize(1200, 800); w.show(); app.processEvents()
assert w.stack.currentWidget().isVisible()  # the role's first screen (Appels for an operator)
print(time.perf_counter() - t0)
"""


def run(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from bench._common import cached_demo

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{cached_demo(YEARS, SHELTERS, 1, dest=Path(tmp) / 'demo.sqlite3')}"
        bare = [run(BARE) for _ in range(RUNS)]
        app = [run(APP, url, tmp) for _ in range(RUNS)]
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 + pyqtgraph + SQLModel window: {bare_s:.2f} s (median of {RUNS})")
    print(f"relais-desk to a usable main window (demo network {YEARS} y × {SHELTERS} shelters, login included): {app_s:.2f} s")
    print(json.dumps({"app_s": round(app_s, 3), "bare_s": round(bare_s, 3), "ratio": round(app_s / bare_s, 2)}))


if __name__ == "__main__":
    main()
