"""Administration: deactivating an account asks first, naming it; the account form speaks of its own fields,
never of a command-line option (the command line still names its option)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtWidgets import QMessageBox

from relais_desk.cli import main
from relais_desk.gui.admin.screen import AdminScreen, UserDialog
from relais_desk.services import users
from relais_desk.services.errors import ShelterRequired
from relais_desk.store.database import Database
from tests.gui.conftest import make_context, make_user
from tests.network import SYSTEM


def _select(screen: AdminScreen, username: str) -> None:
    row = next(i for i, u in enumerate(screen.items) if u.username == username)
    screen.table.selectRow(row)


def test_deactivating_asks_naming_the_account_and_no_changes_nothing(qtbot, sqlite_db, monkeypatch):
    from tests.network import small_network

    small_network(sqlite_db)
    screen = AdminScreen(make_context(sqlite_db, make_user(sqlite_db, "admin2", "admin")))
    qtbot.addWidget(screen)
    users.add_user(sqlite_db, username="nadia", display_name="Nadia V.", role="operateur",
                   password="la ligne de nuit 2026", actor=SYSTEM)
    screen.refresh()
    _select(screen, "nadia")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    screen.toggle.click()
    assert "« nadia »" in asked[0] and "Nadia V." in asked[0]
    assert next(u for u in users.list_users(sqlite_db, actor=SYSTEM) if u.username == "nadia").active
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    screen.toggle.click()
    assert not next(u for u in users.list_users(sqlite_db, actor=SYSTEM) if u.username == "nadia").active
    asked.clear()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    _select(screen, "nadia")
    screen.toggle.click()  # reactivating asks nothing
    assert not asked and next(u for u in users.list_users(sqlite_db, actor=SYSTEM) if u.username == "nadia").active


def test_the_account_form_shows_no_command_line_option(qtbot, sqlite_url, capsys, monkeypatch):
    from tests.network import small_network

    db = Database(sqlite_url)
    small_network(db)
    dialog = UserDialog(make_context(db, make_user(db, "admin2", "admin")), [])
    qtbot.addWidget(dialog)
    dialog.ui.username.setText("veilleur2")
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData("abri"))
    dialog.ui.password.setText("une porte verte la nuit")
    dialog.save()
    text = dialog.ui.message.text()
    assert "choisissez son abri" in text and "--" not in text
    with pytest.raises(ShelterRequired) as err:  # the service raises a typed error naming no option
        users.add_user(db, username="x1", role="abri", password="une porte verte la nuit", actor=SYSTEM)
    assert "--" not in err.value.message and err.value.code == "shelter_required"
    db.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO("une porte verte la nuit\n"))
    assert main(["user", "add", "x2", "--role", "abri", "--password-stdin", "--db", sqlite_url]) == 2
    assert "--shelter" in capsys.readouterr().err  # the command line names its option
