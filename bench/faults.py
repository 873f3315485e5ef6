"""Faults under the real main window (offscreen), with a 10 ms heartbeat timer on the UI thread.

PostgreSQL runs as this bench's own server (tests/pg_cluster.py, never the machine's), with the demo
network; the window is logged in with the coordination account's own login, its change feed and workers.

- `pg_kill_offline_s`: kill -9 of the server → the window says "Hors ligne".
- `pg_restart_live_s`: the restarted server accepts connections → the window is "En direct" again
  (nobody clicks).
- `acknowledged_lost`, `written_twice`: a workstation saves calls without pause through the kill and the
  restart; each call carries its own mark. Lost: a call whose save returned and that the database does
  not hold. Twice: a mark held more than once.
- `blackhole_offline_s`: the link freezes (a TCP proxy stops forwarding, the kernel still acknowledges)
  → "Hors ligne".
- `sqlite_deleted_acknowledged`: the SQLite file is deleted under a running window whose workers keep
  saving calls; saves started after the deletion that were reported as done (they went into the deleted
  file, lost). The file must not come back empty either.
- `max_ui_stall_ms`: the largest heartbeat gap while using the board, the call form, the journal and
  Statistiques through a proxy adding 200 ms in each direction (a process of its own); next to it, in
  the same run, the same walk without the proxy and the gap of a window left idle (the machine's noise).

`--probe FILE`: a sampler beside the heartbeat records what the UI thread was doing in each gap over 25 ms
(bench/_stall_probe.py), written to FILE as JSON lines and summed up on stderr.

Prints the figures with their targets, then one JSON object. `--quick` (CI): a smaller history and
shorter outages; a missed target is printed, never a failure; a scenario that breaks fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RELAIS_DB_URL", None)  # never this machine's own database or settings
os.environ["RELAIS_CONFIG_DIR"] = tempfile.mkdtemp(prefix="relais-bench-config-")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench import _gui  # noqa: E402
from bench._common import QUICK, sized, wait_until  # noqa: E402
from bench._gui import Heartbeat  # noqa: E402
from bench._stall_probe import StallProbe  # noqa: E402
from relais_desk import demo  # noqa: E402
from relais_desk.domain.errors import UserFacingError  # noqa: E402
from relais_desk.domain.models import Call  # noqa: E402
from relais_desk.gui.context import AppContext  # noqa: E402
from relais_desk.gui.live import LiveFeed  # noqa: E402
from relais_desk.gui.main_window import MainWindow  # noqa: E402
from relais_desk.gui.tasks import ErrorHub, TaskRunner  # noqa: E402
from relais_desk.services import calls, users  # noqa: E402
from relais_desk.services import settings as network_settings  # noqa: E402
from relais_desk.store import migrate  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402
from tests import pg_cluster  # noqa: E402
from tests.tcp_proxy import TcpProxy  # noqa: E402

COORDINATION = next((u, p) for u, r, p in demo.DEMO_LOGINS if r.value == "coordination")
OPERATOR = next((u, p) for u, r, p in demo.DEMO_LOGINS if r.value == "operateur")
LATENCY_S = 0.2  # each direction
OUTAGE_S = sized(8.0, 1.0)  # how long the killed server stays down (long enough for the feed's longest wait)
TARGETS = {"pg_kill_offline_s": 2, "pg_restart_live_s": 5, "blackhole_offline_s": 10, "acknowledged_lost": 0,
           "written_twice": 0, "sqlite_deleted_acknowledged": 0, "max_ui_stall_ms": 50}
WAIT_S = 60  # a scenario that takes longer than this is broken, not slow


_left_open: list[MainWindow] = []


class ScenarioBroke(RuntimeError):
    pass


def must(ok: bool, what: str) -> None:
    if not ok:
        raise ScenarioBroke(what)


def pump(seconds: float) -> None:
    """Let the UI thread run for `seconds` (the bench never sleeps on it)."""
    wait_until(lambda: False, seconds)


def in_background(fn: Callable[[], object]) -> None:
    """Run a blocking step (pg_ctl) off the UI thread, the event loop running meanwhile."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the UI thread
            failure.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    wait_until(lambda: not thread.is_alive(), 120)
    thread.join()
    if failure:
        raise failure[0]


