"""A network setting changed on one workstation (or at the command line) applies at once on every open one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest

from relais_desk.gui.context import AppContext
from relais_desk.gui.live import LiveFeed
from relais_desk.gui.main_window import MainWindow
from relais_desk.services import settings
from relais_desk.services.login_throttle import LoginThrottle
from relais_desk.store.database import Database
from tests.gui.conftest import PASSWORD, make_context, make_user
from tests.network import small_network

WAIT_MS = 15_000


@contextmanager
def workstation(qtbot, url: str, username: str, role: str) -> Iterator[tuple[MainWindow, AppContext]]:  # noqa: ANN001
    """A main window of its own (database, live feed, task runner), as on another PC of the network."""
    db = Database(url)
    user = make_user(db, username, role)
    live = LiveFeed(db, poll_interval=0.1)
    ctx = make_context(db, user, live=live, synchronous=False)
    window = MainWindow(ctx, throttle=LoginThrottle())
    qtbot.addWidget(window)
    window.show()
    live.start()
    qtbot.waitUntil(lambda: live.state.value == "live", timeout=WAIT_MS)
    try:
        yield window, ctx
    finally:
        live.stop()
        qtbot.wait(250)  # a debounced refresh (the finder's, 200 ms) may still start: let it, and answer
        ctx.tasks.wait()
        qtbot.wait(10)  # its answer delivered while the window exists
        window.close()
        db.dispose()


@pytest.fixture(params=["sqlite", "pg"])
def shared_url(request) -> str:  # noqa: ANN001
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    db = Database(url)
    small_network(db)
    db.dispose()
    return url


def test_a_change_on_one_workstation_applies_on_the_other_without_a_restart(qtbot, shared_url):
    with workstation(qtbot, shared_url, "coord", "coordination") as (office, office_ctx), \
            workstation(qtbot, shared_url, "nuit", "operateur") as (desk, desk_ctx):
        assert desk.windowTitle() == "relais-desk — Relais social"
        assert desk.idle.timer.interval() == 10 * 60_000
        board = desk.screens["board"]
        assert board.model.stale_after == timedelta(hours=12)
        alerts: list[str] = []
        board.saturation.connect(lambda category, _free: alerts.append(category))
        board.refresh()
        qtbot.waitUntil(lambda: len(board.model.rows) == 5, timeout=WAIT_MS)
        assert "Hommes" not in alerts  # 5 free men's beds: no alert at the default threshold of 3

        # the coordinator changes them, from the office workstation
        for key, value in (("network_name", "Relais social de Charleroi"), ("idle_lock_minutes", "1"),
                           ("stale_after_hours", "2"), ("saturation_threshold", "6")):
            office_ctx.tasks.run(lambda k=key, v=value: settings.set_value(office_ctx.db, k, v,
                                                                           actor=office_ctx.actor))

        qtbot.waitUntil(lambda: desk.windowTitle() == "relais-desk — Relais social de Charleroi", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: desk.idle.timer.interval() == 60_000 and board.model.stale_after == timedelta(hours=2)
                        and desk_ctx.setting_int("saturation_threshold", 3) == 6, timeout=WAIT_MS)
        assert desk.idle.timer.isActive()  # counting the new idle time
        qtbot.waitUntil(lambda: "Hommes" in alerts, timeout=WAIT_MS)  # 5 free men's beds: under 6 now
        # and the office itself, which made the change, follows too
        qtbot.waitUntil(lambda: office.windowTitle() == "relais-desk — Relais social de Charleroi", timeout=WAIT_MS)

        office_ctx.tasks.run(lambda: settings.set_value(office_ctx.db, "idle_lock_minutes", "0", actor=office_ctx.actor))
        qtbot.waitUntil(lambda: desk_ctx.setting_int("idle_lock_minutes", 10) == 0, timeout=WAIT_MS)
        assert not desk.idle.timer.isActive()  # 0: this workstation never locks by itself any more
        assert not desk.locked


def test_a_change_at_the_command_line_reaches_an_open_workstation(qtbot, shared_url, capsys):
    from relais_desk.cli import main

    with workstation(qtbot, shared_url, "admin", "admin") as (window, ctx):
        assert main(["settings", "set", "mask_threshold", "5", "--db", shared_url]) == 0
        assert main(["settings", "set", "network_name", "Relais social du Centre", "--db", shared_url]) == 0
        qtbot.waitUntil(lambda: window.windowTitle() == "relais-desk — Relais social du Centre", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: ctx.setting_int("mask_threshold", 3) == 5, timeout=WAIT_MS)  # what exports mask with
        assert main(["settings", "set", "hold_deadline", "demain", "--db", shared_url]) == 2
        err = capsys.readouterr().err
        assert "Heure invalide" in err and len(err.strip().splitlines()) == 1



def test_the_login_after_change_user_shows_the_network_name_followed_live(qtbot, network_db):
    from tests.gui.test_sessions import _close_all, _sessions, _sign_in

    make_user(network_db, "claire", "coordination")
    sessions = _sessions(qtbot, network_db)
    try:
        _sign_in(sessions.login, "claire", PASSWORD)
        window = sessions.window
        settings.set_value(network_db, "network_name", "Relais social de Mons-Borinage", actor=window.ctx.actor)
        window.ctx.network_watch.reload()  # what a "setting" change on the feed does
        assert window.windowTitle() == "relais-desk — Relais social de Mons-Borinage"
        window.change_user_action.trigger()
        qtbot.waitUntil(lambda: sessions.login is not None and sessions.login.isVisible(), timeout=WAIT_MS)
        assert sessions.login.ui.networkLabel.text() == "Relais social de Mons-Borinage"
    finally:
        _close_all(sessions)


def test_an_open_call_follows_the_new_deadline_and_stale_rule(qtbot, shared_url):
    from relais_desk.domain.nights import to_local
    from relais_desk.services import beds
    from tests.network import SYSTEM

    def shown_deadline(db: Database) -> str:
        return to_local(beds.suggested_deadline(db)).strftime("%H:%M")

    def dourlet():  # noqa: ANN202
        return next((m for m in intake.finder.matches if (m.shelter, m.category) == ("Abri Dourlet", "hommes")), None)

    with workstation(qtbot, shared_url, "nuit", "operateur") as (desk, ctx):
        beds.set_counts(ctx.db, shelter="Abri Dourlet", category="hommes", occupied=1, actor=SYSTEM)  # counted now
        desk.new_call()
        intake = desk.screens["calls"].intake
        intake.gender.setCurrentIndex(intake.gender.findData("homme"))
        qtbot.waitUntil(lambda: dourlet() is not None and not dourlet().stale, timeout=WAIT_MS)
        assert intake.finder.deadline.dateTime().toString("HH:mm") == shown_deadline(ctx.db)  # 22:00, or +2 h
        elsewhere = Database(shared_url)
        settings.set_value(elsewhere, "hold_deadline", "11:50", actor=SYSTEM)
        settings.set_value(elsewhere, "stale_after_hours", "0", actor=SYSTEM)
        elsewhere.dispose()
        qtbot.waitUntil(lambda: dourlet() is not None and dourlet().stale, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: intake.finder.deadline.dateTime().toString("HH:mm") == shown_deadline(ctx.db),
                        timeout=WAIT_MS)  # next morning 11:50 (unless it is 11:50 already: then in 2 h)
        assert shown_deadline(ctx.db) != "22:00"
        intake.abandon(confirm=False)
