"""*Nouvel appel* by keyboard: Tab in the order the eye reads, words never tick a box, dates typed whole."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QWidget

from relais_desk.domain.nights import to_local, utcnow
from relais_desk.gui.calls.intake import CallIntake
from relais_desk.gui.calls.journal import CallJournal
from relais_desk.gui.calls.slip_print import SlipPreview
from tests.gui.conftest import make_context, make_user
from tests.gui.keys import Keyboard, Mod, activate
from tests.gui.test_export_names import documents_folder

WAIT_MS = 15_000
K = Qt.Key


def _intake(qtbot, db) -> CallIntake:  # noqa: ANN001
    intake = CallIntake(make_context(db, make_user(db, "oper", "operateur")))
    qtbot.addWidget(intake)
    intake.resize(1366, 760)
    activate(intake)
    intake.start()
    qtbot.waitUntil(intake.settled, timeout=WAIT_MS)
    return intake


def _region(intake: CallIntake, w: QWidget) -> int:
    """0: the left column (person, call), 1: the right one (beds, referral, taken), 2: the foot."""
    if intake.person_panel.isAncestorOf(w) or intake.call_panel.isAncestorOf(w):
        return 0
    return 2 if intake.save_button.parentWidget().isAncestorOf(w) else 1


def _rect(intake: CallIntake, w: QWidget) -> QRect:
    return QRect(w.mapTo(intake, QPoint(0, 0)), w.size())


def _seen_before(intake: CallIntake, a: QWidget, b: QWidget) -> bool:
    """Whether the eye reads `a` before `b`: by column, then row (one above the other), then left to right."""
    ra, rb = _region(intake, a), _region(intake, b)
    if ra != rb:
        return ra < rb
    ga, gb = _rect(intake, a), _rect(intake, b)
    if ga.bottom() < gb.top() + 4:
        return True  # a is above b (a few pixels of overlap are one row)
    if gb.bottom() < ga.top() + 4:
        return False
    return ga.left() < gb.left()  # on one row: left to right


def test_tab_follows_the_visual_order_and_words_never_tick_a_box(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.alias.setFocus()
    seen = [keys.focus()]
    toggled: list[str] = []  # an even number of ticks would leave a box as it was: every tick is counted
    for box in intake.findChildren(QCheckBox):
        box.toggled.connect(lambda _on, name=box.objectName(): toggled.append(name))
    while len(seen) < 80:
        keys.press(K.Key_Tab)
        if keys.focus() is intake.alias:
            break
        seen.append(keys.focus())
        if isinstance(keys.focus(), QCheckBox):
            keys.type("Gare du Midi")  # words meant for a text field land on a box
            assert not toggled, (keys.focus().objectName(), toggled)
    names = [w.objectName() for w in seen]
    assert keys.focus() is intake.alias, names  # round the whole form
    for first, second in zip(seen, seen[1:], strict=False):
        assert _seen_before(intake, first, second), (first.objectName(), second.objectName(), names)
    assert names[names.index("birth_year") + 1] == "gender"  # « Anonyme » is Alt+A's, not Tab's
    assert names[names.index("intoxicated") + 1] == "location"


def test_after_sous_l_effet_tab_goes_to_lieu(qtbot, network_db):
    """The report: after « Sous l'effet… », Tab went up to « Anonyme » and the place typed ticked it twice."""
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.intoxicated.setFocus()
    keys.press(K.Key_Tab)
    keys.type("Gare du Midi")
    assert intake.location.text() == "Gare du Midi"
    assert not intake.person_panel.anonymous.isChecked() and not intake.intoxicated.isChecked()