@contextmanager
def workstation(url: str, login: tuple[str, str]) -> Iterator[MainWindow]:
    """The main window as after the login dialog: the account's own login, change feed, worker threads."""
    base = Database(url)
    db, user = users.open_session(base, *login)
    with db.read() as s:
        network = network_settings.get_all(s)
    errors = ErrorHub()
    live = LiveFeed(db)
    ctx = AppContext(db=db, user=user, tasks=TaskRunner(errors), errors=errors, live=live, network=network)
    window = MainWindow(ctx, idle_lock_ms=0)
    window.resize(1366, 768)
    window.show()
    live.start()
    try:
        must(wait_until(lambda: window.live_state() == "live", WAIT_S), "the window never went live")
        yield window
    finally:
        live.stop()
        ctx.tasks.wait(30_000)
        window.hide()
        _left_open.append(window)  # not deleted: a late worker answer may still reach one of its screens
        db.dispose()
        base.dispose()


class CallWriter:
    """Another workstation saving calls without pause, each with its own mark in the notes."""

    def __init__(self, db: Database, actor: object) -> None:
        self.db, self.actor = db, actor
        self.run_id = uuid.uuid4().hex[:8]
        self.acknowledged: list[tuple[str, float]] = []  # (mark, when its save started)
        self.attempted: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        i = 0
        while not self._stop.is_set():
            mark = f"bench-faults-{self.run_id}-{i}"
            i += 1
            self.attempted.append(mark)
            started = time.perf_counter()
            try:
                calls.create_call(self.db, actor=self.actor, channel="telephone", notes=mark, source="bench")
            except UserFacingError:  # refused, said so: nothing acknowledged
                self._stop.wait(0.05)
            else:
                self.acknowledged.append((mark, started))
            self._stop.wait(0.02)

    def __enter__(self) -> CallWriter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(60)

    def held(self, db: Database) -> dict[str, int]:
        """How many times each mark of this run is in the database."""
        with db.read() as s:
            rows = s.execute(select(Call.notes, func.count(Call.id)).where(
                Call.notes.like(f"bench-faults-{self.run_id}-%")).group_by(Call.notes)).all()
        return dict(rows)


def pg_kill(cluster: pg_cluster.Cluster, url: str) -> dict[str, float]:
    with workstation(url, COORDINATION) as window:
        base = Database(url)
        writer_db, operator = users.open_session(base, *OPERATOR)
        with CallWriter(writer_db, operator.actor()) as writer:
            must(wait_until(lambda: len(writer.acknowledged) >= 5, WAIT_S), "no call could be saved")
            t0 = time.perf_counter()
            cluster.kill9()
            must(wait_until(lambda: window.live_state() != "live", WAIT_S), "still « En direct » after kill -9")
            offline_s = time.perf_counter() - t0
            pump(OUTAGE_S)
            in_background(cluster.restart)
            t1 = time.perf_counter()
            must(wait_until(lambda: window.live_state() == "live", WAIT_S), "never live again after the restart")
            live_s = time.perf_counter() - t1
            after = len(writer.acknowledged)
            must(wait_until(lambda: len(writer.acknowledged) >= after + 5, WAIT_S), "no call saved after the restart")
        held = writer.held(base)
        writer_db.dispose()
        base.dispose()
    acknowledged = {mark for mark, _ in writer.acknowledged}
    return {"pg_kill_offline_s": round(offline_s, 2), "pg_restart_live_s": round(live_s, 2),
            "acknowledged_lost": len(acknowledged - held.keys()),
            "written_twice": sum(1 for n in held.values() if n > 1),
            "calls_acknowledged": len(acknowledged), "calls_refused": len(writer.attempted) - len(acknowledged)}


