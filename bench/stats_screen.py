"""Statistiques as a coordinator uses it, offscreen, in the real main window: from the click to the chart drawn.

On the 2-year demo network (12 shelters; BENCH_YEARS, BENCH_SHELTERS), on SQLite and PostgreSQL
(BENCH_BACKENDS=sqlite,pg; on PostgreSQL the window logs in with the coordination account's own login). A chart
counts as drawn when its data is on it and its view has painted since.

- `first_open_ms`: click on *Statistiques* in the side bar → the tab shown drawn (target ≤ 1,000).
- `tab_switch_ms`: p95 over every tab of a click on the tab → its chart drawn, each tab's first visit after the
  screen's data came (target ≤ 200).
- `reopen_ms`: back to Statistiques from another screen (it reloads) → drawn; `refresh_ms`: *Actualiser* with the
  occupancy per shelter → drawn.
- `max_ui_stall_ms`: the longest a 10 ms heartbeat timer went unserved during all of the above (the UI thread
  busy in one slice; #14's target for it is 50); `ui_stall_<step>_ms` for each step (the board's own refresh,
  when leaving for it, is not counted).

Each figure is the worst of the backends; per-backend figures follow (`sqlite_…`, `pg_…`). `--quick`: 1 year ×
4 shelters, the same keys. `BENCH_DEMO_SQLITE` / `BENCH_DEMO_PG`: the URL of a database that already holds the
demo (e.g. to measure two versions of the code on the same data): nothing is generated, nothing dropped.
Otherwise the SQLite demo is a copy of the benchmarks' cached one (`cached_demo`, built once).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RELAIS_DB_URL", None)  # never this machine's own database or settings
os.environ["RELAIS_CONFIG_DIR"] = tempfile.mkdtemp(prefix="relais-bench-config-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402

from bench._common import pg_database, sized, sqlite_demo, summary_ms, wait_until  # noqa: E402
from bench._gui import Heartbeat, start_app  # noqa: E402
from relais_desk import demo  # noqa: E402
from relais_desk.gui.context import AppContext  # noqa: E402
from relais_desk.gui.main_window import MainWindow  # noqa: E402
from relais_desk.gui.tasks import ErrorHub, TaskRunner  # noqa: E402
from relais_desk.services import settings as network_settings  # noqa: E402
from relais_desk.services import users  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402

YEARS = int(os.environ.get("BENCH_YEARS", sized("2", "1")))
SHELTERS = int(os.environ.get("BENCH_SHELTERS", sized("12", "4")))
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite,pg").split(",")
COORDINATION = next((u, p) for u, r, p in demo.DEMO_LOGINS if r.value == "coordination")
TARGETS = {"first_open_ms": 1000, "tab_switch_ms": 200, "max_ui_stall_ms": 50}
WAIT_S = 120  # longer than this is broken, not slow


class Paints(QObject):
    """When each chart's view last painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: dict[int, float] = {}

    def watch(self, chart: QObject) -> None:
        chart.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.at[id(obj)] = time.perf_counter()
        return False


def _drawn(screen: object, chart: object) -> bool:
    is_drawn = getattr(screen, "is_drawn", None)
    if is_drawn is not None:
        return bool(is_drawn(chart))
    # the screen as it was before this bench (the baseline): *Actualiser* is disabled while its data loads
    return screen.apply.isEnabled() and screen.loaded is not None and chart not in screen._undrawn


def until_drawn(screen: object, paints: Paints, started: float) -> float:
    """Run the event loop until the tab shown is drawn and painted after `started`; ms since `started`."""
    chart = screen.tabs.currentWidget()
    view = id(chart.viewport())

    def done() -> bool:
        return _drawn(screen, chart) and paints.at.get(view, 0) > started

    if not wait_until(done, WAIT_S):
        raise RuntimeError(f"the chart « {screen.tabs.tabText(screen.tabs.currentIndex())} » was never drawn")
    return (paints.at[view] - started) * 1000


@contextmanager
def workstation(url: str) -> Iterator[MainWindow]:
    """The main window as after the coordinator's login (worker threads, no change feed)."""
    base = Database(url)
    db, user = users.open_session(base, *COORDINATION)
    with db.read() as s:
        network = network_settings.get_all(s)
    errors = ErrorHub()
    ctx = AppContext(db=db, user=user, tasks=TaskRunner(errors), errors=errors, live=None, network=network)
    window = MainWindow(ctx, idle_lock_ms=0)
    window.resize(1366, 768)
    window.show()
    try:
        yield window
    finally:
        ctx.tasks.wait(30_000)
        window.hide()
        _left_open.append(window)  # not deleted: a late worker answer may still reach one of its screens
        if db is not base:
            db.dispose()
        base.dispose()


