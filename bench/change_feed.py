"""Latency from a commit on one connection to the event on another (p50/p95/max, ms).

Baseline: a bare psycopg LISTEN/NOTIFY pair in the same run. Then relais-desk's PostgreSQL feed
and its SQLite feed (data_version polling every 0.5 s, the app's setting), each driven by the
real bed service so the measured path is the one the board uses.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench._common import pg_database, sqlite_database, summary_ms  # noqa: E402
from relais_desk.services import beds  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402
from relais_desk.store.feed import open_feed  # noqa: E402
from tests.network import SYSTEM, small_network  # noqa: E402

N = 200


def raw_notify(url: str, n: int) -> list[float]:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listener = psycopg.connect(conninfo, autocommit=True)
    listener.execute("LISTEN bench_raw")
    writer = psycopg.connect(conninfo, autocommit=True)
    samples = []
    for i in range(n):
        start = time.perf_counter()
        writer.execute("SELECT pg_notify('bench_raw', %s)", (str(i),))
        for _ in listener.notifies(timeout=5, stop_after=1):
            break
        samples.append(time.perf_counter() - start)
    listener.close()
    writer.close()
    return samples


def feed_latency(url: str, n: int, poll_interval: float = 0.5) -> tuple[list[float], list[float]]:
    """(commit-to-event latencies, write-transaction durations). Writes come at random moments."""
    writer_db, reader_db = Database(url), Database(url)
    small_network(writer_db)
    got = threading.Event()
    feed = open_feed(reader_db, poll_interval=poll_interval)
    feed.subscribe(lambda change: got.set() if change.topic == "bed_state" else None)
    feed.start()
    feed.wait_live(10)
    rng = random.Random(1)
    samples, writes = [], []
    for i in range(n):
        time.sleep(rng.uniform(0, poll_interval if reader_db.is_sqlite else 0.01))
        got.clear()
        start = time.perf_counter()
        beds.set_counts(writer_db, shelter="Abri Dourlet", category="hommes", occupied=i % 5, actor=SYSTEM)
        writes.append(time.perf_counter() - start)
        if got.wait(10):
            samples.append(time.perf_counter() - start)
    feed.stop()
    writer_db.dispose()
    reader_db.dispose()
    return samples, writes


def main() -> None:
    with pg_database() as url:
        raw = summary_ms(raw_notify(url, N))
        pg_samples, pg_writes = feed_latency(url, N)
        pg, pg_write = summary_ms(pg_samples), summary_ms(pg_writes)
    with sqlite_database() as url:
        lite_samples, lite_writes = feed_latency(url, N // 2)
        lite, lite_write = summary_ms(lite_samples), summary_ms(lite_writes)
    print(f"{'path':<34}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, s in (("PostgreSQL raw LISTEN/NOTIFY", raw), ("PostgreSQL relais-desk feed", pg),
                    ("  of which the write transaction", pg_write), ("SQLite relais-desk feed (0.5 s)", lite),
                    ("  of which the write transaction", lite_write)):
        print(f"{name:<34}{s['p50']:>10}{s['p95']:>10}{s['max']:>10}")
    print("(feed numbers run from the start of the bed service's write transaction to the event;"
          " writes arrive at random moments)")
    out = {f"pg_raw_{k}_ms": v for k, v in raw.items()}
    out |= {f"pg_feed_{k}_ms": v for k, v in pg.items()}
    out |= {f"sqlite_feed_{k}_ms": v for k, v in lite.items()}
    out |= {"pg_write_p50_ms": pg_write["p50"], "sqlite_write_p50_ms": lite_write["p50"]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
