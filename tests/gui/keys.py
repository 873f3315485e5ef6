"""Driving the app by keyboard only, as an operator would, counting every keystroke.

Keys go to whatever widget has the focus (never to a widget picked by the test), so a test that
passes proves the keyboard path works. Typed text is counted apart from the other keystrokes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

Mod = Qt.KeyboardModifier


@dataclass
class Keyboard:
    window: QWidget
    keystrokes: int = 0  # besides typed text
    typed: int = 0
    mouse_actions: int = 0  # stays 0: this driver has no mouse

    def focus(self) -> QWidget:
        QApplication.processEvents()
        return QApplication.focusWidget() or self.window

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifier)
            self.keystrokes += 1
        QApplication.processEvents()

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        self.typed += len(text)
        QApplication.processEvents()

    def choose(self, letter: str) -> None:
        """Pick a choice in the focused list by its first letter (one keystroke)."""
        QTest.keyClicks(self.focus(), letter)
        self.keystrokes += 1
        QApplication.processEvents()


def activate(window: QWidget) -> None:
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
