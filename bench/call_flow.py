"""The standard urgence-sociale call, by keyboard only: keystrokes, mouse actions and seconds.

Drives the real main window (offscreen, worker threads as in the app) with key events sent to the
focused widget: Ctrl+N, a woman born in 1985 with a dog, the bed found and held, the call saved.
Seconds run from Ctrl+N to the saved hold. The baseline is the same work through the services
alone (finder, hold, call), measured in the same run, on the demo network (SQLite and PostgreSQL).
Target: at most 15 keystrokes besides the typed text, no mouse.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from bench._common import pg_database, sized, sqlite_database, wait_until  # noqa: E402
from bench._gui import start_app  # noqa: E402
from relais_desk import demo  # noqa: E402
from relais_desk.domain.models import Orientation  # noqa: E402
from relais_desk.gui.context import AppContext  # noqa: E402
from relais_desk.gui.main_window import MainWindow  # noqa: E402
from relais_desk.gui.tasks import ErrorHub, TaskRunner  # noqa: E402
from relais_desk.services import calls, finder, orientations, users  # noqa: E402
from relais_desk.services import settings as network_settings  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402
from tests.gui.keys import Keyboard, Mod, activate  # noqa: E402
from tests.network import SYSTEM  # noqa: E402

K = Qt.Key
RUNS = sized(5, 1)


def saved_calls(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count(Orientation.id)).where(Orientation.call_id.is_not(None),
                                                                  Orientation.hold_id.is_not(None))).scalar_one()


def gui_run(db: Database, window: MainWindow, n: int) -> tuple[Keyboard, float]:
    keys = Keyboard(window)
    before = saved_calls(db)
    start = time.perf_counter()
    keys.press(K.Key_N, Mod.ControlModifier)
    keys.type(f"Mimi{n}")
    keys.press(K.Key_Tab)
    keys.type("1985")
    keys.press(K.Key_Tab)
    keys.choose("F")
    keys.press(K.Key_Tab, times=4)  # mineur·e, enfants, personnes dans le ménage, chien
    keys.press(K.Key_Space)
    keys.press(K.Key_R, Mod.ControlModifier)
    keys.press(K.Key_Return)
    if not wait_until(lambda: saved_calls(db) > before, timeout_s=20):
        raise SystemExit("the call was not saved: " + window.screens["calls"].intake.finder.message.text())
    return keys, time.perf_counter() - start


def give_back(db: Database, actor) -> None:  # noqa: ANN001
    """Cancel the held beds between runs (not timed): the demo network has one bed for a woman with a dog."""
    for o in orientations.list_orientations(db, statuses=("confirmee",), source="bench", actor=actor):
        orientations.set_status(db, o.orientation_id, "annulee", actor=actor, source="bench")


def baseline_run(db: Database, actor, n: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    match = finder.find_beds(db, finder.Profile(gender="femme", birth_year=1985, with_dog=True))[0]
    o = orientations.orient_to_bed(db, shelter=match.partner_id, category=match.category_id, actor=actor, source="bench")
    calls.create_call(db, actor=actor, channel="telephone", new_person={"alias": f"Base{n}", "birth_year": 1985,
                      "gender": "femme", "with_dog": True}, needs=["hebergement"], orientation_ids=[o.orientation_id], source="bench")
    return time.perf_counter() - start


def measure(url: str) -> dict[str, float]:
    db = Database(url)
    demo.generate(db, years=0, shelters=12, seed=7)
    users.add_user(db, username="bench", role="operateur", password="lanterne-rouge-abri-7", actor=SYSTEM)
    user = users.authenticate(db, "bench", "lanterne-rouge-abri-7")
    errors = ErrorHub()
    with db.read() as s:
        network = network_settings.get_all(s)
    ctx = AppContext(db=db, user=user, tasks=TaskRunner(errors), errors=errors, live=None, network=network)
    window = MainWindow(ctx)
    window.resize(1366, 800)
    activate(window)
    gui, keys = [], None
    for n in range(RUNS):
        keys, seconds = gui_run(db, window, n)
        gui.append(seconds)
        give_back(db, user.actor())
    base = []
    for n in range(RUNS):
        base.append(baseline_run(db, user.actor(), n))
        give_back(db, user.actor())
    ctx.tasks.wait()
    window.close()
    db.dispose()
    assert keys is not None
    return {"keystrokes": keys.keystrokes, "typed": keys.typed, "mouse_actions": keys.mouse_actions,
            "gui_s": sorted(gui)[len(gui) // 2], "baseline_s": sorted(base)[len(base) // 2]}


def main() -> None:
    start_app()
    results = {}
    with sqlite_database() as url:
        results["sqlite"] = measure(url)
    with pg_database() as url:
        results["postgresql"] = measure(url)
    print(f"{'backend':<12}{'keys':>6}{'typed':>7}{'mouse':>7}{'GUI s (p50)':>13}{'services s':>12}")
    for name, r in results.items():
        print(f"{name:<12}{r['keystrokes']:>6}{r['typed']:>7}{r['mouse_actions']:>7}{r['gui_s']:>13.3f}"
              f"{r['baseline_s']:>12.3f}")
    print(f"({RUNS} calls per backend on the demo network of 12 shelters; GUI seconds run from Ctrl+N to the "
          "saved hold, typing included; the services column is the same work without the GUI)")
    worst = max(results.values(), key=lambda r: r["gui_s"])
    print(json.dumps({"keystrokes": worst["keystrokes"], "mouse_actions": worst["mouse_actions"],
                      "seconds": round(worst["gui_s"], 3), "typed_characters": worst["typed"],
                      "sqlite_seconds": round(results["sqlite"]["gui_s"], 3),
                      "postgresql_seconds": round(results["postgresql"]["gui_s"], 3),
                      "baseline_sqlite_seconds": round(results["sqlite"]["baseline_s"], 3),
                      "baseline_postgresql_seconds": round(results["postgresql"]["baseline_s"], 3)}))
    os._exit(0)  # PySide6/pyqtgraph teardown can crash after the figures are printed


if __name__ == "__main__":
    main()
