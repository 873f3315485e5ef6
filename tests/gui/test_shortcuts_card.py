"""The shortcut table is what the windows bind, and the keyboard card (one A4 page) lists every row of it."""

from __future__ import annotations

import re

import pypdf
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from relais_desk.gui import keyboard_card, shortcuts
from relais_desk.gui.main_window import MainWindow
from tests.gui.conftest import make_context, make_user


def _bound(window: MainWindow) -> set[str]:
    portable = QKeySequence.SequenceFormat.PortableText
    keys = {seq.toString(portable) for action in window.findChildren(QAction) for seq in action.shortcuts()}
    keys |= {s.key().toString(portable) for s in window.findChildren(QShortcut)}
    return keys - {""}


def test_every_key_the_windows_bind_is_a_row_of_the_table(qtbot, sqlite_db):
    from tests.network import small_network

    network_db = sqlite_db  # the bindings do not depend on the backend
    small_network(network_db)
    portable = QKeySequence.SequenceFormat.PortableText
    table = {QKeySequence(k).toString(portable) for s in shortcuts.TABLE if s.bound in ("action", "shortcut")
             for k in s.keys}
    seen: set[str] = set()
    for role in ("operateur", "abri", "coordination", "admin"):
        user = make_user(network_db, f"{role}1", role, "Abri Dourlet" if role == "abri" else None)
        window = MainWindow(make_context(network_db, user))
        qtbot.addWidget(window)
        bound = _bound(window)
        assert bound <= table, (role, bound - table)
        seen |= bound
        window.close()
    unused = {k for k in table - seen if not re.fullmatch(r"Ctrl\+[7-9]", k)}  # only six screens today
    assert not unused  # a row nobody binds would print a shortcut that does nothing


def test_the_keyboard_card_is_one_page_listing_every_shortcut(tmp_path):
    path = keyboard_card.write_card(tmp_path / "raccourcis.pdf")
    pages = pypdf.PdfReader(path).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    for s in shortcuts.TABLE:
        assert shortcuts.keys_text(s) in text, s.name
        assert " ".join(s.does.split()) in text, s.name
    assert "Ctrl+Maj+R" in text and "Échap" in text


def test_f1_shows_the_same_table_in_the_application(qtbot, sqlite_db):
    from PySide6.QtWidgets import QMessageBox

    from tests.network import small_network

    small_network(sqlite_db)
    window = MainWindow(make_context(sqlite_db, make_user(sqlite_db, "oper", "operateur")))
    qtbot.addWidget(window)
    window.show_shortcuts()
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None and "Ctrl+Maj+R" in box.text() and "Noter un refus faute de place" in box.text()
    box.close()
