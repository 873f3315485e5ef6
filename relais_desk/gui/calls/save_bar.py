"""The foot of *Nouvel appel*: what is said about the whole call, *Abandonner* (Échap) and *Enregistrer* (Entrée)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from relais_desk.gui.widgets import FieldError


class SaveBar(QWidget):
    save_requested = Signal()
    abandon_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_error = FieldError(self)
        self.form_error.setObjectName("form_error")
        self.save_button = QPushButton(self.tr("Enregistrer l'appel (Entrée)"), self)
        self.save_button.setObjectName("save_call")
        self.abandon_button = QPushButton(self.tr("Abandonner (Échap)"), self)
        self.abandon_button.setObjectName("abandon_call")
        for button, signal in ((self.save_button, self.save_requested), (self.abandon_button, self.abandon_requested)):
            button.setAutoDefault(True)  # Enter on a focused button presses it
            button.clicked.connect(signal.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_error, 1)
        layout.addStretch(1)
        layout.addWidget(self.abandon_button)
        layout.addWidget(self.save_button)
