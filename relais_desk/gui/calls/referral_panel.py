"""*Orienter vers un service ou refuser* in *Nouvel appel*: a referral to any partner, or a refusal for lack of space.

Widgets only: the intake decides what *Orienter* (Ctrl+O) and *Refus faute de place* (Ctrl+Maj+R) do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from relais_desk.gui.calls import labels
from relais_desk.gui.widgets import FieldError


class ReferralPanel(QGroupBox):
    orient_requested = Signal()
    refusal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Orienter vers un service ou refuser"), parent)
        grid = QGridLayout(self)
        self.partner = QComboBox(self)
        self.partner.setObjectName("partner")
        self.orient_button = QPushButton(self.tr("Orienter (Ctrl+O)"), self)
        self.orient_button.setObjectName("orient")
        self.orient_button.setAutoDefault(True)
        self.orient_button.clicked.connect(self.orient_requested.emit)
        self.refusal_category = QComboBox(self)
        self.refusal_category.setObjectName("refusal_category")
        self.refusal_reason = QComboBox(self)
        self.refusal_reason.setObjectName("refusal_reason")
        labels.fill(self.refusal_reason, labels.REFUSAL_REASONS)
        self.refusal_note = QLineEdit(self)
        self.refusal_note.setObjectName("refusal_note")
        self.refusal_note.setPlaceholderText(self.tr("Remarque (facultative)"))
        self.refusal_button = QPushButton(self.tr("Refus faute de place (Ctrl+Maj+R)"), self)
        self.refusal_button.setObjectName("add_refusal")
        self.refusal_button.setAutoDefault(True)
        self.refusal_button.clicked.connect(self.refusal_requested.emit)
        grid.addWidget(QLabel(self.tr("Service"), self), 0, 0)
        grid.addWidget(self.partner, 0, 1, 1, 2)
        grid.addWidget(self.orient_button, 0, 3)
        self.errors: dict[str, FieldError] = {"partner": FieldError(self), "refusal": FieldError(self)}
        grid.addWidget(self.errors["partner"], 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Refus"), self), 2, 0)
        grid.addWidget(self.refusal_category, 2, 1)
        grid.addWidget(self.refusal_reason, 2, 2)
        grid.addWidget(self.refusal_button, 2, 3)
        grid.addWidget(self.refusal_note, 3, 1, 1, 3)
        self.errors["refusal"].setObjectName("refusal_error")
        for key in ("note", "reason", "category", "refusals"):  # the service's fields of a refusal
            self.errors[key] = self.errors["refusal"]
        grid.addWidget(self.errors["refusal"], 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)

    def tab_chain(self) -> list[QWidget]:
        return [self.partner, self.orient_button, self.refusal_category, self.refusal_reason, self.refusal_button,
                self.refusal_note]

    def reset(self) -> None:
        self.refusal_note.clear()
        for combo in (self.refusal_reason, self.partner):
            combo.setCurrentIndex(0)

    def show_partners(self, choices: list[tuple[str, int]]) -> None:
        """The services a person can be referred to, as (label, id); the chosen one stays chosen."""
        current = self.partner.currentData()
        self.partner.clear()
        self.partner.addItem(self.tr("— choisir un service —"), None)  # Ctrl+O never picks one by itself
        for text, partner_id in choices:
            self.partner.addItem(text, partner_id)
        if current is not None and self.partner.findData(current) >= 0:
            self.partner.setCurrentIndex(self.partner.findData(current))

    def show_categories(self, choices: list[tuple[str, str]], *, keep: list[str]) -> None:
        """Bed types as (code, label), the first one chosen unless the one chosen is in `keep`."""
        current = self.refusal_category.currentData()
        self.refusal_category.blockSignals(True)
        self.refusal_category.clear()
        for code, text in choices:
            self.refusal_category.addItem(text, code)
        index = self.refusal_category.findData(current) if current in keep else 0
        self.refusal_category.setCurrentIndex(max(0, index))
        self.refusal_category.blockSignals(False)

    def preset_refusal(self, category: str, reason: str) -> None:
        """Prepare the refusal the operator is likely to record next (Ctrl+Maj+R)."""
        self.refusal_reason.setCurrentIndex(self.refusal_reason.findData(reason))
        self.refusal_category.setCurrentIndex(max(0, self.refusal_category.findData(category)))

    def refusal_text(self) -> str:
        """The refusal as listed under *Pendant cet appel*."""
        return self.tr("Refus faute de place : %1 — %2").replace("%1", self.refusal_category.currentText()).replace(
            "%2", self.refusal_reason.currentText())
