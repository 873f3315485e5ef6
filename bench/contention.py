"""N clients race for beds: holds won, double bookings (must be 0), throughput, vs a bare baseline.

PostgreSQL: 20 processes (one workstation each: its own Python, its own connection pool), logged in as
an operator's own login with row-level security on (what a hotline workstation does), then the same run
after the owner has disabled row-level security (`rls_off_per_s`: what the policies cost; target ≤ 20 %).
SQLite: 8 processes on one file.

Two baselines in the same run, with the same number of client processes:
- `same_work_per_s`: the same work written by hand with bare psycopg, as the same operator's login, in one
  transaction: row lock, conditional update, hold row, ledger row, NOTIFY. Target: relais-desk at least
  half of it (`vs_same_work` ≥ 0.5).
- `baseline_per_s`: only the conditional UPDATE (no hold row, no ledger, no NOTIFY): the floor of the
  database itself.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench._common import pg_database, sized, sqlite_database  # noqa: E402
from relais_desk.domain.models import BedState, Hold  # noqa: E402
from relais_desk.services import beds, partners, users  # noqa: E402
from relais_desk.services.errors import NoBedAvailable  # noqa: E402
from relais_desk.store import pg_security  # noqa: E402
from relais_desk.store.database import Database  # noqa: E402
from tests.network import SINCE, SYSTEM, small_network  # noqa: E402

BEDS = sized(400, 60)
PG_CLIENTS = sized(20, 4)
TAKE = "UPDATE bed_state SET held = held + 1 WHERE id = %s AND capacity - unavailable - occupied - held > 0"


def prepare(url: str) -> int:
    db = Database(url)
    small_network(db)
    partners.set_capacity(db, shelter="Le Rebond", category="mixte", beds=BEDS - 1, valid_from=SINCE, actor=SYSTEM,
                          kind="plan_hiver")
    beds.set_counts(db, shelter="Le Rebond", category="mixte", occupied=0, actor=SYSTEM)  # opens tonight's row
    # Each client takes one bed here before the race: connections and compiled statements are warm.
    partners.set_capacity(db, shelter=WARM_UP[0], category=WARM_UP[1], beds=1000, valid_from=SINCE, actor=SYSTEM)
    beds.set_counts(db, shelter=WARM_UP[0], category=WARM_UP[1], occupied=0, actor=SYSTEM)
    with db.read() as s:
        row_id = s.execute(select(BedState.id).where(BedState.capacity == BEDS)).scalar_one()
    db.dispose()
    return row_id


WARM_UP = ("Abri Dourlet", "hommes")
OPERATOR, OPERATOR_PASSWORD = "bench-operateur", "un banc d'essai pour la nuit"


def app_client(url: str, start: object, out: object, login: bool = False) -> None:
    db = Database(url)
    actor = SYSTEM
    if login:  # the operator's own PostgreSQL login: row-level security applies
        server = db
        db, me = users.open_session(server, OPERATOR, OPERATOR_PASSWORD)
        server.dispose()
        actor = me.actor()
    beds.hold_bed(db, shelter=WARM_UP[0], category=WARM_UP[1], actor=actor)
    attempts = won = 0
    start.wait()  # type: ignore[attr-defined]
    while True:
        attempts += 1
        try:
            beds.hold_bed(db, shelter="Le Rebond", category="mixte", actor=actor)
            won += 1
        except NoBedAvailable:
            break
    out.put((attempts, won))  # type: ignore[attr-defined]
    db.dispose()


def as_operator(url: str, start: object, out: object) -> None:
    app_client(url, start, out, login=True)


def pg_bare_client(conninfo: str, row_id: int, start: object, out: object) -> None:
    conn = psycopg.connect(conninfo, autocommit=True)
    attempts = won = 0
    start.wait()  # type: ignore[attr-defined]
    while True:
        attempts += 1
        if conn.execute(TAKE, (row_id,)).rowcount == 1:
            won += 1
        else:
            break
    out.put((attempts, won))  # type: ignore[attr-defined]
    conn.close()


LOCK = "SELECT capacity, unavailable, occupied, held FROM bed_state WHERE id = %s FOR UPDATE"
TAKE_RETURNING = (
    "UPDATE bed_state SET held = held + 1, updated_at = now() WHERE id = %s"
    " AND capacity - unavailable - occupied - held > 0"
    " RETURNING partner_id, category_id, night, capacity, unavailable, occupied, held"
)
NEW_HOLD = (
    "INSERT INTO hold (partner_id, category_id, night, status, deadline, created_at, created_by)"
    " VALUES (%s, %s, %s, 'active', now() + interval '3 hours', now(), %s) RETURNING id"
)
NEW_LEDGER = (
    "INSERT INTO ledger (at, user_id, action, entity, entity_id, partner_id, category_id, night, before, after)"
    " VALUES (now(), %s, 'hold_taken', 'bed_state', %s, %s, %s, %s, %s, %s)"
)


def same_work_client(url: str, row_id: int, start: object, out: object) -> None:
    """relais-desk's hold written by hand: one transaction, the operator's own login, bare psycopg."""
    server = Database(url)
    db, me = users.open_session(server, OPERATOR, OPERATOR_PASSWORD)
    server.dispose()
    raw = db.write_engine.raw_connection()  # the login's connection, as the app's pool opens it
    conn = raw.driver_connection
    conn.autocommit = False
    with conn.transaction():
        warm_up = conn.execute(
            "SELECT b.id FROM bed_state b JOIN partner p ON p.id = b.partner_id JOIN bed_category c"
            " ON c.id = b.category_id WHERE p.name = %s AND c.code = %s ORDER BY b.night DESC LIMIT 1", WARM_UP,
        ).fetchone()[0]
    fields = ("capacity", "unavailable", "occupied", "held")

    def take(row: int) -> bool:
        with conn.transaction():
            before = conn.execute(LOCK, (row,)).fetchone()
            after = conn.execute(TAKE_RETURNING, (row,)).fetchone()
            if after is None:
                return False
            partner_id, category_id, night, *counts = after
            hold_id = conn.execute(NEW_HOLD, (partner_id, category_id, night, me.user_id)).fetchone()[0]
            conn.execute(NEW_LEDGER, (me.user_id, row, partner_id, category_id, night,
                                      json.dumps(dict(zip(fields, before, strict=True))),
                                      json.dumps(dict(zip(fields, counts, strict=True)) | {"hold_id": hold_id})))
            conn.execute("SELECT pg_notify('relais_changes', %s)", (json.dumps({"t": "hold", "ids": [hold_id]}),))
        return True

    take(warm_up)
    attempts = won = 0
    start.wait()  # type: ignore[attr-defined]
    while True:
        attempts += 1
        if not take(row_id):
            break
        won += 1
    out.put((attempts, won))  # type: ignore[attr-defined]
    raw.close()
    db.dispose()


def sqlite_bare_client(path: str, row_id: int, start: object, out: object) -> None:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    attempts = won = 0
    start.wait()  # type: ignore[attr-defined]
    while True:
        attempts += 1
        conn.execute("BEGIN IMMEDIATE")
        n = conn.execute(TAKE.replace("%s", "?"), (row_id,)).rowcount
        conn.execute("COMMIT")
        if n == 1:
            won += 1
        else:
            break
    out.put((attempts, won))  # type: ignore[attr-defined]
    conn.close()


def reset_pg(url: str, row_id: int) -> None:
    """Give every bed back between two runs (the superuser of the bench's own database)."""
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("UPDATE hold SET status = 'released' WHERE status = 'active'")
        conn.execute("UPDATE bed_state SET held = 0 WHERE id = %s", (row_id,))


def set_rls(url: str, *, enabled: bool) -> None:
    """The owner switches row-level security off (the comparison run) or back on, on every table."""
    db = Database(url)
    with db.write_engine.begin() as conn:
        owner = pg_security.Names(db.url.database).owner
        conn.exec_driver_sql(f"SET LOCAL ROLE {pg_security.q(owner)}")
        for table in pg_security.RLS_TABLES:
            if enabled:
                conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
                conn.exec_driver_sql(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
            else:
                conn.exec_driver_sql(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
                conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    db.dispose()


def check(url: str) -> int:
    """Double bookings: beds held beyond capacity, or held counts that disagree with active holds."""
    db = Database(url)
    with db.read() as s:
        state = s.execute(select(BedState).where(BedState.capacity == BEDS)).scalar_one()
        active = s.execute(select(func.count(Hold.id)).where(  # this run's (the warm-up's are elsewhere)
            Hold.status == "active", Hold.partner_id == state.partner_id, Hold.category_id == state.category_id,
        )).scalar_one()
    db.dispose()
    over = max(0, state.unavailable + state.occupied + state.held - state.capacity)
    return over + abs(state.held - active)


def run_processes(target, args: tuple, n: int) -> tuple[int, int, float]:  # noqa: ANN001
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(n + 1), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, start, out)) for _ in range(n)]
    for p in procs:
        p.start()
    start.wait(timeout=120)
    t0 = time.perf_counter()
    results = [out.get(timeout=300) for _ in procs]
    seconds = time.perf_counter() - t0
    for p in procs:
        p.join()
    return sum(a for a, _ in results), sum(w for _, w in results), seconds