def through(port: int, url: str) -> str:
    return make_url(url).set(host="127.0.0.1", port=port).render_as_string(hide_password=False)


@contextmanager
def slow_link(port: int, delay_s: float) -> Iterator[int]:
    """A proxy adding `delay_s` each way, in a process of its own: its threads must not take the interpreter
    from the window being measured (in this process they would show as stalls of their own)."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.tcp_proxy", "127.0.0.1", str(port), str(delay_s)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        must(line.strip().isdigit(), "the slow-link proxy did not start")
        yield int(line)
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(30)


def blackhole(cluster: pg_cluster.Cluster, url: str) -> dict[str, float]:
    proxy = TcpProxy("127.0.0.1", cluster.port)
    try:
        with workstation(through(proxy.port, url), COORDINATION) as window:
            t0 = time.perf_counter()
            proxy.frozen.set()
            must(wait_until(lambda: window.live_state() != "live", WAIT_S), "a frozen link stayed « En direct »")
            offline_s = time.perf_counter() - t0
            proxy.frozen.clear()
            proxy.cut()  # the frozen connections are given up; new ones go through
            must(wait_until(lambda: window.live_state() == "live", WAIT_S), "never live again after the thaw")
    finally:
        proxy.close()
    return {"blackhole_offline_s": round(offline_s, 2)}


def walk_the_screens(window: MainWindow, heartbeat: Heartbeat, probe: StallProbe | None = None,
                     label: str = "") -> dict[str, float]:
    """Board, a call typed in the call form (the finder answers), the journal, Statistiques, each step
    waiting for its data as a person would: the longest heartbeat gap (ms) during each step."""
    keys, pool = window.screen_keys(), window.ctx.tasks.pool
    gaps: dict[str, float] = {}
    phases = iter(("board", "call_form", "journal", "stats"))

    def settled() -> bool:
        return pool.activeThreadCount() == 0

    def step(name: str) -> None:
        gaps[name] = round(heartbeat.max_gap_ms, 1)
        heartbeat.reset()
        if probe is not None:
            probe.phase = label + next(phases, "")

    if probe is not None:
        probe.phase = label + next(phases)
    heartbeat.reset()
    board = window.screens["board"]
    before = board.loaded_at
    window.nav.setCurrentRow(keys.index("board"))
    must(wait_until(lambda: board.loaded_at != before and settled(), WAIT_S), "the board never loaded")
    step("board")
    window.new_call()
    intake = window.screens["calls"].intake
    QTest.keyClicks(intake.alias, "Banc")
    intake.gender.setCurrentIndex(intake.gender.findData("homme"))
    pump(0.5)  # the finder's debounce
    must(wait_until(lambda: bool(intake.finder.matches) and settled(), WAIT_S), "the finder never answered")
    intake.abandon(confirm=False)
    step("call_form")
    journal = window.screens["calls"].journal
    journal.count.setText("")
    window.screens["calls"].show_journal()
    must(wait_until(lambda: bool(journal.count.text()) and settled(), WAIT_S), "the journal never loaded")
    step("journal")
    stats = window.screens["stats"]
    stats.loaded = None
    window.nav.setCurrentRow(keys.index("stats"))
    must(wait_until(lambda: stats.loaded is not None and settled(), WAIT_S * 2), "Statistiques never loaded")
    pump(0.3)  # the charts drawn
    step("stats")
    return gaps


def ui_stall(cluster: pg_cluster.Cluster, url: str, heartbeat: Heartbeat,
             probe: StallProbe | None = None) -> dict[str, object]:
    def phase(name: str) -> None:
        if probe is not None:
            probe.phase = name

    with workstation(url, COORDINATION) as window:
        phase("idle")
        heartbeat.reset()
        pump(2.0)  # nothing asked of the window: the machine's own noise (other processes, the feed's thread)
        idle = round(heartbeat.max_gap_ms, 1)
        if not QUICK:  # warm-up: the first open of each screen is in the slow walk only
            walk_the_screens(window, heartbeat, probe, "warm-up ")
        baseline = walk_the_screens(window, heartbeat, probe, "no latency ")
        phase("")
    with slow_link(cluster.port, LATENCY_S) as port, workstation(through(port, url), COORDINATION) as window:
        slow = walk_the_screens(window, heartbeat, probe, "200 ms ")
        phase("")
    return {"max_ui_stall_ms": max(slow.values()), "max_ui_stall_ms_no_latency": max(baseline.values()),
            "max_ui_stall_ms_idle": idle,
            "ui_stall_ms_by_screen": slow, "ui_stall_ms_by_screen_no_latency": baseline}


def sqlite_deleted() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "relais.sqlite3"
        url = f"sqlite:///{path}"
        db = Database(url)
        migrate.upgrade(db)
        demo.generate(db, years=0)
        db.dispose()
        with workstation(url, COORDINATION) as window:
            with CallWriter(window.ctx.db, window.ctx.actor) as writer:  # this window's own pool
                must(wait_until(lambda: len(writer.acknowledged) >= 5, WAIT_S), "no call could be saved")
                deleted_at = time.perf_counter()
                path.unlink()
                must(wait_until(lambda: window.live_state() != "live", WAIT_S), "still « En direct » without its file")
                offline_s = time.perf_counter() - deleted_at
                pump(sized(2.0, 1.0))
            after = sum(1 for _, started in writer.acknowledged if started > deleted_at)
        return {"sqlite_deleted_acknowledged": after, "sqlite_deleted_offline_s": round(offline_s, 2),
                "sqlite_recreated_empty": path.exists()}


def demo_on(cluster: pg_cluster.Cluster) -> str:
    url = cluster.create_database("relais_faults")
    db = Database(url)
    migrate.upgrade(db)
    demo.generate(db, years=sized(1, 0))  # a year of history: Statistiques has something to read
    db.dispose()
    return url


def start_app() -> tuple[QApplication, Heartbeat]:
    """The application as the window has it (icons, French UI, throwaway settings), and the heartbeat."""
    return _gui.start_app(), Heartbeat()


def main() -> None:
    app, heartbeat = start_app()
    probe_file = sys.argv[sys.argv.index("--probe") + 1] if "--probe" in sys.argv else None
    probe = StallProbe(heartbeat) if probe_file else None
    cluster = pg_cluster.start_cluster()  # no server binaries: this fails loudly (CI has them, tests need them)
    try:
        url = demo_on(cluster)
        figures: dict[str, object] = {}
        figures |= pg_kill(cluster, url)
        figures |= blackhole(cluster, url)
        if probe is not None:  # (during the stall walk only: sampling other threads' frames is not free of risk)
            probe.start()
        figures |= ui_stall(cluster, url, heartbeat, probe)
    finally:
        pg_cluster.remove_cluster(cluster)
    if probe is not None and probe_file:
        probe.stop()
        probe.write(probe_file)
        probe.report()
    figures |= sqlite_deleted()
    heartbeat.timer.stop()
    del app
    print(f"{'figure':<30}{'value':>10}{'target':>10}  met")
    for key, target in TARGETS.items():
        value = figures[key]
        met = value <= target  # type: ignore[operator]
        print(f"{key:<30}{value:>10}{'≤ ' + str(target):>10}  {'yes' if met else 'NO'}")
        figures[f"{key}_target"] = target
        figures[f"{key}_met"] = met
    print(f"(UI stall by screen through the proxy: {figures['ui_stall_ms_by_screen']} ms; without it, same run: "
          f"{figures['ui_stall_ms_by_screen_no_latency']} ms; idle window: {figures['max_ui_stall_ms_idle']} ms; "
          f"SQLite offline after "
          f"{figures['sqlite_deleted_offline_s']} s; calls saved/refused around the kill: "
          f"{figures['calls_acknowledged']}/{figures['calls_refused']}"
          + ("; quick mode: small history, short outage" if QUICK else "") + ")")
    must(not figures["sqlite_recreated_empty"], "the deleted SQLite file was re-created empty")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: Qt objects collected after the application can crash it
