"""Starting the application: the login dialog shows at once and the database opens behind it, in a
worker; `relais-desk --db URL` opens that database; every start-up problem is said in French in the
login dialog, with « Réessayer » and « Quitter », never a traceback; a database that should be there and
is not is never re-created empty (issue #14, faults 1, 3, 4 and 6)."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from relais_desk.gui import app as gui_app
from relais_desk.gui.session import Sessions
from relais_desk.store import migrate
from relais_desk.store.database import Database
from tests import pg_cluster
from tests.gui.conftest import PASSWORD, make_user

WAIT_MS = 15_000


@pytest.fixture()
def started(qtbot) -> Iterator[list[Sessions]]:  # noqa: ANN001
    """The sessions loops a test starts, closed at its end."""
    loops: list[Sessions] = []
    yield loops
    for sessions in loops:
        for window in (sessions.window, sessions.login, sessions.first_run):
            if window is not None:
                window.hide()
        sessions.stop()
        if sessions.db is not None:
            sessions.db.dispose()


def _start(started: list[Sessions], url: str | None) -> Sessions:
    sessions = gui_app.start(url)
    assert sessions is not None
    started.append(sessions)
    return sessions


def _start_error(qtbot, started: list[Sessions], url: str | None) -> str:  # noqa: ANN001
    """What the login dialog says when the database named by `url` cannot be opened."""
    sessions = _start(started, url)
    login = sessions.login
    assert login is not None and login.isVisible()
    qtbot.waitUntil(lambda: not login.opening, timeout=WAIT_MS)
    assert sessions.db is None and login.isVisible()
    assert login.ok_button.text() == "Réessayer" and login.ok_button.isEnabled()
    assert login.busy.isHidden()
    message = login.ui.message.text()
    assert message and "Traceback" not in message
    return message


def test_the_login_shows_before_the_schema_check_ends(qtbot, network_db, started, monkeypatch) -> None:  # noqa: ANN001
    """Embedded: the check runs while the login shows. Shared server: it runs as the user's own login,
    after Enter, in the login's worker; the UI does not wait for it either way."""
    make_user(network_db, "karim", "operateur")
    release, checking = threading.Event(), threading.Event()
    check = migrate.ensure_schema

    def slow_check(db: Database) -> None:
        checking.set()
        assert release.wait(WAIT_MS / 1000)
        check(db)

    monkeypatch.setattr(migrate, "ensure_schema", slow_check)
    sessions = _start(started, network_db.url.render_as_string(hide_password=False))
    login = sessions.login
    try:
        assert login.isVisible()  # at once
        login.ui.username.setText("karim")  # the user may type meanwhile
        login.ui.password.setText(PASSWORD)
        if network_db.is_sqlite:
            assert login.opening
            assert checking.wait(WAIT_MS / 1000)
            assert login.busy.isVisible() and "Ouverture de la base" in login.busy_label.text()
            assert not login.ok_button.isEnabled()
            release.set()
        qtbot.waitUntil(lambda: not login.opening, timeout=WAIT_MS)
        assert login.ok_button.isEnabled() and login.busy.isHidden() and login.ui.message.text() == ""
        if network_db.is_sqlite:  # (a shared server's settings are read as the user, after the login)
            assert login.ui.networkLabel.text() == sessions.network["network_name"]
        login.ok_button.click()
        if not network_db.is_sqlite:
            assert checking.wait(WAIT_MS / 1000)
            assert login.isVisible() and sessions.window is None and login.ui.message.text() == "Vérification…"
            release.set()
    finally:
        release.set()
    qtbot.waitUntil(lambda: sessions.window is not None and sessions.window.isVisible(), timeout=WAIT_MS)
    assert "karim" in sessions.window.user_label.text()


def test_the_gui_opens_the_database_named_by_db_and_refuses_a_missing_one(qtbot, started, tmp_path: Path) -> None:  # noqa: ANN001
    missing = tmp_path / "ailleurs.sqlite3"
    message = _start_error(qtbot, started, f"sqlite:///{missing}")
    assert str(missing) in message and "n'existe pas" in message
    assert not missing.exists()


def test_retry_opens_the_database_once_it_is_back_and_quit_quits(qtbot, started, sqlite_url: str,  # noqa: ANN001
                                                                 tmp_path: Path) -> None:
    away = tmp_path / "rangee.sqlite3"
    path = Path(make_url(sqlite_url).database or "")
    make_user(Database(sqlite_url), "karim", "operateur")
    shutil.move(path, away)
    assert "n'existe pas" in _start_error(qtbot, started, sqlite_url)
    sessions = started[0]
    shutil.move(away, path)  # put back where it belongs
    sessions.login.ok_button.click()  # « Réessayer »
    qtbot.waitUntil(lambda: sessions.db is not None, timeout=WAIT_MS)
    assert sessions.login.ok_button.text() == "Se connecter" and sessions.login.ui.message.text() == ""
    with qtbot.waitSignal(sessions.finished, timeout=WAIT_MS):
        sessions.login.reject()  # « Quitter »