def main() -> None:
    out: dict[str, dict] = {}
    with pg_database() as url:
        row_id = prepare(url)
        db = Database(url)
        users.add_user(db, username=OPERATOR, role="operateur", password=OPERATOR_PASSWORD, actor=SYSTEM)
        db.dispose()
        attempts, won, seconds = run_processes(as_operator, (url,), PG_CLIENTS)
        doubles = check(url)
        reset_pg(url, row_id)
        _a, same_won, same_s = run_processes(same_work_client, (url, row_id), PG_CLIENTS)
        doubles += check(url)
        reset_pg(url, row_id)
        set_rls(url, enabled=False)
        _a, off_won, off_seconds = run_processes(as_operator, (url,), PG_CLIENTS)
        doubles += check(url)
        set_rls(url, enabled=True)
        reset_pg(url, row_id)
        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        _a, bare_won, bare_s = run_processes(pg_bare_client, (conninfo, row_id), PG_CLIENTS)
        per_s, same_per_s = won / seconds, same_won / same_s
        out["pg"] = {"clients": PG_CLIENTS, "attempts": attempts, "won": won, "double_bookings": doubles,
                     "per_s": round(per_s, 1), "same_work_per_s": round(same_per_s, 1),
                     "vs_same_work": round(per_s / same_per_s, 2),
                     "rls_off_per_s": round(off_won / off_seconds, 1),
                     "rls_cost": round(1 - per_s / (off_won / off_seconds), 3),
                     "baseline_per_s": round(bare_won / bare_s, 1)}
    with sqlite_database() as url:
        row_id = prepare(url)
        attempts, won, seconds = run_processes(app_client, (url,), 8)
        doubles = check(url)
        path = str(make_url(url).database)
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE bed_state SET held = 0 WHERE id = ?", (row_id,))
        _a, bare_won, bare_s = run_processes(sqlite_bare_client, (path, row_id), 8)
        out["sqlite"] = {"clients": 8, "attempts": attempts, "won": won, "double_bookings": doubles,
                         "per_s": round(won / seconds, 1), "baseline_per_s": round(bare_won / bare_s, 1)}
    print(f"{'backend':<10}{'clients':>8}{'attempts':>10}{'won':>6}{'double':>8}{'holds/s':>10}{'same/s':>10}"
          f"{'bare/s':>10}")
    for name, r in out.items():
        print(f"{name:<10}{r['clients']:>8}{r['attempts']:>10}{r['won']:>6}{r['double_bookings']:>8}"
              f"{r['per_s']:>10}{r.get('same_work_per_s', '–'):>10}{r['baseline_per_s']:>10}")
    print(f"({BEDS} beds; a relais-desk hold = lookup + row lock + conditional update + hold row + ledger row + notify)")
    pg = out["pg"]
    print(f"PostgreSQL as an operator's login: {pg['per_s']} holds/s with row-level security, "
          f"{pg['rls_off_per_s']} without (cost {pg['rls_cost']:.1%}; target at most 20 %)")
    print(f"PostgreSQL vs the same work by hand (bare psycopg, same login, same clients): {pg['vs_same_work']:.2f} "
          f"(target at least 0.5)")
    keys = ("clients", "attempts", "won", "double_bookings", "per_s", "same_work_per_s", "vs_same_work",
            "rls_off_per_s", "rls_cost", "baseline_per_s")
    print(json.dumps({k: {f: v[f] for f in keys if f in v} for k, v in out.items()}))


if __name__ == "__main__":
    main()
