"""The first window fits the screen's available area, on a 1366×768 laptop without a window manager too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from relais_desk.gui.window_fit import BORDER, TITLE_BAR, WANTED, centred, fit

LAPTOP = (0, 0, 1366, 768)


def inside(rect: tuple[int, int, int, int], area: tuple[int, int, int, int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_the_first_size_shrinks_to_a_small_screen_with_room_for_a_title_bar():
    x, y, w, h = fit(centred(WANTED, LAPTOP), LAPTOP, minimum=(1000, 600))
    assert (w, h) == (1280, 768 - TITLE_BAR - BORDER)
    assert inside((x - BORDER, y - TITLE_BAR, w + 2 * BORDER, h + TITLE_BAR + BORDER), LAPTOP)
    big = (0, 0, 2560, 1400)
    assert fit(centred(WANTED, big), big)[2:] == WANTED  # room enough: the size the screens are made for


def test_a_window_restored_from_a_bigger_screen_comes_back_inside_this_one():
    task_bar_on_top = (0, 30, 1366, 738)
    rect = fit((1500, 900, 1900, 1000), task_bar_on_top, minimum=(800, 500))
    assert inside(rect, task_bar_on_top) and rect[2:] == (1366 - 2 * BORDER, 738 - TITLE_BAR - BORDER)
    assert fit((100, 100, 900, 500), LAPTOP) == (100, 100, 900, 500)  # a smaller window stays as it was


def test_the_minimum_wins_only_up_to_the_screen():
    assert fit((0, 0, 300, 200), LAPTOP, minimum=(1000, 600))[2:] == (1000, 600)
    assert fit((0, 0, 300, 200), LAPTOP, minimum=(2000, 900))[2:] == (1366 - 2 * BORDER, 768 - TITLE_BAR - BORDER)


SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from relais_desk.gui.app import make_application
tmp = tempfile.mkdtemp()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
app = make_application([sys.argv[0]])
from relais_desk.gui.main_window import MainWindow
from relais_desk.services import users
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests.gui.conftest import make_context, make_user
from tests.network import small_network
db = Database(f"sqlite:///{Path(tmp) / 'db.sqlite3'}")
migrate.upgrade(db)
small_network(db)
out = {}
for role in ("operateur", "abri", "admin"):
    user = make_user(db, role + "1", role, "Abri Dourlet" if role == "abri" else None)
    window = MainWindow(make_context(db, user))
    window.show()
    app.processEvents()
    g, a = window.frameGeometry(), window.screen().availableGeometry()
    out[role] = [[g.x(), g.y(), g.width(), g.height()], [a.x(), a.y(), a.width(), a.height()]]
    window.close()
db.dispose()
print(json.dumps(out))
"""


def test_the_main_window_fits_a_1366_by_768_screen_without_a_window_manager(tmp_path: Path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "RELAIS_CONFIG_DIR": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    for role, (frame, available) in shown.items():
        assert available == list(LAPTOP), role
        assert inside(tuple(frame), LAPTOP), (role, frame)
