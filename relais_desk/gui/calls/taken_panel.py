"""*Pendant cet appel* in *Nouvel appel*: what was done during the call, saved with it, and the slip's button.

It shows the draft's `taken` list, and changes it only with the list on screen; the intake decides what the
buttons do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from relais_desk.gui import category_text
from relais_desk.gui.stats import formats
from relais_desk.services.call_draft import CallDraft, Taken
from relais_desk.services.orientations import OrientationInfo


class TakenPanel(QGroupBox):
    print_requested = Signal()  # Ctrl+P: the *bon d'orientation*
    remove_requested = Signal()

    def __init__(self, draft: CallDraft, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pendant cet appel"), parent)
        self.draft = draft
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

    def add(self, item: Taken) -> None:
        """Something done during the call, listed and chosen (Ctrl+P prints it)."""
        self.draft.add(item)
        self.taken_list.addItem(item.text)
        self.taken_list.setCurrentRow(self.taken_list.count() - 1)

    def forget(self, item: Taken) -> None:
        """Take a line off the call (it will not be saved with it)."""
        index = self.draft.forget(item)
        if index is not None:
            self.taken_list.takeItem(index)

    def clear(self) -> None:
        self.taken_list.clear()

    def chosen(self) -> int:
        """The row chosen, -1 when none is."""
        return self.taken_list.currentRow()

    def chosen_item(self) -> Taken | None:
        row = self.taken_list.currentRow()
        return self.draft.taken[row] if 0 <= row < len(self.draft.taken) else None

    def hold_text(self, o: OrientationInfo) -> str:
        """A held bed as listed."""
        when = formats.moment(o.deadline, "HH:mm") if o.deadline else ""
        return self.tr("Lit réservé : %1 — %2, arriver avant %3").replace("%1", o.partner).replace(
            "%2", category_text.of(o)).replace("%3", when)

    def referral_text(self, o: OrientationInfo) -> str:
        """A referral to a service as listed."""
        return self.tr("Orientation vers %1 (proposée)").replace("%1", o.partner)
