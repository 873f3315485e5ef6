"""The PostgreSQL server dies under a running workstation (kill -9), then comes back.

The server is the test's own (tests/pg_cluster.py), never the machine's; the window is the real main
window, logged in as a shelter's account on the demo network, with its change feed and worker threads.
What is checked is what the person at the desk sees, and what the database holds afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from relais_desk import demo
from relais_desk.domain.enums import LedgerAction
from relais_desk.domain.models import LedgerEntry
from relais_desk.gui.context import AppContext
from relais_desk.gui.live import LiveFeed
from relais_desk.gui.main_window import MainWindow
from relais_desk.gui.my_shelter.screen import CategoryEditor, MyShelterScreen
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services import beds, users
from relais_desk.services import settings as network_settings
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests.conftest import own_cluster

WAIT_MS = 20_000  # generous: the bench measures how fast; this checks that it happens at all


@pytest.fixture(scope="module")
def crashable() -> Iterator[object]:
    """A server of this module's own, that the tests kill: the machine's server is never touched."""
    yield from own_cluster("KILLED-SERVER TESTS")


@pytest.fixture
def demo_url(crashable) -> Iterator[str]:  # noqa: ANN001
    """Tonight's demo network (12 shelters, its accounts) in a fresh database of the crashable server."""
    url = crashable.create_database("relais_faults")
    db = Database(url)
    migrate.upgrade(db)
    demo.generate(db, years=0)
    db.dispose()
    yield url
    if crashable.postmaster_pid() is None:  # a test that failed while the server was down
        crashable.restart()


def _counts_written(db: Database, partner_id: int, category_id: int) -> int:
    with db.read() as s:
        return s.execute(select(func.count(LedgerEntry.id)).where(
            LedgerEntry.action == LedgerAction.COUNTS_SET.value, LedgerEntry.partner_id == partner_id,
            LedgerEntry.category_id == category_id)).scalar_one()


def _occupied(db: Database, partner_id: int, category_id: int) -> int:
    return next(r.occupied for r in beds.board(db) if (r.partner_id, r.category_id) == (partner_id, category_id))


def _save(qtbot, editor: CategoryEditor, value: int) -> bool:  # noqa: ANN001
    """Type `value` as occupied beds and press Enregistrer; whether the screen said it was saved."""
    editor.occupied.setValue(value)
    editor.save.click()
    qtbot.waitUntil(lambda: editor.save.isEnabled() and (not editor.dirty or editor.error.isVisible()),
                    timeout=WAIT_MS)
    return not editor.dirty


def test_kill_9_mid_session_then_restart(qtbot, crashable, demo_url):  # noqa: ANN001
    admin = Database(demo_url)
    session_db, user = users.open_session(admin, "abri1", demo.DEMO_SHELTER_PASSWORD)  # the account's own login
    errors = ErrorHub()
    with session_db.read() as s:
        network = network_settings.get_all(s)
    live = LiveFeed(session_db)
    ctx = AppContext(db=session_db, user=user, tasks=TaskRunner(errors), errors=errors, live=live, network=network)
    window = MainWindow(ctx, idle_lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    live.start()
    beats = [0]
    heartbeat = QTimer(window, interval=10)
    heartbeat.timeout.connect(lambda: beats.__setitem__(0, beats[0] + 1))
    heartbeat.start()
    try:
        screen = window.screens["my_shelter"]
        assert isinstance(screen, MyShelterScreen)
        qtbot.waitUntil(lambda: window.live_state() == "live" and bool(screen.editors), timeout=WAIT_MS)
        editor = next(iter(screen.editors.values()))
        key = (editor.row.partner_id, editor.row.category_id)
        written_before = _counts_written(admin, *key)
        first, second, refused = [v for v in range(4) if v != editor.occupied.value()][:3]  # each a change
        saved = [v for v in (first, second) if _save(qtbot, editor, v)]
        assert saved == [first, second], editor.error.text()

        crashable.kill9()
        assert not _save(qtbot, editor, refused)  # whether or not the window had noticed yet: refused, said why
        assert editor.error.isVisible() and editor.error.offline
        assert "Pas de connexion" in editor.error.text() or "Vos chiffres restent affichés" in editor.error.text()
        qtbot.waitUntil(lambda: screen.connection_banner.isVisible(), timeout=WAIT_MS)
        assert "Connexion à la base perdue" in screen.connection_banner.text()
        assert window.live_label.text().startswith("● Hors ligne")
        assert editor.occupied.value() == refused  # the form keeps what was typed
        seen = beats[0]
        qtbot.waitUntil(lambda: beats[0] > seen + 5, timeout=WAIT_MS)  # the UI thread still runs its timers
        window.nav.setCurrentRow(window.screen_keys().index("board"))  # and screens still open
        board = window.screens["board"]
        qtbot.waitUntil(lambda: "Connexion à la base perdue" in board.banner.text(), timeout=WAIT_MS)
        window.nav.setCurrentRow(window.screen_keys().index("my_shelter"))

        crashable.restart()  # and nobody clicks anything
        qtbot.waitUntil(lambda: window.live_state() == "live" and screen.connection_banner.isHidden(),
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: editor.error.isHidden(), timeout=WAIT_MS)  # "pas de connexion" went by itself
        assert editor.occupied.value() == refused  # still what was typed, not the server's older figure
        assert _save(qtbot, editor, refused)
        saved.append(refused)

        # every save the screen called saved is there, once; the refused one is not there twice either
        assert _counts_written(admin, *key) - written_before == len(saved)
        assert _occupied(admin, *key) == saved[-1]
    finally:
        heartbeat.stop()
        live.stop()
        ctx.tasks.wait()
        session_db.dispose()
        admin.dispose()
