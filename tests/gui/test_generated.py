"""Generated forms, resources and translations are up to date and complete; the UI speaks French."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTableView, QTableWidget

from relais_desk.gui import build_forms
from relais_desk.gui.app import install_translations
from relais_desk.gui.main_window import MainWindow
from tests.gui.conftest import make_context, make_user

ENGLISH_WORDS = {"save", "cancel", "free", "beds", "shelter", "category", "updated", "partners", "password",
                 "username", "role", "held", "occupied", "arrivals", "refusal", "live", "offline", "network",
                 "axis", "phone", "town", "new", "edit", "add", "deactivate", "my"}


def test_forms_resources_and_translations_are_not_stale():
    assert build_forms.stale() == [], "run `make forms` and commit the result"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_translations_are_complete(lang):
    root = ET.parse(build_forms.TRANSLATIONS / f"relais_desk_{lang}.ts").getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    assert sum(1 for _ in root.iter("message")) > 100


def visible_texts(widget) -> list[str]:  # noqa: ANN001
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        texts.append(child.text())
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    for child in widget.findChildren(QLineEdit):
        texts.append(child.placeholderText())
    for view in widget.findChildren(QTableView):
        model = view.model()
        texts += [str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
                  for c in range(model.columnCount())]
    for table in widget.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c)]
    return [t for t in texts if t]


def _windows(db):  # noqa: ANN001, ANN202
    for role, shelter in (("admin", None), ("abri", "Abri Dourlet"), ("operateur", None)):
        window = MainWindow(make_context(db, make_user(db, f"t_{role}", role, shelter=shelter)))
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
        yield window


def test_every_visible_string_of_the_main_screens_is_french(qtbot, network_db):
    for window in _windows(network_db):
        qtbot.addWidget(window)
        for text in visible_texts(window):
            words = {w.strip(".:…()●,").lower() for w in text.replace("—", " ").split()}
            assert not (words & ENGLISH_WORDS), f"English left in the French UI: {text!r}"


def test_english_is_available(qtbot, network_db, qapp):
    root = ET.parse(build_forms.TRANSLATIONS / "relais_desk_en.ts").getroot()
    french_only = {m.find("source").text for m in root.iter("message")
                   if m.get("numerus") != "yes" and m.find("translation").text != m.find("source").text}
    install_translations(qapp, "en")
    try:
        for window in _windows(network_db):
            qtbot.addWidget(window)
            texts = visible_texts(window)
            assert "Beds" in texts or "My shelter" in [window.nav.item(i).text() for i in range(window.nav.count())]
            assert not (set(texts) & french_only), set(texts) & french_only
    finally:
        install_translations(qapp, "fr")