def test_alt_a_ticks_anonyme_and_tab_goes_on_in_the_visual_order(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.alias.setFocus()
    keys.press(K.Key_A, Mod.AltModifier)
    qtbot.waitUntil(intake.person_panel.anonymous.isChecked)  # (a mnemonic clicks after a short flash)
    assert not intake.alias.isEnabled()
    keys.type("Gare du Midi")  # words on the box: it stays ticked
    assert intake.person_panel.anonymous.isChecked()
    keys.press(K.Key_Tab)
    assert keys.focus() is intake.gender


def test_a_space_on_its_own_still_ticks_a_box(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.with_dog.setFocus()
    keys.press(K.Key_Space)
    assert intake.with_dog.isChecked()
    keys.type("ab c")  # words: no tick
    assert intake.with_dog.isChecked()


def test_a_whole_date_typed_after_ctrl_a_is_that_date(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    earlier = to_local(utcnow() - timedelta(days=2))
    for typed in (earlier.strftime("%d%m%Y%H%M"), earlier.strftime("%d/%m/%Y %H:%M")):
        intake.received_at.setFocus()
        keys.press(K.Key_A, Mod.ControlModifier)
        keys.type(typed)
        keys.press(K.Key_Tab)
        assert intake.received_at.dateTime().toString("dd/MM/yyyy HH:mm") == earlier.strftime("%d/%m/%Y %H:%M")
        assert not intake.errors["received_at"].isVisible()


def test_a_date_that_does_not_exist_is_said_and_changes_nothing(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    before = intake.received_at.dateTime()
    intake.received_at.setFocus()
    keys.press(K.Key_A, Mod.ControlModifier)
    keys.type("31/02/" + str(before.date().year()))
    keys.press(K.Key_Tab)
    assert intake.received_at.dateTime() == before  # never 28/02 or 02/03 without a sign
    error = intake.errors["received_at"]
    assert error.isVisible() and "31/02" in error.text() and "n'existe pas" in error.text()


def test_a_future_recu_a_is_said_next_to_the_field_and_refused(qtbot, network_db):
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    tomorrow = to_local(utcnow() + timedelta(days=1))
    intake.alias.setFocus()
    keys.type("Ana")
    intake.received_at.setFocus()
    keys.press(K.Key_A, Mod.ControlModifier)
    keys.type(tomorrow.strftime("%d/%m/%Y %H:%M"))
    keys.press(K.Key_Tab)
    # the date typed is kept (nothing typed is lost) and said to be wrong
    assert intake.received_at.dateTime().toString("dd/MM/yyyy HH:mm") == tomorrow.strftime("%d/%m/%Y %H:%M")
    error = intake.errors["received_at"]
    assert error.isVisible() and "futur" in error.text()
    intake.save()
    assert error.isVisible() and "futur" in error.text() and intake.alias.text() == "Ana"  # nothing saved
    assert intake.has_content()


# -- the slip: printed from the preview by keyboard, its PDF named for the slip ------------------------------

def _top(kind):  # noqa: ANN001, ANN202
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    """A key to whatever has the focus in `widget`'s window (the window itself when nothing has)."""
    widget.activateWindow()
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    QTest.keyClick(focus if focus is not None and widget.isAncestorOf(focus) else widget, key, modifier)
    QApplication.processEvents()


@pytest.mark.parametrize("key", ["ctrl+p", "enter"])
def test_the_preview_prints_by_keyboard_to_the_pdf_it_proposes(qtbot, network_db, tmp_path, monkeypatch, key):
    documents = documents_folder(monkeypatch, tmp_path)
    intake = _intake(qtbot, network_db)
    keys = Keyboard(intake)
    intake.alias.setText("Zoé/../x")  # (QTest types ASCII only)
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    qtbot.waitUntil(intake.settled, timeout=WAIT_MS)
    intake.reserve()
    qtbot.waitUntil(lambda: bool(intake.taken), timeout=WAIT_MS)
    intake.alias.setFocus()
    keys.press(K.Key_P, Mod.ControlModifier)
    qtbot.waitUntil(lambda: _top(SlipPreview) is not None, timeout=WAIT_MS)
    preview = _top(SlipPreview)
    if key == "ctrl+p":
        _press(preview, K.Key_P, Mod.ControlModifier)
    else:
        _press(preview, K.Key_Return)
    qtbot.waitUntil(lambda: _top(QPrintDialog) is not None, timeout=WAIT_MS)
    dialog = _top(QPrintDialog)
    name = dialog.findChild(QLineEdit, "filename")
    stamp = r"\d{8}-\d{4}"
    assert re.fullmatch(re.escape(str(documents)) + rf"/bon-{stamp}-Zoe-x\.pdf", name.text()), name.text()
    printers = dialog.findChild(QComboBox, "printers")  # no real printer: the PDF file printer
    printers.setCurrentIndex(next(i for i in range(printers.count()) if "PDF" in printers.itemText(i)))
    name.setText(name.text())  # (choosing the file printer may have reset it)
    _press(dialog, K.Key_Return)
    qtbot.waitUntil(lambda: bool(list(documents.glob("bon-*-Zoe-x.pdf"))), timeout=WAIT_MS)
    pdfs = list(documents.glob("bon-*-Zoe-x.pdf"))
    text = " ".join(pypdf.PdfReader(pdfs[0]).pages[0].extract_text().split())
    assert "Bon d'orientation" in text and "Zoé/../x" in text and intake.taken[0].orientation.partner in text
    assert oct(pdfs[0].stat().st_mode & 0o777) == "0o600"  # written by relais-desk, readable by you only
    qtbot.waitUntil(lambda: _top(SlipPreview) is None, timeout=WAIT_MS)  # printed: the preview is gone


def test_a_slip_saved_from_the_journal_is_named_for_it_in_documents(qtbot, network_db, tmp_path, monkeypatch):
    documents = documents_folder(monkeypatch, tmp_path)
    intake = _intake(qtbot, network_db)
    intake.alias.setText("Lina")
    intake.gender.setCurrentIndex(intake.gender.findData("femme"))
    qtbot.waitUntil(intake.settled, timeout=WAIT_MS)
    intake.reserve()
    qtbot.waitUntil(lambda: bool(intake.taken), timeout=WAIT_MS)
    intake.save()
    qtbot.waitUntil(intake.settled, timeout=WAIT_MS)
    journal = CallJournal(make_context(network_db, make_user(network_db, "coord", "coordination")))
    qtbot.addWidget(journal)
    journal.refresh()
    journal.table.selectRow(0)
    proposed = []

    def save_as(_parent, _title, path, _filter):  # noqa: ANN001, ANN202
        proposed.append(path)
        return path, _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    journal.detail.save_pdf()
    journal.detail.save_pdf()  # a second copy never replaces the first one
    qtbot.waitUntil(lambda: len(proposed) == 2, timeout=WAIT_MS)
    assert re.fullmatch(re.escape(str(documents)) + r"/bon-\d{8}-\d{4}-Lina\.pdf", proposed[0]), proposed
    assert proposed[1] == proposed[0][:-4] + "-2.pdf"
    assert all(Path(p).exists() for p in proposed)
