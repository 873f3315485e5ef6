"""The board follows changes at once, and a burst of changes costs two reads, never a queue of them."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal

from relais_desk.gui.board.screen import BoardScreen
from relais_desk.services import beds
from relais_desk.store.feed import Change
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM, small_network


class FakeLive(QObject):  # the LiveFeed's signal, emitted by the test (the database and the board are real)
    changed = Signal(object)


def test_a_change_reads_at_once_and_a_burst_reads_once_more(qtbot, sqlite_db, monkeypatch):
    small_network(sqlite_db)
    live = FakeLive()
    ctx = make_context(sqlite_db, make_user(sqlite_db, "ope1", "operateur"), live=live, synchronous=False)
    screen = BoardScreen(ctx)
    qtbot.addWidget(screen)
    reads: list[float] = []
    release = threading.Event()
    real_board = beds.board

    def slow_board(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        reads.append(time.perf_counter())
        release.wait(5)  # the read stays under way while the burst arrives
        return real_board(*args, **kwargs)

    monkeypatch.setattr(beds, "board", slow_board)
    beds.set_counts(sqlite_db, shelter="Abri Dourlet", category="hommes", occupied=3, actor=SYSTEM)
    started = time.perf_counter()
    live.changed.emit(Change("bed_state"))  # no ids: the whole board
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=5000)
    assert reads[0] - started < 0.5  # at once, not after a coalescing delay
    for _ in range(40):  # a sweep: forty changes while the first read is under way
        live.changed.emit(Change("capacity", (1,)))
    release.set()
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=5000)
    qtbot.wait(300)
    ctx.tasks.wait()
    assert len(reads) == 2
    row = next(r for r in screen.model.rows if (r.shelter, r.category) == ("Abri Dourlet", "hommes"))
    assert row.occupied == 3


def test_a_named_change_updates_only_its_row(qtbot, sqlite_db):
    small_network(sqlite_db)
    live = FakeLive()
    ctx = make_context(sqlite_db, make_user(sqlite_db, "ope1", "operateur"), live=live, synchronous=False)
    screen = BoardScreen(ctx)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen.refresh()
    resets, changed = [], []
    screen.model.modelReset.connect(lambda: resets.append(1))
    screen.model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    row = beds.set_counts(sqlite_db, shelter="Abri Dourlet", category="hommes", occupied=2, actor=SYSTEM)
    from sqlalchemy import select

    from relais_desk.domain.models import BedState
    with sqlite_db.read() as s:
        bid = s.execute(select(BedState.id).where(BedState.partner_id == row.partner_id,
                                                  BedState.category_id == row.category_id,
                                                  BedState.night == row.night)).scalar_one()
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        live.changed.emit(Change("bed_state", (bid,)))
    at = screen.model.row_of(row.key)
    assert resets == [] and changed == [(at, at)]
    assert screen.model.rows[at].occupied == 2
