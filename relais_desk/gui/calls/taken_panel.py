"""*Pendant cet appel* in *Nouvel appel*: what was done during the call, saved with it, and the slip's button.

Widgets only: the intake keeps the list in step with `CallDraft.taken` and decides what the buttons do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget


class TakenPanel(QGroupBox):
    print_requested = Signal()  # Ctrl+P: the *bon d'orientation*
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pendant cet appel"), parent)
        self.taken_list = QListWidget(self)
        self.taken_list.setObjectName("taken")
        self.taken_list.setMaximumHeight(80)
        self.print_button = QPushButton(self.tr("Imprimer le bon d'orientation (Ctrl+P)"), self)
        self.print_button.setObjectName("print_slip")
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(self.print_requested.emit)
        self.remove_button = QPushButton(self.tr("Annuler la ligne choisie"), self)
        self.remove_button.setObjectName("remove_taken")
        self.remove_button.setAutoDefault(True)
        self.remove_button.clicked.connect(self.remove_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.taken_list)
        layout.addLayout(buttons)

    def tab_chain(self) -> list[QWidget]:
        return [self.taken_list, self.print_button, self.remove_button]

    def add(self, text: str) -> None:
        """A new line, chosen (Ctrl+P prints it)."""
        self.taken_list.addItem(text)
        self.taken_list.setCurrentRow(self.taken_list.count() - 1)

    def remove(self, row: int) -> None:
        self.taken_list.takeItem(row)

    def clear(self) -> None:
        self.taken_list.clear()

    def chosen(self) -> int:
        """The row chosen, -1 when none is."""
        return self.taken_list.currentRow()
