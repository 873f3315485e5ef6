"""Words typed into a check box of *Nouvel appel* never tick it.

An operator on the phone types a place (« Gare du Midi ») believing the cursor is in *Lieu*; if it is on a
box, each space of the words would tick or untick it (it did « Anonyme » twice, which emptied the list
of known persons). A space right after a letter or digit typed on the same box is part of words, not a
tick: the box keeps its state. A space on its own, as ever, ticks.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox

WORDS_PAUSE_S = 1.5  # after this long without a letter, a space is a tick again


class TypingGuard(QObject):
    """An event filter for the form's boxes (installed by `guard`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_letter: dict[int, float] = {}  # id of a box -> when a letter was last typed on it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self._last_letter.pop(id(watched), None)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        text = event.text()
        if event.key() == Qt.Key.Key_Space:
            typed = self._last_letter.get(id(watched))
            return typed is not None and time.monotonic() - typed < WORDS_PAUSE_S
        if kind == QEvent.Type.KeyPress and text and text.isprintable():
            self._last_letter[id(watched)] = time.monotonic()
            return True  # a letter means nothing to a box: it stays there, unseen by the form
        return False


def guard(boxes: list[QCheckBox], parent: QObject) -> TypingGuard:
    """Install one guard on every box given; it lives as long as `parent`."""
    filter_ = TypingGuard(parent)
    for box in boxes:
        box.installEventFilter(filter_)
    return filter_
