"""DESIGN.md §4, items 1–2, at the service level: no double booking, one ledger row per change."""

from __future__ import annotations

import json
import multiprocessing
import threading
from datetime import timedelta

from sqlalchemy import func, select

from relais_desk.domain.models import BedState, Hold, LedgerEntry
from relais_desk.domain.nights import utcnow
from relais_desk.services import beds, partners, users
from relais_desk.services.errors import NoBedAvailable
from relais_desk.store.database import Database
from tests.network import SINCE, SYSTEM

FREE = 7  # beds left at "Le Rebond" (mixte) when the race starts


def _prepare(db: Database, free: int) -> None:
    partners.set_capacity(db, shelter="Le Rebond", category="mixte", beds=free - 1, valid_from=SINCE, actor=SYSTEM,
                          kind="plan_hiver")  # 1 base + (free - 1) extra = `free` beds tonight
    assert next(r for r in beds.board(db) if r.shelter == "Le Rebond").free == free


def _race_worker(url: str, attempts: int, barrier: object, results: object) -> None:
    db = Database(url)
    won = lost = 0
    try:
        barrier.wait()  # type: ignore[attr-defined]
        for _ in range(attempts):
            try:
                beds.hold_bed(db, shelter="Le Rebond", category="mixte", actor=SYSTEM)
                won += 1
            except NoBedAvailable:
                lost += 1
    finally:
        results.put((won, lost))  # type: ignore[attr-defined]
        db.dispose()


def _assert_exactly(db: Database, free: int) -> None:
    row = next(r for r in beds.board(db) if r.shelter == "Le Rebond")
    assert (row.held, row.free) == (free, 0)
    with db.read() as s:
        assert s.execute(select(func.count(Hold.id)).where(Hold.status == "active")).scalar_one() == free
        assert s.execute(select(func.count(LedgerEntry.id)).where(LedgerEntry.action == "hold_taken")).scalar_one() == free
        assert s.execute(select(func.min(BedState.capacity - BedState.unavailable - BedState.occupied
                                         - BedState.held))).scalar_one() >= 0


def test_twenty_threads_race_for_the_last_beds_on_postgresql(pg_db, pg_url):
    from tests.network import small_network

    small_network(pg_db)
    _prepare(pg_db, FREE)
    import queue

    barrier, results = threading.Barrier(20), queue.Queue()
    threads = [threading.Thread(target=_race_worker, args=(pg_url, 2, barrier, results)) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    outcomes = [results.get() for _ in threads]
    assert sum(w for w, _ in outcomes) == FREE
    assert sum(w + lost for w, lost in outcomes) == 40
    _assert_exactly(pg_db, FREE)


def test_eight_processes_race_for_the_last_beds_on_sqlite(sqlite_db, sqlite_url):
    from tests.network import small_network

    small_network(sqlite_db)
    _prepare(sqlite_db, FREE)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(8), ctx.Queue()
    procs = [ctx.Process(target=_race_worker, args=(sqlite_url, 3, barrier, results)) for _ in range(8)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert sum(w for w, _ in outcomes) == FREE
    assert sum(w + lost for w, lost in outcomes) == 24
    _assert_exactly(sqlite_db, FREE)


def _ledger(db: Database) -> list[LedgerEntry]:
    with db.read() as s:
        return list(s.execute(select(LedgerEntry).order_by(LedgerEntry.id)).scalars())


def test_every_change_leaves_exactly_one_ledger_row_holding_the_new_state(network_db):
    def one_more(change, *, action: str, entity: str):  # noqa: ANN001, ANN202
        before = len(_ledger(network_db))
        result = change()
        rows = _ledger(network_db)
        assert len(rows) == before + 1, action
        assert (rows[-1].action, rows[-1].entity) == (action, entity)
        return result, json.loads(rows[-1].after) if rows[-1].after else None

    def board_row(shelter: str, category: str):  # noqa: ANN202
        return next(r for r in beds.board(network_db) if (r.shelter, r.category) == (shelter, category))

    _, after = one_more(lambda: beds.set_counts(network_db, shelter="Abri Dourlet", category="hommes", occupied=2,
                                                actor=SYSTEM), action="counts_set", entity="bed_state")
    assert after["occupied"] == board_row("Abri Dourlet", "hommes").occupied == 2
    h1, after = one_more(lambda: beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM),
                         action="hold_taken", entity="bed_state")
    assert after["held"] == 1 and after["hold_id"] == h1.hold_id
    h2 = beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM)
    h3 = beds.hold_bed(network_db, shelter="Abri Dourlet", category="hommes", actor=SYSTEM,
                       now=utcnow(), deadline=utcnow() + timedelta(minutes=1))
    _, after = one_more(lambda: beds.release_hold(network_db, h1.hold_id, actor=SYSTEM),
                        action="hold_released", entity="bed_state")
    assert after["held"] == 2
    _, after = one_more(lambda: beds.mark_arrived(network_db, h2.hold_id, actor=SYSTEM),
                        action="hold_arrived", entity="bed_state")
    assert (after["held"], after["occupied"]) == (1, 3)
    _, after = one_more(lambda: beds.expire_holds(network_db, now=utcnow() + timedelta(minutes=5)),
                        action="hold_expired", entity="bed_state")
    assert after["held"] == 0 and after["hold_id"] == h3.hold_id
    cap_id, after = one_more(lambda: partners.set_capacity(network_db, shelter="Le Rebond", category="mixte",
                                                           beds=2, valid_from=SINCE, actor=SYSTEM, kind="plan_hiver"),
                             action="capacity_set", entity="capacity")
    assert after["beds"] == 2
    one_more(lambda: partners.retire_capacity(network_db, cap_id, actor=SYSTEM), action="capacity_set",
             entity="capacity")
    one_more(lambda: partners.update_partner(network_db, "Le Rebond", phone="071 99 99 99", actor=SYSTEM),
             action="partner_saved", entity="partner")
    one_more(lambda: users.add_user(network_db, username="nina", role="operateur", password="Nina-motdepasse-9",
                                    actor=SYSTEM), action="user_saved", entity="user")


def test_capacity_change_tonight_resizes_the_open_night_with_its_own_ledger_row(network_db):
    beds.set_counts(network_db, shelter="Le Rebond", category="mixte", occupied=1, actor=SYSTEM)
    before = len(_ledger(network_db))
    partners.set_capacity(network_db, shelter="Le Rebond", category="mixte", beds=3, valid_from=SINCE,
                          actor=SYSTEM, kind="plan_hiver")
    rows = _ledger(network_db)[before:]
    assert [(r.entity, r.action) for r in rows] == [("capacity", "capacity_set"), ("bed_state", "capacity_set")]
    assert json.loads(rows[-1].after)["capacity"] == 4
    assert next(r for r in beds.board(network_db) if r.shelter == "Le Rebond").free == 3
