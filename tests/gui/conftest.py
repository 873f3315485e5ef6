"""GUI test harness: one QApplication (pytest-qt), settings in a temporary folder, French UI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from relais_desk.gui.context import AppContext
from relais_desk.gui.tasks import ErrorHub, TaskRunner
from relais_desk.services import settings as network_settings
from relais_desk.services import users
from relais_desk.store.database import Database
from tests.network import SYSTEM


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp, monkeypatch) -> Iterator[None]:
    from relais_desk.gui.app import install_translations

    monkeypatch.setenv("RELAIS_CONFIG_DIR", str(tmp_path / "config"))  # this test's own workstation (throttle…)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("Relais sociaux (tests)")
    qapp.setApplicationName("relais-desk-tests")
    install_translations(qapp, "fr")
    yield


PASSWORD = "lanterne-rouge-abri-7"  # what make_user's accounts log in with (passes the policy)


def make_user(db: Database, username: str, role: str, shelter: str | None = None):  # noqa: ANN201
    users.add_user(db, username=username, role=role, password=PASSWORD, shelter=shelter, actor=SYSTEM)
    return users.authenticate(db, username, PASSWORD)


def make_context(db: Database, user, *, live=None, synchronous: bool = True) -> AppContext:  # noqa: ANN001
    errors = ErrorHub()
    with db.read() as session:
        network = network_settings.get_all(session)
    return AppContext(db=db, user=user, tasks=TaskRunner(errors, synchronous=synchronous), errors=errors,
                      live=live, network=network)


@pytest.fixture(params=["sqlite", "scram"])
def checked_db(request):  # noqa: ANN001, ANN201
    """The small network on a database whose server really checks passwords (the machine's PostgreSQL
    trusts every local login, so a wrong password would get in there)."""
    from tests.network import small_network

    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "scram_url")
    db = Database(url)
    small_network(db)
    yield db
    db.dispose()
