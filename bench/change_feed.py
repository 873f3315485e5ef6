"""Latency from a commit on one connection to the event on another (p50/p95/max, ms).

Baselines: a bare psycopg pair in the same run (NOTIFY in a transaction, LISTEN on another
connection), with the listener on the writer's thread and on a thread of its own (as the feed is:
there the listener waits for the writer thread to release the GIL). Then relais-desk's PostgreSQL feed and its SQLite feed (data_version polling every
0.5 s, the app's setting), driven by the real bed service so the measured path is the one the
board uses. Every figure runs from the moment COMMIT is sent to the moment the subscriber is called.
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
from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench._common import pg_database, sized, sqlite_database, summary_ms  # noqa: E402
from relais_desk.services import beds  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402
from relais_desk.store.feed import Change, open_feed  # noqa: E402
from tests.network import SYSTEM, small_network  # noqa: E402

PG_COMMITS = sized(200, 20)
SQLITE_COMMITS = sized(60, 10)  # each waits a random part of the 0.5 s poll: keeps the whole run under a minute
APP_POLL_INTERVAL = 0.5
EVENT_TIMEOUT = 10


def raw_notify(url: str, n: int) -> tuple[list[float], int]:
    """Bare psycopg, listener and writer on one thread: (commit-to-notification latencies, missed)."""
    conninfo = _conninfo(url)
    missed, samples = 0, []
    with psycopg.connect(conninfo, autocommit=True) as listener, psycopg.connect(conninfo) as writer:
        listener.execute("LISTEN bench_raw")
        for i in range(n):
            writer.execute("SELECT pg_notify('bench_raw', %s)", (str(i),))
            start = time.perf_counter()
            writer.commit()
            got = None
            for _ in listener.notifies(timeout=EVENT_TIMEOUT, stop_after=1):
                got = time.perf_counter()
            if got is None:
                missed += 1
            else:
                samples.append(got - start)
    return samples, missed


def raw_notify_threaded(url: str, n: int) -> tuple[list[float], int]:
    """Bare psycopg with the listener on its own thread, like the feed (the GIL is shared with the writer)."""
    conninfo = _conninfo(url)
    got, stop, received = threading.Event(), threading.Event(), [0.0]

    def listen() -> None:
        with psycopg.connect(conninfo, autocommit=True) as listener:
            listener.execute("LISTEN bench_raw_t")
            ready.set()
            while not stop.is_set():
                for _ in listener.notifies(timeout=0.5):
                    received[0] = time.perf_counter()
                    got.set()

    ready = threading.Event()
    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    ready.wait(EVENT_TIMEOUT)
    missed, samples = 0, []
    with psycopg.connect(conninfo) as writer:
        for i in range(n):
            got.clear()
            writer.execute("SELECT pg_notify('bench_raw_t', %s)", (str(i),))
            start = time.perf_counter()
            writer.commit()
            if got.wait(EVENT_TIMEOUT):
                samples.append(received[0] - start)
            else:
                missed += 1
    stop.set()
    thread.join(5)
    return samples, missed


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def feed_latency(url: str, n: int, poll_interval: float = APP_POLL_INTERVAL) -> tuple[list[float], list[float], int]:
    """relais-desk's feed: (commit-to-callback latencies, whole write-service durations, missed)."""
    writer_db, reader_db = Database(url), Database(url)
    small_network(writer_db)
    commit_sent = [0.0]
    # Engine "commit" fires just before the DBAPI commit: the start of what the feed can promise.
    event.listen(writer_db.write_engine, "commit", lambda _conn: commit_sent.__setitem__(0, time.perf_counter()))
    got = threading.Event()
    received = [0.0]

    def on_change(change: Change) -> None:
        if change.topic == "bed_state":
            received[0] = time.perf_counter()
            got.set()

    rng = random.Random(1)
    samples, writes, missed = [], [], 0
    with open_feed(reader_db, poll_interval=poll_interval) as feed:
        feed.subscribe(on_change)
        if not feed.wait_live(EVENT_TIMEOUT):
            raise SystemExit(f"feed not live: {feed.state_message}")
        for i in range(n):
            # Writes arrive at random moments relative to the SQLite poll, as they do in real life.
            time.sleep(rng.uniform(0, poll_interval if reader_db.is_sqlite else 0.005))
            got.clear()
            start = time.perf_counter()
            beds.set_counts(writer_db, shelter="Abri Dourlet", category="hommes", occupied=i % 5, actor=SYSTEM)
            writes.append(time.perf_counter() - start)
            if got.wait(EVENT_TIMEOUT):
                samples.append(received[0] - commit_sent[0])
            else:
                missed += 1
    writer_db.dispose()
    reader_db.dispose()
    return samples, writes, missed


def main() -> None:
    t0 = time.perf_counter()
    with pg_database() as url:
        raw_samples, raw_missed = raw_notify(url, PG_COMMITS)
        rawt_samples, rawt_missed = raw_notify_threaded(url, PG_COMMITS)
        pg_samples, pg_writes, pg_missed = feed_latency(url, PG_COMMITS)
    with sqlite_database() as url:
        lite_samples, lite_writes, lite_missed = feed_latency(url, SQLITE_COMMITS)
    raw, pg, pg_write = summary_ms(raw_samples), summary_ms(pg_samples), summary_ms(pg_writes)
    rawt = summary_ms(rawt_samples)
    lite, lite_write = summary_ms(lite_samples), summary_ms(lite_writes)
    rows = (
        ("PostgreSQL raw LISTEN/NOTIFY", raw, len(raw_samples)),
        ("PostgreSQL raw, listener on a thread", rawt, len(rawt_samples)),
        ("PostgreSQL relais-desk feed", pg, len(pg_samples)),
        ("  (whole set_counts service call)", pg_write, len(pg_writes)),
        (f"SQLite relais-desk feed ({APP_POLL_INTERVAL} s poll)", lite, len(lite_samples)),
        ("  (whole set_counts service call)", lite_write, len(lite_writes)),
    )
    print(f"{'commit -> event on another connection':<40}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, s, count in rows:
        print(f"{name:<40}{count:>6}{s['p50']:>10}{s['p95']:>10}{s['max']:>10}")
    print(f"missed events (none expected): raw {raw_missed + rawt_missed}, pg feed {pg_missed}, sqlite feed {lite_missed}; "
          f"run took {time.perf_counter() - t0:.1f} s")
    out: dict[str, float | int] = {f"pg_raw_{k}_ms": v for k, v in raw.items()}
    out |= {f"pg_raw_thread_{k}_ms": v for k, v in rawt.items()}
    out |= {f"pg_feed_{k}_ms": v for k, v in pg.items()}
    out |= {f"sqlite_feed_{k}_ms": v for k, v in lite.items()}
    out |= {"pg_write_p50_ms": pg_write["p50"], "sqlite_write_p50_ms": lite_write["p50"],
            "pg_commits": PG_COMMITS, "sqlite_commits": SQLITE_COMMITS, "sqlite_poll_s": APP_POLL_INTERVAL,
            "missed": raw_missed + rawt_missed + pg_missed + lite_missed}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