_left_open: list[MainWindow] = []


def measure(url: str, *, generate: bool = True) -> dict[str, float]:
    if generate:
        db = Database(url)
        t0 = time.perf_counter()
        demo.generate(db, seed=1, years=YEARS, shelters=SHELTERS)
        db.dispose()
        print(f"  demo generated in {time.perf_counter() - t0:.0f} s", flush=True)
    heartbeat, paints = Heartbeat(), Paints()
    with workstation(url) as window:
        pool = window.ctx.tasks.pool
        wait_until(lambda: pool.activeThreadCount() == 0, WAIT_S)
        wait_until(lambda: False, 1.0)  # the first screen settled
        screen = window.screens["stats"]
        for i in range(screen.tabs.count()):
            paints.watch(screen.tabs.widget(i))
        keys = window.screen_keys()
        stalls: dict[str, float] = {}

        def stalled(step: str) -> None:
            wait_until(lambda: False, 0.1)  # what the step left to the event loop (painting) counts for it
            stalls[step] = round(max(stalls.get(step, 0.0), heartbeat.max_gap_ms), 1)
            heartbeat.reset()

        heartbeat.reset()
        started = time.perf_counter()
        window.nav.setCurrentRow(keys.index("stats"))
        first_open = until_drawn(screen, paints, started)
        stalled("first_open")
        switches: list[float] = []
        for i in [*range(1, screen.tabs.count()), 0]:
            started = time.perf_counter()
            screen.tabs.setCurrentIndex(i)
            switches.append(until_drawn(screen, paints, started))
            stalled("tab_switch")
        window.nav.setCurrentRow(keys.index("board"))
        wait_until(lambda: pool.activeThreadCount() == 0, WAIT_S)
        heartbeat.reset()
        started = time.perf_counter()
        window.nav.setCurrentRow(keys.index("stats"))
        reopen = until_drawn(screen, paints, started)
        stalled("reopen")
        screen.by.setCurrentIndex(screen.by.findData("shelter"))
        started = time.perf_counter()
        screen.apply.click()
        refresh = until_drawn(screen, paints, started)
        wait_until(lambda: pool.activeThreadCount() == 0, WAIT_S)
        stalled("refresh")
    return {"first_open_ms": round(first_open, 1), "tab_switch_ms": summary_ms([s / 1000 for s in switches])["p95"],
            "tab_switch_max_ms": round(max(switches), 1), "reopen_ms": round(reopen, 1),
            "refresh_ms": round(refresh, 1), "max_ui_stall_ms": max(stalls.values()),
            **{f"ui_stall_{step}_ms": gap for step, gap in stalls.items()}}


def main() -> None:
    start_app()  # the icons and the French UI, as the app has them
    results: dict[str, dict[str, float]] = {}
    for backend in BACKENDS:
        given = os.environ.get(f"BENCH_DEMO_{backend.upper()}")
        if given:
            print(f"{backend}: the demo already in {given.rsplit('/', 1)[-1]}…", flush=True)
            results[backend] = measure(given, generate=False)
        else:
            print(f"{backend}: demo {YEARS} year(s) × {SHELTERS} shelters…", flush=True)
            if backend == "sqlite":  # built once into the benchmarks' cache, then copied
                with sqlite_demo(YEARS, SHELTERS) as url:
                    results[backend] = measure(url, generate=False)
            else:
                with pg_database("relais_bench_stats") as url:
                    results[backend] = measure(url)
        for key, value in results[backend].items():
            print(f"  {key:<20}{value:>10.1f}")
    worst = {k: max(r[k] for r in results.values()) for k in next(iter(results.values()))}
    for key, target in TARGETS.items():
        print(f"{key}: {worst[key]:.0f} ms (target ≤ {target}){'' if worst[key] <= target else '  MISSED'}")
    print(json.dumps({**worst, **{f"{b}_{k}": v for b, r in results.items() for k, v in r.items()}}))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt/pyqtgraph objects


if __name__ == "__main__":
    main()
