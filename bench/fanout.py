"""Many workstations listening: one bed changes, how long until every client's board shows it.

A client is what a workstation does with the database, without Qt: the store's change feed (one
LISTEN connection) and, on every change, a board refresh through its own connection pool. Clients
live in a few processes (`PROCS`), each with its own Python, so one GIL does not serialise them all.
The full run starts its own PostgreSQL server (initdb on a free port, as an unprivileged user, with
`max_connections` high enough); `--quick` uses a handful of clients on the machine's server.

Measured:
- `server_connections_per_client`: server backends per client once every client has been idle for
  longer than the pool's idle release (target at most 1: only the feed's connection stays open);
- `p50_ms`, `p95_ms`, `max_ms`: from the start of the writer's transaction to each client's board
  showing the new count, over every client and every change (target p95 ≤ 1,000 ms).
Baseline in the same run: `notify_p95_ms`, the same fan-out with raw NOTIFY only (no board query).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench._common import pg_database, sized, summary_ms  # noqa: E402

CLIENTS = sized(60, 6)
PROCS = sized(6, 2)
CHANGES = sized(10, 3)
IDLE_S, TICK_S = sized((None, None), (1.0, 0.25))  # quick: the pool's idle release shortened to fit in seconds
SHELTER, CATEGORY = "Abri Dourlet", "hommes"
VALUES = [1 + i % 4 for i in range(CHANGES)]  # each change differs from the one before


FULL_READS = os.environ.get("RELAIS_FANOUT_FULL") == "1"  # the old client, for a baseline


def host(url: str, first: int, count: int, ready: object, results: object) -> None:
    """One process holding `count` clients (ids from `first`); reports (client, change, seen_at)."""
    import threading

    from relais_desk.services import beds
    from relais_desk.store import idle_pool
    from relais_desk.store.database import Database
    from relais_desk.store.feed import open_feed

    if IDLE_S is not None:
        idle_pool.IDLE_RELEASE_S, idle_pool.REAPER_TICK_S = IDLE_S, TICK_S
    done = threading.Event()

    def client(cid: int) -> None:
        db = Database(url)
        feed = open_feed(db)
        state = {"next": 0}
        lock = threading.Lock()

        def refresh(_change: object = None) -> None:
            with lock:
                if state["next"] >= CHANGES:
                    return
                ids = getattr(_change, "ids", ()) if getattr(_change, "topic", "") == "bed_state" else ()
                # as the app's board: a change that names its bed_state rows reads only those rows
                rows = beds.board_rows(db, ids) if ids and not FULL_READS else beds.board(db)
                found = [r for r in rows if (r.shelter, r.category) == (SHELTER, CATEGORY)]
                if not found:
                    return
                row = found[0]
                if row.occupied == VALUES[state["next"]] and _change is not None:
                    results.put((cid, state["next"], time.time()))  # type: ignore[attr-defined]
                    state["next"] += 1

        feed.subscribe(refresh)
        feed.start()
        feed.wait_live(30)
        refresh()  # the first board, as a workstation opening
        ready.put(cid)  # type: ignore[attr-defined]
        done.wait()
        feed.stop()
        db.dispose()

    threads = [threading.Thread(target=client, args=(first + i,), daemon=True) for i in range(count)]
    for t in threads:
        t.start()
    done.wait()  # the parent terminates this process when every change has been seen


def notify_host(conninfo: str, first: int, count: int, ready: object, results: object) -> None:
    """The baseline: the same clients with a bare LISTEN and no board query."""
    import threading

    def client(cid: int) -> None:
        conn = psycopg.connect(conninfo, autocommit=True)
        conn.execute("LISTEN relais_bench_fanout")
        ready.put(cid)  # type: ignore[attr-defined]
        for seen, _n in enumerate(conn.notifies()):
            results.put((cid, seen, time.time()))  # type: ignore[attr-defined]
            if seen + 1 >= CHANGES:
                break
        conn.close()

    threads = [threading.Thread(target=client, args=(first + i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def start_hosts(target, args: tuple) -> tuple[list, object, object]:  # noqa: ANN001
    ctx = multiprocessing.get_context("spawn")
    ready, results = ctx.Queue(), ctx.Queue()
    per = -(-CLIENTS // PROCS)
    procs = []
    for p in range(PROCS):
        first, count = p * per, min(per, CLIENTS - p * per)
        if count > 0:
            procs.append(ctx.Process(target=target, args=(*args, first, count, ready, results), daemon=True))
    for proc in procs:
        proc.start()
    for _ in range(CLIENTS):
        ready.get(timeout=180)
    return procs, ready, results


def collect(results: object, t0: float, change: int) -> list[float]:
    seen = []
    while len(seen) < CLIENTS:
        cid, index, at = results.get(timeout=60)  # type: ignore[attr-defined]
        if index == change:
            seen.append(at - t0)
    return seen


def server_backends(conninfo: str, database: str) -> list[int]:
    """The pids of the server processes serving this database's clients."""
    with psycopg.connect(conninfo, autocommit=True) as conn:
        return [pid for (pid,) in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", (database,))]


def pss_kb(pid: int) -> int | None:
    """A server process's proportional memory (kB): its own pages plus its share of the shared ones."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def measure(url: str) -> dict:
    from relais_desk.services import beds, partners
    from relais_desk.store import idle_pool
    from relais_desk.store.database import Database
    from tests.network import SINCE, SYSTEM, small_network

    db = Database(url)
    small_network(db)
    partners.set_capacity(db, shelter=SHELTER, category=CATEGORY, beds=10, valid_from=SINCE, actor=SYSTEM)
    beds.set_counts(db, shelter=SHELTER, category=CATEGORY, occupied=0, actor=SYSTEM)
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    database = make_url(url).database
    db.dispose()  # the writer's own connections are not a client's
    procs, _ready, results = start_hosts(host, (url,))
    idle = (IDLE_S if IDLE_S is not None else idle_pool.IDLE_RELEASE_S) + 2 * (TICK_S or idle_pool.REAPER_TICK_S) + 1
    time.sleep(idle)
    backends = server_backends(conninfo, database)
    per_client = len(backends) / CLIENTS
    memory = [kb for kb in map(pss_kb, backends) if kb is not None]
    samples, first = [], []
    for i, value in enumerate(VALUES):
        t0 = time.time()
        beds.set_counts(db, shelter=SHELTER, category=CATEGORY, occupied=value, actor=SYSTEM)
        seen = collect(results, t0, i)
        first = first or seen  # after the idle wait: every client reopens a pooled connection
        samples += seen
    for proc in procs:
        proc.terminate()
    db.dispose()
    notify_procs, _r, notify_results = start_hosts(notify_host, (conninfo,))
    notify = []
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for i in range(CHANGES):
            t0 = time.time()
            conn.execute("NOTIFY relais_bench_fanout, 'x'")
            notify += collect(notify_results, t0, i)
    for proc in notify_procs:
        proc.join(30)
    board, raw = summary_ms(samples), summary_ms(notify)
    return {"clients": CLIENTS, "processes": len(procs), "changes": CHANGES,
            "p50_ms": board["p50"], "p95_ms": board["p95"], "max_ms": board["max"],
            "after_idle_p95_ms": summary_ms(first)["p95"], "notify_p95_ms": raw["p95"], "server_connections_per_client": round(per_client, 2),
            "server_mb_per_idle_client": round(sum(memory) / 1024 / CLIENTS, 2) if memory else None}


def main() -> None:
    if CLIENTS <= 20:  # the machine's server (max_connections 100) has room for a few clients
        with pg_database("relais_bench_fanout") as url:
            out = measure(url)
    else:
        out = own_server()
    print(f"{out['clients']} clients in {out['processes']} processes, {out['changes']} bed changes")
    print(f"every board shows the change: p50 {out['p50_ms']} ms, p95 {out['p95_ms']} ms, max {out['max_ms']} ms "
          f"(target p95 ≤ 1000); the first change after the idle wait: p95 {out['after_idle_p95_ms']} ms; "
          f"raw NOTIFY to the same clients: p95 {out['notify_p95_ms']} ms")
    print(f"server connections per idle client: {out['server_connections_per_client']} (target ≤ 1), "
          f"server memory (PSS) per idle client: {out['server_mb_per_idle_client']} MB")
    print(json.dumps(out))


def own_server() -> dict:
    """A server of the bench's own with room for every client (the machine's allows 100 connections)."""
    import uuid

    from relais_desk.store import migrate
    from relais_desk.store.database import Database
    from tests.pg_cluster import remove_cluster, start_cluster

    cluster = start_cluster()
    try:
        with (cluster.data / "postgresql.conf").open("a") as conf:
            conf.write(f"max_connections = {3 * CLIENTS + 20}\n")
        cluster.stop("fast")
        cluster.start()
        url = cluster.create_database(f"relais_fanout_{uuid.uuid4().hex[:6]}")
        db = Database(url)
        migrate.upgrade(db)
        db.dispose()
        return measure(url)
    finally:
        remove_cluster(cluster)


if __name__ == "__main__":
    main()