def test_a_remembered_embedded_file_that_vanished_is_not_recreated(qtbot, started, tmp_path: Path,  # noqa: ANN001
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from relais_desk.store import config

    monkeypatch.delenv("RELAIS_DB_URL", raising=False)
    path = tmp_path / "poste.sqlite3"
    config.save(config.WorkstationConfig(backend="sqlite", sqlite_path=str(path)))  # the workstation's own file
    message = _start_error(qtbot, started, None)
    assert "sauvegarde" in message and str(config.config_path()) in message
    assert not path.exists()


def test_a_damaged_file_is_said_naming_the_file_and_the_backup(qtbot, started, sqlite_url: str) -> None:  # noqa: ANN001
    path = Path(make_url(sqlite_url).database or "")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):  # scribble over a few b-tree pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    message = _start_error(qtbot, started, sqlite_url)
    assert str(path) in message and "db backup" in message


def _read_only(path: Path) -> None:
    """As the system would have it: a file this program may not write (root ignores modes: immutable)."""
    path.chmod(0o400)
    if shutil.which("chattr") is None or path.stat().st_uid != 0:
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("this file system cannot make a file read-only for root (chattr +i)")


def test_a_read_only_file_is_said(qtbot, started, sqlite_url: str) -> None:  # noqa: ANN001
    path = Path(make_url(sqlite_url).database or "")
    _read_only(path)
    try:
        message = _start_error(qtbot, started, sqlite_url)
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
    assert str(path) in message and "lecture seule" in message


def test_a_server_nobody_answers_is_said(qtbot, started) -> None:  # noqa: ANN001
    port = pg_cluster.free_port()
    message = _start_error(qtbot, started, f"postgresql://127.0.0.1:{port}/relais")
    assert "Impossible de joindre le serveur" in message and str(port) in message


def test_an_unknown_database_on_the_server_is_named(qtbot, started, pg_server_url: str) -> None:  # noqa: ANN001
    url = make_url(pg_server_url).set(database="pas_de_base_ici").render_as_string(hide_password=False)
    message = _start_error(qtbot, started, url)
    assert "la base « pas_de_base_ici » n'existe pas" in message


def test_a_refused_login_is_said(qtbot, started, scram_cluster) -> None:  # noqa: ANN001
    url = f"postgresql://postgres:pas-le-bon@127.0.0.1:{scram_cluster.port}/postgres"
    message = _start_error(qtbot, started, url)
    assert "refuse l'identifiant « postgres »" in message


def test_an_embedded_database_without_accounts_asks_for_its_administrator_then_the_login(
        qtbot, started, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from relais_desk.services import users
    from relais_desk.store import config

    monkeypatch.delenv("RELAIS_DB_URL", raising=False)
    path = tmp_path / "neuve.sqlite3"
    fresh = Database(f"sqlite:///{path}")
    migrate.upgrade(fresh)  # `relais-desk db upgrade`: a schema, no account yet
    fresh.dispose()
    sessions = _start(started, f"sqlite:///{path}")
    qtbot.waitUntil(lambda: sessions.first_run is not None and sessions.first_run.isVisible(), timeout=WAIT_MS)
    first = sessions.first_run
    assert not sessions.login.isVisible() and not first.ui.server.isEnabled()
    first.ui.adminUser.setText("claire")
    first.ui.adminName.setText("Claire")
    first.ui.adminPassword.setText(PASSWORD)
    first.ui.adminPassword2.setText(PASSWORD)
    first.finish()
    login = sessions.login
    qtbot.waitUntil(lambda: login.isVisible() and not login.opening and sessions.db is not None, timeout=WAIT_MS)
    assert users.count_users(sessions.db) == 1  # in the file named by --db
    assert not config.config_path().exists()  # --db named it: the workstation's own choice is unchanged
    login.ui.username.setText("claire")
    login.ui.password.setText(PASSWORD)
    login.ok_button.click()
    qtbot.waitUntil(lambda: sessions.window is not None and sessions.window.isVisible(), timeout=WAIT_MS)


def test_quitting_while_the_database_opens_quits(qtbot, sqlite_url: str, started, monkeypatch) -> None:  # noqa: ANN001
    release = threading.Event()
    check = migrate.ensure_schema
    monkeypatch.setattr(migrate, "ensure_schema", lambda db: (release.wait(WAIT_MS / 1000), check(db)))
    sessions = _start(started, sqlite_url)
    assert sessions.login.opening
    threading.Timer(0.2, release.set).start()  # the check ends while the app is quitting
    with qtbot.waitSignal(sessions.finished, timeout=WAIT_MS):
        sessions.login.reject()  # « Quitter », before the database is open
    qtbot.wait(50)
    assert sessions.db is None and sessions.window is None and sessions.first_run is None
