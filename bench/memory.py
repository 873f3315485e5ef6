"""Peak memory (RSS) of the app with the 10-year × 100-shelter demo open, every screen visited (target ≤ 300 MB).

One process per role (offscreen Qt): log in as the coordinator, then (in another process) as the admin,
show every screen of the main window in the side bar's order and every tab of a screen that has tabs
(Statistiques' charts, Administration's lists), each time waiting until its database work has answered.
Peak RSS is the process's high-water mark (VmHWM, Linux) from just after
the login: the password check (argon2, memory-hard by design) peaks on its own for a moment and is
reported apart (`login_peak_mb`, the mark just after it, which is then reset). Not `ru_maxrss`: Linux
carries it over from the parent across fork and exec, so a parent that built the demo would show. Baseline in the same run: the same measure for a bare PySide6 +
pyqtgraph + SQLModel window. The demo comes from the benchmarks' cache (`cached_demo`, built once).
`--quick`: a 1-year × 4-shelter demo, same JSON keys.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import cached_demo, sized  # noqa: E402

YEARS, SHELTERS = sized((10, 100), (1, 4))
TARGET_MB = 300
ROLES = ("coordination", "admin")

BARE = r"""
import json
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QSplitter
import pyqtgraph, sqlmodel
app = QApplication([])
w = QMainWindow(); s = QSplitter(); s.addWidget(QTableWidget(20, 6)); s.addWidget(pyqtgraph.PlotWidget())
w.setCentralWidget(s); w.resize(1366, 768); w.show(); app.processEvents()
with open("/proc/self/status") as f:
    print(json.dumps({"peak_rss_mb": next(int(l.split()[1]) for l in f if l.startswith("VmHWM:")) / 1024}))
"""

APP = r"""
import json, sys, time
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from relais_desk.gui.app import make_application
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
app = make_application(["relais-desk"])
from relais_desk import demo
from relais_desk.gui.context import AppContext
from relais_desk.gui.main_window import MainWindow
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services import settings, users
from relais_desk.store import migrate
from relais_desk.store.database import Database

def status_mb(field):
    with open("/proc/self/status") as f:
        return round(next(int(l.split()[1]) for l in f if l.startswith(field + ":")) / 1024, 1)

def rss_mb():  # the peak since the login (VmHWM, reset after it; else the process's whole peak)
    return status_mb("VmHWM")

def settle(tasks, timeout_s=120.0):
    # until every query and action of the screen has answered (and their results are drawn)
    loop, deadline, quiet = QEventLoop(), time.perf_counter() + timeout_s, 0
    while time.perf_counter() < deadline and quiet < 3:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        quiet = quiet + 1 if not tasks._pending and tasks.pool.activeThreadCount() == 0 else 0

role = sys.argv[2]
password = next(p for u, _r, p in demo.DEMO_LOGINS if u == role)
db = Database(sys.argv[1]); migrate.ensure_schema(db)
with db.read() as s: network = settings.get_all(s)
errors = ErrorHub()
tasks = TaskRunner(errors)
ctx = AppContext(db=db, user=users.authenticate(db, role, password), tasks=tasks, errors=errors, live=None,
                 network=network)
# The password check (argon2) takes tens of MB for a moment: measured apart, then the peak is reset
login_mb = status_mb("VmHWM")
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
w = MainWindow(ctx); w.resize(1366, 768); w.show()
settle(tasks)
screens = {}
for row, key in enumerate(w.screen_keys()):
    w.nav.setCurrentRow(row)
    settle(tasks)
    tabs = getattr(w.screens[key], "tabs", None)
    for i in range(tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(i)
        settle(tasks)
    screens[key] = rss_mb()
print(json.dumps({"peak_rss_mb": rss_mb(), "screens": screens, "login_peak_mb": login_mb,
                  "now_mb": status_mb("VmRSS")}))
"""


def run(code: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{cached_demo(YEARS, SHELTERS, 1, dest=Path(tmp) / 'demo.sqlite3')}"
        bare = run(BARE)
        roles = {}
        for role in ROLES:
            (Path(tmp) / role).mkdir()
            roles[role] = run(APP, url, role, str(Path(tmp) / role))
    peak = max(r["peak_rss_mb"] for r in roles.values())
    for role, r in roles.items():
        visited = ", ".join(f"{k} {v:.0f}" for k, v in r["screens"].items())
        print(f"{role:>12}: peak {r['peak_rss_mb']:.0f} MB after every screen (MB after each: {visited})")
    login = max(r["login_peak_mb"] for r in roles.values())
    print(f"the login's password check alone (argon2) peaks at {login:.0f} MB; screens measured from after it")
    print(f"baseline: bare PySide6 + pyqtgraph + SQLModel window: {bare['peak_rss_mb']:.0f} MB")
    print(f"demo {YEARS} y × {SHELTERS} shelters: peak {peak:.0f} MB (target ≤ {TARGET_MB} MB)")
    print(json.dumps({"peak_rss_mb": round(peak, 1), "bare_rss_mb": round(bare["peak_rss_mb"], 1),
                      "target_mb": TARGET_MB, "login_peak_mb": login,
 "years": YEARS, "shelters": SHELTERS,
                      "screens": {role: r["screens"] for role, r in roles.items()},
                      "roles": {role: r["peak_rss_mb"] for role, r in roles.items()}}))


if __name__ == "__main__":
    main()
