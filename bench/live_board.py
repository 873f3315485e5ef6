"""Commit on one connection → the row updated in another client's board model (p50/p95, ms).

The receiving client is the real board screen (task runner, change feed, model) on an offscreen
Qt event loop; the writer is another client in a thread. Next to it, the raw LISTEN/NOTIFY
latency measured in the same run. Latencies run from the start of the writer's transaction.
"""

from __future__ import annotations

import json
import os
import random
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench._common import pg_database, sized, sqlite_database, summary_ms, wait_until  # noqa: E402
from bench.change_feed import raw_notify  # noqa: E402
from relais_desk.gui.board.screen import BoardScreen  # noqa: E402
from relais_desk.gui.context import AppContext  # noqa: E402
from relais_desk.gui.live import LiveFeed  # noqa: E402
from relais_desk.gui.tasks import ErrorHub, TaskRunner  # noqa: E402
from relais_desk.services import beds, users  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402
from relais_desk.store.feed import SQLITE_POLL_S  # noqa: E402
from tests.network import SYSTEM, small_network  # noqa: E402

N = sized(60, 10)


def measure(url: str, poll_interval: float) -> list[float]:
    here, writer = Database(url), Database(url)
    small_network(here)
    users.add_user(here, username="ope", role="operateur", password="lanterne-rouge-abri-7", actor=SYSTEM)
    user = users.authenticate(here, "ope", "lanterne-rouge-abri-7")
    errors = ErrorHub()
    live = LiveFeed(here, poll_interval=poll_interval)
    ctx = AppContext(db=here, user=user, tasks=TaskRunner(errors), errors=errors, live=live, network={})
    screen = BoardScreen(ctx)
    live.start()
    live.feed.wait_live(10)
    screen.refresh()
    wait_until(lambda: len(screen.model.rows) == 5)

    def occupied() -> int:
        return next(r.occupied for r in screen.model.rows if (r.shelter, r.category) == ("Abri Dourlet", "hommes"))

    rng, samples = random.Random(1), []
    for i in range(N):
        value = 1 + i % 4 if occupied() != 1 + i % 4 else 0
        time.sleep(rng.uniform(0, poll_interval if here.is_sqlite else 0.02))
        t0 = time.perf_counter()
        thread = threading.Thread(target=beds.set_counts, args=(writer,),
                                  kwargs={"shelter": "Abri Dourlet", "category": "hommes", "occupied": value,
                                          "actor": SYSTEM})
        thread.start()
        if wait_until(lambda v=value: occupied() == v):
            samples.append(time.perf_counter() - t0)
        thread.join()
    live.stop()
    ctx.tasks.wait()
    here.dispose()
    writer.dispose()
    return samples


def main() -> None:
    QApplication.instance() or QApplication([])
    with pg_database() as url:
        raw = summary_ms(raw_notify(url, 200)[0])
        pg = summary_ms(measure(url, SQLITE_POLL_S))
    with sqlite_database() as url:
        lite = summary_ms(measure(url, SQLITE_POLL_S))
    print(f"{'path':<44}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name, s in (("raw LISTEN/NOTIFY (PostgreSQL)", raw), ("board model updated, PostgreSQL", pg),
                    (f"board model updated, SQLite ({SQLITE_POLL_S} s polling)", lite)):
        print(f"{name:<44}{s['p50']:>9}{s['p95']:>9}{s['max']:>9}")
    print("(board numbers include the writer's transaction, the event and the board query: the first change of a"
          " burst refreshes at once)")
    print(json.dumps({"pg_p50_ms": pg["p50"], "pg_p95_ms": pg["p95"], "sqlite_p50_ms": lite["p50"],
                      "sqlite_p95_ms": lite["p95"], "raw_notify_p95_ms": raw["p95"]}))


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: Qt objects collected after the application can crash it
